from __future__ import annotations

import json

import polars as pl
import pytest
from load.samples import duplicates, quarantined, sample_records

from etl.load import build_tables
from etl.models import DATE_VALUE_PATTERN, Language, QuarantineReason
from etl.validate import export_suites
from etl.validate.expectations import run_suite, suite_definitions


@pytest.fixture(scope="module")
def tables() -> dict[str, pl.DataFrame]:
    return build_tables(sample_records(), quarantined(), duplicates())


def _failed(table: str, df: pl.DataFrame) -> list[list[object]]:
    checks = run_suite(table, df, suite_definitions()[table])
    return [[c.check, c.details] for c in checks if not c.success]


def test_suites_pass_on_valid_tables(tables):
    for table in ("documents", "actors", "mentions", "dates", "quarantine", "records"):
        assert _failed(table, tables[table]) == []


@pytest.mark.parametrize("table,mutate,expected", [
    ("actors", lambda df: pl.concat([df, df.head(1)]),
     [["expect_compound_columns_to_be_unique(doc_id, actor_id)",
       {"message": "2 of 5 rows are duplicate keys", "unexpected_count": 2,
        "examples": [{"actor_id": "person:jose-mucio", "doc_id": "981becf8053406d4"}] * 2}]]),
    ("documents", lambda df: df.with_columns(doc_id=pl.lit("981becf8053406d4")),
     [["expect_column_values_to_be_unique(doc_id)",
       {"message": "3 of 3 rows are duplicate keys", "unexpected_count": 3,
        "examples": ["981becf8053406d4"] * 3}]]),
    ("actors", lambda df: df.with_columns(type=pl.lit("robot")),
     [["expect_column_values_to_be_in_set(type)",
       {"message": "4 of 4 rows are not one of "
                   "['person', 'organization', 'country', 'location', 'group']",
        "unexpected_count": 4, "examples": ["robot"] * 4}]]),
    ("actors", lambda df: df.with_columns(country=pl.lit("Brazil")),
     [["expect_column_values_to_match_regex(country)",
       {"message": "4 of 4 rows do not match ^[A-Z]{3}$", "unexpected_count": 4,
        "examples": ["Brazil"] * 4}]]),
    ("actors", lambda df: df.with_columns(name=pl.lit(None, pl.String)),
     [["expect_column_values_to_not_be_null(name)",
       {"message": "4 of 4 rows are null", "unexpected_count": 4,
        "examples": [None] * 4}]]),
    ("mentions", lambda df: df.with_columns(start=pl.lit(-1, pl.Int64)),
     [["expect_column_values_to_be_between(start)",
       {"message": "5 of 5 rows are < 0", "unexpected_count": 5, "examples": [-1] * 5}]]),
    ("quantities", lambda df: df.with_columns(end=pl.col("start")),
     [["expect_column_pair_values_a_to_be_greater_than_b(end, start)",
       {"message": "2 of 2 rows have end <= start", "unexpected_count": 2,
        "examples": [[47, 47], [30, 30]]}]]),
    ("dates", lambda df: df.with_columns(value=pl.lit("June 2024")),
     [["expect_column_values_to_match_regex(value)",
       {"message": "3 of 3 rows do not match " + DATE_VALUE_PATTERN,
        "unexpected_count": 3, "examples": ["June 2024"] * 3}]]),
    ("quarantine", lambda df: df.with_columns(reason=pl.lit("oops")),
     [["expect_column_values_to_be_in_set(reason)",
       {"message": f"2 of 2 rows are not one of {list(QuarantineReason.__args__)}",
        "unexpected_count": 2, "examples": ["oops", "oops"]}]]),
])
def test_suite_fails_on_bad_case(tables, table, mutate, expected):
    assert _failed(table, mutate(tables[table])) == expected


def test_suites_take_allowed_sets_from_models():
    kwargs = [e.kwargs for e in suite_definitions()["documents"] if "value_set" in e.kwargs]
    assert kwargs[0] == {"column": "language", "value_set": list(Language.__args__)}


def test_export_suites_writes_stable_json(tmp_path):
    paths = export_suites(tmp_path / "a")
    again = export_suites(tmp_path / "b")
    assert [p.name for p in paths] == [f"{t}.json" for t in suite_definitions()]
    assert [p.read_bytes() for p in paths] == [p.read_bytes() for p in again]
    suite = json.loads(paths[0].read_text())
    assert suite["name"] == "documents"
    assert suite["expectations"][0] == {
        "type": "expect_column_values_to_be_unique", "kwargs": {"column": "doc_id"},
        "meta": {"check": "expect_column_values_to_be_unique(doc_id)"}, "severity": "critical"}
