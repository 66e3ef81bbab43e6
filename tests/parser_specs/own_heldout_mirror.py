"""Held-out sentences on mirror trade statistics and disagreeing sources, written after the parser.

How analysts read two sources for one flow: one country's customs against its partner's
statistics bureau ("China's customs put bilateral trade at $43.8 billion, while Kazakhstan's
statistics bureau reported $30.5 billion", "according to Turkmen data ... but Chinese figures
show"), revised figures ("revised to $5.1 billion from an initial $4.8 billion"), preliminary
against final data, forecasts of the same growth by different agencies (World Bank, ADB, IMF,
EBRD), discrepancies stated as gaps ("a gap of $13 billion", "a third higher") and the same
cargo counted in tonnes by one source and in TEU by another. Written by hand in our own words,
expectations first, then compared with the parser: a measure of how it generalises.

Conventions checked here: each source's figure is its own claim, with the flow's metric,
entities and period; a revised figure and the initial one it replaces are both levels of the
same period; a gap between two sources' figures is a level (no direction over time), while a
figure stated as "more/higher/above" another is a change; an agency's forecast is a projection,
and the agency that makes it is its source, not one of its entities (as in `own_context`:
"The World Bank expects Kazakhstan's economy to grow 4.5%" is about Kazakhstan), except where
it revises its own forecast ("the IMF cut its forecast"), as `own_heldout_macro` has it.
"""

from __future__ import annotations

from . import TITR, Example, c, ex

TWO_SOURCES: list[Example] = [
    ex("mir-china-customs-vs-kz-bureau",
       "China's customs put bilateral trade with Kazakhstan at $43.8 billion in 2024, while "
       "Kazakhstan's statistics bureau reported $30.5 billion.",
       c("$43.8 billion", 43.8e9, "USD", metric="trade turnover", topic="trade", period="2024",
         entities=["China", "Kazakhstan"], kind="actual", change=None),
       c("$30.5 billion", 30.5e9, "USD", metric="trade turnover", period="2024",
         entities=["Kazakhstan"], kind="actual", change=None),
       published="2025-03-10"),
    ex("mir-turkmen-data-but-chinese-figures",
       "According to Turkmen data, gas exports to China totalled 31 bcm last year, but Chinese "
       "figures show imports of 33.6 bcm.",
       # "according to Turkmen data" names the source: the exporter is left to the reader
       c("31 bcm", 31e9, "m3", metric="gas exports", topic="energy", period="2024",
         entities=["China"], kind="actual"),
       c("33.6 bcm", 33.6e9, "m3", period="2024", entities=["China"], kind="actual"),
       published="2025-04-01"),
    ex("mir-kz-exports-vs-russian-mirror",
       "Kazakhstan's exports to Russia were $10.2 billion by Kazakh data, against $11.9 billion "
       "in Russian mirror statistics.",
       c("$10.2 billion", 10.2e9, "USD", metric="exports", entities=["Kazakhstan", "Russia"],
         change=None),
       c("$11.9 billion", 11.9e9, "USD", entities=["Russia"], change=None)),
    ex("mir-turkish-exports-vs-azeri-imports",
       "Turkish statistics show exports to Azerbaijan of $3.1 billion in 2024, whereas "
       "Azerbaijan's customs committee recorded imports from Türkiye of $2.4 billion.",
       c("$3.1 billion", 3.1e9, "USD", metric="exports", period="2024",
         entities=["Türkiye", "Azerbaijan"]),
       c("$2.4 billion", 2.4e9, "USD", metric="imports", period="2024",
         entities=["Azerbaijan", "Türkiye"]),
       published="2025-02-01"),
    ex("mir-chinese-rise-vs-tajik-rise",
       "Chinese data show a 14.6% rise in exports to Tajikistan in January-May, while Tajik "
       "figures show imports from China up only 3.2%.",
       c("14.6%", 14.6, "%", change="increase", metric="exports", period="2025-01/2025-05",
         entities=["China", "Tajikistan"], approx=None),
       c("3.2%", 3.2, "%", change="increase", metric="imports", entities=["Tajikistan", "China"],
         approx=None),
       published="2025-06-20"),
    ex("mir-kyrgyz-vs-chinese-five-times",
       "Kyrgyzstan's statistics committee puts trade with China at $2.2 billion for January-June, "
       "but Chinese customs recorded $10.4 billion, almost five times as much.",
       c("$2.2 billion", 2.2e9, "USD", metric="trade turnover", period="2025-01/2025-06",
         entities=["Kyrgyzstan", "China"]),
       c("$10.4 billion", 10.4e9, "USD", period="2025-01/2025-06", entities=["China"]),
       c("five times", 5, "x", change="increase", approx="approx"),
       published="2025-08-01"),
    ex("mir-coal-exports-vs-importers",
       "Kazakhstan reported coal exports of 28 million tonnes, while importers' data add up to "
       "nearly 31 million tonnes.",
       c("28 million tonnes", 28e6, "t", entities=["Kazakhstan"], approx=None),
       c("31 million tonnes", 31e6, "t", approx="approx")),
    ex("mir-mongolian-vs-chinese-count",
       "Mongolia's coal shipments to China came to 83.7 million tonnes by Mongolian count and "
       "79.9 million tonnes by Chinese count in 2024.",
       c("83.7 million tonnes", 83.7e6, "t", entities=["Mongolia", "China"], period="2024"),
       c("79.9 million tonnes", 79.9e6, "t", period="2024"),
       published="2025-02-15"),
    ex("mir-geostat-vs-azerbaijani",
       "Trade between Azerbaijan and Georgia was $1.4 billion in 2023 by Georgian data and $1.6 "
       "billion by Azerbaijani data.",
       c("$1.4 billion", 1.4e9, "USD", metric="trade turnover", period="2023",
         entities=["Azerbaijan", "Georgia"]),
       c("$1.6 billion", 1.6e9, "USD", metric="trade turnover", period="2023",
         entities=["Azerbaijan"]),
       published="2024-06-01"),
    ex("mir-customs-transit-vs-railway",
       "Azerbaijan's customs committee counts 1.9 million tonnes of transit through its "
       "territory, against 2.3 million tonnes reported by the railway.",
       c("1.9 million tonnes", 1.9e6, "t", entities=["Azerbaijan"], topic="logistics"),
       c("2.3 million tonnes", 2.3e6, "t", topic="logistics")),
    ex("mir-oil-ministry-vs-bureau",
       "Kazakhstan's oil exports were 70.5 million tonnes in 2024, the energy ministry said, "
       "while the statistics bureau gave 68.9 million tonnes.",
       c("70.5 million tonnes", 70.5e6, "t", metric="oil exports", topic="energy",
         period="2024", entities=["Kazakhstan"]),
       c("68.9 million tonnes", 68.9e6, "t", metric="oil exports", period="2024"),
       published="2025-02-20"),
    ex("mir-surplus-bureau-vs-central-bank",
       "Kazakhstan's statistics bureau reported a trade surplus of $14.6 billion for 2024, while "
       "the central bank's balance-of-payments data showed $11.2 billion.",
       c("$14.6 billion", 14.6e9, "USD", metric="trade balance", period="2024",
         entities=["Kazakhstan"]),
       c("$11.2 billion", 11.2e9, "USD", period="2024"),
       published="2025-03-15"),
    ex("mir-armenia-tripled-vs-russian-70",
       "Armenia's exports to Russia tripled in 2024 according to Yerevan, but Russian data show "
       "only a 70% increase.",
       c("tripled", 3, "x", change="increase", metric="exports", period="2024",
         entities=["Armenia", "Russia"]),
       c("70%", 70, "%", change="increase", period="2024"),
       published="2025-03-01"),
    ex("mir-chinese-exports-vs-kz-imports",
       "China's exports to Kazakhstan rose 4% to $24.8 billion, Chinese customs said, but "
       "Kazakhstan recorded imports of only $17.1 billion.",
       c("4%", 4, "%", change="increase", metric="exports", entities=["China", "Kazakhstan"]),
       c("$24.8 billion", 24.8e9, "USD", change=None, metric="exports"),
       c("$17.1 billion", 17.1e9, "USD", change=None, metric="imports",
         entities=["Kazakhstan"])),
    ex("mir-trains-customs-vs-ktz",
       "Chinese customs counted 1,020 China-Europe trains via Kazakhstan in May, while KTZ logged "
       "1,085.",
       c("1,020 China-Europe trains", 1020, "count", item="train", period="2025-05"),
       c("1,085", 1085, "count", item="train", period="2025-05"),
       published="2025-06-10"),
    ex("mir-eurostat-imports-above-exports",
       "Eurostat recorded EU imports from Central Asia of €12.4 billion in 2023, some 8% above "
       "what the five republics reported as exports.",
       c("€12.4 billion", 12.4e9, "EUR", metric="imports", period="2023",
         entities=["European Union"]),
       c("8%", 8, "%", approx="approx", change="increase", period="2023"),
       published="2024-07-01"),
]

REVISIONS: list[Example] = [
    ex("mir-revised-from-initial",
       "The statistics committee revised first-quarter exports to $5.1 billion from an initial "
       "$4.8 billion.",
       c("$5.1 billion", 5.1e9, "USD", metric="exports", period="2025-01/2025-03", change=None,
         approx=None, kind="actual"),
       c("$4.8 billion", 4.8e9, "USD", metric="exports", period="2025-01/2025-03", change=None,
         kind="actual"),
       published="2025-06-01"),
    ex("mir-preliminary-data-show",
       "Preliminary data show Uzbekistan's foreign trade turnover at $62.3 billion in 2024; the "
       "final figure is due in March.",
       c("$62.3 billion", 62.3e9, "USD", metric="trade turnover", period="2024",
         entities=["Uzbekistan"], kind="actual"),
       published="2025-01-20"),
    ex("mir-revised-down-for-year",
       "Rail freight through Dostyk was revised down to 17.4 million tonnes for 2024 after the "
       "operator excluded empty containers.",
       c("17.4 million tonnes", 17.4e6, "t", period="2024", approx=None, change=None,
         topic="logistics"),
       published="2025-03-01"),
    ex("mir-initial-estimate-then-revised",
       "Initial estimates put the trade surplus at $2.3 billion; the revised figure is $1.9 "
       "billion.",
       c("$2.3 billion", 2.3e9, "USD", metric="trade balance", kind="actual", change=None),
       c("$1.9 billion", 1.9e9, "USD", metric="trade balance", kind="actual", change=None)),
    ex("mir-flash-estimate-later-revised",
       "The bureau's flash estimate of 3.8% fourth-quarter growth was later revised to 4.1%.",
       c("3.8%", 3.8, "%", change="increase", period="2024-10/2024-12", kind="actual"),
       c("4.1%", 4.1, "%", change="increase", period="2024-10/2024-12", approx=None,
         kind="actual"),
       published="2025-03-01"),
    ex("mir-revised-data-not-first-reported",
       "Revised data show container traffic on the Middle Corridor rose 62% last year, not the "
       "33% first reported.",
       c("62%", 62, "%", change="increase", metric="container volume", period="2024",
         entities=[TITR]),
       c("33%", 33, "%", change="increase", period="2024"),
       published="2025-04-15"),
    ex("mir-final-confirmed-preliminary",
       "Final data confirmed the preliminary figure of 1.15 million TEU handled in 2024.",
       c("1.15 million TEU", 1.15e6, "TEU", metric="container volume", period="2024",
         kind="actual"),
       published="2025-04-01"),
    ex("mir-preliminary-estimate-more-than-customs",
       "The statistics office's preliminary estimate puts January-September imports at 18.2 "
       "billion dollars, 0.6 billion more than customs data.",
       c("18.2 billion dollars", 18.2e9, "USD", metric="imports", period="2025-01/2025-09",
         change=None),
       c("0.6 billion", 0.6e9, "USD", change="increase", period="2025-01/2025-09"),
       published="2025-10-25"),
    ex("mir-audited-vs-reported-revenue",
       "Revenue reported by the port operator, 48.3 billion tenge, differs from the 45.9 billion "
       "tenge in its audited accounts.",
       c("48.3 billion tenge", 48.3e9, "KZT", metric="revenue", change=None),
       c("45.9 billion tenge", 45.9e9, "KZT", metric="revenue", change=None)),
]

FORECASTS: list[Example] = [
    ex("mir-three-agencies-growth",
       "The World Bank expects Kazakhstan's economy to grow 4.5% in 2025, the ADB forecasts 4.9% "
       "and the IMF 4.6%.",
       c("4.5%", 4.5, "%", change="increase", metric="gdp", topic="economy", kind="projection",
         period="2025", entities=["Kazakhstan"]),
       c("4.9%", 4.9, "%", change="increase", metric="gdp", kind="projection", period="2025",
         entities=["Kazakhstan"]),
       c("4.6%", 4.6, "%", change="increase", metric="gdp", kind="projection", period="2025",
         entities=["Kazakhstan"]),
       published="2025-04-20"),
    ex("mir-imf-cut-forecast-from",
       "The IMF cut its 2025 growth forecast for Azerbaijan to 2.7% from 3.1% in October.",
       c("2.7%", 2.7, "%", change="increase", metric="gdp", kind="projection", period="2025",
         entities=["IMF", "Azerbaijan"], approx=None),
       c("3.1%", 3.1, "%", change="increase", metric="gdp", kind="projection", period="2025"),
       published="2025-04-22"),
    ex("mir-ebrd-below-government-target",
       "The EBRD projects growth of 5.0% for Uzbekistan this year, below the government's target "
       "of 6%.",
       c("5.0%", 5.0, "%", change="increase", metric="gdp", kind="projection", period="2025",
         only_entities=["Uzbekistan"]),
       c("6%", 6, "%", change="increase", kind="projection", period="2025"),
       published="2025-05-15"),
    ex("mir-adb-raised-forecast",
       "The ADB raised its 2025 forecast for Georgia's growth to 7.3%.",
       c("7.3%", 7.3, "%", change="increase", metric="gdp", kind="projection", period="2025",
         entities=["Asian Development Bank", "Georgia"], approx=None),
       published="2025-04-10"),
    ex("mir-imf-short-of-claimed",
       "The IMF projects Turkmenistan's GDP to grow 2.3% in 2025, well short of the 6.3% claimed "
       "by Ashgabat.",
       c("2.3%", 2.3, "%", change="increase", metric="gdp", kind="projection", period="2025",
         only_entities=["Turkmenistan"]),
       c("6.3%", 6.3, "%", change="increase", metric="gdp"),
       published="2025-05-01"),
    ex("mir-adb-two-years",
       "The Asian Development Bank sees Central Asian growth at 5.4% in 2025 and 5.3% in 2026.",
       c("5.4%", 5.4, "%", change="increase", metric="gdp", kind="projection", period="2025",
         entities=["Central Asia"]),
       c("5.3%", 5.3, "%", change="increase", metric="gdp", kind="projection", period="2026"),
       published="2025-04-10"),
    ex("mir-imf-pp-above-previous",
       "In its January update the IMF put global trade growth at 3.2% for 2025, 0.2 percentage "
       "points above the October estimate.",
       c("3.2%", 3.2, "%", change="increase", kind="projection", period="2025"),
       c("0.2 percentage points", 0.2, "pp", change="increase", kind="projection"),
       published="2025-01-20"),
    ex("mir-both-forecast-about",
       "The ADB and the World Bank both forecast growth of about 6% for Uzbekistan next year.",
       c("6%", 6, "%", approx="approx", change="increase", metric="gdp", kind="projection",
         period="2026", entities=["Asian Development Bank", "World Bank", "Uzbekistan"]),
       published="2025-10-01"),
    ex("mir-shadow-economy-range",
       "Estimates of the shadow economy range from 20% to 35% of GDP, depending on the agency.",
       c("20% to 35%", 20, "%", value_high=35, change=None)),
    ex("mir-grain-below-usda",
       "The ministry's estimate of 4.8 million tonnes for grain exports this season is 0.7 "
       "million tonnes below the USDA's.",
       c("4.8 million tonnes", 4.8e6, "t", metric="grain exports", change=None),
       c("0.7 million tonnes", 0.7e6, "t", change="decrease")),
]

GAPS_AND_UNITS: list[Example] = [
    ex("mir-gap-of-billions",
       "The gap of $13 billion between the two figures is mostly explained by unrecorded "
       "shuttle trade.",
       c("$13 billion", 13e9, "USD", change=None, kind="actual")),
    ex("mir-a-third-higher",
       "Chinese customs data put the value of shipments a third higher than the figure reported "
       "in Bishkek.",
       c("a third", 100 / 3, "%", change="increase")),
    ex("mir-discrepancy-widened",
       "The discrepancy in mirror data widened to 27% in 2023 from 19% in 2022.",
       c("27%", 27, "%", change=None, period="2023"),
       c("19%", 19, "%", change=None, period="2022"),
       published="2024-05-01"),
    ex("mir-world-bank-fifth-higher",
       "The World Bank's estimate of remittances to Tajikistan, $5.7 billion, is a fifth higher "
       "than the central bank's.",
       c("$5.7 billion", 5.7e9, "USD", metric="remittances", only_entities=["Tajikistan"],
         change=None),
       c("a fifth", 20, "%", change="increase")),
    ex("mir-half-of-difference",
       "Half of the difference is due to goods declared as re-exports.",
       c("Half", 50, "%", change=None)),
    ex("mir-tonnes-equivalent-teu",
       "Georgian Railway counted 1.2 million tonnes of container cargo, which the port reports "
       "as roughly 60,000 TEU.",
       c("1.2 million tonnes", 1.2e6, "t", topic="logistics", entities=["Georgian Railway"]),
       c("60,000 TEU", 60000, "TEU", approx="approx", metric="container volume")),
    ex("mir-poti-tonnes-about-teu",
       "The Port of Poti reported 520,000 tonnes of containerised cargo, equivalent to about "
       "38,000 TEU.",
       c("520,000 tonnes", 520000, "t", entities=["Port of Poti"], approx=None),
       c("38,000 TEU", 38000, "TEU", approx="approx", metric="container volume")),
    ex("mir-teu-or-tonnes-by-weight",
       "Throughput at Aktau is reported as 240,000 TEU by the port, or about 3.5 million tonnes "
       "by weight.",
       c("240,000 TEU", 240000, "TEU", entities=["Port of Aktau"], approx=None),
       c("3.5 million tonnes", 3.5e6, "t", approx="approx")),
    ex("mir-brokers-differ-per-container",
       "Freight rates quoted by two brokers differed by $400 per 40ft container on the "
       "Shanghai-Almaty route.",
       c("$400", 400, "USD", per="40ft container", metric="freight rate", topic="logistics")),
    ex("mir-trucks-differ-a-month",
       "Georgian and Armenian data on trucks crossing at Sadakhlo differ by roughly 1,500 trucks "
       "a month.",
       c("1,500 trucks", 1500, "count", item="truck", approx="approx", per="month")),
    ex("mir-rosstat-shipments-fell",
       "According to Rosstat, the volume of goods shipped to Kazakhstan fell 4.5% in 2024.",
       c("4.5%", 4.5, "%", change="decrease", period="2024", entities=["Kazakhstan"]),
       published="2025-03-01"),
    ex("mir-gold-excluded-level",
       "Uzbek exports of gold, excluded from the mirror comparison, reached $8.4 billion in 2024.",
       c("$8.4 billion", 8.4e9, "USD", period="2024", entities=["Uzbekistan"], change=None),
       published="2025-02-01"),
]

NEGATIVES: list[Example] = [
    ex("mir-neg-different-methods",
       "The two statistics agencies use different methods, and the discrepancy has persisted for "
       "years."),
    ex("mir-neg-publication-date",
       "Official figures for 2024 will be published on 15 April, the statistics bureau said.",
       published="2025-02-01"),
    ex("mir-neg-no-december-data", "Neither customs service published data for December."),
    ex("mir-neg-since-2022",
       "Russia's customs service has not published country-level trade data since 2022."),
    ex("mir-neg-ranking",
       "Trade statistics rank China as Kazakhstan's second-largest partner after Russia."),
    ex("mir-neg-hs-chapter",
       "The largest gaps appear in HS chapter 84 and in Table 3 of the 2023 yearbook."),
]

EXAMPLES: list[Example] = TWO_SOURCES + REVISIONS + FORECASTS + GAPS_AND_UNITS + NEGATIVES

KNOWN_GAPS: dict[str, str] = {
    "mir-flash-estimate-later-revised": "'3.8% fourth-quarter growth': a growth noun after the "
                                        "figure makes no change, and the quarter after it is "
                                        "given to the revised figure only",
}
