"""Seasons and feasts for etl_dates: "no Verão de 2003", "pela Páscoa", "last summer".

The words are rows of `date_cues.csv` whose role says what they mean:

- ``season:21`` .. ``season:24``: spring, summer, autumn, winter. The value uses the
  season codes of ISO 8601-2 (EDTF) in the month place, ``2003-22`` = summer 2003,
  because they do not depend on the hemisphere: "verão" is June-September in Lisbon
  and December-March in São Paulo, and the text rarely says which. The interval is
  the calendar year the season is named after (it holds the whole season in the
  north, and most of it in the south).
- ``feast:MM-DD`` (a fixed day, "Natal" = 12-25) and ``feast:easter+N`` (a day N days
  from Easter Sunday, "Carnaval" = easter-47); ``A/B`` is an interval of such days
  ("Semana Santa" = easter-7/easter+0). Feasts are written with a capital letter.

A season or feast alone is a date only after an article or preposition of time
(``season_prep``: "no Natal", "pela Páscoa"), a deictic word ("neste verão", "last
Christmas") or before a year ("Verão de 2003"; two digits as in "summer of '69" or
"Verão de 68," when the year ends its phrase, see `_short_year_ends`): "Natal" without
one is also a city, "verão" a verb and "spring" a source of water. A season after a mere article must be
written with a capital ("no Verão", as in European Portuguese): "no inverno" in
lower case is mostly any year's winter. Followed by a capitalised word it is a name
("Primavera Árabe", "Primavera de Praga").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from functools import lru_cache

from etl.extract.components._dates_build import Built
from etl.extract.components._dates_calendar import Interval, full_year

_NAME_AFTER = re.compile(r"\s+(?:(?:de|do|da|del|of)\s+)?[A-ZÀ-Ý]")
# A feast at the end of a body's name: "Museo del Carnaval", "Fundação do Carnaval" (not a day or
# a time of the feast: "Domingo de Carnaval", "Noche de San Juan").
_BODY_BEFORE = re.compile(
    r"(?<![\w])(?!(?:Domingo|Sábado|Lunes|Martes|Miércoles|Jueves|Viernes|Segunda|Terça|Quarta|Quinta|Sexta|Sunday"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Noite|Noche|Night|Dia|Día|Day|Semana|Week|Fin|Véspera"
    r"|Víspera|Eve|Madrugada|Tarde|Manhã|Mañana|Morning)\b)(?-i:[A-ZÀ-Ý])[^\W\d_]+\s+"
    r"(?:del|de\s+la|de|do|da|dos|das|of\s+the|of)\s+$")
_SPACES = re.compile(r"\s+")
# A feast this near the reference day is the one meant, whatever the tense ("over the Christmas
# period", "one paid before Christmas" in October).
_FEAST_NEAR_DAYS = 120
# ... but one gone by for more than six weeks is not what a future speaks of ("will open before
# Christmas", said in April, is the coming one).
_FEAST_PAST_NEAR_DAYS = 45


@lru_cache(maxsize=512)
def easter(year: int) -> date:
    """Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm).

    Examples:
        >>> easter(2024), easter(2003)
        (datetime.date(2024, 3, 31), datetime.date(2003, 4, 20))
    """
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


_OPPOSITE = {21: 23, 22: 24, 23: 21, 24: 22}
# Countries south of the equator (or whose seasons are named so: "verano" is January in Lima): an
# article at home in one counts seasons by the southern months.
SOUTHERN = frozenset({"AUS", "NZL", "ZAF", "ARG", "CHL", "URY", "PRY", "BRA", "BOL", "PER", "AGO", "MOZ", "NAM",
                      "BWA", "ZWE", "ZMB", "LSO", "SWZ", "MDG", "MUS", "FJI", "PNG", "TLS"})


def _season_months(code: int, year: int) -> Interval:
    """The first and last day of season `code` of `year` as the north counts it by months (the
    winter of a year begins in the December before it): when it begins and when it is over."""
    if code == 24:
        return date(year - 1, 12, 1), date(year, 2, 28)
    first = {21: 3, 22: 6, 23: 9}[code]
    return date(year, first, 1), date(year, first + 3, 1) - timedelta(days=1)


def feast_interval(spec: str, year: int) -> Interval | None:
    """The days a feast spec ("12-25", "easter-47", "easter-7/easter+0") covers in `year`."""
    days = []
    for part in spec.split("/"):
        if part.startswith("easter"):
            days.append(easter(year) + timedelta(days=int(part[6:] or 0)))
        else:
            month, day = (int(n) for n in part.split("-"))
            try:
                days.append(date(year, month, day))
            except ValueError:
                return None
    return days[0], days[-1]


class SeasonBuilders:
    """The builder of the season and feast pattern (a mixin of `DatesComponent`)."""

    cues: dict[str, set[str]]
    seasons: dict[str, str]
    south: bool  # set per doc: the article is at home south of the equator
    _season_prep: re.Pattern[str]
    _direction: Callable[[re.Match[str]], str | None]
    _tense: Callable[[re.Match[str]], str | None]  # DateBuilders
    _short_year_ends: Callable[..., bool]  # PeriodBuilders

    def _season(self, match: re.Match[str], ref: date | None) -> Built | None:
        written = match.group("season")
        meaning = self.seasons[_SPACES.sub(" ", written.lower())]
        kind, spec = meaning.split(":", 1)
        if kind == "feast" and written.islower():
            return None  # "natal" is "native"; "véspera de Natal" still names the feast
        if kind == "feast" and _BODY_BEFORE.search(match.string, max(0, match.start() - 30), match.start()):
            return None  # "la directora del Museo del Carnaval": a body's name
        text, year_written = match.string, match.group("year")
        span, direction = None, self._direction(match)
        if match.group("yy"):  # "summer of '69", "Verão de 68,"; not "verão de 30 graus"
            if match.group("yq") or self._short_year_ends(text, match.end()):
                year_written = str(full_year(int(match.group("yy")), ref))
            else:
                span = (match.start(), match.end("after") if match.group("after") else match.end("season"))
        if year_written is None:
            if kind == "season" and direction is None and not written[:1].isupper():
                return None  # "passando o verão quando já está no inverno" is any year's
            if direction is None and not self._season_prep.search(text, max(0, match.start() - 25),
                                                                   match.start()):
                return None
            if not match.group("after") and _NAME_AFTER.match(text, span[1] if span else match.end()):
                return None  # "Primavera Árabe", "Primavera de Praga"
        tense = self._tense(match) if kind == "feast" and direction is None and year_written is None else None
        built = (self._season_value(int(spec), year_written, direction, ref, south=self.south) if kind == "season"
                 else self._feast_value(spec, year_written, direction, ref, tense))
        return built if built is None or span is None else (span, *built[1:])

    @staticmethod
    def _season_value(code: int, year_written: str | None, direction: str | None,
                      ref: date | None, *, south: bool = False) -> Built:
        if year_written:
            year = int(year_written)
            return None, f"{year}-{code}", "season", (date(year, 1, 1), date(year, 12, 31)), False
        if ref is None:
            return None, f"XXXX-{code}", "season", None, True
        year = ref.year
        # (south of the equator a season has the months of the north's opposite one)
        months = _OPPOSITE[code] if south else code
        if direction == "next":  # the first one still to begin: "next summer" in January is this year's
            year = next(y for y in range(ref.year, ref.year + 3) if _season_months(months, y)[0] > ref)
        elif direction == "last":  # the latest one over: "last summer" in October is this year's
            year = next(y for y in range(ref.year, ref.year - 3, -1) if _season_months(months, y)[1] < ref)
        return None, f"{year}-{code}", "season", (date(year, 1, 1), date(year, 12, 31)), True

    @staticmethod
    def _feast_value(spec: str, year_written: str | None, direction: str | None,
                     ref: date | None, tense: str | None = None) -> Built | None:
        """The feast's day: of the year written, else the one `direction` points to, else the
        nearest to `ref` - or, when that is over four months away, the one the clause's `tense`
        points to ("shortages could last until Christmas", said in June)."""
        if year_written:
            interval = feast_interval(spec, int(year_written))
            relative = False
        elif ref is None:
            fixed = "/" not in spec and not spec.startswith("easter")
            return None, f"XXXX-{spec}" if fixed else "XXXX-XX-XX", "day", None, True
        else:
            options = [found for y in (ref.year - 1, ref.year, ref.year + 1)
                       if (found := feast_interval(spec, y)) is not None]
            if direction == "last":
                options = [o for o in options if o[1] < ref] or options
                interval = options[-1] if options else None
            elif direction == "next":
                options = [o for o in options if o[0] > ref] or options
                interval = options[0] if options else None
            else:
                def distance(o: Interval) -> int:
                    return 0 if o[0] <= ref <= o[1] else min(abs((o[0] - ref).days), abs((o[1] - ref).days))
                interval = min(options, key=lambda o: (distance(o), o[0])) if options else None
                near = _FEAST_PAST_NEAR_DAYS if tense == "next" and interval is not None and interval[1] < ref \
                    else _FEAST_NEAR_DAYS
                if interval is not None and tense is not None and distance(interval) > near:
                    ahead = [o for o in options if o[0] > ref] if tense == "next" else []
                    behind = [o for o in options if o[1] < ref] if tense == "last" else []
                    interval = ahead[0] if ahead else behind[-1] if behind else interval
            relative = True
        if interval is None:
            return None
        first, last = interval
        value = first.isoformat() if first == last else f"{first.isoformat()}/{last.isoformat()}"
        return None, value, "day", interval, relative
