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

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

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
