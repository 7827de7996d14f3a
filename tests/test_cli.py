"""CLI: exact output and exit codes for success, bad input and a failing quality gate."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from etl.cli import cli

ARTICLE = ("O presidente Lula disse nesta sexta-feira que mais de 2.000 soldados foram enviados "
           "para a fronteira com a Venezuela, segundo o Ministério da Defesa.")


@pytest.fixture
def inputs(tmp_path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    return folder


def _invoke(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_cli_run_publishes_then_is_up_to_date(inputs, tmp_path):
    dist = tmp_path / "dist"
    first = _invoke("run", str(inputs), "--dist", str(dist))
    assert (first.exit_code, first.output) == (0, (
        "1 article: 1 record, 0 quarantined, 0 duplicates\n"
        f"Published news-records 1.0.0 (first release) to {dist}/news-records/1.0.0.\n"))
    second = _invoke("run", str(inputs), "--dist", str(dist))
    assert (second.exit_code, second.output) == (0, (
        "1 article: 1 record, 0 quarantined, 0 duplicates\n"
        "news-records 1.0.0 is up to date; nothing was published.\n"))
    (inputs / "b.txt").write_text(ARTICLE.replace("2.000", "3.000"), encoding="utf-8")
    third = _invoke("run", str(inputs), "--dist", str(dist))
    assert third.exit_code == 0
    assert third.output.splitlines()[1].startswith("Published news-records 1.1.0 ")
    assert json.loads((dist / "news-records" / "latest.json").read_text()) == {"version": "1.1.0"}


def test_cli_run_json_accounts_for_every_input(inputs, tmp_path):
    (inputs / "empty.txt").write_text("  ", encoding="utf-8")
    (inputs / "copy.txt").write_text(ARTICLE, encoding="utf-8")
    result = _invoke("run", str(inputs), "--dist", str(tmp_path / "dist"), "--json")
    assert result.exit_code == 0
    summary = json.loads(result.output)
    got = (summary["inputs"], summary["records"], summary["status"], summary["version"])
    assert got == (3, 1, "published", "1.0.0")
    assert [(q["reason"], Path(q["input_id"]).name) for q in summary["quarantined"]] == [("empty-text", "empty.txt")]
    assert [(Path(d["input_id"]).name, Path(d["duplicate_of"]).name) for d in summary["duplicates"]] == [
        ("copy.txt", "a.txt")]


@pytest.mark.parametrize(
    "args,exit_code,output",
    [
        (["run", "nope.txt"], 1, "Error: No such file or folder (nope.txt). Check the path.\n"),
        (["extract", "missing/"], 1, "Error: No such file or folder (missing/). Check the path.\n"),
        (["extract", "x.csv"], 1, "Error: A CSV input needs --text-column (x.csv). "
                                  "Name the column that holds the article text, e.g. --text-column body.\n"),
    ],
)
def test_cli_bad_input_is_one_line_error(tmp_path, monkeypatch, args, exit_code, output):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "x.csv").write_text("id,body\n1,texto\n")
    result = _invoke(*args)
    assert (result.exit_code, result.output) == (exit_code, output)


@pytest.mark.parametrize(
    "args,message",
    [
        (["run", "--reference-date", "2024-13-01"], "'2024-13-01' is not a date like 2024-11-30"),
        (["extract", "--format", "xml", "a.txt"], "'xml' is not one of 'jsonl', 'json'"),
        (["nonsense"], "No such command 'nonsense'"),
        (["run", "--dataset", "../elsewhere"], "'../elsewhere' is not a dataset name"),
    ],
)
def test_cli_usage_errors_exit_2(args, message):
    result = _invoke(*args)
    assert result.exit_code == 2
    assert message in result.output


def test_cli_extract_prints_one_record_per_line(inputs):
    result = CliRunner().invoke(cli, ["extract", str(inputs / "a.txt"), "--reference-date", "2024-11-30"])
    assert result.exit_code == 0
    [line] = result.stdout.splitlines()
    record = json.loads(line)
    assert record["text"] == ARTICLE
    assert [(q["text"], q["value"], q["object"]) for q in record["quantities"]] == [
        ("mais de 2.000", 2000.0, "soldados")]
    assert [(d["text"], d["value"]) for d in record["dates"]] == [("nesta sexta-feira", "2024-11-29")]
    assert result.stderr == "1 article: 1 record, 0 quarantined, 0 duplicates\n"


def test_cli_failing_quality_gate_blocks_release(inputs, tmp_path, monkeypatch):
    import polars as pl

    import etl.load

    real_build_tables = etl.load.build_tables

    def corrupt_evidence(*args, **kwargs):
        tables = real_build_tables(*args, **kwargs)
        tables["quantities"] = tables["quantities"].with_columns(pl.lit("mais de 9.999").alias("text"))
        return tables

    monkeypatch.setattr(etl.load, "build_tables", corrupt_evidence)
    dist = tmp_path / "dist"
    result = CliRunner().invoke(cli, ["run", str(inputs), "--dist", str(dist)])
    assert result.exit_code == 1
    assert "quantities" in result.stderr and "evidence" in result.stderr.lower()
    assert result.stdout.splitlines()[-1].startswith("Not published: 1 of ")
    assert not (dist / "news-records" / "1.0.0").exists()


def test_cli_validate_detects_a_corrupted_parquet_byte(inputs, tmp_path):
    dist = tmp_path / "dist"
    assert _invoke("run", str(inputs), "--dist", str(dist)).exit_code == 0
    release = dist / "news-records" / "1.0.0"
    ok = _invoke("validate", str(release))
    assert ok.exit_code == 0
    assert ok.output.startswith("Valid: all ")
    parquet = release / "mentions.parquet"
    data = bytearray(parquet.read_bytes())
    data[len(data) // 2] ^= 0xFF
    parquet.write_bytes(bytes(data))
    broken = _invoke("validate", str(release))
    assert broken.exit_code == 1
    assert "mentions.parquet" in broken.output


def test_cli_schemas_check_passes_on_committed_files():
    result = _invoke("schemas", "--check")
    assert (result.exit_code, result.output) == (0, "Schemas are up to date.\n")


def test_cli_help_is_instant_and_lazy():
    import subprocess
    import sys

    code = ("import sys, etl.cli; heavy = [m for m in ('spacy', 'polars', 'great_expectations', 'pydantic', "
            "'pandas') if m in sys.modules]; print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_cli_run_writes_manifest_with_accounting(inputs, tmp_path):
    (inputs / "bad.jsonl").write_text('{"id": "x", "text": "  "}\n{broken\n', encoding="utf-8")
    (inputs / "copy.txt").write_text(ARTICLE, encoding="utf-8")
    dist = tmp_path / "dist"
    result = _invoke("run", str(inputs), "--dist", str(dist))
    assert result.output.splitlines()[0] == "4 articles: 1 record, 2 quarantined, 1 duplicate"
    manifest = json.loads((dist / "news-records" / "1.0.0" / "manifest.json").read_text())
    assert {k: v for k, v in manifest.items() if k != "etl_version"} == {
        "schema_version": "1", "inputs": 4, "records": 1, "quarantined": 2,
        "quarantined_by_reason": {"bad-json-line": 1, "empty-text": 1}, "duplicates": 1, "near_duplicates": 0}


def test_cli_extract_reads_standard_input():
    result = CliRunner().invoke(cli, ["extract", "-", "--reference-date", "2024-11-30"], input=ARTICLE.encode())
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert (record["input_id"], record["text"]) == ("<stdin>", ARTICLE)


def test_cli_extract_reads_jsonl_from_standard_input():
    lines = [json.dumps({"id": "a", "text": ARTICLE}), "{not json", json.dumps({"text": ARTICLE + " Fim."})]
    result = CliRunner().invoke(cli, ["extract", "-", "--format", "jsonl"], input="\n".join(lines) + "\n")
    assert result.exit_code == 0
    assert [json.loads(line)["input_id"] for line in result.stdout.splitlines()] == ["a", "<stdin>:3"]
    assert "Quarantined: <stdin>:2 (ingest, bad-json-line)" in result.stderr


def test_cli_run_with_no_articles_publishes_nothing(tmp_path):
    (tmp_path / "empty.jsonl").write_text("", encoding="utf-8")
    dist = tmp_path / "dist"
    result = _invoke("run", str(tmp_path / "empty.jsonl"), "--dist", str(dist), "--no-cache", "-q")
    assert (result.exit_code, result.output) == (1, (
        f"Error: No articles in the inputs; nothing was published ({tmp_path / 'empty.jsonl'}). "
        "Check that the paths or globs name files that hold articles.\n"))
    assert not list(dist.rglob("*.parquet"))


def test_cli_extract_reads_jsonl_from_standard_input_even_with_a_broken_first_line():
    lines = ['{"id": "a", "text": "x",}', json.dumps({"id": "b", "text": ARTICLE})]
    result = CliRunner().invoke(cli, ["extract", "-", "--no-cache", "--workers", "1"], input="\n".join(lines) + "\n")
    assert [json.loads(line)["input_id"] for line in result.stdout.splitlines()] == ["b"]
    assert "Quarantined: <stdin>:1 (ingest, bad-json-line)" in result.stderr


def test_cli_run_help_states_the_default_batch_size():
    from etl.pipeline import DEFAULT_BATCH_SIZE

    assert f"batch (default {DEFAULT_BATCH_SIZE})." in " ".join(_invoke("run", "--help").output.split())


def test_cli_run_into_a_path_that_cannot_be_a_folder_is_an_error_not_a_traceback(inputs):
    result = _invoke("run", str(inputs), "--dist", "/dev/null/dist", "-q")
    assert (result.exit_code, result.output) == (1, (
        "Error: Not a directory (/dev/null/dist/news-records). Check that the path exists and can be "
        "written, and that the disk has room.\n"))
