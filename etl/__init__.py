"""etl: news articles -> evidence-linked records -> versioned, quality-gated dataset packages.

The stage functions are re-exported lazily so that `etl --help` does not import spaCy,
polars or great-expectations.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "run_pipeline": "etl.pipeline",
    "ingest_articles": "etl.ingest",
    "extract_records": "etl.extract",
    "validate_records": "etl.validate",
    "load_package": "etl.load",
}
__all__ = ["__version__", *_EXPORTS]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        import importlib

        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'etl' has no attribute {name!r}")
