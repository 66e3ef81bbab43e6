"""Held-out sentences on the Caspian Sea ports and shipping, written after the parser was tuned.

Turkmenbashi, Kuryk, Aktau, Alat (Baku), Makhachkala, Astrakhan and Olya, Anzali and Amirabad
as their port authorities and the wires report them: throughput by cargo type (dry bulk, oil,
containers in TEU, ro-ro units, wagons on ferries), berth counts and depths, port tariffs per
tonne or per wagon, ferry round trips per month, grain transit across the Caspian, expansion
projects (capacity from X to Y mt, their cost and completion year) and the ports' free zones;
with hedges, ranges, rates, periods, projections against actual figures, and negatives that
must not be claims (berth numbers, decree numbers, vessel names with digits, dates). Written
by hand in our own words, expectations first, then compared with the parser.
"""

from __future__ import annotations

from . import Example, c, ex

AKTAU = "Port of Aktau"
KURYK = "Port of Kuryk"
BAKU = "Port of Baku"
TMB = "Port of Turkmenbashi"
MAKH = "Port of Makhachkala"
ASTR = "Port of Astrakhan"
OLYA = "Port of Olya"
ANZ = "Port of Bandar Anzali"
AMIR = "Port of Amirabad"
ALAT_FEZ = "Alat Free Economic Zone"

THROUGHPUT: list[Example] = [
    ex("cp-aktau-total-2024",
       "Aktau port handled 6.1 million tonnes of cargo in 2024, the port authority said.",
       c("6.1 million tonnes", 6.1e6, "t", kind="actual", period="2024",
         metric="port throughput", topic="logistics", entities=[AKTAU]),
       published="2025-02-01"),
    ex("cp-aktau-oil-share",
       "Oil and oil products made up 2.4 mt of Aktau's throughput last year, down 11%.",
       c("2.4 mt", 2.4e6, "t", kind="actual", period="2024", entities=[AKTAU], change=None),
       c("11%", 11, "%", change="decrease", period="2024"),
       published="2025-03-15"),
    ex("cp-turkmenbashi-dry-bulk-h1",
       "In the first half of 2025 Turkmenbashi handled 1.85 million tonnes of dry bulk, "
       "mostly fertiliser and sulphur.",
       c("1.85 million tonnes", 1.85e6, "t", kind="actual", period="2025-01/2025-06",
         entities=[TMB], topic="logistics"),
       published="2025-07-20"),
    ex("cp-alat-teu-record",
       "The Baku port at Alat handled a record 68,400 TEU in 2024, up 36% year on year.",
       c("68,400 TEU", 68400, "TEU", kind="actual", period="2024", metric="container volume",
         entities=[BAKU]),
       c("36%", 36, "%", change="increase", period="2024"),
       published="2025-01-20"),
    ex("cp-makhachkala-oil-fell",
       "Oil transshipment at Makhachkala fell to 1.2 mln tonnes in 2024 from 2.9 mln "
       "tonnes in 2022.",
       c("1.2 mln tonnes", 1.2e6, "t", change=None, period="2024", entities=[MAKH],
         kind="actual"),
       c("2.9 mln tonnes", 2.9e6, "t", change=None, period="2022"),
       published="2025-02-01"),
    ex("cp-astrakhan-jan-oct",
       "Cargo turnover of the Astrakhan seaport reached 3.4 million tonnes in January–October "
       "2024.",
       c("3.4 million tonnes", 3.4e6, "t", kind="actual", period="2024-01/2024-10",
         entities=[ASTR], topic="logistics"),
       published="2024-11-20"),
    ex("cp-anzali-h1-iranian-calendar-free",
       "Anzali port loaded and unloaded nearly 900,000 tons of goods over the past six "
       "months.",
       c("900,000 tons", 900000, "t", approx="approx", kind="actual", entities=[ANZ],
         topic="logistics"),
       published="2025-09-25"),
    ex("cp-amirabad-grain-unloaded",
       "Some 1.3 million tonnes of Russian and Kazakh grain were unloaded at Amirabad in 2023.",
       c("1.3 million tonnes", 1.3e6, "t", approx="approx", kind="actual", period="2023",
         topic="agriculture", entities=[AMIR]),
       published="2024-03-01"),
    ex("cp-kuryk-roro-units",
       "Kuryk's ferry terminal processed 14,200 ro-ro units last year, against 9,800 in 2023.",
       c("14,200 ro-ro units", 14200, "count", kind="actual", period="2024", entities=[KURYK]),
       c("9,800", 9800, "count", period="2023"),
       published="2025-02-10"),
    ex("cp-ferry-wagons-aktau-baku",
       "Ferries on the Aktau–Baku line carried 21,500 rail wagons in 2024.",
       c("21,500 rail wagons", 21500, "count", item="wagon", kind="actual", period="2024",
         entities=[AKTAU], topic="logistics"),
       published="2025-02-10"),
    ex("cp-turkmenbashi-containers-quarter",
       "Container traffic through Turkmenbashi rose 48 percent in the first quarter to 9,600 "
       "TEU.",
       c("48 percent", 48, "%", change="increase", entities=[TMB]),
       c("9,600 TEU", 9600, "TEU", change=None, metric="container volume"),
       published="2025-04-15"),
    ex("cp-olya-doubled",
       "Throughput at Olya roughly doubled in 2024 as Iranian cargo shifted north.",
       c("doubled", 2, "x", change="increase", period="2024", entities=[OLYA]),
       published="2025-03-01"),
    ex("cp-aktau-containers-thousand-teu",
       "Aktau's container terminal moved 45 thousand TEU in the first nine months of 2025.",
       c("45 thousand TEU", 45000, "TEU", kind="actual", period="2025-01/2025-09",
         metric="container volume", entities=[AKTAU]),
       published="2025-10-15"),
]

INFRASTRUCTURE: list[Example] = [
    ex("cp-alat-berths-depth",
       "The Alat port has 12 berths with depths of 7 metres.",
       c("12 berths", 12, "count", item="berth", metric="berth count", entities=[BAKU]),
       c("7 metres", 7, "m", metric="depth", entities=[BAKU])),
    ex("cp-kuryk-depth-max",
       "Approach channels to Kuryk are dredged to no more than 4.5 m.",
       c("4.5 m", 4.5, "m", approx="max", metric="depth", entities=[KURYK])),
    ex("cp-turkmenbashi-berth-length",
       "Turkmenbashi's new port has a total berth length of 3,800 metres.",
       c("3,800 metres", 3800, "m", metric="quay length", entities=[TMB])),
    ex("cp-makhachkala-draught-range",
       "Vessels of 5,000 to 7,000 dwt can call at Makhachkala, where the draught is 4.2-4.5 "
       "metres.",
       c("5,000 to 7,000 dwt", 5000, "t", value_high=7000),
       c("4.2-4.5 metres", 4.2, "m", value_high=4.5, metric="depth", entities=[MAKH])),
    ex("cp-caspian-level-fell",
       "The Caspian Sea level has dropped by about 1.5 metres since 2005, making shallow "
       "ports harder to reach.",
       c("1.5 metres", 1.5, "m", approx="approx", change="decrease", metric="water level",
         period="2005/..", entities=["Caspian Sea"])),
    # the depth "at the berths" is how deep, though the quay is the nearer word
    ex("cp-water-depth-at-the-berths",
       "The water depth at the berths of the Port of Kuryk is 9 metres.",
       c("9 metres", 9, "m", metric="depth", entities=[KURYK])),
]

TARIFFS: list[Example] = [
    ex("cp-aktau-tariff-per-tonne",
       "Aktau charges $4.5 per tonne for handling grain in bulk.",
       c("$4.5", 4.5, "USD", per="t", entities=[AKTAU], kind="actual")),
    ex("cp-ferry-tariff-per-wagon",
       "Shipping one wagon by ferry from Kuryk to Alat costs about $1,900.",
       c("$1,900", 1900, "USD", approx="approx", metric="freight rate", topic="logistics",
         entities=[KURYK, BAKU])),
    ex("cp-turkmenbashi-discount-per-wagon",
       "Turkmenistan cut the ferry rate from Turkmenbashi to Baku to $1,450 per wagon, a 20% "
       "discount.",
       c("$1,450", 1450, "USD", per="wagon", metric="freight rate",
         entities=["Turkmenistan", TMB]),
       c("20%", 20, "%", change="decrease")),
    ex("cp-tariff-tenge-per-tonne",
       "Port dues at Kuryk are set at 1,250 tenge per tonne of transit cargo.",
       c("1,250 tenge", 1250, "KZT", per="t", metric="port charges", entities=[KURYK])),
    ex("cp-tariff-range-per-teu",
       "Stevedoring at Anzali costs between €35 and €45 per TEU.",
       c("€35 and €45", 35, "EUR", value_high=45, per="TEU", entities=[ANZ])),
]

FERRIES: list[Example] = [
    ex("cp-ferry-round-trips-month",
       "ASCO's ferries now make 25 round trips a month between Kuryk and Alat.",
       c("25 round trips", 25, "count", per="month", kind="actual",
         entities=[KURYK, BAKU])),
    ex("cp-ferry-round-trips-target",
       "The operator aims to raise sailings on the Turkmenbashi–Alat line to 40 per month "
       "by 2026.",
       c("40", 40, "count", per="month", kind="projection", period="2026", entities=[TMB])),
    ex("cp-ferry-capacity-wagons",
       "Each of the new Caspian ferries can take 56 wagons or 50 trucks.",
       c("56 wagons", 56, "count", item="wagon"),
       c("50 trucks", 50, "count", item="truck")),
    ex("cp-crossing-hours",
       "A ferry crossing from Aktau to Baku takes roughly 20 hours, but waiting at anchorage "
       "can add up to 5 days.",
       c("20 hours", 20, "hour", approx="approx", metric="transit time",
         entities=[AKTAU]),
       c("5 days", 5, "day", approx="max")),
    ex("cp-feeder-voyages-h1",
       "Container feeders made 118 voyages between Aktau and Baku in the first half of "
       "the year.",
       c("118 voyages", 118, "count", item="voyage", period="2025-01/2025-06",
         entities=[AKTAU]),
       published="2025-07-15"),
]

GRAIN: list[Example] = [
    ex("cp-grain-transit-kz-iran",
       "Kazakhstan shipped 1.1 million tonnes of grain to Iran across the Caspian in the "
       "2023/24 marketing year.",
       c("1.1 million tonnes", 1.1e6, "t", kind="actual", topic="agriculture",
         entities=["Kazakhstan", "Iran"])),
    ex("cp-grain-astrakhan-fell",
       "Grain exports through Astrakhan plunged 40% in July as Iran tightened import "
       "permits.",
       c("40%", 40, "%", change="decrease", metric="grain exports", entities=[ASTR],
         topic="agriculture")),
    ex("cp-grain-target-makhachkala",
       "Makhachkala's new grain terminal is designed to ship 3 million tonnes a year.",
       c("3 million tonnes", 3e6, "t", per="year", kind="projection", metric="capacity",
         entities=[MAKH])),
    ex("cp-wheat-amirabad-cost-per-tonne",
       "Delivering Russian wheat to Amirabad by sea costs $18-22 a tonne, cheaper than by rail.",
       c("$18-22", 18, "USD", value_high=22, per="t", entities=[AMIR],
         metric="freight rate")),
]

EXPANSION: list[Example] = [
    ex("cp-alat-phase-two",
       "The second phase will lift Alat's capacity from 15 million to 25 million tonnes "
       "a year.",
       c("15 million", 15e6, "t", metric="capacity", entities=[BAKU]),
       c("25 million tonnes", 25e6, "t", per="year", metric="capacity", kind="projection",
         entities=[BAKU])),
    ex("cp-kuryk-cost-completion",
       "Expanding the Kuryk ferry complex to 6 mt will cost 120 billion tenge and should be "
       "finished by 2027.",
       c("6 mt", 6e6, "t", metric="capacity", kind="projection", entities=[KURYK]),
       c("120 billion tenge", 120e9, "KZT", kind="projection", metric="project cost",
         topic="investment")),
    ex("cp-aktau-container-hub",
       "A container hub at Aktau, built with AD Ports, will have a capacity of 240,000 TEU "
       "per year.",
       c("240,000 TEU", 240000, "TEU", per="year", metric="capacity", kind="projection",
         entities=[AKTAU])),
    ex("cp-turkmenbashi-cost-built",
       "Turkmenbashi International Sea Port, built for about $1.5 billion, opened in 2018.",
       c("$1.5 billion", 1.5e9, "USD", approx="approx", kind="actual", topic="investment",
         entities=[TMB])),
    ex("cp-olya-investment-rubles",
       "Russia intends to invest 40 billion rubles in deepening Olya and building new berths.",
       c("40 billion rubles", 40e9, "RUB", kind="projection", metric="investment",
         topic="investment", entities=["Russia", OLYA])),
    ex("cp-anzali-capacity-mln",
       "Iran plans to raise Anzali's annual capacity to 10 mln t by 2028.",
       c("10 mln t", 10e6, "t", per="year", kind="projection", period="2028",
         metric="capacity", entities=["Iran", ANZ])),
    ex("cp-amirabad-capacity-actual",
       "Amirabad can currently handle 8.5 million tonnes annually.",
       c("8.5 million tonnes", 8.5e6, "t", per="year", kind="actual", metric="capacity",
         entities=[AMIR])),
]

FREE_ZONES: list[Example] = [
    ex("cp-alat-fez-investment",
       "Residents of the Alat Free Economic Zone have pledged $1.2 billion of investment.",
       c("$1.2 billion", 1.2e9, "USD", metric="investment", topic="investment",
         entities=[ALAT_FEZ])),
    ex("cp-anzali-fez-area",
       "The Anzali free zone covers 9,700 hectares.",
       c("9,700 hectares", 9700, "ha")),
    ex("cp-aktau-sez-residents",
       "The Aktau special economic zone hosts 42 companies, which exported goods worth "
       "$310 million in 2024.",
       c("42 companies", 42, "count", item="company"),
       c("$310 million", 310e6, "USD", metric="exports", period="2024", kind="actual"),
       published="2025-04-01"),
]

NEGATIVES: list[Example] = [
    ex("cp-neg-berth-numbers",
       "Berths 3 and 4 at Aktau were closed for repairs from 1 to 15 June."),
    ex("cp-neg-decree-port",
       "Turkmenistan's president signed Resolution No. 2891 on the Turkmenbashi port."),
    ex("cp-neg-vessel-names",
       "The ferries Azerbaijan and Professor Gul, and the tanker Mingachevir-2, were "
       "inspected at Alat."),
    ex("cp-neg-five-caspian-states",
       "The five Caspian littoral states discussed shipping rules in Aktau on 12 August 2025."),
    ex("cp-neg-phase-and-year",
       "Phase 2 of the Kuryk project, part of the 2021-2025 programme, is under way."),
]

EXAMPLES: list[Example] = [
    *THROUGHPUT, *INFRASTRUCTURE, *TARIFFS, *FERRIES, *GRAIN, *EXPANSION, *FREE_ZONES,
    *NEGATIVES,
]

KNOWN_GAPS: dict[str, str] = {
    "cp-turkmenbashi-discount-per-wagon":
        "'a 20% discount' closing a clause is read as no change: 'discount' is a cut only "
        "before on/for, since alone it is often a gap to a benchmark ('a 24pc discount')",
}
