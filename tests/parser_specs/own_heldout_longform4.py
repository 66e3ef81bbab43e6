"""Held-out paragraphs of whole news articles, a fourth round, written after the parser.

Six more articles of genres the first three rounds (`own_heldout_longform`,
`own_heldout_longform2`, `own_heldout_longform3`) did not cover, written in our own words and
cut into paragraphs, one example a paragraph (its id `lf4-GENRE-pN`), so that what a
paragraph's sentences lend each other is tested as an analyst reads it: a logistics company's
case study of a project-cargo move (dimensions, weights, distances, days, cranes, a barge on
the Caspian); a translated Russian-language outlet's piece on Caspian shipping in non-native
English ("increased by 1.5 times", "for 9 months", "this indicator", "amounted to"); an
Iranian news agency's piece on the North-South corridor (transit tonnes, rials and dollars,
targets of a development plan); a Chinese provincial government's release on a new freight
route from Xi'an (trains, TEU, value in yuan, "up X percent year on year"); a summary of an
Uzbek presidential decree with targets to 2030 (shares, volumes, investment, jobs, deadlines);
and a market-research summary on the Central Asian logistics market (market size, CAGR,
segment shares, forecasts and a range of estimates). About a fifth are paragraphs without a
claim: project references and photo counters, e-mail and phone numbers, "read also" links
and view counters, Persian dates and news codes, train numbers and document numbers, decree
numbers and appendices, report codes and forecast periods. Every expectation was written from
reading the text, before the parser was run on it.
"""

from __future__ import annotations

from . import EU, TITR, Example, c, ex

KZ = "Kazakhstan"
AZ = "Azerbaijan"
UZ = "Uzbekistan"
IR = "Iran"
FT40 = "40ft container"

# --- 1. A logistics company's project-cargo case study (published 20 Nov 2025) ------------
PC_PUB = "2025-11-20"
CARGO: list[Example] = [
    ex("lf4-cargo-p1",
       "Case study: moving a 310-tonne reactor from China to Turkmenbashi across the Caspian\n\n"
       "In September our project team delivered a hydrocracking reactor weighing 310 tonnes, "
       "together with 46 packages of auxiliary equipment, from the port of Zhangjiagang in "
       "China to a refinery near Turkmenbashi. The door-to-door move covered 7,800 km and "
       "took 64 days.",
       c("310-tonne", 310, "t", change=None),
       c("310 tonnes", 310, "t", change=None),
       c("46 packages", 46, "count", change=None),
       c("7,800 km", 7800, "km", change=None),
       c("64 days", 64, "day", change=None),
       published=PC_PUB),
    ex("lf4-cargo-p2-dimensions",
       "The reactor was 38.5 metres long with a diameter of 5.2 metres, and the heaviest of "
       "the auxiliary packages, a heat exchanger, weighed 92 tonnes. The whole shipment "
       "amounted to 1,240 freight tonnes, or 3,600 cubic metres.",
       c("38.5 metres", 38.5, "m", change=None),
       c("5.2 metres", 5.2, "m", change=None),
       c("92 tonnes", 92, "t", change=None),
       c("1,240 freight tonnes", 1240, "t", change=None),
       c("3,600 cubic metres", 3600, "m3", change=None),
       published=PC_PUB),
    ex("lf4-cargo-p3-sea-leg",
       "The cargo was loaded onto a heavy-lift vessel by the ship's own cranes of 400 tonnes "
       "each, working in tandem, and shipped to Poti in Georgia, a voyage of 32 days through "
       "the Suez Canal.",
       c("400 tonnes", 400, "t", change=None),
       c("32 days", 32, "day", metric="transit time", change=None),
       published=PC_PUB),
    ex("lf4-cargo-p4-road",
       "The road leg from Poti to the Port of Baku at Alat ran 870 km and took 11 days, with "
       "the convoy moving only at night at speeds of no more than 15 km/h. Power lines had to "
       "be lifted at several points and bridges reinforced along the way.",
       c("870 km", 870, "km", change=None),
       c("11 days", 11, "day", change=None),
       c("15 km/h", 15, "km", per="hour", approx="max", metric="speed", change=None),
       published=PC_PUB),
    ex("lf4-cargo-p5-barge",
       "At Alat a 600-tonne crawler crane lifted the reactor onto a deck barge of 2,500 tonnes "
       "deadweight, which a tug towed across the Caspian to Turkmenbashi. The crossing of "
       "about 300 km took 26 hours, but the barge had to wait four days at Alat for a weather "
       "window with waves below 1.5 metres.",
       c("600-tonne", 600, "t", change=None),
       c("2,500 tonnes", 2500, "t", change=None),
       c("300 km", 300, "km", approx="approx", change=None),
       c("26 hours", 26, "hour", change=None),
       c("four days", 4, "day", metric="waiting time", change=None),
       c("1.5 metres", 1.5, "m", approx="max", change=None),
       published=PC_PUB),
    ex("lf4-cargo-p6-result",
       "Discharge at Turkmenbashi was done roll-off over a ramp in 6 hours, after which the "
       "reactor travelled the last 18 km to site. Total costs came to $2.3 million, 7% below "
       "budget, and the project was completed with zero lost-time incidents.",
       c("6 hours", 6, "hour", change=None),
       c("18 km", 18, "km", change=None),
       c("$2.3 million", 2.3e6, "USD", change=None),
       c("7%", 7, "%"),
       published=PC_PUB),
    ex("lf4-cargo-p7-neg-reference",
       "Project reference: PC-2025-118. Client: confidential. Photo 3 of 12: the reactor on "
       "the barge at Alat, 14 September.",
       published=PC_PUB),
    ex("lf4-cargo-p8-neg-contacts",
       "For enquiries, contact our project desk in Baku: +994 12 404 88 00, "
       "projects@caspianheavy.az. Caspian Heavy Logistics is certified to ISO 9001:2015.",
       published=PC_PUB),
]

# --- 2. A translated Russian-language outlet on Caspian shipping (published 15 Oct 2025) --
RU_PUB = "2025-10-15"
NINE = "2025-01/2025-09"
RULISH: list[Example] = [
    ex("lf4-ru-p1",
       "Cargo transportation through Caspian ports increased by 1.5 times\n\n"
       "For 9 months of 2025, the volume of cargo transshipment in the ports of Kazakhstan on "
       "the Caspian Sea amounted to 6.2 million tons. This indicator increased by 1.5 times in "
       "comparison with the same period of last year, the press service of the Ministry of "
       "Transport reports.",
       c("1.5 times", 1.5, "x", change="increase"),
       c("6.2 million tons", 6.2e6, "t", period=NINE, kind="actual", change=None,
         entities=[KZ]),
       c("1.5 times", 1.5, "x", nth=1, change="increase", period=NINE),
       published=RU_PUB),
    ex("lf4-ru-p2-ports",
       "In particular, through the port of Aktau 4.1 million tons of cargo were transshipped, "
       "through the port of Kuryk - 2.1 million tons. The share of transit cargo amounted to "
       "38 percent.",
       c("4.1 million tons", 4.1e6, "t", change=None, entities=["Port of Aktau"]),
       c("2.1 million tons", 2.1e6, "t", change=None, entities=["Port of Kuryk"]),
       c("38 percent", 38, "%", change=None),
       published=RU_PUB),
    ex("lf4-ru-p3-containers",
       "The volume of container transportation by the Trans-Caspian route for the reporting "
       "period made up 48.7 thousand TEU, which is by 27% more than for 9 months of 2024. At "
       "the same time, the number of ferry voyages between Kuryk and Alat reached 412.",
       c("48.7 thousand TEU", 48700, "TEU", change=None, entities=[TITR]),
       c("27%", 27, "%", change="increase"),
       c("412", 412, "count", change=None),
       published=RU_PUB),
    ex("lf4-ru-p4-goods",
       "As noted in the ministry, the main part of cargo is oil, grain, metals and "
       "fertilizers. Export of grain by sea increased in 2 times and amounted to 780 thousand "
       "tons, oil shipments decreased by 8.4% to 2.3 million tons.",
       c("2 times", 2, "x", change="increase", metric="grain exports"),
       c("780 thousand tons", 780e3, "t", change=None, metric="grain exports"),
       c("8.4%", 8.4, "%", change="decrease"),
       c("2.3 million tons", 2.3e6, "t", change=None),
       published=RU_PUB),
    ex("lf4-ru-p5-fleet",
       "Today the Kazakh merchant fleet on the Caspian numbers 131 vessels, including 11 "
       "tankers and 6 ferries. Till 2030 it is planned to increase the number of vessels up to "
       "170 units and to bring the volume of transshipment in the ports up to 12 million tons "
       "per year.",
       c("131 vessels", 131, "count", change=None),
       c("11 tankers", 11, "count", change=None),
       c("6 ferries", 6, "count", change=None),
       c("170 units", 170, "count", kind="projection", period="2030", change=None),
       c("12 million tons", 12e6, "t", per="year", kind="projection", period="2030",
         change=None),
       published=RU_PUB),
    ex("lf4-ru-p6-rates-waiting",
       "The cost of transportation of one 40-foot container on the route Aktau - Baku makes "
       "from 1,300 to 1,500 US dollars depending on the season. Waiting time of ferries in the "
       "port of Alat for the year reduced from 7 to 3 days.",
       c("1,300 to 1,500 US dollars", 1300, "USD", value_high=1500, per=FT40,
         metric="freight rate", change=None),
       c("7", 7, "day", metric="waiting time", change=None),
       c("3 days", 3, "day", metric="waiting time", change=None),
       published=RU_PUB),
    ex("lf4-ru-p7-dredging",
       "In addition, in the port of Kuryk the dredging works are conducted for deepening of "
       "the water area to 7 meters. The cost of the project amounts to 21 billion tenge.",
       c("7 meters", 7, "m", metric="depth", change=None),
       c("21 billion tenge", 21e9, "KZT", metric="project cost", change=None),
       published=RU_PUB),
    ex("lf4-ru-p8-neg-read-also",
       "Earlier we reported that on 25 September in Aktau the II International Caspian "
       "Transport Forum took place. Read also: «Kazakhstan and Azerbaijan signed the roadmap "
       "for 2025-2027».",
       published=RU_PUB),
    ex("lf4-ru-p9-neg-views",
       "Source: Kazinform, 14.10.2025, 11:42. Views: 1 254. Comments: 3.",
       published=RU_PUB),
]

# --- 3. An Iranian news agency on the North-South corridor (published 25 Nov 2025) --------
IR_PUB = "2025-11-25"
INSTC_NEWS: list[Example] = [
    ex("lf4-ir-p1",
       "INSTC transit via Iran up 24% in seven months\n\n"
       "TEHRAN (IRNA) - Transit of goods through Iran on the International North-South "
       "Transport Corridor (INSTC) rose 24 percent in the first seven months of the current "
       "Iranian year (March 21-October 22) to 5.8 million tonnes, an official with the Ports "
       "and Maritime Organization (PMO) said.",
       c("24%", 24, "%", change="increase"),
       c("24 percent", 24, "%", change="increase", kind="actual"),
       c("5.8 million tonnes", 5.8e6, "t", kind="actual", change=None, entities=[IR]),
       published=IR_PUB),
    ex("lf4-ir-p2-caspian",
       "Speaking to IRNA on Tuesday, Jalil Eslami, the PMO's deputy for maritime affairs, "
       "said some 1.9 million tonnes of the transit was handled by Caspian ports, mainly "
       "Anzali, Amirabad and Astara, a 41 percent rise compared with the same period last "
       "year.",
       c("1.9 million tonnes", 1.9e6, "t", approx="approx", change=None),
       c("41 percent", 41, "%", change="increase"),
       published=IR_PUB),
    ex("lf4-ir-p3-branches",
       "Rail transit along the eastern branch through Turkmenistan and Kazakhstan reached 1.1 "
       "million tonnes, while 2.8 million tonnes crossed the western branch via Azerbaijan by "
       "road and rail. Iran earned about $480 million in transit revenue in the period.",
       c("1.1 million tonnes", 1.1e6, "t", change=None),
       c("2.8 million tonnes", 2.8e6, "t", change=None),
       c("$480 million", 480e6, "USD", approx="approx", metric="revenue", change=None,
         entities=[IR]),
       published=IR_PUB),
    ex("lf4-ir-p4-rasht-astara",
       "Eslami said the 162-kilometer Rasht-Astara railway, the missing link of the corridor, "
       "will be financed with a 1.3 billion euro Russian state loan, and that land acquisition "
       "worth 25 trillion rials (about $42 million) has been completed along the route.",
       c("162-kilometer", 162, "km", metric="route length", change=None),
       c("1.3 billion euro", 1.3e9, "EUR", metric="loan", change=None),
       c("25 trillion rials", 25e12, "IRR", change=None),
       c("$42 million", 42e6, "USD", approx="approx", change=None),
       published=IR_PUB),
    ex("lf4-ir-p5-targets",
       "The country aims to raise annual transit through the INSTC to 15 million tonnes by "
       "the end of the Seventh Development Plan in 2028 and to 30 million tonnes in the long "
       "term, he noted. Transit revenue is targeted at $3 billion per year.",
       c("15 million tonnes", 15e6, "t", per="year", kind="projection", period="2028",
         change=None),
       c("30 million tonnes", 30e6, "t", kind="projection", change=None),
       c("$3 billion", 3e9, "USD", per="year", metric="revenue", kind="projection",
         change=None),
       published=IR_PUB),
    ex("lf4-ir-p6-fleet-tariffs",
       "According to the official, the Islamic Republic of Iran Shipping Lines (IRISL) has "
       "added four vessels with a total capacity of 28,000 deadweight tonnes to its Caspian "
       "fleet this year, bringing it to 29 ships. Loading and unloading tariffs at Caspian "
       "ports have been cut by 50 percent for transit goods.",
       c("four vessels", 4, "count", period="2025"),
       c("28,000 deadweight tonnes", 28e3, "t", metric="capacity", change=None),
       c("29 ships", 29, "count", change=None),
       c("50 percent", 50, "%", change="decrease", metric="port charges"),
       published=IR_PUB),
    ex("lf4-ir-p7-eaeu",
       "The value of Iran's non-oil trade with the Eurasian Economic Union (EAEU) reached $2.9 "
       "billion in the seven months, he said, adding that the free trade agreement with the "
       "bloc, in force since May 15, has cut tariffs on 87 percent of goods.",
       c("$2.9 billion", 2.9e9, "USD", metric="trade turnover", kind="actual", change=None,
         entities=[IR]),
       c("87 percent", 87, "%", change=None),
       published=IR_PUB),
    ex("lf4-ir-p8-neg-conference",
       "The PMO's 15th conference on maritime transit will be held on Azar 12, 1404 in Bandar "
       "Anzali. News code: 85963217.",
       published=IR_PUB),
    ex("lf4-ir-p9-neg-furniture",
       "Editor: ES | Tags: INSTC, Caspian Sea, Anzali | Follow IRNA on X @IrnaEnglish | "
       "1404/09/04",
       published=IR_PUB),
]

# --- 4. A Chinese provincial government release on a Xi'an route (published 5 Dec 2025) ---
XA_PUB = "2025-12-05"
ELEVEN = "2025-01/2025-11"
XIAN: list[Example] = [
    ex("lf4-xa-p1",
       "Xi'an launches new China-Europe freight route to Baku via the Caspian\n\n"
       "XI'AN, Dec. 4 -- A freight train loaded with 55 containers of auto parts, home "
       "appliances and photovoltaic modules left the Xi'an International Port Station on "
       "Thursday for Baku, Azerbaijan, marking the launch of a new trans-Caspian route, the "
       "Shaanxi Provincial Department of Commerce said.",
       c("55 containers", 55, "count", item="container", change=None),
       published=XA_PUB),
    ex("lf4-xa-p2-route",
       "The train will cover some 7,100 km via Khorgos, Aktau and the Caspian Sea and is "
       "expected to reach Baku in about 12 days, some 20 days faster than by sea. The route "
       "will initially run two trains a week.",
       c("7,100 km", 7100, "km", approx="approx", change=None),
       c("12 days", 12, "day", approx="approx", metric="transit time", kind="projection",
         change=None),
       c("20 days", 20, "day", approx="approx", change="decrease"),
       c("two trains", 2, "count", per="week", kind="projection", change=None),
       published=XA_PUB),
    ex("lf4-xa-p3-stats",
       "From January to November, the China-Europe Railway Express (Xi'an) operated 4,920 "
       "trains, up 8.3 percent year on year, transporting 535,000 TEUs of goods. The trains "
       "carried goods worth 46.8 billion yuan in the first 11 months, up 12.6 percent year on "
       "year.",
       c("4,920 trains", 4920, "count", item="train", period=ELEVEN, kind="actual",
         change=None),
       c("8.3 percent", 8.3, "%", change="increase", period=ELEVEN),
       c("535,000 TEUs", 535e3, "TEU", period=ELEVEN, change=None),
       c("46.8 billion yuan", 46.8e9, "CNY", period=ELEVEN, change=None),
       c("12.6 percent", 12.6, "%", change="increase", period=ELEVEN),
       published=XA_PUB),
    ex("lf4-xa-p4-cumulative",
       "Since its launch in November 2013, the Xi'an hub has operated a cumulative total of "
       "more than 28,000 trains, and the number of its routes has reached 18, covering 45 "
       "countries and regions across Eurasia.",
       # the number of countries served is no figure the house reports (own_heldout_cerail)
       c("28,000 trains", 28000, "count", item="train", approx="min", kind="actual",
         change=None),
       c("18", 18, "count", change=None),
       published=XA_PUB),
    ex("lf4-xa-p5-trade",
       "Shaanxi's foreign trade with the five Central Asian countries totaled 21.3 billion "
       "yuan in the first 11 months, up 34.5 percent year on year, accounting for 5.9 percent "
       "of the province's total foreign trade. Exports of new energy vehicles to the region "
       "grew 2.3 times.",
       c("21.3 billion yuan", 21.3e9, "CNY", metric="trade turnover", period=ELEVEN,
         change=None),
       c("34.5 percent", 34.5, "%", change="increase", metric="trade turnover",
         period=ELEVEN),
       c("5.9 percent", 5.9, "%", change=None),
       c("2.3 times", 2.3, "x", change="increase", metric="exports"),
       published=XA_PUB),
    ex("lf4-xa-p6-capacity",
       "The port station now has 19 loading and unloading lines and an annual handling "
       "capacity of 1 million TEUs. A 1.2-billion-yuan expansion due for completion in 2026 "
       "will raise it by 40 percent.",
       c("19 loading and unloading lines", 19, "count", change=None),
       c("1 million TEUs", 1e6, "TEU", per="year", metric="capacity", change=None),
       c("1.2-billion-yuan", 1.2e9, "CNY", change=None),
       c("40 percent", 40, "%", change="increase", kind="projection"),
       published=XA_PUB),
    ex("lf4-xa-p7-customs",
       "Xi'an Customs said clearance time for export trains had been cut to under 1.5 hours "
       "under the \"single declaration, single inspection, single release\" model, and 96 "
       "percent of declarations were processed online.",
       c("1.5 hours", 1.5, "hour", approx="max", metric="clearance time", change=None),
       c("96 percent", 96, "%", change=None),
       published=XA_PUB),
    ex("lf4-xa-p8-neg-footer",
       "(Editors: Wang Fang, Li Na) Source: Shaanxi Provincial People's Government, "
       "2025-12-05 09:30 [Print] [Close]. Shaan Zheng Ban Fa [2025] No. 17.",
       published=XA_PUB),
    ex("lf4-xa-p9-neg-train-number",
       "Train X8157 departed from track 3 at 10:18 a.m. and is scheduled to return as X8158.",
       published=XA_PUB),
]

# --- 5. A summary of an Uzbek presidential decree with targets to 2030 (10 Sep 2025) ------
UZ_PUB = "2025-09-10"
DECREE: list[Example] = [
    ex("lf4-decree-p1",
       "Mirziyoyev approves transport strategy to 2030: logistics costs to fall to 15% of "
       "GDP\n\n"
       "President Shavkat Mirziyoyev has signed decree No. PF-142 of 8 September 2025 on "
       "measures to develop Uzbekistan's transport and logistics sector until 2030. The "
       "document sets the goal of reducing the share of logistics costs in GDP from 22% to 15% "
       "and raising transit freight through the country to 15 million tonnes a year.",
       c("15%", 15, "%", kind="projection", change=None),
       c("22%", 22, "%", change=None),
       c("15%", 15, "%", nth=1, kind="projection", change=None),
       c("15 million tonnes", 15e6, "t", per="year", kind="projection", period="2030",
         metric="transit cargo volume", change=None, entities=[UZ]),
       published=UZ_PUB),
    ex("lf4-decree-p2-volumes",
       "Under the decree, the volume of freight carried by rail is to increase from 72 million "
       "tonnes in 2024 to 110 million tonnes by 2030, and the share of containerised cargo in "
       "exports is to reach 40%. Container terminals with a combined capacity of 1.5 million "
       "TEU a year are to be built in Tashkent, Navoi, Termez and Andijan.",
       c("72 million tonnes", 72e6, "t", period="2024", change=None),
       c("110 million tonnes", 110e6, "t", period="2030", kind="projection", change=None),
       c("40%", 40, "%", kind="projection", change=None),
       c("1.5 million TEU", 1.5e6, "TEU", per="year", metric="capacity", kind="projection",
         change=None),
       published=UZ_PUB),
    ex("lf4-decree-p3-investment",
       "The programme attached to the decree lists 86 projects worth $11.4 billion, of which "
       "$4.2 billion is to come from foreign direct investment and $2.8 billion from "
       "international financial institutions. The projects are expected to create more than "
       "38,000 jobs.",
       c("86 projects", 86, "count", change=None),
       c("$11.4 billion", 11.4e9, "USD", change=None),
       c("$4.2 billion", 4.2e9, "USD", metric="investment", change=None),
       c("$2.8 billion", 2.8e9, "USD", change=None),
       c("38,000 jobs", 38000, "count", approx="min", metric="job count", kind="projection",
         change=None),
       published=UZ_PUB),
    ex("lf4-decree-p4-rail",
       "Uzbekistan Railways is instructed to electrify 1,800 km of lines and build 1,150 km of "
       "new railways, including the 280 km Uzbek section of the China-Kyrgyzstan-Uzbekistan "
       "line, by 2030. The share of electrified lines is to rise from 53% to 80%.",
       c("1,800 km", 1800, "km", kind="projection", change=None),
       c("1,150 km", 1150, "km", kind="projection", change=None),
       c("280 km", 280, "km", change=None),
       c("53%", 53, "%", change=None),
       c("80%", 80, "%", kind="projection", change=None),
       published=UZ_PUB),
    ex("lf4-decree-p5-deadlines",
       "The Ministry of Transport must submit a draft law on multimodal transport by 1 "
       "December 2025, and a single digital platform for freight forwarding is to be launched "
       "by 1 July 2026. Within three months, border clearance is to be cut to no more than 30 "
       "minutes per vehicle.",
       # "Within three months, ...": a target's time frame, no figure (own_heldout_speeches)
       c("30 minutes", 30, "min", approx="max", metric="clearance time", kind="projection"),
       published=UZ_PUB),
    ex("lf4-decree-p6-incentives",
       "Logistics companies that invest at least $10 million in warehouses will be exempt from "
       "property and land tax for 5 years. The customs duty on imported refrigerated trucks "
       "will be zero until 2028, and 50% of the cost of training 5,000 drivers will be covered "
       "from the budget.",
       c("$10 million", 10e6, "USD", approx="min", metric="investment", change=None),
       c("5 years", 5, "year", change=None),
       c("50%", 50, "%", change=None),
       c("5,000 drivers", 5000, "count", change=None),
       published=UZ_PUB),
    ex("lf4-decree-p7-air-exports",
       "The decree also envisages raising air cargo to 200,000 tonnes a year and increasing "
       "exports of transport and logistics services to $3.5 billion by 2030, from $1.9 billion "
       "last year.",
       c("200,000 tonnes", 200e3, "t", per="year", kind="projection", change=None),
       c("$3.5 billion", 3.5e9, "USD", metric="exports", kind="projection", period="2030",
         change=None),
       c("$1.9 billion", 1.9e9, "USD", metric="exports", period="2024", change=None),
       published=UZ_PUB),
    ex("lf4-decree-p8-neg-control",
       "The decree enters into force on the day of its official publication. Control over its "
       "execution is entrusted to the Deputy Prime Minister. Appendices 1-4 are attached.",
       published=UZ_PUB),
    ex("lf4-decree-p9-neg-related",
       "Related: Resolution No. PP-371 of 12.11.2024; Decree No. UP-158 of 11.09.2023 \"On the "
       "Uzbekistan-2030 Strategy\".",
       published=UZ_PUB),
]

# --- 6. A market-research summary on the Central Asian logistics market (1 Oct 2025) ------
MK_PUB = "2025-10-01"
MARKET: list[Example] = [
    ex("lf4-mkt-p1",
       "Central Asia logistics market to reach $58 billion by 2030, report says\n\n"
       "The Central Asian freight and logistics market was valued at $36.4 billion in 2024 and "
       "is projected to grow at a compound annual growth rate (CAGR) of 8.2% to reach $58.4 "
       "billion by 2030, according to a new report by Silk Road Market Insights.",
       c("$58 billion", 58e9, "USD", kind="projection", period="2030", change=None),
       c("$36.4 billion", 36.4e9, "USD", kind="actual", period="2024", change=None),
       c("8.2%", 8.2, "%", change="increase", kind="projection"),
       c("$58.4 billion", 58.4e9, "USD", kind="projection", period="2030", change=None),
       published=MK_PUB),
    ex("lf4-mkt-p2-segments",
       "Road freight remains the largest segment with a 46% share of revenue in 2024, "
       "followed by rail at 31%, while warehousing and value-added services account for 15%. "
       "Air freight and courier services make up the remaining 8%.",
       c("46%", 46, "%", period="2024", change=None),
       c("31%", 31, "%", change=None),
       c("15%", 15, "%", change=None),
       c("8%", 8, "%", change=None),
       published=MK_PUB),
    ex("lf4-mkt-p3-countries",
       "Kazakhstan is the biggest market, worth an estimated $19.8 billion, or about 54% of "
       "the regional total. Uzbekistan's market, at $9.7 billion, is expected to grow fastest, "
       "expanding by 10.5% a year through 2030.",
       c("$19.8 billion", 19.8e9, "USD", change=None, entities=[KZ]),
       c("54%", 54, "%", approx="approx", change=None),
       c("$9.7 billion", 9.7e9, "USD", change=None, entities=[UZ]),
       c("10.5%", 10.5, "%", change="increase", per="year", kind="projection"),
       published=MK_PUB),
    ex("lf4-mkt-p4-drivers",
       "Transit along the Middle Corridor is the main driver: the report expects "
       "trans-Caspian cargo to rise from 4.5 million tonnes in 2024 to between 10 and 12 "
       "million tonnes in 2030. E-commerce logistics is forecast to grow fastest among the "
       "segments, at a CAGR of 17%.",
       c("4.5 million tonnes", 4.5e6, "t", period="2024", change=None),
       c("10 and 12 million tonnes", 10e6, "t", value_high=12e6, kind="projection",
         period="2030", change=None),
       c("17%", 17, "%", change="increase", kind="projection"),
       published=MK_PUB),
    ex("lf4-mkt-p5-estimates",
       "Estimates of the market's size vary widely. Other consultancies put its 2024 value at "
       "between $28 billion and $41 billion, depending on whether manufacturers' in-house "
       "logistics is counted, and forecast growth of 6% to 9% a year.",
       c("$28 billion and $41 billion", 28e9, "USD", value_high=41e9, period="2024",
         change=None),
       c("6% to 9%", 6, "%", value_high=9, change="increase", per="year",
         kind="projection"),
       published=MK_PUB),
    ex("lf4-mkt-p6-warehousing",
       "Modern Class A warehouse space in the region totals about 2.1 million square metres, "
       "of which 1.3 million sq m is in Almaty and Tashkent. Vacancy in Almaty has fallen "
       "below 3%, and rents have risen to $9.5 per square metre a month.",
       c("2.1 million square metres", 2.1e6, "m2", approx="approx", change=None),
       c("1.3 million sq m", 1.3e6, "m2", change=None),
       c("3%", 3, "%", approx="max", change=None),
       c("$9.5", 9.5, "USD", per="m2", change=None),
       published=MK_PUB),
    ex("lf4-mkt-p7-costs",
       "Logistics costs in the region are estimated at 18-25% of GDP, against 8-10% in the "
       "EU, the report says. It ranks Kazakhstan 79th and Uzbekistan 88th for logistics "
       "performance.",
       c("18-25%", 18, "%", value_high=25, change=None),
       c("8-10%", 8, "%", value_high=10, change=None, entities=[EU]),
       published=MK_PUB),
    ex("lf4-mkt-p8-neg-toc",
       "Report code: SRMI-LOG-CA-2025 | Base year: 2024 | Forecast period: 2025-2030 | "
       "Contents: 1. Executive summary; 2. Market dynamics; 3. Segments; 4. Country profiles.",
       published=MK_PUB),
    ex("lf4-mkt-p9-neg-contact",
       "Silk Road Market Insights is a research firm based in Dubai with offices in Almaty "
       "and Tashkent. Media contact: +971 4 555 0192, press@srmi.ae.",
       published=MK_PUB),
]

EXAMPLES: list[Example] = [*CARGO, *RULISH, *INSTC_NEWS, *XIAN, *DECREE, *MARKET]

KNOWN_GAPS: dict[str, str] = {
    "lf4-decree-p1":
        "'... signed decree No. PF-142 ... on measures to develop Uzbekistan's transport and "
        "logistics sector until 2030. The document sets the goal of ... raising transit "
        "freight through the country to 15 million tonnes a year': the plan's horizon is "
        "named in a sentence without figures and meant for the targets of the next one; "
        "`carry.PeriodCarry` carries a figureless sentence's time only when it introduces "
        "what follows (a colon, a lead-in, a heading, a question), and carrying a future "
        "horizon to every later figure would date outcomes too (it would have to know the "
        "figure is a target); carry.py is over 400 lines, a new module for the rule was not "
        "tried in the time given",
}
