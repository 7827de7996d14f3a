"""Evidence: every span's text equals the slice of its document's text.

Polars `str.slice` counts code points, like Python string indices (tested on accents,
combining marks and emoji), so offsets written by Python compare directly.
"""

from __future__ import annotations

import polars as pl

from etl.validate.report import MAX_EXAMPLES, CheckResult, failure, passed


def span_columns(columns: list[str]) -> list[tuple[str, str, str]]:
    """The (start, end, text) column triples of a table: `start/end/text` and `X_start/X_end/X`.

    Examples:
        >>> span_columns(["start", "end", "text", "cue", "cue_start", "cue_end"])
        [('start', 'end', 'text'), ('cue_start', 'cue_end', 'cue')]
    """
    triples = []
    for name in columns:
        if name == "start" or name.endswith("_start"):
            prefix = name[: -len("start")]
            text = prefix.rstrip("_") or "text"
            if f"{prefix}end" in columns and text in columns:
                triples.append((name, f"{prefix}end", text))
    return triples


def evidence_name(triple: tuple[str, str, str]) -> str:
    """The name of the evidence check of one span triple: `evidence(text == document.text[start:end])`."""
    start, end, text = triple
    return f"evidence({text} == document.text[{start}:{end}])"


def check_evidence(table: str, df: pl.DataFrame, documents: pl.DataFrame,
                   triple: tuple[str, str, str]) -> CheckResult:
    """Check `text[start:end] == span` for one span triple of one table.

    Rows whose span is null, or whose doc_id is not in documents (a foreign-key failure),
    are skipped.
    """
    start, end, text = triple
    name = evidence_name(triple)
    docs = documents.lazy().select("doc_id", pl.col("text").alias("_document"))
    differs = ((pl.col("_slice") != pl.col(text))
               | (pl.col(end) > pl.col("_document").str.len_chars())
               | (pl.col(start) < 0) | (pl.col(end) <= pl.col(start)))
    # One query (a chunk of a run is small: the cost is per query, not per row).
    rows = (df.lazy().drop_nulls([start, end, text])
            .join(docs, on="doc_id", how="inner", maintain_order="left")
            .with_columns(pl.col("_document").str.slice(pl.col(start),
                                                  (pl.col(end) - pl.col(start)).clip(0))
                          .alias("_slice"))
            .with_columns(differs.alias("_differs")).collect())
    if rows.get_column("_differs").any():
        bad = rows.filter(pl.col("_differs"))
        keys = [c for c in ("doc_id", "actor_id", "ordinal") if c in df.columns]
        examples = bad.select(*keys, start, end, text, "_slice").rename({"_slice": "slice"})
        return failure(table, name, f"{bad.height} of {rows.height} spans differ from the "
                       "text slice", examples.head(MAX_EXAMPLES).to_dicts(), count=bad.height)
    return passed(table, name, f"all {rows.height} spans equal their text slice")
