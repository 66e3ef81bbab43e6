"""Held-out sentences on transport and logistics, written after the parser was tuned.

Middle Corridor (Trans-Caspian International Transport Route), China-Europe rail, Caspian and
Black Sea ports: container volumes, tonnes, counted trains, wagons and vessels, port
throughput and capacity, transit times, freight rates, lengths, border crossings, growth and
multipliers, ranges, hedges, periods, projections against actual figures, and negatives that
must not be claims (dates, years, berth and train numbers, ordinals, "two ports"). Written by
hand in our own words, expectations first, then compared with the parser: a measure of how it
generalises beyond the corpus and the tables it was tuned on.
"""

from __future__ import annotations

from . import TITR, Example, c, ex

BTK = "Baku-Tbilisi-Kars railway"

VOLUMES: list[Example] = [
    ex("lg-container-traffic-rise-to-level-nine-months",
       "Container traffic along the Middle Corridor rose 62% to 56,500 TEU in the first nine "
       "months of 2025.",
       c("62%", 62, "%", change="increase", metric="container volume", topic="logistics",
         period="2025-01/2025-09", entities=[TITR], kind="actual"),
       c("56,500 TEU", 56500, "TEU", change=None, metric="container volume",
         period="2025-01/2025-09", entities=[TITR], kind="actual"),
       published="2025-10-15"),
    ex("lg-aktau-handled-january-october",
       "The port of Aktau handled 4.6 million tonnes of cargo in January–October, up 8.3% "
       "year on year.",
       c("4.6 million tonnes", 4.6e6, "t", metric="port throughput", topic="logistics",
         period="2025-01/2025-10", entities=["Port of Aktau"], change=None, kind="actual"),
       c("8.3%", 8.3, "%", change="increase", period="2025-01/2025-10"),
       published="2025-11-10"),
    ex("lg-georgian-railway-less-than-a-year-earlier",
       "Georgian Railway moved 11.4 mt of freight in 2024, 3.1% less than a year earlier.",
       c("11.4 mt", 11.4e6, "t", metric="cargo volume", period="2024",
         entities=["Georgian Railway"], change=None),
       c("3.1%", 3.1, "%", change="decrease")),
    ex("lg-poti-batumi-exceeded-teu",
       "Containers handled at Poti and Batumi together exceeded 300,000 TEU for the first time.",
       c("300,000 TEU", 300000, "TEU", approx="min", metric="container volume",
         entities=["Port of Poti", "Port of Batumi"])),
    ex("lg-constanta-teu-growth",
       "Container throughput at Constanta grew 9% year on year to 870,000 TEU in 2024.",
       c("9%", 9, "%", change="increase", metric="container volume", period="2024",
         entities=["Port of Constanta"]),
       c("870,000 TEU", 870000, "TEU", change=None, metric="container volume", period="2024",
         entities=["Port of Constanta"])),
    ex("lg-constanta-ukrainian-grain-first-half",
       "Constanta port handled 7.2 million tonnes of Ukrainian grain in the first half of "
       "the year.",
       c("7.2 million tonnes", 7.2e6, "t", period="2025-01/2025-06",
         entities=["Port of Constanta", "Ukraine"]),
       published="2025-08-01"),
    ex("lg-times-more-than-a-year-earlier",
       "In January-September 2025, 4.1 million tonnes were shipped along the Middle Corridor, "
       "1.3 times more than a year earlier.",
       c("4.1 million tonnes", 4.1e6, "t", metric="cargo volume", period="2025-01/2025-09",
         entities=[TITR], change=None),
       c("1.3 times", 1.3, "x", change="increase", metric="cargo volume")),
    ex("lg-georgian-ports-first-11-months-with-teu",
       "In the first 11 months of 2025, Georgian ports processed 16.7 million tons, including "
       "530 thousand TEU of containers.",
       c("16.7 million tons", 16.7e6, "t", metric="port throughput",
         period="2025-01/2025-11", entities=["Georgia"]),
       c("530 thousand TEU", 530e3, "TEU", metric="container volume",
         period="2025-01/2025-11"),
       published="2025-12-15"),
    ex("lg-containers-counted-by-ferry-last-year",
       "About 70 thousand containers crossed the Caspian by ferry last year, compared with "
       "33 thousand in 2023.",
       c("70 thousand containers", 70e3, "count", item="container", approx="approx",
         period="2024", entities=["Caspian Sea"]),
       c("33 thousand", 33e3, "count", item="container", approx=None, period="2023"),
       published="2025-03-01"),
    ex("lg-kt-via-poti",
       "Uzbekistan shipped 420 kt of cotton yarn through Poti in 2024.",
       c("420 kt", 420e3, "t", period="2024", entities=["Uzbekistan", "Port of Poti"])),
    ex("lg-china-europe-trains-trips-and-teu",
       "China–Europe trains made 17,000 trips in January–November, carrying 1.8 million TEU.",
       c("17,000 trips", 17000, "count", item="trip", metric="train count",
         period="2025-01/2025-11", entities=["China-Europe rail"]),
       c("1.8 million TEU", 1.8e6, "TEU", metric="container volume",
         period="2025-01/2025-11"),
       published="2025-12-10"),
    ex("lg-china-europe-q3-slipped",
       "Rail freight between China and Europe slipped 2.5% in Q3 2025 to 1.02 million TEU.",
       c("2.5%", 2.5, "%", change="decrease", period="2025-07/2025-09"),
       c("1.02 million TEU", 1.02e6, "TEU", change=None, period="2025-07/2025-09",
         metric="container volume")),
    ex("lg-dostyk-share-of-exports",
       "Freight at the Dostyk–Alashankou crossing reached 21.3 million tonnes in 2024.",
       c("21.3 million tonnes", 21.3e6, "t", metric="cargo volume", period="2024",
         entities=["Dostyk crossing"])),
    ex("lg-batumi-by-a-quarter",
       "Batumi port's throughput dropped by a quarter to 3.9 mt last year.",
       c("a quarter", 25, "%", change="decrease", metric="port throughput", period="2024"),
       c("3.9 mt", 3.9e6, "t", change=None, metric="port throughput", period="2024",
         entities=["Port of Batumi"]),
       published="2025-02-01"),
    ex("lg-share-pp-and-level",
       "The Middle Corridor's share of China–EU overland traffic rose 2.3 percentage points "
       "to 7.1%.",
       c("2.3 percentage points", 2.3, "pp", change="increase", entities=[TITR]),
       c("7.1%", 7.1, "%", change=None)),
    ex("lg-since-year-fold",
       "Since 2022, Middle Corridor traffic has grown 2.5-fold.",
       c("2.5-fold", 2.5, "x", change="increase", period="2022/..", metric="cargo volume",
         entities=[TITR], kind="actual"),
       published="2025-06-01"),
]

COUNTS: list[Example] = [
    ex("lg-ktz-container-trains-h1",
       "KTZ dispatched 1,012 container trains to Europe via Dostyk and Altynkol in H1 2025.",
       c("1,012 container trains", 1012, "count", item="container train", metric="train count",
         period="2025-01/2025-06",
         entities=["Kazakhstan Temir Zholy", "Dostyk crossing", "Altynkol crossing"])),
    ex("lg-vessels-down-from",
       "Aktau received 312 vessels in 2024, down from 358 in 2023.",
       c("312 vessels", 312, "count", item="vessel", metric="vessel count", period="2024",
         entities=["Port of Aktau"]),
       c("358", 358, "count", item="vessel", period="2023", change=None)),
    ex("lg-ferries-now-and-more-by",
       "Five ferries serve the Kuryk–Alat line, and ASCO expects to add two more vessels "
       "by 2026.",
       # ASCO is the next clause's subject, not named for the five ferries in service
       c("Five ferries", 5, "count", item="ferry", metric="vessel count", kind="actual",
         only_entities=["Port of Kuryk", "Port of Baku"]),
       c("two more vessels", 2, "count", item="vessel", change="increase", kind="projection",
         period="2026")),
    ex("lg-trucks-khorgos-month",
       "Over 4,200 trucks crossed the Khorgos border point in October, about 15% more than "
       "in September.",
       c("4,200 trucks", 4200, "count", item="truck", approx="min", metric="vehicle count",
         period="2025-10", entities=["Khorgos dry port"]),
       c("15%", 15, "%", approx="approx", change="increase"),
       published="2025-11-05"),
    ex("lg-fleet-vessels-among-them-ferries",
       "ASCO's fleet includes 51 vessels, among them 13 ferries.",
       c("51 vessels", 51, "count", item="vessel", metric="vessel count", entities=["ASCO"]),
       c("13 ferries", 13, "count", item="ferry", metric="vessel count")),
    ex("lg-trains-per-week-up-to",
       "The new BTK timetable allows up to 12 trains per week.",
       c("12 trains", 12, "count", item="train", approx="max", per="week",
         metric="train count", entities=[BTK])),
    ex("lg-china-europe-train-services-increase",
       "China–Europe rail operators ran 19,392 train services in 2024, a 10% increase.",
       c("19,392 train services", 19392, "count", item="train service", metric="train count",
         period="2024", entities=["China-Europe rail"]),
       c("10%", 10, "%", change="increase", period="2024")),
]

CAPACITY: list[Example] = [
    ex("lg-kuryk-capacity-by-year",
       "Kuryk's ferry complex is to reach a capacity of 6 mt a year by 2027.",
       c("6 mt", 6e6, "t", per="year", metric="capacity", kind="projection", period="2027",
         entities=["Port of Kuryk"], topic="logistics")),
    ex("lg-alat-up-to-teu-annually",
       "The container terminal at Alat will be able to handle up to 500,000 TEU annually "
       "after the second phase.",
       c("500,000 TEU", 500000, "TEU", approx="max", per="year", metric="capacity",
         kind="projection", entities=["Port of Baku"])),
    ex("lg-anaklia-designed-phases",
       "The Anaklia deep-sea port is designed to handle 900,000 TEU in its first phase, rising "
       "to 6.4 million TEU at full build-out.",
       c("900,000 TEU", 900000, "TEU", metric="capacity", kind="projection",
         entities=["Port of Anaklia"]),
       c("6.4 million TEU", 6.4e6, "TEU", metric="capacity", kind="projection",
         change=None)),
    ex("lg-turkmenbashi-can-process-including",
       "Turkmenbashi seaport can process 17 million tonnes of cargo a year, including "
       "400,000 TEU of containers.",
       c("17 million tonnes", 17e6, "t", per="year", metric="capacity", kind="actual",
         entities=["Port of Turkmenbashi"]),
       c("400,000 TEU", 400000, "TEU", metric="capacity", kind="actual")),
    ex("lg-btk-section-length-capacity-raised",
       "The Kars–Akhalkalaki section of the BTK railway, 105 km long, can carry 1 million "
       "tonnes a year, and its capacity will be raised to 5 million tonnes.",
       c("105 km", 105, "km", metric="route length", entities=[BTK]),
       c("1 million tonnes", 1e6, "t", per="year", metric="capacity", kind="actual"),
       c("5 million tonnes", 5e6, "t", metric="capacity", kind="projection", change=None)),
    ex("lg-turkmenbashi-increase-by-to",
       "Turkmenbashi port plans to increase annual throughput by 2 million tonnes to "
       "19 million tonnes.",
       c("2 million tonnes", 2e6, "t", change="increase", kind="projection",
         metric="port throughput"),
       c("19 million tonnes", 19e6, "t", change=None, kind="projection",
         metric="port throughput")),
    ex("lg-shallowing-cut-loads-utilisation",
       "Low water in the Caspian has cut vessel loads by 10-15%, and ships sail at 70% of "
       "their capacity.",
       c("10-15%", 10, "%", value_high=15, change="decrease"),
       c("70%", 70, "%", change=None)),
]

PLANS: list[Example] = [
    ex("lg-ady-between-and-transit-next-year",
       "ADY plans to carry between 5 and 6 million tonnes of transit cargo in 2026.",
       c("5 and 6 million tonnes", 5e6, "t", value_high=6e6, metric="transit cargo volume",
         kind="projection", period="2026", entities=["Azerbaijan Railways"]),
       published="2025-12-01"),
    ex("lg-titr-expected-to-double-by",
       "Cargo transportation via the TITR is expected to double by 2027.",
       c("double", 2, "x", change="increase", kind="projection", period="2027",
         entities=[TITR])),
    ex("lg-forecaster-triple-to-by",
       "The World Bank estimates that Middle Corridor volumes could triple to 11 million "
       "tonnes by 2030.",
       c("triple", 3, "x", change="increase", kind="projection", period="2030",
         metric="cargo volume", entities=[TITR]),
       c("11 million tonnes", 11e6, "t", change=None, kind="projection", period="2030",
         metric="cargo volume", entities=[TITR])),
    ex("lg-transit-target-from-actual",
       "Kazakhstan aims to raise transit via its territory to 35 million tonnes by 2030 from "
       "26 million tonnes in 2024.",
       # tonnes of bare "transit" are cargo volume by the vocabulary's design (its metric is
       # what the goods are: "transit of oil to 7 mt" is oil exports)
       c("35 million tonnes", 35e6, "t", kind="projection", period="2030",
         metric="cargo volume", entities=["Kazakhstan"]),
       c("26 million tonnes", 26e6, "t", kind="actual", period="2024",
         metric="cargo volume"),
       published="2025-06-01"),
    ex("lg-analysts-expect-range-mt",
       "Analysts expect Aktau to handle 5-6 mt in 2026.",
       c("5-6 mt", 5e6, "t", value_high=6e6, kind="projection", period="2026",
         metric="port throughput", entities=["Port of Aktau"])),
    ex("lg-projected-vs-actual",
       "Throughput at Poti is projected at 12 mt in 2026, up from an actual 9.8 mt in 2025.",
       c("12 mt", 12e6, "t", kind="projection", period="2026", metric="port throughput",
         entities=["Port of Poti"]),
       c("9.8 mt", 9.8e6, "t", kind="actual", period="2025", metric="port throughput",
         change=None),
       published="2025-12-20"),
]

TIMES_RATES: list[Example] = [
    ex("lg-transit-time-cut-range-from",
       "Transit time between Khorgos and Poti has been cut to 14-16 days from 23 days.",
       c("14-16 days", 14, "day", value_high=16, metric="transit time", change=None,
         entities=["Khorgos dry port", "Port of Poti"]),
       c("23 days", 23, "day", metric="transit time", change=None)),
    ex("lg-takes-to-days-versus-sea",
       "Delivery from Chongqing to Istanbul takes 18 to 20 days by rail and ferry, versus "
       "45 days by sea.",
       c("18 to 20 days", 18, "day", value_high=20, metric="transit time", kind="actual"),
       c("45 days", 45, "day", metric="transit time")),
    ex("lg-hours-turnaround",
       "Wagon turnaround at the Altynkol crossing has been reduced from 72 hours to 36 hours.",
       c("72 hours", 72, "hour", change=None, entities=["Altynkol crossing"]),
       c("36 hours", 36, "hour", change=None)),
    ex("lg-ferry-crossing-about-hours",
       "Ferry crossings between Turkmenbashi and Baku take about 12 hours.",
       c("12 hours", 12, "hour", approx="approx", metric="transit time",
         entities=["Port of Turkmenbashi"])),
    ex("lg-nearly-and-less-than-days",
       "Crossing the Caspian took nearly 20 days in 2022 but less than 12 days in 2025.",
       c("20 days", 20, "day", approx="approx", period="2022", metric="transit time"),
       c("12 days", 12, "day", approx="max", period="2025", metric="transit time")),
    ex("lg-40ft-container-now-costs-against",
       "A 40ft container from Xi'an to Duisburg via the Trans-Caspian route now costs about "
       "$3,500, against $6,200 in 2022.",
       c("$3,500", 3500, "USD", approx="approx", per="40ft container", metric="freight rate",
         topic="logistics", entities=[TITR]),
       c("$6,200", 6200, "USD", per="40ft container", metric="freight rate", period="2022",
         approx=None)),
    ex("lg-ferry-rate-per-feu",
       "Freight rates on the Baku–Aktau ferry line are around $1,800 per FEU.",
       c("$1,800", 1800, "USD", approx="approx", per="40ft container", metric="freight rate",
         entities=["Port of Aktau"])),
    ex("lg-per-tonne-and-adds",
       "Shipping grain from Aktau to Baku costs $28 per tonne, and rail haulage on to Poti "
       "adds another $42 per tonne.",
       c("$28", 28, "USD", per="t", metric="freight rate"),
       c("$42", 42, "USD", per="t", metric="freight rate")),
    ex("lg-tariff-tenge-per-tonne",
       "KTZ raised its transit tariff for grain to 8,900 tenge per tonne.",
       c("8,900 tenge", 8900, "KZT", per="t", metric="freight rate", change=None,
         entities=["Kazakhstan Temir Zholy"])),
    ex("lg-tariff-cut-by-to-for-a-box",
       "Tariffs for a 40-foot container on the Dostyk–Aktau stretch were cut by 20% to $1,200.",
       c("20%", 20, "%", change="decrease", metric="freight rate"),
       c("$1,200", 1200, "USD", per="40ft container", metric="freight rate", change=None)),
    ex("lg-spiked-to-per-feu-then-eased-in-month",
       "Rates spiked to $7,000 per FEU during the Red Sea crisis before easing to $4,200 per "
       "FEU in March.",
       c("$7,000", 7000, "USD", per="40ft container", metric="freight rate", change=None),
       c("$4,200", 4200, "USD", per="40ft container", metric="freight rate", change=None,
         period="2025-03"),
       published="2025-05-02"),
]

LENGTHS: list[Example] = [
    ex("lg-railway-km-second-track",
       "The 1,050 km railway from Dostyk to Moyynty now has a second track along 836 km.",
       c("1,050 km", 1050, "km", metric="route length", entities=["Dostyk crossing"]),
       c("836 km", 836, "km", metric="route length")),
    ex("lg-network-of-which-electrified",
       "Kazakhstan's rail network spans 16,000 km, of which 4,200 km is electrified.",
       c("16,000 km", 16000, "km", metric="route length", entities=["Kazakhstan"]),
       c("4,200 km", 4200, "km", metric="route length")),
    ex("lg-some-km-across-country",
       "The Trans-Caspian route from China to Europe stretches some 7,000 km, with about "
       "4,250 km across Kazakhstan.",
       c("7,000 km", 7000, "km", approx="approx", metric="route length", entities=[TITR]),
       c("4,250 km", 4250, "km", approx="approx", metric="route length")),
]

NEGATIVES: list[Example] = [
    ex("lg-neg-berth-date-train-number-clock",
       "Berth No. 5 at Kuryk was commissioned on 12 March 2025, and train No. 4521 left "
       "Altynkol at 14:30."),
    ex("lg-neg-two-ports-ordinal-forum",
       "The two ports signed a memorandum at the 3rd Trans-Caspian Forum in Astana in 2024."),
    ex("lg-neg-season-fiscal-anniversary",
       "Poti's Berth 7 was rebuilt during the 2023–24 season, and the 10th anniversary of the "
       "BTK railway falls in 2027."),
    ex("lg-neg-route-names-with-digits",
       "Trains on route X8 and the E40 highway link the three countries since 2017."),
]

EXAMPLES: list[Example] = VOLUMES + COUNTS + CAPACITY + PLANS + TIMES_RATES + LENGTHS + NEGATIVES

KNOWN_GAPS: dict[str, str] = {
}
