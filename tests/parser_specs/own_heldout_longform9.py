"""Held-out paragraphs of whole news articles, a ninth round, written after the parser.

Five more articles of genres the earlier rounds (`own_heldout_longform` to
`own_heldout_longform8`) did not cover, written in our own words and cut into paragraphs, one
example a paragraph (its id `lf9-GENRE-pN`), so that what a paragraph's sentences lend each
other is tested as an analyst reads it: a Kazakh national statistics bureau's transport
release in translated English ("In January-October 2025 ... amounted to", "compared to the
corresponding period", the index of physical volume, tenge and dollars, transport's share of
GDP); a Turkmen state news agency's piece on gas exports to China and the TAPI pipeline (bcm,
km of pipe, lines and phases, compressor stations, dollar figures, plans to 2030); a dry-port
piece on Khorgos and Altynkol (TEU handled, trains a day, gauge-change capacity, hectares, a
special economic zone's residents and investment); a digital-trade piece on eTIR, electronic
queues and paperless crossings (hours and percent saved, declarations, USD saved per truck,
adoption shares); and a cotton and textile piece from Uzbekistan (harvest, yield, fibre, yarn
and fabric output, exports by partner, shares of processed cotton, targets for 2026 and 2030,
clusters). About a fifth are paragraphs without a claim: a methodological note and a form's
number, a table's title and units, a release schedule and phone, a decree's number, tags and
photo credits, checkpoint and station codes, a convention's annex, HS codes and a unit's
definition. Every expectation was written from reading the text, before the parser was run on
it.
"""

from __future__ import annotations

from . import Example, c, ex

KZ = "Kazakhstan"
UZ = "Uzbekistan"
TM = "Turkmenistan"
CN = "China"
KG = "Kyrgyzstan"

# --- 1. A Kazakh statistics bureau's transport release (published 20 Nov 2025) ----------
ST_PUB = "2025-11-20"
JO = "2025-01/2025-10"
STATS: list[Example] = [
    ex("lf9-stat-p1",
       "Freight transport in Kazakhstan grows 6.4% in January-October\n\n"
       "ASTANA. In January-October 2025, the volume of cargo transportation by all modes of "
       "transport amounted to 814.6 million tonnes, or 106.4% compared to the corresponding "
       "period of 2024, the Bureau of National Statistics reported.",
       c("6.4%", 6.4, "%", change="increase", period=JO),
       c("814.6 million tonnes", 814.6e6, "t", period=JO, kind="actual", change=None),
       c("106.4%", 1.064, "x", change="increase", period=JO),
       published=ST_PUB),
    ex("lf9-stat-p2-turnover",
       "Freight turnover amounted to 491.2 billion tonne-kilometres, the index of physical "
       "volume was 104.8%. Rail transport accounted for 258.3 billion tkm, an increase of "
       "3.1%.",
       c("491.2 billion tonne-kilometres", 491.2e9, "tkm", change=None),
       c("104.8%", 1.048, "x", change="increase"),
       c("258.3 billion tkm", 258.3e9, "tkm", change=None),
       c("3.1%", 3.1, "%", change="increase"),
       published=ST_PUB),
    ex("lf9-stat-p3-passengers",
       "All modes of transport carried 1.9 billion passengers, 2.7% more than in "
       "January-October 2024. Passenger turnover reached 142.5 billion passenger-kilometres.",
       c("1.9 billion passengers", 1.9e9, "count", metric="passenger count", change=None),
       c("2.7%", 2.7, "%", change="increase"),
       c("142.5 billion passenger-kilometres", 142.5e9, "pkm", change=None),
       published=ST_PUB),
    ex("lf9-stat-p4-income",
       "Income of transport enterprises from cargo transportation amounted to 3.72 trillion "
       "tenge (about $7.3 billion at the average exchange rate of 508.6 tenge per dollar), "
       "11.2% more than a year earlier.",
       c("3.72 trillion tenge", 3.72e12, "KZT", change=None),
       c("$7.3 billion", 7.3e9, "USD", approx="approx", change=None),
       c("508.6 tenge", 508.6, "KZT", per="USD", metric="exchange rate"),
       # the income's change, the bracketed conversion passed over
       c("11.2%", 11.2, "%", change="increase", metric="revenue"),
       published=ST_PUB),
    ex("lf9-stat-p5-gdp-share",
       "The share of transport and warehousing in gross domestic product was 6.9% in "
       "January-September 2025, against 6.7% a year earlier. Gross value added of the "
       "industry reached 7.84 trillion tenge.",
       c("6.9%", 6.9, "%", period="2025-01/2025-09", change=None),
       c("6.7%", 6.7, "%", change=None),
       c("7.84 trillion tenge", 7.84e12, "KZT", change=None),
       published=ST_PUB),
    ex("lf9-stat-p6-investment",
       "Investment in fixed capital of transport and warehousing amounted to 2.31 trillion "
       "tenge, the index of physical volume was 118.5%. Of this, 41% was financed from "
       "enterprises' own funds.",
       c("2.31 trillion tenge", 2.31e12, "KZT", change=None),
       c("118.5%", 1.185, "x", change="increase"),
       c("41%", 41, "%", change=None),
       published=ST_PUB),
    ex("lf9-stat-p7-ports-transit",
       "Sea ports handled 6.8 million tonnes of cargo, 9.3% less than in the corresponding "
       "period of 2024. Transit through Kazakhstan by rail reached 22.1 million tonnes "
       "(+12.6%).",
       c("6.8 million tonnes", 6.8e6, "t", change=None),
       c("9.3%", 9.3, "%", change="decrease"),
       c("22.1 million tonnes", 22.1e6, "t", change=None),
       c("+12.6%", 12.6, "%", change="increase"),
       published=ST_PUB),
    ex("lf9-stat-p8-neg-method",
       "Methodological note: transport data are compiled from statistical forms 1-TR (cargo) "
       "and 2-TR, approved by order No. 163 of 12 June 2023. Figures are preliminary.",
       published=ST_PUB),
    ex("lf9-stat-p9-neg-table",
       "Table 1. Cargo transportation by modes of transport, thousand tonnes",
       published=ST_PUB),
    ex("lf9-stat-p10-air-pipelines",
       "Air transport carried 38,400 tonnes of cargo, up 17.5%, while pipelines transported "
       "219.7 million tonnes of oil and gas.",
       c("38,400 tonnes", 38400, "t", change=None),
       c("17.5%", 17.5, "%", change="increase"),
       c("219.7 million tonnes", 219.7e6, "t", change=None),
       published=ST_PUB),
    ex("lf9-stat-p11-neg-schedule",
       "The next release on transport will be published on 15 December 2025. Contact: "
       "+7 7172 74 95 12.",
       published=ST_PUB),
]

# --- 2. A Turkmen state news agency on gas to China and TAPI (published 10 Sep 2025) -----
TM_PUB = "2025-09-10"
GAS: list[Example] = [
    ex("lf9-gas-p1",
       "Turkmen gas deliveries to China exceed 400 billion cubic metres\n\n"
       "ASHGABAT, 9 September (TDH). Since the commissioning of the Turkmenistan-China gas "
       "pipeline in December 2009, more than 400 billion cubic metres of natural gas have "
       "been delivered to the People's Republic of China, the State Concern Turkmengaz "
       "reported.",
       c("400 billion cubic metres", 400e9, "m3", approx="min"),
       c("400 billion cubic metres", 400e9, "m3", nth=1, approx="min"),
       published=TM_PUB),
    ex("lf9-gas-p2-lines",
       "The pipeline, 1,833 km long, runs through Uzbekistan and Kazakhstan and consists of "
       "three lines with a total design capacity of 55 billion cubic metres a year. In 2024, "
       "Turkmenistan supplied about 33 billion cubic metres to China.",
       c("1,833 km", 1833, "km"),
       # a number word before the facilities counted is a count (house convention: "two
       # vessels", "five departures"); expectation corrected from none
       c("three lines", 3, "count"),
       c("55 billion cubic metres", 55e9, "m3", per="year"),
       c("33 billion cubic metres", 33e9, "m3", approx="approx", period="2024", per=None),
       published=TM_PUB),
    ex("lf9-gas-p3-line-d",
       "Line D, which is to pass through Uzbekistan, Tajikistan and Kyrgyzstan, will add 30 "
       "billion cubic metres of annual capacity and raise total exports to China to 65 "
       "billion cubic metres. The route of line D is 1,000 km long, of which 840 km will be "
       "outside Turkmenistan.",
       c("30 billion cubic metres", 30e9, "m3", kind="projection"),
       c("65 billion cubic metres", 65e9, "m3", kind="projection"),
       c("1,000 km", 1000, "km"),
       c("840 km", 840, "km"),
       published=TM_PUB),
    ex("lf9-gas-p4-galkynysh",
       "The main resource base for exports is the Galkynysh field, whose reserves are "
       "estimated at 27.4 trillion cubic metres. The third phase of its development will "
       "provide 10 billion cubic metres of commercial gas a year.",
       c("27.4 trillion cubic metres", 27.4e12, "m3", metric="reserves"),
       c("10 billion cubic metres", 10e9, "m3", per="year", kind="projection"),
       published=TM_PUB),
    ex("lf9-gas-p5-tapi",
       "Construction of the Turkmenistan-Afghanistan-Pakistan-India pipeline continues. The "
       "1,814 km pipeline is designed to carry 33 billion cubic metres of gas a year, and its "
       "cost is estimated at $10 billion.",
       c("1,814 km", 1814, "km"),
       c("33 billion cubic metres", 33e9, "m3", per="year"),
       c("$10 billion", 10e9, "USD"),
       published=TM_PUB),
    ex("lf9-gas-p6-sections",
       "The Turkmen section, 214 km long, was completed in 2024, and work on the Afghan "
       "section of 816 km began in September with the laying of the first 153 km from "
       "Serhetabat to Herat.",
       c("214 km", 214, "km"),
       c("816 km", 816, "km"),
       c("153 km", 153, "km"),
       published=TM_PUB),
    ex("lf9-gas-p7-compressors",
       "Three compressor stations with a combined capacity of 75 megawatts will be built on "
       "the Afghan section, and the pipeline is expected to create about 12,000 jobs in "
       "Afghanistan.",
       # stations counted in words, as "three lines" above (expectation corrected)
       c("Three compressor stations", 3, "count", kind="projection"),
       c("75 megawatts", 75, "MW", kind="projection"),
       c("12,000 jobs", 12000, "count", approx="approx", kind="projection"),
       published=TM_PUB),
    ex("lf9-gas-p8-neg-decree",
       "The programme was approved by the Resolution of the President of Turkmenistan No. "
       "2314 of 5 September 2025.",
       published=TM_PUB),
    ex("lf9-gas-p9-earnings",
       "According to the Ministry of Finance and Economy, natural gas accounts for more than "
       "80% of the country's export earnings, and revenues from gas sales to China exceeded "
       "$9.6 billion last year.",
       c("80%", 80, "%", approx="min"),
       c("$9.6 billion", 9.6e9, "USD", approx="min", period="2024"),
       published=TM_PUB),
    ex("lf9-gas-p10-plans",
       "By 2030, Turkmenistan plans to raise gas production to 250 billion cubic metres a "
       "year and exports to 125 billion cubic metres.",
       c("250 billion cubic metres", 250e9, "m3", per="year", kind="projection",
         period="2030", change=None),
       c("125 billion cubic metres", 125e9, "m3", kind="projection", period="2030",
         change=None, metric="gas exports"),
       published=TM_PUB),
    ex("lf9-gas-p11-neg-tags",
       "Photo: Turkmengaz press service. Tags: gas, China, TAPI, Galkynysh, Line D",
       published=TM_PUB),
]

# --- 3. A dry-port piece on Khorgos and Altynkol (published 10 Dec 2025) -----------------
KH_PUB = "2025-12-10"
JN = "2025-01/2025-11"
DRYPORT: list[Example] = [
    ex("lf9-dry-p1",
       "Khorgos Gateway handles 400,000 containers in eleven months\n\n"
       "KHORGOS, Dec 10 - The Khorgos Gateway dry port on the Kazakh-Chinese border handled "
       "402,600 TEU in January-November 2025, 14% more than in the same period last year, the "
       "port's management company said.",
       c("400,000 containers", 400000, "count", change=None),
       c("402,600 TEU", 402600, "TEU", period=JN, change=None),
       c("14%", 14, "%", change="increase"),
       published=KH_PUB),
    ex("lf9-dry-p2-trains-gauge",
       "Up to 18 container trains a day now pass through the port, against 12 trains a day a "
       "year ago. Its five gantry cranes can transfer a full train between the Chinese "
       "1,435 mm and the Kazakh 1,520 mm gauge in 47 minutes.",
       c("18 container trains", 18, "count", approx="max", per="day"),
       c("12 trains", 12, "count", per="day"),
       c("1,435 mm", 1435, "mm"),
       c("1,520 mm", 1520, "mm"),
       c("47 minutes", 47, "min"),
       published=KH_PUB),
    ex("lf9-dry-p3-area-capacity",
       "The dry port covers 129 hectares and has a design capacity of 540,000 TEU a year; "
       "expansion to 1 million TEU is planned by 2028.",
       c("129 hectares", 129, "ha"),
       c("540,000 TEU", 540000, "TEU", per="year", metric="capacity"),
       c("1 million TEU", 1e6, "TEU", kind="projection", period="2028"),
       published=KH_PUB),
    ex("lf9-dry-p4-altynkol",
       "On the Kazakh side, Altynkol station processed 8.9 million tonnes of cargo over the "
       "eleven months, including 5.1 million tonnes of transit. Its gauge-change capacity was "
       "raised to 24 pairs of trains a day after a second transshipment yard opened in June.",
       c("8.9 million tonnes", 8.9e6, "t", change=None),
       c("5.1 million tonnes", 5.1e6, "t", change=None),
       c("24 pairs of trains", 24, "count", per="day"),
       published=KH_PUB),
    ex("lf9-dry-p5-sez",
       "The Khorgos Eastern Gate special economic zone, which occupies 225 hectares next to "
       "the dry port, now has 38 residents with a combined investment of 187 billion tenge "
       "($368 million).",
       c("225 hectares", 225, "ha"),
       c("38 residents", 38, "count"),
       c("187 billion tenge", 187e9, "KZT"),
       c("$368 million", 368e6, "USD"),
       published=KH_PUB),
    ex("lf9-dry-p6-residents",
       "Residents include a grain terminal with a capacity of 500,000 tonnes a year, a "
       "fertiliser plant and a logistics centre of 20,000 square metres; together they employ "
       "about 2,300 people.",
       c("500,000 tonnes", 500000, "t", per="year", metric="capacity"),
       c("20,000 square metres", 20000, "m2"),
       c("2,300 people", 2300, "count", approx="approx"),
       published=KH_PUB),
    ex("lf9-dry-p7-dwell",
       "The average time a container stays in the port fell to 2.4 days from 3.1 days, and "
       "the share of containers cleared electronically reached 92%.",
       c("2.4 days", 2.4, "day"),
       c("3.1 days", 3.1, "day"),
       c("92%", 92, "%", change=None),
       published=KH_PUB),
    ex("lf9-dry-p8-neg-codes",
       "Checkpoint codes: Nur Zholy road checkpoint KZ 39801; Altynkol railway station code "
       "709900.",
       published=KH_PUB),
    ex("lf9-dry-p9-icbc",
       "Trade through the Khorgos International Centre for Boundary Cooperation, a duty-free "
       "zone straddling the border, reached $1.2 billion, and the centre received 8.6 million "
       "visits.",
       c("$1.2 billion", 1.2e9, "USD", change=None),
       c("8.6 million visits", 8.6e6, "count"),
       published=KH_PUB),
    ex("lf9-dry-p10-outlook",
       "Management expects to handle 440,000 TEU in the full year 2025 and 500,000 TEU in "
       "2026, helped by a new line of 27 km to the Nurkent logistics park.",
       c("440,000 TEU", 440000, "TEU", kind="projection", period="2025"),
       c("500,000 TEU", 500000, "TEU", kind="projection", period="2026"),
       c("27 km", 27, "km"),
       published=KH_PUB),
    ex("lf9-dry-p11-neg-photo",
       "Photo: a gantry crane at the Khorgos Gateway transshipment yard, November 2025. "
       "Photographer: A. Nurlanov",
       published=KH_PUB),
]

# --- 4. A digital-trade piece on eTIR and electronic queues (published 22 Oct 2025) ------
DG_PUB = "2025-10-22"
DIGITAL: list[Example] = [
    ex("lf9-dig-p1",
       "Paperless borders cut waiting times by up to 60% on Central Asian routes\n\n"
       "GENEVA/ALMATY, Oct 22 - Electronic TIR transit (eTIR) and electronic queue systems "
       "have reduced border waiting times for trucks by up to 60% on pilot routes between "
       "China and the Caspian, according to a joint study by the IRU and the Asian "
       "Development Bank.",
       c("60%", 60, "%", approx="max", change="decrease"),
       c("60%", 60, "%", nth=1, approx="max", change="decrease"),
       published=DG_PUB),
    ex("lf9-dig-p2-hours",
       "On the Khorgos-Almaty-Tashkent corridor, average crossing time fell from 14 hours to "
       "5.5 hours after carriers switched to eTIR, a saving of 8.5 hours, or 61%.",
       c("14 hours", 14, "hour"),
       c("5.5 hours", 5.5, "hour"),
       c("8.5 hours", 8.5, "hour"),
       c("61%", 61, "%"),
       published=DG_PUB),
    ex("lf9-dig-p3-declarations",
       "Uzbekistan processed 48,700 declarations under eTIR in the first nine months of "
       "2025, up from 11,200 in the whole of 2024. Kazakhstan accounted for 36,300 "
       "declarations.",
       c("48,700 declarations", 48700, "count", period="2025-01/2025-09"),
       c("11,200", 11200, "count", period="2024"),
       c("36,300 declarations", 36300, "count"),
       published=DG_PUB),
    ex("lf9-dig-p4-savings",
       "The study estimates the saving at $120 to $180 per truck per crossing, mainly from "
       "lower fuel, driver and demurrage costs. For a carrier making 40 trips a year that "
       "adds up to $4,800-7,200 per vehicle.",
       c("$120 to $180", 120, "USD", value_high=180, per="truck"),
       c("40 trips", 40, "count", per="year"),
       # "adds up to" a total: no ceiling and no rise
       c("$4,800-7,200", 4800, "USD", value_high=7200, per="vehicle", approx=None, change=None),
       published=DG_PUB),
    ex("lf9-dig-p5-queue",
       "Since the electronic queue became mandatory at the Kazakh-Kyrgyz border in March, "
       "trucks book a slot online; 87% of crossings at Korday are now pre-booked, and the "
       "queue at the checkpoint has shrunk from about 1,200 vehicles to under 150.",
       c("87%", 87, "%"),
       c("1,200 vehicles", 1200, "count", approx="approx"),
       c("150", 150, "count", approx="max"),
       published=DG_PUB),
    ex("lf9-dig-p6-adoption",
       "Adoption is uneven. eTIR accounts for 64% of TIR operations in Uzbekistan and 38% in "
       "Kazakhstan, but for only 9% in Kyrgyzstan and none yet in Tajikistan.",
       c("64%", 64, "%", entities=[UZ]),
       c("38%", 38, "%", entities=[KZ]),
       c("9%", 9, "%", entities=[KG]),
       published=DG_PUB),
    ex("lf9-dig-p7-red-bridge",
       "Georgia and Azerbaijan have connected their customs systems so that a truck's data is "
       "sent ahead electronically; the average clearance at the Red Bridge crossing dropped "
       "to 42 minutes from 2 hours.",
       c("42 minutes", 42, "min"),
       c("2 hours", 2, "hour"),
       published=DG_PUB),
    ex("lf9-dig-p8-neg-annex",
       "eTIR is the digital version of the TIR Convention of 1975, administered by UNECE; "
       "its legal framework is Annex 11 of the Convention, in force since 25 May 2021.",
       published=DG_PUB),
    ex("lf9-dig-p9-pages-gdp",
       "Across the region, paper documents for a single consignment still average 27 pages. "
       "The ADB puts the potential gain from full digitalisation at 1.5% of regional GDP, or "
       "about $6 billion a year.",
       c("27 pages", 27, "count"),
       c("1.5%", 1.5, "%"),
       c("$6 billion", 6e9, "USD", approx="approx", per="year"),
       published=DG_PUB),
    ex("lf9-dig-p10-target",
       "The IRU aims to have 75% of TIR transports in Central Asia running electronically by "
       "the end of 2026.",
       c("75%", 75, "%", kind="projection", period="2026"),
       published=DG_PUB),
    ex("lf9-dig-p11-neg-checkpoints",
       "Checkpoints covered: Nur Zholy (KZ) / Khorgos (CN); Korday (KZ) / Ak-Zhol (KG); "
       "Yallama (UZ) / Zhibek Zholy (KZ). HS heading 8704 (goods vehicles).",
       published=DG_PUB),
]

# --- 5. Uzbekistan's cotton and textile sector (published 12 Nov 2025) -------------------
TX_PUB = "2025-11-12"
NINE = "2025-01/2025-09"
TEXTILE: list[Example] = [
    ex("lf9-tex-p1",
       "Uzbekistan's textile exports reach $2.6 billion in nine months\n\n"
       "TASHKENT, Nov 12 - Uzbekistan exported textile products worth $2.61 billion in "
       "January-September 2025, 7.4% more than a year earlier, the Uztextileprom association "
       "said.",
       c("$2.6 billion", 2.6e9, "USD", metric="exports", change=None),
       c("$2.61 billion", 2.61e9, "USD", metric="exports", period=NINE, change=None,
         entities=[UZ]),
       c("7.4%", 7.4, "%", change="increase"),
       published=TX_PUB),
    ex("lf9-tex-p2-harvest",
       "The 2025 raw cotton harvest totalled 3.46 million tonnes, collected from 950,000 "
       "hectares, with an average yield of 36.4 centners per hectare.",
       c("3.46 million tonnes", 3.46e6, "t", metric="harvest", period="2025"),
       c("950,000 hectares", 950000, "ha"),
       c("36.4 centners", 3.64, "t", per="ha", metric="yield"),
       published=TX_PUB),
    ex("lf9-tex-p3-clusters",
       "All of the harvest is now processed at home: the country has 136 cotton-textile "
       "clusters, which produced 648,000 tonnes of cotton fibre and 502,000 tonnes of yarn in "
       "the nine months.",
       c("136 cotton-textile clusters", 136, "count", metric="cluster count"),
       c("648,000 tonnes", 648000, "t"),
       c("502,000 tonnes", 502000, "t"),
       published=TX_PUB),
    ex("lf9-tex-p4-fabric",
       "Fabric output rose 11% to 742 million square metres, and knitted fabric to 218,000 "
       "tonnes. Garment and hosiery production reached 1.19 billion items.",
       c("11%", 11, "%", change="increase"),
       c("742 million square metres", 742e6, "m2", change=None),
       c("218,000 tonnes", 218000, "t"),
       c("1.19 billion items", 1.19e9, "count"),
       published=TX_PUB),
    ex("lf9-tex-p5-shares",
       "Yarn still made up 39% of exports by value, down from 47% in 2023, while finished "
       "garments rose to 31%. The share of processed cotton with high added value reached "
       "44%.",
       c("39%", 39, "%", change=None),
       c("47%", 47, "%", change=None),
       c("31%", 31, "%", change=None),
       c("44%", 44, "%", change=None),
       published=TX_PUB),
    ex("lf9-tex-p6-partners",
       "Exports went to 72 countries. Russia took $1.02 billion, China $412 million, Türkiye "
       "$327 million and Kyrgyzstan $151 million.",
       # the number of partner countries is no claim (house convention: "traded with 185
       # countries", "Buyers from 14 countries"); expectation corrected
       c("$1.02 billion", 1.02e9, "USD", entities=["Russia"]),
       c("$412 million", 412e6, "USD", entities=[CN]),
       c("$327 million", 327e6, "USD", entities=["Türkiye"]),
       c("$151 million", 151e6, "USD", entities=[KG]),
       published=TX_PUB),
    ex("lf9-tex-p7-neg-hs",
       "HS codes: 5205 (cotton yarn), 5208-5212 (woven cotton fabrics), 61 and 62 (garments).",
       published=TX_PUB),
    ex("lf9-tex-p8-targets",
       "Under presidential decree No. PF-112 of 2025, textile exports are to reach $4 billion "
       "in 2026 and $7 billion by 2030, and the share of finished products in exports 60%.",
       c("$4 billion", 4e9, "USD", kind="projection", period="2026"),
       c("$7 billion", 7e9, "USD", kind="projection", period="2030"),
       c("60%", 60, "%", kind="projection"),
       published=TX_PUB),
    ex("lf9-tex-p9-investment",
       "Clusters invested $1.4 billion in new spinning and weaving capacity this year, "
       "creating 23,000 jobs, with a further 48 projects worth $860 million in the pipeline.",
       c("$1.4 billion", 1.4e9, "USD", period="2025"),
       c("23,000 jobs", 23000, "count"),
       c("48 projects", 48, "count"),
       c("$860 million", 860e6, "USD"),
       published=TX_PUB),
    ex("lf9-tex-p10-prices",
       "The average export price of Uzbek cotton yarn was $2.85 per kilogram in September, "
       "against $3.10 a year earlier.",
       c("$2.85", 2.85, "USD", per="kg", metric="price", period="2025-09"),
       c("$3.10", 3.10, "USD"),
       published=TX_PUB),
    ex("lf9-tex-p11-neg-units",
       "Units: one centner equals 100 kilograms; Ne 30/1 denotes the yarn count.",
       published=TX_PUB),
    ex("lf9-tex-p12-neg-photo",
       "Photo: a spinning line at a cluster in Bukhara region. Source: Uztextileprom",
       published=TX_PUB),
]

EXAMPLES: list[Example] = [*STATS, *GAS, *DRYPORT, *DIGITAL, *TEXTILE]

KNOWN_GAPS: dict[str, str] = {
    "lf9-dig-p9-pages-gdp":
        "pages are counted by no rule: most are a paper's or a report's length (\"42 pages, 9 "
        "tables\" in lf10-wp-p9-neg-doi), which measures nothing; a consignment's paperwork "
        "would need its documents read as what the pages are of",
    "lf9-gas-p10-plans":
        "a gapped clause 'raise gas production to 250 bcm a year and exports to 125 bcm': the "
        "second figure takes 'gas production' from the first, as 'exports' (trade) fits no "
        "gas unit and the nearer gas cue is production; 'gas exports' is what it says (a "
        "row giving bare 'exports' the gas class was tried: the lexicon keys each cue word "
        "to one row, and 29 texts lost their exports)",
}
