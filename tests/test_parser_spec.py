"""Spec-driven parser tests: every example of `tests/parser_specs` through one test.

An example passes when the parser finds exactly the expected claims, in order, each at the
expected offsets (`text[start:end] == surface`), with the expected value and unit and every
other field the example names. Known gaps run as strict xfails: a fix turns them into
failures until the id is taken off its module's `KNOWN_GAPS`.
"""

from __future__ import annotations

import csv
import math
import re
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from parser_specs import (
    Example,
    Expect,
    corpus_000_010,
    corpus_011_020,
    corpus_021_030,
    corpus_031_040,
    own_context,
    own_heldout_energy,
    own_heldout_logistics,
    own_heldout_stats,
    own_heldout_time,
    own_heldout_trade,
    own_heldout_wire,
    own_money,
    own_negatives,
    own_units,
    tricky,
)

from dashboard.claim import Claim
from dashboard.parser import extract_claims

# Grouped by where the examples came from (see parser_specs/__init__.py).
GROUPS: tuple[ModuleType, ...] = (
    own_money, own_units, own_context, own_negatives, own_heldout_trade, own_heldout_logistics,
    own_heldout_energy, own_heldout_stats, own_heldout_wire,
    own_heldout_time,
    corpus_000_010, corpus_011_020, corpus_021_030, corpus_031_040,
    tricky,
)
CORPUS_GROUPS = (corpus_000_010, corpus_011_020, corpus_021_030, corpus_031_040)
MIN_EXAMPLES = 300  # parser issue, "Done when" item 2
ARTICLES = Path(__file__).resolve().parent.parent / "data" / "articles"
RE_CORPUS_ID = re.compile(r"corpus-([0-9]{3})-")


def _params() -> Iterator[Any]:
    for module in GROUPS:
        gaps: dict[str, str] = module.KNOWN_GAPS
        for example in module.EXAMPLES:
            marks = ([pytest.mark.xfail(strict=True, reason=gaps[example.id])]
                     if example.id in gaps else [])
            yield pytest.param(example, id=example.id, marks=marks)


@pytest.mark.parametrize("example", list(_params()))
def test_parser_spec(example: Example) -> None:
    claims = extract_claims(example.text, published=example.published)
    problems = _mismatches(example, claims)
    assert not problems, "\n".join([*problems, "parser said:", *map(_describe, claims)])


def test_spec_tables_hold_together() -> None:
    """Ids are unique, every known gap names an example, and there are enough examples."""
    ids = [e.id for m in GROUPS for e in m.EXAMPLES]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})
    for module in GROUPS:
        stale = set(module.KNOWN_GAPS) - {e.id for e in module.EXAMPLES}
        assert not stale, f"{module.__name__}.KNOWN_GAPS names no example: {sorted(stale)}"
    assert len(ids) >= MIN_EXAMPLES


def test_corpus_examples_quote_their_article() -> None:
    """Corpus examples are verbatim sentences of the article their id names, with its date."""
    with (ARTICLES / "manifest.csv").open(encoding="utf-8", newline="") as f:
        published = {row["file"].split("/")[-1][:3]: row["published"] for row in csv.DictReader(f)}
    for example in (e for module in CORPUS_GROUPS for e in module.EXAMPLES):
        match = RE_CORPUS_ID.match(example.id)
        assert match, f"{example.id}: corpus ids start with the article number"
        [path] = (ARTICLES / "articles").glob(f"{match.group(1)}-*.txt")
        assert example.text in path.read_text(encoding="utf-8"), f"{example.id}: not in {path.name}"
        assert example.published == published[match.group(1)], example.id


def _mismatches(example: Example, claims: list[Claim]) -> list[str]:
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


def _describe(claim: Claim) -> str:
    d = claim.to_dict()
    del d["sentence"]
    return "  " + ", ".join(f"{k}={v!r}" for k, v in d.items() if v not in (None, [], ()))
