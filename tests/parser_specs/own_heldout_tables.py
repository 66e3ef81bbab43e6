"""Held-out sentences written after the parser was tuned, on figures laid out as tables and
lists inside plain-text articles and press releases: markdown pipe tables of trade by partner
and cargo by port whose header names the unit and year ("| Port | 2024, thousand t |"),
tables with a total row, bulleted lists ("- Grain: 412,000 tonnes (+12%)"), "label – value"
lines of statistics releases, key-figures boxes ("Investment: $1.2 bn; Jobs: 3,000") and lists
after a lead sentence naming the period and the country; with negatives (row numbers, years as
column headers, HS and route codes). Each cell or item takes its unit and scale from its
header, its period and entities from the header or lead, its metric from its label.
Expectations were written by hand from reading the text, before the parser was run on it.
"""

from __future__ import annotations

from . import Example, c, ex

PIPE_TABLES: list[Example] = [
    ex("tb-port-table-thousand-t-year-in-header",
       "Cargo handled at Georgian ports\n| Port | 2024, thousand t |\n|---|---|\n"
       "| Poti | 7,912 |\n| Batumi | 4,105 |\n",
       c("7,912", 7.912e6, "t", period="2024", metric="port throughput", topic="logistics",
         only_entities=["Port of Poti"]),
       c("4,105", 4.105e6, "t", period="2024", metric="port throughput",
         only_entities=["Port of Batumi"]),
       published="2025-02-10"),
    ex("tb-exports-by-partner-with-total-row",
       "Kazakhstan's exports by partner, January-June 2025 (mln USD)\n"
       "| Partner | Value |\n|---|---|\n| China | 7,450.2 |\n| Italy | 6,980.0 |\n"
       "| Total | 38,120.5 |\n",
       c("7,450.2", 7450.2e6, "USD", period="2025-01/2025-06", metric="exports",
         topic="trade", entities=["China", "Kazakhstan"]),
       c("6,980.0", 6980e6, "USD", period="2025-01/2025-06", metric="exports",
         entities=["Italy", "Kazakhstan"]),
       c("38,120.5", 38120.5e6, "USD", period="2025-01/2025-06", metric="exports",
         only_entities=["Kazakhstan"]),
       published="2025-07-20"),
    ex("tb-imports-usd-million-in-brackets-two-years",
       "| Partner | Imports 2023 (USD million) | Imports 2024 (USD million) |\n"
       "|---|---|---|\n| Russia | 3,120.4 | 3,388.9 |\n",
       c("3,120.4", 3120.4e6, "USD", period="2023", metric="imports",
         entities=["Russia"]),
       c("3,388.9", 3388.9e6, "USD", period="2024", metric="imports", entities=["Russia"]),
       published="2025-03-01"),
    ex("tb-row-numbers-column-is-no-claim",
       "Cargo handled at Black Sea ports, mln t:\n| No. | Port | 2024 |\n|---|---|---|\n"
       "| 1 | Poti | 7.9 |\n| 2 | Batumi | 4.1 |\n",
       c("7.9", 7.9e6, "t", period="2024", entities=["Port of Poti"]),
       c("4.1", 4.1e6, "t", period="2024", entities=["Port of Batumi"]),
       published="2025-03-01"),
    ex("tb-hs-code-first-column-is-no-claim",
       "Uzbekistan's main exports to Kazakhstan\n| HS code | Product | 2024, mln USD |\n"
       "|---|---|---|\n| 1001 | Wheat | 812.4 |\n| 0806 | Grapes | 95.3 |\n",
       c("812.4", 812.4e6, "USD", period="2024", entities=["Uzbekistan", "Kazakhstan"]),
       c("95.3", 95.3e6, "USD", period="2024", entities=["Uzbekistan", "Kazakhstan"]),
       published="2025-03-01"),
    ex("tb-hs-code-middle-column-is-no-claim",
       "| Product | HS code | Exports, mln USD |\n|---|---|---|\n| Cotton yarn | 5205 | 1,140 |\n",
       c("1,140", 1140e6, "USD", metric="exports")),
    ex("tb-year-column-and-opened-year-no-claim",
       "| Route | Opened | Length, km |\n|---|---|---|\n| Baku-Tbilisi-Kars | 2017 | 826 |\n",
       c("826", 826, "km", metric="route length")),
    ex("tb-years-as-headers-without-unit-nothing",
       "Number of container trains by year\n| Route | 2023 | 2024 |\n|---|---|---|\n"
       "| China-Europe | 17,523 | 19,000 |\n",
       c("17,523", 17523, "count", item="container train", metric="train count",
         period="2023"),
       c("19,000", 19000, "count", item="container train", period="2024"),
       published="2025-03-01"),
    ex("tb-plan-column-is-projection",
       "Throughput of the Port of Aktau, thousand TEU\n| Indicator | 2024 | 2026 (plan) |\n"
       "|---|---|---|\n| Containers | 86 | 150 |\n",
       c("86", 86e3, "TEU", period="2024", kind="actual", entities=["Port of Aktau"]),
       c("150", 150e3, "TEU", period="2026", kind="projection", entities=["Port of Aktau"]),
       published="2025-04-01"),
    ex("tb-quarter-headers-bcm-gas",
       "Gas exports from Azerbaijan by route, bcm\n| Route | Q1 2025 | Q2 2025 |\n"
       "|---|---|---|\n| TANAP | 2.9 | 2.8 |\n",
       c("2.9", 2.9e9, "m3", period="2025-01/2025-03", metric="gas exports", topic="energy",
         entities=["Azerbaijan"]),
       c("2.8", 2.8e9, "m3", period="2025-04/2025-06", metric="gas exports"),
       published="2025-08-01"),
    ex("tb-lender-rows-take-the-captions-country",
       "Loans to Uzbekistan by lender, 2024, mln USD\n| Lender | Amount |\n|---|---|\n"
       "| ADB | 410 |\n| World Bank | 385 |\n",
       c("410", 410e6, "USD", period="2024", metric="loan", topic="investment",
         only_entities=["Asian Development Bank", "Uzbekistan"]),
       c("385", 385e6, "USD", period="2024", metric="loan",
         only_entities=["World Bank", "Uzbekistan"]),
       published="2025-03-01"),
    ex("tb-share-and-change-pp-columns",
       "| Partner | Share, % | Change, pp |\n|---|---|---|\n| China | 24.1 | +1.8 |\n"
       "| Russia | 17.6 | -2.3 |\n",
       c("24.1", 24.1, "%", change=None, entities=["China"]),
       c("+1.8", 1.8, "pp", change="increase", entities=["China"]),
       c("17.6", 17.6, "%", change=None, entities=["Russia"]),
       c("-2.3", -2.3, "pp", change="decrease", entities=["Russia"])),
    ex("tb-year-rows-transit-cargo",
       "Transit cargo via Kazakhstan, mln t\n| Year | Volume |\n|---|---|\n| 2022 | 21.2 |\n"
       "| 2023 | 25.6 |\n",
       c("21.2", 21.2e6, "t", period="2022", metric="transit cargo volume",
         entities=["Kazakhstan"]),
       c("25.6", 25.6e6, "t", period="2023", metric="transit cargo volume"),
       published="2025-03-01"),
    ex("tb-dash-and-na-cells-skipped",
       "| Port | 2023, thousand TEU | 2024, thousand TEU |\n|---|---|---|\n"
       "| Kuryk | – | 12.5 |\n| Aktau | n/a | 86.0 |\n",
       c("12.5", 12.5e3, "TEU", period="2024", entities=["Port of Kuryk"]),
       c("86.0", 86e3, "TEU", period="2024", entities=["Port of Aktau"]),
       published="2025-03-01"),
    ex("tb-negative-trade-balance-is-a-level",
       "| Country | Trade balance 2024, mln USD |\n|---|---|\n| Georgia | -7,340.1 |\n"
       "| Azerbaijan | 12,800.5 |\n",
       c("-7,340.1", -7340.1e6, "USD", change=None, metric="trade balance", period="2024",
         entities=["Georgia"]),
       c("12,800.5", 12800.5e6, "USD", change=None, metric="trade balance",
         entities=["Azerbaijan"]),
       published="2025-03-01"),
    ex("tb-transit-time-days-by-route",
       "| Route | Transit time, days |\n|---|---|\n| Xi'an-Duisburg | 18 |\n"
       "| Middle Corridor | 23 |\n",
       c("18", 18, "day", metric="transit time", topic="logistics"),
       c("23", 23, "day", metric="transit time",
         entities=["Trans-Caspian International Transport Route"])),
    ex("tb-freight-rate-usd-per-feu",
       "| Lane | Rate, USD per 40ft container |\n|---|---|\n| Shanghai-Poti | 4,200 |\n",
       c("4,200", 4200, "USD", per="40ft container", metric="freight rate")),
    ex("tb-cargo-by-type-tonnes-and-yoy",
       "Cargo carried by Azerbaijan Railways in 9M 2025:\n"
       "| Cargo | Volume, thousand tonnes | y/y, % |\n|---|---|---|\n"
       "| Oil products | 3,410 | -5.2 |\n| Grain | 612 | 14.0 |\n",
       c("3,410", 3.41e6, "t", period="2025-01/2025-09", entities=["Azerbaijan Railways"]),
       c("-5.2", -5.2, "%", change="decrease"),
       c("612", 612e3, "t", period="2025-01/2025-09", metric="cargo volume"),
       c("14.0", 14, "%", change="increase"),
       published="2025-10-15"),
    ex("tb-money-column-tenge-billion",
       "| Region | Investment 2024, KZT bn |\n|---|---|\n| Mangystau | 612.7 |\n",
       c("612.7", 612.7e9, "KZT", period="2024", metric="investment", topic="investment"),
       published="2025-03-01"),
    ex("tb-trade-two-half-years-and-change-column",
       "Azerbaijan's trade with Central Asian countries, mln USD\n"
       "| Country | Jan-Jun 2024 | Jan-Jun 2025 | Change, % |\n|---|---|---|---|\n"
       "| Kazakhstan | 250.1 | 301.7 | +20.6 |\n| Turkmenistan | 180.4 | 162.3 | -10.0 |\n",
       c("250.1", 250.1e6, "USD", period="2024-01/2024-06", metric="trade turnover",
         entities=["Kazakhstan", "Azerbaijan"]),
       c("301.7", 301.7e6, "USD", period="2025-01/2025-06", metric="trade turnover",
         entities=["Kazakhstan", "Azerbaijan"]),
       c("+20.6", 20.6, "%", change="increase"),
       c("180.4", 180.4e6, "USD", period="2024-01/2024-06", entities=["Turkmenistan"]),
       c("162.3", 162.3e6, "USD", period="2025-01/2025-06", entities=["Turkmenistan"]),
       c("-10.0", -10, "%", change="decrease"),
       published="2025-07-25"),
    ex("tb-cells-with-their-own-units",
       "| Partner | Exports |\n|---|---|\n| China | $1.2 bn |\n| Iran | $0.4 bn |\n",
       c("$1.2 bn", 1.2e9, "USD", metric="exports", entities=["China"]),
       c("$0.4 bn", 0.4e9, "USD", metric="exports", entities=["Iran"])),
    ex("tb-percent-in-brackets-header-shares-of-modes",
       "| Mode | Share of transit (%) |\n|---|---|\n| Rail | 62 |\n| Road | 31 |\n",
       c("62", 62, "%", change=None), c("31", 31, "%", change=None)),
    ex("tb-port-columns-month-rows",
       "| Month | Poti, TEU | Batumi, TEU |\n|---|---|---|\n| January | 31,200 | 9,800 |\n",
       c("31,200", 31200, "TEU", period="2025-01", entities=["Port of Poti"]),
       c("9,800", 9800, "TEU", period="2025-01", entities=["Port of Batumi"]),
       published="2025-03-05"),
    ex("tb-range-cell-transit-days",
       "| Route | Transit time, days |\n|---|---|\n| Middle Corridor | 15-20 |\n",
       c("15-20", 15, "day", value_high=20, metric="transit time",
         entities=["Trans-Caspian International Transport Route"])),
    ex("tb-footnote-mark-on-a-cell",
       "| Port | 2024, mln t |\n|---|---|\n| Aktau | 4.9* |\n\n* preliminary data\n",
       c("4.9", 4.9e6, "t", period="2024", entities=["Port of Aktau"]),
       published="2025-02-01"),
    ex("tb-dollar-thousand-header-customs-duties",
       "| Item | Value, $ thousand |\n|---|---|\n| Customs duties | 12,450 |\n",
       c("12,450", 12.45e6, "USD", metric="customs duty", topic="trade")),
    ex("tb-wagons-count-column",
       "| Border crossing | Wagons handled, 1H 2025 |\n|---|---|\n| Dostyk | 152,300 |\n"
       "| Altynkol | 98,450 |\n",
       c("152,300", 152300, "count", item="wagon", period="2025-01/2025-06"),
       c("98,450", 98450, "count", item="wagon", period="2025-01/2025-06"),
       published="2025-08-01"),
    ex("tb-eur-million-caption-and-total",
       "EU imports from Central Asia, EUR million\n| Country | 2024 |\n|---|---|\n"
       "| Kazakhstan | 28,400 |\n| Uzbekistan | 1,950 |\n| Total | 31,500 |\n",
       c("28,400", 28.4e9, "EUR", period="2024", metric="imports",
         entities=["Kazakhstan", "European Union"]),
       c("1,950", 1.95e9, "EUR", period="2024", metric="imports",
         entities=["Uzbekistan", "European Union"]),
       c("31,500", 31.5e9, "EUR", period="2024", metric="imports",
         entities=["European Union"]),
       published="2025-03-01"),
]

LISTS: list[Example] = [
    ex("tb-list-cargo-items-with-change-in-brackets",
       "Kazakhstan's rail exports in 2024 by cargo:\n- Grain: 412,000 tonnes (+12%)\n"
       "- Coal: 1.3 million tonnes (-4%)\n",
       c("412,000 tonnes", 412e3, "t", period="2024", metric="grain exports",
         entities=["Kazakhstan"]),
       c("+12%", 12, "%", change="increase", period="2024"),
       c("1.3 million tonnes", 1.3e6, "t", period="2024", entities=["Kazakhstan"]),
       c("-4%", -4, "%", change="decrease"),
       published="2025-02-01"),
    ex("tb-list-after-lead-period-country-exported-to",
       "In 2024, Uzbekistan exported goods to:\n- Russia – $2.1 billion\n"
       "- China – $1.9 billion\n",
       c("$2.1 billion", 2.1e9, "USD", period="2024", metric="exports",
         entities=["Russia", "Uzbekistan"]),
       c("$1.9 billion", 1.9e9, "USD", period="2024", metric="exports",
         entities=["China", "Uzbekistan"]),
       published="2025-02-01"),
    ex("tb-list-bullets-dot-port-teu",
       "Container throughput in January-March 2025, TEU:\n\u2022 Poti \u2013 48,300\n"
       "\u2022 Batumi \u2013 21,700\n",
       c("48,300", 48300, "TEU", period="2025-01/2025-03", metric="container volume",
         only_entities=["Port of Poti"]),
       c("21,700", 21700, "TEU", period="2025-01/2025-03", only_entities=["Port of Batumi"]),
       published="2025-04-10"),
    ex("tb-list-numbered-partners-no-row-numbers",
       "Top trading partners of Georgia in 2024:\n1. Türkiye – $2.4 billion\n"
       "2. Russia – $2.0 billion\n",
       c("$2.4 billion", 2.4e9, "USD", period="2024", entities=["Türkiye", "Georgia"]),
       c("$2.0 billion", 2.0e9, "USD", period="2024", entities=["Russia", "Georgia"]),
       published="2025-02-01"),
    ex("tb-list-asterisk-items-thousand-tonnes-caption",
       "Grain shipped through Aktau in the 2024/25 season (thousand tonnes):\n"
       "* wheat: 1,240\n* barley: 310\n",
       c("1,240", 1.24e6, "t", period="2024/2025", metric="grain exports"),
       c("310", 310e3, "t", period="2024/2025"),
       published="2025-08-01"),
    ex("tb-list-total-item-takes-only-caption",
       "Investment in Caspian ports in 2024, mln USD:\n- Aktau: 120\n- Kuryk: 85\n"
       "- Total: 205\n",
       c("120", 120e6, "USD", period="2024", metric="investment"),
       c("85", 85e6, "USD", period="2024"),
       c("205", 205e6, "USD", period="2024", metric="investment"),
       published="2025-02-01"),
    ex("tb-list-percent-shares-of-partners",
       "Shares in Azerbaijan's exports in 2024, %:\n- Italy: 44.6\n- Türkiye: 11.2\n",
       c("44.6", 44.6, "%", period="2024", change=None, metric="exports",
         entities=["Italy", "Azerbaijan"]),
       c("11.2", 11.2, "%", period="2024", change=None, entities=["Türkiye"]),
       published="2025-02-01"),
    ex("tb-list-supplier-hedged-imports",
       "Uzbekistan's imports of grain in 2024 by supplier:\n- Kazakhstan: about $850 million\n"
       "- Russia: $310 million\n",
       c("$850 million", 850e6, "USD", approx="approx", period="2024", metric="imports",
         entities=["Kazakhstan", "Uzbekistan"]),
       c("$310 million", 310e6, "USD", approx=None, period="2024", metric="imports",
         entities=["Russia", "Uzbekistan"]),
       published="2025-02-01"),
    ex("tb-list-thous-t-with-yoy-in-brackets",
       "Grain exports from Kazakhstan, July-December 2024:\n"
       "- wheat \u2013 1,100 thous. t (+15.2% y/y)\n",
       c("1,100 thous. t", 1.1e6, "t", period="2024-07/2024-12", metric="grain exports",
         entities=["Kazakhstan"]),
       c("+15.2%", 15.2, "%", change="increase"),
       published="2025-01-20"),
    ex("tb-list-numbered-with-brackets-bare-teu",
       "Container handling at Georgian ports in 2024, TEU:\n1) Poti \u2013 410,000\n"
       "2) Batumi \u2013 98,000\n",
       c("410,000", 410e3, "TEU", period="2024", metric="container volume",
         only_entities=["Port of Poti"]),
       c("98,000", 98e3, "TEU", period="2024", only_entities=["Port of Batumi"]),
       published="2025-03-01"),
    ex("tb-list-year-items-without-unit-nothing",
       "Milestones of the corridor:\n- 2017: first train\n- 2022: 1.5 million tonnes\n",
       c("1.5 million tonnes", 1.5e6, "t", period="2022")),
    ex("tb-list-phone-and-code-items-nothing",
       "Contacts of the logistics centre:\n- Hotline: 1414\n- Code: KZ-0117\n"),
]

LABEL_LINES: list[Example] = [
    ex("tb-release-dash-lines-trade-indicators",
       "Georgia's external trade, January-September 2025.\n"
       "Foreign trade turnover \u2013 16.2 bln USD (+9.1%)\n"
       "Exports \u2013 4.7 bln USD\nImports \u2013 11.5 bln USD\n",
       c("16.2 bln USD", 16.2e9, "USD", metric="trade turnover", period="2025-01/2025-09",
         entities=["Georgia"]),
       c("+9.1%", 9.1, "%", change="increase", metric="trade turnover"),
       c("4.7 bln USD", 4.7e9, "USD", metric="exports", period="2025-01/2025-09",
         entities=["Georgia"]),
       c("11.5 bln USD", 11.5e9, "USD", metric="imports", period="2025-01/2025-09",
         entities=["Georgia"]),
       published="2025-10-20"),
    ex("tb-key-figures-box-investment-jobs-capacity",
       "Key figures of the Kuryk ferry terminal: Investment: $1.2 bn; Jobs: 3,000; "
       "Capacity: 500,000 TEU a year.",
       c("$1.2 bn", 1.2e9, "USD", metric="investment", topic="investment"),
       c("3,000", 3000, "count", item="job"),
       c("500,000 TEU", 500e3, "TEU", per="year", metric="capacity")),
    ex("tb-colon-lines-cargo-and-containers",
       "Port of Baku, 1H 2025\nCargo handled: 3.4 million tonnes\nContainers: 26,800 TEU\n",
       c("3.4 million tonnes", 3.4e6, "t", metric="port throughput",
         period="2025-01/2025-06", entities=["Port of Baku"]),
       c("26,800 TEU", 26800, "TEU", metric="container volume", period="2025-01/2025-06",
         entities=["Port of Baku"]),
       published="2025-07-15"),
    ex("tb-release-lines-semicolon-separated",
       "In 2024 Kyrgyzstan's exports reached $3.8 bn; imports, $12.1 bn; the deficit, "
       "$8.3 bn.",
       c("$3.8 bn", 3.8e9, "USD", metric="exports", period="2024", entities=["Kyrgyzstan"]),
       c("$12.1 bn", 12.1e9, "USD", metric="imports", period="2024"),
       c("$8.3 bn", 8.3e9, "USD", metric="trade balance", period="2024"),
       published="2025-02-01"),
    ex("tb-key-figures-loan-and-length",
       "Project at a glance: Length \u2013 240 km; Cost \u2013 EUR 480 million; "
       "Completion \u2013 2027.",
       c("240 km", 240, "km", metric="route length"),
       c("EUR 480 million", 480e6, "EUR", metric="project cost")),
    ex("tb-colon-line-trade-turnover-with-yoy",
       "Kazakhstan-Uzbekistan trade, 2024\nTurnover: $4.4 billion, up 11.3% year on year\n",
       c("$4.4 billion", 4.4e9, "USD", metric="trade turnover", period="2024",
         entities=["Kazakhstan", "Uzbekistan"]),
       c("11.3%", 11.3, "%", change="increase", metric="trade turnover"),
       published="2025-02-01"),
    ex("tb-key-figures-lines-without-lead",
       "KEY FIGURES\nLength: 1,850 km\nInvestment: $2.5 billion\nCompletion: 2028\n",
       c("1,850 km", 1850, "km", metric="route length"),
       c("$2.5 billion", 2.5e9, "USD", metric="investment")),
    ex("tb-terminal-profile-label-lines-counts",
       "Terminal profile\nBerths: 4\nCranes: 12\nStorage area: 25 hectares\n",
       c("4", 4, "count", item="berth"), c("12", 12, "count", item="crane"),
       c("25 hectares", 25, "ha")),
    ex("tb-label-value-projection-target",
       "Targets for 2030:\nTransit cargo \u2013 10 million tonnes a year\n"
       "Container trains \u2013 1,000\n",
       c("10 million tonnes", 10e6, "t", per="year", kind="projection", period="2030",
         metric="transit cargo volume"),
       c("1,000", 1000, "count", item="container train", kind="projection", period="2030"),
       published="2025-02-01"),
]

NEGATIVES: list[Example] = [
    ex("tb-neg-table-of-dates-and-codes",
       "| Train No. | Departure | Route code |\n|---|---|---|\n| 51 | 12.03.2025 | KZ-117 |\n"
       "| 52 | 14.03.2025 | KZ-118 |\n", published="2025-03-01"),
    ex("tb-neg-table-of-years-only",
       "| Agreement | Signed | In force |\n|---|---|---|\n| TIR Convention | 1975 | 1978 |\n"),
    ex("tb-neg-list-of-article-numbers",
       "The law was amended in:\n- Article 12\n- Article 45-1\n"),
    ex("tb-neg-table-ranks-no-unit",
       "| Rank | Country | Position change |\n|---|---|---|\n| 1 | China | 0 |\n"
       "| 2 | Russia | 1 |\n"),
    ex("tb-neg-table-of-phone-numbers",
       "| Office | Phone |\n|---|---|\n| Aktau | +7 7292 30 15 00 |\n"),
    ex("tb-neg-list-of-train-numbers",
       "Services operated:\n- Train 8017: Xi'an \u2013 Baku\n- Train 8019: Urumqi \u2013 Poti\n"),
    ex("tb-neg-key-facts-labels-naming-no-counted-thing",
       "Key facts: Rank: 3; Founded: 1992; Score: 87\n"),
    ex("tb-neg-list-of-berth-numbers",
       "Berths in operation at Alat:\n- Berth No. 3\n- Berth No. 7\n"),
]

EXAMPLES: list[Example] = [*PIPE_TABLES, *LISTS, *LABEL_LINES, *NEGATIVES]

KNOWN_GAPS: dict[str, str] = {
    "tb-release-lines-semicolon-separated": (
        "'the deficit' alone after exports and imports is no trade-balance cue (a bare "
        "'deficit' is also a budget's)"),
    "tb-cargo-by-type-tonnes-and-yoy": (
        "'carried by Azerbaijan Railways' is read as a media attribution ('carried by "
        "Trend'), so its entity is dropped"),
}
