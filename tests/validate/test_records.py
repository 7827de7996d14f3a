from __future__ import annotations

import pytest
from load.samples import TEXT_EN, doc_id_of, record_en

from etl.models import Actor, Mention, QuarantinedItem, Record
from etl.validate import validate_records
from etl.validate.records import format_loc


def _candidate(**changes: object) -> Record:
    """An unvalidated Record, as extraction builds them."""
    return Record.model_construct(**{**record_en().__dict__, **changes})


def _bad_mention() -> list[Actor]:
    actor = record_en().actors[0]
    mention = Mention.model_construct(start=-1, end=11, text="Kim Jong Un")
    return [Actor.model_construct(**{**actor.__dict__, "mentions": [mention]})]


@pytest.mark.parametrize("changes,message", [
    ({"language": "fr"}, "language: Input should be 'pt', 'en' or 'es'"),
    ({"actors": "not-a-list"}, "actors: Input should be a valid list"),
    ({"doc_id": "XYZ", "language": "de"},
     "doc_id: String should match pattern '^[0-9a-f]{16}$'\n"
     "language: Input should be 'pt', 'en' or 'es'"),
    ({"actors": _bad_mention()},
     "actors[0].mentions[0].start: Input should be greater than or equal to 0"),
    ({"quotes": [{"start": 0, "end": 3, "text": "Jon"}]},
     "record: Value error, quotes[0]: span text 'Jon' != text[0:3] 'Kim'"),
])
def test_validate_records_quarantines_invalid(changes, message):
    result = validate_records([_candidate(**changes)])
    assert result.records == []
    doc_id = changes.get("doc_id", doc_id_of(TEXT_EN))
    assert result.quarantined == [QuarantinedItem(
        input_id="en-1", stage="validate", reason="invalid-record", message=message,
        doc_id=doc_id)]


def test_validate_records_keeps_valid_in_order():
    good = _candidate()
    result = validate_records([_candidate(language="fr"), good, good])
    assert result.records == [record_en(), record_en()]
    assert [item.input_id for item in result.quarantined] == ["en-1"]


@pytest.mark.parametrize("loc,expected", [
    (("actors", 0, "mentions", 1, "start"), "actors[0].mentions[1].start"),
    (("language",), "language"),
    ((), "record"),
])
def test_format_loc_renders_field_paths(loc, expected):
    assert format_loc(loc) == expected


def _with_role(**role: object) -> list[Actor]:
    actor = record_en().actors[0]
    mention = Mention.model_construct(**{**actor.mentions[0].__dict__, **role})
    return [Actor.model_construct(**{**actor.__dict__, "mentions": [mention]})]


@pytest.mark.parametrize("role,message", [
    ({"role": "Kim", "role_start": 0, "role_end": 3}, None),
    ({"role": "Jon", "role_start": 0, "role_end": 3},
     "record: Value error, actors[0].mentions[0].role does not equal its text slice"),
    ({"role": "Kim", "role_start": 0},
     "record: Value error, actors[0].mentions[0]: role, role_start and role_end go together"),
])
def test_validate_records_checks_role_evidence(role, message):
    result = validate_records([_candidate(actors=_with_role(**role))])
    assert [item.message for item in result.quarantined] == ([message] if message else [])
