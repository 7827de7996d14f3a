"""The etl_sources component (stub: to be implemented)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class SourcesComponent:
    def __init__(self, nlp: Language, name: str) -> None:
        self.lang = nlp.lang

    def __call__(self, doc: Doc) -> Doc:
        doc._.sources = []
        return doc


@Language.factory("etl_sources")
def make_sources(nlp: Language, name: str) -> SourcesComponent:
    return SourcesComponent(nlp, name)
