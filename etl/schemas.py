"""Export the contract: JSON Schema from the pydantic models, table schemas and quality suites.

`make schemas` writes them into `schemas/`; `etl schemas --check` (run by the tests) fails
when the committed files drift from the code.
"""

from __future__ import annotations

import filecmp
import json
import shutil
import tempfile
from pathlib import Path

from pydantic import BaseModel

from etl.models import SCHEMA_VERSION, Duplicate, QuarantinedItem, Record

MODEL_SCHEMAS: dict[str, type[BaseModel]] = {
    f"record.v{SCHEMA_VERSION}.json": Record,
    f"quarantined-item.v{SCHEMA_VERSION}.json": QuarantinedItem,
    f"duplicate.v{SCHEMA_VERSION}.json": Duplicate,
}


def render_json_schema(model: type[BaseModel]) -> str:
    """The model's JSON Schema as stable, pretty JSON text."""
    schema = model.model_json_schema()
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def _generate(directory: Path) -> None:
    from etl.load import export_table_schemas
    from etl.validate import export_suites

    for name, model in MODEL_SCHEMAS.items():
        (directory / name).write_text(render_json_schema(model), encoding="utf-8")
    export_table_schemas(directory / "tables")
    export_suites(directory / "expectations")


def write_schemas(directory: Path, *, check: bool = False) -> list[Path]:
    """Generate every schema file; return the files that differ from `directory`.

    With `check`, nothing is written. Stale files that the code no longer produces count as
    differences and are removed when writing.
    """
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp)
        _generate(fresh)
        produced = {p.relative_to(fresh) for p in fresh.rglob("*.json")}
        existing = {p.relative_to(directory) for p in directory.rglob("*.json")} if directory.exists() else set()
        changed = sorted(
            rel for rel in produced | existing
            if rel not in produced or rel not in existing
            or not filecmp.cmp(fresh / rel, directory / rel, shallow=False)
        )
        if not check:
            for rel in changed:
                target = directory / rel
                if rel in produced:
                    target.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copyfile(fresh / rel, target)
                else:
                    target.unlink()
    return [directory / rel for rel in changed]
