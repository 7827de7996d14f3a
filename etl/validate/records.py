"""Re-validate candidate records (built unvalidated by extraction) against the contract."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from etl.models import QuarantinedItem, Record


@dataclass
class RecordValidation:
    """The records that passed, and a quarantine item for each one that did not."""

    records: list[Record] = field(default_factory=list)
    quarantined: list[QuarantinedItem] = field(default_factory=list)


def format_loc(loc: Iterable[Any]) -> str:
    """Render a pydantic error location as a field path.

    Examples:
        >>> format_loc(("actors", 0, "mentions", 1, "start"))
        'actors[0].mentions[1].start'
        >>> format_loc(())
        'record'
    """
    path = ""
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else f".{part}"
    return path.lstrip(".") or "record"


def format_errors(errors: list[Any]) -> str:
    """One `field.path: msg` line per pydantic error."""
    return "\n".join(f"{format_loc(error['loc'])}: {error['msg']}" for error in errors)


def _text_attribute(record: Any, name: str) -> str | None:
    value = getattr(record, name, None)
    return value if isinstance(value, str) else None


def validate_record(record: Any) -> Record | QuarantinedItem:
    """Validate one candidate; return the validated Record or its QuarantinedItem."""
    from pydantic import ValidationError

    from etl.models import QuarantinedItem, Record

    try:
        return Record.model_validate(record.model_dump(warnings=False))
    except ValidationError as e:
        message = format_errors(e.errors(include_url=False))
    except Exception as e:  # noqa: BLE001 - a candidate too broken to dump is still quarantined
        message = f"record: cannot be read ({type(e).__name__}: {e})"
    return QuarantinedItem(input_id=_text_attribute(record, "input_id") or "",
                           stage="validate", reason="invalid-record", message=message,
                           doc_id=_text_attribute(record, "doc_id"))


def validate_records(records: Iterable[Record]) -> RecordValidation:
    """Re-validate each candidate record with `Record.model_validate(record.model_dump())`.

    Args:
        records: Candidates, usually built with `Record.model_construct` (unvalidated).

    Returns:
        The valid records in input order, and one `invalid-record` QuarantinedItem per
        invalid one whose message has a `field.path: msg` line per error.
    """
    from etl.models import Record

    result = RecordValidation()
    for record in records:
        checked = validate_record(record)
        if isinstance(checked, Record):
            result.records.append(checked)
        else:
            result.quarantined.append(checked)
    return result
