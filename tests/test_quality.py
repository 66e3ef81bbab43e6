"""The code-quality gates run as tests, so the README's one test command runs them all:
ruff (lint), mypy (types; strict for the parser and data layers) and import-linter (layers
import downward only; the parser imports neither pandas nor dash)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

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


def _pyproject() -> dict[str, Any]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _top_modules() -> set[str]:
    """dashboard's modules and subpackages, as import-linter names them."""
    package = ROOT / "dashboard"
    names = {p.stem for p in package.glob("*.py") if p.stem not in ("__init__", "__main__")}
    names |= {p.name for p in package.iterdir() if (p / "__init__.py").exists()}
    return {f"dashboard.{name}" for name in names}


def test_qual004_every_module_has_a_layer() -> None:
    """A new module outside the layers list would escape the downward-only check."""
    contracts = _pyproject()["tool"]["importlinter"]["contracts"]
    layers = next(c for c in contracts if c["type"] == "layers")["layers"]
    layered = {name.strip() for layer in layers for name in layer.split("|")}
    assert sorted(_top_modules() - layered) == []


def test_qual005_parser_modules_are_typed_strictly_and_kept_from_pandas() -> None:
    """Every module the parser layer imports (the forbidden contract's sources) is also in
    mypy's strict list, and the reverse for the pure ones."""
    contracts = _pyproject()["tool"]["importlinter"]["contracts"]
    pure = set(next(c for c in contracts if c["type"] == "forbidden")["source_modules"])
    strict = {m.removesuffix(".*") for o in _pyproject()["tool"]["mypy"]["overrides"]
              if o.get("strict") for m in o["module"]}
    assert sorted(pure - strict) == []
    # in a fresh interpreter: this one may have loaded the app and the data layers already
    probe = ("import sys, dashboard.parser; print('\\n'.join(n for n in sys.modules "
             "if n.startswith('dashboard.')))")
    result = _run(sys.executable, "-c", probe)
    assert result.returncode == 0, result.stderr
    loaded = {name.rsplit(".", 1)[0] if name.startswith("dashboard.vocab.") else name
              for name in result.stdout.split()}
    assert "dashboard.quantity" in loaded
    assert sorted(loaded - pure) == []
