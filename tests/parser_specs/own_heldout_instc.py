"""Held-out sentences on the corridors south of the Middle Corridor, written after the parser
was tuned.

The International North-South Transport Corridor (INSTC: Russia-Azerbaijan-Iran-India, the
Rasht-Astara railway, Bandar Abbas, Chabahar, the eastern route via Kazakhstan and
Turkmenistan), the Trans-Afghan railway (Termez-Mazar-i-Sharif-Kabul-Peshawar), the CASA-1000
power line and the TAPI gas pipeline, Gwadar and Karachi for Central Asian cargo, Iran's rail
transit (tonnes, containers, trains) and India-Central Asia trade: cargo targets, costs and
loans, distances and days saved, transit tariffs, trade turnover; projections against actual
figures; entities the parser may not know; and negatives that must not be claims (route
numbers, years, ordinals, "Phase 2", names with digits). Written by hand in our own words,
expectations first, then compared with the parser.
"""

from __future__ import annotations

from . import Example, c, ex

INSTC = "International North-South Transport Corridor"
TAR = "Trans-Afghan railway"
TAPI = "TAPI gas pipeline"
RA = "Rasht-Astara railway"
CASA = "CASA-1000"

RASHT_ASTARA: list[Example] = [
    ex("in-rasht-astara-loan",
       "Russia will lend Iran €1.3 billion to build the 162-km Rasht–Astara railway, the "
       "missing link of the North-South corridor.",
       c("€1.3 billion", 1.3e9, "EUR", metric="loan", topic="investment", kind="projection",
         entities=["Russia", "Iran", RA]),
       c("162-km", 162, "km", metric="route length", topic="logistics", entities=[RA]),
       published="2025-05-01"),
    ex("in-rasht-astara-capacity-plan",
       "Once it opens, the Rasht-Astara line is expected to carry 15 million tonnes of cargo "
       "a year.",
       c("15 million tonnes", 15e6, "t", per="year", kind="projection", topic="logistics",
         entities=[RA])),
    ex("in-rasht-astara-cost-share",
       "Building the Rasht–Astara railway is estimated to cost about $1.6 billion, of which "
       "Iran will cover roughly 20%.",
       c("$1.6 billion", 1.6e9, "USD", approx="approx", metric="project cost",
         topic="investment", entities=[RA]),
       c("20%", 20, "%", approx="approx", kind="projection", entities=["Iran"])),
    ex("in-astara-terminal-expansion",
       "The Astara terminal can handle 5 million tonnes per year and will be expanded to "
       "15 million.",
       c("5 million tonnes", 5e6, "t", per="year", metric="capacity", kind="actual"),
       c("15 million", 15e6, "t", per="year", metric="capacity", kind="projection")),
    ex("in-astara-clearance-hours",
       "Customs clearance at Astara now takes under 2 hours, down from 6 hours last year.",
       c("2 hours", 2, "hour", approx="max", metric="clearance time", kind="actual",
         change=None),
       c("6 hours", 6, "hour", metric="clearance time", change=None, period="2024"),
       published="2025-09-01"),
]

INSTC_FLOWS: list[Example] = [
    ex("in-instc-actual-vs-target",
       "The INSTC carried 17.7 million tonnes in 2024, well short of the 30 million tonnes "
       "Moscow expects by 2030.",
       c("17.7 million tonnes", 17.7e6, "t", kind="actual", period="2024",
         metric="cargo volume", entities=[INSTC]),
       c("30 million tonnes", 30e6, "t", kind="projection", period="2030",
         metric="cargo volume"),
       published="2025-03-01"),
    ex("in-instc-could-exceed",
       "Russian Railways says rail traffic on the North-South corridor could exceed 25 mt "
       "by 2030.",
       c("25 mt", 25e6, "t", approx="min", kind="projection", period="2030",
         entities=[INSTC])),
    ex("in-eastern-route-trains",
       "Some 1,250 container trains crossed Iran on the eastern INSTC route via Kazakhstan "
       "and Turkmenistan in 2024.",
       c("1,250 container trains", 1250, "count", approx="approx", period="2024",
         kind="actual", metric="train count",
         entities=[INSTC, "Iran", "Kazakhstan", "Turkmenistan"]),
       published="2025-02-01"),
    ex("in-eastern-route-triple",
       "Kazakhstan, Turkmenistan and Iran plan to triple freight on the eastern route to "
       "20 million tonnes annually.",
       c("triple", 3, "x", change="increase", kind="projection", metric="cargo volume"),
       c("20 million tonnes", 20e6, "t", per="year", kind="projection",
         entities=["Kazakhstan", "Turkmenistan", "Iran"])),
    ex("in-ady-north-south-transit",
       "Azerbaijan Railways carried 1.03 million tonnes of North-South transit freight in the "
       "first half of 2025, up 27%.",
       c("1.03 million tonnes", 1.03e6, "t", metric="transit cargo volume",
         period="2025-01/2025-06", kind="actual",
         entities=["Azerbaijan Railways", INSTC]),
       c("27%", 27, "%", change="increase", period="2025-01/2025-06"),
       published="2025-07-20"),
    ex("in-iran-rail-transit-target",
       "Iran's rail transit reached 4.7 million tonnes in 2024 against a target of 6 million "
       "tonnes.",
       c("4.7 million tonnes", 4.7e6, "t", kind="actual", period="2024", entities=["Iran"]),
       c("6 million tonnes", 6e6, "t", kind="projection", entities=["Iran"]),
       published="2025-01-20"),
    ex("in-turkmen-transit-aim",
       "Turkmen railways handled 8 million tonnes of transit cargo in 2024 and aim for "
       "12 million tonnes in 2025.",
       c("8 million tonnes", 8e6, "t", kind="actual", period="2024",
         metric="transit cargo volume", entities=["Turkmenistan"]),
       c("12 million tonnes", 12e6, "t", kind="projection", period="2025",
         entities=["Turkmenistan"]),
       published="2025-02-15"),
    ex("in-eleven-trains-word",
       "Eleven container trains from China reached Iran's Aprin dry port in March.",
       c("Eleven container trains", 11, "count", metric="train count", kind="actual",
         entities=["China", "Iran"]),
       published="2025-04-05"),
    ex("in-rzd-discount",
       "Russian Railways offered a 30% discount on tariffs for grain moving to Iran by rail.",
       c("30%", 30, "%", change="decrease", kind="actual")),
]

DISTANCES: list[Example] = [
    ex("in-suez-days-saved",
       "Compared with the Suez route, the INSTC cuts the journey from Mumbai to Moscow by "
       "10-15 days.",
       c("10-15 days", 10, "day", value_high=15, change="decrease", metric="transit time",
         topic="logistics", entities=[INSTC])),
    ex("in-route-length-vs-suez",
       "The corridor is about 7,200 km long, against 16,000 km via the Suez Canal.",
       c("7,200 km", 7200, "km", approx="approx", metric="route length"),
       c("16,000 km", 16000, "km", metric="route length")),
    ex("in-cheaper-via-iran",
       "Shipping a container from Mumbai to Moscow via Iran is 30% cheaper than via Suez.",
       c("30%", 30, "%", change="decrease", metric="freight rate", topic="logistics",
         entities=["Iran"])),
    ex("in-sarakhs-wait-longer",
       "Trucks now wait 2 days longer at the Sarakhs crossing than in spring.",
       c("2 days", 2, "day", change="increase", metric="waiting time", kind="actual",
         only_entities=["Sarakhs crossing"])),
    ex("in-days-india-russia",
       "Cargo between India and Russia via the INSTC takes 25 days on average, compared with "
       "40 days through Suez.",
       c("25 days", 25, "day", metric="transit time", entities=["India", "Russia", INSTC]),
       c("40 days", 40, "day", metric="transit time")),
    ex("in-shorter-route",
       "The route through Iran is 2,000 km shorter than the northern one.",
       c("2,000 km", 2000, "km", change="decrease", metric="route length")),
    ex("in-chabahar-zahedan-complete",
       "The 628-km Chabahar–Zahedan railway is 60% complete and should be finished by "
       "March 2026.",
       c("628-km", 628, "km", metric="route length"),
       c("60%", 60, "%", kind="actual", change=None),
       published="2025-06-01"),
]

PORTS: list[Example] = [
    ex("in-chabahar-ipgl-volumes",
       "India Ports Global handled 90,000 TEU and 8.4 million tonnes of bulk cargo at "
       "Chabahar's Shahid Beheshti terminal last year.",
       c("90,000 TEU", 90000, "TEU", metric="container volume", period="2024",
         entities=["Port of Chabahar"]),
       c("8.4 million tonnes", 8.4e6, "t", period="2024", entities=["Port of Chabahar"]),
       published="2025-04-10"),
    ex("in-chabahar-investment-credit",
       "Under the agreement India Ports Global will invest $120 million in equipping Chabahar, "
       "and New Delhi has offered a $250 million credit line.",
       c("$120 million", 120e6, "USD", metric="investment", kind="projection",
         topic="investment", entities=["Port of Chabahar"]),
       c("$250 million", 250e6, "USD", metric="loan", entities=["India"])),
    ex("in-shahid-rajaee-teu",
       "Shahid Rajaee, Iran's largest port, handled 2.1 million TEU last year, 4% fewer than "
       "in 2023.",
       c("2.1 million TEU", 2.1e6, "TEU", metric="container volume", period="2024",
         entities=["Port of Bandar Abbas"]),
       c("4%", 4, "%", change="decrease", period="2024"),
       published="2025-02-10"),
    ex("in-india-share-chabahar-pp",
       "India's share of Chabahar's traffic rose by 4.5 percentage points to 31%.",
       c("4.5 percentage points", 4.5, "pp", change="increase",
         entities=["India", "Port of Chabahar"]),
       c("31%", 31, "%", change=None)),
    ex("in-gwadar-below-capacity",
       "Gwadar handled only 0.5 million tonnes of cargo last year, far below its design "
       "capacity of 13 million tonnes.",
       c("0.5 million tonnes", 0.5e6, "t", metric="port throughput", period="2024",
         entities=["Port of Gwadar"]),
       c("13 million tonnes", 13e6, "t", metric="capacity", entities=["Port of Gwadar"]),
       published="2025-05-01"),
    ex("in-karachi-afghan-transit-fall",
       "Afghan transit trade through Karachi fell 56% in 2023 as Kabul shifted cargo to "
       "Iranian ports.",
       c("56%", 56, "%", change="decrease", period="2023", kind="actual",
         entities=["Afghanistan", "Port of Karachi"])),
    ex("in-uzbek-containers-karachi-twice",
       "Uzbek exporters sent 4,500 containers through Karachi and Gwadar in 2024, twice as "
       "many as a year before.",
       c("4,500 containers", 4500, "count", item="container", period="2024",
         entities=["Uzbekistan", "Port of Karachi", "Port of Gwadar"]),
       c("twice", 2, "x", change="increase", period="2024"),
       published="2025-03-01"),
    ex("in-through-rate-40ft",
       "Iran set a through rate of $1,800 per 40ft container from Sarakhs to Bandar Abbas.",
       c("$1,800", 1800, "USD", per="40ft container", metric="freight rate",
         topic="logistics", entities=["Iran", "Port of Bandar Abbas"])),
    ex("in-iran-ports-rials",
       "Iranian ports earned 45 trillion rials from transit fees in the past Iranian year.",
       c("45 trillion rials", 45e12, "IRR", entities=["Iran"])),
]

TRANS_AFGHAN: list[Example] = [
    ex("in-tar-length-cost",
       "The 573-kilometre Trans-Afghan railway from Termez to Peshawar via Mazar-i-Sharif and "
       "Kabul is estimated to cost $4.8 billion.",
       c("573-kilometre", 573, "km", metric="route length", entities=[TAR]),
       c("$4.8 billion", 4.8e9, "USD", metric="project cost", topic="investment",
         entities=[TAR])),
    ex("in-tar-capacity-days",
       "Once built, the Trans-Afghan line could carry up to 20 million tonnes a year and cut "
       "delivery times between Uzbekistan and Pakistan from about 30 days to 3-5 days.",
       c("20 million tonnes", 20e6, "t", approx="max", per="year", kind="projection",
         entities=["Uzbekistan", "Pakistan"]),
       c("30 days", 30, "day", approx="approx", metric="transit time"),
       c("3-5 days", 3, "day", value_high=5, metric="transit time", kind="projection")),
    ex("in-uzbek-afghan-trade",
       "Uzbekistan's trade with Afghanistan rose 12.6% to $1.1 billion in January–October "
       "2025.",
       c("12.6%", 12.6, "%", change="increase", metric="trade turnover",
         period="2025-01/2025-10", entities=["Uzbekistan", "Afghanistan"]),
       c("$1.1 billion", 1.1e9, "USD", change=None, metric="trade turnover",
         period="2025-01/2025-10", entities=["Uzbekistan", "Afghanistan"]),
       published="2025-11-15"),
    ex("in-termez-cargo-centre",
       "The Termez cargo centre shipped 1.9 million tonnes of goods to Afghanistan in 2024.",
       c("1.9 million tonnes", 1.9e6, "t", period="2024", kind="actual",
         entities=["Afghanistan"])),
    ex("in-tar-first-phase-budget",
       "Uzbekistan, Afghanistan and Pakistan signed a framework agreement in July 2025 for the "
       "line, whose first phase is budgeted at $1.1 billion.",
       c("$1.1 billion", 1.1e9, "USD", topic="investment",
         entities=["Uzbekistan", "Afghanistan", "Pakistan"]),
       published="2025-08-01"),
    ex("in-rs-india-and-pakistan-stays-inr",
       "Pakistan and India traded goods worth Rs 90 billion through Wagah.",
       c("Rs 90 billion", 90e9, "INR", metric="trade turnover",
         entities=["Pakistan", "India"])),
    ex("in-pak-uzbek-trade-aim",
       "Pakistan and Uzbekistan aim to raise bilateral trade to $2 billion within five years.",
       c("$2 billion", 2e9, "USD", metric="trade turnover", kind="projection",
         entities=["Pakistan", "Uzbekistan"])),
    ex("in-pak-railways-rupees",
       "Pakistan Railways earned Rs 1.2 billion from Afghan transit freight in fiscal 2024.",
       c("Rs 1.2 billion", 1.2e9, "PKR", entities=["Afghanistan"])),
]

ENERGY: list[Example] = [
    ex("in-casa-capacity",
       "The CASA-1000 line will carry 1,300 MW of summer electricity from Kyrgyzstan and "
       "Tajikistan to Afghanistan and Pakistan.",
       c("1,300 MW", 1300, "MW", kind="projection", topic="energy",
         entities=[CASA, "Kyrgyzstan", "Tajikistan", "Afghanistan", "Pakistan"])),
    ex("in-casa-length-cost-world-bank",
       "CASA-1000 has 1,227 km of transmission lines and is estimated to cost $1.2 billion, "
       "with the World Bank providing $526 million.",
       c("1,227 km", 1227, "km", metric="power line length", topic="energy", entities=[CASA]),
       c("$1.2 billion", 1.2e9, "USD", metric="project cost", entities=[CASA]),
       c("$526 million", 526e6, "USD", entities=["World Bank"])),
    ex("in-casa-tajik-revenue",
       "Tajikistan expects to earn about $200 million a year from CASA-1000 exports.",
       c("$200 million", 200e6, "USD", approx="approx", per="year", kind="projection",
         entities=["Tajikistan", CASA])),
    ex("in-tapi-capacity",
       "The 1,814-km TAPI pipeline is designed to carry 33 bcm of Turkmen gas a year to "
       "Afghanistan, Pakistan and India.",
       c("1,814-km", 1814, "km", entities=[TAPI]),
       c("33 bcm", 33e9, "m3", per="year", kind="projection", topic="energy",
         entities=[TAPI, "Turkmenistan"])),
    ex("in-tapi-built-km",
       "Turkmenistan has completed 214 km of TAPI on its own soil, while work on the 774-km "
       "Afghan section began in 2024.",
       c("214 km", 214, "km", kind="actual", entities=[TAPI, "Turkmenistan"]),
       c("774-km", 774, "km", entities=["Afghanistan"])),
]

TRADE: list[Example] = [
    ex("in-russia-iran-turnover",
       "Russia–Iran trade turnover stood at $4.8 billion in 2024, down 3.5% from a year "
       "earlier.",
       c("$4.8 billion", 4.8e9, "USD", metric="trade turnover", period="2024", kind="actual",
         change=None, entities=["Russia", "Iran"]),
       c("3.5%", 3.5, "%", change="decrease", metric="trade turnover", period="2024"),
       published="2025-02-01"),
    ex("in-russia-india-sixfold",
       "Russia-India trade hit a record $65.7 billion in 2024, nearly six times its level "
       "before 2022.",
       c("$65.7 billion", 65.7e9, "USD", metric="trade turnover", period="2024",
         entities=["Russia", "India"]),
       c("six times", 6, "x", approx="approx", change="increase", metric="trade turnover"),
       published="2025-03-01"),
    ex("in-india-central-asia",
       "India's trade with the five Central Asian states was about $2 billion last year, a "
       "fraction of China's $90 billion.",
       c("$2 billion", 2e9, "USD", approx="approx", metric="trade turnover", period="2024",
         entities=["India", "Central Asia"]),
       c("$90 billion", 90e9, "USD", metric="trade turnover", entities=["China"]),
       published="2025-04-01"),
    ex("in-kz-india-both-ways",
       "Kazakhstan supplied India with uranium and oil worth $1.3 billion in 2024, while "
       "Indian exports to Kazakhstan came to $350 million.",
       c("$1.3 billion", 1.3e9, "USD", period="2024", entities=["Kazakhstan", "India"]),
       c("$350 million", 350e6, "USD", metric="exports", period="2024",
         entities=["India", "Kazakhstan"]),
       published="2025-05-01"),
    ex("in-india-iran-exports-fell",
       "India's exports to Iran fell to $1.2 billion last year from $1.7 billion a year "
       "earlier.",
       c("$1.2 billion", 1.2e9, "USD", metric="exports", change=None, period="2024",
         entities=["India", "Iran"]),
       c("$1.7 billion", 1.7e9, "USD", metric="exports", change=None, period="2023"),
       published="2025-06-01"),
    ex("in-rupee-crude",
       "Indian refiners paid 70 billion rupees for Iranian crude under the rupee mechanism.",
       c("70 billion rupees", 70e9, "INR", entities=["India", "Iran"])),
    ex("in-iran-kz-turnover-range",
       "Iran–Kazakhstan trade is forecast at $700-800 million this year.",
       c("$700-800 million", 700e6, "USD", value_high=800e6, kind="projection",
         metric="trade turnover", period="2025", entities=["Iran", "Kazakhstan"]),
       published="2025-05-01"),
    ex("in-uzbek-india-goal",
       "Tashkent and New Delhi set a goal of $1 billion in annual trade by 2027.",
       c("$1 billion", 1e9, "USD", per="year", kind="projection", period="2027",
         metric="trade turnover", entities=["Uzbekistan", "India"])),
]

NEGATIVES: list[Example] = [
    ex("in-neg-council-phase",
       "The 3rd meeting of the INSTC coordination council in Baku on 12 June 2025 discussed "
       "Phase 2 of the project.",
       published="2025-06-20"),
    ex("in-neg-route-m39",
       "Trucks on Route 7 and the M39 highway queue at Sarakhs, Iran's 2nd busiest crossing."),
    ex("in-neg-casa-name",
       "CASA-1000 was first proposed in 2006, and the INSTC agreement dates from 2000."),
    ex("in-neg-resolution-berth",
       "Berth No. 5 at Chabahar was built under Resolution 2231-era waivers, officials said "
       "on 3 March."),
    ex("in-neg-five-states",
       "Five Central Asian states and two South Asian ones attended the forum in Termez."),
    ex("in-neg-fy-labels",
       "India's FY2024-25 budget and Iran's 1403 calendar year both mention Chabahar."),
]

EXAMPLES: list[Example] = (
    RASHT_ASTARA + INSTC_FLOWS + DISTANCES + PORTS + TRANS_AFGHAN + ENERGY + TRADE + NEGATIVES
)

KNOWN_GAPS: dict[str, str] = {}
