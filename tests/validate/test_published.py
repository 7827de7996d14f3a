from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from load.samples import sample_report, sample_tables

from etl.errors import PackageError
from etl.load import load_package
from etl.validate import validate_package
from etl.validate.published import check_checksums


@pytest.fixture(scope="module")
def published(tmp_path_factory) -> Path:
    assert sample_report().valid, sample_report().render()
    dist = tmp_path_factory.mktemp("dist")
    return load_package(sample_tables(), sample_report(), dist_dir=dist,
                        dataset="news-records").path


@pytest.fixture
def copy(published, tmp_path) -> Path:
    return Path(shutil.copytree(published, tmp_path / "1.0.0"))


def test_validate_package_passes_on_published(published):
    report = validate_package(published)
    assert report.valid, report.render()
    assert report.flatten()[:3] == [["package", "checksums", True],
                                    ["package", "datapackage", True],
                                    ["documents", "readable", True]]


def test_validate_package_fails_on_tampered_csv(copy):
    path = copy / "actors.csv"
    path.write_bytes(path.read_bytes().replace(b"PRK", b"KOR"))
    report = validate_package(copy)
    assert [[c.table, c.check, c.message] for c in report.failed] == [
        ["package", "checksums", "1 files fail SHA256SUMS: actors.csv: sha256 differs from "
                                 "SHA256SUMS"],
        ["package", "datapackage", "1 resources do not match datapackage.json: actors.csv: "
                                   "hash differs from datapackage.json"],
    ]


def test_validate_package_fails_readably_on_corrupt_parquet(copy):
    path = copy / "actors.parquet"
    data = bytearray(path.read_bytes())
    data[-1] ^= 0xFF  # the trailing PAR1 magic
    path.write_bytes(bytes(data))
    report = validate_package(copy)
    failed = [[c.table, c.check] for c in report.failed]
    assert failed == [["package", "checksums"], ["package", "datapackage"],
                      ["actors", "readable"], ["actors", "schema"],
                      ["mentions", "foreign-key(doc_id, actor_id -> actors.doc_id, actor_id)"],
                      ["sources", "foreign-key(doc_id, actor_id -> actors.doc_id, actor_id)"],
                      ["quotes", "foreign-key(doc_id, speaker_actor_id -> actors.doc_id, "
                                 "actor_id)"]]
    assert report.failed[2].message.startswith("cannot read actors.parquet: ")
    assert report.failed[3].message == "table is missing"
    assert "Invalid: 7 of" in report.render()


def test_checksums_fail_on_missing_and_unlisted_files(copy):
    (copy / "README.md").rename(copy / "NOTES.md")
    assert check_checksums(copy).message == (
        "2 files fail SHA256SUMS: README.md: missing; NOTES.md: not listed in SHA256SUMS")


def test_validate_package_raises_on_non_directory(tmp_path):
    with pytest.raises(PackageError, match="not a directory"):
        validate_package(tmp_path / "nope")
