"""HTML pages -> main text and metadata with trafilatura. Nothing is fetched or executed."""

from __future__ import annotations

import re
from typing import Any

_HTML_LANG = re.compile(r"<html[^>]*\blang\s*=\s*[\"']?([A-Za-z]{2,3})", re.I)
_TAG = re.compile(r"<[A-Za-z!/]")
# A date in a URL path: "/2024/03/dengue.shtml" (month), "/2024/03/05/" or "/2024-03-05-" (day).
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](0[1-9]|1[0-2])(?:[/-](0[1-9]|[12]\d|3[01]))?(?=[/-]|$)")
# A page whose main text has fewer words has none (a menu or a footer was all there was).
_WORD = re.compile(r"[^\W\d_]{2,}")
_MIN_WORDS = 4
# Structured metadata only (meta tags, JSON-LD, <time>): htmldate's extensive search guesses a
# day from a copyright footer ("© 2023" became 2023-01-01) or a month in the URL (day 01),
# and its default latest date is the wall clock, so output would depend on the day it ran.
_DATE_PARAMS = {"original_date": True, "extensive_search": False, "max_date": "2999-12-31"}


def url_date(url: str | None) -> str | None:
    """The date a URL's path holds, at the precision it holds it.

    Examples:
        >>> url_date("https://www1.folha.uol.com.br/equilibrio/2024/03/dengue.shtml")
        '2024-03'
        >>> url_date("https://apnews.com/2024/03/05/x"), url_date("https://example.com/x") is None
        ('2024-03-05', True)
    """
    match = _URL_DATE.search(url or "")
    if match is None:
        return None
    return "-".join(part for part in match.groups() if part)


def extract_html(html: str, *, url: str | None = None) -> dict[str, Any]:
    """Main text, title, publication date, canonical URL, site name and language of a page.

    Scripts, navigation, ads and comments never reach the text. Returns `text` "" when the
    page has no main text.
    """
    if not _TAG.search(html):  # a text file saved as .html
        return {"text": html}
    import logging

    import trafilatura

    # trafilatura logs ERROR for pages without a main text; that outcome is reported as
    # an `empty-text` quarantine instead.
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    document = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False,
        include_images=False, include_links=False, deduplicate=False, date_extraction_params=_DATE_PARAMS,
    )
    fields: dict[str, Any] = {"text": ""}
    if document is not None:
        found = document.as_dict() if hasattr(document, "as_dict") else dict(document)
        fields = {
            "text": found.get("text") or "",
            "title": found.get("title"),
            "published": found.get("date"),
            "url": found.get("url"),
            "outlet": found.get("sitename"),
            "language": found.get("language"),
        }
    if len(_WORD.findall(fields.get("text") or "")) < _MIN_WORDS:
        fields["text"] = ""  # "Home | About | Contact": trafilatura's fallback read the menu
    if not fields.get("published") and (day := url_date(url or fields.get("url"))):
        fields["published"] = day
    if not fields.get("language") and (match := _HTML_LANG.search(html[:5000])):
        fields["language"] = match.group(1).lower()
    return {key: value for key, value in fields.items() if value not in (None, "")} | {
        "text": fields.get("text") or ""
    }
