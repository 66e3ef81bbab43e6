"""Held-out paragraphs of whole news articles, a tenth round, written after the parser.

Five more articles of genres the earlier rounds (`own_heldout_longform` to
`own_heldout_longform9`) did not cover, written in our own words and cut into paragraphs, one
example a paragraph (its id `lf10-GENRE-pN`), so that what a paragraph's sentences lend each
other is tested as an analyst reads it: an IPO prospectus summary of a Kazakh logistics
company (shares offered, a price range per share in tenge and dollars, market capitalisation,
free float, proceeds and their use, revenue and EBITDA over three years, leverage); an
academic working paper's summary on the Middle Corridor's trade effects (percent effects of
cuts in transit time, scenarios, a confidence interval, a tariff equivalent, and many numbers
that are no claims: elasticities, confidence levels, samples of countries and observations,
pages and tables); a Caspian storm and ice-season report (days ports were closed, vessels
waiting, tonnes delayed, wind in m/s, waves in metres, ice in centimetres, ferry delays in
hours, demurrage per day); a railway tender's result (lots, bids, winning prices, savings,
km of track, wagons and locomotives, prices per km and per unit, deadlines, financing); and
a trade fair's closing report (exhibitors, visitors, contracts signed, square metres, deals
by country, a target for next year). About a fifth are paragraphs without a claim: a
bookbuilding timetable and a ticker, ISINs and a prospectus number, a paper's sample and its
elasticity, JEL codes and a DOI, a storm warning's number and berths, a tender's number and
bid opening, lot codes and a portal, hall and stand numbers, a fair's edition and address,
photo credits. Every expectation was written from reading the text, before the parser was
run on it.
"""

from __future__ import annotations

from . import TITR, Example, c, ex

KZ = "Kazakhstan"
UTY = "Uzbekistan Railways"
KTZ = "Kazakhstan Temir Zholy"
AKTAU = "Port of Aktau"

# --- 1. An IPO prospectus summary of a Kazakh logistics company (published 15 Oct 2025) --
IPO_PUB = "2025-10-15"
H1 = "2025-01/2025-06"
IPO: list[Example] = [
    ex("lf10-ipo-p1",
       "Steppe Cargo Logistics sets IPO range at 1,850-2,100 tenge a share\n\n"
       "Steppe Cargo Logistics JSC, an Almaty-based rail and warehouse operator, will offer 24 "
       "million new shares on the Astana International Exchange and KASE at 1,850 to 2,100 "
       "tenge per share, or about $3.55 to $4.03, according to a prospectus summary published "
       "on Wednesday.",
       c("1,850-2,100 tenge", 1850, "KZT", value_high=2100, change=None),
       # a word of the firm's name ("Cargo") is no cue: shares, no cargo (checked after the
       # parser read them as cargo volume)
       c("24 million new shares", 24e6, "count", metric="share count", change=None),
       c("1,850 to 2,100 tenge", 1850, "KZT", value_high=2100, change=None),
       c("$3.55 to $4.03", 3.55, "USD", value_high=4.03, approx="approx", change=None),
       published=IPO_PUB),
    ex("lf10-ipo-p2-size",
       "At the midpoint of the range the offering would raise about 47 billion tenge ($90 "
       "million), valuing the company at 201 billion to 229 billion tenge after the listing. "
       "The free float will be 22%.",
       c("47 billion tenge", 47e9, "KZT", approx="approx", kind="projection", change=None),
       c("$90 million", 90e6, "USD", change=None),
       c("201 billion to 229 billion tenge", 201e9, "KZT", value_high=229e9, change=None),
       c("22%", 22, "%", change=None),
       published=IPO_PUB),
    ex("lf10-ipo-p3-proceeds",
       "About 60% of the net proceeds will go to buying 1,200 flat wagons and 400 containers, "
       "25% to a bonded warehouse of 32,000 square metres at the Khorgos dry port, and the rest "
       "to repaying a 9 billion tenge loan from Halyk Bank.",
       c("60%", 60, "%", approx="approx", change=None),
       c("1,200 flat wagons", 1200, "count", change=None),
       c("400 containers", 400, "count", change=None),
       c("25%", 25, "%", change=None),
       c("32,000 square metres", 32000, "m2", change=None),
       c("9 billion tenge", 9e9, "KZT", metric="loan", change=None),
       published=IPO_PUB),
    ex("lf10-ipo-p4-history",
       "Revenue grew from 58.4 billion tenge in 2022 to 71.9 billion tenge in 2023 and 86.3 "
       "billion tenge in 2024, while EBITDA rose from 12.1 billion to 17.6 billion tenge over "
       "the same period. In the first half of 2025 revenue was 47.2 billion tenge, up 14% year "
       "on year.",
       c("58.4 billion tenge", 58.4e9, "KZT", metric="revenue", period="2022", change=None),
       c("71.9 billion tenge", 71.9e9, "KZT", metric="revenue", period="2023", change=None),
       c("86.3 billion tenge", 86.3e9, "KZT", metric="revenue", period="2024", change=None),
       c("12.1 billion", 12.1e9, "KZT", metric="ebitda", change=None),
       c("17.6 billion tenge", 17.6e9, "KZT", metric="ebitda", change=None),
       c("47.2 billion tenge", 47.2e9, "KZT", metric="revenue", period=H1, kind="actual",
         change=None),
       c("14%", 14, "%", change="increase", period=H1),
       published=IPO_PUB),
    ex("lf10-ipo-p5-margin-debt",
       "The EBITDA margin reached 20.4% in 2024, and net profit was 8.9 billion tenge. Net "
       "debt stood at 1.4 times EBITDA at the end of June.",
       c("20.4%", 20.4, "%", period="2024", change=None),
       c("8.9 billion tenge", 8.9e9, "KZT", metric="profit", period="2024", change=None),
       c("1.4 times", 1.4, "x", change=None),
       published=IPO_PUB),
    ex("lf10-ipo-p6-operations",
       "The company moved 14.8 million tonnes of cargo and 212,000 TEU in 2024 and operates "
       "5,600 owned wagons, 38 locomotives and five terminals with a combined 410,000 square "
       "metres of storage.",
       c("14.8 million tonnes", 14.8e6, "t", period="2024", kind="actual", change=None),
       c("212,000 TEU", 212e3, "TEU", period="2024", change=None),
       c("5,600 owned wagons", 5600, "count", change=None),
       c("38 locomotives", 38, "count", change=None),
       c("five terminals", 5, "count", change=None),
       c("410,000 square metres", 410e3, "m2", change=None),
       published=IPO_PUB),
    ex("lf10-ipo-p7-dividends-lockup",
       "The company intends to pay out at least 40% of net profit as dividends from 2026. The "
       "selling shareholder, Caspian Rail Holdings, will retain 78% and has agreed to a "
       "180-day lock-up.",
       c("40%", 40, "%", approx="min", kind="projection", change=None),
       c("78%", 78, "%", change=None),
       c("180-day", 180, "day", change=None),
       published=IPO_PUB),
    ex("lf10-ipo-p8-neg-timetable",
       "Bookbuilding runs from 20 October to 3 November 2025; the final price will be announced "
       "on 4 November and trading is expected to begin on 7 November under the ticker SCLG.",
       published=IPO_PUB),
    ex("lf10-ipo-p9-neg-isin",
       "ISIN KZ1C00012345 (KASE), KZ1C00012345 (AIX). Joint global coordinators: Halyk "
       "Finance, Freedom Finance. Prospectus reference No. 2025/47-IPO.",
       published=IPO_PUB),
    ex("lf10-ipo-p10-retail",
       "Up to 30% of the shares are reserved for retail investors in Kazakhstan, who can apply "
       "through the eGov app with orders from 50,000 tenge.",
       c("30%", 30, "%", approx="max", change=None),
       c("50,000 tenge", 50000, "KZT", approx="min", change=None),
       published=IPO_PUB),
]

# --- 2. A working paper's summary on the Middle Corridor's trade effects (10 Sep 2025) ----
WP_PUB = "2025-09-10"
PAPER: list[Example] = [
    ex("lf10-wp-p1",
       "Faster Middle Corridor could lift trade by up to 9%, working paper finds\n\n"
       "Cutting transit time on the Trans-Caspian route by ten days would raise trade between "
       "China and the countries of the South Caucasus and Central Asia by 6.8%, according to a "
       "working paper by economists at a Tashkent university.",
       c("9%", 9, "%", approx="max", change="increase", kind="projection"),
       c("ten days", 10, "day", change="decrease", kind="projection"),
       c("6.8%", 6.8, "%", change="increase", kind="projection"),
       published=WP_PUB),
    # a paper's sample is no news: countries are no counted things, nor are observations
    ex("lf10-wp-p2-neg-sample",
       "The authors estimate a structural gravity model on annual bilateral flows for 46 "
       "countries over 2005-2023, some 38,000 country-pair observations.",
       published=WP_PUB),
    # an elasticity is a bare coefficient, and a confidence level is no share
    ex("lf10-wp-p3-neg-elasticity",
       "The estimated elasticity of trade with respect to transit time is -0.31, with a 95% "
       "confidence interval of -0.44 to -0.18.",
       published=WP_PUB),
    ex("lf10-wp-p4-tariff-equivalent",
       "Each additional day in transit is equivalent to an ad valorem tariff of 1.3%, the "
       "paper says, and the effect is largest for electronics and auto parts.",
       c("1.3%", 1.3, "%", change=None),
       published=WP_PUB),
    ex("lf10-wp-p5-scenarios",
       "In the baseline scenario, which assumes transit falls from 18 days to 14 days by 2030, "
       "corridor trade grows by 4.1%. In the ambitious scenario, with transit of 10 days and "
       "harmonised tariffs, the gain rises to 9.2%, or about $7.5 billion a year at 2023 "
       "prices.",
       c("18 days", 18, "day", change=None),
       c("14 days", 14, "day", kind="projection", period="2030", change=None),
       c("4.1%", 4.1, "%", change="increase", kind="projection"),
       c("10 days", 10, "day", change=None),
       c("9.2%", 9.2, "%", kind="projection"),
       c("$7.5 billion", 7.5e9, "USD", approx="approx", per="year", kind="projection",
         change=None),
       published=WP_PUB),
    # the interval's bounds and its level are the estimate's precision, no claim (house rule of
    # own_heldout_research; expectation corrected from the range "4.2% to 9.4%")
    ex("lf10-wp-p6-interval",
       "The effect is estimated at 6.8% (95% confidence interval: 4.2% to 9.4%) and is robust "
       "to dropping Russia and Iran from the sample.",
       c("6.8%", 6.8, "%", change=None),
       published=WP_PUB),
    ex("lf10-wp-p7-ferry-share",
       "Caspian ferry crossings account for 41% of total transit time on the route, although "
       "they cover only 9% of the distance, the authors find.",
       c("41%", 41, "%", change=None),
       c("9%", 9, "%", change=None),
       published=WP_PUB),
    ex("lf10-wp-p8-neg-jel",
       "JEL classification: F14, F15, R41. Keywords: gravity model, transit time, Middle "
       "Corridor, PPML.",
       published=WP_PUB),
    ex("lf10-wp-p9-neg-doi",
       "Working Paper No. 2025-17 | DOI: 10.5281/zenodo.1234567 | 42 pages, 9 tables, 6 "
       "figures.",
       published=WP_PUB),
    ex("lf10-wp-p10-borders",
       "Border and customs procedures add an estimated 2.4 days at each of the route's five "
       "border crossings, and halving them would save $180 to $240 per container.",
       c("2.4 days", 2.4, "day", approx="approx"),
       c("five border crossings", 5, "count", change=None),
       # a halving is a claim as "halved" is (own_context, own_heldout_afghan); expectation
       # corrected after the parser read it
       c("halving", 0.5, "x", change="decrease", kind="projection"),
       c("$180 to $240", 180, "USD", value_high=240, per="container", kind="projection"),
       published=WP_PUB),
    ex("lf10-wp-p11-neg-robustness",
       "Standard errors are clustered by country pair, and the results hold in a subsample of "
       "21 landlocked economies and when the years 2020-2022 are excluded.",
       published=WP_PUB),
    ex("lf10-wp-p12-kazakhstan",
       "For Kazakhstan, the model implies that non-oil exports to the European Union would "
       "rise by 5.5% and imports from China by 3.2%.",
       c("5.5%", 5.5, "%", change="increase", kind="projection", entities=[KZ]),
       c("3.2%", 3.2, "%", change="increase", kind="projection"),
       published=WP_PUB),
]

# --- 3. A Caspian storm and ice-season report (published 12 Feb 2026) --------------------
ST_PUB = "2026-02-12"
JAN = "2026-01"
STORM: list[Example] = [
    ex("lf10-st-p1",
       "Storms and ice close Caspian ports for 11 days in January\n\n"
       "Kazakhstan's ports of Aktau and Kuryk were closed for a combined 11 days in January as "
       "northerly winds of up to 27 m/s and waves of 4.5 metres swept the central Caspian, the "
       "port authority said on Wednesday.",
       c("11 days", 11, "day", period=JAN, change=None),
       c("11 days", 11, "day", nth=1, period=JAN, change=None),
       c("27 m/s", 27, "m", per="s", approx="max", change=None),
       c("4.5 metres", 4.5, "m", change=None),
       published=ST_PUB),
    ex("lf10-st-p2-queue",
       "At the peak of the storm on 22-24 January, 34 vessels were waiting at anchor off Aktau "
       "and Baku, and about 180,000 tonnes of cargo, mostly grain, oil products and "
       "containers, was delayed.",
       c("34 vessels", 34, "count", change=None),
       c("180,000 tonnes", 180e3, "t", approx="approx", change=None),
       published=ST_PUB),
    ex("lf10-st-p3-ferries",
       "Ferries between Alat and Kuryk were delayed by 36 to 60 hours, and the "
       "Baku-Turkmenbashi line suspended sailings for four days. Some 420 trucks queued at the "
       "Alat ferry terminal.",
       c("36 to 60 hours", 36, "hour", value_high=60),
       c("four days", 4, "day", change=None),
       c("420 trucks", 420, "count", approx="approx", change=None),
       published=ST_PUB),
    ex("lf10-st-p4-ice",
       "In the shallow northern Caspian, ice up to 45 centimetres thick closed the approaches "
       "to the Ural and Volga river ports, and icebreakers escorted 62 vessels in convoy over "
       "the month.",
       c("45 centimetres", 45, "cm", approx="max", change=None),
       c("62 vessels", 62, "count", change=None),
       published=ST_PUB),
    ex("lf10-st-p5-wagons",
       "Kazakhstan Temir Zholy said 1,340 wagons bound for the ports were held at stations in "
       "the Mangistau region, and it briefly restricted loading of transit cargo towards "
       "Aktau.",
       c("1,340 wagons", 1340, "count", change=None, entities=[KTZ]),
       published=ST_PUB),
    ex("lf10-st-p6-costs",
       "Shippers estimate demurrage at $25,000 to $40,000 a day per vessel, and one grain "
       "exporter said it had lost about $1.2 million on delayed shipments to Iran.",
       c("$25,000 to $40,000", 25000, "USD", value_high=40000, per="day", change=None),
       c("$1.2 million", 1.2e6, "USD", approx="approx"),
       published=ST_PUB),
    # "the past five years" is the span an average is taken over, no claim
    ex("lf10-st-p7-comparison",
       "Last winter the ports lost 7 days to weather, and the average over the past five years "
       "is 9 days, according to the port authority.",
       # days lost are a decrease, as "lost 8% to 10% of its transit volumes" is
       # (own_heldout_hedges); expectation corrected from change=None
       c("7 days", 7, "day", change="decrease"),
       c("9 days", 9, "day", change=None),
       published=ST_PUB),
    ex("lf10-st-p8-neg-warning",
       "Storm warning No. 14 of Kazhydromet remains in force until 18:00 on 13 February for sea "
       "areas 3 and 4.",
       published=ST_PUB),
    ex("lf10-st-p9-forecast",
       "Forecasters expect winds to ease to 12-15 m/s by the weekend, with waves below 2 "
       "metres, allowing ferries to resume.",
       c("12-15 m/s", 12, "m", value_high=15, per="s", kind="projection"),
       c("2 metres", 2, "m", approx="max", kind="projection", change=None),
       published=ST_PUB),
    ex("lf10-st-p10-throughput",
       "Despite the closures, Aktau handled 1.6 million tonnes in January, 8% less than a year "
       "earlier, while Kuryk's volumes fell 15% to 410,000 tonnes.",
       c("1.6 million tonnes", 1.6e6, "t", period=JAN, kind="actual", change=None,
         entities=[AKTAU]),
       c("8%", 8, "%", change="decrease"),
       c("15%", 15, "%", change="decrease"),
       c("410,000 tonnes", 410e3, "t", change=None),
       published=ST_PUB),
    ex("lf10-st-p11-neg-berths",
       "Berths 5 and 7 at Aktau, used by the ferry line, were reopened at 06:30 local time "
       "(GMT+5) on Tuesday.",
       published=ST_PUB),
]

# --- 4. A railway tender's result (published 5 Dec 2025) ---------------------------------
TD_PUB = "2025-12-05"
TENDER: list[Example] = [
    ex("lf10-td-p1",
       "Uzbekistan Railways awards $512 million in track and rolling stock tenders\n\n"
       "Uzbekistan Railways has named the winners of an international tender for the renewal "
       "of 380 km of track and the supply of 1,500 freight wagons and 40 locomotives, with "
       "contracts worth a combined $512 million, the company said on Thursday.",
       c("$512 million", 512e6, "USD", change=None),
       c("380 km", 380, "km", change=None),
       c("1,500 freight wagons", 1500, "count", change=None),
       c("40 locomotives", 40, "count", change=None),
       c("$512 million", 512e6, "USD", nth=1, change=None, entities=[UTY]),
       published=TD_PUB),
    ex("lf10-td-p2-bids",
       "The tender, split into four lots, drew 23 bids from companies in nine countries. The "
       "winning prices came in 11.6% below the initial estimate of $579 million, saving about "
       "$67 million.",
       # lots divide an order and bids are no counted things (own_heldout_tenders: "split
       # into three lots", "the three offers"); expectations corrected from counts
       c("11.6%", 11.6, "%"),
       c("$579 million", 579e6, "USD", change=None),
       c("$67 million", 67e6, "USD", approx="approx"),
       published=TD_PUB),
    ex("lf10-td-p3-lot1",
       "Lot 1, the renewal of 210 km of the Bukhara-Misken line, went to a consortium of China "
       "Railway 20th Bureau Group and a local contractor for $168.3 million, or about $800,000 "
       "per km. Work must be completed by October 2027.",
       c("210 km", 210, "km", change=None),
       c("$168.3 million", 168.3e6, "USD", change=None),
       c("$800,000", 800e3, "USD", approx="approx", per="km", change=None),
       published=TD_PUB),
    # "the lowest of seven offers": offers are no counted things (own_heldout_tenders)
    ex("lf10-td-p4-lot2",
       "Lot 2 covers 170 km between Karshi and Termez; Turkish firm Kolin won it with a bid of "
       "$139.5 million, the lowest of seven offers.",
       c("170 km", 170, "km", change=None),
       c("$139.5 million", 139.5e6, "USD", change=None),
       published=TD_PUB),
    ex("lf10-td-p5-lot3-wagons",
       "Lot 3, for 1,200 gondola cars and 300 grain hoppers, went to a Kazakh-Uzbek joint "
       "venture at $71.4 million, or $47,600 per wagon, with 600 wagons to be delivered in 2026 "
       "and the rest by mid-2027.",
       c("1,200 gondola cars", 1200, "count", change=None),
       c("300 grain hoppers", 300, "count", change=None),
       c("$71.4 million", 71.4e6, "USD", change=None),
       c("$47,600", 47600, "USD", per="wagon", change=None),
       c("600 wagons", 600, "count", kind="projection", period="2026", change=None),
       published=TD_PUB),
    ex("lf10-td-p6-lot4-locomotives",
       "Lot 4, 40 electric locomotives, went to a Chinese manufacturer for $132.8 million, "
       "about $3.3 million per unit. Deliveries must start within 14 months of signing.",
       c("40 electric locomotives", 40, "count", change=None),
       c("$132.8 million", 132.8e6, "USD", change=None),
       c("$3.3 million", 3.3e6, "USD", approx="approx", per="unit", change=None),
       # "within" read as exact, as elsewhere (own_heldout_coldchain; expectation corrected
       # from approx="max")
       c("14 months", 14, "month", change=None),
       published=TD_PUB),
    ex("lf10-td-p7-local-content",
       "Winning bidders must source at least 35% of materials locally and hire 2,800 workers, "
       "the ministry said.",
       c("35%", 35, "%", approx="min", change=None),
       c("2,800 workers", 2800, "count", change=None),
       published=TD_PUB),
    ex("lf10-td-p8-neg-tender-number",
       "Tender No. UTY-2025/ICB-041, lots 1-4. Bids were opened on 14 October 2025 at 11:00 "
       "Tashkent time in Room 305 of the company's headquarters.",
       published=TD_PUB),
    ex("lf10-td-p9-financing",
       "The track lots are financed by a $300 million loan from the Asian Development Bank, and "
       "the rolling stock from the company's own funds and a 1.2 trillion soum bond.",
       c("$300 million", 300e6, "USD", metric="loan", change=None,
         entities=["Asian Development Bank"]),
       c("1.2 trillion soum", 1.2e12, "UZS", change=None),
       published=TD_PUB),
    ex("lf10-td-p10-network",
       "Uzbekistan Railways operates 7,400 km of lines, of which 2,500 km are electrified, and "
       "plans to renew 1,000 km of track by 2030.",
       c("7,400 km", 7400, "km", change=None, entities=[UTY]),
       c("2,500 km", 2500, "km", change=None),
       c("1,000 km", 1000, "km", kind="projection", period="2030", change=None),
       published=TD_PUB),
    ex("lf10-td-p11-neg-lot-codes",
       "Contracts are to be signed on 15 December; the lots appear as UTY-L1 to UTY-L4 on the "
       "procurement portal xarid.uzex.uz.",
       published=TD_PUB),
]

# --- 5. A trade fair's closing report (published 29 Sep 2025) ----------------------------
TF_PUB = "2025-09-29"
FAIR: list[Example] = [
    ex("lf10-tf-p1",
       "Baku logistics fair closes with $640 million in contracts\n\n"
       "The Caspian Transport and Logistics Expo closed in Baku on Friday, with 312 exhibitors "
       "from 27 countries signing contracts and memorandums worth $640 million, the organisers "
       "said.",
       c("$640 million", 640e6, "USD", change=None),
       c("312 exhibitors", 312, "count", change=None),
       c("$640 million", 640e6, "USD", nth=1, change=None),
       published=TF_PUB),
    # "three halls" divide the area as lots divide an order, no claim of their own
    ex("lf10-tf-p2-visitors-area",
       "The fair drew 14,500 visitors, up from 11,200 last year, and occupied 18,000 square "
       "metres in three halls of the Baku Expo Centre, a fifth more than in 2024.",
       c("14,500 visitors", 14500, "count", change=None),
       c("11,200", 11200, "count", period="2024", change=None),
       c("18,000 square metres", 18000, "m2", change=None),
       c("a fifth", 20, "%", change="increase"),
       published=TF_PUB),
    ex("lf10-tf-p3-deals",
       "The largest deal was a $210 million agreement between ADY Container and a Chinese "
       "operator to run 300 block trains a year from Xi'an to Baku. Georgian Railway signed a "
       "$45 million deal for 500 flat wagons.",
       c("$210 million", 210e6, "USD", change=None),
       c("300 block trains", 300, "count", per="year", kind="projection", change=None),
       c("$45 million", 45e6, "USD", change=None, entities=["Georgian Railway"]),
       c("500 flat wagons", 500, "count", change=None),
       published=TF_PUB),
    ex("lf10-tf-p4-pavilions",
       "China had the largest pavilion, with 64 companies, followed by Türkiye with 41 and "
       "Kazakhstan with 38. Kazakh companies signed deals worth $118 million.",
       c("64 companies", 64, "count", change=None),
       c("41", 41, "count", change=None),
       c("38", 38, "count", change=None),
       c("$118 million", 118e6, "USD", change=None),
       published=TF_PUB),
    ex("lf10-tf-p5-meetings",
       "Some 1,150 business-to-business meetings were held, and 23 memorandums of "
       "understanding were signed with ports and forwarders in Central Asia.",
       c("1,150 business-to-business meetings", 1150, "count", approx="approx", change=None),
       c("23 memorandums", 23, "count", change=None),
       published=TF_PUB),
    ex("lf10-tf-p6-target",
       "The organisers aim for 400 exhibitors and 20,000 visitors next year, when the fair "
       "moves to a new 25,000 square metre hall.",
       c("400 exhibitors", 400, "count", kind="projection", period="2026", change=None),
       c("20,000 visitors", 20000, "count", kind="projection", period="2026", change=None),
       c("25,000 square metre", 25000, "m2", change=None),
       published=TF_PUB),
    ex("lf10-tf-p7-neg-stands",
       "Hall 2, stand B-114: the Aktau port pavilion. Hall 3, stands C-201 to C-236: the China "
       "pavilion.",
       published=TF_PUB),
    ex("lf10-tf-p8-quote",
       "\"Ten years ago we had 60 exhibitors; now we turn companies away,\" said the fair's "
       "director, adding that 85% of this year's exhibitors had already booked for 2026.",
       c("60 exhibitors", 60, "count", change=None),
       c("85%", 85, "%", change=None),
       published=TF_PUB),
    ex("lf10-tf-p9-conference",
       "The accompanying conference heard that volumes on the Middle Corridor rose 62% to 4.5 "
       "million tonnes in 2024.",
       c("62%", 62, "%", change="increase", period="2024"),
       c("4.5 million tonnes", 4.5e6, "t", period="2024", kind="actual", change=None,
         entities=[TITR]),
       published=TF_PUB),
    ex("lf10-tf-p10-neg-edition",
       "The 8th Caspian Transport and Logistics Expo takes place on 23-25 September 2026 at the "
       "Baku Expo Centre, 1 Heydar Aliyev Avenue. Registration: www.ctle.az",
       published=TF_PUB),
    ex("lf10-tf-p11-neg-photo",
       "Photo: visitors at the Port of Baku stand (Hall 1, A-12). Credit: CTLE 2025 press "
       "service.",
       published=TF_PUB),
]

EXAMPLES: list[Example] = [*IPO, *PAPER, *STORM, *TENDER, *FAIR]

KNOWN_GAPS: dict[str, str] = {
    "lf10-ipo-p10-retail": "'orders from 50,000 tenge' is a minimum; the hedges read no bare "
                           "'from' (a base or a range's start far more often: 'up from', "
                           "'fell from X to Y'), and a rule for 'from' with no 'to' after it "
                           "needs a noun list of prices and orders not written yet",
}
