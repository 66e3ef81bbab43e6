"""Our own cases: physical units (mass, TEU, barrels, gas, length, area, power and energy),
percent and percentage points, multipliers, durations and counted things."""

from __future__ import annotations

from . import Example, c, ex

MASS: list[Example] = [
    ex("mass-tonnes-handled", "The terminal handled 2.4 million tonnes of cargo in 2024.",
       c("2.4 million tonnes", 2.4e6, "t", metric="port throughput", topic="logistics",
         period="2024")),
    ex("mass-tons", "The railway carried 3 million tons of coal.", c("3 million tons", 3e6, "t")),
    ex("mass-metric-tons", "Wheat exports reached 3.2 million metric tons.",
       c("3.2 million metric tons", 3.2e6, "t", topic="agriculture")),
    ex("mass-mt-million-tonnes", "Oil shipments reached 11 mt in 2023.",
       c("11 mt", 11e6, "t", metric="oil exports", topic="energy", period="2023")),
    ex("mass-mt-decimal", "Exports fell to 0.84 mt.", c("0.84 mt", 0.84e6, "t", change=None)),
    ex("mass-kt", "The refinery shipped 450 kt of diesel.", c("450 kt", 450e3, "t")),
    ex("mass-tonnes-plain", "In the first quarter, 355,000 tonnes went that way.",
       c("355,000 tonnes", 355000, "t")),
]

TEU: list[Example] = [
    ex("teu-plain", "Container traffic on the corridor totalled 50,500 TEU.",
       c("50,500 TEU", 50500, "TEU", metric="container volume", topic="logistics")),
    ex("teu-plural", "Poti handled 120,000 TEUs.", c("120,000 TEUs", 120000, "TEU")),
    ex("teu-spelled-out", "The services hauled 1.46 mln twenty-foot equivalent units of goods.",
       c("1.46 mln twenty-foot equivalent units", 1.46e6, "TEU")),
    ex("teu-capacity-a-year", "The terminal's capacity is 400,000 TEU a year.",
       c("400,000 TEU", 400000, "TEU", per="year", metric="capacity")),
]

OIL_GAS: list[Example] = [
    ex("bbl-million-barrels", "BTC pumped 161.9 million barrels of oil.",
       c("161.9 million barrels", 161.9e6, "bbl", metric="oil exports", topic="energy",
         per=None)),
    ex("bbl-bpd", "Output averaged 650,000 bpd in March.",
       c("650,000 bpd", 650000, "bbl", per="day")),
    ex("bbl-barrels-per-day", "The pipeline can carry 1.2 million barrels per day.",
       c("1.2 million barrels", 1.2e6, "bbl", per="day")),
    ex("bbl-barrels-a-day", "Kazakhstan exported 1.5 million barrels a day.",
       c("1.5 million barrels", 1.5e6, "bbl", per="day")),
    ex("bbl-b-per-d", "The field produces 90,000 b/d.", c("90,000 b/d", 90000, "bbl", per="day")),
    ex("gas-bcm", "Azerbaijan exported 11.8 bcm of gas to Europe.",
       c("11.8 bcm", 11.8e9, "m3", metric="gas exports", topic="energy",
         entities=["Azerbaijan", "Europe"])),
    ex("gas-billion-cubic-metres", "Türkiye received 9.5 billion cubic metres of gas.",
       c("9.5 billion cubic metres", 9.5e9, "m3", topic="energy")),
    ex("gas-million-cubic-meters", "The storage site holds 500 million cubic meters of gas.",
       c("500 million cubic meters", 500e6, "m3")),
    ex("gas-bcm-per-year", "The pipeline's capacity is 16 bcm per year.",
       c("16 bcm", 16e9, "m3", per="year", metric="capacity")),
    ex("gas-m3", "Each tank holds 30,000 m3.", c("30,000 m3", 30000, "m3")),
]

LENGTH_POWER: list[Example] = [
    ex("len-km", "The ferry line runs 260 km across the sea.", c("260 km", 260, "km")),
    ex("len-kilometres-cable", "The fibre-optic cable will run 380 kilometres under the sea.",
       c("380 kilometres", 380, "km", metric="cable length", topic="digital",
         kind="projection")),
    ex("len-hyphenated-kilometre", "The project includes a new 322.3-kilometre line.",
       c("322.3-kilometre", 322.3, "km")),
    ex("len-hyphenated-km", "The 1,768-km route crosses three countries.",
       c("1,768-km", 1768, "km")),
    ex("len-km-no-space", "The 15km bypass opened in May.", c("15km", 15, "km")),
    ex("len-metres", "The new berth is 300 metres long.", c("300 metres", 300, "m")),
    ex("len-m-is-metres-not-million", "The quay is 240 m long.", c("240 m", 240, "m")),
    ex("area-km2", "The free zone covers 2,000 km2.", c("2,000 km2", 2000, "km2")),
    ex("area-square-kilometres", "The special economic zone covers 65 square kilometres.",
       c("65 square kilometres", 65, "km2")),
    ex("power-mw", "The solar plant will have 1,000 MW of capacity.",
       c("1,000 MW", 1000, "MW", kind="projection")),
    ex("power-gw", "Azerbaijan plans 5 GW of offshore wind.",
       c("5 GW", 5, "GW", kind="projection", topic="energy")),
    ex("power-megawatts", "The wind farm's 240 megawatts came online in 2023.",
       c("240 megawatts", 240, "MW", topic="energy")),
    ex("power-metric-horsepower", "The engine makes 224 kW / 300 PS.",
       c("224 kW", 224, "kW"), c("300 PS", 300, "PS")),
    ex("volume-litre-glued", "The truck has a 1.0l engine and a 2.5 litre tank.",
       c("1.0l", 1.0, "l"), c("2.5 litre", 2.5, "l")),
    ex("temperature-degree-sign-then-word", "Water boils at 100° Celsius.",
       c("100° Celsius", 100, "degC")),
    ex("length-double-prime-inch", "The pipe is 25.5″ wide.", c("25.5″", 25.5, "in")),
    ex("length-suspended-hyphen", "The crane has a 7- or 8-inch cable.",
       c("7", 7, "in"), c("8-inch", 8, "in")),
    ex("energy-kwh-scaled", "Electricity exports reached 2.5 billion kWh.",
       c("2.5 billion kWh", 2.5e9, "kWh", topic="energy")),
]

SHARES: list[Example] = [
    ex("pct-symbol-share", "Kazakh exports made up 60% of the total.",
       c("60%", 60, "%", change=None)),
    ex("pct-percent-word", "Exports rose 22 percent.", c("22 percent", 22, "%", change="increase")),
    ex("pct-per-cent", "Wheat exports were up 40 per cent.",
       c("40 per cent", 40, "%", change="increase")),
    ex("pct-pct", "Imports fell 3.5 pct.", c("3.5 pct", 3.5, "%", change="decrease")),
    ex("pct-range-en-dash", "Tariffs will rise 5–10% next year.",
       c("5–10%", 5, "%", value_high=10, change="increase", kind="projection")),
    ex("pp-words", "The share of transit cargo rose by 2.5 percentage points.",
       c("2.5 percentage points", 2.5, "pp", change="increase")),
    ex("pp-abbrev-then-level", "The container share grew 1.5 pp to 35.8%.",
       c("1.5 pp", 1.5, "pp", change="increase"), c("35.8%", 35.8, "%", change=None)),
    ex("pp-dotted", "Inflation slowed by 0.7 p.p. in May.",
       c("0.7 p.p.", 0.7, "pp", change="decrease")),
    ex("pp-word-number-singular", "The tariff is down one percentage point.",
       c("one percentage point", 1, "pp", change="decrease")),
]

MULTIPLIERS: list[Example] = [
    ex("mult-twofold", "Transit volumes grew twofold.", c("twofold", 2, "x", change="increase")),
    ex("mult-threefold-by-2030", "Freight is expected to rise threefold by 2030.",
       c("threefold", 3, "x", change="increase", kind="projection", period="2030")),
    ex("mult-four-fold-hyphen", "Exports rose four-fold.",
       c("four-fold", 4, "x", change="increase")),
    ex("mult-sixfold", "Imports from China jumped sixfold.",
       c("sixfold", 6, "x", change="increase", entities=["China"])),
    ex("mult-tenfold", "Container traffic grew tenfold.",
       c("tenfold", 10, "x", change="increase", metric="container volume")),
    ex("mult-doubled", "Container volumes doubled in 2023.",
       c("doubled", 2, "x", change="increase", period="2023")),
    ex("mult-tripled", "Kazakh exports tripled.", c("tripled", 3, "x", change="increase")),
    ex("mult-quadrupled", "Shipments quadrupled.", c("quadrupled", 4, "x", change="increase")),
    ex("mult-halved", "Transit times were halved.",
       c("halved", 0.5, "x", change="decrease", metric="transit time")),
    ex("mult-by-half", "Delivery times were cut by half.",
       c("half", 0.5, "x", change="decrease")),
    ex("mult-times-decimal-then-level", "Container traffic grew 2.6 times to 50,500 TEU.",
       c("2.6 times", 2.6, "x", change="increase"), c("50,500 TEU", 50500, "TEU", change=None)),
    ex("mult-five-times-higher", "Tariffs are now five times higher than in 2020.",
       c("five times", 5, "x", change="increase")),
    ex("mult-times-lower", "Imports were 1.5 times lower than exports.",
       c("1.5 times", 1.5, "x", change="decrease")),
    ex("mult-fold-decimal", "Oil exports rose 2.3-fold.",
       c("2.3-fold", 2.3, "x", change="increase", metric="oil exports")),
    ex("mult-to-double-projection", "Baku aims to double gas supplies by 2027.",
       c("double", 2, "x", change="increase", kind="projection", period="2027")),
]

DURATIONS: list[Example] = [
    ex("dur-days", "The corridor offers an average delivery time of 12 days.",
       c("12 days", 12, "day", metric="transit time", topic="logistics")),
    ex("dur-hours", "Customs clearance at the border now takes 48 hours.",
       c("48 hours", 48, "hour")),
    ex("dur-range-days", "A trip along the corridor now takes 13-17 days.",
       c("13-17 days", 13, "day", value_high=17, metric="transit time")),
    ex("dur-cut-to-days", "Delivery times are to be cut to 15 days.",
       c("15 days", 15, "day", change=None, kind="projection")),
    ex("dur-reduced-by-days", "Border checks were reduced by 2 days.",
       c("2 days", 2, "day", change="decrease")),
    ex("duration-span-of-a-tally-is-no-claim", "The port handled 500,000 TEU in nine months.",
       c("500,000 TEU", 5e5, "TEU")),
    ex("duration-of-its-own-after-a-clause", "It moved 5 mt, and the line was built in three "
       "years.", c("5 mt", 5e6, "t"), c("three years", 3, "year")),
]

COUNTS: list[Example] = [
    ex("count-journeys", "China-Europe freight trains made 15,000 journeys in 2021.",
       c("15,000 journeys", 15000, "count", item="journey", period="2021")),
    ex("count-containers", "More than 4,000 containers were moved.",
       c("4,000 containers", 4000, "count", item="container", approx="min")),
    ex("count-vessels-with-modifier", "The terminal served 300 container vessels.",
       c("300 container vessels", 300, "count", item="vessel")),
    ex("count-ferries", "Kuryk received 599 ferries in 2023.",
       c("599 ferries", 599, "count", item="ferry", period="2023")),
    ex("count-projects", "The bank finances 122 active projects.",
       c("122 active projects", 122, "count", item="project")),
    ex("count-companies", "More than 20 companies joined the forum.",
       c("20 companies", 20, "count", item="company", approx="min")),
    ex("count-wagons", "The port handled 37,515 rail wagons.",
       c("37,515 rail wagons", 37515, "count", item="wagon")),
    ex("count-vehicles-after-change", "Truck traffic fell 8.8% to 39,431 vehicles.",
       c("8.8%", 8.8, "%", change="decrease"),
       c("39,431 vehicles", 39431, "count", item="vehicle", change=None)),
    ex("count-jobs-projection", "The plant would create 1,800 jobs.",
       c("1,800 jobs", 1800, "count", item="job", kind="projection")),
    ex("count-berths-digits", "The port has 4 berths.", c("4 berths", 4, "count", item="berth")),
    ex("count-trains-per-week", "Operators run 12 container trains per week.",
       c("12 container trains", 12, "count", item="container train", per="week")),
    ex("count-dozen", "The fleet includes two dozen tankers.",
       c("two dozen tankers", 24, "count", item="tanker")),
]

EXAMPLES: list[Example] = (
    MASS + TEU + OIL_GAS + LENGTH_POWER + SHARES + MULTIPLIERS + DURATIONS + COUNTS
)

KNOWN_GAPS: dict[str, str] = {
}
