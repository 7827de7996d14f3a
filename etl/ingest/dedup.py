"""Exact duplicates (same content hash) and near-duplicates (same story, small edits).

Near-duplicates are found with MinHash LSH (datasketch) over word 5-gram shingles: the cost
per article is constant, so it scales to large corpora. They are flagged, never dropped.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from datasketch import MinHashLSH

_WORD = re.compile(r"\w+")
SHINGLE_WORDS = 5
NUM_PERM = 64
THRESHOLD = 0.8
MIN_SHINGLES = 10  # too short to call two texts "the same story"


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

        words = _WORD.findall(text.lower())
        shingles = {" ".join(words[i : i + SHINGLE_WORDS]).encode() for i in range(len(words) - SHINGLE_WORDS + 1)}
        if len(shingles) < MIN_SHINGLES:
            return None
        if self._lsh is None:
            self._lsh = MinHashLSH(threshold=self.threshold, num_perm=NUM_PERM)
            self._template = MinHash(num_perm=NUM_PERM, seed=1)
        template = self._template
        minhash = MinHash(num_perm=NUM_PERM, seed=1, permutations=template.permutations,
                          scheme=template.scheme)
        minhash.update_batch(sorted(shingles))
        matches = [key for key in self._lsh.query(minhash) if key != doc_id]
        if doc_id not in self._order:
            self._order[doc_id] = len(self._order)
            self._lsh.insert(doc_id, minhash)
        return min(matches, key=self._order.__getitem__) if matches else None
