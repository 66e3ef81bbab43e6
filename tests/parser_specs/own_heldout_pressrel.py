"""Held-out sentences on translated statistics releases, written after the parser was tuned.

Official statistics of Kazakhstan, Uzbekistan, Azerbaijan, Georgia and Kyrgyzstan as the state
news agencies (Kazinform, Trend, APA, Azertac, UzDaily, Kabar) publish them in English:
"amounted to", "made up", "totaled", "thsd. tons", "mln. US dollars", "bln. tenge", "in
January-September 2025 compared to the same period of 2024", "increased by 12.3%", "the share
of ... made up 34.6%", "in the reporting period", growth rates given as an index of the
previous year ("growth rate amounted to 104.5%": the base times 1.045, `x`, an increase),
multi-line release bodies with several figures per sentence, and negatives that must not be
claims (release numbers, decree dates, page and section numbers). Written by hand in our own
words, expectations first, then compared with the parser: a measure of how it generalises
beyond the corpus and the tables it was tuned on.
"""

from __future__ import annotations

from . import Example, c, ex

LEVELS: list[Example] = [
    ex("pr-kz-turnover-totaled-thsd-usd",
       "According to the Bureau of National Statistics, Kazakhstan's foreign trade turnover "
       "totaled 98,765.4 mln. US dollars in January-September 2025.",
       c("98,765.4 mln. US dollars", 98765.4e6, "USD", metric="trade turnover", topic="trade",
         period="2025-01/2025-09", entities=["Kazakhstan"], kind="actual", change=None,
         approx=None, per=None),
       published="2025-11-03"),
    ex("pr-uz-exports-made-up-in-reporting-period",
       "In the reporting period, exports of Uzbekistan made up 20.4 bln. US dollars and "
       "imports 29.8 bln. US dollars.",
       c("20.4 bln. US dollars", 20.4e9, "USD", metric="exports", entities=["Uzbekistan"],
         change=None),
       c("29.8 bln. US dollars", 29.8e9, "USD", metric="imports", change=None),
       published="2025-10-21"),
    ex("pr-az-non-oil-exports-manats-and-dollars",
       "Azerbaijan's non-oil exports in January-August 2025 amounted to 2.1 bln. US dollars, "
       "or 3.57 bln. manats.",
       c("2.1 bln. US dollars", 2.1e9, "USD", metric="exports", period="2025-01/2025-08",
         entities=["Azerbaijan"]),
       c("3.57 bln. manats", 3.57e9, "AZN", metric="exports", period="2025-01/2025-08"),
       published="2025-09-15"),
    ex("pr-kg-trade-with-eaeu-thsd-usd",
       "Kyrgyzstan's trade with EAEU countries amounted to 2,345.7 million US dollars in "
       "January-June 2025.",
       c("2,345.7 million US dollars", 2345.7e6, "USD", metric="trade turnover",
         period="2025-01/2025-06", entities=["Kyrgyzstan", "Eurasian Economic Union"]),
       published="2025-08-12"),
    ex("pr-ge-imports-totalled-usd",
       "Georgia's imports in the first nine months of 2025 totalled 11.2 billion USD.",
       c("11.2 billion USD", 11.2e9, "USD", metric="imports", period="2025-01/2025-09",
         entities=["Georgia"]),
       published="2025-10-20"),
    ex("pr-kz-gdp-trillion-tenge",
       "The gross domestic product of Kazakhstan in January-June 2025 made up 68.3 trln. tenge.",
       c("68.3 trln. tenge", 68.3e12, "KZT", metric="gdp", topic="economy",
         period="2025-01/2025-06", entities=["Kazakhstan"]),
       published="2025-07-20"),
    ex("pr-uz-gdp-trillion-soums",
       "Uzbekistan's GDP at current prices amounted to 1,150.4 trillion soums in 2024.",
       c("1,150.4 trillion soums", 1150.4e12, "UZS", metric="gdp", topic="economy",
         period="2024", entities=["Uzbekistan"]),
       published="2025-01-25"),
    ex("pr-kz-wheat-thsd-tons",
       "Grain exports from Kazakhstan totaled 7,432.8 thsd. tons in the reporting period.",
       c("7,432.8 thsd. tons", 7432.8e3, "t", metric="grain exports", topic="agriculture",
         entities=["Kazakhstan"], change=None),
       published="2025-11-10"),
    ex("pr-az-oil-production-mln-tons",
       "In January-October 2025, oil production in Azerbaijan amounted to 24.1 mln. tons, gas "
       "production to 41.6 bcm.",
       c("24.1 mln. tons", 24.1e6, "t", topic="energy", period="2025-01/2025-10",
         entities=["Azerbaijan"]),
       c("41.6 bcm", 41.6e9, "m3", topic="energy", period="2025-01/2025-10"),
       published="2025-11-12"),
    ex("pr-kz-rail-cargo-mln-tons-transit",
       "Railways of Kazakhstan transported 22.8 mln. tons of transit cargo in January-October "
       "2025.",
       c("22.8 mln. tons", 22.8e6, "t", metric="transit cargo volume", topic="logistics",
         period="2025-01/2025-10", entities=["Kazakhstan"]),
       published="2025-11-14"),
    ex("pr-uz-remittances-billion",
       "Cross-border money transfers to Uzbekistan made up 14.8 billion dollars in "
       "January-October 2025.",
       c("14.8 billion dollars", 14.8e9, "USD", period="2025-01/2025-10",
         entities=["Uzbekistan"]),
       published="2025-11-25"),
    ex("pr-kg-gold-exports-mln-usd",
       "Exports of gold from Kyrgyzstan in January-May 2025 totaled 1,012.5 mln. USD.",
       c("1,012.5 mln. USD", 1012.5e6, "USD", metric="exports", period="2025-01/2025-05",
         entities=["Kyrgyzstan"]),
       published="2025-07-01"),
    ex("pr-az-budget-revenues-mln-manats",
       "State budget revenues of Azerbaijan in January-September 2025 amounted to 27,415.3 mln. "
       "manats.",
       c("27,415.3 mln. manats", 27415.3e6, "AZN", metric="revenue", topic="economy",
         period="2025-01/2025-09", entities=["Azerbaijan"]),
       published="2025-10-15"),
    ex("pr-kz-investment-fixed-capital-bln-tenge",
       "Investments in fixed capital in Kazakhstan amounted to 12,456.8 bln. tenge in "
       "January-October 2025.",
       c("12,456.8 bln. tenge", 12456.8e9, "KZT", metric="investment", topic="investment",
         period="2025-01/2025-10", entities=["Kazakhstan"]),
       published="2025-11-18"),
]

CHANGES: list[Example] = [
    ex("pr-kz-turnover-increased-by-compared-to-same-period",
       "In January-September 2025 compared to the same period of 2024, Kazakhstan's foreign "
       "trade turnover increased by 7.4%.",
       c("7.4%", 7.4, "%", change="increase", metric="trade turnover",
         period="2025-01/2025-09", entities=["Kazakhstan"]),
       published="2025-11-03"),
    ex("pr-uz-imports-decreased-by-percent",
       "Imports of Uzbekistan decreased by 5.1 percent and amounted to 27.3 bln. US dollars.",
       c("5.1 percent", 5.1, "%", change="decrease", metric="imports",
         entities=["Uzbekistan"]),
       c("27.3 bln. US dollars", 27.3e9, "USD", metric="imports", change=None)),
    ex("pr-az-exports-level-then-change-and-amount",
       "Azerbaijan's exports amounted to 19.2 bln. US dollars, which is 1.4 bln. US dollars or "
       "6.8% less than a year earlier.",
       c("19.2 bln. US dollars", 19.2e9, "USD", metric="exports", change=None,
         entities=["Azerbaijan"]),
       c("1.4 bln. US dollars", 1.4e9, "USD", metric="exports", change="decrease"),
       c("6.8%", 6.8, "%", metric="exports", change="decrease")),
    ex("pr-kg-turnover-grew-by-percent-compared-with",
       "Foreign trade turnover of Kyrgyzstan grew by 18.2% compared with January-August 2024.",
       c("18.2%", 18.2, "%", change="increase", metric="trade turnover",
         entities=["Kyrgyzstan"])),
    ex("pr-ge-exports-rose-percent-year-on-year-level",
       "Georgian exports rose by 14.5% year-on-year to USD 4.6 billion in January-September "
       "2025.",
       c("14.5%", 14.5, "%", change="increase", metric="exports", entities=["Georgia"],
         period="2025-01/2025-09"),
       c("USD 4.6 billion", 4.6e9, "USD", metric="exports", change=None,
         period="2025-01/2025-09"),
       published="2025-10-20"),
    ex("pr-kz-growth-rate-amounted-index",
       "The growth rate of Kazakhstan's GDP in January-October 2025 amounted to 106.3%.",
       c("106.3%", 1.063, "x", change="increase", metric="gdp", period="2025-01/2025-10",
         entities=["Kazakhstan"]),
       published="2025-11-12"),
    ex("pr-uz-industrial-output-index-decrease",
       "The index of industrial production in the mining sector made up 97.4% compared to the "
       "same period of 2024.",
       c("97.4%", 0.974, "x", change="decrease", metric="production")),
    ex("pr-kz-times-increase",
       "Exports of sunflower oil from Kazakhstan increased 2.3 times in January-August 2025.",
       c("2.3 times", 2.3, "x", change="increase", metric="agricultural exports",
         entities=["Kazakhstan"], period="2025-01/2025-08"),
       published="2025-09-30"),
    ex("pr-az-pp-share-grew",
       "The share of non-oil sector in GDP increased by 2.4 percentage points.",
       c("2.4 percentage points", 2.4, "pp", change="increase")),
    ex("pr-kg-decrease-by-mln-usd",
       "Imports from China decreased by 312.6 mln. USD compared to January-June 2024.",
       c("312.6 mln. USD", 312.6e6, "USD", change="decrease", metric="imports",
         entities=["China"])),
    ex("pr-uz-inflation-annual",
       "Annual inflation in Uzbekistan made up 7.9% in October 2025.",
       c("7.9%", 7.9, "%", metric="inflation", period="2025-10", entities=["Uzbekistan"]),
       published="2025-11-03"),
    ex("pr-kz-cpi-december-to-december",
       "Consumer prices in Kazakhstan in November 2025 rose by 0.9% on the previous month.",
       c("0.9%", 0.9, "%", change="increase", metric="inflation", period="2025-11",
         entities=["Kazakhstan"]),
       published="2025-12-02"),
]

SHARES: list[Example] = [
    ex("pr-share-of-made-up",
       "The share of the EU in Kazakhstan's foreign trade turnover made up 34.6%.",
       c("34.6%", 34.6, "%", change=None, metric="trade turnover",
         entities=["European Union", "Kazakhstan"])),
    ex("pr-share-accounted-with-amount",
       "China accounted for 21.8% of Uzbekistan's trade turnover, or 11.4 bln. US dollars.",
       c("21.8%", 21.8, "%", change=None, metric="trade turnover",
         entities=["China", "Uzbekistan"]),
       c("11.4 bln. US dollars", 11.4e9, "USD", metric="trade turnover", change=None)),
    ex("pr-share-of-cis-fell-pp",
       "The share of CIS countries in total exports amounted to 28.3%, down 1.7 percentage "
       "points.",
       c("28.3%", 28.3, "%", change=None, metric="exports"),
       c("1.7 percentage points", 1.7, "pp", change="decrease", metric="exports")),
    ex("pr-az-main-partners-shares-list",
       "Azerbaijan's main trading partners were Italy (35.1%), Türkiye (14.6%) and Russia "
       "(6.2%).",
       c("35.1%", 35.1, "%", entities=["Italy"], change=None),
       c("14.6%", 14.6, "%", entities=["Türkiye"], change=None),
       c("6.2%", 6.2, "%", entities=["Russia"], change=None)),
    ex("pr-ge-top-partner-share-and-value",
       "Türkiye remained Georgia's largest trading partner with 2.4 billion USD, or 15.3% of the "
       "total.",
       c("2.4 billion USD", 2.4e9, "USD", metric="trade turnover",
         entities=["Türkiye", "Georgia"]),
       c("15.3%", 15.3, "%", change=None)),
]

MULTI: list[Example] = [
    ex("pr-kg-multi-line-body",
       "In January-September 2025, Kyrgyzstan's foreign trade turnover amounted to 12.1 bln. "
       "US dollars.\nExports made up 2.6 bln. US dollars, imports 9.5 bln. US dollars.\nThe "
       "trade deficit totaled 6.9 bln. US dollars.",
       c("12.1 bln. US dollars", 12.1e9, "USD", metric="trade turnover",
         period="2025-01/2025-09", entities=["Kyrgyzstan"]),
       c("2.6 bln. US dollars", 2.6e9, "USD", metric="exports"),
       c("9.5 bln. US dollars", 9.5e9, "USD", metric="imports"),
       c("6.9 bln. US dollars", 6.9e9, "USD", metric="trade balance"),
       published="2025-10-28"),
    ex("pr-kz-exports-imports-with-changes",
       "Exports amounted to 58.2 bln. US dollars (a decrease of 4.3%), imports - 40.6 bln. "
       "US dollars (an increase of 9.1%).",
       c("58.2 bln. US dollars", 58.2e9, "USD", metric="exports", change=None),
       c("4.3%", 4.3, "%", metric="exports", change="decrease"),
       c("40.6 bln. US dollars", 40.6e9, "USD", metric="imports", change=None),
       c("9.1%", 9.1, "%", metric="imports", change="increase")),
    ex("pr-uz-two-figures-per-partner",
       "Trade with Russia reached 9.1 bln. US dollars (+12.7%), with Kazakhstan 3.4 bln. US "
       "dollars (-3.2%).",
       c("9.1 bln. US dollars", 9.1e9, "USD", metric="trade turnover", entities=["Russia"]),
       c("+12.7%", 12.7, "%", change="increase", entities=["Russia"]),
       c("3.4 bln. US dollars", 3.4e9, "USD", entities=["Kazakhstan"]),
       c("-3.2%", -3.2, "%", change="decrease", entities=["Kazakhstan"])),
    ex("pr-az-transport-cargo-and-passengers",
       "In January-October 2025, transport enterprises of Azerbaijan carried 186.3 mln. tons of "
       "cargo, 1.9% more than a year ago.",
       c("186.3 mln. tons", 186.3e6, "t", metric="cargo volume", topic="logistics",
         period="2025-01/2025-10", change=None),
       c("1.9%", 1.9, "%", change="increase", metric="cargo volume"),
       published="2025-11-20"),
    ex("pr-kz-wheat-exports-value-and-volume",
       "Kazakhstan exported 6.1 mln. tons of wheat worth 1.35 bln. US dollars.",
       c("6.1 mln. tons", 6.1e6, "t", metric="grain exports", topic="agriculture",
         entities=["Kazakhstan"]),
       c("1.35 bln. US dollars", 1.35e9, "USD", metric="grain exports")),
    ex("pr-ge-visitors-and-revenues",
       "International visitor trips to Georgia reached 5.8 million in January-October 2025, "
       "and revenues from international travel totaled 3.9 billion USD.",
       c("5.8 million", 5.8e6, "count", period="2025-01/2025-10", entities=["Georgia"]),
       c("3.9 billion USD", 3.9e9, "USD", period="2025-01/2025-10"),
       published="2025-11-05"),
    ex("pr-kz-rail-containers-teu",
       "Container traffic along the Trans-Caspian route amounted to 45.2 thousand TEU, an "
       "increase of 2.7 times.",
       c("45.2 thousand TEU", 45.2e3, "TEU", metric="container volume", topic="logistics",
         entities=["Trans-Caspian International Transport Route"], change=None),
       c("2.7 times", 2.7, "x", change="increase", metric="container volume")),
    ex("pr-uz-average-wage-thousand-soums",
       "The average monthly nominal wage in Uzbekistan made up 6,245.3 thousand soums.",
       c("6,245.3 thousand soums", 6245.3e3, "UZS", entities=["Uzbekistan"])),
    ex("pr-az-port-baku-handled",
       "The Baku International Sea Trade Port handled 4.1 mln. tons of cargo in 2025, up 8.6%.",
       c("4.1 mln. tons", 4.1e6, "t", metric="port throughput", topic="logistics",
         period="2025"),
       c("8.6%", 8.6, "%", change="increase", metric="port throughput"),
       published="2026-01-15"),
]

PROJECTIONS: list[Example] = [
    ex("pr-uz-forecast-gdp-growth",
       "According to the forecast, GDP growth in Uzbekistan will make up 6.5% in 2026.",
       c("6.5%", 6.5, "%", kind="projection", metric="gdp", period="2026",
         entities=["Uzbekistan"]),
       published="2025-11-10"),
    ex("pr-kz-plan-to-bring-turnover",
       "The parties set a goal to bring mutual trade turnover to 10 bln. US dollars by 2030.",
       c("10 bln. US dollars", 10e9, "USD", kind="projection", metric="trade turnover",
         period="2030")),
    ex("pr-az-expected-exports",
       "Non-oil exports of Azerbaijan are expected to exceed 3.5 bln. US dollars this year.",
       c("3.5 bln. US dollars", 3.5e9, "USD", kind="projection", approx="min",
         metric="exports", period="2025", entities=["Azerbaijan"]),
       published="2025-06-10"),
    ex("pr-kg-about-hedge",
       "Kyrgyzstan's exports to the EU reached about 140 mln. US dollars.",
       c("140 mln. US dollars", 140e6, "USD", approx="approx", metric="exports",
         entities=["Kyrgyzstan", "European Union"], kind="actual")),
    ex("pr-kz-more-than-thsd-tons",
       "More than 500 thsd. tons of flour were shipped to Afghanistan.",
       c("500 thsd. tons", 500e3, "t", approx="min", entities=["Afghanistan"])),
]

NEGATIVES: list[Example] = [
    ex("pr-neg-release-number",
       "Statistical bulletin No. 11-14/2025 was published on 15.11.2025.",
       published="2025-11-15"),
    ex("pr-neg-decree-date-and-value",
       "In accordance with Decree No. 452 of 12 March 2025, the fund allocated 25 bln. tenge.",
       c("25 bln. tenge", 25e9, "KZT"),
       published="2025-04-01"),
    ex("pr-neg-page-section",
       "Detailed data are given in Section 4 on page 17 of the release.",
       ),
    ex("pr-neg-resolution-with-dash",
       "Resolution of the Cabinet of Ministers No. PP-312 dated 05.06.2025 approved the "
       "program.",
       published="2025-06-10"),
    ex("pr-neg-table-number-and-hs",
       "Table 3 lists exports under HS code 1001 for the 14 regions.",
       ),
    ex("pr-neg-time-and-release-date",
       "The release will be published at 10:00 on 20 October 2025.",
       published="2025-10-15"),
    ex("pr-neg-law-article",
       "Article 12 of the Law No. 233-VIII sets the reporting rules.",
       ),
    ex("pr-neg-rank-place",
       "Kazakhstan ranked 3rd among Uzbekistan's trading partners.",
       ),
]

EXAMPLES: list[Example] = [*LEVELS, *CHANGES, *SHARES, *MULTI, *PROJECTIONS, *NEGATIVES]

KNOWN_GAPS: dict[str, str] = {}
