"""The money words around an amount: cents or a scale after the currency it is written in ("15
dollars and 50 cents", "75 USD million"), and whose currency a name two countries share is
(a bare "manat" beside Turkmenistan is Turkmen, "Rs" beside Pakistan Pakistani). Read by
`quantity` on each amount.

Pure: no pandas, no dash.
"""

from __future__ import annotations

from typing import Final

import regex

from dashboard.numbers import fold, is_currency_code
from dashboard.raw import Raw
from dashboard.scanning import alternation
from dashboard.vocab.units import SCALES, WORD_NUMBERS

# Azerbaijan's capital, companies, president and port: their manats are Azerbaijan's.
_RE_AZERBAIJANI: Final = regex.compile(r"\b(?:Baku|SOCAR|ADY|Aliyev|Alat|Sumgayit|Ganja)\b")
_RE_TURKMEN: Final = regex.compile(r"\b(?:Ashgabat|Arkadag|Turkmen(?!bashi))")


def is_turkmen(text: str, start: int) -> bool:
    """Is a bare "manat" Turkmen? When Turkmenistan (or its capital Ashgabat, or Arkadag), and
    not Azerbaijan, is named in the 300 characters before it. The port of Turkmenbashi alone
    does not name the country when Baku is beside it: "ferries on the Baku-Turkmenbashi
    line ... invest 150 million manats" are Azerbaijan's manats."""
    window = text[max(0, start - 300) : start]
    if "Azerbaij" in window:
        return False
    if "Ashgabat" in window or "Arkadag" in window:  # the capital, the new city: "the second
        # stage of the city of Arkadag"; beside Baku or an Azerbaijani name the nearer name
        # tells ("the Baku-Ashgabat ferry link ...; ADY will spend 40 million manats" is AZN,
        # "...; Turkmen officials said 40 million manats were spent" TMT)
        azeri = [m.start() for m in _RE_AZERBAIJANI.finditer(window)]
        return not azeri or max(m.start() for m in _RE_TURKMEN.finditer(window)) > azeri[-1]
    if "Turkmen" not in window:
        return False
    return window.count("Turkmen") > window.count("Turkmenbashi") or "Baku" not in window


def local_currency(unit: str | None, written: str, text: str, start: int) -> str | None:
    """A currency two countries name alike, read as the text's: a bare "manat" beside
    Turkmenistan is Turkmen (`is_turkmen`); a bare "Rs" or "rupees" with Pakistan, not
    India, in the 300 characters before it is Pakistani ("Pakistan Railways earned Rs 1.2bn")."""
    if unit == "AZN" and written.startswith("manat") and is_turkmen(text, start):
        return "TMT"
    if unit == "INR" and written.rstrip(".").lower() in ("rs", "rupee", "rupees"):
        window = text[max(0, start - 300) : start]
        if "Pakistan" in window and "India" not in window:
            return "PKR"
    return unit


# What may follow an amount in a currency named after it: its cents ("15 dollars and 50
# cents", "17 USD 25.", "10 $ 30 cent") or, after a code, its scale ("75 USD million").
# Cents written out ("thirteen dollars and forty-five cents"): a word number under 100.
_CENT_WORDS: Final = {w: v for w, v in WORD_NUMBERS.items()
                      if float(v).is_integer() and 1 <= v < 100 and " " not in w}
_RE_MONEY_TAIL: Final = regex.compile(
    rf"""\A[\s\u00a0]++
    (?:(?:and[\s\u00a0]++)?(?:(?P<minor>[0-9]{{1,2}}+)
         (?:[\s\u00a0]*+(?i:cents?|c)\b|(?=[\s\u00a0]*+(?:[.,;!?)]|more\b|\Z)))
       |(?P<wminor>(?i:{alternation(_CENT_WORDS)}))[\s\u00a0]++(?i:cents?)\b)
     |(?P<scale>(?-i:million|billion|trillion|mln|bn))\b)""",
    regex.VERBOSE,
)


def read_money_tail(raw: Raw, text: str) -> bool:
    """Read the cents or the scale after an amount whose currency follows it (see
    `_RE_MONEY_TAIL`); True when `raw` grew."""
    tail = _RE_MONEY_TAIL.match(text[raw.end : raw.end + 24])
    if tail is None:
        return False
    minor, wminor = tail.group("minor"), tail.group("wminor")
    if minor is not None or wminor is not None:
        if raw.scaled or not raw.value.is_integer():
            return False  # "$5 million 20", "1.5 dollars 20": no cents
        raw.value += (int(minor) if minor else _CENT_WORDS[fold(wminor or "")]) / 100
    elif not raw.scaled and is_currency_code(text[raw.end - 3 : raw.end]):
        raw.value *= SCALES[tail.group("scale")]
        raw.scaled = True
    else:
        return False
    raw.end += tail.end()
    return True
