"""Held-out sentences on what a figure measures and whether it is reported or planned,
written after an audit of the bundled claims' `metric` and `kind`.

Guarantees that development banks and states give (not money lent), a corridor's or port's
"potential" (what it could take, a capacity), shares of vehicles counted ("of which 7,100
(55%)"), changes and multiples whose own noun names the measure ("a 73% jump" after TEU,
"20 times as many container trains"), shares set beside an amount ("94% of the total, or
255,000 TEU"), lengths of lines still to be built and costs of systems already running;
with near misses where those rules must not fire (loans, transit guarantees, export
potential in money, road haulage's share of cargo). Written by hand in our own words,
expectations first, then compared with the parser.
"""

from __future__ import annotations

from . import Example, c, ex

INV = "investment"

GUARANTEES: list[Example] = [
    ex("m5-guarantee-isdb-signed",
       "The Islamic Development Bank signed a $120 million guarantee for the Aktau container "
       "hub.",
       c("$120 million", 120e6, "USD", metric="guarantee", topic=INV, kind="actual"),
       published="2025-04-02"),
    ex("m5-guarantee-miga-issued",
       "MIGA issued political-risk guarantees worth EUR 300 million to the Uzbek road "
       "concession.",
       c("EUR 300 million", 300e6, "EUR", metric="guarantee", topic=INV, kind="actual"),
       published="2025-04-02"),
    ex("m5-guarantee-co-guarantee",
       "The Eurasian Development Bank will add a co-guarantee of $90 million to the deal.",
       c("$90 million", 90e6, "USD", metric="guarantee", topic=INV, kind="projection"),
       published="2025-04-02"),
    ex("m5-guarantee-headline",
       "World Bank backs Georgian highway with $400 million guarantee",
       c("$400 million", 400e6, "USD", metric="guarantee", topic=INV), published="2025-04-02"),
    # near misses: money lent stays a loan; a customs security stays a transit guarantee
    ex("m5-guarantee-near-loan",
       "ADB approved a $250 million loan to upgrade the Almaty-Bishkek road.",
       c("$250 million", 250e6, "USD", metric="loan", topic=INV, kind="actual"),
       published="2025-04-02"),
    ex("m5-guarantee-near-transit",
       "The TIR guarantee for one truck is capped at EUR 60,000.",
       c("EUR 60,000", 60000, "EUR", approx="max", metric="transit guarantee"),
       published="2025-04-02"),
]

# A potential is a capacity by its metric; its kind stays a projection, the house convention
# (`Kind`: "a forecast, plan, target or potential"; `own_context` "kind-potential").
POTENTIAL: list[Example] = [
    ex("m5-potential-teu",
       "The ferry line carried 21,000 TEU last year, against a potential of 60,000 TEU.",
       c("21,000 TEU", 21000, "TEU", metric="container volume", kind="actual"),
       c("60,000 TEU", 60000, "TEU", metric="capacity", kind="projection"),
       published="2025-02-10"),
    ex("m5-potential-tonnes",
       "The Dostyk crossing handled 18 million tonnes in 2024, well below its potential of "
       "25 million tonnes.",
       c("18 million tonnes", 18e6, "t", kind="actual"),
       c("25 million tonnes", 25e6, "t", metric="capacity", kind="projection"),
       published="2025-02-10"),
    # near miss: a money potential is what trade could reach, a forecast
    ex("m5-potential-near-export-money",
       "Officials put the untapped export potential to Georgia at $300 million.",
       c("$300 million", 300e6, "USD", metric="exports", kind="projection"),
       published="2025-02-10"),
]

SHARES: list[Example] = [
    ex("m5-share-of-which-trucks",
       "Border crossings fell 5% to 12,800 trucks, of which 7,100 (55.5%) entered from China.",
       c("5%", 5, "%", change="decrease", metric="vehicle count"),
       c("12,800 trucks", 12800, "count", metric="vehicle count"),
       c("7,100", 7100, "count", metric="vehicle count"),
       c("55.5%", 55.5, "%", metric="vehicle count"), published="2025-02-10"),
    ex("m5-share-lorries-of-vehicles",
       "Lorries made up 41% of the 20,500 vehicles the ferries carried.",
       c("41%", 41, "%", metric="vehicle count"),
       c("20,500 vehicles", 20500, "count", metric="vehicle count"),
       published="2025-02-10"),
    ex("m5-share-or-teu",
       "The Kazakh leg made up 88% of the total, or 64,000 TEU.",
       c("88%", 88, "%", metric="container volume"),
       c("64,000 TEU", 64000, "TEU", metric="container volume"), published="2025-02-10"),
    # near miss: a mode's share of cargo stays the cargo's
    ex("m5-share-near-road-cargo",
       "Road haulage accounted for 38% of the cargo carried across the border.",
       c("38%", 38, "%", metric="cargo volume"), published="2025-02-10"),
]

HOME_AND_ABROAD: list[Example] = [
    ex("m5-home-counting-internal-shipments",
       "Counting internal shipments, Uzbek railways carried 2.2 million tonnes of wheat in the "
       "quarter.",
       c("2.2 million tonnes", 2.2e6, "t", metric="cargo volume"), published="2025-01-20"),
    ex("m5-home-including-home-market",
       "Flour deliveries reached 640,000 tonnes, including 210,000 tonnes for the domestic "
       "market and 430,000 tonnes for export.",
       c("640,000 tonnes", 640000, "t", metric="cargo volume"),
       c("210,000 tonnes", 210000, "t", metric="domestic supplies"),
       c("430,000 tonnes", 430000, "t", metric="grain exports"), published="2025-01-20"),
    # near miss: grain sent abroad alone stays grain exports
    ex("m5-home-near-exports-only",
       "The railway carried 1.9 million tonnes of grain to foreign buyers.",
       c("1.9 million tonnes", 1.9e6, "t", metric="grain exports"), published="2025-01-20"),
]

NOUNS: list[Example] = [
    ex("m5-appositive-jump-after-teu",
       "Boxes led the way: the terminal handled 41,300 TEU, a 58% jump on 2023.",
       c("41,300 TEU", 41300, "TEU", metric="container volume"),
       c("58%", 58, "%", change="increase", metric="container volume"),
       published="2025-01-20"),
    ex("m5-following-a-fall-after-teu",
       "Eastbound boxes slid 9% to 41,000 TEU, following a 12% fall in 2023.",
       c("9%", 9, "%", change="decrease", metric="container volume"),
       c("41,000 TEU", 41000, "TEU", metric="container volume"),
       c("12%", 12, "%", change="decrease", metric="container volume", period="2023"),
       published="2025-01-20"),
    ex("m5-bare-volumes-after-boxes",
       "Batumi handled about 61,000 containers in 2024, against 52,000 a year before, so "
       "volumes rose by 17%.",
       c("61,000 containers", 61000, "count", metric="container count"),
       c("52,000", 52000, "count", metric="container count"),
       c("17%", 17, "%", change="increase", metric="container volume"),
       published="2025-01-20"),
    # near miss: tonnes called volumes stay cargo's
    ex("m5-bare-volumes-near-tonnes",
       "Batumi handled 18,000 containers, and volumes reached 2.1 million tonnes.",
       c("18,000 containers", 18000, "count", metric="container count"),
       c("2.1 million tonnes", 2.1e6, "t", metric="cargo volume"),
       published="2025-01-20"),
    ex("m5-times-as-many-trains",
       "Cargo at the dry port rose 12% to 2.4 million tonnes, and 20 times as many container "
       "trains arrived from Xi'an as a year earlier.",
       c("12%", 12, "%", change="increase", metric="cargo volume"),
       c("2.4 million tonnes", 2.4e6, "t", metric="cargo volume"),
       c("20 times", 20, "x", metric="train count"), published="2025-01-20"),
    # near miss: a container train's boxes are still counted as containers
    ex("m5-times-near-containers",
       "The line carried three times as many containers as in 2022.",
       c("three times", 3, "x", metric="container count"), published="2025-01-20"),
]

KINDS: list[Example] = [
    ex("m5-kind-new-line-will",
       "The programme includes a new 210-kilometre line between Darbaza and Maktaaral, which "
       "will shorten the route by 90 km.",
       c("210-kilometre", 210, "km", metric="route length", kind="projection"),
       c("90 km", 90, "km", kind="projection"), published="2025-03-01"),
    ex("m5-kind-built-system-cost",
       "Gas has flowed through the pipeline since 2019; the $8 billion system is expected to "
       "pay for itself within 12 years.",
       c("$8 billion", 8e9, "USD", metric="project cost", kind="actual"),
       c("12 years", 12, "year", kind="projection"), published="2025-03-01"),
    ex("m5-kind-headline-signed-off-work",
       "Uzbekistan and Turkmenistan sign off on 125 km border railway\n\n"
       "The two governments approved the route on Monday.",
       c("125 km", 125, "km", metric="route length", kind="projection"),
       published="2025-03-01"),
    # near miss: money agreed in a headline is committed, as reported
    ex("m5-kind-headline-agreed-money",
       "Georgia agrees on $300 million loan with ADB\n\nThe bank's board met on Friday.",
       c("$300 million", 300e6, "USD", metric="loan", kind="actual"),
       published="2025-03-01"),
    # near miss: a line already running keeps its length as reported
    ex("m5-kind-near-existing-line",
       "The 1,200-km line between Mangystau and Atyrau carried 9 million tonnes last year.",
       c("1,200-km", 1200, "km", metric="route length", kind="actual"),
       c("9 million tonnes", 9e6, "t", kind="actual"), published="2025-03-01"),
]

NEGATIVES: list[Example] = [
    ex("m5-neg-guarantee-clause",
       "Under clause 14 of the guarantee agreement, the bank may call the security.",
       published="2025-04-02"),
    ex("m5-neg-line-number",
       "Train No. 8041 left Xi'an for Baku on Line 3 of the terminal.",
       published="2025-04-02"),
]

EXAMPLES: list[Example] = (GUARANTEES + POTENTIAL + SHARES + HOME_AND_ABROAD + NOUNS + KINDS
                            + NEGATIVES)

KNOWN_GAPS: dict[str, str] = {
}
