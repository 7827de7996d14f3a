"""HTML pages -> main text and metadata with trafilatura. Nothing is fetched or executed."""

from __future__ import annotations

import re
from typing import Any

_HTML_LANG = re.compile(r"<html[^>]*\blang\s*=\s*[\"']?([A-Za-z]{2,3})", re.I)
_TAG = re.compile(r"<[A-Za-z!/]")


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
        include_images=False, include_links=False, deduplicate=False,
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
    if not fields.get("language") and (match := _HTML_LANG.search(html[:5000])):
        fields["language"] = match.group(1).lower()
    return {key: value for key, value in fields.items() if value not in (None, "")} | {
        "text": fields.get("text") or ""
    }
