"""Scale benchmark: end-to-end throughput and peak memory by corpus size, extraction vs
spaCy's blank tokenizer, Dask with 1 and 2 workers, and `etl --help` start-up.

Usage:
    python benchmarks/bench_scale.py --sizes 1000,10000,100000 [--workers 2] [--dask-size 10000]

Every run is `etl run` in a fresh subprocess (no cache, no progress bar); peak RSS is the
child's ru_maxrss (the largest process of its tree: the main process or a worker).
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from corpus import write_corpus  # noqa: E402

PYTHON = sys.executable
ENV = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000", "GX_ANALYTICS_ENABLED": "false"}


def _child(args: list[str]) -> str:
    """Run a command in a fresh interpreter; return its stdout."""
    proc = subprocess.run(args, env=ENV, capture_output=True, text=True)
    if proc.returncode:
        raise SystemExit(f"{' '.join(args)} failed:\n{proc.stderr}")
    return proc.stdout


def run_etl(corpus: Path, dist: Path, *extra: str) -> tuple[float, float]:
    """`etl run` on the corpus in a fresh interpreter (peak RSS measured in another one)."""
    code = ("import resource, subprocess, sys, json, time; t = time.perf_counter(); "
            "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL); "
            "print(json.dumps([time.perf_counter() - t, "
            "resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024]))")
    args = [PYTHON, "-m", "etl", "run", str(corpus), "--dist", str(dist), "--no-cache", "-q", *extra]
    seconds, peak = json.loads(_child([PYTHON, "-c", code, *args]))
    return seconds, peak


EXTRACT_ONLY = """
import json, sys, time
import spacy
from etl.extract import extract_record
from etl.extract.nlp import load_nlp
from etl.models import Article
articles = [Article(input_id=a["id"], text=a["text"], language=a["language"])
            for a in map(json.loads, open(sys.argv[1], encoding="utf-8"))]
blank = {lang: spacy.blank(lang) for lang in ("pt", "en", "es")}
for lang in blank: load_nlp(lang)
extract_record(articles[0]); [blank[a.language](a.text) for a in articles[:50]]
# Neither keeps its results: a run never holds every Doc or record either (and a growing
# heap makes the garbage collector's full passes slower and slower).
t = time.perf_counter()
for a in articles: blank[a.language](a.text)
tok = time.perf_counter() - t
t = time.perf_counter()
for a in articles: extract_record(a)
ext = time.perf_counter() - t
print(json.dumps([tok, ext]))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--dask-size", type=int, default=10000,
                        help="articles for the Dask runs (start-up is amortised over them); 0 skips them")
    parser.add_argument("--extract-size", type=int, default=1000, help="0 skips extraction alone")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="etl-bench-"))
    print(f"{'articles':>9} {'MB':>7} {'seconds':>8} {'articles/s':>10} {'per core':>9} "
          f"{'MB/s':>6} {'peak RSS MiB':>12}")
    peaks = {}
    for n in [int(x) for x in args.sizes.split(",") if x]:
        corpus = write_corpus(work / f"corpus-{n}.jsonl", n)
        mb = corpus.stat().st_size / 1e6
        seconds, peaks[n] = run_etl(corpus, work / f"dist-{n}", "--workers", str(args.workers))
        print(f"{n:>9} {mb:>7.1f} {seconds:>8.1f} {n / seconds:>10.1f} "
              f"{n / seconds / args.workers:>9.1f} {mb / seconds:>6.2f} {peaks[n]:>12.1f}", flush=True)
    if len(peaks) > 1:
        small, large = min(peaks), max(peaks)
        print(f"peak RSS at {large} articles against {small}: {peaks[large] / peaks[small] - 1:+.1%}")
    if args.extract_size:
        corpus = write_corpus(work / "extract.jsonl", args.extract_size, seed=1)
        tok, ext = json.loads(_child([PYTHON, "-c", EXTRACT_ONLY, str(corpus)]))
        n = args.extract_size
        print(f"extraction alone: {n / ext:.1f} articles/s ({ext / n * 1000:.2f} ms/article); blank "
              f"tokenizer: {n / tok:.1f} articles/s ({tok / n * 1000:.2f} ms); ratio {ext / tok:.1f}x")
    if args.dask_size:
        corpus = write_corpus(work / "dask.jsonl", args.dask_size, seed=2)
        times = {}
        for workers in (1, 2):
            times[workers], _ = run_etl(corpus, work / f"dask-{workers}", "--executor", "dask",
                                           "--workers", str(workers))
        local, _ = run_etl(corpus, work / "dask-local", "--workers", "2")
        same = all(not filecmp.dircmp(work / f"dask-{w}", work / "dask-local").diff_files
                   and _same_tree(work / f"dask-{w}", work / "dask-local") for w in (1, 2))
        print(f"dask, {args.dask_size} articles: 1 worker {times[1]:.1f} s, 2 workers {times[2]:.1f} s, "
              f"speed-up {times[1] / times[2]:.2f}x; local pool (2) {local:.1f} s; "
              f"byte-identical to local: {same}")
    t = time.perf_counter()
    subprocess.run([str(Path(PYTHON).parent / "etl"), "--help"], check=True, stdout=subprocess.DEVNULL)
    print(f"etl --help: {time.perf_counter() - t:.2f} s")


def _same_tree(a: Path, b: Path) -> bool:
    files = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    return files == sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file()) and all(
        (a / f).read_bytes() == (b / f).read_bytes() for f in files)


if __name__ == "__main__":
    main()
