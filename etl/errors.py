"""The EtlError hierarchy. Each error keeps its facts and builds its message once."""

from __future__ import annotations

from pathlib import Path


class EtlError(Exception):
    """Base class: an anticipated failure that the CLI shows as `Error: ...` with exit 1."""


class IngestError(EtlError):
    """An input path cannot be read at all (a bad item inside a run is quarantined instead)."""

    def __init__(self, what: str, where: str | Path, fix: str) -> None:
        self.what, self.where, self.fix = what, str(where), fix
        super().__init__(f"{what} ({where}). {fix}")


class ExtractError(EtlError):
    """The extraction pipeline cannot be built (e.g. reference data is broken)."""

    def __init__(self, what: str, where: str | Path, fix: str) -> None:
        self.what, self.where, self.fix = what, str(where), fix
        super().__init__(f"{what} ({where}). {fix}")


class RecordSchemaError(EtlError):
    """Data failed the quality gate; `report` holds the failed checks."""

    def __init__(self, message: str, report: object | None = None) -> None:
        self.report = report
        super().__init__(message)


class PackageError(EtlError):
    """A dataset package cannot be written or read."""

    def __init__(self, what: str, where: str | Path, fix: str) -> None:
        self.what, self.where, self.fix = what, str(where), fix
        super().__init__(f"{what} ({where}). {fix}")
