"""Score `etl` against the gold articles: precision, recall and F1 per kind and language.

Usage:
    python benchmarks/gold_score.py tests/data/articles.jsonl tests/data/dev.jsonl
    python benchmarks/gold_score.py tests/data/articles.jsonl tests/data/dev.jsonl \\
        --heldout tests/data/heldout.jsonl [--json]

The positional files are pooled into one development set. `--heldout` files are scored
separately: the held-out set is for reporting only, never for tuning rules.

Matching is relaxed (overlapping spans) and one-to-one (each gold item and each gold span
is matched at most once):
- actors: one unit per mention. Gold mention strings are located in the text (all
  occurrences, word-boundary aware, longest first, non-overlapping); a predicted mention hits
  an overlapping gold span when the type classes agree (person; organization/group ->
  organization; country/location -> place). "actors (entity)": a gold actor is found when any
  of its spans is hit; a predicted actor is right when any of its mentions hits.
- quantities: overlap and equal value (rel tol 1e-9); the modifier is reported apart.
- dates: overlap and equal normalised value.
- sources: overlap with any occurrence of the gold name and the same cue.
- quotes: overlap and the same speaker (actor name); "quotes (any speaker)" ignores it.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

Span = tuple[int, int]
LANGUAGES = ("pt", "en", "es", "all")
KINDS = ("actors", "actors (entity)", "quantities", "dates", "sources", "quotes", "quotes (any speaker)")
TYPE_CLASS = {"person": "person", "organization": "organization", "group": "organization",
              "country": "place", "location": "place"}


@dataclass
class Counts:
    """Hits counted from both sides, so that many-to-one entity matches stay honest."""

    pred: int = 0
    pred_ok: int = 0
    gold: int = 0
    gold_ok: int = 0

    @property
    def precision(self) -> float:
        return self.pred_ok / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.gold_ok / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Counts) -> None:
        self.pred += other.pred
        self.pred_ok += other.pred_ok
        self.gold += other.gold
        self.gold_ok += other.gold_ok


@dataclass(frozen=True)
class Gold:
    """A gold unit: the spans it may be found at, and what must agree."""

    spans: tuple[Span, ...]
    key: Any


@dataclass(frozen=True)
class Predicted:
    span: Span
    key: Any


@dataclass
class ArticleScore:
    counts: dict[str, Counts] = field(default_factory=dict)
    modifier_hits: int = 0
    modifier_right: int = 0


def find_occurrences(text: str, needle: str, *, word: bool = True) -> list[Span]:
    """Every non-overlapping occurrence of `needle`, optionally only at word boundaries.

    Examples:
        >>> find_occurrences("Lula e Lulaço viram Lula.", "Lula")
        [(0, 4), (20, 24)]
    """
    pattern = re.escape(needle)
    if word:
        pattern = rf"(?<!\w){pattern}(?!\w)"
    return [match.span() for match in re.finditer(pattern, text)]


def locate_mentions(text: str, mentions: Iterable[str]) -> dict[str, list[Span]]:
    """Gold spans of mention strings: longest first, never inside an already taken span."""
    taken: list[Span] = []
    located: dict[str, list[Span]] = {}
    for mention in sorted(set(mentions), key=lambda m: (-len(m), m)):
        for span in find_occurrences(text, mention):
            if not any(overlaps(span, other) for other in taken):
                taken.append(span)
                located.setdefault(mention, []).append(span)
    return located


def overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def match(gold: Sequence[Gold], predicted: Sequence[Predicted],
          agree: Callable[[Any, Any], bool]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching, predictions left to right: (predicted index, gold index) pairs."""
    used_gold: set[int] = set()
    used_spans: set[Span] = set()
    pairs: list[tuple[int, int]] = []
    for p_index in sorted(range(len(predicted)), key=lambda i: predicted[i].span):
        item = predicted[p_index]
        for g_index, unit in enumerate(gold):
            if g_index in used_gold or not agree(unit.key, item.key):
                continue
            span = next((s for s in unit.spans if s not in used_spans and overlaps(s, item.span)), None)
            if span is not None:
                used_gold.add(g_index)
                used_spans.add(span)
                pairs.append((p_index, g_index))
                break
    return pairs


def one_to_one(gold: Sequence[Gold], predicted: Sequence[Predicted],
               agree: Callable[[Any, Any], bool]) -> tuple[Counts, list[tuple[int, int]]]:
    pairs = match(gold, predicted, agree)
    return Counts(pred=len(predicted), pred_ok=len(pairs), gold=len(gold), gold_ok=len(pairs)), pairs


def _same(a: Any, b: Any) -> bool:
    return bool(a == b)


def _same_value(gold_key: tuple[float, str], value: float) -> bool:
    return math.isclose(gold_key[0], value, rel_tol=1e-9, abs_tol=1e-9)


def _anything(_gold_key: Any, _key: Any) -> bool:
    return True


def score_actors(article: dict[str, Any], record: Any) -> dict[str, Counts]:
    """Mention-level and entity-level counts for one article."""
    gold_actors = article["expected"]["actors"]
    owner = {m: i for i, actor in enumerate(gold_actors) for m in actor["mentions"]}
    located = locate_mentions(article["text"], owner)
    gold = [Gold((span,), (owner[m], TYPE_CLASS[gold_actors[owner[m]]["type"]]))
            for m, spans in located.items() for span in spans]
    predicted, pred_owner = [], []
    for a_index, actor in enumerate(record.actors):
        for mention in actor.mentions:
            predicted.append(Predicted((mention.start, mention.end), TYPE_CLASS.get(actor.type, actor.type)))
            pred_owner.append(a_index)
    counts, pairs = one_to_one(gold, predicted, lambda g, p: g[1] == p)
    found = {gold[g].key[0] for _, g in pairs}
    right = {pred_owner[p] for p, _ in pairs}
    entity = Counts(pred=len(record.actors), pred_ok=len(right), gold=len(gold_actors), gold_ok=len(found))
    return {"actors": counts, "actors (entity)": entity}


def score_quantities(article: dict[str, Any], record: Any) -> tuple[Counts, int, int]:
    """Counts, plus (hits, hits with the right modifier)."""
    text = article["text"]
    gold = [Gold(tuple(find_occurrences(text, q["text"])), (q["value"], q["modifier"]))
            for q in article["expected"]["quantities"]]
    predicted = [Predicted((q.start, q.end), (q.value, q.modifier)) for q in record.quantities]
    counts, pairs = one_to_one(gold, predicted, lambda g, p: _same_value(g, p[0]))
    right = sum(1 for p, g in pairs if predicted[p].key[1] == gold[g].key[1])
    return counts, len(pairs), right


def score_dates(article: dict[str, Any], record: Any) -> Counts:
    text = article["text"]
    gold = [Gold(tuple(find_occurrences(text, d["text"])), d["value"]) for d in article["expected"]["dates"]]
    predicted = [Predicted((d.start, d.end), d.value) for d in record.dates]
    return one_to_one(gold, predicted, _same)[0]


def score_sources(article: dict[str, Any], record: Any) -> Counts:
    text = article["text"]
    gold = [Gold(tuple(find_occurrences(text, s["name"])), s["cue"]) for s in article["expected"]["sources"]]
    predicted = [Predicted((s.start, s.end), s.cue) for s in record.sources]
    return one_to_one(gold, predicted, _same)[0]


def score_quotes(article: dict[str, Any], record: Any) -> dict[str, Counts]:
    text = article["text"]
    names = {actor.actor_id: actor.name for actor in record.actors}
    gold = [Gold(tuple(find_occurrences(text, q["text"], word=False)), q["speaker"])
            for q in article["expected"]["quotes"]]
    predicted = [Predicted((q.start, q.end), names.get(q.speaker_actor_id) if q.speaker_actor_id else None)
                 for q in record.quotes]
    return {"quotes": one_to_one(gold, predicted, _same)[0],
            "quotes (any speaker)": one_to_one(gold, predicted, _anything)[0]}


def score_article(article: dict[str, Any], record: Any) -> ArticleScore:
    """All kinds for one article; `record` needs .actors, .quantities, .dates, .sources, .quotes."""
    quantities, hits, right = score_quantities(article, record)
    counts = {**score_actors(article, record), "quantities": quantities, "dates": score_dates(article, record),
              "sources": score_sources(article, record), **score_quotes(article, record)}
    return ArticleScore(counts=counts, modifier_hits=hits, modifier_right=right)


def read_gold(paths: Iterable[Path]) -> list[dict[str, Any]]:
    articles = []
    for path in paths:
        with path.open(encoding="utf-8") as handle:
            articles += [json.loads(line) for line in handle if line.strip()]
    return articles


def extract(article: dict[str, Any]) -> Any:
    """Run the library on one gold article; a quarantined item yields an empty record."""
    from etl.extract import extract_record
    from etl.ingest.metadata import parse_published
    from etl.models import Article, Record

    result = extract_record(Article(
        input_id=article["id"], text=article["text"], language=article["language"], url=article.get("url"),
        title=article.get("title"), published=parse_published(article.get("published"))))
    return result if isinstance(result, Record) else Record.model_construct(actors=[], quantities=[], dates=[],
                                                                             sources=[], quotes=[])


def warm_up(languages: Iterable[str]) -> None:
    """Load each language's pipeline once so that the timing measures extraction only."""
    for language in sorted(set(languages)):
        extract({"id": "warm-up", "text": "Teste.", "language": language})


def score_set(paths: Sequence[Path]) -> dict[str, Any]:
    """Extract and score every article of the pooled files."""
    articles = read_gold(paths)
    warm_up(article["language"] for article in articles)
    table = {kind: {language: Counts() for language in LANGUAGES} for kind in KINDS}
    modifiers = {language: [0, 0] for language in LANGUAGES}
    seconds = 0.0
    for article in articles:
        started = time.perf_counter()
        record = extract(article)
        seconds += time.perf_counter() - started
        score = score_article(article, record)
        for language in (article["language"], "all"):
            for kind, counts in score.counts.items():
                table[kind][language].add(counts)
            modifiers[language][0] += score.modifier_hits
            modifiers[language][1] += score.modifier_right
    return {"files": [str(p) for p in paths], "articles": len(articles), "seconds": seconds,
            "articles_per_second": len(articles) / seconds if seconds else 0.0,
            "table": table, "modifiers": modifiers}


def render(result: dict[str, Any], title: str) -> str:
    lines = [f"{title}: {result['articles']} articles from {', '.join(result['files'])}",
             f"extraction: {result['articles_per_second']:.1f} articles/s (after warm-up)", "",
             f"  {'kind':<22} {'lang':<4} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5}"]
    for kind in KINDS:
        for language in LANGUAGES:
            c = result["table"][kind][language]
            lines.append(f"  {kind:<22} {language:<4} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f} {c.gold:5d}")
    share = ", ".join(f"{lang} {right}/{hits}" for lang, (hits, right) in result["modifiers"].items())
    lines.append(f"\n  quantity hits with the right modifier: {share}")
    return "\n".join(lines)


def to_json(result: dict[str, Any]) -> dict[str, Any]:
    table = {kind: {language: {**asdict(c), "precision": c.precision, "recall": c.recall, "f1": c.f1}
                    for language, c in by_language.items()}
             for kind, by_language in result["table"].items()}
    modifiers = {language: {"hits": hits, "right": right} for language, (hits, right) in result["modifiers"].items()}
    return {**result, "table": table, "modifiers": modifiers}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path, help="gold JSONL files, pooled into the development set")
    parser.add_argument("--heldout", nargs="*", type=Path, default=[], help="held-out gold files (report only)")
    parser.add_argument("--json", action="store_true", help="print machine-readable results")
    args = parser.parse_args(argv)
    results = {"dev": score_set(args.files)}
    if args.heldout:
        results["heldout"] = score_set(args.heldout)
    if args.json:
        print(json.dumps({name: to_json(result) for name, result in results.items()}, indent=2))
    else:
        print("\n\n".join(render(result, name) for name, result in results.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
