"""Ingest: paths -> Articles. Every input item ends as an Article, a QuarantinedItem or a Duplicate."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from pathlib import Path

from etl.errors import IngestError
from etl.ingest.dedup import SeenIndex, signatures
from etl.ingest.paths import CSV_SUFFIXES, expand_paths
from etl.ingest.readers import DEFAULT_OPTIONS, ReadOptions, read_path
from etl.models import Article, Duplicate, QuarantinedItem, doc_id_for

__all__ = ["ingest_articles", "ReadOptions"]

Item = Article | QuarantinedItem | Duplicate
# Maps chunks of texts to their `signatures`, in order: `map(signatures, chunks)` here, or
# an executor's `map`, so that its workers compute them.
Signer = Callable[[Iterable[list[str]]], Iterator[list[bytes | None]]]
SIGN_CHUNK = 256  # articles per `signatures` task


def ingest_articles(
    paths: list[str], options: ReadOptions = DEFAULT_OPTIONS, *, sign: Signer | None = None,
) -> Iterator[Item]:
    """Read files, folders, globs and '-' (stdin) lazily, in a stable order.

    An item whose text equals an earlier item's is yielded as a Duplicate naming the first;
    one that nearly equals an earlier article is yielded with `near_duplicate_of` set.
    With `sign`, items are read a few chunks of `SIGN_CHUNK` ahead: `sign` computes the
    MinHash signatures of each chunk's texts (an executor's workers), and this process
    looks them up in order. Without, this process signs each article as it is read.

    Raises:
        IngestError: a path is missing or a folder holds no supported file. Raised by this
            call, before any item is read: a run checks its paths before it starts workers.
    """
    resolved = list(expand_paths(paths))
    for raw in paths:
        if raw.lower().endswith(tuple(CSV_SUFFIXES)) and options.text_column is None:
            raise IngestError("A CSV input needs --text-column", raw,
                              "Name the column that holds the article text, e.g. --text-column body.")
    if sign is None:
        return _ingest(resolved, options, _sign_here, 1)
    return _ingest(resolved, options, sign, SIGN_CHUNK)


def _sign_here(chunks: Iterable[list[str]]) -> Iterator[list[bytes | None]]:
    return map(signatures, chunks)


def _ingest(resolved: list[Path | str], options: ReadOptions, sign: Signer, chunk_size: int,
            ) -> Iterator[Item]:
    with SeenIndex() as seen:
        chunks: deque[list[tuple[Item, str]]] = deque()

        def texts() -> Iterator[list[str]]:
            items = _exact(resolved, options, seen)
            while chunk := list(islice(items, chunk_size)):
                chunks.append(chunk)
                yield [item.text for item, _ in chunk if isinstance(item, Article)]

        # Near-duplicates are decided in input order, as the chunks' signatures come back.
        for signed in sign(texts()):
            marks = iter(signed)
            for item, doc_id in chunks.popleft():
                if isinstance(item, Article):
                    item.near_duplicate_of = seen.near_duplicate_signed(doc_id, next(marks))
                yield item


def _exact(resolved: list[Path | str], options: ReadOptions, seen: SeenIndex,
           ) -> Iterator[tuple[Item, str]]:
    """The items read, each with its doc_id (articles; "" else); exact duplicates as Duplicates."""
    for path in resolved:
        for item in read_path(path, options):
            if isinstance(item, Article):
                doc_id = doc_id_for(item.text)
                first = seen.first_of(doc_id, item.input_id)
                if first is not None:
                    yield Duplicate(input_id=item.input_id, doc_id=doc_id, duplicate_of=first), ""
                    continue
                yield item, doc_id
            else:
                yield item, ""
