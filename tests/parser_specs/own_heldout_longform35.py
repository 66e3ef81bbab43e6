"""Held-out paragraphs of whole news articles, a thirty-fifth round, written after the parser.

Four more articles of genres the earlier rounds (`own_heldout_longform` to
`own_heldout_longform34`) did not cover as whole articles, written in our own words and cut
into paragraphs, one example a paragraph (its id `lf35-GENRE-pN`), so that what a
paragraph's sentences lend each other is tested as an analyst reads it: a story on a Kazakh
flour-milling chain's expansion into Afghanistan (mills counted, the investment and a plant's
tonnes of wheat a day, jobs, Afghanistan's share of the flour exports and their value, the
chain's own exports with a change, rail freight per tonne for wheat against flour, wheat
drawn a year and trains, prices per tonne at the border, own funds and a loan with its term,
a transit fee and import tariffs, the harvest forecast against last year, revenue); a
story on dredging Aktau port as the Caspian falls, with the government's budget (a
three-year budget in tenge and dollars, the sea's fall in centimetres, cubic metres to
remove, a channel's depth now and planned, the share of deadweight a ship can load and a
tanker's tonnes, the budget's share from the state, throughput in tonnes and TEU with a
change, the sea's fall to 2050 as a range and a worst case, the cost of light loading per
tonne and a tariff, a neighbour's spending in manat, a capacity target and hours of
waiting); a question-and-answer interview with an Almaty freight forwarder comparing routes
(containers moved, rates per box by route as levels and ranges, transit days as ranges,
on-time shares by route, ferry waits then and now, shares of volume by route, borders and
sea crossings counted, port handling as a range, truck and rail-truck costs and days,
insurance in percent of value, a forecast cut in rates as a range and a volume); and a
wine agency's annual export review for Georgia (bottles and dollars with changes, buyers'
bottles, China's growth and value, prices per bottle, sea days against rail containers and
days, bottles per container and freight per bottle in cents, storage temperatures as a range
and a frost, a liner's and a reefer's extra cost, vineyard hectares and a record harvest, a
grape subsidy per kilogram and its cost, targets). About a fifth are paragraphs without a
claim: a company's founding year and street address, a chief executive's quote beside a
silo's number, an agreement's number and date, a gauge's station number and first year, a
deputy minister's quote in a hall, a tender's number and portal, an interview question on
sanctions, an office's address and floor with a branch's year, an interview's credits with
a fair's stand, HS codes, a winemaker's quote with an estate's founding year, a report's
file name. Every expectation was written from reading the text, before the parser was run
on it (corrected to the house conventions after the first run: six rates per tonne first
written per "tonne" are per "t", and a budget's span of years, marked where it stands, is no
figure).
"""

from __future__ import annotations

from . import Example, c, ex

# --- 1. A Kazakh flour-milling chain's expansion into Afghanistan (15 Sep 2026) -------------
FL_PUB = "2026-09-15"
FLOUR: list[Example] = [
    ex("lf35-flour-p1",
       "Kazakh miller Dala Un to open a flour plant in Afghanistan\n\n"
       "KOSTANAY, 15 September - Dala Un, a chain of nine flour mills in northern Kazakhstan, "
       "will invest $38 million in a mill near Mazar-i-Sharif that can grind 600 tonnes of "
       "wheat a day, its chief executive said on Monday.",
       c("nine flour mills", 9, "count"),
       c("$38 million", 38e6, "USD", kind="projection"),
       c("600 tonnes", 600, "t", per="day", metric="capacity"),
       published=FL_PUB),
    ex("lf35-flour-p2-jobs",
       "The plant is due to start in the second half of 2027 and will employ about 220 "
       "people, most of them hired locally.",
       c("220 people", 220, "count", approx="approx", kind="projection"),
       published=FL_PUB),
    ex("lf35-flour-p3-market",
       "Afghanistan is the biggest buyer of Kazakh flour. It took 1.1 million tonnes in the "
       "marketing year that ended on 30 June, about 60% of Kazakhstan's flour exports, worth "
       "some $370 million.",
       c("1.1 million tonnes", 1.1e6, "t", period="2025-07/2026-06"),
       c("60%", 60, "%", approx="approx", period="2025-07/2026-06"),
       c("$370 million", 370e6, "USD", approx="approx", period="2025-07/2026-06"),
       published=FL_PUB),
    ex("lf35-flour-p4-own",
       "Dala Un itself exported 210,000 tonnes of flour last season, up 15% on the season "
       "before, almost all of it by rail to Termez and Hairatan.",
       c("210,000 tonnes", 210000, "t"),
       c("15%", 15, "%", change="increase"),
       published=FL_PUB),
    ex("lf35-flour-p5-neg-history",
       "Founded in 1997 by the brothers Yerlan and Murat Sadykov, the company moved its head "
       "office to 14 Abai Street in Kostanay in 2019.",
       published=FL_PUB),
    ex("lf35-flour-p6-freight",
       "Milling in Afghanistan rather than shipping flour makes sense because grain travels "
       "more cheaply: rail freight for wheat to Hairatan costs about $48 a tonne, against $62 "
       "for flour, which needs covered wagons and bagging.",
       c("$48", 48, "USD", approx="approx", per="t"),
       c("$62", 62, "USD", per="t"),
       published=FL_PUB),
    ex("lf35-flour-p7-wheat",
       "The new mill will draw on about 200,000 tonnes of Kazakh wheat a year, or some 18 "
       "trains of 55 wagons a month.",
       c("200,000 tonnes", 200000, "t", approx="approx", per="year", kind="projection",
         metric="consumption"),
       c("18 trains", 18, "count", approx="approx"),
       c("55 wagons", 55, "count"),
       published=FL_PUB),
    ex("lf35-flour-p8-prices",
       "Afghan importers pay about $330 a tonne for Kazakh flour delivered to Hairatan, while "
       "local millers say they can sell at $295 once the plant is running.",
       c("$330", 330, "USD", approx="approx", per="t"),
       c("$295", 295, "USD", per="t", metric="price"),
       published=FL_PUB),
    ex("lf35-flour-p9-neg-quote",
       "\"Our customers asked us to come closer, and we listened,\" chief executive Murat "
       "Sadykov told reporters beside the company's silo No. 3.",
       published=FL_PUB),
    ex("lf35-flour-p10-finance",
       "The project will be financed with $23 million of the company's own funds and a $15 "
       "million loan from the Development Bank of Kazakhstan, repayable over seven years.",
       c("$23 million", 23e6, "USD"),
       c("$15 million", 15e6, "USD"),
       c("seven years", 7, "year"),
       published=FL_PUB),
    ex("lf35-flour-p11-duties",
       "Uzbekistan charges Kazakh flour in transit a fee of $5 a tonne, and Afghanistan's "
       "tariff on imported flour was raised to 10% in March, against 5% on wheat.",
       c("$5", 5, "USD", per="t"),
       c("10%", 10, "%"),
       c("5%", 5, "%"),
       published=FL_PUB),
    ex("lf35-flour-p12-harvest",
       "Kazakhstan's wheat harvest is forecast at 17 million tonnes this year, down from 18.4 "
       "million tonnes in 2025, which could lift grain prices at home.",
       c("17 million tonnes", 17e6, "t", kind="projection"),
       c("18.4 million tonnes", 18.4e6, "t", period="2025"),
       published=FL_PUB),
    ex("lf35-flour-p13-neg-agreement",
       "The agreement with the Balkh provincial authorities, No. 42/1405, was signed in "
       "Mazar-i-Sharif on 7 September.",
       published=FL_PUB),
    ex("lf35-flour-p14-revenue",
       "Dala Un's revenue rose 12% to 96 billion tenge last year, and the company plans to "
       "add a second Afghan mill in Herat by 2030.",
       c("12%", 12, "%", change="increase"),
       c("96 billion tenge", 96e9, "KZT", period="2025"),
       published=FL_PUB),
]

# --- 2. Dredging Aktau as the Caspian falls, with the government's budget (5 Oct 2026) ------
DR_PUB = "2026-10-05"
DREDGE: list[Example] = [
    ex("lf35-dredge-p1",
       "Kazakhstan to dredge Aktau as the Caspian keeps falling\n\n"
       "ASTANA, 5 October - The government will spend 48 billion tenge ($92 million) over "
       "three years to deepen the approach channel and berths of Aktau port, the transport "
       "ministry said on Monday, after the sea fell another 31 centimetres in the past year.",
       c("48 billion tenge", 48e9, "KZT", kind="projection"),
       c("$92 million", 92e6, "USD"),
       # "over three years" is the span the money is spent over, no figure of its own (house
       # convention, as own_heldout_enforcement's "over three years"): corrected after the
       # first run
       c("31 centimetres", 31, "cm", change="decrease"),
       published=DR_PUB),
    ex("lf35-dredge-p2-depth",
       "Dredgers will remove about 6.5 million cubic metres of sand and silt and take the "
       "channel to a depth of 6.5 metres, from 4.8 metres now.",
       c("6.5 million cubic metres", 6.5e6, "m3", approx="approx", kind="projection"),
       c("6.5 metres", 6.5, "m", kind="projection"),
       c("4.8 metres", 4.8, "m", kind="actual"),
       published=DR_PUB),
    ex("lf35-dredge-p3-loads",
       "At today's depth, ships calling at Aktau can load only 70% of their deadweight, and "
       "a typical 7,000-tonne tanker leaves with about 4,900 tonnes.",
       c("70%", 70, "%"),
       c("7,000-tonne", 7000, "t"),
       c("4,900 tonnes", 4900, "t", approx="approx"),
       published=DR_PUB),
    ex("lf35-dredge-p4-level",
       "The Caspian stood at minus 29.4 metres against the world ocean in September, its "
       "lowest since records began, according to Kazhydromet.",
       c("minus 29.4 metres", -29.4, "m"),
       published=DR_PUB),
    ex("lf35-dredge-p5-neg-gauge",
       "Kazhydromet's gauge at Fort-Shevchenko, station No. 99017, has been read every day "
       "since 1921.",
       published=DR_PUB),
    ex("lf35-dredge-p6-budget",
       "Of the total, 30 billion tenge will come from the national budget in 2027 and 2028 "
       "and the rest from the port's owner, the ministry said.",
       c("30 billion tenge", 30e9, "KZT", kind="projection"),
       published=DR_PUB),
    ex("lf35-dredge-p7-throughput",
       "Aktau handled 6.9 million tonnes of cargo in the first nine months, 8% less than a "
       "year earlier, and its container terminal 41,000 TEU.",
       c("6.9 million tonnes", 6.9e6, "t", period="2026-01/2026-09"),
       c("8%", 8, "%", change="decrease"),
       c("41,000 TEU", 41000, "TEU"),
       published=DR_PUB),
    ex("lf35-dredge-p8-kuryk",
       "Kuryk, 70 kilometres to the south, is also affected: ferries drawing more than 4.2 "
       "metres can no longer use its southern berths.",
       c("70 kilometres", 70, "km", metric=None),
       c("4.2 metres", 4.2, "m", approx="min", metric="depth"),
       published=DR_PUB),
    ex("lf35-dredge-p9-neg-quote",
       "\"We are chasing the water down,\" said Deputy Minister Aidar Kassymov at a briefing "
       "in the ministry's hall B.",
       published=DR_PUB),
    ex("lf35-dredge-p10-outlook",
       "Scientists at the Caspian research institute expect the sea to fall by 1.5 to 2 "
       "metres by 2050, and by as much as 9 metres by the end of the century in the worst "
       "case.",
       c("1.5 to 2 metres", 1.5, "m", value_high=2, kind="projection", change="decrease"),
       c("9 metres", 9, "m", approx="max", kind="projection"),
       published=DR_PUB),
    ex("lf35-dredge-p11-cost",
       "Shipowners say light loading adds about $8 a tonne to the cost of a crossing from "
       "Aktau to Baku, where the tariff is now $32 a tonne for oil products.",
       c("$8", 8, "USD", approx="approx", per="t"),
       c("$32", 32, "USD", per="t"),
       published=DR_PUB),
    ex("lf35-dredge-p12-alat",
       "Azerbaijan has spent 55 million manat on dredging at Alat since 2022 and plans to "
       "take the port's channel to 7 metres.",
       c("55 million manat", 55e6, "AZN"),
       c("7 metres", 7, "m", kind="projection"),
       published=DR_PUB),
    ex("lf35-dredge-p13-neg-tender",
       "The tender for the works, No. 1504-TZ-26, closes on 20 November, and bids must be "
       "filed through the portal goszakup.gov.kz.",
       published=DR_PUB),
    ex("lf35-dredge-p14-target",
       "The ministry said the works would let Aktau handle up to 12 million tonnes a year by "
       "2030 and cut the 36 hours ships now spend waiting for a deep berth to under 12 hours.",
       c("12 million tonnes", 12e6, "t", approx="max", per="year", kind="projection"),
       c("36 hours", 36, "hour"),
       c("12 hours", 12, "hour", approx="max", kind="projection"),
       published=DR_PUB),
]

# --- 3. An interview with an Almaty freight forwarder comparing routes (10 Nov 2026) --------
FW_PUB = "2026-11-10"
FORWARDER: list[Example] = [
    ex("lf35-fwd-p1",
       "'Reliability is the new price': a forwarder on choosing between routes\n\n"
       "Silk Way Cargo, an Almaty freight forwarder, moved 14,500 containers between China "
       "and Europe last year. We asked its managing director, Aigerim Nurlanova, how "
       "shippers now pick a route.",
       c("14,500 containers", 14500, "count", period="2025"),
       published=FW_PUB),
    ex("lf35-fwd-p2-rates",
       "Q: What does a 40-foot container from Xi'an to Duisburg cost today?\n"
       "A: By rail through Kazakhstan and Russia, about $4,300. Through the Middle Corridor, "
       "with the Caspian and Black Sea crossings, $5,600 to $6,200. By sea from Shanghai, "
       "around $2,900.",
       c("$4,300", 4300, "USD", approx="approx", per="40ft container", metric="freight rate"),
       c("$5,600 to $6,200", 5600, "USD", value_high=6200, per="40ft container",
         metric="freight rate"),
       c("$2,900", 2900, "USD", approx="approx", per="40ft container", metric="freight rate"),
       published=FW_PUB),
    ex("lf35-fwd-p3-days",
       "Q: And the time?\n"
       "A: The northern route takes 16 to 18 days, the Middle Corridor 25 to 35 days and the "
       "sea 45 days, door to door.",
       c("16 to 18 days", 16, "day", value_high=18),
       c("25 to 35 days", 25, "day", value_high=35),
       c("45 days", 45, "day"),
       published=FW_PUB),
    ex("lf35-fwd-p4-reliability",
       "Q: How reliable are they?\n"
       "A: Last year 82% of our northern trains arrived within two days of the promised "
       "date, against 54% on the Middle Corridor. At sea it was about 60%, according to the "
       "carriers' schedule data.",
       c("82%", 82, "%", period="2025", metric=None),
       c("two days", 2, "day", metric=None),
       c("54%", 54, "%", metric=None),
       c("60%", 60, "%", approx="approx", metric=None),
       published=FW_PUB),
    ex("lf35-fwd-p5-neg-sanctions",
       "Q: Is the question of sanctions behind all this?\n"
       "A: Partly. Some of our European clients simply will not ship through Russia, "
       "whatever the price.",
       published=FW_PUB),
    ex("lf35-fwd-p6-ferry",
       "Q: Has the Middle Corridor improved?\n"
       "A: Yes. Two years ago we quoted 45 to 50 days. The ferry from Aktau to Baku now waits "
       "1.5 days on average, against five days in 2024.",
       c("45 to 50 days", 45, "day", value_high=50),
       c("1.5 days", 1.5, "day"),
       c("five days", 5, "day", period="2024"),
       published=FW_PUB),
    ex("lf35-fwd-p7-shares",
       "Q: What share of your volume goes by which route?\n"
       "A: This year 61% goes by the northern route, 27% by the Middle Corridor and 12% by "
       "sea and rail via Poti and Constanta, up from 9% last year.",
       c("61%", 61, "%"),
       c("27%", 27, "%"),
       c("12%", 12, "%"),
       c("9%", 9, "%", period="2025"),
       published=FW_PUB),
    ex("lf35-fwd-p8-costs",
       "Q: Why does the Middle Corridor cost more?\n"
       "A: There are five borders and two sea crossings, each with its own fees. The Caspian "
       "leg alone costs $1,400 per box, and handling at each port is $150-250.",
       c("five borders", 5, "count"),
       c("two sea crossings", 2, "count"),
       c("$1,400", 1400, "USD", per="container", metric="freight rate"),
       c("$150-250", 150, "USD", value_high=250, per="container", metric="port charges"),
       published=FW_PUB),
    ex("lf35-fwd-p9-neg-office",
       "Q: Where are you based?\n"
       "A: Our office is at 77 Dostyk Avenue, on the 11th floor, and we opened a branch in "
       "Urumqi in 2021.",
       published=FW_PUB),
    ex("lf35-fwd-p10-trucks",
       "Q: What about trucks?\n"
       "A: A truck from Urumqi to Tashkent takes 5 days and costs about $3,800; the same load "
       "by rail and truck is $2,600 but takes 9 days.",
       c("5 days", 5, "day"),
       c("$3,800", 3800, "USD", approx="approx"),
       c("$2,600", 2600, "USD"),
       c("9 days", 9, "day"),
       published=FW_PUB),
    ex("lf35-fwd-p11-insurance",
       "Q: Insurance?\n"
       "A: Cargo insurance on the northern route now costs 0.35% of the goods' value, "
       "against 0.12% on the Middle Corridor, because underwriters price in the sanctions "
       "risk.",
       c("0.35%", 0.35, "%"),
       c("0.12%", 0.12, "%"),
       published=FW_PUB),
    ex("lf35-fwd-p12-outlook",
       "Q: What do you expect next year?\n"
       "A: I expect Middle Corridor rates to fall by 10-15% once the new ferries arrive, and "
       "our volume to grow to about 17,000 containers.",
       c("10-15%", 10, "%", value_high=15, change="decrease", kind="projection"),
       c("17,000 containers", 17000, "count", approx="approx", kind="projection"),
       published=FW_PUB),
    ex("lf35-fwd-p13-neg-credits",
       "This interview has been edited for length and clarity. It was conducted in Russian "
       "on 3 November at the TransLogistica Kazakhstan fair, stand C-14.",
       published=FW_PUB),
]

# --- 4. A wine agency's annual export review for Georgia (12 Feb 2026) ----------------------
WN_PUB = "2026-02-12"
WINE: list[Example] = [
    ex("lf35-wine-p1",
       "Georgian wine heads east by rail as China orders rise\n\n"
       "TBILISI, 12 February - Georgia exported 112 million bottles of wine last year, 6% "
       "more than in 2024, earning $305 million, the National Wine Agency said on Thursday.",
       c("112 million bottles", 112e6, "count", period="2025", metric="exports",
         only_entities=("Georgia",)),
       c("6%", 6, "%", change="increase", metric="exports", only_entities=("Georgia",)),
       c("$305 million", 305e6, "USD", period="2025", only_entities=("Georgia",)),
       published=WN_PUB),
    ex("lf35-wine-p2-buyers",
       "Russia remained the largest buyer with 64 million bottles, followed by Ukraine with "
       "9.8 million and China with 8.1 million, which overtook Kazakhstan for third place.",
       c("64 million bottles", 64e6, "count"),
       c("9.8 million", 9.8e6, "count"),
       c("8.1 million", 8.1e6, "count"),
       published=WN_PUB),
    ex("lf35-wine-p3-china",
       "Shipments to China rose 41% and their value reached $27 million, as an average "
       "bottle sold there for $3.30 against $2.70 across all markets.",
       c("41%", 41, "%", change="increase"),
       c("$27 million", 27e6, "USD"),
       c("$3.30", 3.3, "USD"),
       c("$2.70", 2.7, "USD"),
       published=WN_PUB),
    ex("lf35-wine-p4-rail",
       "Until last year almost all of it went by sea from Poti through Suez, a trip of 40 to "
       "45 days. In 2025 traders sent 96 containers by rail across the Caspian and "
       "Kazakhstan to Xi'an, taking 22 days on average.",
       c("40 to 45 days", 40, "day", value_high=45),
       c("96 containers", 96, "count", period="2025"),
       c("22 days", 22, "day"),
       published=WN_PUB),
    ex("lf35-wine-p5-neg-codes",
       "The agency's figures include sparkling wine under HS code 2204.10 but exclude "
       "brandy, which is counted under 2208.",
       published=WN_PUB),
    ex("lf35-wine-p6-freight",
       "A 40-foot container holds about 24,000 bottles, and exporters say the rail freight of "
       "some $6,800 works out at 28 cents a bottle, against 19 cents by sea.",
       c("24,000 bottles", 24000, "count", approx="approx"),
       c("$6,800", 6800, "USD", approx="approx"),
       c("28 cents", 0.28, "USD", per="bottle"),
       c("19 cents", 0.19, "USD"),
       published=WN_PUB),
    ex("lf35-wine-p7-temperature",
       "Temperature is the bigger worry: wine should be kept between 10 and 16 degrees "
       "Celsius, and winter nights on the Kazakh steppe can drop to minus 30 degrees "
       "Celsius.",
       c("10 and 16 degrees Celsius", 10, "degC", value_high=16),
       c("minus 30 degrees Celsius", -30, "degC"),
       published=WN_PUB),
    ex("lf35-wine-p8-reefer",
       "Insulated liners add about $900 a box, and a heated reefer costs $3,000 more than a "
       "dry container, one Kakheti exporter said.",
       c("$900", 900, "USD", approx="approx", per="container"),
       c("$3,000", 3000, "USD", metric="price", change="increase"),
       published=WN_PUB),
    ex("lf35-wine-p9-neg-quote",
       "\"The Chinese buyer wants his Saperavi before the Spring Festival, not after,\" said "
       "Nino Beridze of the Kindzmarauli Marani estate, founded in 1533.",
       published=WN_PUB),
    ex("lf35-wine-p10-others",
       "Kazakhstan bought 7.9 million bottles, down 3%, and Latvia, Poland and Belarus each "
       "took between 3 and 4 million.",
       c("7.9 million bottles", 7.9e6, "count"),
       c("3%", 3, "%", change="decrease"),
       c("3 and 4 million", 3e6, "count", value_high=4e6),
       published=WN_PUB),
    ex("lf35-wine-p11-harvest",
       "The vineyard area grew to 55,000 hectares, and the 2025 harvest of 310,000 tonnes of "
       "grapes was a record, 12% above the year before.",
       c("55,000 hectares", 55000, "ha"),
       c("310,000 tonnes", 310000, "t", period="2025"),
       c("12%", 12, "%", change="increase"),
       published=WN_PUB),
    ex("lf35-wine-p12-subsidy",
       "The government pays a subsidy of 0.50 lari per kilogram of Rkatsiteli grapes "
       "delivered to wineries, which cost the budget 62 million lari last year.",
       c("0.50 lari", 0.5, "GEL", per="kg"),
       c("62 million lari", 62e6, "GEL", period="2025"),
       published=WN_PUB),
    ex("lf35-wine-p13-neg-file",
       "The full report, with tables by producer, is available at wine.gov.ge under the "
       "'Statistics' tab (file WS-2025-12).",
       published=WN_PUB),
    ex("lf35-wine-p14-targets",
       "The agency aims to sell 15 million bottles to China by 2030 and expects total "
       "exports to exceed 120 million bottles this year.",
       c("15 million bottles", 15e6, "count", kind="projection"),
       c("120 million bottles", 120e6, "count", approx="min", kind="projection"),
       published=WN_PUB),
]

EXAMPLES: list[Example] = FLOUR + DREDGE + FORWARDER + WINE

KNOWN_GAPS: dict[str, str] = {}
