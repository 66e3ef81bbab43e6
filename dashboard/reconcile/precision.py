"""Do two stated values agree? At the precision each is written with.

A number is as precise as its last significant digit: "4.5 million tonnes" is stated to
0.1 million (a step of 100,000 t), "4.48 mln" to 0.01 million, "33,000 TEU" to 1,000
(trailing zeros of a whole number are not taken as significant), "fivefold" to 1. Two
values agree when they round to each other at the coarser of their two steps: their
distance is at most half that step (4.48 and 4.5 agree; 2.76 and 2.7 do not).

A value is an interval before the step is applied: a range ("5-6 million") spans its
ends, "over 1.1 million" is [1.1 million, inf), "up to 1.5 million" is (-inf, 1.5 million].
Two claims agree when the distance between their intervals is at most half the coarser
step; a range or a bound therefore agrees with every value inside it. A hedged value
("about 76,000 TEU") is taken to a whole step either side, since a hedge often truncates
where a plain figure rounds ("about 76,000" for 76,775).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal

import regex

from dashboard.scanning import REGEX_TIMEOUT

# The first number as written: digits with thousands separators or a decimal mark.
RE_NUMBER = regex.compile(
    r"""
    (?P<number>[0-9]+               # leading digits
      (?:[,.'’\u00a0\u202f\ ]      # a separator: thousands or decimal
         [0-9]+)*)                  # more digits
    """,
    flags=regex.VERBOSE,
)
# A decimal comma: one or two digits after the last comma ("46,1%"), never three.
RE_DECIMAL_COMMA = regex.compile(r",[0-9]{1,2}$")
_REL_EPSILON = 1e-9  # floating-point slack, relative to the values compared


@dataclass(frozen=True, slots=True)
class Stated:
    """A claim's value as an interval [low, high] and the step it is stated to."""

    low: float
    high: float
    step: float

    @property
    def point(self) -> float:
        """A single representative value: the midpoint of a range, else the bound."""
        if math.isinf(self.low):
            return self.high
        if math.isinf(self.high):
            return self.low
        return (self.low + self.high) / 2


def significant_digits(surface: str, value: float) -> int:
    """How many significant digits the surface states its (first) number with."""
    found = RE_NUMBER.search(surface, timeout=REGEX_TIMEOUT)
    if found is None:  # a number in words: "fivefold", "eight million", "half"
        digits = format(Decimal(repr(abs(value))).normalize(), "f").replace(".", "")
        return max(1, len(digits.strip("0")))
    token = found["number"]
    digits = "".join(ch for ch in token if "0" <= ch <= "9").lstrip("0")
    decimal_mark = "." in token or RE_DECIMAL_COMMA.search(token) is not None
    if not decimal_mark:
        digits = digits.rstrip("0")
    return max(1, len(digits))


def stated_step(surface: str, value: float) -> float:
    """The step the value is stated to: 10 ** (magnitude - significant digits + 1)."""
    if value == 0 or not math.isfinite(value):
        return 0.0
    magnitude = Decimal(repr(abs(value))).adjusted()
    return float(10.0 ** (magnitude - significant_digits(surface, value) + 1))


def stated(surface: str, value: float, value_high: float | None, approx: str | None,
           *, sign: float = 1.0) -> Stated:
    """The interval a claim states (`sign` -1 turns a decrease into a negative change)."""
    low = value * sign
    high = (value_high if value_high is not None else value) * sign
    low, high = min(low, high), max(low, high)
    step = stated_step(surface, value)
    if approx == "min":
        high = math.inf
    elif approx == "max":
        low = -math.inf
    elif approx == "approx":
        step *= 2  # a whole step either side (the module docstring)
    return Stated(low, high, step)


def agree(a: Stated, b: Stated) -> bool:
    """True when the two round to each other at the coarser of their steps."""
    if a.high < b.low:
        gap = b.low - a.high
    elif b.high < a.low:
        gap = a.low - b.high
    else:
        return True
    finite = [abs(x) for x in (a.low, a.high, b.low, b.high) if math.isfinite(x)]
    slack = _REL_EPSILON * max(finite, default=1.0)
    return gap <= max(a.step, b.step) / 2 + slack
