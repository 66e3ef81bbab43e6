"""Held-out sentences written after the parser was tuned, on cotton and textiles in Central
Asia as trade news reports them: Uzbekistan's and Turkmenistan's cotton harvests (tonnes,
centners per hectare, hectares sown), the shift from raw cotton to yarn and garment exports
(value, share, number of clusters and factories), textile exports to Russia, the EU (GSP+
status) and Türkiye, Tajik and Kyrgyz garment exports, prices of cotton fibre per tonne or
per pound, employment in textile plants and investment in spinning capacity (tonnes of yarn
a year, spindles); with hedges, ranges, rates, periods, projections and negatives (fair
ordinals, resolution and article numbers, HS codes, yarn counts, cotton varieties).

Written in our own words and read by hand first (issue 2's field definitions); the parser was
run only afterwards, to measure how it generalises beyond the corpus it was tuned on.
"""

from __future__ import annotations

from . import EU, Example, c, ex

AG = "agriculture"
UZ = "Uzbekistan"
TM = "Turkmenistan"

HARVEST: list[Example] = [
    ex("tx-uz-harvest-yield-area",
       "Uzbekistan gathered 3.8 million tonnes of raw cotton in 2025, with yields averaging "
       "36.2 centners per hectare on 950,000 hectares.",
       c("3.8 million tonnes", 3.8e6, "t", metric="harvest", topic=AG, period="2025",
         entities=[UZ], kind="actual", change=None, approx=None),
       c("36.2 centners", 3.62, "t", per="ha", metric="yield", topic=AG, approx=None),
       c("950,000 hectares", 950e3, "ha"),
       published="2025-11-20"),
    ex("tx-tm-state-order-sown",
       "Turkmenistan's farmers are to deliver 1.25 million tonnes of raw cotton to the state "
       "this year from 550,000 hectares sown.",
       c("1.25 million tonnes", 1.25e6, "t", kind="projection", period="2025", entities=[TM],
         topic=AG),
       c("550,000 hectares", 550e3, "ha", metric="sown area", topic=AG),
       published="2025-03-10"),
    ex("tx-kashkadarya-yield-slipped-from",
       "In the Kashkadarya region the cotton yield slipped to 28 centners per hectare from 31 "
       "centners.",
       c("28 centners", 2.8, "t", per="ha", metric="yield", change=None),
       c("31 centners", 3.1, "t", per="ha", metric="yield", change=None)),
    ex("tx-uz-area-cut-from",
       "Uzbekistan cut the area under cotton to 950,000 hectares this year from 1.03 million "
       "hectares in 2023, freeing land for grain and vegetables.",
       c("950,000 hectares", 950e3, "ha", period="2025", change=None, entities=[UZ]),
       c("1.03 million hectares", 1.03e6, "ha", period="2023", change=None),
       published="2025-04-10"),
    ex("tx-tj-harvest-range-expect",
       "Tajik farmers expect to pick between 380,000 and 400,000 tonnes of raw cotton in 2025.",
       c("380,000 and 400,000 tonnes", 380e3, "t", value_high=400e3, kind="projection",
         period="2025", entities=["Tajikistan"], topic=AG, metric="harvest"),
       published="2025-08-01"),
    ex("tx-kg-crop-thousand-tons",
       "Kyrgyzstan's cotton crop, grown mostly in the Jalal-Abad region, came to 78.5 thousand "
       "tons last season.",
       c("78.5 thousand tons", 78.5e3, "t", metric="harvest", topic=AG,
         entities=["Kyrgyzstan"], kind="actual")),
    ex("tx-uz-forecast-crop-down",
       "Analysts forecast Uzbekistan's 2025 crop at 3.3 million tonnes, down 8% from last "
       "year.",
       c("3.3 million tonnes", 3.3e6, "t", kind="projection", metric="harvest", period="2025",
         entities=[UZ], change=None),
       c("8%", 8, "%", change="decrease", kind="projection"),
       published="2025-07-01"),
    ex("tx-rotation-share-from-to",
       "The share of cotton in the region's crop rotation has fallen from 60% to 38% over two "
       "decades.",
       c("60%", 60, "%", change=None), c("38%", 38, "%", change=None)),
]

EXPORTS: list[Example] = [
    ex("tx-uz-textile-exports-yarn-share",
       "Textile exports from Uzbekistan reached $3.6 billion in January-November 2025, of which "
       "yarn accounted for 48%.",
       c("$3.6 billion", 3.6e9, "USD", metric="exports", period="2025-01/2025-11",
         entities=[UZ], kind="actual", change=None),
       c("48%", 48, "%", change=None, period="2025-01/2025-11"),
       published="2025-12-15"),
    ex("tx-finished-garments-share-rose",
       "The share of finished garments in Uzbekistan's textile exports rose to 42% from 35% "
       "in 2022.",
       c("42%", 42, "%", change=None, entities=[UZ]),
       c("35%", 35, "%", change=None, period="2022"),
       published="2025-06-01"),
    ex("tx-russia-textile-fell-half",
       "Uzbek textile shipments to Russia fell 7.4% to $1.3 billion in the first half of 2025.",
       c("7.4%", 7.4, "%", change="decrease", period="2025-01/2025-06"),
       c("$1.3 billion", 1.3e9, "USD", change=None, period="2025-01/2025-06",
         entities=[UZ, "Russia"], metric="exports"),
       published="2025-08-01"),
    ex("tx-eu-gsp-tripled",
       "Since Uzbekistan gained GSP+ status in April 2021, its textile exports to the European "
       "Union have tripled to about EUR 300 million a year.",
       c("tripled", 3, "x", change="increase", metric="exports", period="2021-04/.."),
       c("EUR 300 million", 300e6, "EUR", approx="approx", per="year", change=None,
         metric="exports", entities=[UZ, EU]),
       published="2025-05-01"),
    ex("tx-turkey-yarn-tonnes-worth",
       "Turkey remained the largest buyer of Uzbek cotton yarn, taking 210,000 tonnes worth "
       "$540 million last year.",
       c("210,000 tonnes", 210e3, "t", period="2024", entities=["Türkiye", UZ]),
       c("$540 million", 540e6, "USD", period="2024"),
       published="2025-02-10"),
    ex("tx-tj-garments-quarter",
       "Tajikistan's garment exports grew by a quarter to $38 million in 2024, mostly to "
       "Kazakhstan and Russia.",
       c("a quarter", 25, "%", change="increase", period="2024"),
       c("$38 million", 38e6, "USD", change=None, period="2024", metric="exports",
         entities=["Tajikistan"]),
       published="2025-02-01"),
    ex("tx-kg-sewing-employs-exported",
       "Kyrgyzstan's sewing industry, which employs around 150,000 people, exported clothing "
       "worth $220 million in 2024.",
       c("150,000 people", 150e3, "count", item="person", approx="approx", metric="job count"),
       c("$220 million", 220e6, "USD", metric="exports", period="2024",
         entities=["Kyrgyzstan"]),
       published="2025-04-01"),
    ex("tx-uz-processes-all-fibre",
       "Uzbekistan now processes 100% of its cotton fibre domestically, compared with less "
       "than 40% in 2016.",
       c("100%", 100, "%", change=None, entities=[UZ]),
       # the same share as the 100% it is compared with
       c("40%", 40, "%", approx="max", period="2016", metric="domestic supplies")),
    ex("tx-target-2030",
       "The government aims to raise textile exports to $15 billion by 2030.",
       c("$15 billion", 15e9, "USD", kind="projection", period="2030", metric="exports")),
    ex("tx-times-since-2017",
       "Since 2017 the value of textile exports has grown 3.5 times, to $3.6 billion.",
       c("3.5 times", 3.5, "x", change="increase", period="2017/..", metric="exports"),
       c("$3.6 billion", 3.6e9, "USD", change=None, metric="exports"),
       published="2025-01-20"),
    ex("tx-tm-exports-a-year-markets",
       "Turkmen textile exports, worth about $500 million a year, go mainly to Turkey, Italy "
       "and the United States.",
       c("$500 million", 500e6, "USD", approx="approx", per="year", metric="exports",
         entities=[TM])),
    ex("tx-yarn-share-below-projection",
       "Yarn's share of textile exports is expected to drop below 40% by 2026 as more fabric "
       "is shipped.",
       c("40%", 40, "%", approx="max", kind="projection", period="2026")),
    ex("tx-russia-china-turkey-shares",
       "Russia took 38% of Uzbekistan's textile exports in 2024, China 21% and Turkey 14%.",
       c("38%", 38, "%", period="2024", entities=["Russia"]),
       c("21%", 21, "%", period="2024", entities=["China"]),
       c("14%", 14, "%", period="2024", entities=["Türkiye"]),
       published="2025-03-01"),
    ex("tx-tj-fibre-nine-months-less",
       "Tajikistan sold 60,100 tons of cotton fibre abroad in January-September, 14.6% less "
       "than a year earlier.",
       c("60,100 tons", 60100, "t", period="2025-01/2025-09", entities=["Tajikistan"],
         change=None),
       c("14.6%", 14.6, "%", change="decrease", period="2025-01/2025-09"),
       published="2025-10-15"),
    ex("tx-knitwear-roubles",
       "Uzbek knitwear sold in Russia earned 18 billion roubles in 2024.",
       c("18 billion roubles", 18e9, "RUB", period="2024", entities=[UZ, "Russia"]),
       published="2025-03-01"),
    ex("tx-turkey-own-exports-fell",
       "Turkish textile exports fell 6% to $9.8 billion in January-October.",
       c("6%", 6, "%", change="decrease", metric="exports", period="2025-01/2025-10"),
       c("$9.8 billion", 9.8e9, "USD", change=None, metric="exports", entities=["Türkiye"],
         period="2025-01/2025-10"),
       published="2025-11-10"),
    ex("tx-clusters-imported-fibre",
       "Clusters short of raw material imported 25,000 tonnes of cotton fibre from Kazakhstan "
       "and Tajikistan in 2024.",
       c("25,000 tonnes", 25e3, "t", metric="imports", period="2024",
         entities=["Kazakhstan", "Tajikistan"]),
       published="2025-02-01"),
]

PRICES: list[Example] = [
    ex("tx-fibre-per-tonne-down-from-month",
       "Cotton fibre traded at $1,650 a tonne on the Uzbek commodity exchange, down $80 from "
       "a month earlier.",
       c("$1,650", 1650, "USD", per="t", change=None),
       c("$80", 80, "USD", change="decrease")),
    ex("tx-futures-cents-lowest-since",
       "Benchmark cotton futures in New York fell to 64.5 cents per pound, their lowest level "
       "since 2020.",
       c("64.5 cents", 0.645, "USD", per="lb", change=None)),
    ex("tx-pima-near-per-pound",
       "US Pima cotton traded near $1.45 per pound.",
       c("$1.45", 1.45, "USD", per="lb", approx="approx")),
    ex("tx-week-fell-cents",
       "Cotton fell 3.2% on the week to 66.1 cents a pound.",
       c("3.2%", 3.2, "%", change="decrease"),
       c("66.1 cents", 0.661, "USD", per="lb", change=None)),
    ex("tx-yarn-count-price-per-kg",
       "Ne 30/1 combed yarn sells for about $3.10 per kilogram FOB Tashkent.",
       c("$3.10", 3.1, "USD", per="kg", approx="approx")),
    ex("tx-wages-soums-monthly",
       "Average monthly wages at textile plants in Fergana stand at 3.2 million soums.",
       c("3.2 million soums", 3.2e6, "UZS", per="month", metric="wage")),
]

INDUSTRY: list[Example] = [
    ex("tx-clusters-count",
       "Uzbekistan now has 142 cotton-textile clusters covering the entire crop.",
       c("142 cotton-textile clusters", 142, "count", item="cluster", entities=[UZ])),
    ex("tx-factories-opened-jobs",
       "Some 340 new textile factories opened across the country in 2024, creating about "
       "52,000 jobs.",
       c("340 new textile factories", 340, "count", item="factory", approx="approx",
         period="2024"),
       c("52,000 jobs", 52e3, "count", item="job", approx="approx", metric="job count",
         period="2024"),
       published="2025-03-01"),
    ex("tx-spinning-mill-capacity-cost",
       "A Chinese investor will build a spinning mill in Namangan with capacity of 30,000 "
       "tonnes of yarn a year at a cost of $120 million.",
       c("30,000 tonnes", 30e3, "t", per="year", kind="projection", metric="capacity"),
       c("$120 million", 120e6, "USD", kind="projection", topic="investment")),
    ex("tx-spindles-workers",
       "The new plant in Bukhara will run 100,000 spindles and employ 1,200 workers.",
       c("100,000 spindles", 100e3, "count", item="spindle", kind="projection"),
       c("1,200 workers", 1200, "count", item="worker", metric="job count",
         kind="projection")),
    ex("tx-tm-complex-annually",
       "Turkmenistan's textile complex in Ashgabat processes 9,500 tonnes of cotton fibre "
       "annually.",
       c("9,500 tonnes", 9500, "t", per="year", entities=[TM])),
    ex("tx-knitted-fabric-nine-months",
       "Output of knitted fabric rose 12.3% year on year to 186,000 tonnes in the nine "
       "months.",
       c("12.3%", 12.3, "%", change="increase", period="2025-01/2025-09"),
       c("186,000 tonnes", 186e3, "t", change=None, period="2025-01/2025-09"),
       published="2025-10-20"),
    ex("tx-denim-plant-metres",
       "Turkish company Bahar Tekstil opened a $45 million denim plant in Andijan that will "
       "turn out 15 million metres of fabric annually.",
       c("$45 million", 45e6, "USD", kind="actual", topic="investment"),
       c("15 million metres", 15e6, "m", per="year", kind="projection")),
    ex("tx-pieces-a-year",
       "The factory sews 4 million pieces of clothing a year for European brands.",
       c("4 million pieces", 4e6, "count", item="clothing", per="year")),
    ex("tx-ebrd-loan-cluster",
       "The EBRD extended a $25 million loan to a Samarkand cotton cluster to buy modern gins.",
       c("$25 million", 25e6, "USD", metric="loan", topic="investment", entities=["EBRD"])),
    ex("tx-fdi-five-years",
       "Foreign direct investment in Uzbekistan's textile industry totalled $1.9 billion over "
       "the past five years.",
       c("$1.9 billion", 1.9e9, "USD", metric="investment", topic="investment",
         entities=[UZ])),
    ex("tx-utilisation-pp",
       "Capacity utilisation at Uzbek spinning mills fell by 9 percentage points to 71% in "
       "2024 as orders from Russia dried up.",
       c("9 percentage points", 9, "pp", change="decrease", period="2024"),
       c("71%", 71, "%", change=None, period="2024", metric="capacity utilisation"),
       published="2025-02-01"),
    ex("tx-employment-share-roughly",
       "The textile sector accounts for roughly 12% of industrial employment in Uzbekistan.",
       c("12%", 12, "%", approx="approx", change=None, entities=[UZ])),
    ex("tx-kg-women-nearly",
       "Nearly 80% of workers in Kyrgyz garment workshops are women.",
       c("80%", 80, "%", approx="approx", entities=["Kyrgyzstan"])),
    ex("tx-spinning-line-roughly-euro",
       "Each imported spinning line costs roughly €4 million.",
       c("€4 million", 4e6, "EUR", approx="approx")),
    ex("tx-tm-enterprises-count",
       "Turkmenistan's Ministry of Textile Industry runs 70 enterprises, including 12 spinning "
       "mills.",
       c("70 enterprises", 70, "count", item="enterprise", metric="company count",
         entities=[TM]),
       c("12 spinning mills", 12, "count", item="mill")),
]

# Number formats and units the trade press writes: thousand-scale ranges, slash rates,
# "percent" and "per cent", fold changes in soums, soms, en-dash months, "k" before a counted
# thing, and the US mixed number ("2-3/4 percent").
FORMATS: list[Example] = [
    ex("tx-lint-range-estimated",
       "Cotton lint output in Turkmenistan is estimated at 320-340 thousand tonnes.",
       c("320-340 thousand tonnes", 320e3, "t", value_high=340e3, entities=[TM])),
    ex("tx-gins-per-day",
       "The cluster's gins process 1,500 tonnes of seed cotton per day.",
       c("1,500 tonnes", 1500, "t", per="day")),
    ex("tx-yarn-price-slash-kg",
       "Prices for Uzbek yarn fell from $2.90/kg to $2.60/kg.",
       c("$2.90", 2.9, "USD", per="kg", change=None),
       c("$2.60", 2.6, "USD", per="kg", change=None, entities=[UZ])),
    ex("tx-kg-percent-word-share",
       "Textiles and clothing accounted for 7.1 percent of Kyrgyzstan's exports.",
       c("7.1 percent", 7.1, "%", entities=["Kyrgyzstan"], metric="exports", change=None)),
    ex("tx-output-fold-soums",
       "Uzbekistan plans to lift textile output 1.5-fold to 62 trillion soums in 2026.",
       c("1.5-fold", 1.5, "x", change="increase", kind="projection", period="2026"),
       c("62 trillion soums", 62e12, "UZS", change=None, kind="projection", period="2026",
         entities=[UZ]),
       published="2025-06-01"),
    ex("tx-kz-rose-by-mln",
       "Textile exports from Uzbekistan to Kazakhstan rose by $45.2 mln year-on-year.",
       c("$45.2 mln", 45.2e6, "USD", change="increase", metric="exports",
         entities=[UZ, "Kazakhstan"])),
    ex("tx-kg-som-earned",
       "Kyrgyz sewing firms earned 12.4 bn som from exports in 2024.",
       c("12.4 bn som", 12.4e9, "KGS", period="2024", entities=["Kyrgyzstan"]),
       published="2025-03-01"),
    ex("tx-tm-yarn-en-dash-quarter",
       "Turkmenistan exported 5.1 thousand tonnes of cotton yarn in January\u2013March 2025.",
       c("5.1 thousand tonnes", 5.1e3, "t", period="2025-01/2025-03", entities=[TM])),
    ex("tx-some-per-cent",
       "Some 90 per cent of the fibre is now spun at home.",
       c("90 per cent", 90, "%", approx="approx")),
    ex("tx-mixed-number-percent",
       "New York cotton futures rose 2-3/4 percent on Friday.",
       c("2-3/4 percent", 2.75, "%", change="increase")),
    ex("tx-k-before-workers",
       "Tajikistan's textile mills ran at 45% of capacity last year, employing 11.5k workers.",
       c("45%", 45, "%", metric="capacity utilisation", period="2024"),
       c("11.5k workers", 11.5e3, "count", item="worker", metric="job count",
         entities=["Tajikistan"]),
       published="2025-06-01"),
    # "middling 1-1/16 inch" names a grade of cotton by its staple length, not a measured
    # figure (the parser now reads its value right, 1.0625 in, but still reports it)
    ex("tx-staple-grade-inch",
       "The price of middling 1-1/16 inch cotton rose 4% in a week.",
       c("4%", 4, "%", change="increase")),
]

NEGATIVES: list[Example] = [
    ex("tx-neg-fair-ordinal-pavilion",
       "The 19th Uzbek Cotton and Textile Fair will open in Tashkent on 14 October 2025 in "
       "Pavilion 3."),
    ex("tx-neg-resolution-article",
       "Resolution PQ-4633 of 2020 set the rules for cotton clusters; Article 12 covers "
       "contract farming."),
    ex("tx-neg-variety-grade",
       "Medium-staple cotton of the Bukhara-102 variety and grade 1 fibre made up most of the "
       "lots."),
    ex("tx-neg-decree-phased-out",
       "Under a 2019 decree, exports of raw cotton fibre were phased out by 2020."),
    ex("tx-hs-codes-duty",
       "Yarn under HS code 5205 and fabric under HS 5208 are exempt from the 15% import duty "
       "until 1 January 2026.",
       c("15%", 15, "%", change=None)),
    ex("tx-neg-two-countries-three-regions",
       "The two countries agreed to set up textile parks in three regions along the border."),
]

EXAMPLES: list[Example] = [*HARVEST, *EXPORTS, *PRICES, *INDUSTRY, *FORMATS, *NEGATIVES]

KNOWN_GAPS: dict[str, str] = {
    "tx-staple-grade-inch": "a staple length in a cotton grade's name ('middling 1-1/16 inch') "
                            "is read as a length; telling grades from measures needs a grade "
                            "vocabulary",
}
