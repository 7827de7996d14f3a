"""The etl_currencies component: money in a currency word that several countries share.

`units.csv` reads "pesos" as MXN and "$" as USD. In an article about one country that uses
the word, or from an outlet at home there, it is that country's money instead
(`currency_countries.csv`):

- by the text ("pesos"): the country the article is about, from its actors' mentions (at least
  `_DOMINANT_MIN`, and `_DOMINANT_RATIO` times the next country's), else the outlet's home
  country ("2,5 billones de pesos" in an article on Argentina is ARS);
- by the outlet ("$"): the outlet's home country only. "$" is dollars in a US outlet's story
  about Argentina, and pesos in Clarín's; in an English wire's story it is the US dollar,
  wherever the story is datelined ("SINGAPORE (Reuters) - $4,870" is USD). From an outlet of
  no known country, a Spanish or Portuguese story's "$" is read by the text, as above; an
  English one's only when its places are clearly in one country.

Runs after etl_actors, which leaves the home country in `doc.user_data["etl.home_country"]`.
Only the unit changes; the quantity keeps its span and value.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from etl.extract.components._actors_resolve import clear_leader
from etl.extract.patterns import doc_text
from etl.extract.reference import read_table
from etl.models import Actor, Quantity

_DOMINANT_MIN, _DOMINANT_RATIO = 2, 2


@cache
def _rules() -> dict[str, list[tuple[re.Pattern[str], str, dict[str, str]]]]:
    """Default unit -> [(pattern of the written word, by, {country: unit})]."""
    grouped: dict[tuple[str, str, str], dict[str, str]] = {}
    for row in read_table("currency_countries"):
        grouped.setdefault((row["word"], row["default"], row["by"]), {})[row["country"]] = row["unit"]
    rules: dict[str, list[tuple[re.Pattern[str], str, dict[str, str]]]] = {}
    for (word, default, by), units in grouped.items():
        # The word ends the amount ("500 pesos", not "500 pesos mexicanos"), precedes its number
        # ("Rs 190") or a rate ("8,5 billones de pesos al año": the `rate` group, see __call__).
        pattern = re.compile(r"(?<![A-Za-z])\$(?![A-Za-z])" if word == "$" else  # "$US100", "$F25" name theirs
                             # "65.9 US cents" are American whatever the outlet
                             r"(?<!US\s)(?<!U\.S\.\s)(?<!American\s)(?<!americanos\s)"
                             # (a mark after the amount may follow its letters: "1.2 trillion/-")
                             + (_NO_LETTER_BEFORE if word[:1].isalpha() else "") + re.escape(word) +
                             r"(?:$|(?=\s*\d)|(?P<rate>(?![^\W\d_])))",
                             re.IGNORECASE)
        rules.setdefault(default, []).append((pattern, by, units))
    return rules


_NO_LETTER_BEFORE = r"(?<![^\W\d_])"


def _money(unit: str | None) -> str:
    """The currency of a unit, without a rate's period ("USD/month" -> "USD")."""
    return (unit or "").partition("/")[0]


def article_country(actors: list[Actor]) -> str | None:
    """The country an article is about: the one its actors' mentions name most, if clearly.

    Examples:
        >>> from etl.models import Mention
        >>> def actor(country, n):
        ...     return Actor(actor_id=f"country:{country.lower()}", name=country, type="country",
        ...                  country=country, mentions=[Mention(start=i, end=i + 1, text="x") for i in range(n)])
        >>> article_country([actor("ARG", 3), actor("USA", 1)])
        'ARG'
        >>> article_country([actor("ARG", 2), actor("USA", 2)]) is None
        True
    """
    counts = Counter({a.country: 0 for a in actors if a.country})
    for a in actors:
        if a.country:
            counts[a.country] += len(a.mentions)
    return clear_leader(counts, _DOMINANT_MIN, _DOMINANT_RATIO)


def _only_named(actors: list[Actor], units: dict[str, str]) -> str | None:
    """The one country among `units`' that the article names at all, if only one: "K40 million"
    in a story that names Papua New Guinea and no other country of the kina's "K"."""
    named = {a.country for a in actors if a.country in units}
    return named.pop() if len(named) == 1 else None


_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def _named_in_sentence(doc: Doc, quantity: Quantity, units: dict[str, str], *, located: bool = False) -> str | None:
    """The one country among `units`' that the amount's own sentence names: "O Tesouro de Cabo
    Verde já injetou 4,5 mil milhões de escudos" is CVE, whatever the outlet's home. `located`:
    only a place named after "in" ("In Sydney, a $600,000 mortgage"), and nearer this amount
    than one in another currency ("raised C$45 million in Toronto and plans to spend $60
    million": Toronto is where the first was raised)."""
    text = doc_text(doc)
    opened = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, quantity.start - 400), quantity.start)),
                 default=max(0, quantity.start - 400))
    closed = _SENTENCE_END.search(text, quantity.end)
    end = closed.start() if closed else len(text)
    kinds = ("country", "location") if located else ("country", "location", "organization")  # "Banco de Cabo Verde"
    named = {a.country for a in doc._.actors or [] if a.country in units and a.type in kinds
             and any(opened <= m.start and m.end <= end
                     and (not located or a.type == "location" and _IN_PLACE.search(text, max(0, m.start - 4), m.start)
                          # (not past a comma after the amount: "$110 million last year, with most
                          # pearls sold at auctions in Hong Kong" is paid at home)
                          and (m.start < quantity.start or "," not in text[quantity.end:m.start])
                          and not _nearer_money(doc._.quantities, quantity, m.start, m.end))
                     for m in a.mentions)}
    return named.pop() if len(named) == 1 else None


def _nearer_money(quantities: list[Quantity], quantity: Quantity, start: int, end: int) -> bool:
    """Whether an amount written in another currency than `quantity` ("C$45 million" before a
    "$") stands nearer the place at `start:end`: the place is where that one was paid."""
    def gap(q: Quantity) -> int:
        return start - q.end if q.end <= start else q.start - end
    ours, own = gap(quantity), _money(quantity.unit)
    return any(len(money := _money(q.unit)) == 3 and money.isupper() and money != own and gap(q) < ours
               for q in quantities)  # (a currency's code: "CAD", "CAD/month"; not "km")


_IN_PLACE = re.compile(r"\b[Ii]n $")  # "In Sydney, a borrower …": where the money is paid

# Francs of today, which a bare "francs" after one of them in the story means (the French franc
# of the default has not been paid since 2002).
_FRANCS = frozenset({"XOF", "XAF", "CHF", "CDF", "GNF", "RWF", "BIF", "DJF", "KMF"})


def _same_francs(quantities: list[Quantity]) -> list[Quantity]:
    """A bare "francos/francs" (FRF by default) is the one franc of today the story names:
    "375 francos CFA …, mas oferecem menos 50 francos" is XOF."""
    named = {_money(q.unit) for q in quantities} & _FRANCS
    if len(named) != 1 or not any(_money(q.unit) == "FRF" for q in quantities):
        return quantities
    franc = named.pop()
    return [q.model_copy(update={"unit": franc + (q.unit or "")[3:]}) if _money(q.unit) == "FRF"
            and not _FRENCH.search(q.text) else q for q in quantities]


_WORDS = re.compile(r"[^\W\d_]+")


@cache
def _scale_words() -> frozenset[str]:
    """The words of a bare amount, which names no currency of its own ("220", "14 millones",
    "1.4m"): number_words.csv's multipliers, and the letters "m" and "k"."""
    return frozenset(row["word"].lower() for row in read_table("number_words") if row["kind"] == "multiplier") \
        | {"m", "k"}
def _names_no_currency(text: str) -> bool:
    """Whether an amount's `text` writes no currency of its own: a number with scale words
    ("220", "14 millones", "1.4m"), after lower-case words of a modifier ("más de 10 millones";
    not "USD 5" or "US$ 5")."""
    first = next((i for i, char in enumerate(text) if char.isdigit()), len(text))
    before = text[:first].split()
    return all(word.isalpha() and word.islower() for word in before) \
        and _scale_words().issuperset(_WORDS.findall(text[first:].lower()))


_FRENCH = re.compile(r"franceses|french|franç|franc[eé]s\b", re.IGNORECASE)


class CurrenciesComponent:
    """Give a shared currency word the currency of the article's country."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.rules = _rules()

    def __call__(self, doc: Doc) -> Doc:
        quantities = doc._.quantities
        if not quantities or not any(_money(q.unit) in self.rules for q in quantities):
            return doc
        home = doc.user_data.get("etl.home_country")
        about: list[str | None] = []  # computed once, when first needed
        changed: list[Quantity] = []
        unwritten: list[int] = []  # amounts whose currency word is another amount's ("de 220 para 440 escudos")
        resolved: dict[str, set[str]] = {}
        for quantity in quantities:
            money, _, per = (quantity.unit or "").partition("/")
            unit = money
            if money in self.rules and _names_no_currency(quantity.text):
                unwritten.append(len(changed))
            for pattern, by, units in self.rules.get(money, ()):
                found = pattern.search(quantity.text)
                if found is None or (found.groupdict().get("rate") is not None and not per):
                    continue
                if by == "text":
                    if not about:
                        about.append(article_country(doc._.actors or []))
                    country = about[0] if about[0] in units \
                        else _named_in_sentence(doc, quantity, units) or (home if home in units else None) \
                        or _only_named(doc._.actors or [], units) or home
                else:
                    country = doc.user_data.get("etl.outlet_country", home)
                    if country is None:
                        # An outlet of no known country: the "$" of the country the story is about
                        # ("El Gobierno de Salta, en Argentina, cobrará unos $ 6.000 millones" is
                        # ARS). Places only: a foreign engineer's nationality says nothing of the
                        # money. In English only where the story's places are clearly in one
                        # country ("The Halifax shipyard in Nova Scotia will receive $80 million"):
                        # else the dollar is the American one.
                        places = [a for a in doc._.actors or [] if a.type in ("country", "location")]
                        country = article_country(places) if doc.lang_ == "en" \
                            else _named_in_sentence(doc, quantity, units) or article_country(places) \
                            or _only_named(places, units)
                    if country in units and country != "USA" and doc.lang_ == "en" \
                            and (named := _named_in_sentence(doc, quantity, {**units, "USA": money},
                                                             located=True)) is not None:
                        # "In Sydney, a $600,000 mortgage" on RNZ: the dollar of the one country whose
                        # place the sentence names (an American outlet writes its own dollar; a Latin
                        # American one its peso; "Hong Kong's MTR" names an owner, not where it is paid)
                        country = named
                unit = units.get(country or "", money)
                resolved.setdefault(money, set()).add(unit)
                break
            if unit == money:
                changed.append(quantity)
                continue
            unit = f"{unit}/{per}" if per else unit  # a rate: "$90 a month" is AUD/month in Australia
            changed.append(quantity.model_copy(update={"unit": unit}))
        for i in unwritten:
            money, _, per = (changed[i].unit or "").partition("/")
            if len(units_of := resolved.get(money, set())) == 1 and (unit := next(iter(units_of))) != money:
                changed[i] = changed[i].model_copy(update={"unit": f"{unit}/{per}" if per else unit})
        doc._.quantities = _same_francs(changed)
        return doc


@Language.factory("etl_currencies")
def make_currencies(nlp: Language, name: str) -> CurrenciesComponent:
    """Build the etl_currencies component."""
    return CurrenciesComponent(nlp, name)
