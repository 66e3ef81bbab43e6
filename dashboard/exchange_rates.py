"""Exchange rates written as a currency's price in another: a bare number per dollar after a
currency named in its clause ("the tenge weakened to 512 per dollar" is 512 KZT per USD), and
an amount quoted for a currency named before it ("the euro traded at 598 tenge" is 598 KZT per
EUR).

Pure: no pandas, no dash. Each function reads the bounded windows around one quantity that
`quantity` and `rates` hand it, so each call costs O(1) whatever the text.
"""

from __future__ import annotations

from typing import Final

import regex

from dashboard.raw import Raw
from dashboard.scanning import may_contain
from dashboard.vocab.hedging import HEDGE_WORDS
from dashboard.vocab.units import QUOTED_CURRENCIES, RATE_BASE_CURRENCIES

# "The tenge weakened to 512 per dollar": a currency named before, the dollar after.
_RE_PER_CURRENCY_AFTER: Final = regex.compile(
    r"\A[\s\u00a0]+(?P<joint>per|to[\s\u00a0]+(?:the|one)|against[\s\u00a0]+the)[\s\u00a0]+"
    rf"(?:(?:US|U\.S\.)[\s\u00a0]+)?(?P<base>(?i:{'|'.join(RATE_BASE_CURRENCIES)}))\b"
)
# The low end of a range may stand between the name and the number ("the lari traded between
# 2.71 and 2.76 per dollar", "weakened from 470 to 512 per dollar"): the range's high end is
# read here, and `pairs` lends its unit to the low end. The move in percent may stand there
# too ("the tenge strengthened 0.8 percent to 498.70 per dollar").
_RE_CURRENCY_NAME_BEFORE: Final = regex.compile(
    rf"(?i:\b(?P<name>{'|'.join(QUOTED_CURRENCIES)})\b)(?:[^.;!?0-9]|(?<![\d.,])\d{{1,2}}+"
    r"(?:[.,]\d{1,2}+)?+[\s\u00a0]*+(?:%|percent\b|per[\s\u00a0]cent\b)){0,60}"
    r"(?:(?<![\d.,])\d{1,6}+(?:[.,]\d{1,3}+)?+[\s\u00a0]*+(?i:and|to|-|–)[\s\u00a0]*+)?\Z"
)
# "The euro traded at 598 tenge", "the US dollar rose to 12,750 soums": an amount quoted at or
# to for a currency named before it in its sentence as its subject is its rate: not the
# counter of a pair ("flat versus the euro at $1.14"), nor with another currency named between
# ("the dollar eased against the yen to 108.79 JPY"), nor "the euro area", "dollar bonds", nor
# the unit of an amount ("1000 yuan is equal to 155 USD").
_RE_QUOTED_FOR_BEFORE: Final = regex.compile(
    r"(?i:(?<![0-9][\s\u00a0]?|\b(?:thousand|million|billion|trillion|mln|bln|bn)[\s\u00a0]"
    r"|\b(?:against|versus|vs\.?)[\s\u00a0]++(?:the[\s\u00a0]++)?(?:US[\s\u00a0]++)?)"
    rf"\b(?P<name>{'|'.join(RATE_BASE_CURRENCIES)})\b(?![\s\u00a0-]++(?:area|zone|bonds?|"
    r"denominated|deposits?|loans?|debt|reserves?)\b)"
    r"(?:(?!\b(?:yen|euro|dollar|pound|franc|yuan|rouble|ruble|lira|tenge|manat|lari|soum|som)"
    r"\b)[^.;:!?0-9$€£\"“”\n\r]){0,50}?(?<=\s)"
    rf"(?:at|to)[\s\u00a0]++(?:(?:{HEDGE_WORDS}|above|below|under)[\s\u00a0]++)?\Z)"
)


# "the tenge could weaken back to 505-510 if ...": a currency as the subject of a move to a
# bare level, no base named after it, is quoted at that level (not "the tenge's share rose
# to 45", a noun between; nor a year; nor a denomination, "loans in manat remained at 820";
# "sum" only as a name, "the Uzbek sum", "the Sum": "the total sum stood at 420" is a sum).
_RE_CURRENCY_MOVED_TO: Final = regex.compile(
    r"(?i:(?<!\bin[\s\u00a0]++)\b(?P<name>"
    rf"{'|'.join(name for name in QUOTED_CURRENCIES if name != 'sum')}"
    r"|(?<=\buzbek[\s\u00a0]++)sum|(?-i:Sum))\b"
    r"(?:[\s\u00a0]++(?:could|would|may|might|will|is|was|has|had|to))*+[\s\u00a0]++"
    r"(?:(?:weaken|strengthen|firm|eas|recover|slid|slip|fall|fell|rise|rose|climb|drop)[a-z]*+"
    rf"(?:[\s\u00a0]++back)?[\s\u00a0]++(?:to|past|beyond)"
    # "the manat held at 1.7", "the som stood steady at 87": a level kept
    r"|(?:held|holds?|holding|stood|stands?|traded|trades?|trading|stayed|stays?|remained"
    r"|remains?|closed|settled)(?:[\s\u00a0]++(?:steady|stable|firm|flat|unchanged))?"
    r"[\s\u00a0]++at)[\s\u00a0]++"
    rf"(?:(?:{HEDGE_WORDS})[\s\u00a0]++)?)\Z"
)

# "The tenge fell to 3 in the central bank's ranking": a place in a ranking, no rate.
_RE_RANK_AFTER: Final = regex.compile(
    r"\A(?:st|nd|rd|th)?+[\s\u00a0]++(?:in|on|of)\b[^.,;!?]{0,60}?\b(?i:rank(?:ing)?s?|place"
    r"|position|(?<!(?i:rate|exchange|fixing)[\s\u00a0])table|league)\b"
    r"|\A(?:st|nd|rd|th)?+[\s\u00a0]++(?i:place|position)\b"
)
# "The lari weakened to 3.45 against the pound sterling": a base named that is no dollar (the
# dollar and the other bases read by `_RE_PER_CURRENCY_AFTER` are told before).
_RE_OTHER_BASE_AFTER: Final = regex.compile(
    r"\A[^.;,]{0,40}?\b(?i:against|versus|vs\.?|per)\b")


def currency_moved(before: str) -> regex.Match[str] | None:
    """A currency moved to or kept at the number right after `before`: "the tenge could
    weaken back to ", "the manat held at " (`_RE_CURRENCY_MOVED_TO`)."""
    tail = before[-40:].lower()  # cheap tests first: most bare numbers follow no move, and
    if not (" to " in tail or "past" in tail or "beyond" in tail or " at " in tail):
        return None  # most windows name no currency
    if not may_contain(before, _CURRENCY_NAMES):
        return None
    return _RE_CURRENCY_MOVED_TO.search(before)


_CURRENCY_NAMES: Final = tuple(name.lower() for name in QUOTED_CURRENCIES)


def _moved_to_a_level(raw: Raw, before: str, after: str) -> bool:
    """A bare level a currency moved to or was kept at is its dollar rate ("the manat held at
    1.7"); not a scaled amount ("deposits in tenge stood at 19.4 trillion")."""
    moved = None if raw.year_like or raw.scaled else currency_moved(before)
    if moved is not None and _RE_RANK_AFTER.match(after):
        moved = None  # "The tenge fell to 3 in the central bank's ranking"
    code = QUOTED_CURRENCIES.get(moved["name"].lower()) if moved else None
    if code is None:
        return False  # the common case, told without the pattern
    # the dollar when no base is named, as "per dollar" is; another named: not known here
    raw.unit, raw.per = code, None if _RE_OTHER_BASE_AFTER.match(after) else "USD"
    return True


def read_exchange_rate(raw: Raw, before: str, after: str) -> bool:
    """A bare number "per dollar" after a currency named in its clause is an exchange rate:
    "the tenge weakened to 512 per dollar" is 512 KZT per USD; so is one the currency moved
    to ("the tenge could weaken back to 505-510"), in KZT."""
    folded = after.lower()
    rate = None
    if any(word in folded for word in RATE_BASE_CURRENCIES):
        rate = _RE_PER_CURRENCY_AFTER.match(after)
    if rate is None:  # "the yuan held at 7.1, while the rouble closed at 92": no base after
        return _moved_to_a_level(raw, before, after)
    name = _RE_CURRENCY_NAME_BEFORE.search(before)
    code = QUOTED_CURRENCIES.get(name["name"].lower()) if name else None
    if code is None:
        return False
    raw.unit = code  # the rate ("per dollar") is read as any rate is, after the surface,
    if rate["joint"] != "per":  # but no rate reader knows "10.9 to the dollar"
        raw.per = RATE_BASE_CURRENCIES[rate["base"].lower()]
    return True


def quoted_for(raw: Raw, before: str) -> bool:
    """Is an amount the price of another currency named before it? Then it is per that one."""
    folded = before.lower()
    if not any(word in folded for word in RATE_BASE_CURRENCIES):
        return False  # the common case, told without the pattern
    quoted = _RE_QUOTED_FOR_BEFORE.search(before)
    return _priced_in(raw, quoted["name"] if quoted else None)


def _priced_in(raw: Raw, name: str | None) -> bool:
    """Make `raw` per the currency `name` names, if that is another than its own."""
    code = RATE_BASE_CURRENCIES[name.lower()] if name else raw.unit
    if code == raw.unit:
        return False
    raw.per = code
    return True


# "an exchange rate of 525 tenge to the dollar", "2.7 lari to one US dollar": an amount in one
# currency quoted to another (not "the euro area", "euro zone", nor an amount converted "to
# the dollar equivalent", "to the dollar-equivalent of $3", "to dollar terms").
_RE_TO_A_BASE_AFTER: Final = regex.compile(
    r"\A[\s\u00a0]+to[\s\u00a0]+(?:the|one|a)[\s\u00a0]+(?:(?:US|U\.S\.)[\s\u00a0]+)?"
    rf"(?P<base>(?i:{'|'.join(RATE_BASE_CURRENCIES)}))\b"
    r"(?![\s\u00a0-]++(?i:area|zone|equivalents?|values?|terms)\b)"
)


def quoted_to(raw: Raw, after: str) -> bool:
    """Is an amount the price of another currency named right after it ("525 tenge to the
    dollar")? Then it is per that one."""
    if " to " not in after[:5]:
        return False  # the common case, told without the pattern
    base = _RE_TO_A_BASE_AFTER.match(after)
    return _priced_in(raw, base["base"] if base else None)


def quoted(raw: Raw, before: str, after: str) -> bool:
    """Is an amount the price of another currency named before it or right after it?"""
    return quoted_for(raw, before) or quoted_to(raw, after)


_RE_TO_ONE: Final = regex.compile(r"[\s\u00a0]+to[\s\u00a0]+\Z")


def is_base_of_a_rate(raw: Raw, rate: Raw | None, text: str) -> bool:
    """Is `raw` ("one US dollar") the currency the exchange rate before it is quoted in? "the
    tenge traded at 540 to one US dollar" is 540 KZT per USD, no dollar of its own."""
    return (rate is not None and raw.value == 1 and raw.value_high is None
            and rate.per is not None and raw.unit == rate.per and rate.unit != raw.unit
            and _RE_TO_ONE.match(text, rate.end, raw.start) is not None)
