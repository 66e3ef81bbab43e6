"""What a quantity's match leaves to read at its ends: the sign before it ("minus 5", "-12.1%",
"+3%", "▲ 11%"), a high end with its own scale after a dash ("USD 1.2bn-1.5bn"), a unit in
brackets after it ("20 (kg)"). Called by `quantity` on each match.

Pure: no pandas, no dash.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

import regex

from dashboard.claim import Change
from dashboard.numbers import fold, is_currency_code, parse_number, unit_of
from dashboard.patterns_around import RE_SIGN_BEFORE, SIGN_CHARS
from dashboard.raw import Raw
from dashboard.scanning import alternation, may_contain
from dashboard.vocab.units import SCALES

# An arrow right before a rate is its direction, as posts write it ("▲ 11% YoY", "🔻 −14%",
# "↓ 7.5%"): the rate is a change, the arrow no part of its surface (a level after an arrow,
# "▲ $312 mln", is left alone: a bullet as often as a direction).
ARROWS: Final = MappingProxyType({
    **dict.fromkeys("↑▲△⬆↗⇧⇑⏫🔺🔼📈", Change.INCREASE),
    **dict.fromkeys("↓▼▽⬇↘⇩⇓⏬🔻🔽📉", Change.DECREASE),
})
_RE_MINUS_WORD: Final = regex.compile(r"(?i:\bminus)(?:-|[\s\u00a0]+)\Z", flags=regex.REVERSE)
_RE_PLUS_OR_BEFORE: Final = regex.compile(r"(?i:\bplus[\s\u00a0]++or[\s\u00a0]++)\Z",
                                         flags=regex.REVERSE)


_RE_SCALED_HIGH: Final = regex.compile(
    r"\A[-–][\s\u00a0]?(?:[$€£]|USD[\s\u00a0]?|EUR[\s\u00a0]?)?"
    r"(?P<num>[0-9]{1,4}(?:[.,][0-9]{1,3})?)[\s\u00a0]?(?P<scale>[A-Za-z]{1,8})\b"
    r"(?:[\s\u00a0]+(?P<unit>[A-Za-z]{1,12}))?"
)


def read_scaled_high(raw: Raw, scale: str | None, text: str) -> None:
    """Extend `raw` (its value not yet scaled) to "<high> <same scale> [unit]" after a dash."""
    high = _RE_SCALED_HIGH.match(text[raw.end : raw.end + 40])
    if high is None or fold(high["scale"]) != fold(scale or ""):
        return
    value = parse_number(high["num"])
    if value is None or value <= raw.value:
        return
    raw.value_high, end = value, raw.end + high.end("scale")
    if raw.unit is None and high["unit"]:
        found = unit_of(fold(high["unit"]), high["unit"])
        if found is not None and found[1] == 1.0:
            raw.unit, raw.per = found[0], found[2]
            end = raw.end + high.end("unit")
    raw.end = end


# A unit symbol in brackets right after the number, as tables and specifications write it:
# "20 (kg)", "20 [kg]".
_RE_BRACKETED_UNIT: Final = regex.compile(
    r"\A[ ]?(?:\((?P<u1>[A-Za-z°µ²³/]{1,6}+)\)|\[(?P<u2>[A-Za-z°µ²³/]{1,6}+)\]"
    r"|\{(?P<u3>[A-Za-z°µ²³/]{1,6}+)\}|<(?P<u4>[A-Za-z°µ²³/]{1,6}+)>)"
)


def read_bracketed_unit(raw: Raw, after: str) -> None:
    """A unit in brackets right after the number ("20 (kg)"), not a currency or a count."""
    found = _RE_BRACKETED_UNIT.match(after)
    if found is None:
        return
    written = found.group("u1") or found.group("u2") or found.group("u3") or found.group("u4")
    unit = unit_of(written.lower(), written)
    if unit is None or is_currency_code(unit[0]) or unit[0] == "count":
        return  # "5 (USD)" is a column's currency, left to a reader of the table
    raw.unit, raw.per = unit[0], unit[2]
    raw.value *= unit[1]
    raw.end += found.end()


def read_sign(raw: Raw, before: str) -> None:
    """The sign written before the number (`before`: the text up to it): "minus 233", "-12.1%",
    "+3%", an arrow before a rate ("▲ 11%")."""
    minus = _RE_MINUS_WORD.search(before) if may_contain(before, ("minus",)) else None
    if minus is not None and not _RE_PLUS_OR_BEFORE.search(before, 0, minus.start()):
        # "minus 233 Celsius", "minus-5 yards"; not "plus or minus 5%", a margin either way
        raw.start -= len(minus.group())
        raw.value = -raw.value
        return
    if not before[-1:] or before[-1] not in SIGN_CHARS:
        if raw.unit in ("%", "pp") and before[-3:].rstrip(" \u00a0\ufe0f")[-1:] in ARROWS:
            raw.change = ARROWS[before.rstrip(" \u00a0\ufe0f")[-1]]  # "▲ 11%", "↓ 7.5%"
        return  # the common case, told without the pattern
    sign = RE_SIGN_BEFORE.search(before[-2:] if len(before) >= 2 else before)
    if sign is None:
        return
    raw.start -= 1
    if sign.group("sign") == "+":
        if raw.unit in ("%", "pp"):
            raw.change = Change.INCREASE
        return
    raw.value = -raw.value
    if raw.value_high is not None:
        raw.value_high = -raw.value_high
    if raw.unit in ("%", "pp"):
        raw.change = Change.DECREASE  # "(-12.1%)": -12.1, a decrease


# Words of weather before bare degrees below zero: "Temperatures of minus 40 degrees", "frosts
# of -35 degrees" (the region's news reads them in Celsius; above zero bare "degrees" stay
# degrees, as the benchmarks' gold reads "the temperature is 24 degrees").
_WEATHER_WORDS: Final = ("temperature", "frost", "thermometer", "heat", "cold", "freez",
                         "weather")


def read_temperature(raw: Raw, before: str) -> None:
    """Bare degrees below zero after words of weather are degrees Celsius, not an angle
    ("Temperatures of minus 40 degrees"; "a minus-1.4 degree launch angle" stays one)."""
    if raw.unit == "deg" and raw.value < 0 and any(
            word in before[-60:].lower() for word in _WEATHER_WORDS):
        raw.unit = "degC"


# A signed figure alone in brackets right after a level (and its rate's words): "498.35
# (-3.00)", "$71.42 (+1.15)", "$218 a tonne (+4)".
_RE_BRACKET_SIGN_BEFORE: Final = regex.compile(
    r"[\s\u00a0\p{L}/]{0,24}?\([\s\u00a0]*+(?P<sign>[+\-\u2212])?+")
_RE_BRACKET_CLOSES: Final = regex.compile(  # "(+4)", "(+$35 million y/y)"
    r"(?:[\s\u00a0]++(?i:y/y|yoy|y-o-y|year[-\s]on[-\s]year))?+[\s\u00a0]*+\)")
# The bracketed figure bare: a signed number and its scale word at most, no unit of its own.
_RE_BARE: Final = regex.compile(
    rf"[+\-\u2212]?+[0-9][0-9.,]*+(?:[\s\u00a0]*+(?i:{alternation(SCALES, spaces=False)}))?+")


def read_bracketed_change(raw: Raw, level: Raw, text: str) -> None:
    """A bare figure that took the unit of the level right before it, written signed alone in
    brackets after it, is that level's change: "Tenge per dollar: 498.35 (-3.00)" fell by 3."""
    gap = _RE_BRACKET_SIGN_BEFORE.fullmatch(text, level.end, raw.start)
    if gap is None or not _RE_BRACKET_CLOSES.match(text, raw.end):
        return
    sign = gap.group("sign") or text[raw.start]  # "(+0.3 billion)": read with its scale
    if sign not in "+-\u2212" or (sign != "+" and not _RE_BARE.fullmatch(
            text, raw.start, raw.end)):
        return  # "a net loss of $3 million (-$12 million)": a unit of its own, a prior level
        # (but "$4.1 billion (+$0.6 billion)" grew)
    if gap.group("sign"):
        raw.start -= 1
        if sign != "+":
            raw.value = -raw.value
    raw.change = Change.INCREASE if sign == "+" else Change.DECREASE
