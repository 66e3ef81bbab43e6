"""What a claim measures: its metric and topic.

Pure: no pandas, no dash. The metric comes from the nearest fitting cue word in the claim's
clause (vocabulary in `vocab/metrics.py`), else the paragraph's last metric, a cue after
it, what its unit implies, or an earlier paragraph's metric; then a price, a freight rate,
a speed or a production is named by the claim's rate and unit (`metric_rules`).
"""

from __future__ import annotations

from typing import Final

import regex

from dashboard.claim import Located, Topic
from dashboard.context_cues import books_balance
from dashboard.count_metrics import count_metric
from dashboard.cue_filters import (
    depends_on,
    is_potential_cue,
    leads_a_later_figure,
    names_a_part,
    opens_a_goods_list,
)
from dashboard.facts import Facts
from dashboard.freight_cues import box_charged, is_freight, per_box, rate_governs
from dashboard.goods import (
    BEATS_GOODS,
    EARN_ROWS,
    EXPORTS_ROWS,
    TRADED_MACHINES,
    exports_that_earned,
    goods_of_exports,
    home_and_abroad,
    imported_before,
    invested,
    kept_at_home,
    machines_traded,
    no_money_taken_in,
    took_in,
    verb_of_goods,
    verb_of_whole,
)
from dashboard.head_nouns import goes_on_about, head_of_phrase, volumes_of_boxes
from dashboard.hedges import next_to_figure
from dashboard.metric_rules import (
    by_cost_or_pace,
    by_goods_or_price,
    by_place,
    by_unit_alone,
)
from dashboard.multiples import is_ratio_base
from dashboard.object_sizes import (
    RE_GAS_WORD,
    SHORT_LENGTHS,
    holds_up_a_bridge,
    is_a_height,
    names_a_route,
    names_gas,
    sizes_a_thing,
)
from dashboard.patterns_around import RE_PART_OF_IT
from dashboard.phrase_metrics import economy_grows, in_cause_after
from dashboard.refine import fits, share_of_money, shared_cue_row
from dashboard.scanning import CLAUSE_TIMEOUT, match_at
from dashboard.spenders import by_spender
from dashboard.vocab.classes import (
    COUNT_METRICS,
    GOODS_EXPORTS,
    METRIC_BY_UNIT_CLASS,
    unit_class,
)
from dashboard.vocab.entities import PORTS
from dashboard.vocab.hedging import HEDGE_WORDS
from dashboard.vocab.metrics import (
    FACILITY_CUES,
    METRICS,
    WATER_METRICS,
    WEAK_CUES,
    rows_of,
)
from dashboard.vocab.units import ISO_CODES

# "1.7 million tonnes of oil"; not "100,000 TEU of it" (`RE_PART_OF_IT`), "5.5% of GDP and exports"
_RE_OF_AFTER: Final = regex.compile(r"\A\s+of\s+(?:(?!(?:and|or|but|while)\s)[A-Za-z-]+\s+){0,3}\Z")
# Adjectives joined by "and"/"or" before the goods' noun: "of mineral and nitrogen fertilisers"
# (the noun phrase ends at the cue: a stop, a comma or a preposition after it; not a verb
# or a figure's "at", as in "5.5% of GDP and net remittances at about $1.7 billion"; nor
# past a total's noun: "exports accounted for $16.9 billion of the total and imports for")
_RE_OF_AND_AFTER: Final = regex.compile(
    r"\A\s+of\s+(?:(?!(?:but|while|total|sum|amount|whole)\s)[A-Za-z-]+\s+"
    r"(?:(?:and|or)\s+)?){1,3}\Z")
_RE_PHRASE_ENDS: Final = regex.compile(
    r"[\s\u00a0]*+(?:[.,;:)]|\Z)|[\s\u00a0]++(?:in|from|for|by|via|through|worth|last|this"
    r"|during|across|over|abroad|to[\s\u00a0]++\p{Lu})\b")
# "pledged 26 bln yuan in grants", "$3 billion in new loans", "EUR 850 million in EBRD loans"
_RE_IN_MONEY_AFTER: Final = regex.compile(r"\A\s+in\s+(?:[a-z-]+\s+|[A-Z][A-Za-z]{1,11}\s+)?\Z")
# "a 20 million-tonne-per-year capacity", "a $500 million loan": a figure that modifies the
# noun after it measures that noun, whatever cue stands before.
_RE_MODIFIER_GAP: Final = regex.compile(r"\A(?:-[a-z]+)*\s+(?:[A-Za-z]++\s+){0,2}+\Z")
# "a target of 72 hours for ferry waiting at Caspian ports": what a time is spent on, after it
_RE_FOR_GAP: Final = regex.compile(r"\A\s+for\s+(?:(?:a|an|the)\s+)?(?:[a-z-]+\s+){0,2}\Z")
_RE_DETERMINER_BEFORE: Final = regex.compile(r"(?i:\b(?:a|an|the|its|their)\s+)\Z")
# What a multiplier multiplies, named right after it: "doubling its current capacity",
# "tripled the port's throughput" (not the verb before it: "plans to handle ..., doubling").
# A bare noun counts too: "pledged to double trade" multiplies trade, not what was pledged.
_RE_MULTIPLIED_GAP: Final = regex.compile(
    r"\A\s++(?:(?i:its|their|the|this|that)\s++(?:[\w-]++(?:'s|’s)?\s++)?)?\Z")
# What a change compares, named right after it: "handled 15-20% more parcels" (parcels grew)
_RE_MORE_GAP: Final = regex.compile(r"\A\s++(?:more|fewer|less)\s++(?:[a-z-]++\s++)?\Z")
_RE_OWN_LABEL: Final = regex.compile(  # a line's own label: "Ferrous metals: ", "- Cotton – "
    r";?[ \t]*+(?:[-*\u2022][ \t]++)?"  # a list's bullet or ";" ("...; copper –"), if any
    r"[A-Za-z][A-Za-z ,'/()-]{0,60}?(?::|[ \t][\u2013\u2014-])[ \t]*+\Z")  # words, then ":" or " -"
_RE_OF_WHICH: Final = regex.compile(r",[\s\u00a0]*+of[\s\u00a0]++(?:which|them)\b")  # a part
_NEAR_AFTER: Final = 25  # a cue this close after the quantity beats the paragraph's metric
_ROW_METRIC: Final = [(row[0], Topic(row[1])) for row in METRICS]  # Topic() once: 0.3 µs
# Rows whose cues are currency names ("the tenge weakened 12%"): such a name right after a
# figure is that figure's unit ("invested 120 billion tenge, of which 38% ..."), no cue.
_CURRENCY_NAME_ROWS: Final = rows_of("exchange rate")
_RE_FIGURE_BEFORE: Final = regex.compile(
    # "15,842.7 bln. tenge": statistics put a full stop after the scale's abbreviation
    r"(?i:(?:[0-9]|\b(?:thousand|million|billion|trillion|mln|bln|bn|trln|m|k)\.?)[\s\u00a0]*)\Z"
)
# (paragraph, metric, topic) of an earlier claim, which a claim with no cue of its own may take.
MetricNote = tuple[int, str | None, Topic]


def metric_of(
    claim: Located,
    facts: Facts,
    clause: tuple[int, int],
    text: str,
    inherited: MetricNote | None,
    earlier: MetricNote | None = None,
) -> tuple[str | None, Topic]:
    """What the claim measures: what its unit alone says, else the nearest fitting cue
    (`_metric_of`), refined by what the clause says of the goods, the place or the cost."""
    alone = by_unit_alone(claim, facts, text)
    if alone is not None:
        return alone
    uclass = unit_class(claim.unit)
    if uclass == "gas" and match_at(_RE_OF_LIQUID_FUEL, text, claim.end):
        uclass = "oil"  # "1,200 m3 of fuel an hour", "2.1 million m3 of petrol": no gas
    label, topic = _metric_of(claim, facts, clause, text, inherited, earlier, uclass)
    if label == "elevation" and match_at(_RE_DISTANCE_FROM, text, claim.end):
        # "at an altitude of 10,000 metres, 400 km from Aktau": a distance, no height carried
        label, topic = _metric_of(claim, facts, clause, text, None, None, uclass)
    if label in _SENT_OR_MOVED and kept_at_home(claim, clause[0], text):
        return "domestic supplies", Topic.TRADE  # (goods moved: the total's, "including")
    if (label == "exports" or label in GOODS_EXPORTS) and home_and_abroad(claim, clause[0], text):
        return "cargo volume", Topic.LOGISTICS  # "Counting domestic hauls, ... moved 3.7 mt"
    label, topic = (by_goods_or_price(label, topic, claim, facts, clause, text, uclass)
                    or by_place(label, topic, claim, facts, clause, text, uclass)
                    or by_spender(label, claim, facts, clause, text, uclass)
                    or by_cost_or_pace(label, topic, claim, facts, clause, text, uclass))
    if label == "route length" and sizes_a_thing(claim, text, clause[0]):
        return None, Topic.OTHER  # "a 62-metre reactor", "a column 45 m long": no route's
    if label in _LENGTHS_ALONG and claim.unit in SHORT_LENGTHS and is_a_height(claim, text):
        return None, Topic.LOGISTICS  # "piers up to 72 metres high": a height, as a bare
        # "a dam 335 metres tall" is, no quay's or route's length
    if label == "quay length" and holds_up_a_bridge(claim, clause, text):
        return None, Topic.LOGISTICS  # "The viaduct rests on 46 piers of 30 metres each"
    return label, topic


_SENT_OR_MOVED: Final = frozenset({"exports", "cargo volume", *GOODS_EXPORTS})


def _metric_of(
    claim: Located,
    facts: Facts,
    clause: tuple[int, int],
    text: str,
    inherited: MetricNote | None,
    earlier: MetricNote | None,
    uclass: str,
) -> tuple[str | None, Topic]:
    """The nearest fitting cue before the quantity in its clause (`facts.clause` of the
    claim), else the paragraph's last metric, else a cue after it, else what the unit (of
    class `uclass`) implies, else the last metric of an earlier paragraph (`earlier`):
    "Azerbaijan allocated 2.9 billion manats ... / Within infrastructure, highways took 1.525
    billion manats" goes on about the budget the paragraph before named."""
    lo = clause[0]
    if uclass == "count" and claim.item in COUNT_METRICS:
        return _count_metric(claim, facts, lo, text)
    before, after = _nearest_cues(claim, facts, clause, text, uclass)
    if uclass == "money" and claim.per in ISO_CODES:
        return "exchange rate", Topic.ECONOMY  # "KZT 470 per dollar"
    if before is not None and (charged := box_charged(claim, facts, lo, text, before)):
        return _ROW_METRIC[charged]  # "Tariffs for transshipment of a 40-foot container"
    if uclass == "money" and is_freight(claim, facts, clause, text):
        return per_box(claim, clause, text, None if before is None else before[1])
    before = _cue_that_speaks(claim, facts, clause, text, uclass, before, after)
    governing = rate_governs(claim, facts, lo, text, before) if before is not None else None
    if governing is not None:
        return _ROW_METRIC[governing]  # "Tariffs for grain transit were cut by 50%"
    if before is not None:
        before = _what_goes_on(claim, facts, text, before, inherited)
        if _ROW_METRIC[before[1]][0] in GOODS_EXPORTS and imported_before(claim, facts, lo, text):
            return "imports", Topic.TRADE  # "imported 1.1 mt of petroleum products, worth $820
            # million": the goods' rows are exports, the verb says which way they went
        return _ROW_METRIC[before[1]]
    if after is not None and uclass == "count" and after[1] in _CAPACITY_ROWS and (
            claim.item and claim.item not in _ROOM_ITEMS):  # "nine mills and a mill that can
        after = None  # grind 600 t": the mills counted, no room (pallet places are room)
    if after is not None and after[0] <= 40 + _NEAR_AFTER:  # "4.2 mt would cross the corridor"
        return _ROW_METRIC[after[1]]
    if uclass == "share" and claim.change is not None and economy_grows(  # (an after-cue far)
            claim, facts, clause, text):
        return "gdp", Topic.ECONOMY  # "The EBRD projects growth of 5.0% for Uzbekistan"
    if inherited is not None and inherited[1] is not None and fits(inherited[1], uclass,
                                                                    claim.change):
        if inherited[1] in GOODS_EXPORTS and _RE_OWN_LABEL.match(text, lo, claim.start):
            return "exports", Topic.TRADE  # "Grain: 412,000 tonnes / Ferrous metals: 265,000
            # tonnes": a line naming its own goods are exports, not the line before's goods
        return inherited[1], inherited[2]
    if after is not None:
        return _ROW_METRIC[after[1]]
    return _by_unit_or_earlier(claim, facts, (lo, text), earlier, uclass)


def _by_unit_or_earlier(
    claim: Located, facts: Facts, at: tuple[int, str], earlier: MetricNote | None, uclass: str
) -> tuple[str | None, Topic]:
    """With no cue around it: what the unit implies (tonnes after a port's name are its
    throughput; cubic metres gas exports only where gas is named: `names_gas`), a counted
    thing's count, else an earlier paragraph's metric. `at`: the clause's start, the text."""
    lo, text = at
    if uclass == "length" and claim.unit in SHORT_LENGTHS and not names_a_route(
            claim, (lo, facts.hi), text):
        return None, Topic.LOGISTICS  # "waves of up to 5.5 metres", "a dam 335 metres tall": a
        # length in metres or feet that no cue calls a route's is a height, a size, a distance;
        # nautical miles likewise ("sank 40 nautical miles off Aktau")
    if uclass in METRIC_BY_UNIT_CLASS and (
            uclass != "gas" or names_gas(claim, text, facts.lo, facts.hi)):
        if uclass in _PORT_CARGO and _port_before(facts, lo, claim.start):
            return "port throughput", Topic.LOGISTICS  # "Kuryk port expects 2.2 million tonnes"
        label, topic = METRIC_BY_UNIT_CLASS[uclass]
        return label, Topic(topic)
    if claim.item:
        return f"{claim.item} count", Topic.OTHER
    if earlier is not None and earlier[1] is not None and fits(earlier[1], uclass):
        return earlier[1], earlier[2]
    return None, Topic.ECONOMY if uclass == "money" else Topic.OTHER


def _count_metric(claim: Located, facts: Facts, lo: int, text: str) -> tuple[str | None, Topic]:
    """What a count measures (`count_metric`), or the trade in machines a trade noun names
    ("car exports fell to 9,000 cars": exports, not a vehicle count)."""
    counted = count_metric(claim, facts, lo, text)
    goods = counted[0] == "goods count"  # "wine exports rose 6% to 112 million bottles"
    traded = machines_traded(facts, lo, claim.start, text, goods=goods) if goods or (
        claim.item in TRADED_MACHINES and counted[0] == COUNT_METRICS[claim.item or ""][0]
    ) else None
    return (traded, Topic.TRADE) if traded else counted


def _what_goes_on(
    claim: Located, facts: Facts, text: str, before: _Cue, inherited: MetricNote | None
) -> _Cue:
    """The cue before the claim, made the goods' exports the clause or the paragraph names,
    or the boxes' volume a bare "volumes" goes on about (`head_nouns`)."""
    if before[1] in EXPORTS_ROWS:
        goods = goods_of_exports(claim.start - before[0], facts, text) or (
            goes_on_about(claim, facts, text, before, inherited))  # (no goods row is 0)
        before = before if goods is None else (before[0], goods)
    boxes = volumes_of_boxes(claim, facts, text, before, inherited)
    return before if boxes is None else (before[0], boxes)  # "so volumes grew by 17%"


def _cue_that_speaks(
    claim: Located, facts: Facts, clause: tuple[int, int], text: str, uclass: str,
    before: _Cue | None, after: _Cue | None,
) -> _Cue | None:
    """Of the nearest cues (distance, row) before and after the quantity, the one that says
    what it measures, with the row the words around it make more precise."""
    if after is not None and after[0] == 0 and (
            total := verb_of_whole(claim, before, facts, clause[0], text, uclass)):
        before, after = total, None  # "harvested 18.9 mt of grain, including 14.2 mt of wheat"
    if after is not None and after[0] == 0 and (
        before is None
        or (METRICS[before[1]][0] not in BEATS_GOODS and not invested(claim.start - before[0], text)
            and (not next_to_figure(claim.start, before[0], text) or after[1] < before[1]
                 or (before[1] in EARN_ROWS and took_in(claim.start - before[0], text)))
            and not (uclass == "share" and after[1] in _GDP_ROWS))
    ):  # "1.7 million tonnes of oil"; "carried 3.82 mt of oil": the goods beat a verb, not
        # a capacity ("designed to carry 33 bcm of natural gas"), and "of GDP" is what a
        # share is measured against ("a budget deficit of 3.2% of GDP" is the deficit)
        before = after  # (rows earlier in METRICS are the more specific; a verb of money
        # taken in gives way to the money's noun: "generated $40 million in net profit")
    if before is not None and after is not None and after[0] <= 40 + _NEAR_AFTER and (
            _RE_OF_WHICH.search(text, claim.start - before[0], claim.start)):
        before = after  # "output totalled 8.7 mt, of which 5.9 mt were exported": the cue
        # before "of which" is the total's, the part's own verb says what the part is
    whole = share_of_money(claim.end, before[1], facts, text) if (
        uclass == "share" and before is not None and after is not None) else None
    before = before if whole is None else (0, whole)  # "42% of ...'s freight revenue"
    if before is not None and before[1] in EARN_ROWS:
        before = exports_that_earned(claim.start - before[0], facts, text, uclass) or before
    if before is not None and _ROW_METRIC[before[1]][0] in GOODS_EXPORTS:
        before = verb_of_goods(claim.start - before[0], facts, clause[0], text, uclass) or before
    before = head_of_phrase(claim, facts, clause[0], text, uclass, before)
    if before is not None:
        before = (before[0], books_balance(claim.start - before[0], before[1], facts, text))
    return before


# Tonnes with no cue word after a port's name are what the port handles (a port's TEU stay
# its container volume, as with "handled": one series, not two).
_PORT_CARGO: Final = frozenset({"mass"})


def _port_before(facts: Facts, lo: int, hi: int) -> bool:
    """Is a port named in text[lo:hi] (the claim's clause up to the claim)?"""
    return any(lo <= pos < hi and name in PORTS for pos, name in facts.entities)


_GDP_ROWS: Final = rows_of("gdp")
_CAPACITY_ROWS: Final = rows_of("capacity")
_ROOM_ITEMS: Final = frozenset({"pallet place", "seat", "bed", "slot", "place", "passenger"})
# A weak cue names no cost of a share or a multiple: "They are estimated at 45% of GDP".
_SIZES: Final = frozenset({"share", "factor"})
_RE_SHARE_OF_BEFORE: Final = regex.compile(r"%[\s\u00a0]+of[\s\u00a0]+(?:the[\s\u00a0]+)?\Z")
_WEAK_ROWS: Final = frozenset(k for k, row in enumerate(METRICS) if set(row[2]) & WEAK_CUES)
_Cue = tuple[int, int]  # (distance from the claim, row of METRICS)
# A rate's own name right after a per cent is what it measures: "goods sold in the zone pay
# 0% VAT", "a 5% import duty" (not the goods before it)
_TAX_ROWS: Final = rows_of("tax rate", "customs duty")
_FACILITY_ROWS: Final = frozenset(k for k, row in enumerate(METRICS)
                                  if set(row[2]) <= FACILITY_CUES)
_WATER_ROWS: Final = rows_of(*WATER_METRICS)
# An elevation's cue names the figure beside it only: "an altitude of (up to) 3,500 metres",
# "3,000 metres above sea level".
_ELEVATION_ROWS: Final = rows_of("elevation")
_LENGTHS_ALONG: Final = frozenset({"quay length", "route length"})
_RE_DISTANCE_FROM: Final = regex.compile(
    r"[\s\u00a0]++(?:away[\s\u00a0]++)?(?:from|off)[\s\u00a0]++(?:the[\s\u00a0]++)?\p{Lu}")
_RE_CUE_TO_FIGURE: Final = regex.compile(
    rf"[\s\u00a0]++(?:(?i:of|at|reaching|to|around)[\s\u00a0]++)?(?:(?i:{HEDGE_WORDS})"
    r"[\s\u00a0]++)?+\Z")


def _beside_its_cue(claim: Located, text: str, start: int, end: int) -> bool:
    """Is the claim right after its cue, or the cue right after it?"""
    if end <= claim.start:
        return claim.start - end < 30 and (
            _RE_CUE_TO_FIGURE.match(text, end, claim.start) is not None)
    return claim.end <= start and start - claim.end < 4


# Cubic metres are gas's unit unless they hold a liquid of oil's ("80,000 m3 of diesel",
# "of jet fuel", "of crude"): then they are oil's, as barrels are. Not liquefied gas ("of
# liquefied petroleum gas"), nor oil with gas ("of oil and gas").
_RE_OF_LIQUID_FUEL: Final = regex.compile(
    r"(?:[\s\u00a0]*+/[\s\u00a0]*+[a-z]{1,3}\b)?+"  # a rate's slash: "300 m3/h of diesel"
    r"[\s\u00a0]++of[\s\u00a0]++(?:[a-z-]++[\s\u00a0]++){0,2}?"
    r"(?i:crude|oil|fuels?|diesel|petrol|gasoline|kerosene|gas[\s\u00a0]?oil|naphtha|bitumen"
    r"|petroleum|oil[\s\u00a0]++products|petroleum[\s\u00a0]++products)\b"
    r"(?![\s\u00a0]++(?:(?:and|&|or)[\s\u00a0]++)?(?i:gas|lng)\b)")


def _no_measure_of(
    claim: Located, facts: Facts, text: str, cue: tuple[int, int, int], uclass: str
) -> bool:
    """Does the cue (start, end, row of METRICS), which fits the claim's unit class, say
    nothing of what the claim measures, by what stands around it?"""
    start, end, row = cue
    if row in _WATER_ROWS and RE_GAS_WORD.search(text, facts.lo, facts.hi, timeout=CLAUSE_TIMEOUT):
        return True  # "the gas reservoir holds 1.2 tcm": cubic metres of gas, not water
    if row in _CURRENCY_NAME_ROWS and _RE_FIGURE_BEFORE.search(text, max(0, start - 12), start):
        return True  # "236 tenge per litre, an increase of 15.8%": a unit, not the currency
    if (row in _GDP_ROWS and end <= claim.start
            and _RE_SHARE_OF_BEFORE.search(text, max(0, start - 12), start)):
        return True  # "a deficit of 3.5% of GDP ..., narrowing from 4.1%", "debt was 6.3% of
        # GDP, and debt service totalled 1.3 billion manat": GDP is what the first share is
        # of, no measure of a figure after it
    if (uclass == "share" and row in _GDP_ROWS and claim.end <= start
            and text[claim.end : start].strip() == "of"):
        return True  # "It should narrow to 2.8% of GDP": what the share is of, not its measure
    if (uclass == "share" and claim.end <= start and start - claim.end < 30
            and text[end - 4 : end].lower() in ("rate", "ates")
            and _RE_OF_AFTER.match(text[claim.end : start])):
        return True  # "borrow at 50% of the base rate": a share of a rate is not the rate
    if row in _ELEVATION_ROWS and not _beside_its_cue(claim, text, start, end):
        return True  # "cruises at an altitude of 10,000 metres, 400 km from Aktau": a distance
    if claim.end <= start and is_potential_cue(text, start, end):
        return True  # "carried 21,000 TEU, against a potential of 60,000 TEU": a capacity's
        # cue names the figure right after it (`POTENTIAL_CUES`), not the one before
    if claim.end <= start and in_cause_after(text, claim.end, (start, end)):
        return True  # "rose 5% as oil prices climbed": the cause's cue, not the figure's
    if no_money_taken_in(claim, cue, text):
        return True  # "were brought in from China", "brought in $300 million of machinery"
    if end <= claim.start and is_ratio_base(text, start):
        return True  # "or 1.1 times EBITDA, compared with 49.3 billion": a ratio's base
    # a facility names a cost only as the money's noun (`FACILITY_CUES`)
    return row in _FACILITY_ROWS and not (claim.end <= start and len(gap := text[
        claim.end : start]) < 30 and _RE_MODIFIER_GAP.match(gap) is not None)


def _of_gap(gap: str, text: str, end: int) -> bool:
    """Whether `gap` joins a figure to the goods cue ending at `end` by "of": "1.7 million
    tonnes of oil", "1 million tonnes of mineral and nitrogen fertilisers" (the noun phrase
    ending at the cue, `_RE_PHRASE_ENDS`)."""
    if _RE_OF_AFTER.match(gap) is not None:
        return True
    return (_RE_OF_AND_AFTER.match(gap) is not None
            and match_at(_RE_PHRASE_ENDS, text, end) is not None)


def _nearest_cues(
    claim: Located, facts: Facts, clause: tuple[int, int], text: str, uclass: str
) -> tuple[_Cue | None, _Cue | None]:
    """The nearest cue before the claim in its clause that fits its unit class, and the
    nearest after it (at distance 0 when it names the goods: "1.7 million tonnes of oil", "$3
    billion in new loans", "a $500 million loan"); on a tie, the earlier row of METRICS."""
    lo, hi = clause
    before: _Cue | None = None
    after: _Cue | None = None
    weak: _Cue | None = None  # a cue in want of another (`WEAK_CUES`)
    for start, end, row in facts.cues:
        if claim.start <= start < claim.end or (uclass not in METRICS[row][3] and (
                row := shared_cue_row(row, text[start:end], uclass)) < 0) or (
                text.startswith(",", end) and opens_a_goods_list(row, end, text)):
            continue
        if _no_measure_of(claim, facts, text, (start, end, row), uclass):
            continue
        if lo <= start and end <= claim.start and claim.start - end < 160:
            cue = (claim.start - end, row)
            if row in _WEAK_ROWS and text[start:end].lower() in WEAK_CUES:
                weak = weak if uclass in _SIZES else min(weak or cue, cue)  # "at 45%": no cost
            elif before is None or cue < before:
                before = cue
        elif claim.end <= start < hi and not depends_on(text[claim.end : start]) and not (
                leads_a_later_figure((claim.start, claim.end), (start, end), text, clause)
                or names_a_part(claim.end, start, text, hi)):
            gap = text[claim.end : start]
            of_goods = ((_of_gap(gap, text, end) and not match_at(RE_PART_OF_IT, text, claim.end))
                        or (uclass == "money" and _RE_IN_MONEY_AFTER.match(gap))
                        or (len(gap) < 30 and _RE_MODIFIER_GAP.match(gap)
                            and _RE_DETERMINER_BEFORE.search(text, max(0, claim.start - 5),
                                                             claim.start))
                        or (uclass == "factor" and _RE_MULTIPLIED_GAP.match(gap))
                        or (uclass == "time" and _RE_FOR_GAP.match(gap))
                        or (claim.change is not None and _RE_MORE_GAP.match(gap))
                        or (gap.isspace() and text.startswith("of ", start))  # "85% of capacity"
                        or (uclass == "share" and gap.isspace() and row in _TAX_ROWS))  # "0% VAT"
            d = 0 if of_goods else start - claim.end + 40
            if after is None or (d, row) < after:
                after = (d, row)
    return before or weak, after
