"""The etl_actors component (stub: to be implemented)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class ActorsComponent:
    def __init__(self, nlp: Language, name: str) -> None:
        self.lang = nlp.lang

    def __call__(self, doc: Doc) -> Doc:
        doc._.actors = []
        return doc


@Language.factory("etl_actors")
def make_actors(nlp: Language, name: str) -> ActorsComponent:
    return ActorsComponent(nlp, name)
