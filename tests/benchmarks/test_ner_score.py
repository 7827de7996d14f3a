"""The NER scorer's HAREM conventions and matching on tiny hand-made cases."""

from __future__ import annotations

import pytest
from benchmark_scripts import load_benchmark

from etl.models import Quantity

ner_score = load_benchmark("ner_score")


def _quantity(text: str, written: str, modifier: str = "exact", after: int = 0) -> Quantity:
    """A Quantity over the first occurrence of `written` in `text` at or after `after`."""
    start = text.index(written, after)
    value_max = 2.0 if modifier == "range" else None
    return Quantity(start=start, end=start + len(written), text=written, value=1, value_max=value_max,
                    modifier=modifier)  # type: ignore[arg-type]


def _harem(text: str, *spans: tuple[str, str]) -> list[str]:
    quantities = [_quantity(text, written, modifier) for written, modifier in spans]
    return [text[s:e] for s, e in ner_score.harem_quantity_spans(text, quantities)]


@pytest.mark.parametrize(
    "text,spans,expected",
    [
        # Approximations are left out of HAREM's span; comparatives and "entre" stay in.
        ("possui cerca de 80.000 volumes", [("cerca de 80.000", "about")], ["80.000"]),
        ("pode ir até 20 anos de prisão", [("até 20 anos", "at_most")], ["20 anos"]),
        ("ocupa aproximadamente 2.800 a 3.000 pessoas", [("aproximadamente 2.800 a 3.000", "range")],
         ["2.800 a 3.000"]),
        ("afecta mais de 90% dos doentes", [("mais de 90%", "more_than")], ["mais de 90%"]),
        ("custa cerca de R$ 23,00 até BH", [("cerca de R$ 23,00", "about")], ["R$ 23,00"]),
        ("custam de R$ 500 a R$ 1.500", [("de R$ 500 a R$ 1.500", "range")], ["R$ 500 a R$ 1.500"]),
        ("entre 11 e 14 anos", [("entre 11 e 14 anos", "range")], ["entre 11 e 14 anos"]),
        # The "de" of a range is left out; "dos" stays.
        ("deverão ter de 10 a 20 páginas", [("de 10 a 20", "range")], ["10 a 20"]),
        ("dos 20 aos 30 anos", [("dos 20 aos 30 anos", "range")], ["dos 20 aos 30 anos"]),
        # "X ou Y" is two amounts; a word number alone is dropped.
        ("as 79 ou 80 vítimas", [("79 ou 80", "range")], ["79", "80"]),
        ("dez ou 11 irmãos", [("dez ou 11", "range")], ["11"]),
        ("com 18/19 anos", [("18/19 anos", "range")], ["18", "19 anos"]),
        ("a 100 a 120 km/h", [("100 a 120 km/h", "range")], ["100 a 120 km/h"]),
        ("dez navios", [("dez", "exact")], []),
        # Amounts joined by "x" are one dimension.
        ("dimensões de 65,6 cm x 45,8 cm x 17 cm.",
         [("65,6 cm", "exact"), ("45,8 cm", "exact"), ("17 cm", "exact")], ["65,6 cm x 45,8 cm x 17 cm"]),
        ("resolução 800 x 600 e 3 cores", [("800", "exact"), ("600", "exact"), ("3", "exact")],
         ["800 x 600", "3"]),
    ],
)
def test_ner_score_harem_quantity_spans(text: str, spans: list[tuple[str, str]], expected: list[str]) -> None:
    assert _harem(text, *spans) == expected


def test_ner_score_conventions_apply_to_the_whole_record() -> None:
    text = "Há cerca de 80.000 volumes e dez salas."
    plain = ner_score.predict_harem(text)
    mapped = ner_score.predict_harem(text, conventions=True)
    assert [text[s:e] for s, e, label in plain if label == "VALOR"] == ["cerca de 80.000", "dez"]
    assert [text[s:e] for s, e, label in mapped if label == "VALOR"] == ["80.000"]


def test_ner_score_counted_back_dates_are_no_tempo() -> None:
    text = "Estão presos há 19 meses e saíram de casa há dois anos."
    mapped = ner_score.predict_harem(text, conventions=True)
    assert [(text[s:e], label) for s, e, label in mapped if label in ("TEMPO", "VALOR")] == [("19 meses", "VALOR")]


def test_ner_score_leaves_a_rate_in_words_out_of_valor() -> None:
    text = "Recebia 10 mil libras por ano e 7 pesetas/dia."
    mapped = ner_score.predict_harem(text, conventions=True)
    assert [text[s:e] for s, e, label in mapped if label == "VALOR"] == ["10 mil libras", "7 pesetas/dia"]


@pytest.mark.parametrize(
    "predicted,relaxed,expected",
    [
        ([(0, 5, "VALOR")], False, (1, 0, 0)),
        ([(0, 4, "VALOR")], False, (0, 1, 1)),
        ([(0, 4, "VALOR")], True, (1, 0, 0)),
        ([(0, 5, "TEMPO")], True, (0, 0, 1)),
    ],
)
def test_ner_score_match_exact_and_relaxed(predicted: list[tuple[int, int, str]], relaxed: bool,
                                           expected: tuple[int, int, int]) -> None:
    counts = ner_score.match([(0, 5, "VALOR")], predicted, relaxed=relaxed)
    valor = counts.get("VALOR", ner_score.Counts())
    assert (valor.tp, valor.fp, valor.fn) == expected


@pytest.mark.parametrize(
    "phrase,deictic",
    [("hoje", True), ("ontem à noite", True), ("na semana passada", True), ("na sexta-feira", True),
     ("no Natal", False), ("no Verão", False), ("em junho", False), ("trinta e um de Janeiro", False)],
)
def test_ner_score_deictic_dates_are_the_ones_harem_never_tags(phrase: str, deictic: bool) -> None:
    assert bool(ner_score._deictic("pt").search(phrase)) is deictic


@pytest.mark.parametrize(
    "text,expected",
    [
        # HAREM puts the title and honorifics inside a person's span; our record keeps the
        # title as the mention's role evidence and the name alone.
        ("Disse ontem o chanceler Andrei Kozirev em Moscou.", ["chanceler Andrei Kozirev"]),
        ("Revelava o sr. Gustavo Capanema que ouvira tudo.", ["sr. Gustavo Capanema"]),
        ("Segundo o Prof. Dr. Alfredo Halpern, a dieta falha.", ["Prof. Dr. Alfredo Halpern"]),
        # A title after the name stays out; so does an occupation, with its adjective too.
        ("Christine Lagarde, presidente do BCE, falou.", ["Christine Lagarde"]),
        ("Foi preso o comerciante paulista Ronaldo Quelm de Almeida.", ["Ronaldo Quelm de Almeida"]),
    ],
)
def test_ner_score_person_spans_take_the_title_in(text: str, expected: list[str]) -> None:
    mapped = ner_score.predict_harem(text, conventions=True)
    assert [text[s:e] for s, e, label in mapped if label == "PESSOA"] == expected
