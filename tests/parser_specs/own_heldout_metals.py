"""Held-out sentences on the metals and mining trade along the corridors, written after the
parser: steel and scrap, ferroalloys, aluminium and tolling, copper and concentrate by rail to
China, zinc and lead, uranium from Kazakhstan and Uzbekistan, with Tajik aluminium and zinc;
output in kt and "ktpa", smelter capacity, LME and spot prices per tonne and per pound, price
moves ("up $120 a tonne"), ore grades ("0.45% copper", "g/t gold"), production guidance
ranges for next year, treatment charges and export duties on scrap; negatives that must not be
claims (licence, mine and shaft numbers, steel grades such as S355 and 09G2S, "Unit 2",
alloy names with digits, isotopes, standards and resolution numbers, ordinals).

Written by hand in our own words, expectations first, then compared with the parser: a
measure of how it generalises beyond the corpus and the tables it was tuned on.
"""

from __future__ import annotations

from . import Example, c, ex

KAZ_MIN = "KAZ Minerals"

STEEL_SCRAP: list[Example] = [
    ex("ml-qarmet-rolled-steel-half",
       "Qarmet shipped 1.6 million tonnes of rolled steel in the first half of 2026, 11% more "
       "than a year earlier.",
       c("1.6 million tonnes", 1.6e6, "t", period="2026-01/2026-06", kind="actual",
         change=None),
       c("11%", 11, "%", change="increase", period="2026-01/2026-06"),
       published="2026-07-20"),
    ex("ml-rebar-price-up-tenge-per-tonne",
       "Rebar prices in Almaty rose by 18,000 tenge to 345,000 tenge per tonne over the month.",
       c("18,000 tenge", 18000, "KZT", change="increase", per="t"),
       c("345,000 tenge", 345000, "KZT", per="t", change=None, metric="price")),
    ex("ml-baku-steel-mill-capacity",
       "Baku Steel Company's new rolling mill has a capacity of 500,000 tonnes a year.",
       c("500,000 tonnes", 500000, "t", per="year", metric="capacity", change=None)),
    ex("ml-georgia-billet-exports-value",
       "Georgia exported 212,000 tonnes of steel billets and rebar in 2025, mostly to Turkey "
       "and Armenia, earning $118 million.",
       c("212,000 tonnes", 212000, "t", metric="exports", period="2025", kind="actual",
         entities=["Georgia"]),
       c("$118 million", 118e6, "USD", metric="exports", period="2025"),
       published="2026-02-10"),
    ex("ml-scrap-ban-and-duty-per-tonne",
       "Kazakhstan extended its ban on ferrous scrap exports by road for six months and kept "
       "the export duty on scrap shipped by rail at €100 per tonne.",
       c("six months", 6, "month", metric="duration"),
       c("€100", 100, "EUR", per="t", metric="customs duty", change=None)),
    ex("ml-tj-scrap-duty-share-of-value",
       "Tajikistan raised the export duty on non-ferrous scrap to 30% of its customs value.",
       c("30%", 30, "%", change=None, metric="customs duty", entities=["Tajikistan"])),
    ex("ml-uz-hrc-import-duty-cut-projection",
       "Uzbekistan will cut its import duty on hot-rolled coil to 5% from 1 March 2027.",
       c("5%", 5, "%", change=None, kind="projection", metric="customs duty",
         entities=["Uzbekistan"]),
       published="2026-11-01"),
]

FERROALLOYS: list[Example] = [
    ex("ml-erg-ferrochrome-guidance-next-year",
       "ERG expects ferrochrome output of 1.45-1.55 million tonnes next year, against 1.49 "
       "million tonnes in 2024.",
       c("1.45-1.55 million tonnes", 1.45e6, "t", value_high=1.55e6, kind="projection",
         period="2026", metric="production"),
       c("1.49 million tonnes", 1.49e6, "t", period="2024", kind="actual",
         metric="production"),
       published="2025-11-15"),
    ex("ml-fesi-rose-a-tonne-to-level",
       "FeSi75 from Kazakhstan rose $45 a tonne to $1,320 FCA at the Chinese border.",
       c("$45", 45, "USD", change="increase", per="t"),
       c("$1,320", 1320, "USD", per="t", change=None, metric="price")),
    ex("ml-simn-tonnes-a-month",
       "Georgian Manganese cut silicomanganese output to 9,000 tonnes a month after power "
       "tariffs rose.",
       c("9,000 tonnes", 9000, "t", per="month", metric="production", change=None)),
    ex("ml-aksu-shop-ktpa-capacity",
       "The new smelting shop at Aksu adds 440 ktpa of ferroalloy capacity.",
       c("440 ktpa", 440000, "t", per="year", metric="capacity")),
    ex("ml-ferrochrome-rail-china-dostyk",
       "Ferrochrome shipments by rail to China via Dostyk rose 14% to 610,000 tonnes in "
       "January-September.",
       c("14%", 14, "%", change="increase", period="2026-01/2026-09"),
       c("610,000 tonnes", 610000, "t", change=None, period="2026-01/2026-09",
         entities=["China"]),
       published="2026-10-15"),
]

ALUMINIUM: list[Example] = [
    ex("ml-talco-kt-and-ktpa-utilisation",
       "TALCO produced 96.5 kt of primary aluminium in 2025, running at about 19% of its "
       "517 ktpa design capacity.",
       c("96.5 kt", 96500, "t", metric="production", period="2025", kind="actual"),
       c("19%", 19, "%", approx="approx", change=None),
       c("517 ktpa", 517000, "t", per="year", metric="capacity"),
       published="2026-02-05"),
    ex("ml-talco-tolling-fee",
       "TALCO smelts imported alumina under a tolling agreement, earning a fee of about $450 "
       "per tonne of metal.",
       c("$450", 450, "USD", per="t", approx="approx")),
    ex("ml-lme-aluminium-fell-dollar-and-percent",
       "Three-month aluminium on the LME fell $38, or 1.4%, to $2,615 a tonne.",
       c("$38", 38, "USD", change="decrease"),
       c("1.4%", 1.4, "%", change="decrease", metric="price"),
       c("$2,615", 2615, "USD", per="t", change=None, metric="price")),
    ex("ml-kas-double-capacity-invest",
       "Kazakhstan Aluminium Smelter plans to double capacity in Pavlodar to 500,000 tonnes a "
       "year with a $3 billion investment.",
       c("double", 2, "x", change="increase", kind="projection"),
       c("500,000 tonnes", 500000, "t", per="year", kind="projection", change=None),
       c("$3 billion", 3e9, "USD", metric="investment", kind="projection")),
    ex("ml-alumina-cost-range-up-from",
       "Alumina delivered to Dushanbe cost $420-440 per tonne in October, up from $380 in "
       "June.",
       c("$420-440", 420, "USD", value_high=440, per="t", period="2025-10", metric="price"),
       c("$380", 380, "USD", change=None, period="2025-06"),
       published="2025-11-05"),
    ex("ml-rotterdam-premium-eased",
       "The duty-paid aluminium premium in Rotterdam eased to $245 per tonne.",
       c("$245", 245, "USD", per="t", change=None)),
    ex("ml-tj-aluminium-exports-half-down",
       "Tajikistan's aluminium exports brought in $96 million in January-June, down 22% year "
       "on year.",
       c("$96 million", 96e6, "USD", metric="exports", period="2025-01/2025-06",
         entities=["Tajikistan"], change=None),
       c("22%", 22, "%", change="decrease", period="2025-01/2025-06"),
       published="2025-07-20"),
]

COPPER: list[Example] = [
    ex("ml-kaz-minerals-guidance-next-year-range",
       "KAZ Minerals guided copper output of 320-340 kt for next year, up from an expected "
       "300 kt in 2025.",
       c("320-340 kt", 320000, "t", value_high=340000, kind="projection", period="2026",
         metric="production", entities=[KAZ_MIN]),
       c("300 kt", 300000, "t", period="2025", change=None),
       published="2025-12-10"),
    ex("ml-almalyk-grade-copper-and-gold",
       "Ore at Almalyk averages 0.45% copper and 0.5 g/t gold.",
       c("0.45%", 0.45, "%", change=None),
       c("0.5 g", 0.5, "g", per="t", change=None)),
    ex("ml-concentrate-rail-china-last-year",
       "Kazakhstan sent 1.1 million tonnes of copper concentrate by rail to China last year, "
       "9% more than in 2024.",
       c("1.1 million tonnes", 1.1e6, "t", period="2025", kind="actual",
         entities=["Kazakhstan", "China"]),
       c("9%", 9, "%", change="increase"),
       published="2026-03-02"),
    ex("ml-concentrate-wagons-a-day",
       "About 40 wagons of concentrate cross at Khorgos every day.",
       c("40 wagons", 40, "count", item="wagon", approx="approx", per="day")),
    ex("ml-lme-copper-up-a-tonne-to",
       "LME copper rose $120 a tonne on Monday to $10,340, its highest since May.",
       c("$120", 120, "USD", change="increase", per="t"),
       c("$10,340", 10340, "USD", per="t", change=None, metric="price")),
    ex("ml-balkhash-cathode-months",
       "Balkhash smelter output dipped to 31 kt of cathode in October from 34 kt in September.",
       c("31 kt", 31000, "t", period="2025-10", change=None, metric="production"),
       c("34 kt", 34000, "t", period="2025-09", change=None, metric="production"),
       published="2025-11-12"),
    ex("ml-aktogay-throughput-per-annum",
       "The second concentrator lifts Aktogay's ore throughput to 55 million tonnes per annum.",
       c("55 million tonnes", 55e6, "t", per="year", change=None)),
    ex("ml-almalyk-smelter-ktpa-projection",
       "Almalyk MMC's new copper smelter will be able to process 400 ktpa of concentrate.",
       c("400 ktpa", 400000, "t", per="year", kind="projection")),
    ex("ml-treatment-charge-per-tonne",
       "Chinese smelters cut spot treatment charges to $21.25 per tonne of concentrate, "
       "squeezing Kazakh and Uzbek sellers.",
       c("$21.25", 21.25, "USD", per="t", change=None)),
]

ZINC_LEAD: list[Example] = [
    ex("ml-kazzinc-zinc-guidance-range",
       "Kazzinc guided refined zinc production of 175-185 kt for 2026.",
       c("175-185 kt", 175000, "t", value_high=185000, kind="projection", period="2026",
         metric="production", entities=["Kazzinc"]),
       published="2025-12-05"),
    ex("ml-zinc-slid-lme",
       "Zinc slid 2.1% to $2,870 per tonne on the LME.",
       c("2.1%", 2.1, "%", change="decrease", metric="price"),
       c("$2,870", 2870, "USD", per="t", change=None, metric="price")),
    ex("ml-ore-grades-zinc-lead",
       "The deposit holds 12 million tonnes of ore grading 4.8% zinc and 1.9% lead.",
       c("12 million tonnes", 12e6, "t", metric="reserves"),
       c("4.8%", 4.8, "%", change=None),
       c("1.9%", 1.9, "%", change=None)),
    ex("ml-tj-zinc-concentrate-times",
       "Tajikistan's zinc concentrate exports to China rose 1.8 times to 210,000 tonnes in "
       "2025.",
       c("1.8 times", 1.8, "x", change="increase", metric="exports", period="2025"),
       c("210,000 tonnes", 210000, "t", change=None, metric="exports", period="2025",
         entities=["Tajikistan", "China"]),
       published="2026-02-20"),
    ex("ml-lead-tonnes-per-month-kz",
       "Kazzinc's lead refinery in Ust-Kamenogorsk runs at roughly 10 kt a month.",
       c("10 kt", 10000, "t", approx="approx", per="month")),
]

URANIUM: list[Example] = [
    ex("ml-kap-next-year-tu-basis",
       "Kazatomprom expects to produce 27,500-29,000 tU next year on a 100% basis.",
       c("27,500-29,000 tU", 27500, "t", value_high=29000, kind="projection", period="2027",
         metric="production", entities=["Kazatomprom"]),
       published="2026-08-22"),
    ex("ml-uranium-rail-china-tonnes",
       "Uranium concentrate exports from Kazakhstan to China by rail reached 8,200 tonnes in "
       "2025.",
       c("8,200 tonnes", 8200, "t", metric="exports", period="2025", kind="actual",
         entities=["Kazakhstan", "China"]),
       published="2026-03-01"),
    ex("ml-navoiyuran-target-by",
       "Navoiyuran aims to raise uranium output to 7,100 tonnes a year by 2030.",
       c("7,100 tonnes", 7100, "t", per="year", kind="projection", period="2030",
         metric="production", change=None),
       published="2025-06-01"),
    ex("ml-spot-uranium-gained-per-pound",
       "Spot uranium gained $2.25 to $78.50 per pound last week.",
       c("$2.25", 2.25, "USD", change="increase"),
       c("$78.50", 78.5, "USD", per="lb", change=None, metric="price")),
    ex("ml-uranium-met-above-price",
       "The mineral extraction tax on uranium rises to 20% when prices exceed $100 per pound.",
       c("20%", 20, "%", change=None, metric="tax rate"),
       c("$100", 100, "USD", per="lb", approx="min")),
    ex("ml-kz-share-china-reactors",
       "Kazakh uranium met about 25% of China's reactor needs in 2025.",
       c("25%", 25, "%", approx="approx", change=None, period="2025"),
       published="2026-04-01"),
]

GOLD: list[Example] = [
    ex("ml-jerooy-intercept-g-t-metres",
       "Drilling at Jerooy returned 9.2 g/t gold over 14 metres.",
       c("9.2 g", 9.2, "g", per="t", change=None),
       c("14 metres", 14, "m")),
    ex("ml-uz-gold-exports-value-share",
       "Uzbekistan exported gold worth $8.4 billion in 2025, 37% of its total exports.",
       c("$8.4 billion", 8.4e9, "USD", metric="exports", period="2025",
         entities=["Uzbekistan"]),
       c("37%", 37, "%", change=None, metric="exports"),
       published="2026-01-25"),
]

MORE: list[Example] = [
    ex("ml-almalyk-guidance-between-and",
       "Almalyk MMC expects to produce between 250,000 and 270,000 tonnes of copper cathode "
       "next year.",
       c("250,000 and 270,000 tonnes", 250000, "t", value_high=270000, kind="projection",
         period="2027", metric="production"),
       published="2026-12-01"),
    ex("ml-amulsar-grams-per-tonne-words",
       "Ore at Amulsar grades 0.78 grams per tonne gold.",
       c("0.78 grams", 0.78, "g", per="t", change=None)),
    ex("ml-uz-copper-scrap-duty-from-to",
       "Uzbekistan raised the export duty on copper scrap from $300 to $500 per tonne.",
       c("$300", 300, "USD", per="t", metric="customs duty", change=None),
       c("$500", 500, "USD", per="t", metric="customs duty", change=None)),
    ex("ml-scrap-export-cap-second-half",
       "The government capped ferrous scrap exports at 110,000 tonnes for the second half of "
       "the year.",
       c("110,000 tonnes", 110000, "t", kind="projection", period="2026-07/2026-12"),
       published="2026-06-10"),
    ex("ml-aidarly-mtpa-concentrator",
       "Kazakhmys is building a 10 Mtpa concentrator at Aidarly.",
       c("10 Mtpa", 10e6, "t", per="year")),
    ex("ml-kazzinc-wagons-a-month",
       "Kazzinc loads some 600 wagons of zinc concentrate a month for Chinese smelters.",
       c("600 wagons", 600, "count", item="wagon", per="month", approx="approx")),
]

NEGATIVES: list[Example] = [
    ex("ml-neg-steel-grades",
       "The mill rolls S355 and 09G2S plate for pipelines in Atyrau."),
    ex("ml-neg-unit-2-relining",
       "Unit 2 of the Aksu smelter was stopped for relining on Tuesday."),
    ex("ml-neg-shaft-and-mine-numbers",
       "Work resumed at Shaft No. 10 and the Kazakhstanskaya-3 mine after the inspection."),
    ex("ml-neg-licence-blocks",
       "Licence No. 1687-EL covers blocks 42-17 and 42-18 of the Shu-Sarysu basin."),
    ex("ml-neg-mine-pit-numbers",
       "Mine No. 4 at Tishinsky and Pit 7 of the Vasilkovskoye field are being reopened."),
    ex("ml-neg-alloy-names",
       "ERG markets FeCr HC and FeSi75 under its Kazchrome brand."),
    ex("ml-neg-isotope-plant",
       "The U-235 content of the fuel is raised at a plant in Novouralsk."),
    ex("ml-neg-standard-number",
       "Cathode is delivered to LME Grade A standard under GOST 859-2014."),
    ex("ml-neg-resolution-date",
       "Government Resolution No. 1208 of 30 December 2025 sets the procedure for scrap "
       "quotas."),
    ex("ml-neg-ordinals-potline",
       "The smelter's 3rd potline and its 12th furnace were commissioned in the company's "
       "60th year."),
    ex("ml-neg-rail-steel-grade",
       "R65 rails are rolled from grade 76F steel at the Aktobe plant."),
    ex("ml-neg-heat-number-steel-grade",
       "Heat No. 4471 of 09G2S slab failed the ultrasonic test at the Temirtau mill."),
    ex("ml-neg-potline-furnace-numbers",
       "Potline 3 and Furnace No. 5 at Pavlodar restarted after the outage."),
]

EXAMPLES: list[Example] = [*STEEL_SCRAP, *FERROALLOYS, *ALUMINIUM, *COPPER, *ZINC_LEAD,
                           *URANIUM, *GOLD, *MORE,
                           *NEGATIVES]

KNOWN_GAPS: dict[str, str] = {
}
