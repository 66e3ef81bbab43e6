"""The README's promises: its Python examples run, CI runs exactly its test command, and the
data dictionary file is the one the schema generates."""

from __future__ import annotations

import csv
import re
from pathlib import Path

from click.testing import CliRunner

from dashboard.cli import main

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _code_blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", README, flags=re.DOTALL)


def test_readme001_python_examples_run() -> None:
    blocks = _code_blocks("python")
    assert blocks, "the README has no Python example"
    for block in blocks:
        exec(compile(block, "README.md", "exec"), {"__name__": "readme_example"})


def test_readme002_ci_runs_the_readme_test_command() -> None:
    quick_start = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    commands = [b.strip() for b in _code_blocks("") if b.strip() in quick_start]
    assert len(commands) == 2, "the quick start has exactly two commands"
    test_command = commands[1]
    assert "pytest" in test_command
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test_command in ci.splitlines()


def test_readme003_data_dictionary_is_generated_from_the_schema() -> None:
    result = CliRunner().invoke(main, ["schema"])
    assert result.exit_code == 0, result.output
    on_disk = (ROOT / "docs" / "data-dictionary.md").read_text(encoding="utf-8")
    assert on_disk == result.output, "run: python -m dashboard schema > docs/data-dictionary.md"


def test_readme004_claim_counts_are_the_bundled_datasets() -> None:
    # The quick start and the sample session quote the bundled dataset's size; they must not
    # lag behind it when the parser changes.
    with (ROOT / "data" / "claims.csv").open(encoding="utf-8", newline="") as handle:
        n_claims = sum(1 for _ in csv.DictReader(handle))
    quoted = re.findall(r"(\d+) claims, into `data/`|Claims: (\d+) \(", README)
    assert len(quoted) == 3, quoted
    assert {a or b for a, b in quoted} == {str(n_claims)}


def test_readme005_sample_session_names_the_files_extract_writes(tmp_path: Path) -> None:
    # The sample session quotes extract's summary line: it must name the files it writes.
    result = CliRunner().invoke(main, ["extract", str(ROOT / "data" / "articles"),
                                       "--out-dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    wrote = next(line for line in result.output.splitlines() if line.startswith("Wrote "))
    assert wrote.rsplit(" to ", 1)[0] in README
