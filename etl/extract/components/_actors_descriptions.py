"""Rule 2 of the etl_actors component: organisation descriptions.

An institution noun tied to a country ("a agência de espionagem da Coreia do Sul", "South
Korea's spy agency", "el ejército ruso") is an organisation with that country; a later "a
agência" refers back to it.
"""

from __future__ import annotations

from itertools import compress, count
from typing import Any

from spacy.tokens import Doc

from etl.extract.components._actors_gazetteer import Gazetteer, Hit, slugify
from etl.extract.components._actors_units import ActorSet
from etl.extract.patterns import DocTokens

POSSESSIVE = frozenset({"'s", "’s"})


class DescriptionRules:
    """Mixed into the per-doc actor state, whose attributes it reads."""

    c: Any
    doc: Doc
    tok: DocTokens
    text: str
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
        tok, describing = self.tok, self.gaz.describing_heads
        # the last word of a head of several words ("air force", "coast guard") stands for it
        lasts = {head.rsplit(" ", 1)[1]: head for head in describing if " " in head}
        heads: list[tuple[str, str, int]] = []  # (head word, actor id, end char)
        for i in compress(count(), map(lambda w: w in describing or w in lasts, tok.lower)):  # the few head words
            low = tok.lower[i]
            if not tok.texts[i][:1].islower():
                continue
            first = i
            if low not in describing:
                words = lasts[low].split()
                first = i + 1 - len(words)
                if first < 0 or tok.lower[first:i + 1] != words:
                    continue
            found = self._description_after(first) or self._description_before(i)
            if found:
                start, end, phrase, country = found
                actor_id, name = self._description_actor(phrase, country, self._span(start, end)[2])
                self.actors.add(actor_id, "organization", name, self._span(start, end), country=country)
                heads.append((low, actor_id, tok.idx[end - 1]))
            elif heads and self._lower(i - 1) in self.c.determiners and self._lower(i + 1) not in self.c.links:
                earlier = [h for h in heads if h[0] == low and h[2] < tok.idx[i]]
                if earlier:
                    self.actors.add(earlier[-1][1], "organization", None, self._span(i, i + 1))

    def _description_after(self, i: int) -> tuple[int, int, str, str | None] | None:
        tok, k = self.tok, i + 1
        texts, n = tok.texts, len(tok.texts)
        while k < n and k - i <= 3:
            hit = self.hit_start.get(k)
            if hit and hit.entry.kind == "demonym":
                return i, hit.end, self._text(i, k).lower(), hit.entry.country
            nxt = self.hit_start.get(k + 1)
            if self._lower(k) in self.c.links and nxt and nxt.entry.kind == "country":
                return i, nxt.end, self._text(i, k).lower(), nxt.entry.country
            if (hit and hit.entry.kind == "org") or (texts[k][:1].isupper() and k not in self.hit_at):
                self.described[k] = i
                return None
            if not (tok.is_alpha[k] and texts[k].islower()) or k in self.hit_at \
                    or (tok.is_stop[k] and tok.lower[k] not in self.c.links) \
                    or tok.lower[k] in self.c.speech_verbs:
                return None
            k += 1
        return None

    def _description_before(self, i: int) -> tuple[int, int, str, str | None] | None:
        k = i
        while k > 0 and i - k <= 2:
            hit = self.hit_end.get(k)
            if hit and hit.entry.kind == "demonym":
                return hit.start, i + 1, self._text(k, i + 1).lower(), hit.entry.country
            owner = self.hit_end.get(k - 1)
            if self._lower(k - 1) in POSSESSIVE and owner and owner.entry.kind == "country":
                return owner.start, i + 1, self._text(k, i + 1).lower(), owner.entry.country
            if self.c.lang == "en" and k < i + 1 and hit and hit.entry.kind in ("country", "place") \
                    and not hit.entry.capital and hit.entry.country:
                return hit.start, i + 1, self._text(k, i + 1).lower(), hit.entry.country  # "the Gaza health ministry"
            tok = self.tok
            if not (tok.is_alpha[k - 1] and tok.texts[k - 1].islower()) or tok.is_stop[k - 1] \
                    or k - 1 in self.hit_at:
                return None
            k -= 1
        return None

    def _text(self, start: int, end: int) -> str:
        """`doc[start:end].text` (start < end)."""
        return self.text[self.tok.idx[start]:self.tok.ends[end - 1]]

    def _description_actor(self, phrase: str, country: str | None, text: str) -> tuple[str, str]:
        known = self.gaz.descriptions.get((phrase, country or ""))
        if known:
            return f"organization:{slugify(known.name)}", known.name
        suffix = f"-{country.lower()}" if country else ""
        return f"organization:{slugify(phrase)}{suffix}", text
