"""Notable people (`seeds/reference/people.csv`): canonical names and countries.

The gazetteer never adds a person the text does not name. A name the text writes in full, or
one of its listed aliases ("Lula", "AMLO", "Kim Jong Un"), resolves to the row's canonical
name, so the person has the same actor_id in every article, and to the row's country when the
text states none.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from etl.extract.components._actors_gazetteer import slugify, split_cell
from etl.extract.reference import read_table


@dataclass(frozen=True)
class Person:
    """One row of people.csv."""

    canonical: str
    country: str
    role: str


@cache
def people_index() -> dict[str, Person]:
    """Slug of every canonical name and alias -> its Person (the first row wins)."""
    index: dict[str, Person] = {}
    for row in read_table("people"):
        person = Person(row["canonical"], row["country"], row["role"])
        for name in (row["canonical"], *split_cell(row["aliases"])):
            index.setdefault(slugify(name), person)
    return index


def find_person(names: list[str]) -> Person | None:
    """The listed person any of `names` (longest first) is written as, or None.

    Examples:
        >>> find_person(["Andrés Manuel López Obrador"]).country
        'MEX'
        >>> find_person(["Lula"]).canonical
        'Luiz Inácio Lula da Silva'
        >>> find_person(["Ana Souza"]) is None
        True
    """
    index = people_index()
    for name in sorted(names, key=len, reverse=True):
        if (person := index.get(slugify(name))) is not None:
            return person
    return None


@cache
def listed_surnames() -> frozenset[str]:
    """The last words of the listed people's canonical names ("Musk", "Lula da Silva" -> "Silva").

    Examples:
        >>> "Musk" in listed_surnames()
        True
    """
    return frozenset(row["canonical"].split()[-1] for row in read_table("people"))
