"""How the parser does on sentences written after it: the held-out spec tables, scored per
module, for the working tree and, side by side, for an earlier revision.

Usage (from a git checkout of the repository):

    python scripts/bench_heldout.py [BASE] [--json]

The held-out tables are `tests/parser_specs/own_heldout_*.py`: sentences on one field of the
news each (trade, logistics, energy, official statistics, wire headlines, projects), written
after the parser and read by hand first. An example passes when the parser gives exactly its
claims with every field it names (the spec test's own check, `parser_specs.mismatches`).

The working tree's tables are the measure; BASE (a git revision, exported with `git
archive` as `bench_versions.py` does) is scored on the same tables, in a fresh interpreter
with its own parser first on `sys.path`. A table written after BASE measures how BASE
generalised to text it was never tuned on: the share that passes there is the honest number;
the working tree passes what was fixed since (and keeps its known gaps as strict xfails).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_versions import ROOT, export

TESTS = ROOT / "tests"

# Run in a fresh interpreter: the version's parser first on sys.path, the working tree's
# spec tables after it; prints {module: [passed, examples]}.
_SCORER = """
import importlib, json, sys
tree, tests = sys.argv[1], sys.argv[2]
sys.path.insert(0, tests)
sys.path.insert(0, tree)
import dashboard
assert dashboard.__file__.startswith(tree), dashboard.__file__
from dashboard.parser import extract_claims
from parser_specs import mismatches
out = {}
for name in sys.argv[3:]:
    module = importlib.import_module(f"parser_specs.{name}")
    passed = sum(not mismatches(e, extract_claims(e.text, published=e.published))
                 for e in module.EXAMPLES)
    out[name] = [passed, len(module.EXAMPLES)]
print(json.dumps(out))
"""


def heldout_modules() -> list[str]:
    """The held-out tables of the working tree, by module name."""
    return sorted(p.stem for p in (TESTS / "parser_specs").glob("own_heldout_*.py"))


def score(tree: Path, modules: Sequence[str]) -> dict[str, list[int]]:
    """{module: [passed, examples]} for the parser in `tree`."""
    done = subprocess.run(
        [sys.executable, "-c", _SCORER, str(tree), str(TESTS), *modules],
        check=True, capture_output=True, text=True,
    )
    result: dict[str, list[int]] = json.loads(done.stdout)
    return result


def report(scores: dict[str, dict[str, list[int]]]) -> str:
    """A table: one row a module, one column a version, and the totals."""
    versions = list(scores)
    modules = list(next(iter(scores.values())))
    lines = ["| held-out table | examples | " + " | ".join(versions) + " |",
             "|---|---|" + "---|" * len(versions)]
    for name in [*modules, "all"]:
        cells = []
        for version in versions:
            rows = scores[version].values() if name == "all" else [scores[version][name]]
            passed, total = (sum(r[0] for r in rows), sum(r[1] for r in rows))
            cells.append(f"{passed} ({passed / total:.0%})")
        count = sum(r[1] for r in scores[versions[0]].values()) if name == "all" else (
            scores[versions[0]][name][1])
        lines.append(f"| {name.removeprefix('own_heldout_')} | {count} | " + " | ".join(cells)
                     + " |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("base", nargs="?", help="an earlier git revision to score as well")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    args = parser.parse_args(argv)
    modules = heldout_modules()
    if not modules:
        print("no held-out tables under tests/parser_specs", file=sys.stderr)
        return 1
    scores: dict[str, dict[str, list[int]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        if args.base:
            scores[args.base] = score(export(args.base, Path(tmp)), modules)
        scores["working tree"] = score(ROOT, modules)
    print(json.dumps(scores, indent=2) if args.json else report(scores))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
