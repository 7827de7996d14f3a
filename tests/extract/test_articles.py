"""Gold-fact tests: every fact in tests/data/articles.jsonl must be extracted.

Each article is processed once (cached); one test per (article, kind) checks that every
expected fact is among the extracted ones, and one test per article checks that every
produced span equals its slice of the text. Matching is exact: strings compare equal,
floats within a tiny tolerance, and None only matches None.
"""

from __future__ import annotations

import json
import math
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from etl.extract.nlp import process_text
from etl.models import Article

ARTICLES_PATH = Path(__file__).resolve().parent.parent / "data" / "articles.jsonl"
KINDS = ("actors", "quantities", "dates", "sources", "quotes")


def _read_articles() -> list[dict[str, Any]]:
    with ARTICLES_PATH.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


ARTICLES = {article["id"]: article for article in _read_articles()}


def _run(text: str, language: str, published: str | None, url: str | None = None) -> Any:
    article = Article(input_id="gold", text=text, url=url, language=language)  # as extract_record does
    reference = date.fromisoformat(published) if published and len(published) == 10 else None
    return process_text(text, language, reference_date=reference, article=article)


@cache
def _extract(article_id: str) -> dict[str, list[Any]]:
    article = ARTICLES[article_id]
    doc = _run(article["text"], article["language"], article["published"], article.get("url"))
    return {kind: list(getattr(doc._, kind) or []) for kind in KINDS}


def _close(expected: float | None, found: float | None) -> bool:
    if expected is None or found is None:
        return expected is None and found is None
    return math.isclose(expected, found, rel_tol=1e-9, abs_tol=1e-9)


def _actor_names(found: dict[str, list[Any]]) -> dict[str, str]:
    return {actor.actor_id: actor.name for actor in found["actors"]}


def _name_of(actor_id: str | None, names: dict[str, str]) -> str | None:
    return None if actor_id is None else names.get(actor_id, f"<unknown {actor_id}>")


def _match_actor(gold: dict[str, Any], actor: Any, names: dict[str, str]) -> bool:
    return (
        actor.type == gold["type"]
        and (gold["country"] is None or actor.country == gold["country"])
        and (gold["role"] is None or actor.role == gold["role"])
        and set(gold["mentions"]) <= {mention.text for mention in actor.mentions}
    )


def _match_quantity(gold: dict[str, Any], quantity: Any, names: dict[str, str]) -> bool:
    return (
        quantity.text == gold["text"]
        and _close(gold["value"], quantity.value)
        and _close(gold["value_max"], quantity.value_max)
        and quantity.modifier == gold["modifier"]
        and quantity.unit == gold["unit"]
        and quantity.object == gold["object"]
    )


def _match_date(gold: dict[str, Any], mention: Any, names: dict[str, str]) -> bool:
    return mention.text == gold["text"] and mention.value == gold["value"] and mention.precision == gold["precision"]


def _match_source(gold: dict[str, Any], source: Any, names: dict[str, str]) -> bool:
    return (
        source.name == gold["name"]
        and source.cue == gold["cue"]
        and source.kind == gold.get("kind", "attribution")
        and ("actor" not in gold or _name_of(source.actor_id, names) == gold["actor"])
    )


def _match_quote(gold: dict[str, Any], quote: Any, names: dict[str, str]) -> bool:
    return quote.text == gold["text"] and _name_of(quote.speaker_actor_id, names) == gold["speaker"]


MATCHERS = {
    "actors": _match_actor,
    "quantities": _match_quantity,
    "dates": _match_date,
    "sources": _match_source,
    "quotes": _match_quote,
}


def _iter_spans(found: dict[str, list[Any]]) -> list[tuple[str, Any]]:
    spans = [
        (f"actors[{i}].mentions[{j}]", mention)
        for i, actor in enumerate(found["actors"])
        for j, mention in enumerate(actor.mentions)
    ]
    for kind in ("quantities", "dates", "sources", "quotes"):
        spans += [(f"{kind}[{i}]", span) for i, span in enumerate(found[kind])]
    return spans


def _span_errors(text: str, found: dict[str, list[Any]]) -> list[str]:
    errors = []
    for path, span in _iter_spans(found):
        if text[span.start : span.end] != span.text:
            errors.append(f"{path}: {span.text!r} != text[{span.start}:{span.end}] {text[span.start : span.end]!r}")
    for i, quantity in enumerate(found["quantities"]):
        if quantity.object_start is not None and quantity.object_end is not None:
            if text[quantity.object_start : quantity.object_end] != quantity.object:
                errors.append(f"quantities[{i}].object: {quantity.object!r} != its text slice")
    for i, source in enumerate(found["sources"]):
        if source.cue_start is not None and source.cue_end is not None:
            if text[source.cue_start : source.cue_end] != source.cue:
                errors.append(f"sources[{i}].cue: {source.cue!r} != its text slice")
    return errors


@pytest.mark.parametrize(
    "article_id,kind",
    [(article_id, kind) for article_id in ARTICLES for kind in KINDS],
    ids=[f"{article_id}-{kind}" for article_id in ARTICLES for kind in KINDS],
)
def test_articles_finds_gold_facts(article_id: str, kind: str) -> None:
    found = _extract(article_id)
    names = _actor_names(found)
    match = MATCHERS[kind]
    missing = [
        gold
        for gold in ARTICLES[article_id]["expected"][kind]
        if not any(match(gold, item, names) for item in found[kind])
    ]
    assert not missing, (
        f"{len(missing)} of {len(ARTICLES[article_id]['expected'][kind])} expected {kind} "
        f"not found in {article_id}:\n" + "\n".join(json.dumps(gold, ensure_ascii=False) for gold in missing)
    )


@pytest.mark.parametrize("article_id", list(ARTICLES), ids=[f"{i}-spans" for i in ARTICLES])
def test_articles_spans_match_text(article_id: str) -> None:
    errors = _span_errors(ARTICLES[article_id]["text"], _extract(article_id))
    assert not errors, "\n".join(errors)
