"""Held-out sentences written after the parser was tuned, on Russia–Central Asia and Eurasian
Economic Union (EAEU) trade and transit as trade analysts read them: mutual trade turnover of
the union and of Russia with Kazakhstan, Uzbekistan and Kyrgyzstan, the share of national
currencies in settlements ("the share of rubles and tenge reached 90%"), EAEU statistics
releases, transit of Russian cargo to Iran and of Kazakh grain and coal via Russian ports, rail
transit volumes through Kazakhstan, amounts in Russian rubles ("bln rubles", "trillion
roubles"), tariffs and discounts, projections against reported figures; negatives (decree
numbers, dates, EAEU summit ordinals).

Written in our own words and read by hand first (issue 2's field definitions); the parser was
run only afterwards, to measure how it generalises beyond the corpus it was tuned on.
"""

from __future__ import annotations

from . import Example, c, ex

RU = "Russia"
KZ = "Kazakhstan"
UZ = "Uzbekistan"
KG = "Kyrgyzstan"
IR = "Iran"
BY = "Belarus"
EAEU = "Eurasian Economic Union"
RZD = "Russian Railways"
KTZ = "Kazakhstan Temir Zholy"
INSTC = "International North-South Transport Corridor"

TRADE: list[Example] = [
    ex("rca-share-rubles-tenge-settlements",
       "The share of rubles and tenge in settlements between Russia and Kazakhstan reached 90%, "
       "the Kazakh trade ministry said.",
       c("90%", 90, "%", change=None, kind="actual", approx=None, entities=[RU, KZ])),
    ex("rca-eaeu-mutual-trade-rose-to",
       "Mutual trade between EAEU member states rose 7% to $93.3 billion in 2024, according to "
       "the Eurasian Economic Commission.",
       c("7%", 7, "%", change="increase", metric="trade turnover", period="2024",
         entities=[EAEU]),
       c("$93.3 billion", 93.3e9, "USD", change=None, metric="trade turnover", period="2024",
         kind="actual", topic="trade", entities=[EAEU]),
       published="2025-03-01"),
    ex("rca-ru-kz-turnover-first-half",
       "Russia-Kazakhstan trade turnover reached $13.2 billion in the first half of this year.",
       c("$13.2 billion", 13.2e9, "USD", metric="trade turnover", period="2025-01/2025-06",
         kind="actual", topic="trade", entities=[RU, KZ]),
       published="2025-08-15"),
    ex("rca-ru-uz-aim-by-2030",
       "Moscow and Tashkent aim to raise bilateral trade to $30 billion by 2030.",
       c("$30 billion", 30e9, "USD", metric="trade turnover", period="2030",
         kind="projection", change=None, entities=[RU, UZ])),
    ex("rca-kz-imports-trillion-rubles",
       "Kazakhstan's imports from Russia amounted to 1.6 trillion rubles last year.",
       c("1.6 trillion rubles", 1.6e12, "RUB", metric="imports", period="2024",
         kind="actual", topic="trade", entities=[KZ, RU]),
       published="2025-02-01"),
    ex("rca-ru-kg-exports-bln-rubles",
       "Russian exports of machinery to Kyrgyzstan totalled 48.5 bln rubles in "
       "January-September.",
       c("48.5 bln rubles", 48.5e9, "RUB", metric="exports", period="2025-01/2025-09",
         entities=[RU, KG]),
       published="2025-10-20"),
    ex("rca-roubles-spelling-hedged",
       "Uzbek importers paid roughly 210 billion roubles for Russian wheat in 2024.",
       c("210 billion roubles", 210e9, "RUB", approx="approx", period="2024",
         entities=[UZ, RU])),
    ex("rca-eaeu-turnover-down-percent",
       "Trade between Russia and Kyrgyzstan fell 4.2% in the first quarter of 2025.",
       c("4.2%", 4.2, "%", change="decrease", metric="trade turnover",
         period="2025-01/2025-03", entities=[RU, KG])),
    ex("rca-national-currencies-over-percent",
       "National currencies now account for more than 95% of payments within the EAEU, the "
       "commission's statistics department reported.",
       c("95%", 95, "%", approx="min", change=None, kind="actual", entities=[EAEU])),
    ex("rca-dollar-share-fell-pp",
       "The dollar's share in Russia-Kazakhstan settlements fell by 12 percentage points over "
       "the year.",
       c("12 percentage points", 12, "pp", change="decrease", entities=[RU, KZ])),
    ex("rca-belarus-russia-turnover-level",
       "Belarus-Russia turnover stood at about 4.3 trillion Russian rubles in 2023.",
       c("4.3 trillion Russian rubles", 4.3e12, "RUB", approx="approx", period="2023",
         metric="trade turnover", entities=[BY, RU])),
    ex("rca-eaeu-external-trade-exports-imports",
       "The union's exports to third countries reached $436 billion, while imports came to "
       "$277 billion.",
       c("$436 billion", 436e9, "USD", metric="exports"),
       c("$277 billion", 277e9, "USD", metric="imports")),
    ex("rca-kz-surplus-projection",
       "Analysts expect Kazakhstan's trade deficit with Russia to widen to $12 billion next "
       "year.",
       c("$12 billion", 12e9, "USD", kind="projection", metric="trade balance", period="2026",
         entities=[KZ, RU]),
       published="2025-11-01"),
    ex("rca-ru-uz-up-fold-since",
       "Uzbekistan's trade with Russia has doubled since 2021.",
       c("doubled", 2, "x", change="increase", metric="trade turnover", period="2021/..",
         entities=[UZ, RU])),
    ex("rca-eaeu-share-of-total",
       "Russia accounts for 68% of Kyrgyzstan's trade within the EAEU.",
       c("68%", 68, "%", change=None, entities=[RU, KG])),
]

TRANSIT: list[Example] = [
    ex("rca-kz-grain-via-russian-ports-quarter",
       "Kazakhstan shipped 1.2 million tonnes of grain through Russian Black Sea ports in the "
       "first quarter.",
       c("1.2 million tonnes", 1.2e6, "t", period="2025-01/2025-03", kind="actual",
         entities=[KZ, RU]),
       published="2025-04-10"),
    ex("rca-kz-coal-transit-rose-to",
       "Transit of Kazakh coal via Russian ports rose by 18% year on year to 9.4 million "
       "tonnes.",
       c("18%", 18, "%", change="increase", metric="transit cargo volume", entities=[KZ, RU]),
       c("9.4 million tonnes", 9.4e6, "t", change=None, metric="transit cargo volume",
         topic="logistics", entities=[KZ, RU])),
    ex("rca-russian-cargo-iran-times",
       "Rail transit of Russian cargo to Iran through Kazakhstan and Turkmenistan jumped 2.5 "
       "times in 2024.",
       c("2.5 times", 2.5, "x", change="increase", period="2024",
         metric="transit cargo volume", entities=[RU, IR, KZ])),
    ex("rca-ktz-transit-forecast",
       "Rail transit through Kazakhstan is forecast to reach 30 million tonnes in 2025, KTZ "
       "said.",
       c("30 million tonnes", 30e6, "t", kind="projection", period="2025",
         metric="transit cargo volume", topic="logistics", entities=[KZ, KTZ]),
       published="2025-02-10"),
    ex("rca-transit-actual-vs-plan",
       "Transit cargo on Kazakh railways totalled 26.1 million tonnes last year against a plan "
       "of 27 million tonnes.",
       c("26.1 million tonnes", 26.1e6, "t", kind="actual", period="2024",
         metric="transit cargo volume"),
       c("27 million tonnes", 27e6, "t", kind="projection"),
       published="2025-01-15"),
    ex("rca-instc-eastern-route-containers",
       "Some 1,800 containers moved on the eastern branch of the North-South corridor in "
       "January-May.",
       c("1,800 containers", 1800, "count", item="container", approx="approx",
         period="2025-01/2025-05", entities=[INSTC]),
       published="2025-06-20"),
    ex("rca-russia-iran-trains-per-week",
       "Russian Railways plans to run three container trains a week to Iran via Kazakhstan.",
       c("three container trains", 3, "count", per="week", kind="projection",
         entities=[RZD, IR])),
    ex("rca-transit-time-days-cut",
       "Delivery time from Moscow to Bandar Abbas along the eastern route has been cut to 12 "
       "days from 25.",
       c("12 days", 12, "day", metric="transit time", change=None),
       c("25", 25, "day", metric="transit time")),
    ex("rca-grain-wagons-daily",
       "Up to 600 grain wagons a day cross from Kazakhstan into Russia at the Petropavlovsk "
       "junction.",
       c("600 grain wagons", 600, "count", per="day", approx="max", entities=[KZ, RU])),
    ex("rca-ust-luga-kz-coal-capacity",
       "A terminal at Ust-Luga is designed to handle 10 million tonnes of Kazakh coal a year.",
       c("10 million tonnes", 10e6, "t", per="year", metric="capacity", kind="projection",
         entities=["Port of Ust-Luga", KZ])),
    ex("rca-transit-through-kz-fell",
       "Russian transit shipments to China through Kazakhstan fell 11% in the first half.",
       c("11%", 11, "%", change="decrease", period="2025-01/2025-06", entities=[RU, KZ]),
       published="2025-07-20"),
    ex("rca-caspian-ports-russia-iran-turnover",
       "Cargo handled at Makhachkala and Astrakhan for Iran exceeded 3 million tonnes in 2024.",
       c("3 million tonnes", 3e6, "t", approx="min", period="2024",
         entities=["Port of Makhachkala", "Port of Astrakhan", IR])),
    ex("rca-kz-oil-via-russian-ports-mt",
       "Kazakhstan plans to export about 1.5 mt of oil via Novorossiysk outside the CPC next "
       "year.",
       c("1.5 mt", 1.5e6, "t", approx="approx", kind="projection", metric="oil exports",
         period="2026", entities=[KZ]),
       published="2025-10-01"),
]

TARIFFS: list[Example] = [
    ex("rca-rzd-discount-grain",
       "Russian Railways granted a 25% discount on tariffs for Kazakh grain moving to Baltic "
       "ports.",
       c("25%", 25, "%", metric="freight rate", entities=[RZD, KZ])),
    ex("rca-coal-tariff-rubles-per-tonne",
       "The rail tariff for coal from Ekibastuz to Ust-Luga is about 4,800 rubles per tonne.",
       c("4,800 rubles", 4800, "RUB", per="t", approx="approx", metric="freight rate")),
    ex("rca-ktz-tariff-raise-percent",
       "KTZ will raise tariffs for transit freight by 9.5% from January 1.",
       c("9.5%", 9.5, "%", change="increase", kind="projection", metric="freight rate",
         entities=[KTZ])),
    ex("rca-eaeu-common-tariff-average",
       "The EAEU's common external tariff averages 6.5% after the latest cuts.",
       c("6.5%", 6.5, "%", change=None, entities=[EAEU])),
    ex("rca-container-rate-per-40ft",
       "Shipping a 40-foot container from Chongqing to Moscow via Kazakhstan costs around "
       "$7,500.",
       c("$7,500", 7500, "USD", approx="approx", metric="freight rate", per="40ft container")),
    ex("rca-tariff-discount-percent-range",
       "Discounts of 10-15% apply to empty wagons returning to Kazakhstan.",
       c("10-15%", 10, "%", value_high=15, entities=[KZ])),
    ex("rca-export-duty-wheat-rubles",
       "Russia's export duty on wheat was set at 1,250 rubles per tonne for the coming week.",
       c("1,250 rubles", 1250, "RUB", per="t", metric="customs duty", entities=[RU])),
]

MONEY: list[Example] = [
    ex("rca-investment-rubles-logistics-hub",
       "Russian investors will put 45 billion rubles into a logistics hub near Tashkent.",
       c("45 billion rubles", 45e9, "RUB", kind="projection", metric="investment",
         topic="investment", entities=[RU])),
    ex("rca-rub-iso-before",
       "The Eurasian Development Bank approved a RUB 12 billion loan for the Kyrgyz grid.",
       c("RUB 12 billion", 12e9, "RUB", metric="loan", topic="investment")),
    ex("rca-rub-compact-bn",
       "RZD's revenue from transit to Central Asia rose to RUB 95bn.",
       c("RUB 95bn", 95e9, "RUB", metric="revenue", change=None, entities=[RZD])),
    ex("rca-tenge-and-rubles-both",
       "Kazakh firms paid 320 billion tenge, or about 60 billion rubles, in freight charges.",
       c("320 billion tenge", 320e9, "KZT"),
       c("60 billion rubles", 60e9, "RUB", approx="approx")),
    ex("rca-rubles-mln-fine",
       "Customs fined the importer 3.2 million rubles for misdeclared transit goods.",
       c("3.2 million rubles", 3.2e6, "RUB", metric="fine")),
    ex("rca-bln-rubles-budget-projection",
       "The state budget earmarks 150 bln rubles for the Volga-Caspian channel over three "
       "years.",
       c("150 bln rubles", 150e9, "RUB", metric="budget", topic="economy")),
]

NEGATIVES: list[Example] = [
    ex("rca-negative-summit-ordinal",
       "Leaders met in Minsk on June 26-27, 2025 for the 4th Eurasian Economic Forum and the "
       "Supreme Eurasian Economic Council."),
    ex("rca-negative-decree-number",
       "The rules were approved by Decision No. 112 of the EEC Council of 12 August 2024."),
    ex("rca-negative-eaeu-treaty-article",
       "Article 29 of the 2014 Treaty on the EAEU allows members to restrict exports."),
    ex("rca-negative-government-resolution",
       "Government Resolution No. 1582 of 28.10.2024 sets the procedure for transit via Russia."),
    ex("rca-negative-five-members",
       "The five member states agreed on the text at the tenth anniversary of the union."),
    ex("rca-negative-ten-year-plan-year-range",
       "The EAEU's Strategy 2030 replaces the 2020-2025 strategic directions."),
    ex("rca-negative-hotline",
       "Shippers can call the KTZ transit hotline at +7 7172 60 44 00 around the clock."),
]

MIXED: list[Example] = [
    ex("rca-kz-grain-exports-russia-share",
       "About 40% of Kazakhstan's grain exports now travel through Russian territory, up from "
       "25% in 2022.",
       c("40%", 40, "%", approx="approx", change=None, entities=[KZ, RU]),
       c("25%", 25, "%", change=None, period="2022")),
    ex("rca-uz-ru-gas-bcm",
       "Russia will supply up to 11 bcm of gas a year to Uzbekistan through Kazakhstan.",
       c("11 bcm", 11e9, "m3", approx="max", per="year", kind="projection",
         metric="gas exports", topic="energy", entities=[RU, UZ])),
    ex("rca-eaeu-gdp-growth",
       "The EAEU economy grew 4.1% in 2024, the commission estimated.",
       c("4.1%", 4.1, "%", change="increase", metric="gdp", period="2024",
         entities=[EAEU])),
    ex("rca-kz-ru-teu-container",
       "Container traffic between Kazakhstan and Russia grew to 310,000 TEU in 2024.",
       c("310,000 TEU", 310000, "TEU", change=None, metric="container volume", period="2024",
         entities=[KZ, RU])),
]

LATER: list[Example] = [
    ex("rca-kz-wheat-to-russia-quarter",
       "Kazakh wheat exports to Russia slumped to 310,000 tonnes in Q3 2025, a third of last "
       "year's level.",
       c("310,000 tonnes", 310000, "t", change=None, metric="grain exports",
         period="2025-07/2025-09", entities=[KZ, RU]),
       published="2025-11-01"),
    ex("rca-ruble-payments-share-nine-months",
       "Payments in rubles made up 41.3% of Uzbekistan's settlements with Russia in 9M 2025, "
       "against 38% a year earlier.",
       c("41.3%", 41.3, "%", change=None, period="2025-01/2025-09", entities=[UZ, RU]),
       c("38%", 38, "%", change=None, period="2024-01/2024-09"),
       published="2025-11-01"),
    ex("rca-ruble-sign-price-per-tonne",
       "A tonne of Kazakh wheat delivered to Novorossiysk costs ₽18,500 including rail.",
       c("₽18,500", 18500, "RUB", per="t", metric="price", kind="actual",
         entities=[KZ, "Port of Novorossiysk"])),
    ex("rca-rub-trln-projected",
       "Exports of Russian goods to Central Asia are projected at RUB 2.9 trln in 2026.",
       c("RUB 2.9 trln", 2.9e12, "RUB", kind="projection", metric="exports", period="2026",
         entities=[RU])),
    ex("rca-council-meeting-counts-documents-only",
       "The 5th meeting of the EAEU intergovernmental council in Almaty on 28-29 May 2025 "
       "approved 14 documents.",
       c("14 documents", 14, "count", item="document", kind="actual")),
]

EXAMPLES: list[Example] = [*TRADE, *TRANSIT, *TARIFFS, *MONEY, *NEGATIVES, *MIXED, *LATER]

KNOWN_GAPS: dict[str, str] = {}
