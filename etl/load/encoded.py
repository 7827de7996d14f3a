"""A table's rows encoded as the release takes them: NDJSON lines, CSV rows, record hashes.

In a run the workers encode the rows of the tables they build for a chunk (`encode_rows`),
and the main process only hashes the chunks' bytes and appends them to the CSV files, in
order (`join_rows`): it no longer formats every row twice, once for the CSV file and once
for the content hash. Both formats are row by row, so the bytes of chunks one after
another are the bytes of their rows in one table.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from etl.load.writers import csv_rows

if TYPE_CHECKING:
    import polars as pl


@dataclass
class EncodedRows:
    """The rows of one table (or of one chunk of it), encoded; the bytes are in pieces, in order."""

    rows: int
    ndjson: list[bytes]  # `ndjson_lines`: what the content hash is taken of
    csv: list[bytes] | None = None  # `csv_rows`, no header (flat tables only)
    record_hashes: pl.DataFrame | None = None  # `record_hashes` (the records table only)


def encode_rows(name: str, df: pl.DataFrame) -> EncodedRows:
    """The rows of table `name` as its CSV file, its content hash and its record hashes take them."""
    from etl.load.frames import TABLES
    from etl.load.versioning import ndjson_lines, record_hashes

    lines = ndjson_lines(df) if df.height else b""
    return EncodedRows(df.height, [lines], csv=None if TABLES[name].nested else [csv_rows(df)],
                       record_hashes=record_hashes(df, lines) if name == "records" else None)


def join_rows(parts: Sequence[EncodedRows]) -> EncodedRows:
    """The encoded rows of consecutive chunks of a table, as one table's (the pieces are not
    copied into one: a batch's records are megabytes).

    Examples:
        >>> join_rows([EncodedRows(1, [b"a\\n"], [b"a\\n"]), EncodedRows(2, [b"b\\nc\\n"], [b"b\\nc\\n"])])
        EncodedRows(rows=3, ndjson=[b'a\\n', b'b\\nc\\n'], csv=[b'a\\n', b'b\\nc\\n'], record_hashes=None)
    """
    import polars as pl

    if len(parts) == 1:
        return parts[0]
    hashes = [part.record_hashes for part in parts if part.record_hashes is not None]
    return EncodedRows(
        sum(part.rows for part in parts), [piece for part in parts for piece in part.ndjson],
        csv=None if any(part.csv is None for part in parts)
        else [piece for part in parts for piece in part.csv or []],
        record_hashes=pl.concat(hashes) if hashes else None)
