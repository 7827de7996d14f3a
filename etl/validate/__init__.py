"""The validate stage: record re-validation and the table quality gate.

Importing this package is cheap: polars, pydantic models and great_expectations are
imported when a function first needs them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from etl.validate.records import RecordValidation, validate_records
from etl.validate.report import CheckResult, QualityReport

if TYPE_CHECKING:
    import polars as pl

__all__ = [
    "CheckResult",
    "QualityReport",
    "RecordValidation",
    "check_tables",
    "export_suites",
    "validate_package",
    "validate_records",
]


def check_tables(tables: dict[str, pl.DataFrame]) -> QualityReport:
    """Run the quality gate (schema, GX suites, foreign keys, evidence, counts) on tables.

    See `etl.validate.gate.check_tables`.
    """
    from etl.validate.gate import check_tables as _check_tables

    return _check_tables(tables)


def validate_package(path: Path) -> QualityReport:
    """Re-check a published version directory (checksums, descriptor, Parquet, the gate).

    See `etl.validate.published.validate_package`.
    """
    from etl.validate.published import validate_package as _validate_package

    return _validate_package(path)


def export_suites(directory: Path) -> list[Path]:
    """Write the GX suite of every table to `directory/<table>.json` as stable JSON.

    See `etl.validate.expectations.export_suites`.
    """
    from etl.validate.expectations import export_suites as _export_suites

    return _export_suites(directory)
