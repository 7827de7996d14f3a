"""Regex helpers shared by the rule components (dates, quantities).

The components compile their expressions once per pipeline from reference tables;
these helpers keep those expressions fast and their offsets tied to `doc.text`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc

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


def find_windows(trigger: re.Pattern[str], text: str, margin: int = 40) -> list[tuple[int, int]]:
    """Merged (pos, endpos) windows of `margin` characters around each trigger match.

    Every expression contains a trigger (a digit or a listed word), so the full
    patterns only need to run inside these windows; lookbehinds still see the text
    before a window. This keeps the cost of the patterns proportional to the
    number of candidates instead of the length of the article.
    """
    windows: list[tuple[int, int]] = []
    for match in trigger.finditer(text):
        start, end = max(0, match.start() - margin), min(len(text), match.end() + margin)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


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
    if match is None:
        return False
    word = match.group(1)
    low = word.lower()
    return (word[:1].islower() and len(low) > 3 and low.endswith("s")
            and not low.endswith(("ss", "us", "is")) and low not in stop
            and not low.endswith(verb_suffixes) and not low.endswith("mos"))
