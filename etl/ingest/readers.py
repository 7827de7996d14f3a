"""One input file (or stdin) -> items. Every item becomes an Article or a QuarantinedItem.

Multi-article formats (JSONL, CSV) are streamed line by line, so a large export never has
to fit in memory; single-article files (.txt, .html) are refused over `max_file_bytes`.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, NamedTuple

from etl.config import MAX_FILE_BYTES, MAX_TEXT_CHARS
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


class JsonLine(NamedTuple):
    """A JSONL line read but not parsed yet (`read_path(..., defer=True)`); `parse_line` makes
    it an item, in any process."""

    raw: bytes
    line_no: int
    where: str


def parse_line(line: JsonLine, options: ReadOptions = DEFAULT_OPTIONS) -> Item:
    """The item of a JSONL line: an Article, or a QuarantinedItem saying why it is none."""
    return _parse_json_line(line.raw, line.line_no, line.where, options)


def read_path(path: Path | str, options: ReadOptions = DEFAULT_OPTIONS, *, defer: bool = False,
              ) -> Iterator[Item | JsonLine]:
    """Read one file, or standard input for '-', into items (never raises for bad content).

    With `defer`, the lines of a JSONL input come as `JsonLine`s for the caller to parse
    (a run's workers parse them; the main process only reads).
    """
    if path == STDIN:
        stdin = sys.stdin.buffer
        head = _first_lines(stdin, options)
        if _is_jsonl(head):  # `cat feed.jsonl | etl run -`: one article per line, streamed as from a file
            yield from _read_jsonl(_Peeked(head, stdin), "<stdin>", options, defer=defer)
            return
        data = head + stdin.read(max(0, options.max_file_bytes + 1 - len(head)))
        if len(data) > options.max_file_bytes:
            yield quarantine("<stdin>", "too-large", f"standard input is over {options.max_file_bytes} bytes")
        else:
            yield from _read_text(data, "<stdin>", options, {})
        return
    if not isinstance(path, Path):
        raise TypeError(f"expected a Path or '-', got {path!r}")
    input_id = path.as_posix()
    suffix = path.suffix.lower()
    if path.is_dir():  # a subfolder that could not be listed
        yield quarantine(input_id, "unreadable", "cannot read the folder: check its permissions")
        return
    try:
        if suffix in JSONL_SUFFIXES:
            with path.open("rb") as handle:
                yield from _read_jsonl(handle, input_id, options, defer=defer)
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


def _read_jsonl(handle: BinaryIO | _Peeked, input_id: str, options: ReadOptions, *,
                defer: bool = False) -> Iterator[Item | JsonLine]:
    head = handle.read(4)
    handle = _Peeked(head, handle)  # type: ignore[arg-type]
    wide = "utf-32" if head in (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff") else \
        "utf-16" if head.startswith((b"\xff\xfe", b"\xfe\xff")) else None
    if wide is not None:
        # UTF-16/32 JSONL cannot be split into lines as bytes: decode it whole (size-limited).
        data = handle.read(options.max_file_bytes + 1)
        if len(data) > options.max_file_bytes:
            yield quarantine(input_id, "too-large", f"{wide.upper()} JSONL file is over --max-file-bytes")
            return
        lines: Iterator[bytes] = iter(data.decode(wide).encode("utf-8").splitlines(keepends=True))
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
        yield JsonLine(raw, line_no, where) if defer else _parse_json_line(raw, line_no, where, options)


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
    if item_id in (None, ""):
        return make_article(value, where, options)
    item = make_article(value, str(item_id), options)
    if isinstance(item, QuarantinedItem):  # the id names the item; say where its line is too
        fields = "" if item.reason != "missing-text" else f" (its fields: {', '.join(map(str, value)) or 'none'})"
        item = item.model_copy(update={"message": f"{where}: {item.message}{fields}"})
    return item


def _first_lines(stream: BinaryIO, options: ReadOptions) -> bytes:
    """The start of `stream` up to its first non-blank line (at most 16 lines)."""
    head = b""
    for _ in range(16):
        line = stream.readline(options.max_line_bytes + 1)
        head += line
        if line.strip() or not line:
            break
    return head


def _is_jsonl(head: bytes) -> bool:
    """Whether standard input is JSONL: its first non-blank line opens a JSON object (a broken
    one too: its lines are then quarantined one by one, not read as one text)."""
    return head.removeprefix(b"\xef\xbb\xbf").lstrip().startswith(b"{")


class _Peeked:
    """A binary stream whose first bytes were read already: `head`, then the rest of `stream`."""

    def __init__(self, head: bytes, stream: BinaryIO) -> None:
        self._head, self._stream = head, stream

    def read(self, size: int = -1) -> bytes:
        head, self._head = self._head, b""
        if size < 0:
            return head + self._stream.read()
        if len(head) >= size:
            self._head = head[size:]
            return head[:size]
        return head + self._stream.read(size - len(head))

    def readline(self, size: int = -1) -> bytes:
        if not self._head:
            return self._stream.readline(size)
        cut = self._head.find(b"\n") + 1 or len(self._head)
        line, self._head = self._head[:cut], self._head[cut:]
        if line.endswith(b"\n") or (size >= 0 and len(line) >= size):
            return line
        return line + self._stream.readline(size - len(line) if size >= 0 else -1)


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


class _CsvLines:
    """The lines of a CSV export for `csv.reader`, numbered, with the lines of the row being
    read kept: a row the parser refuses can be read again from its second line."""

    def __init__(self, handle: BinaryIO) -> None:
        self._handle = handle
        self._pending: list[tuple[int, str]] = []
        self.row: list[tuple[int, str]] = []  # (line number, line) of the row being read
        self.line_no = 0

    def __iter__(self) -> _CsvLines:
        return self

    def __next__(self) -> str:
        if self._pending:
            number, line = self._pending.pop(0)
        else:
            raw = self._handle.readline()
            if not raw:
                raise StopIteration
            number, line = self.line_no + 1, _decode_line(raw, first=self.line_no == 0)
        self.line_no = number
        self.row.append((number, line))
        return line

    def start_row(self) -> int:
        """Forget the last row; the number of the line the next row starts on."""
        self.row = []
        return self._pending[0][0] if self._pending else self.line_no + 1

    def reread_after_first_line(self) -> bool:
        """Read the refused row's lines again from its second line; False if it had one."""
        again, self.row = self.row[1:], []
        self._pending[:0] = again
        return bool(again)


def _decode_line(raw: bytes, *, first: bool) -> str:
    """UTF-8 (a BOM dropped), else Windows-1252, the encoding of Excel's CSV exports."""
    if first:
        raw = raw.removeprefix(b"\xef\xbb\xbf")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _read_csv(handle: BinaryIO, input_id: str, options: ReadOptions, *, delimiter: str) -> Iterator[Item]:
    """Rows of a CSV (or TSV) export with a header; `options.text_column` holds the text.

    The reader is strict about quotes, so a broken row is quarantined instead of being
    read into its neighbours: a quote that is never closed would otherwise swallow every
    row after it into one text, and a row with more fields than the header would lose
    the text after an unquoted comma. Reading goes on with the line after the broken row's
    first line; a line read again that is no whole row is quarantined too. Lines that are not
    UTF-8 are read as Windows-1252 (Excel's exports).
    """
    if options.text_column is None:
        yield quarantine(input_id, "unsupported-format", "a CSV file needs --text-column to be read")
        return
    csv.field_size_limit(options.max_line_bytes)
    lines = _CsvLines(handle)
    reader = csv.reader(lines, delimiter=delimiter, strict=True)
    try:
        header = next(reader, None)
    except csv.Error as e:
        yield quarantine(input_id, "missing-text", f"the CSV header cannot be parsed ({e}): the first line "
                                                   "must name the columns, separated by commas")
        return
    if header is None:
        return  # an empty file: no rows, no articles
    if options.text_column not in header:
        sep = "tabs" if delimiter == "\t" else "commas"
        hint = next((f"; the header looks separated by {other!r}: save the file with {sep}"
                     for other in (";", "\t", "|", ",") if other != delimiter and len(header) == 1
                     and other in header[0]), "")
        yield quarantine(input_id, "missing-text",
                         f"the CSV has no column {options.text_column!r} (its columns: "
                         f"{', '.join(header) or 'none'}){hint}; name the text column with --text-column")
        return
    row_no, reread_until = 1, 0
    while True:
        first_line = lines.start_row()
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as e:
            row_no += 1
            too_large = "field larger than field limit" in str(e)
            yield quarantine(f"{input_id}:{row_no}", "too-large" if too_large else "bad-csv-row",
                             _csv_problem(str(e), row_no, first_line, lines.line_no, delimiter,
                                          options.max_line_bytes))
            if too_large:  # the parser lost its place (perhaps inside quotes): read no further
                return
            last = lines.line_no
            if lines.reread_after_first_line():
                reread_until = max(reread_until, last)
            continue
        if not row:  # a blank line
            continue
        row_no += 1
        where = f"{input_id}:{row_no}"
        if first_line <= reread_until and len(row) != len(header):
            yield quarantine(where, "bad-csv-row",
                             f"row {row_no} (line {first_line}) follows a broken row and has {len(row)} fields, "
                             f"not {len(header)}: it may be part of the broken row's text")
            continue
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
    again = f"; reading went on at line {first_line + 1}" if last_line > first_line else ""
    if "unexpected end of data" in error:
        lines = f"line {first_line}" if last_line <= first_line else f"lines {first_line}-{last_line}"
        return (f"{at} opens a quoted field that is never closed, so {lines} (to the end of the file) "
                f"would be one text{again}. Close the quote; a quote inside a quoted field is written "
                "twice (\"\")")
    if "expected after" in error:
        return (f"{at} has text after the closing quote of a field{again}. A quote inside a quoted "
                "field is written twice (\"\"), and a field with a quote in it must be quoted whole")
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
