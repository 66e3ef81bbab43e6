"""A figure said again in another measure, and what the two share: "fell by 1.4 bln. US
dollars or 6.8%" (one change), "increased by 2.8 billion US dollars, or 5.7%", "more than
100 kilometers (60 miles)" (one hedge), "dropped 11 cm and a further 32 cm" (one change);
and two levels listed after "at", set against a reference ("at 4 ppb and 2 ppb below the
guideline": no difference). Read by `pairs.resolve`.

Pure: no pandas, no dash.
"""

from __future__ import annotations

from typing import Final

import regex

from dashboard.hedges import WINDOW, change_around
from dashboard.raw import Raw
from dashboard.vocab.hedging import HEDGE_WORDS

# ", or " between the two figures, after the first's time if any ("rose by 0.7 million tonnes
# in 2025, or 17%", "in the first half of 2025, or") or the span of its comparison ("up $120
# week on week, or 2.6%", "down 40 points y/y, or 3%")
_SPAN: Final = r"(?:week|month|quarter|year|day)"
_RE_OR_RESTATED: Final = regex.compile(
    r"\A(?:[\s\u00a0]+(?i:in|during|over|for)(?:[\s\u00a0]+(?:[A-Za-z]+|(?:19|20)[0-9]{2})"
    r"(?:[-–](?:[A-Za-z]+|(?:19|20)[0-9]{2}))?){1,5}"
    rf"|[\s\u00a0]+(?i:{_SPAN}[\s\u00a0-]on[\s\u00a0-]{_SPAN}|on[\s\u00a0]+the[\s\u00a0]+{_SPAN}"
    r"|[wmqy]/[wmqy]|yoy|wow|mom))?,[\s\u00a0]*or[\s\u00a0]+\Z"
)
_PERCENTS: Final = frozenset({"%", "pp"})
# The rate phrase of a figure before ", or": " per truck", "/t", " a year" (a few words).
_RE_RATE_LEAD: Final = regex.compile(
    r"\A[\s\u00a0]*+(?:/|(?i:per|an?|each)[\s\u00a0])[^,;.!?()0-9]{1,30}+(?=,)"
)


def or_between(first: Raw, second: Raw, text: str) -> str:
    """How `second` restates `first`: "," for "A, or B"; " " for a bare "A or B" across
    measures, one a percentage ("fell by 1.4 bln. USD or 6.8%"); else "". Two bare figures of
    one measure are alternatives ("5 or 6 percent"), not one restated."""
    start = first.end
    if first.per is not None and not text.startswith(",", start):
        # "raised ferry rates by $100 per truck, or 8%": the rate belongs to the first figure
        # (its phrase ends before a comma: told without the pattern when none follows)
        lead_gap = text[start : min(second.start, start + 40)]
        lead = _RE_RATE_LEAD.match(lead_gap) if "," in lead_gap else None
        start += lead.end() if lead is not None else 0
    # A restating gap has a comma and ends in "or" and white space: most gaps are told
    # without the pattern (measured: 11,000 gaps a MB, none restated)
    gap = text[start : second.start]
    if "," in gap and gap.rstrip().endswith("or") and _RE_OR_RESTATED.match(gap):
        return ","
    if text.startswith(",", start):
        return ""
    return " " if (second.start - first.end == 4 and text.startswith(" or ", first.end)
                   and (first.unit in _PERCENTS) != (second.unit in _PERCENTS)) else ""


def share_restated_change(first: Raw, second: Raw, *, bare: bool) -> None:
    """A change restated in the other measure is that change too ("increased by 2.8 billion
    US dollars, or 5.7%"); a bare "or" shares one back ("1.4 bln. USD or 6.8% less than"), a
    comma does not ("amounted to 19.2 bln, or 6.8% less": a level, then its change)."""
    if second.change is None and first.change is not None and (
            bare or first.unit in _PERCENTS or second.unit in _PERCENTS):
        second.change = first.change
    elif bare and first.change is None and second.change is not None:
        first.change = second.change


def share_change_after(first: Raw, second: Raw, text: str) -> None:
    """A change word after the second of "A, or B," is the change of both."""
    if first.change is not None or second.change is not None:
        return
    after = text[second.end : second.end + WINDOW]
    change = change_around("", after[1:] if after.startswith(",") else after)
    if change is not None:
        first.change = second.change = change


# A conversion in brackets right after a quantity: "just under 296 hp (224 kW / 300 PS)".
_RE_RESTATED: Final = regex.compile(r"\A[\s\u00a0]*\([\s\u00a0]*\Z|\A[\s\u00a0]*/[\s\u00a0]*\Z")


def in_brackets(text: str, lo: int, hi: int) -> bool:
    """Is text[lo:hi] (between two quantities) the opening of a conversion in brackets or
    after a slash? The gap is sliced and matched only where a bracket or a slash is
    (measured: 22,000 slices and matches a MB, 0.5 µs each, most in vain)."""
    return ((text.find("(", lo, hi) >= 0 or text.find("/", lo, hi) >= 0)
            and _RE_RESTATED.match(text[lo:hi]) is not None)


# "dropped 11 cm in 2023 and a further 32 cm in 2024": the second figure repeats the change
# of the first with its verb left out (words and a time between them).
_RE_FURTHER_BETWEEN: Final = regex.compile(
    r"\A[^.;:!?]{0,40}?(?:,|[\s\u00a0]and)[\s\u00a0]++(?i:a[\s\u00a0]++further|another|"
    r"an[\s\u00a0]++(?:additional|extra))[\s\u00a0]++\Z"
)


# "grew 6.2% in 2025 rather than the 12.1% first reported": the second figure is the
# alternative set against the first, the same measure of the same change (a time may stand
# between them).
_RE_ALTERNATIVE_BETWEEN: Final = regex.compile(
    r"\A[^.;:!?]{0,30}?[\s\u00a0,]++(?i:rather[\s\u00a0]++than|instead[\s\u00a0]++of)"
    r"(?:[\s\u00a0]++(?:the|an?|its|their))?[\s\u00a0]++\Z"
)


# Two levels of one unit listed after "at" and set against a reference: "Samples came back at
# 4 ppb and 2 ppb below the federal guideline" (the second a level like the first; "2 ppb
# below the guideline" alone is a difference). Only a bare "and" lists: "at 8.9%, or 1.9% above
# the target" restates the level as a difference, "at $82, and $3 below its peak" adds one.
_RE_AT_BEFORE: Final = regex.compile(
    rf"\b(?i:at)[\s\u00a0]++(?:(?i:{HEDGE_WORDS})[\s\u00a0]++)?+[$€£]?\Z")
_RE_LISTED: Final = regex.compile(r"[ \u00a0]and[ \u00a0][$€£]?")
_RE_AGAINST_AFTER: Final = regex.compile(r"[\s\u00a0]++(?i:below|above)\b")


def unshare_listed_level(first: Raw, second: Raw, text: str) -> None:
    """`second`, listed after `first` (a level after "at") before "below" or "above", is a
    level too: its comparison names no difference."""
    if (second.change is not None and first.change is None and first.unit == second.unit
            and text.startswith((" below", " above"), second.end)
            and _RE_LISTED.fullmatch(text, first.end, second.start)
            and _RE_AT_BEFORE.search(text, max(0, first.start - 40), first.start)
            and _RE_AGAINST_AFTER.match(text, second.end)):
        second.change = None


# "Growth of 7.8% was achieved in trade, 6.9% in agriculture and 5.4% in construction",
# "exports grew 5% to Turkey, 6% to China": a list whose verb is left out after the first
# item; each later item is told by the same preposition as the one ending the first's clause.
_GAP_PREPS: Final = "in|to|for|at|on|among"
_RE_GAPPED_BETWEEN: Final = regex.compile(
    rf"\A[^.;:!?0-9]{{0,40}}?\b(?P<prep>(?i:{_GAP_PREPS}))[\s\u00a0]++[^,.;:!?0-9]{{1,30}}?"
    r"(?:,[\s\u00a0]*+(?:and[\s\u00a0]++)?|[\s\u00a0]++and[\s\u00a0]++)\Z")
_RE_GAPPED_AFTER: Final = regex.compile(
    rf"\A[\s\u00a0]++(?P<prep>(?i:{_GAP_PREPS}))[\s\u00a0]++(?!(?i:them|which|those|these)\b)"
    r"[^,.;:!?0-9]{1,30}?(?:[,.;]|[\s\u00a0]++and\b|\Z)")
# The first is told by a change right before it ("grew 5%", "growth of 7.8 percent"), no level
# named by a noun ("tariffs of 15% on cars, 20% on trucks").
_RE_CHANGE_BEFORE_FIRST: Final = regex.compile(
    r"(?i:\b(?:(?:ris|rose|gr[eo]w|fell|fall|increas|decreas|climb|jump|drop|declin|expand|"
    r"shr[iau]nk|contract|gain|surg|slump|plung|soar|advanc)\w*+(?:[\s\u00a0]++by)?+|"
    r"(?:growth|rise|increase|decrease|decline|fall|drop|gain|jump|expansion|contraction)s?+"
    r"[\s\u00a0]++of|up|down|higher|lower)[\s\u00a0]++"
    r"(?:(?:an[\s\u00a0]++estimated|a[\s\u00a0]++further|another)[\s\u00a0]++)?+"
    rf"(?:(?:{HEDGE_WORDS})[\s\u00a0]++)?+[$€£]?\Z)")
# ... or right after it: "Exports were 5% up to Turkey, 6% to China"
_RE_CHANGE_AFTER_FIRST: Final = regex.compile(r"[\s\u00a0]++(?i:up|down|higher|lower)\b")


def share_gapped_change(first: Raw, second: Raw, text: str) -> None:
    """`second`, a share of `first`'s unit in a list whose verb is left out ("7.8% in trade,
    6.9% in agriculture"), is a change as `first` is."""
    if second.change is not None or first.change is None or first.unit != second.unit or (
            first.unit not in _PERCENTS):
        return
    gap = text[first.end : second.start]
    if len(gap) > 80 or ("," not in gap and " and " not in gap) or (
            _RE_CHANGE_BEFORE_FIRST.search(text, max(0, first.start - 50), first.start) is None
            and _RE_CHANGE_AFTER_FIRST.match(text, first.end) is None
            and not text.endswith((", ", " and "), 0, first.start)):  # a listed one, changed
        return
    between = _RE_GAPPED_BETWEEN.match(gap)
    after = _RE_GAPPED_AFTER.match(text[second.end : second.end + 48]) if between else None
    if after is not None and between is not None and (
            after["prep"].lower() == between["prep"].lower()):
        second.change = first.change


# "shorten the journey by about 900 km and by seven to eight days": "and by" repeats the
# change of the figure before it in another measure.
_RE_AND_BY_BETWEEN: Final = regex.compile(
    rf"\A[\s\u00a0]*+,?[\s\u00a0]*+and[\s\u00a0]++by[\s\u00a0]++(?:(?i:{HEDGE_WORDS})[\s\u00a0]++)?\Z")


# The gaps across which a second figure is a change as the first is: the most characters, the
# words one of which it holds (a cheap test first: most gaps hold none), its pattern, and
# whether the two figures must share a unit.
_CHANGE_SHARING_GAPS: Final = (
    (64, ("further", "another", "dditional", "extra"), _RE_FURTHER_BETWEEN, True),
    (48, ("rather", "instead"), _RE_ALTERNATIVE_BETWEEN, True),
    (40, ("by",), _RE_AND_BY_BETWEEN, False),
)


def share_change_across(first: Raw, second: Raw, text: str) -> None:
    """`second` is a change as `first` is across a gap that says so: "and a further 32 cm in
    2024", "grew 6.2% in 2025 rather than the 12.1%", "cut by 900 km and by 8 days"."""
    if second.change is not None or first.change is None:
        return
    gap = text[first.end : second.start]
    for most, words, pattern, same_unit in _CHANGE_SHARING_GAPS:
        if (len(gap) <= most and (not same_unit or first.unit == second.unit)
                and any(word in gap for word in words) and pattern.match(gap)):
            second.change = first.change
            return
