"""Publish a versioned, immutable, atomic dataset package: `dist/<dataset>/<version>/`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import polars as pl

from etl.config import DATASET_LICENSE, DATASET_TITLE
from etl.errors import PackageError
from etl.load import writers
from etl.load.datacard import render_datacard
from etl.load.descriptor import build_descriptor
from etl.load.frames import FLAT_TABLES, TABLES
from etl.load.result import PublishResult
from etl.load.versioning import FIRST_VERSION, Diff, bump_version, changelog_entry, diff_tables

LATEST = "latest.json"
CHANGELOG = "CHANGELOG.md"


def read_latest(dataset_dir: Path) -> str | None:
    """Return the version named in `latest.json`, or None before the first release."""
    path = dataset_dir / LATEST
    if not path.exists():
        return None
    try:
        return str(json.loads(path.read_text(encoding="utf-8"))["version"])
    except (ValueError, KeyError, TypeError) as e:
        raise PackageError(f"Cannot read the latest version: {e}", path,
                           'Fix the file to {"version": "X.Y.Z"} or remove it.') from e


def read_tables(path: Path) -> dict[str, pl.DataFrame]:
    """Read a published version's tables back from its Parquet files.

    Args:
        path: A version directory, e.g. `dist/news-records/1.0.0`.

    Returns:
        Table name -> DataFrame for every `<table>.parquet` in the directory, sorted by name
        in the order of the current table specs first.

    Raises:
        PackageError: The directory has no Parquet files or one cannot be read.
    """
    files = {p.stem: p for p in path.glob("*.parquet")}
    if not files:
        raise PackageError("No Parquet tables found", path,
                           "Pass a version directory such as dist/news-records/1.0.0.")
    order = [name for name in TABLES if name in files] + sorted(set(files) - set(TABLES))
    tables = {}
    for name in order:
        try:
            tables[name] = pl.read_parquet(files[name])
        except Exception as e:
            raise PackageError(f"Cannot read table {name}: {e}", files[name],
                               "Run `etl validate` on the directory to see what is wrong.") from e
    return tables


def _write_version(directory: Path, tables: dict[str, pl.DataFrame], report: Any, *,
                   dataset: str, version: str, created: str | None,
                   sources: list[dict[str, Any]], changelog: str,
                   manifest: dict[str, Any] | None = None) -> None:
    hashes = {}
    for name, df in tables.items():
        hashes[f"{name}.parquet"] = writers.sha256_file(
            writers.write_parquet(directory / f"{name}.parquet", df))
        if name in FLAT_TABLES:
            hashes[f"{name}.csv"] = writers.sha256_file(
                writers.write_csv(directory / f"{name}.csv", df))
    descriptor = build_descriptor(directory, hashes, dataset=dataset, title=DATASET_TITLE,
                                  version=version, created=created, license=DATASET_LICENSE,
                                  sources=sources)
    writers.write_json(directory / "datapackage.json", descriptor)
    writers.write_text(directory / "README.md", render_datacard(
        tables, title=DATASET_TITLE, dataset=dataset, version=version, created=created,
        license=DATASET_LICENSE, report=report))
    writers.write_text(directory / "quality_report.json", report.to_json())
    writers.write_text(directory / CHANGELOG, changelog)
    if manifest is not None:
        writers.write_json(directory / "manifest.json", manifest)
    writers.write_checksums(directory)


def _plan(dataset_dir: Path, tables: dict[str, pl.DataFrame]) -> tuple[str | None, Diff | None]:
    previous = read_latest(dataset_dir)
    if previous is None:
        return None, None
    return previous, diff_tables(read_tables(dataset_dir / previous), tables)


def _publish(dataset_dir: Path, version: str, build: Any) -> Path:
    target = dataset_dir / version
    if target.exists():
        raise PackageError(f"Version {version} already exists; releases are immutable", target,
                           f"Point {LATEST} at the newest release or remove the stray directory.")
    temp = writers.make_temp_dir(dataset_dir, f".tmp-{version}-")
    try:
        build(temp)
        writers.rename_dir(temp, target)
    except BaseException:
        writers.remove_dir(temp)
        raise
    return target


def _update_dataset_files(dataset_dir: Path, version: str, entry: str) -> None:
    changelog = dataset_dir / CHANGELOG
    older = changelog.read_text(encoding="utf-8") if changelog.exists() else ""
    older = older.removeprefix("# Changelog\n\n")
    writers.replace_text(changelog, "# Changelog\n\n" + entry + ("\n" + older if older else ""))
    writers.replace_text(dataset_dir / LATEST, writers.dumps_json({"version": version}))


def load_package(tables: dict[str, pl.DataFrame], report: Any, *, dist_dir: Path,
                 dataset: str, created: str | None = None,
                 sources: list[dict[str, Any]] | None = None,
                 manifest: dict[str, Any] | None = None) -> PublishResult:
    """Publish `tables` as the next version of `dataset`, if the gate passed and data changed.

    Args:
        tables: The tables from `build_tables`.
        report: The QualityReport of `check_tables` on the same tables.
        dist_dir: Where datasets live; the version goes to `dist_dir/dataset/<version>`.
        dataset: Dataset name (lowercase, `-` allowed).
        created: ISO 8601 creation time for datapackage.json, derived by the caller from
            SOURCE_DATE_EPOCH or the inputs, never the wall clock. Omitted when None.
        sources: Data Package `sources` entries.
        manifest: The run manifest (accounting of every input), written as manifest.json.

    Returns:
        `published` with the new version, `up-to-date` when the content equals the latest
        release, or `blocked` when the report is invalid. Only `published` writes files.

    Raises:
        PackageError: The version directory already exists, or the previous release
            cannot be read.
    """
    dataset_dir = dist_dir / dataset
    if not report.valid:
        return PublishResult("blocked", None, None, read_latest(dataset_dir), None,
                             f"Not published: {len(report.failed)} of {len(report.checks)} "
                             "quality checks failed; nothing was written.")
    previous, diff = _plan(dataset_dir, tables)
    change = diff.change if diff else None
    if previous is not None and change is None:
        return PublishResult("up-to-date", previous, dataset_dir / previous, previous, None,
                             f"{dataset} {previous} is up to date; nothing was published.")
    version = FIRST_VERSION if previous is None else bump_version(previous, change or "patch")
    counts = {name: df.height for name, df in tables.items()}
    entry = changelog_entry(version, previous, created, diff, counts)
    path = _publish(dataset_dir, version, lambda temp: _write_version(
        temp, tables, report, dataset=dataset, version=version, created=created,
        sources=sources or [], changelog=entry, manifest=manifest))
    _update_dataset_files(dataset_dir, version, entry)
    against = f" ({change} change against {previous})" if previous else " (first release)"
    return PublishResult("published", version, path, previous, change,
                         f"Published {dataset} {version}{against} to {path}.")
