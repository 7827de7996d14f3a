"""Extract: Articles -> candidate Records (validated later by etl.validate)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date

from etl.config import SUPPORTED_LANGUAGES
from etl.models import Article, QuarantinedItem, Record, doc_id_for

__all__ = ["extract_records", "extract_record"]


def extract_records(
    articles: Iterable[Article], *, reference_date: date | None = None
) -> Iterator[Record | QuarantinedItem]:
    """Extract one candidate Record per article; unsupported languages are quarantined.

    Args:
        articles: ingested articles.
        reference_date: resolves relative dates when an article has no day-precision
            publication date (the publication date wins when it has one).
    """
    for article in articles:
        yield extract_record(article, reference_date=reference_date)


def extract_record(article: Article, *, reference_date: date | None = None,
                   times_of_day: bool = False) -> Record | QuarantinedItem:
    """Run the language's spaCy pipeline over one article. The Record is not validated yet.

    Times of day ("às 18 horas") are no dates of the record unless `times_of_day` (for NER
    tagging, where they are temporal expressions).
    """
    from etl.extract.components.dates import TIMES_OF_DAY
    from etl.extract.language import detect_language
    from etl.extract.nlp import process_text
    from etl.ingest.metadata import reference_date_of

    doc_id = doc_id_for(article.text)
    language = (article.language or detect_language(article.text) or "").lower()
    language = language.split("-")[0].split("_")[0]
    if language not in SUPPORTED_LANGUAGES:
        supported = ", ".join(SUPPORTED_LANGUAGES)
        how = "declared" if article.language else "detected"
        message = (f"language {language!r} ({how}) is not supported (supported: {supported})" if language else
                   "the language could not be detected (too little text in a supported language); "
                   f"declare it in a 'language' field if it is one of {supported}")
        return QuarantinedItem(input_id=article.input_id, stage="extract", reason="unsupported-language",
                               doc_id=doc_id, message=message)
    doc = process_text(article.text, language, article=article,
                       reference_date=reference_date_of(article.published) or reference_date)
    return Record.model_construct(
        doc_id=doc_id,
        input_id=article.input_id,
        text=article.text,
        language=language,
        url=article.url,
        outlet=article.outlet,
        title=article.title,
        published=article.published,
        near_duplicate_of=article.near_duplicate_of,
        actors=list(doc._.actors or []),
        quantities=list(doc._.quantities or []),
        # (a time of day dates nothing more than its day: "a partir das 18 horas", "a las 17.20 horas")
        dates=list(doc._.dates or []) if times_of_day else
        [d for d in doc._.dates or [] if (d.start, d.end) not in doc.user_data.get(TIMES_OF_DAY, ())],
        sources=list(doc._.sources or []),
        quotes=list(doc._.quotes or []),
    )
