"""Records -> polars tables. Every column, dtype and description is derived from `etl.models`.

The published package has one flat table per list in the record (`actors`, `mentions`,
`quantities`, `dates`, `sources`, `quotes`), a `documents` table with the scalar fields,
`quarantine` and `duplicates` for the inputs that did not become records, and `records`:
one row per article with the nested lists, for users who want the whole record.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from operator import itemgetter
from typing import Any, Literal, Union

import polars as pl
from annotated_types import Ge, Gt
from pydantic import BaseModel
from pydantic.fields import FieldInfo

from etl.models import (
    Actor,
    DateMention,
    Duplicate,
    Mention,
    Published,
    Quantity,
    QuarantinedItem,
    Quote,
    Record,
    Source,
)

FrictionlessType = Literal["string", "integer", "number", "boolean", "date", "array", "object"]

_SCALAR_DTYPES: dict[type, tuple[Any, FrictionlessType]] = {
    str: (pl.String, "string"),
    int: (pl.Int64, "integer"),
    float: (pl.Float64, "number"),
    bool: (pl.Boolean, "boolean"),
    date: (pl.Date, "date"),
}


@dataclass(frozen=True)
class ColumnSpec:
    """One column of a published table, derived from one pydantic field."""

    name: str
    annotation: Any
    required: bool
    description: str
    enum: tuple[str, ...] | None = None
    pattern: str | None = None
    minimum: int | None = None
    exclusive_minimum: int | None = None

    @property
    def dtype(self) -> pl.DataType:
        """The polars dtype of the column."""
        return polars_dtype(self.annotation)

    @property
    def frictionless_type(self) -> FrictionlessType:
        """The Frictionless Table Schema field type of the column."""
        base = _unwrap_optional(self.annotation)
        if typing.get_origin(base) is Literal:
            return "string"
        if typing.get_origin(base) is list:
            return "array"
        if isinstance(base, type) and issubclass(base, BaseModel):
            return "object"
        return _SCALAR_DTYPES[base][1]


@dataclass(frozen=True)
class ForeignKey:
    """`fields` of a table must resolve to `ref_fields` of `ref_table`."""

    fields: tuple[str, ...]
    ref_table: str
    ref_fields: tuple[str, ...]


@dataclass(frozen=True)
class TableSpec:
    """The layout of one published table."""

    name: str
    description: str
    columns: tuple[ColumnSpec, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[ForeignKey, ...] = ()
    nested: bool = False

    @property
    def schema(self) -> pl.Schema:
        """The polars schema of the table."""
        return pl.Schema({column.name: column.dtype for column in self.columns})

    def column(self, name: str) -> ColumnSpec:
        """Return the column called `name`."""
        return next(column for column in self.columns if column.name == name)


def _unwrap_optional(annotation: Any) -> Any:
    if typing.get_origin(annotation) in (Union, types.UnionType):
        args = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        if len(args) == 1:
            return args[0]
    return annotation


def polars_dtype(annotation: Any) -> pl.DataType:
    """Map a pydantic field annotation to a polars dtype.

    Examples:
        >>> polars_dtype(list[int] | None)
        List(Int64)
    """
    base = _unwrap_optional(annotation)
    origin = typing.get_origin(base)
    if origin is Literal:
        return pl.String()
    if origin is list:
        return pl.List(polars_dtype(typing.get_args(base)[0]))
    if isinstance(base, type) and issubclass(base, BaseModel):
        fields = base.model_fields.items()
        return pl.Struct({name: polars_dtype(f.annotation) for name, f in fields})
    if base in _SCALAR_DTYPES:
        return _SCALAR_DTYPES[base][0]()
    raise TypeError(f"no polars dtype for annotation {annotation!r}")


def _column(name: str, field: FieldInfo, *, owner: str, optional: bool = False) -> ColumnSpec:
    base = _unwrap_optional(field.annotation)
    enum = typing.get_args(base) if typing.get_origin(base) is Literal else None
    description = field.description or (
        f"One of: {', '.join(enum)}" if enum else f"{owner}.{name}".replace("_", " ")
    )
    pattern = next((m.pattern for m in field.metadata if getattr(m, "pattern", None)), None)
    minimum: int | None = next((int(m.ge) for m in field.metadata if isinstance(m, Ge)), None)  # type: ignore[call-overload]
    exclusive: int | None = next((int(m.gt) for m in field.metadata if isinstance(m, Gt)), None)  # type: ignore[call-overload]
    # Defaults (modifier="exact", relative=False) are filled in, so only Optional can be null.
    required = not optional and base is field.annotation
    annotation = field.annotation | None if optional else field.annotation  # type: ignore[operator]
    return ColumnSpec(name, annotation, required, description, enum, pattern, minimum, exclusive)


def _model_columns(model: type[BaseModel], *, skip: Sequence[str] = ()) -> list[ColumnSpec]:
    columns: list[ColumnSpec] = []
    for name, field in model.model_fields.items():
        base = _unwrap_optional(field.annotation)
        if name in skip or typing.get_origin(base) is list:
            continue
        if isinstance(base, type) and issubclass(base, BaseModel):
            # A nested model (Record.published) becomes prefixed columns, null with its parent.
            for sub_name, sub_field in base.model_fields.items():
                sub = _column(f"{name}_{sub_name}", sub_field, owner=name,
                              optional=base is not field.annotation)
                columns.append(sub)
            continue
        columns.append(_column(name, field, owner=model.__name__))
    return columns


_DOC_ID = _column("doc_id", Record.model_fields["doc_id"], owner="Record")
_ORDINAL = ColumnSpec("ordinal", int, True, "Position of the item in its list in the record",
                      minimum=0)
_ACTOR_ID = ColumnSpec("actor_id", str, True, "The actor this mention belongs to",
                       pattern=Actor.model_fields["actor_id"].metadata[0].pattern)
_DOC_FK = ForeignKey(("doc_id",), "documents", ("doc_id",))
_ACTOR_FK = ForeignKey(("doc_id", "actor_id"), "actors", ("doc_id", "actor_id"))


def _child(name: str, model: type[BaseModel], description: str,
           fks: tuple[ForeignKey, ...] = ()) -> TableSpec:
    columns = (_DOC_ID, _ORDINAL, *_model_columns(model))
    return TableSpec(name, description, columns, ("doc_id", "ordinal"), (_DOC_FK, *fks))


def _build_specs() -> dict[str, TableSpec]:
    speaker_fk = ForeignKey(("doc_id", "speaker_actor_id"), "actors", ("doc_id", "actor_id"))
    specs = [
        TableSpec("documents", "One row per article: the text all offsets index into.",
                  tuple(_model_columns(Record)), ("doc_id",)),
        TableSpec("actors", "Actors named in each article (one row per actor and article).",
                  (_DOC_ID, _ORDINAL, *_model_columns(Actor, skip=["mentions"])),
                  ("doc_id", "actor_id"), (_DOC_FK,)),
        TableSpec("mentions", "Every place in the text where an actor is named.",
                  (_DOC_ID, _ACTOR_ID, _ORDINAL, *_model_columns(Mention)),
                  ("doc_id", "actor_id", "ordinal"), (_DOC_FK, _ACTOR_FK)),
        _child("quantities", Quantity, "Counted or measured amounts with their evidence span."),
        _child("dates", DateMention, "Date expressions normalised to ISO 8601."),
        _child("sources", Source, "Who information is attributed to.", (_ACTOR_FK,)),
        _child("quotes", Quote, "Direct quotations.", (speaker_fk,)),
        TableSpec("quarantine", "Inputs that did not become records, and why.",
                  (_ORDINAL, *_model_columns(QuarantinedItem)), ("ordinal",)),
        TableSpec("duplicates", "Inputs whose content equals an earlier input's.",
                  (_ORDINAL, *_model_columns(Duplicate)), ("ordinal",)),
        TableSpec("records", "One row per article with the whole record, lists nested.",
                  tuple(_column(n, f, owner="Record") for n, f in Record.model_fields.items()),
                  ("doc_id",), (_DOC_FK,), nested=True),
    ]
    return {spec.name: spec for spec in specs}


TABLES: dict[str, TableSpec] = _build_specs()
FLAT_TABLES: tuple[str, ...] = tuple(name for name, spec in TABLES.items() if not spec.nested)
# The child tables that hold evidence spans, and the list of the record each comes from.
SPAN_TABLES: dict[str, str] = {
    "mentions": "actors",
    "quantities": "quantities",
    "dates": "dates",
    "sources": "sources",
    "quotes": "quotes",
}


def _frame(spec: TableSpec, rows: list[dict[str, Any]]) -> pl.DataFrame:
    names = [column.name for column in spec.columns]
    data = {name: [row.get(name) for row in rows] for name in names}
    return pl.DataFrame(data, schema=spec.schema)


def _item_frame(spec: TableSpec, items: list[dict[str, Any]], given: dict[str, list[Any]]) -> pl.DataFrame:
    """`_frame` of rows that are `items` with the `given` columns added, built by column:
    no row dict per item."""
    data = {column.name: given[column.name] if column.name in given
            else [item.get(column.name) for item in items] for column in spec.columns}
    return pl.DataFrame(data, schema=spec.schema)


RecordLike = Record | dict[str, Any]


def record_data(record: RecordLike) -> dict[str, Any]:
    """A record as plain data: `Record.model_dump()`, or the dict itself if it is one already.

    Records travel between processes as their dumps (`etl.pipeline.RecordData`): a dict
    pickles ten times faster than the model and takes less than half the memory.
    """
    return record if isinstance(record, dict) else record.model_dump()


def _span_frame(spec: TableSpec, records: Sequence[dict[str, Any]], attribute: str) -> pl.DataFrame:
    """The rows of one span table: each record's items (or, for "mentions", its actors'
    mentions) in doc order as given, then offsets; ordinal breaks ties so the order is total."""
    doc_ids: list[str] = []
    ordinals: list[int] = []
    actor_ids: list[str] = []
    items: list[dict[str, Any]] = []
    for record in records:
        if attribute == "actors":
            found = [(m.get("start", 0), m.get("end", 0), j, m, actor["actor_id"])
                     for actor in record["actors"] for j, m in enumerate(actor["mentions"])]
        else:
            found = [(item.get("start", 0), item.get("end", 0), ordinal, item, None)
                     for ordinal, item in enumerate(record[attribute])]
        found.sort(key=_SORT_KEY)
        doc_ids += [record["doc_id"]] * len(found)
        ordinals += [row[2] for row in found]
        actor_ids += [row[4] for row in found]
        items += [row[3] for row in found]
    given: dict[str, list[Any]] = {"doc_id": doc_ids, "ordinal": ordinals}
    if attribute == "actors":
        given["actor_id"] = actor_ids
    return _item_frame(spec, items, given)


_SORT_KEY = itemgetter(0, 1, 2)


_LISTS = frozenset({"actors", "quantities", "dates", "sources", "quotes"})


def _document_row(record: dict[str, Any]) -> dict[str, Any]:
    row = {key: value for key, value in record.items() if key not in _LISTS}
    published = row.pop("published") or {}
    row.update({f"published_{key}": value for key, value in published.items()})
    return row


# The tables built from records. A chunk of whole records gives its own rows of each, and
# chunks concatenated in order give the tables of all their records (`concat_tables`).
RECORD_TABLES: tuple[str, ...] = tuple(name for name in TABLES
                                       if name not in ("quarantine", "duplicates"))


def record_tables(records: Sequence[RecordLike]) -> dict[str, pl.DataFrame]:
    """The `RECORD_TABLES` of `records`, in table order (what a worker builds for a chunk)."""
    data = [record_data(record) for record in records]
    tables = {"documents": _frame(TABLES["documents"], [_document_row(r) for r in data])}
    actors = [actor for r in data for actor in r["actors"]]
    tables["actors"] = _item_frame(TABLES["actors"], actors, {
        "doc_id": [r["doc_id"] for r in data for _ in r["actors"]],
        "ordinal": [i for r in data for i in range(len(r["actors"]))]})
    for name, attribute in SPAN_TABLES.items():
        tables[name] = _span_frame(TABLES[name], data, attribute)
    tables["records"] = nest_records(tables)
    return tables


def outcome_tables(quarantined: Sequence[QuarantinedItem], duplicates: Sequence[Duplicate], *,
                   quarantine_start: int = 0, duplicate_start: int = 0) -> dict[str, pl.DataFrame]:
    """The `quarantine` and `duplicates` tables, numbered from the given ordinals."""
    return {
        "quarantine": _frame(TABLES["quarantine"], [
            {"ordinal": i, **item.model_dump()}
            for i, item in enumerate(quarantined, quarantine_start)]),
        "duplicates": _frame(TABLES["duplicates"], [
            {"ordinal": i, **item.model_dump()}
            for i, item in enumerate(duplicates, duplicate_start)]),
    }


def concat_tables(parts: Sequence[dict[str, pl.DataFrame]], quarantined: Sequence[QuarantinedItem],
                  duplicates: Sequence[Duplicate], *, quarantine_start: int = 0,
                  duplicate_start: int = 0) -> dict[str, pl.DataFrame]:
    """A batch's tables from its chunks' `record_tables`, in input order.

    Equal to `build_tables` of all the chunks' records: every row of a record table belongs
    to one record, and a record's rows are in the record's order.
    """
    tables = {name: pl.concat([part[name] for part in parts]) if parts
              else pl.DataFrame(schema=TABLES[name].schema) for name in RECORD_TABLES}
    tables.update(outcome_tables(quarantined, duplicates, quarantine_start=quarantine_start,
                                 duplicate_start=duplicate_start))
    return {name: tables[name] for name in TABLES}


def build_tables(records: Sequence[RecordLike], quarantined: list[QuarantinedItem],
                 duplicates: list[Duplicate], *, quarantine_start: int = 0,
                 duplicate_start: int = 0) -> dict[str, pl.DataFrame]:
    """Flatten records into the published tables.

    Args:
        records: Validated records (models or their `model_dump()`), in the order they
            should appear.
        quarantined: Inputs that did not become records.
        duplicates: Inputs dropped because an earlier input had the same content.
        quarantine_start, duplicate_start: The `ordinal` of the first quarantined item and
            duplicate, when this is one batch of a longer run.

    Returns:
        Table name -> DataFrame, in the order of `TABLES`, each with the schema of its spec.
    """
    tables = record_tables(records)
    tables.update(outcome_tables(quarantined, duplicates, quarantine_start=quarantine_start,
                                 duplicate_start=duplicate_start))
    return {name: tables[name] for name in TABLES}


def _nested(df: pl.DataFrame, keys: list[str], model: type[BaseModel], alias: str) -> pl.DataFrame:
    """One list of `model` structs per `keys`, in the record's order (`ordinal`)."""
    struct = pl.struct(*model.model_fields).sort_by("ordinal")
    return df.group_by(keys, maintain_order=True).agg(struct.alias(alias))


def nest_records(tables: dict[str, pl.DataFrame]) -> pl.DataFrame:
    """The `records` table (one row per document, lists nested), built from the flat tables.

    Polars nests the lists itself: building the nested column from Python dicts cost half
    of `build_tables`. The flat tables keep each item's `ordinal`, so the lists come back
    in the record's order, and a document with no items gets an empty list.
    """
    schema = TABLES["records"].schema
    mentions = _nested(tables["mentions"], ["doc_id", "actor_id"], Mention, "mentions")
    actors = tables["actors"].join(mentions, on=["doc_id", "actor_id"], how="left",
                                   maintain_order="left")
    lists = [_nested(actors, ["doc_id"], Actor, "actors")]
    lists += [_nested(tables[name], ["doc_id"], model, name)
              for name, model in (("quantities", Quantity), ("dates", DateMention),
                                  ("sources", Source), ("quotes", Quote))]
    published = [f"published_{name}" for name in Published.model_fields]
    frame = tables["documents"].with_columns(
        pl.when(pl.col("published_value").is_not_null())
        .then(pl.struct(*(pl.col(f"published_{name}").alias(name) for name in Published.model_fields)))
        .alias("published")).drop(published)
    for nested in lists:
        frame = frame.join(nested, on="doc_id", how="left", maintain_order="left")
    return frame.select(
        pl.col(name).fill_null(pl.lit([], schema[name])) if name in _LISTS else pl.col(name)
        for name in schema.names()).cast(schema)
