"""What a figure measures when no cue word says: by its unit's class (tonnes are cargo, TEU
containers), or by the thing it counts ("19,392 train services" are trains).

Data for `measures`: unit classes (`unit_class`), the fallback metric of each class, the
metric of each counted thing, and the words that make counted people staff.
"""

from __future__ import annotations

from typing import Final

# Fallback metric by unit class when no cue fits (topic in the second place).
METRIC_BY_UNIT_CLASS: Final[dict[str, tuple[str, str]]] = {
    "mass": ("cargo volume", "logistics"),
    "teu": ("container volume", "logistics"),
    "oil": ("oil exports", "energy"),
    "gas": ("gas exports", "energy"),
    "time": ("transit time", "logistics"),
    "period": ("duration", "other"),
    "length": ("route length", "logistics"),
    "power": ("power capacity", "energy"),
    "energy": ("power capacity", "energy"),
    "data": ("data capacity", "digital"),
    "speed": ("speed", "logistics"),
    "gradient": ("gradient", "logistics"),  # per mille says how steep a line is, nothing else
    "freight work": ("freight turnover", "logistics"),
    "passenger work": ("passenger turnover", "logistics"),
}

# A general cue made specific by the unit's class: "exported a combined 2.1 billion kWh" is
# electricity, "a design capacity of 400 Tbps" a link's (a capacity in watts is a plant's
# or a data centre's, as `refine.on_the_grid` reads the clause).
METRIC_BY_CUE_AND_CLASS: Final[dict[tuple[str, str], tuple[str, str]]] = {
    ("exports", "energy"): ("electricity exports", "energy"),
    ("capacity", "data"): ("data capacity", "digital"),
    ("port throughput", "teu"): ("container volume", "logistics"),  # "handled 61,000 TEU"
    # what a pipeline or gas store can take, in barrels or cubic metres, is energy's
    # ("Lines A, B and C ... can carry 55 billion cubic metres a year")
    ("capacity", "gas"): ("capacity", "energy"), ("capacity", "oil"): ("capacity", "energy"),
}

# What "produced ... of X" makes (`measures`: the named group of the goods matched).
# The metrics of exports named by their goods: a figure of one of these is exports, of the goods
# its cue names (`measures`, `respectively`, `describe`).
GOODS_EXPORTS: Final[frozenset[str]] = frozenset(
    {"oil exports", "gas exports", "grain exports", "agricultural exports", "fertiliser exports"}
)
PRODUCED_GOODS: Final[dict[str, str]] = {
    "oil": "oil production", "gas": "gas production",
    "hydrogen": "hydrogen production", "ammonia": "ammonia production", "co2": "emissions",
}

# Unit code -> unit class, for the codes a metric can be guessed from; any other code is
# "money" when it is an ISO currency code, else "other" (see `unit_class`).
UNIT_CLASS: Final[dict[str, str]] = {
    "t": "mass", "kg": "mass",
    # ounces and pounds weigh metals ("gold output reached 3.4 million troy ounces") but also
    # babies and parcels: a class of its own, which only production, trade and emissions cues
    # take; so do grams ("25 g of CO2 per tonne-km", but also "a 45g parcel")
    "oz": "weight", "lb": "weight", "g": "weight",
    "TEU": "teu", "FEU": "teu", "bbl": "oil", "m3": "gas",
    # centimetres measure a level or a depth ("the sea level fell 32 cm"), never a route
    "km": "length", "m": "length", "cm": "short length",
    # millimetres measure a track gauge ("1,520 mm") or a part, never a route nor a depth
    "mm": "millimetre",
    "‰": "gradient",  # per mille: a gradient ("17‰"), metres of climb per kilometre
    "kn": "speed",  # "will sail at 14 knots": a knot is a speed, whatever the cue
    "mi": "length", "nmi": "length", "ft": "length", "km2": "area", "ha": "area",
    # square metres and feet floor buildings (a warehouse's space), not land
    "m2": "floor area", "ft2": "floor area",
    "MW": "power", "GW": "power", "kW": "power", "kWh": "energy", "MWh": "energy",
    "GWh": "energy", "TWh": "energy", "Tbps": "data", "Gbps": "data", "Mbps": "data",
    "%": "share", "pp": "share",
    "x": "factor", "s": "time", "min": "time", "hour": "time", "day": "time", "week": "period",
    "month": "period", "year": "period", "count": "count", "tkm": "freight work",
    "tmi": "freight work",
    "pkm": "passenger work",
}


def unit_class(unit: str) -> str:
    """The class of a canonical unit code; currencies (ISO codes) are "money"."""
    return UNIT_CLASS.get(unit, "money" if len(unit) == 3 and unit.isupper() else "other")


# Counted things name their own metric ("19,392 train services" -> train count).
COUNT_METRICS: Final[dict[str, tuple[str, str]]] = {
    **{item: ("train count", "logistics") for item in (
        "train", "container train", "freight train", "block train", "train service", "trip",
        "journey", "departure", "service")},
    "train pair": ("train count", "logistics"),
    "city": ("destinations", "logistics"),
    "customs declaration": ("customs declarations", "trade"),
    "declaration": ("customs declarations", "trade"),
    # a tanker cargo is one shipload, as a voyage is one trip
    **{item: ("vessel count", "logistics") for item in (
        "vessel", "ship", "tanker", "ferry", "barge", "dredger", "icebreaker", "tug", "voyage",
        "sailing", "call", "feeder", "cargo")},
    **{item: ("container count", "logistics") for item in ("container",)},
    **{item: ("vehicle count", "logistics") for item in (
        "truck", "lorry", "vehicle", "trailer", "car", "unit", "wagon", "railcar", "platform",
        "flatcar", "locomotive", "truck crossing", "vehicle crossing", "car carrier", "coach",
        "carriage")},
    **{item: ("project count", "investment") for item in ("project",)},
    # zones a country runs are counted as zones, whatever the zones then produce: "Kazakhstan's
    # 14 special economic zones produced output worth 2.8 trillion tenge"
    **{item: (f"{item} count", "other") for item in (
        "free economic zone", "special economic zone", "free zone", "economic zone",
        "industrial zone", "industrial park",
        # "the country has 136 cotton-textile clusters": firms grouped from field to garment
        "cluster")},
    # "repaid in 30 semi-annual instalments": a loan's repayment schedule
    **{item: ("instalment count", "investment") for item in ("instalment",)},
    **{item: ("company count", "economy") for item in (
        "company", "firm", "enterprise", "business", "entrepreneur", "investor",
        "joint venture", "venture", "exporter", "importer", "shipper", "legal entity",
        "insurer", "reinsurer")},  # "Georgia has 14 insurers": insurance companies
    **{item: ("job count", "economy") for item in (
        "job", "worker", "employee", "seafarer", "driver", "specialist",
        "inspector", "officer")},  # "the veterinary service employs 320 inspectors"
    # what food safety and quarantine services count: tests run, samples taken, laboratories
    **{item: ("test count", "other") for item in ("test", "sample")},
    "laboratory": ("laboratory count", "other"),
    # a power plant's or a grid's own parts, counted, whatever capacity the clause then gives
    # them: "Rogun will have six turbines with a total capacity of 3,600 MW"
    **{item: (f"{item} count", "energy") for item in ("turbine", "substation")},
    "migrant": ("migrant count", "economy"),  # "1.2 million labour migrants" abroad
    # "18 crew were rescued, along with 4 passengers": the crew, not the passengers' count
    "crew member": ("crew member count", "other"),
    "work permit": ("work permit count", "economy"),  # "1.25 million work patents" issued
    # "issued 1,240 letters of credit worth $860 million": trade finance, counted
    "letter of credit": ("letter of credit count", "trade"),
    # cases opened against offenders, counted: "In 14 cases of smuggling, the goods were
    # hidden in wagons" counts cases, whatever goods the clause names after them
    **{item: (f"{item} count", "other") for item in ("smuggling case", "criminal case",
                                                      "offence case")},
    # payments made by card or transfer, counted
    **{item: ("transaction count", "economy") for item in ("transaction", "payment",
                                                           "transfer")},
    **{item: ("trainee count", "economy") for item in ("trainee", "graduate")},
    "inhabitant": ("population", "economy"),  # "a city of 41,000 inhabitants"
    **{item: ("passenger count", "logistics") for item in (
        "passenger", "tourist", "visitor", "person", "arrival", "citizen")},
    # "the centre received 8.6 million visits": visits counted (a visitor may come twice)
    "visit": ("visit count", "other"),
    "berth": ("berth count", "logistics"),
    # flights, aircraft and airlines: air links counted ("28 freighter flights per week",
    # "expand its fleet to 50 aircraft"), whatever cargo or traffic word is nearer
    "flight": ("flight count", "logistics"), "charter flight": ("flight count", "logistics"),
    **{item: ("aircraft count", "logistics") for item in (
        "aircraft", "jet", "freighter", "airliner", "plane")},
    "airline": ("airline count", "logistics"),
    # road transport permits and TIR carnets: licences for trucks to cross, counted
    **{item: ("permit count", "logistics") for item in ("permit", "carnet")},
    "parcel": ("parcel count", "logistics"),
    # "Insurers handled 310 claims": claims counted, whatever handling verb governs them (no
    # port's throughput)
    "claim": ("claim count", "other"),
    # a marketplace's orders, counted ("processed 2.3 million orders in a day"): online sales,
    # not a port's throughput, whatever handling verb governs them
    "order": ("order count", "digital"),
    # "some 6,200 tariff lines enter duty-free", "issued 18,400 certificates of origin",
    # "processed 1.4 million declarations": the customs tariff and the papers of trade
    "tariff line": ("tariff line count", "trade"),
    "certificate": ("certificate count", "trade"),
    # goods counted by the piece ("450,000 smartphones"): trade, exports or imports when a
    # trade verb governs them (`refine.count_metric`)
    **{item: ("goods count", "trade") for item in (
        "smartphone", "mobile phone", "tractor", "combine harvester", "bottle")},
    "subscriber": ("subscribers", "digital"), "subscription": ("subscribers", "digital"),
    # "12,000 head of cattle": a herd, counted
    **{item: ("livestock count", "agriculture") for item in (
        "cattle", "livestock", "horse", "sheep", "goat", "sheep and goats", "camel", "pig",
        "poultry")},
    # "12 dry ports", "three new terminals": sites and their gear, not berths
    **{item: ("facility count", "logistics") for item in (
        "terminal", "crane", "warehouse", "port", "station", "hub", "pump station", "tank",
        "logistics centre",  # "plans to build 13 logistics centres by 2029"
        "plug",  # a terminal's reefer plugs
        "checkpoint", "crossing",  # "will modernise 30 road checkpoints"
        "pick-up point", "parcel locker")},  # "runs 5,000 pick-up points" for its parcels
}

# Parcels and orders are how goods bought online travel, not goods: "Kazakhstan imported 170
# mln parcels" counts postal items (as "up 76%" after it does), not imports.
POSTED_ITEMS: Final[frozenset[str]] = frozenset({"parcel", "order"})

# People counted in a clause that speaks of staff are jobs, not passengers: "the seaports
# employ some 4,300 people", "the workforce was reduced by 3,200 people".
JOB_CUES: Final[tuple[str, ...]] = ("employ", "workforce", "staff", "headcount", "payroll",
                                    "laid off", "hired", "hiring")

# Goods a state or its fund may sell out of reserves or stocks, named after "sold ... of": "sold
# 100 tonnes of gold from its reserves abroad" (exports, no currency operation).
GOODS_SOLD: Final[tuple[str, ...]] = (
    "gold", "silver", "platinum", "oil", "crude", "gas", "fuel", "petrol", "diesel", "wheat",
    "grain", "flour", "barley", "maize", "corn", "rice", "sugar", "cotton", "metals", "copper",
    "aluminium", "aluminum", "zinc", "coal", "uranium", "fertiliser", "fertilizer")

# The units each of `GOODS_SOLD` is usually quoted per: a market round-up lends a price's rate
# to the next good's bare price only when both are quoted alike ("Copper rose to $9,800 a
# tonne, and gold to $2,650": gold is quoted per ounce, no tonne). Goods not here (fuel,
# petrol, diesel: per litre, gallon or tonne) get none lent.
_GRAIN_PERS: Final = frozenset({"t", "bushel", "kg"})
_TONNE_PERS: Final = frozenset({"t", "kg"})
GOODS_QUOTED_PER: Final[dict[str, frozenset[str]]] = {
    "gold": frozenset({"oz"}), "silver": frozenset({"oz"}), "platinum": frozenset({"oz"}),
    "oil": frozenset({"bbl"}), "crude": frozenset({"bbl"}), "gas": frozenset({"MMBtu"}),
    "cotton": frozenset({"lb", "t"}), "uranium": frozenset({"lb"}), "sugar": _GRAIN_PERS,
    **dict.fromkeys(("wheat", "grain", "flour", "barley", "maize", "corn", "rice"), _GRAIN_PERS),
    **dict.fromkeys(("metals", "copper", "aluminium", "aluminum", "zinc", "coal", "fertiliser",
                     "fertilizer"), _TONNE_PERS),
}
