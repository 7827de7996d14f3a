"""Decades, centuries and two-digit years for etl_dates: the `PeriodBuilders` mixin.

"anos 90", "the '90s", "anos oitenta" -> ``199X``; "século XIX" -> ``18XX``; lists and
ranges of them as one interval when they touch or a range joins them ("séculos XIX e
XX" -> ``18XX/19XX``); two-digit years after a cue ("em 79,", "de 70 a 80", "em 93/94").
"""

from __future__ import annotations

import re
from datetime import date

from etl.extract.components._dates_build import Built
from etl.extract.components._dates_calendar import full_year, roman
from etl.extract.patterns import counts_a_noun

_SPACES = re.compile(r"\s+")
# A measure named earlier in the sentence: "temperatures at the summit can drop into the 40s",
# "winds in the 60s", "his approval rating in the 30s".
_MEASURED_BEFORE = re.compile(r"\b(?:temperatures?|degrees|highs?|lows?|mercury|thermometers?|winds?|gusts?|"
                              r"speeds?|ratings?|scores?|readings?)\b[^.!?\n]*$", re.IGNORECASE)
# "até 98." may be a year of a story's living memory, "até 30." in 2024 is a count.
_LIMIT_CUES = frozenset({"até", "hasta", "until"})
_LIMIT_YEARS_BACK = 30
# What follows a two-digit year: a punctuation mark (not a list "30, 40") or a word.
# (an ordinal's "41.º lugar" is no year)
_YEAR_JOINED = re.compile(r"\s*(?:y|e|and|a|al|até|to|-|–)\s*(\d{4})\b")
_AFTER_SHORT_YEAR = re.compile(r"[^\S\n]*(?:(?P<stop>[,;:.!?)\]…](?![ºª°])|\n|$)(?!\s*\d)|(?P<word>[^\W\d_]+))")
_SENTENCE_START = re.compile(r"(?:^|[.!?\n-])\s*$")


_PLURAL_AFTER = re.compile(r"\s+([a-z]+s)\b")

class PeriodBuilders:
    """Builders of the decade, century and two-digit year patterns (see `DatesComponent`)."""

    cues: dict[str, set[str]]
    stop: frozenset[str]
    verb_suffixes: tuple[str, ...]
    decade_words: dict[str, int]
    _short_year_cue: re.Pattern[str]
    _quoted_year_cue: re.Pattern[str]

    def _decade(self, match: re.Match[str], ref: date | None) -> Built | None:
        """"anos 90", "the '90s", "anos oitenta"; "anos 60 e 70" -> ``196X/197X``."""
        word, first = match.group("dword"), match.group("first")
        if match.group("dec") is None:
            if word is None:
                return None
            written = match.group("dec2")
            decade = _short_decade(int(written)) if written else 1900 + self.decade_words[
                _SPACES.sub(" ", match.group("decw").lower())]
        else:
            if word is None and first == match.group("dec"):
                return None  # "1990" alone is a year; "1990s" a decade
            decade = int(match.group("dec"))
            if decade % 100 == 0 and (other := _YEAR_JOINED.match(match.string, match.end("dec"))) is not None \
                    and abs(int(other.group(1)) - decade) > 10:
                return None  # "entre los años 1100 y 1300": two years, no decade
        if word and word.lower() in self.cues.get("decade_needs_s", ()) and not first.endswith("s"):
            return None
        if counts_a_noun(match.string, match.end(), stop=self.stop, verb_suffixes=self.verb_suffixes):
            return None  # "anos 90 pessoas" is not a decade
        if match.group("dec") is None and match.group("dec2") and _MEASURED_BEFORE.search(
                match.string, max(0, match.start() - 100), match.start()):
            return None  # "temperatures can drop into the 40s": a range of a measure, no decade
        last, span = self._second_decade(match, decade)
        interval = (date(decade, 1, 1), date(last + 9, 12, 31))
        value = f"{decade // 10}X" if last == decade else f"{decade // 10}X/{last // 10}X"
        return span, value, "year", interval, False

    def _second_decade(self, match: re.Match[str], decade: int) -> tuple[int, tuple[int, int] | None]:
        """The last decade of "anos 60 e 70" or "anos 80-90" (one interval when they touch or a
        range joins them); otherwise the first alone, with the span cut after it."""
        written = match.group("dec3")
        if written is None:
            return decade, None
        number = int(written)
        last = number if number >= 1000 else decade // 100 * 100 + number
        if last > decade and (last == decade + 10 or self._range_join(match.group("djoin"))):
            return last, None
        return decade, (match.start(), match.end("first"))

    def _range_join(self, join: str) -> bool:
        """A join that spans ("a", "to", "-") rather than lists ("e", ",")."""
        join = join.lower()
        return join in "-–" or join in self.cues.get("range_join", ()) and join not in self.cues.get(
            "list_join", ())

    def _century(self, match: re.Match[str], ref: date | None) -> Built | None:
        """"século XIX", "séc. 18", "siglo XX", "19th century" -> ``18XX`` (1800-1899);
        "séculos XIX e XX", "séculos XV a XVII" -> ``18XX/19XX``, ``14XX/16XX``."""
        groups = match.groupdict()
        number = _century_number(groups.get("roman") or groups["num"])
        if number is None:
            return None
        second = _century_number(groups["roman2"]) if groups.get("roman2") else None
        last, span = number, None
        if second is not None and second > number and (
                second == number + 1 or self._range_join(groups["cjoin"])):
            last = second
        elif groups.get("roman2"):
            span = (match.start(), match.end("roman"))
        first = (number - 1) * 100
        interval = (date(max(first, 1), 1, 1), date((last - 1) * 100 + 99, 12, 31))
        value = f"{number - 1:02d}XX" if last == number else f"{number - 1:02d}XX/{last - 1:02d}XX"
        return span, value, "year", interval, False

    def _short_year_ends(self, text: str, end: int, opening: bool = False) -> bool:
        """A two-digit year ends its phrase: "em 79," or "Em 68 eu fui", not "em 45 dias" nor "em 30, 40 anos".

        A capitalised word may be a unit ("até 35 Kg", "em 36 Bits"), so only listed words pass;
        an article only when the cue opens the sentence (`opening`: "Em 68 o país mudou").
        """
        found = _AFTER_SHORT_YEAR.match(text, end)
        if found is None:
            return False
        word = found.group("word")
        if word is None:
            return True
        low = word.lower()
        if opening and word.islower() and low in self.cues.get("short_year_opening", ()):
            return True
        if low.endswith("ed") and (noun := _PLURAL_AFTER.match(text, found.end())) is not None \
                and noun.group(1) not in self.stop:
            return False  # "in 33 congested camps": a participle before the noun it counts
        return low in self.cues.get("short_year_after", ()) or (
            word.islower() and low.endswith((*self.verb_suffixes, "eu")))  # "Maio de 68 mudou"

    def _short_year(self, match: re.Match[str], ref: date | None) -> Built | None:
        """"em 79", "até 50.", "in '95", "em 93/94": a two-digit year, only after a cue and before nothing it counts.

        Without an apostrophe the year is 30-99 (1930-1999 today): "em 10" or "até 20" are
        more often amounts than years. After a mere "of", "de" or "del" only a year with an
        apostrophe counts ("the summer of '69"): "at the age of 89", "a total of 89" are amounts.
        """
        text, start = match.string, match.start()
        quoted = match.group("quoted")
        cue = self._short_year_cue.search(text, max(0, start - 12), start)
        if cue is None:
            if quoted is None or not self._quoted_year_cue.search(text, max(0, start - 6), start):
                return None
            opening = False
        else:
            opening = cue.group(0)[:1].isupper() and bool(_SENTENCE_START.search(
                text, max(0, cue.start() - 3), cue.start()))
        if quoted is None and not self._short_year_ends(text, match.end(), opening):
            return None
        year = full_year(int(quoted or match.group("yy")), ref)
        if quoted is None and cue is not None and ref is not None and ref.year - year > _LIMIT_YEARS_BACK \
                and cue.group(0).strip().lower() in _LIMIT_CUES:
            return None  # "as celas recebem até 30." in a story of 2024: a count, not 1930
        if match.group("yy2"):  # "em 93/94": a season or school year across two years
            if int(match.group("yy2")) != (year + 1) % 100:
                return None
            return None, f"{year}/{year + 1}", "year", (date(year, 1, 1), date(year + 1, 12, 31)), False
        return None, str(year), "year", (date(year, 1, 1), date(year, 12, 31)), False

    def _short_range(self, match: re.Match[str], ref: date | None) -> Built | None:
        """"de 70 a 80", "desde 48 até 54": two-digit years (30-99) as one interval."""
        if match.group("join").lower() in self.cues.get("list_join", ()):
            return None
        first, last = (full_year(int(match.group(g)), ref) for g in ("y1", "y2"))
        if not first < last or not self._short_year_ends(match.string, match.end()):
            return None
        return None, f"{first}/{last}", "year", (date(first, 1, 1), date(last, 12, 31)), False


def _short_decade(short: int) -> int:
    """"anos 90" -> 1990, "anos 00" or "10" -> 2000, 2010."""
    return 2000 + short if short <= 10 else 1900 + short


def _century_number(written: str) -> int | None:
    """"XIX" or "19" -> 19; None for lower-case letters ("vi") or a number out of 1-21."""
    if not written.isdigit() and not written.isupper():
        return None
    number = int(written) if written.isdigit() else roman(written)
    return number if number is not None and 1 <= number <= 21 else None
