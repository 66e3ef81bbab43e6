"""How much of `extract_claims`' time is the regex engine's, and the speed that leaves at most.

Usage (from the repository root):

    python scripts/bench_regex_share.py [--mb 0.5] [--seed 7] [--q3-kb 150]

Every pattern the parser compiles is wrapped before the parser is imported, so each call of
`match`, `search`, `finditer`, `split` ... on the benchmark's documents (the same generator as
`bench_speed.py`) is recorded with its arguments. The recorded calls are then replayed alone, with
no Python work of the parser between them: that time is a floor no reorganisation of the Python
around the calls can go below, and the characters per second it gives is a ceiling for the
parser with these calls. With quantulum3 installed, it is timed on a slice of the same documents
in the same run and the ceiling is printed as a multiple of its throughput.

The recording wrappers slow the parser down, so the parser's own speed is measured first, before
anything is wrapped. Times are CPU seconds of this process.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_speed import make_documents, quantulum_parse, slice_documents, time_calls

_CALLS = ("match", "search", "fullmatch", "finditer", "findall", "split", "sub", "subn")
Call = tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any], bool]


def _recording(function: Callable[..., Any], name: str, log: list[Call]) -> Callable[..., Any]:
    """`function` (an engine call named `name`) logging its arguments; iterators are drained so
    that the replay does the same matching."""
    lazy = name == "finditer"

    def call(*args: Any, **kwargs: Any) -> Any:
        result = function(*args, **kwargs)
        log.append((function, args, kwargs, lazy))
        return iter(list(result)) if lazy else result

    return call


class _Recorded:
    """A compiled pattern whose engine calls are recorded."""

    __slots__ = ("_log", "_pattern")

    def __init__(self, pattern: Any, log: list[Call]) -> None:
        self._pattern = pattern
        self._log = log

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._pattern, name)
        return _recording(attr, name, self._log) if name in _CALLS else attr


def _record_compiles(log: list[Call]) -> Callable[[], None]:
    """Wrap `regex.compile` (and the module-level calls); returns the undo."""
    saved = {name: getattr(regex, name) for name in ("compile", *_CALLS)}

    def compile_recorded(*args: Any, **kwargs: Any) -> _Recorded:
        return _Recorded(saved["compile"](*args, **kwargs), log)

    regex.compile = compile_recorded
    for name in _CALLS:
        setattr(regex, name, _recording(saved[name], name, log))

    def undo() -> None:
        for name, value in saved.items():
            setattr(regex, name, value)

    return undo


def replay(calls: Sequence[Call]) -> float:
    started = time.process_time()
    for method, args, kwargs, lazy in calls:
        result = method(*args, **kwargs)
        if lazy:
            for _ in result:
                pass
    return time.process_time() - started


def run(mb: float, seed: int, q3_kb: int) -> dict[str, Any]:
    documents = make_documents(int(mb * 1_000_000), seed)
    chars = sum(map(len, documents))
    log: list[Call] = []
    undo = _record_compiles(log)
    try:
        from dashboard.parser import extract_claims

        extract_claims(documents[0])  # first-call compiles, as in bench_speed's warm-up
        log.clear()
        for document in documents:
            extract_claims(document)
    finally:
        undo()
    calls = list(log)
    out: dict[str, Any] = {"chars": chars, "documents": len(documents), "regex_calls": len(calls)}
    out["regex_seconds"] = min(replay(calls) for _ in range(3))
    out["regex_ceiling_chars_per_s"] = chars / out["regex_seconds"]
    q3 = quantulum_parse()
    if q3 is not None:
        part = slice_documents(documents, q3_kb * 1000)
        q_seconds, _ = time_calls(q3, part)
        out["quantulum3_chars_per_s"] = sum(map(len, part)) / q_seconds
    return out


def _own_speed(mb: float, seed: int) -> float:
    """The parser's characters per second before anything is wrapped; then it is forgotten, so
    that `run` imports it again with its patterns recorded."""
    from dashboard.parser import extract_claims

    documents = make_documents(int(mb * 1_000_000), seed)
    extract_claims(documents[0])
    seconds, _ = time_calls(extract_claims, documents, repeat=3)
    for name in [m for m in sys.modules if m == "dashboard" or m.startswith("dashboard.")]:
        del sys.modules[name]
    return sum(map(len, documents)) / seconds


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=0.5, help="size of the text, in MB")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--q3-kb", type=int, default=150, help="slice timed for quantulum3, in KB")
    args = parser.parse_args(argv)
    own = _own_speed(args.mb, args.seed)
    result = run(args.mb, args.seed, args.q3_kb)
    print(f"text: {result['chars']:,} characters in {result['documents']} documents")
    print(f"extract_claims: {own:,.0f} chars/s")
    print(f"regex calls: {result['regex_calls']:,}, replayed alone in "
          f"{result['regex_seconds']:.3f} s: ceiling {result['regex_ceiling_chars_per_s']:,.0f} "
          f"chars/s ({result['regex_ceiling_chars_per_s'] / own:.1f}x the parser)")
    q3_rate = result.get("quantulum3_chars_per_s")
    if q3_rate is None:
        print("quantulum3: not installed")
    else:
        print(f"quantulum3: {q3_rate:,.0f} chars/s; parser {own / q3_rate:.0f}x, "
              f"regex ceiling {result['regex_ceiling_chars_per_s'] / q3_rate:.0f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
