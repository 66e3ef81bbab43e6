"""Held-out paragraphs of whole news articles, a twenty-sixth round, written after the parser.

Four more articles of genres the earlier rounds (`own_heldout_longform` to
`own_heldout_longform25`) did not cover as whole articles, written in our own words and cut
into paragraphs, one example a paragraph (its id `lf26-GENRE-pN`), so that what a
paragraph's sentences lend each other is tested as an analyst reads it: a wire story on an
Uzbek-Azerbaijani presidential summit with a list of the deals signed (documents counted,
the deals' combined value, a trade target against last year's turnover, joint ventures'
values and capacities, transit tonnes and a tariff discount, electricity through a planned
cable, flights a week before and after, a joint fund's capital and projects, fruit and sugar
tonnes a year); a story on Kazakhstan's Caspian fishing quota and the sturgeon ban (the
quota in tonnes and its change, kilka's and pike-perch's parts, last year's catch and its
share of the quota, wild sturgeon counted then and now, fingerlings released and their cost,
farmed caviar's output and exports, prices per kilogram as a range, poaching seizures, cases
and fines, the sea's fall in metres and its lost area, the five states' kilka catch and their
shares, a plant's cost, capacity and jobs); a London market story on war-risk insurance for
Black Sea and Caspian shipping (additional premiums in percent of hull value per voyage, then
and now, a tanker's premium in dollars, ranges by area, the cost per tonne of cargo and per
voyage, traffic diverted to Caspian ports, crews' bonus, the market's size a year, a state
facility's voyages, cargo and limit per ship, ferry surcharges per wagon and per truck, a
tanker's daily earnings); and a tourism and air-connectivity story from Uzbekistan (foreign
visitors and their change, shares and arrivals by country, tourism exports and spending per
trip, airports' passengers, foreign flights a week and routes, fares from a floor and their
fall, hotels, beds, occupancy and room rates per night, high-speed trains' passengers and
trains a day, targets for 2030, a visa-free stay and an e-visa's fee, outbound trips). About
a fifth are paragraphs without a claim: a summit's documents with a council's ordinal, a
consultations plan's years and a memorandum, a president's quote, a commission's session and
documents' numbers, a byline; a CITES appendix and a label's code, a vice-minister's quote
with a room number, a quota order's number and a ban's dates; a committee's circular
numbers, a broker's quote, a byline; a decree's number with gates, a chairman's quote with a
fair's hall, a data source's form and table with a photo caption (and, in paragraphs with
claims, a council's countries counted, which are no counted things in the house's tables).
Every expectation was written from reading the text, before the parser was run on it (one
surface's occurrence was corrected after the first run, marked where it stands).
"""

from __future__ import annotations

from . import Example, c, ex

UZ = "Uzbekistan"
AZ = "Azerbaijan"

# --- 1. A wire story on an Uzbek-Azerbaijani presidential summit (12 Jun 2026) -------------
SUM_PUB = "2026-06-12"
SUMMIT: list[Example] = [
    ex("lf26-sum-p1",
       "Uzbekistan and Azerbaijan sign $2.3 billion of deals at Baku summit\n\n"
       "BAKU, 11 June - Presidents Shavkat Mirziyoyev and Ilham Aliyev oversaw the signing of "
       "27 documents on Thursday, including commercial agreements worth a combined $2.3 "
       "billion, during the Uzbek leader's state visit to Azerbaijan.",
       c("$2.3 billion", 2.3e9, "USD"),
       c("27 documents", 27, "count"),
       c("$2.3 billion", 2.3e9, "USD", nth=1),
       published=SUM_PUB),
    ex("lf26-sum-p2-trade",
       "The two leaders set a goal of raising bilateral trade to $2 billion a year by 2030, "
       "from $1.1 billion in 2025, when it grew 28%.",
       c("$2 billion", 2e9, "USD", per="year", kind="projection", period="2030"),
       c("$1.1 billion", 1.1e9, "USD", period="2025", kind="actual"),
       c("28%", 28, "%", change="increase"),
       published=SUM_PUB),
    ex("lf26-sum-p3-deals",
       "Among the deals signed:\n"
       "- a $680 million joint venture between Uzbekistan's Navoiyazot and Azerbaijan's SOCAR "
       "to build a polyethylene plant in Navoi with a capacity of 400,000 tonnes a year;\n"
       "- a $240 million agreement between the Azerbaijan Investment Company and UzAuto Motors "
       "to assemble 30,000 cars a year in Ganja;",
       c("$680 million", 680e6, "USD"),
       c("400,000 tonnes", 400000, "t", per="year"),
       c("$240 million", 240e6, "USD"),
       c("30,000 cars", 30000, "count", per="year"),
       published=SUM_PUB),
    ex("lf26-sum-p4-deals",
       "- a $95 million logistics company set up by ADY Container and Uzbekistan Railways to "
       "run 12 block trains a month between Tashkent and Baku;\n"
       "- a $310 million loan from the International Bank of Azerbaijan's Uzbek subsidiary for "
       "a textile park in Bukhara employing 4,500 people.",
       c("$95 million", 95e6, "USD"),
       c("12 block trains", 12, "count", per="month"),
       c("$310 million", 310e6, "USD"),
       c("4,500 people", 4500, "count"),
       published=SUM_PUB),
    ex("lf26-sum-p5-neg-documents",
       "The documents also included a declaration on the third meeting of the Supreme "
       "Interstate Council, a plan of consultations between the foreign ministries for "
       "2026-2028 and a memorandum twinning Samarkand and Shusha.",
       published=SUM_PUB),
    ex("lf26-sum-p6-investment",
       "Aliyev said Azerbaijani investment in Uzbekistan had reached about $1.5 billion since "
       "2021, and that Uzbek companies had put around $400 million into Azerbaijan, mostly in "
       "the Alat free economic zone.",
       c("$1.5 billion", 1.5e9, "USD", approx="approx"),
       c("$400 million", 400e6, "USD", approx="approx"),
       published=SUM_PUB),
    ex("lf26-sum-p7-transit",
       "Uzbek cargo shipped through Azerbaijan on the Middle Corridor rose 35% last year to "
       "1.9 million tonnes, and the two sides agreed to lift it to 3 million tonnes by 2028. "
       "Uzbek transit containers will get a 20% discount on ADY's rail tariff and a 15% cut "
       "in port dues at Alat.",
       c("35%", 35, "%", change="increase", period="2025"),
       c("1.9 million tonnes", 1.9e6, "t", period="2025", kind="actual"),
       c("3 million tonnes", 3e6, "t", kind="projection", period="2028"),
       c("20%", 20, "%"),
       c("15%", 15, "%"),
       published=SUM_PUB),
    ex("lf26-sum-p8-power",
       "Under another agreement Uzbekistan will be able to buy up to 2 billion kWh of "
       "Azerbaijani electricity a year through the planned Caspian undersea cable, whose "
       "first stage is estimated at $1.2 billion.",
       c("2 billion kWh", 2e9, "kWh", approx="max", per="year", kind="projection"),
       c("$1.2 billion", 1.2e9, "USD"),
       published=SUM_PUB),
    ex("lf26-sum-p9-neg-quote",
       "\"Our peoples are bound by a common history, language and faith,\" Mirziyoyev told "
       "reporters at the Gulustan Palace, inviting Aliyev to pay a return visit next year.",
       published=SUM_PUB),
    ex("lf26-sum-p10-flights",
       "Flights between Tashkent and Baku will rise to 21 a week from 14 in July, and "
       "Azerbaijan Airlines will open a route to Samarkand with three weekly flights.",
       c("21", 21, "count", per="week", kind="projection"),
       c("14", 14, "count", per="week"),
       c("three weekly flights", 3, "count", per="week", kind="projection"),
       published=SUM_PUB),
    ex("lf26-sum-p11-fund",
       "The two countries added $250 million to their joint investment fund, bringing its "
       "capital to $500 million; it has financed 18 projects worth $310 million so far.",
       c("$250 million", 250e6, "USD"),
       c("$500 million", 500e6, "USD"),
       c("18 projects", 18, "count"),
       c("$310 million", 310e6, "USD"),
       published=SUM_PUB),
    ex("lf26-sum-p12-food",
       "Uzbekistan will ship 150,000 tonnes of fruit and vegetables a year to Azerbaijan "
       "under a green corridor deal, double the current volume, while Azerbaijan will supply "
       "50,000 tonnes of sugar.",
       c("150,000 tonnes", 150000, "t", per="year", kind="projection"),
       c("double", 2, "x", change="increase"),
       # "50,000 tonnes" is in "150,000 tonnes" too: its second occurrence (the expectation's
       # nth corrected after the first run)
       c("50,000 tonnes", 50000, "t", nth=1, kind="projection"),
       published=SUM_PUB),
    ex("lf26-sum-p13-neg-commission",
       "The signing followed the 12th session of the intergovernmental commission, chaired "
       "by Deputy Prime Ministers Jamshid Khodjaev and Shahin Mustafayev; documents Nos. 7 to "
       "27 were signed in the afternoon.",
       published=SUM_PUB),
    ex("lf26-sum-p14-neg-byline",
       "Reporting by Farid Guliyev in Baku and Dilnoza Rakhimova in Tashkent; editing by Mark "
       "Holt.",
       published=SUM_PUB),
]

# --- 2. Kazakhstan's Caspian fishing quota and the sturgeon ban (18 Feb 2026) -------------
FISH_PUB = "2026-02-18"
FISH: list[Example] = [
    ex("lf26-fish-p1",
       "Kazakhstan raises Caspian fishing quota, keeps sturgeon ban\n\n"
       "ATYRAU, 18 February - Kazakhstan will allow fishermen to catch 31,500 tonnes of fish "
       "in its part of the Caspian Sea and the Ural River delta this year, up 8% from 2025, "
       "the ecology ministry said, but a ban on commercial sturgeon fishing stays in place "
       "until at least 2028.",
       c("31,500 tonnes", 31500, "t", period="2026"),
       c("8%", 8, "%", change="increase"),
       published=FISH_PUB),
    ex("lf26-fish-p2-kilka",
       "The bulk of the quota, 24,000 tonnes, is for kilka, the small sprat-like fish used "
       "for canned food and fishmeal. Carp, bream, roach and pike-perch make up the rest, "
       "with 2,900 tonnes for pike-perch alone.",
       c("24,000 tonnes", 24000, "t"),
       c("2,900 tonnes", 2900, "t"),
       published=FISH_PUB),
    ex("lf26-fish-p3-catch",
       "Last year fishermen landed 26,800 tonnes, or 92% of the quota, against 23,100 tonnes "
       "in 2024. The kilka catch rose 14% to 19,700 tonnes as two new trawlers joined the "
       "fleet.",
       c("26,800 tonnes", 26800, "t", period="2025"),
       c("92%", 92, "%", change=None),
       c("23,100 tonnes", 23100, "t", period="2024"),
       c("14%", 14, "%", change="increase"),
       c("19,700 tonnes", 19700, "t"),
       c("two new trawlers", 2, "count"),
       published=FISH_PUB),
    ex("lf26-fish-p4-stocks",
       "Wild sturgeon stocks have collapsed. Scientists at the Kazakh fisheries research "
       "institute put the number of adult beluga, Russian and stellate sturgeon in Kazakh "
       "waters at about 1.1 million fish, against 18 million in the early 1990s.",
       c("1.1 million fish", 1.1e6, "count", approx="approx"),
       c("18 million", 18e6, "count"),
       published=FISH_PUB),
    ex("lf26-fish-p5-restock",
       "To restock the sea, state hatcheries on the Ural released 6.2 million sturgeon "
       "fingerlings last year and plan to release 7 million in 2026, at a cost of 2.4 billion "
       "tenge.",
       c("6.2 million sturgeon fingerlings", 6.2e6, "count", period="2025"),
       c("7 million", 7e6, "count", kind="projection", period="2026"),
       c("2.4 billion tenge", 2.4e9, "KZT"),
       published=FISH_PUB),
    ex("lf26-fish-p6-caviar",
       "Caviar now comes almost entirely from fish farms. Kazakhstan's eight sturgeon farms "
       "produced 42 tonnes of black caviar in 2025, up from 31 tonnes, and exported 35 "
       "tonnes, mainly to the EU, the United Arab Emirates and China.",
       c("eight sturgeon farms", 8, "count"),
       c("42 tonnes", 42, "t", period="2025"),
       c("31 tonnes", 31, "t"),
       c("35 tonnes", 35, "t", metric="exports"),
       published=FISH_PUB),
    ex("lf26-fish-p7-prices",
       "Farmed beluga caviar sells for $4,000-6,000 per kilogram wholesale and osetra for "
       "about $900 per kilogram, while Chinese producers, who supply around 60% of the world "
       "market, offer osetra for as little as $450.",
       c("$4,000-6,000", 4000, "USD", value_high=6000, per="kg"),
       c("$900", 900, "USD", approx="approx", per="kg"),
       c("60%", 60, "%", approx="approx"),
       c("$450", 450, "USD"),
       published=FISH_PUB),
    ex("lf26-fish-p8-neg-cites",
       "Exports need a permit under Appendix II of the CITES convention, and each tin must "
       "carry a label with the farm's code, such as KZ-ATY-003, and the year of harvest.",
       published=FISH_PUB),
    ex("lf26-fish-p9-poaching",
       "Poaching remains the main threat. Fisheries inspectors seized 3.8 tonnes of "
       "illegally caught sturgeon and 410 kg of caviar last year and opened 127 criminal "
       "cases; fines reached 96 million tenge.",
       c("3.8 tonnes", 3.8, "t", period="2025"),
       c("410 kg", 410, "kg", period="2025"),
       c("127 criminal cases", 127, "count"),
       c("96 million tenge", 96e6, "KZT"),
       published=FISH_PUB),
    ex("lf26-fish-p10-sea-level",
       "The falling sea level is shrinking the spawning grounds. The Caspian has dropped by "
       "about 1.8 metres since 2006, and its shallow northern part, where 90% of the sturgeon "
       "once spawned, has lost some 20,000 square kilometres of water surface.",
       c("1.8 metres", 1.8, "m", approx="approx", change="decrease"),
       c("90%", 90, "%"),
       c("20,000 square kilometres", 20000, "km2", approx="approx"),
       published=FISH_PUB),
    ex("lf26-fish-p11-shares",
       "Under the Caspian states' agreement on biological resources, the total kilka catch "
       "for 2026 was set at 150,000 tonnes, of which Russia has 45%, Kazakhstan 16% and Iran, "
       "Azerbaijan and Turkmenistan the rest.",
       c("150,000 tonnes", 150000, "t", period="2026"),
       c("45%", 45, "%"),
       c("16%", 16, "%"),
       published=FISH_PUB),
    ex("lf26-fish-p12-plant",
       "A new fish processing plant in Atyrau, built for 5.6 billion tenge, will be able to "
       "process 12,000 tonnes of kilka a year and employ 180 people when it opens in "
       "September.",
       c("5.6 billion tenge", 5.6e9, "KZT"),
       c("12,000 tonnes", 12000, "t", per="year", kind="projection"),
       c("180 people", 180, "count", kind="projection"),
       published=FISH_PUB),
    ex("lf26-fish-p13-neg-quote",
       "\"The moratorium is painful for the fishing villages, but without it there would be "
       "nothing left to save,\" said Yerlan Nysanbayev, the vice-minister, at a briefing in "
       "Room 214 of the ministry.",
       published=FISH_PUB),
    ex("lf26-fish-p14-neg-order",
       "The quota order, No. 45-p, takes effect on 1 March; the spring spawning ban runs from "
       "1 April to 31 May.",
       published=FISH_PUB),
]

# --- 3. War-risk insurance for Black Sea and Caspian shipping (9 Apr 2026) -----------------
WAR_PUB = "2026-04-09"
Q1 = "2026-01/2026-03"
WAR: list[Example] = [
    ex("lf26-war-p1",
       "War-risk premiums for Black Sea calls jump again after drone strikes\n\n"
       "LONDON, 9 April - Underwriters have raised additional war-risk premiums for ships "
       "calling at Russian Black Sea ports to about 1.5% of a vessel's hull value per voyage, "
       "from 1% a month ago, after drone strikes on tankers near Novorossiysk, brokers said "
       "on Thursday.",
       c("1.5%", 1.5, "%", approx="approx", per="voyage"),
       c("1%", 1, "%"),
       published=WAR_PUB),
    ex("lf26-war-p2-tanker",
       "For a $40 million tanker that means an extra $600,000 for a single call, on top of "
       "hull and P&I cover. Ukrainian ports, covered by a government-backed scheme, are "
       "quoted at 0.7-0.8%.",
       c("$40 million", 40e6, "USD"),
       c("$600,000", 600000, "USD"),
       c("0.7-0.8%", 0.7, "%", value_high=0.8),
       published=WAR_PUB),
    ex("lf26-war-p3-georgia",
       "Georgian and Turkish Black Sea ports remain outside the listed areas, and cover for "
       "calls at Poti or Batumi costs 0.05% or less, brokers said.",
       c("0.05%", 0.05, "%", approx="max"),
       published=WAR_PUB),
    ex("lf26-war-p4-caspian",
       "The Caspian, long considered a benign market, has been affected too. After a drone "
       "hit a tanker at Makhachkala in March, the Joint War Committee of London insurers "
       "added Russia's Caspian ports to its listed areas, and premiums for calls at "
       "Makhachkala and Astrakhan are now quoted at 0.25-0.35%.",
       c("0.25-0.35%", 0.25, "%", value_high=0.35),
       published=WAR_PUB),
    ex("lf26-war-p5-cost",
       "Kazakh exporters shipping oil and grain through Russian ports say insurance now adds "
       "$3-5 per tonne to freight costs. On a 7,000-tonne Volga-Caspian tanker, that is up to "
       "$35,000 per voyage.",
       c("$3-5", 3, "USD", value_high=5, per="t"),
       c("7,000-tonne", 7000, "t"),
       c("$35,000", 35000, "USD", approx="max", per="voyage"),
       published=WAR_PUB),
    ex("lf26-war-p6-diversion",
       "Some shippers are rerouting via Aktau and Baku. Cargo at Aktau rose 18% in the first "
       "quarter to 1.6 million tonnes, and Baku's Alat port handled 2.1 million tonnes, up "
       "11%.",
       c("18%", 18, "%", change="increase", period=Q1),
       c("1.6 million tonnes", 1.6e6, "t", period=Q1),
       c("2.1 million tonnes", 2.1e6, "t", period=Q1),
       c("11%", 11, "%", change="increase"),
       published=WAR_PUB),
    ex("lf26-war-p7-neg-circular",
       "The listed areas are set out in the committee's circular JWLA-033, which replaced "
       "JWLA-032 on 27 March; underwriters can cancel the cover at short notice.",
       published=WAR_PUB),
    ex("lf26-war-p8-crews",
       "Crews are demanding more as well. The International Transport Workers' Federation "
       "says seafarers on ships entering the listed areas are entitled to a bonus equal to "
       "100% of basic wages, and may refuse to sail without losing pay.",
       c("100%", 100, "%"),
       published=WAR_PUB),
    ex("lf26-war-p9-market",
       "War-risk premiums written for Black Sea trade have reached an estimated $1.2 billion "
       "a year, up from less than $100 million before 2022, according to a Lloyd's market "
       "association.",
       c("$1.2 billion", 1.2e9, "USD", approx="approx", per="year"),
       c("$100 million", 100e6, "USD", approx="max"),
       published=WAR_PUB),
    ex("lf26-war-p10-facility",
       "Ukraine's state-backed insurance facility has covered more than 2,300 voyages "
       "carrying $38 billion of cargo since its launch, with a limit of $50 million per "
       "ship.",
       c("2,300 voyages", 2300, "count", approx="min"),
       c("$38 billion", 38e9, "USD"),
       c("$50 million", 50e6, "USD", per="ship"),
       published=WAR_PUB),
    ex("lf26-war-p11-ferries",
       "Caspian ferry operators have so far absorbed part of the cost. A crossing from Kuryk "
       "to Alat now carries an insurance surcharge of $45 per rail wagon and $30 per truck, "
       "against nothing a year ago, one operator said.",
       c("$45", 45, "USD", per="wagon"),
       c("$30", 30, "USD", per="truck"),
       published=WAR_PUB),
    ex("lf26-war-p12-neg-quote",
       "\"Nobody wants to be the last underwriter standing when the next drone comes,\" a "
       "broker at a Lime Street firm said, declining to be named.",
       published=WAR_PUB),
    ex("lf26-war-p13-earnings",
       "Daily earnings for Aframax tankers on the Novorossiysk-Augusta route climbed 22% over "
       "the week to about $68,000.",
       c("22%", 22, "%", change="increase"),
       c("$68,000", 68000, "USD", approx="approx", per="day"),
       published=WAR_PUB),
    ex("lf26-war-p14-neg-byline",
       "Additional reporting by Aigerim Tulegenova in Almaty; editing by Susan Fenton.",
       published=WAR_PUB),
]

# --- 4. Tourism and air connectivity in Uzbekistan (3 Mar 2026) ---------------------------
TOUR_PUB = "2026-03-03"
TOUR: list[Example] = [
    ex("lf26-tour-p1",
       "Uzbekistan draws record 11.8 million foreign visitors as new flights take off\n\n"
       "TASHKENT, 3 March - Uzbekistan received a record 11.8 million foreign visitors in "
       "2025, 19% more than a year earlier, the tourism committee said, as new air routes "
       "from Europe, the Gulf and China opened the country to travellers from beyond its "
       "neighbours.",
       c("11.8 million foreign visitors", 11.8e6, "count"),
       c("11.8 million foreign visitors", 11.8e6, "count", nth=1, period="2025"),
       c("19%", 19, "%", change="increase"),
       published=TOUR_PUB),
    ex("lf26-tour-p2-origins",
       "Visitors from neighbouring Kazakhstan, Tajikistan and Kyrgyzstan still made up about "
       "70% of the total, but arrivals from outside the CIS rose 34% to 1.05 million, led by "
       "China with 212,000 and Turkey with 168,000.",
       c("70%", 70, "%", approx="approx"),
       c("34%", 34, "%", change="increase"),
       c("1.05 million", 1.05e6, "count"),
       c("212,000", 212000, "count"),
       c("168,000", 168000, "count"),
       published=TOUR_PUB),
    ex("lf26-tour-p3-spending",
       "Tourism exports, the money foreign visitors spend in the country, reached $3.4 "
       "billion, up 23%. The average visitor from outside the region spent $1,150 per trip, "
       "against $310 for those from neighbouring states.",
       c("$3.4 billion", 3.4e9, "USD"),
       c("23%", 23, "%", change="increase"),
       c("$1,150", 1150, "USD", per="trip"),
       c("$310", 310, "USD"),
       published=TOUR_PUB),
    ex("lf26-tour-p4-airports",
       "Tashkent's Islam Karimov airport handled 7.9 million passengers, up 21%, and "
       "Samarkand's 1.4 million, nearly double the 2024 figure. Across the country, airports "
       "served 12.6 million passengers.",
       c("7.9 million passengers", 7.9e6, "count"),
       c("21%", 21, "%", change="increase"),
       c("1.4 million", 1.4e6, "count"),
       c("double", 2, "x", approx="approx"),
       c("12.6 million passengers", 12.6e6, "count"),
       published=TOUR_PUB),
    ex("lf26-tour-p5-flights",
       "Foreign carriers now operate about 380 flights a week to Uzbekistan, against 290 a "
       "year ago, on 104 routes. Flydubai, Wizz Air, Turkish Airlines and China Southern "
       "added 28 routes between them.",
       c("380 flights", 380, "count", approx="approx", per="week"),
       c("290", 290, "count", per="week"),
       c("104 routes", 104, "count"),
       c("28 routes", 28, "count"),
       published=TOUR_PUB),
    ex("lf26-tour-p6-neg-open-skies",
       "Under the open-skies regime for Samarkand, Bukhara, Urgench and Fergana, set by "
       "Presidential Decree PF-145, foreign airlines may fly there with fifth-freedom "
       "rights, and Gates 3 and 4 of Samarkand's terminal were opened to international "
       "flights.",
       published=TOUR_PUB),
    ex("lf26-tour-p7-fares",
       "Fares have come down. A return ticket from Istanbul to Samarkand now costs from €180, "
       "and low-cost carriers have pushed the average fare on the Tashkent-Moscow route down "
       "12% to about 4.2 million soums.",
       c("€180", 180, "EUR", approx="min"),
       c("12%", 12, "%", change="decrease"),
       c("4.2 million soums", 4.2e6, "UZS", approx="approx"),
       published=TOUR_PUB),
    ex("lf26-tour-p8-hotels",
       "Hotels have struggled to keep pace. The country has 1,630 hotels with 68,000 beds, "
       "and occupancy in Samarkand reached 81% in the peak months of September and October, "
       "when rooms in the city cost $120-180 a night.",
       c("1,630 hotels", 1630, "count"),
       c("68,000 beds", 68000, "count"),
       c("81%", 81, "%"),
       c("$120-180", 120, "USD", value_high=180, per="night"),
       published=TOUR_PUB),
    ex("lf26-tour-p9-neg-quote",
       "\"We want travellers to stay longer and see more than the Registan,\" the "
       "committee's chairman, Umid Shadiev, said at the country's stand in Hall 5.2 of the "
       "ITB fair.",
       published=TOUR_PUB),
    ex("lf26-tour-p10-rail",
       "High-speed Afrosiyob trains carried 2.9 million passengers last year, and the "
       "Tashkent-Samarkand line now has 14 trains a day in each direction; an economy-class "
       "ticket costs 270,000 soums.",
       c("2.9 million passengers", 2.9e6, "count", period="2025"),
       c("14 trains", 14, "count", per="day"),
       c("270,000 soums", 270000, "UZS"),
       published=TOUR_PUB),
    ex("lf26-tour-p11-targets",
       "The government aims for 15 million foreign visitors and $5 billion of tourism "
       "exports a year by 2030, and plans 25,000 new hotel rooms with $2.7 billion of private "
       "investment.",
       c("15 million foreign visitors", 15e6, "count", kind="projection"),
       c("$5 billion", 5e9, "USD", per="year", kind="projection", period="2030"),
       c("25,000 new hotel rooms", 25000, "count", kind="projection"),
       c("$2.7 billion", 2.7e9, "USD", kind="projection"),
       published=TOUR_PUB),
    ex("lf26-tour-p12-visas",
       "Citizens of 93 countries can now enter without a visa for up to 30 days, and an "
       "e-visa for others costs $20.",
       c("30 days", 30, "day", approx="max"),
       c("$20", 20, "USD"),
       published=TOUR_PUB),
    ex("lf26-tour-p13-outbound",
       "Outbound trips by Uzbek residents rose 9% to 8.4 million, mostly to Kazakhstan, "
       "Russia and Turkey.",
       c("9%", 9, "%", change="increase"),
       c("8.4 million", 8.4e6, "count"),
       published=TOUR_PUB),
    ex("lf26-tour-p14-neg-source",
       "Data: Tourism Committee, form 1-tur, table 4.\n\n"
       "Photo: the Registan in Samarkand, 14 October 2025 (Sherzod Karimov).",
       published=TOUR_PUB),
]

EXAMPLES: list[Example] = SUMMIT + FISH + WAR + TOUR

KNOWN_GAPS: dict[str, str] = {}
