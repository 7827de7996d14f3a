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
# One row group per file at our sizes; fixed so the bytes do not depend on heuristics.
PARQUET_ROW_GROUP_SIZE = 1_000_000


def dumps_json(data: Any) -> str:
    """Serialise `data` as stable JSON: sorted keys, two-space indent, trailing newline.

    Examples:
        >>> dumps_json({"b": 1, "a": "é"})
        '{\\n  "a": "é",\\n  "b": 1\\n}\\n'
    """
    return json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def sha256_file(path: Path) -> str:
    """Return the hex SHA-256 of the file at `path`."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_text(path: Path, text: str) -> Path:
    """Write `text` as UTF-8 with `\\n` newlines."""
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
    return path


def write_json(path: Path, data: Any) -> Path:
    """Write `data` as stable JSON (see `dumps_json`)."""
    return write_text(path, dumps_json(data))


def write_parquet(path: Path, df: pl.DataFrame) -> Path:
    """Write `df` as Parquet: zstd at a fixed level, statistics on, one row group."""
    df.write_parquet(
        path,
        compression=PARQUET_COMPRESSION,
        compression_level=PARQUET_COMPRESSION_LEVEL,
        statistics=True,
        row_group_size=PARQUET_ROW_GROUP_SIZE,
    )
    return path


def write_csv(path: Path, df: pl.DataFrame) -> Path:
    """Write `df` as RFC 4180 CSV: UTF-8, header, ISO dates, `\\n` line endings."""
    df.write_csv(path, include_header=True, separator=",", line_terminator="\n",
                 quote_style="necessary", date_format="%Y-%m-%d", null_value="")
    return path


def write_checksums(directory: Path, *, name: str = "SHA256SUMS") -> Path:
    """Write a `sha256sum -c` compatible list of every other file in `directory`, sorted."""
    files = sorted(p.name for p in directory.iterdir() if p.is_file() and p.name != name)
    lines = [f"{sha256_file(directory / file)}  {file}\n" for file in files]
    return write_text(directory / name, "".join(lines))


def make_temp_dir(parent: Path, prefix: str) -> Path:
    """Create an empty working directory `parent/<prefix><pid>` beside the final target."""
    parent.mkdir(parents=True, exist_ok=True)
    path = parent / f"{prefix}{os.getpid()}"
    if path.exists():
        shutil.rmtree(path)
    path.mkdir()
    return path


def remove_dir(path: Path) -> None:
    """Remove a working directory (after a failed build)."""
    shutil.rmtree(path, ignore_errors=True)


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
