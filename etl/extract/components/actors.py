"""The etl_actors component: who and where an article is about -> `doc._.actors`.

Rules, in order (every word list is reference data in `seeds/reference/`):

1. Gazetteer: country names, abbreviations and capitals are mentions of the country actor
   (`country:<iso3>`), except a capital after a place preposition ("em Lisboa", "in New
   Delhi"), which is a `location` with that country; places are `location` (or `group`) actors; known organisations keep
   their canonical name. Demonyms ("russo", "norte-coreanas") are never mentions: they give
   the country of a nearby title or description.
2. Organisation descriptions: an institution noun tied to a country ("a agência de espionagem
   da Coreia do Sul", "South Korea's spy agency", "el ejército ruso") is an organisation with
   that country; a later "a agência" refers back to it.
3. Unseen capitalised names (units of tokens joined by hyphens, with name particles), after
   dropping sentence-initial function words and words written in lower case elsewhere, are
   typed conservatively: person after an honorific or a title or before an apposed title,
   or with a person-name shape; organisation with a head word; location after a place
   preposition; otherwise dropped.
   Names with an event head ("European Championship", "Copa de Europa") are no actors; a
   government word alone ("el Gobierno") is none either; a name after "of/da/para la" is a
   portfolio, not a person ("ministra da Administração Interna"); one word after an
   organisation noun ("la compañía Iberdrola") is an organisation; English names an
   institution after its place ("Texas Department of ...") and a street or palace by its
   last word ("Downing Street", also "Church Street"). English also types a name by its
   surroundings: an organisation in apposition to an organisation noun ("Blue Origin, the
   space company"), before one ("the Aster MIMS hospital"), after "according to", in a list
   with one ("Walmart and Costco") or written with "&" ("P&G"); a place before "-based",
   before a place noun ("the Ashanti region"), after a place in a list ("Ilford, Essex"), after
   "<person>, of" or as a venue "at" a name; a person whose surname comes back alone or whose
   name has a particle ("Matthijs de Ligt").
4. Short forms ("Kim", "Sr. Belousov", "Pinto Luz") link to the full person name that contains
   them; an abbreviation in brackets after an organisation ("(Copom)"), its initials ("PF"
   after "Polícia Federal") and a word introduced as an organisation link every bare mention
   to it. Generic plurals at a sentence start
   ("Analysts said") are no one. The honorific is never part of a mention.
5. A place or organisation named inside an organisation's or event's name ("Public Health
   Agency of Sweden", "Rome Statute") is not a separate mention.

Roles are the title as written with a lowercase initial, without the nationality adjective.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left, bisect_right
from itertools import compress, count
from operator import itemgetter
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from etl.extract.components._actors_cities import (
    BIG_CITY,
    NOTED_POPULATION,
    city_index,
    is_known_place,
    is_noted_city,
    is_town_of,
    place_country,
    region_index,
)
from etl.extract.components._actors_descriptions import POSSESSIVE, DescriptionRules
from etl.extract.components._actors_gazetteer import Entry, Gazetteer, Hit, load_gazetteer, slugify
from etl.extract.components._actors_hits import (
    HIGH_AND_LOW,
    STREET_TAILS,
    STREETS,
    article_source,
    drop_forename_hits,
    drop_head_hits,
    drop_listed_openings,
    drop_saint_namesakes,
    drop_surname_hits,
    drop_titles_inside_names,
    index_spans,
    merge_place_heads,
    resolve_short_countries,
)
from etl.extract.components._actors_home import home_country, own_outlet
from etl.extract.components._actors_people import find_person, listed_surnames
from etl.extract.components._actors_resolve import is_home_news, is_world_news, resolve_countries
from etl.extract.components._actors_runs import (
    CAPS_ARTICLES,
    DATIVES,
    GROUP_POSSESSORS,
    NICK_QUOTES,
    TOLD_TO,
    UNNAMED_SOURCES,
    NameRuns,
    branch_in_place,
)
from etl.extract.components._actors_shapes import SPOKESPEOPLE, NameShapes, credited_agency
from etl.extract.components._actors_units import ActorSet, Unit, Units, initials_of
from etl.extract.lexicon import common_words, is_common_word
from etl.extract.patterns import (
    INDEFINITE_ARTICLES,
    OUTLET_NOUNS,
    OWN_OUTLET_WORDS,
    ROMANCE_PARTICIPLE_ENDINGS,
    doc_tokens,
)
from etl.extract.reference import rows_for_language
from etl.models import Actor

_LIST_JOINS = frozenset({"e", "y", "and"})
# The staff of a workplace named after "at": "analysts at Forsyth Barr".
_STAFF_AT = frozenset({"analysts", "analyst", "economists", "economist", "strategists", "strategist", "researchers",
                       "executives", "engineers", "staff", "employees", "scientists", "officials", "bankers"})
_TO_WORDS = frozenset({"a", "à", "ao", "al"})
# A feminine article, alone or joined with a preposition, before a company's name ("pela Cornelder").
_FEMININE_BEFORE = frozenset({"a", "pela", "da", "na", "à", "numa", "duma", "la", "una"})
_POSSESSIVE = POSSESSIVE
_ARTICLES = frozenset({"the", "la", "el", "los", "las"})
# (in Spanish "a" is a preposition, "llegó a Arequipa", and "o" a conjunction)
# A definite article, alone or joined to a preposition, before a place's name ("da Huíla", "del Huila").
_PLACE_ARTICLES = {"pt": frozenset({"a", "o", "da", "do", "na", "no", "pela", "pelo", "à", "ao"}),
                   "es": frozenset({"del", "el"})}
_SINGULAR_ARTICLES = {"pt": frozenset({"a", "o"}), "es": frozenset({"la", "el"}), "en": frozenset({"the"})}
_NAMED_DATE = re.compile(r" (?:[1-9]|[12]\d|3[01])º? de [A-ZÁÉÍÓÚ][a-zçáéíóú]+")
_FIRST = itemgetter(slice(0, 1))
# What may follow a person's name without making it another person: initials ("A.S.",
# "A. S."), a generational suffix, a regnal number.
_SUFFIXED = re.compile(r"\s+(?:Jr|Sr)\.?$|\s+J[uú]nior$|\s+[IVX]{2,4}$")
_NAME_TAIL = re.compile(r"(?:[A-Z]\.\s?)+|(?:Jr|Sr)\.?|J[uú]nior|Filho|Neto|Sobrinho|[IVX]{2,5}")


class ActorsComponent:
    """Find actors with the gazetteer and capitalisation rules; see the module docstring."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.lang = nlp.lang
        self.gaz: Gazetteer = load_gazetteer(nlp)
        region_index(), city_index(), common_words(self.lang)  # built with the pipeline (once per process)
        gaz = self.gaz
        self.particles = gaz.word_set("particle")
        self.connectors = gaz.word_set("connector")
        self.joiners = self.particles | self.connectors
        self.place_preps = gaz.word_set("place_prep")
        self.determiners = gaz.word_set("determiner")
        self.adverbs = gaz.word_set("adverb")
        self.place_heads = gaz.word_set("place_head")
        self.national_heads = gaz.word_set("national_head")  # "Ministry of <portfolio>"
        # the common nouns that speak for themselves ("lawyers", "vecinos"): no one's name
        self.source_nouns = frozenset(word.strip().lower() for row in rows_for_language("source_words", self.lang or "")
                                      if row["kind"] == "noun" for word in row["text"].split("|"))
        # one-word names of currencies ("dollar", "peso"): "the US dollar" names no country
        self.currency_words = frozenset(row["word"].lower() for row in rows_for_language("units", self.lang or "")
                                        if len(row["unit"]) == 3 and row["unit"].isupper() and row["word"].isalpha()
                                        and row["word"] != "won")  # "Spain won the final"
        # currencies written in mixed case ("ZiG", "KSh"): no actor
        self.currency_signs = frozenset(word for row in rows_for_language("units", self.lang or "")
                                        if (word := row["word"]).isalpha() and not word.islower()
                                        and not word.isupper() and row["unit"].isupper() and len(row["unit"]) == 3)
        # units written in capitals ("TEU", "USD"): after an amount ("1,1 millones de TEU"), no actor
        self.capital_units = frozenset(word for row in rows_for_language("units", self.lang or "")
                                       if (word := row["word"]).isalpha() and word[:1].isupper() and len(word) > 1)
        # "17 billion NPR": the words for the size of an amount
        self.multipliers = frozenset(r["word"].lower() for r in rows_for_language("number_words", self.lang or "")
                                     if r["kind"] == "multiplier")
        self.place_nouns = gaz.word_set("place_noun")
        self.place_nouns_direct = gaz.word_set("place_noun_direct")  # "o rio Tapajós"
        self.settlement_nouns = gaz.word_set("settlement_noun")  # "el municipio de Palestina"
        self.field_nouns = {w.lower() for w in gaz.word_set("field_noun")}  # "licenciatura em Economia"
        self.adjective_ends = tuple(gaz.word_set("adjective_end"))  # "Direitos Reservados"
        self.generic = gaz.word_set("generic")
        self.event_heads = {w.lower() for w in gaz.word_set("event_head")}
        # A one-word head is a word of the name; only longer heads need a substring search.
        self.event_words = {h for h in self.event_heads if " " not in h}
        self.event_phrases = [f" {h} " for h in self.event_heads if " " in h]
        # Two-word organisation heads, first word -> second words: a name has one if two of its
        # words in a row are one.
        self.head_pairs: dict[str, set[str]] = {}
        for head in gaz.heads:
            if head.count(" ") == 1:
                first, second = head.split(" ")
                self.head_pairs.setdefault(first, set()).add(second)
        self.org_nouns = {w.lower() for w in gaz.word_set("org_noun")}
        # Last words of the longer nouns ("rede social"): only after one is a pair looked up.
        self.org_noun_ends = {w.rsplit(" ", 1)[1] for w in self.org_nouns if " " in w}
        self.org_nouns_after = gaz.word_set("org_noun_after")
        self.award_words = gaz.word_set("award_head")
        self.thing_nouns = gaz.word_set("thing_noun")
        self.company_tails = gaz.word_set("company_tail")
        self.not_names = gaz.word_set("not_name")
        self.indicators = {word.upper() for word in gaz.word_set("indicator")}
        self.no_actor = gaz.word_set("no_actor")
        self.branch_orgs = gaz.word_set("branch_org")
        self.new_words = gaz.word_set("new_word")  # "Nova Holanda": a place named after a country
        self.led_by = {w.lower() for w in gaz.word_set("led_by")}  # "Gobierno de Pedro Sánchez"
        self.us_states_ap = gaz.word_set("us_state_ap")  # "LONDON, Ky. (AP) —"
        self.ca_provinces_cp = gaz.word_set("ca_province_cp")  # "Flin Flon, Man."
        self.arrival_verbs = gaz.word_set("arrival_verb")  # "chegou a Brasília": the city
        self.sport_words = gaz.word_set("sport_word")  # a sports story, where a city plays as its club
        self.surnames = gaz.word_set("surname")
        # initials that name another body in a story with one of its words ("ICC" and "cricket")
        self.by_context: dict[str, tuple[str, frozenset[str]]] = {}
        for item in gaz.word_set("initials_by_context"):
            initials, _, rest = item.partition("=")
            name, _, words = rest.partition(":")
            self.by_context[initials] = (name, frozenset(words.split()))
        self.match_verbs = gaz.word_set("match_verb")  # "venceu o Bahia", "Leeds beat Burnley"
        self.article_places = gaz.word_set("article_place")  # "no Porto": the city; "no Santos": the club
        # "o Estado do Rio de Janeiro", "el País Vasco": an administrative head takes the article
        self.admin_heads = {w.lower() for w in gaz.word_set("region_head")} | {"país", "pais"}
        self.departure_verbs = gaz.word_set("departure_verb")  # "partieron de Tapachula": a town
        self.country_org_heads = gaz.word_set("country_org_head")  # "Statistics South Africa"
        self.bare_heads = gaz.word_set("bare_head")
        self.org_suffixes = gaz.word_set("org_suffix")
        self.title_adjectives = {w.lower() for w in gaz.word_set("title_adjective")}
        self.portfolio_fields = _portfolio_fields(gaz) if self.lang == "en" else frozenset()
        self.field_words = frozenset(word for field in self.portfolio_fields for word in field) - {"and", "the", "of"}
        # one-word titles and occupations: capitalised at a sentence start, before a given name, no part of it
        self.title_words = frozenset(e.key for e in gaz.entries.values() if e.kind == "title" and " " not in e.key) \
            | gaz.word_set("descriptor")
        self.company_words = self.org_suffixes | self.company_tails  # what may follow a company's name
        self.company_pairs = frozenset(tuple(pair.split()) for pair in gaz.word_set("company_pair"))
        # Endings of abstract nouns and adjectives ("Ciências Políticas", "Revolutionary Guards"):
        # a capitalised pair with such a word is a field, a topic or a body, not a person.
        self.noun_suffixes = tuple(gaz.word_set("noun_suffix"))
        self.verb_endings = tuple(gaz.word_set("verb_ending"))
        self.speech_verbs = {w for w, (kind, side) in gaz.cues.items() if kind == "verb" and side != "right"}
        self.prep_cues = {w for w, (kind, _) in gaz.cues.items() if kind == "prep"}
        self.prep_cue_ends = {w.rsplit(" ", 1)[1] for w in self.prep_cues if " " in w}  # "according to"
        self.links = {"da", "do", "de", "das", "dos", "of", "del", "de la"}
        self.region_heads = self.place_heads | gaz.word_set("region_head")
        self.place_tails = gaz.word_set("place_tail")
        self.region_tails = gaz.word_set("region_tail")  # "Mediterrâneo Central"
        self.name_end_places = gaz.word_set("name_end_place")  # "Hard Rock Stadium" in any language
        self.event_nouns = {w.lower() for w in gaz.word_set("event_noun")}  # "a tempestade Kirk"
        self.employer_titles = gaz.word_set("employer_title")
        # Words after a country or place that is also a first name that keep it a place ("Santiago Centro")
        self.forename_stops = {w.lower() for w in (*gaz.heads, *self.region_heads, *self.place_tails,
                                                    *self.company_words)}
        # "avenida 18 de Julio", "rua 25 de Março": a street named after a day is no person Julio
        self.month_names = {row["word"].capitalize() for row in rows_for_language("months", self.lang or "")}
        # English writes months and weekdays with a capital; they are never actors.
        self.calendar_words = (
            {*calendar.month_name[1:], *calendar.day_name} if self.lang == "en" else set()
        )

    def __call__(self, doc: Doc) -> Doc:
        doc._.actors = _ArticleActors(self, doc).run()
        return doc


def _portfolio_fields(gaz: Gazetteer) -> frozenset[tuple[str, ...]]:
    """English portfolios, as lower-case word tuples, from the titles that name them
    ("agriculture minister", "minister for home affairs" -> agriculture, home affairs)."""
    fields = set()
    for entry in gaz.entries.values():
        if entry.kind != "title":
            continue
        for head in ("minister", "secretary"):
            if entry.key.endswith(f" {head}"):
                fields.add(entry.key[: -len(head) - 1])
            elif entry.key.startswith(f"{head} for "):
                fields.add(entry.key[len(head) + 5:].removeprefix("the "))
    return frozenset(tuple(field.split()) for field in fields if field)


# A person's alias set off after the name: "X, alias Camilo", "X, vulgo Marcola", "X, aka Y".
# (the words, tested first as substrings of the text; then the pattern right before the alias)
_ALIAS_WORDS = ("alias ", "vulgo ", "aka ", "a.k.a. ", "also known as ", "conocido como ", "conhecido como ")
_ALIAS = re.compile(r"\s*,\s*(?:" + "|".join(re.escape(w.strip()) for w in _ALIAS_WORDS) + r")\s+"
                    r"(?:(?:el|la|o|a|the)\s+)?(?=\S*$)", re.IGNORECASE)
# Words that give a thing its name ("batizada de Toga Partida", "dubbed Operation X").
_DUBBED = frozenset({"batizada", "batizado", "batizadas", "batizados", "baptizada", "baptizado", "bautizada",
                     "bautizado", "bautizadas", "bautizados", "dubbed", "codenamed", "code-named"})


def _lower_title(title: str) -> str:
    """An English title in lower case, its abbreviations kept ("U.S. Attorney" -> "U.S. attorney",
    "CEO" -> "CEO")."""
    return " ".join(w if w.isupper() and len(w) > 1 else w.lower() for w in title.split(" "))


# English titles of those who serve a state, whose employer's country is theirs ("Kremlin aide").
_SERVING_TITLES = frozenset({"aide", "adviser", "advisor", "spokesperson", "spokesman", "spokeswoman", "envoy",
                             "ambassador", "official", "minister", "secretary"})


# Before a capital, a part of it: "south London", "el sur de Madrid" goes by place_noun.
_COMPASS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western",
                      "central", "downtown", "northeast", "northwest", "southeast", "southwest"})
_COMPASS_POINTS = (_COMPASS - {"northern", "southern", "eastern", "western", "central", "downtown"}) | frozenset({
    "norte", "sur", "sul", "este", "leste", "oeste", "noreste", "nordeste", "noroeste", "sureste", "sudeste",
    "suroeste", "sudoeste"})
# Words that may follow a list of places: the clause goes on ("..., where", "... en el").
_AFTER_PLACE_LIST = frozenset({"where", "when", "which", "that", "on", "in", "at", "and", "as", "since", "after",
                               "before", "during", "with", "from", "to", "were", "was", "are", "is", "have", "had",
                               "onde", "que", "em", "no", "na", "nos", "nas", "e", "como", "com", "desde", "durante",
                               "foram", "são", "estão", "ficaram", "donde", "en", "el", "la", "los", "las", "y",
                               "con", "tras", "fueron", "son", "están", "quedaron", "entre", "para", "por", "o", "a",
                               "os", "del", "de", "da", "do", "of", "for", "by"})
_IN_PLACE = frozenset({"en", "em", "in"})
_LISTED_AFTER = re.compile(r"(?:,\s*|\s+(?:and|e|y)\s+)$")  # "Port of Spain, Diego Martin and San Juan"
_IN_BODY = frozenset({"en", "em", "na", "no", "in"})
_MILITARY_RANKS = frozenset({"general", "lieutenant general", "major general", "brigadier", "brigadier general",
                             "colonel", "lieutenant colonel", "major", "captain", "commodore", "admiral",
                             "rear admiral", "vice admiral", "air marshal", "air vice marshal", "air chief marshal",
                             "field marshal", "commander", "lieutenant"})
_TITLE_RANKS = frozenset({"State", "Deputy", "Junior", "Assistant", "Acting", "Vice", "Senior"})
_SEA_NOUNS = frozenset({"mar", "oceano", "océano", "golfo", "sea", "ocean", "gulf"})
_AREA_WORDS = frozenset({"central", "downtown", "northern", "southern", "eastern", "western", "north", "south", "east",
                         "west", "greater", "inner", "outer", "rural", "suburban", "coastal", "upstate", "north-east",
                         "north-west", "south-east", "south-west", "northeastern", "northwestern", "southeastern",
                         "southwestern", "northeast", "northwest", "southeast", "southwest", "metropolitan"})
# Words after a capitalised word that make it part of a longer name or a list, not a place that
# does something ("Bay of Plenty", "Gracias a Dios", "Falcon and Amistad reservoirs").
_CLAUSE_OPENER_NOT_BEFORE = frozenset({"a", "à", "ao", "al", "and", "e", "y", "of", "de", "do", "da", "del", "dos",
                                       "das", "em", "en", "in", "no", "na", "to", "para", "pra", "por", "on", "at"})
_VENUES = frozenset({"Market", "Bazaar", "Square", "Station", "Terminal"})  # "vendors at Limbe Market said"
# Bodies often named after people: "el hospital Mario Catarino Rivas", "a escola Padre Anchieta".
_NAMED_AFTER_PEOPLE = frozenset({"hospital", "escuela", "colegio", "liceo", "universidad", "fundación", "museo",
                                 "escola", "colégio", "liceu", "universidade", "fundação", "museu"})
_PLURAL_ARTICLES = frozenset({"Los", "Las", "Os", "As"})  # a name opened by one is a place's or a group's
# Last words of things, not bodies, before ", which" ("the Extended Credit Facility, which would unlock")
_THING_ENDS = frozenset({"facility", "pipeline", "programme", "program", "project", "bridge", "dam", "plan", "scheme",
                         "act", "bill", "law", "agreement", "treaty", "highway", "road", "line", "corridor", "canal",
                         "initiative", "strategy", "policy", "index", "report", "deal", "accord", "tunnel", "railway"})
_GANG_NOUNS = frozenset({"banda", "bandas", "pandilla", "pandillas", "cartel", "cártel", "carteles", "clan", "facção",
                         "gangue"})
# Nouns that name a company and nothing else ("a empresa belga Jan De Nul": not a woman).
_COMPANY_NOUNS = frozenset({"empresa", "companhia", "compañía", "firma", "company", "firm", "construtora",
                            "constructora", "multinacional", "multinational", "armadora", "naviera"})
# Plural or field nouns after a sentence's first word that make it a common noun ("Labour unions").
_FIELD_NOUNS_AFTER = frozenset({"unions", "laws", "law", "market", "markets", "costs", "shortages", "shortage",
                                "force", "rights", "disputes", "inspectors", "productivity", "relations"})
# "de" before a field in lower case after a title, or "da/do" before the holder's name right after it
# ("o secretário de saúde X", "a vereadora da oposição X").
_OF_FIELD = frozenset({"de", "da", "do", "das", "dos", "del"})
# Before a title, in its role: "former prime minister", "Assistant Treasurer", "deputy chair"
_FORMER = frozenset({"former", "Former", "antigo", "antiga", "Antigo", "Antiga", "deputy", "Deputy", "assistant",
                     "Assistant", "acting", "Acting", "interim", "Interim", "associate", "Associate", "shadow",
                     "Shadow"})
# Endings of adjectives that may open a sentence before a title ("Political analyst", "Veteran
# journalist", "Senior economist"); a company's name seldom ends so ("Jefferies analyst").
_ADJECTIVE_SUFFIXES = ("al", "ic", "ive", "ous", "ior", "ent", "ant", "ary", "ful", "ern", "ed", "ing", "an")
# Endings of Portuguese and Spanish adjectives of place ("paulista", "fluminense", "gaúcha",
# "riojana", "tapatío", "bonaerense").
_PLACE_ADJECTIVE_ENDINGS = ("ista", "ense", "ano", "ana", "ino", "ina", "eño", "eña", "ês", "esa", "ucho", "ucha",
                      "úcho", "úcha", "ío", "ía", "eiro", "eira", "enho", "enha")
# Endings of other Portuguese and Spanish adjectives after an organisation noun ("não-governamental").
_ADJECTIVE_ENDINGS = ("al", "ar", "ico", "ica", "ivo", "iva", "ável", "ível", "able", "ible", "ário", "ária", "ario",
                      "aria", "il", "ente", "ante", "ícola")  # "organización civil", "consultora independiente"
_FIELD_DATIVES = DATIVES | {"al"}  # "Combate à Fome", "Combate al Narcotráfico"
_LAW_NOUNS = frozenset({"Code", "Act", "Law", "Bill", "Day"})  # English names them after a word
_DAY_NAMES = frozenset(calendar.day_name)
# What is named after a capital and is no body: "the Rome Statute", "the Pretoria Agreement".
_AGREEMENT_WORDS = frozenset({"Statute", "Agreement", "Agreements", "Accord", "Accords", "Convention", "Declaration",
                              "Protocol", "Treaty", "Process", "Summit", "Principles", "Plan", "Consensus", "Charter",
                              "Pact", "Talks", "Conference"})
_TITLE_COMPASS = frozenset({"North", "South", "East", "West", "Central"})
_PARTY_MEMBERS = frozenset({"Democrat", "Republican", "Conservative", "Liberal", "Independent"})
_PARTY_TAG = re.compile(r"[DRI]-[A-Z][\w .'-]*")  # "(D-Santa Monica)", "(R-Kan.)"
# The last words of titles held at an employer ("programs director at Environmental Defence"),
# not of occupations held somewhere ("a farmer at Sefwi Wiawso").
_EMPLOYED_TITLES = frozenset({"director", "manager", "officer", "executive", "analyst", "economist", "professor",
                              "researcher", "spokesperson", "spokesman", "spokeswoman", "chair", "chairman",
                              "chairwoman", "chief", "head", "president", "coordinator", "strategist", "partner",
                              "fellow", "lecturer", "scientist", "adviser", "advisor", "engineer"})
_FEMININE_ARTICLES = frozenset({"a", "la", "da", "pela", "à", "na"})  # "pela francesa Vinci"
# Adjectives between a lowercase place noun and the name it heads ("aeropuerto internacional X").
_PLACE_NOUN_ADJECTIVES = frozenset({"internacional", "nacional", "municipal", "regional", "estadual", "estatal",
                                    "federal", "metropolitano", "metropolitana", "provincial", "departamental"})
# The level of government a portfolio is of, after it: "el secretario de Obras Públicas local, X".
_JURISDICTIONS = _PLACE_NOUN_ADJECTIVES | {"local", "comunal", "distrital", "cantonal"}
# The level of government a title's body belongs to, written after it: "de la provincia", "do estado".
_OWN_JURISDICTIONS = frozenset({"estado", "provincia", "província", "departamento", "región", "região", "municipio",
                                "município", "cantón", "distrito", "condado", "comuna", "concelho", "ayuntamiento"})
_ROUTE_WORDS = frozenset({"through", "via", "vía"})
_ADJECTIVE_LIKE = _PLACE_ADJECTIVE_ENDINGS + _ADJECTIVE_ENDINGS
# The last word of a region's name ("Oyo State", "Sindh Province").
_PLACE_KINDS = frozenset({"state", "province", "region", "district", "county", "governorate", "prefecture",
                          "oblast", "department", "municipality"})
# Streets, squares and buildings named after a person or a place ("avenida General Paz", "la
# calle Colombia", "o estádio Santa Cruz"): the lower-case noun before the name. They stand
# wherever the story is, not in the place they are named after.
_STREET_NOUNS = frozenset({
    "avenida", "avenue", "calle", "rua", "plaza", "praça", "travessa", "largo", "alameda", "paseo", "rodovia",
    "estrada", "carretera", "autopista", "estadio", "estádio", "stadium", "aeropuerto", "aeroporto", "airport",
    "hospital", "escuela", "escola", "colegio", "colégio", "liceo", "liceu", "puente", "ponte", "bridge", "parque",
    "park", "terminal", "estación", "estação", "station",
    "fazenda", "finca", "hacienda", "estancia", "estância", "granja", "chácara", "rancho", "engenho",  # farms
    "jirón", "pasaje", "calzada", "bulevar", "boulevard", "malecón", "callejón", "rambla", "travesía",
})
# Places often named after a titled person: "estadio General Santander", "aeroporto Presidente
# Juscelino Kubitschek", "Fort General Smith" (the noun before the title, in lower case).
_NAMESAKE_NOUNS = _STREET_NOUNS | {"base", "fuerte", "forte", "fort", "ciudad", "cidade", "municipio", "município",
                                   "barrio", "bairro", "villa", "vila", "puerto", "porto"}
_POSTED_IN = _IN_PLACE | {"no", "na"}  # "a representante do ACNUR no Brasil, Mariela Fuentes"
_ORDINAL = re.compile(r"\d{1,2}(?:\.?[ªºoa]|er|ra)")  # "1ª", "2.º", "3er"
_BRAZILIAN_STATES = frozenset(  # "Juazeiro do Norte (CE)": the state's initials after a town
    "AC AL AP AM BA CE DF ES GO MA MT MS MG PA PB PR PE PI RJ RN RS RO RR SC SP SE TO".split())
# A town, not a deputy with the state he sits for ("O líder do PL, Altineu Côrtes (RJ), disse"),
# comes after a preposition: "saiu de Juazeiro do Norte (CE)", "moradores de Campinas (SP)".
_BEFORE_TOWN = frozenset({"de", "em", "para", "a", "até", "desde", "no", "na", "do", "da", "entre"})
_FROM_THE = frozenset({"do", "da", "dos", "das", "del"})  # "partiu do Martim Moniz": no one has an article
_FROM_PLACE = frozenset({"desde", "hacia"})  # "desde Tapachula", "hacia Tijuana": where one goes or comes from
_BODY_JOINS = frozenset({"em", "en", "e", "y"})  # inside a title's capitalised body, Portuguese and Spanish
# "o prefeito em exercício", "la alcaldesa en funciones": the one acting in the post
_ACTING = frozenset({("em", "exercício"), ("em", "exercicio"), ("em", "funções"), ("en", "funciones"),
                     ("en", "ejercicio")})
_ACTING_WORDS = frozenset({"interino", "interina", "substituto", "substituta", "suplente", "acting"})
_IN_SERVICE = frozenset({("en", "servicio"), ("em", "serviço")})
_SERVICE_STATES = frozenset({"pasivo", "activo", "ativo", "passivo"})
_LOCAL_COMMUNITIES = frozenset({"comunidad", "comunidade", "colonia", "barrio", "bairro", "vereda", "caserío", "aldea",
                                "aldeia", "povoado", "corregimiento", "asentamiento", "urbanización", "vila",
                                "lugarejo", "sítio", "poblado", "ejido", "cantón"})
_FOR_DISTRICT = frozenset({"por", "pelo", "pela"})  # "senadora por Mendoza", "deputado pelo Amapá"
_RETIRED = frozenset({("en", "retiro"), ("na", "reserva"), ("en", "reserva"), ("em", "reserva")})
_FOR = frozenset({"for", "para"})  # "the special envoy for Sudan, Tom Perriello"
_NEW = frozenset({"new", "current", "nuevo", "nueva", "novo", "nova", "actual", "former", "retired", "veteran"})
_AFTER_LIST_ITEM = frozenset({"where", "when", "which", "that", "onde", "que", "donde", "y", "e", "and", "o", "ou",
                              "or"})
_LABEL_FOLLOWERS = frozenset({"and", "or", "e", "ou", "y", "o", "of", "de", "do", "da", "del", "in", "at", "on",
                              "em", "en", "no", "na", "against", "contra", "vs"})
# "… de Londrina e Região": a city's surroundings, part of a body's name.
_REGION_WORDS = frozenset({"Região", "Región", "Entorno", "Comarca", "Área"})
_NAME_ARTICLES = frozenset({"Las", "Los", "La", "El", "Os", "As", "O", "A", "The"})
# Prepositions of where a post is held: "el delegado uruguayo ante la CARU, X".
_BEFORE_BODY = frozenset({"ante", "perante", "junto", "en", "em", "na", "no"})
# Prepositions a town follows without an article, where a body takes one ("de Câmara de Lobos").
_BARE_PLACE_PREPS = frozenset({"de", "em", "e", "y", "en", ","})
# Prepositions before an article ("com a Águas do Grão-Pará"), not before a name ("a Pedro").
_ARTICLE_PREPS = frozenset({"com", "para", "contra", "sobre", "entre", "sem", "após", "que", "e", "ou", "segundo"})
# Capitalised words before a place that open an English body's name with it.
_PLACE_ADJECTIVES_EN = frozenset({"Metropolitan", "Greater", "Central", "Northern", "Southern", "Eastern", "Western",
                                  "Upper", "Lower", "Inner", "Outer"})
_CITY_WORDS = frozenset({"ciudad", "cidade", "city"})  # a capital named as a city ("Ciudad de México")
_CITY_PARTS = frozenset({"suburbs", "outskirts", "streets", "airport", "mayor", "residents", "old"})
# English nouns that a city's name is put before: "a Nairobi hotel", "early Paris trading".
# Words of towns' names that name no person ("Lucas do Rio Verde", "Nova Mutum", "Nossa Senhora do Livramento").
_TOWN_WORDS = frozenset({"Rio", "Serra", "Porto", "Vila", "Nova", "Novo", "Nossa", "Senhora", "Campo", "Campos",
                         "Lagoa", "Monte", "Vale", "Barra", "Ilha", "Cruz", "Villa", "Puerto", "Ciudad", "Nuevo",
                         "Nueva", "Sierra", "Valle", "Lago", "Río", "Cerro", "Loma", "Ponta", "Praia", "Foz", "Boca"})
_CITY_NOUNS = frozenset({"hotel", "hotels", "hospital", "court", "courtroom", "courthouse", "suburb", "suburbs",
                         "neighbourhood", "neighborhood", "district", "restaurant", "cafe", "café", "bar", "nightclub",
                         "trading", "bourse", "apartment", "flat", "home", "stadium", "venue", "marathon",
                         "traffic", "subway", "metro", "tram", "bus", "buses", "airport", "station", "prison",
                         "jail", "mosque", "church", "cathedral", "synagogue", "market", "mall", "slum", "slums",
                         "residents", "resident", "mayor", "city", "office", "headquarters", "studio", "gallery",
                         "museum", "theatre", "theater", "university", "school", "police", "zoo", "retail",
                         "outlet", "outlets", "branch", "branches", "store", "stores", "shop", "shops", "plant",
                         "factory", "depot", "warehouse", "port"})
# Capitalised words after a country's name that make it a company's: "Cabo Verde Airlines".
_COUNTRY_ORG_TAILS = frozenset({"Airlines", "Airways", "Telecom", "Railways", "Space", "Post", "Television", "TV"})
_OF_COUNTRY = frozenset({"de", "do", "da", "del"})
# A council named in lower case after its town: "Ashvale borough council", "the Leeds city council".
_COUNCIL_KINDS = "borough|city|county|district|town|parish|metropolitan"
_COUNCIL = re.compile(rf" (?:(?:{_COUNCIL_KINDS}|regional) )?council\b")
# A town's body written in lower case after its name: "Birmingham city council", "the Minneapolis
# police department" (a bare "council" or "police" may be the town's people's: "Leeds police said").
_LOWER_BODY = re.compile(rf" (?:(?:{_COUNCIL_KINDS}) council"
                         r"|police department|fire department|city hall|school board|school district)\b")
_ON_PLATFORM = frozenset({"en", "em", "no", "on", "in", "via"})
_PLURAL_INITIALS = re.compile(r"[A-Z]{2,}s")  # "MPs", "MEPs", "NGOs"
_PARTY_STATE = re.compile(r"[RDI]-[A-Z][A-Za-z.]*")  # "R-Texas", "D-Calif.", "I-Vt."
# Titles that are also a courtesy before a name ("Chief Bode Adewale" in Nigerian news).
_COURTESY_TITLES = frozenset({"Chief"})
_PORTFOLIO_TITLES = ("ministro ", "ministra ", "minister ", "viceministro ", "viceministra ", "vice-ministro ",
                     "secretário de estado ", "secretária de estado ", "secretario de estado ", "secretaria de estado ",
                     # regional and local portfolios ("a secretária regional da Saúde e Segurança Social, X",
                     # "a vereadora da Proteção Civil", "la consellera de Territori")
                     "secretário regional ", "secretária regional ", "secretario regional ", "secretaria regional ",
                     "secretário municipal ", "secretária municipal ", "secretario municipal ", "secretaria municipal ",
                     "secretário estadual ", "secretária estadual ", "vereador ", "vereadora ", "concejal ",
                     "concejala ", "consejero ", "consejera ", "conseller ", "consellera ", "conselleiro ",
                     "conselleira ")
# Bare English titles that a capitalised portfolio before them belongs to ("Labour and Employment Adviser").
_BARE_PORTFOLIO_HEADS = frozenset({"Minister", "Secretary", "Adviser", "Advisor"})
# English titles written after a portfolio ("Human Resources Minister", "Energy Cabinet Secretary").
_PORTFOLIO_HEADS = frozenset({"Minister", "Secretary", "Principal", "Cabinet", "Permanent", "Under-Secretary"})
_ENVOYS = frozenset({"ambassador", "envoy", "commissioner", "representative", "embaixador", "embaixadora",
                     "embajador", "embajadora", "enviado", "enviada", "representante"})
_POSTED_TO = frozenset({"to", "ante", "junto"})  # where an envoy is sent; "in/em/en": `_POSTED_IN`
_THROUGH = frozenset({"por", "pelo", "pela", "through"})
# Means of travel, and travel, before where they go: "los trenes a Vigo", "bilhetes a Faro".
_CARRIERS = frozenset({"tren", "trenes", "vuelo", "vuelos", "autobús", "autobuses", "bus", "buses", "ferri", "ferris",
                       "ferry", "ferrys", "barco", "barcos", "billete", "billetes", "pasaje", "pasajes", "viaje",
                       "viajes", "comboio", "comboios", "trem", "trens", "voo", "voos", "autocarro", "autocarros",
                       "ônibus", "barcas", "bilhete", "bilhetes", "passagem", "passagens", "viagem", "viagens",
                       "ligação", "ligações", "conexión", "conexiones", "ruta", "rutas", "rota", "rotas"})
_TRAVEL_NOUNS = frozenset({"recorrido", "gira", "visita", "paso", "viaje", "passagem", "viagem", "percurso",
                           "tour", "trip", "journey"})
_INITIAL = re.compile(r"[A-Z]\.")  # a given name's initial: "K. Srinivasa Rao"
_PORTFOLIO_AND = frozenset({"and", "e", "y"})  # "for Trade and Industry", "para os Recursos Minerais e Energia"
_EVENT_LIST = frozenset({",", "e", "y", "and"})  # "os ciclones Chido, Dikeledi e Jude"
_APPOSED_ARTICLES = frozenset({"a", "an", "the", "um", "uma", "un", "una"})  # "Palestina, un municipio del Huila"
_AGE_WORDS = frozenset({"anos", "años", "years", "year-old"})
# "BancoEstado", "PayPal", "YouTube"; not "MacCormick", "DeSantis", "LaGuardia", "DiCaprio", "LeBron"
_CAMEL = re.compile(r"^(?!Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|St)[A-Z][a-zà-ÿ]+[A-Z][a-zà-ÿ]")
_CAMEL_END = re.compile(r"(?<=[a-zà-ÿ])[A-Z]")


# A dateline's date and dash with no agency: "Kathmandu, Jan 31 —", "Bruselas, 17 oct —".
_DATED_DASH = re.compile(r",[^\n,.;:()]{0,24}?\d[^\n,.;:()]{0,8}?\s*[—–-]\s")
# A dateline's region, abbreviated or not, and its dash: "Tuxtla Gutiérrez, Chiapas.-", "Ensenada, B.C.-".
_REGION_DASH = re.compile(r",\s[A-ZÁÉÍÓÚÑ][\w.]*(?:\s[A-ZÁÉÍÓÚÑ][\w.]*){0,2}\.?\s?[—–-]")
_HEADING = frozenset({"destino", "rumo", "rumbo", "camino", "caminho"})
_TELL = frozenset({"told", "tell", "tells", "telling"})  # "told Dawn.": the one told
_CLAUSE_MARKS = frozenset({".", ",", ";", ""})
_GROUP_WORDS = frozenset({"grupo", "group", "grupos", "groups", "pool", "chave"})  # "o grupo I", "Group J"
_LIST_MARKS = frozenset({",", "e", "y", "and"})
_PARTICIPLE_ENDS = ("ados", "idos", "adas", "idas", "ado", "ido", "ada", "ida")
_PERSON_OR_COMPANY = frozenset({"producer", "maker", "developer", "publisher", "designer", "builder"})
# ... in Portuguese and Spanish, a person only when the name speaks or opens with a given name.
_PERSON_OR_COMPANY_ROMANCE = frozenset({"produtora", "produtor", "productora", "productor"})
# Lower-case words before a title that name no field of it ("the former minister").
_NOT_FIELDS = frozenset({"former", "new", "senior", "junior", "deputy", "acting", "prime", "chief", "top", "then",
                         "interim", "outgoing", "incoming", "ex", "late", "current", "previous", "its", "his", "her",
                         "their", "was", "is", "as"})
_STATEMENTS = frozenset({"declaraciones", "declarações", "entrevista", "entrevistas"})  # "en declaraciones a X"
_LIST_PLACE_PREPS = frozenset({"in", "of", "from", "at", "near", "around", "across", "between"})
_BRANCH_TAILS = frozenset({"society", "sociedad", "sociedade", "section", "chapter"})
_FOR_A_PLACE = frozenset({"Transport", "Health", "Sport", "Visit"})  # "Transport for London"
_CLAUSE_JOINS = frozenset({"and", "but", "while", "whereas", "as"})  # "…, and Metlink reported"
# Plural endings of English nouns for people by what they do, not of surnames ("activists",
# "residents"); "-ers" ("Commuters said") only when the article writes the word in lower case too.
_AGENT_PLURALS = ("ists", "ians", "ants", "ents")
_STORM_ADJECTIVES = frozenset({"tropical", "subtropical", "extratropical", "tropicale"})
_CAPITAL_WORDS = frozenset({"capital"})
_ROUTE_TO = frozenset({"a", "à", "to", "até", "hasta"})
_ROUTE_FROM = frozenset({"desde", "from", "de"})
_OR_WORDS = frozenset({"or", "ou", "o", "u"})
_REGION_OPENERS = HIGH_AND_LOW | {"Greater", "Gran", "Grande"}  # before a town GeoNames knows
_CAPITAL_ARTICLES = frozenset({"El", "La", "Los", "Las", "O", "A", "Os", "As"})
_DISTANCES = frozenset({"km", "quilómetros", "quilômetros", "kilómetros", "kilometros", "kilometres", "kilometers",
                        "miles", "millas", "milhas", "metros", "metres", "meters", "m", "léguas", "leguas"})
_COUNT_WORDS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many",
                          "some", "all", "most", "dozens", "hundreds", "thousands"})
# Who speaks or acts for a capital's government: "a Moscow envoy", "a Beijing official".
_ENVOY_NOUNS = frozenset({"official", "envoy", "diplomat", "negotiator", "delegation", "source", "ally", "proxy"})
_GOVERNMENT_WORDS = frozenset({"government", "regime", "administration", "authorities", "leadership", "officials",
                               "talks", "summit", "agreement", "accord"})
# What only a company has: "Marula Ridge's shares fell", "Gulfstar Refining's refinery".
_BUSINESS_OWNED = frozenset({"shares", "stock", "profit", "profits", "revenue", "revenues", "earnings", "subsidiary",
                             "subsidiaries", "refinery", "mine", "mines", "plant", "factory", "headquarters", "sales",
                             "bonds", "shareholders", "share"})
# What a city has, not its country's government: "el agua de Bogotá", "the traffic of Lagos".
# Verbs whose object is a place, not a government ("visitó Tegucigalpa", "bombed Kyiv").
_VISITED = frozenset({"visitó", "visitaron", "visita", "visitará", "visitou", "visitaram", "visited",
                      "visits", "toured", "recorrió", "percorreu", "sobrevoló", "sobrevoou", "bombardeó",
                      "bombardearon", "bombardeou", "bombardearam", "bombed", "shelled"})
# A city as the subject of waking to something ("Lima amaneció con paraderos repletos").
# Words that open examples of what a plural noun names ("suburbs, including Soweto").
_EXAMPLE_WORDS = frozenset({"including", "like", "incluindo", "inclusive", "como", "incluyendo", "incluidos",
                            "incluidas"})
_CITY_WAKES = frozenset({"amaneció", "amanheceu", "woke",
                         # ... or that uses water or power ("Luanda consome 650 mil metros cúbicos")
                         "consome", "consume", "consumes", "consumen", "consomem"})
# Plural nouns of people by their trade ("transportistas", "comerciantes", "trabajadores"), and those
# of them who speak for a government ("los negociadores de Washington").
_TRADE_PLURALS = ("eiros", "eiras", "istas", "dores", "doras", "tores", "toras", "ntes", "ários", "árias", "arios",
                  "arias", "eros", "eras")
_SPEAKING_FOR = frozenset({"representantes", "negociadores", "negociadoras", "dirigentes", "gobernantes",
                           "governantes", "mandatarios", "mandatários", "emisarios", "emissários", "diplomáticos",
                           "portavoces", "interlocutores", "asesores", "assessores", "aliados", "socios", "parceiros",
                           "militares"})
# Words of a government's name: "el Gobierno de Caracas" is no event held there.
_GOVERNING = frozenset({"gobierno", "governo", "government", "régimen", "regime", "presidencia", "presidência",
                        "kremlin", "casa", "palacio", "palácio", "ministerio", "ministério", "cancillería",
                        "chancelaria", "embajada", "embaixada", "junta", "consejo", "conselho"})
_COMING_FROM = frozenset({"partir",  # "rotas a partir de Varsóvia", "vuelos a partir de Lima"
                          "vindo", "vinda", "vindos", "vindas", "procedente", "procedentes", "proveniente",
                          "provenientes", "oriundo", "oriunda", "oriundos", "oriundas"})
# Endings of Portuguese and Spanish nouns of what a person is ("caminhoneiro", "taxista", "vendedor").
_AGENT_ENDINGS = ("eiro", "eira", "ista", "dor", "dora", "tor", "tora", "nte", "ário", "ária", "ero", "era")
# What a pair of places joined by a hyphen names: "the Edmonds-Kingston route".
_ROUTE_NOUNS = frozenset({"route", "routes", "ferry", "line", "highway", "road", "flight", "flights", "service",
                          "rota", "ruta", "linha", "línea", "trecho", "tramo", "voo", "vuelo"})
_CITY_THINGS = frozenset({"agua", "água", "water", "aire", "ar", "air", "tráfico", "trânsito", "traffic", "transporte",
                          "transport", "población", "população", "population", "lluvias", "chuvas", "temperatura",
                          "contaminación", "poluição", "pollution", "suministro", "abastecimento", "supply", "consumo",
                          "hora", "horas", "horário", "horario",  # "às 19h (hora de Lisboa)": the city's clock
                          # buildings and parts of a city ("un hotel de Santo Domingo", "os bairros de Luanda")
                          "hotel", "hoteles", "hotéis", "hotels", "barrios", "bairros", "calles", "ruas", "escuelas",
                          "escolas", "hospitales", "hospitais", "mercado", "mercados", "vecinos", "moradores",
                          "habitantes", "residentes", "residents", "suburbios", "subúrbios", "periferia",
                          # its courts, prisons, airport and town hall ("un tribunal de Managua")
                          "tribunal", "tribunales", "juzgado", "juzgados", "cárcel", "prisión", "prisão",
                          "aeropuerto", "aeroporto", "alcaldía", "prefeitura", "municipalidad",
                          # an adjective of what the city has ("el transporte urbano de Managua")
                          "urbano", "urbana", "urbanos", "urbanas", "urban", "público", "pública", "públicos",
                          "públicas", "centro", "center", "centre", "streets",
                          # its households, families and hub ("os agregados familiares de Luanda", "o hub de Lisboa")
                          "familiares", "agregados", "famílias", "familias", "hogares", "households", "families",
                          "hub", "praias", "playas", "beaches", "parques", "parks", "metro", "metrô", "subway",
                          "porto", "puerto", "port", "estação", "estación", "station", "hospital", "zona", "área"})
_HELD_WORDS = frozenset({"planned", "scheduled", "set", "called", "organised", "organized", "slated", "booked"})
_TOPIC_LINKS = frozenset({"en", "em", "in"})
_REGION_LINKS = frozenset({"for", "para"})  # a body's region before its initials ("of" is `_org_country`'s)
_WHERE_CLAUSE = frozenset({"onde", "donde", "where"})
# Words before a party's plural ("Democrats", "Republicans") that make it another party.
_OTHER_PARTY_WORDS = frozenset({"Social", "Christian", "Free", "New"})
_OPEN_QUOTES = frozenset({'"', "«", "“", "'", "‘"})
# What ties a title to the one served ("o porta-voz do presidente", "a lawyer for the mayor").
_SERVED_LINKS = frozenset({"do", "da", "dos", "das", "del", "of", "for", "to"})
# Nouns of people by whom they serve or belong to, before a title ("a mulher do ministro, X").
_RELATION_NOUNS = frozenset({
    "mulher", "marido", "esposa", "esposo", "filho", "filha", "pai", "mãe", "irmão", "irmã", "sobrinho", "sobrinha",
    "neto", "neta", "genro", "nora", "viúva", "viúvo", "amigo", "amiga", "aliado", "aliada", "assessor", "assessora",
    "empresário", "agente", "motorista", "mujer", "hijo", "hija", "padre", "madre", "hermano", "hermana", "nieto",
    "nieta", "yerno", "viuda", "viudo", "asesor", "asesora", "representante", "chofer", "escolta", "abogado",
    "abogada", "advogado", "advogada", "wife", "husband", "son", "daughter", "father", "mother", "brother", "sister",
    "nephew", "niece", "widow", "widower", "friend", "ally", "aide", "adviser", "advisor", "lawyer", "agent",
    "driver", "bodyguard", "counsel", "attorney"})
# A relative clause that gives a name its title: "X, que fue vicepresidente", "X, who was chief executive".
_WHO = frozenset({"que", "quien", "who"})
_WAS = frozenset({"fue", "es", "era", "foi", "é", "was", "is"})
_NUMBER_SIGNS = frozenset({"No", "Nº", "N°", "Nro", "Núm", "Num"})
# What a company files: "said in a filing", "in a stock exchange filing", "in a regulatory statement".
_FILINGS = frozenset({"filing", "filings", "prospectus"})
# What a body said it would do: "Meridian said it would use", "it plans to cut".
_BODY_PLANS = frozenset({"would", "will", "had", "has", "plans", "planned", "intends", "expects", "aims", "hopes"})
# A sports story's score: "2-1", "3x0", "por 2 a 1".
_MATCH_SCORE = re.compile(r"\b\d{1,2}\s?[-–x]\s?\d{1,2}\b(?![-–/.,]\d)|\bpor \d{1,2} a \d{1,2}\b")
# Words before a team: "contra o Bahia", "against Leeds", "frente al Sevilla".
_AGAINST = frozenset({"contra", "against", "ante", "vs", "vs.", "v", "v.", "frente", "versus"})
# Masculine articles: "o Fortaleza", "do Bahia" name the club; the city and the state are "Fortaleza", "a Bahia".
_PT_MASCULINE = frozenset({"o", "do", "no", "ao", "pelo", "dum", "num"})
_ES_MASCULINE = frozenset({"el", "del", "al"})
_CLOSE_QUOTES = frozenset({'"', "»", "”", "'", "’"})


def _camel_head(word: str) -> str:
    """The first part of a word with a capital inside, lower-cased: "banco" in "BancoEstado"
    (after "en", an organisation head keeps the word a brand rather than a place)."""
    found = _CAMEL_END.search(word)
    return word[:found.start() if found else len(word)].lower()


class _ArticleActors(DescriptionRules, NameRuns, NameShapes):
    """The per-doc state of `ActorsComponent` (token maps, units, actors found so far)."""

    def __init__(self, component: ActorsComponent, doc: Doc) -> None:
        self.c, self.doc, self.gaz = component, doc, component.gaz
        self.english_portfolios: list[tuple[int, int]] = []  # "Labour and Employment" before "Adviser"
        self.tok = tok = doc_tokens(doc)  # token attributes as lists, shared with other components
        self.text, self.texts, self.n = tok.text, tok.texts, len(tok.texts)
        self.units = Units(tok, self.gaz.honorifics)
        hits = drop_surname_hits(tok, self.gaz.find(doc, tok), self.gaz.first_names,
                                 title_surnames=component.lang == "en", honorifics=self.gaz.honorifics)
        hits = drop_forename_hits(tok, hits, self.gaz.first_names, component.forename_stops)
        hits = resolve_short_countries(tok, drop_head_hits(tok, hits, component.place_heads, self.gaz.heads))
        hits = merge_place_heads(tok, hits, component.region_heads, component.links, component.place_tails,
                                 component.company_tails, self.gaz.heads)
        self.hits = drop_titles_inside_names(tok, drop_saint_namesakes(
            tok, drop_listed_openings(tok, hits, self.gaz.heads, self.gaz.first_names)), self.gaz.heads)
        self.hit_at: dict[int, Hit] = {i: h for h in self.hits for i in range(h.start, h.end)}
        self.hit_start = {h.start: h for h in self.hits}
        self.hit_end = {h.end: h for h in self.hits}
        words = list(set(tok.texts))
        self.lower_words = set(map(str.lower, compress(words, map(str.islower, map(_FIRST, words)))))
        # Tokens that start inside a date ("21 de Fevereiro"): a set, as `_usable` asks for each unit.
        idx = tok.idx
        self.date_tokens = {i for date in doc._.dates or []
                            for i in range(bisect_left(idx, date.start), bisect_left(idx, date.end))}
        self.actors = ActorSet()
        title_hits = [h for h in self.hits if h.entry.kind == "title"]
        self.titles = {h.start: self._title_info(h) for h in title_hits}
        self.after_title = {}
        covered_to = -1  # where the role written so far ends, in characters
        for h in title_hits:
            info = self.titles[h.start]
            if self.tok.idx[h.start] >= covered_to or info[2] not in self.after_title:
                self.after_title[info[2]] = info  # (not a title inside the role before: "cónsul [general]")
            covered_to = max(covered_to, info[3][1])
        self._drop_described_before()
        for info in list(self.after_title.values()):  # "a rainha D. Maria II", "o presidente Dr. Ulysses Guimarães"
            k = info[2]
            skipped = courtesy = False
            while k < self.n - 2 and (self.texts[k].rstrip(".") in self.gaz.honorifics
                                      or self.texts[k] in _COURTESY_TITLES and self.texts[k + 1][:1].isupper()
                                      and skipped is False and self.texts[k - 1] == ","):
                courtesy = courtesy or self.texts[k] in _COURTESY_TITLES
                k += 1 + (self.texts[k + 1] == ".")  # "Education Minister Datuk Seri Aminah Kassim": one or two
                skipped = True
            if courtesy:
                # "The National President of the X Association, Chief Bode Y": the office set off
                # before a courtesy title is the role
                self.after_title[k] = info
            elif skipped:
                self.after_title.setdefault(k, info)
        self._titles_set_off()
        self._owned_titles()
        self.described: dict[int, int] = {}  # token that a description names -> description start
        self.unseen_locations: set[str] = set()  # locations found by rule, not in the gazetteer
        self.streets: set[str] = set()  # of them, streets and buildings named after someone or somewhere
        self.seas: set[str] = set()  # of them, seas and oceans: in no country
        self._city_capitals: set[int] = set()  # first tokens of capitals taken as the city
        self.known_orgs: set[str] = set()  # organisations the gazetteer lists
        # org and event names, and stock indices ("the S&P 500"): no mention inside
        self.containers: list[tuple[int, int]] = index_spans(tok, self.hits)
        self.dateline: tuple[str | None, bool] | None = None  # its country, and whether an agency is credited
        self.sports_story: bool | None = None  # worked out when a city might be a club (`_plays`)
        self.outlet_home: str | None = None  # the outlet's country, "" if none (`_home_town`)

    def _drop_described_before(self) -> None:
        """A title after "Name, a/an" describes that name: the capitalised word set off after
        its place is no holder of it ("Grace X, a farmer in Ruiru, Kiambu, said": Kiambu is
        where Ruiru is, not a farmer)."""
        indefinite = INDEFINITE_ARTICLES.get(self.c.lang or "", frozenset())
        for info in list(self.titles.values()):
            s, j = bisect_left(self.tok.idx, info[3][0]), info[2]
            if s >= 3 and self._lower(s - 1) in indefinite and self.texts[s - 2] == "," \
                    and self.texts[s - 3][:1].isupper() and self.after_title.get(j) is info \
                    and 0 < j < self.n and self.texts[j - 1] == ",":
                del self.after_title[j]

    def _titles_set_off(self) -> None:
        """An office set off before a one-word title and a name is the name's role; the title is
        a rank or a form of address: "The chief adviser, Professor Rahim X, opened", "el presidente
        del Senado, senador X". So is one set off before a nationality: "o director-executivo da
        X, o singapurense Y"."""
        for j, office in list(self.after_title.items()):
            if 0 < j < self.n - 2 and self.texts[j - 1] == "," and self._lower(j) in self.c.determiners \
                    and (nationality := self.hit_start.get(j + 1)) is not None and nationality.entry.kind == "demonym" \
                    and self.texts[j + 1].islower() and nationality.end < self.n \
                    and self.texts[nationality.end][:1].isupper() and nationality.end not in self.after_title:
                # "O director-executivo da PSA Sines, o singapurense Lim Wei Choon": the title's, past
                # the nationality set off with it
                self.after_title[nationality.end] = office
                continue
            rank = self.titles.get(j)
            if rank is None or rank is office:
                continue
            role, _, after, _ = rank
            if self.c.lang == "en" and role in _MILITARY_RANKS and office[0] not in _MILITARY_RANKS \
                    and after < self.n and self.after_title.get(after) is rank and self.texts[after][:1].isupper() \
                    and self.tok.is_alpha[after] and after not in self.hit_at and j > 0 and self.texts[j - 1] != ",":
                # "Mongla Port Authority Chairman Rear Admiral X", "Chief of Army Staff General X":
                # the office, then the rank
                self.after_title[after] = office
            elif 0 < j < self.n - 1 and self.texts[j - 1] == "," and after == j + 1 \
                    and self.after_title.get(after) is rank and self.texts[after][:1].isupper() \
                    and self.tok.is_alpha[after] and after not in self.hit_at:
                self.after_title[after] = office

        if self.c.lang != "en":
            self._office_before_a_rank()

    def _office_before_a_rank(self) -> None:
        """An office set off before an article, a one-word title and a name is the name's role;
        the title after the article is a rank or a trade: "El gerente general de la compañía, el
        ingeniero chileno X", "El director general de Tren Maya, el general X"."""
        starts = {id(title): k for k, title in self.titles.items()}
        for k, office in list(self.titles.items()):
            after = office[2]
            if after < self.n - 1 and self.texts[after - 1] == "," and self._lower(after) in self.c.determiners:
                rank_at = after + 1  # the office's name would follow the comma
            else:  # the office's name is already past the rank: the rank is what holds it
                rank_at = starts.get(id(self.after_title.get(after)), -1)
            rank = self.titles.get(rank_at)
            if rank is None or rank is office or rank_at <= k + 2 or self.texts[rank_at - 2] != "," \
                    or self._lower(rank_at - 1) not in self.c.determiners \
                    or any(word in self.c.links for word in rank[0].lower().split()):
                continue  # (not "Del lado empresario, el presidente de la CAABPA, X": an office of its own)
            name = rank[2]
            if name < self.n and self.after_title.get(name) is rank and self.texts[name][:1].isupper() \
                    and self.tok.is_alpha[name] and name not in self.hit_at:
                self.after_title[name] = office

    def _owned_titles(self) -> None:
        """A title that follows "do/of/for/to" after another title or a relation noun is whom the
        name serves, not the name's: "o porta-voz do presidente russo, Dmitry Peskov", "a lawyer
        for the mayor, X", "a mulher do ministro, Y". The name gets the whole phrase as its role.
        Without the comma the name is the inner title's: "a spokesperson for Defence Minister X";
        and after "a spokesperson", who is left unnamed ("A spokesperson for the Minister of Health,
        X, said"; but "a lawyer for the mayor, X" is the lawyer)."""
        for info in list(self.titles.values()):
            j = info[2]
            if self.after_title.get(j) is not info:
                continue
            written = info[3]
            if "," not in self.texts[bisect_left(self.tok.idx, written[1]):j]:
                continue  # "A spokesperson for Defence Minister Laura Quell said": the minister's own name
            start = bisect_left(self.tok.idx, written[0])
            p = start - 1
            while p > 0 and self._lower(p) in self.c.determiners:
                p -= 1  # "for the mayor"
            if p < 1 or self._lower(p) not in _SERVED_LINKS:
                continue
            q = p - 1
            if not self.texts[q][:1].isalpha() or not self.texts[q].islower() and q > 0 and self.tok.ws[q - 1] \
                    and self.texts[q - 1] not in ".\n":
                continue
            outer = self.hit_end.get(q + 1)
            if outer is not None and outer.entry.kind == "title":
                first = outer.start
            elif self._lower(q) in _RELATION_NOUNS:
                first = q
            else:
                continue
            if self._lower(first - 1) in INDEFINITE_ARTICLES.get(self.c.lang or "", frozenset()) \
                    and self._lower(first) in SPOKESPEOPLE:
                continue  # "A spokesperson for the Minister of Health, X, said": an unnamed one; X is the minister
            if first > 0 and self.texts[first - 1] in _FORMER:
                first -= 1
            span = self._span(first, bisect_left(self.tok.idx, written[1]))
            role = span[2][:1].lower() + span[2][1:]
            owned = (role, info[1], j, span)
            for k in [k for k, v in self.after_title.items() if v is info]:
                self.after_title[k] = owned  # and past an honorific: "Counsel to the governor, Mr X"

    def run(self) -> list[Actor]:
        self._add_gazetteer_actors()
        self._add_descriptions()
        pending = self._add_names()
        self._link_short_forms(pending)
        self._merge_aliases()
        self.actors.merge_people_named_as_bodies()
        self._drop_portfolios()
        self.actors.drop_inside(self.containers)
        self.actors.merge_bracketed_initials(self.text)
        self.actors.drop_initials_of_things(self.text)
        lang = self.c.lang or ""
        self._countries_of_organisations()
        dateline, credited = self.dateline or self._known_dateline()
        url, language = article_source(self.doc, lang)
        home = home_country(url, language, dateline=dateline, credited=credited)
        self.doc.user_data["etl.home_country"] = home  # read by etl_currencies
        # "$" in an English wire's story is the US dollar, wherever it is datelined (Reuters from
        # Singapore writes "S$" for Singapore's); Spanish wires write "$" for the local peso.
        self.doc.user_data["etl.outlet_country"] = home_country(url, language) if lang == "en" else home
        resolve_countries(self.actors.by_id, self.text, self.unseen_locations, lang, home, self.c.us_states_ap,
                          self.streets, is_world_news(url), is_home_news(url, home), self.c.ca_provinces_cp)
        self._the_outlet_itself(url)
        self._cities_taken_for_people()
        for actor_id in self.seas:
            if (record := self.actors.by_id.get(actor_id)) is not None:
                record["country"] = None  # (not the story's country: "o mar Vermelho" in a story from Sines)
        return self.actors.to_models()

    def _cities_taken_for_people(self) -> None:
        """A "person" who is a town of the country the article gives it is that town when no
        mention has a role, an honorific before it or a verb of saying after it, and no other
        person's name holds it: a city of note (100,000 people) wherever it is named ("Adelaide
        will be climate-resilient", in an Adelaide paper), a smaller town where every mention
        follows "in/em/en" or a place of a list ("Flooding was reported in Diego Martin", "in Port
        of Spain, Diego Martin and San Juan"). Given names are the names of many towns; by the
        time the country is known, the town is the likelier reading."""
        by_id, text, roles = self.actors.by_id, self.text, self.actors.roles
        people = [record for record in by_id.values() if record["type"] == "person"]
        place_ends = {end for record in by_id.values() if record["type"] in ("location", "country")
                      for _, end in record["mentions"]}

        def listed_after_place(start: int) -> bool:
            found = _LISTED_AFTER.search(text, max(0, start - 8), start)
            return found is not None and found.start() in place_ends

        for actor_id, record in [(actor_id, record) for actor_id, record in by_id.items()
                                 if record["type"] == "person" and record["country"] and not record["role"]]:
            name = record["name"]
            population = dict(city_index().get(slugify(name), ())).get(record["country"])
            if population is None or any(span in roles for span in record["mentions"]) \
                    or any(other is not record and f" {name} " in f" {other['name']} " for other in people):
                continue
            before = [text[max(0, start - 16):start].split()[-1:] for start, _ in record["mentions"]]
            after = [text[end:end + 24].split()[:2] for _, end in record["mentions"]]
            if any(word and word[0].rstrip(".") in self.gaz.honorifics for word in before) \
                    or any(words and words[0].lower().strip(",.") in self.c.speech_verbs
                           and words[1:] != ["por"] for words in after):
                continue  # (not "Marília respondeu por 6% desse total": what it accounts for)
            if population < NOTED_POPULATION and not all(
                    word and word[0].lower() in _IN_PLACE or listed_after_place(start)
                    for word, (start, _) in zip(before, record["mentions"], strict=True)):
                continue  # (a smaller town: "in Diego Martin", "in Port of Spain, Diego Martin and San Juan")
            by_id.pop(actor_id)
            place = by_id.setdefault(f"location:{slugify(name)}", {**record, "type": "location", "mentions": {}})
            place["mentions"].update(record["mentions"])

    def _the_outlet_itself(self, url: str | None) -> None:
        """The body named as the article's own outlet is of the outlet's country: "dijo a La
        Nación" in a story of nacion.com is Costa Rica's paper, not the listed Argentine one
        (whose id gets the country's code, as `_split_by_country` gives). The outlet may be named
        short: "told The Guardian" on guardian.ng (The Guardian Nigeria), "told the Inquirer" on
        inquirer.net (Philippine Daily Inquirer)."""
        if (own := own_outlet(url)) is None:
            return
        slug, country = _without_the(slugify(own[0])), own[1]
        by_id = self.actors.by_id
        for actor_id in [actor_id for actor_id, record in by_id.items() if record["type"] == "organization"
                         and record["country"] != country and _short_for(_without_the(slugify(record["name"])), slug)]:
            record = by_id.pop(actor_id)
            new_id = actor_id if record["country"] is None else f"{actor_id}-{country.lower()}"
            record["country"] = country
            by_id[new_id] = record

    # -- tokens ------------------------------------------------------------------------------

    def _title_case_dateline(self, start: int, end: int) -> bool:
        """A capital that opens the story before an agency's credit, a dash or the end of its
        line, or a full stop, is where it was filed from ("Bruselas, 17 oct (EFE).-", "Seoul (AFP) –",
        "Bogotá -", "Brasília\n\nO Tribunal ...", "Tegucigalpa. Cuatro personas …")."""
        if end >= self.n or not self._opens_story(start):
            return False
        after = self.texts[end]
        return after in ("—", "–", "-") or "\n" in after \
            or (after in (",", "(") and credited_agency(self.text, self.tok.ends[end - 1])) \
            or after == "," and _DATED_DASH.match(self.text, self.tok.ends[end - 1]) is not None \
            or after == "," and _REGION_DASH.match(self.text, self.tok.ends[end - 1]) is not None \
            or after == "." and end + 1 < self.n and self.texts[end + 1][:1].isupper()  # "Tegucigalpa. Cuatro …"

    def _says_it(self, j: int) -> bool:
        """Whether the speech verb after token `j` (past adverbs) goes on with "it" or "its": a
        body speaks of itself so ("said it would"), a person with "he" or "she"."""
        while self._lower(j) in self.c.adverbs:
            j += 1
        j += 1 + (self._lower(j + 1) == "that")
        # "said it would use", "said its profit fell"; not "said it was a tragedy", "it would be hard";
        # "said in a filing with Bursa Malaysia": a company files
        return self._lower(j) == "its" or self._lower(j) == "it" and self._lower(j + 1) in _BODY_PLANS \
            and self._lower(j + 2) not in ("be", "been", "take") \
            or self._lower(j) == "in" and self._lower(j + 1) in ("a", "an", "its") \
            and any(self._lower(k) in _FILINGS for k in range(j + 2, j + 5))

    def _after_amount(self, k: int) -> bool:
        """Whether token `k` follows an amount, directly or after "de/of": "300 TEU", "1,1 millones de TEU"."""
        j = k - 1 - (self._lower(k - 1) in _OF_COUNTRY)
        return j >= 0 and (self.texts[j][:1].isdigit() or self._lower(j) in self.c.multipliers)

    def _named_place_before(self, k: int) -> bool:
        """Whether the capitalised words ending at token `k` name a place by the lowercase
        place noun before them ("aeropuerto El Dorado", "o bairro Jardim Quelta")."""
        j = k
        while j >= 0 and k - j < 4 and self.texts[j][:1].isupper() and self.tok.is_alpha[j]:
            j -= 1
        return j < k and j >= 0 and self.texts[j] in self.c.place_nouns_direct

    def _part_of_city(self, end: int) -> bool:
        """A capital's part after its possessive: "Beirut's southern suburbs", "Kyiv's centre",
        "Dublin's Abbey Street"; or, in English, a place or an event in the city named before
        its noun: "a Nairobi hotel", "in early Paris trading", "a Moscow court"."""
        if end + 1 >= self.n:
            return False
        after = self._lower(end)
        if self.c.lang == "en" and after in _CITY_NOUNS and (self.texts[end].islower() or self.texts[end] == "Mayor"):
            return True  # ("London Mayor Sadiq Khan": the city's mayor)
        start = self.hit_end[end].start if end in self.hit_end else end - 1
        if self.c.lang == "en" and self._lower(start - 1) in ("a", "an") and self.texts[end].islower() \
                and self.tok.is_alpha[end] and after not in _GOVERNMENT_WORDS and after not in _ENVOY_NOUNS \
                and after not in SPOKESPEOPLE and not self.tok.is_stop[end]:
            return True  # "an Ottawa winter", "a Nairobi commuter": a thing of the city (not "a Moscow envoy")
        if self.texts[end] not in ("'s", "’s"):
            return False
        nxt = self._lower(end + 1)
        if nxt in _COMPASS or nxt in self.c.place_nouns or nxt in _CITY_PARTS:
            return True
        k = end + 1
        while k < self.n and k - end <= 3 and self.texts[k][:1].isupper() and self.tok.is_alpha[k]:
            if self.texts[k] in self.c.place_heads and k > end + 1:
                return True  # "Dublin's Abbey Street", "London's Oxford Street"
            k += 1
        return False

    def _place_in_city(self, end: int) -> bool:
        """In English, a place of the city named after it: "London Liverpool Street", "the
        Nairobi Expressway" (a street, a road, a station: a place head at most two words on)."""
        if self.c.lang != "en" or end >= self.n or not self.tok.ws[end - 1] or not self.texts[end][:1].isupper():
            return False
        return self.texts[end] in self.c.place_heads or bool(end + 1 < self.n and self.tok.ws[end]
                                                             and self.texts[end + 1] in self.c.place_heads
                                                             and self.tok.is_alpha[end])

    def _before_own_country(self, end: int, country: str | None) -> bool:
        """A capital followed by its own country is the city: "Bruselas, en Bélgica",
        "Kampala, Uganda", "Lima (Peru)"."""
        k = end
        if k < self.n and self.texts[k] in (",", "("):
            k += 1
        if k < self.n and self._lower(k) in _IN_PLACE:
            k += 1
        hit = self.hit_start.get(k)
        return k > end and hit is not None and hit.entry.kind == "country" and not hit.entry.capital \
            and hit.entry.country == country

    def _inside_hyphenated(self, start: int, end: int) -> bool:
        """Tokens `start:end` are glued by hyphens into a longer capitalised word ("PORT-AU-PRINCE"),
        not a name before a modifier ("AU-led")."""
        texts, ws, n = self.texts, self.tok.ws, self.n
        left = start > 1 and texts[start - 1] == "-" and not ws[start - 2] and not ws[start - 1]
        right = end + 1 < n and texts[end] == "-" and not ws[end - 1] and not ws[end] and texts[end + 1][:1].isupper()
        return left or right

    def _after_title_link(self, start: int) -> bool:
        """A capital after a title and "de" is the city or province it governs: "o governador
        provincial de Luanda", "el alcalde de Lima" (not the country's government)."""
        k = start - 1
        if k > 0 and self._lower(k) in self.c.determiners:
            k -= 1
        if k < 1 or self._lower(k) not in self.c.links:
            return False
        k -= 1
        while k > 0 and self._lower(k) in self.c.title_adjectives:
            k -= 1
        return any(h.entry.kind == "title" and h.end == k + 1 for h in (self.hit_at.get(k),) if h is not None)

    def _district_set_off(self, j: int) -> int | None:
        """The comma that ends a district after "por/pelo/pela" at token `j`, before a capitalised
        name: "por el distrito 7, Tomás Reyes", "pelo círculo de Braga, Ana Lima"; None otherwise."""
        for m in range(j + 2, min(j + 7, self.n - 1)):
            if self.texts[m] == ",":
                return m if self.texts[m + 1][:1].isupper() and self.tok.is_alpha[m + 1] \
                    and (m + 1) not in self.hit_at else None
            if not (self.tok.is_alpha[m] or self.texts[m].isdigit()):
                return None
        return None

    def _example_of_places(self, start: int) -> bool:
        """Token `start` opens the examples of a plural place noun a few words before: "38
        suburbs were affected, including Soweto", "towns such as Ilford", "barrios como Petare"."""
        k = start - 1
        if self._lower(k) in self.c.determiners and self.c.lang != "en":
            k -= 1
        if self._lower(k) in _EXAMPLE_WORDS:
            k -= 1
        elif self._lower(k) == "as" and self._lower(k - 1) == "such":
            k -= 2
        else:
            return False
        k -= self.texts[k] == "," if k >= 0 else 0
        return any(self._lower(i) in self.c.place_nouns and self._lower(i).endswith("s")
                   for i in range(max(0, k - 4), k + 1))

    def _name_before_speech(self, m: int) -> bool:
        """Three or four capitalised words from token `m` (two if the first is a given name), none
        listed, right before a verb of saying: a person's full name, whose given name we may not
        list ("o diretor do sindicato Valmir Tenório Assis disse"). Not when a given name comes
        after the first word: "da consultoria Quelmex Rafael Quelme" is the body's name, then his."""
        end = m
        while end < self.n and end - m < 5 and self.texts[end][:1].isupper() and self.tok.is_alpha[end] \
                and end not in self.hit_at and self._lower(end) not in self.gaz.heads:
            end += 1
        return (3 <= end - m <= 4 or end - m == 2 and self.texts[m] in self.gaz.first_names) \
            and self._lower(end) in self.c.speech_verbs \
            and not any(self.texts[i] in self.c.company_words for i in range(m, end)) \
            and not any(self.texts[i] in self.gaz.first_names for i in range(m + 1, end))

    def _city_people(self, i: int) -> bool:
        """Token `i` is a plural of people by their trade: "los transportistas de Tegucigalpa",
        "os comerciantes de Luanda" are the city's (not "los negociadores de Washington")."""
        word = self.texts[i] if 0 <= i < self.n else ""
        return word.isalpha() and word.islower() and word not in _SPEAKING_FOR \
            and word.endswith(_TRADE_PLURALS)

    def _named_event(self, i: int) -> bool:
        """Token `i` ends a capitalised name of two words or more, no government's, before "de"
        and a capital: "o Salão Aeronáutico de Paris", "la Feria Internacional de Lima" (where it
        is held)."""
        if not (2 <= i < self.n and self.texts[i][:1].isupper() and self.texts[i][1:].islower()
                and self.texts[i - 1][:1].isupper() and self.tok.is_alpha[i - 1] and i not in self.hit_at):
            return False
        return not any(self._lower(k) in _GOVERNING or self._lower(k) in self.c.title_words for k in (i - 1, i)) \
            and not self.tok.sent_start[i - 1] and self._plural_name_before(i + 2) is None  # ("Emissores
        # Associados de Lisboa" is a company named with its place)

    def _listed_after_city(self, start: int) -> bool:
        """A capital listed after one taken as the city is a city too: "viajó a Caracas y a Quito"."""
        k = start - 1
        if self._lower(k) in _TO_WORDS or self._lower(k) in self.c.links:
            k -= 1
        hit = self.hit_end.get(k) if k > 0 and (self.texts[k] in _LIST_MARKS or self._lower(k) in _OR_WORDS) else None
        if hit is not None and hit.start in self._city_capitals:
            return True  # (and "middlemen in Nairobi or Kampala")
        # "rutas desde Girona a Estocolmo", "flights from Cork to London": the end of a route from a place
        if start < 3 or self._lower(start - 1) not in _ROUTE_TO:
            return False
        origin = self.hit_end.get(start - 1)
        if origin is not None:
            return self._lower(origin.start - 1) in _ROUTE_FROM and (
                origin.entry.kind == "place" and origin.entry.actor_type == "location"
                or origin.start in self._city_capitals)
        first = start - 2
        while first > 0 and self.texts[first][:1].isupper() and self.tok.is_alpha[first] \
                and first not in self.hit_at and start - 2 - first < 3:
            first -= 1
        return first < start - 2 and self._lower(first) in _ROUTE_FROM \
            and is_known_place(self.text[self.tok.idx[first + 1]:self.tok.ends[start - 2]])

    def _listed_with_places(self, start: int, end: int) -> bool:
        """A capital listed next to a town that is no capital is a city too ("nos distritos de
        Setúbal, Lisboa e Faro")."""
        texts, hit_end, hit_start = self.texts, self.hit_end, self.hit_start
        before = hit_end.get(start - 1) if start > 1 and texts[start - 1] in _LIST_MARKS \
            else hit_end.get(start - 2) if start > 2 and self._lower(start - 1) in self.c.links \
            and texts[start - 2] in _LIST_MARKS else None  # "as famílias de Benguela e de Luanda"
        after = hit_start.get(end + 1 + (end + 2 < self.n and self._lower(end + 1) in self.c.links)) \
            if end + 1 < self.n and texts[end] in _LIST_MARKS else None  # "de Lisboa e do Porto"
        if any(h is not None and h.entry.kind == "place" and h.entry.actor_type == "location"
               for h in (before, after)):
            return True
        k, country = end, hit_start[start].entry.country
        while k + 1 < self.n and texts[k] in _LIST_MARKS and k - end < 8:
            # "La Paz, Santa Cruz y Cochabamba": a town of the country further on in the list
            k += 1
            if k + 1 < self.n and self._lower(k) in self.c.links:
                k += 1  # "de Maputo e da Beira"
            if (hit := hit_start.get(k)) is not None:
                if hit.entry.kind == "place" and hit.entry.actor_type == "location":
                    return True
                break
            first = k
            while k < self.n and texts[k][:1].isupper() and self.tok.is_alpha[k] and k not in self.hit_at:
                k += 1
            if first < k and self._town_or_city_of_note(first, k, country):
                return True
        if self._town_listed_before(start, country):
            return True
        return self._list_after_place_word(start) or self._listed_with_town(start, end)

    def _town_listed_before(self, start: int, country: str | None) -> bool:
        """Whether a town of `country`, or a city of note anywhere, is listed before token `start`:
        "conexiones con Marrakech, Cracovia, Oporto, Bari y Estocolmo"."""
        texts, k = self.texts, start - 1
        while k > 0 and texts[k] in _LIST_MARKS and start - k < 12:
            first = k
            while first > 0 and texts[first - 1][:1].isupper() and self.tok.is_alpha[first - 1] \
                    and first - 1 not in self.hit_at:
                first -= 1
            if first == k:
                return False
            if self._town_or_city_of_note(first, k, country):
                return True
            k = first - 1
        return False

    def _town_or_city_of_note(self, start: int, end: int, country: str | None) -> bool:
        """Whether tokens `start:end` name a town of `country` or a city of note anywhere
        (GeoNames): "La Paz, Santa Cruz y Cochabamba", "Marrakech, Oporto, Bari y Estocolmo"."""
        name = slugify(self.text[self.tok.idx[start]:self.tok.ends[end - 1]])
        return any(own == country or population >= NOTED_POPULATION for own, population in city_index().get(name, ()))

    def _listed_with_town(self, start: int, end: int) -> bool:
        """A capital next to an unlisted town of its own country is a city too ("afectó a
        Canelones y Montevideo", "Montevideo, Canelones y Maldonado")."""
        texts, n = self.texts, self.n
        country = self.hit_start[start].entry.country
        runs = []
        if start > 1 and texts[start - 1] in _LIST_MARKS:
            k = start - 1
            while k > 0 and texts[k - 1][:1].isupper() and self.tok.is_alpha[k - 1] and k - 1 not in self.hit_at:
                k -= 1
            runs.append((k, start - 1))
        if end + 1 < n and texts[end] in _LIST_MARKS:
            k = end + 1
            while k < n and texts[k][:1].isupper() and self.tok.is_alpha[k] and k not in self.hit_at:
                k += 1
            runs.append((end + 1, k))
        towns = city_index()
        return any(0 < e - s <= 3 and not self.tok.sent_start[s] and any(
            own == country for own, _ in towns.get(slugify(self.text[self.tok.idx[s]:self.tok.ends[e - 1]]), ()))
            for s, e in runs)

    def _list_after_place_word(self, start: int) -> bool:
        """A capital later in a list of names that a place word opens ("en Guayaquil, Quito y
        Esmeraldas", "en surtidores de El Alto y La Paz") is a city like the first."""
        texts, c, lower = self.texts, self.c, self._lower
        k = start - 1
        for _ in range(6):
            if k < 1 or texts[k] not in _LIST_MARKS:
                return False
            j = k - 1
            while j >= 0 and texts[j][:1].isupper():
                j -= 1
            if j == k - 1:
                return False  # no name before the mark
            word = lower(j)
            if word in c.determiners:
                j, word = j - 1, lower(j - 1)
            if word in c.place_preps or word in c.links and lower(j - 1) in c.place_nouns:
                return True
            k = j
        return False

    def _surname_after_unknown(self, start: int) -> bool:
        """The one-word place at token `start` follows an unlisted capitalised word that itself
        follows a verb of saying, or an outlet after one ("dijo Wilfredo Santiago", "dijo a
        EFE Wilfredo Santiago"): the inverted speaker's name, whose surname is a town's."""
        texts = self.texts
        if start < 2 or start + 1 < self.n and texts[start + 1][:1].isupper() \
                or not (texts[start - 1][:1].isupper() and texts[start - 1][1:].islower()
                        and self.tok.is_alpha[start - 1] and self.tok.ws[start - 1] and start - 1 not in self.hit_at
                        and self._lower(start - 1) not in self.gaz.heads):
            return False
        k = start - 2
        while k > 0 and start - k <= 3 and self._unlisted_name_word(k):
            k -= 1  # "o caminhoneiro Wanderlei Cardoso Lima": more of the name before
        if (outlet := self.hit_end.get(k + 1)) is not None and outlet.entry.kind == "org":
            k = outlet.start - 1  # "dijo a EFE"
            k -= self._lower(k) in ("a", "à", "ao", "to")
        title = self.hit_end.get(k + 1)
        if self._lower(k) in self.c.speech_verbs:
            return True
        described = k > 0 and texts[k].islower() and texts[k].endswith(_AGENT_ENDINGS) \
            and self._lower(k - 1) in self.c.determiners  # "o caminhoneiro", not "o programa Renda Certa Lisboa"
        titled = title is not None and title.entry.kind == "title" and texts[title.start].islower()
        return start - k > 2 and (titled or described)  # "o caminhoneiro Wanderlei Cardoso Lima"

    def _unlisted_name_word(self, k: int, *, last: bool = False) -> bool:
        """A capitalised word outside the tables that can be a name's, with a space after it
        unless it is the `last` ("Rojas," ends a name)."""
        texts = self.texts
        return texts[k][:1].isupper() and texts[k][1:].islower() and bool(self.tok.is_alpha[k]) \
            and bool(last or self.tok.ws[k]) and k not in self.hit_at and self._lower(k) not in self.gaz.heads

    def _surname_elsewhere(self, unit: Unit) -> bool:
        """The word comes back elsewhere right after a capitalised word, as the last word of a
        name ("Commodore Jerome Salcedo said … Salcedo told reporters")."""
        texts = self.texts
        return any(k > 0 and k != unit.start and texts[k - 1][:1].isupper() and self.tok.is_alpha[k - 1]
                   and self.tok.ws[k - 1] for k in compress(count(), map(unit.text.__eq__, texts)))

    def _span(self, start: int, end: int) -> tuple[int, int, str]:
        first, last = self.tok.idx[start], self.tok.ends[end - 1]
        return first, last, self.text[first:last]

    def _lower(self, i: int) -> str:
        return self.tok.lower[i] if 0 <= i < self.n else ""

    # -- 1. gazetteer -----------------------------------------------------------------------

    def _add_gazetteer_actors(self) -> None:
        place_preps, heads, texts = self.c.place_preps, self.gaz.heads, self.texts
        branch_end = town_end = -1
        for start, end, entry in self.hits:
            kind = entry.kind
            if kind == "org" and self._inside_hyphenated(start, end):
                continue  # "PORT-AU-PRINCE": a part of a hyphenated word, not the African Union
            if kind == "org" and self._field_before_head(start):
                continue  # "The Labour Department": a body of that field (added with the names)
            if kind == "org" and end - start == 1 and self.tok.sent_start[start] \
                    and entry.name.endswith(f" {texts[start]}") \
                    and is_known_place(entry.name[:-len(texts[start]) - 1]) \
                    and texts[start].endswith("s") and is_common_word(texts[start], self.c.lang) \
                    and not self._sports_story():
                # "Packers are feeling the pinch": a common plural, not the Green Bay Packers (a
                # town's club, by its nickname, outside a sports story)
                continue
            if start < branch_end:
                continue  # the country of a branch, added with it
            if (kind == "country" and not entry.capital or kind == "demonym" and texts[start][:1].isupper()) \
                    and (body := self.hit_start.get(end)) is not None \
                    and body.entry.kind == "org" and self.tok.ws[end - 1] \
                    and (body.entry.name in self.c.branch_orgs or self._other_countrys_body(start, end, body)):
                # "the Uganda Red Cross Society", "Kenya Red Cross", "the Nigerian Red Cross Society": the
                # body's branch in that country; "the Tanzania People's Defence Force" is not Myanmar's
                stop = body.end + (body.end < self.n and self._lower(body.end) in _BRANCH_TAILS)
                span = self._span(start, stop)
                self.actors.add(f"organization:{slugify(span[2])}", "organization", span[2], span,
                                country=entry.country)
                self.containers.append(span[:2])
                branch_end = stop
                continue
            if kind == "org" and (branch := self.hit_start.get(end)) is not None \
                    and (branch.entry.kind == "country" and not branch.entry.capital or branch.entry.kind == "place") \
                    and (entry.name in self.c.branch_orgs
                         # "EDP España confirmó", "Iberdrola México anunció": a company's arm abroad
                         or branch.entry.kind == "country" and entry.country
                         and entry.country != branch.entry.country) \
                    and self.tok.ws[end - 1] and (branch.end >= self.n or not texts[branch.end][:1].isupper()):
                # "Amnesty International Kenya executive director": the body's branch in that country;
                # "em declarações à RTP Madeira", "BBC Wales": a broadcaster's regional station
                span = self._span(start, branch.end)
                self.actors.add(f"organization:{slugify(span[2])}", "organization", span[2], span,
                                country=branch.entry.country)
                self.containers.append(span[:2])
                branch_end = branch.end
                continue
            if kind == "org" and self.c.lang == "en" and texts[start] == "PT" and end == start + 1 \
                    and self.tok.ws[start] and end < self.n and texts[end][:1].isupper() and self.tok.is_alpha[end] \
                    and end not in self.hit_at:  # "PT Senator X" is the party's
                # "PT Adaro Energy", "PT Bank Central Asia Tbk": an Indonesian company (Perseroan
                # Terbatas), not Brazil's Workers' Party
                stop = end
                while stop < self.n and stop - end < 5 and texts[stop][:1].isupper() and self.tok.is_alpha[stop] \
                        and not self.tok.sent_start[stop]:
                    stop += 1
                span = self._span(start, stop)
                self.actors.add(f"organization:{slugify(span[2])}", "organization", span[2], span, country="IDN")
                self.containers.append(span[:2])
                branch_end = stop
                continue
            if kind == "org" and end - start == 1 and texts[start].isupper() \
                    and texts[start].lower() in self.c.currency_words \
                    and (end < self.n and texts[end][:1].isdigit() or start > 0 and (
                        texts[start - 1][:1].isdigit() or self._lower(start - 1) in self.c.multipliers)):
                continue  # "worth NPR 17 billion", "17 billion NPR": the currency, not the radio
            if kind == "org" and end < self.n and texts[end] in _LAW_NOUNS and self.tok.ws[end - 1] \
                    and end - start == 1 and not texts[start].isupper():
                continue  # "the Canada Labour Code", "Labour Day": a law or a day named with the word
            if kind == "org" and end - start == 1 and self.tok.sent_start[start] and end + 1 < self.n \
                    and texts[end].islower() and (self._lower(end) in _FIELD_NOUNS_AFTER
                                                  or texts[end] == "and" and texts[end + 1].islower()
                                                  and self._lower(end + 1) not in self.c.determiners):
                continue  # "Labour unions in Lagos", "Labour and employment adviser X": the word, no party
            if kind == "country" and self._lower(end) in self.c.currency_words and not entry.capital:
                continue  # "against the US dollar", "el dólar estadounidense" names no country
            before = self._lower(start - 1)
            if before in self.c.determiners:
                before = self._lower(start - 2)  # "en la Ciudad de México", "in the City of London"
            if kind == "org" and end - start > 1 and (longer := self._listed_name_goes_on(end)) is not None:
                # "Instituto Nacional de Meteorologia e Geofísica (INMG)": Cabo Verde's, longer than
                # the listed Brazilian INMET, as its initials spell
                span = self._span(start, longer)
                self.actors.add(f"organization:{slugify(span[2])}", "organization", span[2], span)
                self.containers.append(span[:2])
            elif kind == "org" and end - start > 1 and self._initials_of_another(start, end, entry):
                # "O Instituto Nacional de Meteorologia (INAM)" of Mozambique is not Brazil's INMET:
                # the text gives the body initials that the listed one does not have
                span = self._span(start, end)
                self.actors.add(f"organization:{slugify(span[2])}", "organization", span[2], span)
                self.containers.append(span[:2])
            elif kind == "org" and (owner := self._of_another_country(end, entry)) is not None:
                # "the Democratic Party of Japan", "el Partido Socialista de Chile": that country's
                # party of the name, not the listed one
                span = self._span(start, owner.end)
                self.actors.add(self._org_id(span[2]), "organization", span[2], span, country=owner.entry.country)
                self.containers.append(span[:2])
                branch_end = owner.end
            elif kind == "org" and (opening := self._longer_org_name(start)) is not None:
                # "Peoples Democratic Party", "New Democratic Party": another party than the listed one
                span = self._span(opening, end)
                demonym = self.hit_start.get(opening)
                self.actors.add(self._org_id(span[2]), "organization", span[2], span,
                                country=demonym.entry.country if demonym and demonym.entry.kind == "demonym" else None)
                self.containers.append(span[:2])
            elif (kind == "place" and entry.actor_type == "location" or kind == "country" and entry.capital) \
                    and start >= town_end and (town := self._town_around(start, end)) is not None:
                # "Novo Hamburgo", "Porto Novo", "Santiago de Cuba": a town named with the place;
                # in the country of the listed region that ends it ("São Francisco do Pará")
                region = self.hit_at.get(town[1] - 1)
                self._add_location(self._span(*town), region.entry.country if region is not None
                                   and region.start > end and region.entry.kind == "place" else None)
                town_end = town[1]
            elif start < town_end:
                continue  # the place named inside the town's name
            elif (kind == "place" and entry.actor_type == "location" or kind == "country" and entry.capital) \
                    and self._plays(start, end):
                # "o Fortaleza venceu o Bahia", "el Sevilla", "Leeds beat Burnley": the city's club
                span = self._span(start, end)
                self.actors.add(f"organization:{slugify(span[2])}", "organization", span[2], span,
                                country=entry.country)
            elif self.c.lang == "en" and (kind == "place" or kind == "country" and entry.capital) \
                    and (council := _LOWER_BODY.match(self.text, self.tok.ends[end - 1])) is not None:
                # "Birmingham city council", "the Minneapolis police department": the town's body
                span = (self.tok.idx[start], council.end(), self.text[self.tok.idx[start]:council.end()])
                self.actors.add(self._org_id(span[2]), "organization", span[2], span, country=entry.country)
                self.containers.append(span[:2])
            elif self.c.lang == "en" and kind == "country" and entry.capital and end + 1 < self.n \
                    and self.tok.ws[end - 1] and texts[end][:1].isupper() and self.tok.is_alpha[end] \
                    and end not in self.hit_at and texts[end] not in self.gaz.first_names \
                    and texts[end] not in self.c.place_heads and texts[end] not in self.c.place_tails \
                    and texts[end] not in self.c.month_names and texts[end] not in _DAY_NAMES \
                    and texts[end] not in _AGREEMENT_WORDS and texts[end].lower() not in self.c.event_words \
                    and not texts[end + 1][:1].isupper() and texts[end + 1] not in ("'s", "’s", "of", "and", "&") \
                    and start > 0 and self._lower(start - 1) == "the":
                # "the London Overground", "the Dhaka Metro": a body named after the capital
                span = self._span(start, end + 1)
                self.actors.add(self._org_id(span[2]), "organization", span[2], span, country=entry.country)
                self.containers.append(span[:2])
            elif kind in ("country", "place") and start > 0 and texts[start - 1].islower() \
                    and (self._lower(start - 1) in self.c.org_nouns
                         # "a construtora chinesa China Jiangxi International": its nationality between
                         or start > 1 and (demonym := self.hit_end.get(start)) is not None
                         and demonym.entry.kind == "demonym" and demonym.start == start - 1
                         and self._lower(start - 2) in self.c.org_nouns) \
                    and end < self.n and self.tok.ws[end - 1] \
                    and texts[end][:1].isupper() and self.tok.is_alpha[end] and end not in self.hit_at \
                    and texts[end] not in self.gaz.first_names:
                # "a distribuidora Piauí Luz", "la empresa Chile Foods": a company named after its place
                last = end
                while last < self.n and last - start < 4 and texts[last][:1].isupper() and self.tok.is_alpha[last] \
                        and last not in self.hit_at:
                    last += 1
                span = self._span(start, last)
                self.actors.add(self._org_id(span[2]), "organization", span[2], span, country=entry.country)
                self.containers.append(span[:2])
            elif (kind == "country" or kind == "place" and entry.actor_type == "location") and start > 0 \
                    and (texts[start - 1] in _STREET_NOUNS or texts[start - 1] in self.c.place_nouns_direct) \
                    and (end >= self.n or not texts[end][:1].isupper()):
                # "la calle Colombia", "a avenida Brasil", "la plaza Independencia": a street named
                # after the place, wherever it runs; "o rio São Francisco" is no Californian city
                self._add_location(self._span(start, end))
            elif kind == "country" and entry.capital and end == start + 1 and start > 0 and self.c.lang != "en" \
                    and texts[start - 1].islower() and self._place_noun_word(texts[start - 1]) \
                    and end < self.n and self.tok.ws[start] and texts[end][:1].isupper() and self.tok.is_alpha[end] \
                    and end not in self.hit_at:
                # "a ponte Colombo Salles": a bridge named after a man whose name is a capital's
                last = end
                while last < self.n and last - start < 4 and texts[last][:1].isupper() and self.tok.is_alpha[last] \
                        and last not in self.hit_at:
                    last += 1
                self._add_location(self._span(start, last))
            elif kind == "country" and entry.capital and (
                    texts[start].lower() in _CITY_WORDS or before in place_preps
                    or before in self.c.place_nouns_direct and texts[start - 1].islower() or (
                    before in self.c.links and (self._lower(start - 2) in self.c.place_nouns
                                                or self._lower(start - 2) in _CITY_THINGS
                                                or self._city_people(start - 2) or self._named_event(start - 2)
                                                # "una empresa de Lima": a body of the city ("el gobierno de
                                                # Lima", "la embajada de Washington" are a state's)
                                                or self._lower(start - 2) in self.c.org_nouns
                                                and texts[start - 2].islower()
                                                and self._lower(start - 2) not in _GOVERNING
                                                or texts[start - 2] == "%"))  # "el 80 % de Bogotá"
                    or self._listed_after_city(start)
                    or self._arrives_at(start) or before in _COMPASS or self._listed_with_places(start, end)
                    or before in _ROUTE_WORDS  # "marched through Wellington"
                    # "a protest is planned for Dublin": where it is to be held
                    or before == "for" and self._lower(start - 2) in _HELD_WORDS
                    # "cidades como Veneza ou Amesterdão", "cities such as Lagos": cities named as examples
                    or before in ("como", "like") and self._lower(start - 2) in self.c.place_nouns
                    or before == "as" and self._lower(start - 2) == "such" \
                    and self._lower(start - 3) in self.c.place_nouns
                    # "um navio vindo de Luanda", "procedente de Caracas": where it comes from
                    or before in self.c.links and self._lower(start - 2) in _COMING_FROM
                    # "visitó Tegucigalpa", "bombed Kyiv": a place visited or struck; "Lima amaneció con
                    # paraderos repletos": a city that wakes to something
                    or before in _VISITED or self._lower(end) in _CITY_WAKES
                    # "el aeropuerto El Dorado de Bogotá", "o bairro Jardim Quelta de Brasília"
                    or before in self.c.links and self._named_place_before(start - 2)
                    # "al norte de Tegucigalpa", "a sul de Luanda", "north of Kyiv"
                    or before in _OF_COUNTRY and self._lower(start - 2) in _COMPASS_POINTS
                    # "a 320 km de Brasília", "40 miles from Nairobi": a distance from the city
                    or (before in _OF_COUNTRY or before == "from") and self._lower(start - 2) in _DISTANCES
                    # "the capital, Abuja", "a capital Luanda"
                    or self._lower(start - 1) in _CAPITAL_WORDS
                    or start >= 2 and texts[start - 1] == "," and self._lower(start - 2) in _CAPITAL_WORDS
                    or self._title_case_dateline(start, end) or self._after_title_link(start)
                    or self._before_own_country(end, entry.country)
                    # "the Edmonds-Kingston route": the end of a route, after a place and a hyphen
                    or start > 1 and texts[start - 1] in ("-", "–") and not self.tok.ws[start - 2] \
                    and not self.tok.ws[start - 1] and texts[start - 2][:1].isupper() \
                    and self._lower(end) in _ROUTE_NOUNS
                    # "a New Delhi-based think tank"
                    or end + 1 < self.n and texts[end] == "-" and self._lower(end + 1) == "based"
                    or start >= 2 and texts[start - 1] == "(" and texts[start - 2][:1].isupper()
                    or self._part_of_city(end) or self._place_in_city(end)
                    # "three Dublin hospitals", "the Nairobi traffic": a city before what it has
                    or self.c.lang == "en" and start > 0 and end < self.n
                    and (texts[start - 1].isdigit() or self._lower(start - 1) in _COUNT_WORDS)
                    and texts[end].isalpha() and texts[end].islower() and self._lower(end) not in _GOVERNMENT_WORDS
                    # "ligar Brasília a Lisboa", "flights from London to Paris": a route between cities
                    or end + 1 < self.n and (self._lower(end) in _ROUTE_TO or texts[end] in ("–", "-")
                                             and not self.tok.ws[end - 1])
                    and (other := self.hit_start.get(end + 1)) is not None and other.entry.kind == "country"
                    and other.entry.capital
                    # "a rota Brasília–Goiânia": a route to a town
                    or end + 1 < self.n and texts[end] in ("–", "-") and not self.tok.ws[end - 1]
                    and texts[end + 1][:1].isupper() and is_known_place(texts[end + 1])
                    # "de Paris, onde participa": a place where something happens
                    or end + 1 < self.n and texts[end] == "," and self._lower(end + 1) in _WHERE_CLAUSE) \
                    and not (end < self.n and texts[end][:1].isupper()  # "entre Wellington Weber e"
                             and texts[end] not in self.c.calendar_words  # "in New Delhi Tuesday"
                             and not (self.c.lang == "en" and texts[end] == "Mayor")  # "London Mayor X"
                             and not self._place_in_city(end)):  # "London Liverpool Street"
                # "em Lisboa", "la provincia de Buenos Aires": the place, not the government
                self._city_capitals.add(start)
                span = self._span(start, end)
                self.actors.add(f"location:{slugify(span[2])}", "location", span[2], span,
                                country=entry.country)
            elif kind == "country" and not entry.capital and self._names_a_settlement(start, end):
                # "el municipio de Palestina": no country; "la ciudad de Panamá" (Panama City): its own
                if self._town_article_before(start):
                    start -= 1  # "los municipios de Chalchuapa y El Congo": the town's name has its article
                span = self._span(start, end)
                slug = slugify(span[2])
                # (a list's towns are where the others are)
                own = self._lower(start - 1) not in _LIST_JOINS and any(
                    country == entry.country for name in (slug, f"{slug}-city")
                    for country, _ in city_index().get(name, ()))
                self._add_location(span, entry.country if own else None)
            elif kind == "country" and ((opening := self._plural_name_before(start)) is not None or not entry.capital
                                        and (opening := self._company_of_the_country(start)) is not None):
                # "Comboios de Portugal", "Aeroportos de Moçambique", "Petróleos de Venezuela": a
                # company named with its country
                span = self._span(opening, end)
                self.actors.add(f"organization:{slugify(span[2])}", "organization", span[2], span,
                                country=entry.country)
                self.containers.append(span[:2])
            elif (kind == "country" or kind == "place" and entry.actor_type == "location") and start > 0 \
                    and texts[start - 1] in self.c.country_org_heads and self.tok.ws[start - 1] and not entry.capital:
                # "Statistics South Africa", "Health Canada", "Audit Scotland": a national body named by its field;
                # "Fire and Emergency New Zealand": two fields
                first = start - 1
                if first >= 2 and self._lower(first - 1) == "and" and texts[first - 2][:1].isupper() \
                        and texts[first - 2].isalpha():
                    first -= 2
                while first > 0 and start - first < 3 and texts[first - 1][:1].isupper() \
                        and texts[first - 1].isalpha() and self.tok.ws[first - 1] and not self.tok.sent_start[first] \
                        and first - 1 not in self.hit_at:
                    first -= 1  # "Natural Resources Wales": the field's own words
                span = self._span(first, end)
                self.actors.add(f"organization:{slugify(span[2])}", "organization", span[2], span,
                                country=entry.country)
                self.containers.append(span[:2])
            elif kind in ("country", "place") and start > 0 and (
                    texts[start - 1] == "Air" and self.tok.ws[start - 1]
                    or start > 1 and texts[start - 2] in _FOR_A_PLACE and texts[start - 1] == "for"):
                # "Air New Zealand", "Air India": an airline; "Transport for London": a body for the place
                span = self._span(start - 1 if texts[start - 1] == "Air" else start - 2, end)
                self.actors.add(f"organization:{slugify(span[2])}", "organization", span[2], span,
                                country=entry.country)
                self.containers.append(span[:2])
            elif kind == "country" and end < self.n and texts[end] in _COUNTRY_ORG_TAILS:
                # "Cabo Verde Airlines", "Kenya Airways", "Portugal Space": a company named after its country
                span = self._span(start, end + 1)
                self.actors.add(f"organization:{slugify(span[2])}", "organization", span[2], span,
                                country=entry.country)
                self.containers.append(span[:2])
            elif kind == "country" and start > 0 and texts[start - 1] in self.c.new_words and self.tok.ws[start - 1]:
                # "Nova Holanda" (a Rio favela), "Nueva Germania": a place named after the country
                span = self._span(start - 1, end)
                self.actors.add(f"location:{slugify(span[2])}", "location", span[2], span)
                self.containers.append(span[:2])
            elif kind == "country" and not entry.capital and end == start + 1 and texts[start] in self.gaz.first_names \
                    and end + 1 < self.n and self._unlisted_name_word(end, last=True) \
                    and self._lower(end) not in _PLACE_KINDS \
                    and self._lower(end) not in self.c.place_nouns:
                last = end + 1
                while last < self.n and last - start < 4 and self.tok.ws[last - 1] \
                        and self._unlisted_name_word(last, last=True):
                    last += 1  # "el ministro Mauricio Castillo Rojas": a given name that is a country's
                span = self._span(start, last)
                self.actors.add(self._person_id(span[2]), "person", span[2], span)
                self.containers.append(span[:2])
            elif kind == "country" and not (entry.capital and end == start + 1 and self._surname_after_unknown(start)):
                self.actors.add(f"country:{entry.key.lower()}", "country", entry.name,
                                self._span(start, end), country=entry.country)
            elif (kind == "place" and entry.actor_type == "location" or kind == "country" and entry.capital) \
                    and end == start + 1 and self._surname_after_unknown(start):
                first = start - 1
                while first > 0 and start - first < 3 and self._unlisted_name_word(first - 1):
                    first -= 1  # "o caminhoneiro Wanderlei Cardoso Lima": his given name and surnames
                span = self._span(first, end)  # "dijo Wilfredo Santiago": a person whose surname is a town's
                self.actors.add(self._person_id(span[2]), "person", span[2], span)
                self.containers.append(span[:2])
            elif (kind == "place" or kind == "country" and entry.capital) and start > 0 \
                    and texts[start - 1][:1].isupper() and (self._lower(start - 1) in heads or start > 1 and (
                        texts[start - 2][:1].isupper() and self._lower(start - 2) in heads)):
                continue  # "Fundo Amazônia" names an organisation (added with the names)
            elif kind in ("place", "org"):
                actor_id, country = f"{entry.actor_type}:{slugify(entry.name)}", entry.country
                if kind == "place" and actor_id in self.unseen_locations:
                    country = None  # "no rio Madeira ... a hidrovia do Madeira": the river named first, no island
                elif kind == "place" and country is None \
                        and (texts[start] in STREETS or texts[end - 1] in STREET_TAILS):
                    # "Rua Honduras", "Madras Street": a street named after a place, in the story's town
                    self.unseen_locations.add(actor_id)
                    self.streets.add(actor_id)
                elif kind == "place" and self.c.lang != "en" and self._local_community_before(start):
                    # "la comunidad nativa de San Francisco", "a vila de Belém" in a story set elsewhere: a
                    # village named after the city, in the story's country
                    country = None
                    self.unseen_locations.add(actor_id)
                    self.streets.add(actor_id)
                if kind == "place" and start >= 3 and self._lower(start - 1) in self.c.links \
                        and self._lower(start - 2) in self.c.place_nouns \
                        and (nationality := self._place_nationality(start)) is not None:
                    country = nationality  # "the Jamaican parish of Manchester" is no English city
                if kind == "org" and country and start >= 2 and texts[start - 1] in ("'s", "’s") \
                        and (owner := self.hit_end.get(start - 1)) is not None and owner.entry.kind == "country" \
                        and owner.entry.country and owner.entry.country != country:
                    # "Canada's Conservative Party": that country's party of the name, not Britain's
                    country = owner.entry.country
                    actor_id = f"{actor_id}-{owner.entry.country.lower()}"
                name = entry.name
                if kind == "org" and (other := self.c.by_context.get(texts[start])) is not None \
                        and not other[1].isdisjoint(self.lower_words):
                    # "the ICC's anti-corruption unit" in a cricket story is the International Cricket Council
                    name, country = other[0], None
                    actor_id = f"{entry.actor_type}:{slugify(name)}"
                self.actors.add(actor_id, entry.actor_type, name, self._span(start, end), country=country)
                if kind == "org":
                    self.known_orgs.add(actor_id)

    def _other_countrys_body(self, start: int, end: int, body: Hit) -> bool:
        """Whether the country at `start:end` names the listed body of several words right after
        it as its own, when the list gives that body another country: "the Tanzania People's
        Defence Force" is not Myanmar's."""
        country = self.hit_start[start].entry
        return country.kind == "country" and body.entry.country is not None \
            and body.entry.country != country.country and body.end - body.start > 1 \
            and any(self._lower(k) in self.gaz.heads for k in range(body.start, body.end))

    def _of_another_country(self, end: int, entry: Entry) -> Hit | None:
        """The country named by "of/de" right after a listed body with a head word, when
        the list gives the body another country ("the Democratic Party of Japan"); else None."""
        if entry.country is None or end + 1 >= self.n or self._lower(end) not in self.c.links:
            return None
        hit = self.hit_end.get(end)
        if hit is None or not any(self._lower(k) in self.gaz.heads for k in range(hit.start, end)):
            return None
        owner = self.hit_start.get(end + 1)
        if owner is None or owner.entry.kind != "country" or owner.entry.capital \
                or owner.entry.country == entry.country:
            return None
        return owner

    def _longer_org_name(self, start: int) -> int | None:
        """Where a longer name opens, when capitalised words inside a sentence come right before
        a listed organisation of several words ("the Peoples Democratic Party", "Canada's New
        Democratic Party"); None if none do."""
        hit = self.hit_start[start]
        k = start
        if k > 2 and self.texts[k - 1] in ("'s", "’s") and self._lower(k - 2) in GROUP_POSSESSORS \
                and self.texts[k - 2][:1].isupper():
            k -= 2  # "the People's Democratic Party" (Nigeria's), not the Democratic Party
        while k > 0 and self.texts[k - 1][:1].isupper() and self.tok.is_alpha[k - 1] and self.tok.ws[k - 1] \
                and not self.tok.sent_start[k - 1] and k - 1 not in self.hit_at and not self.tok.is_stop[k - 1]:
            k -= 1
        if k == start and k > 0 and (demonym := self.hit_end.get(k)) is not None and demonym.entry.kind == "demonym" \
                and self.texts[demonym.start][:1].isupper() and demonym.entry.country != hit.entry.country \
                and hit.end - start > 1 and self._lower(hit.end - 1) in self.gaz.heads:
            return demonym.start  # "the Maldivian Democratic Party": that country's, not the US party
        if k < start and hit.end - start == 1 and self.texts[start].endswith("s") \
                and self.texts[start - 1] in _OTHER_PARTY_WORDS:
            return start - 1  # "the Social Democrats", "Free Democrats": another party than "Democrats"
        return k if k < start and hit.end - start > 1 and self._lower(hit.end - 1) in self.gaz.heads else None

    def _town_around(self, start: int, end: int) -> tuple[int, int] | None:
        """The tokens of the longest town GeoNames lists whose name holds the place at
        `start:end` with a capitalised word before or after it, or "de/do/del" and up to three
        capitalised words after it: "Novo Hamburgo", "Porto Novo", "Santiago de Cuba"."""
        texts, n = self.texts, self.n
        candidates = []
        if start > 0 and texts[start - 1][:1].isupper() and self.tok.is_alpha[start - 1] \
                and start - 1 not in self.hit_at and self.tok.ws[start - 1]:
            candidates.append((start - 1, end))
        if end < n and texts[end][:1].isupper() and self.tok.is_alpha[end] and end not in self.hit_at \
                and self.tok.ws[end - 1]:
            candidates.append((start, end + 1))
        if end + 1 < n and self._lower(end) in _OF_COUNTRY:
            k = end + 1
            while k < n and k < end + 4 and texts[k][:1].isupper() and self.tok.is_alpha[k]:
                k += 1
                candidates.append((start, k))
        towns = city_index()
        found = [(s, e) for s, e in candidates if slugify(self.text[self.tok.idx[s]:self.tok.ends[e - 1]]) in towns]
        if not found and end - start == 1 and texts[start] in self.c.region_heads and end + 1 < n \
                and self._lower(end) in _OF_COUNTRY:
            # "Porto de Santos", "Puerto de Veracruz": the port of a town GeoNames lists
            found = [(s, e) for s, e in candidates if e > end + 1
                     and is_known_place(self.text[self.tok.idx[end + 1]:self.tok.ends[e - 1]])]
        if not found and end + 1 < n and self._lower(end) in _OF_COUNTRY and self._lower(start - 1) not in _FROM_THE \
                and (region := self.hit_start.get(end + 1)) is not None and region.entry.kind == "place" \
                and self.hit_at[start].entry.country not in (None, region.entry.country) \
                and region.entry.country is not None and (region.end >= n or not texts[region.end][:1].isupper()):
            # "São Francisco do Pará", "Mérida de Yucatán": a town in a listed region, named like a
            # place in another country (a town takes no article: "Hospital do Espírito Santo de Évora")
            found = [(start, region.end)]
        return max(found, key=lambda span: span[1] - span[0]) if found else None

    def _titled_town(self, role_span: tuple[int, int, str],
                     span: tuple[int, int, str]) -> tuple[int, int, str] | None:
        """The town a capitalised title and the name after it make after a place preposition,
        when GeoNames knows it ("em Senador Canedo", "de Governador Valadares"); else None."""
        first = bisect_left(self.tok.idx, role_span[0])
        if role_span[1] >= span[0] or not role_span[2][:1].isupper():
            return None
        if first >= 2 and self._lower(first - 1) in self.c.links and self.texts[first - 2] in self.c.region_heads:
            return self._span(first, bisect_left(self.tok.idx, span[1]))  # "the Port of Prince Rupert"
        if first >= 2 and self._lower(first - 1) in self.c.links and self.texts[first - 2].islower() \
                and self._lower(first - 2) in self.c.place_nouns:
            # "la provincia de Coronel Portillo", "el municipio de General Pueyrredón": a place's name
            return self._span(first, bisect_left(self.tok.idx, span[1]))
        end = bisect_left(self.tok.idx, span[1])
        if self._lower(first - 1) not in self.c.place_preps and not (
                # "Prince George Mayor Raymond Chu", "the Prince George mill": English names the
                # town before a title or a noun it qualifies
                self.c.lang == "en" and end < self.n and (
                    (title := self.hit_start.get(end)) is not None and title.entry.kind == "title"
                    and self.texts[end][:1].isupper()
                    or self._lower(first - 1) == "the" and self.texts[end].islower() and self.tok.is_alpha[end])):
            return None
        town = self._span(first, end)
        return town if is_known_place(town[2]) else None

    def _field_of_title(self, end: int) -> bool:
        """Whether an English title comes right after the name ending at token `end`, or after
        "and" and a few capitalised words: "In Nairobi, Energy and Petroleum Principal Secretary
        X" names a portfolio, not two places."""
        if self.c.lang != "en":
            return False
        j = end
        while j < self.n and j - end < 4:
            if j in self.titles and self.texts[j][:1].isupper():
                return True
            if not (self.texts[j][:1].isupper() or self._lower(j) in ("and", "&")):
                return False
            j += 1
        return False

    def _merge_aliases(self) -> None:
        """A name given as another's alias is that person: "Eliécer Quintero, alias Camilo",
        "Juan X, alias El Chapo", "Marcos X, vulgo Marcola"."""
        people = self.actors.of_type("person")
        if not people or not any(word in self.text for word in _ALIAS_WORDS):
            return  # (substring tests: a regular expression over the text cost 4% of the component)
        ends = {span[1]: actor_id for actor_id, record in people.items() for span in record["mentions"]}
        for actor_id, record in list(self.actors.by_id.items()):
            if record["type"] not in ("person", "organization") or not record["mentions"]:
                continue
            first = min(record["mentions"])
            found = _ALIAS.search(self.text, max(first[0] - 40, 0), first[0])
            owner = ends.get(found.start()) if found is not None and found.end() == first[0] else None
            if owner is None or owner == actor_id:
                continue
            self.actors.by_id[owner]["mentions"].update(record["mentions"])
            self.actors.remove(actor_id)

    def _drop_portfolios(self) -> None:
        """Drop what only a title's written span names. A "person" there is a portfolio's
        words: "la ministra de Vivienda y Agenda Urbana, Carmen Obrador" names no one called
        Agenda Urbana; a given name or a known person stays ("o chefe de gabinete de Lula, X").
        So is an unlisted "body" in a minister's title ("a ministra da Administração Interna"),
        whose country, if it names one, is the minister's."""
        roles = list(self.actors.roles.values())
        if not roles:
            return
        people = self.actors.of_type("person")
        for actor_id, record in list(people.items()):
            name = record["name"]
            if all(any(s <= start and end <= e for s, e, _ in roles) for start, end in record["mentions"]) \
                    and name.split()[0] not in self.gaz.first_names and find_person([name]) is None:
                self.actors.remove(actor_id)
        # A minister's or secretary's portfolio names no body: "a ministra da Administração Interna"
        # (its initials may: "ministro de Comunicaciones, Infraestructura y Vivienda (CIV)")
        portfolios = [(s, e) for s, e, written in roles if written.lower().startswith(_PORTFOLIO_TITLES)]
        self.actors.drop_inside(self.english_portfolios)  # "Labour and Employment Adviser X": fields, no bodies
        for actor_id, record in list(self.actors.of_type("organization").items()):
            mentions = record["mentions"]
            if (actor_id not in self.known_orgs or all(self._listed_field(start, end) for start, end in mentions)) \
                    and not record["name"].isupper() and all(
                    any(s < start and end <= e for s, e in portfolios) for start, end in record["mentions"]):
                self.actors.remove(actor_id)
                if record["country"] and actor_id not in self.known_orgs:
                    # "a ministra dos Negócios Estrangeiros da Zâmbia" is Zambian
                    for person in people.values():
                        spans = [self.actors.roles[m] for m in person["mentions"] if m in self.actors.roles]
                        if not person["country"] and any(s < start and end <= e for s, e, _ in spans
                                                         for start, end in record["mentions"]):
                            person["country"] = record["country"]

    def _listed_field(self, start: int, end: int) -> bool:
        """A listed body at `start:end` (characters) named with common words only, after "e/y/and"
        or a comma: one field of a portfolio that lists several ("ministra do Trabalho e
        Segurança Social"), not a body on its own ("ministro da Casa Civil")."""
        k = bisect_left(self.tok.idx, start)
        return k > 0 and (self.texts[k - 1] == "," or self._lower(k - 1) in _LIST_JOINS) \
            and self._field_word(self.hit_start.get(k))

    def _town_article_before(self, start: int) -> bool:
        """Whether a capitalised article after a list's joining word opens the name at `start`
        ("Chalchuapa y El Congo", "Grossos e O Chile"): a town's name with its article."""
        return start > 2 and self.texts[start - 1] in _CAPITAL_ARTICLES and self._lower(start - 2) in _LIST_JOINS

    def _names_a_settlement(self, start: int, end: int) -> bool:
        """Whether the country's name at `start:end` names a town or village instead: after a
        settlement noun and "de/of" ("el municipio de Palestina", "the town of Jordan") or right
        after one ("la aldea Santa Elena"), or before one in apposition ("Palestina, un
        municipio del Huila")."""
        settlements, lower = self.c.settlement_nouns, self._lower
        if lower(start - 1) in self.c.links and lower(start - 2) in settlements:
            return True
        start -= self._town_article_before(start)  # "de Chalchuapa y El Congo"
        if lower(start - 1) in _LIST_JOINS:
            # "os municípios de Buco-Zau e Belize": the last of a list of towns
            k = start - 2  # (and "de Santa Ana, Chalchuapa y El Congo")
            while k > 0 and (self.texts[k][:1].isupper() or self.texts[k] in ("-", ",")) and start - k < 10:
                k -= 1
            noun = lower(k - 1)  # plural: "municípios", "ciudades", "towns"
            if k < start - 2 and lower(k) in self.c.links and (noun in settlements or noun.endswith("s") and (
                    noun[:-1] in settlements or noun[:-2] in settlements)):
                return True
        if lower(start - 1) in settlements and self.texts[start - 1].islower() \
                and lower(start - 2) in self.c.determiners:
            return True  # "en la aldea Santa Elena": a village of the name (not Saint Helena)
        if end >= self.n - 1 or self.texts[end] != ",":
            return False
        k = end + 1 + (lower(end + 1) in _APPOSED_ARTICLES)
        return lower(k) in settlements and (k + 1 >= self.n or lower(k + 1) in self.c.links)

    def _plural_opening(self, run: list[Unit]) -> bool:
        """Spanish companies named with a plural noun and "del" ("Molinos del Plata", "Astilleros
        del Atlántico"): no person's name opens so."""
        if self.c.lang == "en" or len(run) < 3 or run[1].lower != "del":
            return False  # "de", "da", "do" also join surnames: "Campos de Oliveira"
        first = run[0].text
        return len(first) >= 6 and first.endswith(("os", "as")) and first not in self.gaz.first_names \
            and find_person([" ".join(u.text for u in run)]) is None

    def _company_of_the_country(self, start: int) -> int | None:
        """Where a company's one-word name starts that "de/do/da" joins to the country at token
        `start`, after a feminine article ("pela Cornelder de Moçambique", "a Vale de
        Moçambique"); not a given name, a place, a title or a body's head word ("a Embaixada de")."""
        k = start - 2
        if self.c.lang == "en" or k < 1 or self._lower(start - 1) not in _OF_COUNTRY or k in self.hit_at:
            return None
        word = self.texts[k]
        if not (word[:1].isupper() and word[1:].islower() and word.isalpha() and len(word) > 3) \
                or self.tok.sent_start[k] or word in self.gaz.first_names or is_known_place(word) \
                or self._lower(k) in self.gaz.heads or self._lower(k) in self.c.title_words \
                or self.texts[k - 1] not in _FEMININE_BEFORE:
            return None  # (a company is "a Vale", "la Cemex"; "o Dino de Angola" may be a man)
        return k

    def _plural_name_before(self, start: int) -> int | None:
        """Where a name opened by a capitalised plural noun starts, when "de/do/da/del" joins it
        to the country at token `start` ("Infraestruturas de Portugal", "Caminhos de Ferro de
        Moçambique"); None if no such name comes before."""
        texts, lower = self.texts, self._lower
        if self.c.lang == "en" or lower(start - 1) not in _OF_COUNTRY:
            return None
        k = start - 1
        opening = None
        while k >= 1 and texts[k - 1][:1].isupper() and self.tok.is_alpha[k - 1] and k - 1 not in self.hit_at \
                and lower(k - 1) not in self.c.determiners:
            k -= 1
            opening = k
            if lower(k - 1) in _OF_COUNTRY and k >= 2 and texts[k - 2][:1].isupper():
                k -= 1  # "Caminhos de Ferro de"
        if opening is None:
            return None
        first = texts[opening]
        if len(first) < 5 or not first.endswith("s") or first in self.gaz.first_names \
                or self.units.at(opening).initial or lower(opening) in self.gaz.heads:
            return None
        return opening

    def _known_place_list(self, start: int, end: int) -> bool:
        """Whether tokens `start:end` are an item of a list of three or more towns or regions
        GeoNames lists, after a place's word or preposition: "Los departamentos más afectados son
        Cortés, Francisco Morazán y Olancho" (one of them is also a man's name)."""
        texts, n, lower = self.texts, self.n, self._lower
        if not (end < n and (texts[end] == "," or lower(end) in _LIST_JOINS)
                or start > 0 and (texts[start - 1] == "," or lower(start - 1) in _LIST_JOINS)):
            return False
        items = [(start, end)]
        k = end
        while k < n and (texts[k] == "," or lower(k) in _LIST_JOINS):
            j = k + 1 + (k + 1 < n and lower(k + 1) in _LIST_JOINS)
            m = self._capitalised_from(j)
            if m == j:
                break
            items.append((j, m))
            if lower(j - 1) in _LIST_JOINS:
                break
            k = m
        k = start - 1
        while k >= 1 and (texts[k] == "," or lower(k) in _LIST_JOINS):
            j = k
            while j - 1 >= 0 and k - j < 3 and texts[j - 1][:1].isupper() and self.tok.is_alpha[j - 1]:
                j -= 1
            if j == k:
                break
            items.insert(0, (j, k))
            k = j - 1
        first = items[0][0]
        placed = lower(first - 1) in self.c.place_preps or any(
            lower(i) in self.c.place_nouns and texts[i].islower() for i in range(max(0, first - 8), first))
        names = [self.text[self.tok.idx[a]:self.tok.ends[b - 1]] for a, b in items]
        # each a town GeoNames lists or a place by its last word ("Peace River"); without a place's
        # word before, a city of note among them says they are places ("issued for Edmonton, Grande
        # Prairie and Peace River")
        return len(items) >= 3 and all(is_known_place(name) or texts[b - 1] in self.c.place_heads
                                       for name, (_, b) in zip(names, items, strict=True)) \
            and (placed or any(is_noted_city(name) for name in names))

    def _place_follows(self, end: int) -> bool:
        """Whether "e/y/and" and a town GeoNames lists follow token `end` ("João Pessoa e Campina Grande")."""
        if end + 1 >= self.n or self._lower(end) not in _LIST_JOINS:
            return False
        k = self._capitalised_from(end + 1)
        return k > end + 1 and is_known_place(self.text[self.tok.idx[end + 1]:self.tok.ends[k - 1]])

    def _capitalised_from(self, j: int) -> int:
        """The end of up to three capitalised words from token `j` (`j` if there is none)."""
        m = j
        while m < self.n and m - j < 3 and self.texts[m][:1].isupper() and self.tok.is_alpha[m]:
            m += 1
        return m

    def _after_listed_place(self, start: int) -> bool:
        """Whether "y/e/and/," before token `start` comes right after a place just named ("en
        Lajas Blancas y Los Olmos"), in any language."""
        if self._coordinated(start, ("location",), comma=True, joins=_LIST_JOINS):
            return True
        # "entre Renca y Las Condes": the item before, not yet typed, follows a place's preposition
        k = start - 1
        if k < 2 or self._lower(k) not in _LIST_JOINS:
            return False
        j = k - 1
        while j > 0 and k - j <= 3 and self.texts[j][:1].isupper() and self.tok.is_alpha[j]:
            j -= 1
        return j < k - 1 and self._lower(j) in self.c.place_preps

    def _sports_story(self) -> bool:
        """Two words of sport, or one and a score (worked out once, when first asked)."""
        if self.sports_story is None:
            found = len(self.c.sport_words.intersection(self.lower_words))
            self.sports_story = found >= 2 or found == 1 and _MATCH_SCORE.search(self.text) is not None
        return self.sports_story

    def _plays(self, start: int, end: int) -> bool:
        """In a sports story, a city or region that plays is its club: with a masculine article
        where the place takes none or a feminine one ("o Fortaleza", "do Bahia", "el Sevilla";
        not "no Porto", "en el Callao", "o Estado do Rio"), before or after a match verb ("Leeds
        beat Burnley") or after "contra/against". A sports story has two words of sport, or one
        and a score."""
        if not self._sports_story() or end < self.n and self.texts[end][:1].isupper():
            return False  # "o Porto Alegre", "el Valencia Basket": a longer name
        lang, before = self.c.lang, self._lower(start - 1)
        j = start - 1 - (before in self.c.determiners or before in _PT_MASCULINE or before in _ES_MASCULINE)
        return self._lower(end) in self.c.match_verbs or self._lower(j) in self.c.match_verbs \
            or self._lower(j) in _AGAINST or self._lower(start) not in self.c.admin_heads and (
                lang == "pt" and before in _PT_MASCULINE and self._span(start, end)[2] not in self.c.article_places
                or lang == "es" and before in _ES_MASCULINE and self._lower(start - 2) not in self.c.place_preps)

    def _arrives_at(self, start: int) -> bool:
        """"chegou hoje a Brasília", "llegó a Lima": a verb of arrival, then "a/à/ao" (up to two
        words between), before token `start`; or a means of travel before "a": "los trenes a
        Vigo y a Madrid", "o voo a Luanda" (where they go, not the government)."""
        if self._lower(start - 1) not in _TO_WORDS:
            return False
        k = start - 2
        while k >= 2 and self._lower(k) in _LIST_MARKS and self._lower(k - 2) in _TO_WORDS \
                and self.texts[k - 1][:1].isupper():
            k -= 3  # "a Vigo y a Madrid": back over the places listed before
        if self._lower(k) in _CARRIERS:
            return True
        k = start - 2
        while k >= 0 and (k in self.date_tokens or self._lower(k) in self.c.determiners and k + 1 in self.date_tokens):
            k -= 1  # "viajará el próximo lunes a Washington": the date between them is skipped
        return any(self._lower(i) in self.c.arrival_verbs for i in range(max(0, min(k - 1, start - 4)), start - 1))

    def _town_of_words_at(self, k: int) -> int | None:
        """Where a town GeoNames knows, named in two to four capitalised words from token `k`,
        ends ("el alcalde de San Pedro Sula": not the town "San" and a mayor "Pedro Sula"); None
        if there is none."""
        e = k
        while e < self.n and e - k < 4 and self.texts[e][:1].isupper() and self.tok.is_alpha[e]:
            e += 1
        return next((end for end in range(e, k + 1, -1)
                     if is_known_place(self.text[self.tok.idx[k]:self.tok.ends[end - 1]])
                     # (not one a name goes on past: "Santa Cruz de la Sierra", "the Kano State Water Board")
                     and self._lower(end) not in self.c.links
                     and not (end < self.n and self.texts[end][:1].isupper() and self.tok.is_alpha[end])), None)

    def _seat_before_name(self, j: int) -> int | None:
        """Where a name starts after the seat a "Member for" holds: one to three capitalised
        words, then a given name ("Member for Bundaberg Grant Whitby", "Member for North
        Sydney Sarah Hart") or a comma; or a known place and a name of two words ("Member
        for Mackay Julieanne Pettigrove"). None if no such seat is there."""
        texts, m = self.texts, j
        while m < self.n and m - j < 4 and texts[m][:1].isupper() and self.tok.is_alpha[m] \
                and (m == j or texts[m] not in self.gaz.first_names):
            m += 1
        if m == j or m + 1 >= self.n:
            return None
        if texts[m] == "," and texts[m + 1][:1].isupper() or texts[m] in self.gaz.first_names \
                and texts[m + 1][:1].isupper():
            return m
        return next((k for k in (j + 1, j + 2) if m - k >= 2 and is_known_place(self._span(j, k)[2])), None)

    def _past_title_adjectives(self, j: int, hit_end: int = -1) -> int:
        """Past the words after a title that qualify its holder: "electa", "encargada", "em
        exercício", "en funciones" ("o prefeito em exercício, Carlos Eduardo Hoffmann")."""
        while True:
            if self._lower(j) in self.c.title_adjectives:
                j += 1
            elif (self._lower(j), self._lower(j + 1)) in _ACTING:
                j += 2
            elif (self._lower(j), self._lower(j + 1)) in _IN_SERVICE and self._lower(j + 2) in _SERVICE_STATES:
                j += 3  # "coronel en servicio pasivo", "general em serviço ativo"
            elif (self._lower(j), self._lower(j + 1)) in _RETIRED:
                j += 2  # "coronel en retiro", "general na reserva"
            elif self._lower(j) in _FOR_DISTRICT and self.c.lang != "en" and j + 2 < self.n \
                    and self.texts[j + 2] in self.gaz.first_names and self.texts[j + 1] not in self.gaz.first_names \
                    and ((place := self.hit_start.get(j + 1)) is not None and place.entry.kind in ("place", "country")
                         and place.end == j + 2 or is_known_place(self.texts[j + 1])):
                j += 2  # "la senadora radical por Mendoza Verónica Salcedo": her district
            elif self._lower(j) in _FOR_DISTRICT and self.c.lang != "en" \
                    and (comma := self._district_set_off(j)) is not None:
                j = comma  # "El diputado por el distrito 7, Tomás Reyes": the district, then the name
            elif self.c.lang != "en" and j + 1 < self.n and self.texts[j].islower() and j not in self.hit_at \
                    and self.texts[j].endswith(_ADJECTIVE_LIKE) \
                    and (self.texts[j + 1] in self.gaz.first_names
                         or j + 2 < self.n and self._lower(j + 1) in self.c.links and self.texts[j + 2].islower()):
                j += 1  # "la ingeniera electrónica Camila Rojas", "o gerente agrícola da empresa, X": the field
            elif self.c.lang != "en" and j + 2 < self.n and self.texts[j].islower() and j not in self.hit_at \
                    and self.texts[j].endswith(_ADJECTIVE_LIKE) and self._lower(j + 1) in self.c.links \
                    and self.texts[j + 2][:1].isupper():
                j += 1  # "el delegado territorial de Agricultura, X": the post's adjective, then its field
            elif self.c.lang == "en" and j == hit_end and self._lower(j - 1) == "for" \
                    and (seat := self._seat_before_name(j)) is not None:
                j = seat  # "Member for Bundaberg Grant Whitby": the seat, then the member's name
            elif self.c.lang == "en" and j + 2 < self.n and self.texts[j] in _TITLE_COMPASS \
                    and j + 1 not in self.hit_at and self.texts[j + 1][:1].isupper() \
                    and self.texts[j + 2][:1].isupper():
                j += 1  # "SSP West Abid Raza Kazmi": the district the title is of
            else:
                return j

    def _title_info(self, hit: Hit) -> tuple[str, str | None, int, tuple[int, int, str]]:
        """Role text, country, the token where a name after this title would start, and the
        title's span as written (the role's evidence)."""
        texts, n, j, country = self.texts, self.n, hit.end, None
        j = self._past_title_adjectives(j, hit.end)  # "la presidenta electa, Claudia Sheinbaum"
        nationality = self.hit_start.get(j)
        if nationality is not None and nationality.entry.kind == "demonym" and self.c.lang != "en" \
                and self._lower(nationality.end) in self.c.links:
            country, j = nationality.entry.country, nationality.end  # "la ministra chilena del Medio Ambiente"
        j = self._for_portfolio(j)
        j = self._lower_case_field(j)
        if hit.entry.key.split()[-1] in _ENVOYS and self._lower(j) in _POSTED_TO \
                and (station := self.hit_start.get(j + 1 + (self._lower(j + 1) in _ARTICLES))) is not None \
                and station.entry.kind in ("country", "place", "org") and station.end < n and texts[station.end] == ",":
            j = station.end  # "India's ambassador to Nepal, Arvind Menon": where the envoy is posted
        linked = self._lower(j) in self.c.links
        k = j + 2 if linked and self._lower(j + 1) in self.c.determiners else j + 1  # "de la Generalitat"
        named_next = None  # "o diretor do sindicato Valmir X disse": the body's noun, then the holder
        if linked and k + 1 < n and self._lower(k) in self.c.org_nouns and texts[k].islower():
            m = k + 1 + (texts[k + 1].islower() and texts[k + 1].endswith(_ADJECTIVE_LIKE))
            if m < n and texts[m][:1].isupper() and m not in self.hit_at:
                if self.c.lang != "en" and self._name_before_speech(m):
                    named_next = m
                else:
                    k = m  # "la directora de la organización civil Iniciativa X, Rosa Y": the body's noun
        if named_next is not None:
            j = named_next
        elif linked and k < n and texts[k][:1].isupper() and (k not in self.hit_at or self._demonym_opens_name(k)):
            # A title set off after a name has its holder already: a name right after its body is
            # the body's ("Benjamim Luís, professor da Universidade Agostinho Neto, disse").
            apposed = hit.start >= 2 and texts[hit.start - 1] == "," and texts[hit.start - 2][:1].isupper()
            town_end = self._town_of_words_at(k)
            j = town_end or self._body_end(k + 1, named_after=apposed and self._lower(k) in self.gaz.heads)
            if self.c.lang == "en" and j + 3 < n and texts[j] == "and" and texts[j + 1][:1].isupper():
                # "Minister of Commerce and Consumer Protection Vikash Ramdhun": the fields after
                # "and" and then the name, all capitalised
                run_end = j + 1
                while run_end < n and texts[run_end][:1].isupper() and self.tok.is_alpha[run_end] \
                        and run_end not in self.hit_at:
                    run_end += 1
                fields_end = self._field_before_name(k, run_end)
                j = fields_end if fields_end < run_end else j
            j = self._field_before_name(k, j)
            j = self._portfolio_end(j)
            if self.c.lang != "en" and j + 1 < n and texts[j].islower() and j not in self.hit_at \
                    and (texts[j].endswith(_PLACE_ADJECTIVE_ENDINGS) or texts[j] in _JURISDICTIONS) \
                    and texts[j + 1] == ",":
                j += 1  # "El ministro de Energía y Recursos Naturales neuquino, X": the province's
            elif self.c.lang != "en" and j + 2 < n and self._lower(j) in self.c.links \
                    and (m := j + 1 + (self._lower(j + 1) in self.c.determiners)) + 1 < n \
                    and texts[m] in _OWN_JURISDICTIONS and texts[m + 1] == ",":
                j = m + 1  # "El secretario de Economía del estado, X": the state's, not the nation's
        elif linked and (body := self._body_named_by_country(k)) is not None:
            j = body  # "The chief executive of the Botswana Chamber of Mines, X": a body named by its country
        elif linked and (org := self.hit_start.get(k)) is not None and org.entry.kind == "org":
            j = org.end  # "a presidente da Comissão Europeia, Ursula von der Leyen"
            if j + 2 < n and texts[j] == "(" and texts[j + 2] == ")":
                j += 3  # "el presidente de Yacimientos Petrolíferos Fiscales Bolivianos (YPFB), Armin Dorgathen"
            while j < n and texts[j] in self.c.company_words:
                j += 1  # "el economista jefe de BBVA Research Perú, Hugo Perea"
            m = j
            while m < n and m - j < 3 and texts[m][:1].isupper() and texts[m].isalpha() and m not in self.hit_at \
                    and texts[m] not in self.gaz.first_names:
                m += 1
            if m > j and m + 1 < n and texts[m] == "," \
                    and (texts[m + 1] in self.gaz.first_names
                         or is_known_place(self.text[self.tok.idx[j]:self.tok.ends[m - 1]])):
                # "o presidente da Embraer Aviação Comercial, Rodrigo Lins": the body's division;
                # "el director regional de Senapred Ñuble, X": its region's office
                j = m
            if j > org.end and (tail := self.hit_start.get(j)) is not None and tail.entry.kind == "country" \
                    and not tail.entry.capital:
                j = tail.end
            m = j
            while m + 1 < n and m - j < 8 and (self._lower(m) in self.c.links or self._lower(m) in _IN_BODY):
                # "o deputado do Chega na Assembleia Legislativa da Madeira, X": the seat it sits in
                # (not a posting: "a representante do UNICEF em Moçambique, X")
                first = m + 1 + (self._lower(m) in _IN_BODY and self._lower(m + 1) in self.c.determiners)
                if first >= n or not texts[first][:1].isupper() \
                        or self._lower(m) in _IN_BODY and not self._seat_at(first):
                    break
                nxt = self.hit_start.get(first)
                m = nxt.end if nxt is not None else first + 1
                while m < n and texts[m][:1].isupper() and m not in self.hit_at \
                        and texts[m] not in self.gaz.first_names:
                    m += 1
            if m > j and m + 1 < n and texts[m] == "," and texts[m + 1][:1].isupper():
                j = m  # "el secretario general de CCOO de Industria de Asturias, X": its federation and region
        elif linked and k + 1 < n and self.c.lang != "en" and texts[k].islower() and texts[k].endswith("s") \
                and self.tok.is_alpha[k] and texts[k + 1][:1].isupper() and k + 1 not in self.hit_at:
            j = k + 1  # "el dirigente de los choferes Lucio Gómez": whom he leads, then his name
        elif linked and self.c.lang != "en" and k == j + 1 and self._lower(j) in _OF_FIELD and k < n \
                and texts[k].islower() and self.tok.is_alpha[k]:
            # (a body in lower case with its article stays out: "el director de la entidad, X")
            m = k
            while m < n and m - k < 6:
                if texts[m].islower() and self.tok.is_alpha[m] or texts[m] == "-":
                    m += 1
                elif m > k and self._lower(m - 1) in _TOPIC_LINKS and (at := self.hit_start.get(m)) is not None \
                        and at.entry.kind in ("country", "place"):
                    m = at.end  # "su director de operaciones en España, Íñigo X": where the field is
                else:
                    break
            if m + 1 < n and (texts[m] == "," and texts[m + 1] in self.gaz.first_names and self._lower(j) == "de"
                              or texts[m] in self.gaz.first_names and texts[m + 1][:1].isupper()
                              or m > k and self._name_before_speech(m)):
                # ("da oposição" only right before the name: "o director da entidade, X" names the body's)
                # "o defensor regional de direitos humanos, Tiago Braga", "o secretário de saúde
                # Tiago Braga": a field in lowercase, then the holder's name
                j = m
        if j < n and texts[j] in ("II", "III") and hit.end == j:
            j += 1  # "Finance Minister II Datuk Seri X": the second of two such posts
        # "Minister for Infrastructure[, Communication and Transport], Mr X"
        j = self._portfolio_end(self._for_portfolio(j))
        j = self._body_of_portfolio(j)
        title = self._span(hit.start, hit.end)[2]
        written = self._span(hit.start, j)
        extension = written[2][len(title):]
        # English capitalises titles before names ("Defense Secretary Lloyd Austin").
        title = title if title.isupper() else (  # "CEO"
            _lower_title(title) if self.c.lang == "en" else title[:1].lower() + title[1:])
        if hit.entry.name:  # an abbreviation: "Gov." is a governor
            title = hit.entry.key
        role = title + extension
        opens = hit.start  # where the title as written opens, after any country before it
        if (portfolio := self._portfolio_before(hit)) is not None:
            opens = portfolio
            # "Labour and Employment Adviser X", "Human Resources Minister X": the portfolio is the role's
            role = f"{self._span(portfolio, hit.start)[2].lower()} {role}"
            written = self._span(portfolio, j)
            self.english_portfolios.append(self._span(portfolio, hit.end)[:2])
        elif hit.start > 0 and self.texts[hit.start - 1] in _FORMER:
            role = f"{self.texts[hit.start - 1].lower()} {role}"  # "former prime minister Sheikh Hasina"
            written = self._span(hit.start - 1, j)
            if (former := self._former_employer(hit.start - 1)) is not None:
                role = f"former {role}"  # "Former Bank of Thailand deputy governor X"
                written = self._span(former, j)
        elif (before_employer := self._former_employer(hit.start)) is not None:
            # "Former Goldman Sachs economist X": a past post at the body named between
            role = f"former {role}"
            written = self._span(before_employer, j)
        before = self.hit_end.get(opens)
        if before is None and self.c.lang == "en" and opens > 1 and self.texts[opens - 1] in _TITLE_RANKS \
                and (ranked := self.hit_end.get(opens - 1)) is not None and ranked.entry.kind == "demonym":
            before = ranked  # "Ugandan State Minister for Transport X": the rank between
        if country is not None:
            pass
        elif before and before.entry.kind == "demonym":
            country = before.entry.country
        elif before and before.entry.kind == "country" and self.c.lang == "en" \
                and (self._lower(before.start - 1) in self.c.determiners
                     or not before.entry.capital and self.texts[hit.start][:1].isupper()
                     and self._lower(before.start - 1) not in self.c.place_preps
                     and self._lower(before.start - 1) not in self.c.links):
            # "the United States special envoy", "the U.S. ambassador", "New Zealand Foreign Minister X"
            country = before.entry.country
        elif before and before.entry.kind == "place" and before.entry.country and self.c.lang == "en" \
                and self.texts[hit.start][:1].isupper() and self._lower(before.start - 1) not in self.c.place_preps \
                and self._lower(before.start - 1) not in self.c.links:
            country = before.entry.country  # "Auckland Mayor X", "Queensland Premier X": the place's
        elif before and before.entry.kind == "org" and before.entry.country and self.c.lang == "en" \
                and title.split()[-1] in _SERVING_TITLES:
            country = before.entry.country  # "Kremlin aide Yuri Ushakov": the state served (not "Arsenal manager")
        elif self.c.lang == "en" and (of_body := self._demonym_before_words(hit.start)) is not None:
            country = of_body  # "Chinese foreign ministry spokesperson Lin Jian"
        elif self._lower(hit.start - 1) in _POSSESSIVE:
            owner = self.hit_end.get(hit.start - 1)
            country = owner.entry.country if owner and owner.entry.kind == "country" else None
        after = self.hit_start.get(j)
        demonym = after is not None and after.entry.kind == "demonym"
        if after is not None and demonym:
            country, j = after.entry.country, after.end  # "el embajador noruego[ en Bogotá], Erik Solhaug"
        if (self._lower(j) in self.c.links or self._lower(j) in _POSTED_IN or self._lower(j) in _FOR) \
                and (nxt := self.hit_start.get(j + 1 + (self._lower(j + 1) in self.c.determiners))
                     or self.hit_start.get(j + 1)) \
                and nxt.entry.kind in ("country", "place"):
            # "el delegado del Gobierno en Madrid, X", "el delegado presidencial de La Araucanía, X"
            # "o governador de São Paulo, Tarcísio de Freitas", "la jefa de Gobierno de la Ciudad de México, X";
            # "the special envoy for Sudan, Tom Perriello": the country he is sent to is not his
            # "a representante do UNICEF em Moçambique": the country she is posted to is not hers
            owner = self.hit_end.get(hit.start - (self._lower(hit.start - 1) in _POSSESSIVE))
            inside = [h for i in range(hit.end, j)
                      if (h := self.hit_start.get(i)) is not None and h.entry.kind == "org"]
            international = any(h.entry.country is None for h in inside) \
                or owner is not None and owner.entry.kind == "org" and owner.entry.country is None
            # "a representante do UNICEF em Moçambique", "UNICEF's representative in Mozambique": a
            # body of no country posts her there; "a porta-voz da PRM em Nampula" is of the place's
            posted = self._lower(j) in _FOR or (self._lower(j) in _POSTED_IN and (international or demonym))
            country, j = (country if posted else nxt.entry.country), nxt.end
            j = self._for_portfolio(j)  # "O vice-governador do Huambo para o Sector Económico, X"
            post = self.hit_start.get(j + 1 + (self._lower(j + 1) in self.c.determiners)) \
                if self._lower(j) in _POSTED_IN else None
            if post is not None and post.entry.kind in ("place", "country") and post.end < n \
                    and texts[post.end] == ",":
                j = post.end  # "El cónsul general del Perú en Maputo, X": where the post is held
            elif self._lower(j) in _POSTED_IN and j + 2 < n and texts[j + 1][:1].isupper() \
                    and j + 1 not in self.hit_at:
                k = j + 1
                while k < n and texts[k][:1].isupper() and texts[k].isalpha() and k not in self.hit_at:
                    k += 1
                if k < n and texts[k] == "," and is_known_place(self.text[self.tok.idx[j + 1]:self.tok.ends[k - 1]]):
                    j = k  # "El cónsul general del Perú en Arica, X": a town GeoNames knows
        elif self._lower(j) in _POSTED_IN and j + 1 < n and texts[j + 1][:1].isupper() and j + 1 not in self.hit_at:
            k = j + 1
            while k < n and texts[k][:1].isupper() and texts[k].isalpha() and k not in self.hit_at:
                k += 1
            if k < n and texts[k] == "," and is_known_place(self.text[self.tok.idx[j + 1]:self.tok.ends[k - 1]]):
                j = k  # "a coordenadora da OIM em Pemba, Laura Bianchi": a town GeoNames knows
        j = self._past_title_adjectives(j)  # "la gobernadora de Antioquia encargada, Luz Marina Ochoa"
        if j + 2 < n and texts[j].islower() and texts[j].isalpha() and self._lower(j) not in self.c.links \
                and texts[j + 1] == "," and texts[j + 2][:1].isupper() and j == hit.end:
            j += 1  # one more word right before the name: "el presidente aragonés, Jorge Azcón"
        if self._lower(j) in self.c.links:
            # "el director de la entidad, Carlos Pérez", "a presidente da instituição, Christine
            # Lagarde", "o porta-voz da presidência russa, Dmitri Peskov", "o presidente da câmara de
            # Kiev, Vitali Klitschko": a lower-case body stays out of the role; a nationality or a
            # place in it gives the country.
            m = j + 1 + (self._lower(j + 1) in self.c.determiners)
            body = m
            while m < n and m - body < 3 and texts[m].islower() and texts[m].replace("-", "").isalpha() \
                    and self._lower(m) not in self.c.links:
                m += 1
                if m + 1 < n and m - body < 3 and self._lower(m) in self.c.links and texts[m + 1].islower() \
                        and texts[m + 1].isalpha() and self._lower(m + 1) not in self.c.links \
                        and self._lower(m + 1) not in self.c.determiners:
                    m += 1  # "o presidente do conselho de administração da Metro do Porto, Tiago Braga"
            found_country = None
            if m > body:
                for i in range(body, m):
                    if (inner := self.hit_start.get(i)) is not None and inner.entry.kind == "demonym":
                        found_country = inner.entry.country
                if self._lower(m) in self.c.links and (place := self.hit_start.get(m + 1)) is not None \
                        and place.entry.kind in ("country", "place"):
                    # (a village named after a city abroad has no country of its own: "el jefe de la
                    # comunidad nativa de San Francisco")
                    found_country = None if place.entry.kind == "place" and self.c.lang != "en" \
                        and self._local_community_before(m + 1) else place.entry.country
                    m = place.end
                elif self._lower(m) in self.c.links and m + 2 < n:
                    # "la jefa de fracción del Partido Liberación Nacional (PLN), Paulina Ramírez"
                    named = m + 1 + (self._lower(m + 1) in self.c.determiners)
                    org = self.hit_start.get(named)
                    if org is not None and org.entry.kind == "org" and org.end < n and texts[org.end] == ",":
                        m = org.end  # "el presidente del directorio de Codelco, Rodrigo Matamala"
                    elif texts[named][:1].isupper() and (end := self._body_end(named)) > named:
                        if end + 1 < n and self._lower(end) in self.c.links \
                                and (tail := self.hit_start.get(end + 1)) is not None and tail.entry.kind == "org":
                            end = tail.end  # "la secretaria de la federación de Servicios de CCOO, Ana Belén Ortiz"
                        if end < n and texts[end] == ",":
                            m = end
            if m > body and m < n and texts[m] == ",":
                j, country = m, country or found_country
        j = self._where_set_off(j)  # "el secretario de UGT en la Ribera, X"
        if j < n and texts[j] == ",":
            j += 1
            if j + 2 < n and texts[j] in self.c.determiners and texts[j + 1].islower() and texts[j + 1].isalpha() \
                    and self._lower(j + 1) not in self.c.links and texts[j + 2][:1].isupper():
                j += 2  # "o presidente da SBPC, o físico Raimundo Lacerda": a second description
            k = j + (j < n and texts[j] in self.c.determiners)
            if (nationality := self.hit_start.get(k)) is not None and nationality.entry.kind == "demonym" \
                    and nationality.end < n and texts[nationality.end][:1].isupper() \
                    and nationality.end not in self.hit_at:
                # "Leicester's director of rugby, the South African Hennie Botha": his nationality
                j, country = nationality.end, country or nationality.entry.country
        if country is None and (last := self.hit_end.get(bisect_left(self.tok.idx, written[1]))) is not None \
                and last.entry.kind == "country" and not last.entry.capital and last.start > hit.end \
                and self._lower(last.start - 1) in self.c.links:
            # "el ministro de Minas y Energía de Brasil, X": the country his portfolio ends with
            country = last.entry.country
        return role, country, j, written

    def _portfolio_before(self, hit: Hit) -> int | None:
        """Where an English portfolio written before a capitalised title starts ("Labour and
        Employment Adviser", "Women and Child Development Minister"): capitalised common words,
        joined by "and/&", after a lower-case word, a mark, a country or a sentence's start; after a
        name, only what follows its "and" ("Boris Johnson and Home Affairs Minister X" has the
        portfolio "Home Affairs"). None if no portfolio."""
        texts, tok = self.texts, self.tok
        if self.c.lang == "en" and texts[hit.end - 1] in ("secretary", "minister", "adviser", "advisor", "critic"):
            return self._lower_portfolio_before(hit.start)
        if self.c.lang != "en" or texts[hit.end - 1] not in _BARE_PORTFOLIO_HEADS \
                or not all(texts[i][:1].isupper() for i in range(hit.start, hit.end)):
            return None
        k, after_and, clean = hit.start - 1, None, False
        while k >= 0 and hit.start - k <= 6:
            word, found = texts[k], self.hit_at.get(k)
            if word in ("and", "&") and k > 0 and texts[k + 1][:1].isupper() and k + 1 < hit.start:
                after_and = k + 1
                k -= 1
                continue
            if found is not None and found.entry.kind in ("country", "demonym", "place"):
                clean = True  # "Malaysian Home Affairs Minister X"
                break
            if not (word[:1].isupper() and tok.is_alpha[k] and not word.isupper() and word not in self.gaz.first_names
                    and self._lower(k) not in self.c.determiners and self._lower(k) not in _POSSESSIVE
                    and (found is None or self._field_word(found))):
                clean = not (word[:1].isupper() and tok.is_alpha[k])  # a lower-case word or a mark
                break
            if tok.sent_start[k]:
                k, clean = k - 1, True
                break
            k -= 1
        else:
            clean = k < 0
        start = k + 1 if clean else after_and
        if start is not None and texts[start] in ("and", "&") and after_and is not None:
            start = after_and  # ", and Northern Regional Minister X": a clause's "and", then the portfolio
        return start if start is not None and start < hit.start and texts[start] not in ("and", "&") else None

    def _lower_portfolio_before(self, i: int) -> int | None:
        """Where a portfolio in lower case that lists fields starts before the title at token `i`,
        right after "the" or a possessive ("the business and trade secretary", "the environment,
        food and rural affairs secretary"); None if none does."""
        texts, lower = self.texts, self._lower
        k, listed = i - 1, False
        while k >= 0 and i - k <= 8 and (texts[k] == "," or texts[k].islower() and self.tok.is_alpha[k]
                                         and (not self.tok.is_stop[k] or texts[k] == "and")):
            listed = listed or texts[k] in (",", "and")
            k -= 1
        first = k + 1
        if k >= 0 and self.tok.sent_start[k] and texts[k][:1].isupper() and self.tok.is_alpha[k] \
                and k + 1 < i and texts[k + 1] == "and":
            return k if listed else None  # "Labour and employment adviser X" opens its sentence
        if not listed and first == i - 1 and (lower(first) in self.c.field_words or lower(first).endswith("s")) \
                and k >= 0 and (texts[k][:1].isupper() or lower(k) in self.c.determiners or lower(k) in _POSSESSIVE) \
                and lower(first) not in _NOT_FIELDS:
            return first  # "Union textiles minister X", "NDP health critic X": one field
        if not listed or first >= i or texts[first] in (",", "and") \
                or not (lower(k) in self.c.determiners or lower(k) in _POSSESSIVE):
            return None
        return first

    def _field_before_name(self, k: int, j: int) -> int:
        """English: where a portfolio that runs into a name without a comma ends ("Minister of
        Agriculture Grace Chimwaza told", "Minister of Trade and Industry Ana Lee"): after the
        portfolio's known fields, when two or three capitalised words up to `j` follow; else `j`."""
        if not self.c.portfolio_fields:
            return j
        # one word of its own before a known field ("Minister for Sugar Industry Sakiusa X"), or
        # before "and" and a known field ("Minister of Works and Transport Nalini X")
        def field_end(m: int) -> int | None:
            return next((m + size for size in (3, 2, 1) if m + size <= j
                         and tuple(self._lower(i) for i in range(m, m + size)) in self.c.portfolio_fields), None)

        m = k
        if k + 2 < j and field_end(k) is None:
            if field_end(k + 1) is not None:
                m = k + 1
            elif k + 3 < j and self._lower(k + 1) == "and" and field_end(k + 2) is not None:
                m = k + 2  # "Minister of Lands and Natural Resources Kwesi X"
        while m < j:
            field = field_end(m)
            if field is None:
                break
            m = field + (field + 1 < j and self._lower(field) == "and")
        while m > k and j - m > 2 and (self._lower(m) in self.c.field_words
                                       or j - m > 3 and self._lower(m + 1) in self.c.field_words):
            # "Agriculture and Rural Development": words of other listed fields ("rural",
            # "development"), and one more before such a word ("Mines and Minerals Development")
            m += 1
        texts = self.texts
        if m == k or texts[m - 1] == "and" or not 2 <= j - m <= 3 \
                or not all(texts[i][:1].isupper() and self.tok.is_alpha[i] and i not in self.hit_at
                           and self._lower(i) not in self.gaz.heads for i in range(m, j)):
            return j
        return m

    def _former_employer(self, k: int) -> int | None:
        """English: where "former" opens before a body, a country or a place that ends at token
        `k` ("Former Bank of Thailand deputy governor", "Former Sri Lanka captain"); None if not."""
        employer = self.hit_end.get(k) if self.c.lang == "en" else None
        if employer is not None and employer.entry.kind in ("org", "country", "place", "demonym") \
                and employer.start > 0 \
                and self.texts[employer.start - 1].lower() == "former":
            return employer.start - 1
        return None

    def _lower_case_field(self, j: int) -> int:
        """Past a field in lower case after "de/of" at token `j`, when the body or the holder's
        name follows it: "gerente de ventas de Lácteos Quelán", "diretor de marketing da
        Quelmar", "el jefe de prensa, X". Up to three words, "y/e/and" among them; `j` if none.
        A field has no article ("presidente da instituição, X" is the body's president)."""
        texts, n = self.texts, self.n
        if self.c.lang == "en" or self._lower(j) != "de":
            return j
        m = j + 1
        while m < n and m - j <= 3 and texts[m].isalpha() and texts[m].islower() and m not in self.hit_at \
                and texts[m] not in self.c.links and texts[m] not in self.c.determiners \
                and texts[m] not in self.c.org_nouns and texts[m] not in self.c.speech_verbs \
                and (texts[m] not in _LIST_JOINS or m > j + 1):
            m += 1
        if m == j + 1 or texts[m - 1] in _LIST_JOINS or m + 1 >= n:
            return j
        if self._lower(m) in self.c.links:
            body = m + 1 + (self._lower(m + 1) in self.c.determiners)
            return m if body < n and texts[body][:1].isupper() else j
        return m if texts[m] == "," and texts[m + 1][:1].isupper() else j

    def _for_portfolio(self, j: int) -> int:
        """Past a portfolio after "for/para" at token `j` ("Minister of State for Trade and
        Industry Lim Wei Ling", "o secretário de Estado para os Recursos Minerais, X"), one word
        after its "and"; `j` if none follows."""
        texts, n, english = self.texts, self.n, self.c.lang == "en"
        if self._lower(j) != ("for" if english else "para") or self._lower(j - 1) in SPOKESPEOPLE:
            return j  # "a spokesman for Vortexa, which": whom he speaks for, no portfolio
        k = j + (not english and self._lower(j + 1) in self.c.determiners)  # "para os Recursos Minerais"
        m = k + 1
        if (place := self.hit_start.get(m)) is not None and place.entry.kind in ("place", "country"):
            end = place.end
            while end + 1 < n and (texts[end] == "," or self._lower(end) in _LIST_JOINS) \
                    and (listed := self.hit_start.get(end + 1)) is not None \
                    and listed.entry.kind in ("place", "country"):
                end = listed.end
            if end + 1 < n and texts[end] == ",":
                return end  # "La directora de Ryanair para España y Portugal, X": where the post is for
        if place is not None and place.entry.kind in ("place", "country") \
                and place.end < n and texts[place.end][:1].isupper() and self.tok.is_alpha[place.end] \
                and place.end not in self.hit_at and texts[place.end] not in self.gaz.first_names:
            m = place.end  # "Minister of State for Lagos Metropolitan Affairs, Mrs X": a place's affairs
        elif k + 1 >= n or not texts[k + 1][:1].isupper() or k + 1 in self.hit_at or texts[k + 1] in self.c.place_heads:
            return j  # "enviado para a Avenida X": where he was sent
        while m < n and m - k <= 3 and texts[m][:1].isupper() and m not in self.hit_at \
                and texts[m] not in self.gaz.first_names and texts[m].rstrip(".") not in self.gaz.honorifics:
            m += 1  # up to a name or an honorific ("Minister of State for Finance Dr Ayesha Rahim")
            if not english and m + 1 < n and m - k <= 3 and self._lower(m) in self.c.links \
                    and texts[m + 1][:1].isupper() and texts[m + 1] not in self.gaz.first_names:
                m += 1  # "el ministro para Asuntos del Canal, X": a field of a thing
        if english:
            run_end = m
            while run_end < n and texts[run_end][:1].isupper() and self.tok.is_alpha[run_end] \
                    and run_end not in self.hit_at:
                run_end += 1
            if (fields_end := self._field_before_name(k + 1, run_end)) < run_end:
                return fields_end  # "Minister for Manpower Koh Wei Jie": the listed field, then an unlisted name
        if m + 1 < n and self._lower(m) in _PORTFOLIO_AND and texts[m + 1][:1].isupper() and m + 1 not in self.hit_at:
            m += 2
            end = m
            while end < n and end - m < 3 and texts[end][:1].isupper() and self.tok.is_alpha[end] \
                    and end not in self.hit_at and texts[end] not in self.gaz.first_names:
                end += 1
            if end > m and end < n and (texts[end] == "," or end + 1 < n and texts[end + 1][:1].isupper() and (
                    texts[end] in self.gaz.first_names or texts[end].rstrip(".") in self.gaz.honorifics)):
                # "Minister for Lands and Natural Resources, Kwesi Mensah", "Minister for Fisheries
                # and Aquaculture Development Kofi X": the whole field, up to the name
                m = end
        if m + 3 < n and texts[m] == "(" and texts[m + 2] == ")" and texts[m + 3] == ",":
            m += 3  # "Minister of State for Petroleum Resources (Gas), Adamu Bello": the portfolio's part
        return m if m < n and (texts[m][:1].isupper() or texts[m] == ",") else j

    def _demonym_before_words(self, i: int) -> str | None:
        """The country of a demonym one to three lower-case words before token `i`."""
        k = i - 1
        while k >= 0 and i - k <= 3 and self.texts[k].islower() and self.tok.is_alpha[k]:
            k -= 1
            found = self.hit_end.get(k + 1)
            if found is not None and found.entry.kind == "demonym" and k + 1 < i - 1:
                return found.entry.country
        return None

    def _demonym_opens_name(self, k: int) -> bool:
        """Whether a capitalised demonym at token `k` opens a longer name ("the chief executive
        of Australian Steel Products, X")."""
        hit = self.hit_at[k]
        return hit.entry.kind == "demonym" and hit.start == k and hit.end < self.n \
            and self.texts[hit.end][:1].isupper() and hit.end not in self.hit_at

    def _body_named_by_country(self, k: int) -> int | None:
        """Where a body whose name opens with a country's name at token `k` ends ("the Botswana
        Chamber of Mines", "la Federación Chilena de Fútbol" is not one: the adjective follows), or
        None. One of its words must be a body's head word: "the president of Botswana Quel Masisi"
        names the country."""
        country = self.hit_start.get(k)  # (or a place's: "the Assam Tea Workers Union")
        if country is None or country.entry.kind not in ("country", "place") or country.end >= self.n \
                or not self.texts[country.end][:1].isupper() or country.end in self.hit_at:
            return None
        end = self._body_end(country.end)
        if not any(self._lower(m) in self.gaz.heads for m in range(country.end, end)):
            return None
        if end + 3 < self.n and self.texts[end] == "(" and self.texts[end + 2] == ")" and self.texts[end + 3] == ",":
            end += 3  # "the Ghana Shippers' Authority (GSA), Ms X": its abbreviation
        return end

    def _body_end(self, j: int, *, named_after: bool = False) -> int:
        """Past the capitalised body of a title from token `j`: its words, with name particles
        and places inside ("o presidente da Associação Nacional dos Taxistas de Angola (ANATA),
        Francisco Paciente", "o porta-voz do Comando-Geral da PRM, Orlando Mudumane"), up to a
        person's name ("el expresidente de la Generalitat Carles Puigdemont"), unless the body
        is `named_after` a person ("Universidade Agostinho Neto")."""
        texts, n, lower, c = self.texts, self.n, self._lower, self.c
        first_names = frozenset() if named_after else self.gaz.first_names
        while j < n:
            if texts[j] in ("'", "’") and j > 0 and texts[j - 1].endswith("s") and texts[j - 1][:1].isupper() \
                    and j + 1 < n and texts[j + 1][:1].isupper():
                j += 1  # "the Ghana Shippers' Authority": a plural's possessive inside the name
                continue
            if j + 2 < n and texts[j] in ("N", "No") and texts[j + 1] in ("°", "º", ".") and texts[j + 2].isdigit():
                j += 3  # "el presidente del Sindicato de Estibadores N°1, X": the body's number
                continue
            if texts[j].isdigit() and len(texts[j]) <= 3 and j > 0 and texts[j - 1][:1].isupper() \
                    and self.tok.is_alpha[j - 1] and j + 1 < n and texts[j + 1] in (",", ")"):
                j += 1  # "el secretario general de la Sección 22, X": the body's number
                continue
            hit = self.hit_at.get(j)
            if texts[j][:1].isupper() and (hit is None or hit.entry.kind in ("country", "place") and j > 0
                                           and lower(j - 1) in c.links
                                           or hit.entry.kind == "demonym" and j > 0 and texts[j - 1][:1].isupper()
                                           or hit.entry.kind == "country" and j > 0 and texts[j - 1].isupper()
                                           and len(texts[j - 1]) > 2
                                           # "Unión Industrial Argentina": a country's name as the body's adjective
                                           or hit.entry.kind == "country" and not hit.entry.capital and c.lang != "en"
                                           and j > 0 and texts[j - 1][:1].isupper() and j - 1 not in self.hit_at
                                           # "de Cotelco Antioquia, X": the body's branch in a region
                                           or hit.entry.kind == "place" and j > 0 and texts[j - 1][:1].isupper()
                                           and j - 1 not in self.hit_at and hit.end < n and texts[hit.end] == ",") \
                    and not ((texts[j] in first_names or _INITIAL.fullmatch(texts[j]))
                             and j + 1 < n and texts[j + 1][:1].isupper()):  # "of Police K. Rao Quelm"
                j = hit.end if hit is not None else j + 1
                continue
            m = j + 1 + (lower(j + 1) in c.determiners) if lower(j) in c.links else j
            if m > j + 1 and (named := self.hit_start.get(j + 1)) is not None \
                    and named.entry.kind in ("country", "place"):
                j = named.end  # "de La Paz", "de El Alto": a place named with its article
                continue
            if m > j and m < n and texts[m][:1].isupper() \
                    and (texts[m] not in first_names or not (m + 1 < n and texts[m + 1][:1].isupper())) \
                    and (m not in self.hit_at or self.hit_at[m].entry.kind in ("country", "place")):
                j = m  # (a given name alone is a place's: "da Câmara da Maia, X")
                continue
            if lower(j) in _IN_BODY and j > 0 and texts[j - 1][:1].isupper() and j + 1 < n:
                m = j + 1 + (lower(j + 1) in c.determiners)
                if m < n and texts[m][:1].isupper() and self.tok.is_alpha[m] and texts[m] not in first_names \
                        and self._seat_at(m):
                    # "el portavoz del PSIB-PSOE en el Parlament, X", "o deputado do Chega na
                    # Assembleia Legislativa da Madeira, X": the body's seat in another
                    j = self.hit_at[m].end if m in self.hit_at else m
                    while j < n and texts[j][:1].isupper() and self.tok.is_alpha[j] and texts[j] not in first_names \
                            and (j not in self.hit_at or self.hit_at[j].entry.kind == "place"):
                        j = self.hit_at[j].end if j in self.hit_at else j + 1  # "en Renault Valladolid": its plant
                    continue
            if lower(j) in _BODY_JOINS and j + 1 < n and texts[j + 1][:1].isupper() and j + 1 not in self.hit_at \
                    and texts[j + 1] not in first_names and j > 0 and texts[j - 1][:1].isupper():
                j += 1  # "a secretária de Vigilância em Saúde e Ambiente, Helena Cardoso Vilar"
                continue
            break
        if j + 2 < n and texts[j] == "(" and texts[j + 2] == ")" and texts[j + 1][:1].isupper():
            j += 3  # the body's abbreviation: "(ANATA)", "(Fecomercio-SP)"
            if j + 1 < n and texts[j][:1].isupper() and texts[j] not in first_names \
                    and not texts[j + 1][:1].isupper() and j not in self.hit_at:
                j += 1  # "del Sistema de Transporte Colectivo (STC) Metro, Adrián Ruvalcaba"
            m = j + 1 + (lower(j + 1) in c.determiners) if lower(j) in c.links else j
            if m > j and m < n and texts[m][:1].isupper() and texts[m] not in first_names:
                # "del Consejo Directivo Central (Codicen) de la ANEP, Robert Silva"; "(CBT) de El Alto"
                return self._body_end(j if m > j + 1 and j + 1 in self.hit_start else m)
        return j

    def _where_set_off(self, j: int) -> int:
        """Past where a title's office is, set off with it before the name: "el presidente de la
        UNA en la región, X", "el delegado de la Sader en el sur de Sonora, X" (a place noun or
        capitalised words after "en/em/in", up to six words, then a comma and a capitalised
        word); else `j`."""
        lower, texts, n = self._lower, self.texts, self.n
        if j == 0 or lower(j) not in _IN_BODY or not texts[j - 1][:1].isupper() and texts[j - 1] != ")":
            return j
        k = j + 1 + (lower(j + 1) in self.c.determiners)
        if k >= n or not (texts[k][:1].isupper() or self._place_noun_word(lower(k)) or lower(k) in self.c.place_nouns
                          or lower(k) in _COMPASS or lower(k) in _COMPASS_POINTS):
            return j
        end = k
        while end < n and end - k < 6 and self.tok.is_alpha[end] \
                and (texts[end][:1].isupper() or lower(end) in self.c.links or lower(end) in self.c.determiners
                     or lower(end) in self.c.place_nouns or lower(end) in _COMPASS or lower(end) in _COMPASS_POINTS):
            end += 1
        return end if end + 1 < n and texts[end] == "," and texts[end + 1][:1].isupper() else j

    def _seat_at(self, k: int) -> bool:
        """Whether token `k` opens a body's name (a listed body, or words no place has), where
        another body sits: "na Assembleia Legislativa da Madeira", "en el Parlament"."""
        hit = self.hit_at.get(k)
        return hit.entry.kind == "org" if hit is not None else not is_known_place(self.texts[k])

    def _portfolio_end(self, j: int) -> int:
        """Past the rest of a portfolio that lists its fields, when a comma follows it: "ministra
        da Ciência[, Tecnologia e Inovação], Luciana Santos", "ministro de Energía[ y Minas],
        Jorge Montero". Without the "e/y/and" of a list ("ministro da Fazenda, Haddad, disse")
        the words after the comma are a name: `j` is kept."""
        texts, n, k, joined = self.texts, self.n, j, False
        first_names = self.gaz.first_names
        # (Spanish news keeps Catalan portfolios: "consellera de Territori, Habitatge i Transició Ecològica")
        joins = _LIST_JOINS | {"i"} if self.c.lang == "es" else _LIST_JOINS
        while not (joined and texts[k] == ",") and k + 1 < n and (texts[k] == "," or self._lower(k) in joins):
            m = k + 1
            if self._lower(k) in joins and self._lower(m) in self.c.links:
                m += 1 + (self._lower(m + 1) in self.c.determiners)  # "ministro de Estado e das Finanças"
            elif self._lower(k) in _LIST_JOINS and self._lower(m) in self.c.determiners and m + 1 < n \
                    and texts[m + 1][:1].isupper():
                m += 1  # "Minister for Climate, Energy and the Environment, Aoife Brennan"
            known = self.hit_start.get(m)  # "ministra do Trabalho, Solidariedade e Segurança Social, X"
            if not (m < n and texts[m][:1].isupper() and texts[m] not in first_names and (
                    m not in self.hit_at or known is not None and known.entry.kind == "org")):
                break
            joined = joined or texts[k] != ","
            # "ministro de Comunicaciones, Infraestructura y Vivienda (CIV), Félix Alvarado",
            # "da Federação do Comércio de Bens, Serviços e Turismo do Estado de São Paulo, X"
            if known is not None:
                k = known.end
            else:
                k = self._body_end(m + 1) if texts[k] != "," or joined else m + 1
            while k < n and (texts[k][:1].isupper() and k not in self.hit_at and texts[k] not in first_names
                             or self._lower(k) in self.c.links and k + 1 < n and texts[k + 1][:1].isupper()
                             and k + 1 not in self.hit_at and texts[k + 1] not in first_names
                             or texts[k].isdigit() and texts[k - 1][:1].isupper()):  # "Agenda 2030"
                k += 1  # (a field with "de" inside: "consejera de Fomento, Articulación del Territorio y Vivienda")
        if joined and k + 1 < n and texts[k] in first_names and texts[k + 1][:1].isupper():
            return k  # "exministro de Comunicaciones, Infraestructura y Vivienda Rodolfo X": his name
        if joined and k + 2 < n and self._lower(k) in self.c.links and texts[k + 1].islower() \
                and self.tok.is_alpha[k + 1] and texts[k + 2] == ",":
            k += 2  # "secretário de Ciência, Tecnologia e Inovação[ do ministério], X": whose portfolio
        elif joined and k + 1 < n and texts[k].islower() and self.tok.is_alpha[k] and texts[k + 1] == "," \
                and self._lower(k - 1) in self.gaz.heads:
            k += 1  # "consejero de Industria, Transición Energética y Sostenibilidad del Gobierno[ vasco], X"
        elif joined and k + 2 < n and ((self._lower(k), self._lower(k + 1)) in _ACTING and texts[k + 2] == ","
                                       or self._lower(k) in _ACTING_WORDS and texts[k + 1] == ","):
            k += 1 if self._lower(k) in _ACTING_WORDS else 2  # "… Pecuária e Abastecimento[ em exercício], X"
        return k if joined and k < n and texts[k] == "," else j

    # -- 3. unseen names --------------------------------------------------------------------

    def _add_names(self) -> list[tuple[list[Unit], dict[str, Any]]]:
        """Add typed multi-word names; return single-word candidates for linking."""
        pending = []
        listed_event = -1  # where the next storm of a list may start
        for run in self._candidate_runs():
            if len(run) > 2 and run[0].lower in self.c.led_by and run[1].lower in self.c.links \
                    and (run[2].text in self.gaz.first_names or find_person([" ".join(u.text for u in run[2:])])):
                # "el Gobierno de Pedro Sánchez", "o Governo de Cavaco Silva": the person who leads it
                span = self._span(run[2].start, run[-1].end)
                self.actors.add(self._person_id(span[2]), "person", span[2], span)
                continue
            if len(run) == 1 and run[0].initial and run[0].lower.endswith(_ADJECTIVE_SUFFIXES) \
                    and (title := self.hit_start.get(run[0].end)) is not None \
                    and title.entry.kind == "title" and self.texts[run[0].end].islower():
                continue  # "Political analyst Prakash Bhosale": the title's adjective opens the sentence
            if len(run) > 2 and self.text[run[0].start_char:run[-1].end_char].upper() in self.c.indicators:
                continue  # "Produto Interno Bruto": an indicator, no actor
            facts = self._context(run)
            start, end = run[0].start, run[-1].end
            words = [unit for unit in run if unit.text not in self.c.particles and unit.text not in NICK_QUOTES]
            span = self._span(start, end)
            if (start < 2 or self.tok.is_space[start - 1]) and self._is_dateline(run):
                self._add_dateline(run, span)  # "KYIV, Ukraine —", "NEW DELHI —"
            elif len(words) <= 3 and self._title_case_dateline(start, end) and is_known_place(span[2]) \
                    and find_person([span[2]]) is None:
                self._add_dateline(run, span)  # "Neiva. El Huila recibirá …": a town GeoNames knows
            elif self._is_event(run):
                self.containers.append(self._event_span(start, end))
            elif len(words) > 1 and span[2] in self.c.no_actor:
                continue  # "o fenómeno El Niño": weather, no actor
            elif start > 0 and (self.texts[start - 1] == "(" and end < self.n and self.texts[end] == ")"
                                or self.c.lang == "en" and self.texts[start - 1] == "," and end < self.n
                                and self.texts[end] in (",", ".")) \
                    and _PARTY_TAG.fullmatch(span[2]) \
                    or start > 2 and self.texts[start - 1] == "," and self.texts[start - 2] in ("D.", "R.", "I.") \
                    and self.texts[start - 3] == "(":
                # "State Sen. Ben Allen (D-Santa Monica)", "(R., Chester)", ", D-New Orleans,": his
                # party and district
                continue
            elif self.c.lang == "en" and len(run) == 2 and run[1].text in _PARTY_MEMBERS \
                    and self._lower(start - 1) in ("a", "an"):
                continue  # "Ann Doyle, a Quincy Democrat, said": what she is, no body
            elif self.c.lang == "en" and len(run) == 2 and run[1].text in _PARTY_MEMBERS \
                    and any(k in self.titles for k in range(end, min(end + 3, self.n))) \
                    and all(self.tok.is_alpha[k] for k in range(end, min(end + 3, self.n))):
                # "Progressive Conservative health critic X", "Scottish Conservative MSP X": the party
                self.actors.add(self._org_id(span[2]), "organization", span[2], span)
            elif start > 0 and (self.texts[start - 1].islower() and (
                    self._lower(start - 1) in self.c.event_nouns
                    # "la tormenta tropical Sara", "o ciclone tropical Idai"
                    or start > 1 and self._lower(start - 1) in _STORM_ADJECTIVES
                    and self._lower(start - 2) in self.c.event_nouns)
                                or start - 1 == listed_event and len(run) == 1
                                and self.texts[start - 1] in _EVENT_LIST):
                # "a tempestade Kirk", "la Operación Tormenta", "os ciclones Chido, Dikeledi e Jude": no actor
                self.containers.append(span[:2])
                listed_event = end
            elif self.c.lang == "en" and len(words) > 1 and not facts["person"] and end in self.titles \
                    and self.texts[end] in _PORTFOLIO_HEADS and not self._has_head(run) \
                    and run[0].text not in self.gaz.first_names and self._org_id(span[2]) not in self.actors.by_id:
                continue  # "Deputy Human Resources Minister X": a minister's portfolio, no body
            elif start > 1 and (self._lower(start - 1) in _DUBBED
                                or self._lower(start - 1) in ("de", "como") and self._lower(start - 2) in _DUBBED):
                self.containers.append(span[:2])  # "a operação, batizada de Toga Partida": a label, no actor
            elif len(words) == 1 and span[2] in self.c.bare_heads:
                continue  # "el presidente del Gobierno", "al Gobierno central": no actor
            elif len(words) == 1 and run[0].lower in OUTLET_NOUNS and self._lower(start - 1) in OWN_OUTLET_WORDS:
                continue  # "dijeron a este Diario": the paper itself
            elif len(words) == 1 and self.c.lang != "en" and run[0].initial and self._lower(end) == "," \
                    and run[0].lower.endswith(ROMANCE_PARTICIPLE_ENDINGS) and find_person([span[2]]) is None \
                    and run[0].text not in self.c.surnames and run[0].text not in self.gaz.first_names:
                continue  # "Procurada, a companhia não comentou": a participle opens the sentence
            elif len(words) > 1 and not facts["person"] and run[0].text not in self.gaz.first_names \
                    and not self._has_head(run) and self._lower(end) not in self.c.links \
                    and (org_id := self._org_id(span[2])) != f"organization:{slugify(span[2])}" \
                    and not is_known_place(span[2]) and run[-1].text not in self.c.place_tails:  # (not "Tampa Bay")
                # "a Serra Alta afirmou" after "Serra Alta Mineração": the body's short form
                self.actors.add(org_id, "organization", span[2], span)
            elif span[2] == "X" and self._lower(start - 1) in _ON_PLATFORM:
                continue  # "escribió en X", "posted on X": the platform
            elif _PLURAL_INITIALS.fullmatch(run[-1].text) and not self._has_head(run):
                continue  # "Labour MPs said", "Independent TDs", "several NGOs": a plural of initials names no one
            elif _PARTY_STATE.fullmatch(span[2]):
                continue  # "Sen. Mark Olsen, R-Texas,": his party and state, no actor
            elif self.c.lang == "en" and len(words) <= 2 and end < self.n and self.texts[end] == "state" \
                    and not facts["person"] and not self._has_head(run) and not span[2].isupper():
                self._add_location(span)  # "Nasarawa state police commissioner", "in Kogi state": a state
            elif self.c.lang == "en" and len(run) == 1 and run[0].text in self.c.place_heads \
                    and (title := self.hit_end.get(start)) is not None and title.entry.kind == "title" \
                    and self.texts[title.start][:1].isupper():
                self._add_location(self._span(title.start, end))  # "on Queen Street", "King Street"
            elif len(run) == 1 and len(span[2]) <= 3 \
                    and (not span[2].isupper() or span[2].endswith(".") or span[2].lower() in self.c.currency_words) \
                    and end < self.n and self.texts[end][:1].isdigit() and self.tok.ws[end - 1] \
                    and span[2] not in self.c.place_heads:
                continue  # "to Rs 1,512", "Sh 500", "G. 500.000", "MWK 40": a currency's sign before its amount
            elif len(run) == 1 and span[2] in self.c.capital_units and self._after_amount(start):
                continue  # "1,1 millones de TEU", "2.5 million TEUs": the amount's unit
            elif len(run) == 1 and run[0].is_acronym and start >= 2 and self._lower(start - 1) in _OF_COUNTRY \
                    and any(q.start < span[0] and span[1] <= q.end for q in self.doc._.quantities or ()):
                continue  # "600 mil toneladas de DDG por ano": what the amount weighs, no body
            elif len(run) == 1 and span[2] in self.c.month_names and self._lower(start - 1) in _OF_COUNTRY \
                    and start >= 2 and self.texts[start - 2].isdigit():
                continue  # "la avenida 18 de Julio", "a rua 25 de Março": a day's name, no actor
            elif len(run) == 2 and run[0].text in CAPS_ARTICLES and run[1].text.isupper():
                # "EL MUNDO", "EL DEBER": a newspaper writes its own name in capitals
                self.actors.add(self._org_id(span[2]), "organization", span[2], span)
            elif len(words) == 1 and self._names_person(run[0].text):
                pending.append((run, facts))  # "told the court O'Keefe had": the person named before
            elif run[0].text in self.c.company_words and self._extend_by_suffix(run):
                continue  # "Apple Inc.", "JPMorgan Chase & Co."
            elif (towns := self._towns_with_a_head(run)) is not None:
                for town in towns:  # "para Caxias do Sul e Passo Fundo": "Fundo" heads no fund here
                    self._add_location(self._span(town[0].start, town[-1].end))
            elif self.c.lang == "en" and len(words) in (2, 3) and not facts["person"] \
                    and run[0].text not in self.gaz.first_names \
                    and not self._has_head(run) and (end >= self.n or self.texts[end] in _LIST_MARKS
                                                     or self.texts[end] in (".", ";")) \
                    and self._list_after_place_word(start):
                # "in Albay, Camarines Sur, Sorsogon and Northern Samar"; not "in London and Ayen Deng
                # Bior in Nairobi" or "Revenue and Disaster Management Minister"
                self._add_location(span)
            elif self.c.lang != "en" and len(words) > 1 and start > 0 and self._lower(start - 1) in _BARE_PLACE_PREPS \
                    and self._has_head(run) and is_known_place(span[2]) and not self._known_org_name(start, end):
                # "as zonas altas de Câmara de Lobos", "fábricas de Leiria e Marinha Grande": a town,
                # named without the article a body takes ("da Câmara", "na Marinha")
                self._add_location(span)
            elif (self._has_head(run) and not self._street_name(run) and find_person([span[2]]) is None) \
                    or (facts["described"] and not facts["role"]) \
                    or (len(run) > 1 and run[0].text.isupper() and run[0].lower in self.c.org_nouns) \
                    or self._country_tail(run) \
                    or (len(run) >= 4 and tuple(u.text for u in run[-3:]) in self.c.company_pairs) \
                    or (len(words) > 1 and self._company_by_nationality(run[0]) is not None
                        and any(u.text in self.c.company_words or u.lower.endswith(self.c.noun_suffixes)
                                for u in run)) \
                    or (len(words) > 1 and run[-1].text in self.c.company_words
                        # "said Rachel Power of the Patients Association": a person of a body
                        # "Union president Gerald Power said": a titled person
                        and not (run[0].text in self.gaz.first_names and len(words) == 2
                                 and (self.c.lang == "en" and self._lower(end) == "of" or facts["role"]))) \
                    or (start >= 2 and self.texts[start - 1] == "," and self._org_noun_before(start - 2)
                        and run[0].text not in self.gaz.first_names
                        and not facts["person"] and not is_noted_city(span[2])) \
                    or (self._after_org_noun(start) and start not in self.after_title
                        and (run[0].text not in self.gaz.first_names or self._company_of_a_nation(start))
                        and not (len(span[2].rstrip(".")) == 1 and self._lower(start - 1) in _GROUP_WORDS)
                        and not self._maker_of_a_name(run, start)) \
                    or (self._employer(end) and run[-1].lower not in _PLACE_KINDS and not is_known_place(span[2])) \
                    or (self._apposed_org(end) and not facts["person"] and not (
                        len(words) > 1 and run[0].text in self.gaz.first_names and self._person_shape(run, facts))) \
                    or (self.c.lang == "en" and not facts["person"] and run[0].text not in self.gaz.first_names
                        and end + 1 < self.n and self.texts[end] in _POSSESSIVE
                        and self._lower(end + 1) in _BUSINESS_OWNED) \
                    or (start > 0 and self.texts[start - 1] in _NAMED_AFTER_PEOPLE and len(words) > 1) \
                    or (self.c.lang == "en" and end + 1 < self.n and self.texts[end] == ","
                        and self.texts[end + 1] == "which" and len(words) > 1
                        and run[0].text not in self.gaz.first_names and not facts["person"]
                        and not is_known_place(span[2]) and self._lower(start - 1) not in self.c.place_preps
                        and not self._street_name(run) and run[-1].lower not in _PLACE_KINDS
                        and run[-1].lower not in _THING_ENDS) \
                    or (self._plural_opening(run) and not facts["person"]
                        and not (start > 1 and self._lower(start - 1) in self.c.links and (
                            self._lower(start - 2) in self.c.place_nouns  # "el concejo de Cangas del Narcea"
                            or (title := self.hit_end.get(start - 1)) is not None and title.entry.kind == "title"))) \
                    or (self._before_org_noun(end) and not (len(words) == 1 and run[0].initial)) \
                    or (self._in_listed_bodies(start) and run[0].text not in self.gaz.first_names) \
                    or (len(words) > 2 and self._spelled_by_initials(run) and run[0].text not in self.gaz.first_names):
                # "Emergency Management Victoria (EMV)": a name given its initials is an
                # organisation's, not a person's ("Andrés Manuel López Obrador (AMLO)" keeps his)
                named = self.hit_start.get(end)
                if named and (named.entry.kind == "place" or named.entry.kind == "country" and named.entry.capital) \
                        and (run[-1].lower in self.gaz.heads or len(run) > 1 and run[-2].lower in self.gaz.heads):
                    # "Fundo Amazônia", "Hospital Universitario La Paz": a place can name an organisation
                    end = named.end
                end = self._numbered_division(end)
                if self._has_head(run):
                    end = self._topic_end(end if self._plural_org_noun_before(start) else self._fields_end(end))
                if self.c.lang == "en" and (council := _COUNCIL.match(self.text, self.tok.ends[end - 1])):
                    end = bisect_left(self.tok.idx, council.end())  # "Ashvale borough council"
                portfolio = self._ministry_end(start, end)
                end, country = (portfolio, None) if portfolio else self._org_country(end, ("country", "place", "org"))
                end = self._and_region(end)
                if country is None and not portfolio:
                    # "Conselho de Administração da Sonangol (…)": the country of the listed body inside
                    country = next((self.hit_at[k].entry.country for k in range(start + 1, end)
                                    if k in self.hit_at and self.hit_at[k].entry.kind == "org"
                                    and self.hit_at[k].start == k and self.hit_at[k].end <= end
                                    and (self._lower(k - 1) in self.c.links or self._lower(k - 1) in _ARTICLES
                                         and self._lower(k - 2) in self.c.links)), None)
                # an English company name in any language: "a estatal China Road and Bridge Corporation"
                start, country = self._org_prefix(start, country, self.c.lang == "en"
                                                  or self.texts[end - 1] in self.c.org_suffixes)
                country = country or self._org_noun_country(start)
                if country is None and (demonym := self.hit_end.get(start)) is not None \
                        and demonym.entry.kind == "demonym" and self.texts[demonym.start].islower():
                    country = demonym.entry.country  # "a dinamarquesa Kattegat Terminals"
                if start > 1 and self.texts[start - 1] in _NAME_ARTICLES and self._after_org_noun(start):
                    start -= 1  # "la empresa Las Bambas": the article is part of the name
                last = self.hit_at.get(end - 1)
                if country is None and last is not None and last.entry.kind == "demonym" and last.end == end \
                        and len(words) > 1 and not any(self._lower(i) in self.c.links for i in range(start, end)):
                    # "Ejército Mexicano", "Exército Brasileiro"; not "Museu da Imigração Japonesa"
                    country = last.entry.country
                second = self.hit_start.get(start + 1)
                if country is None and second is not None and second.entry.kind == "demonym" \
                        and self.texts[start + 1][:1].isupper() and self._lower(start) in self.gaz.heads \
                        and second.end < end:
                    # "Federação Portuguesa de Xadrez", "Sociedade Brasileira de Pediatria"
                    country = second.entry.country
                if country is None and last is not None and last.entry.kind == "country" and not last.entry.capital \
                        and last.end == end and last.start > start and self._lower(last.start - 1) not in self.c.links \
                        and self._lower(last.start - 1) not in _NAMED_AFTER_PEOPLE:
                    # "Age UK", "Migración Colombia", "OMV New Zealand"; a hospital or a school is
                    # named after a country as after a person ("Hospital México" is in Costa Rica)
                    country = last.entry.country
                span = self._span(start, end)
                org_id = self._org_id(span[2])
                if end + 2 < self.n and self.texts[end] == "(" and not self.texts[end + 1].isupper() \
                        and (bracketed := self.hit_start.get(end + 1)) is not None \
                        and bracketed.entry.kind == "org" and self.texts[bracketed.end] == ")" \
                        and bracketed.entry.actor_type == "organization":
                    # "Servicio Nacional de Prevención y Respuesta ante Desastres (Senapred)": the known one
                    org_id = f"organization:{slugify(bracketed.entry.name)}"
                    country = country or bracketed.entry.country
                self.actors.add(org_id, "organization", span[2], span, country=country)
                if len(words) > 1 or start < run[0].start or end > run[-1].end:
                    self.containers.append(span[:2])  # "Banco de España": España is no mention of its own
            elif len(words) > 1 and (len(run) >= 4 and run[0].text in ("Área", "Area") and run[1].is_cap
                                     and run[2].text in self.c.links  # "Área Metropolitana de Lisboa"
                                     or run[0].text in self.c.place_heads
                                     and not (len(words) == 2 and run[1].is_hyphenated_given  # "Park Ji-hoon"
                                              and run[1].text.partition("-")[2].islower())
                                     or (
                    self.c.lang == "en" and run[-1].text in self.c.place_heads
                    and not (facts["person"] and run[0].text in self.gaz.first_names)  # "director Ellen Park"
                    # "Robert Plant said": a given name, then a surname, who speaks ("trips to Grace Bay")
                    and not (len(run) > 1 and run[-2].text in self.gaz.first_names and not is_known_place(span[2])
                             and self._lower(end) in self.c.speech_verbs))
                    or run[-1].text in self.c.name_end_places
                    or (len(words) <= 3 and run[-1].text in self.c.region_tails and not facts["person"]
                        and run[0].text not in self.gaz.first_names)
                    # "Northern Samar", "Eastern Visayas": a region named by its side (not "Western Union")
                    or (self.c.lang == "en" and len(words) == 2 and run[0].lower in _COMPASS and run[0].text.istitle()
                        and not facts["person"] and not self._has_head(run)
                        and run[-1].text not in self.c.company_words and run[-1].text not in self.gaz.first_names)):
                self._add_location(span)  # "Recife Whitsun", "Serra da Estrela", "Downing Street"
            elif len(words) <= 4 and not facts["person"] and run[0].text not in self.gaz.first_names \
                    and self._lower(start - 1) in _BEFORE_TOWN and end + 2 < self.n and self.texts[end] == "(" \
                    and self.texts[end + 1] in _BRAZILIAN_STATES \
                    and self.texts[end + 2] == ")" and end + 1 not in self.hit_at:  # not "Ky. (AP)"
                self._add_location(span, "BRA")  # "Juazeiro do Norte (CE)": a town and its state's initials
            elif (namesake := self._titled_namesake(start)) is not None and len(words) <= 3:
                self._add_location(self._span(namesake, end))  # "el estadio General Santander"
            elif len(words) == 1:
                pending.append((run, facts))
            elif not facts["person"] and len(words) <= 3 and self._left_from(start) \
                    and (self._lower(start - 1) in _FROM_THE or is_known_place(span[2])):
                # "o cortejo partiu do Martim Moniz", "salió de Ciudad Hidalgo": left from a place
                self._add_location(span)
            elif facts["cue_after"] and not facts["person"] and len(words) <= 3 \
                    and (self._lower(start - 1) in _IN_PLACE
                         or self._lower(start - 1) == "at" and run[-1].text in _VENUES) \
                    and run[0].text not in self.gaz.first_names \
                    and find_person([span[2]]) is None:
                self._add_location(span)  # "Police in Lakki Marwat said": no one is "in" a person
            elif (facts["place_noun"] or facts["place_noun_after"]) and not facts["person"] \
                    and (len(words) <= 3 or facts["place_noun"] and len(words) <= 5):  # (named after a man in full)
                self._add_location(span, self._place_nationality(start) if facts["place_noun"] else None)
                # "a cidade de Pedro Leopoldo", "the Big Bend region"
            elif not facts["person"] and len(words) <= 3 and run[0].text not in self.gaz.first_names \
                    and (run[-1].lower in _PLACE_KINDS or self._lower(start - 1) in _IN_PLACE
                         or run[-1].start in self.hit_at
                         or len(words) > 1 and not facts["cue_after"] and is_noted_city(span[2])) \
                    and is_known_place(span[2]) and find_person([span[2]]) is None:
                # "in Ibadan, Oyo State, said", "em Bela Vista", "y Villa Alemana" (a town named
                # with an adjective), "atingir Campina Grande" (a city of note): a place GeoNames
                # lists, named as one (Brazil has towns named after people: "com Getúlio Vargas"
                # is the man)
                self._add_location(span)
            elif not facts["person"] and len(words) <= 3 and run[0].text not in self.gaz.first_names \
                    and self._lower(start - 1) in _TO_WORDS and self._lower(start - 2) in self.c.arrival_verbs \
                    and find_person([span[2]]) is None:
                # "llegaron a Lajas Blancas": where one arrives is a place (the verb right before
                # "a": not "foi implantada a Informática Administrativa")
                self._add_location(span)
            elif not facts["person"] and len(words) <= 3 and run[0].text in _PLURAL_ARTICLES:
                # "Los Olmos", "Los Zetas": a plural article names no one person. After a common
                # noun, the noun says what it is: "el fundo Las Vertientes", "las bandas Los
                # Tigrillos" (a group's nouns); a place after a place's word or in a list of places.
                noun = self._lower(start - 1)
                named_by_noun = start > 0 and self.texts[start - 1].isalpha() and self.texts[start - 1].islower() \
                    and not self.tok.is_stop[start - 1]
                if noun in self.c.place_preps or self._after_listed_place(start) \
                        or named_by_noun and noun not in self.c.org_nouns and noun[:-1] not in self.c.org_nouns \
                        and noun not in _GANG_NOUNS:
                    self._add_location(span)
                else:
                    self.actors.add(self._org_id(span[2]), "organization", span[2], span)
            elif not facts["person"] and not facts["role"] and len(words) <= 3 \
                    and (is_noted_city(span[2]) and (self._place_follows(end) or self._after_listed_place(start))
                         or self._known_place_list(start, end)):
                self._add_location(span)  # "visitou João Pessoa e Campina Grande": a city of note among places
            elif not facts["person"] and len(words) > 1 and self._lower(start - 1) in _IN_PLACE \
                    and is_noted_city(span[2]) and find_person([span[2]]) is None:
                self._add_location(span)  # "em Aparecida de Goiânia": a city of note, though opened by a given name
            elif not facts["person"] and not facts["role"] and len(words) > 1 \
                    and any(unit.text in _TOWN_WORDS for unit in run) and is_known_place(span[2]) \
                    and find_person([span[2]]) is None and not (facts["cue_after"] and self._says_it(end)):
                # (not "Rio Tinto announced it would keep the plant open": a company)
                self._add_location(span)  # "a Lucas do Rio Verde", "e Nova Mutum": a town GeoNames knows
            elif not facts["person"] and facts["cue_after"] and self.c.lang == "en" and len(words) <= 3 \
                    and run[0].text not in self.gaz.first_names and self._says_it(end):
                # "Tegas Emas said in a filing with Bursa Malaysia", "Quelmor Mining said it would"
                self.actors.add(self._org_id(span[2]), "organization", span[2], span)
            elif not facts["person"] and run[0].text not in self.gaz.first_names and len(words) <= 3 \
                    and self._after_listed_place(start) and is_known_place(span[2]) and find_person([span[2]]) is None:
                self._add_location(span)  # "entre Mariana e Ouro Preto": a known place after a place
            elif facts["role_span"] is not None and len(words) <= 3 \
                    and (titled_town := self._titled_town(facts["role_span"], span)) is not None:
                self._add_location(titled_town)  # "em Senador Canedo", "de Presidente Prudente": named after one
            elif self.c.lang == "en" and not facts["person"] and start >= 2 and self._lower(start - 1) == "based" \
                    and self.texts[start - 2] == "-" and run[0].text not in self.gaz.first_names:
                # "London-based Veritrace Compliance": a company where it is based
                self.actors.add(self._org_id(span[2]), "organization", span[2], span)
            elif not facts["person"] and facts["place"] and self.c.lang == "en" and 1 < len(words) <= 3 \
                    and run[-1].lower in _COMPASS:  # "Orlando East", "Soweto North"
                self._add_location(span)  # "a salon in Orlando East": a place's part, not a person
            elif len(words) <= 4 and self._listed_after_place_noun(start):
                # "as pontes Colombo Salles e Pedro Ivo Campos": places, though named after people
                self._add_location(span)
            elif not facts["person"] and len(words) <= 4 and not (start >= 3 and self.texts[start - 3] == ",") \
                    and (len(words) > 2 or not run[0].text.endswith(("a", "o"))
                         or not self._name_words(run)) \
                    and (made_in := self._company_by_nationality(run[0])):
                # (not ", a belga Céline X", a person set off; nor "la hondureña Dilcia Maradiaga", whose
                # unlisted given name ends as Romance ones do)
                # "pela italiana Ferrovie Lombarde": a company named by its nationality
                self.actors.add(self._org_id(span[2]), "organization", span[2], span, country=made_in)
            elif not facts["person"] and self._plural_after_singular(run):
                # "com a Águas do Grão-Pará", "la Aguas Andinas": a plural noun after "a/la" names a company
                self.actors.add(self._org_id(span[2]), "organization", span[2], span)
            elif self.c.lang != "en" and not facts["person"] and 2 <= len(words) <= 3 \
                    and run[0].text in _CAPITAL_ARTICLES and not run[0].initial and not run[1].text.isupper() \
                    and run[1].text not in self.gaz.first_names and not facts["cue_after"]:
                # "y La Gomera y El Hierro", "las casas de La Barra": a name opened by its article
                # mid-sentence names a place or a body, no person; "dijo a La República": a paper
                before, after = self._lower(start - 1), self._lower(end)
                told = before in TOLD_TO and any(self._lower(k) in self.c.speech_verbs or self._lower(k) in _STATEMENTS
                                                 for k in range(start - 4, start - 1))
                if told:
                    continue  # (the paper told, unknown to the tables: no actor of the story)
                if is_known_place(span[2]) or facts["place"] or before in _LIST_JOINS \
                        or before in self.c.links or before in TOLD_TO or before == "," or after in _LIST_MARKS:
                    self._add_location(span)
                else:
                    self.actors.add(self._org_id(span[2]), "organization", span[2], span)
            elif self.c.lang == "en" and not facts["person"] and len(words) <= 3 \
                    and run[0].text not in self.gaz.first_names and self._lower(start - 1) == "and" \
                    and self._lower(end) not in ("in", "at") and self._place_prep_opens_list(start):
                # "Traders in Tema and Ashaiman Newtown told": no one told ("by X in London and Ayen
                # Deng Y in Nairobi" is someone somewhere)
                self._add_location(span)
            elif facts["person"] or (self._person_shape(run, facts) and not self._owned(start)
                                     and not self._employer_of_staff(start) and (
                    len(words) <= 4 or len(words) <= 6 and self.c.lang != "en"
                    and run[0].text in self.gaz.first_names and run[1].text[:1].isupper())):
                # "Fernando José Ribeiro de Melo Gomes": a Portuguese or Spanish name may have six words
                self.actors.add(self._person_id(span[2]), "person", span[2], span,
                                country=facts["country"], role=facts["role"],
                                role_span=facts["role_span"])
            elif (facts["place"] or facts["place_noun"] or self._in_place_list(start) and (
                    self._ends_item(end) or is_known_place(span[2]))) and len(words) <= 3:
                self._add_location(span)  # "en Petare, Catia y La Vega"
            elif len(words) <= 3 and (not facts["initial"] or self.c.lang == "en" or self._surname_recurs(run)
                                      or self._known_surname(run)) \
                    and self._name_words(run) \
                    and not self._after_link(start):
                if end < self.n and self.texts[end] in self.c.thing_nouns:
                    continue  # "the Super Heavy booster", "its New Glenn rocket": a product, no one
                known = self._person_id(span[2])
                if known in self.actors.of_type("person"):
                    # "Según García Maceiras" after "Óscar García Maceiras": the person again
                    self.actors.add(known, "person", span[2], span)
                elif (self._owned(start) or facts["source_prep"] or self._coordinated(start, ("organization",))) \
                        and not self._titled_apposition(end):
                    # "the Revolutionary Guards", "Bezos' Blue Origin": a thing someone has, not a person;
                    # "according to Wells Fargo", "Boeing and Lockheed Martin": a source or a company.
                    if len(words) == 1 and not self._owned(start) and not facts["source_prep"] \
                            and is_noted_city(span[2]):
                        self._add_location(span)  # "St James's University Hospital and Bradford": a city
                    else:
                        self.actors.add(self._org_id(span[2]), "organization", span[2], span)
                elif self.c.lang == "en" and self._lower(start - 1) == "at" \
                        and (title := self.hit_end.get(start - 1)) is not None and title.entry.kind == "title" \
                        and not _EMPLOYED_TITLES.isdisjoint(title.entry.key.split()):  # ("head of research")
                    # "programs director at Environmental Defence": where the titled one works
                    self.actors.add(self._org_id(span[2]), "organization", span[2], span)
                elif self._employer_of_staff(start) and not is_known_place(span[2]):
                    self.actors.add(self._org_id(span[2]), "organization", span[2], span)  # "analysts at Forsyth Barr"
                elif self.c.lang == "en" and self._lower(start - 1) == "at":
                    self._add_location(span)  # "at Old Trafford": no person is somewhere "at" a name
                elif start > 0 and end < self.n and self.texts[start - 1] in _OPEN_QUOTES \
                        and self.texts[end] in _CLOSE_QUOTES:
                    continue  # '"Road Map"', «Grândola Vila Morena»: a title in quotes, no one named
                elif self.c.lang != "en" and len(words) > 1 and self._lower(end) in self.c.links \
                        and (place := self.hit_start.get(end + 1)) is not None \
                        and (place.entry.kind == "place" or place.entry.kind == "country" and place.entry.capital) \
                        and not any(unit.text in self.gaz.first_names for unit in run):
                    # "el Salón Náutico de Lima", "o Encontro Mineiro de Luanda": a thing held there;
                    # "os Transportes Urbanos de Braga": a company named with its town
                    if self._plural_name_before(end + 1) == start:
                        body = self._span(start, place.end)
                        self.actors.add(self._org_id(body[2]), "organization", body[2], body,
                                        country=place.entry.country)
                        self.containers.append(body[:2])
                    continue
                elif len(words) == 2 and self.texts[start] in _REGION_OPENERS and is_known_place(self.texts[start + 1]):
                    self._add_location(span)  # "el Alto Piura", "Greater Geelong": a region of the place
                elif (body_start := self._initials_reach_back(start, end)) is not None:
                    # "the National Eligibility cum Entrance Test (NEET)": the end of a body's name
                    body = self._span(body_start, end)
                    self.actors.add(self._org_id(body[2]), "organization", body[2], body)
                    self.containers.append(body[:2])  # ("New Zealand Aluminium Smelters": no country)
                else:
                    # Two or three capitalised words mid-sentence with no head word read as a name.
                    self.actors.add(self._person_id(span[2]), "person", span[2], span, country=facts["country"])
        return pending

    def _initials_reach_back(self, start: int, end: int) -> int | None:
        """Where a body's name starts when the capitalised words from `start` to `end` are only
        its end: the initials in brackets after them spell more words written before, past one
        lower-case word ("National Eligibility cum Entrance Test (NEET)"). None if not so."""
        texts, n = self.texts, self.n
        if end + 2 >= n or texts[end] != "(" or texts[end + 2] != ")" or not texts[end + 1].isupper():
            return None
        initials = texts[end + 1]
        own = "".join(texts[k][0] for k in range(start, end) if texts[k][:1].isupper())
        if len(initials) <= len(own) or not initials.endswith(own):
            return None
        k, missing, skipped = start - 1, initials[:-len(own)], 0
        while k >= 0 and missing:
            if texts[k][:1].isupper() and self.tok.is_alpha[k] and texts[k][0] == missing[-1]:
                missing = missing[:-1]
            elif texts[k].islower() and self.tok.is_alpha[k] and not skipped:
                skipped = 1  # ("cum", "for", "and"): a word the initials leave out
            else:
                return None
            k -= 1
        return k + 1 if not missing else None

    def _towns_with_a_head(self, run: list[Unit]) -> list[list[Unit]] | None:
        """The towns GeoNames lists that a run with an organisation's head word names, alone or
        listed ("Passo Fundo", "Caxias do Sul e Passo Fundo"); None if any part is no such town."""
        if run[-1].lower not in self.gaz.heads:  # (a run that ends with a head has one: `_has_head`)
            return None
        parts: list[list[Unit]] = [[]]
        for unit in run:
            if unit.lower in _LIST_JOINS:
                parts.append([])
            else:
                parts[-1].append(unit)
        texts = [self.text[part[0].start_char:part[-1].end_char] for part in parts if part]
        if len(texts) != len(parts) or any(len(part) < 2 for part in parts) \
                or not all(is_known_place(text) for text in texts):  # a head alone ("Centro", "Plano") is no town
            return None
        if self.c.lang == "en" and not all(slugify(text) in city_index() for text in texts):
            return None  # (English: the name in full, not its bare word: "Chicago Police Department" is no Police)
        return parts

    def _titled_apposition(self, end: int) -> bool:
        """Whether ", a researcher", ", la portavoz" follows the name ending at token `end`: a
        person ("According to Fatoumata Diallo, a researcher at the institute")."""
        if end + 2 >= self.n or self.texts[end] != "," or self._lower(end + 1) not in self.c.determiners:
            return False
        title = self.hit_start.get(end + 2)
        return title is not None and title.entry.kind == "title"

    def _in_listed_bodies(self, start: int) -> bool:
        """Whether the name at token `start` is a later item of a list of bodies after a plural
        organisation noun ("las firmas Petrolera X, Andes Shale y Neuquina Energía")."""
        if start < 3 or not (self.texts[start - 1] == "," or self._lower(start - 1) in _LIST_JOINS) \
                or self.texts[start] in self.c.org_suffixes:
            return False  # ("Pavimentos del Norte, S.A., Grupo X": the first one's legal form)
        j = start - 2
        while j > 0 and start - j < 15 and (self.texts[j][:1].isupper() or self.texts[j] == ","
                                            or self._lower(j) in self.c.links or self._lower(j) in _LIST_JOINS):
            j -= 1
        return j < start - 2 and self.texts[j + 1][:1].isupper() and self._plural_org_noun_before(j + 1)

    def _plural_org_noun_before(self, start: int) -> bool:
        """Whether a plural organisation noun comes right before token `start` ("las firmas X,
        Y y Z", "as empresas X, Y e Z"): a list of bodies follows, not one body's fields."""
        if start > 1 and self.texts[start - 1] in ("—", "–", ":"):
            # "los tres bancos del país —Banca X, Y Bank y Z—": the noun and its place before a dash
            return any(self._plural_org_noun_before(k) for k in range(start - 1, max(start - 5, 0), -1))
        word = self._lower(start - 1)
        return len(word) > 3 and word.endswith("s") and (word[:-1] in self.c.org_nouns or word[:-2] in self.c.org_nouns)

    def _fields_end(self, end: int) -> int:
        """Past the fields a body's name lists after a comma: "Agência Nacional do Petróleo[, Gás
        Natural e Biocombustíveis]", "Ministerio de Agricultura[, Ganadería y Pesca]"; `end` when
        no "e/y/and" closes the list within three fields of capitalised words outside the tables."""
        if end + 3 >= self.n or self.texts[end] != ",":
            return end
        k, head = end, self._lower(end - 1)
        for _ in range(3):
            field = self._field_end(k + 1)
            if field is None and self._field_word(listed := self.hit_start.get(k + 1)):
                field = listed.end  # type: ignore[union-attr]  # "de Inclusión, Seguridad Social y Migraciones"
            if field is None or head in self.gaz.heads and any(self._lower(i) == head for i in range(k + 1, field)):
                return end  # (the body's own head again: "Hutt City Council, Porirua City Council and …")
            k = field
            if k < self.n and self._lower(k) in _LIST_JOINS:
                if self._field_word(hit := self.hit_start.get(k + 1)):
                    return hit.end  # type: ignore[union-attr]  # "Trabalho, Solidariedade e Segurança Social"
                m = k + 1 + (self._lower(k + 1) == "the")  # "Forestry, Fisheries and the Environment"
                texts = self.texts
                if m + 3 < self.n and texts[m].isupper() and len(texts[m]) > 1 and texts[m + 1] == "(" \
                        and texts[m + 3] == ")" and texts[m + 2].isupper() and texts[m + 2] != texts[m]:
                    return m + 1  # "Superintendencia de Banca, Seguros y AFP (SBS)": initials as the last field
                return self._field_end(m) or end
            if k >= self.n or self.texts[k] != ",":
                return end
        return end

    def _topic_end(self, end: int) -> int:
        """Past the topic a body's name gives after "en/em/in" when its initials follow in
        brackets: "Instituto Nacional de Investigación[ en Salud Pública] (INSPI)"."""
        if end + 1 < self.n and self._lower(end) in _REGION_LINKS and (region := self.hit_start.get(end + 1)) \
                and region.entry.kind in ("place", "country") and region.end + 2 < self.n \
                and self.texts[region.end] == "(" and self.texts[region.end + 1][:2].isupper() \
                and ")" in self.texts[region.end + 2:region.end + 5]:
            return region.end  # "Desert Locust Control Organization for Eastern Africa (DLCO-EA)"
        if end + 1 >= self.n or self._lower(end) not in _TOPIC_LINKS:
            return end
        field = self._field_end(end + 1)
        if field is None or field + 2 >= self.n or self.texts[field] != "(" or self.texts[field + 2] != ")" \
                or not self.texts[field + 1].isupper():
            return end
        return field

    def _field_end(self, m: int) -> int | None:
        """Where a field of a body's name starting at token `m` ends ("Gás Natural"), or None."""
        texts, n = self.texts, self.n
        if not (m < n and texts[m][:1].isupper() and texts[m].isalpha() and m not in self.hit_at
                and texts[m] not in self.gaz.first_names and not (len(texts[m]) > 1 and texts[m].isupper())):
            return None  # (initials are another body: "Commonwealth Bank, Westpac, NAB and ANZ")
        k = m + 1
        while k < n and k not in self.hit_at and (texts[k][:1].isupper() and texts[k].isalpha() or (
                (self._lower(k) in self.c.links or self._lower(k) in _FIELD_DATIVES) and k + 1 < n
                and texts[k + 1][:1].isupper() and k + 1 not in self.hit_at)):
            k += 1  # "Atención de Desastres", "Combate à Fome"
        return k

    def _body_of_portfolio(self, j: int) -> int:
        """Where a title ends that goes on past its field to the body it serves, up to the holder
        set off by a comma: "la consejera de Trabajo [del Gobierno Vasco], Nerea Urrutia", "el
        consejero de Turismo [del Gobierno canario], Alberto Mesa"."""
        texts, n = self.texts, self.n
        if self.c.lang != "en" and 0 < j and j + 2 < n and texts[j].isalpha() and texts[j].islower() \
                and texts[j + 1] == "," and texts[j + 2] in self.gaz.first_names \
                and self._lower(j - 1) in self.gaz.heads:
            return j + 1  # "… del Gobierno [canario], Alberto Mesa": an adjective of the body's place
        start = j
        if j < n and (nationality := self.hit_start.get(j)) is not None and nationality.entry.kind == "demonym" \
                and texts[j].islower():
            j = nationality.end  # "el delegado uruguayo ante la CARU, X"
        if self.c.lang == "en" or j >= n or self._lower(j) not in self.c.links and self._lower(j) not in _BEFORE_BODY:
            return start
        m = j + 1 + (self._lower(j + 1) in _ARTICLES)
        at = self.hit_at.get(m)
        initials = texts[m].isupper() and len(texts[m]) > 1 if m < n else False
        if m >= n or not texts[m][:1].isupper() or at is not None and at.entry.kind != "org" \
                or at is None and self._lower(m) not in self.gaz.heads and not initials:
            return start  # (a country or place after the title is the holder's country, not the role's)
        k = m
        while k < n and k - m < 5 and (texts[k][:1].isupper() and self.tok.is_alpha[k]
                                       or k > m and (hit := self.hit_start.get(k)) is not None
                                       and hit.entry.kind == "demonym" or self._lower(k) in self.c.links
                                       or k == m + 1 and texts[k].isalpha() and k + 1 < n and texts[k + 1] == ","):
            k += 1  # ("del Gobierno canario": an adjective of the body's place)
        if k + 1 < n and k > m and texts[k] == "," and texts[k + 1] in self.gaz.first_names:
            return k
        return start

    def _and_region(self, end: int) -> int:
        """A body's name that ends in a city goes on to the city's surroundings: "Sindicato dos
        Trabalhadores em Saúde de Londrina e Região", "… de Curitiba e Região Metropolitana"."""
        last = self.hit_at.get(end - 1)
        if last is None or last.entry.kind != "place" or end + 1 >= self.n \
                or self.texts[end] not in ("e", "y") or self.texts[end + 1] not in _REGION_WORDS:
            return end
        end += 2
        return end + 1 if end < self.n and self.texts[end] in ("Metropolitana", "Metropolitano") else end

    def _numbered_division(self, end: int) -> int:
        """Past a numbered division that ends an organisation's name: "Tribunal Regional Federal
        da 1ª Região", "Tribunal Regional do Trabalho da 2.ª Região" (Brazil has six federal
        regional courts: the number says which)."""
        texts, n = self.texts, self.n
        # "Hospital General de Zona No. 14", "Escola Estadual n.º 3", "Sindicato N° 2": its number
        last = end - 1
        if texts[last] in _NUMBER_SIGNS and end < n and texts[end] == "." and end + 1 < n and texts[end + 1].isdigit():
            return end + 2
        if texts[last] in _NUMBER_SIGNS and end < n and texts[end].isdigit():
            return end + 1
        if texts[last] in ("N", "n") and end + 1 < n and texts[end] in ("°", "º") and texts[end + 1].isdigit():
            return end + 2  # "Sindicato de Trabajadores N°1": the sign split from its letter
        k = end + (end + 1 < n and self._lower(end) in ("da", "do", "de", "del"))
        if k == end or k + 1 >= n or not _ORDINAL.fullmatch(texts[k]) or not texts[k + 1][:1].isupper() \
                or not self.tok.is_alpha[k + 1]:
            return end
        return k + 2

    def _titled_namesake(self, start: int) -> int | None:
        """Where a place named after a titled person starts, when a lower-case noun of a place
        comes right before the title: "el estadio General Santander", "o aeroporto Presidente
        Juscelino Kubitschek", "avenida General Paz", "Fort General Smith". None if not, and in
        English after a verb of saying ("said park Superintendent Keola X": the title's field)."""
        title = self.hit_end.get(start)
        if title is None or title.entry.kind != "title" or not self.texts[title.start][:1].isupper():
            return None
        if self.c.lang == "en" and self._lower(title.start - 2) in self.c.speech_verbs:
            return None
        k = title.start - 1
        return title.start if k >= 0 and self.texts[k].islower() and self.texts[k] in _NAMESAKE_NOUNS else None

    def _org_id(self, name: str) -> str:
        """A short form of an organisation named in full earlier ("Guarda Costeira") is that one."""
        prefix = name + " "
        spelled = 2 <= len(name) <= 6 and name.isalpha() and name.isupper()
        by_initials = []
        # (an armed group by its initials only: "el Ejército" is no "Ejército de Liberación Nacional")
        bodies = [(kind, item) for kind in ("organization", "group") for item in self.actors.of_type(kind).items()]
        for kind, (actor_id, record) in bodies:
            if kind == "organization" and record["name"].startswith(prefix):
                return actor_id
            if spelled and ("".join(w[0] for w in record["name"].split() if w[:1].isupper()) == name
                            or any(self.text.startswith(f" ({name})", end) or self.text.startswith(f"({name})", end)
                                   for _, end in record["mentions"])):
                by_initials.append(actor_id)  # "JAXA President" after "Japan Aerospace Exploration Agency (JAXA)"
        if len(by_initials) == 1:
            return by_initials[0]
        return f"organization:{slugify(name)}"

    def _org_country(self, end: int, kinds: tuple[str, ...] = ("country", "place")) -> tuple[int, str | None]:
        """The end of a name extended by "de/of <place>" ("Defesa Civil do Rio Grande do Sul" ->
        BRA) or, for an organisation, by its parent ("Comissão dos Transportes do Parlamento
        Europeu"), and the country that gives."""
        k = end + 1 + (self._lower(end + 1) in _ARTICLES)  # "Banco Central de la República Argentina"
        hit = self.hit_start.get(k) or self.hit_start.get(end + 1)  # (or a name with its article: "de La Habana")
        if self._lower(end) in self.c.links and hit and hit.entry.kind in kinds:
            return hit.end, hit.entry.country
        return end, None

    def _ministry_end(self, start: int, end: int) -> int | None:
        """The end of a ministry's portfolio where a listed name stands in it: "Ministry of
        Labour[ and Social Protection]" is no ministry of the British Labour Party, "Ministerio de
        Trabajo y Seguridad Social" one ministry. Only a national head ("Ministry", "Ministerio",
        "Department") takes a portfolio; it runs on through "and/e/y" and one more field."""
        lower, heads, links = self.tok.lower, self.c.national_heads, self.c.links
        extended = None
        if self._lower(end) in links and " ".join(lower[start:end]) in heads:
            hit = self.hit_start.get(end + 1 + (self._lower(end + 1) in _ARTICLES))
            if hit is None or hit.end - hit.start != 1 or not self._field_word(hit):
                return None
            end = extended = hit.end  # "Ministry of Labour"
        elif not (end - start > 2 and lower[start] in heads and lower[start + 1] in links):
            return None
        if self._lower(end) in _LIST_JOINS and end + 1 < self.n:
            if self._field_word(hit := self.hit_start.get(end + 1)):
                return hit.end  # type: ignore[union-attr]  # "y Seguridad Social"
            if lower[end + 1] not in self.gaz.heads and (field := self._field_end(end + 1)) is not None:
                return field  # "and Employment"
        return extended

    def _org_prefix(self, start: int, country: str | None, english: bool) -> tuple[int, str | None]:
        """English names an institution after its place: "Texas Department of State Health
        Services", "U.S. Department of Agriculture", "Gaza Health Ministry" (`english`: an
        English text, or a name with an English company suffix)."""
        hit = self.hit_end.get(start)
        if english and hit and hit.entry.kind == "org" and hit.end - hit.start == 1 \
                and self.tok.ws[start - 1] and (before := self.hit_end.get(hit.start)) is not None \
                and before.entry.kind == "country" and not before.entry.capital:
            return before.start, country or before.entry.country  # "Nigeria Labour Congress"
        if hit and hit.entry.kind == "demonym" and hit.end - hit.start <= 2 \
                and all(self.texts[i][:1].isupper() for i in range(hit.start, hit.end)) and self.tok.ws[start - 1]:
            # (two words too: "the South African Human Rights Commission")
            place = self.hit_end.get(hit.start)
            if english and place is not None and place.entry.kind == "place" and self.tok.ws[hit.start - 1]:
                # "Penang Chinese Chamber of Commerce": a place's body of the demonym's community
                return place.start, country or place.entry.country
            if english and hit.start > 0 and self.tok.ws[hit.start - 1] and self.texts[hit.start - 1][:1].isupper() \
                    and self.tok.is_alpha[hit.start - 1] and is_known_place(self.texts[hit.start - 1]):
                return hit.start - 1, country  # (a place GeoNames knows)
            return hit.start, country or hit.entry.country  # "American Civil Liberties Union", "American Airlines"
        if hit and hit.entry.kind == "title" and hit.end - hit.start == 1 and self.texts[hit.start][:1].isupper() \
                and self.tok.ws[start - 1] and not self.units.at(hit.start).initial:
            return hit.start, country  # "General Motors", "Premier League": a title word names no one here
        if english and hit and hit.entry.kind in ("country", "place") \
                and self.tok.ws[start - 1] and self._lower(hit.start - 1) not in _POSSESSIVE:
            # "Texas Department of …"; a capital is the city here: "Colombo Stock Exchange"
            first = hit.start
            if first > 0 and self.texts[first - 1] in _PLACE_ADJECTIVES_EN and self.tok.ws[first - 1]:
                first -= 1  # "Metropolitan Manila Development Authority", "Greater Manchester Police"
            return first, country or hit.entry.country
        return start, country

    def _person_id(self, name: str) -> str:
        """A shorter form of a person named in full earlier: without the first names ("Pinto
        Luz" after "Miguel Pinto Luz"), without the middle ones ("Helena Mbala" after "Helena
        Quitéria Mbala"), in Portuguese and Spanish without the second surname ("Tomás Vera" after
        "Tomás Vera Ruiz") or without trailing initials or a generational suffix ("Anoop Kumar"
        after "Anoop Kumar A.S.", "Martin Luther King" after "... King Jr.")."""
        suffix, prefix = " " + name, name + " "
        # "Van der Westhuizen" after "Pieter van der Westhuizen": a particle capitalised to open the name
        lowered = " " + name[:1].lower() + name[1:] if name.split()[0].lower() in self.c.particles else None
        words = name.split()
        for actor_id, record in self.actors.of_type("person").items():
            full = record["name"]
            if full.endswith(suffix) or (full.startswith(prefix) and _NAME_TAIL.fullmatch(full[len(prefix):])) \
                    or lowered is not None and full.endswith(lowered):
                return actor_id
            if (tail := _SUFFIXED.search(full)) is not None and full[:tail.start()].endswith(suffix):
                return actor_id  # "Dela Rosa" after "Manuel Dela Rosa Jr.": the surname before the suffix
            parts = full.split()
            if 2 <= len(words) < len(parts) and parts[0] == words[0] and parts[-1] == words[-1] \
                    and _in_order(words[1:-1], parts[1:-1]):
                # "Helena Mbala" after "Helena Quitéria Mbala", "Ana Rita Mestre" after "Ana Rita
                # Cavaco Mestre": without the middle names
                return actor_id
            if len(words) == 2 and len(parts) == 3 and parts[:2] == words and self.c.lang != "en" \
                    and words[1] not in self.gaz.first_names:
                return actor_id  # "Tomás Vera" after "Tomás Vera Ruiz": without the second surname
        return f"person:{slugify(name)}"

    def _town_qualifies(self, run: list[Unit]) -> bool:
        """English names a town GeoNames knows before a title or as an owner: "Palmerston North
        Mayor Grant Fairweather", "Medicine Hat's unemployment rate" (not a name that opens with
        a given name: "Mary Valley Gold's shares")."""
        k = run[-1].end
        if len(run) < 2 or k + 1 >= self.n or run[0].text in self.gaz.first_names:
            return False
        title = self.hit_start.get(k)
        if not (title is not None and title.entry.kind == "title" and self.texts[k][:1].isupper()
                or self.texts[k] in _POSSESSIVE and self.texts[k + 1].islower() and self.tok.is_alpha[k + 1]):
            return False
        return is_known_place(self.text[run[0].start_char:run[-1].end_char])

    def _set_in_a_country(self, run: list[Unit]) -> bool:
        """The run is set off by the country it is in: "Quelmópolis, no Paraguai,", "Pedro Juan
        Caballero, en Paraguay." (a name of two words or more only if GeoNames knows the town:
        "Costa Alegre, em São Tomé e Príncipe," lists a poet there)."""
        k = run[-1].end
        if k + 3 >= self.n or self.texts[k] != "," or self._lower(k + 1) not in _POSTED_IN:
            return False
        hit = self.hit_start.get(k + 2)
        if hit is None or hit.entry.kind != "country" or hit.entry.capital \
                or (hit.end < self.n and self.texts[hit.end] not in (",", ".", ";")):
            return False
        if len(run) > 1:
            return is_known_place(self.text[run[0].start_char:run[-1].end_char])
        return run[0].text not in self.gaz.first_names and run[0].text not in self.c.surnames

    def _travelled_through(self, start: int) -> bool:
        """The name at token `start` is where a trip went through ("un recorrido por Dajabón")."""
        return self._lower(start - 1) in _THROUGH and self._lower(start - 2) in _TRAVEL_NOUNS

    def _context(self, run: list[Unit]) -> dict[str, Any]:
        c, lower = self.c, self._lower  # read a dozen times for each run
        first, last = run[0], run[-1]
        prev = self.units.text_before(first)
        honorific = bool(prev and prev.rstrip(".") in self.gaz.honorifics)
        role, country, written = None, None, None
        if first.start in self.after_title:
            role, country, _, written = self.after_title[first.start]
        elif last.end < self.n and self.texts[last.end] == "," and lower(first.start - 1) not in c.place_preps \
                and not self._travelled_through(first.start):
            # ("Durante un recorrido por Dajabón, el ministro explicó": where he went, not who he is)
            k = last.end + 1
            if self.texts[k].isdigit() and k + 2 < self.n:
                m = k + 1 + (lower(k + 1) in _AGE_WORDS)
                if self.texts[m] == ",":
                    k = m + 1  # "Marta Silva, 34 anos, enfermeira em Santarém": past the age
            if lower(k) in _WHO and lower(k + 1) in _WAS:
                k += 2  # "Barreiro, que fue vicepresidente", "Quelby, who was chief executive"
            k += lower(k) in c.determiners
            k += lower(k) in _NEW  # "Rachel Reeves, the new Chancellor of the Exchequer,"
            owner = self.hit_start.get(k)
            if owner and owner.entry.kind in ("country", "org") and lower(owner.end) in _POSSESSIVE:
                k = owner.end + 1  # "the country's", "NHS England's national medical director"
            elif owner and owner.entry.kind == "country" and owner.end in self.titles:
                k = owner.end  # "the U.S. national security adviser"
            elif k in self.titles and lower(self.titles[k][2]) in _POSSESSIVE and self.titles[k][2] + 1 in self.titles:
                k = self.titles[k][2] + 1  # "the former president's legal counsel": his counsel's title
            elif lower(k + 1) in _POSSESSIVE:
                k += 2  # "the agency's director-general"
            elif owner and owner.entry.kind == "org" and owner.end in self.titles:
                k = owner.end  # "Anna Quell, a UNICEF spokeswoman"
            elif k + 1 < self.n and k + 1 in self.titles and self.texts[k].isupper() and self.tok.is_alpha[k]:
                k += 1  # "Lee Gelernt, an ACLU attorney"
            elif c.lang == "en" and k + 1 < self.n and k not in self.titles and k + 1 in self.titles \
                    and self.texts[k].islower() and self.tok.is_alpha[k] and self.texts[k - 1] != "," \
                    and not first.initial:
                k += 1  # "Dr Helen Marsh, a consultant epidemiologist at UKHSA"
            name_next = k in self.titles and self.titles[k][2] < self.n and self.texts[self.titles[k][2]][:1].isupper()
            if k in self.titles and not name_next:  # "Emol, el politólogo Cristóbal Bellolio": his title
                role, country, _, written = self.titles[k]
                country = country or (owner.entry.country if owner and owner.entry.kind == "country" else None)
        if country is None and (demonym := self.hit_end.get(first.start)) is not None \
                and demonym.entry.kind == "demonym" and self.texts[demonym.start].islower():
            country = demonym.entry.country  # "perdeu para o georgiano Ilia Sulamanidze"
        j = last.end
        if self.texts[j:j + 1] == [","] and j + 2 < self.n and self.texts[j + 1].isdigit() and self.texts[j + 2] == ",":
            j += 3  # "weaver Mahadevamma, 58, said": past her age, to the verb
        while lower(j) in c.adverbs:
            j += 1
        before = lower(first.start - 1)
        source_prep = self._source_prep(first.start)
        # "in central Leicester", "in rural Kenya": English names the part before the place
        at = lower(first.start - 2) if c.lang == "en" and before in _AREA_WORDS else before
        return {
            "person": honorific or role is not None, "role": role, "role_span": written, "country": country,
            "honorific": honorific, "described": first.start in self.described,
            "cue_after": lower(j) in c.speech_verbs,
            "place": (self._travelled_through(first.start)  # "un recorrido por Dajabón"
                      or at in c.place_preps and not honorific and not source_prep
                      # ("Para Belmiro Sitoe, presidente da associação, …": whose view it is)
                      and not (before in _FOR and self.tok.sent_start[first.start - 1] and lower(last.end) == ",")
                      and lower(first.start - 2) not in c.field_nouns  # "licenciatura em Economia": a field
                      or before in _TO_WORDS and lower(first.start - 2) in _HEADING  # "con destino a Salina Cruz"
                      # "through Seattle", "via Dubai": a route's known places (not "via Telegram")
                      or before in _ROUTE_WORDS and is_known_place(self.text[first.start_char:last.end_char])
                      # "38 suburbs were affected, including Soweto, …", "bairros como a Mafalala": examples
                      # of a plural place noun (then the list goes on by `_in_place_list`)
                      or self._example_of_places(first.start)),
            "source_prep": source_prep,
            "place_noun": before in c.links and (lower(first.start - 2) in c.place_nouns
                                                 or self._demonym_after_place_noun(first.start - 2))
            or self._place_noun_word(before) and self.texts[first.start - 1].islower()  # "o rio Tapajós"
            # "el aeropuerto internacional Luis Muñoz Marín", "o estádio municipal Mané Garrincha"
            or before in _PLACE_NOUN_ADJECTIVES and lower(first.start - 2) in c.place_nouns_direct,
            # English puts the name before the noun: "the Big Bend region".
            "place_noun_after": c.lang == "en" and (lower(last.end) in c.place_nouns or self._town_qualifies(run))
            or before not in c.speech_verbs and not source_prep and self._set_in_a_country(run),
            "actor_like": before in c.determiners or source_prep or before in c.speech_verbs,
            "initial": first.initial,
        }

    # -- 4. short forms ---------------------------------------------------------------------

    def _link_short_forms(self, pending: list[tuple[list[Unit], dict[str, Any]]]) -> None:
        index: dict[str, list[tuple[int, str]]] = {}
        for actor_id, record in self.actors.of_type("person").items():
            first = min(record["mentions"])[0]
            for word in set(record["name"].split()) - self.c.particles:
                index.setdefault(word, []).append((first, actor_id))
        named_orgs = self._single_word_orgs(pending)
        bodies = sorted(written[:2] for _, _, _, written in self.titles.values() if written[2].count(" ") > 1)
        short_forms: dict[str, str] = {}  # a short form given before a body's full name -> its id
        for run, facts in pending:
            unit = run[0]
            span = (unit.start_char, unit.end_char, unit.text)
            known = sorted(index.get(unit.text, []))
            word_before = self._lower(unit.start - 1)
            if known and (word_before in self.c.links or word_before in self.c.place_preps) \
                    and unit.text not in self.gaz.first_names and is_known_place(unit.text) \
                    and all(self.actors.by_id[actor_id]["name"].startswith(unit.text + " ") for _, actor_id in known):
                self._add_location(span)  # "o galo de Barcelos" after "o Barcelos Popular": the town
                continue
            k = bisect_right(bodies, (unit.start_char, len(self.text))) - 1
            if k >= 0 and bodies[k][0] < unit.start_char and unit.end_char <= bodies[k][1] and not known \
                    and not unit.is_acronym and unit.text not in named_orgs \
                    and not (self._lower(unit.start - 1) in self.c.links and unit.text not in self.gaz.first_names
                             and is_noted_city(unit.text)):  # ("the mayor of Leeds": the city)
                continue  # "La teniente de alcalde de Cultura, Laia Comas": a portfolio, not a place
            if unit.text.upper() in self.c.indicators or unit.text in self.c.currency_signs:
                continue  # "CPI inflation", "o PIB", "el IVA": an indicator; "payments in ZiG": money
            if unit.lower in OUTLET_NOUNS and self._lower(unit.start - 1) in OWN_OUTLET_WORDS:
                continue  # "dijeron a este Diario": the paper itself
            if self.c.lang != "en" and unit.initial and unit.lower.endswith(ROMANCE_PARTICIPLE_ENDINGS) \
                    and self._lower(unit.end) == "," and not known and unit.text not in self.c.surnames \
                    and unit.text not in self.gaz.first_names:
                continue  # "Procurada, a companhia não comentou": a participle opens the sentence
            if facts["role"] is not None and not unit.is_acronym and unit.text not in self.gaz.first_names \
                    and (title := self.titles.get(unit.end)) is not None and title[2] < self.n \
                    and self.texts[title[2]][:1].isupper():
                continue  # "the housing spokesman, Liberal MP Jarrod X": the party of the next title, no one
            if unit.is_acronym and not known and unit.text not in named_orgs and unit.start > 0 \
                    and self._lower(unit.start - 1) in INDEFINITE_ARTICLES.get(self.c.lang or "", frozenset()) \
                    and self.texts.count(unit.text) == 1:
                continue  # "registou um DEC de 11,4 horas", "an FIR": one of a kind of thing, no body
            if self.c.lang == "en" and unit.text in self.c.place_heads and unit.start >= 2 \
                    and self.texts[unit.start - 1] in ("'s", "’s") and self.texts[unit.start - 2][:1].isupper():
                first = unit.start - 2
                if first > 0 and self.texts[first - 1].rstrip(".") in ("St", "Saint"):
                    first -= 1  # "on St Luke's Road"
                self._add_location(self._span(first, unit.end))  # "at Queen's Park": a place
                continue
            if unit.text in self.c.no_actor and not facts["person"] and not known:
                continue  # "returned to Earth from the Moon": a heavenly body, no actor
            if self._numbered_label(unit) and not unit.is_acronym and not known \
                    and self._street_with_date(unit) is None:
                continue  # "in Game 5", "na Fase 2": a label with its number, no actor
            if not known and not unit.is_acronym and (full := short_forms.get(unit.text)
                                                      or self._bracketed_full_name(unit)) is not None:
                self.actors.add(full, "organization", None, span)  # "A Febraban (Federação Brasileira de Bancos)"
                short_forms[unit.text] = full
                continue
            if not known and not unit.is_acronym and self._lower(unit.start - 1) in self.c.links \
                    and self._lower(unit.start - 2) in UNNAMED_SOURCES and unit.text not in self.gaz.first_names:
                # "Fuentes de Endesa confirmaron": a body's sources
                self.actors.add(self._org_id(unit.text), "organization", unit.text, span)
                continue
            if known:
                before = [k for k in known if k[0] < unit.start_char] or known
                self.actors.add(before[-1][1], "person", None, span, country=facts["country"],
                                role=facts["role"], role_span=facts["role_span"])
            elif branch_in_place(unit.text, self.gaz.place_countries) and f"({unit.text})" not in self.text:
                self.actors.add(self._org_id(unit.text), "organization", unit.text, span)  # "o PS-Madeira"
            elif not unit.is_acronym and self._listed_after_place_noun(unit.start):
                self._add_location(span)  # "las represas Los Laureles y Concepción"
            elif unit.text in named_orgs and not self._state_code(unit):
                self.actors.add(named_orgs[unit.text], "organization", unit.text, span,
                                country=self._org_noun_country(unit.start))
            elif unit.initial and (unit.text in self.c.generic or unit.lower in self.c.source_nouns
                                   or self.c.lang == "en" and facts["cue_after"]
                                   and unit.text not in self.gaz.first_names
                                   and (unit.lower.endswith(_AGENT_PLURALS)
                                        or unit.lower.endswith("ers") and unit.lower in self.lower_words
                                        or unit.lower.endswith("s") and unit.text not in self.c.surnames
                                        and is_common_word(unit.lower, "en"))):
                # "Lawyers said", "Commuters said", "Crews reported": a common noun of speakers opens
                # the sentence
                continue
            elif (street := self._street_with_date(unit)) is not None:
                self._add_location(street)  # "Rua 25 de Março", "Ponte 25 de Abril"
            elif self.c.lang == "en" and not unit.is_acronym and (body := _LOWER_BODY.match(self.text, unit.end_char)) \
                    and is_known_place(unit.text):
                span = (span[0], body.end(), self.text[span[0]:body.end()])
                self.actors.add(self._org_id(span[2]), "organization", span[2], span)  # "Birmingham city council"
            elif self.c.lang == "en" and not facts["person"] and not unit.is_acronym \
                    and unit.text not in self.gaz.first_names and self._part_of_city(unit.end) \
                    and self._lower(unit.end) != "police" \
                    and is_noted_city(unit.text) and find_person([unit.text]) is None:
                self._add_location(span)  # "the Auckland mayor", "a Kampala hotel": a city of note
            elif not unit.is_acronym and facts["source_prep"] and find_person([unit.text]) is not None:
                # "According to Zelensky": a listed person's short name, not an organisation
                self.actors.add(f"person:{slugify(unit.text)}", "person", unit.text, span)
            elif self.c.lang == "en" and not unit.is_acronym and unit.text not in self.gaz.first_names \
                    and (council := _COUNCIL.match(self.text, unit.end_char)) is not None:
                span = (span[0], council.end(), self.text[span[0]:council.end()])
                self.actors.add(self._org_id(span[2]), "organization", span[2], span)  # "Ashvale borough council"
            elif unit.is_acronym and (facts["actor_like"] or facts["cue_after"] or self._lone_acronym(unit)) \
                    or self._workplace(unit) or self._single_org(unit, facts) or self._company_by_nationality(unit):
                self.actors.add(self._org_id(unit.text), "organization", unit.text, span,
                                country=self._company_by_nationality(unit))
            elif self.c.lang == "en" and not facts["person"] \
                    and unit.text not in self.gaz.first_names and unit.end + 1 < self.n \
                    and self.texts[unit.end] == "," and self._lower(unit.end + 1) == "which" \
                    and not is_known_place(unit.text) and self._lower(unit.start - 1) not in self.c.place_preps \
                    and self._lower(unit.start - 1) not in ("at", "on") \
                    and not self.texts[unit.start - 1][:1].isdigit():
                # "Unison, which represents 500,000 staff, said": a body (no one is "which")
                self.actors.add(self._org_id(unit.text), "organization", unit.text, span)
            elif not facts["person"] and (facts["cue_after"] or self._cue_after_aside(unit.end)) \
                    and self._named_with_article(unit):
                # "A Neoenergia informou": Portuguese and Spanish news name no person with an article
                self.actors.add(self._org_id(unit.text), "organization", unit.text, span)
            elif facts["cue_after"] and not facts["person"] and not unit.is_acronym \
                    and self._lower(unit.start - 1) in _IN_PLACE and find_person([unit.text]) is None:
                self._add_location(span)  # "the office in Tulsa said": no one is "in" a person
            elif not unit.is_acronym and not unit.initial and self._lower(unit.start - 1) in self.c.speech_verbs \
                    and self._lower(unit.start - 1) not in _TELL \
                    and (self._lower(unit.end) in TOLD_TO or self._lower(unit.end) in _CLAUSE_MARKS):
                # "—dijo Calvimontes a EL DEBER", "disse Quelmes.": a verb of saying, then who said it
                self.actors.add(f"person:{slugify(unit.text)}", "person", unit.text, span)
            elif not facts["person"] and facts["cue_after"] and not unit.is_acronym and not facts["initial"] \
                    and self._after_place(unit):
                self._add_location(span)  # "hospitals in Manchester, Leeds and Birmingham reported"
            elif not facts["person"] and not unit.is_acronym and not facts["initial"] and not facts["place_noun"] \
                    and self._lower(unit.start - 1) in self.c.links | _LIST_JOINS \
                    and unit.text not in self.gaz.first_names and unit.lower not in self.lower_words \
                    and is_noted_city(unit.text) and find_person([unit.text]) is None:
                self._add_location(span)  # "los comités cívicos de Potosí y Oruro anunciaron": cities of note
            elif not facts["person"] and facts["cue_after"] and self.c.lang == "en" \
                    and unit.text not in self.gaz.first_names and self._says_it(unit.end):
                # "Meridian said it would use the proceeds", "Unison said it would consult its members"
                self.actors.add(self._org_id(unit.text), "organization", unit.text, span)
            elif not facts["person"] and unit.text not in self.gaz.first_names and not unit.is_acronym \
                    and len(unit.text) > 3 and not unit.text.endswith(".") and not is_known_place(unit.text) \
                    and self._coordinated(unit.start, ("organization",), joins=_LIST_JOINS):
                # "As redes VidaMais e Farmasul anunciaram": the second of two bodies
                self.actors.add(self._org_id(unit.text), "organization", unit.text, span)
            elif not facts["person"] and not unit.is_acronym and unit.text not in self.gaz.first_names \
                    and unit.start >= 2 and self._lower(unit.start - 1) in self.c.links \
                    and self.texts[unit.start - 2] == ")" and unit.lower not in self.gaz.heads \
                    and not ((after := self.hit_start.get(unit.end)) is not None and after.entry.kind == "demonym"):
                self._add_location(span)  # "a Unidade Local de Saúde (ULS) da Arrábida": where the body is
            elif not facts["person"] and not unit.is_acronym and unit.text not in self.gaz.first_names \
                    and self._lower(unit.start - 1) in _TO_WORDS and is_known_place(unit.text) \
                    and (self._lower(unit.start - 2) in self.c.arrival_verbs
                         or self._lower(unit.start - 2) in _CARRIERS):
                self._add_location(span)  # "las ayudas llegarán a Paiporta": where one arrives, a town
            elif facts["role_span"] is not None \
                    and (titled_town := self._titled_town(facts["role_span"], span)) is not None:
                self._add_location(titled_town)  # "em Senador Canedo", "de Presidente Prudente": a town named after one
            elif not facts["person"] and facts["cue_after"] and not unit.is_acronym \
                    and unit.text not in self.gaz.first_names and unit.text not in self.c.surnames \
                    and not facts["place_noun"] and find_person([unit.text]) is None and len(unit.text) > 3 \
                    and not self._surname_elsewhere(unit) and unit.text not in listed_surnames() \
                    and not (self.texts[unit.start - 1].isalpha() and self.texts[unit.start - 1].islower()
                             and self._lower(unit.start - 1) not in self.c.org_nouns
                             and self._lower(unit.start - 1) not in self.gaz.heads
                             and self._lower(unit.start - 1) not in _CLAUSE_JOINS
                             and self._lower(unit.start - 1) not in self.c.determiners):  # "the deputy X said"
                # "Metlink reported", "Fonterra said", "Sernapesca confirmó": news names a person in
                # full first, so one unseen word that speaks is a body's name
                self.actors.add(self._org_id(unit.text), "organization", unit.text, span)
            elif self._home_town(unit, facts):
                # "Geraldton's lobster fishers", "two boats out of Geraldton": in the outlet's country
                self._add_location(span, self.outlet_home)
            elif facts["person"] or (facts["cue_after"] and not unit.is_acronym and not facts["place_noun"]):
                # (not "los vecinos de Tancítaro denunciaron": they are the place's people)
                self.actors.add(f"person:{slugify(unit.text)}", "person", unit.text, span,
                                country=facts["country"], role=facts["role"], role_span=facts["role_span"])
            elif (facts["place"] or facts["place_noun"]
                  or not facts["person"] and not facts["actor_like"] and self._set_in_a_country([unit])
                  or self._after_place(unit) and not self._field_of_title(unit.end)) \
                    and not facts["initial"] and not unit.is_acronym or self._single_place(unit, facts) \
                    or not facts["person"] and not unit.is_acronym and self._known_place_list(unit.start, unit.end):
                self._add_location(span, self._place_nationality(unit.start) if facts["place_noun"] else None)
            elif self._place_with_article(unit, facts):
                self._add_location(span)  # "os criadores da Huíla", "visitou o Sumbe", "los cafeteros del Huila"
            elif (unit.text in self.gaz.first_names or find_person([unit.text])) and self._standalone(unit):
                place_id = f"location:{slugify(unit.text)}"
                place = self.actors.by_id.get(place_id)
                if place is not None and (len(place["mentions"]) > 1 or place_id not in self.unseen_locations):
                    self._add_location(span)  # "em Marília ... a Marília de hoje": the place named before
                else:
                    self.actors.add(f"person:{slugify(unit.text)}", "person", unit.text, span)
            elif not unit.is_acronym and not facts["initial"] and self._left_from(unit.start) \
                    and is_known_place(unit.text):
                self._add_location(span)  # "partieron este martes de Tapachula", "desde Tapachula"
            elif self._after_article(unit):
                self.actors.add(self._org_id(unit.text), "organization", unit.text, span)
            elif self.c.lang == "es" and self._lower(unit.start - 1) in ("a", "hacia") and not unit.is_acronym \
                    and not facts["initial"] and unit.text not in self.gaz.first_names and not unit.text.isupper() \
                    and not any(self._lower(k) in self.c.speech_verbs for k in range(unit.start - 4, unit.start - 1)) \
                    and is_known_place(unit.text):
                # "fueron enviados a Lagos", "llegó anoche a Cusco": a town GeoNames knows (not "explicó
                # a REFORMA": whom it was told)
                self._add_location(span)
            elif self.c.lang == "en" and not facts["person"] and not unit.is_acronym and not unit.initial \
                    and self._lower(unit.start - 1) in self.c.speech_verbs and unit.end < self.n \
                    and self.texts[unit.end].islower() \
                    and unit.text not in self.gaz.first_names and unit.text not in self.c.surnames \
                    and is_noted_city(unit.text) and find_person([unit.text]) is None:
                self._add_location(span)  # "said Atlanta is a city that moves": the city said of, no speaker
            elif not facts["person"] and not facts["cue_after"] and not unit.is_acronym \
                    and unit.end < self.n and self.tok.is_alpha[unit.end] and self.texts[unit.end].islower() \
                    and self._lower(unit.end) not in _CLAUSE_OPENER_NOT_BEFORE \
                    and self._lower(unit.end) not in _PLACE_KINDS \
                    and self._lower(unit.start - 1) not in self.c.determiners \
                    and self._lower(unit.start - 1) not in self.c.links \
                    and unit.lower not in self.lower_words and not self._sports_story() \
                    and unit.text not in self.gaz.first_names \
                    and unit.text not in self.c.surnames and unit.text not in listed_surnames() \
                    and not (unit.start > 0 and self.texts[unit.start - 1].isalpha()
                             and self.texts[unit.start - 1].islower() and not self.tok.is_stop[unit.start - 1]) \
                    and self._place_of_named_country(unit.text) \
                    and not self._surname_elsewhere(unit) and find_person([unit.text]) is None:
                # "Tucumán aporta casi el 60%", "Christchurch will host": a city of note, or a region
                # of a country the article names, that does something (not "a família Pádua"; a
                # person who speaks is found above)
                self._add_location(span)

    def _place_of_named_country(self, name: str) -> bool:
        """Whether a region (ISO 3166-2) or a city of note of this name is in a country the
        article has named so far, or the name is a big city's."""
        slug = slugify(name)
        cities = city_index().get(slug, ())
        if any(population >= BIG_CITY for _, population in cities):
            return True
        countries = region_index().get(slug, frozenset()).union(
            country for country, population in cities if population >= NOTED_POPULATION)
        return any(record["country"] in countries for record in self.actors.by_id.values())

    def _company_by_nationality(self, unit: Unit) -> str | None:
        """The country of a company Portuguese and Spanish name by its nationality alone, in the
        feminine of "a empresa": "a francesa Vinci", "la italiana Eni" (a woman named so has a
        given name); None if the name is not written so."""
        hit = self.hit_end.get(unit.start)
        if self.c.lang != "en" and hit is not None and hit.entry.kind == "demonym" \
                and hit.end - hit.start == 1 and self.texts[hit.start].islower() \
                and self._lower(hit.start - 1) in _FEMININE_ARTICLES and self.texts[hit.start].endswith("a") \
                and unit.text not in self.gaz.first_names and not unit.initial:
            return hit.entry.country
        return None

    def _bracketed_full_name(self, unit: Unit) -> str | None:
        """The organisation whose full name follows a one-word short form in brackets ("a
        Febraban (Federação Brasileira de Bancos)"): the short form is one of its names."""
        if unit.end + 1 >= self.n or self.texts[unit.end] != "(":
            return None
        start = self.tok.idx[unit.end + 1]
        return next((actor_id for actor_id, record in self.actors.of_type("organization").items()
                     for (begin, end) in record["mentions"] if begin == start and self.text[end:end + 1] == ")"
                     and " " in self.text[begin:end]), None)

    def _home_town(self, unit: Unit, facts: dict[str, Any]) -> bool:
        """One unseen word that GeoNames knows as a town of the outlet's own country, wherever
        it stands ("Geraldton's lobster fishers", "two boats out of Geraldton", "its Geraldton
        and Dongara facilities"): not a given name, a surname or a common word, nor a name with a
        title or a verb of saying after it."""
        if facts["person"] or facts["cue_after"] or unit.is_acronym or len(unit.text) < 4:
            return False
        if self.outlet_home is None:
            url, language = article_source(self.doc, self.c.lang or "")
            self.outlet_home = home_country(url, language) or ""
        return bool(self.outlet_home) and self._no_name_but_a_place(unit) \
            and is_town_of(unit.text, self.outlet_home)

    def _place_with_article(self, unit: Unit, facts: dict[str, Any]) -> bool:
        """One unseen word that a definite article, alone or joined to "de/em/por/a", sets before
        a place GeoNames or ISO 3166-2 knows: Portuguese names regions and many towns that way
        ("os criadores da Huíla", "visitou o Sumbe"), Spanish some regions ("los cafeteros del
        Huila"). News does not put an article before a person's name, so a given name or a
        surname is left to the other rules; so is a common word ("a Serra", "o Palácio") and,
        in a sports story, a club named after its town ("o Bastia")."""
        articles = _PLACE_ARTICLES.get(self.c.lang)
        if not articles or self._lower(unit.start - 1) not in articles or facts["person"] or unit.is_acronym \
                or facts["initial"] or len(unit.text) < 4:
            return False
        k, texts = unit.end, self.texts
        if k < self.n and (texts[k][:1].isupper() or texts[k][:1].isdigit()
                           or self._lower(k) in self.c.particles and k + 1 < self.n and texts[k + 1][:1].isupper()):
            return False  # a longer name goes on: "o Palau de la Generalitat", "a Atlantis H2 Brasil"
        if any(self._lower(j) in self.c.speech_verbs for j in range(unit.start - 4, unit.start - 1)):
            return False  # "afirmou o vereador à Reconquista": whom it was told, an outlet
        return self._no_name_but_a_place(unit) and is_known_place(unit.text) \
            and not self._sports_story()  # ("o Bastia", "o Duisburg": clubs)

    def _no_name_but_a_place(self, unit: Unit) -> bool:
        """Whether one unseen word can only be a place's name: no given name, surname, known
        person, head word or common word ("Serra", "Palácio"), nor written in lower case too."""
        word = unit.text
        return word not in self.gaz.first_names and word not in self.c.surnames and word not in listed_surnames() \
            and unit.lower not in self.lower_words and unit.lower not in self.gaz.heads \
            and not is_common_word(word, self.c.lang) and find_person([word]) is None

    def _left_from(self, k: int) -> bool:
        """Token `k` follows "desde/hacia" or, after a verb of leaving (a date may come between),
        "de/from": "partieron este martes de Tapachula", "fled from Sumy"."""
        before = self._lower(k - 1)
        if before in _FROM_PLACE:
            return True
        if before not in _FROM_THE and before not in ("de", "from"):
            return False
        j = k - 2
        while j >= 0 and k - j <= 6 and (j in self.date_tokens or self._lower(j) in self.c.determiners):
            j -= 1
        return self._lower(j) in self.c.departure_verbs

    def _numbered_label(self, unit: Unit) -> bool:
        """A word and a number of one or two digits that ends the phrase ("in Game 5 and",
        "na Fase 2,"), not an amount after a place ("en Chiva 491 litros")."""
        k = unit.end
        if k >= self.n or not self.texts[k].isdigit() or len(self.texts[k]) > 2:
            return False
        after = self._lower(k + 1)
        return k + 1 >= self.n or not after.isalpha() or after in _LABEL_FOLLOWERS

    def _single_word_orgs(self, pending: list[tuple[list[Unit], dict[str, Any]]]) -> dict[str, str]:
        """Words the article introduces as organisations: an abbreviation in brackets after an
        organisation's name ("Comitê de Política Monetária (Copom)"), the initials of one named
        in full ("PF" after "Polícia Federal", "INSS" after "Instituto Nacional do Seguro
        Social"), or a word after an organisation noun ("la compañía Iberdrola", "la estatal
        chilena Codelco", "a rede social X"). Every bare mention of the word is then that
        organisation."""
        orgs = {**self.actors.of_type("organization"), **self.actors.of_type("group")}  # "RSF", "EGC"
        org_at_end = {end: actor_id for actor_id, record in orgs.items() for _, end in record["mentions"]}
        found = {record["name"]: actor_id for actor_id, record in orgs.items() if " " not in record["name"]}
        initials: dict[str, set[str]] = {}
        for actor_id, record in orgs.items():
            words = [w for w in record["name"].split() if w[:1].isupper()]
            if len(words) > 1:
                initials.setdefault("".join(w[0] for w in words), set()).add(actor_id)
        texts = self.texts
        for run, facts in pending:
            unit = run[0]
            if unit.text in found or unit.text in self.c.bare_heads:
                continue
            owners = initials.get(unit.text, ()) if unit.is_acronym else ()
            if len(owners) == 1:
                found[unit.text] = next(iter(owners))
            elif 1 < unit.start < self.n - 1 and texts[unit.start - 1] == "(" and texts[unit.end] == ")" \
                    and (owner := org_at_end.get(self.tok.ends[unit.start - 2])):
                found[unit.text] = owner
            elif self._after_org_noun(unit.start) and not (len(unit.text.rstrip(".")) == 1
                                                           and self._lower(unit.start - 1) in _GROUP_WORDS):
                found[unit.text] = f"organization:{slugify(unit.text)}"  # "a rede social X", not "o grupo I."
            elif _CAMEL.search(unit.text) and not unit.is_acronym and not facts["person"] \
                    and (not facts["place"] or _camel_head(unit.text) in self.gaz.heads):
                found[unit.text] = f"organization:{slugify(unit.text)}"  # "BancoEstado", "PayPal": a brand
            elif not unit.initial and unit.text not in self.gaz.first_names \
                    and (company := self._company_of(unit.text)):
                found[unit.text] = company  # "a Vértice passará" after "A Vértice Energia anunciou"
        return found

    def _company_of(self, word: str) -> str | None:
        """The one company named before as `word` and company words ("Vértice Energia",
        "Harbor Foods Inc."), whose short name `word` is."""
        prefix, found = word + " ", []
        for actor_id, record in self.actors.of_type("organization").items():
            name = record["name"].removeprefix("Grupo ").removeprefix("Group ")  # "Grupo Tarvex SAB"
            rest = name[len(prefix):].split()
            if len(rest) >= 3 and tuple(rest[-3:]) in self.c.company_pairs:
                rest = rest[:-3]  # "Atlântica Óleo e Gás"
            if name.startswith(prefix) and all(w in self.c.company_words for w in rest):
                found.append(actor_id)
        return found[0] if len(found) == 1 else None

    def _listed_name_goes_on(self, end: int) -> int | None:
        """Where a listed body's name goes on past its end with "e/y/and" and capitalised words
        up to initials in brackets that spell the whole ("… de Meteorologia e Geofísica (INMG)")
        or are another body's; None if it does not."""
        texts, k = self.texts, end
        if k + 1 >= self.n or self._lower(k) not in ("e", "y", "and") or not texts[k + 1][:1].isupper():
            return None
        k += 1
        while k < self.n and k - end <= 4 and (texts[k][:1].isupper() and self.tok.is_alpha[k]
                                                or self._lower(k) in self.c.links):
            k += 1
        if k + 2 >= self.n or texts[k] != "(" or texts[k + 2] != ")" or not texts[k + 1].isupper():
            return None
        hit = self.hit_end.get(end)
        first = hit.start if hit is not None else end - 1
        written, initials = self.text[self.tok.idx[first]:self.tok.ends[k - 1]], texts[k + 1]
        # ... or another body's ("Instituto Nacional de Meteorologia e Geofísica (INAMET)" is
        # Angola's, not Brazil's INMET)
        return k if initials_of(written) == initials or hit is not None and self._another_bodys(
            initials, written, hit.entry) else None

    def _state_code(self, unit: Unit) -> bool:
        """Two capitals in brackets right after a place: its state's code ("Sorriso (MT)"), not
        the initials of a body named elsewhere (the Ministério dos Transportes)."""
        if len(unit.text) != 2 or unit.start < 2 or self.texts[unit.start - 1] != "(" \
                or unit.end >= self.n or self.texts[unit.end] != ")":
            return False
        before = self.tok.ends[unit.start - 2]
        return any(end == before for record in self.actors.of_type("location").values()
                   for (_, end) in record["mentions"])

    def _initials_of_another(self, start: int, end: int, entry: Entry) -> bool:
        """Initials in brackets right after a listed body's full name that none of its names is
        and its words do not spell ("Rapid Support Forces (RSF)" is the listed one)."""
        texts = self.texts
        if end + 2 >= self.n or texts[end] != "(" or texts[end + 2] != ")":
            return False
        return self._another_bodys(texts[end + 1], self.text[self.tok.idx[start]:self.tok.ends[end - 1]], entry)

    def _another_bodys(self, initials: str, written: str, entry: Entry) -> bool:
        """Whether `initials` written after the name `written` of the listed body `entry` are
        another body's: none of the entry's names, and not the initials of what is written."""
        names = {name.upper() for name in self.gaz.org_names.get(entry.name, ())}
        # (letters only, opening with the name's first letter: "Naciones Unidas (COP29)" names the summit)
        return initials.isupper() and initials.isalpha() and 2 <= len(initials) <= 8 and initials[0] == written[0] \
            and initials not in names and initials_of(written) != initials

    def _org_noun_before(self, k: int) -> bool:
        """An organisation noun at token `k`, or one that "de/of" phrases end at `k`: "la
        operadora de la red, Energía Boricua" (a name set off after the noun phrase)."""
        for j in range(k, max(k - 6, 0), -1):
            if not (self.tok.is_alpha[j] and self.texts[j].islower()):
                return False
            if self._lower(j) in self.c.org_nouns and (j == k or self._lower(j + 1) in self.c.links):
                # (after its article: not "a enfermeira-chefe do banco de urgência, X", a title's holder)
                return self._lower(j - 1) in self.c.determiners
        return False

    def _company_of_a_nation(self, i: int) -> bool:
        """A company noun and a nationality right before token `i`: "a empresa belga Jan De Nul",
        "la constructora china X", where a given name opens the company's name."""
        hit = self.hit_end.get(i)
        return hit is not None and hit.entry.kind == "demonym" and self._lower(hit.start - 1) in _COMPANY_NOUNS

    def _after_org_noun(self, i: int) -> bool:
        if self._plural_org_noun_before(i):
            # "los sindicatos ELA, LAB y UGT", "las empresas Saceem, Berkes y Fast": the first
            # of a list of bodies (the later ones are `_in_listed_bodies`)
            j = i
            while j < self.n and self.texts[j][:1].isupper():
                j += 1
            if j + 1 < self.n and (self.texts[j] == "," or self._lower(j) in _LIST_JOINS) \
                    and self.texts[j + 1][:1].isupper():
                return True
        k = i - 1
        if k > 0 and self.texts[k] in _NAME_ARTICLES:
            k -= 1  # "la empresa Las Bambas": the article is the name's
        hit = self.hit_end.get(i)
        if hit is not None and hit.entry.kind == "demonym":
            k = hit.start - 1  # "la empresa china Tianqi"
        elif k > 1 and self.texts[k].islower() and self.texts[k].endswith(_ADJECTIVE_LIKE) \
                and self._lower(k - 1) in self.c.org_nouns:
            k -= 1  # "a empresa paulista Orbitalis", "a organização não-governamental X": an adjective
        elif k > 2 and self.texts[k].islower() and self._lower(k) not in self.c.org_nouns \
                and not self.tok.is_stop[k] and not self._lower(k).endswith(_PARTICIPLE_ENDS):
            # "la asociación de consumidores Facua", "a associação de defesa do consumidor Deco
            # Proteste", "la empresa de seguridad Quelsegur": what the body does, between (nouns
            # and "de"; not "o rádio do Professor X", "militares comandados por X")
            for j in range(k - 1, max(k - 5, 0), -1):
                if not (self.tok.is_alpha[j] and self.texts[j].islower()) \
                        or self.tok.is_stop[j] and self._lower(j) not in self.c.links:
                    break
                if self._lower(j) in self.c.org_nouns and self._lower(j + 1) in self.c.links:
                    k = j
                    break
        low, nouns = self._lower(k), self.c.org_nouns
        if k > 0 and self._lower(k - 1) in OWN_OUTLET_WORDS:
            return False  # "dijo a este diario Hernando Quintero": the paper that reports, then the speaker
        return (low in nouns or low in self.c.org_noun_ends and f"{self._lower(k - 1)} {low}" in nouns) \
            and self.texts[k].islower()

    def _maker_of_a_name(self, run: list[Unit], start: int) -> bool:
        """A noun for both a company and a person ("producer", "maker") before a name of two
        words or more with no head nor company word: a person ("the Nigerian producer Adaeze
        Okonkwo", "film-maker Eilidh MacLeod"; not "the oil producer Seplat Energy"); in
        Portuguese and Spanish when the name speaks or opens with a given name ("a produtora
        Fatumata Binta Embaló disse"; not "a produtora Conspiração Filmes")."""
        k = start - 1
        hit = self.hit_end.get(start)
        if hit is not None and hit.entry.kind == "demonym":
            k = hit.start - 1
        speaks = self._lower(run[-1].end) in self.c.speech_verbs or run[0].text in self.gaz.first_names
        return (self._lower(k) in _PERSON_OR_COMPANY or self._lower(k) in _PERSON_OR_COMPANY_ROMANCE and speaks) \
            and len(run) >= 2 and not self._has_head(run) \
            and not any(unit.text in self.c.company_words for unit in run)

    def _org_noun_country(self, i: int) -> str | None:
        """The country of a demonym between an organisation noun and the name at token `i`
        ("o fundo canadense Maple Infra", "la empresa china Tianqi")."""
        hit = self.hit_end.get(i)
        if hit is not None and hit.entry.kind == "demonym" and self._after_org_noun(i):
            return hit.entry.country
        k = i - 1
        if self.c.lang != "en" or k < 1 or self._lower(k) not in self.c.org_nouns or not self.texts[k].islower():
            return None
        # "the Dutch group Vandermeer Holdings"; with what it does between, "French shipping
        # giant X", "a Chinese state-owned company X"
        for opens in range(k, max(0, k - 4), -1):
            if (hit := self.hit_end.get(opens)) is not None and hit.entry.kind == "demonym":
                return hit.entry.country
            if not (self.texts[opens - 1].islower() and self.tok.is_alpha[opens - 1] and not self.tok.is_stop[opens - 1]
                    or self.texts[opens - 1] == "-"):
                break
        return None

    def _after_article(self, unit: Unit) -> bool:
        """One unseen name that comes back three times or more, here mid-sentence after a
        singular article ("a Intelbras", "la Xantera"), not a given name nor a word written in
        lower case: an organisation. Not in English, where "the" comes before many capitalised
        things that are none ("the Bible", "the Moon")."""
        text = unit.text
        return unit.start > 0 and self.tok.lower[unit.start - 1] in _SINGULAR_ARTICLES.get(self.c.lang or "", ()) \
            and not unit.initial and text.isalpha() and text[1:].islower() and len(text) > 2 \
            and text.lower() not in self.lower_words \
            and text not in self.gaz.first_names and self._standalone(unit) and self.texts.count(text) > 2 \
            and self.c.lang != "en"

    def _plural_after_singular(self, run: list[Unit]) -> bool:
        """Portuguese and Spanish: a name opened by a plural noun right after a singular feminine
        article ("a Lojas Quelmar", "la Aguas Andinas"): no person's name opens so."""
        first = run[0]
        k = first.start - 1
        if self.c.lang == "en" or len(run) < 2 or k < 0 or first.initial:
            return False
        article = self.tok.lower[k]
        # (not the preposition: "dá 34% a Calheiros Moura")
        if not (article in ("la", "da", "na", "pela", "à") or article == "a" and (
                k == 0 or self.units.at(k).initial or self._lower(k - 1) in _ARTICLE_PREPS)):
            return False
        return len(first.text) > 4 and first.text.endswith(("as", "os", "es")) and first.text.isalpha() \
            and first.text not in self.gaz.first_names and first.text not in self.c.surnames \
            and find_person([" ".join(u.text for u in run)]) is None

    def _cue_after_aside(self, end: int) -> bool:
        """A verb of saying right after an aside set off by commas after token `end`: "A Codevasf,
        responsável pelos perímetros públicos, informou"."""
        if end + 1 >= self.n or self.texts[end] != "," or not self.texts[end + 1].islower():
            return False  # (not "de Acción por el Clima, Wopke Hoekstra, aseguró": a name set off)
        for k in range(end + 1, min(end + 14, self.n - 1)):
            if self.texts[k] in (".", ";", ":") or self.texts[k] in _OPEN_QUOTES:
                return False
            if self.texts[k] == ",":
                if self.texts[k + 1][:1].isupper():
                    continue  # "A Meta, dona de Facebook, Instagram e WhatsApp, afirmou": a list in the aside
                return self._lower(k + 1) in self.c.speech_verbs
        return False

    def _named_with_article(self, unit: Unit) -> bool:
        """An unseen single name right after a singular article, in Portuguese or Spanish, that is
        no given name ("A Neoenergia informou", "la Xantera dijo")."""
        text = unit.text
        return self.c.lang != "en" and unit.start > 0 \
            and self.tok.lower[unit.start - 1] in _SINGULAR_ARTICLES.get(self.c.lang or "", ()) \
            and text.isalpha() and len(text) > 2 and text not in self.gaz.first_names \
            and not find_person([text])

    def _after_place(self, unit: Unit) -> bool:
        """A name listed after a place just named is a place too ("en Paiporta y Catarroja", "nos
        bairros de Maxaquene, Chamanculo e Magoanine"), unless it is a given name."""
        if unit.text in self.gaz.first_names:
            # "Porto, Matosinhos, Maia, Gondomar": a town GeoNames knows, in the middle of a list of places
            return unit.end < self.n and self.texts[unit.end] == "," and self._list_goes_on(unit.start) \
                and is_known_place(unit.text) and self._in_place_list(unit.start)
        k = unit.start - 1
        if k > 0 and self.tok.lower[k] in ("e", "y", "and"):
            end = self.tok.ends[k - 1]  # "en Paiporta y Catarroja": right after any place named
            if any(any(e == end for _, e in record["mentions"])
                   for actor_type in ("location", "country") for record in self.actors.of_type(actor_type).values()):
                return True
        return self._in_place_list(unit.start)

    def _ends_item(self, end: int) -> bool:
        """A list item ends at token `end`: punctuation or a clause word follows, not a
        preposition ("Jennifer Rigby in London and Ayen Deng Bior in Nairobi": a person)."""
        return end >= self.n or not self.texts[end].isalpha() or self._lower(end) in _AFTER_LIST_ITEM

    def _list_goes_on(self, start: int) -> bool:
        """After the name at token `start`, the list goes on to a last item after "e/y/and"
        ("Kisumu, Nakuru and Eldoret"), and ends where its clause does or goes on with a verb or
        preposition, not with a noun it qualifies ("In Mumbai, Infosys and Wipro shares rose")."""
        texts, lower, c = self.texts, self._lower, self.c
        t, joined, last = start, False, start
        while t < self.n and (texts[t][:1].isupper() or texts[t] in _LIST_MARKS or lower(t) in c.particles):
            if texts[t] == "," and t + 1 < self.n and not texts[t + 1][:1].isupper():
                break  # "Catia y La Vega, así como": the list ends at the comma
            if lower(t) in ("e", "y", "and") and t + 1 < self.n and texts[t + 1][:1].isupper():
                joined, last = True, t + 1
            t += 1
        # "... Leeds and Birmingham reported": a verb of saying goes on with the clause; so may
        # any verb after a last item GeoNames knows ("Barreiro e Caldas da Rainha vão funcionar")
        return joined and (t >= self.n or not texts[t].isalpha() or not texts[t].islower()
                           or lower(t) in _AFTER_PLACE_LIST or lower(t) in c.speech_verbs
                           or is_known_place(self.text[self.tok.idx[last]:self.tok.ends[t - 1]]))

    def _place_prep_opens_list(self, start: int) -> bool:
        """Whether the item before "and" at token `start - 1` is a place GeoNames or the
        gazetteer knows, right after "in/of/from" ("Traders in Tema and Ashaiman Newtown told";
        not "Walmart and Costco")."""
        k = start - 2
        while k > 0 and self.texts[k][:1].isupper() and start - k < 6:
            k -= 1
        if k == start - 2 or self._lower(k) not in _LIST_PLACE_PREPS:
            return False
        hit = self.hit_start.get(k + 1)
        return hit is not None and hit.end == start - 1 and hit.entry.kind in ("place", "country") \
            or is_known_place(self.text[self.tok.idx[k + 1]:self.tok.ends[start - 2]])

    def _in_place_list(self, start: int) -> bool:
        """Whether the name at token `start` is a later item of a list whose earlier item is a
        location or country named in the article, or which a place word opens."""
        texts, lower, c = self.texts, self._lower, self.c
        k = start - 1
        if k > 0 and texts[k][:1].isupper() and lower(k) in c.determiners:
            k -= 1
        if k < 1 or texts[k] not in _LIST_MARKS:
            return False  # most names: no list before them
        # Known places only (listed, or found by GeoNames): a name typed a place by a preposition
        # alone ("na Mineração") does not make the rest of its list places.
        ends = {e for actor_type in ("location", "country")
                for actor_id, record in self.actors.of_type(actor_type).items()
                if actor_id not in self.unseen_locations or is_known_place(record["name"])
                for b, e in record["mentions"]
                # not one inside an organisation's name ("Feira da Ciência")
                if not any(cb <= b and e <= ce and (cb, ce) != (b, e) for cb, ce in self.containers)}
        k = start - 1
        if k > 0 and texts[k][:1].isupper() and lower(k) in c.determiners:
            k -= 1  # "Catia y La Vega"
        if k > 0 and texts[k] == "," and not self._list_goes_on(start):
            return False  # "..., Itália, Mara Miniati, que fala": an apposition, not a list
        for _ in range(8):
            if k < 1 or texts[k] not in _LIST_MARKS:
                return False
            j = k - 1
            if self.tok.ends[j] in ends:
                return True
            while j >= 0 and (texts[j][:1].isupper() or lower(j) in c.particles and j < k - 1
                              and j > 0 and texts[j - 1][:1].isupper()):
                j -= 1  # over the item, with the particles inside it ("Vila Nova de Milfontes")
            if j == k - 1:
                return False
            if self.tok.ends[j + 1] in ends or any(self.tok.ends[i] in ends for i in range(j + 1, k)):
                return True
            word = lower(j)
            if word in c.determiners:
                j, word = j - 1, lower(j - 1)
            if word in c.links and lower(j - 1) in c.place_nouns or self._place_noun_word(word):
                return True  # a place word opens the list; a preposition alone does not ("em Economia, Direito e")
            k = j
        return False

    def _known_org_name(self, start: int, end: int) -> bool:
        """A listed organisation's name covers tokens `start:end`."""
        hit = self.hit_start.get(start)
        return hit is not None and hit.entry.kind == "org" and hit.end >= end

    def _listed_after_place_noun(self, start: int) -> bool:
        """The name at token `start` comes after "e/y/and" in a list of names that a plural place
        noun opens ("as pontes Colombo Salles e Pedro Ivo Campos")."""
        texts, lower = self.texts, self._lower
        if start < 3 or lower(start - 1) not in _LIST_JOINS:
            return False
        j = start - 2
        while j > 0 and start - j < 8 and (texts[j][:1].isupper() and self.tok.is_alpha[j] or texts[j] == ","
                                           or lower(j) in self.c.particles):
            j -= 1
        word = lower(j)
        return j < start - 2 and word.endswith("s") and self.texts[j].islower() and self._place_noun_word(word)

    def _demonym_after_place_noun(self, k: int) -> bool:
        """Whether token `k` is a demonym after a place noun: "la ciudad brasileña [de X]"."""
        demonym = self.hit_at.get(k)
        return demonym is not None and demonym.entry.kind == "demonym" and demonym.end == k + 1 \
            and self.texts[k].islower() and self._lower(demonym.start - 1) in self.c.place_nouns

    def _place_noun_word(self, word: str) -> bool:
        """A noun that names the place after it, or its plural: "o rio Tapajós", "as pontes Colombo
        Salles e Pedro Ivo Campos", "las represas Los Laureles y Concepción"."""
        nouns = self.c.place_nouns_direct
        return word in nouns or word.endswith("s") and (word[:-1] in nouns
                                                        or word.endswith("es") and word[:-2] in nouns)

    def _workplace(self, unit: Unit) -> bool:
        """English "analysts at Jefferies", "officials at Ukrenergo": a name after "at" and a
        group of people works there, so it is an organisation."""
        k = unit.start - 1
        return self.c.lang == "en" and k > 0 and self.tok.lower[k] == "at" \
            and self.texts[k - 1].capitalize() in self.c.generic

    def _employer_of_staff(self, start: int) -> bool:
        """English "analysts at Forsyth Barr", "economists at Capital Economics": a name after
        "at" and the staff who work there (not "farmers at Sefwi Wiawso", where they farm)."""
        return self.c.lang == "en" and start > 1 and self.tok.lower[start - 1] == "at" \
            and self.tok.lower[start - 2] in _STAFF_AT

    def _street_with_date(self, unit: Unit) -> tuple[int, int, str] | None:
        """A street, square or bridge named after a date ("Rua 25 de Março", "Plaza 2 de
        Mayo"): the place word and the day and month written after it."""
        if unit.text not in self.c.place_heads:
            return None
        match = _NAMED_DATE.match(self.text, unit.end_char)
        if match is None:
            return None
        return unit.start_char, match.end(), self.text[unit.start_char:match.end()]

    def _lone_acronym(self, unit: Unit) -> bool:
        """Three or more capitals amid lower-case words ("a AIRV", "(IPMA)") name an organisation;
        a run of capitals is a heading, not a name."""
        letters, tok, k = unit.text.replace(".", ""), self.tok, unit.start - 1
        if k >= 0 and not (tok.is_stop[k] or tok.is_punct[k] or tok.is_space[k]):
            return False  # "mísseis ATACMS" names a model, not an organisation
        return len(letters) >= 3 and self._standalone(unit) and not any(
            tok.is_alpha[i] and tok.texts[i].isupper() and len(tok.texts[i]) > 1
            for i in range(max(unit.start - 2, 0), unit.start))

    def _standalone(self, unit: Unit) -> bool:
        """No capitalised word right before or after: "Xavier" in "São Francisco Xavier" is not a name alone."""
        texts, is_alpha = self.texts, self.tok.is_alpha
        return not any(0 <= i < self.n and texts[i][:1].isupper() and is_alpha[i]
                       for i in (unit.start - 1, unit.end))

    def _countries_of_organisations(self) -> None:
        """A country written with an organisation's full name gives its country: an adjective
        of nationality after it ("o Ministério do Interior marroquino", "el Ministerio de
        Defensa ruso") or a possessive before it ("Russia's Defence Ministry")."""
        written_with: dict[tuple[str, int], str] = {}
        for h in self.hits:
            if h.entry.kind == "demonym" and self.texts[h.start].islower():
                written_with[("after", self.tok.idx[h.start])] = h.entry.country or ""
            elif h.entry.kind == "country" and self._lower(h.end) in _POSSESSIVE and h.end + 1 < self.n:
                written_with[("before", self.tok.idx[h.end + 1])] = h.entry.country or ""
        if not written_with:
            return
        split: list[tuple[str, dict[str, Any], dict[tuple[int, int], str]]] = []
        for actor_id, record in self.actors.of_type("organization").items():
            if record["country"]:
                continue
            countries: dict[tuple[int, int], str] = {}
            for (start, end), written in sorted(record["mentions"].items()):
                if written != record["name"]:
                    continue  # "Parlamento grego" is not the "Parlamento Europeu" a short form links to
                country = written_with.get(("before", start)) or (
                    written_with.get(("after", end + 1)) if self.text[end:end + 1] == " " else None)
                if country:
                    countries[(start, end)] = country
            if len(set(countries.values())) > 1:
                split.append((actor_id, record, countries))
            elif countries:
                record["country"] = next(iter(countries.values()))
        for actor_id, record, countries in split:
            self._split_by_country(actor_id, record, countries)

    def _split_by_country(self, actor_id: str, record: dict[str, Any], countries: dict[tuple[int, int], str]) -> None:
        """One name for two countries' bodies ("Ukraine's Defense Ministry said ..., while
        Russia's Defense Ministry claimed"): one actor per country, with an id of its own; a
        mention without a country goes with the one named last before it."""
        mentions = sorted(record["mentions"].items())
        del self.actors.by_id[actor_id]
        del self.actors.of_type("organization")[actor_id]
        current = countries[min(countries)]
        for span, written in mentions:
            current = countries.get(span, current)
            self.actors.add(f"{actor_id}-{current.lower()}", "organization", record["name"], (*span, written),
                            country=current)

    def _known_dateline(self) -> tuple[str | None, bool]:
        """A dateline written in title case, a known place with an agency credit ("Luanda, 2 mai
        (Lusa) -"), at the start or after a one-line headline: its country and True, else
        (None, False)."""
        after_headline = next((hit for start, hit in sorted(self.hit_start.items())
                               if start > 0 and self._opens_story(start)), None)
        for first in (self.hit_start.get(0), after_headline):
            if first is not None and first.entry.kind in ("place", "country") and first.entry.country is not None \
                    and credited_agency(self.text, self.tok.ends[first.end - 1]):
                return first.entry.country, True
        return None, False

    def _add_dateline(self, run: list[Unit], span: tuple[int, int, str]) -> None:
        """The place a story was filed from, in its country: the one named after it ("KYIV,
        Ukraine —") or the place's own ("WASHINGTON, June 2 (Reuters) -"). Whether an agency
        is credited decides the article's home country (`_actors_home`)."""
        end = run[-1].end
        after = self.hit_start.get(end + 1) if self.texts[end] == "," else None
        if after is not None and after.entry.kind == "country" and not after.entry.capital:
            country = after.entry.country
        elif self.texts[end] == "," and end + 1 < self.n and self.texts[end + 1].rstrip(".") in self.c.us_states_ap:
            country = "USA"  # "LONDON, Ky. (AP) —": AP writes the state after an American town
        else:
            country = self.gaz.place_countries.get(span[2].lower())
            if country is None and city_index().get(slugify(span[2])):
                country = place_country(span[2], {})  # a city GeoNames places beyond doubt: "NAGPUR, Dec 1"
        self._add_location(span)
        record = self.actors.by_id[f"location:{slugify(span[2])}"]
        record["country"] = record["country"] or country
        self.dateline = (country, credited_agency(self.text, span[1]))

    def _local_community_before(self, start: int) -> bool:
        """Whether a village's or quarter's noun, with at most one adjective, and "de" come
        right before token `start`: "la comunidad nativa de", "o bairro de", "la vereda de"."""
        if start < 2 or self._lower(start - 1) not in self.c.links:
            return False
        k = start - 2
        if k > 0 and self.texts[k].islower() and self._lower(k) not in _LOCAL_COMMUNITIES:
            k -= 1  # "comunidad nativa"
        return self._lower(k) in _LOCAL_COMMUNITIES

    def _add_location(self, span: tuple[int, int, str], country: str | None = None) -> None:
        actor_id = f"location:{slugify(span[2])}"
        self.containers.append(span[:2])  # "em Boca do Acre": no mention of the state
        if country is None and (inner := self.hit_end.get(bisect_left(self.tok.idx, span[1]))) is not None \
                and inner.entry.kind in ("place", "country") and self.tok.idx[inner.start] > span[0] \
                and self._lower(inner.start - 1) in self.c.links:
            country = inner.entry.country  # "Zona Franca de Manaus": in the place it is of
        if actor_id not in self.actors.by_id and country is None:
            self.unseen_locations.add(actor_id)
            before = self.text[max(0, span[0] - 12):span[0]].split()
            if before and before[-1] in _STREET_NOUNS:
                self.streets.add(actor_id)  # "la calle Bolívar": no town of the name, wherever it is
            elif before and before[-1] in _SEA_NOUNS:
                self.seas.add(actor_id)  # "as rotas do mar Vermelho": no country's
        self.actors.add(actor_id, "location", span[2], span, country=country)

    def _place_nationality(self, start: int) -> str | None:
        """The country of a demonym before the place noun that names the place at token `start`:
        "the Russian city of Kazan", "a cidade russa de Kazan"."""
        for k in (start - 2, start - 1):  # "Russian city of" / "cidade russa de"
            found = self.hit_end.get(k)
            if found is not None and found.entry.kind == "demonym":
                return found.entry.country
        return None



def _in_order(words: list[str], among: list[str]) -> bool:
    """Whether `words` stand in `among` in the same order (not necessarily next to each other)."""
    rest = iter(among)
    return all(word in rest for word in words)

@Language.factory("etl_actors")
def make_actors(nlp: Language, name: str) -> ActorsComponent:
    """Build the etl_actors component (reference data is loaded once per pipeline)."""
    return ActorsComponent(nlp, name)


def _without_the(slug: str) -> str:
    return slug[4:] if slug.startswith("the-") else slug


def _short_for(short: str, name: str) -> bool:
    """Whether slug `short` is slug `name` or its first or last words ("guardian" of
    "guardian-nigeria", "inquirer" of "philippine-daily-inquirer")."""
    return short == name or len(short) >= 4 and (name.startswith(short + "-") or name.endswith("-" + short))
