from __future__ import annotations

import json
import socket
from pathlib import Path

import polars as pl
import pytest

from etl.errors import PackageError
from etl.load import export_table_schemas, load_package, table_specs
from etl.load.versioning import bump_version, diff_tables
from etl.validate import QualityReport
from etl.validate.report import failure
from load.samples import sample_report, sample_tables

CREATED = "2024-07-01T00:00:00Z"


def _publish(dist: Path, tables: dict[str, pl.DataFrame] | None = None,
             report: QualityReport | None = None):
    return load_package(tables or sample_tables(), report or sample_report(), dist_dir=dist,
                        dataset="news-records", created=CREATED)


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file()}


@pytest.fixture(scope="module")
def first(tmp_path_factory) -> Path:
    return _publish(tmp_path_factory.mktemp("dist")).path


def test_first_publish_writes_version_and_dataset_files(first):
    assert sorted(_files(first.parent)) == sorted(
        ["CHANGELOG.md", "latest.json"]
        + [f"1.0.0/{n}" for n in ("CHANGELOG.md", "README.md", "SHA256SUMS", "datapackage.json",
                                  "content_hashes.json", "quality_report.json")]
        + [f"1.0.0/{t}.parquet" for t in table_specs()]
        + [f"1.0.0/{t}.csv" for t, s in table_specs().items() if not s.nested])
    assert json.loads((first.parent / "latest.json").read_text()) == {"version": "1.0.0"}
    descriptor = json.loads((first / "datapackage.json").read_text())
    assert (descriptor["$schema"], descriptor["version"], descriptor["created"]) == (
        "https://datapackage.org/profiles/2.0/datapackage.json", "1.0.0", CREATED)


def test_publish_is_byte_identical(tmp_path, first):
    _publish(tmp_path)
    assert _files(tmp_path / "news-records") == _files(first.parent)


def test_frictionless_validates_package_offline(first, monkeypatch):
    from frictionless import validate

    def refuse(*args, **kwargs):
        raise OSError("network is not allowed in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    report = validate(first / "datapackage.json")
    assert [e.message for task in report.tasks for e in task.errors] == []
    assert report.valid is True


def test_identical_rerun_is_up_to_date(tmp_path):
    _publish(tmp_path)
    result = _publish(tmp_path)
    assert (result.status, result.version, result.change, result.message) == (
        "up-to-date", "1.0.0", None, "news-records 1.0.0 is up to date; nothing was published.")
    assert sorted(p.name for p in (tmp_path / "news-records").iterdir()) == [
        "1.0.0", "CHANGELOG.md", "latest.json"]


def _without_last_doc(tables: dict[str, pl.DataFrame]) -> dict[str, pl.DataFrame]:
    last = tables["documents"]["doc_id"][-1]
    return {n: df.filter(pl.col("doc_id").ne_missing(last)) if "doc_id" in df.columns
            and n not in ("quarantine", "duplicates") else df for n, df in tables.items()}


@pytest.mark.parametrize("change,expected", [
    (lambda t: t, ("minor", "1.1.0")),  # the first release lacked the last record
    (lambda t: {**_without_last_doc(t), "documents": _without_last_doc(t)["documents"]
                .with_columns(title=pl.lit("Novo título"))}, ("patch", "1.0.1")),
    (lambda t: {**_without_last_doc(t), "actors": _without_last_doc(t)["actors"].drop("role")},
     ("major", "2.0.0")),
    (lambda t: {**_without_last_doc(t), "actors": _without_last_doc(t)["actors"]
                .with_columns(wikidata=pl.lit(None, pl.String))}, ("minor", "1.1.0")),
])
def test_version_bump_follows_the_diff(tmp_path, change, expected):
    _publish(tmp_path, _without_last_doc(sample_tables()))
    result = _publish(tmp_path, change(sample_tables()))
    assert (result.status, result.change, result.version, result.previous) == (
        "published", *expected, "1.0.0")
    assert json.loads((tmp_path / "news-records/latest.json").read_text()) == {
        "version": expected[1]}
    changelog = (tmp_path / "news-records/CHANGELOG.md").read_text()
    assert changelog.index(f"## {expected[1]}") < changelog.index("## 1.0.0")
    entry = (tmp_path / "news-records" / expected[1] / "CHANGELOG.md").read_text()
    assert entry.startswith(f"## {expected[1]} ({CREATED})\n\n"
                            f"{expected[0].capitalize()} change against 1.0.0.\n")


def test_changed_table_schema_with_the_same_rows_is_a_minor_release(tmp_path):
    first = _publish(tmp_path).path
    # The release was made by code whose dates table allowed fewer precisions.
    descriptor = json.loads((first / "datapackage.json").read_text())
    dates = next(r for r in descriptor["resources"] if r["name"] == "dates")
    precision = next(f for f in dates["schema"]["fields"] if f["name"] == "precision")
    precision["constraints"]["enum"].remove("season")
    (first / "datapackage.json").write_text(json.dumps(descriptor))
    result = _publish(tmp_path)
    assert (result.status, result.change, result.version) == ("published", "minor", "1.1.0")
    entry = (result.path / "CHANGELOG.md").read_text()
    assert "### Schema\n\n- changed table schema dates (constraints or descriptions)\n" in entry


def test_added_record_is_listed_in_changelog(tmp_path):
    _publish(tmp_path, _without_last_doc(sample_tables()))
    result = _publish(tmp_path)
    entry = (result.path / "CHANGELOG.md").read_text()
    last = sample_tables()["documents"]["doc_id"][-1]
    assert f"### Records\n\n- added {last}\n" in entry
    assert "| documents | 2 | 3 |" in entry


def test_failed_gate_blocks_and_writes_nothing(tmp_path):
    report = QualityReport([failure("actors", "schema", "table is missing", count=1)])
    result = _publish(tmp_path, report=report)
    assert (result.status, result.version, result.path, result.message) == (
        "blocked", None, None, "Not published: 1 of 1 quality checks failed; nothing was written.")
    assert list(tmp_path.iterdir()) == []


def test_existing_version_dir_is_never_overwritten(tmp_path):
    (tmp_path / "news-records/1.0.0").mkdir(parents=True)
    with pytest.raises(PackageError, match="Version 1.0.0 already exists"):
        _publish(tmp_path)
    assert sorted(p.name for p in (tmp_path / "news-records").iterdir()) == ["1.0.0"]


@pytest.mark.parametrize("version,change,expected", [
    ("1.0.0", "major", "2.0.0"), ("1.4.2", "minor", "1.5.0"), ("1.4.2", "patch", "1.4.3"),
])
def test_bump_version(version, change, expected):
    assert bump_version(version, change) == expected


def test_export_table_schemas(tmp_path):
    paths = export_table_schemas(tmp_path)
    assert [p.name for p in paths] == [f"{t}.json" for t in table_specs()]
    sources = json.loads((tmp_path / "sources.json").read_text())
    assert sources["primaryKey"] == ["doc_id", "ordinal"]
    assert sources["fields"][-2] == {
        "name": "kind", "type": "string", "description": "attribution, photo_credit or article_url",
        "constraints": {"required": True,
                                       "enum": ["attribution", "photo_credit", "article_url"]}}


def test_diff_lists_added_removed_and_changed_records_by_doc_id():
    from etl.load.versioning import diff_summaries, summarize_tables

    records = sample_tables()["records"]
    first, second, third = records["doc_id"].to_list()
    before = records.filter(pl.col("doc_id") != third)
    after = records.filter(pl.col("doc_id") != first).with_columns(
        title=pl.when(pl.col("doc_id") == second).then(pl.lit("Novo")).otherwise("title"))
    diff = diff_summaries(summarize_tables({"records": before}), summarize_tables({"records": after}))
    assert (diff.added_records, diff.removed_records, diff.changed_records) == (
        [third], [first], [second])
    assert diff.record_counts == {"added": 1, "removed": 1, "changed": 1}
    assert diff.change == "minor"
    same = diff_summaries(summarize_tables({"records": before}), summarize_tables({"records": before}))
    assert (same.added_records, same.removed_records, same.changed_records, same.change) == (
        [], [], [], None)


def test_diff_keeps_the_first_listed_doc_ids_and_counts_the_rest(monkeypatch):
    from etl.load import versioning
    from etl.load.versioning import changelog_entry, diff_summaries, summarize_tables

    monkeypatch.setattr(versioning, "MAX_LISTED_RECORDS", 1)
    records = sample_tables()["records"]
    ids = sorted(records["doc_id"].to_list())
    empty = summarize_tables({"records": records.head(0)})
    diff = diff_summaries(empty, summarize_tables({"records": records}))
    assert (diff.added_records, diff.record_counts["added"], diff.change) == (ids[:1], 3, "minor")
    entry = changelog_entry("1.1.0", "1.0.0", None, diff, {})
    assert f"- added {ids[0]}\n- added 2 more\n" in entry


def test_spilled_frames_give_back_every_row_in_order():
    from etl.load.versioning import SpilledFrames

    schema = pl.Schema({"doc_id": pl.String(), "hash": pl.UInt64()})
    spilled = SpilledFrames(schema)
    assert spilled.read().equals(pl.DataFrame(schema=schema))
    spilled = SpilledFrames(schema)
    for start in (0, 3, 5):
        spilled.append(pl.DataFrame({"doc_id": [f"d{i}" for i in range(start, start + 3)],
                                     "hash": list(range(start, start + 3))}, schema=schema))
    expected = pl.DataFrame({"doc_id": ["d0", "d1", "d2", "d3", "d4", "d5", "d5", "d6", "d7"],
                             "hash": [0, 1, 2, 3, 4, 5, 5, 6, 7]}, schema=schema)
    assert spilled.read().equals(expected)
    assert spilled.read().equals(expected)  # again
    with pytest.raises(RuntimeError, match="append after read"):
        spilled.append(expected)


@pytest.mark.parametrize("before,after,change", [
    # A field added inside a nested column: readers that name their fields are unaffected.
    ([{"start": 1}], [{"start": 1, "role": None}], "minor"),
    ([{"start": 1, "role": None}], [{"start": 1}], "major"),  # a nested field removed
    ([{"start": 1}], [{"start": "1"}], "major"),  # a nested field retyped
])
def test_version_bump_of_nested_fields(before, after, change):
    def tables(mentions: list[dict]) -> dict[str, pl.DataFrame]:
        return {"quotes": pl.DataFrame({"doc_id": ["d"], "mentions": [mentions]})}

    diff = diff_tables(tables(before), tables(after))
    assert diff.change == change
    assert len(diff.widened_columns if change == "minor" else diff.retyped_columns) == 1
