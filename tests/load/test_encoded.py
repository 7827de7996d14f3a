"""Encoded rows: a chunk's NDJSON lines and record hashes, joined, equal the whole table's."""

from __future__ import annotations

import pytest

from etl.errors import PackageError
from etl.load.encoded import encode_rows, join_rows
from etl.load.frames import RECORD_TABLES, record_tables
from etl.load.package import PackageBuilder
from load.samples import sample_records, sample_report, sample_tables


@pytest.mark.parametrize("split", [[1, 2], [2, 1], [0, 3], [1, 1, 1]])
def test_encoded_join_of_chunks_equals_the_whole_table(split):
    records, chunks, start = sample_records(), [], 0
    for size in split:
        chunks.append(record_tables(records[start:start + size]))
        start += size
    whole = record_tables(records)
    for name in RECORD_TABLES:
        joined = join_rows([encode_rows(name, chunk[name]) for chunk in chunks])
        expected = encode_rows(name, whole[name])
        assert joined.rows == expected.rows == whole[name].height
        assert b"".join(joined.ndjson) == b"".join(expected.ndjson)
        if name == "records":
            assert joined.record_hashes.equals(expected.record_hashes)
        else:
            assert joined.record_hashes is expected.record_hashes is None


def test_encoded_package_is_byte_identical_to_one_encoded_by_the_writer(tmp_path):
    tables = sample_tables()
    encoded = {name: encode_rows(name, tables[name]) for name in RECORD_TABLES}
    paths = []
    for folder, given in (("plain", None), ("encoded", encoded)):
        builder = PackageBuilder(dist_dir=tmp_path / folder, dataset="news")
        builder.write(tables, given)
        paths.append(builder.finish(sample_report()).path)
    plain, done = paths
    assert sorted(p.name for p in done.iterdir()) == sorted(p.name for p in plain.iterdir())
    assert all((done / p.name).read_bytes() == p.read_bytes() for p in plain.iterdir())


def test_encoded_rows_of_another_batch_are_refused(tmp_path):
    tables = sample_tables()
    builder = PackageBuilder(dist_dir=tmp_path, dataset="news")
    try:
        with pytest.raises(PackageError, match="Table actors has 4 rows but 1 encoded rows"):
            builder.write(tables, {"actors": encode_rows("actors", tables["actors"].head(1))})
    finally:
        builder.abort()
