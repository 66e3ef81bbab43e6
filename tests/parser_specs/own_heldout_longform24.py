"""Held-out paragraphs of whole news articles, a twenty-fourth round, written after the parser.

Four more articles of genres the earlier rounds (`own_heldout_longform` to
`own_heldout_longform23`) did not cover as whole articles, written in our own words and cut
into paragraphs, one example a paragraph (its id `lf24-GENRE-pN`), so that what a
paragraph's sentences lend each other is tested as an analyst reads it: a fact-check of a
Kazakh minister's claims on transit and regional trade (the claimed figures against the
official ones, a doubling measured from two base years, transit days by quarter, port
charges per tonne as a range, companies registered, tonnes of transit by year); an explainer
on the Eurasian Economic Union's lower duty-free limit for parcels (thresholds per parcel and
per month in euros, a duty in percent with a floor per kilogram, weight limits, processing
fees per declaration in roubles, tenge and som, parcels received and their shares, a
certificate-of-origin threshold cut, excise allowances, the retail market's shares); a
national railway's syndicated loan announcement for rolling stock (the facility's size and
oversubscription, a dollar and a tenge tranche, a margin in basis points over SOFR and a fixed
rate, locomotives and wagons to buy and their unit prices, the fleet's size and age, a
margin step-down tied to leverage, fees, instalments, capital spending and freight plans,
earlier bonds); and a feature on Afghanistan's transit trade through Termez and Hairatan
(trucks and trains a day, a bridge's length, a cargo centre's tonnes and hectares, rail and
road costs per tonne, the planned Trans-Afghan railway's length, cost range, capacity and
transit days, financing, grain and fuel flows, waiting hours, fees per truck and per wagon).
About a fifth are paragraphs without a claim: a minister's spokesman and a request's
reference, a fact-check's rating scale and its series number with contacts and sources, a
council decision's number and annex, a commissioner's quote and a review year, related links
with a file's size, a facility's governing law, identifier and agent, a company's
boilerplate and contacts, a driver's age, truck number, bay and window, a port authority's
chief and a tunnel's year, a photo caption at a kilometre marker, bylines and a series' part.
Every expectation was written from reading the text, before the parser was run on it (two
were corrected to the house conventions, and a few fields were added to the check, after the
first run, each marked where it stands).
"""

from __future__ import annotations

from . import Example, c, ex

# --- 1. A fact-check of a minister's trade and transit claims (12 March 2026) ---------------
FC_PUB = "2026-03-12"
FACTCHECK: list[Example] = [
    ex("lf24-fc-p1",
       "Fact check: Did container transit through Kazakhstan really double?\n\n"
       "ASTANA, 12 March - Speaking at a government meeting on Tuesday, Deputy Prime Minister "
       "and Trade Minister Serik Zhumangarin said container transit through Kazakhstan had "
       "doubled since 2023 to 1.6 million TEU last year, and that trade with the four other "
       "Central Asian states had passed $12 billion. We checked both claims against official "
       "data.",
       c("doubled", 2, "x", change="increase"),
       c("1.6 million TEU", 1.6e6, "TEU", period="2025"),
       c("$12 billion", 12e9, "USD", approx="min"),
       published=FC_PUB),
    ex("lf24-fc-p2-transit",
       "The first claim is partly true. According to Kazakhstan Temir Zholy, the national "
       "railway, transit container traffic reached 1.58 million TEU in 2025. But in 2023 it "
       "was 1.12 million TEU, so traffic grew by 41% in that time, well short of what the "
       "minister said.",
       c("1.58 million TEU", 1.58e6, "TEU", period="2025"),
       c("1.12 million TEU", 1.12e6, "TEU", period="2023"),
       c("41%", 41, "%", change="increase"),
       published=FC_PUB),
    ex("lf24-fc-p3-base-year",
       "The doubling appears only if one starts from 2022, when transit fell to 790,000 TEU "
       "after sanctions on Russia disrupted the northern route. Measured from that low, "
       "volumes have doubled; measured from 2021's 1.02 million TEU, they are up by about "
       "55%.",
       c("790,000 TEU", 790000, "TEU", period="2022"),
       c("doubled", 2, "x", change="increase"),
       c("1.02 million TEU", 1.02e6, "TEU", period="2021"),
       c("55%", 55, "%", approx="approx", change="increase"),
       published=FC_PUB),
    ex("lf24-fc-p4-neg-spokesman",
       "A spokesman for the minister said on Wednesday that he had been referring to \"the "
       "period since the 2022 crisis\". The ministry's press office did not answer a request "
       "for the figures it used, sent on 10 March under reference 14-2/318.",
       published=FC_PUB),
    ex("lf24-fc-p5-regional",
       "The second claim checks out. The Bureau of National Statistics puts Kazakhstan's trade "
       "with Uzbekistan, Kyrgyzstan, Tajikistan and Turkmenistan at $12.4 billion in 2025, up "
       "8.6% from $11.4 billion a year earlier.",
       c("$12.4 billion", 12.4e9, "USD", period="2025"),
       c("8.6%", 8.6, "%", change="increase"),
       c("$11.4 billion", 11.4e9, "USD", period="2024"),
       published=FC_PUB),
    ex("lf24-fc-p6-partners",
       "Uzbekistan alone accounted for $5.1 billion, or 41% of the total, followed by "
       "Kyrgyzstan with $2.3 billion. Trade with Turkmenistan, at $610 million, was the "
       "smallest.",
       c("$5.1 billion", 5.1e9, "USD"),
       c("41%", 41, "%", change=None),
       c("$2.3 billion", 2.3e9, "USD"),
       c("$610 million", 610e6, "USD"),
       published=FC_PUB),
    ex("lf24-fc-p7-reexports",
       "But the figure includes re-exports. Exports of goods produced in Kazakhstan to the "
       "four countries came to $4.7 billion, while about $1.9 billion of exports were goods "
       "imported from elsewhere, mostly from China and Russia, and shipped on.",
       c("$4.7 billion", 4.7e9, "USD"),
       c("$1.9 billion", 1.9e9, "USD", approx="approx"),
       published=FC_PUB),
    ex("lf24-fc-p8-days",
       "The minister also said that the average time for a container train to cross "
       "Kazakhstan from Dostyk to Aktau had fallen to four days. Railway data show an average "
       "of 5.2 days in the fourth quarter of 2025, against 6.8 days a year earlier; the "
       "minister's figure applies only to the fastest scheduled services.",
       c("four days", 4, "day"),
       c("5.2 days", 5.2, "day", period="2025-10/2025-12"),
       c("6.8 days", 6.8, "day"),
       published=FC_PUB),
    ex("lf24-fc-p9-neg-verdict",
       "Verdict: on transit, misleading; on regional trade, accurate; on transit times, "
       "exaggerated. Our rating scale runs from 1 (false) to 5 (accurate); we rate the "
       "statement as a whole 3 of 5.",
       published=FC_PUB),
    ex("lf24-fc-p10-port-charges",
       "He also claimed that port charges across the Caspian now come to \"less than $200\" "
       "for a tonne of cargo moved from China to Europe. Published tariffs of the ports of "
       "Aktau and Baku add up to $118-146 per tonne for general cargo, so the claim holds, "
       "though a 40-foot container pays a flat $520 in Aktau alone.",
       c("$200", 200, "USD", approx="max"),
       c("$118-146", 118, "USD", value_high=146, per="t"),
       c("$520", 520, "USD"),
       published=FC_PUB),
    ex("lf24-fc-p11-companies",
       "Some claims cannot be checked. Mr Zhumangarin said 300 new logistics companies had "
       "registered in 2025, but the justice ministry's register does not distinguish "
       "logistics from other transport firms: it lists 1,940 new transport companies of all "
       "kinds that year.",
       c("300 new logistics companies", 300, "count", period="2025"),
       c("1,940 new transport companies", 1940, "count"),
       published=FC_PUB),
    ex("lf24-fc-p12-tonnes",
       "In fairness to the minister, the direction is right. Transit by all modes rose to "
       "35.4 million tonnes in 2025 from 29.7 million tonnes in 2024, according to the "
       "transport ministry, an increase of 19%.",
       c("35.4 million tonnes", 35.4e6, "t", period="2025"),
       c("29.7 million tonnes", 29.7e6, "t", period="2024"),
       c("19%", 19, "%", change="increase"),
       published=FC_PUB),
    ex("lf24-fc-p13-neg-series",
       "This article is part of our fact-checking series, No. 47. Spotted a claim you want "
       "checked? Write to factcheck@steppeobserver.kz or call +7 717 255 40 12. Sources: KTZ "
       "annual report 2025, p. 34; BNS release 06-2026.",
       published=FC_PUB),
]

# --- 2. An explainer on the EAEU's lower duty-free limit for parcels (15 January 2026) ------
EA_PUB = "2026-01-15"
EAEU: list[Example] = [
    ex("lf24-eaeu-p1",
       "EAEU cuts duty-free limit on parcels: what changes for buyers and couriers\n\n"
       "BISHKEK, 15 January - From 1 April, goods bought abroad online and sent to private "
       "buyers in the Eurasian Economic Union will be duty-free only up to €200 per parcel, "
       "down from the current monthly allowance of €1,000, under a decision of the Eurasian "
       "Economic Commission's council.",
       c("€200", 200, "EUR", approx="max", per="parcel"),
       c("€1,000", 1000, "EUR", per="month"),
       published=EA_PUB),
    ex("lf24-eaeu-p2-duty",
       "Above that value, buyers will pay a duty of 15% on the excess, but not less than €2 "
       "per kilogram of the excess weight. The weight limit will also fall, from 31 kilograms "
       "to 25 kilograms per parcel.",
       c("15%", 15, "%", change=None),
       c("€2", 2, "EUR", approx="min", per="kg"),
       c("31 kilograms", 31, "kg"),
       c("25 kilograms", 25, "kg"),
       published=EA_PUB),
    ex("lf24-eaeu-p3-revenue",
       "The rule applies in every member state: Armenia, Belarus, Kazakhstan, Kyrgyzstan and "
       "Russia. The commission expects it to raise about $380 million a year in extra duties "
       "across the union, of which Kazakhstan and Kyrgyzstan together would receive some 11%.",
       c("$380 million", 380e6, "USD", approx="approx", per="year", kind="projection"),
       c("11%", 11, "%", approx="approx"),
       published=EA_PUB),
    ex("lf24-eaeu-p4-neg-decision",
       "Decision No. 112 of the council, adopted on 26 December 2025, amends Annex 6 to "
       "Decision No. 107 of 2018; it was published on 2 January and enters into force on 1 "
       "April.",
       published=EA_PUB),
    ex("lf24-eaeu-p5-fee",
       "Couriers will also pay more. A new customs processing fee of 500 roubles per "
       "simplified declaration replaces the current 250 roubles, and parcels must carry an "
       "electronic declaration filed at least two hours before the goods arrive.",
       c("500 roubles", 500, "RUB"),
       c("250 roubles", 250, "RUB"),
       c("two hours", 2, "hour", approx="min"),
       published=EA_PUB),
    ex("lf24-eaeu-p6-local-fees",
       "In Kazakhstan, where the fee is charged in tenge, it will rise from 1,300 tenge to "
       "2,600 tenge, the State Revenue Committee said. Kyrgyzstan's customs service put the "
       "new fee at 90 som.",
       c("1,300 tenge", 1300, "KZT"),
       c("2,600 tenge", 2600, "KZT"),
       c("90 som", 90, "KGS"),
       published=EA_PUB),
    ex("lf24-eaeu-p7-parcels",
       "The change hits cross-border e-commerce hard. Kazakhstan received 64 million parcels "
       "from abroad in 2025, 88% of them from China, and fewer than 2% exceeded €200 in value, "
       "according to Kazpost.",
       c("64 million parcels", 64e6, "count", period="2025"),
       c("88%", 88, "%"),
       c("2%", 2, "%", approx="max"),
       c("€200", 200, "EUR"),
       published=EA_PUB),
    ex("lf24-eaeu-p8-dordoi",
       "But the lower weight limit matters more for Kyrgyz traders who bring clothing in by "
       "the bag. At the Dordoi market in Bishkek, where about 40% of sales are goods "
       "re-exported to Kazakhstan and Russia, traders say a 25-kilogram limit will add $3-4 "
       "to the cost of each kilogram moved.",
       c("40%", 40, "%", approx="approx"),
       c("25-kilogram", 25, "kg"),
       c("$3-4", 3, "USD", value_high=4),
       published=EA_PUB),
    ex("lf24-eaeu-p9-origin",
       "For companies, the threshold for simplified customs clearance of commercial "
       "consignments stays at €1,000, but the commission has cut the value above which an "
       "importer must present a certificate of origin to claim preferential duty from $5,000 "
       "to $3,000.",
       c("€1,000", 1000, "EUR"),
       c("$5,000", 5000, "USD"),
       c("$3,000", 3000, "USD"),
       published=EA_PUB),
    ex("lf24-eaeu-p10-excise",
       "Excise goods are treated separately. Individuals may still bring in, duty-free, up to "
       "3 litres of alcohol and 200 cigarettes when crossing the union's external border, and "
       "cash above $10,000 must be declared.",
       c("3 litres", 3, "l", approx="max"),
       c("200 cigarettes", 200, "count"),
       c("$10,000", 10000, "USD", approx="min"),
       published=EA_PUB),
    ex("lf24-eaeu-p11-neg-quote",
       "\"We are levelling the playing field for our own retailers,\" said Commission "
       "Minister for Customs Cooperation Ruslan Davletov at a briefing in Moscow. The council "
       "will review the rule in 2028.",
       published=EA_PUB),
    ex("lf24-eaeu-p12-retail",
       "Retailers' associations in Kazakhstan welcomed the change, saying that online imports "
       "had taken 19% of the non-food retail market by 2025, against 6% in 2020, and that "
       "local shops had lost about 1.2 trillion tenge of sales a year to foreign platforms.",
       c("19%", 19, "%"),
       c("6%", 6, "%", period="2020"),
       c("1.2 trillion tenge", 1.2e12, "KZT", approx="approx", per="year"),
       published=EA_PUB),
    ex("lf24-eaeu-p13-neg-related",
       "Related: EAEU customs code: the 2026 amendments explained | How to file form DT-2 "
       "online | Tariff table, chapter 85 (PDF, 2.4 MB)",
       published=EA_PUB),
]

# --- 3. A national railway's syndicated loan for rolling stock (4 June 2026) ----------------
LN_PUB = "2026-06-04"
LOAN: list[Example] = [
    ex("lf24-loan-p1",
       "KTZ signs $650 million syndicated loan for locomotives and wagons\n\n"
       "ALMATY, 4 June - Kazakhstan Temir Zholy has signed a $650 million syndicated loan "
       "with a group of international and local banks to pay for new locomotives and freight "
       "wagons, the national railway said on Thursday.",
       c("$650 million", 650e6, "USD"),
       c("$650 million", 650e6, "USD", nth=1),
       published=LN_PUB),
    ex("lf24-loan-p2-oversubscribed",
       "The five-year facility, the company's largest syndicated loan since 2013, was "
       "arranged by Citi, ING and Halyk Bank as mandated lead arrangers and bookrunners. It "
       "was oversubscribed 1.8 times, allowing KTZ to raise it from the $500 million "
       "initially launched.",
       c("1.8 times", 1.8, "x"),
       c("$500 million", 500e6, "USD"),
       published=LN_PUB),
    ex("lf24-loan-p3-tranches",
       "The loan has two tranches: a $400 million tranche in dollars, priced at 275 basis "
       "points over the three-month SOFR, and a tenge tranche of 120 billion tenge (about "
       "$250 million) at a fixed 16.25%.",
       c("$400 million", 400e6, "USD"),
       c("275 basis points", 2.75, "pp", change=None),
       c("120 billion tenge", 120e9, "KZT"),
       c("$250 million", 250e6, "USD", approx="approx"),
       # the tranche's rate, no exchange rate (metric checked after the first run)
       c("16.25%", 16.25, "%", change=None, metric="loan"),
       published=LN_PUB),
    ex("lf24-loan-p4-fleet-order",
       "Proceeds will finance 150 mainline locomotives built at Wabtec's plant in Astana, "
       "2,400 wagons for grain and coal and 600 flat wagons for containers, all to be "
       "delivered by the end of 2027.",
       c("150 mainline locomotives", 150, "count"),
       c("2,400 wagons", 2400, "count"),
       c("600 flat wagons", 600, "count"),
       published=LN_PUB),
    ex("lf24-loan-p5-unit-prices",
       "The locomotives will cost about $3.1 million each and the wagons between $95,000 and "
       "$140,000 apiece, depending on type, the company said.",
       c("$3.1 million", 3.1e6, "USD", approx="approx"),
       c("$95,000 and $140,000", 95000, "USD", value_high=140000),
       published=LN_PUB),
    ex("lf24-loan-p6-fleet-age",
       "KTZ operates about 1,900 locomotives with an average age of 27 years, and some 61,000 "
       "wagons. The company says 28% of its freight wagons have passed their service life.",
       c("1,900 locomotives", 1900, "count", approx="approx"),
       # an age is no claim (expectation corrected after the first run, as own_heldout_history,
       # own_heldout_ais and own_heldout_longform7 read a fleet's average age)
       c("61,000 wagons", 61000, "count", approx="approx"),
       c("28%", 28, "%"),
       published=LN_PUB),
    ex("lf24-loan-p7-neg-legal",
       "The signing took place at the Astana International Financial Centre; the facility "
       "agreement is governed by English law. Loan identifier: KTZ-SYN-2026/01; agent: ING "
       "Bank N.V., London branch.",
       published=LN_PUB),
    ex("lf24-loan-p8-step-down",
       "The margin on the dollar tranche steps down by 25 basis points if KTZ's net debt "
       "falls below 3.0 times EBITDA. At the end of 2025 the ratio stood at 3.4 times, with "
       "net debt of 2.9 trillion tenge.",
       c("25 basis points", 0.25, "pp"),
       c("3.0 times", 3.0, "x"),
       # a ratio's level, no change (field added after the first run, which read a rise)
       c("3.4 times", 3.4, "x", change=None),
       c("2.9 trillion tenge", 2.9e12, "KZT"),
       published=LN_PUB),
    ex("lf24-loan-p9-fees",
       "An upfront fee of 1.1% was paid to the arrangers, and undrawn amounts carry a "
       "commitment fee of 0.35% a year. The loan is repaid in eight equal semi-annual "
       "instalments after an 18-month grace period.",
       c("1.1%", 1.1, "%", change=None),
       c("0.35%", 0.35, "%", per="year", change=None),
       c("eight equal semi-annual instalments", 8, "count", per=None),
       published=LN_PUB),
    ex("lf24-loan-p10-pricing",
       "Bankers said pricing was about 40 basis points tighter than on KTZ's previous "
       "syndicated loan in 2023, reflecting the sovereign's upgrade to BBB+ and demand from "
       "Gulf and Asian lenders, who took 45% of the dollar tranche.",
       c("40 basis points", 0.4, "pp", approx="approx"),
       c("45%", 45, "%", change=None),
       published=LN_PUB),
    ex("lf24-loan-p11-capex",
       "The railway plans capital spending of 1.5 trillion tenge this year, of which rolling "
       "stock accounts for 38%, and expects freight volume to reach 250 million tonnes in "
       "2026, up from 242 million tonnes in 2025.",
       c("1.5 trillion tenge", 1.5e12, "KZT", kind="projection", period="2026"),
       c("38%", 38, "%"),
       c("250 million tonnes", 250e6, "t", kind="projection", period="2026"),
       c("242 million tonnes", 242e6, "t", kind="actual", period="2025"),
       published=LN_PUB),
    ex("lf24-loan-p12-bonds",
       "The loan follows KTZ's 2025 issue of a $750 million Eurobond and a 200 billion tenge "
       "green bond placed on the Kazakhstan Stock Exchange at 14.9%.",
       c("$750 million", 750e6, "USD"),
       c("200 billion tenge", 200e9, "KZT"),
       c("14.9%", 14.9, "%", change=None),
       published=LN_PUB),
    ex("lf24-loan-p13-neg-about",
       "About KTZ: Kazakhstan Temir Zholy, founded in 1997, is the national railway company "
       "of Kazakhstan and part of the Samruk-Kazyna group. Media contact: press@railways.kz, "
       "+7 7172 60 44 00.",
       published=LN_PUB),
]

# --- 4. A feature on Afghan transit trade through Termez and Hairatan (21 Sep 2026) ---------
AF_PUB = "2026-09-21"
AFGHAN: list[Example] = [
    ex("lf24-afg-p1",
       "At Termez, Afghanistan's trade squeezes through a single bridge\n\n"
       "TERMEZ, Uzbekistan - Every morning a queue of trucks forms on the approach to the "
       "Friendship Bridge, the 816-metre road and rail crossing over the Amu Darya that links "
       "Uzbekistan with the Afghan town of Hairatan.",
       c("816-metre", 816, "m"),
       published=AF_PUB),
    ex("lf24-afg-p2-traffic",
       "About 1,200 trucks and 14 trains a day now cross the bridge in both directions, "
       "customs officers say, against some 700 trucks in 2022. Uzbekistan's exports to "
       "Afghanistan reached $1.1 billion last year, almost all of it through Termez.",
       c("1,200 trucks", 1200, "count", approx="approx", per="day"),
       c("14 trains", 14, "count", per="day"),
       c("700 trucks", 700, "count", approx="approx", period="2022"),
       c("$1.1 billion", 1.1e9, "USD", period="2025"),
       published=AF_PUB),
    ex("lf24-afg-p3-cargo-centre",
       "The Termez Cargo Centre, a free-trade hub on the Uzbek side, handled 1.9 million "
       "tonnes of cargo in the first eight months of the year, 23% more than a year earlier, "
       "and its warehouses cover 28 hectares.",
       c("1.9 million tonnes", 1.9e6, "t", period="2026-01/2026-08"),
       c("23%", 23, "%", change="increase"),
       c("28 hectares", 28, "ha"),
       published=AF_PUB),
    ex("lf24-afg-p4-neg-driver",
       "Driver Abdulla Nazarov, 44, has been on the route since 2003. He parks his truck, "
       "number 27 Z 418 BA, in Bay 6 and waits for his papers to be stamped at Window 3.",
       published=AF_PUB),
    ex("lf24-afg-p5-costs",
       "Afghan importers pay about $45 per tonne to move flour or fuel from Termez to "
       "Mazar-i-Sharif by rail, against $60 by road. The 75-km line from Hairatan to Mazar, "
       "built in 2011, carries about 3.5 million tonnes a year.",
       c("$45", 45, "USD", approx="approx", per="t"),
       c("$60", 60, "USD"),
       # the aside's year dates the building, not the line's length or its traffic (period
       # checked after the first run, which gave both 2011)
       c("75-km", 75, "km", period=None),
       c("3.5 million tonnes", 3.5e6, "t", approx="approx", per="year", period=None),
       published=AF_PUB),
    ex("lf24-afg-p6-trans-afghan",
       "The bigger prize is the Trans-Afghan railway, a planned 573-km line from "
       "Mazar-i-Sharif via Kabul to Peshawar in Pakistan. Its cost is estimated at $4.6 "
       "billion to $7 billion, and the three governments say it could carry 15 million tonnes "
       "a year and cut the transit time from Tashkent to Karachi from about 30 days to 5.",
       c("573-km", 573, "km"),
       c("$4.6 billion to $7 billion", 4.6e9, "USD", value_high=7e9),
       c("15 million tonnes", 15e6, "t", per="year", kind="projection"),
       c("30 days", 30, "day", approx="approx"),
       # the last "5" (the first two are in "573-km" and "15 million"; nth fixed after the
       # first run)
       c("5", 5, "day", nth=2),
       published=AF_PUB),
    ex("lf24-afg-p7-financing",
       "Financing remains the obstacle. Uzbekistan has offered to cover the cost of the "
       "feasibility study, some $20 million, and the Islamic Development Bank has been asked "
       "for a loan of up to $1 billion, but no lender has committed to the main works.",
       c("$20 million", 20e6, "USD", approx="approx"),
       c("$1 billion", 1e9, "USD", approx="max"),
       published=AF_PUB),
    ex("lf24-afg-p8-grain-fuel",
       "Trade with Afghanistan is small but growing. Kazakhstan shipped 1.6 million tonnes of "
       "wheat and flour there in the 2024/25 marketing year, about a third of its grain "
       "exports, much of it by rail through Termez, and Turkmenistan sells it around 1 "
       "million tonnes of fuel and liquefied gas a year.",
       c("1.6 million tonnes", 1.6e6, "t"),
       c("a third", 100 / 3, "%", approx="approx"),
       c("1 million tonnes", 1e6, "t", approx="approx", per="year"),
       published=AF_PUB),
    ex("lf24-afg-p9-turkmen",
       "Turkmenistan is building its own routes into Afghanistan: a 10-km railway spur from "
       "Serhetabat to the Afghan station of Torghundi opened in 2018, and a fibre-optic line "
       "and a 500-kV power line to Herat are under way. Turkmen trade with Afghanistan came to "
       "$620 million in 2025.",
       c("10-km", 10, "km"),
       # a line still under way takes no year of the spur that opened (period checked after
       # the first run, which gave it 2018)
       c("500-kV", 500, "kV", period=None),
       c("$620 million", 620e6, "USD", period="2025"),
       published=AF_PUB),
    ex("lf24-afg-p10-neg-authority",
       "The Afghan side of the crossing is run by the Hairatan port authority under the "
       "Ministry of Public Works; its chief, Mawlawi Abdul Rahman, declined to be "
       "interviewed. The Salang tunnel, built in 1964, remains the only route north of Kabul.",
       published=AF_PUB),
    ex("lf24-afg-p11-border-time",
       "Border procedures add time. Trucks spend on average 9 hours at the crossing, down "
       "from 2 days in 2021, after Uzbekistan and the Afghan authorities moved to electronic "
       "pre-declaration; Uzbek customs clears about 95% of declarations within 2 hours.",
       c("9 hours", 9, "hour"),
       c("2 days", 2, "day", period="2021"),
       c("95%", 95, "%", approx="approx"),
       c("2 hours", 2, "hour"),
       published=AF_PUB),
    ex("lf24-afg-p12-fees",
       "Fees are low by regional standards: $120 per truck for the bridge and $18 per wagon "
       "for rail transit. A tonne of cargo sent from Tashkent to the Pakistani port of Karachi "
       "via Afghanistan costs about $110, against $150 via Iran's Bandar Abbas.",
       c("$120", 120, "USD", per="truck"),
       c("$18", 18, "USD", per="wagon"),
       c("$110", 110, "USD", approx="approx"),
       c("$150", 150, "USD"),
       published=AF_PUB),
    ex("lf24-afg-p13-neg-caption",
       "Photo: trucks wait on the M39 highway before the bridge, kilometre 12. Reporting by "
       "Dilnoza Rakhimova in Termez; additional reporting by S. Ahmadi in Mazar-i-Sharif. "
       "Part 3 of our series on Central Asia's southern routes.",
       published=AF_PUB),
]

EXAMPLES: list[Example] = [*FACTCHECK, *EAEU, *LOAN, *AFGHAN]

KNOWN_GAPS: dict[str, str] = {}
