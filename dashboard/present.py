"""Figures that are a level now: "from the current 10 bcm to 20 bcm by 2027", "up from
60,000 tonnes now", "transit times, now roughly 20-25 days, would fall to 14 days".

Pure: no pandas, no dash. Such a figure is reported, and takes no time said for a forecast
beside it (`timing`, `kinds`, `describe`).
"""

from __future__ import annotations

from typing import Final

import regex

from dashboard.claim import Located
from dashboard.scanning import match_at, may_contain, scan_timeout
from dashboard.vocab.hedging import HEDGE_WORDS
from dashboard.vocab.past_verbs import (
    PAST_CHANGES,
    PAST_IRREGULAR_WORDS,
    PAST_OUTCOMES,
    PAST_REPORT_WORDS,
)

# "from the current 10 bcm to 20 bcm by 2027": a level now, not at the target's time.
_RE_CURRENT_BEFORE: Final = regex.compile(
    r"(?i:\b(?:the\s+)?(?:current|currently|present|today's|existing)\s+(?:\w+\s+)?\Z"
    # "transit times, now roughly 20-25 days, would fall to 14 days": "now" set off by a
    # comma or bracket before the figure, a level now (not "would now reach 20 days")
    rf"|[,(]\s*now\s+(?:(?:{HEDGE_WORDS}|at)\s+)?\Z"
    # "now has 13 members", "is now at 40%", "traffic, now averaging 6,500 vehicles a day":
    # a state now, in the present tense (not "will now reach 20 days")
    r"|\bnow\s+(?:has|have|is|are|stands\s+at|totals|numbers|employs|operates|counts|handles|"
    r"takes|carries|processes|serves|receives|stores|accommodates|averages|averaging)\s+"
    rf"(?:{HEDGE_WORDS}\s+)?\Z"
    r"|\b(?:is|are|stands)\s+now\s+(?:at\s+)?\Z"
    # "the Grain Union, which has about 700 members": what it has, in the present tense
    r"|\b(?:which|that|who)\s+(?:has|have|employs|counts|numbers)\s+"
    rf"(?:{HEDGE_WORDS}\s+)?\Z"
    # "can now handle 2,500 vehicles a day": what it can do now (not "will now handle")
    r"|\b(?:can|could)\s+now\s+(?:handle|take|carry|process|serve|receive|store|accommodate"
    r"|transs?hip)"
    rf"\s+(?:{HEDGE_WORDS}\s+)?\Z)"
)


def is_current(claim: Located, text: str) -> bool:
    """Is the figure a level now ("from the current 10 bcm to 20 bcm by 2027", "up from
    60,000 tonnes now")?"""
    after = text[claim.end : claim.end + 28]
    lo = max(0, claim.start - 30)
    return ((may_contain(text[lo : claim.start], _CURRENT_WORDS)
             and _RE_CURRENT_BEFORE.search(text, lo, claim.start) is not None)
            or (_may_say_now(after) and _RE_NOW_AFTER.match(after) is not None)
            or _clause_says_now(claim, text))


# "..., while today it handles 6 mt", "...; today 3,000 trucks a year cross", "while at the
# moment it ships about 18,000 tonnes": a marker of the present opening the figure's own
# clause, then a few words with no modal, plan or time of their own (not "from today, fees
# will rise to $12", "Today's plan is to reach 6 mt by 2030", "now plans to reach ...", "at
# present traders reckon on 7 mt": a forecast's verb; "sees" only before a forecast's object,
# "sees traffic reaching", and "projects" only as a verb: "today its projects total" is a sum)
_RE_CLAUSE_NOW_BEFORE: Final = regex.compile(
    r"(?i:(?:[,;:]|\b(?:while|whereas|but|and))[\s\u00a0]*+"
    r"(?:today|now|currently|at[\s\u00a0]++present|at[\s\u00a0]++the[\s\u00a0]++moment)"
    r",?[\s\u00a0]++(?:(?!(?:will|would|shall|should|could|may|might|must|can|to|be|been"
    r"|going|set|due|plans?|planned|expects?|expected|aims?|intends?|hopes?|wants?|targets?"
    r"|seeks?|by|in|from|for|since|after|until|of|reckons?|predicts?|anticipates?"
    r"|(?<!\b(?:its|the|their|our|his|her|this|these|those|such|new)[\s\u00a0]++)"
    r"(?:forecasts?|projects?|estimates?)|sees?(?=[\s\u00a0]++(?:[a-z'’-]++[\s\u00a0]++){0,3}?"
    r"(?:reaching|rising|growing|growth|climbing|hitting|topping|at)\b))\b)"
    r"[a-z'’-]++[\s\u00a0]++){0,4}?"
    rf"(?:(?:{HEDGE_WORDS})[\s\u00a0]++)?\Z)"
)
# After a figure with no verb before it ("; today 3,000 trucks will cross"): a modal, a plan
# or a time to come ("that year", "by 2030") in the rest of its clause makes it one to come.
_RE_TO_COME_AFTER: Final = regex.compile(
    r"[^,;.:!?]{0,40}?\b(?i:will|would|shall|should|could|might|may|is[\s\u00a0]++to"
    r"|are[\s\u00a0]++to|expected|forecast|planned|projected|set[\s\u00a0]++to|due"
    r"|(?:that|next)[\s\u00a0]++year|(?:in|by)[\s\u00a0]++20[0-9]{2})\b"
)


def _clause_says_now(claim: Located, text: str) -> bool:
    """Does a marker of the present open the figure's own clause (see above)?"""
    lo = max(0, claim.start - 60)
    return (may_contain(text[lo : claim.start], _CLAUSE_NOW_WORDS)
            and _RE_CLAUSE_NOW_BEFORE.search(text, lo, claim.start) is not None
            and match_at(_RE_TO_COME_AFTER, text, claim.end) is None)


_CLAUSE_NOW_WORDS: Final = ("today", "now", "current", "present", "moment")


# For a cheap test before `_RE_CURRENT_BEFORE` (`may_contain`), which needs one of its words
# (measured: 14,000 searches a MB, 1.8 µs each, almost all in vain); " has": "which has about
# 700 members" (its verb, not "which").
_CURRENT_WORDS: Final = ("current", "present", "today", "existing", "now", " has ", " have ",
                         "employs", "counts", "numbers")


def _may_say_now(after: str) -> bool:
    """A cheap test before `_RE_NOW_AFTER` (most figures are followed by none of its words)."""
    folded = after.lower()
    return "now" in folded or "current" in folded or "present" in folded or "today" in folded


# "up from 60,000 tonnes now", "1,200 wagons are now in service", "3,000 trucks are currently
# waiting", "1,200 wagons are in service today": a state now (not "are now forecast", "are
# currently expected", "are now under construction": a level to come)
_RE_NOW_AFTER: Final = regex.compile(
    r"\A[\s\u00a0]+(?:(?:(?i:are|is)[\s\u00a0]++)?(?i:now|currently|at\s+present|today)\b"
    r"(?![\s\u00a0]++(?i:forecast|expected|projected|seen|estimated|planned|due|scheduled|under"
    r"|being|set|likely|slated|envisaged|targeted|intended|proposed|budgeted|awaited|pending"
    r"|on[\s\u00a0]++order|in[\s\u00a0]++the[\s\u00a0]++pipeline)\b)"
    r"|(?i:are|is)[\s\u00a0]++in[\s\u00a0]++(?i:service|operation|use)[\s\u00a0]++"
    r"(?i:now|currently|today)\b)")


# "Turkish investment in Azerbaijan is approaching $18 billion", "is close to $21 billion": a
# stock now, in the present tense, not of a period carried from before.
_RE_STOCK_NOW: Final = regex.compile(
    r"(?i:\b(?:is|are)\s+(?:now\s+)?(?:approaching|nearing|close\s+to|near)\s+)\Z")


# "..., for a combined volume of $39 billion": the sum of the stocks named before it.
_RE_SUM_BEFORE: Final = regex.compile(
    r"(?i:\b(?:combined|together|altogether|in\s+all|in\s+total|total\s+of)\b[^,;.]{0,24})\Z")


def is_stock_now(claim: Located, text: str, lo: int) -> bool:
    """Is the figure a stock the present tense says it is nearing (see above), or the sum of
    such stocks named before it in its sentence (from `lo`)?"""
    if _nears(text, lo, claim.start) or _investment_nears(text, lo, claim.start):
        return True
    return (_RE_SUM_BEFORE.search(text, max(lo, claim.start - 40), claim.start) is not None
            and _may_near(text[lo : claim.start]) and any(
                _nears(text, lo, m.start()) for m in _RE_FIGURE_AT.finditer(
                    text, lo, claim.start)))


def _nears(text: str, lo: int, at: int) -> bool:
    """Does "is approaching", "is close to" ... end right before text[at]?"""
    start = max(lo, at - 32)
    return _may_near(text[start:at]) and _RE_STOCK_NOW.search(text, start, at) is not None


# "...reached $8 billion in 2024; mutual investment near $39 billion": after a semicolon, a
# headline's clause of its own on investment nearing a figure, its verb left out, is a stock
# now (not "exports hit $5bn in 2024; imports near $3bn", a flow of the same year).
_RE_INVESTMENT_NEARS: Final = regex.compile(
    r"(?i:;[\s\u00a0]*+(?:[\w'’-]++[\s\u00a0]++){0,2}?investments?(?:[\s\u00a0]++stock)?"
    r"[\s\u00a0]++(?:approaching|nearing|close\s+to|near)[\s\u00a0]++)\Z")


def _investment_nears(text: str, lo: int, at: int) -> bool:
    """Does a headline's clause after ';' on investment nearing a figure end right before
    text[at], the figure saying no time or flow of its own after it?"""
    start = max(lo, at - 60)
    return (lo == 0 and ";" in text[start:at]
            and _RE_INVESTMENT_NEARS.search(text, start, at) is not None
            and _RE_TIME_OR_FLOW_AFTER.search(text, at, min(len(text), at + 40)) is None)


# "investment near $300 million in the period", "... over the year", "into new elevators"
_RE_TIME_OR_FLOW_AFTER: Final = regex.compile(
    r"(?i:\b(?:in[\s\u00a0]++the[\s\u00a0]++period|over[\s\u00a0]++the[\s\u00a0]++year"
    r"|this[\s\u00a0]++year|last[\s\u00a0]++year|a[\s\u00a0]++year|per[\s\u00a0]++year"
    r"|annually|into)\b)")


_RE_FIGURE_AT: Final = regex.compile(r"[$\u20ac\u00a3]?[0-9]")


def _may_near(before: str) -> bool:
    return may_contain(before, _NEAR_WORDS)


_NEAR_WORDS: Final = ("near", "approach", "close")  # one is in every `_RE_STOCK_NOW` match


# A verb in the past tense, or a perfect or passive one ("called", "was", "had", "rose"), in
# a sentence: not one about how things go now. A reporting verb ("he said", "the ministry
# noted") tells when it was said, not when the rate held. Words ending in "-ed" that are no
# verb ("specialised berths") make the sentence read as past: the rule then does not fire.
_RE_PAST_VERB: Final = regex.compile(
    rf"(?i:\b(?:was|were|had|did|{PAST_IRREGULAR_WORDS}|began|left|set|put|last|ago|earlier)\b"
    r"|\b(?!(?:reported|noted|added|stated|estimated|explained|stressed|announced|claimed|"
    r"confirmed|indicated|told)\b)[a-z]{2,}ed\b)"
)
RATE_TIMES: Final = frozenset({"day", "week", "month"})


# "12 to 14 tankers carrying Kazakh crude arrive in Azerbaijan each month", "25 freight
# trains a day cross the border": a plural verb of movement in the present tense, a few words
# after the figure (not "Average: 1,200 trucks a day", "That is about 1,200 trucks a day", a
# list's "Trucks: 1,200 a day": an average over the period before, which names no verb).
_RE_MOVE_NOW_AFTER: Final = regex.compile(
    r"(?:[\s\u00a0]++[A-Za-z-]++){0,5}?[\s\u00a0]++(?:arrive|call|cross|run|depart|leave|pass|"
    r"travel|sail|operate|go|come|enter|ply|dock|berth|move|head)\b"
)


def moves_now(claim: Located, text: str) -> bool:
    """Is the figure the subject of a plural verb of movement in the present (see above)?"""
    return match_at(_RE_MOVE_NOW_AFTER, text, claim.end) is not None


def tells_the_past(text: str, lo: int, hi: int) -> bool:
    """Has the sentence text[lo:hi] a verb in the past (see above)? Without one, a rate a day,
    week or month that `moves_now` ("Between 12 and 14 tankers arrive in Azerbaijan each
    month, he said") is how things go now, not a rate over the months carried from the sentences
    before (not "About 22 ships called each week"). Asked once a sentence (`carry`)."""
    return _RE_PAST_VERB.search(text, lo, hi, timeout=scan_timeout(hi - lo)) is not None


# "..., while containers reached 56,000 TEU": a verb in the past right before the figure.
_RE_PAST_VERB_BEFORE: Final = regex.compile(
    rf"(?i:\b(?:{PAST_REPORT_WORDS}|amounted\s+to|came\s+to|stood\s+at|topped|"
    rf"exceeded)\s+(?:(?:{HEDGE_WORDS}|by|to)\s+)?\Z)",
    flags=regex.REVERSE,  # anchored at the end: tried from the end only
)


def is_told_done(claim: Located, text: str) -> bool:
    """Is the figure the object of a verb in the past right before it ("containers reached
    56,000 TEU")? Such a figure is reported: it takes no time still to come from the clause
    of a forecast beside it ("The port expects 3 mt in 2026, while containers reached ...",
    "wants 10 mt by 2030, and containers reached ..."; `describe`, `timing`)."""
    lo = max(0, claim.start - 30)
    window = text[lo : claim.start]
    return ("ed " in window or may_contain(window, _IRREGULAR_PAST)) and (
        _RE_PAST_VERB_BEFORE.search(text, lo, claim.start) is not None)


# The verbs of `_RE_PAST_VERB_BEFORE` that do not end in "ed" ("rose", "came"; not "hit",
# also the present and the infinitive: "By 2030 exports should hit $3 billion").
_IRREGULAR_PAST: Final = (*(verb for verb in PAST_CHANGES + PAST_OUTCOMES
                            if not verb.endswith("ed")), "came", "stood")


# "a 500-kV power line to Herat are under way", "a 120-km road is being built": a thing still
# being made, after the figure in its clause; a past time the sentence names for something
# finished ("a spur opened in 2018, and ... are under way") is not its.
_RE_STILL_MADE_AFTER: Final = regex.compile(
    r"[^.;:\d]{0,80}?\b(?i:is|are)[\s\u00a0]++(?i:still[\s\u00a0]++)?"
    r"(?i:under[\s\u00a0]++(?:way|construction)|underway"
    r"|being[\s\u00a0]++(?:built|laid|constructed|installed|upgraded))\b"
)


def is_still_made(claim: Located, text: str) -> bool:
    """Is the figure's thing still under way or being built, as its clause says after it?"""
    return match_at(_RE_STILL_MADE_AFTER, text, claim.end) is not None
