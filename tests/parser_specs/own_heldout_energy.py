"""Held-out sentences written after the parser was tuned, on energy, digital, agriculture and
the macro-economy of the Caspian region, Central Asia and the Caucasus: oil (bpd, tonnes, CPC
and BTC), gas (bcm, cubic metres), electricity (MW, GW, kWh, TWh, undersea power cables),
fibre-optic cables and bandwidth, grain and cotton, GDP, inflation and central bank rates,
with hedges, rates, periods, projections, entities and negatives (dates, decree numbers,
ordinals, "5G", "COP29", clock times). Expectations were written by hand from reading the
text, before the parser was run on it.
"""

from __future__ import annotations

from . import BTC, Example, c, ex

CPC = "Caspian Pipeline Consortium"

OIL: list[Example] = [
    ex("ho-energy-kz-crude-bpd-first-ten-months",
       "Kazakhstan's crude and condensate production averaged 2.1 million barrels per day in "
       "the first ten months of 2025.",
       c("2.1 million barrels", 2.1e6, "bbl", per="day", metric="oil production",
         topic="energy", period="2025-01/2025-10", kind="actual", entities=["Kazakhstan"],
         change=None), published="2025-11-12"),
    ex("ho-energy-cpc-exports-growth-and-level",
       "Exports via the Caspian Pipeline Consortium rose 8% year on year to 63.5 million "
       "tonnes in 2024.",
       c("8%", 8, "%", change="increase", metric="oil exports", topic="energy", period="2024",
         entities=[CPC]),
       c("63.5 million tonnes", 63.5e6, "t", change=None, metric="oil exports", topic="energy",
         period="2024", kind="actual", entities=[CPC]), published="2025-02-03"),
    ex("ho-energy-btc-about-tonnes-jan-sep",
       "About 29 million tonnes of oil were pumped through the BTC pipeline in "
       "January-September, SOCAR said.",
       c("29 million tonnes", 29e6, "t", approx="approx", metric="oil exports", topic="energy",
         period="2025-01/2025-09", kind="actual", entities=[BTC, "SOCAR"]),
       published="2025-10-10"),
    ex("ho-energy-kmg-h1-vs-year-earlier",
       "KazMunayGas exported 19.4 million tonnes of oil through the CPC pipeline in H1 2025, "
       "compared with 18.2 million tonnes a year earlier.",
       c("19.4 million tonnes", 19.4e6, "t", metric="oil exports", period="2025-01/2025-06",
         kind="actual", entities=["KazMunayGas", CPC]),
       c("18.2 million tonnes", 18.2e6, "t", metric="oil exports", period="2024-01/2024-06",
         kind="actual"), published="2025-08-01"),
    ex("ho-energy-tengiz-increase-about-bpd",
       "The Future Growth Project lifted output at Tengiz by about 260,000 bpd.",
       c("260,000 bpd", 260000, "bbl", per="day", approx="approx", change="increase",
         metric="oil production", topic="energy")),
    ex("ho-energy-az-barrels-a-day-and-decline",
       "Azerbaijan's oil production averaged 483,000 barrels a day in 2024, 2% below its 2023 "
       "level.",
       c("483,000 barrels", 483000, "bbl", per="day", metric="oil production", period="2024",
         entities=["Azerbaijan"]),
       c("2%", 2, "%", change="decrease", metric="oil production"), published="2025-02-10"),
    ex("ho-energy-nearly-tonnes-over-dollars",
       "Kazakhstan's oil exports reached nearly 70 million tonnes in 2024, worth over $40 "
       "billion.",
       c("70 million tonnes", 70e6, "t", approx="approx", metric="oil exports", period="2024",
         entities=["Kazakhstan"]),
       c("$40 billion", 40e9, "USD", approx="min", metric="oil exports", period="2024"),
       published="2025-03-01"),
    ex("ho-energy-projection-then-actual",
       "The ministry projects oil output of 96.2 million tonnes in 2025, after an actual 87.7 "
       "million tonnes in 2024.",
       c("96.2 million tonnes", 96.2e6, "t", kind="projection", period="2025",
         metric="oil production"),
       c("87.7 million tonnes", 87.7e6, "t", kind="actual", period="2024",
         metric="oil production"), published="2025-01-20"),
    ex("ho-energy-opec-quota-bpd",
       "Under the OPEC+ deal Kazakhstan's production quota is 1.468 million bpd.",
       c("1.468 million bpd", 1.468e6, "bbl", per="day", metric="oil production",
         entities=["Kazakhstan"])),
    ex("ho-energy-oil-revenue-share-of-exports",
       "Oil and gas account for about 35% of Azerbaijan's GDP and 90% of its exports.",
       c("35%", 35, "%", approx="approx", change=None, entities=["Azerbaijan"]),
       c("90%", 90, "%", change=None)),
]

GAS: list[Example] = [
    ex("ho-energy-az-gas-europe-plan-vs-last-year",
       "Azerbaijan plans to supply 13 bcm of gas to Europe this year, up from 12.9 bcm in 2024.",
       c("13 bcm", 13e9, "m3", kind="projection", period="2025", metric="gas exports",
         topic="energy", entities=["Azerbaijan", "Europe"]),
       c("12.9 bcm", 12.9e9, "m3", kind="actual", period="2024", metric="gas exports"),
       published="2025-03-01"),
    ex("ho-energy-turkmen-gas-cubic-metres-a-year",
       "Turkmenistan supplies China with roughly 40 billion cubic metres of natural gas a year.",
       c("40 billion cubic metres", 40e9, "m3", approx="approx", per="year",
         metric="gas exports", topic="energy", entities=["Turkmenistan", "China"])),
    ex("ho-energy-uzbek-gas-extracted-fall",
       "Uzbekistan extracted 37.8 bcm of natural gas in 2024, 4% less than a year earlier.",
       c("37.8 bcm", 37.8e9, "m3", metric="gas production", topic="energy", period="2024",
         entities=["Uzbekistan"]),
       c("4%", 4, "%", change="decrease", metric="gas production"), published="2025-02-01"),
    ex("ho-energy-az-gas-first-ten-months-of-the-year",
       "Gas exports from Azerbaijan totalled 21.2 billion cubic metres in the first ten months "
       "of the year, Energy Ministry data show.",
       c("21.2 billion cubic metres", 21.2e9, "m3", metric="gas exports",
         period="2025-01/2025-10", kind="actual", entities=["Azerbaijan"]),
       published="2025-11-15"),
    ex("ho-energy-tapi-designed-capacity-and-length",
       "The TAPI pipeline is designed to pump 33 bcm a year over 1,814 km.",
       c("33 bcm", 33e9, "m3", per="year", metric="capacity", kind="projection"),
       c("1,814 km", 1814, "km", metric="route length")),
    ex("ho-energy-trans-caspian-could-carry-per-annum",
       "A Trans-Caspian gas pipeline could carry 30 bcm per annum from Turkmenistan to "
       "Azerbaijan.",
       c("30 bcm", 30e9, "m3", per="year", kind="projection",
         entities=["Turkmenistan", "Azerbaijan"])),
    ex("ho-energy-gas-flows-halved",
       "Gas flows via the Central Asia-Center pipeline halved in 2023.",
       c("halved", 0.5, "x", change="decrease", period="2023", topic="energy"),
       published="2024-03-01"),
]

POWER: list[Example] = [
    ex("ho-energy-solar-commissioned-wind-due",
       "A 230 MW solar plant was commissioned near Bilasuvar, and a 240 MW wind farm is due "
       "to start operating in 2026.",
       c("230 MW", 230, "MW", kind="actual", metric="power capacity", topic="energy"),
       c("240 MW", 240, "MW", kind="projection", metric="power capacity", period="2026"),
       published="2025-05-01"),
    ex("ho-energy-caspian-power-cable-up-to-gw-and-cost",
       "The Caspian undersea power cable linking Kazakhstan and Azerbaijan would carry up to "
       "1 GW of green electricity and cost $3.4 billion.",
       c("1 GW", 1, "GW", approx="max", kind="projection", topic="energy",
         entities=["Kazakhstan", "Azerbaijan"]),
       c("$3.4 billion", 3.4e9, "USD", kind="projection", metric="project cost")),
    ex("ho-energy-black-sea-cable-length-and-mw",
       "The Black Sea submarine cable between Georgia and Romania will be 1,195 km long and "
       "transmit 1,000 MW of power to the EU.",
       c("1,195 km", 1195, "km", kind="projection", entities=["Georgia"]),
       c("1,000 MW", 1000, "MW", kind="projection", metric="power capacity", topic="energy")),
    ex("ho-energy-uzbek-electricity-exports-tripled-since",
       "Electricity exports from Uzbekistan to Afghanistan have tripled since 2021.",
       c("tripled", 3, "x", change="increase", metric="electricity exports", topic="energy",
         period="2021/..", entities=["Uzbekistan", "Afghanistan"]),
       published="2025-04-01"),
    ex("ho-energy-consumption-by-2030-from-2023",
       "Power consumption in Uzbekistan is projected to reach 120 billion kWh by 2030, up from "
       "81 billion kWh in 2023.",
       c("120 billion kWh", 120e9, "kWh", kind="projection", period="2030",
         metric="electricity consumption", topic="energy"),
       c("81 billion kWh", 81e9, "kWh", kind="actual", period="2023",
         metric="electricity consumption"), published="2025-02-01"),
    ex("ho-energy-renewables-share-target-by-2030",
       "Azerbaijan aims to raise the share of renewables in installed capacity to 30% by 2030.",
       c("30%", 30, "%", kind="projection", period="2030", change=None,
         entities=["Azerbaijan"])),
    ex("ho-energy-twh-generated-and-share",
       "Kazakhstan generated 117.9 TWh of electricity in 2024, of which 6.4% came from wind "
       "and solar.",
       c("117.9 TWh", 117.9, "TWh", metric="electricity generation", period="2024",
         kind="actual", entities=["Kazakhstan"]),
       c("6.4%", 6.4, "%", change=None, period="2024"), published="2025-03-01"),
    ex("ho-energy-hydro-plant-name-with-digit",
       "Kambarata-1 will have an installed capacity of 1,860 MW and generate 5.6 billion kWh "
       "annually.",
       c("1,860 MW", 1860, "MW", kind="projection", metric="power capacity", topic="energy"),
       c("5.6 billion kWh", 5.6e9, "kWh", per="year", kind="projection",
         metric="electricity generation")),
    ex("ho-energy-rogun-expected-by-year",
       "Tajikistan's Rogun dam is expected to reach its full capacity of 3,780 MW by 2033.",
       c("3,780 MW", 3780, "MW", kind="projection", period="2033", metric="power capacity",
         entities=["Tajikistan"])),
    ex("ho-energy-georgia-imported-twh",
       "Georgia imported 1.3 TWh of electricity in 2024, mainly from Russia and Azerbaijan.",
       c("1.3 TWh", 1.3, "TWh", metric="electricity imports", topic="energy", period="2024",
         entities=["Georgia"]), published="2025-02-01"),
    ex("ho-energy-produced-kwh-is-generation",
       "Azerbaijan's power plants produced 24.6 billion kWh in 2024, 1.8% more than in 2023.",
       c("24.6 billion kWh", 24.6e9, "kWh", metric="electricity generation", topic="energy",
         period="2024"),
       c("1.8%", 1.8, "%", change="increase"), published="2025-01-25"),
    ex("ho-energy-add-gw-doubling",
       "Kazakhstan plans to add 6.5 GW of renewable capacity by 2030, doubling its green "
       "generation.",
       c("6.5 GW", 6.5, "GW", kind="projection", period="2030", topic="energy"),
       c("doubling", 2, "x", change="increase", kind="projection")),
    ex("ho-energy-deals-worth-for-wind",
       "SOCAR and ACWA Power signed agreements worth $1.7 billion for a 1 GW wind project.",
       c("$1.7 billion", 1.7e9, "USD", metric="investment", topic="investment",
         entities=["SOCAR"]),
       c("1 GW", 1, "GW", metric="power capacity")),
]

DIGITAL: list[Example] = [
    ex("ho-energy-caspian-fibre-km-and-tbps-range",
       "Kazakhtelecom and AzerTelecom will lay a 380-km fibre-optic line across the Caspian "
       "seabed with a capacity of 4-6 Tbps.",
       c("380-km", 380, "km", kind="projection", metric="cable length", topic="digital",
         entities=["Kazakhtelecom", "AzerTelecom"]),
       c("4-6 Tbps", 4, "Tbps", value_high=6, kind="projection", topic="digital")),
    ex("ho-energy-bandwidth-fold-and-gbps",
       "International internet bandwidth in Uzbekistan grew 1.6-fold to 3,200 Gbps in 2024.",
       c("1.6-fold", 1.6, "x", change="increase", period="2024", topic="digital"),
       c("3,200 Gbps", 3200, "Gbps", change=None, metric="data capacity", topic="digital",
         period="2024", entities=["Uzbekistan"]), published="2025-02-01"),
    ex("ho-energy-fibre-km-laid-and-network-over",
       "Some 18,000 km of fibre-optic lines were laid in Uzbekistan in 2024, bringing the "
       "national network to over 130,000 km.",
       c("18,000 km", 18000, "km", approx="approx", metric="cable length", topic="digital",
         period="2024"),
       c("130,000 km", 130000, "km", approx="min", metric="cable length"),
       published="2025-03-01"),
    ex("ho-energy-traffic-five-times-higher",
       "Internet traffic through Kazakhstan is now five times higher than in 2020.",
       c("five times", 5, "x", change="increase", metric="data traffic", topic="digital",
         entities=["Kazakhstan"])),
    ex("ho-energy-5g-is-no-claim-coverage-is",
       "Azercell switched on 5G in Baku, while Kazakhtelecom's 4G network now covers 95% of "
       "the population.",
       c("95%", 95, "%", change=None)),
]

AGRI: list[Example] = [
    ex("ho-energy-harvest-since-year-not-claim",
       "Kazakhstan harvested 26.7 million tonnes of grain in 2024, the largest crop since 2011.",
       c("26.7 million tonnes", 26.7e6, "t", metric="harvest", topic="agriculture",
         period="2024", entities=["Kazakhstan"]), published="2025-01-15"),
    ex("ho-energy-marketing-year-forecast-including",
       "Grain exports for the 2024/25 marketing year are forecast at 12 million tonnes, "
       "including 10 mt of wheat.",
       c("12 million tonnes", 12e6, "t", kind="projection", metric="grain exports",
         topic="agriculture", period="2024/2025"),
       c("10 mt", 10e6, "t", kind="projection", metric="grain exports", period="2024/2025"),
       published="2025-01-10"),
    ex("ho-energy-cotton-harvest-expected-exports-halved",
       "Uzbekistan's raw cotton harvest is expected to reach 3.8 million tons this season, "
       "while cotton fibre exports halved.",
       c("3.8 million tons", 3.8e6, "t", kind="projection", metric="harvest",
         topic="agriculture", entities=["Uzbekistan"]),
       c("halved", 0.5, "x", change="decrease", topic="agriculture")),
    ex("ho-energy-wheat-by-a-third-to-mt",
       "Wheat exports from Kazakhstan in July-December rose by a third to 5.3 mt.",
       c("a third", 100 / 3, "%", change="increase", metric="grain exports",
         period="2024-07/2024-12"),
       c("5.3 mt", 5.3e6, "t", change=None, metric="grain exports", period="2024-07/2024-12",
         entities=["Kazakhstan"]), published="2025-01-15"),
    ex("ho-energy-since-year-over-grain-flour",
       "Since 2021, Turkmenistan has exported over 1 million tonnes of grain and flour to "
       "Afghanistan.",
       c("1 million tonnes", 1e6, "t", approx="min", period="2021/..", metric="grain exports",
         topic="agriculture", entities=["Turkmenistan", "Afghanistan"]),
       published="2025-06-01"),
    ex("ho-energy-cotton-fibre-tonnes-and-value",
       "Tajikistan exported 84,000 tonnes of cotton fibre worth $142 million in 2024.",
       c("84,000 tonnes", 84000, "t", metric="agricultural exports", topic="agriculture",
         period="2024", entities=["Tajikistan"]),
       c("$142 million", 142e6, "USD", metric="agricultural exports", period="2024"),
       published="2025-02-01"),
]

MACRO: list[Example] = [
    ex("ho-energy-gdp-and-non-oil-growth",
       "Azerbaijan's GDP grew 4.1% in 2024, while the non-oil sector expanded by 6.2%.",
       c("4.1%", 4.1, "%", change="increase", metric="gdp", topic="economy", period="2024",
         entities=["Azerbaijan"]),
       c("6.2%", 6.2, "%", change="increase", period="2024"), published="2025-01-20"),
    ex("ho-energy-inflation-month-to-from-month",
       "Annual inflation in Kazakhstan accelerated to 12.5% in October from 11.9% in "
       "September.",
       c("12.5%", 12.5, "%", change=None, metric="inflation", topic="economy",
         period="2025-10", entities=["Kazakhstan"]),
       c("11.9%", 11.9, "%", change=None, metric="inflation", period="2025-09"),
       published="2025-11-05"),
    ex("ho-energy-base-rate-pp-and-level",
       "The National Bank of Kazakhstan raised its base rate by 1.5 percentage points to 16.5%.",
       c("1.5 percentage points", 1.5, "pp", change="increase", metric="policy rate",
         topic="economy"),
       c("16.5%", 16.5, "%", change=None, metric="policy rate")),
    ex("ho-energy-refinancing-rate-held-ordinal",
       "The National Bank of Georgia kept the refinancing rate at 8% for the fourth "
       "consecutive meeting.",
       c("8%", 8, "%", change=None, metric="policy rate", topic="economy",
         entities=["Georgia"])),
    ex("ho-energy-inflation-range-by-end-of-year",
       "The Central Bank of Uzbekistan expects inflation to slow to 7-8% by the end of 2025.",
       c("7-8%", 7, "%", value_high=8, kind="projection", metric="inflation", period="2025",
         change=None), published="2025-06-01"),
    ex("ho-energy-economy-grew-first-half",
       "Uzbekistan's economy grew 6.5% year-on-year in the first half of 2025, the statistics "
       "agency said.",
       c("6.5%", 6.5, "%", change="increase", metric="gdp", period="2025-01/2025-06",
         kind="actual", entities=["Uzbekistan"]), published="2025-07-20"),
    ex("ho-energy-basis-points-cut",
       "The Central Bank of Armenia cut the refinancing rate by 25 basis points to 6.75%.",
       c("25 basis points", 0.25, "pp", change="decrease", metric="policy rate"),
       c("6.75%", 6.75, "%", change=None, metric="policy rate")),
    ex("ho-energy-tenge-weakened",
       "The tenge weakened 14% against the dollar over the year.",
       c("14%", 14, "%", change="decrease", metric="exchange rate", topic="economy")),
    ex("ho-energy-consumer-prices-first-eight-months",
       "Consumer prices in Azerbaijan rose 5.8% in the first eight months of 2025 compared "
       "with the same period of 2024.",
       c("5.8%", 5.8, "%", change="increase", metric="inflation", period="2025-01/2025-08",
         entities=["Azerbaijan"]), published="2025-09-10"),
    ex("ho-energy-imf-forecast-growth-next-year",
       "The IMF forecasts Georgia's economy to grow 6% next year after 9.4% in 2024.",
       c("6%", 6, "%", change="increase", kind="projection", metric="gdp", period="2026",
         entities=["Georgia"]),
       c("9.4%", 9.4, "%", change="increase", kind="actual", period="2024"),
       published="2025-10-15"),
]

NEGATIVES: list[Example] = [
    ex("ho-energy-neg-cop29-date-clock-decree",
       "During COP29 in Baku on 11 November 2024, ministers signed the memorandum at 10:30 "
       "under Presidential Decree No. 2418."),
    ex("ho-energy-neg-law-number-5g-half-year",
       "Under Law No. 165-VIII, adopted on 2 July 2023, the first 5G base stations in Tashkent "
       "went live in the second half of 2024."),
    ex("ho-energy-neg-ordinals-exhibition",
       "The 30th Caspian Oil and Gas exhibition opened alongside the 3rd Baku Energy Week on "
       "June 2."),
    ex("ho-energy-neg-dotted-date-and-clock",
       "Bids for the Caspian cable tender close at 18:00 Baku time on 15.12.2025."),
    ex("ho-energy-neg-block-names-and-phases",
       "Phase 2 of the ACG field and Block 12 of the Shah Deniz-2 project were discussed by "
       "the two companies."),
]

# A second round, written after the first round's fixes.
SECOND: list[Example] = [
    ex("ho-energy-socar-next-year-from-last-year",
       "SOCAR plans to raise oil output to 30 million tonnes next year from 28.6 million "
       "tonnes in 2024.",
       c("30 million tonnes", 30e6, "t", kind="projection", period="2026",
         metric="oil production", entities=["SOCAR"]),
       c("28.6 million tonnes", 28.6e6, "t", kind="actual", period="2024",
         metric="oil production"), published="2025-03-01"),
    ex("ho-energy-exported-crude-and-plans-to-ship",
       "In 2024 Azerbaijan exported 24.5 million tonnes of crude and plans to ship 25 million "
       "tonnes in 2025.",
       c("24.5 million tonnes", 24.5e6, "t", kind="actual", period="2024",
         metric="oil exports", entities=["Azerbaijan"]),
       c("25 million tonnes", 25e6, "t", kind="projection", period="2025",
         metric="oil exports", topic="energy"), published="2025-03-01"),
    ex("ho-energy-wheat-could-exceed-season",
       "Kazakhstan's wheat exports could exceed 10 million tonnes in the 2025/26 season, the "
       "grain union estimates.",
       c("10 million tonnes", 10e6, "t", approx="min", kind="projection", period="2025/2026",
         metric="grain exports", topic="agriculture", entities=["Kazakhstan"]),
       published="2025-08-01"),
    ex("ho-energy-electricity-tariffs-are-no-freight",
       "Electricity tariffs for households in Uzbekistan rose by 30% on 1 May.",
       c("30%", 30, "%", change="increase", metric="energy price", topic="energy",
         entities=["Uzbekistan"]), published="2025-06-01"),
    ex("ho-energy-electricity-exports-money",
       "Georgia's exports of electricity brought in $45 million in 2024.",
       c("$45 million", 45e6, "USD", metric="electricity exports", topic="energy",
         period="2024", entities=["Georgia"]), published="2025-02-01"),
    ex("ho-energy-pipeline-capacity-and-flow",
       "The Central Asia-China gas pipeline has a design capacity of 55 bcm per year, but "
       "carried about 44 bcm in 2024.",
       c("55 bcm", 55e9, "m3", per="year", metric="capacity", period=None),
       c("44 bcm", 44e9, "m3", approx="approx", per=None, metric="gas exports",
         topic="energy", period="2024"), published="2025-02-01"),
    ex("ho-energy-inflation-eased-lowest-since",
       "Inflation in Uzbekistan eased to 8.8% year on year in February, the lowest since 2016.",
       c("8.8%", 8.8, "%", change=None, metric="inflation", period="2025-02",
         entities=["Uzbekistan"]), published="2025-03-10"),
    ex("ho-energy-fibre-add-gbps-estimated-cost",
       "The Trans-Caspian fibre-optic line will add 400 Gbps of capacity at an estimated cost "
       "of $50 million.",
       c("400 Gbps", 400, "Gbps", kind="projection", metric="data capacity", topic="digital",
         entities=["Trans-Caspian fibre-optic cable"]),
       c("$50 million", 50e6, "USD", kind="projection", metric="project cost")),
    ex("ho-energy-cotton-harvest-fell-from",
       "Turkmenistan's cotton harvest fell to about 1.1 million tonnes from 1.3 million tonnes "
       "a year earlier.",
       c("1.1 million tonnes", 1.1e6, "t", approx="approx", change=None, metric="harvest",
         topic="agriculture", entities=["Turkmenistan"]),
       c("1.3 million tonnes", 1.3e6, "t", approx=None, metric="harvest")),
    ex("ho-energy-condensate-output-set-to-rise",
       "Kazakhstan's oil and gas condensate output is set to rise by 5.3% in 2025.",
       c("5.3%", 5.3, "%", change="increase", kind="projection", period="2025",
         metric="oil production", topic="energy", entities=["Kazakhstan"]),
       published="2025-01-15"),
    ex("ho-energy-neg-section-number-and-year",
       "Section 5.2 of the PSA signed in 1994 covers the ACG field."),
    ex("ho-energy-installed-gw-coal-fired",
       "Coal-fired plants make up 8.2 GW of Kazakhstan's 24 GW of installed capacity, or "
       "about 34%.",
       c("8.2 GW", 8.2, "GW", metric="power capacity", topic="energy"),
       c("24 GW", 24, "GW", metric="power capacity", topic="energy",
         entities=["Kazakhstan"]),
       c("34%", 34, "%", approx="approx", change=None)),
]

EXAMPLES: list[Example] = OIL + GAS + POWER + DIGITAL + AGRI + MACRO + NEGATIVES + SECOND

KNOWN_GAPS: dict[str, str] = {
}
