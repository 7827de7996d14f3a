"""The etl_dates component: date expressions -> `doc._.dates` (list of `DateMention`).

Candidates are found by regular expressions compiled once per pipeline from the
reference tables `months`, `weekdays`, `date_words` and `date_cues` (all in
`seeds/reference/`). The expressions run over `doc.text` itself, so every offset
is a Python index into the Doc's own string; overlapping candidates are resolved
leftmost-longest and the output is sorted by offsets. Each expression is tried only
where it can start (`_dates_scan`: a digit run or a listed word), which gives the same
matches as scanning the whole text with every expression at a fraction of the cost.

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
  (one whose weekday matches wins).
- Deictic words: "ontem"/"yesterday"/"ayer" = ref - 1 day, "semana passada" = the
  ISO week before ref's week (value ``2024-W47``), "mês passado" = the month
  before, "ano passado" = the year before, and so on (offsets in `date_words.csv`).
- Years count only in a date context: a preceding cue ("em 2023", "in 2019"), a
  range ("1950-53", "2019-2021", "entre 2019 e 2021" -> ``1950/1953``), parentheses
  ("Poesia (1944)"), a copyright sign, or a list after a year ("2002 e 2003"). After
  "de/of/com", a year followed by a plural noun is a count ("de 2000 pessoas").
- Centuries and decades: "século XIX" -> ``18XX``; "anos 90", "the '90s" -> ``199X``.
- Ranges of days and months are one interval: "de 10 a 18 de setembro" ->
  ``2024-09-10/2024-09-18``; "entre junho e agosto" -> ``2024-06/2024-08``.
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
from typing import cast

from spacy.language import Language
from spacy.tokens import Doc

from etl.extract.components._dates_calendar import (
    Interval,
    full_year,
    month_interval,
    nearest_day,
    nearest_month_year,
    resolve_weekday,
    roman,
    safe_date,
    shift_month,
)
from etl.extract.components._dates_scan import (
    APOSTROPHE,
    SHORT_NUMBER,
    SHORT_ORDINAL,
    SHORT_SEPARATOR,
    SHORT_SLASH,
    YEAR_NUMBER,
    StartScan,
)
from etl.extract.patterns import _alt, counts_a_noun, doc_text
from etl.extract.reference import rows_for_language
from etl.models import DateMention, Precision

_B = r"(?<![\w])"
_E = r"(?![\w])"
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_DAY = r"(?P<day>[0-3]?\d)(?:º|°|ª|\.º|st|nd|rd|th|er|o)?(?!\d)"
_YEAR4 = r"(?P<year>[12]\d{3})(?![\d]|[.,]\d)"

_SENTENCE_END = re.compile(r"[.!?;](?:\s|$)|\n")
_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright|copyrigth)[\s®]*$", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
# The capitalised word before a month ("Rio de Janeiro"), and a refused day ("25 de Março").
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+(?:(?:de|del|do|da|dos|das)\s+)?$")
_DAY_BEFORE = re.compile(r"\d(?:º|°|ª)?\s+(?:de|do|del|of)\s+$")

# A builder's result: (span override or None, value, precision, interval, relative).
Built = tuple[tuple[int, int] | None, str, Precision, Interval | None, bool]
Builder = Callable[[re.Match[str], date | None], Built | None]
# A candidate: (start, end, pattern rank, builder result).
Found = tuple[int, int, int, Built]
# A chosen candidate: (start, end, pattern rank, mention).
Chosen = tuple[int, int, int, DateMention]


def _url_spans(text: str) -> list[tuple[int, int]]:
    """Spans of URLs (dates inside them are not mentions); most articles have none."""
    if "://" not in text and "www." not in text.lower():
        return []
    return [m.span() for m in _URL.finditer(text)]


class DatesComponent:
    """Find date expressions and normalise them to ISO 8601 at their precision."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.lang: str = str(nlp.lang)
        self.name = name
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
        for row in rows_for_language("date_cues", lang):
            self.cues.setdefault(row["role"], set()).add(row["phrase"].lower())

    def _cue(self, *roles: str) -> str:
        words = set().union(*(self.cues.get(role, set()) for role in roles))
        return _alt(words) if words else r"(?!x)x"

    def _compile(self) -> None:
        flags = re.IGNORECASE
        month = rf"(?P<month>{_alt(self.months)})\.?"
        weekday = rf"(?P<weekday>{_alt(self.weekdays)})"
        prefix = rf"(?:(?P<wdprefix>{_alt(self.weekdays)}),?\s+)?"
        link = r"(?:\s+(?:de|del|do|of)\s+|,\s*|\s+)"
        before = rf"(?:(?P<before>{self._cue('this_before', 'last_before', 'next_before')})\s+)?"
        after_m = self._cue("last_after", "next_after", "year_last_after")
        after_w = self._cue("last_after", "next_after")
        opens, joins = self._cue("range_open"), self._cue("range_join")
        to = rf"(?:\s*[-–]\s*|\s+(?P<join>{joins})\s+)"
        days = rf"(?:(?:{self._cue('day_before')})\s+)?"
        d12, d4, apos = SHORT_NUMBER, YEAR_NUMBER, APOSTROPHE
        # Each pattern with the classes it can begin with (see _dates_scan).
        table: list[tuple[re.Pattern[str], Builder, set[str]]] = [
            (re.compile(rf"{_B}(?P<year>\d{{4}})-(?P<mon>\d{{2}})-(?P<day>\d{{2}}){_E}"),
             self._numeric, {d4}),
            (re.compile(rf"(?<![\w.,/-])(?P<a>\d{{1,2}})(?P<sep>[/.-])(?P<b>\d{{1,2}})(?P=sep)"
                        rf"(?:{_YEAR4}|(?<![.])(?P<yy>\d{{2}})(?![\d]|[.,/-]\d))"), self._numeric, {SHORT_SEPARATOR}),
            (re.compile(rf"{_B}{prefix}{_DAY}\s+(?:d[eo]\s+|del\s+)?{month}(?:{link}{_YEAR4})?{_E}",
                        flags), self._day_month, {"weekday", d12}),
            (re.compile(rf"{_B}(?:(?P<open>{opens})\s+)?{days}(?P<d1>[0-3]?\d)(?:º|°)?{to}"
                        rf"(?P<d2>[0-3]?\d)\s+(?:d[eo]\s+|del\s+)?{month}(?:{link}{_YEAR4})?{_E}",
                        flags), self._day_range, {"open", "day_before", d12}),
            (re.compile(rf"{_B}{month}(?:{link}{_YEAR4}|/(?P<yy>\d{{2}})(?![\d/]))", flags),
             self._month_year, {"month"}),
            (re.compile(rf"{_B}(?P<open>{opens})\s+(?P<m1>{_alt(self.months)})\.?{to}{month}"
                        rf"(?:{link}{_YEAR4})?{_E}", flags), self._month_range, {"open"}),
            (re.compile(rf"{_B}{before}{month}(?:\s+(?P<after>{after_m}))?{_E}", flags),
             self._month_alone, {"before", "month"}),
            (re.compile(rf"{_B}{before}{weekday}(?:\s+(?P<after>{after_w}))?"
                        rf"(?:\s*\(\s*(?P<pday>[0-3]?\d)\s*\))?(?!\w)", flags), self._weekday,
             {"before", "weekday"}),
            (re.compile(rf"{_B}(?P<phrase>{_alt(self.words)}){_E}", flags), self._deictic, {"word"}),
            (re.compile(rf"{_B}(?:(?P<open>{opens})\s+)?(?P<y1>[12]\d{{3}})"
                        rf"(?:\s*[-–—/]\s*|\s+(?P<join>{joins})\s+)"
                        rf"(?P<y2>[12]\d{{3}}|\d{{2}})(?![\d]|[.,]\d)", flags), self._year_range,
             {"open", d4}),
            (re.compile(rf"{_B}(?P<year>1\d{{3}}|20\d\d|2100)(?![\d%]|[.,]\d)"), self._year, {d4}),
            (re.compile(rf"{_B}(?:(?P<dword>{self._cue('decade_before')})\s+)?"
                        rf"(?:(?P<dec>1[0-9]\d0|20\d0)s?|'?(?P<dec2>[0-9]0)(?:'?s)?)"
                        rf"(?![\d%º°]|[.,]\d)", flags), self._decade, {"decade_before", d4, d12, apos}),
            (re.compile(rf"{_B}(?P<cword>{self._cue('century_before')})\s*(?P<roman>[IVXL]{{1,5}}|"
                        rf"\d{{1,2}})(?:º|°)?{_E}", flags), self._century, {"century_before"}),
            (re.compile(rf"{_B}(?P<num>\d{{1,2}})(?:st|nd|rd|th)[\s-]+(?:{self._cue('century_after')})"
                        rf"{_E}", flags), self._century, {SHORT_ORDINAL}),
            (re.compile(rf"(?<![\w.,:/])(?P<hour>[01]?\d|2[0-4])(?:(?P<sep>[:hH.])(?P<min>[0-5]\d)?"
                        rf"(?::(?P<sec>[0-5]\d))?)?(?:\s?(?P<suffix>{self._cue('time_suffix')}))?"
                        rf"(?![\w:]|[.,]\d)", flags), self._time, {d12}),
            (re.compile(rf"{_B}(?:{self._cue('day_before')})\s+(?P<day>[0-3]?\d)(?!\d|[.,/:h]\d)",
                        flags), self._day_alone, {"day_before"}),
        ]
        if self.lang == "en":
            table.insert(3, (re.compile(
                rf"{_B}{prefix}{month}\s+{_DAY}(?:,?\s+{_YEAR4})?{_E}", flags), self._day_month,
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
        }
        names = [*self.months, *self.weekdays, *self.words, *self.cues.get("century_before", ())]
        self._scan = StartScan(vocab, names, [frozenset(classes) for _, _, classes in table])
        self._prep = re.compile(rf"(?<![\w])(?P<prep>{self._cue('prep')})[\s-]+$", flags)
        self._time_prep = re.compile(rf"(?<![\w])(?:{self._cue('time_before')})\s+$", flags)
        self._time_after = re.compile(rf"\s+(?:{self._cue('time_after')})(?!\w)", flags)
        self._named_day = re.compile(rf"(?<![\w])(?:{self._cue('name_before')})\s+$", flags)
        self._year_list = re.compile(rf"(?<![\w.,])[12]\d{{3}}\s*(?:,|\s(?:{self._cue('list_join')})\s)\s*$",
                                     flags)
        self._time_rank = next(i for i, (_, build) in enumerate(self.patterns) if build == self._time)
        self._weekday_before = re.compile(
            rf"(?<![\w])(?:{_alt(self.weekdays)}|{self._cue('day_before')}),?\s+$", flags)

    def __call__(self, doc: Doc) -> Doc:
        ref = doc._.reference_date
        text = doc_text(doc)
        blocked = _url_spans(text)
        found: list[Found] = []
        builders = self._builders
        for rank, match in self._scan.matches(text, self._regexes):
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
        doc._.dates = self._anchor_times(text, chosen)
        return doc

    @staticmethod
    def _trim(match: re.Match[str], result: Built) -> tuple[int, int]:
        # A builder may drop a leading preposition that only served as context.
        return result[0] if result[0] is not None else match.span()

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

    def _anchor_times(self, text: str, chosen: list[Chosen]) -> list[DateMention]:
        """A time of day takes the date it belongs to: a day-precision date in its sentence.

        "10 de setembro, às 17 horas" -> "17 horas" is 2024-09-10. A time with no
        date around it keeps an unknown day (``XXXX-XX-XX``, relative).
        """
        dated = [item[3] for item in chosen if item[2] != self._time_rank
                 and item[3].precision == "day" and "/" not in item[3].value]
        mentions = []
        for start, end, rank, mention in chosen:
            anchor = self._anchor(text, start, end, dated) if rank == self._time_rank else None
            if anchor is not None:
                mention = DateMention(
                    start=start, end=end, text=mention.text, value=anchor.value, precision="day",
                    start_date=anchor.start_date, end_date=anchor.end_date, relative=anchor.relative)
            mentions.append(mention)
        return mentions

    @staticmethod
    def _anchor(text: str, start: int, end: int, dated: list[DateMention]) -> DateMention | None:
        before = [d for d in dated if d.end <= start and start - d.end <= 80
                  and not _SENTENCE_END.search(text, d.end, start)]
        if before:
            return before[-1]
        after = [d for d in dated if d.start >= end and d.start - end <= 25
                 and not _SENTENCE_END.search(text, end, d.start)]
        return after[0] if after else None

    @staticmethod
    def _mention(
        text: str, start: int, end: int, value: str, precision: Precision,
        interval: Interval | None, relative: bool,
    ) -> DateMention:
        return DateMention(
            start=start, end=end, text=text[start:end], value=value, precision=precision,
            start_date=interval[0] if interval else None,
            end_date=interval[1] if interval else None, relative=relative,
        )

    def _has_prep(self, match: re.Match[str]) -> bool:
        return self._prep_word(match) is not None

    def _prep_word(self, match: re.Match[str]) -> str | None:
        window = match.string[max(0, match.start() - 25): match.start()]
        found = self._prep.search(window)
        return _SPACES.sub(" ", found.group("prep").lower()) if found else None

    def _in_proper_name(self, match: re.Match[str], row: dict[str, str]) -> bool:
        """A capitalised month after a capitalised word is a name: "Rio de Janeiro"."""
        if row.get("cased") == "1" or not match.group("month")[:1].isupper():
            return False
        window = match.string[max(0, match.start() - 30): match.start()]
        previous = _WORD_BEFORE.search(window)
        if previous is None or not previous.group(1)[:1].isupper():
            return False
        return previous.group(1).lower() not in self.cues.get("prep", set())

    def _cased_ok(self, table: dict[str, dict[str, str]], written: str) -> bool:
        row = table[_SPACES.sub(" ", written.lower())]
        return row.get("cased") != "1" or written[:1].isupper()

    # Builders return (span or None, value, precision, interval, relative), or None to skip.

    def _numeric(self, match: re.Match[str], ref: date | None) -> Built | None:
        groups = match.groupdict()
        year = int(groups["year"]) if groups.get("year") else full_year(int(groups["yy"]), ref)
        if groups.get("mon"):
            month, day = int(groups["mon"]), int(groups["day"])
        else:
            a, b = int(groups["a"]), int(groups["b"])
            month, day = (a, b) if self.lang == "en" else (b, a)
            if month > 12:
                month, day = day, month
        found = safe_date(year, month, day)
        if found is None:
            return None
        return None, found.isoformat(), "day", (found, found), False

    def _day_month_numeric(self, match: re.Match[str], ref: date | None) -> Built | None:
        """"21/11", "31/08": two-digit parts, or a weekday or "dia" before ("quarta-feira, 5/7")."""
        a, b = match.group("a"), match.group("b")
        day, month = (int(b), int(a)) if self.lang == "en" else (int(a), int(b))
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        window = match.string[max(0, match.start() - 25): match.start()]
        if (len(a) < 2 or len(b) < 2) and not self._weekday_before.search(window):
            return None
        return self._resolve_day(month, day, ref, None)

    def _day_month(self, match: re.Match[str], ref: date | None) -> Built | None:
        written = match.group("month")
        row = self.months[written.lower()]
        if not self._cased_ok(self.months, written):
            return None
        month, day = int(row["month"]), int(match.group("day"))
        span = None
        if not match.group("year") and match.end() == match.end("month") + 1 \
                and row["standalone"] != "no":
            span = (match.start(), match.end("month"))  # "26 de março." ends a sentence
        if row["standalone"] == "no" and not match.group("year") and self.lang != "en":
            # "10 set", "3 mar": abbreviations are words too unless a year follows.
            return None
        if match.group("year"):
            found = safe_date(int(match.group("year")), month, day)
            if found is None:
                return None
            return None, found.isoformat(), "day", (found, found), False
        window = match.string[max(0, match.start() - 30): match.start()]
        if self._named_day.search(window):
            return None  # "Rua 25 de Março", "o 25 de Abril": a street or an event, not this year's day
        return self._resolve_day(month, day, ref, span)

    @staticmethod
    def _resolve_day(month: int, day: int, ref: date | None, span: tuple[int, int] | None) -> Built | None:
        """Day and month without a year: the year whose date is closest to `ref`."""
        if not 1 <= day <= 31:
            return None
        if ref is None:
            return span, f"XXXX-{month:02d}-{day:02d}", "day", None, True
        interval = nearest_day(ref, month, day)
        if interval is None:
            return None
        return span, interval[0].isoformat(), "day", interval, True

    def _day_alone(self, match: re.Match[str], ref: date | None) -> Built | None:
        """"dia 20", "no próximo dia 26": the day of the month nearest to `ref`."""
        day = int(match.group("day"))
        span = (match.start("day"), match.end("day"))
        if not 1 <= day <= 31:
            return None
        if ref is None:
            return span, f"XXXX-XX-{day:02d}", "day", None, True
        options = []
        for offset in (-1, 0, 1):
            year, month = shift_month(ref.year, ref.month, offset)
            found = safe_date(year, month, day)
            if found:
                options.append((abs((found - ref).days), found > ref, found))
        found = min(options)[2]
        return span, found.isoformat(), "day", (found, found), True

    def _day_range(self, match: re.Match[str], ref: date | None) -> Built | None:
        """"de 10 a 18 de setembro", "June 10-18" -> one interval at day precision."""
        written, join = match.group("month"), match.group("join")
        if not self._cased_ok(self.months, written):
            return None
        if join and not match.group("open") and join.lower() in self.cues.get("list_join", ()):
            return None  # "4 e 5 de maio" lists two days
        month = int(self.months[written.lower()]["month"])
        first, last = int(match.group("d1")), int(match.group("d2"))
        if not 1 <= first < last <= 31:
            return None
        span = (match.start("d1"), match.end()) if match.group("open") and not join else None
        if match.group("year"):
            year = int(match.group("year"))
        elif ref is None:
            return span, f"XXXX-{month:02d}-{first:02d}/XXXX-{month:02d}-{last:02d}", "day", None, True
        else:
            year = nearest_month_year(ref, month)
        start, end = safe_date(year, month, first), safe_date(year, month, last)
        if start is None or end is None:
            return None
        relative = not match.group("year")
        return span, f"{start.isoformat()}/{end.isoformat()}", "day", (start, end), relative

    def _month_range(self, match: re.Match[str], ref: date | None) -> Built | None:
        """"entre junho e agosto", "de março a maio de 2024" -> one interval at month precision."""
        first_written, last_written = match.group("m1"), match.group("month")
        rows = [self.months[_SPACES.sub(" ", w.lower())] for w in (first_written, last_written)]
        if not all(self._cased_ok(self.months, w) for w in (first_written, last_written)):
            return None
        if not match.group("year") and any(row["standalone"] == "no" for row in rows):
            return None
        first, last = int(rows[0]["month"]), int(rows[1]["month"])
        if first == last:
            return None
        if match.group("year"):
            year = int(match.group("year"))
        elif ref is None:
            return None, f"XXXX-{first:02d}/XXXX-{last:02d}", "month", None, True
        else:
            year = nearest_month_year(ref, last)
        start_year = year - 1 if first > last else year
        interval = (month_interval(start_year, first)[0], month_interval(year, last)[1])
        return (None, f"{start_year}-{first:02d}/{year}-{last:02d}", "month", interval,
                not match.group("year"))

    def _month_year(self, match: re.Match[str], ref: date | None) -> Built | None:
        written = match.group("month")
        if not self._cased_ok(self.months, written):
            return None
        month = int(self.months[written.lower()]["month"])
        year = int(match.group("year")) if match.group("year") else full_year(int(match.group("yy")), ref)
        return None, f"{year}-{month:02d}", "month", month_interval(year, month), False

    def _direction(self, match: re.Match[str]) -> str | None:
        """'last', 'next', 'this' or None from the deictic words around a name."""
        for group in ("before", "after"):
            words = match.group(group)
            if not words:
                continue
            words = _SPACES.sub(" ", words.lower())
            for role in ("year_last_after", "last_before", "last_after", "next_before",
                         "next_after", "this_before"):
                if words in self.cues.get(role, ()):
                    return role.split("_")[0].replace("year", "last")
        return None

    def _month_alone(self, match: re.Match[str], ref: date | None) -> Built | None:
        written = match.group("month")
        row = self.months[written.lower()]
        direction = self._direction(match)
        if not self._cased_ok(self.months, written) or row["standalone"] == "no":
            return None
        if direction is None and row["standalone"] == "context" and not self._has_prep(match):
            return None
        if direction is None and self._in_proper_name(match, row):
            return None
        if _DAY_BEFORE.search(match.string[max(0, match.start() - 12): match.start()]):
            return None  # the day before it was refused ("Rua 25 de Março")
        month = int(row["month"])
        if direction in ("last", "next") and match.group("before") and match.group("after"):
            return None
        # The optional abbreviation dot is a full stop after a full month name.
        span = None if match.group("after") else (match.start(), match.end("month"))
        if ref is None:
            return span, f"XXXX-{month:02d}", "month", None, True
        if direction in ("last", "next"):
            year = ref.year - 1 if direction == "last" else ref.year + 1
        else:
            year = nearest_month_year(ref, month)
        return span, f"{year}-{month:02d}", "month", month_interval(year, month), True

    def _weekday(self, match: re.Match[str], ref: date | None) -> Built | None:
        written = match.group("weekday")
        row = self.weekdays[_SPACES.sub(" ", written.lower())]
        if not self._cased_ok(self.weekdays, written):
            return None
        direction = self._direction(match)
        pday = int(match.group("pday")) if match.group("pday") else None
        if (row["standalone"] != "yes" and direction is None and pday is None
                and not self._has_prep(match)):
            return None
        if ref is None:
            day = f"{pday:02d}" if pday and 1 <= pday <= 31 else "XX"
            return None, f"XXXX-XX-{day}", "day", None, True
        found = resolve_weekday(ref, int(row["weekday"]), direction, pday)
        if found is None:
            return None
        return None, found.isoformat(), "day", (found, found), True

    def _deictic(self, match: re.Match[str], ref: date | None) -> Built | None:
        phrase = _SPACES.sub(" ", match.group("phrase").lower())
        row = self.words[phrase]
        blocker = self.not_after.get(phrase)
        if blocker and blocker.search(match.string[max(0, match.start() - 20): match.start()]):
            return None
        unit, offset = cast(Precision, row["unit"]), int(row["offset"])
        if ref is None:
            blank = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX"}
            return None, blank[unit], unit, None, True
        if unit == "day":
            found = ref + timedelta(days=offset)
            return None, found.isoformat(), unit, (found, found), True
        if unit == "week":
            monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=offset)
            iso = monday.isocalendar()
            return (None, f"{iso.year}-W{iso.week:02d}", unit,
                    (monday, monday + timedelta(days=6)), True)
        if unit == "month":
            year, month = shift_month(ref.year, ref.month, offset)
            return None, f"{year}-{month:02d}", unit, month_interval(year, month), True
        year = ref.year + offset
        return None, str(year), unit, (date(year, 1, 1), date(year, 12, 31)), True

    def _year_range(self, match: re.Match[str], ref: date | None) -> Built | None:
        if match.group("join") and not match.group("open"):
            return None
        first, second = int(match.group("y1")), match.group("y2")
        last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
        if not (1000 <= first < last <= 2100):
            return None
        if match.group("open") and not match.group("join"):
            start = match.start("y1")
            span = (start, match.end())
        else:
            span = None
        interval = (date(first, 1, 1), date(last, 12, 31))
        return span, f"{first}/{last}", "year", interval, False

    def _year(self, match: re.Match[str], ref: date | None) -> Built | None:
        text, (start, end) = match.string, match.span()
        year = int(match.group("year"))
        prep = self._prep_word(match)
        boxed = text[start - 1: start] == "(" and text[end: end + 1] == ")" and year >= 1800
        if prep is None and not boxed and not self._year_list.search(text, max(0, start - 12), start) \
                and not _COPYRIGHT.search(text, max(0, start - 12), start):
            return None
        counted = counts_a_noun(text, end, stop=self.stop, verb_suffixes=self.verb_suffixes)
        if counted and (year < 1900 or prep in self.cues.get("count_prep", ())):
            return None  # "de 2000 pessoas" counts people
        return None, str(year), "year", (date(year, 1, 1), date(year, 12, 31)), False

    def _decade(self, match: re.Match[str], ref: date | None) -> Built | None:
        whole, word = match.group(0), match.group("dword")
        if match.group("dec2") is not None:
            if word is None:
                return None
            short = int(match.group("dec2"))
            decade = 2000 + short if short <= 10 else 1900 + short
        else:
            if whole == match.group("dec"):
                return None
            decade = int(match.group("dec"))
        if word and word.lower() in self.cues.get("decade_needs_s", ()) and not whole.endswith("s"):
            return None
        if counts_a_noun(match.string, match.end(), stop=self.stop, verb_suffixes=self.verb_suffixes):
            return None  # "anos 90 pessoas" is not a decade
        interval = (date(decade, 1, 1), date(decade + 9, 12, 31))
        return None, f"{decade // 10}X", "year", interval, False

    def _century(self, match: re.Match[str], ref: date | None) -> Built | None:
        """"século XIX", "séc. 18", "siglo XX", "19th century" -> ``18XX`` (1800-1899)."""
        groups = match.groupdict()
        written = groups.get("roman") or groups["num"]
        if not written.isdigit() and not written.isupper():
            return None
        number = int(written) if written.isdigit() else roman(written)
        if number is None or not 1 <= number <= 21:
            return None
        first = (number - 1) * 100
        interval = (date(max(first, 1), 1, 1), date(first + 99, 12, 31))
        return None, f"{number - 1:02d}XX", "year", interval, False

    def _time(self, match: re.Match[str], ref: date | None) -> Built | None:
        """A time of day ("às 17h", "10h30", "08:46:45", "10 a.m."); its date is set later."""
        sep, minute, suffix = match.group("sep"), match.group("min"), match.group("suffix")
        if (sep is None and suffix is None) or (sep in (":", ".") and minute is None):
            return None
        if sep == "." and not suffix or sep == "." and suffix.lower() not in ("h", "hs", "horas"):
            return None  # "9.30" is a decimal; "9.30h" a time
        meridian = bool(suffix) and suffix.lower().replace(".", "") in ("am", "pm")
        if meridian and int(match.group("hour")) > 12:
            return None
        clear = sep == ":" or (sep in ("h", "H") and minute is not None) or meridian
        window = match.string[max(0, match.start() - 20): match.start()]
        if not clear and not self._time_prep.search(window) \
                and not self._time_after.match(match.string, match.end()):
            return None  # "durante 10 horas" is a duration (a quantity)
        return None, "XXXX-XX-XX", "day", None, True


@Language.factory("etl_dates")
def make_dates(nlp: Language, name: str) -> DatesComponent:
    """Build the etl_dates component for `nlp.lang` (reference tables are read once)."""
    return DatesComponent(nlp, name)
