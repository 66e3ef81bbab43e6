"""Benchmark `extract`: documents per second and peak memory, with --jobs 1 and --jobs 2.

Usage: python scripts/bench_ingest.py [--docs 10000] [--seed 7] [--jobs 1 2]

Writes a synthetic corpus (default 10,000 articles, about 30 MB, in the bundled corpus's
feed format) into a temporary folder from the seed, then runs each build in a fresh
process (so peak memory is that build's own; Linux: the whole process tree, workers
included, is sampled from /proc): first from scratch, then again over the unchanged corpus
(every parse comes from the cache). Prints one line per run.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PLACES = ("ASTANA", "BAKU", "TBILISI", "ALMATY", "TASHKENT", "ANKARA")
SUBJECTS = ("Kazakhstan", "Azerbaijan", "Georgia", "China", "Uzbekistan", "Türkiye",
            "the Middle Corridor", "the port of Aktau", "the port of Baku", "Poti port")
SENTENCES = (
    "Trade turnover between {a} and {b} reached ${x} million in {y}, up {p}% on a year earlier.",
    "Cargo shipped along {a} rose {p}% to {x} thousand tonnes in the first {m} months of {y}.",
    "{a} expects container traffic to reach {x},000 TEU by {y2}, officials said.",
    "Exports from {a} to {b} fell {p}% to ${x} million, according to the statistics bureau.",
    "The investment of about EUR {x} million will add {n} berths and {k} km of track.",
    "Transit time on the route has been cut to {d} days, from {d2} days in {y}.",
    "{a} handled {x} thousand tonnes of oil, while {n} freight trains crossed the border.",
    "Officials in {a} said the plan aims for {x} million tonnes a year by {y2}.",
)

FILLER = (
    "The ministry said the figures reflect stronger demand along the route.",
    "Shippers have complained about congestion at the border crossings for months.",
    "Analysts expect the new ferry schedule to smooth flows across the Caspian Sea.",
    "The agreement was signed during a visit by the prime minister to the region.",
    "Rail operators from both countries are coordinating timetables and tariffs.",
)


def _sentence(rng: random.Random, year: int) -> str:
    if rng.random() < 0.5:
        return rng.choice(FILLER)
    return rng.choice(SENTENCES).format(
        a=rng.choice(SUBJECTS), b=rng.choice(SUBJECTS), x=rng.randint(2, 999), y=year - 1,
        y2=year + rng.randint(1, 6), p=round(rng.uniform(1, 80), 1), m=rng.randint(2, 11),
        n=rng.randint(2, 90), k=rng.randint(5, 400), d=rng.randint(10, 20),
        d2=rng.randint(21, 40))


def _article(rng: random.Random) -> str:
    year = rng.randint(2019, 2025)
    lines = [f" date {year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} "
             f"{rng.choice(PLACES)}, March {rng.randint(1, 28)}, {year} – "
             f"{rng.choice(SUBJECTS)} reports new figures"]
    for _ in range(7):
        lines.append(" ".join(_sentence(rng, year) for _ in range(5)))
    return "\n\n".join(lines) + "\n"


def write_corpus(root: Path, n_docs: int, seed: int) -> int:
    """Write the synthetic corpus; return its size in bytes."""
    rng = random.Random(seed)
    size = 0
    for i in range(n_docs):
        path = root / f"{i // 1000:02d}" / f"{i:06d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        data = _article(rng).encode()
        path.write_bytes(data)
        size += len(data)
    return size


def _run_one(corpus: Path, out: Path, jobs: int) -> None:
    """Child mode: one build, then a JSON line with the timings and peak memory."""
    sys.path.insert(0, str(REPO))
    from dashboard.ingest import extract_corpus

    start = time.perf_counter()
    summary = extract_corpus([corpus], out, jobs=jobs, progress=False)
    seconds = time.perf_counter() - start
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(json.dumps({"jobs": jobs, "seconds": round(seconds, 2), "documents": summary.n_documents,
                      "claims": summary.n_claims, "parsed": summary.n_parsed,
                      "cached": summary.n_cached, "peak_mb": own}))


def _session_rss_mb(session: int) -> float:
    """Total resident memory of the processes in a session (the build and its workers)."""
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # the process ended meanwhile
        if int(fields[3]) == session:  # field 6 of stat: the session id
            total += int(fields[21]) * resource.getpagesize()  # field 24: rss in pages
    return total / 2**20


def _measure(corpus: Path, out: Path, jobs: int) -> dict[str, float]:
    """Run one build in a new session, sampling the whole tree's memory every 50 ms."""
    proc = subprocess.Popen([sys.executable, __file__, "--child", str(corpus), str(out),
                             str(jobs)], stdout=subprocess.PIPE, text=True,
                            start_new_session=True)
    peak = 0.0
    while proc.poll() is None:
        peak = max(peak, _session_rss_mb(proc.pid))
        time.sleep(0.05)  # a benchmark's sampler, not a test: polling is the point
    stdout = proc.stdout.read() if proc.stdout else ""
    if proc.returncode != 0:
        raise SystemExit(f"the build failed with status {proc.returncode}")
    row: dict[str, float] = json.loads(stdout.strip().splitlines()[-1])
    row["tree_peak_mb"] = round(peak)
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-ingest-") as tmp:
        corpus = Path(tmp) / "articles"
        size = write_corpus(corpus, args.docs, args.seed)
        print(f"corpus: {args.docs} documents, {size / 1e6:.1f} MB (seed {args.seed})")
        for jobs in args.jobs:
            out = Path(tmp) / f"out-{jobs}"
            for label in ("cold", "cached"):
                row = _measure(corpus, out, jobs)
                rate = row["documents"] / row["seconds"]
                print(f"--jobs {jobs} {label:6}: {row['seconds']:7.2f} s, {rate:7.0f} documents/s, "
                      f"{row['claims']} claims ({row['parsed']} parsed, {row['cached']} cached), "
                      f"peak RSS {row['peak_mb']} MB (with workers {row['tree_peak_mb']} MB)")


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--child":
        _run_one(Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4]))
    else:
        main()
