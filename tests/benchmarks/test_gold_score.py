"""The gold scorer's matching on tiny hand-made cases, and the gold files themselves."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from benchmark_scripts import load_benchmark

from etl.models import Actor, DateMention, Mention, Quantity, Quote, Source, precision_of

PROJECT_DIR = Path(__file__).resolve().parent.parent.parent
DATA_DIR = PROJECT_DIR / "tests" / "data"
GOLD_FILES = ("dev.jsonl", "heldout.jsonl")


gold_score = load_benchmark("gold_score")


def _at(text: str, needle: str, nth: int = 0) -> dict[str, Any]:
    """start/end/text of the nth occurrence of `needle`."""
    start = [m.start() for m in re.finditer(re.escape(needle), text)][nth]
    return {"start": start, "end": start + len(needle), "text": needle}


def _record(**kinds: list[Any]) -> SimpleNamespace:
    empty: dict[str, list[Any]] = {"actors": [], "quantities": [], "dates": [], "sources": [], "quotes": []}
    return SimpleNamespace(**{**empty, **kinds})


def _article(text: str, **expected: list[dict[str, Any]]) -> dict[str, Any]:
    empty: dict[str, list[Any]] = {"actors": [], "quantities": [], "dates": [], "sources": [], "quotes": []}
    return {"id": "t", "language": "pt", "text": text, "expected": {**empty, **expected}}


def _counts(c: Any) -> tuple[int, int, int, int]:
    return (c.pred, c.pred_ok, c.gold, c.gold_ok)


@pytest.mark.parametrize("text,needle,expected", [("Lula e Lulaço viram Lula.", "Lula", [(0, 4), (20, 24)])])
def test_gold_score_finds_whole_words(text: str, needle: str, expected: list[tuple[int, int]]) -> None:
    assert gold_score.find_occurrences(text, needle) == expected


@pytest.mark.parametrize(
    "text,mentions,expected",
    [("A Defesa Civil do Rio Grande do Sul atua no Rio Grande do Sul.",
      ["Rio Grande do Sul", "Defesa Civil do Rio Grande do Sul"],
      {"Defesa Civil do Rio Grande do Sul": [(2, 35)], "Rio Grande do Sul": [(44, 61)]})],
)
def test_gold_score_locates_longest_mentions_first(text: str, mentions: list[str],
                                                  expected: dict[str, list[tuple[int, int]]]) -> None:
    assert gold_score.locate_mentions(text, mentions) == expected


KIM_TEXT = "Kim Jong-un recebeu Belousov em Moscou. Kim falou com a KCNA."
KIM_GOLD = [
    {"name": "Kim Jong-un", "type": "person", "country": "PRK", "role": None, "mentions": ["Kim Jong-un", "Kim"]},
    {"name": "Andrei Belousov", "type": "person", "country": "RUS", "role": None, "mentions": ["Belousov"]},
    {"name": "Rússia", "type": "country", "country": "RUS", "role": None, "mentions": ["Moscou"]},
    {"name": "KCNA", "type": "organization", "country": "PRK", "role": None, "mentions": ["KCNA"]},
]
KIM_PREDICTED = [
    # "Kim Jong" overlaps the gold "Kim Jong-un" (hit); the second "Kim" at 0 is a duplicate (miss).
    Actor(actor_id="person:kim-jong-un", name="Kim Jong-un", type="person", mentions=[
        Mention(**_at(KIM_TEXT, "Kim Jong")), Mention(**_at(KIM_TEXT, "Kim")), Mention(**_at(KIM_TEXT, "Kim", 1))]),
    # Right span, wrong type: a miss on both sides.
    Actor(actor_id="organization:belousov", name="Belousov", type="organization",
          mentions=[Mention(**_at(KIM_TEXT, "Belousov"))]),
    # location and country are both places.
    Actor(actor_id="location:moscou", name="Moscou", type="location", mentions=[Mention(**_at(KIM_TEXT, "Moscou"))]),
]


@pytest.mark.parametrize(
    "kind,expected",
    [("actors", (5, 3, 5, 3)), ("actors (entity)", (3, 2, 4, 2))],
)
def test_gold_score_actors_overlap_type_and_duplicates(kind: str, expected: tuple[int, int, int, int]) -> None:
    scores = gold_score.score_actors(_article(KIM_TEXT, actors=KIM_GOLD), _record(actors=KIM_PREDICTED))
    assert _counts(scores[kind]) == expected


QTY_TEXT = "Mais de 10.000 soldados e 5% dos votos; 5% de novo."


@pytest.mark.parametrize(
    "gold,predicted,expected",
    [(
        [{"text": "Mais de 10.000", "value": 10000, "modifier": "more_than"},
         {"text": "5%", "value": 5, "modifier": "exact"}, {"text": "5%", "value": 5, "modifier": "exact"}],
        # 10.000 hits with the wrong modifier; the first 5% hits; a second prediction on the same 5% misses.
        [Quantity(**_at(QTY_TEXT, "10.000"), value=10000, modifier="exact"),
         Quantity(**_at(QTY_TEXT, "5%"), value=5, unit="%"), Quantity(**_at(QTY_TEXT, "5%"), value=5, unit="%")],
        ((3, 2, 3, 2), 2, 1),
    )],
)
def test_gold_score_quantities_value_and_modifier(gold: list[dict[str, Any]], predicted: list[Quantity],
                                                 expected: tuple[tuple[int, ...], int, int]) -> None:
    article, record = _article(QTY_TEXT, quantities=gold), _record(quantities=predicted)
    counts, hits, right = gold_score.score_quantities(article, record)
    assert (_counts(counts), hits, right) == expected


DATE_TEXT = "Chegou ontem e parte em 2025."


@pytest.mark.parametrize(
    "predicted,expected",
    [
        ([DateMention(**_at(DATE_TEXT, "ontem"), value="2024-11-29", precision="day",
                      start_date=date(2024, 11, 29), end_date=date(2024, 11, 29))], (1, 1, 2, 1)),
        ([DateMention(**_at(DATE_TEXT, "ontem"), value="2024-11-28", precision="day",
                      start_date=date(2024, 11, 28), end_date=date(2024, 11, 28))], (1, 0, 2, 0)),
    ],
)
def test_gold_score_dates_need_the_same_value(predicted: list[DateMention], expected: tuple[int, ...]) -> None:
    gold = [{"text": "ontem", "value": "2024-11-29", "precision": "day"},
            {"text": "2025", "value": "2025", "precision": "year"}]
    counts = gold_score.score_dates(_article(DATE_TEXT, dates=gold), _record(dates=predicted))
    assert _counts(counts) == expected


SOURCE_TEXT = "A KCNA disse que sim. Kim em Pyongyang. (Foto: KCNA)"


@pytest.mark.parametrize(
    "predicted,expected",
    [(
        [Source(**_at(SOURCE_TEXT, "KCNA"), name="KCNA", cue="informou"),
         Source(**_at(SOURCE_TEXT, "KCNA", 1), name="KCNA", cue="Foto", kind="photo_credit")],
        (2, 1, 2, 1),
    )],
)
def test_gold_score_sources_need_the_same_cue(predicted: list[Source], expected: tuple[int, ...]) -> None:
    gold = [{"name": "KCNA", "cue": "disse", "actor": "KCNA"},
            {"name": "KCNA", "cue": "Foto", "kind": "photo_credit"}]
    counts = gold_score.score_sources(_article(SOURCE_TEXT, sources=gold), _record(sources=predicted))
    assert _counts(counts) == expected


QUOTE_TEXT = '"Vamos vencer", disse Kim a Belousov.'


@pytest.mark.parametrize(
    "speaker,expected",
    [("person:kim", {"quotes": (1, 1, 1, 1), "quotes (any speaker)": (1, 1, 1, 1)}),
     ("person:belousov", {"quotes": (1, 0, 1, 0), "quotes (any speaker)": (1, 1, 1, 1)})],
)
def test_gold_score_quotes_with_and_without_speaker(speaker: str, expected: dict[str, tuple[int, ...]]) -> None:
    actors = [Actor(actor_id="person:kim", name="Kim", type="person", mentions=[Mention(**_at(QUOTE_TEXT, "Kim"))]),
              Actor(actor_id="person:belousov", name="Belousov", type="person",
                    mentions=[Mention(**_at(QUOTE_TEXT, "Belousov"))])]
    record = _record(actors=actors, quotes=[Quote(**_at(QUOTE_TEXT, "Vamos vencer"), speaker_actor_id=speaker)])
    scores = gold_score.score_quotes(_article(QUOTE_TEXT, quotes=[{"text": "Vamos vencer", "speaker": "Kim"}]), record)
    assert {kind: _counts(c) for kind, c in scores.items()} == expected


@pytest.mark.parametrize(
    "pred,pred_ok,gold,gold_ok,expected", [(4, 3, 6, 3, (0.75, 0.5, 0.6)), (0, 0, 0, 0, (0, 0, 0))]
)
def test_gold_score_counts_precision_recall_f1(pred: int, pred_ok: int, gold: int, gold_ok: int,
                                              expected: tuple[float, float, float]) -> None:
    counts = gold_score.Counts(pred=pred, pred_ok=pred_ok, gold=gold, gold_ok=gold_ok)
    assert (counts.precision, counts.recall, counts.f1) == pytest.approx(expected)


def _read(name: str) -> list[dict[str, Any]]:
    with (DATA_DIR / name).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _gold_strings(article: dict[str, Any]) -> list[tuple[str, str]]:
    expected = article["expected"]
    return ([("mention", m) for actor in expected["actors"] for m in actor["mentions"]]
            + [("quantity", q["text"]) for q in expected["quantities"]]
            + [("date", d["text"]) for d in expected["dates"]]
            + [(field, s[field]) for s in expected["sources"] for field in ("name", "cue")]
            + [("quote", q["text"]) for q in expected["quotes"]])


@pytest.mark.parametrize("name", GOLD_FILES)
def test_gold_files_parse_and_strings_occur(name: str) -> None:
    missing = [(article["id"], what, value) for article in _read(name)
               for what, value in _gold_strings(article) if value not in article["text"]]
    assert missing == []


@pytest.mark.parametrize("name", GOLD_FILES)
def test_gold_files_dates_have_consistent_precision(name: str) -> None:
    wrong = [(article["id"], d["value"], d["precision"]) for article in _read(name)
             for d in article["expected"]["dates"] if precision_of(d["value"]) != d["precision"]]
    assert wrong == []


def test_gold_files_ids_are_unique_across_files() -> None:
    ids = [article["id"] for name in ("articles.jsonl", *GOLD_FILES) for article in _read(name)]
    assert len(ids) == len(set(ids))
