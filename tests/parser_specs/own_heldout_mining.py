"""Held-out sentences written after the parser was tuned, on mining and metals in Central Asia
and the Caucasus as trade analysts read them: uranium (tonnes U, tU, pounds U3O8, shares of
world supply, guidance), copper and cathode (tonnes, kt), gold and silver (ounces, tonnes,
grams per tonne grades), zinc and lead, ferroalloys and ferrochrome, aluminium, coal exports
by rail, iron ore and steel, critical minerals and rare earth deals, prices per tonne, pound,
ounce and gram, export volumes and values, reserves of ore at a grade, investment in mines,
royalties and mineral extraction tax rates; projections against actuals; negatives (licence
numbers, deposit names with digits, ordinals, years, chemical formulas such as U3O8 and UF6).

Written in our own words and read by hand first (issue 2's field definitions); the parser was
run only afterwards, to measure how it generalises beyond the corpus it was tuned on.
"""

from __future__ import annotations

from . import Example, c, ex

URANIUM: list[Example] = [
    ex("mn-kap-guidance-cut-below-agreements",
       "Kazatomprom cut its 2026 production guidance to 25,000-26,500 tU, about 8% below the "
       "levels set in its subsoil use agreements.",
       c("25,000-26,500 tU", 25000, "t", value_high=26500, kind="projection",
         metric="production", period="2026", change=None, entities=["Kazatomprom"]),
       c("8%", 8, "%", approx="approx", change="decrease"),
       published="2025-08-22"),
    ex("mn-kz-world-share-roughly",
       "Kazakhstan produced roughly 40% of the world's mined uranium in 2024, according to "
       "the World Nuclear Association.",
       c("40%", 40, "%", approx="approx", change=None, metric="production", period="2024",
         kind="actual", entities=["Kazakhstan"]),
       published="2025-05-01"),
    ex("mn-inkai-million-pounds-u3o8",
       "Output at the Inkai joint venture reached 8.3 million pounds U3O8 in 2024.",
       c("8.3 million pounds", 8.3e6, "lb", metric="production", period="2024",
         kind="actual", change=None),
       published="2025-02-14"),
    ex("mn-spot-uranium-fell-slash-lb",
       "The spot price of uranium fell 11% in March to $63.50/lb U3O8.",
       c("11%", 11, "%", change="decrease", metric="price", period="2025-03"),
       c("$63.50", 63.5, "USD", per="lb", change=None, metric="price", period="2025-03"),
       published="2025-04-03"),
    ex("mn-kap-sales-expected-price-around",
       "Kazatomprom expects sales of 17,500-18,500 tU this year at an average realised price "
       "of around $60 per pound.",
       c("17,500-18,500 tU", 17500, "t", value_high=18500, kind="projection", period="2025",
         entities=["Kazatomprom"]),
       c("$60", 60, "USD", approx="approx", per="lb", metric="price", kind="projection"),
       published="2025-03-14"),
    ex("mn-budenovskoye-blocks-digits",
       "The Budenovskoye 6 and 7 blocks are expected to add up to 6,000 tU a year once they "
       "reach design capacity.",
       c("6,000 tU", 6000, "t", approx="max", per="year", kind="projection")),
    ex("mn-uranium-export-value-ordinal",
       "Uranium exports earned Kazakhstan about $4.8 billion last year, making it the "
       "country's third-largest export item.",
       c("$4.8 billion", 4.8e9, "USD", approx="approx", metric="exports", period="2024",
         kind="actual", entities=["Kazakhstan"]),
       published="2025-03-10"),
    ex("mn-us-imports-share-from-kz",
       "The United States bought 27% of its uranium imports from Kazakhstan in 2023.",
       c("27%", 27, "%", metric="imports", period="2023", change=None,
         entities=["United States", "Kazakhstan"]),
       published="2024-06-01"),
    ex("mn-term-price-forecast",
       "Analysts expect term uranium prices to average $85/lb in 2026.",
       c("$85", 85, "USD", per="lb", metric="price", kind="projection", period="2026"),
       published="2025-10-01"),
]

COPPER: list[Example] = [
    ex("mn-kz-refined-copper-exports-value",
       "Kazakhstan exported 459,000 tonnes of refined copper in January-November 2024, worth "
       "$4.2 billion.",
       c("459,000 tonnes", 459000, "t", metric="exports", period="2024-01/2024-11",
         entities=["Kazakhstan"], kind="actual"),
       c("$4.2 billion", 4.2e9, "USD", metric="exports", period="2024-01/2024-11"),
       published="2025-01-10"),
    ex("mn-kaz-minerals-kt-range-guidance",
       "KAZ Minerals expects copper production of 290-310 kt in 2025 as the Aktogay expansion "
       "ramps up.",
       c("290-310 kt", 290000, "t", value_high=310000, metric="production", period="2025",
         kind="projection", entities=["KAZ Minerals"]),
       published="2025-01-30"),
    ex("mn-almalyk-investment-ore-a-year",
       "Almalyk MMC is investing $5.6 billion in the Yoshlik-1 copper project, which will "
       "process 60 million tonnes of ore a year.",
       c("$5.6 billion", 5.6e9, "USD", metric="investment", topic="investment",
         entities=["Almalyk Mining and Metallurgical Complex"]),
       c("60 million tonnes", 60e6, "t", per="year", kind="projection")),
    ex("mn-reserves-ore-at-grade-percent",
       "Proven reserves at the deposit are put at 1.2 billion tonnes of ore grading 0.38% "
       "copper.",
       c("1.2 billion tonnes", 1.2e9, "t", metric="reserves", change=None, kind="actual"),
       # debatable: a grade is the ore's composition, reported as a share (not copper mined)
       c("0.38%", 0.38, "%", change=None)),
    ex("mn-zcmc-actual-then-plan",
       "Armenia's Zangezur Copper and Molybdenum Combine produced 140,000 tonnes of copper "
       "concentrate in 2024 and plans 150,000 tonnes this year.",
       c("140,000 tonnes", 140000, "t", metric="production", period="2024", kind="actual",
         only_entities=["Armenia", "Zangezur Copper and Molybdenum Combine"]),
       c("150,000 tonnes", 150000, "t", metric="production", period="2025",
         kind="projection"),
       published="2025-02-05"),
    ex("mn-molybdenum-price-rose",
       "Molybdenum concentrate prices rose by 18% to $21 per pound.",
       c("18%", 18, "%", change="increase", metric="price"),
       c("$21", 21, "USD", per="lb", change=None, metric="price")),
    ex("mn-lme-copper-gained-settle",
       "Copper on the LME gained 2.4% on Friday to settle at $9,720 a tonne.",
       c("2.4%", 2.4, "%", change="increase", metric="price"),
       c("$9,720", 9720, "USD", per="t", change=None, metric="price")),
    ex("mn-balkhash-cathode-kt-months",
       "Copper cathode output at Balkhash was 17.2 kt in March, versus 18.9 kt in February.",
       c("17.2 kt", 17200, "t", metric="production", period="2025-03", change=None),
       c("18.9 kt", 18900, "t", metric="production", period="2025-02", change=None),
       published="2025-04-12"),
    ex("mn-uz-triple-copper-by",
       "Uzbekistan intends to triple copper output by 2030.",
       c("triple", 3, "x", change="increase", kind="projection", metric="production",
         period="2030", entities=["Uzbekistan"]),
       published="2025-05-01"),
    ex("mn-cathode-fob-range-per-tonne",
       "Chinese buyers paid premiums of $60-70 per tonne for Kazakh copper cathode in the "
       "second quarter.",
       c("$60-70", 60, "USD", value_high=70, per="t", period="2025-04/2025-06",
         entities=["Kazakhstan"]),
       published="2025-07-15"),
]

GOLD_SILVER: list[Example] = [
    ex("mn-kyzyl-grade-and-ounces",
       "Ore at the Kyzyl mine averages 6.5 g/t gold, and the mine produced 303,000 ounces "
       "last year.",
       # a grade is no quantity mined: a rate, grams per tonne of ore
       c("6.5 g", 6.5, "g", per="t", change=None),
       c("303,000 ounces", 303000, "oz", metric="production", period="2023", kind="actual"),
       published="2024-03-01"),
    ex("mn-uz-gold-tonnes-a-year-by",
       "Uzbekistan aims to lift gold production to 130 tonnes a year by 2030.",
       c("130 tonnes", 130, "t", per="year", kind="projection", metric="production",
         period="2030", change=None, entities=["Uzbekistan"]),
       published="2025-05-01"),
    ex("mn-gold-average-troy-ounce-higher",
       "Gold averaged $2,386 per troy ounce in 2024, 23% higher than in 2023.",
       c("$2,386", 2386, "USD", per="oz", metric="price", period="2024", change=None),
       c("23%", 23, "%", change="increase", period="2024"),
       published="2025-01-15"),
    ex("mn-kg-gold-exports-more-than-doubled",
       "Kyrgyzstan's gold exports more than doubled to $2.4 billion in the first nine months "
       "of 2025.",
       c("doubled", 2, "x", change="increase", approx="min", metric="exports",
         period="2025-01/2025-09"),
       c("$2.4 billion", 2.4e9, "USD", change=None, metric="exports",
         period="2025-01/2025-09", entities=["Kyrgyzstan"]),
       published="2025-11-01"),
    ex("mn-kazzinc-silver-byproduct",
       "Kazzinc produced 11.4 million ounces of silver as a by-product of its zinc "
       "operations.",
       c("11.4 million ounces", 11.4e6, "oz", metric="production", entities=["Kazzinc"])),
    ex("mn-kz-gold-rose-from-year-earlier",
       "Kazakhstan's gold output rose to 130.3 tonnes in 2024 from 124.7 tonnes a year "
       "earlier.",
       c("130.3 tonnes", 130.3, "t", metric="production", period="2024", change=None,
         entities=["Kazakhstan"]),
       c("124.7 tonnes", 124.7, "t", metric="production", period="2023", change=None),
       published="2025-02-10"),
    ex("mn-silver-slipped-cents-ounce",
       "Silver slipped 40 cents to $31.10 an ounce.",
       c("40 cents", 0.4, "USD", change="decrease", per="oz"),
       c("$31.10", 31.1, "USD", per="oz", change=None, metric="price")),
    ex("mn-gold-bars-tenge-per-gram",
       "The National Bank sells gold bars at 52,000 tenge per gram.",
       c("52,000 tenge", 52000, "KZT", per="g", metric="price")),
    ex("mn-varvarinskoye-nearly-gold-equivalent",
       "The Varvarinskoye mine produced nearly 100,000 ounces of gold equivalent in 2024.",
       c("100,000 ounces", 100000, "oz", approx="approx", metric="production",
         period="2024"),
       published="2025-02-01"),
    ex("mn-anglo-asian-azerbaijan-down",
       "Anglo Asian Mining's gold production in Azerbaijan fell 45% to 24,400 ounces in "
       "2024.",
       c("45%", 45, "%", change="decrease", metric="production", period="2024"),
       c("24,400 ounces", 24400, "oz", change=None, metric="production", period="2024",
         entities=["Azerbaijan"]),
       published="2025-01-20"),
    ex("mn-kg-royalty-threshold",
       "Kyrgyzstan levies a royalty of 14% on gold sales when the price is above $2,600 an "
       "ounce.",
       c("14%", 14, "%", change=None, entities=["Kyrgyzstan"]),
       c("$2,600", 2600, "USD", per="oz", metric="price")),
]

BASE_METALS: list[Example] = [
    ex("mn-zinc-rose-lead-slipped",
       "Zinc in concentrate rose 7% to 238 kt, while lead output slipped 4%.",
       c("7%", 7, "%", change="increase"),
       c("238 kt", 238000, "t", change=None),
       c("4%", 4, "%", change="decrease", metric="production")),
    ex("mn-aksu-smelted-mt-ferrochrome",
       "ERG's Aksu ferroalloys plant smelted 1.1 mt of ferrochrome in 2023, making it one of "
       "the world's largest producers.",
       c("1.1 mt", 1.1e6, "t", metric="production", period="2023",
         entities=["Eurasian Resources Group"]),
       published="2024-04-01"),
    ex("mn-ferrochrome-offered-range-cif",
       "High-carbon ferrochrome from Kazakhstan was offered at $1,150-1,200 per tonne CIF "
       "China.",
       c("$1,150-1,200", 1150, "USD", value_high=1200, per="t", metric="price")),
    ex("mn-pavlodar-aluminium-annually",
       "The Pavlodar smelter produces around 250,000 tonnes of primary aluminium annually.",
       c("250,000 tonnes", 250000, "t", approx="approx", per="year", metric="production")),
    ex("mn-georgia-ferroalloy-exports-half",
       "Georgia's ferroalloy exports earned $283 million in the first half of 2025, down 12% "
       "year on year.",
       c("$283 million", 283e6, "USD", metric="exports", period="2025-01/2025-06",
         entities=["Georgia"], change=None),
       c("12%", 12, "%", change="decrease", metric="exports", period="2025-01/2025-06"),
       published="2025-08-01"),
    ex("mn-tajik-antimony-second-largest",
       "Tajikistan, the world's second-largest antimony producer, mined about 21,000 tonnes "
       "in 2024.",
       c("21,000 tonnes", 21000, "t", approx="approx", metric="production", period="2024",
         entities=["Tajikistan"]),
       published="2025-03-01"),
    ex("mn-qarmet-steel-recovered",
       "Qarmet's steel output recovered to 3.3 million tonnes after the Temirtau plant "
       "changed hands.",
       c("3.3 million tonnes", 3.3e6, "t", metric="production", change=None)),
    ex("mn-ssgpo-pellets-of-which-exported",
       "Iron ore pellet output at SSGPO totalled 8.7 million tonnes, of which 5.9 million "
       "tonnes were exported to China.",
       c("8.7 million tonnes", 8.7e6, "t", metric="production"),
       c("5.9 million tonnes", 5.9e6, "t", metric="exports", entities=["China"])),
    ex("mn-chiatura-manganese-quarter",
       "Georgian Manganese shipped 180,000 tonnes of manganese ore from Chiatura in the first "
       "quarter.",
       c("180,000 tonnes", 180000, "t", period="2025-01/2025-03", kind="actual"),
       published="2025-04-20"),
    ex("mn-tungsten-reserves-wo3-grade",
       "The Boguty tungsten deposit holds reserves of 72,000 tonnes of WO3 at an average "
       "grade of 0.4%.",
       c("72,000 tonnes", 72000, "t", metric="reserves"),
       c("0.4%", 0.4, "%", change=None)),
]

COAL: list[Example] = [
    ex("mn-coal-rail-fell-to-mt",
       "Coal shipments from Kazakhstan by rail fell 9.2% to 29.6 million tonnes last year as "
       "transit quotas through Russia tightened.",
       c("9.2%", 9.2, "%", change="decrease", period="2024"),
       c("29.6 million tonnes", 29.6e6, "t", change=None, period="2024",
         entities=["Kazakhstan"]),
       published="2025-02-12"),
    ex("mn-coal-export-plan-mt",
       "Kazakhstan plans to export 35 mt of coal in 2026, mostly to Russia and China.",
       c("35 mt", 35e6, "t", metric="exports", kind="projection", period="2026",
         entities=["Kazakhstan"]),
       published="2025-12-01"),
    ex("mn-ekibastuz-forecast-next-year",
       "Coal output in the Ekibastuz basin is forecast to reach 90 million tonnes next year.",
       c("90 million tonnes", 90e6, "t", metric="production", kind="projection",
         period="2026", change=None),
       published="2025-10-15"),
    ex("mn-coal-price-fell-per-tonne",
       "Thermal coal from Ekibastuz was sold to Russian power plants for 9,800 tenge per "
       "tonne, 6% less than a year earlier.",
       c("9,800 tenge", 9800, "KZT", per="t", metric="price"),
       c("6%", 6, "%", change="decrease")),
]

CRITICAL_INVEST_TAX: list[Example] = [
    ex("mn-eu-pledge-critical-raw-materials",
       "Kazakhstan and the European Union signed a memorandum on critical raw materials, with "
       "the EU pledging €1.2 billion for lithium and rare earth projects.",
       c("€1.2 billion", 1.2e9, "EUR", metric="investment", topic="investment",
         entities=["European Union"])),
    ex("mn-rare-earth-deposit-more-than",
       "The newly explored rare earth deposit in Karaganda region is estimated to hold more "
       "than 20 million tonnes of ore.",
       c("20 million tonnes", 20e6, "t", approx="min", metric="reserves")),
    ex("mn-korean-lithium-up-to",
       "A Korean consortium agreed to invest up to $500 million in a lithium mine in eastern "
       "Kazakhstan.",
       c("$500 million", 500e6, "USD", approx="max", metric="investment",
         kind="projection")),
    ex("mn-kz-mining-investment-tenge",
       "Investment in Kazakhstan's mining sector reached 1.9 trillion tenge in 2024, up 14%.",
       c("1.9 trillion tenge", 1.9e12, "KZT", metric="investment", period="2024",
         change=None, entities=["Kazakhstan"]),
       c("14%", 14, "%", change="increase", metric="investment", period="2024"),
       published="2025-03-01"),
    ex("mn-uz-met-gold-from-to",
       "Uzbekistan raised the mineral extraction tax on gold from 10% to 14% from 1 January.",
       c("10%", 10, "%", change=None, metric="tax rate", entities=["Uzbekistan"]),
       c("14%", 14, "%", change=None, metric="tax rate"),
       published="2025-01-05"),
    ex("mn-kz-met-copper-will-cut",
       "Kazakhstan will cut the mineral extraction tax rate for copper to 5.7% at new "
       "deposits.",
       c("5.7%", 5.7, "%", change=None, kind="projection", metric="tax rate")),
    ex("mn-kumtor-taxes-soms",
       "Kumtor paid 18.5 billion soms in taxes and royalties in 2024.",
       c("18.5 billion soms", 18.5e9, "KGS", period="2024"),
       published="2025-04-01"),
]

NEGATIVES: list[Example] = [
    ex("mn-neg-licence-article",
       "Licence No. 2145-EL for exploration of the Koktas-2 deposit was issued under Article "
       "196 of the Subsoil Code."),
    ex("mn-neg-formulas-founded",
       "The company converts U3O8 into UF6 at its Ulba plant, founded in 1949."),
    ex("mn-neg-phase-ordinals-event",
       "The 3rd phase of Boshchekul and the second concentrator at Aktogay were discussed at "
       "Mining Week 2025."),
    ex("mn-neg-block-names-dates",
       "Drilling at South Inkai Block 4 resumed on 12.03.2025 after JV Budenovskoye signed "
       "amendment No. 7."),
]

EXAMPLES: list[Example] = [*URANIUM, *COPPER, *GOLD_SILVER, *BASE_METALS, *COAL,
                           *CRITICAL_INVEST_TAX, *NEGATIVES]

KNOWN_GAPS: dict[str, str] = {}
