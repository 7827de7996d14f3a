"""Helpers shared by the rule components: regexes (dates, quantities) and token tables.

The components compile their expressions once per pipeline from reference tables;
these helpers keep those expressions fast and their offsets tied to `doc.text`.
Reading a spaCy Token attribute in a Python loop creates a Token object each time;
`doc_tokens` reads every attribute the components use once per Doc, into lists.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from spacy.attrs import IDX, IS_ALPHA, IS_PUNCT, IS_SPACE, IS_STOP, LENGTH, SENT_START, SPACY
from spacy.tokens import Doc

if TYPE_CHECKING:
    import numpy as np

    _Columns = np.ndarray[Any, np.dtype[Any]]  # `doc.to_array` of several attributes

T = TypeVar("T")

_NEXT_WORD = re.compile(r"\s+([^\W\d_]+(?:-[^\W\d_]+)*)")


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of phrases as a character trie (fast; longest match first).

    Spaces inside a phrase match any whitespace. Python's `re` tries the branches of a
    flat alternation one by one at every position; a trie checks each character once.

    Examples:
        >>> _alt(["ontem", "anteontem", "hoje"])
        '(?:anteontem|hoje|ontem)'
        >>> print(_alt(["mês passado", "mês"]))
        mês(?:\\s+passado)?
    """
    trie: dict[str, dict] = {}
    for word in set(words):
        node = trie
        for char in re.sub(r"\s+", " ", word.strip()):
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict[str, dict]) -> str:
    branches = [
        (r"\s+" if char == " " else re.escape(char)) + _trie_regex(child)
        for char, child in sorted(node.items()) if char
    ]
    if not branches:
        return ""
    if len(branches) == 1 and "" not in node:
        return branches[0]
    group = "(?:" + "|".join(branches) + ")"
    return group + "?" if "" in node else group


def doc_text(doc: Doc) -> str:
    """`doc.text`, built once per Doc (spaCy joins all tokens on every access)."""
    text = doc.user_data.get("etl.text")
    if text is None:
        text = doc.user_data["etl.text"] = doc.text
    return text


# The token attributes `DocTokens` reads, as `doc.to_array` columns in this order.
TOKEN_ATTRS = (IDX, LENGTH, SPACY, IS_ALPHA, IS_STOP, IS_SPACE, IS_PUNCT, SENT_START)


class DocTokens:
    """Token attributes of one Doc as plain lists (index i is `doc[i]`).

    `columns` is `doc.to_array(TOKEN_ATTRS)` when the caller has read it already (the
    sentencizer reads these columns too, and sets the sentence starts)."""

    __slots__ = ("text", "texts", "lower", "idx", "ends", "ws", "is_alpha", "is_stop", "is_space",
                 "is_punct", "sent_start")

    def __init__(self, doc: Doc, columns: _Columns | None = None) -> None:
        self.text = text = doc_text(doc)
        if columns is None:
            columns = doc.to_array(list(TOKEN_ATTRS))
        idx, length, spacy, alpha, stop, space, punct, sent = (
            columns.T.tolist() if len(doc) else ([] for _ in range(8)))
        self.idx: list[int] = idx
        self.ends: list[int] = list(map(operator.add, idx, length))
        self.texts: list[str] = [text[i:j] for i, j in zip(idx, self.ends, strict=True)]
        self.lower: list[str] = list(map(str.lower, self.texts))  # spaCy's LOWER is str.lower()
        # Flags stay 0/1 ints (read them as booleans only).
        self.ws: list[int] = spacy  # token.whitespace_ is " "
        self.is_alpha: list[int] = alpha
        self.is_stop: list[int] = stop
        self.is_space: list[int] = space
        self.is_punct: list[int] = punct
        self.sent_start: list[bool] = [x == 1 for x in sent]  # bool(token.is_sent_start); -1 reads as 2**64-1

    def lower_at(self, i: int) -> str:
        """`doc[i].lower_`, or "" outside the doc."""
        return self.lower[i] if 0 <= i < len(self.lower) else ""


def doc_tokens(doc: Doc) -> DocTokens:
    """The Doc's `DocTokens`, built once per Doc and shared by the components."""
    tokens = doc.user_data.get(_TOKENS_KEY)
    if tokens is None or len(tokens.idx) != len(doc):
        tokens = doc.user_data[_TOKENS_KEY] = DocTokens(doc)
    return tokens


def share_doc_tokens(doc: Doc, columns: _Columns) -> None:
    """Make `DocTokens(doc, columns)` the one `doc_tokens` gives the components (see DocTokens)."""
    doc.user_data[_TOKENS_KEY] = DocTokens(doc, columns)


_TOKENS_KEY = "etl.tokens"


def find_windows(trigger: re.Pattern[str] | Sequence[re.Pattern[str]], text: str,
                 margin: int = 40) -> list[tuple[int, int]]:
    """Merged (pos, endpos) windows of `margin` characters around each trigger match.

    Every expression contains a trigger (a digit or a listed word), so the full
    patterns only need to run inside these windows; lookbehinds still see the text
    before a window. This keeps the cost of the patterns proportional to the
    number of candidates instead of the length of the article.

    `trigger` may be several patterns whose matches never overlap one another (digits
    and words, say): their matches are then taken together, in text order.
    """
    if isinstance(trigger, re.Pattern):
        spans: Iterable[tuple[int, int]] = map(re.Match.span, trigger.finditer(text))
    else:
        spans = sorted(span for pattern in trigger for span in map(re.Match.span, pattern.finditer(text)))
    windows: list[tuple[int, int]] = []
    size = len(text)
    for match_start, match_end in spans:
        start, end = max(0, match_start - margin), min(size, match_end + margin)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


# Adjectives between a number and the plural noun it counts ("40 new classrooms", "30 novas escolas").
_BEFORE_COUNTED = frozenset({"new", "more", "additional", "extra", "novos", "novas", "nuevos", "nuevas"})


def counts_a_noun(text: str, end: int, *, stop: frozenset[str], verb_suffixes: tuple[str, ...]) -> bool:
    """True when the word right after `end` is a plural noun the number counts.

    "2000 soldados" and "de 2000 pessoas" count soldiers and people; "em 2000 os
    preços", "em 2019 morreram" and "em 2019 fomos" do not (a stop word, a verb-like
    ending).

    Examples:
        >>> counts_a_noun("de 2000 pessoas", 7, stop=frozenset({"os"}), verb_suffixes=("ram",))
        True
        >>> counts_a_noun("em 2019 morreram", 7, stop=frozenset(), verb_suffixes=("ram",))
        False
    """
    match = _NEXT_WORD.match(text, end)
    if match is not None and match.group(1).lower() in _BEFORE_COUNTED:
        match = _NEXT_WORD.match(text, match.end())  # "building 40 new classrooms"
    if match is None:
        return False
    word = match.group(1)
    low = word.lower()
    return (word[:1].islower() and len(low) > 3 and low.endswith("s")
            and not low.endswith(("ss", "us", "is")) and low not in stop
            and not low.endswith(verb_suffixes) and not low.endswith("mos"))


def longest_first(items: Iterable[T], bounds: Callable[[T], tuple[int, int]]) -> list[T]:
    """`spacy.util.filter_spans` on plain tuples: of overlapping items the (first) longest
    wins; the result is sorted by start. `bounds(item)` gives its (start, end) tokens.

    Examples:
        >>> longest_first([(0, 2, "a"), (1, 4, "b"), (4, 5, "c")], lambda m: (m[0], m[1]))
        [(1, 4, 'b'), (4, 5, 'c')]
    """
    items = list(items)
    spans = list(map(bounds, items))  # bounds once per item, not once per comparison
    ranks = [(end - start, -start) for start, end in spans]
    kept: list[int] = []
    seen: set[int] = set()
    for i in sorted(range(len(items)), key=ranks.__getitem__, reverse=True):
        start, end = spans[i]
        if start not in seen and end - 1 not in seen:
            kept.append(i)
            seen.update(range(start, end))
    starts = [start for start, _ in spans]
    return [items[i] for i in sorted(kept, key=starts.__getitem__)]


# Perfect auxiliaries before a participle: "había calificado", "tinha classificado", "has said".
PERFECT_AUXILIARIES = frozenset({"había", "habían", "ha", "han", "has", "have", "had", "havia", "haviam", "tinha",
                                 "tinham", "tem", "têm", "hubiera", "habría"})
# Indefinite articles by language ("a" is also a Portuguese and Spanish article or preposition).
INDEFINITE_ARTICLES = {"en": frozenset({"a", "an"}), "pt": frozenset({"um", "uma"}), "es": frozenset({"un", "una"})}
# Words by which a paper names itself: "a este diario", "ao nosso jornal", "to this newspaper".
OWN_OUTLET_WORDS = frozenset({"este", "esta", "nuestro", "nuestra", "nosso", "nossa", "this", "our"})
# Endings of Portuguese and Spanish past participles ("Procurada, a empresa", "lançado em março").
ROMANCE_PARTICIPLE_ENDINGS = ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas")
# ... and the nouns for the outlet after OWN_OUTLET_WORDS.
OUTLET_NOUNS = frozenset({"diario", "periódico", "medio", "jornal", "diário", "newspaper", "paper", "portal",
                          "canal", "emisora", "rádio", "radio", "semanario", "semanário", "programa"})
# Prepositions whose object is no subject of the sentence's verb, in all three languages
# ("Nunes agradeceu ao governador X", "no Facebook, declarou"); not "para", which opens a view
# ("Para o analista X, ..."), nor "pelo/pela", which name the agent ("feito pela Comissão, que adiantou").
OBJECT_PREPS = frozenset({"ao", "à", "aos", "às", "com", "contra", "no", "na", "nos", "nas", "al", "con", "to",
                          "with", "against", "on", "into", "onto"})


def after_preposition(tok: DocTokens, start: int, first: int) -> bool:
    """Whether the name at token `start` follows a preposition of OBJECT_PREPS, with at most
    two lower-case words (a title, an article) between, not before token `first`."""
    texts, lower = tok.texts, tok.lower
    k = start - 1
    while k > first and k >= start - 3 and texts[k].islower() and lower[k] not in OBJECT_PREPS:
        k -= 1
    return k >= first and lower[k] in OBJECT_PREPS
