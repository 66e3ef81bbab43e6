"""Sales out of a fund or reserves, for `cue_filters`: currency a central bank or a sovereign
fund sold ("sold $1.2 billion of currency from the National Fund") and goods sold out of a
state's reserves at home ("sold 300,000 tonnes of wheat from its reserves to Astana bakeries")
are no exports; a good sold out of reserves abroad, to a foreign country or to buyers a
foreign nation's name or demonym names ("to the Turkish market", "to Afghan importers") is.

Pure: no pandas, no dash.
"""

from __future__ import annotations

from typing import Final

import regex

from dashboard.scanning import alternation, match_at, sentence_around
from dashboard.vocab.classes import GOODS_SOLD
from dashboard.vocab.entities import COUNTRIES, COUNTRY_OF_ALIAS, REGIONS

# "sold" of currency or out of a fund or reserves: a central bank's or a sovereign fund's
# operation ("The National Bank sold $1.2 billion of currency from the National Fund", "sold
# $450 million from its reserves"), no goods sold abroad ("sold $1.2 billion of wheat" is).
_RE_CURRENCY_SOLD: Final = regex.compile(
    r"(?:[^.;:!?\n]|(?<=\d)[.,](?=\d)){0,40}?\b(?i:of[\s\u00a0]++(?:(?:its|the|their|foreign|hard|US|dollar)"
    r"[\s\u00a0]++){0,2}(?:currency|currencies|exchange|reserves|dollars)\b)"
    r"|(?:[^.;:!?\n]|(?<=\d)[.,](?=\d)){0,40}?"
    r"\b(?i:from[\s\u00a0]++(?:(?:its|the|their|our)[\s\u00a0]++)?(?:[\w'’-]++[\s\u00a0]++){0,3}?"
    r"(?:fund|reserves))\b")
# ... but a good sold out of reserves ("of" it, a whole word, between) to a foreign buyer or
# place is exports: "sold 12 tonnes of gold from its reserves to buyers in Dubai", "... abroad",
# "to China" (a country or a region named, not any capitalised word: "to Astana bakeries" are
# sales at home; not "of oil-fund dollars", nor "to domestic banks", "at filling stations").
_RE_GOOD_OF: Final = regex.compile(
    r"(?i:\bof[\s\u00a0]++(?:[\w-]++[\s\u00a0]++){0,2}?(?:" + alternation(GOODS_SOLD)
    + r")(?=[\s\u00a0]))")
_RE_SOLD_ABROAD: Final = regex.compile(
    r"(?:(?!\b(?i:domestic|local|home|national|state|retail)\b)[^.;:!?\n]){0,30}?"
    r"(?:\b(?i:abroad|overseas)\b|\b(?i:to[\s\u00a0]++(?:foreign|overseas|buyers|customers"
    r"|traders|refiners)\b)|\b(?i:to)[\s\u00a0]++(?:the[\s\u00a0]++)?"
    r"(?:" + alternation(COUNTRIES | REGIONS) + r")\b)")


def currency_sold(cue: tuple[int, int, int], text: str) -> bool:
    """Is the "sold" at the cue a sale of currency or out of a fund or reserves (see above)?"""
    found = match_at(_RE_CURRENCY_SOLD, text, cue[1])
    return found is not None and _not_sold_abroad(found, cue[1], text)


def _not_sold_abroad(found: regex.Match[str], sold: int, text: str) -> bool:
    """Is what was sold (after "sold" ending at `sold`) out of a fund or reserves, `found`,
    no good sold abroad (see above)?"""
    if _RE_GOOD_OF.search(text, sold, found.end()) is None:
        return True
    if match_at(_RE_SOLD_ABROAD, text, found.end()) is not None:
        return False
    buyer = match_at(_RE_SOLD_TO_NATION, text, found.end())
    if buyer is None:
        return True
    named = _nations_named(buyer, sold, text)
    home = COUNTRY_OF_ALIAS[buyer.group("who")]
    return home in named or (buyer.group("noun").lower() not in _TRADING_BUYERS and not named)


# ... and so is one sold to buyers a nation's name or demonym names ("to the Turkish market",
# "to Afghan importers", "to EU buyers"), unless that country is named elsewhere in the
# sentence, the seller's own ("Kazakhstan sold ... to Kazakh flour mills": at home). Mills,
# bakeries, refiners or firms that a nation names are foreign only with another country
# named in the sentence, the seller's ("Uzbekistan sold ... to Afghan mills"): "The agency
# sold ... to Kazakh flour mills" are sales at home; a market, buyers, importers, traders or
# customers are a trade's word and stay abroad ("to Chinese buyers").
_TRADING_BUYERS: Final = frozenset({"market", "markets", "buyers", "importers", "traders",
                                    "customers"})
_NATIONS: Final = alternation(COUNTRY_OF_ALIAS)
_RE_SOLD_TO_NATION: Final = regex.compile(
    r"(?:(?!\b(?i:domestic|local|home|national|state|retail)\b)[^.;:!?\n]){0,30}?"
    rf"\b(?i:to)[\s\u00a0]++(?:the[\s\u00a0]++)?(?P<who>{_NATIONS})[\s\u00a0]++"
    r"(?:[\w-]++[\s\u00a0]++){0,2}?(?P<noun>(?i:markets?|buyers|importers|traders"
    r"|mill(?:er)?s|refiner(?:ie)?s|customers|companies|firms|processors|consumers"
    r"|bakeries))\b")
_RE_NATION: Final = regex.compile(rf"\b(?:{_NATIONS})\b")


def _nations_named(buyer: regex.Match[str], sold: int, text: str) -> set[str]:
    """The countries named in the sentence around the buyer (`buyer`'s "who" aside)."""
    lo, hi = sentence_around(text, sold, buyer.end())
    return {COUNTRY_OF_ALIAS[m.group()] for m in _RE_NATION.finditer(text, lo, hi)
            if m.start() != buyer.start("who")}


_RE_SOLD_BEFORE: Final = regex.compile(r"\b(?i:sold)\b(?=[^.;:!?\n]{0,40}\Z)")


def good_sold_at_home(cue: tuple[int, int, int], text: str) -> bool:
    """Is the good at the cue what "sold" before it sold out of reserves at home ("sold
    300,000 tonnes of wheat from its reserves to Astana bakeries": no exports)?"""
    sold = _RE_SOLD_BEFORE.search(text, max(0, cue[0] - 48), cue[0])
    if sold is None:
        return False
    found = match_at(_RE_CURRENCY_SOLD, text, sold.end())
    return found is not None and found.end() >= cue[1] and _not_sold_abroad(
        found, sold.end(), text)
