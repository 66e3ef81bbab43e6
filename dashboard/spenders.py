"""Whose money a figure is, when its cue says only that it was spent or approved: a company's
or a lender's spending is an investment, not a state's budget ("DP World will spend about
$100 million to raise the capacity"), and a lender's approval of a sum is a loan ("The Asian
Development Bank approved three-quarters of a billion dollars for roads"); money that goes
into a port is invested there. Read by `measures` after the cue's metric.

Pure: no pandas, no dash.
"""

from __future__ import annotations

from typing import Final

import regex

from dashboard.claim import Located, Topic
from dashboard.facts import Facts
from dashboard.scanning import match_at
from dashboard.vocab.entities import COUNTRIES, INVESTORS, LENDERS, PORTS

# The lender's verb between it and the sum: "approved", "has approved", "approves".
_RE_APPROVED: Final = regex.compile(r"\b(?i:approv(?:ed|es|e))\b")


def by_spender(
    label: str | None, claim: Located, facts: Facts, clause: tuple[int, int], text: str,
    uclass: str,
) -> tuple[str | None, Topic] | None:
    """The investment or loan of a sum whose clause's subject (its first name before the sum,
    no country before it) is an investor or a lender (see the module); else None."""
    if uclass != "money" or label not in (None, "budget"):
        return None
    if label is None and _goes_into_a_port(claim, facts, text):
        return "investment", Topic.INVESTMENT  # "$500 million will go into the Alat port"
    subject = next(((pos, name) for pos, name in facts.entities
                    if clause[0] <= pos < claim.start), None)
    if subject is None or subject[1] in COUNTRIES or subject[1] not in INVESTORS:
        return None
    if label == "budget":
        return "investment", Topic.INVESTMENT  # "DP World earmarked 1.1 billion dirhams"
    if subject[1] in LENDERS and _RE_APPROVED.search(text, subject[0], claim.start):
        return "loan", Topic.INVESTMENT  # "The IMF board approved ... $280 million"
    return None


# Money put into a port: "five hundred million dollars will go into the Alat port this year"
# (not "go into effect", "go into operation": a port named right after).
_RE_GOES_INTO: Final = regex.compile(
    r"[\s\u00a0]++(?:(?:will|would|is[\s\u00a0]++to|are[\s\u00a0]++to)[\s\u00a0]++)?"
    r"(?:go|goes|went|flow|flows|flowed)[\s\u00a0]++into[\s\u00a0]++(?:the[\s\u00a0]++)?")


def _goes_into_a_port(claim: Located, facts: Facts, text: str) -> bool:
    """Does "will go into" and a port's name follow the sum?"""
    into = match_at(_RE_GOES_INTO, text, claim.end) if "into" in text[
        claim.end : claim.end + 30] else None
    return into is not None and any(
        pos == into.end() and name in PORTS for pos, name in facts.entities)
