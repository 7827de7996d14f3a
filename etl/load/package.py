"""Publish a versioned, immutable, atomic dataset package: `dist/<dataset>/<version>/`.

Tables are written batch by batch (`PackageBuilder`), so a release of any size is built
in bounded memory; `load_package` is the one-batch form.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import polars as pl

from etl.config import DATASET_LICENSE, DATASET_TITLE
from etl.errors import PackageError
from etl.load import writers
from etl.load.datacard import render_datacard
from etl.load.descriptor import build_descriptor, table_schema
from etl.load.encoded import EncodedRows
from etl.load.frames import FLAT_TABLES, TABLES
from etl.load.result import PublishResult
from etl.load.versioning import (
    FIRST_VERSION,
    Diff,
    ReleaseSummary,
    bump_version,
    changed_table_schemas,
    changelog_entry,
    diff_summaries,
    summarize_release,
)

LATEST = "latest.json"
CHANGELOG = "CHANGELOG.md"
CONTENT_HASHES = "content_hashes.json"


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
        Table name -> DataFrame for every `<table>.parquet` in the directory (with its
        `.part-NNNNN` files), in the order of the current table specs, then by name.

    Raises:
        PackageError: The directory has no Parquet files or one cannot be read.
    """
    files = writers.parquet_tables(path)
    if not files:
        raise PackageError("No Parquet tables found", path,
                           "Pass a version directory such as dist/news-records/1.0.0.")
    order = [name for name in TABLES if name in files] + sorted(set(files) - set(TABLES))
    tables = {}
    for name in order:
        try:
            tables[name] = pl.read_parquet(files[name])
        except Exception as e:
            raise PackageError(f"Cannot read table {name}: {e}", files[name][0],
                               "Run `etl validate` on the directory to see what is wrong.") from e
    return tables


class PackageBuilder:
    """Write a release's tables batch by batch into a working directory beside the dataset.

    Tables are streamed to Parquet (fixed-size row groups) and CSV while their content
    hashes are computed; `finish` then decides the version from those hashes and the
    previous release's, and either moves the directory into place or removes it. Nothing
    is visible under `dist_dir/dataset/` until then.
    """

    def __init__(self, *, dist_dir: Path, dataset: str) -> None:
        self.dataset_dir = dist_dir / dataset
        self._created_dataset_dir = not self.dataset_dir.exists()
        self.directory = writers.make_temp_dir(self.dataset_dir, ".tmp-build-")
        self.summary = ReleaseSummary()
        self._parquet: dict[str, writers.ParquetTableWriter] = {}
        self._csv: dict[str, writers.CsvTableWriter] = {}
        self._closed = False

    def _open(self, name: str, schema: pl.Schema) -> None:
        size = writers.PARQUET_ROW_GROUP_SIZES.get(name, writers.PARQUET_ROW_GROUP_SIZE)
        self._parquet[name] = writers.ParquetTableWriter(
            self.directory / f"{name}.parquet", schema, row_group_size=size)
        if name in FLAT_TABLES:
            self._csv[name] = writers.CsvTableWriter(self.directory / f"{name}.csv", schema)
        self.summary.start(name, schema)

    def write(self, tables: dict[str, pl.DataFrame], encoded: dict[str, EncodedRows] | None = None,
              ) -> None:
        """Append one batch of every table (as built by `build_tables`).

        A table's first batch fixes its columns; later batches must have the same schema.
        `encoded`: the rows of some of the tables encoded already (`encode_rows`, by the
        workers in a run), which are then not formatted again.
        """
        for name, df in tables.items():
            if name not in self._parquet:
                self._open(name, df.schema)
            elif df.schema != self._parquet[name].schema:
                raise PackageError(f"Table {name} changed columns between batches", self.directory,
                                   "Build every batch with `build_tables`.")
            rows = (encoded or {}).get(name)
            if rows is not None and rows.rows != df.height:
                raise PackageError(f"Table {name} has {df.height} rows but {rows.rows} encoded rows",
                                   self.directory, "Encode each batch's rows from its tables.")
            self._parquet[name].write(df)
            if name in self._csv:
                self._csv[name].write(df)
            self.summary.add(name, df, rows)

    def _close(self) -> None:
        if self._closed:
            return
        self._closed = True
        for name, spec in TABLES.items():
            if name not in self.summary.schemas:  # a table that received no batch is empty
                self._open(name, spec.schema)
        for parquet in self._parquet.values():
            parquet.close()
        for csv in self._csv.values():
            csv.close()

    def abort(self) -> None:
        """Close and remove the working directory."""
        self._close()
        writers.remove_dir(self.directory)
        if self._created_dataset_dir:
            writers.remove_empty_dir(self.dataset_dir)

    def finish(self, report: Any, *, created: str | None = None,
               sources: list[dict[str, Any]] | None = None,
               manifest: dict[str, Any] | None = None) -> PublishResult:
        """Publish what was written as the next version, if the gate passed and data changed.

        See `load_package` for the arguments and the result.
        """
        try:
            return self._finish(report, created=created, sources=sources or [], manifest=manifest)
        finally:
            if self.directory.exists():
                self.abort()

    def _finish(self, report: Any, *, created: str | None, sources: list[dict[str, Any]],
                manifest: dict[str, Any] | None) -> PublishResult:
        self._close()
        dataset, dataset_dir = self.dataset_dir.name, self.dataset_dir
        if not report.valid:
            return PublishResult("blocked", None, None, read_latest(dataset_dir), None,
                                 f"Not published: {len(report.failed)} of {len(report.checks)} "
                                 "quality checks failed; nothing was written.")
        current = self.summary.finish()
        previous, diff = _plan(dataset_dir, current)
        change = diff.change if diff else None
        if previous is not None and change is None:
            return PublishResult("up-to-date", previous, dataset_dir / previous, previous, None,
                                 f"{dataset} {previous} is up to date; nothing was published.")
        version = FIRST_VERSION if previous is None else bump_version(previous, change or "patch")
        entry = changelog_entry(version, previous, created, diff, dict(current.counts))
        _write_metadata(self.directory, report, current, dataset=dataset, version=version,
                        created=created, sources=sources, changelog=entry, manifest=manifest)
        path = _publish(dataset_dir, version, self.directory)
        _update_dataset_files(dataset_dir, version, entry)
        against = f" ({change} change against {previous})" if previous else " (first release)"
        return PublishResult("published", version, path, previous, change,
                             f"Published {dataset} {version}{against} to {path}.")


def _write_metadata(directory: Path, report: Any, summary: ReleaseSummary, *, dataset: str,
                    version: str, created: str | None, sources: list[dict[str, Any]],
                    changelog: str, manifest: dict[str, Any] | None) -> None:
    parquet = writers.parquet_tables(directory)
    hashes = {}
    for name in summary.schemas:
        hashes[f"{name}.parquet"] = writers.sha256_files(parquet[name])
        if name in FLAT_TABLES:
            hashes[f"{name}.csv"] = writers.sha256_file(directory / f"{name}.csv")
    # SHA256SUMS takes the data files' hashes from here rather than reading them again (not
    # a multipart table's: its hash is of all its parts).
    hashed = {file: digest for file, digest in hashes.items()
              if not file.endswith(".parquet") or len(parquet[file.removesuffix(".parquet")]) == 1}
    descriptor = build_descriptor(directory, hashes, dataset=dataset, title=DATASET_TITLE,
                                  version=version, created=created, license=DATASET_LICENSE,
                                  sources=sources)
    writers.write_json(directory / "datapackage.json", descriptor)
    writers.write_text(directory / "README.md", render_datacard(
        summary.counts, title=DATASET_TITLE, dataset=dataset, version=version, created=created,
        license=DATASET_LICENSE, report=report,
        parts={name: [path.name for path in paths] for name, paths in parquet.items()}))
    writers.write_text(directory / "quality_report.json", report.to_json())
    writers.write_text(directory / CHANGELOG, changelog)
    if manifest is not None:
        writers.write_json(directory / "manifest.json", manifest)
    # What the next run diffs against, so that it never has to re-read these tables.
    writers.write_json(directory / CONTENT_HASHES, {"tables": summary.hashes})
    writers.write_checksums(directory, hashed=hashed)


def _stored_hashes(path: Path) -> dict[str, str]:
    try:
        stored = json.loads((path / CONTENT_HASHES).read_text(encoding="utf-8"))
        return {str(k): str(v) for k, v in stored.get("tables", {}).items()}
    except (OSError, ValueError, AttributeError):
        return {}


def _plan(dataset_dir: Path, current: ReleaseSummary) -> tuple[str | None, Diff | None]:
    previous = read_latest(dataset_dir)
    if previous is None:
        return None, None
    path = dataset_dir / previous
    if not any(path.glob("*.parquet")):
        raise PackageError("No Parquet tables found", path,
                           "Pass a version directory such as dist/news-records/1.0.0.")
    diff = diff_summaries(summarize_release(path, _stored_hashes(path)), current)
    diff.changed_schemas = changed_table_schemas(_published_schemas(path), _current_schemas())
    return previous, diff


def _published_schemas(path: Path) -> dict[str, Any]:
    """Table name -> Table Schema, from a release's datapackage.json ({} if unreadable)."""
    try:
        descriptor = json.loads((path / "datapackage.json").read_text(encoding="utf-8"))
        return {str(r["name"]): r["schema"] for r in descriptor.get("resources", []) if "schema" in r}
    except (OSError, ValueError, AttributeError, KeyError, TypeError):
        return {}


def _current_schemas() -> dict[str, Any]:
    """Table name -> the Table Schema this code publishes (as written to datapackage.json)."""
    return {name: json.loads(writers.dumps_json(table_schema(TABLES[name]))) for name in FLAT_TABLES}


def _publish(dataset_dir: Path, version: str, built: Path) -> Path:
    target = dataset_dir / version
    if target.exists():
        raise PackageError(f"Version {version} already exists; releases are immutable", target,
                           f"Point {LATEST} at the newest release or remove the stray directory.")
    return writers.rename_dir(built, target)


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

    The in-memory form of `PackageBuilder` (one batch).

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
    if not report.valid:
        dataset_dir = dist_dir / dataset
        return PublishResult("blocked", None, None, read_latest(dataset_dir), None,
                             f"Not published: {len(report.failed)} of {len(report.checks)} "
                             "quality checks failed; nothing was written.")
    builder = PackageBuilder(dist_dir=dist_dir, dataset=dataset)
    try:
        builder.write(tables)
    except BaseException:
        builder.abort()
        raise
    return builder.finish(report, created=created, sources=sources, manifest=manifest)
