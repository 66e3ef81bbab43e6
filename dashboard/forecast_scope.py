"""What a forecast cue in a figure's clause does not cover: the payback of a system already
built ("the $33 bln system is expected to recover its capital costs within 8-10 years": the
money sizes the system, only its payback is expected), and the level a forecast is set
against ("could climb to 3.55 mt (31.2% versus 30%)": the share now, as in "against 22.7%
in 2021"); and what a potential covers, though the figure's period is past or its cue is
set against an outcome ("handled 18 mt in 2024, well below its potential of 25 mt").

Pure: no pandas, no dash. Read by `kinds._projects`.
"""

from __future__ import annotations

from typing import Final

import regex

from dashboard.claim import Located
from dashboard.scanning import match_at, may_contain
from dashboard.shared_times import set_against
from dashboard.vocab.classes import unit_class
from dashboard.vocab.hedging import HEDGE_WORDS
from dashboard.vocab.past_verbs import PAST_IRREGULAR_WORDS

# The determiner of the noun phrase the money modifies: "the $33 bln system", "a $2 bln line"
_RE_DETERMINER_BEFORE: Final = regex.compile(r"(?i:\b(?:the|a|an|its|this)[\s\u00a0]++)\Z")
# From the money to the cue: the rest of its noun phrase, an aside set off by commas at most
# (", opened last year,"), then "is"/"are" (no figure, no clause break)
_RE_SUBJECT_TO_CUE: Final = regex.compile(
    r"[\s\u00a0]++[a-z][a-z-]*+(?:[\s\u00a0]++[a-z][a-z-]*+){0,2}?"
    r"(?:,[\s\u00a0]++[a-z][a-z\s\u00a0-]{0,40}?,)?+"
    r"[\s\u00a0]++(?:(?i:is|are)[\s\u00a0]++)?+\Z")
# The cue's verb is a payback: "expected to recover its costs", "should recoup", "is set to
# pay for itself", "likely to break even"
_RE_PAYBACK: Final = regex.compile(
    r"[A-Za-z]++(?:[\s\u00a0]++to)?+[\s\u00a0]++(?:(?:fully|eventually|quickly)[\s\u00a0]++)?+"
    r"(?i:recover|recoup|repay|pay[\s\u00a0]++(?:back|off|for[\s\u00a0]++(?:itself|themselves))"
    r"|break[\s\u00a0]++even)\b")


def is_payback_of_cost(claim: Located, cue: int, text: str) -> bool:
    """Is the cue at `cue`, after the money, a forecast of when the thing the money sizes pays
    for itself? Then the cost is no plan: "the $33 bln system is expected to recover its
    capital costs" (not "the $3 bln railway is expected to be completed in 2028")."""
    if cue < claim.end or cue - claim.end > 80 or unit_class(claim.unit) != "money":
        return False
    payback = match_at(_RE_PAYBACK, text, cue)
    return (_RE_DETERMINER_BEFORE.search(text[max(0, claim.start - 8) : claim.start]) is not None
            and _RE_SUBJECT_TO_CUE.match(text[claim.end : cue]) is not None
            and payback is not None and _RE_STILL_TO_BUILD.search(
                text, claim.end, min(len(text), payback.end() + 60)) is None)


# A thing still to be built or opened, told beside its payback: "The $800 million dry port,
# which will open next year, is expected to pay for itself", "once it is built in 2030".
_RE_STILL_TO_BUILD: Final = regex.compile(
    r"(?i:\b(?:will|to[\s\u00a0]++be[\s\u00a0]++built|once|planned|proposed|under"
    r"[\s\u00a0]++construction|awaiting|expansion)\b)")


# "versus 30%", "vs. 19%", "against 25%" (`shared_times.set_against`), with no "the" before
# the figure: "versus the 4% it had planned" is a plan, read by the cues
_RE_THE_BEFORE: Final = regex.compile(r"(?i:\bthe[\s\u00a0]++)\Z")
# ... unless a plan word follows it: "versus 4% forecast earlier", "against 25% targeted",
# "against 3% in the previous forecast"
_RE_PLAN_AFTER: Final = regex.compile(
    r"[\s\u00a0]++(?:[a-z]++[\s\u00a0]++){0,3}?(?i:forecasts?|projected|projections?|expected"
    r"|planned|plans?|targeted|targets?|estimated|estimates?|envisaged|budgeted)\b")


def is_versus_baseline(claim: Located, text: str) -> bool:
    """Is the figure, of no time of its own, the level a forecast is set against ("(31.2%
    versus 30%)", "or 25% of the total versus 19%")? Then it is the level now, no plan."""
    return (set_against(claim, text)
            and _RE_THE_BEFORE.search(text, max(0, claim.start - 8), claim.start) is None
            and match_at(_RE_PLAN_AFTER, text, claim.end) is None
            and match_at(_RE_OTHER_SUBJECT_AFTER, text, claim.end) is None)


# "grow 6% this year versus 4.5% for Armenia", "20% versus 15% at Kuryk", "10% on the
# northern route": another subject's forecast beside it, no level now.
_RE_OTHER_SUBJECT_AFTER: Final = regex.compile(
    r"[\s\u00a0]++(?:for|in|at|on|via|through)[\s\u00a0]++(?:the[\s\u00a0]++)?(?:\p{Lu}"
    r"|[a-z]++[\s\u00a0]++(?:route|corridor|line|port|border))")


# "its potential of 25 mt", "a current potential of 80,000 TEU" (`POTENTIAL_CUES`)
_RE_POTENTIAL_BEFORE: Final = regex.compile(
    r"(?i:\bpotential[\s\u00a0]++of[\s\u00a0]++"
    rf"(?:{HEDGE_WORDS}[\s\u00a0]++)?+)\Z")


def is_named_potential(claim: Located, text: str) -> bool:
    """Is the figure written as a potential ("well below its potential of 25 million tonnes")?
    A potential is a projection by house convention (`Kind`), even in a sentence of a past
    year."""
    before = text[max(0, claim.start - 30) : claim.start]
    return claim.unit != "count" and may_contain(before, ("potential",)) and (
        _RE_POTENTIAL_BEFORE.search(before) is not None)  # (not "assessed the
    # potential of 300 projects": things counted)


# A plan word that modifies a later noun phrase of its own: "with planned capacity of
# 300,000 tonnes", ", with planned deliveries starting in 2026", "and a projected cost of"
# (not "planned to", "planned for 2026": the plan is of what came before).
_RE_PLAN_OF_LATER_NOUN: Final = regex.compile(
    r"(?i:planned|projected|proposed|envisaged|expected|targeted|forecast)[\s\u00a0]++"
    r"(?!(?i:to|for|in|at|by|on|of|as|and|or|that|this|next|until|from|with|under)\b)[a-z]")
_RE_WITH_BEFORE_CUE: Final = regex.compile(
    r"(?i:\b(?:with|and|plus)[\s\u00a0]++(?:(?:a|an|the|its|their)[\s\u00a0]++)?)\Z")
# The figure's own verb, done, right before it: "has built 14", "have already signed 20",
# "built 14", "opened about 30" (a simple past in "-ed" or an irregular one; not a plan's
# verb: "proposed 14 warehouses", "has promised 20").
_NOT_A_PLAN: Final = (r"(?!(?:planned|proposed|projected|expected|targeted|envisaged|intended"
                     r"|budgeted|scheduled|pledged|promised)\b)")
_RE_DONE_VERB_BEFORE: Final = regex.compile(
    r"(?i:\b(?:(?:has|have|had)[\s\u00a0]++(?:already[\s\u00a0]++)?(?!been\b)"
    rf"{_NOT_A_PLAN}[a-z]++|{_NOT_A_PLAN}[a-z]{{2,}}ed|built|{PAST_IRREGULAR_WORDS}|laid|won"
    r"|began)[\s\u00a0]++"
    rf"(?:{HEDGE_WORDS}[\s\u00a0]++)?+)\Z")


def is_plan_of_later_noun(claim: Located, cue: int, text: str) -> bool:
    """Is the plan word after the figure one of a later noun phrase of its own, while the
    figure's own verb is done? "The company has built 14 warehouses with planned capacity of
    300,000 tonnes": the warehouses are built (not "will build 14 warehouses with planned
    ...": the verb is what plans the figure)."""
    if cue < claim.end or cue - claim.end > 60 or match_at(
            _RE_PLAN_OF_LATER_NOUN, text, cue) is None:
        return False
    return (_RE_WITH_BEFORE_CUE.search(text, max(claim.end, cue - 16), cue) is not None
            and _RE_DONE_VERB_BEFORE.search(
                text, max(0, claim.start - 40), claim.start) is not None)
