from __future__ import annotations

import polars as pl
import pytest
from load.samples import TEXT_PT, duplicates, quarantined, sample_records

from etl.load import build_tables
from etl.validate.evidence import check_evidence, span_columns


@pytest.fixture(scope="module")
def tables() -> dict[str, pl.DataFrame]:
    return build_tables(sample_records(), quarantined(), duplicates())


@pytest.mark.parametrize("text,start,end", [
    ("açúcar e café", 9, 13),
    ("🇧🇷 Brasil 🙂 ok", 3, 9),
    ("🇧🇷 Brasil 🙂 ok", 0, 2),
    ("🙂🙂x", 2, 3),
    ("e\u0301 combinado", 1, 4),
    ("日本語のテキスト", 2, 5),
])
def test_polars_slice_agrees_with_python_indices(text, start, end):
    df = pl.DataFrame({"t": [text], "s": [start], "e": [end]})
    sliced = df.select(pl.col("t").str.slice(pl.col("s"), pl.col("e") - pl.col("s"))).item()
    assert sliced == text[start:end]


@pytest.mark.parametrize("columns,expected", [
    (["doc_id", "start", "end", "text"], [("start", "end", "text")]),
    (["start", "end", "text", "object", "object_start", "object_end"],
     [("start", "end", "text"), ("object_start", "object_end", "object")]),
    (["doc_id", "name"], []),
])
def test_span_columns_finds_triples(columns, expected):
    assert span_columns(columns) == expected


@pytest.mark.parametrize("table,triple", [
    ("mentions", ("start", "end", "text")),
    ("quantities", ("object_start", "object_end", "object")),
    ("sources", ("cue_start", "cue_end", "cue")),
])
def test_evidence_passes_on_valid_spans(tables, table, triple):
    result = check_evidence(table, tables[table], tables["documents"], triple)
    assert result.success is True


def test_evidence_fails_when_span_differs_from_slice(tables):
    mentions = tables["mentions"].with_columns(
        text=pl.when(pl.col("text") == "José Múcio").then(pl.lit("Jose Mucio"))
        .otherwise(pl.col("text")))
    result = check_evidence("mentions", mentions, tables["documents"], ("start", "end", "text"))
    start = TEXT_PT.index("José Múcio")
    assert result.to_dict() == {
        "table": "mentions", "check": "evidence(text == document.text[start:end])",
        "success": False,
        "details": {"message": "1 of 5 spans differ from the text slice", "unexpected_count": 1,
                    "examples": [{"doc_id": "981becf8053406d4", "actor_id": "person:jose-mucio",
                                  "ordinal": 0, "start": start, "end": start + 10,
                                  "text": "Jose Mucio", "slice": "José Múcio"}]}}


def test_evidence_fails_when_span_runs_past_text(tables):
    quotes = tables["quotes"].with_columns(start=pl.lit(500, pl.Int64), end=pl.lit(515, pl.Int64))
    result = check_evidence("quotes", quotes, tables["documents"], ("start", "end", "text"))
    assert (result.success, result.message) == (False, "1 of 1 spans differ from the text slice")
