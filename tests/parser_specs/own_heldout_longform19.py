"""Held-out paragraphs of whole news articles, a nineteenth round, written after the parser.

Four more articles of genres the earlier rounds (`own_heldout_longform` to
`own_heldout_longform18`) did not cover as whole articles, written in our own words and cut
into paragraphs, one example a paragraph (its id `lf19-GENRE-pN`), so that what a
paragraph's sentences lend each other is tested as an analyst reads it: a Turkmen state news
agency's report of a cabinet meeting (sectors' growth percentages for the half year, plans
fulfilled by so many percent, gas exports, investment and construction in manats and
dollars, a pipeline's section and capacity, a procurement price, and many titles and
rhetorical phrases that are no claims); a feature on the ro-ro and truck traffic through Poti
and Batumi with drivers' and a port manager's quotes (trucks a day, waiting hours, fees in
lari and dollars, year-on-year changes, the cost of a truck's trip); a news story on the
China-Kyrgyzstan-Uzbekistan railway's financing agreement (shares of the joint venture,
equity and loans in yuan and dollars, km of track by country, tunnels and bridges, cost
estimates, the timeline, capacity in million tonnes a year); and Kazakhstan's agriculture
ministry's grain harvest and export outlook (hectares, centners per hectare, harvest
estimates with ranges, a revised forecast, exports by destination, prices per tonne). About a
fifth are paragraphs without a claim: a state agency's lead naming the half year, praise of
the head of state, a closing formula, resolutions' numbers, a photo credit, a licence's
number and berths, a ferry timetable's section, an agreement's number and its ratification,
a memorandum's year and a commission's session, a byline and telephone, a statistics form
and bulletin's numbers, a briefing's address and hour (and, in paragraphs with claims, a
driver's age between commas and the third class of wheat). Every expectation was written
from reading the text, before the parser was run on it (a few were corrected to the house
conventions, or a field was added to the check, after the first run, each marked where it
stands).
"""

from __future__ import annotations

from . import Example, c, ex

TM = "Turkmenistan"
KZ = "Kazakhstan"

# --- 1. A Turkmen state news agency: the Cabinet's half-year meeting (11 Jul 2026) ---------
TM_PUB = "2026-07-11"
H1 = "2026-01/2026-06"
CABINET: list[Example] = [
    ex("lf19-tm-p1-neg-lead",
       "President chairs Cabinet meeting on the results of the half-year\n\n"
       "ASHGABAT, 10 July (TDH) - President of Turkmenistan Serdar Berdimuhamedov held a "
       "regular meeting of the Cabinet of Ministers on Friday, at which the results of the "
       "work of the country's sectors in the first six months of 2026 were considered.",
       published=TM_PUB),
    ex("lf19-tm-p2-gdp",
       "Deputy Chairman of the Cabinet of Ministers Hojamyrat Geldimyradov reported that in "
       "January-June the gross domestic product of Turkmenistan grew at a stable rate of 6.3 "
       "percent. Growth of 7.8 percent was achieved in trade, 6.9 percent in agriculture, 5.4 "
       "percent in construction and 8.1 percent in transport and communications.",
       c("6.3 percent", 6.3, "%", change="increase", period=H1, entities=[TM]),
       c("7.8 percent", 7.8, "%", change="increase"),
       c("6.9 percent", 6.9, "%", change="increase"),
       c("5.4 percent", 5.4, "%", change="increase"),
       c("8.1 percent", 8.1, "%", change="increase"),
       published=TM_PUB),
    ex("lf19-tm-p3-plan-investment",
       "It was noted that the plan for industrial output was fulfilled by 108.2 percent, "
       "while investment from all sources of financing directed to the development of the "
       "national economy amounted to 21.4 billion manats, 46 percent of which went to "
       "production facilities.",
       c("108.2 percent", 108.2, "%", change=None),
       # the paragraph alone names no Turkmen place: a bare manat is Azerbaijan's (house
       # convention, `money_words.is_turkmen`), corrected after the first run from TMT
       c("21.4 billion manats", 21.4e9, "AZN", change=None),
       c("46 percent", 46, "%", change=None),
       published=TM_PUB),
    ex("lf19-tm-p4-neg-praise",
       "Reporting on the work done, the Deputy Chairman emphasized that these achievements "
       "are the fruit of the wise policy of the esteemed President aimed at building a "
       "prosperous society in the new epoch of the revival of a powerful state, and expressed "
       "deep gratitude to the head of state on behalf of the sector's workers.",
       published=TM_PUB),
    ex("lf19-tm-p5-gas",
       "Deputy Chairman of the Cabinet of Ministers for the oil and gas complex Batyr Amanov "
       "reported that the natural gas production plan was fulfilled by 104.7 percent in the "
       "six months, and that 31.6 billion cubic metres of gas were exported, 9 percent more "
       "than a year earlier, mainly to the People's Republic of China.",
       c("104.7 percent", 104.7, "%", change=None),
       c("31.6 billion cubic metres", 31.6e9, "m3", change=None),
       c("9 percent", 9, "%", change="increase"),
       published=TM_PUB),
    ex("lf19-tm-p6-oil",
       "Oil output, including gas condensate, came to 4.9 million tonnes, and the refineries "
       "of the Turkmenbashi complex processed 3.2 million tonnes of crude, producing 1.1 "
       "million tonnes of petrol.",
       c("4.9 million tonnes", 4.9e6, "t", change=None),
       c("3.2 million tonnes", 3.2e6, "t", change=None),
       c("1.1 million tonnes", 1.1e6, "t", change=None),
       published=TM_PUB),
    ex("lf19-tm-p7-construction",
       "The head of state was informed that the second stage of the city of Arkadag, worth "
       "$3.7 billion, is being built on schedule, and that 62 facilities with a total value "
       "of 5.8 billion manats were commissioned in January-June, including 1,240 flats, 14 "
       "schools and 9 kindergartens.",
       c("$3.7 billion", 3.7e9, "USD"),
       c("62 facilities", 62, "count", period=H1),
       c("5.8 billion manats", 5.8e9, "TMT", period=H1),
       c("1,240 flats", 1240, "count"),
       c("14 schools", 14, "count"),
       c("9 kindergartens", 9, "count"),
       published=TM_PUB),
    ex("lf19-tm-p8-tapi",
       "Touching upon the plans, the President instructed to speed up work on the "
       "Turkmenistan-Afghanistan-Pakistan-India gas pipeline, whose 214-kilometre section "
       "from Serhetabat to Herat is to be completed by the end of 2027, and to raise the "
       "capacity of Line D of the Central Asia-China pipeline to 25 billion cubic metres a "
       "year.",
       c("214-kilometre", 214, "km"),
       c("25 billion cubic metres", 25e9, "m3", per="year", kind="projection"),
       published=TM_PUB),
    ex("lf19-tm-p9-transport",
       "Deputy Chairman Mammetkhan Chakyev reported that 7.6 million tonnes of cargo were "
       "carried by rail in the six months, and the Turkmenbashi International Seaport handled "
       "1.9 million tonnes, 12.4 percent more than in January-June 2025.",
       c("7.6 million tonnes", 7.6e6, "t", change=None),
       c("1.9 million tonnes", 1.9e6, "t", change=None),
       c("12.4 percent", 12.4, "%", change="increase"),
       published=TM_PUB),
    ex("lf19-tm-p10-wheat",
       "The President also noted that this year farmers are to sell 1.4 million tonnes of "
       "wheat to the state, and that the purchase price has been raised to 1,500 manats per "
       "tonne.",
       c("1.4 million tonnes", 1.4e6, "t", kind="projection", period="2026"),
       # no Turkmen place in the paragraph: Azerbaijan's manat (as p3), corrected after the
       # first run from TMT
       c("1,500 manats", 1500, "AZN", per="t", change=None),
       published=TM_PUB),
    ex("lf19-tm-p11-neg-closing",
       "In conclusion, the head of state wished the participants of the meeting sound health, "
       "family well-being and great success in their work for the prosperity of the beloved "
       "Motherland, and declared the session of the Cabinet of Ministers closed.",
       published=TM_PUB),
    ex("lf19-tm-p12-neg-resolutions",
       "At the meeting, the President signed Resolution No. 347 on building the 'Ak Bugday' "
       "complex in the Ahal velayat and Decree No. 12/2026 appointing K. Orazov khyakim of "
       "the etrap.",
       published=TM_PUB),
]

# --- 2. A feature on the ro-ro and truck traffic through Poti and Batumi (14 Apr 2026) -----
GE_PUB = "2026-04-14"
RORO: list[Example] = [
    ex("lf19-ge-p1",
       "Where the trucks queue: a record year for Georgia's ro-ro ports\n\n"
       "POTI - By seven in the morning the line of lorries at the gate of Poti's ro-ro "
       "terminal already stretches some 2 km back along the road to Kutaisi, most of them "
       "Turkish and Azerbaijani rigs bound for the ferries to Bulgaria and Romania.",
       c("2 km", 2, "km", approx="approx"),
       published=GE_PUB),
    ex("lf19-ge-p2-per-day",
       "The terminal now handles about 420 trucks a day, against 310 a year ago, and the "
       "average wait before boarding has grown to 19 hours, port figures show.",
       c("420 trucks", 420, "count", per="day", approx="approx"),
       c("310", 310, "count", per="day"),
       c("19 hours", 19, "hour", metric="waiting time", change=None),
       published=GE_PUB),
    ex("lf19-ge-p3-driver",
       "\"Last spring I waited six hours, now it is 24 hours, sometimes more,\" said Emre "
       "Yildiz, 47, a driver from Trabzon who brings textiles to Constanta every fortnight. "
       "\"Each crossing costs me 1,450 dollars for the ferry and another 120 lari for parking "
       "and food.\"",
       c("six hours", 6, "hour"),
       c("24 hours", 24, "hour"),
       c("1,450 dollars", 1450, "USD"),
       c("120 lari", 120, "GEL"),
       published=GE_PUB),
    ex("lf19-ge-p4-manager",
       "\"We moved 96,500 trucks and trailers across the quay last year, 23 percent more than "
       "in 2024, and we expect to pass 110,000 this year,\" said Giorgi Tsiklauri, the "
       "terminal's operations manager.",
       c("96,500 trucks", 96500, "count", period="2025", change=None),
       c("23 percent", 23, "%", change="increase"),
       c("110,000", 110000, "count", approx="min", kind="projection", period="2026"),
       published=GE_PUB),
    ex("lf19-ge-p5-fees",
       "The port charges 85 dollars for each truck that boards, plus 0.9 lari per tonne of "
       "cargo, a tariff unchanged since 2023; a full ro-ro crossing to Burgas costs between "
       "$1,300 and $1,600 per truck depending on its length.",
       c("85 dollars", 85, "USD", per="truck"),
       c("0.9 lari", 0.9, "GEL", per="t"),
       c("$1,300 and $1,600", 1300, "USD", value_high=1600, per="truck"),
       published=GE_PUB),
    ex("lf19-ge-p6-batumi",
       "Batumi, 110 km to the south, takes a smaller share: its ro-ro berth handled 31,200 "
       "trucks in 2025, down 6 percent, as the oil terminal's tankers took priority at the "
       "quay. Drivers there wait four to eight hours on average.",
       c("110 km", 110, "km"),
       c("31,200 trucks", 31200, "count", period="2025", change=None),
       c("6 percent", 6, "%", change="decrease"),
       c("four to eight hours", 4, "hour", value_high=8, metric="waiting time"),
       published=GE_PUB),
    ex("lf19-ge-p7-trip-cost",
       "Hauliers reckon the total cost of moving a truck from Istanbul to Almaty via Poti and "
       "the Caspian at $7,800-8,500, of which the ferries account for almost 40 percent; the "
       "same load by road through Iran costs about $6,200 but carries a sanctions risk.",
       c("$7,800-8,500", 7800, "USD", value_high=8500),
       c("40 percent", 40, "%", approx="approx", change=None),
       c("$6,200", 6200, "USD", approx="approx"),
       published=GE_PUB),
    ex("lf19-ge-p8-neg-photo",
       "Drivers' names are used with their consent. Photo: trucks at gate No. 3 of the Poti "
       "ro-ro terminal, 12 April 2026. (c) Nika Gabunia / Ports Review",
       published=GE_PUB),
    ex("lf19-ge-p9-red-bridge",
       "At the Red Bridge crossing on the Azerbaijani border, 1,150 trucks a day passed in "
       "March in both directions, the Revenue Service said, 14 percent more than in March "
       "2025.",
       c("1,150 trucks", 1150, "count", per="day", period="2026-03"),
       # the metric checked after the first run: "the Revenue Service said" names an
       # agency, no revenue
       c("14 percent", 14, "%", change="increase", metric="vehicle count"),
       published=GE_PUB),
    ex("lf19-ge-p10-diesel",
       "\"Diesel here costs 3.35 lari a litre, about 0.9 lari more than in Azerbaijan, so "
       "everyone fills up before the border,\" said Rauf Mammadov, a driver from Ganja.",
       c("3.35 lari", 3.35, "GEL", per="l"),
       c("0.9 lari", 0.9, "GEL", approx="approx"),
       published=GE_PUB),
    ex("lf19-ge-p11-neg-licence",
       "The ro-ro terminal, at berths 14 and 15 of the port's eastern basin, operates under a "
       "licence issued in 2019 (No. 0427-R) and renewed in May 2024.",
       published=GE_PUB),
    ex("lf19-ge-p12-outlook",
       "The port plans to open a second ro-ro ramp in 2027 and to cut waiting times to under "
       "8 hours, Tsiklauri said, while the government is widening the 46-kilometre "
       "Samtredia-Grigoleti road to a dual carriageway at a cost of 390 million lari.",
       c("8 hours", 8, "hour", approx="max", kind="projection", metric="waiting time"),
       # change checked after the first run: "widening the 46-kilometre road" sizes the road,
       # no widening by 46 km
       c("46-kilometre", 46, "km", change=None),
       c("390 million lari", 390e6, "GEL"),
       published=GE_PUB),
    ex("lf19-ge-p13-neg-timetable",
       "The ferry lines to Burgas and Constanta are run by Navbulgar and UKR-Ferry; timetables "
       "are on the port's website, section 2.4, updated every Monday.",
       published=GE_PUB),
]

# --- 3. The China-Kyrgyzstan-Uzbekistan railway's financing agreement (5 Jun 2026) ---------
CK_PUB = "2026-06-05"
CKU: list[Example] = [
    ex("lf19-cku-p1",
       "China, Kyrgyzstan and Uzbekistan sign financing deal for cross-border railway\n\n"
       "BISHKEK, 5 June - China, Kyrgyzstan and Uzbekistan on Thursday signed an agreement on "
       "financing the China-Kyrgyzstan-Uzbekistan railway, whose construction is estimated at "
       "$4.7 billion, the Kyrgyz Cabinet of Ministers said.",
       c("$4.7 billion", 4.7e9, "USD", metric="project cost"),
       published=CK_PUB),
    ex("lf19-cku-p2-shares",
       "Under the deal, the project's joint venture, registered in Bishkek, will be 51 "
       "percent owned by China Railway International and 24.5 percent each by Kyrgyz Temir "
       "Jolu and Uzbekistan Railways, which will contribute their stakes partly in land and "
       "existing infrastructure.",
       c("51 percent", 51, "%", change=None),
       c("24.5 percent", 24.5, "%", change=None),
       published=CK_PUB),
    ex("lf19-cku-p3-loans",
       "About 30 percent of the cost will be covered by the partners' equity and the rest by "
       "loans from Chinese banks totalling 23 billion yuan, or some $3.2 billion, with a "
       "maturity of 25 years and a five-year grace period.",
       c("30 percent", 30, "%", approx="approx", change=None),
       c("23 billion yuan", 23e9, "CNY"),
       c("$3.2 billion", 3.2e9, "USD", approx="approx"),
       c("25 years", 25, "year"),
       # no claim for the adjective "five-year grace period" (house convention,
       # own_heldout_loanterms' "lt-tenor-and-grace-adjectives-only"), corrected after the
       # first run
       published=CK_PUB),
    ex("lf19-cku-p4-length",
       "The line will run 523 km from Kashgar to Andijan, of which 213 km in China, 260 km in "
       "Kyrgyzstan and 50 km in Uzbekistan.",
       c("523 km", 523, "km", metric="route length"),
       c("213 km", 213, "km", entities=["China"]),
       c("260 km", 260, "km", entities=["Kyrgyzstan"]),
       c("50 km", 50, "km", entities=["Uzbekistan"]),
       published=CK_PUB),
    ex("lf19-cku-p5-tunnels",
       "The Kyrgyz section is the hardest to build: it crosses the Fergana range at up to "
       "3,000 metres above sea level and needs 48 tunnels with a combined length of 84 km, "
       "and 92 bridges.",
       # the metric checked after the first run (it read a water level in "sea level")
       c("3,000 metres", 3000, "m", approx="max", metric="elevation"),
       c("48 tunnels", 48, "count", item="tunnel"),
       c("84 km", 84, "km"),
       c("92 bridges", 92, "count", item="bridge"),
       published=CK_PUB),
    ex("lf19-cku-p6-neg-agreement",
       "The agreement, No. 2026/CKU-03, was signed in the presence of the three heads of "
       "government at the Ala-Archa state residence; it enters into force on the day the last "
       "of the parties notifies the others of its ratification.",
       published=CK_PUB),
    ex("lf19-cku-p7-sections",
       "The Kyrgyz section alone is estimated at 16.8 billion yuan, about 50 percent of the "
       "total, while the Uzbek one is put at 2.1 billion yuan.",
       c("16.8 billion yuan", 16.8e9, "CNY"),
       c("50 percent", 50, "%", approx="approx", change=None),
       c("2.1 billion yuan", 2.1e9, "CNY"),
       published=CK_PUB),
    ex("lf19-cku-p8-timeline",
       "Construction is to start in the third quarter of 2026 and take six years, with the "
       "first trains expected to run in 2032.",
       c("six years", 6, "year", kind="projection"),
       published=CK_PUB),
    ex("lf19-cku-p9-capacity",
       "The railway is designed to carry 15 million tonnes of cargo a year at first, rising "
       "to 20 million tonnes later, and to shorten the journey from China to Uzbekistan by "
       "about 900 km and by seven to eight days.",
       c("15 million tonnes", 15e6, "t", per="year", kind="projection"),
       c("20 million tonnes", 20e6, "t", kind="projection"),
       c("900 km", 900, "km", approx="approx", change="decrease"),
       c("seven to eight days", 7, "day", value_high=8, change="decrease"),
       published=CK_PUB),
    ex("lf19-cku-p10-gauge",
       "Track will be laid to the 1,435 mm standard gauge, so trains from China will not need "
       "to change bogies until they reach the Uzbek network's 1,520 mm lines at Andijan.",
       c("1,435 mm", 1435, "mm"),
       c("1,520 mm", 1520, "mm"),
       published=CK_PUB),
    ex("lf19-cku-p11-neg-history",
       "The three countries first signed a memorandum on the project in 1997; a feasibility "
       "study was approved in Tashkent in May 2024 at the 12th session of the "
       "intergovernmental commission.",
       published=CK_PUB),
    ex("lf19-cku-p12-quote",
       "\"This is the project of the century for Kyrgyzstan,\" Chairman of the Cabinet "
       "Adylbek Kasymaliev said, adding that it would create 5,000 jobs during construction "
       "and bring the budget $200 million a year in transit fees.",
       c("5,000 jobs", 5000, "count", kind="projection"),
       c("$200 million", 200e6, "USD", per="year", kind="projection"),
       published=CK_PUB),
    ex("lf19-cku-p13-neg-byline",
       "Reporting by Aibek Sultanov in Bishkek; editing by Marat Nurlanov. Tel. +996 312 62 "
       "45 10.",
       published=CK_PUB),
]

# --- 4. Kazakhstan's agriculture ministry: harvest and export outlook (16 Sep 2026) -------
KZ_PUB = "2026-09-16"
HARVEST: list[Example] = [
    ex("lf19-kz-p1",
       "Kazakhstan raises grain harvest forecast to 23-24 million tonnes\n\n"
       "ASTANA, 16 September - The Ministry of Agriculture of Kazakhstan has raised its "
       "forecast for this year's grain harvest to 23-24 million tonnes in bunker weight from "
       "the 21.5 million tonnes it expected in July, citing good rains in the northern "
       "regions.",
       c("23-24 million tonnes", 23e6, "t", value_high=24e6, kind="projection"),
       c("23-24 million tonnes", 23e6, "t", nth=1, value_high=24e6, kind="projection",
         period="2026"),
       c("21.5 million tonnes", 21.5e6, "t", kind="projection"),
       published=KZ_PUB),
    ex("lf19-kz-p2-area",
       "Grain crops were sown on 16.2 million hectares this year, 0.3 million hectares less "
       "than in 2025, of which wheat took 12.4 million hectares and barley 2.1 million "
       "hectares.",
       c("16.2 million hectares", 16.2e6, "ha", period="2026", change=None),
       c("0.3 million hectares", 0.3e6, "ha", change="decrease"),
       c("12.4 million hectares", 12.4e6, "ha", change=None),
       c("2.1 million hectares", 2.1e6, "ha", change=None),
       published=KZ_PUB),
    ex("lf19-kz-p3-progress",
       "By Tuesday, 58 percent of the area had been harvested, or 9.4 million hectares, with "
       "14.1 million tonnes threshed at an average yield of 15 centners per hectare, against "
       "13.2 centners a year earlier.",
       c("58 percent", 58, "%", change=None),
       c("9.4 million hectares", 9.4e6, "ha"),
       c("14.1 million tonnes", 14.1e6, "t"),
       c("15 centners", 1.5, "t", per="ha", metric="yield"),
       c("13.2 centners", 1.32, "t", per="ha"),
       published=KZ_PUB),
    ex("lf19-kz-p4-regions",
       "Yields were highest in the Kostanay region, at 17.8 centners per hectare, and lowest "
       "in the drought-hit west, where the Aktobe region gathered only 7.5 centners.",
       c("17.8 centners", 1.78, "t", per="ha", metric="yield"),
       c("7.5 centners", 0.75, "t", per="ha"),
       published=KZ_PUB),
    ex("lf19-kz-p5-neg-method",
       "The figures are preliminary and based on operational reports of the regional "
       "akimats' agriculture departments (form No. 29-SKh); final data will be published by "
       "the Bureau of National Statistics in Bulletin 4-14/2026.",
       published=KZ_PUB),
    ex("lf19-kz-p6-quality",
       "About 70 percent of the wheat threshed so far is of the third class or better, the "
       "ministry said, while the share of feed grain has fallen to 12 percent from 21 percent "
       "last year.",
       c("70 percent", 70, "%", approx="approx", change=None),
       c("12 percent", 12, "%", change=None),
       c("21 percent", 21, "%", change=None),
       published=KZ_PUB),
    ex("lf19-kz-p7-exports",
       "Grain exports in the 2026/27 marketing year are forecast at 11-12 million tonnes, "
       "including flour in grain equivalent, up from an estimated 9.8 million tonnes in "
       "2025/26.",
       c("11-12 million tonnes", 11e6, "t", value_high=12e6, kind="projection"),
       c("9.8 million tonnes", 9.8e6, "t", kind="actual"),
       published=KZ_PUB),
    ex("lf19-kz-p8-destinations",
       "Central Asia is expected to take about 6 million tonnes, China 2.5 million tonnes, "
       "Afghanistan 1.5 million tonnes and Iran and the Caspian route to Azerbaijan and "
       "beyond up to 1 million tonnes.",
       c("6 million tonnes", 6e6, "t", approx="approx", kind="projection"),
       c("2.5 million tonnes", 2.5e6, "t", kind="projection"),
       c("1.5 million tonnes", 1.5e6, "t", kind="projection"),
       c("1 million tonnes", 1e6, "t", approx="max", kind="projection"),
       published=KZ_PUB),
    ex("lf19-kz-p9-prices",
       "Third-class wheat sold for 98,000-102,000 tenge per tonne on the farm in early "
       "September, or about $190, while at the Chinese border station of Altynkol the FCA "
       "price was $238 per tonne.",
       c("98,000-102,000 tenge", 98000, "KZT", value_high=102000, per="t"),
       c("$190", 190, "USD", approx="approx", per="t"),
       c("$238", 238, "USD", per="t"),
       published=KZ_PUB),
    ex("lf19-kz-p10-revision",
       "The July forecast had assumed a yield of 13 centners per hectare; the ministry now "
       "counts on 14.5-15 centners, and on a carry-over stock of 2.8 million tonnes at the "
       "start of the new season.",
       c("13 centners", 1.3, "t", per="ha", metric="yield"),
       c("14.5-15 centners", 1.45, "t", value_high=1.5, per="ha", kind="projection"),
       c("2.8 million tonnes", 2.8e6, "t"),
       published=KZ_PUB),
    ex("lf19-kz-p11-wagons",
       "To move the crop, Kazakhstan Temir Zholy plans to provide 8,500 grain hopper wagons a "
       "month from October, 15 percent more than last autumn, and the ministry has asked for "
       "a cut of 20 percent in the rail tariff for grain shipped to Aktau and Kuryk.",
       c("8,500 grain hopper wagons", 8500, "count", per="month", kind="projection"),
       c("15 percent", 15, "%", change="increase"),
       c("20 percent", 20, "%", change="decrease"),
       published=KZ_PUB),
    ex("lf19-kz-p12-neg-briefing",
       "Minister of Agriculture Aidarbek Saparov chaired the briefing, held at the Central "
       "Communications Service, 24 Mangilik El Avenue, at 10:00.",
       published=KZ_PUB),
]

EXAMPLES: list[Example] = [*CABINET, *RORO, *CKU, *HARVEST]

KNOWN_GAPS: dict[str, str] = {}
