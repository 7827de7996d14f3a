"""The extraction cache: a re-run extracts nothing; a grown corpus extracts only what is new."""

from __future__ import annotations

import json
from datetime import date

from test_scale import write_corpus

from etl.extract.cache import cache_key
from etl.pipeline import RunOptions, run_pipeline


def test_cache_second_run_extracts_nothing_and_grown_corpus_only_the_new(tmp_path):
    corpus, dist = tmp_path / "corpus.jsonl", tmp_path / "dist"
    run = RunOptions(cache_dir=tmp_path / "cache", batch_size=4)
    write_corpus(corpus, 8, seed=5)
    first = run_pipeline([str(corpus)], dist_dir=dist, run=run)
    assert (first.extracted, first.cached, first.publish.version) == (8, 0, "1.0.0")
    again = run_pipeline([str(corpus)], dist_dir=dist, run=run)
    assert (again.extracted, again.cached, again.publish.status) == (0, 8, "up-to-date")
    write_corpus(corpus, 11, seed=5)  # the same 8 articles, then 3 more
    grown = run_pipeline([str(corpus)], dist_dir=dist, run=run)
    assert (grown.extracted, grown.cached) == (3, 8)
    assert (grown.publish.status, grown.publish.change, grown.publish.version) == (
        "published", "minor", "1.1.0")


def test_cache_hit_publishes_the_bytes_of_a_fresh_extraction(tmp_path, monkeypatch):
    from test_scale import files

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    corpus = write_corpus(tmp_path / "corpus.jsonl", 5, seed=9)
    cache = RunOptions(cache_dir=tmp_path / "cache")
    run_pipeline([str(corpus)], dist_dir=tmp_path / "warm", run=cache)
    run_pipeline([str(corpus)], dist_dir=tmp_path / "hit", run=cache)
    run_pipeline([str(corpus)], dist_dir=tmp_path / "fresh")
    assert files(tmp_path / "hit") == files(tmp_path / "fresh")


def test_cache_key_depends_on_reference_date_language_and_url(article):
    one = article("Texto", language="pt")
    keys = {cache_key(one, "d", None), cache_key(one, "d", date(2024, 11, 30)),
            cache_key(article("Texto", language="es"), "d", None), cache_key(one, "e", None),
            cache_key(article("Texto", language="pt", url="https://g1.globo.com/x"), "d", None),
            cache_key(article("Texto", language="pt", url="https://www.publico.pt/x"), "d", None)}
    assert len(keys) == 6
    dated = article("Texto", language="pt", published="2024-11-29")
    assert cache_key(dated, "d", None) == cache_key(dated, "d", date(2020, 1, 1))
    assert json.dumps(cache_key(one, "d", None))  # a plain string


def test_extractor_version_covers_the_record_contract(tmp_path, monkeypatch):
    from etl.extract import cache

    models = tmp_path / "models.py"
    models.write_text("# a model\n")
    cache.extractor_version.cache_clear()
    monkeypatch.setattr(cache, "_MODELS", models)
    before = cache.extractor_version()
    models.write_text("# a model with one more field\n")
    cache.extractor_version.cache_clear()
    try:
        assert cache.extractor_version() != before
    finally:
        cache.extractor_version.cache_clear()
