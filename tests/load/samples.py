"""Hand-built records shared by tests/load and tests/validate (offsets found with str.index).

The texts mix accents, a flag emoji (two code points) and a smiley so that every offset
check runs on non-ASCII text.
"""

from __future__ import annotations

import functools
import hashlib
from datetime import date

import polars as pl

from etl.load import build_tables
from etl.models import (
    Actor,
    DateMention,
    Duplicate,
    Mention,
    Published,
    Quantity,
    QuarantinedItem,
    Quote,
    Record,
    Source,
)
from etl.validate import QualityReport, check_tables

TEXT_PT = ("O ministro da Defesa 🇧🇷, José Múcio, disse que cerca de 10 mil soldados chegaram "
           "em junho de 2024. \"Estamos prontos\", afirmou Múcio à Agência Brasil.")
TEXT_EN = "Kim Jong Un 🙂 met officials on 30 November, according to KCNA."
TEXT_ES = "El gobierno de España anunció 3 medidas en 2023."


def doc_id_of(text: str) -> str:
    """The doc_id the pipeline gives a text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def span(text: str, needle: str, nth: int = 0) -> dict[str, object]:
    """start/end/text of the nth occurrence of `needle` in `text`."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return {"start": start, "end": start + len(needle), "text": needle}


def record_pt(text: str = TEXT_PT) -> Record:
    """A Portuguese record with every kind of item."""
    cue = span(text, "afirmou")
    obj = span(text, "soldados")
    title = span(text, "ministro da Defesa")
    return Record(
        doc_id=doc_id_of(text), input_id="pt-1", text=text, language="pt",
        url="https://example.org/pt-1", outlet="Agência Brasil", title="Tropas",
        published=Published(value="2024-06-30", precision="day"),
        actors=[
            Actor(actor_id="person:jose-mucio", name="José Múcio", type="person", country="BRA",
                  role="ministro da Defesa",
                  mentions=[Mention(**span(text, "José Múcio"), role=title["text"], role_start=title["start"],
                                    role_end=title["end"]),
                            Mention(**span(text, "Múcio", 1))]),
            Actor(actor_id="organization:agencia-brasil", name="Agência Brasil",
                  type="organization", country="BRA",
                  mentions=[Mention(**span(text, "Agência Brasil"))]),
        ],
        quantities=[Quantity(**span(text, "cerca de 10 mil soldados"), value=10000.0,
                             modifier="about", object="soldados", object_start=obj["start"],
                             object_end=obj["end"])],
        dates=[DateMention(**span(text, "junho de 2024"), value="2024-06", precision="month",
                           start_date=date(2024, 6, 1), end_date=date(2024, 6, 30))],
        sources=[Source(**span(text, "Múcio", 1), name="José Múcio", cue="afirmou",
                        cue_start=cue["start"], cue_end=cue["end"],
                        actor_id="person:jose-mucio")],
        quotes=[Quote(**span(text, "Estamos prontos"), speaker_actor_id="person:jose-mucio")],
    )


def record_en(text: str = TEXT_EN) -> Record:
    """An English record with an actor, a relative day and a source without an actor."""
    return Record(
        doc_id=doc_id_of(text), input_id="en-1", text=text, language="en",
        actors=[Actor(actor_id="person:kim-jong-un", name="Kim Jong Un", type="person",
                      country="PRK", mentions=[Mention(**span(text, "Kim Jong Un"))])],
        dates=[DateMention(**span(text, "30 November"), value="XXXX-11-30", precision="day",
                           relative=True)],
        sources=[Source(**span(text, "KCNA"), name="KCNA")],
    )


def record_es(text: str = TEXT_ES) -> Record:
    """A Spanish record with a quantity and a year."""
    return Record(
        doc_id=doc_id_of(text), input_id="es-1", text=text, language="es",
        actors=[Actor(actor_id="country:espana", name="España", type="country", country="ESP",
                      mentions=[Mention(**span(text, "España"))])],
        quantities=[Quantity(**span(text, "3 medidas"), value=3.0, object="medidas",
                             object_start=text.index("medidas"),
                             object_end=text.index("medidas") + len("medidas"))],
        dates=[DateMention(**span(text, "2023"), value="2023", precision="year",
                           start_date=date(2023, 1, 1), end_date=date(2023, 12, 31))],
    )


def quarantined() -> list[QuarantinedItem]:
    """Two inputs that did not become records."""
    return [
        QuarantinedItem(input_id="empty-1", stage="ingest", reason="empty-text",
                        message="the text is empty"),
        QuarantinedItem(input_id="bad-1", stage="validate", reason="invalid-record",
                        message="actors[0].mentions[0].start: Input should be greater than or "
                                "equal to 0", doc_id="0123456789abcdef"),
    ]


def duplicates() -> list[Duplicate]:
    """One input that repeats pt-1."""
    return [Duplicate(input_id="pt-1-copy", doc_id=doc_id_of(TEXT_PT), duplicate_of="pt-1")]


def sample_records() -> list[Record]:
    """The three sample records in input order."""
    return [record_pt(), record_en(), record_es()]


@functools.cache
def sample_tables() -> dict[str, pl.DataFrame]:
    """The tables of the sample records (built once per test process; do not mutate)."""
    return build_tables(sample_records(), quarantined(), duplicates())


@functools.cache
def sample_report() -> QualityReport:
    """The quality report of `sample_tables()` (the gate runs once per test process)."""
    return check_tables(sample_tables())
