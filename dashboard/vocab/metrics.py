"""What a number measures: metric labels, the words that name them, and their topics.

Each row: (metric label, topic, cue words, unit classes it can take). The parser picks the
cue nearest to the number whose unit class fits; rows earlier in the table win ties, so
specific cues ("oil exports") come before general ones ("exports").
Unit classes: money, mass, weight (oz, lb), teu, oil, gas, length, millimetre, area, floor area
(m2, ft2), power,
energy, gradient (per mille), data, share ("%", "pp"), factor ("x"), time (durations), count.
"""

from __future__ import annotations

from typing import Final

MetricRow = tuple[str, str, tuple[str, ...], frozenset[str]]

# "A reefer truck from Tashkent to Moscow cost $5,200": a truck's run between two places,
# hired, a freight rate (not a bare "a truck from", as in "a truck from China costs $40,000";
# only with a route "from X to Y" after it: `cue_filters.counted_in`)
HIRED_TRUCK_CUES: Final[tuple[str, ...]] = (
    "a reefer truck from", "a refrigerated truck from", "a truckload from",
    "a full truckload from")

# A bare noun of carrying's cost: a freight rate, unless a project's noun follows ("the cost
# of transport corridors", "of shipping lines' vessels", "of transport ministry reforms").
CARRYING_COST_CUES: Final[tuple[str, ...]] = (
    "cost of shipping", "cost of transport", "costs of transport")

_ANY_SIZE = frozenset({"share", "factor"})
_MONEY = frozenset({"money"}) | _ANY_SIZE
_VOLUME = frozenset({"mass", "teu", "count", "oil", "gas"}) | _ANY_SIZE
# "12% of its capacity of 800,000 tonnes": the share's cue, and the size's after it
_CAPACITY_OF = ("of capacity of", "of its capacity of", "of the capacity of",
                "of their capacity of", "of its design capacity of")

# Container sizes: money next to one is what moving a box costs ("a 40-foot container ...
# costs about $2,000"), whatever other cost word is nearer.
CONTAINER_SIZES: Final[tuple[str, ...]] = (
    "20ft", "20-foot", "20-ft", "40ft", "40-foot", "40-ft", "45ft", "45-foot", "feu",
    "40hc", "45hc",  # the trade's high-cube codes: "a new 40HC cost about $3,000"
)

# A sized box named before a change is what the change is about: "Tariffs for a 40ft
# container fell by a third" is a rate's fall, not fewer containers (the box words are one
# cue, so "container" alone does not name the container volume there).
SIZED_CONTAINERS: Final[tuple[str, ...]] = tuple(
    f"{size} {box}" for size in CONTAINER_SIZES if size != "feu"
    for box in ("container", "box")  # "120,000 40-foot containers" are boxes counted
)

# Cues that name no measure by themselves, only in want of another: "The bridge is estimated at
# $2 billion" is its cost, but "Exports are estimated at $5 billion" are exports and "Total
# investment needs are estimated at $12-15 billion" investment, whatever cue is nearer.
WEAK_CUES: Final[frozenset[str]] = frozenset({"estimated at", "valued at", "budgeted at",
                                             # "The Qosh Tepa canal will run 285 km", but
                                             # "Draught on the Volga-Don canal was cut ... to
                                             # 3.4 metres" is its depth
                                             "canal", "canals", "irrigation canal",
                                             "irrigation canals",
                                             # "transit brought in $1.4 billion" is a
                                             # revenue, but "brandy exports to Russia brought
                                             # in $210 million" are exports
                                             "brought in", "brings in", "bringing in"})

# Facilities that name a cost only when the money modifies them, right before ("a $250 million
# battery plant"), never as a cue before the figure or further after it; so does a package
# of money ("a EUR 1.4 billion package to upgrade the corridor": money put in, not what the
# upgrade costs; "packages" of goods are counted, not priced), and a tank its size names ("a
# 20,000 m3 storage tank": its capacity; "the tank was filled with 8,000 tonnes" is not).
FACILITY_CUES: Final[frozenset[str]] = frozenset({"plant", "factory", "smelter", "refinery",
                                                  "industrial park", "project", "package",
                                                  "packages", "tank", "tanks", "storage tank",
                                                  "storage tanks", "reservoir tank",
                                                  "agreement to build", "deal to build",
                                                  "issue"})

# The labels a reading of money may overrule (a night's rate, a port's handling, an event's
# loss): the fallback project cost, a freight rate, or none.
COST_LABELS: Final[frozenset[str | None]] = frozenset({None, "project cost", "freight rate"})

# Things bought one at a time, and goods a shop sells: what one of them "costs" is its price
# ("A new truck costs $120,000", "Locally made drugs cost 14,200 soums", "a bag of flour costs
# 9,500 tenge"), not a project's cost ("The new terminal costs $300 million"; `item_costs`).
PRICED_ITEMS: Final[frozenset[str]] = frozenset({
    "truck", "trucks", "lorry", "lorries", "car", "cars", "vehicle", "vehicles", "bus",
    "buses", "van", "vans", "tractor", "tractors", "trailer", "trailers", "harvester",
    "harvesters", "wagon", "wagons", "railcar", "railcars", "locomotive", "locomotives",
    "drug", "drugs", "medicine", "medicines", "phone", "phones", "smartphone", "smartphones",
    "tyre", "tyres", "tire", "tires", "flour", "bread", "sugar", "rice", "meat", "beef",
    "mutton", "lamb", "potatoes", "onions", "eggs", "milk", "butter", "cooking oil",
    "reefer", "reefers",  # a refrigerated box: "a heated reefer costs $3,000 more than a dry one"
})

# Oil and gas fields (and their operators) of the region: what they yield is production,
# not exports ("Tengiz will pump about 1 million barrels per day", "Kashagan output fell
# 30%": a generic "output" made specific by the field). Liquids fields first; Karachaganak
# yields both, so gas figures there are gas production by their unit.
OIL_FIELDS: Final[tuple[str, ...]] = (
    "tengiz", "tengizchevroil", "kashagan", "karachaganak", "azeri-chirag-gunashli",
    "azeri-chirag-deepwater gunashli", "acg", "north caspian operating company", "ncoc",
)
GAS_FIELDS: Final[tuple[str, ...]] = (
    "shah deniz", "galkynysh", "absheron", "umid", "karachaganak",
)

# Makers that take in raw goods: what they "processed" is their intake, no port's throughput
# ("domestic spinners, who processed 1.02 million tonnes of it", "the combine processed 4.3
# million tonnes of ore"; `cue_filters`). Refineries have their own row.
PROCESSORS: Final[tuple[str, ...]] = (
    "mill", "mills", "spinner", "spinners", "spinning mill", "spinning mills", "factory",
    "factories", "plant", "plants", "processor", "processors", "crusher", "crushers",
    "smelter", "smelters", "combine", "combines", "ginnery", "ginneries", "gins", "millers",
    "manufacturer", "manufacturers", "weavers", "textile makers", "bakeries", "dairies",
    "wineries", "abattoirs", "slaughterhouses", "enterprises", "cluster", "clusters",
)

# Verbs of gathering a crop, a harvest's cue only right before a figure (`cue_filters`):
# "Uzbekistan gathered over 7 million tonnes of wheat", not "data gathered by customs show".
HARVEST_VERBS: Final[tuple[str, ...]] = ("gathered", "gather", "picked", "pick")

# The Uzbek currency spelt as the English word, named by how it moves ("Analysts see the sum
# weakening by 5-7%"); a bare "sum" is money set aside ("a sum of $5 million", "40% of that
# sum"), the budget's cue.
SUM_MOVES: Final[tuple[str, ...]] = tuple(f"sum {verb}" for verb in (
    "weakened", "weakens", "weakening", "strengthened", "strengthens", "strengthening",
    "depreciated", "depreciates", "depreciating", "appreciated", "appreciates", "appreciating",
    "devalued", "devalues", "devaluing"))

# What a field yields, not the crude or gas exported (as "refinery processed"): "The field
# pumps 18,000 tonnes of crude per day", "produces around 19 billion cubic metres of raw gas".
FIELD_YIELDS: Final[tuple[str, ...]] = (
    "field pumps", "field pumped", "fields pump", "fields pumped", "field produces",
    "field produced", "fields produce", "fields produced")

# A line's or port's potential named before a figure of goods or boxes is what it could take,
# its capacity: "33,000 TEU last year, against a current potential of 80,000 TEU" (a cue
# only right before the figure, `cue_filters`; not "an export potential of", a forecast of
# trade; money is no capacity's).
POTENTIAL_CUES: Final[tuple[str, ...]] = (
    "a potential of", "its potential of", "their potential of", "current potential of",
    "full potential of")

METRICS: Final[tuple[MetricRow, ...]] = (
    # "crude steel" is steel, not oil: read as one phrase that fits no unit, so that its
    # "crude" is no cue ("1.9 tonnes of CO2 per tonne of crude steel", "exports of crude steel")
    ("production", "economy", ("crude steel", "crude iron"), frozenset()),
    # Phrases that hold a cue word but name no measure, read whole so that their word is no
    # cue: "Social spending takes up 45% of the budget" is a share, no journey's time ("takes");
    # "the Fund for Reconstruction and Development will channel $1.4 billion" names a fund (or
    # the EBRD), no works' cost ("reconstruction")
    ("share", "other", ("takes up", "take up", "took up", "taking up",
                        "reconstruction and development"), frozenset()),
    # a customs class of goods names what was traded, not which way: "On the import side,
    # machinery made up $1.03 billion, mineral products $842 million" are imports (the bare
    # "products" is an exports cue)
    ("exports", "trade", ("mineral products", "chemical products", "metal products",
                          "food products", "textile products",
                          "plastic products", "pharmaceutical products"), frozenset()),
    # "by volume" / "by value" says how a ranking is measured, not that goods were carried:
    # "Armenia's largest export by volume, at 612,000 tonnes" stays exports
    ("cargo volume", "logistics", ("by volume", "by value", "by weight", "in volume terms",
                                   "in value terms"), frozenset()),
    # a field's barrels and tonnes are its output, its cubic metres gas produced
    ("oil production", "energy", OIL_FIELDS, frozenset({"mass", "oil"})),
    # OPEC+ caps what its members pump: "exceeded its OPEC+ target by 300,000 barrels per
    # day" is production over the quota (barrels only: its money is prices and budgets)
    ("oil production", "energy", ("opec", "opec+"), frozenset({"oil"})),
    ("gas production", "energy", (*GAS_FIELDS, "associated gas", *FIELD_YIELDS),
     frozenset({"gas"})),
    ("oil production", "energy", ("oil production", "oil output", "crude production",
                                  "crude output", "oil and condensate production",
                                  "condensate production", "crude and condensate production",
                                  # "oil and gas condensate output is set to rise by 5.3%"
                                  "condensate output", "oil and condensate output",
                                  "crude and condensate output", "gas condensate production",
                                  "gas condensate output", "oil and gas condensate output",
                                  "oil and gas condensate production",
                                  "production quota", "quota", *FIELD_YIELDS),
     frozenset({"mass", "oil", "count"}) | _ANY_SIZE),
    # What refineries take in: "The Atyrau refinery processed 5.4 million tonnes of crude oil",
    # "The Bukhara refinery refines about 2.5 million tonnes" (the crude named after the
    # figure is what they refine, not oil exported; a bare "refined" is no cue: "refined
    # products" are exported)
    ("refinery throughput", "energy", ("refinery processed", "refinery processes",
                                       "refinery refined", "refinery refines",
                                       "refineries processed", "refineries process",
                                       "refineries refined", "refineries refine",
                                       "refinery throughput", "refining throughput",
                                       "crude throughput", "oil refining", "crude refining",
                                       "refining volume", "refining volumes",
                                       "crude processing", "oil processing"),
     frozenset({"mass", "oil"}) | _ANY_SIZE),
    ("gas production", "energy", ("gas production", "gas output", "natural gas production"),
     frozenset({"gas"}) | _ANY_SIZE),
    ("oil exports", "energy", ("oil exports", "oil export", "crude exports", "oil shipments",
                               "oil transit", "crude", "oil", "oil products",
                               "petroleum products", "petroleum",
                               "oil-product exports", "oil and oil-product exports"),
     frozenset({"mass", "oil", "money", "count"}) | _ANY_SIZE),
    # An export pipeline names what it carries: "Exports via the Caspian Pipeline Consortium
    # rose 8% to 63.5 million tonnes" are oil's, "TANAP delivered 11 bcm" gas's. Not money
    # (a pipeline's revenue or budget), nor "CPC" alone, nor "TAP"/"SCP" (cues are read in
    # any case: "tap"); names as in `vocab/entities.py`.
    ("oil exports", "energy", ("caspian pipeline consortium", "cpc pipeline", "cpc terminal",
                               "cpc blend", "baku-tbilisi-ceyhan", "btc"),
     frozenset({"mass", "oil"}) | _ANY_SIZE),
    ("gas exports", "energy", ("south caucasus pipeline", "south caucasus gas pipeline",
                               "tanap", "trans-anatolian", "trans adriatic pipeline",
                               "trans-adriatic pipeline", "southern gas corridor"),
     frozenset({"gas"}) | _ANY_SIZE),
    ("agricultural exports", "agriculture", ("sunflower oil", "vegetable oil", "edible oil",
                                             "cotton", "fruit", "vegetables", "meat", "sugar",
                                             # "cotton exports halved": the goods' exports,
                                             # not trade at large ("exports" is nearer)
                                             "cotton exports", "fruit exports",
                                             "vegetable exports", "meat exports",
                                             "sugar exports",
                                             # a crop named in the singular before its
                                             # exports: "Cherry exports rose 35%", "Onion
                                             # exports halved" (no bare "cherry": a name)
                                             "cherry exports", "apricot exports",
                                             "onion exports", "melon exports",
                                             "tomato exports", "apple exports",
                                             "grape exports", "potato exports",
                                             # "raise agricultural exports to $200 million":
                                             # farm goods at large, named as such
                                             "agricultural exports", "agri-food exports",
                                             "agrifood exports", "farm exports",
                                             # goods the region sells by name: "shipped 350
                                             # tonnes of honey to the EU" (not cargo at large)
                                             "honey", "hazelnuts", "nuts", "dried fruit",
                                             "dried fruits", "apples", "apricots", "cherries",
                                             "grapes", "raisins", "tomatoes", "onions",
                                             "melons", "beef", "lamb", "mutton", "poultry",
                                             "dairy", "dairy products", "flaxseed",
                                             "sunflower seeds", "oilseeds", "rapeseed",
                                             "soybeans"),
     frozenset({"mass", "money"}) | _ANY_SIZE),
    # "shipped 1.2 million tonnes of potash to China": fertilisers sold abroad, farm inputs
    # rather than cargo at large (production and imports still beat them, as other goods)
    ("fertiliser exports", "agriculture", ("fertiliser", "fertilizer", "fertilisers",
                                           "fertilizers", "mineral fertilisers",
                                           "mineral fertilizers", "potash", "urea",
                                           "ammonium nitrate", "potassium chloride",
                                           "fertiliser exports", "fertilizer exports"),
     frozenset({"mass", "money"}) | _ANY_SIZE),
    ("gas exports", "energy", ("gas exports", "gas export", "gas supplies", "gas deliveries",
                               "gas transit",  # as "oil transit" is oil's
                               "natural gas", "gas"), frozenset({"gas", "money"}) | _ANY_SIZE),
    # "Drip irrigation now covers 1.2 million hectares", "to irrigate 550,000 hectares":
    # land watered, not land sown that year (areas only: "irrigation takes 90% of the water")
    ("irrigated area", "agriculture", ("irrigated", "irrigation", "irrigate", "irrigating",
                                       "irrigated land", "irrigated lands", "drip irrigation",
                                       "under irrigation"), frozenset({"area"})),
    # "Winter crops were sown on 1.8 million hectares": land under crops, not a site's size
    ("sown area", "agriculture", ("sown", "sown area", "sown areas", "area sown", "sowing",
                                  "sowing area", "sowing campaign", "acreage", "acreages",
                                  "planted", "planted area", "crop area", "area under crops",
                                  # "Cotton planting was cut by 10% to 950,000 hectares"
                                  "planting", "plantings", "sowed", "sowings",
                                  # "cut the area under cotton by 50,000 hectares"
                                  "area under", "areas under"),
     frozenset({"area"}) | _ANY_SIZE),
    # "Grain harvest amounted to 17.1 million tons": grown, not sold abroad
    ("harvest", "agriculture", ("harvest", "grain harvest", "harvested", "crop",
                                # "farmers had threshed 19.8 million tonnes": grown, not sold
                                # abroad
                                "threshed", *HARVEST_VERBS),
     frozenset({"mass"}) | _ANY_SIZE),
    # "grain had been threshed on 9.4 million ha": land cleared of its crop, not land sown
    ("harvested area", "agriculture", ("harvested", "threshed", "harvesting", "harvested area",
                                       "threshing"),
     frozenset({"area"})),
    # "Average wheat yields were down 12%": what a hectare gives (the crop named: "bond
    # yields" and the verb "will yield" are no harvest)
    ("yield", "agriculture", ("grain yield", "grain yields", "crop yield", "crop yields",
                              "wheat yield", "wheat yields", "cotton yield", "cotton yields",
                              "average yield", "average yields", "yield per hectare",
                              "yields per hectare"),
     frozenset({"mass"}) | _ANY_SIZE),
    ("grain exports", "agriculture", ("grain exports", "grain", "wheat", "flour",
                                      "wheat exports", "grain shipments", "wheat shipments",
                                      "flour exports", "barley exports",
                                      # "shipped 300,000 tonnes of barley to Iran"
                                      "barley", "maize", "oats", "rye",
                                      "buckwheat"),
     frozenset({"mass", "money"}) | _ANY_SIZE),
    # "Electricity tariffs for households rose by 30%": what energy costs its users, not
    # what moving goods costs (the phrase is one cue, so "tariffs" alone does not speak); not
    # "price", the label `measures` gives a money rate ("$0.05 per kWh"), which figures
    # without a cue of their own do not take from the paragraph
    ("energy price", "energy", ("electricity tariff", "electricity tariffs", "electricity price",
                         "electricity prices", "power tariff", "power tariffs", "gas tariff",
                         "gas tariffs", "energy tariff", "energy tariffs", "utility tariffs",
                         "heating tariffs", "gas prices", "fuel prices", "petrol prices",
                         "gasoline prices", "diesel prices",
                         # ships' fuel: "VLSFO in Singapore averaged $548 per tonne", "Marine
                         # gasoil in Baku costs 1,450 manats per tonne" (not "fuel oil" alone,
                         # the oil products a refinery ships)
                         # (not a bare "bunker": "bunker costs" are a ferry's costs)
                         "bunker price", "bunker prices", "bunker fuel",
                         "vlsfo", "hsfo", "lsfo", "marine gasoil", "marine gas oil", "mgo",
                         "marine fuel", "marine fuels"), _MONEY),
    # "Shipping a container from Mumbai to Moscow via Iran is 30% cheaper": what moving one
    # box costs, not boxes counted (one phrase, so its "container" is no cue)
    ("freight rate", "logistics", ("shipping a container", "shipping one container",
                                   "moving a container", "transporting a container",
                                   "sending a container", "shipping a box",
                                   *HIRED_TRUCK_CUES,
                                   # "cutting the cost of carrying a tonne of fruit by 20%":
                                   # what moving goods costs (not "the cost of carrying out"
                                   # works, a project's)
                                   "cost of carrying a tonne", "cost of carrying goods",
                                   "cost of carrying cargo", "cost of moving goods",
                                   "cost of moving cargo", "cost of moving a tonne",
                                   # (the bare ones not before a project's noun: "the
                                   # cost of transport corridors", "of shipping lines'
                                   # vessels": `cue_filters.project_costs`)
                                   *CARRYING_COST_CUES, "cost of transporting",
                                   # "the price of transporting cotton to Poti rose 15%"
                                   # (not "of shipping": "the price of shipping containers"
                                   # may be what the boxes sell for)
                                   "price of transporting"), _MONEY),
    ("freight rate", "logistics", ("freight rate", "freight rates", "tariff", "tariffs",
                                   # container freight indices are spot rates averaged:
                                   # "Drewry's World Container Index fell 3%" (not "container"
                                   # volumes; index points are no claim anyway)
                                   "world container index", "container index",
                                   "freight index", "containerized freight index",
                                   "containerised freight index", "wci", "scfi",
                                   "shipping cost", "rates", "per container", "freight costs",
                                   "freight cost", "shipping costs", "transport costs",
                                   # "cut the tariff for containers ... by 15%": a rate's cut
                                   "tariff for containers", "tariffs for containers",
                                   "rates for containers", "rate for containers",
                                   # "transit fees on the route were cut by a quarter": what
                                   # passing through costs, not the transit cargo
                                   "transit fees", "transit fee", "transit tariffs",
                                   "transit tariff", "transit rates",
                                   # "a 15% increase in rail freight tariffs": what
                                   # carriage costs, not the freight carried
                                   "freight tariffs", "freight tariff", "rail freight tariffs",
                                   "rail freight tariff", "rail tariffs", "rail tariff",
                                   # "a road toll of $0.02 per tonne-km": what using the road
                                   # costs a haulier, as a transit fee does
                                   "toll", "tolls", "road toll", "road tolls", "toll fee",
                                   "toll fees", "toll rate", "toll rates",
                                   # "a road fee of 200 lari per entry": the same charge
                                   "road fee", "road fees", "road charge", "road charges",
                                   # "tariff discounts of 25% on grain transit": a cut in
                                   # what carriage costs (not "discount" alone: "the
                                   # WCS-WTI discount" is oil's, "a 24pc discount to
                                   # earnings" a share's)
                                   "tariff discount", "tariff discounts",
                                   # "a 30% discount on the base rate": what a carrier
                                   # takes off its published scale
                                   "discount on the base rate", "discount on the base tariff",
                                   "discount on the tariff", "discount on the tariffs",
                                   # "a 20% discount on the transit of empty containers":
                                   # carriage made cheaper, no transit cargo counted
                                   "discount on transit", "discount on the transit",
                                   "discounts on transit", "discounts on the transit",
                                   # "time charters for Caspian tankers are fixed at $8,000 a
                                   # day": what hiring a ship costs, a tanker's freight rate
                                   "time charter", "time charters", "time-charter",
                                   "charter rate", "charter rates", "charter hire",
                                   "daily hire", "hire rate", "hire rates",
                                   *CONTAINER_SIZES, *SIZED_CONTAINERS),
     _MONEY),
    # "Dangerous goods carry a surcharge of 50% of the base rate": a share a carrier adds to
    # its rate (shares only: "a fuel surcharge of 1,200 som per ticket" is a fare's, money
    # per container is a freight rate anyway; an import surcharge is a duty)
    ("freight rate", "logistics", ("surcharge", "surcharges", "bunker surcharge",
                                   "bunker surcharges"), frozenset({"share"})),
    # "Port dues at Batumi were cut to 0.9 lari per tonne": what a port charges a ship or its
    # cargo, neither a price of goods nor the cost of the voyage
    ("port charges", "logistics", ("port dues", "port charges", "port fees", "port tariff",
                                   "port tariffs", "harbour dues", "harbor dues", "berthing fees",
                                   "tonnage dues", "anchorage fees", "pilotage fees",
                                   "berth dues", "berthing dues", "light dues",
                                   "canal dues",
                                   # what a terminal charges for keeping a box: "Demurrage at
                                   # Aktau is charged at $25 per container per day"
                                   "demurrage", "detention", "detention fees",
                                   "detention charges", "demurrage charges", "storage fees",
                                   "storage fee", "storage charges", "terminal charges",
                                   "terminal fees", "plug-in charges", "plug-in fees",
                                   # what a terminal charges for moving a box or a tonne
                                   # across its quay: "Tariffs for transshipment of a 40-foot
                                   # container at Aktau were cut by 15%" (not the carriage)
                                   "transshipment tariff", "transshipment tariffs",
                                   "transhipment tariff", "transhipment tariffs",
                                   "tariff for transshipment", "tariffs for transshipment",
                                   "tariff for transhipment", "tariffs for transhipment",
                                   "transshipment fees", "transshipment charges",
                                   "handling tariff", "handling tariffs", "handling charges",
                                   "handling fees", "handling rates", "tariff for handling",
                                   "tariffs for handling", "rates for handling",
                                   "terminal handling charges", "stevedoring tariff",
                                   "stevedoring tariffs", "stevedoring rates",
                                   "stevedoring charges", "stevedoring fees",
                                   # "Loading and unloading tariffs at Caspian ports have been
                                   # cut by 50 percent for transit goods"
                                   "loading and unloading tariffs", "loading and unloading fees",
                                   "loading and unloading charges",
                                   "loading and unloading tariff"), _MONEY),
    # "War-risk premiums rose to 0.7% of hull value", "insurers paid 12.4 million lari in
    # cargo claims", "carry insurance with a limit of $500 million": what insuring ships and
    # cargo costs, pays out and covers, not the cargo nor the ship's trade. The phrases are
    # the cues: not a bare "premium" (rail's over sea, metals' over an index), "cover" (a
    # zone's area) nor one "insurer", a party to a deal ("bought 5.5% from the insurer
    # Phoenix at a 25% premium"); "P&I" is no word of the lexicon
    ("insurance", "logistics", ("insurance", "insured", "insurers", "reinsurers",
                                "reinsurance", "underwriters", "war-risk", "war risk",
                                "war risks", "war-risk rate", "war-risk rates",
                                "war risk rates", "cargo premiums", "premiums written",
                                "cargo insurance", "insurance premium", "insurance premiums",
                                "additional premium", "additional premiums", "deductible",
                                "sum insured", "loss ratio", "combined ratio",
                                "insurance pool", "extra premium", "extra premiums",
                                # "pay around $120 per consignment to insure goods", "cost
                                # 0.05% of hull value", "general average security of 12%"
                                "insure", "insuring", "hull value", "general average",
                                # what P&I clubs cover: "cover oil pollution liabilities up
                                # to $1 billion per incident" (not the oil named before)
                                "pollution liability", "pollution liabilities",
                                "third-party liability", "third-party liabilities"),
     _MONEY),
    # "Duties on imported cars were cut from 15% to 5%": a rate the state levies on goods
    ("customs duty", "trade", ("duty", "duties", "customs duty", "customs duties", "import duty",
                               "import duties", "export duty", "export duties", "import tariff",
                               "import surcharge", "import surcharges",
                               "import tariffs", "customs tariff", "customs tariffs",
                               # "The customs fee for an electronic declaration is 6 euros"
                               "customs fee", "customs fees", "customs charges",
                               # "the recycling fee on imported trucks rises to 1.2 million
                               # tenge": a charge on each imported vehicle, as a duty is
                               "recycling fee", "recycling fees", "utilisation fee",
                               "utilization fee", "utilisation fees", "utilization fees",
                               "scrappage fee", "scrappage fees",
                               "customs payments",
                               # "the average applied tariff fell by 2.3 pp", "the simple
                               # average MFN tariff": a customs rate, though "tariff" alone is
                               # a freight rate's
                               "applied tariff", "applied tariffs", "mfn tariff",
                               "mfn tariffs", "mfn rate", "mfn rates", "bound tariff",
                               "bound tariffs", "bound rate", "bound rates",
                               # the verb of the same WTO commitment: "will bind its tariffs
                               # at an average of 10.5%"
                               "bind its tariffs", "bind tariffs", "bound its tariffs",
                               "binds its tariffs", "tariff bindings", "tariff binding",
                               # "the EAEU's common external tariff on furniture": the union's
                               # customs duty, not what a railway charges
                               "common external tariff", "common customs tariff",
                               "external tariff",
                               # "raised duties on 12 tariff lines ... by 10 pp": the lines of
                               # a customs tariff
                               "tariff line", "tariff lines",
                               # "the new tariff schedule charges $0.8 per kg on imported
                               # poultry": a country's schedule of customs duties
                               "tariff schedule", "tariff schedules"), _MONEY),
    # "The transit guarantee for a truck is set at 1.5 million rubles": security lodged with
    # customs for the duties on goods in transit, not money lent (the phrase beats the loan
    # "guarantee" row)
    ("transit guarantee", "trade", ("transit guarantee", "transit guarantees",
                                    "customs guarantee", "customs guarantees", "tir guarantee",
                                    "tir guarantees"), _MONEY),
    # "OFAC fined the bank $1.3 million", "a penalty of 2.4 million euros": what a regulator or
    # court made a firm pay (for breaking sanctions, mostly), not a duty on goods
    ("fine", "economy", ("fine", "fines", "fined", "penalty", "penalties", "civil penalty",
                         "civil penalties",
                         # "penalties collected rose 21%": what was levied, not the budget's
                         # revenue (the longer phrase beats "collected")
                         "fines collected", "penalties collected", "collected in fines",
                         "collected in penalties"), _MONEY),
    # "filed claims of up to $160 billion", "ordered to pay $1.3 billion plus interest", "an
    # award of $497 million": what a party claims or a tribunal or court awards in a dispute
    # (not "claimed": "the 6.3% claimed by Ashgabat"; nor "awarded": contracts are awarded;
    # nor bare "claims of": insurers pay claims)
    # (not "is seeking": "is seeking $2 billion in investment" is a plan to raise money)
    ("legal claim", "economy", ("filed claims of", "filed a claim", "filed claims",
                                "counterclaim",
                                "award of", "the award", "ordered to pay", "in compensation",
                                "compensation of", "agreed to pay"),
     # money only: "interest accrues at 4.5% ... until the award is paid" is no claim
     frozenset({"money"})),
    # "Speeds on the line rose 15%": how fast, not how many (and "twice as fast", "30%
    # faster", read by `measures`)
    # "Average fixed broadband speed climbed to 72 Mbps": a connection's, not a train's
    ("internet speed", "digital", ("internet speed", "broadband speed", "download speed",
                                   "connection speed", "internet speeds", "broadband speeds",
                                   "download speeds", "upload speed", "upload speeds"),
     frozenset({"data"}) | _ANY_SIZE),
    ("speed", "logistics", ("speed", "speeds", "average speed", "technical speed",
                            "route speed"), frozenset({"speed"}) | _ANY_SIZE),
    # "the average waiting time at the border fell from 12 days to 3 days": time spent
    # standing, not travelling
    ("waiting time", "logistics", ("waiting time", "waiting times", "wait", "waits",
                                   "queues", "queue", "dwell time", "idle time", "downtime",
                                   # "trucks waited 16 hours for inspection"
                                   "waited", "waiting",
                                   # "ships queued for up to 10 days at the canal"
                                   "queued", "queuing", "queueing",
                                   # "trucks were stuck at Torkham, some for 6 days"
                                   "stuck", "stranded"),
     frozenset({"time"}) | _ANY_SIZE),
    # "wagons spent 5.6 days idle", "cotton held up at Sarakhs for 25 days": standing still too,
    # but only as a duration ("idle capacity of 30%" is no wait)
    ("waiting time", "logistics", ("idle", "stood idle", "held up"), frozenset({"time"})),
    # "Torugart was closed for 10 days", "navigation was suspended for 48 hours", "traffic was
    # restored after 19 hours": how long a crossing, line or port was shut, not a journey;
    # "expect to reopen the pass within 3 days": how long it stays shut
    # "banned poultry imports for 90 days", "must spend 30 days in quarantine": how long a
    # ban or a quarantine lasts, no journey (a duration, as "a ban ... for six months" is by
    # its class; taken from its own words only, `refine._NAMED_ONLY`)
    # "the parties have 30 days to appeal", "annulment must be sought within 120 days": a time
    # limit a court or tribunal sets, no journey
    ("duration", "other", ("ban", "bans", "banned", "embargo", "in quarantine",
                           "appeal", "to appeal", "annulment",
                           # the time a body is given to act: "the Senate has 30 days to
                           # approve or return the bill" (no journey)
                           "to approve", "to respond", "to reply", "to decide", "to object",
                           "to comply"),
     frozenset({"time"})),
    ("closure time", "logistics", ("closed", "closure", "closures", "shut", "suspended",
                                   "halted", "halt", "halts", "halting", "restored after",
                                   "resumed after", "reopen", "reopened", "reopens",
                                   "reopening",
                                   # "Lock No. 9 will close for 12 days of repairs" (not "close
                                   # to 12 days", a hedge)
                                   "close for", "closes for", "closing for",
                                   # "Storms close the middle Caspian for 25-30 days a year"
                                   "close the", "closes the", "closing the"),
     frozenset({"time", "period"})),
    # "Customs clearance of a train now takes 40 minutes": time spent on formalities at the
    # border, neither a queue nor the journey; "clearance" alone names only a duration ("the
    # clearance of 90% of goods" is no time)
    ("clearance time", "logistics", ("clearance time", "clearance times",
                                     "customs clearance time", "customs clearance times",
                                     # customs' word for it: "cut the average release time
                                     # to 30 minutes"
                                     "release time", "release times"),
     frozenset({"time"}) | _ANY_SIZE),
    ("clearance time", "logistics", ("customs clearance", "clearance", "cleared", "to clear",
                                     "to be cleared",
                                     # "a phytosanitary check at Dostyk takes 40 minutes",
                                     # "border checks were reduced by 2 days": controls at the
                                     # border take time as clearance does (not "checkpoint",
                                     # a place: "closed the checkpoint for 10 days")
                                     "check", "checks", "inspection", "inspections",
                                     # goods let go by customs: "were released in an average
                                     # of 42 minutes"
                                     "released in"),
     frozenset({"time"})),
    # "Citizens of Kazakhstan can stay without a visa for up to 30 days": how long a visitor
    # may stay, no journey's time (only visa words say so: containers "stay" at a terminal)
    ("stay limit", "other", ("visa-free", "visa free", "without a visa", "without visas",
                             "visa-free stay", "visa-free stays", "visa waiver"),
     frozenset({"time"})),
    # how far works run ahead of or behind their schedule: "two months ahead of schedule",
    # "delayed by six months", "14 months later than planned" (not a journey's time; a wait at
    # a border is a waiting time; "seven years late" is read by `refine.runs_late`, as a bare
    # "late" is no cue: "a 90 day old bill is quite late")
    ("schedule variance", "logistics", ("ahead of schedule", "behind schedule",
                                        "ahead of the schedule", "behind the schedule",
                                        "ahead of the revised schedule",
                                        "behind the revised schedule",
                                        "ahead of the original schedule",
                                        "behind the original schedule",
                                        "than planned", "than scheduled", "than envisaged",
                                        "than originally planned", "delayed by"),
     frozenset({"time", "period"})),
    ("transit time", "logistics", ("transit time", "transit times", "delivery time",
                                   "delivery times", "travel time", "journey", "trip", "takes",
                                   # a ferry's time at sea: "cuts sailing time by 30%"
                                   "sailing time", "sailing times", "crossing time",
                                   "crossing times", "voyage time",
                                   # "Rail delivers in 18 days", "in half the time of the sea
                                   # route" (not "will deliver in two years": a deadline)
                                   "delivers in"),
     frozenset({"time"}) | _ANY_SIZE),
    ("container volume", "logistics", ("container traffic", "container volumes",
                                       "container volume", "container throughput",
                                       "container handling", "container cargo", "containers",
                                       # "Container shipments ... rose 1.5-fold": boxes
                                       # carried, not exports (a bare "shipments" is)
                                       "container shipments", "container",
                                       # "the number of containers handled rose by 17,4
                                       # percent": boxes, not the port's tonnage
                                       "containers handled", "containers transshipped",
                                       "containers processed"), _VOLUME),
    # before the port's verbs: "handled 8 million tonnes of transit cargo" is transit, as
    # "handled 5 mt of oil" is oil (named goods beat the verb only from an earlier row)
    ("transit cargo volume", "logistics", ("transit goods", "transit cargo", "cross the corridor",
                                           "would cross", "transit shipments", "transit traffic",
                                           "transit freight", "transit flows"),
     frozenset({"mass"}) | _ANY_SIZE),
    # a customs office's shares of its papers: "sent 71% of declarations to the green
    # channel", "96 percent of declarations were processed online" (a share "of" them only:
    # not "1 out of 10 traders files customs declarations", nor "127 criminal cases over
    # false declarations", counted things of their own)
    ("customs declarations", "trade", ("of declarations", "of customs declarations",
                                       "of all declarations", "of electronic declarations",
                                       "of the declarations"), _ANY_SIZE),
    # before the port's verbs: "Kazpost handled 14.6 million parcels ..., up 18%", "expects to
    # handle 15-20% more parcels": postal items, not port cargo
    ("parcel count", "logistics", ("parcels", "parcel", "postal items", "parcel volumes"),
     frozenset({"count"}) | _ANY_SIZE),
    ("port throughput", "logistics", ("port throughput", "transshipment", "handled", "handling",
                                      "transshipped", "trans-shipped",
                                      "to handle",
                                      "throughput", "processed",
                                      # "the cost of the grain terminal rose to $1.6bn": a
                                      # facility named by its goods, not the goods' exports
                                      # (the phrase is one cue: "grain" alone does not speak)
                                      "grain terminal", "grain terminals"),
     # barrels a day are a pipeline's ("BTC throughput averaged 580,000 bpd"), not a port's;
     # TEU handled are the container volume (`vocab.classes.METRIC_BY_CUE_AND_CLASS`): one
     # series, not two, and the verb beats a farther capacity cue ("was designed for 150,000
     # TEU a year but handled only 61,000 TEU")
     _VOLUME - {"oil"}),
    # "data centre capacity is set to reach 100 MW": servers' power, not a plant's (see
    # `measures`: watts in a clause about a data centre are its capacity)
    ("data centre capacity", "digital", ("data centre capacity", "data center capacity",
                                         "data-centre capacity", "data-center capacity"),
     frozenset({"power"}) | _ANY_SIZE),
    # "an average capacity factor of 38%": how much of its capacity a plant uses, a share
    # (the phrase is one cue, so "capacity" alone does not speak; not "load factor", an
    # airline's seats filled)
    ("capacity factor", "energy", ("capacity factor", "capacity factors",
                                   "capacity utilisation factor",
                                   "capacity utilization factor"), _ANY_SIZE),
    # "wind capacity has tripled": a grid's plants multiplied, not room for goods (the phrase
    # is one cue, so "capacity" alone does not speak). Not shares: a per cent takes a cue
    # from as far as a list's lead, where a plant's "solar capacity" names no growth rate.
    ("power capacity", "energy", ("wind capacity", "solar capacity", "power capacity",
                                  "generating capacity", "generation capacity",
                                  "renewable capacity", "renewables capacity"),
     frozenset({"power", "energy", "factor"})),
    ("capacity", "logistics", ("capacity", "capacities", "designed for", "can take",
                               "able to carry", "sized for", "can now take", "can carry",
                               "can handle", "able to handle", "capable of handling",
                               # "with four sailings a week the line can move 200,000 TEU"
                               "can move", "able to move",
                               # "each tanker can load 7,800 tonnes": what a ship takes on
                               "can load", "able to load",
                               # "Initial throughput of the CKU railway is put at 15 million
                               # tonnes a year": what a line or terminal is built to take
                               "initial throughput", "design throughput", "designed throughput",
                               "planned throughput", "projected throughput",
                               "can store", "able to store", "can accommodate",
                               # "the yard can hold 3,500 containers at a time"; "offers
                               # 15,000 tonnes of storage": room for goods, not goods moved
                               "can hold", "able to hold", "of storage", "of storage space",
                               # "the cold store holds up to 5,000 tonnes": room, not stock
                               "holds up to", "hold up to",
                               # a ship's room: "room for 200 passengers", "enough for
                               # about 120 trucks", "will carry up to 350 passengers"
                               "room for", "enough for", "carry up to", "carries up to",
                               "carrying up to", "take up to", "takes up to",
                               # "the vessel takes 150 trailers or 300 cars": a ship's room
                               # (the phrase is one cue: "takes" alone is no ship's)
                               "ferry takes", "ferries take", "vessel takes", "vessels take",
                               "ship takes", "ships take",
                               # "added cold storage for 2,000 TEU of reefer containers"
                               "storage for", "storage space for",
                               # "10 new vessels with a combined deadweight of 80,000 tonnes":
                               # what the ships can carry, not cargo carried
                               "deadweight", "deadweight tonnage", "dwt",
                               "designed to carry", "designed to handle", "designed to transport",
                               "upgraded to carry", "expanded to carry", "upgraded to handle",
                               "expanded to handle",
                               "designed to pump",
                               # heavy lift: "the floating crane can lift up to 1,600 tonnes",
                               # "bridges on the road are rated for 80 tonnes": a limit, no cargo
                               "can lift", "able to lift", "rated for", "load limit of",
                               # "shareholders are studying an expansion to 31 bcm per year"
                               "expansion to", "expansions to",
                               # room in tanks and stores: "four tanks of 20,000 cubic metres
                               # each, bringing storage to 260,000 cubic metres", "expand its
                               # Galadagh gas storage to 5 bcm"
                               "tanks of", "storage to", "gas storage", "oil storage",
                               "tank farm", "tank farms",
                               # "the terminal will have storage of 500,000 m3", "a storage
                               # capacity of": room, not goods stored
                               "storage of", "storage space of", "storage volume",
                               # "the TAPI pipeline is designed to deliver 33 bcm a year"
                               "designed to deliver", "designed to supply", "designed to ship",
                               # "will be able to process 240,000 TEU annually"
                               "can process", "able to process", "capable of processing",
                               # "a mill that can grind 600 tonnes of wheat a day": a plant's
                               # room for its intake, as "can handle" is a port's
                               "can grind", "able to grind", "can crush", "able to crush",
                               "can mill", "able to mill", "can refine", "able to refine",
                               "designed to process", "capable of carrying",
                               "capable of transporting", "able to transport",
                               # "can currently handle 17 mt per year" (was cargo volume)
                               "can currently handle", "can now handle", "can currently carry",
                               "can now carry", "can currently process", "can now process",
                               # "the new terminal will handle up to 1.5 mln t a year": a
                               # ceiling on what a facility takes is its capacity
                               "handle up to", "handling up to", "process up to",
                               "processing up to",
                               # "Brest can now transship up to 16 trains a day": a
                               # gauge-change yard's capacity, not trains counted there
                               "can transship", "can tranship", "can now transship",
                               "can now tranship", "able to transship", "able to tranship",
                               "capable of transshipping", "capable of transhipping",
                               # "container ships of up to 9,000 TEU will call": a ship's
                               # size, not boxes handled
                               "ships of up to", "vessels of up to", "ships of", "vessels of",
                               # a vessel's size: "two container feeders of 800 TEU each"
                               "feeders of", "tankers of", "ferries of", "bulkers of",
                               "carriers of",
                               # "above its nameplate 38 bcm": what a line is rated for
                               "nameplate", "nameplate capacity",
                               # "the wagon plant can build 3,000 wagons a year": what a
                               # works could turn out, not what it made (not "can produce":
                               # a refinery's or a mine's output is its production row's)
                               "can build", "can assemble", "can manufacture",
                               "able to build", "able to assemble", "able to manufacture",
                               *POTENTIAL_CUES),
     _VOLUME | frozenset({"power", "data", "gas", "oil"})),
    # A country's books, not a company's nor its trade's: "Turkey posted a current account
    # deficit of $3.6 billion", "the budget deficit narrowed to 18.4 trillion soums", "gross
    # external debt amounted to $24.6 billion, or 73% of GDP" (the share is the debt's: "of
    # GDP" is what it is measured against), "international reserves rose 9.4%" (a balance
    # row, as "trade balance" is, names deficits and surpluses alike)
    ("budget balance", "economy", ("budget deficit", "budget surplus", "budget balance",
                                   "fiscal deficit", "fiscal surplus", "fiscal balance",
                                   "budget gap", "deficit of the budget",
                                   "deficit of the state budget", "state budget deficit",
                                   # "the general government deficit narrowed to 3.1% of
                                   # GDP": the state's books as statistics and the IMF name
                                   # them, with or without "general"
                                   "government deficit", "government surplus",
                                   "government balance", "government budget deficit",
                                   "general government deficit",
                                   "general government surplus",
                                   "general government balance"),
     _MONEY),
    ("current account", "economy", ("current account", "current account deficit",
                                    "current account surplus", "current account balance",
                                    "current-account deficit", "current-account surplus"),
     _MONEY),
    ("external debt", "economy", ("external debt", "gross external debt", "foreign debt",
                                  "external public debt", "external liabilities"), _MONEY),
    ("public debt", "economy", ("public debt", "government debt", "state debt",
                                "sovereign debt", "national debt",
                                # "Debt-to-GDP is forecast to peak at 38%": the debt's ratio
                                "debt-to-gdp", "debt-to-gdp ratio", "debt to gdp",
                                "debt to gdp ratio", "debt/gdp"), _MONEY),
    ("international reserves", "economy", ("international reserves", "gross reserves",
                                           "net international reserves", "reserve assets",
                                           "foreign exchange reserves", "fx reserves",
                                           "forex reserves", "foreign currency reserves",
                                           "gold and foreign exchange reserves",
                                           "gold and currency reserves",
                                           "gold and foreign currency reserves"), _MONEY),
    # "Uzbekistan's reserves hit a record $48.7 billion": bare "reserves" in money are a
    # central bank's (in tonnes they lie in the ground: the "reserves" row below takes those)
    ("international reserves", "economy", ("reserves",), frozenset({"money"})),
    # "reserves cover 3.9 months of imports": their import cover (the imports row shares the
    # cue for its own units: "the value of imports rose 5%")
    ("international reserves", "economy", ("import cover", "of imports"), frozenset({"period"})),
    # "the central bank held about 380 tonnes of gold", "gold holdings rose to 12 million
    # ounces": a central bank's gold, weighed, not metal mined or moved
    ("international reserves", "economy", ("gold holdings", "holdings of gold",
                                           "central bank held", "central bank holds",
                                           "national bank held", "national bank holds"),
     frozenset({"mass", "weight"})),
    # "the positive balance of foreign trade amounted to 6.1 billion dollars" (translated
    # news): a balance, not the turnover its "foreign trade" would name (cues are read
    # leftmost-longest, so the adjective is part of the cue)
    ("trade balance", "trade", ("trade balance", "trade surplus", "trade deficit",
                                "foreign trade balance", "foreign trade surplus",
                                "foreign trade deficit", "balance of trade",
                                "balance of foreign trade", "positive balance of foreign trade",
                                "negative balance of foreign trade",
                                # "exports totalled $2.3 billion and imports $1.9 billion,
                                # giving a surplus of $400 million": the two sides' difference
                                # (not "a budget deficit of", "a current account surplus of")
                                "a surplus of", "a deficit of"), _MONEY),
    # tonne-kilometres moved, not money traded: "the share of transit in freight turnover"
    ("freight turnover", "logistics", ("freight turnover", "freight traffic turnover",
                                       "tonne-kilometres", "ton-kilometers"),
     frozenset({"freight work"}) | _ANY_SIZE),
    ("passenger turnover", "logistics", ("passenger turnover",),
     frozenset({"passenger work"}) | _ANY_SIZE),
    # "Retail trade turnover amounted to 14,632.1 bln. tenge": sales at home, not foreign trade
    # "Cross-border e-commerce sales grew 35%", "70% of online purchases from abroad": sales
    # online, not the trade or the retail its words name ("e-commerce turnover")
    ("e-commerce", "digital", ("e-commerce", "ecommerce", "e-commerce sales",
                               # "Cross-border purchases accounted for 62% of online sales":
                               # goods bought online from abroad, not a country's imports
                               "cross-border purchases",
                               # "Purchases from foreign marketplaces made up 62%": bought
                               # online, not a country's imports ("purchases" alone); not
                               # "parcels from Chinese online marketplaces" (parcels counted)
                               "foreign marketplaces", "foreign online marketplaces",
                               "e-commerce turnover", "e-commerce market", "online sales",
                               "online purchases", "online shopping", "online trade",
                               "online retail", "internet sales", "e-commerce exports"), _MONEY),
    ("retail trade", "economy", ("retail trade turnover", "retail trade", "retail sales",
                                 "retail turnover", "wholesale trade turnover",
                                 "wholesale trade"), _MONEY),
    ("trade turnover", "trade", ("trade turnover", "turnover", "bilateral trade", "mutual trade",
                                 "two-way trade", "trade between", "trade with", "traded",
                                 "trading partner", "trading partners", "foreign trade",
                                 "commerce", "exchanges", "trade"),
     _MONEY),
    # A guarantee backs another's debt, no money lent: "an $846 million IBRD guarantee", "a
    # co-guarantee of $564 million", "caps new state guarantees at $4 billion" (a contingent
    # liability an analyst sums apart from loans; customs' transit guarantees come first)
    ("guarantee", "investment", ("guarantee", "guarantees", "co-guarantee", "co-guarantees",
                                 "state guarantees", "sovereign guarantees", "loan guarantee",
                                 "loan guarantees", "credit guarantee", "credit guarantees",
                                 "political-risk guarantee", "political-risk guarantees",
                                 "partial risk guarantee", "partial credit guarantee",
                                 # a tender's security, no debt: "the bid bond was 1.56
                                 # billion tenge", "a performance bond of 10%"
                                 "bid bond", "bid bonds", "performance bond",
                                 "performance bonds", "bid security", "tender security"),
     _MONEY),
    # Money borrowed, before the trade rows: "sold $600 million of Eurobonds" is debt sold,
    # the goods after the figure beating the verb before it, as "sold 2 mt of wheat" is grain
    ("loan", "investment", ("loan", "loans", "lending", "lend", "lends", "lent", "credit",
                            "financing", "bond",
                            # "placed Eurobonds worth $500 million": money borrowed too
                            "bonds", "eurobond", "eurobonds", "green bonds", "sukuk",
                            # "KTZ's total debt stood at KZT 3.2 trillion": money owed is
                            # money borrowed, not the EBITDA it is set against (bare
                            # "debt" stays out: "interest on debt securities" is no amount)
                            "total debt", "net debt", "gross debt", "outstanding debt",
                            "borrowings",
                            # "borrowed $500 million from the ADB under a state guarantee":
                            # the money the verb says, the guarantee only its terms (not
                            # "can borrow at 6%": a rate)
                            "borrowed",
                            # "TRY 4.5 billion in export loans": lent to exporters, no exports
                            "export loans", "export loan", "export credits", "export credit",
                            "credit line", "credit lines",
                            # "a 36-month IMF arrangement of about $280 million": the Fund's
                            # programmes lend, as a swap arrangement does (not "arrangement"
                            # alone: "under the arrangement, it will ship 1 mt")
                            "imf arrangement", "imf arrangements", "fund arrangement",
                            "financing arrangement", "financing arrangements",
                            "stand-by arrangement",
                            "extended fund facility", "extended credit facility",
                            # "will co-finance the power link with €2.5 billion"
                            "co-finance", "co-finances", "co-financed", "co-financing",
                            # "signed financing agreements worth $1.3 billion": lent, though
                            # "agreements worth" alone is investment
                            "financing agreement", "financing agreements", "loan agreement",
                            "loan agreements",
                            # "the loan carries an interest rate of 1%", "a 7% coupon": what
                            # borrowing costs, not a central bank's rate ("the interest rate",
                            # "interest rates" stay the policy rate's)
                            "an interest rate of", "lending rate", "lending rates", "coupon",
                            "coupons", "coupon rate",
                            # "the loan bears a fixed interest rate of 2%": a loan's terms (a
                            # central bank's rate is neither fixed nor floating)
                            "fixed interest rate", "floating interest rate",
                            "variable interest rate", "fixed rate", "floating rate"), _MONEY),
    # "IT services exports reached $800 million": software and services sold abroad
    ("IT exports", "digital", ("it exports", "it services exports", "it service exports",
                               "ict exports", "digital exports", "software exports",
                               "exports of it services"), _MONEY),
    ("exports", "trade", ("non-oil exports", "non-oil and gas exports", "non-energy exports",
                          "export commodities", "exports", "export", "exported", "sold",
                          # "exported goods worth $26.4 billion: Italy took 45.7%", "the top
                          # three export goods": goods sold abroad, not cargo carried
                          "exported goods", "export goods", "goods exports",
                          "shipments to",
                          # "Re-exports of cars fell to ...": goods sold on, exports still
                          "re-exports", "re-export", "re-exported",
                          # "a wheat export quota of 10.6 million tonnes": a ceiling on exports
                          # (the goods word before it says whose: `measures`), not the oil
                          # production quota a bare "quota" names
                          "export quota", "export quotas",
                          "deliveries from", "shipments", "to ship", "products",
                          # "Exports of services rose by 11.2%": what is sold abroad, not
                          # train services nor goods carried (the nearer cue of its own)
                          "exports of goods", "export of goods", "exports of services",
                          "export of services", "services exports", "service exports",
                          "exports of goods and services"),
     # kWh exported are electricity exports (`measures.metric_of`): "exported 2.1 billion kWh"
     _MONEY | frozenset({"mass", "energy"})),
    # Barrels exported are oil exports ("produced 1.9 million bpd in August and exported 1.6
    # million bpd"): the verb is the exports row's, this later row takes it for barrels only
    ("oil exports", "energy", ("exported",), frozenset({"oil"})),
    # "350,000 tonnes for the home market", "Domestic shipments of wheat rose 12%": goods
    # sold or moved at home, not abroad (named right beside the figure: `goods.kept_at_home`
    # turns exports into these; as cues, the phrases only)
    ("domestic supplies", "trade", ("domestic supplies", "domestic shipments",
                                    "domestic deliveries", "domestic sales",
                                    "supplies to the domestic market"),
     _VOLUME | _MONEY),
    ("imports", "trade", ("imports", "import", "deliveries to", "purchases", "imports of grain",
                          "grain imports", "imports of wheat", "wheat imports", "imported",
                          # "inspected 215,000 tonnes of imported grain": bought abroad, not
                          # the grain a country exports
                          "imported grain", "imported wheat", "imported flour",
                          # "0.8% of the 1.4 million tonnes of plant products imported": the
                          # participle after says which way they went
                          "products imported", "goods imported",
                          "imported goods", "import goods", "goods imports",
                          "importing",
                          # "machinery worth $300 million was brought in from China": goods
                          # carried in, not the money a "brought in" takes in (a revenue)
                          "was brought in", "were brought in", "been brought in",
                          # "Imports of services fell 4%" (see exports)
                          "imports of goods", "import of goods", "imports of services",
                          "import of services", "services imports", "service imports",
                          "imports of goods and services", "of imports"),
     _MONEY | frozenset({"mass"})),
    # "signed 20 documents worth $3.5 billion": a summit's package, as "agreements worth"
    ("investment", "investment", ("agreements worth", "deals worth", "contracts worth",
                                  "documents worth", "memoranda worth", "memorandums worth",
                                  "package of deals", "package of agreements",
                                  "package of documents",
                                  # "a joint venture with authorised capital of $200 million":
                                  # money its owners put in
                                  "authorised capital", "authorized capital", "charter capital",
                                  "registered capital", "with capital of", "capitalised at",
                                  "capitalized at",
                                  "investment", "investments", "invested", "investing",
                                  "invest", "fdi", "portfolio", "disbursements", "projects",
                                  # "the investor will spend $75 million on the park":
                                  # an investor's spending is its investment, not a budget
                                  "investor will spend", "investors will spend",
                                  "investor plans to spend", "investors plan to spend",
                                  "investor spent", "investors spent", "investor spends",
                                  "investors spend",
                                  # "foreign investors brought in $1.2 billion": their
                                  # money put in, no revenue (the longer phrase wins)
                                  "investor brought in", "investors brought in",
                                  "investor brings in", "investors bring in",
                                  # "FDI attracted ..., with inflows of $11.3 billion";
                                  # "Net FDI turned negative, with an outflow of $2.4
                                  # billion": money of investors, in or out
                                  "inflows", "inflow", "outflows", "outflow",
                                  # "attracted $18.4 billion of foreign investment and loans"
                                  # (Uzbekistan's statistic: one cue, not the loans alone);
                                  # "the zone has attracted $240 million from 34 residents"
                                  "investment and loans", "investments and loans",
                                  "attracted", "attract", "attracts", "attracting",
                                  # "Greenfield project announcements totalled $26 billion"
                                  "greenfield",
                                  "lines up",
                                  # "Russian investors put 45 billion rubles into factories"
                                  "investor", "investors",
                                  # "DP World will put $150 million into the hub"
                                  "will put"), _MONEY),
    # "a EUR 1.4 billion package to upgrade the corridor", "a $2 billion support package":
    # money a donor or a bank puts in, only as the money's own noun (`FACILITY_CUES`): the
    # works it pays for, named after it, are not what it is ("a $500 million financing
    # package" stays a loan, the earlier row)
    ("investment", "investment", ("package", "packages"), _MONEY),
    # "a 20,000 m3 storage tank": room in it, only as the figure's own noun (`FACILITY_CUES`)
    ("capacity", "logistics", ("tank", "tanks", "storage tank", "storage tanks",
                               "reservoir tank"), _VOLUME | frozenset({"gas", "oil"})),
    # "will hold a 51% stake", "contribute 25% of the equity": a share of a company
    ("stake", "investment", ("stake", "stakes", "equity", "shareholding", "share capital",
                             "equity stake",
                             # "the free float of KMG shares is 3%": the part of a company
                             # that trades, a share of its equity
                             "free float",
                             # "a joint venture in which KTZ holds 49%": its owners' shares
                             "joint venture", "joint ventures",
                             # "Kyrgyzstan will hold 34% of the project company"
                             "project company",
                             # "Masdar (49%) and the ministry (51%) own the plant": who
                             # owns how much (not "owned by", which a later figure would
                             # take: "43.4 percent-owned by Renault, fell 3%")
                             "own the", "owns the", "jointly own",
                             # "acquired a 20% interest in the plant", "a 25% participating
                             # interest in the block": a share of a company or a licence
                             "interest in", "participating interest", "working interest",
                             "ownership interest"), frozenset({"share"})),
    # "sold a 25% stake in the terminal for 34 billion tenge", "bought a stake in the bank for
    # $150 million": a company's part bought, money invested (no goods sold abroad)
    ("investment", "investment", ("stake", "stakes", "shareholding"), _MONEY),
    # "pledged 26 bln yuan in grants": given, not lent nor traded
    ("grants", "investment", ("grant", "grants", "grant aid", "financial aid",
                              "financial assistance", "humanitarian aid",
                              # not the investment a bare "package" is
                              "aid package", "aid packages"), _MONEY),
    ("project cost", "investment", ("cost", "costs", "valued at", "price tag", "system",
                                    "costing", "estimated at",
                                    # "whose first phase is budgeted at $1.1 billion" (weak:
                                    # "spending on roads is budgeted at" is the budget)
                                    "budgeted at",
                                    # "the second track, a 836-km project worth 1.3 trillion
                                    # tenge": what the one project costs ("projects worth"
                                    # of a programme are investment)
                                    "project worth", "project valued at",
                                    # "an agreement on a 1 GW wind farm worth $1.2 billion":
                                    # one facility's worth is what building it costs
                                    "farm worth", "plant worth", "station worth",
                                    "factory worth", "facility worth", "terminal worth",
                                    "complex worth",
                                    # "signed a EUR 1.2 billion contract with Alstom for 200
                                    # locomotives": what one contract awarded costs the buyer
                                    # ("contracts worth" of a summit are investment; not
                                    # "contract" alone: "the crude contract was up 19 cents"
                                    # is a futures price)
                                    "contract with", "contract to",
                                    "contract value", "contract price", "contract worth",
                                    # "The first phase of the expansion, worth $300 million":
                                    # money a phase of works is worth is what it costs
                                    "phase", "phases", "stage", "stages",
                                    # "Turkmenbashi port, built for $1.5 billion": its cost
                                    "built for", "built at a cost of",
                                    # "the $120 million logistics centre near Tashkent": money
                                    # that modifies a facility is what building it costs
                                    "logistics centre", "logistics center", "logistics hub",
                                    "logistics park", "distribution centre",
                                    "distribution center", "fulfilment centre",
                                    "fulfillment center"),
     _MONEY),
    # "the $45 million upgrade of the Sarpi crossing": what works cost, in money only ("an
    # upgrade of 1.1 percentage points" is a forecast's revision, no works)
    ("project cost", "investment", ("upgrade", "upgrades", "modernisation", "modernization",
                                    "reconstruction", "renovation", "overhaul",
                                    # "the railway, whose construction is estimated at $4.7
                                    # billion": building it is what is estimated (not the
                                    # weak "estimated at" alone, which "financing" beats);
                                    # money only: "construction is put at 40% complete" is
                                    # progress
                                    "construction is estimated at",
                                    "construction was estimated at",
                                    "construction is put at", "construction was put at"),
     frozenset({"money"})),
    # "a $130 million plant in Jizzakh": money right before a plant is what building it costs;
    # only there (`FACILITY_CUES`): "exports of the plant reached $20 million" are exports
    # "ADB finances 60% of the $600 million project": the same of a project the money modifies
    # (not "projects": "$2 billion of projects" is investment)
    ("project cost", "investment", ("plant", "factory", "smelter", "refinery",
                                    "industrial park", "project",
                                    # "signed a $4.85 billion agreement to build a plant"
                                    "agreement to build", "deal to build"), _MONEY),
    # "announced a EUR 1.4 billion package under the Global Gateway strategy to upgrade rail
    # lines": money a package brings is invested, read only where the money modifies it (a
    # "stimulus package" is a state's spending, a "pay package" no measure: cues of their own)
    ("investment", "investment", ("package",), _MONEY),
    ("budget", "economy", ("stimulus package", "aid package", "relief package",
                           "social package"), _MONEY),
    ("wage", "economy", ("pay package", "benefits package", "compensation package",
                         "remuneration package"), frozenset()),
    # "KTZ's $500 million issue drew an order book": money an issue raises is borrowed, read
    # only where the money modifies it (a share or rights issue sells equity: no measure)
    ("loan", "investment", ("issue",), _MONEY),
    ("stake", "investment", ("share issue", "rights issue", "equity issue", "stock issue"),
     frozenset()),
    # "Operating expenses increased 11% to KZT 310 billion": a company's running costs
    ("operating expenses", "economy", ("operating expenses", "operating costs", "opex",
                                       "operating expenditure",
                                       # "personnel costs increased 17%": a running cost,
                                       # no project's
                                       "personnel costs", "personnel expenses", "staff costs",
                                       "labour costs", "labor costs", "employee costs"),
     _MONEY),
    # (a government's "stimulus package" is its spending, not the investment a bare
    # "package" is)
    ("budget", "economy", ("stimulus package", "stimulus packages", "relief package",
                           "rescue package", "bailout package"), _MONEY),
    ("budget", "economy", ("budget", "allocated", "allocation", "spending", "earmarked", "budgeted",
                           "set aside", "sets aside", "channelled", "funding", "sum",
                           # "plans to allocate 14.6 trillion soums", "expenditures of ..."
                           "allocate", "allocates", "spend", "spends", "spent",
                           "expenditure", "expenditures", "expenses"), _MONEY),
    # a sum a parliament or a government approved: "We approved 380 billion tenge for these
    # lines" (sums only: "approved 12 projects" is a count)
    # (not "the government approved a 1.5 trillion tenge plan": a plan's cost)
    ("budget", "economy", ("we approved", "parliament approved", "deputies approved",
                           "lawmakers approved", "mps approved"), frozenset({"money"})),
    # "Revenues of the republican budget amounted to 15,842.7 bln. tenge": the budget's
    # income, not what it spends (cues are read leftmost-longest, so the phrase beats "budget")
    ("revenue", "economy", ("revenue", "revenues", "income", "earnings", "budget revenues",
                            "budget revenue", "revenues of the budget",
                            "revenues of the state budget", "revenues of the republican budget",
                            "revenues of the central budget", "revenue of the state budget",
                            "budget income", "income of the state budget",
                            # "the tax burden rose to 21.3% of GDP", "customs receipts fell 4%":
                            # what the state takes in, not the GDP it is set against
                            "tax burden", "tax take", "tax receipts", "customs receipts",
                            "budget receipts",
                            # "Transfers from the State Oil Fund reached 11.1 billion manat": a
                            # fund's money the budget takes in, no oil sold (the longer phrase
                            # beats "oil")
                            *(f"transfers from {fund}" for fund in (
                                "the state oil fund", "the oil fund", "sofaz",
                                "the national fund", "the national oil fund")),
                            "oil fund transfers",
                            # a tax's yield, not its rate (the longer phrase beats the tax)
                            *(f"{tax} {word}" for tax in ("corporate income tax", "income tax",
                                                          "vat", "profit tax")
                              for word in ("receipts", "revenue", "revenues")),
                            # "Georgia earned $1.4 billion from transit": money taken in
                            "earned", "earns", "earn",
                            # "transit brought in $1.4 billion": the same money taken in
                            # (not "may bring in 3 litres duty-free": goods carried in)
                            "brought in", "brings in", "bringing in",
                            # "Kyrgyz customs expect to collect 95 billion soms"
                            "collect", "collects", "collected", "collecting"), _MONEY),
    # "Remittances fell 12.3% to $2.6 bn": money migrants send home ("each migrant sent home
    # $480 a month")
    ("remittances", "economy", ("remittances", "remittance", "money transfers",
                                "migrant transfers", "personal transfers", "sent home",
                                "send home", "sends home", "sending home",
                                # "remittance inflows reached $4.1 billion": not FDI's inflows
                                "remittance inflows", "remittances inflows",
                                "inflows of remittances",
                                # "$3.9 billion in cross-border transfers", "migrants sent 95
                                # billion roubles", "the average transfer was $480"
                                "cross-border transfers", "cross-border money transfers",
                                "migrants sent", "migrants send", "average transfer"),
     _MONEY),
    # "Unemployment in Kyrgyzstan fell to 5.2%": the share of the labour force out of work
    ("unemployment rate", "economy", ("unemployment", "unemployment rate", "jobless rate",
                                      "joblessness", "youth unemployment"),
     frozenset({"share"})),
    # "The logistics hub has doubled its headcount": the people a company or a sector employs
    ("job count", "economy", ("headcount", "head count", "workforce", "employment", "payroll",
                              "jobs", "employees"), _ANY_SIZE),  # people counted
    # take it from their own noun (`classes.COUNT_METRICS`), not from a cue nearby
    # "Almaty, whose population passed 2.3 million": people living in a place, counted
    ("population", "economy", ("population", "inhabitants"), frozenset({"count"})),
    # "Drivers may work no more than 9 hours a day": the hours worked, not a journey's time
    ("working time", "economy", ("working hours", "working time", "working day",
                                 "working week", "work week", "shift", "shifts", "overtime",
                                 "work no more than", "work up to", "work at most"),
     frozenset({"time"})),
    ("profit", "economy", ("profit", "net profit", "net income", "profits", "operating profit",
                           "operating income"), _MONEY),
    # "KTZ's EBITDA rose 12% to KZT 640 billion": earnings before interest, taxes,
    # depreciation and amortisation, neither a revenue nor a profit
    ("ebitda", "economy", ("ebitda", "adjusted ebitda"), _MONEY),
    # "Earnings per share are seen at 512 tenge": what one share earned, no revenue (read as
    # one phrase that fits no unit, so that its "earnings" is no cue: `metric_rules` leaves
    # such money with no metric, the house having none for it)
    ("profit", "economy", ("earnings per share", "earnings per ordinary share",
                           "loss per share", "profit per share"), frozenset()),
    # "the average monthly salary was 1,021 manats": what a worker is paid, not a revenue
    ("wage", "economy", ("pay package", "pay packages", "compensation package",
                         "salary package", "severance package",
                         "salary", "salaries", "wage", "wages", "average salary",
                         "average monthly salary", "average wage", "average monthly wage",
                         "minimum wage"), _MONEY),
    # "free cash flow reached $1.2 billion": cash left after running costs and investment
    ("cash flow", "economy", ("cash flow", "free cash flow", "operating cash flow"), _MONEY),
    # "posted a net loss of 12 million manats": a loss, reported as its size (never a profit)
    # "Grid losses in Uzbekistan dropped to 9.5%": electricity lost on the way, not a
    # company's loss (the phrase is one cue, so "losses" alone does not speak)
    ("grid losses", "energy", ("grid losses", "network losses", "transmission losses",
                               "distribution losses", "line losses", "power losses",
                               "electricity losses", "transmission and distribution losses",
                               "technical losses", "losses in the grid",
                               "losses in the network", "losses in power grids"),
     frozenset({"energy"}) | _ANY_SIZE),
    # "Damage from the fire is estimated at 1.2 billion tenge": what a storm, fire or crash
    # destroyed is a loss to its owner, not what something costs to build
    ("loss", "economy", ("loss", "net loss", "losses", "net losses", "damage", "damages"),
     _MONEY),
    # "the company paid dividends of 150 billion tenge": paid out to owners, not spent on assets
    ("dividends", "economy", ("dividend", "dividends", "dividend payout", "payout"), _MONEY),
    ("capital expenditure", "investment", ("capital expenditure", "capital expenditures",
                                           "capex", "capital spending", "capital investment"),
     _MONEY),
    # "GDP per capita reached $2,400": a level per person, not the economy's size
    ("gdp per capita", "economy", ("gdp per capita", "per capita gdp", "gdp per head",
                                   "per capita income", "income per capita"), _MONEY),
    ("gdp", "economy", ("gdp", "gross domestic product", "economic growth", "economy grew",
                        "economy expanded", "economy grows", "economy expands",
                        "economy contracted", "economy shrank", "growth forecast",
                        # "expects Kazakhstan's economy to grow by 4.8%"
                        "economy to grow", "economy will grow", "economy would grow",
                        "economy to expand", "economy will expand", "economy to contract",
                        "economy is expected to grow", "economy is projected to grow",
                        "economy is forecast to grow", "economy growing",
                        # "the economy has grown by more than 9%", "the EBRD cut its growth
                        # projection to 5.3%": the economy's growth, however tensed or named
                        "economy has grown", "economy had grown", "economy has expanded",
                        "economy has contracted", "growth forecasts", "growth projection",
                        "growth projections", "growth outlook", "growth estimate",
                        # a leader's target: "double the size of the economy to $450 billion"
                        "size of the economy", "size of our economy"),
     _MONEY),
    ("exchange rate", "economy", ("exchange rate", "exchange rates", "tenge", "manat", "lari",
                                  "rouble", "ruble", "soum", "lira", "hryvnia", "dram",
                                  "som", "somoni", *SUM_MOVES),
     frozenset({"share"})),
    ("policy rate", "economy", ("base rate", "policy rate", "refinancing rate", "key rate",
                                "interest rate", "interest rates",
                                # central banks' own names: Türkiye's one-week repo rate,
                                # Uzbekistan's main rate, China's loan prime rate (one cue,
                                # so its "loan" does not name a loan)
                                "repo rate", "main rate", "loan prime rate"),
     frozenset({"share"})),
    # "The consumer price index ... was 108.6%": prices against a base period (`indices`)
    ("inflation", "economy", ("inflation", "consumer prices", "consumer price index",
                              "price index", "cpi"), _ANY_SIZE),
    # "Coal prices at the border dropped by 30%": a change or share of a price, not of the
    # goods' volume (shares and multiples only: money per unit is `measures`' "price", and a
    # bare sum beside "prices" is no price; the phrases above win where they apply)
    # "in comparable prices is 107.9%", "at constant prices": how a series is deflated, read as
    # one phrase that fits no unit, so that its "prices" is no cue
    ("price", "economy", ("comparable prices", "constant prices", "current prices"),
     frozenset()),
    # the warehouse market as brokers report it: "asking rents for class A space rose 8% to
    # $7.20 per square metre", "the vacancy rate fell to 2.6%", "stock reached 1.18 million
    # square metres of warehouse space"
    # (not homes' rents nor jobs' vacancies: read as one phrase that fits no unit, so that its
    # "rents" or "vacancy" is no cue)
    ("rent", "economy", ("apartment rent", "apartment rents", "housing rent", "housing rents",
                         "residential rent", "residential rents", "home rents", "flat rents",
                         "job vacancies", "job vacancy", "job vacancy rate",
                         "job vacancy rates"),
     frozenset()),
    ("rent", "logistics", ("rent", "rents", "asking rent", "asking rents"), _MONEY),
    # a tax agency's name, no income: "up 9% on a year earlier, the revenue service said",
    # "the State Revenue Committee reported" (read as one phrase that fits no unit, so that
    # its "revenue" is no cue; what it collected is cued by "collected")
    ("revenue", "economy", ("revenue service", "state revenue service", "revenue committee",
                            "state revenue committee", "revenues committee",
                            "internal revenue service"), frozenset()),
    ("vacancy rate", "logistics", ("vacancy", "vacancy rate", "vacancy rates"),
     frozenset({"share"})),
    ("warehouse space", "logistics", ("warehouse space", "warehousing space", "warehouse stock",
                                      "logistics space", "storage space", "class a space",
                                      "class b space"),
     frozenset({"floor area"})),
    ("price", "economy", ("price", "prices", "export price", "export prices"), _ANY_SIZE),
    # "the average price of a new gondola wagon rose to 28 million tenge", "a unit price of
    # $2.9 million": money that one thing costs, said so (unlike a bare sum beside "prices")
    ("price", "economy", ("price of a", "price of an", "price of one", "price of each",
                          "average price", "unit price", "unit prices", "unit cost",
                          "price per unit",
                          # "A kilogram of cherries sells for 8 to 10 dollars in Dubai":
                          # what one unit of goods fetches at market
                          "sells for", "sell for", "selling for"), _MONEY),
    # "a 4 GW HVDC line of some 1,100 km", "a 500 kV line stretching 1,200 km": electricity
    # carried, not a fibre cable nor a route travelled (each phrase is one cue)
    ("power line length", "energy", ("hvdc line", "hvdc lines", "hvdc cable", "hvdc link",
                                     "power line", "power lines", "power cable",
                                     "transmission line", "transmission lines", "kv line",
                                     "kv lines", "interconnector", "power link",
                                     "electricity cable", "electric cable"),
     frozenset({"length"})),
    ("cable length", "digital", ("cable", "fibre-optic", "fiber-optic", "subsea link"),
     frozenset({"length"})),
    ("data capacity", "digital", ("bandwidth", "connections", "data", "traffic capacity"),
     frozenset({"data"})),
    # "Data traffic between Europe and Asia increased fourfold": data, not cargo
    ("data traffic", "digital", ("data traffic", "internet traffic", "digital traffic"),
     frozenset({"data"}) | _ANY_SIZE),
    # "The ICT sector grew 18.5%": a sector's growth, not the economy's nor a capacity
    # "Mobile internet subscribers exceeded 4 million": people connected, not passengers
    ("subscribers", "digital", ("subscribers", "subscriber", "subscriptions", "internet users",
                                "mobile users", "broadband users"),
     frozenset({"count"}) | _ANY_SIZE),
    # "5G networks covered 67% of the urban population": a network's reach
    ("network coverage", "digital", ("coverage", "network coverage", "networks covered",
                                     "network covered", "network covers", "networks cover"),
     frozenset({"share"})),
    ("ict sector", "digital", ("ict sector", "ict", "ict industry", "telecom sector",
                               "telecommunications sector", "digital economy"), _MONEY),
    # electricity made, used or bought, not capacity nor exports: "Power generation amounted
    # to 29.3 TWh", "Electricity consumption reached 7.2 TWh", "Imports of electricity ..."
    ("electricity generation", "energy", ("power generation", "electricity generation",
                                          "output of electricity", "electricity output",
                                          "electricity production", "production of electricity",
                                          "generation of electricity", "power output",
                                          "power production"),
     frozenset({"energy"}) | _ANY_SIZE),
    # bare verbs name electricity only beside kWh ("the plants generated 4.1 TWh"), not a share
    # ("generated 30% of revenue"); so does the bare noun ("its own generation of 15.1 billion
    # kWh": energy made, where "generation of 1,860 MW" is a capacity)
    ("electricity generation", "energy", ("generate", "generated", "generates", "generating",
                                          "generation"),
     frozenset({"energy"})),
    # the same verbs before money: "transit through Georgia generated $900 million" (money
    # taken in, as "earned"; a share is not: "generated 8% of GDP")
    ("revenue", "economy", ("generate", "generated", "generates", "generating"),
     frozenset({"money"})),
    ("electricity consumption", "energy", ("electricity consumption", "power consumption",
                                           "consumption of electricity", "power demand",
                                           "electricity demand",
                                           # "cover 20 percent of the terminal's
                                           # electricity needs"
                                           "electricity needs", "power needs"),
     frozenset({"energy"}) | _ANY_SIZE),
    ("electricity consumption", "energy", ("consumed", "consumption",
                                           # "pumping stations consume 8 billion kWh a year"
                                           "consume", "consumes", "consuming",
                                           # "short of demand of 18 billion kWh" (not a
                                           # bare "demand": "watching the demand
                                           # situation, ... investments over 35 GWh")
                                           "demand of",
                                           "electricity use", "power use"),
     frozenset({"energy"})),
    # goods used up at home, in tonnes, barrels or cubic metres: "Wheat consumption reached
    # 6.5 million tonnes", "Cement demand is expected to reach 20 million tonnes" (no exports
    # nor cargo moved; electricity's rows come first)
    # ... and what a mill or a plant takes in: "The new mill will draw on about 200,000 tonnes
    # of wheat a year", "the mill grinds 300 tonnes a day" ("can grind" is capacity; a bare
    # "use" is left alone: "fields use 12,000 m3 of water per hectare" keeps water's row)
    ("consumption", "economy", ("consumption", "consumed", "demand", "draw on", "draws on",
                                "drew on", "consume", "consumes", "grind", "grinds"),
     frozenset({"mass", "oil", "gas"})),
    # "owes suppliers about $60 million for electricity imports": what they cost, too
    ("electricity imports", "energy", ("electricity imports", "imports of electricity",
                                       "power imports", "imported electricity"),
     frozenset({"energy"}) | _MONEY),
    # "will produce 3,000 tonnes of hydrogen a year", "green ammonia output ... 1.2 million
    # tonnes": fuels made from electricity, not goods of the economy at large (not plain
    # "ammonia", a fertiliser traded as such)
    ("hydrogen production", "energy", ("hydrogen", "green hydrogen", "hydrogen production",
                                       "hydrogen output"), frozenset({"mass"}) | _ANY_SIZE),
    ("ammonia production", "energy", ("green ammonia", "green ammonia production",
                                      "green ammonia output"), frozenset({"mass"}) | _ANY_SIZE),
    ("power capacity", "energy", ("power", "generation", "solar", "wind"),
     frozenset({"power", "energy"})),
    # A port's waters and quays, not a route: "a depth of 16 metres", "dredging of the channel
    # to 17 metres", "drafts at Aktau fell to 4.5 metres" are how deep ships may go; "the
    # Caspian's level dropped by 2 metres" is the sea's; "a quay length of 2.6 km", "a berth
    # 300 metres long" are berths' (the cue before the number beats "long" after it)
    # A railway's own measures, kept apart from cargo carried and routes built: "axle loads of
    # 25 tonnes" and "6,000-tonne trains" say what one axle or one train may weigh, "curve
    # radii of 300 metres" how tight a line bends, "trains of up to 850 metres" how long a
    # train may be, "the 1,520 mm gauge" how far apart the rails are, "a gradient of 17 per
    # mille" how steep a line climbs.
    ("axle load", "logistics", ("axle load", "axle loads", "axle-load", "axle"),
     frozenset({"mass"})),
    ("train weight", "logistics", ("train weight", "train weights", "weight norm",
                                   "weight norms", "trains weigh", "trains weighing",
                                   "train weighs", "trains of"), frozenset({"mass"})),
    # (phrases of curves only: "within a 100 km radius of the port" is an area around it)
    ("curve radius", "logistics", ("curve radius", "curve radii", "curves with a radius",
                                   "curves with radii", "radius of curvature", "radii of curvature",
                                   "curves of radius", "minimum radius", "minimum radii"),
     frozenset({"length"})),
    ("train length", "logistics", ("train length", "train lengths", "trains of"),
     frozenset({"length"})),
    # (phrases only: a "14 gauge syringe tip (1.5mm ...)" is no railway's)
    ("track gauge", "logistics", ("track gauge", "rail gauge", "broad gauge", "standard gauge",
                                  "gauge track", "gauge tracks", "gauge line", "gauge lines",
                                  "gauge railway", "gauge railways", "gauge network",
                                  "gauge wagon", "gauge wagons", "gauge rolling stock"),
     frozenset({"millimetre"})),
    # kilometres of track renewed, not a line's length: "renewed 312 km of track" (kilometres
    # electrified or double-tracked stay the line's route length, as the rail examples read)
    ("track renewal", "logistics", ("track renewal", "renewed", "renew", "renewal", "renewing",
                                    "overhauled", "overhaul"), frozenset({"length"})),
    ("gradient", "logistics", ("gradient", "gradients", "incline", "slope", "slopes"),
     frozenset({"gradient"})),
    ("depth", "logistics", ("depth", "depths", "deep", "draught", "draughts", "draft",
                                  "drafts", "dredged", "dredging", "deepened", "deepening",
                                  "deepen", "deepens",  # "plans to deepen the channel to 4.5 m"
                                  # "vessels may not draw more than 4.3 metres": a ship's draught
                                  "draw", "draws", "drawing",
                                  # "water depth at the berths: 16 metres" is how deep, not
                                  # how long the berths are (the quay nearer the figure)
                                  "depth at the berth", "depth at the berths",
                                  "depth at the quay", "depth at the quays",
                                  "depth alongside the berth", "depth alongside the berths",
                                  "depth alongside the quay", "depth at berth"),
     frozenset({"length", "short length"})),  # "draught was cut by 20 cm"
    # how high a pass or a line runs: "crosses the range at up to 3,000 metres above sea
    # level", "altitudes of up to 3,500 metres" (no sea's level)
    ("elevation", "logistics", ("above sea level", "altitude", "altitudes", "elevation",
                                "elevations"),
     frozenset({"length", "short length"})),
    ("water level", "logistics", ("sea level", "water level", "sea levels", "water levels",
                                  # "the level of the Caspian fell by 31 cm": the sea named
                                  "level of the caspian", "caspian's level", "caspian level",
                                  # a river's: "the level of the Volga fell 1.1 metres" (not
                                  # a bare "level at": "sound pressure level at 2 meters")
                                  "river level", "level of the volga",
                                  # how far a gauge stands from the norm ships need: "fell
                                  # 1.1 metres below the navigation norm" (lengths only)
                                  "navigation norm", "below the norm", "above the norm",
                                  "volga's level", "level of the river"),
     frozenset({"length", "short length"})),  # "the sea level dropped by 32 centimetres"
    ("quay length", "logistics", ("quay", "quays", "quay wall", "quay length", "berth", "berths",
                                  "pier", "piers", "jetty", "berthing line",
                                  # "a total berth length of 3,800 metres": one cue, so bare
                                  # "length" (a route's) does not win as the nearer word
                                  "berth length", "berthing length"),
     frozenset({"length"})),
    # Water in rivers, canals and reservoirs is measured in cubic metres as gas is, but is no
    # gas sold: "the Toktogul reservoir held 13.1 billion cubic metres", "inflow dropped to
    # 350 m3 per second", "entitled to about 22 km3 of Amu Darya water a year". The
    # specific rows beat "of water" after the figure (`goods.BEATS_GOODS`); bare water is
    # its volume. In a sentence naming gas they are gas's (`measures`): "gas is injected into
    # the reservoir", "the gas quota".
    ("reservoir volume", "energy", ("reservoir", "reservoirs"), frozenset({"gas"})),
    ("water flow", "other", ("inflow", "inflows", "outflow", "runoff", "discharge",
                             "water flow", "river flow"), frozenset({"gas"})),
    ("water allocation", "agriculture", ("allocation", "allocations", "limit", "limits",
                                         "quota", "quotas", "entitled to", "divert", "diverts",
                                         "diverted", "withdraw", "withdrawal", "withdrawals",
                                         "water intake"), frozenset({"gas"})),
    ("water volume", "other", ("water", "irrigation water", "fresh water", "freshwater"),
     frozenset({"gas"})),
    # "The Qosh Tepa canal will run 285 km": a canal's, not a road's; an irrigation canal
    # waters fields, a shipping canal ("the Volga-Don canal") carries ships
    ("canal length", "agriculture", ("irrigation canal", "irrigation canals"),
     frozenset({"length"})),
    ("canal length", "logistics", ("canal", "canals"), frozenset({"length"})),
    # "dredged 1.2 million cubic metres of silt": spoil removed, not gas sold
    ("dredging volume", "logistics", ("dredged", "dredging", "dredge", "silt", "sediment"),
     frozenset({"gas"})),
    ("route length", "logistics", ("line", "route", "railway", "road", "highway", "pipeline",
                                   "shorten", "runs", "length", "long"), frozenset({"length"})),
    # "Train numbers rose 10.7%": the trains counted (not "train number", a train's name)
    ("train count", "logistics", ("trains", "train services", "train numbers", "journeys",
                                  "trips", "services"),
     frozenset({"count"}) | _ANY_SIZE),
    # "the number of ship calls increased 1.2-fold": calls made by ships are ships counted
    ("vessel count", "logistics", ("vessels", "ships", "tankers", "ferries", "voyages",
                                   "ship calls", "vessel calls", "port calls", "calls of ships",
                                   "calls of vessels",
                                   # a shipping line's fleet is its vessels: "has doubled its
                                   # tanker fleet since 2021" (not "fleet" alone: wagons, trucks)
                                   "tanker fleet", "merchant fleet", "ferry fleet",
                                   "shipping fleet", "tanker fleets", "merchant fleets"),
     frozenset({"count"}) | _ANY_SIZE),
    ("dry cargo volume", "logistics", ("dry cargo", "dry bulk"),
     frozenset({"mass"}) | _ANY_SIZE),
    # "transit" alone: a share or growth of transit ("30-35% of transit goes through Aktau")
    # and its tonnes ("Transit through Kazakhstan made up 26.5 mln tons"); named goods nearer
    # the number win ("transit of oil to 7 mt"), and tonnes by an oil pipeline are oil
    # (`measures`)
    ("transit cargo volume", "logistics", ("transit",), frozenset({"mass"}) | _ANY_SIZE),
    # the sum of deals signed, with no "worth" between: "$6.3 billion in transport deals",
    # "$1bn of deals" (not a bare "deal(s)": an order, a swap line, "the best deals include
    # $550 off"; sums only)
    ("investment", "investment", ("in deals", "of deals", "in agreements", "of agreements",
                                  "in transport deals", "in investment deals",
                                  "in trade deals", "in new deals"), frozenset({"money"})),
    # a bare "transit" before days is the journey: "average transit from Xi'an to Poti rose to
    # 24 days" (not a wait named in an earlier clause)
    ("transit time", "logistics", ("transit",), frozenset({"time"})),
    # producing, not shipping: "Kazakhstan produced 1.8 million barrels per day"
    ("production", "economy", ("production", "output", "produced", "produce", "produces",
                               "producing", "industrial output", "industrial production",
                               # "Uzbekistan extracted 37.8 bcm of natural gas"
                               "extracted", "extraction", "extract", "extracts", "extracting",
                               "volume of industrial output"),
     frozenset({"mass", "oil", "gas", "energy", "count", "weight"}) | _ANY_SIZE),
    # metals won from the ground and the furnace: "mined about 21,000 tonnes", "smelted 1.1
    # mt of ferrochrome" (not moved); weighed only: "poured 85,000 m3 of concrete" is no gas
    # produced, "mined 12 million m3 of overburden" no output
    ("production", "economy", ("mined", "smelted", "poured"),
     frozenset({"mass", "weight"}) | _ANY_SIZE),
    # What lies in the ground, not what was mined or moved: "proven reserves are put at 1.2
    # billion tonnes of ore", "a deposit estimated to hold 20 million tonnes" (not money:
    # "international reserves" are a central bank's)
    ("reserves", "economy", ("reserves", "proven reserves", "proved reserves", "ore reserves",
                             "mineral reserves", "mineral resources", "ore resources",
                             # "holds 7.4 billion tonnes of coal resources" (tonnes only:
                             # money "resources" are funds)
                             "resources", "coal resources",
                             "reserves of", "estimated to hold", "estimated to contain",
                             "believed to hold", "believed to contain",
                             # "Galkynysh holds an estimated 21.2 tcm": the mirror of
                             # "estimated to hold"
                             "holds an estimated", "hold an estimated",
                             "contains an estimated", "contain an estimated",
                             # "the deposit holds 12 million tonnes of ore"
                             "deposit holds", "deposit contains", "deposits hold",
                             "deposits contain", "orebody holds", "ore body holds"),
     frozenset({"mass", "weight", "oil", "gas"}) | _ANY_SIZE),
    # A rate the state levies on what is mined or earned, a share: "raised the mineral
    # extraction tax on gold from 10% to 14%", "a royalty of 14%" (the phrase beats the
    # production row's "extraction"; money paid in taxes is no rate)
    ("tax rate", "economy", ("mineral extraction tax", "extraction tax", "mineral extraction "
                             "tax rate", "extraction tax rate", "royalty", "royalties",
                             "royalty rate", "tax rate", "tax rates", "income tax",
                             "corporate income tax", "profit tax", "windfall tax",
                             # "will raise VAT from 12% to 16%": the rate on sales
                             "vat", "vat rate", "value added tax", "value-added tax"),
     frozenset({"share"})),
    # Industry's output in money and its index, as statistics offices give them: "the volume
    # of industrial production amounted to 38.2 trillion tenge, the index of physical volume
    # was 106.1%" (not money near "produced": "produced $2 million worth of ads" is a sale)
    ("production", "economy", ("industrial output", "industrial production",
                               "volume of industrial output", "volume of industrial production",
                               # "residents produced goods worth 3.1 trillion soums": made,
                               # in money (the goods are no cargo, nor is it a sale)
                               "produced goods worth", "produced products worth",
                               "output worth", "output valued at",
                               "manufactured goods worth",
                               "index of physical volume", "physical volume index"),
     _MONEY),
    ("electricity exports", "energy", ("electricity", "power supplies", "electricity supplies",
                                       "power exports"), frozenset({"energy"}) | _ANY_SIZE),
    # "Electricity exports from Kyrgyzstan plunged 2.6-fold", "electricity exports brought in
    # $120 million": the whole phrase, so that its "exports" does not make them trade in goods
    # "raise power exports to Afghanistan to 1.5 GW": the power sent, not a plant's capacity
    ("electricity exports", "energy", ("electricity exports", "electricity export",
                                       "exports of electricity", "export of electricity",
                                       "power exports", "power export"),
     frozenset({"energy", "power"}) | _MONEY),
    # kWh supplied are electricity sent, not power capacity: "raise supplies to 6 billion kWh
    # from the current 2.5 billion kWh"
    ("electricity exports", "energy", ("supplies", "supply", "deliveries"),
     frozenset({"energy"})),
    # and kWh brought in are electricity imports, as the imports row names goods in tonnes:
    # "Kyrgyzstan imported 2.4 billion kWh last year" (not a plant's power capacity)
    ("electricity imports", "energy", ("imported", "imports", "import", "importing"),
     frozenset({"energy"})),
    # fuel a vehicle or ship burns, not cargo carried: "Each Caspian ferry burns roughly 11
    # tonnes of fuel a day", "fuel consumption of 4 tonnes per 1,000 km"
    ("fuel consumption", "logistics", ("burns", "burn", "burned", "burnt", "burning",
                                       "fuel consumption", "consumption of fuel", "fuel use",
                                       "fuel burn"),
     frozenset({"mass"})),
    # "CO2 emissions fell by 1.2 million tonnes": tonnes of gas let out, not of cargo moved;
    # grams of it per tonne-km too ("rail emits around 25 g of CO2 per tonne-km")
    ("emissions", "energy", ("emissions", "emission", "co2 emissions", "carbon emissions",
                             "greenhouse gas emissions", "co2", "carbon dioxide",
                             # "carbon intensity fell to 11.4 grams per tonne-km"
                             "carbon intensity", "emissions intensity", "emission intensity",
                             "co2 intensity", "carbon footprint"),
     frozenset({"mass", "weight"}) | _ANY_SIZE),
    # the share of power made from renewable sources, not electricity sold abroad:
    # "Renewables generated 6.4% of Kazakhstan's electricity", "lifting the renewable share of
    # generation to 45 per cent", "a 40% share of renewables in power generation"
    # (not a bare "renewable energy": "the Renewable Energy ... Index was up 19%" is a price)
    ("renewable share", "energy", ("renewables", "renewable share", "share of renewables",
                                   "share of renewable energy", "renewable sources",
                                   "renewable power", "renewable generation",
                                   "renewables' share"),
     frozenset({"share"})),
    # "Port utilisation reached 85%": the share of a capacity in use
    ("capacity utilisation", "logistics", ("utilisation", "utilization", "capacity utilisation",
                                           "capacity utilization", "utilisation rate",
                                           "utilization rate", "load factor", "load factors",
                                           # "operated at 65% of capacity": a share of it
                                           "of capacity", "of its capacity", "of the capacity",
                                           "of their capacity", "of design capacity",
                                           "of its design capacity", "of full capacity",
                                           "of its potential capacity",
                                           # "ships sail at 60-70% of their load"
                                           "of their load", "of its load", "of full load",
                                           *_CAPACITY_OF),
     frozenset({"share"})),
    # ... but a size right after the capacity is the capacity: "running at 12% of its capacity
    # of 800,000 tonnes a year" (the share keeps the row above, which owns the cue)
    ("capacity", "logistics", _CAPACITY_OF, frozenset({"mass", "teu", "count", "oil", "gas",
                                                       "power"})),
    # "Passenger traffic rose 12% to 4.1 million": people carried, not cargo
    # "air fares fell 15%": what a passenger pays, not how many travel
    # "A second-class ticket on the Almaty-Tashkent train costs 18,000 tenge": a fare
    # "A seat on the Bishkek-Almaty bus costs 1,500 soms": what a passenger pays
    ("fares", "logistics", ("fare", "fares", "air fares", "airfares",
                            "ticket price", "ticket prices", "ticket", "tickets", "seat",
                            "seats"), _MONEY),
    # "Ridership on the metro rose 14%", "Tourist arrivals reached 3.1 million": people too
    ("passenger count", "logistics", ("passenger traffic", "passenger flow", "passengers",
                                      "passenger transportation", "air passengers", "ridership",
                                      "tourist arrivals", "visitor arrivals", "tourist flow",
                                      "tourist flows", "arrivals",
                                      "passenger numbers", "number of passengers"),
     frozenset({"count"}) | _ANY_SIZE),
    # "cargo turnover" of a port is what it handled (translated news), not tonne-km
    ("cargo volume", "logistics", ("cargo flow", "cargo volumes", "cargo volume", "cargo",
                                   "cargo turnover",
                                   "freight", "traffic", "transit volumes", "volumes", "volume",
                                   "goods", "transported", "carried", "moved", "shipped",
                                   # "Ferry shipments between Kuryk and Alat rose 23%": goods
                                   # carried, not sold abroad (a bare "shipments" is exports)
                                   "ferry shipments", "rail shipments", "railway shipments",
                                   "cargo shipments", "freight shipments",
                                   # a shipping line's "tanker shipments rose 11% to 3.3 mln
                                   # t": oil carried by its fleet, not a country's exports
                                   "tanker shipments"),
     frozenset({"mass", "count", "oil", "gas"}) | _ANY_SIZE),
    # money pledged is investment, unless the words after it say what it is ("pledged 26 bln
    # yuan in grants"): last, so that every such word wins over it
    ("investment", "investment", ("pledged", "pledges", "pledge",
                                  # "India committed $120 million to equip the terminal"
                                  "committed", "commits",
                                  # "put Global Gateway commitments in Central Asia at €12
                                  # billion": money promised, as "pledges"
                                  "commitments", "commitment",
                                  # "Global Gateway will mobilise €10 billion for the corridor"
                                  # (but "mobilise $1.41 billion of financing" is a loan)
                                  "mobilise", "mobilize", "mobilised", "mobilized",
                                  # "ADB expects to commit $1 billion a year"
                                  "commit",
                                  # "under a PPP worth $180 million": private money invested
                                  "ppp", "public-private partnership",
                                  "public-private partnerships"), _MONEY),
)


def rows_of(*labels: str) -> frozenset[int]:
    """The rows of METRICS (their indices) that carry one of these labels."""
    return frozenset(k for k, row in enumerate(METRICS) if row[0] in labels)


def _rows_of_cues() -> dict[str, tuple[int, ...]]:
    rows: dict[str, list[int]] = {}
    for k, row in enumerate(METRICS):
        for cue in row[2]:
            rows.setdefault(cue, []).append(k)
    return {cue: tuple(found) for cue, found in rows.items()}


# The water rows' labels: not read in a sentence naming gas (`measures`).
# NOTE: keep in sync with the water rows of METRICS.
WATER_METRICS: Final[frozenset[str]] = frozenset(
    {"reservoir volume", "water flow", "water allocation", "water volume"}
)

# Cue -> the rows of METRICS naming it, in order: the first owns it (`facts`), a later one
# takes it for unit classes the first does not (`refine.shared_cue_row`).
CUE_ROWS: Final[dict[str, tuple[int, ...]]] = _rows_of_cues()

# Bodies other than the named forecasters (`entities.FORECASTERS`) whose bare "growth" is the
# economy's: "The finance ministry expects growth of 5.2%", "the central bank sees growth at
# 6%" (matched as whole words, any case). A port's or a company's growth is no economy's.
ECONOMY_FORECASTER_WORDS: Final[tuple[str, ...]] = (
    "finance ministry", "ministry of finance", "economy ministry", "ministry of economy",
    "economic ministry", "central bank", "national bank", "government", "cabinet",
)
