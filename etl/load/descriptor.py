"""Frictionless descriptors: Table Schemas per table and the Data Package v2 datapackage.json."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from etl.load.frames import FLAT_TABLES, TABLES, TableSpec
from etl.load.writers import parquet_tables

DATAPACKAGE_PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json"
TABLESCHEMA_PROFILE = "https://datapackage.org/profiles/2.0/tableschema.json"
PARQUET_MEDIATYPE = "application/vnd.apache.parquet"


def table_schema(spec: TableSpec) -> dict[str, Any]:
    """The Frictionless Table Schema of a table: typed, described, constrained fields and keys."""
    fields = []
    for column in spec.columns:
        constraints: dict[str, Any] = {}
        if column.required:
            constraints["required"] = True
        if column.enum:
            constraints["enum"] = list(column.enum)
        if column.pattern:
            constraints["pattern"] = column.pattern.removeprefix("^").removesuffix("$")
        if column.minimum is not None:
            constraints["minimum"] = column.minimum
        if column.exclusive_minimum is not None:
            constraints["minimum"] = column.exclusive_minimum + 1
        field: dict[str, Any] = {"name": column.name, "type": column.frictionless_type,
                                 "description": column.description}
        if constraints:
            field["constraints"] = constraints
        fields.append(field)
    schema: dict[str, Any] = {"fields": fields, "primaryKey": list(spec.primary_key)}
    # frictionless rejects a composite key with a null part (a source without an actor), so
    # keys over nullable columns are left to the gate's own foreign-key check.
    keys = [key for key in spec.foreign_keys
            if all(spec.column(name).required for name in key.fields)]
    if keys:
        schema["foreignKeys"] = [
            {"fields": list(key.fields),
             "reference": {"resource": key.ref_table, "fields": list(key.ref_fields)}}
            for key in keys
        ]
    return schema


def _file_facts(directory: Path, name: str, hashes: dict[str, str]) -> dict[str, Any]:
    return {"bytes": (directory / name).stat().st_size, "hash": f"sha256:{hashes[name]}"}


def _parquet_facts(parts: list[Path], hashes: dict[str, str], name: str) -> dict[str, Any]:
    """`path`, `bytes` and `hash` of a table's Parquet files: one path, or a multipart list
    (Data Package v2), whose bytes and hash are those of the parts one after another."""
    path: str | list[str] = parts[0].name if len(parts) == 1 else [p.name for p in parts]
    return {"path": path, "format": "parquet", "mediatype": PARQUET_MEDIATYPE,
            "description": f"{TABLES[name].description} (Parquet)",
            "bytes": sum(p.stat().st_size for p in parts), "hash": f"sha256:{hashes[f'{name}.parquet']}"}


def build_descriptor(directory: Path, hashes: dict[str, str], *, dataset: str, title: str,
                     version: str, created: str | None, license: dict[str, str],
                     sources: list[dict[str, Any]]) -> dict[str, Any]:
    """Build datapackage.json for the files already written in `directory`.

    Args:
        directory: The version directory being built.
        hashes: File name -> hex SHA-256 of the data files (`<table>.parquet`: of all the
            table's Parquet parts, one after another).
        dataset, title, version, created, license, sources: Package metadata.

    Returns:
        A Data Package v2 descriptor: one CSV table resource per flat table (schema,
        bytes, hash), then each table's Parquet files as a plain file resource (a list of
        paths when the table has several parts).
    """
    resources: list[dict[str, Any]] = []
    for name in FLAT_TABLES:
        resources.append({
            "name": name, "type": "table", "path": f"{name}.csv", "format": "csv",
            "mediatype": "text/csv", "encoding": "utf-8", "description": TABLES[name].description,
            **_file_facts(directory, f"{name}.csv", hashes), "schema": table_schema(TABLES[name]),
        })
    parquet = parquet_tables(directory)
    for name in TABLES:
        resources.append({"name": f"{name}-parquet", "type": "file",
                          **_parquet_facts(parquet[name], hashes, name)})
    descriptor: dict[str, Any] = {
        "$schema": DATAPACKAGE_PROFILE, "name": dataset, "title": title, "version": version,
        "licenses": [license], "sources": sources, "resources": resources,
    }
    if created is not None:
        descriptor["created"] = created
    return descriptor
