"""The extraction cache: a re-run extracts only new or changed articles.

A candidate Record is stored under a key made of the article's content hash (doc_id), its
language hint, its URL (extraction reads the outlet's country), the reference date that
resolves its relative dates, and the extractor version: a hash of the etl and spaCy
versions, the reference tables' bytes and the source of the extraction code. Editing any of
those misses the whole cache, as it should.

Storage is one SQLite file (stdlib, one writer: the main process; each batch is one
transaction, so a crash never leaves a half-written entry).
"""

from __future__ import annotations

import functools
import hashlib
import os
import sqlite3
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from etl.config import PROJECT_DIR, REFERENCE_DIR

if TYPE_CHECKING:
    from etl.models import Article

# `.etl-cache/` in the project; ETL_CACHE_DIR or --cache-dir elsewhere.
DEFAULT_CACHE_DIR = Path(os.environ.get("ETL_CACHE_DIR", PROJECT_DIR / ".etl-cache"))
CACHE_FILE = "extract.sqlite3"
_EXTRACT_DIR = Path(__file__).resolve().parent
_MODELS = _EXTRACT_DIR.parent / "models.py"


@functools.cache
def extractor_version() -> str:
    """Hash of everything extraction results depend on besides the article itself."""
    import spacy

    from etl import __version__

    digest = hashlib.sha256(f"etl {__version__}\nspacy {spacy.__version__}\n".encode())
    # The record contract too: a field added to a model must not be served from old entries.
    sources = sorted(_EXTRACT_DIR.rglob("*.py")) + [_MODELS] + sorted(REFERENCE_DIR.glob("*.csv"))
    for path in sources:
        digest.update(f"{path.name}\n".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def cache_key(article: Article, doc_id: str, reference_date: date | None) -> str:
    """The key of one article's extraction: content, language hint, URL (its outlet's country
    types institutions, currencies and number formats), reference date, version."""
    from etl.ingest.metadata import reference_date_of

    effective = reference_date_of(article.published) or reference_date
    parts = [extractor_version(), doc_id, (article.language or "").lower(), article.url or "",
             effective.isoformat() if effective else ""]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


class ExtractCache:
    """Candidate Record JSON by cache key, in `directory/extract.sqlite3`."""

    def __init__(self, directory: Path = DEFAULT_CACHE_DIR) -> None:
        from etl.errors import ExtractError

        self.path = directory / CACHE_FILE
        try:
            directory.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("CREATE TABLE IF NOT EXISTS records (key TEXT PRIMARY KEY, record TEXT NOT NULL)")
        except (OSError, sqlite3.Error) as e:
            raise ExtractError(f"Cannot open the extraction cache: {e}", self.path,
                               "Pass another --cache-dir, or --no-cache.") from e
        self.hits = self.misses = 0

    def get_many(self, keys: list[str]) -> dict[str, str]:
        """The stored JSON of the keys present."""
        found: dict[str, str] = {}
        for start in range(0, len(keys), 500):
            part = keys[start:start + 500]
            marks = ",".join("?" * len(part))
            found.update(self._db.execute(
                f"SELECT key, record FROM records WHERE key IN ({marks})", part).fetchall())
        self.hits += len(found)
        self.misses += len(keys) - len(found)
        return found

    def put_many(self, items: Iterable[tuple[str, str]]) -> None:
        """Store key -> JSON pairs in one transaction."""
        with self._db:
            self._db.executemany("INSERT OR REPLACE INTO records (key, record) VALUES (?, ?)", items)

    def close(self) -> None:
        """Close the database."""
        self._db.close()
