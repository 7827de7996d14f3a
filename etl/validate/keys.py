"""Keys seen in earlier batches, kept on disk: a run's uniqueness checks in bounded memory.

A single-column key (documents.doc_id, records.doc_id, quarantine.ordinal...) must be
unique across the whole run, not only within a batch. Holding every key in memory grows
with the corpus (a 64-character doc_id is ~80 bytes in a polars Series: 16 MB per 100k
articles for the two doc_id columns); here the keys go to a private temporary SQLite
database, which SQLite deletes when the connection closes, with a bounded page cache.

Example:
    keys = KeyIndex()
    keys.repeated("documents", "doc_id", batch1["doc_id"])  # all False
    keys.repeated("documents", "doc_id", batch2["doc_id"])  # True where batch1 had the value
    keys.close()
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import polars as pl

_CACHE_KIB = 1024  # SQLite page cache, whatever the corpus size
_QUERY_VALUES = 500  # bound parameters per query (SQLite allows 32,766)


class KeyIndex:
    """The values of each single-column key seen in earlier batches, by (table, column)."""

    def __init__(self) -> None:
        self._db: sqlite3.Connection | None = None

    def _connection(self) -> sqlite3.Connection:
        if self._db is None:
            # "" is SQLite's private temporary database: on disk, deleted on close.
            self._db = sqlite3.connect("")
            self._db.executescript(f"""
                PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;
                PRAGMA cache_size = -{_CACHE_KIB};
                CREATE TABLE keys (name TEXT, value, PRIMARY KEY (name, value)) WITHOUT ROWID;
            """)
        return self._db

    def repeated(self, table: str, column: str, values: pl.Series) -> pl.Series:
        """Mark the values seen in an earlier call for (table, column); then remember these.

        Nulls are never keys: they are neither marked nor remembered (their mark is null).
        """
        import polars as pl

        name = f"{table}.{column}"
        new = values.drop_nulls().unique(maintain_order=True).to_list()
        db = self._connection()
        seen: list[Any] = []
        for start in range(0, len(new), _QUERY_VALUES):
            part = new[start : start + _QUERY_VALUES]
            marks = ",".join("?" * len(part))
            seen += [row[0] for row in db.execute(
                f"SELECT value FROM keys WHERE name = ? AND value IN ({marks})", [name, *part])]
        db.executemany("INSERT OR IGNORE INTO keys VALUES (?, ?)", [(name, v) for v in new])
        return values.is_in(pl.Series(values.name, seen, dtype=values.dtype).implode())

    def close(self) -> None:
        """Close the database (SQLite deletes it)."""
        if self._db is not None:
            self._db.close()
            self._db = None

    def __del__(self) -> None:
        self.close()
