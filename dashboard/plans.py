"""Figures a plan, target or forecast names: "the 2024 target of 5 mt", "had planned to handle
4 mt in 2024", "the plan foresaw 150 km", "the 1.8 million TEU forecast", "short of the 5.2 million
tonnes that had been forecast". Such a figure is a projection even for a period now over, which
`kinds` asks after its other cues; and plans said to be met ("95% of its 2025 plan", "the
loading plan was fulfilled by 102.3%"), whose figures are reported; and a plan in an aside
the main clause's past verb closes ("The line, meant to send 1,300 MW, has cost $1.2 billion").

Pure: no pandas, no dash.
"""

from __future__ import annotations

import bisect
from typing import Final

import regex

from dashboard.claim import Located
from dashboard.done_verbs import RE_ASIDE_THEN_PAST
from dashboard.facts import Facts
from dashboard.plan_periods import RE_FORECAST_RELATIVE_AFTER
from dashboard.scanning import CLAUSE_TIMEOUT, match_at, may_contain
from dashboard.time_context import RE_BY_DEADLINE
from dashboard.vocab.hedging import HEDGE_WORDS
from dashboard.vocab.past_verbs import (
    PAST_IRREGULAR_WORDS,
    PAST_REPORT_WORDS,
)
from dashboard.vocab.projections import (
    NOT_VERBS_AFTER_SET_TO,
    VERBS_AFTER_DUE_TO,
)

# "the 2024 target of 5 mt", "against a plan of 2.2 mt", "last year's forecast of $2
# billion", "the projected $3 billion": the figure a plan names, whatever its period.
_RE_PLAN_OF: Final = regex.compile(
    r"(?i:\b(?:(?:target|forecast|plan|goal|projection)s?\s+of|(?<!\bas\s)(?:projected|"
    rf"planned|targeted|forecast\s+at|projected\s+at|budgeted\s+at))\s+(?:{HEDGE_WORDS}\s+)?\Z)",
    flags=regex.REVERSE,  # anchored at the end: tried from the end only
)
# "had originally forecast transit of 3 mt in 2024", "had planned to handle 4 mt": a past
# forecast, the figure close after it in its clause.
_RE_HAD_PLANNED: Final = regex.compile(
    r"(?i:\bhad\s+(?:(?:originally|initially|earlier|previously|been)\s+)*+(?:forecast|"
    r"projected|planned|targeted|expected|envisaged|aimed|predicted|anticipated)\b[^,;0-9]"
    r"{0,40}\Z)",
    flags=regex.REVERSE,  # anchored at the end: tried from the end only
)
# "The plan foresaw 150 km of new track in 2024", "the programme called for 2 mt": what a
# plan named, told in the past, the figure close after it in its clause.
_RE_PLAN_FORESAW: Final = regex.compile(
    r"(?i:\b(?:plan|programme|program|roadmap|schedule|budget|contract|design)s?\s+"
    r"(?:foresaw|envisaged|envisioned|called\s+for|provided\s+for)\b[^,;0-9]{0,40}\Z)",
    flags=regex.REVERSE,  # anchored at the end: tried from the end only
)
# "planned to carry 150,000 TEU in 2024", as "had planned to" (not in `_RE_HAD_PLANNED`:
# 8x slower); what could have been: "could have moved 1.5 mt more" (no outcome); and a past
# forecast in reported speech: "was expected to reach 3 mt last year", "were projected to hit
# $900 million in 2024", "was due to handle 3 mt in 2024", "was targeting 20% growth",
# "said in March it expected to carry 30 mt in 2024", "told investors it expected revenue of
# $400 million", "said in January that exports would hit $2 billion in 2024", "had said it
# would invest $500 million by 2024", "it was hoped that trade would reach $500 million", "the
# plan was to ship 1 mt in 2024".
_RE_PLANNED_TO: Final = regex.compile(
    r"(?i:\b(?:(?:planned|aimed|intended|hoped)\s+to|(?:could|would|might|should)\s+have"
    r"|(?:was|were)\s+(?:(?:originally|initially|earlier|previously|widely)\s+)?"
    r"(?:(?:expected|projected|forecast|predicted|anticipated|supposed)\s+to"
    r"|(?:set|scheduled|slated|meant)\s+to\s+(?!" + NOT_VERBS_AFTER_SET_TO + r")[a-z]+"
    r"|due\s+to\s+(?:" + "|".join(VERBS_AFTER_DUE_TO) + r")\b"
    r"|(?:targeting|aiming\s+(?:for|at)|planning\s+(?:for|on)|expecting|hoping\s+for))"
    r"|(?<!\bthan\s)(?:it|they|he|she|we|I)\s+(?:had\s+)?expected"
    r"|(?:said|predicted|forecast|estimated|projected|expected|hoped|anticipated|believed"
    r"|promised)\s+(?:[^,;.0-9]{0,40}?\s)?would\s+[a-z]+"
    r"|(?:plan|aim|goal|target|idea|intention)\s+(?:was|had\s+been)\s+to\s+[a-z]+)\b"
    r"(?P<tail>[^,;0-9]{0,40})\Z)",
    flags=regex.REVERSE,  # anchored at the end: tried from the end only
)


# "a feasibility study for the 573-km line": what a study is for is still to be built (not
# "the feasibility study cost $2 million": the study's own cost).
_RE_STUDIED_FOR: Final = regex.compile(
    r"(?i:\b(?:feasibility|pre-feasibility|design)[\s\u00a0]+stud(?:y|ies)[\s\u00a0]+"
    r"(?:for|on|of)[\s\u00a0]+(?:the|a|an)[\s\u00a0]+(?:(?:new|planned|proposed)[\s\u00a0]+)?)\Z",
    flags=regex.REVERSE,
)


# "the 1.8 million TEU forecast", "the $5 billion goal": the figure names the plan.
_RE_NAMED_FORECAST_AFTER: Final = regex.compile(
    r"[\s\u00a0]+(?:(?i:forecast|target|goal|projection)(?![\w-])(?![\s\u00a0]+(?:to|for|of)\b)"
    # "Of the 2,500 km planned for 2024, ...": a participle naming the plan (not "planned to")
    r"|(?i:planned|budgeted|envisaged|promised|foreseen)(?![\w-])(?![\s\u00a0]+to\b))"
)


def is_planned(claim: Located, facts: Facts, clause: tuple[int, int], text: str) -> bool:
    """`_is_named_by_a_plan`, asked only when a projection cue (positions, sorted) stands
    within 60 characters before the claim or right after it (asked of every claim, the
    searches cost 2% a MB)."""
    cues = facts.projection_cues
    k = bisect.bisect_left(cues, claim.start - 60)
    if k < len(cues) and cues[k] < claim.end + 8 and _is_named_by_a_plan(claim, clause[0], text):
        return True
    lo = max(clause[0], claim.start - 40)
    if "stud" in text[lo : claim.start] and _RE_STUDIED_FOR.search(text, lo, claim.start):
        return True  # "a feasibility study for the 573-km line"
    return _is_forecast_relative(claim, text) or _sizes_a_new_work_ahead(claim, text)


# "includes a new 322.3-kilometre line between Mointy and Kyzylzhar, which will shorten the
# corridor": the size of a new work that a relative clause says "will" do is of a work still
# to be built (not "opened a new 300-km line, which carries ...": one built, told as such).
_RE_NEW_BEFORE: Final = regex.compile(r"(?i:\b(?:a|an|the)[\s\u00a0]++new[\s\u00a0]++)\Z")
_RE_WORK_WILL_AFTER: Final = regex.compile(
    r"[\s\u00a0-]*+(?:[a-z-]++[\s\u00a0]++){0,2}?(?i:line|railway|railroad|road|highway|"
    r"motorway|pipeline|cable|link|bridge|tunnel|section|track|canal)s?\b"
    r"[^.;:!?()]{0,80}?,[\s\u00a0]++(?i:which|that)[\s\u00a0]++(?:will|would|is[\s\u00a0]++to"
    r"|is[\s\u00a0]++expected[\s\u00a0]++to|should)\b"
)


# "Kazakhstan opened a new 152-km railway line in 2024, which will boost transit": built.
_RE_BUILT_BEFORE: Final = regex.compile(
    r"(?i:\b(?:opened|completed|built|launched|commissioned|inaugurated|finished|unveiled|"
    r"put[\s\u00a0]++into[\s\u00a0]++(?:operation|service))\b)"
)


def _sizes_a_new_work_ahead(claim: Located, text: str) -> bool:
    """Is the figure the size of a new line or road that will do something (see above), not
    one a verb before it says was built?"""
    lo = max(0, claim.start - 8)
    return ("new" in text[lo : claim.start].lower()
            and _RE_NEW_BEFORE.search(text, lo, claim.start) is not None
            and match_at(_RE_WORK_WILL_AFTER, text, claim.end) is not None
            and _RE_BUILT_BEFORE.search(text, max(0, claim.start - 60), claim.start) is None)


# "an agreement between ADY Container and a Chinese operator to run 300 block trains a year",
# "signed a contract to supply 500 wagons": what a deal is for is still to come (the
# infinitive after the deal's noun, its parties maybe between, the figure its object).
_RE_DEAL_TO: Final = regex.compile(
    r"(?i:(?<!\bto[\s\u00a0]++)\b(?:agreements?|deals?|contracts?|memorand(?:um|a|ums)"
    r"|accords?)\b[^,;.:0-9]{0,50}?"  # (not the verb: "to deal a blow to Israel's 9 billion")
    rf"\bto[\s\u00a0]++(?-i:[a-z]++)[\s\u00a0]++(?:(?:{HEDGE_WORDS}|another"
    rf"|an[\s\u00a0]++additional)[\s\u00a0]++)?\Z)",
    flags=regex.REVERSE,  # anchored at the end: tried from the end only
)


def is_deal_purpose(claim: Located, text: str) -> bool:
    """Is the figure the object of what a deal, contract or memorandum is to do?"""
    lo = max(0, claim.start - 80)
    window = text[lo : claim.start].lower()
    if " to " not in window or not any(w in window for w in ("agree", "deal", "contract",
                                                             "memorand", "accord")):
        return False
    return _RE_DEAL_TO.search(text, lo, claim.start) is not None


# "down from the 3 million tonnes it had expected in January", "the $2 billion the ministry
# forecast": a relative clause without "that", its subject first, after "the" and the figure
# (with "that": `plan_periods.RE_FORECAST_RELATIVE_AFTER`).
_RE_FORECAST_ZERO_RELATIVE_AFTER: Final = regex.compile(
    r"[\s\u00a0]++(?:(?i:it|they|he|she|we)|the[\s\u00a0]++[a-z]++)[\s\u00a0]++"
    r"(?:had[\s\u00a0]++)?+(?:(?:originally|initially|earlier|previously)[\s\u00a0]++)?+"
    r"(?:forecast|projected|planned|targeted|expected|envisaged|budgeted)\b"
)


def _is_forecast_relative(claim: Located, text: str) -> bool:
    """Is the figure followed by a relative clause saying it was forecast or planned?"""
    head = text[claim.end : claim.end + 8]
    if " that " in head or " which " in head:
        return match_at(RE_FORECAST_RELATIVE_AFTER, text, claim.end) is not None
    # (the common case, told without the patterns)
    return (text[claim.start - 4 : claim.start] == "the " and (
        " it " in head or " they " in head or " the " in head or " he " in head
        or " she " in head or " we " in head)
        and match_at(_RE_FORECAST_ZERO_RELATIVE_AFTER, text, claim.end) is not None)


def _is_named_by_a_plan(claim: Located, lo: int, text: str) -> bool:
    """Is the figure what a plan or forecast named ("the 2024 target of 5 mt", "had planned
    to handle 4 mt in 2024")? Then it is a projection even for a period now over."""
    lo = max(lo, claim.start - 60)
    return (_RE_PLAN_OF.search(text, lo, claim.start) is not None
            or _RE_HAD_PLANNED.search(text, lo, claim.start) is not None
            or _RE_PLAN_FORESAW.search(text, lo, claim.start) is not None
            or (may_contain(text[lo : claim.start], _PLANNED_TO_WORDS)
                and _plans_to(text, lo, claim.start))
            or match_at(_RE_NAMED_FORECAST_AFTER, text, claim.end) is not None)


# "was targeting faster growth and handled 28 mt", "had said it would modernise the line and
# the crossing handled 25 mt", "said it expected weaker demand and sold 3 mt": in the tail of
# `_RE_PLANNED_TO`, a past verb of its own after "and", "but" or "yet" (its subject maybe
# before it) reports the figure; a verb of planning there is a cue again, not an outcome.
_PAST_IRREGULAR: Final = (rf"{PAST_IRREGULAR_WORDS}|lost|won|spent|gave|built|drew|beat|shrank"
                          r"|sank|met")
# Verbs of a plan's outcome beyond `PAST_REPORT_WORDS` ("and handled 5.3 mt", "but rose 12%"),
# in both patterns below: "and achieved 5 mt", "but transshipped only 2 mt".
_OUTCOMES_OF_A_PLAN: Final = r"transshipped|achieved|booked|managed"
# (without a subject, only a verb of outcome: not "to handle coal and refined products of")
_OUTCOME_VERBS: Final = (rf"{PAST_REPORT_WORDS}|{_OUTCOMES_OF_A_PLAN}"
                         r"|gained|earned|invested|generated|attracted"
                         r"|added|topped|exceeded|surpassed|doubled|slipped|slumped|surged"
                         r"|soared|ended|finished|closed|stalled|stopped")
# Past participles that keep a plan's cue going, not an outcome of its own ("and expected to").
_PLAN_OR_SAY: Final = (r"(?:expected|projected|forecast|planned|targeted|aimed|hoped|intended"
                       r"|anticipated|predicted|estimated|said|promised|believed|envisaged)")
_RE_OWN_VERB_IN_TAIL: Final = regex.compile(
    r"(?i:\b(?:and|but|yet)\s+(?:(?:then|eventually|actually|instead|only|in\s+fact)\s+)?"
    rf"(?!{_PLAN_OR_SAY}\b)"
    r"(?:(?:(?:the|its|their|this|that)\s+)?(?:[a-z-]+\s+){1,2}(?:(?:has|have|had)\s+)?"
    rf"(?!{_PLAN_OR_SAY}\b)(?:[a-z]{{3,}}ed|{_PAST_IRREGULAR})"
    rf"|(?:(?:has|have|had)\s+)?(?:{_PAST_IRREGULAR}|{_OUTCOME_VERBS}))\b)"
)


def _plans_to(text: str, lo: int, end: int) -> bool:
    """Does `_RE_PLANNED_TO` name the figure at `end`, no past verb of its own between them
    (`_RE_OWN_VERB_IN_TAIL`; after one, a cue may start again: "and said it would hit")?"""
    for _ in range(3):
        found = _RE_PLANNED_TO.search(text, lo, end)
        if found is None:
            return False
        own = _RE_OWN_VERB_IN_TAIL.search(text, found.start("tail"), end)
        if own is None:
            return True
        lo = own.start() + 3  # past "and", "but", "yet"
    return False


# For a cheap test before `_RE_PLANNED_TO` (`may_contain`): one of these is in each of its
# matches (" to ", not "to": "tonnes" has it).
_PLANNED_TO_WORDS: Final = (" to ", " have ", "expect", "would", "targeting", "aiming",
                            "planning", "hoping")


# "had targeted 5-6 million tonnes for 2025 and handled 5.3 million tonnes": a verb of its
# own after "and" or "but" tells what came of the plan, reported ("but came in at 3.4 mt",
# "and ended the year at $960 million", "yet it reached only $850 million", "but turnover
# stalled at $780 million", "and rose 12%"):
# the plan's cue before it governs the first figure only. Verbs that report an outcome, in
# the past tense only.
_RE_OWN_OUTCOME_VERB: Final = regex.compile(
    r"(?i:\b(?:and|but|yet)\s+(?:(?:then|eventually|actually|in\s+fact|only|instead)\s+)?"
    rf"(?:[a-z]++\s+)?(?:(?:has|have|had)\s+)?(?:{PAST_REPORT_WORDS}|{_OUTCOMES_OF_A_PLAN}"
    r"|amounted\s+to|(?:stalled|stopped)\s+at"
    r"|came\s+in\s+at|(?:ended|finished|closed)\s+(?:the\s+year\s+|up\s+)?(?:at|with))"
    rf"\s+(?:by\s+)?(?:{HEDGE_WORDS}\s+)?\Z)",
    flags=regex.REVERSE,  # anchored at the end: tried from the end only
)


def has_own_outcome_verb(cue: int, claim: Located, text: str) -> bool:
    """Does the figure after a plan's cue have a past verb of its own that reports it
    ("targeted 6 mt and handled 5.3 mt", "of which 146 have already been dispatched")? Then
    the cue does not make it a projection."""
    lo = max(cue, claim.start - 60)
    if cue < claim.start and text[claim.start - 4 : claim.start] == "the " and match_at(
            _RE_FACT_CLAUSE_AFTER, text, claim.end):
        return True  # "would leave it behind the 1.4 billion tonnes that pass through Suez"
    if cue < claim.start and text[lo : claim.start].endswith("of which "):
        return match_at(_RE_PART_DONE_AFTER, text, claim.end) is not None
    if cue < claim.start and text.find(":", cue, claim.start) >= 0 and match_at(
            _RE_INDICATIVE_AFTER, text, claim.end):
        return True  # "The shift will hit drivers: about 7,000 people work in trucking"
    if cue >= claim.start or not may_contain(text[lo : claim.start], _JOINTS):
        return False  # the common case, told without the pattern
    return _RE_OWN_OUTCOME_VERB.search(text, lo, claim.start) is not None


# A known figure told in a relative clause of its own, its verb in the indicative: "the 1.4
# billion tonnes that pass through Suez in a normal year" (not "that will", "that could").
_RE_FACT_CLAUSE_AFTER: Final = regex.compile(
    r"[\s\u00a0]++(?:that|which)[\s\u00a0]++(?!(?:will|would|could|can|may|might|should|shall|"
    r"is\s+to|are\s+to|to)\b)[a-z]++(?<=s|ed)\b")


# A figure after a colon, its noun and verb in the indicative of their own: the cue before the
# colon is the lead's ("The shift will hit drivers: about 7,000 people work in trucking"), not
# "The ministry expects: 5 mt in 2026", nor "the targets: 5 mt are to be shipped", nor a
# copula that tells a part of the plan or names it ("will spend $2 billion: $800 million is
# for rail", "70% is from the ADB", "12 million tonnes is the ministry's estimate"); but "15
# million tonnes were handled in 2024", "1,200 wagons are in service" are facts.
_RE_INDICATIVE_AFTER: Final = regex.compile(
    r"(?:[\s\u00a0]++[a-z]++)?[\s\u00a0]++(?:work|works|worked|live|lives|lived|are|were|is|"
    r"was|have|has|had|earn|earns|earned)\b(?![\s\u00a0]++(?:to|expected|planned|forecast|set|"
    r"due|projected|scheduled|slated|likely|going|about|being|for|from|earmarked|allocated"
    r"|the|an?|its|our|their)\b)"
)
# "The plan for November is 320 trains, of which 146 have already been dispatched": the part
# of a plan done, in a past or perfect verb of its own after it (not "of which 146 will be").
_RE_PART_DONE_AFTER: Final = regex.compile(
    r"[\s\u00a0]++(?:(?:have|has|had)[\s\u00a0]++(?:already[\s\u00a0]++)?been"
    r"|(?:were|was)(?:[\s\u00a0]++already)?+|(?:have|has|had)[\s\u00a0]++already)"
    r"[\s\u00a0]++[a-z]++(?<=ed|en|t)\b"
)


_JOINTS: Final = ("and", "but", "yet")  # for `may_contain`: lower case, any spacing after


# "of the planned volume", "95% of its 2025 plan", "87% of the annual target", "82% of its
# annual cargo plan", "120% of their monthly sales goal" (up to two words that name what was
# planned, none a preposition, before a noun of plan: not "78% of the deal will be paid")
_RE_OF_THE_PLAN: Final = regex.compile(
    r"(?i:\bof\s+(?:the|its|their)\s+(?:(?:[0-9]{4}|annual|full-year|yearly)\s+)?"
    r"(?P<what>(?!(?:of|in|on|for|to|at|by|from|with|and|or|the|a|an)\s)[a-z-]{2,20}\s+){0,2}\Z)",
    flags=regex.REVERSE,  # anchored at the end: tried from the end only
)


# "the loading plan was fulfilled by 102.3%", "fulfilled the annual plan by 104%", "the
# target was exceeded by 3%": a plan met, reported (its figure the share or the overshoot).
_MET_WORDS: Final = ("fulfil", "met", "exceed", "achiev", "overfulfil")
_RE_PLAN_MET_AFTER: Final = regex.compile(
    r"(?i:(?:plan|target)s?+\s+(?:(?:was|were|is|are|has\s+been|had\s+been)\s+)?"
    r"(?:over-?)?(?:fulfill?ed|met|exceeded|achieved)\b)"
)
_RE_PLAN_MET_BEFORE: Final = regex.compile(
    r"(?i:\b(?:over-?)?(?:fulfill?ed|exceeded|met|achieved)\s+(?:the|its|their)\s+"
    r"(?:[a-z-]+\s+){0,2}\Z)",
    flags=regex.REVERSE,  # anchored at the end: tried from the end only
)


def _is_plan_met(cue: int, text: str) -> bool:
    """Is the cue a plan or target said to be met (`_RE_PLAN_MET_AFTER`, `_BEFORE`)?"""
    near = text[max(0, cue - 40) : cue + 40].lower()
    if not any(word in near for word in _MET_WORDS):
        return False  # the common case, told without a pattern
    return (match_at(_RE_PLAN_MET_AFTER, text, cue) is not None
            or _RE_PLAN_MET_BEFORE.search(text, max(0, cue - 40), cue) is not None)


def is_plan_fulfilled(cue: int, text: str) -> bool:
    """ "9.6 bcm, which is 102.4 percent of the planned volume", "fulfilled 95% of its 2025
    plan", "the loading plan was fulfilled by 102.3%": a plan met, reported."""
    if _is_plan_met(cue, text):
        return True
    lo = max(0, cue - 50)
    before = " ".join(text[lo:cue].lower().split()) + " "  # spaces as the pattern's \s+
    if "of the " not in before and "of its " not in before and "of their " not in before:
        return False  # the common case, told without the pattern
    found = _RE_OF_THE_PLAN.search(text, lo, cue)
    return found is not None and (found.group("what") is None or text[cue : cue + 8].lower(
    ).startswith(("plan", "target", "goal", "forecast"))) and not _is_verb_plan(cue, text)


def _is_verb_plan(cue: int, text: str) -> bool:
    """ "half of the companies plan to invest": "plan" the verb of the plural noun before it
    (as polls report intentions), not a plan met as in "95% of the cargo plan"."""
    if text[cue : cue + 8].lower() not in ("plan to ", "plan to\u00a0"):
        return False
    words = text[max(0, cue - 24) : cue].split()
    word = words[-1].lower() if words else ""
    return word in _POLLED or (word.endswith("s") and word.isalpha()
                               and word not in ("its", "his", "this", "thus"))


# "of the firms surveyed plan to": the participle of a poll after its plural subject.
_POLLED: Final = frozenset({"surveyed", "polled", "questioned", "interviewed", "asked"})


def is_closed_aside(claim: Located, cue: int, text: str) -> bool:
    """Is the cue before the figure in an aside that a comma opens right before it and the main
    clause's past verb closes? "The CASA-1000 line, meant to send 1,300 MW ..., has cost $1.2
    billion so far": what was spent is history (the 1,300 MW, inside the aside, is the plan)."""
    if text[max(0, cue - 2) : cue] != ", " and not text[max(0, cue - 16) : cue].endswith(
            (", which is ", ", which are ")):  # "The plant, which is expected to open ..."
        return False  # the common case, told without the pattern
    return RE_ASIDE_THEN_PAST.match(text, cue, claim.start, timeout=CLAUSE_TIMEOUT) is not None


# "Builders expected to finish 70% of the earthworks by June" (said in July): a deadline gone
# by, with a cue of a plan before the figure, keeps the figure a plan's target (not "By
# March, exports had fallen 5%": no plan).
def planned_by_a_deadline(claim: Located, facts: Facts, clause: tuple[int, int],
                          time_start: int, text: str) -> bool:
    """Is the figure's time (starting at `time_start`) a deadline after "by", with a cue of a
    plan before the figure in its clause?"""
    if not RE_BY_DEADLINE.search(text, max(0, time_start - 20), time_start,
                                  timeout=CLAUSE_TIMEOUT):
        return False
    cues = facts.projection_cues
    return any(_governs(cues[k], claim.start, text) for k in range(
        bisect.bisect_left(cues, clause[0]), bisect.bisect_left(cues, claim.start)))


# A plan's cue that does not govern the figure after it: past "despite" ("Despite plans to
# expand, the terminal had shipped 1.1 mt by August"), or a finite past verb between them
# ("The port, which expects to handle 8 mt, had handled 5.6 mt by September").
_RE_DESPITE_BEFORE: Final = regex.compile(
    r"\b(?i:despite|in[\s\u00a0]++spite[\s\u00a0]++of)[\s\u00a0]++"
    r"(?:[\w'’-]++[\s\u00a0]++){0,2}\Z")
_RE_PAST_BETWEEN: Final = regex.compile(
    rf"(?i:\bhad\b|,[^,;:]*?(?<!\b(?:to|have|has|be)[\s\u00a0]++)"
    rf"\b(?:{PAST_REPORT_WORDS}|{PAST_IRREGULAR_WORDS})\b)")


def _governs(cue: int, start: int, text: str) -> bool:
    """Does the plan's cue at `cue` govern the figure at `start` (`_RE_PAST_BETWEEN`)?"""
    return (_RE_DESPITE_BEFORE.search(text, max(0, cue - 40), cue) is None
            and _RE_PAST_BETWEEN.search(text, cue, start, timeout=CLAUSE_TIMEOUT) is None)
