"""Figures a text takes back: a figure "not" denies ("not 5% but 7%", "$1.2 billion, not $1.5
billion as reported") and the error a correction notice retracts ("an earlier version of this
article said 26,000 TEU", "(Corrects ... to 18% from 81%)"). Neither is a claim. Read by
`quantity` on each figure.

Pure: no pandas, no dash.
"""

from __future__ import annotations

import functools
from typing import Final

import regex

from dashboard.hedges import RE_LAST_BREAK

# A figure the outlet retracts as its own error, in the clause of a correction notice: what
# "an earlier version of this article said" or "wrongly reported as", or the old figure of
# a wire's "(Corrects ... to 18% from 81%)". Never a claim (no source reported it); a source's
# own revised figure ("revised to 2.3 mt from a preliminary 2.1 mt") is not retracted.
RETRACT_REACH: Final = 240  # characters of the clause read before the figure
_RE_RETRACTING: Final = regex.compile(
    r"(?i:\b(?:earlier|previous|prior|first|original)[\s\u00a0]++version[\s\u00a0]++of"
    r"[\s\u00a0]++(?:this|the)[\s\u00a0]++(?:article|story|piece)"
    r"|\b(?:earlier|previous|prior|first|original)[\s\u00a0]++version[\s\u00a0]++(?:said|stated"
    r"|gave|reported)"
    r"|\b(?:wrongly|incorrectly|erroneously|mistakenly)[\s\u00a0]++(?:said|stated|reported|gave"
    r"|given|put|listed|cited|quoted|described)|\bmis(?:stated|reported|quoted))\b"
)
_RE_CORRECTS_FROM: Final = regex.compile(
    r"\A[\s\u00a0]*+\(?(?i:corrects)\b[^()]*?\b(?i:from)[\s\u00a0]++\Z"
)


@functools.lru_cache(maxsize=4)
def _may_retract(text: str) -> bool:
    """Does the text hold a correction cue's telling letters anywhere? Once a text (a string
    keeps its hash, so the cache costs a lookup per figure)."""
    return ("ersion" in text or "rong" in text or "orrect" in text or "ORRECT" in text
            or "rroneous" in text or "istaken" in text or "isstat" in text
            or "isreport" in text or "isquot" in text)


def is_retracted(text: str, start: int) -> bool:
    """Whether the figure at `start` is the error a correction notice retracts (see
    `_RE_RETRACTING`): a cue earlier in its clause. Told by substring tests first."""
    if not _may_retract(text):
        return False  # the common case: no correction notice anywhere in the text
    window = text[max(0, start - RETRACT_REACH) : start]
    last = RE_LAST_BREAK.search(window)
    clause = window[last.end() :] if last is not None else window
    return (_RE_RETRACTING.search(clause) is not None
            or _RE_CORRECTS_FROM.match(clause) is not None)


# "not" right before a figure denies it, a correction ("not 5% but 7%", "$1.2 billion, not
# $1.5 billion as reported"); in "not more than", "not exceed" the last word is a hedge's.
_RE_NOT_BEFORE: Final = regex.compile(r"(?i:\bnot)[\s\u00a0]++\Z", flags=regex.REVERSE)


def is_denied(text: str, start: int) -> bool:
    """Whether "not" stands right before the quantity at `start`: a figure the speaker denies;
    or a correction notice retracts it (`is_retracted`). Told by a substring test first
    (measured: 0.41 -> 0.20 µs a quantity, 18,000 a MB)."""
    window = text[max(0, start - 8) : start]
    return (("ot" in window or "OT" in window) and _RE_NOT_BEFORE.search(
        text, max(0, start - 8), start) is not None) or is_retracted(text, start)
