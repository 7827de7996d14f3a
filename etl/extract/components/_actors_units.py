"""Per-doc building blocks of the etl_actors component: word units and the actor set."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from etl.models import Actor, Mention


@dataclass(slots=True)
class Unit:
    """Tokens `start:end` read as one word ("Jong-un", "Sr.")."""

    start: int
    end: int
    start_char: int
    end_char: int
    text: str
    initial: bool = False

    @property
    def is_cap(self) -> bool:
        text = self.text
        return text[:1].isupper() and (text[0].isalpha() or any(ch.isalpha() for ch in text))

    @property
    def is_acronym(self) -> bool:
        letters = self.text.replace(".", "")
        return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()

    @property
    def is_hyphenated_given(self) -> bool:
        parts = self.text.split("-")
        return len(parts) == 2 and parts[0][:1].isupper() and parts[1].isalpha()


class ActorSet:
    """Accumulates actors by id; a non-country actor is named by its longest form seen."""

    def __init__(self) -> None:
        self.by_id: dict[str, dict[str, Any]] = {}

    def add(self, actor_id: str, actor_type: str, name: str | None, span: tuple[int, int, str],
            *, country: str | None = None, role: str | None = None) -> None:
        first_name = name if actor_type in ("country", "person") and name else span[2]
        record = self.by_id.setdefault(
            actor_id, {"name": first_name, "type": actor_type, "country": None,
                       "role": None, "mentions": {}}
        )
        record["country"] = record["country"] or country
        record["role"] = record["role"] or role
        # Countries keep their reference name; others are named by their longest form here.
        longest = name if actor_type == "person" else span[2]
        if actor_type != "country" and longest and len(longest) > len(record["name"]):
            record["name"] = longest
        record["mentions"][(span[0], span[1])] = span[2]

    def drop_inside(self, containers: list[tuple[int, int]], *, keep: str | None = None) -> None:
        """Drop mentions strictly inside a container span (a place named within an
        organisation's or an event's name), and actors left without mentions; actors of
        type `keep` are never dropped."""
        if not containers:
            return
        for actor_id, record in list(self.by_id.items()):
            if record["type"] == keep:
                continue
            mentions = record["mentions"]
            for span in [m for m in mentions
                         if any(s <= m[0] and m[1] <= e and (s, e) != m for s, e in containers)]:
                del mentions[span]
            if not mentions:
                del self.by_id[actor_id]

    def to_models(self) -> list[Actor]:
        actors = []
        for actor_id, record in self.by_id.items():
            mentions = [Mention(start=s, end=e, text=t) for (s, e), t in sorted(record["mentions"].items())]
            actors.append(Actor(actor_id=actor_id, name=record["name"], type=record["type"],
                                country=record["country"], role=record["role"], mentions=mentions))
        return sorted(actors, key=lambda actor: (actor.mentions[0].start, actor.actor_id))
