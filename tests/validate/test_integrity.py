from __future__ import annotations

import polars as pl
import pytest
from load.samples import duplicates, quarantined, sample_records

from etl.load import build_tables, table_specs
from etl.validate.counts import check_record_counts
from etl.validate.integrity import check_foreign_key


@pytest.fixture(scope="module")
def tables() -> dict[str, pl.DataFrame]:
    return build_tables(sample_records(), quarantined(), duplicates())


def _key(table: str, ref_table: str, field: str):
    return next(key for key in table_specs()[table].foreign_keys
                if key.ref_table == ref_table and field in key.fields)


@pytest.mark.parametrize("table,ref,field", [
    ("mentions", "actors", "actor_id"), ("sources", "actors", "actor_id"),
    ("quotes", "actors", "speaker_actor_id"), ("dates", "documents", "doc_id"),
])
def test_foreign_keys_resolve_on_valid_tables(tables, table, ref, field):
    key = _key(table, ref, field)
    assert check_foreign_key(table, tables[table], key, tables[ref]).success is True


@pytest.mark.parametrize("table,ref,field,bad,expected", [
    ("sources", "actors", "actor_id", "person:nobody",
     ("foreign-key(doc_id, actor_id -> actors.doc_id, actor_id)",
      "1 of 1 rows reference no actors row",
      [{"doc_id": "981becf8053406d4", "actor_id": "person:nobody"}])),
    ("quotes", "actors", "speaker_actor_id", "person:kim-jong-un",
     ("foreign-key(doc_id, speaker_actor_id -> actors.doc_id, actor_id)",
      "1 of 1 rows reference no actors row",
      [{"doc_id": "981becf8053406d4", "speaker_actor_id": "person:kim-jong-un"}])),
    ("dates", "documents", "doc_id", "ffffffffffffffff",
     ("foreign-key(doc_id -> documents.doc_id)", "3 of 3 rows reference no documents row",
      [{"doc_id": "ffffffffffffffff"}] * 3)),
])
def test_foreign_key_fails_on_dangling_key(tables, table, ref, field, bad, expected):
    df = tables[table].with_columns(pl.when(pl.col(field).is_not_null()).then(pl.lit(bad))
                                    .alias(field))
    result = check_foreign_key(table, df, _key(table, ref, field), tables[ref])
    assert (result.check, result.message, result.details["examples"]) == expected
    assert result.success is False


def test_record_counts_agree_on_valid_tables(tables):
    assert check_record_counts(tables).success is True


def test_record_counts_fail_when_flat_table_lost_a_row(tables):
    broken = {**tables, "dates": tables["dates"].tail(2)}
    result = check_record_counts(broken)
    assert (result.success, result.message) == (
        False, "1 of 3 documents have different counts in records and the flat tables "
               "(a null count means the doc_id is missing on one side)")
    example = result.details["examples"][0]
    assert (example["doc_id"], example["dates"], example["dates_in_records"]) == (
        "981becf8053406d4", 0, 1)
