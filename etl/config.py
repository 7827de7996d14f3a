"""Paths and defaults, nothing else."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
SEEDS_DIR = Path(os.environ.get("ETL_SEEDS_DIR", PROJECT_DIR / "seeds"))
REFERENCE_DIR = Path(os.environ.get("ETL_REFERENCE_DIR", SEEDS_DIR / "reference"))
SCHEMAS_DIR = PROJECT_DIR / "schemas"
DIST_DIR = PROJECT_DIR / "dist"

DATASET_NAME = "news-records"
DATASET_TITLE = "News records: evidence-linked actors, quantities, dates and sources"
DATASET_LICENSE = {"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/",
                   "title": "Creative Commons Attribution 4.0"}
SUPPORTED_LANGUAGES = ("pt", "en", "es")
DEFAULT_LANGUAGE = "pt"

# Inputs over these limits are quarantined as `too-large`, never loaded whole.
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_TEXT_CHARS = 1_000_000
