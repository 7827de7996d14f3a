"""Re-check a published version directory: checksums, datapackage.json, then the gate."""

from __future__ import annotations

import json
from pathlib import Path

from etl.errors import PackageError
from etl.validate.report import CheckResult, QualityReport, failure, passed

PACKAGE = "package"


def _sha256(directory: Path, names: list[str]) -> str:
    from etl.load.writers import sha256_files

    return sha256_files([directory / name for name in names])


def check_checksums(path: Path) -> CheckResult:
    """Check SHA256SUMS: every listed file exists with that hash, and no file is unlisted."""
    sums = path / "SHA256SUMS"
    if not sums.is_file():
        return failure(PACKAGE, "checksums", "SHA256SUMS is missing", count=1)
    listed: dict[str, str] = {}
    for line in sums.read_text(encoding="utf-8").splitlines():
        digest, _, name = line.partition("  ")
        listed[name.lstrip("*")] = digest
    problems = [f"{name}: missing" for name in sorted(listed) if not (path / name).is_file()]
    problems += [f"{name}: sha256 differs from SHA256SUMS" for name in sorted(listed)
                 if (path / name).is_file() and _sha256(path, [name]) != listed[name]]
    present = sorted(p.name for p in path.iterdir() if p.is_file() and p.name != sums.name)
    problems += [f"{name}: not listed in SHA256SUMS" for name in present if name not in listed]
    if problems:
        return failure(PACKAGE, "checksums", f"{len(problems)} files fail SHA256SUMS: "
                       + "; ".join(problems), problems)
    return passed(PACKAGE, "checksums", f"all {len(listed)} files match SHA256SUMS")


def check_descriptor(path: Path) -> CheckResult:
    """Check that every resource in datapackage.json has its declared bytes and hash."""
    try:
        descriptor = json.loads((path / "datapackage.json").read_text(encoding="utf-8"))
        resources = descriptor["resources"]
    except (OSError, ValueError, KeyError, TypeError) as e:
        return failure(PACKAGE, "datapackage", f"cannot read datapackage.json: {e}", count=1)
    problems = []
    for resource in resources:
        # A multipart resource (a list of paths): bytes and hash of the parts one after another.
        names = resource["path"] if isinstance(resource["path"], list) else [resource["path"]]
        label = ", ".join(names)
        missing = [name for name in names if not (path / name).is_file()]
        if missing:
            problems += [f"{name}: missing" for name in missing]
            continue
        size = sum((path / name).stat().st_size for name in names)
        if "bytes" in resource and size != resource["bytes"]:
            problems.append(f"{label}: {size} bytes, datapackage.json says {resource['bytes']}")
        if "hash" in resource and f"sha256:{_sha256(path, names)}" != resource["hash"]:
            problems.append(f"{label}: hash differs from datapackage.json")
    if problems:
        return failure(PACKAGE, "datapackage", f"{len(problems)} resources do not match "
                       "datapackage.json: " + "; ".join(problems), problems)
    return passed(PACKAGE, "datapackage", f"all {len(resources)} resources match their "
                  "bytes and hash")


def read_parquet_tables(path: Path) -> tuple[dict, list[CheckResult]]:
    """Read every expected table's Parquet files (all parts); an unreadable file is a failed check."""
    import polars as pl

    from etl.load import table_specs
    from etl.load.writers import parquet_tables

    parts = parquet_tables(path)
    tables, checks = {}, []
    for name in table_specs():
        files = parts.get(name, [path / f"{name}.parquet"])
        frames = []
        try:
            for file in files:
                frames.append(pl.read_parquet(file))
        except Exception as e:  # noqa: BLE001 - corrupt bytes raise many different errors
            reason = str(e).splitlines()[0] if str(e) else type(e).__name__
            checks.append(failure(name, "readable", f"cannot read {file.name}: {reason}",
                                  count=1))
            continue
        tables[name] = pl.concat(frames) if len(frames) > 1 else frames[0]
        more = f" and {len(files) - 1} more parts" if len(files) > 1 else ""
        checks.append(passed(name, "readable", f"{files[0].name}{more}: {tables[name].height} rows"))
    return tables, checks


def validate_package(path: Path) -> QualityReport:
    """Re-check a published version directory, as CI does with `etl validate PATH`.

    Args:
        path: A version directory, e.g. `dist/news-records/1.0.0`.

    Returns:
        A report: checksums, datapackage.json bytes and hashes, readable Parquet files,
        then the full quality gate (`check_tables`) on the tables that could be read.

    Raises:
        PackageError: `path` is not a directory.
    """
    from etl.validate.gate import check_tables

    if not path.is_dir():
        raise PackageError("Cannot validate a package: not a directory", path,
                           "Pass a version directory such as dist/news-records/1.0.0.")
    report = QualityReport([check_checksums(path), check_descriptor(path)])
    tables, readable = read_parquet_tables(path)
    report.extend(readable)
    return report.extend(check_tables(tables).checks)
