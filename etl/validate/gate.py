"""The quality gate: schema, expectation suites, foreign keys, evidence and counts.

The gate runs batch by batch (`Gate.check`) and merges the results deterministically, so
that every row is checked while memory stays bounded. Each expectation of the GX suites is
computed on every row with polars (`etl.validate.rowchecks`, same results as GX); GX itself
runs once per table on a bounded sample, the first `GX_SAMPLE_ROWS` rows in output order,
as a cross-check (GX costs ~20 ms per article on every row, several times extraction).
A run's gate (`background=True`) does that in a separate process, on each sample as soon
as it is full: importing GX alone takes seconds that the run would otherwise wait for.
Foreign keys, evidence and counts are per document, and a batch always holds whole documents.
So is every expectation but key uniqueness: in a run, the workers compute those on each
chunk (`check_chunk`) and the gate merges the chunks' results, which equals the batch's.
"""

from __future__ import annotations

import atexit
import functools
import re
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from etl.load.frames import RECORD_TABLES
from etl.validate.counts import check_record_counts
from etl.validate.evidence import check_evidence, evidence_name, span_columns
from etl.validate.expectations import Expectation, run_suite, suite_definitions
from etl.validate.integrity import check_foreign_key, foreign_key_name
from etl.validate.report import MAX_EXAMPLES, CheckResult, QualityReport, to_plain
from etl.validate.rowchecks import KeyIndex, check_rows
from etl.validate.schema import check_schema

GX_SAMPLE_ROWS = 1_000
GX_CHECK = "great-expectations-sample"
_BACKGROUND: Any = None  # one process per interpreter, reused by every background gate


def _warm_gx() -> None:
    import gc

    from etl.validate.expectations import _context

    _context()
    # GX's ~230,000 objects live as long as the process: frozen out of the collector's
    # generations, the collection at the process's exit no longer walks them (0.5 s of CPU).
    # No collection first: it found 86 unreachable objects and cost 0.17 s.
    gc.freeze()


def _gx_failures(name: str, sample: pl.DataFrame) -> tuple[int, list[str]]:
    """Run the table's GX suite on its sample: (expectations run, names of those that failed)."""
    results = run_suite(name, sample, suite_definitions()[name])
    return len(results), [r.check for r in results if not r.success]


def _background() -> Any:
    """The process that runs GX: importing it alone takes seconds of the main process."""
    global _BACKGROUND
    if _BACKGROUND is None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        # spawn, not the fork server: the extraction workers' pool starts that one with their
        # pipelines preloaded (`etl.extract.preload`), which a process forked from it would
        # carry, and which a fork server started here would lack. Like a fork server's child,
        # a spawned one imports the main module (a script needs its `__main__` guard either
        # way); unlike it, it tears its modules down when it exits: see `_warm_gx`.
        _BACKGROUND = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"),
                                          initializer=_ignore_interrupt)
        _BACKGROUND.submit(_warm_gx)  # imports GX while the run extracts
        atexit.register(_stop_background)
    return _BACKGROUND


def _ignore_interrupt() -> None:
    """Leave Ctrl-C to the main process, which stops the run (no traceback from this one)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _stop_background() -> None:
    global _BACKGROUND
    if _BACKGROUND is not None:
        _BACKGROUND.shutdown(wait=True, cancel_futures=True)
        _BACKGROUND = None

if TYPE_CHECKING:
    import polars as pl

    from etl.load.frames import TableSpec


def _one(check: Callable[..., CheckResult], *args: Any) -> list[CheckResult]:
    return [check(*args)]


def _guard(table: str, check: str, run: Callable[[], list[CheckResult]]) -> list[CheckResult]:
    """Run a group of checks; a crash on malformed data becomes a failed check, not a traceback."""
    try:
        return run()
    except Exception as e:  # noqa: BLE001 - any failure to run a check is a data problem here
        message = f"could not run: {type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}"
        return [CheckResult(table, check, False, {"message": message})]


@functools.cache
def _suites() -> dict[str, list[Expectation]]:
    """`suite_definitions()`, derived once per process (every chunk and batch uses them)."""
    return suite_definitions()


def per_document(e: Expectation) -> bool:
    """Whether `e` holds on a batch when it holds on each chunk of whole documents.

    All but the single-column keys, whose repeats may be in any other batch (`KeyIndex`);
    a compound key starting with doc_id repeats only within a chunk while doc_ids are unique.
    """
    if e.type == "ExpectColumnValuesToBeUnique":
        return False
    return e.type != "ExpectCompoundColumnsToBeUnique" or e.kwargs["column_list"][0] == "doc_id"


COUNTS_CHECK = "counts-agree-with-tables"
Merged = dict[tuple[str, str], CheckResult]


def _expectation_checks(name: str, df: pl.DataFrame, keys: KeyIndex,
                        chunked: Merged | None) -> list[CheckResult]:
    suite = _suites()[name]
    if chunked is None:
        return _guard(name, "expectations", lambda: check_rows(name, df, suite, keys))
    keyed = [e for e in suite if not per_document(e)]
    done = _guard(name, "expectations", lambda: check_rows(name, df, keyed, keys))
    if any(check.check == "expectations" for check in done):  # could not run
        return done
    by_name = {check.check: check for check in done}
    return [chunked[(name, e.name)] if per_document(e) else by_name[e.name]
            for e in suite]


def _table_checks(name: str, spec: TableSpec, tables: dict[str, pl.DataFrame],
                  keys: KeyIndex, chunked: Merged | None = None) -> list[CheckResult]:
    """A table's checks in report order: expectations, foreign keys, evidence.

    With `chunked` (the merged results of the batch's chunks, see `check_chunk`), only the
    key expectations are computed here and the others are taken from it.
    """
    df = tables[name]
    checks = _expectation_checks(name, df, keys, chunked)
    for key in spec.foreign_keys:
        if chunked is not None:
            checks.append(chunked[(name, foreign_key_name(key))])
            continue
        checks += _guard(name, "foreign-key",
                         partial(_one, check_foreign_key, name, df, key, tables.get(key.ref_table)))
    if "documents" in tables and not spec.nested:
        for triple in span_columns(df.columns):
            if chunked is not None:
                checks.append(chunked[(name, evidence_name(triple))])
                continue
            checks += _guard(name, "evidence",
                             partial(_one, check_evidence, name, df, tables["documents"], triple))
    return checks


def _chunk_check_names(specs: dict[str, TableSpec], tables: dict[str, pl.DataFrame],
                       ) -> list[tuple[str, str]]:
    """The (table, check) of every result `check_chunk` gives for tables like these."""
    names = []
    for name in RECORD_TABLES:
        spec, columns = specs[name], tables[name].columns
        names += [(name, e.name) for e in _suites()[name] if per_document(e)]
        names += [(name, foreign_key_name(key)) for key in spec.foreign_keys]
        if not spec.nested:
            names += [(name, evidence_name(triple)) for triple in span_columns(columns)]
    return [*names, ("records", COUNTS_CHECK)]


def check_chunk(tables: dict[str, pl.DataFrame]) -> list[CheckResult]:
    """The checks that need only one chunk's record tables (`record_tables` of whole records).

    The `per_document` expectations, the foreign keys, the evidence and the counts.
    `Gate.check` merges the chunks' results in order (counts add up, examples are the first
    in row order), which equals the result on the whole batch.
    """
    from etl.load import table_specs

    specs = table_specs()
    checks: list[CheckResult] = []
    for name in RECORD_TABLES:
        df = tables[name]
        suite = [e for e in _suites()[name] if per_document(e)]
        checks += _guard(name, "expectations", lambda: check_rows(name, df, suite))  # noqa: B023
        for key in specs[name].foreign_keys:
            checks += _guard(name, "foreign-key", partial(
                _one, check_foreign_key, name, df, key, tables.get(key.ref_table)))
        if not specs[name].nested:
            for triple in span_columns(df.columns):
                checks += _guard(name, "evidence", partial(
                    _one, check_evidence, name, df, tables["documents"], triple))
    checks += _guard("records", COUNTS_CHECK, lambda: [check_record_counts(tables)])
    return checks


def merge_chunk_checks(chunks: list[list[CheckResult]], tables: dict[str, pl.DataFrame],
                       specs: dict[str, TableSpec]) -> Merged | None:
    """The batch's `check_chunk` results merged in chunk order, if they equal the batch's own.

    They do when every one passed and no doc_id repeats in the batch (then each document's
    rows meet only that document's rows, as in its chunk, and a compound key, which starts
    with doc_id, can only repeat within a chunk). Otherwise None: a failure is
    checked again on the whole batch, so that its examples are the batch's.
    """
    merged: Merged = {}
    for checks in chunks:
        for check in checks:
            if not check.success:
                return None
            key = (check.table, check.check)
            merged[key] = merge_checks(merged[key], check) if key in merged else check
    if set(merged) != set(_chunk_check_names(specs, tables)):
        return None
    if tables["documents"].get_column("doc_id").is_duplicated().any():
        return None
    return merged


_OF = re.compile(r"^(\d+) of (\d+) (.*)$", re.S)
_ALL = re.compile(r"^all (\d+) (.*)$", re.S)


def _counts(check: CheckResult) -> tuple[int, int] | None:
    """(unexpected, total) from a message written `N of M ...` or `all M ...`."""
    if m := _OF.match(check.message):
        return int(m[1]), int(m[2])
    if m := _ALL.match(check.message):
        return 0, int(m[1])
    return None


def merge_checks(first: CheckResult, second: CheckResult) -> CheckResult:
    """Merge the results of one check on two consecutive batches.

    Counts add up (`N of M rows ...`), examples are the first five in row order, and a
    failure's message wins over a pass's. Checks without counts keep the first failure.
    """
    a, b = _counts(first), _counts(second)
    if a is None or b is None:
        return first if (not first.success or second.success) else second
    bad, total = a[0] + b[0], a[1] + b[1]
    success = first.success and second.success
    template = first if not first.success or success else second
    if m := _OF.match(template.message):
        message = f"{bad} of {total} {m[3]}"
    elif bad:
        message = f"{bad} of {total} rows failed"  # pragma: no cover - every failure is `N of M`
    else:
        message = f"all {total} {_ALL.match(template.message)[2]}"  # type: ignore[index]
    details: dict[str, Any] = {"message": message}
    if not success:
        examples = [*first.details.get("examples", []), *second.details.get("examples", [])]
        details["unexpected_count"] = bad
        details["examples"] = examples[:MAX_EXAMPLES]
    return CheckResult(first.table, first.check, success, details)


def merge_sorted_checks(first: CheckResult, second: CheckResult, column: str) -> CheckResult:
    """`merge_checks` for a check whose examples are sorted by `column` (nulls first), not in
    row order: the merged examples are the first of both batches' in that order."""
    merged = merge_checks(first, second)
    if merged.success:
        return merged
    examples = [*first.details.get("examples", []), *second.details.get("examples", [])]
    examples.sort(key=lambda row: (row.get(column) is not None, row.get(column) or ""))
    return CheckResult(merged.table, merged.check, False,
                       {**merged.details, "examples": examples[:MAX_EXAMPLES]})


class Gate:
    """The quality gate over a run, one batch of tables at a time.

    Example:
        gate = Gate()
        for tables in batches:
            gate.check(tables)
        report = gate.report()
    """

    def __init__(self, *, sample_rows: int = GX_SAMPLE_ROWS, background: bool = False,
                 keys: KeyIndex | None = None, sorted_counts: bool = False) -> None:
        from etl.load import table_specs

        self.specs = table_specs()
        self.sample_rows = sample_rows
        # `keys`: where the single-column keys of earlier batches are looked up (a published
        # package's re-check passes the keys it counted over the whole tables beforehand).
        self.keys = keys if keys is not None else KeyIndex()
        # `sorted_counts`: the counts check's examples are the first by doc_id over every
        # batch, as `check_tables` gives them on the whole tables (else the first batch's).
        self.sorted_counts = sorted_counts
        self._merged: dict[tuple[str, str], CheckResult] = {}
        self._samples: dict[str, list[pl.DataFrame]] = {}
        self._sampled: dict[str, int] = {}
        self._rows: dict[str, int] = {}
        # With `background`, GX runs in another process, on each sample as soon as it is full.
        self._pending: dict[str, Any] = {}
        self._executor = _background() if background else None

    def _add(self, checks: list[CheckResult]) -> None:
        for check in checks:
            key = (check.table, check.check)
            if key not in self._merged:
                self._merged[key] = check
            elif self.sorted_counts and key == ("records", COUNTS_CHECK):
                self._merged[key] = merge_sorted_checks(self._merged[key], check, "doc_id")
            else:
                self._merged[key] = merge_checks(self._merged[key], check)

    def _keep_sample(self, name: str, df: pl.DataFrame) -> None:
        self._rows[name] = self._rows.get(name, 0) + df.height
        wanted = self.sample_rows - self._sampled.get(name, 0)
        if wanted > 0 or name not in self._samples:
            self._samples.setdefault(name, []).append(df.head(max(wanted, 0)))
            self._sampled[name] = self._sampled.get(name, 0) + min(df.height, max(wanted, 0))
            if self._executor is not None and self._sampled[name] >= self.sample_rows:
                # Full: GX starts on it now, while the run goes on.
                self._pending[name] = self._executor.submit(_gx_failures, name, self._sample(name))

    def _sample(self, name: str) -> pl.DataFrame:
        import polars as pl

        return pl.concat(self._samples[name], how="vertical_relaxed")

    def check(self, tables: dict[str, pl.DataFrame],
              chunks: list[list[CheckResult]] | None = None) -> None:
        """Run every check on one batch (whole documents) and merge it into the report.

        `chunks`: the `check_chunk` results of the chunks the batch's record tables were
        concatenated from, in order (as workers compute them). Only the checks that need
        more than one chunk are then run here; the report is the same.
        """
        chunked = None
        if chunks is not None and all(name in tables for name in self.specs):
            chunked = merge_chunk_checks(chunks, tables, self.specs)
        for name, spec in self.specs.items():
            self._add([check_schema(name, spec, tables.get(name))])
            if name in tables:
                own = chunked if name in RECORD_TABLES else None
                self._add(_table_checks(name, spec, tables, self.keys, own))
                self._keep_sample(name, tables[name])
        if chunked is not None:
            self._add([chunked[("records", COUNTS_CHECK)]])
        elif all(name in tables for name in self.specs):
            self._add(_guard("records", COUNTS_CHECK, lambda: [check_record_counts(tables)]))

    def _sample_check(self, name: str) -> CheckResult:
        sample = self._sample(name)
        if name in self._pending:
            ran, failed = self._pending.pop(name).result()
        elif self._executor is not None:
            ran, failed = self._executor.submit(_gx_failures, name, sample).result()
        else:
            ran, failed = _gx_failures(name, sample)
        scope = f"the first {sample.height} of {self._rows[name]} rows"
        if failed:
            return CheckResult(name, GX_CHECK, False, {
                "message": f"great_expectations: {len(failed)} of {ran} expectations "
                           f"failed on {scope}", "unexpected_count": len(failed),
                "examples": to_plain(failed[:MAX_EXAMPLES])})
        return CheckResult(name, GX_CHECK, True, {
            "message": f"great_expectations: all {ran} expectations passed on {scope}"})

    def report(self) -> QualityReport:
        """The merged report, with the GX cross-check of each table's sample."""
        report = QualityReport()
        by_table: dict[str, list[CheckResult]] = {}
        for (table, _), check in self._merged.items():
            by_table.setdefault(table, []).append(check)
        for name, checks in by_table.items():
            report.extend(checks)
            if name in self._samples:
                report.extend(_guard(name, GX_CHECK, partial(_one, self._sample_check, name)))
        return report


def check_tables(tables: dict[str, pl.DataFrame]) -> QualityReport:
    """Run the quality gate on the published tables (one batch; see `Gate`).

    Args:
        tables: Table name -> DataFrame, as built by `etl.load.build_tables`.

    Returns:
        A report with, per table, a schema check, every expectation of its suite (on every
        row), the foreign-key and evidence checks and the GX sample cross-check; then the
        check that `records` agrees with the flat tables.
    """
    gate = Gate()
    gate.check(tables)
    return gate.report()
