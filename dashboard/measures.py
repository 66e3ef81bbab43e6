"""What a claim measures: its metric and topic.

Pure: no pandas, no dash. The metric comes from the nearest fitting cue word in the claim's
clause (vocabulary in `vocab/metrics.py`), else the paragraph's last metric, a cue after
it, what its unit implies, or an earlier paragraph's metric; then a price, a freight rate,
a speed or a production is named by the claim's rate and unit.
"""

from __future__ import annotations

import operator
from typing import Final

import regex

from dashboard.claim import Located, Topic
from dashboard.facts import Facts
from dashboard.goods import (
    BEATS_GOODS,
    EARN_ROWS,
    EXPORTS_ROWS,
    TRADED_MACHINES,
    exports_that_earned,
    goods_of_exports,
    imported_before,
    machines_traded,
    verb_of_goods,
)
from dashboard.hedges import next_to_figure
from dashboard.patterns import RE_PART_OF_IT
from dashboard.refine import (
    GRID_OR_SERVERS,
    at_airport,
    cost_metric,
    count_metric,
    fits,
    is_built_for,
    is_pay,
    is_queue,
    of_capacity,
    of_the_budget,
    on_the_grid,
    runs_late,
    share_of_money,
    shared_cue_row,
    through_oil_pipeline,
    time_taken,
)
from dashboard.scanning import CLAUSE_TIMEOUT
from dashboard.vocab.classes import (
    COUNT_METRICS,
    GOODS_EXPORTS,
    METRIC_BY_UNIT_CLASS,
    PRODUCED_GOODS,
    unit_class,
)
from dashboard.vocab.classes import METRIC_BY_CUE_AND_CLASS as BY_CUE_AND_CLASS
from dashboard.vocab.entities import PORTS, POWER_LINES, SEAS
from dashboard.vocab.metrics import (
    CONTAINER_SIZES,
    FACILITY_CUES,
    METRICS,
    WATER_METRICS,
    WEAK_CUES,
)
from dashboard.vocab.units import ISO_CODES

# "1.7 million tonnes of oil"; not "100,000 TEU of it in containers" (`RE_PART_OF_IT`).
_RE_OF_AFTER: Final = regex.compile(r"\A\s+of\s+(?:[A-Za-z-]+\s+){0,3}\Z")
# "pledged 26 bln yuan in grants", "$3 billion in new loans": what the money is.
_RE_IN_MONEY_AFTER: Final = regex.compile(r"\A\s+in\s+(?:[a-z-]+\s+)?\Z")
# "a 20 million-tonne-per-year capacity", "a $500 million loan": a figure that modifies the
# noun after it measures that noun, whatever cue stands before.
_RE_MODIFIER_GAP: Final = regex.compile(r"\A(?:-[a-z]+)*\s+(?:[A-Za-z]++\s+){0,2}+\Z")
_RE_DETERMINER_BEFORE: Final = regex.compile(r"(?i:\b(?:a|an|the|its|their)\s+)\Z")
# What a multiplier multiplies, named right after it: "doubling its current capacity",
# "tripled the port's throughput" (not the verb before it: "plans to handle ..., doubling").
# A bare noun counts too: "pledged to double trade" multiplies trade, not what was pledged.
_RE_MULTIPLIED_GAP: Final = regex.compile(
    r"\A\s++(?:(?i:its|their|the|this|that)\s++(?:[\w-]++(?:'s|’s)?\s++)?)?\Z")
# A line's own label before its figure, and nothing else: "Ferrous metals: ", "- Cotton – ".
_RE_OWN_LABEL: Final = regex.compile(
    r";?[ \t]*+(?:[-*\u2022][ \t]++)?"  # a list's bullet or ";" ("...; copper –"), if any
    r"[A-Za-z][A-Za-z ,'/()-]{0,60}?(?::|[ \t][\u2013\u2014-])[ \t]*+\Z")  # words, then ":" or " -"
_RE_OF_WHICH: Final = regex.compile(r",[\s\u00a0]*+of[\s\u00a0]++(?:which|them)\b")  # a part
_NEAR_AFTER: Final = 25  # a cue this close after the quantity beats the paragraph's metric
# (label, topic) of each row of METRICS, the topic made a Topic once (Topic() costs 0.3 µs)
_ROW_METRIC: Final = [(row[0], Topic(row[1])) for row in METRICS]
# Rows whose cues are currency names ("the tenge weakened 12%"): such a name right after a
# figure is that figure's unit ("invested 120 billion tenge, of which 38% ..."), no cue.
_CURRENCY_NAME_ROWS: Final = frozenset(
    k for k, row in enumerate(METRICS) if row[0] == "exchange rate"
)
_RE_FIGURE_BEFORE: Final = regex.compile(
    # "15,842.7 bln. tenge": statistics put a full stop after the scale's abbreviation
    r"(?i:(?:[0-9]|\b(?:thousand|million|billion|trillion|mln|bln|bn|trln|m|k)\.?)[\s\u00a0]*)\Z"
)
# Money per tonne, TEU or wagon in a clause about carrying goods is a freight rate ("tanker
# freight across the Caspian costs about $12-14 per tonne"), whatever cost word is nearer.
# Per kg is what air freight is priced by ("Express air delivery ... costs $6-8 per kilogram").
_FREIGHT_PER: Final = frozenset({"t", "kg", "TEU", "wagon", "container"})
# Money per box or wagon is what moving it costs, with no freight word: "The feeder rate fell
# to $1,450 per TEU", "USD 0.9/t-km"; money per tonne may be a price: "wheat sold at $210
# per tonne.
_BOX_PER: Final = frozenset({"TEU", "wagon", "container", "railcar", "truck", "trailer", "tkm",
                             "wagon-km"})
_RE_FREIGHT: Final = regex.compile(
    r"(?i:\b(?:freight|shipping|transport(?:ation|ing)?|tariffs?|haulage|carriage|transit|"
    r"air[\s\u00a0]++(?:cargo|delivery|express))\b)"
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
    """`_metric_of`, with production named by what is produced ("produced 1.8 million
    barrels per day" is oil production)."""
    if claim.per == "ha" and claim.unit == "t":
        return "yield", Topic.AGRICULTURE  # "34 centners per hectare": grown per hectare
    if claim.per == "second" and claim.unit == "m3" and not _RE_GAS.search(
            text, facts.lo, facts.hi, timeout=CLAUSE_TIMEOUT):
        return "water flow", Topic.OTHER  # "350 m3 per second", "600 m3/s": a river's flow
    if claim.unit == "t" and text[claim.end - 4 : claim.end].lower().endswith(("co2", "co2e")):
        return "emissions", Topic.ENERGY  # "0.9 tCO2 per tonne of clinker": the unit says so
    uclass = unit_class(claim.unit)
    label, topic = _metric_of(claim, facts, clause, text, inherited, earlier, uclass)
    if uclass in ("time", "period") and runs_late(claim, text):
        return "schedule variance", Topic.LOGISTICS  # "seven years late": behind schedule
    if label in ("trade balance", "budget") and of_the_budget(text, clause[0], claim.start):
        return "budget balance", Topic.ECONOMY
    if label == "production":
        goods = _RE_PRODUCED_GOODS.match(text, claim.end)  # "produced 90 million tonnes of oil"
        if goods is not None:
            return PRODUCED_GOODS[goods.lastgroup or "gas"], Topic.ENERGY
        return _PRODUCTION_BY_CLASS.get(uclass, (label, topic))
    if label in _CARRIED and (uclass in _FLUIDS or through_oil_pipeline(facts, text)):
        # barrels and cubic metres "moved" are oil and gas, as their unit says; tonnes in
        # transit by an oil pipeline are oil ("lift annual transit to 7 mt" via BTC)
        flow, flow_topic = METRIC_BY_UNIT_CLASS[uclass if uclass in _FLUIDS else "oil"]
        return flow, Topic(flow_topic)
    specific = BY_CUE_AND_CLASS.get((label or "", uclass))
    if specific is not None:
        return specific[0], Topic(specific[1])
    if label == "electricity exports" and imported_before(claim, facts, clause[0], text):
        return "electricity imports", Topic.ENERGY  # "imported 1.3 TWh of electricity": the
        # goods word is the exports row's, the verb says which way it went
    if uclass == "money" and claim.per in ("Mbps", "Gbps"):
        return "price", Topic.DIGITAL  # "transit capacity is sold at $2 per Mbps per month"
    if uclass == "money" and claim.per in _ENERGY_PER:
        return "price", Topic.ENERGY  # "4-5 US cents per kWh", "$250 per 1,000 cubic metres"
    if uclass == "money" and label in _PRICED:
        if claim.per == "bbl":
            return "oil price", Topic.ENERGY  # "Brent traded at $64.5 per barrel"
        if claim.per in _PRICE_PER:
            return "price", Topic.ECONOMY  # "wheat sold at $210 per tonne FOB Aktau"
    if label == "project cost" and claim.per == "bbl" and "capacity" not in text[
            claim.end : claim.end + _CAPACITY_REACH]:
        # "production costs between $20 and $25 a barrel": a unit cost, no project's cost
        # (but "$300 per tonne of capacity" is what building it costs)
        return None, Topic.ENERGY
    if label == "route length" and any(name in POWER_LINES for _, name in facts.entities):
        return "power line length", Topic.ENERGY  # "CASA-1000 ... includes a 477-km line"
    if label == "route length" and is_queue(text, clause):
        return "queue length", Topic.LOGISTICS  # "the queue at Upper Lars stretched for 12 km"
    if label in (None, "route length") and claim.unit in _SHORT_LENGTHS and _sea_level(
            claim, facts, text):
        return "water level", Topic.LOGISTICS  # "the Caspian could drop 9 to 18 metres"
    if label == "route length" and claim.unit in _SHORT_LENGTHS and _RE_DEPTH.search(
            text, clause[0], clause[1], timeout=CLAUSE_TIMEOUT):
        return None, topic  # "dredged to a depth of 7 meters", "the sea level has dropped by
        # about 2 metres": a depth or a level, no route's length
    if uclass in ("mass", "teu") and of_capacity(text, claim.end):
        return "capacity", Topic.LOGISTICS  # "adds 240 tonnes of capacity per week"
    if label == "port throughput" and at_airport(facts, clause, text):
        return "cargo volume", Topic.LOGISTICS  # "Almaty airport handled 80,000 tonnes"
    if label == "transit time":  # "Customs clearance ... takes 40 minutes"
        label, topic = time_taken(claim, facts, clause[0], text) or (label, topic)
    if label is None and uclass == "money" and is_built_for(claim, text):
        return "project cost", Topic.INVESTMENT  # "built by Masdar for $300 million"
    if label == "project cost":  # "Moving a 20-tonne load by truck costs $4,500"
        label, topic = cost_metric(claim, facts, clause[0], text) or (label, topic)
    if uclass == "money" and label in (None, "revenue") and is_pay(claim, clause[0], text):
        return "wage", Topic.ECONOMY  # "Truck drivers earn around $900 a month"
    if uclass == "money" and claim.per in _FUEL_PER and label in (None, "project cost") and (
            _FUEL_PER[claim.per] in text[claim.end : claim.end + 24].lower()):
        return "energy price", Topic.ENERGY  # "Diesel costs 295 tenge per litre": only fuel
        # is priced by the litre here, and nothing built is costed so
    if uclass == "length" and claim.per in ("day", "hour", "s"):
        return "speed", Topic.LOGISTICS  # "1,050 km/day", "winds of up to 25 m/s"
    if uclass in ("factor", "share") and _may_say_faster(text, claim.end) and (
            _RE_FASTER_AFTER.match(text, claim.end)):
        return "speed", Topic.LOGISTICS  # "twice as fast as in 2022", "30% faster"
    if label is not None and (label, uclass) in GRID_OR_SERVERS:
        return on_the_grid(label, topic, text, clause)
    if label == "project cost" and claim.per in _PRICE_PER and "capacity" not in text[
            claim.end : claim.end + _CAPACITY_REACH]:  # "$300 per tonne of capacity" stays
        return "price", Topic.ECONOMY  # "a tonne of wheat costs 18,500 rubles": no project
    return label, topic


# Words of depth and height in a clause with a length in metres or feet: no route's length.
_SHORT_LENGTHS: Final = frozenset({"m", "cm", "ft"})
_RE_DEPTH: Final = regex.compile(
    r"(?i:\b(?:depths?|deep|draughts?|drafts?|(?:sea|water)\s+level|heights?|tall|elevation|"
    r"shallow\w*)\b)"
)
_ENERGY_PER: Final = frozenset({"kWh", "MWh", "1000 m3", "MMBtu"})
_FUEL_PER: Final = {"l": "lit", "gal": "gal"}  # the rate as written right after the price
_PRICE_PER: Final = frozenset({"t", "kg", "MMBtu", "oz", "lb", "gal", "l", "m3", "g"})
_CAPACITY_REACH: Final = 40  # "$20,000 per barrel of daily capacity"
# Metrics a cue word gives money per barrel or tonne that is a price ("Brent traded at $64.5
# per barrel", "the budget assumes Brent at $60 a barrel"); a cost cue keeps its own.
_PRICED: Final = frozenset({None, "trade turnover", "exports", "imports", "oil exports",
                            "grain exports", "agricultural exports", "revenue", "cargo volume",
                            "oil production", "fertiliser exports", "budget"})


def _sea_level(claim: Located, facts: Facts, text: str) -> bool:
    """Metres or centimetres a sea rose or fell by, or in a sentence on its level: "the
    Caspian's level fell by another 31 cm", "is now below minus 29 metres" (not a ferry
    "150 metres long on the Caspian", nor "a distance of 2 meters" with no sea)."""
    return any(name in SEAS for _, name in facts.entities) and (
        claim.change is not None or "level" in text[facts.lo : facts.hi].lower())


def _may_say_faster(text: str, end: int) -> bool:
    """A cheap test before `_RE_FASTER_AFTER`: one of its words follows the figure."""
    after = text[end : end + 16]
    return "fast" in after or "quick" in after or "FAST" in after or "QUICK" in after


# "twice as fast", "30% faster", "three times quicker": a multiple or share of a speed.
_RE_FASTER_AFTER: Final = regex.compile(
    r"[\s\u00a0]++(?i:as[\s\u00a0]++(?:fast|quick)|faster|quicker)\b"
)
# Barrels and cubic metres "moved", "shipped" or "carried" are oil and gas, not cargo at large:
# "For the whole of 2019 the pipeline shipped 233.1 mln barrels".
_FLUIDS: Final = frozenset({"oil", "gas"})
_CARRIED: Final = frozenset({"cargo volume", "transit cargo volume"})  # goods moved


# Tonnes produced of oil (not "crude steel") or gas, named right after them; of green hydrogen
# or ammonia too (only when green: else a fertiliser); CO2 "produced" is let out.
_RE_PRODUCED_GOODS: Final = regex.compile(
    r"[\s\u00a0]++of[\s\u00a0]++(?:(?:crude|natural|associated|green)[\s\u00a0]++)?"
    r"(?:(?P<oil>oil|crude(?![\s\u00a0]++(?:steel|iron)\b)|(?:gas[\s\u00a0]++)?condensate)"
    r"|(?P<hydrogen>hydrogen)|(?P<co2>CO2|carbon[\s\u00a0]++dioxide)|gas"
    r"|(?<=green[\s\u00a0]++)(?P<ammonia>ammonia))\b"
)
_PRODUCTION_BY_CLASS: Final[dict[str, tuple[str, Topic]]] = {
    "oil": ("oil production", Topic.ENERGY), "gas": ("gas production", Topic.ENERGY),
    # the vocabulary's label for electricity made ("electricity production" is one of its cues)
    "energy": ("electricity generation", Topic.ENERGY),
}


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
        counted = count_metric(claim, facts, lo, text)
        traded = machines_traded(facts, lo, claim.start, text) if (
            claim.item in TRADED_MACHINES and counted[0] == COUNT_METRICS[claim.item][0]) else None
        return (traded, Topic.TRADE) if traded else counted  # "car exports ... 9,000 cars"
    before, after = _nearest_cues(claim, facts, clause, text, uclass)
    if uclass == "money" and claim.per in ISO_CODES:
        return "exchange rate", Topic.ECONOMY  # "KZT 470 per dollar"
    if uclass == "money" and _is_freight(claim, facts, clause, text):
        return "freight rate", Topic.LOGISTICS  # "$2,500 per 40ft container"
    if after is not None and after[0] == 0 and (
        before is None
        or (METRICS[before[1]][0] not in BEATS_GOODS
            and (not next_to_figure(claim.start, before[0], text) or after[1] < before[1])
            and not (uclass == "share" and after[1] in _GDP_ROWS))
    ):  # "1.7 million tonnes of oil"; "carried 3.82 mt of oil": the goods beat a verb, not
        # a capacity ("designed to carry 33 bcm of natural gas"), and "of GDP" is what a
        # share is measured against ("a budget deficit of 3.2% of GDP" is the deficit)
        before = after  # (rows earlier in METRICS are the more specific)
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
        before = verb_of_goods(claim.start - before[0], facts, lo, text, uclass) or before
    governing = _rate_governs(claim, facts, lo, text, before) if before is not None else None
    if governing is not None:
        return _ROW_METRIC[governing]  # "Tariffs for grain transit were cut by 50%"
    if before is not None:
        if before[1] in EXPORTS_ROWS:
            goods = goods_of_exports(claim.start - before[0], facts, text)
            before = before if goods is None else (before[0], goods)
        if _ROW_METRIC[before[1]][0] in GOODS_EXPORTS and imported_before(claim, facts, lo, text):
            return "imports", Topic.TRADE  # "imported 1.1 mt of petroleum products, worth $820
            # million": the goods' rows are exports, the verb says which way they went
        return _ROW_METRIC[before[1]]
    if after is not None and after[0] <= 40 + _NEAR_AFTER:  # "4.2 mt would cross the corridor"
        return _ROW_METRIC[after[1]]
    if inherited is not None and inherited[1] is not None and fits(inherited[1], uclass,
                                                                    claim.change):
        if inherited[1] in GOODS_EXPORTS and _RE_OWN_LABEL.match(text, lo, claim.start):
            return "exports", Topic.TRADE  # "Grain: 412,000 tonnes / Ferrous metals: 265,000
            # tonnes": a line naming its own goods are exports, not the line before's goods
        return inherited[1], inherited[2]
    if after is not None:
        return _ROW_METRIC[after[1]]
    if uclass in METRIC_BY_UNIT_CLASS:
        if uclass in _PORT_CARGO and _port_before(facts, lo, claim.start):
            return "port throughput", Topic.LOGISTICS  # "Kuryk port expects 2.2 million tonnes"
        label, topic = METRIC_BY_UNIT_CLASS[uclass]
        return label, Topic(topic)
    if claim.item:
        return f"{claim.item} count", Topic.OTHER
    if earlier is not None and earlier[1] is not None and fits(earlier[1], uclass):
        return earlier[1], earlier[2]
    return None, Topic.ECONOMY if uclass == "money" else Topic.OTHER


# Tonnes with no cue word after a port's name are what the port handles (a port's TEU stay
# its container volume, as with "handled": one series, not two).
_PORT_CARGO: Final = frozenset({"mass"})


def _port_before(facts: Facts, lo: int, hi: int) -> bool:
    """Is a port named in text[lo:hi] (the claim's clause up to the claim)?"""
    return any(lo <= pos < hi and name in PORTS for pos, name in facts.entities)


_GDP_ROWS: Final = frozenset(k for k, row in enumerate(METRICS) if row[0] == "gdp")
_RE_SHARE_OF_BEFORE: Final = regex.compile(r"%[\s\u00a0]+of[\s\u00a0]+(?:the[\s\u00a0]+)?\Z")
_WEAK_ROWS: Final = frozenset(k for k, row in enumerate(METRICS) if set(row[2]) & WEAK_CUES)
_Cue = tuple[int, int]  # (distance from the claim, row of METRICS)
_FACILITY_ROWS: Final = frozenset(k for k, row in enumerate(METRICS)
                                  if set(row[2]) <= FACILITY_CUES)
_WATER_ROWS: Final = frozenset(k for k, row in enumerate(METRICS) if row[0] in WATER_METRICS)
_RE_GAS: Final = regex.compile(r"\b(?i:gas|lng|pipelines?|condensate)\b")


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
                row := shared_cue_row(row, text[start:end], uclass)) < 0):
            continue
        if row in _WATER_ROWS and _RE_GAS.search(text, facts.lo, facts.hi,
                                                 timeout=CLAUSE_TIMEOUT):
            continue  # "the gas reservoir holds 1.2 tcm": cubic metres of gas, not water
        if row in _CURRENCY_NAME_ROWS and _RE_FIGURE_BEFORE.search(
                text, max(0, start - 12), start):
            continue  # "236 tenge per litre, an increase of 15.8%": a unit, not the currency
        if (uclass == "share" and row in _GDP_ROWS and end <= claim.start
                and _RE_SHARE_OF_BEFORE.search(text, max(0, start - 12), start)):
            continue  # "a deficit of 3.5% of GDP ..., narrowing from 4.1%": GDP is what the
            # first share is of, no measure of the next
        if row in _FACILITY_ROWS and not (claim.end <= start and len(gap := text[
                claim.end : start]) < 30 and _RE_MODIFIER_GAP.match(gap)):
            continue  # a facility names a cost only as the money's noun (`FACILITY_CUES`)
        if lo <= start and end <= claim.start and claim.start - end < 160:
            cue = (claim.start - end, row)
            if row in _WEAK_ROWS and text[start:end].lower() in WEAK_CUES:
                weak = min(weak or cue, cue)
            elif before is None or cue < before:
                before = cue
        elif claim.end <= start < hi:
            gap = text[claim.end : start]
            of_goods = ((_RE_OF_AFTER.match(gap) and not RE_PART_OF_IT.match(text, claim.end))
                        or (uclass == "money" and _RE_IN_MONEY_AFTER.match(gap))
                        or (len(gap) < 30 and _RE_MODIFIER_GAP.match(gap)
                            and _RE_DETERMINER_BEFORE.search(text, max(0, claim.start - 5),
                                                             claim.start))
                        or (uclass == "factor" and _RE_MULTIPLIED_GAP.match(gap))
                        or (gap.isspace() and text.startswith("of ", start)))  # "85% of capacity"
            d = 0 if of_goods else start - claim.end + 40
            if after is None or (d, row) < after:
                after = (d, row)
    return before or weak, after


def _is_freight(claim: Located, facts: Facts, clause: tuple[int, int], text: str) -> bool:
    """Is money the price of moving a box, a wagon or a tonne of goods ("$2,500 per 40ft
    container", "tanker freight ... costs about $12-14 per tonne")?"""
    lo, hi = clause
    return bool(
        (claim.per or "").endswith("container")
        or claim.per in _BOX_PER
        or (claim.per in _FREIGHT_PER
            and _RE_FREIGHT.search(text, lo, claim.start, timeout=CLAUSE_TIMEOUT) is not None)
        or any(lo <= start < hi and METRICS[row][0] == "freight rate"
               and text[start:end].lower().startswith(CONTAINER_SIZES)
               for start, end, row in facts.cues)
    )


# "Tariffs for grain transit ... were cut by 50%", "Fares on intercity trains will rise 10%",
# "Passenger traffic on the Caspian ferries grew 2.5 times": the cue in a rate's, a fare's or
# a passenger flow's "for/on" phrase says what it is for, not what the figure measures.
# (a lane's words may be joined by an en dash: "Freight rates on the Asia–Mediterranean trade")
_RE_FOR_PHRASE: Final = regex.compile(r"\s+(?:for|on)\s+(?:the\s+)?(?:[\w–-]+\s+){0,3}")
_RATE_ROWS: Final = frozenset(k for k, row in enumerate(METRICS) if row[0] in (
    "freight rate", "port charges", "customs duty", "fares", "passenger count"))
# ... and a capacity's "of" phrase what has it: "the capacity of Aktau's grain terminal"
_RE_OF_PHRASE: Final = regex.compile(r"\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}")
_CAPACITY_ROWS: Final = frozenset(k for k, row in enumerate(METRICS) if row[0] == "capacity")
_GOVERNING_ROWS: Final = _RATE_ROWS | _CAPACITY_ROWS
_ROW_OF_CUE: Final = operator.itemgetter(2)  # the METRICS row of a cue (start, end, row)


def _rate_governs(
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
    near_end = claim.start - nearest[0]
    near = next((c for c in facts.cues if c[1] == near_end and c[2] == nearest[1]), None)
    if near is None:
        return None
    return next((row for start, end, row in facts.cues
                 if lo <= start and end <= near[0] and uclass in METRICS[row][3]
                 and ((row in _RATE_ROWS and _RE_FOR_PHRASE.fullmatch(text, end, near[0]))
                      or (row in _CAPACITY_ROWS and _RE_OF_PHRASE.fullmatch(text, end, near[0])))),
                None)
