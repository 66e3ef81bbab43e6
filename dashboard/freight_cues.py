"""Cues about moving and handling goods that decide a money figure's metric: money per box,
wagon or tonne moved is a freight rate (`is_freight`) unless the box itself is bought or sold
(`box_sold`); a port's charge names the sized box it is charged on (`box_charged`); a rate's
"for/on" phrase or a capacity's "of" phrase holds the nearest cue before a figure
(`rate_governs`: "tariffs for grain transit", "the capacity of the grain terminal"). Read by
`measures`.

Pure: no pandas, no dash.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from typing import Final

import regex

from dashboard.claim import Located, Topic
from dashboard.facts import Facts
from dashboard.patterns_around import RE_FREIGHT
from dashboard.phrase_metrics import paid_back
from dashboard.scanning import CLAUSE_TIMEOUT
from dashboard.vocab.classes import unit_class
from dashboard.vocab.hedging import HEDGE_WORDS
from dashboard.vocab.metrics import CONTAINER_SIZES, METRICS, rows_of

_Span = tuple[int, int, int]  # a cue of `Facts.cues`: (start, end, row of METRICS)

# Money per tonne, TEU or wagon in a clause about carrying goods is a freight rate ("tanker
# freight across the Caspian costs about $12-14 per tonne"), whatever cost word is nearer.
# Per kg is what air freight is priced by ("Express air delivery ... costs $6-8 per kilogram").
_FREIGHT_PER: Final = frozenset({"t", "kg", "TEU", "wagon", "container"})
# Money per box or wagon is what moving it costs, with no freight word: "The feeder rate fell
# to $1,450 per TEU", "USD 0.9/t-km"; money per tonne may be a price: "wheat sold at $210
# per tonne.
_BOX_PER: Final = frozenset({"TEU", "wagon", "container", "railcar", "truck", "trailer", "tkm",
                             "wagon-km"})
# "paid $85 per tonne to ship wheat to Iran", "pay $85 per tonne to move grain by rail": what
# the money is paid for is moving the goods (not "$240 per tonne for wheat", "to buy wheat").
_RE_TO_MOVE_AFTER: Final = regex.compile(
    r"[^,;:.()0-9]{0,30}?[\s\u00a0]to[\s\u00a0]++(?i:ship|move|carry|transport|haul|truck"
    r"|rail)\b")
# ... only money paid or charged for it, right before ("pay $35 per tonne", "It costs $40 a
# tonne"), no price a seller asks ("offered diesel at $720 per tonne to deliver") and no tax
# the payer owes ("must pay a duty of $50 per tonne to ship wheat abroad").
# (Its payer may stand between: "It costs exporters about $45 per tonne to ship wheat";
# a forwarder's quote is a charge: "Forwarders quoted $38 per tonne to ship barley".)
_RE_PAID_BEFORE: Final = regex.compile(
    r"(?i:\b(?:pa(?:y|ys|id|ying)|charg(?:e|es|ed|ing)|costs?|costing|quot(?:e|es|ed|ing))"
    r"[\s\u00a0]++(?:(?:them|us|you|[a-z]{1,20}?(?:ers|ors|ies))[\s\u00a0]++)?"
    rf"(?:(?:{HEDGE_WORDS}|as[\s\u00a0]++(?:much|little)[\s\u00a0]++as"
    r"|an?[\s\u00a0]++average[\s\u00a0]++of)[\s\u00a0]++)?)\Z")

# A box bought or sold, not moved: "A new 40HC cost about $3,000", "Used 20ft containers are
# selling for $1,400", "the price of a new 20ft dry container" (no per-box rate, no word of
# freight: "the price of shipping a 40ft container" stays a freight rate).
_RE_BOX_SOLD: Final = regex.compile(
    r"(?i:\b(?:new|used|second-hand|secondhand)[\s\u00a0]++(?:(?:dry|reefer|standard)"
    r"[\s\u00a0]++)?(?:20|40|45)|\b(?:prices?|sells?|selling|sold|buy(?:s|ing)?|bought"
    r"|purchas(?:e[sd]?|ing))\b)"
)


def is_freight(claim: Located, facts: Facts, clause: tuple[int, int], text: str) -> bool:
    """Is money the price of moving a box, a wagon or a tonne of goods ("$2,500 per 40ft
    container", "tanker freight ... costs about $12-14 per tonne")?"""
    lo, hi = clause
    return bool(
        (claim.per or "").endswith("container")
        or claim.per in _BOX_PER
        or (claim.per in _FREIGHT_PER
            and (RE_FREIGHT.search(text, lo, claim.start, timeout=CLAUSE_TIMEOUT) is not None
                 or _paid_to_move(claim, clause, text)))
        or any(lo <= start < hi and METRICS[row][0] == "freight rate"
               and text[start:end].lower().startswith(CONTAINER_SIZES)
               for start, end, row in facts.cues)
    )


def _paid_to_move(claim: Located, clause: tuple[int, int], text: str) -> bool:
    """Is money per tonne paid or charged to move the goods ("paid $62 per tonne to carry
    barley")?"""
    lo, hi = clause
    return bool(_RE_TO_MOVE_AFTER.match(text, claim.end, min(hi, claim.end + 40))
                and _RE_PAID_BEFORE.search(text, max(lo, claim.start - 40), claim.start))


def box_sold(claim: Located, clause: tuple[int, int], text: str) -> bool:
    """Is money beside a container size (`_is_freight`) what a box is bought or sold for?"""
    lo, hi = clause
    return claim.per is None and RE_FREIGHT.search(
        text, lo, hi, timeout=CLAUSE_TIMEOUT) is None and _RE_BOX_SOLD.search(
        text, lo, hi, timeout=CLAUSE_TIMEOUT) is not None


# "Tariffs for grain transit ... were cut by 50%", "Fares on intercity trains will rise 10%",
# "Passenger traffic on the Caspian ferries grew 2.5 times": the cue in a rate's, a fare's or
# a passenger flow's "for/on" phrase says what it is for, not what the figure measures.
# (a lane's words may be joined by an en dash: "Freight rates on the Asia–Mediterranean trade")
_RE_FOR_PHRASE: Final = regex.compile(r"\s+(?:for|on)\s+(?:the\s+)?(?:[\w–-]+\s+){0,3}")
# "cutting the cost of carrying a tonne of fruit by 20%": a cost of carrying's "of" phrase too
# (`_RE_OF_PHRASE`).
# Any rate's "of" phrase holds the cue the figure is of ("Tariffs of rail transit rose 8%"),
# unless a preposition or an auxiliary in it shows a verb's words, or another cue stands in it
# (but one right before, "of container transit"): "port fees of Poti weighed on grain
# exports", "duties of cotton exports raised revenue".
_RE_RATE_OF_PHRASE: Final = regex.compile(
    r"\s+of\s+(?:the\s+)?(?:(?!(?i:on|to|by|in|at|with|from|into|over|is|are|was|were|has"
    r"|have|had|will|would)\b)[\w–-]+\s+){0,3}")
# ... and the goods a cost's carrying verb takes: "the cost of shipping grain", "of
# transporting Kazakh wheat" (no verb's other words: "of shipping through Aktau grain").
_RE_GOODS_CARRIED: Final = regex.compile(
    r"\s+(?:(?:the|its|their|a|an)\s+)?(?:(?!(?i:on|to|by|in|at|via|through|from|into|over)\b)"
    r"[\w'’–-]+\s+){0,2}")
_RATE_ROWS: Final = rows_of("freight rate", "port charges", "customs duty", "fares",
                             "passenger count", "insurance")  # "The loss ratio on marine cargo
# business rose to 68%", "war-risk premiums for tankers": the insured, not what is measured
# ... and a capacity's (or its use's) "of" phrase what has it: "the capacity of Aktau's grain
# terminal", "Utilisation of the Caspian tanker fleet reached 87%" (not a count of tankers)
_RE_OF_PHRASE: Final = regex.compile(r"\s+of\s+(?:the\s+)?(?:[\w'’–-]+\s+){0,3}")
_CAPACITY_ROWS: Final = rows_of("capacity", "capacity utilisation")
_GOVERNING_ROWS: Final = _RATE_ROWS | _CAPACITY_ROWS
_ROW_OF_CUE: Final = operator.itemgetter(2)  # the METRICS row of a cue (start, end, row)


# Between a port's charge and the box it is charged on: "Tariffs for transshipment of a
# 40-foot container", "the tariff for handling a 20-foot container", "demurrage on a 40ft".
_RE_CHARGED_BOX_GAP: Final = regex.compile(r"\s+(?:(?:of|on|for)\s+)?(?:an?|the|each|one)\s+")
_PORT_CHARGE_ROWS: Final = rows_of("port charges")
_FREIGHT_ROWS: Final = rows_of("freight rate")


def box_charged(
    claim: Located, facts: Facts, lo: int, text: str, nearest: tuple[int, int]
) -> int | None:
    """The row of a port's charge (`_PORT_CHARGE_ROWS`) whose phrase names the sized box that
    is the nearest cue before the claim (`nearest`: distance, row): what the terminal charges
    on the box, not what moving it costs; else None."""
    if nearest[1] not in _FREIGHT_ROWS or _PORT_CHARGE_ROWS.isdisjoint(
            map(_ROW_OF_CUE, facts.cues)):
        return None  # the common case, no port's charge in the sentence
    near = _cue_at(claim, facts, nearest)
    if near is None or not text[near[0] : near[1]].lower().startswith(CONTAINER_SIZES):
        return None
    return _holder(facts, lo, near, lambda start, end, row: row in _PORT_CHARGE_ROWS
                   and _RE_CHARGED_BOX_GAP.fullmatch(text, end, near[0]) is not None)


def rate_governs(
    claim: Located, facts: Facts, lo: int, text: str, nearest: tuple[int, int]
) -> int | None:
    """The row of a rate cue ("tariffs", "duties") whose "for/on" phrase, or of a capacity
    whose "of" phrase, holds the nearest cue before the claim (`nearest`: distance, row):
    "tariffs for grain transit", "duties on imported cars", "the capacity of the grain
    terminal"; else None."""
    if nearest[1] in _GOVERNING_ROWS or _GOVERNING_ROWS.isdisjoint(map(_ROW_OF_CUE, facts.cues)):
        return None  # the common case, no rate nor capacity cue in the sentence, told in C
        # (measured: 10,400 calls a MB, 12.2 -> 5.2 ms)
    uclass = unit_class(claim.unit)
    near = _cue_at(claim, facts, nearest)
    if near is None:
        return None
    return _holder(facts, lo, near, lambda start, end, row: uclass in METRICS[row][3] and (
        (row in _RATE_ROWS and (
            _RE_FOR_PHRASE.fullmatch(text, end, near[0]) is not None
            or _of_phrase_holds(text, start, end, near, facts)))
        or (row in _CAPACITY_ROWS and _RE_OF_PHRASE.fullmatch(text, end, near[0]) is not None)))


def _of_phrase_holds(text: str, start: int, end: int, near: _Span, facts: Facts) -> bool:
    """Whether the rate cue at text[start:end] holds the cue `near` in its "of" phrase."""
    if text[start : start + 4].lower() in ("cost", "pric"):  # "the cost of carrying a tonne"
        return _RE_OF_PHRASE.fullmatch(text, end, near[0]) is not None or (
            text[end - 3 : end] == "ing" and _RE_GOODS_CARRIED.fullmatch(text, end, near[0])
            is not None)  # "the cost of shipping grain": the goods its verb carries
    return _RE_RATE_OF_PHRASE.fullmatch(text, end, near[0]) is not None and not any(
        end < c[0] < near[0] and text[c[1] : near[0]].strip() for c in facts.cues)


def _cue_at(claim: Located, facts: Facts, nearest: tuple[int, int]) -> _Span | None:
    """The cue that `nearest` (its distance before the claim, its row) stands for."""
    near_end = claim.start - nearest[0]
    return next((c for c in facts.cues if c[1] == near_end and c[2] == nearest[1]), None)


def _holder(
    facts: Facts, lo: int, near: _Span, holds: Callable[[int, int, int], bool]
) -> int | None:
    """The row of the first cue from `lo` that ends before the cue `near` and `holds` it
    (given where it starts and ends, and its row): the phrase the nearer cue stands in."""
    return next((row for start, end, row in facts.cues
                 if lo <= start and end <= near[0] and holds(start, end, row)), None)


def per_box(
    claim: Located, clause: tuple[int, int], text: str, before: int | None
) -> tuple[str | None, Topic]:
    """What money beside a container (`is_freight`) measures, the cue row before it `before`:
    what moving the box costs, unless the box itself is bought ("A new 40HC cost about
    $3,000"), the money is paid to the shipper (a subsidy) or the cue says it is kept, lost
    or lodged."""
    if box_sold(claim, clause, text):
        return "price", Topic.ECONOMY
    if paid_back(claim, clause, text):
        return None, Topic.LOGISTICS  # "will pay a subsidy of $1,000 per container": what the
        # state gives a shipper, no freight rate (the house has no subsidy metric)
    if before is not None and METRICS[before][0] in _NOT_FREIGHT:
        # "Demurrage ... is $25 per container": kept, not moved; "put their losses at $150-200
        # per truck per day", "fined $500 per truck": what a haulier lost or paid, no rate;
        # "The TIR guarantee for one truck is capped at EUR 60,000": security lodged
        return METRICS[before][0], Topic(METRICS[before][1])
    return "freight rate", Topic.LOGISTICS  # "$2,500 per 40ft container"


_NOT_FREIGHT: Final = frozenset({"port charges", "loss", "fine", "transit guarantee",
                                 "guarantee"})

