"""Held-out sentences written after the parser was tuned, on project and heavy-lift cargo along
the Middle Corridor and the Caspian: oversized units (transformers, reactors, wind turbine
blades, columns), their dimensions written "L x W x H" (never multipliers: only the last
factor carries the unit, so only it is read, in metres), weights per piece against the whole
consignment, special trains and barges, escorted trucks, route surveys in km, bridge load
limits, crane lifting capacity and delivery times; projections set against actuals.
Negatives: berth and permit numbers, axle counts named as types, years and ordinals.
Expectations were written by hand from reading the text, before the parser was run on it.
"""

from __future__ import annotations

from . import TITR, Example, c, ex

AKTAU = "Port of Aktau"
KURYK = "Port of Kuryk"
POTI = "Port of Poti"
CASPIAN = "Caspian Sea"

UNITS: list[Example] = [
    ex("pc-reactor-dimensions-and-weight",
       "The reactor, measuring 12 x 4 x 5 m and weighing 310 tonnes, left Aktau on a special "
       "barge.",
       c("5 m", 5, "m", change=None, approx=None, metric=None),
       c("310 tonnes", 310, "t", change=None, kind="actual", entities=[AKTAU])),
    ex("pc-crate-two-dimensions-no-multiplier",
       "Each crate of 2.6 x 1.2 m was lashed to the flat wagon.",
       c("1.2 m", 1.2, "m", change=None, metric=None)),
    ex("pc-dimensions-each-with-unit",
       "The transformer measures 10.5 m x 3.8 m x 4.2 m.",
       c("10.5 m", 10.5, "m", change=None, metric=None), c("3.8 m", 3.8, "m", change=None),
       c("4.2 m", 4.2, "m", change=None, metric=None)),
    ex("pc-dimensions-metres-word",
       "The column is 58 x 6 x 6 metres and had to be floated up the Volga.",
       c("6 metres", 6, "m", change=None, metric=None)),
    ex("pc-dimensions-times-sign",
       "Its footprint of 14×5 m exceeds the ferry's deck gate.",
       c("5 m", 5, "m", change=None, metric=None)),
    ex("pc-blade-length-piece-and-total-weight",
       "Each blade is 45 metres long and weighs 12 tonnes; the whole consignment totals 540 "
       "tonnes.",
       c("45 metres", 45, "m", change=None),
       c("12 tonnes", 12, "t", change=None),
       c("540 tonnes", 540, "t", change=None, kind="actual")),
    ex("pc-transformer-hyphen-adjective",
       "A 300-tonne transformer reached the Kuryk substation site after 19 days at sea.",
       c("300-tonne", 300, "t", change=None),
       c("19 days", 19, "day", change=None, kind="actual")),
    ex("pc-blades-count-and-length",
       "Ninety wind turbine blades, each 45 m long, will be shipped via Poti this autumn.",
       c("Ninety wind turbine blades", 90, "count", item="blade", kind="projection",
         entities=[POTI]),
       c("45 m", 45, "m", kind="projection"),
       published="2025-06-01"),
    ex("pc-gross-weight-about",
       "The gas turbine module weighs about 420 tonnes gross.",
       c("420 tonnes", 420, "t", approx="approx", change=None)),
    ex("pc-heaviest-piece-over",
       "The heaviest piece of the consignment weighs over 500 t.",
       c("500 t", 500, "t", approx="min")),
    ex("pc-kg-per-piece",
       "Each of the 24 tower sections weighs 68,000 kg.",
       c("24 tower sections", 24, "count"),
       c("68,000 kg", 68000, "kg", change=None)),
]

TRANSPORT: list[Example] = [
    ex("pc-special-train-count-wagons",
       "Kazakhstan Temir Zholy ran 3 special trains with 42 well wagons for the Tengiz project "
       "in May.",
       c("3 special trains", 3, "count", kind="actual"),
       c("42 well wagons", 42, "count"),
       published="2025-06-10"),
    ex("pc-escorted-trucks-km-days",
       "Twelve escorted trucks moved the blades over 1,200 km in 9 days.",
       c("Twelve escorted trucks", 12, "count", item="truck"),
       c("1,200 km", 1200, "km", approx="min"),
       c("9 days", 9, "day", change=None)),
    ex("pc-barges-caspian-crossing",
       "Two barges carried the modules 450 km across the Caspian from Baku to Aktau.",
       c("Two barges", 2, "count", item="barge", metric="vessel count"),
       c("450 km", 450, "km", entities=[AKTAU, CASPIAN])),
    ex("pc-route-survey-km",
       "A route survey of 870 km found 14 bridges and 6 power lines to be raised.",
       c("870 km", 870, "km", change=None),
       c("14 bridges", 14, "count", item="bridge"),
       c("6 power lines", 6, "count")),
    ex("pc-bridge-load-limit",
       "Bridges on the Beineu road are rated for 80 tonnes, so the 300-tonne transformer needed "
       "a 140 km detour.",
       c("80 tonnes", 80, "t", approx=None, change=None, metric="capacity"),
       c("300-tonne", 300, "t"),
       c("140 km", 140, "km", change=None)),
    ex("pc-axle-load-max",
       "Axle loads on the line may not exceed 23.5 tonnes.",
       c("23.5 tonnes", 23.5, "t", approx="max")),
    ex("pc-crane-lifting-capacity",
       "A 750-tonne crawler crane was brought to Kuryk to lift the stator.",
       c("750-tonne", 750, "t", entities=[KURYK])),
    ex("pc-crane-capacity-up-to",
       "The floating crane can lift up to 1,600 tonnes.",
       c("1,600 tonnes", 1600, "t", approx="max", metric="capacity")),
    ex("pc-trailer-axle-lines-count",
       "The load rode on a trailer with 24 axle lines at 5 km/h.",
       c("24 axle lines", 24, "count"),
       c("5 km/h", 5, "km", per="hour")),
    ex("pc-delivery-time-weeks",
       "Delivery from Lianyungang to Aktau took 38 days instead of the planned 30.",
       c("38 days", 38, "day", kind="actual", entities=[AKTAU]),
       c("30", 30, "day", kind="projection")),
    ex("pc-delivery-expected-weeks",
       "The generators are expected to reach the site in six weeks.",
       c("six weeks", 6, "week", kind="projection")),
    ex("pc-barge-capacity-per-voyage",
       "Each Volga-Don barge can carry up to 3,000 tonnes per voyage.",
       c("3,000 tonnes", 3000, "t", approx="max", per="voyage")),
    ex("pc-volume-cubic-metres",
       "The consignment totals 6,800 cubic metres of freight in 112 packages.",
       c("6,800 cubic metres", 6800, "m3", metric="cargo volume", topic="logistics"),
       c("112 packages", 112, "count", item="package")),
    ex("pc-freight-cost",
       "The heavy-lift move cost the contractor $4.2 million.",
       c("$4.2 million", 4.2e6, "USD", change=None)),
    ex("pc-cost-per-tonne-rate",
       "Barge freight on the Caspian was quoted at $95 per tonne.",
       c("$95", 95, "USD", per="t", entities=[CASPIAN])),
]

VOLUMES: list[Example] = [
    ex("pc-project-cargo-volume-grew-percent",
       "Project cargo handled at Aktau rose 34% in 2024 to 182,000 tonnes.",
       c("34%", 34, "%", change="increase", period="2024", entities=[AKTAU]),
       c("182,000 tonnes", 182000, "t", change=None, period="2024"),
       published="2025-03-01"),
    ex("pc-heavy-lifts-count-first-half",
       "The port handled 57 heavy lifts in the first half of 2025, up from 41 a year earlier.",
       c("57 heavy lifts", 57, "count", item="heavy lift", period="2025-01/2025-06"),
       c("41", 41, "count", item="heavy lift", period="2024-01/2024-06"),
       published="2025-07-15"),
    ex("pc-forecast-oversized-units-2026",
       "Operators expect around 300 oversized units to cross the Caspian in 2026.",
       c("300 oversized units", 300, "count", approx="approx", kind="projection", period="2026"),
       published="2025-06-01"),
    ex("pc-target-by-2030-tonnes",
       "The ro-ro terminal aims to handle 250,000 tonnes of project cargo a year by 2030.",
       c("250,000 tonnes", 250000, "t", per="year", kind="projection", period="2030"),
       published="2025-06-01"),
    ex("pc-share-of-total-percent",
       "Wind farm components made up 40% of the heavy cargo through Poti last year.",
       c("40%", 40, "%", change=None, period="2024", entities=[POTI]),
       published="2025-04-01"),
    ex("pc-fell-by-percent",
       "Oversized shipments via the Middle Corridor fell by 12% in the first quarter.",
       c("12%", 12, "%", change="decrease", entities=[TITR], period="2025-01/2025-03"),
       published="2025-05-01"),
    ex("pc-doubled-multiplier",
       "The number of special trains for project cargo doubled in 2024.",
       c("doubled", 2, "x", change="increase", period="2024"),
       published="2025-02-01"),
    ex("pc-range-tonnes",
       "The stators weigh between 180 and 220 tonnes apiece.",
       c("180 and 220 tonnes", 180, "t", value_high=220)),
    ex("pc-range-dash-days",
       "Each crossing takes 3-4 days depending on the weather.",
       c("3-4 days", 3, "day", value_high=4)),
    ex("pc-times-longer-multiplier",
       "The detour made the trip 2.5 times longer.",
       c("2.5 times", 2.5, "x", change="increase")),
]

HEDGES: list[Example] = [
    ex("pc-nearly-km",
       "The convoy covered nearly 2,000 km from Poti to the Kazakh border.",
       c("2,000 km", 2000, "km", approx="approx")),
    ex("pc-at-least-weeks",
       "Permits for oversized loads take at least three weeks in Georgia.",
       c("three weeks", 3, "week", approx="min")),
    ex("pc-less-than-metres-clearance",
       "The bridge leaves less than 5.5 m of clearance for the convoy.",
       c("5.5 m", 5.5, "m", approx="max", metric=None)),
    ex("pc-some-trucks",
       "Some 40 police vehicles escorted the column.",
       c("40 police vehicles", 40, "count", approx="approx")),
    ex("pc-investment-crane-projection",
       "Kuryk will invest 12 billion tenge in a 1,000-tonne gantry crane.",
       c("12 billion tenge", 12e9, "KZT", kind="projection"),
       c("1,000-tonne", 1000, "t", kind="projection")),
    ex("pc-quay-reinforced-per-square-metre",
       "The quay was reinforced to bear 40 tonnes per square metre.",
       c("40 tonnes", 40, "t")),
]

NEGATIVES: list[Example] = [
    ex("pc-neg-berth-number", "The barge moored at Berth No. 7 in Aktau."),
    ex("pc-neg-years-and-ordinals",
       "It was the third heavy-lift convoy since 2021 on the route."),
    ex("pc-neg-permit-number",
       "Permit No. 4512 allows the convoy to travel at night."),
    ex("pc-neg-small-generic-count",
       "The two companies agreed to share the cranes."),
    ex("pc-neg-date", "The transformer arrived on 14 March 2025."),
    ex("pc-neg-clock-time", "The convoy sets off at 23:00 each night."),
    ex("pc-dimension-factors-no-multiplier",
       "Cargo of up to 4 x 4 m fits the standard rail gauge, the operator says.",
       c("4 m", 4, "m", approx="max", change=None, metric=None)),
    ex("pc-neg-project-phase", "Phase 2 of the wind farm needs new blades."),
]

EXAMPLES: list[Example] = UNITS + TRANSPORT + VOLUMES + HEDGES + NEGATIVES

# Examples the parser does not yet read as an analyst would: id -> why.
KNOWN_GAPS: dict[str, str] = {}
