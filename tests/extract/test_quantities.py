"""Tests for the etl_quantities component (etl/extract/components/quantities.py)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

import pytest

from etl.extract import extract_record
from etl.extract.components.quantities import parse_digits
from etl.extract.nlp import load_nlp, process_text
from etl.models import Article, Quantity


@pytest.fixture
def quantities() -> Callable[..., list[Quantity]]:
    """`quantities(text, lang="pt")` -> doc._.quantities after the whole pipeline."""

    def run(text: str, lang: str = "pt") -> list[Quantity]:
        return process_text(text, lang, reference_date=date(2024, 11, 30))._.quantities

    return run


# Amounts with a unit or currency carry no object (the unit says what is measured),
# as in the gold facts of tests/data/articles.jsonl.
def _compact(q: Quantity) -> tuple:
    return (q.text, q.value, q.value_max, q.modifier, q.unit, q.object)


def test_quantities_seed(quantities, seed_text):
    found = quantities(seed_text)
    assert [_compact(q) for q in found] == [
        ("mais de 10.000", 10000.0, None, "more_than", None, "contêineres de munição"),
        ("mais de 10.000", 10000.0, None, "more_than", None, "soldados"),
    ]
    for q in found:
        assert seed_text[q.start:q.end] == q.text
        assert seed_text[q.object_start:q.object_end] == q.object


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("pt", "Mais de 10.000 soldados morreram.",
         ("Mais de 10.000", 10000, None, "more_than", None, "soldados")),
        ("pt", "Chegaram 10 mil soldados.", ("10 mil", 10000, None, "exact", None, "soldados")),
        ("pt", "custou cerca de 2,5 mil milhões de dólares ao país",
         ("cerca de 2,5 mil milhões de dólares", 2.5e9, None, "about", "USD", None)),
        ("pt", "recebeu US$ 3 bilhões em ajuda",
         ("US$ 3 bilhões", 3e9, None, "exact", "USD", None)),
        ("pt", "recebeu US$2 bilhões.", ("US$2 bilhões", 2e9, None, "exact", "USD", None)),
        ("pt", "paga R$ 3,5 mil por mês", ("R$ 3,5 mil por mês", 3500, None, "exact", "BRL/month", None)),
        ("pt", "obteve 2,5 bilhões de reais", ("2,5 bilhões de reais", 2.5e9, None, "exact",
                                               "BRL", None)),
        ("pt", "teve 10% dos votos", ("10%", 10, None, "exact", "%", "votos")),
        ("pt", "caiu 4,5 por cento.", ("4,5 por cento", 4.5, None, "exact", "%", None)),
        ("pt", "dez navios afundaram", ("dez", 10, None, "exact", None, "navios")),
        ("pt", "três mil pessoas fugiram", ("três mil", 3000, None, "exact", None, "pessoas")),
        ("pt", "milhares de pessoas fugiram", ("milhares", 1000, None, "vague", None, "pessoas")),
        ("pt", "dezenas de civis", ("dezenas", 10, None, "vague", None, "civis")),
        ("pt", "entre 20 e 30 mortos", ("entre 20 e 30", 20, 30, "range", None, "mortos")),
        ("pt", "de 20 a 30 feridos", ("de 20 a 30", 20, 30, "range", None, "feridos")),
        ("pt", "20-30 feridos", ("20-30", 20, 30, "range", None, "feridos")),
        ("pt", "pelo menos 5 crianças", ("pelo menos 5", 5, None, "at_least", None, "crianças")),
        ("pt", "quase 1,5 milhão de refugiados",
         ("quase 1,5 milhão", 1.5e6, None, "almost", None, "refugiados")),
        ("pt", "até 100 drones russos", ("até 100", 100, None, "at_most", None, "drones russos")),
        ("pt", "menos de 50 casas", ("menos de 50", 50, None, "less_than", None, "casas")),
        ("pt", "uma estrada de 5km", ("5km", 5, None, "exact", "km", None)),
        ("pt", "10 toneladas de grãos", ("10 toneladas", 10, None, "exact", "t", "grãos")),
        ("pt", "entre 20 e 30 municípios de Goiás", ("entre 20 e 30", 20, 30, "range", None,
                                                     "municípios")),
        ("pt", "Sete pessoas morreram.", ("Sete", 7, None, "exact", None, "pessoas")),
        ("pt", "mais de 90% deles vindos", ("mais de 90%", 90, None, "more_than", "%", None)),
        ("pt", "uma dúzia de ovos", ("uma dúzia", 12, None, "exact", None, "ovos")),
        ("pt", "10.000 soldados norte-coreanos", ("10.000", 10000, None, "exact", None,
                                                  "soldados norte-coreanos")),
        ("en", "More than 10,000 troops were sent.",
         ("More than 10,000", 10000, None, "more_than", None, "troops")),
        ("en", "about 2.5 billion dollars", ("about 2.5 billion dollars", 2.5e9, None, "about",
                                             "USD", None)),
        ("en", "a $3bn aid package", ("$3bn", 3e9, None, "exact", "USD", None)),
        ("en", "it cost $2.5m.", ("$2.5m", 2.5e6, None, "exact", "USD", None)),
        ("en", "a £3 million fine", ("£3 million", 3e6, None, "exact", "GBP", None)),
        ("en", "€5 billion in loans", ("€5 billion", 5e9, None, "exact", "EUR", None)),
        ("en", "10 percent of voters", ("10 percent", 10, None, "exact", "%", "voters")),
        ("en", "twenty-five soldiers", ("twenty-five", 25, None, "exact", None, "soldiers")),
        ("en", "one hundred and twenty thousand people",
         ("one hundred and twenty thousand", 120000, None, "exact", None, "people")),
        ("en", "tens of thousands of civilians",
         ("tens of thousands", 10000, None, "vague", None, "civilians")),
        ("en", "dozens of homes", ("dozens", 12, None, "vague", None, "homes")),
        ("en", "several hundred protesters", ("several hundred", 100, None, "vague", None, "protesters")),
        ("es", "mínimas de hasta ocho grados bajo cero",  # down to -8: -8 or warmer
         ("hasta ocho grados bajo cero", -8, None, "at_least", "°", None)),
        ("en", "six one-horned rhinoceroses", ("six", 6, None, "exact", None, None)),
        ("en", "sold petrol at N998 a litre", ("N998 a litre", 998, None, "exact", "NGN/l", None)),
        ("en", "a few thousand homes", ("a few thousand", 1000, None, "vague", None, "homes")),
        ("en", "between 20 and 30 dead", ("between 20 and 30", 20, 30, "range", None, "dead")),
        ("en", "nearly 1.5 million refugees", ("nearly 1.5 million", 1.5e6, None, "almost", None,
                                               "refugees")),
        ("en", "5,000 people killed", ("5,000", 5000, None, "exact", None, "people")),
        ("en", "10,000 North Korean troops were", ("10,000", 10000, None, "exact", None,
                                                   "North Korean troops")),
        ("en", "about 200,000 doses available", ("about 200,000", 200000, None, "about", None,
                                                 "doses")),
        ("en", "In March, 300 people left.", ("300", 300, None, "exact", None, "people")),
        ("en", "50 km2 of forest", ("50 km2", 50, None, "exact", "km2", "forest")),
        ("en", "2 million barrels a day", ("2 million barrels a day", 2e6, None, "exact", "bbl/day", None)),
        # "Below", "por debajo de"; "over" before a duration right after an amount is a span of time.
        ("en", "inflation stayed below 3%", ("below 3%", 3, None, "less_than", "%", None)),
        ("es", "quedó por debajo de 3%", ("por debajo de 3%", 3, None, "less_than", "%", None)),
        ("en", "prices rose over three months", ("over three months", 3, None, "more_than", "month", None)),
        # A duration or distance as one hyphenated word before a noun.
        ("en", "They agreed a 30-day ceasefire.", ("30-day", 30, None, "exact", "day", None)),
        ("en", "a 24-hour strike", ("24-hour", 24, None, "exact", "h", None)),
        # An age written as one hyphenated word.
        ("en", "a 42-year-old man was arrested", ("42-year-old", 42, None, "exact", "year", None)),
        # "1.5m" counts millions before a plural noun, and is metres otherwise.
        ("en", "The city has 1.5m people.", ("1.5m", 1.5e6, None, "exact", None, "people")),
        ("en", "More than 2m visitors came.", ("More than 2m", 2e6, None, "more_than", None, "visitors")),
        ("en", "She won the 400m hurdles.", ("400m", 400, None, "exact", "m", None)),
        ("en", "The 2m wall fell.", ("2m", 2, None, "exact", "m", None)),
        ("en", "More than 1.4m fish died.", ("More than 1.4m", 1.4e6, None, "more_than", None, "fish")),
        ("en", "About 2m sheep were culled.", ("About 2m", 2e6, None, "about", None, "sheep")),
        ("en", "They built a 3m deer fence.", ("3m", 3, None, "exact", "m", None)),
        # Currencies of Asia and Europe by name.
        ("en", "It will pay 600 million rupiah.", ("600 million rupiah", 6e8, None, "exact", "IDR", None)),
        ("en", "It cost Rp600 million.", ("Rp600 million", 6e8, None, "exact", "IDR", None)),
        ("en", "It cost 5,000 shekels.", ("5,000 shekels", 5000, None, "exact", "ILS", None)),
        ("en", "The levy raises FJ$95 million.", ("FJ$95 million", 9.5e7, None, "exact", "FJD", None)),
        # Comparisons with an article ("abaixo dos", "superior al"); "minus/menos" before degrees.
        ("pt", "A CDU fica abaixo dos 4%.", ("abaixo dos 4%", 4, None, "less_than", "%", None)),
        ("es", "un apoyo superior al 60%", ("superior al 60%", 60, None, "more_than", "%", None)),
        # The amount compared with, described by a participle, is exact.
        ("pt", "ficou acima dos 2,4% registados em abril", ("2,4%", 2.4, None, "exact", "%", None)),
        ("es", "quedó por debajo del 3% esperado", ("3%", 3, None, "exact", "%", None)),
        ("en", "It fell to minus 12 degrees Celsius.", ("minus 12 degrees Celsius", -12, None, "exact", "°C", None)),
        ("pt", "Fez menos 5 graus em Bragança.", ("menos 5 graus", -5, None, "exact", "°", None)),
        # "over" before money that names a thing is "about", not "more than".
        ("en", "He was jailed over £2.1m fraud.", ("£2.1m", 2.1e6, None, "exact", "GBP", None)),
        ("en", "Over $5m worth of goods.", ("Over $5m", 5e6, None, "more_than", "USD", None)),
        # After digits only a multiplier continues the number; Mexican "31 mil 800 millones".
        ("es", "El costo fue de US$ 1,74 un año antes.", ("US$ 1,74", 1.74, None, "exact", "USD", None)),
        ("es", "Son 31 mil 800 millones de pesos.", ("31 mil 800 millones de pesos", 3.18e10, None, "exact", "MXN",
                                                   None)),
        ("es", "Hay 12 mil 400 escuelas.", ("12 mil 400", 12400, None, "exact", None, "escuelas")),
        # A range's first end takes no second number ("entre 1,34 y 1,37 millones" is no 2.71 million).
        ("es", "una producción de entre 1,34 y 1,37 millones de toneladas",
         ("entre 1,34 y 1,37 millones de toneladas", 1.34e6, 1.37e6, "range", "t", None)),
        ("en", "The list stood at 7.42 million.", ("7.42 million", 7.42e6, None, "exact", None, None)),
        # "del ... al", "entre el ... y el" make a range.
        ("es", "de 3 a 8%", ("de 3 a 8%", 3, 8, "range", "%", None)),
        ("es", "creció entre el 2% y el 3%", ("entre el 2% y el 3%", 2, 3, "range", "%", None)),
        # "a year earlier" is a point in time, not a rate.
        ("en", "up from $9.7bn a year earlier", ("$9.7bn", 9.7e9, None, "exact", "USD", None)),
        ("es", "ganó 30 euros al año siguiente", ("30 euros", 30, None, "exact", "EUR", None)),
        # Prices per unit of a commodity or a share are rates too.
        ("en", "Wheat hit $6.85 a bushel.", ("$6.85 a bushel", 6.85, None, "exact", "USD/bu", None)),
        ("en", "Profit was $1.50 a share.", ("$1.50 a share", 1.5, None, "exact", "USD/share", None)),
        ("en", "Brent fell to about $78 a barrel.", ("about $78 a barrel", 78, None, "about", "USD/bbl", None)),
        # Currencies of Africa and Peru: "₦", "KSh", "rand", "S/".
        ("en", "It would cost over ₦9.5tn.", ("over ₦9.5tn", 9.5e12, None, "more_than", "NGN", None)),
        ("en", "a KSh2.5 billion loan", ("KSh2.5 billion", 2.5e9, None, "exact", "KES", None)),
        ("en", "a 500 million rand plan", ("500 million rand", 5e8, None, "exact", "ZAR", None)),
        ("es", "Las entradas costarán S/ 152.", ("S/ 152", 152, None, "exact", "PEN", None)),
        # A rate in words, but a percentage "a year" is the rate as written.
        ("es", "ganó 30 euros al día", ("30 euros al día", 30, None, "exact", "EUR/day", None)),
        ("pt", "a Selic foi a 10,75% ao ano", ("10,75%", 10.75, None, "exact", "%", None)),
        ("en", "12 tonnes of grain", ("12 tonnes", 12, None, "exact", "t", "grain")),
        ("en", "300 or more", ("300 or more", 300, None, "at_least", None, None)),
        ("es", "Más de 10.000 soldados", ("Más de 10.000", 10000, None, "more_than", None,
                                          "soldados")),
        ("es", "unos 1,5 millones de personas", ("unos 1,5 millones", 1.5e6, None, "about", None,
                                                 "personas")),
        ("es", "2,5 millones de euros", ("2,5 millones de euros", 2.5e6, None, "exact", "EUR",
                                         None)),
        ("es", "el 10% de los votos", ("10%", 10, None, "exact", "%", "votos")),
        ("es", "unos 3.000 manifestantes", ("unos 3.000", 3000, None, "about", None,
                                            "manifestantes")),
        ("es", "10 por ciento", ("10 por ciento", 10, None, "exact", "%", None)),
        ("es", "veinticinco soldados", ("veinticinco", 25, None, "exact", None, "soldados")),
        ("es", "miles de personas", ("miles", 1000, None, "vague", None, "personas")),
        ("es", "entre 20 y 30 muertos", ("entre 20 y 30", 20, 30, "range", None, "muertos")),
        ("es", "al menos 5 niños", ("al menos 5", 5, None, "at_least", None, "niños")),
        ("es", "hasta 100 drones", ("hasta 100", 100, None, "at_most", None, "drones")),
        ("en", "In Gaza three Palestinians died", ("three", 3, None, "exact", None, "Palestinians")),
        ("en", "could cut sales by as much as 1%.", ("as much as 1%", 1, None, "at_most", "%", None)),
        ("en", "sentenced to a maximum of 9 years", ("a maximum of 9 years", 9, None, "at_most", "year", None)),
        ("en", "no fewer than 20 people", ("no fewer than 20", 20, None, "at_least", None, "people")),
        ("pt", "condenado a um máximo de 9 anos", ("um máximo de 9 anos", 9, None, "at_most", "year", None)),
        ("pt", "não menos de 20 pessoas", ("não menos de 20", 20, None, "at_least", None, "pessoas")),
        ("es", "condenado a un máximo de 9 años", ("un máximo de 9 años", 9, None, "at_most", "year", None)),
        ("es", "no más de 20 personas", ("no más de 20", 20, None, "at_most", None, "personas")),
        # A verb right after the number is no object.
        ("pt", "Um sismo de magnitude 6,8 atingiu o país.", ("6,8", 6.8, None, "exact", None, None)),
        ("es", "Otras 4.500 resultaron heridas.", ("4.500", 4500, None, "exact", None, None)),
        # An English head without -s ends the object too ("four men heard testimony").
        ("en", "four men heard testimony", ("four", 4, None, "exact", None, "men")),
        ("en", "a fleet of 11 aircraft pending a review", ("11", 11, None, "exact", None, "aircraft")),
        ("en", "up from 72,000 last year", ("72,000", 72000, None, "exact", None, None)),
        # In Portuguese and Spanish, more than one of a singular word is no count: a verb.
        ("es", "de las cuales 9.500 trabajan en la Argentina", ("9.500", 9500, None, "exact", None, None)),
        ("pt", "os 70 que trabalham connosco", ("70", 70, None, "exact", None, None)),
        ("es", "los menores de 15 años", ("menores de 15 años", 15, None, "less_than", "year", None)),
        # Nor is a particle or adverb ("76 off 83 balls", "10 short of a majority").
        ("en", "Labour was 10 short of a majority.", ("10", 10, None, "exact", None, None)),
        ("en", "at least 130 people across the region", ("at least 130", 130, None, "at_least", None, "people")),
        # After a plural head only plural words agree with it (the verb that follows does not),
        # unless a connector brought in a noun of its own.
        ("es", "Unos 7.500 militares participan en las tareas.",
         ("Unos 7.500", 7500, None, "about", None, "militares")),
        ("pt", "Chegaram 40 soldados russos feridos.", ("40", 40, None, "exact", None, "soldados russos feridos")),
        ("pt", "Há 20 cursos de extensão universitária.", ("20", 20, None, "exact", None,
                                                         "cursos de extensão universitária")),
    ],
)
def test_quantities_parses(quantities, lang, text, expected):
    found = quantities(text, lang)
    assert [_compact(q) for q in found] == [expected]
    q = found[0]
    assert text[q.start:q.end] == q.text
    if q.object is not None:
        assert text[q.object_start:q.object_end] == q.object


@pytest.mark.parametrize(
    "lang,text",
    [
        ("pt", "Em 2023, houve eleições."),
        ("pt", "Em 30 de novembro de 2024."),
        ("pt", "A guerra de 1950-53."),
        ("pt", "A reunião foi às 10h30."),
        ("pt", "A reunião foi às 10:30."),
        ("pt", "Ficou em 1º lugar."),
        ("pt", "Caças F-16 e Su-27."),
        ("pt", "O voo MH17 caiu."),
        ("pt", "A pandemia de COVID-19."),
        ("pt", "Segundo o artigo 5 da lei nº 13.709."),
        ("pt", "Ligue (11) 99999-9999."),
        ("pt", "Veja https://exemplo.com/artigo-10/20 agora."),
        ("pt", "Um Boeing 737 pousou."),
        ("pt", "Comentário (0)"),
        ("pt", "Mora na Rua Sete de Setembro."),
        # a bill's number; a range of berths; a grade of coffee
        ("en", "The House passed H.R. 2 last year."),
        ("en", "DP World will run berths 4 to 7 at the port."),
        ("pt", "A saca do café tipo 6 subiu."),
        # a capitalised number word that opens a sentence and a name ("Two" needs two words in English)
        ("es", "Dos Quelbocas recibirá ayuda."),
        ("pt", "Sete Quelagoas recebeu ajuda."),
        ("en", "Two Rivers Council said so."),
        ("pt", "Um soldado morreu."),
        ("pt", "O terceiro navio."),
        ("pt", "nesta sexta-feira (21)"),
        ("en", "She came 2nd in the race."),
        ("en", "Before the 2024 election, turnout fell."),
        ("en", "Flight 370 vanished; Article 5 applies."),
        # A grade, category, stage or phase, and the year of an Act, name what they number.
        ("en", "It flooded grade five rapids under the Mining Act 2022."),
        ("en", "A Category 5 storm brought Stage 4 cuts in phase 2."),
        ("es", "Una tormenta de categoría 3 llegó."),
        ("en", "The House voted 220-212."),
        # A dash between two bare numbers, nothing counted: a score, not a range.
        ("pt", "O Benfica venceu o Porto por 1-3 no domingo."),
        ("en", "They lost 1–3 at home."),
        ("es", "El Madrid ganó 2-0 al Barcelona."),
        ("en", "The meeting is at 10 a.m. today."),
        ("en", "One of them left."),
        ("es", "A las 10:30 de la mañana."),
        ("es", "Un soldado murió."),
    ],
)
def test_quantities_ignores_non_quantities(quantities, lang, text):
    assert quantities(text, lang) == []


@pytest.mark.parametrize(
    "text,lang,expected",
    [
        ("10.000", "pt", 10000.0),
        ("2,5", "pt", 2.5),
        ("1.234.567,89", "es", 1234567.89),
        ("2.5", "pt", 2.5),
        ("10,000", "en", 10000.0),
        ("1,234,567.5", "en", 1234567.5),
        ("2.5", "en", 2.5),
        ("1.2.3", "pt", None),
    ],
)
def test_quantities_parse_digits(text, lang, expected):
    assert parse_digits(text, lang) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # Durations and ages are amounts of time (issue 3); times of day are dates.
        ("pt", "durou três anos", ("três anos", 3, None, "exact", "year", None)),
        ("pt", "tenho 16 anos e moro", ("16 anos", 16, None, "exact", "year", None)),
        ("pt", "A viagem durou 10 horas.", ("10 horas", 10, None, "exact", "h", None)),
        ("pt", "cerca de 20 minutos de filme", ("cerca de 20 minutos", 20, None, "about", "min", None)),
        ("es", "trabajó durante unos 30 años", ("unos 30 años", 30, None, "about", "year", None)),
        ("en", "for 19 months", ("19 months", 19, None, "exact", "month", None)),
        # A 4-digit number that counts something is not a year.
        ("pt", "Chegaram 2000 soldados.", ("2000", 2000, None, "exact", None, "soldados")),
        ("pt", "um grupo de 2000 pessoas", ("2000", 2000, None, "exact", None, "pessoas")),
        # Negative numbers, ranges that repeat the unit, old currencies, area units.
        ("pt", "a temperatura foi de -3 graus", ("-3 graus", -3, None, "exact", "°", None)),
        ("pt", "subiu entre 4,75% e 5% ao ano", ("entre 4,75% e 5%", 4.75, 5, "range", "%", None)),
        ("pt", "ganhou o prémio de 200 contos", ("200 contos", 200000, None, "exact", "PTE", None)),
        ("pt", "uma área de 15 mil m² construída", ("15 mil m²", 15000, None, "exact", "m2", None)),
        ("pt", "o centro recebeu 16 000 refugiados", ("16 000", 16000, None, "exact", None,
                                                      "refugiados")),
        ("pt", "com 14 milhões e 200 mil endereços", ("14 milhões e 200 mil", 14.2e6, None, "exact",
                                                      None, "endereços")),
        ("es", "más del 70% de los votos", ("más del 70%", 70, None, "more_than", "%", "votos")),
        ("en", "winds of 140 mph", ("140 mph", 140, None, "exact", "mph", None)),
        ("en", "between $15 billion and $26 billion", ("between $15 billion and $26 billion", 15e9,
                                                       26e9, "range", "USD", None)),
        # A half after the amount or its unit, or a half multiplier.
        ("pt", "viveu até os 98 anos e meio (riso)", ("98 anos e meio", 98.5, None, "exact", "year", None)),
        ("pt", "está preso há um ano e meio", ("um ano e meio", 1.5, None, "exact", "year", None)),
        ("pt", "o filme dura 2 horas e meia", ("2 horas e meia", 2.5, None, "exact", "h", None)),
        ("pt", "custou 2 milhões e meio de euros", ("2 milhões e meio de euros", 2.5e6, None, "exact",
                                                    "EUR", None)),
        ("pt", "reuniu meio milhão de pessoas", ("meio milhão", 5e5, None, "exact", None, "pessoas")),
        ("pt", "ficou entre 2 e 3 anos e meio", ("entre 2 e 3 anos e meio", 2, 3.5, "range", "year", None)),
        ("en", "it took two and a half years", ("two and a half years", 2.5, None, "exact", "year", None)),
        ("en", "it left 3 and a half million people", ("3 and a half million", 3.5e6, None, "exact", None,
                                                    "people")),
        ("en", "half a million people", ("half a million", 5e5, None, "exact", None, "people")),
        ("es", "duró dos años y medio", ("dos años y medio", 2.5, None, "exact", "year", None)),
        ("pt", "durou 2 anos e meia hora", ("2 anos", 2, None, "exact", "year", None)),
        ("es", "duró dos años y media hora", ("dos años", 2, None, "exact", "year", None)),
        ("es", "costó 3 millones y medio de euros", ("3 millones y medio de euros", 3.5e6, None, "exact",
                                                     "EUR", None)),
        ("es", "medio millón de personas", ("medio millón", 5e5, None, "exact", None, "personas")),
        # Old and other currencies; singular units.
        ("pt", "um déficit de mais de 150 bilhões de cruzeiros",
         ("mais de 150 bilhões de cruzeiros", 1.5e11, None, "more_than", "BRE", None)),
        ("pt", "a passagem custa Cr$ 200 mil", ("Cr$ 200 mil", 2e5, None, "exact", "BRE", None)),
        ("pt", "pelo crime, por 50 mil pesos", ("50 mil pesos", 5e4, None, "exact", "MXN", None)),
        ("es", "pagó 50 mil pesos", ("50 mil pesos", 5e4, None, "exact", "MXN", None)),
        ("en", "a fine of 50,000 pesos", ("50,000 pesos", 5e4, None, "exact", "MXN", None)),
        ("pt", "ganhou 1 conto", ("1 conto", 1000, None, "exact", "PTE", None)),
        ("pt", "ele mede 1,80 metro", ("1,80 metro", 1.8, None, "exact", "m", None)),
        ("pt", "a cisterna tem 300 m3", ("300 m3", 300, None, "exact", "m3", None)),
        ("es", "pesa 1,5 kilo", ("1,5 kilo", 1.5, None, "exact", "kg", None)),
        ("en", "it grew 1.5 metre", ("1.5 metre", 1.5, None, "exact", "m", None)),
        ("pt", "fez 40 graus centígrados", ("40 graus centígrados", 40, None, "exact", "°C", None)),
        ("en", "it was 40 degrees Celsius", ("40 degrees Celsius", 40, None, "exact", "°C", None)),
        ("es", "hizo 40 grados centígrados", ("40 grados centígrados", 40, None, "exact", "°C", None)),
        ("pt", "uma central de 500 megawatts", ("500 megawatts", 500, None, "exact", "MW", None)),
        ("en", "a 500 megawatts plant", ("500 megawatts", 500, None, "exact", "MW", None)),
        ("es", "una central de 500 megavatios", ("500 megavatios", 500, None, "exact", "MW", None)),
        ("pt", "um ecrã de 15 polegadas", ("15 polegadas", 15, None, "exact", "in", None)),
        ("pt", "um disco de 20 gigabytes", ("20 gigabytes", 20, None, "exact", "GB", None)),
        ("pt", "o governo gastou R$ 2 bi", ("R$ 2 bi", 2e9, None, "exact", "BRL", None)),
        ("pt", "um rombo de US$ 500 mi", ("US$ 500 mi", 5e8, None, "exact", "USD", None)),
        ("pt", "faz 30 ° C hoje", ("30 ° C", 30, None, "exact", "°C", None)),
        ("es", "hace 25º C hoy", ("25º C", 25, None, "exact", "°C", None)),
        ("en", "it was 80 ° F", ("80 ° F", 80, None, "exact", "°F", None)),
        ("pt", "custa 50 centavos", ("50 centavos", 0.5, None, "exact", "BRL", None)),
        ("pt", "custa 20 cêntimos", ("20 cêntimos", 0.2, None, "exact", "EUR", None)),
        ("es", "cuesta 50 céntimos", ("50 céntimos", 0.5, None, "exact", "EUR", None)),
        ("en", "it costs 50 cents", ("50 cents", 0.5, None, "exact", "USD", None)),
        # A currency named with its country is one unit.
        ("pt", "custou 3 milhões de dólares americanos", ("3 milhões de dólares americanos", 3e6, None, "exact",
                                                          "USD", None)),
        ("es", "500 pesos argentinos", ("500 pesos argentinos", 500, None, "exact", "ARS", None)),
        ("en", "300 Canadian dollars", ("300 Canadian dollars", 300, None, "exact", "CAD", None)),
        ("pt", "custa Esc. 500 por pessoa", ("Esc. 500 por pessoa", 500, None, "exact", "PTE/person", None)),
        ("pt", "subiu 0,5 p.p. no ano", ("0,5 p.p.", 0.5, None, "exact", "pp", None)),
        ("pt", "a 120 km por hora", ("120 km por hora", 120, None, "exact", "km/h", None)),
        ("en", "at 120 km per hour", ("120 km per hour", 120, None, "exact", "km/h", None)),
        ("es", "a 120 km por hora", ("120 km por hora", 120, None, "exact", "km/h", None)),
    ],
)
def test_quantities_issue_3(quantities, lang, text, expected):
    found = quantities(text, lang)
    assert [_compact(q) for q in found] == [expected]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # "pelo menos mais dois" is at least two more; a verb with its pronoun ends the object.
        ("pt", "O Governo quer ver pelo menos mais dois satélites lançados.",
         [("pelo menos mais dois", 2.0, None, "at_least", None, "satélites lançados")]),
        ("pt", "Cerca de 300 trabalhadores concentraram-se em frente ao ministério.",
         [("Cerca de 300", 300.0, None, "about", None, "trabalhadores")]),
    ],
)
def test_quantities_from_the_portuguese_precision_round(quantities, lang, text, expected):
    assert [_compact(q) for q in quantities(text, lang)] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A negation turns a verb of exceeding round; an article may follow a modifier.
        ("es", "Su área no supera los 15 kilómetros cuadrados.",
         [("supera los 15 kilómetros cuadrados", 15.0, None, "at_most", "km2", None)]),
        # "ya" between the verb of exceeding and its article.
        ("es", "Los casos superan ya los 135.000.",
         [("superan ya los 135.000", 135000.0, None, "more_than", None, None)]),
        # British millions of a measure; a change set off by a comma is no range.
        ("en", "Passco will procure 1.8m tonnes of wheat.", [("1.8m tonnes", 1.8e6, None, "exact", "t", "wheat")]),
        ("es", "El recargo se duplicará, de 5 a 10 euros.",
         [("5", 5.0, None, "exact", "EUR", None), ("10 euros", 10.0, None, "exact", "EUR", None)]),
        # A rate after what a measure measures; English "daily".
        ("en", "Nigeria used 42 million litres of petrol a day.",
         [("42 million litres of petrol a day", 4.2e7, None, "exact", "l/day", None)]),
        ("pt", "A usina produz 500 toneladas de aço bruto por dia.",
         [("500 toneladas de aço bruto por dia", 500.0, None, "exact", "t/day", None)]),
        ("en", "The plant makes 500 tonnes daily.", [("500 tonnes daily", 500.0, None, "exact", "t/day", None)]),
        ("en", "The 2 million litres of water on Monday were lost.",
         [("2 million litres", 2e6, None, "exact", "l", "water")]),
        # Below zero, the value is negative and a bound turns round.
        ("pt", "Os termômetros marcaram até 5 graus negativos.",
         [("até 5 graus negativos", -5.0, None, "at_least", "°", None)]),
        ("es", "Hizo menos de 8 grados bajo cero.",
         [("menos de 8 grados bajo cero", -8.0, None, "more_than", "°", None)]),
        # A negated verb of reaching leaves the amount short of it; reached, it is exact.
        ("es", "La cosecha no llegó ni a 1.500 kilos.", [("1.500 kilos", 1500.0, None, "less_than", "kg", None)]),
        ("es", "Ni siquiera alcanzó los 300 votos.", [("300", 300.0, None, "less_than", None, "votos")]),
        ("pt", "A colheita não chegou nem a 1.500 quilos.",
         [("1.500 quilos", 1500.0, None, "less_than", "kg", None)]),
        ("en", "Sales didn't even reach $2 million.", [("$2 million", 2e6, None, "less_than", "USD", None)]),
        ("en", "Turnout failed to reach 40%.", [("40%", 40.0, None, "less_than", "%", None)]),
        ("es", "La cosecha llegó a 1.500 kilos.", [("1.500 kilos", 1500.0, None, "exact", "kg", None)]),
        ("en", "The app aims to reach 1,000 users.", [("1,000", 1000.0, None, "exact", None, "users")]),
        ("es", "Al menos el 40% de las especies están amenazadas.",
         [("Al menos el 40%", 40.0, None, "at_least", "%", "especies")]),
        ("es", "Llegó a aproximadamente el 70% del total.",
         [("aproximadamente el 70%", 70.0, None, "about", "%", "total")]),
        # An acronym in brackets and a road's number with its level are no amounts.
        ("es", "Lo dijo el Centro de Investigaciones Económicas Nacionales (CIEN).", []),
        ("es", "El choque en la carretera federal 135 dejó nueve muertos.",
         [("nueve", 9.0, None, "exact", None, "muertos")]),
    ],
)
def test_quantities_from_the_spanish_precision_round(quantities, lang, text, expected):
    assert [_compact(q) for q in quantities(text, lang)] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A participle after a number is no counted object; a compound adjective comes before it.
        ("en", "Of the students, about 1.43 million passed.",
         [("about 1.43 million", 1430000.0, None, "about", None, None)]),
        ("en", "Her six sold-out shows drew crowds.", [("six", 6.0, None, "exact", None, "sold-out shows")]),
    ],
)
def test_quantities_from_the_english_precision_round(quantities, lang, text, expected):
    assert [_compact(q) for q in quantities(text, lang)] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # An amount in millions with no unit nor counted thing, after money in its sentence, is that money.
        ("pt", "O projeto custou 8,5 milhões de euros, dos quais 6 milhões vieram do PRR.",
         [("8,5 milhões de euros", 8.5e6, None, "exact", "EUR", None), ("6 milhões", 6e6, None, "exact", "EUR", None)]),
        ("en", "Revenue rose to $2.4 billion from 1.9 billion a year earlier.",
         [("$2.4 billion", 2.4e9, None, "exact", "USD", None), ("1.9 billion", 1.9e9, None, "exact", "USD", None)]),
        ("es", "Ganó 320 millones de euros. Hay 2 millones de habitantes y 3 millones.",
         [("320 millones de euros", 3.2e8, None, "exact", "EUR", None),
          ("2 millones", 2e6, None, "exact", None, "habitantes"), ("3 millones", 3e6, None, "exact", None, None)]),
    ],
)
def test_quantities_money_carried_to_amounts_in_millions(quantities, lang, text, expected):
    assert [_compact(q) for q in quantities(text, lang)] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # "within" is at most; a unit is shared across "aos 23 e aos 67 minutos".
        ("en", "It could begin distributing funds within 90 days.",
         [("within 90 days", 90.0, None, "at_most", "day", None)]),
        ("pt", "Os golos surgiram aos 23 e aos 67 minutos.",
         [("23", 23.0, None, "exact", "min", None), ("67 minutos", 67.0, None, "exact", "min", None)]),
    ],
)
def test_quantities_within_and_shared_units_after_articles(quantities, lang, text, expected):
    assert [_compact(q) for q in quantities(text, lang)] == expected


def test_quantities_numbered_streets_are_no_amounts(quantities):
    found = quantities("El choque ocurrió entre las calles 1 y 26. Hay 3 calles cortadas.", "es")
    assert [_compact(q) for q in found] == [("3", 3.0, None, "exact", None, "calles cortadas")]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("pt", "As aulas começavam às 10h e acabavam às 17 horas."),
        ("pt", "Nos anos 90 havia"),
        ("pt", "Instalados à Rua Costa Aguiar, 590, no bairro."),
        ("pt", "Dpto. Marketing: (48) 281 9595 Fax 236 217 122"),
        ("pt", "Ligue 0800 770 8552 agora."),
        ("pt", "Em 1822, o Brasil"),
        ("pt", "Temas:\n1. Informação tecnológica"),
        # Scores: a range that goes down is no amount.
        ("pt", "O Benfica ganhou 3 a 1."),
        ("en", "The team won 3 to 1."),
        ("es", "El equipo ganó 3 a 1."),
        ("pt", "uma vitória de 3 a 1 sobre o Porto"),
        ("en", "a concentration of 10-9 M"),
        ("es", "una victoria de 3 a 1 sobre el Betis"),
        # Two small numbers joined by "x" with nothing measured: a score or a name.
        ("pt", "O Flamengo venceu o Vasco por 2 x 1 no Maracanã."),
        ("pt", "venceu por 2x1 e comprou um 4x4 novo"),
        ("en", "They won 2x1."),
        ("es", "ganó 2 x 1 al Madrid"),
        ("pt", "o Palmeiras conquistou o bi em 1994"),
        # The minutes of a time written with "h".
        ("pt", "O segundo sinal foi dado às 0h 20 m, quando"),
        ("pt", "A sessão começou às 22h 15."),
        ("es", "Llegó a las 10h 30 min."),
        # Half past: a time of day.
        ("pt", "São 3 e meia e ele não chegou."),
        ("es", "Llegó a las 10 y media."),
        # A number word between two names is part of a name.
        ("en", "since he replaced Erik ten Hag as United manager"),
        ("en", "Erik ten Hag's side lost"),
    ],
)
def test_quantities_issue_3_ignores(quantities, lang, text):
    assert quantities(text, lang) == []


# The pattern runs over text.lower() when that folding is exact, else over the text with
# IGNORECASE; both ways must find the same quantities, with the text's own case.
@pytest.mark.parametrize(
    "lang,text",
    [
        ("pt", "MAIS DE 10.000 SOLDADOS morreram e US$ 3 bilhões sumiram."),
        ("pt", "Cerca de Três mil pessoas fugiram; 20 a 30 mil ficaram."),
        ("en", "About 2,000 North Korean troops and $15 billion."),
        ("es", "Más del 70% de los votos y unos 30 años."),
        ("pt", "Entre os 20 e os 50 ANOS, de 2 e 4 Lugares, 36 Bits; artigos 5 e 6, 25 de Abril."),
        ("en", "Two or three days, 20 and 30 seats, 4 GB on 4 and 5 May."),
    ],
)
def test_quantities_same_with_and_without_lowercase_scan(quantities, lang, text):
    from etl.extract.components.quantities import _FOLD_UNSAFE

    unsafe = text + " İ μ"  # re folds "İ" with "i" and "μ" with the micro sign: no lowering
    assert _FOLD_UNSAFE.search(text) is None and _FOLD_UNSAFE.search(unsafe) is not None
    found = quantities(text, lang)
    assert found and found == quantities(unsafe, lang)
    for q in found:
        assert text[q.start:q.end] == q.text
        if q.object is not None:
            assert text[q.object_start:q.object_end] == q.object


@pytest.mark.parametrize(
    "text",
    [
        "Escreva para contato2024@exemplo.com.br hoje.",
        "Veja WWW.EXEMPLO.COM/noticias/10 agora.",
        "Ligue +55 11 3456-7890 ou Tel: 3456 7890 hoje.",
        "Central de atendimento: 0xx71 258-2500 ou 0XX11 32623256.",
    ],
)
def test_quantities_ignores_masked_spans(quantities, text):
    assert quantities(text) == []


def test_quantities_repeated_amounts_keep_their_own_offsets(quantities):
    # Readings of the same words are remembered; offsets and objects are not.
    text = "Chegaram 10 mil soldados. Depois, 10 mil soldados e 10 mil navios."
    found = quantities(text)
    assert [(q.text, q.start, q.object) for q in found] == [
        ("10 mil", 9, "soldados"), ("10 mil", 34, "soldados"), ("10 mil", 52, "navios"),
    ]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # Ranges opened by a contraction or an article, and "X or Y" alternatives.
        ("pt", "Assim, dos 20 aos 30 anos, o corpo", [("dos 20 aos 30 anos", 20, 30, "range", "year", None)]),
        ("pt", "mulheres entre os 20 e os 50 anos.",
         [("entre os 20 e os 50 anos", 20, 50, "range", "year", None)]),
        ("pt", "tinha 3 ou 4 anos quando", [("3 ou 4 anos", 3, 4, "range", "year", None)]),
        ("en", "it took two or three days", [("two or three days", 2, 3, "range", "day", None)]),
        ("es", "tardó 5 o 6 días", [("5 o 6 días", 5, 6, "range", "day", None)]),
        ("es", "personas entre los 20 y los 30 años",
         [("entre los 20 y los 30 años", 20, 30, "range", "year", None)]),
        ("pt", "um ou dois feridos", [("um ou dois", 1, 2, "range", None, "feridos")]),
        ("en", "one or two people", [("one or two", 1, 2, "range", None, "people")]),
        ("es", "uno o dos heridos", [("uno o dos", 1, 2, "range", None, "heridos")]),
        ("pt", "vim com 18/19 anos para Braga", [("18/19 anos", 18, 19, "range", "year", None)]),
        ("en", "aged 18/19 years", [("18/19 years", 18, 19, "range", "year", None)]),
        ("pt", "tínhamos dois / três anos de diferença", [("dois", 2, None, "exact", None, None),
                                                          ("três anos", 3, None, "exact", "year", None)]),
        ("es", "con 18/19 años", [("18/19 años", 18, 19, "range", "year", None)]),
        # An "and" join needs a "between" opener: otherwise these are two amounts.
        ("pt", "aviões de 2 e 4 lugares", [("2", 2, None, "exact", None, None),
                                          ("4", 4, None, "exact", None, "lugares")]),
        ("en", "20 and 30 seats", [("20", 20, None, "exact", None, None),
                                   ("30", 30, None, "exact", None, "seats")]),
        ("es", "aviones de 2 y 4 plazas", [("2", 2, None, "exact", None, None),
                                          ("4", 4, None, "exact", None, "plazas")]),
        # The sides of a dimension, written with or without spaces, after any word.
        ("pt", "Melhor resolução 800x600", [("800", 800, None, "exact", None, None),
                                            ("600", 600, None, "exact", None, None)]),
        ("pt", "Resolução 800 x 600 pixels.", [("800", 800, None, "exact", None, None),
                                               ("600 pixels", 600, None, "exact", "px", None)]),
        ("pt", "tem 10 x 20 x 30 cm", [("10", 10, None, "exact", None, None), ("20", 20, None, "exact", None, None),
                                       ("30 cm", 30, None, "exact", "cm", None)]),
        ("en", "The screen is 1024x768.", [("1024", 1024, None, "exact", None, None),
                                           ("768", 768, None, "exact", None, None)]),
        ("es", "una pantalla de 800x600", [("800", 800, None, "exact", None, None),
                                           ("600", 600, None, "exact", None, None)]),
        # A change from one unit to another is two amounts, not a range.
        ("en", "net sales rose 2% to $21.88 billion", [("2%", 2, None, "exact", "%", None),
                                                       ("$21.88 billion", 21.88e9, None, "exact", "USD", None)]),
        ("pt", "subiu 5% a 3 mil euros", [("5%", 5, None, "exact", "%", None),
                                          ("3 mil euros", 3000, None, "exact", "EUR", None)]),
        ("es", "subió 5% a 3 mil euros", [("5%", 5, None, "exact", "%", None),
                                          ("3 mil euros", 3000, None, "exact", "EUR", None)]),
        ("pt", "entre 4,75% e 10 mil pessoas", [("4,75%", 4.75, None, "exact", "%", None),
                                               ("10 mil", 10000, None, "exact", None, "pessoas")]),
        ("en", "between 4.75% and 10 million people", [("4.75%", 4.75, None, "exact", "%", None),
                                                      ("10 million", 1e7, None, "exact", None, "people")]),
        ("es", "entre 4,75% y 10 mil personas", [("4,75%", 4.75, None, "exact", "%", None),
                                                ("10 mil", 10000, None, "exact", None, "personas")]),
        # A duration in two units is one amount of the smaller unit.
        ("pt", "durou 2h 30 minutos", [("2h 30 minutos", 150, None, "exact", "min", None)]),
        ("pt", "Foi condenado a 12 anos e 6 meses de prisão.",
         [("12 anos e 6 meses", 150, None, "exact", "month", None)]),
        ("es", "El récord es de 3 minutos 27,65 segundos.",
         [("3 minutos 27,65 segundos", 207.65, None, "exact", "s", None)]),
        # ... also after one of the larger unit written as a word, with its modifier.
        ("es", "Cubrirá el trayecto en aproximadamente una hora y 15 minutos.",
         [("aproximadamente una hora y 15 minutos", 75, None, "about", "min", None)]),
        ("en", "The trip takes an hour and 20 minutes.", [("an hour and 20 minutes", 80, None, "exact", "min", None)]),
        ("pt", "Foi condenado a um ano e seis meses.", [("um ano e seis meses", 18, None, "exact", "month", None)]),
        # A price "from" which fares start is a floor; an hour of the night is no amount.
        ("es", "El pasaje costará desde $ 2.900 y el de un auto partirá de $ 9.500.",
         [("desde $ 2.900", 2900, None, "at_least", "USD", None),
          ("partirá de $ 9.500", 9500, None, "at_least", "USD", None)]),
        ("es", "Los precios van desde $ 100 hasta $ 200.",
         [("desde $ 100 hasta $ 200", 100, 200, "range", "USD", None)]),
        ("pt", "As obras começam às seis da manhã e vão até dez da noite.", []),
        # A verb of exceeding keeps its sense past words of its own (not past a personal "a").
        ("es", "Estados Unidos superó por primera vez los 40.000 peregrinos.",
         [("40.000", 40000, None, "more_than", None, "peregrinos")]),
        ("es", "El equipo superó a los 3 rivales.", [("3", 3, None, "exact", None, "rivales")]),
        # "passei de" exceeds; "quase mais 50" is almost 50 more; a mine's number names it.
        ("pt", "Hoje passei de 500 picolés.", [("passei de 500", 500, None, "more_than", None, "picolés")]),
        ("pt", "Recebeu quase mais 50 do que no ano anterior.", [("quase mais 50", 50, None, "almost", None, None)]),
        ("pt", "O solo sobre a mina 7 afundou 1,5 metro.", [("1,5 metro", 1.5, None, "exact", "m", None)]),
        # A clock time written with its leading zero is no amount.
        ("en", "A new 06.10 departure will reach Glasgow before 9am.", []),
        # "amplió … de X a Y" is a change: two levels.
        ("es", "El ministerio amplió el aforo de 4.500 a 5.600 visitantes.",
         [("4.500", 4500, None, "exact", None, None), ("5.600", 5600, None, "exact", None, "visitantes")]),
        # Alternatives that go down are two amounts, not a range.
        ("pt", "Eram 30 ou 20 pessoas.", [("30", 30, None, "exact", None, None),
                                         ("20", 20, None, "exact", None, "pessoas")]),
        ("pt", "custa 500$00 ou 20 contos", [("500$00", 500, None, "exact", "PTE", None),
                                             ("20 contos", 20000, None, "exact", "PTE", None)]),
        ("en", "There were 30 or 20 people.", [("30", 30, None, "exact", None, None),
                                               ("20", 20, None, "exact", None, "people")]),
        ("es", "Eran 30 o 20 personas.", [("30", 30, None, "exact", None, None),
                                         ("20", 20, None, "exact", None, "personas")]),
        # Technical units and old coins.
        ("pt", "captura imagens em 36 bits", [("36 bits", 36, None, "exact", "bit", None)]),
        ("pt", "resolução de 6400 ppp", [("6400 ppp", 6400, None, "exact", "dpi", None)]),
        ("pt", "uma camada de 7,5 a 10 nm de espessura",
         [("de 7,5 a 10 nm", 7.5, 10, "range", "nm", "espessura")]),
        ("en", "a phone with 4 GB of memory", [("4 GB", 4, None, "exact", "GB", "memory")]),
        ("es", "un procesador de 500 MHz", [("500 MHz", 500, None, "exact", "MHz", None)]),
        ("pt", "custava 4 tostões", [("4 tostões", 0.4, None, "exact", "PTE", None)]),
        ("pt", "custou 500 patacas", [("500 patacas", 500, None, "exact", "MOP", None)]),
        ("en", "10 million Swiss francs", [("10 million Swiss francs", 1e7, None, "exact", "CHF", None)]),
        ("es", "300 liras turcas", [("300 liras turcas", 300, None, "exact", "TRY", None)]),
        # "por volta dos" / "alrededor de los": about.
        ("pt", "por volta dos 20 anos de idade", [("por volta dos 20 anos", 20, None, "about", "year", None)]),
        ("es", "alrededor de los 30 años", [("alrededor de los 30 años", 30, None, "about", "year", None)]),
        ("pt", "custou à volta de 300 contos", [("à volta de 300 contos", 300000, None, "about", "PTE", None)]),
        ("pt", "na ordem dos 5 milhões de euros",
         [("na ordem dos 5 milhões de euros", 5e6, None, "about", "EUR", None)]),
        ("pt", "pouco mais de 200 pessoas", [("pouco mais de 200", 200, None, "more_than", None, "pessoas")]),
        ("es", "en torno a 300 personas", [("en torno a 300", 300, None, "about", None, "personas")]),
        ("es", "poco más de 200 personas", [("poco más de 200", 200, None, "more_than", None, "personas")]),
        ("en", "just over 200 people", [("just over 200", 200, None, "more_than", None, "people")]),
        ("en", "in excess of $5 million", [("in excess of $5 million", 5e6, None, "more_than", "USD", None)]),
        # A dash range that counts something, or has an opener, stays a range.
        ("pt", "Houve 20-30 mortos.", [("20-30", 20, 30, "range", None, "mortos")]),
        ("en", "about 20-30 people", [("about 20-30", 20, 30, "range", None, "people")]),
        # Two small number words joined by "e/y/and" are two numbers, not their sum; after
        # "entre/between" they are a range. "vinte e cinco" and "treinta y cinco" are one.
        ("pt", "O ataque deixou entre cinco e sete mortos.",
         [("entre cinco e sete", 5, 7, "range", None, "mortos")]),
        ("es", "Entre seis y ocho sujetos armados llegaron.",
         [("Entre seis y ocho", 6, 8, "range", None, "sujetos armados")]),
        ("pt", "Morreram cinco e ficaram sete feridos.",
         [("cinco", 5, None, "exact", None, None), ("sete", 7, None, "exact", None, "feridos")]),
        ("pt", "Foram vinte e cinco mortos.", [("vinte e cinco", 25, None, "exact", None, "mortos")]),
        ("es", "Treinta y cinco muertos.", [("Treinta y cinco", 35, None, "exact", None, "muertos")]),
        # "un menor de 17 años" is a minor, whose age is exact; "menores de 15 años" a bound.
        ("es", "Entre las víctimas hay un menor de 17 años.", [("17 años", 17, None, "exact", "year", None)]),
        ("es", "Trabajó durante 20 horas.", [("20 horas", 20, None, "exact", "h", None)]),
        ("es", "Llegaron a las tres familias.", [("tres", 3, None, "exact", None, "familias")]),
        ("es", "Prohibido para menores de 15 años.", [("menores de 15 años", 15, None, "less_than", "year", None)]),
        # "one in five" is a ratio; "over" after a noun of dispute is "about", not "more than".
        ("en", "Nearly one in five trains was cancelled.", []),
        ("en", "A settlement over two positive tests.", [("two", 2, None, "exact", None, "positive tests")]),
        ("en", "They killed over 200 people.", [("over 200", 200, None, "more_than", None, "people")]),
        # "un" after a modifier, "superiores a", "cercana al"; "entre un ... y un" is a range.
        ("es", "Subió más de un 40% y alrededor de un 13%.",
         [("más de un 40%", 40, None, "more_than", "%", None), ("alrededor de un 13%", 13, None, "about", "%", None)]),
        ("es", "Estarán entre un 20% y un 40% por encima.", [("entre un 20% y un 40%", 20, 40, "range", "%", None)]),
        ("es", "Pérdidas superiores a US$ 40 millones.",
         [("superiores a US$ 40 millones", 4e7, None, "more_than", "USD", None)]),
        ("es", "Una inflación cercana al 2,1%.", [("cercana al 2,1%", 2.1, None, "about", "%", None)]),
        # Units of power, mass, area and energy written out; a rate "per" one of them.
        ("en", "The country added 90 gigawatts of capacity.", [("90 gigawatts", 90, None, "exact", "GW", "capacity")]),
        ("es", "Las emisiones llegaron a 57,1 gigatoneladas de CO2.",
         [("57,1 gigatoneladas", 57.1, None, "exact", "Gt", None)]),
        ("en", "Power cost 40 euros per megawatt-hour.",
         [("40 euros per megawatt-hour", 40, None, "exact", "EUR/MWh", None)]),
        ("es", "Cayeron 491 litros por metro cuadrado.",
         [("491 litros por metro cuadrado", 491, None, "exact", "l/m2", None)]),
        ("pt", "A produção foi de 2,7 milhões de barris de óleo equivalente por dia.",
         [("2,7 milhões de barris de óleo equivalente por dia", 2.7e6, None, "exact", "boe/day", None)]),
        ("en", "Temperatures reached 51 Celsius after 412 millimetres of rain.",
         [("51 Celsius", 51, None, "exact", "°C", None), ("412 millimetres", 412, None, "exact", "mm", "rain")]),
        # Percentage points, prices per bag, bushel, pound or ton, seconds as "sec", ages.
        ("pt", "A Selic subiu 0,25 ponto percentual.", [("0,25 ponto percentual", 0.25, None, "exact", "pp", None)]),
        ("pt", "O café fechou a R$ 1.200 por saca.", [("R$ 1.200 por saca", 1200, None, "exact", "BRL/bag", None)]),
        ("en", "Coffee rose to $3.20 a pound.", [("$3.20 a pound", 3.2, None, "exact", "USD/lb", None)]),
        ("en", "Bolt ran 9.81sec.", [("9.81sec", 9.81, None, "exact", "s", None)]),
        ("en", "He died on Tuesday aged 87.", [("87", 87, None, "exact", "year", None)]),
        ("en", "Judge Paul Quelm ordered Daniel Quelmore, 52, to pay.", [("52", 52, None, "exact", "year", None)]),
        ("en", "A third man, 41, was arrested at home.", [("41", 41, None, "exact", "year", None)]),
        ("en", "The Finance Bill 2024 raises KSh346 billion.",
         [("KSh346 billion", 3.46e11, None, "exact", "KES", None)]),
        ("en", "In Lisbon, 12, 13 and 14 people died.",
         [("12", 12, None, "exact", None, None), ("13", 13, None, "exact", None, None),
          ("14", 14, None, "exact", None, "people")]),
        # "até aos", "pode chegar a": a ceiling; a line's or a model's number is no count.
        ("pt", "O bônus pode chegar a €12 milhões.",
         [("pode chegar a €12 milhões", 1.2e7, None, "at_most", "EUR", None)]),
        ("pt", "A produção deve chegar a 5,4 milhões de barris.",
         [("5,4 milhões de barris", 5.4e6, None, "exact", "bbl", None)]),
        ("pt", "O valor pode subir até aos 70 milhões de euros.",
         [("até aos 70 milhões de euros", 7e7, None, "at_most", "EUR", None)]),
        ("pt", "Os metroviários pararam as linhas 1-Azul, 2-Verde e 3-Vermelha.", []),
        ("en", "The Boeing 737 MAX jet landed.", []),
        ("en", "A 3-Year plan.", [("3-Year", 3, None, "exact", "year", None)]),
        # "a dozen", "a hundred": one number after a modifier.
        ("en", "Strikes flattened at least a dozen buildings.",
         [("at least a dozen", 12, None, "at_least", None, "buildings")]),
        # A rate per so many people is one amount; its object runs on to them.
        ("pt", "Houve 5.081 casos por 100 mil habitantes.",
         [("5.081", 5081, None, "exact", None, "casos por 100 mil habitantes")]),
        ("en", "There were 12 cases per 100,000 people.",
         [("12", 12, None, "exact", None, "cases per 100,000 people")]),
        # A verb of exceeding or nearing is the amount's modifier, and part of its evidence.
        ("es", "Un monto cercano a los 3.500 millones de pesos.",
         [("cercano a los 3.500 millones de pesos", 3.5e9, None, "about", "MXN", None)]),
        ("es", "La cifra ha superado el 90%.", [("ha superado el 90%", 90, None, "more_than", "%", None)]),
        ("es", "Las pérdidas superarán los 10.600 millones de euros.",
         [("superarán los 10.600 millones de euros", 1.06e10, None, "more_than", "EUR", None)]),
        ("es", "La cifra rondó los 300 muertos.", [("rondó los 300", 300, None, "about", None, "muertos")]),
        # Escudos with the sign before the centavos, Cabo Verde's in a story on Cabo Verde.
        ("pt", "O gasóleo custa 153$20 por litro.", [("153$20 por litro", 153.2, None, "exact", "PTE/l", None)]),
        # A unit joined by a hyphen; "take over" is a verb, "as little as" a floor.
        ("en", "The 600-millimetre main burst.", [("600-millimetre", 600, None, "exact", "mm", None)]),
        ("en", "Two operators will take over 14 depots.",
         [("Two", 2, None, "exact", None, "operators"), ("14", 14, None, "exact", None, "depots")]),
        ("en", "Fares start at as little as N2,500.", [("as little as N2,500", 2500, None, "at_least", "NGN", None)]),
        # "a couple hundred" is two hundred.
        ("en", "The city hired a couple hundred guards.", [("couple hundred", 200, None, "exact", None, "guards")]),
        # A time of day in words: "at 3 in the morning".
        ("en", "People were dropped off at 3 in the morning.", []),
        # A year opens no range, but the amount after it counts.
        ("es", "El precio pasó de $1.8 millones en 2022 a $2.6 millones.",
         [("$1.8 millones", 1.8e6, None, "exact", "USD", None), ("$2.6 millones", 2.6e6, None, "exact", "USD", None)]),
        # Two adjectives of one head; a hedged amount after a comma shares no unit.
        ("es", "Generaría unos 2.300 empleos directos e indirectos.",
         [("unos 2.300", 2300, None, "about", None, "empleos directos e indirectos")]),
        ("es", "Hubo 2 trabajadores fallecidos y otros heridos.",
         [("2", 2, None, "exact", None, "trabajadores fallecidos")]),
        ("en", "It takes the total to 14,812, about 42% higher.",
         [("14,812", 14812, None, "exact", None, None), ("about 42%", 42, None, "about", "%", None)]),
        # No hour is over 24: "às 1.640" counts; a present plural ends the object ("mantêm").
        ("pt", "Os dados dizem respeito às 1.640 candidaturas.",
         [("1.640", 1640, None, "exact", None, "candidaturas")]),
        ("pt", "Os 85 trabalhadores da marina mantêm os postos.",
         [("85", 85, None, "exact", None, "trabalhadores da marina")]),
        ("es", "El déficit bordea los 1.400 millones de dólares.",
         [("bordea los 1.400 millones de dólares", 1.4e9, None, "about", "USD", None)]),
        ("es", "La obra irá más allá de dos semanas.",
         [("más allá de dos semanas", 2, None, "more_than", "week", None)]),
        ("pt", "As perdas ultrapassaram os 50 milhões de euros.",
         [("ultrapassaram os 50 milhões de euros", 5e7, None, "more_than", "EUR", None)]),
        ("en", "Losses exceeded $2 billion.", [("exceeded $2 billion", 2e9, None, "more_than", "USD", None)]),
        # "hasta"/"até" after a change is the level reached; before a ceiling it is "at most".
        ("es", "Las ventas crecieron un 7,2%, hasta 18.100 millones de euros.",
         [("7,2%", 7.2, None, "exact", "%", None), ("18.100 millones de euros", 1.81e10, None, "exact", "EUR", None)]),
        ("es", "El precio cayó hasta 3,5 euros.", [("3,5 euros", 3.5, None, "exact", "EUR", None)]),
        ("es", "Los salarios podrán subir hasta un 4%.", [("hasta un 4%", 4, None, "at_most", "%", None)]),
        ("pt", "As vendas cresceram 5%, até R$ 4 bilhões.",
         [("5%", 5, None, "exact", "%", None), ("R$ 4 bilhões", 4e9, None, "exact", "BRL", None)]),
        ("pt", "Multas de até R$ 50 milhões.", [("até R$ 50 milhões", 5e7, None, "at_most", "BRL", None)]),
        ("es", "Las acciones caían un 4,3% en la sesión, hasta los 48,50 euros.",
         [("4,3%", 4.3, None, "exact", "%", None), ("48,50 euros", 48.5, None, "exact", "EUR", None)]),
        ("en", "Consumer inflation edged up to 3.0% in December.", [("3.0%", 3, None, "exact", "%", None)]),
        ("es", "La minera ofreció 14 millones y un 1,5% de reajuste.",
         [("14 millones", 14e6, None, "exact", None, None), ("1,5%", 1.5, None, "exact", "%", "reajuste")]),
        ("en", "Unplanned breakdowns reached 15 320 megawatts.",
         [("15 320 megawatts", 15320, None, "exact", "MW", None)]),
        ("en", "The fine can be up to $5,000.", [("up to $5,000", 5000, None, "at_most", "USD", None)]),
        # "from X to Y" after a change is the level before and the level after, no range.
        ("en", "Basic pay will rise from £32,398 to £36,616.",
         [("£32,398", 32398, None, "exact", "GBP", None), ("£36,616", 36616, None, "exact", "GBP", None)]),
        # (with a modifier before the first level)
        ("en", "Throughput will rise from about 1 million TEUs to 1.8 million TEUs.",
         [("about 1 million TEUs", 1e6, None, "about", "TEU", None),
          ("1.8 million TEUs", 1.8e6, None, "exact", "TEU", None)]),
        ("pt", "O preço subiu de quase 5 euros para 7 euros.",
         [("quase 5 euros", 5, None, "almost", "EUR", None), ("7 euros", 7, None, "exact", "EUR", None)]),
        ("es", "El desempleo subió del 3 al 8%.",
         [("3", 3, None, "exact", "%", None), ("8%", 8, None, "exact", "%", None)]),
        ("pt", "A taxa passou de 10% para 12%.",
         [("10%", 10, None, "exact", "%", None), ("12%", 12, None, "exact", "%", None)]),
        # (also in a compound tense and a plural future)
        ("es", "El embalse ha pasado del 12% al 35%.",
         [("12%", 12, None, "exact", "%", None), ("35%", 35, None, "exact", "%", None)]),
        ("es", "Los turistas pasarán de 6 a 30 dólares.",
         [("6", 6, None, "exact", "USD", None), ("30 dólares", 30, None, "exact", "USD", None)]),
        # (and with the level named between "from" and the first amount)
        ("en", "Rents rose from an average of $1,200 to $1,450.",
         [("$1,200", 1200, None, "exact", "USD", None), ("$1,450", 1450, None, "exact", "USD", None)]),
        ("es", "El precio subió de un promedio de 3 a 5 dólares.",
         [("3", 3, None, "exact", "USD", None), ("5 dólares", 5, None, "exact", "USD", None)]),
        ("pt", "O preço passou de uma média de 3 para 5 reais.",
         [("3", 3, None, "exact", "BRL", None), ("5 reais", 5, None, "exact", "BRL", None)]),
        ("en", "Prices range from 20 to 30 dollars.", [("from 20 to 30 dollars", 20, 30, "range", "USD", None)]),
        ("es", "Los salarios van de 3 a 5 dólares.", [("de 3 a 5 dólares", 3, 5, "range", "USD", None)]),
        # A fraction is no count of its numerator ("two-thirds" is not 2); "3 quartos" are rooms.
        ("en", "Nearly two-thirds of residents fled.",
         [("Nearly two-thirds", 0.666666666667, None, "almost", "fraction", "residents")]),
        ("pt", "Cerca de dois terços dos moradores fugiram.",
         [("Cerca de dois terços", 0.666666666667, None, "about", "fraction", "moradores")]),
        ("pt", "Os três quartos do hotel.", [("três", 3, None, "exact", None, "quartos do hotel")]),
        ("pt", "Os 3 quartos do hotel.", [("3", 3, None, "exact", None, "quartos do hotel")]),
        # A comparison's amount keeps its modifier before a verb's predicate ("estão proibidas").
        ("pt", "Barcos com calado superior a 2 metros estão proibidos.",
         [("superior a 2 metros", 2, None, "more_than", "m", None)]),
        # A minimum wage is that amount; "um mínimo de" a floor.
        ("pt", "Com um salário mínimo de 870 euros, não dá.", [("870 euros", 870, None, "exact", "EUR", None)]),
        ("pt", "Exige um mínimo de 10 pessoas.", [("um mínimo de 10", 10, None, "at_least", None, "pessoas")]),
        # The CFA franc, West African unless the story is Central Africa's; water by the gigalitre
        # and the million gallons a day.
        ("en", "Smugglers offered as much as CFA 3,000.",
         [("as much as CFA 3,000", 3000, None, "at_most", "XOF", None)]),
        ("pt", "Nos Camarões, os Camarões pagam 3000 FCFA.", [("3000 FCFA", 3000, None, "exact", "XAF", None)]),
        ("en", "The plant made 73 gigalitres; the city needs 1,200 MGD and 30 ml.",
         [("73 gigalitres", 73, None, "exact", "Gl", None), ("1,200 MGD", 1200, None, "exact", "Mgal/d", None),
          ("30 ml", 30, None, "exact", "ml", None)]),
        # Grazing a level is almost reaching it; a cardinal before "aniversario" ranks.
        ("es", "La ocupación rozó el 90% y depende casi en un 70% del turismo.",
         [("rozó el 90%", 90, None, "almost", "%", None), ("casi en un 70%", 70, None, "almost", "%", "turismo")]),
        ("es", "Celebró su 85 aniversario.", []),
        # The córdoba in a story about Nicaragua.
        ("es", "En Nicaragua, el bus seguirá costando C$2.50 en Nicaragua.",
         [("C$2.50", 2.5, None, "exact", "NIO", None)]),
        # Quarters are a fraction when the whole follows with its plural article.
        ("pt", "Três quartos dos alunos faltaram.", [("Três quartos", 0.75, None, "exact", "fraction", "alunos")]),
        ("es", "Tres cuartos de la plantilla votó.", [("Tres cuartos", 0.75, None, "exact", "fraction", "plantilla")]),
        ("en", "Three quarters of staff backed it.", [("Three quarters", 0.75, None, "exact", "fraction", "staff")]),
        ("es", "Tiene tres cuartos de baño.", [("tres", 3, None, "exact", None, "cuartos de baño")]),
        # A capitalised word before a number that counts a plural noun is no name.
        ("pt", "traz à Lourinhã 4 companhias de teatro",
         [("4", 4, None, "exact", None, "companhias de teatro")]),
    ],
)
def test_quantities_ranges_units_and_lists(quantities, lang, text, expected):
    found = quantities(text, lang)
    assert [_compact(q) for q in found] == expected
    for q in found:
        assert text[q.start:q.end] == q.text


@pytest.mark.parametrize(
    "lang,text",
    [
        ("pt", "relativamente aos artigos 42 º e 137 º, em"),
        ("pt", "os artigos 5, 6 e 7 da lei"),
        ("pt", "Recife - CEP 52.011.260."),
        ("pt", "Veja, 1990, p. 56-63."),
        ("pt", "é a decadência mental. 0 homem é o mamífero"),
        ("pt", "o jogador do Mundial de França'98."),
        ("pt", "consideram que o 25 de Abril valeu a pena"),
        ("pt", "No preâmbulo e nos 16.o a 73.o da Constituição"),
        ("pt", "Telefone do Gabinete: 217904893"),
        ("pt", "Local: Rua 13 de Maio, 733 - Bela Vista"),
        ("pt", "Av. do Contorno 6888 lj 101 - Lourdes"),
        ("en", "See pp. 56-63 of the report."),
        ("en", "the 4 and 5 May talks"),
        ("en", "ICQ 25328270"),
        ("es", "los artículos 42 y 43 de la ley"),
        ("es", "Ver p. 12 del informe"),
        ("es", "la fiesta del 25 de mayo fue"),
        ("pt", "Revista Macau, vol. 3, cap. 5"),
        ("pt", "o último número (n 4) dedicado"),
        ("en", "see vol. 3, ch. 5 of it"),
        ("es", "núm. 45 de la revista"),
        ("pt", "2/3 dos deputados"),
        ("en", "2/3 of the members"),
        ("es", "los 2/3 de los diputados"),
    ],
)
def test_quantities_ignores_identifiers_and_days(quantities, lang, text):
    assert quantities(text, lang) == []


@pytest.mark.parametrize(
    "lang,text",
    [
        # Stock indices and network generations are named with a number.
        ("en", "The S&P 500 and the FTSE 100 fell."),
        ("es", "El Ibex 35 cayó y llegó la red 5G."),
        ("pt", "O Nikkei 225 subiu com o 5G."),
        # A singular noun right before a number names it: a room, a line, a version...
        ("pt", "A sala 204 do edifício."),
        ("pt", "A linha 4 do metro e o autocarro 27."),
        ("pt", "Ver a secção 3.2 e a versão 2.0 do programa."),
        ("pt", "Ver anexo 3 e figura 2 e tabela 4."),
        ("pt", "O episódio 5 da temporada 2."),
        ("pt", "Viu a jornada 26 da Liga."),
        ("pt", "ali num prédio 959 o número do prédio."),
        ("en", "They met in room 204 at gate 12."),
        ("en", "Section 3 of version 2.0 and figure 3 and table 4."),
        ("en", "Episode 5 of season 2 and amendment 14."),
        ("es", "La sala 204 y la línea 4 del metro."),
        ("es", "La versión 2.0 del programa y la jornada 26."),
        ("es", "El apartado 3 y la fase 3 del ensayo."),
        # Number signs written with a degree sign, abbreviated articles and leaves, ordinals.
        ("pt", "segundo o n.° 5 e o n° 6 do artigo"),
        ("pt", "segundo o artº 5 e o art.º 7 da lei, a fls. 23 e na pág 12"),
        ("pt", "Os 1.os classificados e as 2.as classificadas."),
        ("es", "Quedó 1.er en la carrera; el art. 5 lo dice."),
        ("en", "see n° 5 of the list"),
        # A document word, words of its name, and its number.
        ("pt", "pela Lei Provincial no 12, excluindo-se"),
        ("pt", "Parágrafo (c) Decreto S. 1618, Título"),
        ("es", "La Ley Orgánica 3 fue aprobada."),
        # Code words, with or without a colon.
        ("pt", "O seu ID: 30168 e o CPF: 123.456.789"),
        ("en", "ISBN 9789720012345"),
        ("es", "Su DNI 12345678 y su NIF 1234."),
        # A year written with two digits after a name.
        ("pt", "Eram clientes... O Brasil de 64 era pobre."),
        ("pt", "os ideais da Constituição de 22, justapostos"),
        ("es", "Ganaron el Mundial del 82 en casa."),
        ("en", "It was the Summer of 69 in town."),
        # Phone numbers written as groups apart by spaces.
        ("pt", "Contacto: 21 555 1234."),
        ("en", "Call 555 123 4567 now."),
        ("es", "Llame al 91 555 12 34."),
        # A bare number before a capitalised word that is no plural: part of a name (pt/es).
        ("pt", "aprovado pelo «105 Congresso Base das Normas»."),
        ("pt", "Extensão interna: 4293 Portugal"),
        ("es", "aprobado por el «105 Congreso Base de Normas»."),
        # A capitalised unit of time: a title, no duration.
        ("pt", 'Desta exposição "200 Anos de Jornalismo Português em Macau" saímos.'),
        ("pt", 'A série "24 Horas" voltou.'),
        ("es", 'El libro "100 Años de Historia" salió.'),
        # A day of the month the text stands in, or of the one before or after it.
        ("pt", "entre 18 de Junho passado e 12 deste mês de Julho"),
        ("pt", "Chegou no dia 5 do mês passado."),
        ("es", "Llegó el 5 del mes pasado."),
        ("en", "It opens on the 12 of this month."),
        # The first end of a range of times or dates.
        ("pt", "Abriu das 9 às 17 horas."),
        ("pt", "Reúne-se entre as 10 e as 12 horas."),
        ("en", "The shop opens from 9 to 5 pm."),
        ("es", "Abre de las 9 a las 14 horas."),
        # More label nouns: a flight, a class, an edition, a group, a door, a shop, a road's km.
        ("pt", "O voo 447 caiu e a turma 5 saiu na edição 245."),
        ("pt", "Pertence ao grupo 3, mora no quarto 214 e a loja 12 fechou."),
        ("pt", "Abra a porta 8080; o acidente foi no km 230 da BR 101."),
        ("en", "Flight 370 vanished; issue 45 of group 3 is out."),
        ("es", "El vuelo 447 cayó en la edición 245 del grupo 3, en el km 230."),
        # Parts of a course, a text, a contest or a place: lesson 5, part 2, step 1, round 5, row 3.
        ("pt", "Exercício 4 da lição 5, aula 3 do módulo 2, unidade 4 do volume 2."),
        ("pt", "Parte 2 do relatório; passo 1: abrir; etapa 2; ronda 5; fila 3 da zona 4."),
        ("en", "In game 3 of the series, part 2 of the report, step 1 and round 5 on runway 2."),
        ("es", "La lección 5 de la unidad 4, parte 2, paso 1, etapa 2 y ronda 5 en la fila 3."),
        # Numbered items within a line: after ":" or ";" ("1. Benfica"), or after "," with ")".
        ("pt", "Classificação: 1. Benfica; 2. Porto; 3. Sporting."),
        ("en", "The best: 1) Ann, 2) Rob."),
        ("es", "Clasificación: 1. Madrid; 2. Barça."),
        # A label's plural and a list after it.
        ("pt", "Nos jogos 3 e 4 da série e nas salas 2, 3 e 4."),
        ("en", "Rooms 4 and 5 were empty; games 3, 4 and 5 were sold out."),
        ("es", "Las salas 2 y 3 y las fases 1 y 2."),
        # Identifier codes of Brazilian and Portuguese records.
        ("pt", "CGC/ MF: 82.901.000/0001-27 Inscr. Estadual: 250.082.764"),
        ("pt", "Inscrição Estadual 250.082.764 e RG 12.345.678"),
        # A bare number standing alone in brackets: a note.
        ("pt", "Clique aqui [1] para ver [2]"),
        ("en", "As reported [12] in the press."),
        ("es", "Como se dijo [3] en la prensa."),
        # A code written with a leading zero.
        ("pt", "A conta 0035 do banco."),
        ("en", "Account 0035 was closed."),
        ("es", "La cuenta 0035 del banco."),
        # A numbered heading of a table of contents (pt/es).
        ("pt", "Conteúdo\n1 Precedentes\n\n2 Preparação\n"),
        ("es", "Contenido\n1 Antecedentes\n2 Preparación\n"),
        # A point before one or two digits, where a comma marks decimals: a model, a version.
        ("pt", "O Volkswagen Golf 1.6 e a Rádio Comercial 97.4."),
        ("es", "El motor 2.0 del Seat."),
        # A possessive name before the number: a title.
        ("en", "They watched Ocean's 11 last night."),
        # A capitalised name right after an opening quote, before a bare number: a title (pt/es).
        ("pt", 'Ele disse: "Farenheit 451 não é fantasia".'),
        ("es", 'Dijo: "Fahrenheit 451 no es fantasía".'),
        # A year said with two digits (from 32, so no day of a month): after "em", "no ano de",
        # "en el", a list of them, or a span "de 48 até 54".
        ("pt", "Em 48 fui para São Paulo e no ano de 85 fui promovido; isso foi em 85, 86."),
        ("pt", "Eu morei de 48 até 54 numa casa grande."),
        ("es", "En el 85 me casé y viví desde 85 hasta 92 en Madrid."),
        # A short year after a part of a year ("em finais de 98"); the later days of a list.
        ("pt", "Em finais de 98 e meados de 99."),
        ("es", "A finales de 98 y mediados de 99."),
        ("pt", "Haverá aulas nos dias 5, 6 e 7."),
        ("es", "Habrá clases los días 5, 6 y 7."),
        # A two-digit year close to a year written in full, joined to it by a connector.
        ("pt", "Operei em 1984, ou foi 85... Veio a Revolução de 1930 e depois a de 32."),
        ("en", "It was in 1984 or 85, I think."),
        ("es", "Fue en 1984 o 85, creo."),
        # A time of day written as a bare hour.
        ("pt", "Chegou pelas 23, já cansado, e sai por volta das 10."),
        ("pt", "Das 10 às 12 há aulas; a partir das 15 o trânsito pára."),
        ("es", "Llegó hacia las 23 y empieza a las 10."),
        # An hour in words, or in digits before "hora(s)", after an hour word is a time of day.
        ("es", "El sismo ocurrió a las tres de la madrugada."),
        ("es", "El temblor se registró a las 04.36 hora local."),
        # A year after a preposition and a hedge is a date ("since at least 2022").
        ("en", "He had been paid since at least 2022."),
    ],
)
def test_quantities_ignores_labels_codes_years_and_titles(quantities, lang, text):
    assert quantities(text, lang) == []


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A number after a label noun that counts a plural noun is an amount.
        ("pt", "Na sala 20 pessoas morreram.", [("20", 20, None, "exact", None, "pessoas")]),
        ("en", "At gate 12 passengers waited.", [("12", 12, None, "exact", None, "passengers")]),
        ("es", "En la sala 20 personas murieron.", [("20", 20, None, "exact", None, "personas")]),
        # "de" after a lowercase word, or a sentence's first word: an amount.
        ("pt", "um aumento de 15 em cada mês", [("15", 15, None, "exact", None, None)]),
        ("pt", "O Brasil de 64 milhões de habitantes.",
         [("64 milhões", 64e6, None, "exact", None, "habitantes")]),
        # A capitalised plural after a bare number is what it counts.
        ("pt", "Votaram os 27 Estados da UE.", [("27", 27, None, "exact", None, "Estados")]),
        ("es", "Votaron los 27 Estados miembros.", [("27", 27, None, "exact", None, "Estados miembros")]),
        # Amounts grouped by spaces are no phone numbers.
        ("pt", "Foram 160 000 000 votos.", [("160 000 000", 160e6, None, "exact", None, "votos")]),
        ("pt", "Venceu com 34 25 16 pontos.", [("34", 34, None, "exact", None, None),
                                              ("25", 25, None, "exact", None, None),
                                              ("16", 16, None, "exact", None, "pontos")]),
        # Lowercase units of time, other capitalised units, and English headlines stay amounts.
        ("pt", "Durou 200 anos.", [("200 anos", 200, None, "exact", "year", None)]),
        ("pt", "Captura imagens em 36 Bits.", [("36 Bits", 36, None, "exact", "bit", None)]),
        ("pt", "Custa 10 Euros.", [("10 Euros", 10, None, "exact", "EUR", None)]),
        ("en", "Storm Lasts 3 Days", [("3 Days", 3, None, "exact", "day", None)]),
        # A range of amounts before a date stays an amount.
        ("pt", "Morreram 5 a 10 pessoas a 12 de Maio.", [("5 a 10", 5, 10, "range", None, "pessoas")]),
        # A leading zero, a point decimal or a line's first number that counts a noun stays an amount.
        ("pt", "Foram presos 03 suspeitos.", [("03", 3, None, "exact", None, "suspeitos")]),
        ("pt", "Cresceu 2.5 pontos.", [("2.5", 2.5, None, "exact", None, "pontos")]),
        ("pt", "Lista\n20 pessoas morreram.", [("20", 20, None, "exact", None, "pessoas")]),
        ("en", "Intro\n20 People Killed", [("20", 20, None, "exact", None, "People")]),
        ("en", "The rate rose to 2.5 in May.", [("2.5", 2.5, None, "exact", None, None)]),
        # After an hour word, a number that counts a noun is an amount.
        ("pt", "Pelas 20 pessoas que morreram.", [("20", 20, None, "exact", None, "pessoas")]),
        ("es", "Entregó a las 10 familias su comida.", [("10", 10, None, "exact", None, "familias")]),
        ("pt", "Passou pelas 5 mil assinaturas.", [("5 mil", 5000, None, "exact", None, "assinaturas")]),
        ("pt", "Jogo 3 vezes por semana.", [("3", 3, None, "exact", None, "vezes")]),
        ("en", "Book 3 tickets now.", [("3", 3, None, "exact", None, "tickets")]),
        # A quoted clause whose verb comes first counts (pt/es); English quotes are not read so.
        ("pt", '"Morreram 20", disse ele. "Tenho 20", disse.',
         [("20", 20, None, "exact", None, None), ("20", 20, None, "exact", None, None)]),
        ("es", '"Tienen 20", dijo.', [("20", 20, None, "exact", None, None)]),
        ("en", '"Gave 20", he said.', [("20", 20, None, "exact", None, None)]),
        # After "em", a number that counts a noun, a part of a whole or a unit stays an amount.
        ("pt", "Em 48 jogos marcou.", [("48", 48, None, "exact", None, "jogos")]),
        ("pt", "Em 48 dos casos e em 48 horas.", [("48", 48, None, "exact", None, None),
                                                ("48 horas", 48, None, "exact", "h", None)]),
        ("es", "En 48 de los casos.", [("48", 48, None, "exact", None, None)]),
        ("pt", "Tinham de 40 até 60 pessoas.", [("de 40 até 60", 40, 60, "range", None, "pessoas")]),
        # A unit after a day word is an amount; a duration or a count after "fim de" too.
        ("pt", "Com Williams, é todo dia 100%.", [("100%", 100, None, "exact", "%", None)]),
        ("pt", "No fim de 45 minutos.", [("45 minutos", 45, None, "exact", "min", None)]),
        ("en", "On days 5 and 6 we met 20 people.", [("5", 5, None, "exact", None, None),
                                                   ("6", 6, None, "exact", None, None),
                                                   ("20", 20, None, "exact", None, "people")]),
        # After a year, a number far from it or that counts a noun stays an amount.
        ("pt", "Em 1990 e 12 pessoas.", [("12", 12, None, "exact", None, "pessoas")]),
        ("pt", "Em 1998 e 95 pessoas morreram.", [("95", 95, None, "exact", None, "pessoas")]),
        ("en", "In 1990 and 45 days later.", [("45 days", 45, None, "exact", "day", None)]),
        # A label's plural after a number is what it counts.
        ("pt", "Em 10 jogos 3 vitórias.", [("10", 10, None, "exact", None, "jogos"),
                                         ("3", 3, None, "exact", None, "vitórias")]),
        # Currencies of the 1990s press: marks, guilders; and rupees.
        ("pt", "Custou 20 milhões de marcos e 5 mil florins.",
         [("20 milhões de marcos", 20e6, None, "exact", "DEM", None),
          ("5 mil florins", 5000, None, "exact", "NLG", None)]),
        ("en", "It cost 300 rupees and 20 guilders.",
         [("300 rupees", 300, None, "exact", "INR", None), ("20 guilders", 20, None, "exact", "NLG", None)]),
        ("es", "Costó 20 millones de marcos alemanes.",
         [("20 millones de marcos alemanes", 20e6, None, "exact", "DEM", None)]),
        # The last of a list of numbers before a full stop stays an amount.
        ("pt", "Os números foram 1, 2, 3. Depois parou.", [("1", 1, None, "exact", None, None),
                                                        ("2", 2, None, "exact", None, None),
                                                        ("3", 3, None, "exact", None, None)]),
        # Horsepower and bit rates are units.
        ("pt", "Um motor de 150 cv e 512 kbps.", [("150 cv", 150, None, "exact", "hp", None),
                                               ("512 kbps", 512, None, "exact", "kbps", None)]),
        ("en", "A 300 hp engine on a 10 Mbps link.", [("300 hp", 300, None, "exact", "hp", None),
                                                    ("10 Mbps", 10, None, "exact", "Mbps", None)]),
        ("es", "Un motor de 150 caballos de fuerza.",
         [("150 caballos de fuerza", 150, None, "exact", "hp", None)]),
        # Measures whose unit HAREM keeps in the span: carats, yards, pixels, decibels...
        ("pt", "Um anel de 18 quilates a 40 anos-luz e 85 decibéis.",
         [("18 quilates", 18, None, "exact", "ct", None), ("40 anos-luz", 40, None, "exact", "ly", None),
          ("85 decibéis", 85, None, "exact", "dB", None)]),
        ("en", "A 1024 pixels screen, 30 basis points and 5 milligrams.",
         [("1024 pixels", 1024, None, "exact", "px", None), ("30 basis points", 30, None, "exact", "bp", None),
          ("5 milligrams", 5, None, "exact", "mg", None)]),
        ("es", "Corrió 100 yardas con 3000 rpm y 125 cc.",
         [("100 yardas", 100, None, "exact", "yd", None), ("3000 rpm", 3000, None, "exact", "rpm", None),
          ("125 cc", 125, None, "exact", "cm3", None)]),
        # Speeds and accelerations.
        ("pt", "A velocidade de 5 m/s e 9,8 m/s².",
         [("5 m/s", 5, None, "exact", "m/s", None), ("9,8 m/s²", 9.8, None, "exact", "m/s2", None)]),
        ("en", "It flew at 11 km/s.", [("11 km/s", 11, None, "exact", "km/s", None)]),
        ("es", "Cae a 9,8 m/s2.", [("9,8 m/s2", 9.8, None, "exact", "m/s2", None)]),
        # The dot of an abbreviated unit belongs to the span when the sentence goes on in
        # lowercase; a sentence's full stop and the end of a full word do not.
        ("pt", "Digitaliza em 7,5 mseg. por linha e durou 10 min. e pesa 3 kg. Depois 20 anos. e fim.",
         [("7,5 mseg.", 7.5, None, "exact", "ms", None), ("10 min.", 10, None, "exact", "min", None),
          ("3 kg", 3, None, "exact", "kg", None), ("20 anos", 20, None, "exact", "year", None)]),
        ("en", "It took 10 min. or so.", [("10 min.", 10, None, "exact", "min", None)]),
        ("es", "Tardó 10 min. y luego paró.", [("10 min.", 10, None, "exact", "min", None)]),
        # A rate: a unit per a unit of time or area after a slash.
        ("pt", "Produz 12.000 toneladas / ano e paga R$ 500/mês.",
         [("12.000 toneladas / ano", 12000, None, "exact", "t/year", None),
          ("R$ 500/mês", 500, None, "exact", "BRL/month", None)]),
        ("en", "It makes 300 tonnes/year at $20/hour.",
         [("300 tonnes/year", 300, None, "exact", "t/year", None), ("$20/hour", 20, None, "exact", "USD/h", None)]),
        ("es", "Produce 3 toneladas/hectárea y cobra 500 euros/mes.",
         [("3 toneladas/hectárea", 3, None, "exact", "t/ha", None),
          ("500 euros/mes", 500, None, "exact", "EUR/month", None)]),
    ],
)
def test_quantities_keeps_amounts_near_labels_and_dates(quantities, lang, text, expected):
    assert [_compact(q) for q in quantities(text, lang)] == expected


@pytest.mark.parametrize(
    "lang,text",
    [
        ("pt", "Cerca de 20 pessoas, entre 20 e 30 anos, de 5 a 6 km, R$ 500, meio milhão de euros, "
               "dezenas de milhares, -5 graus, 800x600, dois anos e meio, US$ 3 bilhões e mais de duzentos."),
        ("en", "About 20 people, between 20 and 30 years, from 5 to 6 km, $500, half a million euros, "
               "tens of thousands, -5 degrees, 800x600, two and a half years, US$ 3 billion and over two hundred."),
        ("es", "Cerca de 20 personas, entre 20 y 30 años, de 5 a 6 km, US$ 500, medio millón de euros, "
               "decenas de miles, -5 grados, 800x600, dos años y medio, 3 mil millones y más de doscientos."),
    ],
)
def test_quantities_first_word_check_keeps_every_match(lang, text):
    """The pattern's first check (a match begins with a sign, a digit or one of its first
    words) is for speed only: without it the pattern finds the same matches."""
    component = dict(load_nlp(lang).pipeline)["etl_quantities"]
    for pattern, scanned in ((component.pattern, text), (component._pattern_lower, text.lower())):
        unchecked = re.compile(pattern.pattern.replace(component._first_word, "", 1), pattern.flags)
        assert unchecked.pattern != pattern.pattern
        found = [(m.span(), m.groups()) for m in pattern.finditer(scanned)]
        assert len(found) >= 10
        assert found == [(m.span(), m.groups()) for m in unchecked.finditer(scanned)]


def test_quantities_over_a_duration_after_an_amount_is_a_span(quantities):
    found = quantities("Prices rose 10% over three months.", "en")
    assert [_compact(q) for q in found] == [("10%", 10, None, "exact", "%", None),
                                            ("three months", 3, None, "exact", "month", None)]
    found = quantities("It will cost $368 billion over three decades.", "en")
    assert [_compact(q) for q in found] == [("$368 billion", 368e9, None, "exact", "USD", None),
                                            ("three decades", 3, None, "exact", "decade", None)]
    # (not set off from the amount: "the lowest in over two decades" is more than)
    found = quantities("Output fell to 580,000 tonnes, the lowest in over two decades.", "en")
    assert [_compact(q) for q in found] == [("580,000 tonnes", 580000, None, "exact", "t", None),
                                            ("over two decades", 2, None, "more_than", "decade", None)]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # Two amounts with the same scale word are two amounts, not their sum.
        ("es", "Se registraron 3,5 millones y 2 millones de visitantes.",
         [("3,5 millones", 3.5e6, None), ("2 millones", 2e6, "visitantes")]),
        ("pt", "Foram 300 mil e 8 mil pessoas.", [("300 mil", 3e5, None), ("8 mil", 8e3, "pessoas")]),
        # A scale word said twice is read once.
        ("pt", "Custou R$ 1,5 bilhão bilhão.", [("R$ 1,5 bilhão bilhão", 1.5e9, None)]),
        # A smaller scale after "e" is part of one amount.
        ("pt", "São 3 milhões e 200 mil pessoas.", [("3 milhões e 200 mil", 3.2e6, "pessoas")]),
        # Scaled decimals are exact: 4,1 x 10^6 is 4100000, not 4099999.9999999995.
        ("en", "About 4.1 million people.", [("About 4.1 million", 4100000.0, "people")]),
        ("pt", "Cerca de 8,2 milhões.", [("Cerca de 8,2 milhões", 8200000.0, None)]),
    ],
)
def test_quantities_scaled_amounts(quantities, lang, text, expected):
    assert [(q.text, q.value, q.object) for q in quantities(text, lang)] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # Indian money and numbers; Spanish basis points.
        ("en", "The fee rose to Rs 500 per month and the project costs 1,200 crore rupees.",
         [("Rs 500 per month", 500.0, "INR/month"), ("1,200 crore rupees", 1.2e10, "INR")]),
        ("en", "Tickets cost ₹2,000.", [("₹2,000", 2000.0, "INR")]),
        ("es", "Recortó su tasa en 50 puntos base.", [("50 puntos base", 50.0, "bp")]),
        # Rand and Kenyan shillings written with letters ("R2.4bn", "Sh176.58"); "the R2 road" is no sum.
        ("en", "Eskom lost R2.4bn; petrol costs Sh176.58; take the R2 road.",
         [("R2.4bn", 2.4e9, "ZAR"), ("Sh176.58", 176.58, "KES")]),
        # Naira and Philippine pesos too ("N50 million", "P1.8 billion"); "N95 masks" and "P1
        # pupils" are no sums.
        ("en", "A ransom of N50 million; damage of P1.8 billion; N95 masks for P1 pupils.",
         [("N50 million", 5e7, "NGN"), ("P1.8 billion", 1.8e9, "PHP")]),
        ("en", "Each intern is owed Shs2.8 million.", [("Shs2.8 million", 2.8e6, "UGX")]),
        ("en", "Winds of 209 kph and 63.6 US cents.", [("209 kph", 209.0, "km/h"), ("63.6 US cents", 0.636, "USD")]),
        # Wire abbreviations ("bln", "mln") and "pc" for per cent; bolívares.
        ("en", "The war cost $15 bln and 1.2 mln jobs; shares fell 3.6pc.",
         [("$15 bln", 1.5e10, "USD"), ("1.2 mln", 1.2e6, None), ("3.6pc", 3.6, "%")]),
        ("es", "La multa asciende a 5.000 bolívares.", [("5.000 bolívares", 5000.0, "VES")]),
        # "por cada día" makes a rate; "el minuto 25" names a minute, it counts none.
        ("es", "Pierde 1,8 millones de euros por cada día y marcó en el minuto 25.",
         [("1,8 millones de euros por cada día", 1.8e6, "EUR/day")]),
        # An adjective of a rate after the unit: "diarios", "anuais".
        ("es", "Las pérdidas son de 5 millones de dólares diarios.",
         [("5 millones de dólares diarios", 5e6, "USD/day")]),
        ("pt", "Renda de R$ 600 mil anuais.", [("R$ 600 mil anuais", 6e5, "BRL/year")]),
        # Latin American and African currency signs, before or after the number.
        ("es", "Buscaba recaudar RD$122,000 millones.", [("RD$122,000 millones", 1.22e11, "DOP")]),
        ("es", "Costará Q15 millones.", [("Q15 millones", 1.5e7, "GTQ")]),
        ("es", "El diésel cuesta Bs 3,72 por litro.", [("Bs 3,72 por litro", 3.72, "BOB/l")]),
        ("es", "Invirtió G. 8.000 millones.", [("G. 8.000 millones", 8e9, "PYG")]),
        ("es", "El presupuesto es de ₡98.000 millones.", [("₡98.000 millones", 9.8e10, "CRC")]),
        ("en", "The cedi crossed the GH¢14 mark.", [("GH¢14", 14.0, "GHS")]),
        ("pt", "Custava 300 Kz.", [("300 Kz", 300.0, "AOA")]),
        ("pt", "Custou 35 milhões de escudos cabo-verdianos.",
         [("35 milhões de escudos cabo-verdianos", 3.5e7, "CVE")]),
        ("en", "A dose costs 3,000 baht, 10 nautical miles away.", [("3,000 baht", 3000.0, "THB"),
                                                                    ("10 nautical miles", 10.0, "nmi")]),
        # A bare number joined to the next amount shares its unit; an age's partner is an age.
        ("es", "Detuvieron a hombres de 34 y 41 años.", [("34", 34.0, "year"), ("41 años", 41.0, "year")]),
        ("pt", "A corrida vai passar de 200 para 300 kwanzas.",
         [("200", 200.0, "AOA"), ("300 kwanzas", 300.0, "AOA")]),
        ("pt", "A produção passou de 720 mil para mais de 1 milhão de toneladas.",
         [("720 mil", 720000.0, "t"), ("mais de 1 milhão de toneladas", 1e6, "t")]),
        ("pt", "Morreram 3 pessoas e 5 ficaram feridas.", [("3", 3.0, None), ("5", 5.0, None)]),
        ("en", "The men, aged 29 and 34, were held.", [("29", 29.0, "year"), ("34", 34.0, "year")]),
        # Amounts with scale words after "between" are one range; "una veintena" is twenty.
        ("pt", "Cobravam entre 8 mil e 12 mil euros.", [("entre 8 mil e 12 mil euros", 8000.0, "EUR")]),
        # ... and the upper end's further scale word is the lower's too
        ("es", "La obra costó entre 16 mil y 18 mil millones de dólares.",
         [("entre 16 mil y 18 mil millones de dólares", 1.6e10, "USD")]),
        ("es", "Una veintena de personas resultaron heridas.", [("Una veintena", 20.0, None)]),
        ("pt", "Cerca de uma centena de homens armados.", [("Cerca de uma centena", 100.0, None)]),
        # A unit's or a cell block's number names it.
        ("es", "El frente 33 atacó el pabellón 7.", []),
        # A sign of English rates; a margin either way is no sign.
        ("en", "Rates rose from minus 0.5 per cent.", [("minus 0.5 per cent", -0.5, "%")]),
        ("en", "Revenue of $32.5bn, plus or minus 2%.", [("$32.5bn", 3.25e10, "USD"), ("2%", 2.0, "%")]),
        ("en", "Rates are at 5.25-5.5 per cent.", [("5.25-5.5 per cent", 5.25, "%")]),
    ],
)
def test_quantities_more_currencies_and_units(quantities, lang, text, expected):
    assert [(q.text, q.value, q.unit) for q in quantities(text, lang)] == expected


@pytest.mark.parametrize(
    "lang,url,text,expected",
    [
        # Mexican outlets write a decimal point and group thousands with commas.
        ("es", "https://www.eluniversal.com.mx/nacion/x", "Se registraron 30,057 homicidios y 2.5 millones de pesos.",
         [("30,057", 30057.0, None), ("2.5 millones de pesos", 2.5e6, "MXN")]),
        # So does a text that groups thousands with commas and never with points ...
        ("es", None, "Hubo 1,234,567 votos y 30,057 nulos.",
         [("1,234,567", 1234567.0, None), ("30,057", 30057.0, None)]),
        # ... but not one that also writes "1.234.567".
        ("es", None, "El litro cuesta 1,589 euros y hubo 1.234.567 votos.",
         [("1,589 euros", 1.589, "EUR"), ("1.234.567", 1234567.0, None)]),
        # Round hundreds of counted things are no fraction; a score is.
        ("es", "https://elpais.com/x", "Llegaron 1,200 efectivos.", [("1,200", 1200.0, None)]),
        ("pt", None, "Rebeca somou 14,166 pontos e Biles 14,100 pontos.",
         [("14,166", 14.166, None), ("14,100", 14.1, None)]),
        # Spanish with no decimal comma: a decimal point, or groups of three more than once.
        ("es", None, "Hay 1,245 personas en albergues y la inflación fue 1.5%.",
         [("1,245", 1245.0, None), ("1.5%", 1.5, "%")]),
        ("es", None, "Hubo 2,500 heridos y 1,450 detenidos.", [("2,500", 2500.0, None), ("1,450", 1450.0, None)]),
        ("es", "https://www.prensalibre.com/x", "Hay 1,245 personas en albergues.", [("1,245", 1245.0, None)]),
        # "N,D00" before a scale word is thousands anywhere: no one writes 122,000 for 122 or
        # 1,200 for 1.2; "1,25 millones" keeps its decimal comma.
        ("es", None, "Costó 1,000 millones de euros y 2,5 millones más.",
         [("1,000 millones de euros", 1e9, "EUR"), ("2,5 millones", 2.5e6, "EUR")]),
        ("es", None, "Invertirá 1,200 millones de pesos y 1,25 millones de euros.",
         [("1,200 millones de pesos", 1.2e9, "MXN"), ("1,25 millones de euros", 1.25e6, "EUR")]),
        # A small sum in a capital letter is the home outlet's money ("the R2 road" elsewhere is
        # a route); "T$" is the Tongan pa'anga.
        ("en", "https://newsinfo.inquirer.net/x", "The old ceiling was P49.", [("P49", 49.0, "PHP")]),
        ("en", None, "The old ceiling was P49.", []),
        ("en", "https://matangitonga.to/x", "It cost T$1.2 million.", [("T$1.2 million", 1.2e6, "TOP")]),
    ],
)
def test_quantities_number_style_of_the_outlet_and_text(lang, url, text, expected):
    record = extract_record(Article(input_id="t", text=text, language=lang, url=url))
    assert [(q.text, q.value, q.unit) for q in record.quantities] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # Korean won after a scale word or a grouped number; after a small bare count "won" is the verb.
        ("Quelm Semiconductor will invest 3.2 trillion won in a plant.",
         [("3.2 trillion won", 3.2e12, None, "exact", "KRW", None)]),
        ("Tickets cost 15,000 won each.", [("15,000 won", 15000, None, "exact", "KRW", None)]),
        ("Of 10 seats, 7 won by Labour.", [("10", 10, None, "exact", None, "seats")]),
        ("Volumes grew to 598 million kilogrammes.", [("598 million kilogrammes", 598e6, None, "exact", "kg", None)]),
        # "to top" an amount is to pass it; "the top 10" is a rank's count
        ("Exports are expected to top $170 billion.",
         [("to top $170 billion", 170e9, None, "more_than", "USD", None)]),
        ("The top 10 firms paid $5 billion.",
         [("10", 10, None, "exact", None, "firms"), ("$5 billion", 5e9, None, "exact", "USD", None)]),
    ],
)
def test_quantities_english_currencies_units_and_verbs(quantities, text, expected):
    assert [_compact(q) for q in quantities(text, "en")] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # Clock hours are no amounts: two glued "h" hours joined, or an hour of a part of the day
        ("pt", "As transações feitas entre 20h e 6h terão limite.", []),
        ("pt", "O posto abre das 8h às 18h.", []),
        ("es", "La sesión, convocada para las 10 de la mañana, se suspendió.", []),
        # a duration stays one
        ("pt", "A operação durou 20h.", [("20h", 20, None, "exact", "h", None)]),
        ("pt", "O prazo é de 48h.", [("48h", 48, None, "exact", "h", None)]),
    ],
)
def test_quantities_clock_hours(quantities, lang, text, expected):
    assert [_compact(q) for q in quantities(text, lang)] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # One million with its article is no vague amount; the plural is
        ("es", "Las remesas superaron el millón de envíos.",
         [("superaron el millón", 1e6, None, "more_than", None, "envíos")]),
        ("es", "Salieron más de un millón de migrantes.",
         [("más de un millón", 1e6, None, "more_than", None, "migrantes")]),
        ("pt", "Milhões de pessoas saíram.", [("Milhões", 1e6, None, "vague", None, "pessoas")]),
    ],
)
def test_quantities_one_million_with_its_article(quantities, lang, text, expected):
    assert [_compact(q) for q in quantities(text, lang)] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A verb of change and its object before "from X to Y": two amounts, the old and the new
        ("en", "NNPC raised the price from N617 to N897 per litre.",
         [("N617", 617, None, "exact", "NGN", None), ("N897 per litre", 897, None, "exact", "NGN/l", None)]),
        ("pt", "O banco elevou a taxa de 10% para 12%.",
         [("10%", 10, None, "exact", "%", None), ("12%", 12, None, "exact", "%", None)]),
        # with no verb of change it is a range
        ("en", "Prices ranged from N617 to N897.", [("from N617 to N897", 617, 897, "range", "NGN", None)]),
        # a second change of the same verb after "y/and"
        ("es", "La tasa pasará de 3 a 5 euros en los hoteles y de 2 a 4 euros en los pisos.",
         [("3", 3, None, "exact", "EUR", None), ("5 euros", 5, None, "exact", "EUR", None),
          ("2", 2, None, "exact", "EUR", None), ("4 euros", 4, None, "exact", "EUR", None)]),
        ("es", "Los precios van de 2 a 4 euros y de 5 a 8 euros.",
         [("de 2 a 4 euros", 2, 4, "range", "EUR", None), ("de 5 a 8 euros", 5, 8, "range", "EUR", None)]),
        # "passar de X para cerca de Y" is a change; a compared amount "previstas" is exact
        ("pt", "Deve passar de 1,1 milhão para cerca de 2 milhões.",
         [("1,1 milhão", 1100000, None, "exact", None, None),
          ("cerca de 2 milhões", 2000000, None, "about", None, None)]),
        ("pt", "Exportou 215 mil toneladas, abaixo das 240 mil toneladas previstas.",
         [("215 mil toneladas", 215000, None, "exact", "t", None),
          ("240 mil toneladas", 240000, None, "exact", "t", None)]),
        # a floor: "no bajan de"
        ("es", "Los pisos no bajan de 30 grados.", [("no bajan de 30 grados", 30, None, "at_least", "°", None)]),
        ("es", "La cosecha no bajará de 200 toneladas.",
         [("no bajará de 200 toneladas", 200, None, "at_least", "t", None)]),
        ("pt", "Uma pena não inferior a 5 anos.", [("não inferior a 5 anos", 5, None, "at_least", "year", None)]),
        # "passou de" is more than, unless a change follows ("para")
        ("pt", "As transferências passaram de R$ 20 bilhões.",
         [("passaram de R$ 20 bilhões", 20000000000, None, "more_than", "BRL", None)]),
        ("pt", "A taxa passou de 10% para 12%.",
         [("10%", 10, None, "exact", "%", None), ("12%", 12, None, "exact", "%", None)]),
        # from one amount up to another: both exact, in the second's unit; a verb of going up to
        ("es", "Elevará la producción desde los 24 hasta los 40 hectómetros cúbicos.",
         [("24", 24, None, "exact", "hm3", None), ("40 hectómetros cúbicos", 40, None, "exact", "hm3", None)]),
        ("en", "The toll will go up to Sh1,800.", [("Sh1,800", 1800, None, "exact", "KES", None)]),
        # hours written in words are no amounts
        ("es", "Entre las dos y las seis de la mañana hubo 14 despegues.",
         [("14", 14, None, "exact", None, "despegues")]),
        # a leading zero's point is a decimal point; "as long as" is a ceiling
        ("es", "El agua tiene 0.025 miligramos por litro.",
         [("0.025 miligramos por litro", 0.025, None, "exact", "mg/l", None)]),
        ("en", "It takes as long as five days.", [("as long as five days", 5, None, "at_most", "day", None)]),
        # a vague amount after "and" is another amount
        ("en", "It costs $3.4bn and tens of millions of dollars a year.",
         [("$3.4bn", 3400000000, None, "exact", "USD", None),
          ("tens of millions of dollars a year", 10000000, None, "vague", "USD/year", None)]),
        # a modifier written before or after ("como mínimo"); a day is no object
        ("es", "Cuesta 1.000 dólares como mínimo.",
         [("1.000 dólares como mínimo", 1000, None, "at_least", "USD", None)]),
        ("pt", "Serão no mínimo 20 km.", [("no mínimo 20 km", 20, None, "at_least", "km", None)]),
        ("en", "There were 73 yesterday.", [("73", 73, None, "exact", None, None)]),
        # what is counted stops at a future verb or a preposition; an amount of a year compared with is exact
        ("pt", "Os cerca de 1.100 funcionários da companhia terão estabilidade.",
         [("cerca de 1.100", 1100, None, "about", None, "funcionários da companhia")]),
        ("es", "Hay 14 equipos de perforación activos durante todo el año.",
         [("14", 14, None, "exact", None, "equipos de perforación activos")]),
        ("es", "El déficit cerró en el 3,1 %, por debajo del 3,6 % de 2023.",
         [("3,1 %", 3.1, None, "exact", "%", None), ("3,6 %", 3.6, None, "exact", "%", None)]),
        # a "b" glued to a number is billions after money only; the peso sign
        ("en", "It costs between $1.3b and $1.9b a year.",
         [("between $1.3b and $1.9b a year", 1300000000, 1900000000, "range", "USD/year", None)]),
        ("en", "Take the 2b bus.", []),
        ("en", "It cost about ₱2.8 million.", [("about ₱2.8 million", 2800000, None, "about", "PHP", None)]),
        ("en", "It got 1,226 Category B certificates.",
         [("1,226", 1226, None, "exact", None, "Category B certificates")]),
        # a part of a whole counts what the whole counts
        ("en", "Three of the 164 passengers were hurt.",
         [("Three", 3, None, "exact", None, "passengers"), ("164", 164, None, "exact", None, "passengers")]),
        ("pt", "Dois dos 40 presos fugiram.",
         [("Dois", 2, None, "exact", None, "presos"), ("40", 40, None, "exact", None, "presos")]),
        ("es", "Tres de los 20 heridos siguen graves.",
         [("Tres", 3, None, "exact", None, "heridos"), ("20", 20, None, "exact", None, "heridos")]),
    ],
)
def test_quantities_change_of_an_object(quantities, lang, text, expected):
    assert [_compact(q) for q in quantities(text, lang)] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # After a multiplier "y un" opens the next noun phrase; "treinta y un" and "y quinientos mil" count
        ("es", "La estatal ofreció $18,5 millones y un reajuste.",
         [("$18,5 millones", 18.5e6, None, "exact", "USD", None)]),
        ("es", "Tiene treinta y un años.", [("treinta y un años", 31, None, "exact", "year", None)]),
        ("es", "Son dos millones y quinientos mil.",
         [("dos millones y quinientos mil", 2.5e6, None, "exact", None, None)]),
        ("pt", "Custou mil e quinhentos reais.", [("mil e quinhentos reais", 1500, None, "exact", "BRL", None)]),
    ],
)
def test_quantities_article_after_a_multiplier(quantities, lang, text, expected):
    assert [_compact(q) for q in quantities(text, lang)] == expected


def test_quantities_bangladeshi_taka(quantities):
    assert [_compact(q) for q in quantities("The wage was raised to Tk 23,000.", "en")] == [
        ("Tk 23,000", 23000, None, "exact", "BDT", None)]


def test_quantities_mexican_menor_a(quantities):
    assert [_compact(q) for q in quantities("Prevén un avance menor a 1.5 por ciento.", "es")] == [
        ("menor a 1.5 por ciento", 1.5, None, "less_than", "%", None)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Os bilhetes vão custar a partir de 780 euros.",
         [("a partir de 780 euros", 780, None, "at_least", "EUR", None)]),
        ("O ONS pediu atenção ao ar-condicionado entre 14h e 18h.", []),
    ],
)
def test_quantities_from_a_price_and_clock_spans(quantities, text, expected):
    assert [_compact(q) for q in quantities(text, "pt")] == expected


def test_quantities_dollar_sign_of_a_colombian_outlet():
    """The outlets table gives El Colombiano its country, and the "$" of its stories is the peso."""
    text = "El precio de la carga de café se ubicó en $2.415.000."
    record = extract_record(Article(input_id="t", text=text, language="es",
                                    url="https://www.elcolombiano.com/negocios/precio-cafe-LM25471100"))
    assert [(q.text, q.value, q.unit) for q in record.quantities] == [("$2.415.000", 2415000.0, "COP")]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # "1m naira": millions of the money named after; a phase's number counts nothing.
        ("en", "A reward of 1m naira was offered.", [("1m naira", 1000000.0, None, "exact", "NGN", None)]),
        ("en", "The phase 3 trials enrolled 4,000 volunteers.",
         [("4,000", 4000.0, None, "exact", None, "volunteers")]),
        ("pt", "Os resultados da fase 3 divulgados ontem.", []),
        # São Tomé's dobras; an estimate's adjective before "de".
        ("pt", "O tribunal ordenou a devolução de 61 milhões de dobras.",
         [("61 milhões de dobras", 61000000.0, None, "exact", "STN", None)]),
        ("es", "El ensayo tendrá un costo aproximado de $ 14 millones.",
         [("aproximado de $ 14 millones", 14000000.0, None, "about", "USD", None)]),
        # An adverb that ends like a plural is no part of what is counted; the day after a weekday is the date's.
        ("es", "El club quiere tres refuerzos antes del lunes.", [("tres", 3.0, None, "exact", None, "refuerzos")]),
        ("pt", "Os dados saem nesta quinta-feira, 28.", []),
    ],
)
def test_quantities_money_phases_and_estimates(quantities, lang, text, expected):
    assert [_compact(q) for q in quantities(text, lang)] == expected


def test_quantities_dollar_of_a_jamaican_outlet_is_the_jamaican_dollar():
    article = Article(input_id="x", text="The court ordered the forfeiture of $41.5 million.", language="en",
                      url="https://jamaica-gleaner.com/article/news/20250221/court.html")
    assert [(q.text, q.unit) for q in extract_record(article).quantities] == [("$41.5 million", "JMD")]


def test_quantities_pence_are_hundredths_of_a_pound(quantities):
    assert [_compact(q) for q in quantities("Shares fell to 612 pence.", "en")] == \
        [("612 pence", 6.12, None, "exact", "GBP", None)]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A negative subject makes a verb of exceeding an upper bound.
        ("es", "Ninguno de los candidatos superó el 4% de los votos.",
         [("superó el 4%", 4.0, None, "at_most", "%", "votos")]),
        # A comparison keeps its modifier before a date ("passado" is no participle of the amount).
        ("pt", "O índice de acerto foi superior a 90% no ano passado.",
         [("superior a 90%", 90.0, None, "more_than", "%", None)]),
        # ...but not in a clause of its own after it.
        ("es", "Nadie sabe por qué la obra costó más de 3 mil millones de pesos.",
         [("más de 3 mil millones de pesos", 3e9, None, "more_than", "MXN", None)]),
        ("pt", "Os prejuízos já passam de R$ 500 milhões.",
         [("já passam de R$ 500 milhões", 500000000.0, None, "more_than", "BRL", None)]),
        # A street's number names it.
        ("es", "La sede está a dos cuadras de la avenida 68.", [("dos", 2.0, None, "exact", None, "cuadras")]),
    ],
)
def test_quantities_negative_subjects_and_street_numbers(quantities, lang, text, expected):
    assert [_compact(q) for q in quantities(text, lang)] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # Hours after "las/as" count nothing; a change "de X a Y" with a future verb is two amounts.
        ("es", "Las mesas abren el sábado entre las 9 y las 19.", []),
        ("pt", "As urnas abrem entre as 8 e as 17, e as 12 vítimas foram identificadas.",
         [("12", 12.0, None, "exact", None, "vítimas")]),
        ("es", "El salario subirá de RD$14,790 a RD$17,600.",
         [("RD$14,790", 14790.0, None, "exact", "DOP", None), ("RD$17,600", 17600.0, None, "exact", "DOP", None)]),
    ],
)
def test_quantities_clock_hours_and_future_changes(quantities, lang, text, expected):
    assert [_compact(q) for q in quantities(text, lang)] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A rate per second, and per hour after a conversion in brackets.
        ("es", "El consumo bajó a 16,2 metros cúbicos por segundo.",
         [("16,2 metros cúbicos por segundo", 16.2, None, "exact", "m3/s", None)]),
        ("en", "Winds of 185 kilometers (115 miles) per hour were recorded.",
         [("185 kilometers", 185.0, None, "exact", "km/h", None), ("115 miles", 115.0, None, "exact", "mi/h", None)]),
        # "casi al 95%" is almost; "el hito 15" names a border marker.
        ("es", "La planta opera casi al 95% de su capacidad.", [("casi al 95%", 95.0, None, "almost", "%", None)]),
        ("es", "Los migrantes cruzan cerca del hito 15.", []),
    ],
)
def test_quantities_rates_per_second_and_markers(quantities, lang, text, expected):
    assert [_compact(q) for q in quantities(text, lang)] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A price per gallon, night, person or head; after a number alone "noches" is counted.
        ("es", "La gasolina cuesta 3,50 dólares por galón y el hotel 120 euros por noche; se quedan tres noches.",
         [("3,50 dólares por galón", 3.5, None, "exact", "USD/gal", None),
          ("120 euros por noche", 120.0, None, "exact", "EUR/night", None),
          ("tres", 3.0, None, "exact", None, "noches")]),
        ("pt", "O jantar sai a R$ 80 por pessoa e o boi a R$ 300 por cabeça; o diesel, R$ 20 por galão.",
         [("R$ 80 por pessoa", 80.0, None, "exact", "BRL/person", None),
          ("R$ 300 por cabeça", 300.0, None, "exact", "BRL/head", None),
          ("R$ 20 por galão", 20.0, None, "exact", "BRL/gal", None)]),
        ("en", "Rooms cost $120 a night and the mill shipped 20,000 short tons.",
         [("$120 a night", 120.0, None, "exact", "USD/night", None),
          ("20,000 short tons", 18143.7, None, "exact", "t", None)]),
    ],
)
def test_quantities_prices_per_gallon_night_person_and_short_tons(quantities, lang, text, expected):
    assert [_compact(q) for q in quantities(text, lang)] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # After digits and a multiplier, a number word with no "and" starts something else.
        ("en", "Exports fell from Rs 2,100 crore two years earlier; sales hit $5 million three years later.",
         [("Rs 2,100 crore", 21000000000.0, None, "exact", "INR", None),
          ("two years", 2.0, None, "exact", "year", None), ("$5 million", 5000000.0, None, "exact", "USD", None),
          ("three years", 3.0, None, "exact", "year", None)]),
        # Cents of a named currency, and rates per quintal and per hectare.
        ("en", "Roses fetched between 35 and 40 euro cents; growers get Rs 4,000 per quintal, Rs 50,000 per hectare.",
         [("between 35 and 40 euro cents", 0.35, 0.4, "range", "EUR", None),
          ("Rs 4,000 per quintal", 4000.0, None, "exact", "INR/quintal", None),
          ("Rs 50,000 per hectare", 50000.0, None, "exact", "INR/ha", None)]),
        ("es", "La gasolina subió 12 céntimos de euro y el maíz 30 centavos de dólar por bushel.",
         [("12 céntimos de euro", 0.12, None, "exact", "EUR", None),
          ("30 centavos de dólar por bushel", 0.3, None, "exact", "USD/bu", None)]),
    ],
)
def test_quantities_number_words_after_scaled_amounts_and_cents(quantities, lang, text, expected):
    assert [_compact(q) for q in quantities(text, lang)] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A fraction of a whole, with its modifier and what it is of; not a count of "quartos".
        ("pt", "Já colheu três quartos da área e mais de um terço do milho.",
         [("três quartos", 0.75, None, "exact", "fraction", "área"),
          ("mais de um terço", 0.333333333333, None, "more_than", "fraction", "milho")]),
        # A Portuguese "quarto" with no article after "de" is a room.
        ("pt", "Alugou um apartamento de três quartos de luxo.",
         [("três", 3.0, None, "exact", None, "quartos de luxo")]),
        ("es", "Dos tercios de los agricultores perdieron tres cuartas partes de la cosecha.",
         [("Dos tercios", 0.666666666667, None, "exact", "fraction", "agricultores"),
          ("tres cuartas partes", 0.75, None, "exact", "fraction", "cosecha")]),
        ("en", "About two-thirds of the farmers lost a quarter of the crop.",
         [("About two-thirds", 0.666666666667, None, "about", "fraction", "farmers"),
          ("a quarter", 0.25, None, "exact", "fraction", "crop")]),
        # A building's quarters are rooms; "quarto dos fundos" is a back room.
        ("pt", "Anunciou três quartos da casa e um quarto dos fundos.",
         [("três", 3.0, None, "exact", None, "quartos da casa")]),
        # With no whole after it, a fraction needs a bound or "by" before it; "half" in English too.
        ("en", "Output fell by more than a quarter in Ghana and by half in Kerala; half of the farmers quit, "
               "in the first half of the year.",
         [("more than a quarter", 0.25, None, "more_than", "fraction", None),
          ("half", 0.5, None, "exact", "fraction", None), ("half", 0.5, None, "exact", "fraction", "farmers")]),
        # "Half a" measures; a half named by its side or order is a part.
        ("en", "Rates fell by half a percentage point across the southern half of the country.", []),
        ("es", "El café superó los 3 dólares por libra.", [("superó los 3 dólares por libra", 3.0, None, "more_than",
                                                           "USD/lb", None)]),
        # What an owner has is the whole: the output, the trade.
        ("en", "It makes roughly a third of Quelland's total output and 30% of the country's trade.",
         [("roughly a third", 0.333333333333, None, "about", "fraction", "total output"),
          ("30%", 30.0, None, "exact", "%", "trade")]),
    ],
)
def test_quantities_fractions_of_a_whole(quantities, lang, text, expected):
    assert [_compact(q) for q in quantities(text, lang)] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # Malaysian ringgit, with "mil" for millions; Bolivia's "$us" is the US dollar.
        ("en", "The state will allocate RM600mil, and each household gets RM1,000.",
         [("RM600mil", 600000000.0, None, "exact", "MYR", None), ("RM1,000", 1000.0, None, "exact", "MYR", None)]),
        ("es", "La estatal firmó un contrato por $us 1.030 millones.",
         [("$us 1.030 millones", 1030000000.0, None, "exact", "USD", None)]),
    ],
)
def test_quantities_ringgit_and_bolivian_dollars(quantities, lang, text, expected):
    assert [_compact(q) for q in quantities(text, lang)] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # "longer than" is more than; "máximo de" is at most; a petrol grade is no amount.
        ("en", "The strike has lasted longer than 18 months.",
         [("longer than 18 months", 18.0, None, "more_than", "month", None)]),
        ("es", "El juez dio un plazo máximo de 15 días.", [("máximo de 15 días", 15.0, None, "at_most", "day", None)]),
        # ... and so its feminine; "mínimo/mínima de" is at least; "por sobre los" is more than.
        ("es", "Las consultas, de una duración máxima de 30 días, comienzan ya.",
         [("máxima de 30 días", 30.0, None, "at_most", "day", None)]),
        ("pt", "Exige uma caução mínima de 200 euros.",
         [("mínima de 200 euros", 200.0, None, "at_least", "EUR", None)]),
        ("es", "El cobre podría subir por sobre los US$ 9.500.",
         [("por sobre los US$ 9.500", 9500.0, None, "more_than", "USD", None)]),
        # "bajo el" and "baja del" are less than, but "bajó del 12 % al 10 %" is a change
        ("es", "La humedad bajo el 30 % avivó el fuego.", [("bajo el 30 %", 30.0, None, "less_than", "%", None)]),
        ("es", "El paro bajó del 12 % al 10 %.",
         [("12 %", 12.0, None, "exact", "%", None), ("10 %", 10.0, None, "exact", "%", None)]),
        ("pt", "O número passou de 117 mil em 2018 para 800 mil em 2022.",
         [("117 mil", 117000.0, None, "exact", None, None), ("800 mil", 800000.0, None, "exact", None, None)]),
        ("pt", "O litro da gasolina simples 95 subiu 2 cêntimos.", [("2 cêntimos", 0.02, None, "exact", "EUR", None)]),
    ],
)
def test_quantities_longer_than_maximum_and_fuel_grades(quantities, lang, text, expected):
    assert [_compact(q) for q in quantities(text, lang)] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A negated verb a few words before "more than" makes it at most; not across "whether/que".
        ("pt", "Os medicamentos não poderão ter aumento superior a 2,5%.",
         [("superior a 2,5%", 2.5, None, "at_most", "%", None)]),
        ("en", "Police did not say whether more than 30 people died.",
         [("more than 30", 30.0, None, "more_than", None, "people")]),
        # Verbs of nearing in the future and conditional are "about".
        ("pt", "A indemnização rondará os 60 mil euros.",
         [("rondará os 60 mil euros", 60000.0, None, "about", "EUR", None)]),
        ("es", "La obra rondaría los 600 millones de pesos.",
         [("rondaría los 600 millones de pesos", 600000000.0, None, "about", "MXN", None)]),
        # A range whose end is a date's day is the first amount alone.
        ("pt", "O clube ofereceu 25 milhões a 9 de julho.", [("25 milhões", 25000000.0, None, "exact", None, None)]),
        # "até 30." in a story of today is a count, not 1930.
        ("pt", "As celas recebem até 30.", [("até 30", 30.0, None, "at_most", None, None)]),
    ],
)
def test_quantities_negated_verbs_nearing_and_date_ends(quantities, lang, text, expected):
    assert [_compact(q) for q in quantities(text, lang)] == expected


def test_quantities_a_clock_reading_before_hora_is_no_duration(quantities):
    assert [_compact(q) for q in quantities("El lanzamiento fue a las 10.34 hora local (15.34 hora de Chile).",
                                            "es")] == []
    assert [_compact(q) for q in quantities("El vuelo duró 12,5 horas.", "es")] == [
        ("12,5 horas", 12.5, None, "exact", "h", None)]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A bound written after the number.
        ("en", "A recount is due when the margin is 0.5% or less.",
         [("0.5% or less", 0.5, None, "at_most", "%", None)]),
        ("en", "About 2.5 million Kenyans aged 15 and above smoke.",
         [("About 2.5 million", 2500000.0, None, "about", None, "Kenyans"),
          ("15 and above", 15.0, None, "at_least", "year", None)]),
        # Not a bound when another amount follows: "y más de 9 millones".
        ("es", "Suma unos 210.000 millones de euros y más de 9 millones de clientes.",
         [("unos 210.000 millones de euros", 210000000000.0, None, "about", "EUR", None),
          ("más de 9 millones", 9000000.0, None, "more_than", None, "clientes")]),
        # Shillings are Kenya's unless the story is another country's.
        ("en", "The government released 320 million shillings.",
         [("320 million shillings", 320000000.0, None, "exact", "KES", None)]),
    ],
)
def test_quantities_bounds_after_the_number_and_shillings(quantities, lang, text, expected):
    assert [_compact(q) for q in quantities(text, lang)] == expected


def test_quantities_hyphenated_measures(quantities):
    assert [_compact(q) for q in quantities("It applied for a 120-megawatt link and a 2,000-acre farm.", "en")] == [
        ("120-megawatt", 120.0, None, "exact", "MW", None), ("2,000-acre", 2000.0, None, "exact", "acre", None)]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # "passar de" is "more than" unless a second amount says a change; "cercanos a" is "about".
        ("pt", "As penas somadas podem passar de 20 anos.",
         [("passar de 20 anos", 20.0, None, "more_than", "year", None)]),
        ("pt", "As temperaturas não passam dos 28 graus.", [("passam dos 28 graus", 28.0, None, "at_most", "°", None)]),
        ("pt", "A taxa passa de 12% para 15% em janeiro.",
         [("12%", 12.0, None, "exact", "%", None), ("15%", 15.0, None, "exact", "%", None)]),
        ("es", "El cobre cotiza cercano a US$4,5 por libra y los precios cercanos a US$5.",
         [("cercano a US$4,5 por libra", 4.5, None, "about", "USD/lb", None),
          ("cercanos a US$5", 5.0, None, "about", "USD", None)]),
        # A change verb with a longer object before "de X a Y": two amounts, no range.
        ("es", "El proyecto eleva la tasa máxima de las regalías mineras de 12% a 15%.",
         [("12%", 12.0, None, "exact", "%", None), ("15%", 15.0, None, "exact", "%", None)]),
        ("es", "Se esperan de 200 a 350 personas.", [("de 200 a 350", 200.0, 350.0, "range", None, "personas")]),
        # A small sum in letter money after a price word is a sum ("the R2" stays a road).
        ("en", "The levy rose from Sh30 to Sh100.",
         [("Sh30", 30.0, None, "exact", "KES", None), ("Sh100", 100.0, None, "exact", "KES", None)]),
        ("en", "Take the R2 to Durban.", []),
    ],
)
def test_quantities_passing_nearing_and_changes(quantities, lang, text, expected):
    assert [_compact(q) for q in quantities(text, lang)] == expected


def test_quantities_jamaican_dollars_and_kina(quantities):
    found = quantities("It allocated J$1.2 billion and needs another 120 million kina.", "en")
    assert [(q.text, q.value, q.unit) for q in found] == [
        ("J$1.2 billion", 1200000000.0, "JMD"), ("120 million kina", 120000000.0, "PGK")]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("es", "Una línea de 400 kilovoltios perdió mil 850 megawatts.",
         [("400 kilovoltios", 400.0, None, "exact", "kV", None),
          ("mil 850 megawatts", 1850.0, None, "exact", "MW", None)]),
        ("en", "The court ordered costs of 85m kwacha.", [("85m kwacha", 85000000.0, None, "exact", "ZMW", None)]),
        ("es", "Fuentes señalaron a 20minutos que no.", []),
        ("en", "The mercury crossed 46 degrees Celsius.",
         [("crossed 46 degrees Celsius", 46.0, None, "more_than", "°C", None)]),
        ("en", "Migrants crossed 12 rivers.", [("12", 12.0, None, "exact", None, "rivers")]),
    ],
)
def test_quantities_power_kwacha_glued_names_and_crossing(quantities, lang, text, expected):
    assert [_compact(q) for q in quantities(text, lang)] == expected


def test_quantities_a_multiplier_after_a_coded_amount_is_no_million(quantities):
    assert [q.text for q in quantities("It allocated K40 million, and a million people marched.", "en")] == [
        "K40 million", "a million"]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("en", "The median price is now approaching €500,000.",
         [("approaching €500,000", 500000.0, None, "almost", "EUR", None)]),
        ("en", "The figure is closer to 200.", [("closer to 200", 200.0, None, "about", None, None)]),
        ("en", "Most patients were younger than 65.", [("younger than 65", 65.0, None, "less_than", None, None)]),
        # A currency's code before its amount is no organisation, and the "R2" road is no sum.
        ("en", "It costs MWK 40 billion.", [("MWK 40 billion", 40000000000.0, None, "exact", "MWK", None)]),
        ("en", "The R2 road was closed and a K9 unit searched it near COP28.", []),
    ],
)
def test_quantities_nearing_comparisons_and_codes(quantities, lang, text, expected):
    assert [_compact(q) for q in quantities(text, lang)] == expected


def test_quantities_hyphenated_units_before_their_noun(quantities):
    assert [(q.text, q.unit) for q in quantities("A 50-kilogramme bag moved along a 400-kilovolt line.", "en")] == [
        ("50-kilogramme", "kg"), ("400-kilovolt", "kV")]


def test_quantities_raised_to_a_level_is_no_upper_bound(quantities):
    assert [(q.text, q.modifier) for q in quantities("El banco ha elevado hasta el 3,1% su previsión.", "es")] == [
        ("3,1%", "exact")]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A collective numeral is approximate on its own; with a modifier the modifier says.
        ("es", "Una veintena de carreteras y un centenar de vecinos.",
         [("Una veintena", 20.0, None, "about", None, "carreteras"),
          ("un centenar", 100.0, None, "about", None, "vecinos")]),
        ("pt", "Uma dezena de feridos e meia centena de casas.",
         [("Uma dezena", 10.0, None, "about", None, "feridos"), ("meia centena", 50.0, None, "about", None, "casas")]),
        ("pt", "Há mais de uma centena de desalojados.",
         [("mais de uma centena", 100.0, None, "more_than", None, "desalojados")]),
        # The currency named after the amount is the dollar sign's: "$150 million tala"; "Nu" is
        # Bhutan's ngultrum.
        ("en", "The Government has spent $150 million tala on it.",
         [("$150 million tala", 150000000.0, None, "exact", "WST", None)]),
        ("en", "Its cost rose from Nu 37.78 billion to more than Nu 93 billion.",
         [("Nu 37.78 billion", 37780000000.0, None, "exact", "BTN", None),
          ("more than Nu 93 billion", 93000000000.0, None, "more_than", "BTN", None)]),
        # the UAE dirham, hyphenated kilometres, reservoirs in cubic hectometres
        ("en", "Deals worth Dh96.7 billion ran on the 21.3-km line.",
         [("Dh96.7 billion", 96700000000.0, None, "exact", "AED", None), ("21.3-km", 21.3, None, "exact", "km", None)]),
        ("pt", "A central vai produzir 16 hectómetros cúbicos.",
         [("16 hectómetros cúbicos", 16.0, None, "exact", "hm3", None)]),
        # a perfect of exceeding, negated: at most
        ("es", "Su producción no ha superado las 2.000 toneladas.",
         [("ha superado las 2.000 toneladas", 2000.0, None, "at_most", "t", None)]),
    ],
)
def test_quantities_collective_numerals_and_pacific_money(quantities, lang, text, expected):
    assert [_compact(q) for q in quantities(text, lang)] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # a label word as a verb: the number counts the plural noun after an adjective
        ("en", "The ministry is building 40 new classrooms in Gulu.", [("40", 40.0, "new classrooms")]),
        ("en", "Its target is building 1.2 million new homes.", [("1.2 million", 1200000.0, "new homes")]),
    ],
)
def test_quantities_a_count_after_a_label_verb(quantities, lang, text, expected):
    assert [(q.text, q.value, q.object) for q in quantities(text, lang)] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # the first level of a change takes the second's scale and object ("de 9 para 12 milhões")
        ("pt", "A obra leva o terminal de 9 para 12 milhões de passageiros.",
         [("9", 9e6, "passageiros"), ("12 milhões", 12e6, "passageiros")]),
        ("en", "Capacity will rise from 9 to 12 million passengers.",
         [("9", 9e6, "passengers"), ("12 million", 12e6, "passengers")]),
        ("pt", "O preço passou de 9 para 12 euros.", [("9", 9.0, None), ("12 euros", 12.0, None)]),
    ],
)
def test_quantities_a_change_shares_its_scale(quantities, lang, text, expected):
    found = quantities(text, lang)
    assert [(q.text, q.value, q.object) for q in found] == expected
    for q in found:  # built by copying: still a valid Quantity, its object's evidence included
        assert Quantity.model_validate(q.model_dump()) == q


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # Both ends with "mil milhões": a range, not 1,500,002,000.
        ("pt", "As propostas avaliam a companhia entre 1,5 mil milhões e 2 mil milhões de euros.",
         [("entre 1,5 mil milhões e 2 mil milhões de euros", 1.5e9, 2e9, "range", "EUR", None)]),
        # Digits after the shared "mil" scale nothing: 2,000 to 2,500.
        ("es", "Costará entre 2 mil y 2 mil 500 pesos.",
         [("entre 2 mil y 2 mil 500 pesos", 2000.0, 2500.0, "range", "MXN", None)]),
        # "no convencional" is an adjective, no negated verb.
        ("es", "El crudo no convencional ya representa más del 55% de la producción.",
         [("más del 55%", 55.0, None, "more_than", "%", "producción")]),
        ("es", "La presa apenas rebasa el 6 por ciento de su capacidad.",
         [("rebasa el 6 por ciento", 6.0, None, "more_than", "%", None)]),
        ("pt", "A adesão não terá ultrapassado os 40%.",
         [("terá ultrapassado os 40%", 40.0, None, "at_most", "%", None)]),
        # "over" a time something is spread across is during it; a time that lasts is more than it.
        ("en", "The funds will be transferred over three days.", [("three days", 3.0, None, "exact", "day", None)]),
        ("en", "The strike lasted over three days.", [("over three days", 3.0, None, "more_than", "day", None)]),
        # Estimates are approximate.
        ("en", "Counting stopped with 38,000 of the estimated 52,000 ballot papers counted.",
         [("38,000", 38000.0, None, "exact", None, "ballot papers"),
          ("the estimated 52,000", 52000.0, None, "about", None, "ballot papers")]),
        ("pt", "As poupanças, estimadas em 450 mil milhões de kwanzas, serão canalizadas.",
         [("estimadas em 450 mil milhões de kwanzas", 4.5e11, None, "about", "AOA", None)]),
    ],
)
def test_quantities_ranges_negations_and_estimates(quantities, lang: str, text: str, expected: list[tuple]) -> None:
    assert [_compact(q) for q in quantities(text, lang)] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # Numbered sections name things, singular or plural.
        ("es", "Las obras de los tramos 5, 6 y 7 siguen; el tramo 4 está listo.", []),
        # A decade joined by a hyphen is a span, as "30-year" is.
        ("en", "Rates fell from a two-decade high.", [("two-decade", 2.0, None, "exact", "decade", None)]),
    ],
)
def test_quantities_sections_and_hyphenated_decades(quantities, lang: str, text: str, expected: list[tuple]) -> None:
    assert [_compact(q) for q in quantities(text, lang)] == expected


@pytest.mark.parametrize(
    "lang,text",
    [
        # Both terms of a ratio count nothing.
        ("es", "En la encuesta, ocho de cada diez docentes afirmaron haber sufrido mareos."),
        ("en", "Here, one in every 35 people on the list has waited that long."),
    ],
)
def test_quantities_ratios_count_nothing(quantities, lang: str, text: str) -> None:
    assert quantities(text, lang) == []


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("pt", "A reitoria estima que o investimento ronde os 42 milhões de euros.",
         [("ronde os 42 milhões de euros", 42e6, None, "about", "EUR", None)]),
        ("pt", "Os limites variam entre 25 e 35 nós consoante a direcção do vento.",
         [("entre 25 e 35 nós", 25.0, 35.0, "range", "kn", None)]),
    ],
)
def test_quantities_subjunctive_about_and_knots(quantities, lang: str, text: str, expected: list[tuple]) -> None:
    assert [_compact(q) for q in quantities(text, lang)] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("en", "Nevada will lose 21,000 acre-feet of river water next year.",
         [("21,000 acre-feet", 21000.0, None, "exact", "acre-ft", "river water")]),
        ("es", "Cada hogar consume 150 kilovatios hora al mes.",
         [("150 kilovatios hora al mes", 150.0, None, "exact", "kWh/month", None)]),
        # A union local's number names it.
        ("en", "Local 502 president Harjit Quell said the talks had failed.", []),
    ],
)
def test_quantities_acre_feet_kilowatt_hours_and_locals(quantities, lang: str, text: str,
                                                         expected: list[tuple]) -> None:
    assert [_compact(q) for q in quantities(text, lang)] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # What a unit measures follows it with "de/of"; not a time, a name or a distance from a place.
        ("pt", "A Quelvale produziu 80 milhões de toneladas de minério.",
         [("80 milhões de toneladas", 80_000_000.0, None, "exact", "t", "minério")]),
        ("pt", "O fogo consumiu 86% da área.", [("86%", 86.0, None, "exact", "%", "área")]),
        ("es", "La bodega vendió 1,8 millones de hectolitros de vino.",
         [("1,8 millones de hectolitros", 1_800_000.0, None, "exact", "hl", "vino")]),
        ("en", "About 40% of the area burned.", [("About 40%", 40.0, None, "about", "%", "area")]),
        ("pt", "O lucro de 73 milhões de euros do ano anterior.",
         [("73 milhões de euros", 73_000_000.0, None, "exact", "EUR", None)]),
        ("pt", "Ele foi condenado a 3 anos de prisão.", [("3 anos", 3.0, None, "exact", "year", None)]),
        ("en", "Up to 80 percent of Quelby City lost power.", [("Up to 80 percent", 80.0, None, "at_most", "%", None)]),
        ("pt", "A cidade fica a quase 200 km da linha da frente.",
         [("quase 200 km", 200.0, None, "almost", "km", None)]),
        ("pt", "São mais de 1.100 quilômetros de rodovias.",
         [("mais de 1.100 quilômetros", 1100.0, None, "more_than", "km", "rodovias")]),
    ],
)
def test_quantities_what_a_unit_measures(quantities: Callable[..., list[Quantity]], lang: str, text: str,
                                         expected: list[tuple]) -> None:
    assert [(q.text, q.value, q.value_max, q.modifier, q.unit, q.object) for q in quantities(text, lang)] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A price's unit after the bare article is what it is paid per; a date after it is not.
        ("pt", "O produtor recebe R$ 8,40 o quilo e o cacau chegou a R$ 1.080 a arroba.",
         [("R$ 8,40 o quilo", 8.4, None, "exact", "BRL/kg", None),
          ("R$ 1.080 a arroba", 1080.0, None, "exact", "BRL/arroba", None)]),
        ("pt", "Pagou R$ 200 a semana passada.", [("R$ 200", 200.0, None, "exact", "BRL", None)]),
        ("es", "El café se paga a 20 pesos el kilo y a 90 pesos por arroba.",
         [("20 pesos el kilo", 20.0, None, "exact", "MXN/kg", None),
          ("90 pesos por arroba", 90.0, None, "exact", "MXN/arroba", None)]),
        ("en", "Growers get Tk 2,000 per maund and Rs.1,100 per kilo.",
         [("Tk 2,000 per maund", 2000.0, None, "exact", "BDT/maund", None),
          ("Rs.1,100 per kilo", 1100.0, None, "exact", "INR/kg", None)]),
    ],
)
def test_quantities_prices_per_unit_after_an_article(quantities, lang, text, expected):
    assert [_compact(q) for q in quantities(text, lang)] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # "passar de" in the subjunctive exceeds; a negated verb of reaching in the first person falls short.
        ("pt", "A Defesa Civil prevê que o rio passe dos 16 metros.",
         [("passe dos 16 metros", 16.0, None, "more_than", "m", None)]),
        ("pt", "Ainda não chegámos às 500 toneladas de peixe.",
         [("500 toneladas", 500.0, None, "less_than", "t", "peixe")]),
        ("es", "Todavía no llegamos a 300 turistas.", [("300", 300.0, None, "less_than", None, "turistas")]),
    ],
)
def test_quantities_exceeding_and_falling_short_in_more_persons(quantities, lang, text, expected):
    assert [_compact(q) for q in quantities(text, lang)] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # Spanish "u" (for "o" before an o-sound) offers alternatives, as "o" does.
        ("es", "Cada barco lleva siete u ocho tripulantes.",
         [("siete u ocho", 7.0, 8.0, "range", None, "tripulantes")]),
        ("es", "Hay 7 u 8 redes.", [("7 u 8", 7.0, 8.0, "range", None, "redes")]),
    ],
)
def test_quantities_alternatives_joined_by_u(quantities, lang, text, expected):
    assert [_compact(q) for q in quantities(text, lang)] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A year of an era is no amount ("300 B.C." had been 300 billion).
        ("en", "The temple was built in 300 B.C. by 40 farmers.", [("40", 40.0, None, "exact", None, "farmers")]),
        ("en", "It dates from 300 BC.", []),
        ("es", "Pompeya fue destruida en el año 79 d. C.", []),
    ],
)
def test_quantities_a_year_of_an_era_is_no_amount(quantities, lang, text, expected):
    assert [_compact(q) for q in quantities(text, lang)] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A neighbourhood's or sector's number names it.
        ("pt", "Os moradores do bairro 11 reclamaram.", []),
        ("es", "En el sector 3 viven 400 familias.", [("400", 400.0, None, "exact", None, "familias")]),
    ],
)
def test_quantities_numbered_districts(quantities, lang, text, expected):
    assert [_compact(q) for q in quantities(text, lang)] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # "MT" is metric tonnes in English, the metical in Portuguese.
        ("en", "The lagoon produced 1,150 MT of prawns.", [("1,150 MT", 1150.0, None, "exact", "t", "prawns")]),
        ("pt", "O saco custa 500 MT no mercado.", [("500 MT", 500.0, None, "exact", "MZN", None)]),
    ],
)
def test_quantities_mt_by_language(quantities, lang, text, expected):
    assert [_compact(q) for q in quantities(text, lang)] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # "1 in 5" is a ratio: neither term counts patients.
        ("en", "The report found that 1 in 5 patients left before being seen.", []),
        ("en", "One out of four homes flooded.", []),
        ("en", "He scored 1 in the first half.", [("1", 1.0, None, "exact", None, None)]),
    ],
)
def test_quantities_one_in_n_is_a_ratio(quantities, lang, text, expected):
    assert [_compact(q) for q in quantities(text, lang)] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # Three digits and then four, apart, are a local phone number; thousands apart stay an amount.
        ("en", "Anyone with information should call police on 472 1444.", []),
        ("pt", "Foram 100 000 votos.", [("100 000", 100000.0, None, "exact", None, "votos")]),
    ],
)
def test_quantities_a_local_phone_number(quantities, lang, text, expected):
    assert [_compact(q) for q in quantities(text, lang)] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A share after "número" is an amount, no code.
        ("pt", "As vendas caíram, número 18% menor que o de 2023.", [("18%", 18.0, "%")]),
        # Portuguese and Spanish pounds of goods, or weighed, are pounds of weight.
        ("es", "El ingenio saca 215 libras de azúcar por tonelada.",
         [("215 libras de azúcar por tonelada", 215.0, "lb/t")]),
        ("es", "El quintal pesa 100 libras.", [("100 libras", 100.0, "lb")]),
        ("es", "La caja de banano de 41,5 libras se pagó a 6,85 dólares.",
         [("41,5 libras", 41.5, "lb"), ("6,85 dólares", 6.85, "USD")]),
        ("pt", "O Reino Unido pagou 40 libras por cada caixa.", [("40 libras", 40.0, "GBP")]),
        # Energy in watt-hours written out; Sierra Leone's new leone.
        ("en", "It will make 400 gigawatt-hours and 30 GWh.",
         [("400 gigawatt-hours", 400.0, "GWh"), ("30 GWh", 30.0, "GWh")]),
        ("es", "La planta genera 500 megavatios hora.", [("500 megavatios hora", 500.0, "MWh")]),
        ("en", "The fee rose to NLe 15,000.", [("NLe 15,000", 15000.0, "SLE")]),
        # A plural comparison with its article.
        ("es", "Las ventas fueron superiores a las 150.000 botellas.",
         [("superiores a las 150.000", 150000.0, None)]),
        # A verb of change with a bare object before "from X to Y": two amounts, no range.
        ("en", "The mill will lift capacity from 13 million to 27 million tonnes.",
         [("13 million", 13e6, "t"), ("27 million tonnes", 27e6, "t")]),
        ("pt", "A herança lhe traria duas mil libras de renda.", [("duas mil libras", 2000.0, "GBP")]),
        # The East African shilling written "/-" after the amount.
        ("en", "The power line cost 14.5bn/-.", [("14.5bn/-", 14.5e9, "KES")]),
    ],
)
def test_quantities_shares_after_numero_pounds_of_weight_and_shillings(lang: str, text: str,
                                                                      expected: list[tuple]) -> None:
    assert [(q.text, q.value, q.unit) for q in process_text(text, lang)._.quantities] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A noun of change and what it is of: from one amount to another, no range.
        ("es", "Se pedirá la ampliación del cupo de importación de $us 1.000 a $us 2.000 por persona.",
         [("$us 1.000", 1000.0, "exact"), ("$us 2.000 por persona", 2000.0, "exact")]),
        ("pt", "O reajuste da tarifa de R$ 4,40 para R$ 5 foi aprovado.",
         [("R$ 4,40", 4.4, "exact"), ("R$ 5", 5.0, "exact")]),
        ("es", "Las temperaturas irán de 20 a 30 grados.", [("de 20 a 30 grados", 20.0, "range")]),
    ],
)
def test_quantities_nouns_of_change(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(q.text, q.value, q.modifier) for q in process_text(text, lang)._.quantities] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A capitalised school year or union local names its number, whatever follows; in lower
        # case a year may count.
        ("en", "Year 12 students and Local 832 members marched.", []),
        ("en", "In a year 1,000 people died.", [("1,000", 1000.0, "exact")]),
        # A number word hyphened to an adjective or a word of manner counts nothing.
        ("en", "They built three-dimensional models, a two-way road and a five-star hotel.", []),
        ("en", "A three-day strike began.", [("three-day", 3.0, "exact")]),
        # Mexican Spanish writes thousands after millions with no "y".
        ("es", "El puerto movió 2 millones 450 mil TEU.", [("2 millones 450 mil TEU", 2450000.0, "exact")]),
        # A negation past a clause of its own leaves the modifier be.
        ("pt", "A conta não fecha para quem tem menos de 200 hectares.",
         [("menos de 200 hectares", 200.0, "less_than")]),
        # Spanish puts a personal "a" between a modifier and a count of people.
        ("es", "Espera atraer al menos a 15.000 visitantes.", [("al menos a 15.000", 15000.0, "at_least")]),
    ],
)
def test_quantities_school_years_compound_adjectives_and_personal_a(lang: str, text: str,
                                                                    expected: list[tuple]) -> None:
    assert [(q.text, q.value, q.modifier) for q in process_text(text, lang)._.quantities] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A bare amount set against the one before it counts the same thing, in its unit.
        ("pt", "Prevê vender 180 mil toneladas de castanha, das quais 25 mil na Zambézia.",
         [("180 mil toneladas", "t", "castanha"), ("25 mil", "t", "castanha")]),
        ("pt", "O desemprego caiu para 7%, contra 8 em 2023.", [("7%", "%", None), ("8", "%", None)]),
        ("en", "Exports reached 4,000 tonnes, up from 3,100 a year earlier.",
         [("4,000 tonnes", "t", None), ("3,100", "t", None)]),
        ("en", "Some 1,153 patients waited longer than 12 hours, compared with 870 a year earlier.",
         [("Some 1,153", None, "patients"), ("longer than 12 hours", "h", None), ("870", None, "patients")]),
        ("es", "Vendió 1.200 toneladas y contrató a 300 personas.",
         [("1.200 toneladas", "t", None), ("300", None, "personas")]),
    ],
)
def test_quantities_an_amount_set_against_the_last(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(q.text, q.unit, q.object) for q in process_text(text, lang)._.quantities] == expected
