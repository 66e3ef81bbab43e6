"""Held-out sentences written after the parser was tuned, on Armenia and its South Caucasus
links as trade analysts read them: the Zangezur corridor / "Trump Route" (TRIPP) through
Syunik (length in km, cost), Armenia's trade with the EAEU, Iran, Georgia and the EU (dram and
dollar figures, percentage shares), Upper Lars as the lifeline to Russia (trucks a day), gold
and copper concentrate exports, re-exports of cars and electronics to Russia, the Armenia-Iran
gas-for-electricity swap (m3 and kWh) and the North-South road corridor (km built, ADB and EIB
loans); projections against actuals; negatives (highway codes, decree numbers, dates, phone
numbers, ordinals, fiscal periods).

Written in our own words and read by hand first (issue 2's field definitions); the parser was
run only afterwards, to measure how it generalises beyond the corpus it was tuned on.
"""

from __future__ import annotations

from . import Example, c, ex

AM = "Armenia"
IR = "Iran"
RU = "Russia"
GE = "Georgia"
EU = "European Union"
EAEU = "Eurasian Economic Union"
ZC = "Zangezur corridor"
UL = "Upper Lars crossing"
ADB = "Asian Development Bank"
EIB = "European Investment Bank"

CORRIDOR: list[Example] = [
    ex("am-tripp-length-syunik",
       "The Trump Route for International Peace and Prosperity would run about 43 km through "
       "Armenia's Syunik province.",
       c("43 km", 43, "km", approx="approx", metric="route length", kind="projection",
         topic="logistics", entities=[AM]),
       published="2025-08-20"),
    ex("am-zangezur-cost-range-mixed-scales",
       "Officials put the cost of the Zangezur corridor's rail section at between $500 million "
       "and $1 billion.",
       c("$500 million and $1 billion", 500e6, "USD", value_high=1e9, metric="project cost",
         entities=[ZC])),
    ex("am-azerbaijan-horadiz-line-built",
       "Azerbaijan says it has laid 111 km of the Horadiz-Aghband railway toward the Armenian "
       "border.",
       c("111 km", 111, "km", kind="actual", change=None, entities=["Azerbaijan"])),
    ex("am-iran-armenia-pipeline-length",
       "Iranian gas arrives through the 140-km Iran-Armenia pipeline at Meghri.",
       c("140-km", 140, "km", kind="actual", entities=[IR, AM])),
    ex("am-zangezur-rail-projection-cost",
       "The rail link through Syunik is expected to cost an estimated $1.5 billion.",
       c("$1.5 billion", 1.5e9, "USD", approx="approx", kind="projection",
         metric="project cost")),
]

TRADE: list[Example] = [
    ex("am-eaeu-trade-2024-growth",
       "Armenia's trade with the EAEU reached $14.4 billion in 2024, up 68% on the year.",
       c("$14.4 billion", 14.4e9, "USD", metric="trade turnover", period="2024", change=None,
         kind="actual", topic="trade", entities=[AM, EAEU]),
       c("68%", 68, "%", change="increase", metric="trade turnover", period="2024"),
       published="2025-02-15"),
    ex("am-russia-share-half-year",
       "Russia accounted for 35.6% of Armenia's foreign trade turnover in January-June 2025.",
       c("35.6%", 35.6, "%", change=None, metric="trade turnover", period="2025-01/2025-06",
         entities=[RU, AM]),
       published="2025-07-20"),
    ex("am-iran-exports-up-imports-down",
       "Exports to Iran rose 12.4% to $182 million in the first five months, while imports "
       "from Iran fell by 3%.",
       c("12.4%", 12.4, "%", change="increase", metric="exports", period="2025-01/2025-05",
         entities=[IR]),
       c("$182 million", 182e6, "USD", change=None, metric="exports", period="2025-01/2025-05"),
       c("3%", 3, "%", change="decrease", metric="imports", entities=[IR]),
       published="2025-06-20"),
    ex("am-georgia-trade-drams-last-year",
       "Trade with Georgia totalled 1.2 trillion drams last year.",
       c("1.2 trillion drams", 1.2e12, "AMD", metric="trade turnover", period="2024",
         entities=[GE]),
       published="2025-03-01"),
    ex("am-eu-share-of-exports-slips",
       "The EU's share of Armenian exports slipped to 7.5% from 9.1% a year earlier.",
       c("7.5%", 7.5, "%", change=None, metric="exports", entities=[EU, AM]),
       c("9.1%", 9.1, "%", change=None, metric="exports")),
    ex("am-turnover-falls-drams-nine-months",
       "In January-September 2025, foreign trade turnover fell 30.4% year on year to 4.75 "
       "trillion drams.",
       c("30.4%", 30.4, "%", change="decrease", metric="trade turnover",
         period="2025-01/2025-09"),
       c("4.75 trillion drams", 4.75e12, "AMD", change=None, metric="trade turnover",
         period="2025-01/2025-09"),
       published="2025-10-25"),
    ex("am-iran-share-around",
       "Iran is Armenia's fifth-largest trading partner, with a share of around 5%.",
       c("5%", 5, "%", approx="approx", entities=[IR, AM])),
    ex("am-eaeu-share-pp",
       "The share of EAEU countries in Armenia's trade rose by 4.2 percentage points to 54%.",
       c("4.2 percentage points", 4.2, "pp", change="increase", entities=[EAEU]),
       c("54%", 54, "%", change=None)),
    ex("am-china-imports-bn",
       "Armenia's imports from China reached $2.6 bn, making it the second-largest supplier "
       "after Russia.",
       c("$2.6 bn", 2.6e9, "USD", metric="imports", change=None, entities=[AM, "China"])),
    ex("am-eaeu-exports-contract-eight-months",
       "Exports to the EAEU contracted 37% in the first eight months, reversing the 2022-23 "
       "boom.",
       c("37%", 37, "%", change="decrease", metric="exports", period="2025-01/2025-08",
         entities=[EAEU]),
       published="2025-09-25"),
    ex("am-brandy-exports-less",
       "Brandy exports to Russia brought in $210 mln, 11% less than a year earlier.",
       c("$210 mln", 210e6, "USD", metric="exports", change=None, entities=[RU]),
       c("11%", 11, "%", change="decrease", metric="exports")),
]

UPPER_LARS: list[Example] = [
    ex("am-upper-lars-trucks-a-day",
       "Some 1,500 trucks a day crossed Upper Lars in the peak month, the only road link "
       "between Armenia and Russia.",
       c("1,500 trucks", 1500, "count", item="truck", per="day", approx="approx",
         kind="actual", entities=[UL])),
    ex("am-upper-lars-closure-stranded",
       "When Upper Lars closed for six days in March, more than 2,000 trucks were stranded on "
       "the Georgian side.",
       c("six days", 6, "day", entities=[UL]),
       c("2,000 trucks", 2000, "count", item="truck", approx="min", per=None)),
    ex("am-upper-lars-freight-rate",
       "Freight costs from Yerevan to Moscow via Upper Lars are about $3,500 per truck.",
       c("$3,500", 3500, "USD", approx="approx", per="truck", metric="freight rate",
         topic="logistics", entities=[UL])),
    ex("am-upper-lars-transit-days",
       "Transit through Upper Lars takes 2-3 days in summer.",
       c("2-3 days", 2, "day", value_high=3, metric="transit time", entities=[UL])),
    ex("am-agarak-trucks-up-from",
       "Some 350 trucks a day now use the Agarak-Norduz crossing with Iran, up from 200 trucks "
       "in 2022.",
       c("350 trucks", 350, "count", item="truck", per="day", approx="approx", entities=[IR]),
       c("200 trucks", 200, "count", item="truck", period="2022")),
    ex("am-georgian-railway-freight",
       "Georgian Railways carried 1.1 million tonnes of freight to and from Armenia last year, "
       "8% more than in 2023.",
       c("1.1 million tonnes", 1.1e6, "t", metric="cargo volume", period="2024",
         topic="logistics", entities=["Georgian Railway", AM]),
       c("8%", 8, "%", change="increase", metric="cargo volume"),
       published="2025-02-10"),
    ex("am-bagratashen-waiting-under",
       "A Georgian-Armenian deal signed in Tbilisi cut border waiting times at Bagratashen to "
       "under 2 hours.",
       c("2 hours", 2, "hour", approx="max", metric="waiting time", change=None,
         entities=[GE, AM])),
    ex("am-poti-teu",
       "Container traffic between Poti and Armenia rose to 62,000 TEU in 2024.",
       c("62,000 TEU", 62000, "TEU", metric="container volume", change=None, period="2024",
         entities=[AM])),
]

MINING: list[Example] = [
    ex("am-gold-exports-first-quarter",
       "Gold exports jumped to $1.9 billion in the first quarter of 2025.",
       c("$1.9 billion", 1.9e9, "USD", metric="exports", change=None, kind="actual",
         period="2025-01/2025-03"),
       published="2025-04-20"),
    ex("am-copper-concentrate-tonnes",
       "Copper concentrate remains Armenia's largest export by volume, at 612,000 tonnes in "
       "2024.",
       c("612,000 tonnes", 612000, "t", metric="exports", period="2024", entities=[AM])),
    ex("am-copper-drams-share",
       "Copper ore and concentrate shipments earned AMD 480 billion, or about 17% of total "
       "exports.",
       c("AMD 480 billion", 480e9, "AMD", metric="exports"),
       c("17%", 17, "%", approx="approx", metric="exports")),
    ex("am-copper-output-target",
       "Armenia plans to raise copper concentrate output to 800,000 tonnes a year by 2028.",
       c("800,000 tonnes", 800000, "t", per="year", kind="projection", period="2028",
         change=None, entities=[AM])),
    ex("am-gold-share-then-and-now",
       "Gold accounted for 27% of Armenia's exports in 2024, against just 4% in 2021.",
       c("27%", 27, "%", metric="exports", period="2024"),
       c("4%", 4, "%", metric="exports", period="2021")),
    ex("am-jewellery-uae-threefold",
       "Exports of jewellery and precious stones to the UAE soared threefold.",
       c("threefold", 3, "x", change="increase", metric="exports",
         entities=["United Arab Emirates"])),
]

REEXPORTS: list[Example] = [
    ex("am-car-reexports-count-and-value",
       "Armenia re-exported 41,000 passenger cars to Russia in 2023, worth about $1.2 billion.",
       c("41,000 passenger cars", 41000, "count", period="2023", entities=[AM, RU]),
       c("$1.2 billion", 1.2e9, "USD", approx="approx", period="2023")),
    ex("am-electronics-shrank-half-year",
       "Shipments of smartphones and other electronics to Russia shrank 40% in the first half, "
       "Armstat data show.",
       c("40%", 40, "%", change="decrease", period="2025-01/2025-06", entities=[RU]),
       published="2025-08-05"),
    ex("am-car-reexports-drop-from",
       "Car re-exports to Russia dropped to $330 million in the first half of 2025 from $1.1 "
       "billion a year earlier.",
       c("$330 million", 330e6, "USD", change=None, period="2025-01/2025-06", entities=[RU]),
       c("$1.1 billion", 1.1e9, "USD", change=None),
       published="2025-08-10"),
]

ENERGY: list[Example] = [
    ex("am-gas-swap-volume-up-to",
       "Under the swap, Iran supplies up to 2.3 billion cubic metres of gas a year.",
       c("2.3 billion cubic metres", 2.3e9, "m3", approx="max", per="year", topic="energy",
         entities=[IR])),
    ex("am-gas-swap-kwh-per-m3",
       "Armenia returns 3 kWh of electricity for every cubic metre of Iranian gas.",
       c("3 kWh", 3, "kWh", topic="energy", entities=[AM, IR])),
    ex("am-gas-swap-extension-double",
       "Yerevan and Tehran extended the gas-for-electricity deal to 2030; deliveries are set to "
       "double to about 730 million m3 a year.",
       c("double", 2, "x", change="increase", kind="projection"),
       c("730 million m3", 730e6, "m3", approx="approx", per="year", change=None,
         kind="projection")),
    ex("am-electricity-exports-iran",
       "Armenia exported 1.6 billion kWh of electricity to Iran in 2024.",
       c("1.6 billion kWh", 1.6e9, "kWh", metric="electricity exports", period="2024",
         topic="energy", entities=[AM, IR])),
    ex("am-electricity-exports-mw",
       "Armenia sends Iran roughly 350 MW of power during the winter months.",
       c("350 MW", 350, "MW", approx="approx", topic="energy", entities=[AM, IR])),
]

ROADS: list[Example] = [
    ex("am-north-south-built-since",
       "Of the 556 km North-South road corridor, about 90 km have been built since 2012.",
       c("556 km", 556, "km", metric="route length", approx=None),
       c("90 km", 90, "km", approx="approx", period="2012/..", kind="actual")),
    ex("am-adb-loan-2023",
       "The ADB approved a $150 million loan for the Sisian-Kajaran section in 2023.",
       c("$150 million", 150e6, "USD", metric="loan", topic="investment", period="2023",
         entities=[ADB])),
    ex("am-eib-loan-future",
       "The EIB will lend EUR 200 million for the 60-km Sisian-Kajaran stretch, with "
       "construction due to start in 2026.",
       c("EUR 200 million", 200e6, "EUR", metric="loan", kind="projection", entities=[EIB]),
       c("60-km", 60, "km", metric="route length")),
    ex("am-tranche-cost-drams-compact",
       "Tranche 3 of the North-South programme, 42 km between Talin and Gyumri, cost AMD 41.5bn.",
       c("42 km", 42, "km", metric="route length"),
       c("AMD 41.5bn", 41.5e9, "AMD", metric="project cost")),
    ex("am-budget-syunik-roads-2026",
       "Armenia's budget for 2026 earmarks 75 billion drams for the Syunik road sections.",
       c("75 billion drams", 75e9, "AMD", metric="budget", kind="projection", period="2026"),
       published="2025-10-01"),
    ex("am-eu-resilience-plan-pledge",
       "The EU pledged EUR 270 million to Armenia under its Resilience and Growth Plan.",
       c("EUR 270 million", 270e6, "EUR", kind="projection", entities=[EU, AM])),
    ex("am-gdp-growth-projection",
       "The government expects Armenia's economy to grow 5.1% in 2026.",
       c("5.1%", 5.1, "%", change="increase", kind="projection", period="2026", topic="economy",
         entities=[AM])),
]

NEGATIVES: list[Example] = [
    ex("am-neg-highway-codes-date",
       "The M2 highway and the M6 road were closed on 12.02.2025 after snowfall."),
    ex("am-neg-decree-number",
       "Decree No. 1215-N of the Armenian government sets the rules for the corridor."),
    ex("am-neg-two-presidents-date",
       "Prime Minister Pashinyan met the two presidents at the White House on August 8, 2025."),
    ex("am-neg-phone-number",
       "Call the Meghri customs hotline at +374 10 594 200 for queue updates."),
    ex("am-neg-ordinals-quarter",
       "The third tranche and the 5th phase of the programme were merged in Q3 2024."),
    ex("am-neg-release-number",
       "The 2025 figure for gold re-exports is still classified, Armstat said in its release "
       "No. 7."),
    ex("am-neg-clock-time-checkpoint",
       "The Bagratashen checkpoint opens at 08:00 and closes at 20:30 on weekdays."),
]

EXAMPLES: list[Example] = (CORRIDOR + TRADE + UPPER_LARS + MINING + REEXPORTS + ENERGY + ROADS
                           + NEGATIVES)

KNOWN_GAPS: dict[str, str] = {}
