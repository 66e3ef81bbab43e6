"""The figure a bare number borrows its unit from: the one before it in its sentence closest
to it in magnitude ("rose to 3,870 from 3,540"), or, after "from", the level left behind, of
the figure right before or of the figure a value is the worth of ("71,400 units worth $812
million, from 41,000": units); a part "of them" after a thing's size counts the things
("Tankers of up to 7,000 tonnes ..., and 11 of them were waiting": tankers). Read by
`counts.lend_elliptic`.

Pure: no pandas, no dash.
"""

from __future__ import annotations

import math
from typing import Final

import regex

from dashboard import context
from dashboard.bases import RE_FROM_BETWEEN
from dashboard.countables import counted_before
from dashboard.hedges import sentence_tail
from dashboard.numbers import fold
from dashboard.patterns_around import RE_PART_OF_IT
from dashboard.raw import Raw
from dashboard.scanning import match_at
from dashboard.vocab.classes import unit_class
from dashboard.vocab.hedging import HEDGE_WORDS
from dashboard.vocab.units import COUNT_NOUNS


def closest_anchor(raws: list[Raw], i: int, text: str, reach: int) -> tuple[Raw, float] | None:
    """The quantity with a unit before `raws[i]` in its sentence (up to four back, at most
    `reach` characters away) closest to it in magnitude, within three powers of ten (the one
    right before if `raws[i]` is its level "from"), and the factor `raws[i]` takes."""
    raw = raws[i]
    best: tuple[float, Raw, float] | None = None
    for j in range(i - 1, max(-1, i - 5), -1):
        anchor = raws[j]
        if anchor.unit is None or anchor.unit in ("%", "pp", "x"):
            continue
        if raw.start - anchor.end > reach or context.crosses_sentence(
                text, anchor.end, raw.start):
            break
        between = text[anchor.end : raw.start] if j == i - 1 else ""
        # "cut transit to 5-6 days from 10-12", "rose to 3,870 from 3,540": the level left
        # behind, of the figure right before whatever other figure is nearer in magnitude
        # (or of the figure a value is the worth of, the nearer of the two: "to 71,400 units
        # worth $812 million, from 41,000" left 41,000 units behind; "2,300 cars valued at $46
        # million, from 29" $29 million)
        anchor_fit = _fit(anchor, raw)
        if len(between) < 32 and "from" in between.lower() and RE_FROM_BETWEEN.fullmatch(between):
            worth = _worth_of(raws, j, text)
            fit, level = anchor_fit, anchor
            if worth is not None and (worth_fit := _fit(worth, raw))[0] < fit[0]:
                fit, level = worth_fit, worth
            if fit[0] <= 3:
                return level, fit[1]
        distance, factor = anchor_fit
        if distance <= 3 and (best is None or distance < best[0]):
            best = (distance, anchor, factor)
    return None if best is None else best[1:]


def _fit(anchor: Raw, raw: Raw) -> tuple[float, float]:
    """How far the bare `raw` is from `anchor` in powers of ten, and the factor it takes."""
    written = anchor.value / anchor.factor  # "84.75 cents" was written as 84.75
    distance = abs(math.log10(max(abs(raw.value), 1e-9) / max(abs(written), 1e-9)))
    factor = anchor.factor
    if anchor.scaled and not raw.scaled and abs(raw.value) >= 1000:  # "Of the 1.2 million
        whole = abs(math.log10(abs(raw.value) / max(abs(anchor.value), 1e-9)))  # trucks,
        if whole < distance:  # 640,000 used Nur Zholy": written in full, a part of it
            distance, factor = whole, 1.0
    return distance, factor


# A value right after the figure it is the worth of: "71,400 units worth $812 million".
_RE_WORTH_BETWEEN: Final = regex.compile(
    rf"[\s\u00a0]++(?i:worth|valued[\s\u00a0]++at)[\s\u00a0]++(?:(?i:{HEDGE_WORDS})[\s\u00a0]++)?")


def _worth_of(raws: list[Raw], j: int, text: str) -> Raw | None:
    """The figure `raws[j]` is the worth of, if it follows one ("71,400 units worth $812
    million"): a level "from" after both is the figure's, not its worth's."""
    if j == 0 or raws[j - 1].unit in (None, "%", "pp", "x") or raws[j].unit == raws[j - 1].unit:
        return None
    return raws[j - 1] if _RE_WORTH_BETWEEN.fullmatch(text, raws[j - 1].end,
                                                       raws[j].start) else None


# A part of the things counted before it ("11 of them", "40 of which"), and a thing's size
# after its plural noun ("Tankers of up to 7,000 tonnes", "ships as large as 5,000 tonnes",
# "trucks with 40 tonnes each"): the part counts the things, not the size's unit. A load
# "with" no "each" is what they carry in all ("Block trains with 52,000 TEU ..., 31,000 of
# which": TEU).
_RE_THINGS_OF_SIZE: Final = regex.compile(
    rf"\b(\p{{L}}++)[\s\u00a0]++(?:(?i:of|(?P<with>with))[\s\u00a0]++"
    rf"(?:(?i:{HEDGE_WORDS})[\s\u00a0]++)?|(?i:as[\s\u00a0]++(?:large|big|heavy)[\s\u00a0]++as)"
    r"[\s\u00a0]++)\Z")
# "each" ends the phrase: no "each year", "in each direction" (a time's or a way's share).
_RE_EACH_AFTER: Final = regex.compile(
    r"[^,;.]{0,30}?(?<!\b(?i:in|for|per)[\s\u00a0]++)\b(?i:each|apiece)\b(?![\s\u00a0]++(?i:"
    r"year|month|week|day|night|quarter|season|shift|time|way|direction|trip|run|voyage)s?\b)")


def things_sized(anchor: Raw, raw: Raw, text: str) -> str | None:
    """The item a bare part "of them" counts when its anchor is the size of counted things
    ("Tankers of up to 7,000 tonnes bring the fuel, and 11 of them were waiting": tankers),
    else None (the part is of the anchor's own unit: "5 million tonnes, 2 million of them").
    Asked by `things_of_them` only, once the part "of them" is seen."""
    if anchor.unit == "count":
        return None
    things = _RE_THINGS_OF_SIZE.search(text, max(0, anchor.start - 80), anchor.start)
    if things is None or (things.group("with") and not _RE_EACH_AFTER.match(text, anchor.end)):
        return None
    return COUNT_NOUNS.get(fold(things.group(1)))


def things_of_them(anchor: Raw, raw: Raw, text: str, reach: int) -> str | None:
    """What a bare part "of them" counts: the things its anchor sizes (`things_sized`), or,
    after a sum, the plural counted noun its sentence names with no number ("Russian wagons
    ..., or some 4,400 tenge, and 12,000 of them work": wagons, never tenge); "" when it takes
    no unit at all (after a sum, no such noun); None when neither case holds."""
    if match_at(RE_PART_OF_IT, text, raw.end) is None:
        return None  # the common case: no part "of them"
    things = things_sized(anchor, raw, text)
    if things is not None or unit_class(anchor.unit or "") != "money":
        return things
    tail = sentence_tail(text[max(0, raw.start - reach) : raw.start])
    return counted_before(text, raw.start - len(tail), raw.start) or ""


def factor_within_whole(anchor: Raw, raw: Raw, factor: float, before: str) -> float:
    """The scale a bare part after "of which" takes from its whole: the whole's, unless that
    makes the part larger than the whole ("invested $2 billion, of which 400 went to ports":
    not $400 billion); then the largest smaller scale that keeps it within (400 million). A
    change is no whole ("rose by $400 million to $5 billion, of which 600": 600 million)."""
    if anchor.change is not None or not before.endswith(("of which ", "of which\u00a0")):
        return factor
    whole = abs(anchor.value_high if anchor.value_high is not None else anchor.value)
    while factor >= 1e3 and abs(raw.value) * factor > whole:
        factor /= 1e3
    return factor
