"""Tests for the etl_dates component (etl/extract/components/dates.py)."""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from datetime import date

import pytest

from etl.extract.components._dates_scan import NeededWords
from etl.extract.nlp import load_nlp, process_text
from etl.extract.patterns import _alt, find_windows
from etl.models import Article, DateMention

REF = date(2024, 11, 30)  # a Saturday, ISO week 48


@pytest.fixture
def dates() -> Callable[..., list[DateMention]]:
    """`dates(text, lang="pt", ref=REF)` -> doc._.dates after the whole pipeline."""

    def run(text: str, lang: str = "pt", ref: date | None = REF) -> list[DateMention]:
        return process_text(text, lang, reference_date=ref)._.dates

    return run


def _compact(mention: DateMention) -> tuple:
    return (mention.text, mention.value, mention.precision, mention.start_date,
            mention.end_date, mention.relative)


def test_dates_seed_with_reference_date(dates, seed_text):
    found = dates(seed_text)
    assert [_compact(m) for m in found] == [
        ("30 de novembro", "2024-11-30", "day", date(2024, 11, 30), date(2024, 11, 30), True),
        ("junho", "2024-06", "month", date(2024, 6, 1), date(2024, 6, 30), True),
        ("setembro passado", "2024-09", "month", date(2024, 9, 1), date(2024, 9, 30), True),
    ]


def test_dates_seed_without_reference_date(dates, seed_text):
    found = dates(seed_text, ref=None)
    assert [_compact(m) for m in found] == [
        ("30 de novembro", "XXXX-11-30", "day", None, None, True),
        ("junho", "XXXX-06", "month", None, None, True),
        ("setembro passado", "XXXX-09", "month", None, None, True),
    ]


def test_dates_spans_equal_text_slices(dates, seed_text):
    text = seed_text + " Ontem, nesta sexta-feira (21), em 2023 e entre 2019 e 2021."
    found = dates(text)
    assert len(found) == 7
    assert all(text[m.start:m.end] == m.text for m in found)
    assert [m.start for m in found] == sorted(m.start for m in found)


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("pt", "Em 30 de novembro de 2024 houve", ("30 de novembro de 2024", "2024-11-30", "day")),
        ("pt", "Em 1º de janeiro de 2020 houve", ("1º de janeiro de 2020", "2020-01-01", "day")),
        ("pt", "Na terça-feira, 26 de novembro de 2024, o governo",
         ("terça-feira, 26 de novembro de 2024", "2024-11-26", "day")),
        ("pt", "No dia 30/11/2024 houve", ("30/11/2024", "2024-11-30", "day")),
        ("pt", "Publicado 2024-11-30.", ("2024-11-30", "2024-11-30", "day")),
        ("pt", "Desde junho de 2024 houve", ("junho de 2024", "2024-06", "month")),
        ("pt", "Isso aconteceu em 2023.", ("2023", "2023", "year")),
        ("pt", "A guerra de 1950-53 terminou.", ("1950-53", "1950/1953", "year")),
        ("pt", "No período 2019-2021 houve", ("2019-2021", "2019/2021", "year")),
        ("pt", "Aconteceu entre 2019 e 2021.", ("entre 2019 e 2021", "2019/2021", "year")),
        ("pt", "Nos anos 1990 havia", ("anos 1990", "199X", "year")),
        ("en", "It happened on November 30, 2024.", ("November 30, 2024", "2024-11-30", "day")),
        ("en", "It happened on 30 November 2024.", ("30 November 2024", "2024-11-30", "day")),
        ("en", "Sales rose in June 2024.", ("June 2024", "2024-06", "month")),
        ("en", "It happened in 2019.", ("2019", "2019", "year")),
        ("en", "Cuts were extended into 2025.", ("2025", "2025", "year")),
        ("en", "From 2019 to 2021 sales fell.", ("From 2019 to 2021", "2019/2021", "year")),
        ("en", "Born in the 1990s, she", ("the 1990s", "199X", "year")),
        ("en", "The data for 11/30/2024 show", ("11/30/2024", "2024-11-30", "day")),
        ("es", "El 30 de noviembre de 2024 hubo", ("30 de noviembre de 2024", "2024-11-30", "day")),
        ("es", "El 1 de enero del 2020 hubo", ("1 de enero del 2020", "2020-01-01", "day")),
        ("es", "Hubo elecciones en 2023.", ("2023", "2023", "year")),
        ("es", "Ocurrió entre 2019 y 2021.", ("entre 2019 y 2021", "2019/2021", "year")),
    ],
)
def test_dates_absolute_expressions(dates, lang, text, expected):
    found = dates(text, lang)
    assert [(m.text, m.value, m.precision) for m in found] == [expected]
    assert found[0].relative is False
    assert found[0].start_date is not None


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # Day or month without a year: the year closest to the reference date.
        ("pt", "em 30 de dezembro", ("30 de dezembro", "2024-12-30", date(2024, 12, 30))),
        ("pt", "chega em 26 de março.", ("26 de março", "2025-03-26", date(2025, 3, 26))),
        ("pt", "em janeiro", ("janeiro", "2025-01", date(2025, 1, 1))),
        ("pt", "em junho", ("junho", "2024-06", date(2024, 6, 1))),
        ("en", "in May", ("May", "2025-05", date(2025, 5, 1))),
        ("en", "on Nov. 29", ("Nov. 29", "2024-11-29", date(2024, 11, 29))),
        ("en", "on Friday, Nov. 29, officials", ("Friday, Nov. 29", "2024-11-29",
                                                 date(2024, 11, 29))),
        ("es", "en junio", ("junio", "2024-06", date(2024, 6, 1))),
        # The named month of last year.
        ("pt", "em setembro do ano passado", ("setembro do ano passado", "2023-09",
                                               date(2023, 9, 1))),
        ("en", "last September", ("last September", "2023-09", date(2023, 9, 1))),
        # Portuguese and Spanish "passado/pasado" is the latest such month, this year's when gone by.
        ("es", "el pasado septiembre", ("el pasado septiembre", "2024-09", date(2024, 9, 1))),
        ("es", "en septiembre pasado", ("septiembre pasado", "2024-09", date(2024, 9, 1))),
        ("es", "en diciembre pasado", ("diciembre pasado", "2023-12", date(2023, 12, 1))),
        # Weekdays: the most recent one not after the reference date.
        ("pt", "nesta sexta-feira", ("nesta sexta-feira", "2024-11-29", date(2024, 11, 29))),
        ("pt", "no sábado", ("sábado", "2024-11-30", date(2024, 11, 30))),
        ("pt", "na sexta-feira (22)", ("sexta-feira (22)", "2024-11-22", date(2024, 11, 22))),
        ("pt", "nesta sexta-feira (21)", ("nesta sexta-feira (21)", "2024-11-21",
                                          date(2024, 11, 21))),
        # Between commas, as Brazilian papers write it.
        ("pt", "nesta sexta-feira, 29, a polícia prendeu", ("nesta sexta-feira, 29", "2024-11-29",
                                                          date(2024, 11, 29))),
        # An aside after the day is in the span, and its day number is no amount.
        ("pt", "no sábado (30, noite de sexta em Brasília)",
         ("sábado (30, noite de sexta em Brasília)", "2024-11-30", date(2024, 11, 30))),
        ("pt", "no domingo passado", ("domingo passado", "2024-11-24", date(2024, 11, 24))),
        ("pt", "na segunda", ("segunda", "2024-11-25", date(2024, 11, 25))),
        ("en", "on Friday", ("Friday", "2024-11-29", date(2024, 11, 29))),
        ("en", "last Saturday", ("last Saturday", "2024-11-23", date(2024, 11, 23))),
        ("en", "next Monday", ("next Monday", "2024-12-02", date(2024, 12, 2))),
        ("es", "el pasado domingo", ("el pasado domingo", "2024-11-24", date(2024, 11, 24))),
        ("es", "el viernes", ("viernes", "2024-11-29", date(2024, 11, 29))),
        # Deictic words.
        ("pt", "ontem", ("ontem", "2024-11-29", date(2024, 11, 29))),
        ("pt", "hoje", ("hoje", "2024-11-30", date(2024, 11, 30))),
        ("pt", "amanhã", ("amanhã", "2024-12-01", date(2024, 12, 1))),
        ("pt", "anteontem", ("anteontem", "2024-11-28", date(2024, 11, 28))),
        ("pt", "na semana passada", ("semana passada", "2024-W47", date(2024, 11, 18))),
        ("pt", "no mês passado", ("mês passado", "2024-10", date(2024, 10, 1))),
        ("pt", "no ano passado", ("ano passado", "2023", date(2023, 1, 1))),
        ("en", "yesterday", ("yesterday", "2024-11-29", date(2024, 11, 29))),
        ("en", "last week", ("last week", "2024-W47", date(2024, 11, 18))),
        ("en", "last month", ("last month", "2024-10", date(2024, 10, 1))),
        ("en", "last year", ("last year", "2023", date(2023, 1, 1))),
        ("es", "ayer", ("ayer", "2024-11-29", date(2024, 11, 29))),
        ("es", "hoy", ("hoy", "2024-11-30", date(2024, 11, 30))),
        # Weekends: the ISO week they belong to; a weekday written without its hyphen.
        ("pt", "no fim de semana passado", ("fim de semana passado", "2024-W47", date(2024, 11, 18))),
        ("pt", "neste fim-de-semana", ("neste fim-de-semana", "2024-W48", date(2024, 11, 25))),
        ("en", "last weekend", ("last weekend", "2024-W47", date(2024, 11, 18))),
        ("es", "el próximo fin de semana", ("próximo fin de semana", "2024-W49", date(2024, 12, 2))),
        ("pt", "na sexta feira", ("sexta feira", "2024-11-29", date(2024, 11, 29))),
        ("es", "mañana por la mañana", ("mañana", "2024-12-01", date(2024, 12, 1))),
        ("es", "la semana pasada", ("semana pasada", "2024-W47", date(2024, 11, 18))),
        ("es", "el año pasado", ("año pasado", "2023", date(2023, 1, 1))),
        # Counted back from the reference date.
        ("pt", "o incêndio começou há três dias", ("há três dias", "2024-11-27", date(2024, 11, 27))),
        ("pt", "foi eleito há 2 semanas", ("há 2 semanas", "2024-W46", date(2024, 11, 11))),
        ("es", "hace un mes", ("hace un mes", "2024-10", date(2024, 10, 1))),
        ("en", "a year ago", ("a year ago", "2023", date(2023, 1, 1))),
        ("en", "three days ago", ("three days ago", "2024-11-27", date(2024, 11, 27))),
        ("pt", "vinte anos atrás", ("vinte anos atrás", "2004", date(2004, 1, 1))),
        # After a past verb, "que" does not make it a duration.
        ("pt", "a OMS alertou há duas semanas que o risco cresce", ("há duas semanas", "2024-W46", date(2024, 11, 11))),
        ("es", "Confirmó hace una semana que vendrá", ("hace una semana", "2024-W47", date(2024, 11, 18))),
        # ... and forward.
        ("pt", "sai daqui a duas semanas", ("daqui a duas semanas", "2024-W50", date(2024, 12, 9))),
        ("es", "dentro de dos meses", ("dentro de dos meses", "2025-01", date(2025, 1, 1))),
    ],
)
def test_dates_resolved_against_reference(dates, lang, text, expected):
    found = dates(text, lang)
    assert [(m.text, m.value, m.start_date) for m in found] == [expected]
    assert found[0].relative is True


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("pt", "ontem", ("ontem", "XXXX-XX-XX", "day")),
        ("pt", "na semana passada", ("semana passada", "XXXX-WXX", "week")),
        ("pt", "no mês passado", ("mês passado", "XXXX-XX", "month")),
        ("pt", "no ano passado", ("ano passado", "XXXX", "year")),
        ("pt", "nesta sexta-feira (21)", ("nesta sexta-feira (21)", "XXXX-XX-21", "day")),
        ("en", "on Friday", ("Friday", "XXXX-XX-XX", "day")),
        ("en", "last September", ("last September", "XXXX-09", "month")),
        ("es", "el 30 de noviembre", ("30 de noviembre", "XXXX-11-30", "day")),
    ],
)
def test_dates_without_reference_keep_unknown_digits(dates, lang, text, expected):
    found = dates(text, lang, ref=None)
    assert [(m.text, m.value, m.precision, m.start_date, m.relative) for m in found] == [
        (*expected, None, True)
    ]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "You may leave now."),
        ("en", "Protesters march on the capital."),
        ("es", "Salió por la mañana."),
        ("pt", "Foi a segunda vez que ele venceu."),
        ("pt", "Ele tem 10 set de tênis."),
        ("pt", "O caça F-16 e 2000 soldados."),
        ("pt", "Veja https://exemplo.com/2024/junho/30 agora."),
        ("pt", "Visitou o Rio de Janeiro e a Praça Sete de Setembro."),
        ("es", "Figura el cabecilla Julio César Vargas."),
        ("en", "The bank cut its rate by 0.25 percentage points."),
        ("pt", "Na Quinta do Quelsto, em Sabrosa, contrataram 30 trabalhadores."),
        ("pt", "Falou ao jornal na quinta da família, em Alijó."),
        ("en", "Sunil Quell told India Today that the team was strong."),
        ("en", "The waiting list stood at 7.42 million."),
        ("pt", "O juiz Abril Santos decidiu."),
        ("pt", "As lojas da 25 de Março e na 7 de Setembro vendem muito."),
        ("pt", "GOVERNO DO ESTADO DO RIO DE JANEIRO"),
        ("pt", "A cidade natal dele fica perto; viajou para Natal."),
        ("pt", "A Primavera Árabe começou na Tunísia."),
        ("es", "La directora del Museo del Carnaval habló."),
        ("pt", "No Hospital e Pronto-Socorro 28 de Agosto, 120 pacientes esperam."),
        ("es", "Los sábados parecen un lunes cualquiera."),
        ("pt", "Já está passando o verão quando a gente já está no inverno."),
        ("pt", "Na segunda metade do jogo e na quinta edição do festival."),
        ("pt", "A Praça Sete de Setembro e a Rua Cinco de Outubro."),
        ("en", "The fall of Rome was slow."),
        ("en", "She lent him the book in the spring."),
        ("es", "En invierno hace frío."),
        # "Há/hace" before a duration that goes on: no date.
        ("pt", "Há dois anos que ele trabalha lá."),
        ("es", "Quedan hace tres días de plazo."),
    ],
)
def test_dates_ignores_non_dates(dates, lang, text):
    assert dates(text, lang) == []


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A rising list of three years or more is years from the first ...
        ("es", "España suma cuatro títulos: 1964, 2008, 2012 y 2024.", ["1964", "2008", "2012", "2024"]),
        ("en", "The books of 1998, 1999 and 2001 sold well.", ["1998", "1999", "2001"]),
        ("pt", "Em 2002 e 2003 morreram 20 pessoas.", ["2002", "2003"]),
        # ... but a list that falls, or ends in what it counts, is amounts.
        ("en", "Scores were 1964, 1200 and 1300.", []),
        ("pt", "Custou 1500, 2000 e 2500 euros.", []),
    ],
)
def test_dates_lists_of_years(dates, lang, text, expected):
    assert [m.value for m in dates(text, lang)] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A quarter or a half is its months; without a year, the latest begun (REF: 2024-11-30),
        # or the coming one in a future clause.
        ("pt", "O lucro cresceu no segundo trimestre de 2024.", [("segundo trimestre de 2024", "2024-04/2024-06")]),
        ("pt", "No 3º trimestre do ano de 2023 houve queda.", [("3º trimestre do ano de 2023", "2023-07/2023-09")]),
        ("pt", "No terceiro trimestre, a receita caiu.", [("terceiro trimestre", "2024-07/2024-09")]),
        ("pt", "A empresa vai investir no primeiro semestre.", [("primeiro semestre", "2025-01/2025-06")]),
        ("es", "En el primer semestre del año 2024 hubo pérdidas.",
         [("primer semestre del año 2024", "2024-01/2024-06")]),
        ("en", "Profit rose in the second quarter of 2024.", [("second quarter of 2024", "2024-04/2024-06")]),
        ("en", "Revenue in Q3 2024 fell.", [("Q3 2024", "2024-07/2024-09")]),
        ("en", "Sales rose in the first half of 2025.", [("first half of 2025", "2025-01/2025-06")]),
        # English names a quarter by its last month: "the September quarter".
        ("en", "Exports rose in the September quarter.", [("September quarter", "2024-07/2024-09")]),
        ("en", "Exports fell in the June 2023 quarter.", [("June 2023 quarter", "2023-04/2023-06")]),
        # A quarter of a fiscal year is the company's, not the calendar's.
        ("en", "Revenue in the second quarter of fiscal 2025 rose.", []),
        # An English half needs its year (a match has halves); a model name is no quarter.
        ("en", "In the first half, Arsenal scored.", []),
        ("en", "The Audi Q3 is popular.", []),
    ],
)
def test_dates_quarters_and_halves(dates, lang, text, expected):
    found = dates(text, lang)
    assert [(m.text, m.value) for m in found] == expected
    assert all(m.precision == "month" and m.start_date and m.end_date for m in found)


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A month's abbreviation after a day is a date before a dateline's agency, with its dot,
        # or when it is no word; "3 mar" and "10 set" alone stay words (REF: 2024-11-30).
        ("es", "Bruselas, 17 oct (EFE).- La UE aprobó el plan.", [("17 oct", "2024-10-17")]),
        ("es", "Madrid, 3 mar (EFE).- Hubo votación.", [("3 mar", "2025-03-03")]),
        ("pt", "Lisboa, 10 set (Lusa) - O Governo aprovou.", [("10 set", "2024-09-10")]),
        ("es", "El 17 oct. se votó.", [("17 oct.", "2024-10-17")]),
        ("es", "Hay 3 mar en la zona.", []),
    ],
)
def test_dates_month_abbreviations_after_a_day(dates, lang, text, expected):
    assert [(m.text, m.value) for m in dates(text, lang)] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # English lists a second day after a month's day; a count after "and" stays a count.
        ("en", "The meeting will be held on September 23 and 24.",
         [("September 23", "2025-09-23"), ("24", "2025-09-24")]),
        ("en", "On March 3 and 10 people died.", [("March 3", "2025-03-03")]),
        # a longer list with commas, days rising; falling numbers are no list of days
        ("en", "The hearings are on March 3, 5 and 9.",
         [("March 3", "2025-03-03"), ("5", "2025-03-05"), ("9", "2025-03-09")]),
        ("en", "The hearings are on March 9, 5 and 7.", [("March 9", "2025-03-09")]),
    ],
)
def test_dates_second_listed_day(dates, lang, text, expected):
    assert [(m.text, m.value) for m in dates(text, lang)] == expected


@pytest.mark.parametrize(
    "lang,ref,text,expected",
    [
        # "último", "el pasado mes de", "this past" before a month: the latest one gone by;
        # bare "passado/last" keep last year's.
        ("pt", date(2024, 9, 18), "Em Julho último, o governo cortou.", "2024-07"),
        ("es", date(2024, 7, 29), "El pasado mes de marzo hubo elecciones.", "2024-03"),
        ("es", date(2024, 7, 29), "El pasado mes de diciembre hubo elecciones.", "2023-12"),
        ("en", date(2024, 9, 18), "This past March, prices rose.", "2024-03"),
        ("en", date(2024, 9, 18), "Last March, prices rose.", "2023-03"),
        # "hace más de dos meses" is counted back like "hace dos meses"; "anoche", "la semana próxima".
        ("es", date(2024, 11, 20), "Lo dijo hace más de dos meses.", "2024-09"),
        ("es", date(2024, 7, 9), "Empezó hace apenas dos semanas.", "2024-W26"),
        ("pt", date(2024, 7, 9), "Começou há apenas dois dias.", "2024-07-07"),
        ("es", date(2024, 11, 20), "Anoche hubo un tiroteo.", "2024-11-19"),
        ("es", date(2024, 11, 20), "La reunión será la semana próxima.", "2024-W48"),
        # "through" a day looks ahead, as "until" does.
        ("en", date(2024, 9, 2), "Heavy rain is expected through Wednesday.", "2024-09-04"),
        # A forecast looks ahead.
        ("en", date(2024, 5, 30), "The IMD has forecast relief from Friday.", "2024-05-31"),
        # A month "next year" is the coming year's; a second listed day after "Month D and".
        ("en", date(2024, 11, 20), "Markets price a cut for December next year.", "2025-12"),
        ("es", date(2024, 11, 20), "El recorte llegará en marzo del año que viene.", "2025-03"),
        # "nesta/este/this" + weekday is that day of the publication's week (Monday to Saturday)...
        ("pt", date(2024, 8, 8), "As ações sobem nesta sexta-feira.", "2024-08-09"),
        ("es", date(2024, 8, 8), "Las bolsas abren este viernes al alza.", "2024-08-09"),
        ("en", date(2024, 8, 8), "Markets open this Friday.", "2024-08-09"),
        ("pt", date(2024, 8, 8), "O presidente viajou nesta segunda-feira.", "2024-08-05"),
        ("pt", date(2024, 8, 10), "O ministro disse nesta segunda-feira que sim.", "2024-08-05"),
        # ...around a Sunday, the nearer one; a verb of saying right before it looks back.
        ("pt", date(2024, 8, 8), "A reunião acontece neste domingo.", "2024-08-11"),
        ("pt", date(2024, 8, 12), "O clube venceu neste domingo.", "2024-08-11"),
        ("pt", date(2024, 8, 11), "O ministro fala nesta segunda-feira.", "2024-08-12"),
        ("pt", date(2024, 8, 11), "O ministro disse nesta segunda-feira que sim.", "2024-08-05"),
        # A council that "se reúne" on a weekday meets on the coming one.
        ("pt", date(2025, 1, 8), "O conselho se reúne na sexta-feira para votar.", "2025-01-10"),
        ("pt", date(2024, 10, 18), "Os preços caíram. Hoje o mercado abriu em alta.", "2024-10-18"),
        ("es", date(2025, 6, 22), "Antes hacía dos horas; hoy hice 55 minutos, contó Rosa.", "2025-06-22"),
    ],
)
def test_dates_deictic_words_against_the_publication_date(dates, lang, ref, text, expected):
    assert [m.value for m in dates(text, lang, ref)] == [expected]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # Two weekdays joined as a range are one week's span, in order (REF is Saturday 2024-11-30).
        ("es", "La huelga duró del martes al jueves.", ["2024-11-26", "2024-11-28"]),
        ("en", "The strike ran from Saturday to Monday.", ["2024-11-23", "2024-11-25"]),
        ("pt", "A greve vai de segunda a quarta-feira.", ["2024-12-02", "2024-12-04"]),
    ],
)
def test_dates_weekday_ranges_are_in_order(dates, lang, text, expected):
    assert [m.value for m in dates(text, lang)] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A two-digit year after a cue, when its phrase ends there.
        ("pt", "Mudamos para cá em 44, e ele já lia.", ("44", "1944")),
        ("pt", "Em 68 eu fui para Osasco.", ("68", "1968")),
        ("pt", "Ficou lá até 98.", ("98", "1998")),
        ("pt", "Trabalhei de 70 a 80, como motorista.", ("de 70 a 80", "1970/1980")),
        ("en", "The album came out in '79 and sold well.", ("'79", "1979")),
        ("en", "She ran the firm from 85 to 92.", ("from 85 to 92", "1985/1992")),
        ("es", "Llegó en 68, cuando era joven.", ("68", "1968")),
        ("es", "Viví allí desde 48 hasta 54.", ("desde 48 hasta 54", "1948/1954")),
        ("pt", "O Maio de 68 mudou tudo.", ("Maio de 68", "1968-05")),
        ("pt", "Em 68 o país mudou.", ("68", "1968")),
        ("pt", "A média dos últimos quatro meses de 93.", ("93", "1993")),
        ("es", "La media de los últimos meses de 93.", ("93", "1993")),
        ("es", "En 68 el país cambió.", ("68", "1968")),
        ("es", "Desde mayo del 68 cambió todo.", ("mayo del 68", "1968-05")),
    ],
)
def test_dates_two_digit_years(dates, lang, text, expected):
    found = dates(text, lang)
    assert [(m.text, m.value) for m in found] == [expected]
    assert found[0].relative is False


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # Real date evidence before a two-digit year after "of", "de" or "del": a month,
        # a season or feast, an apostrophe, a year-taking head noun ("class of").
        ("en", "In May of '68 students marched.", ("May of '68", "1968-05", "month")),
        ("en", "In May of 68, students marched.", ("May of 68", "1968-05", "month")),
        ("pt", "Em Maio de '68 houve greves.", ("Maio de '68", "1968-05", "month")),
        ("es", "Desde mayo del '68 cambió todo.", ("mayo del '68", "1968-05", "month")),
        ("en", "The summer of '69 was hot.", ("summer of '69", "1969-22", "season")),
        ("en", "In the summer of 69, we met.", ("summer of 69", "1969-22", "season")),
        ("pt", "No Verão de 68, fomos à praia.", ("Verão de 68", "1968-22", "season")),
        ("es", "En el verano del 69, nos conocimos.", ("verano del 69", "1969-22", "season")),
        ("en", "The Christmas of '89 was cold.", ("Christmas of '89", "1989-12-25", "day")),
        ("en", "The class of '89 met again.", ("'89", "1989", "year")),
        ("en", "The class of 89, he said, was the best.", ("89", "1989", "year")),
        ("pt", "A geração de '70 mudou tudo.", ("'70", "1970", "year")),
        ("es", "La generación del '27 escribió.", ("'27", "1927", "year")),
        ("en", "He came back in 89.", ("89", "1989", "year")),
    ],
)
def test_dates_two_digit_years_after_of_need_date_evidence(dates, lang, text, expected):
    found = dates(text, lang)
    assert [(m.text, m.value, m.precision) for m in found] == [expected]
    assert found[0].relative is False


@pytest.mark.parametrize(
    "lang,text,quantity",
    [
        # A bare two-digit number after "of", "de", "del" or an age word is an amount (issue 3).
        ("en", "He died at the age of 89, his family said.", "89"),
        ("en", "He died at the age of 89 in London.", "89"),
        ("en", "She died aged 89, her family said.", "89"),
        ("en", "A total of 89, he said.", "89"),
        ("en", "Out of 89, only a few passed.", "89"),
        ("en", "She graduated with the class of 89 students.", "89"),
        ("pt", "Morreu com a idade de 89, disse a família.", "89"),
        ("pt", "Morreu aos 89, disse a família.", "89"),
        ("pt", "Morreu com 89 anos.", "89 anos"),
        ("pt", "Um homem de 89 anos morreu.", "89 anos"),
        ("pt", "Um homem de 89, disse a polícia.", "89"),
        ("es", "Murió a la edad de 89, dijo su familia.", "89"),
        ("es", "Murió a los 89 años.", "89 años"),
        ("es", "Murió a los 89, dijo su familia.", "89"),
        ("es", "Un hombre de 89, dijo la policía.", "89"),
    ],
)
def test_dates_ages_and_amounts_after_of_are_not_years(lang, text, quantity):
    doc = process_text(text, lang, reference_date=REF)
    assert doc._.dates == []
    assert [q.text for q in doc._.quantities] == [quantity]


@pytest.mark.parametrize(
    "lang,text,expected_dates,expected_quantities",
    [
        # After a word of approximation a bare year that ends the clause is a date; before what
        # it counts it is an amount.
        ("en", "Production will start around 2026.", ["2026"], []),
        ("en", "About 2000 people came.", [], ["About 2000"]),
        ("en", "It was built circa 1890, the museum said.", ["1890"], []),
        ("es", "El cuadro fue pintado hacia 1630, según el museo.", ["1630"], []),
        ("es", "Alrededor de 2000 personas asistieron.", [], ["Alrededor de 2000"]),
        ("pt", "Isso foi mais ou menos por volta de 1970/69.", ["1970"], []),
    ],
)
def test_dates_years_after_words_of_approximation(lang, text, expected_dates, expected_quantities):
    doc = process_text(text, lang, reference_date=REF)
    assert [d.value for d in doc._.dates] == expected_dates
    assert [q.text for q in doc._.quantities] == expected_quantities


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # The end of this, last or next year or month is that year or month.
        ("pt", "A agência prevê contratar 300 funcionários até ao fim do ano.", [("fim do ano", "2024")]),
        ("pt", "No final do ano passado, as vendas caíram.", [("final do ano passado", "2023")]),
        ("es", "La obra estará lista a finales de año.", [("finales de año", "2024")]),
        ("en", "Sales fell at the end of last year.", [("end of last year", "2023")]),
        ("en", "The deal closes at the end of the month.", [("end of the month", "2024-11")]),
        # "para" right before a year, a month or a day sets it ahead ("adiada para março").
        ("pt", "A obra foi prometida para 2022.", [("2022", "2022")]),
        ("pt", "A votação foi adiada para março.", [("março", "2025-03")]),
        ("es", "Trabajó para el gobierno el lunes.", [("lunes", "2024-11-25")]),
        # A limit set off by commas keeps "até" ahead; a past verb that opens a sentence or a quote
        ("pt", "A circulação fica suspensa até, pelo menos, sexta-feira.", [("sexta-feira", "2024-12-06")]),
        ("en", "The road stays shut until, at least, Friday.", [("Friday", "2024-12-06")]),
        ("pt", "«Avisámos a câmara em março», disse ela.", [("março", "2024-03")]),
        ("pt", "Pagou a conta em março.", [("março", "2024-03")]),
        # "desde" a month with a present is since one gone by; a weekday set off after its deictic
        # day; "uma visita" is a noun; "expect" looks ahead
        ("pt", "Os motoristas não recebem desde outubro.", [("outubro", "2024-10")]),
        ("es", "Los voluntarios participarán desde marzo.", [("marzo", "2025-03")]),
        ("pt", "O ministério convocou para amanhã, domingo, uma reunião.", [("amanhã", "2024-12-01"),
                                                                            ("domingo", "2024-12-01")]),
        ("pt", "Numa visita a Coimbra na quinta-feira, o ministro defendeu a obra.", [("quinta-feira", "2024-11-28")]),
        ("en", "Forecasters expect heavy rain on Wednesday night.", [("Wednesday", "2024-12-04")]),
        # every week's weekday is no date
        ("en", "Every Friday the workers spend their pay at the market.", []),
        ("pt", "Todas as sextas-feiras há feira no largo.", []),
        # "del próximo"; a weekday with its day number before "si"; a future going on into a quote
        ("es", 'Los bloqueos seguirán "por tiempo indefinido" si no convoca antes del próximo viernes un congreso.',
         [("próximo viernes", "2024-12-06")]),
        ("es", "Amenazaron con sumarse a las protestas el lunes 2 si no se soluciona.", [("lunes 2", "2024-12-02")]),
        ("es", 'El abastecimiento se normalizará "a más tardar el martes", dijo.', [("martes", "2024-12-03")]),
        # a pluperfect before "até" looks back; a date set off by commas after its verb
        ("pt", "Apenas 42% das bezerras haviam sido vacinadas até sexta-feira.", [("sexta-feira", "2024-11-29")]),
        ("pt", "O sindicato já tinha alertado, em março, para a fragilidade.", [("março", "2024-03")]),
        ("pt", "Detidos no Aeroporto Internacional 4 de Fevereiro, em Luanda.", []),
    ],
)
def test_dates_ends_of_periods_and_dates_set_ahead(lang, text, expected):
    doc = process_text(text, lang, reference_date=REF)
    assert [(d.text, d.value) for d in doc._.dates] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A year before a plural noun of events is the events' year, not a count of them.
        ("en", "The 2022 floods killed more than 1,700 people.", ["2022"]),
        ("en", "The 2000 runners set off.", []),
    ],
)
def test_dates_year_before_events(lang, text, expected):
    doc = process_text(text, lang, reference_date=REF)
    assert [d.value for d in doc._.dates] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # "tonight", "esta noite"; a time with no date in its sentence takes the day of the sentence before.
        ("en", "The window closes at 11pm tonight.", [("11pm", "2024-11-30"), ("tonight", "2024-11-30")]),
        ("pt", "A votação termina esta noite.", [("esta noite", "2024-11-30")]),
        ("en", "The rocket reached orbit on Thursday. It lifted off at 9:22 a.m.",
         [("Thursday", "2024-11-28"), ("9:22 a.m.", "2024-11-28")]),
        ("en", "The ship sank in 2019. It went down at 9pm.", [("2019", "2019"), ("9pm", "XXXX-XX-XX")]),
        # "till" sets a day ahead like "until"; a number before a participle and a plural counts.
        ("en", "The office extended the alert till Friday.", [("Friday", "2024-12-06")]),
        ("en", "It hosts refugees in 33 congested camps.", []),
        # A Spanish "p. m." is part of the time, which then takes the day named right after it.
        ("es", "El apagón comenzó a las 4:20 p. m. del martes 13 de mayo.",
         [("4:20 p. m.", "2024-05-13"), ("martes 13 de mayo", "2024-05-13")]),
        # Else the last day earlier in its paragraph; else the story's last day, when it is in the
        # week up to the publication date and no other date comes between.
        ("es", "Los manifestantes llegaron el martes. Hubo cánticos. Después de las 17.30, la policía los dispersó.",
         [("martes", "2024-11-26"), ("17.30", "2024-11-26")]),
        ("pt", "A greve começou na segunda-feira.\n\nHouve discursos. O ato acabou às 18h.",
         [("segunda-feira", "2024-11-25"), ("18h", "2024-11-25")]),
        ("es", "La caravana partió el domingo.\n\nSegún la policía, salió poco antes de las 5:00 horas.",
         [("domingo", "2024-11-24"), ("5:00 horas", "2024-11-24")]),
        ("pt", "A greve começou em 10 de outubro.\n\nHouve discursos. O ato acabou às 18h.",
         [("10 de outubro", "2024-10-10"), ("18h", "XXXX-XX-XX")]),
        ("en", "The strike began on Monday.\n\nIn 2019 a walkout ended at 6pm.",
         [("Monday", "2024-11-25"), ("2019", "2019"), ("6pm", "XXXX-XX-XX")]),
        ("en", "Trains will stop on Tuesday.\n\nService ends at 9pm.",
         [("Tuesday", "2024-12-03"), ("9pm", "XXXX-XX-XX")]),
        # The first time of a span takes the day of the second.
        ("en", "We had no electricity from 1 a.m. to 5 a.m. yesterday.",
         [("1 a.m.", "2024-11-29"), ("5 a.m.", "2024-11-29"), ("yesterday", "2024-11-29")]),
        ("es", "Hubo cortes entre las 8:00 y las 10:00 del lunes.",
         [("8:00", "2024-11-25"), ("10:00", "2024-11-25"), ("lunes", "2024-11-25")]),
        # The present of a scheduled start and a call for an event look ahead.
        ("en", "Chelsea open their season against Palace on Sunday.", [("Sunday", "2024-12-01")]),
        ("en", "Organisers have called for a fresh march on Thursday.", [("Thursday", "2024-12-05")]),
        # A forecast, a hope and a warning look ahead.
        ("en", "Forecasters are forecasting a top of 38C on Tuesday, and crews hope to restore power by Wednesday.",
         [("Tuesday", "2024-12-03"), ("Wednesday", "2024-12-04")]),
        ("en", "There is a yellow weather warning from Friday afternoon.", [("Friday", "2024-12-06")]),
    ],
)
def test_dates_tonight_times_and_scheduled_days(dates, lang, text, expected):
    assert [(m.text, m.value) for m in dates(text, lang)] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A weekday and its day in a list before a full date: the day, no amount.
        ("es", "Se disputarán el sábado 27 y el domingo 28 de abril.",
         [("sábado 27", "2024-04-27"), ("domingo 28 de abril", "2024-04-28")]),
        ("en", "The games are on Saturday 27 and Sunday 28 April.",
         [("Saturday 27", "2024-04-27"), ("Sunday 28 April", "2024-04-28")]),
    ],
)
def test_dates_listed_weekdays_with_their_days(lang, text, expected):
    doc = process_text(text, lang, reference_date=date(2024, 4, 21))
    assert [(d.text, d.value) for d in doc._.dates] == expected
    assert doc._.quantities == []


def test_dates_a_weekday_after_next_week_in_its_sentence_is_that_weeks():
    doc = process_text("La Aemet prevé que la semana que viene vuelva la inestabilidad, con chubascos a partir "
                       "del miércoles.", "es", reference_date=date(2024, 4, 22))
    assert [(d.text, d.value) for d in doc._.dates] == [("semana que viene", "2024-W18"), ("miércoles", "2024-05-01")]


def test_dates_an_amounts_limit_is_no_limit_of_the_date():
    # "até 40 minutos" bounds the amount: the Monday of the past verb is the one before.
    doc = process_text("O metrô operou com intervalos de até 40 minutos na manhã de segunda, informou a empresa.",
                       "pt", reference_date=date(2024, 2, 6))
    assert [(d.text, d.value) for d in doc._.dates] == [("segunda", "2024-02-05")]
    # ... and so does an amount in words ("até seis horas").
    doc = process_text("Os hospitais registraram filas de até seis horas na terça-feira.", "pt",
                       reference_date=date(2025, 4, 16))
    assert [(d.text, d.value) for d in doc._.dates] == [("terça-feira", "2025-04-15")]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A season before a number that counts something keeps its own span.
        ("pt", "No Verão de 30 graus fomos à praia.", ("Verão", "2024-22")),
        ("es", "En el Verano de 40 grados no salimos.", ("Verano", "2024-22")),
        ("en", "In the Summer of 40 degrees we stayed in.", ("Summer", "2024-22")),
    ],
)
def test_dates_season_before_an_amount(dates, lang, text, expected):
    assert [(m.text, m.value) for m in dates(text, lang)] == [expected]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # Lists and ranges of decades and centuries are one interval when they touch or a
        # range joins them; otherwise the first one stands alone.
        ("pt", "Nos séculos XIX e XX houve guerras.", ("séculos XIX e XX", "18XX/19XX")),
        ("pt", "Dos séculos XV a XVII houve descobrimentos.", ("séculos XV a XVII", "14XX/16XX")),
        ("pt", "Entre os séculos XV e XVII houve descobrimentos.", ("séculos XV", "14XX")),
        ("pt", "No sec. XIX houve festa.", ("sec. XIX", "18XX")),
        ("es", "En los siglos XIX y XX hubo guerras.", ("siglos XIX y XX", "18XX/19XX")),
        ("pt", "Nas décadas de 60 e 70 houve crise.", ("décadas de 60 e 70", "196X/197X")),
        ("pt", "Nos anos 80-90 houve crise.", ("anos 80-90", "198X/199X")),
        ("pt", "Nos anos 60 e 80 houve crise.", ("anos 60", "196X")),
        ("en", "In the 1980s and 1990s we met.", ("the 1980s and 1990s", "198X/199X")),
        ("es", "En los años 60 y 70 hubo crisis.", ("años 60 y 70", "196X/197X")),
        # Decades in words.
        ("pt", "Nos anos oitenta houve crise.", ("anos oitenta", "198X")),
        ("en", "In the eighties we met.", ("the eighties", "198X")),
        ("es", "En los años ochenta nos vimos.", ("años ochenta", "198X")),
        # A day in words.
        ("pt", "O clube surge em cinco de maio de 1937.", ("cinco de maio de 1937", "1937-05-05")),
        ("pt", "Casaram a vinte e um de junho de 1990.", ("vinte e um de junho de 1990", "1990-06-21")),
        ("es", "Nació el veintiuno de marzo de 2003.", ("veintiuno de marzo de 2003", "2003-03-21")),
        # A year set off by punctuation or a line, month/year with a slash.
        ("pt", "Entrava no Brasil, 1920, antes até.", ("1920", "1920")),
        ("pt", "1976, um marco histórico.", ("1976", "1976")),
        ("en", "London, 1998. The band", ("1998", "1998")),
        ("es", "Madrid, 2004.", ("2004", "2004")),
        ("pt", "Atualizado Fev/2004", ("Fev/2004", "2004-02")),
        ("en", "Updated Feb/2004", ("Feb/2004", "2004-02")),
        ("es", "Actualizado feb/2004", ("feb/2004", "2004-02")),
        # Year, month and day with slashes or dots.
        ("pt", "Em 2004/05/12 houve festa.", ("2004/05/12", "2004-05-12")),
        ("en", "Posted 2004.05.12 by", ("2004.05.12", "2004-05-12")),
    ],
)
def test_dates_decades_centuries_and_numeric(dates, lang, text, expected):
    found = dates(text, lang)
    assert [(m.text, m.value) for m in found] == [expected]
    assert found[0].start_date is not None and found[0].relative is False


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # Seasons: ISO 8601-2 season codes (21 spring .. 24 winter) in the month place.
        ("pt", "No Verão de 2003 viajei.", ("Verão de 2003", "2003-22", date(2003, 1, 1), False)),
        ("pt", "Juntamo-nos no Verão.", ("Verão", "2024-22", date(2024, 1, 1), True)),
        # "last" is the latest one over (spring 2024 in November), "next" the first still to begin
        ("pt", "Na primavera passada viajei.", ("primavera passada", "2024-21", date(2024, 1, 1), True)),
        ("es", "Abrirá el próximo verano.", ("el próximo verano", "2025-22", date(2025, 1, 1), True)),
        ("en", "It closed last winter.", ("last winter", "2024-24", date(2024, 1, 1), True)),
        ("en", "In the summer of 2003 we met.", ("summer of 2003", "2003-22", date(2003, 1, 1), False)),
        ("en", "We will meet this fall.", ("this fall", "2024-23", date(2024, 1, 1), True)),
        ("es", "Viajamos en el verano de 2003.", ("verano de 2003", "2003-22", date(2003, 1, 1), False)),
        # Feasts: a fixed day, or a day counted from Easter; the one nearest the reference date.
        ("pt", "Juntamo-nos sempre pela Páscoa.", ("Páscoa", "2025-04-20", date(2025, 4, 20), True)),
        ("pt", "No Natal de 2002 viajei.", ("Natal de 2002", "2002-12-25", date(2002, 12, 25), False)),
        ("pt", "O Carnaval de 2003 foi animado.", ("Carnaval de 2003", "2003-03-04", date(2003, 3, 4), False)),
        ("en", "We met at Christmas.", ("Christmas", "2024-12-25", date(2024, 12, 25), True)),
        ("en", "On Good Friday we met.", ("Good Friday", "2025-04-18", date(2025, 4, 18), True)),
        ("es", "Por Navidad viajamos.", ("Navidad", "2024-12-25", date(2024, 12, 25), True)),
        ("pt", "Na noite de Natal houve festa.", ("Natal", "2024-12-25", date(2024, 12, 25), True)),
        ("pt", "Na véspera de Natal houve festa.", ("véspera de Natal", "2024-12-24",
                                                  date(2024, 12, 24), True)),
        ("es", "En la noche de Navidad hubo fiesta.", ("Navidad", "2024-12-25", date(2024, 12, 25), True)),
        ("pt", "Durante a Quaresma de 2004 jejuou.", ("Quaresma de 2004", "2004-02-25/2004-04-10",
                                                   date(2004, 2, 25), False)),
        ("en", "On Ash Wednesday 2004 we met.", ("Ash Wednesday 2004", "2004-02-25", date(2004, 2, 25), False)),
        ("es", "En el Corpus Christi de 2003 hubo procesión.", ("Corpus Christi de 2003", "2003-06-19",
                                                              date(2003, 6, 19), False)),
        ("es", "En Semana Santa de 2003 viajamos.",
         ("Semana Santa de 2003", "2003-04-13/2003-04-20", date(2003, 4, 13), False)),
        # The days of Holy Week, named: not a weekday and a person ("el Sábado de Gloria").
        ("es", "Llegaron el Sábado de Gloria de 2003.", ("Sábado de Gloria de 2003", "2003-04-19",
                                                     date(2003, 4, 19), False)),
        ("es", "El Miércoles Santo hubo procesión.", ("Miércoles Santo", "2024-03-27", date(2024, 3, 27), True)),
        ("pt", "Na Quinta-feira Santa houve filas.", ("Quinta-feira Santa", "2024-03-28", date(2024, 3, 28), True)),
        ("en", "Traffic peaked on Easter Monday.", ("Easter Monday", "2024-04-01", date(2024, 4, 1), True)),
        ("en", "Shops shut on Boxing Day.", ("Boxing Day", "2024-12-26", date(2024, 12, 26), True)),
    ],
)
def test_dates_seasons_and_feasts(dates, lang, text, expected):
    found = dates(text, lang)
    assert [(m.text, m.value, m.start_date, m.relative) for m in found] == [expected]


@pytest.mark.parametrize("lang,text", [("pt", "No Verão de 2003 viajei."), ("en", "In the summer of 2003 we met."),
                                       ("es", "Viajamos en el verano de 2003.")])
def test_dates_a_season_has_season_precision_and_covers_its_year(dates, lang, text):
    [mention] = dates(text, lang)
    assert (mention.value, mention.precision, mention.start_date, mention.end_date) == (
        "2003-22", "season", date(2003, 1, 1), date(2003, 12, 31))


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("pt", "Cinema para o Mês de Maio", ("Maio", "XXXX-05")),
        ("es", "Cine para el Mes de Mayo", ("Mayo", "XXXX-05")),
        ("pt", "O clube angariou, em 93/94, fundos.", ("93/94", "1993/1994")),
        ("es", "El club recaudó, en 93/94, fondos.", ("93/94", "1993/1994")),
        ("pt", "Foi no primeiro de maio, à tarde.", ("primeiro de maio", "XXXX-05-01")),
        ("pt", "Às 16h30m houve festa.", ("16h30m", "XXXX-XX-XX")),
        ("es", "A las 16h30min hubo fiesta.", ("16h30min", "XXXX-XX-XX")),
        ("pt", "Às 14.30 houve festa.", ("14.30", "XXXX-XX-XX")),
        ("en", "We met at 14.30 sharp.", ("14.30", "XXXX-XX-XX")),
        ("es", "Fue el primero de mayo.", ("primero de mayo", "XXXX-05-01")),
        ("pt", "Decorre de 10 a 18 de Setembro. Recorde-se", ("de 10 a 18 de Setembro",
                                                          "XXXX-09-10/XXXX-09-18")),
        # "del ... al", "entre el ... y el", "entre os dias ... e" open and join a range of days.
        ("es", "El festival será del 3 al 8 de junio.", ("del 3 al 8 de junio", "XXXX-06-03/XXXX-06-08")),
        ("es", "La feria será entre el 5 y el 7 de marzo.", ("entre el 5 y el 7 de marzo",
                                                          "XXXX-03-05/XXXX-03-07")),
        ("pt", "O festival será entre os dias 3 e 8 de junho.", ("entre os dias 3 e 8 de junho",
                                                              "XXXX-06-03/XXXX-06-08")),
    ],
)
def test_dates_month_after_month_word_and_two_year_seasons(dates, lang, text, expected):
    assert [(m.text, m.value) for m in dates(text, lang, ref=None)] == [expected]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("pt", "Decorre de 20 de janeiro a 5 de fevereiro de 2004.", "2004-01-20"),
        ("pt", "De 30 de dezembro a 2 de janeiro de 2004.", "2003-12-30"),
        ("en", "From March 3 to April 5, 2004, the show ran.", "2004-03-03"),
        ("es", "Del 20 de enero al 5 de febrero de 2004.", "2004-01-20"),
    ],
)
def test_dates_day_without_year_takes_the_year_of_its_range(dates, lang, text, expected):
    first, second = dates(text, lang)
    assert (first.value, first.relative, first.start_date) == (expected, False, date.fromisoformat(expected))
    assert second.relative is False


def test_dates_deictic_day_keeps_its_own_year(dates):
    found = dates("Ontem e 5 de maio de 2004.")
    assert [(m.text, m.value) for m in found] == [("Ontem", "2024-11-29"), ("5 de maio de 2004", "2004-05-05")]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("pt", "O prazo caiu em 45 dias."),
        ("pt", "Produz peças de até 35 Kg. de plástico."),
        ("pt", "Captura imagens em 36 Bits."),
        ("pt", "Reduziu em 30, 40 por cento."),
        ("pt", "O preço subiu de 30 a 40 mil reais."),
        ("pt", "Tem capacidade para até 20."),
        ("pt", "Entre 30 e 40 pessoas vieram."),
        ("pt", "Custou 2000, mais impostos."),
        ("pt", "Ele cresceu em 30 o número de vagas."),
        ("pt", "Ficou três meses de 30 dias."),
        ("pt", "Subiu 14.30 pontos."),
        ("pt", "Foram 1500, 2500 e 3000 votos."),
        ("en", "It cost 2000, plus taxes."),
        ("en", "It was sold in 79 countries."),
        ("es", "Lo hizo en 45 minutos."),
    ],
)
def test_dates_two_digit_numbers_that_are_not_years(dates, lang, text):
    assert dates(text, lang) == []


def test_dates_do_not_depend_on_wall_clock(dates):
    # No reference date and no year in the text: nothing may come from today's date.
    found = dates("Em 30 de novembro e em junho.", ref=None)
    assert [m.value for m in found] == ["XXXX-11-30", "XXXX-06"]
    assert all(m.start_date is None and m.end_date is None for m in found)


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # Centuries and decades (issue 3).
        ("pt", "Isto já nos princípios do séc.XIX.", ("séc.XIX", "18XX", date(1800, 1, 1))),
        ("pt", "no século 18, redingotes", ("século 18", "17XX", date(1700, 1, 1))),
        ("es", "a finales del siglo XX", ("siglo XX", "19XX", date(1900, 1, 1))),
        ("en", "in the 19th century", ("19th century", "18XX", date(1800, 1, 1))),
        ("pt", "Já nos anos 70, um grupo", ("anos 70", "197X", date(1970, 1, 1))),
        ("pt", "a partir da década de 60", ("década de 60", "196X", date(1960, 1, 1))),
        ("es", "en los años 80 hubo", ("años 80", "198X", date(1980, 1, 1))),
        ("en", "in the '90s, sales", ("the '90s", "199X", date(1990, 1, 1))),
        # Numeric dates: dashes, two-digit years, day/month.
        ("pt", "Publicado em 9-4-2003 às", ("9-4-2003", "2003-04-09", date(2003, 4, 9))),
        ("pt", "Última modificação: 13/01/03", ("13/01/03", "2003-01-13", date(2003, 1, 13))),
        ("pt", "em julho/99, cerca de", ("julho/99", "1999-07", date(1999, 7, 1))),
        # Years without a preposition in parentheses or after ©; years before 1900.
        ("pt", "Poesia (1944), de Sophia", ("1944", "1944", date(1944, 1, 1))),
        ("pt", "Copyright © 2002 Jornal", ("2002", "2002", date(2002, 1, 1))),
        ("pt", "foi fundada em 1783 e fica", ("1783", "1783", date(1783, 1, 1))),
        # Ranges of days and months are one interval.
        ("pt", "de 10 a 18 de setembro de 2024 na", ("de 10 a 18 de setembro de 2024",
                                                      "2024-09-10/2024-09-18", date(2024, 9, 10))),
        ("pt", "entre junho e agosto de 2023", ("entre junho e agosto de 2023", "2023-06/2023-08",
                                                date(2023, 6, 1))),
        ("en", "from March to May 2024", ("from March to May 2024", "2024-03/2024-05",
                                          date(2024, 3, 1))),
    ],
)
def test_dates_issue_3_expressions(dates, lang, text, expected):
    found = dates(text, lang)
    assert [(m.text, m.value, m.start_date) for m in found] == [expected]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # Relative to REF (2024-11-30): the nearest such day, or the coming one after "próximo".
        ("pt", "prevista para o próximo dia 26, em Lisboa", [("26", "2024-12-26")]),
        ("pt", "realizada no dia 26, em Lisboa", [("26", "2024-11-26")]),
        ("pt", "apresentará o trabalho no próximo mês de outubro", [("próximo mês de outubro", "2025-10")]),
        ("es", "se inaugurará el próximo mes de diciembre", [("el próximo mes de diciembre", "2024-12")]),
        ("pt", "Nesta quarta-feira, 21/11, houve", [("Nesta quarta-feira", "2024-11-27"),
                                                    ("21/11", "2024-11-21")]),
        ("pt", "a reunião de 31/08 a 04/09", [("31/08", "2024-08-31"), ("04/09", "2024-09-04")]),
        ("pt", "entre os dias 4 a 6 de junho", [("entre os dias 4 a 6 de junho", "2024-06-04/2024-06-06")]),
        ("en", "on June 10-18 officials", [("June 10-18", "2024-06-10/2024-06-18")]),
        # A time of day takes the date of its sentence, or stays an unknown day.
        ("pt", "Foi no dia 10 de setembro, às 17 horas, na sede.",
         [("10 de setembro", "2024-09-10"), ("17 horas", "2024-09-10")]),
        ("pt", "As aulas começavam às 10h e eu saía às 9h30.",
         [("10h", "XXXX-XX-XX"), ("9h30", "XXXX-XX-XX")]),
        ("pt", "Última alteração dia 2003-03-27 às 08:46:45",
         [("2003-03-27", "2003-03-27"), ("08:46:45", "2003-03-27")]),
        ("en", "The meeting is at 10 a.m. today.", [("10 a.m.", "2024-11-30"), ("today", "2024-11-30")]),
    ],
)
def test_dates_issue_3_relative(dates, lang, text, expected):
    assert [(m.text, m.value) for m in dates(text, lang)] == expected


@pytest.mark.parametrize(
    "lang,text",
    [
        # Durations, counts and names are not dates (issue 3).
        ("pt", "A viagem durou 10 horas."),
        ("pt", "Chegaram 2000 soldados."),
        ("pt", "um grupo de 2000 pessoas"),
        ("pt", "Mora na Rua 25 de Março, no centro."),
        ("pt", "Os jovens não se dividem sobre o 25 de Abril."),
        ("es", "Vende pan en la feria de la 16 de Julio."),
        ("es", "El presidente de la Cooperativa de Transporte 20 de Mayo habló."),
        ("pt", "A Associação 25 de Abril pede obras e a Escola Secundária 5 de Outubro fechou."),
        ("es", "La Asociación 8 de Marzo pidió más fondos."),
        ("pt", "Em declarações à SÁBADO, o ministro negou tudo."),
        ("pt", "Comeu 3/4 do bolo."),
        ("pt", "O resultado foi 9.30 pontos."),
        # "today" as "these days": written so, or set against the past in the sentence before.
        ("pt", "Hoje em dia a Suécia vale mais."),
        ("es", "Hoy en día el café vale más."),
        ("pt", "Antes vendíamos pouco ao norte. Hoje a Suécia vale mais."),
        ("en", "In the past we sold little. Today Sweden is our biggest market."),
    ],
)
def test_dates_issue_3_ignores(dates, lang, text):
    assert dates(text, lang) == []


def test_dates_today_set_against_a_decade_is_these_days(dates):
    found = dates("Nos anos 1990, a cidade tinha 30 mil hectares. Hoje, são menos de 2 mil.", "pt")
    assert [m.text for m in found] == ["anos 1990"]


def test_dates_time_without_reference_keeps_unknown_day(dates):
    found = dates("Começou às 14:00hs em ponto.", ref=None)
    assert [(m.text, m.value, m.precision, m.start_date, m.relative) for m in found] == [
        ("14:00hs", "XXXX-XX-XX", "day", None, True)
    ]


def _plain_matches(component, text: str) -> dict[int, list[tuple[int, int]]]:
    """Each pattern's matches the simple way: `finditer` over every trigger window."""
    names = [*component.months, *component.weekdays, *component.words, *component.seasons,
             *component.decade_words, *component.cues.get("century_before", ()), *component.anaphors]
    trigger = re.compile(rf"\d|(?<![\w])(?:{_alt(names)})", re.IGNORECASE)
    windows = find_windows(trigger, text)
    found = {rank: [m.span() for w in windows for m in pattern.finditer(text, *w)]
             for rank, pattern in enumerate(component._regexes)}
    return {rank: spans for rank, spans in found.items() if spans}


def _scrambled_texts(component, count: int) -> list[str]:
    """Texts made of the component's own words, numbers, marks and odd spacing and case."""
    rng = random.Random(7)
    words = [*component.months, *component.weekdays, *component.words, *component.seasons,
             *component.decade_words, *component.day_words, *component.anaphors,
             *(w for phrases in component.cues.values() for w in phrases)]
    words += ["2024", "1990", "90", "'90s", "79", "'05", "30", "5", "123", "12345", "2019-2021", "10h30", "17:45",
              "30/11", "30/11/2024", "2024-11-30", "(21)", "(1944)", "©", "www.a.pt/2024", "G20", "XIX",
              "ſábado", "İ", "ı", "_", "ª", "º", "-", "–", ",", ".", "/", "(", ")", ":", "'", "\n"]
    texts = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(1, 30)):
            word = rng.choice(words)
            word = rng.choice([word, word, word.upper(), word.capitalize()])
            parts.append(word + rng.choice([" ", " ", "", "  ", "\n", " " * 45, ", "]))
        texts.append("".join(parts))
    return texts


@pytest.mark.parametrize("lang", ["pt", "en", "es"])
def test_dates_start_scan_finds_what_finditer_finds(lang, seed_text):
    """The patterns are tried only where they can start (`_dates_scan`); a pattern whose
    start is not declared there would lose matches. Compare with plain `finditer`."""
    component = load_nlp(lang).get_pipe("etl_dates")
    texts = [seed_text, *_scrambled_texts(component, 150)]
    for text in texts:
        scanned: dict[int, list[tuple[int, int]]] = {}
        for rank, match in component._scan.matches(text, component._regexes):
            scanned.setdefault(rank, []).append(match.span())
        assert scanned == _plain_matches(component, text), text


@pytest.mark.parametrize("lang", ["pt", "en", "es"])
def test_dates_needed_words_never_skip_a_match(lang):
    """The "ago" and quarter patterns run only on texts holding one of their needed words
    (`NeededWords`): a text they would match is never skipped, in any case or spelling."""
    component = load_nlp(lang).get_pipe("etl_dates")
    rng = random.Random(11)
    words = [*component._ago_needs.words, *component._period_needs.words, *component.ago_units,
             *component.ago_numbers, *component.period_units, *component.period_ordinals,
             *(w for role in ("ago_before", "ahead_before", "ago_after", "ago_hedge")
               for w in component.cues.get(role, ())),
             "3", "2024", "Q3", "ſ", "İ", "ı", "K", ",", "."]
    matched = 0
    for _ in range(1500):
        picked = (rng.choice(words) for _ in range(rng.randint(1, 6)))
        text = " ".join(rng.choice([w, w.upper(), w.capitalize(), w.replace("s", "ſ")]) for w in picked)
        for pattern, needs in ((component._ago, component._ago_needs), (component._period, component._period_needs)):
            if pattern is None:
                continue
            found = pattern.search(text) is not None
            matched += found
            assert not (found and needs.absent(text, text.lower())), text
    assert matched > 10  # the texts do hold matches


@pytest.mark.parametrize(
    "lang,text",
    [
        ("pt", "Os deputados votarão o projeto e a ministra comparecerá; está previsto."),
        ("es", "El ministro comparecerá y los diputados votarán; llegará el lunes."),
        ("en", "The minister will appear and the deputies decided to vote."),
    ],
)
def test_dates_future_verbs_as_finditer(lang, text):
    """The future-verb scan skips spans without a verb ending and finds the same matches."""
    component = load_nlp(lang).get_pipe("etl_dates")
    for pos in range(len(text)):
        for endpos in range(pos, len(text) + 1):
            assert [m.span() for m in component._future_verbs(text, pos, endpos)] \
                == [m.span() for m in component._future_verb.finditer(text, pos, endpos)]


@pytest.mark.parametrize(
    "text,absent",
    [
        ("Chegou ontem ao Porto.", True),
        ("HÁ TRÊS DIAS", False),
        ("Daqui  a duas semanas", False),
        ("No Q3 de 2024", False),
        ("İzmir, ontem", False),  # str.lower() makes "İ" two characters: always scan
        ("Chegou ontem. ſ", False),  # the engine reads "ſ" as "s"; str.lower() keeps it
    ],
)
def test_dates_needed_words_absent(text, absent):
    needs = NeededWords(["há", "daqui a", "q3", "semestre"])
    assert needs.absent(text, text.lower()) is absent


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A future word in the clause before a weekday or a month alone: the coming one (REF is
        # Saturday 2024-11-30).
        ("en", "The BBC will broadcast a tribute on Sunday.", [("Sunday", "2024-12-01")]),
        ("en", "He said Maguire would miss Friday's game.", [("Friday", "2024-12-06")]),
        ("en", "He'll travel to Paris on Monday.", [("Monday", "2024-12-02")]),
        ("en", "The summit is scheduled for October.", [("October", "2025-10")]),
        ("pt", "A cúpula vai acontecer no domingo.", [("domingo", "2024-12-01")]),
        ("pt", "O julgamento deverá ocorrer em outubro.", [("outubro", "2025-10")]),
        ("es", "El presidente irá a Madrid el lunes.", [("lunes", "2024-12-02")]),
        ("es", "La cumbre va a celebrarse en octubre.", [("octubre", "2025-10")]),
        # A past word before a month alone: the last one.
        ("en", "The prosecutor had requested the warrants in May.", [("May", "2024-05")]),
        ("en", "The law was passed in December.", [("December", "2023-12")]),
        # A verb with a past-tense ending is a past word; a participle or a present is not.
        ("en", "He pleaded guilty in January.", [("January", "2024-01")]),
        ("en", "The vote is expected in January.", [("January", "2025-01")]),
        ("pt", "O presidente assinou o decreto em janeiro.", [("janeiro", "2024-01")]),
        ("pt", "Os analistas esperam um corte em janeiro.", [("janeiro", "2025-01")]),
        ("es", "El presidente firmó el decreto en enero.", [("enero", "2024-01")]),
        # so does a Spanish perfect ("ha obligado"), also before "hasta" and a month gone by
        ("es", "La sequía ha obligado a adelantar la vendimia hasta agosto.", [("agosto", "2024-08")]),
        ("es", "La Junta ha prorrogado la alerta hasta el domingo.", [("domingo", "2024-12-01")]),
        # a condition in the present a few words before looks ahead, unless a past follows
        ("es", "Teme los aranceles que ha prometido el candidato si gana las elecciones de marzo.",
         [("marzo", "2025-03")]),
        ("en", "He asked if the meeting in September had gone well.", [("September", "2024-09")]),
        # a weekday right after "mañana" is that day; one that follows a day given is the next after it
        ("es", "Mañana domingo habrá reunión.", [("Mañana", "2024-12-01"), ("domingo", "2024-12-01")]),
        ("en", "Hiring begins Dec. 9, with a session the following Thursday.",
         [("Dec. 9", "2024-12-09"), ("Thursday", "2024-12-12")]),
        # an event of next or last year names the year of its days; a participle of what was
        # begun keeps its month in the past whatever follows
        ("en", "Next year's festival is scheduled for October 9 to 12.", [("Next year", "2025"),
                                                                         ("October 9 to 12", "2025-10-09/2025-10-12")]),
        ("pt", "A obra, iniciada em março, deverá estar concluída em dezembro do próximo ano.",
         [("março", "2024-03"), ("dezembro do próximo ano", "2025-12")]),
        ("es", "La reunión del lunes 3 de marzo y el jueves siguiente.",
         [("lunes 3 de marzo", "2025-03-03"), ("jueves", "2025-03-06")]),
        # So does a verb with a future ending (pt, es).
        ("es", "El ministro compareció el jueves y comparecerá el lunes.", [("jueves", "2024-11-28"),
                                                                        ("lunes", "2024-12-02")]),
        ("pt", "Os deputados votarão em outubro o projeto.", [("outubro", "2025-10")]),
        # A modal or "será" looks ahead too.
        ("en", "The app could go dark on Sunday.", [("Sunday", "2024-12-01")]),
        ("es", "La reunión será el martes.", [("martes", "2024-12-03")]),
        ("pt", "A greve pode começar na segunda-feira.", [("segunda-feira", "2024-12-02")]),
        # "Until" looks ahead.
        ("es", "La Aemet mantiene el aviso rojo hasta el miércoles.", [("miércoles", "2024-12-04")]),
        ("pt", "O plano prevê abrir 20 centros até junho.", [("junho", "2025-06")]),
        ("en", "The warning stays in place until Wednesday.", [("Wednesday", "2024-12-04")]),
        # The present of a scheduled event and "a partir de" look ahead; "since" looks back.
        ("pt", "Metroviários aprovam greve a partir de quinta-feira.", [("quinta-feira", "2024-12-05")]),
        ("es", "El aforo se ampliará desde el 1 de junio.", [("1 de junio", "2025-06-01")]),
        ("en", "Arsenal face PSV Eindhoven on Wednesday.", [("Wednesday", "2024-12-04")]),
        ("en", "Unions say the strike begins on Monday.", [("Monday", "2024-12-02")]),
        ("pt", "A greve começa na segunda-feira.", [("segunda-feira", "2024-12-02")]),
        ("es", "España se enfrenta a Italia el miércoles.", [("miércoles", "2024-12-04")]),
        ("es", "Desde agosto se notificaron 8.400 casos.", [("agosto", "2024-08")]),
        ("en", "Cases have risen since March.", [("March", "2024-03")]),
        # A day and month in a future clause is the next such day; a past clause keeps the
        # nearest ("convocó una huelga para el 30 de octubre" names a day to come).
        ("es", "Las elecciones serán el 16 de marzo.", [("16 de marzo", "2025-03-16")]),
        ("es", "Las elecciones se celebraron el 16 de marzo.", [("16 de marzo", "2024-03-16")]),
        ("en", "Mahama will be sworn in on Jan. 7.", [("Jan. 7", "2025-01-07")]),
        ("es", "La CGT convocó una huelga para el 3 de diciembre.", [("3 de diciembre", "2024-12-03")]),
        # Irregular past forms ("foi", "fue", "stood") look back; a reporting verb does not set
        # the tense of what it reports ("said ... before late November").
        ("pt", "A inflação foi de 2,6% em maio.", [("maio", "2024-05")]),
        ("es", "El partido fue el 16 de noviembre.", [("16 de noviembre", "2024-11-16")]),
        ("en", "Inflation stood at 23% in December.", [("December", "2023-12")]),
        ("en", "The FAA said it did not expect a license before January.", [("January", "2025-01")]),
        # Two days without a year joined as a range are in order: the first goes a year back.
        ("en", "Deliveries between Feb. 1 and Nov. 18 rose.", [("Feb. 1", "2024-02-01"), ("Nov. 18", "2024-11-18")]),
        ("es", "Las entregas entre el 1 de febrero y el 18 de noviembre subieron.",
         [("1 de febrero", "2024-02-01"), ("18 de noviembre", "2024-11-18")]),
        # "passado" after a day and month looks back, and so does "pasado/passado/último" before it.
        ("pt", "A trégua decorre desde 18 de dezembro passado.", [("18 de dezembro", "2023-12-18")]),
        ("es", "La Sala ratifica el fallo dictado el pasado 14 de diciembre.", [("14 de diciembre", "2023-12-14")]),
        ("pt", "A Relação confirma a decisão do passado dia 10 de dezembro.", [("10 de dezembro", "2023-12-10")]),
        ("es", "Ratifica el fallo del pasado mes de diciembre.", [("pasado mes de diciembre", "2023-12")]),
        ("pt", "No passado mês de dezembro houve chuvas.", [("passado mês de dezembro", "2023-12")]),
        # Two months joined as a range are in order: the first goes a year back.
        ("en", "The season (February-October) was hard.", [("February", "2024-02"), ("October", "2024-10")]),
        # "hasta" after a past verb is up to a month gone by; before a future one, to come.
        ("es", "Los salarios crecieron un 3,1% hasta diciembre.", [("diciembre", "2023-12")]),
        ("pt", "O governador afirmou que o estado vai distribuir alimentos até dezembro.", [("dezembro", "2024-12")]),
        # Two listed days share the second's month: both are dates.
        ("es", "La reunión será los días 6 y 7 de diciembre.", [("6", "2024-12-06"), ("7 de diciembre", "2024-12-07")]),
        ("en", "Tickets dated 10 and 11 December sold out.", [("10", "2024-12-10"), ("11 December", "2024-12-11")]),
        # A clause opened by "after" has its own tense; a past perfect right after the date is
        # its clause's; a future further back in the sentence, with no past verb after it, is the date's.
        ("en", "Workers will strike next month after pay talks collapsed on Monday, the union said.",
         [("next month", "2024-12"), ("Monday", "2024-11-25")]),
        ("en", "He said the city would ask why a shutdown in June had not included the line.", [("June", "2024-06")]),
        ("en", "The ministry said it would sell rice at a lower price in more than 100 stores across the "
               "metropolitan region from Thursday.", [("Thursday", "2024-12-05")]),
        # A range of days takes the clause's tense too; an incident's day has passed.
        ("es", "El congreso se celebrará del 10 al 14 de agosto.",
         [("del 10 al 14 de agosto", "2025-08-10/2025-08-14")]),
        ("es", "Tras el atentado del 20 de diciembre, la Policía reforzó la vigilancia.",
         [("20 de diciembre", "2023-12-20")]),
        ("pt", "As vítimas do incêndio de 20 de dezembro ainda esperam apoio.", [("20 de dezembro", "2023-12-20")]),
        ("en", "Survivors of the attack of 20 December still wait.", [("20 December", "2023-12-20")]),
        # A capitalised "Today" mid-sentence is a name (a programme), not a date.
        ("en", "He told BBC Radio 4's Today programme that rates would fall.", []),
        # A day something is set "for" is to come, whatever the verb's tense.
        ("es", "La Aemet activó el aviso naranja para este miércoles.", [("este miércoles", "2024-12-04")]),
        ("en", "The vote was set for Sunday.", [("Sunday", "2024-12-01")]),
        ("es", "Trabajó para el gobierno el lunes.", [("lunes", "2024-11-25")]),
        # A past auxiliary looks back; a past form after "be" is a participle ("will be held").
        ("pt", "A PGR havia denunciado 34 pessoas em dezembro.", [("dezembro", "2023-12")]),
        ("es", "El Indec había informado en diciembre.", [("diciembre", "2023-12")]),
        ("en", "Elections will be held in February.", [("February", "2025-02")]),
        ("en", "Elections are scheduled for March.", [("March", "2025-03")]),
        # "desde" before a month alone: a period that began in the past.
        ("pt", "É a terceira greve desde dezembro.", [("dezembro", "2023-12")]),
        ("es", "Es la inflación más alta desde diciembre.", [("diciembre", "2023-12")]),
        # A day alone after "último/passado" or close after a past verb is the last such day.
        ("pt", "O acordo foi assinado no último dia 3.", [("3", "2024-11-03")]),
        ("pt", "O prazo terminou no dia 2.", [("2", "2024-11-02")]),
        ("pt", "O prazo termina no dia 2.", [("2", "2024-12-02")]),
        # A capitalised name is no tense word: "Irán" is not "irán" (will go).
        ("es", "Unos 3.700 contenedores llegaron a Irán el 17 de junio.", [("17 de junio", "2024-06-17")]),
        # The word must be in the same clause, before the date; else the default holds.
        ("en", "Police said on Friday the suspect will appear in court.", [("Friday", "2024-11-29")]),
        ("en", "The team, which will play Chelsea, won on Friday.", [("Friday", "2024-11-29")]),
        ("en", "The vote was held on Sunday.", [("Sunday", "2024-11-24")]),
        ("en", "It did not expect to issue a license before November.", [("November", "2024-11")]),
        ("pt", "Na sexta-feira, o ministro disse que vai viajar.", [("sexta-feira", "2024-11-29")]),
        ("es", "El viernes, el presidente dijo que irá.", [("viernes", "2024-11-29")]),
    ],
)
def test_dates_tense_of_the_clause_sets_the_direction(dates, lang, text, expected):
    assert [(m.text, m.value) for m in dates(text, lang)] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A year between an article and the noun it modifies; "as early as" is a date cue.
        ("en", "The 2018 outbreak killed 17 people.", [("2018", "2018")]),
        ("en", "He won at the 2016 Rio Olympics.", [("2016", "2016")]),
        ("en", "All the 2000 runners finished.", []),
        ("en", "It could land as early as 2026.", [("2026", "2026")]),
        ("en", "It was used as late as 1990.", [("1990", "1990")]),
        # A comparison names a year as a date.
        ("en", "Cases had risen 160% compared with 2023.", [("2023", "2023")]),
        ("es", "Los casos subieron un 20% frente a 2023.", [("2023", "2023")]),
    ],
)
def test_dates_year_before_its_noun_and_as_early_as(dates, lang, text, expected):
    assert [(m.text, m.value) for m in dates(text, lang)] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # "the year before", "ano anterior": counted from the last date before it in its sentence.
        ("en", "12 cyclists died on the state's roads last year, up from 8 the year before.",
         [("last year", "2023", True), ("the year before", "2022", True)]),
        ("en", "Sales rose 5% in 2023 from a year earlier.",
         [("2023", "2023", False), ("a year earlier", "2022", False)]),
        ("en", "In June 2024 prices fell from the previous month.",
         [("June 2024", "2024-06", False), ("the previous month", "2024-05", False)]),
        ("pt", "Em 2023 morreram 12 ciclistas, contra 8 no ano anterior.",
         [("2023", "2023", False), ("ano anterior", "2022", False)]),
        ("pt", "Em março, as vendas caíram ante o mês anterior.",
         [("março", "2024-03", True), ("mês anterior", "2024-02", True)]),
        ("es", "En 2023 murieron 12 ciclistas, frente a 8 el año anterior.",
         [("2023", "2023", False), ("año anterior", "2022", False)]),
        ("es", "El lunes 3 de marzo, y el día anterior.",
         [("lunes 3 de marzo", "2025-03-03", True), ("día anterior", "2025-03-02", True)]),
        # No date before it in the sentence, or a preposition ("the year before the war"): no date.
        ("en", "The year before the war was calm.", []),
        ("en", "Prices were up from the previous month.", []),
        ("pt", "No ano anterior, houve 8.", []),
        ("es", "El 3 de marzo, un día antes de la votación.", [("3 de marzo", "2025-03-03", True)]),
    ],
)
def test_dates_anaphoric_phrases_count_from_the_date_before(dates, lang, text, expected):
    assert [(m.text, m.value, m.relative) for m in dates(text, lang)] == expected


def test_dates_year_counted_back_from_a_period(dates):
    # "in the first half of 2024, up from 50% a year earlier": the year before the period's
    found = dates("Sales rose in the first half of 2024, up from 50% a year earlier.", "en")
    assert [(m.text, m.value) for m in found] == [("first half of 2024", "2024-01/2024-06"),
                                                  ("a year earlier", "2023")]


@pytest.mark.parametrize(
    "text,expected",
    [
        # A day alone after a full date in its sentence is of that date's month, or the next one
        # when it comes before that day (REF: 2024-11-30).
        ("As aulas começam no dia 2 de dezembro e vão até o dia 13.", ["2024-12-02", "2024-12-13"]),
        ("As inscrições foram do dia 28 de outubro até o dia 3.", ["2024-10-28", "2024-11-03"]),
    ],
)
def test_dates_day_alone_after_a_full_date(dates, text, expected):
    assert [m.value for m in dates(text, "pt")] == expected


@pytest.mark.parametrize(
    "lang,ref,text,expected",
    [
        # A day without a year is in the reference year when within eight months of it, unless
        # a past verb dates it; otherwise the nearest such day.
        ("en", date(2024, 3, 16), "The court set a deadline of September 30.", [("September 30", "2024-09-30")]),
        ("en", date(2024, 5, 18), "It hopes to conclude before the December 7 elections.",
         [("December 7", "2024-12-07")]),
        ("en", date(2024, 1, 22), "About 6,500 containers arrived in Quelmia on September 13.",
         [("September 13", "2023-09-13")]),
        ("pt", date(2024, 3, 31), "Cerca de 2.300 soldados chegaram a Omã em 24 de outubro.",
         [("24 de outubro", "2023-10-24")]),
        ("es", date(2024, 1, 10), "La reunión del 20 de diciembre fue tensa.", [("20 de diciembre", "2023-12-20")]),
        # A verb that puts a weekday ahead may follow it.
        ("en", date(2024, 6, 12), "The Council on Thursday is expected to vote.", [("Thursday", "2024-06-13")]),
        ("en", date(2024, 6, 12), "The Council on Thursday voted.", [("Thursday", "2024-06-06")]),
        # "domingo, dia 14" is one date; "Santo Domingo" none.
        ("pt", date(2024, 4, 7), "O Benfica recebe o Moreirense no domingo, dia 14.",
         [("domingo, dia 14", "2024-04-14")]),
        ("es", date(2024, 10, 22), "SANTO DOMINGO. El presidente habló el lunes.", [("lunes", "2024-10-21")]),
        # A participle after "would" keeps the clause ahead.
        ("en", date(2024, 3, 8), "The package would keep the agencies funded through Sept. 30.",
         [("Sept. 30", "2024-09-30")]),
        # Days listed before a date are of its month; a year after a listed day is theirs.
        ("es", date(2024, 11, 28), "Los conciertos serán los días 21, 22 y 23 de marzo de 2025.",
         [("21", "2025-03-21"), ("22", "2025-03-22"), ("23 de marzo de 2025", "2025-03-23")]),
        ("es", date(2025, 2, 10), "Las sesiones serán los días 15, 16, 29 y 30 de marzo.",
         [("15", "2025-03-15"), ("16", "2025-03-16"), ("29", "2025-03-29"), ("30 de marzo", "2025-03-30")]),
        ("pt", date(2025, 2, 10), "Haverá greve nos dias 4, 11, 18 e 25 de julho.",
         [("4", "2025-07-04"), ("11", "2025-07-11"), ("18", "2025-07-18"), ("25 de julho", "2025-07-25")]),
        ("en", date(2024, 9, 2), "The shows on August 16th and 17th, 2025, sold out at 8am on Saturday.",
         [("August 16th", "2025-08-16"), ("17th, 2025", "2025-08-17"), ("8am", "2024-08-31"),
          ("Saturday", "2024-08-31")]),
        # The weekend gone by; a hedged count back.
        ("es", date(2024, 3, 11), "Hubo disturbios desde el pasado fin de semana.",
         [("pasado fin de semana", "2024-W10")]),
        ("en", date(2024, 3, 4), "Gangs attacked two prisons over the weekend.", [("over the weekend", "2024-W09")]),
        ("pt", date(2024, 9, 25), "Retomaram a fazenda há pouco mais de uma semana.",
         [("há pouco mais de uma semana", "2024-W38")]),
        # A month in a nickname is no date.
        ("es", date(2024, 7, 26), 'Ismael "El Mayo" Zambada fue detenido.', []),
    ],
)
def test_dates_year_of_a_day_and_weekday_context(dates, lang, ref, text, expected):
    assert [(m.text, m.value) for m in dates(text, lang, ref)] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("pt", "A audiência foi no dia 20 do mês passado e será retomada a 3 do próximo mês.",
         [("dia 20 do mês passado", "2025-02-20"), ("3 do próximo mês", "2025-04-03")]),
        ("pt", "A reunião será no dia 8 deste mês.", [("dia 8 deste mês", "2025-03-08")]),
        ("es", "La cumbre será el 8 de este mes y la anterior fue el 20 del mes pasado.",
         [("8 de este mes", "2025-03-08"), ("20 del mes pasado", "2025-02-20")]),
        ("en", "The summit opens on the 8th of next month.", [("8th of next month", "2025-04-08")]),
        # A day the month does not have leaves the month.
        ("en", "Talks resumed on the 30th of last month.", [("last month", "2025-02")]),
    ],
)
def test_dates_day_of_a_month_named_by_where_it_stands(dates, lang, text, expected):
    """The month of "dia 8 deste mês" is the publication's, not the nearest month with an 8th."""
    assert [(m.text, m.value) for m in dates(text, lang, date(2025, 3, 12))] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("es", "Hay más de 1.100 muertos desde el 9 de septiembre del año pasado.",
         [("9 de septiembre del año pasado", "2024-09-09")]),
        ("pt", "As obras arrancam no terceiro trimestre deste ano.",
         [("terceiro trimestre deste ano", "2025-07/2025-09")]),
        ("pt", "A greve foi de 3 a 5 de maio do ano passado.",
         [("de 3 a 5 de maio do ano passado", "2024-05-03/2024-05-05")]),
        ("en", "The plant closed on March 3 last year.", [("March 3 last year", "2024-03-03")]),
        ("en", "Talks resume in May this year.", [("May this year", "2025-05")]),
        # A weekday before a day and month makes it a day, even after "na" (as in "na 25 de Março").
        ("pt", "A campanha termina na sexta-feira, 10 de outubro.", [("sexta-feira, 10 de outubro", "2025-10-10")]),
        # "de ese año", "of that year": the year last given in full
        ("es", "En la crisis de 2023 se declaró la emergencia el 19 de junio de ese año.",
         [("2023", "2023"), ("19 de junio de ese año", "2023-06-19")]),
        ("es", "En marzo de 2021 firmaron; en mayo del mismo año rompieron.",
         [("marzo de 2021", "2021-03"), ("mayo del mismo año", "2021-05")]),
        ("en", "In 2019 the plant closed, and on 4 July of that year it was sold.",
         [("2019", "2019"), ("4 July of that year", "2019-07-04")]),
        ("pt", "A lei de 2020 entrou em vigor em junho desse ano.", [("2020", "2020"), ("junho desse ano", "2020-06")]),
    ],
)
def test_dates_year_phrase_after_a_day_or_month(dates, lang, text, expected):
    """"do ano passado", "deste ano", "last year" after a date without its year say its year."""
    assert [(m.text, m.value) for m in dates(text, lang, date(2025, 2, 12))] == expected


@pytest.mark.parametrize(
    "lang,ref,text,expected",
    [
        # A vow looks ahead; "through" does only right before its date (a time may stand between).
        ("en", date(2024, 6, 26), "Youth-led groups have vowed to march again on Thursday.",
         [("Thursday", "2024-06-27")]),
        ("en", date(2024, 11, 7), "A wildfire tore through the town on Wednesday.", [("Wednesday", "2024-11-06")]),
        ("en", date(2024, 11, 7), "A warning is in place through 6 p.m. on Friday.",
         [("6 p.m.", "2024-11-08"), ("Friday", "2024-11-08")]),
        # "over the weekend" is the coming one in a clause in the future.
        ("en", date(2024, 11, 7), "Officials warned conditions will worsen over the weekend.",
         [("over the weekend", "2024-W45")]),
        ("en", date(2024, 11, 7), "Gangs attacked two prisons over the weekend.", [("over the weekend", "2024-W44")]),
        # A plan told in the past is the nearest such day; a range of months takes its clause's tense
        # and not the full stop after it.
        ("en", date(2024, 1, 13), "Schools, which had been due to reopen on 8 January, stay shut.",
         [("8 January", "2024-01-08")]),
        ("en", date(2024, 12, 22), "Fires burned 150,000 hectares between October and February.",
         [("between October and February", "2023-10/2024-02")]),
        ("pt", date(2024, 12, 11), "A sardinha terá uma quota de 30 mil toneladas entre abril e outubro.",
         [("entre abril e outubro", "2025-04/2025-10")]),
        # ... but a coming range under way is this year's; two months joined by "till" that hold
        # the reference date are in order with the second moved on.
        ("pt", date(2024, 8, 8), "A algodoeira vai contratar 40 safristas entre julho e setembro.",
         [("entre julho e setembro", "2024-07/2024-09")]),
        ("pt", date(2024, 11, 8), "A fábrica vai operar entre outubro e março.",
         [("entre outubro e março", "2024-10/2025-03")]),
        ("es", date(2025, 2, 20), "Entre noviembre y febrero el impuesto seguirá bonificado.",
         [("Entre noviembre y febrero", "2025-11/2026-02")]),
        ("en", date(2024, 6, 7), "The flush, plucked from late May till July, accounts for a third of revenue.",
         [("May", "2024-05"), ("July", "2024-07")]),
        # "el fin de semana", "no fim de semana": the last one, the coming one in the future;
        # "todo 2023" is the year.
        ("es", date(2025, 2, 12), "El fin de semana hubo protestas.", [("fin de semana", "2025-W06")]),
        ("es", date(2025, 2, 12), "El paro será el fin de semana.", [("fin de semana", "2025-W07")]),
        ("es", date(2025, 2, 12), "Cada fin de semana hay fiesta.", []),
        ("es", date(2025, 2, 12), "Durante todo 2023 se registraron casos.", [("2023", "2023")]),
        ("en", date(2024, 2, 23), "Eskom said it hoped to return the units over the weekend.",
         [("over the weekend", "2024-W08")]),
        # A date in a clause opened by "que/that" takes that clause's future; short past verbs.
        ("es", date(2024, 4, 22), "El candidato anunció que el martes llamará a los militantes.",
         [("martes", "2024-04-23")]),
        ("en", date(2024, 4, 22), "He said that on Tuesday he will call them.", [("Tuesday", "2024-04-23")]),
        ("en", date(2024, 4, 22), "Police said on Tuesday the suspect will appear in court.",
         [("Tuesday", "2024-04-16")]),
        ("es", date(2024, 10, 14), "Una explosión dejó cuatro lesionados en febrero.", [("febrero", "2024-02")]),
        # A weekday with its week after it is that week's.
        ("en", date(2024, 4, 15), "The union will join the strike from Wednesday next week.",
         [("Wednesday next week", "2024-04-24")]),
        # A working week with bare "de … a …" is a schedule, no date; a day-numbered span is one.
        ("pt", date(2025, 2, 10), "As obras decorrem de segunda a sábado.", []),
        ("es", date(2025, 2, 10), "La oficina abre de lunes a viernes.", []),
        ("pt", date(2025, 2, 10), "A greve vai de segunda-feira (10) a sábado (15).",
         [("segunda-feira (10)", "2025-02-10"), ("sábado (15)", "2025-02-15")]),
        # "terá" before a participle tells what reportedly happened.
        ("pt", date(2024, 11, 9), "A rede terá introduzido na Europa três carregamentos desde março.",
         [("março", "2024-03")]),
        # The month right after a verb of saying (and whom it was told) is when it was said.
        ("en", date(2025, 2, 10), "He told reporters in March that the plan was dead.", [("March", "2024-03")]),
        ("pt", date(2025, 2, 10), "O ministro disse em março que o plano morreu.", [("março", "2024-03")]),
        ("es", date(2025, 2, 10), "El ministro dijo en marzo que el plan murió.", [("marzo", "2024-03")]),
        ("en", date(2025, 2, 10), "It will be said in March.", [("March", "2025-03")]),
        # A participle of what was done then; a plan's is ahead.
        ("pt", date(2024, 12, 7), "A obra, iniciada em fevereiro, atrasou.", [("fevereiro", "2024-02")]),
        ("pt", date(2024, 12, 7), "O pagamento previsto em março vai atrasar.", [("março", "2025-03")]),
        ("es", date(2024, 12, 7), "El programa, lanzado en marzo, fracasó.", [("marzo", "2024-03")]),
        # Until a day after a verb of lasting is gone by; after one that sets a limit, ahead.
        ("pt", date(2024, 11, 27), "A negociação arrastou-se até à madrugada de terça-feira.",
         [("terça-feira", "2024-11-26")]),
        ("en", date(2024, 11, 27), "The talks dragged on until the early hours of Tuesday.",
         [("Tuesday", "2024-11-26")]),
        ("pt", date(2024, 9, 17), "O Governo prolongou a situação de alerta até quinta-feira.",
         [("quinta-feira", "2024-09-19")]),
        # A bare year after "than" or a verb that moves a date; "than" before a count is no year.
        ("en", date(2025, 2, 10), "It was moved to 2027, and service comes no earlier than 2031.",
         [("2027", "2027"), ("2031", "2031")]),
        ("en", date(2025, 2, 10), "More than 2000 people came.", []),
        ("en", date(2025, 2, 10), "Auditors warned as far back as 2021.", [("2021", "2021")]),
        # A year closed or ended ("cerró 2023 con pérdidas"); not a count closed ("fechou 2000 vagas").
        ("es", date(2024, 2, 6), "La compañía cerró 2023 con pérdidas.", [("2023", "2023")]),
        ("pt", date(2025, 3, 10), "A Voare fechou 2024 com prejuízo.", [("2024", "2024")]),
        ("pt", date(2025, 3, 10), "A loja fechou 2000 vagas.", []),
        ("es", date(2025, 6, 12), "La empresa reportó a cierre de 2024 pasivos por 1,2 billones.", [("2024", "2024")]),
        # a set date's part of the day; a said verb with its own subject after a future
        ("pt", date(2024, 11, 8), "O sindicato convocou uma assembleia para a manhã de segunda-feira.",
         [("segunda-feira", "2024-11-11")]),
        ("en", date(2025, 1, 20), "Workers will lose their jobs after the owner confirmed on Friday that it shuts.",
         [("Friday", "2025-01-17")]),
        # an old year after "para" or before a change is an amount
        ("pt", date(2024, 9, 10), "Os casos subiram, elevando para 1243 o número total.", []),
        # a weekday counted in its month; a bare day after a weekday, before the clause's verb
        ("en", date(2024, 4, 12), "The vote is on the last Monday of November.",
         [("last Monday of November", "2024-11-25")]),
        ("es", date(2024, 4, 12), "Será el primer lunes de noviembre de 2025.",
         [("primer lunes de noviembre de 2025", "2025-11-03")]),
        ("pt", date(2024, 4, 12), "Será na última segunda-feira de novembro.",
         [("última segunda-feira de novembro", "2024-11-25")]),
        ("es", date(2024, 4, 12), "Anunció que a partir del lunes 15 bloqueará los accesos.",
         [("lunes 15", "2024-04-15")]),
        # a said clause in the present keeps its month nearest, though the saying is past
        ("es", date(2024, 9, 20), "El director aseguró que la meta es terminar antes de diciembre.",
         [("diciembre", "2024-12")]),
        # a participle after the future subjunctive of "ser" is no past
        ("pt", date(2024, 12, 5), "Entra em vigor se for aprovada na sessão de 18 de Dezembro.",
         [("18 de Dezembro", "2024-12-18")]),
        # a present threat looks ahead, though "desde" counts from a day
        ("es", date(2024, 8, 21), "Los cooperativistas amenazan con bloquear las rutas desde el jueves.",
         [("jueves", "2024-08-22")]),
        # a year named right before "in <month>" is the month's
        ("en", date(2024, 11, 20), "Prices rose last year in March.", [("last year", "2023"), ("March", "2023-03")]),
        ("pt", date(2024, 11, 20), "Os preços subiram no ano passado, em março.",
         [("ano passado", "2023"), ("março", "2023-03")]),
        # scheduled presents ahead; "será … desde enero" counts since the January gone by
        ("es", date(2025, 3, 12), "El convenio firmado ayer vence el 31 de agosto.",
         [("ayer", "2025-03-11"), ("31 de agosto", "2025-08-31")]),
        ("en", date(2025, 1, 13), "Schools reopen for the new term on Wednesday.", [("Wednesday", "2025-01-15")]),
        ("es", date(2024, 4, 15), "Será la tercera parada desde enero.", [("enero", "2024-01")]),
        ("es", date(2025, 1, 29), "La pensión subirá desde septiembre.", [("septiembre", "2025-09")]),
        # "el pasado mes": the month before
        ("es", date(2024, 5, 5), "El Ministerio autorizó el pasado mes un envío.", [("pasado mes", "2024-04")]),
    ],
)
def test_dates_clause_tense_cues(dates, lang, ref, text, expected):
    assert [(m.text, m.value) for m in dates(text, lang, ref)] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # Hours a day are an amount, not a time; a Spanish dateline's "sep"; the year of "levels".
        ("es", "Los apagones superaban ya las 18 horas diarias.", []),
        ("es", "La Paz, 4 sep (EFE).- Los camioneros bloquearon las rutas.", [("4 sep", "2024-09-04")]),
        ("en", "Emissions will fall 43 per cent below 2005 levels.", [("2005", "2005")]),
    ],
)
def test_dates_durations_datelines_and_levels(dates, lang, text, expected):
    assert [(m.text, m.value) for m in dates(text, lang, date(2024, 9, 5))] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # The present of a scheduled stoppage or forecast looks ahead; "param" is no past tense.
        ("pt", "Os motoristas da STCP param na sexta-feira.", [("sexta-feira", "2025-01-17")]),
        ("pt", "A loja abre no sábado.", [("sábado", "2025-01-18")]),
        ("pt", "A urgência fecha no sábado e reabre na segunda-feira.",
         [("sábado", "2025-01-18"), ("segunda-feira", "2025-01-20")]),
        # what is planned is to come
        ("es", "La presidenta de Renfe tiene previsto reunirse el jueves con los sindicatos.",
         [("jueves", "2025-01-16")]),
        # what is hoped for is to come
        ("es", "Los técnicos esperan que las lluvias lleguen antes de agosto.", [("agosto", "2025-08")]),
        ("pt", "Os técnicos esperam que as chuvas cheguem antes de agosto.", [("agosto", "2025-08")]),
        ("es", "Los transportistas paran el viernes.", [("viernes", "2025-01-17")]),
        ("pt", "A Câmara encerrou na sexta-feira.", [("sexta-feira", "2025-01-10")]),
    ],
)
def test_dates_present_of_scheduled_events_looks_ahead(dates, lang, text, expected):
    assert [(m.text, m.value) for m in dates(text, lang, date(2025, 1, 15))] == expected


def test_dates_up_to_a_month_with_a_past_verb_after_it(dates):
    """"até novembro" looks ahead unless a past verb follows in its clause."""
    found = dates("O IPCA acumulado até novembro ficou em 4,87%. A regra vale até novembro.", "pt", date(2024, 12, 12))
    assert [(m.text, m.value) for m in found] == [("novembro", "2024-11"), ("novembro", "2025-11")]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A date that opens its sentence takes the tense of the first verb after it.
        ("es", "El domingo el precio de la luz llegará a los 158 euros.", [("domingo", "2025-01-12")]),
        ("es", "El domingo el precio de la luz llegó a los 158 euros.", [("domingo", "2025-01-05")]),
        # ... not across its sentence's end.
        ("en", "Growth is seen in the fiscal year ending in June. Schulten added it would spend more.",
         [("June", "2025-06")]),
        # A verb of the sentence before tells nothing: the date's own clause has its verb after it.
        ("es", "La fiscal llegó el jueves. El alcalde, que en marzo firmó el decreto, culpó a las bandas.",
         [("jueves", "2025-01-09"), ("marzo", "2024-03")]),
        ("pt", "A ministra chegou na quinta-feira. O prefeito, que em março assinou o decreto, culpou as facções.",
         [("quinta-feira", "2025-01-09"), ("março", "2024-03")]),
        # ... nor does a limit of the sentence before ("até ao final do ano")
        ("pt", "O Metro admite relançar o concurso até ao final do ano. Em março, o vereador tinha classificado "
               "a situação como grave.", [("final do ano", "2025"), ("março", "2024-03")]),
    ],
)
def test_dates_tense_of_the_verb_after_an_opening_date(dates, lang, text, expected):
    assert [(m.text, m.value) for m in dates(text, lang, date(2025, 1, 11))] == expected


def test_dates_the_last_week_of_a_month_is_no_last_week(dates):
    found = dates("Talks are set for the last week of September; prices fell last week.", "en", date(2024, 9, 10))
    assert [(m.text, m.value) for m in found] == [("September", "2024-09"), ("last week", "2024-W36")]



@pytest.mark.parametrize(
    "lang,text,ref,expected",
    [
        # "due to" a cause is no plan; "is due to" one is
        ("en", "Sales slipped due to fewer working days in September, the ministry said.", date(2025, 10, 1),
         [("September", "2025-09")]),
        ("en", "The report is due to be published in November.", date(2025, 10, 1), [("November", "2025-11")]),
        # a past state "until" a month: "estavam concluídas até julho"
        ("pt", "Segundo a secretaria, 78% das obras estavam concluídas até o fim de julho.", date(2025, 8, 20),
         [("julho", "2025-07")]),
        ("pt", "As obras estarão concluídas até julho.", date(2025, 8, 20), [("julho", "2026-07")]),
        # a range of days keeps its month after "from", and stays a range before "this year"
        ("en", "The holiday runs from October 5-8.", date(2025, 10, 1), [("October 5-8", "2025-10-05/2025-10-08")]),
        ("en", "The holiday runs Oct. 5-8 this year.", date(2025, 10, 1),
         [("Oct. 5-8 this year", "2025-10-05/2025-10-08")]),
    ],
)
def test_dates_causes_past_states_and_ranges(dates, lang, text, ref, expected):
    assert [(d.text, d.value) for d in dates(text, lang, ref)] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A short weekday joined by "e" to another is a weekday; a forecast looks ahead
        ("pt", "A previsão é de mais chuva entre quinta e sábado.",
         [("quinta", "2024-05-16"), ("sábado", "2024-05-18")]),
        ("pt", "Sete homens foram presos entre segunda e quarta-feira.",
         [("segunda", "2024-05-06"), ("quarta-feira", "2024-05-08")]),
        ("es", "El pronóstico es de lluvias el jueves.", [("jueves", "2024-05-16")]),
        # "a quinta" is a farm; "segunda a sexta" a weekly schedule
        ("pt", "A quinta e a casa foram vendidas.", []),
        ("pt", "Atendimento ao público: segunda a sexta.", []),
    ],
)
def test_dates_joined_weekdays_and_forecasts(dates, lang, text, expected):
    assert [(d.text, d.value) for d in dates(text, lang, date(2024, 5, 14))] == expected


def test_dates_spanish_imperfect_is_past(dates):
    text = "La ONG contabilizaba 1.697 presos políticos hasta el 6 de enero."
    assert [(d.text, d.value) for d in dates(text, "es", date(2025, 1, 11))] == [("6 de enero", "2025-01-06")]


@pytest.mark.parametrize(
    "text,expected",
    [
        # An amount's words before a number below 1900: no year
        ("A agência precisaria de pelo menos 1100.", []),
        ("O mosteiro foi fundado em 1100.", [("1100", "1100")]),
    ],
)
def test_dates_amount_words_before_an_old_number(dates, text, expected):
    assert [(d.text, d.value) for d in dates(text, "pt")] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A feast with no year over six weeks away (said on 7 June): the one the tense points to.
        ("en", "Shortages could last until Christmas.", "2024-12-25"),
        ("en", "Sales slumped at Christmas.", "2023-12-25"),
        ("pt", "As vendas vão crescer no Natal.", "2024-12-25"),
        ("es", "Las ventas cayeron en Navidad.", "2023-12-25"),
    ],
)
def test_dates_far_feast_follows_the_tense(dates, lang, text, expected):
    assert [m.value for m in dates(text, lang, ref=date(2024, 6, 7))] == [expected]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # The preterite in -eu is past ("ocorreu", "aconteceu"); "museu" is no verb.
        ("pt", "O ataque ocorreu na madrugada de 3 de fevereiro.", [("3 de fevereiro", "2024-02-03")]),
        ("pt", "O ataque ocorreu a 3 de outubro e o Parlamento Europeu vota a 3 de fevereiro.",
         [("3 de outubro", "2023-10-03"), ("3 de fevereiro", "2025-02-03")]),
        # A promise points ahead: "prometeu votá-lo até agosto".
        ("pt", "O senador prometeu votá-lo até outubro.", [("outubro", "2024-10")]),
        ("es", "El senador prometió votarla hasta octubre.", [("octubre", "2024-10")]),
        # "the year before" a year named in the sentence counts from that year.
        ("pt", "O balanço de 2023, divulgado no mês passado, mostra alta em relação ao ano anterior.",
         [("2023", "2023"), ("mês passado", "2024-07"), ("ano anterior", "2022")]),
        # A weekday's day after a comma at the sentence end.
        ("pt", "Os dados saem nesta quinta-feira, 15.", [("nesta quinta-feira, 15", "2024-08-15")]),
    ],
)
def test_dates_tense_anaphors_and_weekday_days(dates, lang, text, expected):
    assert [(m.text, m.value) for m in dates(text, lang, ref=date(2024, 8, 14))] == expected


@pytest.mark.parametrize(
    "lang,text",
    [
        ("es", "La campaña permite ver películas por 2 euros los martes."),  # every Tuesday
        ("es", "Con la festividad, los vendedores hicieron su agosto."),  # an idiom
    ],
)
def test_dates_recurring_weekdays_and_idioms_are_no_dates(dates, lang, text):
    assert dates(text, lang) == []


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A past verb and its subject's name before the day: the last such day.
        ("es", "El ingreso sube, según anunció el presidente Nicolás Quelduro el 1 de mayo.",
         [("1 de mayo", "2024-05-01")]),
        # A half year in a future clause: the coming one once the last has ended.
        ("es", "El Gobierno destinará 45 millones durante el primer semestre.",
         [("primer semestre", "2025-01/2025-06")]),
        # Two weekdays with their days joined by "al": no stray number.
        ("es", "El operativo irá del sábado 9 al lunes 11 de noviembre.",
         [("sábado 9", "2024-11-09"), ("lunes 11 de noviembre", "2024-11-11")]),
    ],
)
def test_dates_past_subjects_future_halves_and_weekday_ranges(dates, lang, text, expected):
    assert [(m.text, m.value) for m in dates(text, lang, ref=date(2024, 11, 8))] == expected


@pytest.mark.parametrize(
    "lang,text,ref,expected",
    [
        # A weekday with its date in brackets is one mention, the date's.
        ("pt", "Os desfiles acontecem no domingo (2 de março) e na segunda-feira (3 de março).", date(2025, 2, 5),
         [("domingo (2 de março)", "2025-03-02"), ("segunda-feira (3 de março)", "2025-03-03")]),
        ("en", "The vote is on Sunday (March 2).", date(2025, 2, 5), [("Sunday (March 2)", "2025-03-02")]),
        # "desde o dia 3" after a 10th: the 3rd before it; "até o dia 3" after a 28th: the next month's.
        ("pt", "A Funai pediu nesta terça-feira (10) reforço, onde indígenas ocupam desde o dia 3 uma fazenda.",
         date(2024, 9, 10), [("nesta terça-feira (10)", "2024-09-10"), ("3", "2024-09-03")]),
        ("pt", "O festival vai do dia 28 de outubro até o dia 3.", date(2024, 9, 10),
         [("28 de outubro", "2024-10-28"), ("3", "2024-11-03")]),
        # Quoted words after a modal do not end its clause.
        ("en", 'The airline would begin "an orderly wind-down of operations" on Monday.', date(2024, 5, 18),
         [("Monday", "2024-05-20")]),
        # The two days of a range are in order within a year.
        ("en", "Anyone booked between May 21 and May 31 can change their flight.", date(2024, 5, 18),
         [("May 21", "2024-05-21"), ("May 31", "2024-05-31")]),
        # "Sunday working" is a kind of day.
        ("en", "The changes would make Sunday working part of the week.", date(2025, 3, 5), []),
    ],
)
def test_dates_bracketed_dates_days_since_quotes_and_ranges(dates, lang, text, ref, expected):
    assert [(m.text, m.value) for m in dates(text, lang, ref=ref)] == expected


@pytest.mark.parametrize(
    "lang,text,ref,expected",
    [
        # A weekday's own day and month say which one it is.
        ("es", "El simulacro será el próximo jueves 8 de mayo.", date(2025, 4, 23),
         [("jueves 8 de mayo", "2025-05-08")]),
        # "desde junio" is a June gone by, whatever verb comes after.
        ("es", "La mesa está abierta desde junio y seguirá abierta.", date(2024, 9, 23), [("junio", "2024-06")]),
        # A deadline with no tense is ahead; so is what "continues" on a weekday.
        ("pt", "A associação aconselha a abastecer antes de segunda-feira.", date(2025, 1, 10),
         [("segunda-feira", "2025-01-13")]),
        ("en", "The hearing continues in Kumasi on Friday.", date(2024, 6, 20), [("Friday", "2024-06-21")]),
    ],
)
def test_dates_weekday_dates_since_months_and_deadlines(dates, lang, text, ref, expected):
    assert [(m.text, m.value) for m in dates(text, lang, ref=ref)] == expected


@pytest.mark.parametrize(
    "lang,text,ref,expected",
    [
        # A day a few days before the story stays in its year, in the future too; so does a backdated one.
        ("es", "Los aumentos regirán desde el 1° de febrero para los usuarios.", date(2024, 2, 3),
         ("1° de febrero", "2024-02-01")),
        ("en", "The pay rise will be backdated to 1 April.", date(2025, 5, 22), ("1 April", "2025-04-01")),
        ("en", "The talks will resume on 1 April.", date(2025, 5, 22), ("1 April", "2026-04-01")),
        # A month that opens its sentence before a comma takes the tense of the clause after it.
        ("es", "En enero, un ataque similar afectó a un hospital.", date(2024, 9, 6), ("enero", "2024-01")),
        ("es", "En enero, el gobierno aprobará la ley.", date(2024, 9, 6), ("enero", "2025-01")),
        # A conditional modal in a reported clause looks ahead.
        ("es", "Comexa advirtió que una helada en enero podría recortar la cosecha.", date(2024, 11, 14),
         ("enero", "2025-01")),
    ],
)
def test_dates_recent_days_opening_months_and_conditionals(dates, lang, text, ref, expected):
    assert [(m.text, m.value) for m in dates(text, lang, ref)] == [expected]


def test_dates_effective_weekday_is_ahead(dates):
    assert [(m.text, m.value) for m in dates("He ordered the suspension of ferry services, effective Wednesday.",
                                             "en", date(2024, 9, 10))] == [("Wednesday", "2024-09-11")]


@pytest.mark.parametrize(
    "lang,text,ref,expected",
    [
        ("en", "The stock had fallen 22% this year through Monday.", date(2025, 6, 10), ("Monday", "2025-06-09")),
        ("en", "The shelter will stay open through Monday.", date(2025, 6, 10), ("Monday", "2025-06-16")),
        ("en", "Nurses last struck in 2023, when walkouts in April led to cancellations.", date(2025, 5, 22),
         ("April", "2023-04")),
    ],
)
def test_dates_perfect_through_and_the_year_of_when(dates, lang, text, ref, expected):
    assert [(m.text, m.value) for m in dates(text, lang, ref)][-1] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A sentence that opens with a year and a comma dates its yearless months.
        ("pt", "Em 2019, o Conselho Quelmar só proclamou os resultados em Dezembro.",
         [("2019", "2019"), ("Dezembro", "2019-12")]),
        ("es", "Durante la sequía de 2023, entre mayo y agosto, la empresa distribuyó agua salobre.",
         [("2023", "2023"), ("entre mayo y agosto", "2023-05/2023-08")]),
        ("en", "In 2023, the company shipped water in August. In March it rained.",
         [("2023", "2023"), ("August", "2023-08"), ("March", "2025-03")]),
    ],
)
def test_dates_a_year_that_opens_the_sentence(dates, lang, text, expected):
    assert [(m.text, m.value) for m in dates(text, lang, date(2025, 5, 20))] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("es", "La asamblea deberá ratificar el acuerdo el sábado 24.", [("sábado 24", "2025-05-24")]),
        ("es", "El lunes 15 personas murieron.", [("lunes", "2025-05-12")]),
    ],
)
def test_dates_a_weekday_with_its_day_number(dates, lang, text, expected):
    assert [(m.text, m.value) for m in dates(text, lang, date(2025, 5, 15))] == expected


def test_dates_an_announced_plan_up_to_a_month_is_ahead(dates):
    found = dates("O PMA anunciou a distribuição de cestas a 85 mil famílias até ao fim de Abril.", "pt",
                  date(2024, 2, 17))
    assert [(m.text, m.value) for m in found] == [("Abril", "2024-04")]


@pytest.mark.parametrize(
    "lang,text,ref,expected",
    [
        # An ordinal is no two-digit year; a weekday's day number before "frente" is the day's.
        ("pt", "Na competição feminina, Portugal ficou em 41.º lugar.", date(2024, 9, 24), []),
        ("es", "Los sindicatos marcharán el jueves 11 frente al Congreso.", date(2025, 9, 9),
         [("jueves 11", "2025-09-11")]),
        # "should", "must" and "due for" look ahead; a modal before "have" looks back.
        ("en", "The service said the storm should weaken by Wednesday.", date(2025, 9, 16),
         [("Wednesday", "2025-09-17")]),
        ("en", "The farmer said the maize was due for harvest in April.", date(2025, 3, 11), [("April", "2025-04")]),
        ("en", "The minister should have resigned on Monday.", date(2025, 3, 11), [("Monday", "2025-03-10")]),
        ("en", "He could have died on Monday.", date(2025, 3, 11), [("Monday", "2025-03-10")]),
        # A relative clause's year is its own event's, not the month's after it; "de julio y
        # septiembre" lists two months.
        ("es", "La Unesco, que incluyó a Potosí en la lista en 2014, pidió en julio un plan.", date(2024, 8, 20),
         [("2014", "2014"), ("julio", "2024-07")]),
        ("es", "El mes con más llegadas fue agosto, seguido de julio y septiembre.", date(2025, 1, 3),
         [("agosto", "2024-08"), ("julio", "2024-07"), ("septiembre", "2024-09")]),
        # A meeting someone is called to is ahead; a feast gone by for months is not what a future
        # speaks of; "of 2019 levels" is the year.
        ("pt", "A DGERT convocou ontem os sindicatos para uma reunião de conciliação na sexta-feira.",
         date(2025, 1, 15), [("ontem", "2025-01-14"), ("sexta-feira", "2025-01-17")]),
        ("en", "He went to a meeting on Friday.", date(2025, 1, 15), [("Friday", "2025-01-10")]),
        # ... and so is one that someone called, wherever it is held.
        ("en", "The labour department has called a meeting in Guwahati on June 14.", date(2024, 6, 7),
         [("June 14", "2024-06-14")]),
        ("pt", "O sindicato convocou uma assembleia em Lisboa no dia 14 de junho.", date(2024, 6, 7),
         [("14 de junho", "2024-06-14")]),
        # "since" a day, with a present perfect, counts up to now, not from a year named before.
        ("es", "El palacio, declarado Patrimonio Mundial en 1984, ha recibido desde el 1 de enero 380.000 visitantes.",
         date(2025, 2, 27), [("1984", "1984"), ("1 de enero", "2025-01-01")]),
        ("es", "En 2023, desde el 3 de febrero cayó la venta.", date(2025, 2, 27),
         [("2023", "2023"), ("3 de febrero", "2023-02-03")]),
        # A date set off by commas takes the tense of the clause it opens.
        ("es", "El Ayuntamiento recuerda que, desde el viernes, estará prohibido el acceso.", date(2024, 7, 4),
         [("viernes", "2024-07-05")]),
        ("es", "Para la próxima temporada alta, en diciembre, la asociación espera más turistas.", date(2024, 4, 2),
         [("diciembre", "2024-12")]),
        # ... not when a relative clause or another phrase of the aside follows its comma.
        ("pt", "O tráfego aumentou desde o início das obras, em março, o que pode ter contribuído.",
         date(2024, 11, 8), [("março", "2024-03")]),
        # "through" a day after a past verb counts up to a day gone by.
        ("en", "Freighters loaded grain, salt and cargo at the docks through Oct. 31.", date(2024, 11, 20),
         [("Oct. 31", "2024-10-31")]),
        # A plural conditional after a verb of saying looks ahead; a conditional perfect back; a
        # day and month take the year written earlier in the sentence.
        ("es", "La meteoróloga indicó que las lluvias llegarían en octubre.", date(2025, 8, 21),
         [("octubre", "2025-10")]),
        ("es", "Dijeron que habrían llegado en octubre.", date(2025, 8, 21), [("octubre", "2024-10")]),
        ("pt", "Disse que as chuvas chegariam em outubro.", date(2025, 8, 21), [("outubro", "2025-10")]),
        ("pt", "Em 2023, uma chuva de granizo em 14 de janeiro destruiu os parreirais.", date(2025, 2, 3),
         [("2023", "2023"), ("14 de janeiro", "2023-01-14")]),
        ("en", "The shop will open before Christmas.", date(2025, 4, 17), [("Christmas", "2025-12-25")]),
        ("en", "The shop opened before Christmas.", date(2025, 4, 17), [("Christmas", "2024-12-25")]),
        ("en", "Arrivals climbed back to around 80 per cent of 2019 levels.", date(2024, 8, 21),
         [("2019", "2019")]),
        # "may" looks ahead like "might" ("may have" back); so do "booked for" and "considering".
        ("en", "The reservoir may be decommissioned by the end of October.", date(2024, 9, 10),
         [("October", "2024-10")]),
        ("en", "He may have left in October.", date(2024, 9, 10), [("October", "2023-10")]),
        ("en", "The summit was booked for November.", date(2024, 9, 10), [("November", "2024-11")]),
        ("en", "The museum said it was considering closing on Mondays from February.", date(2025, 1, 22),
         [("February", "2025-02")]),
        # A conditional looks ahead ("sería tratada el jueves"); with a perfect after it, back.
        ("es", "La medida sería tratada el jueves en el Consejo.", date(2024, 10, 8), [("jueves", "2024-10-10")]),
        ("pt", "O ministro disse que a proposta seria votada na quinta-feira.", date(2024, 10, 8),
         [("quinta-feira", "2024-10-10")]),
        ("pt", "A conferência deveria ter terminado na sexta-feira.", date(2024, 11, 24),
         [("sexta-feira", "2024-11-22")]),
        ("es", "El acuerdo podría haberse firmado el viernes.", date(2024, 11, 24), [("viernes", "2024-11-22")]),
        # "próximo" before a day and month looks ahead, whatever the verb or an aside says.
        ("es", "La piedra se pondrá, según el cronograma, el próximo 15 de marzo.", date(2024, 9, 19),
         [("15 de marzo", "2025-03-15")]),
        ("pt", "Assinam no próximo dia 15 de março.", date(2024, 9, 19), [("15 de março", "2025-03-15")]),
        # An amount between a past verb and its day keeps the day in the past.
        ("en", "Temperatures reached 49 degrees on June 20.", date(2025, 2, 6), [("June 20", "2024-06-20")]),
        ("en", "The letters were dated 10 and 11 December.", date(2025, 2, 6),
         [("10", "2024-12-10"), ("11 December", "2024-12-11")]),
        # A weekday that is a given name after a title, a comma or the sentence's start is no date.
        ("en", "The union's chairman, Comrade Sunday Quelmachi, spoke.", date(2025, 3, 11), []),
        ("en", "Police said Monday Smith was arrested.", date(2025, 3, 11), [("Monday", "2025-03-10")]),
    ],
)
def test_dates_ordinals_modals_and_weekday_names(dates, lang, text, ref, expected):
    assert [(m.text, m.value) for m in dates(text, lang, ref)] == expected


@pytest.mark.parametrize(
    "lang,text,ref,expected",
    [
        # A verb of saying right before a weekday dates the saying, whatever the clause says after.
        ("es", "El ministro dijo el viernes que la consulta concluirá en junio.", date(2024, 4, 16),
         [("viernes", "2024-04-12"), ("junio", "2024-06")]),
        # The present of a visit or meeting looks ahead.
        ("pt", "O ministro desloca-se à região na quarta-feira e promete uma resposta.", date(2025, 6, 2),
         [("quarta-feira", "2025-06-04")]),
        # A span of days of a month named by where it stands.
        ("pt", "O Governo realiza, de 22 a 24 deste mês, uma feira.", date(2025, 4, 12),
         [("22 a 24 deste mês", "2025-04-22/2025-04-24")]),
        # Round years after "entre los años" are years, not decades ("los años 1990" is one).
        ("es", "La plaza data de entre los años 1100 y 1300.", date(2024, 8, 24),
         [("entre los años 1100 y 1300", "1100/1300")]),
        ("es", "En los años 1990 y 2000 hubo crisis.", date(2024, 8, 24), [("años 1990 y 2000", "199X/200X")]),
        ("es", "Nació en el año 1100.", date(2024, 8, 24), [("1100", "1100")]),
        # A weekend "before"/"beyond" which nothing is past is the coming one.
        ("es", "El conflicto podría alargarse más allá del fin de semana.", date(2024, 7, 23),
         [("fin de semana", "2024-W30")]),
        ("es", "Los vecinos esperan lluvias antes del fin de semana.", date(2024, 7, 23),
         [("fin de semana", "2024-W30")]),
        ("es", "Durante el fin de semana murieron tres personas.", date(2024, 7, 23), [("fin de semana", "2024-W29")]),
    ],
)
def test_dates_said_on_visits_spans_years_and_weekends(dates, lang, text, ref, expected):
    assert [(m.text, m.value) for m in dates(text, lang, ref)] == expected


@pytest.mark.parametrize(
    "lang,text,ref,expected",
    [
        ("en", "The blast happened shortly after 6.15am on Tuesday.", date(2025, 1, 23),
         [("6.15am", "2025-01-21"), ("Tuesday", "2025-01-21")]),
        ("es", "“Esperamos acuerdo antes del martes 14”, dijo.", date(2025, 10, 6), [("martes 14", "2025-10-14")]),
        ("pt", "A selecção venceu no Estádio 11 de Novembro.", date(2025, 3, 25), []),
    ],
)
def test_dates_dotted_clock_times_and_names_with_dates(dates, lang, text, ref, expected):
    assert [(m.text, m.value) for m in dates(text, lang, ref)] == expected


@pytest.mark.parametrize(
    "lang,text,ref,expected",
    [
        # An irregular past; a future word used as a noun after a determiner.
        ("en", "Fonterra, the country's largest processor, kept its own forecast unchanged on Thursday.",
         date(2025, 2, 7), [("Thursday", "2025-02-06")]),
        ("en", "Rain is forecast for Thursday.", date(2025, 2, 7), [("Thursday", "2025-02-13")]),
        # The present of going on looks ahead; "desde" looks back whatever the verb.
        ("pt", "O julgamento prossegue na segunda-feira.", date(2024, 12, 12), [("segunda-feira", "2024-12-16")]),
        ("pt", "A greve prossegue desde segunda-feira.", date(2024, 12, 12), [("segunda-feira", "2024-12-09")]),
        # A day and month with a listed past form after them: the last one.
        ("pt", "Na noite de 15 de agosto havia 43 incêndios ativos.", date(2025, 1, 23),
         [("15 de agosto", "2024-08-15")]),
        ("pt", "A 15 de agosto haverá festa.", date(2025, 1, 23), [("15 de agosto", "2025-08-15")]),
    ],
)
def test_dates_irregular_pasts_nouns_and_going_on(dates, lang, text, ref, expected):
    assert [(m.text, m.value) for m in dates(text, lang, ref)] == expected


@pytest.mark.parametrize(
    "lang,text,ref,expected",
    [
        # A bare weekend on a Friday is this week's; one done ("hemos despachado") the one gone by.
        ("pt", "«Esperamos 45 graus no Alentejo durante o fim de semana», disse.", date(2025, 7, 4),
         [("fim de semana", "2025-W27")]),
        ("es", '"Hemos despachado 1,8 millones de litros este fin de semana", dijo.', date(2024, 5, 8),
         [("este fin de semana", "2024-W18")]),
        ("es", "El paro será el fin de semana.", date(2024, 5, 8), [("fin de semana", "2024-W19")]),
    ],
)
def test_dates_weekends_by_weekday_and_tense(dates, lang, text, ref, expected):
    assert [(m.text, m.value) for m in dates(text, lang, ref)] == expected


@pytest.mark.parametrize(
    "lang,ref,text,expected",
    [
        # A past verb of intent before an infinitive looks ahead.
        ("pt", date(2025, 4, 22), "A central ameaçou convocar uma greve geral em junho.", [("junho", "2025-06")]),
        ("es", date(2025, 4, 22), "El sindicato amenazó con cerrar la mina en junio.", [("junio", "2025-06")]),
        # What is asked for is to come ("pidió ... que vuelvan"); not a day the asking is dated by.
        ("es", date(2024, 2, 6), "Pidió a ambas partes que vuelvan a sentarse antes del fin de semana.",
         [("fin de semana", "2024-W06")]),
        ("es", date(2024, 2, 6), "El gobierno pidió el lunes que se investigue.", [("lunes", "2024-02-05")]),
        ("pt", date(2025, 4, 22), "A polícia ameaçou os manifestantes em março.", [("março", "2025-03")]),
        # "até <month>" before a past verb is a month gone by, after whoever said it.
        ("pt", date(2025, 5, 8), "O ciclo pode acabar em junho, avaliou ele, e o IPCA acumulado até março ficou em 5%.",
         [("junho", "2025-06"), ("março", "2025-03")]),
        # ...but not a verb of the next sentence.
        ("pt", date(2024, 10, 9), "O estado vai distribuir alimentos até novembro. O governo liberou verbas.",
         [("novembro", "2024-11")]),
        # A weekday's day number is no thousands group: "last Friday, 14,486 people".
        ("en", date(2024, 9, 7), "Figures published last Friday, 14,486 people were housed.",
         [("last Friday", "2024-09-06")]),
        # A participle of what took place before the month: gone by; after "será/ser", ahead.
        ("es", date(2025, 9, 25), "Cayó desde el récord de 3,2 millones registrado en febrero.",
         [("febrero", "2025-02")]),
        ("es", date(2025, 9, 25), "El acuerdo será firmado en febrero.", [("febrero", "2026-02")]),
        ("pt", date(2025, 1, 25), "O contrato, que deve ser assinado em março, prevê obras.", [("março", "2025-03")]),
        ("es", date(2024, 11, 13), "El ministro ha anunciado que el jueves viajará a Guayaquil.",
         [("jueves", "2024-11-14")]),
        # What is to be, comes into force or is feared lies ahead.
        ("en", date(2024, 7, 12), "Grants are to be distributed from Monday.", [("Monday", "2024-07-15")]),
        ("pt", date(2025, 3, 16), "O regulamento, que entra em vigor em 30 de dezembro, proíbe a importação.",
         [("30 de dezembro", "2025-12-30")]),
        ("pt", date(2025, 1, 14), "Os fornecedores temem efeitos já no segundo trimestre.",
         [("segundo trimestre", "2025-04/2025-06")]),
        # "hasta el viernes" before a pluperfect: up to a day gone by.
        ("es", date(2025, 1, 26), "Hasta el viernes se habían presentado 230.000 solicitudes.",
         [("viernes", "2025-01-24")]),
        ("es", date(2025, 1, 26), "Hasta el viernes se presentarán las solicitudes.", [("viernes", "2025-01-31")]),
        # A half over, in a future clause: the coming one; the results "of" one, the one just over.
        ("es", date(2025, 1, 7), "La terminal abrirá una nueva pista en el segundo semestre.",
         [("segundo semestre", "2025-07/2025-12")]),
        ("pt", date(2024, 10, 15), "A empresa deve divulgar o balanço do terceiro trimestre em novembro.",
         [("terceiro trimestre", "2024-07/2024-09"), ("novembro", "2024-11")]),
    ],
)
def test_dates_intent_verbs_limits_and_periods_over(dates, lang, ref, text, expected):
    assert [(m.text, m.value) for m in dates(text, lang, ref)] == expected


@pytest.mark.parametrize(
    "lang,ref,text,expected",
    [
        # Legal acts in the participle put the date in the past.
        ("pt", date(2025, 3, 20), "O acordo, homologado pelo tribunal em 6 de novembro, prevê reparações.",
         [("6 de novembro", "2024-11-06")]),
        # A date that opens a clause after a colon takes the tense of the clause it opens.
        ("en", date(2024, 10, 13), "It is the second this year: in March, three people died.",
         [("this year", "2024"), ("March", "2024-03")]),
        ("es", date(2025, 8, 16), "Es el segundo del año: el 3 de febrero, un conato obligó a desalojar.",
         [("3 de febrero", "2025-02-03")]),
        # A contract's month before its noun is no clause's date.
        ("en", date(2024, 10, 3), "December arabica rose 3.8% on Thursday.",
         [("December", "2024-12"), ("Thursday", "2024-10-03")]),
    ],
)
def test_dates_legal_participles_and_clauses_after_a_colon(dates, lang, ref, text, expected):
    assert [(m.text, m.value) for m in dates(text, lang, ref)] == expected


@pytest.mark.parametrize(
    "lang,ref,text,expected",
    [
        # Weekdays listed after "los": every week's, no date; a weekday with its own article is one.
        ("es", date(2025, 2, 18), "El mercado abre los lunes, miércoles y viernes.", []),
        ("es", date(2025, 2, 18), "Los lunes el mercado abre y el viernes cierra.", [("viernes", "2025-02-21")]),
    ],
)
def test_dates_listed_weekdays_of_every_week(dates, lang, ref, text, expected):
    assert [(m.text, m.value) for m in dates(text, lang, ref)] == expected


def test_dates_an_aside_that_lists_keeps_the_clause_past(dates):
    text = "Ghana reached a deal with its creditors, including China and France, in January."
    assert [(m.text, m.value) for m in dates(text, "en", date(2024, 7, 24))] == [("January", "2024-01")]


@pytest.mark.parametrize(
    "lang,ref,text,expected",
    [
        # A past verb a few words and an amount before the day puts it in the past.
        ("pt", date(2024, 10, 4), "O recorde é de 2023, quando o rio baixou a 12,70 metros em 26 de outubro.",
         [("2023", "2023"), ("26 de outubro", "2023-10-26")]),
        # ...but not across "between": a range to come.
        ("en", date(2024, 5, 18), "Anyone booked between May 21 and May 31 can change.",
         [("May 21", "2024-05-21"), ("May 31", "2024-05-31")]),
        # "Até quinta-feira," opening a clause in the imperfect: up to a day gone by.
        ("pt", date(2025, 2, 8), "Até quinta-feira, Angola registava 3.147 casos.", [("quinta-feira", "2025-02-06")]),
        ("pt", date(2025, 2, 8), "Até quinta-feira, a greve continua.", [("quinta-feira", "2025-02-13")]),
        # "likely to" looks ahead; "likely to have" back.
        ("en", date(2025, 7, 30), "Economists said the Fed was likely to cut rates in September.",
         [("September", "2025-09")]),
    ],
)
def test_dates_amounts_between_verbs_up_to_in_the_imperfect_and_likely(dates, lang, ref, text, expected):
    assert [(m.text, m.value) for m in dates(text, lang, ref)] == expected


@pytest.mark.parametrize(
    "lang,ref,text,expected",
    [
        # European Portuguese "ao sábado" is every Saturday; "até ao sábado" is one.
        ("pt", date(2024, 10, 17), "O centro passou a abrir ao sábado desde março.", [("março", "2024-03")]),
        ("pt", date(2024, 10, 17), "O prazo vai até ao sábado.", [("sábado", "2024-10-19")]),
        # "de segunda ao sábado" is every week, as "de segunda a sábado" is.
        ("pt", date(2024, 10, 17), "De segunda ao sábado há aulas.", []),
        # "is not expected" is no past verb; "were not paid" is
        ("en", date(2025, 1, 27), "The ship is not expected to be ready until September.", [("September", "2025-09")]),
        ("en", date(2025, 1, 27), "Wages were not paid in September.", [("September", "2024-09")]),
        # a weekday "de la semana pasada" is of that week, and so is the one paired with it
        ("es", date(2024, 1, 17), "No pudieron entrar entre el lunes y el miércoles de la semana pasada.",
         [("lunes", "2024-01-08"), ("miércoles de la semana pasada", "2024-01-10")]),
        ("pt", date(2024, 1, 17), "A reunião foi na segunda-feira da semana passada.",
         [("segunda-feira da semana passada", "2024-01-08")]),
        # a weekday's day and month in brackets; a capitalised month that names an island
        ("pt", date(2025, 9, 18), "O julgamento termina até sexta-feira (26/9).",
         [("sexta-feira (26/9)", "2025-09-26")]),
        ("pt", date(2025, 10, 22), "Na ilha do Maio, os criadores perderam gado desde agosto.",
         [("agosto", "2025-08")]),
        # English verbs of asking or intent with "to": what is to be done is ahead, unless passive
        ("en", date(2024, 9, 18), "Ms Quelbright urged the House to act before the November election.",
         [("November", "2024-11")]),
        ("en", date(2025, 5, 29), "About 5,000 residents were ordered to leave on Wednesday night.",
         [("Wednesday", "2025-05-28")]),
        # a present verb of a schedule before the weekday
        ("en", date(2025, 2, 23), "The forum, which opened on Saturday, ends on Monday.",
         [("Saturday", "2025-02-22"), ("Monday", "2025-02-24")]),
        # a month named before "no dia N"; an intent that looks ahead; irregular Spanish pasts;
        # a weekday right after "announced" is past, whatever "next week" said before
        ("pt", date(2024, 8, 27), "O primeiro turno será em outubro, no dia 6.",
         [("outubro", "2024-10"), ("6", "2024-10-06")]),
        ("pt", date(2024, 8, 27), "O senador afirmou que pretende marcar a sabatina para outubro.",
         [("outubro", "2024-10")]),
        ("es", date(2024, 12, 29), "El portavoz sostuvo el jueves que no habrá cambios.", [("jueves", "2024-12-26")]),
        ("en", date(2025, 4, 8), "Workers will walk off the job next week, their union announced Monday.",
         [("next week", "2025-W16"), ("Monday", "2025-04-07")]),
    ],
)
def test_dates_every_weekday_with_ao(dates, lang, ref, text, expected):
    assert [(m.text, m.value) for m in dates(text, lang, ref)] == expected


@pytest.mark.parametrize(
    "url,expected",
    [
        # In January, the summer under way in Buenos Aires is this one; the next is a year on.
        ("https://www.clarin.com/sociedad/x.html", "2026-22"),
        # In Madrid the summer is still to come.
        ("https://elpais.com/espana/x.html", "2025-22"),
    ],
)
def test_dates_seasons_south_of_the_equator(url: str, expected: str) -> None:
    article = Article(input_id="x", text="Abrirá el próximo verano.", language="es", url=url)
    doc = process_text(article.text, "es", article=article, reference_date=date(2025, 1, 14))
    assert [(m.text, m.value) for m in doc._.dates] == [("el próximo verano", expected)]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # a month listed before a month with its year is of that year (the one before, if later in the year)
        ("es", "Salieron a las calles en octubre y noviembre de 2023.",
         [("octubre", "2023-10"), ("noviembre de 2023", "2023-11")]),
        ("pt", "Em dezembro e janeiro de 2024 choveu.", [("dezembro", "2023-12"), ("janeiro de 2024", "2024-01")]),
        ("en", "Protests took place in October and November 2023.",
         [("October", "2023-10"), ("November 2023", "2023-11")]),
    ],
)
def test_dates_a_listed_month_takes_the_year_of_the_next(dates, lang, text, expected):
    assert [(m.text, m.value) for m in dates(text, lang, date(2025, 3, 14))] == expected


def test_dates_days_listed_each_with_its_article(dates):
    # "el 19 y el 26 de marzo" lists two days, it is no range
    found = dates("Los paros previstos para el 19 y el 26 de marzo.", "es", date(2025, 3, 5))
    assert [(m.text, m.value) for m in found] == [("19", "2025-03-19"), ("26 de marzo", "2025-03-26")]


@pytest.mark.parametrize(
    "lang,ref,text,expected",
    [
        # A month set off after a past clause is of the past, not the coming one.
        ("en", date(2024, 9, 16), "Inflation eased to 20% in August, down from 25% in March.",
         [("August", "2024-08"), ("March", "2024-03")]),
        ("en", date(2024, 9, 16), "Inflation was 20% in August, down from 25% in March.",
         [("August", "2024-08"), ("March", "2024-03")]),
        # A said clause of its own keeps its month nearest.
        ("es", date(2024, 9, 20), "El director aseguró que la meta es terminar antes de diciembre.",
         [("diciembre", "2024-12")]),
        # A half after a year written in the sentence is that year's.
        ("es", date(2025, 1, 22), "El royalty recaudó 1.350 millones en 2024, debido a la caída del precio "
                                  "durante el primer semestre.",
         [("2024", "2024"), ("primer semestre", "2024-01/2024-06")]),
        # A province's abbreviation set off by commas breaks no clause.
        ("en", date(2025, 8, 14), "Officials said buses could leave from Kamloops, B.C., on Friday.",
         [("Friday", "2025-08-15")]),
    ],
)
def test_dates_past_sentence_year_said_and_province_aside(dates, lang: str, ref: date, text: str,
                                                          expected: list[tuple]) -> None:
    assert [(d.text, d.value) for d in dates(text, lang, ref)] == expected


@pytest.mark.parametrize(
    "lang,ref,text,expected",
    [
        # "de segunda para terça-feira": the night between two days, not a day set ahead.
        ("pt", date(2025, 1, 29), "Cerca de 60 pessoas pernoitaram no pavilhão na noite de segunda para terça-feira.",
         [("segunda", "2025-01-27"), ("terça-feira", "2025-01-28")]),
        # A day number before a verb of "we" is the weekday's day, no count.
        ("es", date(2024, 10, 8), "\"A partir del martes 15 vamos a ver una mejora\", afirmó el ministro.",
         [("martes 15", "2024-10-15")]),
    ],
)
def test_dates_night_between_days_and_day_before_a_verb(dates, lang: str, ref: date, text: str,
                                                         expected: list[tuple]) -> None:
    assert [(d.text, d.value) for d in dates(text, lang, ref)] == expected


def test_dates_a_palace_named_after_a_day(dates) -> None:
    assert dates("A entrevista foi no Palácio 29 de Março, em Curitiba.", "pt", date(2025, 1, 3)) == []


def test_dates_a_past_state_until_a_day_close_ahead(dates) -> None:
    found = dates("Las clases fueron suspendidas hasta el 21 de marzo, informó el ministerio.", "es", date(2025, 3, 18))
    assert [(d.text, d.value) for d in found] == [("21 de marzo", "2025-03-21")]


@pytest.mark.parametrize(
    "lang,ref,text,expected",
    [
        # A month after "en <year>" in its sentence is that year's.
        ("es", date(2025, 4, 8), "En 2022 la cofradía cerró los bancos en julio por la misma toxina.",
         [("2022", "2022"), ("julio", "2022-07")]),
        # Not across an aside, nor when the clause looks ahead.
        ("es", date(2024, 4, 8), "El ministro —quien asumió la cartera en 2022— dijo que el plan se presentará "
                                 "en marzo.",
         [("2022", "2022"), ("marzo", "2025-03")]),
        # A number that is a hyphened word's is no day.
        ("en", date(2024, 8, 16), "The Bureau of Reclamation's August 24-Month Study projects that the lake will "
                                  "fall.", []),
    ],
)
def test_dates_year_of_the_sentence_and_hyphened_numbers(dates, lang: str, ref: date, text: str,
                                                         expected: list[tuple]) -> None:
    assert [(d.text, d.value) for d in dates(text, lang, ref)] == expected


@pytest.mark.parametrize(
    "lang,text,ref,expected",
    [
        # "hasta" limits the amount after it, not the date: the month alone is the nearest one.
        ("es", "Los productores reportan mermas de hasta el 30% por el granizo de enero.", date(2025, 3, 12),
         [("enero", "2025-01")]),
        # A deadline asked for in the past is still ahead; a past event before a month is not.
        ("es", "El sindicato exigió a la empresa un plan industrial antes de marzo.", date(2024, 11, 26),
         [("marzo", "2025-03")]),
        ("es", "Los precios subieron antes de marzo.", date(2024, 11, 26), [("marzo", "2024-03")]),
    ],
)
def test_dates_limits_and_deadlines(dates, lang, text, ref, expected):
    assert [(d.text, d.value) for d in dates(text, lang, ref)] == expected


def test_dates_a_short_month_after_a_common_noun_is_a_name(dates):
    assert dates("O projeto foi financiado pelo programa Mar 2030.", "pt", date(2025, 1, 10)) == []
    assert [(d.text, d.value) for d in dates("A obra abriu em Mar 2024.", "pt", date(2025, 1, 10))] == \
        [("Mar 2024", "2024-03")]


def test_dates_poder360_house_style(dates):
    assert [(d.text, d.value) for d in dates("O Senado aprovou nesta quinta (12.dez.2024) o projeto.", "pt",
                                             date(2024, 12, 12))] == [("nesta quinta", "2024-12-12"),
                                                                      ("12.dez.2024", "2024-12-12")]


def test_dates_a_time_of_day_is_left_out_of_the_record():
    # (with no day it dates nothing; with one, its day is a date of its own) but NER tagging keeps it
    from etl.extract import extract_record
    from etl.models import Article

    text = ("El termómetro marcó 44 grados a las 17.20 horas. "
            "La asamblea será el jueves 28 de noviembre a las 14.00 horas.")
    article = Article(input_id="t", text=text, language="es", published={"value": "2024-11-26", "precision": "day"})
    record = extract_record(article)
    assert [(d.text, d.value) for d in record.dates] == [("jueves 28 de noviembre", "2024-11-28")]
    assert [q.text for q in record.quantities] == ["44 grados"]
    tagged = extract_record(article, times_of_day=True)
    assert [(d.text, d.value) for d in tagged.dates] == [("17.20 horas", "XXXX-XX-XX"),
                                                         ("jueves 28 de noviembre", "2024-11-28"),
                                                         ("14.00 horas", "2024-11-28")]


@pytest.mark.parametrize(
    "lang,text,ref,expected",
    [
        # A condition on a day is on a day to come; a plan "está previsto que" too.
        ("es", "El gremio advirtió que si el lunes no hay pago, el martes circulará solo la mitad de la flota.",
         date(2025, 3, 14), [("lunes", "2025-03-17"), ("martes", "2025-03-18")]),
        ("pt", "Se na segunda-feira não houver acordo, a greve começa.", date(2024, 10, 16),
         [("segunda-feira", "2024-10-21")]),
        ("pt", "A comissão reuniu-se na segunda-feira.", date(2024, 10, 16), [("segunda-feira", "2024-10-14")]),
        ("es", "Está previsto que la caravana llegue el martes a Escuintla.", date(2024, 10, 21),
         [("martes", "2024-10-22")]),
        # A warning issued before (past perfect) was issued on the day gone; one for a day, ahead.
        ("en", "The weather service had issued a red warning on Saturday.", date(2024, 6, 4),
         [("Saturday", "2024-06-01")]),
        ("en", "The Met Office has issued a yellow warning for rain on Saturday.", date(2024, 6, 4),
         [("Saturday", "2024-06-08")]),
    ],
)
def test_dates_conditions_plans_and_warnings(dates, lang, text, ref, expected):
    assert [(d.text, d.value) for d in dates(text, lang, ref)] == expected


def test_dates_a_range_of_counts_is_no_years(dates):
    assert [(d.text, d.value) for d in dates("A obra vai criar entre 1200 e 1500 postos de trabalho.", "pt")] == []
    assert [(d.text, d.value) for d in dates("Entre 1914 e 1918 houve guerra.", "pt")] == [
        ("Entre 1914 e 1918", "1914/1918")]


@pytest.mark.parametrize(
    "lang,text,ref,expected",
    [
        # A weekday that opens its sentence takes the tense of the clause after it, a short future too.
        ("pt", "No sábado, a organização fará um ensaio geral.", date(2025, 2, 7), [("sábado", "2025-02-08")]),
        ("es", "El sábado, la organización hará un ensayo general.", date(2025, 2, 7), [("sábado", "2025-02-08")]),
        ("pt", "No sábado, a polícia prendeu dois homens.", date(2025, 2, 7), [("sábado", "2025-02-01")]),
        # A sentence that opens with last year dates its months; a deadline may fall after it.
        ("pt", "No ano passado, as enchentes de maio destruíram lavouras.", date(2025, 4, 9),
         [("ano passado", "2024"), ("maio", "2024-05")]),
        ("en", "Last year, floods in May destroyed crops.", date(2025, 4, 9),
         [("Last year", "2024"), ("May", "2024-05")]),
        ("en", "Last year, the court directed the government to prepare a plan by March.", date(2024, 11, 15),
         [("Last year", "2023"), ("March", "2025-03")]),
        # "-íram" is a past ending ("destruíram", "construíram").
        ("pt", "As enchentes de maio destruíram lavouras.", date(2025, 4, 9), [("maio", "2024-05")]),
        # The 40s of a measure are no decade.
        ("en", "Temperatures at the summit can drop into the 40s at night.", date(2025, 1, 9), []),
        ("en", "Music from the 80s filled the hall.", date(2025, 1, 9), [("the 80s", "198X")]),
    ],
)
def test_dates_tense_after_a_weekday_years_opening_a_sentence_and_measures(dates, lang, text, ref, expected):
    assert [(d.text, d.value) for d in dates(text, lang, ref)] == expected


@pytest.mark.parametrize(
    "lang,text,ref,expected",
    [
        # "se comprometeu a abrir" looks ahead, as "prometeu abrir" does; so does "espera".
        ("pt", "O instituto já se comprometeu a abrir, em janeiro, um curso.", date(2024, 10, 2),
         [("janeiro", "2025-01")]),
        ("pt", "A cooperativa começou a colheita e espera terminar até o fim de agosto.", date(2025, 7, 15),
         [("agosto", "2025-08")]),
        ("es", "La Caja espera realizar 25.000 procedimientos antes de diciembre.", date(2025, 4, 23),
         [("diciembre", "2025-12")]),
    ],
)
def test_dates_commitments_and_expectations_look_ahead(dates, lang, text, ref, expected):
    assert [(d.text, d.value) for d in dates(text, lang, ref)] == expected


def test_dates_may_listed_after_another_month(dates):
    # "May" needs its context: a preposition, or another month listed before it.
    assert [(d.text, d.value) for d in dates("Rain fell in April and May.", "en", date(2025, 3, 27))] == [
        ("April", "2024-04"), ("May", "2024-05")]
    assert [(d.text, d.value) for d in dates("Prices may rise, and May Quelton said so.", "en",
                                              date(2025, 3, 27))] == []


@pytest.mark.parametrize(
    "lang,text,ref,expected",
    [
        # A promise made in a month gone by is past; "prometió votarla hasta octubre" looks ahead.
        ("es", "Los ganaderos no han cobrado las ayudas que la Junta prometió en septiembre.", date(2025, 5, 5),
         [("septiembre", "2024-09")]),
        ("es", "El senador prometió votarla hasta octubre.", date(2025, 5, 5), [("octubre", "2025-10")]),
        # A month of an event of a year named as its subject is that year's.
        ("pt", "A feira de 2023 decorreu em setembro, no Porto.", date(2025, 3, 10),
         [("2023", "2023"), ("setembro", "2023-09")]),
        ("en", "The 2026 congress will be held in September.", date(2025, 3, 10),
         [("2026", "2026"), ("September", "2026-09")]),
        ("pt", "A meta de 2030 será revista em março.", date(2025, 3, 10), [("2030", "2030"), ("março", "2025-03")]),
        # A singular conditional after "se" looks ahead.
        ("es", "Anunció que el concurso para la refinería se lanzaría en el segundo semestre del año.",
         date(2024, 4, 8), [("segundo semestre", "2024-07/2024-12")]),
        # The day of a spell is counted, no date.
        ("es", "Pueden reemplazar a los huelguistas a partir del día 15 de paralización.", date(2024, 8, 12), []),
        ("pt", "O pagamento sai no dia 20 de manhã.", date(2024, 8, 12), [("20", "2024-08-20")]),
    ],
)
def test_dates_promises_event_years_conditionals_and_days_of_a_spell(dates, lang, text, ref, expected):
    assert [(d.text, d.value) for d in dates(text, lang, ref)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # "Today" is the day the story was filed, as its dateline gives it, a day before the paper.
        ("Quelpur, March 4\\n\\nTraders said today that exports fell, and yesterday the union met.",
         [("March 4", "2025-03-04"), ("today", "2025-03-04"), ("yesterday", "2025-03-03")]),
        # Without a dateline it is the day of publication.
        ("Traders said today that exports fell on March 4.", [("today", "2025-03-05"), ("March 4", "2025-03-04")]),
    ],
)
def test_dates_today_counts_from_the_dateline(dates, text, expected):
    assert [(d.text, d.value) for d in dates(text.replace("\\n", "\n"), "en", date(2025, 3, 5))] == expected


@pytest.mark.parametrize(
    "lang,text,ref,expected",
    [
        # A future in the sentence before says nothing of this one's tense.
        ("es", "El comité teme que habrá cierre. La fábrica produjo hasta septiembre 2 millones de toneladas.",
         date(2024, 11, 6), [("septiembre", "2024-09")]),
    ],
)
def test_dates_a_future_in_another_sentence(dates, lang, text, ref, expected):
    assert [(d.text, d.value) for d in dates(text, lang, ref)] == expected


def test_dates_a_past_that_a_future_governs(dates):
    # "would consider … once the design was completed in October": the coming October.
    text = "The state would consider more funding once the detailed design was completed in October."
    assert [(d.text, d.value) for d in dates(text, "en", date(2024, 7, 9))] == [("October", "2024-10")]


@pytest.mark.parametrize(
    "lang,text,ref,expected",
    [
        # A capitalised short month after a name's capitalised word is part of the name.
        ("pt", "Os pescadores recebem apoio através do Programa Mar 2030.", date(2024, 2, 27), []),
        # A year a verb of ending takes.
        ("es", "Contratará a 500 personas antes de que acabe 2026.", date(2025, 2, 6), [("2026", "2026")]),
        # A second verb after the past one goes on to a month ahead.
        ("pt", "A colheita começou em abril e segue até julho.", date(2025, 5, 22),
         [("abril", "2025-04"), ("julho", "2025-07")]),
    ],
)
def test_dates_names_with_a_month_years_that_end_and_joined_verbs(dates, lang, text, ref, expected):
    assert [(d.text, d.value) for d in dates(text, lang, ref)] == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # A decade is counted back as ten years.
        ("en", "Farms fell from 1,400 a decade ago.", [("a decade ago", "2014")]),
        ("pt", "Há duas décadas era diferente.", [("Há duas décadas", "2004")]),
        ("es", "Eran 1.400 hace una década.", [("hace una década", "2014")]),
    ],
)
def test_dates_decades_ago(dates, lang, text, expected):
    assert [(d.text, d.value) for d in dates(text, lang, date(2024, 9, 12))] == expected
