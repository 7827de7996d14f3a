"""run_pipeline(): ingest -> extract -> validate -> load."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from etl.config import DATASET_NAME, DIST_DIR
from etl.ingest.readers import DEFAULT_OPTIONS, ReadOptions
from etl.models import Article, Duplicate, QuarantinedItem, Record


@dataclass
class RunResult:
    """What a run did: the accounting of every input, the quality report, the release."""

    inputs: int = 0
    records: list[Record] = field(default_factory=list)
    quarantined: list[QuarantinedItem] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    report: Any = None
    publish: Any = None

    def manifest(self) -> dict[str, Any]:
        """The run's accounting: `inputs = records + quarantined + duplicates`, by reason."""
        from etl import __version__
        from etl.models import SCHEMA_VERSION

        reasons: dict[str, int] = {}
        for item in self.quarantined:
            reasons[item.reason] = reasons.get(item.reason, 0) + 1
        return {
            "etl_version": __version__,
            "schema_version": SCHEMA_VERSION,
            "inputs": self.inputs,
            "records": len(self.records),
            "quarantined": len(self.quarantined),
            "quarantined_by_reason": dict(sorted(reasons.items())),
            "duplicates": len(self.duplicates),
            "near_duplicates": sum(1 for r in self.records if r.near_duplicate_of),
        }

    def summary(self) -> str:
        """One line: `42 articles: 39 records, 2 quarantined, 1 duplicate`."""
        n = self.inputs
        return (
            f"{n} article{'s' * (n != 1)}: {_count(len(self.records), 'record')}, "
            f"{len(self.quarantined)} quarantined, {_count(len(self.duplicates), 'duplicate')}"
        )


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'s' * (n != 1)}"


def collect_records(
    paths: list[str], *, reference_date: date | None = None, options: ReadOptions = DEFAULT_OPTIONS
) -> RunResult:
    """Ingest, extract and validate; every input ends as a record, quarantined item or duplicate."""
    from etl.extract import extract_records
    from etl.ingest import ingest_articles
    from etl.validate import validate_records

    result = RunResult()
    articles: list[Article] = []
    for item in ingest_articles(paths, options):
        result.inputs += 1
        if isinstance(item, Article):
            articles.append(item)
        elif isinstance(item, Duplicate):
            result.duplicates.append(item)
        else:
            result.quarantined.append(item)
    candidates: list[Record] = []
    for extracted in extract_records(articles, reference_date=reference_date):
        if isinstance(extracted, QuarantinedItem):
            result.quarantined.append(extracted)
        else:
            candidates.append(extracted)
    validation = validate_records(candidates)
    result.records = validation.records
    result.quarantined += validation.quarantined
    return result


def run_pipeline(
    paths: list[str],
    *,
    reference_date: date | None = None,
    dist_dir: Path = DIST_DIR,
    dataset: str = DATASET_NAME,
    options: ReadOptions = DEFAULT_OPTIONS,
) -> RunResult:
    """Run every stage and publish a release under `dist_dir/dataset/` when the gate passes."""
    from etl.load import build_tables, load_package
    from etl.validate import check_tables

    result = collect_records(paths, reference_date=reference_date, options=options)
    tables = build_tables(result.records, result.quarantined, result.duplicates)
    result.report = check_tables(tables)
    result.publish = load_package(
        tables, result.report, dist_dir=dist_dir, dataset=dataset,
        created=created_timestamp(result.records),
        sources=[{"title": "Input articles", "path": path} for path in paths],
        manifest=result.manifest(),
    )
    return result


def created_timestamp(records: list[Record]) -> str | None:
    """`created` for the package: SOURCE_DATE_EPOCH if set, else the newest publication date.

    Never the wall clock, so that the same inputs give the same bytes.
    """
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        moment = datetime.fromtimestamp(int(epoch), tz=UTC)
        return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
    days = [r.published.value for r in records if r.published and r.published.precision == "day"]
    return f"{max(days)}T00:00:00Z" if days else None
