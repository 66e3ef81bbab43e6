"""The words of a quantity: numbers under the separator policy, units, currency signs and
words of change, each read from what a pattern matched.

Pure: no pandas, no dash. Number-format policy: see `patterns` and README "Parser policy".
"""

from __future__ import annotations

import functools
from typing import Final

from dashboard.change_words import RE_CHANGE_WORD, RE_EXCEED_WORD
from dashboard.vocab.units import (
    CASED_UNITS,
    CURRENCY_SIGNS,
    CURRENCY_WORDS,
    FOLDED_SIGNS,
    ISO_CODES,
    UNIT_WORDS,
    YIELD_SYMBOLS,
)

# Significant digits in one number; longer digit runs are not quantities.
MAX_DIGITS: Final = 15


_NO_SPACES: Final = str.maketrans("", "", " \u00a0\u2009\u202f")


_FRACTIONS: Final[dict[str, float]] = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3,
                                       "⅛": 0.125}


def _parse_fraction(surface: str) -> float | None:
    """ "1/2", "10 1/2", "½", "10½"; None for a zero denominator."""
    whole, _, part = surface.strip().rpartition(" ")
    if part[-1:] in _FRACTIONS:
        whole, part = (whole + part[:-1]).strip(), part[-1]
        return float(whole or 0) + _FRACTIONS[part]
    top, _, bottom = part.partition("/")
    if not bottom or int(bottom) == 0:
        return None
    return float(whole or 0) + int(top) / int(bottom)


def join_mixed_number(
    value: float | None, high: float, joint: str, second: str
) -> tuple[float | None, float | None]:
    """ "2-3/4 percent", "1-1/16 inch": a whole number and a proper fraction joined by a
    hyphen are one number, as US news writes it (2.75), not a range down to 3/4."""
    if value is not None and joint == "-" and "/" in second and value.is_integer() and (
            0 < high < 1):
        return value + high, None
    return value, high


def parse_number(surface: str) -> float | None:
    """Read a number under the documented separator policy; None past `MAX_DIGITS`."""
    if surface.isdigit():  # the common case ("2023", "12"): no separator to read
        return None if len(surface.lstrip("0")) > MAX_DIGITS else float(surface)
    if "/" in surface or surface[-1:] in _FRACTIONS:
        return _parse_fraction(surface)
    s = surface.translate(_NO_SPACES)
    if "," in s and "." in s:
        comma_decimal = s.rfind(",") > s.rfind(".")
        s = s.replace(".", "").replace(",", ".") if comma_decimal else s.replace(",", "")
    elif "," in s:
        parts = s.split(",")
        s = s.replace(",", "") if len(parts) > 2 or len(parts[-1]) == 3 else s.replace(",", ".")
    elif s.count(".") > 1:
        s = s.replace(".", "")
    digits = s.replace(".", "").lstrip("0")
    if len(digits) > MAX_DIGITS or not s or s == ".":
        return None
    return float(s)


_SUPERSCRIPTS: Final = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻−", "0123456789--")


def power_of_ten(written: str) -> float:
    """The factor a power of ten written after a number stands for: "×10^8" is 1e8, "x 10⁻³"
    0.001 (`patterns._POWER` finds them)."""
    exponent = written.translate(_SUPERSCRIPTS).partition("10")[2].lstrip("^")
    return 10.0 ** int(exponent)


def tidy(value: float) -> float:
    """Drop binary noise from scaling ("8.3m" is 8300000, not 8300000.000000001), keeping
    the 15 significant digits a number may have (`MAX_DIGITS`)."""
    if type(value) is float and value.is_integer() and -1e15 < value < 1e15:
        return value  # printed exactly in 15 digits: nothing to drop
    return float(f"{value:.15g}")


def currency_before(sign: str | None) -> str | None:
    if not sign:
        return None
    sign = sign.strip()
    return _SIGN_LOOKUP.get(sign.lower()) or (sign if sign in ISO_CODES else None)


# Signs by their lower case: letter-led signs match without case ("c $ 16.4 million").
_SIGN_LOOKUP: Final[dict[str, str]] = {
    k.lower(): v for k, v in (*CURRENCY_SIGNS.items(), *FOLDED_SIGNS.items())
}


# Lookups by the lower-cased, space-folded form the regex matched (the regex matches without
# case, and lower() maps some characters elsewhere: the micro sign "µ" becomes Greek "μ").
_UNIT_LOOKUP: Final[dict[str, tuple[str, float, str | None]]] = {
    **{" ".join(k.lower().split()): v for k, v in UNIT_WORDS.items()},
    **{" ".join(k.lower().split()): (code, 1.0, None) for k, code in CURRENCY_WORDS.items()},
}


def unit_of(folded: str, written: str) -> tuple[str, float, str | None] | None:
    if written in ISO_CODES:
        return written, 1.0, None
    if written in CASED_UNITS:
        return CASED_UNITS[written]
    if written in YIELD_SYMBOLS:  # "13.5 c/ha": the pattern takes it only before "/ha"
        return YIELD_SYMBOLS[written]
    return _UNIT_LOOKUP.get(" ".join(folded.split()))


def is_currency_code(unit: str) -> bool:
    return unit in ISO_CODES


@functools.lru_cache(maxsize=8192)
def is_change_word(word: str) -> bool:
    """Is `word` (as split from text) a verb or noun of change? Cached: news repeats words."""
    return RE_CHANGE_WORD.fullmatch(word.strip(".,;:()\"'")) is not None


@functools.lru_cache(maxsize=1024)
def is_exceed_word(word: str) -> bool:
    """Is `word` a verb of passing or missing a level ("exceeded", "outstripping", "missed")?
    Before "by" it makes the number a change: "exceeding the level of last year by 21%"."""
    return RE_EXCEED_WORD.fullmatch(word.strip(".,;:()\"'")) is not None


def fold(word: str) -> str:
    """The lookup key of a matched vocabulary word: lower case, one plain space between words
    (the patterns accept any run of spaces inside "half a", "a dozen", "three quarters")."""
    folded = word.lower()
    return folded if folded.isalpha() else " ".join(folded.split())


def labels_the_figure_after(num: str, sep: str, low: float | None, high: float) -> bool:
    """Is "<num><sep><high>" a year, a spaced dash and a smaller number: the year of the
    figure after the dash, no range ("(in 2023 – 23,2 mln. tons)"; "2000 – 3000 tons" is
    one)?"""
    return (num.isdigit() and len(num) == 4 and 1800 <= (low or 0) <= 2199
            and high < (low or 0) and sep[:1].isspace())
