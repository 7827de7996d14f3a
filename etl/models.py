"""The record contract: pydantic models are the single source of truth.

`make schemas` exports these models to `schemas/` as JSON Schema, and the table
layout of the published package (`etl.load.frames`) is derived from them.
Offsets everywhere are Python string indices into `Record.text`, end exclusive.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from datetime import date
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION = "1"

ActorType = Literal["person", "organization", "country", "location", "group"]
Modifier = Literal[
    "exact", "about", "more_than", "less_than", "at_least", "at_most", "almost", "range", "vague"
]
Precision = Literal["year", "season", "month", "week", "day"]
SourceKind = Literal["attribution", "photo_credit", "article_url"]
Language = Literal["pt", "en", "es"]
QuarantineReason = Literal[
    "empty-text",
    "unsupported-language",
    "undecodable",
    "bad-json-line",
    "not-an-object",
    "missing-text",
    "too-large",
    "unsupported-format",
    "unreadable",
    "bad-csv-row",
    "bad-metadata",
    "invalid-record",
    "extraction-failed",
]

ISO3_PATTERN = r"^[A-Z]{3}$"
# One ISO 8601 date at year, month, week or day precision, or a season as ISO 8601-2 (EDTF)
# writes it, with 21-24 in the month place (2003-22 = summer 2003); X marks unknown digits.
_DATE_PART = r"[0-9X]{4}(-W[0-9X]{2}|-[0-9X]{2}(-[0-9X]{2})?)?"
DATE_VALUE_PATTERN = rf"^{_DATE_PART}(/{_DATE_PART})?$"
_PRECISION_OF_PART = {
    re.compile(r"^[0-9X]{4}$"): "year",
    re.compile(r"^[0-9X]{4}-2[1-4]$"): "season",
    re.compile(r"^[0-9X]{4}-[0-9X]{2}$"): "month",
    re.compile(r"^[0-9X]{4}-W[0-9X]{2}$"): "week",
    re.compile(r"^[0-9X]{4}-[0-9X]{2}-[0-9X]{2}$"): "day",
}


def doc_id_for(text: str) -> str:
    """The stable document id: the first 16 hex digits of the SHA-256 of the text.

    Examples:
        >>> doc_id_for("Kim")
        'd25949ef9e762fe7'
    """
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@lru_cache(maxsize=4096)
def precision_of(value: str) -> str | None:
    """Return the precision an ISO 8601 value is written at (the first part of an interval).

    Examples:
        >>> precision_of("2024-11")
        'month'
        >>> precision_of("XXXX-11-30")
        'day'
        >>> precision_of("1950/1953")
        'year'
        >>> precision_of("2003-22")  # summer 2003 (ISO 8601-2 season code)
        'season'
    """
    part = value.split("/", 1)[0]
    for pattern, precision in _PRECISION_OF_PART.items():
        if pattern.match(part):
            return precision
    return None


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False)


class Span(_Model):
    """A piece of evidence: `text == record.text[start:end]`."""

    start: int = Field(ge=0, description="Start offset (Python string index) into the record text")
    end: int = Field(gt=0, description="End offset, exclusive")
    text: str = Field(min_length=1, description="The exact characters text[start:end]")

    @model_validator(mode="after")
    def _check_order(self) -> Span:
        if self.end <= self.start:
            raise ValueError(f"span end {self.end} must be greater than start {self.start}")
        if len(self.text) != self.end - self.start:
            raise ValueError(
                f"span text {self.text!r} has length {len(self.text)}, "
                f"but end - start is {self.end - self.start}"
            )
        return self


class Mention(Span):
    """One place in the text where an actor is named, with the title that introduces it there.

    The title is the evidence of the actor's role: "o ministro da Defesa russo, Andrei
    Belousov" gives the mention "Andrei Belousov" the role "ministro da Defesa" (the actor's
    `role` is its normalised form). Honorifics ("Sr.", "Dr.") are not roles.
    """

    role: str | None = Field(default=None, min_length=1, description="The title as written at this mention, "
                             "e.g. 'Ministro da Defesa', before or after the name")
    role_start: int | None = Field(default=None, ge=0, description="Offset of the title")
    role_end: int | None = Field(default=None, gt=0, description="End offset of the title")
    # role, role_start and role_end go together: `Record` checks them with the slice (a
    # validator here would be one more Python call for each of the many mentions).


class Actor(_Model):
    """A person, organisation, country, location or group named in the article."""

    actor_id: str = Field(
        pattern=r"^(person|organization|country|location|group):[a-z0-9][a-z0-9-]*$",
        description="Stable across articles: '<type>:<slug of canonical name>', e.g. person:kim-jong-un",
    )
    name: str = Field(min_length=1, description="Canonical name (the longest or reference form)")
    type: ActorType = Field(description="person, organization, country, location or group")
    country: str | None = Field(default=None, pattern=ISO3_PATTERN, description="ISO 3166-1 alpha-3")
    role: str | None = Field(default=None, description="Title or function, e.g. 'ministro da Defesa'")
    mentions: list[Mention] = Field(min_length=1, description="Every place the text names this actor")


class Quantity(Span):
    """A counted or measured amount; the span covers modifier, number and unit."""

    value: float = Field(description="The number, in base units (10.000 and 10 mil are 10000)")
    value_max: float | None = Field(default=None, description="Upper bound of a range")
    modifier: Modifier = Field(default="exact", description="exact, about, more_than, less_than, at_least, "
                               "at_most, almost, range or vague ('mais de' is more_than)")
    unit: str | None = Field(default=None, description="Unit or currency code, e.g. 'km', 'USD', '%'")
    object: str | None = Field(default=None, description="What is counted, e.g. 'soldados'")
    object_start: int | None = Field(default=None, ge=0, description="Offset of the object")
    object_end: int | None = Field(default=None, gt=0, description="End offset of the object")

    @model_validator(mode="after")
    def _check_quantity(self) -> Quantity:
        if self.value_max is not None and self.value_max < self.value:
            raise ValueError(f"value_max {self.value_max} is below value {self.value}")
        if self.modifier == "range" and self.value_max is None:
            raise ValueError("a range quantity needs value_max")
        unset = (self.object is None) + (self.object_start is None) + (self.object_end is None)
        if unset not in (0, 3):
            raise ValueError("object, object_start and object_end go together")
        return self


class DateMention(Span):
    """A date expression, normalised to ISO 8601 at the precision the text supports."""

    value: str = Field(pattern=DATE_VALUE_PATTERN, description="e.g. 2024, 2024-06, XXXX-11-30")
    precision: Precision = Field(description="year, season (21-24: spring, summer, autumn, winter; the "
                                             "dates cover the whole year, as the hemisphere is unknown), "
                                             "month, week or day")
    start_date: date | None = Field(default=None, description="First day the value covers")
    end_date: date | None = Field(default=None, description="Last day the value covers")
    relative: bool = Field(default=False, description="Resolved against a reference date")

    @model_validator(mode="after")
    def _check_date(self) -> DateMention:
        written = precision_of(self.value)
        if written != self.precision:
            raise ValueError(
                f"precision {self.precision!r} does not match value {self.value!r} ({written})"
            )
        if (self.start_date is None) != (self.end_date is None):
            raise ValueError("start_date and end_date are both set or both null")
        if self.start_date and self.end_date and self.start_date > self.end_date:
            raise ValueError(f"start_date {self.start_date} is after end_date {self.end_date}")
        if self.start_date is None and "X" not in self.value.split("/")[0][:4]:
            raise ValueError(f"value {self.value!r} has a known year but no start_date/end_date")
        return self


class Source(Span):
    """Who information is attributed to; the span covers the source as named."""

    name: str = Field(min_length=1, description="The source as the text names it (a URL for article_url)")
    cue: str | None = Field(default=None, description="The attribution cue, e.g. 'informou'")
    cue_start: int | None = Field(default=None, ge=0, description="Offset of the cue")
    cue_end: int | None = Field(default=None, gt=0, description="End offset of the cue")
    kind: SourceKind = Field(default="attribution", description="attribution, photo_credit or article_url")
    actor_id: str | None = Field(default=None, description="The actor the source is, if it is one")


class Quote(Span):
    """A direct quotation; the span is the quoted words without the quotation marks."""

    speaker_actor_id: str | None = Field(default=None, description="The actor who said it, if known")


class Published(_Model):
    """The publication date, at the precision the input gives."""

    value: str = Field(pattern=DATE_VALUE_PATTERN, description="ISO 8601: 2024, 2024-11 or 2024-11-30")
    precision: Precision = Field(description="year, month or day")

    @model_validator(mode="after")
    def _check_precision(self) -> Published:
        if precision_of(self.value) != self.precision:
            raise ValueError(f"precision {self.precision!r} does not match value {self.value!r}")
        return self


class Article(_Model):
    """One input item after ingest: the text all offsets will index into, plus metadata."""

    input_id: str = Field(min_length=1)
    text: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: Published | None = None
    language: str | None = Field(default=None, description="Declared language, if any")
    near_duplicate_of: str | None = Field(
        default=None, description="doc_id of an earlier input with nearly the same text"
    )


class Record(_Model):
    """The extracted, evidence-linked record of one article."""

    doc_id: str = Field(pattern=r"^[0-9a-f]{16}$", description="sha256 of the text, 16 hex digits")
    input_id: str = Field(description="The input's id field, or its path (with :line for JSONL)")
    text: str = Field(description="The exact text all offsets index into (NFC, Unix line ends)")
    language: Language = Field(description="ISO 639-1 code: declared in the input, else detected")
    url: str | None = Field(default=None, description="The article's URL")
    outlet: str | None = Field(default=None, description="The publishing outlet, from metadata or the URL")
    title: str | None = Field(default=None, description="The headline, if the input has one")
    published: Published | None = Field(default=None, description="Publication date, if known")
    near_duplicate_of: str | None = Field(
        default=None,
        pattern=r"^[0-9a-f]{16}$",
        description="doc_id of an earlier article with nearly the same text (same wire story)",
    )
    actors: list[Actor] = Field(default_factory=list, description="People, organisations, places")
    quantities: list[Quantity] = Field(default_factory=list, description="Numbers with what they count")
    dates: list[DateMention] = Field(default_factory=list, description="Date expressions, normalised")
    sources: list[Source] = Field(default_factory=list, description="Attributions, photo credits, source URL")
    quotes: list[Quote] = Field(default_factory=list, description="Direct quotations")

    @model_validator(mode="after")
    def _check_evidence(self) -> Record:
        if not all(map(self._matches, self._spans())):
            self._raise_span_error()
        ids = [actor.actor_id for actor in self.actors]
        if len(ids) != len(set(ids)):
            raise ValueError("actor_id values are not unique within the record")
        known = set(ids)
        for i, source in enumerate(self.sources):
            if source.actor_id is not None and source.actor_id not in known:
                raise ValueError(f"sources[{i}].actor_id {source.actor_id!r} is not an actor")
        for i, quote in enumerate(self.quotes):
            if quote.speaker_actor_id is not None and quote.speaker_actor_id not in known:
                raise ValueError(
                    f"quotes[{i}].speaker_actor_id {quote.speaker_actor_id!r} is not an actor"
                )
        for i, actor in enumerate(self.actors):
            for j, m in enumerate(actor.mentions):
                if m.role is None and m.role_start is None and m.role_end is None:
                    continue
                if m.role is None or m.role_start is None or m.role_end is None:
                    raise ValueError(f"actors[{i}].mentions[{j}]: role, role_start and role_end go together")
                if self.text[m.role_start : m.role_end] != m.role:
                    raise ValueError(f"actors[{i}].mentions[{j}].role does not equal its text slice")
        for i, q in enumerate(self.quantities):
            if q.object_start is not None and q.object_end is not None:
                if self.text[q.object_start : q.object_end] != q.object:
                    raise ValueError(f"quantities[{i}].object does not equal its text slice")
        for i, s in enumerate(self.sources):
            if s.cue is not None and s.cue_start is not None and s.cue_end is not None:
                if self.text[s.cue_start : s.cue_end] != s.cue:
                    raise ValueError(f"sources[{i}].cue does not equal its text slice")
        return self

    def _spans(self) -> Iterator[Span]:
        """Every evidence span, in `iter_spans` order, without building the field paths."""
        for actor in self.actors:
            yield from actor.mentions
        yield from self.quantities
        yield from self.dates
        yield from self.sources
        yield from self.quotes

    def _matches(self, span: Span) -> bool:
        return span.end <= len(self.text) and self.text[span.start : span.end] == span.text

    def _raise_span_error(self) -> None:
        """Raise the error of the first span that is past the text or differs from its slice."""
        for field, span in self.iter_spans():
            if span.end > len(self.text):
                raise ValueError(f"{field}: end {span.end} is past the text ({len(self.text)})")
            if not self._matches(span):
                raise ValueError(
                    f"{field}: span text {span.text!r} != text[{span.start}:{span.end}] "
                    f"{self.text[span.start:span.end]!r}"
                )

    def iter_spans(self) -> list[tuple[str, Span]]:
        """Every evidence span in the record, with its field path."""
        spans: list[tuple[str, Span]] = []
        for i, actor in enumerate(self.actors):
            spans += [(f"actors[{i}].mentions[{j}]", m) for j, m in enumerate(actor.mentions)]
        for name in ("quantities", "dates", "sources", "quotes"):
            spans += [(f"{name}[{i}]", s) for i, s in enumerate(getattr(self, name))]
        return spans


class QuarantinedItem(_Model):
    """An input that did not become a record, and why."""

    input_id: str = Field(description="The input's id, path, or path:line")
    stage: Literal["ingest", "extract", "validate"] = Field(description="Where the item was stopped")
    reason: QuarantineReason = Field(description="Why, as a slug (e.g. empty-text, bad-json-line)")
    message: str = Field(description="Why, for a human")
    doc_id: str | None = Field(default=None, description="The text's doc_id, when it had a text")


class Duplicate(_Model):
    """An input whose content equals an earlier input's."""

    input_id: str = Field(description="The repeated input's id or path")
    doc_id: str = Field(description="The shared doc_id (content hash)")
    duplicate_of: str = Field(description="input_id of the first item with the same content")
