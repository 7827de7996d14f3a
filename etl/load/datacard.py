"""The data card (README.md) of a published version, built from the table specs."""

from __future__ import annotations

from typing import Any

from etl.load.frames import FLAT_TABLES, TABLES


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _table_section(name: str, rows: int, parts: list[str]) -> list[str]:
    spec = TABLES[name]
    files = f"`{name}.parquet`"
    if len(parts) > 1:
        files += (f" and {len(parts) - 1} more Parquet parts (`{parts[1]}` to `{parts[-1]}`; "
                  f"read them together: `'{name}*.parquet'` in DuckDB and polars)")
    files += "" if spec.nested else f", `{name}.csv`"
    lines = [f"### {name}", "", f"{spec.description} {rows} rows; {files}. "
             f"Primary key: `{', '.join(spec.primary_key)}`.", ""]
    lines += ["| column | type | required | description |", "| --- | --- | --- | --- |"]
    lines += [f"| {c.name} | {_cell(str(c.dtype))} | {'yes' if c.required else 'no'} | "
              f"{_cell(c.description)} |" for c in spec.columns]
    return [*lines, ""]


_USAGE = """## How to query

DuckDB:

```sql
SELECT a.name, count(*) AS mentions
FROM 'mentions.parquet' m JOIN 'actors.parquet' a USING (doc_id, actor_id)
GROUP BY a.name ORDER BY mentions DESC;
SELECT doc_id, len(actors) AS actors FROM 'records.parquet';
```

polars:

```python
import polars as pl
actors = pl.read_parquet("actors.parquet")
records = pl.read_parquet("records.parquet")  # nested lists of structs
```

pandas:

```python
import pandas as pd
quantities = pd.read_parquet("quantities.parquet")
dates = pd.read_csv("dates.csv", parse_dates=["start_date", "end_date"])
```

Check a download: `sha256sum -c SHA256SUMS` and `etl validate .` (or
`frictionless validate datapackage.json`).
"""


def render_datacard(counts: dict[str, int], *, title: str, dataset: str,
                    version: str, created: str | None, license: dict[str, str],
                    report: Any, parts: dict[str, list[str]] | None = None) -> str:
    """Return the README.md of a version: what, how produced, tables and columns, usage.

    `parts`: table -> its Parquet file names, when a table has more than one.
    """
    checks = len(report.checks)
    lines = [f"# {title}", "", f"Dataset `{dataset}`, version {version}"
             + (f", created {created}." if created else "."), "",
             "## What", "",
             "Structured, evidence-linked records extracted from news articles: actors and "
             "their mentions, quantities, dates, sources and quotes. Every item carries the "
             "offsets of its evidence: `text[start:end]` of the article in `documents` equals "
             "the item's `text` (Python string indices, end exclusive).", "",
             "## How it was produced", "",
             "The `etl` pipeline: ingest -> extract (spaCy components) -> validate (pydantic "
             f"record contract, then a quality gate of {checks} checks: great-expectations "
             "suites, foreign keys, evidence slices, counts; see `quality_report.json`) -> "
             "load (this package). Inputs that did not become records are in `quarantine`, "
             "repeated inputs in `duplicates`.", "",
             f"License: {license.get('title', license.get('name'))}.", "",
             "## Tables", "",
             f"Flat tables ({', '.join(FLAT_TABLES)}) come as Parquet and CSV; `records` (one "
             "row per article, lists nested) as Parquet only.", ""]
    for name in TABLES:
        lines += _table_section(name, counts[name], (parts or {}).get(name, [f"{name}.parquet"]))
    return "\n".join(lines) + _USAGE
