"""Exact duplicates (same content hash) and near-duplicates (same story, small edits).

Near-duplicates are found with MinHash LSH (datasketch) over word 5-gram shingles: the cost
per article is constant, so it scales to large corpora. They are flagged, never dropped.

Shingles are hashed in bulk: each word once (CRC-32, stable across processes and runs),
then each 5-gram as a polynomial of its word hashes in numpy. datasketch's default hashes
every shingle with SHA-1 in a Python loop, which cost 2 ms per article, more than the
rest of ingest.
"""

from __future__ import annotations

import re
import zlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from datasketch import MinHashLSH

_WORD = re.compile(r"\w+")
SHINGLE_WORDS = 5
NUM_PERM = 64
THRESHOLD = 0.8
MIN_SHINGLES = 10  # too short to call two texts "the same story"
_MULTIPLIER = 1099511628211  # FNV-64 prime: mixes each word's hash into the 5-gram's


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
    word_hashes = np.fromiter((zlib.crc32(word.encode()) for word in words), dtype=np.uint64,
                              count=len(words))
    hashes = np.zeros(count, dtype=np.uint64)
    multiplier = np.uint64(_MULTIPLIER)
    for offset in range(size):  # wraps modulo 2**64, as intended
        hashes = hashes * multiplier + word_hashes[offset : offset + count]
    return np.unique(hashes >> np.uint64(32))


def _identity(value: Any) -> Any:
    return value


class NearDuplicateIndex:
    """Remembers articles seen so far; `check` returns the doc_id of a near-duplicate."""

    def __init__(self, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self._lsh: MinHashLSH | None = None
        self._template: Any = None  # permutations are drawn once: MinHash() redraws them per article
        self._order: dict[str, int] = {}

    def check(self, doc_id: str, text: str) -> str | None:
        """Add the text; return the earliest earlier doc_id it nearly duplicates, if any."""
        from datasketch import MinHash, MinHashLSH

        shingles = shingle_hashes(text)
        if len(shingles) < MIN_SHINGLES:
            return None
        if self._lsh is None:
            self._lsh = MinHashLSH(threshold=self.threshold, num_perm=NUM_PERM)
            self._template = MinHash(num_perm=NUM_PERM, seed=1, hashfunc=_identity)
        template = self._template
        minhash = MinHash(num_perm=NUM_PERM, seed=1, hashfunc=_identity,
                          permutations=template.permutations, scheme=template.scheme)
        minhash.update_batch(shingles)
        matches = [key for key in self._lsh.query(minhash) if key != doc_id]
        if doc_id not in self._order:
            self._order[doc_id] = len(self._order)
            self._lsh.insert(doc_id, minhash)
        return min(matches, key=self._order.__getitem__) if matches else None
