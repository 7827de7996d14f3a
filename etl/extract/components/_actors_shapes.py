"""Rule 3 of the etl_actors component, shape tests: what a run of capitalised units looks like.

Each test reads one fact about a run or the words around it (a person-shaped name, an event,
a portfolio after "of", an English employer before a title, a dateline, a company suffix) for
the typing rules in `actors.py`.
"""

from __future__ import annotations

import re
from typing import Any

from etl.extract.components._actors_descriptions import POSSESSIVE
from etl.extract.components._actors_gazetteer import Gazetteer, Hit, slugify
from etl.extract.components._actors_units import ActorSet, Unit, Units
from etl.extract.patterns import DocTokens

_ARTICLES = frozenset({"the", "la", "el", "los", "las"})
_AGENCY = re.compile(r"\((?:[A-Z][\w.]* ?){1,3}\) *[-—–]")


class NameShapes:
    """Mixed into the per-doc actor state, whose attributes it reads."""

    c: Any
    gaz: Gazetteer
    tok: DocTokens
    text: str
    texts: list[str]
    n: int
    units: Units
    actors: ActorSet
    lower_words: set[str]
    hit_start: dict[int, Hit]
    hit_end: dict[int, Hit]
    titles: dict[int, tuple[str, str | None, int]]

    def _lower(self, i: int) -> str:
        raise NotImplementedError

    def _span(self, start: int, end: int) -> tuple[int, int, str]:
        raise NotImplementedError

    def _org_country(self, end: int, kinds: tuple[str, ...] = ("country", "place")) -> tuple[int, str | None]:
        raise NotImplementedError

    def _name_words(self, run: list[Unit]) -> bool:
        """Name-shaped words ("Dick Brass", "Theo Angelopoulos"): capitalised words with no
        particle or connector between them, none of them written in lower case in the article."""
        suffixes = self.c.noun_suffixes
        words = [u.text.partition("-")[2] if u.text[:1].islower() else u.text for u in run]  # "al-Hayya"
        return all(len(w) > 1 and w[1:].islower() and w.lower() not in self.lower_words
                   and w not in self.c.connectors and not w.endswith(suffixes) for w in words)

    def _employer(self, end: int) -> bool:
        """English puts the employer before a title and a name ("Cal Fire spokesman Jason
        Hall", "Quarrow CEO Ana Lind"): the name before the title is an organisation. Not
        before a minister or secretary, whose portfolio comes first ("Energy Minister")."""
        title = self.titles.get(end)
        return title is not None and title[0] in self.c.employer_titles and title[2] < self.n \
            and self.texts[title[2]][:1].isupper()

    def _surname_recurs(self, run: list[Unit]) -> bool:
        """A sentence-initial pair is a name when its last word comes back alone mid-sentence
        ("Novak Djokovic beat ... Djokovic said"), unless its first word ends like a verb:
        Portuguese and Spanish often open a sentence with one ("Fiz Filosofia cá em Braga")."""
        last, units = run[-1], self.units
        if run[0].text.endswith(self.c.verb_endings) or run[0].text.lower() in self.c.adverbs:
            return False
        return any(text == last.text and not (run[0].start <= k < last.end) and not units.at(k).initial
                   and units.end_of(k) == k + 1 for k, text in enumerate(self.texts))

    def _is_dateline(self, run: list[Unit]) -> bool:
        """Capitals that open the text and are followed by a comma or a dash name the place
        the story was filed from."""
        first, last = run[0], run[-1]
        if not all(unit.text.isupper() for unit in run) or last.end >= self.n \
                or self.texts[last.end] not in (",", "—", "–", "("):
            return False
        if self.texts[last.end] == "(" and not _AGENCY.match(self.text, self.tok.idx[last.end]):
            return False  # "GENEVA (Reuters) -", not a heading "CONCURSO (UMA VAGA)"
        return first.start == 0 or (first.start == 1 and bool(self.tok.is_space[0]))

    def _extend_by_suffix(self, run: list[Unit]) -> bool:
        """A run of company suffixes ("Inc.", "Co. Ltd.", "Group Inc.") right after a known
        organisation is part of its mention, not an organisation of its own."""
        if not all(unit.text in self.c.org_suffixes for unit in run):
            return False
        k = run[0].start - (self.texts[run[0].start - 1] == "&")
        hit = self.hit_end.get(k)
        if hit is None or hit.entry.kind != "org" or not self.tok.ws[k - 1] and k == run[0].start:
            return False
        record = self.actors.by_id.get(f"{hit.entry.actor_type}:{slugify(hit.entry.name)}")
        old = self._span(hit.start, hit.end)
        if record is None or (old[0], old[1]) not in record["mentions"]:
            return False
        del record["mentions"][(old[0], old[1])]
        span = self._span(hit.start, run[-1].end)
        record["mentions"][(span[0], span[1])] = span[2]
        return True

    def _owned(self, start: int) -> bool:
        """English never puts an article or a possessive before a person's name ("the Red
        Bulls", "Musk's SpaceX", "Bezos' Blue Origin"); other languages do ("o Freitas do Amaral")."""
        if self.c.lang != "en" or start == 0:
            return False
        place = self.hit_end.get(start)
        if place and place.entry.kind in ("country", "place"):
            start = place.start  # "the New York Red Bulls"
        before = self._lower(start - 1)
        if before in POSSESSIVE or before in ("'", "’"):
            # "Musk's SpaceX" is a thing of a person; "Britain's Keir Starmer" is a person.
            owner_end = self.tok.ends[start - 2] if start > 1 else -1
            return any(record["type"] == "person" and any(end == owner_end for _, end in record["mentions"])
                       for record in self.actors.by_id.values())
        return before in _ARTICLES or before in ("a", "an")

    def _is_event(self, run: list[Unit]) -> bool:
        """A competition, law or event ("European Championship", "Copa de Europa")."""
        words = [unit.text.lower() for unit in run]
        if len(run) == 1:
            return words[0] in self.c.event_heads and not run[0].initial
        if run[0].text in self.gaz.first_names:
            return False  # "José Guerra", "Carlos Prémio": a surname that is an event word
        if not self.c.event_words.isdisjoint(words):
            return True
        padded = f" {' '.join(words)} "
        return any(phrase in padded for phrase in self.c.event_phrases)

    def _event_span(self, start: int, end: int) -> tuple[int, int]:
        """The event's name with a place before it ("Rome Statute") or after "de/of" ("Copa de Europa")."""
        before = self.hit_end.get(start)
        if before and before.entry.kind in ("country", "place") and self.tok.ws[start - 1]:
            start = before.start
        end = self._org_country(end)[0]
        span = self._span(start, end)
        return span[0], span[1]

    def _after_link(self, start: int) -> bool:
        """Capitalised words after "of/da/para la" name a portfolio or a field ("ministra da
        Administração Interna", "Bureau of Labor Statistics"), not a person."""
        k = start - 1
        if self._lower(k) in _ARTICLES or self._lower(k) in ("a", "o", "as", "os"):
            k -= 1
        if not (self._lower(k) in self.c.links or self._lower(k) in ("para", "for")) or k < 1:
            return False
        # Only after a title or a name ("a mulher de Carlos Silva" is a person).
        title = self.hit_end.get(k)
        return (title is not None and title.entry.kind == "title") or self.texts[k - 1][:1].isupper() \
            or self.tok.lower[k - 1] in ("e", "y", "and")

    def _person_shape(self, run: list[Unit], facts: dict[str, Any]) -> bool:
        first = run[0]
        hyphenated = any(unit.is_hyphenated_given for unit in run)
        return first.text in self.gaz.first_names or hyphenated or facts["cue_after"]
