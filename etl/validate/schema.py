"""Check that each table is present with exactly the columns and dtypes of its spec."""

from __future__ import annotations

from typing import TYPE_CHECKING

from etl.validate.report import CheckResult, failure, passed

if TYPE_CHECKING:
    import polars as pl

    from etl.load.frames import TableSpec


def check_schema(table: str, spec: TableSpec, df: pl.DataFrame | None) -> CheckResult:
    """Compare a table's columns and dtypes with its spec.

    Args:
        table: Table name.
        spec: The expected layout.
        df: The table, or None when it is missing.

    Returns:
        A `schema` result listing missing, unexpected and retyped columns.
    """
    if df is None:
        return failure(table, "schema", "table is missing", count=1)
    expected = dict(spec.schema)
    actual = dict(df.schema)
    problems = [f"missing column {name} ({dtype})" for name, dtype in expected.items()
                if name not in actual]
    problems += [f"unexpected column {name} ({dtype})" for name, dtype in actual.items()
                 if name not in expected]
    problems += [f"column {name} is {actual[name]}, expected {dtype}"
                 for name, dtype in expected.items() if name in actual and actual[name] != dtype]
    if problems:
        return failure(table, "schema", "; ".join(problems), problems)
    if list(actual) != list(expected):
        return failure(table, "schema", f"columns are out of order: {list(actual)}", count=1)
    return passed(table, "schema", f"{len(expected)} columns with the expected dtypes")
