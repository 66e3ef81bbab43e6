"""Whose "its" is where it owns a country's name: "The EBRD's annual investment in Kazakhstan
reached $525 million. ... its Kazakh portfolio stood at EUR 2.91 billion": the bank's
portfolio in Kazakhstan, not Kazakhstan's alone. Read by `subject`.

Pure: no pandas, no dash.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dashboard.claim import Located
from dashboard.facts import Facts
from dashboard.vocab.entities import COUNTRIES, REGIONS

if TYPE_CHECKING:
    from dashboard.context import SentenceIndex


def with_its_owner(claim: Located, facts: Facts, clause: tuple[int, int],
                   index: SentenceIndex, i: int, found: list[str]) -> list[str]:
    """`found`, with the body "its" stands for when the claim's clause says "its <country's
    adjective> ..." before the claim: the first body no country or region the sentence before
    names ("The EBRD's annual investment in Kazakhstan ..."). As they are otherwise, and when
    the claim's sentence names an owner before the clause."""
    lo = clause[0]
    text = index.text
    if i == 0 or "ts " not in text[lo : claim.start]:
        return found  # the common case, told without looking further
    if any(facts.lo <= pos < lo for pos, _ in facts.entities):
        return found  # "its" after a name its sentence gives before the clause: "Kazakhstan's
        # economy grew 4.8%, and its Chinese imports rose 12%" (Kazakhstan's, no bank's)
    named = [(pos, name) for pos, name in facts.entities if lo <= pos < claim.start]
    if not named or not all(name in COUNTRIES and text[max(0, pos - 4) : pos] in (
            "its ", "Its ") for pos, name in named):
        return found  # no "its" before a country, or a body of its own: "Kazakhstan and its
        # Uzbek neighbour traded $4 billion"
    owner = next((e for e in index.subjects(i - 1)
                  if e not in COUNTRIES and e not in REGIONS and e not in found), None)
    return found if owner is None else [owner, *found]
