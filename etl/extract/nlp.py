"""Build one spaCy pipeline per language (a blank tokenizer plus our rule components) and run it."""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from etl.models import Article


@cache
def load_nlp(lang: str) -> Language:
    """Return the (cached) pipeline for `lang` ('pt', 'en' or 'es')."""
    import spacy
    from spacy.symbols import ORTH

    from etl.extract.components import COMPONENT_NAMES

    nlp = spacy.blank(lang)
    # spaCy splits a sentence's final period off "KFC." and "PayPal." but not off a capital
    # after a lower-case letter ("SpaceX.", "iPhoneX.") or after "&" ("AT&T."): the name then
    # never matches. Abbreviations ("U.S.", "Inc.", "J.P.") keep their periods.
    # A dash after a point or bracket ends a Spanish dateline: "MADRID (Europa Press).-".
    suffixes = [*(nlp.Defaults.suffixes or ()), r"(?<=[a-z&][A-Z])\.", r"(?<=[.)])[-—–]"]
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search  # type: ignore[union-attr]
    # Honorifics and abbreviated titles keep their period ("Lt. Col. Emeka Ibrahim", "o Cel. Silva"):
    # split off, it would end a sentence before the name.
    for word in _abbreviations(lang):
        nlp.tokenizer.add_special_case(word, [{ORTH: word}])  # type: ignore[union-attr]
    nlp.add_pipe("etl_sentencizer")  # spaCy's "sentencizer", on token arrays
    for name in COMPONENT_NAMES:
        nlp.add_pipe(name)
    return nlp


def _abbreviations(lang: str) -> list[str]:
    """The words with a final period among the language's honorifics and abbreviated titles
    (titles.csv), e.g. "Lt.", "Capt.", "Cel.", "Tte.", and companies' legal forms ("Pvt.",
    "Ltda."): two letters or more before the period."""
    from etl.extract.components._actors_gazetteer import split_cell
    from etl.extract.reference import rows_for_language

    words = {word for row in rows_for_language("titles", lang) if row["kind"] in ("honorific", "abbreviation")
             for cell in split_cell(row["text"]) for word in cell.split("=")[0].split()}
    # and companies' legal forms ("Engineers Pvt. Ltd.": "Pvt" split from its period ended the name)
    words |= {word for row in rows_for_language("actor_words", lang) if row["kind"] == "org_suffix"
              for word in split_cell(row["text"])}
    return sorted(word for word in words if word.endswith(".") and len(word) >= 3 and word[:-1].isalpha())


def process_text(text: str, lang: str, *, reference_date: date | None = None,
                 article: Article | None = None) -> Doc:
    """Run the language's pipeline over `text`: the one way every caller processes a text.

    The results are on the Doc: `doc._.actors`, `.quantities`, `.dates`, `.sources`, `.quotes`.
    """
    nlp = load_nlp(lang)
    doc = nlp.make_doc(text)
    # spaCy's tokenizer is non-destructive (doc.text == text), and doc.text rebuilds the
    # string from the tokens on every access: the components read this one (`doc_text`).
    doc.user_data["etl.text"] = text
    doc._.article = article
    doc._.reference_date = reference_date
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc
