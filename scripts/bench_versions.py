"""Two versions of the parser timed side by side on the same text, for speed claims that do not
depend on how busy the machine is.

Usage (from a git checkout of the repository):

    python scripts/bench_versions.py BASE [NEW] [--mb 1] [--runs 5] [--json]

BASE and NEW are git revisions (NEW defaults to the working tree). Each is exported with
`git archive` to a temporary folder; the same documents (`bench_speed.make_documents`, about
4 KB each, fixed seed) are parsed by each version in its own fresh interpreter, the two
alternating `--runs` times. Times are CPU seconds (`time.process_time`); the fastest run of
each counts, and the ratio NEW / BASE is printed (below 1: NEW is faster). A shared machine
swings absolute speeds by tens of per cent from hour to hour; alternating runs of the same
text see the same swings, so the ratio holds.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Run in a fresh interpreter with the version's tree first on sys.path; prints CPU seconds.
_TIMER = """
import json, sys, time
tree, scripts, mb = sys.argv[1], sys.argv[2], float(sys.argv[3])
sys.path.insert(0, scripts)
from bench_speed import make_documents
sys.path.insert(0, tree)
import dashboard
assert dashboard.__file__.startswith(tree), dashboard.__file__
from dashboard.parser import extract_claims
docs = make_documents(int(mb * 1_000_000), 7)
extract_claims(docs[0])
start = time.process_time()
claims = sum(len(extract_claims(d)) for d in docs)
print(json.dumps({"seconds": time.process_time() - start, "claims": claims}))
"""


def export(revision: str | None, into: Path) -> Path:
    """The tree of `revision` (None: the working tree as it is) in a folder under `into`."""
    if revision is None:
        return ROOT
    target = into / revision.replace("/", "_")
    target.mkdir()
    archive = into / "tree.tar"
    subprocess.run(["git", "-C", str(ROOT), "archive", "-o", str(archive), revision], check=True)
    with tarfile.open(archive) as tar:
        tar.extractall(target, filter="data")
    archive.unlink()
    return target


def time_once(tree: Path, mb: float) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", _TIMER, str(tree), str(ROOT / "scripts"), str(mb)],
        capture_output=True, text=True, check=False,
    )
    if out.returncode != 0:
        raise SystemExit(f"timing {tree} failed:\n{out.stderr}")
    result: dict[str, float] = json.loads(out.stdout)
    return result


def compare(base: str, new: str | None, mb: float, runs: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        trees = {"base": export(base, Path(tmp)), "new": export(new, Path(tmp))}
        times: dict[str, list[float]] = {"base": [], "new": []}
        claims: dict[str, float] = {}
        for _ in range(runs):
            for name, tree in trees.items():
                result = time_once(tree, mb)
                times[name].append(result["seconds"])
                claims[name] = result["claims"]
    best = {name: min(values) for name, values in times.items()}
    return {
        "base": base, "new": new or "working tree", "mb": mb, "runs": runs,
        "seconds": times, "best": best, "claims": claims, "ratio": best["new"] / best["base"],
    }


def report(result: dict[str, object]) -> str:
    best = result["best"]
    claims = result["claims"]
    assert isinstance(best, dict) and isinstance(claims, dict)
    return "\n".join([
        f"{result['mb']} MB of bench documents, {result['runs']} alternating runs, CPU seconds",
        f"base {result['base']}: best {best['base']:.3f} s ({claims['base']:.0f} claims)",
        f"new  {result['new']}: best {best['new']:.3f} s ({claims['new']:.0f} claims)",
        f"new / base = {result['ratio']:.3f}",
    ])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("base", help="git revision to compare against")
    parser.add_argument("new", nargs="?", help="git revision (default: the working tree)")
    parser.add_argument("--mb", type=float, default=1.0, help="megabytes of text (default 1)")
    parser.add_argument("--runs", type=int, default=5, help="alternating runs (default 5)")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    args = parser.parse_args(argv)
    if args.runs < 1 or args.mb <= 0:
        parser.error("--runs must be at least 1 and --mb positive")
    result = compare(args.base, args.new, args.mb, args.runs)
    print(json.dumps(result) if args.json else report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
