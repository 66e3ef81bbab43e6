"""Held-out paragraphs of whole news articles, a third round, written after the parser.

Six more articles of genres the first two rounds (`own_heldout_longform`,
`own_heldout_longform2`) did not cover, written in our own words and cut into paragraphs, one
example a paragraph (its id `lf3-GENRE-pN`), so that what a paragraph's sentences lend each
other (a headline over its lead, a month named once, a company named in one sentence and meant
in the next) is tested as an analyst reads it: a state-media feature on China-Europe trains
through Khorgos (milestones, cumulative totals since the launch in 2011); a Georgian ministry's
statement after a trilateral meeting (targets, through tariffs, discounts); an EU Global
Gateway and EBRD financing announcement (grants against loans, co-financing, shares, line
lengths and timelines); a railway's monthly operations digest (wagon turnaround, speeds, empty
runs, on-time shares, month on month and year on year); a rating agency's outlook note on
Kazakhstan's economy (growth, inflation, base rate, current account and remittances as shares
of GDP, forecasts for two years); and a Caspian shipping line's service and tariff notice
(rotation, transit days, rates and surcharges per TEU and FEU, bunker adjustment, free days).
About a fifth are paragraphs without a claim: credits and editors' lines, protocol and notice
numbers, addresses and phone numbers, tables' titles, train numbers, ratings and ISINs.
Every expectation was written from reading the text, before the parser was run on it.
"""

from __future__ import annotations

from . import EU, TITR, Example, c, ex

KZ = "Kazakhstan"
AZ = "Azerbaijan"
UZ = "Uzbekistan"
GE = "Georgia"
KG = "Kyrgyzstan"
ADY = "Azerbaijan Railways"
KTZ = "Kazakhstan Temir Zholy"
KHORGOS = "Khorgos dry port"
BAKU = "Port of Baku"
FT40 = "40ft container"
FT20 = "20ft container"

# --- 1. A state-media feature on China-Europe trains via Khorgos (published 2 Dec 2025) ---
KH_PUB = "2025-12-02"
KHORGOS_FEATURE: list[Example] = [
    ex("lf3-kh-p1",
       "China-Europe trains through Khorgos pass 10,000 for the year\n\n"
       "URUMQI, Dec. 2 (Xinhua) -- The number of China-Europe freight trains passing through "
       "the Khorgos port in northwest China's Xinjiang Uygur Autonomous Region this year "
       "exceeded 10,000 on Monday, a record for the port, local customs said.",
       c("10,000", 10000, "count", item="train", change=None, entities=[KHORGOS],
         period="2025"),
       # "freight trains" are the house's "freight train" (COUNT_NOUNS)
       c("10,000", 10000, "count", nth=1, item="freight train", approx="min", kind="actual",
         period="2025", metric="train count", change=None, entities=[KHORGOS]),
       published=KH_PUB),
    ex("lf3-kh-p2-cumulative",
       "Since the China-Europe freight train service was launched in 2011, more than 56,000 "
       "trains have passed through Khorgos, carrying about 5.3 million TEUs of goods worth "
       "over 480 billion yuan, according to the customs.",
       c("56,000 trains", 56000, "count", item="train", approx="min", kind="actual",
         change=None, entities=[KHORGOS]),
       c("5.3 million TEUs", 5.3e6, "TEU", approx="approx", kind="actual", change=None),
       c("480 billion yuan", 480e9, "CNY", approx="min", kind="actual", change=None),
       published=KH_PUB),
    ex("lf3-kh-p3-milestones",
       "The port handled its first 1,000 trains in 2016. Annual traffic passed 5,000 trains in "
       "2019 and topped 7,000 for the first time in 2022. Meanwhile the time needed to clear a "
       "train has been cut from 10 hours to less than 4 hours.",
       c("1,000 trains", 1000, "count", item="train", period="2016", change=None),
       c("5,000 trains", 5000, "count", item="train", period="2019", per="year", change=None),
       c("7,000", 7000, "count", period="2022", change=None),
       c("10 hours", 10, "hour", metric="clearance time", change=None),
       c("4 hours", 4, "hour", approx="max", metric="clearance time", change=None,
         period=None),
       published=KH_PUB),
    ex("lf3-kh-p4-routes",
       "Trains through Khorgos now serve 18 countries and more than 45 cities in Europe and "
       "Central Asia over 72 routes. About 15 percent of this year's trains took the southern "
       "route across the Caspian Sea via Aktau and Baku, up from 3 percent in 2022.",
       # the number of countries served is no figure the house reports (own_heldout_cerail)
       c("45 cities", 45, "count", item="city", approx="min", change=None),
       c("72 routes", 72, "count", item="route", change=None),
       c("15 percent", 15, "%", approx="approx", period="2025", change=None),
       c("3 percent", 3, "%", period="2022", change=None),
       published=KH_PUB),
    ex("lf3-kh-p5-goods",
       "The cargo mix has changed too. Electric vehicles, solar panels and lithium batteries "
       "made up 38 percent of outbound goods in the first ten months, compared with less than "
       "10 percent five years ago. Return trains brought in 1.2 million tonnes of grain, "
       "cotton yarn and wood products, up 16.4 percent year on year.",
       c("38 percent", 38, "%", period="2025-01/2025-10", kind="actual", change=None),
       c("10 percent", 10, "%", approx="max", change=None),
       c("1.2 million tonnes", 1.2e6, "t", kind="actual", change=None),
       c("16.4 percent", 16.4, "%", change="increase", kind="actual"),
       published=KH_PUB),
    ex("lf3-kh-p6-capacity",
       "To keep up with the growth, the station's yard was expanded in 2024 with six "
       "additional tracks, raising its daily handling capacity to 32 trains from 22. A "
       "transshipment area of 240,000 square meters was completed in June, and gantry cranes "
       "can now move a train's containers between gauges in about 45 minutes.",
       c("six additional tracks", 6, "count", period="2024", change=None),
       c("32 trains", 32, "count", item="train", per="day", metric="capacity", change=None),
       c("22", 22, "count", change=None),
       c("240,000 square meters", 240000, "m2", change=None),
       c("45 minutes", 45, "min", approx="approx", change=None),
       published=KH_PUB),
    ex("lf3-kh-p7-neg-quote",
       "\"Ten years ago, a train could wait here for a whole day,\" said Wang Lei, a dispatcher "
       "who has worked at the station since 2013. \"Now the longest part is the paperwork.\"",
       published=KH_PUB),
    ex("lf3-kh-p8-neg-credits",
       "(Reporting by Li Ming and Zhang Yu; editing by Chen Hua) | Xinhua | 2025-12-02 "
       "10:14:36 | Editor: Liu Jing",
       published=KH_PUB),
]

# --- 2. A Georgian ministry statement after a trilateral meeting (published 8 Oct 2025) ----
TRI_PUB = "2025-10-08"
TRILATERAL: list[Example] = [
    ex("lf3-tri-p1",
       "Georgia, Azerbaijan and Kazakhstan agree through tariff and 10 million tonne target\n\n"
       "The Ministry of Economy and Sustainable Development of Georgia reports that the "
       "transport ministers of Georgia, Azerbaijan and Kazakhstan, meeting in Tbilisi on 7 "
       "October, agreed to raise cargo on the Middle Corridor to 10 million tonnes a year by "
       "2030 and to introduce a through tariff for container trains from 1 January 2026.",
       c("10 million tonne", 10e6, "t", kind="projection", change=None),
       c("10 million tonnes", 10e6, "t", per="year", kind="projection", period="2030",
         change=None, entities=[TITR]),
       published=TRI_PUB),
    ex("lf3-tri-p2-through-rate",
       "Under the agreement, the through rate for a 40-foot container travelling from Dostyk "
       "on the Kazakh-Chinese border to the Georgian ports of Poti and Batumi will be set at "
       "$2,950, including the ferry crossing, and at $1,750 for a 20-foot container. The "
       "parties also agreed a 20% discount on transit tariffs for empty containers returning "
       "east.",
       c("$2,950", 2950, "USD", per=FT40, metric="freight rate", kind="projection",
         change=None),
       c("$1,750", 1750, "USD", per=FT20, metric="freight rate", kind="projection",
         change=None),
       c("20%", 20, "%", change="decrease", metric="freight rate"),
       published=TRI_PUB),
    ex("lf3-tri-p3-grain",
       "Grain shipments, which the ministers called a priority, will get a 30% discount on the "
       "base tariff on all three networks for consignments of more than 2,000 tonnes, while "
       "ferry rates between Kuryk and Alat will be cut by 15% for trains booked through the "
       "corridor's single operator. The measures will be reviewed after 12 months.",
       c("30%", 30, "%", change="decrease", metric="freight rate"),
       c("2,000 tonnes", 2000, "t", approx="min", change=None),
       c("15%", 15, "%", change="decrease", metric="freight rate", kind="projection"),
       c("12 months", 12, "month", change=None),
       published=TRI_PUB),
    ex("lf3-tri-p4-volumes",
       "The ministers noted that cargo on the route rose 62% in 2024 to 4.5 million tonnes and "
       "reached 3.4 million tonnes in the first eight months of this year, 11% more than a "
       "year earlier. Container traffic stood at 56,500 TEU in January-August.",
       c("62%", 62, "%", change="increase", period="2024", kind="actual"),
       c("4.5 million tonnes", 4.5e6, "t", period="2024", kind="actual", change=None),
       c("3.4 million tonnes", 3.4e6, "t", period="2025-01/2025-08", kind="actual",
         change=None),
       c("11%", 11, "%", change="increase", period="2025-01/2025-08"),
       c("56,500 TEU", 56500, "TEU", period="2025-01/2025-08", kind="actual", change=None),
       published=TRI_PUB),
    ex("lf3-tri-p5-targets",
       "To bring transit time from China to the Black Sea down to 15 days, the parties set a "
       "target of no more than 24 hours for a train to cross each border and of 72 hours for "
       "ferry waiting at Caspian ports. Georgian Railway will finish upgrading its main line, "
       "which raises its capacity to 48 million tonnes a year, by the end of 2025.",
       c("15 days", 15, "day", metric="transit time", kind="projection", change=None),
       c("24 hours", 24, "hour", approx="max", kind="projection", change=None),
       c("72 hours", 72, "hour", metric="waiting time", kind="projection", change=None),
       c("48 million tonnes", 48e6, "t", per="year", metric="capacity", kind="projection",
         change=None, entities=["Georgian Railway"]),
       published=TRI_PUB),
    ex("lf3-tri-p6-capacity",
       "Azerbaijan said the Port of Baku at Alat would expand its container capacity to "
       "500,000 TEU a year by 2027 from 230,000 TEU now. Kazakhstan confirmed plans to buy "
       "1,500 flat wagons for the corridor in 2026.",
       c("500,000 TEU", 500e3, "TEU", per="year", metric="capacity", kind="projection",
         period="2027", change=None, entities=[BAKU]),
       c("230,000 TEU", 230e3, "TEU", metric="capacity", change=None),
       c("1,500 flat wagons", 1500, "count", kind="projection", period="2026", change=None,
         entities=[KZ]),
       published=TRI_PUB),
    ex("lf3-tri-p7-neg-next",
       "The next meeting of the trilateral working group will be held in Astana in the first "
       "quarter of 2026. The protocol (No. 3/2025) was signed by the heads of the three "
       "delegations.",
       published=TRI_PUB),
    ex("lf3-tri-p8-neg-contacts",
       "Press Office of the Ministry of Economy and Sustainable Development of Georgia | 12 "
       "Chanturia Street, Tbilisi 0108 | Tel: +995 32 299 11 11 | 08.10.2025",
       published=TRI_PUB),
]

# --- 3. An EU Global Gateway and EBRD financing announcement (published 5 Nov 2025) -------
GG_PUB = "2025-11-05"
GATEWAY: list[Example] = [
    ex("lf3-gg-p1",
       "EU and EBRD commit EUR 1.4 billion to Central Asian transport links\n\n"
       "BRUSSELS/LONDON, 5 November - The European Union and the European Bank for "
       "Reconstruction and Development (EBRD) on Wednesday announced a EUR 1.4 billion package "
       "under the Global Gateway strategy to upgrade rail lines, ports and border crossings "
       "along the Middle Corridor in Kazakhstan, Uzbekistan and Kyrgyzstan.",
       c("EUR 1.4 billion", 1.4e9, "EUR", metric="investment", change=None,
         entities=[EU, "EBRD"]),
       c("EUR 1.4 billion", 1.4e9, "EUR", nth=1, metric="investment", topic="investment",
         change=None, entities=[EU, "EBRD"]),
       published=GG_PUB),
    ex("lf3-gg-p2-split",
       "The package combines EUR 320 million in EU grants with EUR 850 million in EBRD loans. "
       "The remaining EUR 230 million will come from the three governments and from "
       "co-financing by the Asian Development Bank. Grants thus account for about 23% of the "
       "total.",
       c("EUR 320 million", 320e6, "EUR", metric="grants", change=None, entities=[EU]),
       c("EUR 850 million", 850e6, "EUR", metric="loan", change=None, entities=["EBRD"]),
       # co-financing is lent in the house's vocabulary ("will co-finance ... with EUR 2.5 bn")
       c("EUR 230 million", 230e6, "EUR", metric="loan", change=None),
       c("23%", 23, "%", approx="approx", change=None),
       published=GG_PUB),
    ex("lf3-gg-p3-kazakhstan",
       "The largest single item is a EUR 480 million loan to Kazakhstan Temir Zholy for a "
       "second track on 386 km of line between Beyneu and the Caspian port of Kuryk, which is "
       "expected to lift the section's capacity from 12 to 35 pairs of trains a day. Work is "
       "to start in mid-2026 and take four years.",
       c("EUR 480 million", 480e6, "EUR", metric="loan", change=None, entities=[KTZ]),
       c("386 km", 386, "km", change=None),
       c("12", 12, "count", metric="capacity", change=None),
       c("35 pairs of trains", 35, "count", per="day", metric="capacity", kind="projection",
         change=None),
       c("four years", 4, "year", kind="projection", change=None),
       published=GG_PUB),
    ex("lf3-gg-p4-uzbekistan",
       "In Uzbekistan, EUR 210 million, including a EUR 60 million grant, will pay for the "
       "electrification of 340 km of railway between Bukhara and Miskin and for digital "
       "signalling. The project should cut freight transit times on the section by 30% and "
       "emissions by about 90,000 tonnes of CO2 a year.",
       c("EUR 210 million", 210e6, "EUR", change=None, entities=[UZ]),
       c("EUR 60 million", 60e6, "EUR", metric="grants", change=None),
       c("340 km", 340, "km", change=None),
       c("30%", 30, "%", change="decrease", metric="transit time", kind="projection"),
       c("90,000 tonnes", 90e3, "t", approx="approx", per="year", change="decrease",
         metric="emissions", kind="projection"),
       published=GG_PUB),
    ex("lf3-gg-p5-kyrgyzstan",
       "Kyrgyzstan will receive EUR 95 million, split equally between grants and loans, to "
       "rebuild the Torugart border crossing with China and 48 km of access road. Border "
       "processing there is expected to fall from an average of 18 hours to 4 hours once the "
       "works are completed in 2028.",
       c("EUR 95 million", 95e6, "EUR", change=None, entities=[KG]),
       c("48 km", 48, "km", change=None),
       c("18 hours", 18, "hour", change=None),  # "an average of" is no hedge (longform2)
       c("4 hours", 4, "hour", kind="projection", period="2028", change=None),
       published=GG_PUB),
    ex("lf3-gg-p6-cumulative",
       "The EBRD said the package makes it the largest investor in Central Asian transport, "
       "with a cumulative EUR 4.6 billion committed in the region since 2010, about 40% of it "
       "in rail. The EU's Global Gateway has committed EUR 10 billion to the region's "
       "transport links.",
       c("EUR 4.6 billion", 4.6e9, "EUR", metric="investment", kind="actual", change=None,
         entities=["EBRD"]),
       c("40%", 40, "%", approx="approx", change=None),
       c("EUR 10 billion", 10e9, "EUR", metric="investment", change=None, entities=[EU]),
       published=GG_PUB),
    ex("lf3-gg-p7-timeline",
       "Tenders for the Kyrgyz section open in the second quarter of 2026. The Kazakh works "
       "are split into three lots of roughly 130 km each, the first due for completion in "
       "2028 and the last in 2030.",
       c("three lots", 3, "count", kind="projection", change=None),
       c("130 km", 130, "km", approx="approx", change=None),
       published=GG_PUB),
    ex("lf3-gg-p8-neg-quote",
       "\"Central Asia is no longer at the end of the line; it is at the centre of it,\" the "
       "EU's commissioner for international partnerships told a press conference in Brussels.",
       published=GG_PUB),
    ex("lf3-gg-p9-neg-notes",
       "Notes to editors: project IDs 54213 and 54877 (disclosed 14.10.2025). Media contact: "
       "+44 20 7338 7000, press office, One Exchange Square, London EC2A 2JN.",
       published=GG_PUB),
]

# --- 4. A railway's monthly operations digest for October (published 12 Nov 2025) ---------
OPS_PUB = "2025-11-12"
OCT = "2025-10"
OPS: list[Example] = [
    ex("lf3-ops-p1",
       "ADY freight in October: turnaround down, speeds up\n\n"
       "Azerbaijan Railways (ADY) carried 1.42 million tonnes of freight in October, 3.8% more "
       "than in September and 9.6% more than in October 2024, according to the company's "
       "monthly operations digest. Transit cargo rose 21% year on year to 412,000 tonnes.",
       c("1.42 million tonnes", 1.42e6, "t", period=OCT, kind="actual", change=None,
         metric="cargo volume", entities=[ADY]),
       c("3.8%", 3.8, "%", change="increase", period=OCT),
       c("9.6%", 9.6, "%", change="increase", period=OCT),
       c("21%", 21, "%", change="increase", period=OCT, metric="transit cargo volume"),
       c("412,000 tonnes", 412e3, "t", period=OCT, metric="transit cargo volume",
         change=None),
       published=OPS_PUB),
    ex("lf3-ops-p2-containers",
       "Container traffic reached 8,950 TEU, of which 5,120 TEU moved on Middle Corridor "
       "trains between the Port of Baku and the Georgian border at Boyuk Kesik. The company "
       "ran 46 container block trains during the month, against 38 in September.",
       # "during the month": the paragraph alone names no month (October is the lead's)
       c("8,950 TEU", 8950, "TEU", kind="actual", change=None),
       c("5,120 TEU", 5120, "TEU", change=None),
       c("46 container block trains", 46, "count", change=None),
       c("38", 38, "count", period="2025-09", change=None),
       published=OPS_PUB),
    ex("lf3-ops-p3-turnaround",
       "Wagon turnaround, the time a wagon takes to complete a loaded trip and return, "
       "averaged 7.8 days in October, down from 8.4 days in September and 9.1 days a year "
       "earlier. The digest credits faster loading at Alat, where the average time a wagon "
       "spends under cargo operations fell to 14.6 hours.",
       c("7.8 days", 7.8, "day", period=OCT, change=None),
       c("8.4 days", 8.4, "day", period="2025-09", change=None),
       c("9.1 days", 9.1, "day", period="2024-10", change=None),
       c("14.6 hours", 14.6, "hour", change=None, entities=[BAKU]),
       published=OPS_PUB),
    ex("lf3-ops-p4-speed",
       "Average freight train speed, including stops, rose to 31.5 km/h from 29.2 km/h in "
       "September. Section speed on the Baku-Boyuk Kesik main line was 46 km/h, and container "
       "trains crossed the country in an average of 19 hours.",
       # the house reads "km/h" as km per hour; the paragraph alone names no October
       c("31.5 km/h", 31.5, "km", per="hour", metric="speed", change=None),
       c("29.2 km/h", 29.2, "km", per="hour", metric="speed", period="2025-09", change=None),
       c("46 km/h", 46, "km", per="hour", metric="speed", change=None),
       c("19 hours", 19, "hour", metric="transit time", change=None),
       published=OPS_PUB),
    ex("lf3-ops-p5-empty-ontime",
       "The share of empty runs in total wagon-kilometres fell to 32.4%, 1.7 percentage points "
       "less than a month earlier, as more wagons were loaded with Kazakh grain and Turkish "
       "building materials. On-time departures of scheduled freight trains improved to 88% "
       "from 83% in September and 79% in October last year.",
       # the paragraph alone names no October for the month's own figures
       c("32.4%", 32.4, "%", change=None),
       c("1.7 percentage points", 1.7, "pp", change="decrease"),
       c("88%", 88, "%", change=None),
       c("83%", 83, "%", period="2025-09", change=None),
       c("79%", 79, "%", period="2024-10", change=None),
       published=OPS_PUB),
    ex("lf3-ops-p6-fleet",
       "Locomotive availability stood at 84%. The number of wagons in daily operation "
       "averaged 11,300, 2% fewer than in September, while 640 idle wagons were returned to "
       "their owners.",
       c("84%", 84, "%", change=None),
       c("11,300", 11300, "count", change=None),
       c("2%", 2, "%", change="decrease"),
       c("640 idle wagons", 640, "count", change=None),
       published=OPS_PUB),
    ex("lf3-ops-p7-revenue",
       "Freight revenue in October was 52.6 million manat, up 12% year on year. In "
       "January-October the company carried 13.8 million tonnes, 4.1% more than in the same "
       "period of 2024.",
       c("52.6 million manat", 52.6e6, "AZN", metric="revenue", period=OCT, change=None),
       c("12%", 12, "%", change="increase", metric="revenue", period=OCT),
       c("13.8 million tonnes", 13.8e6, "t", period="2025-01/2025-10", kind="actual",
         change=None),
       c("4.1%", 4.1, "%", change="increase", period="2025-01/2025-10"),
       published=OPS_PUB),
    ex("lf3-ops-p8-neg-table",
       "Table 3. Key indicators, October 2025 (p. 4). Source: ADY Department of Operations, "
       "form 12-ZhD. Next digest: 10 December.",
       published=OPS_PUB),
    ex("lf3-ops-p9-neg-train-numbers",
       "Trains 8201/8202 (Baku-Tbilisi) and the KZ-AZ shuttle 7715 keep their timetables for "
       "the winter period from 14 December.",
       published=OPS_PUB),
]

# --- 5. A rating agency's outlook note on Kazakhstan (published 18 September 2025) --------
EC_PUB = "2025-09-18"
OUTLOOK: list[Example] = [
    ex("lf3-ec-p1",
       "Kazakhstan outlook: growth to ease to 4.6% in 2026 as oil output plateaus\n\n"
       "Eurasia Credit Analytics expects Kazakhstan's real GDP to grow 5.9% in 2025, the "
       "fastest pace in over a decade, before slowing to 4.6% in 2026, according to its "
       "latest country outlook. The agency affirmed the sovereign's BBB rating with a stable "
       "outlook.",
       c("4.6%", 4.6, "%", metric="gdp", kind="projection", period="2026"),
       c("5.9%", 5.9, "%", change="increase", metric="gdp", kind="projection", period="2025",
         entities=[KZ]),
       c("4.6%", 4.6, "%", nth=1, metric="gdp", kind="projection", period="2026"),
       published=EC_PUB),
    ex("lf3-ec-p2-drivers",
       "Growth this year is driven by the expansion of the Tengiz oilfield, which is expected "
       "to lift oil output by about 8% to 100 million tonnes, and by construction and "
       "transport, which grew 14.2% and 8.7% respectively in the first half. Non-oil GDP is "
       "seen rising 5.2% in 2025 and 5.0% in 2026.",
       c("8%", 8, "%", approx="approx", change="increase", metric="oil production",
         kind="projection"),
       c("100 million tonnes", 100e6, "t", metric="oil production", kind="projection",
         change=None),
       c("14.2%", 14.2, "%", change="increase", period="2025-01/2025-06", kind="actual"),
       c("8.7%", 8.7, "%", change="increase", period="2025-01/2025-06", kind="actual"),
       c("5.2%", 5.2, "%", change="increase", metric="gdp", kind="projection",
         period="2025"),
       c("5.0%", 5.0, "%", change="increase", metric="gdp", kind="projection",
         period="2026"),
       published=EC_PUB),
    ex("lf3-ec-p3-inflation",
       "Inflation remains the main concern. Consumer prices rose 12.2% year on year in August, "
       "well above the central bank's 5% target, pushed up by higher utility tariffs and a "
       "weaker tenge. The agency expects inflation to average 11.5% in 2025 and to ease to "
       "8.5% in 2026.",
       c("12.2%", 12.2, "%", metric="inflation", kind="actual", period="2025-08"),
       c("5%", 5, "%", metric="inflation", change=None),
       c("11.5%", 11.5, "%", metric="inflation", kind="projection", period="2025",
         change=None),
       c("8.5%", 8.5, "%", metric="inflation", kind="projection", period="2026",
         change=None),
       published=EC_PUB),
    ex("lf3-ec-p4-base-rate",
       "The National Bank of Kazakhstan raised its base rate by 100 basis points to 16.5% in "
       "March and has kept it there since. The agency sees a first cut only in mid-2026 and "
       "expects the rate to stand at 14% at the end of that year.",
       # the house reads basis points as percentage points (own_heldout_armenia)
       c("100 basis points", 1, "pp", change="increase", metric="policy rate",
         period="2025-03", kind="actual"),
       c("16.5%", 16.5, "%", metric="policy rate", period="2025-03", change=None),
       c("14%", 14, "%", metric="policy rate", kind="projection", period="2026",
         change=None),
       published=EC_PUB),
    ex("lf3-ec-p5-current-account",
       "The current account deficit is projected to widen to 3.4% of GDP this year from 1.3% "
       "in 2024, as lower oil prices cut export earnings and imports of machinery for large "
       "projects stay high. It should narrow to 2.8% of GDP in 2026.",
       c("3.4%", 3.4, "%", metric="current account", kind="projection", period="2025",
         change=None),
       c("1.3%", 1.3, "%", metric="current account", kind="actual", period="2024",
         change=None),
       c("2.8%", 2.8, "%", metric="current account", kind="projection", period="2026",
         change=None),
       published=EC_PUB),
    ex("lf3-ec-p6-remittances",
       "Remittances matter less than in Kazakhstan's southern neighbours. Inflows of personal "
       "transfers were about $1.1 billion in 2024, less than 0.5% of GDP, compared with "
       "roughly 14% of GDP in Uzbekistan and 24% in Kyrgyzstan.",
       c("$1.1 billion", 1.1e9, "USD", approx="approx", metric="remittances", period="2024",
         change=None),
       c("0.5%", 0.5, "%", approx="max", change=None),
       c("14%", 14, "%", approx="approx", metric="remittances", change=None,
         entities=[UZ]),
       c("24%", 24, "%", metric="remittances", change=None, entities=[KG]),
       published=EC_PUB),
    ex("lf3-ec-p7-transit-debt",
       "Transit is a bright spot. Revenue from rail transit is expected to reach $1.9 billion "
       "in 2025, up from $1.5 billion last year, and container transit through the country "
       "rose 18% in the first seven months. Public debt stands at 23.4% of GDP, among the "
       "lowest in the rating category.",
       c("$1.9 billion", 1.9e9, "USD", metric="revenue", kind="projection", period="2025",
         change=None),
       c("$1.5 billion", 1.5e9, "USD", metric="revenue", period="2024", change=None),
       c("18%", 18, "%", change="increase", period="2025-01/2025-07", kind="actual"),
       c("23.4%", 23.4, "%", metric="public debt", change=None),
       published=EC_PUB),
    ex("lf3-ec-p8-neg-disclaimer",
       "This note is not a credit rating action. Rating: BBB/Stable (affirmed 12 September "
       "2025); next scheduled review: 6 March 2026. Bond ISIN XS2262211421 is mentioned for "
       "information only.",
       published=EC_PUB),
    ex("lf3-ec-p9-neg-office",
       "Eurasia Credit Analytics, 77 Al-Farabi Avenue, Almaty 050040, 3rd floor. Lead "
       "analyst: Marat Zhunusov, +7 727 355 10 20.",
       published=EC_PUB),
]

# --- 6. A Caspian shipping line's service and tariff notice (published 10 December 2025) --
SH_PUB = "2025-12-10"
NOTICE: list[Example] = [
    ex("lf3-sh-p1",
       "Caspian Feeder Line launches weekly Aktau-Alat container loop\n\n"
       "Caspian Feeder Line (CFL) will start a weekly container service linking Aktau, Kuryk, "
       "Alat and Turkmenbashi, with the first sailing from Aktau on 6 January 2026, the "
       "company said in a customer notice. Two vessels of 450 TEU each will be deployed on "
       "the loop.",
       c("Two vessels", 2, "count", item="vessel", kind="projection", change=None),
       c("450 TEU", 450, "TEU", metric="capacity", change=None),
       published=SH_PUB),
    ex("lf3-sh-p2-rotation",
       "Rotation: Aktau - Kuryk - Alat - Turkmenbashi - Aktau. Transit times are 1 day from "
       "Aktau to Kuryk, 2 days from Kuryk to Alat and 3 days from Alat to Turkmenbashi; the "
       "full round voyage takes 7 days.",
       c("1 day", 1, "day", metric="transit time", change=None),
       c("2 days", 2, "day", metric="transit time", change=None),
       c("3 days", 3, "day", metric="transit time", change=None),
       c("7 days", 7, "day", change=None),
       published=SH_PUB),
    ex("lf3-sh-p3-base-rates",
       "Base ocean freight from Aktau or Kuryk to Alat is set at $650 per TEU and $1,100 per "
       "FEU for dry containers, and $1,450 per FEU for reefers. Rates from Turkmenbashi to "
       "Alat are $550/TEU and $950/FEU.",
       c("$650", 650, "USD", per="TEU", metric="freight rate", change=None),
       c("$1,100", 1100, "USD", per=FT40, metric="freight rate", change=None),
       c("$1,450", 1450, "USD", per=FT40, metric="freight rate", change=None),
       c("$550", 550, "USD", per="TEU", metric="freight rate", change=None),
       c("$950", 950, "USD", per=FT40, metric="freight rate", change=None),
       published=SH_PUB),
    ex("lf3-sh-p4-surcharges",
       "On top of base rates, CFL will charge a bunker adjustment factor (BAF) of $85 per TEU "
       "and $170 per FEU, a terminal handling charge of $120 per container at each end and a "
       "documentation fee of $45 per bill of lading. Dangerous goods carry a surcharge of 50% "
       "of the base rate.",
       c("$85", 85, "USD", per="TEU", metric="freight rate", change=None),
       c("$170", 170, "USD", per=FT40, metric="freight rate", change=None),
       c("$120", 120, "USD", per="container", change=None),
       c("$45", 45, "USD", per="bill of lading", change=None),
       c("50%", 50, "%", change=None),
       published=SH_PUB),
    ex("lf3-sh-p5-validity-baf",
       "The rates are valid from 6 January to 31 March 2026. The BAF will be reviewed monthly "
       "and adjusted by $5 per TEU for every $25 per tonne change in the average price of "
       "VLSFO at Baku, currently $640 per tonne.",
       c("$5", 5, "USD", per="TEU", change=None),
       c("$25", 25, "USD", per="t", change=None),
       c("$640", 640, "USD", per="t", metric="energy price", change=None),
       published=SH_PUB),
    ex("lf3-sh-p6-free-time",
       "Customers get 7 free days of container use at destination; after that, detention is "
       "charged at $15 per TEU a day for days 8 to 14 and $30 a day thereafter.",
       c("7 free days", 7, "day", change=None),
       # two rates in a row: the first names the claim's per (as "$150-200 per truck per day")
       c("$15", 15, "USD", per="TEU", change=None),
       c("$30", 30, "USD", per="day", change=None),
       published=SH_PUB),
    ex("lf3-sh-p7-market",
       "CFL said the loop would add about 40,000 TEU of annual capacity on the Caspian, where "
       "container traffic through the main ports reached 135,000 TEU in January-November, up "
       "35% year on year.",
       # capacity a service adds: an increase, as the house reads "add"
       c("40,000 TEU", 40e3, "TEU", approx="approx", per="year", metric="capacity",
         kind="projection", change="increase"),
       c("135,000 TEU", 135e3, "TEU", period="2025-01/2025-11", kind="actual", change=None),
       c("35%", 35, "%", change="increase", period="2025-01/2025-11"),
       published=SH_PUB),
    ex("lf3-sh-p8-neg-booking",
       "Bookings: booking@cfl-caspian.com, tel. +7 7292 30 45 67. Notice ref. CFL/TN/2025-41; "
       "supersedes CFL/TN/2025-33. All rates in USD, subject to change without notice.",
       published=SH_PUB),
]

EXAMPLES: list[Example] = [*KHORGOS_FEATURE, *TRILATERAL, *GATEWAY, *OPS, *OUTLOOK, *NOTICE]

KNOWN_GAPS: dict[str, str] = {
    "lf3-gg-p6-cumulative":
        "'The EBRD said the package makes it the largest investor ..., with a cumulative EUR "
        "4.6 billion committed': the EBRD is the speaker, whom the house leaves out of what "
        "is said, and 'it' names it again; no pronoun is resolved",
    "lf3-ec-p1":
        "headline 'Kazakhstan outlook: growth to ease to 4.6% in 2026 as oil output "
        "plateaus': the cause clause after 'as' no longer lends its 'oil output' "
        "(`phrase_metrics.in_cause_after`), but a bare 'growth' of a country is read as the "
        "economy's only for a change ('growth of 5%'), not a level it eases to: no metric",
}
