"""Docs stay true: every command is documented, schemas match the models, make help is complete."""

import re
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from etl.cli import cli

PROJECT_DIR = Path(__file__).resolve().parent.parent
README = (PROJECT_DIR / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(cli.commands)


@pytest.mark.parametrize("command", COMMANDS)
def test_docs_every_command_has_help_with_example(command):
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output
    assert cli.commands[command].help


@pytest.mark.parametrize("command", COMMANDS)
def test_docs_every_command_is_in_readme(command):
    assert f"etl {command}" in README


def test_docs_readme_has_exactly_two_setup_commands():
    setup = README.split("## Set up", 1)[1].split("##", 1)[0]
    assert re.findall(r"^\s+(make \w+)", setup, flags=re.M) == ["make run", "make test"]


def test_docs_schemas_match_models():
    from etl.config import SCHEMAS_DIR
    from etl.schemas import write_schemas

    assert write_schemas(SCHEMAS_DIR, check=True) == [], "run `make schemas` and commit schemas/"


def test_docs_make_help_lists_required_targets():
    output = subprocess.run(["make", "-s", "help"], cwd=PROJECT_DIR, capture_output=True,
                            text=True, check=True).stdout
    targets = set(re.findall(r"^\s+(?:\x1b\[\d+m)?([a-z-]+)", output, flags=re.M))
    assert {"help", "run", "test", "lint", "validate", "schemas", "clean"} <= targets
