"""Import a script of benchmarks/ (not a package) as a module, for its tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

PROJECT_DIR = Path(__file__).resolve().parent.parent


def load_benchmark(name: str) -> ModuleType:
    """The module `benchmarks/<name>.py`, registered in sys.modules under `name`."""
    spec = importlib.util.spec_from_file_location(name, PROJECT_DIR / "benchmarks" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module
