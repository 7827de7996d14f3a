"""`etl annotate`: flat labelled spans per JSONL line, and an error line for a bad one."""

from __future__ import annotations

import json

from click.testing import CliRunner

from etl.cli import cli
from etl.extract.annotate import annotate_jsonl

PT = ("O ministro da Defesa russo, Andrei Belousov, chegou a Pyongyang em 30 de novembro "
      "com mais de 500 soldados.")
EN = "Reuters said on Monday that 2,000 people left Kyiv."


def _spans(text: str, line: dict) -> list[tuple[str, str]]:
    return [(text[s["start"]:s["end"]], s["label"]) for s in line["spans"]]


def test_annotate_jsonl_labels_spans_and_reports_bad_lines(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join([
        json.dumps({"id": "pt-1", "text": PT, "language": "pt"}),
        json.dumps({"id": "en-1", "text": EN}),
        "",
        "[1]",
        "{broken",
        json.dumps({"id": "lone", "text": "O ministro \ud800 disse."}),
        json.dumps({"id": "day-first", "text": PT, "published": "29/11/2024"}),
    ]) + "\n", encoding="utf-8")
    lines = list(annotate_jsonl(path))
    assert _spans(PT, lines[0]) == [("Andrei Belousov", "PERSON"), ("Pyongyang", "LOC"),
                                    ("30 de novembro", "DATE"), ("mais de 500", "QUANTITY")]
    assert _spans(EN, lines[1]) == [("Reuters", "ORG"), ("Monday", "DATE"), ("2,000", "QUANTITY"),
                                    ("Kyiv", "GPE")]
    where = path.as_posix()
    assert [(line["input_id"], line["error"]) for line in lines[2:]] == [
        (f"{where}:4", "line 4: not a JSON object with a 'text' string"),
        (f"{where}:5", "line 5: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)"),
        (f"{where}:6", "line 6: field 'text' has a lone surrogate escape (\\ud800-\\udfff), which is not "
                       "text. Escape the whole character as a surrogate pair, or write it as UTF-8"),
        ("day-first", "line 7: published '29/11/2024' is not a date (YYYY, YYYY-MM, YYYY-MM-DD or an "
                      "ISO 8601 timestamp, YYYYMMDD, YYYY/MM/DD, or RFC 2822)"),
    ]


def test_annotate_jsonl_reports_undecodable_and_empty_lines(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_bytes(json.dumps({"id": "a", "text": "São Paulo"}, ensure_ascii=False).encode("latin-1") + b"\n"
                     + json.dumps({"id": "b", "text": " "}).encode() + b"\n")
    assert [line["error"] for line in annotate_jsonl(path)] == [
        "line 1 is not UTF-8 (invalid continuation byte); save the file as UTF-8", "line 2: the text is empty"]


def test_annotate_spans_never_overlap(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "a", "text": PT}) + "\n", encoding="utf-8")
    [line] = list(annotate_jsonl(path))
    ends = [(s["start"], s["end"]) for s in line["spans"]]
    assert all(end <= start for (_, end), (start, _) in zip(ends, ends[1:], strict=False))


def test_cli_annotate_prints_one_json_line_per_input(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "en-1", "text": EN}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["annotate", str(path)])
    assert result.exit_code == 0, result.output
    [line] = [json.loads(x) for x in result.output.splitlines()]
    assert (line["input_id"], len(line["spans"])) == ("en-1", 4)
