"""Metadata found around the article text: source URL line, page furniture, outlet, dates."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from etl.extract.reference import read_table
from etl.models import Precision, Published

SOURCE_LINE = re.compile(r"^(?:Fonte|Source|Fuente|Origem)\s*:\s*(https?://\S+)\s*$", re.M | re.I)
# The whole value: an ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD, or a timestamp with a time
# and zone), the compact YYYYMMDD, or year-first with slashes (2024/11/29). A compact YYYYMM
# is no date (ISO 8601 forbids it: it reads like a number).
_TIME = r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?"
_PUBLISHED = re.compile(
    rf"(?P<y>\d{{4}})(?:-(?P<m>\d{{2}})(?:-(?P<d>\d{{2}}){_TIME})?)?"
    rf"|(?P<y2>\d{{4}})/(?P<m2>\d{{2}})(?:/(?P<d2>\d{{2}}){_TIME})?"
    rf"|(?P<y3>\d{{4}})(?P<m3>\d{{2}})(?P<d3>\d{{2}})"
)


@lru_cache(maxsize=1)
def _furniture() -> re.Pattern[str]:
    patterns = [row["pattern"] for row in read_table("page_furniture")]
    return re.compile(r"^\s*(?:" + "|".join(f"(?:{p})" for p in patterns) + r")\s*$", re.I)


def clean_text(text: str) -> tuple[str, dict[str, str]]:
    """Drop page-furniture lines and trailing white space; report the 'Fonte: <url>' URL.

    The source line stays in the text (it is evidence for the article_url source).

    Examples:
        >>> clean_text("Corpo.\\nFonte: https://ex.com/a\\nComentário (0)\\n")
        ('Corpo.\\nFonte: https://ex.com/a', {'url': 'https://ex.com/a'})
    """
    furniture = _furniture()
    lines = [line.rstrip() for line in text.split("\n") if not furniture.match(line)]
    cleaned = "\n".join(lines).strip()
    found: dict[str, str] = {}
    if match := SOURCE_LINE.search(cleaned):
        found["url"] = match.group(1)
    return cleaned, found


@lru_cache(maxsize=1)
def _outlets() -> dict[str, str]:
    return {row["domain"].lower(): row["name"] for row in read_table("outlets")}


def outlet_from_url(url: str | None) -> str | None:
    """The outlet's name from the URL's domain (reference table), else the bare domain.

    Examples:
        >>> outlet_from_url("https://vtcnews.vn/ong-kim.html")
        'VTC News'
        >>> outlet_from_url("https://www.example.org/x")
        'example.org'
    """
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
    if not host:
        return None
    outlets = _outlets()
    parts = host.split(".")
    for i in range(len(parts) - 1):
        if (name := outlets.get(".".join(parts[i:]))) is not None:
            return name
    return host


def parse_published(value: Any) -> Published | None:
    """A publication date in the forms feeds and sites write it -> Published.

    The whole value must be a date: ISO 8601 ("2024", "2024-11", "2024-11-29", or a
    timestamp, whose date is kept as written, in its own time zone), compact ("20241129"),
    year-first with slashes ("2024/11/29"), or RFC 2822 as RSS and HTTP write it ("Fri, 29
    Nov 2024 08:00:00 GMT"). Anything else raises, rather than keep part of it: "2024/11/29"
    once became the year 2024, and "29/11/2024" can be day-first or month-first.

    Raises:
        ValueError: the value is not a date in one of these forms.

    Examples:
        >>> parse_published("2024-11")
        Published(value='2024-11', precision='month')
        >>> parse_published("2024-11-29T23:30:00-03:00").value
        '2024-11-29'
        >>> parse_published("Fri, 29 Nov 2024 08:00:00 GMT").value
        '2024-11-29'
    """
    if value is None or value == "":
        return None
    text = str(value).strip() if isinstance(value, (str, int)) and not isinstance(value, bool) else ""
    match = _PUBLISHED.fullmatch(text)
    if not match:
        if any(c.isalpha() for c in text) and (written := _rfc2822(value, text)):
            return written
        raise ValueError(f"published {value!r} is not a date (YYYY, YYYY-MM, YYYY-MM-DD or an ISO 8601 "
                         "timestamp, YYYYMMDD, YYYY/MM/DD, or RFC 2822)")
    found = match.groupdict()
    year, month, day = (found[k] or found[f"{k}2"] or found[f"{k}3"] for k in ("y", "m", "d"))
    try:
        date(int(year), int(month or 1), int(day or 1))
    except ValueError as e:
        raise ValueError(f"published {value!r} is not a valid date: {e}") from e
    precision: Precision = "day" if day else "month" if month else "year"
    return Published(value="-".join(part for part in (year, month, day) if part), precision=precision)


def _rfc2822(value: Any, text: str) -> Published | None:
    """The day of an RFC 2822 date ("Fri, 29 Nov 2024 08:00:00 GMT"), as written, or None."""
    from email.utils import parsedate_tz

    parts = parsedate_tz(text)
    if parts is None:
        return None
    try:
        day = date(*parts[:3])
    except ValueError as e:
        raise ValueError(f"published {value!r} is not a valid date: {e}") from e
    return Published(value=day.isoformat(), precision="day")


def reference_date_of(published: Published | None) -> date | None:
    """The day a publication date pins down, if it is known to the day."""
    if published is None or published.precision != "day":
        return None
    return date.fromisoformat(published.value)
