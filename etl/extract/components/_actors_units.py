"""Per-doc building blocks of the etl_actors component: word units and the actor set."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import compress, count, repeat
from operator import itemgetter
from typing import Any

from etl.extract.components._actors_gazetteer import slugify
from etl.extract.patterns import DocTokens
from etl.models import Actor

_OPENERS = frozenset({'"', "“", "«", "„", "‘", "'", "(", "[", "—", "–", "-"})
_ENDERS = frozenset({".", "!", "?", ":", "…"})
_GLUED = frozenset({".", "-"})  # only a token glued to one of these can start a longer unit
_FIRST = itemgetter(slice(0, 1))
_FIRST_MENTION = itemgetter(0, 1)  # (start of the first mention, actor id) of a row of `to_models`
_ARTICLE_PREFIXES = frozenset({"al", "el", "ad", "ar", "as", "at", "an", "az", "ash", "ul", "ud"})
# Words after a hyphen that make a name into an adjective ("Cincinnati-based", "Kremlin-backed"):
# the name before the hyphen stays a unit of its own.
COMPOUND_TAILS = frozenset({"based", "born", "led", "backed", "owned", "run", "made", "controlled",
                            "funded", "listed", "registered", "headquartered", "bound", "era", "style"})


def _has_article_name(text: str) -> bool:
    """Whether an Arabic article is glued to a capitalised name somewhere ("al-Hayya"); a scan
    of the few hyphens, much cheaper than a regular expression over the whole text."""
    i = text.find("-", 2)
    while i != -1:
        if text[i + 1:i + 2].isupper() and text[max(i - 3, 0):i].lower().lstrip(" (\"'") in _ARTICLE_PREFIXES:
            return True
        i = text.find("-", i + 1)
    return False


# "d'A", "l'A" after no word character. The pattern begins with the apostrophe (the letter
# before it is looked behind for): the engine then skips to the next apostrophe in C instead
# of trying the pattern at every position (same matches, a quarter of the time).
# An alias the text gives a body after its name: ", known as ERCOT", ", conocida como la Sunat".
_KNOWN_AS = re.compile(r"\s*[,(]\s*(?:also\s+|more\s+commonly\s+)?(?:known|conhecid[oa]|conocid[oa])\s+(?:as|como)\s+"
                       r"(?:(?:the|o|a|el|la)\s+)?$", re.IGNORECASE)
_ELIDED = re.compile(r"['’](?<=\b[dl]['’])[A-ZÀ-Ý]")


def is_cap(text: str) -> bool:
    """A capitalised word: an upper-case first character, and a letter somewhere; or an elided
    particle before a capital ("d'Abreu", "l'Aigua")."""
    if text[:1] in ("d", "l") and text[1:2] in ("'", "’") and text[2:3].isupper():
        return True
    return text[:1].isupper() and (text[0].isalpha() or any(ch.isalpha() for ch in text))


@dataclass(slots=True)
class Unit:
    """Tokens `start:end` read as one word ("Jong-un", "Sr.")."""

    start: int
    end: int
    start_char: int
    end_char: int
    text: str
    lower: str  # `text.lower()`, read by most rules
    initial: bool = False

    @property
    def is_cap(self) -> bool:
        return is_cap(self.text)

    @property
    def is_acronym(self) -> bool:
        letters = self.text.replace(".", "")
        if "-" in letters:  # "PSIB-PSOE", "PSC-PSOE": joined bodies' initials ("EH-Bildu" is no acronym)
            parts = letters.split("-")
            # not a party and its state ("PL-SP", "MP-MG"): each part has three letters or more
            return all(3 <= len(p) <= 6 and p.isalpha() and p.isupper() for p in parts) and len(parts) <= 3
        return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()

    @property
    def is_hyphenated_given(self) -> bool:
        parts = self.text.split("-")
        return len(parts) == 2 and parts[0][:1].isupper() and parts[1].isalpha() and not self.is_acronym


class Units:
    """The doc's word units ("Jong-un", "Sr."), made on demand.

    Almost every token is a unit of its own; only a token glued to a following "." (after an
    honorific) or "-word" grows. Building a `Unit` for each of the ~600 tokens of an article
    cost more than all the rules that read them, so the glued units are found once from the
    few "." and "-" tokens, and a `Unit` is built (and kept) only when a rule asks for it.
    A unit is named by its first token.
    """

    __slots__ = ("tok", "n", "_end", "_start_of", "_made")

    def __init__(self, tokens: DocTokens, honorifics: set[str]) -> None:
        self.tok, self.n = tokens, len(tokens.texts)
        self._end: dict[int, int] = {}  # first token -> end token of a unit longer than one token
        self._start_of: dict[int, int] = {}  # a later token of such a unit -> its first token
        self._made: dict[int, Unit] = {}
        texts, ws, is_alpha, n = tokens.texts, tokens.ws, tokens.is_alpha, self.n
        free = 0  # every token from here on starts a unit until a glued one is found
        for k in compress(count(), map(_GLUED.__contains__, texts)):
            i = k - 1
            if i < free or ws[i]:
                continue
            j = i + 1
            if texts[i] in honorifics and texts[j] == ".":
                j += 1
            while j + 1 < n and not ws[j - 1] and texts[j] == "-" and not ws[j] and is_alpha[j + 1] \
                    and texts[j + 1] not in COMPOUND_TAILS:
                j += 2
            if j > i + 1:
                self._end[i] = j
                for inner in range(i + 1, j):
                    self._start_of[inner] = i
            free = j

    def cap_starts(self) -> list[int]:
        """First tokens of the units whose text starts with a capital letter, or with an Arabic
        article glued to a capitalised name ("al-Hayya", "el-Sisi"), in order."""
        caps = compress(count(), map(str.isupper, map(_FIRST, self.tok.texts)))  # loops in C
        start_of = self._start_of
        found = [i for i in caps if i not in start_of] if start_of else list(caps)
        if _ELIDED.search(self.tok.text):  # "Ricardo Viegas d'Abreu", "Agència Catalana de l'Aigua"
            found = sorted(found + [i for i, text in enumerate(self.tok.texts)
                                    if is_cap(text) and not text[:1].isupper() and i not in start_of])
        if not _has_article_name(self.tok.text):
            return found
        texts = self.tok.texts
        glued = [i for i in self._end if texts[i] in _ARTICLE_PREFIXES and texts[i + 2][:1].isupper()]
        # Tokenizers that keep hyphenated words whole ("al-Hayya" in Portuguese).
        glued += [i for i in compress(count(), map(str.__contains__, texts, repeat("-")))
                  if texts[i].partition("-")[0] in _ARTICLE_PREFIXES and texts[i].partition("-")[2][:1].isupper()]
        return sorted(found + glued) if glued else found

    def end_of(self, start: int) -> int:
        """The end token of the unit whose first token is `start`."""
        return self._end.get(start, start + 1)

    def text_at(self, start: int) -> str:
        """The text of the unit whose first token is `start` (without building the unit)."""
        end = self._end.get(start)
        if end is None:
            return self.tok.texts[start]
        return self.tok.text[self.tok.idx[start]:self.tok.ends[end - 1]]

    def at(self, start: int) -> Unit:
        """The unit whose first token is `start`."""
        unit = self._made.get(start)
        if unit is None:
            tok = self.tok
            end = self._end.get(start, start + 1)
            start_char, end_char = tok.idx[start], tok.ends[end - 1]
            if end == start + 1:
                text, lower = tok.texts[start], tok.lower[start]
            else:
                text = tok.text[start_char:end_char]
                lower = text.lower()
            unit = self._made[start] = Unit(start, end, start_char, end_char, text, lower, self._initial(start))
        return unit

    def text_before(self, unit: Unit) -> str | None:
        """The text of the unit right before `unit`, if any (without building that unit)."""
        if unit.start == 0:
            return None
        return self.text_at(self._start_of.get(unit.start - 1, unit.start - 1))

    def after(self, unit: Unit) -> Unit | None:
        """The unit right after `unit`, if any."""
        return self.at(unit.end) if unit.end < self.n else None

    def _initial(self, start: int) -> bool:
        """Whether the unit at `start` begins a sentence: the doc's first word, a word after a
        sentence end or a line break (quotes and brackets in between), or spaCy's sentence start."""
        tok = self.tok
        if tok.is_space[start]:
            return False
        if tok.texts[start] in _OPENERS:
            return self._state_before(start)
        return tok.sent_start[start] or self._state_before(start)

    def _state_before(self, start: int) -> bool:
        """Whether a sentence is open before the unit at `start`: look back past spaces and
        openers to the last word (a line break in between also opens one)."""
        tok, start_of = self.tok, self._start_of
        k = start - 1
        while k >= 0:
            first = start_of.get(k, k)
            word = tok.texts[first]
            if tok.is_space[first]:
                if "\n" in word:
                    return True
            elif word not in _OPENERS:
                return word in _ENDERS
            k = first - 1
        return True



def initials_of(name: str) -> str:
    """The capitals that open the words of a name, hyphenated parts too.

    Examples:
        >>> initials_of("Controladoria-Geral da União"), initials_of("Australian Federal Police")
        ('CGU', 'AFP')
    """
    return "".join(part[0] for word in name.split() for part in word.split("-") if part[:1].isupper())

def _spelled_before(text: str, end: int, initials: str) -> bool:
    """Whether the capitalised words right before `end` (lower-case particles between them
    allowed) spell `initials` ("Número de Identificação Social" -> "NIS")."""
    words: list[str] = []
    for word in reversed(text[:end].split()):
        if word[:1].isupper():
            words.append(word)
            if len(initials_of(" ".join(words))) >= len(initials):
                break
        elif len(word) <= 3 and word.isalpha() and word.islower() and words:
            continue  # "de", "da", "ao"
        else:
            return False
    return initials_of(" ".join(reversed(words))) == initials


def _spelled_in_lower_case(text: str, end: int, initials: str) -> bool:
    """Whether the lower-case words right before `end` spell `initials` ("official cash rate" ->
    "OCR"): initials of common words name a thing, never a body."""
    words = text[:end].split()[-len(initials):]
    return len(words) == len(initials) and all(w.isalpha() and w.islower() for w in words) \
        and "".join(w[0] for w in words).upper() == initials


class ActorSet:
    """Accumulates actors by id; a non-country actor is named by its longest form seen.

    `of_type` gives the records of one type in the order of `by_id`: the rules that look for
    an earlier person or organisation read only those (~4% of the component went on
    walking every actor). It is kept by `add` and `drop_inside`; `resolve_countries`
    rewrites `by_id` afterwards, when no rule reads it.
    """

    def __init__(self) -> None:
        self.by_id: dict[str, dict[str, Any]] = {}
        # Mention span -> the title written with it (start, end, text): the role's evidence.
        # Kept apart from the records, so it follows a mention when an actor is merged.
        self.roles: dict[tuple[int, int], tuple[int, int, str]] = {}
        self._by_type: dict[str, dict[str, dict[str, Any]]] = {}

    def of_type(self, actor_type: str) -> dict[str, dict[str, Any]]:
        """Actor id -> record, for the actors of `actor_type`."""
        return self._by_type.get(actor_type, {})

    def add(self, actor_id: str, actor_type: str, name: str | None, span: tuple[int, int, str],
            *, country: str | None = None, role: str | None = None,
            role_span: tuple[int, int, str] | None = None) -> None:
        record = self.by_id.get(actor_id)
        if record is None:
            first_name = name if actor_type in ("country", "person") and name else span[2]
            record = self.by_id[actor_id] = {"name": first_name, "type": actor_type, "country": None,
                                             "role": None, "mentions": {}}
            self._by_type.setdefault(actor_type, {})[actor_id] = record
        if not record["country"]:
            record["country"] = country
        if not record["role"]:
            record["role"] = role
        # Countries keep their reference name; others are named by their longest form here.
        longest = name if actor_type == "person" else span[2]
        if actor_type != "country" and longest and len(longest) > len(record["name"]):
            record["name"] = longest
        record["mentions"][(span[0], span[1])] = span[2]
        if role_span:
            self.roles[(span[0], span[1])] = role_span

    def merge_bracketed_initials(self, text: str) -> None:
        """An organisation's initials in brackets right after its full name, or before its full
        name in brackets, are that organisation wherever they appear, even when they are a known
        acronym of another one: "Australian Federal Police (AFP)" is no news agency in that
        article; "a CGU (Controladoria-Geral da União)" is one actor.

        Examples:
            >>> actors = ActorSet()
            >>> actors.add("organization:australian-federal-police", "organization",
            ...            "Australian Federal Police", (0, 25, "Australian Federal Police"))
            >>> actors.add("organization:agence-france-presse", "organization", "AFP", (27, 30, "AFP"))
            >>> actors.merge_bracketed_initials("Australian Federal Police (AFP) officers")
            >>> sorted(actors.by_id), sorted(actors.by_id["organization:australian-federal-police"]["mentions"])
            (['organization:australian-federal-police'], [(0, 25), (27, 30)])
        """
        orgs = self.of_type("organization")
        ends = {end: actor_id for actor_id, record in orgs.items() for (_, end), written in record["mentions"].items()
                if " " in written}
        starts = {start: actor_id for actor_id, record in orgs.items()
                  for (start, _), written in record["mentions"].items() if " " in written}
        for actor_id, record in list(orgs.items()):
            for (start, end), written in list(record["mentions"].items()):
                known = _KNOWN_AS.search(text, max(0, start - 40), start)
                named = ends.get(known.start()) if known is not None else None
                full_id: str | None
                if named is not None and named != actor_id:
                    full_id = named  # "The Electric Reliability Council of Texas, known as ERCOT,": named so
                elif not (2 <= len(written) <= 6 and (written.isupper() or len(written) > 2 and written.isalpha()
                                                       and written[0].isupper() and written[1:].islower())):
                    continue  # (initials written as a word too: "Uganda National Roads Authority (Unra)")
                elif text[start - 2:start] == " (" and text[end:end + 1] == ")":
                    full_id = ends.get(start - 2)  # "Australian Federal Police (AFP)"
                elif text[end:end + 2] == " (":
                    full_id = starts.get(end + 2)  # "a CGU (Controladoria-Geral da União)"
                else:
                    continue
                if full_id is None or full_id == actor_id \
                        or full_id != named and initials_of(orgs[full_id]["name"]) != written.upper():
                    continue
                full = orgs[full_id]
                full["mentions"].update(record["mentions"])  # (not the other body's country)
                del self.by_id[actor_id]
                del orgs[actor_id]
                break

    def drop_initials_of_things(self, text: str) -> None:
        """Initials given in brackets for words that name no actor stand for those words, not
        for a listed body of the same initials: "o Número de Identificação Social (NIS)" is no
        South Korean spy agency. Initials the text gives its own (an unlisted "ISW") stay, unless
        lower-case words spell them ("the official cash rate (OCR)").

        Examples:
            >>> actors = ActorSet()
            >>> actors.add("organization:national-intelligence-service", "organization", "NIS", (34, 37, "NIS"))
            >>> actors.add("organization:isw", "organization", "ISW", (31, 34, "ISW"))
            >>> text = "o Número de Identificação Social (NIS)"
            >>> actors.drop_initials_of_things(text)
            >>> sorted(actors.by_id)
            ['organization:isw']
        """
        ends = {end for record in self.by_id.values() for (_, end) in record["mentions"]}
        for actor_id, record in list(self.of_type("organization").items()):
            mentions = record["mentions"]
            if not all(written.isupper() and 2 <= len(written) <= 6 for written in mentions.values()):
                continue
            listed = actor_id != f"organization:{slugify(record['name'])}"  # ("organization:isw" is the text's own)
            for (start, end), written in mentions.items():
                if text[start - 2:start] == " (" and text[end:end + 1] == ")" and start - 2 not in ends \
                        and (listed and _spelled_before(text, start - 2, written)
                             or _spelled_in_lower_case(text, start - 2, written)):
                    self.remove(actor_id)  # "the official cash rate (OCR)": a thing, whatever the initials
                    break

    def remove(self, actor_id: str) -> None:
        """Drop an actor and its mentions."""
        record = self.by_id.pop(actor_id)
        del self._by_type[record["type"]][actor_id]

    def merge_people_named_as_bodies(self) -> None:
        """A "person" whose every mention is written as an organisation of the article is named
        is that organisation: one name is one actor ("pela espanhola GS Inima. … a GS Inima
        informou" had been a company and a person).

        Examples:
            >>> actors = ActorSet()
            >>> actors.add("organization:gs-inima", "organization", "GS Inima", (0, 8, "GS Inima"))
            >>> actors.add("person:gs-inima", "person", "GS Inima", (20, 28, "GS Inima"))
            >>> actors.merge_people_named_as_bodies()
            >>> sorted(actors.by_id), sorted(actors.by_id["organization:gs-inima"]["mentions"])
            (['organization:gs-inima'], [(0, 8), (20, 28)])
        """
        bodies = {written: actor_id for actor_id, record in self.of_type("organization").items()
                  for written in record["mentions"].values() if " " in written}
        for actor_id, record in list(self.of_type("person").items()):
            owners = {bodies.get(written) for written in record["mentions"].values()}
            owner = owners.pop() if len(owners) == 1 else None
            if owner is None:
                continue
            body = self.by_id[owner]
            body["mentions"].update(record["mentions"])
            self.remove(actor_id)

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
                self.remove(actor_id)

    def to_models(self) -> list[Actor]:
        """The validated actors, by first mention. Each actor is validated in one call, its
        mentions as plain dicts (twice as fast as building every `Mention` first)."""
        rows = []
        roles = self.roles
        for actor_id, record in self.by_id.items():
            mentions = [{"start": s, "end": e, "text": t} for (s, e), t in sorted(record["mentions"].items())]
            for mention in mentions if roles else ():
                if (title := roles.get((mention["start"], mention["end"]))) is not None:
                    mention.update(role_start=title[0], role_end=title[1], role=title[2])
            rows.append((mentions[0]["start"] if mentions else -1, actor_id,
                         {"actor_id": actor_id, "name": record["name"], "type": record["type"],
                          "country": record["country"], "role": record["role"], "mentions": mentions}))
        # Sorted before validation: on the models the sort key was a Python call per actor.
        rows.sort(key=_FIRST_MENTION)
        validate = Actor.__pydantic_validator__.validate_python  # Actor.model_validate, without its wrapper
        return [validate(data) for _, _, data in rows]
