"""Accuracy of `extract_claims` (and quantulum3, when installed) on public benchmarks.

Usage (from the repository root):

    python scripts/bench_accuracy.py [--benchmarks DIR] [--json] [--tools ours,quantulum3]
    python scripts/bench_accuracy.py --errors newsquant [--part in-scope]

The benchmarks live outside the repository (default `../shared/benchmarks`) and are read for
evaluation only; when the folder is missing the script prints "skipped" and exits 0.

Sets: NewsQuant and CQE's re-annotated Recognizers-Text sets (currency, dimension, temperature,
age), the Recognizers-Text English specs themselves (NumberWithUnit currency/dimension/
temperature/age, Number and Percent; `Results: []` is a negative case), quantulum3's test
sentences, and our own tricky sentences plus the seed article.

Scoring follows the CQE authors: a value matches when numpy.isclose(rtol=1e-5) holds, a range
only when both bounds do; "value+unit" also needs the same unit, "value+change" the same change
symbol (not the unit). Unlike their script, gold and predictions are paired one to one by a
maximum matching per sentence, so a prediction is never counted twice. Precision is
matches / predictions, recall matches / gold, for each level separately.

Units: gold units are mapped to our codes with factors (see `_bench_common`: "dollar" -> USD,
"cent" -> 0.01 USD, "metric ton"/"ton" -> t, "kilometre" -> km, "percentage" -> %,
"basis point" -> 0.01 pp, "barrel per day" -> bbl/day, CQE's nouns -> count); our claim's
`unit` plus `per` map to the same codes. A value matches as written or after the factor.

Change: our `approx` approx/min/max -> "~", ">", "<" (a hedge wins: NewsQuant marks "up about
19 per cent" as "~"); otherwise `change` increase/decrease -> "up"/"down"; otherwise "=".
On the tricky set, whose gold says only whether a number is a change, both sides are reduced
to "change" or "=".

In scope (`--part in-scope`), decided by the gold unit alone, never by our predictions:
money (any currency, and money rates such as "dollar per barrel"), percentages and percentage
or basis points, physical quantities and their rates (length, mass, volume, energy, power,
speed, data size, temperature, angle, concentration), durations (second ... year), and
multipliers where the gold says so (tricky's "x"). Out: no unit ("-", mostly index levels and
unlabelled amounts), points (index and sports points, pence quotes), ages, CQE's "count"
(which mixes multipliers with "one count of fraud") and every noun CQE uses as a unit
("people", "job", "point per game"). On NewsQuant this keeps 647 of 904 quantities; the
issue's "629 of 904" is the same idea with a slightly different boundary (we keep durations
in years and data sizes, for instance).
A prediction that matches an out-of-scope gold quantity of its sentence is dropped from the
in-scope score (it is neither a hit nor a false positive there); a prediction matching no gold
at all stays a false positive in both parts.

`in-scope-levels` (NewsQuant only) is the in-scope part with one documented rewrite of the
gold (`as_levels`): "dropped from 208 pounds to 193" after a verb of change, which NewsQuant
annotates as one range 208-193, counts as the two levels this product reports. It shows what
the range convention costs; the `in-scope` part is the strict score.

Reference, not run here: CQE's published NewsQuant F1 is value 0.920, value+unit 0.856,
value+change 0.881; measured on NewsQuant's in-scope part CQE 0.910 / 0.892 / 0.856.
"""

from __future__ import annotations

import argparse
import dataclasses
import glob
import json
import os
import re
import sys
import time
import warnings
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parent.parent))

from _bench_common import (  # the path is set just above
    IN_SCOPE_CATEGORIES,
    LEVELS,
    Quantity,
    Tally,
    counted_all,
    counted_in_scope,
    gold_unit,
    max_matching,
    our_category,
    our_unit,
    parse_gold_value,
    select,
    value_match,
)

DEFAULT_BENCHMARKS = Path(__file__).resolve().parent.parent.parent / "shared" / "benchmarks"
SEED_ARTICLE = "corpus/articles/000-kazakhstan-azerbaijan-state-visit.txt"
CQE_REFERENCE = {"value": 0.920, "value+unit": 0.856, "value+change": 0.881}
CQE_IN_SCOPE_REFERENCE = {"value": 0.910, "value+unit": 0.892, "value+change": 0.856}
PARTS = {"all": counted_all, "in-scope": counted_in_scope, "in-scope-levels": counted_in_scope}
# The one part whose gold is rewritten: see `as_levels`.
LEVELS_PART = "in-scope-levels"
# "fell from $2,415 to $2,315", "climbed from 21 mpg to 23": a verb of change, then from ... to.
RE_MOTION_FROM_TO = re.compile(
    r"(?i)\b(?:ros[e]|rise[ns]?|rising|gr[eo]w\w*|increas\w*|decreas\w*|f[ae]ll\w*|drop\w*|"
    r"declin\w*|jump\w*|surg\w*|climb\w*|soar\w*|plummet\w*|tumbl\w*|slump\w*|slipp?\w*|"
    r"slid|slow\w*|cut|reduc\w*|rais\w*|lower\w*|boost\w*|expand\w*|mov\w*|shift\w*|"
    r"revis\w*|went|widen\w*|narrow\w*|edg\w*|inch\w*|shr[au]nk|chang\w*|improv\w*|"
    r"creep\w*|eas\w*)\b(?:[^.;]|\.(?=[0-9])){0,80}?\bfrom\b(?:[^.;]|\.(?=[0-9])){1,80}?\bto\b"
)
# "revised from 5 to 7 per cent to 3 to 5 per cent": ranges of their own, left as they are.
RE_FROM_TO_TO = re.compile(r"(?i)\bfrom\b[^;]{1,40}?\bto\b[^;]{1,30}?\bto\b")


@dataclass(frozen=True)
class Case:
    """One benchmark text with its gold quantities."""

    text: str
    golds: tuple[Quantity, ...]
    published: str | None = None


@dataclass(frozen=True)
class BenchSet:
    name: str
    cases: tuple[Case, ...]
    has_unit: bool = True
    has_change: bool = False
    coarse_change: bool = False


Tool = Callable[[str, str | None, bool], list[Quantity]]


# ---------------------------------------------------------------- predictions


def claim_change_symbol(change: str | None, approx: str | None) -> tuple[str, str | None]:
    """Our claim's change/approx as CQE's symbols: the one it is shown with, and a second when
    the claim is both hedged and a change. NewsQuant has one slot for the two and fills it
    either way ("up about 19 per cent" as "~", "rose about 1.5%" as "up"), so a gold symbol
    matches either of ours."""
    by_change = {"increase": "up", "decrease": "down"}
    by_approx = {"approx": "~", "min": ">", "max": "<"}
    moved = by_change.get(change or "")
    if approx in by_approx:
        return by_approx[approx], moved
    return moved or "=", None


def coarse(symbol: str) -> str:
    """Reduce a change symbol to "change" or "=" (the tricky set's gold has no direction)."""
    return "change" if symbol in {"up", "down"} else "="


_RE_WRITTEN_PERCENT = re.compile(r"\d|%|per\s*cent|pct", re.IGNORECASE)


def claim_to_quantity(claim: Any, coarse_change: bool = False) -> Quantity:
    """A `dashboard.claim.Claim` (read through `to_dict`) as a comparable quantity."""
    row = claim.to_dict()
    code, factor = our_unit(row["unit"], row["per"])
    if code == "%" and not _RE_WRITTEN_PERCENT.search(row["surface"]):
        # A fraction in words ("a third", "half", "one out of three") is a percentage here and
        # a decimal fraction in NewsQuant's gold (0.333 under "% of the population"): the same
        # number, compared as the fraction (the percentage's own factor, 0.01). A percentage
        # written as one ("one per cent", "five percent") is compared as written.
        factor = 0.01
    symbol, also = claim_change_symbol(row["change"], row["approx"])
    if coarse_change:  # the tricky set: a change or none, whatever the hedge
        symbol, also = coarse(also or symbol), None
    return Quantity(
        value=float(row["value"]), unit=code, change=symbol, also=also,
        high=row["value_high"], factor=factor, text=row["surface"],
    )


def ours_tool() -> Tool:
    from dashboard.parser import extract_claims

    def run(text: str, published: str | None, coarse_change: bool) -> list[Quantity]:
        claims = extract_claims(text, published=published)
        return [claim_to_quantity(c, coarse_change) for c in claims]

    return run


def quantulum_to_quantity(
    value: float, uncertainty: float | None, unit: str, surface: str
) -> Quantity:
    """quantulum3 reports a range as midpoint and half-width; it becomes a range again here."""
    code, factor, _ = gold_unit(unit, surface, unknown="?" + unit)
    high = None
    if uncertainty and not any(mark in surface for mark in ("+/-", "±")):
        value, high = value - uncertainty, value + uncertainty
    return Quantity(value=float(value), unit=code, high=high, factor=factor, text=surface)


def quantulum_tool() -> Tool:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # it warns that its optional classifier is missing
        from quantulum3 import parser as q3

    def run(text: str, published: str | None, coarse_change: bool) -> list[Quantity]:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = q3.parse(text)
        return [
            quantulum_to_quantity(q.value, q.uncertainty, q.unit.name, q.surface) for q in found
        ]

    return run


# ---------------------------------------------------------------- gold sets


def _load_json(path: Path) -> Any:
    with path.open(encoding="utf-8-sig") as handle:
        return json.load(handle)


def _cqe_quantity(q: dict[str, Any]) -> Quantity:
    value, high = parse_gold_value(str(q["value"]))
    code, factor, category = gold_unit(q["normalized_unit"], q.get("unit", ""))
    return Quantity(
        value=value, high=high, unit=code, factor=factor, change=q.get("change", "="),
        in_scope=category in IN_SCOPE_CATEGORIES, text=f'{q["value"]} {q.get("unit", "")}',
    )


def load_cqe(path: Path, name: str) -> BenchSet:
    """NewsQuant or one of CQE's re-annotated sets: [{"text", "quantities": [...]}]."""
    data = _load_json(path)
    cases = tuple(Case(r["text"], tuple(_cqe_quantity(q) for q in r["quantities"])) for r in data)
    has_change = any("change" in q for r in data for q in r["quantities"])
    return BenchSet(name, cases, has_change=has_change)


# Recognizers-Text unit names -> CQE names where they differ beyond spelling.
RT_UNITS = {"c": "celsius", "f": "fahrenheit", "pound": "pound-mass", "age": "year of age"}


def _rt_unit(type_name: str, resolution: dict[str, Any]) -> str:
    unit = str(resolution.get("unit") or "").lower()
    unit = unit.replace("meter", "metre").replace("liter", "litre")
    if type_name == "number":
        return "-"
    if type_name == "percentage":
        return "percentage"
    if type_name == "age":
        return f"{unit} of age" if unit != "age" else "year of age"
    if type_name == "currency" and unit == "pound":
        return "pound sterling"
    return RT_UNITS.get(unit, unit)


def _rt_quantity(result: dict[str, Any]) -> Quantity:
    res = result.get("Resolution") or {}
    raw = str(res.get("value", "nan")).rstrip("%").replace(",", "")
    try:
        value = float(raw)
    except ValueError:
        value = float("nan")  # unparseable gold stays a miss for every tool
    iso = res.get("isoCurrency")
    code, factor, category = gold_unit(_rt_unit(result["TypeName"], res))
    if iso and result["TypeName"] == "currency" and factor == 1.0:
        code = iso
    return Quantity(value=value, unit=code, factor=factor,
                    in_scope=category in IN_SCOPE_CATEGORIES, text=result.get("Text", ""))


def load_recognizers(path: Path, name: str) -> BenchSet:
    data = _load_json(path)
    cases = tuple(Case(r["Input"], tuple(_rt_quantity(x) for x in r["Results"])) for r in data)
    return BenchSet(name, cases, has_unit="Number/" not in str(path) or "Percent" in path.name)


def load_quantulum(path: Path) -> BenchSet:
    cases = []
    for record in _load_json(path):
        golds = []
        for q in record["res"]:
            code, factor, category = gold_unit(q["unit"], q["surface"], unknown="?" + q["unit"])
            probe = quantulum_to_quantity(q["value"], q.get("uncertainty"), q["unit"], q["surface"])
            golds.append(Quantity(value=probe.value, high=probe.high, unit=code, factor=factor,
                                  in_scope=category in IN_SCOPE_CATEGORIES, text=q["surface"]))
        cases.append(Case(record["req"], tuple(golds)))
    return BenchSet("quantulum3", tuple(cases))


def _tricky_quantity(g: dict[str, Any]) -> Quantity:
    unit, _, per = g["u"].partition("/")
    code, factor = our_unit(unit, {"yr": "year", "d": "day"}.get(per, per) or None)
    value = g["v"] if "v" in g else g["lo"]
    return Quantity(
        value=float(value), high=g.get("hi"), unit=code, factor=factor,
        change="change" if g.get("k") == "change" else "=",
        in_scope=our_category(code) in IN_SCOPE_CATEGORIES, optional=bool(g.get("opt")),
        text=str(g),
    )


def load_tricky(root: Path) -> BenchSet:
    """Our tricky sentences plus the seed article with the three claims issue 2 asks for."""
    data = _load_json(root / "tricky" / "sentences.json")
    cases = [
        Case(s["text"], tuple(_tricky_quantity(g) for g in s["gold"])) for s in data["sentences"]
    ]
    seed = root.parent / SEED_ARTICLE
    if seed.exists():
        text = seed.read_text(encoding="utf-8")
        seed_gold = ({"v": 529e6, "u": "USD"}, {"v": 5, "u": "x", "k": "change"},
                     {"v": 10e6, "u": "t/yr"})
        cases.append(Case(text, tuple(_tricky_quantity(g) for g in seed_gold), "2024-03-11"))
    return BenchSet("tricky", tuple(cases), has_change=True, coarse_change=True)


def load_sets(root: Path) -> list[BenchSet]:
    nq = root / "newsquant" / "formatted_test_set"
    rt = root / "recognizers-text"
    sets = [load_cqe(nq / "NewsQuant.json", "newsquant")]
    for model in ("currency", "dimension", "temperature", "age"):
        sets.append(load_cqe(nq / f"{model}-model.json", f"cqe-{model}"))
    for path in sorted(glob.glob(str(rt / "NumberWithUnit" / "English" / "*.json"))):
        stem = Path(path).stem.replace("Model", "").lower()
        sets.append(load_recognizers(Path(path), f"rt-{stem}"))
    for stem in ("NumberModel", "PercentModel"):
        sets.append(load_recognizers(rt / "Number" / "English" / f"{stem}.json",
                                     f"rt-{stem.replace('Model', '').lower()}"))
    sets.append(load_quantulum(root / "quantulum3" / "en_US" / "quantities.json"))
    sets.append(load_tricky(root))
    return sets


# ---------------------------------------------------------------- running and reporting


def predict(bench: BenchSet, tool: Tool) -> tuple[list[list[Quantity]], float]:
    started = time.perf_counter()
    preds = [tool(case.text, case.published, bench.coarse_change) for case in bench.cases]
    return preds, time.perf_counter() - started


def as_levels(case: Case) -> tuple[Quantity, ...]:
    """The case's gold with "from X to Y" after a verb of change read as two levels.

    NewsQuant annotates "dropped from 208 pounds to 193" as one range, 208-193; this product
    reports two levels, 208 and 193 (README "Parser policy"), each with its own period when
    the text gives one. This rewrite of the gold, and only it, makes the `in-scope-levels`
    part: a range becomes its two ends, each without a change ("=") since a level is not a
    change. Decided by the gold and the sentence alone, never by a tool's output.
    """
    if not RE_MOTION_FROM_TO.search(case.text) or RE_FROM_TO_TO.search(case.text):
        return case.golds
    out: list[Quantity] = []
    for gold in case.golds:
        if gold.high is None:
            out.append(gold)
            continue
        out += [dataclasses.replace(gold, value=v, high=None, change="=")
                for v in (gold.value, gold.high)]
    return tuple(out)


def evaluate(bench: BenchSet, preds: Sequence[Sequence[Quantity]]) -> dict[str, Tally]:
    tallies = {}
    for part, counted in PARTS.items():
        if part == LEVELS_PART and not bench.has_change:
            continue  # only NewsQuant annotates changes and ranges of change
        tally = Tally()
        for case, found in zip(bench.cases, preds, strict=True):
            golds = as_levels(case) if part == LEVELS_PART else case.golds
            tally.add(select(golds, found, counted))
        tallies[part] = tally
    return tallies


def _fmt(x: float | None) -> str:
    return "—" if x is None else f"{x:.3f}"


def tally_json(tally: Tally, bench: BenchSet) -> dict[str, Any]:
    out: dict[str, Any] = {"gold": tally.gold, "pred": tally.pred}
    for level in LEVELS:
        skip = {"value+unit": not bench.has_unit, "value+change": not bench.has_change}
        if skip.get(level):
            continue
        p, r, f = tally.prf(level)
        out[level] = {"tp": tally.tp[level], "precision": p, "recall": r, "f1": f}
    return out


def markdown(results: dict[str, dict[str, dict[str, Any]]], tools: Sequence[str]) -> str:
    """Two tables: F1 side by side, then precision / recall / F1 per tool."""
    head = "| set | part | gold |" + "".join(
        f" {t} F1 value / +unit / +change | {t} pred |" for t in tools
    )
    lines = [head, "|" + "---|" * (3 + 2 * len(tools))]
    for name, parts in results.items():
        for part, by_tool in parts.items():
            row = f"| {name} | {part} | {next(iter(by_tool.values()))['gold']} |"
            for tool in tools:
                m = by_tool.get(tool)
                cells = [_fmt(m[lv]["f1"]) if m and lv in m else "—" for lv in LEVELS]
                row += f" {' / '.join(cells)} | {m['pred'] if m else '—'} |"
            lines.append(row)
    lines += ["", "| set | part | tool | " + " | ".join(f"{lv} P | R | F1" for lv in LEVELS) + " |",
              "|" + "---|" * (3 + 3 * len(LEVELS))]
    for name, parts in results.items():
        for part, by_tool in parts.items():
            for tool, m in by_tool.items():
                cells = [
                    " | ".join(_fmt(m[lv][k]) for k in ("precision", "recall", "f1"))
                    if lv in m else "— | — | —"
                    for lv in LEVELS
                ]
                lines.append(f"| {name} | {part} | {tool} | " + " | ".join(cells) + " |")
    ref = " / ".join(f"{CQE_REFERENCE[k]:.3f}" for k in LEVELS)
    ref_in = " / ".join(f"{CQE_IN_SCOPE_REFERENCE[k]:.3f}" for k in LEVELS)
    lines += ["", f"Reference (not run here): CQE on NewsQuant, F1 value / +unit / +change: "
              f"{ref} (published, whole set); {ref_in} (in-scope part)."]
    return "\n".join(lines)


def _describe(q: Quantity) -> str:
    rng = f"{q.value:g}-{q.high:g}" if q.high is not None else f"{q.value:g}"
    factor = f"(x{q.factor:g})" if q.factor != 1 else ""
    return f"{rng} {q.unit}{factor} [{q.change}] «{q.text}»"


def _staged_pairs(golds: Sequence[Quantity], preds: Sequence[Quantity]) -> list[tuple[int, int]]:
    """Pair gold and predictions for the error dump: full matches first, then unit, then value."""
    def full(gold: Quantity, pred: Quantity) -> bool:
        return LEVELS["value+unit"](gold, pred) and LEVELS["value+change"](gold, pred)

    pairs: list[tuple[int, int]] = []
    gold_left, pred_left = list(range(len(golds))), list(range(len(preds)))
    for fits in (full, LEVELS["value+unit"], LEVELS["value+change"], value_match):
        found = max_matching([golds[i] for i in gold_left], [preds[j] for j in pred_left], fits)
        pairs += [(gold_left[gi], pred_left[pj]) for gi, pj in found]
        used_gold = {gold_left[gi] for gi, _ in found}
        used_pred = {pred_left[pj] for _, pj in found}
        gold_left = [i for i in gold_left if i not in used_gold]
        pred_left = [j for j in pred_left if j not in used_pred]
    return sorted(pairs)


def error_lines(bench: BenchSet, preds: Sequence[Sequence[Quantity]], part: str) -> Iterator[str]:
    """Every sentence with a miss, a false positive, or a value match with the wrong unit/change."""
    counts = {"FN": 0, "FP": 0, "UNIT": 0, "CHANGE": 0}
    for index, (case, found) in enumerate(zip(bench.cases, preds, strict=True)):
        golds = as_levels(case) if part == LEVELS_PART else case.golds
        result = select(golds, found, PARTS[part])
        pairs = _staged_pairs(result.golds, result.preds)
        hit_gold = {g for g, _ in pairs}
        hit_pred = {p for _, p in pairs}
        problems = [
            f"  FN   {_describe(g)}" for i, g in enumerate(result.golds) if i not in hit_gold
        ]
        problems += [
            f"  FP   {_describe(p)}" for j, p in enumerate(result.preds) if j not in hit_pred
        ]
        for gi, pj in pairs:
            gold, pred = result.golds[gi], result.preds[pj]
            if bench.has_unit and LEVELS["value+unit"](gold, pred) is False:
                problems.append(f"  UNIT gold {_describe(gold)}  ours {_describe(pred)}")
            if bench.has_change and LEVELS["value+change"](gold, pred) is False:
                problems.append(f"  CHANGE gold {_describe(gold)}  ours {_describe(pred)}")
        if not problems:
            continue
        for line in problems:
            counts[line.split()[0]] += 1
        text = case.text if len(case.text) < 600 else case.text[:600] + " …"
        yield f"[{index}] {text}"
        yield from problems
        yield "  ours: " + "; ".join(_describe(p) for p in found)
        for dropped in result.dropped:
            yield f"  (dropped, matches out-of-scope gold) {_describe(dropped)}"
    yield "totals: " + ", ".join(f"{k} {v}" for k, v in counts.items())


def available_tools(names: Sequence[str]) -> dict[str, Tool]:
    tools: dict[str, Tool] = {}
    for name in names:
        try:
            tools[name] = ours_tool() if name == "ours" else quantulum_tool()
        except ImportError as exc:
            print(f"note: {name} not available ({exc}); left out", file=sys.stderr)
    return tools


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--benchmarks", type=Path, default=DEFAULT_BENCHMARKS)
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--tools", default="ours,quantulum3", help="comma list: ours, quantulum3")
    parser.add_argument("--sets", default="", help="comma list of set names (default: all)")
    parser.add_argument("--errors", metavar="SET", help="dump misses and false positives on SET")
    parser.add_argument("--part", choices=sorted(PARTS), default="in-scope", help="for --errors")
    parser.add_argument("--errors-tool", default="ours", help="for --errors")
    args = parser.parse_args(argv)
    if not args.benchmarks.is_dir():
        print(f"benchmarks not found at {args.benchmarks}: skipped")
        return 0
    wanted = {s for s in args.sets.split(",") if s} | ({args.errors} if args.errors else set())
    sets = [b for b in load_sets(args.benchmarks) if not wanted or b.name in wanted]
    if args.errors:
        if not sets:
            print(f"no set named {args.errors}", file=sys.stderr)
            return 2
        tool = available_tools([args.errors_tool])[args.errors_tool]
        preds, _ = predict(sets[0], tool)
        for line in error_lines(sets[0], preds, args.part):
            print(line)
        return 0
    tools = available_tools([t for t in args.tools.split(",") if t])
    results: dict[str, dict[str, dict[str, Any]]] = {}
    for bench in sets:
        results[bench.name] = {
            part: {} for part in PARTS if part != LEVELS_PART or bench.has_change
        }
        for tool_name, tool in tools.items():
            preds, seconds = predict(bench, tool)
            for part, tally in evaluate(bench, preds).items():
                row = tally_json(tally, bench) | {"seconds": seconds}
                results[bench.name][part][tool_name] = row
    if args.json:
        print(json.dumps({"benchmarks": os.fspath(args.benchmarks), "results": results,
                          "reference": {"cqe_newsquant": CQE_REFERENCE,
                                        "cqe_newsquant_in_scope": CQE_IN_SCOPE_REFERENCE}},
                         indent=1))
    else:
        print(markdown(results, list(tools)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
