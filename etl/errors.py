"""The EtlError hierarchy. Each error keeps its facts and builds its message once."""

from __future__ import annotations

from pathlib import Path


class EtlError(Exception):
    """Base class: an anticipated failure that the CLI shows as `Error: ...` with exit 1."""


class _WhatWhereFix(EtlError):
    """An error stated as what went wrong, where, and how to fix it."""

    def __init__(self, what: str, where: str | Path, fix: str) -> None:
        self.what, self.where, self.fix = what, str(where), fix
        super().__init__(f"{what} ({where}). {fix}")

    def __reduce__(self) -> tuple[type, tuple[str, str, str]]:
        # Raised in a worker process, the error is pickled to the main one: by default that
        # rebuilds it from its message alone, which this __init__ refuses (and a process
        # pool's result thread died of it, so the run hung instead of failing).
        return type(self), (self.what, self.where, self.fix)


class IngestError(_WhatWhereFix):
    """An input path cannot be read at all (a bad item inside a run is quarantined instead)."""


class ExtractError(_WhatWhereFix):
    """The extraction pipeline cannot be built (e.g. reference data is broken)."""


class RecordSchemaError(EtlError):
    """Data failed the quality gate; `report` holds the failed checks."""

    def __init__(self, message: str, report: object | None = None) -> None:
        self.report = report
        super().__init__(message)

    def __reduce__(self) -> tuple[type, tuple[str, object | None]]:
        return type(self), (str(self), self.report)


class PackageError(_WhatWhereFix):
    """A dataset package cannot be written or read."""
