"""Table-level quality with great-expectations: one suite per published table.

Suites are derived from the table specs (themselves derived from `etl.models`): key
uniqueness, not-null for required fields, allowed sets from the `Literal` types, regexes
from the field patterns, minimums from `ge`/`gt`, and `end > start` style pairs.

great_expectations is imported lazily (it takes seconds); the context is created once per
process. GX has no polars source, so each table is converted to pandas at this boundary.
"""

from __future__ import annotations

import functools
import os
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from etl.validate.report import CheckResult, to_plain

if TYPE_CHECKING:
    import polars as pl

    from etl.load.frames import TableSpec

MAX_EXAMPLES = 5


@dataclass(frozen=True)
class Expectation:
    """A GX expectation by class name and keyword arguments, before GX is imported."""

    type: str
    kwargs: dict[str, Any] = field(default_factory=dict)

    @property
    def columns(self) -> list[str]:
        """The columns the expectation reads."""
        kw = self.kwargs
        return kw.get("column_list") or [c for c in (kw.get("column"), kw.get("column_A"),
                                                     kw.get("column_B")) if c]

    @property
    def snake_type(self) -> str:
        """The GX expectation type, e.g. `expect_column_values_to_be_unique`."""
        return "".join(f"_{c.lower()}" if c.isupper() else c for c in self.type).lstrip("_")

    @functools.cached_property
    def name(self) -> str:
        """The check name in the report, e.g. `expect_column_values_to_be_unique(doc_id)`.

        Worked out once: the gate looks the names up for every batch of a run.
        """
        return f"{self.snake_type}({', '.join(self.columns)})"


def _pair_partner(name: str) -> tuple[str, bool] | None:
    """`end` pairs with `start` (strictly greater); `value_max` with `value`, end_date with
    start_date (greater or equal)."""
    if name == "end" or name.endswith("_end"):
        return name[: -len("end")] + "start", False
    if name == "end_date":
        return "start_date", True
    if name.endswith("_max"):
        return name[: -len("_max")], True
    return None


def _column_expectations(spec: TableSpec) -> list[Expectation]:
    found: list[Expectation] = []
    names = {column.name for column in spec.columns}
    for column in spec.columns:
        if column.frictionless_type in ("array", "object"):
            continue
        name = column.name
        if column.required:
            found.append(Expectation("ExpectColumnValuesToNotBeNull", {"column": name}))
        if column.enum:
            found.append(Expectation("ExpectColumnValuesToBeInSet",
                                     {"column": name, "value_set": list(column.enum)}))
        if column.pattern:
            found.append(Expectation("ExpectColumnValuesToMatchRegex",
                                     {"column": name, "regex": column.pattern}))
        if column.minimum is not None or column.exclusive_minimum is not None:
            strict = column.minimum is None
            found.append(Expectation("ExpectColumnValuesToBeBetween", {
                "column": name, "min_value": column.exclusive_minimum if strict else column.minimum,
                "strict_min": strict}))
        partner = _pair_partner(name)
        if partner and partner[0] in names:
            found.append(Expectation("ExpectColumnPairValuesAToBeGreaterThanB", {
                "column_A": name, "column_B": partner[0], "or_equal": partner[1],
                "ignore_row_if": "either_value_is_missing"}))
    return found


def table_expectations(spec: TableSpec) -> list[Expectation]:
    """The expectations of one table: the primary key first, then column by column."""
    if len(spec.primary_key) == 1:
        key = Expectation("ExpectColumnValuesToBeUnique", {"column": spec.primary_key[0]})
    else:
        key = Expectation("ExpectCompoundColumnsToBeUnique",
                          {"column_list": list(spec.primary_key)})
    return [key, *_column_expectations(spec)]


def suite_definitions() -> dict[str, list[Expectation]]:
    """Table name -> expectations, for every published table."""
    from etl.load import table_specs

    return {name: table_expectations(spec) for name, spec in table_specs().items()}


@functools.cache
def _context() -> Any:
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    context.data_sources.add_pandas("etl")
    return context


@functools.cache
def _batch_definition(table: str) -> Any:
    asset = _context().data_sources.get("etl").add_dataframe_asset(table)
    return asset.add_batch_definition_whole_dataframe("whole")


def build_suite(table: str, expectations: list[Expectation]) -> Any:
    """Build a `gx.ExpectationSuite` named after the table."""
    import great_expectations as gx

    _context()  # sets the environment before great_expectations is first imported
    suite = gx.ExpectationSuite(name=table)
    for expectation in expectations:
        expectation_class = getattr(gx.expectations, expectation.type)
        suite.add_expectation(expectation_class(**expectation.kwargs,
                                                meta={"check": expectation.name}))
    return suite


def _describe(expectation: Expectation, result: dict[str, Any]) -> str:
    kw = expectation.kwargs
    count, total = result.get("unexpected_count", 0), result.get("element_count", 0)
    what = {
        "ExpectColumnValuesToBeUnique": "are duplicate keys",
        "ExpectCompoundColumnsToBeUnique": "are duplicate keys",
        "ExpectColumnValuesToNotBeNull": "are null",
        "ExpectColumnValuesToBeInSet": f"are not one of {kw.get('value_set')}",
        "ExpectColumnValuesToMatchRegex": f"do not match {kw.get('regex')}",
        "ExpectColumnValuesToBeBetween": (
            f"are {'<=' if kw.get('strict_min') else '<'} {kw.get('min_value')}"),
        "ExpectColumnPairValuesAToBeGreaterThanB": (
            f"have {kw.get('column_A')} {'<' if kw.get('or_equal') else '<='} "
            f"{kw.get('column_B')}"),
    }[expectation.type]
    return f"{count} of {total} rows {what}"


def _reduce(table: str, expectation: Expectation, outcome: Any) -> CheckResult:
    """Keep only what is stable: success, counts, a few examples, a message."""
    info = outcome.exception_info or {}
    if info.get("raised_exception"):
        message = f"could not run: {str(info.get('exception_message')).splitlines()[0]}"
        return CheckResult(table, expectation.name, False, {"message": message})
    result = dict(outcome.result or {})
    details: dict[str, Any] = {"message": _describe(expectation, result)}
    if not outcome.success:
        details["unexpected_count"] = to_plain(result.get("unexpected_count"))
        details["examples"] = to_plain(result.get("partial_unexpected_list", [])[:MAX_EXAMPLES])
    return CheckResult(table, expectation.name, bool(outcome.success), details)


def _to_pandas(df: pl.DataFrame, expectations: list[Expectation]) -> Any:
    wanted = {column for expectation in expectations for column in expectation.columns}
    return df.select([name for name in df.columns if name in wanted]).to_pandas()


def run_suite(table: str, df: pl.DataFrame, expectations: list[Expectation]) -> list[CheckResult]:
    """Validate one table against its expectations and reduce GX's result to CheckResults."""
    batch = _batch_definition(table).get_batch(
        batch_parameters={"dataframe": _to_pandas(df, expectations)})
    with warnings.catch_warnings():
        # pandas warns that model patterns have groups; GX only needs a match, not the groups.
        warnings.filterwarnings("ignore", message=".*has match groups", category=UserWarning)
        outcome = batch.validate(build_suite(table, expectations))
    # GX returns results in its own order; report them in suite order, matched by meta.
    by_name = {result.expectation_config.meta["check"]: result for result in outcome.results}
    checks = [_reduce(table, e, by_name[e.name]) for e in expectations]
    return checks


def check_expectations(tables: dict[str, pl.DataFrame]) -> list[CheckResult]:
    """Run the suite of every table present in `tables`, in suite order."""
    checks: list[CheckResult] = []
    for table, expectations in suite_definitions().items():
        if table in tables:
            checks += run_suite(table, tables[table], expectations)
    return checks


def export_suites(directory: Path) -> list[Path]:
    """Write each suite as stable JSON to `directory/<table>.json`.

    Returns:
        The paths written, in table order.
    """
    from etl.load.writers import write_json

    directory.mkdir(parents=True, exist_ok=True)
    return [write_json(directory / f"{table}.json", build_suite(table, expectations).to_json_dict())
            for table, expectations in suite_definitions().items()]
