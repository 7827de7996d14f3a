"""Shared, small, in-memory fixtures."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")

PROJECT_DIR = Path(__file__).resolve().parent.parent
SEED_PATH = PROJECT_DIR / "seeds" / "000_b11bf649713d4806.txt"


@pytest.fixture
def article() -> Callable[..., object]:
    """Factory: `article(text, language="pt", published=None, **metadata)` -> Article."""
    from etl.ingest.metadata import parse_published
    from etl.models import Article

    def make(text: str, *, language: str | None = "pt", published: str | None = None,
             input_id: str = "test", **metadata: str) -> Article:
        return Article(input_id=input_id, text=text, language=language,
                       published=parse_published(published), **metadata)

    return make


@pytest.fixture
def extract(article: Callable[..., object]) -> Callable[..., object]:
    """`extract(text, language="pt", published=None, reference_date=None)` -> a validated Record."""
    from etl.extract import extract_record
    from etl.models import Record

    def run(text: str, *, language: str = "pt", published: str | None = None,
            reference_date: date | None = None) -> Record:
        candidate = extract_record(article(text, language=language, published=published),
                                   reference_date=reference_date)
        assert isinstance(candidate, Record), candidate
        return Record.model_validate(candidate.model_dump())

    return run


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED_PATH.read_text(encoding="utf-8")
