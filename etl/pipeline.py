"""run_pipeline(): ingest -> extract -> validate -> load, streamed in bounded batches.

Inputs are read lazily and cut into chunks; chunks are extracted (and validated) by an
executor, in order, with a bounded number in flight; every `batch_size` inputs the tables
are built, checked by the gate and appended to the release being written. Memory does not
grow with the corpus, and the output is the same whatever the batch size, worker count or
executor: everything is in input order, then offsets.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from etl.config import DATASET_NAME, DIST_DIR
from etl.ingest.readers import DEFAULT_OPTIONS, ReadOptions
from etl.models import Article, Duplicate, QuarantinedItem, Record

if TYPE_CHECKING:
    from etl.extract.cache import ExtractCache
    from etl.extract.parallel import Executor, ExecutorName

# Inputs per gate/write batch, and articles per extraction task.
DEFAULT_BATCH_SIZE = 256
CHUNK_SIZE = 16



class RecordData(dict[str, Any]):
    """A validated record as plain data (`Record.model_dump()`): the form records travel in.

    Workers send their records to the main process this way, and the tables are built
    from it: a pydantic Record takes 1.7 ms to unpickle and 150 KB of memory, its dump
    0.2 ms and 64 KB. `to_record` gives the model back.
    """

    __slots__ = ()

    @classmethod
    def of(cls, record: Record) -> RecordData:
        """The dump of a validated record."""
        return cls(record.model_dump())

    def to_record(self) -> Record:
        """The pydantic Record (validated again)."""
        return Record.model_validate(dict(self))


Outcome = RecordData | QuarantinedItem | Duplicate


@dataclass
class RunResult:
    """What a run did: the accounting of every input, the quality report, the release.

    `records` is filled only by `collect_records`; a streamed run keeps counts instead.
    """

    inputs: int = 0
    records: list[Record] = field(default_factory=list)
    quarantined: list[QuarantinedItem] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    report: Any = None
    publish: Any = None
    record_count: int = 0
    near_duplicates: int = 0
    extracted: int = 0
    cached: int = 0
    newest_day: str | None = None

    def add(self, outcome: Outcome) -> None:
        """Account for one input's outcome."""
        self.inputs += 1
        if isinstance(outcome, RecordData):
            self.record_count += 1
            self.near_duplicates += bool(outcome["near_duplicate_of"])
            published = outcome["published"]
            if published and published["precision"] == "day":
                self.newest_day = max(self.newest_day or published["value"], published["value"])
        elif isinstance(outcome, Duplicate):
            self.duplicates.append(outcome)
        else:
            self.quarantined.append(outcome)

    def manifest(self) -> dict[str, Any]:
        """The run's accounting: `inputs = records + quarantined + duplicates`, by reason."""
        from etl import __version__
        from etl.models import SCHEMA_VERSION

        reasons: dict[str, int] = {}
        for item in self.quarantined:
            reasons[item.reason] = reasons.get(item.reason, 0) + 1
        return {
            "etl_version": __version__,
            "schema_version": SCHEMA_VERSION,
            "inputs": self.inputs,
            "records": self.record_count,
            "quarantined": len(self.quarantined),
            "quarantined_by_reason": dict(sorted(reasons.items())),
            "duplicates": len(self.duplicates),
            "near_duplicates": self.near_duplicates,
        }

    def summary(self) -> str:
        """One line: `42 articles: 39 records, 2 quarantined, 1 duplicate`."""
        n = self.inputs
        return (
            f"{n} article{'s' * (n != 1)}: {_count(self.record_count, 'record')}, "
            f"{len(self.quarantined)} quarantined, {_count(len(self.duplicates), 'duplicate')}"
        )


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'s' * (n != 1)}"


def _validate(candidate: Any) -> RecordData | QuarantinedItem:
    from etl.validate import validate_records

    checked = validate_records([candidate])
    return RecordData.of(checked.records[0]) if checked.records else checked.quarantined[0]


def extract_chunk(task: tuple[list[Article], date | None, bool]) -> list[tuple[Any, str | None]]:
    """The executor task: extract and validate articles; with the candidate JSON to cache."""
    from etl.extract import extract_record

    articles, reference_date, want_json = task
    done: list[tuple[Any, str | None]] = []
    for article in articles:
        candidate = extract_record(article, reference_date=reference_date)
        if isinstance(candidate, QuarantinedItem):
            done.append((candidate, None))
            continue
        text = candidate.model_dump_json(warnings=False) if want_json else None
        done.append((_validate(candidate), text))
    return done


def _from_cache(article: Article, text: str) -> RecordData | QuarantinedItem:
    import json

    data = json.loads(text)
    data.update(input_id=article.input_id, url=article.url, outlet=article.outlet,
                title=article.title, published=article.published,
                near_duplicate_of=article.near_duplicate_of)
    return _validate(Record.model_construct(**data))


@dataclass
class _Chunk:
    items: list[Any]
    keys: dict[int, str] = field(default_factory=dict)
    hits: dict[int, str] = field(default_factory=dict)
    misses: list[int] = field(default_factory=list)


def _plan(items: list[Any], cache: ExtractCache | None, reference_date: date | None) -> _Chunk:
    from etl.models import doc_id_for

    chunk = _Chunk(items)
    positions = [i for i, item in enumerate(items) if isinstance(item, Article)]
    if cache is not None:
        from etl.extract.cache import cache_key

        chunk.keys = {i: cache_key(items[i], doc_id_for(items[i].text), reference_date)
                      for i in positions}
        found = cache.get_many(list(chunk.keys.values()))
        chunk.hits = {i: found[key] for i, key in chunk.keys.items() if key in found}
    chunk.misses = [i for i in positions if i not in chunk.hits]
    return chunk


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def iter_outcomes(items: Iterable[Article | QuarantinedItem | Duplicate], *, executor: Executor,
                  reference_date: date | None = None, cache: ExtractCache | None = None,
                  chunk_size: int = CHUNK_SIZE, stats: RunResult | None = None,
                  ) -> Iterator[list[Outcome]]:
    """Extract and validate ingested items chunk by chunk; yield each chunk's outcomes in order.

    Cache hits are answered here; the misses go to the executor, which keeps a bounded
    number of chunks in flight, so `items` is consumed only a few chunks ahead.
    """
    planned: deque[_Chunk] = deque()

    def tasks() -> Iterator[tuple[list[Article], date | None, bool]]:
        for items_ in _chunks(items, chunk_size):
            chunk = _plan(items_, cache, reference_date)
            planned.append(chunk)
            yield [items_[i] for i in chunk.misses], reference_date, cache is not None

    for results in executor.map(extract_chunk, tasks()):
        chunk = planned.popleft()
        text: str | None
        outcomes: list[Outcome] = list(chunk.items)
        for i, text in chunk.hits.items():
            outcomes[i] = _from_cache(chunk.items[i], text)
        fresh = []
        for i, (outcome, text) in zip(chunk.misses, results, strict=True):
            outcomes[i] = outcome
            if text is not None:
                fresh.append((chunk.keys[i], text))
        if cache is not None and fresh:
            cache.put_many(fresh)
        if stats is not None:
            stats.extracted += len(chunk.misses)
            stats.cached += len(chunk.hits)
        yield outcomes


def _batches(chunks: Iterable[list[Outcome]], size: int) -> Iterator[list[Outcome]]:
    batch: list[Outcome] = []
    for outcomes in chunks:
        for outcome in outcomes:
            batch.append(outcome)
            if len(batch) >= size:
                yield batch
                batch = []
    if batch:
        yield batch


@dataclass
class RunOptions:
    """How a run executes (never what it produces: the output is the same for any of these)."""

    workers: int = 1
    executor: ExecutorName = "local"
    scheduler: str | None = None
    cache_dir: Path | None = None
    batch_size: int = DEFAULT_BATCH_SIZE
    chunk_size: int = CHUNK_SIZE
    progress: Callable[[RunResult], None] | None = None


def _open(run: RunOptions) -> tuple[Executor, ExtractCache | None]:
    from etl.extract.cache import ExtractCache
    from etl.extract.parallel import default_workers, make_executor

    cache = ExtractCache(run.cache_dir) if run.cache_dir is not None else None
    # While the main process builds, checks and writes a batch, the workers go on with the
    # next one: with only 2 chunks per worker in flight they sat idle for half of each batch.
    workers = run.workers or default_workers()
    in_flight = 2 * workers + -(-run.batch_size // run.chunk_size)
    executor = make_executor(run.executor, workers=run.workers, scheduler=run.scheduler,
                             in_flight=in_flight)
    return executor, cache


def stream_outcomes(paths: list[str], result: RunResult, *, reference_date: date | None = None,
                    options: ReadOptions = DEFAULT_OPTIONS, run: RunOptions | None = None,
                    ) -> Iterator[list[Outcome]]:
    """Ingest, extract and validate `paths`; yield batches of outcomes, accounted in `result`."""
    from etl.ingest import ingest_articles

    run = run or RunOptions()
    items = ingest_articles(paths, options)
    first = next(items, None)  # path errors are raised here, before any worker starts
    executor, cache = _open(run)
    try:
        chunks = iter_outcomes(_prepend(first, items), executor=executor, reference_date=reference_date,
                               cache=cache, chunk_size=run.chunk_size, stats=result)
        for batch in _batches(chunks, run.batch_size):
            for outcome in batch:
                result.add(outcome)
            if run.progress is not None:
                run.progress(result)
            yield batch
    finally:
        executor.close()
        if cache is not None:
            cache.close()


def _prepend(first: Any, rest: Iterator[Any]) -> Iterator[Any]:
    if first is not None:
        yield first
        yield from rest


def collect_records(
    paths: list[str], *, reference_date: date | None = None, options: ReadOptions = DEFAULT_OPTIONS,
    run: RunOptions | None = None,
) -> RunResult:
    """Ingest, extract and validate; every input ends as a record, quarantined item or duplicate.

    The records are kept in memory: use `stream_outcomes` for large inputs.
    """
    result = RunResult()
    for batch in stream_outcomes(paths, result, reference_date=reference_date, options=options,
                                 run=run):
        result.records += [outcome.to_record() for outcome in batch if isinstance(outcome, RecordData)]
    return result


def run_pipeline(
    paths: list[str],
    *,
    reference_date: date | None = None,
    dist_dir: Path = DIST_DIR,
    dataset: str = DATASET_NAME,
    options: ReadOptions = DEFAULT_OPTIONS,
    run: RunOptions | None = None,
) -> RunResult:
    """Run every stage and publish a release under `dist_dir/dataset/` when the gate passes."""
    _tune_allocators()
    from etl import load
    from etl.load.package import PackageBuilder
    from etl.validate.gate import Gate

    result = RunResult()
    gate = Gate(background=True)
    builder = PackageBuilder(dist_dir=dist_dir, dataset=dataset)
    try:
        for batch in stream_outcomes(paths, result, reference_date=reference_date,
                                     options=options, run=run):
            quarantine_start = len(result.quarantined) - sum(isinstance(o, QuarantinedItem) for o in batch)
            duplicate_start = len(result.duplicates) - sum(isinstance(o, Duplicate) for o in batch)
            tables = load.build_tables(
                [o for o in batch if isinstance(o, RecordData)],
                [o for o in batch if isinstance(o, QuarantinedItem)],
                [o for o in batch if isinstance(o, Duplicate)],
                quarantine_start=quarantine_start, duplicate_start=duplicate_start)
            gate.check(tables)
            builder.write(tables)
            del tables
            _trim_heap()
        if result.inputs == 0:
            gate.check(load.build_tables([], [], []))
    except BaseException:
        builder.abort()
        raise
    result.report = gate.report()
    result.publish = builder.finish(
        result.report, created=created_timestamp(result.newest_day),
        sources=[{"title": "Input articles", "path": path} for path in paths],
        manifest=result.manifest())
    return result


def _libc() -> Any:
    """glibc, for the allocator calls below; None elsewhere."""
    import ctypes

    try:
        return ctypes.CDLL("libc.so.6")
    except OSError:  # pragma: no cover - not glibc
        return None


def _tune_allocators() -> None:
    """Make the allocators hand freed memory back at once, so a long run's RSS stays flat.

    Polars' jemalloc keeps freed pages for 10 s by default and glibc makes an arena per
    thread: over 8,000 articles the main process settled at ~350 MiB with the defaults and
    ~320 MiB with these. The jemalloc setting is read when polars loads, so it only
    applies if polars was not imported yet; a value the user set is kept.
    """
    os.environ.setdefault("_RJEM_MALLOC_CONF", "dirty_decay_ms:0,muzzy_decay_ms:0")
    if (libc := _libc()) is not None:
        libc.mallopt(-8, 2)  # M_ARENA_MAX


def _trim_heap() -> None:
    """Give freed heap pages back to the OS (glibc keeps them, and RSS creeps up per batch).

    Arrow's allocator (mimalloc) keeps its own freed pages too: `release_unused` returns them.
    """
    import pyarrow

    if (libc := _libc()) is not None:
        libc.malloc_trim(0)
    pyarrow.default_memory_pool().release_unused()


def created_timestamp(newest_day: str | None) -> str | None:
    """`created` for the package: SOURCE_DATE_EPOCH if set, else the newest publication day.

    Never the wall clock, so that the same inputs give the same bytes.
    """
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        moment = datetime.fromtimestamp(int(epoch), tz=UTC)
        return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
    return f"{newest_day}T00:00:00Z" if newest_day else None
