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
            files = [p for p in matches if p.is_file()]
            if not files:
                raise IngestError(f"No file matches {raw!r}", raw, "Check the pattern.")
            yield from files
        else:
            raise IngestError("No such file or folder", raw, "Check the path.")


def _walk(folder: Path, raw: str) -> Iterator[Path]:
    # os.walk does not follow symlinked folders, so a symlink loop cannot trap us.
    files: list[Path] = []
    for root, dirs, names in os.walk(folder):
        dirs.sort()
        base = Path(root)
        files += [base / n for n in names if _is_input(n)]
    if not files:
        raise IngestError(
            "No supported files in folder", raw,
            f"Add files ending in {', '.join(sorted(SUPPORTED_SUFFIXES))}.",
        )
    yield from sorted(files, key=lambda p: p.as_posix())


def _is_input(name: str) -> bool:
    lower = name.lower()
    return not lower.endswith(".meta.json") and Path(lower).suffix in SUPPORTED_SUFFIXES


def is_article_file(path: Path) -> bool:
    """A single-article or multi-article input file (not CSV, which needs --text-column)."""
    return path.is_file() and _is_input(path.name) and path.suffix.lower() not in CSV_SUFFIXES
