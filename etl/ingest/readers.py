"""Raw files -> Article items. Every input item becomes an Article or a QuarantinedItem."""

from __future__ import annotations

import codecs
import json
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from etl.config import MAX_FILE_BYTES, MAX_TEXT_CHARS
from etl.errors import IngestError
from etl.ingest.metadata import clean_text, outlet_from_url, parse_published
from etl.models import Article, QuarantinedItem

TEXT_SUFFIXES = {".txt", ".text"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES
ARTICLE_FIELDS = {"id", "text", "url", "published", "language", "title", "outlet"}

Item = Article | QuarantinedItem


def decode_bytes(data: bytes) -> str:
    """Decode UTF-8 (with or without BOM) or UTF-16 with BOM; else raise UnicodeDecodeError.

    Examples:
        >>> decode_bytes("Moscou".encode("utf-16"))
        'Moscou'
        >>> decode_bytes(codecs.BOM_UTF8 + "Kiev".encode())
        'Kiev'
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return _decode_legacy(data)


def _decode_legacy(data: bytes) -> str:
    """Legacy encodings (latin-1, cp1252...) detected with charset-normalizer."""
    from charset_normalizer import from_bytes

    if b"\x00" in data:
        raise UnicodeDecodeError("utf-8", data, 0, 1, "binary data (NUL bytes)")
    best = from_bytes(data).best()
    if best is None:
        raise UnicodeDecodeError("utf-8", data, 0, 1, "no text encoding fits")
    return str(best)


def normalise_text(text: str) -> str:
    """NFC, Unix line ends: the form all offsets index into."""
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def expand_paths(paths: list[str]) -> Iterator[Path | str]:
    """Files, folders (recursive, sorted) and glob patterns; '-' stands for standard input.

    Raises:
        IngestError: a path does not exist or a folder holds no supported file.
    """
    for raw in paths:
        if raw == "-":
            yield "-"
            continue
        path = Path(raw)
        if any(ch in raw for ch in "*?[") and not path.exists():
            matches = sorted(p for p in Path().glob(raw) if p.is_file())
            if not matches:
                raise IngestError(f"No file matches {raw!r}", raw, "Check the pattern.")
            yield from matches
        elif path.is_dir():
            files = sorted(
                p for p in path.rglob("*") if p.suffix.lower() in SUPPORTED_SUFFIXES and p.is_file()
            )
            if not files:
                raise IngestError(
                    "No supported files in folder",
                    raw,
                    f"Add files ending in {', '.join(sorted(SUPPORTED_SUFFIXES))}.",
                )
            yield from files
        elif path.is_file():
            yield path
        else:
            raise IngestError("No such file or folder", raw, "Check the path.")


def read_path(path: Path | str) -> Iterator[Item]:
    """Read one file (or '-' for standard input) into items."""
    if path == "-":
        yield from _read_stream_text(sys.stdin.buffer.read(), "<stdin>")
        return
    assert isinstance(path, Path)
    input_id = path.as_posix()
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        yield _quarantine(input_id, "unsupported-format",
                          f"unsupported format {suffix!r} (expected .txt, .jsonl or .ndjson)")
        return
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            yield _quarantine(input_id, "too-large",
                              f"file is {size} bytes, over the limit of {MAX_FILE_BYTES}")
            return
        data = path.read_bytes()
    except OSError as e:
        yield _quarantine(input_id, "unreadable", f"cannot read file: {e.strerror or e}")
        return
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(data, input_id)
    else:
        yield from _read_stream_text(data, input_id, sidecar=_read_sidecar(path))


def _read_stream_text(data: bytes, input_id: str, sidecar: dict[str, Any] | None = None) -> Iterator[Item]:
    try:
        text = decode_bytes(data)
    except UnicodeDecodeError as e:
        yield _quarantine(input_id, "undecodable", f"not text in a known encoding: {e.reason}")
        return
    yield _make_article({"id": input_id, "text": text, **(sidecar or {})}, input_id)


def _read_sidecar(path: Path) -> dict[str, Any] | None:
    """`<file>.meta.json` next to a file supplies or overrides metadata."""
    meta = path.with_name(path.name + ".meta.json")
    if not meta.is_file():
        return None
    try:
        value = json.loads(meta.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise IngestError("Sidecar metadata is not valid JSON", meta, f"Fix or remove it ({e}).") from e
    if not isinstance(value, dict):
        raise IngestError("Sidecar metadata is not a JSON object", meta, "Write an object.")
    return {k: v for k, v in value.items() if k in ARTICLE_FIELDS - {"text", "id"}}


def _read_jsonl(data: bytes, input_id: str) -> Iterator[Item]:
    try:
        content = decode_bytes(data)
    except UnicodeDecodeError as e:
        yield _quarantine(input_id, "undecodable", f"not text in a known encoding: {e.reason}")
        return
    for line_no, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{input_id}:{line_no}"
        try:
            value = json.loads(line)
        except (ValueError, RecursionError) as e:
            yield _quarantine(where, "bad-json-line", f"line {line_no} is not valid JSON: {e}")
            continue
        if not isinstance(value, dict):
            yield _quarantine(where, "not-an-object",
                              f"line {line_no} is a JSON {type(value).__name__}, not an object")
            continue
        item_id = str(value["id"]) if value.get("id") not in (None, "") else where
        yield _make_article(value, item_id)


def _make_article(value: dict[str, Any], input_id: str) -> Item:
    raw_text = value.get("text")
    if not isinstance(raw_text, str):
        return _quarantine(input_id, "missing-text", "no 'text' string in the item")
    if len(raw_text) > MAX_TEXT_CHARS:
        return _quarantine(input_id, "too-large",
                           f"text has {len(raw_text)} characters, over the limit of {MAX_TEXT_CHARS}")
    text, found = clean_text(normalise_text(raw_text))
    if not text.strip():
        return _quarantine(input_id, "empty-text", "the text is empty or only white space")
    url = _str_or_none(value.get("url")) or found.get("url")
    try:
        published = parse_published(value.get("published"))
    except ValueError as e:
        return _quarantine(input_id, "invalid-record", str(e))
    return Article(
        input_id=input_id,
        text=text,
        url=url,
        outlet=_str_or_none(value.get("outlet")) or outlet_from_url(url),
        title=_str_or_none(value.get("title")),
        published=published,
        language=_str_or_none(value.get("language")),
    )


def _str_or_none(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _quarantine(input_id: str, reason: str, message: str) -> QuarantinedItem:
    return QuarantinedItem(input_id=input_id, stage="ingest", reason=reason, message=message)  # type: ignore[arg-type]

