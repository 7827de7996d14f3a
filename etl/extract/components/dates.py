"""The etl_dates component: date expressions -> `doc._.dates` (list of `DateMention`).

Candidates are found by regular expressions compiled once per pipeline from the
reference tables `months`, `weekdays`, `date_words` and `date_cues` (all in
`seeds/reference/`). The expressions run over `doc.text` itself, so every offset
is a Python index into the Doc's own string; overlapping candidates are resolved
leftmost-longest and the output is sorted by offsets. Each expression is tried only
where it can start (`_dates_scan`: a digit run or a listed word), which gives the same
matches as scanning the whole text with every expression at a fraction of the cost.
The builders that check each match's context and resolve its value are in
`_dates_build` (days, months, weekdays, years, times), `_dates_periods` (decades,
centuries, two-digit years) and `_dates_seasons` (seasons and feasts), the calendar
arithmetic in `_dates_calendar`.

Resolution against `doc._.reference_date` (``ref``):

- Nothing is ever filled from the wall clock. Without ``ref``, only what the text
  gives is kept: unknown digits are ``X`` (``XXXX-11-30``, ``XXXX-06``, ``ontem`` ->
  ``XXXX-XX-XX``, ``semana passada`` -> ``XXXX-WXX``), start/end are null when the
  year is unknown, and ``relative`` is true for every expression that needs ``ref``.
- Day+month and month without a year ("30 de novembro", "junho"): the year
  (ref.year - 1, ref.year or ref.year + 1) whose calendar interval is closest to
  ``ref``; a tie goes to the past. Ref 2024-11-30: "junho" -> 2024-06,
  "janeiro" -> 2025-01.
- "<month> passado", "last <month>", "el pasado <month>", "<month> do ano
  passado": the month in the calendar year before ref.year. "próximo <month>",
  "next <month>": the month in the year after.
- Weekdays: "nesta/na sexta-feira", "on Friday" -> the most recent such day not
  after ``ref`` (news reports the current week). "<weekday> passado", "last
  <weekday>", "el pasado <weekday>" -> the most recent one strictly before ``ref``;
  "próxima/next <weekday>" -> the first one strictly after. A day number in
  parentheses, "sexta-feira (21)", pins the date: the day 21 nearest to ``ref``
  (one whose weekday matches wins); an aside after it is in the span ("no sábado (14,
  noite de sexta em Brasília)": the Friday is the same moment, told in Brasília's time).
  Between commas it pins the date too: "nesta quarta-feira, 2, a polícia prendeu".
- Tense of the clause (`date_cues.csv` future_before/past_before, and a verb with a past- or
  future-tense ending, past_suffix/future_suffix: "pleaded", "assinou", "firmó", "comparecerá"):
  the nearest such word before a weekday or a month alone, with no clause break between, sets
  the direction.
  Ref 2024-11-30: "will broadcast on Sunday" -> 2024-12-01 (the coming one, today's
  included), "vai acontecer no domingo" and "irá el lunes" alike; "is scheduled for
  October" -> 2025-10; "had requested the warrants in May" -> 2024-05 (the last one).
- Deictic words: "ontem"/"yesterday"/"ayer" = ref - 1 day, "semana passada" = the
  ISO week before ref's week (value ``2024-W47``), "mês passado" = the month
  before, "ano passado" = the year before, and so on (offsets in `date_words.csv`).
- Anaphoric phrases ("the year before", "a year earlier", "no ano anterior", "el día
  anterior"; `date_cues.csv` anaphor:<unit>:<offset>) count from the last date before them in
  their sentence: "last year, up from 8 the year before" -> ref.year - 2. With no such date
  they are dropped; "the year before the war" is a preposition, no date.
- Years count only in a date context: a preceding cue ("em 2023", "in 2019"), a
  range ("1950-53", "2019-2021", "entre 2019 e 2021" -> ``1950/1953``), parentheses
  ("Poesia (1944)"), a copyright sign, a list after a year ("2002 e 2003") or a rising list of
  three years or more ("1964, 2008, 2012 y 2024"), or an article
  before a year that modifies a noun ("the 2018 outbreak"; "the 2000 runners" counts). After
  "de/of/com", a year followed by a plural noun is a count ("de 2000 pessoas").
- Centuries and decades: "século XIX" -> ``18XX``; "anos 90", "the '90s", "anos
  noventa" -> ``199X``; "séculos XIX e XX" -> ``18XX/19XX`` and "anos 60 e 70" ->
  ``196X/197X`` (one interval when they touch or a range joins them).
- Two-digit years only after a cue and when no counted word follows: "em 79,", "Em 68
  eu fui", "in '95" -> ``1979``...; "de 70 a 80" -> ``1970/1980``; "em 93/94" ->
  ``1993/1994``. Without an apostrophe only 30-99 ("em 10" is more often an amount).
  After a mere "of", "de" or "del" a two-digit number is a year only with date evidence:
  an apostrophe ("class of '89"), a month or season ("May of 68", "Verão de 68" ->
  ``1968-22``) or a head noun that takes a year ("class of 89,"); "at the age of 89",
  "a total of 89", "um homem de 89" are amounts.
- Seasons and feasts (`_dates_seasons`): "Verão de 2003" -> ``2003-22`` (ISO 8601-2
  season code), "pela Páscoa", "at Christmas" -> the day nearest ``ref``.
- Ranges of days and months are one interval: "de 10 a 18 de setembro" ->
  ``2024-09-10/2024-09-18``; "entre junho e agosto" -> ``2024-06/2024-08``.
- Days in words: "cinco de maio de 1937", "primero de mayo" (lower case, or before a year).
- A day without a year takes the year of the dated day closing its range or list:
  "de 20 de janeiro a 5 de fevereiro de 2004" -> ``2004-01-20`` (not relative).
- "dia 20" and "21/11" (two-digit parts, or after a weekday) resolve like "30 de novembro".
  A day and month after a street word or pt "o/do" is a name ("Rua 25 de Março").
- Times of day ("às 17h", "10h30", "08:46:45", "10 a.m.") are mentions whose value is
  the date they belong to: a day-precision date in the same sentence; otherwise an
  unknown day (``XXXX-XX-XX``, relative). "durante 10 horas" is a duration: a quantity.

dateparser is not used: measured at 1.5-2 ms per uncached call (over 200 ms for the
first), it fills missing parts from today's date, and the patterns here already
isolate day, month and year as integers.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from functools import partial
from typing import cast

from spacy.language import Language
from spacy.tokens import Doc

from etl.extract.components._actors_home import home_country
from etl.extract.components._dates_build import Built, DateBuilders
from etl.extract.components._dates_calendar import (
    Interval,
    count_from,
    month_interval,
    nearest_month_year,
    safe_date,
    shift_month,
)
from etl.extract.components._dates_periods import PeriodBuilders
from etl.extract.components._dates_scan import (
    APOSTROPHE,
    SHORT_NUMBER,
    SHORT_ORDINAL,
    SHORT_SEPARATOR,
    SHORT_SLASH,
    YEAR_NUMBER,
    NeededWords,
    StartScan,
)
from etl.extract.components._dates_seasons import SOUTHERN, SeasonBuilders
from etl.extract.patterns import _alt, counts_a_noun, doc_text
from etl.extract.reference import rows_for_language
from etl.models import DateMention, Precision

# The results "of" a period ("o balanço do terceiro trimestre"), not "a partir do".
_OF_BEFORE = re.compile(r"(?<![\w])(?<!partir )(?:do|da|del|de\s+la|de\s+los|of\s+the|for\s+the)\s+$",
                        re.IGNORECASE)
_B = r"(?<![\w])"
_E = r"(?![\w])"
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_DAY = r"(?P<day>[0-3]?\d)(?:º|°|ª|\.º|st|nd|rd|th|er|o)?(?!\d)"
_YEAR4 = r"(?P<year>[12]\d{3})(?![\d]|[.,]\d)"

# After a two-digit year: not a letter, a percent or degree sign, nor more digits ("79-80", "45,5").
_SHORT_END = r"(?![\w%º°'’]|[.,:/-]\d)"

_SPACES = re.compile(r"\s+")
_LAST_WORD = re.compile(r"([^\W\d_]+)\s+$")
# After a past verb, "há duas semanas que/para" is still a date ("alertou há duas semanas que").
_AGO_AFTER_VERB = frozenset({"que", "para"})


def _verb_ending(suffixes: set[str]) -> re.Pattern[str]:
    """A word of five letters or more with one of `suffixes` (a tense's verb ending), in lower
    case or capitalised at the start of a sentence or a quote ("«Avisámos a câmara em Janeiro»"), with
    a pronoun after it ("arrastou-se")."""
    if not suffixes:
        return re.compile(r"(?!x)x")
    return re.compile(rf"(?<![\w'’-])(?=[^\W\d_]{{5}})(?:(?:(?<=^)|(?<=[«\"“‘—\n])|(?<=[.!?]\s))[A-ZÀ-Þ])?"
                      rf"[^\W\d_A-ZÀ-Þ]+(?:{_alt(suffixes)})(?!\w)(?!-(?!(?:se|lhes?|[oa]s?|l[oa]s|nos)(?![\w-])))")
# Between a day without a year and the dated day of its range or list.
_SHARED_JOIN = re.compile(r"\s*(?:[-–,]|a|até|e|to|through|and|until|al|hasta|y)(?:\s+(?:el|o|the))?\s*", re.IGNORECASE)
# Words between "até/hasta/until" and the amount it limits ("mermas de hasta el 30%").
_BEFORE_A_NUMBER = r"(?:os|as|o|a|los|las|el|la|un|una|unos|unas|the|about|around|some)"
_UNKNOWN_DAY = "XXXX-XX-XX"
# doc.user_data key: the spans of times of day ("a las 17.20 horas", "a partir das 18 horas"). The
# record leaves them out: the day they fall on is a date of its own ("no domingo, 9 de Fevereiro"),
# and without one they date nothing. NER tagging (`etl annotate`) keeps them, as HAREM's TEMPO does.
TIMES_OF_DAY = "etl.times_of_day"
# Between the two months of a range (not a list: "in March and January" keeps each nearest).
_RANGE_JOIN = re.compile(r"\s*(?:[-–]|a|até|to|through|until|till|al|hasta)\s*", re.IGNORECASE)
_YEAR_DIGITS = re.compile(r"\d{4}")
_PERIOD_END_WORDS = frozenset({"fim", "final", "fin", "finales", "end", "fins", "finais"})
_SENTENCE_END = re.compile(r"[.!?;](?:\s|$)|\n")

Builder = Callable[[re.Match[str], date | None], Built | None]
# A candidate: (start, end, pattern rank, builder result).
Found = tuple[int, int, int, Built]
_FISCAL_AFTER = re.compile(r"\s+(?:of\s+(?:the\s+)?fiscal|of\s+FY|do\s+(?:ano\s+)?fiscal|del\s+(?:año\s+)?fiscal"
                           r"|del\s+ejercicio)", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")
# The words between the two days of a range, and those that open one.
_RANGE_BETWEEN = re.compile(r"\s+(?:and|to|until|through|e|a|até|y|al|hasta)\s+(?:(?:o|el|the)\s+)?", re.IGNORECASE)
_RANGE_OPENS = re.compile(r"(?<![\w])(?:between|from|entre|de|desde|del|do|dos)\s+(?:(?:o|os|el|the)\s+)?"
                          r"(?:(?:dia|días|dias|día)\s+)?$", re.IGNORECASE)
# "desde o dia 3" after a later day: the 3rd before it, not the next month's.
_SINCE_BEFORE = re.compile(r"(?<![\w])(?:desde|since)\s+(?:(?:o|el|the)\s+)?(?:(?:dia|día|day)\s+)?$", re.IGNORECASE)
_UNMARKED_PLURAL = re.compile(r"\s+(?:people|children|men|women|police|staff|troops|cattle)\b")
# "September 23 and 24", "March 3, 5 and 9": more days of the same month, the last not followed
# by a month of its own.
_SECOND_DAY = re.compile(r"(?P<inner>(?:,\s*[0-3]?\d(?:st|nd|rd|th)?(?![\d\w]))*),?\s+(?:and|&)\s+"
                         r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d\w]|[.,:/]\d|\s+[A-Z][a-z]+\s+\d)")
def _nth_weekday_of(year: int, month: int, weekday: int, nth: int) -> date | None:
    """The `nth` `weekday` (0 = Monday) of a month; -1 is the last. None if there is none."""
    first, last = month_interval(year, month)
    if nth > 0:
        day = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
        return day if day <= last else None
    return last - timedelta(days=(last.weekday() - weekday) % 7)


# A chosen candidate: (start, end, pattern rank, mention).
Chosen = tuple[int, int, int, DateMention]
_TIME_ON = re.compile(r"\s*,?\s*(?:on|no|na|nesta|neste|desta|deste|el|este|esta|del|de|do|da|this)?\s*(?:the\s+)?",
                      re.IGNORECASE)
# Between the two times of a span: "from 1 a.m. to 5 a.m.", "entre las 8:00 y las 10:00", "das 7h às 9h".
_TIME_TO = re.compile(r"\s*(?:[-–]|to|until|till|and|a|até|e|y|hasta)\s*(?:(?:las?|as?|às|os)\s+)?", re.IGNORECASE)
_LIST_JOIN = re.compile(r"\s*(?:,|y|e|and)\s*")
# Days listed between a day and a dated one: ", 16, 17 y " in "los días 15, 16, 17 y 30 de marzo".
_INNER_DAYS = re.compile(r"(?:\s*,\s*[0-3]?\d(?!\d))+\s*(?:,|y|e|and)\s*")
_YEAR_LINK = re.compile(r"(?:st|nd|rd|th|º)?,?\s+(?:de\s+|of\s+)?")
# `DateMention.model_validate` without its wrapper: the same checks, a third less time per date.
_validate_mention = DateMention.__pydantic_validator__.validate_python


# "de ese año", "do mesmo ano", "of that year": the year of the last date given in full.
_THAT_YEAR = re.compile(
    r",?\s+(?:(?:de|del|do|da|of)\s+(?:(?:ese|esse|aquele|aquel|that)\s+(?:mismo\s+|mesmo\s+|same\s+)?"
    r"|(?:el\s+|o\s+|the\s+)?(?:mismo|mesmo|same)\s+)|(?:desse|daquele)\s+(?:mesmo\s+)?)(?:año|ano|year)(?!\w)",
    re.IGNORECASE)


def _add_years(years: int, written: re.Match[str]) -> str:
    return str(int(written.group(0)) + years)


def _shift_year(day: date, years: int) -> date | None:
    """`day` moved by whole years (None for February 29th in a common year)."""
    return safe_date(day.year + years, day.month, day.day)


def _url_spans(text: str, lowered: str) -> list[tuple[int, int]]:
    """Spans of URLs (dates inside them are not mentions); most articles have none.
    `lowered` is `text.lower()`."""
    if "://" not in text and "www." not in lowered:
        return []
    return [m.span() for m in _URL.finditer(text)]


# A dateline: a place in capitals or title case opening the story (after a byline line), a
# comma, then its day, and the end of the line or a dash.
_DATELINE_BEFORE = re.compile(r"(?:[^\n]{0,40}\n+)?[ \t]*[A-ZÀ-Ý][\w'’. -]{1,40},[ \t]+")
_DATELINE_AFTER = re.compile(r"[ \t]*(?:\n|[-–—:]|\(|$)")


# "the following Thursday", "a quinta-feira seguinte", "el jueves siguiente": after the day just given.
_FOLLOWING_BEFORE = re.compile(r"(?<![\w])the\s+following\s+$", re.IGNORECASE)
_FOLLOWING_AFTER = re.compile(r"\s+(?:seguinte|siguiente)(?![\w])", re.IGNORECASE)

class DatesComponent(DateBuilders, PeriodBuilders, SeasonBuilders):
    """Find date expressions and normalise them to ISO 8601 at their precision."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.lang: str = str(nlp.lang)
        self.south = False  # set per doc (seasons south of the equator)
        self.name = name
        self._tense_memo = {}
        self._load_reference()
        self._compile()

    def _load_reference(self) -> None:
        lang = self.lang
        self.months = {r["word"].lower(): r for r in rows_for_language("months", lang)}
        self.weekdays = {r["word"].lower(): r for r in rows_for_language("weekdays", lang)}
        self.words = {r["phrase"].lower(): r for r in rows_for_language("date_words", lang)}
        # "por la mañana" is the morning, not tomorrow.
        self.not_after = {
            phrase: re.compile(rf"(?<!\w)(?:{row['not_after']})\s+$", re.IGNORECASE)
            for phrase, row in self.words.items() if row["not_after"]
        }
        words = rows_for_language("quantity_words", lang)
        self.stop = frozenset(r["word"].lower() for r in words if r["role"] in ("stop", "connector"))
        self.verb_suffixes = tuple(sorted(r["word"].lower() for r in words if r["role"] == "verb_suffix"))
        self.cues: dict[str, set[str]] = {}
        # Seasons and feasts: phrase -> "season:22", "feast:12-25" (see _dates_seasons).
        self.seasons: dict[str, str] = {}
        self.decade_words: dict[str, int] = {}
        self.day_words: dict[str, int] = {}
        self.anaphors: dict[str, tuple[str, int]] = {}
        self.ago_numbers: dict[str, int] = {}
        self.ago_units: dict[str, str] = {}
        self.period_ordinals: dict[str, int] = {}
        self.weekday_ordinals: dict[str, int] = {}
        self.period_units: dict[str, str] = {}
        for row in rows_for_language("date_cues", lang):
            if row["role"].startswith(("season:", "feast:")):
                self.seasons[_SPACES.sub(" ", row["phrase"].lower())] = row["role"]
            elif row["role"].startswith("decade:"):  # "oitenta" -> 80
                self.decade_words[row["phrase"].lower()] = int(row["role"][7:])
            elif row["role"].startswith("day:"):  # "cinco" -> 5
                self.day_words[_SPACES.sub(" ", row["phrase"].lower())] = int(row["role"][4:])
            elif row["role"].startswith("ago_number:"):  # "três" -> 3, in "há três dias"
                self.ago_numbers[row["phrase"].lower()] = int(row["role"][11:])
            elif row["role"].startswith("ago_unit:"):  # "dias" -> day
                self.ago_units[row["phrase"].lower()] = row["role"][9:]
            elif row["role"].startswith("period_ordinal:"):  # "segundo" -> 2, in "segundo trimestre"
                self.period_ordinals[row["phrase"].lower()] = int(row["role"][15:])
            elif row["role"].startswith("weekday_ordinal:"):  # "última" -> -1, in "última segunda-feira de maio"
                self.weekday_ordinals[row["phrase"].lower()] = int(row["role"][16:])
            elif row["role"].startswith("period_unit:"):  # "trimestre" -> quarter
                self.period_units[row["phrase"].lower()] = row["role"][12:]
            elif row["role"].startswith("anaphor:"):  # "year before" -> ("year", -1)
                unit, offset = row["role"].split(":")[1:]
                self.anaphors[_SPACES.sub(" ", row["phrase"].lower())] = (unit, int(offset))
            else:
                self.cues.setdefault(row["role"], set()).add(row["phrase"].lower())

    def _whole_period_words(self, unit: str) -> list[str]:
        """The deictic phrases of `unit` that name the whole period ("ano passado", "this
        month"), not its end ("fim do ano", "end of this month")."""
        return [phrase for phrase, row in self.words.items() if row["unit"] == unit
                and _PERIOD_END_WORDS.isdisjoint(phrase.split())]

    def _cue(self, *roles: str) -> str:
        words = set().union(*(self.cues.get(role, set()) for role in roles))
        return _alt(words) if words else r"(?!x)x"

    def _compile(self) -> None:
        flags = re.IGNORECASE
        month = rf"(?P<month>{_alt(self.months)})\.?"
        weekday = rf"(?P<weekday>{_alt(self.weekdays)})"
        # "domingo, 2 de março", "domingo (2 de março)": the weekday and its date are one mention
        prefix = rf"(?:(?P<wdprefix>{_alt(self.weekdays)})(?:,?\s+|\s*(?P<wdparen>\()\s*))?"
        link = r"(?:\s+(?:de|del|do|of)\s+|,\s*|\s+)"
        before = rf"(?:(?P<before>{self._cue('this_before', 'last_before', 'next_before')})\s+)?"
        after_m = self._cue("last_after", "next_after", "year_last_after", "year_next_after")
        after_w = self._cue("last_after", "next_after")
        opens, joins = self._cue("range_open"), self._cue("range_join")
        to = rf"(?:\s*[-–]\s*|\s+(?P<join>{joins})\s+)"
        days = rf"(?:(?:{self._cue('day_before')})\s+)?"
        d12, d4, apos = SHORT_NUMBER, YEAR_NUMBER, APOSTROPHE
        # "do ano passado", "deste ano", "of last year" after a day or month without its year.
        year_words = self._whole_period_words("year")
        self._year_phrase_after = re.compile(
            rf",?\s+(?:(?:de|del|do|of)\s+|d(?=est))?(?P<phrase>{_alt(year_words) if year_words else '(?!x)x'}){_E}",
            flags)
        # "this month", "mês passado": a day of a month named by where it stands ("8 deste mês").
        month_words = self._whole_period_words("month")
        # A second decade or century: "anos 60 e 70", "séculos XV a XVII", "anos 80-90".
        both = rf"[-–,]|(?:{self._cue('range_join', 'list_join')})(?=\s)"
        # Each pattern with the classes it can begin with (see _dates_scan).
        table: list[tuple[re.Pattern[str], Builder, set[str]]] = [
            (re.compile(rf"{_B}(?P<year>\d{{4}})(?P<isep>[-/.])(?P<mon>\d{{2}})(?P=isep)(?P<day>\d{{2}}){_E}"),
             self._numeric, {d4}),
            (re.compile(rf"(?<![\w.,/-])(?P<a>\d{{1,2}})(?P<sep>[/.-])(?P<b>\d{{1,2}})(?P=sep)"
                        rf"(?:{_YEAR4}|(?<![.])(?P<yy>\d{{2}})(?![\d]|[.,/-]\d))"), self._numeric, {SHORT_SEPARATOR}),
            (re.compile(rf"{_B}{prefix}{_DAY}\s+(?:d[eo]\s+|del\s+)?{month}(?:{link}{_YEAR4})?(?(wdparen)\s*\)){_E}",
                        flags), self._day_month, {"weekday", d12}),
            # Poder360's house style: "(12.dez.2024)", "5.jan.2025"
            (re.compile(rf"{_B}{_DAY}\.{month}(?<=\.){_YEAR4}{_E}", flags), self._day_month, {d12}),
            (re.compile(rf"{_B}(?P<dayw>{_alt(self.day_words) if self.day_words else '(?!x)x'})\s+"
                        rf"(?:de|del)\s+{month}(?:{link}{_YEAR4})?{_E}", flags), self._day_word, {"day_word"}),
            (re.compile(rf"{_B}(?:(?P<open>{opens})\s+)?{days}(?P<d1>[0-3]?\d)(?:º|°)?{to}"
                        rf"(?P<d2>[0-3]?\d)\s+(?:d[eo]\s+|del\s+)?{month}(?:{link}{_YEAR4})?{_E}",
                        flags), self._day_range, {"open", "day_before", d12}),
            (re.compile(rf"{_B}{month}(?:(?:{link}|/){_YEAR4}|/(?P<yy>\d{{2}})(?![\d/])"
                        rf"|\s+(?:de|del|of)\s+(?P<yq>')?(?P<yy2>\d{{2}}){_SHORT_END})", flags),
             self._month_year, {"month"}),
            (re.compile(rf"{_B}(?P<open>{opens})\s+(?P<m1>{_alt(self.months)})\.?{to}{month}"
                        rf"(?:{link}{_YEAR4})?{_E}", flags), self._month_range, {"open"}),
            (re.compile(rf"{_B}{before}{month}(?:\s+(?P<after>{after_m}))?{_E}", flags),
             self._month_alone, {"before", "month"}),
            (re.compile(rf"{_B}{before}{weekday}(?:\s+(?P<after>{after_w}))?"
                        rf"(?:\s*\(\s*(?P<pday>[0-3]?\d)(?:/(?P<pmonth>[01]?\d)(?=\s*\)))?(?:\s*\)|,[^()\n]{{1,40}}\))|,\s(?P<cday>[0-3]?\d)(?=,(?!\d)|[.;](?:\s|$))|,?\s+d[ií]a\s+(?P<dday>[0-3]?\d)(?![\d/.:]\d|\s+del?\s)"
                        r"|\s+(?P<bday>[0-3]?\d)(?=\s+(?:y|e|and|o|ou|or|al|a|ao|to|until|hasta|até)\s+(?:el\s+|la\s+|o\s+|a\s+|on\s+)?[^\W\d_])"
                        # "el sábado 24.", "el lunes 15 a las 10": a day number, no month ("el lunes 15 personas" no)
                        r"|\s+(?P<nday>[0-3]?\d)(?=\s*[.,;:)](?:\s|$)|[\"”»’]|\s+(?:en|em|a|às|por|desde|hasta|at|in|frente|ante|con|com"
                        r"|para|durante|cuando|quando|tras|após|no|na|al|ao|on|from|with|for|si|se|if|que)\s"
                        # "a partir del lunes 15 bloqueará": a verb of the clause after the day
                        # ("a partir del martes 15 vamos a ver": a verb of "we")
                        r"|\s+[^\W\d_]{3,}(?:rá|rán|rão|ó|aron|ieron|ou|aram|eram|iram)(?![\w])"
                        r"|\s+[^\W\d_]{2,}mos(?![\w])|\s+(?:va|van|vai|vão|hay|há)\s))?(?!\w)",
                        flags), self._weekday,
             {"before", "weekday"}),
            (re.compile(rf"{_B}(?P<phrase>{_alt(self.words)}){_E}", flags), self._deictic, {"word"}),
            (re.compile(rf"{_B}(?P<anaphor>{_alt(self.anaphors) if self.anaphors else '(?!x)x'}){_E}"
                        rf"(?!\s+(?:{self._cue('anaphor_not_before')}){_E})", flags), self._anaphor, {"anaphor"}),
            (re.compile(rf"{_B}{before}(?P<season>{_alt(self.seasons)})(?:\s+(?P<after>{after_w}))?"
                        rf"(?:(?:\s+(?:de|del|of)\s+|\s+){_YEAR4}|\s+(?:de|del|of)\s+(?P<yq>')?(?P<yy>\d{{2}})"
                        rf"{_SHORT_END})?{_E}", flags), self._season,
             {"before", "season"}),
            (re.compile(rf"{_B}(?:(?P<open>{opens})\s+)?(?P<y1>[12]\d{{3}})"
                        rf"(?:\s*[-–—/]\s*|\s+(?P<join>{joins})\s+)"
                        rf"(?P<y2>[12]\d{{3}}|\d{{2}})(?![\d]|[.,]\d)", flags), self._year_range,
             {"open", d4}),
            (re.compile(rf"{_B}(?P<year>1\d{{3}}|20\d\d|2100)(?![\d%]|[.,]\d)"), self._year, {d4}),
            (re.compile(rf"{_B}(?:(?P<dword>{self._cue('decade_before')})\s+)?(?P<first>"
                        rf"(?P<dec>1[0-9]\d0|20\d0)s?|'?(?P<dec2>[0-9]0)(?:'?s)?"
                        rf"|(?<=\s)(?P<decw>{_alt(self.decade_words) if self.decade_words else '(?!x)x'}))"
                        rf"(?:\s*(?P<djoin>{both})\s*(?P<dec3>1[0-9]\d0|20\d0|[0-9]0)s?)?"
                        rf"(?![\d%º°]|[.,]\d)", flags), self._decade,
             {"decade_before", "decade_word", d4, d12, apos}),
            (re.compile(rf"{_B}(?P<cword>{self._cue('century_before')})\s*(?P<roman>[IVXL]{{1,5}}|"
                        rf"\d{{1,2}})(?:º|°)?(?:\s*(?P<cjoin>{both})\s*(?P<roman2>[IVXL]{{1,5}}|\d{{1,2}})"
                        rf"(?:º|°)?)?{_E}", flags), self._century, {"century_before"}),
            (re.compile(rf"{_B}(?P<num>\d{{1,2}})(?:st|nd|rd|th)[\s-]+(?:{self._cue('century_after')})"
                        rf"{_E}", flags), self._century, {SHORT_ORDINAL}),
            (re.compile(rf"(?<![\w.,:/])(?P<hour>[01]?\d|2[0-4])(?:(?P<sep>[:hH.])"
                        rf"(?:(?P<min>[0-5]\d)(?P<msuf>m(?:in)?)?)?(?::(?P<sec>[0-5]\d))?)?"
                        rf"(?:\s?(?P<suffix>{self._cue('time_suffix')}))?"
                        # "5.25-5.5 per cent" is a range of rates, not a time
                        rf"(?![\w:]|[.,]\d|-\d+(?:[.,]\d+)?\s*(?:%|per\s?cent|percent|por\s+cien?to))",
                        flags), self._time, {d12}),
            (re.compile(rf"{_B}(?:(?:{self._cue('day_before')})\s+)?"
                        # "de 22 a 24 deste mês": a span of days of that month
                        rf"(?:(?:(?:de|del|entre|from)\s+)?(?P<dfirst>[0-3]?\d)\s*(?:a|al|até|to|-|–|y|e|and)\s*)?"
                        rf"{_DAY}\s+(?:(?:de|del|do|of(?:\s+the)?)\s+|d(?=est))"
                        rf"(?P<mword>{_alt(month_words) if month_words else '(?!x)x'}){_E}", flags),
             self._day_of_month_word, {"day_before", d12}),
            (re.compile(rf"{_B}(?:{self._cue('day_before')})\s+(?P<day>[0-3]?\d)(?!\d|[.,/:h]\d)",
                        flags), self._day_alone, {"day_before"}),
            (re.compile(rf"(?<![\w.,:/'-])(?:'(?P<quoted>\d\d)|(?P<yy>[3-9]\d)(?:/(?P<yy2>\d\d))?){_SHORT_END}"),
             self._short_year, {d12, apos}),
            (re.compile(rf"{_B}(?P<open>{self._cue('short_range_open')})\s+(?P<y1>[3-9]\d)\s+"
                        rf"(?P<join>{joins})\s+(?P<y2>[3-9]\d){_SHORT_END}", flags),
             self._short_range, {"short_range_open"}),
        ]
        if self.lang == "en":
            table.insert(3, (re.compile(
                rf"{_B}{prefix}{month}\s+{_DAY}(?:,?\s+{_YEAR4})?(?(wdparen)\s*\)){_E}", flags), self._day_month,
                {"weekday", "month"}))
            table.insert(4, (re.compile(
                rf"{_B}(?:(?P<open>{opens})\s+)?{month}\s+(?P<d1>[0-3]?\d){to}(?P<d2>[0-3]?\d)"
                rf"(?:,?\s+{_YEAR4})?{_E}", flags), self._day_range, {"open", "month"}))
        short = re.compile(r"(?<![\w.,/-])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\d%]|[.,/-]\d)")
        table.append((short, self._day_month_numeric, {SHORT_SLASH}))
        self.patterns: list[tuple[re.Pattern[str], Builder]] = [(p, b) for p, b, _ in table]
        self._regexes = [p for p, _, _ in table]
        self._builders = [b for _, b, _ in table]
        cues = self.cues.get
        vocab = {
            "month": self.months, "weekday": self.weekdays, "word": self.words,
            "open": cues("range_open", set()), "day_before": cues("day_before", set()),
            "before": cues("this_before", set()) | cues("last_before", set()) | cues("next_before", set()),
            "decade_before": cues("decade_before", set()), "century_before": cues("century_before", set()),
            "short_range_open": cues("short_range_open", set()), "season": self.seasons,
            "decade_word": self.decade_words, "day_word": self.day_words, "anaphor": self.anaphors,
        }
        names = [*self.months, *self.weekdays, *self.words, *self.seasons, *self.decade_words,
                 *self.cues.get("century_before", ()), *self.anaphors]
        self._scan = StartScan(vocab, names, [frozenset(classes) for _, _, classes in table])
        # "since at least 2022": a hedge may sit between the preposition and the date.
        self._prep = re.compile(rf"(?<![\w])(?P<prep>{self._cue('prep')})[\s-]+(?:(?:{self._cue('prep_hedge')})\s+)?$",
                                flags)
        self._time_prep = re.compile(rf"(?<![\w])(?:{self._cue('time_before')})\s+$", flags)
        self._time_after = re.compile(rf"\s+(?:{self._cue('time_after')})(?!\w)", flags)
        # "next" right before a day of the month alone (before a day and month: `_next_date_before`)
        self._next_day_before = re.compile(rf"(?<![\w])(?:{self._cue('next_before')})\s+$", flags)
        # "el pasado 14 de octubre", "no passado dia 3", "no último dia 3": the last such day.
        self._last_day_before = re.compile(
            rf"(?<![\w])(?:{self._cue('last_before', 'last_after')})\s+(?:(?:{self._cue('day_before')})\s+)?$", flags)
        # "el próximo 15 de marzo", "no próximo dia 3 de março": a day and month ahead, whatever the
        # verb says (the twin of `_last_day_before`)
        self._next_date_before = re.compile(
            rf"(?<![\w])(?:{self._cue('next_before', 'next_after')})\s+(?:(?:{self._cue('day_before')})\s+)?$", flags)
        # "la riada del 29 de octubre", "the attack of 7 October": an incident's day has passed.
        self._incident_day_before = re.compile(
            rf"(?<![\w])(?:{self._cue('incident_before')})\s+(?:del|de|do|da|dos|das|of)\s+(?:(?:{self._cue('day_before')})\s+)?$",
            flags)
        # A multiplier, percent or percentage point after "7.42": an amount, not a time ("stood at
        # 7.42 million", "cut by 0.25 percentage points").
        scales = [r["word"] for r in rows_for_language("number_words", self.lang) if r["kind"] == "multiplier"]
        scales += [r["word"] for r in rows_for_language("units", self.lang) if r["unit"] in ("%", "pp")]
        self._scale_after = re.compile(rf"\s*(?:{_alt(scales)})(?![\w])", flags)
        # An amount right after "até/hasta/until", in figures or words: its limit, not the date's
        # ("filas de até seis horas na terça-feira").
        numbers = [r["word"] for r in rows_for_language("number_words", self.lang) if r["kind"] == "unit"]
        self._number_next = re.compile(rf"\s+(?:{_BEFORE_A_NUMBER}\s+)?(?:\d|(?:{_alt(numbers)})(?![\w]))", flags)
        # A deictic day right before its weekday: "convocou para amanhã, quarta-feira", "mañana jueves"
        day_words = [phrase for phrase, row in self.words.items() if row["unit"] == "day"]
        self._deictic_before = re.compile(rf"(?<![\w])({_alt(day_words)})\s*,?\s*(?:(?:na|no|el|on|this|esta|este|nesta"
                                          rf"|neste)\s+)?$", flags)
        self._named_day = re.compile(rf"(?<![\w])(?:{self._cue('name_before')})\s+$", flags)
        self._year_list = re.compile(rf"(?<![\w.,])[12]\d{{3}}\s*(?:,|\s(?:{self._cue('list_join')})\s)\s*$",
                                     flags)
        self._years_after = re.compile(
            rf"\s*(?:,|\s(?:{self._cue('list_join')})\s)\s*(?P<year>[12]\d{{3}})(?![\w]|[.,]\d)", flags)
        self._season_prep = re.compile(rf"(?<![\w])(?:{self._cue('season_prep')})\s+$", flags)
        self._short_year_cue = re.compile(rf"(?<![\w])(?:{self._cue('short_year_before')})\s+$", flags)
        self._quoted_year_cue = re.compile(rf"(?<![\w])(?:{self._cue('short_year_quoted_before')})\s+$", flags)
        # Patterns of a day and month written without a year ("20 de janeiro", "21/11").
        self._day_month_ranks = frozenset(i for i, build in enumerate(self._builders) if build in (
            self._day_month, self._day_month_numeric, self._day_word))
        self._month_rank = next(i for i, build in enumerate(self._builders) if build == self._month_alone)
        # Days, months and quarters that a year phrase after them places ("Friday last year" is none).
        self._yearless_ranks = self._day_month_ranks | {i for i, build in enumerate(self._builders) if build in (
            self._day_range, self._month_alone, self._month_range)}
        self._time_rank = next(i for i, (_, build) in enumerate(self.patterns) if build == self._time)
        self._tense_words = self._compile_tense()
        self._ago = self._compile_ago()
        self._ago_rank = len(self._builders)  # no builder: `_ago_dates` builds these
        self._period = self._compile_period()
        self._nth_weekday = self._compile_nth_weekday()
        self._period_rank = len(self._builders) + 1  # nor `_period_dates`
        self._yearless_ranks |= {self._period_rank}
        self._weekday_rank = self._builders.index(self._weekday)
        self._day_alone_rank = self._builders.index(self._day_alone)
        self._past_verb = _verb_ending(self.cues.get("past_suffix", set()))  # "pleaded", "assinou", "firmó"
        # A verb of saying, whom it was told ("told reporters", "told the BBC", "to the press") and a
        # preposition right before a month: the month it was said in, gone by ("will be said" is ahead).
        self._said_at = re.compile(rf"(?<![\w])(?<!\sbe\s)(?<!\sser\s)(?:{self._cue('said_before')})\s+"
                                   rf"(?:(?<=told\s)(?:the\s+)?[\w.-]+\s+|to\s+(?:the\s+)?[\w.-]+\s+)?"
                                   rf"(?:in|em|en|during|durante)\s+$", flags)
        # A past participle right before "em/en" and a month, in Portuguese and Spanish, not one of
        # a plan ("previsto em março") nor after a verb of being ("deve ser concluída em junho").
        self._done_in = re.compile(
            r"(?<![\w-])(?<!\sser\s)(?<!\sestar\s)(?<!\sestá\s)(?<!\sserá\s)(?!(?:previst|programad|agendad|marcad"
            r"|esperad|planejad|planead|projetad|proyectad|estimad|prometid|anunciad)[oa]s?\s)"
            r"[^\W\d_]{3,}(?:ad|id)[oa]s?\s+(?:em|en)\s+$" if self.lang != "en" else r"(?!x)x", flags)
        self._past_not_after = re.compile(rf"(?<![\w'’])(?:{self._cue('past_not_after')})\s+$", flags)
        self._future_verb = _verb_ending(self.cues.get("future_suffix", set()))  # "comparecerá", "votarão"
        self._future_endings = tuple(sorted(self.cues.get("future_suffix", set())))
        if self.lang in ("es", "pt"):
            # A singular conditional ends as nouns do ("refinería", "categoria"); after the clitic
            # "se" it is a verb: "se lanzaría en el segundo semestre", "se realizaria em março".
            ending = "ría" if self.lang == "es" else "ria"
            after_se = rf"(?<=(?<![\w])se )[^\W\d_]{{3,}}{ending}(?![\w-])"
            self._future_verb = re.compile(rf"{self._future_verb.pattern}|{after_se}")
            self._future_endings = (*self._future_endings, ending)
        self._anaphor_rank = next(i for i, build in enumerate(self._builders) if build == self._anaphor)
        self._anaphor_tail = re.compile(rf"{_alt(self.anaphors) if self.anaphors else '(?!x)x'}$", flags)
        self._anaphor_article = re.compile(rf"(?<![\w])(?:{self._cue('anaphor_before')})\s+$", flags)
        self._year_noun_before = re.compile(rf"(?<![\w])(?:{self._cue('year_noun_before')})\s+$", flags)
        # "la semana que viene …" earlier in a weekday's sentence (not "next weekend"), what follows it
        next_week = [phrase for phrase, row in self.words.items() if row["unit"] == "week" and row["offset"] == "1"
                     and not any(word in phrase for word in ("fin", "fim", "weekend"))]
        self._next_week = re.compile(
            rf"(?<![\w])(?:{_alt(next_week) if next_week else '(?!x)x'})(?![\w])(?P<rest>[^.!?;\n]*)$", flags)
        self._weekday_before = re.compile(
            rf"(?<![\w])(?:{_alt(self.weekdays)}|{self._cue('day_before')}),?\s+$", flags)

    def _compile_ago(self) -> re.Pattern[str] | None:
        """"há três dias", "hace dos semanas", "three days ago", "dois meses atrás"; ahead, "daqui a
        duas semanas", "dentro de dos meses"."""
        if not self.ago_units:
            return None
        number = rf"\d{{1,3}}|{_alt(self.ago_numbers)}" if self.ago_numbers else r"\d{1,3}"
        unit, after = _alt(self.ago_units), self._cue("ago_after")
        self._ago_blocked = re.compile(rf"\s+(?:{self._cue('ago_not_before')})(?![\w])", re.IGNORECASE)
        self._ago_needs = NeededWords(self.cues.get("ago_before", set()) | self.cues.get("ahead_before", set())
                                      | self.cues.get("ago_after", set()))
        return re.compile(
            rf"(?<![\w])(?:(?P<pre>{self._cue('ago_before', 'ahead_before')})\s+(?:(?:{self._cue('ago_hedge')})\s+)?"
            rf"(?P<n>{number})\s+(?P<unit>{unit})"
            rf"(?:\s+(?:{after}))?(?![\w])"
            rf"|(?P<n2>{number})\s+(?P<unit2>{unit})\s+(?:{after})(?![\w]))", re.IGNORECASE)

    def _ago_dates(self, text: str, lowered: str, ref: date | None) -> list[Found]:
        """Dates counted back from the reference date (see `_compile_ago`)."""
        if self._ago is None or self._ago_needs.absent(text, lowered):
            return []
        found: list[Found] = []
        for match in self._ago.finditer(text):
            if match.group("pre") and (blocked := self._ago_blocked.match(text, match.end())) is not None \
                    and not (blocked.group(0).split()[0].lower() in _AGO_AFTER_VERB and self._past_right_before(
                        text, match.start())):
                continue  # "há dois anos que trabalha": a duration ("alertou há duas semanas que" is a date)
            written, unit = match.group("n") or match.group("n2"), match.group("unit") or match.group("unit2")
            n = int(written) if written.isdigit() else self.ago_numbers[written.lower()]
            ahead = (pre := match.group("pre")) is not None and _SPACES.sub(" ", pre.lower()) in self.cues.get(
                "ahead_before", ())
            counted = self.ago_units[unit.lower()]
            if counted == "decade":
                counted, n = "year", n * 10  # "a decade ago", "há duas décadas": years, counted by ten
            built = self._counted(ref, cast(Precision, counted), n if ahead else -n)
            found.append((match.start(), match.end(), self._ago_rank, built))
        return found

    def _compile_period(self) -> re.Pattern[str] | None:
        """Quarters and halves: "segundo trimestre de 2024", "3º trimestre", "the first half of
        2025", "Q3 2024"."""
        if not self.period_units:
            return None
        ordinal = rf"(?P<ord>{_alt(self.period_ordinals)})|(?P<ordn>[1-4])(?:\.?[º°ª]|st|nd|rd|th)"
        link = self._cue("period_year_link")
        self._period_needs = NeededWords([*self.period_units, *(f"q{n}" for n in range(1, 5))])
        year = rf"(?:\s+(?:{link}))?\s+(?P<year>[12]\d{{3}})(?![\d]|[.,]\d)"
        # "the September quarter", "the June 2024 quarter": English names a quarter by its last month
        by_month = r"|(?P<qmonth>March|June|September|December)\s+(?:(?P<qmyear>[12]\d{3})\s+)?quarter(?![\w])" \
            if self.lang == "en" else ""
        return re.compile(
            rf"(?<![\w])(?:(?:{ordinal})\s+(?P<unit>{_alt(self.period_units)})(?![\w])(?:{year})?"
            rf"|Q(?P<q>[1-4])(?:\s+(?:of\s+)?|\s*/\s*)(?P<qyear>[12]\d{{3}})(?![\d]|[.,]\d){by_month})",
            re.IGNORECASE)

    def _compile_nth_weekday(self) -> re.Pattern[str] | None:
        """A weekday counted in its month: "the last Monday of November", "el primer lunes de
        marzo", "a segunda quinta-feira de maio de 2025"."""
        if not self.weekday_ordinals:
            return None
        return re.compile(
            rf"(?<![\w])(?P<nth>{_alt(self.weekday_ordinals)})\s+(?P<weekday>{_alt(self.weekdays)})"
            rf"\s+(?:of|de|del)\s+(?P<month>{_alt(self.months)})(?:,?\s+(?:of\s+|de\s+|del\s+)?(?P<year>[12]\d{{3}}))?"
            rf"(?![\w])", re.IGNORECASE)

    def _nth_weekday_dates(self, text: str, ref: date | None) -> list[Found]:
        """The day a weekday counted in its month falls on (see `_compile_nth_weekday`): of the
        year written, else the coming one, or the last one in a clause in the past."""
        if self._nth_weekday is None or not any(word in text.lower() for word in ("of", "de")):
            return []
        found: list[Found] = []
        for match in self._nth_weekday.finditer(text):
            month_row = self.months.get(match.group("month").lower())
            weekday_row = self.weekdays.get(_SPACES.sub(" ", match.group("weekday").lower()))
            if month_row is None or weekday_row is None or month_row["standalone"] == "no":
                continue
            month, weekday = int(month_row["month"]), int(weekday_row["weekday"])
            nth = self.weekday_ordinals[match.group("nth").lower()]
            if match.group("year"):
                year = int(match.group("year"))
            elif ref is None:
                continue
            else:  # the month under way or coming; in a clause in the past, the nearer of it and the last
                year = ref.year if month_interval(ref.year, month)[1] >= ref else ref.year + 1
                if self._tense(match) == "last":
                    year = min(year, nearest_month_year(ref, month))
            day = _nth_weekday_of(year, month, weekday, nth)
            if day is None:
                continue
            built: Built = (None, day.isoformat(), "day", (day, day), not match.group("year"))
            found.append((match.start(), match.end(), self._period_rank, built))
        return found

    def _period_dates(self, text: str, lowered: str, ref: date | None) -> list[Found]:
        """The months of a quarter or a half (see `_compile_period`), as an interval of months."""
        if self._period is None or self._period_needs.absent(text, lowered):
            return []
        found: list[Found] = []
        for match in self._period.finditer(text):
            if _FISCAL_AFTER.match(text, match.end()):
                continue  # "the second quarter of fiscal 2025": a company's year, not the calendar's
            year: int | None
            if match.group("q"):
                unit, n, year = "quarter", int(match.group("q")), int(match.group("qyear"))
            elif match.groupdict().get("qmonth"):
                unit, n = "quarter", int(self.months[match.group("qmonth").lower()]["month"]) // 3
                year = int(match.group("qmyear")) if match.group("qmyear") else None
            else:
                unit = self.period_units[match.group("unit").lower()]
                n = self.period_ordinals[match.group("ord").lower()] if match.group("ord") else int(match.group("ordn"))
                year = int(match.group("year")) if match.group("year") else None
            months = 3 if unit == "quarter" else 6
            if n * months > 12 or (year is None and unit == "half" and self.lang == "en"):
                continue  # "fourth half"; "the first half" of a match
            first, last = (n - 1) * months + 1, n * months
            if year is None and ref is None:
                built: Built = (None, f"XXXX-{first:02d}/XXXX-{last:02d}", "month", None, True)
            else:
                relative = year is None
                if year is None and (said := self._in_year_before(text, match.start())) is not None:
                    year = said  # "recaudó … en 2024, … durante el primer semestre": that year's
                elif year is None:
                    assert ref is not None
                    begun = date(ref.year, first, 1) <= ref
                    year = ref.year if begun else ref.year - 1  # the latest begun
                    if self._tense(match) == "next" and month_interval(year, last)[1] < ref and (
                            not _OF_BEFORE.search(text, max(0, match.start() - 16), match.start())
                            or (date(year + 1, first, 1) - ref).days < (ref - month_interval(year, last)[1]).days):
                        # a period over, in a future clause: the coming one ("abrirá en el segundo
                        # semestre"); the results "of" one, the nearer ("deve divulgar o balanço do
                        # terceiro trimestre" in October is the one just over)
                        year += 1
                interval = (month_interval(year, first)[0], month_interval(year, last)[1])
                built = (None, f"{year}-{first:02d}/{year}-{last:02d}", "month", interval, relative)
            found.append((match.start(), match.end(), self._period_rank, built))
        return found

    def _past_right_before(self, text: str, start: int) -> bool:
        """A verb in the past right before `start` ("alertou há", "anunció hace")."""
        before = _LAST_WORD.search(text, max(0, start - 24), start)
        if before is None:
            return False
        word = before.group(1)
        return self._past_verb.fullmatch(word.lower()) is not None or word.lower() in self.cues.get("past_before", ())

    def _compile_tense(self) -> re.Pattern[str]:
        """The words that set a clause's tense; a clitic ("'ll") needs no word boundary before it."""
        words = self.cues.get("future_before", set()) | self.cues.get("past_before", set())
        clitics = {w for w in words if w[:1] in "'’"}
        plain = _alt(words - clitics) if words - clitics else r"(?!x)x"
        joined = rf"(?<![\w]){plain}"
        if clitics:
            joined += rf"|(?:{_alt(clitics)})"
        return re.compile(rf"(?:{joined})(?![\w])", re.IGNORECASE)

    def __call__(self, doc: Doc) -> Doc:
        ref = doc._.reference_date
        text = doc_text(doc)
        self._tense_memo.clear()
        article = doc._.article
        self.south = article is not None and home_country(article.url, (article.language or self.lang).lower()[:2]) \
            in SOUTHERN
        lowered = text.lower()  # for the scans that skip texts by their words
        blocked = _url_spans(text, lowered)
        found: list[Found] = []
        builders = self._builders
        if self._ago is not None and (ago := self._ago_dates(text, lowered, ref)):
            found.extend(ago)
        if self._nth_weekday is not None and (nth := self._nth_weekday_dates(text, ref)):
            found.extend(nth)
        if self._period is not None and (periods := self._period_dates(text, lowered, ref)):
            found.extend(periods)
        for rank, match in self._scan.matches(text, self._regexes, lowered):
            start, end = match.span()
            if blocked and any(s < end and start < e for s, e in blocked):
                continue
            result = builders[rank](match, ref)
            if result is None:
                continue
            start, end = self._trim(match, result)
            found.append((start, end, rank, result))
        # Only the chosen candidates become (validated) mentions.
        chosen = [(start, end, rank, self._mention(text, start, end, *result[1:]))
                  for start, end, rank, result in self._select(found)]
        if any(item[2] == self._anaphor_rank for item in chosen):
            chosen = self._resolve_anaphors(text, chosen)
        if self.lang == "en":
            chosen = self._second_listed_days(text, chosen)
        chosen = self._year_after_a_day(text, self._days_before_a_date(text, self._days_after_a_date(text, chosen)))
        chosen = self._range_ends_in_order(text, chosen)
        if ref is not None:
            chosen = self._year_word_after(text, chosen, ref)
        ordered = self._order_weekday_ranges(text, self._share_years(text, chosen, ref), ref)
        dates = self._anchor_times(text, ordered, ref)
        if ref is not None and dates:
            dates = self._following_weekdays(text, self._filed_days(text, dates, ref))
        doc._.dates = dates
        doc.user_data[TIMES_OF_DAY] = frozenset(
            (mention.start, mention.end) for (_, _, rank, _), mention in zip(ordered, dates, strict=True)
            if rank == self._time_rank)
        return doc

    def _following_weekdays(self, text: str, dates: list[DateMention]) -> list[DateMention]:
        """A weekday said to follow a day just given is the first after it: "Hiring begins Nov.
        18, with a session the following Thursday" is Nov. 21; "a reunião de 3 de março e a
        quinta-feira seguinte", "el lunes 3 y el jueves siguiente"."""
        out: list[DateMention] = []
        for mention in dates:
            row = self.weekdays.get(_SPACES.sub(" ", mention.text.lower()))
            before = out[-1] if out else None
            if row is not None and before is not None and before.precision == "day" \
                    and before.start_date is not None and before.start_date == before.end_date \
                    and not _SENTENCE_END.search(text, before.end, mention.start) \
                    and (_FOLLOWING_BEFORE.search(text, max(0, mention.start - 16), mention.start)
                         or _FOLLOWING_AFTER.match(text, mention.end)):
                ahead = (int(row["weekday"]) - before.start_date.weekday() - 1) % 7 + 1
                day = before.start_date + timedelta(days=ahead)
                mention = mention.model_copy(update={"value": day.isoformat(), "start_date": day, "end_date": day})
            out.append(mention)
        return out

    def _filed_days(self, text: str, dates: list[DateMention], ref: date) -> list[DateMention]:
        """"Today", "yesterday" and "tomorrow" count from the day a dateline gives, when the
        story was filed a day to three before it was published: "Ludhiana, March 4 — … said
        today" in the paper of March 5 is March 4."""
        first = dates[0]
        if first.precision != "day" or first.start_date is None or not 1 <= (ref - first.start_date).days <= 3 \
                or _DATELINE_BEFORE.fullmatch(text, 0, first.start) is None \
                or not _DATELINE_AFTER.match(text, first.end):
            return dates
        shift = first.start_date - ref
        out = [first]
        for mention in dates[1:]:
            row = self.words.get(_SPACES.sub(" ", mention.text.lower()))
            if row is not None and row["unit"] == "day" and row["offset"] in ("-1", "0", "1") \
                    and mention.start_date is not None and mention.end_date is not None:
                day = mention.start_date + shift
                mention = mention.model_copy(update={"value": day.isoformat(), "start_date": day, "end_date": day})
            out.append(mention)
        return out

    def _year_after_a_day(self, text: str, chosen: list[Chosen]) -> list[Chosen]:
        """A listed day right before a year is of that year: "August 16th and 17th, 2025" ->
        the 17th (and, by `_share_years`, the 16th) of 2025, one mention with the year."""
        out: list[Chosen] = []
        for item in chosen:
            start, end, rank, mention = item
            if out and mention.precision == "year" and mention.value.isdigit():
                p_start, p_end, p_rank, day = out[-1]
                year = int(mention.value)
                if day.precision == "day" and day.relative and day.start_date is not None \
                        and day.end_date is not None and _YEAR_LINK.fullmatch(text, p_end, start) \
                        and (found := safe_date(year, day.start_date.month, day.start_date.day)) \
                        and (last := safe_date(year + day.end_date.year - day.start_date.year,
                                               day.end_date.month, day.end_date.day)):
                    # "Oct. 5-8 this year" stays a range
                    value = found.isoformat() if last == found else f"{found.isoformat()}/{last.isoformat()}"
                    out[-1] = (p_start, end, p_rank, DateMention(
                        start=p_start, end=end, text=text[p_start:end], value=value, precision="day",
                        start_date=found, end_date=last, relative=False))
                    continue
            out.append(item)
        return out

    def _year_word_after(self, text: str, chosen: list[Chosen], ref: date) -> list[Chosen]:
        """A day or month resolved without its year, followed by "do ano passado", "deste ano",
        "del año pasado" or "of last year", is of that year: "desde el 9 de septiembre del año
        pasado", "no terceiro trimestre deste ano" (one mention, the year phrase in it). So is
        one followed by "de ese año" or "of the same year", of the last year given in full."""
        out: list[Chosen] = []
        for item in chosen:
            start, end, rank, mention = item
            if out and out[-1][1] > start:
                continue  # the year phrase a day or month took in
            found = self._year_phrase_after.match(text, end)
            year: int | None = None
            if found is not None:
                year = ref.year + int(self.words[_SPACES.sub(" ", found.group("phrase").lower())]["offset"])
            elif (found := _THAT_YEAR.match(text, end)) is not None:
                # "el 19 de junio de ese año": of the last year the text gave in full
                year = next((m.start_date.year for *_, m in reversed(out) if not m.relative and m.start_date), None)
            if year is None or found is None or rank not in self._yearless_ranks or not mention.relative \
                    or mention.start_date is None or mention.end_date is None:
                out.append(item)
                continue
            shift = year - mention.start_date.year
            first, last = _shift_year(mention.start_date, shift), _shift_year(mention.end_date, shift)
            if first is None or last is None:
                out.append(item)
                continue
            value = _YEAR_DIGITS.sub(partial(_add_years, shift), mention.value)
            out.append((start, found.end(), rank, self._mention(text, start, found.end(), value, mention.precision,
                                                                (first, last), True)))
        return out

    def _days_after_a_date(self, text: str, chosen: list[Chosen]) -> list[Chosen]:
        """A day alone after a full date in its sentence is of that date's month, or the next month
        when it comes before it: "do dia 2 de dezembro até o dia 13" is December 13th, "do dia 28
        de outubro até o dia 3" November 3rd; but "desde o dia 3" after a 10th is the 3rd before."""
        out = list(chosen)
        for i in range(1, len(out)):
            start, end, rank, day = out[i]
            prior = out[i - 1][3]
            if rank != self._day_alone_rank:
                continue
            if prior.precision != "day" or prior.start_date is None or "/" in prior.value \
                    or _SENTENCE_END.search(text, prior.end, start) or day.precision != "day":
                continue
            digits = _DIGITS.search(day.text)
            if digits is None:
                continue
            number = int(digits.group(0))
            year, month = prior.start_date.year, prior.start_date.month
            if number < prior.start_date.day and not _SINCE_BEFORE.search(text, max(prior.end, start - 16), start):
                year, month = shift_month(year, month, 1)  # (not "nesta terça-feira (10) … desde o dia 3")
            found = safe_date(year, month, number)
            if found is not None:
                out[i] = (start, end, rank, self._mention(text, start, end, found.isoformat(), "day",
                                                           (found, found), prior.relative))
        return out

    def _range_ends_in_order(self, text: str, chosen: list[Chosen]) -> list[Chosen]:
        """The two days of a range ("between May 21 and May 31", "del 28 de diciembre al 3 de
        enero"), each resolved alone, are put in order within a year: the first takes the latest
        year that keeps it before the second."""
        out = list(chosen)
        for i in range(len(out) - 1):
            start, end, rank, first = out[i]
            second = out[i + 1][3]
            if first.precision != "day" or second.precision != "day" or not (first.relative and second.relative) \
                    or first.start_date is None or second.start_date is None or "/" in first.value + second.value \
                    or not (_DIGITS.search(first.text) and _DIGITS.search(second.text)) \
                    or not _RANGE_BETWEEN.fullmatch(text, end, second.start) \
                    or not _RANGE_OPENS.search(text, max(0, start - 12), start):
                continue
            gap = (second.start_date - first.start_date).days
            if 0 <= gap <= 300:
                continue
            found = safe_date(second.start_date.year, first.start_date.month, first.start_date.day)
            if found is not None and found > second.start_date:
                found = safe_date(second.start_date.year - 1, first.start_date.month, first.start_date.day)
            if found is not None:
                out[i] = (start, end, rank, self._mention(text, start, end, found.isoformat(), "day",
                                                           (found, found), True))
        return out

    def _days_before_a_date(self, text: str, chosen: list[Chosen]) -> list[Chosen]:
        """A day alone listed before a full date is of that date's month: "los días 21, 22 y 23
        de marzo" -> March 21st (not the nearest 21st)."""
        out = list(chosen)
        for i in range(len(out) - 2, -1, -1):
            start, end, rank, day = out[i]
            nxt = out[i + 1][3]
            if rank != self._day_alone_rank or day.precision != "day" or nxt.precision != "day" \
                    or nxt.start_date is None or "/" in nxt.value:
                continue
            between = _LIST_JOIN.fullmatch(text, end, nxt.start) or _INNER_DAYS.fullmatch(text, end, nxt.start)
            if between is None:
                continue
            # "los días 15, 16, 29 y 30 de marzo": the days between the first and the dated last
            # are that month's too, each rising to the next.
            digits = _DIGITS.search(day.text)
            if digits is None:
                continue
            days = [(start, end, int(digits.group(0)))]
            days += [(inner.start(), inner.end(), int(inner.group(0)))
                     for inner in _DIGITS.finditer(text, end, nxt.start)]
            numbers = [number for _, _, number in days] + [nxt.start_date.day]
            if any(a >= b for a, b in zip(numbers, numbers[1:], strict=False)):
                continue
            listed: list[Chosen] = []
            for at, stop, number in days:
                found = safe_date(nxt.start_date.year, nxt.start_date.month, number)
                if found is None:
                    break
                listed.append((at, stop, rank, self._mention(text, at, stop, found.isoformat(), "day",
                                                             (found, found), nxt.relative)))
            else:
                out[i:i + 1] = listed
        return out

    def _second_listed_days(self, text: str, chosen: list[Chosen]) -> list[Chosen]:
        """English lists more days after a month's day: "on September 23 and 24", "March 3, 5 and 9"."""
        out: list[Chosen] = []
        for i, item in enumerate(chosen):
            out.append(item)
            start, end, rank, first = item
            found = _SECOND_DAY.match(text, end)
            if first.precision != "day" or first.start_date is None or found is None \
                    or "/" in first.value or (i + 1 < len(chosen) and chosen[i + 1][0] < found.end()) \
                    or counts_a_noun(text, found.end("day"), stop=self.stop, verb_suffixes=self.verb_suffixes) \
                    or _UNMARKED_PLURAL.match(text, found.end("day")):
                continue  # "On March 3 and 10 people died": a count
            days = list(_DIGITS.finditer(text, found.start("inner"), found.end("day")))
            listed, last = [], first.start_date
            for number in days:
                day = safe_date(first.start_date.year, first.start_date.month, int(number.group(0)))
                if day is None or day <= last:
                    break
                listed.append((number.start(), number.end(), rank, self._mention(
                    text, number.start(), number.end(), day.isoformat(), "day", (day, day), first.relative)))
                last = day
            else:
                out.extend(listed)
        return out

    def _trim(self, match: re.Match[str], result: Built) -> tuple[int, int]:
        # A builder may drop a leading preposition that only served as context.
        start, end = result[0] if result[0] is not None else match.span()
        # The full stop after a month's full name ends the sentence ("entre abril e outubro."),
        # after its abbreviation it is the abbreviation's ("Oct. 5").
        if match.string[end - 1] == "." and match.re.groupindex.get("month") and match.end("month") == end - 1 \
                and self.months[match.group("month").lower()]["standalone"] != "no":
            end -= 1
        return start, end

    @staticmethod
    def _select(found: list[Found]) -> list[Found]:
        found.sort(key=lambda item: (item[0], -(item[1] - item[0]), item[2]))
        chosen: list[Found] = []
        last_end = -1
        for item in found:
            if item[0] >= last_end:
                chosen.append(item)
                last_end = item[1]
        return chosen

    def _share_years(self, text: str, chosen: list[Chosen], ref: date | None = None) -> list[Chosen]:
        """A day without a year takes the year of the dated day that closes its range or list.

        "de 20 de janeiro a 5 de fevereiro de 2004" -> 2004-01-20; "30 de dezembro a 2 de
        janeiro de 2004" -> 2003-12-30 (the first day is not after the second).
        """
        shared = list(chosen)
        for i in range(len(shared) - 1, 0, -1):
            start, end, rank, first = shared[i - 1]
            second = shared[i][3]
            if rank == self._month_rank and first.relative and not second.relative and second.precision == "month" \
                    and "/" not in first.value + second.value and second.start_date is not None \
                    and _SHARED_JOIN.fullmatch(text, end, second.start):
                # "en octubre y noviembre de 2023": the months of that year
                month = int(first.value[5:7])
                year = second.start_date.year - (month > second.start_date.month)
                shared[i - 1] = (start, end, rank, self._mention(text, start, end, f"{year}-{month:02d}", "month",
                                                                 month_interval(year, month), False))
                continue
            if not (rank in self._day_month_ranks and first.relative and not second.relative
                    and second.precision == "day" and "/" not in first.value + second.value
                    and second.start_date is not None and _SHARED_JOIN.fullmatch(text, end, second.start)):
                continue
            month, day = int(first.value[5:7]), int(first.value[8:10])
            year = second.start_date.year
            if (month, day) > (second.start_date.month, second.start_date.day):
                year -= 1
            found = safe_date(year, month, day)
            if found is not None:
                shared[i - 1] = (start, end, rank, DateMention(
                    start=start, end=end, text=first.text, value=found.isoformat(), precision="day",
                    start_date=found, end_date=found, relative=False))
        return self._order_month_ranges(text, self._order_day_ranges(text, shared), ref)

    def _order_day_ranges(self, text: str, chosen: list[Chosen]) -> list[Chosen]:
        """Two days without a year joined as a range or list are in order: "between Oct. 1 and
        May 18", each resolved to its nearest, put October after May; the first goes a year back."""
        ordered = list(chosen)
        for i in range(len(ordered) - 1):
            start, end, rank, first = ordered[i]
            second = ordered[i + 1][3]
            if not (rank in self._day_month_ranks and ordered[i + 1][2] in self._day_month_ranks
                    and first.relative and second.relative and first.precision == second.precision == "day"
                    and first.start_date is not None and second.start_date is not None
                    and first.start_date > second.start_date and _SHARED_JOIN.fullmatch(text, end, second.start)):
                continue
            moved = safe_date(first.start_date.year - 1, first.start_date.month, first.start_date.day)
            if moved is not None and moved <= second.start_date:
                ordered[i] = (start, end, rank, DateMention(
                    start=first.start, end=first.end, text=first.text, value=moved.isoformat(), precision="day",
                    start_date=moved, end_date=moved, relative=True))
        return ordered

    def _order_month_ranges(self, text: str, chosen: list[Chosen], ref: date | None) -> list[Chosen]:
        """Two months without a year joined as a range are in order: "the fiscal year (July-April)"
        in May, resolved one by one, put July after April; the first goes a year back. The
        second goes a year on instead when the range then holds the reference date: "from late
        May till July" in June is this year's, not May to a July gone by."""
        ordered = list(chosen)
        for i in range(len(ordered) - 1):
            end, first = ordered[i][1], ordered[i][3]
            second = ordered[i + 1][3]
            if not (first.relative and second.relative and first.precision == second.precision == "month"
                    and first.start_date is not None and second.start_date is not None
                    and first.start_date > second.start_date and _RANGE_JOIN.fullmatch(text, end, second.start)):
                continue
            onward = second.start_date.year + 1, second.start_date.month
            if ref is not None and first.start_date <= ref <= month_interval(*onward)[1]:
                index, (year, month), mention = i + 1, onward, second
            else:
                index, (year, month), mention = i, (first.start_date.year - 1, first.start_date.month), first
            ordered[index] = (*ordered[index][:3], DateMention(
                start=mention.start, end=mention.end, text=mention.text, value=f"{year}-{month:02d}",
                precision="month", start_date=date(year, month, 1), end_date=month_interval(year, month)[1],
                relative=True))
        return ordered

    def _order_weekday_ranges(self, text: str, chosen: list[Chosen], ref: date | None) -> list[Chosen]:
        """Two weekdays joined as a range are one week's span, in order: "del lunes al jueves"
        resolved one by one gave a Thursday before the Monday. The earlier week is taken when
        the first day is not after the reference date, else the later one."""
        if ref is None or len(chosen) < 2:
            return chosen
        ordered = list(chosen)
        for i in range(len(ordered) - 1):
            start, end, rank, first = ordered[i]
            start2, end2, rank2, second = ordered[i + 1]
            if rank != self._weekday_rank or rank2 != self._weekday_rank or first.start_date is None \
                    or second.start_date is None or second.start_date >= first.start_date \
                    or not _SHARED_JOIN.fullmatch(text, end, start2):
                continue
            if first.start_date <= ref:
                moved, index, item = first.start_date - timedelta(days=7), i, (start, end, rank, first)
            else:
                moved, index, item = second.start_date + timedelta(days=7), i + 1, (start2, end2, rank2, second)
            mention = item[3]
            ordered[index] = (item[0], item[1], item[2], DateMention(
                start=mention.start, end=mention.end, text=mention.text, value=moved.isoformat(), precision="day",
                start_date=moved, end_date=moved, relative=True))
        return ordered

    def _resolve_anaphors(self, text: str, chosen: list[Chosen]) -> list[Chosen]:
        """"the year before", "no ano anterior": counted from the last date before it in its sentence.

        "last year, up from 8 the year before" -> the year before last year; with no such
        date in the sentence the phrase is dropped (what it counts from is unknown).
        """
        resolved: list[Chosen] = []
        anchor: DateMention | None = None
        year: DateMention | None = None  # the last year named
        for start, end, rank, mention in chosen:
            if rank != self._anaphor_rank:
                resolved.append((start, end, rank, mention))
                anchor = mention
                if mention.precision == "year" and "/" not in mention.value:
                    year = mention
                continue
            if anchor is None or _SENTENCE_END.search(text, anchor.end, start):
                continue
            phrase = self._anaphor_tail.search(mention.text)
            unit, offset = self.anaphors[_SPACES.sub(" ", phrase.group(0).lower())] if phrase else ("", 0)
            if unit == "year" and year is not None and year is not anchor \
                    and not _SENTENCE_END.search(text, year.end, start):
                # "o balanço de 2023, divulgado no mês passado, mostra alta em relação ao ano
                # anterior": a year compared with the year before it
                base = year
            else:
                base = anchor
            counted = None
            if base.start_date is not None and "X" not in base.value and "/" not in base.value:
                counted = count_from(base.start_date, base.precision, unit, offset)
            elif base.start_date is not None and base.end_date is not None and "X" not in base.value \
                    and unit == "year" and base.start_date.year == base.end_date.year:
                # "in the first half of 2024, up from 50% a year earlier": the year of a period
                counted = count_from(base.start_date, "year", unit, offset)
            if counted is not None:
                value, interval = counted
                resolved.append((start, end, rank, self._mention(text, start, end, value, mention.precision,
                                                                 interval, base.relative)))
        return resolved

    def _anchor_times(self, text: str, chosen: list[Chosen], ref: date | None) -> list[DateMention]:
        """A time of day takes the date it belongs to: a day-precision date in its sentence.

        "10 de setembro, às 17 horas" -> "17 horas" is 2024-09-10. A time with no
        date around it keeps an unknown day (``XXXX-XX-XX``, relative): the record leaves it
        out (it dates nothing), but the other components still see a time there, no amount.
        """
        dated = [item[3] for item in chosen if item[2] != self._time_rank
                 and item[3].precision == "day" and "/" not in item[3].value]
        others = [(item[0], item[1]) for item in chosen if item[2] != self._time_rank]
        mentions = []
        for start, end, rank, mention in chosen:
            anchor = self._anchor(text, start, end, dated) if rank == self._time_rank else None
            if anchor is None and rank == self._time_rank \
                    and not any(not _SENTENCE_END.search(text, *sorted((e, start))) and
                                not _SENTENCE_END.search(text, *sorted((end, s))) for s, e in others):
                anchor = self._previous_sentence(text, start, dated, others, ref)
            if anchor is not None:
                mention = DateMention(
                    start=start, end=end, text=mention.text, value=anchor.value, precision="day",
                    start_date=anchor.start_date, end_date=anchor.end_date, relative=anchor.relative)
            mentions.append(mention)
        for i in range(len(mentions) - 2, -1, -1):  # "from 1 a.m. to 5 a.m. yesterday": one night
            first, second = mentions[i], mentions[i + 1]
            if chosen[i][2] == chosen[i + 1][2] == self._time_rank and first.value == "XXXX-XX-XX" \
                    and second.value != first.value and _TIME_TO.fullmatch(text, first.end, second.start):
                mentions[i] = DateMention(
                    start=first.start, end=first.end, text=first.text, value=second.value, precision="day",
                    start_date=second.start_date, end_date=second.end_date, relative=second.relative)
        return mentions

    @staticmethod
    def _previous_sentence(
        text: str, start: int, dated: list[DateMention], others: list[tuple[int, int]], ref: date | None,
    ) -> DateMention | None:
        """The last day-precision date of the sentence right before a time with no date in its
        own: "reached orbit on Saturday. It lifted off at 9:22 a.m." -> that Saturday; else the
        last one earlier in its paragraph (the time the story has reached); else the story's
        last day before it when that day is in the week up to the publication date and no other
        date comes between ("El domingo, una caravana…" then a paragraph later "salió poco antes
        de las 5:00 horas": that Sunday). An older or coming day is not the day of a bare time
        paragraphs later ("el sismo del 27 de febrero de 2010 … evacuar entre las 11:00 y …")."""
        before = [d for d in dated if d.end <= start and start - d.end <= 240
                  and len(_SENTENCE_END.findall(text, d.end, start)) == 1]
        if not before:  # else the paragraph's last day: "On Tuesday, ... Later, ... At 17.30, ..."
            before = [d for d in dated if d.end <= start and "\n" not in text[d.end:start]]
        if not before and ref is not None:
            before = [d for d in dated if d.end <= start]
            if before and (before[-1].start_date is None or not 0 <= (ref - before[-1].start_date).days <= 7
                           or any(before[-1].end <= s < start for s, _ in others)):
                return None  # "En 2019, …": the story has moved to another time
        return before[-1] if before else None

    @staticmethod
    def _anchor(text: str, start: int, end: int, dated: list[DateMention]) -> DateMention | None:
        before = [d for d in dated if d.end <= start and start - d.end <= 80
                  and not _SENTENCE_END.search(text, d.end, start)]
        after = [d for d in dated if d.start >= end and d.start - end <= 25
                 and not _SENTENCE_END.search(text, end, d.start)]
        if after and _TIME_ON.fullmatch(text, end, after[0].start):
            return after[0]  # "at 8am on Saturday", "às 17h do dia 10": the day named with it
        if before:
            return before[-1]
        return after[0] if after else None

    @staticmethod
    def _mention(
        text: str, start: int, end: int, value: str, precision: Precision,
        interval: Interval | None, relative: bool,
    ) -> DateMention:
        # DateMention(**fields) validates the same dict behind a slower wrapper.
        return _validate_mention({
            "start": start, "end": end, "text": text[start:end], "value": value, "precision": precision,
            "start_date": interval[0] if interval else None,
            "end_date": interval[1] if interval else None, "relative": relative,
        })


@Language.factory("etl_dates")
def make_dates(nlp: Language, name: str) -> DatesComponent:
    """Build the etl_dates component for `nlp.lang` (reference tables are read once)."""
    return DatesComponent(nlp, name)
