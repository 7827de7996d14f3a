"""Reference data: editable CSV tables in `seeds/reference/` (dbt-style seeds).

Every component reads its word lists and gazetteers through `read_table`, so the
files are parsed once per process and a broken file gives one clear error.
"""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

from etl.config import REFERENCE_DIR
from etl.errors import ExtractError


@cache
def read_table(name: str, directory: Path = REFERENCE_DIR) -> tuple[dict[str, str], ...]:
    """Read `seeds/reference/<name>.csv` into a tuple of rows (dicts of stripped strings).

    Lines whose first cell starts with `#` are comments. Empty cells become "".

    Raises:
        ExtractError: the file is missing or a row has the wrong number of cells.
    """
    path = directory / f"{name}.csv"
    if not path.is_file():
        raise ExtractError(
            f"Reference table {name!r} is missing", path, "Restore it from git or check ETL_REFERENCE_DIR."
        )
    rows: list[dict[str, str]] = []
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(row for row in handle if not row.lstrip().startswith("#"))
        for line_no, row in enumerate(reader, start=2):
            if None in row or any(value is None for value in row.values()):
                raise ExtractError(
                    f"Reference table {name!r} has a row with the wrong number of cells",
                    f"{path}:{line_no}",
                    "Quote cells that contain commas.",
                )
            rows.append({key.strip(): value.strip() for key, value in row.items()})
    return tuple(rows)


def rows_for_language(name: str, lang: str) -> list[dict[str, str]]:
    """Rows of a table whose `lang` column is `lang` or `*` (any language)."""
    return [row for row in read_table(name) if row.get("lang", "*") in (lang, "*")]
