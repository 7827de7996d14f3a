"""The committed seed releases: every one validates, and re-running the pipeline on seeds/
reproduces the latest one byte for byte (and publishes nothing over it)."""

from __future__ import annotations

import calendar
import json
import shutil
from datetime import datetime
from pathlib import Path

import pytest

from etl.config import DATASET_NAME, DIST_DIR, SEEDS_DIR

DATASET_DIR = DIST_DIR / DATASET_NAME
RELEASES = sorted(
    (p for p in DATASET_DIR.glob("*.*.*") if p.is_dir()),
    key=lambda p: tuple(int(x) for x in p.name.split(".")),
)


def _seed_paths() -> list[str]:
    from etl.ingest.paths import is_article_file

    return [str(p) for p in sorted(SEEDS_DIR.iterdir()) if is_article_file(p)]


def _run(dist: Path, monkeypatch, created: str | None):
    from etl.pipeline import run_pipeline

    if created:
        epoch = calendar.timegm(datetime.strptime(created, "%Y-%m-%dT%H:%M:%SZ").timetuple())
        monkeypatch.setenv("SOURCE_DATE_EPOCH", str(epoch))
    else:
        monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    monkeypatch.chdir(SEEDS_DIR.parent)
    return run_pipeline([str(Path(p).relative_to(SEEDS_DIR.parent)) for p in _seed_paths()],
                        dist_dir=dist, dataset=DATASET_NAME)


def test_release_latest_json_names_newest_release():
    assert RELEASES, "no committed release under dist/: run `make run` and commit dist/"
    latest = json.loads((DATASET_DIR / "latest.json").read_text(encoding="utf-8"))
    assert latest["version"] == RELEASES[-1].name


@pytest.mark.parametrize("release", RELEASES, ids=[p.name for p in RELEASES])
def test_release_validates(release):
    from etl.validate import validate_package

    report = validate_package(release)
    assert report.valid, report.render()


def test_release_rerun_reproduces_latest_byte_for_byte(tmp_path, monkeypatch):
    latest = RELEASES[-1]
    created = json.loads((latest / "datapackage.json").read_text(encoding="utf-8")).get("created")
    dist = tmp_path / "dist"
    target = dist / DATASET_NAME
    target.mkdir(parents=True)
    for release in RELEASES[:-1]:
        shutil.copytree(release, target / release.name)
    if len(RELEASES) > 1:
        (target / "latest.json").write_text(json.dumps({"version": RELEASES[-2].name}) + "\n", encoding="utf-8")
    result = _run(dist, monkeypatch, created)
    assert (result.publish.status, result.publish.version) == ("published", latest.name)
    rebuilt = target / latest.name
    committed_files = sorted(p.relative_to(latest) for p in latest.rglob("*") if p.is_file())
    assert sorted(p.relative_to(rebuilt) for p in rebuilt.rglob("*") if p.is_file()) == committed_files
    for rel in committed_files:
        assert (rebuilt / rel).read_bytes() == (latest / rel).read_bytes(), f"{rel} differs"


def test_release_rerun_over_committed_dist_is_up_to_date(tmp_path, monkeypatch):
    dist = tmp_path / "dist"
    shutil.copytree(DATASET_DIR, dist / DATASET_NAME)
    result = _run(dist, monkeypatch, None)
    assert (result.publish.status, result.publish.version) == ("up-to-date", RELEASES[-1].name)
