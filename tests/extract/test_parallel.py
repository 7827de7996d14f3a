"""Executors: results in input order; a Dask LocalCluster publishes the local executor's bytes."""

from __future__ import annotations

import pytest
from test_scale import files, write_corpus

from etl.extract.parallel import LocalExecutor
from etl.pipeline import RunOptions, run_pipeline


@pytest.mark.parametrize("workers", [1, 2])
def test_parallel_local_executor_keeps_input_order(workers):
    executor = LocalExecutor(workers, in_flight=3)
    try:
        chunks = [list(range(i, i + 5)) for i in range(0, 100, 5)]
        assert list(executor.map(sum, chunks)) == [sum(c) for c in chunks]
    finally:
        executor.close()


def _killed_on_two(chunk):
    import os
    import signal

    if chunk == [2]:
        os.kill(os.getpid(), signal.SIGKILL)  # as the out-of-memory killer does
    return chunk


def test_parallel_a_killed_worker_fails_the_run_instead_of_hanging_it():
    from etl.errors import ExtractError

    executor = LocalExecutor(2, in_flight=3)
    try:
        with pytest.raises(ExtractError, match="A worker process stopped abruptly"):
            list(executor.map(_killed_on_two, [[1], [2], [3]]))
    finally:
        executor.close()


def test_parallel_a_killed_dask_worker_fails_the_run_with_an_error():
    pytest.importorskip("distributed")
    import dask

    from etl.errors import ExtractError
    from etl.extract.parallel import DaskExecutor

    with dask.config.set({"distributed.scheduler.allowed-failures": 0}):  # no retry on a new worker
        executor = DaskExecutor(workers=1, in_flight=3)
    try:
        with pytest.raises(ExtractError, match="Dask workers died running the same chunk"):
            list(executor.map(_killed_on_two, [[1], [2], [3]]))
    finally:
        executor.close()


def test_parallel_dask_local_cluster_equals_local(tmp_path, monkeypatch):
    pytest.importorskip("distributed")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    corpus = write_corpus(tmp_path / "corpus.jsonl", 6, seed=3)
    local = run_pipeline([str(corpus)], dist_dir=tmp_path / "local", run=RunOptions(workers=1))
    dask = run_pipeline([str(corpus)], dist_dir=tmp_path / "dask",
                        run=RunOptions(executor="dask", workers=1, chunk_size=2))
    assert (local.publish.status, dask.publish.status) == ("published", "published")
    assert files(tmp_path / "dask") == files(tmp_path / "local")


def test_parallel_broken_warm_up_fails_the_tasks_with_its_own_error(monkeypatch):
    from etl.errors import ExtractError
    from etl.extract import parallel

    def broken() -> None:
        raise ExtractError("reference table missing", "seeds/reference/months.csv", "Restore it.")

    monkeypatch.setattr(parallel, "warm_up", broken)
    monkeypatch.setattr(parallel, "_WARM_UP_ERROR", None)
    parallel._pool_warm_up()  # a pool initializer must not raise: it would break the pool mutely
    with pytest.raises(ExtractError, match="reference table missing"):
        parallel._pool_call(sum, [1, 2])


def test_parallel_dask_local_cluster_workers_run_without_self_monitoring():
    pytest.importorskip("distributed")
    import dask

    from etl.extract.parallel import LOCAL_CLUSTER_CONFIG, DaskExecutor

    executor = DaskExecutor(workers=1)
    try:
        seen = executor.client.run(lambda: {key: dask.config.get(key) for key in LOCAL_CLUSTER_CONFIG})
        assert list(seen.values()) == [LOCAL_CLUSTER_CONFIG]
        assert list(executor.map(sum, [[1, 2], [3]])) == [3, 3]
    finally:
        executor.close()


def test_parallel_pool_workers_leave_ctrl_c_to_the_main_process(monkeypatch):
    import signal

    from etl.extract import parallel

    monkeypatch.setattr(parallel, "warm_up", lambda: None)
    previous = signal.getsignal(signal.SIGINT)
    try:
        parallel._pool_warm_up()
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGINT, previous)


def test_parallel_warm_up_freezes_the_pipelines_out_of_the_collector_once(monkeypatch):
    import gc

    from etl.extract import parallel

    monkeypatch.setattr(parallel, "_WARM", False)
    try:
        parallel.warm_up()
        frozen = gc.get_freeze_count()
        parallel.warm_up()
        assert frozen > 0
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()


def test_parallel_fork_server_preload_leaves_a_warm_up_error_to_the_workers(monkeypatch):
    import importlib
    import signal
    import sys

    from etl.errors import ExtractError
    from etl.extract import parallel

    def broken() -> None:
        raise ExtractError("reference table missing", "seeds/reference/months.csv", "Restore it.")

    monkeypatch.setattr(parallel, "warm_up", broken)
    monkeypatch.delitem(sys.modules, "etl.extract.preload", raising=False)
    previous = signal.getsignal(signal.SIGINT)
    try:
        importlib.import_module("etl.extract.preload")  # an error here would kill the fork server
    finally:
        signal.signal(signal.SIGINT, previous)
        sys.modules.pop("etl.extract.preload", None)
