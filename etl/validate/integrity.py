"""Referential integrity: every foreign key resolves (doc_id to documents, actor ids to the
actors of the same document)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import polars as pl

from etl.validate.report import MAX_EXAMPLES, CheckResult, failure, passed

if TYPE_CHECKING:
    from etl.load.frames import ForeignKey


def foreign_key_name(key: ForeignKey) -> str:
    """The name of the check of one foreign key: `foreign-key(doc_id -> documents.doc_id)`."""
    return f"foreign-key({', '.join(key.fields)} -> {key.ref_table}.{', '.join(key.ref_fields)})"


def check_foreign_key(table: str, df: pl.DataFrame, key: ForeignKey,
                      ref: pl.DataFrame | None) -> CheckResult:
    """Check that every non-null `key.fields` tuple of `df` exists in `ref`.

    Rows where any key field is null are skipped (a source without an actor is allowed).

    Returns:
        A `foreign-key(<fields> -> <table>.<fields>)` result with dangling keys as examples.
    """
    name = foreign_key_name(key)
    if ref is None:
        return failure(table, name, f"referenced table {key.ref_table} is missing", count=1)
    rename = dict(zip(key.ref_fields, key.fields, strict=True))
    targets = ref.lazy().select(key.ref_fields).rename(rename)
    keys = df.lazy().select(key.fields).drop_nulls()
    # One query for both (a chunk of a run is small: the cost is per query, not per row).
    dangling, total = pl.collect_all([
        keys.join(targets, on=list(key.fields), how="anti", nulls_equal=False,
                  maintain_order="left"),
        keys.select(pl.len())])
    count = total.item()
    if dangling.height:
        examples = dangling.head(MAX_EXAMPLES).to_dicts()
        return failure(table, name, f"{dangling.height} of {count} rows reference no "
                       f"{key.ref_table} row", examples, count=dangling.height)
    return passed(table, name, f"all {count} keys resolve")
