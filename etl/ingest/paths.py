"""Command-line paths -> a stable, sorted list of input files."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterator
from pathlib import Path

from etl.errors import IngestError

TEXT_SUFFIXES = frozenset({".txt", ".text"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
CSV_SUFFIXES = frozenset({".csv", ".tsv"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES | CSV_SUFFIXES
STDIN = "-"


def expand_paths(paths: list[str]) -> Iterator[Path | str]:
    """Files, folders (recursive, sorted, symlinked folders not followed), globs, and '-'.

    Raises:
        IngestError: a path does not exist, or a folder or pattern holds no supported file.
    """
    for raw in paths:
        if raw == STDIN:
            yield STDIN
            continue
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path, raw)
        elif path.is_file():
            yield path
        elif glob.has_magic(raw):
            matches = sorted(Path(p) for p in glob.glob(raw, recursive=True))
            if not matches:
                raise IngestError(f"No file matches {raw!r}", raw, "Check the pattern.")
            for match in matches:  # a folder that matches is read as a folder
                yield from _walk(match, match.as_posix()) if match.is_dir() else [match]
        else:
            raise IngestError("No such file or folder", raw, "Check the path.")


def _walk(folder: Path, raw: str) -> Iterator[Path]:
    """Every file of the folder and its subfolders but hidden ones and metadata sidecars: an
    unsupported file, or a subfolder that cannot be read, is yielded too, to be quarantined
    with its reason rather than skipped without a word."""
    # os.walk does not follow symlinked folders, so a symlink loop cannot trap us.
    files: list[Path] = []
    errors: list[OSError] = []
    for root, dirs, names in os.walk(folder, onerror=errors.append):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        base = Path(root)
        files += [base / n for n in names if not n.startswith(".") and not n.lower().endswith(".meta.json")]
    files += [Path(e.filename) for e in errors if e.filename and Path(e.filename) != folder]
    if not any(_is_input(f.name) for f in files) and not errors:
        raise IngestError(
            "No supported files in folder", raw,
            f"Add files ending in {', '.join(sorted(SUPPORTED_SUFFIXES))}.",
        )
    if errors and not files:
        raise IngestError(f"Cannot read the folder ({errors[0].strerror})", raw,
                          "Check its permissions.")
    yield from sorted(files, key=lambda p: p.as_posix())


def _is_input(name: str) -> bool:
    lower = name.lower()
    return not lower.endswith(".meta.json") and Path(lower).suffix in SUPPORTED_SUFFIXES


def is_article_file(path: Path) -> bool:
    """A single-article or multi-article input file (not CSV, which needs --text-column)."""
    return path.is_file() and _is_input(path.name) and path.suffix.lower() not in CSV_SUFFIXES
