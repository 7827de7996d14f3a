"""The outcome of `load_package` (kept free of heavy imports)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

PublishStatus = Literal["published", "up-to-date", "blocked"]
Change = Literal["major", "minor", "patch"]


@dataclass(frozen=True)
class PublishResult:
    """What `load_package` did.

    Attributes:
        status: `published`, `up-to-date` (identical data, nothing written) or `blocked`
            (the quality gate failed, nothing written).
        version: The version published, or the current one when up to date.
        path: The version directory, or None when blocked.
        previous: The version that was latest before this call, if any.
        change: The semantic-version bump against `previous`, if published.
        message: One human line.
    """

    status: PublishStatus
    version: str | None
    path: Path | None
    previous: str | None
    change: Change | None
    message: str
