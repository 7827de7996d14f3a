"""Ingest throughput: files per second over a generated folder of small HTML pages.

Usage:
    python benchmarks/bench_ingest.py --pages 3000 [--dir /tmp/pages]

Pages are generated from sentence templates (varied names, numbers, dates, boilerplate:
navigation, scripts, ads, footers), so trafilatura has real work to do.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

SUBJECTS = ["O ministro da Economia", "A presidente do Banco Central", "O porta-voz do governo",
            "The finance minister", "La portavoz del Gobierno", "O secretário-geral da ONU"]
VERBS = ["afirmou", "disse", "said", "declaró", "informou"]
OBJECTS = ["que o déficit chegou a {n} milhões de reais", "que mais de {n} pessoas foram retiradas",
           "that about {n} troops were deployed", "que unos {n} manifestantes marcharon"]
MONTHS = ["janeiro", "março", "junho", "setembro", "November", "diciembre"]


def make_page(rng: random.Random, i: int) -> str:
    sentences = [
        f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} em {rng.randint(1, 28)} de {rng.choice(MONTHS)} "
        + rng.choice(OBJECTS).format(n=rng.randint(2, 900) * 10) + "."
        for _ in range(rng.randint(4, 9))
    ]
    body = "".join(f"<p>{s}</p>" for s in sentences)
    return (
        f"<!doctype html><html lang='pt'><head><title>Notícia {i}</title>"
        f"<meta property='og:site_name' content='Jornal {i % 7}'>"
        f"<meta property='article:published_time' content='2024-{1 + i % 12:02d}-{1 + i % 28:02d}'>"
        "<script>window.dataLayer=[];function track(){}</script><style>p{margin:0}</style></head>"
        "<body><nav><a href='/'>Início</a> | <a href='/mundo'>Mundo</a></nav>"
        f"<article><h1>Notícia {i}</h1>{body}</article>"
        "<div class='ad'>Publicidade: assine já!</div><footer>© Jornal</footer></body></html>"
    )


def generate(folder: Path, pages: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    for i in range(pages):
        sub = folder / f"{i // 500:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"page-{i:06d}.html").write_text(make_page(rng, i), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=3000)
    parser.add_argument("--dir", type=Path)
    args = parser.parse_args()
    from etl.ingest import ingest_articles
    from etl.models import Article

    with tempfile.TemporaryDirectory() as tmp:
        folder = args.dir or Path(tmp)
        generate(folder, args.pages)
        size = sum(p.stat().st_size for p in folder.rglob("*.html"))
        started = time.perf_counter()
        counts: dict[str, int] = {}
        for item in ingest_articles([str(folder)]):
            kind = type(item).__name__ if not isinstance(item, Article) else "Article"
            counts[kind] = counts.get(kind, 0) + 1
        seconds = time.perf_counter() - started
    print(f"ingest: {args.pages} HTML pages, {size / 1e6:.1f} MB in {seconds:.2f} s: "
          f"{args.pages / seconds:.0f} files/s, {size / 1e6 / seconds:.2f} MB/s (1 process)")
    print("outcomes: " + ", ".join(f"{k}={v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()
