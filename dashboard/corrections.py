"""A correction's figure told without its time or subject, as the article first told it:
"Correction: an earlier version of this article said the route handled 26,000 TEU; it
handled 62,000 TEU" restates the 62,000 TEU the article reported for January-October 2025
on the Trans-Caspian route (the wrong figure is no claim, `retractions`). Read by
`parser.extract_claims`.

Pure: no pandas, no dash.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

import regex

from dashboard.claim import Claim

# A correction's words, before its figure in its paragraph.
_RE_CORRECTION: Final = regex.compile(
    r"(?i:\bcorrection\b|\bearlier[\s\u00a0]++version\b|\bincorrectly\b|\berroneously\b"
    r"|\bwrongly[\s\u00a0]++(?:stated|said|reported)\b)")
_CUES: Final = ("orrect", "version", "rroneous", "wrongly")  # one is in every match


def restore_corrected(claims: list[Claim], text: str) -> list[Claim]:
    """Claims of a correction without a period, each given the period and the entities of
    the same figure told earlier in the text (same value, unit, rate and change): the
    corrected figure is that one, about what it was about."""
    if not any(cue in text for cue in _CUES):
        return claims  # the common case, told without the pattern
    out = list(claims)
    for k, claim in enumerate(out):
        if claim.period is not None:
            continue
        lo = text.rfind("\n", 0, claim.start) + 1  # the correction's paragraph line
        if _RE_CORRECTION.search(text, lo, claim.start) is None:
            continue
        first = next((c for c in out[:k] if c.period is not None and c.value == claim.value
                      and (c.unit, c.per, c.change) == (claim.unit, claim.per, claim.change)),
                     None)
        if first is not None:
            out[k] = replace(claim, period=first.period, entities=first.entities)
    return out
