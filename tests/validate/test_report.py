from __future__ import annotations

import json

import pytest

from etl.validate import CheckResult, QualityReport
from etl.validate.report import failure, passed, to_plain

REPORT = QualityReport([
    passed("documents", "schema", "10 columns with the expected dtypes"),
    failure("actors", "expect_column_values_to_be_in_set(type)", "1 of 4 rows are not one of "
            "['person']", ["robot"]),
    failure("package", "checksums", "1 files fail SHA256SUMS: actors.csv: sha256 differs",
            count=1),
])


def test_report_render_lists_failed_checks():
    assert REPORT.render() == (
        "Invalid: 2 of 3 checks failed on 3 tables\n"
        "  actors   expect_column_values_to_be_in_set(type)  1 of 4 rows are not one of "
        "['person']\n"
        "                                                    e.g. \"robot\"\n"
        "  package  checksums                                1 files fail SHA256SUMS: "
        "actors.csv: sha256 differs\n"
        "Run with --json for the full report.\n")


def test_report_render_valid():
    assert QualityReport([REPORT.checks[0]]).render() == (
        "Valid: all 1 checks passed on 1 tables\n")


def test_report_to_json_is_stable_and_round_trips():
    data = json.loads(REPORT.to_json())
    assert data["valid"] is False
    assert data["stats"] == {"checks": 3, "failed": 2, "tables": ["actors", "documents",
                                                                    "package"]}
    assert QualityReport.from_dict(data).to_json() == REPORT.to_json()
    assert REPORT.flatten() == [["documents", "schema", True],
                                ["actors", "expect_column_values_to_be_in_set(type)", False],
                                ["package", "checksums", False]]


@pytest.mark.parametrize("value,expected", [
    (float("nan"), None), ({"b": (1,), "a": None}, {"a": None, "b": [1]}),
    (CheckResult, str(CheckResult)),
])
def test_to_plain_reduces_to_json_types(value, expected):
    assert to_plain(value) == expected
