"""Held-out sentences written after the parser was tuned, on South Caucasus transit routes and
Türkiye–Azerbaijan links as trade analysts read them: the Zangezur corridor / Trump Route for
International Peace and Prosperity (TRIPP) through Armenia's Syunik, the Kars–Igdir–Nakhchivan
railway (length in km, cost, planned capacity in million tonnes a year, completion years),
Turkish exports to Azerbaijan and Central Asia, border crossings with Iran and Georgia (trucks
a day, waiting hours), Turkish lira and Azerbaijani manat amounts, the ports of Mersin and
Samsun and the Ro-Ro lines across the Black Sea; projections against reported figures;
negatives (law and decree numbers, dates, phone numbers, clock times, ordinals, small counts).

Written in our own words and read by hand first (issue 2's field definitions); the parser was
run only afterwards, to measure how it generalises beyond the corpus it was tuned on.
"""

from __future__ import annotations

from . import Example, c, ex

AM = "Armenia"
AZ = "Azerbaijan"
TR = "Türkiye"
IR = "Iran"
GE = "Georgia"
ZC = "Zangezur corridor"
KIN = "Kars-Igdir-Nakhchivan railway"
GURBULAK = "Gurbulak crossing"
SARPI = "Sarpi crossing"
MERSIN = "Port of Mersin"
SAMSUN = "Port of Samsun"

CORRIDOR: list[Example] = [
    ex("zg-tripp-length-syunik",
       "Under the August deal, the TRIPP route would cross roughly 42 km of Armenian territory "
       "in Syunik.",
       c("42 km", 42, "km", approx="approx", metric="route length", kind="projection",
         topic="logistics", entities=[AM, ZC]),
       published="2025-09-10"),
    ex("zg-corridor-expected-cargo-a-year",
       "Azerbaijan expects the Zangezur corridor to carry 15 million tonnes of cargo a year at "
       "first.",
       c("15 million tonnes", 15e6, "t", per="year", kind="projection", metric="cargo volume",
         topic="logistics", change=None, entities=[AZ, ZC])),
    ex("zg-horadiz-agbend-estimated-manats",
       "Baku puts the cost of the Horadiz-Agbend railway, the corridor's Azerbaijani leg, at "
       "2.1 billion manats.",
       c("2.1 billion manats", 2.1e9, "AZN", metric="project cost", topic="investment",
         entities=[AZ])),
    ex("zg-agbend-station-metres-from-border",
       "The Agbend station lies just 300 metres from the Armenian border.",
       c("300 metres", 300, "m", approx=None, change=None)),
    ex("zg-tripp-cuts-route-by-km",
       "Once open, TRIPP would cut the rail trip from Baku to Nakhchivan by about 340 km "
       "compared with the route via Iran.",
       c("340 km", 340, "km", approx="approx", change="decrease", kind="projection",
         entities=[ZC])),
    ex("zg-tripp-rights-99-years",
       "The TRIPP consortium would hold development rights over the route for 99 years.",
       c("99 years", 99, "year", kind="projection", per=None, change=None)),
    ex("zg-negative-working-group-meeting-date",
       "The corridor was discussed at the 6th meeting of the trilateral working group on "
       "14 March 2025 in Washington."),
    ex("zg-negative-white-house-article",
       "The TRIPP framework was signed at the White House on August 8, 2025, and builds on "
       "Article 9 of the 2020 ceasefire statement."),
]

KARS_NAKHCHIVAN: list[Example] = [
    ex("zg-kin-length-and-cost",
       "The Kars-Igdir-Nakhchivan railway will be 224 km long and cost about $2.4 billion.",
       c("224 km", 224, "km", kind="projection", metric="route length", entities=[KIN]),
       c("$2.4 billion", 2.4e9, "USD", approx="approx", kind="projection",
         metric="project cost", topic="investment", entities=[KIN])),
    ex("zg-kin-expected-freight-a-year",
       "Turkish officials expect the Kars-Igdir-Nakhchivan line to carry 5.5 million tonnes "
       "of freight a year once it is finished.",
       c("5.5 million tonnes", 5.5e6, "t", per="year", kind="projection",
         metric="cargo volume", entities=[TR, KIN])),
    ex("zg-kin-designed-capacity",
       "Designed for 15 million tonnes a year, the Kars–Igdir–Nakhchivan line is slated for "
       "completion in 2028.",
       c("15 million tonnes", 15e6, "t", per="year", kind="projection", metric="capacity",
         entities=[KIN])),
    ex("zg-kin-hyphenated-length-foundation",
       "The foundation of the 224-kilometre railway was laid in Kars in February 2025.",
       c("224-kilometre", 224, "km", metric="route length", kind="actual"),
       published="2025-03-01"),
    ex("zg-kin-budget-lira-this-year",
       "Ankara has budgeted 18.5 billion lira for the railway's first phase this year.",
       c("18.5 billion lira", 18.5e9, "TRY", metric="budget", period="2025",
         entities=[TR]),
       published="2025-06-01"),
    ex("zg-kin-bridges-and-tunnels",
       "Of the route, 41 km will run on bridges and viaducts and 60 km through 20 tunnels.",
       c("41 km", 41, "km", kind="projection"),
       c("60 km", 60, "km", kind="projection"),
       c("20 tunnels", 20, "count", item="tunnel", kind="projection")),
    ex("zg-kin-loan-up-to-euro",
       "Lenders are weighing a loan of up to €1.2 billion for the Kars-Igdir section.",
       c("€1.2 billion", 1.2e9, "EUR", approx="max", metric="loan", topic="investment")),
    ex("zg-kin-percent-complete",
       "Earthworks on the Igdir section were 35% complete at the end of June.",
       c("35%", 35, "%", change=None, kind="actual"),
       published="2025-07-15"),
]

EXPORTS: list[Example] = [
    ex("zg-exports-azerbaijan-jan-nov",
       "Turkish exports to Azerbaijan rose 9.8% to $3.4 billion in January-November 2024.",
       c("9.8%", 9.8, "%", change="increase", metric="exports", period="2024-01/2024-11",
         entities=[TR, AZ]),
       c("$3.4 billion", 3.4e9, "USD", change=None, metric="exports",
         period="2024-01/2024-11", kind="actual", topic="trade", entities=[TR, AZ]),
       published="2024-12-10"),
    ex("zg-exports-turkic-states-last-year",
       "Türkiye's exports to the Turkic states reached $9.7 billion last year, the exporters' "
       "assembly said.",
       c("$9.7 billion", 9.7e9, "USD", metric="exports", period="2024", kind="actual",
         entities=[TR]),
       published="2025-01-05"),
    ex("zg-exports-uzbekistan-first-half",
       "Shipments to Uzbekistan climbed 27.5% in the first half, to $1.6 billion.",
       c("27.5%", 27.5, "%", change="increase", period="2025-01/2025-06"),
       c("$1.6 billion", 1.6e9, "USD", change=None, period="2025-01/2025-06",
         entities=["Uzbekistan"]),
       published="2025-07-20"),
    ex("zg-exports-kazakhstan-bln-usd-from",
       "Turkish sales to Kazakhstan dipped to 2.9 bln USD in 2024 from 3.1 bln USD a year "
       "earlier.",
       c("2.9 bln USD", 2.9e9, "USD", change=None, period="2024", entities=[TR, "Kazakhstan"]),
       c("3.1 bln USD", 3.1e9, "USD", change=None, period="2023")),
    ex("zg-trade-target-2030-vs-2024",
       "Ankara and Baku aim to lift bilateral trade to $15 billion by 2030 from around "
       "$7.5 billion in 2024.",
       c("$15 billion", 15e9, "USD", kind="projection", period="2030",
         metric="trade turnover", change=None),
       c("$7.5 billion", 7.5e9, "USD", kind="actual", period="2024", approx="approx",
         metric="trade turnover"),
       published="2025-03-01"),
    ex("zg-exports-turkmenistan-q1-percent",
       "Exports to Turkmenistan fell 12 percent year on year in the first quarter.",
       c("12 percent", 12, "%", change="decrease", metric="exports",
         period="2025-01/2025-03", entities=["Turkmenistan"]),
       published="2025-04-15"),
    ex("zg-azerbaijan-bought-turkish-goods-share",
       "Azerbaijan bought Turkish goods worth 3.7 billion USD, making Türkiye its second-largest "
       "supplier with a 15.2% share.",
       c("3.7 billion USD", 3.7e9, "USD", kind="actual", entities=[AZ]),
       c("15.2%", 15.2, "%", change=None)),
    ex("zg-customs-duties-manats",
       "Azerbaijan's customs collected 1.25 billion manats in duties on goods from Türkiye last "
       "year.",
       c("1.25 billion manats", 1.25e9, "AZN", period="2024", kind="actual",
         entities=[AZ]),
       published="2025-02-01"),
    ex("zg-deal-azn-roughly",
       "The deal is worth roughly AZN 850 million, officials in Baku said.",
       c("AZN 850 million", 850e6, "AZN", approx="approx")),
    ex("zg-exports-central-asia-projected-range",
       "Turkish exports to Central Asia are projected to grow 5-7% annually through 2028.",
       c("5-7%", 5, "%", value_high=7, change="increase", per="year", kind="projection",
         metric="exports", entities=[TR, "Central Asia"])),
]

LIRA: list[Example] = [
    ex("zg-lira-turkish-lira-words",
       "The tender for the Igdir logistics centre was awarded for 4.2 billion Turkish lira.",
       c("4.2 billion Turkish lira", 4.2e9, "TRY", kind="actual")),
    ex("zg-lira-sign-toll-revenue",
       "Toll revenue at the Dilucu gate came to ₺1.3 billion in 2024.",
       c("₺1.3 billion", 1.3e9, "TRY", period="2024", metric="revenue")),
    ex("zg-lira-tl-before-number",
       "Customs fees collected at Gurbulak rose to TL 650 million.",
       c("TL 650 million", 650e6, "TRY", change=None, entities=[GURBULAK])),
    ex("zg-lira-try-iso-after",
       "A single truck permit for Azerbaijan now costs 4,500 TRY.",
       c("4,500 TRY", 4500, "TRY", approx=None)),
]

BORDERS: list[Example] = [
    ex("zg-gurbulak-trucks-day-wait-up-to",
       "About 1,200 trucks a day cross Gurbulak into Iran, and drivers wait up to 36 hours in "
       "peak season.",
       c("1,200 trucks", 1200, "count", item="truck", per="day", approx="approx",
         entities=[GURBULAK, IR]),
       c("36 hours", 36, "hour", approx="max", metric="waiting time", topic="logistics")),
    ex("zg-sarp-queue-km-waits-range",
       "At Sarp, the queue of trucks bound for Georgia stretched 12 km on Monday, with waits "
       "of 18-20 hours.",
       c("12 km", 12, "km", entities=[SARPI]),
       c("18-20 hours", 18, "hour", value_high=20, metric="waiting time")),
    ex("zg-kapikoy-trucks-daily-from",
       "Transit through Kapikoy on the Iranian border averaged 450 trucks daily in 2024, up "
       "from 380 trucks in 2023.",
       c("450 trucks", 450, "count", item="truck", per="day", period="2024", change=None,
         entities=[IR]),
       c("380 trucks", 380, "count", item="truck", period="2023", change=None)),
    ex("zg-turkgozu-fewer-than-trucks",
       "Turkgozu, the second crossing with Georgia, handles fewer than 300 trucks a day.",
       c("300 trucks", 300, "count", item="truck", approx="max", per="day",
         entities=[GE])),
    ex("zg-dilucu-clearance-hours-instead-of",
       "Customs clearance at Dilucu now takes 2 hours instead of 6 hours.",
       c("2 hours", 2, "hour", metric="clearance time", change=None),
       c("6 hours", 6, "hour", metric="clearance time", change=None)),
    ex("zg-esendere-days-on-average",
       "Empty trucks returning from Iran wait 3 days on average at Esendere.",
       c("3 days", 3, "day", metric="waiting time", approx=None, entities=[IR])),
    ex("zg-sarp-capacity-vehicles-day-against",
       "The modernised Sarp gate can process 3,000 vehicles a day, against 1,800 vehicles "
       "before the works.",
       c("3,000 vehicles", 3000, "count", item="vehicle", per="day", metric="capacity",
         entities=[SARPI]),
       c("1,800 vehicles", 1800, "count", item="vehicle")),
    ex("zg-iran-border-trucks-fell-percent",
       "Truck crossings from Türkiye into Iran fell 14% in 2024 to roughly 310,000.",
       c("14%", 14, "%", change="decrease", period="2024", entities=[TR, IR]),
       c("310,000", 310000, "count", approx="approx", period="2024")),
]

PORTS: list[Example] = [
    ex("zg-mersin-teu-and-growth",
       "Mersin port handled 2.1 million TEU in 2024, 8% more than a year earlier.",
       c("2.1 million TEU", 2.1e6, "TEU", period="2024", kind="actual", entities=[MERSIN],
         topic="logistics"),
       c("8%", 8, "%", change="increase", period="2024")),
    ex("zg-samsun-roro-targeting-trailers",
       "Samsun's Ro-Ro terminal is targeting 120,000 trailers a year on lines to Novorossiysk "
       "and Chornomorsk.",
       c("120,000 trailers", 120000, "count", item="trailer", per="year", kind="projection",
         entities=[SAMSUN])),
    ex("zg-karasu-roro-sailings-week-per-voyage",
       "The Karasu–Chornomorsk Ro-Ro service makes three sailings a week, each with up to "
       "150 trailers.",
       c("three sailings", 3, "count", item="sailing", per="week"),
       c("150 trailers", 150, "count", item="trailer", approx="max")),
    ex("zg-samsun-novorossiysk-hours-euro-per-truck",
       "A Ro-Ro crossing from Samsun to Novorossiysk takes about 30 hours and costs around "
       "€1,800 per truck.",
       c("30 hours", 30, "hour", approx="approx", metric="transit time"),
       c("€1,800", 1800, "EUR", approx="approx", per="truck", metric="freight rate")),
    ex("zg-black-sea-roro-rates-jumped",
       "Freight rates on the Black Sea Ro-Ro lines jumped 40% in 2022.",
       c("40%", 40, "%", change="increase", metric="freight rate", period="2022",
         entities=["Black Sea"])),
    ex("zg-mersin-capacity-by-2026",
       "The new phase at Mersin will raise capacity to 3.6 million TEU by 2026.",
       c("3.6 million TEU", 3.6e6, "TEU", kind="projection", metric="capacity",
         period="2026", change=None, entities=[MERSIN])),
    ex("zg-samsun-mt-nine-months",
       "Samsun port handled 1.6 mt of cargo in the first nine months of 2024.",
       c("1.6 mt", 1.6e6, "t", period="2024-01/2024-09", kind="actual", entities=[SAMSUN]),
       published="2024-11-01"),
]

PROJECTIONS: list[Example] = [
    ex("zg-forecast-vs-actual-transit",
       "The ministry had forecast 10 million tonnes of transit through Nakhchivan in 2024; "
       "actual volumes came to just 2.3 million tonnes.",
       c("10 million tonnes", 10e6, "t", kind="projection", period="2024"),
       c("2.3 million tonnes", 2.3e6, "t", kind="actual")),
    ex("zg-trade-short-of-goal",
       "Bilateral trade with Azerbaijan came in at $7.4 billion, short of the $15 billion "
       "goal.",
       c("$7.4 billion", 7.4e9, "USD", kind="actual", metric="trade turnover"),
       c("$15 billion", 15e9, "USD", kind="projection")),
    ex("zg-btk-actual-below-design-capacity",
       "Traffic on the BTK line reached 1.4 mln tonnes last year, well below its 6.5 mln tonne "
       "design capacity.",
       c("1.4 mln tonnes", 1.4e6, "t", kind="actual", period="2024",
         entities=["Baku-Tbilisi-Kars railway"]),
       c("6.5 mln tonne", 6.5e6, "t", metric="capacity"),
       published="2025-03-01"),
    ex("zg-corridor-potential-mt-by-2030",
       "Analysts see potential for up to 20 mt a year through the Zangezur corridor by 2030.",
       c("20 mt", 20e6, "t", approx="max", per="year", kind="projection", period="2030",
         entities=[ZC])),
    ex("zg-exports-target-missed-percent",
       "Exports to the Turkic states missed the target by 18%, the ministry admitted.",
       c("18%", 18, "%", kind="actual", change="decrease")),
]

NEGATIVES: list[Example] = [
    ex("zg-negative-anniversary-date",
       "Presidents Erdogan and Aliyev met in Nakhchivan on 25 September 2023 to mark the 100th "
       "anniversary of Heydar Aliyev's birth."),
    ex("zg-negative-law-decree-numbers",
       "Under Law No. 7524 and Presidential Decree No. 9871, Türkiye eased rules for "
       "Azerbaijani drivers from 1 July."),
    ex("zg-negative-phone-and-clock",
       "The Gurbulak customs hotline, +90 472 312 45 67, is open between 08:00 and 20:00."),
    ex("zg-negative-small-counts",
       "The two leaders visited three border posts in Igdir and Kars provinces."),
    ex("zg-negative-highway-names",
       "Trucks reach the Iranian border on the E80 and the D100 from Istanbul."),
]

EXAMPLES: list[Example] = (CORRIDOR + KARS_NAKHCHIVAN + EXPORTS + LIRA + BORDERS + PORTS
                           + PROJECTIONS + NEGATIVES)

KNOWN_GAPS: dict[str, str] = {}
