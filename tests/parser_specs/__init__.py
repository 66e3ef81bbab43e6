"""Example tables for the parser's spec test (`tests/test_parser_spec.py`).

Each module holds one group of examples, named by where they came from:
- `own_*`: our own cases, one or more per category of the parser issue (issue 2);
- `own_heldout_*`: our own sentences on one field of the news (trade, logistics, ...),
  written after the parser and read by hand first, to measure how it generalises;
- `corpus_NNN_NNN`: sentences of the bundled corpus (`data/articles`), read by hand;
- `tricky`: our tricky sentences (`benchmarks/tricky/sentences.json`, ours to reuse).

An example is a text, an optional publication date and the claims an analyst reads in
it, in order. Every expected claim names its surface (located in the text by search, the
`nth` occurrence), value and unit; other fields are checked only when an example gives
them (`per=None` checks that no rate is reported; `entities` must all be there,
`only_entities` must be all there is). The number of claims and their surfaces
must match exactly. Expectations come from reading the text, never from the parser's
output; where the parser disagrees, the example's id goes into its module's `KNOWN_GAPS`
(id -> why), run as a strict xfail so that a fix is noticed.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from dashboard.claim import Claim

# Entity names the corpus examples use again and again.
KZ_AZ = ["Kazakhstan", "Azerbaijan"]
TITR = "Trans-Caspian International Transport Route"
BTC = "Baku-Tbilisi-Ceyhan pipeline"
EU = "European Union"

# Fields an expected claim may check besides surface, value and unit.
OPTIONAL_FIELDS = frozenset(
    {"value_high", "per", "approx", "change", "kind", "metric", "topic", "entities", "item",
     "period", "only_entities"}
)
_ENUM_VALUES: Mapping[str, frozenset[str | None]] = MappingProxyType({
    "approx": frozenset({"approx", "min", "max", None}),
    "change": frozenset({"increase", "decrease", None}),
    "kind": frozenset({"actual", "projection"}),
    "topic": frozenset({"trade", "logistics", "energy", "investment", "digital",
                        "agriculture", "economy", "other"}),
})


@dataclass(frozen=True)
class Expect:
    """One claim an analyst reads in the text."""

    surface: str
    value: float
    unit: str
    nth: int = 0  # which occurrence of `surface` in the text (0 = the first)
    fields: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Example:
    """A text and every claim in it, in order of position."""

    id: str
    text: str
    claims: tuple[Expect, ...]
    published: str | None = None


def c(surface: str, value: float, unit: str, *, nth: int = 0, **fields: Any) -> Expect:
    """An expected claim; keyword fields are checked, the others are not."""
    unknown = set(fields) - OPTIONAL_FIELDS
    if unknown:
        raise ValueError(f"unknown claim fields {sorted(unknown)} for {surface!r}")
    for name, allowed in _ENUM_VALUES.items():
        if name in fields and fields[name] not in allowed:
            raise ValueError(f"{name}={fields[name]!r} is not one of {sorted(map(str, allowed))}")
    for name in ("entities", "only_entities"):
        if name in fields:
            fields[name] = tuple(fields[name])
    return Expect(surface, float(value), unit, nth, MappingProxyType(fields))


def ex(id: str, text: str, *claims: Expect, published: str | None = None) -> Example:
    """An example: `claims` in order of position; none for a text that holds no claim."""
    for claim in claims:
        if text.count(claim.surface) <= claim.nth:
            raise ValueError(f"{id}: {claim.surface!r} (occurrence {claim.nth}) not in text")
    return Example(id, text, tuple(claims), published)


# --- checking the parser's claims against an example (the spec test and
# scripts/bench_heldout.py) ----------------------------------------------------------------


def mismatches(example: Example, claims: list[Claim]) -> list[str]:
    """What differs between the parser's claims and the example's (empty: it passes)."""
    got = [claim.surface for claim in claims]
    want = [expect.surface for expect in example.claims]
    if got != want:
        return [f"surfaces: got {got}, want {want}"]
    problems: list[str] = []
    for expect, claim in zip(example.claims, claims, strict=True):
        problems += [f"{expect.surface!r}: {problem}"
                     for problem in _claim_mismatches(example.text, expect, claim)]
    return problems


def _claim_mismatches(text: str, expect: Expect, claim: Claim) -> list[str]:
    start = _nth_index(text, expect.surface, expect.nth)
    out = []
    if (claim.start, claim.end) != (start, start + len(expect.surface)):
        out.append(f"offsets {claim.start}:{claim.end}, want {start}:{start + len(expect.surface)}")
    if text[claim.start : claim.end] != claim.surface:
        out.append("text[start:end] != surface")
    if not math.isclose(claim.value, expect.value, rel_tol=1e-9):
        out.append(f"value {claim.value!r}, want {expect.value!r}")
    if claim.unit != expect.unit:
        out.append(f"unit {claim.unit!r}, want {expect.unit!r}")
    have = claim.to_dict()
    have["only_entities"] = have["entities"]
    for name, want in expect.fields.items():
        if not _field_matches(name, have[name], want):
            out.append(f"{name} {have[name]!r}, want {want!r}")
    return out


def _field_matches(name: str, have: Any, want: Any) -> bool:
    if name == "entities":
        return set(want) <= set(have)  # a subset: the example names what must be there
    if name == "only_entities":
        return set(want) == set(have)  # exactly these: no partner of another figure
    if name == "value_high" and have is not None and want is not None:
        return math.isclose(have, want, rel_tol=1e-9)
    return bool(have == want)


def _nth_index(text: str, surface: str, nth: int) -> int:
    at = text.index(surface)
    for _ in range(nth):
        at = text.index(surface, at + 1)
    return at


def describe(claim: Claim) -> str:
    """A claim's fields on one line, for a failure message."""
    d = claim.to_dict()
    del d["sentence"]
    return "  " + ", ".join(f"{k}={v!r}" for k, v in d.items() if v not in (None, [], ()))

