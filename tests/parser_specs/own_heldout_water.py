"""Held-out sentences written after the parser was tuned, on water, irrigation and
hydropower in Central Asia and the Caucasus as trade and investment news reports them: the
Rogun and Kambarata-1 hydropower plants (MW, GW, billion kWh a year, cost, loans, stakes),
the Qosh Tepa canal (km, m3 per second, irrigated hectares), Amu Darya and Syr Darya water
allocations and reservoir volumes (cubic km, km3, billion cubic metres, m3/s), electricity
trade between Tajikistan, Kyrgyzstan, Uzbekistan, Kazakhstan and Afghanistan (CASA-1000,
swaps, tariffs in cents per kWh), the fall of the Caspian Sea level (cm, metres) and its
effect on port draughts, with hedges, ranges, rates, periods, plans against plants in
service, and negatives (unit numbers, resolution and decree numbers, clock times, phone
numbers). Expectations were written by hand from reading the text, before the parser was
run on it.
"""

from __future__ import annotations

from . import Example, c, ex

AKTAU = "Port of Aktau"
CASPIAN = "Caspian Sea"

HYDRO: list[Example] = [
    ex("wa-rogun-first-unit-capacity",
       "Rogun's first unit, commissioned in November 2018, has a capacity of 120 MW.",
       c("120 MW", 120, "MW", kind="actual", metric="power capacity", topic="energy"),
       published="2025-06-01"),
    ex("wa-rogun-cost-estimate-and-spent",
       "The total cost of the Rogun hydropower plant is now estimated at about $6.4 billion, "
       "of which Tajikistan has already spent some $3.5 billion.",
       c("$6.4 billion", 6.4e9, "USD", approx="approx", metric="project cost",
         topic="investment"),
       c("$3.5 billion", 3.5e9, "USD", approx="approx", kind="actual",
         entities=["Tajikistan"])),
    ex("wa-rogun-eurobond-coupon",
       "In 2017 Tajikistan placed a $500 million Eurobond at 7.125% to finance Rogun.",
       c("$500 million", 500e6, "USD", kind="actual", period="2017", entities=["Tajikistan"]),
       c("7.125%", 7.125, "%", change=None), published="2025-06-01"),
    ex("wa-rogun-world-bank-grants-credits",
       "The World Bank approved $350 million in grants and credits for the first phase of "
       "Rogun in December 2024.",
       c("$350 million", 350e6, "USD", kind="actual", topic="investment",
         entities=["World Bank"]), published="2025-06-01"),
    ex("wa-rogun-will-generate-and-doubling",
       "Once completed, Rogun will generate about 17 billion kWh of electricity a year, roughly "
       "doubling Tajikistan's output.",
       c("17 billion kWh", 17e9, "kWh", approx="approx", per="year", kind="projection",
         metric="electricity generation", topic="energy", entities=["Tajikistan"]),
       c("doubling", 2, "x", change="increase", approx="approx", kind="projection")),
    ex("wa-rogun-dam-height-reservoir-cubic-km",
       "The dam, at 335 metres the tallest in the world when finished, will hold a reservoir "
       "of 13.3 cubic kilometres.",
       c("335 metres", 335, "m", kind="projection"),
       c("13.3 cubic kilometres", 13.3e9, "m3", kind="projection",
         metric="reservoir volume")),
    ex("wa-kambarata-megawatt-compound-cost-between",
       "Kyrgyzstan, Kazakhstan and Uzbekistan signed an agreement to build the 1,860-megawatt "
       "Kambarata-1 plant, with construction costs estimated at between $5 billion and $6 "
       "billion.",
       c("1,860-megawatt", 1860, "MW", kind="projection", metric="power capacity",
         topic="energy", entities=["Kyrgyzstan", "Kazakhstan", "Uzbekistan"]),
       c("$5 billion and $6 billion", 5e9, "USD", value_high=6e9, kind="projection",
         metric="project cost")),
    ex("wa-kambarata-stakes-each",
       "Under the deal Kyrgyzstan will hold 34% of the project company, while Kazakhstan and "
       "Uzbekistan will take 33% each.",
       c("34%", 34, "%", kind="projection", metric="stake", change=None,
         entities=["Kyrgyzstan"]),
       c("33%", 33, "%", kind="projection", metric="stake", change=None)),
    ex("wa-kyrgyz-winter-imports-kwh",
       "Kyrgyzstan imported 2.4 billion kWh of electricity in 2023 to cover its winter deficit, "
       "mostly from Kazakhstan and Russia.",
       c("2.4 billion kWh", 2.4e9, "kWh", kind="actual", period="2023",
         metric="electricity imports", topic="energy", entities=["Kyrgyzstan"]),
       published="2024-03-01"),
    ex("wa-toktogul-volume-less-than-year-earlier",
       "The Toktogul reservoir held 13.1 billion cubic metres of water on 1 April, 1.9 billion "
       "cubic metres less than a year earlier.",
       c("13.1 billion cubic metres", 13.1e9, "m3", kind="actual", change=None,
         metric="reservoir volume"),
       c("1.9 billion cubic metres", 1.9e9, "m3", change="decrease", metric="reservoir volume"),
       published="2025-04-10"),
    ex("wa-nurek-output-fell-first-quarter",
       "Output at the Nurek plant fell 8% year on year in the first quarter as low inflows "
       "drained the reservoir.",
       c("8%", 8, "%", change="decrease", kind="actual", period="2025-01/2025-03"),
       published="2025-05-01"),
    # "all six units": the plant's known set, named to say when it runs (like "the two
    # nations"), no count reported
    ex("wa-rogun-six-units-each-rated",
       "Tajikistan expects all six units at Rogun to be running by 2029, each rated at 600 MW.",
       c("600 MW", 600, "MW", kind="projection", metric="power capacity", per=None),
       published="2025-06-01"),
    ex("wa-hydro-share-two-countries",
       "Hydropower provides about 95% of Tajikistan's electricity and about 90% of "
       "Kyrgyzstan's.",
       c("95%", 95, "%", approx="approx", change=None, entities=["Tajikistan"]),
       c("90%", 90, "%", approx="approx", change=None)),
    ex("wa-sarez-lake-some-cubic-km",
       "Lake Sarez holds some 17 cubic kilometres of water behind a natural dam in the Pamirs.",
       c("17 cubic kilometres", 17e9, "m3", approx="approx", kind="actual")),
    ex("wa-edb-up-to-kambarata",
       "The Eurasian Development Bank said it could finance up to $1 billion of Kambarata-1's "
       "cost.",
       c("$1 billion", 1e9, "USD", approx="max", kind="projection", topic="investment")),
]

CANAL: list[Example] = [
    ex("wa-qosh-tepa-length-width",
       "The Qosh Tepa canal will run 285 km from the Amu Darya across northern Afghanistan and "
       "be 100 metres wide.",
       c("285 km", 285, "km", kind="projection", metric="canal length",
         entities=["Afghanistan"]),
       c("100 metres", 100, "m", kind="projection")),
    ex("wa-qosh-tepa-divert-up-to-cubic-km",
       "Once complete, the canal could divert up to 10 cubic km of water a year from the river, "
       "about 20% of its average flow.",
       c("10 cubic km", 10e9, "m3", approx="max", per="year", kind="projection",
         metric="water allocation"),
       c("20%", 20, "%", approx="approx", change=None, kind="projection")),
    ex("wa-qosh-tepa-flow-per-second-hectares",
       "Designed for a flow of 650 cubic metres per second, the canal is meant to irrigate "
       "550,000 hectares of desert.",
       c("650 cubic metres", 650, "m3", per="second", metric="water flow"),
       c("550,000 hectares", 550000, "ha", kind="projection", metric="irrigated area",
         topic="agriculture")),
    ex("wa-qosh-tepa-km-compounds-phases",
       "The Taliban said the first 108-km section of Qosh Tepa was finished in October 2023 and "
       "the second 177-km phase is under way.",
       c("108-km", 108, "km", kind="actual", period="2023-10"),
       c("177-km", 177, "km"), published="2024-01-15"),
    ex("wa-qosh-tepa-cost-dollars",
       "Kabul puts the canal's cost at 684 million dollars, funded entirely from the national "
       "budget.",
       c("684 million dollars", 684e6, "USD", metric="project cost", topic="investment")),
    ex("wa-qosh-tepa-cut-share-up-to",
       "Uzbek experts warn the canal could cut Uzbekistan's share of Amu Darya water by up to "
       "15%.",
       c("15%", 15, "%", approx="max", change="decrease", kind="projection",
         entities=["Uzbekistan"])),
]

ALLOCATION: list[Example] = [
    ex("wa-amu-allocation-km3-each-year",
       "Under the 1992 Almaty agreement, Uzbekistan and Turkmenistan are each entitled to about "
       "22 km3 of Amu Darya water a year.",
       c("22 km3", 22e9, "m3", approx="approx", per="year", metric="water allocation",
         period=None,
         entities=["Uzbekistan", "Turkmenistan"]), published="2025-06-01"),
    ex("wa-syr-darya-season-limit",
       "The Interstate Commission for Water Coordination set Kazakhstan's limit from the Syr "
       "Darya for the growing season at 10.5 cubic kilometres.",
       c("10.5 cubic kilometres", 10.5e9, "m3", metric="water allocation",
         entities=["Kazakhstan"])),
    ex("wa-shardara-inflow-m3-per-second-norm",
       "Inflow to the Shardara reservoir dropped to 350 m3 per second in July, against a norm "
       "of 600 m3/s.",
       c("350 m3", 350, "m3", per="second", change=None, kind="actual", period="2025-07",
         metric="water flow"),
       c("600 m3/s", 600, "m3", per="second", metric="water flow"),
       published="2025-08-05"),
    ex("wa-aral-inflow-lowest-decade",
       "Only 2.7 cubic kilometres of water reached the Northern Aral Sea in 2024, the lowest in "
       "a decade.",
       c("2.7 cubic kilometres", 2.7e9, "m3", kind="actual", period="2024", approx=None),
       published="2025-02-01"),
    ex("wa-uzbek-save-bcm-by-2030",
       "Uzbekistan plans to save 7 billion cubic metres of water a year by 2030 by lining "
       "canals with concrete.",
       c("7 billion cubic metres", 7e9, "m3", per="year", kind="projection", period="2030",
         entities=["Uzbekistan"])),
    ex("wa-drip-irrigation-up-from",
       "Drip irrigation now covers 1.2 million hectares in Uzbekistan, up from 300,000 hectares "
       "in 2020.",
       c("1.2 million hectares", 1.2e6, "ha", kind="actual", change=None,
         metric="irrigated area", topic="agriculture", entities=["Uzbekistan"]),
       c("300,000 hectares", 300000, "ha", kind="actual", change=None, period="2020",
         metric="irrigated area"), published="2025-06-01"),
    ex("wa-kazakh-irrigated-target-cut-losses",
       "Kazakhstan aims to expand irrigated land to 2 million hectares by 2030 and cut water "
       "losses in canals by 15%.",
       c("2 million hectares", 2e6, "ha", kind="projection", period="2030",
         metric="irrigated area", topic="agriculture", entities=["Kazakhstan"]),
       c("15%", 15, "%", change="decrease", kind="projection")),
    ex("wa-canal-losses-up-to-percent",
       "Up to 40% of water is lost in Central Asia's unlined earthen canals before it reaches "
       "the fields.",
       c("40%", 40, "%", approx="max", change=None, kind="actual")),
    ex("wa-adb-irrigation-loan-hectares",
       "The Asian Development Bank will lend Tajikistan $40 million to rehabilitate 25,000 "
       "hectares of irrigated land in the Vakhsh valley.",
       c("$40 million", 40e6, "USD", kind="projection", metric="loan",
         entities=["Asian Development Bank", "Tajikistan"]),
       c("25,000 hectares", 25000, "ha", kind="projection", metric="irrigated area")),
    ex("wa-water-tariff-tenge-per-cubic-metre",
       "Farmers in Kazakhstan pay about 1.5 tenge per cubic metre of irrigation water.",
       c("1.5 tenge", 1.5, "KZT", approx="approx", per="m3", entities=["Kazakhstan"])),
    ex("wa-cotton-water-per-hectare",
       "Cotton fields in Karakalpakstan use about 12,000 cubic metres of water per hectare.",
       c("12,000 cubic metres", 12000, "m3", approx="approx", per="ha")),
]

POWER_TRADE: list[Example] = [
    ex("wa-tajik-exports-afghanistan-first-half",
       "Tajikistan exported 1.5 billion kWh of electricity to Afghanistan in the first half of "
       "2025.",
       c("1.5 billion kWh", 1.5e9, "kWh", kind="actual", period="2025-01/2025-06",
         metric="electricity exports", topic="energy",
         entities=["Tajikistan", "Afghanistan"]), published="2025-08-01"),
    ex("wa-barki-tojik-export-earnings-last-year",
       "Barki Tojik earned $95 million from power exports last year, 12% more than in 2023.",
       c("$95 million", 95e6, "USD", kind="actual", period="2024"),
       c("12%", 12, "%", change="increase", period="2024"), published="2025-03-01"),
    ex("wa-casa-1000-summer-surplus-may-take",
       "CASA-1000 will let Kyrgyzstan and Tajikistan sell 1,300 MW of summer surplus power to "
       "Pakistan, of which Afghanistan may take 300 MW.",
       c("1,300 MW", 1300, "MW", kind="projection", metric="power capacity", topic="energy",
         entities=["CASA-1000"]),
       c("300 MW", 300, "MW", nth=1, kind="projection")),
    ex("wa-casa-1000-cost-line-lengths",
       "The CASA-1000 project, estimated at $1.2 billion, includes a 477-km line from Datka to "
       "Khujand and a 750-km line through Afghanistan.",
       c("$1.2 billion", 1.2e9, "USD", metric="project cost", entities=["CASA-1000"]),
       c("477-km", 477, "km", metric="power line length", topic="energy"),
       c("750-km", 750, "km", metric="power line length")),
    ex("wa-swap-receive-and-return",
       "Under a swap, Kyrgyzstan will receive 1.1 billion kWh from Uzbekistan in winter and "
       "return the same amount in summer.",
       c("1.1 billion kWh", 1.1e9, "kWh", kind="projection", topic="energy",
         entities=["Kyrgyzstan", "Uzbekistan"])),
    ex("wa-tariff-us-cents-per-kwh",
       "Uzbekistan buys Tajik summer electricity at 2.5 US cents per kWh, well below its "
       "domestic cost.",
       c("2.5 US cents", 0.025, "USD", per="kWh", topic="energy")),
    ex("wa-kazakh-exports-fell-percent-to-level",
       "Kazakhstan's electricity exports to Uzbekistan and Kyrgyzstan fell 26% to 1.1 billion "
       "kWh in 2024.",
       c("26%", 26, "%", change="decrease", period="2024", metric="electricity exports"),
       c("1.1 billion kWh", 1.1e9, "kWh", change=None, kind="actual", period="2024",
         metric="electricity exports", topic="energy", entities=["Kazakhstan"]),
       published="2025-02-01"),
    ex("wa-kyrgyz-gwh-between-months",
       "Kyrgyzstan supplied around 900 GWh to Uzbekistan between May and August.",
       c("900 GWh", 900, "GWh", approx="approx", kind="actual", period="2025-05/2025-08",
         topic="energy", entities=["Kyrgyzstan", "Uzbekistan"]), published="2025-09-15"),
    ex("wa-afghan-import-share-and-bill",
       "Afghanistan imports roughly 80% of its electricity, mostly from Uzbekistan, Tajikistan "
       "and Turkmenistan, paying over $280 million a year.",
       c("80%", 80, "%", approx="approx", change=None, entities=["Afghanistan"]),
       c("$280 million", 280e6, "USD", approx="min", per="year", kind="actual")),
    ex("wa-pumping-consumption-share",
       "Pumping stations consume about 8 billion kWh a year in Uzbekistan, nearly 12% of the "
       "country's electricity use.",
       c("8 billion kWh", 8e9, "kWh", approx="approx", per="year",
         metric="electricity consumption", topic="energy", entities=["Uzbekistan"]),
       c("12%", 12, "%", approx="approx", change=None)),
]

CASPIAN_LEVEL: list[Example] = [
    ex("wa-caspian-fell-cm-and-below-minus",
       "The Caspian's level fell by another 31 cm in 2024 and is now below minus 29 metres.",
       c("31 cm", 31, "cm", change="decrease", period="2024", metric="water level",
         entities=[CASPIAN]),
       c("minus 29 metres", -29, "m", approx="max", change=None, metric="water level"),
       published="2025-03-01"),
    ex("wa-caspian-could-drop-range-metres",
       "Scientists project the Caspian could drop 9 to 18 metres by the end of the century.",
       c("9 to 18 metres", 9, "m", value_high=18, change="decrease", kind="projection",
         metric="water level", entities=[CASPIAN])),
    ex("wa-aktau-load-less-tonnes-range",
       "Because of the shallower approach, ships leaving Aktau now load 1,000-1,500 tonnes less "
       "cargo than two years ago.",
       c("1,000-1,500 tonnes", 1000, "t", value_high=1500, change="decrease",
         entities=[AKTAU])),
    ex("wa-baku-dredging-manats-depth",
       "Azerbaijan will spend 40 million manats dredging the channel to Baku port to a depth "
       "of 7 metres.",
       c("40 million manats", 40e6, "AZN", kind="projection", entities=["Azerbaijan"]),
       c("7 metres", 7, "m", kind="projection", metric="depth")),
    ex("wa-caspian-since-nearly-metres-seabed",
       "Since 2006 the Caspian has lost nearly 2 metres, exposing more than 10,000 square "
       "kilometres of seabed in the north.",
       c("2 metres", 2, "m", approx="approx", change="decrease", period="2006/..",
         metric="water level",
         entities=[CASPIAN]),
       c("10,000 square kilometres", 10000, "km2", approx="min"), published="2025-06-01"),
    ex("wa-volga-share-and-runoff-cubic-km",
       "The Volga supplies about 80% of the water entering the Caspian, and its runoff fell to "
       "190 cubic km last year.",
       c("80%", 80, "%", approx="approx", change=None),
       c("190 cubic km", 190e9, "m3", change=None, kind="actual", period="2024",
         metric="water flow"), published="2025-02-01"),
    ex("wa-turkmenbashi-draught-from-to",
       "At Turkmenbashi, the permitted draught dropped from 6.2 to 5.5 metres.",
       c("6.2", 6.2, "m", change=None, metric="depth"),
       c("5.5 metres", 5.5, "m", change=None, metric="depth")),
]

NEGATIVES: list[Example] = [
    ex("wa-neg-unit-number-clock-date",
       "Unit 2 of the Rogun plant was switched on at 14:00 on 4 September 2019."),
    ex("wa-neg-un-resolution-decade",
       "The UN General Assembly adopted Resolution 77/334 on the Decade of Action for Water "
       "2018-2028."),
    ex("wa-neg-plant-names-with-digits",
       "Kambarata-2 and Nurek HPP-3 featured in talks between the two presidents."),
    ex("wa-neg-decree-concept-years",
       "President Mirziyoyev signed Decree No. PF-6024 on the water sector development concept "
       "for 2020-2030."),
    ex("wa-neg-hotline-numbers",
       "Farmers may report illegal water intakes by calling 1090 or +998 71 202 10 15."),
]

EXAMPLES: list[Example] = HYDRO + CANAL + ALLOCATION + POWER_TRADE + CASPIAN_LEVEL + NEGATIVES

# Example id -> why the parser still fails it (run as strict xfail).
KNOWN_GAPS: dict[str, str] = {}
