"""Where a run's CPU goes: the main process against the workers, and steady-state speed.

Usage:
    python benchmarks/cpu_split.py CORPUS.jsonl [--executor local|dask] [--workers 2]

Runs the pipeline in this process (so the main process is this one) and reports:
- wall seconds, and when the first batch came back (start-up: imports, pool or cluster,
  pipelines);
- steady-state articles/s, from the first batch to the last (start-up left out);
- CPU seconds of the main process, the GX sample process and every other process below
  it ("worker/other": the extraction workers, a Dask worker's nanny, the forkserver),
  largest first. Sampled at each batch, so a process that has ended keeps its last reading.

On a machine with few cores this says what bounds the run: if the main process needs
more than 1/N of the workers' CPU, N workers cannot be N times faster than one.
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--executor", choices=["local", "dask"], default="local")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()

    import psutil

    from etl.pipeline import RunOptions, RunResult, run_pipeline

    me = psutil.Process()
    cpu: dict[int, tuple[str, float]] = {}
    marks: list[tuple[float, int]] = []

    def role(pid: int) -> str:
        from etl.validate import gate

        background = getattr(gate._BACKGROUND, "_processes", None) or {}
        return "main" if pid == me.pid else "gx-sample" if pid in background else "worker/other"

    def progress(result: RunResult) -> None:
        marks.append((time.perf_counter(), result.inputs))
        for process in [me, *me.children(recursive=True)]:
            try:
                times = process.cpu_times()
                cpu[process.pid] = (role(process.pid), round(times.user + times.system, 1))
            except psutil.Error:
                pass

    dist = Path(tempfile.mkdtemp(prefix="cpu-split-"))
    try:
        start = time.perf_counter()
        run_pipeline([str(args.corpus)], dist_dir=dist,
                     run=RunOptions(workers=args.workers, executor=args.executor, progress=progress))
        wall = time.perf_counter() - start
    finally:
        shutil.rmtree(dist, ignore_errors=True)
    (first_at, first_n), (last_at, last_n) = marks[0], marks[-1]
    steady = (last_n - first_n) / (last_at - first_at) if last_at > first_at else None
    print(json.dumps({
        "executor": args.executor, "workers": args.workers, "articles": last_n,
        "wall_s": round(wall, 1), "first_batch_s": round(first_at - start, 1),
        "steady_articles_per_s": round(steady, 1) if steady else None,
        "cpu_s": sorted(cpu.values(), key=lambda item: -item[1]),
    }))


if __name__ == "__main__":
    main()
