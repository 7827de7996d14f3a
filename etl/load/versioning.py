"""Semantic versions decided from the diff with the previous release.

MAJOR: a table or column removed, or a column retyped (breaks readers).
MINOR: a table or column added, or records added or removed (by doc_id).
PATCH: values changed only. Identical content (by content hash) is no release at all.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

import polars as pl

from etl.load.result import Change

FIRST_VERSION = "1.0.0"


def _row_hash(row: dict[str, Any]) -> str:
    text = json.dumps(row, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def content_hash(df: pl.DataFrame) -> str:
    """SHA-256 of a table's schema and rows in order, independent of the file format."""
    digest = hashlib.sha256(json.dumps({k: str(v) for k, v in df.schema.items()}).encode())
    for row in df.iter_rows(named=True):
        digest.update(_row_hash(row).encode("ascii"))
    return digest.hexdigest()


def record_hashes(records: pl.DataFrame) -> dict[str, str]:
    """doc_id -> hash of that article's whole nested record."""
    return {row["doc_id"]: _row_hash(row) for row in records.iter_rows(named=True)}


@dataclass
class Diff:
    """What changed between two releases."""

    added_tables: list[str] = field(default_factory=list)
    removed_tables: list[str] = field(default_factory=list)
    added_columns: list[str] = field(default_factory=list)
    removed_columns: list[str] = field(default_factory=list)
    retyped_columns: list[str] = field(default_factory=list)
    added_records: list[str] = field(default_factory=list)
    removed_records: list[str] = field(default_factory=list)
    changed_records: list[str] = field(default_factory=list)
    changed_tables: list[str] = field(default_factory=list)
    counts: dict[str, tuple[int | None, int | None]] = field(default_factory=dict)

    @property
    def change(self) -> Change | None:
        """The semantic-version bump this diff calls for, or None when nothing changed."""
        if self.removed_tables or self.removed_columns or self.retyped_columns:
            return "major"
        if self.added_tables or self.added_columns or self.added_records or self.removed_records:
            return "minor"
        if self.changed_tables or self.changed_records:
            return "patch"
        return None


def diff_tables(previous: dict[str, pl.DataFrame], current: dict[str, pl.DataFrame]) -> Diff:
    """Compare two releases' tables: schemas by column and dtype, contents by hash."""
    diff = Diff()
    diff.added_tables = sorted(set(current) - set(previous))
    diff.removed_tables = sorted(set(previous) - set(current))
    for name in sorted(set(previous) & set(current)):
        old, new = dict(previous[name].schema), dict(current[name].schema)
        diff.added_columns += [f"{name}.{c} ({new[c]})" for c in new if c not in old]
        diff.removed_columns += [f"{name}.{c} ({old[c]})" for c in old if c not in new]
        diff.retyped_columns += [f"{name}.{c} ({old[c]} -> {new[c]})" for c in new
                                 if c in old and old[c] != new[c]]
        if content_hash(previous[name]) != content_hash(current[name]):
            diff.changed_tables.append(name)
    for name in sorted(set(previous) | set(current)):
        diff.counts[name] = (previous[name].height if name in previous else None,
                             current[name].height if name in current else None)
    if "records" in previous and "records" in current:
        old_docs, new_docs = record_hashes(previous["records"]), record_hashes(current["records"])
        diff.added_records = sorted(set(new_docs) - set(old_docs))
        diff.removed_records = sorted(set(old_docs) - set(new_docs))
        diff.changed_records = sorted(d for d in set(old_docs) & set(new_docs)
                                      if old_docs[d] != new_docs[d])
    return diff


def bump_version(version: str, change: Change) -> str:
    """Return the next semantic version.

    Examples:
        >>> bump_version("1.2.3", "minor")
        '1.3.0'
    """
    major, minor, patch = (int(part) for part in version.split("."))
    if change == "major":
        return f"{major + 1}.0.0"
    if change == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def _section(title: str, items: list[str]) -> list[str]:
    return [f"### {title}", "", *[f"- {item}" for item in items], ""] if items else []


def changelog_entry(version: str, previous: str | None, created: str | None,
                    diff: Diff | None, counts: dict[str, int]) -> str:
    """The CHANGELOG.md entry of one release (markdown, newest-first friendly)."""
    heading = f"## {version}" + (f" ({created})" if created else "")
    if previous is None or diff is None:
        lines = [heading, "", "First release.", ""]
        lines += ["### Counts", "", "| table | rows |", "| --- | ---: |"]
        lines += [f"| {name} | {n} |" for name, n in counts.items()]
        return "\n".join(lines) + "\n"
    lines = [heading, "", f"{(diff.change or 'no').capitalize()} change against {previous}.", ""]
    lines += _section("Schema", [f"added table {t}" for t in diff.added_tables]
                      + [f"removed table {t}" for t in diff.removed_tables]
                      + [f"added column {c}" for c in diff.added_columns]
                      + [f"removed column {c}" for c in diff.removed_columns]
                      + [f"retyped column {c}" for c in diff.retyped_columns])
    lines += _section("Records", [f"added {d}" for d in diff.added_records]
                      + [f"removed {d}" for d in diff.removed_records]
                      + [f"changed {d}" for d in diff.changed_records])
    lines += ["### Counts", "", f"| table | {previous} | {version} |", "| --- | ---: | ---: |"]
    lines += [f"| {name} | {'-' if old is None else old} | {'-' if new is None else new} |"
              for name, (old, new) in diff.counts.items()]
    return "\n".join(lines) + "\n"
