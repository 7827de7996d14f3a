"""The etl_quantities component: amounts -> `doc._.quantities` (list of `Quantity`).

One regular expression per pipeline, compiled in `__init__` from the reference tables
`number_words`, `units`, `quantity_modifiers` and `quantity_words`, finds
``[modifier] [currency] number [multiplier words] [range] [unit]`` over `doc.text`
itself, so offsets are indices into the Doc's own string. Numbers are read with the
language's separators (pt/es "10.000" and "2,5"; en "10,000" and "2.5"), and number
words compose ("três mil", "2,5 mil milhões", "one hundred and twenty thousand").

Not quantities: numbers inside `doc._.dates` (the etl_dates component runs first),
times ("10h30", "10:30"), ordinals ("1º", "2nd"), codes ("F-16", "MH17",
"COVID-19"), numbers in URLs or phone numbers, numbers after an identifier word
("artigo 5", "lei nº 13.709"), a bare number in parentheses, a bare number right
after a capitalised word ("Boeing 737"), a house number after a street name, a
numbered list item, and a bare 4-digit number 1900..2100 (a year the dates component
had no context for) unless a plural noun follows ("2000 soldados").

Durations and ages are amounts of time: "três anos" is 3 with unit "year" ("h",
"min", "day", "week", "month" likewise); units.csv's factor column converts units
such as "contos" (1000 PTE) into base units.

The object is the noun phrase right after the span, read from the Doc's tokens: a
head word, then adjectives or hyphenated words and lowercase "de/of" complements,
ending at punctuation, a stop word or a verb-like word (all from
`quantity_words.csv`); in English it ends at the first plural noun. Amounts with a
unit or currency get no object: the unit already says what is measured.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import cast

from spacy.language import Language
from spacy.tokens import Doc, Token

from etl.extract.patterns import _alt, counts_a_noun, doc_text, find_windows
from etl.extract.reference import rows_for_language
from etl.models import Modifier, Quantity

_URL = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+", re.IGNORECASE)
_PHONE = re.compile(
    r"\+\d{1,3}[\s\d().-]{8,}\d|(?:\(\d{2,3}\)\s*)?\d{4,5}-\d{4}(?!\d)|\(\d{3}\)\s*\d{3}-\d{4}"
    r"|\(0?\d{2,3}\)\s*\d{3,4}[\s-]*\d{4}(?!\d)|\b0[89]00[\s-]?\d{3}[\s-]?\d{3,4}(?!\d)"
    r"|\b(?:tel|tel\.|telefone|fone|fax|phone|teléfono)[.:]?\s*[\d\s().+/-]{7,}\d",
    re.IGNORECASE,
)
_DIGITS = r"\d+(?:[.,]\d+)*"
# pt/es also group thousands with a space: "16 000 refugiados".
_SPACED = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d]|[.,]\d)"
_WORD = re.compile(r"^[^\W\d_]+(?:['’-][^\W\d_]+)*$")
_MAX_OBJECT_WORDS = 6


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower())


def parse_digits(text: str, lang: str) -> float | None:
    """Read a written number with the separators of `lang`; None when it is ambiguous.

    Examples:
        >>> parse_digits("10.000", "pt"), parse_digits("2,5", "es"), parse_digits("10,000", "en")
        (10000.0, 2.5, 10000.0)
        >>> parse_digits("1.234,5", "pt"), parse_digits("2.5", "pt")
        (1234.5, 2.5)
    """
    text = re.sub(r"[ \u00a0\u202f]", "", text)
    thousands, decimal = (",", ".") if lang == "en" else (".", ",")
    seps = [c for c in text if c in ".,"]
    if not seps:
        return float(text)
    if len(set(seps)) == 2:
        last = text.rfind(seps[-1])
        whole, frac = text[:last], text[last + 1:]
        if seps[-1] in whole:
            return None
        groups = re.split(r"[.,]", whole)
        if any(len(g) != 3 for g in groups[1:]):
            return None
        return float("".join(groups) + "." + frac)
    sep, groups = seps[0], text.split(seps[0])
    three = all(len(g) == 3 for g in groups[1:]) and len(groups[0]) <= 3
    if len(groups) > 2:
        return float("".join(groups)) if three else None
    if sep == thousands and three:
        return float("".join(groups))
    return float(".".join(groups))


class QuantitiesComponent:
    """Find counted and measured amounts with their modifier, unit and object."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.lang: str = str(nlp.lang)
        self.name = name
        self._load_reference()
        self._compile()

    def _load_reference(self) -> None:
        lang = self.lang
        self.numbers = {r["word"].lower(): r for r in rows_for_language("number_words", lang)}
        self.units = {r["word"].lower(): r for r in rows_for_language("units", lang)}
        modifiers = rows_for_language("quantity_modifiers", lang)
        self.modifiers = {r["phrase"].lower(): r for r in modifiers}
        self.roles: dict[str, set[str]] = {}
        for row in rows_for_language("quantity_words", lang):
            self.roles.setdefault(row["role"], set()).add(row["word"].lower())
        self.verb_suffixes = tuple(sorted(self.roles.get("verb_suffix", ())))
        self.stop = frozenset(self.roles.get("stop", set()) | self.roles.get("connector", set()))

    def _words(self, table: dict[str, dict[str, str]], key: str, *values: str) -> list[str]:
        return [word for word, row in table.items() if row[key] in values]

    def _compile(self) -> None:
        number_word = _alt(self.numbers)
        self._digits = _DIGITS if self.lang == "en" else f"{_SPACED}|{_DIGITS}"
        multiplier = _alt(self._words(self.numbers, "kind", "multiplier"))
        # "14 milhões e 200 mil": a digit group joined to a multiplied one.
        more = (rf"(?:(?:\s+(?:e|and|y)\s+|\s+|-|(?<=\d))(?:{number_word})(?![\w])"
                rf"|\s+(?:e|and|y)\s+\d+(?:[.,]\d+)?\s+(?:{multiplier})(?![\w]))")
        number = rf"(?:{self._digits}|(?:{number_word})(?![\w])){more}*"
        vague = _alt(self._words(self.numbers, "kind", "vague"))
        vague_chain = rf"(?:{vague})(?:\s+(?:de|of)\s+(?:{vague}))*"
        before = _alt(self._words(self.units, "position", "before", "both"))
        after = _alt(self._words(self.units, "position", "after", "both"))
        mods = _alt(self._words(self.modifiers, "position", "before"))
        post = _alt(self._words(self.modifiers, "position", "after"))
        opens, joins = _alt(self.roles["range_open"]), _alt(self.roles["range_join"])
        self.pattern = re.compile(
            rf"(?<![\w.,/:@#-])(?:(?P<mod>{mods})\s+)?(?:(?P<open>{opens})\s+)?"
            rf"(?:(?P<cur>{before})\s*)?"
            rf"(?:(?P<vague>{vague_chain})|(?P<neg>[-−](?=\d))?(?P<n1>{number})"
            rf"(?:(?:\s*(?P<u1>{after}))?(?:\s*[-–]\s*|\s+(?P<join>{joins})\s+)(?:{before})?\s*"
            rf"(?P<n2>{number}))?)"
            rf"(?:\s*(?P<of>de\s+|of\s+|del\s+)?(?P<unit>{after}))?"
            rf"(?:\s+(?P<post>{post}))?"
            rf"(?![\w°ºª]|[:.,/]\d|\.[ºª]|\s*[ap]\.?m\.?(?!\w))",
            re.IGNORECASE,
        )
        triggers = _alt([*self.numbers, *self._words(self.units, "position", "before", "both")])
        self._trigger = re.compile(rf"\d|(?<![\w])(?:{triggers})", re.IGNORECASE)
        blockers = _alt(self.roles["blocker"])
        self._blocker = re.compile(rf"(?<![\w])(?:{blockers})\s*$", re.IGNORECASE)
        streets = _alt(self.roles.get("street", set())) or r"(?!x)x"
        self._street = re.compile(rf"(?<![\w])(?:{streets})\s+(?:(?:d[aoe]s?|del)\s+)?(?-i:[A-ZÀ-Ý])"
                                  rf"[^,\n]{{0,40}},\s*$", re.IGNORECASE)

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        masked = [m.span() for m in _URL.finditer(text)] + [m.span() for m in _PHONE.finditer(text)]
        masked += [(d.start, d.end) for d in doc._.dates or []]
        starts = [token.idx for token in doc]
        quantities = []
        for pos, endpos in find_windows(self._trigger, text):
            while match := self.pattern.search(text, pos, endpos):
                if match.group("open") and not match.group("n2"):
                    pos = match.end("open")  # "de 5km": a preposition, not a range opener
                    continue
                quantity = self._build(doc, match, masked, starts)
                if quantity is not None:
                    quantities.append(quantity)
                pos = match.end()
        doc._.quantities = sorted(quantities, key=lambda q: (q.start, q.end))
        return doc

    def _build(
        self, doc: Doc, match: re.Match[str], masked: list[tuple[int, int]], starts: list[int]
    ) -> Quantity | None:
        if any(s < match.end() and match.start() < e for s, e in masked):
            return None
        parsed = self._parse(match)
        if parsed is None or self._is_identifier(doc, match, parsed[0]):
            return None
        value, value_max, multiplied = parsed
        unit = self._unit(match)
        if match.group("u1") and self.units[_norm(match.group("u1"))]["unit"] != unit:
            return None  # "entre 4,75% e 5%" repeats the unit; "5% e 10 mil" is two amounts
        factor = self._factor(match)
        value, value_max = value * factor, value_max and value_max * factor
        if unit == "m" and match.group("cur"):
            value, value_max, unit = value * 1e6, value_max and value_max * 1e6, None
        unit = self._normalise_currency(match) or unit
        end = match.end() if match.group("unit") or match.group("post") else match.end(
            "vague" if match.group("vague") else ("n2" if match.group("n2") else "n1"))
        if match.group("of") and not (multiplied or match.group("vague")):
            return None
        # A unit or currency already says what is measured: only counts get an object.
        found = None if unit else self._object(
            doc, end, starts, skip_connector=bool(multiplied or match.group("vague")))
        return Quantity(
            start=match.start(), end=end, text=match.string[match.start():end], value=value,
            value_max=value_max, modifier=self._modifier(match), unit=unit,
            object=match.string[found[0]:found[1]] if found else None,
            object_start=found[0] if found else None, object_end=found[1] if found else None,
        )

    def _parse(self, match: re.Match[str]) -> tuple[float, float | None, bool] | None:
        if match.group("vague"):
            value = 1.0
            for word in re.split(r"\s+(?:de|of)\s+", match.group("vague"), flags=re.IGNORECASE):
                value *= float(self.numbers[word.lower()]["value"])
            return value, None, True
        first = self._parse_number(match.group("n1"))
        if first is None:
            return None
        if match.group("neg"):
            first = (-first[0], first[1])
        if not match.group("n2"):
            return first[0], None, first[1]
        second = self._parse_number(match.group("n2"))
        if second is None or second[0] <= first[0]:
            return None
        low = first[0]
        leading = self._parse_number(re.findall(rf"{self._digits}|[^\W\d_]+", match.group("n2"))[0])
        if second[1] and not first[1] and leading and low < leading[0]:
            # "20 a 30 mil": the multiplier of the upper end applies to both ends.
            low *= second[0] / leading[0]
        return low, second[0], first[1] or second[1]

    def _parse_number(self, written: str) -> tuple[float, bool] | None:
        """Value of digits and number words ("2,5 mil milhões"); True if a multiplier was used."""
        parts = re.findall(rf"{self._digits}|[^\W\d_]+", written)
        total, current, multiplied = 0.0, 0.0, False
        for index, part in enumerate(parts):
            if part[0].isdigit():
                number = parse_digits(part, self.lang)
                if number is None:
                    return None
                current += number
                continue
            row = self.numbers.get(part.lower())
            if row is None:
                continue  # the "e/and/y" joining number words
            value = float(row["value"])
            if row["kind"] == "multiplier" or (row["kind"] == "vague" and index > 0):
                multiplied = True
                if value > total + current:
                    total, current = ((total + current) or 1) * value, 0.0
                else:
                    total, current = total + (current or 1) * value, 0.0
            elif len(parts) == 1 and row["standalone"] == "0":
                return None
            else:
                current += value
        return total + current, multiplied

    def _is_identifier(self, doc: Doc, match: re.Match[str], value: float) -> bool:
        bare = not (match.group("mod") or match.group("cur") or match.group("unit")
                    or match.group("vague") or match.group("n2") or match.group("post"))
        written = match.group("n1") or ""
        window = match.string[max(0, match.start() - 20): match.start()]
        if self._blocker.search(window):
            return True
        if written[:1].isupper() and window.rstrip()[-1:] not in ("", ".", "!", "?", ":", '"',
                                                                   "“", "(", "—", "-"):
            return True  # "Rua Sete de Setembro": a capitalised number word inside a name
        if not bare or not written[:1].isdigit() or not written.isdigit():
            return False
        if self._street.search(match.string, max(0, match.start() - 60), match.start()):
            return True  # "Rua Costa Aguiar, 590": a house number
        if len(written) == 4 and 1900 <= value <= 2100:
            # A year the dates component had no context for, unless it counts: "2000 soldados".
            return not counts_a_noun(match.string, match.end(), stop=self.stop,
                                     verb_suffixes=self.verb_suffixes)
        after = match.string[match.end(): match.end() + 1]
        line_start = match.string.rfind("\n", 0, match.start()) + 1
        if not match.string[line_start: match.start()].strip() and after in (".", ")"):
            return True  # a numbered list item: "1. Informação tecnológica"
        if window.endswith("(") and after == ")":
            return True
        previous = re.search(r"(\S+)\s+$", window)
        return bool(previous and previous.group(1)[:1].isupper() and previous.group(1).isalpha()
                    and not re.search(r"[.!?]\s*\S+\s+$", window)
                    and match.start() - len(previous.group(0)) > 0)

    def _unit(self, match: re.Match[str]) -> str | None:
        written = match.group("unit")
        return self.units[_norm(written)]["unit"] if written else None

    def _factor(self, match: re.Match[str]) -> float:
        written = match.group("unit")
        return float(self.units[_norm(written)].get("factor") or 1) if written else 1.0

    def _normalise_currency(self, match: re.Match[str]) -> str | None:
        written = match.group("cur")
        return self.units[_norm(written)]["unit"] if written else None

    def _modifier(self, match: re.Match[str]) -> Modifier:
        if match.group("n2"):
            return "range"
        if match.group("vague"):
            return "vague"
        n1 = (match.group("n1") or "").lower()
        first = self.numbers.get(n1.split()[0]) if n1 and not n1[0].isdigit() else None
        if first and first["kind"] == "multiplier" and float(first["value"]) >= 1e6:
            return "vague"  # "milhões de pessoas": a multiplier with no number before it
        for group in ("mod", "post"):
            if match.group(group):
                return cast(Modifier, self.modifiers[_norm(match.group(group))]["modifier"])
        return "exact"

    def _object(
        self, doc: Doc, end: int, starts: list[int], *, skip_connector: bool
    ) -> tuple[int, int] | None:
        i = bisect_left(starts, end)
        connectors = self.roles.get("connector", set())
        if skip_connector and i < len(doc) and doc[i].lower_ in connectors:
            i += 1
            if i < len(doc) and doc[i].lower_ in self.roles.get("article", ()):
                i += 1  # "10% de los votos" -> "votos"
        words: list[Token] = []
        j = i
        while j < len(doc) and len(words) < _MAX_OBJECT_WORDS:
            token = doc[j]
            if words and token.lower_ in connectors and j + 1 < len(doc) \
                    and doc[j + 1].text[:1].islower() and self._is_content(doc[j + 1], head=False):
                # "contêineres de munição"; "municípios de Goiás" stops at the proper name.
                words += [token, doc[j + 1]]
                j += 2
                continue
            if words and token.text in "-‐" and not doc[j - 1].whitespace_ and j + 1 < len(doc):
                words.append(token)
                j += 1
                continue
            if not self._is_content(token, head=not words):
                break
            words.append(token)
            j += 1
            if self.lang == "en" and self._is_plural(token):
                break  # English heads come last: "North Korean troops" (not "troops available")
        while words and (words[-1].text in "-‐" or words[-1].lower_ in connectors):
            words.pop()
        if self.lang == "en" and len(words) > 1 and words[-1].lower_.endswith(self.verb_suffixes):
            words.pop()
        if not words:
            return None
        return words[0].idx, words[-1].idx + len(words[-1].text)

    @staticmethod
    def _is_plural(token: Token) -> bool:
        low = token.lower_
        return len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is"))

    def _is_content(self, token: Token, *, head: bool) -> bool:
        low = token.lower_
        if not _WORD.match(token.text) or low in self.roles.get("stop", ()) \
                or low in self.roles.get("connector", ()):
            return False
        if low in self.numbers or low in self.modifiers:
            return False
        if not head and self.lang != "en" and low.endswith(self.verb_suffixes):
            return False
        return True


@Language.factory("etl_quantities")
def make_quantities(nlp: Language, name: str) -> QuantitiesComponent:
    """Build the etl_quantities component for `nlp.lang` (reference tables are read once)."""
    return QuantitiesComponent(nlp, name)
