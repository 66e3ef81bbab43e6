"""Rates written away from their figure, read over a text's quantities: the rate of the
figure a part is of ("six million tonnes a year, 100,000 TEU of it"), the rate that ends a
list ("15 mln tons of cargo and 100,000 TEU per year"), the rate of a level compared with
("$1,450 per TEU, down from $1,800"), one that ends the figure's clause ("12 and 14 tankers
... arrive in Azerbaijan each month"), the thing whose cost money is added to ("adds $300 to
the cost of each container"); and the "one tonne" a price is per, no tonnage of its
own (`is_unit_of_a_price`). Rates right after their figure are `rates`'.

Pure: no pandas, no dash. O(1) a quantity: each reads a bounded window.
"""

from __future__ import annotations

from typing import Final

import regex

from dashboard.patterns_around import (
    RE_HANDLING_PRICED,
    RE_PART_OF_IT,
    handling_at_a_port,
    rises_to,
)
from dashboard.raw import Raw
from dashboard.scanning import alternation, match_at, may_contain
from dashboard.vocab.calendar import MONTHS
from dashboard.vocab.classes import GOODS_QUOTED_PER, GOODS_SOLD
from dashboard.vocab.hedging import HEDGE_WORDS
from dashboard.vocab.units import ISO_CODES, PER_WORDS, TIME_PERS


def read_late_rates(raws: list[Raw], text: str) -> None:
    """Rates not written right after a figure: the rate of the figure a part is of ("six
    million tonnes a year, 100,000 TEU of it"), the rate that ends a list of goods ("15 mln
    tons of cargo and 100,000 TEU per year"), the rate of the level an old one is compared
    with ("$1,450 per TEU, down from $1,800"), the rate of the second level of "from $1,200
    to $1,230 per tonne" and one that ends the figure's clause."""
    for k in range(len(raws) - 2, -1, -1):  # from the end: the rate goes back along the list
        raw, nxt = raws[k], raws[k + 1]
        if (raw.per is None and nxt.per in TIME_PERS and raw.unit not in _NO_LATE_RATE
                and nxt.unit not in _NO_LATE_RATE and nxt.start - raw.end <= _LIST_GAP
                and _RE_LIST_OF_GOODS.match(text, raw.end, nxt.start) is not None):
            raw.per = nxt.per
        elif (raw.per is None and nxt.per is not None and raw.unit == nxt.unit
                and (raw.unit in ISO_CODES
                     or (nxt.per in TIME_PERS and raw.unit not in _NO_LATE_RATE))
                and _RE_CHANGE_TO.match(text, raw.end, nxt.start)
                and _leads_to(raw, nxt, text)):
            raw.per = nxt.per  # "rose from $1,200 to $1,230 per tonne", "from 10 to 14 a day"
        elif raw.per is None and nxt.per is not None and _listed_before(raws, k, text):
            raw.per = nxt.per  # "$3,100 and $3,400 per container"
    for k, raw in enumerate(raws):
        if k > 0 and raw.per is None and (_is_priced_like(raws[k - 1], raw, text)
                                          or _is_compared_level(raws[k - 1], raw, text)
                                          or rises_to(raws[k - 1], raw, text)):
            raw.per = raws[k - 1].per
        if k > 0 and raw.per is None and raw.unit == "t" and _is_yield_in_centners(
                raws[max(0, k - 3) : k], raw, text):  # (tonnes first: no list made in vain)
            raw.per = "ha"
        if (raw.per is None and k > 0 and raws[k - 1].per is not None
                and _RE_RATE_COMMA.match(text[raws[k - 1].end : raw.start])
                and match_at(RE_PART_OF_IT, text, raw.end)):
            raw.per = raws[k - 1].per
        if raw.per is None and raw.unit in ISO_CODES and "of e" in text[raw.end : raw.end + 24]:
            each = match_at(_RE_TO_THE_COST_OF_EACH, text, raw.end)
            if each is not None:
                thing = each["thing"].lower()
                raw.per = PER_WORDS.get(thing, thing)  # "box": container
        if raw.per is None and raw.unit not in _NO_LATE_RATE:
            limit = raws[k + 1].start if k + 1 < len(raws) else len(text)
            tail = text[raw.end : min(limit, raw.end + 80)]
            late = (_RE_LATE_RATE.match(tail) or _RE_LATE_ADVERB_BEFORE_WAY.match(tail)
                    ) if may_contain(tail, _LATE_WORDS) else None
            if late is not None:
                raw.per = _late_rate(late)


# Money added to what one thing costs is per that thing: "adds about $300 to the cost of each
# eastbound container" (not "each container ship voyage": a ship's, a line's cost).
_RE_TO_THE_COST_OF_EACH: Final = regex.compile(
    r"[\s\u00a0]++to[\s\u00a0]++the[\s\u00a0]++(?i:cost|price)[\s\u00a0]++of[\s\u00a0]++"
    r"(?i:each|every)[\s\u00a0]++(?:[a-z-]++[\s\u00a0]++)?"
    r"(?P<thing>(?i:container|box|tonne|ton|wagon|truck|trailer|parcel|TEU))\b"
    r"(?![\s\u00a0]++(?i:ships?|vessels?|lines?|terminals?|trains?|voyages?|services?|hubs?"
    r"|yards?|depots?|ports?|carriers?)\b)")


def _leads_to(raw: Raw, nxt: Raw, text: str) -> bool:
    """Is `raw`, before "to `nxt`", the old level ("from $1,200 to $1,230 per tonne") or the
    change ("jumped $120 to $2,650 a tonne", "slipped 2 cents to 66 cents a pound") of a
    price `nxt`? Either is per what the price is per."""
    if raw.change is not None:
        return raw.unit in ISO_CODES and raw.value < nxt.value
    return (0.1 <= raw.value / (nxt.value or 1) <= 10
            and _RE_FROM_PRICE_TO.search(text, max(0, raw.start - 40), raw.start) is not None)


# "12 and 14 tankers carrying Kazakh crude arrive in Azerbaijan each month": a rate that ends
# the clause of a figure (the ones right after it, "a year", are read with the figure). An
# adverb must close the clause or come before a preposition: "2,400 trucks crossed the
# border daily.", "20 trains run daily between Almaty and Urumqi", "300 trucks enter daily in
# summer", "12.3m tonnes of jet fuel used annually in the UK"; "the daily limit" is no rate.
_RE_LATE_RATE: Final = regex.compile(
    r"\A[^.,;:!?0-9()]{1,60}?\b(?:(?i:each|every|per)[\s\u00a0]+(?P<per>(?i:year|month|week|day))\b"
    r"(?![\s\u00a0]+(?i:earlier|ago|before|later|after|since)\b)"
    r"|(?<=[\s\u00a0])(?P<adv>(?i:daily|weekly|monthly|annually|yearly))"
    r"(?=[\s\u00a0]*+(?:[.,;!?]|\Z)|[\s\u00a0]++(?:between|from|to|for|through|via|across|on|at"
    r"|along|during|in)\b))"
)
# ... and before "under", "by", "with", "over", "until", "into" only when no verb of being,
# having or a future stands between, nor one of paying back or reviewing: "10 bcm of gas to
# Iran annually under the swap deal", "About 1,500 trucks pass through Khorgos daily with
# goods from China" (not "The $400 million loan will be repaid annually over ten years", "300
# bcm is reviewed annually by both sides", "$500 million ... repayable annually over 15 years").
_RE_LATE_ADVERB_BEFORE_WAY: Final = regex.compile(
    r"\A(?:(?!\b(?i:is|are|was|were|will|would|shall|be|been|being|has|have|had|repaid"
    r"|repayable|reviewed|revised|renegotiated|indexed|amorti[sz]ed|topped|paid)\b)"
    r"[^.,;:!?0-9()]){1,60}?"
    r"(?<=[\s\u00a0])(?P<adv>(?i:daily|weekly|monthly|annually|yearly))"
    r"[\s\u00a0]++(?:under|by|with|over|until|into)\b"
)
# A cheap test before _RE_LATE_RATE: one of its words (measured: 5,600 matches a MB, 1.4 µs
# each, most in vain).
_LATE_WORDS: Final = ("each", "every", "per", "daily", "weekly", "monthly", "annually", "yearly")
# The period a closing adverb names: "daily" -> "day".
_LATE_ADVERBS: Final[dict[str, str]] = {
    "daily": "day", "weekly": "week", "monthly": "month", "annually": "year", "yearly": "year",
}


def _late_rate(late: regex.Match[str]) -> str:
    """The rate a closing phrase names: "each month" -> "month", "daily" -> "day"."""
    per: str | None = late.groupdict().get("per")
    if per is not None:
        return per.lower()
    adverb: str = late.group("adv")
    return _LATE_ADVERBS[adverb.lower()]


_RE_RATE_COMMA: Final = regex.compile(
    r"\A(?:[\s\u00a0]+of[\s\u00a0]+[A-Za-z-]+)?(?:[\s\u00a0]+(?:a|an|per|each)[\s\u00a0]+\w+)?"
    r",[\s\u00a0]*\Z"
)
_NO_LATE_RATE: Final = frozenset({"%", "pp", "x", "day", "week", "month", "year", "hour"})
# "15 mln tons of cargo and 100,000 TEU per year", "5 million tons of cargo, 1.5 million
# passengers annually": one rate for the list (not "5 mt in 2024 and 3 mt a year later").
_LIST_GAP: Final = 40
_RE_LIST_OF_GOODS: Final = regex.compile(
    r"(?:[\s\u00a0]+of[\s\u00a0]+[A-Za-z-]+(?:[\s\u00a0]+[A-Za-z-]+)?)?"
    r"(?:,|[\s\u00a0]+and|,[\s\u00a0]+and)[\s\u00a0]+\Z"
)


# A yield said again in centners without its rate, after one per hectare: "13.7 centners
# per hectare, ... with yields in Akmola expected at 15 centners" (a centner is a yield's
# unit; tonnes and a harvest's millions of centners are left alone).
_RE_CENTNERS: Final = regex.compile(r"(?i:centners?|quintals?)\Z")


def _is_yield_in_centners(earlier: list[Raw], raw: Raw, text: str) -> bool:
    """Is `raw` a bare number of centners (under 1,000) after a yield per hectare among the
    `earlier` figures? It is a yield per hectare too."""
    if not (raw.unit == "t" and raw.value < 100 and _RE_CENTNERS.search(text, raw.start, raw.end)
            is not None and any(e.unit == "t" and e.per == "ha" for e in earlier)):
        return False
    before = _RE_COMPARED_BEFORE.search(text, max(0, raw.start - 30), raw.start)
    return before is not None and (before["harvest"] is None or (
        raw.value < 8 and _RE_GOODS_OR_SOURCE_AFTER.match(text, raw.end) is None))


# Before a yield said again ("against 14.9 centners", "expected at 15 centners", "from 12.3
# centners", "now counts on 15 centners", "gathered only 7.5 centners"): a comparison's, an
# expectation's or a harvest's word, not a verb of its own ("a truck carries 20 centners of
# grain", "each farm delivered about 40 centners").
_RE_COMPARED_BEFORE: Final = regex.compile(
    r"(?:\b(?i:at|to|from|against|versus|vs\.?|and|of|with|(?:counts?|counting)[\s\u00a0]++on"
    # a harvest's verb beside a yield: "where the Aktobe region gathered only 7.5 centners"
    # (only a yield's size, under 80 centners, and no "of <goods>" or "from" after it: "a
    # farmer harvested 650 centners from his 50 hectares" is a harvest)
    r"|(?P<harvest>gathered|harvested|threshed|averaged|yielded))"
    r"|,)[\s\u00a0]++"
    rf"(?:(?i:{HEDGE_WORDS}|under)[\s\u00a0]++)?\Z")
_RE_GOODS_OR_SOURCE_AFTER: Final = regex.compile(r"[\s\u00a0]++(?i:of|from)\b")


def _is_priced_like(before: Raw, raw: Raw, text: str) -> bool:
    """Is `raw` a price per what `before` is per: the old level it is compared with ("$1,450
    per TEU in May from $1,800"), the level a change per tonne led to ("rose by $15 to
    $310"), or the second level of "the tariff for a 20-foot container will rise from $550 to
    $600"? So is a yield per hectare ("2.1 t per ha, up from 1.8 t")."""
    if (before.per is None or before.unit != raw.unit
            or (raw.unit not in ISO_CODES and before.per not in _YIELD_PER)):
        return False
    if raw.start - before.end > _FROM_GAP:
        return (raw.start - before.end <= _SOLD_GAP and _one_price_scale(before, raw)
                and _sold_at_too(before, raw, text))
    if _RE_CHANGE_TO.match(text, before.end, raw.start):
        if before.change is not None:
            return raw.value > before.value
        return (_one_price_scale(before, raw)
                and _RE_FROM_PRICE_TO.search(text, max(0, before.start - 40), before.start)
                is not None)
    return _one_price_scale(before, raw) and (
        _RE_COMPARED_FROM.match(text, before.end, raw.start) is not None
        or (_RE_PRICE_THEN_TIME.fullmatch(text, before.end, raw.start) is not None
            and _RE_OTHER_PRICE_AFTER.match(text, raw.end) is None)
        or (_RE_PRICE_THEN_PLACE.fullmatch(text, before.end, raw.start) is not None
            and _RE_IN_A_PLACE.match(text, raw.end) is not None)
        or (_RE_PRICE_THEN_IN_PLACE.fullmatch(text, before.end, raw.start) is not None
            and _RE_THING_OF_ITS_OWN.match(text, raw.end) is None)
        or _RE_LISTED_PRICES.fullmatch(text, before.end, raw.start) is not None
        or (before.per in _GOODS_PERS and (goods := _RE_PRICE_THEN_GOODS.fullmatch(
            text, before.end, raw.start)) is not None  # the next good, quoted alike
            and before.per in GOODS_QUOTED_PER.get(goods["good"].lower(), ()))
        or _sold_at_too(before, raw, text)
        or (before.per in _BOX_PERS and "andling" in text[before.end : raw.start]
            and (handling := RE_HANDLING_PRICED.search(text, before.end, raw.start)) is not None
            and handling_at_a_port(handling)))


def _sold_at_too(before: Raw, raw: Raw, text: str) -> bool:
    """Is `raw` a second price another party sells, buys or offers at (`_RE_SOLD_AT_AFTER`),
    with no thing or rate of its own after it?"""
    return (_RE_SOLD_AT_AFTER.fullmatch(text, before.end, raw.start) is not None
            and _RE_THING_OF_ITS_OWN.match(text, raw.end) is None)


# "can carry up to 68 tonnes, compared with 60 tonnes for older models": the level a figure
# with a rate is set against is per what it is per (not "5 mt per year, compared with 3 mt in
# total last year", nor one with a rate or a whole of its own after it).
_RE_COMPARED_LEVEL: Final = regex.compile(
    r"(?![^.;!?]*\b(?i:while|whereas|but|and)\b)[^.;!?0-9]*?"
    r"\b(?i:compared[\s\u00a0]+(?:with|to)|against|versus|vs\.?)[\s\u00a0]+"
    rf"(?:(?i:{HEDGE_WORDS})[\s\u00a0]+)?\Z")
_RE_OWN_WHOLE_AFTER: Final = regex.compile(
    r"[^.;!?]{0,30}?\b(?i:total|overall|altogether|combined|in[\s\u00a0]+all|a|an|per|each"
    r"|every)\b")
# ... and nothing but a time or a place after it ("in February", "at Poti", "for older
# models"): not a stock, a length or a queue ("compared with 95 wagons waiting at the
# border", "versus 40 km of old track", "against 900 TEU during the whole of 2015").
_RE_TIME_OR_PLACE_AFTER: Final = regex.compile(
    r"(?:[\s\u00a0]++(?i:in|at|for|on|before|after|until|since|last|earlier|previously"
    r"|a[\s\u00a0]++year)\b(?![\s\u00a0]++(?i:storage|stock|reserves?|tanks?|warehouses?"
    r"|queues?|total|the[\s\u00a0]++(?:queue|whole|decade))\b)[^.,;:!?()]{0,40}?)?"
    r"(?:[\s\u00a0]*+(?:[.,;:!?)]|\Z)|[\s\u00a0]++(?i:and|but|while|whereas)\b)")


def _is_compared_level(before: Raw, raw: Raw, text: str) -> bool:
    """Is `raw`, no money (`_is_priced_like`), a level of the same unit and scale that
    `before` (with its rate) is compared with, nothing after it naming a rate or a whole?"""
    return (before.per is not None and raw.unit == before.unit and raw.unit not in ISO_CODES
            and raw.unit not in _NO_LATE_RATE and raw.start - before.end <= _FROM_GAP
            and 0.1 <= before.value / (raw.value or 1) <= 10  # (not "170 a day, against
            # 48,500 in 2024": a year's total, set against the total before the rate)
            and _RE_COMPARED_LEVEL.match(text, before.end, raw.start) is not None
            and _RE_OWN_WHOLE_AFTER.match(text, raw.end) is None
            and _RE_TIME_OR_PLACE_AFTER.match(text, raw.end) is not None)


def _one_price_scale(a: Raw, b: Raw) -> bool:
    """Are `a` and `b` prices of one scale (within ten times each other) in one currency?"""
    return a.unit == b.unit and a.unit in ISO_CODES and 0.1 <= a.value / (b.value or 1) <= 10


def _listed_before(raws: list[Raw], k: int, text: str) -> bool:
    """Is `raws[k]` a price listed before the next one, whose rate the list shares ("$3,100
    and $3,400 per container"; "$2,800, $3,100 and $3,400 per container")?"""
    raw, nxt = raws[k], raws[k + 1]
    if not _one_price_scale(raw, nxt):
        return False
    if _RE_LISTED_PRICES.fullmatch(text, raw.end, nxt.start) is not None:
        return True
    j = k + 1  # "$2,500, $2,800, $3,100 and $3,400 per container": commas, then "and"
    while j + 1 < len(raws) and text[raws[j - 1].end : raws[j].start].rstrip() == ",":
        if raws[j + 1].per != nxt.per:
            return False
        if _RE_LISTED_PRICES.fullmatch(text, raws[j].end, raws[j + 1].start) is not None:
            return True
        j += 1
    return False


# Prices listed before their rate: "$3,100 and $3,400 per container" (one scale of price: not
# "a fee of $200 and $15 per container"); a comma only inside a list that "and" closes (not
# "$38 million, $9.5 million per crane" nor "$38 million, or $9.5 million per crane": a total
# restated per unit).
_RE_LISTED_PRICES: Final = regex.compile(r",?[\s\u00a0]++and[\s\u00a0]++")
# Prices listed by time after one with its rate: "$3,000 per container in March and $2,600 in
# April", "$45 per tonne in 2024, $52 in 2025".
_RE_PRICE_THEN_TIME: Final = regex.compile(
    r"(?:[\s\u00a0]++(?:a|an|per)(?:[\s\u00a0]++[\w-]++){1,2}?)?"
    r"[\s\u00a0]++(?:in|for|during)[\s\u00a0]++(?:the[\s\u00a0]++)?"
    rf"(?:(?:{MONTHS}|spring|summer|autumn|fall|winter)\b|(?:19|20)[0-9]{{2}}"
    r"|(?:first|second|third|fourth)[\s\u00a0]++(?:quarter|half))"
    r"(?:[\s\u00a0]++(?:19|20)[0-9]{2})?(?:,[\s\u00a0]*+(?:and[\s\u00a0]++)?|[\s\u00a0]++and[\s\u00a0]++)"
)
# ... but not a price of something else after it: "$45 per tonne in 2024, and $300 was added
# for each inspection", "$300 was the customs fee", "$300 was paid by each exporter" (but "$52
# were charged in 2025", "$52 was paid in 2024", "$34 is expected in 2026" are the same price).
_RE_OTHER_PRICE_AFTER: Final = regex.compile(
    r"[\s\u00a0]++(?:for|of|(?:was|were|is|are)[\s\u00a0]++(?:the|a|an)\b"
    r"|(?:was|were|is|are)[\s\u00a0]++(?:[a-z]++[\s\u00a0]++)?(?:for|by)\b)")
# Prices listed by place, each after its own: "$14 per tonne in Batumi and $16 in Poti",
# "$45 per tonne in Kazakhstan, $52 in Uzbekistan" (not "in Poti and $95 for a declaration").
_RE_PRICE_THEN_PLACE: Final = regex.compile(
    r"(?:[\s\u00a0]++(?:a|an|per)(?:[\s\u00a0]++[\w-]++){1,2}?)?"
    r"[\s\u00a0]++in[\s\u00a0]++(?:the[\s\u00a0]++)?[A-Z][\w'’-]++"
    r"(?:,[\s\u00a0]*+(?:and[\s\u00a0]++)?|[\s\u00a0]++and[\s\u00a0]++)"
)
# A thing or a verb of a price's own after it: "$95 in Poti for each customs declaration",
# "$2 in Tbilisi was spent per passenger" (a clause after a comma is another's: "$52 in
# Uzbekistan, which is the highest").
_THING_OF_ITS_OWN: Final = (
    r"[^.;!?,]{0,40}?\b(?:for[\s\u00a0]++(?:each|every|a|an)|per|was|were)\b")
_RE_IN_A_PLACE: Final = regex.compile(
    rf"[\s\u00a0]++in[\s\u00a0]++(?:the[\s\u00a0]++)?[A-Z][\w'’-]*+(?!{_THING_OF_ITS_OWN})")

# ... or each place before its price: "$955 a tonne in Aktau, and in Turkmenbashi $870",
# "$14 per tonne at Batumi while at Poti $16" (not one with a thing or a verb of its own: "and
# in Poti $95 for each customs declaration", "and in Poti $95 was spent per truck").
_RE_PRICE_THEN_IN_PLACE: Final = regex.compile(
    r"(?:[\s\u00a0]++(?:a|an|per)(?:[\s\u00a0]++[\w-]++){1,2}?)?"
    r"(?:[\s\u00a0]++(?:in|at)[\s\u00a0]++(?:the[\s\u00a0]++)?[A-Z][\w'’-]++)?"
    r"(?:,[\s\u00a0]*+(?:and|while|whereas)|[\s\u00a0]++(?:and|while|whereas))"
    r"[\s\u00a0]++(?:in|at)[\s\u00a0]++(?:the[\s\u00a0]++)?[A-Z][\w'’-]++,?[\s\u00a0]++")
_RE_THING_OF_ITS_OWN: Final = regex.compile(_THING_OF_ITS_OWN)
# Another good's price after one with its rate, in a market's round-up: "Aluminium rose 0.8% to
# $2,640 a tonne; copper slipped to $10,050", "Wheat rose to $230 a tonne, and barley to $190"
# (a good's name, a verb of its own maybe, and "to" or "at": not "copper exports rose to").
_RE_PRICE_THEN_GOODS: Final = regex.compile(
    r"(?:[\s\u00a0]++(?:a|an|per)(?:[\s\u00a0]++[\w-]++){1,2}?)?"
    r"(?:[\s\u00a0]++(?:FOB|CIF|CFR|EXW)\b)?"
    r"(?:[,;][\s\u00a0]*+(?:(?:and|while|whereas|but)[\s\u00a0]++)?"
    r"|[\s\u00a0]++(?:and|while|whereas|but)[\s\u00a0]++)"
    rf"(?:[\w-]++[\s\u00a0]++)?(?P<good>(?i:{alternation(GOODS_SOLD)}))[\s\u00a0]++"
    r"(?:[a-z]++(?:[\s\u00a0]++(?:up|down|back))?[\s\u00a0]++)?(?:to|at)[\s\u00a0]++"
    rf"(?:(?i:{HEDGE_WORDS})[\s\u00a0]++)?")
_GOODS_PERS: Final = frozenset().union(*GOODS_QUOTED_PER.values())


# A box's price, then handling at a port as the subject of money: "costs $1,400 per box, and
# handling at each port is $150-250" (per box too).
_BOX_PERS: Final = frozenset({"container", "TEU", "20ft container", "40ft container", "wagon",
                              "truck", "trailer", "t"})
# A second price another party pays, sells or offers at, after a joint, in one scale and
# currency: "pay about $330 a tonne for Kazakh flour ..., while local millers say they can sell
# at $295" (per tonne too; not "$295 million", another scale, nor one with a rate of its own).
_RE_SOLD_AT_AFTER: Final = regex.compile(
    r"(?:[\s\u00a0]++(?:a|an|per)(?:[\s\u00a0]++[\w-]++){1,2}?)?"
    r"[^.;!?$€£0-9]{0,80}?(?:,|[\s\u00a0](?i:while|whereas|but|and))[^.;!?$€£0-9]{0,60}?\b"
    r"(?i:sell|sells|sold|selling|buy|buys|bought|offer|offers|offered|pay|pays|paid|charge"
    r"|charges|charged|quote|quotes|quoted|fetch|fetches|fetched)"
    r"(?:[\s\u00a0]++(?i:it|them|theirs|ours|these|those))?[\s\u00a0]++(?i:at|for)[\s\u00a0]++"
    rf"(?:(?i:{HEDGE_WORDS})[\s\u00a0]++)?"
)
_SOLD_GAP: Final = 150  # characters from the first price to the second
# A yield is compared as a price is: "to 15 centners per hectare by 2030 from 12.3 centners".
_YIELD_PER: Final = frozenset({"ha"})
# "rose from $1,200 to $1,230 per tonne": the first level is a price per tonne too.
_RE_FROM_PRICE_TO: Final = regex.compile(
    rf"\b(?i:from)[\s\u00a0]+(?:(?i:{HEDGE_WORDS})[\s\u00a0]+)?\Z"
)
# "increased by $15 to $310": the level a change per tonne led to is per tonne too, with the
# change's rate and a day between ("rose $120 a tonne on Monday to $10,340").
_RE_CHANGE_TO: Final = regex.compile(
    r"(?:[\s\u00a0]+(?:a|an|per)[\s\u00a0]+[a-z]+)?"
    r"(?:[\s\u00a0]+(?:on|in)[\s\u00a0]+[A-Z][a-z]+)?[\s\u00a0]+to[\s\u00a0]+\Z"
)
# "fell to $1,450 per TEU in May from $1,800", "$3,950 per 40ft container, down from $4,700",
# "$9,200 per 40ft container for a Chengdu-Lodz departure, compared with $6,800 in March":
# the old level is per what the new one is per; so is a price set against another ("0.5 US
# cents per kWh, less than half the 1.2 cents charged on the Turkish route").
_FROM_GAP: Final = 80
_RE_COMPARED_FROM: Final = regex.compile(
    r"(?![^.;!?]*\b(?i:while|whereas|but|and)\b)[^.;!?$€£]*?"
    r"\b(?i:from|compared[\s\u00a0]+(?:with|to)|against|versus"
    r"|(?:half|twice|double)(?=[\s\u00a0]+the\b))[\s\u00a0]+"
    rf"(?:(?i:{HEDGE_WORDS}|the)[\s\u00a0]+)?\Z"
)


# "the cost of transporting one tonne of cargo ... is around 70-80 dollars": the tonne the
# price is per, no tonnage of its own.
_RE_ONE_PRICED_BEFORE: Final = regex.compile(
    r"(?i:\b(?:transporting|transport|transportation[\s\u00a0]+of|shipping|moving|carrying"
    r"|handling|delivering|hauling|trucking|per)[\s\u00a0]+)\Z"
)
_PRICE_REACH: Final = 120  # characters from "one tonne" to the price per tonne


def is_unit_of_a_price(raw: Raw, price: Raw | None, text: str) -> bool:
    """Is `raw` ("one tonne") the unit that the next quantity (`price`) is a price per?"""
    if (price is None or raw.value != 1 or raw.value_high is not None or raw.unit is None
            or price.per != raw.unit or price.start - raw.end > _PRICE_REACH):
        return False
    if any(c in text[raw.end : price.start] for c in ".;!?"):
        return False
    return _RE_ONE_PRICED_BEFORE.search(text, max(0, raw.start - 30), raw.start) is not None
