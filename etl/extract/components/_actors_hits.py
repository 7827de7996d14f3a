"""Per-doc preparation for the etl_actors component: gazetteer-hit filters and the article source."""

from __future__ import annotations

import re
from collections.abc import Callable, Container

from spacy.tokens import Doc

from etl.extract.components._actors_gazetteer import Entry, Hit
from etl.extract.patterns import DocTokens


def drop_head_hits(tokens: DocTokens, hits: list[Hit], place_heads: set[str],
                   org_heads: Container[str] = frozenset()) -> list[Hit]:
    """A one-word place that is also a geographic noun starts a longer unseen name
    ("Recife Whitsun" is a reef, not the city of Recife; "Praia da Granja" is a beach, not
    the capital of Cabo Verde); so does a one-word title that is also a body's head word,
    before a body's adjective ("la Coordinadora Nacional para la Reducción de Desastres")."""
    texts, n = tokens.texts, len(tokens.texts)
    starts = {h.start for h in hits}
    covered = {i for h in hits for i in range(h.start, h.end)}
    kept = []
    for hit in hits:
        if (hit.entry.kind == "country" or hit.entry.kind == "place" and hit.entry.country == "USA") \
                and hit.start > 0 and texts[hit.start - 1] in _LANDFORMS \
                and tokens.ws[hit.start - 1] and hit.start - 1 not in covered:
            continue  # "Sierra Nevada", "Cerro Colorado", "Lake Chad": a landform's name, not the state or country
            # (a river named after a place where it flows keeps it: "Rio Tocantins")
        if texts[hit.start] in place_heads and hit.end - hit.start == 1 \
                and (hit.entry.kind == "place" or hit.entry.capital):
            k = hit.end + (hit.end < n and texts[hit.end] in _LINKS)
            if k < n and texts[k][:1].isupper() and tokens.is_alpha[k] and k not in starts:
                continue
        if hit.entry.kind == "title" and hit.end - hit.start == 1 and texts[hit.start][:1].isupper() \
                and hit.end < n and texts[hit.end] in _BODY_ADJECTIVES and texts[hit.start].lower() in org_heads:
            continue  # "la Coordinadora Nacional para la Reducción de Desastres": a body, no coordinator
        if hit.entry.kind == "title" and hit.end - hit.start == 1 and texts[hit.start][:1].isupper() \
                and hit.end + 1 < n and texts[hit.end] in ("'s", "’s") and texts[hit.end + 1][:1].isupper() \
                and (hit.start == 0 or not texts[hit.start - 1][:1].isupper() or texts[hit.start - 1] == "The"):
            continue  # "the King's Fund", "Queen's University": a name's word, no title
        kept.append(hit)
    return kept


# Capitalised adjectives that follow a body's head word, not a title's holder.
_BODY_ADJECTIVES = frozenset({"Nacional", "Regional", "Municipal", "Federal", "Estatal", "Provincial", "Departamental",
                              "Ejecutiva", "Executiva", "Permanente", "Distrital", "National"})


_LINKS = frozenset({"da", "do", "de", "das", "dos", "del"})
# Capitalised nouns of landforms that name one with the word after them ("Sierra Nevada").
_LANDFORMS = frozenset({"Sierra", "Serra", "Cerro", "Monte", "Mount", "Mt.", "Valle", "Vale", "Valley", "Río", "Rio",
                        "River", "Lago", "Lake", "Laguna", "Lagoa", "Pico", "Nevado", "Cordillera", "Volcán",
                        "Vulcão", "Isla", "Ilha", "Island", "Bahía", "Baía", "Bay", "Playa", "Praia", "Punta"})


# The words of a state's long form: "Democratic Republic of the Congo", "Kingdom of ...".
_STATE_FORM = re.compile(r"(?i)\b(?:republic|república|kingdom|reino|federation|federação|federación)\b")


def resolve_short_countries(tokens: DocTokens, hits: list[Hit]) -> list[Hit]:
    """A short country name that ends the long form of another named in the article is that
    country: "Congo" after "Democratic Republic of Congo" is DR Congo, not the Republic of the
    Congo. "Sudan" after "South Sudan" stays Sudan: a compass word makes another country."""
    text, idx, ends = tokens.text, tokens.idx, tokens.ends
    full = {text[idx[h.start]:ends[h.end - 1]]: h.entry for h in hits
            if h.entry.kind == "country" and h.end - h.start > 1}
    if not full:
        return hits
    resolved = []
    found: dict[tuple[str, str | None], Entry | None] = {}  # an article names a country many times
    for hit in hits:
        entry = hit.entry
        if entry.kind == "country" and not entry.capital:
            key = (text[idx[hit.start]:ends[hit.end - 1]], entry.country)
            if key not in found:
                suffix = " " + key[0]
                longer = [e for t, e in full.items() if t.endswith(suffix) and e.country != entry.country
                          and _STATE_FORM.search(t, 0, len(t) - len(suffix))]
                found[key] = longer[0] if len({e.country for e in longer}) == 1 else None
            if (longer_entry := found[key]) is not None:
                hit = Hit(hit.start, hit.end, longer_entry)
        resolved.append(hit)
    return resolved


def drop_surname_hits(tokens: DocTokens, hits: list[Hit], first_names: set[str], *,
                      title_surnames: bool = False, honorifics: frozenset[str] | set[str] = frozenset()) -> list[Hit]:
    """A one-word country, place or organisation (not an acronym) that ends a name opened by a
    first name is a surname ("Luís Montenegro", "José Carlos de Barros Lima", "David Vélez",
    not the club); then every bare mention of that word in the
    article is the person too. With `title_surnames` (English, which capitalises titles only
    before a name), so is a capitalised title there ("Stephen King", "John Major"), unless a
    capitalised word follows it ("... Prime Minister Keir Starmer"). Portuguese and Spanish
    lists capitalise a title after a name ("Maria Silva Ex-Presidente da ..."). A name opened by
    a title or an honorific needs no known first name ("o deputado Ulysses Guimarães", "Dr.
    Ulysses Guimarães"). There, a capitalised title between a first name and another
    capitalised word is a surname too ("Alfonso Rey Sagasta", "Ana Bispo Lopes")."""
    texts, n = tokens.texts, len(tokens.texts)
    # the first token of each hit, and every token of a longer place's name: a given name there
    # opens no person's name ("São Francisco do Pará" is a town, no Francisco "do Pará")
    starts = {i for h in hits for i in (range(h.start, h.end) if h.entry.kind == "place" else (h.start,))}
    title_ends = {h.end for h in hits if h.entry.kind == "title"}

    def opens_name(k: int) -> bool:  # right after a title or an honorific ("Dr. ", "o deputado ")
        if k in title_ends or k > 1 and texts[k - 1] == "," and _titled_apposition(tokens, k - 1, title_ends):
            return True
        j = k - 1 - (k > 1 and texts[k - 1] == ".")
        return j >= 0 and texts[j][:1].isupper() and texts[j].rstrip(".") in honorifics
    surnames: set[str] = set()
    in_towns: set[int] = set()
    for hit in hits:
        kind = hit.entry.kind
        if hit.end - hit.start == 1 and hit.start > 0 and tokens.ws[hit.start - 1] \
                and (texts[hit.start - 1][:1].isupper() or texts[hit.start - 1] in _PARTICLES) \
                and (kind in ("country", "place") or kind == "org" and texts[hit.start][1:].islower()
                     or title_surnames and kind == "title"
                     and texts[hit.start][:1].isupper()
                     and not (hit.end < n and tokens.ws[hit.start] and texts[hit.end][:1].isupper()
                              and texts[hit.end] not in _NAME_SUFFIXES)
                     or not title_surnames and kind == "title" and texts[hit.start][:1].isupper()
                     and texts[hit.start - 1] in first_names and hit.end < n and tokens.is_alpha[hit.end]
                     and texts[hit.end][:1].isupper() and texts[hit.end] not in first_names) \
                and (_after_first_name(tokens, hit.start, first_names, starts, opens_name)
                     # a body's name right after a one-word hit that is a given name, before another
                     # capitalised word: "Mauricio Vélez Carrión" (not "Santiago de Cuba")
                     or kind == "org" and texts[hit.start - 1] in first_names and hit.end < n
                     and tokens.ws[hit.start] and texts[hit.end][:1].isupper() and tokens.is_alpha[hit.end]):
            if hit.start >= 3 and texts[hit.start - 1] in _PARTICLES and texts[hit.start - 3] in _SAINTS:
                in_towns.add(hit.start)  # "Santa Maria do Pará", "Santa Rosa de Lima": a town's name, here
            else:
                surnames.add(texts[hit.start])
    if not surnames and not in_towns:
        return hits
    return [h for h in hits if h.end - h.start > 1 or texts[h.start] not in surnames and h.start not in in_towns]


_NAME_SUFFIXES = frozenset({"Jr.", "Jr", "Sr.", "Sr"})  # "Martin Luther King Jr."


def drop_forename_hits(tokens: DocTokens, hits: list[Hit], first_names: set[str], heads: set[str]) -> list[Hit]:
    """A one-word country, place or organisation that is also a first name, before a capitalised
    word that is no gazetteer hit and no head word, opens a person's name ("Jordan Price", "el
    capitán Mauricio Giraldo", "Santiago Peña", "Everton Ribeiro"); so do such a word right after a
    title ("comisario general Washington Olivera") and a demonym that is a first name there
    ("Energy Minister German Galushchenko")."""
    texts, ws, n = tokens.texts, tokens.ws, len(tokens.texts)
    # A one-word place after the first name is a surname ("Everton Costa"): it does not stop the rule.
    starts = {h.start for h in hits if not (h.end - h.start == 1 and h.entry.kind in ("country", "place"))}
    title_ends = {h.end for h in hits if h.entry.kind == "title"}
    kept = []
    for hit in hits:
        i, j = hit.start, hit.end
        if j - i == 1 and j < n and ws[i] and (texts[i] in first_names and (
                hit.entry.kind in ("country", "place", "org") or hit.entry.kind == "demonym" and i in title_ends)
                or i in title_ends and hit.entry.kind in ("country", "place") and texts[i][:1].isupper()) \
                and texts[j][:1].isupper() and tokens.is_alpha[j] and not texts[j].isupper() \
                and j not in starts and texts[j].lower() not in heads:
            continue
        kept.append(hit)
    return kept


def _after_first_name(tokens: DocTokens, i: int, first_names: set[str], starts: set[int],
                      opens_name: Callable[[int], bool] = lambda k: False) -> bool:
    """Whether the words right before token `i` (up to four capitalised words or name particles,
    no punctuation, none a gazetteer hit but a given name: "Francisco Wellington Aragão") open
    with a first name, or right after a title or an honorific (`opens_name(k)`: a name may
    start at token k)."""
    texts, ws = tokens.texts, tokens.ws
    k = i - 1
    while k >= 0 and i - k <= 4 and ws[k] and (k not in starts or texts[k] in first_names) \
            and (texts[k][:1].isupper() and tokens.is_alpha[k] or texts[k] in _PARTICLES):
        if k not in starts and texts[k] in first_names or texts[k][:1].isupper() and opens_name(k):
            return True  # (a hit that is a given name opens none: "Alberta Premier's office")
        k -= 1
    return False


_PARTICLES = frozenset({"da", "de", "do", "dos", "das"})


def _titled_apposition(tokens: DocTokens, comma: int, title_ends: set[int]) -> bool:
    """Whether the comma at token `comma` closes a title and its body, so that a name follows
    it ("o secretário municipal de Saúde, Edvaldo Castro Lima"): a title ends at most eight
    words before it, with no punctuation between."""
    k = comma
    while k > 0 and comma - k < 8 and tokens.is_alpha[k - 1]:
        if k in title_ends:
            return True
        k -= 1
    return k in title_ends


def article_source(doc: Doc, lang: str) -> tuple[str | None, str | None]:
    """The article's URL and language (declared, else the pipeline's), if known."""
    article = doc._.article
    if article is None:
        return None, None
    return article.url, (article.language or lang).lower().split("-")[0]


# Capitalised words after a body's name that name something of it, not a longer body:
# "U.N. Security Council Resolution 1701", "the Labour Party Conference".
_NAMED_THINGS = frozenset({"Resolution", "Resolutions", "Conference", "Convention", "Congress", "Summit", "Act",
                           "Bill", "Law", "Code", "Day", "Report", "Declaration", "Agreement", "Treaty"})


_SAINTS = frozenset({"San", "Santa", "Santo", "São", "Saint", "St.", "St", "Sankt"})
_NAME_LINKS = frozenset({"de", "do", "da", "dos", "das", "del"})
_LINK_ARTICLES = frozenset({"la", "las", "los", "el", "of", "the", "for", "and", "y", "e"})


_MASCULINE_ARTICLES = frozenset({"el", "del", "al", "o", "do", "ao", "no"})


def drop_saint_namesakes(tokens: DocTokens, hits: list[Hit]) -> list[Hit]:
    """A country named after a saint ("Santa Helena", "San Bartolomé") inside a longer name is
    no country: after a capitalised word ("a Usina Santa Helena") or before "de/do/del" and a
    capitalised word ("San Bartolomé de la Vega", "Santa Helena do Pardo"); or a feminine
    saint after a masculine article ("con la del Santa Lucía": the river)."""
    texts, n = tokens.texts, len(tokens.texts)

    def inside(h: Hit) -> bool:
        if h.entry.kind != "country" or texts[h.start] not in _SAINTS:
            return False
        if texts[h.start] == "Santa" and h.start > 0 and texts[h.start - 1].lower() in _MASCULINE_ARTICLES:
            return True  # "la del Santa Lucía": a river or a club, a masculine noun unsaid
        if h.start > 0 and not tokens.sent_start[h.start] and texts[h.start - 1][:1].isupper() \
                and texts[h.start - 1].isalpha() and not tokens.sent_start[h.start - 1]:
            return True
        k = h.end + 1
        if k < n and texts[k].lower() in ("la", "las", "los", "el"):
            k += 1
        return h.end < n and texts[h.end] in _NAME_LINKS and k < n and texts[k][:1].isupper() and texts[k].isalpha()

    return [h for h in hits if not inside(h)]


# Names of bodies that also name their stock index with a number: "the S&P 500 rose".
_INDEX_NAMES = frozenset({"S&P", "FTSE", "Nikkei", "Ibex", "IBEX", "Dow", "Nasdaq", "DAX", "CAC", "Hang Seng"})


def index_spans(tokens: DocTokens, hits: list[Hit]) -> list[tuple[int, int]]:
    """Character spans of stock indices named after a body and a number ("the S&P 500 rose"
    is no S&P Global, "el Ibex 35" no body): containers that hold no actor."""
    texts, n = tokens.texts, len(tokens.texts)
    return [(tokens.idx[h.start], tokens.ends[h.end]) for h in hits
            if h.entry.kind == "org" and h.end < n and texts[h.end].isdigit()
            and " ".join(texts[h.start:h.end]) in _INDEX_NAMES]


def drop_titles_inside_names(tokens: DocTokens, hits: list[Hit], heads: set[str]) -> list[Hit]:
    """A one-word title written in capitals at the end of a body's capitalised name (a head
    word in it), with no name after it, is a word of that name: "el Comité Autónomo de la
    Regla Fiscal (Carf)" is no prosecutor."""
    texts, n = tokens.texts, len(tokens.texts)

    def headed(k: int) -> bool:
        for i in range(k - 1, max(k - 7, -1), -1):
            if texts[i].lower() in heads:
                return True
            if not (texts[i][:1].isupper() or texts[i].lower() in _NAME_LINKS or texts[i].lower() in _LINK_ARTICLES):
                return False
        return False

    def inside(h: Hit) -> bool:
        k = h.start
        return h.entry.kind == "title" and h.end == k + 1 and k > 0 and texts[k][:1].isupper() \
            and not texts[k].isupper() and texts[k - 1][:1].isupper() and texts[k - 1].isalpha() \
            and not tokens.sent_start[k] and (h.end >= n or texts[h.end] in ("(", ",", ".", ";", ":")) \
            and headed(k)

    return [h for h in hits if not inside(h)]


def drop_listed_openings(tokens: DocTokens, hits: list[Hit], heads: set[str],
                         first_names: set[str]) -> list[Hit]:
    """A listed organisation of several words ending in a head word, right before a
    capitalised word that no hit starts, opens a longer name of another body: "La Liga
    Nacional de Fútbol Profesional de Honduras" is not Spain's La Liga (the names add it)."""
    texts, n = tokens.texts, len(tokens.texts)
    starts = {h.start for h in hits}
    return [h for h in hits if not (
        h.entry.kind == "org" and h.end - h.start > 1 and h.end < n and tokens.ws[h.end - 1]
        and texts[h.end - 1].lower() in heads and texts[h.end][:1].isupper() and texts[h.end].isalpha()
        and not texts[h.end].isupper() and texts[h.end] not in _NAMED_THINGS
        and h.end not in starts and texts[h.end] not in first_names and not tokens.sent_start[h.end])]


def merge_place_heads(tokens: DocTokens, hits: list[Hit], heads: set[str], links: set[str],
                      tails: set[str], companies: frozenset[str] | set[str] = frozenset(),
                      org_heads: frozenset[str] | set[str] = frozenset()) -> list[Hit]:
    """A capitalised geographic or administrative noun before a known place names a place of
    its own ("Rio Paraná", "Estado de São Paulo", "Grande Lisboa", "Arquipélago de Cabo
    Verde"), and so does one after it in English ("Los Angeles County", "Kansas City"): one
    location hit covers both, in the place's country (a street named after a country, "Rua
    Honduras", is in none). A company word after a place names a company of that country
    ("Dublin Bus", "Southern California Edison", "Amazonas Energia")."""
    texts, merged, n = tokens.texts, [], len(tokens.texts)
    heads = heads | HIGH_AND_LOW  # "Upper Assam", "Alto Alentejo": only right before a known place
    starts: set[int] = set()
    ends: set[int] = set()
    for hit in hits:
        k = hit.start - 1
        if not (k >= 0 and (texts[k] in heads or texts[k] in links)) \
                and not (hit.end < n and (texts[hit.end] in tails or texts[hit.end] in companies
                                          or texts[hit.end] in STREET_TAILS)) \
                and not (hit.end + 1 < n and texts[hit.end + 1] in companies):
            merged.append(hit)  # the common case: nothing to merge
            continue
        if not starts:
            starts, ends = {h.start for h in hits}, {h.end for h in hits}
        if k > 0 and texts[k] in links:
            k -= 1
        direct = k == hit.start - 1
        # The head may be a known place itself, before "de": "Porto do Lobito" is Lobito's port.
        own = merged[-1] if merged and merged[-1].start == k and merged[-1].end == k + 1 and not direct else None
        if k >= 0 and texts[k] in heads and hit.entry.kind in ("place", "country") \
                and (k + 1 not in ends or own is not None) \
                and (direct or texts[k] not in _DIRECT_ONLY) and not _glued(tokens, k):
            name = tokens.text[tokens.idx[k]:tokens.ends[hit.end - 1]]
            # "Rua Honduras" is in no country; "River Niger" runs through others than Niger
            country = None if texts[k] in STREETS or texts[k] in _WATERS and hit.entry.kind == "country" \
                or texts[k] in _WATERS | _VALLEYS and texts[hit.start] in _SAINTS else hit.entry.country
            # ("Vale do São Francisco" is named after the river, not San Francisco's city)
            if own is not None:
                merged.pop()
            merged.append(Hit(k, hit.end, Entry("place", name, "location", country, name)))
        elif hit.end < n and texts[hit.end] in companies and hit.entry.kind in ("place", "country") \
                and hit.end not in starts and tokens.ws[hit.end - 1] \
                and not (hit.end + 1 < n and tokens.ws[hit.end] and texts[hit.end + 1][:1].isupper()) \
                and not _name_goes_on(tokens, hit.end + 1, org_heads):
            # (a longer name goes on: "Taiwan Semiconductor Manufacturing Co", "Karachi Water and
            # Sewerage Corporation" are read as a whole)
            name = tokens.text[tokens.idx[hit.start]:tokens.ends[hit.end]]
            merged.append(Hit(hit.start, hit.end + 1, Entry("org", name, "organization", hit.entry.country, name)))
        elif hit.end + 1 < n and texts[hit.end + 1] in companies and hit.entry.kind in ("place", "country") \
                and texts[hit.end][:1].isupper() and texts[hit.end].isalpha() \
                and hit.end not in starts and hit.end + 1 not in starts \
                and tokens.ws[hit.end - 1] and tokens.ws[hit.end] \
                and not (hit.end + 2 < n and tokens.ws[hit.end + 1] and texts[hit.end + 2][:1].isupper()):
            # "Xinjiang Lithium Tech", "Cuanza Sul Mining": a word, then a company's last word
            name = tokens.text[tokens.idx[hit.start]:tokens.ends[hit.end + 1]]
            merged.append(Hit(hit.start, hit.end + 2, Entry("org", name, "organization", hit.entry.country, name)))
        elif hit.end < n and (texts[hit.end] in tails or texts[hit.end] in STREET_TAILS) \
                and hit.entry.kind in ("place", "country") and hit.end not in starts and tokens.ws[hit.end - 1]:
            name = tokens.text[tokens.idx[hit.start]:tokens.ends[hit.end]]
            # "Madras Street" in Christchurch, "London Road" in Leicester: a street of no such town
            country = None if texts[hit.end] in _WATERS and hit.entry.kind == "country" \
                or texts[hit.end] in STREET_TAILS else hit.entry.country
            merged.append(Hit(hit.start, hit.end + 1, Entry("place", name, "location", country, name)))  # "Niger Delta"
        else:
            merged.append(hit)
    return merged


_NAME_AND = frozenset({"and", "&", "e", "y"})


def _name_goes_on(tokens: DocTokens, k: int, org_heads: frozenset[str] | set[str]) -> bool:
    """Whether "and" at token `k` joins a body's name that ends in a head word within three
    capitalised words ("Karachi Water[ and Sewerage Corporation]"; not "Dublin Bus and Irish Rail")."""
    texts, n = tokens.texts, len(tokens.texts)
    if k >= n or texts[k] not in _NAME_AND:
        return False
    j = k + 1
    while j < n and j - k <= 3 and texts[j][:1].isupper() and texts[j].isalpha():
        j += 1
    return j > k + 1 and texts[j - 1].lower() in org_heads


# Right before the place only: "Grande Lisboa", "Western Sydney", "Upper Assam", never "Grande de ...".
HIGH_AND_LOW = frozenset({"Upper", "Lower", "Alto", "Baixo", "Bajo"})
# ("Fazenda Santa Luzia" is a farm; "secretário de Fazenda de Minas Gerais", "Secretaría de Hacienda de
# Nuevo León" name the state's treasury)
_DIRECT_ONLY = frozenset({"Grande", "Gran", "Greater", "Western", "Eastern", "Northern", "Southern", "Central",
                          "Fazenda", "Hacienda"}) \
    | HIGH_AND_LOW
# Waters and their lands named after a country that is not theirs alone ("River Niger", "Congo Basin").
_WATERS = frozenset({"River", "Rio", "Río", "Lake", "Lago", "Gulf", "Golfo", "Sea", "Mar", "Bay", "Baía", "Bahía",
                     "Basin", "Delta", "Bacia", "Cuenca"})
_VALLEYS = frozenset({"Vale", "Valle", "Valley", "Serra", "Sierra"})
# Street words that open a street's name ("Rua Honduras", "Avenida Faria Lima").
# English street words after a place's name: a street named after it.
STREET_TAILS = frozenset({"Street", "Road", "Avenue", "Lane", "Boulevard", "Drive", "Terrace", "Crescent"})
STREETS = frozenset({"Rua", "Avenida", "Av.", "Alameda", "Travessa", "Praça", "Largo", "Estrada", "Rodovia", "Calle",
                     "Plaza", "Paseo", "Carretera", "Calzada", "Jirón", "Avenue"})


def _glued(tokens: DocTokens, k: int) -> bool:
    """Whether token `k` is glued to a word before it ("São Paulo-Rio"): then it starts no name."""
    return k > 0 and not tokens.ws[k - 1] and bool(tokens.is_alpha[k - 1])
