"""Whether a figure is reported or a projection: its period against the publication date
("for 2026" published in 2025 is ahead), then the projection cues of its clause ("expected",
"plans", "target"), less those that speak of something else ("designed to", "as expected",
"102% of the planned volume", "short of the 2.5 mt target").

Pure: no pandas, no dash. Called by `describe`, figure by figure and sentence by sentence.
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from typing import Final

import regex

from dashboard.claim import Claim, Kind, Located
from dashboard.cue_owners import is_anothers
from dashboard.facts import Facts
from dashboard.forecast_scope import (
    is_named_potential,
    is_payback_of_cost,
    is_plan_of_later_noun,
    is_versus_baseline,
)
from dashboard.levels import is_from_level, is_revised_forecast
from dashboard.patterns_around import RE_SCHEDULE_OF_OTHER
from dashboard.periods import Time
from dashboard.plans import (
    has_own_outcome_verb,
    is_closed_aside,
    is_deal_purpose,
    is_plan_fulfilled,
    is_planned,
    planned_by_a_deadline,
)
from dashboard.present import is_current
from dashboard.published import Published, is_ahead, period_end
from dashboard.scanning import CLAUSE_TIMEOUT, match_at
from dashboard.still_ahead import forecast_while_not_over
from dashboard.time_asides import in_aside
from dashboard.time_context import RE_DEBT_BEFORE_DUE
from dashboard.vocab.calendar import MONTHS
from dashboard.vocab.hedging import HEDGE_WORDS
from dashboard.vocab.past_verbs import (
    ASIDE_PARTICIPLES,
    PAST_CHANGE_WORDS,
    PAST_IRREGULAR_WORDS,
    PAST_OUTCOMES,
    PAST_REPORT_WORDS,
)
from dashboard.vocab.projections import CAUSES_AFTER_DUE_TO


def is_past(period: Time, pub: Published) -> bool:
    """Is the period over by publication (a past year, or months of this year gone by)?"""
    if pub.year is None or period.period.endswith("/.."):
        return False
    return period_end(period.period) < (pub.year, pub.month or 0)  # a year ends in December


def ahead_is_planned(out: list[Claim], n: int, pub: Published, text: str) -> None:
    """A figure for a period still to come is planned, whatever its verb: "the budget for
    2026 projects revenues of 20.1 trillion tenge and expenditures of 25.3 trillion". The
    last `n` claims of `out` are one sentence's; done after the carry has read them, so that
    "Transfers ... are set at KZT 5.25 trillion" in the next sentence is for 2026 too."""
    for k in reversed(range(len(out) - n, len(out))):  # the later forecast read first
        claim = out[k]
        if claim.kind is Kind.ACTUAL and claim.period is not None and (is_ahead(
                claim.period, pub) or forecast_while_not_over(out, k, pub, text)):
            out[k] = replace(claim, kind=Kind.PROJECTION)


def kind_of(
    claim: Located, facts: Facts, clause: tuple[int, int], period: Time | None, pub: Published,
    text: str,
) -> Kind:
    if is_named_potential(claim, text):
        return Kind.PROJECTION  # "well below its potential of 25 mt" (of a past year too)
    if period is None and (is_current(claim, text) or is_versus_baseline(claim, text)):
        return Kind.ACTUAL  # "from the current 10 bcm to 20 bcm by 2027": a level now
    if is_from_level(claim, text) and is_revised_forecast(claim, text):
        return Kind.PROJECTION  # "raised its estimate ... to 7 mt from 5 mt": the old forecast
    if _is_called_actual(claim, text):
        return Kind.ACTUAL  # "projected at 12 mt in 2026, up from an actual 9.8 mt in 2025"
    if (period is None or pub.year is None) and text.find(
            "from", max(0, claim.start - 20), claim.start) >= 0 and (
            _RE_UP_FROM.search(text, max(0, claim.start - 20), claim.start)):
        return Kind.ACTUAL  # "will operate 14 flights a week from June, up from 7": the level
        # a plan rises from is the one seen now (and, with no date to read its year against,
        # "by 2030, up from about $10 billion in 2024")
    if (claim.change is not None and (period is None or pub.year is None
                                      or int(period.period[:4]) <= pub.year)
            and _follows_a_change(claim, text)):
        return Kind.ACTUAL  # "would be frozen in 2026, after a 12 percent rise this year"
    if period is not None and pub.year is not None and not period.period.endswith("/.."):
        first, _, last = period.period.partition("/")
        end_year = int((last or first)[:4])
        if is_past(period, pub):  # a figure for a past year or past months of this one,
            # even inside "could" sentences ("plans 7 mt in 2025, having handled 2.9 mt in
            # January-May"), unless a plan names it ("short of the 2024 target of 5 mt")
            return Kind.PROJECTION if is_planned(claim, facts, clause, text) or (
                planned_by_a_deadline(claim, facts, clause, period.start, text)) else Kind.ACTUAL
        if int(first[:4]) < pub.year and is_from_level(claim, text):
            return Kind.ACTUAL  # "could reach 12 mt in 2025/26, up from 9.8 mt a year
            # earlier": the level a forecast rises from, in a season begun last year, is seen
        if int(first[:4]) > pub.year or end_year > pub.year:
            return Kind.PROJECTION
    against = _kind_set_against(claim, period, text)
    if against is not None:
        return against
    lo, hi = clause
    if lo > facts.lo and (match_at(_RE_WITH_CLAUSE, text, lo)
                          or _RE_GAPPED_CLAUSE.match(text, lo, claim.start)):
        lo = facts.clause(lo - 1, lo - 1)[0]  # "meant to produce 1 mt a year, with total
        # capacity of 2 mt": a detail of the plan is part of the plan
    if facts.projection_cues and _projects(claim, facts.projection_cues, lo, hi, text):
        return Kind.PROJECTION
    if "?" in text[max(facts.lo, facts.hi - 3) : facts.hi] and _RE_ASKS_AHEAD.match(
            text, facts.lo, facts.hi):
        return Kind.PROJECTION  # "Can the corridor really reach 10 million tonnes?"
    return Kind.PROJECTION if is_planned(claim, facts, clause, text) or is_deal_purpose(
        claim, text) else Kind.ACTUAL


# A question whether a level will be reached: a modal opens it, a verb of reaching follows.
_RE_ASKS_AHEAD: Final = regex.compile(
    r"[\s\u00a0\"“]*+(?:Can|Could|Will|Would|Shall|Should)\b[^.;:!?]{0,60}?"
    r"\b(?:reach|hit|exceed|top|double|triple|surpass)\b")


def _projects(claim: Located, cues: tuple[int, ...], lo: int, hi: int, text: str) -> bool:
    """Does a projection cue in text[lo:hi] (`cues`: positions, sorted) make the claim a
    projection? Only the cues in the clause are read, by bisection, without a generator (most
    clauses have none; measured: 0.30 -> 0.12 µs a claim, 11,300 claims a MB)."""
    for k in range(bisect.bisect_left(cues, lo), len(cues)):
        p = cues[k]
        if p >= hi:
            return False
        if (not (p >= claim.end and match_at(_RE_PURPOSE, text, p))
                and not _is_result(p, lo, text) and not is_plan_fulfilled(p, text)
                and not is_anothers(p, claim, text) and not _is_as_expected(p, text)
                and not _is_measured_against(p, text) and not _is_debt_due(p, text)
                and not has_own_outcome_verb(p, claim, text)
                and not is_payback_of_cost(claim, p, text)
                and not is_plan_of_later_noun(claim, p, text)
                and not (p >= claim.end and _is_past_aside(claim, p, text))
                and not (p >= claim.end and _is_relative_after(claim, p, text))
                and not (p >= claim.end and _is_schedule_of_other(claim, p, text))
                and not (p < claim.start and is_closed_aside(claim, p, text))):
            return True
    return False


def _is_schedule_of_other(claim: Located, cue: int, text: str) -> bool:
    """Is the cue after the figure the schedule of a thing it was spent on? "capex doubled to
    22.5 billion tenge, mainly on a warehouse due to open in December" (spent: history)."""
    if cue - claim.end > 120 or not text.startswith(("due", "scheduled", "slated"), cue):
        return False  # the common case, told without the pattern
    found = RE_SCHEDULE_OF_OTHER.search(text, claim.end, min(len(text), cue + 40))
    return found is not None and found.start("due") == cue


# ", which will be": a relative clause after a comma, about what the figure's noun will be;
# ", a figure the ministry expects": an appositive, its noun (no figure in it) told about by
# a relative clause with no "that" (`_NOUN_CUES` are not such clauses: ", an ambitious
# target" names the figure).
_RE_RELATIVE_BEFORE_CUE: Final = regex.compile(
    r",[\s\u00a0]++(?:(?i:which|where)[\s\u00a0]++"
    r"(?:(?i:is|are|was|were|has|have|had|been)[\s\u00a0]++)?+"
    r"|(?:a|an)[\s\u00a0]++(?:[A-Za-z'’-]++[\s\u00a0]++){1,8}"
    # a plural head, its relative clause with no "that": "pays $480, rates the operators
    # want to raise by 10%" (not a function word ending in -s: ", as the ministry expects")
    r"|(?!(?:as|is|was|has|does|this|thus|unless|its|his|yes)[\s\u00a0])[a-z]++s[\s\u00a0]++"
    r"(?:the|its|their)[\s\u00a0]++(?:[A-Za-z'’-]++[\s\u00a0]++){1,5})\Z",
    flags=regex.REVERSE,  # anchored at the end: tried from the end only
)
_NOUN_CUES: Final = frozenset({
    "target", "targets", "goal", "goals", "forecast", "forecasts", "projection", "projections",
    "plan", "plans", "ambition", "aim", "objective", "potential", "estimate", "estimates"})


def _is_relative_after(claim: Located, cue: int, text: str) -> bool:
    """Does the cue after the figure open a relative clause set off by a comma? "has completed
    85 percent of the works on the railway, which will be 110 km long": what the railway will
    be, not a plan for the figure before; so does "that" with no comma: "opened a $130 million
    plant that will employ 1,500 people" (what the plant will do)."""
    head = text[max(0, cue - 16) : cue]
    if head.endswith((" that ", " That ")):  # not "the 61 cents that was forecast": passive,
        return text.startswith(_MODALS, cue)  # the figure's noun was the forecast
    lo = max(claim.end, cue - 80)
    if text.find(",", lo, cue) < 0:
        return False  # the common case, told without the pattern
    words = text[cue : cue + 24].lower().split()
    if words[0].strip(",.;:") in _NOUN_CUES and words[1:2] != ["to"]:
        return False  # the appositive's noun is the cue: it names the figure
    return _RE_RELATIVE_BEFORE_CUE.search(text, lo, cue, timeout=CLAUSE_TIMEOUT) is not None


_MODALS: Final = ("will ", "would ", "could ", "should ", "shall ", "can ", "may ", "might ")


# ", built by Masdar for ": a past participle that opens an aside set off by commas.
_RE_PAST_ASIDE: Final = regex.compile(
    r"(?i:,\s++(?:" + "|".join(ASIDE_PARTICIPLES) + r")\b[^,;:()]{0,60}\Z)",
    flags=regex.REVERSE,  # anchored at the end: tried from the end only
)


def _is_past_aside(claim: Located, cue: int, text: str) -> bool:
    """Is the claim in an aside of what was done, closed by a comma before the cue after it?
    "The wind farm, built by Masdar for $300 million, will generate ...": what was spent is
    history, whatever the main clause plans; so is what a thing does now ("Paper declarations,
    still used for 11,700 consignments of household goods, will be phased out by 2027")."""
    close = text.find(",", claim.end, cue)
    if close < 0 or close - claim.end >= 60:
        return False  # the common case: no comma closes an aside soon after the claim
    return (close - claim.end < 30 and _RE_PAST_ASIDE.search(
        text, max(0, claim.start - 70), claim.start, timeout=CLAUSE_TIMEOUT) is not None
            ) or in_aside(text, claim, cue)  # (one of the present: `time_asides`)


# "..., up from 7", "down from about 240": the level a change starts from, right before it.
# "after a 12 percent rise this year", "following a 9% fall": the change a plan comes after,
# seen already (not "after rising", which a plan may say of its own figure).
_RE_AFTER_A: Final = regex.compile(
    r"(?i:\b(?:after|following)[\s\u00a0]++(?:an?|its|the)[\s\u00a0]++"
    r"(?:(?:further|sharp|steep|modest|slight|record)[\s\u00a0]++)?+)\Z"
)


def _follows_a_change(claim: Located, text: str) -> bool:
    before = text[max(0, claim.start - 30) : claim.start]
    return ("fter" in before or "ollowing" in before) and _RE_AFTER_A.search(before) is not None


_RE_UP_FROM: Final = regex.compile(
    r"(?i:\b(?:up|down)[\s\u00a0]++from[\s\u00a0]++"
    rf"(?:{HEDGE_WORDS}[\s\u00a0]++)?+)\Z"
)


_RE_DUE_TO_CAUSE: Final = regex.compile(
    r"(?i:due[\s\u00a0]++to[\s\u00a0]++(?:" + "|".join(CAUSES_AFTER_DUE_TO) + r")\b)")


def _is_debt_due(cue: int, text: str) -> bool:
    """ "bonds due in 2029": when a debt falls due, which makes no figure about it a plan;
    nor does a cause: "suspended for 3 days due to heavy snowfall" (not "due to open")."""
    return text.startswith(("due", "Due"), cue) and (
        RE_DEBT_BEFORE_DUE.search(text, max(0, cue - 16), cue) is not None
        or _RE_DUE_TO_CAUSE.match(text, cue, timeout=CLAUSE_TIMEOUT) is not None)


def _kind_set_against(claim: Located, period: Time | None, text: str) -> Kind | None:
    """The kind a figure set against another says: "the budget gives 96 billion tenge ...,
    up from 38 billion tenge this year" (a level above this year's is of a year to come), "would
    rebuild 2,400 km in 2027, against 1,850 km reconstructed this year" (done already)."""
    if period is None and _rises_from_this_year(claim, text):
        return Kind.PROJECTION
    return Kind.ACTUAL if _is_done_against(claim, text) else None


# "96 billion tenge to the dredging ..., up from 38 billion tenge this year" (not "earlier
# this year", "so far this year": a level now, set against one of months gone by).
_RE_FROM_THIS_YEAR_AFTER: Final = regex.compile(
    r"[^.;:!?0-9]{0,100}?,[\s\u00a0]++(?i:up|down)[\s\u00a0]++from[\s\u00a0]++"
    rf"(?:(?i:{HEDGE_WORDS})[\s\u00a0]++)?[$€£]?+[0-9][0-9.,]*+"
    r"(?:[\s\u00a0]++(?!(?i:earlier|so|far|start|beginning|end|early|late)\b)[a-z]++){0,3}?"
    r"[\s\u00a0]++this[\s\u00a0]++year\b"
)


def _rises_from_this_year(claim: Located, text: str) -> bool:
    """Is the figure set against this year's ("X, up from Y this year"): of a later year?"""
    hi = min(len(text), claim.end + 160)
    if text.find("this year", claim.end, hi) < 0:
        return False  # the common case, told without the pattern
    return _RE_FROM_THIS_YEAR_AFTER.match(text, claim.end, hi) is not None and (
        _RE_REPORTED_BEFORE.search(text, max(0, claim.start - 40), claim.start) is None
        and _RE_TO_COME_BEFORE.search(text, max(0, claim.start - 100), claim.start) is not None)


# (a word not in the past, for `_RE_TO_COME_BEFORE`; a word in -ed is a past verb only before
# its object: "growers planted 1.3 million", not "refrigerated containers", "Aktau-based")
_NOT_PAST: Final = (
    r"(?!(?:planned|expected|projected|proposed|budgeted|earmarked|allocated|scheduled)\b)"
    r"(?![a-z]{3,}ed[\s\u00a0]++(?:[0-9$€£]|\Z|(?:the|a|an|its|their|some|about|over|more|around"
    r"|nearly|almost|up|down|by|to)\b))"
    rf"(?!(?:{PAST_IRREGULAR_WORDS}|{PAST_CHANGE_WORDS})\b)")
# ... and only a figure its clause gives as to come: "the budget gives", "will spend", "plans
# to", "allocates" (not "450 trucks a day cross at Khorgos, up from 300 in winter this year",
# "The tariff is $45 per tonne, up from $40 this year": levels now).
_RE_TO_COME_BEFORE: Final = regex.compile(
    r"(?i:\b(?:budget|budgets|budgeted|draft|will|would|shall|plans?|planned|allocates?"
    r"|allocated|earmarks?|earmarked|envisages?|foresees?|proposes?|proposed|projected"
    r"|forecasts?|expects?|expected|(?:is|are)[\s\u00a0]++to|next[\s\u00a0]++year)\b[^.;!?]*+\Z"
    # ... or a time to come: "next season", "From January the port fee rises to $12" (a month
    # with no year after "from"; a year ahead gives the figure its period, read before), with
    # no verb in the past before the figure ("Looking to next season, growers planted ...")
    r"|\b(?:next[\s\u00a0]++(?:season|quarter|month|week|spring|summer|autumn|winter|harvest)"
    rf"|(?:from|starting)[\s\u00a0]++(?:{MONTHS})(?![\w.]|,?[\s\u00a0]*+[0-9]))\b"
    rf"(?:[^a-z.;!?]++|\b{_NOT_PAST}[a-z]++)*+\Z)")
# "Exports totalled $3 billion, up from ...": a verb that reports the figure as seen.
_RE_REPORTED_BEFORE: Final = regex.compile(
    rf"(?i:\b(?:{PAST_REPORT_WORDS}|totall?ed|amounted|stood|was|were|came)\b[^.;:!?]*+\Z)")


# "against 1,850 km reconstructed this year", "compared with 3.1 mt of grain shipped": a level
# set against another, a past participle of a thing done right after it (not "planned").
_RE_AGAINST_BEFORE: Final = regex.compile(
    r"(?i:\b(?:against|compared[\s\u00a0]++(?:with|to)|versus|vs\.)[\s\u00a0]++"
    rf"(?:{HEDGE_WORDS}[\s\u00a0]++)?\Z)",
    flags=regex.REVERSE,  # anchored at the end: tried from the end only
)
_RE_DONE_AFTER: Final = regex.compile(
    r"(?:[\s\u00a0]++of(?:[\s\u00a0]++[a-z-]++){1,3}?)?[\s\u00a0]++(?i:"
    + "|".join((*PAST_OUTCOMES, *ASIDE_PARTICIPLES, "repaired", "laid", "paved")) + r")\b")


def _is_done_against(claim: Located, text: str) -> bool:
    """Is the figure a level set against another ("against", "compared with") and done, a past
    participle of doing right after it ("against 1,850 km reconstructed this year")?"""
    lo = max(0, claim.start - 40)
    if text.find("against", lo, claim.start) < 0 and text.find("ompared", lo, claim.start) < 0:
        return False  # the common case, told without the pattern
    return (_RE_DONE_AFTER.match(text, claim.end, min(len(text), claim.end + 60)) is not None
            and _RE_AGAINST_BEFORE.search(text, lo, claim.start) is not None)


# "an actual 9.8 mt", "actual deliveries of about 3 mt": the figure is called reported.
_RE_ACTUAL_BEFORE: Final = regex.compile(
    r"(?i:\bactual(?:ly)?+[\s\u00a0]++(?:[a-z]++[\s\u00a0]++(?:of|at|were|was)[\s\u00a0]++)?"
    rf"(?:{HEDGE_WORDS}[\s\u00a0]++)?\Z)",
    flags=regex.REVERSE,  # anchored at the end: tried from the end only
)


def _is_called_actual(claim: Located, text: str) -> bool:
    """Is the figure written right after "actual(ly)", or right before "actually" ("6.3 mt
    actually handled in 2025"), as against a plan or forecast?"""
    if text[claim.end : claim.end + 10].lstrip().lower().startswith("actually"):
        return True
    lo = max(0, claim.start - 40)
    if text.find("came in", lo, claim.start) >= 0 and _RE_CAME_IN_BEFORE.search(
            text, lo, claim.start) is not None:
        return True  # "was forecast at 1.8 mt but came in at 2.1 mt": the outcome
    if text.find("ctual", lo, claim.start) < 0 and text.find("CTUAL", lo, claim.start) < 0:
        return False  # the common case, told without the pattern (nor a slice: 11,000 a MB)
    return _RE_ACTUAL_BEFORE.search(text, lo, claim.start) is not None


# "came in at 2.1 million tonnes", "came in at about 5.9%": how an outcome is told.
_RE_CAME_IN_BEFORE: Final = regex.compile(
    rf"\bcame[\s\u00a0]++in[\s\u00a0]++at[\s\u00a0]++(?i:{HEDGE_WORDS}[\s\u00a0]++)?\Z",
    flags=regex.REVERSE,  # anchored at the end: tried from the end only
)


def _is_as_expected(cue: int, text: str) -> bool:
    """ "up 10% as expected", "faster than forecast", "as most analysts polled by Reuters had
    expected", "in line with expectations": an outcome set against a forecast."""
    before = text[max(0, cue - 5) : cue].lower()
    if before.endswith((" as ", "than ")):
        return True
    before = text[max(0, cue - 50) : cue].lower()
    return ("analyst" in before or "economist" in before or "market" in before
            or "line with" in before) and _RE_AS_THEY_EXPECTED.search(before) is not None


# "as most analysts polled by Reuters had expected", "than economists forecast", "in line with
# (the market's) expectations": whose forecast the outcome is set against
_RE_AS_THEY_EXPECTED: Final = regex.compile(
    r"(?:\b(?:as|than)[\s\u00a0]++(?:(?:most|many|all|some|the)[\s\u00a0]++)?"
    r"(?:analysts|economists|markets?)(?:[\s\u00a0]++polled[\s\u00a0]++by[\s\u00a0]++\S++)?"
    r"[\s\u00a0]++(?:had[\s\u00a0]++|have[\s\u00a0]++)?"
    r"|\bin[\s\u00a0]++line[\s\u00a0]++with[\s\u00a0]++(?:(?:the|market|analysts['’]?)"
    r"[\s\u00a0]++)*+)\Z"
)


# "exceeding its target by 10%", "surpassing the forecast": an outcome set against a plan.
_RE_MEASURED_AGAINST: Final = regex.compile(
    r"(?i:\b(?:exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|beat(?:s|ing)?|overfulfill?(?:s|ed|"
    r"ing)?|outperform(?:s|ed|ing)?|miss(?:es|ed|ing)?|undershot|undershoot(?:s|ing)?|"
    r"short\s+of|ahead\s+of|above|below)\s+(?:(?:the|its|"
    r"their|this|last|year's|annual|full-year|yearly|original|initial|official|[0-9]{4})\s+)*"
    r"\Z)",
    flags=regex.REVERSE,  # anchored at the end: tried from the end only
)

# The first letters of `_RE_MEASURED_AGAINST`'s verbs, for a test without the pattern.
_MEASURED_WORDS: Final = ("exceed", "surpass", "beat", "overfulfil", "outperform", "short",
                          "ahead", "above", "below", "miss", "undersho")


def _is_measured_against(cue: int, text: str) -> bool:
    """ "handled 3.2 mt, exceeding its target": the cue is what the outcome beat or missed."""
    before = text[max(0, cue - 40) : cue].lower()
    if not any(word in before for word in _MEASURED_WORDS):  # "short", "ahead": of any spacing
        return False  # the common case, told without the pattern
    return _RE_MEASURED_AGAINST.search(text, max(0, cue - 40), cue) is not None


def _is_result(cue: int, lo: int, text: str) -> bool:
    """ "rose by 20% in 2024 to reach $3.4 billion": "to reach" after a past change says
    where it ended, not where it is headed."""
    return (text[cue : cue + 2].lower() == "to" and match_at(_RE_TO_REACH, text, cue) is not None
            and _RE_PAST_CHANGE_BEFORE.search(text, max(lo, cue - 50), cue) is not None)


_RE_TO_REACH: Final = regex.compile(r"(?i:to\s+(?:reach|hit))\b")
_RE_PAST_CHANGE_BEFORE: Final = regex.compile(
    rf"(?i:\b(?:{PAST_CHANGE_WORDS}|surged|soared|expanded|doubled|tripled|was\s+up|was\s+down)\b"
    r"(?:[^.;:]|(?<=[0-9])\.(?=[0-9]))*)\Z"  # "rose by 1.5 times ... to reach": a decimal point
)


# A purpose after a figure looks forward from it: "an $846 million guarantee designed to
# mobilise $1.41 billion" (the guarantee is approved; what it mobilises is to come).
_RE_PURPOSE: Final = regex.compile(r"(?i:designed|meant|intended)\s+to\b")


# ... and so is its result, a participle after a comma: "will open a new berth, adding 2 mt of
# capacity", "will buy 15 locomotives, bringing the fleet to 120" (not a speaker's "adding
# that 2024 had been a record year": what is said next has its own verb).
_RE_WITH_CLAUSE: Final = regex.compile(
    r",\s+(?:with|adding|bringing|raising|lifting|boosting|taking|creating|cutting|reducing)"
    r"\s(?!\s*+that\b)"
    # not a speaker's reported clause without "that": "adding the current level is ..."
    r"(?!\s*+(?:it|he|she|they|we|this|there)\s|\s*+(?:the|its|their|his|her)\s++"
    r"(?:[\w'’-]++\s++){0,3}?(?:is|are|was|were|has|have|had|will|would|stands?|remains?)\b)")
# "ADB will provide a $200 million loan, and the EBRD another $120 million": a clause with no
# verb of its own (a name, then "another" and the figure) shares the verb, and its tense,
# of the clause before it.
# So does a share named with no verb before its figure: "exports are to reach $4 billion in
# 2026, and the share of finished products in exports 60%" (no verb among its words), and a
# partner's flow before "by" ("would rise by 5.5% and imports from China by 3.2%").
_RE_GAPPED_CLAUSE: Final = regex.compile(
    r",\s++and\s++(?:(?:the\s++)?[A-Z][\w'’-]*+(?:\s++[A-Z][\w'’-]*+){0,3}+\s++"
    r"(?:another|a\s++further|an\s++additional|an\s++extra)"  # up to the figure
    r"|(?:the|its|their)\s++(?:share|proportion)\s++of(?:\s++(?!(?i:is|was|were|are|be|been"
    r"|will|would|to|at|by|reach\w*+|r[io]se\w*+|fell|fall\w*+|gr[eo]w\w*+|increas\w*+"
    r"|decreas\w*+|st[oa]\w*+|amount\w*+|made|makes?|account\w*+|total\w*+|hit|h[ao]ld\w*+"
    r"|remain\w*+|exceed\w*+)\b)[a-z-]++){1,6}+)\s++\Z"
    # "exports to the EU would rise by 5.5% and imports from China by 3.2%": a partner's
    # flow and "by", the verb of the clause before elided
    r"|,?\s++and\s++(?:trade|exports?|imports?|shipments|deliveries|turnover)\s++"
    r"(?:with|to|from)\s++(?:the\s++)?[A-Z][\w'’-]*+(?:\s++[A-Z][\w'’-]*+){0,3}+\s++by\s++\Z"
)
