"""Held-out sentences on railway operations, written after the parser.

China-Europe and Trans-Caspian rail routes, Central Asia and the Caucasus: container trains
per week, month and year, TEU by rail, wagons, flatcars and locomotives bought or leased,
rail freight in tonnes and tonne-km, transit times in days, gauge-change capacity at Dostyk,
Altynkol, Brest and Malaszewicze (trains a day), double-tracking and electrification in km,
new lines (length, cost, opening year), rail tariffs and discounts (% and USD per container),
operators' results (KTZ, ADY, Georgian Railway, UTLC ERA, Uzbekistan Railways) and passenger
numbers kept apart from freight; and negatives that must not be claims (train numbers, clock
times, kilometre posts, locomotive models, track numbers). Written by hand in our own words,
expectations first, then compared with the parser: a measure of how it generalises.
"""

from __future__ import annotations

from . import TITR, Example, c, ex

KTZ = "Kazakhstan Temir Zholy"
ADY = "Azerbaijan Railways"
UZR = "Uzbekistan Railways"
GR = "Georgian Railway"

TRAINS: list[Example] = [
    ex("rl-ktz-container-trains-in-year-up",
       "KTZ dispatched 9,800 container trains on China-Europe-China routes in 2024, up 12% "
       "year on year.",
       c("9,800 container trains", 9800, "count", item="container train", metric="train count",
         topic="logistics", period="2024", kind="actual", change=None, entities=[KTZ]),
       c("12%", 12, "%", change="increase", metric="train count", period="2024"),
       published="2025-02-10"),
    ex("rl-block-trains-a-week-on-average",
       "On average, 38 block trains a week now cross Kazakhstan from China to Europe.",
       c("38 block trains", 38, "count", item="block train", per="week", approx=None,
         metric="train count", kind="actual", entities=["Kazakhstan", "China"]),
       published="2025-05-01"),
    ex("rl-trains-in-a-month-record",
       "In March, 1,430 trains on China-Europe routes passed through Kazakhstan, the highest "
       "monthly figure on record.",
       c("1,430 trains", 1430, "count", item="train", metric="train count", period="2025-03",
         kind="actual", entities=["Kazakhstan"]),
       published="2025-04-05"),
    ex("rl-two-container-trains-a-day",
       "Two container trains a day now leave Chengdu for Europe via Kazakhstan.",
       c("Two container trains", 2, "count", item="container train", per="day",
         metric="train count", kind="actual")),
    ex("rl-trips-against-previous-year",
       "Container block trains on the Trans-Caspian route made 450 trips in 2024, against 350 "
       "in 2023.",
       c("450 trips", 450, "count", item="trip", metric="train count", period="2024",
         entities=[TITR]),
       c("350", 350, "count", period="2023", change=None),
       published="2025-03-01"),
    ex("rl-trains-a-week-target-by-end-of-year",
       "Uzbekistan Railways aims to run 10 container trains a week to Türkiye via the Caspian "
       "by the end of 2025.",
       c("10 container trains", 10, "count", item="container train", per="week",
         kind="projection", period="2025", metric="train count", entities=[UZR, "Türkiye"]),
       published="2025-03-15"),
    ex("rl-train-number-clock-track-negative",
       "Train No. 8017 left Xi'an at 10:40 from track 3, carrying 41 containers.",
       c("41 containers", 41, "count", item="container", metric="container count")),
]

VOLUMES: list[Example] = [
    ex("rl-teu-half-year-times-level",
       "Rail container traffic via the Middle Corridor reached 56,300 TEU in January-June 2025, "
       "1.6 times the level of a year earlier.",
       c("56,300 TEU", 56300, "TEU", metric="container volume", period="2025-01/2025-06",
         change=None, kind="actual", entities=[TITR]),
       c("1.6 times", 1.6, "x", change="increase", metric="container volume",
         period="2025-01/2025-06"),
       published="2025-07-15"),
    ex("rl-uzr-tonnes-carried-more",
       "Uzbekistan Railways carried 72.4 million tonnes of freight in 2024, 3.1% more than a "
       "year earlier.",
       c("72.4 million tonnes", 72.4e6, "t", metric="cargo volume", topic="logistics",
         period="2024", change=None, kind="actual", entities=[UZR]),
       c("3.1%", 3.1, "%", change="increase", metric="cargo volume", period="2024"),
       published="2025-02-01"),
    ex("rl-tonne-km-last-year",
       "Freight turnover on Kazakhstan's network rose to 308.6 billion tonne-km last year.",
       c("308.6 billion tonne-km", 308.6e9, "tkm", metric="freight turnover", period="2024",
         change=None, kind="actual", entities=["Kazakhstan"]),
       published="2025-03-01"),
    ex("rl-ady-passengers-apart-from-freight",
       "ADY carried 4.3 million passengers in 2024, while freight traffic fell 2.5% to 13.1 "
       "million tonnes.",
       c("4.3 million passengers", 4.3e6, "count", item="passenger", metric="passenger count",
         period="2024", entities=[ADY]),
       c("2.5%", 2.5, "%", change="decrease", metric="cargo volume", period="2024"),
       c("13.1 million tonnes", 13.1e6, "t", change=None, metric="cargo volume",
         period="2024"),
       published="2025-02-05"),
    ex("rl-btk-more-than-tripled",
       "Container shipments along the Baku-Tbilisi-Kars railway more than tripled to 29,000 TEU "
       "in 2024.",
       c("tripled", 3, "x", change="increase", approx="min", metric="container volume",
         period="2024", entities=["Baku-Tbilisi-Kars railway"]),
       c("29,000 TEU", 29000, "TEU", change=None, metric="container volume", period="2024"),
       published="2025-01-25"),
    ex("rl-transit-cargo-record",
       "Transit cargo by rail through Kazakhstan rose 9% to a record 26.6 million tonnes in "
       "2024.",
       c("9%", 9, "%", change="increase", metric="transit cargo volume", period="2024"),
       c("26.6 million tonnes", 26.6e6, "t", change=None, metric="transit cargo volume",
         period="2024", entities=["Kazakhstan"]),
       published="2025-01-30"),
    ex("rl-ady-transit-teu-nine-months",
       "Azerbaijan Railways handled 102,000 TEU of transit containers in the first nine months "
       "of 2025.",
       c("102,000 TEU", 102000, "TEU", metric="container volume", period="2025-01/2025-09",
         kind="actual", entities=[ADY]),
       published="2025-10-20"),
    ex("rl-dry-port-teu-a-month",
       "The Khorgos Gateway dry port handles some 20,000 TEU a month.",
       c("20,000 TEU", 20000, "TEU", approx="approx", per="month", metric="container volume",
         entities=["Khorgos dry port"])),
    ex("rl-utlc-actual-and-expected-growth",
       "UTLC ERA transported 380,000 TEU in 2023 and expects volumes to grow by 5% this year.",
       c("380,000 TEU", 380000, "TEU", period="2023", kind="actual",
         metric="container volume", entities=["UTLC ERA"]),
       c("5%", 5, "%", change="increase", kind="projection", period="2024"),
       published="2024-03-01"),
    ex("rl-share-of-freight-turnover",
       "Rail accounts for about 65% of Kazakhstan's freight turnover.",
       c("65%", 65, "%", approx="approx", change=None, metric="freight turnover",
         entities=["Kazakhstan"])),
    ex("rl-share-rose-by-points-to",
       "Rail's share of transit containers rose by 4 percentage points to 27%.",
       c("4 percentage points", 4, "pp", change="increase"),
       c("27%", 27, "%", change=None)),
    ex("rl-passengers-high-speed-more",
       "Afrosiyob high-speed trains carried 2.1 million passengers on the Tashkent-Samarkand "
       "line, 18% more than in 2023.",
       c("2.1 million passengers", 2.1e6, "count", item="passenger", metric="passenger count",
         change=None),
       c("18%", 18, "%", change="increase", metric="passenger count"),
       published="2025-01-15"),
]

CAPACITY: list[Example] = [
    ex("rl-altynkol-up-to-trains-a-day-against",
       "After the upgrade, the transshipment yard at Altynkol can handle up to 24 trains per "
       "day, against 18 before.",
       c("24 trains", 24, "count", item="train", per="day", approx="max", metric="capacity",
         entities=["Altynkol crossing"]),
       c("18", 18, "count", per="day", change=None)),
    ex("rl-malaszewicze-handles-trains-a-day",
       "Malaszewicze, the main EU entry point for China-Europe trains, handles about 14 trains "
       "a day.",
       c("14 trains", 14, "count", item="train", per="day", approx="approx",
         entities=["Malaszewicze crossing"])),
    ex("rl-brest-more-than-before",
       "Brest can now transship up to 16 trains a day, 4 more than in 2022.",
       c("16 trains", 16, "count", item="train", per="day", approx="max", metric="capacity"),
       # the rise from 2022 to now, not over 2023
       c("4", 4, "count", change="increase", per="day", period="2022/.."),
       published="2025-05-01"),
    ex("rl-second-track-km-doubling",
       "Kazakhstan finished laying a second track along 836 km between Dostyk and Moyinty, "
       "doubling the section's capacity.",
       c("836 km", 836, "km", metric="route length", kind="actual", entities=["Kazakhstan"]),
       c("doubling", 2, "x", change="increase", metric="capacity", kind="actual"),
       published="2025-06-01"),
    ex("rl-line-capacity-mt-a-year",
       "The new line will add capacity of 20 million tonnes a year.",
       c("20 million tonnes", 20e6, "t", per="year", metric="capacity", kind="projection")),
    ex("rl-gauge-change-time-halved",
       "Digital pre-clearance has halved the time a container train spends at Dostyk, to about "
       "6 hours.",
       c("halved", 0.5, "x", change="decrease", kind="actual", metric="waiting time"),
       c("6 hours", 6, "hour", approx="approx", change=None, metric="waiting time",
         entities=["Dostyk crossing"])),
    ex("rl-waited-up-to-hours-in-month",
       "Trains waited up to 72 hours at Malaszewicze in November because of congestion.",
       c("72 hours", 72, "hour", approx="max", metric="waiting time", period="2025-11",
         entities=["Malaszewicze crossing"]),
       published="2025-12-10"),
]

TIMES: list[Example] = [
    ex("rl-transit-time-cut-from",
       "Transit time from Xi'an to Duisburg via the Trans-Caspian route has been cut to 18 days "
       "from 25.",
       c("18 days", 18, "day", metric="transit time", change=None, kind="actual",
         entities=[TITR]),
       c("25", 25, "day", metric="transit time", change=None)),
    ex("rl-transit-time-range-days",
       "A container train from Lianyungang to Baku takes 12-14 days, the operator said.",
       c("12-14 days", 12, "day", value_high=14, metric="transit time", kind="actual")),
    ex("rl-wagon-turnaround-days",
       "Wagon turnaround on the KTZ network improved to 9.8 days from 11.2 days.",
       c("9.8 days", 9.8, "day", change=None, entities=[KTZ]),
       c("11.2 days", 11.2, "day", change=None)),
    ex("rl-speed-km-a-day",
       "Average container train speed on the Kazakh section reached 1,150 km a day.",
       c("1,150 km", 1150, "km", per="day", metric="speed", entities=["Kazakhstan"])),
    ex("rl-derailment-kilometre-post-negative",
       "The derailment happened near kilometre 1,145 of the Almaty-Aktogay line; traffic "
       "resumed after six hours.",
       c("six hours", 6, "hour")),
]

FLEET: list[Example] = [
    ex("rl-ktz-will-buy-wagons-and-locomotives",
       "Kazakhstan Temir Zholy will buy 4,000 new freight wagons and 150 locomotives in 2025.",
       c("4,000 new freight wagons", 4000, "count", kind="projection", period="2025",
         entities=[KTZ]),
       c("150 locomotives", 150, "count", item="locomotive", kind="projection",
         period="2025"),
       published="2025-01-20"),
    ex("rl-georgian-railway-leased-locomotives",
       "Georgian Railway leased 20 mainline locomotives from a Swiss company.",
       c("20 mainline locomotives", 20, "count", kind="actual", entities=[GR])),
    ex("rl-flatcars-leased",
       "The operator leased 1,200 flatcars to carry 40-foot containers between Altynkol and the "
       "Caspian ports.",
       c("1,200 flatcars", 1200, "count", item="flatcar", kind="actual")),
    ex("rl-flatcar-share-of-fleet",
       "Flatcars make up 18% of the KTZ wagon fleet of 64,000 units.",
       c("18%", 18, "%", change=None, entities=[KTZ]),
       c("64,000 units", 64000, "count")),
    ex("rl-locomotive-deal-money-and-count",
       "Uzbekistan Railways signed a $320 million deal with Alstom for 30 electric locomotives "
       "to be delivered by 2027.",
       c("$320 million", 320e6, "USD", entities=[UZR]),
       c("30 electric locomotives", 30, "count", kind="projection", period="2027"),
       published="2025-06-01"),
    ex("rl-locomotive-models-negative",
       "Kazakhstan's fleet of 2TE10M and TE33A diesel locomotives is ageing.",
       ),
    ex("rl-block-train-flatcars-and-boxes",
       "Each block train has 55 flatcars, enough for 110 twenty-foot containers.",
       c("55 flatcars", 55, "count", item="flatcar"),
       c("110 twenty-foot containers", 110, "count")),
    ex("rl-gauge-widths",
       "Cars must switch from the 1,520 mm gauge to the 1,435 mm standard gauge at Brest.",
       c("1,520 mm", 1520, "mm"),
       c("1,435 mm", 1435, "mm")),
]

LINES: list[Example] = [
    ex("rl-electrify-km-by-year",
       "Uzbekistan plans to electrify a further 1,100 km of lines by 2030.",
       c("1,100 km", 1100, "km", kind="projection", period="2030", metric="route length",
         entities=["Uzbekistan"]),
       published="2025-04-01"),
    ex("rl-new-line-length-cost-opening",
       "The 280-km Darbaza-Maktaaral line, costing $420 million, is due to open in 2026.",
       c("280-km", 280, "km", metric="route length"),
       c("$420 million", 420e6, "USD", metric="project cost", topic="investment"),
       published="2025-02-01"),
    ex("rl-new-line-cost-estimate-duration",
       "Construction of the 152-km Bakhty-Ayagoz railway will cost an estimated $1.1 billion "
       "and take three years.",
       c("152-km", 152, "km", metric="route length"),
       c("$1.1 billion", 1.1e9, "USD", metric="project cost", kind="projection"),
       # how long the works take: a duration the parser reports, as an analyst would read it
       c("three years", 3, "year", kind="projection", metric="duration")),
    ex("rl-electrification-cost-per-km",
       "Electrification costs roughly $1.2 million per km on mountainous sections.",
       c("$1.2 million", 1.2e6, "USD", per="km", approx="approx", metric="project cost")),
    ex("rl-ktz-invest-in-rolling-stock-years",
       "Between 2025 and 2029, KTZ will invest KZT 2.7 trillion in rolling stock.",
       c("KZT 2.7 trillion", 2.7e12, "KZT", kind="projection", metric="investment",
         period="2025/2029", entities=[KTZ]),
       published="2025-01-10"),
]

TARIFFS: list[Example] = [
    ex("rl-discount-on-through-tariffs",
       "Kazakhstan, Azerbaijan and Georgia agreed a 30% discount on through rail tariffs for "
       "containers on the Middle Corridor.",
       c("30%", 30, "%", change="decrease", metric="freight rate",
         entities=["Kazakhstan", "Azerbaijan", "Georgia", TITR])),
    ex("rl-through-rate-set-for-a-box",
       "The through rate for a 40-foot container from Chongqing to Tbilisi was set at $3,950.",
       c("$3,950", 3950, "USD", per="40ft container", metric="freight rate", change=None)),
    ex("rl-coal-tariff-per-tonne",
       "Kyrgyz Railways cut the transit tariff for coal to $8.50 per tonne.",
       c("$8.50", 8.5, "USD", per="t", metric="freight rate", change=None)),
    ex("rl-tariff-cut-from-date",
       "From January 1, transit tariffs for empty containers on Georgian Railway will be "
       "reduced by 15%.",
       c("15%", 15, "%", change="decrease", metric="freight rate", kind="projection",
         entities=[GR]),
       published="2024-12-10"),
    ex("rl-tariff-rise-expected-next-year",
       "KTZ expects to raise domestic freight tariffs by an average 11.6% in 2026.",
       c("11.6%", 11.6, "%", change="increase", metric="freight rate", kind="projection",
         period="2026", entities=[KTZ]),
       published="2025-10-01"),
    ex("rl-ticket-price-tenge",
       "A second-class ticket on the Almaty-Tashkent train costs 18,000 tenge.",
       c("18,000 tenge", 18000, "KZT", metric="fares")),
]

RESULTS: list[Example] = [
    ex("rl-ktz-net-profit",
       "KTZ posted a net profit of KZT 95.2 billion for 2024, against a loss a year earlier.",
       c("KZT 95.2 billion", 95.2e9, "KZT", metric="profit", topic="economy", period="2024",
         kind="actual", entities=[KTZ]),
       published="2025-04-20"),
    ex("rl-georgian-railway-revenue-fell-to",
       "Georgian Railway's revenue fell 8% to GEL 520 million in 2023 as transit oil volumes "
       "shrank.",
       c("8%", 8, "%", change="decrease", metric="revenue", period="2023", entities=[GR]),
       c("GEL 520 million", 520e6, "GEL", change=None, metric="revenue", period="2023"),
       published="2024-04-01"),
    ex("rl-china-eu-trade-share-by-rail",
       "Only about 3% of China-EU trade by value moves by rail.",
       c("3%", 3, "%", approx="approx", entities=["China", "European Union"])),
]

MORE: list[Example] = [
    ex("rl-georgian-railways-plural-discounts",
       "Georgian Railways offered 20% discounts on the return of empty containers to Poti.",
       c("20%", 20, "%", change="decrease", metric="freight rate",
         entities=[GR, "Port of Poti"])),
    ex("rl-utlc-share-of-china-europe-boxes",
       "UTLC's trains carried 55% of all containers moving by rail between China and Europe in "
       "2023.",
       c("55%", 55, "%", change=None, period="2023", kind="actual", entities=["UTLC ERA"]),
       published="2024-02-01"),
    ex("rl-wagons-handed-over-a-day",
       "Dostyk and Altynkol together hand over about 1,300 wagons a day to Chinese railways.",
       c("1,300 wagons", 1300, "count", item="wagon", approx="approx", per="day",
         entities=["Dostyk crossing", "Altynkol crossing"])),
    ex("rl-passenger-km-beside-tonne-km",
       "Passenger turnover on Uzbek railways reached 5.1 billion passenger-km, while freight "
       "turnover was 24.6 billion tonne-km.",
       c("5.1 billion passenger-km", 5.1e9, "pkm", metric="passenger turnover",
         entities=["Uzbekistan"]),
       c("24.6 billion tonne-km", 24.6e9, "tkm", metric="freight turnover")),
    ex("rl-share-electrified-network-length",
       "About 42% of Kazakhstan's 16,000-km network is electrified.",
       c("42%", 42, "%", approx="approx", change=None, entities=["Kazakhstan"]),
       c("16,000-km", 16000, "km", metric="route length")),
    ex("rl-rate-range-per-feu-in-month",
       "Rail rates from China to Poland ranged from $4,000 to $4,500 per FEU in May.",
       c("$4,000 to $4,500", 4000, "USD", value_high=4500, per="40ft container",
         metric="freight rate", period="2025-05", entities=["China", "Poland"]),
       published="2025-06-10"),
    ex("rl-clearance-at-brest-under-hours",
       "Customs clearance of a China-Europe train at Brest now takes under 2 hours.",
       c("2 hours", 2, "hour", approx="max", metric="clearance time",
         entities=["Brest crossing"])),
    ex("rl-resolution-number-and-date-negative",
       "Resolution No. 1027 of 12.08.2024 set new rules for the network's 14 border stations.",
       c("14 border stations", 14, "count")),
    ex("rl-locomotive-lease-per-day",
       "Leasing a mainline locomotive costs the operator about $1,800 a day.",
       c("$1,800", 1800, "USD", approx="approx", per="day")),
    ex("rl-km-of-new-track-this-year",
       "Azerbaijan Railways laid 87 km of new track this year on the Horadiz-Agbend line.",
       c("87 km", 87, "km", metric="route length", period="2025", kind="actual",
         entities=[ADY]),
       published="2025-11-15"),
]

EXAMPLES: list[Example] = [*TRAINS, *VOLUMES, *CAPACITY, *TIMES, *FLEET, *LINES, *TARIFFS,
                           *RESULTS, *MORE]

KNOWN_GAPS: dict[str, str] = {}
