"""Referential integrity: every foreign key resolves (doc_id to documents, actor ids to the
actors of the same document)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import polars as pl

from etl.validate.report import MAX_EXAMPLES, CheckResult, failure, passed

if TYPE_CHECKING:
    from etl.load.frames import ForeignKey


def check_foreign_key(table: str, df: pl.DataFrame, key: ForeignKey,
                      ref: pl.DataFrame | None) -> CheckResult:
    """Check that every non-null `key.fields` tuple of `df` exists in `ref`.

    Rows where any key field is null are skipped (a source without an actor is allowed).

    Returns:
        A `foreign-key(<fields> -> <table>.<fields>)` result with dangling keys as examples.
    """
    name = (f"foreign-key({', '.join(key.fields)} -> "
            f"{key.ref_table}.{', '.join(key.ref_fields)})")
    if ref is None:
        return failure(table, name, f"referenced table {key.ref_table} is missing", count=1)
    rename = dict(zip(key.ref_fields, key.fields, strict=True))
    targets = ref.select(key.ref_fields).rename(rename).unique()
    keys = df.select(key.fields).drop_nulls()
    dangling = keys.join(targets, on=list(key.fields), how="anti", nulls_equal=False)
    if dangling.height:
        examples = dangling.head(MAX_EXAMPLES).to_dicts()
        return failure(table, name, f"{dangling.height} of {keys.height} rows reference no "
                       f"{key.ref_table} row", examples, count=dangling.height)
    return passed(table, name, f"all {keys.height} keys resolve")
