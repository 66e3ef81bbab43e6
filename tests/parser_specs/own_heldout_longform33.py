"""Held-out paragraphs of whole news articles, a thirty-third round, written after the parser.

Four more articles of genres the earlier rounds (`own_heldout_longform` to
`own_heldout_longform32`) did not cover as whole articles, written in our own words and cut
into paragraphs, one example a paragraph (its id `lf33-GENRE-pN`), so that what a
paragraph's sentences lend each other is tested as an analyst reads it: a Kazakh copper
miner's quarterly production and rail shipments report (ore mined and processed in tonnes, a
grade in percent, copper in concentrate, guidance as a range, unit trains, wagons and their
loads, trains to China against a year before, a rail cost a tonne and its share of the price,
by-products in tonnes and ounces, a realised price, revenue, wagons' waits and stock at the
mine, a trial cargo by the Trans-Caspian route in containers and days, capital spending, a
loading station's capacity a year, staff); a Caspian seaport's annual report (tonnes handled
and the change, covered warehouse space and new sheds in square metres, open storage in
hectares, warehouses' occupancy, a storage rate per square metre a month, berths and
berth-days, berth occupancy, waits for a berth, ferry calls, trucks and TEU, crane moves an
hour, container dwell days, cargo by type, revenue and investment in manat, dredging in cubic
metres and a channel's depth, staff and trainees, a plan); a customs committee's half-year
statistics on digital declarations (electronic declarations counted and their share, release
times in minutes and hours, automatic release, risk channels' shares, import, export and
transit declarations, authorised economic operators, paper consignments, duties in soums and
dollars, electronic queue slots and crossing hours, error rates and fines, savings for
traders, a target time and countries to link); and a monthly bunker fuel market report for
the Caspian ports (marine gasoil prices a tonne by port and their change, a low-sulphur fuel's
range, bunker sales in tonnes, a ferry's burn a day and its extra cost, a bunker surcharge per
wagon, Volga tankers' size and those waiting, prices in manat and tenge, an LNG barge's cubic
metres, a price outlook as a range, the fleet's fuel burnt a year). About a fifth are
paragraphs without a claim: a rail station's code and a subsoil code's annex, a chief
executive's age and the hour of a call, a report's table and notes with tickers, a cabinet
resolution's number and berths' numbering, a director's foreword with a page and a berth, an
annual report's pages, ISBN and phone, a customs portal's version, form and order numbers
and a helpline, a deputy chairman's quote with a street number, a method note with dates and
regime codes, a fuel standard's annex and year, a trader's quote with a berth, and a byline
with the next edition's date and a phone number. Every expectation was written from reading
the text, before the parser was run on it (three were corrected to the house conventions
after the first run, each marked where it stands, and a few rate, metric, kind and period
checks were added with the parser fixes that make them pass).
"""

from __future__ import annotations

from . import Example, c, ex

# --- 1. A copper miner's first-quarter production and rail shipments (22 Apr 2026) --------
MINE_PUB = "2026-04-22"
MINE: list[Example] = [
    ex("lf33-mine-p1",
       "Sary-Arka Metals ships record concentrate by rail in first quarter\n\n"
       "ASTANA, 22 April - Kazakh copper miner Sary-Arka Metals shipped 212,000 tonnes of "
       "copper concentrate by rail in the first quarter, up 9% on a year earlier, the company "
       "said in its quarterly production report on Wednesday.",
       c("212,000 tonnes", 212000, "t"),
       c("9%", 9, "%", change="increase"),
       published=MINE_PUB),
    ex("lf33-mine-p2-ore",
       "Ore mined at its two open pits rose to 11.4 million tonnes, while the Kyzyltas "
       "concentrator processed 10.8 million tonnes with an average copper grade of 0.41%.",
       c("11.4 million tonnes", 11.4e6, "t"),
       c("10.8 million tonnes", 10.8e6, "t"),
       c("0.41%", 0.41, "%"),
       published=MINE_PUB),
    ex("lf33-mine-p3-guidance",
       "Copper in concentrate came to 54,300 tonnes, and the company kept its full-year "
       "guidance of 215,000-230,000 tonnes of copper.",
       c("54,300 tonnes", 54300, "t"),
       c("215,000-230,000 tonnes", 215000, "t", value_high=230000, kind="projection"),
       published=MINE_PUB),
    ex("lf33-mine-p4-neg-codes",
       "The concentrate is loaded at the mine's own siding, station code 683507, and the "
       "report's resource tables follow annex 4 of the subsoil code.",
       published=MINE_PUB),
    ex("lf33-mine-p5-trains",
       "Each unit train carries 60 open-top wagons loaded with 69 tonnes apiece, and the "
       "company sent 51 trains to China through the Dostyk crossing in the quarter, against "
       "38 a year ago.",
       c("60 open-top wagons", 60, "count"),
       c("69 tonnes", 69, "t"),
       c("51 trains", 51, "count"),
       c("38", 38, "count"),
       published=MINE_PUB),
    ex("lf33-mine-p6-rail-cost",
       "Rail freight costs the company about $42 a tonne to the Chinese border, or roughly 7% "
       "of the concentrate's price, finance director Aigerim Bekova told analysts.",
       c("$42", 42, "USD", approx="approx", per="t"),
       c("7%", 7, "%", approx="approx"),
       published=MINE_PUB),
    ex("lf33-mine-p7-byproducts",
       "The Kyzyltas mine also produced 1,150 tonnes of molybdenum in concentrate and 38,000 "
       "ounces of gold as a by-product.",
       c("1,150 tonnes", 1150, "t"),
       c("38,000 ounces", 38000, "oz"),
       published=MINE_PUB),
    ex("lf33-mine-p8-neg-quote",
       "\"Our trains now run like a conveyor belt,\" said chief executive Yerlan "
       "Dosmukhamedov, 54, on a call with analysts that began at 10:00 Astana time.",
       published=MINE_PUB),
    ex("lf33-mine-p9-price",
       "The average copper price the company realised was $9,850 a tonne, 12% higher than in "
       "the first quarter of 2025, lifting revenue to $612 million.",
       c("$9,850", 9850, "USD", per="t"),
       c("12%", 12, "%", change="increase"),
       c("$612 million", 612e6, "USD"),
       published=MINE_PUB),
    ex("lf33-mine-p10-bottleneck",
       "Shipments slowed in February, when wagons waited up to 6 days at Dostyk, and about "
       "14,000 tonnes of concentrate were still in the mine's stockyard at the end of March.",
       c("6 days", 6, "day", approx="max"),
       c("14,000 tonnes", 14000, "t", approx="approx"),
       published=MINE_PUB),
    ex("lf33-mine-p11-trans-caspian",
       "In March the company sent a trial cargo of 3,500 tonnes to Europe by the "
       "Trans-Caspian route in 70 containers, which took 23 days to reach the Georgian port "
       "of Poti.",
       c("3,500 tonnes", 3500, "t"),
       c("70 containers", 70, "count"),
       c("23 days", 23, "day"),
       published=MINE_PUB),
    ex("lf33-mine-p12-capex",
       "Capital spending is planned at $480 million this year, including $150 million for a "
       "second loading station that will lift rail capacity to 1.2 million tonnes of "
       "concentrate a year by 2028.",
       c("$480 million", 480e6, "USD", kind="projection"),
       c("$150 million", 150e6, "USD"),
       c("1.2 million tonnes", 1.2e6, "t", per="year", kind="projection"),
       published=MINE_PUB),
    ex("lf33-mine-p13-neg-notes",
       "The report, its production table and notes 1 to 7 are on the company's website; its "
       "shares trade in London under the ticker SAM and in Astana under SAMK.",
       published=MINE_PUB),
    ex("lf33-mine-p14-staff",
       "Sary-Arka Metals employs 9,400 people, 1,100 of them in its rail and logistics "
       "division.",
       c("9,400 people", 9400, "count"),
       # a part of the staff (its metric checked with the fix that reads it)
       c("1,100", 1100, "count", metric="job count"),
       published=MINE_PUB),
]

# --- 2. A Caspian seaport's annual report (12 Mar 2026) ------------------------------------
PORT_PUB = "2026-03-12"
PORT: list[Example] = [
    ex("lf33-port-p1",
       "Turkmenbashi port lifts cargo 11% as new warehouses fill\n\n"
       "ASHGABAT, 12 March - The International Seaport of Turkmenbashi handled 7.6 million "
       "tonnes of cargo in 2025, 11% more than a year earlier, its annual report published on "
       "Thursday shows.",
       c("11%", 11, "%", change="increase"),
       c("7.6 million tonnes", 7.6e6, "t", period="2025"),
       c("11%", 11, "%", nth=1, change="increase"),
       published=PORT_PUB),
    ex("lf33-port-p2-warehouses",
       "Covered warehouse space grew to 86,000 square metres after two new sheds of 12,000 "
       "square metres each opened in June, and open storage areas now cover 41 hectares.",
       # a level reached ("grew to") carries no change of its own, by the house's convention
       # (corrected after the first run)
       c("86,000 square metres", 86000, "m2", change=None),
       c("two new sheds", 2, "count"),
       c("12,000 square metres", 12000, "m2"),
       c("41 hectares", 41, "ha"),
       published=PORT_PUB),
    ex("lf33-port-p3-occupancy",
       "The warehouses were on average 78% full, against 64% in 2024, and the port charged "
       "$4.50 per square metre a month for covered space.",
       c("78%", 78, "%"),
       c("64%", 64, "%", period="2024"),
       c("$4.50", 4.5, "USD", per="m2"),
       published=PORT_PUB),
    ex("lf33-port-p4-berths",
       "Its 17 berths were occupied for 4,930 berth-days, or 79% of the time available, and "
       "ships waited an average of 1.6 days for a berth, down from 2.4 days.",
       c("17 berths", 17, "count"),
       c("4,930 berth-days", 4930, "day"),
       c("79%", 79, "%"),
       c("1.6 days", 1.6, "day"),
       c("2.4 days", 2.4, "day"),
       published=PORT_PUB),
    ex("lf33-port-p5-neg-resolution",
       "The report follows the format set by Resolution No. 2154 of the Cabinet of Ministers "
       "and numbers the berths 1 to 17 from the ferry terminal eastwards.",
       published=PORT_PUB),
    ex("lf33-port-p6-terminals",
       "The ferry and ro-ro terminal handled 2,840 calls and 61,000 trucks and trailers, and "
       "the container terminal 118,000 TEU.",
       c("2,840 calls", 2840, "count"),
       c("61,000 trucks", 61000, "count"),
       c("118,000 TEU", 118000, "TEU"),
       published=PORT_PUB),
    ex("lf33-port-p7-productivity",
       "Crane productivity at the container terminal averaged 24 moves an hour, and a box "
       "spent an average of 5.2 days in the yard before leaving.",
       c("24 moves", 24, "count", per="hour"),
       c("5.2 days", 5.2, "day"),
       published=PORT_PUB),
    ex("lf33-port-p8-cargo",
       "Oil products made up 3.9 million tonnes of the total, general cargo 1.7 million "
       "tonnes and grain 640,000 tonnes.",
       c("3.9 million tonnes", 3.9e6, "t"),
       c("1.7 million tonnes", 1.7e6, "t"),
       c("640,000 tonnes", 640000, "t"),
       published=PORT_PUB),
    ex("lf33-port-p9-finance",
       "Revenue rose 14% to 412 million manat, and the port invested 96 million manat in "
       "dredging and equipment.",
       c("14%", 14, "%", change="increase"),
       c("412 million manat", 412e6, "TMT"),
       c("96 million manat", 96e6, "TMT"),
       published=PORT_PUB),
    ex("lf33-port-p10-dredging",
       "Dredgers removed 1.3 million cubic metres of silt during the year, keeping the "
       "approach channel at a depth of 12 metres.",
       c("1.3 million cubic metres", 1.3e6, "m3"),
       c("12 metres", 12, "m"),
       published=PORT_PUB),
    ex("lf33-port-p11-neg-foreword",
       "\"The port is the sea gate of the Great Silk Road,\" the director writes in his "
       "foreword on page 3, under a photograph of berth 9 taken on 20 December.",
       published=PORT_PUB),
    ex("lf33-port-p12-staff",
       "The port employs 3,200 people and sent 410 of them on training courses in 2025.",
       c("3,200 people", 3200, "count"),
       c("410", 410, "count"),
       published=PORT_PUB),
    ex("lf33-port-p13-plan",
       "For 2026 the port plans to handle 8.2 million tonnes and to add a 20,000 "
       "square-metre cold store by the end of the year.",
       c("8.2 million tonnes", 8.2e6, "t", kind="projection"),
       c("20,000 square-metre", 20000, "m2", kind="projection"),
       published=PORT_PUB),
    ex("lf33-port-p14-neg-imprint",
       "Annual Report 2025, 96 pages, ISBN 978-9943-12-345-6. Contacts: +993 243 7 12 34.",
       published=PORT_PUB),
]

# --- 3. A customs committee's half-year statistics on digital declarations (15 Jul 2026) --
CUSTOMS_PUB = "2026-07-15"
CUSTOMS: list[Example] = [
    ex("lf33-customs-p1",
       "Almost all Uzbek customs declarations are now filed online\n\n"
       "TASHKENT, 15 July - Uzbekistan's customs committee processed 1.46 million electronic "
       "declarations in the first half of the year, 99.2% of all those filed, up from 93% two "
       "years ago, the committee said on Wednesday.",
       # the counted noun belongs to the surface, by the house's convention (corrected after
       # the first run)
       c("1.46 million electronic declarations", 1.46e6, "count"),
       c("99.2%", 99.2, "%"),
       c("93%", 93, "%"),
       published=CUSTOMS_PUB),
    ex("lf33-customs-p2-release",
       "Goods declared electronically were released in an average of 42 minutes, against 3 "
       "hours in 2023, and 61% of declarations were released automatically without an "
       "officer's review.",
       # customs' release time is its clearance time (the metric checked with the fix that
       # reads it)
       c("42 minutes", 42, "min", metric="clearance time"),
       c("3 hours", 3, "hour", period="2023"),
       c("61%", 61, "%"),
       published=CUSTOMS_PUB),
    ex("lf33-customs-p3-channels",
       "The risk system sent 71% of declarations to the green channel, 22% to the yellow "
       "channel for a document check and 7% to the red channel for a physical inspection.",
       # shares of the declarations (the first's metric checked with the fix that reads it)
       c("71%", 71, "%", metric="customs declarations"),
       c("22%", 22, "%"),
       c("7%", 7, "%"),
       published=CUSTOMS_PUB),
    ex("lf33-customs-p4-neg-portal",
       "Declarations are lodged on the e-customs portal, version 4.2, on form 0201 under "
       "Order No. 87 of the customs committee; the helpline is 1198.",
       published=CUSTOMS_PUB),
    ex("lf33-customs-p5-types",
       "Import declarations numbered 812,000 and export declarations 498,000, while transit "
       "declarations rose 27% to 150,000.",
       c("812,000", 812000, "count"),
       c("498,000", 498000, "count"),
       c("27%", 27, "%", change="increase"),
       c("150,000", 150000, "count"),
       published=CUSTOMS_PUB),
    ex("lf33-customs-p6-aeo",
       "The number of authorised economic operators rose to 64 from 39 a year earlier, and "
       "they accounted for 18% of the value of imports.",
       c("64", 64, "count"),
       c("39", 39, "count"),
       c("18%", 18, "%"),
       published=CUSTOMS_PUB),
    ex("lf33-customs-p7-paper",
       "Paper declarations, still used for 11,700 consignments of household goods and "
       "humanitarian aid, will be phased out by 2027.",
       # today's figure in an aside, not the phase-out's plan (its kind and period checked
       # with the fix that reads them)
       c("11,700 consignments", 11700, "count", kind="actual", period=None),
       published=CUSTOMS_PUB),
    ex("lf33-customs-p8-duties",
       "Duties and taxes collected at the border came to 26.3 trillion soums, or about $2.1 "
       "billion, 15% more than in the first half of 2025.",
       c("26.3 trillion soums", 26.3e12, "UZS"),
       c("$2.1 billion", 2.1e9, "USD", approx="approx"),
       c("15%", 15, "%", change="increase"),
       published=CUSTOMS_PUB),
    ex("lf33-customs-p9-neg-quote",
       "\"Paper is history,\" deputy chairman Bakhtiyor Rakhimov told reporters at the "
       "committee's headquarters at 6 Bunyodkor Avenue.",
       published=CUSTOMS_PUB),
    ex("lf33-customs-p10-queue",
       "At road crossings the electronic queue system booked 388,000 truck slots, and trucks "
       "with a booking crossed in 2.5 hours on average, against 9 hours for those without.",
       c("388,000 truck slots", 388000, "count"),
       c("2.5 hours", 2.5, "hour"),
       c("9 hours", 9, "hour"),
       published=CUSTOMS_PUB),
    ex("lf33-customs-p11-errors",
       "Officers corrected errors in 4.8% of declarations, and fines for false declarations "
       "totalled 48 billion soums.",
       c("4.8%", 4.8, "%"),
       c("48 billion soums", 48e9, "UZS"),
       published=CUSTOMS_PUB),
    ex("lf33-customs-p12-savings",
       "The committee estimates that online filing saved traders $36 million in broker fees "
       "and travel, or about $25 per declaration.",
       c("$36 million", 36e6, "USD"),
       c("$25", 25, "USD", approx="approx"),
       published=CUSTOMS_PUB),
    ex("lf33-customs-p13-neg-method",
       "Note: the figures cover declarations registered from 1 January to 30 June 2026 under "
       "regime codes 10 to 80 of the customs classifier; data as of 10 July.",
       published=CUSTOMS_PUB),
    ex("lf33-customs-p14-targets",
       "The committee wants to cut the average release time to 30 minutes by the end of 2026 "
       "and to link its system with those of 12 more countries.",
       # countries are not counted things in the house's tables ("nations", "regions" and
       # "countries" are left out of the count nouns on purpose): no claim (corrected after the
       # first run)
       c("30 minutes", 30, "min", kind="projection", metric="clearance time"),
       published=CUSTOMS_PUB),
]

# --- 4. A monthly bunker fuel market report for the Caspian ports (6 May 2026) -------------
BUNKER_PUB = "2026-05-06"
BUNKER: list[Example] = [
    ex("lf33-bunker-p1",
       "Caspian bunker prices climb as Volga supplies tighten\n\n"
       "BAKU, 6 May - Marine gasoil at the port of Baku rose to $915 a tonne in April, up "
       "$40 from March, as fewer tankers brought fuel down the Volga, traders and port agents "
       "said.",
       c("$915", 915, "USD", per="t"),
       c("$40", 40, "USD", change="increase"),
       published=BUNKER_PUB),
    ex("lf33-bunker-p2-ports",
       "In Aktau marine gasoil averaged $955 a tonne, and in Turkmenbashi $870, the lowest "
       "on the sea thanks to the refinery next to the port.",
       c("$955", 955, "USD", per="t"),
       c("$870", 870, "USD", per="t"),  # (its rate checked with the fix that reads it)
       published=BUNKER_PUB),
    ex("lf33-bunker-p3-fuel-oil",
       "Fuel oil with up to 0.5% sulphur, which few Caspian ships burn, sold at $690-720 a "
       "tonne in Astrakhan.",
       c("0.5%", 0.5, "%", approx="max"),
       c("$690-720", 690, "USD", value_high=720, per="t"),
       published=BUNKER_PUB),
    ex("lf33-bunker-p4-volumes",
       "Bunker sales at Baku came to about 38,000 tonnes in the first quarter, 6% less than "
       "a year earlier, while Aktau supplied 21,000 tonnes.",
       c("38,000 tonnes", 38000, "t", approx="approx"),
       c("6%", 6, "%", change="decrease"),
       c("21,000 tonnes", 21000, "t"),
       published=BUNKER_PUB),
    ex("lf33-bunker-p5-neg-grades",
       "Prices are for delivery by barge at the anchorage, grade DMA under ISO 8217:2017 and "
       "MARPOL Annex VI, as quoted each Tuesday by the suppliers listed in table 2.",
       published=BUNKER_PUB),
    ex("lf33-bunker-p6-ferry-cost",
       "For a rail ferry burning 14 tonnes of gasoil a day, April's rise adds about $560 a "
       "day to its running costs, or some $1,700 on a round trip.",
       c("14 tonnes", 14, "t", per="day"),
       c("$560", 560, "USD", approx="approx", per="day"),
       c("$1,700", 1700, "USD", approx="approx"),
       published=BUNKER_PUB),
    ex("lf33-bunker-p7-surcharge",
       "The Azerbaijan Caspian Shipping Company raised its bunker surcharge from $35 to $48 "
       "per wagon from 1 May.",
       c("$35", 35, "USD", per="wagon"),
       c("$48", 48, "USD", per="wagon"),
       published=BUNKER_PUB),
    ex("lf33-bunker-p8-neg-quote",
       "\"Nobody wants to hold stock when the river may close in November,\" said a trader in "
       "Baku who asked not to be named, speaking from berth 2 of the Zykh oil terminal.",
       published=BUNKER_PUB),
    ex("lf33-bunker-p9-volga",
       "Tankers of up to 7,000 tonnes bring the fuel from refineries on the Volga, and 11 of "
       "them were waiting near Astrakhan at the end of April because of low water.",
       c("7,000 tonnes", 7000, "t", approx="max"),
       # tankers, not tonnes (its metric checked with the fixes that read it)
       c("11", 11, "count", metric="vessel count"),
       published=BUNKER_PUB),
    ex("lf33-bunker-p10-local",
       "In local money a tonne of gasoil cost 1,556 manat at Baku and 489,000 tenge at "
       "Aktau.",
       # prices of a tonne (their rate checked with the fix that reads it)
       c("1,556 manat", 1556, "AZN", per="t"),
       c("489,000 tenge", 489000, "KZT", per="t"),
       published=BUNKER_PUB),
    ex("lf33-bunker-p11-lng",
       "Kazakhstan's ports authority says it will test LNG bunkering at Kuryk in 2027 with a "
       "2,000 cubic-metre barge.",
       # the barge's size, no gas traded (its metric checked with the fix that reads it)
       c("2,000 cubic-metre", 2000, "m3", kind="projection", metric="capacity"),
       published=BUNKER_PUB),
    ex("lf33-bunker-p12-fleet",
       "Ships on the Caspian burned an estimated 410,000 tonnes of fuel last year, most of it "
       "on ferries and tankers.",
       c("410,000 tonnes", 410000, "t", approx="approx", period="2025"),
       published=BUNKER_PUB),
    ex("lf33-bunker-p13-outlook",
       "Traders expect gasoil to ease to $860-880 a tonne in June once the Volga's spring "
       "flood lets larger tankers through.",
       c("$860-880", 860, "USD", value_high=880, per="t", kind="projection"),
       published=BUNKER_PUB),
    ex("lf33-bunker-p14-neg-byline",
       "This report is issued monthly; the next edition is due on 3 June. Reporting by A. "
       "Guliyev in Baku; editing by M. Karimova, desk +994 12 555 01 02.",
       published=BUNKER_PUB),
]

EXAMPLES: list[Example] = MINE + PORT + CUSTOMS + BUNKER

KNOWN_GAPS: dict[str, str] = {
    "lf33-port-p9-finance": (
        "a bare \"manat\" is read as Azerbaijan's unless Turkmenistan is named near it "
        "(`money_words.is_turkmen`); this paragraph names no country, and the article's "
        "Turkmen port is named only in its lead (p1), which an example of one paragraph does "
        "not see"),
}
