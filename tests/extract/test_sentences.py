"""etl_sentencizer: the same sentence starts as spaCy's Sentencizer (quote marks are
sentence-final characters there too)."""

import pytest


@pytest.mark.parametrize("lang,text,expected", [
    ("pt", "O Sr. Kim chegou. «Ele disse.» Depois saiu!", ["O Sr. Kim chegou. «", "Ele disse.»",
                                                        "Depois saiu!"]),
    ("en", 'He left. "Why?" she asked... (Nobody knew.) Then', ['He left. "', 'Why?"',
                                                           "she asked... (Nobody knew.)", "Then"]),
    ("es", "¿Qué pasó? Nada. . . y", ["¿Qué pasó?", "Nada. . .", "y"]),
    ("pt", ".", ["."]),
])
def test_sentencizer_splits_like_spacy(lang, text, expected):
    from spacy.pipeline import Sentencizer

    from etl.extract.nlp import load_nlp

    nlp = load_nlp(lang)
    doc = nlp.get_pipe("etl_sentencizer")(nlp.make_doc(text))
    assert [sent.text for sent in doc.sents] == expected
    reference = Sentencizer()(nlp.make_doc(text))
    assert [token.is_sent_start for token in doc] == [token.is_sent_start for token in reference]


def test_sentencizer_empty_doc():
    from etl.extract.nlp import load_nlp

    nlp = load_nlp("en")
    assert len(nlp.get_pipe("etl_sentencizer")(nlp.make_doc(""))) == 0


@pytest.mark.parametrize("lang,text", [
    ("pt", "O Sr. Kim chegou. «Ele disse.» Depois saiu!\n\nE voltou?"),
    ("en", 'He left. "Why?" she asked...  (Nobody knew.) Then'),
])
def test_sentencizer_shares_the_components_doc_tokens(lang, text):
    """The token lists the sentencizer hands to the components are those they would read."""
    from etl.extract.nlp import load_nlp
    from etl.extract.patterns import DocTokens, doc_tokens

    nlp = load_nlp(lang)
    doc = nlp.get_pipe("etl_sentencizer")(nlp.make_doc(text))
    shared, fresh = doc_tokens(doc), DocTokens(doc)
    assert shared is doc.user_data["etl.tokens"]
    for name in DocTokens.__slots__:
        assert getattr(shared, name) == getattr(fresh, name), name
