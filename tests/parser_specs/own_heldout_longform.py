"""Held-out paragraphs of whole news articles, written after the parser was tuned.

Six articles of different genres, written in our own words and cut into paragraphs, one
example a paragraph (its id `lf-GENRE-pN`), so that what a paragraph's sentences lend each
other (a headline above a lead, a period named once, a company or route named in the first
sentence and meant in the next, a list under its introduction) is tested as an analyst reads
it: a wire story with a dateline and a key-figures box on the Middle Corridor's first half; a
ministry press release on half-year transport results with a list of indicators; an analytic
feature comparing 2019 with 2025, many years in one paragraph; a weekly freight-market report
(rail, sea, Caspian ferry and tanker rates); a question-and-answer interview with the chief of
the Aktau port; and a Caspian shipping company's annual results release. About a fifth are
paragraphs without a claim: datelines, bylines, resolution and page numbers, addresses, web
and e-mail addresses, phone numbers, ordinals of series parts and assemblies. Every
expectation was written from reading the text, before the parser was run on it.
"""

from __future__ import annotations

from . import EU, TITR, Example, c, ex

KZ = "Kazakhstan"
AZ = "Azerbaijan"
GE = "Georgia"
KTZ = "Kazakhstan Temir Zholy"
ADY = "Azerbaijan Railways"
AKTAU = "Port of Aktau"
KURYK = "Port of Kuryk"
BAKU = "Port of Baku"
POTI = "Port of Poti"
BATUMI = "Port of Batumi"
ASCO = "ASCO"
H1_25 = "2025-01/2025-06"
H1_24 = "2024-01/2024-06"
FT40 = "40ft container"

# --- 1. A wire story with a dateline and a key-figures box (published 15 July 2025) -------
WIRE_PUB = "2025-07-15"
WIRE: list[Example] = [
    ex("lf-wire-p1",
       "Middle Corridor container traffic jumps 38% in first half\n\n"
       "ASTANA, July 15 (Caspian Wire) - Container traffic on the Trans-Caspian International "
       "Transport Route rose 38% in the first half of 2025 to 31,400 TEU, the route's "
       "association said on Tuesday. Total cargo on the corridor grew 21% to 2.2 million "
       "tonnes over the same six months.",
       c("38%", 38, "%", change="increase", kind="actual", period=H1_25, entities=[TITR]),
       c("38%", 38, "%", nth=1, change="increase", kind="actual", period=H1_25,
         metric="container volume", entities=[TITR]),
       c("31,400 TEU", 31400, "TEU", change=None, kind="actual", period=H1_25,
         metric="container volume", topic="logistics", entities=[TITR]),
       c("21%", 21, "%", change="increase", kind="actual", period=H1_25, entities=[TITR]),
       c("2.2 million tonnes", 2.2e6, "t", change=None, kind="actual", period=H1_25,
         metric="cargo volume", entities=[TITR]),
       published=WIRE_PUB),
    ex("lf-wire-p2",
       "Kazakhstan Temir Zholy, which runs the rail leg from the Chinese border to the "
       "Caspian, dispatched 412 container trains along the route between January and June, "
       "against 297 a year earlier. Average transit time from Xi'an to Baku fell to 14 days "
       "from 19 days in 2024, the company said.",
       c("412 container trains", 412, "count", item="container train", period=H1_25, kind="actual",
         change=None, entities=[KTZ]),
       c("297", 297, "count", item="container train", period=H1_24, kind="actual", change=None),
       c("14 days", 14, "day", metric="transit time", change=None, kind="actual"),
       c("19 days", 19, "day", metric="transit time", change=None, period="2024",
         kind="actual"),
       published=WIRE_PUB),
    ex("lf-wire-p3",
       "Most of the growth came from the ferry crossing between Aktau and Baku, where ASCO and "
       "Kazmortransflot now run 14 vessels on a fixed weekly schedule. The ferries made 186 "
       "voyages in the first half, up from 141 in January-June 2024.",
       c("14 vessels", 14, "count", item="vessel", change=None,
         entities=[ASCO, "Kazmortransflot"]),
       c("186 voyages", 186, "count", item="voyage", period=H1_25, change=None,
         kind="actual"),
       c("141", 141, "count", item="voyage", period=H1_24, change=None, kind="actual"),
       published=WIRE_PUB),
    ex("lf-wire-p4",
       "In Georgia, the ports of Poti and Batumi handled 7,850 containers of Middle Corridor "
       "transit in January-June, 52% more than a year earlier, Georgian Railway said.",
       c("7,850 containers", 7850, "count", item="container", period=H1_25, kind="actual",
         change=None, entities=[POTI, BATUMI, TITR]),
       c("52%", 52, "%", change="increase", period=H1_25, kind="actual"),
       published=WIRE_PUB),
    ex("lf-wire-p5",
       "\"We expect volumes to reach 4.5 million tonnes for the full year, provided the new "
       "berths at Kuryk open on time,\" said Daniyar Seitkali, the association's secretary "
       "general.",
       c("4.5 million tonnes", 4.5e6, "t", kind="projection", period="2025", change=None),
       published=WIRE_PUB),
    ex("lf-wire-p6",
       "Rates on the route have eased. Shipping a 40-foot container from western China to the "
       "Georgian port of Poti now costs about $4,300, down from $5,100 in January, freight "
       "forwarders said. Quotes have been falling since March.",
       c("$4,300", 4300, "USD", approx="approx", per=FT40, change=None, metric="freight rate",
         topic="logistics", entities=[POTI]),
       c("$5,100", 5100, "USD", per=FT40, change=None, metric="freight rate",
         period="2025-01", kind="actual"),
       published=WIRE_PUB),
    ex("lf-wire-p7",
       "Demand has been lifted by trouble elsewhere. Sanctions and insurance costs have cut the "
       "northern route through Russia, which carried 86% of China-Europe rail containers in "
       "2021, to about 60% this year, according to estimates by the consultancy Eurasian Rail "
       "Gateway.",
       c("86%", 86, "%", change=None, period="2021", kind="actual", entities=["Russia"]),
       c("60%", 60, "%", approx="approx", change=None, period="2025", entities=["Russia"]),
       published=WIRE_PUB),
    ex("lf-wire-p8-neg-assembly",
       "The association was set up in 2014 and will hold its 11th general assembly in Tbilisi "
       "on September 24-25. Enquiries: +7 7172 60 44 12.",
       published=WIRE_PUB),
    ex("lf-wire-p9-key-figures",
       "KEY FIGURES (January-June 2025)\n"
       "- Containers carried: 31,400 TEU (+38%)\n"
       "- Total cargo: 2.2 million tonnes (+21%)\n"
       "- Container trains from China: 412\n"
       "- Average transit, Xi'an-Baku: 14 days",
       c("31,400 TEU", 31400, "TEU", period=H1_25, change=None, kind="actual",
         metric="container volume"),
       c("+38%", 38, "%", change="increase", period=H1_25),
       c("2.2 million tonnes", 2.2e6, "t", period=H1_25, change=None, kind="actual"),
       c("+21%", 21, "%", change="increase", period=H1_25),
       c("412", 412, "count", item="container train", period=H1_25, kind="actual"),
       c("14 days", 14, "day", metric="transit time"),
       published=WIRE_PUB),
    ex("lf-wire-p10-neg-byline",
       "(Reporting by Aliya Nurmaganbetova in Astana and Farid Huseynov in Baku; editing by "
       "Tom Ashworth. Copyright 2025 Caspian Wire. All rights reserved.)",
       published=WIRE_PUB),
]

# --- 2. A ministry press release on half-year results (published 25 July 2025) ------------
MIN_PUB = "2025-07-25"
MINISTRY: list[Example] = [
    ex("lf-min-p1",
       "Transport sector results for January-June 2025\n\n"
       "Baku, 25 July 2025. In the first six months of 2025, all modes of transport in "
       "Azerbaijan carried 118.6 million tonnes of cargo, 2.4% more than in the same period "
       "of last year, the Ministry of Digital Development and Transport reports.",
       c("118.6 million tonnes", 118.6e6, "t", period=H1_25, kind="actual", change=None,
         metric="cargo volume", topic="logistics", entities=[AZ]),
       c("2.4%", 2.4, "%", change="increase", period=H1_25, kind="actual", entities=[AZ]),
       published=MIN_PUB),
    ex("lf-min-p2",
       "Of this volume, 61.2 million tonnes, or 51.6%, was carried by pipelines, 29.8 million "
       "tonnes by road, 7.9 million tonnes by rail and 3.6 million tonnes by sea. Pipelines "
       "remained by far the largest carrier. Transit "
       "cargo across the country's territory amounted to 9.7 million tonnes in January-June, "
       "up 11.2% year on year.",
       c("61.2 million tonnes", 61.2e6, "t", change=None, kind="actual"),
       c("51.6%", 51.6, "%", change=None),
       c("29.8 million tonnes", 29.8e6, "t", change=None),
       c("7.9 million tonnes", 7.9e6, "t", change=None),
       c("3.6 million tonnes", 3.6e6, "t", change=None),
       c("9.7 million tonnes", 9.7e6, "t", change=None, period=H1_25, kind="actual",
         metric="transit cargo volume"),
       c("11.2%", 11.2, "%", change="increase", period=H1_25, kind="actual",
         metric="transit cargo volume"),
       published=MIN_PUB),
    ex("lf-min-p3-indicators",
       "Main indicators, January-June 2025 (change on January-June 2024):\n"
       "- Freight turnover: 8.94 billion tonne-km (+1.7%)\n"
       "- Revenue of transport enterprises: 3.41 billion manats (+6.8%)\n"
       "- Transit containers handled by Azerbaijan Railways: 27,650 TEU (+44%)\n"
       "- Cargo handled at the port of Baku: 3.1 million tonnes (-2.1%)",
       c("8.94 billion tonne-km", 8.94e9, "tkm", period=H1_25, change=None, kind="actual",
         metric="freight turnover"),
       c("+1.7%", 1.7, "%", change="increase", period=H1_25),
       c("3.41 billion manats", 3.41e9, "AZN", period=H1_25, change=None, metric="revenue"),
       c("+6.8%", 6.8, "%", change="increase", period=H1_25),
       c("27,650 TEU", 27650, "TEU", period=H1_25, change=None, entities=[ADY],
         metric="container volume"),
       c("+44%", 44, "%", change="increase", period=H1_25),
       c("3.1 million tonnes", 3.1e6, "t", period=H1_25, change=None, entities=[BAKU]),
       c("-2.1%", -2.1, "%", change="decrease", period=H1_25),
       published=MIN_PUB),
    ex("lf-min-p4",
       "Air carriers flew 1.9 million passengers in the half-year, 7% more than a year before. "
       "In June alone, rail freight rose 5.4% on May to 1.38 million tonnes.",
       c("1.9 million passengers", 1.9e6, "count", item="passenger", kind="actual",
         period=H1_25, change=None),
       c("7%", 7, "%", change="increase", period=H1_25, kind="actual"),
       c("5.4%", 5.4, "%", change="increase", period="2025-06", kind="actual"),
       c("1.38 million tonnes", 1.38e6, "t", change=None, period="2025-06", kind="actual"),
       published=MIN_PUB),
    ex("lf-min-p5",
       "International road haulage grew fastest in January-June: trucks carried 4.6 million "
       "tonnes across the country's borders, 18.9% more than a year earlier, and the number "
       "of foreign trucks entering Azerbaijan rose to 161,000.",
       c("4.6 million tonnes", 4.6e6, "t", period=H1_25, change=None, kind="actual"),
       c("18.9%", 18.9, "%", change="increase", period=H1_25, kind="actual"),
       c("161,000", 161000, "count", item="truck", period=H1_25, change=None,
         entities=[AZ]),
       published=MIN_PUB),
    ex("lf-min-p6",
       "Investment in fixed capital in the transport sector totalled 1.27 billion manats in "
       "the first half, 62% of which went to the railway and to expanding the Alat port to a "
       "capacity of 25 million tonnes a year.",
       c("1.27 billion manats", 1.27e9, "AZN", period=H1_25, kind="actual", change=None,
         metric="investment", topic="investment"),
       c("62%", 62, "%", change=None, period=H1_25),
       c("25 million tonnes", 25e6, "t", per="year", metric="capacity", change=None,
         entities=[BAKU]),
       published=MIN_PUB),
    ex("lf-min-p7-ports",
       "At the port of Baku, the ferry terminal handled 2,860 railcars and 17,400 trucks in the "
       "first half, and cargo sent along the Baku-Tbilisi-Kars railway rose 2.3 times to "
       "612,000 tonnes.",
       c("2,860 railcars", 2860, "count", item="railcar", period=H1_25, kind="actual",
         change=None, entities=[BAKU]),
       c("17,400 trucks", 17400, "count", item="truck", period=H1_25, kind="actual",
         change=None, entities=[BAKU]),
       c("2.3 times", 2.3, "x", change="increase", period=H1_25, kind="actual",
         entities=["Baku-Tbilisi-Kars railway"]),
       c("612,000 tonnes", 612e3, "t", change=None, period=H1_25, kind="actual",
         entities=["Baku-Tbilisi-Kars railway"]),
       published=MIN_PUB),
    ex("lf-min-p8-compare-2024",
       "By comparison, in the first half of 2024 transit cargo stood at 8.72 million tonnes "
       "and container transit at 19,200 TEU.",
       c("8.72 million tonnes", 8.72e6, "t", period=H1_24, kind="actual", change=None,
         metric="transit cargo volume"),
       c("19,200 TEU", 19200, "TEU", period=H1_24, kind="actual", change=None),
       published=MIN_PUB),
    ex("lf-min-p9-neg-references",
       "The report was prepared under Cabinet of Ministers Resolution No. 214 of 12 May 2023. "
       "Detailed tables are on page 4 of the bulletin and at www.mincom.gov.az/en/stat2025. "
       "Press service: (+994 12) 598 58 58.",
       published=MIN_PUB),
    ex("lf-min-p10-neg-next-release",
       "The next release, on results for January-September, is scheduled for 24 October "
       "2025 and will be posted on the ministry's website.",
       published=MIN_PUB),
]

# --- 3. An analytic feature, 2019 against 2025 (published 3 November 2025) ----------------
FEAT_PUB = "2025-11-03"
FEATURE: list[Example] = [
    ex("lf-feat-p1",
       "From sideshow to artery: how the Middle Corridor grew up\n\n"
       "In 2019 the Trans-Caspian route was an afterthought. It moved about 0.8 million tonnes "
       "of cargo, a rounding error next to the 5.3 million tonnes that rolled through Russia "
       "on China-Europe trains. Six years on, the picture looks very different.",
       c("0.8 million tonnes", 0.8e6, "t", approx="approx", period="2019", kind="actual",
         change=None, entities=[TITR]),
       c("5.3 million tonnes", 5.3e6, "t", period="2019", kind="actual", change=None,
         entities=["Russia"]),
       published=FEAT_PUB),
    ex("lf-feat-p2-many-years",
       "Volumes rose only slowly at first: 0.9 million tonnes in 2020, 0.85 million in 2021. "
       "Then the war in Ukraine redirected shippers, and traffic jumped to 1.5 million tonnes "
       "in 2022, 2.8 million in 2023 and 4.5 million in 2024. For January-September 2025 the "
       "route reported 3.4 million tonnes, 6% less than a year earlier, as sea freight rates "
       "fell back.",
       c("0.9 million tonnes", 0.9e6, "t", period="2020", kind="actual", change=None),
       c("0.85 million", 0.85e6, "t", period="2021", kind="actual", change=None),
       c("1.5 million tonnes", 1.5e6, "t", period="2022", kind="actual", change=None),
       c("2.8 million", 2.8e6, "t", period="2023", kind="actual", change=None),
       c("4.5 million", 4.5e6, "t", period="2024", kind="actual", change=None),
       c("3.4 million tonnes", 3.4e6, "t", period="2025-01/2025-09", kind="actual",
         change=None),
       c("6%", 6, "%", change="decrease", period="2025-01/2025-09", kind="actual"),
       published=FEAT_PUB),
    ex("lf-feat-p3",
       "Containers tell the same story. In 2019 the corridor carried fewer than 5,000 TEU; by "
       "2024 it handled 56,500 TEU, more than eleven times as many. The number of container "
       "trains crossing Kazakhstan towards the Caspian rose from 88 in 2019 to 1,020 in 2024.",
       c("5,000 TEU", 5000, "TEU", approx="max", period="2019", kind="actual",
         metric="container volume"),
       c("56,500 TEU", 56500, "TEU", period="2024", kind="actual", change=None,
         metric="container volume"),
       c("eleven times", 11, "x", approx="min", change="increase"),
       c("88", 88, "count", item="container train", period="2019", change=None),
       c("1,020", 1020, "count", item="container train", period="2024", change=None),
       published=FEAT_PUB),
    ex("lf-feat-p4",
       "Transit times have shortened as well. A container that needed 38 to 53 days from "
       "Chongqing to Istanbul in 2022 now typically takes 18 to 23 days, and the corridor's "
       "partners want to bring that under 15 days by 2027.",
       c("38 to 53 days", 38, "day", value_high=53, metric="transit time", period="2022",
         kind="actual", change=None),
       c("18 to 23 days", 18, "day", value_high=23, metric="transit time", period=None,
         change=None),
       c("15 days", 15, "day", approx="max", metric="transit time", period="2027",
         kind="projection"),
       published=FEAT_PUB),
    ex("lf-feat-p5",
       "Money followed the freight. Between 2019 and 2025, Kazakhstan, Azerbaijan and Georgia "
       "committed roughly $6.5 billion to ports, ferries and railway lines on the route, and "
       "the European Union pledged EUR 10 billion in 2024 for transport links with Central "
       "Asia.",
       c("$6.5 billion", 6.5e9, "USD", approx="approx", topic="investment",
         period="2019/2025", entities=[KZ, AZ, GE]),
       c("EUR 10 billion", 10e9, "EUR", topic="investment", period="2024", kind="actual",
         entities=[EU]),
       published=FEAT_PUB),
    ex("lf-feat-p6",
       "The northern route has not collapsed. China-Europe trains through Russia and Belarus "
       "still carried about 1.8 million TEU in 2024, down from a peak of 2.3 million TEU in "
       "2021, and rail's share of EU-China trade by value stayed at roughly 3%.",
       c("1.8 million TEU", 1.8e6, "TEU", approx="approx", period="2024", kind="actual",
         change=None, entities=["Russia", "Belarus"]),
       c("2.3 million TEU", 2.3e6, "TEU", period="2021", kind="actual", change=None),
       c("3%", 3, "%", approx="approx", change=None, entities=[EU, "China"]),
       published=FEAT_PUB),
    ex("lf-feat-p7",
       "Bottlenecks remain. The Caspian ferry fleet still numbers only about 30 vessels, and "
       "waiting times at Aktau and Baku reached 10 to 12 days at the peak in 2023. Georgia's "
       "Poti and Batumi together handled 15.3 million tonnes in 2024, a quarter less than in "
       "2019, largely because of lower flows of oil products.",
       c("30 vessels", 30, "count", item="vessel", approx="approx", change=None),
       c("10 to 12 days", 10, "day", value_high=12, metric="waiting time", period="2023",
         kind="actual"),
       c("15.3 million tonnes", 15.3e6, "t", period="2024", kind="actual", change=None,
         entities=[POTI, BATUMI]),
       c("a quarter", 25, "%", change="decrease", period="2024"),
       published=FEAT_PUB),
    ex("lf-feat-p8-outlook",
       "The outlook depends on capacity. Kazakhstan plans to raise container handling at Aktau "
       "and Kuryk to 500,000 TEU a year by 2028, and the World Bank estimates that volumes on "
       "the corridor could triple to 11 million tonnes by 2030, cutting transit times by "
       "half.",
       c("500,000 TEU", 500e3, "TEU", per="year", kind="projection", period="2028",
         change=None, entities=[AKTAU, KURYK]),
       c("triple", 3, "x", change="increase", kind="projection", period="2030"),
       # "the corridor" alone names no route in this paragraph: no entity checked
       c("11 million tonnes", 11e6, "t", kind="projection", period="2030", change=None),
       # "by half": the multiplier's surface is "half" (own_heldout_sps, corpus_031_040)
       c("half", 0.5, "x", change="decrease", kind="projection", period="2030",
         metric="transit time"),
       published=FEAT_PUB),
    ex("lf-feat-p9-neg-furniture",
       "This article is the third of five in our series on Eurasian connectivity. Part 4 will "
       "look at the Trans-Afghan railway. Photo: the Port of Kuryk on 2 October 2025.",
       published=FEAT_PUB),
]

# --- 4. A weekly freight-market report (published Friday 10 October 2025) -----------------
FM_PUB = "2025-10-10"
MARKET: list[Example] = [
    ex("lf-fm-p1",
       "Eurasian freight weekly: rail rates slip as peak season fades\n\n"
       "Week 41, 6-10 October 2025. Spot rates for 40ft containers on China-Europe rail via "
       "Kazakhstan eased 3.5% week on week to an average of $6,250, while Middle Corridor "
       "quotes held steady at $7,400-7,900. The peak season is clearly over.",
       c("3.5%", 3.5, "%", change="decrease", metric="freight rate", kind="actual",
         entities=[KZ]),
       c("$6,250", 6250, "USD", per=FT40, change=None, metric="freight rate",
         kind="actual"),
       c("$7,400-7,900", 7400, "USD", value_high=7900, change=None, metric="freight rate",
         entities=[TITR]),
       published=FM_PUB),
    ex("lf-fm-p2",
       "Sea freight continues to weigh on rail. The Shanghai-Rotterdam spot rate fell for a "
       "fifth straight week, dropping 7% to $2,180 per FEU, its lowest since December 2023. At "
       "that level an ocean box costs roughly a third of the rail option, although it takes "
       "40 to 45 days to arrive via the Cape of Good Hope against 16 to 18 days by train. "
       "Analysts see little room for a rebound before the Lunar New Year.",
       # "its lowest since December 2023" is a record's frame, no period of the week's figures
       # (period=None added after the golden diff showed 2024-12, a base's year after)
       c("7%", 7, "%", change="decrease", metric="freight rate", kind="actual", period=None),
       # "per FEU" is a 40ft box, as the house reads it (own_context "rate-per-feu-and-box")
       c("$2,180", 2180, "USD", per=FT40, change=None, metric="freight rate", period=None),
       c("a third", 100 / 3, "%", approx="approx", change=None),
       c("40 to 45 days", 40, "day", value_high=45, metric="transit time"),
       c("16 to 18 days", 16, "day", value_high=18, metric="transit time"),
       published=FM_PUB),
    ex("lf-fm-p3",
       "On the Caspian, ferry capacity remains tight. ASCO quoted $2,900 for a 40ft box "
       "between Aktau and Baku, unchanged from last week, and waiting times for trucks at the "
       "Kuryk terminal eased to 2-3 days from 5 days in September.",
       c("$2,900", 2900, "USD", per=FT40, change=None, metric="freight rate",
         entities=[ASCO]),
       c("2-3 days", 2, "day", value_high=3, metric="waiting time", change=None,
         entities=[KURYK]),
       c("5 days", 5, "day", metric="waiting time", change=None, period="2025-09",
         kind="actual"),
       published=FM_PUB),
    ex("lf-fm-p4",
       "Tanker rates in the Caspian softened. A 7,000-dwt product tanker was fixed this week "
       "at $9,800 a day, down from $10,500 a fortnight ago, brokers said. Bunker prices at "
       "Baku rose $12 to $640 per tonne of marine gasoil.",
       c("7,000-dwt", 7000, "t", metric="capacity"),
       c("$9,800", 9800, "USD", per="day", change=None, metric="freight rate"),
       c("$10,500", 10500, "USD", per="day", change=None, metric="freight rate"),
       c("$12", 12, "USD", per="t", change="increase", metric="energy price"),
       c("$640", 640, "USD", per="t", change=None, metric="energy price"),
       published=FM_PUB),
    ex("lf-fm-p5",
       "Volumes dipped. KTZ reported 384 container trains leaving Chinese border stations "
       "during the week, 6% fewer than the week before, while westbound throughput at Dostyk "
       "and Altynkol averaged 3,100 TEU a day.",
       c("384 container trains", 384, "count", item="container train", change=None, kind="actual",
         entities=[KTZ]),
       c("6%", 6, "%", change="decrease", kind="actual"),
       c("3,100 TEU", 3100, "TEU", per="day", change=None, kind="actual",
         entities=["Dostyk crossing", "Altynkol crossing"]),
       published=FM_PUB),
    ex("lf-fm-p6-road",
       "Road freight between Central Asia and Europe was steady. A full truckload from "
       "Tashkent to Istanbul via the Caspian ferries cost $4,100-4,500, and Uzbek hauliers "
       "reported transit times of 9 to 11 days.",
       c("$4,100-4,500", 4100, "USD", value_high=4500, per="truck", change=None,
         metric="freight rate"),
       c("9 to 11 days", 9, "day", value_high=11, metric="transit time", change=None),
       published=FM_PUB),
    ex("lf-fm-p7-snapshot",
       "Snapshot, USD per 40ft container (change w/w):\n"
       "- Rail China-EU via Kazakhstan: 6,250 (-3.5%)\n"
       "- Middle Corridor, China-Poti: 7,650 (flat)\n"
       "- Sea, Shanghai-Rotterdam: 2,180 (-7%)",
       c("6,250", 6250, "USD", per=FT40, change=None, metric="freight rate"),
       c("-3.5%", -3.5, "%", change="decrease"),
       c("7,650", 7650, "USD", per=FT40, change=None, entities=[TITR]),
       c("2,180", 2180, "USD", per=FT40, change=None),
       c("-7%", -7, "%", change="decrease"),
       published=FM_PUB),
    ex("lf-fm-p8-outlook",
       "Forwarders expect rail spot rates to drop another 5-8% by the end of October as the "
       "pre-Christmas cargo clears, and see Middle Corridor rates holding above $7,000 until "
       "the end of the year.",
       c("5-8%", 5, "%", value_high=8, change="decrease", kind="projection",
         metric="freight rate"),
       c("$7,000", 7000, "USD", approx="min", kind="projection", metric="freight rate",
         entities=[TITR]),
       published=FM_PUB),
    ex("lf-fm-p9-neg-notes",
       "Rates are indicative, in US dollars, door to door, excluding local charges; quotes "
       "collected on 9 October. Next report: 17 October. Subscriptions: +49 40 3003 6612.",
       published=FM_PUB),
]

# --- 5. A Q&A interview with the chief of the Aktau port (published 18 September 2025) ----
QA_PUB = "2025-09-18"
INTERVIEW: list[Example] = [
    ex("lf-qa-p1",
       "'We will be ready for 10 million tonnes': Aktau port chief on the Middle Corridor\n\n"
       "The Aktau International Sea Trade Port handled 4.9 million tonnes of cargo in the "
       "first eight months of this year. Its chief executive, Nurlan Zhaksybekov, talked to us "
       "about new berths, grain and the ferry bottleneck.",
       c("10 million tonnes", 10e6, "t", kind="projection", entities=[AKTAU]),
       c("4.9 million tonnes", 4.9e6, "t", period="2025-01/2025-08", kind="actual",
         change=None, metric="port throughput", entities=[AKTAU]),
       published=QA_PUB),
    ex("lf-qa-p2",
       "Q: How has the year gone so far?\n"
       "A: Better than we planned. Cargo is up 13% on last year, and containers are up 31%, "
       "to 98,000 TEU. Oil still makes up about 40% of what we handle, but dry cargo is "
       "growing much faster.",
       c("13%", 13, "%", change="increase", kind="actual"),
       c("31%", 31, "%", change="increase", kind="actual", metric="container volume"),
       c("98,000 TEU", 98000, "TEU", change=None, kind="actual", metric="container volume"),
       c("40%", 40, "%", approx="approx", change=None),
       published=QA_PUB),
    ex("lf-qa-p3",
       "Q: What is changing on the quayside?\n"
       "A: We are building a container hub with a capacity of 240,000 TEU together with a "
       "partner from Abu Dhabi. The first stage, worth about $50 million, opens next year. "
       "Two new grain berths will lift our grain capacity to 1.5 million tonnes a year.",
       c("240,000 TEU", 240e3, "TEU", metric="capacity", kind="projection", change=None),
       c("$50 million", 50e6, "USD", approx="approx", kind="projection", topic="investment"),
       # berths are counted (corpus_011_020 "four specialised berths")
       c("Two new grain berths", 2, "count", item="berth", kind="projection"),
       c("1.5 million tonnes", 1.5e6, "t", per="year", metric="capacity",
         kind="projection", change=None),
       published=QA_PUB),
    ex("lf-qa-p4",
       "Q: Is the ferry fleet the main bottleneck?\n"
       "A: It is one of them. Right now six ferries serve the Aktau-Baku line, and each can "
       "take about 50 railcars. We need at least ten ferries. Waiting times for wagons reached "
       "seven days last winter; today they are one to two days.",
       c("six ferries", 6, "count", item="ferry", kind="actual", change=None),
       c("50 railcars", 50, "count", item="railcar", approx="approx"),
       c("ten ferries", 10, "count", item="ferry", approx="min"),
       c("seven days", 7, "day", metric="waiting time", kind="actual", change=None),
       c("one to two days", 1, "day", value_high=2, metric="waiting time", change=None),
       published=QA_PUB),
    ex("lf-qa-p5",
       "Q: What about grain and fertiliser?\n"
       "A: We shipped 1.1 million tonnes of grain in the 2024/25 season, mostly to Iran and "
       "Azerbaijan. Transit of fertiliser from Uzbekistan and Turkmenistan doubled this year "
       "to 600,000 tonnes.",
       c("1.1 million tonnes", 1.1e6, "t", kind="actual", change=None, topic="agriculture",
         entities=["Iran", AZ]),
       c("doubled", 2, "x", change="increase", period="2025", kind="actual",
         entities=["Uzbekistan", "Turkmenistan"]),
       c("600,000 tonnes", 600e3, "t", change=None, period="2025", kind="actual",
         entities=["Uzbekistan", "Turkmenistan"]),
       published=QA_PUB),
    ex("lf-qa-p6",
       "Q: How much do shippers pay?\n"
       "A: Our handling tariff for a loaded 40ft container is 85,000 tenge, and we have not "
       "raised it since 2023. Transshipment of grain costs $6 per tonne.",
       c("85,000 tenge", 85000, "KZT", per=FT40, change=None),
       c("$6", 6, "USD", per="t", change=None),
       published=QA_PUB),
    ex("lf-qa-p7",
       "Q: Where will the port be by the end of the decade?\n"
       "A: Our target is 10 million tonnes by 2030, with containers at 500,000 TEU. The state "
       "has earmarked 120 billion tenge for dredging, rail access and new cranes up to 2027.",
       c("10 million tonnes", 10e6, "t", kind="projection", period="2030", change=None),
       c("500,000 TEU", 500e3, "TEU", kind="projection", period="2030", change=None),
       # the state earmarking money is a budget allocation, as the house reads "allocated"
       c("120 billion tenge", 120e9, "KZT", kind="projection", metric="budget",
         change=None),
       published=QA_PUB),
    ex("lf-qa-p8-neg-career",
       "Q: You started at the port in 1998 as a crane operator on Berth No. 7. What has "
       "changed?\n"
       "A: Everything except the wind. Back then we phoned Baku on a landline to find out "
       "when a ship would arrive.",
       published=QA_PUB),
    ex("lf-qa-p9-neg-credits",
       "This interview has been edited for length and clarity. Interview by Aigerim Sadykova, "
       "Aktau, 12 September 2025.",
       published=QA_PUB),
]

# --- 6. A Caspian shipping company's annual results release (published 28 April 2025) -----
AR_PUB = "2025-04-28"
ANNUAL: list[Example] = [
    ex("lf-ar-p1",
       "ASCO reports 2024 results: revenue up 9%, net profit at 58 million manats\n\n"
       "Baku, 28 April 2025 - Azerbaijan Caspian Shipping Company (ASCO) today announced its "
       "audited results for the year ended 31 December 2024. Revenue rose 9.2% to 512.4 "
       "million manats, driven by higher ferry and container volumes on the Trans-Caspian "
       "route.",
       c("9%", 9, "%", change="increase", metric="revenue", period="2024", kind="actual",
         entities=[ASCO]),
       c("58 million manats", 58e6, "AZN", metric="profit", period="2024", kind="actual",
         change=None, entities=[ASCO]),
       c("9.2%", 9.2, "%", change="increase", metric="revenue", period="2024",
         kind="actual", entities=[ASCO]),
       c("512.4 million manats", 512.4e6, "AZN", metric="revenue", period="2024",
         kind="actual", change=None, entities=[ASCO]),
       published=AR_PUB),
    ex("lf-ar-p2-highlights",
       "Financial highlights for 2024:\n"
       "- Revenue: AZN 512.4 million (2023: AZN 469.2 million)\n"
       "- EBITDA: AZN 141.7 million, a margin of 27.7%\n"
       "- Net profit: AZN 58.1 million (+14%)\n"
       "- Capital expenditure: AZN 96.3 million\n"
       "- Net debt: AZN 210.5 million",
       c("AZN 512.4 million", 512.4e6, "AZN", metric="revenue", period="2024", change=None),
       c("AZN 469.2 million", 469.2e6, "AZN", metric="revenue", period="2023", change=None),
       c("AZN 141.7 million", 141.7e6, "AZN", metric="ebitda", period="2024", change=None),
       c("27.7%", 27.7, "%", change=None, period="2024"),
       c("AZN 58.1 million", 58.1e6, "AZN", metric="profit", period="2024", change=None),
       c("+14%", 14, "%", change="increase", metric="profit", period="2024"),
       c("AZN 96.3 million", 96.3e6, "AZN", metric="capital expenditure", period="2024",
         change=None),
       c("AZN 210.5 million", 210.5e6, "AZN", period="2024", change=None),
       published=AR_PUB),
    ex("lf-ar-p3-operations",
       "Operational highlights. ASCO's fleet carried 14.6 million tonnes of cargo in 2024, 6% "
       "more than a year earlier. Its ferries made 1,140 crossings and carried 62,300 "
       "vehicles, most of them railcars, while containers moved on its own vessels grew 35% to "
       "47,800 TEU.",
       c("14.6 million tonnes", 14.6e6, "t", period="2024", kind="actual", change=None,
         metric="cargo volume", entities=[ASCO]),
       c("6%", 6, "%", change="increase", period="2024", kind="actual"),
       c("1,140 crossings", 1140, "count", item="crossing", period="2024", change=None),
       c("62,300 vehicles", 62300, "count", item="vehicle", period="2024", change=None),
       c("35%", 35, "%", change="increase", period="2024", metric="container volume"),
       c("47,800 TEU", 47800, "TEU", change=None, period="2024", metric="container volume"),
       published=AR_PUB),
    ex("lf-ar-p4-oil",
       "Oil shipments from Turkmenistan and Kazakhstan to Baku, still the company's largest "
       "business, fell 4% in 2024 to 6.8 million tonnes as Kazakh crude was partly redirected "
       "to the CPC pipeline. Tanker freight brought in 38% of revenue, down from 44% in 2023.",
       c("4%", 4, "%", change="decrease", period="2024", kind="actual",
         entities=["Turkmenistan", KZ]),
       c("6.8 million tonnes", 6.8e6, "t", change=None, period="2024", kind="actual",
         entities=["Turkmenistan", KZ]),
       c("38%", 38, "%", change=None, period="2024"),
       c("44%", 44, "%", change=None, period="2023"),
       published=AR_PUB),
    ex("lf-ar-p5-fleet",
       "Fleet renewal continued. ASCO took delivery of two Ro-Pax ferries from Baku Shipyard, "
       "each able to carry 100 passengers and 56 railcars, and ordered four tankers of 8,000 "
       "dwt each for a combined $150 million.",
       c("two Ro-Pax ferries", 2, "count", item="ferry", kind="actual",
         entities=[ASCO, "Baku Shipyard"]),
       c("100 passengers", 100, "count", item="passenger"),
       c("56 railcars", 56, "count", item="railcar"),
       c("four tankers", 4, "count", item="tanker"),
       c("8,000 dwt", 8000, "t", metric="capacity"),
       # an order's value carries no metric or topic in the house's tables (own_heldout_projects
       # "ASCO ordered four ferries ... in a deal worth $190 million"): expectation relaxed
       c("$150 million", 150e6, "USD", entities=[ASCO]),
       published=AR_PUB),
    ex("lf-ar-p6-dividend",
       "The board proposes a dividend of 17.4 million manats, or 30% of net profit for 2024, "
       "to be paid to the state budget in the third quarter of 2025.",
       c("17.4 million manats", 17.4e6, "AZN", metric="dividends", change=None),
       c("30%", 30, "%", change=None),
       published=AR_PUB),
    ex("lf-ar-p7-outlook",
       "For 2025 the company expects revenue of 540-560 million manats and plans capital "
       "spending of about 180 million manats, mostly on new vessels. Container volumes are "
       "forecast to rise by a further 25%, helped by new container berths at Alat and Kuryk.",
       c("540-560 million manats", 540e6, "AZN", value_high=560e6, metric="revenue",
         kind="projection", period="2025", change=None),
       c("180 million manats", 180e6, "AZN", approx="approx", metric="capital expenditure",
         kind="projection", period="2025", change=None),
       c("25%", 25, "%", change="increase", kind="projection", metric="container volume"),
       published=AR_PUB),
    ex("lf-ar-p8-quote",
       "\"2024 was the year the Middle Corridor stopped being an experiment. Our ferries sailed "
       "at 85% of capacity, against 60% in 2019,\" said ASCO chairman Elchin Mammadli.",
       c("85%", 85, "%", change=None, kind="actual"),
       c("60%", 60, "%", change=None, period="2019", kind="actual"),
       published=AR_PUB),
    ex("lf-ar-p9-neg-contacts",
       "The full annual report, including the auditor's opinion, is available at "
       "www.asco.az/investors. Investor relations: ir@asco.az, +994 12 404 37 00.",
       published=AR_PUB),
    ex("lf-ar-p10-neg-notes",
       "Notes to editors: ASCO was formed in 2013 by merging the Caspian Sea Oil Fleet and the "
       "Caspian Shipping Company. Its head office is at 5 Mikayil Useynov Street, Baku "
       "AZ1003.",
       published=AR_PUB),
]

EXAMPLES: list[Example] = WIRE + MINISTRY + FEATURE + MARKET + INTERVIEW + ANNUAL

KNOWN_GAPS: dict[str, str] = {
    "lf-feat-p1": "'It moved about 0.8 million tonnes of cargo, a rounding error next to the "
    "5.3 million tonnes that rolled through Russia on China-Europe trains': the figure's "
    "clause runs on through the appositive and takes its names (Russia, China-Europe rail); "
    "'It', the route named in the sentence before, is never reached (a clause that names "
    "nothing would go back to it). Telling an appositive's comparison from the clause's own "
    "subject needs a rule on ', a ... next to/compared with' that no other table tests",
}
