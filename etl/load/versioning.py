"""Semantic versions decided from the diff with the previous release.

MAJOR: a table or column removed, or a column retyped (breaks readers).
MINOR: a table or column added, a field added inside a nested column (readers that name
the fields they read are unaffected), records added or removed (by doc_id), or a table's
published schema changed (constraints such as allowed values, keys, descriptions).
PATCH: values changed only. Identical content (by content hash) is no release at all.
"""

from __future__ import annotations

import functools
import hashlib
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import polars as pl

from etl.load.result import Change
from etl.load.writers import parquet_tables

if TYPE_CHECKING:
    from etl.load.encoded import EncodedRows

FIRST_VERSION = "1.0.0"


RECORD_HASH_BYTES = 8
# The changelog lists at most this many doc_ids per kind; the rest are counted.
MAX_LISTED_RECORDS = 1_000


def _schema_json(schema: pl.Schema) -> dict[str, str]:
    return {name: str(dtype) for name, dtype in schema.items()}


def ndjson_lines(df: pl.DataFrame) -> bytes:
    """The rows of `df` as NDJSON, UTF-8: one line per row, what the hashes are taken of.

    Written as bytes: `write_ndjson()` with no file decodes them to a str, which the
    hashes then had to encode again.
    """
    buffer = io.BytesIO()
    df.write_ndjson(buffer)
    return buffer.getvalue()


class ContentHasher:
    """SHA-256 of a table's schema and rows in order, fed one batch at a time.

    Rows are hashed as their NDJSON lines, so the hash does not depend on the file format
    or on how the rows were batched.
    """

    def __init__(self, schema: pl.Schema) -> None:
        self._digest = hashlib.sha256(json.dumps(_schema_json(schema)).encode())

    def update(self, df: pl.DataFrame) -> None:
        """Add the rows of `df`."""
        if df.height:
            self.update_lines(ndjson_lines(df))

    def update_lines(self, lines: bytes) -> None:
        """Add rows given as their `ndjson_lines`."""
        self._digest.update(lines)

    def hexdigest(self) -> str:
        """The hash of everything added so far."""
        return self._digest.hexdigest()


def content_hash(df: pl.DataFrame) -> str:
    """SHA-256 of a table's schema and rows in order, independent of the file format."""
    hasher = ContentHasher(df.schema)
    hasher.update(df)
    return hasher.hexdigest()


def record_hashes(records: pl.DataFrame, lines: bytes | None = None) -> pl.DataFrame:
    """doc_id -> short hash of that article's whole nested record (its NDJSON line).

    A frame of `doc_id` and a UInt64 `hash`: about 40 bytes a record, where a dict of
    strings to bytes took 150 (a million-record release diffs in 40 MB). `lines`: the
    table's `ndjson_lines`, if they were written already.
    """
    rows = (ndjson_lines(records) if lines is None else lines).splitlines()
    hashes = [int.from_bytes(hashlib.blake2b(row, digest_size=RECORD_HASH_BYTES).digest())
              for row in rows]
    return pl.DataFrame({"doc_id": records["doc_id"], "hash": hashes}, schema=_RECORD_HASHES)


_RECORD_HASHES = pl.Schema({"doc_id": pl.String(), "hash": pl.UInt64()})


class SpilledFrames:
    """Frames of one schema appended to an anonymous temporary file (an Arrow IPC stream).

    The record hashes of a release are needed only at its end, to diff it with the previous
    one; kept in memory they grew the run by ~40 bytes a record (40 MB a million). The file
    is deleted when it is closed or collected.
    """

    def __init__(self, schema: pl.Schema) -> None:
        self.schema = schema
        self._file: Any = None
        self._writer: Any = None
        self._read = False

    def append(self, df: pl.DataFrame) -> None:
        """Add the rows of `df` (only before the first `read`)."""
        import tempfile

        import pyarrow as pa

        if self._read:
            raise RuntimeError("SpilledFrames: append after read")
        table = df.to_arrow()
        if self._writer is None:
            self._file = tempfile.TemporaryFile()
            self._writer = pa.ipc.new_stream(self._file, table.schema)
        self._writer.write_table(table)

    def read(self) -> pl.DataFrame:
        """Every row appended, in order."""
        self._read = True
        if self._file is None:
            return pl.DataFrame(schema=self.schema)
        if self._writer is not None:
            self._writer.close()
            self._writer = None
        self._file.seek(0)
        return pl.read_ipc_stream(self._file)


@dataclass
class ReleaseSummary:
    """What the diff needs of a release: schemas, row counts, content hashes, record hashes.

    Built while the tables are written (`add`), or by streaming a published release
    (`summarize_release`); never the tables themselves.
    """

    schemas: dict[str, dict[str, str]] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    hashes: dict[str, str] = field(default_factory=dict)
    _records: SpilledFrames = field(default_factory=lambda: SpilledFrames(_RECORD_HASHES), repr=False)
    _hashers: dict[str, ContentHasher] = field(default_factory=dict, repr=False)

    @property
    def records(self) -> pl.DataFrame:
        """doc_id and record hash of every record, in table order (see `record_hashes`)."""
        return self._records.read()

    def start(self, name: str, schema: pl.Schema) -> None:
        """Register a table before its first batch."""
        self.schemas[name] = _schema_json(schema)
        self.counts[name] = 0
        self._hashers[name] = ContentHasher(schema)

    def add(self, name: str, df: pl.DataFrame, encoded: EncodedRows | None = None) -> None:
        """Account for one batch of a table; `encoded`: its rows encoded already (`encode_rows`).

        The NDJSON lines of `records` give both its content hash and its record hashes: the
        rows are written once (by the workers, in a run).
        """
        self.counts[name] += df.height
        pieces = encoded.ndjson if encoded is not None else [ndjson_lines(df) if df.height else b""]
        for lines in pieces:
            self._hashers[name].update_lines(lines)
        self.hashes[name] = self._hashers[name].hexdigest()
        if name == "records":
            hashes = encoded.record_hashes if encoded is not None else None
            self._records.append(hashes if hashes is not None else record_hashes(df, b"".join(pieces)))

    def finish(self) -> ReleaseSummary:
        """Freeze the hashes (also of tables that received no batch)."""
        self.hashes = {name: hasher.hexdigest() for name, hasher in self._hashers.items()}
        return self


def summarize_tables(tables: dict[str, pl.DataFrame]) -> ReleaseSummary:
    """The summary of in-memory tables."""
    summary = ReleaseSummary()
    for name, df in tables.items():
        summary.start(name, df.schema)
        summary.add(name, df)
    return summary.finish()


def summarize_release(path: Path, stored: dict[str, str] | None = None,
                      *, batch_rows: int = 1_024) -> ReleaseSummary:
    """Summarise a published version by streaming its Parquet files (all parts), a batch at a time.

    Args:
        path: The version directory.
        stored: Table -> content hash recorded at publication (manifest.json); tables
            missing from it are hashed from their files.
        batch_rows: Rows read at a time (bounds memory on large releases).
    """
    import pyarrow.parquet as pq

    stored = stored or {}
    summary = ReleaseSummary()
    for name, files in parquet_tables(path).items():
        summary.start(name, pl.Schema(pl.read_parquet_schema(files[0])))
        for file in files:
            parquet = pq.ParquetFile(file)
            if name in stored and name != "records":
                summary.counts[name] += parquet.metadata.num_rows
                continue
            for batch in parquet.iter_batches(batch_size=batch_rows):
                summary.add(name, pl.from_arrow(batch))  # type: ignore[arg-type]
    summary.finish()
    summary.hashes.update({k: v for k, v in stored.items() if k in summary.schemas})
    return summary


@dataclass
class Diff:
    """What changed between two releases."""

    added_tables: list[str] = field(default_factory=list)
    removed_tables: list[str] = field(default_factory=list)
    added_columns: list[str] = field(default_factory=list)
    removed_columns: list[str] = field(default_factory=list)
    retyped_columns: list[str] = field(default_factory=list)
    widened_columns: list[str] = field(default_factory=list)  # nested fields added, none removed
    # doc_ids, sorted: the first MAX_LISTED_RECORDS of each kind, and how many there are in
    # all (a million added records is a count, not a million strings in memory).
    added_records: list[str] = field(default_factory=list)
    removed_records: list[str] = field(default_factory=list)
    changed_records: list[str] = field(default_factory=list)
    record_counts: dict[str, int] = field(default_factory=dict)
    changed_tables: list[str] = field(default_factory=list)
    changed_schemas: list[str] = field(default_factory=list)
    counts: dict[str, tuple[int | None, int | None]] = field(default_factory=dict)

    @property
    def change(self) -> Change | None:
        """The semantic-version bump this diff calls for, or None when nothing changed."""
        if self.removed_tables or self.removed_columns or self.retyped_columns:
            return "major"
        if (self.added_tables or self.added_columns or self.widened_columns or self.added_records
                or self.removed_records or self.changed_schemas):
            return "minor"
        if self.changed_tables or self.changed_records:
            return "patch"
        return None


def diff_summaries(previous: ReleaseSummary, current: ReleaseSummary) -> Diff:
    """Compare two releases: schemas by column and dtype, contents by hash."""
    diff = Diff()
    diff.added_tables = sorted(set(current.schemas) - set(previous.schemas))
    diff.removed_tables = sorted(set(previous.schemas) - set(current.schemas))
    for name in sorted(set(previous.schemas) & set(current.schemas)):
        old, new = previous.schemas[name], current.schemas[name]
        diff.added_columns += [f"{name}.{c} ({new[c]})" for c in new if c not in old]
        diff.removed_columns += [f"{name}.{c} ({old[c]})" for c in old if c not in new]
        for c in (c for c in new if c in old and old[c] != new[c]):
            bucket = diff.widened_columns if widens(old[c], new[c]) else diff.retyped_columns
            bucket.append(f"{name}.{c} ({old[c]} -> {new[c]})")
        if previous.hashes.get(name) != current.hashes.get(name):
            diff.changed_tables.append(name)
    for name in sorted(set(previous.schemas) | set(current.schemas)):
        diff.counts[name] = (previous.counts.get(name), current.counts.get(name))
    if "records" in previous.schemas and "records" in current.schemas:
        old_docs, new_docs = previous.records, current.records
        both = new_docs.join(old_docs, on="doc_id", how="inner", suffix="_old")
        for kind, rows in [("added", new_docs.join(old_docs, on="doc_id", how="anti")),
                           ("removed", old_docs.join(new_docs, on="doc_id", how="anti")),
                           ("changed", both.filter(pl.col("hash") != pl.col("hash_old")))]:
            ids = rows.select(pl.col("doc_id").unique().sort())
            setattr(diff, f"{kind}_records", ids.head(MAX_LISTED_RECORDS)["doc_id"].to_list())
            diff.record_counts[kind] = ids.height
    return diff


@functools.cache
def _dtype_names() -> dict[str, type[pl.DataType]]:
    return {name: getattr(pl, name) for name in dir(pl.datatypes)
            if isinstance(getattr(pl, name, None), type) and issubclass(getattr(pl, name), pl.DataType)}


def _dtype(text: str) -> pl.DataType | None:
    """The polars dtype written as `str(dtype)` ("List(Struct({'start': Int64}))"), or None."""
    try:
        value = eval(text, {"__builtins__": {}}, _dtype_names())  # noqa: S307 - only dtype names are in scope
    except Exception:  # noqa: BLE001 - a dtype this polars cannot read is no widening
        return None
    return value if isinstance(value, pl.DataType) else None


def widens(old: str, new: str) -> bool:
    """Whether dtype `new` is `old` with fields added inside structs, and nothing else changed.

    Examples:
        >>> widens("List(Struct({'start': Int64}))", "List(Struct({'start': Int64, 'role': String}))")
        True
        >>> widens("Struct({'start': Int64})", "Struct({'start': String})")
        False
        >>> widens("Int64", "String")
        False
    """
    before, after = _dtype(old), _dtype(new)
    return before is not None and after is not None and before != after and _widens(before, after)


def _widens(old: Any, new: Any) -> bool:
    if isinstance(old, pl.Struct) and isinstance(new, pl.Struct):
        fields = {f.name: f.dtype for f in new.fields}
        return all(f.name in fields and _widens(f.dtype, fields[f.name]) for f in old.fields)
    if isinstance(old, (pl.List, pl.Array)) and type(old) is type(new):
        return _widens(old.inner, new.inner)
    return old == new


def changed_table_schemas(previous: dict[str, Any], current: dict[str, Any]) -> list[str]:
    """Tables present in both whose published Table Schema (fields, constraints, keys) differs.

    Args:
        previous, current: Table name -> Frictionless Table Schema, as in datapackage.json.

    Examples:
        >>> changed_table_schemas({"dates": {"fields": [1]}}, {"dates": {"fields": [1, 2]}})
        ['dates']
        >>> changed_table_schemas({"dates": {"fields": [1]}}, {"dates": {"fields": [1]}, "new": {}})
        []
    """
    return sorted(name for name in previous.keys() & current.keys() if previous[name] != current[name])


def diff_tables(previous: dict[str, pl.DataFrame], current: dict[str, pl.DataFrame]) -> Diff:
    """Compare two releases' tables held in memory (see `diff_summaries`)."""
    return diff_summaries(summarize_tables(previous), summarize_tables(current))


def bump_version(version: str, change: Change) -> str:
    """Return the next semantic version.

    Examples:
        >>> bump_version("1.2.3", "minor")
        '1.3.0'
    """
    major, minor, patch = (int(part) for part in version.split("."))
    if change == "major":
        return f"{major + 1}.0.0"
    if change == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def _section(title: str, items: list[str]) -> list[str]:
    return [f"### {title}", "", *[f"- {item}" for item in items], ""] if items else []


def _listed(verb: str, doc_ids: list[str], total: int) -> list[str]:
    shown = [f"{verb} {d}" for d in doc_ids[:MAX_LISTED_RECORDS]]
    if total > len(shown):
        shown.append(f"{verb} {total - len(shown)} more")
    return shown


def changelog_entry(version: str, previous: str | None, created: str | None,
                    diff: Diff | None, counts: dict[str, int]) -> str:
    """The CHANGELOG.md entry of one release (markdown, newest-first friendly)."""
    heading = f"## {version}" + (f" ({created})" if created else "")
    if previous is None or diff is None:
        lines = [heading, "", "First release.", ""]
        lines += ["### Counts", "", "| table | rows |", "| --- | ---: |"]
        lines += [f"| {name} | {n} |" for name, n in counts.items()]
        return "\n".join(lines) + "\n"
    lines = [heading, "", f"{(diff.change or 'no').capitalize()} change against {previous}.", ""]
    lines += _section("Schema", [f"added table {t}" for t in diff.added_tables]
                      + [f"removed table {t}" for t in diff.removed_tables]
                      + [f"added column {c}" for c in diff.added_columns]
                      + [f"removed column {c}" for c in diff.removed_columns]
                      + [f"retyped column {c}" for c in diff.retyped_columns]
                      + [f"added nested fields to column {c}" for c in diff.widened_columns]
                      + [f"changed table schema {t} (constraints or descriptions)"
                         for t in diff.changed_schemas])
    totals = {kind: diff.record_counts.get(kind, len(getattr(diff, f"{kind}_records")))
              for kind in ("added", "removed", "changed")}
    lines += _section("Records", _listed("added", diff.added_records, totals["added"])
                      + _listed("removed", diff.removed_records, totals["removed"])
                      + _listed("changed", diff.changed_records, totals["changed"]))
    lines += ["### Counts", "", f"| table | {previous} | {version} |", "| --- | ---: | ---: |"]
    lines += [f"| {name} | {'-' if old is None else old} | {'-' if new is None else new} |"
              for name, (old, new) in diff.counts.items()]
    return "\n".join(lines) + "\n"
