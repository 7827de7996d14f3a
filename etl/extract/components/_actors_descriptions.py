"""Rule 2 of the etl_actors component: organisation descriptions.

An institution noun tied to a country ("a agência de espionagem da Coreia do Sul", "South
Korea's spy agency", "el ejército ruso") is an organisation with that country; a later "a
agência" refers back to it.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from etl.extract.components._actors_gazetteer import Gazetteer, Hit, slugify
from etl.extract.components._actors_units import ActorSet

POSSESSIVE = frozenset({"'s", "’s"})


class DescriptionRules:
    """Mixed into the per-doc actor state, whose attributes it reads."""

    c: Any
    doc: Doc
    gaz: Gazetteer
    actors: ActorSet
    hit_at: dict[int, Hit]
    hit_start: dict[int, Hit]
    hit_end: dict[int, Hit]
    described: dict[int, int]

    def _span(self, start: int, end: int) -> tuple[int, int, str]:
        raise NotImplementedError

    def _lower(self, i: int) -> str:
        raise NotImplementedError

    def _add_descriptions(self) -> None:
        doc, gaz = self.doc, self.gaz
        heads: list[tuple[str, str, int]] = []  # (head word, actor id, end char)
        for i, token in enumerate(doc):
            if not token.text[:1].islower() or token.lower_ not in gaz.describing_heads:
                continue
            found = self._description_after(i) or self._description_before(i)
            if found:
                start, end, phrase, country = found
                actor_id, name = self._description_actor(phrase, country, self._span(start, end)[2])
                self.actors.add(actor_id, "organization", name, self._span(start, end), country=country)
                heads.append((token.lower_, actor_id, doc[end - 1].idx))
            elif heads and self._lower(i - 1) in self.c.determiners and self._lower(i + 1) not in self.c.links:
                earlier = [h for h in heads if h[0] == token.lower_ and h[2] < token.idx]
                if earlier:
                    self.actors.add(earlier[-1][1], "organization", None, self._span(i, i + 1))

    def _description_after(self, i: int) -> tuple[int, int, str, str | None] | None:
        doc, k = self.doc, i + 1
        while k < len(doc) and k - i <= 3:
            hit = self.hit_start.get(k)
            if hit and hit.entry.kind == "demonym":
                return i, hit.end, doc[i:k].text.lower(), hit.entry.country
            nxt = self.hit_start.get(k + 1)
            if self._lower(k) in self.c.links and nxt and nxt.entry.kind == "country":
                return i, nxt.end, doc[i:k].text.lower(), nxt.entry.country
            if (hit and hit.entry.kind == "org") or (doc[k].text[:1].isupper() and k not in self.hit_at):
                self.described[k] = i
                return None
            token = doc[k]
            if not (token.is_alpha and token.text.islower()) or k in self.hit_at \
                    or (token.is_stop and token.lower_ not in self.c.links) \
                    or token.lower_ in self.c.speech_verbs:
                return None
            k += 1
        return None

    def _description_before(self, i: int) -> tuple[int, int, str, str | None] | None:
        k = i
        while k > 0 and i - k <= 2:
            hit = self.hit_end.get(k)
            if hit and hit.entry.kind == "demonym":
                return hit.start, i + 1, self.doc[k:i + 1].text.lower(), hit.entry.country
            owner = self.hit_end.get(k - 1)
            if self._lower(k - 1) in POSSESSIVE and owner and owner.entry.kind == "country":
                return owner.start, i + 1, self.doc[k:i + 1].text.lower(), owner.entry.country
            token = self.doc[k - 1]
            if not (token.is_alpha and token.text.islower()) or token.is_stop or k - 1 in self.hit_at:
                return None
            k -= 1
        return None

    def _description_actor(self, phrase: str, country: str | None, text: str) -> tuple[str, str]:
        known = self.gaz.descriptions.get((phrase, country or ""))
        if known:
            return f"organization:{slugify(known.name)}", known.name
        suffix = f"-{country.lower()}" if country else ""
        return f"organization:{slugify(phrase)}{suffix}", text
