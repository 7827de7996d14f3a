"""etl_sentencizer: spaCy's rule-based Sentencizer, computed on token arrays.

spaCy's `Sentencizer.predict` walks the Doc in Python, creating a Token object per token
(about a tenth of an article's extraction time). This component makes the same decisions
from `doc.to_array` columns with numpy and writes them back with `doc.from_array`. The
columns it reads are those of the components' `DocTokens` (etl.extract.patterns) too: it
builds that from them, so that spaCy's token attributes are read once per Doc.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import IS_PUNCT, LENGTH, ORTH, SENT_START
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.strings import get_string_id
from spacy.tokens import Doc

from etl.extract.patterns import TOKEN_ATTRS, share_doc_tokens

# Sentence starts as `to_array(SENT_START)` holds them: 1, or -1 read as an unsigned 64-bit int.
_START, _INSIDE = np.uint64(1), np.uint64(2**64 - 1)
_PUNCT, _LENGTH, _SENT_START = (TOKEN_ATTRS.index(attr) for attr in (IS_PUNCT, LENGTH, SENT_START))


@Language.factory("etl_sentencizer")
def make_sentencizer(nlp: Language, name: str) -> SentenceSplitter:
    return SentenceSplitter()


class SentenceSplitter:
    """Same boundaries as `spacy.pipeline.Sentencizer()` with its default punctuation.

    The Sentencizer starts a sentence at a token that is neither punctuation nor a
    sentence-final character (".", "!", "?", ...) when the last token before it that is
    not other punctuation (quotes, brackets) is a sentence-final character. The first
    token always starts a sentence; every other token is marked as inside one.
    """

    def __init__(self) -> None:
        # The default characters are all one character long: only such tokens are looked up.
        self.final_ids = frozenset(get_string_id(char) for char in Sentencizer.default_punct_chars)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        # The components' token columns and ORTH in one read (their `DocTokens` is built
        # from the same array below, with the sentence starts written into it).
        columns = doc.to_array([*TOKEN_ATTRS, ORTH])
        orth, punct, length = columns[:, -1], columns[:, _PUNCT], columns[:, _LENGTH]
        final = np.zeros(len(doc), dtype=bool)
        single = np.flatnonzero(length == 1)
        final[single] = [char in self.final_ids for char in orth[single].tolist()]
        plain = ~final & (punct == 0)
        # Index of the last token at or before each one that is final or plain (-1: none).
        seen = np.maximum.accumulate(np.where(final | plain, np.arange(len(doc)), -1))
        before = np.concatenate(([-1], seen[:-1]))
        starts = plain & (before >= 0) & final[np.maximum(before, 0)]
        starts[0] = True
        sent_starts = np.where(starts, _START, _INSIDE)
        # spaCy annotates thinc's Ints2d; it reshapes a 1-D array for a single attribute.
        doc.from_array([SENT_START], sent_starts)  # type: ignore[arg-type]
        columns[:, _SENT_START] = sent_starts  # what `doc.to_array` reads back now
        share_doc_tokens(doc, columns[:, :-1])
        return doc
