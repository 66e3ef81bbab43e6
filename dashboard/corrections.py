"""A correction's figure told without its time or subject, as the article first told it:
"Correction: an earlier version of this article said the route handled 26,000 TEU; it
handled 62,000 TEU" restates the 62,000 TEU the article reported for January-October 2025
on the Trans-Caspian route (the wrong figure is no claim, `retractions`). Read by
`parser.extract_claims`.

Pure: no pandas, no dash.
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from typing import Final

import regex

from dashboard.claim import Claim, Kind
from dashboard.scanning import scan_timeout

# A correction notice: "Correction:" opening a line, or "an earlier version of this article"
# (not a "market correction", nor a "price correction").
_RE_CORRECTION: Final = regex.compile(
    r"(?im:^[\s\u00a0]*+(?:correction|clarification)s?[\s\u00a0]*+[:\u2013\u2014-]"
    r"|\b(?:an?|the)[\s\u00a0]++(?:earlier|previous)[\s\u00a0]++version[\s\u00a0]++of[\s\u00a0]++"
    r"(?:this|the)[\s\u00a0]++(?:article|story|report|item|release))")
_CUES: Final = ("orrection", "larification", "version")  # one is in every match
_REACH: Final = 300  # characters from a notice's start to the figure it corrects


def restore_corrected(claims: list[Claim], text: str) -> list[Claim]:
    """A reported figure of a correction notice without a period takes the period and the
    entities of the same figure told first in the text (same value, unit, rate and change):
    the corrected figure is that one, about what it was about."""
    if not any(cue in text for cue in _CUES):
        return claims  # the common case, told without the pattern
    notices = [m.start() for m in _RE_CORRECTION.finditer(text, timeout=scan_timeout(len(text)))]
    if not notices:
        return claims
    first: dict[tuple[float, str, str | None, object], Claim] = {}
    out = list(claims)
    for k, claim in enumerate(out):
        key = (claim.value, claim.unit, claim.per, claim.change)
        if claim.period is not None:
            first.setdefault(key, claim)
            continue
        told = first.get(key)
        if (told is not None and claim.kind is Kind.ACTUAL and told.kind is Kind.ACTUAL
                and _in_a_notice(notices, claim.start)):
            out[k] = replace(claim, period=told.period, entities=told.entities)
    return out


def _in_a_notice(notices: list[int], start: int) -> bool:
    """Does a correction notice start in the `_REACH` characters before `start`? (`notices`
    sorted: the last one before it, bisected.)"""
    k = bisect.bisect_left(notices, start)
    return k > 0 and start - notices[k - 1] <= _REACH
