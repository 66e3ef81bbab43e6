"""Held-out sentences on the corridors and partners around the Middle Corridor, written after
the parser was tuned.

The International North-South Transport Corridor (INSTC) through Russia, Azerbaijan,
Kazakhstan, Turkmenistan and Iran and its ports (Astrakhan, Makhachkala, Olya, Bandar Anzali,
Amirabad, Bandar Abbas, Chabahar), the Lapis Lazuli corridor, the Trans-Afghan railway, the
TAPI gas pipeline, the China-Kyrgyzstan-Uzbekistan railway, Türkiye's ports and routes
(Mersin, Samsun), Gwadar and Karachi, Novorossiysk and Ust-Luga: trade between these
countries, cargo and container volumes, capacities, costs, transit times, tariffs,
projections against actual figures, periods, entities, and negatives that must not be claims
(dates, years, ordinals, "two corridors", route numbers). Written by hand in our own words,
expectations first, then compared with the parser: a measure of how it generalises beyond
the corpus and the tables it was tuned on.
"""

from __future__ import annotations

from . import Example, c, ex

INSTC = "International North-South Transport Corridor"
TAR = "Trans-Afghan railway"
CKU = "China-Kyrgyzstan-Uzbekistan railway"
TAPI = "TAPI gas pipeline"

INSTC_FLOWS: list[Example] = [
    ex("co-instc-cargo-rise-nine-months",
       "Cargo shipped along the International North-South Transport Corridor rose 19% to "
       "26.9 million tonnes in the first nine months of 2025.",
       c("19%", 19, "%", change="increase", metric="cargo volume", topic="logistics",
         period="2025-01/2025-09", only_entities=[INSTC], kind="actual"),
       c("26.9 million tonnes", 26.9e6, "t", change=None, metric="cargo volume",
         period="2025-01/2025-09", only_entities=[INSTC], kind="actual"),
       published="2025-10-20"),
    ex("co-instc-abbrev-eastern-branch",
       "Traffic on the eastern branch of the INSTC, through Kazakhstan and Turkmenistan, "
       "reached 3.2 mt in 2024.",
       c("3.2 mt", 3.2e6, "t", period="2024", kind="actual",
         entities=[INSTC, "Kazakhstan", "Turkmenistan"])),
    ex("co-astrakhan-port-handled",
       "The port of Astrakhan handled 4.1 million tonnes of cargo in January–June, 12% more "
       "than a year earlier.",
       c("4.1 million tonnes", 4.1e6, "t", metric="port throughput", period="2025-01/2025-06",
         only_entities=["Port of Astrakhan"], change=None),
       c("12%", 12, "%", change="increase", period="2025-01/2025-06",
         only_entities=["Port of Astrakhan"]),
       published="2025-07-15"),
    ex("co-makhachkala-capacity-plan",
       "Makhachkala port plans to raise its annual capacity to 10 million tonnes by 2027.",
       c("10 million tonnes", 10e6, "t", metric="capacity", per="year", kind="projection",
         period="2027", only_entities=["Port of Makhachkala"])),
    ex("co-olya-grain",
       "Olya shipped about 900,000 tonnes of grain to Iran last year.",
       c("900,000 tonnes", 900e3, "t", approx="approx", metric="grain exports",
         topic="agriculture", period="2024", entities=["Port of Olya", "Iran"]),
       published="2025-03-01"),
    ex("co-anzali-containers",
       "Bandar Anzali received 14,300 TEU from Russian ports in 2024, up from 9,800 TEU.",
       c("14,300 TEU", 14300, "TEU", metric="container volume", period="2024",
         entities=["Port of Bandar Anzali", "Russia"]),
       c("9,800 TEU", 9800, "TEU", change=None)),
    ex("co-amirabad-transit",
       "Transit cargo through Amirabad fell by 7.5 percent to 1.3 million tons.",
       c("7.5 percent", 7.5, "%", change="decrease", metric="transit cargo volume",
         only_entities=["Port of Amirabad"]),
       c("1.3 million tons", 1.3e6, "t", change=None, metric="transit cargo volume",
         only_entities=["Port of Amirabad"])),
    ex("co-bandar-abbas-throughput",
       "Bandar Abbas, Iran's largest port, handled 2.6 million TEU in the Iranian year to "
       "March.",
       c("2.6 million TEU", 2.6e6, "TEU", metric="container volume",
         entities=["Port of Bandar Abbas"])),
    ex("co-chabahar-india-investment",
       "India committed $120 million to equip the Shahid Beheshti terminal at Chabahar.",
       c("$120 million", 120e6, "USD", metric="investment", topic="investment",
         entities=["India", "Port of Chabahar"])),
    ex("co-rasht-astara-cost",
       "The 162-km Rasht–Astara railway, the missing link of the corridor, is estimated to "
       "cost €1.6 billion, of which Russia will lend €1.3 billion.",
       c("162-km", 162, "km", metric="route length"),
       c("€1.6 billion", 1.6e9, "EUR", metric="project cost", kind="projection"),
       c("€1.3 billion", 1.3e9, "EUR", metric="loan", kind="projection",
         entities=["Russia"])),
    ex("co-instc-transit-time-days",
       "Containers from St Petersburg reach Mumbai via the North-South corridor in 25 to 30 "
       "days, against 40 days via the Suez Canal.",
       c("25 to 30 days", 25, "day", value_high=30, metric="transit time", entities=[INSTC]),
       c("40 days", 40, "day", metric="transit time")),
    ex("co-instc-cost-saving",
       "Shippers using the INSTC save up to 30% on freight costs compared with the sea route.",
       c("30%", 30, "%", approx="max", entities=[INSTC])),
    ex("co-instc-projection-2030",
       "Russian Railways expects volumes on the corridor to climb to 41 million tonnes a year "
       "by 2030.",
       c("41 million tonnes", 41e6, "t", per="year", kind="projection", period="2030",
         change=None)),
    ex("co-russia-iran-trade",
       "Trade between Russia and Iran grew 16% in 2024 to $4.8 billion.",
       c("16%", 16, "%", change="increase", metric="trade turnover", topic="trade",
         period="2024", only_entities=["Russia", "Iran"]),
       c("$4.8 billion", 4.8e9, "USD", metric="trade turnover", period="2024",
         only_entities=["Russia", "Iran"], change=None)),
    ex("co-iran-kazakhstan-target",
       "Iran and Kazakhstan aim to lift bilateral trade to $3 billion from about $500 million "
       "now.",
       c("$3 billion", 3e9, "USD", metric="trade turnover", kind="projection",
         only_entities=["Iran", "Kazakhstan"]),
       c("$500 million", 500e6, "USD", metric="trade turnover", approx="approx",
         kind="actual")),
    ex("co-azerbaijan-transit-instc",
       "Azerbaijan Railways carried 1.1 million tonnes of North-South transit cargo between "
       "Russia and Iran in the first half.",
       c("1.1 million tonnes", 1.1e6, "t", metric="transit cargo volume",
         period="2025-01/2025-06",
         entities=["Azerbaijan Railways", "Russia", "Iran"]),
       published="2025-07-10"),
]

SOUTHERN: list[Example] = [
    ex("co-lapis-lazuli-trucks",
       "About 3,000 trucks crossed Afghanistan along the Lapis Lazuli corridor in 2024.",
       c("3,000 trucks", 3000, "count", approx="approx", period="2024",
         entities=["Lapis Lazuli corridor", "Afghanistan"])),
    ex("co-trans-afghan-length-cost",
       "The Trans-Afghan railway will run 760 km from Termez to Peshawar and cost an "
       "estimated $4.8 billion.",
       c("760 km", 760, "km", metric="route length", kind="projection", entities=[TAR]),
       c("$4.8 billion", 4.8e9, "USD", metric="project cost", approx="approx",
         entities=[TAR])),
    ex("co-trans-afghan-capacity",
       "Once built, the Trans-Afghan Railway could carry up to 15 million tonnes of freight "
       "a year.",
       c("15 million tonnes", 15e6, "t", approx="max", per="year", kind="projection",
         entities=[TAR])),
    ex("co-tapi-capacity",
       "The TAPI pipeline is designed to deliver 33 bcm of Turkmen gas a year to Afghanistan, "
       "Pakistan and India.",
       c("33 bcm", 33e9, "m3", per="year", metric="capacity", kind="projection",
         entities=[TAPI, "Turkmenistan"])),
    ex("co-tapi-afghan-section",
       "Turkmenistan has completed 153 kilometres of the TAPI line inside Afghanistan.",
       c("153 kilometres", 153, "km", entities=[TAPI, "Afghanistan"])),
    ex("co-uzbek-afghan-trade",
       "Uzbekistan's trade with Afghanistan reached $1.1 billion in January-November, "
       "up 28.4% year on year.",
       c("$1.1 billion", 1.1e9, "USD", metric="trade turnover", period="2025-01/2025-11",
         only_entities=["Uzbekistan", "Afghanistan"]),
       c("28.4%", 28.4, "%", change="increase", metric="trade turnover",
         period="2025-01/2025-11"),
       published="2025-12-10"),
    ex("co-termez-exports",
       "Exports through Termez to Afghanistan fell 9% in the third quarter.",
       c("9%", 9, "%", change="decrease", metric="exports", period="2025-07/2025-09",
         entities=["Afghanistan"]),
       published="2025-10-15"),
    ex("co-gwadar-handled",
       "Gwadar handled only 0.45 million tonnes last year, a fraction of its 1.2 million "
       "tonne design capacity.",
       c("0.45 million tonnes", 0.45e6, "t", period="2024", entities=["Port of Gwadar"],
         kind="actual"),
       c("1.2 million tonne", 1.2e6, "t", metric="capacity", entities=["Port of Gwadar"]),
       published="2025-02-01"),
    ex("co-karachi-uzbek-cargo",
       "Uzbek shippers moved 42,000 tonnes of cotton through Karachi in the first quarter.",
       c("42,000 tonnes", 42000, "t", period="2025-01/2025-03",
         entities=["Uzbekistan", "Port of Karachi"]),
       published="2025-05-01"),
    ex("co-pakistan-uzbek-target",
       "Pakistan and Uzbekistan set a target of $2 billion in annual trade.",
       c("$2 billion", 2e9, "USD", per="year", metric="trade turnover", kind="projection",
         only_entities=["Pakistan", "Uzbekistan"])),
]

CKU_TURKIYE_RUSSIA: list[Example] = [
    ex("co-cku-length-cost",
       "The China–Kyrgyzstan–Uzbekistan railway, 523 km long, is expected to cost $4.7 "
       "billion.",
       c("523 km", 523, "km", metric="route length", only_entities=[CKU]),
       c("$4.7 billion", 4.7e9, "USD", metric="project cost", kind="projection",
         only_entities=[CKU])),
    ex("co-cku-time-saving",
       "The new line will cut the journey from China to Uzbekistan by seven to eight days.",
       c("seven to eight days", 7, "day", value_high=8, change="decrease",
         metric="transit time")),
    ex("co-cku-throughput",
       "Initial throughput of the CKU railway is put at 15 million tonnes a year.",
       c("15 million tonnes", 15e6, "t", per="year", metric="capacity", entities=[CKU])),
    ex("co-mersin-containers",
       "Mersin port handled 2.1 million TEU in 2024, 4.7% more than in 2023.",
       c("2.1 million TEU", 2.1e6, "TEU", metric="container volume", period="2024",
         only_entities=["Port of Mersin"]),
       c("4.7%", 4.7, "%", change="increase", period="2024")),
    ex("co-samsun-ferry",
       "Samsun's ro-ro line to Novorossiysk carried 18,500 trucks in the first eight months.",
       c("18,500 trucks", 18500, "count", period="2025-01/2025-08",
         entities=["Port of Samsun", "Port of Novorossiysk"]),
       published="2025-09-12"),
    ex("co-kars-logistics-centre",
       "The Kars logistics centre, on the Baku–Tbilisi–Kars line, will handle 412,000 tonnes "
       "a year.",
       c("412,000 tonnes", 412e3, "t", per="year", kind="projection",
         entities=["Baku-Tbilisi-Kars railway"])),
    ex("co-novorossiysk-grain",
       "Novorossiysk loaded 12.4 million tonnes of grain in the 2024/25 season.",
       c("12.4 million tonnes", 12.4e6, "t", metric="grain exports", period="2024/2025",
         only_entities=["Port of Novorossiysk"])),
    ex("co-ust-luga-throughput",
       "Ust-Luga, Russia's busiest Baltic port, handled 57 mt in January-September, down "
       "4%.",
       c("57 mt", 57e6, "t", metric="port throughput", period="2025-01/2025-09",
         entities=["Port of Ust-Luga"], change=None),
       c("4%", 4, "%", change="decrease", period="2025-01/2025-09"),
       published="2025-10-05"),
    ex("co-turkiye-iran-trade",
       "Türkiye's exports to Iran dropped to $3.9bn last year while imports were $2.3bn.",
       c("$3.9bn", 3.9e9, "USD", metric="exports", period="2024", change=None,
         entities=["Türkiye", "Iran"]),
       c("$2.3bn", 2.3e9, "USD", metric="imports", period="2024"),
       published="2025-04-01"),
    ex("co-russia-turkmen-trade-q",
       "Russia-Turkmenistan trade turnover totalled roughly 1.4 bln dollars in 2023.",
       c("1.4 bln dollars", 1.4e9, "USD", approx="approx", metric="trade turnover",
         period="2023", only_entities=["Russia", "Turkmenistan"])),
    ex("co-tariff-per-ton",
       "The tariff for transit grain on the Kazakh section of the eastern route is $14 per "
       "tonne.",
       c("$14", 14, "USD", per="t", metric="freight rate", entities=["Kazakhstan"])),
    ex("co-container-rate-instc",
       "Moving a 40-foot container from Moscow to Bandar Abbas costs about $3,500.",
       c("$3,500", 3500, "USD", approx="approx", metric="freight rate",
         entities=["Port of Bandar Abbas"])),
    ex("co-share-of-transit",
       "Iran accounts for almost 60% of the corridor's transit traffic.",
       c("60%", 60, "%", approx="approx", entities=["Iran"])),
    ex("co-trains-count",
       "Some 420 container trains ran between China and Iran via Turkmenistan in 2024.",
       c("420 container trains", 420, "count", approx="approx", metric="train count",
         period="2024", entities=["China", "Iran", "Turkmenistan"])),
    ex("co-projection-vs-actual",
       "Officials had forecast 15 million tonnes on the route for 2024, but only 8.6 million "
       "tonnes moved.",
       c("15 million tonnes", 15e6, "t", kind="projection", period="2024"),
       c("8.6 million tonnes", 8.6e6, "t", kind="actual", period="2024")),
]

MORE: list[Example] = [
    ex("co-kazakh-iran-wheat-monthly",
       "Kazakhstan now sends some 60,000 tonnes of wheat a month to Iran by rail via "
       "Turkmenistan.",
       c("60,000 tonnes", 60e3, "t", approx="approx", per="month", metric="grain exports",
         entities=["Kazakhstan", "Iran", "Turkmenistan"])),
    ex("co-chabahar-multiple",
       "Container traffic at Chabahar tripled in 2024 to 64,000 TEU.",
       c("tripled", 3, "x", change="increase", metric="container volume", period="2024",
         only_entities=["Port of Chabahar"]),
       c("64,000 TEU", 64e3, "TEU", metric="container volume", period="2024", change=None,
         only_entities=["Port of Chabahar"])),
    ex("co-ust-luga-share-decline",
       "Coal loadings at Ust-Luga slipped 2.3 percentage points as a share of total "
       "throughput, to 31%.",
       c("2.3 percentage points", 2.3, "pp", change="decrease",
         entities=["Port of Ust-Luga"]),
       c("31%", 31, "%", change=None, entities=["Port of Ust-Luga"])),
    ex("co-transit-fees-cut",
       "Transit fees on the Lapis Lazuli route were cut by a quarter, to $0.8 per tonne-km.",
       c("a quarter", 25, "%", change="decrease", metric="freight rate",
         only_entities=["Lapis Lazuli corridor"]),
       c("$0.8", 0.8, "USD", per="tkm", metric="freight rate")),
    ex("co-instc-capacity-up-from-now",
       "The North–South Transport Corridor's capacity will reach 30 mt by 2030, up from "
       "17 mt.",
       c("30 mt", 30e6, "t", metric="capacity", kind="projection", period="2030",
         only_entities=[INSTC]),
       c("17 mt", 17e6, "t", metric="capacity", kind="actual", period=None),
       published="2025-06-01"),
]

NOW: list[Example] = [
    ex("co-instc-members-now",
       "The INSTC agreement, signed by Russia, Iran and India in 2000, now has 13 members.",
       c("13 members", 13, "count", period=None, kind="actual", entities=[INSTC])),
]

NEGATIVES: list[Example] = [
    ex("co-neg-two-corridors",
       "The two corridors were discussed at the third meeting in Tehran on 14 May 2025.",
       published="2025-05-20"),
    ex("co-neg-route-number",
       "Trucks on the M39 highway and Route 5 queued at the Termez crossing on Monday."),
    ex("co-neg-years-and-ordinals",
       "Signed in 2002 and ratified in 2005, the corridor agreement was renewed for a second "
       "time in 2023."),
    ex("co-neg-phase-and-line",
       "Work on Phase 2 of the Gwadar port and Line 1 of the Karachi railway began in 2021."),
    ex("co-neg-decade-article",
       "Chabahar's 10-year operating agreement was signed by India and Iran in 2024."),
    ex("co-neg-three-states",
       "Three states — Russia, Azerbaijan and Iran — signed a trilateral declaration on Friday."),
]

EXAMPLES: list[Example] = INSTC_FLOWS + SOUTHERN + CKU_TURKIYE_RUSSIA + MORE + NOW + NEGATIVES

KNOWN_GAPS: dict[str, str] = {}
