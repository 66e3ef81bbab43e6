"""Held-out paragraphs of whole news articles, a fifth round, written after the parser.

Five more articles of genres the first four rounds (`own_heldout_longform` to
`own_heldout_longform4`) did not cover, written in our own words and cut into paragraphs, one
example a paragraph (its id `lf5-GENRE-pN`), so that what a paragraph's sentences lend each
other is tested as an analyst reads it: a Caspian port authority's annual results (throughput
by segment in tonnes, TEU, ro-ro units and ferry calls, changes in percent and in tonnes, a
plan for the next year); a freight forwarder's weekly market update on China-Europe rail and
sea-rail rates (USD per FEU, ranges, week-on-week changes, spot against contract, transit
days); a development bank's project summary (loan tranches, co-financing, total cost, km of
road, traffic, jobs, a completion date); a report of a parliamentary hearing with a
minister's quotes (targets to 2030, current figures against last year, a figure the minister
corrects himself); and a grain union's end-of-season export review (a July-June marketing
year, tonnes and shares by destination, prices per tonne, a forecast). About a fifth are
paragraphs without a claim: press-release numbers and contacts, notes to editors, rate
validity and quote references, project numbers and loan numbers, bill numbers and photo
credits, table titles and addresses. Every expectation was written from reading the text,
before the parser was run on it.
"""

from __future__ import annotations

from . import TITR, Example, c, ex

KZ = "Kazakhstan"
UZ = "Uzbekistan"
BAKU = "Port of Baku"
FT40 = "40ft container"

# --- 1. A Caspian port authority's annual results (published 15 Jan 2026) ----------------
PB_PUB = "2026-01-15"
PORT: list[Example] = [
    ex("lf5-port-p1",
       "Port of Baku handles record 7.6 million tonnes in 2025\n\n"
       "The Baku International Sea Trade Port handled 7.6 million tonnes of cargo in 2025, up "
       "9.4% on the previous year, the port authority said on Thursday in its annual results.",
       c("7.6 million tonnes", 7.6e6, "t", period="2025", change=None),
       c("7.6 million tonnes", 7.6e6, "t", nth=1, period="2025", kind="actual", change=None,
         entities=[BAKU]),
       c("9.4%", 9.4, "%", change="increase", period="2025"),
       published=PB_PUB),
    ex("lf5-port-p2-bulk",
       "Dry bulk cargo, mainly grain, metals and construction materials, accounted for 3.1 "
       "million tonnes, an increase of 420,000 tonnes or 15.7% year on year. Liquid bulk fell "
       "by 6.2% to 2.4 million tonnes as crude oil shipments from Turkmenistan declined.",
       c("3.1 million tonnes", 3.1e6, "t", metric="cargo volume", change=None),
       c("420,000 tonnes", 420e3, "t", change="increase"),
       c("15.7%", 15.7, "%", change="increase"),
       c("6.2%", 6.2, "%", change="decrease"),
       c("2.4 million tonnes", 2.4e6, "t", change=None),
       published=PB_PUB),
    ex("lf5-port-p3-containers-roro",
       "Container throughput rose 23% to 98,400 TEU, of which transit containers made up "
       "71,200 TEU. The port handled 61,800 ro-ro units, 4.8% fewer than in 2024, while ferry "
       "calls increased to 1,146 from 1,032.",
       c("23%", 23, "%", change="increase"),
       c("98,400 TEU", 98400, "TEU", change=None),
       c("71,200 TEU", 71200, "TEU", change=None),
       c("61,800 ro-ro units", 61800, "count", change=None),
       c("4.8%", 4.8, "%", change="decrease"),
       c("1,146", 1146, "count", change=None),
       c("1,032", 1032, "count", change=None),
       published=PB_PUB),
    ex("lf5-port-p4-wagons-transit",
       "Rail ferries between Alat and the Kazakh and Turkmen ports carried 52,300 wagons, 11% "
       "more than a year earlier. Transit cargo as a whole reached 5.2 million tonnes, or 68% "
       "of total throughput.",
       c("52,300 wagons", 52300, "count", change=None),
       c("11%", 11, "%", change="increase"),
       c("5.2 million tonnes", 5.2e6, "t", metric="transit cargo volume", change=None),
       c("68%", 68, "%", change=None),
       published=PB_PUB),
    ex("lf5-port-p5-passengers",
       "The port also served 74,500 ferry passengers and 12,300 cars on the lines to "
       "Turkmenbashi and Aktau.",
       c("74,500 ferry passengers", 74500, "count", change=None),
       c("12,300 cars", 12300, "count", change=None),
       published=PB_PUB),
    ex("lf5-port-p6-waiting",
       "Average ferry waiting time at the anchorage fell to 1.8 days from 3.5 days in 2024, "
       "and a vessel's average stay in port was cut by 14 hours.",
       c("1.8 days", 1.8, "day", metric="waiting time", change=None),
       c("3.5 days", 3.5, "day", metric="waiting time", period="2024", change=None),
       c("14 hours", 14, "hour", change="decrease", period=None),
       published=PB_PUB),
    ex("lf5-port-p7-finance",
       "Revenue rose to 96.5 million manat ($56.8 million), and net profit to 21.3 million "
       "manat. Capital expenditure totalled 38 million manat, most of it spent on new cranes "
       "and a 12-hectare extension of the container yard.",
       c("96.5 million manat", 96.5e6, "AZN", metric="revenue", change=None),
       c("$56.8 million", 56.8e6, "USD", change=None),
       c("21.3 million manat", 21.3e6, "AZN", change=None),
       c("38 million manat", 38e6, "AZN", metric="capital expenditure", change=None),
       c("12-hectare", 12, "ha", change=None),
       published=PB_PUB),
    ex("lf5-port-p8-plan",
       "For 2026 the port plans to handle 8.5 million tonnes, including 140,000 TEU of "
       "containers, and to complete the first stage of its expansion to 15 million tonnes and "
       "200,000 TEU a year by 2028. Phase two would take capacity to 25 million tonnes and "
       "500,000 TEU.",
       c("8.5 million tonnes", 8.5e6, "t", kind="projection", period="2026", change=None),
       c("140,000 TEU", 140e3, "TEU", kind="projection", period="2026", change=None),
       c("15 million tonnes", 15e6, "t", per="year", kind="projection", period="2028",
         change=None),
       c("200,000 TEU", 200e3, "TEU", per="year", kind="projection", period="2028",
         change=None),
       c("25 million tonnes", 25e6, "t", metric="capacity", kind="projection", change=None),
       c("500,000 TEU", 500e3, "TEU", kind="projection", change=None),
       published=PB_PUB),
    ex("lf5-port-p11-channel-staff",
       "Dredging in 2025 deepened the approach channel to 7.5 metres, allowing vessels of up "
       "to 8,000 deadweight tonnes to call, and the port's workforce grew by 120 to 1,870 "
       "employees.",
       c("7.5 metres", 7.5, "m", metric="depth", change=None),
       c("8,000 deadweight tonnes", 8000, "t", approx="max", change=None),
       c("120", 120, "count", change="increase"),
       c("1,870 employees", 1870, "count", change=None),
       published=PB_PUB),
    ex("lf5-port-p9-neg-release",
       "Press release No. 02/2026 | Baku, 15 January 2026 | Media enquiries: "
       "press@portofbaku.com, +994 12 404 86 00",
       published=PB_PUB),
    ex("lf5-port-p10-neg-notes",
       "Notes to editors: figures for 2025 are preliminary and unaudited. The annual report "
       "will be published in Q2 2026.",
       published=PB_PUB),
]

# --- 2. A freight forwarder's weekly rail market update (published 24 Nov 2025) ----------
FW_PUB = "2025-11-24"
RATES: list[Example] = [
    ex("lf5-rail-p1",
       "China-Europe rail and sea-rail market update, week 48\n\n"
       "Spot rates for China-Europe rail freight softened again this week. A 40ft container "
       "from Chengdu or Xi'an to Malaszewicze now costs USD 4,300-4,700, down USD 200 from "
       "last week, as capacity on the northern route exceeds demand ahead of the year-end.",
       c("USD 4,300-4,700", 4300, "USD", value_high=4700, per=FT40, metric="freight rate",
         change=None),
       c("USD 200", 200, "USD", change="decrease"),
       published=FW_PUB),
    ex("lf5-rail-p2-middle-corridor",
       "Trans-Caspian all-rail rates held steady at USD 6,800-7,400 per FEU to Poti or "
       "Constanta, with transit times of 18 to 24 days. Contract rates for Q1 2026 are being "
       "offered at around USD 6,500, about 5% below current spot.",
       c("USD 6,800-7,400", 6800, "USD", value_high=7400, per=FT40, metric="freight rate",
         change=None),
       c("18 to 24 days", 18, "day", value_high=24, metric="transit time", change=None),
       c("USD 6,500", 6500, "USD", approx="approx", metric="freight rate", change=None),
       c("5%", 5, "%", approx="approx"),
       published=FW_PUB),
    ex("lf5-rail-p3-sea-rail",
       "Sea-rail via Poti: rates from Shanghai to Budapest through the Black Sea are USD 5,900 "
       "per FEU, up 3.5% week on week, with a transit of 28-32 days. The sea-rail product "
       "through Gdansk was quoted at USD 3,950, unchanged.",
       c("USD 5,900", 5900, "USD", per=FT40, metric="freight rate", change=None),
       c("3.5%", 3.5, "%", change="increase"),
       c("28-32 days", 28, "day", value_high=32, metric="transit time", change=None),
       c("USD 3,950", 3950, "USD", metric="freight rate", change=None),
       published=FW_PUB),
    ex("lf5-rail-p4-ocean",
       "For comparison, ocean freight from Shanghai to Rotterdam fell 8% to USD 2,150 per FEU "
       "this week, widening the gap to rail to more than USD 2,000. Rail's advantage remains "
       "speed: 14-16 days door to door against 40-45 days by sea.",
       c("8%", 8, "%", change="decrease"),
       c("USD 2,150", 2150, "USD", per=FT40, metric="freight rate", change=None),
       c("USD 2,000", 2000, "USD", approx="min"),
       c("14-16 days", 14, "day", value_high=16, metric="transit time", change=None),
       c("40-45 days", 40, "day", value_high=45, change=None),
       published=FW_PUB),
    ex("lf5-rail-p5-block-train",
       "A full block train of 41 containers from Xi'an to Duisburg is offered at USD 172,000, "
       "or about USD 4,200 per box, with departures on Tuesdays and Fridays.",
       c("41 containers", 41, "count", item="container", change=None),
       c("USD 172,000", 172e3, "USD", change=None),
       c("USD 4,200", 4200, "USD", approx="approx", per="container", change=None),
       published=FW_PUB),
    ex("lf5-rail-p6-eastbound",
       "Eastbound rates from Germany to China remain depressed at USD 1,800-2,200 per FEU, and "
       "about 30% of westbound boxes return empty. Equipment surcharges on shipper-owned "
       "containers were cut to USD 150 from USD 250.",
       c("USD 1,800-2,200", 1800, "USD", value_high=2200, per=FT40, metric="freight rate",
         change=None),
       c("30%", 30, "%", approx="approx", change=None),
       c("USD 150", 150, "USD", change=None),
       c("USD 250", 250, "USD", change=None),
       published=FW_PUB),
    ex("lf5-rail-p7-borders",
       "Dwell time at Malaszewicze has improved to 2-3 days from 5 days in early November. At "
       "Alashankou, 18 trains a day are crossing into Kazakhstan, against a capacity of 22.",
       c("2-3 days", 2, "day", value_high=3, change=None),
       c("5 days", 5, "day", change=None),
       c("18 trains", 18, "count", item="train", per="day", change=None),
       c("22", 22, "count", metric="capacity", change=None),
       published=FW_PUB),
    ex("lf5-rail-p11-spread",
       "The spread between spot and annual contract rates on the northern route has narrowed "
       "to USD 300 from USD 900 in the summer. About 65% of our rail volumes now move under "
       "contract.",
       # "annual contract rates": contracts for a year, no money a year
       c("USD 300", 300, "USD", per=None, metric="freight rate", change=None),
       c("USD 900", 900, "USD", per=None, metric="freight rate", change=None),
       c("65%", 65, "%", approx="approx", change=None),
       published=FW_PUB),
    ex("lf5-rail-p8-outlook",
       "Outlook: we expect rail spot rates to fall a further USD 100-300 per FEU by "
       "mid-December, before a rebound ahead of the Chinese New Year on 17 February.",
       c("USD 100-300", 100, "USD", value_high=300, per=FT40, change="decrease",
         kind="projection"),
       published=FW_PUB),
    ex("lf5-rail-p9-neg-validity",
       "All rates are indicative, in USD, per 40ft HC, all-in, excluding customs clearance and "
       "last-mile delivery. Valid until 30.11.2025. Quote ref. RFU-48/2025.",
       published=FW_PUB),
    ex("lf5-rail-p10-neg-contact",
       "Contact your sales representative or write to rail@silkwayforwarding.com | Tel. +49 "
       "40 3208 5570 | Hamburg - Almaty - Chengdu",
       published=FW_PUB),
]

# --- 3. A development bank's project summary (published 30 Sep 2025) ---------------------
DB_PUB = "2025-09-30"
PROJECT: list[Example] = [
    ex("lf5-adb-p1-neg-header",
       "Project Data Sheet: CAREC Corridor 2 (Kyzylorda-Aktobe) Road Rehabilitation Project\n\n"
       "Project number: 54213-002 | Country: Kazakhstan | Sector: Transport / Road transport | "
       "Status: Approved",
       published=DB_PUB),
    ex("lf5-adb-p2-loan",
       "The Asian Development Bank (ADB) approved a loan of $420 million in two tranches to "
       "rehabilitate 384 km of the Kyzylorda-Aktobe road, a section of CAREC Corridor 2 that "
       "links southern Kazakhstan with the Caspian ports and Russia.",
       c("$420 million", 420e6, "USD", metric="loan", change=None),
       c("384 km", 384, "km", change=None),
       published=DB_PUB),
    ex("lf5-adb-p3-tranches",
       "The first tranche of $250 million will be disbursed in 2025-2026 and the second, of "
       "$170 million, from 2027, subject to procurement conditions. The Asian Infrastructure "
       "Investment Bank is co-financing $150 million, and the government will contribute $118 "
       "million from the budget.",
       c("$250 million", 250e6, "USD", kind="projection", change=None),
       c("$170 million", 170e6, "USD", kind="projection", change=None),
       c("$150 million", 150e6, "USD", change=None),
       c("$118 million", 118e6, "USD", kind="projection", change=None),
       published=DB_PUB),
    ex("lf5-adb-p4-cost",
       "The total project cost is estimated at $688 million. The road will be rebuilt to "
       "category I standard over 212 km and to category II over the remaining 172 km, raising "
       "the design speed to 120 km/h from 80 km/h.",
       c("$688 million", 688e6, "USD", metric="project cost", change=None),
       c("212 km", 212, "km", change=None),
       c("172 km", 172, "km", change=None),
       c("120 km/h", 120, "km", per="hour", metric="speed", change=None),
       c("80 km/h", 80, "km", per="hour", metric="speed", change=None),
       published=DB_PUB),
    ex("lf5-adb-p5-outcomes",
       "ADB expects the project to cut travel time between the two cities from 9 hours to 5.5 "
       "hours and to lower vehicle operating costs by 18%. Traffic on the road, now averaging "
       "6,500 vehicles a day, is forecast to reach 11,000 vehicles a day by 2035.",
       c("9 hours", 9, "hour", change=None),
       c("5.5 hours", 5.5, "hour", kind="projection", change=None),
       c("18%", 18, "%", change="decrease", kind="projection"),
       c("6,500 vehicles", 6500, "count", per="day", kind="actual", period=None, change=None),
       c("11,000 vehicles", 11000, "count", per="day", kind="projection", period="2035",
         change=None),
       published=DB_PUB),
    ex("lf5-adb-p6-bridges-grant",
       "The project also finances a 28-km bypass of Shalkar, 14 new bridges and six "
       "weigh-in-motion stations, and includes a $2 million technical assistance grant for "
       "road safety.",
       c("28-km", 28, "km", change=None),
       c("14 new bridges", 14, "count", change=None),
       c("six weigh-in-motion stations", 6, "count", change=None),
       c("$2 million", 2e6, "USD", change=None),
       published=DB_PUB),
    ex("lf5-adb-p11-earmarks",
       "Of the $420 million loan, $45 million is earmarked for the Shalkar bypass and $12 "
       "million for project management and supervision consultants.",
       c("$420 million", 420e6, "USD", metric="loan", change=None),
       c("$45 million", 45e6, "USD", change=None),
       c("$12 million", 12e6, "USD", change=None),
       published=DB_PUB),
    ex("lf5-adb-p7-jobs",
       "Construction is expected to create about 3,200 jobs at its peak, of which at least 15% "
       "are to be filled by women. Completion is scheduled for 31 December 2029.",
       c("3,200 jobs", 3200, "count", approx="approx", metric="job count",
         kind="projection", change=None),
       c("15%", 15, "%", approx="min", change=None),
       published=DB_PUB),
    ex("lf5-adb-p8-safeguards",
       "The project is classified category B for environmental impacts. Resettlement affects "
       "126 households, who will be compensated at replacement cost.",
       c("126 households", 126, "count", change=None),
       published=DB_PUB),
    ex("lf5-adb-p9-neg-loans",
       "Approval date: 22 September 2025 | Loan 4512-KAZ; Loan 4513-KAZ | Executing agency: "
       "Ministry of Transport of the Republic of Kazakhstan | Project officer: A. Nurlanova",
       published=DB_PUB),
    ex("lf5-adb-p10-neg-disclaimer",
       "This project data sheet is updated periodically. Figures are in US dollars unless "
       "stated otherwise. Document stage: PDS, version 3.",
       published=DB_PUB),
]

# --- 4. A report of a parliamentary hearing (published 23 Oct 2025) ----------------------
MZ_PUB = "2025-10-23"
NINE = "2025-01/2025-09"
HEARING: list[Example] = [
    ex("lf5-mz-p1",
       "Minister tells Mazhilis transit to reach 50 million tonnes by 2030\n\n"
       "ASTANA, 22 October - The transport minister told a hearing of the Mazhilis, the lower "
       "house of Kazakhstan's parliament, on Wednesday that transit cargo through the country "
       "would grow to 50 million tonnes a year by 2030 from 35.5 million tonnes expected this "
       "year.",
       c("50 million tonnes", 50e6, "t", kind="projection", period="2030", change=None),
       c("50 million tonnes", 50e6, "t", nth=1, per="year", kind="projection", period="2030",
         metric="transit cargo volume", change=None, entities=[KZ]),
       c("35.5 million tonnes", 35.5e6, "t", kind="projection", period="2025", change=None),
       published=MZ_PUB),
    ex("lf5-mz-p2-quote",
       "\"In nine months we carried 26.8 million tonnes of transit, which is 17 percent more "
       "than last year,\" the minister said. \"Container transit grew by 34 percent, to 1.2 "
       "million TEU.\"",
       c("26.8 million tonnes", 26.8e6, "t", period=NINE, kind="actual", change=None),
       c("17 percent", 17, "%", change="increase", period=NINE),
       c("34 percent", 34, "%", change="increase"),
       c("1.2 million TEU", 1.2e6, "TEU", change=None),
       published=MZ_PUB),
    ex("lf5-mz-p3-correction",
       "Later in the session the minister corrected a figure he had given earlier, saying the "
       "Middle Corridor had carried 3.4 million tonnes in the nine months, not 4.3 million "
       "tonnes. That is 28 percent more than a year earlier, he said.",
       c("3.4 million tonnes", 3.4e6, "t", period=NINE, kind="actual", change=None,
         entities=[TITR]),
       c("28 percent", 28, "%", change="increase"),
       published=MZ_PUB),
    ex("lf5-mz-p4-wagons",
       "Deputies pressed the minister on the state of the rolling stock. He acknowledged that "
       "42 percent of the freight wagon fleet, about 48,000 wagons, is past its service life, "
       "against 47 percent a year ago, and said 3,500 new wagons would be bought in 2026.",
       c("42 percent", 42, "%", change=None),
       c("48,000 wagons", 48000, "count", approx="approx", change=None),
       c("47 percent", 47, "%", change=None),
       c("3,500 new wagons", 3500, "count", kind="projection", period="2026", change=None),
       published=MZ_PUB),
    ex("lf5-mz-p5-targets",
       "By 2030 the government aims to build 5,000 km of new railway lines and repair 11,000 "
       "km, and to raise the average speed of container trains to 1,500 km a day from about "
       "1,000 km now.",
       c("5,000 km", 5000, "km", kind="projection", period="2030", change=None),
       c("11,000 km", 11000, "km", kind="projection", period="2030", change=None),
       c("1,500 km", 1500, "km", per="day", metric="speed", kind="projection", change=None),
       c("1,000 km", 1000, "km", nth=1, approx="approx", change=None),
       published=MZ_PUB),
    ex("lf5-mz-p6-roads-air",
       "On roads, the share of the national network in good and satisfactory condition has "
       "risen to 91 percent from 87 percent in 2024, the minister said, and the target is 95 "
       "percent by 2029. Air cargo fell 6 percent to 112,000 tonnes in the nine months.",
       c("91 percent", 91, "%", change=None),
       c("87 percent", 87, "%", period="2024", change=None),
       c("95 percent", 95, "%", kind="projection", period="2029", change=None),
       c("6 percent", 6, "%", change="decrease", period=NINE),
       c("112,000 tonnes", 112e3, "t", period=NINE, change=None),
       published=MZ_PUB),
    ex("lf5-mz-p7-ports",
       "Port capacity was another theme. The minister said the Caspian ports of Aktau and "
       "Kuryk had handled 6.2 million tonnes in nine months, down 3 percent, and that the "
       "container hub at Aktau, with a capacity of 240,000 TEU, would open in the third "
       "quarter of 2026.",
       c("6.2 million tonnes", 6.2e6, "t", period=NINE, change=None),
       c("3 percent", 3, "%", change="decrease"),
       c("240,000 TEU", 240e3, "TEU", metric="capacity", change=None),
       published=MZ_PUB),
    ex("lf5-mz-p8-funding",
       "\"We need about 14 trillion tenge of investment by 2030, and the state can provide no "
       "more than 35 percent of it,\" he said, adding that 2.1 trillion tenge had been "
       "allocated in the 2026 budget.",
       c("14 trillion tenge", 14e12, "KZT", approx="approx", metric="investment",
         change=None),
       c("35 percent", 35, "%", approx="max", change=None),
       c("2.1 trillion tenge", 2.1e12, "KZT", period="2026", change=None),
       published=MZ_PUB),
    ex("lf5-mz-p11-tariffs-border",
       "The minister also said rail tariffs for transit containers would be frozen in 2026, "
       "after a 12 percent rise this year, and that the wait at the Dostyk crossing had been "
       "cut to 10 hours from 36.",
       # the rise "this year" has happened; only the freeze is a plan
       c("12 percent", 12, "%", change="increase", period="2025", kind="actual",
         metric="freight rate"),
       c("10 hours", 10, "hour", metric="waiting time", change=None),
       c("36", 36, "hour", metric="waiting time", change=None),
       published=MZ_PUB),
    ex("lf5-mz-p9-neg-bill",
       "The hearing was broadcast live on the Mazhilis channel. Bill No. 218-VIII on "
       "amendments to the Transport Code is to be considered in a second reading on 5 "
       "November.",
       published=MZ_PUB),
    ex("lf5-mz-p10-neg-photo",
       "Photo: press service of the Mazhilis of the Parliament of the Republic of Kazakhstan",
       published=MZ_PUB),
]

# --- 5. A grain union's end-of-season export review (published 20 Jul 2025) ---------------
GR_PUB = "2025-07-20"
MY = "2024-07/2025-06"
GRAIN: list[Example] = [
    ex("lf5-grain-p1",
       "Kazakhstan's grain exports hit a record 11.8 million tonnes in 2024/25\n\n"
       "Kazakhstan exported 11.8 million tonnes of grain and flour in grain equivalent in the "
       "2024/25 marketing year (July-June), 28% more than in the previous season, according to "
       "the Grain Union's end-of-season review. Wheat accounted for 9.6 million tonnes of the "
       "total.",
       c("11.8 million tonnes", 11.8e6, "t", metric="grain exports", change=None),
       c("11.8 million tonnes", 11.8e6, "t", nth=1, metric="grain exports", period=MY,
         kind="actual", change=None, entities=[KZ]),
       c("28%", 28, "%", change="increase", period=MY),
       c("9.6 million tonnes", 9.6e6, "t", period=MY, change=None),
       published=GR_PUB),
    ex("lf5-grain-p2-destinations",
       "Central Asian neighbours remained the main market, taking 5.3 million tonnes, or 45% "
       "of the total, with Uzbekistan alone buying 3.9 million tonnes. Shipments to China fell "
       "to 1.1 million tonnes from 1.9 million tonnes, while Afghanistan took 1.6 million "
       "tonnes and Iran 0.9 million tonnes.",
       c("5.3 million tonnes", 5.3e6, "t", change=None),
       c("45%", 45, "%", change=None),
       c("3.9 million tonnes", 3.9e6, "t", change=None, entities=[UZ]),
       c("1.1 million tonnes", 1.1e6, "t", change=None, entities=["China"]),
       c("1.9 million tonnes", 1.9e6, "t", change=None),
       c("1.6 million tonnes", 1.6e6, "t", change=None, entities=["Afghanistan"]),
       c("0.9 million tonnes", 0.9e6, "t", change=None, entities=["Iran"]),
       published=GR_PUB),
    ex("lf5-grain-p3-caspian",
       "Exports through the Caspian ports of Aktau and Kuryk rose 2.4 times to 1.45 million "
       "tonnes, mostly to Iran and Azerbaijan, and 620,000 tonnes went by rail and sea to "
       "Europe and the Middle East via the Trans-Caspian route, against 210,000 tonnes a year "
       "earlier.",
       c("2.4 times", 2.4, "x", change="increase"),
       c("1.45 million tonnes", 1.45e6, "t", change=None),
       c("620,000 tonnes", 620e3, "t", change=None),
       c("210,000 tonnes", 210e3, "t", change=None),
       published=GR_PUB),
    ex("lf5-grain-p4-rail",
       "Rail remained the main mode, carrying 84% of exports. The national railway dispatched "
       "an average of 41,000 grain wagons a month.",
       c("84%", 84, "%", change=None),
       # "an average of" is no hedge (own_heldout_ais reads "an average of 18 tankers a
       # month" exact; expectation corrected from approx="approx")
       c("41,000 grain wagons", 41000, "count", per="month", change=None),
       published=GR_PUB),
    ex("lf5-grain-p5-prices",
       "Export prices weakened through the season. Third-class milling wheat was quoted at "
       "$205-215 per tonne FCA at the Uzbek border in June, down from $245 a year earlier, and "
       "at $230 per tonne FOB Aktau. The average export price for the season was $221 per "
       "tonne, 14% lower than in 2023/24.",
       c("$205-215", 205, "USD", value_high=215, per="t", metric="price", change=None),
       c("$245", 245, "USD", per="t", metric="price", change=None),
       c("$230", 230, "USD", per="t", metric="price", period="2025-06", change=None),
       # "for the season": the article's season, not the June carried from before
       c("$221", 221, "USD", per="t", metric="price", period=None, change=None),
       c("14%", 14, "%", change="decrease", period="2024/2025"),
       published=GR_PUB),
    ex("lf5-grain-p6-value",
       "In value terms, exports of grain and flour earned $2.9 billion in the season, up 11% "
       "on 2023/24, the Ministry of Agriculture said.",
       # "the season" is the article's, named in its first paragraph, not in this one; the
       # change on the season before is over the season after it (expectations corrected
       # from the marketing year's months)
       c("$2.9 billion", 2.9e9, "USD", metric="grain exports", change=None),
       c("11%", 11, "%", change="increase", period="2024/2025"),
       published=GR_PUB),
    ex("lf5-grain-p7-flour",
       "Flour exports, counted separately, fell 9% to 1.9 million tonnes, with Afghanistan and "
       "Uzbekistan taking 86% of the volume.",
       c("9%", 9, "%", change="decrease", metric="grain exports"),
       c("1.9 million tonnes", 1.9e6, "t", metric="grain exports", change=None),
       c("86%", 86, "%", change=None),
       published=GR_PUB),
    ex("lf5-grain-p8-forecast",
       "For 2025/26 the union forecasts exports of 10 to 11 million tonnes, as the harvest is "
       "expected at 22.5 million tonnes after 26.7 million tonnes last year. The government "
       "will subsidise rail transport of grain to the Caspian ports at 4,000 tenge per tonne.",
       # a split year named without its months is "2025/2026" (own_context reads "in the
       # 2025/26 season" so; expectation corrected from "2025-07/2026-06")
       c("10 to 11 million tonnes", 10e6, "t", value_high=11e6, kind="projection",
         period="2025/2026", change=None),
       c("22.5 million tonnes", 22.5e6, "t", metric="harvest", kind="projection",
         change=None),
       c("26.7 million tonnes", 26.7e6, "t", metric="harvest", change=None),
       c("4,000 tenge", 4000, "KZT", per="t", change=None),
       published=GR_PUB),
    ex("lf5-grain-p9-stocks",
       "Carry-over stocks on 1 July were estimated at 3.2 million tonnes, down from 4.7 million "
       "tonnes a year earlier.",
       c("3.2 million tonnes", 3.2e6, "t", change=None),
       c("4.7 million tonnes", 4.7e6, "t", change=None),
       published=GR_PUB),
    ex("lf5-grain-p10-neg-table",
       "Table 1. Grain exports by destination, 2024/25 (thousand tonnes). Source: Grain Union "
       "of Kazakhstan; data as of 15.07.2025.",
       published=GR_PUB),
    ex("lf5-grain-p12-neg-chart",
       "Wheat prices by month: see Chart 2 on page 4. All figures in the review are rounded.",
       published=GR_PUB),
    ex("lf5-grain-p11-neg-address",
       "Grain Union of Kazakhstan, 9 Dostyk Avenue, Astana 010000. Next review: October 2025.",
       published=GR_PUB),
]

EXAMPLES: list[Example] = [*PORT, *RATES, *PROJECT, *HEARING, *GRAIN]

KNOWN_GAPS: dict[str, str] = {}
