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
_PUBLISHED = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


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
    """'2024-11-29' / '2024-11' / '2024' (or a longer ISO timestamp) -> Published.

    Raises:
        ValueError: the value is not an ISO 8601 date.

    Examples:
        >>> parse_published("2024-11")
        Published(value='2024-11', precision='month')
        >>> parse_published("2024-11-29T08:00:00Z").value
        '2024-11-29'
    """
    if value in (None, ""):
        return None
    match = _PUBLISHED.match(str(value).strip())
    if not match:
        raise ValueError(f"published {value!r} is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = match.groups()
    try:
        date(int(year), int(month or 1), int(day or 1))
    except ValueError as e:
        raise ValueError(f"published {value!r} is not a valid date: {e}") from e
    precision: Precision = "day" if day else "month" if month else "year"
    return Published(value=match.group(0), precision=precision)


def reference_date_of(published: Published | None) -> date | None:
    """The day a publication date pins down, if it is known to the day."""
    if published is None or published.precision != "day":
        return None
    return date.fromisoformat(published.value)
