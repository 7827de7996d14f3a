"""Calendar arithmetic for etl_dates: month intervals and the nearest year, month or day.

The helpers are pure and the same (reference date, month, day) comes back in article
after article, so the ones that do real work are cached.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache

Interval = tuple[date, date]
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}


@lru_cache(maxsize=4096)
def month_interval(year: int, month: int) -> Interval:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _nearest(ref: date, candidates: Iterable[tuple[int, Interval]]) -> tuple[int, Interval]:
    """The candidate whose interval is closest to `ref`; ties go to the earlier one."""

    def distance(item: tuple[int, Interval]) -> tuple[int, int]:
        start, end = item[1]
        days = 0 if start <= ref <= end else min(abs((start - ref).days), abs((end - ref).days))
        return days, item[0]

    return min(candidates, key=distance)


@lru_cache(maxsize=4096)
def nearest_month_year(ref: date, month: int) -> int:
    """The year (ref's, the one before or after) whose `month` is closest to `ref`."""
    year, _ = _nearest(ref, [(y, month_interval(y, month)) for y in (ref.year - 1, ref.year, ref.year + 1)])
    return year


# News leaves out the year of a day in the current year ("the December 7 elections" in May,
# "a deadline of September 30" in March): unless a past verb dates it, ref's year wins unless
# its day is further off than this, and then the closest ("December 20" in January is last December).
SAME_YEAR_DAYS = 240


@lru_cache(maxsize=4096)
def nearest_day(ref: date, month: int, day: int, *, same_year: bool = False) -> Interval | None:
    """The `day` of `month` in the year (ref's, the one before or after) closest to `ref`; with
    `same_year`, in ref's year if that is within `SAME_YEAR_DAYS` of `ref`.

    Examples:
        >>> nearest_day(date(2024, 3, 16), 9, 30)[0], nearest_day(date(2024, 3, 16), 9, 30, same_year=True)[0]
        (datetime.date(2023, 9, 30), datetime.date(2024, 9, 30))
        >>> nearest_day(date(2024, 1, 10), 12, 20, same_year=True)[0]
        datetime.date(2023, 12, 20)
    """
    same = safe_date(ref.year, month, day)
    if same_year and same is not None and abs((same - ref).days) <= SAME_YEAR_DAYS:
        return same, same
    options = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        found = safe_date(year, month, day)
        if found:
            options.append((year, (found, found)))
    if not options:
        return None
    _, interval = _nearest(ref, options)
    return interval


def roman(written: str) -> int | None:
    """Value of a Roman numeral up to L (centuries), or None if it is not well formed.

    Examples:
        >>> roman("XIX"), roman("XXI"), roman("IIII")
        (19, 21, None)
    """
    values = [_ROMAN[c] for c in written]
    total = sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
    canonical = {1: "I", 4: "IV", 5: "V", 9: "IX", 10: "X", 40: "XL", 50: "L"}
    rebuilt, rest = "", total
    for value in sorted(canonical, reverse=True):
        while rest >= value:
            rebuilt, rest = rebuilt + canonical[value], rest - value
    return total if rebuilt == written else None


def full_year(short: int, ref: date | None) -> int:
    """A two-digit year in the century that does not put it after next year."""
    pivot = ref.year % 100 + 1 if ref else 30
    return 2000 + short if short <= pivot else 1900 + short


def shift_month(year: int, month: int, offset: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + offset
    return index // 12, index % 12 + 1


@lru_cache(maxsize=4096)
def resolve_weekday(ref: date, weekday: int, direction: str | None,
                     pday: int | None) -> date | None:
    if pday is not None:
        options = []
        for offset in (-1, 0, 1):
            year, month = shift_month(ref.year, ref.month, offset)
            found = safe_date(year, month, pday)
            if found:
                options.append((found.weekday() != weekday, abs((found - ref).days),
                                found > ref, found))
        return min(options)[3] if options else None
    if direction == "next":
        return ref + timedelta(days=(weekday - ref.weekday()) % 7 or 7)
    back = (ref.weekday() - weekday) % 7
    if direction == "last" and back == 0:
        back = 7
    return ref - timedelta(days=back)


def count_from(start: date, precision: str, unit: str, offset: int) -> tuple[str, Interval] | None:
    """`offset` units of `unit` from a date known at `precision`, or None when it is too coarse.

    Examples:
        >>> count_from(date(2023, 1, 1), "year", "year", -1)
        ('2022', (datetime.date(2022, 1, 1), datetime.date(2022, 12, 31)))
        >>> count_from(date(2024, 3, 1), "month", "day", -1) is None
        True
    """
    if unit == "year":
        year = start.year + offset
        return str(year), (date(year, 1, 1), date(year, 12, 31))
    if unit == "month" and precision in ("month", "day"):
        year, month = shift_month(start.year, start.month, offset)
        return f"{year}-{month:02d}", month_interval(year, month)
    if unit == "day" and precision == "day":
        found = start + timedelta(days=offset)
        return found.isoformat(), (found, found)
    return None
