"""Flatten a Record into non-overlapping labelled spans, for scoring against NER gold standards."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any, Literal

from etl.models import Article, Record

SpanLabel = Literal["PERSON", "ORG", "GPE", "LOC", "DATE", "QUANTITY"]
ACTOR_LABELS: dict[str, SpanLabel] = {
    "person": "PERSON", "organization": "ORG", "group": "ORG", "country": "GPE", "location": "LOC",
}


def annotate(record: Record) -> list[dict[str, int | str]]:
    """Labelled spans of a record: actor mentions, dates and quantities, without overlaps.

    Where spans overlap, the longer one wins (then the earlier one), so the output is a flat
    tagging like the CoNLL/HAREM gold standards.
    """
    spans: list[tuple[int, int, SpanLabel]] = []
    for actor in record.actors:
        label = ACTOR_LABELS[actor.type]
        spans += [(m.start, m.end, label) for m in actor.mentions]
    spans += [(d.start, d.end, "DATE") for d in record.dates]
    spans += [(q.start, q.end, "QUANTITY") for q in record.quantities]
    chosen: list[tuple[int, int, SpanLabel]] = []
    taken: list[tuple[int, int]] = []
    for start, end, label in sorted(spans, key=lambda s: (s[0] - s[1], s[0], s[2])):
        if all(end <= a or start >= b for a, b in taken):
            chosen.append((start, end, label))
            taken.append((start, end))
    return [{"start": s, "end": e, "label": label} for s, e, label in sorted(chosen)]


def annotate_jsonl(path: Path, *, reference_date: date | None = None) -> Iterator[dict[str, Any]]:
    """`{"input_id", "doc_id", "spans"}` for each JSONL line `{"id", "text", "language"?, ...}`.

    The text is used as given, so offsets match the input's; a line that cannot be
    annotated yields `{"input_id", "error"}` instead.
    """
    from etl.extract import extract_record
    from etl.ingest.metadata import parse_published
    from etl.ingest.readers import lone_surrogate

    with path.open("rb") as handle:
        for line_no, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            input_id = f"{path.as_posix()}:{line_no}"
            try:
                line = raw.decode("utf-8-sig")
            except UnicodeDecodeError as e:
                yield {"input_id": input_id, "error": f"line {line_no} is not UTF-8 ({e.reason}); "
                                                      "save the file as UTF-8"}
                continue
            try:
                value = json.loads(line)
                if not isinstance(value, dict) or not isinstance(value.get("text"), str):
                    yield {"input_id": input_id, "error": f"line {line_no}: not a JSON object with a 'text' string"}
                    continue
                if not value["text"].strip():
                    yield {"input_id": input_id, "error": f"line {line_no}: the text is empty"}
                    continue
                if problem := lone_surrogate(line.encode(), value):
                    yield {"input_id": input_id, "error": f"line {line_no}: {problem}"}
                    continue
                input_id = str(value.get("id") or input_id)
                article = Article(input_id=input_id, text=value["text"], language=value.get("language"),
                                  published=parse_published(value.get("published")))
            except (ValueError, TypeError) as e:
                yield {"input_id": input_id, "error": f"line {line_no}: {e}"}
                continue
            record = extract_record(article, reference_date=reference_date, times_of_day=True)
            if isinstance(record, Record):
                yield {"input_id": input_id, "doc_id": record.doc_id, "spans": annotate(record)}
            else:
                yield {"input_id": input_id, "error": record.message}
