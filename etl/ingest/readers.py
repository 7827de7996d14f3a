"""One input file (or stdin) -> items. Every item becomes an Article or a QuarantinedItem.

Multi-article formats (JSONL, CSV) are streamed line by line, so a large export never has
to fit in memory; single-article files (.txt, .html) are refused over `max_file_bytes`.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from etl.config import MAX_FILE_BYTES, MAX_TEXT_CHARS
from etl.errors import IngestError
from etl.ingest.decode import decode_bytes, normalise_text
from etl.ingest.metadata import clean_text, outlet_from_url, parse_published
from etl.ingest.paths import CSV_SUFFIXES, HTML_SUFFIXES, JSONL_SUFFIXES, STDIN, TEXT_SUFFIXES
from etl.models import Article, QuarantinedItem, QuarantineReason

ARTICLE_FIELDS = ("id", "text", "html", "url", "published", "language", "title", "outlet")
Item = Article | QuarantinedItem


@dataclass(frozen=True)
class ReadOptions:
    """Limits and format options; going over a limit quarantines the item as `too-large`."""

    max_file_bytes: int = MAX_FILE_BYTES
    max_text_chars: int = MAX_TEXT_CHARS
    text_column: str | None = None

    @property
    def max_line_bytes(self) -> int:
        # A JSONL line holds one article; UTF-8 needs at most 4 bytes a character, plus metadata.
        return self.max_text_chars * 4 + 65536


DEFAULT_OPTIONS = ReadOptions()


def read_path(path: Path | str, options: ReadOptions = DEFAULT_OPTIONS) -> Iterator[Item]:
    """Read one file, or standard input for '-', into items (never raises for bad content)."""
    if path == STDIN:
        data = sys.stdin.buffer.read(options.max_file_bytes + 1)
        if len(data) > options.max_file_bytes:
            yield quarantine("<stdin>", "too-large", f"standard input is over {options.max_file_bytes} bytes")
        elif _is_jsonl(data):  # `cat feed.jsonl | etl run -`: one article per line, as from a file
            yield from _read_jsonl(io.BytesIO(data), "<stdin>", options)
        else:
            yield from _read_text(data, "<stdin>", options, {})
        return
    if not isinstance(path, Path):
        raise TypeError(f"expected a Path or '-', got {path!r}")
    input_id = path.as_posix()
    suffix = path.suffix.lower()
    try:
        if suffix in JSONL_SUFFIXES:
            with path.open("rb") as handle:
                yield from _read_jsonl(handle, input_id, options)
        elif suffix in CSV_SUFFIXES:
            with path.open("rb") as handle:
                yield from _read_csv(handle, input_id, options, delimiter="\t" if suffix == ".tsv" else ",")
        elif suffix in TEXT_SUFFIXES | HTML_SUFFIXES:
            size = path.stat().st_size
            if size > options.max_file_bytes:
                yield quarantine(input_id, "too-large",
                                 f"file is {size} bytes, over the limit of {options.max_file_bytes} (--max-file-bytes)")
                return
            data = path.read_bytes()
            try:
                sidecar = _read_sidecar(path)
            except ValueError as e:
                yield quarantine(input_id, "bad-metadata", str(e))
                return
            if suffix in HTML_SUFFIXES:
                yield from _read_text(data, input_id, options, sidecar, field="html")
            else:
                yield from _read_text(data, input_id, options, sidecar)
        else:
            yield quarantine(input_id, "unsupported-format", f"unsupported format {suffix or '(none)'!r}")
    except OSError as e:
        yield quarantine(input_id, "unreadable", f"cannot read file: {e.strerror or e}")


def _read_text(data: bytes, input_id: str, options: ReadOptions, sidecar: dict[str, Any],
               field: str = "text") -> Iterator[Item]:
    """Decode a single-article file; `field` says whether it holds plain text or HTML."""
    try:
        content = decode_bytes(data)
    except UnicodeDecodeError as e:
        yield quarantine(input_id, "undecodable", f"not text in a known encoding ({e.reason})")
        return
    yield make_article({**sidecar, field: content}, input_id, options)


def _read_sidecar(path: Path) -> dict[str, Any]:
    """`<file>.meta.json` next to a file supplies or overrides metadata.

    Raises:
        ValueError: the sidecar is not a JSON object.
    """
    meta = path.with_name(path.name + ".meta.json")
    if not meta.is_file():
        return {}
    raw = meta.read_bytes()
    try:
        value = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as e:
        raise ValueError(f"sidecar {meta.name} is not valid JSON: {e}") from e
    if not isinstance(value, dict):
        raise ValueError(f"sidecar {meta.name} is a JSON {type(value).__name__}, not an object")
    if problem := lone_surrogate(raw, value):
        raise ValueError(f"sidecar {meta.name}: {problem}")
    return {k: v for k, v in value.items() if k in ARTICLE_FIELDS and k not in ("text", "html", "id")}


def _read_jsonl(handle: BinaryIO, input_id: str, options: ReadOptions) -> Iterator[Item]:
    head = handle.read(4)
    handle.seek(0)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        # UTF-16 JSONL cannot be split into lines as bytes: decode it whole (size-limited).
        data = handle.read(options.max_file_bytes + 1)
        if len(data) > options.max_file_bytes:
            yield quarantine(input_id, "too-large", "UTF-16 JSONL file is over --max-file-bytes")
            return
        lines: Iterator[bytes] = iter(data.decode("utf-16").encode("utf-8").splitlines(keepends=True))
    else:
        lines = iter(lambda: handle.readline(options.max_line_bytes + 1), b"")
    for line_no, raw in enumerate(lines, start=1):
        where = f"{input_id}:{line_no}"
        if len(raw) > options.max_line_bytes:
            yield quarantine(where, "too-large", f"line {line_no} is over {options.max_line_bytes} bytes")
            while raw and not raw.endswith(b"\n"):  # skip the rest of the over-long line
                raw = handle.readline(options.max_line_bytes + 1)
            continue
        if not raw.strip():
            continue
        yield _parse_json_line(raw, line_no, where, options)


def _parse_json_line(raw: bytes, line_no: int, where: str, options: ReadOptions) -> Item:
    try:
        value = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as e:
        return quarantine(where, "undecodable", f"line {line_no} is not UTF-8 ({e.reason})")
    except (ValueError, RecursionError) as e:
        return quarantine(where, "bad-json-line", f"line {line_no} is not valid JSON: {e}")
    if not isinstance(value, dict):
        return quarantine(where, "not-an-object", f"line {line_no} is a JSON {type(value).__name__}, not an object")
    if problem := lone_surrogate(raw, value):
        return quarantine(where, "undecodable", f"line {line_no}: {problem}")
    item_id = value.get("id")
    return make_article(value, str(item_id) if item_id not in (None, "") else where, options)


def _is_jsonl(data: bytes) -> bool:
    """Whether standard input is JSONL: its first non-blank line is a JSON object."""
    for line in data.removeprefix(b"\xef\xbb\xbf").split(b"\n", 16)[:16]:
        if line.strip():
            try:
                return isinstance(json.loads(line), dict)
            except ValueError:
                return False
    return False


def lone_surrogate(raw: bytes, value: dict[str, Any]) -> str | None:
    """What is wrong when a JSON object (`value`, parsed from `raw`) holds half a surrogate pair.

    JSON can escape one ("\\ud800"); Python reads it, but no UTF-8 file (Parquet, CSV) can
    store it. Only an escape makes one, so the fields are looked at only when `raw` has one.
    """
    if b"\\ud" not in raw and b"\\uD" not in raw:
        return None
    for key, field in value.items():
        try:
            json.dumps([key, field], ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:
            return (f"field {ascii(key)} has a lone surrogate escape (\\ud800-\\udfff), which is not "
                    "text. Escape the whole character as a surrogate pair, or write it as UTF-8")
    return None


def _read_csv(handle: BinaryIO, input_id: str, options: ReadOptions, *, delimiter: str) -> Iterator[Item]:
    """Rows of a CSV (or TSV) export with a header; `options.text_column` holds the text.

    The reader is strict about quotes, so a broken row is quarantined instead of being
    read into its neighbours: a quote that is never closed would otherwise swallow every
    row after it into one text, and a row with more fields than the header would lose
    the text after an unquoted comma. Reading goes on with the next row.
    """
    if options.text_column is None:
        yield quarantine(input_id, "unsupported-format", "a CSV file needs --text-column to be read")
        return
    csv.field_size_limit(options.max_line_bytes)
    stream = io.TextIOWrapper(handle, encoding="utf-8-sig", errors="replace", newline="")
    reader = csv.reader(stream, delimiter=delimiter, strict=True)
    try:
        header = next(reader, None)
    except csv.Error as e:
        raise IngestError(f"CSV header cannot be parsed: {e}", input_id,
                          "The first line must name the columns, separated by commas.") from None
    if header is None or options.text_column not in header:
        raise IngestError(f"CSV has no column {options.text_column!r}", input_id,
                          f"Columns are: {', '.join(header or [])}.")
    row_no = 1
    while True:
        first_line = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as e:
            row_no += 1
            too_large = "field larger than field limit" in str(e)
            yield quarantine(f"{input_id}:{row_no}", "too-large" if too_large else "bad-csv-row",
                             _csv_problem(str(e), row_no, first_line, reader.line_num, delimiter,
                                          options.max_line_bytes))
            if too_large:  # the parser lost its place (perhaps inside quotes): read no further
                return
            continue
        if not row:  # a blank line
            continue
        row_no += 1
        where = f"{input_id}:{row_no}"
        if len(row) > len(header) and any(row[len(header):]):  # a trailing comma is harmless
            sep = "a tab" if delimiter == "\t" else f"{delimiter!r}"
            yield quarantine(where, "bad-csv-row",
                             f"row {row_no} (line {first_line}) has {len(row)} fields but the header has "
                             f"{len(header)}: a field that holds {sep} must be quoted")
            continue
        values = dict(zip(header, row, strict=False))  # a short row lacks its last fields
        fields: dict[str, Any] = {k: v for k, v in values.items() if k in ARTICLE_FIELDS and k != "text"}
        fields["text"] = values.get(options.text_column)
        item_id = fields.pop("id", None)
        yield make_article(fields, item_id or where, options)


def _csv_problem(error: str, row_no: int, first_line: int, last_line: int, delimiter: str,
                 limit: int) -> str:
    """What is wrong with a CSV row the parser refused, and how to mend it."""
    at = f"row {row_no} (line {first_line})"
    if "unexpected end of data" in error:
        lines = f"line {first_line}" if last_line <= first_line else f"lines {first_line}-{last_line}"
        return (f"{at} opens a quoted field that is never closed, so {lines} (to the end of the file) "
                "would be one text. Close the quote; a quote inside a quoted field is written twice (\"\")")
    if "expected after" in error:
        return (f"{at} has text after the closing quote of a field. A quote inside a quoted field "
                "is written twice (\"\"), and a field with a quote in it must be quoted whole")
    if "field larger than field limit" in error:
        return (f"{at} has a field over {limit} characters, so the rest of the file was not read. "
                "Raise --max-text-chars, or split the file")
    return f"{at} cannot be parsed: {error}"


def make_article(value: dict[str, Any], input_id: str, options: ReadOptions = DEFAULT_OPTIONS) -> Item:
    """Build an Article from one item's fields, or say why it cannot be one."""
    fields = dict(value)
    html = fields.get("html")
    if not isinstance(fields.get("text"), str) and isinstance(html, str):
        if len(html) > options.max_text_chars * 20:
            return quarantine(input_id, "too-large", f"HTML has {len(html)} characters, over the limit")
        from etl.ingest.html import extract_html

        found = extract_html(html, url=_str_or_none(fields.get("url")))
        fields = {**{k: v for k, v in found.items() if k != "text"},
                  **{k: v for k, v in fields.items() if v not in (None, "")}, "text": found["text"]}
        if not fields["text"].strip():
            return quarantine(input_id, "empty-text", "the HTML page has no main text")
    raw_text = fields.get("text")
    if not isinstance(raw_text, str):
        return quarantine(input_id, "missing-text", "no 'text' (or 'html') string in the item")
    if len(raw_text) > options.max_text_chars:
        return quarantine(input_id, "too-large",
                          f"text has {len(raw_text)} characters, "
                          f"over the limit of {options.max_text_chars} (--max-text-chars)")
    text, found_meta = clean_text(normalise_text(raw_text))
    if not text.strip():
        return quarantine(input_id, "empty-text", "the text is empty or only white space")
    try:
        published = parse_published(fields.get("published"))
    except ValueError as e:
        return quarantine(input_id, "bad-metadata", str(e))
    url = _str_or_none(fields.get("url")) or found_meta.get("url")
    return Article(
        input_id=input_id, text=text, url=url,
        outlet=_str_or_none(fields.get("outlet")) or outlet_from_url(url),
        title=_str_or_none(fields.get("title")), published=published,
        language=_str_or_none(fields.get("language")),
    )


def _str_or_none(value: Any) -> str | None:
    return (value.strip() or None) if isinstance(value, str) else None


def quarantine(input_id: str, reason: QuarantineReason, message: str) -> QuarantinedItem:
    return QuarantinedItem(input_id=input_id, stage="ingest", reason=reason, message=message)
