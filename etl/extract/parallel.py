"""Executors: run a function over chunks of work, results in input order, bounded in flight.

`LocalExecutor` uses a process pool on this machine (each worker builds its spaCy pipelines
once, in the initializer); `DaskExecutor` submits the same chunks to a dask.distributed
cluster (`--scheduler tcp://host:8786`) or a LocalCluster it starts (a Dask worker builds
them in its first task). Both keep at most `in_flight` chunks submitted, so a lazy input
is never read far ahead of the output.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import chain, islice
from typing import Any, Literal, Protocol, TypeVar

from etl.errors import ExtractError

ExecutorName = Literal["local", "dask"]
T = TypeVar("T")
R = TypeVar("R")


def default_workers() -> int:
    """The number of cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


_WARM_UP_ERROR: BaseException | None = None
_WARM = False  # set by `warm_up`: this process's pipelines are built


def warm_up() -> None:
    """Build every language's pipeline, once per process (the worker initializer).

    Also keeps polars to one thread in the worker (unless POLARS_MAX_THREADS is set): a
    worker builds and checks the tables of one small chunk at a time, where a thread pool
    costs more than it gains, and the other cores run the other workers. Set before
    polars is first imported, which is when polars reads it.
    """
    global _WARM
    if _WARM:
        return
    import gc

    from etl.config import SUPPORTED_LANGUAGES
    from etl.extract.nlp import load_nlp

    os.environ.setdefault("POLARS_MAX_THREADS", "1")

    for lang in SUPPORTED_LANGUAGES:
        load_nlp(lang)
    # The pipelines and reference tables live as long as the worker: moved out of the
    # garbage collector's generations, its passes no longer walk their ~120,000 objects
    # (extraction and tables 3-4% faster, same process, alternating runs).
    gc.collect()
    gc.freeze()
    # Extraction makes many short-lived objects and few cycles: rarer young-generation passes
    # cut the collector's share of a worker from about 7% to under 1% (peak memory unchanged).
    gc.set_threshold(10_000, 20, 20)
    _WARM = True


def _pool_warm_up() -> None:
    """`warm_up` for a process pool, keeping its error for the tasks to raise.

    An initializer that raises breaks the whole pool, and the run would fail with no
    word of why: each task raises the warm-up's own error instead.
    """
    global _WARM_UP_ERROR
    import signal

    # Ctrl-C reaches every process of the terminal's group: the main process stops the run
    # (and the pool); a worker printing its own KeyboardInterrupt traceback helps no one.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        warm_up()
    except Exception as e:  # noqa: BLE001 - re-raised by every task of this worker
        _WARM_UP_ERROR = e


def _pool_call(fn: Callable[[T], R], chunk: T) -> R:
    if _WARM_UP_ERROR is not None:
        raise _WARM_UP_ERROR
    return fn(chunk)


class Executor(Protocol):
    """Maps a function over chunks; yields the results in input order."""

    workers: int

    def map(self, fn: Callable[[T], R], chunks: Iterable[T]) -> Iterator[R]: ...

    def close(self) -> None: ...


def _ordered(submit: Callable[[Any], Any], result: Callable[[Any], Any], chunks: Iterable[Any],
             in_flight: int) -> Iterator[Any]:
    pending: deque[Any] = deque()
    for chunk in chunks:
        pending.append(submit(chunk))
        if len(pending) >= in_flight:
            yield result(pending.popleft())
    while pending:
        yield result(pending.popleft())


class LocalExecutor:
    """In this process (workers=1) or a pool of `workers` processes."""

    def __init__(self, workers: int | None = None, *, in_flight: int | None = None) -> None:
        self.workers = workers or default_workers()
        self.in_flight = in_flight or 2 * self.workers
        self._pool: Any = None

    def _start(self) -> Any:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        # forkserver: workers do not inherit the parent's threads or open writers. A
        # concurrent.futures pool, not multiprocessing.Pool: when a worker dies (the kernel's
        # out-of-memory killer) the latter waits forever for its task.
        context = multiprocessing.get_context("forkserver")
        # The fork server builds the pipelines once and the workers are forked with them
        # (`etl.extract.preload`). This applies when the pool starts the fork server, which
        # nothing else in a run uses; one started already keeps its preload, and each
        # worker then warms up itself.
        context.set_forkserver_preload(["__main__", "etl.extract.preload"])
        self._pool = ProcessPoolExecutor(self.workers, mp_context=context, initializer=_pool_warm_up)
        return self._pool

    def map(self, fn: Callable[[T], R], chunks: Iterable[T]) -> Iterator[R]:
        """Yield `fn(chunk)` for each chunk, in order.

        The pool starts only when there is a second chunk: a small input is extracted in
        this process rather than waiting for workers to load their pipelines.
        """
        iterator = iter(chunks)
        first = list(islice(iterator, 2))
        if self.workers == 1 or len(first) < 2:
            yield from (fn(chunk) for chunk in chain(first, iterator))
            return
        pool = self._pool or self._start()
        yield from _ordered(lambda chunk: pool.submit(_pool_call, fn, chunk), _result,
                            chain(first, iterator), self.in_flight)

    def close(self) -> None:
        """Stop the worker processes."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def _result(future: Any) -> Any:
    from concurrent.futures.process import BrokenProcessPool

    try:
        return future.result()
    except BrokenProcessPool as e:
        raise ExtractError("A worker process stopped abruptly, perhaps killed for lack of memory",
                           "etl run --workers", "Run again with fewer --workers; if it happens "
                           "again, look for an input that is much larger than the others.") from e


def _pickled_call(payload: bytes) -> bytes:
    """Run a pickled `(fn, chunk)` on a Dask worker and return its result pickled whole.

    Dask sizes and serialises a task's result object by object; for a chunk of nested
    record dumps that cost the worker ~2.5 ms of CPU per article, more than pickling the
    whole result once (a 1-worker LocalCluster: 15.4 -> 12.9 ms of worker CPU per article).
    """
    import pickle

    # The worker's first task builds its pipelines (a no-op after): the workers warm up
    # while the main process reads the first articles, instead of it waiting for them.
    warm_up()
    fn, chunk = pickle.loads(payload)
    return pickle.dumps(fn(chunk), protocol=pickle.HIGHEST_PROTOCOL)


# The LocalCluster started here serves no dashboard, so its workers need not profile
# themselves (a thread sampling the task's stack every 10 ms) nor watch their event loop
# every 20 ms and their memory every 100 ms. On a 1-worker cluster those took ~2 ms of
# the worker's CPU per article: 15.4 -> 13.4 ms per article in the task, as in a plain
# process. A scheduler given by address keeps its cluster's own configuration.
LOCAL_CLUSTER_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.memory.monitor-interval": "1s",
}


class DaskExecutor:
    """Chunks as dask.distributed tasks, on a scheduler or on a LocalCluster started here."""

    def __init__(self, scheduler: str | None = None, *, workers: int | None = None,
                 in_flight: int | None = None) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError as e:  # pragma: no cover - a dependency of the package
            raise ExtractError("dask.distributed is not installed", "--executor dask",
                               "Install it with `pip install 'dask[distributed]'`.") from e
        self._cluster = None
        if scheduler:
            self.client = Client(scheduler)
        else:
            import dask

            with dask.config.set(LOCAL_CLUSTER_CONFIG):
                self._cluster = LocalCluster(n_workers=workers or default_workers(),
                                             threads_per_worker=1, processes=True,
                                             dashboard_address=None)
            self.client = Client(self._cluster)
        self.workers = max(1, sum(self.client.nthreads().values()))
        self.in_flight = in_flight or 2 * self.workers

    def map(self, fn: Callable[[T], R], chunks: Iterable[T]) -> Iterator[R]:
        """Yield `fn(chunk)` for each chunk, in order (moved as pickled bytes, see `_pickled_call`)."""
        import pickle

        import cloudpickle

        yield from _ordered(
            lambda chunk: self.client.submit(_pickled_call, cloudpickle.dumps((fn, chunk)), pure=False),
            lambda future: pickle.loads(_dask_result(future)), chunks, self.in_flight)

    def close(self) -> None:
        """Disconnect, and stop the LocalCluster if this executor started it."""
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()


def _dask_result(future: Any) -> Any:
    from distributed import KilledWorker

    try:
        return future.result()
    except KilledWorker as e:
        raise ExtractError("Dask workers died running the same chunk of articles, perhaps for lack "
                           "of memory", "etl run --executor dask", "Give the workers more memory or "
                           "run fewer of them per machine; if it happens again, look for an input "
                           "that is much larger than the others.") from e


def make_executor(name: ExecutorName = "local", *, workers: int | None = None,
                  scheduler: str | None = None, in_flight: int | None = None) -> Executor:
    """The executor for `--executor NAME` (`in_flight`: chunks submitted ahead; default 2 per worker)."""
    if name == "dask":
        return DaskExecutor(scheduler, workers=workers, in_flight=in_flight)
    return LocalExecutor(workers, in_flight=in_flight)
