"""etl.validate.keys: keys across batches, on disk."""

from __future__ import annotations

import polars as pl

from etl.validate import keys as keys_module
from etl.validate.keys import KeyIndex


def test_repeated_marks_values_of_earlier_batches_only():
    keys = KeyIndex()
    first = keys.repeated("documents", "doc_id", pl.Series("doc_id", ["a", "b", "b"]))
    second = keys.repeated("documents", "doc_id", pl.Series("doc_id", ["c", "b", "a", "c"]))
    third = keys.repeated("documents", "doc_id", pl.Series("doc_id", ["c", "d"]))
    keys.close()
    assert first.to_list() == [False, False, False]  # within a batch is the caller's job
    assert second.to_list() == [False, True, True, False]
    assert third.to_list() == [True, False]


def test_repeated_keeps_each_table_and_column_apart():
    keys = KeyIndex()
    keys.repeated("documents", "doc_id", pl.Series("doc_id", ["a"]))
    assert keys.repeated("records", "doc_id", pl.Series("doc_id", ["a"])).to_list() == [False]
    assert keys.repeated("documents", "input_id", pl.Series("input_id", ["a"])).to_list() == [False]
    assert keys.repeated("records", "doc_id", pl.Series("doc_id", ["a"])).to_list() == [True]


def test_repeated_integer_keys_and_nulls():
    keys = KeyIndex()
    keys.repeated("quarantine", "ordinal", pl.Series("ordinal", [0, 1, None], dtype=pl.Int64))
    marks = keys.repeated("quarantine", "ordinal", pl.Series("ordinal", [2, 1, None], dtype=pl.Int64))
    assert marks.dtype == pl.Boolean
    assert marks.to_list()[:2] == [False, True]
    assert marks.to_list()[2] is not True  # a null is never a repeated key


def test_repeated_queries_in_bounded_parts(monkeypatch):
    monkeypatch.setattr(keys_module, "_QUERY_VALUES", 3)
    keys = KeyIndex()
    keys.repeated("documents", "doc_id", pl.Series("doc_id", [f"d{i}" for i in range(0, 10, 2)]))
    marks = keys.repeated("documents", "doc_id", pl.Series("doc_id", [f"d{i}" for i in range(10)]))
    assert marks.to_list() == [True, False] * 5


def test_repeated_empty_batch_and_close_twice():
    keys = KeyIndex()
    assert keys.repeated("documents", "doc_id", pl.Series("doc_id", [], dtype=pl.String)).to_list() == []
    keys.close()
    keys.close()
