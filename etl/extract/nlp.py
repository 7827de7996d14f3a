"""Build one spaCy pipeline per language: a blank tokenizer plus our rule components."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language


@cache
def load_nlp(lang: str) -> Language:
    """Return the (cached) pipeline for `lang` ('pt', 'en' or 'es')."""
    import spacy

    from etl.extract.components import COMPONENT_NAMES

    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    for name in COMPONENT_NAMES:
        nlp.add_pipe(name)
    return nlp
