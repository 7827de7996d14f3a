"""The etl_quantities component (stub: to be implemented)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class QuantitiesComponent:
    def __init__(self, nlp: Language, name: str) -> None:
        self.lang = nlp.lang

    def __call__(self, doc: Doc) -> Doc:
        doc._.quantities = []
        return doc


@Language.factory("etl_quantities")
def make_quantities(nlp: Language, name: str) -> QuantitiesComponent:
    return QuantitiesComponent(nlp, name)
