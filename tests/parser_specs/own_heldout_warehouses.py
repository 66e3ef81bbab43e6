"""Held-out sentences on logistics real estate along the corridors, written after the parser.

Warehouse markets in Almaty, Astana, Tashkent, Baku and Tbilisi as brokers' quarterly
reviews report them: stock in square metres, class A and B space, vacancy rates, asking rents
per square metre per month in tenge, soums or dollars, new supply delivered and under
construction, take-up and net absorption, pallet places, clear heights in metres, dock doors,
land plots in hectares, investment and yields. Negatives that must not be claims: class
letters, plot and cadastral numbers, building and floor numbers, postal codes and agents'
phone numbers. Written by hand in our own words, expectations first, then compared with the
parser: a measure of how it generalises beyond the corpus and the tables it was tuned on.
"""

from __future__ import annotations

from . import Example, c, ex

INV = "investment"
PUB = "2025-10-20"

STOCK: list[Example] = [
    ex("wh-almaty-stock-sqm",
       "Almaty's stock of modern warehouse space reached 1.45 million square metres at the end "
       "of the third quarter.",
       c("1.45 million square metres", 1.45e6, "m2", per=None, change=None, kind="actual"),
       published=PUB),
    ex("wh-astana-class-a-share",
       "Class A facilities account for 38% of the Astana stock, with the rest in class B.",
       c("38%", 38, "%", change=None, kind="actual"), published=PUB),
    ex("wh-tashkent-stock-sqm-abbrev",
       "Tashkent has about 620,000 sqm of quality warehousing, most of it built after 2018.",
       c("620,000 sqm", 620000, "m2", approx="approx", change=None, period=None),
       published=PUB),
    ex("wh-baku-stock-thousand-sq-m",
       "Baku's speculative warehouse stock stands at 310 thousand sq m.",
       c("310 thousand sq m", 310e3, "m2", change=None, kind="actual"), published=PUB),
    ex("wh-tbilisi-class-b-stock",
       "In Tbilisi, class B buildings make up some 240,000 square metres of the total.",
       c("240,000 square metres", 240000, "m2", approx="approx"), published=PUB),
    ex("wh-almaty-stock-growth",
       "The city's warehouse stock grew by 9% year on year.",
       c("9%", 9, "%", change="increase", kind="actual"), published=PUB),
    ex("wh-stock-m2-symbol",
       "The new Khorgos cross-dock adds 18,500 m² of covered storage.",
       c("18,500 m²", 18500, "m2", change="increase"), published=PUB),
    ex("wh-stock-per-capita",
       "Almaty offers only 0.6 square metres of modern warehouse space per resident.",
       c("0.6 square metres", 0.6, "m2", per="resident"), published=PUB),
]

VACANCY_AND_RENT: list[Example] = [
    ex("wh-almaty-vacancy",
       "Vacancy in Almaty's class A segment fell to 2.1% in the third quarter.",
       c("2.1%", 2.1, "%", change=None, period="2025-07/2025-09", kind="actual"),
       published=PUB),
    ex("wh-astana-vacancy-pp",
       "Astana's vacancy rate rose 1.5 percentage points to 6.8% as new buildings were "
       "completed.",
       c("1.5 percentage points", 1.5, "pp", change="increase"),
       c("6.8%", 6.8, "%", change=None), published=PUB),
    ex("wh-almaty-rent-tenge",
       "Asking rents for class A space in Almaty average 4,800 tenge per square metre per "
       "month.",
       c("4,800 tenge", 4800, "KZT", per="m2", change=None, kind="actual"), published=PUB),
    ex("wh-tashkent-rent-dollars",
       "In Tashkent, class A warehouses let for $7.5 per sq m a month, excluding VAT.",
       c("$7.5", 7.5, "USD", per="m2", change=None), published=PUB),
    ex("wh-tashkent-rent-soums",
       "Class B rents in Tashkent range from 55,000 to 70,000 soums per square metre per month.",
       c("55,000 to 70,000 soums", 55000, "UZS", value_high=70000, per="m2"),
       published=PUB),
    ex("wh-baku-rent-manat",
       "Landlords in Baku ask 9 manats per square metre for heated storage.",
       c("9 manats", 9, "AZN", per="m2"), published=PUB),
    ex("wh-tbilisi-rent-increase",
       "Tbilisi warehouse rents increased by 12% over the past twelve months.",
       c("12%", 12, "%", change="increase", kind="actual"), published=PUB),
    ex("wh-rent-up-from",
       "Prime rents reached $8 per square metre, up from $6.5 a year ago.",
       c("$8", 8, "USD", per="m2", change=None),
       c("$6.5", 6.5, "USD", per="m2", change=None, period="2024"), published=PUB),
    ex("wh-rent-forecast",
       "Analysts expect rents to rise another 5-7% in 2026.",
       c("5-7%", 5, "%", value_high=7, change="increase", kind="projection", period="2026"),
       published=PUB),
    ex("wh-service-charge",
       "Service charges add roughly 600 tenge per square metre to the monthly bill.",
       c("600 tenge", 600, "KZT", approx="approx", per="m2"), published=PUB),
]

SUPPLY_AND_DEMAND: list[Example] = [
    ex("wh-new-supply-delivered",
       "Developers delivered 85,000 sq m of new warehouse space in Almaty in the first nine "
       "months of the year.",
       c("85,000 sq m", 85000, "m2", kind="actual", period="2025-01/2025-09"),
       published=PUB),
    ex("wh-under-construction",
       "A further 160,000 square metres is under construction and due by the end of 2026.",
       c("160,000 square metres", 160000, "m2", kind="projection"), published=PUB),
    ex("wh-take-up",
       "Take-up in Tashkent totalled 47,000 sqm in the first half of 2025.",
       c("47,000 sqm", 47000, "m2", period="2025-01/2025-06", kind="actual"),
       published=PUB),
    ex("wh-net-absorption",
       "Net absorption in Astana came to 22,300 square metres in the quarter.",
       c("22,300 square metres", 22300, "m2", kind="actual"), published=PUB),
    ex("wh-retailers-share-of-demand",
       "Retailers and e-commerce operators accounted for 64% of leasing demand.",
       c("64%", 64, "%", change=None), published=PUB),
    ex("wh-largest-deal",
       "The largest deal of the year was a 30,000-square-metre lease signed by a marketplace.",
       c("30,000-square-metre", 30000, "m2"), published=PUB),
    ex("wh-pipeline-projects-count",
       "Eleven warehouse projects are planned around Tashkent over the next three years.",
       # the house's item is the head noun ("23 new projects" in own_heldout_fez)
       c("Eleven warehouse projects", 11, "count", item="project",
         kind="projection"), published=PUB),
    ex("wh-supply-doubles",
       "New supply in Baku is set to double in 2026 as the Alat park opens.",
       c("double", 2, "x", change="increase", kind="projection", period="2026"),
       published=PUB),
    ex("wh-build-to-suit-range",
       "Build-to-suit schemes of 10,000 to 25,000 sq m dominate the pipeline.",
       c("10,000 to 25,000 sq m", 10000, "m2", value_high=25000), published=PUB),
]

BUILDINGS: list[Example] = [
    ex("wh-pallet-places",
       "The complex offers 42,000 pallet places and a temperature-controlled zone.",
       c("42,000 pallet places", 42000, "count", item="pallet place"), published=PUB),
    ex("wh-clear-height",
       "The building has a 12 m clear height and a superflat floor.",
       c("12 m", 12, "m", change=None), published=PUB),
    ex("wh-clear-height-metres",
       "Ceilings reach 14 metres, enough for six tiers of racking.",
       c("14 metres", 14, "m", metric=None), published=PUB),
    ex("wh-dock-doors",
       "The warehouse is served by 36 dock doors with levellers.",
       c("36 dock doors", 36, "count", item="dock door"), published=PUB),
    ex("wh-floor-load",
       "Floors are rated for 5 tonnes per square metre.",
       c("5 tonnes", 5, "t", per="m2"), published=PUB),
    ex("wh-land-plot-hectares",
       "The developer bought a 27-hectare plot on the ring road near Almaty.",
       c("27-hectare", 27, "ha"), published=PUB),
    ex("wh-park-land-and-space",
       "The logistics park will occupy 40 hectares and offer 180,000 sq m of space.",
       c("40 hectares", 40, "ha", kind="projection"),
       c("180,000 sq m", 180000, "m2", kind="projection"), published=PUB),
    ex("wh-cold-store-capacity",
       "Its cold store can hold 8,000 tonnes of fruit and vegetables.",
       c("8,000 tonnes", 8000, "t", metric="capacity"), published=PUB),
    ex("wh-truck-parking",
       "There is parking for 120 trucks on site.",
       c("120 trucks", 120, "count", item="truck"), published=PUB),
]

MONEY: list[Example] = [
    ex("wh-investment-park",
       "The investor will spend $75 million on the first phase of the park.",
       c("$75 million", 75e6, "USD", metric=INV, topic=INV, kind="projection"),
       published=PUB),
    ex("wh-prime-yield",
       "Prime logistics yields in Almaty stand at 12.5%, against 11% in Tashkent.",
       c("12.5%", 12.5, "%", change=None), c("11%", 11, "%", change=None), published=PUB),
    ex("wh-yield-compression",
       "Yields compressed by 50 basis points over the year.",
       c("50 basis points", 0.5, "pp", change="decrease"), published=PUB),
    ex("wh-sale-price",
       "A fund paid 9.2 billion tenge for the 26,000-square-metre complex.",
       c("9.2 billion tenge", 9.2e9, "KZT"), c("26,000-square-metre", 26000, "m2"),
       published=PUB),
    ex("wh-construction-cost",
       "Construction costs for a class A box run at about $450 per square metre.",
       c("$450", 450, "USD", per="m2", approx="approx"), published=PUB),
    ex("wh-investment-volume-tbilisi",
       "Investment in Georgian industrial property totalled $48 million in 2024.",
       c("$48 million", 48e6, "USD", metric=INV, period="2024", kind="actual"),
       published=PUB),
    ex("wh-lease-term",
       "Typical leases run for 3 to 5 years with indexation.",
       c("3 to 5 years", 3, "year", value_high=5, metric="duration"), published=PUB),
    ex("wh-occupancy-new-park",
       "The park was 95% let within six months of completion.",
       c("95%", 95, "%", change=None), published=PUB),
]

NOT_CLAIMS: list[Example] = [
    ex("wh-neg-class-a-letter",
       "Demand is strongest for Class A space near the ring road.", published=PUB),
    ex("wh-neg-building-number",
       "The tenant moved into Building 3 of the Alatau logistics park.", published=PUB),
    ex("wh-neg-cadastral-number",
       "The land has cadastral number 20-321-008-114.", published=PUB),
    ex("wh-neg-plot-number",
       "Plot No. 17 was transferred to the developer under a long lease.", published=PUB),
    ex("wh-neg-postal-code",
       "The warehouse is at 12 Kuldzhinsky Tract, Almaty 050000, Kazakhstan.", published=PUB),
    ex("wh-neg-floor-number",
       "The broker's office is on the 3rd floor of the business centre.", published=PUB),
    ex("wh-neg-phone",
       "For viewings call the agent on +7 727 355 1200.", published=PUB),
    ex("wh-neg-phone-uz",
       "Leasing enquiries: +998 71 200 45 67.", published=PUB),
    ex("wh-neg-class-b-plus",
       "Most of the older stock is class B+ or B.", published=PUB),
    ex("wh-neg-gate-number",
       "Trucks enter through Gate 2 on the eastern side.", published=PUB),
    ex("wh-neg-report-quarter",
       "The figures come from the Q3 2025 industrial market report.", published=PUB),
]

EXAMPLES: list[Example] = (STOCK + VACANCY_AND_RENT + SUPPLY_AND_DEMAND + BUILDINGS + MONEY
                           + NOT_CLAIMS)

KNOWN_GAPS: dict[str, str] = {
    "wh-stock-per-capita": "'per resident' is no per word ('per capita', 'per head' are): in "
                           "this field 'resident' is as often a free zone's resident company "
                           "('$5 million per resident'), so it cannot map to a person alone",
}
