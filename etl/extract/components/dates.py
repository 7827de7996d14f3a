"""The etl_dates component (stub: to be implemented)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class DatesComponent:
    def __init__(self, nlp: Language, name: str) -> None:
        self.lang = nlp.lang

    def __call__(self, doc: Doc) -> Doc:
        doc._.dates = []
        return doc


@Language.factory("etl_dates")
def make_dates(nlp: Language, name: str) -> DatesComponent:
    return DatesComponent(nlp, name)
