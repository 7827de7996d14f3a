"""Writers: Parquet tables in fixed row groups and part files, multipart hashes."""

from __future__ import annotations

import hashlib

import polars as pl
import pyarrow.parquet as pq
import pytest

from etl.load.writers import (
    ParquetTableWriter,
    parquet_tables,
    part_path,
    sha256_files,
    write_checksums,
)

SCHEMA = pl.Schema({"doc_id": pl.String, "ordinal": pl.Int64})


def _rows(n: int) -> pl.DataFrame:
    return pl.DataFrame({"doc_id": [f"d{i:02d}" for i in range(n)], "ordinal": list(range(n))},
                        schema=SCHEMA)


def _write(directory, batches: list[int], *, row_group_size: int = 3, part_row_groups: int = 2):
    writer = ParquetTableWriter(directory / "mentions.parquet", SCHEMA, row_group_size=row_group_size,
                                part_row_groups=part_row_groups)
    start = 0
    for size in batches:
        writer.write(_rows(start + size).slice(start))
        start += size
    return writer.close()


@pytest.mark.parametrize("rows,names,groups", [
    (14, ["mentions.parquet", "mentions.part-00001.parquet", "mentions.part-00002.parquet"],
     [[3, 3], [3, 3], [2]]),
    (12, ["mentions.parquet", "mentions.part-00001.parquet"], [[3, 3], [3, 3]]),  # no empty part
    (6, ["mentions.parquet"], [[3, 3]]),
    (0, ["mentions.parquet"], [[0]]),
])
def test_writers_parquet_table_continues_in_parts_of_whole_row_groups(tmp_path, rows, names, groups):
    paths = _write(tmp_path, [rows])
    assert [p.name for p in paths] == names
    assert [[pq.ParquetFile(p).metadata.row_group(i).num_rows
             for i in range(pq.ParquetFile(p).metadata.num_row_groups)] for p in paths] == groups
    assert pl.read_parquet(paths).equals(_rows(rows))


def test_writers_parquet_parts_are_the_same_bytes_however_rows_were_batched(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    one, many = _write(tmp_path / "a", [14]), _write(tmp_path / "b", [1, 5, 2, 6])
    assert len(one) == 3
    assert [p.read_bytes() for p in one] == [p.read_bytes() for p in many]


def test_writers_parquet_bytes_do_not_depend_on_how_a_frame_is_chunked(tmp_path):
    # A string column whose dictionary outgrows pyarrow's 1 MiB limit falls back to plain
    # encoding at a point that depends on the Arrow chunks written: a batch concatenated
    # from worker chunks must give the bytes of the same rows in one piece.
    schema = pl.Schema({"text": pl.String})
    texts = [f"{i:05d} " + hashlib.sha256(str(i).encode()).hexdigest() * 60 for i in range(600)]
    whole = pl.DataFrame({"text": texts}, schema=schema)
    chunked = pl.concat([whole.slice(start, 100) for start in range(0, 600, 100)], rechunk=False)
    assert chunked.n_chunks() == 6
    paths = []
    splits = {"one": [whole], "chunked": [chunked], "batches": [chunked.head(250), chunked.slice(250)]}
    for name, frames in splits.items():
        writer = ParquetTableWriter(tmp_path / f"{name}.parquet", schema, row_group_size=600)
        for frame in frames:
            writer.write(frame)
        paths += writer.close()
    assert len({path.read_bytes() for path in paths}) == 1
    assert pl.read_parquet(paths[1]).equals(whole)


def test_writers_parquet_tables_groups_parts_in_order(tmp_path):
    for name in ["records.part-00002.parquet", "records.parquet", "actors.parquet",
                 "records.part-00001.parquet", "records.csv"]:
        (tmp_path / name).write_bytes(b"")
    assert {name: [p.name for p in paths] for name, paths in parquet_tables(tmp_path).items()} == {
        "actors": ["actors.parquet"],
        "records": ["records.parquet", "records.part-00001.parquet", "records.part-00002.parquet"],
    }


def test_writers_part_path_numbers_the_parts_after_the_first(tmp_path):
    first = tmp_path / "dates.parquet"
    assert [part_path(first, i).name for i in (0, 1, 12345)] == [
        "dates.parquet", "dates.part-00001.parquet", "dates.part-12345.parquet"]


def test_writers_sha256_files_hashes_the_parts_one_after_another(tmp_path):
    (tmp_path / "a").write_bytes(b"abc")
    (tmp_path / "b").write_bytes(b"def")
    assert sha256_files([tmp_path / "a", tmp_path / "b"]) == hashlib.sha256(b"abcdef").hexdigest()


def test_make_temp_dir_removes_what_a_killed_run_left(tmp_path):
    import os

    from etl.load.writers import make_temp_dir

    stale = tmp_path / ".tmp-build-4194305"  # above Linux's largest pid: no such process
    (stale / "part").mkdir(parents=True)
    alive = tmp_path / f".tmp-build-{os.getppid()}"  # a running process: another run's
    alive.mkdir()
    made = make_temp_dir(tmp_path, ".tmp-build-")
    assert (made.name, stale.exists(), alive.exists()) == (f".tmp-build-{os.getpid()}", False, True)


@pytest.mark.parametrize("hashed,expected", [
    (None, hashlib.sha256(b"a,b\n").hexdigest()),
    ({"a.csv": "0" * 64}, "0" * 64),  # the data files' hashes are taken as given, not read again
])
def test_writers_checksums_take_the_hashes_given(tmp_path, hashed, expected):
    (tmp_path / "a.csv").write_bytes(b"a,b\n")
    write_checksums(tmp_path, hashed=hashed)
    assert (tmp_path / "SHA256SUMS").read_text() == f"{expected}  a.csv\n"
