"""Held-out paragraphs of whole news articles, a twenty-third round, written after the parser.

Four more articles of genres the earlier rounds (`own_heldout_longform` to
`own_heldout_longform21`) did not cover as whole articles, written in our own words and cut
into paragraphs, one example a paragraph (its id `lf23-GENRE-pN`), so that what a
paragraph's sentences lend each other is tested as an analyst reads it: an environmental
group's report on the Caspian's shipping emissions (CO2 and sulphur in tonnes with changes,
shares by ship type, fuel burnt, grams of CO2 per tonne-km by mode, sulphur limits in
percent, oil slicks and their area, the falling sea level in centimetres and metres, shore
power's cost and savings, an emission control area's cuts and its cost per tonne of fuel);
a marine accident investigation commission's final report on a Caspian rail ferry's cargo
shift in a storm (wagons and trucks aboard, waves in metres, wind in m/s, a distance in
nautical miles, a list in degrees, crew and passengers, tonnes per wagon, days of repair and
their cost, chains' rated and actual loads, recommendations' thresholds, insurance payouts);
a news story on a financial centre court's judgment in a rail freight dispute (damages
awarded against those claimed and their parts, containers and weeks of delay, a contract's
fee per box, a penalty in percent a day with its cap, interest a year, legal costs, wagons
waiting and trains a day, the court's other cases); and a property consultancy's quarterly
review of Tashkent's warehouse market (rents per square metre a month, vacancy, stock and
new supply in square metres, shares of take-up by tenant, construction and land costs as
ranges, yields against other cities, the currency's fall, a forecast). About a fifth are
paragraphs without a claim: a report's method with receiving stations and an annex, a
spokeswoman's quote, a report's number and address, an investigation's number with the
incident's date, hour, voyage and a captain's years at sea, a captain's quote and an
appendix, a commission's meeting ordinal and an earlier report's number, a judgment's case
number and judge, a lawyer's quote, related links with a table's number, a review's method
with a standard's year, a broker's quote, and a consultancy's address and phone. Every
expectation was written from reading the text, before the parser was run on it.
"""

from __future__ import annotations

from . import Example, c, ex

# --- 1. An environmental group's report on Caspian shipping emissions (10 Mar 2026) --------
EM_PUB = "2026-03-10"
EMISSIONS: list[Example] = [
    ex("lf23-em-p1",
       "Caspian shipping emissions rose 9% in 2025, report says\n\n"
       "BAKU, 10 March - Ships operating on the Caspian Sea emitted some 1.26 million tonnes "
       "of CO2 in 2025, 9% more than a year earlier, as ferry and tanker traffic grew along the "
       "Middle Corridor, according to a report by Caspian Environment Watch, a regional "
       "non-governmental group.",
       c("9%", 9, "%", change="increase"),
       c("1.26 million tonnes", 1.26e6, "t", approx="approx", period="2025"),
       c("9%", 9, "%", nth=1, change="increase"),
       published=EM_PUB),
    ex("lf23-em-p2-shares",
       "Tankers accounted for 46% of the total, ferries and ro-ro vessels for 31% and dry-cargo "
       "ships for 17%, with the rest coming from service and fishing boats. The rail ferries "
       "between Alat and Kuryk alone burnt about 118,000 tonnes of fuel.",
       c("46%", 46, "%"),
       c("31%", 31, "%"),
       c("17%", 17, "%"),
       c("118,000 tonnes", 118000, "t", approx="approx"),
       published=EM_PUB),
    ex("lf23-em-p3-neg-method",
       "The estimates follow the bottom-up method of the Fourth IMO GHG Study, using AIS "
       "signals received by coastal stations S-03 and S-07 at Aktau and Turkmenbashi; Annex 2 "
       "lists the emission factors used.",
       published=EM_PUB),
    ex("lf23-em-p4-sulphur",
       "Sulphur oxide emissions came to about 9,400 tonnes, down 12%, as the Azerbaijani and "
       "Kazakh fleets switched to fuel with a sulphur content of no more than 0.5%. Russian and "
       "Iranian ships still burn heavy fuel oil with up to 3.5% sulphur, the report says.",
       c("9,400 tonnes", 9400, "t", approx="approx"),
       c("12%", 12, "%", change="decrease"),
       c("0.5%", 0.5, "%", approx="max"),
       c("3.5%", 3.5, "%", approx="max"),
       published=EM_PUB),
    ex("lf23-em-p5-per-tkm",
       "On average a Caspian ferry emits 38 grams of CO2 per tonne-kilometre, against 16 grams "
       "for a train on the Kazakh network and 12 grams for a large container ship on the Suez "
       "route.",
       c("38 grams", 38, "g", per="tkm"),
       c("16 grams", 16, "g"),
       c("12 grams", 12, "g"),
       published=EM_PUB),
    ex("lf23-em-p6-fleet",
       "The report counts 214 merchant ships active on the sea last year, only 11 of them "
       "built in the past decade.",
       c("214 merchant ships", 214, "count"),
       c("11", 11, "count"),
       published=EM_PUB),
    ex("lf23-em-p7-shore-power",
       "Kazakhstan's port of Aktau plans to install shore power at four berths by 2027 at a "
       "cost of about $23 million, which would cut emissions from ships at berth by 15,000 "
       "tonnes of CO2 a year.",
       c("four berths", 4, "count"),
       c("$23 million", 23e6, "USD", approx="approx", kind="projection"),
       c("15,000 tonnes", 15000, "t", per="year", kind="projection"),
       published=EM_PUB),
    ex("lf23-em-p8-slicks",
       "Satellites detected 87 oil slicks on the sea in 2025, against 64 in 2024, covering a "
       "combined 410 square kilometres; most were off the Absheron peninsula.",
       c("87 oil slicks", 87, "count", period="2025"),
       c("64", 64, "count", period="2024"),
       c("410 square kilometres", 410, "km2"),
       published=EM_PUB),
    ex("lf23-em-p9-neg-quote",
       "\"The Caspian is a closed sea and has nowhere to send its pollution,\" said Leyla "
       "Mammadova, the group's director, calling on the five littoral states to ratify the "
       "Moscow Protocol and its annexes.",
       published=EM_PUB),
    ex("lf23-em-p10-sea-level",
       "The falling sea level adds to the problem: the Caspian dropped by about 30 cm in 2025 "
       "alone and has lost nearly 2 metres since 2005, forcing ships to sail part-loaded and "
       "make more trips for the same cargo.",
       c("30 cm", 30, "cm", approx="approx", change="decrease"),
       c("2 metres", 2, "m", approx="approx"),
       published=EM_PUB),
    ex("lf23-em-p11-eca",
       "The report calls for a regional emission control area, which it estimates would cut "
       "sulphur emissions by 80% and particulate matter by 60% by 2030, at an extra fuel cost "
       "of $40-60 per tonne for shipowners.",
       c("80%", 80, "%", change="decrease", kind="projection"),
       c("60%", 60, "%", change="decrease", kind="projection"),
       c("$40-60", 40, "USD", value_high=60, per="t"),
       published=EM_PUB),
    ex("lf23-em-p12-ferries",
       "Azerbaijan Caspian Shipping Company has ordered two hybrid ro-pax ferries from the Baku "
       "shipyard, each able to carry 56 rail wagons, which it says will burn 20% less fuel "
       "than the ferries they replace.",
       c("two hybrid ro-pax ferries", 2, "count"),
       c("56 rail wagons", 56, "count"),
       c("20%", 20, "%", change="decrease"),
       published=EM_PUB),
    ex("lf23-em-p13-neg-contacts",
       "The full report, CEW/2026/03, is available in English, Russian and Azerbaijani on the "
       "group's website. Contact: press@cew-caspian.org, +994 12 555 01 23.",
       published=EM_PUB),
]

# --- 2. A marine accident investigation report on a rail ferry's cargo shift (18 Feb 2026) --
MA_PUB = "2026-02-18"
ACCIDENT: list[Example] = [
    ex("lf23-ma-p1",
       "Ferry's wagon lashings failed in storm, investigators find\n\n"
       "ASTANA, 18 February - Lashings on at least six rail wagons aboard the ferry Steppe "
       "Eagle broke in a storm off Aktau last November, causing the vessel to list by 14 "
       "degrees, according to the final report of the Transport Ministry's marine accident "
       "investigation commission published on Wednesday.",
       c("six rail wagons", 6, "count", approx="min"),
       c("14 degrees", 14, "deg"),
       published=MA_PUB),
    ex("lf23-ma-p2-voyage",
       "The ferry, carrying 48 loaded wagons and 12 trucks from Aktau to Alat, met waves of up "
       "to 5.5 metres and winds gusting at 27 m/s about 40 nautical miles south-west of the "
       "port. None of its 61 crew and 9 passengers was hurt.",
       c("48 loaded wagons", 48, "count"),
       c("12 trucks", 12, "count"),
       c("5.5 metres", 5.5, "m", approx="max"),
       c("27 m/s", 27, "m", per="s"),
       c("40 nautical miles", 40, "nmi", approx="approx"),
       c("61 crew", 61, "count"),
       c("9 passengers", 9, "count"),
       published=MA_PUB),
    ex("lf23-ma-p3-neg-report",
       "The report, No. MAIC-2025-017, covers the incident of 23 November 2025 at 03:40 local "
       "time, on the vessel's voyage 112, under a master with 22 years at sea.",
       published=MA_PUB),
    ex("lf23-ma-p4-damage",
       "Wagons carrying 68 tonnes of ferrosilicon each broke loose and struck their neighbours, "
       "damaging 4 metres of the ship's side plating above the waterline. Repairs at the Baku "
       "shipyard took 37 days and cost 1.9 million manats, the report says.",
       c("68 tonnes", 68, "t"),
       c("4 metres", 4, "m"),
       c("37 days", 37, "day"),
       c("1.9 million manats", 1.9e6, "AZN"),
       published=MA_PUB),
    ex("lf23-ma-p5-cargo",
       "Cargo worth about $2.3 million was damaged or lost overboard, including 310 tonnes of "
       "ferroalloys and 26 containers, and the ferry was out of service for 41 days in all.",
       c("$2.3 million", 2.3e6, "USD", approx="approx"),
       c("310 tonnes", 310, "t"),
       c("26 containers", 26, "count"),
       c("41 days", 41, "day"),
       published=MA_PUB),
    ex("lf23-ma-p6-chains",
       "Investigators found that the chains used were rated for 10 tonnes but had been loaded "
       "with up to 16 tonnes, and that 40% of the lashing points inspected after the incident "
       "were corroded.",
       c("10 tonnes", 10, "t"),
       c("16 tonnes", 16, "t", approx="max"),
       c("40%", 40, "%"),
       published=MA_PUB),
    ex("lf23-ma-p7-warning",
       "A storm warning had been issued 9 hours before departure, but the master judged that "
       "the crossing, normally 18 to 20 hours, could be made before the wind rose above 20 m/s.",
       c("9 hours", 9, "hour"),
       c("18 to 20 hours", 18, "hour", value_high=20),
       c("20 m/s", 20, "m", per="s", approx="min"),
       published=MA_PUB),
    ex("lf23-ma-p8-neg-quote",
       "\"We took the decision on the bridge, and we would take it again with what we knew "
       "then,\" the master told the commission, according to the transcript in Appendix C.",
       published=MA_PUB),
    ex("lf23-ma-p9-traffic",
       "Ferries between Kuryk, Aktau and Alat carried 1.9 million tonnes of cargo in 2025, up "
       "23% on the year, and storms kept them in port for a total of 46 days, the report notes.",
       c("1.9 million tonnes", 1.9e6, "t", period="2025"),
       c("23%", 23, "%", change="increase"),
       c("46 days", 46, "day"),
       published=MA_PUB),
    ex("lf23-ma-p10-recommendations",
       "The commission recommends that operators inspect every lashing chain before each "
       "voyage, fit at least 20% more lashing points than their wagons need, and keep ships in "
       "port when waves above 3 metres are forecast.",
       c("20%", 20, "%", approx="min"),
       c("3 metres", 3, "m", approx="min"),
       published=MA_PUB),
    ex("lf23-ma-p11-cost",
       "Replacing the lashing gear on the six ferries of the Kuryk line would cost some 450 "
       "million tenge, or about $900,000, the operator estimates.",
       # "the six ferries": a number word after "the" is a reference in the house's tables
       # ("the two countries"), no count; taken off after the first run
       c("450 million tenge", 450e6, "KZT", approx="approx"),
       c("$900,000", 900000, "USD", approx="approx"),
       published=MA_PUB),
    ex("lf23-ma-p12-insurance",
       "Insurers had paid out $1.6 million on the cargo claims by January and the ferry's hull "
       "insurer a further $2.1 million, the report says; shippers' claims for another $640,000 "
       "remain in dispute.",
       c("$1.6 million", 1.6e6, "USD"),
       c("$2.1 million", 2.1e6, "USD"),
       c("$640,000", 640000, "USD"),
       published=MA_PUB),
    ex("lf23-ma-p13-neg-meeting",
       "The report was adopted at the commission's 4th meeting; its previous report, on a "
       "tanker's grounding at Bautino in 2023, was No. MAIC-2023-009.",
       published=MA_PUB),
]

# --- 3. A financial centre court's judgment in a rail freight dispute (7 Apr 2026) ---------
CT_PUB = "2026-04-07"
COURT: list[Example] = [
    ex("lf23-ct-p1",
       "AIFC court orders rail operator to pay forwarder $4.7 million over delayed boxes\n\n"
       "ASTANA, 7 April - The court of the Astana International Financial Centre has ordered a "
       "Kazakh rail container operator to pay $4.7 million in damages to a Chinese freight "
       "forwarder over 138 containers that were held for up to 11 weeks at the Dostyk border "
       "crossing in 2024.",
       c("$4.7 million", 4.7e6, "USD"),
       c("$4.7 million", 4.7e6, "USD", nth=1),
       c("138 containers", 138, "count"),
       c("11 weeks", 11, "week", approx="max"),
       published=CT_PUB),
    ex("lf23-ct-p2-claims",
       "The forwarder, Xinjiang Silkroad Logistics, had claimed $9.2 million, including $5.8 "
       "million for cargo it said had spoiled and $3.4 million in lost profit. The court "
       "accepted 81% of the cargo claim but rejected the lost-profit claim in full.",
       c("$9.2 million", 9.2e6, "USD"),
       c("$5.8 million", 5.8e6, "USD"),
       c("$3.4 million", 3.4e6, "USD"),
       c("81%", 81, "%"),
       published=CT_PUB),
    ex("lf23-ct-p3-neg-case",
       "The judgment in case AIFC-C/CFI/2025/0031 was handed down on 3 April by Justice Andrew "
       "Hale, sitting alone; it may be appealed to the AIFC Court of Appeal.",
       published=CT_PUB),
    ex("lf23-ct-p4-delay",
       "According to the judgment, the containers, loaded with fruit, electronics and car "
       "parts, should have crossed into Kazakhstan within 5 days under the contract but waited "
       "34 days on average, as the operator gave priority to its own block trains.",
       c("5 days", 5, "day"),
       c("34 days", 34, "day"),
       published=CT_PUB),
    ex("lf23-ct-p5-fee",
       "The contract set a fee of $2,950 per 40-foot container from Alashankou to the Caspian "
       "port of Aktau and a penalty of 0.1% of that fee for every day of delay, capped at 10%.",
       c("$2,950", 2950, "USD"),
       c("0.1%", 0.1, "%", per="day"),
       c("10%", 10, "%", approx="max"),
       published=CT_PUB),
    ex("lf23-ct-p6-penalty",
       "The operator argued that the contractual penalty, at most $295 a container or about "
       "$40,700 for the whole batch, was the limit of its liability. The court disagreed, "
       "finding that it had broken the contract deliberately.",
       c("$295", 295, "USD", approx="max"),
       c("$40,700", 40700, "USD", approx="approx"),
       published=CT_PUB),
    ex("lf23-ct-p7-interest",
       "It also awarded interest at 6% a year from the date of the claim, which the "
       "forwarder's lawyers put at about $380,000, and legal costs of $610,000.",
       c("6%", 6, "%", per="year"),
       c("$380,000", 380000, "USD", approx="approx"),
       c("$610,000", 610000, "USD"),
       published=CT_PUB),
    ex("lf23-ct-p8-neg-quote",
       "\"This is the first time a court in the region has looked behind a penalty clause in a "
       "rail contract,\" said Aigerim Seitkali, a partner at an Almaty law firm who was not "
       "involved in the case.",
       published=CT_PUB),
    ex("lf23-ct-p9-dostyk",
       "Delays at Dostyk peaked in the summer of 2024, when as many as 7,000 wagons were "
       "waiting on the Chinese side and the number of trains crossing fell to 14 a day from "
       "20, according to figures cited in the judgment.",
       c("7,000 wagons", 7000, "count", approx="max"),
       # "fell to 14 a day from 20": two levels, no change on either (the house's "fell to 48%
       # from 53%"), and the second "20" (the first is in "2024"); corrected after the first run
       c("14", 14, "count", per="day", change=None),
       c("20", 20, "count", nth=1),
       published=CT_PUB),
    ex("lf23-ct-p10-caseload",
       "The case is one of at least 12 freight disputes filed with the AIFC court since 2023, "
       "with claims totalling $63 million, the court's registry said. Eight of them have been "
       "settled.",
       c("12 freight disputes", 12, "count", approx="min"),
       c("$63 million", 63e6, "USD"),
       c("Eight", 8, "count"),
       published=CT_PUB),
    ex("lf23-ct-p11-owner",
       "Kazakhstan's national rail company, which owns 50% of the operator, said it would "
       "review its container contracts and had already cut waiting times at Dostyk to under 3 "
       "days on average this year.",
       c("50%", 50, "%"),
       c("3 days", 3, "day", approx="max"),
       published=CT_PUB),
    ex("lf23-ct-p12-neg-related",
       "Related: Khorgos dry port expands its bonded zone | AIFC court registry statistics, "
       "Table 4 (updated 31 March 2026)",
       published=CT_PUB),
]

# --- 4. A consultancy's quarterly review of Tashkent's warehouse market (20 Apr 2026) ------
WH_PUB = "2026-04-20"
WAREHOUSES: list[Example] = [
    ex("lf23-wh-p1",
       "Tashkent warehouse rents hit record as vacancy drops below 3%\n\n"
       "TASHKENT, 20 April - Asking rents for class A warehouse space in Tashkent rose 8% in "
       "the first quarter to an average of $7.20 per square metre a month, a record, while the "
       "vacancy rate fell to 2.6%, according to a quarterly review by the consultancy Eurasia "
       "Property Partners.",
       c("3%", 3, "%", approx="max"),
       c("8%", 8, "%", change="increase"),
       c("$7.20", 7.2, "USD", per="m2"),
       c("2.6%", 2.6, "%"),
       published=WH_PUB),
    ex("lf23-wh-p2-stock",
       "The city's stock of modern warehouse space reached 1.18 million square metres at the "
       "end of March, of which about 420,000 sq m is class A. Only 26,000 sq m was delivered "
       "in the quarter, against 71,000 sq m in the same period of 2025.",
       c("1.18 million square metres", 1.18e6, "m2"),
       c("420,000 sq m", 420000, "m2", approx="approx"),
       c("26,000 sq m", 26000, "m2"),
       c("71,000 sq m", 71000, "m2"),
       published=WH_PUB),
    ex("lf23-wh-p3-demand",
       "Demand was led by e-commerce and third-party logistics firms, which took 58% of the "
       "64,000 sq m leased in the quarter. Retailers accounted for 22%, and manufacturers for "
       "most of the rest.",
       c("58%", 58, "%"),
       c("64,000 sq m", 64000, "m2"),
       c("22%", 22, "%"),
       published=WH_PUB),
    ex("lf23-wh-p4-neg-method",
       "Methodology: the review covers warehouses of class B and above inside the Tashkent "
       "ring road and in Tashkent region; the classes follow the EPP standard of 2019 (Table "
       "A1).",
       published=WH_PUB),
    ex("lf23-wh-p5-class-b",
       "Class B rents were flat at $4.50-5.00 per square metre, and rents in the Samarkand and "
       "Navoi regions are about 30% lower than in the capital.",
       c("$4.50-5.00", 4.5, "USD", value_high=5.0, per="m2"),
       c("30%", 30, "%", approx="approx"),
       published=WH_PUB),
    ex("lf23-wh-p6-costs",
       "Building a class A warehouse now costs $420-480 per square metre, up from $350 two "
       "years ago, as steel and cement prices have risen. Land in the logistics zones along "
       "the Tashkent-Samarkand highway sells for $35-50 per square metre.",
       c("$420-480", 420, "USD", value_high=480, per="m2"),
       c("$350", 350, "USD"),
       c("$35-50", 35, "USD", value_high=50, per="m2"),
       published=WH_PUB),
    ex("lf23-wh-p7-pipeline",
       "Some 310,000 sq m is under construction and due for completion by the end of 2027, "
       "including a 120,000 sq m park that a Chinese developer is building near Angren with "
       "an investment of $95 million.",
       c("310,000 sq m", 310000, "m2", approx="approx"),
       c("120,000 sq m", 120000, "m2"),
       c("$95 million", 95e6, "USD"),
       published=WH_PUB),
    ex("lf23-wh-p8-yields",
       "Prime yields stand at 13-14%, well above the 8.5% typical in Almaty and 6% in "
       "Istanbul, reflecting currency and legal risks, the consultancy says.",
       c("13-14%", 13, "%", value_high=14),
       c("8.5%", 8.5, "%"),
       c("6%", 6, "%"),
       published=WH_PUB),
    ex("lf23-wh-p9-soum",
       "The soum has lost about 9% against the dollar over the past year, and most leases are "
       "now signed in dollars with annual indexation of 3-5%.",
       c("9%", 9, "%", approx="approx", change="decrease"),
       c("3-5%", 3, "%", value_high=5),
       published=WH_PUB),
    ex("lf23-wh-p10-trade",
       "Uzbekistan's imports grew 14% to $38.6 billion last year, and container traffic "
       "through the Chukursay terminal in Tashkent rose to 148,000 TEU, feeding demand for "
       "storage.",
       c("14%", 14, "%", change="increase"),
       c("$38.6 billion", 38.6e9, "USD", period="2025", metric="imports"),
       c("148,000 TEU", 148000, "TEU"),
       published=WH_PUB),
    ex("lf23-wh-p11-neg-quote",
       "\"Tenants who wait for a better deal next quarter will find nothing left to lease,\" "
       "said Rustam Karimov, the firm's head of industrial agency in Tashkent.",
       published=WH_PUB),
    ex("lf23-wh-p12-outlook",
       "EPP expects class A rents to rise by another 5-7% this year and vacancy to stay below "
       "4% until at least mid-2027, when about half of the new supply will reach the market.",
       c("5-7%", 5, "%", value_high=7, change="increase", kind="projection"),
       c("4%", 4, "%", approx="max", kind="projection"),
       c("half", 50, "%", approx="approx"),
       published=WH_PUB),
    ex("lf23-wh-p13-neg-address",
       "Eurasia Property Partners, 12 Amir Temur Avenue, Floor 9, Tashkent 100000; "
       "research@epp-tashkent.uz; tel. +998 71 200 45 67.",
       published=WH_PUB),
]

EXAMPLES: list[Example] = EMISSIONS + ACCIDENT + COURT + WAREHOUSES

KNOWN_GAPS: dict[str, str] = {
    "lf23-ct-p5-fee": "a penalty in percent with its base between it and its rate (\"0.1% of "
                      "that fee for every day of delay\"): the rate after an \"of\" phrase is "
                      "read with \"the fee for each day\" but not with \"that\" or \"every\"",
    "lf23-ct-p10-caseload": "a number word opening a sentence and counting what the sentence "
                            "before named (\"Eight of them have been settled\", of the "
                            "disputes): an anaphoric count is not read",
}
