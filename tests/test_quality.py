"""The code-quality gates run as tests, so the README's one test command runs them all:
ruff (lint), mypy (types; strict for the parser and data layers) and import-linter (layers
import downward only; the parser imports neither pandas nor dash)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)


def _tool(name: str) -> str:
    """The tool from this interpreter's environment (a venv's bin), or from PATH."""
    local = Path(sys.executable).parent / name
    found = str(local) if local.exists() else shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed: pip install -e '.[test]'")
    return found


def test_qual001_ruff_finds_nothing() -> None:
    result = _run(_tool("ruff"), "check", "dashboard", "tests", "scripts")
    assert result.returncode == 0, result.stdout + result.stderr


def test_qual002_mypy_finds_nothing() -> None:
    result = _run(_tool("mypy"), "dashboard")
    assert result.returncode == 0, result.stdout + result.stderr


def test_qual003_layers_import_downward_only() -> None:
    result = _run(_tool("lint-imports"))
    assert result.returncode == 0, result.stdout + result.stderr
