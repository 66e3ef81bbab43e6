"""Held-out paragraphs of whole news articles, a thirty-sixth round, written after the parser.

Four more articles of genres the earlier rounds (`own_heldout_longform` to
`own_heldout_longform35`) did not cover as whole articles, written in our own words and cut
into paragraphs, one example a paragraph (its id `lf36-GENRE-pN`), so that what a
paragraph's sentences lend each other is tested as an analyst reads it, with numbers in the
shapes of their genres: Armenia's Statistical Committee's eight-month socio-economic release
with bullet lists (freight by mode in tonnes and tonne-km with signed changes in brackets,
passengers, foreign trade and the deficit, partners with shares in brackets, one month
alone, transit tonnes and trucks, prices and a monthly wage in drams and dollars, industry
in drams and kWh, air passengers and cargo, construction and retail); a Chinese locomotive
maker's press release on an order from Uzbekistan Railways (locomotives counted twice,
the contract in yuan and dollars, power in kW, speed and a train's tonnes, deliveries and
local assembly with a local-content share, a maintenance agreement and drivers trained, a
loan with its tenor, the maker's deliveries and overseas revenue, an earlier order, the share
price and market value); a daily Central Asian markets wrap (the tenge's rate per dollar and
its change, Brent a barrel, an index's change in percent but not its points, a share price
in tenge, uranium guidance as a range, exchange turnover against an average, a closing-levels
box with changes in brackets and basis points, the soum and the lari, a bank's profit and its
London share price, Kazakh oil output a day, a forecast range for the tenge, a base rate and
inflation, wheat and urea prices a tonne, the week's and the year's changes); and a story on
Central Asia's airports' half-year passengers with a small table (passengers in millions
under the table's header with signed changes, a terminal's capacity, low-cost carriers'
shares and passengers, fares in tenge and dollars, routes and flights a week, belly cargo, a
runway's cost under a condition, days of closure and passengers lost, a full-year forecast as
a range). About a fifth are paragraphs without a claim: a release's method note with HS
chapters, its number, table and page with the next release's date and hour, an address and
phone, a company's founding and listing years with its street number and ISO norms, a media
contact, a forward-looking statement's legal sections, a wrap's byline, screen codes, a
holiday's dates, a table note with gates and a flight number, a manager's quote with the
year he joined, a series' part and the day data were compiled. Every expectation was written
from reading the text, before the parser was run on it (corrected to the house conventions
after the first run: signed changes keep their sign, a count takes its noun, a speed is km
per hour, a quarter is its months, no period where a paragraph names none, and a timetable's
"410 times a week" with its "260 a year ago" is no claim; three are marked where they stand).
"""

from __future__ import annotations

from . import Example, c, ex

# --- 1. Armenia's Statistical Committee, January-August release (25 Sep 2026) -------------
AM_PUB = "2026-09-25"
JA26 = "2026-01/2026-08"
ARMSTAT: list[Example] = [
    ex("lf36-stat-p1",
       "Armenia's freight transport grows 6.3% in January-August\n\n"
       "YEREVAN, 25 September - Freight carried by all modes of transport in Armenia rose "
       "6.3% year on year to 6.84 million tonnes in January-August, the Statistical Committee "
       "said in its monthly release on Thursday.",
       c("6.3%", 6.3, "%", change="increase"),
       c("6.3%", 6.3, "%", nth=1, change="increase", period=JA26),
       c("6.84 million tonnes", 6.84e6, "t", period=JA26),
       published=AM_PUB),
    ex("lf36-stat-p2-transport",
       "Transport, January-August 2026 (change on January-August 2025):\n"
       "- Freight carried: 6.84 million t (+6.3%)\n"
       "- of which by rail: 2.31 million t (+9.8%)\n"
       "- by road: 4.12 million t (+4.0%)\n"
       "- Freight turnover: 1.92 billion tonne-km (+7.1%)\n"
       "- Passengers carried: 184.6 million (-1.2%)",
       c("6.84 million t", 6.84e6, "t", period=JA26),
       c("+6.3%", 6.3, "%", change="increase"),
       c("2.31 million t", 2.31e6, "t", period=JA26),
       c("+9.8%", 9.8, "%", change="increase"),
       c("4.12 million t", 4.12e6, "t"),
       c("+4.0%", 4.0, "%", change="increase"),
       c("1.92 billion tonne-km", 1.92e9, "tkm", period=JA26),
       c("+7.1%", 7.1, "%", change="increase"),
       c("184.6 million", 184.6e6, "count"),
       c("-1.2%", -1.2, "%", change="decrease"),
       published=AM_PUB),
    ex("lf36-stat-p3-trade",
       "Foreign trade, January-August 2026:\n"
       "- Turnover: $11.38 billion (+3.4%)\n"
       "- Exports: $4.27 billion (-8.6%)\n"
       "- Imports: $7.11 billion (+12.2%)\n"
       "- Trade deficit: $2.84 billion",
       c("$11.38 billion", 11.38e9, "USD", period=JA26),
       c("+3.4%", 3.4, "%", change="increase"),
       c("$4.27 billion", 4.27e9, "USD", period=JA26),
       c("-8.6%", -8.6, "%", change="decrease"),
       c("$7.11 billion", 7.11e9, "USD"),
       c("+12.2%", 12.2, "%", change="increase"),
       c("$2.84 billion", 2.84e9, "USD", period=JA26),
       published=AM_PUB),
    ex("lf36-stat-p4-partners",
       "Russia remained the biggest partner with $3.9 billion of turnover, or 34.3% of the "
       "total, followed by China with $1.72 billion (15.1%) and the United Arab Emirates with "
       "$1.36 billion (12.0%).",
       c("$3.9 billion", 3.9e9, "USD", entities=["Russia"]),
       c("34.3%", 34.3, "%", change=None),
       c("$1.72 billion", 1.72e9, "USD", entities=["China"]),
       c("15.1%", 15.1, "%", change=None),
       c("$1.36 billion", 1.36e9, "USD"),
       c("12.0%", 12.0, "%", change=None),
       published=AM_PUB),
    ex("lf36-stat-p5-neg-method",
       "Note: data for August are preliminary. Foreign trade is recorded under the general "
       "trade system, exports valued FOB and imports CIF; commodity groups follow HS chapters "
       "01-97.",
       published=AM_PUB),
    ex("lf36-stat-p6-august",
       "In August alone, freight carried reached 912,000 tonnes, 5.5% more than in August "
       "2025, while the railway operator loaded 11,840 wagons.",
       c("912,000 tonnes", 912000, "t", period="2026-08"),
       c("5.5%", 5.5, "%", change="increase"),
       c("11,840 wagons", 11840, "count"),
       published=AM_PUB),
    ex("lf36-stat-p7-transit",
       "Rail transit through Armenia amounted to 418,000 tonnes, up 21%, most of it grain and "
       "fertiliser bound for Iran, and 71,500 Armenian-registered trucks crossed the Upper "
       "Lars checkpoint, 9% more than a year earlier.",
       c("418,000 tonnes", 418000, "t"),
       c("21%", 21, "%", change="increase"),
       # surface corrected after the first run: the count takes its noun (house convention)
       c("71,500 Armenian-registered trucks", 71500, "count"),
       c("9%", 9, "%", change="increase"),
       published=AM_PUB),
    ex("lf36-stat-p8-prices",
       "Consumer prices rose 3.1% in August from a year earlier, while industrial producer "
       "prices fell 0.6%. The average monthly nominal wage was 298,400 drams ($770), up 8.9%.",
       c("3.1%", 3.1, "%", change="increase", period="2026-08"),
       c("0.6%", 0.6, "%", change="decrease"),
       c("298,400 drams", 298400, "AMD"),
       c("$770", 770, "USD"),
       c("8.9%", 8.9, "%", change="increase"),
       published=AM_PUB),
    ex("lf36-stat-p9-industry",
       "Industry, January-August 2026:\n"
       "- Industrial output: 1.62 trillion drams (+2.7%)\n"
       "- Mining and quarrying: 512 billion drams (-4.3%)\n"
       "- Electricity generated: 5.9 billion kWh (+1.8%)",
       c("1.62 trillion drams", 1.62e12, "AMD", period=JA26),
       c("+2.7%", 2.7, "%", change="increase"),
       c("512 billion drams", 512e9, "AMD"),
       c("-4.3%", -4.3, "%", change="decrease"),
       c("5.9 billion kWh", 5.9e9, "kWh", period=JA26),
       c("+1.8%", 1.8, "%", change="increase"),
       published=AM_PUB),
    ex("lf36-stat-p10-neg-release",
       "The release, No. 08/2026, is published in Armenian, Russian and English; the regional "
       "breakdown is in Table 4.2 on page 87. The next release, for January-September, is due "
       "on 26 October at 11:00.",
       published=AM_PUB),
    ex("lf36-stat-p11-air",
       "Zvartnots and Gyumri airports handled 4.21 million passengers, up 11.4%, and 21,600 "
       "tonnes of air cargo, down 3.2%.",
       c("4.21 million passengers", 4.21e6, "count"),
       c("11.4%", 11.4, "%", change="increase"),
       c("21,600 tonnes", 21600, "t"),
       c("3.2%", 3.2, "%", change="decrease"),
       published=AM_PUB),
    ex("lf36-stat-p12-construction",
       "Construction grew 14.6% to 498 billion drams and retail trade turnover rose 7.7%, the "
       "committee said.",
       c("14.6%", 14.6, "%", change="increase"),
       c("498 billion drams", 498e9, "AMD"),
       c("7.7%", 7.7, "%", change="increase"),
       published=AM_PUB),
    ex("lf36-stat-p13-neg-contacts",
       "Press office: Government Building 3, 3 Republic Square, Yerevan 0010; tel. "
       "+374 10 52 42 13.",
       published=AM_PUB),
]

# --- 2. A locomotive maker's press release on an order from Uzbekistan (12 Oct 2026) ------
LO_PUB = "2026-10-12"
LOCO: list[Example] = [
    ex("lf36-loco-p1",
       "PRESS RELEASE\n"
       "Xiangjiang Rail Equipment wins order for 60 electric locomotives from Uzbekistan\n\n"
       "Zhuzhou, 12 October 2026 - Xiangjiang Rail Equipment Co., Ltd. (SSE: 601899) today "
       "announced that it has signed a contract with Uzbekistan Railways for 60 twin-section "
       "electric freight locomotives, valued at 2.86 billion yuan (about $400 million).",
       c("60 electric locomotives", 60, "count"),
       c("60 twin-section electric freight locomotives", 60, "count"),
       c("2.86 billion yuan", 2.86e9, "CNY"),
       c("$400 million", 400e6, "USD", approx="approx"),
       published=LO_PUB),
    ex("lf36-loco-p2-specs",
       "The XJ8K locomotives have a continuous power of 9,600 kW and a top speed of 120 km/h, "
       "and can haul trains of up to 7,000 tonnes on the steep grades of the Tashguzar-"
       "Kumkurgan line.",
       c("9,600 kW", 9600, "kW"),
       # unit corrected after the first run: a speed is km per hour (house convention)
       c("120 km/h", 120, "km", per="hour"),
       c("7,000 tonnes", 7000, "t", approx="max"),
       published=LO_PUB),
    ex("lf36-loco-p3-delivery",
       "The first 10 units will be delivered in the third quarter of 2027 and the rest by the "
       "end of 2028. Twenty of the locomotives will be assembled at the railway's works in "
       "Tashkent, raising their local content to 35%.",
       c("10 units", 10, "count", kind="projection"),
       c("Twenty", 20, "count", kind="projection"),
       c("35%", 35, "%", kind="projection"),
       published=LO_PUB),
    ex("lf36-loco-p4-service",
       "The contract also includes a maintenance agreement for 15 years worth 1.1 billion "
       "yuan and training for 240 drivers and technicians.",
       c("15 years", 15, "year"),
       c("1.1 billion yuan", 1.1e9, "CNY"),
       c("240 drivers", 240, "count"),
       published=LO_PUB),
    ex("lf36-loco-p5-quote",
       "\"This is our largest export order in Central Asia,\" said Chairman Li Wenbo. "
       "\"Uzbekistan has electrified more than 2,700 km of its network, and our locomotives "
       "will pull the freight that feeds the Middle Corridor.\"",
       c("2,700 km", 2700, "km", approx="min"),
       published=LO_PUB),
    ex("lf36-loco-p6-fleet",
       "Uzbekistan Railways operates about 370 mainline locomotives, roughly 40% of which are "
       "due for replacement, and plans to renew 150 of them by 2030.",
       c("370 mainline locomotives", 370, "count", approx="approx"),
       c("40%", 40, "%", approx="approx"),
       c("150", 150, "count", kind="projection"),
       published=LO_PUB),
    ex("lf36-loco-p7-loan",
       "The purchase is financed by a 2.4 billion yuan loan from the Export-Import Bank of "
       "China with a tenor of 15 years, and the rest by the railway's own funds.",
       c("2.4 billion yuan", 2.4e9, "CNY"),
       c("15 years", 15, "year"),
       published=LO_PUB),
    ex("lf36-loco-p8-company",
       "Xiangjiang delivered 412 locomotives in 2025, 96 of them abroad, and its overseas "
       "revenue rose 18.4% to 6.3 billion yuan. Kazakhstan, Uzbekistan and Turkmenistan "
       "together accounted for 22% of its export sales.",
       c("412 locomotives", 412, "count", period="2025"),
       c("96", 96, "count"),
       c("18.4%", 18.4, "%", change="increase"),
       c("6.3 billion yuan", 6.3e9, "CNY"),
       c("22%", 22, "%", change=None),
       published=LO_PUB),
    ex("lf36-loco-p9-neg-about",
       "About Xiangjiang Rail Equipment: founded in 1958 and listed in Shanghai since 2008, "
       "the company is based at 169 Tianyuan Road, Zhuzhou, Hunan, and is certified to ISO "
       "9001 and ISO/TS 22163.",
       published=LO_PUB),
    ex("lf36-loco-p10-earlier",
       "The order follows a 2024 contract with Kazakhstan Temir Zholy for 80 shunting "
       "locomotives, of which 52 have been delivered.",
       c("80 shunting locomotives", 80, "count"),
       c("52", 52, "count"),
       published=LO_PUB),
    ex("lf36-loco-p11-neg-contact",
       "Media contact: Wang Yue, Investor Relations, +86 731 2845 6600, "
       "press@xjrail.example.cn",
       published=LO_PUB),
    ex("lf36-loco-p12-neg-forward",
       "This release contains forward-looking statements within the meaning of Section 27A "
       "of the Securities Act of 1933 and Section 21E of the Securities Exchange Act of 1934.",
       published=LO_PUB),
    ex("lf36-loco-p13-shares",
       "Xiangjiang shares rose 4.6% to 12.84 yuan in Shanghai on the news, giving the company "
       "a market value of 31 billion yuan.",
       c("4.6%", 4.6, "%", change="increase"),
       c("12.84 yuan", 12.84, "CNY"),
       c("31 billion yuan", 31e9, "CNY"),
       published=LO_PUB),
]

# --- 3. A daily Central Asian markets wrap (5 Nov 2026) ------------------------------------
MK_PUB = "2026-11-05"
WRAP: list[Example] = [
    ex("lf36-wrap-p1",
       "MARKETS-Tenge firms with oil; Kazakh stocks slip on Kazatomprom\n\n"
       "ALMATY, 5 November - The tenge strengthened 0.6% to 498.35 per dollar on Thursday as "
       "Brent crude climbed above $71 a barrel, while Kazakh shares fell for a third day.",
       c("0.6%", 0.6, "%"),
       c("498.35", 498.35, "KZT", per="USD"),
       c("$71", 71, "USD", per="bbl", approx="min"),
       published=MK_PUB),
    ex("lf36-wrap-p2-kase",
       "The KASE index closed down 0.9% at 5,126.4 points, dragged by Kazatomprom, which lost "
       "2.8% to 24,310 tenge after cutting its 2027 output guidance to 25,000-26,500 tonnes "
       "of uranium.",
       c("0.9%", 0.9, "%", change="decrease"),
       c("2.8%", 2.8, "%", change="decrease"),
       c("24,310 tenge", 24310, "KZT"),
       c("25,000-26,500 tonnes", 25000, "t", value_high=26500, kind="projection",
         period="2027"),
       published=MK_PUB),
    ex("lf36-wrap-p3-turnover",
       "Turnover on the exchange's equity market was 4.1 billion tenge ($8.2 million), against "
       "a 20-day average of 2.7 billion.",
       c("4.1 billion tenge", 4.1e9, "KZT"),
       c("$8.2 million", 8.2e6, "USD"),
       c("2.7 billion", 2.7e9, "KZT"),
       published=MK_PUB),
    ex("lf36-wrap-p4-box",
       "Closing levels, 5 November (change on the day):\n"
       "- Tenge per dollar: 498.35 (-3.00)\n"
       "- Brent, $ a barrel: 71.42 (+1.15)\n"
       "- Kazakh 10-year bond yield: 12.35% (+4 bp)",
       c("498.35", 498.35, "KZT", per="USD"),
       c("-3.00", -3.0, "KZT", change="decrease"),
       c("71.42", 71.42, "USD", per="bbl"),
       c("+1.15", 1.15, "USD", change="increase"),
       c("12.35%", 12.35, "%"),
       c("+4 bp", 0.04, "pp", change="increase"),
       published=MK_PUB),
    ex("lf36-wrap-p5-tashkent",
       "In Tashkent the soum was little changed at 12,840 per dollar, and the Tashkent "
       "exchange's UCI index rose 0.4%. Uzbekneftegaz bonds due 2028 yielded 8.9%, down from "
       "9.3% a week ago.",
       c("12,840", 12840, "UZS", per="USD"),
       c("0.4%", 0.4, "%", change="increase"),
       c("8.9%", 8.9, "%"),
       c("9.3%", 9.3, "%"),
       published=MK_PUB),
    ex("lf36-wrap-p6-georgia",
       "The lari held at 2.71 per dollar. Bank of Georgia shares in London rose 1.3% to "
       "£52.15 after the lender reported a 19% rise in third-quarter profit to 412 million "
       "lari.",
       c("2.71", 2.71, "GEL", per="USD"),
       c("1.3%", 1.3, "%", change="increase"),
       c("£52.15", 52.15, "GBP"),
       c("19%", 19, "%", change="increase"),
       c("412 million lari", 412e6, "GEL", period="2026-07/2026-09"),
       published=MK_PUB),
    ex("lf36-wrap-p7-oil",
       "Brent has gained 4% this week after Kazakhstan said it would cut output to 1.78 "
       "million barrels per day in December to meet its OPEC+ quota, from 1.86 million in "
       "October.",
       c("4%", 4, "%", change="increase"),
       c("1.78 million barrels", 1.78e6, "bbl", per="day", kind="projection"),
       c("1.86 million", 1.86e6, "bbl", per="day"),
       published=MK_PUB),
    ex("lf36-wrap-p8-neg-byline",
       "(Reporting by Dana Abenova in Almaty and Rustam Ergashev in Tashkent; editing by Mark "
       "Holloway)",
       published=MK_PUB),
    ex("lf36-wrap-p9-forecast",
       "\"We see the tenge between 490 and 505 to the dollar until the year-end,\" said Aidos "
       "Zhunusov, an economist at Halyk Finance, pointing to the National Bank's sales of $600 "
       "million from the National Fund this month.",
       c("490 and 505", 490, "KZT", value_high=505, kind="projection"),
       c("$600 million", 600e6, "USD"),
       published=MK_PUB),
    ex("lf36-wrap-p10-rate",
       "The National Bank meets on 28 November and is expected to keep its base rate at "
       "15.25%; annual inflation slowed to 10.8% in October from 11.2% in September.",
       c("15.25%", 15.25, "%", kind="projection"),
       c("10.8%", 10.8, "%", period="2026-10"),
       c("11.2%", 11.2, "%", period="2026-09"),
       published=MK_PUB),
    ex("lf36-wrap-p11-neg-codes",
       "For Central Asian sovereign bond prices see <CIS/BONDS2>; for the tenge's daily "
       "fixing, double-click <KZTFIX=NBK>.",
       published=MK_PUB),
    ex("lf36-wrap-p12-commodities",
       "Kazakh wheat for export was quoted at $218-224 a tonne FOB Aktau, unchanged on the "
       "week, while urea from Karatau was offered at $305 a tonne FCA, down $10.",
       c("$218-224", 218, "USD", value_high=224, per="t"),
       c("$305", 305, "USD", per="t"),
       c("$10", 10, "USD", change="decrease"),
       published=MK_PUB),
    ex("lf36-wrap-p13-week",
       "Over the week the KASE index lost 2.1% and the tenge gained 1.4%; since January the "
       "tenge is down 3.7% and the index up 18.5%.",
       c("2.1%", 2.1, "%", change="decrease"),
       c("1.4%", 1.4, "%", change="increase"),
       c("3.7%", 3.7, "%", change="decrease"),
       c("18.5%", 18.5, "%", change="increase"),
       published=MK_PUB),
    ex("lf36-wrap-p14-neg-holiday",
       "Markets in Bishkek will be closed on 7 and 8 November for the Days of History and "
       "Remembrance of Ancestors.",
       published=MK_PUB),
]

# --- 4. Central Asia's airports' half-year passengers, with a small table (28 Jul 2026) ---
AP_PUB = "2026-07-28"
H1_26 = "2026-01/2026-06"
AIRPORTS: list[Example] = [
    ex("lf36-air-p1",
       "Central Asia's airports break records as low-cost carriers expand\n\n"
       "Airports in the five Central Asian states handled 31.6 million passengers in the "
       "first half of 2026, 14% more than a year earlier, according to figures compiled by "
       "this publication from airport operators and aviation authorities.",
       c("31.6 million passengers", 31.6e6, "count", period=H1_26),
       c("14%", 14, "%", change="increase"),
       published=AP_PUB),
    ex("lf36-air-p2-table",
       "Passengers, January-June 2026 (million; change on a year earlier)\n"
       "Almaty      5.12   +13.8%\n"
       "Tashkent    3.87   +17.2%\n"
       "Astana      3.04   +9.6%\n"
       "Samarkand   0.71   +41.0%",
       c("5.12", 5.12e6, "count", period=H1_26),
       c("+13.8%", 13.8, "%", change="increase"),
       c("3.87", 3.87e6, "count"),
       c("+17.2%", 17.2, "%", change="increase"),
       c("3.04", 3.04e6, "count"),
       c("+9.6%", 9.6, "%", change="increase"),
       c("0.71", 0.71e6, "count"),
       c("+41.0%", 41.0, "%", change="increase"),
       published=AP_PUB),
    ex("lf36-air-p3-capacity",
       "Almaty remains the region's busiest airport; its international terminal, opened in "
       "June 2024, can handle 14 million passengers a year, against the 10.8 million expected "
       "to pass through the airport this year.",
       c("14 million passengers", 14e6, "count", per="year", metric="capacity"),
       c("10.8 million", 10.8e6, "count", kind="projection"),
       published=AP_PUB),
    ex("lf36-air-p4-lowcost",
       "Low-cost carriers carried 38% of the region's passengers in the half, up from 29% a "
       "year earlier, led by FlyArystan, which flew 2.9 million people, and Uzbekistan's new "
       "budget airline, which flew 640,000.",
       c("38%", 38, "%"),
       c("29%", 29, "%"),
       c("2.9 million people", 2.9e6, "count"),
       c("640,000", 640000, "count"),
       published=AP_PUB),
    ex("lf36-air-p5-fares",
       "The average one-way fare from Almaty to Tashkent fell to 38,000 tenge ($76) from "
       "52,000 tenge a year ago, according to the booking site Aviata.",
       c("38,000 tenge", 38000, "KZT"),
       c("$76", 76, "USD"),
       c("52,000 tenge", 52000, "KZT"),
       published=AP_PUB),
    ex("lf36-air-p6-neg-table-note",
       "Table note: Turkmenistan's airports publish no figures. Samarkand's terminal has gates "
       "1-8; Manas includes transit passengers of flight KC 109.",
       published=AP_PUB),
    ex("lf36-air-p7-routes",
       "Tashkent added 23 international routes in the half, bringing its total to 87, and "
       "airlines now fly 410 times a week between Central Asia and Europe, against 260 a year "
       "ago.",
       c("23 international routes", 23, "count"),
       c("87", 87, "count"),
       # "410 times a week" and its "260 a year ago", first read as flights a week, are a
       # timetable's frequency, no claim (house convention: "four times a week"), corrected
       # after the first run
       published=AP_PUB),
    ex("lf36-air-p8-belly",
       "Belly cargo, carried in the holds of passenger jets, rose 22% at Almaty to 18,400 "
       "tonnes, easing pressure on freighters as e-commerce parcels from China keep coming.",
       c("22%", 22, "%", change="increase"),
       c("18,400 tonnes", 18400, "t"),
       published=AP_PUB),
    ex("lf36-air-p9-runway",
       "\"We will need a second runway by 2030 if traffic keeps growing at 10% a year,\" said "
       "Nodir Usmonov, Tashkent airport's commercial director. The runway would cost about "
       "$300 million.",
       c("10%", 10, "%", per="year"),
       c("$300 million", 300e6, "USD", approx="approx", kind="projection"),
       published=AP_PUB),
    ex("lf36-air-p10-neg-quote",
       "\"The bottleneck is no longer demand but slots and staff,\" said Usmonov, who joined "
       "the airport from Turkish Airlines in 2019.",
       published=AP_PUB),
    ex("lf36-air-p11-dushanbe",
       "Dushanbe's growth was held back when its runway was shut for 21 days in March for "
       "resurfacing, which cost about 45,000 passengers, the airport said.",
       c("21 days", 21, "day"),
       c("45,000 passengers", 45000, "count", approx="approx"),
       published=AP_PUB),
    ex("lf36-air-p12-outlook",
       "Aviation authorities expect the region's airports to handle 66 million to 68 million "
       "passengers in the full year, up from 57.3 million in 2025.",
       c("66 million to 68 million passengers", 66e6, "count", value_high=68e6,
         kind="projection"),
       c("57.3 million", 57.3e6, "count", period="2025"),
       published=AP_PUB),
    ex("lf36-air-p13-neg-series",
       "This article is part 3 of our 6-part series on Central Asian transport. Data compiled "
       "on 25 July 2026.",
       published=AP_PUB),
]

EXAMPLES: list[Example] = ARMSTAT + LOCO + WRAP + AIRPORTS

KNOWN_GAPS: dict[str, str] = {
    "lf36-wrap-p9-forecast": (
        "\"We see the tenge between 490 and 505 ... until the year-end\" is an analyst's "
        "forecast, but neither a first-person \"we see\" nor \"until the year-end\" is a cue "
        "of one; \"we see\" as a cue was tried and dropped: \"We see 300 trucks a day at the "
        "border\" is an observation"),
    "lf36-air-p2-table": (
        "a space-aligned table with no header of years (a caption naming the unit and the "
        "period, rows of a label, a figure and a signed change) is not read: "
        "`spaced_tables` needs a header line of years, so the bare figures in millions are "
        "lost and only the changes are read, as prose"),
    "lf36-air-p7-routes": (
        "'260' (\"against 260 a year ago\", parallel to the timetable's \"410 times a "
        "week\", which the scan drops) takes the routes' unit from '87' across that dropped "
        "figure"),
}
