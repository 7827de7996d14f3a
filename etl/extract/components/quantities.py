"""The etl_quantities component: amounts -> `doc._.quantities` (list of `Quantity`).

One regular expression per pipeline, compiled in `__init__` from the reference tables
`number_words`, `units`, `quantity_modifiers` and `quantity_words`, finds
``[modifier] [currency] number [multiplier words] [range] [unit]`` over `doc.text`
itself, so offsets are indices into the Doc's own string. Numbers are read with the
language's separators (pt/es "10.000" and "2,5"; en "10,000" and "2.5"), and number
words compose ("três mil", "2,5 mil milhões", "one hundred and twenty thousand"), and a
half adds to the amount or its unit ("2 milhões e meio", "98 anos e meio", "two and a half
years", "meio milhão").

Ranges: "de 20 a 30", "20-30", "entre 20 e 30", "dos 20 aos 30 anos", "entre os 20 e os
50 anos", and uncertain counts "3 ou 4 anos", "18/19 anos" (value..value_max). An "and"
join needs a "between" opener: "de 2 e 4 lugares" and "20 e 30" are two amounts. So are
alternatives that go down ("30 ou 20 pessoas"); other joins that go down are scores, no
amounts ("venceu por 3 a 1", "3-1").

Not quantities: numbers inside `doc._.dates` (the etl_dates component runs first), times
("10h30", "10:30", the minutes of "às 22h 15"), ordinals ("1º", "2nd", "16.o"), codes
("F-16", "MH17", "COVID-19"), numbers in URLs or phone numbers ("21 555 1234" too), and
the identifiers of `_quantities_rules`: numbers after an identifier word ("artigo 5",
"lei nº 13.709", "artigos 42 e 43", "CPF: 123"), a bare number after a noun that labels
it ("sala 204", "versão 2.0") or a document's name ("Lei Provincial nº 33"), a bare
number in parentheses, a bare number right after a capitalised word ("Boeing 737",
unless it counts a plural noun), a house number after a street name, a numbered list
item, a day of a month ("o 25 de Abril"), a long ungrouped number, a bare 4-digit number
1900..2100 (a year the dates component had no context for) unless a plural noun follows
("2000 soldados"), a two-digit year after a name ("o Brasil de 64"), a capitalised unit
of time in pt/es ("«200 Anos de Jornalismo»": a title), and the first end of a range of
times or dates ("das 9 às 17 horas"); also bare hours ("pelas 23", "a las 10"), years said
with two digits ("Em 48 fui", "em 1984, ou foi 85"), notes ("[1]"), codes with a leading
zero, numbered headings and items ("1 Precedentes", "Classificação: 1. Benfica") and, in
pt/es, point-decimal model numbers ("Golf 1.6").

Durations and ages are amounts of time: "três anos" is 3 with unit "year" ("h",
"min", "day", "week", "month" likewise); units.csv's factor column converts units
such as "contos" (1000 PTE) into base units. A rate keeps the unit it is given per after
a slash: "12.000 toneladas / ano" is 12000 "t/year", "R$ 500/mês" 500 "BRL/month".
The dot of an abbreviated unit is kept when the sentence goes on in lowercase ("7,5 mseg.
por linha"), as HAREM tags it.

The object is the noun phrase right after the span, read from the Doc's tokens: a
head word, then adjectives or hyphenated words and lowercase "de/of" complements,
ending at punctuation, a stop word or a verb-like word (all from
`quantity_words.csv`); in English it ends at the first plural noun. An amount with a
unit or currency has an object only after "de/of": what is measured ("80 milhões de
toneladas de minério", "40% of the area"); not a time ("3 anos de prisão"), a name or a
distance from a place ("a 200 km da linha da frente").

Speed (the output does not depend on it): the pattern runs only in windows around
trigger words, over `text.lower()` without IGNORECASE when that folding is exact (see
`_FOLD_UNSAFE`); a candidate is first checked against the masked spans by bisection; what
its words say (value, unit, modifier) is read once per distinct wording and remembered;
token attributes come from the shared `doc_tokens` lists, built only if an object is
looked for.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import cache
from itertools import accumulate
from typing import TypeVar, cast

from spacy.language import Language
from spacy.tokens import Doc

from etl.extract.components._actors_home import home_country
from etl.extract.components._quantities_rules import _TIME_UNITS, IdentifierRules
from etl.extract.components._quantities_rules import GROUPS as _GROUPS
from etl.extract.patterns import DocTokens, _alt, counts_a_noun, doc_text, doc_tokens, find_windows
from etl.extract.reference import rows_for_language
from etl.models import Article, Modifier, Quantity

_URL = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+", re.IGNORECASE)
_PHONE = re.compile(
    r"\+\d{1,3}[\s\d().-]{8,}\d|(?:\(\d{2,3}\)\s*)?\d{4,5}-\d{4}(?!\d)|\(\d{3}\)\s*\d{3}-\d{4}"
    r"|\(0?\d{2,3}\)\s*\d{3,4}[\s-]*\d{4}(?!\d)|\b0[89]00[\s-]?\d{3}[\s-]?\d{3,4}(?!\d)"
    r"|\b0xx\d{2}[\s)-]*\d{3,5}[\s-]?\d{4}(?!\d)"
    r"|\b(?:tel|tel\.|telefone|fone|fax|phone|teléfono)[.:]?\s*[\d\s().+/-]{7,}\d",
    re.IGNORECASE,
)
# Every phone number starts with "+", "(", a digit or "tel/fone/fax/phone": this lookahead
# rejects the other positions at once (same matches, a third of the time).
_PHONE_FAST = re.compile(rf"(?=[+(\dtfp])(?:{_PHONE.pattern})", re.IGNORECASE)
# Each _PHONE branch contains one of these ("+5", "(1", "-1234", "0800", "0xx7", "tel"...): a text
# with none of them has no phone number, and most articles are such texts.
_PHONE_HINT = re.compile(r"\+\d|\(\d|-\d{4}|0[89]00|0[xX]{2}\d")
_PHONE_WORDS = ("tel", "fone", "fax", "phone")
# "21 555 1234", "555 123 4567", "91 555 12 34": three or more digit groups apart by single
# spaces, not grouped as thousands are (see _is_phone_chain).
_DIGIT_CHAIN = re.compile(r"(?<![\d.,])\d{2,4}(?:[ \u00a0]\d{2,4})+(?!\d|[.,]\d)")
# What joins the first end of a range of dates or times to the date after it.
_TO_DATE = re.compile(r"\s*[-–]\s*|\s+(?:(?:e|y|and)\s+)?(?:às|as|a|até|to|until|till|a\s+las|las|hasta)\s+",
                      re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_HOUR = re.compile(r"\d\s?h$", re.IGNORECASE)
_GROUP_SPACE_CHARS = " \u00a0\u202f"  # between digit groups: space, no-break and narrow no-break space
_GROUP_SPACE = re.compile(f"[{_GROUP_SPACE_CHARS}]")
_GROUP_SPACES = frozenset(_GROUP_SPACE_CHARS)  # for one-character tests
_SEPARATOR = re.compile(r"[.,]")
# An IGNORECASE pattern matches a text exactly as its case-sensitive twin matches
# `text.lower()` when every character lowercases to one character that re's case folding
# agrees with: ASCII, Latin-1, Latin Extended-A, punctuation and currency signs - without
# the micro sign, "İ", "ı" and "ſ" (re folds them with Greek "μ", "i" and "s"). Other
# texts keep the IGNORECASE patterns.
_FOLD_UNSAFE = re.compile(r"[^\x00-\xb4\xb6-\xff\u0100-\u012f\u0132-\u017e\u2000-\u206f\u20a0-\u20cf]")
_DIGITS = r"\d+(?:[.,]\d+)*"
# Thousands grouped with a space: "16 000 refugiados", "15 320 megawatts" (South African English).
_SPACED = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d]|[.,]\d)"
_WORD = re.compile(r"^[^\W\d_]+(?:['’-][^\W\d_]+)*$")
_MAX_OBJECT_WORDS = 6
_OR = frozenset({"ou", "or", "o", "u"})  # the range joins that offer alternatives
_VAGUE_JOIN = re.compile(r"\s+(?:de|of)\s+", re.IGNORECASE)
_CACHE_SIZE = 4096
# The units a rate is given per, after a slash: "12.000 toneladas / ano", "500 euros/mês".
# The dot of an abbreviated unit, where the sentence goes on in lowercase: "7,5 mseg. por linha".
_ABBREVIATION_DOT = re.compile(r"\.(?=[ \t]+[a-zà-ÿ])")
_PEOPLE_PARTICIPLES = frozenset({"injured", "wounded", "killed", "displaced", "detained", "arrested", "infected",
                                 "vaccinated", "hospitalised", "hospitalized", "evacuated", "unemployed",
                                 "disabled", "abducted", "kidnapped"})
_CLITICS = ("-se", "-lhe", "-lhes", "-nos", "-vos", "-lo", "-la", "-los", "-las", "-me", "-te")
# The words (no digit, no clause mark) right before an amount.
_CLAUSE_WORDS = re.compile(r"(?<![^\s(])[^\W\d_][^\d.,;:!?()\"“”«»]*$")
# A word that ends in digits right before a multiplier written alone ("K40 million").
_CODE_BEFORE = re.compile(r"[^\W\d_]+\d[\d.,]*\s+$")
# What follows the amount a change starts from: "passa de 12% para 15%", "bajó del 12 % al 10 %",
# "passou de 870 em outubro para mais de 1.200", "passou de 117 mil em 2018 para 800 mil", "passou de
# dois para quatro euros" ("passar de" is "more than" only before no second amount: "podem passar
# de 20 anos").
_CHANGED_TO = re.compile(
    r"(?:\s+(?:para|a|al)\s+|[^.;!?\d]{1,30}?\s+para\s+|\s+(?:em|en)\s+(?:19|20)\d\d\s+(?:para|a|al)\s+)"
    r"(?:(?:cerca de|perto de|quase|mais de|menos de|aproximadamente)\s+)?"
    r"(?:\D{0,4}\d|(?:uma?|dois|duas|três|quatro|cinco|seis|sete|oito|nove|dez|cem|mil)(?![\w-]))", re.IGNORECASE)
# Words of quantity that open another phrase after "y/e": "fallecidos y otros", "caídos y varios vehículos".
_QUANTIFIER_WORDS = frozenset({"otros", "otras", "outros", "outras", "varios", "varias", "vários", "várias", "muchos",
                               "muchas", "muitos", "muitas", "todos", "todas", "demás", "ambos", "ambas"})
# A year written in full, which opens no range of amounts.
_YEAR = re.compile(r"(?:1[5-9]|20)\d\d")
# The opener of a change written before the modifier of its first amount ("from about").
_OPENER_BEFORE = re.compile(r"(?<![^\W\d_])(from|de|desde)\s+$", re.IGNORECASE)
# ... or before a level named: "rose from an average of $1,200 to $1,450", "de uma média de 3 para 5".
_LEVEL_OPENER_BEFORE = re.compile(
    r"(?<![^\W\d_])(from|de|desde)\s+(?:an?|the|uma?|una?|el|la|o)?\s*"
    r"(?:average|total|mean|high|low|peak|média|promedio|media|máximo|mínimo|pico)\s+(?:(?:of|de)\s+)?$",
    re.IGNORECASE)
# A negation before a verb of exceeding or nearing turns its modifier round.
_NEGATION_BEFORE = re.compile(r"(?<![^\W\d_])(?:no|não|not|never|nunca|jamás|jamais)\s+$", re.IGNORECASE)
# A negative subject earlier in the clause: "Ninguno de los otros tres candidatos superó el 4%".
_NEGATIVE_SUBJECT = re.compile(r"(?<![^\W\d_])(?:ninguno|ninguna|nadie|nenhum|nenhuma|ninguém|none|nobody)(?![^\W\d_])"
                               r"(?:(?!(?<![^\W\d_])(?:que|qué|that|which|why|what|porque|quando|cuando|when|"
                               r"como|cómo|how|si|se|if|whether)(?![^\W\d_]))[^.;:!?\n,])*$", re.IGNORECASE)
# Hours and minutes written as a decimal ("15.34"), before "hora(s)".
_CLOCK_READING = re.compile(r"(?:[01]?\d|2[0-3])[.:][0-5]\d$")
# A negated verb a few words before the comparison: "não poderão ter aumento superior a 2,5%".
# (Not a negated adjective: "el crudo no convencional ya representa más del 55%"; nor past a
# clause of its own: "a conta não fecha para quem tem menos de 200 hectares".)
_NEGATED_VERB = {lang: re.compile(
    rf"(?<![^\W\d_])(?:{words})\s+(?![^\W\d_]+(?:al|ales|ible|ibles|able|ables|ável|áveis|ível|íveis|ivo|iva|ivos|ivas)\s)"
    rf"(?:(?!(?:que|that|which|whether|if|se|si|mas|but|pero|sino|e|y|and|ou|or|o|quem|quien|quienes|who|whom"
    rf"|onde|donde|where|quando|cuando|when|porque|because|pois)\s)[^\W\d_]+\s+){{1,4}}$",
    re.IGNORECASE) for lang, words in (("pt", "não|nunca|jamais"), ("es", "no|nunca|jamás"), ("en", "not|never"))}
# Before a negated verb of reaching, and between it and the amount (see _short_of).
_SHORT_NEGATIONS = {"pt": "não|nunca|nem", "es": "no|nunca|ni", "en": "not|never|fail(?:s|ed)? to"}
_SHORT_EVEN = {"pt": "nem|sequer|nem sequer|nem mesmo", "es": "ni|siquiera|ni siquiera", "en": "even"}
_SHORT_ARTICLES = {"pt": "a|à|às|ao|aos|o|os|as", "es": "a|al|a los|a las|el|la|los|las", "en": "the"}
_NEGATED: dict[str, Modifier] = {"more_than": "at_most", "less_than": "at_least", "at_least": "less_than",
                                 "at_most": "more_than"}
_PER_UNITS = frozenset({"year", "month", "week", "day", "h", "min", "s", "ha", "km2", "m2",
                        "t", "kg", "l", "gal", "bbl", "boe", "bu", "oz", "lb", "share", "MWh", "kWh", "bag",
                        "arroba", "quintal", "maund"})
# Words that are a rate's unit only after "per/por": "metros cúbicos por segundo" (alone after a
# number "segundo" is more often "according to"), "120 euros por noche", "R$ 80 por pessoa",
# "$40 a head", "3 dólares por libra" (alone, "libras" are pounds sterling). After a number alone
# they are what is counted ("tres noches").
_PER_SINGULAR = {
    "pt": {"segundo": "s", "noite": "night", "pessoa": "person", "cabeça": "head", "libra": "lb", "libra-peso": "lb"},
    "es": {"segundo": "s", "noche": "night", "persona": "person", "cabeza": "head", "libra": "lb"},
    "en": {"second": "s", "night": "night", "person": "person", "head": "head"},
}
# A conversion in brackets between an amount and its rate: "185 kilometers (115 miles) per hour".
_ASIDE = re.compile(r"[ \t]*\([^()\n]{1,40}\)")
# Comparisons whose amount a participle describes name that amount exactly ("acima dos 2,4%
# registados em abril", "muy por debajo de los 300 millones previstos", "above the 3% forecast").
_COMPARISONS = ("acima", "abaixo", "superior", "inferior", "por debajo", "por encima", "above", "below")
_PARTICIPLE_AFTER = re.compile(
    # (not a rate's noun: "por encima de los 32.000 dólares por tonelada")
    # (nor the predicate of a verb after it: "calado superior a 2 metros estão proibidas")
    r"\s+(?!(?:por|per|al|ao|cada)\s)(?:(?!(?:está|estão|estava|estavam|é|são|era|eram|foi|foram|fica|ficam|ficou"
    r"|ficaram|segue|seguem|estaba|estaban|están|es|son|fue|fueron|queda|quedan|sigue|siguen|is|are|was|were|remain|remains)\s)"
    r"[^\W\d_]+\s+){0,2}?(?:[^\W\d_]{3,}(?:ados|adas|idos|idas|ado|ada|ido|ida|ed)"
    r"|previst[oa]s?)(?![\w])(?<!passado)(?<!passada)(?<!pasado)(?<!pasada)"  # ("no ano passado": a date)
    # "abaixo das 230 mil de 2022", "below the 2.1% of 2023": the amount of a year compared with
    r"|\s+(?:[^\W\d_]+\s+)?(?:de|do|del|of|in)\s+(?:19|20)\d\d(?![\w])")
_AMOUNT_TAILS = frozenset({"worth", "apiece", "extra", "overall", "altogether", "already", "total", "more", "less"})
_NOUN_AFTER = re.compile(r"[ \t]+([a-z]{3,})(?![\w-])")
_TEMPERATURES = frozenset({"°", "°C", "°F"})
_BELOW_ZERO = re.compile(r"\s+(?:(?:bajo|abaixo\s+de|below)\s+(?:cero|zero)|negativos|negativas|negativo)(?![\w])",
                         re.IGNORECASE)  # "ocho grados bajo cero", "5 graus negativos"
# What a measure measures, before its rate: "litres[ of petrol] a day", "toneladas[ de aço] por dia".
_MEASURED = re.compile(r"[ \t]+(?:of|de|do|da|del)[ \t]+([^\W\d_]+)(?:[ \t]+[^\W\d_]+)?(?=[ \t])")
# Below zero, a bound turns round: "até 5 graus negativos" is -5 or warmer.
_TURNED: dict[str, Modifier] = {"more_than": "less_than", "less_than": "more_than", "at_least": "at_most",
                                "at_most": "at_least"}
# "un", "uma" or a number before "menor(es) de": the word is a noun, minors counted ("un menor
# de 17 años"); "los menores de 15 años" are those under 15.
# Outlets that write millions as "m" ("£1.3bn", "7.57m patients").
_BRITISH_STYLE = frozenset({"GBR", "IRL", "AUS", "NZL", "ZAF", "KEN", "NGA", "IND", "PAK"})
_AGED = re.compile(r"(?<![\w])aged\s+$", re.IGNORECASE)
_AGE_BEFORE = re.compile(r"(?:[A-ZÀ-ÝĀ-Ž][\w'’.-]*\)?|(?<![\w])(?:man|woman|boy|girl|teenager|suspect|victim|driver|"
                         r"homem|mulher|jovem|rapaz|vítima|suspeito|hombre|mujer|joven|víctima|sospechoso)),[ \t]$")
_PER_GAP = re.compile(r"\s+(?:per|por|por cada|for every|a cada|cada)\s+(?:(?:cada|every)\s+)?", re.IGNORECASE)
_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)
# The whole after a fraction's "quarto/cuarto": "dos alunos", "de la plantilla"; a building's
# are rooms ("três quartos da casa", "um quarto dos fundos", "los cuartos del hotel").
_WHOLE_AFTER = re.compile(r"\s+(?:d[oa]s?|del|de\s+l[oa]s?)\s+([^\W\d_]+)", re.IGNORECASE)
_ROOMS_OF = frozenset({"casa", "casas", "hotel", "hotéis", "hoteles", "apartamento", "apartamentos", "prédio",
                       "edifício", "edificio", "imóvel", "residência", "residencia", "pousada", "hostal", "hospital",
                       "fundos", "andar", "piso", "pensão", "pensión", "quartel", "cuartel", "albergue"})
_BY_BEFORE = re.compile(r"(?<![\w])by[ \t]+$", re.IGNORECASE)
# "Half" as one part of two named in turn, or of a period, is no amount.
_HALF_IS_A_PART = re.compile(r"(?<![\w])(?:first|second|latter|former|other|each|one|the|northern|southern|eastern"
                             r"|western|upper|lower|top|bottom|front|back)[ \t]+$", re.IGNORECASE)
_HALF_A = re.compile(r"[ \t]+(?:a|an)[ \t]", re.IGNORECASE)
_ARTICLE_BEFORE = re.compile(r"(?<![\w])(?:os|as|los|las|the)\s+$", re.IGNORECASE)  # "os três quartos do hotel"
# Portuguese and Spanish pounds that weigh: "libras de azúcar" (not "de libras esterlinas"), "pesa 100 libras".
_POUND_WORDS = frozenset({"libras", "libra"})
_OF_GOODS_AFTER = re.compile(
    r"\s+(?:de|del|da|do)\s+(?!esterlina|dólar|euro|real|peso|renda|renta|ingreso|receita|lucro|deuda|dívida|multa|"
    r"salari|salári|subsidi|subsídi|fianza|fiança|premio|prémio|prêmio|indemniza|indeniza|crédito|préstamo|"
    r"empréstimo|inversi|investimento|presupuesto|orçamento|impuesto|imposto|ahorro|poupança|pensi|pensão|"
    r"beneficio|benefício|ganancia|ganho|pérdida|perda|capital)[a-záéíóúâêôãõç]{3,}")
_WEIGHS_BEFORE = re.compile(r"\b(?:pesa|pesan|pesaba|pesaban|pesou|pesavam|peso\s+de|pesando)\s+(?:\S+\s+)?$",
                            re.IGNORECASE)
# A container of goods, then "de": "la caja de banano de 41,5 libras", "un saco de 100 libras".
_PACKED_BEFORE = re.compile(
    r"\b(?:caja|cajas|caixa|caixas|saco|sacos|saca|sacas|bolsa|bolsas|bulto|bultos|costal|costales|fardo|fardos|"
    r"paca|pacas|lata|latas|barril|barriles|barris|quintal|quintales)\s+(?:\w+\s+){0,3}?de\s+$",
    re.IGNORECASE)
# "de/of" after a measure, then a word (not a number: "10% de 2023", "1 km de 2 km").
# What is measured is a common noun: not a name ("40 km de Ilhéus", "80 percent of Naga City")
# nor a time ("73 milhões de euros do ano anterior").
_MEASURED_OF = re.compile(r"\s+(?i:de|do|da|dos|das|del|of)\s+(?:(?i:o|a|os|as|el|la|los|las|the)\s+)?"
                          r"([^\W\d_]+)")
# An English whole named by its owner: "30% of the country's trade", "a third of Jamaica's total
# output" measure the trade and the output.
_OF_POSSESSOR = re.compile(r"\s+of\s+(?:the\s+)?(?:[^\W\d_]+\s+){0,2}?[^\W\d_]+['’]s\s+(?=[^\W\d_])")
# "a quase 200 km da linha da frente", "at 40 miles of": a distance from a place, no thing measured.
_LENGTHS = frozenset({"km", "m", "mi", "cm", "mm", "nm", "ft", "in", "yd"})
_DISTANCE_BEFORE = re.compile(r"(?:^|\s)(?i:a|à|at|within)\s+$")
_WHEN_NOUNS = frozenset({"ano", "anos", "año", "años", "year", "years", "mês", "mes", "meses", "month", "months",
                         "semana", "semanas", "week", "weeks", "período", "periodo", "period", "trimestre",
                         "trimestres", "quarter", "semestre", "semestres", "década", "decade", "día", "dia", "day",
                         "hace", "há"})
# Units whose "de/of" says when, how hot or how fast, not what is measured ("3 anos de prisão"
# is a sentence, "30 °C de máxima"): time, temperature, angle.
_NO_MEASURED_OBJECT = frozenset({"year", "month", "week", "day", "decade", "h", "min", "s", "ms", "°C", "°F", "°"})
_CHANGE_BEFORE = re.compile(r"\d\s*(?:%|por ciento|por cento|pontos?|puntos?)(?:\s*,?\s*|[^.;:%\d]{0,40},\s*)$",
                            re.IGNORECASE)
# A wage or pension fixed as the minimum is that amount: "un salario mínimo de 1.300.000 pesos".
_MINIMUM_PAY_BEFORE = re.compile(r"(?<![\w])(?:salário|salario|sueldo|pensão|pensión|pensões|pensiones)\s+$",
                                 re.IGNORECASE)
# A verb of exceeding, then up to four words of its own (not "a": "superó a los 3 rivales" beat
# them), then the amount's article: "superó por primera vez los 40.000", "ultrapassou em dezembro os 50 milhões".
_EXCEEDED_BEFORE = re.compile(
    r"(?<![\w])(?:super(?:ó|aron|ará|arán|a|an)|ultrapass(?:ou|aram|ará|arão|a|am)|sobrepas(?:ó|aron)|"
    r"rebas(?:ó|aron)|exceeded|surpassed|topped)"
    r"(?:\s+(?!(?:a|à|ao|al)\s)[^\W\d_]+){1,4}?\s+(?:los|las|el|la|os|as|o|a|the)\s+$", re.IGNORECASE)
# A price "from" which fares start: "costará desde $ 2.900", "partirá de $ 9.500", "desde R$ 199".
_PRICE_FROM_BEFORE = re.compile(r"(?<![\w])(?:desde|partir[áa]n?\s+de|parte\s+de|partem\s+de)\s+$", re.IGNORECASE)
_COUNTED_BEFORE = re.compile(r"(?<![\w])(?:un|una|um|uma|dos|duas|tres|três|\d+)\s+$", re.IGNORECASE)
# "two-thirds", "dois terços", "dos tercios": a fraction, not the number before it.
# ("quartos", "cuartos" and "quarters" alone are also rooms and periods: they are a fraction only
# when the whole follows, "three quarters of staff", "tres cuartos de los votos", "três quartos dos
# alunos"; "dois quartos da casa" are rooms.)
_FRACTION_AFTER = re.compile(r"(?:-(?:thirds?|quarters?|fifths?)|(?:-|\s+)(?:thirds|fifths|terços|tercios"
                             r"|(?:terceras|cuartas|quintas|terças|quartas)\s+partes"
                             r"|quarters\s+of|cuartos\s+de\s+l(?:a|os|as)|quartos\s+d(?:os|as)))(?![\w])",
                             re.IGNORECASE)
# "one in five", "uno de cada diez", "um em cada dez": the second number is a ratio's.
_ONE_IN = re.compile(r"(?<![\w])(?:one|1|uno|una|um|uma)\s+(?:in|out\s+of|de\s+cada|em\s+cada|en\s+cada)\s+$",
                     re.IGNORECASE)
_ONE_IN_AFTER = re.compile(r"\s+(?:in|out\s+of)\s+(\d+|[^\W\d_]+)(?![\w])", re.IGNORECASE)
# Either term of a ratio written "N de cada M", "N in every M" ("58,000 votes out of more than
# 2.9 million cast" counts both).
_RATIO_BEFORE = re.compile(r"(?<![\w])(?:\d+|[^\W\d_]+)\s+(?:de\s+cada|em\s+cada|en\s+cada|in\s+every)\s+$",
                           re.IGNORECASE)
_RATIO_AFTER = re.compile(r"\s+(?:de\s+cada|em\s+cada|en\s+cada|in\s+every)\s+(\d+|[^\W\d_]+)(?![\w])",
                          re.IGNORECASE)
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")
# Money written with a bare capital letter or two (South African rand, Kenyan shilling, and
# the naira, the Philippine peso and the kwacha or kina in Nigerian, Philippine, Zambian or Papua New
# Guinean English: "N50 million", "P1.8 billion", "K40 million").
_LETTER_MONEY = frozenset({"R", "Sh", "Shs", "N", "P", "K"})
# A price's preposition or verb before such a sum: "sold petrol at N998, up from N897".
_PRICE_BEFORE = re.compile(r"(?<![\w])(?:at|from|to|for|of|costs?|paid|pay|charged?)\s+$", re.IGNORECASE)
# "minus 12 degrees", not "plus or minus 2%" (a margin either way).
_MINUS_BEFORE = re.compile(r"(?<![\w])(?<!plus or )(?<!mais ou )(?<!más o )(?:minus|menos)\s+$", re.IGNORECASE)
_NOT_PER_AFTER = ("earlier", "ago", "later", "previously", "prior", "atrás", "anterior", "seguinte", "siguiente",
                  "passado", "passada", "pasado", "pasada")
_PER_WORDS = {"en": ("per", "a", "an", "each"), "pt": ("por cada", "por", "ao", "à", "cada"),
              "es": ("por cada", "por", "al", "a la", "cada")}
# A price's unit after the bare article: "R$ 8,40 o quilo", "20 pesos el kilo" (money only).
_PER_ARTICLES = {"en": (), "pt": ("o", "a"), "es": ("el", "la")}
# `Quantity.model_validate` without its wrapper: the same checks, a third less time per amount.
_validate_quantity = Quantity.__pydantic_validator__.validate_python
# After "1.5m": English plurals without an -s, counted in millions ("1.5m people"), and the
# plurals that follow metres ("the 400m hurdles", "10m waves").
_NEXT_WORD_LOWER = re.compile(r"\s+([a-z]+)")
# Adverbs and prepositions that end like a plural: no part of what is counted ("tres refuerzos antes del 20").
_ADVERBS_IN_S = frozenset({"antes", "después", "despues", "además", "apenas", "jamás", "depois", "através", "atrás",
                           "detrás", "alrededor", "entonces", "então", "pues", "mientras"})
_UNMARKED_PLURALS = frozenset({"people", "children", "men", "women", "fish", "salmon", "sheep", "cattle", "livestock",
                               "poultry", "deer", "aircraft", "personnel"})
_UNMARKED_HEADS = _UNMARKED_PLURALS
_ONE_BEFORE = re.compile(r"(?<![\w])an?\s+$", re.IGNORECASE)  # "a 3m deer fence": one thing, in metres
_DISTANCE_NOUNS = frozenset({"hurdles", "races", "heats", "finals", "relays", "sprints", "events", "waves",
                             "swells", "walls", "metres", "meters", "freestyle", "breaststroke", "backstroke"})
# What a height or depth is told of, earlier in the sentence: "The Herbert River peaked at 15.2m".
_MEASURED_BEFORE = re.compile(r"(?<![^\W\d_])(?:rivers?|creeks?|gauges?|tides?|waves?|swells?|height|depth|deep|tall|"
                              r"water levels?|flood levels?|sea levels?|snow|dams? levels?)(?![^\W\d_])[^.!?]*$",
                              re.IGNORECASE)
# An era after a year ("300 B.C.", "79 d. C.", "200 a.C.", "AD 79" is read as a code anyway).
_ERA_AFTER = re.compile(r"\s*(?:B\.\s?C\.(?:\s?E\.)?|BCE?|A\.\s?D\.|AD|CE|[ad]\.\s?C\.|a\.\s?E\.\s?C\.|antes de Cristo|"
                        r"depois de Cristo|después de Cristo)(?![\w])")
_NUMBER_DIGITS = re.compile(r"\d[\d.,]*(?<![.,])")  # the digits a written number opens with
_LETTER = re.compile(r"[^\W\d_]")  # what a word part of a written number (`_number_part`) begins with
K = TypeVar("K")
V = TypeVar("V")
# See QuantitiesComponent._reading.
_Reading = tuple[float, float, float | None, str | None, Modifier, bool]
# Positions in `match.groups()` of the pattern's named groups (checked in _compile).
_MOD, _OPEN, _CUR, _VAGUE, _NEG, _N1, _U1, _JOIN, _N2, _OF, _UNIT, _HALF, _POST = range(len(_GROUPS))


def _norm(text: str) -> str:
    return _SPACES.sub(" ", text.lower())



def _remembered(cache: dict[K, V], key: K, compute: Callable[[K], V]) -> V:
    """`compute(key)`, remembered in `cache` (emptied when it reaches _CACHE_SIZE entries)."""
    try:
        return cache[key]
    except KeyError:
        if len(cache) >= _CACHE_SIZE:
            cache.clear()
        value = cache[key] = compute(key)
        return value


def _is_abbreviation(word: str) -> bool:
    """True for a unit written as a short abbreviation ("mseg", "min", "hab"): at most four
    letters, the last no vowel or "s" (so not "ano", "dias", "hora")."""
    return word.isalpha() and len(word) <= 4 and word[-1].lower() not in "aeiouáéíóúâêôãõs"


_OVER = re.compile(r"over\s+", re.IGNORECASE)
# The centavos of an escudo amount written with the sign between ("153$20").
_ESCUDO_CENTS = re.compile(r"\$(\d\d)")
# Verbs whose particle is "over" ("take over 14 depots", "handed over 30 rifles"): no comparison.
_OVER_PARTICLE_VERBS = frozenset({"take", "takes", "took", "taken", "taking", "hand", "hands", "handed", "handing",
                                  "turn", "turns", "turned", "turning"})
# Verbs of what is spread over a time ("transferred over three days", "repaid over 20 years"):
# "over" is during, not more than ("lasted over three days" is).
_SPREAD_VERBS = frozenset({"spread", "phased", "paid", "repaid", "repayable", "payable", "distributed", "staggered",
                           "transferred", "disbursed", "invested", "implemented", "delivered", "rolled", "introduced",
                           "amortised", "amortized", "released", "held"})
_NOT_SPREAD = re.compile(r"(?<![\w])(?:in|of|for|than)\s*$")
_SPAN_UNITS = frozenset({"decade", "year", "month", "week", "day", "h", "min"})


def _spread_over(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """"over" before a duration right after another amount is a span of time, not "more
    than": "a 22% pay rise over two years", "rose 10% over three months" ("over 300 people",
    "a sentence of over two years" and "580,000 tonnes, the lowest in over two decades" are
    more than)."""
    out = [quantities[0]]
    for q in quantities[1:]:
        if q.modifier == "more_than" and q.unit in _SPAN_UNITS and q.start - out[-1].end <= 25 \
                and not _NOT_SPREAD.search(text, out[-1].end, q.start) \
                and (over := _OVER.match(q.text)) is not None:
            q = q.model_copy(update={"start": q.start + over.end(), "text": q.text[over.end():],
                                     "modifier": "exact"})
        out.append(q)
    return out


# Between two amounts that share the unit written after the second: "de 54 e 81 anos",
# "de 200 para 300 kwanzas", "aged 29 and 34 years".
_SHARED_JOIN = re.compile(r"\s*(?:,\s*|\s(?:e|y|and|ou|o|u|or|para|to|a|al)\s+"
                          r"(?:(?:aos?|às?|a\s+los|a\s+las|at|los|las|os|as)\s+)?)")  # "aos 23 e aos 67 minutos"
_BARE_NUMBER = re.compile(r"\d[\d.,]*")
# ... or with its scale word: "passou de 720 mil para 1 milhão de toneladas".
_SCALED_NUMBER = re.compile(r"\d[\d.,]*(?:\s+(?:mil|milhões|milhão|millones|millón|million|billion|bilhões|bilhão))?",
                            re.IGNORECASE)


_BETWEEN_BEFORE = re.compile(r"(?<![\w])(?:entre|between)\s+$", re.IGNORECASE)
_RANGE_AND = re.compile(r"\s+(?:e|y|and)\s+")


_LEADING_WHOLE = re.compile(r"(\d+) ")


def _scaled_words(low_text: str, high_text: str, low: float, high: float) -> float | None:
    """The lower end of "entre 16 mil y 18 mil millones": the upper end's words go on past the
    lower's ("mil" then "millones"), so its further multiplier applies to both ends; None if not."""
    low_lead, high_lead = _LEADING_WHOLE.match(low_text), _LEADING_WHOLE.match(high_text)
    if low_lead is None or high_lead is None:
        return None
    low_words, high_words = low_text[low_lead.end():], high_text[high_lead.end():]
    low_scale = low / int(low_lead.group(1)) if int(low_lead.group(1)) else 0
    high_scale = high / int(high_lead.group(1)) if int(high_lead.group(1)) else 0
    if low_words and high_words.startswith(low_words + " ") and high_words[len(low_words) + 1:][:1].isalpha() \
            and high_scale > low_scale > 0:  # (not "entre 2 mil y 2 mil 500": digits go on)
        return float(f"{low * high_scale / low_scale:.12g}")
    return None


def _scaled_low(low: Quantity, high: Quantity) -> float:
    """The lower end of two amounts read apart that make one range (see `_scaled_words`)."""
    scaled = _scaled_words(low.text, high.text, low.value, high.value)
    return low.value if scaled is None else scaled


def _between_ranges(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """"entre 8 mil e 12 mil euros", "entre 2 mil y 2 mil 500": two amounts with scale words
    after "between" are one range (read apart, as "3,5 millones y 2 millones" are two)."""
    out: list[Quantity] = []
    for q in quantities:
        last = out[-1] if out else None
        if last is not None and last.modifier == "exact" and q.modifier == "exact" and last.value_max is None \
                and q.value_max is None and last.unit in (None, q.unit) and last.object is None \
                and last.value < q.value and _RANGE_AND.fullmatch(text, last.end, q.start) \
                and (opener := _BETWEEN_BEFORE.search(text, max(0, last.start - 10), last.start)) is not None:
            out[-1] = q.model_copy(update={"start": opener.start(), "text": text[opener.start():q.end],
                                           "value": _scaled_low(last, q), "value_max": q.value, "modifier": "range"})
            continue
        out.append(q)
    return out


# A change from a bare number to an amount with a scale word: "de 9 para 12 milhões", "from 9 to 12
# million" (the words between the two amounts; `_CHANGED_TO` reads them after a modifier instead).
_FROM_LEVEL = re.compile(r"(?<![\w])(?:de|del|from)\s+$", re.IGNORECASE)
_TO_LEVEL = re.compile(r"\s+(?:para|a|al|to)\s+", re.IGNORECASE)


def _changed_scale(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """The first level of a change takes the scale, unit and object of the second when it has
    none of its own: "de 9 para 12 milhões de passageiros" starts at 9 million passengers."""
    out = list(quantities)
    for i in range(len(out) - 1):
        q, nxt = out[i], out[i + 1]
        lead = _LEADING_WHOLE.match(nxt.text)
        if q.unit is None and q.object is None and q.value_max is None and q.text.isdigit() and lead is not None \
                and int(lead.group(1)) > 0 and nxt.value / int(lead.group(1)) >= 1000 \
                and int(q.text) < int(lead.group(1)) and _TO_LEVEL.fullmatch(text, q.end, nxt.start) \
                and _FROM_LEVEL.search(text, max(0, q.start - 6), q.start):
            scale = nxt.value / int(lead.group(1))
            out[i] = q.model_copy(update={"value": float(f"{int(q.text) * scale:.12g}"), "unit": nxt.unit,
                                          "object": nxt.object, "object_start": nxt.object_start,
                                          "object_end": nxt.object_end})
    return out


def _shared_unit(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """A bare number joined to the next amount takes that amount's unit ("dos hombres de 34
    y 41 años": both ages in years)."""
    out = list(quantities)
    for i in range(len(out) - 2, -1, -1):
        q, nxt = out[i], out[i + 1]
        if q.unit is None and q.object is None and nxt.unit and q.value_max is None \
                and _SCALED_NUMBER.fullmatch(q.text) and _SHARED_JOIN.fullmatch(text, q.end, nxt.start) \
                and (nxt.modifier == "exact" or "," not in text[q.end:nxt.start]):
            # (not a hedged amount after a comma: "the total to 14,812, about 42% higher")
            out[i] = q.model_copy(update={"unit": nxt.unit})
    for i in range(1, len(out)):
        q, last = out[i], out[i - 1]
        if q.unit is None and q.object is None and last.unit == "year" and q.value_max is None \
                and _BARE_NUMBER.fullmatch(q.text) and _BARE_NUMBER.fullmatch(last.text) \
                and _SHARED_JOIN.fullmatch(text, last.end, q.start):
            out[i] = q.model_copy(update={"unit": "year"})  # "aged 29 and 34": both ages
    return out


# Between a part and its whole: "Three of the 164 passengers", "dois dos 40 presos", "tres de los 20 heridos".
_PART_OF_WHOLE = re.compile(r"\s+(?:of(?:\s+(?:the|these|those|its|their))?|d[oa]s|de\s+(?:los|las|estos|estas))\s+",
                            re.IGNORECASE)


def _part_of_a_whole(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """A count with nothing after it but the whole it is part of counts the same thing: "Three
    of the 164 passengers" are passengers."""
    out = list(quantities)
    for i in range(len(out) - 2, -1, -1):
        q, whole = out[i], out[i + 1]
        if q.unit is None and q.object is None and whole.unit is None and whole.object is not None \
                and _PART_OF_WHOLE.fullmatch(text, q.end, whole.start):
            out[i] = q.model_copy(update={"object": whole.object, "object_start": whole.object_start,
                                          "object_end": whole.object_end})
    return out


# "desde los 24 hasta los 40 hectómetros", "de 10 até 20 mil": from one amount up to another.
_FROM_BEFORE = re.compile(r"(?<![\w])(?:desde|de|del|dos|das)(?:\s+(?:los|las|os|as))?\s+$", re.IGNORECASE)
_UP_TO_OPENING = re.compile(r"(?:hasta|até)(?:\s+(?:los|las|os|as))?\s+", re.IGNORECASE)


def _from_up_to(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """A bare amount "from" before one "up to" tells where a change or span starts and ends: the
    second is the end, no ceiling, and the first is in its unit ("elevar la producción desde los
    24 hasta los 40 hectómetros cúbicos": 24 and 40 hm³)."""
    out = list(quantities)
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        opening = _UP_TO_OPENING.match(second.text)
        if opening is None or second.modifier != "at_most" or first.unit is not None or first.object is not None \
                or not _BARE_NUMBER.fullmatch(first.text) or text[first.end:second.start].strip() \
                or not _FROM_BEFORE.search(text, max(0, first.start - 12), first.start):
            continue
        start = second.start + opening.end()
        out[i + 1] = second.model_copy(update={"start": start, "text": text[start:second.end], "modifier": "exact"})
        out[i] = first.model_copy(update={"unit": second.unit, "object": second.object,
                                          "object_start": second.object_start, "object_end": second.object_end})
    return out


_CURRENCY = re.compile(r"[A-Z]{3}")
# A verb of going up before "up to": "will go up to", "rose up to" (what it reaches, no ceiling).
_GOES_UP_BEFORE = re.compile(r"(?<![\w])(?:go|goes|went|gone|going|rise|rises|rose|risen|rising|shot|shoot|shoots)\s+$",
                             re.IGNORECASE)
_GLUED_B = re.compile(r"\db$", re.IGNORECASE)
_SCALED = re.compile(r"\d[\d.,]*\s*(?:mil|milh(?:ão|ões)|bilh(?:ão|ões)|mill(?:ón|ones)|mil millones|billones|"
                     r"million|billion|trillion|bn|m)$", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[.!?;]\s|\n")


def _carried_currency(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """An amount in millions with no unit nor counted thing, after money in the same sentence,
    is in that money's currency: "8,5 milhões de euros, dos quais 6 milhões vieram do PRR",
    "320 millones de euros, frente a los 280 millones de 2023"."""
    out = list(quantities)
    for i in range(1, len(out)):
        q = out[i]
        if q.unit is not None or q.object is not None or not _SCALED.search(q.text):
            continue
        for last in reversed(out[:i]):
            if _SENTENCE_BREAK.search(text, last.end, q.start) or q.start - last.end > 200:
                break
            money = (last.unit or "").partition("/")[0]
            if _CURRENCY.fullmatch(money):
                out[i] = q.model_copy(update={"unit": money})
                break
    return out


# What sets a part or an earlier level against an amount just given: "180 mil toneladas, das
# quais 25 mil na Zambézia", "80 toneladas, contra 61 em 2023", "1,2 millones de litros, frente a
# los 900.000 de 2023", "4,000 tonnes, up from 3,100".
_SET_AGAINST = re.compile(r"(?<![\w])(?:d[oa]s\s+quais|de\s+l[oa]s\s+cuales|of\s+which|contra\s+(?:[oa]s\s+)?"
                          r"|frente\s+a(?:\s+l[oa]s)?|against|compared\s+with|up\s+from|down\s+from)\s*$",
                          re.IGNORECASE)


def _carried_unit(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """A bare amount set against the last one before it in the sentence, by "das quais",
    "contra", "frente a", "of which" or "up from", counts what that one counts, in its unit.
    A bound of time is no such amount: in "1,153 patients waited longer than 12 hours, compared
    with 870", the 870 are patients."""
    out = list(quantities)
    for i in range(1, len(out)):
        q = out[i]
        if q.unit is not None or q.object is not None or q.value_max is not None \
                or not _SET_AGAINST.search(text, max(0, q.start - 24), q.start):
            continue
        last = next((p for p in reversed(out[:i]) if not (p.unit in _TIME_UNITS and p.modifier != "exact")), None)
        if last is None or (last.unit is None and last.object is None) \
                or _SENTENCE_BREAK.search(text, last.end, q.start) or q.start - last.end > 160:
            continue
        out[i] = q.model_copy(update={"unit": last.unit, "object": last.object, "object_start": last.object_start,
                                      "object_end": last.object_end})
    return out


# A duration written in two units: "12 anos e 6 meses", "2 horas y 50 minutos", "3 minutos 27,65 segundos".
_SMALLER = {"year": ("month", 12), "week": ("day", 7), "day": ("h", 24), "h": ("min", 60), "min": ("s", 60)}
_UNIT_JOIN = re.compile(r",?\s+(?:(?:e|y|and)\s+)?")


# "una hora y 15 minutos", "an hour and 20 minutes": one of the larger unit (its word read in
# units.csv), written as a word.
_ONE_UNIT_BEFORE = re.compile(
    r"(?:(?P<about>aproximadamente|cerca\s+de|por\s+volta\s+de|about|around|approximately|roughly)\s+"
    r"|(?P<almost>quase|casi|almost|nearly)\s+|(?P<more>mais\s+de|más\s+de|more\s+than|over)\s+)?"
    r"(?<![^\W\d_])(?:una?|uma?|an?|one)\s+(?P<unit>[^\W\d_]+)\s+(?:y|e|and)\s+$", re.IGNORECASE)
_SMALLER_UNITS = frozenset(smaller for smaller, _ in _SMALLER.values())


def _one_unit_before(text: str, quantities: list[Quantity], units: dict[str, dict[str, str]]) -> list[Quantity]:
    """A duration after "una hora y", "an hour and" is that much more: "en aproximadamente una
    hora y 15 minutos" is about 75 minutes, its span covering both."""
    out = []
    for q in quantities:
        found = None
        if q.modifier == "exact" and q.value_max is None and q.unit in _SMALLER_UNITS:
            found = _ONE_UNIT_BEFORE.search(text, max(0, q.start - 50), q.start)
        row = units.get(found.group("unit").lower()) if found else None
        smaller = _SMALLER.get(row["unit"]) if row else None
        if found is None or smaller is None or smaller[0] != q.unit or q.value >= smaller[1]:
            out.append(q)
            continue
        modifier = "about" if found.group("about") else "almost" if found.group("almost") \
            else "more_than" if found.group("more") else "exact"
        start = found.start()
        out.append(q.model_copy(update={"start": start, "text": text[start:q.end], "modifier": modifier,
                                        "value": float(f"{smaller[1] + q.value:.12g}")}))
    return out


def _compound_durations(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """Join a duration in two units into one amount of the smaller unit (12 years and 6 months
    is 150 months), its span covering both."""
    out = [quantities[0]]
    for q in quantities[1:]:
        last = out[-1]
        smaller = _SMALLER.get(last.unit or "")
        if smaller is not None and q.unit == smaller[0] and last.value_max is None and q.value_max is None \
                and q.modifier == "exact" and q.value < smaller[1] and _UNIT_JOIN.fullmatch(text, last.end, q.start):
            value = float(f"{last.value * smaller[1] + q.value:.12g}")
            out[-1] = last.model_copy(update={"end": q.end, "text": text[last.start:q.end], "value": value,
                                              "unit": q.unit})
            continue
        out.append(q)
    return out


def _is_score(groups: tuple[str | None, ...]) -> bool:
    """"1-3", "110-98": two bare numbers joined by a dash, with nothing counted or measured.

    That is a score or a tally ("venceu por 1-3", "won 110-98"), not a range: a range
    counts something ("20-30 pessoas") or has an opener or a modifier ("cerca de 20-30").
    """
    join = groups[_JOIN]
    return (join is not None and join.strip() in ("-", "–") and not join.isspace()
            and not (groups[_MOD] or groups[_OPEN] or groups[_CUR] or groups[_UNIT]
                     or groups[_POST] or groups[_VAGUE]))

def _number_start(match: re.Match[str], groups: tuple[str | None, ...]) -> int:
    """Where the amount of a match starts once its modifier is left out."""
    return min(match.start(g + 1) for g in (_OPEN, _CUR, _NEG, _N1) if groups[g])


def _in_phone_chain(text: str, start: int, end: int) -> bool:
    """True when `text[start:end]` is part of a phone number written as digit groups apart
    by spaces ("21 555 1234"): only the text around a number next to another is read."""
    if not (text[end:end + 1] in _GROUP_SPACES and text[end + 1:end + 2].isdigit()) \
            and not (start > 1 and text[start - 1] in _GROUP_SPACES and text[start - 2].isdigit()):
        return False
    low, high = max(0, start - 16), min(len(text), end + 16)
    return any(m.start() <= start and end <= m.end() and _is_phone_chain(m.group())
               for m in _DIGIT_CHAIN.finditer(text, low, high))


def _is_phone_chain(written: str) -> bool:
    """True for digit groups that are a phone number, not an amount grouped by spaces.

    A phone number has 9 digits or more, a group of 3 or more, and groups that are not
    those of thousands ("16 000 000": 1 to 3 digits, then 3 each); or it is a local number,
    three digits and then four ("472 1444"). A table row of small numbers ("34 25 16 13")
    has no group of 3 digits.

    Examples:
        >>> _is_phone_chain("21 555 1234"), _is_phone_chain("91 555 12 34")
        (True, True)
        >>> _is_phone_chain("160 000 000"), _is_phone_chain("34 25 16 13 68")
        (False, False)
        >>> _is_phone_chain("472 1444"), _is_phone_chain("472 144")
        (True, False)
    """
    groups = _GROUP_SPACE.split(written)
    if len(groups) > 1 and len(groups[0]) == 3 and len(groups[-1]) == 4:
        return True  # a local number ("call police on 472 1444"): no amount ends with four digits apart
    if sum(map(len, groups)) < 9 or max(map(len, groups)) < 3:
        return False
    return not all(len(group) == 3 for group in groups[1:])


# After a noun of change, before what it is of: "la ampliación del cupo", "o reajuste da tarifa".
_OF_THE = frozenset({"del", "de", "do", "da", "dos", "das", "of"})
# Before the object of a verb of change: "raised the price from", "elevou a taxa de", "subió el precio de".
_OBJECT_DETERMINERS = frozenset({"the", "its", "their", "a", "o", "as", "os", "el", "la", "los", "las", "su", "sua",
                                 "seu"})


class _Masked:
    """Spans no quantity may overlap (URLs, phone numbers, dates), searchable by bisection."""

    def __init__(self, text: str, lowered: str, dates: list) -> None:
        spans = [(d.start, d.end) for d in dates]
        # Else _URL cannot match. "www." in the lowercased text is _URL's "www\." with
        # IGNORECASE, found by a substring test instead of a regex scan (0.046 -> 0.003 ms/article).
        if "@" in text or "://" in text or "www." in lowered:
            spans += [m.span() for m in _URL.finditer(text)]
        if _PHONE_HINT.search(text) or any(word in lowered for word in _PHONE_WORDS):
            spans += [m.span() for m in _PHONE_FAST.finditer(text)]
        spans.sort()
        self.starts = [s for s, _ in spans]
        self.max_ends = list(accumulate((e for _, e in spans), max))
        self.hours = sorted(d.end for d in dates if _HOUR.search(d.text))
        self.date_starts = sorted(d.start for d in dates)

    def date_after(self, text: str, end: int) -> bool:
        """True when a date begins right after `end` and a range join ("das 9 às 17 horas",
        "from 9 to 5 pm", "entre as 10 e as 12 horas")."""
        k = bisect_left(self.date_starts, end)
        if k == len(self.date_starts) or self.date_starts[k] - end > 12:
            return False
        return _TO_DATE.fullmatch(text, end, self.date_starts[k]) is not None

    def after_hour(self, text: str, start: int) -> bool:
        """True when `start` follows a time written as an hour ("às 0h 20 m", "22h 15")."""
        k = bisect_right(self.hours, start)
        return k > 0 and text[self.hours[k - 1]:start].isspace()

    def overlaps(self, start: int, end: int) -> bool:
        """True when some span has s < end and start < e (the largest end among s < end)."""
        k = bisect_left(self.starts, end)
        return k > 0 and self.max_ends[k - 1] > start


def parse_digits(text: str, lang: str) -> float | None:
    """Read a written number with the separators of `lang`; None when it is ambiguous.

    Examples:
        >>> parse_digits("10.000", "pt"), parse_digits("2,5", "es"), parse_digits("10,000", "en")
        (10000.0, 2.5, 10000.0)
        >>> parse_digits("1.234,5", "pt"), parse_digits("2.5", "pt"), parse_digits("0.025", "es")
        (1234.5, 2.5, 0.025)
    """
    text = _GROUP_SPACE.sub("", text)
    thousands, decimal = (",", ".") if lang == "en" else (".", ",")
    seps = [c for c in text if c in ".,"]
    if not seps:
        return float(text)
    if len(set(seps)) == 2:
        last = text.rfind(seps[-1])
        whole, frac = text[:last], text[last + 1:]
        if seps[-1] in whole:
            return None
        groups = _SEPARATOR.split(whole)
        if any(len(g) != 3 for g in groups[1:]):
            return None
        return float("".join(groups) + "." + frac)
    sep, groups = seps[0], text.split(seps[0])
    three = all(len(g) == 3 for g in groups[1:]) and len(groups[0]) <= 3
    if len(groups) > 2:
        return float("".join(groups)) if three else None
    if sep == thousands and three and groups[0] not in ("0", "-0"):  # ("0.025" groups no thousands)
        return float("".join(groups))
    return float(".".join(groups))


# Spanish-speaking countries that write "1,200.5" (a decimal point): Mexico, Central America
# and the Caribbean. Their outlets' "1,200 efectivos" are 1,200.
_POINT_DECIMAL_COUNTRIES = frozenset({"MEX", "GTM", "HND", "SLV", "NIC", "PAN", "DOM", "PRI"})
# Groupings: "1,234,567" or "1,234.5" (commas group thousands, unambiguously); "10.000",
# "1.234.567" or "1.234,5" (points do; "2.5" is no group).
_COMMA_GROUPS = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3}(?:,\d{3})+|(?:,\d{3})+\.\d)")
_POINT_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d.])")
# "1,200 efectivos" where a comma marks decimals: round hundreds of things are no fraction
# ("14,166 pontos" is a gymnast's score).
_COMMA_THOUSAND = re.compile(r"[1-9]\d{0,2},\d00")
# Decimals with one or two digits: "1.5%" (a decimal point) or "3,72" (a decimal comma); and
# "2,500"-like groups, which are thousands where the point marks decimals.
_POINT_FRACTION = re.compile(r"(?<![\d.,])\d+\.\d{1,2}(?![\d.,]*\d)")
_COMMA_FRACTION = re.compile(r"(?<![\d.,])\d+,\d{1,2}(?![\d.,]*\d)")
_COMMA_GROUP = re.compile(r"(?<![\d.,])\d{1,3},\d{3}(?![\d.,]*\d)")
_SCORE_NOUNS = frozenset({"pontos", "puntos", "pts"})


def _point_decimals(text: str, article: Article | None, lang: str) -> bool:
    """Whether a Portuguese or Spanish text writes numbers the English way ("1,200" is
    twelve hundred): it never groups thousands with points ("10.000"), and its outlet is at
    home where a decimal point is the norm (Mexico) or it groups thousands with commas.

    Examples:
        >>> _point_decimals("Hubo 1,234,567 votos.", None, "es")
        True
        >>> _point_decimals("Hubo 1.234.567 votos y 1,234,567 nulos.", None, "es")
        False
        >>> _point_decimals("Llegaron 1,200 efectivos.", None, "es")
        False
        >>> _point_decimals("Llegaron 1,200 efectivos; el PIB creció 2.5%.", None, "es")
        True
        >>> _point_decimals("Hubo 2,500 heridos y 1,450 detenidos.", None, "es")
        True
        >>> _point_decimals("Hubo 2,500 heridos y 1,450 detenidos; la tasa es 3,5%.", None, "es")
        False
    """
    if _POINT_THOUSANDS.search(text) is not None:
        return False  # "10.000 soldados": points group thousands here
    if article is not None and article.url and home_country(article.url, lang) in _POINT_DECIMAL_COUNTRIES:
        return True
    if "," not in text:
        return False
    if _COMMA_GROUPS.search(text) is not None:
        return True
    # Spanish of Central America, the Caribbean and the US: no decimal comma anywhere, and a
    # decimal point ("el 1.5%") or groups of three after commas more than once ("2,500 agentes
    # ... 117,000 personas"). Portuguese scores keep three decimals ("14,166 e 14,100 pontos").
    return lang == "es" and _COMMA_FRACTION.search(text) is None and (
        _POINT_FRACTION.search(text) is not None or len(_COMMA_GROUP.findall(text)) > 1)


class QuantitiesComponent:
    """Find counted and measured amounts with their modifier, unit and object."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.lang: str = str(nlp.lang)
        self.name = name
        self._load_reference()
        self._compile()

    def _load_reference(self) -> None:
        lang = self.lang
        numbers = {r["word"].lower(): r for r in rows_for_language("number_words", lang)}
        # "meio", "half", "medio" only follow an amount or precede a multiplier (see _compile).
        self.halves = frozenset(word for word, row in numbers.items() if row["kind"] == "half")
        self.numbers = {word: row for word, row in numbers.items() if word not in self.halves}
        self.units = {r["word"].lower(): r for r in rows_for_language("units", lang)}
        modifiers = rows_for_language("quantity_modifiers", lang)
        self.modifiers = {r["phrase"].lower(): r for r in modifiers}
        self._british = False  # set per text: the outlet writes millions as "m"
        self._home: str | None = None  # set per text: the outlet's country
        self.roles: dict[str, set[str]] = {}
        for row in rows_for_language("quantity_words", lang):
            self.roles.setdefault(row["role"], set()).add(row["word"].lower())
        self.verb_suffixes = tuple(sorted(self.roles.get("verb_suffix", ())))
        self.stop = frozenset(self.roles.get("stop", set()) | self.roles.get("connector", set()))

    def _words(self, table: dict[str, dict[str, str]], key: str, *values: str) -> list[str]:
        return [word for word, row in table.items() if row[key] in values]

    def _compile(self) -> None:
        number_word = _alt(self.numbers)
        self._digits = f"{_SPACED}|{_DIGITS}"  # "16 000 refugiados", "15 320 megawatts" (South Africa)
        self._number_part = re.compile(rf"{self._digits}|[^\W\d_]+")
        # The written numbers' readings, one pair of caches per number style (see __call__).
        self._caches: dict[bool, tuple[dict[str, tuple[float, bool] | None],
                                       dict[tuple[str | None, ...], _Reading | None]]] = {False: ({}, {}),
                                                                                          True: ({}, {})}
        self._digit_lang = self.lang
        self._number_cache, self._reading_cache = self._caches[False]
        multiplier = _alt(self._words(self.numbers, "kind", "multiplier"))
        # "two and a half", "2 milhões e meio", "98 anos e meio", "dos años y medio".
        halves = _alt(self.halves) or "(?!)"
        half = rf"\s+(?:e|and|y)\s+(?:a\s+)?(?:{halves})(?![\w-])"
        # "14 milhões e 200 mil": a digit group joined to a multiplied one.
        # Not when a second multiplier follows: "entre 1,5 mil milhões e 2 mil milhões" is a range.
        joined = rf"\s+(?:e|and|y)\s+\d+(?:[.,]\d+)?\s+(?:{multiplier})(?![\w])(?!\s+(?:{multiplier})(?![\w]))|{half}"
        # Mexican Spanish writes "31 mil 800 millones", "mil 900 pesos": digits after "mil".
        # So does "2 millones 450 mil TEU": thousands after millions, with no "y".
        mil = r"|(?<=mil)\s+\d{1,3}(?![\d]|[.,]\d)|(?:(?<=millones)|(?<=millón))\s+\d{1,3}\s+mil(?![\w])(?!\s+mill)" \
            if self.lang == "es" else ""
        # "vinte e cinco", "cento e dez", "mil e quinhentos" are one number; "cinco e sete",
        # "seis y ocho", "two and three" are two ("entre cinco e sete mortos" is a range).
        small = "".join(f"(?<!{re.escape(word)})" for word, row in self.numbers.items()
                        if row["kind"] == "unit" and float(row["value"]) < 20)
        # A word after a space that a hyphen ties to the next word is no part of the number:
        # "six one-horned rhinos" are six.
        # A word before digits is their article: "14 millones y un 1,5%" are 14 million and 1.5%.
        # After a multiplier, "y un" starts the next noun phrase: "$18,5 millones y un reajuste".
        multipliers = self._words(self.numbers, "kind", "multiplier")
        not_after_multiplier = "".join(f"(?<!{re.escape(word)})" for word in multipliers)
        after_multiplier = "|".join(f"(?<={re.escape(word)})" for word in multipliers) or "(?!)"
        article = rf"(?:un|una|um|uma|one|a|an)(?![\w])(?!\s+(?:{multiplier})(?![\w]))"
        # ("$3.4bn and tens of millions" are two amounts: a vague word starts the second)
        not_vague = rf"(?!(?:{_alt(self._words(self.numbers, 'kind', 'vague'))})(?![\w]))"
        joins_more = rf"{small}{not_after_multiplier}\s+(?:e|and|y)\s+" \
                     rf"|(?:{after_multiplier})\s+(?:e|and|y)\s+(?!{article}){not_vague}"
        ends = r"(?![\w]|-[^\W\d_]|\s+\d)"
        more = rf"(?:(?:{joins_more}|\s+)(?:{number_word}){ends}|(?:-|(?<=\d))(?:{number_word})(?![\w])|{joined}{mil})"
        # After digits and a multiplier only a multiplier follows with a bare space ("2,5 mil
        # milhões"); another number word needs "e/and/y": "Rs 2,100 crore two years earlier" is
        # no 21000000002, "$5 million three years later" no 5000003.
        more_digits = rf"(?:(?:{joins_more})(?:{number_word}){ends}|\s+(?:{multiplier}){ends}" \
                      rf"|(?:-|(?<=\d))(?:{number_word})(?![\w])|{joined}{mil})"
        # After digits only a multiplier goes on ("1,5 millones"): "US$ 1,74 un año" is no 2.74.
        scaled = rf"(?:(?:\s+|-|(?<=\d))(?:{multiplier})(?![\w])|{half})"
        # "meio milhão", "medio millón", "half a million": a half before a multiplier.
        half_of = rf"(?:{halves})(?:\s+a)?(?=\s+(?:{multiplier})(?![\w]))"
        number = rf"(?:(?:{self._digits})(?:{scaled}{more_digits}*)?|(?:(?:{number_word})(?![\w])|{half_of}){more}*)"
        vague = _alt(self._words(self.numbers, "kind", "vague"))
        vague_chain = rf"(?:{vague})(?:\s+(?:de|of)\s+(?:{vague}))*"
        before = _alt(self._words(self.units, "position", "before", "both"))
        after = _alt(self._words(self.units, "position", "after", "both"))
        if "$00" in self.units:
            after += r"|(?<=\d)\$(?:0[1-9]|[1-9]\d)(?!\d)"  # "153$20": the escudo's sign between escudos and centavos
        mods = _alt(self._words(self.modifiers, "position", "before", "both"))
        post = _alt(self._words(self.modifiers, "position", "after", "both"))
        roles = self.roles
        opens = _alt(roles["range_open"] | roles["range_between"])
        joins = _alt(roles["range_join"] | roles["range_and"])
        self._and_joins, self._between = frozenset(roles["range_and"]), frozenset(roles["range_between"])
        range_part = (rf"(?:(?:\s*(?P<u1>{after}))?(?P<join>\s*[-–/]\s*|\s+(?:{joins})\s+)(?:{before})?\s*"
                      rf"(?P<n2>{number}))?")
        # Every match begins with a sign, a digit or one of these words: one trie tells at
        # once that a word starts none, before the groups below are tried one by one (the
        # pattern's searches take a sixth less time: 0.43 -> 0.36 ms/article).
        first = _alt([*self.numbers, *self.halves, *self._words(self.modifiers, "position", "before", "both"),
                      *self._words(self.units, "position", "before", "both"),
                      *roles["range_open"], *roles["range_between"]])
        # A number starts after no word character, but "800x600" is two: "x" joins a dimension.
        self._first_word = rf"(?=[-−\d]|{first})"
        head = (rf"(?:(?<![\w.,/:@#-])|(?<=\dx)){self._first_word}"
                rf"(?:(?P<mod>{mods})\s+)?(?:(?P<open>{opens})\s+)?(?:(?P<cur>{before})\s*)?")
        # "2 anos e meia hora" is no half year.
        tail = (rf"(?:\s*(?P<of>de\s+|of\s+|del\s+)?(?P<unit>{after})(?P<half>{half}(?!\s+(?:{after})(?![\w])))?)?"
                rf"(?:\s+(?P<post>{post}))?"
                rf"(?!(?!x\d)[\w°ºª]|[:.,/]\d|\.(?:[ºªoa]|os|as|er)(?![\w])|\s+[ºª](?![\w])|\s*[ap]\.?m\.?(?!\w))")
        self.pattern = re.compile(
            rf"{head}(?:(?P<vague>{vague_chain})|(?P<neg>[-−](?=\d))?(?P<n1>{number}){range_part})"
            + tail, re.IGNORECASE)
        assert tuple(self.pattern.groupindex) == _GROUPS and self.pattern.groups == len(_GROUPS)
        # The same without ranges (the groups kept, never matched): "de 2 e 4 lugares" is two
        # amounts, as an "and" join needs a "between" opener (see _joins).
        never = r"(?:(?!)(?P<u1>)(?P<join>)(?P<n2>))?"
        self._single = re.compile(
            rf"{head}(?:(?P<vague>{vague_chain})|(?P<neg>[-−](?=\d))?(?P<n1>{number}){never})"
            + tail, re.IGNORECASE)
        # The same patterns without IGNORECASE, for a lowercased text (see _FOLD_UNSAFE): all
        # their literals are lowercase, and sre's branch tests skip case-sensitive literals fast.
        self._pattern_lower = re.compile(self.pattern.pattern)
        self._single_lower = re.compile(self._single.pattern)
        trigger_words = [*self.numbers, *self._words(self.units, "position", "before", "both")]
        triggers = _alt(trigger_words)
        # "\d+(?:[.,]\d+)*" gives find_windows the same windows as single digits would
        # (their margins overlap), in fewer matches.
        self._trigger = re.compile(rf"\d+(?:[.,]\d+)*|(?<![\w])(?:{triggers})", re.IGNORECASE)
        self._trigger_lower = re.compile(self._trigger.pattern)
        # The same matches as `_trigger`, found by two scans (a third less time): digits, in a
        # pattern that begins with a character class (the engine skips to the next digit in
        # C), and the words. Their matches never overlap, as no word holds a digit or begins
        # with "." or ",".
        if any(char.isdigit() for word in trigger_words for char in word) \
                or any(word.lstrip()[:1] in (".", ",") for word in trigger_words):
            raise ValueError("a quantity trigger word holds a digit or begins with '.' or ','")
        digits = re.compile(r"\d\d*(?:[.,]\d+)*")
        self._triggers = (digits, re.compile(rf"(?<![\w])(?:{triggers})", re.IGNORECASE))
        self._triggers_lower = (digits, re.compile(rf"(?<![\w])(?:{triggers})"))
        per_words = {word: row["unit"] for word, row in self.units.items() if row["unit"] in _PER_UNITS and word != "'"}
        self._per_units = {**_PER_SINGULAR.get(self.lang, {}), **per_words}
        per = _alt(self._per_units)
        # A rate: "12.000 toneladas / ano"; in words, "1.5 million barrels per day", "100 km por
        # hora", but not for a percentage ("10,75% ao ano" is the rate as written: %).
        self._per = re.compile(rf"[ \t]*/[ \t]*(?P<per>{per})(?![\w])", re.IGNORECASE)
        # Not a point in time: "$9.7bn a year earlier", "al año siguiente".
        self._per_word = re.compile(rf"[ \t]+(?:{_alt(_PER_WORDS[self.lang])})[ \t]+(?P<per>{per})(?![\w])"
                                    rf"(?![ \t]+(?:{_alt(_NOT_PER_AFTER)})(?![\w]))", re.IGNORECASE)
        articles = _alt(_PER_ARTICLES[self.lang]) or "(?!)"
        self._per_article = re.compile(rf"[ \t]+(?:{articles})[ \t]+(?P<per>{per})(?![\w])"
                                       rf"(?![ \t]+(?:{_alt(_NOT_PER_AFTER)})(?![\w]))", re.IGNORECASE)
        # "5 millones de dólares diarios", "R$ 600 mil anuais": a rate (quantity_words: rate_adjective)
        self._rate_adjectives = dict(pair.split("=", 1) for pair in self.roles.get("rate_adjective", ()))
        # "três quartos da área", "dos tercios de los votos", "a third of the vote" (quantity_words: fraction)
        self._denominators = {word: int(n) for word, _, n in
                              (pair.partition("=") for pair in self.roles.get("fraction", ()))}
        numerators = {word: int(float(row["value"])) for word, row in self.numbers.items()
                      if row["kind"] == "unit" and 1 <= float(row["value"]) < 10}
        if self.lang == "en":
            numerators["a"] = 1
        self._numerators = numerators
        half = "|(?P<half>half)" if self.lang == "en" else ""  # "half of the crop", "more than half"
        self._fraction = re.compile(
            rf"(?<![\w-])(?:(?P<num>{_alt(numerators) or '(?!)'})[ \t-]+(?P<den>{_alt(self._denominators) or '(?!)'})"
            rf"{half})(?![\w-])(?P<of>(?=[ \t]+(?:of|de|del|d[oa]s?)(?![\w])))?", re.IGNORECASE)
        # the modifier before a fraction, from the pattern's own "mods": "more than a quarter"
        self._modifier_before = re.compile(rf"(?<![\w])(?P<mod>{mods or '(?!)'})[ \t]+$", re.IGNORECASE)
        adjectives = _alt(self._rate_adjectives) or "(?!)"
        self._rate_adjective = re.compile(rf"[ \t]+({adjectives})(?![\w])", re.IGNORECASE)
        # "no llegó ni a 1.500 kilos", "não chegou a 300 votos", "did not even reach 1,000": a
        # negated verb of reaching (quantity_words: short_verb) leaves the amount short of it.
        short = _alt(self.roles.get("short_verb", ())) or "(?!)"
        self._short_of = re.compile(
            rf"(?:(?<![^\W\d_])(?:{_SHORT_NEGATIONS[self.lang]})|n't)\s+(?:(?:{_SHORT_EVEN[self.lang]})\s+)?"
            rf"(?:{short})\s+(?:(?:{_SHORT_EVEN[self.lang]})\s+)?"
            rf"(?:(?:{_SHORT_ARTICLES[self.lang]})\s+)?$", re.IGNORECASE)
        self._identifiers = IdentifierRules(self.lang, self.roles, self.stop, self.verb_suffixes,
                                            unit_after=re.compile(rf"\s*(?:{after})(?![\w])", re.IGNORECASE))

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        lowered = text.lower()
        if _FOLD_UNSAFE.search(text) is None:
            scan, pattern, single, trigger = lowered, self._pattern_lower, self._single_lower, self._triggers_lower
        else:
            scan, pattern, single, trigger = text, self.pattern, self._single, self._triggers
        masked = _Masked(text, lowered, doc._.dates or [])
        point = self.lang != "en" and _point_decimals(text, doc._.article, self.lang)
        article = doc._.article
        home = home_country(article.url, self.lang) if article is not None and article.url else None
        self._british = self.lang == "en" and home in _BRITISH_STYLE
        self._home = home
        self._digit_lang = "en" if point else self.lang
        self._number_cache, self._reading_cache = self._caches[point]
        self._identifiers.comma_decimals = self.lang != "en" and not point
        quantities = []
        tokens: list[DocTokens] = []  # read only when an object is looked for
        for pos, endpos in find_windows(trigger, scan):
            while match := pattern.search(scan, pos, endpos):
                groups = match.groups()
                if groups[_JOIN] and (not (self._joins(groups) and self._read_range(groups))
                                      or self._changed_from(scan, match, groups)
                                      # "ofereceu 25 milhões a 9 de julho": the range's end is a date's
                                      or groups[_N2] is not None
                                      and masked.overlaps(match.start(_N2 + 1), match.end())):
                    one = single.match(scan, match.start(), endpos)
                    if one is not None and one.group("open"):  # "entre 4,75% e 10 mil": no range opened
                        one = single.search(scan, one.end("open"), endpos)
                    if one is None:
                        pos = match.end(_N1 + 1)
                        continue
                    match, groups = one, one.groups()
                if groups[_OPEN] and not groups[_N2]:
                    pos = match.end("open")  # "de 5km": a preposition, not a range opener
                    continue
                if (cut := self._two_amounts(groups[_N1])) is not None \
                        and (first := pattern.search(scan, match.start(), match.start(_N1 + 1) + cut)) is not None:
                    match, groups = first, first.groups()  # "3,5 millones y 2 millones": two amounts
                quantity = self._build(doc, text, match, groups, masked, tokens)
                if quantity is not None:
                    quantities.append(quantity)
                    pos = match.end()
                elif groups[_JOIN] and groups[_N2] is not None and _YEAR.fullmatch(groups[_N1] or ""):
                    pos = match.end(_JOIN + 1)  # "pasó de $1.8 millones en 2022 a $2.6 millones": no range from a year
                else:
                    pos = match.end()
        if (fraction := self._fraction.search(text)) is not None:
            quantities = self._fractions(doc, text, fraction, quantities, tokens)
        quantities.sort(key=lambda q: (q.start, q.end))
        if self.lang == "en" and len(quantities) > 1:
            quantities = _spread_over(text, quantities)
        quantities = _one_unit_before(text, quantities, self.units)
        if len(quantities) > 1:
            quantities = _between_ranges(text, _compound_durations(text, self._per_population(text, quantities)))
            quantities = _shared_unit(text, _changed_scale(text, _from_up_to(text, quantities)))
            quantities = _carried_unit(text, _carried_currency(text, _part_of_a_whole(text, quantities)))
        doc._.quantities = quantities
        return doc

    def _fractions(self, doc: Doc, text: str, found: re.Match[str] | None, quantities: list[Quantity],
                   tokens: list[DocTokens]) -> list[Quantity]:
        """Fractions of a whole, unit "fraction", in place of a count of their noun: "três quartos
        da área" is 0.75 of the area, not three "quartos"; "two-thirds of the farmers" 0.667.
        A "quarto/cuarto" may be a room: it is a fraction only before the whole's article and after
        none ("três quartos dos alunos"; not "um quarto de hotel", "tres cuartos de baño", "os três
        quartos do hotel"). A numerator no smaller than its denominator makes none ("cinco quartos")."""
        fractions: list[Quantity] = []
        while found is not None:
            halved = found.groupdict().get("half") is not None
            numerator, denominator = (1, 2) if halved else (
                self._numerators[found.group("num").lower()], self._denominators[found.group("den").lower()])
            mod = self._modifier_before.search(text, max(0, found.start() - 30), found.start())
            # with no whole after it, a fraction needs a bound or "by" before: "more than a quarter in
            # Ghana", "cut by a third" (not "the third", "a quarter past six")
            bounded = found.group("of") is not None or mod is not None \
                or self.lang == "en" and _BY_BEFORE.search(text, max(0, found.start() - 4), found.start()) is not None
            if halved and (_HALF_IS_A_PART.search(text, max(0, found.start() - 12), found.start())
                           or _HALF_A.match(text, found.end())):
                # "the first half of the year", "the southern half of the country"; "half a
                # percentage point", "half a mile" measure, they take no share of a whole
                bounded = False
            if bounded and numerator < denominator and not (
                    found.group("den") and found.group("den").lower().startswith(("quarto", "cuarto"))
                    and self._room(text, found)):
                if not tokens:
                    tokens.append(doc_tokens(doc))
                owner = _OF_POSSESSOR.match(text, found.end()) if self.lang == "en" else None
                what = self._object(tokens[0], owner.end(), skip_connector=False) if owner is not None \
                    else self._object(tokens[0], found.end(), skip_connector=True) if found.group("of") is not None \
                    else None
                start, modifier = found.start(), "exact"
                if mod is not None:
                    start, modifier = mod.start(), self.modifiers[_norm(mod.group("mod"))]["modifier"]
                fractions.append(_validate_quantity({
                    "start": start, "end": found.end(), "text": text[start:found.end()],
                    "value": float(f"{numerator / denominator:.12g}"), "value_max": None, "modifier": modifier,
                    "unit": "fraction", "object": text[what[0]:what[1]] if what else None,
                    "object_start": what[0] if what else None, "object_end": what[1] if what else None,
                }))
            found = self._fraction.search(text, found.end())
        return [q for q in quantities if not any(q.start < f.end and f.start < q.end for f in fractions)] + fractions

    @staticmethod
    def _room(text: str, found: re.Match[str]) -> bool:
        """Whether "quarto(s)/cuarto(s)" after a number word counts rooms: no article of a whole
        after it ("de hotel", "de baño"), a building's ("três quartos da casa", "um quarto dos
        fundos"), or an article before the number ("os três quartos")."""
        after = _WHOLE_AFTER.match(text, found.end())
        return after is None or after.group(1).lower() in _ROOMS_OF \
            or _ARTICLE_BEFORE.search(text, max(0, found.start() - 5), found.start()) is not None

    def _changed_from(self, text: str, match: re.Match[str], groups: tuple[str | None, ...]) -> bool:
        """Whether "from X to Y" tells a change, two amounts and no range: "pay will rise from
        £32,398 to £36,616", "a taxa passou de 10% para 12%"."""
        opener, at = groups[_OPEN], match.start()
        if not opener and groups[_MOD] and (bare := _OPENER_BEFORE.search(text, max(0, at - 8), at)):
            opener, at = bare.group(1), bare.start()  # "rise from about 1 million TEUs to 1.8 million"
        if (not opener or _norm(opener) in ("de", "of")) \
                and (level := _LEVEL_OPENER_BEFORE.search(text, max(0, at - 30), at)):
            opener, at = level.group(1), level.start()  # "rose from an average of $1,200 to $1,450"
        if not opener or _norm(opener) in self._between:  # "creció entre el 2% y el 3%": a range
            return False
        before = text[max(0, at - 40):at].split()
        verbs = self.roles.get("change_verb", ())
        # right after the verb, or after its object: "raised the price from N617 to N897"
        # ("se duplicará, de 5 a 10 euros": set off by a comma)
        if bool(before) and (_norm(before[-1].rstrip(",")) in verbs or len(before) >= 3 and _norm(before[-3]) in verbs
                             and before[-2].lower() in _OBJECT_DETERMINERS and before[-1].isalpha()):
            return True
        if len(before) >= 2 and _norm(before[-2]) in verbs and before[-1].isalpha() and before[-1].islower() \
                and before[-1].lower() not in _OBJECT_DETERMINERS:
            return True  # "will lift capacity from 13 million to 27 million tonnes": a bare object
        if before and before[-1].lower() in ("y", "e", "and"):
            # a second change of the same verb: "pasará de 3,25 a 5 euros en los hoteles y de 2,75 a 4 euros"
            sentence = re.split(r"[.!?;]\s", text[max(0, at - 160):at])[-1]
            if any(_norm(word) in verbs for word in sentence.split()[:-1]):
                return True
        # ... or a longer object, words only: "eleva la tasa máxima de las regalías mineras de 12% a 15%"
        clause = _CLAUSE_WORDS.search(text, max(0, at - 70), at)
        words = clause.group(0).split() if clause else []
        nouns = self.roles.get("change_noun", ())
        # ... or a noun of change and what it is of: "la ampliación del cupo … de $us 1.000 a $us 2.000"
        return any(_norm(word) in verbs and following.lower() in _OBJECT_DETERMINERS
                   or _norm(word) in nouns and following.lower() in _OF_THE
                   for word, following in zip(words[:-2], words[1:-1], strict=True))

    def _joins(self, groups: tuple[str | None, ...]) -> bool:
        """False when the join makes no range, so each number is an amount of its own: an
        "and" join without a "between" opener ("de 2 e 4 lugares", "20 e 30"), or a slash
        between anything but alternatives ("dois / três anos"; see _alternatives)."""
        join = _norm(groups[_JOIN] or "").strip()
        if join == "/":
            return self._alternatives(groups)
        return join not in self._and_joins or _norm(groups[_OPEN] or "") in self._between

    def _read_range(self, groups: tuple[str | None, ...]) -> bool:
        """False when the words of a join make no range but join two amounts: alternatives
        ("30 ou 20 pessoas", "500$00 ou 20 contos") or a change of unit ("rose 2% to $21.88
        billion"). Other joins that make no range stay one match, no amount: "3-1", "de 10-9",
        "3 a 1", "vitória de 3 a 1" and "won 3 to 1" are scores or codes."""
        if self._read(groups) is not None:
            return True
        join = _norm(groups[_JOIN] or "").strip()
        if not join.replace(" ", "").isalpha():  # ("hasta los" is words too)
            return True
        return not (groups[_CUR] or groups[_U1] or groups[_UNIT]) and join not in _OR

    def _build(
        self, doc: Doc, text: str, match: re.Match[str], groups: tuple[str | None, ...],
        masked: _Masked, tokens: list[DocTokens],
    ) -> Quantity | None:
        """The Quantity for one match of the pattern over `text` (or over its lowercased copy:
        the groups are then lowercase, so case-sensitive tests read `text`); None if rejected.
        Cheap rejections come first."""
        start, match_end = match.span()
        if masked.overlaps(start, match_end):
            return None
        reading = self._read(groups)
        if reading is None:
            return None
        parsed_value, value, value_max, unit, modifier, multiplied = reading
        if unit == "m" and self.lang == "en" and groups[_UNIT] == "m" and not groups[_CUR] \
                and text[match.start(_UNIT + 1) - 1].isdigit() \
                and (money := self._unit_after(text, match_end, money=True)) is not None:
            # "a reward of 1m naira", "500m shillings": millions of the money named after
            value, value_max, multiplied = (float(f"{value * 1e6:.12g}"),
                                            value_max and float(f"{value_max * 1e6:.12g}"), True)
            unit, match_end = money
        elif unit == "m" and self.lang == "en" and groups[_UNIT] == "m" and not groups[_CUR] \
                and text[match.start(_UNIT + 1) - 1].isdigit() \
                and (self._counts_people_or_things(text, match_end) and _ONE_BEFORE.search(text, 0, start) is None
                     or self._british_millions(groups, text, match_end, start)):
            # British news writes millions "1.5m people", "2m visitors" (metres: "a 100m sprint").
            value, value_max, unit, multiplied = (float(f"{value * 1e6:.12g}"),
                                                  value_max and float(f"{value_max * 1e6:.12g}"), None, True)
            if (measure := self._unit_after(text, match_end, money=False)) is not None:
                unit, match_end = measure  # "1.8m tonnes of wheat": millions of the unit named after
        if not any(ch.isdigit() for ch in text[start:match_end]) \
                and _CODE_BEFORE.search(text, max(0, start - 12), start) is not None:
            return None  # "K40 million": the number is in a sign this reads no amount of, not "a million"
        if (written_unit := groups[_UNIT]) and len(written_unit) > 4 and written_unit.isalpha() and not groups[_CUR] \
                and text[match.start(_UNIT + 1) - 1].isdigit():
            return None  # "a 20minutos", "o 24horas": a name written with its number, no amount
        if unit == "lb" and multiplied and not _OF_AFTER.match(text, match_end) and self._home != "USA":
            # "3 billion pounds ($3.85 billion)": money; "2 million pounds of beef" weighs, and so do
            # an American paper's pounds ("shipments rose to 430 million pounds")
            unit = "GBP"
        if unit == "GBP" and self.lang != "en" and (groups[_UNIT] or "").lower() in _POUND_WORDS \
                and (_OF_GOODS_AFTER.match(text, match_end) or _WEIGHS_BEFORE.search(text, max(0, start - 12), start)
                     or _PACKED_BEFORE.search(text, max(0, start - 40), start)):
            # "215 libras de azúcar", "pesa 100 libras", "la caja de banano de 41,5 libras": a weight
            unit = "lb"
        if (written_mod := groups[_MOD]) and modifier in ("more_than", "less_than") \
                and _norm(written_mod).startswith(_COMPARISONS) and _PARTICIPLE_AFTER.match(text, match_end):
            # "acima dos 2,4% registados em abril": the amount compared with is itself exact.
            start, modifier = _number_start(match, groups), "exact"
        if modifier == "more_than" and _norm(groups[_MOD] or "").startswith(("cross", "breach")) \
                and (not unit or unit.isupper() and len(unit) == 3):
            # "crossed 12 rivers", "the cedi crossed the GH¢14 mark" (a level reached); "crossed 46 degrees"
            start, modifier = _number_start(match, groups), "exact"
        if modifier == "at_most" and _norm(groups[_MOD] or "").startswith("up to") \
                and _GOES_UP_BEFORE.search(text, max(0, match.start() - 16), match.start()):
            start, modifier = _number_start(match, groups), "exact"  # "the toll will go up to Sh1,800": its new level
        if (modifier == "more_than" and _norm(groups[_MOD] or "").startswith("pass")
                or modifier == "less_than" and _norm(groups[_MOD] or "").startswith("baj")) \
                and _CHANGED_TO.match(text, match_end):
            start, modifier = _number_start(match, groups), "exact"  # "passa de 12% para 15%": a change
        if modifier == "less_than" and _norm(groups[_MOD] or "").startswith("menor") \
                and _COUNTED_BEFORE.search(text, max(0, start - 12), start):
            # "un menor de 17 años", "dos menores de 12": a minor, whose age is exact.
            start, modifier = _number_start(match, groups), "exact"
        if modifier == "exact" and not groups[_MOD] and not groups[_OPEN] \
                and _EXCEEDED_BEFORE.search(text, max(0, start - 60), start) is not None:
            modifier = "more_than"  # "superó por primera vez los 40.000" (the words between are not its)
        if modifier == "exact" and self.lang != "en" and groups[_CUR] and not groups[_MOD] \
                and (price_from := _PRICE_FROM_BEFORE.search(text, max(0, start - 16), start)) is not None:
            start, modifier = price_from.start(), "at_least"  # "el pasaje costará desde $ 2.900": its floor
        if modifier == "at_least" and _norm(groups[_MOD] or "").startswith("mínim") \
                and _MINIMUM_PAY_BEFORE.search(text, max(0, start - 12), start):
            start, modifier = _number_start(match, groups), "exact"  # "salário mínimo de 870 euros": the wage
        if modifier == "at_most" and _norm(groups[_MOD] or "").split(" ")[0] in ("hasta", "até", "up") \
                and self._reached(text, start):
            # "crecieron un 7,2%, hasta 18.100 millones", "inflation edged up to 3.0%": the level
            # reached, not a ceiling.
            start, modifier = _number_start(match, groups), "exact"
        if modifier in _NEGATED and groups[_MOD] and (
                _NEGATION_BEFORE.search(text, max(0, start - 16), start)
                or _NEGATIVE_SUBJECT.search(text, max(0, start - 60), start)
                or modifier in ("more_than", "less_than")  # "no aceptarán menos de 6 millones"; not "al menos"
                and _NEGATED_VERB[self.lang].search(text, max(0, start - 50), start)):
            # "no supera los 15 km²", "não ultrapassa os 10%", "ninguno de los candidatos superó el 4%": at most
            modifier = _NEGATED[modifier]
        if modifier == "exact" and not groups[_MOD] and self._short_of.search(text, max(0, start - 40), start):
            modifier = "less_than"  # "no llegó ni a 1.500 kilos": short of it
        lead = text[max(0, start - 16):start]
        if _ONE_IN.search(text, max(0, start - 16), start) \
                or ("cada" in lead or "every" in lead) and _RATIO_BEFORE.search(text, max(0, start - 16), start):
            return None  # "one in five trains", "ocho de cada diez": a ratio, not five trains
        trail = text[match_end:match_end + 12]
        if ("cada" in trail or "every" in trail) and (ratio := _RATIO_AFTER.match(text, match_end)) is not None \
                and (ratio.group(1).isdigit() or ratio.group(1).lower() in self.numbers):
            return None  # "ocho de cada diez encuestados": a ratio's first term
        if value == 1 and value_max is None and not unit and (ratio := _ONE_IN_AFTER.match(text, match_end)) \
                and (ratio.group(1).isdigit() or ratio.group(1).lower() in self.numbers):
            return None  # "1 in 5 patients", "one in four": a ratio's first term
        if modifier == "more_than" and self.lang == "en" and _norm(groups[_MOD] or "") == "over" \
                and (before := _WORD_BEFORE.search(text, max(0, start - 20), start)) is not None \
                and before.group(1).lower() in self.roles.get("about_noun", ()):
            start, modifier = _number_start(match, groups), "exact"  # "a settlement over two positive tests"
        if modifier == "more_than" and self.lang == "en" and _norm(groups[_MOD] or "") == "over" \
                and (before := _WORD_BEFORE.search(text, max(0, start - 20), start)) is not None \
                and before.group(1).lower() in _OVER_PARTICLE_VERBS and unit not in _SPAN_UNITS:
            start, modifier = _number_start(match, groups), "exact"  # "will take over 14 depots": a phrasal verb
        if modifier == "more_than" and self.lang == "en" and _norm(groups[_MOD] or "") == "over" \
                and unit in _SPAN_UNITS \
                and (before := _WORD_BEFORE.search(text, max(0, start - 20), start)) is not None \
                and before.group(1).lower() in _SPREAD_VERBS:
            start, modifier = _number_start(match, groups), "exact"  # "transferred over three days": during them
        if modifier == "more_than" and self.lang == "en" and groups[_CUR] and _norm(groups[_MOD] or "") == "over" \
                and (noun := _NOUN_AFTER.match(text, match_end)) is not None \
                and not self._counts_people_or_things(text, match_end) and noun.group(1) not in self.stop \
                and noun.group(1) not in _AMOUNT_TAILS and not noun.group(1).endswith("ly"):
            # "jailed over £2.1m fraud": "over" is "about", the amount names the fraud's size.
            start, modifier = _number_start(match, groups), "exact"
        if (unit in _TEMPERATURES or unit == "%" and self.lang == "en") and value > 0 and value_max is None \
                and (minus := _MINUS_BEFORE.search(text, max(0, start - 8), start)):
            start, value = minus.start(), -value  # "minus 12 degrees", "menos 5 graus", "minus 0.5 per cent"
        if not unit and _FRACTION_AFTER.match(text, match_end):
            return None  # "nearly two-thirds of residents": no count of two
        if not groups[_CUR] and (digits := _NUMBER_DIGITS.match(text, match.start(_N1 + 1))) is not None \
                and _ERA_AFTER.match(text, digits.end()):
            return None  # "built in 300 B.C.", "en el año 79 d. C.": a year of an era
        if groups[_CUR] and value_max is None and not multiplied and value < 1000 \
                and text[match.start(_CUR + 1):match.end(_CUR + 1)].strip() in _LETTER_MONEY \
                and not any(sep in (groups[_N1] or "") for sep in ".,") \
                and not (value >= 10 and _PRICE_BEFORE.search(text, max(0, start - 12), start)) \
                and not (self._home is not None and currency_country(unit or "") == self._home):
            # "the R2 road", "Sh10": a route or a code more often than a small sum ("at N998", "from Sh30"
            # are sums, and so is "was P49" in a Philippine outlet's story)
            return None
        if unit == "h" and self.lang != "en" and value_max is None and _CLOCK_READING.match(groups[_N1] or ""):
            return None  # "15.34 hora de Chile", "às 15.30 horas": a time of day, no duration
        if parsed_value < 60 and value_max is None and masked.after_hour(text, start):
            return None  # the minutes of a time: "às 0h 20 m", "às 22h 15"
        if self._identifiers.is_identifier(text, start, match_end, groups, match.span, parsed_value, unit):
            return None
        if _in_phone_chain(text, start, match_end):
            return None
        if parsed_value <= 31 and not (unit or groups[_MOD] or groups[_N2]) \
                and masked.date_after(text, match_end):
            return None  # the first end of a range of dates or times: "das 9 às 17 horas"
        end = match_end if groups[_UNIT] or groups[_POST] else match.end(
            _VAGUE + 1 if groups[_VAGUE] else (_N2 + 1 if groups[_N2] else _N1 + 1))
        if (written_unit := groups[_UNIT]) and not groups[_POST] and _is_abbreviation(written_unit) \
                and _ABBREVIATION_DOT.match(text, end):
            end += 1
        if unit in _TEMPERATURES and value > 0 and (below := _BELOW_ZERO.match(text, end)) is not None:
            value, value_max, end = -value, value_max and -value_max, below.end()  # "ocho grados bajo cero"
            modifier = _TURNED.get(modifier, modifier)
        if unit and ((per := self._per.match(text, end)) is not None
                     or (unit != "%" and (per := self._per_word.match(text, end)) is not None)
                     or (unit.isupper() and len(unit) == 3
                         and (per := self._per_article.match(text, end)) is not None)):
            unit = f"{unit}/{self._per_units[_norm(per.group('per'))]}"
            end = per.end()
        elif unit and unit != "%" and (aside := _ASIDE.match(text, end)) is not None \
                and (per := self._per_word.match(text, aside.end())) is not None:
            unit = f"{unit}/{self._per_units[_norm(per.group('per'))]}"  # "185 km (115 miles) per hour"
        elif unit and unit != "%" and text[end:end + 1] == ")" and (per := self._per_word.match(text, end + 1)) \
                is not None:
            unit = f"{unit}/{self._per_units[_norm(per.group('per'))]}"  # "(115 miles) per hour"
        elif unit and unit != "%" and (rate := self._rate_adjective.match(text, end)) is not None:
            unit, end = f"{unit}/{self._rate_adjectives[rate.group(1).lower()]}", rate.end()
        elif unit and unit != "%" and (rated := self._rate_after_measured(text, end)) is not None:
            # "42 million litres of petrol a day", "500 toneladas de aço por dia": what is measured, then the rate
            unit, end = f"{unit}/{rated[0]}", rated[1]
        set_off = text[end:end + 1] == "," and not text[end + 1:end + 3].strip()[:1].isdigit() \
            and _AGE_BEFORE.search(text, max(0, start - 40), start) is not None
        if not unit and value_max is None and not groups[_MOD] and (groups[_N1] or "").isdigit() and 1 <= value <= 120 \
                and (set_off or _AGED.search(text, max(0, start - 8), start)):
            unit = "year"  # "Daniel Whitmore, 52, was sentenced", "died aged 87": an age
        # A unit or currency says how a thing is measured; what is measured follows it with
        # "de/of": "80 milhões de toneladas de minério", "40% of the area", "R$ 2 bilhões de
        # investimento". A count's object follows it directly.
        found = None
        if unit and unit not in _NO_MEASURED_OBJECT and "/" not in unit and self.lang == "en" \
                and (owner := _OF_POSSESSOR.match(text, end)) is not None:
            if not tokens:
                tokens.append(doc_tokens(doc))
            found = self._object(tokens[0], owner.end(), skip_connector=False)
        elif unit and unit not in _NO_MEASURED_OBJECT and "/" not in unit \
                and (of := _MEASURED_OF.match(text, end)) is not None and of.group(1).islower() \
                and of.group(1) not in _WHEN_NOUNS \
                and not (unit in _LENGTHS and _DISTANCE_BEFORE.search(text, max(0, start - 8), start)):
            if not tokens:
                tokens.append(doc_tokens(doc))
            found = self._object(tokens[0], end, skip_connector=True)
        elif not unit:
            if not tokens:
                tokens.append(doc_tokens(doc))
            found = self._object(tokens[0], end, skip_connector=multiplied)
            if found is None and _is_score(groups):
                return None
            if found is not None and self.lang != "en" and value >= 2 \
                    and not text[found[0]:found[1]].split()[0].lower().endswith("s"):
                found = None  # more than one of a singular word: a verb, "9.500 trabajan en"
            if found is not None and self._digit_lang != "en" and value_max is None and not multiplied \
                    and _COMMA_THOUSAND.fullmatch(groups[_N1] or "") is not None \
                    and text[found[0]:found[1]].split()[0].lower() not in _SCORE_NOUNS:
                value = float((groups[_N1] or "").replace(",", ""))  # "1,200 efectivos": no 1.2 of them
        # Quantity(**fields) validates the same dict behind a slower wrapper.
        return _validate_quantity({
            "start": start, "end": end, "text": text[start:end], "value": value,
            "value_max": value_max, "modifier": modifier, "unit": unit,
            "object": text[found[0]:found[1]] if found else None,
            "object_start": found[0] if found else None, "object_end": found[1] if found else None,
        })

    def _rate_after_measured(self, text: str, end: int) -> tuple[str, int] | None:
        """The period and end of a rate written after what a measure measures, one or two words
        ("litres of petrol a day", "toneladas de aço bruto por dia"); None if no rate follows."""
        what = _MEASURED.match(text, end)
        if what is None or what.group(1).lower() in self.stop:
            return None
        for at in (what.end(1), what.end()):
            if (per := self._per_word.match(text, at)) is not None:
                return self._per_units[_norm(per.group("per"))], per.end()
            if (rate := self._rate_adjective.match(text, at)) is not None:
                return self._rate_adjectives[rate.group(1).lower()], rate.end()
        return None

    def _reached(self, text: str, start: int) -> bool:
        """A change was just told: "subieron un 2,1%, hasta", "cresceram até", "cayó hasta"."""
        before = re.split(r"[.;:?!]\s", text[max(0, start - 80):start])[-1]
        if _CHANGE_BEFORE.search(before):
            return True
        words = before.lower().replace(",", " ").split()[-8:]
        verbs = self.roles.get("reach_verb", set())
        told = [i for i in range(len(words)) if words[i] in verbs or " ".join(words[i:i + 2]) in verbs]
        # right after the verb ("cayó hasta"), or after the change and a comma ("subieron un 2,1% el jueves, hasta")
        return bool(told) and (told[-1] >= len(words) - 2 or before.rstrip().endswith(","))

    def _per_population(self, text: str, quantities: list[Quantity]) -> list[Quantity]:
        """A rate per so many people is one amount: in "5.081 casos por 100 mil habitantes" the
        100,000 counts no one; the cases' object runs on to the population ("casos por 100 mil
        habitantes")."""
        out: list[Quantity] = []
        for q in quantities:
            last = out[-1] if out else None
            if last is not None and last.object_end is not None and q.object is not None \
                    and q.object.split()[0].lower() in self.roles.get("population", ()) \
                    and _PER_GAP.fullmatch(text, last.object_end, q.start) is not None:
                out[-1] = last.model_copy(update={"object": text[last.object_start:q.object_end],
                                                  "object_end": q.object_end})
                continue
            out.append(q)
        return out

    def _british_millions(self, groups: tuple[str | None, ...], text: str, end: int, start: int) -> bool:
        """In a British-style outlet a decimal amount in "m" with no noun after it is millions
        ("the waiting list has fallen to 7.57m"), not metres ("a 7.57m jump" has its noun; "the
        river peaked at 15.2m" is a height)."""
        return self._british and "." in (groups[_N1] or "") and _NEXT_WORD_LOWER.match(text, end) is None \
            and _MEASURED_BEFORE.search(text, max(0, start - 100), start) is None

    def _unit_after(self, text: str, end: int, *, money: bool) -> tuple[str, int] | None:
        """The currency (`money`: "naira", "shillings") or else the unit of measure ("tonnes",
        "litres") a word right after `end` names, and where that word ends."""
        following = _NEXT_WORD_LOWER.match(text, end)
        if following is None:
            return None
        row = self.units.get(_norm(following.group(1)))
        if row is None or row["position"] == "before" or not row["unit"] \
                or (_CURRENCY.fullmatch(row["unit"]) is not None) != money:
            return None
        return row["unit"], following.end(1)

    def _counts_people_or_things(self, text: str, end: int) -> bool:
        """A plural noun follows: what a number counts ("1.5m people", "2m visitors")."""
        following = _NEXT_WORD_LOWER.match(text, end)
        if following is not None and following.group(1) in _DISTANCE_NOUNS:
            return False  # "the 400m hurdles", "10m waves"
        return following is not None and following.group(1) in _UNMARKED_PLURALS \
            or counts_a_noun(text, end, stop=self.stop, verb_suffixes=self.verb_suffixes)

    def _read(self, groups: tuple[str | None, ...]) -> _Reading | None:
        """`_reading`, remembered: it depends on the matched words only, which repeat."""
        return _remembered(self._reading_cache, groups, self._reading)

    def _reading(self, groups: tuple[str | None, ...]) -> _Reading | None:
        """What the matched words say, wherever they stand; None if they are no amount.

        (parsed value, value and upper bound in base units, unit, modifier, and whether
        a multiplier or vague word was used - then a connector may precede the object).
        """
        cur, vague, u1, of, unit_written = (groups[_CUR], groups[_VAGUE], groups[_U1], groups[_OF],
                                            groups[_UNIT])
        parsed = self._parse(groups)
        if parsed is None:
            return None
        parsed_value, value_max, multiplied = parsed
        if of and not (multiplied or vague):
            return None
        if not cur and any(_GLUED_B.search(written or "") for written in (groups[_N1], groups[_N2])):
            return None  # "$1.3b" is billions; "12b", "the 2b bus" name things
        if not (multiplied or unit_written or cur) and self._ends_with_half(groups[_N2] or groups[_N1]):
            return None  # "às 3 e meia", "a las 10 y media": half past, a time of day
        if groups[_HALF]:  # "98 anos e meio"; "2 a 3 anos e meio" ends at 3.5
            parsed_value, value_max = (parsed_value, value_max + 0.5) if value_max else (parsed_value + 0.5, None)
        cents = _ESCUDO_CENTS.fullmatch(unit_written) if unit_written else None
        if cents is not None:  # "153$20": escudos and centavos, the sign between them
            unit_written = "$00"
            parsed_value, value_max = (parsed_value + int(cents.group(1)) / 100, None) if value_max is None \
                else (parsed_value, value_max)
        unit = self.units[_norm(unit_written)]["unit"] if unit_written else None
        if unit_written and unit_written.lower() == "won" and not (multiplied or cur) and parsed_value < 1000:
            return None  # "7 won by Labour": a verb; "3.2 trillion won", "15,000 won": Korean money
        if u1 and self.units[_norm(u1)]["unit"] != unit:
            return None  # "entre 4,75% e 5%" repeats the unit; "5% e 10 mil" is two amounts
        factor = float(self.units[_norm(unit_written)].get("factor") or 1) if unit_written else 1.0
        if factor != 1.0:  # 12 significant digits: 35 euro cents are 0.35, not 0.35000000000000003
            value, value_max = float(f"{parsed_value * factor:.12g}"), value_max and float(f"{value_max * factor:.12g}")
        else:
            value = parsed_value
        if unit == "m" and cur:
            value, value_max, unit = value * 1e6, value_max and value_max * 1e6, None
        if cur and not (cur == "$" and unit and _CURRENCY.fullmatch(unit)):
            unit = self.units[_norm(cur)]["unit"] or unit  # ("$150 million tala": the tala's sign)
        return (parsed_value, value, value_max, unit, self._modifier(groups),
                bool(multiplied or vague))

    def _ends_with_half(self, written: str | None) -> bool:
        """True for a written number that ends with a half ("3 e meia", "two and a half")."""
        parts = self._number_part.findall(written or "")
        return bool(parts) and parts[-1].lower() in self.halves

    @staticmethod
    def _alternatives(groups: tuple[str | None, ...]) -> bool:
        """"18/19 anos": two next whole numbers and a unit (not a fraction, a date or a code)."""
        n1, n2 = groups[_N1] or "", groups[_N2] or ""
        return (bool(groups[_UNIT]) and n1.isdigit() and n2.isdigit() and len(n1) <= 2
                and len(n2) <= 2 and 2 <= int(n1) and int(n2) == int(n1) + 1)

    def _parse(self, groups: tuple[str | None, ...]) -> tuple[float, float | None, bool] | None:
        vague, neg, n1, n2 = groups[_VAGUE], groups[_NEG], groups[_N1], groups[_N2]
        if vague:
            value = 1.0
            for word in _VAGUE_JOIN.split(vague):
                value *= float(self.numbers[word.lower()]["value"])
            return value, None, True
        first = self._parse_number(n1 or "")
        if first is None and (n2 or groups[_HALF]) and (n1 or "").lower() in self.numbers:
            first = (float(self.numbers[(n1 or "").lower()]["value"]), False)  # "um ou dois", "um ano e meio"
        if first is None:
            return None
        if neg:
            first = (-first[0], first[1])
        if not n2:
            return first[0], None, first[1]
        second = self._parse_number(n2)
        if second is None or second[0] <= first[0]:
            return None
        low = first[0]
        leading = self._parse_number(self._number_part.findall(n2)[0])
        if second[1] and not first[1] and leading and low < leading[0]:
            # "20 a 30 mil": the multiplier of the upper end applies to both ends.
            low = float(f"{low * second[0] / leading[0]:.12g}")
        elif first[1] and second[1] and (scaled := _scaled_words(n1 or "", n2, low, second[0])) is not None:
            low = scaled  # "entre 16 mil y 18 mil millones": "millones" applies to both ends
        return low, second[0], first[1] or second[1]

    def _two_amounts(self, written: str | None) -> int | None:
        """Where the first of two amounts joined by "e/y/and" ends, if the second has a scale
        word no smaller than the first's ("3,5 millones y 2 millones", "300 mil e 8 mil") or a
        fraction ("$15 bln and 1.2 mln"); None for one amount ("3 milhões e 200 mil", "mil milhões")."""
        if not written or not written[:1].isdigit() or _LETTER.search(written) is None:
            return None  # digits only: no scale word (most amounts)
        scale, scale_end, joined = 0.0, 0, False
        for found in self._number_part.finditer(written):
            part = found.group(0)
            if part[0].isdigit():
                if joined and (value := parse_digits(part, self._digit_lang)) is not None and value != int(value):
                    return scale_end  # "$15 bln and 1.2 mln": a fraction starts an amount of its own
                continue
            row = self.numbers.get(part.lower())
            if row is None:
                joined = joined or (scale > 0 and part.lower() not in self.halves)
                continue
            if row["kind"] == "multiplier":
                value = float(row["value"])
                if joined and value >= scale:
                    return scale_end
                scale, scale_end, joined = value, found.end(), False
        return None

    def _parse_number(self, written: str) -> tuple[float, bool] | None:
        """`_read_number`, remembered: news repeats the same few written numbers."""
        return _remembered(self._number_cache, written, self._read_number)

    def _read_number(self, written: str) -> tuple[float, bool] | None:
        """Value of digits and number words ("2,5 mil milhões"); True if a multiplier was used."""
        parts = self._number_part.findall(written)
        total, current, multiplied = 0.0, 0.0, False
        last = 0.0  # the multiplier just applied: "2 milhões e meio" adds half of it
        for index, part in enumerate(parts):
            if part[0].isdigit():
                number = parse_digits(part, self._digit_lang)
                if number is None:
                    return None
                if _COMMA_THOUSAND.fullmatch(part) and index + 1 < len(parts) \
                        and (after := self.numbers.get(parts[index + 1].lower())) and after["kind"] == "multiplier":
                    number = float(part.replace(",", ""))  # "122,000 millones", "1,200 millones": not 1.2
                current, last = current + number, 0.0
                continue
            row = self.numbers.get(part.lower())
            if row is None:
                if part.lower() in self.halves:
                    total, current = (total + last / 2, current) if last else (total, current + 0.5)
                continue  # the "e/and/y" joining number words
            if len(parts) == 1 and row["standalone"] == "no":
                return None
            value = float(row["value"])
            last = value if row["kind"] == "multiplier" else 0.0
            if row["kind"] == "multiplier" or (row["kind"] == "vague" and index > 0):
                multiplied = True
                if value > total + current:
                    total, current = ((total + current) or 1) * value, 0.0
                elif current or not total:
                    total, current = total + (current or 1) * value, 0.0
                # else a scale word said twice ("1,5 bilhão bilhão"): the amount is read once
            elif len(parts) == 1 and row["standalone"] == "0":
                return None
            else:
                current += value
        # A multiplier turns 4,1 x 10^6 into 4099999.9999999995: 12 significant digits undo that.
        return (float(f"{total + current:.12g}") if multiplied else total + current), multiplied

    def _modifier(self, groups: tuple[str | None, ...]) -> Modifier:
        if groups[_N2]:
            return "range"
        if groups[_VAGUE]:
            return "vague"
        n1 = (groups[_N1] or "").lower()
        first = self.numbers.get(n1.split()[0]) if n1 and not n1[0].isdigit() else None
        if first and first["kind"] == "multiplier" and float(first["value"]) >= 1e6 and n1.split()[0].endswith("s"):
            return "vague"  # "milhões de pessoas": a plural multiplier with no number before it ("el millón" is one)
        for written in (groups[_MOD], groups[_POST]):
            if written:
                return cast(Modifier, self.modifiers[_norm(written)]["modifier"])
        if n1 and not n1[0].isdigit() and (collective := self.modifiers.get(n1.partition(" ")[2] or n1)) is not None \
                and collective["position"] == "number":
            return cast(Modifier, collective["modifier"])  # "una veintena", "uma dezena": about
        return "exact"

    def _object(self, tok: DocTokens, end: int, *, skip_connector: bool) -> tuple[int, int] | None:
        lower, texts, size = tok.lower, tok.texts, len(tok.idx)
        i = bisect_left(tok.idx, end)
        connectors = self.roles.get("connector", set())
        if skip_connector and i < size and lower[i] in connectors:
            i += 1
            if i < size and lower[i] in self.roles.get("article", ()):
                i += 1  # "10% de los votos" -> "votos"
        words: list[int] = []
        j = i
        while j < size and len(words) < _MAX_OBJECT_WORDS:
            if words and lower[j] in connectors and j + 1 < size \
                    and texts[j + 1][:1].islower() and self._is_content(tok, j + 1, head=False):
                # "contêineres de munição"; "municípios de Goiás" stops at the proper name.
                words += [j, j + 1]
                j += 2
                continue
            if len(words) >= 2 and self.lang != "en" and lower[j] in ("e", "y") and j + 2 < size \
                    and texts[j + 1].islower() and len(lower[j + 1]) > 4 and self._is_plural(lower[j - 1]) \
                    and lower[j + 1][-2:] == lower[j - 1][-2:] and not lower[j + 1].endswith("mos") \
                    and lower[j + 1] not in _QUANTIFIER_WORDS and not self._is_content(tok, j + 2, head=False) \
                    and self._is_content(tok, j + 1, head=False):
                words += [j, j + 1]  # "empleos directos e indirectos": two adjectives of one head
                j += 2
                continue
            if words and texts[j] in "-‐" and not tok.ws[j - 1] and j + 1 < size:
                words.append(j)
                j += 1
                if lower[j] in self.stop and not tok.ws[j - 1] and j + 1 < size:
                    words.append(j)  # "six sold-out shows": a particle in a compound adjective
                    j += 1
                continue
            if not self._is_content(tok, j, head=not words):
                break
            if words and self.lang != "en" and self._is_plural(lower[words[0]]) and not lower[j].endswith("s") \
                    and not any(lower[k] in connectors for k in words) \
                    and "-" not in texts[j] and (tok.ws[j] or j + 1 >= size or texts[j + 1] not in "-‐"):
                break  # an adjective agrees with a plural head: "militares participan", not "soldados russos"
            words.append(j)
            j += 1
            if self.lang == "en" and (self._is_plural(lower[j - 1]) or lower[j - 1] in _UNMARKED_HEADS):
                break  # English heads come last: "North Korean troops" (not "troops available", "men heard")
        while words and (texts[words[-1]] in "-‐" or lower[words[-1]] in connectors):
            words.pop()
        if self.lang == "en" and len(words) > 1 and lower[words[-1]].endswith(self.verb_suffixes):
            words.pop()
        if self.lang == "en" and len(words) == 1 and len(lower[words[0]]) > 4 and lower[words[0]].endswith("ed") \
                and lower[words[0]] not in _PEOPLE_PARTICIPLES:
            return None  # "about 1.43 million passed", "216 confirmed and 103 probable cases": a verb
        if not words:
            return None
        return tok.idx[words[0]], tok.ends[words[-1]]

    @staticmethod
    def _is_plural(low: str) -> bool:
        return len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is"))

    def _is_content(self, tok: DocTokens, i: int, *, head: bool) -> bool:
        low = tok.lower[i]
        if not _WORD.match(tok.texts[i]) or low in self.stop or low in _ADVERBS_IN_S:
            return False
        if low in self.numbers and len(low) > 1 or low in self.modifiers:
            return False  # (a letter is a word: "1,226 Category B certificates", not "$1.3b")
        if self.lang != "en" and low.endswith(self.verb_suffixes) and (not head or len(low) > 4):
            return False  # "magnitude 6,8 atingiu o Marrocos": a verb, no object
        if self.lang == "pt" and low.endswith(_CLITICS):
            return False  # "300 trabalhadores concentraram-se": a verb with its pronoun
        return True


@Language.factory("etl_quantities")
def make_quantities(nlp: Language, name: str) -> QuantitiesComponent:
    """Build the etl_quantities component for `nlp.lang` (reference tables are read once)."""
    return QuantitiesComponent(nlp, name)


@cache
def currency_country(code: str) -> str | None:
    """The ISO alpha-3 country of an ISO 4217 national currency (its first two letters are the
    country's alpha-2 code): "PHP" -> "PHL", "ZAR" -> "ZAF"; None for others ("EUR", "%")."""
    import pycountry

    found = pycountry.countries.get(alpha_2=code[:2]) if len(code) == 3 and code.isupper() else None
    return found.alpha_3 if found is not None else None
