"""Numbers that the quantity pattern matches but that are no amount (see etl_quantities).

An identifier is a number that names rather than counts: after an identifier word ("artigo
5", "CEP 52.011.260", "p. 56"), after a noun that labels it ("sala 204", "versão 2.0", "Gate
12", "la jornada 26") unless it counts a plural noun ("na sala 20 pessoas"), inside a name
("Boeing 737", "Farenheit 451", "Erik ten Hag", and in pt/es "«105 Congresso Base»"), a
house number, a list item, a year, a span of time whose unit word is capitalised, a title
("«200 Anos de Jornalismo»", in pt/es), a year written with two digits after a name ("a
Constituição de 76", "el Mundial del 82") or after "em"/"en el" ("Em 48 fui", "de 48 até
54", pt/es) or close after a year written in full ("em 1984, ou foi 85"), a time of day
("pelas 23", "a las 10", pt/es; "a 06.10 departure"), a day of a month ("o 25 de Abril"), a year written "'98",
a long ungrouped number (a phone or account number), a code written with a leading zero
("conta 0035"), a note in brackets ("[1]"), a numbered heading ("1 Precedentes", pt/es), a
point before one or two digits where a comma marks decimals ("Golf 1.6", "motor 2.0",
pt/es), or the digit 0 typed for the article "O" at the start of a sentence ("0 homem é").
The last four keep numbers that count a plural noun ("foram presos 03 suspeitos").

The words come from the reference tables quantity_words.csv (blockers, street words, the
words before an hour or a short year) and quantity_identifiers.csv (more blockers, and the
label nouns).

The sides of a dimension ("800x600", "Resolução 800 x 600", "1920x1080") are amounts
whatever precedes them; two small numbers joined by "x" with nothing measured ("venceu
por 2 x 1", "um 4x4") are a score or a name, no amount.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from etl.extract.patterns import _alt, counts_a_noun
from etl.extract.reference import rows_for_language

# Positions in `match.groups()` of the quantity pattern's named groups (checked in
# QuantitiesComponent._compile).
GROUPS = ("mod", "open", "cur", "vague", "neg", "n1", "u1", "join", "n2", "of", "unit", "half", "post")
MOD, OPEN, CUR, VAGUE, NEG, N1, U1, JOIN, N2, OF, UNIT, HALF, POST = range(len(GROUPS))

# A capitalised word right after an opening quote: '"Farenheit 451 não é fantasia"' is a title.
_HOUR_ARTICLE = re.compile(r"(?<![\w])(?:las|às|as)\s+$", re.IGNORECASE)
# What may follow an hour of the clock: punctuation, the end, a join ("y las 19") or a time word.
_HOUR_AFTER = re.compile(r"\s*(?:$|[.,;:)]|(?:y|e|a|hasta|até|horas|hs|h)(?![\w]))", re.IGNORECASE)
# What follows an hour written in words: another hour, a part of the day, "horas".
_WORD_HOUR_AFTER = re.compile(r"\s+(?:(?:y|e|a|hasta|até)\s+(?:las|as|às)\s+[^\W\d_]+"
                              r"|(?:de\s+la|da|de)\s+(?:mañana|madrugada|tarde|noche|manhã|noite)(?![\w])"
                              r"|horas?(?![\w])|en\s+punto|em\s+ponto)", re.IGNORECASE)
_PHASE_BEFORE = re.compile(r"(?<![\w])(?:fase|phase|etapa|stage)\s+$", re.IGNORECASE)
_QUOTED_NAME = re.compile(r"[«\"“]([A-ZÀ-Ý][^\W\d_]+)\s+$")
_VERB_ENDINGS = ("o", "am", "em", "en", "an", "mos", "ou", "ei", "ão")
_POSSESSIVE = re.compile(r"['’]s$")
_LAST_WORD = re.compile(r"[\"“«(\[]*(\S+)\s+$")
_SENTENCE_START = re.compile(r"[.!?]\s*\S+\s+$")
# A capitalised word that is no plural: "Hag" (not "Palestinians").
_NAME_NEXT = re.compile(r"\s+[A-ZÀ-Ý][^\W\d_]*(?<!s)(?:['’]s)?(?![\w-])")
# "a Constituição de ", "el Mundial del ", "the Summer of ": a capitalised word after another
# word (so no sentence's first: "Perto de 20") and "of"; a two-digit number after it is a year.
_NAME_OF = re.compile(r"(?<=\w\s)[A-ZÀ-Ý][^\W\d_]+\s+(?:de|del|of)\s+$")
# A capitalised word that is no plural right after a bare number ("105 Congresso"), in pt/es:
# an amount is followed by what it counts, in lowercase ("20 pessoas", "27 Estados-membros").
# Capitalised words after a capitalised number word that opens a sentence: it opens a name
# (English needs two: "Two Americans died" counts).
_CAPITALISED_NEXT = re.compile(r"\s+[A-ZÀ-Ý][a-zà-ÿ][^\W\d_]*(?![\w-])")
_TWO_CAPITALISED_NEXT = re.compile(r"\s+[A-Z][a-z][^\W\d_]*\s+[A-Z][a-z][^\W\d_]*(?![\w-])")
_NAME_AFTER = re.compile(r"[ \u00a0][A-ZÀ-Ý][^\W\d_]{2,}(?<!s)(?![\w-])")
# "12 deste mês", "el 5 del mes pasado", "the 12th of this month": a day of a month named
# by where it stands.
_DAY_OF_THIS_MONTH = re.compile(
    r"\s+(?:deste\s+mês|do\s+(?:mês\s+(?:passado|corrente|que\s+vem)|corrente|próximo\s+mês)"
    r"|de\s+este\s+mes|del\s+(?:mes\s+(?:pasado|corriente|próximo|que\s+viene)|corriente|próximo\s+mes)"
    r"|of\s+(?:this|last|next)\s+month)(?![\w])", re.IGNORECASE)
# Units of time: one written capitalised names a title ("Cem Anos de Solidão", "24 Horas");
# other units are capitalised in adverts too ("36 Bits", "10 Euros").
_TIME_UNITS = frozenset({"year", "month", "week", "day", "h", "min"})
# A number right after these begins a clause, so a capital letter before it is no name.
_CLAUSE_OPENERS = ("", ".", "!", "?", ":", '"', "“", "(", "—", "-")
# The other side of a dimension: "800 x" before a number, "x 600" after it.
_BY_BEFORE = re.compile(r"(?<![\d.,])(\d+)\s*[x×]\s*$", re.IGNORECASE)
_BY_AFTER = re.compile(r"\s*[x×]\s*(\d+)(?!\d|[.,]\d)", re.IGNORECASE)
# A numbered heading of a table of contents: "1 Precedentes", "2 Preparação" on lines of their own.
_HEADING_AFTER = re.compile(r"[ \t][A-ZÀ-Ý]")
# "Golf 1.6", "Rádio 97.4", "motor 2.0": where a comma marks decimals (pt/es), a point before
# one or two digits is neither a decimal nor a thousands mark but a model, a version, a frequency.
_POINT_CODE = re.compile(r"\d+\.\d{1,2}")
# "10 às 12", "10 a las 12": the first of two hours (the second follows "às", a blocker).
_CLOCK_WITH_ZERO = re.compile(r"0\d[.:][0-5]\d")  # "06.10", "09:45": never an amount
# "10 de la mañana", "8 da noite": an hour of a part of the day.
_DAY_PART = re.compile(r"\s+(?:(?:de\s+la|da|de)\s+(?:mañana|madrugada|tarde|noche|manhã|noite)"
                       r"|in\s+the\s+(?:morning|afternoon|evening)|at\s+night|o'clock|o’clock)(?!\w)", re.IGNORECASE)
# "entre 20h e 6h", "das 8h às 18h": clock hours written with a glued "h", one before the other.
_GLUED_HOUR_BEFORE = re.compile(r"(?:entre|das?|desde|\d{1,2}h(?:\d\d)?\s+(?:e|y|a|às|até))\s+$", re.IGNORECASE)
_GLUED_HOUR_RANGE = re.compile(r"(?:entre|das?|de)\s+\d{1,2}h(?:\d\d)?\s+(?:e|às?|a|até)\s+\d{1,2}h(?:\d\d)?",
                               re.IGNORECASE)
_GLUED_HOUR_AFTER = re.compile(r"\s+(?:e|y|a|às|até)\s+\d{1,2}h(?!\w)", re.IGNORECASE)
_TO_HOUR = re.compile(r"\s+(?:às|a\s+las)\s+\d{1,2}(?![\d.,])", re.IGNORECASE)
# "de 48 até 54", "desde 85 hasta 92": two years said with two digits (both checked from 32).
_LABEL_LEVELS = r"(?:federal|estatal|estadual|nacional|national|provincial|regional|municipal|state|interstate|county)"
_CLAUSE_END = frozenset({"", ".", ",", ";", ":", ")", "!", "?"})
_YEAR_SPAN = re.compile(r"(?<![\w])(?:de|desde)\s+\d\d\s+(?:até|hasta)\s+\d\d$", re.IGNORECASE)
# A year written in full, then a few words without a digit or a sentence's end: "em 1984, ou
# foi 85", "a Revolução de 1930 e depois a de 32". A two-digit number close to it is a year.
_YEAR_BEFORE = re.compile(r"(?<![\d.,])(?:1[89]|20)(\d\d)(?![\d.,]\d)([^.!?\d\n]{1,16})$")
# Nouns a cardinal before which counts nothing: it ranks ("su 85 aniversario", "la 30 edición").
_ORDINAL_NOUN_AFTER = re.compile(r"\s+(?:aniversario|aniversário|anniversary|edición|edição|edition)(?![\w])",
                                 re.IGNORECASE)
_JOINS_YEARS = re.compile(r"(?<![\w])(?:ou|e|a|até|de|or|and|to|o|y|hasta)(?![\w])", re.IGNORECASE)
# "48 dos casos", "48 de ellos": a part of a whole, no year.
_PART_OF = re.compile(r"\s+(?:d[eoa]s?|del|of)(?![\w])", re.IGNORECASE)
# The mark of a numbered item and the name it numbers: "1. Benfica", "2) Rui".
_ITEM_AFTER = re.compile(r"[.)][ \t]+[A-ZÀ-Ý]")
# The brackets a bare number stands alone in: "(3)", a note "[1]".
_BRACKETS = {"(": ")", "[": "]"}


_HOUR_WORDS = frozenset({"hora", "horas"})
# After a number: a hyphen and a capitalised name ("1-Azul"), or a word in capitals that is no unit
# written by the number's side ("737 MAX"): it names a line or a model.
_CODE_AFTER = re.compile(r"-(?!(?:Year|Day|Week|Month|Hour|Minute|Mile|Point|Man|Game|Time|Ano|Dia|Mes|Mês)s?\b)"
                         r"[A-ZÀ-Ý][a-zà-ÿ]+|\s(?:MAX|XL|GT|GTI|RS|SE|LE|Pro|Plus|Ultra|Mini)\b")


# A number word joined by a hyphen to an adjective ("three-dimensional", "one-sided") or to a
# word of manner ("two-way", "five-star", "one-off"): an adjective, no count ("a three-member
# panel" counts members).
_COMPOUND_ADJECTIVE = re.compile(r"-(?:[a-z]+(?:al|ed|ic|ical|ary|ous)|way|star|off|time|fold|tier)(?![\w-])",
                                 re.IGNORECASE)

class IdentifierRules:
    """Decide whether a matched number is an identifier rather than an amount."""

    def __init__(self, lang: str, roles: dict[str, set[str]], stop: frozenset[str],
                 verb_suffixes: tuple[str, ...], *, unit_after: re.Pattern[str]) -> None:
        self.stop, self.verb_suffixes = stop, verb_suffixes
        # English headlines capitalise every word ("Storm Kills 20 People"); pt/es ones do not.
        self._title_units = lang != "en"
        self.comma_decimals = lang != "en"  # set per text by the component
        self._unit_after = unit_after  # matches where a unit is written after a number
        # quantity_identifiers.csv adds blockers and the label nouns to quantity_words' blockers.
        words: dict[str, set[str]] = {"blocker": set(roles["blocker"]), "label": set(), "cased_label": set()}
        for row in rows_for_language("quantity_identifiers", lang):
            words[row["role"]].add(row["word"] if row["role"] == "cased_label" else row["word"].lower())
        # "Year 12 students", "Local 832 members": a capitalised noun names the number, whatever follows
        self._cased_label = re.compile(rf"(?<![\w])(?:{_alt(words['cased_label']) or '(?!x)x'})\s+$")
        blockers = _alt(words["blocker"])
        # "artigos 42 e 43": the words name every number of a list after them.
        # "CPF: 123", "ID: 30168": a colon may follow the word.
        self._blocker = re.compile(rf"(?<![\w])(?:{blockers})\s*:?\s*(?:\d+[ºª]?\s*(?:,|e|y|and|a|to)\s*)*$",
                                   re.IGNORECASE)
        # "Lei Provincial nº 33", "Decreto S. 1618": a document word, one or two capitalised
        # words of its name, and the number (a bare one: see is_identifier).
        documents = _alt(word for word in words["blocker"] if len(word) >= 3 and word.isalpha())
        self._named_blocker = re.compile(
            rf"(?<![\w])(?:{documents})\s+(?-i:[A-ZÀ-Ý][^\s\d]*\s+){{1,2}}(?:n[º.o]?\s*)?$", re.IGNORECASE)
        labels = _alt(words["label"]) or r"(?!x)x"
        # "a sala 204", "Version 2.0": a singular noun right before the number names it; so do
        # its plural and a list ("as salas 2 e 3", "nos jogos 3 e 4", "Rooms 4 and 5").
        # An adjective of the road's or body's level may come between: "la carretera federal 135".
        self._label = re.compile(rf"(?<![\w])(?:{labels})(?:e?s)?(?:\s+{_LABEL_LEVELS})?\s+"
                                 rf"(?:\d+\s*(?:,|e|y|and|ou|or|o)\s*)*$", re.IGNORECASE)
        hours = _alt(roles.get("hour_before", set())) or r"(?!x)x"
        self._hour_before = re.compile(rf"(?<![\w])(?:{hours})\s+$", re.IGNORECASE)
        years = _alt(roles.get("year_before", set())) or r"(?!x)x"
        # "em 85, 86": the words name every year of a list after them.
        self._year_before = re.compile(rf"(?<![\w])(?:{years})\s+(?:\d\d\s*(?:,|e|y|ou|o|a)\s*)*$",
                                       re.IGNORECASE)
        days = _alt(roles.get("days", set())) or r"(?!x)x"
        # "nos dias 5, 6 e 7": the later days of a list (the dates component reads the first).
        self._days_list = re.compile(rf"(?<![\w])(?:{days})\s+\d{{1,2}}(?:\s*,\s*\d{{1,2}})*\s*(?:,|e|y|and)\s*$",
                                     re.IGNORECASE)
        streets = _alt(roles.get("street", set())) or r"(?!x)x"
        self._street = re.compile(rf"(?<![\w])(?:{streets})\s+(?:(?:d[aoe]s?|del)\s+)?(?-i:[A-ZÀ-Ý0-9])"
                                  rf"[^,\n]{{0,40}},\s*$", re.IGNORECASE)
        rows = [row for row in rows_for_language("months", lang) if row["standalone"] != "no"]
        uncased = _alt(row["word"].lower() for row in rows if row.get("cased") != "1") or r"(?!x)x"
        cased = _alt(row["word"] for row in rows if row.get("cased") == "1") or r"(?!x)x"
        # "25 de Abril", "4, 5 e 6 de setembro", "4 and 5 May": days of a month.
        self._day_of_month = re.compile(
            rf"(?:\s*(?:,|e|y|and|a|to|-)\s*\d{{1,2}})*\s*(?:de\s+|of\s+)?(?:{uncased}|(?-i:{cased}))(?![\w])",
            re.IGNORECASE)

    def counts(self, text: str, end: int) -> bool:
        return counts_a_noun(text, end, stop=self.stop, verb_suffixes=self.verb_suffixes)

    def is_identifier(self, text: str, start: int, end: int, groups: tuple[str | None, ...],
                      written_at: Callable[[int], tuple[int, int]], value: float,
                      unit: str | None = None) -> bool:
        """True when the match `text[start:end]` names something rather than counts it.

        `written_at(group)` gives the span of a group in `text` (the pattern may have run
        over the lowercased text, so case-sensitive tests read `text`); `unit` is the unit
        read from the match.
        """
        if unit in _TIME_UNITS and self._title_units and text[written_at(UNIT + 1)[0]].isupper() \
                and text[slice(*written_at(UNIT + 1))].istitle():
            return True  # "a exposição «200 Anos de Jornalismo»": a title, not a duration
        if unit is not None and unit.islower() and len(groups[UNIT] or "") == 1:
            unit_start, unit_end = written_at(UNIT + 1)
            if text[unit_start].isupper() and unit_start > 0 and text[unit_start - 1].isdigit() \
                    and (unit_end >= len(text) or not text[unit_end].isalnum()):
                return True  # "a rede 5G", "4G": a glued capital is a code, not grams
        bare = not (groups[MOD] or groups[CUR] or groups[UNIT] or groups[VAGUE]
                    or groups[N2] or groups[POST])
        if groups[N2] and _YEAR_SPAN.search(text, max(0, start - 7), end) and int(groups[N1] or 0) >= 32 \
                and not self.counts(text, end):
            return True  # "morei de 48 até 54": years said short
        n1_start, n1_end = written_at(N1 + 1) if groups[N1] else (start, start)
        written = text[n1_start:n1_end]
        window = text[max(0, start - 20): start]
        if bare and written.isalpha() and _COMPOUND_ADJECTIVE.match(text, end):
            return True  # "three-dimensional models", "a two-way road", "a five-star hotel": no count
        if bare and written.isdigit() and _ORDINAL_NOUN_AFTER.match(text, end):
            return True  # "su 85 aniversario", "a 30 edição": an ordinal written as a cardinal
        if bare and written.isdigit():
            side = self._dimension(text, start, end, window)
            if side is not None:
                return side == "score"
        if (blocked := self._blocker.search(window)) and not (unit == "%" or groups[CUR]) \
                and not (value > 24 and blocked.group(0).lower().startswith("às")):
            # ("às 1.640 candidaturas" counts: no hour is over 24; "número 18% menor": no code is a share)
            return True
        if written[:1].isupper() and window.rstrip()[-1:] not in _CLAUSE_OPENERS:
            return True  # "Rua Sete de Setembro": a capitalised number word inside a name
        if bare and written.isalpha() and written[:1].isupper() and not written.isupper() \
                and (_CAPITALISED_NEXT if self._title_units else _TWO_CAPITALISED_NEXT).match(text, end):
            return True  # "Dos Bocas es", "Two Rivers Council said": a name that opens a sentence
        if len(written) > 2 and written.isalpha() and written.isupper() and text[start - 1:start] == "(":
            return True  # "Centro de Investigaciones Económicas Nacionales (CIEN)": an acronym
        if bare and written.isalpha() and _NAME_NEXT.match(text, end) and self._after_name(window):
            return True  # "Erik ten Hag": a number word between two names ("In Gaza two Palestinians" counts)
        if written.isdigit() and _CODE_AFTER.match(text, n1_end) is not None:
            return True  # "as linhas 1-Azul, 2-Verde", "the 737 MAX jet": a line or a model, not a count
        if (written.isdigit() and value <= 24 or written.isalpha() and value <= 12) \
                and self._at_hour(text, n1_start, end, groups):
            return True  # a time of day: "pelas 23", "por volta das 10", "a las 10", "das 10 às 12", "a las tres"
        if (written.isdigit() or written.isalpha()) and value <= 12 \
                and not (groups[CUR] or groups[UNIT] or groups[VAGUE]) and _DAY_PART.match(text, end):
            return True  # "convocada para las 10 de la mañana", "vão até dez da noite": an hour
        if unit == "h" and value < 25 and _GLUED_HOUR_RANGE.fullmatch(text, start, end):
            return True  # "entre 14h e 18h", "das 8h às 18h": a span of the clock, not of hours
        if unit == "h" and value < 25 and text[end - 2:end - 1].isdigit() and text[end - 1] in "hH" \
                and not (groups[MOD] or groups[CUR] or groups[VAGUE] or groups[N2]) \
                and (_GLUED_HOUR_BEFORE.search(text, max(0, n1_start - 16), n1_start)
                     or _GLUED_HOUR_AFTER.match(text, end)):
            return True  # "entre 20h e 6h": two clock hours, not durations
        if unit == "h" and value < 25 and (groups[UNIT] or "").lower() in _HOUR_WORDS \
                and not (groups[MOD] or groups[CUR] or groups[VAGUE] or groups[N2]) \
                and self._hour_before.search(text, max(0, n1_start - 24), n1_start):
            return True  # "a las 04.36 hora local", "às 20 horas": the hour, not a duration
        if groups[MOD] and not (groups[CUR] or groups[UNIT] or groups[VAGUE] or groups[N2] or groups[POST]) \
                and len(written) == 4 and written.isdigit() and 1900 <= value <= 2100 \
                and text[end:end + 2].strip()[:1] in _CLAUSE_END:
            return True  # "production will start around 2026.", "hasta 2030,": a year, not a count
        if bare and not written[:1].isdigit() and value <= 12 and _HOUR_ARTICLE.search(window) \
                and _WORD_HOUR_AFTER.match(text, end):
            return True  # "entre las dos y las seis de la mañana", "às seis da manhã": hours in words
        if groups[N2] and not (groups[MOD] or groups[CUR] or groups[UNIT] or groups[VAGUE]) \
                and written.isdigit() and self._label.search(window) and not self.counts(text, end):
            return True  # "berths 4 to 7", "as salas 3 e 4": numbers that name, a range of labels
        if not bare or not written[:1].isdigit():
            return False
        if _CLOCK_WITH_ZERO.fullmatch(written):
            return True  # "a new 06.10 departure": a clock time written with its leading zero
        if written.isdigit() and int(written) <= 24 and _HOUR_ARTICLE.search(window) \
                and _HOUR_AFTER.match(text, end) is not None:
            return True  # "entre las 9 y las 19", "entre as 8 e as 17": hours of the clock, no count
        if self._cased_label.search(window):
            return True  # "Year 12 student", "Local 832 represents": a school year, a union's local
        if _PHASE_BEFORE.search(window):
            return True  # "the phase 3 trials", "resultados da fase 3 divulgados": a phase's number counts nothing
        if (self._label.search(window) or self._named_blocker.search(window)) and not self.counts(text, end):
            return True  # "a sala 204 do edifício", "versão 2.0", "Lei Provincial nº 33" ("na sala 20 pessoas" counts)
        if not written.isdigit():
            # "Golf 1.6", "motor 2.0" (pt/es); "cresceu 2.5 pontos" counts
            return (self.comma_decimals and _POINT_CODE.fullmatch(written) is not None
                    and not self.counts(text, end))
        if self._title_units and _NAME_AFTER.match(text, end):
            return True  # "«105 Congresso Base", "Extensão: 4293 Portugal": the number is in a name
        return self._bare_identifier(text, start, end, written, window, value)

    def _at_hour(self, text: str, n1_start: int, end: int, groups: tuple[str | None, ...]) -> bool:
        """True for a number, bare or after a modifier, that an hour word precedes ("pelas
        23", "por volta das 10") or that "às" and an hour follow ("das 10 às 12"), when it
        counts no noun ("a las 10 familias" counts)."""
        if groups[CUR] or groups[UNIT] or groups[VAGUE] or groups[N2] or groups[POST]:
            return False
        return bool(self._hour_before.search(text, max(0, n1_start - 24), n1_start)
                    or _TO_HOUR.match(text, end)) and not self.counts(text, end)

    def _dimension(self, text: str, start: int, end: int, window: str) -> str | None:
        """"dimension" or "score" for a bare number joined to another by "x"; else None.

        A score (or a name such as "4x4") is two numbers below 100 with no unit after them.
        """
        before, after = _BY_BEFORE.search(window), _BY_AFTER.match(text, end)
        if before is not None and after is not None:
            return "dimension"  # the middle of "10 x 20 x 30 cm"
        if before is not None:
            if _BY_BEFORE.search(window, 0, before.start()):
                return "dimension"  # the end of "10 x 20 x 30"
            first, second, last_end = before.group(1), text[start:end], end
        elif after is not None:
            first, second, last_end = text[start:end], after.group(1), after.end()
            if _BY_AFTER.match(text, last_end):
                return "dimension"
        else:
            return None
        small = len(first) <= 2 and len(second) <= 2
        return "score" if small and not self._unit_after.match(text, last_end) else "dimension"

    def _bare_identifier(self, text: str, start: int, end: int, written: str, window: str,
                         value: float) -> bool:
        """The checks for a bare number written in digits (no unit, modifier or range)."""
        if self._street.search(text, max(0, start - 60), start):
            return True  # "Rua Costa Aguiar, 590": a house number
        if len(written) >= 8:
            return True  # "Telefone: 217904893", "ICQ 25328270": amounts that long are grouped
        if len(written) == 4 and 1900 <= value <= 2100:
            # A year the dates component had no context for, unless it counts: "2000 soldados".
            return not self.counts(text, end)
        if window[-1:] in "'’" and window[-2:-1].isalnum():
            return True  # "Mundial de França'98": a year
        if len(written) == 2 and self._short_year(text, start, end, written, window):
            return True
        if value <= 31 and (self._day_of_month.match(text, end) or _DAY_OF_THIS_MONTH.match(text, end)
                            or self._days_list.search(window)):
            return True  # "o 25 de Abril", "nos dias 4, 5, 6 de setembro", "e 12 deste mês"
        after = text[end: end + 1]
        line_start = text.rfind("\n", 0, start) + 1
        before = text[line_start: start].strip()
        if not before and after in (".", ")"):
            return True  # a numbered list item: "1. Informação tecnológica"
        if len(written) <= 2 and before[-1:] in (":", ";", "," if after == ")" else ";") \
                and _ITEM_AFTER.match(text, end):
            return True  # a list item within a line: "Classificação: 1. Benfica, 34 pontos; 2. Porto"
        if not before and self._title_units and len(written) <= 3 and _HEADING_AFTER.match(text, end):
            return True  # a numbered heading: "1 Precedentes" (pt/es; English headlines capitalise)
        if written[0] == "0" and len(written) > 1 and not self.counts(text, end):
            return True  # "conta 0035 0123", "Artigo 02": a code ("foram presos 03 suspeitos" counts)
        if written == "0" and before[-1:] in ("", ".", "!", "?") and text[end:end + 2][-1:].isalpha():
            return True  # "0 homem é": the article "O" typed as a zero
        if window[-1:] in _BRACKETS and after == _BRACKETS[window[-1]]:
            return True  # "(3)", a note "[1]"
        if self._title_units and (quoted := _QUOTED_NAME.search(window)) and self._is_name_word(quoted.group(1)) \
                and not self.counts(text, end):
            return True  # '"Farenheit 451 não é fantasia"': a title ('"Morreram 20"' is a clause; pt/es)
        return self._after_name(window, start) and not self.counts(text, end)  # "traz à Lourinhã 4 companhias"

    def _short_year(self, text: str, start: int, end: int, written: str, window: str) -> bool:
        """True for a bare two-digit number that is a year, unless it counts a noun."""
        if _NAME_OF.search(window):
            pass  # "a Constituição de 76", "o Brasil de 64", "el Mundial del 82"
        elif int(written) >= 32 and self._year_before.search(window):
            if _PART_OF.match(text, end):
                return False  # "em 48 dos casos" is a part; "Em 48 fui para São Paulo", "en el 85"
        else:
            year = _YEAR_BEFORE.search(text, max(0, start - 24), start)
            if not (year and abs(int(written) - int(year.group(1))) <= 10 and _JOINS_YEARS.search(year.group(2))):
                return False  # else "operei em 1984, ou foi 85": said short after a year in full
        return not self.counts(text, end)

    def _is_name_word(self, word: str) -> bool:
        """True for a word that is no stop word and has no verb-like ending (of the table's,
        or a pt/es first person or plural one: "Tenho", "Faltam", "Tienen", "Somos")."""
        low = word.lower()
        return low not in self.stop and not low.endswith(self.verb_suffixes + _VERB_ENDINGS)

    @staticmethod
    def _after_name(window: str, start: int = 1 << 30) -> bool:
        """True when the word before the number is capitalised and does not begin the text
        or a sentence (`start`: the number's offset, to tell the text's first word)."""
        previous = _LAST_WORD.search(window)
        word = previous and _POSSESSIVE.sub("", previous.group(1))  # "Ocean's 11": a title
        return bool(previous and word and word[:1].isupper() and word.isalpha()
                    and not _SENTENCE_START.search(window) and start - len(previous.group(0)) > 0)
