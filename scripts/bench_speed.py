"""Throughput and linearity of `extract_claims`, and quantulum3's throughput on the same text.

Usage (from the repository root):

    python scripts/bench_speed.py [--mb 4] [--seed 7] [--linear-kb 200] [--q3-kb 150] [--json]

The text is made here from templates of trade and logistics news (money in several currencies
and notations, tonnes, TEU, percentages and percentage points, dates, years, ordinals, ranges,
multipliers, phone and decree numbers, and sentences with no figure at all), with a fixed seed,
so every run times the same characters.

- Throughput: the text is cut into article-sized documents (about 4 KB each, as a corpus
  would be) and each is parsed; characters per second = total characters / total time.
- quantulum3 (when installed) is slow, so it parses only the first `--q3-kb` KB of the same
  documents; our parser is timed on that same slice too (the median of five runs), and the
  ratio ours / quantulum3 compares the two slices' throughputs.
- Linearity: one call on N characters, one on 10 N (a single long text each, no document
  splitting), and the ratio of their times (linear is 10; the target is at most 11). The
  claim counts are printed too, so an input cap that cut the longer text would show.

Times are CPU seconds of this process (`time.process_time`), not wall time: the machines this
runs on are shared, and CPU time is what a busy neighbour disturbs least. Each linearity call is
repeated (`--repeat`) and the fastest run counts.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

DOC_CHARS = 4000

COUNTRIES = ("Kazakhstan", "Azerbaijan", "Georgia", "Uzbekistan", "Turkey", "China", "Turkmenistan")
ROUTES = ("the Middle Corridor", "the Trans-Caspian International Transport Route",
          "the Baku-Tbilisi-Kars railway", "the Port of Aktau", "the Port of Baku", "Alat port")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
GOODS = ("grain", "oil products", "containers", "fertilisers", "metals", "cotton", "coal")

TEMPLATES = (
    "Trade turnover between {c1} and {c2} reached {money} in {year}, up {pct} year on year.",
    "Cargo flow along {route} is projected to reach {tonnes} per year by {future}.",
    "In the first {n_months} months of {year}, {route} handled {teu} TEU, {pct} more than a year"
    " ago.",
    "{c1} exported {tonnes} of {good} worth {money} in {year}.",
    "On {month} {day}, {year}, the ministers of {c1} and {c2} signed a roadmap for {route}.",
    "Transit volumes grew from {small} to {small2} million tons between {year} and {year2}.",
    "Freight rates ranged from ${lo}-{hi} per 40ft container in {month}.",
    "The {ordinal} meeting of the intergovernmental commission was held in {city} on {date}.",
    "Since {year}, trade has surged {fold}, reaching {money}.",
    "The share of {good} in exports fell by {pp} percentage points to {pct}.",
    "The bank approved a loan of {iso} {small} bn for the expansion of {route}.",
    "Container traffic on {route} grew {times} times to {teu} TEU, while transit time fell to"
    " {days} days.",
    "The new terminal will have a capacity of {small} mln t per year and cost about {money}.",
    "Oil exports via the pipeline averaged {bpd} barrels per day in {month} {year}.",
    "Contact the press office at +7 (7172) {phone} before {month} {day}.",
    "Decree No. {decree} of {date} sets tariffs for {good} at {pct} of the customs value.",
    "Investment in {route} rose {pct} to {eur}, and {c1} plans to add {ferries} ferries by"
    " {future}.",
    "The {km} km railway between {city} and {city2} will open in {future}.",
)

# Sentences without figures, so the density of claims is near the bundled corpus's (about one
# claim per 80 characters) rather than one per sentence.
FILLER = (
    "Officials of {c1} and {c2} discussed the digitalisation of border crossings along {route}.",
    "The sides agreed to harmonise tariffs and to simplify transit procedures for {good}.",
    "Shippers say that congestion at {city} remains the main bottleneck of the corridor.",
    "The ministry of transport of {c1} expects further investment in rolling stock and ferries.",
    "Analysts note that demand for alternatives to the northern route keeps growing.",
)
FILLER_SHARE = 0.3

CITIES = ("Astana", "Baku", "Tbilisi", "Tashkent", "Aktau", "Poti", "Almaty", "Kars")


def _money(rng: random.Random) -> str:
    amount = rng.choice((rng.randint(1, 999), round(rng.uniform(1, 99), 1)))
    thousands = f"${rng.randint(1, 999):,},{rng.randint(0, 999):03d}"
    forms = (f"${amount} million", f"${amount}bn", f"USD {amount} million", f"KZT {amount} billion",
             f"€{amount}m", f"{amount} million US dollars", thousands)
    return rng.choice(forms)


def _slots(rng: random.Random) -> dict[str, Any]:
    year = rng.randint(2015, 2025)
    c1, c2 = rng.sample(COUNTRIES, 2)
    city, city2 = rng.sample(CITIES, 2)
    lo = rng.randint(900, 2500)
    return {
        "c1": c1, "c2": c2, "route": rng.choice(ROUTES), "good": rng.choice(GOODS),
        "city": city, "city2": city2, "year": year, "year2": year + rng.randint(1, 4),
        "future": rng.randint(2026, 2035), "month": rng.choice(MONTHS), "day": rng.randint(1, 28),
        "date": f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{year}",
        "money": _money(rng), "eur": f"{round(rng.uniform(1, 20), 1)} billion euros",
        "pct": rng.choice((f"{round(rng.uniform(0.5, 80), 1)}%", f"{rng.randint(1, 90)} per cent",
                           f"{round(rng.uniform(1, 30), 1)} percent")),
        "pp": round(rng.uniform(0.5, 9), 1), "tonnes": rng.choice((
            f"{round(rng.uniform(1, 30), 1)} million tonnes", f"{rng.randint(1, 40)} mt",
            f"{rng.randint(10, 999):,},{rng.randint(0, 999):03d} tons")),
        "teu": f"{rng.randint(10, 999)},{rng.randint(0, 999):03d}", "n_months": rng.randint(2, 11),
        "small": round(rng.uniform(1, 9), 1), "small2": round(rng.uniform(10, 30), 1),
        "lo": f"{lo:,}", "hi": f"{lo + rng.randint(100, 900):,}",
        "ordinal": rng.choice(("first", "second", "10th", "23rd", "inaugural")),
        "fold": rng.choice(("twofold", "threefold", "fivefold", "tenfold")),
        "times": round(rng.uniform(1.5, 4), 1), "days": rng.randint(10, 40),
        "iso": rng.choice(("USD", "EUR", "KZT", "AZN")), "bpd": f"{rng.randint(100, 900)},000",
        "phone": f"{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}",
        "decree": rng.randint(10, 999), "ferries": rng.randint(2, 12), "km": rng.randint(50, 900),
    }


def make_documents(total_chars: int, seed: int = 7, doc_chars: int = DOC_CHARS) -> list[str]:
    """Deterministic article-like documents adding up to at least `total_chars` characters."""
    rng = random.Random(seed)
    documents: list[str] = []
    size = 0
    while size < total_chars:
        sentences: list[str] = []
        length = 0
        while length < doc_chars:
            pool = FILLER if rng.random() < FILLER_SHARE else TEMPLATES
            sentence = rng.choice(pool).format(**_slots(rng))
            sentences.append(sentence)
            length += len(sentence) + 1
        paragraphs = [" ".join(sentences[i:i + 4]) for i in range(0, len(sentences), 4)]
        document = "\n\n".join(paragraphs)
        documents.append(document)
        size += len(document)
    return documents


def time_calls(
    parse: Callable[[str], Sequence[object]], documents: Sequence[str], repeat: int = 1
) -> tuple[float, int]:
    """CPU seconds to parse every document (fastest of `repeat` runs), and the things found."""
    best = float("inf")
    found = 0
    for _ in range(max(1, repeat)):
        found = 0
        started = time.process_time()
        for document in documents:
            found += len(parse(document))
        best = min(best, time.process_time() - started)
    return best, found


def slice_documents(documents: Sequence[str], chars: int) -> list[str]:
    taken: list[str] = []
    size = 0
    for document in documents:
        if size >= chars:
            break
        taken.append(document)
        size += len(document)
    return taken


def quantulum_parse() -> Callable[[str], Sequence[object]] | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # it warns that its optional classifier is missing
            from quantulum3 import parser as q3
    except ImportError:
        return None

    def parse(text: str) -> Sequence[object]:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return q3.parse(text)  # type: ignore[no-any-return]

    return parse


def run(mb: float, seed: int, linear_kb: int, q3_kb: int, repeat: int = 3) -> dict[str, Any]:
    from dashboard.parser import extract_claims

    documents = make_documents(int(mb * 1_000_000), seed)
    chars = sum(map(len, documents))
    extract_claims(documents[0])  # warm-up: first-call costs are not throughput
    seconds, claims = time_calls(extract_claims, documents)
    out: dict[str, Any] = {
        "seed": seed, "clock": "process CPU time", "documents": len(documents), "chars": chars,
        "claims": claims,
        "seconds": seconds, "chars_per_s": chars / seconds,
    }
    small = "\n\n".join(make_documents(linear_kb * 1000, seed + 1))[: linear_kb * 1000]
    large = "\n\n".join(make_documents(linear_kb * 10_000, seed + 1))[: linear_kb * 10_000]
    t_small, n_small = time_calls(extract_claims, [small], repeat)
    t_large, n_large = time_calls(extract_claims, [large], repeat)
    out["linearity"] = {"n_chars": len(small), "seconds_n": t_small, "claims_n": n_small,
                        "seconds_10n": t_large, "claims_10n": n_large, "ratio": t_large / t_small}
    q3 = quantulum_parse()
    if q3 is not None:
        part = slice_documents(documents, q3_kb * 1000)
        part_chars = sum(map(len, part))
        q_seconds, q_found = time_calls(q3, part)
        # Ours takes a fraction of a second on the slice, where one busy moment of a shared
        # machine weighs a lot: the median of five runs (quantulum3's one long run evens
        # such moments out by itself).
        runs = [time_calls(extract_claims, part) for _ in range(5)]
        o_seconds, o_found = sorted(runs)[len(runs) // 2]
        out["quantulum3"] = {
            "chars": part_chars, "seconds": q_seconds, "found": q_found,
            "chars_per_s": part_chars / q_seconds,
            "ours_chars_per_s_same_slice": part_chars / o_seconds,
            "ours_claims_same_slice": o_found,
            "ratio_ours_over_quantulum3": q_seconds / o_seconds,
        }
    return out


def report(result: dict[str, Any]) -> str:
    lin = result["linearity"]
    lines = [
        "| measure | value |", "|---|---|",
        f"| text | {result['chars']:,} characters in {result['documents']} documents "
        f"(seed {result['seed']}) |",
        f"| extract_claims | {result['chars_per_s']:,.0f} chars/s ({result['claims']:,} claims, "
        f"{result['seconds']:.2f} CPU s) |",
        f"| linearity | {lin['n_chars']:,} chars: {lin['seconds_n']:.3f} s "
        f"({lin['claims_n']:,} claims); "
        f"10x: {lin['seconds_10n']:.3f} s ({lin['claims_10n']:,} claims); ratio {lin['ratio']:.2f} "
        "(target <= 11) |",
    ]
    q3 = result.get("quantulum3")
    if q3 is None:
        lines.append("| quantulum3 | not installed |")
    else:
        lines += [
            f"| quantulum3 | {q3['chars_per_s']:,.0f} chars/s on the first {q3['chars']:,} chars "
            f"({q3['seconds']:.1f} s) |",
            f"| extract_claims, same slice | {q3['ours_chars_per_s_same_slice']:,.0f} chars/s |",
            f"| ours / quantulum3 | {q3['ratio_ours_over_quantulum3']:,.0f}x (target >= 100) |",
        ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=4.0, help="size of the text, in MB")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--linear-kb", type=int, default=200, help="N for the N vs 10N test, in KB")
    parser.add_argument("--q3-kb", type=int, default=150, help="slice timed for quantulum3, in KB")
    parser.add_argument("--repeat", type=int, default=3, help="runs per linearity timing")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    args = parser.parse_args(argv)
    result = run(args.mb, args.seed, args.linear_kb, args.q3_kb, args.repeat)
    print(json.dumps(result, indent=1) if args.json else report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
