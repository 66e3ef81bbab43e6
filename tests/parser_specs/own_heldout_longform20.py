"""Held-out paragraphs of whole news articles, a twentieth round, written after the parser.

Four more articles of genres the earlier rounds (`own_heldout_longform` to
`own_heldout_longform19`) did not cover as whole articles, written in our own words and cut
into paragraphs, one example a paragraph (its id `lf20-GENRE-pN`), so that what a
paragraph's sentences lend each other is tested as an analyst reads it: an Azerbaijani
customs committee's monthly foreign trade release (turnover, exports and imports in dollars
and manats, non-oil exports, shares of the top partners, year-on-year changes, the trade
surplus, goods in tonnes and values, the month alone); a Reuters-style market story on the
Kazakh tenge and oil (rates per dollar, basis points, reserves in billions, a held base
rate, analysts' forecasts and hedged levels, sales from the National Fund); a feature on
Mongolia-China coal trucking and rail at Gashuunsukhait-Ganqimaodu (trucks a day, tonnes,
prices per tonne in yuan and dollars, a driver's pay in tugriks, the new cross-border
railway's length, capacity and opening year, shares of exports); and a logistics company's
press release on its new Almaty dry port and bonded warehouse (hectares, square metres, TEU
capacity, investment in tenge and dollars, cranes and tracks counted, jobs, phases and
years, a loan's term, a solar plant). About a fifth are paragraphs without a claim: a
statistics method and e-mail, an order's number and a bulletin page, an annex's tables and
the next release's date, a fixing's ticker and hour, a poll's ordinal, a byline and
telephone, a border post's hours and an annex, a photo credit at a kilometre post, a chief
executive's quote without figures, a company's registration number and address, and its
boilerplate (and, in paragraphs with claims, a driver's age between commas, a bond's
tenor adjective and a year of opening). Every expectation was written from reading the
text, before the parser was run on it (a few were corrected to the house conventions after
the first run, each marked where it stands).
"""

from __future__ import annotations

from . import Example, c, ex

AZ = "Azerbaijan"
FXR = "exchange rate"

# --- 1. Azerbaijan's State Customs Committee: January-July trade (14 Aug 2026) ------------
AZ_PUB = "2026-08-14"
JAN_JUL = "2026-01/2026-07"
CUSTOMS: list[Example] = [
    ex("lf20-az-p1",
       "Azerbaijan's foreign trade turnover reaches $27.6 billion in seven months\n\n"
       "BAKU, 14 August - Azerbaijan's foreign trade turnover amounted to $27.6 billion in "
       "January-July 2026, 4.2 percent more than in the same period of last year, the State "
       "Customs Committee said.",
       c("$27.6 billion", 27.6e9, "USD", change=None, entities=[AZ]),
       c("$27.6 billion", 27.6e9, "USD", nth=1, period=JAN_JUL, change=None),
       c("4.2 percent", 4.2, "%", change="increase"),
       published=AZ_PUB),
    ex("lf20-az-p2-balance",
       "Exports accounted for $16.9 billion of the total and imports for $10.7 billion, "
       "leaving a positive trade balance of $6.2 billion, against $7.5 billion a year "
       "earlier.",
       # the metrics checked after the first run (it read imports for the first)
       c("$16.9 billion", 16.9e9, "USD", change=None, metric="exports"),
       c("$10.7 billion", 10.7e9, "USD", change=None, metric="imports"),
       c("$6.2 billion", 6.2e9, "USD", metric="trade balance"),
       c("$7.5 billion", 7.5e9, "USD"),
       published=AZ_PUB),
    ex("lf20-az-p3-manat",
       "In manat terms, exports came to 28.7 billion manats and imports to 18.2 billion "
       "manats.",
       c("28.7 billion manats", 28.7e9, "AZN"),
       c("18.2 billion manats", 18.2e9, "AZN"),
       published=AZ_PUB),
    ex("lf20-az-p4-non-oil",
       "Non-oil and gas exports rose 11.3 percent to $2.08 billion, their share of total "
       "exports reaching 12.3 percent.",
       c("11.3 percent", 11.3, "%", change="increase"),
       c("$2.08 billion", 2.08e9, "USD"),
       c("12.3 percent", 12.3, "%", change=None),
       published=AZ_PUB),
    ex("lf20-az-p5-neg-method",
       "The data are compiled from customs declarations under the Harmonized System "
       "nomenclature (2022 edition); questions can be sent to the Committee's statistics "
       "department at stat@customs.gov.az.",
       published=AZ_PUB),
    ex("lf20-az-p6-partners",
       "Italy remained the largest trading partner, with a 19.4 percent share of turnover, "
       "or $5.36 billion, followed by Turkey with 13.1 percent, Russia with 9.6 percent and "
       "China with 8.9 percent.",
       c("19.4 percent", 19.4, "%", change=None, entities=["Italy"]),
       c("$5.36 billion", 5.36e9, "USD"),
       c("13.1 percent", 13.1, "%", change=None),
       c("9.6 percent", 9.6, "%", change=None),
       c("8.9 percent", 8.9, "%", change=None),
       published=AZ_PUB),
    ex("lf20-az-p7-goods-exports",
       "Among non-oil exports, the country sold abroad 61,400 tonnes of cotton fibre worth "
       "$109.5 million, 142,000 tonnes of tomatoes for $168.3 million, and 38,700 tonnes of "
       "hazelnuts for $247.1 million.",
       c("61,400 tonnes", 61400, "t"),
       c("$109.5 million", 109.5e6, "USD"),
       c("142,000 tonnes", 142000, "t"),
       c("$168.3 million", 168.3e6, "USD"),
       c("38,700 tonnes", 38700, "t"),
       c("$247.1 million", 247.1e6, "USD"),
       published=AZ_PUB),
    ex("lf20-az-p8-goods-imports",
       "On the import side, 1.42 million tonnes of ferrous metals were brought in worth $891 "
       "million, and 28,950 passenger cars for $612.4 million, a fall of 7.8 percent.",
       c("1.42 million tonnes", 1.42e6, "t"),
       c("$891 million", 891e6, "USD"),
       c("28,950 passenger cars", 28950, "count"),
       c("$612.4 million", 612.4e6, "USD"),
       c("7.8 percent", 7.8, "%", change="decrease"),
       published=AZ_PUB),
    ex("lf20-az-p9-yoy",
       "Exports decreased by 2.9 percent year on year, mainly because of lower oil prices, "
       "while imports increased by 16.6 percent.",
       c("2.9 percent", 2.9, "%", change="decrease"),
       c("16.6 percent", 16.6, "%", change="increase"),
       published=AZ_PUB),
    ex("lf20-az-p10-neg-order",
       "The Committee's order No. 214 of 3 July 2026 on electronic declarations is "
       "reproduced on page 4 of the bulletin.",
       published=AZ_PUB),
    ex("lf20-az-p11-july",
       "In July alone, turnover came to $3.9 billion, with exports of $2.3 billion and "
       "imports of $1.6 billion.",
       c("$3.9 billion", 3.9e9, "USD", period="2026-07"),
       c("$2.3 billion", 2.3e9, "USD", period="2026-07"),
       c("$1.6 billion", 1.6e9, "USD", period="2026-07"),
       published=AZ_PUB),
    ex("lf20-az-p12-eu",
       "Trade with the European Union totalled $9.8 billion, 35.5 percent of the total, "
       "while trade with CIS countries reached $3.4 billion.",
       c("$9.8 billion", 9.8e9, "USD", entities=["European Union"]),
       c("35.5 percent", 35.5, "%", change=None),
       c("$3.4 billion", 3.4e9, "USD"),
       published=AZ_PUB),
    ex("lf20-az-p13-neg-annex",
       "Tables 1 to 6 in the annex give breakdowns by country and by section of the "
       "nomenclature; the next release, for January-August, is due on 15 September.",
       published=AZ_PUB),
]

# --- 2. A Reuters-style market story: the tenge and oil (9 Oct 2026) ----------------------
KZT_PUB = "2026-10-09"
TENGE: list[Example] = [
    ex("lf20-fx-p1",
       "Tenge strengthens as oil climbs; central bank holds rate\n\n"
       "ALMATY, Oct 9 (Reuters) - Kazakhstan's tenge strengthened 0.8 percent to 498.70 per "
       "dollar on Thursday, its firmest since May, as Brent crude rose above $84 a barrel.",
       c("0.8 percent", 0.8, "%", change="increase"),
       c("498.70", 498.7, "KZT", per="USD", metric=FXR),
       c("$84", 84, "USD", per="bbl", approx="min"),
       published=KZT_PUB),
    ex("lf20-fx-p2-rate",
       "The National Bank of Kazakhstan kept its base rate at 14.25 percent on Friday, as "
       "most analysts polled by Reuters had expected, saying inflation, at 11.8 percent in "
       "September, was slowing more gradually than it had forecast.",
       # kind checked after the first run: "as most analysts ... had expected" sets the
       # outcome against a forecast, no forecast of it
       c("14.25 percent", 14.25, "%", metric="policy rate", change=None, kind="actual"),
       c("11.8 percent", 11.8, "%", metric="inflation", period="2026-09"),
       published=KZT_PUB),
    ex("lf20-fx-p3-quote",
       "\"Oil is doing most of the work for the tenge right now,\" said Dmitry Orlov, a "
       "strategist at Halyk Finance in Almaty. \"Every $5 on Brent is worth roughly 10 to 12 "
       "tenge on the exchange rate.\"",
       c("$5", 5, "USD"),
       c("10 to 12 tenge", 10, "KZT", value_high=12, approx="approx"),
       published=KZT_PUB),
    ex("lf20-fx-p4-reserves",
       "Gross international reserves rose to $48.6 billion at the end of September from "
       "$46.9 billion a month earlier, the central bank said, while the National Fund's "
       "assets stood at about $61 billion.",
       c("$48.6 billion", 48.6e9, "USD", change=None),
       # period checked after the first run: "a month earlier" than September's end
       c("$46.9 billion", 46.9e9, "USD", period="2026-08-31"),
       c("$61 billion", 61e9, "USD", approx="approx"),
       published=KZT_PUB),
    ex("lf20-fx-p5-bonds",
       "Yields on 10-year government tenge bonds fell 35 basis points this week to 13.1 "
       "percent, their lowest since March, as foreign investors returned to the local debt "
       "market.",
       c("35 basis points", 0.35, "pp", change="decrease"),
       c("13.1 percent", 13.1, "%", change=None),
       published=KZT_PUB),
    ex("lf20-fx-p6-forecasts",
       "Analysts expect the tenge to end the year between 490 and 510 per dollar; ING sees it "
       "at 505 by the end of December, while Freedom Finance forecasts 485 if Brent holds "
       "above $80.",
       c("490 and 510", 490, "KZT", value_high=510, per="USD", kind="projection"),
       c("505", 505, "KZT", kind="projection"),
       c("485", 485, "KZT", kind="projection"),
       c("$80", 80, "USD", approx="min"),
       published=KZT_PUB),
    ex("lf20-fx-p7-neg-fixing",
       "The tenge's moves are measured by the weighted average rate of the KASE morning "
       "session (USDKZT_TOD), published at 11:00 Astana time.",
       published=KZT_PUB),
    ex("lf20-fx-p8-fund-sales",
       "The National Bank sold $1.2 billion from the National Fund in September to cover "
       "transfers to the budget, about 15 percent less than in August, and plans to sell $900 "
       "million to $1 billion in October.",
       c("$1.2 billion", 1.2e9, "USD", period="2026-09"),
       c("15 percent", 15, "%", approx="approx", change="decrease"),
       c("$900 million to $1 billion", 900e6, "USD", value_high=1e9, kind="projection"),
       published=KZT_PUB),
    ex("lf20-fx-p9-oil-rouble",
       "Brent was up 1.4 percent at $84.60 a barrel by 1200 GMT, while the Russian rouble, "
       "which often drags the tenge along, traded at 92.5 per dollar.",
       c("1.4 percent", 1.4, "%", change="increase"),
       c("$84.60", 84.6, "USD", per="bbl"),
       c("92.5", 92.5, "RUB", per="USD", metric=FXR),
       published=KZT_PUB),
    ex("lf20-fx-p10-hedged",
       "Some traders said the rally could stall near 495, where exporters usually slow their "
       "dollar sales, and that the tenge could weaken back to 505-510 if OPEC+ raises output.",
       c("495", 495, "KZT", approx="approx", kind="projection"),
       c("505-510", 505, "KZT", value_high=510, kind="projection"),
       published=KZT_PUB),
    ex("lf20-fx-p11-neg-poll",
       "Reuters polls are conducted among bank economists and fund managers; the October "
       "poll, the 27th of its kind, closed on Wednesday.",
       published=KZT_PUB),
    ex("lf20-fx-p12-outlook",
       "The next rate decision is due on Nov. 27. The bank said it could start cutting in the "
       "first quarter of 2027 if inflation falls toward its 5 percent target.",
       # change checked after the first run: "falls toward its 5 percent target" names the
       # level, no fall by 5 percent
       c("5 percent", 5, "%", metric="inflation", change=None),
       published=KZT_PUB),
    ex("lf20-fx-p13-neg-byline",
       "(Reporting by Dana Serikbayeva in Almaty; editing by Paul Kerridge; tel. +7 727 258 "
       "43 10)",
       published=KZT_PUB),
]

# --- 3. A feature: coal by truck and rail at Gashuunsukhait-Ganqimaodu (18 Mar 2026) ------
MN_PUB = "2026-03-18"
COAL: list[Example] = [
    ex("lf20-mn-p1",
       "At Gashuunsukhait, coal waits for the railway\n\n"
       "GASHUUNSUKHAIT, Mongolia - On a cold morning in March, a column of yellow-cabbed "
       "trucks, each loaded with about 80 tonnes of coking coal, crawls towards the Chinese "
       "border post at Ganqimaodu, 240 km south of the Tavan Tolgoi mine.",
       c("80 tonnes", 80, "t", approx="approx"),
       c("240 km", 240, "km"),
       published=MN_PUB),
    ex("lf20-mn-p2-trucks",
       "About 1,100 trucks cross here on a good day, up from fewer than 600 three years ago, "
       "and drivers say a round trip from the mine can take two to three days when the queues "
       "are long.",
       c("1,100 trucks", 1100, "count", approx="approx"),
       c("600", 600, "count", approx="max"),
       c("two to three days", 2, "day", value_high=3),
       published=MN_PUB),
    ex("lf20-mn-p3-driver",
       "\"If I am lucky I get home on Sunday,\" said Batbayar, 52, a driver from Dalanzadgad "
       "who has hauled coal on this road since 2014. \"The pay is 450,000 tugriks a trip, but "
       "diesel takes most of it.\"",
       c("450,000 tugriks", 450000, "MNT", per="trip"),
       published=MN_PUB),
    ex("lf20-mn-p4-exports",
       "Mongolia exported 83.7 million tonnes of coal last year, a record, and coal made up "
       "almost 55 percent of its export earnings; more than 90 percent of it went to China.",
       c("83.7 million tonnes", 83.7e6, "t", period="2025", entities=["Mongolia"]),
       c("55 percent", 55, "%", approx="approx", change=None),
       c("90 percent", 90, "%", approx="min", change=None),
       published=MN_PUB),
    ex("lf20-mn-p5-price",
       "Coking coal from Tavan Tolgoi was sold at the border at about 1,050 yuan a tonne in "
       "February, or roughly $146, down from 1,520 yuan a year earlier as Chinese steel "
       "demand weakened.",
       c("1,050 yuan", 1050, "CNY", per="t", approx="approx", period="2026-02"),
       c("$146", 146, "USD", approx="approx"),
       c("1,520 yuan", 1520, "CNY"),
       published=MN_PUB),
    ex("lf20-mn-p6-railway",
       "The answer, officials in both capitals say, is the Gashuunsukhait-Ganqimaodu "
       "cross-border railway, a 19.5-km line agreed in 2024, with a designed capacity of 30 "
       "million tonnes a year in its first phase and 50 million tonnes later. It is due to "
       "open in 2027.",
       c("19.5-km", 19.5, "km"),
       c("30 million tonnes", 30e6, "t", per="year"),
       c("50 million tonnes", 50e6, "t", kind="projection"),
       published=MN_PUB),
    ex("lf20-mn-p7-mine-line",
       "A 233-km railway from Tavan Tolgoi to the border, opened in 2022, already carries "
       "about 40 trains a day at its peak, each hauling some 3,000 tonnes, but the coal still "
       "has to be trans-shipped onto trucks or Chinese wagons at the frontier because of the "
       "break of gauge.",
       c("233-km", 233, "km"),
       c("40 trains", 40, "count", per="day", approx="approx"),
       c("3,000 tonnes", 3000, "t", approx="approx"),
       published=MN_PUB),
    ex("lf20-mn-p8-neg-hours",
       "Border post hours: Gashuunsukhait is open Monday to Saturday from 08:00 to 20:00; "
       "vehicle permits are issued under the 2017 intergovernmental agreement, Annex 3.",
       published=MN_PUB),
    ex("lf20-mn-p9-costs",
       "Trucking a tonne of coal from the mine to the border costs about $18-20, against an "
       "estimated $7 by rail, according to Erdenes Tavan Tolgoi, which expects the new line "
       "to cut its logistics costs by 30 percent.",
       # per checked after the first run: "trucking a tonne ... costs" is a price per tonne
       c("$18-20", 18, "USD", value_high=20, approx="approx", per="t"),
       c("$7", 7, "USD", approx="approx"),
       c("30 percent", 30, "%", change="decrease", kind="projection"),
       published=MN_PUB),
    ex("lf20-mn-p10-ganqimaodu",
       "On the Chinese side, Ganqimaodu handled 36.4 million tonnes of Mongolian coal in "
       "2025, 21 percent more than in 2024, making it China's largest land port for coal "
       "imports.",
       c("36.4 million tonnes", 36.4e6, "t", period="2025"),
       c("21 percent", 21, "%", change="increase"),
       published=MN_PUB),
    ex("lf20-mn-p11-neg-photo",
       "Photo: trucks queue at kilometre 12 of the Tavan Tolgoi-Gashuunsukhait road, 7 March "
       "2026. (c) B. Tsogt for Steppe Review",
       published=MN_PUB),
    ex("lf20-mn-p12-jobs",
       "The shift will hit drivers: about 7,000 people work in trucking along the route, and "
       "the government has promised retraining for 2,500 of them by 2028.",
       # kind checked after the first run: "will hit" is the lead's before the colon
       c("7,000 people", 7000, "count", approx="approx", kind="actual"),
       c("2,500", 2500, "count", kind="projection"),
       published=MN_PUB),
    ex("lf20-mn-p13-targets",
       "Mongolia aims to export 100 million tonnes of coal a year by 2030, and officials "
       "expect rail to carry at least 70 percent of it once the border line is open, against "
       "under 40 percent now.",
       c("100 million tonnes", 100e6, "t", per="year", kind="projection"),
       c("70 percent", 70, "%", approx="min", kind="projection"),
       c("40 percent", 40, "%", approx="max"),
       published=MN_PUB),
]

# --- 4. A press release: an Almaty dry port and bonded warehouse (20 May 2026) ------------
DP_PUB = "2026-05-20"
DRYPORT: list[Example] = [
    ex("lf20-dp-p1",
       "TransCaspian Logistics opens Almaty dry port and bonded warehouse\n\n"
       "ALMATY, 20 May 2026 - TransCaspian Logistics JSC today opened the first phase of its "
       "Almaty Dry Port, a 42-hectare terminal near the Zhetygen railway station, with an "
       "investment of 38 billion tenge (about $74 million).",
       c("42-hectare", 42, "ha"),
       c("38 billion tenge", 38e9, "KZT"),
       c("$74 million", 74e6, "USD", approx="approx"),
       published=DP_PUB),
    ex("lf20-dp-p2-equipment",
       "The first phase includes a container yard with a capacity of 120,000 TEU a year, two "
       "rail-mounted gantry cranes, four reach stackers and six railway tracks of 1,050 "
       "metres each, long enough to take full-length container trains.",
       c("120,000 TEU", 120000, "TEU", per="year", metric="capacity"),
       c("two rail-mounted gantry cranes", 2, "count"),
       c("four reach stackers", 4, "count"),
       c("six railway tracks", 6, "count"),
       c("1,050 metres", 1050, "m"),
       published=DP_PUB),
    ex("lf20-dp-p3-warehouse",
       "The bonded warehouse covers 24,000 square metres, of which 6,500 square metres are "
       "temperature-controlled, and offers 18,000 pallet places.",
       c("24,000 square metres", 24000, "m2"),
       c("6,500 square metres", 6500, "m2"),
       c("18,000 pallet places", 18000, "count"),
       published=DP_PUB),
    ex("lf20-dp-p4-neg-quote",
       "\"Almaty is where the China-Europe and China-Central Asia flows meet, and this "
       "terminal gives shippers customs clearance in hours instead of days,\" said Chief "
       "Executive Aliya Bekova.",
       published=DP_PUB),
    ex("lf20-dp-p5-phase-two",
       "In the second phase, due to be completed in 2028, the company will invest a further "
       "$55 million to raise capacity to 250,000 TEU, add two more cranes and expand the "
       "warehouse by 16,000 square metres.",
       c("$55 million", 55e6, "USD", kind="projection"),
       c("250,000 TEU", 250000, "TEU", kind="projection"),
       c("two more cranes", 2, "count", kind="projection"),
       c("16,000 square metres", 16000, "m2", change="increase", kind="projection"),
       published=DP_PUB),
    ex("lf20-dp-p6-jobs",
       "The dry port employs 320 people and will create about 450 more jobs when the second "
       "phase is finished.",
       c("320 people", 320, "count", kind="actual"),
       # the surface takes "more jobs" (house convention, "600 more workers"), corrected
       # after the first run from "450"
       c("450 more jobs", 450, "count", approx="approx", change="increase",
         kind="projection"),
       published=DP_PUB),
    ex("lf20-dp-p7-neg-company",
       "TransCaspian Logistics JSC (BIN 140540012345) is listed on the Astana International "
       "Exchange under the ticker TCL; its registered office is at 77 Dostyk Avenue, Almaty, "
       "office 1203.",
       published=DP_PUB),
    ex("lf20-dp-p8-customs",
       "A customs post of the State Revenue Committee will work on site around the clock, "
       "and clearing a container is expected to take no more than 4 hours.",
       c("4 hours", 4, "hour", approx="max", kind="projection"),
       published=DP_PUB),
    ex("lf20-dp-p9-financing",
       "The project is financed 60 percent from the company's own funds and 40 percent by a "
       "15-billion-tenge loan from the Development Bank of Kazakhstan with a term of 10 years.",
       c("60 percent", 60, "%", change=None),
       c("40 percent", 40, "%", change=None),
       c("15-billion-tenge", 15e9, "KZT"),
       c("10 years", 10, "year"),
       published=DP_PUB),
    ex("lf20-dp-p10-traffic",
       "The terminal expects to handle 45,000 TEU in its first full year, including 300 "
       "container trains from China via Khorgos and Altynkol, and 12,000 trucks.",
       # period checked after the first run: "its first full year" counts from the opening,
       # not the year of publication
       c("45,000 TEU", 45000, "TEU", kind="projection", period=None),
       c("300 container trains", 300, "count", kind="projection"),
       c("12,000 trucks", 12000, "count", kind="projection"),
       published=DP_PUB),
    ex("lf20-dp-p11-neg-boilerplate",
       "About TransCaspian Logistics: founded in 2011, the company operates terminals in "
       "Almaty, Aktau and Khorgos. Media contact: press@tcl.kz, +7 727 311 20 40.",
       published=DP_PUB),
    ex("lf20-dp-p12-access-road",
       "The site is connected to the Almaty ring road by a 3.2-km access road built by the "
       "regional akimat for 2.4 billion tenge.",
       c("3.2-km", 3.2, "km"),
       c("2.4 billion tenge", 2.4e9, "KZT"),
       published=DP_PUB),
    ex("lf20-dp-p13-solar",
       "A 1.5-megawatt solar plant on the warehouse roof will cover about 20 percent of the "
       "terminal's electricity needs.",
       c("1.5-megawatt", 1.5, "MW"),
       # metric checked after the first run (it read electricity exports)
       c("20 percent", 20, "%", approx="approx", kind="projection",
         metric="electricity consumption"),
       published=DP_PUB),
]

EXAMPLES: list[Example] = [*CUSTOMS, *TENGE, *COAL, *DRYPORT]

KNOWN_GAPS: dict[str, str] = {
    "lf20-fx-p10-hedged": (
        "'the rally could stall near 495': a bare level whose subject is the rally, not a "
        "currency; the tenge is named only in the next clause ('and that the tenge could "
        "weaken back to 505-510', read since the rule of a currency moved to a bare level), "
        "so the parser has nothing to give the 495 a unit"),
    "lf20-mn-p6-railway": (
        "'50 million tonnes later': a plain 'later' after a figure is no projection cue (it is "
        "past in a narrative, 'reached 7 mt two years later'), and what makes the line's "
        "capacity a plan ('It is due to open in 2027') is in the next sentence; the kind is "
        "not carried back across a sentence"),
}
