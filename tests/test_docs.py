"""README.md documents every CLI command and option and every dataset column (sqlite-utils'
docs test). The README belongs to the lead; this test keeps it honest."""

from __future__ import annotations

from pathlib import Path

import click
import pytest

from dashboard.cli import main
from dashboard.schema import TABLES

README = Path(__file__).resolve().parent.parent / "README.md"


@pytest.fixture(scope="module")
def readme() -> str:
    assert README.is_file(), "README.md is missing"
    return README.read_text(encoding="utf-8")


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_command_is_documented(readme: str, command: str) -> None:
    assert f"python -m dashboard {command}" in readme or f"corridor-dashboard {command}" in readme


@pytest.mark.parametrize("command,option", sorted(
    (name, opt) for name, cmd in main.commands.items() for param in cmd.params
    if isinstance(param, click.Option) for opt in param.opts if opt.startswith("--")))
def test_every_option_is_documented(readme: str, command: str, option: str) -> None:
    assert option in readme, f"{command} {option} is not in README.md"


@pytest.mark.parametrize("table,column", [(t.name, name) for t in TABLES.values()
                                          for name in t.names])
def test_every_column_is_documented(readme: str, table: str, column: str) -> None:
    assert f"`{column}`" in readme, f"column {table}.{column} is not in README.md"
