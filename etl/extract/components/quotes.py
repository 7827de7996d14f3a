"""The etl_quotes component: direct quotations and who said them -> `doc._.quotes`.

Quotation marks are found on tokens (the tokenizer splits them off words, so the apostrophe
in "don’t" or "d’Ivoire" is never a mark). Supported pairs: "…", “…”, “…“, „…“, „…”, «…»,
‹…› and ‘…’. A quote may span sentences but not paragraphs (it never crosses a newline).
The span is the words inside the marks, without the marks, the padding spaces of « … »
and a trailing comma ('"We will win," he said' -> 'We will win').

Speaker: the nearest attribution source (`doc._.sources`) whose cue is in the same
sentence right after the closing mark ('"…", disse o Sr. Kim.'), else right before the
opening mark ('Kim afirmou que Moscou deveria agir para "responder às forças hostis"');
its actor is the speaker, or null. Scare quotes (a single word with no cue next to it,
e.g. the “deal”) are skipped: they are terms, not quotations. Two words or more are kept
('uma parceria «sem limites»').
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from etl.models import Quote, Source

_CLOSERS = {'"': {'"'}, "“": {"”", "“"}, "„": {"“", "”"}, "«": {"»"}, "‹": {"›"}, "‘": {"’"}}
_PADDED = frozenset({"«", "‹"})  # French style allows spaces inside the marks
_SENTENCE_END = frozenset({".", "!", "?", "…"})
_ALL_MARKS = frozenset(_CLOSERS) | {m for ms in _CLOSERS.values() for m in ms}
_MAX_TOKENS = 400
_SCARE_WORDS = 1


class QuotesComponent:
    """Pair quotation marks and attribute each quote to the nearest cue's source."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.lang = nlp.lang

    def __call__(self, doc: Doc) -> Doc:
        sources = [s for s in doc._.sources or [] if s.kind == "attribution" and s.cue_start is not None]
        quotes = []
        for opener, closer in find_quote_marks(doc):
            quote = _make_quote(doc, opener, closer, sources)
            if quote is not None:
                quotes.append(quote)
        doc._.quotes = quotes
        return doc


def find_quote_marks(doc: Doc) -> list[tuple[int, int]]:
    """Return (opening token, closing token) index pairs, in text order."""
    pairs, i = [], 0
    while i < len(doc):
        token = doc[i]
        closers = _CLOSERS.get(token.text)
        opens = closers is not None and (i == 0 or doc[i - 1].whitespace_ or doc[i - 1].is_punct
                                         or doc[i - 1].is_space)
        if closers is None or not opens or (token.whitespace_ and token.text not in _PADDED):
            i += 1
            continue
        j = i + 1
        while j < len(doc) and j - i < _MAX_TOKENS and "\n" not in doc[j].text:
            if doc[j].text in closers and (not doc[j - 1].whitespace_ or token.text in _PADDED):
                break
            if token.text == '"' and doc[j].text == '"':
                j = len(doc)  # a straight mark after a space opens another quote: no pair here
                break
            j += 1
        if j < len(doc) and j - i < _MAX_TOKENS and doc[j].text in closers and j > i + 1:
            pairs.append((i, j))
            i = j + 1
        else:
            i += 1
    return pairs


def _make_quote(doc: Doc, opener: int, closer: int, sources: list[Source]) -> Quote | None:
    start, end = opener + 1, closer
    while start < end and doc[start].is_space:
        start += 1
    while end > start and (doc[end - 1].is_space or doc[end - 1].text == ","):
        end -= 1
    if end <= start or not any(t.is_alpha for t in doc[start:end]):
        return None
    first, last = doc[start], doc[end - 1]
    text = doc[start:end].text
    source = _speaker_source(doc, opener, closer, sources)
    if source is None and len(text.split()) <= _SCARE_WORDS:
        return None
    return Quote(start=first.idx, end=last.idx + len(last), text=text,
                 speaker_actor_id=source.actor_id if source else None)


def _speaker_source(doc: Doc, opener: int, closer: int, sources: list[Source]) -> Source | None:
    after_start = doc[closer].idx + len(doc[closer])
    j = closer + 1
    while j < len(doc) and doc[j].text not in _SENTENCE_END and doc[j].text not in _ALL_MARKS \
            and "\n" not in doc[j].text:
        j += 1
    after_end = doc[j].idx if j < len(doc) else doc[-1].idx + len(doc[-1].text_with_ws)
    after = [s for s in sources if after_start <= s.cue_start < after_end]  # type: ignore[operator]
    if after:
        return min(after, key=lambda s: s.cue_start or 0)
    k = opener - 1
    while k >= 0 and doc[k].text not in _SENTENCE_END and doc[k].text not in _ALL_MARKS \
            and "\n" not in doc[k].text:
        k -= 1
    before_start = doc[k].idx + len(doc[k]) if k >= 0 else 0
    before_end = doc[opener].idx
    before = [s for s in sources if before_start <= s.cue_start and (s.cue_end or 0) <= before_end]  # type: ignore[operator]
    if before:
        return max(before, key=lambda s: s.cue_start or 0)
    return None


@Language.factory("etl_quotes")
def make_quotes(nlp: Language, name: str) -> QuotesComponent:
    """Build the etl_quotes component."""
    return QuotesComponent(nlp, name)
