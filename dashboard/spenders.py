"""Whose money a figure is, when its cue says only that it was spent or approved: a company's
or a lender's spending is an investment, not a state's budget ("DP World will spend about
$100 million to raise the capacity"), and a lender's approval of a sum is a loan ("The Asian
Development Bank approved three-quarters of a billion dollars for roads"). Read by
`measures` after the cue's metric.

Pure: no pandas, no dash.
"""

from __future__ import annotations

from typing import Final

import regex

from dashboard.claim import Located, Topic
from dashboard.facts import Facts
from dashboard.vocab.entities import COUNTRIES, INVESTORS, LENDERS

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
    subject = next(((pos, name) for pos, name in facts.entities
                    if clause[0] <= pos < claim.start), None)
    if subject is None or subject[1] in COUNTRIES or subject[1] not in INVESTORS:
        return None
    if label == "budget":
        return "investment", Topic.INVESTMENT  # "DP World earmarked 1.1 billion dirhams"
    if subject[1] in LENDERS and _RE_APPROVED.search(text, subject[0], claim.start):
        return "loan", Topic.INVESTMENT  # "The IMF board approved ... $280 million"
    return None
