"""Rule 3 of the etl_actors component, shape tests: what a run of capitalised units looks like.

Each test reads one fact about a run or the words around it (a person-shaped name, an event,
a portfolio after "of", an English employer before a title, a dateline, a company suffix) for
the typing rules in `actors.py`.
"""

from __future__ import annotations

import re
from itertools import compress, count
from typing import Any

from etl.extract.components._actors_cities import is_known_place, is_noted_city
from etl.extract.components._actors_descriptions import POSSESSIVE
from etl.extract.components._actors_gazetteer import Gazetteer, Hit, slugify
from etl.extract.components._actors_units import ActorSet, Unit, Units
from etl.extract.patterns import DocTokens

_LAW_NUMBER = re.compile(r"(?:[A-Z]{1,3}-)?\d{1,4}")  # "C-26", "S-5", "96"
_ARTICLES = frozenset({"the", "la", "el", "los", "las"})
# Nouns of an apposition that make the name before it a company's or a publication's (not
# "Em Ovar, a equipa da casa").
_APPOSED_ORG_NOUNS = frozenset({
    "empresa", "companhia", "compañía", "firma", "fabricante", "distribuidora", "operadora", "aseguradora",
    "seguradora", "consultora", "consultoria", "productora", "produtora", "mineradora", "minera", "petrolera",
    "petrolífera", "constructora", "construtora", "startup", "multinacional", "cadena", "banco", "revista",
    "diario", "periódico", "jornal", "diário", "editora", "editorial", "aerolínea", "companhia aérea", "fintech",
    "tecnológica", "farmacéutica", "farmacêutica", "láctea", "alimenticia", "ONG", "fundación", "fundação",
    "asociación", "associação", "cooperativa", "sociedad", "sociedade", "fábrica", "indústria", "industria",
    "gestora", "transportadora", "exportadora", "importadora", "siderúrgica", "metalúrgica", "cervejaria",
    "cervecera", "vinícola", "adega", "bodega", "rede", "red", "grupo", "empresa familiar", "entidad", "entidade",
    "organismo", "institución", "instituição", "agencia", "agência", "consorcio", "consórcio"})
_ROMANCE_ARTICLES = frozenset({"una", "uma", "un", "um", "la", "el", "a", "o"})
_PLACE_COMPOUND_TAILS = frozenset({"based", "born", "headquartered"})  # "Cincinnati-based", "Lagos-born"
_BARE_IN = frozenset({"em", "en"})  # "in" with no article, as towns take it
_HEADLINE = 300  # characters of a headline that may come before a dateline
# Spanish agencies put a point before the dash: "BOGOTÁ (EFE).—", "MADRID (Europa Press).-".
# A correspondent's credit reads the same: "Montevideo (corresponsal) —", "(enviado especial)".
_BYLINE = r"(?i:corresponsal|correspondente|correspondent|enviad[oa] especial|especial|special correspondent)"
_AGENCY = re.compile(rf"\((?:(?:[A-Z][\w.]* ?){{1,3}}|{_BYLINE})\)\.? *[-—–]")
# A dateline's agency credit, after the place and perhaps a date: "WASHINGTON, June 2 (Reuters) -".
_CREDIT = re.compile(rf"[^\n(]{{0,40}}?\((?:(?:[A-Z][\w.]* ?){{1,3}}|{_BYLINE})\)\.? *[-—–]")
# "MADRID (EFE). LaLiga…", "MADRID / COLPISA. El…": an agency's credit closed by a point.
_POINT_CREDIT = re.compile(r"(?:\((?:[A-Z][\w.]* ?){1,3}\)|/ *[A-ZÁÉÍÓÚÑ]{2,}(?: [A-ZÁÉÍÓÚÑ]{2,}){0,2})\. ")
# "CARACAS.—": a dateline closed by a point and a dash.
_POINT_DASH = re.compile(r"\. *[-—–]")


def credited_agency(text: str, end: int) -> bool:
    """Whether the dateline ending at character `end` credits a news agency in brackets."""
    return _CREDIT.match(text, end) is not None
# Words that may follow an organisation noun that ends an apposition ("the company founded by").
_APPOSITION_TAILS = frozenset({"that", "which", "whose", "with", "in", "of", "for", "from", "behind", "run", "known"})


# What "it" does after a verb of saying when "it" is the speaker: "Mabena said it expects".
_IT_PLANS = frozenset({"expects", "expected", "plans", "planned", "intends", "intended", "aims", "aimed", "hopes",
                       "hoped", "wants", "wanted"})

# "a spokesperson for Vortexa": one unseen word whose spokesperson speaks is an employer
SPOKESPEOPLE = frozenset({"spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokesmen", "spokeswomen"})


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
    titles: dict[int, tuple[str, str | None, int, tuple[int, int, str]]]

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
        if len(words) > 1 and words[-1].endswith(self.c.adjective_ends) and words[0] not in self.gaz.first_names:
            return False  # "Direitos Reservados", "Vantagens Competitivas": a noun and its adjective
        return all(len(w) > 1 and w[1:].islower() and w.lower() not in self.lower_words
                   and w not in self.c.connectors and not w.endswith(suffixes) for w in words)

    def _employer(self, end: int) -> bool:
        """English puts the employer before a title and a name ("Cal Fire spokesman Jason
        Hall", "Quarrow CEO Ana Lind"): the name before the title is an organisation. Not
        before a minister or secretary, whose portfolio comes first ("Energy Minister"); before
        a member's title only initials or two words ("SJB MP X", "Liberal Democrat MP X"; not
        "Independent MP X")."""
        title = self.titles.get(end)
        return title is not None and title[0] in self.c.employer_titles and title[2] < self.n \
            and self.texts[title[2]][:1].isupper() \
            and (not title[0].startswith("member of") or self.texts[end - 1].isupper()
                 or end >= 2 and self.texts[end - 2][:1].isupper())

    def _surname_recurs(self, run: list[Unit]) -> bool:
        """A sentence-initial pair is a name when its last word comes back alone mid-sentence
        ("Novak Djokovic beat ... Djokovic said"), unless its first word ends like a verb:
        Portuguese and Spanish often open a sentence with one ("Fiz Filosofia cá em Braga")."""
        last, units = run[-1], self.units
        if run[0].text.endswith(self.c.verb_endings) or run[0].lower in self.c.adverbs:
            return False
        return any(text == last.text and not (run[0].start <= k < last.end) and not units.at(k).initial
                   and units.end_of(k) == k + 1 for k, text in enumerate(self.texts))

    def _known_surname(self, run: list[Unit]) -> bool:
        """A sentence-initial pair or triple that ends with a common surname ("Yoandry Pérez,
        dueño de una mipyme, contó"), unless its first word ends like a verb or is an adverb."""
        first = run[0]
        return len(run) > 1 and run[-1].text in self.c.surnames and run[0].text not in self.c.surnames \
            and not first.text.endswith(self.c.verb_endings) and first.lower not in self.c.adverbs \
            and first.lower not in self.lower_words and first.lower not in self.gaz.heads

    def _is_dateline(self, run: list[Unit]) -> bool:
        """Capitals that open the text and are followed by a comma or a dash name the place
        the story was filed from."""
        first, last = run[0], run[-1]
        if not all(unit.text.isupper() for unit in run) or last.end >= self.n:
            return False
        if len(run) == 2 and first.text in ("A", "O", "E") and self.texts[last.end] == "," \
                and not is_known_place(self.text[first.start_char:last.end_char].title()):
            return False  # "A CGTP, liderada por …", "O PSD, que …": an article and a body's initials
        if (self.texts[last.end] == "/" or self.texts[last.end] == "("
            and is_known_place(self.text[first.start_char:last.end_char].title())) \
                and _POINT_CREDIT.match(self.text, self.tok.idx[last.end]):
            return self._opens_story(first.start)  # "MADRID (EFE). LaLiga…", "VIGO / LA VOZ. Las…"
        if self.texts[last.end] not in (",", "—", "–", "(", ":", "--") \
                and not (self.texts[last.end] == "." and _POINT_DASH.match(self.text, self.tok.idx[last.end])) \
                and not (self.texts[last.end] == "-" and self.tok.ws[last.end - 1] and self.tok.ws[last.end]
                         and is_known_place(self.text[first.start_char:last.end_char].title())) \
                and not (self.texts[last.end] == "." and self.tok.ws[last.end]
                         and is_known_place(self.text[first.start_char:last.end_char].title())):
            # ("TEGUCIGALPA. Las remesas…": a full stop after a known place's name in capitals)
            # "TOKYO - Hoshimura Motor said": a hyphen set off by spaces is a dash after a known place
            # (not "ETAP - Escola Tecnológica")
            return False
        if self.texts[last.end] == "(" and not _AGENCY.match(self.text, self.tok.idx[last.end]):
            return False  # "GENEVA (Reuters) -", not a heading "CONCURSO (UMA VAGA)"
        if self.texts[last.end] == ":" and any(unit.lower in self.lower_words for unit in run):
            return False  # "KOZHIKODE:", not a heading "UPDATE:" of a word the text writes in lower case
        return self._opens_story(first.start)

    def _opens_story(self, i: int) -> bool:
        """Token `i` opens the text, or the first paragraph after a headline ("Título\n\nLISBOA —")."""
        if i == 0 or (i == 1 and self.tok.is_space[0]):
            return True
        if self.tok.idx[i] > _HEADLINE or not self.tok.is_space[i - 1]:
            return False
        before = self.text[:self.tok.idx[i]]
        return before.endswith("\n") and before.strip().count("\n") == 0

    def _extend_by_suffix(self, run: list[Unit]) -> bool:
        """A run of company suffixes ("Inc.", "Co. Ltd.", "Group Inc."; in English also company
        words, "Technologies Co.") right after a known organisation is part of its mention, not
        an organisation of its own."""
        words = self.c.company_words
        if not all(unit.text in words for unit in run):
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
            return any(any(end == owner_end for _, end in record["mentions"])
                       for record in self.actors.of_type("person").values())
        return before in _ARTICLES or before in ("a", "an")

    def _is_event(self, run: list[Unit]) -> bool:
        """A competition, law or event ("European Championship", "Copa de Europa")."""
        words = [unit.lower for unit in run]
        if len(run) == 1:
            # "Bill C-26, which would …" opening a sentence: a law's number after its word
            end = run[0].end
            return words[0] in self.c.event_heads and (
                not run[0].initial or end < self.n and _LAW_NUMBER.fullmatch(self.tok.texts[end]) is not None)
        padded = f" {' '.join(words)} "
        if any(phrase in padded for phrase in self.c.event_phrases):
            return True  # "Champions League", "Liga de Campeones", "Marco Civil da Internet"
        if run[0].text in self.gaz.first_names and words[-1] not in self.c.award_words:
            return False  # "José Guerra", "Carlos Prémio": a surname that is an event word; not "Tony Award"
        head = words[-1] if self.c.lang == "en" else words[0]
        if head in self.gaz.heads and head not in self.c.event_words:
            return False  # an organisation named after an event: "National Hurricane Center"
        return not self.c.event_words.isdisjoint(words)

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
        j = k
        while j > 1 and self._lower(j - 1) in self.c.title_adjectives:
            j -= 1  # "o secretário estadual de Transportes Metropolitanos"
        title = self.hit_end.get(j)
        return (title is not None and title.entry.kind == "title") or self.texts[k - 1][:1].isupper() \
            or self.tok.lower[k - 1] in ("e", "y", "and")

    def _person_shape(self, run: list[Unit], facts: dict[str, Any]) -> bool:
        first = run[0]
        hyphenated = any(unit.is_hyphenated_given for unit in run)
        if first.text in self.gaz.first_names or hyphenated or facts["cue_after"]:
            return True
        if self.c.lang != "en":
            return False
        if len(run) >= 2 and len(first.text) == 2 and first.text[0].isupper() and first.text[1] == "." \
                and run[1].text[1:].islower() and run[1].lower not in self.lower_words \
                and not self.tok.is_stop[run[1].start]:
            return True  # "S. Lakshmi", "K. Annamalai": an initial, then the name (not "on X. Another")
        # English names no thing but a place with "de/van/ten/bin" inside ("Matthijs de Ligt",
        # not "in Puerto de la Cruz").
        particle = any(unit.text in self.c.particles for unit in run[1:-1])
        return (particle and not facts["place"] and run[0].text not in self.c.place_heads) or self._surname_alone(run)

    def _surname_alone(self, run: list[Unit]) -> bool:
        """English: the run's last word comes back on its own elsewhere, with no capitalised
        word beside it ("Jurrien Timber ... Timber, who started"): people are named by their
        surname, places and companies by their whole name."""
        last = run[-1].text
        if len(run) < 2 or len(last) < 3 or last.lower() in self.gaz.heads or last in self.c.place_heads:
            return False
        texts, is_alpha, units = self.texts, self.tok.is_alpha, self.units
        if texts.count(last) < 2:
            return False  # counted in C: most runs stop here
        for k in compress(count(), map(last.__eq__, texts)):
            if run[0].start <= k < run[-1].end or units.end_of(k) != k + 1:
                continue
            if k + 2 < self.n and texts[k + 1] == "-" and texts[k + 2] in _PLACE_COMPOUND_TAILS:
                continue  # "Juaben-based trader": a place's word, whatever "New Juaben" is
            if not any(0 <= i < self.n and is_alpha[i] and texts[i][:1].isupper()
                       and texts[i] not in self.gaz.honorifics for i in (k - 1, k + 1)):
                return True
        return False

    def _names_person(self, word: str) -> bool:
        """Whether a person found so far has `word` in their name ("O'Keefe" after "Daniel O'Keefe")."""
        return any(word in (record["name"] or "").split() for record in self.actors.of_type("person").values())

    def _single_org(self, unit: Unit, facts: dict[str, Any]) -> bool:
        """One unseen English word that is a source ("according to Opta"), a company in a list
        ("Walmart and Costco"), before its kind ("the Adani group"), in apposition to one
        ("Costco, the retailer"; in Portuguese and Spanish too) or written with "&" ("P&G")."""
        if "&" in unit.text:
            return unit.text not in self.c.not_names
        if unit.text in self.gaz.first_names:
            return False
        if self.c.lang != "en":  # "A Moldiberica, fábrica de moldes sediada em Leiria,"
            return not facts["person"] and not unit.is_acronym and len(unit.text) > 3 and self._apposed_org(unit.end)
        return facts["source_prep"] or self._coordinated(unit.start, ("organization",)) \
            and not (not facts["person"] and is_noted_city(unit.text)) \
            or (self._before_org_noun(unit.end) and not facts["initial"]) or self._apposed_org(unit.end) \
            or (not facts["person"] and self._speaks_of_itself(unit.end)) \
            or (self._lower(unit.start - 1) == "for" and self._lower(unit.start - 2) in SPOKESPEOPLE)


    def _speaks_of_itself(self, end: int) -> bool:
        """English: a name that says "its" or what "it" expects or plans is a company or a body,
        not a person ("Mabena said it expects to spend ...", "Mabena said its profit fell");
        "Whitby said it was a tragedy" is no sign ("it" is the thing said)."""
        if self._lower(end) not in self.c.speech_verbs:
            return False
        after = self._lower(end + 1)
        return after == "its" or after == "it" and self._lower(end + 2) in _IT_PLANS

    def _single_place(self, unit: Unit, facts: dict[str, Any]) -> bool:
        """One unseen English word before "-based" ("Cincinnati-based"), before a place noun
        ("the Ashanti region"), after a place in a list ("Ilford, Essex") or after a person's
        name and ", of" ("Daniel O'Keefe, of Merrylands,")."""
        if self.c.lang != "en" or unit.is_acronym or unit.text in self.gaz.first_names:
            return False
        k = unit.start
        return self._place_compound(unit) or facts["place_noun_after"] \
            or (self._lower(unit.end) in (",", ".", ";", "") and not facts["initial"] and not self._opening_place(k - 2)
                and self._coordinated(k, ("location", "country"), comma=True)) \
            or self._home_after_person(k)

    def _opening_place(self, k: int) -> bool:
        """Whether the capitalised words ending at token `k` open the sentence ("In Mumbai,
        Infosys ..."): a place there starts no list of places."""
        texts, is_alpha = self.texts, self.tok.is_alpha
        while k > 0 and texts[k - 1][:1].isupper() and is_alpha[k - 1]:
            k -= 1
        return self.units.at(k).initial

    def _home_after_person(self, k: int) -> bool:
        """English court and police reports: "Daniel O'Keefe, of Merrylands," or "John Smith,
        45, of Bondi,": the name after ", of" is where the person lives."""
        j = k - 1
        if self._lower(j) != "of" or self._lower(j - 1) != ",":
            return False
        if j >= 4 and self.texts[j - 2].isdigit() and self.texts[j - 3] == ",":
            j -= 2  # the age
        return self._coordinated(j, ("person",), comma=True)

    def _street_name(self, run: list[Unit]) -> bool:
        """English names a street or a stadium by its last word, whatever comes before
        ("Church Street", "College Avenue"); not a body "of" something ("Office of Rail and Road")."""
        last = run[-1].text
        return self.c.lang == "en" and len(run) > 1 and last in self.c.place_heads \
            and last.lower() not in self.gaz.heads \
            and not (len(run) > 2 and run[0].lower in self.gaz.heads and run[1].text == "of")

    def _apposed_org(self, end: int) -> bool:
        """English "Blue Origin, the space company founded by ...", "Fonterra, New Zealand's
        largest company": an apposition headed by an organisation noun (not "the party's
        leader", not "a party member")."""
        texts, n = self.texts, self.n
        if end + 2 >= n or texts[end] != ",":
            return False
        if f"({texts[end - 1]})" in self.text:
            return False  # "cifras del Sernageomin, organismo que": the short name the body was given in brackets
        if self.c.lang != "en":
            # "Lácteos Colonia, una empresa uruguaya", "a Copaluz, uma distribuidora paranaense",
            # "A Nuvix, startup de gestão financeira"
            k = end + 1 + (self._lower(end + 1) in _ROMANCE_ARTICLES)
            first = self._name_start(end)
            # (not "Em Sinop, a cooperativa X": a town, after "Em" capitalised as the sentence opens;
            # "Na Têxteis Penha Verde, empresa de Ronfe" is the company, named with its article)
            return self._lower(k) in _APPOSED_ORG_NOUNS and texts[k].islower() \
                and k not in self.titles and self._lower(first - 1) not in self.c.place_preps \
                and self._lower(first) not in _BARE_IN
        owner = self.hit_start.get(end + 1)
        if owner and owner.entry.kind in ("country", "place") and self._lower(owner.end) in POSSESSIVE:
            k = owner.end + 1  # "Fonterra, New Zealand's largest company"
        elif self._lower(end + 1) in ("the", "a", "an"):
            k = end + 2
        else:
            return False
        while k < n and k < end + 6 and texts[k].isalpha() and texts[k].islower():
            if k in self.titles:
                return False  # "Mohamed Faisal, a surgeon at the hospital": a person's title
            if texts[k] in self.c.org_nouns_after:  # not "the producer behind": a person can be one
                nxt = texts[k + 1] if k + 1 < n else ""
                if nxt in POSSESSIVE or nxt in ("'", "’"):
                    return False  # "Tedros, the agency's director-general"
                return not (nxt.isalpha() and nxt.islower()) or nxt in _APPOSITION_TAILS or nxt.endswith("ed")
            if texts[k] == "of":
                return False
            k += 1
        return False

    def _name_start(self, end: int) -> int:
        """The first of the capitalised words (and particles) that end at token `end`."""
        k = end - 1
        while k > 0 and (self.texts[k - 1][:1].isupper() or self._lower(k - 1) in self.c.particles):
            k -= 1
        return k

    def _before_org_noun(self, end: int) -> bool:
        """English puts a name before its kind: "the Aster MIMS hospital", "the Wagner group"."""
        return self.c.lang == "en" and end < self.n and self.texts[end] in self.c.org_nouns_after

    def _source_prep(self, start: int) -> bool:
        """Right after "according to" or "citing": a source, a person or an organisation, never a place."""
        before = self._lower(start - 1)
        cues = self.c.prep_cues
        return before in cues or before in self.c.prep_cue_ends and f"{self._lower(start - 2)} {before}" in cues

    def _coordinated(self, start: int, types: tuple[str, ...], *, comma: bool = False,
                     joins: frozenset[str] | None = None) -> bool:
        """An English name in a list with an actor of `types` just named ("Walmart and Costco",
        "Boeing and Lockheed Martin"; with `comma`, "Ilford, Essex"): the word before is
        "and/or" (or ",") right after that actor. With `joins`, those words in any language."""
        k = start - 1
        if joins is None and self.c.lang != "en":
            return False
        if k < 1 or not (self._lower(k) in (joins or ("and", "or")) or (comma and self._lower(k) == ",")):
            return False
        prev_end = self.tok.ends[k - 1]
        return any(any(e == prev_end for _, e in record["mentions"])
                   for actor_type in types for record in self.actors.of_type(actor_type).values())

    def _place_compound(self, unit: Unit) -> bool:
        """English "Cincinnati-based", "Lagos-born": the name before the hyphen is a place."""
        k = unit.end
        return k + 1 < self.n and self.texts[k] == "-" and not self.tok.ws[k - 1] \
            and self.texts[k + 1] in _PLACE_COMPOUND_TAILS
