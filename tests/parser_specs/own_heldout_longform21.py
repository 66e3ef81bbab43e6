"""Held-out paragraphs of whole news articles, a twenty-first round, written after the parser.

Four more articles of genres the earlier rounds (`own_heldout_longform` to
`own_heldout_longform20`) did not cover as whole articles, written in our own words and cut
into paragraphs, one example a paragraph (its id `lf21-GENRE-pN`), so that what a
paragraph's sentences lend each other is tested as an analyst reads it: a news story on
Armenian-Iranian trade and the North-South road corridor (trade turnover and its parts in
dollars, trucks through the Agarak-Norduz crossing a year and a day, a road section's km,
tunnels, bridges and cost, loans and a grant by lender, completion years, tolls and a box's
price, the free trade agreement's tariff lines and average tariff, an energy swap); an EU
Global Gateway investors' forum on Central Asia's transport links (pledges in euros and
dollars by institution, a study's corridor demand to 2040 as a range, its cost, km of rail
and road to modernise, transit days, hedged shares and a disbursement horizon, loans for
named lines); a Chinese state news agency's story on China-Europe freight trains from Xi'an
(trips since the launch and for eight months, TEU, countries, cities and routes counted,
the value of goods in yuan and dollars, transit days and clearance hours, a national share,
the return rate, a multiple of the Trans-Caspian trains); and a Georgian port operator's
half-year results release (throughput by cargo type in tonnes and TEU with signed changes,
revenue, EBITDA and profit in lari and dollars, margins, capex, net debt as a multiple of
EBITDA, dividends per share, a guidance range raised). About a fifth are paragraphs without
a claim: a border post's project number, building and lanes, completion years and a plan's
year, a minister's quote on the second and third stages with a road's name and a photo
caption, a byline and copyright, a forum's hall and reference code, its next venue and a
photo credit, rhetoric about Team Europe, an assembly hub's phase and district, the first
train's number, station and date, a reporters' and editor's line, a results release's lead
with the half year's end, a conference call's hours, phone number and access code, a
listing's ticker, ISIN and a regulation's number. Every expectation was written from reading
the text, before the parser was run on it (a few were corrected to the house conventions,
or a field was added to the check, after the first run, each marked where it stands).
"""

from __future__ import annotations

from . import Example, c, ex

AM = "Armenia"
IR = "Iran"
GE = "Georgia"

# --- 1. Armenian-Iranian trade and the North-South road corridor (20 May 2026) -------------
AM_PUB = "2026-05-20"
ARMENIA: list[Example] = [
    ex("lf21-am-p1",
       "Armenia-Iran trade climbs as Meghri road works gather pace\n\n"
       "YEREVAN, 20 May - Trade turnover between Armenia and Iran reached $812 million in "
       "2025, up 17.4% on the previous year, according to the Statistical Committee, and "
       "Yerevan and Tehran have set a target of $3 billion a year in the medium term.",
       c("$812 million", 812e6, "USD", period="2025", metric="trade turnover",
         entities=[AM, IR]),
       c("17.4%", 17.4, "%", change="increase"),
       c("$3 billion", 3e9, "USD", per="year", kind="projection"),
       published=AM_PUB),
    ex("lf21-am-p2-exports-imports",
       "Armenian exports to Iran rose 11% to $168 million, while imports from Iran, mostly "
       "fuel, plastics and construction materials, grew 19% to $644 million. In the first "
       "quarter of 2026 turnover came to $221 million, 9.3% more than a year earlier.",
       c("11%", 11, "%", change="increase"),
       c("$168 million", 168e6, "USD", metric="exports"),
       c("19%", 19, "%", change="increase"),
       c("$644 million", 644e6, "USD", metric="imports"),
       c("$221 million", 221e6, "USD", period="2026-01/2026-03"),
       c("9.3%", 9.3, "%", change="increase"),
       published=AM_PUB),
    ex("lf21-am-p3-trucks",
       "Almost all of that trade moves by road through the Agarak-Norduz crossing, Armenia's "
       "only border post with Iran. Some 62,000 trucks crossed it in 2025, about 170 a day, "
       "against 48,500 in 2024, the State Revenue Committee said.",
       c("62,000 trucks", 62000, "count", approx="approx", period="2025"),
       c("170", 170, "count", approx="approx", per="day"),
       c("48,500", 48500, "count", period="2024"),
       published=AM_PUB),
    ex("lf21-am-p4-neg-checkpoint",
       "The checkpoint, opened in 1995, was rebuilt under the EU-funded project ARM/2019/412, "
       "and its new cargo terminal, Building 3, handles inspections on lanes 1 to 6.",
       published=AM_PUB),
    ex("lf21-am-p5-road",
       "The North-South Road Corridor, a 556-km highway from Agarak on the Iranian border to "
       "Bavra on the Georgian frontier, is meant to cut the trip between the two borders from "
       "about 12 hours to under 7. Its costliest stretch, the 60-km Sisian-Kajaran section, "
       "is estimated at $1.4 billion, including 11.9 km of tunnels and 14 bridges.",
       c("556-km", 556, "km"),
       c("12 hours", 12, "hour", approx="approx"),
       c("7", 7, "hour", approx="max"),
       c("60-km", 60, "km"),
       c("$1.4 billion", 1.4e9, "USD"),
       c("11.9 km", 11.9, "km"),
       c("14 bridges", 14, "count"),
       published=AM_PUB),
    ex("lf21-am-p6-loans",
       "The European Investment Bank has lent €250 million for the section and the Eurasian "
       "Development Bank $150 million, with the Armenian government putting in $120 million "
       "of its own; the EU has added a €100 million grant for the tunnels.",
       c("€250 million", 250e6, "EUR"),
       c("$150 million", 150e6, "USD"),
       c("$120 million", 120e6, "USD"),
       c("€100 million", 100e6, "EUR"),
       published=AM_PUB),
    ex("lf21-am-p7-neg-years",
       "Construction of the southern half is to be finished in 2028 and of the whole section "
       "in 2030, rather than in 2026 as planned when the first loan was signed in 2019.",
       published=AM_PUB),
    ex("lf21-am-p8-iran-road",
       "On the Iranian side, the Norduz-Tabriz road is being widened to four lanes over 124 "
       "km, and Iran's roads ministry says 70% of the work is done.",
       # a road's lanes are a count in the house's tables, added after the first run
       c("four lanes", 4, "count", item="lane"),
       c("124 km", 124, "km"),
       c("70%", 70, "%", change=None),
       published=AM_PUB),
    ex("lf21-am-p9-tolls",
       "Armenian hauliers complain of Iranian road tolls and fuel charges that add about $450 "
       "to a round trip from Yerevan to Bandar Abbas, and of a transit fee of $25 per axle. A "
       "40-foot container shipped from Bandar Abbas to Yerevan costs $2,800-3,200, against "
       "$2,100 two years ago.",
       c("$450", 450, "USD", approx="approx"),
       c("$25", 25, "USD", per="axle"),
       c("$2,800-3,200", 2800, "USD", value_high=3200),
       c("$2,100", 2100, "USD"),
       published=AM_PUB),
    ex("lf21-am-p10-fta",
       "Under the free trade agreement between the Eurasian Economic Union and Iran, which "
       "entered into force in May 2025, duties were scrapped on about 87% of tariff lines, "
       "and the average Iranian tariff on Armenian goods fell from 15.6% to 4.5%.",
       c("87%", 87, "%", approx="approx"),
       c("15.6%", 15.6, "%"),
       c("4.5%", 4.5, "%"),
       published=AM_PUB),
    ex("lf21-am-p11-neg-quote",
       "\"The road is the spine of our economy,\" the minister said, adding that the second "
       "and third stages would be tendered together.\n\n"
       "Photo: the Tatev section of the M2 highway, September 2025.",
       published=AM_PUB),
    ex("lf21-am-p12-energy",
       "Armenia also supplies Iran with about 1.4 billion kWh of electricity a year in "
       "exchange for gas, under a swap deal extended to 2030; gas deliveries come to some 500 "
       "million cubic metres a year.",
       # 2030 is the swap deal's term, no figure's year (periods checked after the first run,
       # which gave them 2030)
       c("1.4 billion kWh", 1.4e9, "kWh", approx="approx", per="year", period=None),
       c("500 million cubic metres", 500e6, "m3", approx="approx", per="year", period=None),
       published=AM_PUB),
    ex("lf21-am-p13-neg-byline",
       "Reporting by Anna Petrosyan; editing by G. Harutyunyan. (c) 2026 Ararat Newswire, all "
       "rights reserved.",
       published=AM_PUB),
]

# --- 2. An EU Global Gateway transport investors' forum on Central Asia (30 Jan 2026) -------
EU_PUB = "2026-01-30"
FORUM: list[Example] = [
    ex("lf21-eu-p1",
       "Investors pledge €12 billion for Central Asia transport links\n\n"
       "SAMARKAND, 30 January - European and international financial institutions announced "
       "commitments worth €12 billion for sustainable transport connectivity in Central Asia "
       "at the second Global Gateway Transport Investors Forum, which ended on Thursday.",
       c("€12 billion", 12e9, "EUR"),
       c("€12 billion", 12e9, "EUR", nth=1),
       published=EU_PUB),
    ex("lf21-eu-p2-team-europe",
       "The sum tops the €10 billion announced at the first forum in Brussels in January "
       "2024. The European Commission said it would mobilise €3.5 billion of it through Team "
       "Europe guarantees and grants.",
       c("€10 billion", 10e9, "EUR"),
       c("€3.5 billion", 3.5e9, "EUR", kind="projection"),
       published=EU_PUB),
    ex("lf21-eu-p3-pledges",
       "Of the new commitments, the European Bank for Reconstruction and Development pledged "
       "€3.2 billion, the European Investment Bank €2.8 billion, and the Asian Development "
       "Bank $1.5 billion. National development banks of Germany, France and Italy added a "
       "combined €1.1 billion.",
       c("€3.2 billion", 3.2e9, "EUR"),
       c("€2.8 billion", 2.8e9, "EUR"),
       c("$1.5 billion", 1.5e9, "USD"),
       c("€1.1 billion", 1.1e9, "EUR"),
       published=EU_PUB),
    ex("lf21-eu-p4-study",
       "A study commissioned by the EU and presented at the forum estimates that freight on "
       "the Trans-Caspian corridor could triple by 2040, to between 11 and 13 million tonnes "
       "a year, if bottlenecks are removed. Without investment, volumes would level off at "
       "around 5 million tonnes.",
       c("triple", 3, "x", change="increase", kind="projection"),
       # the house's range surface starts at its first figure ("between" is no part of it),
       # corrected after the first run
       c("11 and 13 million tonnes", 11e6, "t", value_high=13e6, per="year",
         kind="projection", period="2040"),
       c("5 million tonnes", 5e6, "t", approx="approx", kind="projection"),
       published=EU_PUB),
    ex("lf21-eu-p5-cost-km",
       "The study puts the cost of removing those bottlenecks at €18.5 billion, of which "
       "roughly two-thirds would go to rail. It identifies some 3,700 km of railway lines in "
       "Kazakhstan, Uzbekistan and Turkmenistan that need modernisation, and 1,200 km of "
       "roads.",
       c("€18.5 billion", 18.5e9, "EUR"),
       c("two-thirds", 200 / 3, "%", approx="approx"),
       c("3,700 km", 3700, "km", approx="approx"),
       c("1,200 km", 1200, "km"),
       published=EU_PUB),
    ex("lf21-eu-p6-transit",
       "Transit times from western China to the EU along the corridor could be cut to 14-18 "
       "days from the present 25 or more, the study says, with the crossing of the Caspian "
       "alone accounting for several days of waiting today.",
       c("14-18 days", 14, "day", value_high=18, kind="projection"),
       c("25", 25, "day", approx="min"),
       published=EU_PUB),
    ex("lf21-eu-p7-neg-hall",
       "Panel sessions in Hall B2 covered rail, ports and logistics hubs; the agenda and the "
       "presentations are available on the forum's website under reference GG-TIF/2026/02.",
       published=EU_PUB),
    ex("lf21-eu-p8-kazakhstan",
       "Kazakhstan signed agreements with the EBRD for a €500 million loan to build the "
       "152-km Darbaza-Maktaaral railway line and to buy 120 locomotives.",
       c("€500 million", 500e6, "EUR", metric="loan"),
       c("152-km", 152, "km"),
       c("120 locomotives", 120, "count"),
       published=EU_PUB),
    ex("lf21-eu-p9-uzbekistan",
       "Uzbekistan will receive €600 million from the EIB and the French development agency "
       "for electrifying 440 km of track between Bukhara and Miskin, a project its railways "
       "expect to finish by 2029.",
       c("€600 million", 600e6, "EUR"),
       c("440 km", 440, "km"),
       published=EU_PUB),
    ex("lf21-eu-p10-hedges",
       "Officials cautioned that not all of the pledges are new money. An EU diplomat "
       "estimated that between 40% and 50% of the amounts had already been announced in some "
       "form, and that disbursement could take up to ten years.",
       # range surface without "between" (as p4), corrected after the first run
       c("40% and 50%", 40, "%", value_high=50),
       c("ten years", 10, "year", approx="max"),
       published=EU_PUB),
    ex("lf21-eu-p11-ports",
       "Container traffic through Kazakhstan's Aktau and Kuryk ports rose 23% last year to "
       "about 95,000 TEU, the Kazakh transport ministry said, while ferry capacity on the "
       "Caspian is expected to grow once four new vessels arrive.",
       c("23%", 23, "%", change="increase", period="2025"),
       c("95,000 TEU", 95000, "TEU", approx="approx", period="2025"),
       c("four new vessels", 4, "count"),
       published=EU_PUB),
    ex("lf21-eu-p12-neg-next",
       "The next forum is to be held in 2027 in Almaty.\n\n"
       "Photo: European Commission / Audiovisual Service, 2026.",
       published=EU_PUB),
    ex("lf21-eu-p13-neg-rhetoric",
       "Closing the forum, the EU's commissioner said the Team Europe approach had proved its "
       "worth, and called on private investors to join the public banks in turning the "
       "corridor into a reliable, green and competitive route.",
       published=EU_PUB),
]

# --- 3. A Chinese state news agency: China-Europe freight trains from Xi'an (5 Sep 2026) ----
CN_PUB = "2026-09-05"
EIGHT = "2026-01/2026-08"
XIAN: list[Example] = [
    ex("lf21-cn-p1",
       "Xi'an's China-Europe freight trains top 30,000 trips\n\n"
       "XI'AN, Sept. 4 (Xinhua) -- The number of China-Europe freight train trips made from "
       "Xi'an, capital of northwest China's Shaanxi Province, has exceeded 30,000 since the "
       "service was launched in November 2013, the local port authority said Thursday.",
       c("30,000 trips", 30000, "count", approx="min"),
       c("30,000", 30000, "count", nth=1, approx="min"),
       published=CN_PUB),
    ex("lf21-cn-p2-ytd",
       "From January to August this year, 3,912 trips were made, up 8.6 percent year on "
       "year, transporting 392,000 TEUs of goods, the authority said.",
       c("3,912 trips", 3912, "count", period=EIGHT),
       c("8.6 percent", 8.6, "%", change="increase"),
       c("392,000 TEUs", 392000, "TEU", period=EIGHT),
       published=CN_PUB),
    ex("lf21-cn-p3-network",
       "Xi'an's trains now reach 57 cities in 26 countries across Eurasia on 18 regular "
       "routes. A total of 3 new routes, to Budapest, Milan and Lodz, were opened in the "
       "first eight months.",
       c("57 cities", 57, "count"),
       # "26 countries" is no claim: countries are no counted things in the house's tables
       # (`COUNT_NOUNS`, as own_heldout_investclimate), removed after the first run
       c("18 regular routes", 18, "count"),
       c("3 new routes", 3, "count", period=EIGHT),
       published=CN_PUB),
    ex("lf21-cn-p4-value",
       "The value of goods carried by the trains in the first eight months reached 41.3 "
       "billion yuan (about 5.8 billion U.S. dollars), up 12.1 percent year on year.",
       c("41.3 billion yuan", 41.3e9, "CNY", period=EIGHT),
       c("5.8 billion U.S. dollars", 5.8e9, "USD", approx="approx"),
       c("12.1 percent", 12.1, "%", change="increase"),
       published=CN_PUB),
    ex("lf21-cn-p5-goods",
       "Outbound trains mainly carried new energy vehicles, photovoltaic products, machinery "
       "and e-commerce parcels, while return trips brought back timber, milk powder, wine and "
       "auto parts. Exports of new energy vehicles by rail rose 46 percent.",
       c("46 percent", 46, "%", change="increase"),
       published=CN_PUB),
    ex("lf21-cn-p6-neg-hub",
       "The Xi'an International Port, located in the city's Chanba Ecological District, is a "
       "national-level hub, and Phase II of its Xinzhu railway station yard was put into use "
       "in 2022.",
       published=CN_PUB),
    ex("lf21-cn-p7-time",
       "The average transit time to Europe has been shortened to 11 days, from 18 days in "
       "2019, and customs clearance at the port now takes less than 6 hours, said Li Wei, "
       "deputy director of the port's management committee.",
       c("11 days", 11, "day"),
       c("18 days", 18, "day", period="2019"),
       c("6 hours", 6, "hour", approx="max"),
       published=CN_PUB),
    ex("lf21-cn-p8-share",
       "In 2025, Xi'an operated 5,620 China-Europe freight train trips, accounting for about "
       "a quarter of the national total of 19,800.",
       c("5,620 China-Europe freight train trips", 5620, "count", period="2025"),
       c("a quarter", 25, "%", approx="approx"),
       c("19,800", 19800, "count"),
       published=CN_PUB),
    ex("lf21-cn-p9-return",
       "The return rate, the share of trains coming back from Europe with cargo, rose to 76 "
       "percent from 65 percent a year earlier.",
       c("76 percent", 76, "%"),
       c("65 percent", 65, "%"),
       published=CN_PUB),
    ex("lf21-cn-p10-caspian",
       "The Trans-Caspian route has become a new growth point. Xi'an sent 420 trains via "
       "Kazakhstan, the Caspian Sea, Azerbaijan and Georgia in the January-August period, 2.3 "
       "times the number a year earlier.",
       c("420 trains", 420, "count", period=EIGHT),
       c("2.3 times", 2.3, "x", change="increase"),
       published=CN_PUB),
    ex("lf21-cn-p11-neg-first-train",
       "The first train of the Chang'an service, numbered X8001, departed from Xi'an's Xinzhu "
       "station on Nov. 28, 2013, bound for Almaty.",
       published=CN_PUB),
    ex("lf21-cn-p12-trade",
       "Shaanxi's foreign trade totaled 302.7 billion yuan in the first seven months, up 4.5 "
       "percent, provincial customs data showed.",
       c("302.7 billion yuan", 302.7e9, "CNY", period="2026-01/2026-07"),
       c("4.5 percent", 4.5, "%", change="increase"),
       published=CN_PUB),
    ex("lf21-cn-p13-neg-credits",
       "(Xinhua reporters: Zhang Bowen, Liu Xiao; Editor: Wang Jun)\n\n"
       "Xinhua News Agency, Sept. 4, 2026, 16:42",
       published=CN_PUB),
]

# --- 4. A Georgian port operator's half-year results release (14 Aug 2026) ------------------
GE_PUB = "2026-08-14"
RESULTS: list[Example] = [
    ex("lf21-ge-p1-neg-lead",
       "Kolkheti Port Group reports first-half 2026 results\n\n"
       "TBILISI, 14 August 2026 - Kolkheti Port Group PLC (\"KPG\" or \"the Group\"), operator "
       "of the Poti and Kulevi terminals, today announced its unaudited results for the six "
       "months ended 30 June 2026.",
       published=GE_PUB),
    ex("lf21-ge-p2-highlights",
       "Total cargo throughput rose 9.4% year on year to 5.63 million tonnes, and container "
       "throughput increased 14.2% to 268,400 TEU. Revenue grew 11.8% to GEL 312.5 million "
       "(US$115.2 million), and EBITDA rose 13.5% to GEL 171.3 million, an EBITDA margin of "
       "54.8% (H1 2025: 54.1%).",
       c("9.4%", 9.4, "%", change="increase"),
       c("5.63 million tonnes", 5.63e6, "t"),
       c("14.2%", 14.2, "%", change="increase"),
       c("268,400 TEU", 268400, "TEU"),
       c("11.8%", 11.8, "%", change="increase"),
       c("GEL 312.5 million", 312.5e6, "GEL", metric="revenue"),
       c("US$115.2 million", 115.2e6, "USD"),
       c("13.5%", 13.5, "%", change="increase"),
       c("GEL 171.3 million", 171.3e6, "GEL"),
       c("54.8%", 54.8, "%", change=None),
       c("54.1%", 54.1, "%", change=None),
       published=GE_PUB),
    ex("lf21-ge-p3-cargo-types",
       "Liquid bulk, mostly oil products shipped through Kulevi, accounted for 2.41 million "
       "tonnes (-3.1%), dry bulk for 1.52 million tonnes (+18.6%), and general cargo, "
       "including ro-ro, for 0.74 million tonnes (+7.9%). Containerised cargo reached 0.96 "
       "million tonnes.",
       c("2.41 million tonnes", 2.41e6, "t"),
       c("-3.1%", -3.1, "%", change="decrease"),
       c("1.52 million tonnes", 1.52e6, "t"),
       c("+18.6%", 18.6, "%", change="increase"),
       c("0.74 million tonnes", 0.74e6, "t"),
       c("+7.9%", 7.9, "%", change="increase"),
       c("0.96 million tonnes", 0.96e6, "t"),
       published=GE_PUB),
    ex("lf21-ge-p4-transit",
       "Transit cargo to and from Central Asia and Azerbaijan accounted for 38% of the total, "
       "up from 33%, while empty containers made up 21% of box throughput. Ro-ro traffic rose "
       "to 41,200 units.",
       c("38%", 38, "%"),
       c("33%", 33, "%"),
       c("21%", 21, "%", change=None),
       c("41,200 units", 41200, "count"),
       published=GE_PUB),
    ex("lf21-ge-p5-costs-profit",
       "Operating expenses rose 9.6% to GEL 141.2 million, driven by a 12% rise in staff "
       "costs after wage increases agreed with the dockers' union in March. Net profit "
       "attributable to shareholders rose 8.2% to GEL 98.7 million, or GEL 0.49 per share.",
       c("9.6%", 9.6, "%", change="increase"),
       c("GEL 141.2 million", 141.2e6, "GEL"),
       # "agreed ... in March" dates the pay deal, no figure of the half year (the periods
       # checked after the first run, which gave March to these three)
       c("12%", 12, "%", change="increase", period=None),
       c("8.2%", 8.2, "%", change="increase", period=None),
       c("GEL 98.7 million", 98.7e6, "GEL", period=None),
       c("GEL 0.49", 0.49, "GEL", per="share"),
       published=GE_PUB),
    ex("lf21-ge-p6-capex",
       "Capital expenditure came to GEL 86.4 million ($31.8 million) in the half, most of it "
       "on the new 400-metre container berth and two ship-to-shore cranes. Full-year capex is "
       "expected at GEL 190-210 million.",
       c("GEL 86.4 million", 86.4e6, "GEL"),
       c("$31.8 million", 31.8e6, "USD"),
       c("400-metre", 400, "m"),
       c("two ship-to-shore cranes", 2, "count"),
       c("GEL 190-210 million", 190e6, "GEL", value_high=210e6, kind="projection",
         period="2026"),
       published=GE_PUB),
    ex("lf21-ge-p7-debt",
       "Net debt stood at GEL 402.6 million at 30 June, or 1.2 times annualised EBITDA, "
       "compared with 1.4 times at the end of 2025. The Group repaid a $25 million tranche of "
       "its Eurobond in May.",
       c("GEL 402.6 million", 402.6e6, "GEL"),
       c("1.2 times", 1.2, "x", change=None),
       c("1.4 times", 1.4, "x", change=None),
       c("$25 million", 25e6, "USD"),
       published=GE_PUB),
    ex("lf21-ge-p8-dividend",
       "The Board has declared an interim dividend of GEL 0.18 per share, up from GEL 0.15 a "
       "year earlier, payable on 25 September to shareholders on the register on 4 "
       "September. The payout amounts to GEL 36.2 million.",
       c("GEL 0.18", 0.18, "GEL", per="share"),
       c("GEL 0.15", 0.15, "GEL"),
       c("GEL 36.2 million", 36.2e6, "GEL"),
       published=GE_PUB),
    ex("lf21-ge-p9-guidance",
       "For the full year, KPG now expects cargo throughput of 11.2-11.6 million tonnes, up "
       "from its earlier guidance of 10.8-11.2 million tonnes, and container throughput of "
       "about 540,000 TEU.",
       c("11.2-11.6 million tonnes", 11.2e6, "t", value_high=11.6e6, kind="projection"),
       c("10.8-11.2 million tonnes", 10.8e6, "t", value_high=11.2e6, kind="projection"),
       c("540,000 TEU", 540000, "TEU", approx="approx", kind="projection"),
       published=GE_PUB),
    ex("lf21-ge-p10-quote",
       "\"Demand on the Middle Corridor held up well, and Poti's share of Georgia's container "
       "market rose to 61%,\" said Chief Executive Giorgi Lomidze.",
       c("61%", 61, "%"),
       published=GE_PUB),
    ex("lf21-ge-p11-neg-call",
       "Conference call: management will host a call for analysts and investors at 14:00 "
       "Tbilisi time (11:00 London) on 15 August; dial-in +44 20 3936 2999, access code "
       "418552#.",
       published=GE_PUB),
    ex("lf21-ge-p12-neg-listing",
       "KPG's shares are listed on the London Stock Exchange (ticker: KPG LN; ISIN "
       "GB00BN7K1X29). This announcement contains inside information for the purposes of "
       "Article 7 of Regulation (EU) No 596/2014.",
       published=GE_PUB),
]

EXAMPLES: list[Example] = [*ARMENIA, *FORUM, *XIAN, *RESULTS]

KNOWN_GAPS: dict[str, str] = {}
