"""Figures a headline says are planned: after "to <verb>" ("Kazakhstan to export 10 mln t
of grain"), or the size of a work the headline agrees on ("sign off on 370 km Caspian
fibre-optic cable"). Read by `describe` for the first sentence's figures.

Pure: no pandas, no dash.
"""

from __future__ import annotations

from typing import Final

import regex

from dashboard.claim import Located
from dashboard.kinds import is_past
from dashboard.periods import Time
from dashboard.published import Published
from dashboard.scanning import CLAUSE_TIMEOUT
from dashboard.vocab.classes import unit_class

# A headline's plan: "X to export ...", "cable to carry up to 400 Tbps".
_RE_HEADLINE_PLAN: Final = regex.compile(
    r"(?i:\bto\s+(?:export|import|carry|build|invest|ship|supply|handle|raise|boost|double|"
    r"triple|expand|increase|lift|reach|launch|open|spend|allocate|lend|provide|receive|get|"
    r"start|begin|add|create|develop|modernize|modernise|construct|deliver|send|transport|"
    r"move|process|produce|pump|earmark|attract|hit)\b)"
)


# "Kazakhstan and Azerbaijan sign off on 370 km Caspian fibre-optic cable": a work agreed in a
# headline is still to be built, its size a plan (not money: "sign off on $300 million loan"
# is money committed).
_RE_HEADLINE_AGREED: Final = regex.compile(
    r"(?i:\b(?:sign(?:s|ed)?\s+off\s+on|agree(?:s|d)?\s+on|sign(?:s|ed)?\s+(?:deal|agreement)s?"
    r"\s+(?:on|for))\b)(?P<object>[^,;:0-9]{0,40}?)\Z"
)
# What stands between the verb of agreeing and a figure that is no object of it: "agree on new
# border crossing after trade jumps 30%" (a clause of its own).
_RE_NOT_THE_OBJECT: Final = regex.compile(
    r"(?i:\b(?:after|as|while|when|since|amid|despite|because|but|and)\b)")


def _agreed_in_headline(claim: Located, text: str, lo: int) -> bool:
    """Is the figure the object of a headline's "sign off on", "agree on" (see above)?"""
    found = _RE_HEADLINE_AGREED.search(text, max(lo, claim.start - 80), claim.start,
                                       timeout=CLAUSE_TIMEOUT)
    return found is not None and _RE_NOT_THE_OBJECT.search(found["object"]) is None


def headline_plan(
    claim: Located, text: str, lo: int, period: Time | None, pub: Published
) -> bool:
    """A figure after "to <verb>" in a headline, or the size of a work agreed there, is what
    is planned, unless its period is over by publication (`pub`); the headline starts at `lo`."""
    return (_RE_HEADLINE_PLAN.search(text, lo, claim.start) is not None or (
        unit_class(claim.unit) != "money" and _agreed_in_headline(claim, text, lo))) and (
        period is None or period.period.endswith("/..") or not is_past(period, pub))
