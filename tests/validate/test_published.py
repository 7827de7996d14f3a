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


# The streamed gate (`validate_package`) against the gate on the whole tables, on packages
# built by a run and damaged in place.

def _write_table(path: Path, name: str, df) -> None:
    """Replace a table's Parquet files by one file of `df`, in row groups of 3 rows."""
    for old in path.glob(f"{name}*.parquet"):
        old.unlink()
    df.write_parquet(path / f"{name}.parquet", row_group_size=3)


def _set(df, column: str, row: int, value):
    import polars as pl

    values = df.get_column(column).to_list()
    values[row] = value
    return df.with_columns(pl.Series(column, values, dtype=df.schema[column]))


@pytest.fixture(scope="module")
def release(tmp_path_factory) -> Path:
    import json

    from test_scale import write_corpus

    from etl.pipeline import RunOptions, run_pipeline

    folder = tmp_path_factory.mktemp("release")
    first = json.loads(write_corpus(folder / "x.jsonl", 1).read_text())
    repeat = json.dumps({**first, "id": "repeat"}, ensure_ascii=False)
    corpus = write_corpus(folder / "corpus.jsonl", 12,
                          extra=("{broken", '{"id": "e", "text": " "}', repeat, "{bad"))
    result = run_pipeline([str(corpus)], dist_dir=folder / "dist", run=RunOptions(workers=1))
    assert result.publish.status == "published", result.report.render()
    return result.publish.path


# name, tables -> damage (None: untouched), whether the package can be checked in batches
_DAMAGE = [
    ("intact", None, True),
    ("evidence-everywhere", lambda t: {"mentions": t["mentions"].with_columns(start=-1)}, True),
    ("evidence-late-row", lambda t: {"quantities": _set(t["quantities"], "text",
                                                        t["quantities"].height - 2, "x")}, True),
    ("enum", lambda t: {"actors": t["actors"].with_columns(type=pl_lit("robot"))}, True),
    ("dangling-actor", lambda t: {"sources": _set(t["sources"], "actor_id", 1,
                                                  "person:nobody")}, True),
    ("dangling-doc", lambda t: {"dates": _set(t["dates"], "doc_id", 4, "f" * 64)}, True),
    ("records-missing-doc", lambda t: {"records": _set(t["records"], "doc_id", 9, "e" * 64)}, True),
    ("no-records", lambda t: {"records": t["records"].head(0)}, True),
    ("counts-quote-gone", lambda t: {"quotes": pl_concat(
        [t["quotes"].head(2), t["quotes"].slice(3)])}, True),
    ("repeated-ordinal", lambda t: {"quarantine": _set(t["quarantine"], "ordinal", 2, 0)}, True),
    ("repeated-doc-id", lambda t: {"documents": _set(
        t["documents"], "doc_id", 8, t["documents"]["doc_id"][1])}, False),
    ("row-out-of-order", lambda t: {"actors": pl_concat([t["actors"], t["actors"].head(1)])},
     False),
]


def pl_lit(value):
    import polars as pl

    return pl.lit(value)


def pl_concat(frames):
    import polars as pl

    return pl.concat(frames)


@pytest.mark.parametrize(("name", "damage", "streamed"), _DAMAGE, ids=[d[0] for d in _DAMAGE])
@pytest.mark.parametrize("batch_size", [2])
def test_streamed_report_equals_the_whole_table_report(release, tmp_path, monkeypatch, name,
                                                       damage, streamed, batch_size):
    from etl.load.package import read_tables
    from etl.validate import gate, published

    if damage is not None:  # GX (seconds a report) runs on the intact package; here a stand-in
        # whose message depends on every value of the sample, so the samples are compared.
        monkeypatch.setattr(gate, "_gx_failures", lambda name, sample: (
            sample.height + int(sample.hash_rows(seed=0).sum()) % 1000, []))
    path = Path(shutil.copytree(release, tmp_path / "1.0.0"))
    if damage is not None:
        for table, df in damage(read_tables(path)).items():
            _write_table(path, table, df)
    whole = published.validate_whole_package(path)
    if streamed:  # no fallback to the whole tables
        monkeypatch.setattr(published, "validate_whole_package", None)
    report = published.validate_package(path, batch_size=batch_size)
    assert report.to_dict() == whole.to_dict()
    assert report.valid == (name == "intact")


def test_streamed_report_finds_every_repeat_of_a_key_across_batches(release, tmp_path):
    from etl.load.package import read_tables
    from etl.validate import published

    path = Path(shutil.copytree(release, tmp_path / "1.0.0"))
    quarantine = read_tables(path)["quarantine"]
    _write_table(path, "quarantine", _set(quarantine, "ordinal", 2, 0))
    check = next(c for c in published.validate_package(path, batch_size=1).checks
                 if c.check == "expect_column_values_to_be_unique(ordinal)"
                 and c.table == "quarantine")
    assert (check.message, check.details["examples"]) == (
        f"2 of {quarantine.height} rows are duplicate keys", [0, 0])


def test_streamed_report_counts_examples_are_the_first_doc_ids(release, tmp_path):
    from etl.load.package import read_tables
    from etl.validate import published

    path = Path(shutil.copytree(release, tmp_path / "1.0.0"))
    tables = read_tables(path)
    _write_table(path, "records", tables["records"].head(0))
    check = next(c for c in published.validate_package(path, batch_size=1).checks
                 if c.check == "counts-agree-with-tables")
    assert [row["doc_id"] for row in check.details["examples"]] == sorted(
        tables["documents"]["doc_id"].to_list())[:5]


def test_streamed_report_of_parts_equals_the_whole_table_report(tmp_path, monkeypatch):
    from test_scale import write_corpus

    from etl.load import writers
    from etl.pipeline import RunOptions, run_pipeline
    from etl.validate import published

    monkeypatch.setattr(writers, "PARQUET_ROW_GROUP_SIZE", 4)
    monkeypatch.setattr(writers, "PARQUET_ROW_GROUP_SIZES", {"records": 1, "documents": 2})
    monkeypatch.setattr(writers, "PARQUET_PART_ROW_GROUPS", 3)
    corpus = write_corpus(tmp_path / "corpus.jsonl", 9, extra=("{broken",))
    path = run_pipeline([str(corpus)], dist_dir=tmp_path / "dist",
                        run=RunOptions(workers=1)).publish.path
    assert len(list(path.glob("records*.parquet"))) == 3
    whole = published.validate_whole_package(path)
    for batch_size in (1, 4, 256):
        report = published.validate_package(path, batch_size=batch_size)
        assert report.to_dict() == whole.to_dict()
    assert report.valid
    assert ["records", "readable", "records.parquet and 2 more parts: 9 rows"] in [
        [c.table, c.check, c.message] for c in report.checks]


def test_streamed_report_names_a_part_that_fails_midway(tmp_path, monkeypatch):
    from test_scale import write_corpus

    from etl.load import writers
    from etl.pipeline import RunOptions, run_pipeline
    from etl.validate import published

    monkeypatch.setattr(writers, "PARQUET_ROW_GROUP_SIZES", {"records": 1, "documents": 2})
    monkeypatch.setattr(writers, "PARQUET_PART_ROW_GROUPS", 3)
    corpus = write_corpus(tmp_path / "corpus.jsonl", 9)
    path = run_pipeline([str(corpus)], dist_dir=tmp_path / "dist",
                        run=RunOptions(workers=1)).publish.path
    part = path / "records.part-00001.parquet"
    data = bytearray(part.read_bytes())
    data[-1] ^= 0xFF  # the trailing PAR1 magic of the second part
    part.write_bytes(bytes(data))
    report = published.validate_package(path, batch_size=2)
    assert report.to_dict() == published.validate_whole_package(path).to_dict()
    readable = next(c for c in report.checks if (c.table, c.check) == ("records", "readable"))
    assert readable.message.startswith("cannot read records.part-00001.parquet: ")


def _drop_mention_roles(path: Path, *, from_descriptor: bool) -> None:
    """Make `path` look like a release from before mentions had roles (or a damaged one)."""
    import json

    import polars as pl

    from etl.load.writers import write_parquet

    columns = ["role", "role_start", "role_end"]
    write_parquet(path / "mentions.parquet", pl.read_parquet(path / "mentions.parquet").drop(columns))
    if from_descriptor:
        descriptor = json.loads((path / "datapackage.json").read_text())
        for resource in descriptor["resources"]:
            if resource["name"] == "mentions":
                resource["schema"]["fields"] = [f for f in resource["schema"]["fields"]
                                                if f["name"] not in columns]
        (path / "datapackage.json").write_text(json.dumps(descriptor))


def test_validate_package_reads_columns_added_since_a_release_as_null(copy):
    _drop_mention_roles(copy, from_descriptor=True)
    report = validate_package(copy)
    # The rewritten file fails its hashes; no table check fails.
    assert [[c.table, c.check] for c in report.failed] == [["package", "checksums"],
                                                           ["package", "datapackage"]]
    readable = next(c for c in report.checks if (c.table, c.check) == ("mentions", "readable"))
    assert readable.message == "mentions.parquet: 5 rows; role, role_start, role_end added since this " \
                               "release, read as null"


def test_validate_package_fails_on_a_declared_column_that_is_missing(copy):
    _drop_mention_roles(copy, from_descriptor=False)
    failed = {(c.table, c.check): c.message for c in validate_package(copy).failed}
    assert failed[("mentions", "schema")] == ("missing column role (String); missing column role_start "
                                              "(Int64); missing column role_end (Int64)")
