"""etl_sources: exact sources (text, offset, cue, kind, actor) per language."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.tokens import Doc

from etl.extract.nlp import process_text

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_b11bf649713d4806.txt"


def run(lang: str, text: str) -> Doc:
    return process_text(text, lang)


def compact(doc: Doc) -> list[tuple[str, int, str | None, str, str | None]]:
    return [(s.text, s.start, s.cue, s.kind, s.actor_id) for s in doc._.sources]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        (
            "pt",
            '"Vamos vencer", disse o Sr. Tarvok. Segundo a agência Lusa, o ataque falhou. (Foto: Reuters)',
            [
                ("Tarvok", 28, "disse", "attribution", "person:tarvok"),
                ("agência Lusa", 46, "Segundo", "attribution", "organization:lusa"),
                ("Reuters", 84, "Foto", "photo_credit", "organization:reuters"),
            ],
        ),
        (
            "pt",
            "A KCNA disse que o líder norte-coreano Kim Jong-un viajou, de acordo com a agência de "
            "espionagem da Coreia do Sul.",
            [
                ("KCNA", 2, "disse", "attribution", "organization:kcna"),
                ("agência de espionagem da Coreia do Sul", 75, "de acordo com", "attribution",
                 "organization:national-intelligence-service"),
            ],
        ),
        # An ordinal "segundo" is not a cue; an unlinked source keeps its words.
        ("pt", "O segundo dia foi calmo, disse ontem o governo.",
         [("governo", 39, "disse", "attribution", None)]),
        (
            "en",
            "Mr. Austin told reporters the war would end, according to the Pentagon. (Photo: AFP)\n"
            "Source: https://example.com/news/1",
            [
                ("Austin", 4, "told", "attribution", "person:austin"),
                ("Pentagon", 62, "according to", "attribution", "organization:pentagon"),
                ("AFP", 80, "Photo", "photo_credit", "organization:afp"),
                ("https://example.com/news/1", 93, "Source", "article_url", None),
            ],
        ),
        # English inverts the verb only at the end of a clause: here the subject is on the left.
        ("en", "Zorblat Quennik, Freedonia's prime minister, said the U.S. would help.",
         [("Zorblat Quennik", 0, "said", "attribution", "person:zorblat-quennik")]),
        (
            "es",
            "«Es nuestro deber», afirmó la ministra Xalbora Pérez, según la agencia EFE.\n"
            "Fuente: https://example.es/a.html",
            [
                ("Xalbora Pérez", 39, "afirmó", "attribution", "person:xalbora-perez"),
                ("agencia EFE", 63, "según", "attribution", "organization:efe"),
                ("https://example.es/a.html", 84, "Fuente", "article_url", None),
            ],
        ),
    ],
)
def test_sources_extracts_exact_sources(lang: str, text: str, expected: list[tuple]) -> None:
    assert compact(run(lang, text)) == expected


def test_sources_finds_the_seed_facts() -> None:
    doc = run("pt", SEED.read_text(encoding="utf-8"))
    assert [(s.text, s.cue, s.kind, s.actor_id) for s in doc._.sources] == [
        ("agência de notícias KCNA", "informou", "attribution", "organization:kcna"),
        ("Kim", "afirmou", "attribution", "person:kim-jong-un"),
        ("Kim", "disse", "attribution", "person:kim-jong-un"),
        ("KCNA", "Foto", "photo_credit", "organization:kcna"),
        ("KCNA", "disse", "attribution", "organization:kcna"),
        ("agência de espionagem da Coreia do Sul", "de acordo com", "attribution",
         "organization:national-intelligence-service"),
        ("Belousov", "disse", "attribution", "person:andrei-belousov"),
        ("KCNA", "disse", "attribution", "organization:kcna"),
        ("https://vtcnews.vn/ong-kim-jong-un-noi-nga-co-quyen-tu-ve-truoc-ukraine-ar910542.html",
         "Fonte", "article_url", None),
    ]


def test_sources_spans_and_cues_equal_their_text_slice() -> None:
    text = SEED.read_text(encoding="utf-8")
    doc = run("pt", text)
    assert all(text[s.start:s.end] == s.text == s.name for s in doc._.sources)
    assert all(text[s.cue_start:s.cue_end] == s.cue for s in doc._.sources)


def test_sources_overlap_their_actor_mention() -> None:
    doc = run("pt", SEED.read_text(encoding="utf-8"))
    mentions = {a.actor_id: a.mentions for a in doc._.actors}
    for source in doc._.sources:
        if source.actor_id is not None:
            assert any(m.start < source.end and source.start < m.end for m in mentions[source.actor_id])
