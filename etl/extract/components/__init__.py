"""spaCy components, one per file. Importing this package registers their factories.

Each component reads earlier results from the Doc and writes its own list of
`etl.models` objects to a Doc extension:

    etl_sentencizer -> etl_dates (doc._.dates) -> etl_quantities (doc._.quantities)
    -> etl_actors (doc._.actors) -> etl_currencies (the unit of "pesos" or "$", by country)
    -> etl_sources (doc._.sources) -> etl_quotes (doc._.quotes)

`doc._.reference_date` (a `datetime.date` or None) is set before the components run:
the publication date, or the user's --reference-date. `doc._.article` is the
`etl.models.Article` being processed (URL, outlet, declared language), or None.
"""

from spacy.tokens import Doc

for _name in ("article", "reference_date", "dates", "quantities", "actors", "sources", "quotes"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

from etl.extract.components import (  # noqa: E402,F401
    actors,
    currencies,
    dates,
    quantities,
    quotes,
    sentences,
    sources,
)

COMPONENT_NAMES = ("etl_dates", "etl_quantities", "etl_actors", "etl_currencies", "etl_sources", "etl_quotes")
