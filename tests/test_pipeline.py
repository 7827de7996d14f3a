"""End to end on the seed article: the facts the foundation issue names, with exact spans."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from etl.models import Record

SEED_PATH = Path(__file__).resolve().parent.parent / "seeds" / "000_b11bf649713d4806.txt"


@pytest.fixture(scope="module")
def seed_record() -> Record:
    from etl.extract import extract_record
    from etl.ingest import ingest_articles


    [article] = ingest_articles([str(SEED_PATH)])
    record = extract_record(article, reference_date=date(2024, 11, 30))
    return Record.model_validate(record.model_dump())


@pytest.fixture(scope="module")
def seed_record_no_reference() -> Record:
    from etl.extract import extract_record
    from etl.ingest import ingest_articles


    [article] = ingest_articles([str(SEED_PATH)])
    return Record.model_validate(extract_record(article).model_dump())


def _actor(record: Record, actor_id: str):
    found = [a for a in record.actors if a.actor_id == actor_id]
    assert found, f"{actor_id} not in {[a.actor_id for a in record.actors]}"
    return found[0]


def test_pipeline_seed_metadata(seed_record):
    assert seed_record.language == "pt"
    assert seed_record.url == "https://vtcnews.vn/ong-kim-jong-un-noi-nga-co-quyen-tu-ve-truoc-ukraine-ar910542.html"
    assert seed_record.outlet == "VTC News"
    assert seed_record.published is None
    assert "Comentário (0)" not in seed_record.text
    assert seed_record.input_id == "seeds/000_b11bf649713d4806.txt" or seed_record.input_id.endswith(
        "/seeds/000_b11bf649713d4806.txt")


@pytest.mark.parametrize(
    "actor_id,type_,country,role,mentions",
    [
        ("person:kim-jong-un", "person", "PRK", "líder", {"Kim Jong-un", "Kim"}),
        ("person:andrei-belousov", "person", "RUS", "ministro da Defesa", {"Andrei Belousov", "Belousov"}),
        ("person:vladimir-putin", "person", "RUS", "presidente", {"Vladimir Putin", "Putin"}),
        ("person:joe-biden", "person", "USA", "presidente", {"Joe Biden"}),
        ("person:no-kwang-chol", "person", "PRK", "ministro da Defesa", {"No Kwang-chol"}),
        ("organization:kcna", "organization", None, None, {"KCNA"}),
        ("country:rus", "country", "RUS", None, {"Rússia", "Moscou"}),
        ("country:ukr", "country", "UKR", None, {"Ucrânia", "Kiev"}),
        ("country:usa", "country", "USA", None, {"EUA"}),
        ("country:prk", "country", "PRK", None, {"Coreia do Norte", "RPDC", "Pyongyang"}),
        ("country:kor", "country", "KOR", None, {"Coreia do Sul"}),
        ("location:kursk", "location", "RUS", None, {"Kursk"}),
    ],
)
def test_pipeline_seed_actors(seed_record, actor_id, type_, country, role, mentions):
    actor = _actor(seed_record, actor_id)
    assert actor.type == type_
    if country is not None:
        assert actor.country == country
    assert actor.role == role
    assert {m.text for m in actor.mentions} == mentions


def test_pipeline_seed_sr_kim_is_a_mention_of_kim_jong_un(seed_record):
    kim = _actor(seed_record, "person:kim-jong-un")
    starts = {m.start for m in kim.mentions}
    text = seed_record.text
    for honorific in ("disse o Sr. Kim", "entre o Sr. Kim", "que o Sr. Kim"):
        at = text.index(honorific) + len(honorific) - 3
        assert at in starts, honorific
    bare = text.index("No encontro, Kim") + len("No encontro, ")
    assert bare in starts


def test_pipeline_seed_spy_agency(seed_record):
    [agency] = [a for a in seed_record.actors
                if any(m.text == "agência de espionagem da Coreia do Sul" for m in a.mentions)]
    assert (agency.type, agency.country) == ("organization", "KOR")


def test_pipeline_seed_quantities(seed_record):
    got = [(q.text, q.value, q.modifier, q.object) for q in seed_record.quantities]
    assert got == [
        ("mais de 10.000", 10000.0, "more_than", "contêineres de munição"),
        ("mais de 10.000", 10000.0, "more_than", "soldados"),
    ]


def test_pipeline_seed_dates_with_reference(seed_record):
    got = [(d.text, d.value, d.precision, d.start_date, d.end_date) for d in seed_record.dates]
    assert got == [
        ("30 de novembro", "2024-11-30", "day", date(2024, 11, 30), date(2024, 11, 30)),
        ("junho", "2024-06", "month", date(2024, 6, 1), date(2024, 6, 30)),
        ("setembro passado", "2023-09", "month", date(2023, 9, 1), date(2023, 9, 30)),
    ]


def test_pipeline_seed_dates_without_reference(seed_record_no_reference):
    got = [(d.text, d.value, d.precision, d.start_date) for d in seed_record_no_reference.dates]
    assert got == [
        ("30 de novembro", "XXXX-11-30", "day", None),
        ("junho", "XXXX-06", "month", None),
        ("setembro passado", "XXXX-09", "month", None),
    ]


def test_pipeline_seed_sources(seed_record):
    attributions = {(s.text, s.cue, s.actor_id) for s in seed_record.sources if s.kind == "attribution"}
    agency = next(a.actor_id for a in seed_record.actors
                  if any(m.text == "agência de espionagem da Coreia do Sul" for m in a.mentions))
    assert ("agência de notícias KCNA", "informou", "organization:kcna") in attributions
    assert ("KCNA", "disse", "organization:kcna") in attributions
    assert ("agência de espionagem da Coreia do Sul", "de acordo com", agency) in attributions
    assert ("Kim", "disse", "person:kim-jong-un") in attributions
    assert ("Kim", "afirmou", "person:kim-jong-un") in attributions
    other = {(s.kind, s.name, s.cue) for s in seed_record.sources if s.kind != "attribution"}
    assert other == {
        ("photo_credit", "KCNA", "Foto"),
        ("article_url", seed_record.url, "Fonte"),
    }


def test_pipeline_seed_quote(seed_record):
    quotes = {(q.text[:40], q.speaker_actor_id) for q in seed_record.quotes}
    assert ("O governo, o exército e o povo da RPDC s", "person:kim-jong-un") in quotes


def test_pipeline_seed_every_span_is_its_text_slice(seed_record):
    spans = seed_record.iter_spans()
    assert len(spans) > 40
    for field, span in spans:
        assert seed_record.text[span.start:span.end] == span.text, field


def test_pipeline_record_data_is_a_plain_dump_that_gives_the_record_back():
    import pickle

    from load.samples import record_pt

    from etl.pipeline import RecordData

    record = record_pt()
    data = RecordData.of(record)
    assert type(pickle.loads(pickle.dumps(data))) is RecordData
    assert dict(data) == record.model_dump()
    assert data.to_record() == record
