"""The command line through click's CliRunner, and `python -m dashboard` as a process."""

from __future__ import annotations

import subprocess
import sys
import types
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from dashboard.cli import main

pytestmark = pytest.mark.usefixtures("fake_parser")
REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def site(tmp_path: Path, make_corpus: Callable[..., Path],
         monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working directory with data/articles, as in a clone of the repository."""
    make_corpus(tmp_path / "data" / "articles")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_extract_defaults_to_data_articles(site: Path) -> None:
    result = CliRunner().invoke(main, ["extract"])
    assert result.exit_code == 0, result.output
    assert "Read 3 input files: 3 documents, 0 duplicates, 0 rejected." in result.output
    assert (site / "data" / "claims.csv").is_file() and (site / "data" / "datapackage.json")
    again = CliRunner().invoke(main, ["extract"])
    assert "0 documents parsed, 3 from the cache" in again.output


def test_extract_reports_rejections_and_exits_non_zero(site: Path) -> None:
    (site / "data" / "articles" / "scan.pdf").write_bytes(b"%PDF-1.4")
    (site / "data" / "articles" / "empty.txt").write_bytes(b"")
    result = CliRunner().invoke(main, ["extract", "data/articles", "--out-dir", "out",
                                       "--jobs", "1"])
    assert result.exit_code == 1
    assert "3 documents, 0 duplicates, 2 rejected" in result.output
    assert "  scan.pdf: unsupported_type (" in result.output
    assert "  empty.txt: empty (the file is empty)" in result.output
    assert (site / "out" / "claims.parquet").is_file()  # the good ones are still written


def test_extract_rejects_bad_options(site: Path) -> None:
    assert CliRunner().invoke(main, ["extract", "--jobs", "0"]).exit_code == 2


def test_check_passes_then_fails(site: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(main, ["extract"]).exit_code == 0
    result = runner.invoke(main, ["check"])
    assert result.exit_code == 0, result.output
    assert "OK: every input accounted for" in result.output and "byte-identical" in result.output
    (site / "data" / "articles" / "late.txt").write_text("Trade rose 3%.")
    failed = runner.invoke(main, ["check", "--data-dir", "data", "--no-rebuild"])
    assert failed.exit_code == 1 and "PROBLEM: input late.txt is not accounted" in failed.output
    assert runner.invoke(main, ["check", "--data-dir", "nowhere"]).exit_code == 1


def test_serve_builds_a_missing_dataset_then_runs_the_app(
        site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[object, ...]] = []
    fake = types.ModuleType("dashboard.app.server")
    fake.run = lambda *args: calls.append(args)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "dashboard.app.server", fake)
    result = CliRunner().invoke(main, ["serve", "--port", "0", "--host", "127.0.0.1"])
    assert result.exit_code == 0, result.output
    assert "Read 3 input files" in result.output  # built first
    assert calls == [(Path("data"), "127.0.0.1", 0, False)]
    again = CliRunner().invoke(main, ["serve", "--debug"])
    assert "Read" not in again.output and calls[-1] == (Path("data"), "127.0.0.1", 8050, True)


def test_schema_prints_every_column(site: Path) -> None:
    from dashboard.schema import TABLES

    markdown = CliRunner().invoke(main, ["schema"]).output
    as_json = CliRunner().invoke(main, ["schema", "--format", "json"]).output
    for table in TABLES.values():
        for name in table.names:
            assert f"`{name}`" in markdown and f'"name": "{name}"' in as_json


def test_python_dash_m_dashboard() -> None:
    result = subprocess.run([sys.executable, "-m", "dashboard", "--help"], cwd=REPO,
                            capture_output=True, text=True, check=True)
    for command in ("extract", "check", "serve", "schema"):
        assert command in result.stdout


def test_extract_and_check_the_bundled_corpus(bundled_corpus: Path, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """CI's integrity run (issue 5): extract the bundled corpus, then `check` it, for real."""
    monkeypatch.undo()  # the real parser
    out = str(tmp_path / "data")
    extracted = CliRunner().invoke(main, ["extract", str(bundled_corpus), "--out-dir", out])
    assert extracted.exit_code == 0, extracted.output
    assert "Read 41 input files: 41 documents, 0 duplicates, 0 rejected." in extracted.output
    checked = CliRunner().invoke(main, ["check", "--data-dir", out])
    assert checked.exit_code == 0, checked.output
    assert "a rebuild from the raw articles is byte-identical" in checked.output
