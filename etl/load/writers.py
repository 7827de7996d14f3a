"""Every file the project writes goes through this module (house rule: only writers write).

Writers are deterministic: the same frame or document gives the same bytes, and nothing
here reads the clock. Text files are UTF-8 with `\\n` line endings.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import polars as pl

PARQUET_COMPRESSION = "zstd"
PARQUET_COMPRESSION_LEVEL = 9
# Row groups hold a fixed number of rows, so the bytes depend on the data only, never on
# how the run was batched; the wide tables (whole texts) get smaller groups to bound memory.
PARQUET_ROW_GROUP_SIZE = 16_384
PARQUET_ROW_GROUP_SIZES = {"documents": 512, "records": 256}
# A Parquet writer holds the metadata of every row group it wrote (~1 KiB per column
# chunk) until it writes the footer, so one file per table grows the run's memory with
# the corpus: ~30 MiB at 100,000 articles, 300 MiB at a million. A table continues in a
# new part file after this many row groups: `records.parquet`, `records.part-00001.parquet`…
PARQUET_PART_ROW_GROUPS = 64
_PART = ".part-"


def dumps_json(data: Any) -> str:
    """Serialise `data` as stable JSON: sorted keys, two-space indent, trailing newline.

    Examples:
        >>> dumps_json({"b": 1, "a": "é"})
        '{\\n  "a": "é",\\n  "b": 1\\n}\\n'
    """
    return json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def sha256_file(path: Path) -> str:
    """Return the hex SHA-256 of the file at `path`."""
    return sha256_files([path])


def sha256_files(paths: list[Path]) -> str:
    """Return the hex SHA-256 of the files' bytes one after another (a multipart resource)."""
    digest = hashlib.sha256()
    for path in paths:
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    return digest.hexdigest()


def part_path(first: Path, index: int) -> Path:
    """The path of part `index` of the table whose first part is `first`.

    Examples:
        >>> part_path(Path("records.parquet"), 0).name
        'records.parquet'
        >>> part_path(Path("records.parquet"), 12).name
        'records.part-00012.parquet'
    """
    if index == 0:
        return first
    return first.with_name(f"{first.name.removesuffix('.parquet')}{_PART}{index:05d}.parquet")


def parquet_tables(directory: Path) -> dict[str, list[Path]]:
    """Table name -> its Parquet files in order (the first part, then `.part-NNNNN`), by name."""
    tables: dict[str, list[Path]] = {}
    for path in sorted(directory.glob("*.parquet")):
        tables.setdefault(path.name.removesuffix(".parquet").split(_PART)[0], []).append(path)
    return dict(sorted(tables.items()))


def write_text(path: Path, text: str) -> Path:
    """Write `text` as UTF-8 with `\\n` newlines."""
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
    return path


def write_json(path: Path, data: Any) -> Path:
    """Write `data` as stable JSON (see `dumps_json`)."""
    return write_text(path, dumps_json(data))


def write_parquet(path: Path, df: pl.DataFrame, *, row_group_size: int = PARQUET_ROW_GROUP_SIZE) -> Path:
    """Write `df` as Parquet: zstd at a fixed level, statistics on, fixed-size row groups."""
    writer = ParquetTableWriter(path, df.schema, row_group_size=row_group_size)
    writer.write(df)
    writer.close()
    return path


def write_csv(path: Path, df: pl.DataFrame) -> Path:
    """Write `df` as RFC 4180 CSV: UTF-8, header, ISO dates, `\\n` line endings."""
    writer = CsvTableWriter(path, df.schema)
    writer.write(df)
    writer.close()
    return path


class ParquetTableWriter:
    """Append frames to a table's Parquet files, in row groups of exactly `row_group_size` rows.

    At most one row group is buffered, and a file is closed after `part_row_groups` row
    groups (the next part continues the table; see `part_path`), so memory does not grow
    with the table. The bytes are the same however the rows were split across `write` calls.
    """

    def __init__(self, path: Path, schema: pl.Schema, *,
                 row_group_size: int = PARQUET_ROW_GROUP_SIZE,
                 part_row_groups: int | None = None) -> None:
        import polars as pl

        self.path, self.rows, self.row_group_size = path, 0, row_group_size
        self.part_row_groups = part_row_groups or PARQUET_PART_ROW_GROUPS
        self.schema = schema
        self.paths = [path]
        self._buffer: list[pl.DataFrame] = []
        self._buffered = 0
        self._groups = 0  # row groups in the current part
        self._arrow_schema = pl.DataFrame(schema=schema).to_arrow().schema
        self._writer = self._open(path)

    def _open(self, path: Path) -> Any:
        import pyarrow.parquet as pq

        return pq.ParquetWriter(path, self._arrow_schema, compression=PARQUET_COMPRESSION,
                                compression_level=PARQUET_COMPRESSION_LEVEL, write_statistics=True)

    def write(self, df: pl.DataFrame) -> None:
        """Buffer `df` and write every full row group."""
        if df.height:
            self._buffer.append(df)
            self._buffered += df.height
            self.rows += df.height
        while self._buffered >= self.row_group_size:
            self._flush(self.row_group_size)

    def _flush(self, rows: int) -> None:
        import polars as pl

        if self._groups == self.part_row_groups:  # only when more rows come: no empty parts
            self._writer.close()
            self.paths.append(part_path(self.path, len(self.paths)))
            self._writer, self._groups = self._open(self.paths[-1]), 0
        # One Arrow chunk per row group, always: pyarrow falls back from dictionary to plain
        # encoding (a dictionary over 1 MiB) at a point that depends on the chunks written,
        # so a frame made of several chunks gave other bytes than the same rows in one.
        whole = pl.concat(self._buffer, rechunk=True) if len(self._buffer) > 1 else self._buffer[0].rechunk()
        self._writer.write_table(whole.head(rows).to_arrow(), row_group_size=rows)
        self._groups += 1
        rest = whole.slice(rows)
        self._buffer, self._buffered = ([rest.rechunk()] if rest.height else []), rest.height

    def close(self) -> list[Path]:
        """Write the last (partial) row group and the footer; return the table's files."""
        if self._buffered:
            self._flush(self._buffered)
        elif self.rows == 0:
            import polars as pl

            self._writer.write_table(pl.DataFrame(schema=self.schema).to_arrow())
        self._writer.close()
        return self.paths


class CsvTableWriter:
    """Append frames to one CSV file (the header once, then rows as they come)."""

    def __init__(self, path: Path, schema: pl.Schema) -> None:
        import polars as pl

        self.path = path
        self._handle = path.open("wb")
        self._write(pl.DataFrame(schema=schema), header=True)

    def _write(self, df: pl.DataFrame, *, header: bool) -> None:
        df.write_csv(self._handle, include_header=header, separator=",", line_terminator="\n",
                     quote_style="necessary", date_format="%Y-%m-%d", null_value="")

    def write(self, df: pl.DataFrame) -> None:
        """Append the rows of `df`."""
        if df.height:
            self._write(df, header=False)

    def close(self) -> Path:
        """Close the file."""
        self._handle.close()
        return self.path


def write_checksums(directory: Path, *, name: str = "SHA256SUMS",
                    hashed: dict[str, str] | None = None) -> Path:
    """Write a `sha256sum -c` compatible list of every other file in `directory`, sorted.

    `hashed`: file name -> hex SHA-256 of files hashed already (the data files, whose
    hashes datapackage.json gives): they are not read again.
    """
    files = sorted(p.name for p in directory.iterdir() if p.is_file() and p.name != name)
    known = hashed or {}
    lines = [f"{known.get(file) or sha256_file(directory / file)}  {file}\n" for file in files]
    return write_text(directory / name, "".join(lines))


def make_temp_dir(parent: Path, prefix: str) -> Path:
    """Create an empty working directory `parent/<prefix><pid>` beside the final target.

    Working directories that a killed run left behind (their process is gone) are removed.
    """
    parent.mkdir(parents=True, exist_ok=True)
    for stale in parent.glob(f"{prefix}*"):
        pid = stale.name[len(prefix):]
        if pid.isdigit() and int(pid) != os.getpid() and not _running(int(pid)):
            shutil.rmtree(stale, ignore_errors=True)
    path = parent / f"{prefix}{os.getpid()}"
    if path.exists():
        shutil.rmtree(path)
    path.mkdir()
    return path


def _running(pid: int) -> bool:
    """Whether a process with this id exists (on this machine)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    return True


def remove_dir(path: Path) -> None:
    """Remove a working directory (after a failed build)."""
    shutil.rmtree(path, ignore_errors=True)


def remove_empty_dir(path: Path) -> None:
    """Remove `path` if it is an empty directory (a dataset folder made for a failed build)."""
    try:
        path.rmdir()
    except OSError:
        pass


def rename_dir(source: Path, target: Path) -> Path:
    """Move a finished directory into place atomically; fails if `target` exists."""
    if target.exists():
        raise FileExistsError(target)
    os.rename(source, target)
    return target


def replace_text(path: Path, text: str) -> Path:
    """Atomically replace `path` with `text` (write a temp file beside it, then os.replace)."""
    temp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    write_text(temp, text)
    os.replace(temp, path)
    return path
