"""Score `etl` against NER gold standards: per-class precision, recall and F1.

Usage:
    python benchmarks/ner_score.py HAREM.json [HAREM.json ...] [--json]

Gold files are HAREM-style JSON: `[{"doc_id", "doc_text", "entities": [{"start_offset",
"end_offset", "label"}]}]`. Our labels map to HAREM's classes (GPE and LOC are both LOCAL).
Exact match: same offsets and class. Relaxed match: overlapping spans of the same class,
each gold span matched at most once.

`--harem-conventions` also scores with HAREM's annotation conventions applied to our output:
HAREM never tags deictic dates ("hoje", "ontem", weekdays: 1 of 418 TEMPO spans in
FirstHAREM train) nor numbers written in words (1 of 454 VALOR spans), which our records keep.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

TO_HAREM = {"PERSON": "PESSOA", "ORG": "ORGANIZACAO", "GPE": "LOCAL", "LOC": "LOCAL",
            "DATE": "TEMPO", "QUANTITY": "VALOR"}
Span = tuple[int, int, str]


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def match(gold: Sequence[Span], predicted: Sequence[Span], *, relaxed: bool) -> dict[str, Counts]:
    """Per-class counts for one document (one-to-one matching, left to right)."""
    counts: dict[str, Counts] = {}
    used: set[int] = set()
    for start, end, label in sorted(predicted):
        hit = next(
            (i for i, (gs, ge, gl) in enumerate(gold) if i not in used and gl == label
             and ((gs, ge) == (start, end) if not relaxed else gs < end and start < ge)),
            None,
        )
        bucket = counts.setdefault(label, Counts())
        if hit is None:
            bucket.fp += 1
        else:
            used.add(hit)
            bucket.tp += 1
    for i, (_, _, label) in enumerate(gold):
        if i not in used:
            counts.setdefault(label, Counts()).fn += 1
    return counts


def total(per_doc: Iterable[dict[str, Counts]]) -> dict[str, Counts]:
    """Sum per-class counts over documents; key 'ALL' is the micro average."""
    result: dict[str, Counts] = {}
    for counts in per_doc:
        for label, c in counts.items():
            for key in (label, "ALL"):
                acc = result.setdefault(key, Counts())
                acc.tp, acc.fp, acc.fn = acc.tp + c.tp, acc.fp + c.fp, acc.fn + c.fn
    return result


def apply_harem_conventions(record: Any) -> None:
    """Drop what HAREM's guidelines never tag: deictic dates and numbers written in words."""
    record.dates = [d for d in record.dates
                    if not (d.relative and not re.search(r"\d", d.text) and d.precision != "month")]
    record.quantities = [q for q in record.quantities if re.search(r"\d", q.text)]


def predict_harem(text: str, language: str = "pt", *, conventions: bool = False) -> list[Span]:
    """Our spans for one raw text, in HAREM classes."""
    from etl.extract import extract_record
    from etl.extract.annotate import annotate
    from etl.models import Article, Record

    record = extract_record(Article(input_id="bench", text=text, language=language))
    if not isinstance(record, Record):
        return []
    if conventions:
        apply_harem_conventions(record)
    return [(s["start"], s["end"], TO_HAREM[s["label"]]) for s in annotate(record)]  # type: ignore[index]


def score_file(path: Path, *, conventions: bool = False) -> dict[str, object]:
    docs = json.loads(path.read_text(encoding="utf-8"))
    exact, relaxed = [], []
    started = time.perf_counter()
    for doc in docs:
        gold = [(e["start_offset"], e["end_offset"], e["label"]) for e in doc["entities"]]
        predicted = predict_harem(doc["doc_text"], conventions=conventions)
        exact.append(match(gold, predicted, relaxed=False))
        relaxed.append(match(gold, predicted, relaxed=True))
    seconds = time.perf_counter() - started
    chars = sum(len(doc["doc_text"]) for doc in docs)
    name = path.name + (" (HAREM conventions)" if conventions else "")
    return {"file": name, "docs": len(docs), "seconds": seconds, "chars": chars,
            "exact": total(exact), "relaxed": total(relaxed)}


def render(result: dict[str, object]) -> str:
    lines = [f"{result['file']}: {result['docs']} docs, {result['docs'] / result['seconds']:.1f} docs/s "
             f"({result['chars'] / result['seconds'] / 1e3:.0f} kchar/s, extraction incl. warm-up)",
             f"  {'class':<12} {'P':>6} {'R':>6} {'F1':>6}   {'P~':>6} {'R~':>6} {'F1~':>6}   {'gold':>5}"]
    exact, relaxed = result["exact"], result["relaxed"]
    assert isinstance(exact, dict) and isinstance(relaxed, dict)
    for label in sorted(exact, key=lambda k: (k == "ALL", k)):
        e, r = exact[label], relaxed.get(label, Counts())
        lines.append(f"  {label:<12} {e.precision:6.3f} {e.recall:6.3f} {e.f1:6.3f}   "
                     f"{r.precision:6.3f} {r.recall:6.3f} {r.f1:6.3f}   {e.tp + e.fn:5d}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--harem-conventions", action="store_true",
                        help="also score with HAREM's conventions applied (see the module docstring)")
    args = parser.parse_args(argv)
    modes = [False, True] if args.harem_conventions else [False]
    results = [score_file(path, conventions=mode) for path in args.files for mode in modes]
    if args.json:
        print(json.dumps([{**r, "exact": {k: vars(v) for k, v in r["exact"].items()},  # type: ignore[union-attr]
                           "relaxed": {k: vars(v) for k, v in r["relaxed"].items()}} for r in results], indent=2))
    else:
        print("exact = same offsets and class; ~ = relaxed (overlap, same class)\n")
        print("\n\n".join(render(r) for r in results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
