"""run_pipeline(): ingest -> extract -> validate -> load, streamed in bounded batches.

Inputs are read lazily and cut into chunks; chunks are extracted (and validated) by an
executor, in order, with a bounded number in flight. In a run, the executor's workers also
build each chunk's tables and run the gate's per-document checks on them
(`extract_chunk_tables`); every `batch_size` inputs the main process concatenates the
chunks, runs the checks that need the whole run (key uniqueness, the GX sample), merges
the chunks' results and appends the batch to the release being written (which hashes it). Memory does not
grow with the corpus, and the output is the same whatever the batch size, chunk size,
worker count or executor: everything is in input order, then offsets.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from etl.config import DATASET_NAME, DIST_DIR
from etl.errors import ExtractError
from etl.ingest.readers import DEFAULT_OPTIONS, ReadOptions
from etl.models import Article, Duplicate, QuarantinedItem, Record, doc_id_for

if TYPE_CHECKING:
    from etl.extract.cache import ExtractCache
    from etl.extract.parallel import Executor, ExecutorName

R = TypeVar("R")

# Inputs per gate/write batch, and inputs per extraction task. A task also builds and
# checks its chunk's tables, where each polars query has a fixed cost: building and
# checking took 2.09 ms of a worker's CPU per article in chunks of 32, 1.17 in chunks of
# 64, 0.84 in chunks of 128 and 0.66 in chunks of 256. 128 still splits a batch between
# two workers.
DEFAULT_BATCH_SIZE = 256
CHUNK_SIZE = 128



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

    def add_chunk(self, items: list[Any], part: ChunkPart) -> None:
        """Account for one chunk's inputs: `items` as ingested, the articles' outcomes in `part`."""
        outcomes = iter(part.quarantined)
        for item in items:
            self.inputs += 1
            outcome = next(outcomes) if isinstance(item, Article) else item
            if outcome is None:
                self.record_count += 1
            elif isinstance(outcome, Duplicate):
                self.duplicates.append(outcome)
            else:
                self.quarantined.append(outcome)
        self.near_duplicates += part.near_duplicates
        if part.newest_day is not None:
            self.newest_day = max(self.newest_day or part.newest_day, part.newest_day)

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


# An executor task: articles, the cached candidate JSON of each (or None), reference date,
# and whether to send back fresh candidate JSON for the cache.
Task = tuple[list[Article], list[str | None], date | None, bool]


def extract_chunk(task: Task) -> list[tuple[RecordData | QuarantinedItem, str | None]]:
    """The executor task of `stream_outcomes`: extract and validate each article, or validate
    its cached candidate JSON; with the fresh candidate JSON to cache, if the task asks."""
    from etl.extract import extract_record

    articles, cached, reference_date, want_json = task
    done: list[tuple[RecordData | QuarantinedItem, str | None]] = []
    for article, text in zip(articles, cached, strict=True):
        if text is not None:
            done.append((_from_cache(article, text), None))
            continue
        try:
            candidate = extract_record(article, reference_date=reference_date)
        except ExtractError:
            raise  # the pipeline itself cannot be built: every article would fail the same way
        except Exception as e:  # noqa: BLE001 - one text that breaks a rule must not stop the run
            candidate = _extraction_failed(article, e)
        if isinstance(candidate, QuarantinedItem):
            done.append((candidate, None))
            continue
        fresh = candidate.model_dump_json(warnings=False) if want_json else None
        done.append((_validate(candidate), fresh))
    return done


def _extraction_failed(article: Article, error: Exception) -> QuarantinedItem:
    """The quarantined item of an article that made an extraction rule raise (a bug to report)."""
    from etl import __version__

    detail = str(error).splitlines()[0] if str(error) else ""
    return QuarantinedItem(
        input_id=article.input_id, stage="extract", reason="extraction-failed", doc_id=doc_id_for(article.text),
        message=f"extraction raised {type(error).__name__}: {detail} (etl {__version__}; please report "
                "this input)")


@dataclass
class ChunkPart:
    """One chunk of a run as its worker sends it back (`extract_chunk_tables`).

    Everything the main process needs of the chunk's articles, made in the worker: the
    record tables (polars frames pickle as Arrow IPC, far cheaper than record dumps), the
    `records` rows encoded for the content hashes, the per-document gate checks, and the
    accounting.
    """

    quarantined: list[QuarantinedItem | None]  # per article of the task: None for a record
    fresh: list[str | None]  # per article: candidate JSON to cache
    tables: dict[str, Any]
    checks: list[Any]
    encoded: dict[str, Any] = field(default_factory=dict)  # table -> `EncodedRows`
    near_duplicates: int = 0
    newest_day: str | None = None


def extract_chunk_tables(task: Task) -> ChunkPart:
    """The executor task of `run_pipeline`: a chunk's outcomes, tables and checks."""
    from etl import load
    from etl.load.encoded import ENCODED_TABLES, encode_rows
    from etl.load.frames import RECORD_TABLES
    from etl.validate.gate import check_chunk

    done = extract_chunk(task)
    records = [outcome for outcome, _ in done if isinstance(outcome, RecordData)]
    built = load.build_tables(records, [], [])  # the stage's entry point, as for one batch
    tables = {name: built[name] for name in RECORD_TABLES}
    days = [published["value"] for record in records
            if (published := record["published"]) and published["precision"] == "day"]
    return ChunkPart(
        quarantined=[outcome if isinstance(outcome, QuarantinedItem) else None for outcome, _ in done],
        fresh=[text for _, text in done], tables=tables, checks=check_chunk(tables),
        encoded={name: encode_rows(name, tables[name]) for name in ENCODED_TABLES},
        near_duplicates=sum(bool(record["near_duplicate_of"]) for record in records),
        newest_day=max(days, default=None))


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
    articles: list[int] = field(default_factory=list)
    keys: dict[int, str] = field(default_factory=dict)
    hits: dict[int, str] = field(default_factory=dict)

    def task(self, reference_date: date | None, want_json: bool) -> Task:
        """The executor task: the articles, with the cached JSON of the hits."""
        return ([self.items[i] for i in self.articles], [self.hits.get(i) for i in self.articles],
                reference_date, want_json)


def _plan(items: list[Any], cache: ExtractCache | None, reference_date: date | None) -> _Chunk:
    from etl.models import doc_id_for

    chunk = _Chunk(items, [i for i, item in enumerate(items) if isinstance(item, Article)])
    if cache is not None:
        from etl.extract.cache import cache_key

        chunk.keys = {i: cache_key(items[i], doc_id_for(items[i].text), reference_date)
                      for i in chunk.articles}
        found = cache.get_many(list(chunk.keys.values()))
        chunk.hits = {i: found[key] for i, key in chunk.keys.items() if key in found}
    return chunk


def _chunks(items: Iterable[Any], size: int, batch_size: int | None = None) -> Iterator[list[Any]]:
    """Chunks of `size` items; with `batch_size`, none spans two batches of that many items."""
    iterator = iter(items)
    done = 0
    while True:
        wanted = size if batch_size is None else min(size, batch_size - done % batch_size)
        chunk = list(islice(iterator, wanted))
        if not chunk:
            return
        done += len(chunk)
        yield chunk


def _run_chunks(items: Iterable[Any], fn: Callable[[Task], Any], *, executor: Executor,
                reference_date: date | None, cache: ExtractCache | None, chunk_size: int,
                batch_size: int | None, stats: RunResult | None,
                ) -> Iterator[tuple[_Chunk, Any]]:
    """Each chunk of `items` with `fn`'s result on its task, in order; fresh JSON is cached.

    The executor keeps a bounded number of chunks in flight, so `items` is consumed only a
    few chunks ahead.
    """
    planned: deque[_Chunk] = deque()

    def tasks() -> Iterator[Task]:
        for items_ in _chunks(items, chunk_size, batch_size):
            chunk = _plan(items_, cache, reference_date)
            planned.append(chunk)
            yield chunk.task(reference_date, cache is not None)

    for result in executor.map(fn, tasks()):
        chunk = planned.popleft()
        fresh = result.fresh if isinstance(result, ChunkPart) else [text for _, text in result]
        if cache is not None:
            found = [(chunk.keys[i], text) for i, text in zip(chunk.articles, fresh, strict=True)
                     if text is not None]
            if found:
                cache.put_many(found)
        if stats is not None:
            stats.extracted += len(chunk.articles) - len(chunk.hits)
            stats.cached += len(chunk.hits)
        yield chunk, result


def iter_outcomes(items: Iterable[Article | QuarantinedItem | Duplicate], *, executor: Executor,
                  reference_date: date | None = None, cache: ExtractCache | None = None,
                  chunk_size: int = CHUNK_SIZE, stats: RunResult | None = None,
                  ) -> Iterator[list[Outcome]]:
    """Extract and validate ingested items chunk by chunk; yield each chunk's outcomes in order.

    Cache hits are validated from their stored JSON by the executor, like the misses are
    extracted; `items` is consumed only a few chunks ahead.
    """
    for chunk, results in _run_chunks(items, extract_chunk, executor=executor,
                                      reference_date=reference_date, cache=cache,
                                      chunk_size=chunk_size, batch_size=None, stats=stats):
        yield _outcomes(chunk, results)


def _outcomes(chunk: _Chunk, results: list[tuple[RecordData | QuarantinedItem, str | None]],
              ) -> list[Outcome]:
    """A chunk's outcomes in input order: its ingest items, with each article's result."""
    outcomes: list[Outcome] = list(chunk.items)
    for i, (outcome, _) in zip(chunk.articles, results, strict=True):
        outcomes[i] = outcome
    return outcomes


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


@contextmanager
def _session(paths: list[str], options: ReadOptions, run: RunOptions,
             ) -> Iterator[tuple[Iterator[Any], Executor, ExtractCache | None]]:
    """The ingested items of `paths`, an executor and the cache; closed on exit."""
    from etl.ingest import ingest_articles

    # Path errors are raised here, before any worker starts; the workers then warm up
    # while this process reads the first articles. The workers also parse the JSONL lines
    # and compute the articles' doc_ids and near-duplicate signatures (`executor` is bound
    # by the time ingest asks for them).
    items = ingest_articles(paths, options, map_tasks=lambda fn, tasks: executor.map(fn, tasks))
    executor, cache = _open(run)
    try:
        yield items, executor, cache
    finally:
        executor.close()
        if cache is not None:
            cache.close()


def stream_outcomes(paths: list[str], result: RunResult, *, reference_date: date | None = None,
                    options: ReadOptions = DEFAULT_OPTIONS, run: RunOptions | None = None,
                    ) -> Iterator[list[Outcome]]:
    """Ingest, extract and validate `paths`; yield batches of outcomes, accounted in `result`."""
    run = run or RunOptions()
    with _session(paths, options, run) as (items, executor, cache):
        chunks = _run_chunks(items, extract_chunk, executor=executor, reference_date=reference_date,
                             cache=cache, chunk_size=run.chunk_size, batch_size=run.batch_size,
                             stats=result)
        for group in _grouped(chunks, run.batch_size):
            batch = [outcome for chunk, results in group for outcome in _outcomes(chunk, results)]
            for outcome in batch:
                result.add(outcome)
            if run.progress is not None:
                run.progress(result)
            yield batch


@dataclass
class _TableBatch:
    parts: list[ChunkPart]
    quarantine_start: int
    duplicate_start: int


def _stream_tables(paths: list[str], result: RunResult, *, reference_date: date | None,
                   options: ReadOptions, run: RunOptions) -> Iterator[_TableBatch]:
    """Like `stream_outcomes`, but each chunk comes back as tables (`extract_chunk_tables`).

    Chunks never span two batches, so a batch is whole chunks and holds the same inputs
    as a batch of `stream_outcomes`.
    """
    with _session(paths, options, run) as (items, executor, cache):
        chunks = _run_chunks(items, extract_chunk_tables, executor=executor,
                             reference_date=reference_date, cache=cache, chunk_size=run.chunk_size,
                             batch_size=run.batch_size, stats=result)
        for group in _grouped(chunks, run.batch_size):
            batch = _TableBatch([part for _, part in group], len(result.quarantined),
                                len(result.duplicates))
            for chunk, part in group:
                result.add_chunk(chunk.items, part)
            if run.progress is not None:
                run.progress(result)
            yield batch


def _grouped(chunks: Iterable[tuple[_Chunk, R]], size: int) -> Iterator[list[tuple[_Chunk, R]]]:
    """Chunks with their results, grouped into batches of `size` inputs (chunks never span
    two batches, see `_chunks`)."""
    group: list[tuple[_Chunk, R]] = []
    inputs = 0
    for chunk, part in chunks:
        group.append((chunk, part))
        inputs += len(chunk.items)
        if inputs >= size:
            yield group
            group, inputs = [], 0
    if group:
        yield group


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
    with _rare_collections():
        return _run(paths, reference_date=reference_date, dist_dir=dist_dir, dataset=dataset,
                    options=options, run=run or RunOptions())


def _run(paths: list[str], *, reference_date: date | None, dist_dir: Path, dataset: str,
         options: ReadOptions, run: RunOptions) -> RunResult:
    from etl.load import frames as load_frames
    from etl.load.encoded import ENCODED_TABLES, join_rows
    from etl.load.package import PackageBuilder
    from etl.validate.gate import Gate

    result = RunResult()
    gate = Gate(background=True)
    builder = PackageBuilder(dist_dir=dist_dir, dataset=dataset)
    try:
        for batch in _stream_tables(paths, result, reference_date=reference_date,
                                    options=options, run=run):
            tables = load_frames.concat_tables(
                [part.tables for part in batch.parts], result.quarantined[batch.quarantine_start:],
                result.duplicates[batch.duplicate_start:], quarantine_start=batch.quarantine_start,
                duplicate_start=batch.duplicate_start)
            gate.check(tables, [part.checks for part in batch.parts])
            builder.write(tables, {name: join_rows([part.encoded[name] for part in batch.parts])
                                   for name in ENCODED_TABLES})
            del tables, batch
            _trim_heap()
        if result.inputs == 0:
            from etl.errors import IngestError

            # An empty export or a glob that found nothing must not publish an empty "latest".
            raise IngestError("No articles in the inputs; nothing was published", ", ".join(paths) or "(none)",
                              "Check that the paths or globs name files that hold articles.")
    except BaseException:
        builder.abort()
        raise
    result.report = gate.report()
    result.publish = builder.finish(
        result.report, created=created_timestamp(result.newest_day),
        sources=[{"title": "Input articles", "path": path} for path in paths],
        manifest=result.manifest())
    return result


@contextmanager
def _rare_collections() -> Iterator[None]:
    """Collect the young generation about 14 times less often while in the block.

    Unpickling the workers' results and building each batch's tables make many objects and
    few cycles: with the default thresholds the main process collected ~300 times per
    10,000 articles (0.15 s of CPU), with these 14 times (0.02 s). The thresholds the
    process had are restored on exit.
    """
    import gc

    before = gc.get_threshold()
    gc.set_threshold(10_000, 20, 20)  # as the workers (`etl.extract.parallel.warm_up`)
    try:
        yield
    finally:
        gc.set_threshold(*before)


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
