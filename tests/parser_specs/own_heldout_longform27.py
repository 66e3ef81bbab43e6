"""Held-out paragraphs of whole news articles, a twenty-seventh round, written after the parser.

Four more articles of genres the earlier rounds (`own_heldout_longform` to
`own_heldout_longform25`) did not cover as whole articles, written in our own words and cut
into paragraphs, one example a paragraph (its id `lf27-GENRE-pN`), so that what a
paragraph's sentences lend each other is tested as an analyst reads it: a news story on car
assembly in Uzbekistan and Kazakhstan (vehicles built in a year with changes, a carmaker's
output and home sales, a plan in units, localisation shares against a target, exports in
units and dollars with buyers' shares, average prices in soums and tenge, a plant's design
capacity a year, a new plant's size and cost, a kit container's rate and transit days, jobs,
an outlook as a range); a metals story on Kazakh steel exports (rolled steel exported in
tonnes, crude steel against a design capacity, hot-rolled coil prices per tonne FOB, an EU
safeguard quota per quarter and its fill, an out-of-quota duty, exports by destination, a
rail tariff per tonne, a coking coal price, a plan to reach a capacity, staff and wages);
a story on the Trans-Caspian fibre-optic cable (its length under the sea and on land, a
design capacity in Tbps, the first pair lit, its cost and shares of the joint venture, a
latency in milliseconds against today's routes, transit traffic in Gbps, a price per Mbps a
month, completion years); and a logistics startup's funding round (a Series A in dollars, a
valuation, lead and follow-on investors, trucks and shippers on the platform, freight booked
in tonnes and in dollars, a take rate, empty runs cut in percent, staff and cities, the use
of the money, a previous seed round). About a fifth are paragraphs without a claim: an
industry code and a kit stage, a plant director's quote with his age and his shop's number,
a byline with a phone, a safeguard regulation's number and a quota's order number, a mill's
blast furnace numbers and its rebranding, a cable's landing stations and fibre pairs' names,
a consortium's memorandum and its article, a founder's age and university with the year he
started, a term sheet's clauses and a law firm. Every expectation was written from reading
the text, before the parser was run on it (six were corrected to the house conventions, or a
claim was added, after the first run, each marked where it stands).
"""

from __future__ import annotations

from . import Example, c, ex

UZ = "Uzbekistan"
KZ = "Kazakhstan"
AZ = "Azerbaijan"

# --- 1. Car assembly in Uzbekistan and Kazakhstan (12 Feb 2026) ------------------------------
AUTO_PUB = "2026-02-12"
AUTO: list[Example] = [
    ex("lf27-auto-p1",
       "Central Asian car plants push output past 700,000 vehicles\n\n"
       "TASHKENT, 12 February - Car factories in Uzbekistan and Kazakhstan assembled 712,000 "
       "vehicles in 2025, 9.4% more than a year earlier, as new Chinese-backed lines came on "
       "stream and exports to Russia and the Caucasus rose, industry data show.",
       c("700,000 vehicles", 700000, "count", approx="min"),
       c("712,000 vehicles", 712000, "count", period="2025"),
       c("9.4%", 9.4, "%", change="increase"),
       published=AUTO_PUB),
    ex("lf27-auto-p2-uzauto",
       "Uzbekistan's UzAuto Motors, the largest producer, built 402,500 cars at its Asaka and "
       "Pitnak plants, up from 375,000 in 2024, and sold 361,000 of them at home. Its plan for "
       "2026 is 450,000 units.",
       c("402,500 cars", 402500, "count"),
       c("375,000", 375000, "count", period="2024"),
       c("361,000", 361000, "count"),
       c("450,000 units", 450000, "count", kind="projection", period="2026"),
       published=AUTO_PUB),
    ex("lf27-auto-p3-kazakhstan",
       "In Kazakhstan, output rose 14% to 158,300 vehicles, the Association of Kazakhstan "
       "Automotive Business said. The Allur plant in Kostanay and Hyundai Trans Kazakhstan in "
       "Almaty accounted for about 70% of the total.",
       c("14%", 14, "%", change="increase"),
       c("158,300 vehicles", 158300, "count"),
       c("70%", 70, "%", approx="approx"),
       published=AUTO_PUB),
    ex("lf27-auto-p4-neg-codes",
       "The figures exclude trucks, buses and farm machinery, reported separately under OKED "
       "code 29.10, and kits assembled at the SKD-2 stage in free zones.",
       published=AUTO_PUB),
    ex("lf27-auto-p5-localisation",
       "Localisation remains the sector's weak point. The share of locally made parts in an "
       "UzAuto Chevrolet Cobalt stands at 52%, officials say, against a target of 60% by "
       "2027, while Kazakh plants average just 18-25%.",
       c("52%", 52, "%"),
       c("60%", 60, "%", kind="projection", period="2027"),
       c("18-25%", 18, "%", value_high=25),
       published=AUTO_PUB),
    ex("lf27-auto-p6-exports",
       "Uzbek car exports jumped to 71,400 units worth $812 million, from 41,000 a year "
       "earlier. Russia took 58% of them and Kazakhstan 24%, with Azerbaijan and Georgia "
       "buying most of the rest.",
       c("71,400 units", 71400, "count"),
       c("$812 million", 812e6, "USD"),
       c("41,000", 41000, "count"),
       c("58%", 58, "%"),
       c("24%", 24, "%"),
       published=AUTO_PUB),
    ex("lf27-auto-p7-prices",
       "The average price of a new car on the Uzbek market rose to 187 million soums, about "
       "$14,600, after the recycling fee was raised; in Kazakhstan the average was 14.2 "
       "million tenge.",
       c("187 million soums", 187e6, "UZS"),
       c("$14,600", 14600, "USD", approx="approx"),
       c("14.2 million tenge", 14.2e6, "KZT"),
       published=AUTO_PUB),
    ex("lf27-auto-p8-neg-quote",
       "\"We are no longer just screwing kits together,\" said the plant's director, Bakhtiyor "
       "Rakhimov, 48, who joined the company in 2006 as an engineer in Shop No. 3.",
       published=AUTO_PUB),
    ex("lf27-auto-p9-byd",
       "BYD's plant in Jizzakh, opened in 2024, has a design capacity of 50,000 vehicles a "
       "year and built 31,200 of them last year. The Chery and Kia lines at ADM Jizzakh added "
       "another 27,000.",
       c("50,000 vehicles", 50000, "count", per="year"),
       c("31,200", 31200, "count", period="2025"),
       c("27,000", 27000, "count"),
       published=AUTO_PUB),
    ex("lf27-auto-p10-chery",
       "Kazakhstan's government has signed an agreement with Chery for a 120,000-vehicle "
       "plant in Kostanay costing $320 million, due to open in 2027. Investment in the Kazakh "
       "car industry totalled 410 billion tenge over the past five years, the industry "
       "ministry said.",
       c("120,000-vehicle", 120000, "count"),
       c("$320 million", 320e6, "USD"),
       c("410 billion tenge", 410e9, "KZT"),
       published=AUTO_PUB),
    ex("lf27-auto-p11-logistics",
       "Most parts still arrive from China by rail through Khorgos and Dostyk. A 40-foot "
       "container of car kits from Xi'an to Tashkent costs about $4,300 and takes 12-15 days, "
       "while finished cars go to Russia on car-carrier wagons that hold 8 to 10 vehicles "
       "each.",
       c("$4,300", 4300, "USD", approx="approx"),
       c("12-15 days", 12, "day", value_high=15),
       c("8 to 10 vehicles", 8, "count", value_high=10),
       published=AUTO_PUB),
    ex("lf27-auto-p12-jobs",
       "The two countries' car plants and their suppliers employ some 38,000 people, up from "
       "29,000 in 2021.",
       c("38,000 people", 38000, "count", approx="approx"),
       c("29,000", 29000, "count", period="2021"),
       published=AUTO_PUB),
    ex("lf27-auto-p13-neg-byline",
       "Reporting by Dilnoza Yusupova in Tashkent and Arman Zhunusov in Almaty; editing by "
       "K. Ivanova. Tel. +998 71 233 45 67.",
       published=AUTO_PUB),
    ex("lf27-auto-p14-outlook",
       "Analysts at Halyk Finance expect combined output of 780,000-800,000 vehicles in 2026, "
       "but warn that Russia's higher recycling fee could cut Uzbek exports there by up to "
       "30%.",
       c("780,000-800,000 vehicles", 780000, "count", value_high=800000,
         kind="projection", period="2026"),
       c("30%", 30, "%", approx="max", change="decrease", kind="projection"),
       published=AUTO_PUB),
]

# --- 2. Kazakh steel exports and the EU quota (8 Apr 2026) ---------------------------------
STEEL_PUB = "2026-04-08"
STEEL: list[Example] = [
    ex("lf27-steel-p1",
       "Qarmet steel exports slide as EU quota bites\n\n"
       "ALMATY, 8 April - Kazakhstan's largest steelmaker, Qarmet, exported 1.62 million "
       "tonnes of rolled steel in 2025, 11% less than a year earlier, as a tighter European "
       "Union safeguard quota and weak prices in China squeezed its margins.",
       c("1.62 million tonnes", 1.62e6, "t", period="2025"),
       c("11%", 11, "%", change="decrease"),
       published=STEEL_PUB),
    ex("lf27-steel-p2-output",
       "The Temirtau mill produced 3.9 million tonnes of crude steel, against a design "
       "capacity of 6 million tonnes a year, running at about 65% of capacity.",
       c("3.9 million tonnes", 3.9e6, "t"),
       c("6 million tonnes", 6e6, "t", per="year"),
       c("65%", 65, "%", approx="approx"),
       published=STEEL_PUB),
    ex("lf27-steel-p3-neg-furnaces",
       "Blast furnaces No. 2 and No. 3 were relined in 2024, and the mill, renamed in "
       "December 2023 after the state bought it, now reports under the Qarmet name.",
       published=STEEL_PUB),
    ex("lf27-steel-p4-prices",
       "Hot-rolled coil for export fetched an average of $540 a tonne FOB in the fourth "
       "quarter, down from $615 a year earlier, while galvanised sheet sold at $760-790 a "
       "tonne to buyers in Central Asia.",
       c("$540", 540, "USD", per="t"),
       c("$615", 615, "USD"),
       c("$760-790", 760, "USD", value_high=790, per="t"),
       published=STEEL_PUB),
    ex("lf27-steel-p5-quota",
       "Under the EU's steel safeguard, Kazakhstan's country-specific quota for hot-rolled "
       "flat products was cut to 38,500 tonnes a quarter from 52,000 tonnes, and it was "
       "filled within 9 days of opening in January. Shipments above the quota pay a 25% "
       "duty.",
       c("38,500 tonnes", 38500, "t", per="quarter"),
       c("52,000 tonnes", 52000, "t"),
       # "within" a time is no ceiling in the house's tables (own_heldout_hubs), corrected
       # after the first run
       c("9 days", 9, "day", approx=None),
       c("25%", 25, "%"),
       published=STEEL_PUB),
    ex("lf27-steel-p6-neg-regulation",
       "The safeguard, set by Implementing Regulation (EU) 2019/159, runs until 30 June 2026; "
       "Kazakhstan's share is managed under order number 09.8115.",
       published=STEEL_PUB),
    ex("lf27-steel-p7-destinations",
       "With Europe squeezed, China became Qarmet's biggest market, taking 420,000 tonnes, "
       "followed by Uzbekistan with 310,000 tonnes and Russia with 260,000 tonnes. Sales to "
       "the EU fell to 190,000 tonnes from 355,000 tonnes.",
       c("420,000 tonnes", 420000, "t"),
       c("310,000 tonnes", 310000, "t", entities=[UZ]),
       c("260,000 tonnes", 260000, "t"),
       c("190,000 tonnes", 190000, "t"),
       c("355,000 tonnes", 355000, "t"),
       published=STEEL_PUB),
    ex("lf27-steel-p8-rail",
       "Getting steel to Europe by the Middle Corridor costs about $95 a tonne, traders say, "
       "including the Caspian crossing from Aktau to Baku, against some $70 a tonne by rail "
       "to Baltic ports before 2022.",
       c("$95", 95, "USD", approx="approx", per="t"),
       c("$70", 70, "USD", approx="approx", per="t"),
       published=STEEL_PUB),
    ex("lf27-steel-p9-coal",
       "Costs have eased: coking coal from the company's Karaganda mines was valued at $128 a "
       "tonne in the fourth quarter, 19% less than a year earlier, and iron ore from "
       "Lisakovsk at $72 a tonne.",
       c("$128", 128, "USD", per="t"),
       c("19%", 19, "%", change="decrease"),
       c("$72", 72, "USD", per="t"),
       published=STEEL_PUB),
    ex("lf27-steel-p10-plan",
       "Qarmet plans to raise crude steel output to 5.5 million tonnes by 2029 under a $1.2 "
       "billion modernisation programme, part of it financed by a 150 billion tenge loan from "
       "the Development Bank of Kazakhstan.",
       c("5.5 million tonnes", 5.5e6, "t", kind="projection", period="2029"),
       c("$1.2 billion", 1.2e9, "USD"),
       c("150 billion tenge", 150e9, "KZT"),
       published=STEEL_PUB),
    ex("lf27-steel-p11-staff",
       "The group employs about 34,000 people in Temirtau and at its mines, and raised "
       "average wages by 12% in January to 590,000 tenge a month.",
       c("34,000 people", 34000, "count", approx="approx"),
       c("12%", 12, "%", change="increase"),
       c("590,000 tenge", 590000, "KZT", per="month"),
       published=STEEL_PUB),
    ex("lf27-steel-p12-neg-quote",
       "\"Europe is still our premium market, and we will keep our customers there,\" "
       "Qarmet's commercial director said at the Metal Expo in Moscow, in Hall 8.",
       published=STEEL_PUB),
    ex("lf27-steel-p13-uzbek",
       "In neighbouring Uzbekistan, the Uzbek Metallurgical Plant in Bekabad "
       "produced 1.1 million tonnes of steel in 2025 and exported about 15% of it, mostly "
       "rebar to Afghanistan and Tajikistan.",
       c("1.1 million tonnes", 1.1e6, "t", period="2025"),
       c("15%", 15, "%", approx="approx"),
       published=STEEL_PUB),
]

# --- 3. The Trans-Caspian fibre-optic cable (17 Jun 2026) -----------------------------------
FIBRE_PUB = "2026-06-17"
FIBRE: list[Example] = [
    ex("lf27-fibre-p1",
       "Trans-Caspian cable to be laid next year, partners say\n\n"
       "BAKU, 17 June - Azerbaijan and Kazakhstan will start laying a 380-km fibre-optic "
       "cable across the bed of the Caspian Sea in 2027, the two operators building it said "
       "on Tuesday, after a seabed survey was completed.",
       c("380-km", 380, "km"),
       published=FIBRE_PUB),
    ex("lf27-fibre-p2-capacity",
       "The cable, between Sumgait and Aktau, is designed for up to 400 Tbps. The first "
       "fibre pair to be lit will carry 4 Tbps, enough for the next five years of transit "
       "between Europe and Asia, AzerTelecom said.",
       c("400 Tbps", 400, "Tbps", approx="max"),
       c("4 Tbps", 4, "Tbps", kind="projection"),
       published=FIBRE_PUB),
    ex("lf27-fibre-p3-cost",
       "The project is estimated to cost $50 million. AzerTelecom and Kazakhtelecom hold "
       "equal stakes of 50% in the joint venture that will own it.",
       c("$50 million", 50e6, "USD"),
       c("50%", 50, "%"),
       published=FIBRE_PUB),
    ex("lf27-fibre-p4-neg-stations",
       "The landing stations, Sumgait-1 and Aktau CLS-2, will be linked by fibre pairs FP1 "
       "to FP4, the consortium's memorandum says in its Article 7.",
       published=FIBRE_PUB),
    ex("lf27-fibre-p5-land",
       "On land, the route continues over 1,200 km through Kazakhstan to the Chinese border "
       "at Khorgos and over 570 km through Georgia to the Black Sea, where a 1,100-km "
       "undersea cable to Romania is planned.",
       c("1,200 km", 1200, "km", approx="min"),
       c("570 km", 570, "km", approx="min"),
       c("1,100-km", 1100, "km"),
       published=FIBRE_PUB),
    ex("lf27-fibre-p6-latency",
       "Operators expect a latency of about 85 milliseconds between Frankfurt and Hong Kong "
       "along the new route, against 110 milliseconds or more through Russia or the Red Sea.",
       # milliseconds are kept in seconds, as cents in dollars (the unit written as "ms"
       # first, before the parser had one)
       c("85 milliseconds", 0.085, "s", approx="approx", kind="projection"),
       c("110 milliseconds", 0.11, "s", approx="min"),
       published=FIBRE_PUB),
    ex("lf27-fibre-p7-traffic",
       "Azerbaijan's international internet traffic reached 2.1 Tbps at its peak last year, "
       "up 31%, while the transit sold to neighbours came to 640 Gbps.",
       c("2.1 Tbps", 2.1, "Tbps", period="2025"),
       c("31%", 31, "%", change="increase"),
       c("640 Gbps", 640, "Gbps"),
       published=FIBRE_PUB),
    ex("lf27-fibre-p8-prices",
       "Wholesale prices for internet transit in Central Asia remain among the world's "
       "highest, at $8-12 per Mbps a month in Kazakhstan and up to $25 in Turkmenistan, "
       "against less than $1 in Frankfurt.",
       # the price's rate is the first named after it, per Mbps (the month second), corrected
       # after the first run
       c("$8-12", 8, "USD", value_high=12, per="Mbps"),
       c("$25", 25, "USD", approx="max"),
       c("$1", 1, "USD", approx="max"),
       published=FIBRE_PUB),
    ex("lf27-fibre-p9-neg-quote",
       "\"This is the digital twin of the Middle Corridor,\" the digital development minister "
       "said, recalling the Digital Silk Way agreement signed in Baku in 2020.",
       published=FIBRE_PUB),
    ex("lf27-fibre-p10-works",
       "A cable-laying ship will need about 40 days at sea, and the link is due to enter "
       "service by the end of 2028, a year later than first planned. The seabed survey "
       "mapped depths of up to 780 metres along the route.",
       c("40 days", 40, "day", approx="approx", kind="projection"),
       c("780 metres", 780, "m", approx="max"),
       published=FIBRE_PUB),
    ex("lf27-fibre-p11-eu",
       "The European Union has offered €45 million under Global Gateway for the Black Sea "
       "cable, whose cost is put at about €400 million, and the World Bank is studying a $25 "
       "million loan to extend fibre to Uzbekistan's Karakalpakstan.",
       c("€45 million", 45e6, "EUR"),
       c("€400 million", 400e6, "EUR", approx="approx"),
       c("$25 million", 25e6, "USD"),
       published=FIBRE_PUB),
    ex("lf27-fibre-p12-kz",
       "Kazakhtelecom said it had already laid 3,400 km of new backbone in the west of the "
       "country and would spend 95 billion tenge on its network this year.",
       c("3,400 km", 3400, "km"),
       c("95 billion tenge", 95e9, "KZT", kind="projection", period="2026"),
       published=FIBRE_PUB),
    ex("lf27-fibre-p13-neg-credit",
       "Photo: the survey vessel Ramin Aliyev at the port of Alat, May 2026. Edited by S. "
       "Mammadova.",
       published=FIBRE_PUB),
]

# --- 4. A logistics startup's Series A round (23 Sep 2026) ----------------------------------
START_PUB = "2026-09-23"
STARTUP: list[Example] = [
    ex("lf27-start-p1",
       "Almaty freight app Yuk.kz raises $14 million to expand into Uzbekistan\n\n"
       "ALMATY, 23 September - Yuk.kz, a Kazakh digital freight platform that matches "
       "truckers with shippers, has raised $14 million in a Series A round led by a "
       "Dubai-based venture fund, the company said on Tuesday.",
       c("$14 million", 14e6, "USD"),
       c("$14 million", 14e6, "USD", nth=1),
       published=START_PUB),
    ex("lf27-start-p2-valuation",
       "The round values the three-year-old company at about $70 million, people familiar "
       "with the deal said, up from $18 million at its seed round in 2024, when it raised "
       "$2.5 million.",
       c("$70 million", 70e6, "USD", approx="approx"),
       c("$18 million", 18e6, "USD", period="2024"),
       c("$2.5 million", 2.5e6, "USD"),
       published=START_PUB),
    ex("lf27-start-p3-investors",
       "Existing backers Astana Hub's fund and a Tashkent family office put in a further $3 "
       "million, and the International Finance Corporation joined with $4 million.",
       c("$3 million", 3e6, "USD"),
       c("$4 million", 4e6, "USD"),
       published=START_PUB),
    ex("lf27-start-p4-neg-founder",
       "The company was founded in 2023 by Timur Abenov, 31, a graduate of Nazarbayev "
       "University, who started out dispatching trucks from a flat on Abay Avenue 150.",
       published=START_PUB),
    ex("lf27-start-p5-platform",
       "Some 46,000 trucks and 5,200 shippers are now registered on the app, which booked "
       "1.8 million tonnes of freight in the first eight months of the year, three times as "
       "much as a year earlier.",
       c("46,000 trucks", 46000, "count", approx="approx"),
       # "Some" hedges the first figure of the pair only (approx not checked here, dropped
       # after the first run)
       c("5,200 shippers", 5200, "count", item="shipper"),
       c("1.8 million tonnes", 1.8e6, "t", period="2026-01/2026-08"),
       c("three times", 3, "x", change="increase"),
       published=START_PUB),
    ex("lf27-start-p6-gmv",
       "The value of freight booked, its gross merchandise value, reached $96 million over "
       "the past twelve months, and the company keeps a commission of 6-8% on each load.",
       c("$96 million", 96e6, "USD"),
       c("6-8%", 6, "%", value_high=8),
       published=START_PUB),
    ex("lf27-start-p7-empty",
       "By matching return loads, the platform says, it has cut the share of empty runs for "
       "its carriers from 42% to 27%, saving a typical truck about 180,000 tenge a month in "
       "fuel.",
       c("42%", 42, "%"),
       c("27%", 27, "%"),
       c("180,000 tenge", 180000, "KZT", approx="approx", per="month"),
       published=START_PUB),
    ex("lf27-start-p8-uzbekistan",
       "The money will take the service to Uzbekistan, where it plans to sign up 15,000 "
       "trucks by the end of 2027, and to cross-border routes to China and Russia, which "
       "already make up 12% of its bookings.",
       c("15,000 trucks", 15000, "count", kind="projection", period="2027"),
       c("12%", 12, "%"),
       published=START_PUB),
    ex("lf27-start-p9-neg-terms",
       "The term sheet includes a 1x non-participating liquidation preference and one board "
       "seat for the lead investor; Kinstellar advised the company.",
       published=START_PUB),
    ex("lf27-start-p10-staff",
       "Yuk.kz employs 140 people in five cities and will double its engineering team to 60 "
       "within a year.",
       # cities are counted in the house's tables (own_heldout_longform21's "57 cities"), and
       # "double" is a multiple as "triple" is there: both added after the first run
       c("140 people", 140, "count"),
       c("five cities", 5, "count"),
       c("double", 2, "x", change="increase", kind="projection"),
       c("60", 60, "count", kind="projection"),
       published=START_PUB),
    ex("lf27-start-p11-market",
       "Kazakhstan's road freight market is worth an estimated $6.5 billion a year, but less "
       "than 5% of it is booked online, according to a McKinsey estimate quoted by the "
       "company.",
       c("$6.5 billion", 6.5e9, "USD", per="year"),
       c("5%", 5, "%", approx="max"),
       published=START_PUB),
    ex("lf27-start-p12-peers",
       "Venture funding for Central Asian startups fell 22% in 2025 to $193 million, "
       "according to a regional tracker, with logistics and fintech taking more than half.",
       c("22%", 22, "%", change="decrease", period="2025"),
       c("$193 million", 193e6, "USD", period="2025"),
       # the house's surface of a share in words is the word itself, "half" (corrected after
       # the first run)
       c("half", 50, "%", approx="min"),
       published=START_PUB),
    ex("lf27-start-p13-neg-contacts",
       "Press contact: press@yuk.kz, +7 727 355 01 02. Yuk.kz is a registered trademark of "
       "Yuk Technologies Ltd, AIFC, Astana.",
       published=START_PUB),
]

EXAMPLES: list[Example] = AUTO + STEEL + FIBRE + STARTUP

KNOWN_GAPS: dict[str, str] = {}
