"""The article's home country: where its outlet publishes, from `doc._.article`.

An outlet's country is known from `outlets.csv` (by domain, subdomains included) or from the
URL's country-code top-level domain (`countries.csv` rows of kind `tld`). It counts only when
the outlet writes in the article's language: a translated article (a Vietnamese outlet's story
in Portuguese) has no home country, and neither has an article without a URL.

An outlet of kind `international` (Al Jazeera English) writes for the world: it has no home
country but its dateline's. A wire agency's story (an outlet of kind `wire`, or any text
whose dateline credits an agency: "WASHINGTON, June 2 (Reuters) -") is at home where it was
filed: the dateline's country, and none when the dateline's place is unknown. "The State
Department said" in a Reuters story from Washington is the United States', not Britain's. So
is the story of an outlet that neither `outlets.csv` nor its domain places ("NAGPUR, Dec 1" on
a .com site we do not know).

An unqualified national institution ("Ministério da Saúde", "Polícia Federal", "Interior
Ministry") or a person with a national-government title ("ministra da Saúde", "governador")
whose country the text does not state belongs to the home country.
"""

from __future__ import annotations

from functools import cache
from urllib.parse import urlsplit

from etl.extract.reference import read_table, rows_for_language


@cache
def _outlet_countries() -> dict[str, tuple[str, str, str]]:
    return {row["domain"].lower(): (row["country"], row["language"], row["kind"]) for row in read_table("outlets")}


@cache
def _tld_countries() -> dict[str, tuple[str, str]]:
    return {row["text"].lower(): (row["iso3"], row["lang"])
            for row in read_table("countries") if row["kind"] == "tld"}


def home_country(url: str | None, language: str | None, *, dateline: str | None = None,
                 credited: bool = False) -> str | None:
    """The outlet's country if its language is the article's, else None. A wire story
    (`credited` to an agency in its dateline, or from a `wire` outlet that has a dateline) is
    at home in the `dateline` country (None if the place is unknown); `dateline` is None when
    the text has no dateline at all.

    Examples:
        >>> home_country("https://g1.globo.com/politica/x.ghtml", "pt")
        'BRA'
        >>> home_country("https://www.poder360.com.br/x/", "pt")
        'BRA'
        >>> home_country("https://vtcnews.vn/ong-kim.html", "pt") is None
        True
        >>> home_country("https://www.jornada.com.mx/x", "en") is None
        True
        >>> home_country("https://www.reuters.com/world/x", "en", dateline="USA", credited=True)
        'USA'
        >>> home_country(None, "en", dateline="UKR", credited=True)
        'UKR'
        >>> home_country("https://www.aljazeera.com/news/x", "en") is None
        True
        >>> home_country("https://www.infobae.com/mexico/2024/08/02/x/", "es")
        'MEX'
        >>> home_country("https://www.quelnews.com/x", "en", dateline="IND")
        'IND'
    """
    outlet = _outlet(url)
    if credited or (outlet is not None and outlet[2] in ("wire", "international") and dateline is not None):
        return dateline
    if outlet is not None:
        if outlet[2] == "international":
            return None  # a broadcaster for the world: its country is no default for its stories
        return outlet[0] if outlet[1] == language and outlet[0] else None
    if not url or not language:
        return None
    parts = (urlsplit(url).hostname or "").lower().rstrip(".").split(".")
    found = _tld_countries().get(parts[-1]) if len(parts) > 1 else None
    if found is None:
        return dateline  # an outlet we do not know, on a generic domain: at home where it files from
    return found[0] if found[1] == language else None


@cache
def _outlet_names() -> dict[str, str]:
    """Domain -> the outlet's name without its qualifier ("La Nación (Costa Rica)" -> "La Nación")."""
    return {row["domain"].lower(): row["name"].split(" (")[0] for row in read_table("outlets")}


def own_outlet(url: str | None) -> tuple[str, str] | None:
    """(name, country) of the outlet that published the article, if `outlets.csv` lists it.

    Examples:
        >>> own_outlet("https://www.nacion.com/economia/x.html")
        ('La Nación', 'CRI')
        >>> own_outlet("https://example.org/x") is None
        True
    """
    if not url:
        return None
    parts = (urlsplit(url).hostname or "").lower().rstrip(".").split(".")
    names = _outlet_names()
    domain = next((".".join(parts[i:]) for i in range(len(parts) - 1) if ".".join(parts[i:]) in names), None)
    found = _outlet(url)
    return (names[domain], found[0]) if domain is not None and found is not None and found[0] else None


def _outlet(url: str | None) -> tuple[str, str, str] | None:
    """(country, language, kind) of the URL's outlet in `outlets.csv`, if listed."""
    if not url:
        return None
    split = urlsplit(url)
    parts = (split.hostname or "").lower().rstrip(".").split(".")
    outlets = _outlet_countries()
    section = split.path.strip("/").partition("/")[0].lower()
    if section:  # an edition in a section of the site: "infobae.com/mexico"
        for i in range(len(parts) - 1):
            if (found := outlets.get(f"{'.'.join(parts[i:])}/{section}")) is not None:
                return found
    for i in range(len(parts) - 1):
        if (found := outlets.get(".".join(parts[i:]))) is not None:
            return found
    return None


@cache
def national_words(lang: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(institution heads, government titles, national adjectives) of one language, lowercase, from actor_words.csv."""
    words: dict[str, list[str]] = {"national_head": [], "national_title": [], "national_adjective": []}
    for row in rows_for_language("actor_words", lang):
        if row["kind"] in words:
            words[row["kind"]].extend(part.strip().lower() for part in row["text"].split("|") if part.strip())
    return tuple(tuple(sorted(v, key=len, reverse=True)) for v in words.values())  # type: ignore[return-value]


@cache
def supranational(lang: str) -> frozenset[str]:
    """Words of bodies above nations in one language, lowercase ("European Parliament", "Banco
    Interamericano de Desarrollo")."""
    return frozenset(part.strip().lower() for row in rows_for_language("actor_words", lang)
                     if row["kind"] == "supranational" for part in row["text"].split("|") if part.strip())


def is_national_institution(name: str, lang: str, links: set[str]) -> bool:
    """An unqualified national institution: a head, then nothing or "da/of <portfolio>".

    "Ministério da Saúde" and "Polícia Federal" are; "Banco Central Europeu" is not (an
    adjective qualifies it). English also puts the head last ("Interior Ministry").
    """
    lower = name.lower()
    heads, _, adjectives = national_words(lang)
    for head in heads:
        rest = lower[len(head) + 1:].split() if lower.startswith(head + " ") else []
        while rest and rest[0] in adjectives:
            rest = rest[1:]
        if lower == head or lower.startswith(head + " ") and (not rest or rest[0] in links):
            return True
        if lang == "en" and lower.endswith(" " + head) and " of " not in lower \
                and lower.split()[0] not in supranational("en"):
            return True  # "Interior Ministry"; not "European Parliament", "African Union"
    return False


def is_national_title(role: str, lang: str) -> bool:
    """A government office ("ministra da Saúde", "governador", "interior minister")."""
    lower = role.lower().removesuffix(" ii").removesuffix(" iii")  # "Finance Minister II"
    _, titles, _ = national_words(lang)
    return any(lower == t or lower.startswith(t + " ") or lower.endswith(" " + t) for t in titles)
