"""Held-out sentences written after the parser was tuned, on agriculture, food and fertiliser
trade in Central Asia, the Caucasus, Russia, Türkiye, China and the EU: grain, flour, cotton,
fruit and vegetables, meat, sugar, sunflower oil and fertilisers; harvests, yields and sown
areas; export quotas and bans; prices per tonne (FOB, CPT); shipments by rail and through
ports; transit to Afghanistan, Iran and China; phytosanitary approvals; shares, changes,
hedges, marketing years and seasons, projections against actuals, and negatives (dates,
decree numbers, ordinals, HS codes, GOST numbers, wheat classes and grades).

Written in our own words and read by hand first (issue 2's field definitions); the parser was
run only afterwards, to measure how it generalises beyond the corpus it was tuned on.
"""

from __future__ import annotations

from . import EU, Example, c, ex

AG = "agriculture"

GRAIN: list[Example] = [
    ex("ag-kz-grain-flour-exports-marketing-year",
       "Kazakhstan exported 8.6 million tonnes of grain and flour in the 2023/24 marketing "
       "year, the Ministry of Agriculture said.",
       c("8.6 million tonnes", 8.6e6, "t", metric="grain exports", topic=AG,
         entities=["Kazakhstan"], kind="actual", change=None, approx=None),
       published="2024-07-15"),
    ex("ag-ru-wheat-export-quota-dates",
       "Russia set a wheat export quota of 10.6 million tonnes for the period from "
       "February 15 to June 30, 2025.",
       c("10.6 million tonnes", 10.6e6, "t", metric="grain exports", topic=AG,
         entities=["Russia"], change=None),
       published="2024-12-20"),
    ex("ag-poti-grain-shipments-first-half",
       "Grain shipments through the port of Poti rose 18% to 1.1 mt in the first half "
       "of 2025.",
       c("18%", 18, "%", change="increase", metric="grain exports", period="2025-01/2025-06"),
       c("1.1 mt", 1.1e6, "t", change=None, metric="grain exports", topic=AG,
         entities=["Port of Poti"], period="2025-01/2025-06"),
       published="2025-07-20"),
    ex("ag-kz-plans-season-and-afghanistan-share",
       "Kazakhstan plans to export 11 million tonnes of grain in the 2025/26 season, "
       "including 2.5 million tonnes to Afghanistan.",
       c("11 million tonnes", 11e6, "t", kind="projection", metric="grain exports", topic=AG,
         entities=["Kazakhstan"]),
       c("2.5 million tonnes", 2.5e6, "t", kind="projection", metric="grain exports",
         entities=["Afghanistan"]),
       published="2025-08-01"),
    ex("ag-barley-exports-times-level",
       "Barley exports from Kazakhstan jumped 2.3 times to 1.9 million tonnes in the 2024/25 "
       "marketing year, with Iran and China the main buyers.",
       c("2.3 times", 2.3, "x", change="increase", metric="grain exports", topic=AG),
       c("1.9 million tonnes", 1.9e6, "t", change=None, metric="grain exports",
         entities=["Kazakhstan"]),
       published="2025-07-25"),
    ex("ag-flour-afghanistan-fell-by-quarter",
       "Wheat flour exports to Afghanistan fell by 25% to 1.4 million tonnes.",
       c("25%", 25, "%", change="decrease", metric="grain exports"),
       c("1.4 million tonnes", 1.4e6, "t", change=None, metric="grain exports",
         entities=["Afghanistan"])),
    ex("ag-uz-imports-around-a-year",
       "Uzbekistan imports around 3 million tonnes of wheat a year, mostly from Kazakhstan.",
       c("3 million tonnes", 3e6, "t", approx="approx", per="year", metric="imports",
         entities=["Uzbekistan", "Kazakhstan"])),
    ex("ag-tr-russian-wheat-marketing-year-months",
       "Türkiye bought 4.1 million tonnes of Russian wheat in the first seven months of the "
       "2024/25 marketing year.",
       c("4.1 million tonnes", 4.1e6, "t", entities=["Türkiye", "Russia"], topic=AG),
       published="2025-03-01"),
    ex("ag-ge-wheat-imports-share-from-russia",
       "Georgia imported 540,000 tonnes of wheat in 2024, 92% of it from Russia.",
       c("540,000 tonnes", 540e3, "t", metric="imports", entities=["Georgia"], period="2024"),
       c("92%", 92, "%", metric="imports", change=None, entities=["Russia"]),
       published="2025-02-01"),
    ex("ag-cn-imports-first-eleven-months-mt",
       "Chinese imports of Kazakh wheat reached 2 Mt in the first 11 months of 2024, up from "
       "1.1 Mt a year earlier.",
       c("2 Mt", 2e6, "t", metric="imports", period="2024-01/2024-11", change=None,
         entities=["China", "Kazakhstan"]),
       c("1.1 Mt", 1.1e6, "t", metric="imports", change=None),
       published="2024-12-20"),
    ex("ag-wagons-altynkol-october",
       "Some 1,200 wagons of Kazakh grain crossed the Altynkol border point into China in "
       "October.",
       c("1,200 wagons", 1200, "count", approx="approx", item="wagon",
         entities=["Altynkol crossing", "China"], period="2025-10"),
       published="2025-11-05"),
    ex("ag-transit-iran-via-turkmenistan",
       "Transit of grain from Kazakhstan to Iran via Turkmenistan by rail totalled "
       "860,000 tonnes last year.",
       c("860,000 tonnes", 860e3, "t", period="2024",
         entities=["Kazakhstan", "Iran", "Turkmenistan"]),
       published="2025-01-20"),
    ex("ag-aktau-handled-grain-twice-as-much",
       "Aktau port handled 420,000 tonnes of grain in 2024, twice as much as in 2023.",
       c("420,000 tonnes", 420e3, "t", period="2024", entities=["Port of Aktau"]),
       # the multiplier's surface is "twice", as elsewhere ("twice as fast")
       c("twice", 2, "x", change="increase", period="2024"),
       published="2025-02-01"),
    ex("ag-batumi-terminal-can-store",
       "Batumi's grain terminal can store 120,000 tonnes.",
       c("120,000 tonnes", 120e3, "t", metric="capacity", entities=["Port of Batumi"])),
    ex("ag-stocks-as-of-date",
       "Wheat stocks at elevators stood at 7.6 million tonnes as of 1 March, 14% less than a "
       "year before.",
       c("7.6 million tonnes", 7.6e6, "t", change=None),
       c("14%", 14, "%", change="decrease"),
       published="2025-03-10"),
]

HARVEST: list[Example] = [
    ex("ag-uz-cotton-harvest-and-yield-centners",
       "Uzbek farmers harvested 3.6 million tonnes of raw cotton in 2024, with an average "
       "yield of 34 centners per hectare.",
       c("3.6 million tonnes", 3.6e6, "t", metric="harvest", topic=AG, entities=["Uzbekistan"],
         period="2024"),
       c("34 centners", 3.4, "t", per="ha", metric="yield", topic=AG),
       published="2025-01-15"),
    ex("ag-beet-yield-centners-region",
       "Sugar beet yields averaged 420 centners per hectare in the Zhambyl region.",
       c("420 centners", 42, "t", per="ha", metric="yield", topic=AG)),
    ex("ag-ru-harvest-may-reach-vs-last-year",
       "Russia's grain harvest may reach 135 million tonnes this year, below last year's "
       "144 million tonnes, according to SovEcon.",
       c("135 million tonnes", 135e6, "t", kind="projection", metric="harvest", period="2025",
         entities=["Russia"]),
       c("144 million tonnes", 144e6, "t", kind="actual", metric="harvest", period="2024"),
       published="2025-06-10"),
    ex("ag-sown-area-shrank-by-to",
       "The area sown to wheat shrank by 600,000 hectares to 11.9 million hectares.",
       c("600,000 hectares", 600e3, "ha", change="decrease", metric="sown area", topic=AG),
       c("11.9 million hectares", 11.9e6, "ha", change=None, metric="sown area")),
    ex("ag-tj-fruit-veg-harvest-highest-in-years",
       "The harvest of fruit and vegetables in Tajikistan reached 4.7 million tonnes, the "
       "highest in 10 years.",
       c("4.7 million tonnes", 4.7e6, "t", metric="harvest", topic=AG,
         entities=["Tajikistan"])),
    ex("ag-winter-crops-sown-share-of-plan",
       "Winter crops were sown on 1.8 million hectares, 97% of the plan.",
       c("1.8 million hectares", 1.8e6, "ha", metric="sown area", kind="actual"),
       c("97%", 97, "%", change=None)),
    ex("ag-yield-target-centners-by-2030",
       "The ministry aims to raise average wheat yields to 15 centners per hectare by 2030 "
       "from 12.3 centners now.",
       c("15 centners", 1.5, "t", per="ha", kind="projection", period="2030", metric="yield"),
       c("12.3 centners", 1.23, "t", per="ha", kind="actual", metric="yield"),
       published="2025-05-01"),
    ex("ag-kz-meat-production-ten-months",
       "Meat production in Kazakhstan increased 3.8% in January–October 2025 compared with the "
       "same period of 2024.",
       c("3.8%", 3.8, "%", change="increase", metric="production", period="2025-01/2025-10",
         entities=["Kazakhstan"]),
       published="2025-11-20"),
    ex("ag-az-egg-production-billion",
       "Egg production in Azerbaijan was 1.9 billion eggs last year.",
       # eggs are no counted noun ("a dozen eggs" is how they are sold): the number alone
       c("1.9 billion", 1.9e9, "count", metric="production", entities=["Azerbaijan"],
         period="2024"),
       published="2025-02-01"),
    ex("ag-production-of-goods-noun-of",
       "Production of sunflower oil in Kazakhstan reached 1.2 million tonnes in 2024.",
       c("1.2 million tonnes", 1.2e6, "t", metric="production", entities=["Kazakhstan"],
         period="2024"),
       published="2025-03-01"),
    ex("ag-yield-t-per-ha-slash",
       "Wheat yields in the north averaged 2.1 t/ha, against 1.8 t per ha last year.",
       c("2.1 t", 2.1, "t", per="ha", metric="yield", topic=AG),
       c("1.8 t", 1.8, "t", per="ha", metric="yield", period="2024"),
       published="2025-10-01"),
    ex("ag-head-of-cattle-counted",
       "Farms in the Kostanay region keep 410,000 head of cattle.",
       c("410,000 head of cattle", 410e3, "count", item="cattle", metric="livestock count",
         topic=AG)),
    ex("ag-kz-ammonium-nitrate-output",
       "Kazakhstan's ammonium nitrate output reached 1.05 million tonnes.",
       c("1.05 million tonnes", 1.05e6, "t", metric="production", entities=["Kazakhstan"])),
]

PRICES: list[Example] = [
    ex("ag-fob-aktau-range-class-3",
       "Milling wheat of class 3 was quoted at $210-215 per tonne FOB Aktau last week.",
       c("$210-215", 210, "USD", value_high=215, per="t", metric="price",
         entities=["Port of Aktau"]),
       published="2025-03-10"),
    ex("ag-cpt-novorossiysk-grade-roubles",
       "No. 2 grade barley traded at 19,500 roubles per tonne CPT Novorossiysk.",
       c("19,500 roubles", 19500, "RUB", per="t", metric="price")),
    ex("ag-urea-rose-to-from",
       "Urea prices in the Baltic rose to $395 per tonne FOB from $340 a month earlier.",
       c("$395", 395, "USD", per="t", change=None, metric="price"),
       c("$340", 340, "USD", change=None)),
    ex("ag-kz-domestic-wheat-tenge-lower",
       "Wheat prices on Kazakhstan's domestic market averaged 95,000 tenge per tonne, 8% lower "
       "than a year ago.",
       c("95,000 tenge", 95000, "KZT", per="t", metric="price", entities=["Kazakhstan"]),
       c("8%", 8, "%", change="decrease")),
    ex("ag-potato-price-doubled-soms-per-kg",
       "The price of potatoes in Bishkek doubled over the summer to 60 soms per kilogram.",
       c("doubled", 2, "x", change="increase", metric="price"),
       c("60 soms", 60, "KGS", per="kg", change=None, metric="price")),
    ex("ag-protein-grade-not-a-claim-price-slash-t",
       "Russian wheat with 12.5% protein was offered at $228/t FOB in the Black Sea.",
       c("$228", 228, "USD", per="t", metric="price", entities=["Russia"])),
    ex("ag-export-duty-per-tonne-six-month-ban",
       "Kazakhstan imposed a six-month ban on exports of sunflower seeds and set an export "
       "duty of $100 per tonne on sunflower oil.",
       c("$100", 100, "USD", per="t", metric="customs duty", entities=["Kazakhstan"])),
]

TRADE: list[Example] = [
    ex("ag-ru-sunflower-oil-share-down-from",
       "Russia accounted for 28% of global sunflower oil exports in the 2024/25 season, down "
       "from 31% a year earlier.",
       c("28%", 28, "%", metric="agricultural exports", topic=AG, entities=["Russia"],
         change=None),
       c("31%", 31, "%", metric="agricultural exports", change=None),
       published="2025-08-01"),
    ex("ag-tm-cotton-exports-halved",
       "Turkmenistan's cotton exports halved in 2024 to 150,000 tonnes.",
       c("halved", 0.5, "x", change="decrease", metric="agricultural exports", period="2024",
         entities=["Turkmenistan"]),
       c("150,000 tonnes", 150e3, "t", change=None, metric="agricultural exports",
         period="2024"),
       published="2025-03-01"),
    ex("ag-az-fruit-veg-earned-up",
       "Azerbaijan's fruit and vegetable exports brought in $780 million in 2024, up 12%.",
       c("$780 million", 780e6, "USD", metric="agricultural exports", topic=AG,
         entities=["Azerbaijan"], period="2024", change=None),
       c("12%", 12, "%", change="increase", metric="agricultural exports", period="2024"),
       published="2025-02-15"),
    ex("ag-uz-fruit-veg-tonnes-worth",
       "Uzbekistan exported 1.5 million tons of fruit and vegetables worth $1.4 billion in "
       "January-September.",
       c("1.5 million tons", 1.5e6, "t", metric="agricultural exports", topic=AG,
         period="2025-01/2025-09", entities=["Uzbekistan"]),
       c("$1.4 billion", 1.4e9, "USD", metric="agricultural exports",
         period="2025-01/2025-09"),
       published="2025-10-15"),
    ex("ag-tj-cotton-share-of-total-exports",
       "Cotton fibre exports account for about 15% of Tajikistan's total exports.",
       c("15%", 15, "%", approx="approx", entities=["Tajikistan"], change=None)),
    ex("ag-kg-honey-five-times-more",
       "Kyrgyzstan shipped 350 tonnes of honey to the EU in 2024, five times more than "
       "in 2022.",
       c("350 tonnes", 350, "t", period="2024", entities=["Kyrgyzstan", EU],
         metric="agricultural exports", topic=AG),
       c("five times", 5, "x", change="increase"),
       published="2025-04-01"),
    ex("ag-lamb-exports-rose-by-to",
       "Exports of lamb to the Gulf states rose by 4,000 tonnes to 11,000 tonnes.",
       c("4,000 tonnes", 4000, "t", change="increase", metric="agricultural exports", topic=AG),
       c("11,000 tonnes", 11000, "t", change=None, metric="agricultural exports")),
    ex("ag-eu-cap-ukrainian-sugar-a-year",
       "The EU will cap duty-free imports of Ukrainian sugar at 109,000 tonnes a year.",
       c("109,000 tonnes", 109e3, "t", per="year", kind="projection", metric="imports",
         entities=[EU, "Ukraine"]),
       published="2025-06-01"),
    ex("ag-belarus-dairy-share-roughly",
       "Dairy imports from Belarus make up roughly 65% of Kazakhstan's market.",
       c("65%", 65, "%", approx="approx", metric="imports",
         entities=["Belarus", "Kazakhstan"])),
    ex("ag-ru-fertiliser-exports-expected-range",
       "Russia's fertiliser exports to Central Asia are expected to grow by 10-12% next year.",
       c("10-12%", 10, "%", value_high=12, change="increase", kind="projection",
         period="2026", entities=["Russia"], metric="fertiliser exports", topic=AG),
       published="2025-09-15"),
    ex("ag-potash-rail-china-five-months",
       "Uralkali shipped 1.2 million tonnes of potash to China by rail in January–May 2025, "
       "15% more than a year earlier.",
       c("1.2 million tonnes", 1.2e6, "t", period="2025-01/2025-05", entities=["China"],
         metric="fertiliser exports", topic=AG),
       c("15%", 15, "%", change="increase", period="2025-01/2025-05",
         metric="fertiliser exports"),
       published="2025-06-20"),
    ex("ag-kz-fertilisers-worth-and-imports",
       "Kazakhstan exported 200,000 tonnes of fertilisers worth $70 million, while Uzbekistan "
       "imported 300,000 tonnes of mineral fertilisers.",
       c("200,000 tonnes", 200e3, "t", metric="fertiliser exports", topic=AG,
         entities=["Kazakhstan"]),
       c("$70 million", 70e6, "USD", metric="fertiliser exports"),
       c("300,000 tonnes", 300e3, "t", metric="imports", entities=["Uzbekistan"])),
    ex("ag-barley-flaxseed-shipped-list",
       "Kazakhstan shipped 1.2 mt of barley to Iran and 0.5 mt of flaxseed to China.",
       c("1.2 mt", 1.2e6, "t", metric="grain exports", topic=AG, entities=["Kazakhstan", "Iran"]),
       c("0.5 mt", 0.5e6, "t", metric="agricultural exports", topic=AG)),
    ex("ag-ge-hazelnuts-worth",
       "Georgia exported hazelnuts worth $120 million in the 2024/25 season.",
       c("$120 million", 120e6, "USD", metric="agricultural exports", topic=AG,
         entities=["Georgia"])),
    ex("ag-ir-bought-wheat-worth",
       "Iran bought 600 thousand tons of Kazakh wheat last season worth $150 mln.",
       c("600 thousand tons", 600e3, "t", entities=["Iran", "Kazakhstan"]),
       c("$150 mln", 150e6, "USD")),
]

APPROVALS: list[Example] = [
    ex("ag-phyto-enterprises-allowed",
       "After phytosanitary inspections, 12 enterprises were allowed to export barley to "
       "China.",
       c("12 enterprises", 12, "count", item="enterprise", entities=["China"])),
    ex("ag-beef-companies-certified",
       "China lifted its ban on Kazakh beef, and five meat processing companies received "
       "export certificates.",
       c("five meat processing companies", 5, "count", item="company")),
]

NEGATIVES: list[Example] = [
    ex("ag-neg-decree-hs-gost",
       "Under Government Decree No. 458 of 12 August 2024, wheat classified under HS 1001 "
       "and meeting GOST 9353-2016 may be exported without a licence."),
    ex("ag-neg-forum-ordinal-hall",
       "The 3rd Astana Grain Forum opened on 5 June 2025 in Hall 2 of the EXPO centre."),
    # how long a ban lasts is a duration, as the parser reads transit times (debatable)
    ex("ag-ban-extended-months-duration",
       "An export ban on sugar, in force since April 2024, will be extended for another "
       "six months.",
       c("six months", 6, "month", kind="projection")),
    ex("ag-neg-urea-nitrogen-grade",
       "Granulated urea (46% nitrogen) and potash with 60% K2O made up the cargo."),
    ex("ag-neg-class-grade-season",
       "Class 3 wheat and No. 2 grade barley dominated trading in the 2024/25 season."),
]

EXAMPLES: list[Example] = [*GRAIN, *HARVEST, *PRICES, *TRADE, *APPROVALS, *NEGATIVES]

KNOWN_GAPS: dict[str, str] = {}
