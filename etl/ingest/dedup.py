"""Exact duplicates (same content hash) and near-duplicates (same story, small edits).

Near-duplicates are found with MinHash LSH over word 5-gram shingles: datasketch draws the
MinHash permutations and chooses the banding for the similarity threshold; the bands are
kept in a temporary SQLite file, like the content hashes of exact duplicates. The cost per
article is constant and memory does not grow with the corpus (an in-memory index of a
million articles would take gigabytes). Duplicates are named, near-duplicates flagged;
neither is ever silently dropped.

Shingles are hashed in bulk: each word once (CRC-32, stable across processes and runs),
then each 5-gram as a polynomial of its word hashes in numpy. datasketch's default hashes
every shingle with SHA-1 in a Python loop, which cost 2 ms per article, more than the
rest of ingest.
"""

from __future__ import annotations

import functools
import os
import re
import sqlite3
import tempfile
import zlib
from typing import Any

_WORD = re.compile(r"\w+")
SHINGLE_WORDS = 5
NUM_PERM = 64
THRESHOLD = 0.8
MIN_SHINGLES = 10  # too short to call two texts "the same story"
_MULTIPLIER = 1099511628211  # FNV-64 prime: mixes each word's hash into the 5-gram's
_CACHE_KIB = 1024  # SQLite page cache: it fills up and stays (8 MiB made a 100k run 7 MiB larger than a 1k one)


def shingle_hashes(text: str, size: int = SHINGLE_WORDS) -> Any:
    """Sorted unique 32-bit hashes of the word `size`-grams of `text` (case-folded).

    Examples:
        >>> len(shingle_hashes("a b c d e f a b c d e"))  # 7 five-grams, 6 distinct
        6
        >>> len(shingle_hashes("too short"))
        0
    """
    import numpy as np

    words = _WORD.findall(text.lower())
    count = len(words) - size + 1
    if count <= 0:
        return np.empty(0, dtype=np.uint64)
    word_hashes = np.fromiter(map(zlib.crc32, map(str.encode, words)), dtype=np.uint64,
                              count=len(words))
    hashes = np.zeros(count, dtype=np.uint64)
    multiplier = np.uint64(_MULTIPLIER)
    for offset in range(size):  # wraps modulo 2**64, as intended
        hashes = hashes * multiplier + word_hashes[offset : offset + count]
    return _sorted_unique(hashes >> np.uint64(32))


def _sorted_unique(values: Any) -> Any:
    """`np.unique(values)`: sorted, each value once, from a sort and a comparison of neighbours.

    numpy's `unique` took 5 times as long on an article's few hundred values (0.027 against
    0.005 ms an article); a test holds the two equal.
    """
    import numpy as np

    values = np.sort(values)
    keep = np.empty(len(values), dtype=bool)
    keep[:1] = True
    np.not_equal(values[1:], values[:-1], out=keep[1:])
    return values[keep]


def _identity(value: Any) -> Any:
    return value


_VALUE_BYTES = 4  # a MinHash value is a uint32 (datasketch's affine32): band buckets are their bytes


@functools.cache
def _permutations() -> tuple[Any, Any]:
    """datasketch's MinHash permutations, drawn once per process (MinHash() redraws them)."""
    from datasketch import MinHash

    template = MinHash(num_perm=NUM_PERM, seed=1, hashfunc=_identity, scheme="affine32")
    return template.permutations  # type: ignore[no-any-return]


def minhash_values(shingles: Any) -> Any:
    """The MinHash values of `shingles`: `MinHash.update_batch`'s arithmetic, in numpy.

    datasketch draws the permutations and picks the banding; applying them here skips
    its per-shingle Python call to the hash function (0.2 of 0.25 ms an article).
    A test holds this equal to `update_batch`.
    """
    import numpy as np
    from datasketch.minhash import _fmix

    a, b = _permutations()
    mixed = _fmix(shingles.astype(np.uint32).reshape(-1, 1), 32)  # shingles are < 2**32
    return (mixed * a + b).min(axis=0)  # wraps modulo 2**32, as in datasketch


def signature(text: str) -> bytes | None:
    """The MinHash values of the text's shingles as bytes; None for a text too short to
    be anyone's near-duplicate. A pure function of the text: any process can compute it."""
    shingles = shingle_hashes(text)
    if len(shingles) < MIN_SHINGLES:
        return None
    return bytes(minhash_values(shingles).tobytes())


def datasketch_banding(threshold: float) -> tuple[int, int]:
    """The (bands, rows per band) datasketch's MinHashLSH picks for `threshold` and NUM_PERM."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    return lsh.b, lsh.r


# `datasketch_banding` of the default threshold, worked out already: the main process of a
# run (whose workers sign the articles) then never imports datasketch, and scipy with it,
# only to look it up (0.3 s of CPU). A test holds the two equal.
_BANDING = {THRESHOLD: (5, 11)}


class SeenIndex:
    """What ingest has seen so far: content hashes and MinHash bands, in a temporary file.

    `first_of` answers exact duplicates, `near_duplicate` near ones. The file is deleted
    by `close` (ingest closes it when its input ends or the run stops).

    Example:
        index = SeenIndex()
        index.first_of(doc_id, input_id)     # None, or the input_id that had this text first
        index.near_duplicate(doc_id, text)   # None, or the earliest doc_id it nearly equals
        index.close()
    """

    def __init__(self, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self._bands: list[tuple[int, int]] = []
        self._query = ""
        self._count = 0
        handle, self.path = tempfile.mkstemp(prefix="etl-seen-", suffix=".sqlite")
        os.close(handle)
        self._db = sqlite3.connect(self.path)
        self._db.executescript(f"""
            PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -{_CACHE_KIB};
            CREATE TABLE exact (doc_id TEXT PRIMARY KEY, input_id TEXT NOT NULL) WITHOUT ROWID;
            CREATE TABLE bands (band INTEGER, bucket BLOB, ordinal INTEGER NOT NULL,
                                doc_id TEXT NOT NULL, PRIMARY KEY (band, bucket)) WITHOUT ROWID;
        """)

    def first_of(self, doc_id: str, input_id: str) -> str | None:
        """The input_id of the earlier input with this content hash; else remember this one."""
        row = self._db.execute("SELECT input_id FROM exact WHERE doc_id = ?", (doc_id,)).fetchone()
        if row is None:
            self._db.execute("INSERT INTO exact VALUES (?, ?)", (doc_id, input_id))
            return None
        return str(row[0])

    def _banding(self) -> list[tuple[int, int]]:
        """datasketch's banding for the threshold: (start, end) of each band's values."""
        if not self._bands:
            bands, rows = _BANDING.get(self.threshold) or datasketch_banding(self.threshold)
            self._bands = [(i * rows, (i + 1) * rows) for i in range(bands)]
            either = " OR ".join(["(band = ? AND bucket = ?)"] * bands)
            self._query = (f"SELECT ordinal, doc_id FROM bands WHERE doc_id != ? AND ({either}) "
                           "ORDER BY ordinal LIMIT 1")
        return self._bands

    def near_duplicate(self, doc_id: str, text: str) -> str | None:
        """Add the text; return the earliest earlier doc_id sharing a MinHash band, if any."""
        return self.near_duplicate_signed(doc_id, signature(text))

    def near_duplicate_signed(self, doc_id: str, signed: bytes | None) -> str | None:
        """`near_duplicate` of a text given by its `signature`.

        Each band bucket remembers only its first article: the earliest candidate over all
        buckets is the same as with every article kept.
        """
        if signed is None:
            return None
        buckets = [(band, signed[start * _VALUE_BYTES : end * _VALUE_BYTES])
                   for band, (start, end) in enumerate(self._banding())]
        found = self._db.execute(self._query, [doc_id, *(v for pair in buckets for v in pair)]).fetchone()
        self._db.executemany("INSERT OR IGNORE INTO bands VALUES (?, ?, ?, ?)",
                             [(band, bucket, self._count, doc_id) for band, bucket in buckets])
        self._count += 1
        return str(found[1]) if found else None

    def close(self) -> None:
        """Delete the temporary file."""
        self._db.close()
        try:
            os.unlink(self.path)
        except FileNotFoundError:  # pragma: no cover - removed by someone else
            pass

    def __enter__(self) -> SeenIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
