"""The etl_quotes component (stub: to be implemented)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class QuotesComponent:
    def __init__(self, nlp: Language, name: str) -> None:
        self.lang = nlp.lang

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = []
        return doc


@Language.factory("etl_quotes")
def make_quotes(nlp: Language, name: str) -> QuotesComponent:
    return QuotesComponent(nlp, name)
