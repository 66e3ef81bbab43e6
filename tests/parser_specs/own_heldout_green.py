"""Held-out sentences written after the parser, on the green transition as trade and corridor
analysts read it around Central Asia, the Caucasus, Turkey and the EU: the EU Carbon Border
Adjustment Mechanism (CBAM) and what it costs exporters of steel, aluminium, fertilisers and
cement per tonne of CO2; emissions (Mt CO2, tonnes of CO2 per tonne of product, grams per
tonne-km), carbon prices in EUR per tonne, green hydrogen and ammonia projects, renewable shares
of power generation, electric locomotives and trucks, emission-reduction targets by a year
against a base year, green bonds and climate finance. Negatives (years, base years, Scope 1/2/3,
"Euro 5" engines, article and regulation numbers, COP29, "Net Zero 2060" as a name) and
projections against actuals. Expectations were written by hand before running the parser.
"""

from __future__ import annotations

from . import EU, Example, c, ex

CBAM: list[Example] = [
    ex("gr-ets-price-averaged-down-from",
       "The EU carbon price averaged EUR 65 per tonne in 2024, down from EUR 83 a year earlier.",
       c("EUR 65", 65, "EUR", per="t", period="2024", kind="actual", change=None),
       c("EUR 83", 83, "EUR", per="t", period="2023", kind="actual", change=None),
       published="2025-03-01"),
    ex("gr-ets-allowances-range-by-2030",
       "Analysts expect EU ETS allowances to trade at €100-€120 per tonne of CO2 by 2030.",
       c("€100-€120", 100, "EUR", value_high=120, per="t", kind="projection", period="2030")),
    ex("gr-cbam-cost-turkish-steel-a-year",
       "CBAM certificates will cost Turkish steelmakers an estimated $1.2 billion a year once "
       "the levy is fully phased in by 2034.",
       c("$1.2 billion", 1.2e9, "USD", per="year", kind="projection", period="2034",
         entities=["Türkiye"])),
    ex("gr-aluminium-exports-article-number",
       "Kazakhstan's aluminium exports to the EU, worth $450 million in 2023, fall under "
       "Article 2 of the CBAM regulation.",
       c("$450 million", 450e6, "USD", metric="exports", topic="trade", period="2023",
         kind="actual", entities=["Kazakhstan", EU])),
    ex("gr-cbam-per-tonne-fertiliser-exports",
       "Uzbek fertiliser exports to the EU, about 300,000 tonnes last year, would face a CBAM "
       "charge of roughly $40 per tonne.",
       c("300,000 tonnes", 300000, "t", approx="approx", period="2024", kind="actual",
         metric="fertiliser exports", entities=["Uzbekistan", EU]),
       c("$40", 40, "USD", per="t", approx="approx", kind="projection"),
       published="2025-06-01"),
    ex("gr-cbam-eighty-euro-from-2026",
       "Under CBAM, Kazakh steel exporters could pay around €80 per tonne of CO2 embedded in "
       "their goods from 2026.",
       c("€80", 80, "EUR", per="t", approx="approx", kind="projection",
         entities=["Kazakhstan"])),
    ex("gr-ferroalloy-exports-a-year-exposed",
       "Georgia's ferroalloy exports to the EU, $250 million a year, are among the most exposed "
       "to CBAM.",
       c("$250 million", 250e6, "USD", per="year", metric="exports", kind="actual",
         entities=["Georgia", EU])),
    ex("gr-cement-cbam-share-of-export-value",
       "Turkish cement makers face CBAM costs equal to 7-10% of their export value.",
       c("7-10%", 7, "%", value_high=10, change=None, entities=["Türkiye"])),
    ex("gr-free-allowances-shrink-by-year",
       "Free allowances under the EU ETS shrink by 2.5% in 2026 and 5% in 2027 as CBAM phases "
       "in.",
       c("2.5%", 2.5, "%", change="decrease", period="2026", kind="projection"),
       c("5%", 5, "%", nth=1, change="decrease", period="2027", kind="projection"),
       published="2025-01-15"),
    ex("gr-domestic-ets-price-dollars",
       "Kazakhstan's domestic ETS price was just 1.1 dollars per tonne in 2023, a fraction of "
       "the EU level.",
       c("1.1 dollars", 1.1, "USD", per="t", period="2023", kind="actual",
         entities=["Kazakhstan"])),
    ex("gr-ets-record-then-forecast",
       "The EU ETS price, which hit a record €100 in February 2023, is forecast to average €75 "
       "in 2026.",
       c("€100", 100, "EUR", period="2023-02", kind="actual"),
       c("€75", 75, "EUR", period="2026", kind="projection")),
    ex("gr-cbam-gdp-hit-estimate",
       "The World Bank estimates that CBAM could shave 0.5% off Kazakhstan's GDP by 2030.",
       c("0.5%", 0.5, "%", change="decrease", kind="projection", period="2030", metric="gdp",
         only_entities=["Kazakhstan"])),
]

EMISSIONS: list[Example] = [
    ex("gr-steel-intensity-per-tonne",
       "Georgia's steel sector emits about 1.9 tonnes of CO2 per tonne of crude steel, above "
       "the EU average of 1.4 tonnes.",
       c("1.9 tonnes", 1.9, "t", per="t", approx="approx", metric="emissions", topic="energy"),
       c("1.4 tonnes", 1.4, "t", metric="emissions")),
    ex("gr-ghg-mt-co2e-and-share",
       "Uzbekistan's greenhouse gas emissions reached 190 Mt CO2e in 2022, of which energy "
       "accounted for 76%.",
       c("190 Mt", 190e6, "t", metric="emissions", topic="energy", period="2022",
         kind="actual", entities=["Uzbekistan"]),
       c("76%", 76, "%", period="2022", change=None)),
    ex("gr-scope-emissions-fell-to",
       "The company's Scope 1 and Scope 2 emissions fell 8% to 4.6 million tonnes of CO2 "
       "equivalent last year.",
       c("8%", 8, "%", change="decrease", metric="emissions", period="2024"),
       c("4.6 million tonnes", 4.6e6, "t", change=None, metric="emissions", period="2024"),
       published="2025-04-01"),
    ex("gr-euro5-trucks-emit-less",
       "Euro 5 trucks on the Almaty-Khorgos road emit roughly 20% less CO2 than older models.",
       c("20%", 20, "%", approx="approx", change="decrease", metric="emissions")),
    ex("gr-grams-per-tonne-km-rail-road",
       "Rail freight along the Middle Corridor produces around 25 g of CO2 per tonne-km, "
       "against 80 g for road haulage.",
       c("25 g", 25, "g", per="tkm", approx="approx", metric="emissions"),
       c("80 g", 80, "g", metric="emissions")),
    ex("gr-container-footprint-tonnes",
       "A 40-foot container moved by rail from Xi'an to Duisburg emits some 3.5 tonnes of CO2.",
       c("3.5 tonnes", 3.5, "t", approx="approx", metric="emissions")),
    ex("gr-power-sector-fell-then-projected",
       "Emissions from Kazakhstan's power sector fell 3.2% in 2023 to 97 Mt, yet the ministry "
       "projects them to rise to 105 Mt by 2030 without new measures.",
       c("3.2%", 3.2, "%", change="decrease", period="2023", kind="actual",
         metric="emissions"),
       c("97 Mt", 97e6, "t", change=None, period="2023", kind="actual", metric="emissions"),
       c("105 Mt", 105e6, "t", change=None, period="2030", kind="projection",
         metric="emissions"),
       published="2024-06-01"),
    ex("gr-methane-estimated-mt-a-year",
       "Methane emissions from Turkmenistan's gas fields are estimated at 5.2 Mt a year.",
       c("5.2 Mt", 5.2e6, "t", per="year", metric="emissions", entities=["Turkmenistan"])),
    ex("gr-electrification-saves-co2",
       "Electrification of the Dostyk-Moyinty line will save 150,000 tonnes of CO2 annually.",
       c("150,000 tonnes", 150000, "t", per="year", kind="projection", metric="emissions",
         change="decrease")),
    ex("gr-per-capita-emissions-two-years",
       "Turkey's emissions per capita stood at 6.5 tonnes in 2023, against 6.2 tonnes in 2022.",
       c("6.5 tonnes", 6.5, "t", period="2023", metric="emissions", entities=["Türkiye"]),
       c("6.2 tonnes", 6.2, "t", period="2022", metric="emissions")),
    ex("gr-cement-clinker-tco2-per-tonne",
       "The default value for Kazakh cement is 0.9 tCO2 per tonne of clinker.",
       c("0.9 tCO2", 0.9, "t", per="t", metric="emissions", entities=["Kazakhstan"])),
]

TARGETS: list[Example] = [
    ex("gr-target-cut-against-1990",
       "Kazakhstan pledged to cut greenhouse gas emissions by 15% by 2030 against 1990 levels.",
       c("15%", 15, "%", change="decrease", kind="projection", period="2030",
         metric="emissions", entities=["Kazakhstan"]),
       published="2024-11-10"),
    ex("gr-ndc-bau-and-net-zero-name",
       "Turkey's updated NDC targets a 41% reduction against business-as-usual by 2030 on the "
       "way to Net Zero 2053.",
       c("41%", 41, "%", change="decrease", kind="projection", period="2030",
         entities=["Türkiye"])),
    ex("gr-cop29-host-two-targets",
       "Azerbaijan, host of COP29, committed to a 35% cut in emissions by 2030 and 40% by 2050 "
       "compared with 1990.",
       c("35%", 35, "%", change="decrease", kind="projection", period="2030",
         metric="emissions", entities=["Azerbaijan"]),
       c("40%", 40, "%", change="decrease", kind="projection", period="2050",
         metric="emissions"),
       published="2024-11-20"),
    ex("gr-free-allocation-negative-regulation-number",
       "The EU's CBAM regulation (EU) 2023/956 entered its transitional phase on 1 October "
       "2023."),
    ex("gr-neg-carbon-neutrality-2060-decree",
       "Kazakhstan's Strategy for Achieving Carbon Neutrality by 2060 was approved by Decree "
       "No. 121."),
    ex("gr-neg-article-6-cop28",
       "Under Article 6.4 of the Paris Agreement, Uzbekistan and the UAE signed a carbon credit "
       "deal at COP28."),
    ex("gr-neg-scope-3-g20",
       "Scope 3 reporting rules were discussed at a G20 meeting in Rio in 2024."),
    ex("gr-neg-net-zero-name",
       "Türkiye presented its Net Zero 2053 programme and the Euro 6 standard to the two "
       "chambers."),
]

HYDROGEN: list[Example] = [
    ex("gr-hyrasia-gw-electrolysers-tonnes",
       "The Hyrasia One project in Mangystau plans 40 GW of wind and solar capacity feeding "
       "20 GW of electrolysers to produce 2 million tonnes of green hydrogen a year by 2032.",
       c("40 GW", 40, "GW", kind="projection", metric="power capacity", topic="energy"),
       c("20 GW", 20, "GW", kind="projection", topic="energy"),
       c("2 million tonnes", 2e6, "t", per="year", kind="projection",
         metric="hydrogen production", period="2032")),
    ex("gr-acwa-hydrogen-deal-electrolyser",
       "ACWA Power signed a $4.85 billion agreement to build a green hydrogen plant in "
       "Uzbekistan with an electrolyser capacity of 2.4 GW.",
       c("$4.85 billion", 4.85e9, "USD", topic="investment", entities=["Uzbekistan"]),
       c("2.4 GW", 2.4, "GW", kind="projection", topic="energy")),
    ex("gr-green-ammonia-projected-annually",
       "Green ammonia output at the Chirchik site is projected at 500,000 tonnes annually from "
       "2028.",
       c("500,000 tonnes", 500000, "t", per="year", kind="projection",
         metric="ammonia production", topic="energy")),
    ex("gr-pilot-electrolyser-mw-started",
       "Georgia's first pilot electrolyser of 5 MW started operating in March 2025.",
       c("5 MW", 5, "MW", kind="actual", topic="energy", entities=["Georgia"])),
]

POWER: list[Example] = [
    ex("gr-renewables-share-up-from",
       "Renewables generated 6.4% of Kazakhstan's electricity in 2024, up from 4.5% in 2023.",
       c("6.4%", 6.4, "%", period="2024", change=None, kind="actual", topic="energy",
         entities=["Kazakhstan"]),
       c("4.5%", 4.5, "%", period="2023", change=None, kind="actual", topic="energy")),
    ex("gr-renewables-target-against-today",
       "Uzbekistan targets a 40% share of renewables in power generation by 2030, against 12% "
       "today.",
       c("40%", 40, "%", kind="projection", period="2030", topic="energy",
         entities=["Uzbekistan"]),
       c("12%", 12, "%", kind="actual", topic="energy")),
    ex("gr-hydro-share-and-less-than",
       "Hydropower provides about 90% of Kyrgyzstan's electricity, while solar and wind "
       "together account for less than 1%.",
       c("90%", 90, "%", approx="approx", topic="energy", entities=["Kyrgyzstan"]),
       c("1%", 1, "%", approx="max", topic="energy")),
    ex("gr-turkey-added-gw-share-per-cent",
       "Turkey added 4.5 GW of solar and 1.3 GW of wind in 2024, lifting the renewable share "
       "of generation to 45 per cent.",
       c("4.5 GW", 4.5, "GW", period="2024", metric="power capacity", kind="actual"),
       c("1.3 GW", 1.3, "GW", period="2024", metric="power capacity", kind="actual"),
       c("45 per cent", 45, "%", change=None, period="2024", topic="energy")),
    ex("gr-wind-farm-will-generate-kwh",
       "The Khizi-Absheron wind farm, built by Masdar for $300 million, will generate about "
       "1 billion kWh a year.",
       c("$300 million", 300e6, "USD", topic="investment", kind="actual"),
       c("1 billion kWh", 1e9, "kWh", per="year", approx="approx", kind="projection",
         metric="electricity generation")),
    ex("gr-hydro-twh-then-expected",
       "Georgia's hydro plants generated 10.4 TWh in 2023; the government expects 14 TWh by "
       "2028.",
       c("10.4 TWh", 10.4, "TWh", period="2023", kind="actual",
         metric="electricity generation", entities=["Georgia"]),
       c("14 TWh", 14, "TWh", period="2028", kind="projection")),
    ex("gr-solar-sixfold-to-gw",
       "Solar capacity in Uzbekistan jumped sixfold in two years to 3 GW.",
       c("sixfold", 6, "x", change="increase", entities=["Uzbekistan"]),
       c("3 GW", 3, "GW", change=None, metric="power capacity")),
]

TRANSPORT: list[Example] = [
    ex("gr-electric-locomotives-by-2027-share",
       "Kazakhstan Temir Zholy will receive 100 electric locomotives from Alstom by 2027, "
       "raising the electric share of its fleet to 40%.",
       c("100 electric locomotives", 100, "count", item="locomotive", kind="projection",
         period="2027", entities=["Kazakhstan Temir Zholy"]),
       c("40%", 40, "%", kind="projection", change=None)),
    ex("gr-georgia-electrified-network-share",
       "Georgian Railway has electrified 95% of its network, and electric traction hauls 98% "
       "of its freight.",
       c("95%", 95, "%", change=None, kind="actual"),
       c("98%", 98, "%", change=None, kind="actual")),
    ex("gr-electric-trucks-share-registrations",
       "Electric trucks made up just 0.3% of new heavy-vehicle registrations in Turkey last "
       "year, against 2.1% in the EU.",
       c("0.3%", 0.3, "%", period="2024", entities=["Türkiye"]),
       c("2.1%", 2.1, "%", period="2024"),
       published="2025-05-01"),
    ex("gr-electrified-km-carry-share",
       "Uzbekistan's 1,600 km of electrified lines carry about 70 per cent of its freight.",
       c("1,600 km", 1600, "km", metric="route length", entities=["Uzbekistan"]),
       c("70 per cent", 70, "%", approx="approx")),
    ex("gr-e-buses-count-bought",
       "Tashkent bought 300 electric buses in 2024 and plans another 500 by 2026.",
       c("300 electric buses", 300, "count", item="bus", period="2024", kind="actual"),
       c("500", 500, "count", kind="projection", period="2026")),
]

FINANCE: list[Example] = [
    ex("gr-sustainability-bonds-orders-exceeding",
       "Türkiye's Treasury sold $2.5 billion of sustainability bonds, with orders exceeding "
       "$8 billion.",
       c("$2.5 billion", 2.5e9, "USD", entities=["Türkiye"]),
       c("$8 billion", 8e9, "USD", approx="min")),
    ex("gr-ebrd-loan-decarbonise-cement",
       "The EBRD will provide a €150 million loan to decarbonise Uzbekistan's cement industry, "
       "cutting CO2 by 600,000 tonnes a year.",
       c("€150 million", 150e6, "EUR", metric="loan", topic="investment", kind="projection",
         entities=["EBRD", "Uzbekistan"]),
       c("600,000 tonnes", 600000, "t", per="year", change="decrease", metric="emissions",
         kind="projection")),
    ex("gr-ncqg-climate-finance-by-2035",
       "COP29 in Baku agreed a goal of $300 billion a year in climate finance for developing "
       "countries by 2035, within a wider ambition of $1.3 trillion.",
       c("$300 billion", 300e9, "USD", per="year", kind="projection", period="2035"),
       c("$1.3 trillion", 1.3e12, "USD", kind="projection")),
    ex("gr-adb-policy-loan-climate",
       "The Asian Development Bank approved a $500 million policy-based loan for Kazakhstan's "
       "climate agenda in 2024.",
       c("$500 million", 500e6, "USD", metric="loan", topic="investment", period="2024",
         kind="actual", entities=["Asian Development Bank", "Kazakhstan"])),
    ex("gr-green-bonds-soums-listed",
       "Green bonds worth 1.5 trillion soums were listed on the Tashkent exchange.",
       c("1.5 trillion soums", 1.5e12, "UZS", kind="actual")),
    ex("gr-green-bond-coupon-and-tenor",
       "Georgia's first green eurobond raised $500 million at a 7.5% coupon for five years.",
       c("$500 million", 500e6, "USD", entities=["Georgia"]),
       c("7.5%", 7.5, "%", change=None),
       c("five years", 5, "year", kind="actual")),
    ex("gr-climate-fund-grant-share",
       "The Green Climate Fund will cover up to 30% of the $120 million solar project with "
       "grants.",
       c("30%", 30, "%", approx="max", kind="projection"),
       c("$120 million", 120e6, "USD")),
]

EXAMPLES: list[Example] = CBAM + EMISSIONS + TARGETS + HYDROGEN + POWER + TRANSPORT + FINANCE

# id -> why the parser still disagrees (run as strict xfail).
KNOWN_GAPS: dict[str, str] = {
    "gr-cbam-gdp-hit-estimate":
        "'shave 0.5% off GDP' is a cut, but 'shave' is no verb of change: read as one, it made "
        "NewsQuant's 'shaving 10 seconds off' a decrease, which its gold does not (value+change "
        "F1 0.838 -> 0.836)",
}
