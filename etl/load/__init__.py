"""The load stage: records -> tables -> a versioned, quality-gated dataset package.

Importing this package is cheap: polars and the models are imported when a function
first needs them.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from etl.load.result import PublishResult

if TYPE_CHECKING:
    import polars as pl

    from etl.load.frames import TableSpec
    from etl.models import Duplicate, QuarantinedItem, Record
    from etl.validate.report import QualityReport

__all__ = ["PackageBuilder", "PublishResult", "build_tables", "export_table_schemas",
           "load_package", "read_tables", "table_specs"]


def table_specs() -> dict[str, TableSpec]:
    """Table name -> layout (columns, dtypes, keys), derived from `etl.models`."""
    from etl.load.frames import TABLES

    return TABLES


def build_tables(records: Sequence[Record | dict[str, Any]], quarantined: list[QuarantinedItem],
                 duplicates: list[Duplicate], *, quarantine_start: int = 0,
                 duplicate_start: int = 0) -> dict[str, pl.DataFrame]:
    """Flatten records into the published tables. See `etl.load.frames.build_tables`."""
    from etl.load.frames import build_tables as _build_tables

    return _build_tables(records, quarantined, duplicates, quarantine_start=quarantine_start,
                         duplicate_start=duplicate_start)


def load_package(tables: dict[str, pl.DataFrame], report: QualityReport, *, dist_dir: Path,
                 dataset: str, created: str | None = None,
                 sources: list[dict[str, Any]] | None = None,
                 manifest: dict[str, Any] | None = None) -> PublishResult:
    """Publish the next version of a dataset. See `etl.load.package.load_package`."""
    from etl.load.package import load_package as _load_package

    return _load_package(tables, report, dist_dir=dist_dir, dataset=dataset, created=created,
                         sources=sources, manifest=manifest)


def __getattr__(name: str) -> Any:
    if name == "PackageBuilder":
        from etl.load.package import PackageBuilder

        return PackageBuilder
    raise AttributeError(f"module 'etl.load' has no attribute {name!r}")


def read_tables(path: Path) -> dict[str, pl.DataFrame]:
    """Read a published version's tables. See `etl.load.package.read_tables`."""
    from etl.load.package import read_tables as _read_tables

    return _read_tables(path)


def export_table_schemas(directory: Path) -> list[Path]:
    """Write the Frictionless Table Schema of every table to `directory/<table>.json`.

    Returns:
        The paths written, in table order.
    """
    from etl.load.descriptor import TABLESCHEMA_PROFILE, table_schema
    from etl.load.frames import TABLES
    from etl.load.writers import write_json

    directory.mkdir(parents=True, exist_ok=True)
    return [write_json(directory / f"{name}.json",
                       {"$schema": TABLESCHEMA_PROFILE, **table_schema(spec)})
            for name, spec in TABLES.items()]
