"""A quantity as the scan reads it (`Raw`), before ranges, lists and context are resolved,
and the hedge before it ("about", "more than", "up to").

Pure: no pandas, no dash.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import regex

from dashboard.claim import Approx, Change
from dashboard.hedges import find_hedge

DURATIONS: Final = frozenset({"s", "min", "hour", "day", "week", "month", "year"})
# A motion by things past a count is where it went, no minimum: "walked past 2,000 trucks",
# "sailed past 40 tankers" (a level's "Brent sailed past $90" is more than $90).
_RE_MOVED_PAST: Final = regex.compile(
    r"(?i:\b(?:walk\w*|sail\w*|driv\w*|drove|flew|fl(?:y|ies|ying)|rode|rid(?:e|es|ing)"
    r"|march\w*|stroll\w*|wander\w*|steam\w*|cycl\w*|swam|swim\w*|motor\w*|taxi\w*|hik\w*"
    r"|float\w*|drift\w*|row(?:ed|s|ing)?)[\s\u00a0]+past[\s\u00a0]*)\Z")
# ... and past a length or an area "of" things: "drove past 20 km of stationary trucks".
_PASSED_SPANS: Final = frozenset({"km", "m", "mi", "ft", "ha", "km2", "acre"})
_RE_OF_A_THING: Final = regex.compile(r"[\s\u00a0]+of[\s\u00a0]+(?!the\b)[a-z]")
_RE_UNDER_A: Final = regex.compile(r"(?i:under[\s\u00a0]+an?[\s\u00a0]*)\Z")
# "half the level of a year ago", "a third of the 2021 levels": a fraction of an earlier
# level, as "twice the level" is a multiple of it; so is a fraction of the time, cost, price
# or distance of something it is set against ("delivers in half the time of the sea route"),
# not "half the time it rains".
_RE_LEVEL_AFTER: Final = regex.compile(
    r"\A[\s\u00a0]+(?i:of[\s\u00a0]+)?(?i:the|its|their)[\s\u00a0]+(?:[\w-]++[\s\u00a0]+)?"
    r"(?i:levels?\b|(?:time|cost|price|distance)[\s\u00a0]++(?:of|than|by|via)\b)"
)

# "up to 4 x 4 m": the factors before the last one of dimensions, which carries the unit;
# the hedge before the first factor is the last one's
_RE_FACTORS_BEFORE: Final = regex.compile(
    r"(?:[0-9]++(?:[.,][0-9]++)?+(?:[\s\u00a0]?+m)?+[\s\u00a0]?+[x×][\s\u00a0]?+){1,3}+\Z"
)


@dataclass(slots=True)
class Raw:
    """A quantity found by the scan, before ranges, lists and context are resolved."""

    start: int
    end: int
    value: float
    value_high: float | None = None
    unit: str | None = None
    per: str | None = None
    approx: Approx | None = None
    change: Change | None = None
    item: str | None = None
    scaled: bool = False  # a scale word was written ("million")
    factor: float = 1.0  # what the scale word multiplied in
    weak_scale: bool = False  # the scale was a single letter ("m", "k")
    year_like: bool = False  # a bare integer 1800-2199 without separators
    written_out: bool = False  # a number word ("one", "twelve")


def fraction_of_a_level(start: int, end: int, fraction: float, after: str) -> Raw | None:
    """A fraction of an earlier level ("half the level of a year ago") as a multiplier, a
    decrease; None when no level follows."""
    if _RE_LEVEL_AFTER.match(after) is None:
        return None
    return Raw(start, end, fraction, unit="x", change=Change.DECREASE)


# "revised growth ... up to 6.8% from 5.9%": "up to" a figure with its former level after it
# is a direction, no ceiling (a year after "from" is a start: "up to 40 tonnes from 2026")
_RE_FORMER_AFTER: Final = regex.compile(
    r"[\s\u00a0]++from[\s\u00a0]++(?:an?[\s\u00a0]++)?(?:[$€£][\s\u00a0]?)?"
    r"(?!(?:19|20)[0-9]{2}(?![0-9.,]))[0-9]"
)


def read_hedge(raw: Raw, before: str, after: str = "") -> None:
    if before.endswith("sub-"):  # "sub-7 nanometer", "sub-500 sq m"
        raw.approx = Approx.MAX
        return
    if "x" in before[-3:] or "×" in before[-3:]:  # cheap test before the pattern
        factors = _RE_FACTORS_BEFORE.search(before[-40:])
        if factors is not None:
            before = before[: len(before) - len(factors.group())]
    hedge = find_hedge(before)
    if hedge is None:
        return
    if _RE_UNDER_A.match(hedge.group()):
        return  # "financed under a $500 million loan": within, not below
    if (raw.unit in DURATIONS and hedge.group().lower().startswith("over")
            and not before[: len(before) - len(hedge.group())].rstrip().lower().endswith("for")):
        return  # "over seven years" is during; "for over two years" is more than
    if along_the_works(raw, before, after):
        return  # "the section was widened over 124 km": along them, not more than
    moved = ((raw.unit == "count" or raw.unit in _PASSED_SPANS)  # (a hedge's "past" only)
             and hedge.group().rstrip().lower().endswith("past")
             and _RE_MOVED_PAST.search(before[-40:]) is not None)
    if raw.unit == "count" and (hedge.group()[:5].lower() == "start" or moved):
        return  # "trains will start from 5 stations": where from, no price's floor;
        # "steamed past 30 barges": where the ship went
    if moved and raw.unit in _PASSED_SPANS and _RE_OF_A_THING.match(after):
        return  # "drove past 20 km of stationary trucks": where it went
    if hedge.group("approx") or hedge.group("tilde"):
        raw.approx = Approx.APPROX
    elif hedge.group("min") or hedge.group("gt"):
        raw.approx = Approx.MIN
    elif not (after.startswith((" from ", "\u00a0from ")) and _RE_FORMER_AFTER.match(after)
              and hedge.group().lower().startswith("up")):
        raw.approx = Approx.MAX


# A verb of building works, then "over" or "along" a length: "the section was widened over
# 124 km", "track was laid along 80 km", "upgraded the line over 60 km" say how long the
# works ran (no "more than", no change of the length); not "laid over 124 km of track" nor
# "built roads in towns over 300 km away" (more than), nor "rose by over 12 km". "Over" right
# after an active verb is "more than" ("KTZ has electrified over 4,000 km"): it is the
# stretch only after a passive ("was widened over") or an object ("upgraded the line over").
_RE_WORKS_ALONG: Final = regex.compile(
    r"(?P<aux>\b(?i:was|were|been|be|is|are|being)[\s\u00a0]++(?:[a-z]++(?<=ly)[\s\u00a0]++)?)?"
    r"\b(?i:widen(?:ed|ing)|upgrad(?:ed|ing)|laid|laying|built|building|rebuilt|rebuilding"
    r"|electrif(?:ied|ying)|repair(?:ed|ing)|renovat(?:ed|ing)|moderni[sz](?:ed|ing)"
    r"|reconstruct(?:ed|ing)|resurfac(?:ed|ing)|paved|paving|asphalted|renew(?:ed|ing))"
    r"[\s\u00a0]++(?P<object>(?:(?!(?i:over|along|by|to|in|at|from|of|for|with|and)\b)[\w-]++"
    r"[\s\u00a0]++){0,3}?)(?P<prep>(?i:over|along))[\s\u00a0]++(?:(?i:a|an|the)[\s\u00a0]++)?\Z"
)
_RE_OF_AFTER: Final = regex.compile(r"[\s\u00a0]++(?i:of|away|from|off|long|wide)\b")
_LENGTHS: Final = frozenset({"km", "m", "mi"})


def along_the_works(raw: Raw, before: str, after: str, *, active: bool = False) -> bool:
    """Is the length a stretch that building works ran along (`_RE_WORKS_ALONG`)? `active`:
    also "over" right after an active verb ("has widened over 600 km", "over 350 km of
    highway": more than so much): the works' length all the same, no change of it."""
    tail = before[-12:].lower()
    if not (raw.unit in _LENGTHS and ("over" in tail or "along" in tail)):
        return False  # the common case, told without the pattern
    works = _RE_WORKS_ALONG.search(before[-80:])
    if works is None:
        return False
    if active and works["prep"].lower() == "over":  # "has widened over 350 km of highway"
        return _RE_OF_AFTER.match(after) is None or after.lstrip()[:3].lower() == "of "
    return _RE_OF_AFTER.match(after) is None and bool(
        works["aux"] or works["object"] or works["prep"].lower() == "along")


# A length "off" a place is where something is, no change by it: "the tanker sank 40 nautical
# miles off Aktau", "a slick drifted 15 km offshore from Turkmenbashi".
_RE_OFF_A_PLACE: Final = regex.compile(
    r"[\s\u00a0]++(?i:off|offshore|out[\s\u00a0]++from|from[\s\u00a0]++the[\s\u00a0]++(?:coast|shore))\b")


def off_a_place(raw: Raw, after: str, before: str = "") -> bool:
    """Is the length an offset from a place (`_RE_OFF_A_PLACE`), not how far an edge moved
    ("the ice edge advanced 30 km off the coast": a change; `_RE_EDGE_MOVED`)?"""
    return (raw.unit in _OFFSET_LENGTHS and _RE_OFF_A_PLACE.match(after) is not None
            and _RE_EDGE_MOVED.search(before[-40:]) is None)


# A verb that moves an edge or a line, right before the length: its change stands.
_RE_EDGE_MOVED: Final = regex.compile(
    r"\b(?i:advanc|retreat|reced|mov|expand|extend|spread|shift|push|crept|creep|shr[iau]nk"
    r"|gr[eo]w)\w*+[\s\u00a0]++(?:(?i:some|about|nearly|almost|over|by)[\s\u00a0]++)?\Z")


_OFFSET_LENGTHS: Final = _LENGTHS | {"nmi"}
