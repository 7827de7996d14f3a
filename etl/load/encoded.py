"""A table's rows encoded as the release takes them: NDJSON lines and record hashes.

In a run the workers encode the rows of the `records` table they build for a chunk
(`encode_rows`), and the main process only hashes the chunks' bytes, in order
(`join_rows`). NDJSON is written row by row, so the lines of chunks one after another are
the lines of their rows in one table.

Only `records`: its nested rows are the costliest to write (0.04 ms per article) and its
record hashes come from the same lines (0.03 ms). The flat tables' rows cost the main
process as much to receive as to write (0.06 ms per article for their NDJSON and CSV): with
them sent too it spent 0.81 ms of CPU per article, as with `records` only (0.82, within
the noise), and the workers 0.08 ms more; with nothing sent 0.885 (10,000 generated
articles, extraction cached, local executor, 2 workers, alternating runs).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import polars as pl

# The tables whose rows the workers encode.
ENCODED_TABLES = ("records",)


@dataclass
class EncodedRows:
    """The rows of one table (or of one chunk of it), encoded; the bytes are in pieces, in order."""

    rows: int
    ndjson: list[bytes]  # `ndjson_lines`: what the content hash is taken of
    record_hashes: pl.DataFrame | None = None  # `record_hashes` (the records table only)


def encode_rows(name: str, df: pl.DataFrame) -> EncodedRows:
    """The rows of table `name` as its content hash and record hashes take them."""
    from etl.load.versioning import ndjson_lines, record_hashes

    lines = ndjson_lines(df) if df.height else b""
    return EncodedRows(df.height, [lines],
                       record_hashes=record_hashes(df, lines) if name == "records" else None)


def join_rows(parts: Sequence[EncodedRows]) -> EncodedRows:
    """The encoded rows of consecutive chunks of a table, as one table's (the pieces are not
    copied into one: a batch's records are megabytes).

    Examples:
        >>> join_rows([EncodedRows(1, [b"a\\n"]), EncodedRows(2, [b"b\\nc\\n"])])
        EncodedRows(rows=3, ndjson=[b'a\\n', b'b\\nc\\n'], record_hashes=None)
    """
    import polars as pl

    if len(parts) == 1:
        return parts[0]
    hashes = [part.record_hashes for part in parts if part.record_hashes is not None]
    return EncodedRows(sum(part.rows for part in parts),
                       [piece for part in parts for piece in part.ndjson],
                       record_hashes=pl.concat(hashes) if hashes else None)
