"""The nested `records` table agrees with the flat tables: same documents, same counts."""

from __future__ import annotations

import polars as pl

from etl.validate.report import MAX_EXAMPLES, CheckResult, failure, passed

# Flat table -> expression counting its items in one row of `records`.
_NESTED_COUNTS = {
    "actors": pl.col("actors").list.len(),
    "mentions": pl.col("actors").list.eval(pl.element().struct.field("mentions").list.len())
    .list.sum(),
    "quantities": pl.col("quantities").list.len(),
    "dates": pl.col("dates").list.len(),
    "sources": pl.col("sources").list.len(),
    "quotes": pl.col("quotes").list.len(),
}


def check_record_counts(tables: dict[str, pl.DataFrame]) -> CheckResult:
    """Check that `records` has one row per document and as many items as each flat table."""
    records, documents = tables["records"], tables["documents"]
    nested = records.lazy().select("doc_id", *[expr.cast(pl.Int64).alias(name)
                                               for name, expr in _NESTED_COUNTS.items()])
    flat = documents.lazy().select("doc_id")
    for name in _NESTED_COUNTS:
        counted = tables[name].lazy().group_by("doc_id").len(name=name).with_columns(
            pl.col(name).cast(pl.Int64))
        flat = flat.join(counted, on="doc_id", how="left").with_columns(pl.col(name).fill_null(0))
    mismatch = pl.any_horizontal(
        pl.col(name).ne_missing(pl.col(f"{name}_in_records")) for name in _NESTED_COUNTS)
    # One query (a chunk of a run is small: the cost is per query, not per row).
    joined = (flat.join(nested, on="doc_id", how="full", suffix="_in_records", coalesce=True)
              .with_columns(mismatch.alias("_mismatch")).collect())
    if joined.get_column("_mismatch").any():
        bad = joined.filter(pl.col("_mismatch")).drop("_mismatch").sort("doc_id")
        return failure("records", "counts-agree-with-tables",
                       f"{bad.height} of {joined.height} documents have different counts in "
                       "records and the flat tables (a null count means the doc_id is missing "
                       "on one side)", bad.head(MAX_EXAMPLES).to_dicts(), count=bad.height)
    return passed("records", "counts-agree-with-tables",
                  f"all {joined.height} documents agree with the flat tables")
