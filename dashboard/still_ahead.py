"""Figures for a time not yet over that are forecasts, though no plan word says so: listed
with no verb of their own before a later forecast ("sees growth at 5.4% in 2025 and 5.3% in
2026"), a forecaster's ("the IMF put global trade growth at 3.2% for 2025", in January), or
a ceiling set on them ("set a quota of 100,000 tonnes ... in the third quarter", in July).
Read by `kinds.ahead_is_planned` once a sentence's claims are made.

Pure: no pandas, no dash.
"""

from __future__ import annotations

from typing import Final

import regex

from dashboard.claim import Claim, Kind
from dashboard.published import Published, period_end
from dashboard.scanning import match_at
from dashboard.vocab.entities import ENTITIES, FORECASTERS
from dashboard.vocab.hedging import HEDGE_WORDS


def forecast_while_not_over(out: list[Claim], k: int, pub: Published, text: str) -> bool:
    """Is the reported claim `out[k]`, of a period not over by publication, a forecast? (Or,
    of any period, an item of a list whose lead line names a plan: "Targets for 2025:".)"""
    claim = out[k]
    return claim.period is not None and ((_not_over(claim.period, pub) and (
        _listed_before_a_forecast(out, k, text) or _set_ahead(claim, text)))
        or _listed_under_a_plan(claim, text))


# "Targets for 2025:\n- Transit: 30 million tonnes", "KTZ's plans to 2030:": a list's lead
# line naming a plan, its time after (the lead's period reaches the items, so must its plan
# word); not "Plans for 2024 were met:" (an outcome).
_RE_PLAN_LEAD: Final = regex.compile(  # (not "Progress against targets for 2025:")
    r"[ \t]*+(?![^\n]*?\b(?i:against|versus|vs|compared|progress|results?|performance"
    r"|outcomes?|achieved|actual)\b)(?:[\w'’.-]++[ \t]++){0,4}?(?i:targets?|plans?|goals?"
    r"|forecasts?|outlook|projections?|objectives?)[ \t]++(?i:for|to|until|through|by)[ \t]++"
    r"(?![^\n]*?\b(?i:were|was|is|are|has|have|had|met|achieved|exceeded|missed)\b)"
    r"[^\n:.]{1,40}:[ \t]*+")
# A list item's line: a marker ("- ", "• ") or a label and its colon ("Transit: 30 mt").
_RE_ITEM_LINE: Final = regex.compile(r"[ \t]*+(?:[-*\u2022\u2013\u2014][ \t]|[^\n:]{1,60}:[ \t])")


_LINE_REACH: Final = 200  # characters of a list's item or lead line


def _listed_under_a_plan(claim: Claim, text: str) -> bool:
    """Is the claim on an item line of a list whose lead line (the first line above its
    items) names a plan?"""
    line = text.rfind("\n", max(0, claim.start - _LINE_REACH), claim.start) + 1
    for _ in range(30):  # (no line break near: no list's short line, not searched further)
        if line == 0 or not match_at(_RE_ITEM_LINE, text, line):
            return False
        lo = max(0, line - 1 - _LINE_REACH)
        above = text.rfind("\n", lo, line - 1) + 1
        if above == 0 and lo > 0:
            return False  # no line break near: the line above is no short line
        if text[above : line - 1].rstrip().endswith(":") and not _RE_ITEM_LINE.match(
                text, above, line - 1):
            return _RE_PLAN_LEAD.fullmatch(text, above, line - 1) is not None
        line = above
    return False


def _not_over(period: str, pub: Published) -> bool:
    """Does the period (a claim's) end after the month of publication, or in it?"""
    return pub.year is not None and not period.endswith("/..") and (
        period_end(period) >= (pub.year, pub.month or 0))


# "In its January update the IMF put global trade growth at 3.2% for 2025", "IMF staff see
# growth slowing to 5.5% in 2026" (in April): a forecaster's figure for a time not yet over
# is its forecast ("the port sees 1,000 trucks a day" is no plan); so is a ceiling set on it
# ("set a quota of 100,000 tonnes ... in the third quarter").
_RE_FORECASTER_PUTS: Final = regex.compile(
    r"\b(?:" + "|".join(regex.escape(alias) for name in sorted(FORECASTERS)
                         for alias in ENTITIES[name])
    # analysts, of a house maybe: "Analysts at Halyk Finance put this year's transit at 4.5 mt"
    + r"|(?i:analysts|economists|brokers|consultants)(?:[\s\u00a0]++(?:at|of|from)"
    r"(?:[\s\u00a0]++[A-Z][\w&.-]*+){1,3}+)?)\b(?:['’]s)?[\s\u00a0]++"
    r"(?:(?:[\w-]++[\s\u00a0]++)?(?:puts?|sees|saw|pegs|pegged|estimates)"
    # a plural "see" only of the forecaster's people ("Roads built with EBRD loans see 12,000
    # vehicles a day" is no forecast)
    r"|(?:(?:staff|economists|experts|analysts|officials|team|mission)[\s\u00a0]++)?"
    r"(?:see|estimate))"
    r"\b(?:[^.;:!?]|\.(?=[0-9])){0,80}\Z")


_RE_CEILING_OF: Final = regex.compile(
    rf"\b(?:quota|cap|ceiling|limit)[\s\u00a0]++of[\s\u00a0]++(?:{HEDGE_WORDS}[\s\u00a0]++)?\Z")


# "The full-year investment programme is 740 billion tenge" (in August): what a programme
# of spending or purchases sets for a time not yet over is its plan, not an outcome. How far
# along it is ("is 62% complete", "is 300 wagons behind schedule") is a fact.
_RE_PROGRAMME_IS: Final = regex.compile(
    r"\bprogram(?:me)?s?[\s\u00a0]++(?:is|totals|amounts[\s\u00a0]++to|stands[\s\u00a0]++at"
    rf"|is[\s\u00a0]++worth|of|calls[\s\u00a0]++for)[\s\u00a0]++(?:{HEDGE_WORDS}[\s\u00a0]++)?\Z")
_RE_PROGRESS_AFTER: Final = regex.compile(
    r"[\s\u00a0]++(?:[\w-]++[\s\u00a0]++)?(?:complete|completed|done|finished|funded|executed"
    r"|implemented|fulfill?ed|built|behind|ahead|over[\s\u00a0]++budget|under[\s\u00a0]++way"
    r"|short|late)\b")


def _programme_is(claim: Claim, text: str, lead: str) -> bool:
    return claim.unit != "%" and "program" in lead and _RE_PROGRAMME_IS.search(
        lead) is not None and (
        _RE_PROGRESS_AFTER.match(text, claim.end) is None)


def _set_ahead(claim: Claim, text: str) -> bool:
    lead = text[max(0, claim.start - 40) : claim.start]
    if _RE_CEILING_OF.search(lead) is not None or _programme_is(claim, text, lead):
        return True
    before = text[max(0, claim.start - 120) : claim.start]
    # (the forecasters' names are many: the pattern only where one of its verbs is)
    if not any(verb in before for verb in _PUT_VERBS):
        return False
    found = _RE_FORECASTER_PUTS.search(before)
    # "Brokers estimate the rate at $60 per tonne this month": an estimate of a level now
    # (a month's or a day's), a forecast only of a longer time not over
    return found is not None and not ("estimate" in found.group() and claim.period is not None
                                      and "/" not in claim.period and len(claim.period) >= 7)


# ("IMF staff see Georgia's growth slowing to 5.5% in 2026": a plural subject's "see")
_PUT_VERBS: Final = ("put", "see", "saw", "peg", "estimate")


# "sees Central Asian growth at 5.4% in 2025 and 5.3% in 2026": a figure for a time not yet
# over, listed with no verb of its own before a forecast for a later time, is forecast too.
_RE_LISTED_BEFORE: Final = regex.compile(
    r"[\s\u00a0]++(?:in|for)[\s\u00a0]++[\w-]++(?:[\s\u00a0]++(?!and\b)[\w-]++)?,?[\s\u00a0]++and"
    rf"[\s\u00a0]++(?:{HEDGE_WORDS}[\s\u00a0]++)?")


def _listed_before_a_forecast(out: list[Claim], k: int, text: str) -> bool:
    claim, after = out[k], out[k + 1] if k + 1 < len(out) else None
    return (after is not None and after.kind is Kind.PROJECTION and after.unit == claim.unit
            and _RE_LISTED_BEFORE.fullmatch(text, claim.end, after.start) is not None)
