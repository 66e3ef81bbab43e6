"""Times forecasts take from one another in a sentence: "by then" (`date_by_then`: the time
of the latest forecast before it in its paragraph), and a forecast with no time joined to a
dated one by "while", "and" or "but" (`date_forecasts_alike`, which dates a reported total
after "while" by the span of years of the total before it too), and a change told after a
speaker's aside the time of the level before it (`date_change_after_aside`). Called by
`describe`.

Pure: no pandas, no dash.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

import regex

from dashboard.claim import Claim, Kind
from dashboard.periods import years_of
from dashboard.scanning import match_at, scan_timeout
from dashboard.shared_times import set_against

# "... to 11 million tonnes by 2030. Container cargo could reach 4.074 million tonnes by
# then": the time an earlier forecast named.
_RE_BY_THEN: Final = regex.compile(
    r"(?i:\bby[\s\u00a0]+(?:then|that[\s\u00a0]+(?:time|year|date|point)|the[\s\u00a0]+same"
    r"[\s\u00a0]+(?:time|year|date))\b)"
)


def date_by_then(out: list[Claim], n: int, text: str, lo: int, hi: int) -> None:
    """The forecasts without a time of a sentence (text[lo:hi], the last `n` claims of `out`)
    that says "by then" ("by that time", "by the same year") are for the time of the latest
    forecast before those words, in the same paragraph (and at most 2,000 characters
    back); not the levels they are set against
    ("31.2% versus 30%")."""
    if "y th" not in text[lo:hi].lower():
        return
    by_then = _RE_BY_THEN.search(text, lo, hi, timeout=scan_timeout(hi - lo))
    if by_then is None:
        return
    at = by_then.start()
    target = None
    for claim in reversed(out):
        if claim.start >= at:
            continue
        if at - claim.end > 2000 or text.find("\n\n", claim.end, at) >= 0:
            break  # another paragraph
        if claim.kind is Kind.PROJECTION and claim.period is not None:
            target = claim.period
            break
    if target is None:
        return
    for k in range(len(out) - n, len(out)):
        claim = out[k]
        if (claim.kind is Kind.PROJECTION and claim.period is None
                and not set_against(claim, text)):
            out[k] = replace(claim, period=target)


# Between a dated forecast and an undated one of its sentence: a joint of two clauses.
_RE_FORECAST_JOINT: Final = regex.compile(
    r"(?i:[^;]{0,120}?(?:,\s*+)?\b(?:while|whereas|and|but)\b[^0-9;]{0,80}?\Z)"
)
# "... and $1 billion further ahead": a later time than the forecast before.
_RE_LATER_AFTER: Final = regex.compile(
    r"[^.;,]{0,30}?\b(?i:further\s+ahead|later|eventually|in\s+the\s+(?:long|longer|medium)"
    r"(?:\s+|-)term|in\s+the\s+future|thereafter|after\s+that|in\s+the\s+years\s+ahead)\b"
)


def date_forecasts_alike(out: list[Claim], n: int, text: str) -> None:
    """A forecast without a time that follows one with a time in its sentence, in the same
    unit and after "while", "whereas", "and" or "but", is for the same time: "transit ... is
    expected to reach 35 million tons by the end of 2025, compared with 26 million tons in
    2024, while transit via the Middle Corridor should exceed 5 million tons" (2025); not
    one said to come later ("$500 million this year and $1 billion further ahead"). The
    last `n` claims of `out` are one sentence's."""
    if n < 2:
        return
    dated: Claim | None = None
    total: Claim | None = None  # the last reported total over a span of years
    for k in range(len(out) - n, len(out)):
        claim = out[k]
        if claim.kind is not Kind.PROJECTION:
            if claim.period is not None:
                total = claim if claim.change is None and _is_span_of_years(claim.period) else None
            elif total is not None and _totals_alike(total, claim, text):
                out[k] = replace(claim, period=total.period)
            continue
        if claim.period is not None:
            dated = claim
        elif (dated is not None and dated.unit == claim.unit and claim.change is None
              and _RE_FORECAST_JOINT.match(text, dated.end, claim.start)
              and not match_at(_RE_LATER_AFTER, text, claim.end)):
            out[k] = replace(claim, period=dated.period)


def _is_span_of_years(period: str) -> bool:
    """ "1995/2021", "2010/2023": years to years (not "2020/..", "2024-01/2024-06")."""
    years = years_of(period)
    return years is not None and years[0] != years[1]


def _totals_alike(total: Claim, claim: Claim, text: str) -> bool:
    """Is the undated reported level `claim` the like of the total over a span of years before
    it, in its clause after "while" or "whereas": "investment in Kazakhstan exceeded $200
    million over 1995-2021, while Kazakh investment in Azerbaijan was about $100 million"
    (1995/2021 too; not "while a new smelter will cost $300 million", another measure, nor
    "while Russian investment currently stands at $600 million", a stock now)?"""
    if (claim.change is not None or claim.unit != total.unit or claim.metric != total.metric
            or claim.start - total.end > _TOTAL_GAP):
        return False
    gap = text[total.end : claim.start]
    folded = gap.lower()
    joint = _RE_TOTAL_JOINT.match(text, total.end, claim.start) if (
        "while" in gap or "whereas" in gap) and not any(
            word in folded for word in ("now", "current", "present", "today")) else None
    return joint is not None and _RE_NOT_OF_THE_SPAN.search(
        text, joint.start("clause"), claim.start) is None


_TOTAL_GAP: Final = 160  # characters at most between the total and its like (the joint's)
# Between a total over a span of years and a like figure: the span, then "while" opening a
# clause with no figure or time of its own before its figure.
_RE_TOTAL_JOINT: Final = regex.compile(
    r"(?i:[^;0-9]{0,40}?[0-9]{4}\s*+(?:-|–|to|and)\s*+[0-9]{4}\s*+,?\s*+"
    r"\b(?:while|whereas)\b(?P<clause>[^0-9;]{0,80}?)\Z)"
)
# In the "while" clause, a stock in the present tense ("while the EBRD's portfolio stands at
# $10 billion", "the fund holds", "remittances remain above") or a figure per item or year
# ("while its average loan was $150 million"): not a like of the total over the years.
_RE_NOT_OF_THE_SPAN: Final = regex.compile(
    r"(?i:\b(?:stands?|holds?|remains?|is|are|has|have|average|per|each|annual|annually)\b)"
)


# "should reach 104,000 TEU this year, he said, close to a 40% rise": a change told after a
# speaker's aside, as a noun ("a ... rise"), is the change of the level before the aside.
_RE_SAID_ASIDE: Final = regex.compile(
    r"\A\s*,\s++(?:he|she|they|the\s++[a-z]++|[A-Z][\w'’-]*+(?:\s++[A-Z][\w'’-]*+)?+)\s++"
    r"(?:said|says|added|noted|estimated)\s*+,\s++(?:(?:close\s++to|nearly|almost|about"
    r"|around|roughly|some|just\s++(?:over|under))\s++)?an?\s++\Z"
)
_ASIDE_GAP: Final = 60  # characters between the level (or its time) and the change


def date_change_after_aside(out: list[Claim], n: int, text: str) -> None:
    """A change without a time told right after a speaker's aside takes the period of the
    level (no change) before the aside. The last `n` claims of `out` are one sentence's."""
    for k in range(len(out) - n + 1, len(out)):
        level, change = out[k - 1], out[k]
        if (change.period is not None or change.change is None or level.change is not None
                or level.period is None or change.start - level.end > 2 * _ASIDE_GAP):
            continue
        gap = text[level.end : change.start]
        comma = gap.find(",")  # the aside opens at the first comma after the level's time
        if (comma >= 0 and len(gap) - comma <= _ASIDE_GAP and _RE_SAID_ASIDE.match(gap[comma:])
                and match_at(_RE_OWN_VERB_AFTER, text, change.end) is None):
            out[k] = replace(change, period=level.period)


# A change noun with a verb of its own after it opens a clause of its own: "..., she said, a
# 20% rise is expected", "a 30% rise should follow once the border opens".
_RE_OWN_VERB_AFTER: Final = regex.compile(
    r"[\s\u00a0]++[a-z-]++[\s\u00a0]++(?:is|are|was|were|will|would|should|could|may|might"
    r"|can|must)\b")
