"""Held-out sentences written after the parser was tuned, on fuel and refined-products markets
in Central Asia and the Caucasus: retail prices of diesel, AI-92/AI-95 gasoline and LPG per
litre (tenge, som, soum, manat, lari, dram), wholesale prices per tonne, export bans and
quotas in tonnes, refinery throughput and outputs (Atyrau, Pavlodar, Shymkent, Baku,
Bukhara), imports from Russia, jet fuel for airlines, bunker fuel at Caspian ports ($/mt),
price caps and subsidies, with hedges, rates, periods, projections, entities and negatives
(octane grades such as AI-92, Euro-5 standards, refinery unit numbers, decree numbers,
dates). Expectations were written by hand from reading the text, before the parser was run
on it.
"""

from __future__ import annotations

from . import Example, c, ex

KZ = ["Kazakhstan"]

RETAIL: list[Example] = [
    ex("fuel-ai92-tenge-per-litre-month",
       "The retail price of AI-92 gasoline in Kazakhstan rose to 235 tenge per litre in "
       "October.",
       c("235 tenge", 235, "KZT", per="l", metric="energy price", topic="energy", change=None,
         kind="actual", entities=KZ, period="2025-10"), published="2025-11-05"),
    ex("fuel-ai95-growth-and-level-a-litre",
       "Prices of AI-95 climbed 12% year on year to 290 tenge a litre.",
       c("12%", 12, "%", change="increase", metric="energy price", kind="actual"),
       c("290 tenge", 290, "KZT", per="l", change=None, metric="energy price")),
    ex("fuel-kg-diesel-som-per-litre",
       "In Kyrgyzstan, diesel sells for 78 som per litre at most filling stations.",
       c("78 som", 78, "KGS", per="l", metric="energy price", entities=["Kyrgyzstan"],
         change=None)),
    ex("fuel-az-tariff-council-from-to-manat",
       "Azerbaijan's tariff council raised the price of AI-92 petrol from 1 manat to 1.10 "
       "manats per litre.",
       c("1 manat", 1, "AZN", change=None, metric="energy price", entities=["Azerbaijan"]),
       c("1.10 manats", 1.1, "AZN", per="l", change=None, metric="energy price",
         entities=["Azerbaijan"])),
    ex("fuel-ge-lari-and-tetri-change",
       "Petrol in Georgia averaged 3.05 lari per litre in May, down 4 tetri from April.",
       c("3.05 lari", 3.05, "GEL", per="l", metric="energy price", period="2025-05",
         entities=["Georgia"], change=None),
       c("4 tetri", 0.04, "GEL", change="decrease", metric="energy price"),
       published="2025-06-10"),
    ex("fuel-lpg-about-tenge-per-litre",
       "Liquefied petroleum gas at filling stations in Almaty costs about 110 tenge per litre.",
       c("110 tenge", 110, "KZT", per="l", approx="approx", metric="energy price",
         topic="energy")),
    ex("fuel-kg-range-som-per-litre",
       "AI-92 prices in Bishkek range between 65 and 68 som per litre.",
       c("65 and 68 som", 65, "KGS", value_high=68, per="l", metric="energy price")),
    ex("fuel-uz-a-litre-costs-soums",
       "In Tashkent, a litre of AI-91 costs 10,500 soums.",
       c("10,500 soums", 10500, "UZS", per="l", metric="energy price")),
    ex("fuel-diesel-up-by-tenge-to-level",
       "Diesel went up by 15 tenge to 310 tenge per litre on Monday.",
       c("15 tenge", 15, "KZT", per="l", change="increase", metric="energy price"),
       c("310 tenge", 310, "KZT", per="l", change=None, metric="energy price")),
    ex("fuel-am-drams-per-litre",
       "Armenia's average AI-95 price stood at 520 drams per litre in the third quarter.",
       c("520 drams", 520, "AMD", per="l", metric="energy price", entities=["Armenia"],
         period="2025-07/2025-09"), published="2025-10-20"),
    ex("fuel-tm-manats-are-turkmen",
       "Turkmen motorists pay 1.5 manats per litre for AI-95.",
       c("1.5 manats", 1.5, "TMT", per="l", metric="energy price")),
    ex("fuel-forecast-by-end-of-year",
       "The Energy Ministry forecasts AI-92 to reach 250 tenge per litre by the end of 2026.",
       c("250 tenge", 250, "KZT", per="l", kind="projection", metric="energy price",
         period="2026"), published="2025-09-01"),
    ex("fuel-diesel-almost-doubled-since",
       "Diesel prices in Kazakhstan have almost doubled since 2021.",
       c("doubled", 2, "x", change="increase", approx="approx", metric="energy price",
         period="2021/..", entities=KZ)),
]

WHOLESALE: list[Example] = [
    ex("fuel-price-cap-tenge-per-tonne-until-date",
       "The ministry capped the wholesale price of diesel at 270,000 tenge per tonne until "
       "March 31, 2026.",
       c("270,000 tenge", 270000, "KZT", per="t", approx="max", metric="energy price")),
    ex("fuel-wholesale-a-tonne-against",
       "Wholesale gasoline in Kazakhstan traded at 290,000 tenge a tonne, against 340,000 "
       "tenge in Russia.",
       c("290,000 tenge", 290000, "KZT", per="t", metric="energy price", entities=KZ),
       c("340,000 tenge", 340000, "KZT", per="t", metric="energy price")),
    ex("fuel-refining-margin-per-barrel",
       "Refining margins in the region fell to $8 a barrel in July.",
       c("$8", 8, "USD", per="bbl", change=None, period="2025-07"), published="2025-08-15"),
    ex("fuel-subsidy-roughly-a-year",
       "Turkmenistan spends roughly $1.3 billion a year subsidising petrol, according to IMF "
       "estimates.",
       c("$1.3 billion", 1.3e9, "USD", per="year", approx="approx",
         entities=["Turkmenistan"])),
]

BUNKER_JET: list[Example] = [
    ex("fuel-bunker-aktau-per-mt",
       "Bunker fuel at the port of Aktau is quoted at $640/mt for VLSFO.",
       c("$640", 640, "USD", per="t", metric="energy price", entities=["Port of Aktau"])),
    ex("fuel-mgo-baku-averaged-up-from",
       "Marine gasoil delivered at Baku port averaged $910 per metric ton in September, up $35 "
       "from August.",
       c("$910", 910, "USD", per="t", metric="energy price", period="2025-09", change=None),
       c("$35", 35, "USD", change="increase", metric="energy price"),
       published="2025-10-02"),
    ex("fuel-jet-fuel-airport-per-tonne",
       "Air Astana said jet fuel at Almaty airport costs $1,050 per tonne, well above prices in "
       "Dubai.",
       c("$1,050", 1050, "USD", per="t", metric="energy price", entities=["Air Astana"])),
    ex("fuel-jet-fuel-consumed-last-year",
       "Uzbekistan Airways consumed 420,000 tonnes of jet fuel last year.",
       c("420,000 tonnes", 420000, "t", period="2024", kind="actual"),
       published="2025-03-01"),
    ex("fuel-airline-cost-share-range",
       "Fuel makes up 35-40% of SCAT Airlines' operating costs.",
       c("35-40%", 35, "%", value_high=40, change=None)),
    ex("fuel-surcharge-per-ticket",
       "Kyrgyz carriers added a fuel surcharge of 1,200 som per ticket.",
       c("1,200 som", 1200, "KGS", per="ticket", change=None, entities=["Kyrgyzstan"])),
]

TRADE: list[Example] = [
    ex("fuel-export-quota-tonnes-quarter",
       "The government set a quota of 100,000 tonnes for gasoline exports to Kyrgyzstan in the "
       "third quarter.",
       c("100,000 tonnes", 100000, "t", metric="exports", kind="projection",
         period="2025-07/2025-09", entities=["Kyrgyzstan"]), published="2025-07-05"),
    ex("fuel-imports-from-russia-half-and-decline",
       "Kazakhstan imported 350,000 tonnes of gasoline from Russia in the first half of 2025, "
       "40% less than a year earlier.",
       c("350,000 tonnes", 350000, "t", metric="imports", period="2025-01/2025-06",
         kind="actual", entities=["Kazakhstan", "Russia"]),
       c("40%", 40, "%", change="decrease", metric="imports"), published="2025-08-01"),
    ex("fuel-russia-share-more-than",
       "Russia supplies more than 90% of the fuel consumed in Kyrgyzstan.",
       c("90%", 90, "%", approx="min", entities=["Russia", "Kyrgyzstan"])),
    ex("fuel-az-oil-products-tonnes-worth",
       "Azerbaijan exported 1.2 million tonnes of oil products worth $740 million in 2024.",
       c("1.2 million tonnes", 1.2e6, "t", metric="oil exports", period="2024",
         entities=["Azerbaijan"]),
       c("$740 million", 740e6, "USD", metric="oil exports", period="2024"),
       published="2025-02-01"),
    ex("fuel-tm-gasoline-exports-fold",
       "Turkmenistan's gasoline exports to Afghanistan rose 1.5-fold in 2024.",
       c("1.5-fold", 1.5, "x", change="increase", metric="exports", period="2024",
         entities=["Turkmenistan", "Afghanistan"]), published="2025-02-01"),
    ex("fuel-ge-imports-petroleum-products",
       "Georgia imported 1.1 million tonnes of petroleum products in 2024.",
       c("1.1 million tonnes", 1.1e6, "t", metric="imports", period="2024",
         entities=["Georgia"]), published="2025-02-01"),
    ex("fuel-uz-imports-value-and-growth",
       "Uzbekistan spent $1.1 billion on fuel imports in January-November 2025, 18% more year "
       "on year.",
       c("$1.1 billion", 1.1e9, "USD", metric="imports", period="2025-01/2025-11",
         entities=["Uzbekistan"]),
       c("18%", 18, "%", change="increase", metric="imports"), published="2025-12-15"),
    ex("fuel-rail-tank-cars-tonnes-a-month",
       "Russian Railways lifted its ban on gasoline shipments by tank car to Central Asia, "
       "freeing 20,000 tonnes a month.",
       c("20,000 tonnes", 20000, "t", per="month")),
    ex("fuel-deficit-expected-next-year",
       "Analysts expect a diesel deficit of 500,000 tonnes in Kazakhstan in 2026.",
       c("500,000 tonnes", 500000, "t", kind="projection", period="2026", entities=KZ),
       published="2025-10-01"),
]

REFINING: list[Example] = [
    ex("fuel-atyrau-processed-and-growth",
       "The Atyrau refinery processed 5.4 million tonnes of crude oil in 2024, up 2.3% from "
       "the previous year.",
       c("5.4 million tonnes", 5.4e6, "t", metric="refinery throughput", topic="energy",
         period="2024", kind="actual"),
       c("2.3%", 2.3, "%", change="increase", metric="refinery throughput"),
       published="2025-02-01"),
    ex("fuel-pavlodar-two-outputs",
       "The Pavlodar refinery produced 1.8 million tonnes of gasoline and 1.5 million tonnes of "
       "diesel in January-September.",
       c("1.8 million tonnes", 1.8e6, "t", metric="production", period="2025-01/2025-09"),
       c("1.5 million tonnes", 1.5e6, "t", metric="production", period="2025-01/2025-09"),
       published="2025-10-10"),
    ex("fuel-shymkent-capacity-from-to-by",
       "The operator plans to expand the Shymkent refinery's capacity from 6 million to 12 "
       "million tonnes a year by 2030.",
       c("6 million", 6e6, "t", per="year", metric="capacity"),
       c("12 million tonnes", 12e6, "t", per="year", metric="capacity", kind="projection",
         period="2030")),
    ex("fuel-baku-modernisation-cost-euro5",
       "SOCAR's refinery in Baku will produce Euro-5 fuels after a $2.2 billion modernisation.",
       c("$2.2 billion", 2.2e9, "USD", entities=["SOCAR"])),
    ex("fuel-bukhara-about-annually",
       "The Bukhara refinery refines about 2.5 million tonnes of gas condensate and oil "
       "annually.",
       c("2.5 million tonnes", 2.5e6, "t", per="year", approx="approx",
         metric="refinery throughput", topic="energy")),
    ex("fuel-maintenance-days-projection",
       "The Shymkent refinery will halt for 30 days of scheduled maintenance in September.",
       c("30 days", 30, "day", kind="projection")),
    ex("fuel-output-covers-demand-share",
       "Gasoline output at the three refineries covers 85% of domestic demand.",
       c("85%", 85, "%", change=None)),
    ex("fuel-new-refinery-capacity-planned",
       "A new refinery with a capacity of 10 million tonnes per year is planned in the Zhambyl "
       "region.",
       c("10 million tonnes", 10e6, "t", per="year", metric="capacity", kind="projection")),
    ex("fuel-lpg-production-and-consumption",
       "LPG production in Kazakhstan reached 2.9 million tonnes in 2024, while domestic "
       "consumption was 2.1 million tonnes.",
       c("2.9 million tonnes", 2.9e6, "t", metric="production", period="2024", entities=KZ),
       c("2.1 million tonnes", 2.1e6, "t", period="2024"), published="2025-02-01"),
    ex("fuel-baku-about-bpd",
       "The Baku refinery runs at about 120,000 barrels per day.",
       c("120,000 barrels", 120000, "bbl", per="day", approx="approx")),
    ex("fuel-unit-name-up-to-a-month",
       "The CDU-2 unit at Atyrau processes up to 100,000 tonnes a month.",
       c("100,000 tonnes", 100000, "t", per="month", approx="max")),
    ex("fuel-euro5-share-pp-and-level",
       "The share of Euro-5 fuel in Uzbekistan's sales rose by 6 percentage points to 41%.",
       c("6 percentage points", 6, "pp", change="increase", entities=["Uzbekistan"]),
       c("41%", 41, "%", change=None)),
    ex("fuel-stations-ran-dry-some",
       "Some 60 filling stations in Bishkek ran dry last week.",
       c("60 filling stations", 60, "count", approx="approx")),
]

MORE: list[Example] = [
    ex("fuel-jet-fuel-manats-per-tonne-vat",
       "Azerbaijan Airlines buys jet fuel from SOCAR at 1,890 manats per tonne, VAT included.",
       c("1,890 manats", 1890, "AZN", per="t", metric="energy price", topic="energy",
         entities=["SOCAR"])),
    ex("fuel-tj-imports-of-which-share",
       "Tajikistan imported 1.06 mln t of oil products in 2024, of which 98% came from Russia.",
       c("1.06 mln t", 1.06e6, "t", metric="imports", period="2024", kind="actual",
         entities=["Tajikistan"]),
       c("98%", 98, "%", change=None), published="2025-03-01"),
    ex("fuel-range-will-stay-until-year-end",
       "Prices for AI-92 at KazMunayGas stations will stay at 205-210 tenge until the end of "
       "the year.",
       c("205-210 tenge", 205, "KZT", value_high=210, kind="projection",
         metric="energy price", entities=["KazMunayGas"])),
    ex("fuel-fourth-refinery-plan-by",
       "The government approved a 1.5 trillion tenge plan to build a fourth refinery by 2030.",
       c("1.5 trillion tenge", 1.5e12, "KZT", kind="projection", period="2030")),
]

NEGATIVES: list[Example] = [
    ex("fuel-neg-ban-extended-no-numbers",
       "Kazakhstan extended its ban on road exports of petroleum products until the end of the "
       "year."),
    ex("fuel-neg-octane-grades-and-euro-class",
       "Stations must sell AI-92 and AI-95 fuels meeting the K5 class, equivalent to Euro-5."),
    ex("fuel-neg-unit-number-and-date",
       "Repairs on catalytic cracking unit No. 2 at the Pavlodar refinery began on 15 April."),
    ex("fuel-neg-resolution-number-and-date",
       "Resolution No. 412 of 3 May 2025 regulates petroleum product prices."),
    ex("fuel-neg-moratorium-until-date",
       "The moratorium on raising fuel prices in Kazakhstan was extended until 1 April 2025."),
    ex("fuel-neg-euro4-since-year",
       "Sales of fuel below the Euro-4 class have been banned since 2016."),
    ex("fuel-neg-ai-80-and-gost",
       "Production of AI-80 under GOST 32513-2013 ended at the Bukhara plant in 2019."),
]

EXAMPLES: list[Example] = (RETAIL + WHOLESALE + BUNKER_JET + TRADE + REFINING + MORE
                           + NEGATIVES)

KNOWN_GAPS: dict[str, str] = {}
