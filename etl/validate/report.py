"""The quality report: one result per check, rendered for people or as stable JSON."""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

MAX_EXAMPLES = 5


def to_plain(value: Any) -> Any:
    """Reduce a value to stable JSON types (NaN -> None, dates -> ISO, numpy -> Python).

    Examples:
        >>> to_plain({"b": float("nan"), "a": (1, 2.0)})
        {'a': [1, 2.0], 'b': None}
    """
    if isinstance(value, dict):
        return {str(k): to_plain(v) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))}
    if isinstance(value, (list, tuple)):
        return [to_plain(v) for v in value]
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, float):
        return None if math.isnan(value) else value
    if isinstance(value, int):
        return value
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if hasattr(value, "item"):  # numpy and pandas scalars
        return to_plain(value.item())
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


@dataclass(frozen=True)
class CheckResult:
    """The outcome of one check on one table.

    `details` always has `message` (one readable line); failed checks also have
    `unexpected_count` and up to five `examples` of offending values or rows.
    """

    table: str
    check: str
    success: bool
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def message(self) -> str:
        """The one-line explanation of the result."""
        return str(self.details.get("message", ""))

    def to_dict(self) -> dict[str, Any]:
        """Return the result as plain JSON types."""
        return {"table": self.table, "check": self.check, "success": self.success,
                "details": to_plain(self.details)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CheckResult:
        """Inverse of `to_dict`."""
        return cls(data["table"], data["check"], data["success"], data.get("details", {}))


def failure(table: str, check: str, message: str, examples: Sequence[Any] = (),
            count: int | None = None) -> CheckResult:
    """Build a failed result with a message, an unexpected count and a few examples."""
    examples = list(examples)
    details = {"message": message,
               "unexpected_count": len(examples) if count is None else count,
               "examples": to_plain(examples[:MAX_EXAMPLES])}
    return CheckResult(table, check, False, details)


def passed(table: str, check: str, message: str) -> CheckResult:
    """Build a passed result."""
    return CheckResult(table, check, True, {"message": message})


@dataclass
class QualityReport:
    """All checks run by the quality gate. `valid` is True when every check passed."""

    checks: list[CheckResult] = field(default_factory=list)

    @property
    def valid(self) -> bool:
        """Whether every check passed."""
        return all(check.success for check in self.checks)

    @property
    def failed(self) -> list[CheckResult]:
        """The checks that failed, in report order."""
        return [check for check in self.checks if not check.success]

    def extend(self, checks: Iterable[CheckResult]) -> QualityReport:
        """Append checks and return the report."""
        self.checks.extend(checks)
        return self

    def flatten(self, keys: Sequence[str] = ("table", "check", "success")) -> list[list[Any]]:
        """Compact rows of the chosen keys, for tests and quick looks (frictionless style)."""
        return [[getattr(check, key) for key in keys] for check in self.checks]

    def to_dict(self) -> dict[str, Any]:
        """Return the report as plain JSON types: no timestamps, no run ids."""
        return {
            "valid": self.valid,
            "stats": {"checks": len(self.checks), "failed": len(self.failed),
                      "tables": sorted({check.table for check in self.checks})},
            "checks": [check.to_dict() for check in self.checks],
        }

    def to_json(self) -> str:
        """Return `to_dict()` as stable JSON (sorted keys, two-space indent, newline)."""
        return json.dumps(self.to_dict(), sort_keys=True, indent=2, ensure_ascii=False) + "\n"

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> QualityReport:
        """Inverse of `to_dict`."""
        return cls([CheckResult.from_dict(check) for check in data.get("checks", [])])

    def render(self) -> str:
        """Return a readable multi-line report: a summary line, then each failed check."""
        total, failed = len(self.checks), self.failed
        tables = len({check.table for check in self.checks})
        if not failed:
            return f"Valid: all {total} checks passed on {tables} tables\n"
        lines = [f"Invalid: {len(failed)} of {total} checks failed on {tables} tables"]
        width_table = max(len(check.table) for check in failed)
        width_check = max(len(check.check) for check in failed)
        for check in failed:
            lines.append(f"  {check.table:<{width_table}}  {check.check:<{width_check}}  "
                         f"{check.message}")
            examples = check.details.get("examples") or []
            if examples:
                shown = ", ".join(json.dumps(to_plain(e), ensure_ascii=False) for e in examples)
                lines.append(f"  {'':<{width_table}}  {'':<{width_check}}  e.g. {shown}")
        lines.append("Run with --json for the full report.")
        return "\n".join(lines) + "\n"
