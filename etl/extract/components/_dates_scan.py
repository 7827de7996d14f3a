"""Where the etl_dates patterns can start: one scan of the text instead of one per pattern.

Running about 17 patterns with `finditer` over the trigger windows costs a full regex
scan per pattern. But every date pattern begins with a digit run, an apostrophe before
a decade ("'90s") or a listed word (a month, a weekday, a cue such as "entre" or "dia").
`StartScan` finds all of these (three quick scans: digits, apostrophes, words) and tries
each pattern with `Pattern.match` only where it can begin.

The result is exactly what `finditer` inside the `find_windows` windows gives: the
windows are rebuilt from the same scan (same triggers, margin and merging), every match
is bounded by its window's end (`endpos`), and the matches of one pattern are taken
leftmost first and never overlap.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping

from etl.extract.patterns import _alt

# Start classes of digit runs (at a word start): one or two digits ("30", "5h") and four
# ("2024"). No pattern can start with a run of three or five digits or more: each one
# ends a leading number with a non-digit ("(?!\d)", a separator, a suffix).
SHORT_NUMBER, YEAR_NUMBER, APOSTROPHE = "digits_1_2", "digits_4", "apostrophe"
# Short runs followed by one of these characters: "30/11" (SHORT_SLASH), "30.11.2024"
# (SHORT_SEPARATOR), "19th" (SHORT_ORDINAL: st, nd, rd, th in any case; "ſ" is an "s"
# to the case-insensitive engine).
SHORT_SLASH, SHORT_SEPARATOR, SHORT_ORDINAL = "digits_1_2_slash", "digits_1_2_separator", "digits_1_2_ordinal"
_SHORT_NEXT = {SHORT_SLASH: "/", SHORT_SEPARATOR: "/.-", SHORT_ORDINAL: "sSnNrRtT\u017f"}


class StartScan:
    """Candidate start positions of each pattern in a text, found in one scan.

    `vocab` names the word classes (class -> words); `starts[i]` lists the classes
    (word classes, SHORT_NUMBER, YEAR_NUMBER, APOSTROPHE) that pattern i can begin
    with; `names` are the trigger words of `find_windows` besides the digits.
    """

    def __init__(self, vocab: Mapping[str, Iterable[str]], names: Iterable[str],
                 starts: list[frozenset[str]], margin: int = 40) -> None:
        self.margin = margin
        vocab = {key: {_norm(word) for word in words} for key, words in vocab.items()}
        names = {_norm(word) for word in names}
        words = set().union(*vocab.values())
        if not names <= words or any(char.isdigit() or char == "'" for word in words for char in word):
            raise ValueError("trigger names must be start words, and no start word may hold a digit")
        self.count = len(starts)
        self._ranks = {key: tuple(i for i, classes in enumerate(starts) if key in classes)
                       for key in (SHORT_NUMBER, YEAR_NUMBER, APOSTROPHE, *_SHORT_NEXT, *vocab)}
        # The patterns a short run can start, by the character after it.
        self._short: dict[str, tuple[int, ...]] = {
            char: tuple(sorted({*self._ranks[SHORT_NUMBER],
                                *(i for key, chars in _SHORT_NEXT.items() if char in chars for i in self._ranks[key])}))
            for char in set("".join(_SHORT_NEXT.values()))}
        self._all_words = tuple(sorted({i for key in vocab for i in self._ranks[key]}))
        # word -> (patterns that can start where it matches, trigger kind): every listed
        # word that matches at a position is a prefix of the longest one that does.
        self._words: dict[str, tuple[tuple[int, ...], int]] = {}
        for word in words:
            ranks = {i for key, members in vocab.items() if any(word.startswith(m) for m in members)
                     for i in self._ranks[key]}
            kind = _FULL_NAME if word in names else _PREFIX_NAME if any(
                word.startswith(n) for n in names) else _NO_NAME
            self._words[word] = (tuple(sorted(ranks)), kind)
        alternatives = _alt(words) if words else r"(?!x)x"
        self._scan = re.compile(rf"(?<!\w)(?=({alternatives}))", re.IGNORECASE)
        # The same on the lowercased text: a case-sensitive alternation is much faster.
        self._scan_lower = re.compile(rf"(?<!\w)(?=({alternatives}))")
        self._case_unsafe = _case_unsafe(words)
        self._names = re.compile(_alt(names) if names else r"(?!x)x", re.IGNORECASE)

    def matches(self, text: str, patterns: list[re.Pattern[str]],
                lowered: str | None = None) -> Iterator[tuple[int, re.Match[str]]]:
        """(pattern index, match) for what `finditer` over the windows would give for each pattern.

        The matches come in text order rather than pattern by pattern; each pattern's own
        matches are still leftmost first and do not overlap. `lowered` is `text.lower()`, if
        the caller has it.
        """
        starts, windows = self._hits(text, text.lower() if lowered is None else lowered)
        last = [0] * self.count
        index, count = 0, len(windows)
        for pos, ranks in starts:
            while index < count and windows[index][1] <= pos:
                index += 1
            if index == count:
                break
            begin, end = windows[index]
            if pos < begin:
                continue
            for rank in ranks:
                if pos >= last[rank]:
                    found = patterns[rank].match(text, pos, end)
                    if found is not None:
                        last[rank] = found.end()
                        yield rank, found

    def _hits(self, text: str, lowered: str) -> tuple[list[tuple[int, tuple[int, ...]]], list[tuple[int, int]]]:
        """Start positions with the patterns that may begin there, and the trigger windows.

        Digits, apostrophes and words are three scans: a bare `\\d+` or `'` is found by
        the regex engine's fast prefix search, far quicker than one alternation tried at
        every position.
        """
        starts: list[tuple[int, tuple[int, ...]]] = []
        triggers: list[tuple[int, int]] = []
        short, year, after_short = self._ranks[SHORT_NUMBER], self._ranks[YEAR_NUMBER], self._short.get
        for match in _DIGITS.finditer(text):
            pos, end = span = match.span()
            triggers.append(span)
            digits = end - pos
            ranks = after_short(text[end: end + 1], short) if digits <= 2 else year if digits == 4 else ()
            if ranks and (pos == 0 or not _is_word(text[pos - 1])):
                starts.append((pos, ranks))
        if self._ranks[APOSTROPHE] and "'" in text:
            starts.extend((match.start(), self._ranks[APOSTROPHE]) for match in _APOSTROPHE.finditer(text)
                          if match.start() == 0 or not _is_word(text[match.start() - 1]))
        consumed, listed = 0, self._words.get
        for match in self._word_scan(text, lowered):
            pos, word = match.start(), match.group(1)
            ranks, kind = listed(word) or self._word(word)
            if ranks:
                starts.append((pos, ranks))
            if pos >= consumed and kind != _NO_NAME:
                # find_windows' trigger takes the longest name here and skips past it.
                consumed = pos + len(word) if kind == _FULL_NAME else self._name_end(text, pos)
                if consumed > pos:
                    triggers.append((pos, consumed))
        starts.sort()
        triggers.sort()
        return starts, self._windows(triggers, len(text))

    def _word_scan(self, text: str, lowered: str) -> Iterator[re.Match[str]]:
        """Where listed words start; on the lowercased text (`lowered`) when that finds the same places."""
        unsafe = self._case_unsafe
        if len(lowered) == len(text) and unsafe is not None and not _holds_any(text, unsafe):
            return self._scan_lower.finditer(lowered)
        return self._scan.finditer(text)

    def _windows(self, triggers: list[tuple[int, int]], size: int) -> list[tuple[int, int]]:
        """`find_windows`: merged windows of `margin` characters around each trigger."""
        margin = self.margin
        windows: list[tuple[int, int]] = []
        last = 0
        for start, end in triggers:
            begin, end = start - margin, end + margin
            if windows and begin <= last:
                windows[-1] = (windows[-1][0], end)
            else:
                windows.append((begin if begin > 0 else 0, end))
            last = end
        if windows and windows[-1][1] > size:
            windows[-1] = (windows[-1][0], size)
        return windows

    def _word(self, written: str) -> tuple[tuple[int, ...], int]:
        info = self._words.get(written.lower()) or self._words.get(_norm(written))
        # A case-insensitive match that str.lower() does not reproduce ("ſ" for "s"):
        # try every word pattern there and ask the trigger expression itself.
        return info if info is not None else (self._all_words, _PREFIX_NAME)

    def _name_end(self, text: str, pos: int) -> int:
        found = self._names.match(text, pos)
        return found.end() if found else pos


class NeededWords:
    """Words one of which every match of a case-insensitive pattern contains (the first word
    of each of its required phrases). A text holding none of them cannot match: substring
    tests of its lowercased copy tell that in a few microseconds, where the pattern's scan of
    the whole text takes a hundred (most articles count no days back and name no quarter).
    """

    def __init__(self, phrases: Iterable[str]) -> None:
        self.words = tuple(sorted({phrase.split()[0].lower() for phrase in phrases if phrase.strip()}))
        self._unsafe = _case_unsafe(self.words)

    def absent(self, text: str, lowered: str) -> bool:
        """True when no match can be in `text` (`lowered` is `text.lower()`). Always False
        when the text has a character that `str.lower()` folds differently from the engine."""
        if self._unsafe is None or _holds_any(text, self._unsafe):
            return False
        return not any(word in lowered for word in self.words)


_NO_NAME, _FULL_NAME, _PREFIX_NAME = 0, 1, 2
# "\d\d*" is "\d+" written so that the pattern begins with a character class: the engine then
# skips to the next digit in a tight loop instead of trying the pattern at every position
# (same matches, 40% less time).
_DIGITS = re.compile(r"\d\d*")


def _case_unsafe(words: Iterable[str]) -> str | None:
    """Text characters that match a letter of `words` case-insensitively, but not after `str.lower()`.

    The engine compares simple lowercase forms, plus a table of extra equivalents ("ı"
    for "i", "ſ" for "s"); `str.lower()` differs from the simple form only for "İ" (two
    characters) and a final sigma. `\\w` is the same before and after `str.lower()` for
    every character. The characters as a string (see `_holds_any`); None (always scan
    case-insensitively) if the table is missing.
    """
    try:
        from re import _casefix  # type: ignore[attr-defined]  # the engine's own table (3.11+)
    except ImportError:
        return None
    letters = {char for word in words for char in word}
    chars = {"\u0130", "\u03a3"} | {chr(extra) for char in letters
                                   for extra in _casefix._EXTRA_CASES.get(ord(char), ())
                                   if chr(extra).lower() != char}
    return "".join(sorted(chars))


def _holds_any(text: str, chars: str) -> bool:
    """Whether `text` holds one of `chars` (a few rare ones): a substring test for each, which
    rules out at once a character wider than all of the text's, is 20 times quicker than a
    character-class scan."""
    return any(map(text.__contains__, chars))

_APOSTROPHE = re.compile(r"'(?=\d)")


def _is_word(char: str) -> bool:
    """`\\w` for one character (the regex engine's test: alphanumeric or underscore)."""
    return char.isalnum() or char == "_"


def _norm(word: str) -> str:
    return re.sub(r"\s+", " ", word.strip().lower())
