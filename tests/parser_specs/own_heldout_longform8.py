"""Held-out paragraphs of whole news articles, an eighth round, written after the parser.

Five more articles of genres the earlier rounds (`own_heldout_longform` to
`own_heldout_longform6`) did not cover, written in our own words and cut into paragraphs, one
example a paragraph (its id `lf8-GENRE-pN`), so that what a paragraph's sentences lend each
other is tested as an analyst reads it: an international financial institution's regional
economic outlook for the Caucasus and Central Asia (growth forecasts by country, revisions in
percentage points, inflation, remittances as a share of GDP, ranges); a reported piece on
truck queues at a Kazakh-Kyrgyz border crossing (trucks waiting, hours and days, km of
queue, fees per truck, crossings a day, a new section's capacity); an energy piece on Caspian
oil export routes (CPC and BTC volumes in barrels per day and tonnes, shares, outages,
maintenance days, a forecast); a logistics park's opening (hectares and square metres,
pallet places, rail sidings, investment, jobs, phases); and a fertiliser export piece
(tonnes by product, prices per tonne, destinations, a new plant's capacity and cost). About a
fifth are paragraphs without a claim: bylines and reading times, briefing rooms and
annex tables, kilometre markers as places and house numbers, hotlines and channels, bulletin
and mooring numbers, a correction, addresses, gates and blocks, HS codes and related links.
Every expectation was written from reading the text, before the parser was run on it.
"""

from __future__ import annotations

from . import BTC, EU, TITR, Example, c, ex

KZ = "Kazakhstan"
AZ = "Azerbaijan"
UZ = "Uzbekistan"
KG = "Kyrgyzstan"
GE = "Georgia"
AM = "Armenia"
TJ = "Tajikistan"
CPC = "Caspian Pipeline Consortium"

# --- 1. An IFI's regional economic outlook (published 24 Oct 2025) -----------------------
EO_PUB = "2025-10-24"
OUTLOOK: list[Example] = [
    ex("lf8-reo-p1",
       "Growth in Caucasus and Central Asia to slow to 4.8% in 2026, IMF says\n\n"
       "WASHINGTON, 23 October - Economic growth in the Caucasus and Central Asia is projected "
       "to ease to 4.8% in 2026 from an estimated 5.6% this year, the International Monetary "
       "Fund said in its Regional Economic Outlook on Thursday, as the boost from re-exports "
       "and transit trade with Russia fades.",
       c("4.8%", 4.8, "%", metric="gdp", kind="projection", period="2026"),
       c("4.8%", 4.8, "%", nth=1, metric="gdp", kind="projection", period="2026"),
       c("5.6%", 5.6, "%", metric="gdp", kind="projection", period="2025"),
       published=EO_PUB),
    ex("lf8-reo-p2-upgrades",
       "For Kazakhstan, the Fund now sees growth of 5.9% in 2025 and 4.5% in 2026, an upgrade "
       "of 1.1 percentage points for this year since its April outlook on stronger oil output "
       "from Tengiz. Uzbekistan is expected to grow 6.8% in both years, while Georgia's "
       "forecast for 2025 was raised by 1.5 percentage points to 7.2%.",
       c("5.9%", 5.9, "%", metric="gdp", kind="projection", period="2025", entities=[KZ]),
       c("4.5%", 4.5, "%", metric="gdp", kind="projection", period="2026"),
       c("1.1 percentage points", 1.1, "pp", change="increase"),
       c("6.8%", 6.8, "%", change="increase", metric="gdp", kind="projection",
         entities=[UZ]),
       c("1.5 percentage points", 1.5, "pp", change="increase"),
       c("7.2%", 7.2, "%", metric="gdp", kind="projection", period="2025", change=None,
         entities=[GE]),
       published=EO_PUB),
    ex("lf8-reo-p3-downgrades",
       "Armenia's growth is projected to slow to 5.0% this year from 5.9% in 2024, a downgrade "
       "of 0.5 percentage points, and Azerbaijan's to 2.7%, as gas output from Shah Deniz "
       "levels off. Kyrgyzstan, which grew 9% in 2024, is expected to expand 8.5% in 2025 and "
       "6.5% in 2026; Tajikistan 7.5% and 6.5%.",
       c("5.0%", 5.0, "%", metric="gdp", kind="projection", period="2025", entities=[AM]),
       c("5.9%", 5.9, "%", metric="gdp", kind="actual", period="2024"),
       c("0.5 percentage points", 0.5, "pp", change="decrease"),
       c("2.7%", 2.7, "%", metric="gdp", kind="projection", entities=[AZ]),
       c("9%", 9, "%", nth=1, change="increase", metric="gdp", kind="actual", period="2024",
         entities=[KG]),
       c("8.5%", 8.5, "%", change="increase", metric="gdp", kind="projection",
         period="2025"),
       c("6.5%", 6.5, "%", metric="gdp", kind="projection", period="2026"),
       c("7.5%", 7.5, "%", kind="projection"),
       c("6.5%", 6.5, "%", nth=1, kind="projection"),
       published=EO_PUB),
    ex("lf8-reo-p4-inflation",
       "Inflation in the region is expected to average 7.9% in 2025, up from 6.4% last year, "
       "with Kazakhstan at 11.8% and Uzbekistan at 9.5%. It is forecast to fall to between 5% "
       "and 7% in most countries by the end of 2026, close to central banks' targets.",
       c("7.9%", 7.9, "%", metric="inflation", kind="projection", period="2025",
         change=None),
       c("6.4%", 6.4, "%", metric="inflation", kind="actual", period="2024", change=None),
       c("11.8%", 11.8, "%", metric="inflation", change=None, entities=[KZ]),
       c("9.5%", 9.5, "%", metric="inflation", change=None, entities=[UZ]),
       c("5% and 7%", 5, "%", value_high=7, metric="inflation", kind="projection",
         period="2026", change=None),
       published=EO_PUB),
    ex("lf8-reo-p5-remittances",
       "Remittances, mostly from Russia, remain a lifeline for the region's poorer economies. "
       "They are estimated at 45% of GDP in Tajikistan and 24% in Kyrgyzstan in 2025, and at "
       "13% in Uzbekistan, where inflows reached a record $16.5 billion last year.",
       c("45%", 45, "%", metric="remittances", change=None, entities=[TJ]),
       c("24%", 24, "%", metric="remittances", change=None, entities=[KG]),
       c("13%", 13, "%", metric="remittances", change=None, entities=[UZ]),
       c("$16.5 billion", 16.5e9, "USD", metric="remittances", period="2024",
         kind="actual", change=None, entities=[UZ]),
       published=EO_PUB),
    ex("lf8-reo-p6-oil-current-account",
       "The region's oil and gas exporters face lower prices: the Fund assumes an average oil "
       "price of $68 a barrel in 2026, against $79 in 2024. Their combined current account is "
       "forecast to swing to a deficit of 1.2% of GDP next year from a surplus of 2.3% in "
       "2024.",
       c("$68", 68, "USD", per="bbl", metric="oil price", kind="projection", period="2026"),
       c("$79", 79, "USD", per="bbl", metric="oil price", kind="actual", period="2024"),
       c("1.2%", 1.2, "%", metric="current account", kind="projection", period="2026",
         change=None),
       c("2.3%", 2.3, "%", metric="current account", kind="actual", period="2024",
         change=None),
       published=EO_PUB),
    ex("lf8-reo-p7-corridor",
       "Trade along the Middle Corridor has been a bright spot. Cargo on the route grew 62% in "
       "2024 to 4.5 million tonnes, and the Fund estimates that removing its bottlenecks could "
       "raise the region's GDP by 0.5-1 percentage point over the medium term.",
       c("62%", 62, "%", change="increase", period="2024"),
       c("4.5 million tonnes", 4.5e6, "t", period="2024", change=None, entities=[TITR]),
       c("0.5-1 percentage point", 0.5, "pp", value_high=1, change="increase",
         kind="projection", metric="gdp"),
       published=EO_PUB),
    ex("lf8-reo-p8-risks",
       "Risks are tilted to the downside. A one-percentage-point slowdown in Russia's growth "
       "would lower growth in the remittance-dependent economies by about 0.3 percentage "
       "points, the report estimates, while public debt is expected to stay below 45% of GDP "
       "on average.",
       c("one-percentage-point", 1, "pp", change="decrease"),
       c("0.3 percentage points", 0.3, "pp", approx="approx", change="decrease",
         kind="projection"),
       c("45%", 45, "%", approx="max", metric="public debt", kind="projection", change=None),
       published=EO_PUB),
    ex("lf8-reo-p9-neg-briefing",
       "Regional Economic Outlook: Middle East and Central Asia, October 2025, Chapter 2. "
       "Press briefing at 9:30 a.m. in room HQ1 12-400; media contact: media@imf.org.",
       published=EO_PUB),
    ex("lf8-reo-p10-neg-notes",
       "Note: figures for 2025 and 2026 are projections. Turkmenistan is excluded from the "
       "regional aggregates owing to data limitations (see Annex Table 3).",
       published=EO_PUB),
    ex("lf8-reo-p11-neg-byline",
       "By Aigerim Sadykova, Almaty correspondent | 4 min read | Updated 24.10.2025 08:15",
       published=EO_PUB),
]

# --- 2. Truck queues at the Kordai crossing (published 12 Nov 2025) ----------------------
BQ_PUB = "2025-11-12"
QUEUE: list[Example] = [
    ex("lf8-queue-p1",
       "Truckers wait up to five days at Kordai as queue stretches 14 km\n\n"
       "KORDAI, Kazakhstan, 11 November - More than 1,200 trucks were lined up on Tuesday on "
       "the Kazakh side of the Kordai crossing into Kyrgyzstan, a queue stretching some 14 km "
       "back along the highway towards Almaty, drivers and border officials said.",
       c("five days", 5, "day", approx="max", metric="waiting time"),
       c("14 km", 14, "km", metric="queue length"),
       c("1,200 trucks", 1200, "count", approx="min", change=None),
       c("14 km", 14, "km", nth=1, approx="approx", metric="queue length"),
       published=BQ_PUB),
    ex("lf8-queue-p2-drivers",
       "Drivers said they had been waiting for three to five days. \"I arrived on Saturday "
       "morning and I have moved about 2 kilometres since then,\" said Almaz, a driver hauling "
       "20 tonnes of apples from Osh to Novosibirsk.",
       c("three to five days", 3, "day", value_high=5, metric="waiting time", change=None),
       c("2 kilometres", 2, "km", approx="approx", change=None),
       c("20 tonnes", 20, "t", change=None),
       published=BQ_PUB),
    ex("lf8-queue-p3-throughput",
       "The crossing processes about 600 trucks a day in both directions, against 900 a day "
       "before the Kazakh side introduced stricter checks of electronic seals in October, "
       "according to the border service. Inspections now take 40-50 minutes per truck, up from "
       "about 15 minutes.",
       c("600 trucks", 600, "count", approx="approx", per="day", change=None),
       c("900", 900, "count", per="day", change=None),
       c("40-50 minutes", 40, "min", value_high=50, change=None),
       c("15 minutes", 15, "min", approx="approx", change=None),
       published=BQ_PUB),
    ex("lf8-queue-p4-fees",
       "Parking in the buffer zone costs 3,000 tenge per truck a day, and brokers offer places "
       "at the front of the queue for $150 to $300, drivers said. Some operators have diverted "
       "freight to the Karasu crossing, 25 km to the east, where waits are under 12 hours.",
       c("3,000 tenge", 3000, "KZT", change=None),
       c("$150 to $300", 150, "USD", value_high=300, change=None),
       c("25 km", 25, "km", change=None),
       c("12 hours", 12, "hour", approx="max", metric="waiting time", change=None),
       published=BQ_PUB),
    ex("lf8-queue-p5-losses",
       "The Kyrgyz association of international road carriers estimates losses at $250 a day "
       "for each idle truck, or about $300,000 a day across the queue. Perishable cargo is "
       "worst hit: at least 40 trucks of fruit had to be turned back or sold at a discount "
       "this month.",
       c("$250", 250, "USD", per="day", metric="loss", change=None),
       c("$300,000", 300e3, "USD", approx="approx", per="day", metric="loss", change=None),
       c("40 trucks", 40, "count", approx="min", period="2025-11", change=None),
       published=BQ_PUB),
    ex("lf8-queue-p6-new-section",
       "The Kazakh government said a new section with separate truck lanes would open at "
       "Kordai on 1 December, raising the crossing's capacity to 1,500 vehicles a day. The $24 "
       "million expansion also adds 12 inspection booths, up from five, and parking for 400 "
       "trucks.",
       c("1,500 vehicles", 1500, "count", per="day", metric="capacity", kind="projection",
         change=None),
       c("$24 million", 24e6, "USD", change=None),
       c("12 inspection booths", 12, "count", kind="projection", change=None),
       c("five", 5, "count", change=None),
       c("400 trucks", 400, "count", kind="projection", change=None),
       published=BQ_PUB),
    ex("lf8-queue-p7-statistics",
       "In the first ten months of the year, 412,000 trucks crossed the Kazakh-Kyrgyz border, "
       "7% more than a year earlier, and trade between the two countries reached $1.9 "
       "billion.",
       c("412,000 trucks", 412e3, "count", period="2025-01/2025-10", kind="actual",
         change=None),
       c("7%", 7, "%", change="increase", period="2025-01/2025-10"),
       c("$1.9 billion", 1.9e9, "USD", metric="trade turnover", period="2025-01/2025-10",
         change=None, entities=[KZ, KG]),
       published=BQ_PUB),
    ex("lf8-queue-p8-quote",
       "\"We are working 24 hours a day, seven days a week,\" a spokesman for the State Revenue "
       "Committee said, adding that the average wait had already been cut to 31 hours from 52 "
       "hours last week.",
       c("31 hours", 31, "hour", metric="waiting time", change=None),
       c("52 hours", 52, "hour", metric="waiting time", change=None),
       published=BQ_PUB),
    ex("lf8-queue-p9-neg-km-marker",
       "The queue begins at the 42nd kilometre of the A-2, next to the Zhibek cafe at house No. "
       "17 on the village's main street.",
       published=BQ_PUB),
    ex("lf8-queue-p10-neg-hotline",
       "Hotline of the border service: 1414 (free from mobile phones). Checkpoint status is "
       "posted on the channel @kpp_status_kz and at kgd.gov.kz/ru/checkpoints/72.",
       published=BQ_PUB),
]

# --- 3. Caspian oil export routes (published 20 Aug 2025) --------------------------------
OIL_PUB = "2025-08-20"
JUL7 = "2025-01/2025-07"
OIL: list[Example] = [
    ex("lf8-oil-p1",
       "Kazakhstan leans on CPC as BTC volumes slip\n\n"
       "Oil exports through the Caspian Pipeline Consortium (CPC) averaged 1.52 million barrels "
       "per day in the first seven months of 2025, up 9% on a year earlier, while flows "
       "through the Baku-Tbilisi-Ceyhan (BTC) pipeline slipped to about 560,000 barrels per "
       "day, data from the operators show.",
       c("1.52 million barrels", 1.52e6, "bbl", per="day", metric="oil exports", period=JUL7,
         change=None, entities=[CPC]),
       c("9%", 9, "%", change="increase", period=JUL7),
       c("560,000 barrels", 560e3, "bbl", approx="approx", per="day", change=None,
         entities=[BTC]),
       published=OIL_PUB),
    ex("lf8-oil-p2-tonnes",
       "In tonnage terms, CPC shipped 37.8 million tonnes from its terminal near Novorossiysk "
       "in January-July, of which 31.9 million tonnes came from Kazakh fields, or 84%. The rest "
       "came from Russian producers.",
       c("37.8 million tonnes", 37.8e6, "t", period=JUL7, metric="oil exports", change=None),
       c("31.9 million tonnes", 31.9e6, "t", period=JUL7, change=None),
       c("84%", 84, "%", change=None),
       published=OIL_PUB),
    ex("lf8-oil-p3-outages",
       "The CPC terminal lost loading days in the spring: a single-point mooring, SPM-2, was "
       "out of service for 46 days of repairs after a storm, and another was shut for 11 days "
       "of scheduled maintenance in June. Loadings fell to 1.31 million barrels per day in "
       "April, the lowest in two years.",
       c("46 days", 46, "day", change=None),
       c("11 days", 11, "day", change=None),
       c("1.31 million barrels", 1.31e6, "bbl", per="day", period="2025-04", change=None),
       published=OIL_PUB),
    ex("lf8-oil-p4-btc",
       "BTC carried 17.2 million tonnes of crude in the seven months, 6% less than a year "
       "earlier, as output from Azerbaijan's Azeri-Chirag-Gunashli fields kept falling. Kazakh "
       "oil shipped across the Caspian to Baku for BTC amounted to 920,000 tonnes, against "
       "760,000 tonnes a year earlier.",
       c("17.2 million tonnes", 17.2e6, "t", period=JUL7, change=None, entities=[BTC]),
       c("6%", 6, "%", change="decrease"),
       c("920,000 tonnes", 920e3, "t", change=None),
       c("760,000 tonnes", 760e3, "t", change=None),
       published=OIL_PUB),
    ex("lf8-oil-p5-shares",
       "CPC handles about 80% of Kazakhstan's crude exports. The government aims to send 2.5 "
       "million tonnes a year through BTC and to raise the share of routes bypassing Russia to "
       "20% by 2030.",
       c("80%", 80, "%", approx="approx", change=None),
       c("2.5 million tonnes", 2.5e6, "t", per="year", kind="projection", change=None),
       c("20%", 20, "%", kind="projection", period="2030", change=None),
       published=OIL_PUB),
    ex("lf8-oil-p6-capacity-maintenance",
       "BTC has a design capacity of 1.2 million barrels per day, so it is running at about "
       "47% of capacity. The operator plans a 10-day maintenance shutdown at the Ceyhan "
       "terminal in September, during which loadings will be cut by about 40%.",
       c("1.2 million barrels", 1.2e6, "bbl", per="day", metric="capacity", change=None),
       c("47%", 47, "%", approx="approx", change=None),
       c("10-day", 10, "day", kind="projection", change=None),
       c("40%", 40, "%", approx="approx", change="decrease", kind="projection"),
       published=OIL_PUB),
    ex("lf8-oil-p7-tariffs",
       "The CPC tariff for Kazakh shippers is $38 per tonne, against about $60 per tonne on "
       "the route through Baku and Ceyhan, including tanker freight across the Caspian.",
       c("$38", 38, "USD", per="t", change=None),
       c("$60", 60, "USD", per="t", approx="approx", change=None),
       published=OIL_PUB),
    ex("lf8-oil-p8-forecast",
       "For the full year, the consultancy expects CPC exports of 1.55-1.6 million barrels per "
       "day, or about 76 million tonnes, and BTC flows of 580,000 barrels per day, provided "
       "Tengiz's expansion reaches its planned output of 1 million barrels per day.",
       c("1.55-1.6 million barrels", 1.55e6, "bbl", value_high=1.6e6, per="day",
         metric="oil exports", kind="projection", change=None),
       c("76 million tonnes", 76e6, "t", approx="approx", kind="projection", change=None),
       c("580,000 barrels", 580e3, "bbl", per="day", kind="projection", change=None),
       c("1 million barrels", 1e6, "bbl", per="day", metric="oil production",
         kind="projection", change=None),
       published=OIL_PUB),
    ex("lf8-oil-p9-tankers",
       "Tanker shipments from Aktau to Baku and Makhachkala carried 1.1 million tonnes in "
       "January-July, a 14% rise, in 68 tanker voyages.",
       c("1.1 million tonnes", 1.1e6, "t", period=JUL7, change=None),
       c("14%", 14, "%", change="increase"),
       c("68 tanker voyages", 68, "count", change=None),
       published=OIL_PUB),
    ex("lf8-oil-p10-neg-sources",
       "Sources: CPC Blend loadings report No. 7/2025; BTC Co. monthly bulletin, issue 214. "
       "Price assessments at 16:30 London time.",
       published=OIL_PUB),
    ex("lf8-oil-p11-neg-correction",
       "Corrects paragraph 3 of the story first published on 19 August to show that the SPM-2 "
       "mooring, not SPM-3, was under repair.",
       published=OIL_PUB),
]

# --- 4. A logistics park opens near Tashkent (published 5 Jun 2025) ----------------------
LP_PUB = "2025-06-05"
PARK: list[Example] = [
    ex("lf8-park-p1",
       "First phase of Tashkent logistics park opens with 48,000 square metres of warehouses\n\n"
       "TASHKENT, 4 June - The first phase of a logistics park near Tashkent, built on a "
       "65-hectare site in the Zangiata district, was opened on Wednesday, giving the capital "
       "48,000 square metres of class A warehouse space, its developer said.",
       c("48,000 square metres", 48e3, "m2", change=None),
       c("65-hectare", 65, "ha", change=None),
       c("48,000 square metres", 48e3, "m2", nth=1, kind="actual", change=None),
       published=LP_PUB),
    ex("lf8-park-p2-warehouses",
       "The warehouses have 52,000 pallet places and a clear height of 12 metres, with 84 "
       "loading docks. A 6,000-square-metre cold store for fruit and vegetables holds a further "
       "7,500 pallets.",
       c("52,000 pallet places", 52e3, "count", change=None),
       c("12 metres", 12, "m", change=None),
       c("84 loading docks", 84, "count", change=None),
       c("6,000-square-metre", 6000, "m2", change=None),
       c("7,500 pallets", 7500, "count", change=None),
       published=LP_PUB),
    ex("lf8-park-p3-rail",
       "The park is connected to the Uzbek railway network by two sidings with a total length "
       "of 3.2 km, able to take trains of up to 57 wagons, and its container terminal can "
       "handle 120,000 TEU a year.",
       c("two sidings", 2, "count", change=None),
       c("3.2 km", 3.2, "km", change=None),
       c("57 wagons", 57, "count", approx="max", change=None),
       c("120,000 TEU", 120e3, "TEU", per="year", metric="capacity", change=None),
       published=LP_PUB),
    ex("lf8-park-p4-investment",
       "The first phase cost $68 million, financed by the developer, a joint venture of an "
       "Uzbek holding and a Dubai-based logistics group, and by a $30 million loan from a local "
       "bank. Total investment in the park is planned at $175 million.",
       c("$68 million", 68e6, "USD", metric="project cost", kind="actual", change=None),
       c("$30 million", 30e6, "USD", metric="loan", change=None),
       c("$175 million", 175e6, "USD", metric="investment", kind="projection", change=None),
       published=LP_PUB),
    ex("lf8-park-p5-phases",
       "The second phase, due in 2027, will add 70,000 square metres of warehouses and a "
       "customs terminal, and a third phase by 2029 will bring the total to 160,000 square "
       "metres on 110 hectares.",
       c("70,000 square metres", 70e3, "m2", kind="projection", period="2027",
         change="increase"),
       c("160,000 square metres", 160e3, "m2", kind="projection", period="2029",
         change=None),
       c("110 hectares", 110, "ha", kind="projection", change=None),
       published=LP_PUB),
    ex("lf8-park-p6-jobs",
       "About 450 people work at the park now, and the number is to rise to 1,800 when the "
       "park is complete. Average monthly wages are 7.2 million soums, the company said, about "
       "60% above the regional average.",
       c("450 people", 450, "count", approx="approx", metric="job count", kind="actual",
         change=None),
       c("1,800", 1800, "count", metric="job count", kind="projection", change=None),
       c("7.2 million soums", 7.2e6, "UZS", metric="wage", change=None),
       # "X% above" a level is a change, as the house reads "25% above the budget"
       c("60%", 60, "%", approx="approx", change="increase"),
       published=LP_PUB),
    ex("lf8-park-p7-tenants",
       "Anchor tenants have already taken 85% of the space, including an online retailer that "
       "leased 18,000 square metres for five years at $6.8 per square metre a month.",
       c("85%", 85, "%", change=None),
       c("18,000 square metres", 18e3, "m2", change=None),
       c("five years", 5, "year", change=None),
       c("$6.8", 6.8, "USD", per="m2", change=None),
       published=LP_PUB),
    ex("lf8-park-p8-trucks",
       "The park can handle up to 600 trucks a day and has parking for 220 trucks. It is 14 km "
       "from Tashkent's ring road and 9 km from the Keles border crossing with Kazakhstan.",
       c("600 trucks", 600, "count", approx="max", per="day", metric="capacity",
         change=None),
       c("220 trucks", 220, "count", change=None),
       c("14 km", 14, "km", change=None),
       c("9 km", 9, "km", change=None),
       published=LP_PUB),
    ex("lf8-park-p9-target",
       "The developer expects to handle 1.2 million tonnes of cargo in the first full year of "
       "operation, rising to 3 million tonnes a year after phase two.",
       c("1.2 million tonnes", 1.2e6, "t", kind="projection", change=None),
       c("3 million tonnes", 3e6, "t", per="year", kind="projection", change=None),
       published=LP_PUB),
    ex("lf8-park-p10-neg-address",
       "Address: 1 Sanoat street, Zangiata district, Tashkent region 111800. Leasing "
       "enquiries: +998 71 200 45 45, leasing@tlp.uz",
       published=LP_PUB),
    ex("lf8-park-p11-neg-gates",
       "The ribbon was cut by a deputy prime minister; gate 3 and block B-2 will open later in "
       "June.",
       published=LP_PUB),
]

# --- 5. Uzbekistan's fertiliser exports (published 15 Sep 2025) --------------------------
FZ_PUB = "2025-09-15"
AUG8 = "2025-01/2025-08"
FERT: list[Example] = [
    ex("lf8-fert-p1",
       "Uzbek fertiliser exports jump 35% on urea and ammonium nitrate\n\n"
       "Uzbekistan exported 1.46 million tonnes of mineral fertilisers in January-August 2025, "
       "35% more than a year earlier, worth $412 million, according to customs statistics.",
       c("35%", 35, "%", change="increase", metric="fertiliser exports"),
       c("1.46 million tonnes", 1.46e6, "t", metric="fertiliser exports", period=AUG8,
         kind="actual", change=None, entities=[UZ]),
       c("35%", 35, "%", nth=1, change="increase", period=AUG8),
       c("$412 million", 412e6, "USD", metric="fertiliser exports", period=AUG8,
         change=None),
       published=FZ_PUB),
    ex("lf8-fert-p2-products",
       "Nitrogen fertilisers made up the bulk: ammonium nitrate shipments rose to 610,000 "
       "tonnes from 455,000 tonnes, and urea to 380,000 tonnes. Exports of ammonium sulphate "
       "reached 240,000 tonnes, while phosphate fertilisers fell 12% to 150,000 tonnes.",
       c("610,000 tonnes", 610e3, "t", metric="fertiliser exports", change=None),
       c("455,000 tonnes", 455e3, "t", change=None),
       c("380,000 tonnes", 380e3, "t", change=None),
       c("240,000 tonnes", 240e3, "t", change=None),
       c("12%", 12, "%", change="decrease"),
       c("150,000 tonnes", 150e3, "t", change=None),
       published=FZ_PUB),
    ex("lf8-fert-p3-prices",
       "Average export prices were mixed. Urea fetched $335 per tonne FCA at the border, up "
       "from $310 a year earlier, while ammonium nitrate averaged $245 per tonne, down 8%. "
       "Granulated urea in Black Sea ports hovered around $360-375 per tonne in August.",
       c("$335", 335, "USD", per="t", metric="price", change=None),
       c("$310", 310, "USD", per="t", metric="price", change=None),
       c("$245", 245, "USD", per="t", metric="price", change=None),
       c("8%", 8, "%", change="decrease"),
       c("$360-375", 360, "USD", value_high=375, per="t", approx="approx", metric="price",
         period="2025-08", change=None),
       published=FZ_PUB),
    ex("lf8-fert-p4-destinations",
       "Afghanistan was the largest buyer, taking 390,000 tonnes, followed by Turkey with "
       "270,000 tonnes and Kazakhstan with 180,000 tonnes. Shipments to the European Union via "
       "Georgian ports more than doubled to 95,000 tonnes.",
       c("390,000 tonnes", 390e3, "t", change=None, entities=["Afghanistan"]),
       c("270,000 tonnes", 270e3, "t", change=None, entities=["Türkiye"]),
       c("180,000 tonnes", 180e3, "t", change=None, entities=[KZ]),
       c("doubled", 2, "x", approx="min", change="increase", entities=[EU]),
       c("95,000 tonnes", 95e3, "t", change=None, entities=[EU]),
       published=FZ_PUB),
    ex("lf8-fert-p5-new-plant",
       "A new ammonia and urea plant under construction near Kungrad will be able to produce "
       "660,000 tonnes of ammonia and 577,000 tonnes of urea a year. It costs $1.2 billion and "
       "is due to start up in the second half of 2027, adding about 400 jobs.",
       # "able to produce" is a works' output, its production row's (the house reads "can
       # produce" so: only "can build", "can manufacture" are capacity); expectation
       # corrected from metric="capacity"
       c("660,000 tonnes", 660e3, "t", per="year", metric="production", kind="projection",
         change=None),
       c("577,000 tonnes", 577e3, "t", per="year", kind="projection", change=None),
       c("$1.2 billion", 1.2e9, "USD", metric="project cost", change=None),
       c("400 jobs", 400, "count", approx="approx", metric="job count", kind="projection",
         change=None),
       published=FZ_PUB),
    ex("lf8-fert-p6-rail",
       "Most of the fertiliser moves by rail: 46,000 wagons were loaded in the eight months, "
       "and the railway cut its tariff for fertiliser exports through Turkmenistan by 15% in "
       "March.",
       c("46,000 wagons", 46e3, "count", period=AUG8, change=None),
       c("15%", 15, "%", change="decrease", period="2025-03", kind="actual"),
       published=FZ_PUB),
    ex("lf8-fert-p7-domestic",
       "Producers must first supply domestic farms, which bought 1.1 million tonnes in the "
       "spring sowing campaign at a regulated price of 2.9 million soums per tonne, about 30% "
       "below export parity.",
       c("1.1 million tonnes", 1.1e6, "t", change=None),
       c("2.9 million soums", 2.9e6, "UZS", per="t", metric="price", change=None),
       # "X% below" a level is a change, as the house reads "42% below its level"
       c("30%", 30, "%", approx="approx", change="decrease"),
       published=FZ_PUB),
    ex("lf8-fert-p8-forecast",
       "The industry association expects full-year exports of 2.1-2.3 million tonnes and "
       "export revenue of more than $600 million, if gas supply to the plants is not cut in "
       "winter, as it was for 18 days in January.",
       c("2.1-2.3 million tonnes", 2.1e6, "t", value_high=2.3e6, kind="projection",
         period="2025", change=None),
       c("$600 million", 600e6, "USD", approx="min", kind="projection", change=None,
         period="2025"),
       c("18 days", 18, "day", period="2025-01", kind="actual", change=None),
       published=FZ_PUB),
    ex("lf8-fert-p9-output",
       "Output of mineral fertilisers in nutrient terms rose 6.4% to 1.38 million tonnes, with "
       "Navoiyazot, Maxam-Chirchiq and Ferganaazot producing about 90% of the total.",
       c("6.4%", 6.4, "%", change="increase"),
       c("1.38 million tonnes", 1.38e6, "t", change=None),
       c("90%", 90, "%", approx="approx", change=None),
       published=FZ_PUB),
    ex("lf8-fert-p10-neg-codes",
       "HS codes: 3102 (nitrogen fertilisers), 3103 (phosphate), 3105 (mixed). Source: "
       "Customs Committee of Uzbekistan, data as of 10.09.2025.",
       published=FZ_PUB),
    ex("lf8-fert-p11-neg-related",
       "Related: KazAzot restarts ammonia unit No. 2 after repairs | Photo: Navoiyazot press "
       "office",
       published=FZ_PUB),
]

EXAMPLES: list[Example] = [*OUTLOOK, *QUEUE, *OIL, *PARK, *FERT]

KNOWN_GAPS: dict[str, str] = {
    "lf8-reo-p3-downgrades": "elliptic \"and Azerbaijan's to 2.7%\" and \"Tajikistan 7.5% and "
                             "6.5%\" lose the projection their verbs (\"is projected\", \"is "
                             "expected\") give",
    "lf8-queue-p6-new-section": "\"The $24 million expansion also adds 12 inspection "
                                "booths, up from five\" after a sentence on an opening to come "
                                "is read as done, and \"adds\" as a change despite \"up "
                                "from\"",
    "lf8-oil-p2-tonnes": "\"CPC\" alone is no entity (in news from China it is the Party), "
                         "so the tonnes \"CPC shipped ... from its terminal near "
                         "Novorossiysk\" are the port's cargo volume, not oil exports",
    "lf8-park-p6-jobs": "\"the number is to rise to 1,800\": a bare level of the people "
                        "counted before (\"the number\" with no \"of\") is not read",
    "lf8-park-p9-target": "\"3 million tonnes a year after phase two\" reads \"a year "
                          "after\" as a time (defensible: the text is ambiguous)",
}
