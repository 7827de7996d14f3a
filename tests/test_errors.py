"""Errors: raised in a worker process, they reach the main process whole."""

from __future__ import annotations

import pickle

import pytest

from etl.errors import ExtractError, IngestError, PackageError, RecordSchemaError


@pytest.mark.parametrize("error", [
    ExtractError("reference table missing", "seeds/reference/months.csv", "Restore it."),
    IngestError("No such file or folder", "in/", "Check the path."),
    PackageError("Table records changed columns between batches", "dist/x", "Rebuild it."),
])
def test_errors_survive_pickling_with_their_facts(error):
    copy = pickle.loads(pickle.dumps(error))
    assert (type(copy), str(copy), copy.what, copy.where, copy.fix) == (
        type(error), str(error), error.what, error.where, error.fix)


def test_errors_record_schema_error_keeps_its_report_through_pickling():
    copy = pickle.loads(pickle.dumps(RecordSchemaError("2 checks failed", report={"failed": 2})))
    assert (type(copy), str(copy), copy.report) == (RecordSchemaError, "2 checks failed", {"failed": 2})


def _broken(chunk):
    raise ExtractError("reference table missing", "seeds/reference/months.csv", "Restore it.")


def test_errors_an_error_raised_in_a_pool_worker_fails_the_run():
    from etl.extract.parallel import LocalExecutor

    executor = LocalExecutor(2, in_flight=2)
    try:
        with pytest.raises(ExtractError, match=r"reference table missing \(seeds/reference/months.csv\)"):
            list(executor.map(_broken, [[1], [2]]))
    finally:
        executor.close()
