"""Scale: the package is the same whatever the batch size or worker count, inputs stream,
and the batched gate equals the one-batch gate."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import polars as pl
import pytest

from etl.pipeline import RunOptions, run_pipeline

PROJECT_DIR = Path(__file__).resolve().parent.parent


def _corpus_module():
    spec = importlib.util.spec_from_file_location("corpus", PROJECT_DIR / "benchmarks" / "corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def write_corpus(path: Path, n: int, *, seed: int = 0, extra: tuple[str, ...] = ()) -> Path:
    """`n` generated articles as JSONL, plus `extra` raw lines (bad lines, repeats)."""
    lines = [json.dumps(a, ensure_ascii=False) for a in _corpus_module().generate(n, seed=seed)]
    path.write_text("\n".join([*lines, *extra]) + "\n", encoding="utf-8")
    return path


def files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    first = json.loads(write_corpus(folder / "x.jsonl", 1).read_text())
    repeat = json.dumps({**first, "id": "repeat"}, ensure_ascii=False)
    return write_corpus(folder / "corpus.jsonl", 10, extra=("{broken", '{"id": "e", "text": " "}', repeat))


@pytest.mark.parametrize("runs", [[RunOptions(workers=1, batch_size=1, chunk_size=1),
                                   RunOptions(workers=2, batch_size=1000, chunk_size=2)]])
def test_scale_package_is_independent_of_batch_size_and_workers(corpus, tmp_path, monkeypatch, runs):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    packages = []
    for i, run in enumerate(runs):
        result = run_pipeline([str(corpus)], dist_dir=tmp_path / str(i), run=run)
        assert (result.publish.status, result.summary()) == (
            "published", "13 articles: 10 records, 2 quarantined, 1 duplicate")
        packages.append(files(tmp_path / str(i)))
    assert packages[0] == packages[1]


def test_scale_quarantine_is_in_input_order(corpus, tmp_path):
    result = run_pipeline([str(corpus)], dist_dir=tmp_path, run=RunOptions(batch_size=3))
    quarantine = pl.read_parquet(result.publish.path / "quarantine.parquet")
    assert quarantine.select("ordinal", "reason").rows() == [(0, "bad-json-line"), (1, "empty-text")]


def test_scale_streaming_reads_a_bounded_number_of_items_ahead(article):
    from etl.extract.parallel import LocalExecutor
    from etl.pipeline import iter_outcomes

    pulled, ahead = [0], []

    def counting(n: int):
        for i in range(n):
            pulled[0] += 1
            yield article(f"O ministro Carlos Silva disse que {i} soldados chegaram.", input_id=str(i))

    done = 0
    executor = LocalExecutor(1)
    for outcomes in iter_outcomes(counting(200), executor=executor, chunk_size=4):
        done += len(outcomes)
        ahead.append(pulled[0] - done)
    assert done == 200 and max(ahead) <= 4


def test_scale_executor_bounds_chunks_in_flight():
    from etl.extract.parallel import _ordered

    submitted, ahead = [0], []

    def submit(chunk):
        submitted[0] += 1
        return chunk

    for i, _ in enumerate(_ordered(submit, lambda x: x, range(100), in_flight=4)):
        ahead.append(submitted[0] - (i + 1))
    assert max(ahead) <= 4


@pytest.fixture(scope="module")
def tables() -> dict[str, pl.DataFrame]:
    from load.samples import duplicates, quarantined, sample_records

    from etl.load import build_tables

    return build_tables(sample_records(), quarantined(), duplicates())


def _split(tables: dict[str, pl.DataFrame], doc_ids: list[str]) -> list[dict[str, pl.DataFrame]]:
    """Two batches: the first document, then the rest (quarantine and duplicates in the first)."""
    first, rest = {}, {}
    for name, df in tables.items():
        if "doc_id" in df.columns and name not in ("quarantine", "duplicates"):
            first[name] = df.filter(pl.col("doc_id") == doc_ids[0])
            rest[name] = df.filter(pl.col("doc_id") != doc_ids[0])
        else:
            first[name], rest[name] = df, df.clear()
    return [first, rest]


@pytest.mark.parametrize("mutate", [
    lambda t: t,
    lambda t: {**t, "mentions": t["mentions"].with_columns(start=pl.lit(-1, pl.Int64))},
    lambda t: {**t, "actors": t["actors"].with_columns(type=pl.lit("robot"))},
    lambda t: {**t, "quantities": t["quantities"].with_columns(text=pl.lit("x"))},
])
def test_scale_batched_gate_equals_one_batch(tables, mutate):
    from etl.validate import check_tables
    from etl.validate.gate import Gate

    tables = mutate(tables)
    gate = Gate()
    for batch in _split(tables, tables["documents"]["doc_id"].to_list()):
        gate.check(batch)
    assert gate.report().to_dict() == check_tables(tables).to_dict()


def test_scale_gate_finds_a_doc_id_repeated_across_batches(tables):
    from etl.validate.gate import Gate

    gate = Gate()
    gate.check(tables)
    gate.check(tables)
    failed = {(c.table, c.check) for c in gate.report().failed}
    assert ("documents", "expect_column_values_to_be_unique(doc_id)") in failed


@pytest.mark.parametrize("table,mutate", [
    ("actors", lambda df: pl.concat([df, df.head(1)])),
    ("documents", lambda df: df.with_columns(doc_id=pl.lit("981becf8053406d4"))),
    ("actors", lambda df: df.with_columns(country=pl.lit("Brazil"))),
    ("actors", lambda df: df.with_columns(name=pl.lit(None, pl.String))),
    ("quantities", lambda df: df.with_columns(end=pl.col("start"))),
    ("dates", lambda df: df.with_columns(value=pl.lit("June 2024"))),
    ("quarantine", lambda df: df.with_columns(reason=pl.lit("oops"))),
    ("records", lambda df: df),
])
def test_scale_polars_expectations_equal_great_expectations(tables, table, mutate):
    from etl.validate.expectations import run_suite, suite_definitions
    from etl.validate.rowchecks import check_rows

    df = mutate(tables[table])
    expectations = suite_definitions()[table]
    assert check_rows(table, df, expectations) == run_suite(table, df, expectations)


# The worker-side path of a run: chunk tables, chunk checks and record hashes made by the
# workers, concatenated and merged by the main process, equal the batch's own.

@pytest.mark.parametrize("sizes,batch_size,expected", [
    ((16,), None, [10]),
    ((3,), None, [3, 3, 3, 1]),
    ((3,), 4, [3, 1, 3, 1, 2]),
    ((16,), 4, [4, 4, 2]),
    ((1,), 3, [1] * 10),
])
def test_scale_chunks_never_span_two_batches(sizes, batch_size, expected):
    from etl.pipeline import _chunks

    assert [len(c) for c in _chunks(range(10), sizes[0], batch_size)] == expected
    assert [x for c in _chunks(range(10), sizes[0], batch_size) for x in c] == list(range(10))


def _chunk_tables(records):
    from etl.load.frames import record_tables

    return [record_tables([record]) for record in records]


def test_scale_chunk_tables_concatenated_equal_the_batch_tables():
    from load.samples import duplicates, quarantined, sample_records

    from etl.load import build_tables
    from etl.load.frames import concat_tables

    records = sample_records()
    whole = build_tables(records, quarantined(), duplicates(), quarantine_start=7, duplicate_start=3)
    for parts in (_chunk_tables(records), [_chunk_tables(records[:1])[0],
                                           build_tables(records[1:], [], [])]):
        joined = concat_tables(parts, quarantined(), duplicates(), quarantine_start=7,
                               duplicate_start=3)
        assert list(joined) == list(whole)
        for name, df in whole.items():
            assert joined[name].schema == df.schema, name
            assert joined[name].equals(df), name
    assert whole["quarantine"]["ordinal"].to_list() == [7, 8]
    assert whole["duplicates"]["ordinal"].to_list() == [3]


def test_scale_chunk_record_hashes_concatenated_equal_the_batch_hashes():
    from load.samples import sample_records

    from etl.load import build_tables
    from etl.load.versioning import record_hashes

    records = sample_records()
    parts = [record_hashes(tables["records"]) for tables in _chunk_tables(records)]
    assert pl.concat(parts).equals(record_hashes(build_tables(records, [], [])["records"]))


_MUTATIONS = [
    lambda t: t,
    lambda t: {**t, "mentions": t["mentions"].with_columns(start=pl.lit(-1, pl.Int64))},
    lambda t: {**t, "actors": t["actors"].with_columns(type=pl.lit("robot"))},
    lambda t: {**t, "quantities": t["quantities"].with_columns(text=pl.lit("x"))},
    lambda t: {**t, "sources": t["sources"].with_columns(actor_id=pl.lit("person:nobody"))},
    lambda t: {**t, "records": t["records"].head(0)},
    lambda t: {**t, "actors": pl.concat([t["actors"], t["actors"].head(1)])},
]


@pytest.mark.parametrize("mutate", _MUTATIONS)
def test_scale_merged_chunk_checks_equal_the_batch_checks(mutate):
    from load.samples import duplicates, quarantined, sample_records

    from etl.load.frames import concat_tables
    from etl.validate import check_tables
    from etl.validate.gate import Gate, check_chunk

    parts = [mutate(tables) for tables in _chunk_tables(sample_records())]
    batch = concat_tables(parts, quarantined(), duplicates())
    gate = Gate()
    gate.check(batch, [check_chunk(tables) for tables in parts])
    assert gate.report().to_dict() == check_tables(batch).to_dict()


def test_scale_merged_chunk_checks_over_batches_equal_the_one_batch_gate():
    from load.samples import duplicates, quarantined, sample_records

    from etl.load import build_tables
    from etl.load.frames import concat_tables
    from etl.validate import check_tables
    from etl.validate.gate import Gate, check_chunk

    records = sample_records()
    parts = _chunk_tables(records)
    gate = Gate()
    gate.check(concat_tables(parts[:1], quarantined(), []), [check_chunk(parts[0])])
    gate.check(concat_tables(parts[1:], [], duplicates()), [check_chunk(t) for t in parts[1:]])
    whole = check_tables(build_tables(records, quarantined(), duplicates()))
    assert gate.report().to_dict() == whole.to_dict()
    assert whole.valid


def test_scale_chunk_checks_of_a_doc_id_in_two_chunks_are_checked_on_the_batch():
    from load.samples import record_pt

    from etl.load.frames import concat_tables
    from etl.validate import check_tables
    from etl.validate.gate import Gate, check_chunk

    parts = _chunk_tables([record_pt(), record_pt()])
    batch = concat_tables(parts, [], [])
    gate = Gate()
    gate.check(batch, [check_chunk(tables) for tables in parts])
    report = gate.report()
    assert report.to_dict() == check_tables(batch).to_dict()
    failed = {(c.table, c.check) for c in report.failed}
    assert ("documents", "expect_column_values_to_be_unique(doc_id)") in failed
    assert ("records", "counts-agree-with-tables") in failed


def test_scale_check_chunk_gives_every_per_document_check_in_report_order():
    from load.samples import sample_tables

    from etl.load.frames import RECORD_TABLES
    from etl.validate import check_tables
    from etl.validate.expectations import suite_definitions
    from etl.validate.gate import check_chunk, per_document

    tables = sample_tables()
    keyed = {(name, e.name) for name, suite in suite_definitions().items() for e in suite
             if not per_document(e)}
    expected = [(c.table, c.check) for c in check_tables(tables).checks
                if c.table in RECORD_TABLES and (c.table, c.check) not in keyed
                and c.check not in ("schema", "great-expectations-sample")]
    assert [(c.table, c.check) for c in check_chunk(tables)] == expected


@pytest.fixture(scope="module")
def mixed_corpus(tmp_path_factory) -> Path:
    """10 articles with a bad line, an empty text and a repeat in between them."""
    path = tmp_path_factory.mktemp("mixed") / "mixed.jsonl"
    lines = [json.dumps(a, ensure_ascii=False) for a in _corpus_module().generate(10, seed=4)]
    repeat = json.dumps({**json.loads(lines[1]), "id": "repeat"}, ensure_ascii=False)
    for at, extra in ((2, "{broken"), (6, '{"id": "e", "text": " "}'), (9, repeat), (11, "{bad")):
        lines.insert(at, extra)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_scale_quarantine_and_duplicate_ordinals_run_on_across_chunks_and_batches(
        mixed_corpus, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    packages = []
    for i, run in enumerate([RunOptions(workers=1, batch_size=1000, chunk_size=16),
                             RunOptions(workers=1, batch_size=5, chunk_size=3),
                             RunOptions(workers=1, batch_size=4, chunk_size=1)]):
        result = run_pipeline([str(mixed_corpus)], dist_dir=tmp_path / str(i), run=run)
        assert result.summary() == "14 articles: 10 records, 3 quarantined, 1 duplicate"
        assert (result.record_count, result.inputs) == (10, 14)
        packages.append(files(tmp_path / str(i)))
        quarantine = pl.read_parquet(result.publish.path / "quarantine.parquet")
        assert quarantine.select("ordinal", "reason").rows() == [
            (0, "bad-json-line"), (1, "empty-text"), (2, "bad-json-line")]
        duplicates = pl.read_parquet(result.publish.path / "duplicates.parquet")
        assert duplicates.select("ordinal", "input_id").rows() == [(0, "repeat")]
    assert packages[0] == packages[1] == packages[2]


def test_scale_tables_continue_in_part_files_with_the_same_content(corpus, tmp_path, monkeypatch):
    from etl.load import writers
    from etl.load.package import read_tables
    from etl.validate.published import validate_package

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    whole = run_pipeline([str(corpus)], dist_dir=tmp_path / "whole", run=RunOptions(workers=1)).publish.path
    monkeypatch.setattr(writers, "PARQUET_ROW_GROUP_SIZE", 4)
    monkeypatch.setattr(writers, "PARQUET_ROW_GROUP_SIZES", {"records": 1, "documents": 2})
    monkeypatch.setattr(writers, "PARQUET_PART_ROW_GROUPS", 3)
    packages, paths = [], []
    for i, run in enumerate([RunOptions(workers=1, batch_size=1, chunk_size=1),
                             RunOptions(workers=2, batch_size=1000, chunk_size=2)]):
        paths.append(run_pipeline([str(corpus)], dist_dir=tmp_path / str(i), run=run).publish.path)
        packages.append(files(tmp_path / str(i)))
    assert packages[0] == packages[1]
    parts = sorted(p.name for p in paths[0].glob("records*.parquet"))
    assert parts == ["records.parquet", "records.part-00001.parquet", "records.part-00002.parquet",
                     "records.part-00003.parquet"]  # 10 records, 1 a row group, 3 a file
    resources = {r["name"]: r for r in json.loads((paths[0] / "datapackage.json").read_text())["resources"]}
    assert resources["records-parquet"]["path"] == parts
    assert resources["documents-parquet"]["path"] == ["documents.parquet", "documents.part-00001.parquet"]
    assert resources["duplicates-parquet"]["path"] == "duplicates.parquet"
    assert "and 3 more Parquet parts" in (paths[0] / "README.md").read_text()
    assert validate_package(paths[0]).valid
    from frictionless import validate  # multipart resources: bytes and hash of the parts in order

    frictionless = validate(paths[0] / "datapackage.json")
    assert ([e.message for task in frictionless.tasks for e in task.errors], frictionless.valid) == ([], True)
    split, unsplit = read_tables(paths[0]), read_tables(whole)
    assert list(split) == list(unsplit)
    assert all(split[name].equals(unsplit[name]) for name in split)
    assert json.loads((paths[0] / "content_hashes.json").read_text()) == json.loads(
        (whole / "content_hashes.json").read_text())


def test_scale_validate_names_a_missing_or_changed_part(corpus, tmp_path, monkeypatch):
    from etl.load import writers
    from etl.validate.published import validate_package

    monkeypatch.setattr(writers, "PARQUET_ROW_GROUP_SIZES", {"records": 2})
    monkeypatch.setattr(writers, "PARQUET_PART_ROW_GROUPS", 2)
    path = run_pipeline([str(corpus)], dist_dir=tmp_path, run=RunOptions(workers=1)).publish.path
    part = path / "records.part-00001.parquet"
    part.write_bytes(part.read_bytes()[:-1] + b"!")
    (path / "records.part-00002.parquet").unlink()
    failed = {(c.table, c.check): c.message for c in validate_package(path).failed}
    assert failed[("package", "datapackage")] == (
        "1 resources do not match datapackage.json: records.part-00002.parquet: missing")
    assert "records.part-00001.parquet: sha256 differs from SHA256SUMS" in failed[("package", "checksums")]
    assert failed[("records", "readable")].startswith("cannot read records.part-00001.parquet: ")
