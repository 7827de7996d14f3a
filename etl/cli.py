"""The `etl` command line: thin commands over the library.

Only click is imported at start-up; each command imports the stage it needs, so that
`etl --help` stays instant.
"""

from __future__ import annotations

import atexit
import functools
import gc
import os
import re
import signal
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])


def _handle_errors(func: F) -> F:
    """The one place where an EtlError or OSError becomes `Error: ...` and exit status 1."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from etl.errors import EtlError

        try:
            return func(*args, **kwargs)
        except (EtlError, OSError) as e:  # OSError: a folder that cannot be written, a full disk
            if click.get_current_context().find_root().params.get("debug"):
                raise
            raise click.ClickException(str(e) if isinstance(e, EtlError) else _os_message(e)) from e

    return wrapper  # type: ignore[return-value]


def _os_message(e: OSError) -> str:
    where = f" ({e.filename})" if e.filename else ""
    return f"{e.strerror or e}{where}. Check that the path exists and can be written, and that the disk has room."


def _parse_date(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date like 2024-11-30") from None


def _exit_on_sigterm(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


def _dataset_name(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """A Frictionless package name: lowercase letters, digits, ".", "_" and "-" (no path)."""
    if value is not None and not re.fullmatch(r"[a-z0-9][a-z0-9._-]*", value):
        raise click.BadParameter(f"{value!r} is not a dataset name: use lowercase letters, digits, '.', '_' "
                                 "and '-' (it names a folder inside --dist)")
    return value


reference_date_option = click.option(
    "--reference-date",
    callback=_parse_date,
    metavar="YYYY-MM-DD",
    help="Resolve relative dates against this day when an article has no publication date.",
)
json_option = click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
paths_argument = click.argument("paths", nargs=-1, metavar="[PATH]...")


def ingest_options(func: F) -> F:
    """Options shared by the commands that read inputs."""
    func = click.option("--text-column", metavar="NAME",
                        help="Column with the article text in .csv/.tsv inputs.")(func)
    func = click.option("--max-file-bytes", type=click.IntRange(min=1), default=None, metavar="N",
                        help="Quarantine .txt/.html files larger than this (default 20 MiB).")(func)
    func = click.option("--max-text-chars", type=click.IntRange(min=1), default=None, metavar="N",
                        help="Quarantine articles longer than this (default 1,000,000).")(func)
    return func


def run_options(func: F) -> F:
    """Options shared by the commands that extract: parallelism, cache, progress."""
    func = click.option("--workers", type=click.IntRange(min=1), default=None, metavar="N",
                        help="Extraction processes (default: the number of cores).")(func)
    func = click.option("--executor", type=click.Choice(["local", "dask"]), default="local",
                        show_default=True,
                        help="local: a process pool; dask: a dask.distributed cluster.")(func)
    func = click.option("--scheduler", metavar="ADDRESS",
                        help="Dask scheduler, e.g. tcp://host:8786 (default: start a LocalCluster).")(func)
    func = click.option("--cache-dir", type=click.Path(file_okay=False, path_type=Path),
                        help="Extraction cache folder (default: .etl-cache/ in the project).")(func)
    func = click.option("--no-cache", is_flag=True, help="Extract every article again.")(func)
    func = click.option("--batch-size", type=click.IntRange(min=1), default=None, metavar="N",
                        help="Inputs per write and quality-gate batch (default 256).")(func)
    func = click.option("--quiet", "-q", is_flag=True, help="No progress bar.")(func)
    return func


def _run_options(workers: int | None, executor: str, scheduler: str | None,
                 cache_dir: Path | None, no_cache: bool, batch_size: int | None,
                 quiet: bool) -> Any:
    from etl.extract.cache import DEFAULT_CACHE_DIR
    from etl.extract.parallel import default_workers
    from etl.pipeline import DEFAULT_BATCH_SIZE, RunOptions

    show = not quiet and sys.stderr.isatty()
    return RunOptions(workers=workers or default_workers(), executor=executor,  # type: ignore[arg-type]
                      scheduler=scheduler, cache_dir=None if no_cache else cache_dir or DEFAULT_CACHE_DIR,
                      batch_size=batch_size or DEFAULT_BATCH_SIZE,
                      progress=_Progress() if show else None)


class _Progress:
    """A rich progress line on stderr, shown once a run has lasted a second."""

    def __init__(self) -> None:
        import time

        self.started = time.monotonic()
        self.bar: Any = None

    def __call__(self, result: Any) -> None:
        import time

        elapsed = time.monotonic() - self.started
        if self.bar is None:
            if elapsed < 1:
                return
            from rich.console import Console
            from rich.progress import Progress, TextColumn, TimeElapsedColumn

            self.bar = Progress(TextColumn("{task.description}"), TimeElapsedColumn(),
                                console=Console(stderr=True), transient=True)
            self.task = self.bar.add_task("")
            self.bar.start()
        rate = result.inputs / elapsed if elapsed else 0.0
        self.bar.update(self.task, description=(
            f"{result.inputs:,} articles, {rate:,.0f}/s, {len(result.quarantined):,} quarantined"))

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()


def _read_options(text_column: str | None, max_file_bytes: int | None,
                  max_text_chars: int | None) -> Any:
    from etl.ingest import ReadOptions

    defaults = ReadOptions()
    return ReadOptions(max_file_bytes=max_file_bytes or defaults.max_file_bytes,
                       max_text_chars=max_text_chars or defaults.max_text_chars,
                       text_column=text_column)


def _default_paths(paths: tuple[str, ...]) -> list[str]:
    """The user's paths, or the seed articles (the files directly in seeds/, not its reference data)."""
    if paths:
        return list(paths)
    from etl.config import SEEDS_DIR
    from etl.ingest.paths import is_article_file

    return [os.path.relpath(p) for p in sorted(SEEDS_DIR.iterdir()) if is_article_file(p)]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="etl-news-records", prog_name="etl")
@click.option("--debug", is_flag=True, help="Show tracebacks instead of one-line errors.")
def cli(debug: bool) -> None:
    """Turn news articles into evidence-linked records and versioned dataset packages.

    Example:

    \b
        etl run                       # the seed articles in seeds/
        etl run articles/ more.jsonl  # your own files, folders or JSONL
        etl validate dist/news-records/1.0.0
    """
    # The process ends with the command: what it built (spaCy pipelines, GX, polars) goes with
    # it, and the collector need not walk it first (0.3 s of CPU after `etl run` on one article).
    atexit.unregister(gc.freeze)
    atexit.register(gc.freeze)


@cli.command()
@paths_argument
@reference_date_option
@click.option("--dist", "dist_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Folder that holds the dataset releases (default: dist/).")
@click.option("--dataset", default=None, callback=_dataset_name, help="Dataset name (default: news-records).")
@ingest_options
@run_options
@json_option
@_handle_errors
def run(paths: tuple[str, ...], reference_date: date | None, dist_dir: Path | None,
        dataset: str | None, as_json: bool, text_column: str | None,
        max_file_bytes: int | None, max_text_chars: int | None, **execution: Any) -> None:
    """Ingest, extract, validate and publish a dataset release (PATHs default to seeds/).

    PATH is a .txt, .html, .jsonl/.ndjson or .csv file, a folder, a glob or '-' for stdin
    (JSONL when its first line is a JSON object, else one text article).
    Exits 1 when the quality gate blocks the release.

    Example:

    \b
        etl run
        etl run articles/ --reference-date 2024-11-30 --dist out/
        etl run big.jsonl --workers 2 --executor dask --scheduler tcp://host:8786
    """
    from etl import config
    from etl.pipeline import run_pipeline

    run_options_ = _run_options(**execution)
    # SIGTERM (a scheduler's stop, `timeout`) unwinds like Ctrl-C: the half-built release is removed.
    signal.signal(signal.SIGTERM, _exit_on_sigterm)
    try:
        result = run_pipeline(_default_paths(paths), reference_date=reference_date,
                              dist_dir=dist_dir or config.DIST_DIR,
                              dataset=dataset or config.DATASET_NAME,
                              options=_read_options(text_column, max_file_bytes, max_text_chars),
                              run=run_options_)
    finally:
        if run_options_.progress:
            run_options_.progress.close()
    if as_json:
        click.echo(_json_dumps(_run_summary(result)))
    else:
        click.echo(result.summary())
        if result.publish.status == "blocked":
            click.echo(result.report.render(), err=True)
        click.echo(result.publish.message)
    if result.publish.status == "blocked":
        sys.exit(1)


def _run_summary(result: Any) -> dict[str, Any]:
    publish = result.publish
    return {
        "inputs": result.inputs, "records": result.record_count,
        "quarantined": [q.model_dump() for q in result.quarantined],
        "duplicates": [d.model_dump() for d in result.duplicates],
        "status": publish.status, "version": publish.version,
        "path": str(publish.path) if publish.path else None, "message": publish.message,
    }


@cli.command()
@paths_argument
@reference_date_option
@click.option("--format", "output_format", type=click.Choice(["jsonl", "json"]), default="jsonl",
              show_default=True, help="One JSON record per line, or one JSON array.")
@ingest_options
@run_options
@_handle_errors
def extract(paths: tuple[str, ...], reference_date: date | None, output_format: str,
            text_column: str | None, max_file_bytes: int | None, max_text_chars: int | None,
            **execution: Any) -> None:
    """Print the extracted records of articles, without publishing anything (PATHs default to seeds/).

    Records are printed as they are extracted; quarantined and duplicate items are
    reported on stderr at the end.

    Example:

    \b
        etl extract seeds/ --reference-date 2024-11-30
    """
    from etl.pipeline import RecordData, RunResult, stream_outcomes

    result, records = RunResult(), []
    for batch in stream_outcomes(_default_paths(paths), result, reference_date=reference_date,
                                 options=_read_options(text_column, max_file_bytes, max_text_chars),
                                 run=_run_options(**{**execution, "quiet": True})):
        for record in (o.to_record().model_dump(mode="json") for o in batch
                       if isinstance(o, RecordData)):
            if output_format == "json":
                records.append(record)
            else:
                click.echo(_json_dumps(record))
    if output_format == "json":
        click.echo(_json_dumps(records, indent=2))
    _report_extract(result)


def _report_extract(result: Any) -> None:
    for item in result.quarantined:
        click.echo(f"Quarantined: {item.input_id} ({item.stage}, {item.reason}): {item.message}", err=True)
    for dup in result.duplicates:
        click.echo(f"Duplicate: {dup.input_id} repeats {dup.duplicate_of}", err=True)
    click.echo(result.summary(), err=True)


@cli.command()
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@reference_date_option
@_handle_errors
def annotate(path: Path, reference_date: date | None) -> None:
    """Print flat labelled spans (PERSON, ORG, GPE, LOC, DATE, QUANTITY) per JSONL article.

    Offsets index into each line's `text` exactly as given (no clean-up), so they can be
    scored against NER gold standards such as HAREM or CoNLL.

    Example:

    \b
        etl annotate corpus.jsonl > predicted.jsonl
    """
    from etl.extract.annotate import annotate_jsonl

    for line in annotate_jsonl(path, reference_date=reference_date):
        click.echo(_json_dumps(line))


@cli.command()
@click.argument("path", type=click.Path(exists=True, file_okay=False, path_type=Path))
@json_option
@_handle_errors
def validate(path: Path, as_json: bool) -> None:
    """Re-check a published release: checksums, quality suites, keys and evidence spans.

    Exits 1 when any check fails: run it in CI on the data you consume.

    Example:

    \b
        etl validate dist/news-records/1.0.0
    """
    from etl.validate import validate_package

    report = validate_package(path)
    click.echo(report.to_json() if as_json else report.render())
    if not report.valid:
        sys.exit(1)


@cli.command()
@click.option("--check", is_flag=True, help="Exit 1 if the committed files differ from the models.")
@click.option("--dir", "directory", type=click.Path(file_okay=False, path_type=Path),
              help="Where to write (default: schemas/).")
@_handle_errors
def schemas(check: bool, directory: Path | None) -> None:
    """Write JSON Schema, table schemas and quality suites generated from the models.

    Example:

    \b
        etl schemas
        etl schemas --check
    """
    from etl import config
    from etl.schemas import write_schemas

    changed = write_schemas(directory or config.SCHEMAS_DIR, check=check)
    for path in changed:
        click.echo(f"{'Out of date' if check else 'Wrote'}: {path}")
    if check and changed:
        click.echo("Run `make schemas` and commit the result.", err=True)
        sys.exit(1)
    if not changed:
        click.echo("Schemas are up to date.")


def _json_dumps(value: Any, indent: int | None = None) -> str:
    import json

    return json.dumps(value, ensure_ascii=False, indent=indent, sort_keys=False)
