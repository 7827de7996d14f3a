"""Ingest: paths -> Articles. Every input item ends as an Article, a QuarantinedItem or a Duplicate."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from etl.errors import IngestError
from etl.ingest.dedup import SeenIndex
from etl.ingest.paths import CSV_SUFFIXES, expand_paths
from etl.ingest.readers import DEFAULT_OPTIONS, ReadOptions, read_path
from etl.models import Article, Duplicate, QuarantinedItem, doc_id_for

__all__ = ["ingest_articles", "ReadOptions"]


def ingest_articles(
    paths: list[str], options: ReadOptions = DEFAULT_OPTIONS
) -> Iterator[Article | QuarantinedItem | Duplicate]:
    """Read files, folders, globs and '-' (stdin) lazily, in a stable order.

    An item whose text equals an earlier item's is yielded as a Duplicate naming the first;
    one that nearly equals an earlier article is yielded with `near_duplicate_of` set.

    Raises:
        IngestError: a path is missing or a folder holds no supported file. Raised by this
            call, before any item is read: a run checks its paths before it starts workers.
    """
    resolved = list(expand_paths(paths))
    for raw in paths:
        if raw.lower().endswith(tuple(CSV_SUFFIXES)) and options.text_column is None:
            raise IngestError("A CSV input needs --text-column", raw,
                              "Name the column that holds the article text, e.g. --text-column body.")
    return _ingest(resolved, options)


def _ingest(resolved: list[Path | str], options: ReadOptions,
            ) -> Iterator[Article | QuarantinedItem | Duplicate]:
    with SeenIndex() as seen:
        for path in resolved:
            for item in read_path(path, options):
                if isinstance(item, Article):
                    doc_id = doc_id_for(item.text)
                    first = seen.first_of(doc_id, item.input_id)
                    if first is not None:
                        yield Duplicate(input_id=item.input_id, doc_id=doc_id, duplicate_of=first)
                        continue
                    item.near_duplicate_of = seen.near_duplicate(doc_id, item.text)
                yield item
