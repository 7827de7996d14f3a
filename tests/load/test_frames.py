from __future__ import annotations

import duckdb
import polars as pl
import pytest
from polars.testing import assert_frame_equal

from etl.load import read_tables, table_specs
from etl.load.frames import FLAT_TABLES, polars_dtype
from etl.load.writers import write_csv, write_parquet
from etl.models import Actor, Duplicate, Record
from load.samples import TEXT_PT, sample_tables


@pytest.mark.parametrize("table,columns", [
    ("documents", ["doc_id", "input_id", "text", "language", "url", "outlet", "title",
                   "published_value", "published_precision", "near_duplicate_of"]),
    ("actors", ["doc_id", "ordinal", "actor_id", "name", "type", "country", "role"]),
    ("mentions", ["doc_id", "actor_id", "ordinal", "start", "end", "text", "role", "role_start",
                  "role_end"]),
    ("quotes", ["doc_id", "ordinal", "start", "end", "text", "speaker_actor_id"]),
    ("quarantine", ["ordinal", "input_id", "stage", "reason", "message", "doc_id"]),
    ("duplicates", ["ordinal", *Duplicate.model_fields]),
    ("records", list(Record.model_fields)),
])
def test_build_tables_columns_follow_models(table, columns):
    assert sample_tables()[table].columns == columns


def test_build_tables_dtypes_derive_from_models():
    assert sample_tables()["records"].schema["actors"] == polars_dtype(list[Actor])
    assert sample_tables()["dates"].schema["start_date"] == pl.Date()
    assert sample_tables()["quantities"].schema["value"] == pl.Float64()


def test_build_tables_row_order_is_doc_order_then_offsets():
    mentions = sample_tables()["mentions"]
    assert mentions.select("actor_id", "ordinal", "start").rows() == [
        ("person:jose-mucio", 0, TEXT_PT.index("José Múcio")),
        ("person:jose-mucio", 1, TEXT_PT.index("Múcio", TEXT_PT.index("Múcio") + 1)),
        ("organization:agencia-brasil", 0, TEXT_PT.index("Agência Brasil")),
        ("person:kim-jong-un", 0, 0),
        ("country:espana", 0, 15),
    ]
    assert sample_tables()["documents"]["input_id"].to_list() == ["pt-1", "en-1", "es-1"]


@pytest.mark.parametrize("table", FLAT_TABLES)
def test_csv_round_trip(tmp_path, table):
    df = sample_tables()[table]
    path = write_csv(tmp_path / f"{table}.csv", df)
    assert_frame_equal(pl.read_csv(path, schema=table_specs()[table].schema), df)


@pytest.mark.parametrize("table", list(table_specs()))
def test_parquet_round_trip_and_bytes_are_stable(tmp_path, table):
    df = sample_tables()[table]
    first = write_parquet(tmp_path / "a.parquet", df).read_bytes()
    second = write_parquet(tmp_path / "b.parquet", df).read_bytes()
    assert first == second
    assert_frame_equal(pl.read_parquet(tmp_path / "a.parquet"), df)


def test_read_tables_round_trip(tmp_path):
    for name, df in sample_tables().items():
        write_parquet(tmp_path / f"{name}.parquet", df)
    back = read_tables(tmp_path)
    assert list(back) == list(sample_tables())
    for name, df in sample_tables().items():
        assert_frame_equal(back[name], df)


def test_duckdb_reads_nested_records(tmp_path):
    path = write_parquet(tmp_path / "records.parquet", sample_tables()["records"])
    relation = duckdb.sql(f"SELECT doc_id, actors, dates FROM read_parquet('{path}')")
    assert [str(t) for t in relation.types] == [
        "VARCHAR",
        'STRUCT(actor_id VARCHAR, "name" VARCHAR, "type" VARCHAR, country VARCHAR, '
        '"role" VARCHAR, mentions STRUCT("start" BIGINT, "end" BIGINT, "text" VARCHAR, '
        '"role" VARCHAR, role_start BIGINT, role_end BIGINT)[])[]',
        'STRUCT("start" BIGINT, "end" BIGINT, "text" VARCHAR, "value" VARCHAR, '
        '"precision" VARCHAR, start_date DATE, end_date DATE, "relative" BOOLEAN)[]',
    ]
    rows = duckdb.sql(f"SELECT input_id, len(actors), actors[1].mentions[1].text, "
                      f"dates[1].start_date FROM read_parquet('{path}')").fetchall()
    assert [(r[0], r[1], r[2], str(r[3])) for r in rows] == [
        ("pt-1", 2, "José Múcio", "2024-06-01"),
        ("en-1", 1, "Kim Jong Un", "None"),
        ("es-1", 1, "España", "2023-01-01"),
    ]


def test_build_tables_from_record_dumps_equals_from_models():
    from etl.load import build_tables
    from load.samples import duplicates, quarantined, sample_records

    records = sample_records()
    from_models = build_tables(records, quarantined(), duplicates())
    from_dumps = build_tables([r.model_dump() for r in records], quarantined(), duplicates())
    assert list(from_dumps) == list(from_models)
    for name, df in from_models.items():
        assert_frame_equal(from_dumps[name], df)


def test_records_table_nests_every_list_in_record_order():
    from etl.load import build_tables
    from load.samples import record_pt, sample_records

    # Items out of offset order: the flat tables sort by offsets, the nested lists must not.
    pt = record_pt()
    mucio, agency = pt.actors
    mucio = mucio.model_copy(update={"mentions": mucio.mentions[::-1]})
    shuffled = pt.model_copy(update={"actors": [agency, mucio], "published": None})
    records = [shuffled, *sample_records()[1:]]
    nested = build_tables(records, [], [])["records"]
    assert nested.to_dicts() == [r.model_dump() for r in records]


def test_records_table_of_no_records_is_empty_with_the_nested_schema():
    from etl.load import build_tables, table_specs

    nested = build_tables([], [], [])["records"]
    assert nested.height == 0
    assert nested.schema == table_specs()["records"].schema
