# Self-documenting Makefile: `make` or `make help` lists the targets.
.DEFAULT_GOAL := help
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
ETL := $(BIN)/etl
# Reproducible builds: `created` in the package is the time of the last commit that changed
# the inputs, never the wall clock.
SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct -- seeds 2>/dev/null)
export SOURCE_DATE_EPOCH
export GX_ANALYTICS_ENABLED := false
PKG ?= dist/news-records/$(shell $(PYTHON) -c "import json;print(json.load(open('dist/news-records/latest.json'))['version'])" 2>/dev/null)

.PHONY: help install install-dev run extract validate schemas test lint typecheck clean

help: ## List the targets
	@grep -hE '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  \033[36m%-14s\033[0m %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"

$(VENV)/.installed: $(BIN)/python pyproject.toml requirements.lock
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	@touch $@

$(VENV)/.installed-dev: $(VENV)/.installed requirements-dev.lock
	$(BIN)/pip install --quiet -r requirements-dev.lock
	@touch $@

install: $(VENV)/.installed ## Create .venv/ and install the pinned dependencies and the etl CLI

install-dev: $(VENV)/.installed-dev ## install, plus the test and lint tools

run: install ## Extract the seed articles and publish dist/news-records/<version>/ (or say it is up to date)
	$(ETL) run

extract: install ## Print the seed records as JSON lines (reference date 2024-11-30)
	$(ETL) extract seeds --reference-date 2024-11-30

validate: install ## Re-check the latest published release (PKG=dist/news-records/X.Y.Z for another)
	$(ETL) validate $(PKG)

schemas: install ## Regenerate JSON Schema, table schemas and quality suites in schemas/
	$(ETL) schemas

test: install-dev ## Run the whole test suite
	$(BIN)/pytest -q

lint: install-dev ## ruff on etl/ and tests/
	$(BIN)/ruff check etl tests

typecheck: install-dev ## mypy on the package
	$(BIN)/mypy

clean: ## Remove the venv and caches (never dist/: releases are immutable)
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache *.egg-info
	find . -name __pycache__ -type d -prune -exec rm -rf {} +

HAREM_DIR ?= ../shared/benchmarks/harem

.PHONY: bench-quality bench-ingest
bench-quality: install ## Score extraction: our gold dev/held-out sets per kind and language, and HAREM
	$(BIN)/python benchmarks/gold_score.py tests/data/articles.jsonl tests/data/dev.jsonl --heldout tests/data/heldout.jsonl
	$(BIN)/python benchmarks/ner_score.py --harem-conventions $(HAREM_DIR)/FirstHAREM-selective-dev.json $(HAREM_DIR)/MiniHAREM-selective.json

bench-ingest: install ## Ingest throughput (files/s) on a generated folder of 3,000 small HTML pages
	$(BIN)/python benchmarks/bench_ingest.py --pages 3000

.PHONY: bench
bench: install ## Scale: end-to-end articles/s, MB/s and peak RSS at 1k/10k/100k, extraction vs tokenizer, Dask 1 vs 2 workers (SIZES=1000,10000)
	$(BIN)/python benchmarks/bench_scale.py --sizes $(or $(SIZES),1000,10000,100000)
