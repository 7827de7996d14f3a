"""Ingest: paths -> Articles. Every input item ends as an Article, a QuarantinedItem or a Duplicate."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from pathlib import Path

from etl.errors import IngestError
from etl.ingest.dedup import SeenIndex, signature
from etl.ingest.paths import CSV_SUFFIXES, expand_paths
from etl.ingest.readers import DEFAULT_OPTIONS, JsonLine, ReadOptions, parse_line, read_path
from etl.models import Article, Duplicate, QuarantinedItem, doc_id_for

__all__ = ["ingest_articles", "ReadOptions"]

Item = Article | QuarantinedItem | Duplicate
# What reading gives: an item, or a JSONL line for a task to parse.
Entry = Article | QuarantinedItem | JsonLine
# A task: the texts of articles read here and the JSONL lines of a chunk, in order.
Task = tuple[list[str | JsonLine], ReadOptions]
# Per text or line of a task: the item parsed from a line (None for a text), its doc_id
# ("" if it is no article) and its MinHash `signature`.
Prepared = tuple[Article | QuarantinedItem | None, str, bytes | None]
# Maps `prepare` over tasks, results in order: `map` here, or an executor's `map`, so that
# its workers parse, hash and sign the articles.
TaskMap = Callable[[Callable[[Task], list[Prepared]], Iterable[Task]], Iterator[list[Prepared]]]
TASK_SIZE = 256  # inputs per `prepare` task


def ingest_articles(
    paths: list[str], options: ReadOptions = DEFAULT_OPTIONS, *, map_tasks: TaskMap | None = None,
) -> Iterator[Item]:
    """Read files, folders, globs and '-' (stdin) lazily, in a stable order.

    An item whose text equals an earlier item's is yielded as a Duplicate naming the first;
    one that nearly equals an earlier article is yielded with `near_duplicate_of` set.
    With `map_tasks`, inputs are read a few chunks of `TASK_SIZE` ahead: `map_tasks` runs
    `prepare` on each chunk (an executor's workers parse its JSONL lines, hash the texts and
    compute their MinHash signatures), and this process looks them up in order. Without,
    this process does it all as it reads each input.

    Raises:
        IngestError: a path is missing or a folder holds no supported file. Raised by this
            call, before any item is read: a run checks its paths before it starts workers.
    """
    resolved = list(expand_paths(paths))
    for raw in paths:
        if raw.lower().endswith(tuple(CSV_SUFFIXES)) and options.text_column is None:
            raise IngestError("A CSV input needs --text-column", raw,
                              "Name the column that holds the article text, e.g. --text-column body.")
    if map_tasks is None:
        return _ingest(resolved, options, map, 1)
    return _ingest(resolved, options, map_tasks, TASK_SIZE)


def prepare(task: Task) -> list[Prepared]:
    """The ingest task: parse each JSONL line; hash and sign each article's text.

    Pure functions of the task, so any process can run it; the main process then decides
    duplicates in input order (`_ingest`).
    """
    entries, options = task
    done: list[Prepared] = []
    for entry in entries:
        if isinstance(entry, str):  # the text of an article read by the main process
            done.append((None, doc_id_for(entry), signature(entry)))
            continue
        item = parse_line(entry, options)
        if isinstance(item, Article):
            done.append((item, doc_id_for(item.text), signature(item.text)))
        else:
            done.append((item, "", None))
    return done


def _ingest(resolved: list[Path | str], options: ReadOptions, map_tasks: TaskMap, size: int,
            ) -> Iterator[Item]:
    with SeenIndex() as seen:
        chunks: deque[list[Entry]] = deque()

        def tasks() -> Iterator[Task]:
            entries = _read(resolved, options)
            while chunk := list(islice(entries, size)):
                chunks.append(chunk)
                yield ([entry.text if isinstance(entry, Article) else entry
                        for entry in chunk if not isinstance(entry, QuarantinedItem)], options)

        # Duplicates and near-duplicates are decided in input order, as the tasks come back.
        for prepared in map_tasks(prepare, tasks()):
            done = iter(prepared)
            for entry in chunks.popleft():
                if isinstance(entry, QuarantinedItem):
                    yield entry
                    continue
                parsed, doc_id, signed = next(done)
                item = entry if isinstance(entry, Article) else parsed
                assert item is not None  # `prepare` parses every line into an item
                if isinstance(item, Article):
                    first = seen.first_of(doc_id, item.input_id)
                    if first is not None:
                        yield Duplicate(input_id=item.input_id, doc_id=doc_id, duplicate_of=first)
                        continue
                    item.near_duplicate_of = seen.near_duplicate_signed(doc_id, signed)
                yield item


def _read(resolved: list[Path | str], options: ReadOptions) -> Iterator[Entry]:
    """What the paths hold, in order: items, and JSONL lines left for `prepare` to parse."""
    for path in resolved:
        yield from read_path(path, options, defer=True)
