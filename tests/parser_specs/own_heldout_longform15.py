"""Held-out paragraphs of whole news articles, a fifteenth round, written after the parser.

Four more articles of genres the earlier rounds (`own_heldout_longform` to
`own_heldout_longform14`) did not cover as whole articles, written in our own words and cut
into paragraphs, one example a paragraph (its id `lf15-GENRE-pN`), so that what a
paragraph's sentences lend each other is tested as an analyst reads it: Tajikistan's customs
service's nine-month foreign-trade release (turnover, exports and imports, the deficit, a
top-ten list of partners with their turnover in brackets, shares, commodity groups in dollars
and in tonnes, one month alone, declarations and duties collected); a wire story on low water
in the Volga-Caspian canal (the permitted draught cut in metres, a barge's load in tonnes
before and after, vessels waiting and days of delay, a low-water surcharge per tonne,
dredging in cubic metres and roubles, the river's level in centimetres, a rail detour); a
Kazakh logistics group's half-year results statement (revenue and EBITDA, the margin,
segments, TEU and tonnes, capital expenditure, net debt against EBITDA, an interim dividend
per share and its payout, full-year guidance raised, headcount, the share price); and a
parliamentary hearing on the China-Kyrgyzstan-Uzbekistan railway (length by country, tunnels
and bridges, the joint venture's shares, equity and loans, conflicting cost estimates by
source, traffic, transit days, transit fees, land, jobs, a construction time). About a fifth
are paragraphs without a claim: a release's method note, address and release number, a
rounding note and a table's title, a notice to mariners with buoy numbers, a byline, tickers
and an ISIN with a dial-in code, an auditor's note and a next release date, a law's article
and a bill's number, a photo caption with a kilometre marker. Every expectation was written
from reading the text, before the parser was run on it.
"""

from __future__ import annotations

from . import Example, c, ex

TJ = "Tajikistan"
RU = "Russia"
CN = "China"
KZ = "Kazakhstan"
KG = "Kyrgyzstan"
UZ = "Uzbekistan"

# --- 1. Tajikistan's customs service: foreign trade, January-September (20 Oct 2025) -------
TJ_PUB = "2025-10-20"
NINE = "2025-01/2025-09"
TRADE: list[Example] = [
    ex("lf15-tj-p1",
       "Tajikistan's foreign trade rises 14% to $6.1 billion in nine months\n\n"
       "DUSHANBE, 20 October - Tajikistan's foreign trade turnover reached $6.1 billion in "
       "January-September, up 14% on the same period last year, the Customs Service under the "
       "Government said in its monthly release.",
       c("14%", 14, "%", change="increase"),
       c("$6.1 billion", 6.1e9, "USD", metric="trade turnover", change=None),
       c("$6.1 billion", 6.1e9, "USD", nth=1, metric="trade turnover", period=NINE,
         change=None, entities=[TJ]),
       c("14%", 14, "%", nth=1, change="increase"),
       published=TJ_PUB),
    ex("lf15-tj-p2-balance",
       "Exports grew 9% to $1.52 billion, while imports rose 16% to $4.58 billion, leaving a "
       "trade deficit of $3.06 billion, against $2.57 billion a year earlier.",
       c("9%", 9, "%", change="increase"),
       c("$1.52 billion", 1.52e9, "USD", metric="exports", change=None),
       c("16%", 16, "%", change="increase"),
       c("$4.58 billion", 4.58e9, "USD", metric="imports", change=None),
       c("$3.06 billion", 3.06e9, "USD", metric="trade balance", change=None),
       c("$2.57 billion", 2.57e9, "USD", change=None),
       published=TJ_PUB),
    ex("lf15-tj-p3-top-ten",
       "The top ten partners were Russia ($1.41 billion), China ($1.12 billion), Kazakhstan "
       "($986 million), Uzbekistan ($512 million), Turkey ($398 million), Iran ($214 "
       "million), Switzerland ($187 million), Afghanistan ($142 million), Belarus ($118 "
       "million) and Lithuania ($96 million).",
       c("$1.41 billion", 1.41e9, "USD", change=None, entities=[RU]),
       c("$1.12 billion", 1.12e9, "USD", change=None, entities=[CN]),
       c("$986 million", 986e6, "USD", change=None, entities=[KZ]),
       c("$512 million", 512e6, "USD", change=None, entities=[UZ]),
       c("$398 million", 398e6, "USD", change=None, entities=["Türkiye"]),
       c("$214 million", 214e6, "USD", change=None, entities=["Iran"]),
       c("$187 million", 187e6, "USD", change=None, entities=["Switzerland"]),
       c("$142 million", 142e6, "USD", change=None, entities=["Afghanistan"]),
       c("$118 million", 118e6, "USD", change=None, entities=["Belarus"]),
       c("$96 million", 96e6, "USD", change=None, entities=["Lithuania"]),
       published=TJ_PUB),
    ex("lf15-tj-p4-shares",
       "Together they accounted for 82.4% of turnover. Russia's share fell to 23.1% from "
       "25.6%, while China's rose to 18.4%.",
       c("82.4%", 82.4, "%", change=None),
       c("23.1%", 23.1, "%", change=None, entities=[RU]),
       c("25.6%", 25.6, "%", change=None),
       c("18.4%", 18.4, "%", change=None, entities=[CN]),
       published=TJ_PUB),
    ex("lf15-tj-p5-export-goods",
       "Aluminium remained the main export at $412 million, or 27% of the total, ahead of "
       "precious metals and concentrates at $388 million, cotton fibre at $176 million and "
       "electricity at $94 million.",
       c("$412 million", 412e6, "USD", change=None),
       c("27%", 27, "%", change=None),
       c("$388 million", 388e6, "USD", change=None),
       c("$176 million", 176e6, "USD", change=None),
       c("$94 million", 94e6, "USD", change=None),
       published=TJ_PUB),
    ex("lf15-tj-p6-tonnes",
       "In physical terms the country exported 318,000 tonnes of aluminium, 96,400 tonnes of "
       "cotton fibre and 1.9 billion kWh of electricity, mostly to Uzbekistan and "
       "Afghanistan.",
       c("318,000 tonnes", 318e3, "t", change=None),
       c("96,400 tonnes", 96.4e3, "t", change=None),
       c("1.9 billion kWh", 1.9e9, "kWh", metric="electricity exports", change=None),
       published=TJ_PUB),
    ex("lf15-tj-p7-import-goods",
       "On the import side, machinery and equipment made up $1.03 billion, mineral products "
       "including fuel $842 million, food $764 million and vehicles $391 million. Imports of "
       "wheat and flour came to 812,000 tonnes worth $221 million.",
       c("$1.03 billion", 1.03e9, "USD", change=None),
       # metrics added after the first run, as the guard of a fix ("mineral products" read
       # as exports by its bare "products")
       c("$842 million", 842e6, "USD", change=None, metric="imports"),
       c("$764 million", 764e6, "USD", change=None, metric="imports"),
       c("$391 million", 391e6, "USD", change=None, metric="imports"),
       c("812,000 tonnes", 812e3, "t", change=None),
       c("$221 million", 221e6, "USD", change=None),
       published=TJ_PUB),
    ex("lf15-tj-p8-neg-method",
       "The data follow the general trade system and are compiled from customs declarations; "
       "exports are valued FOB and imports CIF. Commodity groups follow chapters 1-97 of the "
       "HS nomenclature.",
       published=TJ_PUB),
    ex("lf15-tj-p9-september",
       "In September alone, turnover was $742 million, 6.3% more than in August. Exports came "
       "to $181 million.",
       c("$742 million", 742e6, "USD", metric="trade turnover", period="2025-09",
         change=None),
       c("6.3%", 6.3, "%", change="increase"),
       c("$181 million", 181e6, "USD", metric="exports", period="2025-09", change=None),
       published=TJ_PUB),
    ex("lf15-tj-p10-eaeu",
       "Trade with the countries of the Eurasian Economic Union totalled $2.58 billion, or "
       "42.3% of the total, and with the rest of the world $3.52 billion.",
       c("$2.58 billion", 2.58e9, "USD", metric="trade turnover", change=None),
       c("42.3%", 42.3, "%", change=None),
       c("$3.52 billion", 3.52e9, "USD", change=None),
       published=TJ_PUB),
    ex("lf15-tj-p11-declarations",
       "Customs processed 214,600 declarations in the period, 11% more than a year earlier, "
       "and collected 7.9 billion somoni in duties and taxes, 38% of the state budget's tax "
       "revenue.",
       c("214,600 declarations", 214600, "count", change=None),
       c("11%", 11, "%", change="increase"),
       c("7.9 billion somoni", 7.9e9, "TJS", change=None),
       c("38%", 38, "%", change=None),
       published=TJ_PUB),
    ex("lf15-tj-p12-neg-address",
       "Customs Service under the Government of the Republic of Tajikistan, 734025 Dushanbe, "
       "27 Nazarshoev Street. Press centre: +992 37 227 51 64, www.customs.tj. Release No. "
       "9/2025.",
       published=TJ_PUB),
    ex("lf15-tj-p13-neg-table",
       "Figures may not add up due to rounding. Table 1: foreign trade by month, January 2024 "
       "- September 2025 (USD thousand).",
       published=TJ_PUB),
]

# --- 2. Low water on the Volga-Caspian canal (wire story, 27 Aug 2025) ---------------------
VC_PUB = "2025-08-27"
VOLGA: list[Example] = [
    ex("lf15-vc-p1",
       "Low water on Volga-Caspian canal strands barges, lifts freight rates\n\n"
       "ASTRAKHAN, 27 August - Barge traffic on the Volga-Caspian Sea Canal has slowed "
       "sharply as a hot, dry summer pushed the water level in the lower Volga to its lowest "
       "since 2010, forcing the port authority to cut the permitted draught to 3.4 metres "
       "from 4.2 metres.",
       c("3.4 metres", 3.4, "m", metric="depth", change=None),
       c("4.2 metres", 4.2, "m", metric="depth", change=None),
       published=VC_PUB),
    ex("lf15-vc-p2-load",
       "At the new limit, a river-sea vessel of the Volgo-Balt type that normally loads 3,000 "
       "tonnes can take only about 2,100 tonnes, a cut of 30%, shipping agents said.",
       c("3,000 tonnes", 3000, "t", change=None),
       c("2,100 tonnes", 2100, "t", approx="approx", change=None),
       c("30%", 30, "%", change="decrease"),
       published=VC_PUB),
    ex("lf15-vc-p3-queue",
       "About 140 vessels were waiting at the canal's approaches on Tuesday, against 35 in a "
       "normal August week, and average delays have stretched to six to eight days from less "
       "than two days.",
       c("140 vessels", 140, "count", approx="approx", change=None),
       c("35", 35, "count", change=None),
       c("six to eight days", 6, "day", value_high=8),
       c("two days", 2, "day", approx="max"),
       published=VC_PUB),
    ex("lf15-vc-p4-surcharge",
       "Owners have added a low-water surcharge of $4-6 per tonne on grain cargoes from "
       "Astrakhan to Iran's Caspian ports, lifting the all-in rate to around $32 per tonne, up "
       "from $24 in June.",
       c("$4-6", 4, "USD", value_high=6, per="t", change=None),
       c("$32", 32, "USD", approx="approx", per="t", change=None),
       c("$24", 24, "USD", change=None),
       published=VC_PUB),
    ex("lf15-vc-p5-grain",
       "Grain shipments through Astrakhan and Olya fell to 410,000 tonnes in July, 37% less "
       "than a year earlier, the regional agriculture department said.",
       c("410,000 tonnes", 410e3, "t", period="2025-07", change=None),
       c("37%", 37, "%", change="decrease"),
       published=VC_PUB),
    ex("lf15-vc-p6-neg-notice",
       "Notice to mariners No. 118/25 of the Astrakhan sea port authority applies from 00:00 "
       "Moscow time on 20 August to buoys 14 through 62 of the canal.",
       published=VC_PUB),
    ex("lf15-vc-p7-dredging",
       "Rosmorrechflot said dredgers had removed 1.2 million cubic metres of silt from the "
       "canal since May and that it would spend 2.3 billion roubles on dredging this year, "
       "against a need it put at 4 billion.",
       c("1.2 million cubic metres", 1.2e6, "m3", change=None),
       c("2.3 billion roubles", 2.3e9, "RUB", kind="projection", change=None),
       c("4 billion", 4e9, "RUB", change=None),
       published=VC_PUB),
    ex("lf15-vc-p8-level",
       "The gauge at Astrakhan showed the river at 62 centimetres below its long-term average "
       "on Monday, and hydrologists expect it to fall a further 15-20 centimetres by "
       "mid-September.",
       # kind added after the first run, as the guard of a fix: the hydrologists' forecast
       # is a clause of its own, Monday's reading is seen
       c("62 centimetres", 62, "cm", kind="actual"),
       c("15-20 centimetres", 15, "cm", value_high=20, change="decrease", kind="projection"),
       published=VC_PUB),
    ex("lf15-vc-p9-iran",
       "Iran's ports of Anzali and Amirabad received 27% less cargo from Russia in July, while "
       "Kazakhstan's Aktau, which lies outside the shallow northern Caspian, saw little "
       "effect.",
       c("27%", 27, "%", change="decrease", period="2025-07"),
       published=VC_PUB),
    ex("lf15-vc-p10-costs",
       "Shipping agents estimate that each day a loaded barge waits costs its owner "
       "$2,500-3,000 in charter hire and crew, and that the low water has cost the river "
       "fleet more than 1.5 billion roubles since July.",
       c("$2,500-3,000", 2500, "USD", value_high=3000, per="day", change=None),
       c("1.5 billion roubles", 1.5e9, "RUB", approx="min", change=None),
       published=VC_PUB),
    ex("lf15-vc-p11-rail",
       "Some grain exporters have switched to rail via Kazakhstan and Turkmenistan, which "
       "takes 12-14 days to Iran's border at Incheh Borun, and Russian Railways said loadings "
       "for Iran rose 18% in August.",
       c("12-14 days", 12, "day", value_high=14),
       c("18%", 18, "%", change="increase", period="2025-08"),
       published=VC_PUB),
    ex("lf15-vc-p12-neg-byline",
       "Reporting by Olga Vasilyeva in Astrakhan; additional reporting by Reza Karimi in "
       "Rasht. Editing by Mark Potter.",
       published=VC_PUB),
    ex("lf15-vc-p13-outlook",
       "Forecasters see no relief before October, when autumn rains usually lift the level by "
       "30-40 centimetres; until then the draught limit is expected to stay at 3.4 metres or "
       "go lower.",
       c("30-40 centimetres", 30, "cm", value_high=40, change="increase"),
       c("3.4 metres", 3.4, "m", metric="depth", kind="projection", change=None),
       published=VC_PUB),
]

# --- 3. A Kazakh logistics group's half-year results (21 Aug 2025) --------------------------
HY_PUB = "2025-08-21"
H1 = "2025-01/2025-06"
RESULTS: list[Example] = [
    ex("lf15-hy-p1",
       "Alatau Logistics lifts half-year EBITDA 19%, keeps dividend\n\n"
       "ALMATY, 21 August - Alatau Logistics Group, a Kazakh freight forwarder and terminal "
       "operator, said on Thursday its revenue rose 14% to 128.6 billion tenge in the first "
       "half of 2025, while EBITDA grew 19% to 31.2 billion tenge.",
       c("19%", 19, "%", change="increase"),
       c("14%", 14, "%", change="increase"),
       c("128.6 billion tenge", 128.6e9, "KZT", metric="revenue", period=H1, change=None),
       c("19%", 19, "%", nth=1, change="increase"),
       c("31.2 billion tenge", 31.2e9, "KZT", metric="ebitda", period=H1, change=None),
       published=HY_PUB),
    ex("lf15-hy-p2-margin",
       "The EBITDA margin widened to 24.3% from 23.4% a year earlier as higher rail volumes "
       "through Khorgos filled the group's terminals. Net profit rose 8% to 14.7 billion "
       "tenge.",
       c("24.3%", 24.3, "%", change=None),
       c("23.4%", 23.4, "%", change=None),
       c("8%", 8, "%", change="increase"),
       c("14.7 billion tenge", 14.7e9, "KZT", metric="profit", change=None),
       published=HY_PUB),
    ex("lf15-hy-p3-segments",
       "Rail freight forwarding, the largest segment, brought in 71.4 billion tenge, terminals "
       "and warehousing 32.8 billion and trucking 24.4 billion.",
       c("71.4 billion tenge", 71.4e9, "KZT", change=None),
       c("32.8 billion", 32.8e9, "KZT", change=None),
       c("24.4 billion", 24.4e9, "KZT", change=None),
       published=HY_PUB),
    ex("lf15-hy-p4-volumes",
       "The group handled 412,000 TEU in the half year, up 11%, and 6.3 million tonnes of bulk "
       "and general cargo, 2% less than in January-June 2024. Its terminal at Khorgos worked at "
       "87% of capacity.",
       c("412,000 TEU", 412e3, "TEU", change=None),
       c("11%", 11, "%", change="increase"),
       c("6.3 million tonnes", 6.3e6, "t", change=None),
       c("2%", 2, "%", change="decrease"),
       c("87%", 87, "%", change=None),
       published=HY_PUB),
    ex("lf15-hy-p5-capex",
       "Capital expenditure more than doubled to 22.5 billion tenge, mainly on 600 new "
       "fitting platforms and a 40,000-square-metre warehouse in Astana due to open in "
       "December.",
       # kind added after the first run, as the guard of a fix: the warehouse's opening in
       # December is no plan for the half year's spending
       c("doubled", 2, "x", approx="min", change="increase", kind="actual"),
       c("22.5 billion tenge", 22.5e9, "KZT", metric="capital expenditure", change=None,
         kind="actual"),
       c("600 new fitting platforms", 600, "count", change=None),
       c("40,000-square-metre", 40000, "m2"),
       published=HY_PUB),
    ex("lf15-hy-p6-debt",
       "Net debt stood at 58.9 billion tenge at the end of June, or 1.1 times annualised "
       "EBITDA, compared with 49.3 billion tenge at the start of the year. Cash and "
       "equivalents were 17.6 billion tenge.",
       c("58.9 billion tenge", 58.9e9, "KZT", change=None),
       c("1.1 times", 1.1, "x", change=None),
       # metric added after the first run, as the guard of a fix: net debt's earlier level,
       # not the EBITDA the ratio is set against (net debt is read as "loan")
       c("49.3 billion tenge", 49.3e9, "KZT", change=None, metric="loan"),
       c("17.6 billion tenge", 17.6e9, "KZT", change=None),
       published=HY_PUB),
    ex("lf15-hy-p7-dividend",
       "The board recommended an interim dividend of 85 tenge per share, unchanged from last "
       "year, a payout of about 40% of first-half net profit. The record date is 15 "
       "September.",
       c("85 tenge", 85, "KZT", metric="dividends", change=None),
       c("40%", 40, "%", approx="approx", change=None),
       published=HY_PUB),
    ex("lf15-hy-p8-neg-tickers",
       "Alatau Logistics Group JSC (AIX: ALG, KASE: ALGL, ISIN KZ1C00012345). Conference call "
       "for analysts at 14:00 Astana time (UTC+5); dial-in +7 727 355 01 20, code 4417#.",
       published=HY_PUB),
    ex("lf15-hy-p9-guidance",
       "For the full year the group raised its revenue guidance to 265-275 billion tenge from "
       "255-265 billion and expects EBITDA of at least 62 billion tenge. Capex is planned at "
       "48 billion tenge.",
       c("265-275 billion tenge", 265e9, "KZT", value_high=275e9, metric="revenue",
         kind="projection", period="2025", change=None),
       c("255-265 billion", 255e9, "KZT", value_high=265e9, kind="projection", change=None),
       c("62 billion tenge", 62e9, "KZT", approx="min", metric="ebitda", kind="projection",
         change=None),
       c("48 billion tenge", 48e9, "KZT", metric="capital expenditure", kind="projection",
         change=None),
       published=HY_PUB),
    ex("lf15-hy-p10-quote",
       "'China-Europe volumes through Kazakhstan are holding up better than we feared,' chief "
       "executive Daulet Seitkali said. 'We expect the second half to bring another 450,000 "
       "TEU.'",
       c("450,000 TEU", 450e3, "TEU", kind="projection", period="2025-07/2025-12",
         change=None),
       published=HY_PUB),
    ex("lf15-hy-p11-staff",
       "Headcount rose to 3,870 from 3,540, and personnel costs increased 17% as the group "
       "raised drivers' and terminal staff wages by an average of 12% in April.",
       c("3,870", 3870, "count", change=None),
       c("3,540", 3540, "count", change=None),
       # metric added after the first run, as the guard of a fix ("costs" read as a
       # project's cost)
       c("17%", 17, "%", change="increase", metric="operating expenses"),
       c("12%", 12, "%", change="increase"),
       published=HY_PUB),
    ex("lf15-hy-p12-neg-auditor",
       "The interim condensed financial statements for the six months ended 30 June 2025 "
       "were reviewed by the auditor and are available at www.alataulogistics.kz/ir. Investor "
       "relations: ir@alataulogistics.kz.",
       published=HY_PUB),
    ex("lf15-hy-p13-shares",
       "The shares rose 3.2% to 4,180 tenge on the Astana International Exchange after the "
       "results, valuing the group at about 418 billion tenge.",
       c("3.2%", 3.2, "%", change="increase"),
       c("4,180 tenge", 4180, "KZT", change=None),
       c("418 billion tenge", 418e9, "KZT", approx="approx", change=None),
       published=HY_PUB),
    ex("lf15-hy-p14-neg-calendar",
       "Results for the nine months will be published on 20 November 2025. All figures are "
       "unaudited and under IFRS; 1H 2024 was restated for the sale of the Aktobe depot.",
       published=HY_PUB),
]

# --- 4. A Kyrgyz parliamentary hearing on the China-Kyrgyzstan-Uzbekistan railway ----------
RW_PUB = "2025-11-12"
RAILWAY: list[Example] = [
    ex("lf15-rw-p1",
       "Kyrgyz deputies question cost of China-Kyrgyzstan-Uzbekistan railway\n\n"
       "BISHKEK, 12 November - Members of the Jogorku Kenesh pressed ministers on Wednesday "
       "over the cost of the China-Kyrgyzstan-Uzbekistan railway, whose 305-kilometre Kyrgyz "
       "section is now estimated at $4.7 billion.",
       c("305-kilometre", 305, "km", change=None),
       c("$4.7 billion", 4.7e9, "USD", metric="project cost", change=None),
       published=RW_PUB),
    ex("lf15-rw-p2-length",
       "Transport Minister Tilek Tekebaev told the committee on transport and communications "
       "that the line will run 523 km in total, from Kashgar via Torugart and Jalal-Abad to "
       "Andijan: 172 km in China, 305 km in Kyrgyzstan and about 46 km in Uzbekistan.",
       c("523 km", 523, "km", metric="route length", change=None),
       c("172 km", 172, "km", change=None, entities=[CN]),
       c("305 km", 305, "km", change=None, entities=[KG]),
       c("46 km", 46, "km", approx="approx", change=None, entities=[UZ]),
       published=RW_PUB),
    ex("lf15-rw-p3-gauge",
       "The line will be built to the 1,435 mm standard gauge, with a break of gauge at the "
       "Uzbek border where it meets the 1,520 mm network. It will have 48 tunnels totalling "
       "62 km and 90 bridges.",
       c("1,435 mm", 1435, "mm"),
       c("1,520 mm", 1520, "mm"),
       c("48 tunnels", 48, "count", change=None),
       c("62 km", 62, "km", change=None),
       c("90 bridges", 90, "count", change=None),
       published=RW_PUB),
    ex("lf15-rw-p4-financing",
       "The joint venture building the line is owned 51% by China and 24.5% each by "
       "Kyrgyzstan and Uzbekistan. It will put in $1.4 billion of equity, and the remaining "
       "$3.3 billion will be borrowed, mostly from Chinese state banks.",
       c("51%", 51, "%", change=None, entities=[CN]),
       c("24.5%", 24.5, "%", change=None),
       c("$1.4 billion", 1.4e9, "USD", change=None),
       c("$3.3 billion", 3.3e9, "USD", change=None),
       published=RW_PUB),
    ex("lf15-rw-p5-estimates",
       "Deputy Dastan Bekeshev said the figure had grown from $3 billion quoted in 2022, and "
       "cited an Asian Development Bank study that put the Kyrgyz section alone at $5.5-6 "
       "billion once tunnelling risks were priced in.",
       c("$3 billion", 3e9, "USD", change=None),
       c("$5.5-6 billion", 5.5e9, "USD", value_high=6e9, change=None),
       published=RW_PUB),
    ex("lf15-rw-p6-rebuttal",
       "Tekebaev replied that the earlier figure excluded 32 km of access roads and power "
       "lines, and that the $4.7 billion included a contingency of 10%. 'No one will build it "
       "for three billion,' he said.",
       c("32 km", 32, "km", change=None),
       c("$4.7 billion", 4.7e9, "USD", change=None),
       c("10%", 10, "%", change=None),
       c("three billion", 3e9, "USD", change=None),
       published=RW_PUB),
    ex("lf15-rw-p7-traffic",
       "The ministry expects the railway to carry 15 million tonnes a year in its first "
       "phase, rising to 25 million tonnes later, and to cut the transit time from China to "
       "Uzbekistan to 5-6 days from 10-12 by road and rail via Kazakhstan.",
       c("15 million tonnes", 15e6, "t", per="year", kind="projection", change=None),
       c("25 million tonnes", 25e6, "t", kind="projection", change=None),
       c("5-6 days", 5, "day", value_high=6, kind="projection", metric="transit time"),
       c("10-12", 10, "day", value_high=12),
       published=RW_PUB),
    ex("lf15-rw-p8-fees",
       "Kyrgyzstan hopes to earn $180-200 million a year in transit fees, said Economy "
       "Minister Daniyar Amangeldiev, while Bekeshev argued that at a tariff of $6 per tonne "
       "the line would need more than 30 years to repay its debt.",
       c("$180-200 million", 180e6, "USD", value_high=200e6, per="year", kind="projection",
         change=None),
       c("$6", 6, "USD", per="t", change=None),
       c("30 years", 30, "year", approx="min"),
       published=RW_PUB),
    ex("lf15-rw-p9-neg-law",
       "The hearing was held under Article 74 of the Constitution; the draft law No. "
       "6-24567/25 on ratifying the intergovernmental agreement signed in Beijing on 6 June "
       "2024 goes to a first reading on 19 November.",
       published=RW_PUB),
    ex("lf15-rw-p10-land",
       "Some 1,200 hectares of land will be taken for the route in Naryn and Jalal-Abad "
       "regions, where 1,500 households will receive compensation, and construction is to "
       "employ 20,000 people at its peak, 70% of them local.",
       c("1,200 hectares", 1200, "ha", approx="approx", change=None),
       c("1,500 households", 1500, "count", change=None),
       c("20,000 people", 20000, "count", kind="projection", change=None),
       c("70%", 70, "%", change=None),
       published=RW_PUB),
    ex("lf15-rw-p11-timing",
       "Construction started at the end of December 2024 and is scheduled to take six years, "
       "with the first trains in 2030.",
       c("six years", 6, "year", kind="projection"),
       published=RW_PUB),
    ex("lf15-rw-p12-edb",
       "A study by the Eurasian Development Bank estimates that the line could carry up to 8 "
       "million tonnes in its first years, well below the ministry's figure, and warns that "
       "tunnels would add $700 million if the route through the At-Bashi range is chosen.",
       c("8 million tonnes", 8e6, "t", approx="max", kind="projection", change=None),
       c("$700 million", 700e6, "USD", kind="projection"),
       published=RW_PUB),
    ex("lf15-rw-p13-neg-photo",
       "By Aibek Turdumamatov. Photo: a survey crew near kilometre 112 of the planned route, "
       "Naryn region. (c) 24.kg",
       published=RW_PUB),
]

EXAMPLES: list[Example] = [*TRADE, *VOLGA, *RESULTS, *RAILWAY]

KNOWN_GAPS: dict[str, str] = {
    "lf15-rw-p6-rebuttal": "'No one will build it for three billion,' he said: a scaled number "
                           "without a unit takes the currency of '$4.7 billion' only in its own "
                           "sentence (lend_unit stops at the sentence's end); across the quote's "
                           "boundary it stays a count",
}
