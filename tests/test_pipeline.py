"""End to end on the seed article: the facts the foundation issue names, with exact spans."""

from __future__ import annotations

import json
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
        ("setembro passado", "2024-09", "month", date(2024, 9, 1), date(2024, 9, 30)),
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


_TEXTS = {
    "pt": "O ministro Carlos Silva disse em Lisboa que 300 soldados chegaram no dia 2 de maio.",
    "en": "Minister John Smith said in London that 300 soldiers arrived on 2 May.",
    "es": "El ministro Juan García dijo en Madrid que 300 soldados llegaron el 2 de mayo.",
}


@pytest.fixture(scope="module")
def chunk_task():
    from etl.ingest.metadata import parse_published
    from etl.models import Article

    articles = [Article(input_id=lang, text=text, language=lang,
                        published=parse_published("2024-05-0" + str(i + 1)))
                for i, (lang, text) in enumerate(_TEXTS.items())]
    return articles, [None] * len(articles), date(2024, 5, 3), True


def test_pipeline_chunk_tables_equal_the_tables_of_the_chunk_records(chunk_task):
    from etl.load import build_tables
    from etl.load.frames import RECORD_TABLES
    from etl.pipeline import extract_chunk, extract_chunk_tables
    from etl.validate.gate import check_chunk

    part = extract_chunk_tables(chunk_task)
    expected = build_tables([outcome for outcome, _ in extract_chunk(chunk_task)], [], [])
    assert list(part.tables) == list(RECORD_TABLES)
    for name in RECORD_TABLES:
        assert part.tables[name].equals(expected[name]), name
    assert part.checks == check_chunk(expected)
    assert all(check.success for check in part.checks)
    assert (part.quarantined, part.near_duplicates, part.newest_day) == ([None] * 3, 0, "2024-05-03")
    assert [json.loads(text)["doc_id"] for text in part.fresh] == expected["documents"]["doc_id"].to_list()


def test_pipeline_cached_json_takes_the_worker_path_of_a_fresh_extraction(chunk_task):
    from etl.pipeline import extract_chunk_tables

    fresh = extract_chunk_tables(chunk_task)
    articles, _, reference_date, _ = chunk_task
    hit = extract_chunk_tables((articles, fresh.fresh, reference_date, True))
    assert hit.fresh == [None] * 3
    assert all(hit.tables[name].equals(df) for name, df in fresh.tables.items())
    assert (hit.checks, hit.newest_day) == (fresh.checks, fresh.newest_day)


def test_pipeline_run_result_accounts_a_chunk_in_input_order(article):
    from etl.models import Duplicate, QuarantinedItem
    from etl.pipeline import ChunkPart, RunResult

    def quarantined(input_id: str, stage: str) -> QuarantinedItem:
        return QuarantinedItem(input_id=input_id, stage=stage, reason="empty-text", message="m")

    dup = Duplicate(input_id="d", doc_id="0" * 16, duplicate_of="a")
    items = [article("A", input_id="a"), quarantined("i", "ingest"), dup, article("B", input_id="b"),
             article("C", input_id="c")]
    part = ChunkPart(quarantined=[None, quarantined("b", "extract"), None], fresh=[None] * 3,
                     tables={}, checks=[], near_duplicates=1, newest_day="2024-05-02")
    result = RunResult(newest_day="2024-05-01")
    result.add_chunk(items, part)
    assert [(q.input_id, q.stage) for q in result.quarantined] == [("i", "ingest"), ("b", "extract")]
    assert result.duplicates == [dup]
    assert (result.inputs, result.record_count, result.near_duplicates, result.newest_day) == (
        5, 2, 1, "2024-05-02")
    assert result.summary() == "5 articles: 2 records, 2 quarantined, 1 duplicate"


def test_pipeline_an_article_that_breaks_a_rule_is_quarantined_and_the_run_goes_on(chunk_task, monkeypatch):
    from etl import __version__
    from etl.extract import nlp
    from etl.models import doc_id_for
    from etl.pipeline import extract_chunk

    process_text = nlp.process_text

    def fragile(text, language, **kwargs):
        if language == "en":
            raise IndexError("list index out of range\nmore detail")
        return process_text(text, language, **kwargs)

    monkeypatch.setattr(nlp, "process_text", fragile)
    done = extract_chunk(chunk_task)
    failed = done[1][0]
    assert [type(outcome).__name__ for outcome, _ in done] == ["RecordData", "QuarantinedItem", "RecordData"]
    assert (failed.input_id, failed.stage, failed.reason, failed.doc_id, done[1][1]) == (
        "en", "extract", "extraction-failed", doc_id_for(_TEXTS["en"]), None)
    assert failed.message == (f"extraction raised IndexError: list index out of range (etl {__version__}; "
                              "please report this input)")


def test_pipeline_a_pipeline_that_cannot_be_built_still_fails_the_run(chunk_task, monkeypatch):
    from etl.errors import ExtractError
    from etl.extract import nlp
    from etl.pipeline import extract_chunk

    def broken(text, language, **kwargs):
        raise ExtractError("reference table missing", "seeds/reference/months.csv", "Restore it.")

    monkeypatch.setattr(nlp, "process_text", broken)
    with pytest.raises(ExtractError, match="reference table missing"):
        extract_chunk(chunk_task)


@pytest.mark.parametrize("fails", [False, True])
def test_pipeline_rare_collections_restore_the_thresholds(fails):
    import contextlib
    import gc

    from etl.pipeline import _rare_collections

    before = gc.get_threshold()
    with contextlib.suppress(RuntimeError), _rare_collections():
        assert gc.get_threshold() == (10_000, 20, 20)
        if fails:
            raise RuntimeError("a batch failed")
    assert gc.get_threshold() == before
