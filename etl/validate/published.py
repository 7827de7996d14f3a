"""Re-check a published version directory: checksums, datapackage.json, then the gate.

The gate runs on the tables batch by batch (`Gate`), as in a run: a batch is the next
`VALIDATE_BATCH_SIZE` documents with the rows of every other table that have their doc_ids
(each table is in document order), read a row group at a time, so memory is bounded by a
batch and a row group, not the release. The report is the one `check_tables` gives on the
whole tables. What needs more than a batch is counted beforehand on disk (`_KeyCounts`):
the single-column keys (documents.doc_id, records.doc_id, quarantine and duplicates
ordinals), whose every repeated row is a failure, wherever its twin is. A package laid out
otherwise (a doc_id twice in documents, rows out of document order, the same unknown doc_id
in two batches, an unreadable documents table) is checked on the whole tables, to keep
the report exact: only a damaged package takes that memory.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from etl.errors import PackageError
from etl.validate.keys import KeyIndex
from etl.validate.report import CheckResult, QualityReport, failure, passed

if TYPE_CHECKING:
    import polars as pl

PACKAGE = "package"
VALIDATE_BATCH_SIZE = 256  # documents per gate batch, as in a run
_QUERY_VALUES = 500  # bound parameters per SQLite query


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


def _resources(path: Path) -> list[dict[str, Any]]:
    """The resources of the release's datapackage.json (raises OSError, ValueError, KeyError,
    TypeError when it cannot be read)."""
    descriptor = json.loads((path / "datapackage.json").read_text(encoding="utf-8"))
    return cast(list[dict[str, Any]], descriptor["resources"])


def check_descriptor(path: Path) -> CheckResult:
    """Check that every resource in datapackage.json has its declared bytes and hash."""
    try:
        resources = _resources(path)
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


def _readable(table: str, files: list[Path], rows: int, since: Since | None = None) -> CheckResult:
    more = f" and {len(files) - 1} more parts" if len(files) > 1 else ""
    note = f"; {since.note()}" if since else ""
    return passed(table, "readable", f"{files[0].name}{more}: {rows} rows{note}")


def declared_columns(path: Path) -> dict[str, set[str]]:
    """Table name -> the columns the release's datapackage.json declares (its CSV resources)."""
    try:
        return {resource["name"]: {f["name"] for f in resource["schema"]["fields"]}
                for resource in _resources(path) if "schema" in resource}
    except (OSError, ValueError, KeyError, TypeError):
        return {}


class Since:
    """How to read a table of an earlier release as the current contract describes it.

    The contract grows by optional columns and by fields inside nested columns (MINOR
    versions). A release made before sees them as absent; they are read as null, so the
    gate checks an old release by today's rules instead of calling it broken. Only columns
    the release's own datapackage.json does not declare are filled: a column it declares
    but lacks is damage, and the schema check reports it.

    Example:
        >>> import polars as pl
        >>> old = pl.DataFrame({"doc_id": ["d"], "actor_id": ["person:x"], "ordinal": [0],
        ...                     "start": [0], "end": [1], "text": ["X"]})
        >>> since = Since.of("mentions", old.schema, {"doc_id", "actor_id", "ordinal", "start", "end", "text"})
        >>> since.added
        ['role', 'role_start', 'role_end']
        >>> since.apply(old).columns[-3:]
        ['role', 'role_start', 'role_end']
    """

    def __init__(self, table: str, added: list[str], widened: list[str]) -> None:
        self.table, self.added, self.widened = table, added, widened

    @classmethod
    def of(cls, table: str, schema: pl.Schema, declared: set[str] | None) -> Since | None:
        """What `table` (read with `schema`) lacks of today's contract; None when nothing."""
        from etl.load import table_specs
        from etl.load.versioning import widens

        spec = table_specs()[table]
        added = [c.name for c in spec.columns if c.name not in schema and not c.required
                 and declared is not None and c.name not in declared]
        widened = [name for name, dtype in spec.schema.items()
                   if name in schema and schema[name] != dtype and widens(str(schema[name]), str(dtype))]
        return cls(table, added, widened) if added or widened else None

    def apply(self, df: pl.DataFrame) -> pl.DataFrame:
        """`df` with the added columns as nulls and the nested columns cast (fields by name)."""
        import polars as pl

        from etl.load import table_specs

        expected = table_specs()[self.table].schema
        df = df.with_columns([pl.lit(None, dtype=expected[c]).alias(c) for c in self.added]
                             + [pl.col(c).cast(expected[c]) for c in self.widened])
        return df.select([c for c in expected if c in df.columns]
                         + [c for c in df.columns if c not in expected])

    def note(self) -> str:
        parts = [f"{', '.join(self.added)} added since this release, read as null"] if self.added else []
        parts += [f"fields added since inside {', '.join(self.widened)}"] if self.widened else []
        return "; ".join(parts)


def read_parquet_tables(path: Path) -> tuple[dict, list[CheckResult]]:
    """Read every expected table's Parquet files (all parts); an unreadable file is a failed check."""
    import polars as pl

    from etl.load import table_specs
    from etl.load.writers import parquet_tables

    parts = parquet_tables(path)
    declared = declared_columns(path)
    tables, checks = {}, []
    for name in table_specs():
        files = parts.get(name, [path / f"{name}.parquet"])
        frames = []
        try:
            for file in files:
                frames.append(pl.read_parquet(file))
        except Exception as e:  # noqa: BLE001 - corrupt bytes raise many different errors
            checks.append(failure(name, "readable", f"cannot read {file.name}: {_reason(e)}",
                                  count=1))
            continue
        tables[name] = pl.concat(frames) if len(frames) > 1 else frames[0]
        since = Since.of(name, tables[name].schema, declared.get(name))
        if since:
            tables[name] = since.apply(tables[name])
        checks.append(_readable(name, files, tables[name].height, since))
    return tables, checks


def _reason(e: BaseException) -> str:
    return str(e).splitlines()[0] if str(e) else type(e).__name__


def _read_error(file: Path) -> str | None:
    """The first line of polars' error on reading `file` whole (the `readable` message), or
    None if polars reads it (only at a failure, so the message is the whole-table read's)."""
    import polars as pl

    try:
        pl.read_parquet(file)
    except Exception as e:  # noqa: BLE001 - corrupt bytes raise many different errors
        return _reason(e)
    return None


def validate_package(path: Path, *, batch_size: int = VALIDATE_BATCH_SIZE) -> QualityReport:
    """Re-check a published version directory, as CI does with `etl validate PATH`.

    Args:
        path: A version directory, e.g. `dist/news-records/1.0.0`.
        batch_size: Documents per gate batch (memory is bounded by a batch; the report does
            not depend on it).

    Returns:
        A report: checksums, datapackage.json bytes and hashes, readable Parquet files,
        then the full quality gate on the tables that could be read: the same report as
        `check_tables` on the whole tables, computed batch by batch.

    Raises:
        PackageError: `path` is not a directory.
    """
    if not path.is_dir():
        raise PackageError("Cannot validate a package: not a directory", path,
                           "Pass a version directory such as dist/news-records/1.0.0.")
    report = QualityReport([check_checksums(path), check_descriptor(path)])
    try:
        readable, checks = _stream_tables_report(path, batch_size)
    except _Irregular:
        return validate_whole_package(path, report)
    report.extend(readable)
    return report.extend(checks)


def validate_whole_package(path: Path, report: QualityReport | None = None) -> QualityReport:
    """`validate_package` on the tables read whole (memory grows with the release)."""
    from etl.validate.gate import check_tables

    if report is None:
        report = QualityReport([check_checksums(path), check_descriptor(path)])
    tables, readable = read_parquet_tables(path)
    report.extend(readable)
    return report.extend(check_tables(tables).checks)


class _Irregular(Exception):
    """The package is not laid out as a release is: batches would not give the whole report."""


class _Unreadable(Exception):
    def __init__(self, table: str, file: Path) -> None:
        super().__init__(table, file)
        self.table, self.file = table, file


class _KeyCounts(KeyIndex):
    """Every single-column key's values counted over the whole tables beforehand, on disk.

    `repeated` marks the values that occur more than once in the whole column, so a batch's
    key check finds every repeated row, as `is_duplicated` does on the whole table. For
    documents.doc_id it also keeps the batch of each doc_id's first row (`batch_of`).
    """

    def __init__(self) -> None:
        super().__init__()
        self._counts = sqlite3.connect("")  # private temporary database, deleted on close
        self._counts.executescript("""
            PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -4096;
            CREATE TABLE keys (name TEXT, value, n INTEGER, batch INTEGER,
                               PRIMARY KEY (name, value)) WITHOUT ROWID;
        """)

    def count(self, table: str, column: str, values: list[Any], batches: list[int]) -> None:
        """Add one slice of the column (in table order) with each row's batch."""
        self._counts.executemany(
            "INSERT INTO keys VALUES (?, ?, 1, ?) ON CONFLICT (name, value) DO UPDATE SET n = n + 1",
            [(f"{table}.{column}", v, b) for v, b in zip(values, batches, strict=True)
             if v is not None])

    def any_repeated(self, table: str, column: str) -> bool:
        """Whether some value of the column occurs twice."""
        return self._counts.execute("SELECT 1 FROM keys WHERE name = ? AND n > 1 LIMIT 1",
                                [f"{table}.{column}"]).fetchone() is not None

    def _select(self, sql: str, name: str, values: list[Any]) -> list[tuple[Any, ...]]:
        rows: list[tuple[Any, ...]] = []
        for start in range(0, len(values), _QUERY_VALUES):
            part = values[start : start + _QUERY_VALUES]
            rows += self._counts.execute(sql.format(",".join("?" * len(part))), [name, *part])
        return rows

    def repeated(self, table: str, column: str, values: pl.Series) -> pl.Series:
        import polars as pl

        new = values.drop_nulls().unique(maintain_order=True).to_list()
        seen = [row[0] for row in self._select(
            "SELECT value FROM keys WHERE name = ? AND n > 1 AND value IN ({})",
            f"{table}.{column}", new)]
        return values.is_in(pl.Series(values.name, seen, dtype=values.dtype).implode())

    def batch_of(self, doc_id: Any) -> int | None:
        """The batch of the first documents row with `doc_id`; None if there is none."""
        if doc_id is None:
            return None
        row = self._counts.execute("SELECT batch FROM keys WHERE name = 'documents.doc_id' "
                               "AND value = ?", [doc_id]).fetchone()
        return None if row is None else int(row[0])

    def close(self) -> None:
        """Close the database (SQLite deletes it)."""
        self._counts.close()


class _Rows:
    """One table's rows in file order, read a row group at a time and handed out in slices."""

    def __init__(self, table: str, files: list[Path], declared: set[str] | None = None) -> None:
        import polars as pl
        import pyarrow.parquet as pq

        self.table, self.files = table, files
        self._file, self._group, self._open = 0, 0, cast(Any, None)
        with pq.ParquetFile(files[0]) as first:
            self.empty = pl.DataFrame(first.schema_arrow.empty_table())
        self.since = Since.of(table, self.empty.schema, declared)
        if self.since:
            self.empty = self.since.apply(self.empty)
        self.buffer = self.empty
        self.dangling: dict[Any, int] = {}  # doc_id in no document -> the batch it went to

    def _more(self) -> bool:
        """Append the next row group to the buffer; False at the end of the table."""
        import polars as pl
        import pyarrow.parquet as pq

        while self._file < len(self.files):
            file = self.files[self._file]
            try:
                if self._open is None:
                    self._open = pq.ParquetFile(file)
                if self._group < self._open.num_row_groups:
                    frame = pl.DataFrame(self._open.read_row_group(self._group))
                    if self.since:
                        frame = self.since.apply(frame)
                    self._group += 1
                    self.buffer = pl.concat([self.buffer, frame]) if self.buffer.height else frame
                    return True
            except Exception as e:  # noqa: BLE001 - corrupt bytes raise many different errors
                raise _Unreadable(self.table, file) from e
            self._open.close()
            self._open, self._file, self._group = None, self._file + 1, 0
        return False

    def _cut(self, rows: int) -> pl.DataFrame:
        head, self.buffer = self.buffer.head(rows), self.buffer.slice(rows)
        return head

    def take(self, rows: int) -> pl.DataFrame:
        """The next `rows` rows (fewer at the end)."""
        while self.buffer.height < rows and self._more():
            pass
        return self._cut(rows)

    def take_documents(self, doc_ids: pl.Series, batch: int, keys: _KeyCounts) -> pl.DataFrame:
        """The next rows whose doc_id is in `doc_ids` (batch `batch` of documents), with the
        rows between them whose doc_id is in no document. Raises `_Irregular` at a row of an
        earlier batch, or an unknown doc_id already met in another batch."""
        import polars as pl

        parts = []
        wanted = doc_ids.implode()
        while self.buffer.height or self._more():
            ids = self.buffer.get_column("doc_id")
            inside = ids.is_in(wanted).fill_null(False)
            if inside.all():
                parts.append(self._cut(self.buffer.height))
                continue
            first = int(inside.arg_min())  # type: ignore[arg-type]
            parts.append(self._cut(first))
            doc_id = ids[first]
            where = keys.batch_of(doc_id)
            if where is not None and where > batch:
                break  # the next batch's rows
            if where is not None or self.dangling.setdefault(doc_id, batch) != batch:
                raise _Irregular(f"{self.table}: doc_id {doc_id} out of document order")
            same = ids.slice(first).ne_missing(doc_id)
            run = int(same.arg_max()) if same.any() else same.len()  # type: ignore[arg-type]
            parts.append(self._cut(run))
        return pl.concat(parts) if parts else self.empty

    def close(self) -> None:
        if self._open is not None:
            self._open.close()


def _open_tables(path: Path, skip: dict[str, str]) -> tuple[dict[str, _Rows], list[CheckResult]]:
    """A reader per readable table, and the `readable` checks as `read_parquet_tables` gives
    them (`skip`: tables found unreadable while streaming, with polars' message)."""
    import pyarrow.parquet as pq

    from etl.load import table_specs
    from etl.load.writers import parquet_tables

    parts = parquet_tables(path)
    declared = declared_columns(path)
    readers, checks = {}, []
    for name in table_specs():
        files = parts.get(name, [path / f"{name}.parquet"])
        if name in skip:
            checks.append(failure(name, "readable", skip[name], count=1))
            continue
        rows = 0
        for file in files:
            try:
                with pq.ParquetFile(file) as parquet:
                    rows += parquet.metadata.num_rows
            except Exception:  # noqa: BLE001 - corrupt bytes raise many different errors
                reason = _read_error(file)
                if reason is None:  # polars reads what pyarrow cannot: read it whole
                    raise _Irregular(f"{file.name}: pyarrow cannot read it") from None
                checks.append(failure(name, "readable", f"cannot read {file.name}: {reason}",
                                      count=1))
                break
        else:
            readers[name] = _Rows(name, files, declared.get(name))
            checks.append(_readable(name, files, rows, readers[name].since))
    return readers, checks


def _count_keys(readers: dict[str, _Rows], batch_size: int) -> _KeyCounts:
    """Count the single-column keys of the whole tables (one column read at a time)."""
    import pyarrow.parquet as pq

    from etl.validate.gate import _suites

    keys = _KeyCounts()
    for name, reader in readers.items():
        columns = [str(e.kwargs["column"]) for e in _suites()[name]
                   if e.type == "ExpectColumnValuesToBeUnique"]
        for column in columns:
            row = 0
            for file in reader.files:
                try:
                    with pq.ParquetFile(file) as parquet:
                        if column not in parquet.schema_arrow.names:
                            break  # the schema check reports it
                        for part in parquet.iter_batches(batch_size=65_536, columns=[column]):
                            values = part.column(0).to_pylist()
                            keys.count(name, column, values,
                                       [(row + i) // batch_size for i in range(len(values))])
                            row += len(values)
                except _Irregular:
                    raise
                except Exception as e:  # noqa: BLE001 - corrupt bytes raise many different errors
                    raise _Unreadable(name, file) from e
    if "documents" in readers and keys.any_repeated("documents", "doc_id"):
        raise _Irregular("a doc_id is repeated in documents")
    return keys


def _stream_tables_report(path: Path, batch_size: int) -> tuple[list[CheckResult], list[CheckResult]]:
    """The `readable` checks and the gate's report, batch by batch (see the module)."""
    skip: dict[str, str] = {}
    while True:  # again without a table found unreadable midway, as a whole read skips it
        readers, readable = _open_tables(path, skip)
        try:
            return readable, _stream_gate(readers, batch_size).checks
        except _Unreadable as e:
            reason = _read_error(e.file)
            if reason is None:
                raise _Irregular(f"{e.file.name}: pyarrow cannot read it") from None
            skip[e.table] = f"cannot read {e.file.name}: {reason}"
        finally:
            for reader in readers.values():
                reader.close()


def _stream_gate(readers: dict[str, _Rows], batch_size: int) -> QualityReport:
    from etl.validate.gate import Gate

    if "documents" not in readers:
        raise _Irregular("documents is unreadable")
    keys = _count_keys(readers, batch_size)
    try:
        gate = Gate(keys=keys, sorted_counts=True)
        by_document = [name for name in readers if name not in ("documents", "quarantine",
                                                                 "duplicates")]
        for name in by_document:
            if "doc_id" not in readers[name].empty.columns:
                raise _Irregular(f"{name} has no doc_id")
        batch = 0
        while True:
            documents = readers["documents"].take(batch_size)
            tables = {"documents": documents}
            doc_ids = documents.get_column("doc_id")
            for name in by_document:
                tables[name] = readers[name].take_documents(doc_ids, batch, keys)
            for name in ("quarantine", "duplicates"):
                if name in readers:
                    tables[name] = readers[name].take(batch_size)
            if batch and not any(df.height for df in tables.values()):
                break
            gate.check({name: tables[name] for name in readers})
            batch += 1
        return gate.report()
    finally:
        keys.close()
