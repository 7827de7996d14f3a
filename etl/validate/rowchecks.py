"""The GX suites' expectations computed with polars, on every row of every batch.

great_expectations costs about 20 ms per article on our tables (measured: 32 s for the
tables of 1,500 articles), several times the extraction itself, so a large run checks each
expectation here and runs GX itself on a bounded sample (`etl.validate.gate`). Results
have the same names, messages, counts and examples as `run_suite`, which the tests compare.

Single-column keys (doc_id, ordinal) are unique across the whole run: `KeyIndex`
(`etl.validate.keys`) remembers the keys of earlier batches, on disk. Compound keys start
with doc_id, so their uniqueness across batches follows from the documents' doc_id being
unique and from the per-batch foreign keys.
"""

from __future__ import annotations

from typing import Any

import polars as pl

from etl.validate.expectations import Expectation, _describe
from etl.validate.keys import KeyIndex
from etl.validate.report import MAX_EXAMPLES, CheckResult, to_plain


def _mask(e: Expectation) -> pl.Expr | None:
    """True on the rows that fail `e`, for the expectations that look at one row at a time."""
    kw = e.kwargs
    column = str(kw.get("column"))
    if e.type == "ExpectColumnValuesToNotBeNull":
        return pl.col(column).is_null()
    if e.type == "ExpectColumnValuesToBeInSet":
        return ~pl.col(column).is_in(kw["value_set"]) & pl.col(column).is_not_null()
    if e.type == "ExpectColumnValuesToMatchRegex":
        return ~pl.col(column).str.contains(kw["regex"])
    if e.type == "ExpectColumnValuesToBeBetween":
        return pl.col(column) <= kw["min_value"] if kw.get("strict_min") else pl.col(column) < kw["min_value"]
    if e.type == "ExpectColumnPairValuesAToBeGreaterThanB":
        a, b = pl.col(kw["column_A"]), pl.col(kw["column_B"])
        bad = (a < b) if kw.get("or_equal") else (a <= b)
        return bad & a.is_not_null() & b.is_not_null()
    return None


def _unexpected(df: pl.DataFrame, e: Expectation, keys: KeyIndex, table: str) -> pl.DataFrame:
    """The offending rows (only the columns the examples show), in row order."""
    kw = e.kwargs
    column = str(kw.get("column"))
    if e.type == "ExpectColumnValuesToBeUnique":
        values = df.get_column(column)
        mask = values.is_duplicated() | keys.repeated(table, column, values)
        return df.filter(mask & values.is_not_null()).select(column)
    if e.type == "ExpectCompoundColumnsToBeUnique":
        cols = kw["column_list"]
        return df.select(cols).filter(df.select(cols).is_duplicated())
    if (fails := _mask(e)) is None:
        raise ValueError(f"no polars form for {e.type}")
    if e.type == "ExpectColumnPairValuesAToBeGreaterThanB":
        return df.filter(fails).select(kw["column_A"], kw["column_B"])
    return df.filter(fails).select(column)


def _row_counts(df: pl.DataFrame, expectations: list[Expectation]) -> dict[int, int]:
    """Index -> number of failing rows, for the row-at-a-time expectations: one query for all."""
    masks = {i: mask for i, e in enumerate(expectations) if (mask := _mask(e)) is not None}
    if not masks:
        return {}
    counts = df.select(mask.sum().alias(str(i)) for i, mask in masks.items()).row(0)
    return {i: int(count or 0) for i, count in zip(masks, counts, strict=True)}


def _examples(e: Expectation, bad: pl.DataFrame) -> list[Any]:
    head = bad.head(MAX_EXAMPLES)
    if e.type == "ExpectCompoundColumnsToBeUnique":
        return head.to_dicts()
    if e.type == "ExpectColumnPairValuesAToBeGreaterThanB":
        return [list(row) for row in head.iter_rows()]
    return head.to_series().to_list()


def check_rows(table: str, df: pl.DataFrame, expectations: list[Expectation],
               keys: KeyIndex | None = None) -> list[CheckResult]:
    """Check every row of `df` against the expectations; results as `run_suite` gives them."""
    keys = keys or KeyIndex()
    counted = _row_counts(df, expectations)
    checks = []
    for i, e in enumerate(expectations):
        # The offending rows are selected only when there are some (or for the key checks).
        bad = None if counted.get(i) == 0 else _unexpected(df, e, keys, table)
        count = 0 if bad is None else bad.height
        result = {"unexpected_count": count, "element_count": df.height}
        details: dict[str, Any] = {"message": _describe(e, result)}
        if bad is not None and count:
            details["unexpected_count"] = count
            details["examples"] = to_plain(_examples(e, bad))
        checks.append(CheckResult(table, e.name, not count, details))
    return checks
