"""Held-out paragraphs of whole news articles, a fourteenth round, written after the parser.

Four more articles of genres the earlier rounds (`own_heldout_longform` to
`own_heldout_longform13`) did not cover as whole articles, written in our own words and cut
into paragraphs, one example a paragraph (its id `lf14-GENRE-pN`), so that what a
paragraph's sentences lend each other is tested as an analyst reads it: a central bank's
quarterly balance-of-payments release for Georgia (the current account in dollars and as a
share of GDP, re-exports of cars in dollars and in units by destination, transit and travel
receipts, remittances by country in dollars and in lari, FDI by source, reserves in months of
imports); a question-and-answer interview with the head of a Caspian shipping company (fleet
by type, deadweight, tonnes carried, ships ordered and their prices then and now, crossing
times, tariffs per tonne and per wagon, crew and wages, the falling sea level); a story on
Kyrgyzstan's fuel market (imports in tonnes and dollars, Russia's share, pump prices in som
per litre, wholesale prices per tonne, a duty-free quota, a refinery's utilisation, filling
stations); and a national railway's Eurobond placement (size, coupon, order book and
oversubscription, guidance tightened in basis points, allocation by region and investor
type, use of proceeds, a local-currency tranche, leverage, spreads). About a fifth are
paragraphs without a claim: a release's method note, release date and contacts, a chart's
title, an interview's opening and a captain's career, a law's number, a price table's source
file, a byline and phone, ISINs and bookrunners, ratings and settlement, a photo credit.
Every expectation was written from reading the text, before the parser was run on it.
"""

from __future__ import annotations

from . import Example, c, ex

GE = "Georgia"
KZ = "Kazakhstan"
RU = "Russia"
KTZ = "Kazakhstan Temir Zholy"

# --- 1. Georgia's central bank: balance of payments, second quarter (22 Sep 2025) ---------
BP_PUB = "2025-09-22"
Q2 = "2025-04/2025-06"
BOP: list[Example] = [
    ex("lf14-bp-p1",
       "Georgia's current account deficit narrows to $412 million\n\n"
       "TBILISI, 22 September - Georgia's current account deficit narrowed to $412 million in "
       "April-June, or 4.9% of GDP, from $587 million a year earlier, the National Bank of "
       "Georgia said on Monday in its preliminary balance of payments for the quarter.",
       c("$412 million", 412e6, "USD", metric="current account", change=None),
       c("$412 million", 412e6, "USD", nth=1, metric="current account", period=Q2,
         change=None),
       c("4.9%", 4.9, "%", metric="current account", change=None),
       c("$587 million", 587e6, "USD", change=None),
       published=BP_PUB),
    ex("lf14-bp-p2-goods",
       "Exports of goods rose 11% to $1.63 billion, with re-exports of cars, mostly to "
       "Kazakhstan, Armenia and Azerbaijan, worth $612 million, or 38% of the total. Imports "
       "of goods increased 6% to $4.05 billion.",
       c("11%", 11, "%", change="increase"),
       c("$1.63 billion", 1.63e9, "USD", metric="exports", change=None),
       c("$612 million", 612e6, "USD", change=None),
       c("38%", 38, "%", change=None),
       c("6%", 6, "%", change="increase"),
       c("$4.05 billion", 4.05e9, "USD", metric="imports", change=None),
       published=BP_PUB),
    ex("lf14-bp-p3-cars",
       "The country re-exported 41,300 passenger cars in the quarter, 3,200 more than a year "
       "earlier, at an average customs value of $14,800 per car.",
       c("41,300 passenger cars", 41300, "count", change=None),
       c("3,200", 3200, "count", change="increase"),
       c("$14,800", 14800, "USD", per="car", change=None),
       published=BP_PUB),
    ex("lf14-bp-p4-destinations",
       "Kazakhstan was the largest buyer of re-exported cars, taking 14,900 units, followed by "
       "Armenia with 9,800 and Kyrgyzstan with 6,100.",
       c("14,900 units", 14900, "count", change=None, entities=[KZ]),
       c("9,800", 9800, "count", change=None, only_entities=["Armenia"]),
       c("6,100", 6100, "count", change=None, only_entities=["Kyrgyzstan"]),
       published=BP_PUB),
    ex("lf14-bp-p5-services",
       "Transport services brought in $398 million, of which transit of freight by rail, road "
       "and pipeline earned $121 million, up 9%. Travel receipts reached $1.14 billion, 7.5% "
       "more than in the second quarter of 2024.",
       c("$398 million", 398e6, "USD", change=None),
       c("$121 million", 121e6, "USD", change=None),
       c("9%", 9, "%", change="increase"),
       c("$1.14 billion", 1.14e9, "USD", change=None),
       c("7.5%", 7.5, "%", change="increase"),
       published=BP_PUB),
    ex("lf14-bp-p6-remittances",
       "Net money transfers totalled $436 million, down 21% year on year. Inflows from Russia "
       "fell by 37% to $118 million, while transfers from Italy rose 4% to $71 million and "
       "those from the United States 9% to $64 million.",
       c("$436 million", 436e6, "USD", metric="remittances", change=None),
       c("21%", 21, "%", change="decrease"),
       c("37%", 37, "%", change="decrease", entities=[RU]),
       c("$118 million", 118e6, "USD", change=None, entities=[RU]),
       c("4%", 4, "%", change="increase", entities=["Italy"]),
       c("$71 million", 71e6, "USD", change=None, entities=["Italy"]),
       c("9%", 9, "%", change="increase", entities=["United States"]),
       c("$64 million", 64e6, "USD", change=None, entities=["United States"]),
       published=BP_PUB),
    ex("lf14-bp-p7-lari",
       "Measured in lari, remittances came to GEL 1.18 billion at an average exchange rate of "
       "2.71 lari per dollar, against 2.68 lari in the same quarter last year.",
       c("GEL 1.18 billion", 1.18e9, "GEL", metric="remittances", change=None),
       c("2.71 lari", 2.71, "GEL", per="USD", metric="exchange rate", change=None),
       c("2.68 lari", 2.68, "GEL", change=None),
       published=BP_PUB),
    ex("lf14-bp-p8-neg-method",
       "The data are preliminary and compiled under the sixth edition of the IMF's Balance of "
       "Payments Manual (BPM6). Revised figures for the first quarter are in Table 3 of the "
       "statistical annex.",
       published=BP_PUB),
    ex("lf14-bp-p9-fdi",
       "Net foreign direct investment inflows were $298 million, 14% less than a year "
       "earlier. The Netherlands accounted for 27% of the total, Turkey for 18% and the United "
       "Kingdom for 12%.",
       c("$298 million", 298e6, "USD", metric="investment", change=None),
       c("14%", 14, "%", change="decrease"),
       c("27%", 27, "%", change=None, entities=["Netherlands"]),
       c("18%", 18, "%", change=None, only_entities=["Türkiye"]),
       c("12%", 12, "%", change=None, only_entities=["United Kingdom"]),
       published=BP_PUB),
    ex("lf14-bp-p10-reserves",
       "Official reserve assets rose by $187 million during the quarter to $5.02 billion at "
       "the end of June, enough to cover 3.9 months of imports.",
       c("$187 million", 187e6, "USD", change="increase"),
       c("$5.02 billion", 5.02e9, "USD", metric="international reserves", change=None),
       c("3.9 months", 3.9, "month"),
       published=BP_PUB),
    ex("lf14-bp-p11-outlook",
       "For 2025 as a whole, the bank expects the current account deficit at 5.5% of GDP and "
       "net remittances at about $1.7 billion.",
       c("5.5%", 5.5, "%", metric="current account", kind="projection", period="2025"),
       c("$1.7 billion", 1.7e9, "USD", approx="approx", metric="remittances",
         kind="projection", period="2025"),
       published=BP_PUB),
    ex("lf14-bp-p13-wine",
       "Wine exports rose 15% to $74 million, with Russia taking 61% of shipments and Ukraine "
       "9%.",
       c("15%", 15, "%", change="increase"),
       c("$74 million", 74e6, "USD", metric="exports", change=None),
       c("61%", 61, "%", change=None, entities=[RU]),
       c("9%", 9, "%", change=None, only_entities=["Ukraine"]),
       published=BP_PUB),
    ex("lf14-bp-p12-neg-contacts",
       "Next release: balance of payments for the third quarter, 22 December 2025. Chart 2: "
       "remittances by country, Q1 2023 - Q2 2025 (USD mn). Press service: +995 32 240 64 22.",
       published=BP_PUB),
]

# --- 2. An interview with the head of a Caspian shipping company (10 Feb 2026) ------------
IV_PUB = "2026-02-10"
INTERVIEW: list[Example] = [
    ex("lf14-iv-p1-neg-intro",
       "'Our ferries are booked until summer': a Caspian shipowner on ships, tonnes and "
       "prices\n\n"
       "Askar Zhumabayev has headed Kazmortransflot, Kazakhstan's national shipping company, "
       "since 2022. We spoke to him in Aktau about the fleet, the new orders and the price of "
       "ships.",
       published=IV_PUB),
    ex("lf14-iv-p2-fleet",
       "Q: How many ships do you have today? A: We have 21 vessels: eleven tankers, four "
       "ferries, three container ships and three tugs. Their combined deadweight is about "
       "165,000 tonnes.",
       c("21 vessels", 21, "count", change=None),
       c("eleven tankers", 11, "count", change=None),
       c("four ferries", 4, "count", change=None),
       c("three container ships", 3, "count", change=None),
       c("three tugs", 3, "count", change=None),
       c("165,000 tonnes", 165e3, "t", approx="approx", change=None),
       published=IV_PUB),
    ex("lf14-iv-p3-carried",
       "Q: How much did you carry last year? A: 10.4 million tonnes, of which 8.9 million "
       "tonnes was crude oil and oil products from Aktau and Kuryk to Baku and Makhachkala. "
       "Our ferries took 6,800 wagons and 12,400 trucks across, roughly a fifth more than in "
       "2024.",
       c("10.4 million tonnes", 10.4e6, "t", period="2025", change=None),
       c("8.9 million tonnes", 8.9e6, "t", change=None),
       c("6,800 wagons", 6800, "count", change=None),
       c("12,400 trucks", 12400, "count", change=None),
       c("a fifth", 20, "%", approx="approx", change="increase"),
       published=IV_PUB),
    ex("lf14-iv-p4-orders",
       "Q: You have ordered new ships. A: Yes, two tankers of 8,000 dwt each from a Chinese "
       "yard, at about $38 million apiece, and two ro-pax ferries for 56 wagons each from "
       "Baku Shipyard. The first tanker arrives in October, the ferries in 2027 and 2028.",
       c("two tankers", 2, "count", change=None),
       c("8,000 dwt", 8000, "t", metric="capacity", change=None),
       c("$38 million", 38e6, "USD", approx="approx", change=None),
       c("two ro-pax ferries", 2, "count", change=None),
       c("56 wagons", 56, "count", change=None),
       published=IV_PUB),
    ex("lf14-iv-p5-crossing",
       "Q: How long does a crossing take? A: A ferry from Kuryk to Alat needs 24 to 30 hours "
       "at sea, but with waiting for a berth and for the weather a round trip averages nine "
       "days. We want to bring that down to six.",
       c("24 to 30 hours", 24, "hour", value_high=30),
       c("nine days", 9, "day"),
       c("six", 6, "day", kind="projection"),
       published=IV_PUB),
    ex("lf14-iv-p6-prices",
       "Q: Ships have become expensive. A: Very. A new tanker of that size cost $24 million in "
       "2019; today yards ask $36-40 million. A second-hand ferry sells for about $18 million, "
       "twice what it fetched before 2022.",
       c("$24 million", 24e6, "USD", period="2019", change=None),
       c("$36-40 million", 36e6, "USD", value_high=40e6, change=None),
       c("$18 million", 18e6, "USD", approx="approx", change=None),
       c("twice", 2, "x", change="increase"),
       published=IV_PUB),
    ex("lf14-iv-p7-tariffs",
       "Q: And your freight rates? A: We charge $22-25 per tonne of crude from Aktau to Baku "
       "and $1,900 per loaded wagon on the ferry. We raised the wagon rate by 6% in January, "
       "the first increase in two years.",
       c("$22-25", 22, "USD", value_high=25, per="t", change=None),
       c("$1,900", 1900, "USD", per="wagon", change=None),
       c("6%", 6, "%", change="increase", period="2026-01"),
       published=IV_PUB),
    ex("lf14-iv-p8-neg-career",
       "Q: Where did you start? A: As a third mate on the tanker Aktau-3 in 1998, and I spent "
       "15 years at sea. My first command was the Merey, a ship built in the 1970s.",
       published=IV_PUB),
    ex("lf14-iv-p9-plan",
       "Q: What about this year? A: We plan to carry 11.5 million tonnes in 2026, including "
       "1.2 million tonnes of containers and general cargo, and our ferries are 95% booked "
       "until June.",
       c("11.5 million tonnes", 11.5e6, "t", kind="projection", period="2026", change=None),
       c("1.2 million tonnes", 1.2e6, "t", kind="projection", change=None),
       c("95%", 95, "%", change=None),
       published=IV_PUB),
    ex("lf14-iv-p10-crew",
       "Q: Is crew a problem? A: We employ 1,450 seafarers, and their wages have risen by "
       "about 30% in three years because Gulf and Turkish owners pay more. A chief engineer "
       "earns $5,500 a month with us.",
       c("1,450 seafarers", 1450, "count", change=None),
       c("30%", 30, "%", approx="approx", change="increase"),
       c("$5,500", 5500, "USD", per="month", metric="wage", change=None),
       published=IV_PUB),
    ex("lf14-iv-p11-sea-level",
       "Q: The Caspian is getting shallower. A: At Aktau we have lost about 1.5 metres since "
       "2006, so tankers load 10-15% less to pass the approach channel, which costs us some "
       "$9 million a year.",
       c("1.5 metres", 1.5, "m", approx="approx", change="decrease"),
       c("10-15%", 10, "%", value_high=15, change="decrease"),
       c("$9 million", 9e6, "USD", approx="approx", per="year"),
       published=IV_PUB),
    ex("lf14-iv-p13-containers",
       "Q: And the Trans-Caspian route? A: Container traffic across the sea should reach "
       "120,000 TEU this year, double the 2024 level, if Baku and Aktau finish their new "
       "berths on time.",
       c("120,000 TEU", 120e3, "TEU", kind="projection", period="2026", change=None),
       c("double", 2, "x", change="increase", kind="projection"),
       published=IV_PUB),
    ex("lf14-iv-p12-neg-listing",
       "Q: Will the company be listed? A: That is for the fund and the government to decide. "
       "I have no date to give you.",
       published=IV_PUB),
]

# --- 3. Kyrgyzstan's fuel market: imports and pump prices (14 Jul 2025) -------------------
FU_PUB = "2025-07-14"
KG = "Kyrgyzstan"
FUEL: list[Example] = [
    ex("lf14-fu-p1",
       "Kyrgyz fuel imports from Russia climb as pump prices rise\n\n"
       "BISHKEK, 14 July - Kyrgyzstan imported 612,000 tonnes of petroleum products in "
       "January-June, 8% more than a year earlier, with Russia supplying 94% of the total, the "
       "National Statistical Committee said on Monday.",
       c("612,000 tonnes", 612e3, "t", metric="imports", period="2025-01/2025-06",
         change=None),
       c("8%", 8, "%", change="increase"),
       c("94%", 94, "%", change=None, entities=[RU]),
       published=FU_PUB),
    ex("lf14-fu-p2-products",
       "Diesel made up 318,000 tonnes of the imports and gasoline 241,000 tonnes, while jet "
       "fuel for Manas airport accounted for the rest. The value of fuel imports reached $486 "
       "million.",
       c("318,000 tonnes", 318e3, "t", change=None),
       c("241,000 tonnes", 241e3, "t", change=None),
       c("$486 million", 486e6, "USD", metric="imports", change=None),
       published=FU_PUB),
    ex("lf14-fu-p3-pump",
       "AI-92 gasoline sold for 72.5 som per litre at Bishkek filling stations at the start of "
       "July, up from 66 som in January, and diesel for 79 som, an increase of 9.7% since the "
       "new year.",
       c("72.5 som", 72.5, "KGS", per="l", metric="energy price", change=None),
       c("66 som", 66, "KGS", change=None),
       c("79 som", 79, "KGS", change=None),
       c("9.7%", 9.7, "%", change="increase"),
       published=FU_PUB),
    ex("lf14-fu-p4-wholesale",
       "The Antimonopoly Service said the wholesale price of Russian diesel delivered to the "
       "border rose to $780 per tonne from $705 in March, while the excise on fuel was raised "
       "by 1,000 som per tonne on 1 April.",
       c("$780", 780, "USD", per="t", metric="energy price", change=None),
       c("$705", 705, "USD", change=None),
       c("1,000 som", 1000, "KGS", per="t", change="increase"),
       published=FU_PUB),
    ex("lf14-fu-p5-quota",
       "Under an intergovernmental agreement Russia may supply up to 1.35 million tonnes of "
       "oil products to Kyrgyzstan free of export duty this year, of which about 55% had been "
       "used by the end of June.",
       c("1.35 million tonnes", 1.35e6, "t", approx="max", period="2025", change=None),
       c("55%", 55, "%", approx="approx", change=None),
       published=FU_PUB),
    ex("lf14-fu-p6-neg-law",
       "The agreement was signed on 18 March 2023 and ratified by Law No. 57; its annex sets "
       "indicative balances that are reviewed each year.",
       published=FU_PUB),
    ex("lf14-fu-p7-stations",
       "Gazprom Neft's local unit runs 113 of the country's 840 filling stations and holds a "
       "market share of about 28%, the regulator said.",
       c("113", 113, "count", change=None),
       c("840 filling stations", 840, "count", change=None),
       c("28%", 28, "%", approx="approx", change=None),
       published=FU_PUB),
    ex("lf14-fu-p8-refinery",
       "The Junda refinery near Kara-Balta processed 96,000 tonnes of crude in the half year, "
       "running at just 12% of its capacity of 800,000 tonnes a year.",
       c("96,000 tonnes", 96e3, "t", change=None),
       c("12%", 12, "%", change=None),
       c("800,000 tonnes", 800e3, "t", per="year", metric="capacity", change=None),
       published=FU_PUB),
    ex("lf14-fu-p9-demand",
       "Demand for fuel is growing by 5-6% a year as the car fleet expands; the number of "
       "registered vehicles passed 1.3 million in June, 38% of them in Bishkek.",
       c("5-6%", 5, "%", value_high=6, per="year", change="increase"),
       c("1.3 million", 1.3e6, "count", approx="min"),
       c("38%", 38, "%", change=None),
       published=FU_PUB),
    ex("lf14-fu-p10-neg-source",
       "Prices are averages of the five largest networks; the full table is on the "
       "committee's site (section 7.4, file fuel_2025H1.xlsx), updated every Friday at 10:00.",
       published=FU_PUB),
    ex("lf14-fu-p11-outlook",
       "The energy ministry expects imports to reach 1.3 million tonnes for the full year and "
       "warned that gasoline could cost 80 som per litre by December if Russia extends its "
       "export ban.",
       c("1.3 million tonnes", 1.3e6, "t", kind="projection", period="2025", change=None),
       c("80 som", 80, "KGS", per="l", kind="projection", change=None),
       published=FU_PUB),
    ex("lf14-fu-p12-neg-byline",
       "Reporting by Aigerim Toktosunova; editing by Daniyar Osmonov. Tel. +996 312 62 55 41.",
       published=FU_PUB),
]

# --- 4. A national railway's Eurobond placement (published 19 Mar 2026) ------------------
EB_PUB = "2026-03-19"
EUROBOND: list[Example] = [
    ex("lf14-eb-p1",
       "KTZ prices $700 million Eurobond at 5.25% as orders top $2.3 billion\n\n"
       "ASTANA, 18 March - Kazakhstan Temir Zholy placed $700 million of seven-year "
       "Eurobonds with a coupon of 5.25% on Wednesday, after investors put in orders of more "
       "than $2.3 billion, the national railway said.",
       c("$700 million", 700e6, "USD", metric="loan", change=None),
       c("5.25%", 5.25, "%", change=None),
       c("$2.3 billion", 2.3e9, "USD", approx="min", change=None),
       c("$700 million", 700e6, "USD", nth=1, metric="loan", change=None, entities=[KTZ]),
       c("5.25%", 5.25, "%", nth=1, change=None),
       c("$2.3 billion", 2.3e9, "USD", nth=1, approx="min", change=None),
       published=EB_PUB),
    ex("lf14-eb-p2-book",
       "The book was 3.3 times oversubscribed, which let the company tighten the yield by 50 "
       "basis points from initial guidance of around 5.75%. The notes were priced at 99.2% of "
       "face value.",
       c("3.3 times", 3.3, "x"),
       c("50 basis points", 0.5, "pp", change="decrease"),
       c("5.75%", 5.75, "%", approx="approx", change=None),
       c("99.2%", 99.2, "%", change=None),
       published=EB_PUB),
    ex("lf14-eb-p3-allocation",
       "Investors from the United Kingdom took 34% of the issue, continental Europe 27%, the "
       "United States 18% and Asia and the Middle East 21%. Asset managers bought 62% and "
       "banks 23%.",
       c("34%", 34, "%", change=None, entities=["United Kingdom"]),
       c("27%", 27, "%", change=None),
       c("18%", 18, "%", change=None, entities=["United States"]),
       c("21%", 21, "%", change=None),
       c("62%", 62, "%", change=None),
       c("23%", 23, "%", change=None),
       published=EB_PUB),
    ex("lf14-eb-p4-proceeds",
       "Proceeds will refinance $450 million of notes due in 2027 and fund the purchase of "
       "180 freight locomotives and 2,400 wagons, KTZ said.",
       c("$450 million", 450e6, "USD", change=None),
       c("180 freight locomotives", 180, "count", change=None),
       c("2,400 wagons", 2400, "count", change=None),
       published=EB_PUB),
    ex("lf14-eb-p5-tenge",
       "Alongside the dollar notes, the company sold 150 billion tenge of five-year bonds on "
       "the Astana International Exchange at 15.5%, the largest local-currency placement by a "
       "Kazakh company this year.",
       c("150 billion tenge", 150e9, "KZT", change=None),
       c("15.5%", 15.5, "%", change=None),
       published=EB_PUB),
    ex("lf14-eb-p6-neg-isin",
       "ISIN XS2934561207 (Reg S) and US48667QAG73 (144A); listing on the London Stock "
       "Exchange and AIX. Joint bookrunners: Citi, JP Morgan and Halyk Finance.",
       published=EB_PUB),
    ex("lf14-eb-p7-financials",
       "KTZ reported revenue of 2.1 trillion tenge for 2025, up 12%, and net debt of 3.4 "
       "trillion tenge, or 3.1 times EBITDA.",
       c("2.1 trillion tenge", 2.1e12, "KZT", metric="revenue", period="2025", change=None),
       c("12%", 12, "%", change="increase"),
       c("3.4 trillion tenge", 3.4e12, "KZT", change=None),
       c("3.1 times", 3.1, "x", change=None),
       published=EB_PUB),
    ex("lf14-eb-p8-neg-ratings",
       "The bonds are rated BBB- by S&P and Baa2 by Moody's, in line with the sovereign. "
       "Settlement is scheduled for 25 March (T+5).",
       published=EB_PUB),
    ex("lf14-eb-p9-debt-mix",
       "After the deal, dollar debt will make up 41% of KTZ's borrowings, down from 47% at the "
       "end of 2025, as the company shifts to tenge loans to cut currency risk.",
       c("41%", 41, "%", kind="projection", change=None),
       c("47%", 47, "%", period="2025", change=None),
       published=EB_PUB),
    ex("lf14-eb-p10-spreads",
       "The yield is 135 basis points over US Treasuries and about 40 basis points above "
       "Kazakhstan's sovereign bonds of a similar maturity.",
       c("135 basis points", 1.35, "pp", change=None),
       c("40 basis points", 0.4, "pp", approx="approx", change="increase"),
       published=EB_PUB),
    ex("lf14-eb-p11-ipo",
       "The state holds 100% of KTZ through the Samruk-Kazyna fund, which plans to sell up to "
       "25% of the railway's freight unit in a public offering in 2027.",
       c("100%", 100, "%", change=None),
       c("25%", 25, "%", approx="max", kind="projection", period="2027"),
       published=EB_PUB),
    ex("lf14-eb-p12-neg-photo",
       "Source: company statement, Cbonds, our calculations. Photo: a KTZ 2TE25KM locomotive "
       "at Astana-1 station.",
       published=EB_PUB),
]

EXAMPLES: list[Example] = [*BOP, *INTERVIEW, *FUEL, *EUROBOND]

KNOWN_GAPS: dict[str, str] = {
    "lf14-iv-p5-crossing": "'We want to bring that down to six': a bare number word after "
                           "'down to' takes its unit ('days') from the sentence before; a bare "
                           "number word is no candidate for an elliptic figure (as in "
                           "lf12-bc-p4-staff, lf13-rr-p1)",
}
