"""What a quantity is per: the rate denominator ("per year", "a barrel", "for a 40-foot
container ... $3,950"), exchange rates (read by `exchange_rates`: "the euro traded at 598
tenge"); then, over a text's quantities, the rates in brackets a list shares
(`share_bracketed_rates`); the rates written away from their figure are `late_rates`', the
money words after an amount `money_words`'.

Pure: no pandas, no dash. Every function reads a bounded window of text, so each call costs
O(1) whatever the text.
"""

from __future__ import annotations

from typing import Final

import regex

from dashboard.asked_boxes import box_sized, length_priced
from dashboard.exchange_rates import quoted
from dashboard.hedges import comparative_count
from dashboard.numbers import fold, is_currency_code
from dashboard.object_sizes import each_aside
from dashboard.patterns_around import RE_PER
from dashboard.raw import Raw
from dashboard.scanning import may_contain
from dashboard.vocab.classes import COUNT_METRICS
from dashboard.vocab.hedging import HEDGE_WORDS
from dashboard.vocab.past_verbs import FINITE_VERB, PAST_CHANGE_WORDS
from dashboard.vocab.units import PER_WORDS
from dashboard.week_journeys import runs_over_a_stated_time

_ANNUAL_REACH: Final = 60
# A price's reach (counts keep the shorter: "annual investment ... across 14 projects"):
_PERIODIC_REACH: Final = 110  # "Daily hire for ro-pax ferries on the Caspian averaged $14,000",
# "Daily earnings for Aframax tankers on the Novorossiysk-Augusta route climbed 22% over the
# week to about $68,000" (the subject and its route, a change, then the level): that far
# only when the adjective's noun is a price of its own, 90 else ("Monthly meetings of the
# commission ... have produced deals worth $3.2 billion"); never past a clause of its own
# ("Daily flights ... were suspended after storms and the operator lost $2 million")
_PERIODIC_NEAR: Final = 90
_RE_PRICED_NOUN: Final = regex.compile(
    r"[\s\u00a0]++(?i:hire|earnings|rates?|rents?|rentals?|charters?|revenues?|income|wages?"
    r"|fees?|tariffs?|takings|turnover|spending|costs?|pay)\b")
_RE_FINITE: Final = regex.compile(rf"\b{FINITE_VERB}")
_RE_NEW_CLAUSE: Final = regex.compile(
    r"\b(?i:after|as|because|while|when|whereas|although|and[\s\u00a0]++(?:the|its|their))\b")
# "yearly capacity is put at 400,000 TEU", "Daily flows through BTC averaged 600,000 barrels",
# "Each day of closure costs the economy 2 million manats"
_ADJECTIVES: Final = {"annual": "year", "yearly": "year", "a-year": "year", "daily": "day",
                      "monthly": "month", "weekly": "week",
                      "per diem": "day"}  # box lessors' daily hire: "per diem rates rose to $0.90"
_PERIODIC_WORDS: Final = _ADJECTIVES | {
    f"{w} {span}": span for w in ("each", "every") for span in ("day", "week", "month", "year")}
_ANNUAL_WORDS: Final = tuple(_PERIODIC_WORDS)
_ANNUAL_HINTS: Final = (*_ADJECTIVES, "each ", "every ")  # for `may_contain`: fewer words
# (not "a monthly record of 1.4 mt", "the daily limit": one month's or day's figure; not
# "annual contract rates", a contract's term; nor "semi-annual", "bi-weekly": other spans)
_RE_ANNUAL_BEFORE: Final = regex.compile(
    rf"(?i:(?<![\w-])(?P<word>{'|'.join(_ANNUAL_WORDS)})\b"
    r"(?![\s\u00a0]++(?:records?|limits?|highs?|lows?|peaks?|reports?"
    r"|contract[\s\u00a0]++(?:rates?|prices?|tariffs?))\b))[^.;:,]*\Z"
    # or one that opens the sentence, its comma no clause break: "Every day, some 1,500
    # trucks pass through Nur Zholy" (the same key: "every day" as `_PERIODIC_WORDS` has it)
    r"|(?<=(?:\A|[.!?\n])[\s\u00a0]{0,3})(?P<word>(?i:each|every) (?i:day|week|month|year)),"
    r"[^.;:,]*\Z"
)

# A figure hyphened to its unit is the size of the noun after it, no flow in a period: "the
# new weekly service will deploy 400-TEU feeders" (the service is weekly, not the ships).
_RE_SIZE_WORD: Final = regex.compile(r"[0-9]-[^\W\d]++\Z")

# The same word in a phrase right after the number: "a target of $2 billion in annual trade"
# (not "in annual terms": a growth rate's basis, not a rate).
_RE_ANNUAL_AFTER: Final = regex.compile(
    r"[\s\u00a0]++(?i:in|of)[\s\u00a0]++(?P<word>(?i:annual|yearly))\b"
    r"(?![\s\u00a0]++(?i:terms|basis|records?|highs?|lows?|peaks?)\b)"
)

# The goods a flow is of, between it and its rate: "draw in at least $1 billion in FDI a year",
# "$300 million in investment per year" (not "a year after the launch": when).
_RE_IN_GOODS_A_PERIOD: Final = regex.compile(
    r"[\s\u00a0]++in[\s\u00a0]++(?:[A-Za-z-]++[\s\u00a0]++){1,2}?(?:an?|per)[\s\u00a0]++"
    r"(?P<word>(?i:year|month|week|day))\b"
    r"(?![\s\u00a0]++(?i:after|later|earlier|ago|before|from|since)\b)"
)

# A vehicle's load is per vehicle: "Each train carries 55 containers", "Every wagon on the
# line holds up to 68 tonnes" (money is priced per box by `_RE_BOX_BEFORE` instead).
_RE_EACH_CARRIER: Final = regex.compile(
    r"\b(?i:each|every)[\s\u00a0]++"
    r"(?:(?i:shuttle|block|container|freight|cargo|feeder|ro-ro|ro-pax)[\s\u00a0]++)?"  # its kind
    r"(?P<thing>(?i:train|wagon|railcar|truck|vessel|ship|tanker"
    r"|ferry|barge))(?:[\s\u00a0]++(?i:on|of|in)[\s\u00a0]++[^.,;:0-9]{1,40}?)?"
    r"[\s\u00a0]++(?i:(?:can|could|will)[\s\u00a0]++)?(?i:carr(?:y|ies)|holds?"
    r"|takes?|transports?|hauls?)(?:[\s\u00a0]++[a-z ]{1,20}?)?[\s\u00a0]*+\Z")

# Money each person or job needs is per one of them: "Each job in the zone required about
# $120,000 of investment", "every passenger pays $15".
_RE_EACH_COSTS: Final = regex.compile(
    r"\b(?i:each|every)[\s\u00a0]++(?P<thing>(?i:job|workplace|worker|employee|household"
    r"|passenger|visitor|student))(?:[\s\u00a0]++(?i:on|of|in|at)[\s\u00a0]++[^.,;:0-9]{1,40}?)?"
    r"[\s\u00a0]++(?i:costs?|required|requires|needs|needed|pays?|paid|receives?|received|gets?|got)"
    r"(?:[\s\u00a0]++[a-z ]{1,20}?)?[\s\u00a0]*+\Z")


# An average load is per the carrier it is named per, before a figure of weight or boxes:
# "Average load per flight rose to 43.9 tonnes", "the average cargo per train was 62 TEU".
_RE_AVERAGE_PER: Final = regex.compile(
    r"\b(?i:average|mean)[\s\u00a0]++(?i:load|payload|cargo|weight)[\s\u00a0]++(?i:per)"
    r"[\s\u00a0]++(?P<thing>(?i:flight|train|wagon|railcar|truck|vessel|ship|call|voyage))\b"
    # only a verb of the level between ("rose to", "was"), no clause of its own ("increased
    # and total volume hit 400,000 TEU")
    rf"(?:[\s\u00a0]++(?:[a-z]++[\s\u00a0]++){{0,2}}?(?i:{PAST_CHANGE_WORDS}"
    r"|was|were|stood|reached|averaged|came)(?:[\s\u00a0]++(?:to|at|in))?)?[\s\u00a0]*+"
    rf"(?i:{HEDGE_WORDS}[\s\u00a0]++)?\Z")


def _each_one(near: str, raw: Raw) -> regex.Match[str] | None:
    """What one of is named before the figure: "Each train carries 55 containers" (not money
    nor shares), "Each job in the zone required about $120,000" (money)."""
    if "ach " not in near and "very " not in near:
        return (_RE_AVERAGE_PER.search(near) if "per " in near and raw.unit in ("t", "TEU", "kg")
                else None)
    if is_currency_code(raw.unit or ""):
        return _RE_EACH_COSTS.search(near)
    return _RE_EACH_CARRIER.search(near) if raw.unit not in ("%", "pp", "x") else None


def read_rate(raw: Raw, after: str, before: str = "", text: str = "") -> None:
    if raw.per is not None:
        return
    rate = RE_PER.match(after) if _may_open_a_rate(after) else None
    money = is_currency_code(raw.unit or "")
    if rate is None and _flow_a_period_after(after, before):
        raw.per = after.split(None, 2)[1].lower()  # "capacity ... 4 million tons a year after
        return  # the expansion": a flow's rate, the time after it when it is reached
    if rate is None and money and box_sized(raw.value, raw.unit or ""):  # (not "the cost
        # of a container terminal is $300 million": no price of a box)
        box = _box_of(raw, before, after, text)
        if box is not None:
            raw.per = box
            return
    if rate is None and money and text and (length := length_priced(raw.start, text)) is not None:
        raw.per = length  # "A kilometre of new track costs about $1.5 million"
        return
    if rate is None:
        if money and not raw.scaled and quoted(raw, before, after):
            return
        near = before[-_ANNUAL_REACH:]
        each = _each_one(near, raw)
        if each is not None:
            raw.per = each["thing"].lower()
            return
        one = each_aside(near) if not money and raw.unit not in ("%", "pp", "x") else None
        if one is not None:
            raw.per = one  # "Six ferries, each able to carry 56 wagons": per ferry
            return
        price = bool(text) and money  # (a price's periodic word may stand further back)
        far = text[max(0, raw.start - _PERIODIC_REACH) : raw.start] if price else near
        periodic = (_periodic_before(far, price) if raw.unit not in ("%", "pp", "x")
                    and may_contain(far, _ANNUAL_HINTS)
                    and not _RE_SIZE_WORD.search(text, raw.start, raw.end) else None)
        if periodic is None and raw.unit not in ("%", "pp", "x") and (
                "nnual" in after[:16] or "early" in after[:16]):
            periodic = _RE_ANNUAL_AFTER.match(after)  # "$2 billion in annual trade"
        if (periodic is None and after[:4] == " in " and raw.unit not in ("%", "pp", "x")
                and (" a " in after[:40] or " per " in after[:40])):
            periodic = _RE_IN_GOODS_A_PERIOD.match(after)  # "$1 billion in FDI a year"
        if periodic is not None and not runs_over_a_stated_time(periodic, after):
            word = periodic["word"].lower()  # (not "weekly services carried 5,000 in June")
            raw.per = _PERIODIC_WORDS.get(word, word)  # "annual transit to 7 mt"
        return
    raw.per = "head" if _head_of_a_herd(rate, before, after) else _per_word(rate)


def _box_of(raw: Raw, before: str, after: str, text: str) -> str | None:
    """The box, wagon or tonne a price is of, named before it (`_RE_BOX_BEFORE`) or after it
    by a verb of moving (`_RE_BOX_AFTER`)."""
    # (further back than the hedge window: "Shipping a 40-foot container from Xi'an ... cost")
    reach = text[max(0, raw.start - _BOX_REACH) : raw.start] if text else before
    box = _RE_BOX_BEFORE.search(reach) if _may_name_a_box(reach) else None
    while box is not None and (nearer := _RE_BOX_BEFORE.search(reach, box.start() + 1)):
        box = nearer  # the nearest: "a tonne of wheat costs 800 lari while a container ..."
    if box is not None and box.group()[:3].lower() == "per" and _RE_NEW_SUBJECT.search(
            box.group(), box.end("thing" if box["thing"] else "size") - box.start()):
        box = None  # "the rate per tonne-km, the through rate would drop to $2,600"
    elif box is not None and _RE_AND_A_SUBJECT.search(
            reach, box.end("thing" if box["thing"] else "size")):
        box = None  # "Sending a 40-foot container ... takes 12 days, and the line earned"
    if box is None and " to " in after[:40]:
        box = _RE_BOX_AFTER.match(after)  # "charges 95,000 tenge to load a rail wagon"
    if box is None:
        return None
    # "shipping a 40-foot container ... costs $3,950", "rates for a railcar ... are $2,400"
    thing = box["thing"].lower() if box["thing"] else ""
    size = box["size"]
    return (f"{_SIZE_WORDS.get(size.lower(), size)}ft container" if size else
            "tkm" if thing.endswith(("km", "kilometre", "kilometer"))
            else PER_WORDS.get(thing, thing))


# A price before the box a verb of moving takes, a gloss in commas between: "Kuryk charges
# 95,000 tenge, about $180, to load a rail wagon onto a ferry", "$45 to ship one tonne" (not
# a box's place or machine: "$20 million to move a container terminal", "... a crane").
_RE_BOX_AFTER: Final = regex.compile(
    r"\A(?:,[^.;!?,]{0,24}+(?=,))?,?[\s\u00a0]++to[\s\u00a0]++"
    r"(?i:load|ship|move|carry|send|transport|haul|truck|handle|lift|unload|clear|ferry)"
    r"[\s\u00a0]++(?i:a|an|one|each|every)[\s\u00a0]++"
    r"(?:(?i:loaded|laden|empty|rail|standard|single|typical)[\s\u00a0]++)?"
    r"(?:(?P<size>40|20|45)[-\s\u00a0]?(?i:ft|foot|feet)[\s\u00a0]++(?i:containers?|box)"
    r"|(?P<thing>(?i:wagon|railcar|truck|trailer|tonne|ton|teu|container|box)))\b"
    r"(?![\s\u00a0]++(?i:terminals?|ships?|vessels?|ports?|hubs?|yards?|trains?|lines?"
    r"|depots?|cranes?|handling|stackers?|reach-stackers?|scanners?|fleets?|gantr(?:y|ies)"
    r"|lifts?|carriers?|spreaders?)\b)"
)


def _periodic_before(far: str, price: bool) -> regex.Match[str] | None:
    """The periodic adjective (`_RE_ANNUAL_BEFORE`) before a figure: the first in its window;
    for a price (`far` reaches `_PERIODIC_REACH` back), the first in the last `_PERIODIC_NEAR`
    characters, else one further back that names a price ("Daily hire ..."), and none past a
    clause of its own."""
    if not price:
        return _RE_ANNUAL_BEFORE.search(far)
    periodic = _RE_ANNUAL_BEFORE.search(far, max(0, len(far) - _PERIODIC_NEAR))
    if periodic is None:
        periodic = _RE_ANNUAL_BEFORE.search(far)
        if periodic is None or not _RE_PRICED_NOUN.match(far, periodic.end("word")):
            return None
    for clause in _RE_NEW_CLAUSE.finditer(far, periodic.end("word")):
        if not _opens_no_clause(far, clause, periodic.end("word")):
            return None
    return periodic


_RE_BETWEEN_OPEN: Final = regex.compile(r"(?i:\bbetween(?:[\s\u00a0]++[\w'-]++){1,4}[\s\u00a0]*)\Z",
                                        flags=regex.REVERSE)
_RE_LAST_WORD: Final = regex.compile(r"[\w'-]++[\s\u00a0]*\Z", flags=regex.REVERSE)


def _opens_no_clause(far: str, clause: regex.Match[str], start: int) -> bool:
    """Is an opener after a periodic price word no clause of its own: "and" in a "between X
    and the Y" span, "such as"/"as well as", or "after"/"when" with no verb of their own
    before the price's ("Daily hire ... when fixed for one round trip averaged", "Monthly
    rent ... after its upgrade averaged"; not "Daily sailings were halted after a gale")?"""
    word = clause.group().lower()
    if word.startswith("and"):
        return _RE_BETWEEN_OPEN.search(far, start, clause.start()) is not None
    if word == "as":
        return (far[max(0, clause.start() - 5) : clause.start()].lower().strip()
                in ("such", "well") or far[clause.end() :].lstrip().lower().startswith("well"))
    if word not in ("after", "when"):
        return False
    last = _RE_LAST_WORD.search(far, clause.end())  # the price's own verb: "averaged"
    end = last.start() if last is not None else len(far)
    return (_RE_FINITE.search(far, start, clause.start()) is None
            and _RE_FINITE.search(far, clause.end(), end) is None)


# "per head" is per person ("GDP of $1,300 per head") but per animal beside a herd
# ("bulls imported at $2,300 per head of cattle", "sheep sold at $150 per head").
_HERD_WORDS: Final = (
    *(item for item, (label, _) in COUNT_METRICS.items() if label == "livestock count"),
    "cow", "bull", "calves", "calf", "animal", "herd",
)


def _head_of_a_herd(rate: regex.Match[str], before: str, after: str) -> bool:
    if fold(rate.group("den") or "") != "head":
        return False
    near = f"{before[-120:]} {after[: rate.end() + 40]}".lower()
    return any(word in near for word in _HERD_WORDS)


# "a year after", which RE_PER refuses as a rate ("a year after the launch" may say when), is
# a rate after a flow that is one by its nature: a capacity, what a port can handle, output
# ("can handle up to 4 million tonnes a year after the second phase is completed", "cut
# output to 9,000 tonnes a month after power tariffs rose", "24 pairs of trains a day after")
_RE_PERIOD_AFTER: Final = regex.compile(
    r"[\s\u00a0]+an?[\s\u00a0]+(?:year|month|week|day)[\s\u00a0]+after\b")
_RE_FLOW_BEFORE: Final = regex.compile(
    r"\b(?i:capacity|capacities|can[\s\u00a0]+handle|able[\s\u00a0]+to[\s\u00a0]+handle|output)\b"
    r"[^.;:!?]*+\Z"
)


def _flow_a_period_after(after: str, before: str) -> bool:
    """Is `after` "a year after" (or "a month", "a week", "a day after") following a flow
    named in `before`?"""
    if "after" not in after[:20] or _RE_PERIOD_AFTER.match(after) is None:
        return False  # (the common case, told without the pattern)
    near = before[-_FLOW_REACH:]
    return _RE_FLOW_BEFORE.search(near) is not None


_FLOW_REACH: Final = 80


def _may_open_a_rate(after: str) -> bool:
    """A cheap test before `RE_PER`: the first word of `after` is one a rate may open with
    ("/", "per", "a", "of", "annually", "a-day", ...). Measured: 10,000 matches a MB, 2 µs
    each, 4 in 10 of them passed over."""
    words = after.split(None, 1)
    if not words:
        return False
    first = words[0].lower()
    return first[:1] in "/-" or first in _RATE_OPENERS or first.startswith(_RATE_PREFIXES)


# The first words RE_PER may open with (any case: a superset), whole or at the start.
_RATE_OPENERS: Final = frozenset({"per", "a", "an", "each", "of", "for", "us", "u.s."})
_RATE_PREFIXES: Final = (
    "a-", "an-", "per-", "annually", "yearly", "daily", "monthly", "weekly", "hourly", "quarterly",
    "co2", "co₂",  # "22 g CO2 per tonne-km", "60 g CO2/km"
)


def rate_after(after: str) -> tuple[str, int] | None:
    """The rate denominator opening `after`, and where it ends (" per day in" -> ("day", 8))."""
    rate = RE_PER.match(after)
    return None if rate is None else (_per_word(rate), rate.end())


def _per_word(rate: regex.Match[str]) -> str:
    """The dataset's name of a matched rate denominator ("tonne" -> "t", "annually" -> "year")."""
    word = fold(rate.group("den") or rate.group("adv") or "")
    word = " ".join(word.replace("-", " ").split())
    if word in PER_WORDS:
        return PER_WORDS[word]
    round_ = _RE_ROUND_DENOMINATOR.fullmatch(word)  # "1,000 square kilometres" -> "1000 km2"
    if round_ is not None:
        return f"{round_['n'].replace(',', '').replace(' ', '')} {_ROUND_UNITS[round_['unit']]}"
    return word


# A round length or area a density is per ("per 1,000 km", "per 100 kilometres").
_RE_ROUND_DENOMINATOR: Final = regex.compile(
    r"(?P<n>100|1[, ]?000) (?P<unit>(?:sq(?:uare)?\.? ?)?(?:km|kilomet(?:re|er)s)|km2|km²)"
    r"|(?P<n>10{0,2}[, ]?000|100) (?P<unit>people|persons|inhabitants|residents"
    r"|population)"  # "per 1,000 people": a density of people, "1000 person"
)
_ROUND_UNITS: Final = {
    "km": "km", "kilometres": "km", "kilometers": "km", "km2": "km2", "km²": "km2",
    "sq km": "km2", "sqkm": "km2", "sq. km": "km2", "sq.km": "km2", "square km": "km2",
    "square kilometres": "km2", "square kilometers": "km2",
    **dict.fromkeys(("people", "persons", "inhabitants", "residents", "population"), "person"),
}


def _may_name_a_box(before: str) -> bool:
    """A cheap test before `_RE_BOX_BEFORE`: one of its things is named at all."""
    folded = before.lower()
    return any(word in folded for word in _BOX_WORDS)


# A container size before a price in its clause: what the price is per.
# "for a 40-foot container" and up to 135 characters after it ("Freight rates for a 40-foot
# container from Chongqing to Istanbul via the Middle Corridor are quoted at $7,800-8,500";
# a route with its border and ports: "for a 40-foot container travelling from Dostyk on the
# Kazakh-Chinese border to the Georgian ports of Poti and Batumi will be set at $2,950")
_BOX_REACH: Final = 170
# A bare "per ..." is another clause's when a new subject follows a comma before the price.
_RE_NEW_SUBJECT: Final = regex.compile(r",[\s\u00a0]++(?:the|its|their)[\s\u00a0][^,]*+\Z")
# Any box is another clause's after ", and" and a new subject: "Sending a 40-foot container
# to Baku takes 12 days, and the line earned $400,000 in May".
_RE_AND_A_SUBJECT: Final = regex.compile(
    r",[\s\u00a0]++and[\s\u00a0]++(?i:the|its|it|they|their|a|an|we|he|she)[\s\u00a0]"
    # (not the box's price told again: "..., and it costs $3,950", "..., and the rate is")
    r"(?!(?:[\w'’-]++[\s\u00a0]++){0,2}?(?:now[\s\u00a0]++)?(?i:costs?|is|are|was|were|stands?"
    r"|stood|reached|runs?|charges?|comes?[\s\u00a0]++to)\b)")
_BOX_WORDS: Final = ("container", "box", "railcar", "wagon", "truck", "trailer", "ton", "teu",
                     "0ft", "litre", "liter")
_SIZE_WORDS: Final = {"forty": "40", "twenty": "20"}  # "a forty-foot container"
# "Rates per 40ft container fell to $6,800": "per" needs no article (but "$210 per tonne,
# and earnings rose from $1.2 billion": that "per" is the rate of the figure before it).
# A sentence may open on the box: "A 20-foot container from Xi'an to Baku now costs $3,500";
# "handling a 20-foot container at Poti is $120-150" is a price per box too; so is "A one-way
# truck trip from Almaty to Urumqi costs $2,800-3,100" (per truck), "trucking a tonne of coal
# to the border costs about $18-20" (per tonne); so may a clause ("A
# 20-foot container costs $2,100, while a 40-foot box costs $3,300").
_RE_BOX_BEFORE: Final = regex.compile(
    r"(?i:(?:\b(?:for|of|per|shipping|ship|sending|send|moving|move|carrying|carry"
    r"|handling|handle|transporting|transport|delivering|deliver|hauling|haul|trucking)"
    r"[\s\u00a0]+(?:a|an|one|each|every)"
    # translated releases drop the article: "tariff for 40-foot container" (a sized box only),
    # and so does a plural: "spot rates for 40ft containers ... eased to $6,250"
    r"|\b(?:for|of|transporting|shipping)(?=[\s\u00a0]+(?:40|20|45)[-\s\u00a0]?(?:ft|foot|feet)"
    r"[\s\u00a0]+(?:containers?|box(?:es)?)\b)"
    r"|(?<=(?:\A|[.!?\n])[\s\u00a0]{0,3})(?-i:A|One|Each)"
    r"|(?<=(?:[,;:]|\b(?:while|whereas|and|but))[\s\u00a0]{1,3})(?:a|an|one|each)"
    # ... or after a short phrase that opens the sentence: "In local money a tonne of gasoil
    # cost 1,556 manat", "At Poti a 40-foot container pays $120"
    r"|(?<=(?:\A|[.!?\n])[\s\u00a0]{0,3}(?-i:In|At|On)(?:[\s\u00a0]+[\w'’-]+){1,3}"
    r"[\s\u00a0]+)(?:a|an|one|each)"
    r"|(?<![0-9%][\s\u00a0]*)\bper)[\s\u00a0]+"
    # a ro-ro line's tariff names the truck with or without its driver: "the tariff for an
    # accompanied truck ... will be EUR 1,450"
    r"(?:(?:loaded|laden|empty|one-way|return|single|standard|typical|regular|full|accompanied"
    r"|unaccompanied)[\s\u00a0]+)?"
    r"(?:(?:(?P<size>40|20|45)[-\s\u00a0]?(?:ft|foot|feet)"
    r"(?=[\s\u00a0]*+[:)])"  # a label's size alone: "Avg freight rate per 40ft: ~$4,900"
    r"|(?:(?P<size>40|20|45)[-\s\u00a0]?(?:ft|foot|feet)"
    # spelled: "a forty-foot container"
    r"|(?P<size>forty|twenty)[-\s\u00a0](?:foot|feet))[\s\u00a0]+(?:containers?|box(?:es)?))"
    r"|(?P<thing>(?:tonne|ton)[-\s\u00a0]?(?:km|kilomet(?:re|er))|tkm"  # "per ton-km": tkm
    r"|railcar|wagon|truckload|truck|trailer|tonne|ton|teu|litre|liter"  # "a litre of AI-91 costs"
    r"|container(?![\s\u00a0]+(?:"
    r"terminals?|ships?|vessels?|ports?|hubs?|yards?|trains?|lines?|depots?|traffic|"
    r"throughput|handling|capacity|volumes?|cargo|feeders?)\b)))\b)"
    r"(?:[^.;!?$€£]|(?<=[0-9])\.(?=[0-9])){0,135}\Z"  # a decimal point is no full stop
)

# "14 weekly flights", "the number of daily trains rose from 6 to 9": counted things that
# happen so often are a rate ("30 semi-annual instalments", "bi-weekly" are none of these).
_RE_PER_ADJECTIVE: Final = regex.compile(
    r"(?i:(?<![\w-])(?P<adj>daily|weekly|monthly|annual|yearly)[\s\u00a0]+"
    r"(?:(?!(?:and|or)\b)[\w-]++[\s\u00a0]+){0,2}+)\Z"
)
_PER_ADJECTIVES: Final[dict[str, str]] = {
    "daily": "day", "weekly": "week", "monthly": "month", "annual": "year", "yearly": "year",
}


def per_of_adjective(words: str) -> str | None:
    """The rate an adjective before a counted noun names ("weekly flights" -> "week")."""
    found = _RE_PER_ADJECTIVE.search(words + " ")
    return _PER_ADJECTIVES[found.group("adj").lower()] if found else None


def count_modifiers(raw: Raw, after: str, noun_start: int) -> None:
    """The rate and change the words between a count and its noun give ("14 weekly flights")."""
    raw.per = raw.per or per_of_adjective(after[:noun_start])
    raw.change = raw.change or comparative_count(after)
