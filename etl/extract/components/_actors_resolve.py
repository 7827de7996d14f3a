"""Countries the text implies but does not state, filled in after every actor is found.

In order (a country the text states always wins, and each step fills only what is still empty):

1. Notable people (`people.csv`): a listed name or alias gets its canonical actor_id and country.
2. A role naming an organisation ("porta-voz da Guarda Costeira") takes that organisation's
   country.
3. The home country (`_actors_home`): unqualified national institutions and people with a
   national-government title. A person's title is of the country the article's places clearly
   name when there is one (see 4; two mentions will do when the home country is never named):
   "Governor Ron DeSantis" in a BBC story about Florida is American. Without a home country, an
   institution is of the country the places name three times as often as any other.
4. An unseen location followed by ", em/no/in <place>" is in that place's country ("Balneário
   Camboriú, em Santa Catarina"); otherwise, when one country clearly dominates the article's
   places, an unseen location is taken to be there ("a península de Afungi" in an article about
   Mozambique). A town our tables lack but GeoNames lists (`_actors_cities`) is first taken to
   be in a country of the article that has a town of that name ("Paiporta" in a story that
   names Spain, "Kamloops" on CBC); without a dominant country, in the country of the largest
   city of that name, when it clearly leads ("Cincinnati").
5. A story set in one country (`story_setting`) gives that country to whoever is still without
   one: the people, bodies and streets of a local story ("o prefeito Ana Souza", "la empresa
   Aguas del Norte" in a story from Tucumán), but not a listed body that belongs to no nation
   (the UN), a body named as one above nations ("Banco Interamericano de …"), or a person whose
   role is such a body's.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Container
from functools import lru_cache
from typing import Any

from etl.extract.components._actors_cities import (
    BIG_CITY,
    NOTED_POPULATION,
    city_index,
    is_town_of,
    place_country,
    region_index,
)
from etl.extract.components._actors_gazetteer import slugify
from etl.extract.components._actors_home import is_national_institution, is_national_title, supranational
from etl.extract.components._actors_people import find_person
from etl.extract.reference import read_table

Records = dict[str, dict[str, Any]]

_LINKS = {"da", "do", "de", "das", "dos", "of", "del", "for", "the", "la", "las", "los"}
_CONTAINED_IN = re.compile(r",?\s+(?:em|no|na|nos|nas|in|en)\s+(?:(?:the|el|la|los|las)\s+)?")
# ", na ilha da Madeira", ", en la provincia de Cádiz", ", in the state of Ohio": the area a list is in.
_CONTAINED_IN_AREA = re.compile(r",\s+(?:em|no|na|nos|nas|in|en)\s+(?:(?:the|la|el|o|a)\s+)?(?:(?:ilha|região|"
                                r"província|estado|distrito|island|province|state|region|county|isla|provincia|"
                                r"región|departamento)\s+(?:da|de|do|del|of)\s+(?:the\s+)?)?")
_DOMINANT_MIN, _DOMINANT_RATIO = 3, 2
# A URL path section of world news: "/mundo/", "/world/", "/news/world-africa-", "/internacional/".
_WORLD_SECTION = re.compile(r"/(?:mundo|el-mundo|world|world-news|internacional|internacionales|international|"
                            r"internacionais|america-latina|latinoamerica|america|americas|africa|asia|europe|europa)(?:[/-]|$)",
                            re.IGNORECASE)
# URL sections of an outlet's own country's news.
_HOME_SECTIONS = frozenset({"nacional", "nacionales", "national", "pais", "país", "politica", "política",
                            "local", "locales", "sucesos", "regiones", "cidades", "uk-news", "uknews", "us-news",
                            "usnews", "australia-news", "australianews", "india-news", "indianews"})
_APPOSED = re.compile(r",\s+")
_STATE_AP = re.compile(r"((?:[A-Z]\.)?[A-Z][a-z]*\.?[A-Za-z]*)\.")  # "Fla.", "N.Y.", "W.Va."
_LIST_BEFORE = re.compile(r"(?:,\s*|\s+(?:and|e|y)\s+)$")
_LIST_AFTER = re.compile(r",\s*|\s+(?:and|e|y)\s+")
_MINISTRIES = ("ministério", "ministerio", "ministry", "secretaria", "secretaría", "department", "departamento")
_HOME_NAMESAKE_RATIO = 30  # a home town of a name, not 30 times smaller than the largest abroad
_SOLE_RATIO = 3  # an institution without an outlet: its country must be named 3 times as often as any other
_SETTING_MIN_ALONE = 4  # without an outlet's country, a story is set where its places are 4 times


def resolve_countries(records: Records, text: str, unseen_locations: set[str], lang: str,
                      home: str | None, us_states: Container[str] = frozenset(),
                      streets: Container[str] = frozenset(), world_news: bool = False,
                      home_news: bool = False, ca_provinces: Container[str] = frozenset()) -> None:
    """Fill actor countries (and canonical person ids) in place; see the module docstring.
    `world_news`: the outlet files the article under its world news (`is_world_news`);
    `home_news`: under its own country's (`is_home_news`)."""
    _resolve_people(records)
    _countries_placed_in_regions(records, text)
    _countries_named_as_home_towns(records, text, home)
    _role_org_countries(records)
    _regions_of_named_countries(records, unseen_locations, home)
    counts = _place_counts(records) + _regions_in_bodies(records)
    if home is not None:
        counts[home] += _home_cities(records, unseen_locations, home)
        counts += Counter()  # (drop a zero count)
    least = _DOMINANT_MIN if home is None or home in counts else 2
    story = clear_leader(counts, least, _DOMINANT_RATIO)
    if home is not None or story is not None:
        # Without an outlet, institutions need a story about one country much more than any
        # other: "o Ministério da Defesa" in a story on Russia and North Korea is either's.
        # A title is the outlet's country only if the places name it or name none.
        titled = story or (home if not counts or home in counts else None)
        # A story set abroad that never names the outlet's country: "la Policía Nacional" in an
        # EFE story from Guayaquil is Ecuador's.
        abroad = story if home is not None and story != home and home not in counts and not home_news else None
        institutions = home or clear_leader(counts, least, _SOLE_RATIO)
        if world_news and home is not None and counts[home] <= 1 and (leader := _most_named(counts)) != home:
            # A story the outlet files under its world news and that names the outlet's country at
            # most in passing is set abroad: its institutions and titles are of the country it
            # names most, if one does ("el Ministerio de Economía" in a Clarín /mundo/ story on
            # Bolivia's fuel imports from Argentina), never the outlet's.
            institutions = titled = abroad = leader
        _home_countries(records, lang, institutions, titled, abroad)
    _parties_at_home(records, home or story)
    dominant = clear_leader(counts, _DOMINANT_MIN, _DOMINANT_RATIO)
    _located_countries(records, text, unseen_locations, counts, home, dominant, streets)
    _namesakes_of_the_story(records, text, unseen_locations, counts, dominant, home)
    _countries_listed_as_regions(records, text)
    _placed_by_apposition(records, text, us_states)
    _placed_in_canadian_provinces(records, text, ca_provinces)
    _listed_in_a_place(records, text)
    if lang == "en" and home == "USA":
        _georgia_the_state(records, text)
    # The home country's places are counted again once the unseen towns have their countries
    # (not other countries': a namesake abroad is no evidence, "Queenstown" in a Singapore story).
    if home is not None and (settled := _place_counts(records)[home]) > counts[home]:
        counts[home] = settled
    if (setting := story_setting(counts, home, world_news, home_news)) is not None:
        _set_in_one_country(records, text, setting, unseen_locations, lang)


def story_setting(counts: Counter[str], home: str | None, world_news: bool = False,
                  home_news: bool = False) -> str | None:
    """The one country a story is set in, from its places' `counts` and the outlet's `home`
    country, or None when its places leave room for doubt.

    A home story is set at home when its places name no country, or home more often than any
    other (as often, under the outlet's home news section); a story whose places never name
    home is set abroad where they clearly do. Without a home country (and under the outlet's
    world news) the places must name one country at least four times, and three times as
    often as any other. Other countries named once each, none more, are named in passing: a
    home story.

    Examples:
        >>> story_setting(Counter(), "MEX"), story_setting(Counter({"BOL": 2, "BRA": 1}), "BOL")
        ('MEX', 'BOL')
        >>> story_setting(Counter({"USA": 2, "GBR": 1}), "BRA"), story_setting(Counter({"BOL": 1, "BRA": 1}), "BOL")
        (None, None)
        >>> story_setting(Counter({"ECU": 3}), "ESP"), story_setting(Counter({"TZA": 3, "MWI": 1}), None)
        ('ECU', None)
        >>> story_setting(Counter({"ARG": 1, "CHL": 1}), "BRA"), story_setting(Counter({"CHL": 1}), "BRA")
        ('BRA', None)
    """
    if home is None or world_news:
        return clear_leader(counts, _SETTING_MIN_ALONE, _SOLE_RATIO)
    if not counts:
        return home
    if home in counts:
        # (under the outlet's own country's news, a tie is home: "Encarnación ... la ciudad
        # argentina de Posadas" on lanacion.com.py/pais/)
        return home if _most_named(counts) == home or home_news and counts[home] == max(counts.values()) else None
    if len(counts) >= 2 and max(counts.values()) == 1:
        return home  # countries named once each, in passing: "workers from Vanuatu and Samoa"
    return clear_leader(counts, _DOMINANT_MIN, _SOLE_RATIO)


@lru_cache(maxsize=1)
def _capitals() -> frozenset[str]:
    """Slugs of the capitals our tables list: "Washington" in a British story is the American one."""
    return frozenset(slugify(row["text"]) for row in read_table("countries") if row["kind"] == "capital")


@lru_cache(maxsize=1)
def _listed_organizations() -> frozenset[str]:
    """actor_ids of the bodies in organizations.csv: their country is the table's, or none (the UN)."""
    return frozenset(f"{row['type']}:{slugify(row['canonical'])}" for row in read_table("organizations")
                     if row["kind"] == "name")


def _set_in_one_country(records: Records, text: str, setting: str, unseen_locations: set[str], lang: str) -> None:
    """Give the story's country to its people, bodies and unseen places still without one."""
    above = supranational(lang)
    listed = _listed_organizations()
    for actor_id, record in records.items():
        if not record["country"] and (record["type"] == "organization" and actor_id not in listed
                                      and above.isdisjoint(record["name"].lower().split())
                                      or record["type"] == "location" and actor_id in unseen_locations):
            record["country"] = setting
    # A person whose role is a body of no nation's keeps none: "representante do FMI", "IMF
    # Deputy Managing Director Lars Ekström".
    nationless = [r for r in records.values() if r["type"] == "organization" and not r["country"]]
    names = [name.lower() for r in nationless for name in (r["name"], *r["mentions"].values())]
    ends = [end for r in nationless for _, end in r["mentions"]]
    for record in records.values():
        if not record["country"] and record["type"] == "person":
            role = (record["role"] or "").lower()
            if not above.isdisjoint(role.split()) or any(name in role for name in names) \
                    or role and any(0 <= start - end <= len(role) + 2 and role in text[end:start].lower()
                                    for start, _ in record["mentions"] for end in ends):
                continue
            record["country"] = setting


def _georgia_the_state(records: Records, text: str) -> None:
    """In an American outlet's story that names neither Tbilisi nor anything Georgian,
    Georgia is the state: a location in the United States, and so are the bodies named after
    it ("the Georgia Department of Transportation") and the people it gives a country ("Georgia
    Gov. Brian Kemp")."""
    if "Tbilisi" in text or "Georgian" in text:
        return
    for record in records.values():
        if record["type"] != "country" and record["country"] == "GEO":
            record["country"] = "USA"
    if "country:geo" in records and "location:georgia" not in records:
        records["location:georgia"] = {**records.pop("country:geo"), "type": "location", "country": "USA"}


def _namesakes_of_the_story(records: Records, text: str, unseen_locations: set[str], counts: Counter[str],
                            dominant: str | None, home: str | None = None) -> None:
    """A listed place whose country the article names nowhere else is the namesake in the
    country it is placed in, or else in the story's dominant country, when GeoNames has a
    town of that name there: "el municipio de Pamplona, en Norte de Santander" is Colombian,
    "las potabilizadoras de Chilibre y Mendoza" in a story on Panama Panamanian. A home
    story's town of note abroad is the home town of the name when that one is not much
    smaller (`_HOME_NAMESAKE_RATIO`): "en Mérida" in an Extremaduran paper is Spain's, not
    Yucatán's; "Paris" in an American one stays in France, and a capital stays the country's
    ("a NATO summit in Washington" in a British paper)."""
    country_at = {start: r["country"] for r in records.values() if r["country"]
                  and r["type"] in ("country", "location") for start, _ in r["mentions"]}
    for actor_id, record in records.items():
        country = record["country"]
        if record["type"] != "location" or not country or actor_id in unseen_locations \
                or counts[country] > len(record["mentions"]):
            continue
        placed = {country_at[match.end()] for _, end in record["mentions"]
                  if (match := _CONTAINED_IN.match(text, end)) and match.end() in country_at} - {country}
        cities = city_index().get(slugify(record["name"]), ())
        # (by the story's country alone, not a city of note: "Paris" in a story on Americans)
        there = placed.pop() if len(placed) == 1 else dominant if not placed and not any(
            c == country and population >= NOTED_POPULATION for c, population in cities) else None
        if there is None and not placed and home is not None and home != country and counts[home] \
                and dominant in (None, home) and cities and slugify(record["name"]) not in _capitals() \
                and dict(cities).get(home, 0) * _HOME_NAMESAKE_RATIO >= cities[0][1]:
            there = home
        if there is not None and there != country and any(c == there for c, _ in cities):
            record["country"] = there


def _countries_listed_as_regions(records: Records, text: str) -> None:
    """A country's name listed with another country's regions or towns is that country's
    region or city of the name: "Florida, Alabama and Georgia" are three American states. So is a
    listed town whose country the article names nowhere else: "Caracas, Maracaibo y
    Valencia" are Venezuelan."""
    # (the places listed with it are towns or regions: "Espanha, França e Brasil" are three countries,
    # not the Brazilian town Franca)
    places = {(start, end): r["country"] for r in records.values() if r["type"] == "location"
              and r["country"] for start, end in r["mentions"]}
    if not places:
        return
    ends = {end: country for (_, end), country in places.items()}
    spans = {start: end for r in records.values() if r["type"] in ("location", "country")
             for start, end in r["mentions"]}
    starts = {start: country for (start, _), country in places.items()}
    counts = Counter(r["country"] for r in records.values() if r["country"] and r["type"] in ("location", "country"))
    for actor_id, record in list(records.items()):
        if record["type"] == "country":
            # (or a city of note: "colonias de Guadalupe, Apodaca y Escobedo" are Mexican towns,
            # not Guadeloupe; "Granada, Sevilla y Málaga" are Spanish cities)
            slugs = {slugify(record["name"])} | {slugify(text[start:end]) for start, end in record["mentions"]}
            namesakes = frozenset().union(*(region_index().get(slug, frozenset()) | {
                c for c, people in city_index().get(slug, ()) if people >= NOTED_POPULATION} for slug in slugs))
        elif record["type"] == "location" and record["country"] and counts[record["country"]] == 1:
            # "Caracas, Maracaibo y Valencia" in a story that names no other place in Spain
            slug = slugify(record["name"])
            # (nor one far smaller than the city it is taken for: "ferias en Madrid y Bogotá" is
            # Spain's capital, not Madrid, Cundinamarca)
            own = dict(city_index().get(slug, ())).get(record["country"], 0)
            namesakes = region_index().get(slug, frozenset()) | {
                c for c, people in city_index().get(slug, ())
                if people >= NOTED_POPULATION and people * 10 >= own}  # not Moscow, Idaho
        else:
            continue
        for start, end in record["mentions"] if namesakes else ():
            before = _LIST_BEFORE.search(text, max(0, start - 6), start)
            listed = {ends.get(before.start()) if before else None}
            at = end
            while (after := _LIST_AFTER.match(text, at)) is not None and after.end() in spans:
                # along the list: "Guadalupe, Apodaca y Escobedo" (Apodaca placed later)
                listed.add(starts.get(after.end()))
                at = spans[after.end()]
            country = next((c for c in listed if c and c != record["country"] and c in namesakes), None)
            if country is not None:
                if record["type"] == "country":
                    del records[actor_id]
                    records[f"location:{slugify(record['name'])}"] = {**record, "type": "location", "country": country}
                else:
                    record["country"] = country
                break


# A noun of a town or of something in one, then "de/of", right before a name: "el aeropuerto de
# Liberia", "la ciudad de Liberia", "the town of Liberia".
_TOWN_THING_BEFORE = re.compile(
    r"(?<![\w])(?:aeropuerto|aeroporto|airport|ciudad|cidade|city|town|cantón|municipio|município|distrito|"
    r"district|puerto|porto|port|hospital|estadio|estádio|stadium|universidad|universidade|university|alcaldía|"
    r"prefeitura|mayor|alcalde|prefeito)\s+(?:de|do|da|del|of)\s+(?:la\s+|el\s+|the\s+)?$", re.IGNORECASE)

# A facility's name, then ", in" right before a name: "el Aeropuerto Internacional Daniel Oduber
# Quirós, en Liberia".
_FACILITY_IN_BEFORE = re.compile(
    r"\b(?:Aeropuerto|Aeroporto|Airport|Hospital|Estadio|Estádio|Stadium|Puerto|Porto|Port|Universidad|"
    r"Universidade|University)\b[^.,;:\n]{0,60},\s+(?:en|em|in|no|na)\s+$")


# A town's name joined to another by "and": "entre Liberia y Sardinal", "Sardinal e Liberia".
_NAME = r"[A-ZÁÉÍÓÚÑ][\w'-]+(?:\s+(?:de\s+|del\s+)?[A-ZÁÉÍÓÚÑ][\w'-]+){0,2}"
_AND_NAME_AFTER = re.compile(rf"\s+(?:y|e|and)\s+({_NAME})")
_NAME_AND_BEFORE = re.compile(rf"(?<![\w'-])({_NAME})\s+(?:y|e|and)\s+$")


def _countries_named_as_home_towns(records: Records, text: str, home: str | None) -> None:
    """A country's name that a home story writes as a town of its own country is that town,
    when GeoNames has one there: "el aeropuerto de Liberia" in a Costa Rican paper is
    Guanacaste's Liberia, not the West African country. Only after a noun of a town or of what
    is in one, after a facility's name and "in" ("el Aeropuerto Internacional Daniel Oduber
    Quirós, en Liberia"), or joined by "and" to another of the country's towns ("Liberia y
    Nicoya"), and only when the article names no other place of the country."""
    if home is None:
        return
    countries = {written for r in records.values() if r["type"] == "country" for written in r["mentions"].values()}
    for actor_id, record in list(records.items()):
        if record["type"] != "country" or record["country"] in (None, home):
            continue
        slug = slugify(record["name"])
        if not is_town_of(record["name"], home) \
                or any(r is not record and r["country"] == record["country"] for r in records.values()) \
                or not any(_TOWN_THING_BEFORE.search(text, max(0, start - 24), start)
                           or _FACILITY_IN_BEFORE.search(text, max(0, start - 90), start)
                           or _joined_to_home_town(text, start, end, home, countries)
                           for start, end in record["mentions"]):
            continue
        del records[actor_id]
        records[f"location:{slug}"] = {**record, "type": "location", "country": home}


def _joined_to_home_town(text: str, start: int, end: int, home: str, countries: Container[str]) -> bool:
    """Whether the name at `start:end` is joined by "and" to a town of `home` that is not
    written as one of the article's `countries` ("Liberia y Sardinal", not "Liberia y Guinea")."""
    after = _AND_NAME_AFTER.match(text, end)
    before = _NAME_AND_BEFORE.search(text, max(0, start - 40), start)
    return any(found is not None and (name := found.group(1)) not in countries and is_town_of(name, home)
               for found in (after, before))


def _countries_placed_in_regions(records: Records, text: str) -> None:
    """A country's name followed by ", <a region of one other country>" is that country's town
    of the name, when GeoNames has one there: "las calles de Liberia, Guanacaste" are in Costa
    Rica, "Gaza, no sul de Moçambique" is a Mozambican province only by its own words."""
    for actor_id, record in list(records.items()):
        if record["type"] != "country" or len(record["mentions"]) != 1:
            continue
        (start, end), written = next(iter(record["mentions"].items()))
        region = _REGION_AFTER.match(text, end)
        if region is None:
            continue
        countries = region_index().get(slugify(region.group(1)), frozenset())
        if len(countries) != 1 or record["country"] in countries:
            continue
        (country,) = countries
        slug = slugify(written)
        if is_town_of(written, country) or country in region_index().get(slug, ()):
            del records[actor_id]
            records[f"location:{slug}"] = {**record, "type": "location", "name": written, "country": country}


_REGION_AFTER = re.compile(r",\s+([A-ZÁÉÍÓÚ][\w-]+(?:\s+[A-ZÁÉÍÓÚ][\w-]+){0,2})\b")


def _placed_by_apposition(records: Records, text: str, us_states: Container[str]) -> None:
    """A listed place followed by ", <another country>" or an American state's abbreviation
    (`us_states`, AP style) is that country's namesake when GeoNames has one there: "Panama
    City, Fla." is in Florida, "Valencia, Venezuela" in Venezuela."""
    # a country named as such ("Valencia, Venezuela"; not a capital: "Moscow, Washington and Beijing")
    starts = {start: r["country"] for r in records.values() if r["country"] and r["type"] == "country"
              for (start, end), written in r["mentions"].items()
              if written == r["name"] and text[end:end + 2] not in ("'s", "’s")}  # not "Montana, Bulgaria's envoy"
    for record in records.values():
        if record["type"] != "location" or not record["country"]:
            continue
        for _, end in record["mentions"]:
            if (comma := _APPOSED.match(text, end)) is None:
                continue
            state = _STATE_AP.match(text, comma.end())
            country: str | None = None
            if state and state.group(1) in us_states:
                country = "USA"
                for other in records.values():  # "Fla." itself
                    if other["type"] == "location" and (comma.end(), state.end()) in other["mentions"]:
                        other["country"] = other["country"] or "USA"
            else:
                country = starts.get(comma.end())
            if country and country != record["country"]:
                if country in region_index().get(slugify(record["name"]), frozenset()) \
                        or is_town_of(record["name"], country):
                    record["country"] = country
                    break


def _listed_in_a_place(records: Records, text: str) -> None:
    """Places listed before ", na ilha da Madeira", ", in Ohio" are in that place's country when
    their own is named nowhere else in the article: "Câmara de Lobos, Ponta do Sol e Santana, na
    ilha da Madeira" (not the Santana of Brazil, the largest of that name)."""
    located = {start: (end, r["country"]) for r in records.values()
               if r["type"] in ("location", "country") and r["country"] for start, end in r["mentions"]}
    places = {start: (end, actor_id) for actor_id, r in records.items() if r["type"] == "location"
              for start, end in r["mentions"]}
    for start in sorted(places):
        chain, end = [places[start][1]], places[start][0]
        while (joined := _LIST_AFTER.match(text, end)) is not None and joined.end() in places:
            end, actor_id = places[joined.end()]
            chain.append(actor_id)
        if len(chain) < 2 or (within := _CONTAINED_IN_AREA.match(text, end)) is None \
                or (container := located.get(within.end())) is None:
            continue
        country, counts = container[1], _place_counts(records)
        for actor_id in chain:
            record = records[actor_id]
            here = dict(city_index().get(slugify(record["name"]), ()))
            if record["country"] is None or counts[record["country"]] <= len(record["mentions"]) \
                    and here.get(record["country"], 0) < BIG_CITY:
                # (its own country named nowhere else, and no big city of the name there: "San
                # Salvador y Tapachula, en México" keeps the capital of El Salvador)
                record["country"] = country


def _placed_in_canadian_provinces(records: Records, text: str, provinces: Container[str]) -> None:
    """A town followed by ", <province>." in the Canadian Press's style is in Canada ("Flin Flon,
    Man."); the abbreviation is no place of its own (Man in Côte d'Ivoire)."""
    abbreviations: set[tuple[int, int]] = set()
    for record in records.values():
        if record["type"] != "location":
            continue
        for _, end in record["mentions"]:
            if (comma := _APPOSED.match(text, end)) is not None and (state := _STATE_AP.match(text, comma.end())) \
                    and state.group(1) in provinces:
                record["country"] = "CAN"
                abbreviations.add((comma.end(), state.end() - 1))
    for actor_id in [i for i, r in records.items() if r["mentions"] and set(r["mentions"]) <= abbreviations]:
        del records[actor_id]


def _regions_of_named_countries(records: Records, unseen_locations: set[str], home: str | None) -> None:
    """A listed place that is a region of a country the article names is that region when the
    article names neither the place's listed country nor another place in it: "a província
    de Gaza" in a story on Mozambique is no part of Palestine. A listed place of no one
    country ("Punjab") is in the one named country that has a region or city of its name,
    unless the regions and cities of that name are in different countries (Jerusalem,
    Santiago). An article is read as naming the outlet's country too ("a província de Gaza"
    in a Mozambican paper)."""
    # (and the outlet's always: one namesake of a country, "Santa Lucía" the river, must not
    # take the outlet's regions abroad)
    named = {r["country"] for r in records.values() if r["type"] == "country" and r["country"]} \
        | ({home} if home else set())
    if not named:
        return
    placed = Counter(r["country"] for r in records.values() if r["type"] == "location" and r["country"])
    for actor_id, record in records.items():
        if record["type"] != "location" or record["country"] in named or actor_id in unseen_locations \
                or placed[record["country"]] > 1:  # "Montana" beside "Wyoming" stays American
            continue
        slug = slugify(record["name"])
        regions = region_index().get(slug, frozenset())
        if record["country"]:
            candidates = regions & named
        else:
            cities = {country for country, _ in city_index().get(slug, ())}
            if regions and cities and regions.isdisjoint(cities):
                continue
            candidates = (regions | cities) & named
            if home in regions | cities:
                candidates = frozenset({home})  # "the Punjab government" in a Pakistani paper: Pakistan's Punjab
        if len(candidates) == 1:
            record["country"] = next(iter(candidates))


def _place_counts(records: Records) -> Counter[str]:
    """Mentions of each country among the article's countries and places."""
    return Counter(r["country"] for r in records.values() if r["country"] and r["type"] in ("country", "location")
                   for _ in r["mentions"])


def _regions_in_bodies(records: Records) -> Counter[str]:
    """Mentions of bodies named with a region of their own country, which name that country as
    the region would: "Manitoba Pork" (CAN), "Texas Department of Agriculture" (USA), "Cotelco
    Antioquia" (COL); the region is in the name, not a mention of its own.

    Examples:
        >>> body = {"type": "organization", "country": "CAN", "name": "Manitoba Pork",
        ...         "mentions": {(0, 13): "Manitoba Pork", (40, 53): "Manitoba Pork"}}
        >>> _regions_in_bodies({"organization:manitoba-pork": body})
        Counter({'CAN': 2})
        >>> _regions_in_bodies({"organization:quelmo-pork": {**body, "name": "Quelmo Pork"}})
        Counter()
    """
    regions = region_index()
    counts: Counter[str] = Counter()
    for record in records.values():
        country, words = record["country"], record["name"].split()
        if record["type"] != "organization" or not country or len(words) < 2:
            continue
        ends = {" ".join(words[:k]) for k in (1, 2) if k < len(words)} | {" ".join(words[-k:]) for k in (1, 2)
                                                                           if k < len(words)}
        if any(regions.get(slugify(end)) == frozenset({country}) for end in ends):
            counts[country] += len(record["mentions"])
    return counts


def _home_cities(records: Records, unseen_locations: set[str], home: str) -> int:
    """Mentions of the places our tables lack that are cities of note in the outlet's country
    ("Auckland Mayor X" in the NZ Herald): they name the home country as much as its listed
    places do, before step 4 places them. So do the outlet country's bodies named with it
    ("a Cornelder de Moçambique", whose country's name is no mention of its own)."""
    names = _country_slugs(home)
    return sum(len(r["mentions"]) for actor_id, r in records.items()
               if actor_id in unseen_locations and r["country"] is None
               and any(country == home and population >= NOTED_POPULATION
                       for country, population in city_index().get(slugify(r["name"]), ()))
               or r["type"] == "organization" and r["country"] == home
               and any(slugify(r["name"]).endswith("-" + name) for name in names))


def _most_named(counts: Counter[str]) -> str | None:
    """The country named most, if one is named more often than any other."""
    ranked = counts.most_common(2)
    return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None


def is_home_news(url: str | None, home: str | None) -> bool:
    """Whether the article's URL files it under a section of the outlet's own country: its
    national news, or a section named after that country.

    Examples:
        >>> is_home_news("https://www.laprensagrafica.com/elsalvador/fiscalia-caso.html", "SLV")
        True
        >>> is_home_news("https://www.eltiempo.com/justicia/investigacion/caso.html", "COL")
        False
        >>> is_home_news("https://www.clarin.com/politica/milei.html", "ARG")
        True
    """
    if url is None or home is None:
        return False
    path = url.split("://", 1)[-1].partition("/")[2].lower()
    sections = {part for segment in path.split("/")[:-1] for part in (segment, segment.replace("-", ""))}
    return not sections.isdisjoint(_HOME_SECTIONS) or not sections.isdisjoint(_country_slugs(home))


@lru_cache(maxsize=64)
def _country_slugs(iso3: str) -> frozenset[str]:
    """The names of a country as a URL section spells them ("el-salvador", "elsalvador")."""
    names = {slugify(row["text"]) for row in read_table("countries") if row["iso3"] == iso3 and row["kind"] == "name"}
    return frozenset(names | {name.replace("-", "") for name in names})


def is_world_news(url: str | None) -> bool:
    """Whether the article's URL files it under the outlet's world news.

    Examples:
        >>> is_world_news("https://www.clarin.com/mundo/bolivia-filas_0_Hq3.html")
        True
        >>> is_world_news("https://www.bbc.com/news/world-africa-6812")
        True
        >>> is_world_news("https://www.lanacion.com.ar/el-mundo/bolivia-litio-nid03122024/")
        True
        >>> is_world_news("https://www.clarin.com/politica/milei.html"), is_world_news(None)
        (False, False)
    """
    return url is not None and _WORLD_SECTION.search(url) is not None


def clear_leader(counts: Counter[str], least: int, ratio: int) -> str | None:
    """The most counted key if it has at least `least` and `ratio` times the next one's count.

    Examples:
        >>> clear_leader(Counter({"ARG": 3, "USA": 1}), 2, 2)
        'ARG'
        >>> clear_leader(Counter({"ARG": 2, "USA": 2}), 2, 2) is None
        True
    """
    ranked = counts.most_common(2)
    if ranked and ranked[0][1] >= least and (len(ranked) == 1 or ranked[0][1] >= ratio * ranked[1][1]):
        return ranked[0][0]
    return None


def _resolve_people(records: Records) -> None:
    for actor_id, record in list(records.items()):
        if record["type"] != "person":
            continue
        # A one-word alias ("Haddad") names the listed person only when the text gives no other
        # full name: "Amira Haddad … Ms Haddad" is not Fernando Haddad.
        full = " " in record["name"]
        names = [name for name in record["mentions"].values() if " " in name or not full]
        person = find_person([record["name"], *names])
        if person is None and record["role"]:  # "King Charles", "rey Felipe": an alias with its title
            person = find_person([f"{record['role']} {name}" for name in names])
        if person is None:
            continue
        record["country"] = record["country"] or person.country
        if " " not in record["name"]:
            record["name"] = person.canonical  # "Lula" alone is named in full
        new_id = f"person:{slugify(person.canonical)}"
        if new_id == actor_id:
            continue
        del records[actor_id]
        if new_id in records:  # the same person written two ways ("Kim Jong-un", "Kim Jong Un")
            other = records[new_id]
            other["mentions"].update(record["mentions"])
            other["country"] = other["country"] or record["country"]
            other["role"] = other["role"] or record["role"]
            if len(record["name"]) > len(other["name"]):
                other["name"] = record["name"]
        else:
            records[new_id] = record


@lru_cache(maxsize=1)
def _shared_names() -> dict[str, frozenset[str]]:
    """actor_id -> the other countries whose party has its name (`actor_words.csv` shared_name)."""
    shared: dict[str, frozenset[str]] = {}
    for row in read_table("actor_words"):
        if row["kind"] == "shared_name":
            for item in row["text"].split("|"):
                name, _, countries = item.partition("=")
                shared[f"organization:{slugify(name)}"] = frozenset(countries.split())
    return shared


def _parties_at_home(records: Records, home: str | None) -> None:
    """"the Labour Party" in a Nigerian story is Nigeria's, "the Conservatives" in a Canadian
    one Canada's: a listed party whose name the story's country's party shares."""
    if home is None:
        return
    for actor_id, countries in _shared_names().items():
        if (record := records.get(actor_id)) is not None and home in countries:
            record["country"] = home


def _role_org_countries(records: Records) -> None:
    orgs = [(r["name"], r["country"]) for r in records.values() if r["type"] == "organization" and r["country"]]
    for record in records.values():
        if record["type"] != "person" or record["country"] or not record["role"]:
            continue
        words = record["role"].split()
        for i, word in enumerate(words[:-1]):
            if word.lower() in _LINKS and words[i + 1][:1].isupper():
                named = " ".join(words[i + 1:])
                # "porta-voz da Guarda Costeira"; "ministra da Indústria e Comércio" of the
                # "Ministério da Indústria e Comércio" the article names
                countries = {c for name, c in orgs if name == named or name.startswith(named + " ")
                             or name.endswith(" " + named) and name.lower().startswith(_MINISTRIES)}
                if len(countries) == 1:
                    record["country"] = countries.pop()
                break


def _home_countries(records: Records, lang: str, home: str | None, story: str | None,
                    abroad: str | None) -> None:
    """An unqualified institution is the outlet's (`home`): a paper qualifies a foreign one
    ("Ukraine's Interior Ministry"), unless the story is set abroad (`abroad`: its places
    name another country clearly and never the outlet's), where "la Policía Nacional" of an
    EFE story from Guayaquil is Ecuador's. A person with a national title is of the ministry
    the article names for it, when it has a country now ("a ministra da Indústria" of the
    "Ministério da Indústria" of an O País story), else of the country the story is about
    (`story`): "Governor Ron DeSantis" in a BBC story about Florida, else the outlet's when the
    places name no other ("Foreign Minister Ahmed Salem ... in Khartoum" on Al Jazeera is not
    Qatari)."""
    for record in records.values():
        if not record["country"] and record["type"] == "organization" \
                and is_national_institution(record["name"], lang, _LINKS):
            record["country"] = abroad or home
    _role_org_countries(records)
    for record in records.values():
        if not record["country"] and record["type"] == "person" and record["role"] \
                and is_national_title(record["role"], lang):
            record["country"] = story


def _located_countries(records: Records, text: str, unseen_locations: set[str], counts: Counter[str],
                       home: str | None, dominant: str | None, streets: Container[str]) -> None:
    waiting = [(actor_id, record) for actor_id in sorted(unseen_locations)
               if (record := records.get(actor_id)) is not None and not record["country"]]
    if not waiting:
        return  # about half the articles: no place counts needed
    country_at = {start: r["country"] for r in records.values() if r["country"]
                  and r["type"] in ("country", "location") for start, _ in r["mentions"]}
    # A place "in" another one takes its country, once that one has its own: "el municipio de
    # Palestina, en Caldas" waits for Caldas.
    placed_in = {actor_id: [match.end() for _, end in sorted(record["mentions"])
                            if (match := _CONTAINED_IN.match(text, end))] for actor_id, record in waiting}
    for actor_id, record in sorted(waiting, key=lambda item: bool(placed_in[item[0]])):
        country = next((country_at[start] for start in placed_in[actor_id] if start in country_at), None)
        if country is None:
            # "la calle Colombia" is in the story's country, not in one with a town of its name
            named_after = None if actor_id in streets else place_country(record["name"], counts, home, dominant)
            country = named_after or dominant
        record["country"] = country
        if country:
            country_at.update((start, country) for start, _ in record["mentions"])
