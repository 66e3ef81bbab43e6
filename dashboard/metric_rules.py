"""The rules that make a cue's metric specific (read by `measures.metric_of`): what a claim's
unit and rate say alone ("34 centners per hectare" is a yield), and what the clause says of
the goods ("produced 1.8 million barrels per day" is oil production), the price ("$64.5 per
barrel"), the place (a power line, a queue, a sea's level, an airport), the cost or the pace
(a wage, a fuel price, a speed); and whose watts and cable lengths are, a power plant's, a
power line's or a data centre's ("40 GW of wind capacity", "a 20 MW data centre"; in
`grid_power`).

Pure: no pandas, no dash.
"""

from __future__ import annotations

from typing import Final

import regex

from dashboard.claim import Located, Topic
from dashboard.facts import Facts
from dashboard.goods import imported_before
from dashboard.grid_power import GRID_OR_SERVERS, on_the_grid
from dashboard.item_costs import discount_metric, is_each_priced, is_lot_sold, priced_by_phrase
from dashboard.object_sizes import RE_GAS_WORD, lies_away, sizes_a_vessel
from dashboard.phrase_metrics import (
    by_phrase,
    farming_changes,
    paid_back,
    quota_of_no_oil,
    sea_level,
    sea_moves,
)
from dashboard.port_subjects import TONNES_OR_SIZE, handling_priced, port_moved
from dashboard.refine import (
    at_airport,
    cost_metric,
    in_lane_metres,
    is_built_for,
    is_pay,
    is_queue,
    of_capacity,
    of_the_budget,
    runs_late,
    through_oil_pipeline,
    time_taken,
    weeks_metric,
)
from dashboard.scanning import CLAUSE_TIMEOUT, match_at, may_contain
from dashboard.vocab.classes import GOODS_EXPORTS, METRIC_BY_UNIT_CLASS, PRODUCED_GOODS
from dashboard.vocab.classes import METRIC_BY_CUE_AND_CLASS as BY_CUE_AND_CLASS
from dashboard.vocab.entities import OIL_COMPANIES, POWER_LINES
from dashboard.vocab.metrics import COST_LABELS, GAS_FIELDS, METRICS, OIL_FIELDS, rows_of
from dashboard.vocab.past_verbs import PAST_CHANGE_WORDS
from dashboard.week_journeys import berth_time, no_journey_time, share_on_time


def by_unit_alone(claim: Located, facts: Facts, text: str) -> tuple[str | None, Topic] | None:
    """A metric the unit and its rate say alone: yield, a river's flow (no word of gas in the
    sentence), emissions, a ship's deadweight; none for berth-days."""
    if berth_time(claim, facts.lo, text):
        return None, Topic.LOGISTICS  # "4,930 berth-days", "..., up 12%": berths' time taken,
        # no transit or wait (the vocabulary names no berth occupancy)
    if claim.per == "ha" and claim.unit == "t":
        return "yield", Topic.AGRICULTURE  # "34 centners per hectare": grown per hectare
    if claim.per == "second" and claim.unit == "m3" and not RE_GAS_WORD.search(
            text, facts.lo, facts.hi, timeout=CLAUSE_TIMEOUT):
        return "water flow", Topic.OTHER  # "350 m3 per second", "600 m3/s": a river's flow
    if claim.unit in ("t", "kg", "g") and text[claim.end - 4 : claim.end].lower().endswith(
            ("co2", "co2e")):  # "0.9 tCO2 per tonne of clinker", "18 gCO2/tkm": the unit says so
        return "emissions", Topic.ENERGY
    said = text[claim.start : claim.end].lower() if claim.unit == "t" else ""
    if "deadweight" in said or "dwt" in said or (
            said.endswith("-tonne") and sizes_a_vessel(claim, text)):
        return "capacity", Topic.LOGISTICS  # "container ships of 4,500 dwt", "a 7,000-tonne
        # tanker": a ship's size
    if claim.unit == "m3" and sizes_a_vessel(claim, text):
        return "capacity", Topic.LOGISTICS  # "a 2,000 cubic-metre bunkering barge", "a
        # 174,000 m3 LNG carrier": a gas ship's size by its tanks, no gas traded
    return None


def by_goods_or_price(
    label: str | None, topic: Topic, claim: Located, facts: Facts, clause: tuple[int, int],
    text: str, uclass: str,
) -> tuple[str | None, Topic] | None:
    """The cue's label refined by the goods or the price it names ("produced 1.8 million
    barrels per day" is oil production; "$64.5 per barrel", an oil price)."""
    if claim.unit == "g" and claim.per == "t" and label in _OUTPUT:
        return None, Topic.OTHER  # "ore grading 2.1 grams per tonne": a grade, no output
    if label == "capacity" and uclass == "mass" and _RE_EXPECTED_TO_CARRY.search(
            text, max(clause[0], claim.start - 120), claim.start, timeout=CLAUSE_TIMEOUT):
        return "cargo volume", Topic.LOGISTICS  # "expects the Middle Corridor to carry up to
        # 5.2 million tonnes in 2025": a forecast of what it carries, not its room
    if uclass in ("time", "period") and runs_late(claim, text):
        return "schedule variance", Topic.LOGISTICS  # "seven years late": behind schedule
    if claim.unit in ("TEU", "FEU") and sizes_a_vessel(claim, text):
        return "capacity", Topic.LOGISTICS  # "will deploy 400-TEU feeders": a ship's size
    if uclass == "money" and label in _PRICED and claim.per is not None and paid_back(
            claim, clause, text):
        return None, topic  # "subsidise grain's carriage at 4,000 tenge per tonne": no price
    if _fuel_priced(label, claim, clause, text, uclass):
        return "energy price", Topic.ENERGY  # "AI-92 rose to 235 tenge per litre"
    if (priced := priced_by_phrase(label, claim, clause, text, uclass)) is not None:
        return priced  # "is now 25% cheaper", "CPC Blend traded at a discount of $4.10"
    if uclass == "money" and claim.per is None and label in _PRICED and _price_is_subject(
            claim, clause, text):
        return "price", Topic.ECONOMY  # "The price of wheat rose to 98,000 tenge"
    if label in ("trade balance", "budget") and of_the_budget(
            text, clause[0], claim.start, claim.end):
        return "budget balance", Topic.ECONOMY
    if (uclass in ("mass", "teu") and of_capacity(text, claim.end, claim.start)) or (
            uclass == "length" and in_lane_metres(text, claim.end)):
        return "capacity", Topic.LOGISTICS  # "adds 240 tonnes of capacity per week", even
        # after a verb of output ("produced 96.5 kt, ... of its 517 ktpa design capacity")
    phrase = by_phrase(label, claim, clause, text, uclass)
    if phrase is not None:
        return phrase
    goods = _by_goods(label, topic, claim, facts, clause, text, uclass)
    return goods if goods is not None else _by_price(label, claim, facts, text, uclass)


_OUTPUT: Final = frozenset({"production", "port throughput"})


def _by_goods(
    label: str | None, topic: Topic, claim: Located, facts: Facts, clause: tuple[int, int],
    text: str, uclass: str,
) -> tuple[str | None, Topic] | None:
    """The goods named: exports a quota is for, what was produced or carried ("produced 90
    million tonnes of oil", barrels moved), electricity that came in."""
    trade = _FOR_EXPORTS_OR_ON_IMPORTS.get(label or "")
    said = match_at(trade, text, claim.end) if trade else None
    if said is not None:
        side = said.group("side").removesuffix("s") + "s"
        goods = _goods_in(facts, claim.end, said.end(), uclass) if side == "exports" else None
        if goods is not None:
            return goods  # "a quota ... for flour exports", "... for cotton yarn exports"
        return side, Topic.TRADE  # "a quota ... for gasoline exports", "for ... imports"
    if label == "oil production" and uclass != "oil" and quota_of_no_oil(clause, text):
        return None, Topic.OTHER  # "raising the quota for Kazakh trucks": no OPEC+ quota
    if label == "production":
        goods = match_at(_RE_PRODUCED_GOODS, text, claim.end)  # "produced 90 million tonnes of oil"
        if goods is not None:
            return PRODUCED_GOODS[goods.lastgroup or "gas"], Topic.ENERGY
        by_field = _field_produces(facts, clause, text, uclass)
        return by_field or _PRODUCTION_BY_CLASS.get(uclass, (label, topic))
    fluid = uclass in _FLUIDS and not match_at(_RE_OF_CARGO, text, claim.end)
    if fluid and label in _CARRIED and _RE_BUILDING_SOLIDS.search(
            text, clause[0], clause[1], timeout=CLAUSE_TIMEOUT):
        return None, Topic.OTHER  # "Spoil from the bores, 1.2 million cubic metres in all":
        # earth dug or concrete poured, no gas (nor cargo) for a carried label to name
    if label in _CARRIED and (fluid or through_oil_pipeline(facts, text)):
        # barrels and cubic metres "moved" are oil and gas, as their unit says; tonnes in
        # transit by an oil pipeline are oil ("lift annual transit to 7 mt" via BTC)
        flow, flow_topic = METRIC_BY_UNIT_CLASS[uclass if uclass in _FLUIDS else "oil"]
        return flow, Topic(flow_topic)
    specific = BY_CUE_AND_CLASS.get((label or "", uclass))
    if specific is not None:
        return specific[0], Topic(specific[1])
    if (label == "electricity exports" or (label == "power capacity" and uclass == "energy")
            ) and imported_before(claim, facts, clause[0], text):  # (kWh "of power" bought)
        return "electricity imports", Topic.ENERGY  # "imported 1.3 TWh of electricity": the
        # goods word is the exports row's, the verb says which way it went
    return None


def _by_price(
    label: str | None, claim: Located, facts: Facts, text: str, uclass: str
) -> tuple[str | None, Topic] | None:
    """Money per a unit of goods or a piece: a price ("$64.5 per barrel", "$2.9 million per
    locomotive", "€4.1m apiece"), or a unit cost that is no project's."""
    if (uclass == "money" and label in ("revenue", "profit") and claim.per == "share") or (
            uclass in ("money", "share")
            and may_contain(text[max(0, claim.start - 40) : claim.start], _EPS_WORDS)
            and _RE_EPS_BEFORE.search(text, max(0, claim.start - 40), claim.start) is not None):
        return None, Topic.ECONOMY  # "earnings per share of 412 tenge", "earned 98 tenge per
        # share", "lower EPS by 14%": what one share earned, no revenue nor profit in total
    if uclass == "money" and claim.per == "night" and label in COST_LABELS:
        return None, Topic.ECONOMY  # "Hotel rates average $120 per night": a stay's price, no
        # freight rate nor project cost (the house has no lodging metric; a port's charges,
        # a wage or a fare per night stay theirs: "pay $4,000 per night in demurrage")
    if uclass == "money" and claim.per in ("Mbps", "Gbps"):
        return "price", Topic.DIGITAL  # "transit capacity is sold at $2 per Mbps per month"
    if uclass == "money" and claim.per in _ENERGY_PER:
        return "price", Topic.ENERGY  # "4-5 US cents per kWh", "$250 per 1,000 cubic metres"
    if uclass == "money" and claim.per == "bbl" and (label in _PRICED or label == "energy price"):
        return "oil price", Topic.ENERGY  # "Brent traded at $64.5 per barrel" (after gas's)
    if uclass == "money" and label in _PRICED and claim.per in _PRICE_PER:
        return "price", Topic.ECONOMY  # "wheat sold at $210 per tonne FOB Aktau"
    if uclass == "money" and (label in _PRICED or label in GOODS_EXPORTS) and is_lot_sold(
            claim, facts, text):
        return "price", Topic.ECONOMY  # "lots of milling wheat sold for 96,000 tenge"
    if uclass == "money" and claim.per in _PIECE_PER and (label in _PRICED
                                                         or label in _PIECE_COST):
        return "price", Topic.ECONOMY  # "won at $2.9 million per locomotive": a unit price
    if uclass == "money" and label is None and text.startswith(_EACH, claim.end):
        return "price", Topic.ECONOMY  # "At €4.1m apiece, the locomotives ...": what one costs
    if uclass == "money" and label in (None, "project cost") and is_each_priced(claim, text):
        return "price", Topic.ECONOMY  # "400 new wagons, each costing about $90,000"
    if label == "project cost" and claim.per == "bbl" and "capacity" not in text[
            claim.end : claim.end + _CAPACITY_REACH]:
        # "production costs between $20 and $25 a barrel": a unit cost, no project's cost
        # (but "$300 per tonne of capacity" is what building it costs)
        return None, Topic.ENERGY
    return None


# "The (final) price of wheat was / rose to": a price is the subject and its verb comes
# right before the sum, which then is money per unit of the goods, not their trade.
_RE_PRICE_SUBJECT: Final = regex.compile(
    r"(?i:\bprices?[\s\u00a0]++(?:of|for)[\s\u00a0]++(?:[\w-]++[\s\u00a0]++){1,4}?"
    rf"(?:was|were|is|are|{PAST_CHANGE_WORDS}|reached|stood|averaged"
    r"|slipped)(?:[\s\u00a0]++(?:by|to|at))?[\s\u00a0]++)\Z"
)


def _price_is_subject(claim: Located, clause: tuple[int, int], text: str) -> bool:
    """Does "the price of <goods> <verb>" lead straight to the sum (`_RE_PRICE_SUBJECT`)?"""
    lo = max(clause[0], claim.start - 80)
    return _RE_PRICE_SUBJECT.search(text, lo, claim.start, timeout=CLAUSE_TIMEOUT) is not None


def _fuel_priced(
    label: str | None, claim: Located, clause: tuple[int, int], text: str, uclass: str
) -> bool:
    """A price of motor, jet or marine fuel. Money per litre written out, with no other cue
    ("costs 295 tenge per litre": only fuel is priced by the litre here); with a fuel named in
    the clause, any money per litre ("the price of AI-92 petrol rose to 1.10 manats per litre",
    whatever tariff word is nearer), money per tonne priced or costed ("wholesale diesel at
    270,000 tenge per tonne", "jet fuel costs $1,050 per tonne"; not a freight rate for
    carrying it), or a price's change ("Prices of AI-95 climbed 12%")."""
    if uclass == "money" and claim.per is None:  # "Prices for AI-92 ... will stay at 205-210
        # tenge": no other cue, and the price named in the clause
        priced = label is None and "price" in text[clause[0] : clause[1]].lower()
    elif uclass == "money" and claim.per in _FUEL_PER:
        if label in (None, "project cost") and (
                _FUEL_PER[claim.per] in text[claim.end : claim.end + 24].lower()):
            return True
        priced = True
    elif uclass == "money":
        priced = claim.per == "t" and (  # "gas" is the exports row's cue in "liquefied gas"
            label in _PRICED or label in ("price", "project cost", "gas exports"))
    else:  # a price named in the clause, not one the paragraph spoke of before
        priced = uclass in ("share", "factor") and label == "price" and "price" in text[
            clause[0] : clause[1]].lower()
    return priced and _RE_FUEL.search(
        text, clause[0], clause[1], timeout=CLAUSE_TIMEOUT) is not None


# A bare "quota" is an oil production quota's cue and "spent" a budget's, unless the figure is
# said to be for exports or imports (up to three words between) or on imports right after
# it ("a quota of 100,000 tonnes for gasoline exports", "spent $1.1 billion on imports").
_FOR_EXPORTS_OR_ON_IMPORTS: Final = {
    label: regex.compile(
        rf"[\s\u00a0]++{prep}[\s\u00a0]++(?:(?!(?:{sides})\b)[\w-]++[\s\u00a0]++){{0,3}}+"
        rf"(?P<side>{sides})\b")
    for label, prep, sides in (("oil production", "for", "exports?|imports?"),
                               ("budget", "on", "imports?"))
}

_GOODS_ROWS: Final = rows_of(*GOODS_EXPORTS)


def _goods_in(facts: Facts, lo: int, hi: int, uclass: str) -> tuple[str, Topic] | None:
    """The exports of the last goods cue in text[lo:hi] ("... for flour exports"), if any."""
    rows = [row for start, end, row in facts.cues
            if lo <= start and end <= hi and row in _GOODS_ROWS and uclass in METRICS[row][3]]
    return (METRICS[rows[-1]][0], Topic(METRICS[rows[-1]][1])) if rows else None


# Fuels sold at the pump, to airlines or to ships ("AI-92", "LPG", "jet fuel", "gasoil"); the
# octane grade is written with or without its hyphen; "liquefied gas" is LPG (LNG is
# "liquefied natural gas").
_RE_FUEL: Final = regex.compile(
    r"\b(?i:gasoline|petrol|diesel|gas[\s\u00a0]?oil|kerosene|autogas|lpg|fuels?"
    r"|ai-?(?:80|9[0-9]|100)|liquefied[\s\u00a0]++(?:petroleum[\s\u00a0]++)?gas)\b"
)


def by_place(
    label: str | None, topic: Topic, claim: Located, facts: Facts, clause: tuple[int, int],
    text: str, uclass: str,
) -> tuple[str | None, Topic] | None:
    """The cue's label refined by the place measured (power line, queue, sea, depth, airport)."""
    if label == "route length" and any(name in POWER_LINES for _, name in facts.entities):
        return "power line length", Topic.ENERGY  # "CASA-1000 ... includes a 477-km line"
    if label == "route length" and is_queue(text, clause):
        return "queue length", Topic.LOGISTICS  # "the queue at Upper Lars stretched for 12 km"
    if claim.unit in _SHORT_LENGTHS and (
            (label in (None, "route length") and sea_level(claim, facts, text))
            or (label == "quay length" and sea_moves(claim, facts, text))):
        return "water level", Topic.LOGISTICS  # "the Caspian could drop 9 to 18 metres"
    if (label in ("quay length", "route length", "depth") and lies_away(claim, text)) or (
            uclass == "share" and label is not None and share_on_time(claim, text, label)):
        return None, topic  # "Kuryk, 70 km to the south", "82% of trains arrived on time"
    if label == "depth" and claim.unit in ("km", "mi"):
        return "route length", topic  # "deepen 180 km of the channel": a stretch, no depth
    if label == "route length" and claim.unit in _SHORT_LENGTHS and (
            _RE_DEPTH.search(text, clause[0], clause[1], timeout=CLAUSE_TIMEOUT)
            or text[max(0, claim.start - 2) : claim.start].rstrip().endswith(("x", "×"))):
        return None, topic  # "dredged to a depth of 7 meters", "the sea level has dropped by
        # about 2 metres": a depth or a level, no route's length
    if label == "cargo volume" and uclass in TONNES_OR_SIZE and port_moved(
            claim, facts, clause, text):
        return "port throughput", Topic.LOGISTICS  # "Poti moved 7.9 mln t": a port's tonnage
    if label == "port throughput" and at_airport(facts, clause, text):
        return "cargo volume", Topic.LOGISTICS  # "Almaty airport handled 80,000 tonnes"
    return None


_RE_EXPECTED_TO_CARRY: Final = regex.compile(
    r"(?i:\bexpect(?:s|ed|ing)?+[\s\u00a0]++(?:[\w'’-]++[\s\u00a0]++){0,5}?to[\s\u00a0]++carry"
    r"[\s\u00a0]++up[\s\u00a0]++to[\s\u00a0]++)\Z"
)


def by_cost_or_pace(
    label: str | None, topic: Topic, claim: Located, facts: Facts, clause: tuple[int, int],
    text: str, uclass: str,
) -> tuple[str | None, Topic]:
    """The cue's label refined by what is paid or how fast things go (a wage, a speed), or kept."""
    if label is None and uclass == "share" and farming_changes(claim, clause, text):
        return None, Topic.AGRICULTURE  # "Growth of 9% in agriculture"
    if label in ("transit time", "waiting time") and (
            off := no_journey_time(claim, clause, text)) is not None:
        return None, off  # "power cuts of 4 hours a day", "within 2 days of the due date"
    if label == "transit time":  # "Customs clearance ... takes 40 minutes"
        label, topic = time_taken(claim, facts, clause[0], text) or (label, topic)
    if label == "duration" and claim.unit == "week" and (
            weeks := weeks_metric(claim, facts, clause[0], text)) is not None:
        return weeks  # "takes three weeks by rail", "sails every two weeks", as days do
    if label is None and uclass == "money" and is_built_for(claim, text):
        return "project cost", Topic.INVESTMENT  # "built by Masdar for $300 million"
    if uclass == "money" and label in COST_LABELS and handling_priced(claim, facts, text):
        return "port charges", Topic.LOGISTICS  # "handling at each port is $150-250"
    if label == "project cost":  # "Moving a 20-tonne load by truck costs $4,500"
        label, topic = cost_metric(claim, facts, clause[0], text) or (label, topic)
    if uclass == "money" and label in (None, "revenue") and is_pay(claim, clause[0], text):
        return "wage", Topic.ECONOMY  # "Truck drivers earn around $900 a month"
    if uclass == "length" and claim.per in ("day", "hour", "s"):
        return "speed", Topic.LOGISTICS  # "1,050 km/day", "winds of up to 25 m/s"
    if uclass in ("factor", "share") and _may_say_faster(text, claim.end) and (
            match_at(_RE_FASTER_AFTER, text, claim.end)):
        return "speed", Topic.LOGISTICS  # "twice as fast as in 2022", "30% faster"
    if uclass == "share" and (
            discount := discount_metric(label, topic, claim, clause, text)) is not None:
        return discount  # "a discount of 15% on block trains"
    if label is not None and (label, uclass) in GRID_OR_SERVERS:
        return on_the_grid(label, topic, text, clause)
    if label == "project cost" and claim.per in _PRICE_PER and "capacity" not in text[
            claim.end : claim.end + _CAPACITY_REACH]:  # "$300 per tonne of capacity" stays
        return "price", Topic.ECONOMY  # "a tonne of wheat costs 18,500 rubles": no project
    return label, topic


# Words of depth and height in a clause with a length in metres or feet: no route's length;
# nor the size of a piece of cargo or a gap ("measuring 12 x 4 x 5 m", "5.5 m of clearance"),
# nor the last factor of dimensions ("a crate of 2.6 x 1.2 m").
_SHORT_LENGTHS: Final = frozenset({"m", "cm", "ft"})
_RE_DEPTH: Final = regex.compile(
    r"(?i:\b(?:depths?|deep|draughts?|drafts?|(?:sea|water)\s+level|heights?|tall|elevation|"
    r"shallow\w*|measur(?:es|ed|ing)|dimensions?|clearance|headroom|footprint|widths?|wide|"
    r"ceilings?)\b)"  # "ceilings reach 14 metres": a building's height
)
_ENERGY_PER: Final = frozenset({"kWh", "MWh", "1000 m3", "MMBtu"})
_FUEL_PER: Final = {"l": "lit", "gal": "gal"}  # the rate as written right after the price
_PRICE_PER: Final = frozenset({"t", "kg", "MMBtu", "oz", "lb", "gal", "l", "m3", "g"})
# Money per piece of equipment bought is its unit price ("$9.5 million per crane", "€3.6
# million per coach"), not the cost of a project nor an investment, whatever cue is nearer.
_PIECE_PER: Final = frozenset({"locomotive", "coach", "crane", "unit", "ferry", "vessel",
                               "ship"})
# (not past another metric's cue: "EPS fell but net profit rose to $450 million", "said EPS
# would be diluted, cutting profit by 5%": the profit's own figure)
_RE_EPS_BEFORE: Final = regex.compile(
    r"(?i:\b(?:earnings|loss|profit)[\s\u00a0]++per[\s\u00a0]++(?:ordinary[\s\u00a0]++)?share"
    r"\b|\bEPS\b)(?:(?!(?i:profits?|income|revenues?|sales|turnover|ebitda|dividends?)\b"
    r"(?![\s\u00a0]++(?i:basis|measure|terms)\b))[^.;:!?\d])*+\Z")  # ("on a profit basis")
_EPS_WORDS: Final = ("eps", "share")  # one is in every match of _RE_EPS_BEFORE
_PIECE_COST: Final = frozenset({"project cost", "investment"})
_EACH: Final = (" apiece", " each", "\u00a0apiece", "\u00a0each")
_CAPACITY_REACH: Final = 40  # "$20,000 per barrel of daily capacity"
# Metrics a cue word gives money per barrel or tonne that is a price ("Brent traded at $64.5
# per barrel", "the budget assumes Brent at $60 a barrel"); a cost cue keeps its own.
_PRICED: Final = frozenset({None, "trade turnover", "exports", "imports", "oil exports",
                            "grain exports", "agricultural exports", "revenue", "cargo volume",
                            "oil production", "fertiliser exports", "budget"})


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
# unless the goods follow the unit: "6,800 cubic metres of freight" is cargo's bulk, no gas
_RE_OF_CARGO: Final = regex.compile(r"[\s\u00a0]++of[\s\u00a0]++(?i:freight|cargo|goods)\b")
# What a building site measures in cubic metres: earth dug and concrete poured, told by the
# digging or pouring (not a bare "sand" or "rock": "gas piped across the Karakum sand desert").
_RE_BUILDING_SOLIDS: Final = regex.compile(
    r"\b(?i:spoil|excavat(?:ed|ion|ions|ing)|earthworks?|concrete|pour(?:ed|ing|s)?|dug"
    r"|digging)\b")


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
# The field a name in the metric cues stands for: what it yields ("Kashagan output fell 30%").
# Karachaganak yields both: its tonnes are liquids, so oil wins (its cubic metres are gas by
# their unit, before this is asked).
_FIELD_YIELDS: Final = {**dict.fromkeys(GAS_FIELDS, "gas production"),
                        **dict.fromkeys(OIL_FIELDS, "oil production")}


def _field_produces(
    facts: Facts, clause: tuple[int, int], text: str, uclass: str
) -> tuple[str, Topic] | None:
    """Generic output in tonnes or a change, made specific by an oil or gas field the clause
    names ("Kashagan output fell 30%") or an oil company ("KMG's share of output ...")."""
    if uclass not in ("mass", "share", "factor"):
        return None
    for start, end, _ in facts.cues:
        if clause[0] <= start < clause[1]:
            label = _FIELD_YIELDS.get(" ".join(text[start:end].lower().split()))
            if label is not None:
                return label, Topic.ENERGY
    return ("oil production", Topic.ENERGY) if any(
        clause[0] <= pos < clause[1] and name in OIL_COMPANIES for pos, name in facts.entities
    ) else None
