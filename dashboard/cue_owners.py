"""Whose a projection cue is when another figure stands beside it: "hit 2 mt, short of the
2.5 mt target" (the target's figure is the other), "disbursed 38.5 bln soums of a planned 52
bln", "Of the 48 projects planned, 31 have been completed". Read by `kinds`.

Pure: no pandas, no dash.
"""

from __future__ import annotations

from typing import Final

import regex

from dashboard.claim import Located
from dashboard.vocab.hedging import HEDGE_WORDS

# "hit 2 mt, short of the 2.5 mt target", "reached $3 billion, above the $2.5 billion
# projected", "came in at 5.9%, above the 5.3% the ministry had forecast": a cue written
# right after another figure (not a year), or a short relative clause after it, is that
# figure's; so is one with a hyphenated unit ("short of the 1.5 million-ton target").
_RE_FIGURE_BEFORE_CUE: Final = regex.compile(
    r"(?<![0-9.,])(?!(?:19|20)[0-9]{2}(?![0-9.,]))[0-9][0-9.,]*+"
    r"(?:[\s\u00a0]*+(?:%|[A-Za-z]++(?:-[A-Za-z]++)?+)){0,4}+[\s\u00a0]++\Z"
)


def is_anothers(cue: int, claim: Located, text: str) -> bool:
    """Is the projection cue at `cue`, after the claim, written right after another figure,
    or, before it, right before another ("the 2024 target of 5 mt, reaching 4.6 mt")?"""
    if cue < claim.start:
        if _RE_CUE_CLOSES.match(text, cue, claim.start):  # "Of the 48 projects planned, 31
            lo = max(0, cue - 40)  # have been completed": the participle is the 48's
            return _RE_FIGURE_BEFORE_CUE.search(text, lo, cue) is not None
        return (text.find(" of ", cue, cue + 16) >= 0
                and _RE_CUE_OF_FIGURE.match(text, cue, claim.start) is not None)
    if cue <= claim.end:
        return False
    if (text.find(" of ", cue, cue + 16) >= 0
            and _RE_CUE_OF_FIGURE.match(text, cue, claim.end + 60) is not None):
        return True  # "collected 31.5 trillion against a plan of 30 trillion": the plan's
        # own figure follows it, so the figure before is the outcome
    if _RE_CUE_BEFORE_FIGURE.match(text, cue, cue + 40) is not None:
        return True  # "disbursed 38.5 bln soums of a planned 52 bln": the participle is the
        # next figure's
    lo = max(claim.end, cue - 40)
    other = (_RE_FIGURE_BEFORE_CUE.search(text, lo, cue)
             if any(ch.isdigit() for ch in text[lo:cue]) else None)
    # "about 50 tunnels and 90 bridges must be built": figures joined by "and" share the verb;
    # so does a figure's own measure after "of" ("Two vessels of 450 TEU each will be deployed",
    # "Three stations with a combined capacity of 75 MW will be built") or its worth ("17
    # projects worth around $900 million are in the pipeline")
    return other is not None and _RE_AND_GAP.fullmatch(text, claim.end, other.start()) is None


_RE_AND_GAP: Final = regex.compile(
    r"[\s\u00a0]++(?:and|or|of|with(?:[\s\u00a0]++(?:an?|the|its|their)"
    r"(?:[\s\u00a0]++[A-Za-z-]++){1,3}?[\s\u00a0]++of)?+"
    rf"|worth(?:[\s\u00a0]++(?:{HEDGE_WORDS}|an[\s\u00a0]++estimated|a[\s\u00a0]++combined"
    rf"|a[\s\u00a0]++total[\s\u00a0]++of))?)"
    r"[\s\u00a0]++(?:[$€£]|US\$)?+")  # the next figure's currency sign before its digits


# "planned," "expected,": a cue that ends its phrase, written after a figure and its noun.
_RE_CUE_CLOSES: Final = regex.compile(
    r"[A-Za-z]++(?:[\s\u00a0]++(?:for|in)[\s\u00a0]++(?:19|20)[0-9]{2}+)?+[\s\u00a0]*+,"
)  # "Of the 2,500 km planned for 2024, contractors completed 2,180 km"
# "target of 5 mt": the cue's own figure (not a year), written after it.
_RE_CUE_OF_FIGURE: Final = regex.compile(
    r"[A-Za-z]++\s+of\s+(?:[A-Za-z]+\s+){0,2}?[$€£]?(?!(?:19|20)[0-9]{2}(?![0-9.,]))[0-9]"
)
# "a planned 52 bln soums", "the projected $3 billion": a participle right before its figure
# (not a year: "planned 2026 opening").
_RE_CUE_BEFORE_FIGURE: Final = regex.compile(
    r"(?i:planned|projected|targeted|envisaged|budgeted|forecast|promised)[\s\u00a0]++"
    rf"(?i:{HEDGE_WORDS}[\s\u00a0]++)?+[$€£₸]?+(?!(?:19|20)[0-9]{{2}}(?![0-9.,]))[0-9]"
)
