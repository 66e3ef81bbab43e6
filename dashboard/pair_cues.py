"""Cues that tell how two figures side by side pair up, for `pairs`: a written-out number
that is a level or a change's start ("by three, to nine", "ferries from six to 12"), and a
noun's "of" before "X to Y" that makes them a range even after a verb of change ("adds
handling fees of $150 to $300 a box"; not "a rise of $5 billion to $20 billion"); and a rate
after a figure in brackets, which is the figure's before the brackets too ("12 manats ($7) per
tonne"); and two counts of one thing, each of its own people ("300 Turkish and 500 Uzbek
entrepreneurs").

Pure: no pandas, no dash.
"""

from __future__ import annotations

import itertools
from typing import Final

import regex

from dashboard.numbers import is_change_word
from dashboard.patterns_around import RE_BRACKET_CLOSE, RE_BRACKET_OPEN, RE_TO_FIGURE
from dashboard.rates import rate_after
from dashboard.raw import Raw
from dashboard.scanning import match_at

# A number word that closes a clause right after "from", "by" or "to" is a level or change
# of the figure before it ("six trains a week, from four"; "by three, to nine"), not a bare
# small count ("the two nations").
_RE_BARE_LEVEL: Final = regex.compile(
    r"(?s:.*?)\b(?i:from|by|to)[\s\u00a0]++[a-z-]++(?:[.,;)](?s:.)?|\Z)"
)
# ... or ends a clause that leaves out its verb and noun: "..., the Middle Corridor seven."
_RE_GAPPED: Final = regex.compile(
    r"(?s:.*?)(?:,|\band)[\s\u00a0]++(?:the[\s\u00a0]++)?[A-Z][\w'’-]*+(?:[\s\u00a0]++[A-Z][\w'’-]*+)?"
    r"[\s\u00a0]++[a-z-]++[.;]")
# ... or the level a change came from, its year after it, closing the clause: "runs six
# trains a week, up from four in 2023," ("from four last year.")
_RE_THEN_CLOSES: Final = regex.compile(
    r"[\s\u00a0]++(?:in[\s\u00a0]++(?:19|20)[0-9]{2}|a[\s\u00a0]++year[\s\u00a0]++(?:earlier|ago)"
    r"|last[\s\u00a0]++year)(?:[.,;)]|\Z)")
# ... or a level at a rate: "plans five a week by the end of the year"
_RE_A_PERIOD: Final = regex.compile(r"[\s\u00a0](?:a|per)[\s\u00a0](?:day|week|month|year)\b")
# ... or the level a change starts from, before a figure's ("ferries from six to 12 by 2027":
# `RE_TO_FIGURE`)


def bare_level(raw: Raw, text: str) -> bool:
    """Is the written-out bare number `raw` a level: "by three, to nine", "from six to 12",
    "five a week"?"""
    if _RE_BARE_LEVEL.fullmatch(text, max(0, raw.start - 8), min(len(text), raw.end + 2)):
        return True
    if text[raw.end : raw.end + 3] in (" a ", " pe") and match_at(_RE_A_PERIOD, text, raw.end):
        return True  # "runs three trains a week ... and plans five a week": its own rate
    return text[max(0, raw.start - 5) : raw.start].lower() == "from " and (
        match_at(RE_TO_FIGURE, text, raw.end) is not None
        or match_at(_RE_THEN_CLOSES, text, raw.end) is not None)


def ends_a_gapped_clause(raw: Raw, text: str) -> bool:
    """Does the written-out bare number `raw` end a clause with no verb or noun of its own
    ("..., the Middle Corridor seven."): the count before it is its?"""
    return _RE_GAPPED.fullmatch(
        text, max(0, raw.start - 40), min(len(text), raw.end + 1)) is not None


# A noun and "of" right before a figure: "adds handling fees of $150 to $300 a box" (not a
# change's own noun: "a rise of $5 billion to $20 billion" is a change, then a level).
_RE_NOUN_OF: Final = regex.compile(r"\b(?P<noun>[a-z]{3,}+)[\s\u00a0]++of[\s\u00a0]*+\Z")


def noun_of_before(before: str) -> bool:
    """Does `before` end in a noun other than a change's and "of" (`_RE_NOUN_OF`)?"""
    if not before.rstrip().endswith("of"):
        return False  # the common case, told without the pattern
    noun = _RE_NOUN_OF.search(before[-40:])
    return noun is not None and not is_change_word(noun["noun"]) and noun["noun"] not in (
        "total", "sum", "amount", "level", "average")


_NO_RATE_UNITS: Final = frozenset({"%", "pp", "x"})


def share_bracketed_rates(raws: list[Raw], text: str) -> None:
    """A rate after a figure in brackets is the rate of the figure before the brackets too
    ("12 manats ($7) per tonne", "EUR 1,500 (USD 1,650) per 40ft container"); a share in
    brackets takes none ("$5 billion (3% of the total) a year")."""
    for a, b in itertools.pairwise(raws):
        if (a.per is not None or b.per is not None or a.unit in _NO_RATE_UNITS
                or b.unit in _NO_RATE_UNITS or b.start - a.end > 40
                or RE_BRACKET_OPEN.match(text, a.end, b.start) is None):
            continue
        close = RE_BRACKET_CLOSE.match(text, b.end, b.end + 10)
        if close is None:
            continue
        found = rate_after(text[close.end() : close.end() + 60])
        if found is not None:
            a.per = b.per = found[0]


# "more than 300 Turkish and 500 Uzbek entrepreneurs": a bare number, a name, "and", then a
# count of the same things from another place.
_RE_NAME_AND: Final = regex.compile(r"\A[ \u00a0]+[A-Z][\w'’-]+[ \u00a0]+and[ \u00a0]+\Z")
_RE_NAME_FIRST: Final = regex.compile(r"[ \u00a0]+[A-Z][\w'’-]+[ \u00a0]+[a-z]")


def counts_of_two_peoples(a: Raw, b: Raw, text: str) -> bool:
    """Is `a` a bare number counting what the count `b` after it counts, each of its own
    people or place ("300 Turkish and 500 Uzbek entrepreneurs")?"""
    return (a.unit is None and b.unit == "count" and b.item is not None and not a.scaled
            and b.start - a.end <= 40 and _RE_NAME_AND.match(text[a.end : b.start]) is not None
            and match_at(_RE_NAME_FIRST, text, b.start + len(text[b.start : b.end].split()[0]))
            is not None)
