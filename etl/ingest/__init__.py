"""Ingest: paths -> Articles. Every input item ends as an Article, a QuarantinedItem or a Duplicate."""

from __future__ import annotations

from collections.abc import Iterator

from etl.ingest.readers import expand_paths, read_path
from etl.models import Article, Duplicate, QuarantinedItem, doc_id_for

__all__ = ["ingest_articles"]


def ingest_articles(paths: list[str]) -> Iterator[Article | QuarantinedItem | Duplicate]:
    """Read files, folders, globs and '-' (stdin) in a stable order.

    An item whose text equals an earlier item's is yielded as a Duplicate naming the first.

    Raises:
        IngestError: a path is missing or a folder holds no supported file (before any item).
    """
    resolved = list(expand_paths(paths))
    seen: dict[str, str] = {}
    for path in resolved:
        for item in read_path(path):
            if isinstance(item, Article):
                doc_id = doc_id_for(item.text)
                if doc_id in seen:
                    yield Duplicate(input_id=item.input_id, doc_id=doc_id, duplicate_of=seen[doc_id])
                    continue
                seen[doc_id] = item.input_id
            yield item
