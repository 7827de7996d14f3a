"""The quality gate: schema, great-expectations suites, foreign keys, evidence and counts."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from etl.validate.counts import check_record_counts
from etl.validate.evidence import check_evidence, span_columns
from etl.validate.expectations import run_suite, suite_definitions
from etl.validate.integrity import check_foreign_key
from etl.validate.report import CheckResult, QualityReport
from etl.validate.schema import check_schema

if TYPE_CHECKING:
    import polars as pl

    from etl.load.frames import TableSpec


def _guard(table: str, check: str, run: Callable[[], list[CheckResult]]) -> list[CheckResult]:
    """Run a group of checks; a crash on malformed data becomes a failed check, not a traceback."""
    try:
        return run()
    except Exception as e:  # noqa: BLE001 - any failure to run a check is a data problem here
        message = f"could not run: {type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}"
        return [CheckResult(table, check, False, {"message": message})]


def _table_checks(name: str, spec: TableSpec, tables: dict[str, pl.DataFrame],
                  ) -> list[CheckResult]:
    df = tables[name]
    checks = _guard(name, "expectations", lambda: run_suite(name, df, suite_definitions()[name]))
    for key in spec.foreign_keys:
        checks += _guard(name, "foreign-key", lambda key=key: [
            check_foreign_key(name, df, key, tables.get(key.ref_table))])
    if "documents" in tables and not spec.nested:
        for triple in span_columns(df.columns):
            checks += _guard(name, "evidence", lambda triple=triple: [
                check_evidence(name, df, tables["documents"], triple)])
    return checks


def check_tables(tables: dict[str, pl.DataFrame]) -> QualityReport:
    """Run the quality gate on the published tables.

    Args:
        tables: Table name -> DataFrame, as built by `etl.load.build_tables`.

    Returns:
        A report with, per table, a schema check, the GX suite results, the foreign-key and
        evidence checks; then the check that `records` agrees with the flat tables.
    """
    from etl.load import table_specs

    report = QualityReport()
    specs = table_specs()
    for name, spec in specs.items():
        schema = check_schema(name, spec, tables.get(name))
        report.checks.append(schema)
        if name in tables:
            report.extend(_table_checks(name, spec, tables))
    if all(name in tables for name in specs):
        report.extend(_guard("records", "counts-agree-with-tables",
                             lambda: [check_record_counts(tables)]))
    return report
