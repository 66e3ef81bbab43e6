"""Asides of a sentence and the times in them: "The railway, whose construction began in
December 2024, will be 523 km long" (the aside's time, not the figure's), "The 75-km line,
built in 2011, carries 3.5 mt a year" (what was done to the thing), "Paper declarations, still
used for 11,700 consignments, will be phased out by 2027" (a figure in an aside of the
present takes no time of the main clause). Read by `timing`.

Pure: no pandas, no dash. Each test reads a bounded window around its claim and time.
"""

from __future__ import annotations

from typing import Final

import regex

from dashboard.claim import Located
from dashboard.done_verbs import plan_aside_closes_done
from dashboard.periods import Time
from dashboard.scanning import match_at
from dashboard.vocab.classes import unit_class
from dashboard.vocab.past_verbs import ASIDE_PARTICIPLES, PRESENT_ASIDE

# "The railway, whose construction began in December 2024, will be 523 km long": a time in
# an aside is the aside's, not the sentence's lead.
# Past participles that open such an aside: `vocab.past_verbs.ASIDE_PARTICIPLES`.
_RE_ASIDE_OPEN: Final = regex.compile(
    r",\s*(?:whose|which|who|where|(?:for|in|by|under)\s+which|"
    + "|".join(ASIDE_PARTICIPLES) + r")\b[^,]*\Z"
)


def aside_opens(text: str, lo: int, hi: int, figure: int) -> bool:
    """Does an aside (`_RE_ASIDE_OPEN`, or a plan's closed before a past verb) open in
    text[lo:hi] and run on to its end? Its comma is the window's last (no comma follows it):
    matched there once, not searched for at every position (measured: 830 searches a MB over
    80 characters, 7 µs each, none found). With no comma, a participle's phrase opening the
    sentence, closed by a comma before the figure at `figure` ("Founded in 2016, the company
    operates 1,200 containers"; not "Launched in 2017 with three vessels, ...": its own)."""
    comma = text.rfind(",", lo, hi)
    if comma < 0:
        return text.find(",", hi, figure) >= 0 and in_opening_aside(text, lo, hi)
    return (_RE_ASIDE_OPEN.match(text, comma, hi) is not None
            or plan_aside_closes_done(text, comma, hi))


# "Founded in 2016, the company operates 1,200 containers", "Built in 2011, the line carries
# 3.5 mt a year": a participle's phrase that opens the sentence (or a line's text after its
# label) dates what was done to the subject, not the figures after it.
_RE_OPENING_ASIDE: Final = regex.compile(
    r"[\s\u00a0\"“]*+(?i:" + "|".join(ASIDE_PARTICIPLES) + r")\b[^,.;:!?]*+\Z")


def in_opening_aside(text: str, lo: int, hi: int) -> bool:
    """Does text[lo:hi] end inside a participle's phrase that opens its sentence, its line or
    its label's text (`_RE_OPENING_ASIDE`), no comma before? Read by `sole_times` too: such a
    phrase's time is no time the sentence's figures share."""
    if text.find(",", lo, hi) >= 0:
        return False
    start = max(text.rfind(mark, lo, hi) for mark in ".!?:\n") + 1
    if start == 0:  # no break in the window: its start must be one's
        if text[max(0, lo - 4) : lo].rstrip()[-1:] not in ("", ".", "!", "?", ":"):
            return False
        start = lo
    opening = text[start : start + 24].lstrip(" \t\n\u00a0\"“").lower()
    if not opening.startswith(ASIDE_PARTICIPLES):
        return False  # the common case, told without the pattern
    return _RE_OPENING_ASIDE.match(text, start, hi) is not None


# "The 75-km line from Hairatan to Mazar, built in 2011, carries 3.5 mt a year": a time in
# an aside closed by a comma dates what was done to the thing (`ASIDE_PARTICIPLES`), not a
# figure before it (not "The second track, 836 km long, opened in 2025.": the sentence's
# own verb and time).
_RE_ASIDE_CLOSES: Final = regex.compile(r"[\s\u00a0]*+,")  # matched where the time ends
# ... but a deal's participle ("The $1.2 billion loan, signed in 2023, funds ...", "A 49% stake
# worth $1.1 billion, acquired in 2023, ...") dates the deal's figures: the aside's time is
# theirs.
_DEAL_PARTICIPLES: Final = (
    "signed", "acquired", "bought", "purchased", "financed", "approved", "agreed", "awarded",
    "concluded", "selected", "privatised", "privatized", "issued", "granted", "placed",
)
_RE_DEAL_ASIDE: Final = regex.compile(
    r",[^,]*?\b(?:" + "|".join(_DEAL_PARTICIPLES) + r")\b[^,]*\Z")


# Only a deal's own figure takes the deal's time: its money or a stake ("a 49% stake"), not a
# fleet, a length or an area ("A fleet of 12 ferries, bought in 2019, ...").
_RE_STAKE_AFTER: Final = regex.compile(r"[\s\u00a0]*+(?:[\w-]+[\s\u00a0]+)?(?i:stake|share)\b")


# The claim in an aside of what a thing does now (`PRESENT_ASIDE`), closed before the main
# clause's time: "Paper declarations, still used for 11,700 consignments, will be phased out by
# 2027" (not one of what was done: "The port, built for $1.5 billion, opened in 2018").
_RE_ASIDE_BEFORE: Final = regex.compile(rf"(?i:,\s*+{PRESENT_ASIDE}[^,;:()]{{0,60}}\Z)",
                                        flags=regex.REVERSE)
# ... or a relative clause whose own verb holds or is, now or before: "The consortium, in which
# KazMunayGas holds 20%, will spend $2.4 billion" (the stake is held now, not planned; not
# "which is expected to handle 300,000 TEU": a plan's participle).
_RE_RELATIVE_BEFORE: Final = regex.compile(
    r",\s*+(?i:(?:in|of|at|to|for)\s++)?(?i:which|whom|whose|where|who)\s++"
    r"(?:(?!(?i:will|would|could|should|may|might|is\s++to|are\s++to)\b)[\w'’.-]++\s++){0,4}?"
    r"(?:(?i:holds|held|owns|owned|has|had|controls|controlled)\b|(?i:is|are|was|were)\b"
    # not a plan ("which is expected to handle", "which was planned to carry", "is to")
    r"(?!\s++(?i:expected|due|designed|planned|scheduled|set|slated|projected|intended|meant"
    r"|to)\b))[^,;:()]{0,60}\Z",
    flags=regex.REVERSE)


def in_aside(text: str, claim: Located, hi: int) -> bool:
    """Does the claim sit in an aside (`_RE_ASIDE_BEFORE`) closed by a comma before `hi` (a
    time's or a plan cue's start)?"""
    close = text.find(",", claim.end, min(hi, claim.end + 60))
    if close < 0:
        return False
    lo = max(0, claim.start - 70)
    return (_RE_ASIDE_BEFORE.search(text, lo, claim.start) is not None
            or _RE_RELATIVE_BEFORE.search(text, lo, claim.start) is not None
            or (match_at(_RE_PAST_MAIN, text, close) is not None
                and _RE_RELATIVE_PLAN_BEFORE.search(text, lo, claim.start) is not None))


# ... and a plan's relative clause before a main clause told in the past: "The Aktau hub,
# which is expected to handle 200,000 TEU a year, was commissioned in March" (its design, no
# figure of March; with "will be commissioned next year" the plan's time is the figure's).
_RE_RELATIVE_PLAN_BEFORE: Final = regex.compile(
    r",\s*+(?i:which|that)\s++(?i:is|are|was|were)\s++(?i:expected|due|designed|planned"
    r"|scheduled|set|slated|projected|intended|meant)\b[^,;:()]{0,60}\Z",
    flags=regex.REVERSE)
_RE_PAST_MAIN: Final = regex.compile(r",\s*+(?:(?i:was|were|had)\b|[a-z]{3,}ed\b)")


# The rest of a noun phrase from a figure in it to the comma of a plan's aside: "plant",
# "combined-cycle power plant" (no verb: "1,000 MW was added, scheduled ..." is another's).
_RE_NAMED_BY_PLAN: Final = regex.compile(
    r"(?:[\s\u00a0]++(?!(?i:is|are|was|were|has|have|had|will|would|and|or|in|by|for)\b)"
    r"(?![a-z]+ed\b)[\w-]++){1,3}[\s\u00a0]*+")


def closed_aside(text: str, claim: Located, t: Time) -> bool:
    """Does `t` sit in an aside opened after the claim and closed by a comma after it, of what
    was done to a thing (not a deal's, when the claim is the deal's money or stake)? Or the
    claim in one closed before `t` (`in_aside`)?"""
    if in_aside(text, claim, t.start):
        return True
    comma = text.rfind(",", claim.end, t.start)  # (`aside_opens`, its comma matched once)
    if comma < 0 or match_at(_RE_ASIDE_CLOSES, text, t.end) is None:
        return False
    done = _RE_ASIDE_OPEN.match(text, comma, t.start) is not None
    if not done and not plan_aside_closes_done(text, comma, t.start):
        return False
    if not done and _RE_NAMED_BY_PLAN.fullmatch(text, claim.end, comma):  # "the 1,000 MW
        return False  # plant, scheduled to finish in 2028, has started": the plan's figure
    if not (unit_class(claim.unit) == "money"
            or (claim.unit == "%" and match_at(_RE_STAKE_AFTER, text, claim.end))):
        return True
    return _RE_DEAL_ASIDE.match(text, comma, t.start) is None
