"""Sentences of the bundled corpus, articles 031-040 (`data/articles/articles`), with the
claims an analyst reads in them. Ids start with the article number; `published` is the
article's date from `data/articles/manifest.csv`. Each text is copied verbatim (a test
checks it is still in its article)."""

from __future__ import annotations

from . import EU, KZ_AZ, TITR, Example, c, ex

EXAMPLES: list[Example] = [
    ex("corpus-031-headline-fold-to-first-half",
       "Azerbaijan-Kazakhstan trade jumps 4.2-fold to $501 million in first half of 2025",
       c("4.2-fold", 4.2, "x", change="increase"),
       c("$501 million", 501e6, "USD", change=None, period="2025-01/2025-06",
         metric="trade turnover", entities=KZ_AZ),
       published="2025-10-14"),
    ex("corpus-031-increased-reaching-times-level",
       "Trade between Azerbaijan and Kazakhstan increased by 50% in 2024 to $470 million and "
       "kept accelerating this year, reaching $501 million in January-June 2025, 4.2 times the "
       "level of a year earlier, Azerbaijani Energy Minister Parviz Shahbazov said in Baku on "
       "October 14, News.Az reported, citing AZERTAC.",
       c("50%", 50, "%", change="increase", period="2024", metric="trade turnover"),
       c("$470 million", 470e6, "USD", change=None, period="2024", metric="trade turnover",
         entities=KZ_AZ),
       c("$501 million", 501e6, "USD", change=None, period="2025-01/2025-06",
         kind="actual"),
       c("4.2 times", 4.2, "x", change="increase"),
       published="2025-10-14"),
    ex("corpus-031-programme-years-no-claim",
       "He spoke at a meeting with Kazakh Transport Minister Nurlan Sauranbayev on the two "
       "countries' Comprehensive Program of cooperation for 2022-2026.",
       published="2025-10-14"),
    ex("corpus-031-since-and-annual-transit-by",
       "Shahbazov said 3.4 million tonnes of Kazakh oil have reached world markets through the "
       "Baku-Tbilisi-Ceyhan pipeline since 2023 and that talks are under way to lift annual "
       "transit to 7 million tonnes by 2027.",
       c("3.4 million tonnes", 3.4e6, "t", period="2023/..", kind="actual",
         metric="oil exports"),
       c("7 million tonnes", 7e6, "t", per="year", kind="projection", period="2027",
         change=None),
       published="2025-10-14"),
    ex("corpus-032-rose-in-months-to",
       "Freight carried on Azerbaijan's railways along the East-West route, known as the Middle "
       "Corridor, rose 6% in January-September 2025 to 2.651 million tonnes, Report.az said on "
       "October 20, citing AZCON Holding.",
       c("6%", 6, "%", change="increase", period="2025-01/2025-09"),
       c("2.651 million tonnes", 2.651e6, "t", change=None, period="2025-01/2025-09",
         entities=[TITR]),
       published="2025-10-20"),
    ex("corpus-032-container-handling-grew",
       "Container handling at the Port of Baku grew 40% over the nine months to 77,000 TEU.",
       c("40%", 40, "%", change="increase"),
       c("77,000 TEU", 77000, "TEU", change=None, metric="container volume",
         entities=["Port of Baku"]),
       published="2025-10-20"),
    ex("corpus-032-asco-three-changes",
       "Cargo moved by road by the Azerbaijan Caspian Shipping Company (ASCO) increased 70% to "
       "1.019 mln t, its tanker shipments rose 11% to 3.346 mln t and its voyages outside the "
       "Caspian Sea surged 191% to 1.1 million tonnes.",
       c("70%", 70, "%", change="increase"),
       c("1.019 mln t", 1.019e6, "t", change=None, entities=["ASCO"]),
       c("11%", 11, "%", change="increase", metric="cargo volume"),
       c("3.346 mln t", 3.346e6, "t", change=None, metric="cargo volume"),
       c("191%", 191, "%", change="increase", metric="cargo volume"),
       c("1.1 million tonnes", 1.1e6, "t", change=None, metric="cargo volume"),
       published="2025-10-20"),
    ex("corpus-032-in-2024-grew-to",
       "In 2024, volume on the Trans-Caspian route grew 62% to 4.5 million tonnes.",
       c("62%", 62, "%", change="increase", period="2024"),
       c("4.5 million tonnes", 4.5e6, "t", change=None, period="2024", kind="actual",
         entities=[TITR]),
       published="2025-10-20"),
    ex("corpus-032-expected-breakdown",
       "For 2025 it is expected to reach 5.2 million tonnes, of which 4.2 million tonnes would "
       "cross the corridor countries: 2.5 million tonnes of dry cargo (equal to 96,000 TEU) and "
       "1.7 million tonnes of oil.",
       c("5.2 million tonnes", 5.2e6, "t", kind="projection", period="2025"),
       c("4.2 million tonnes", 4.2e6, "t", kind="projection", period="2025"),
       c("2.5 million tonnes", 2.5e6, "t", kind="projection", period="2025"),
       c("96,000 TEU", 96000, "TEU", kind="projection", period="2025"),
       c("1.7 million tonnes", 1.7e6, "t", kind="projection", period="2025",
         metric="oil exports"),
       published="2025-10-20"),
    ex("corpus-032-could-carry-a-year-by",
       "By 2027 the route could be able to carry 10 million tonnes a year.",
       c("10 million tonnes", 10e6, "t", per="year", kind="projection", period="2027",
         metric="capacity"),
       published="2025-10-20"),
    ex("corpus-033-allocated-just-over-manats",
       "Azerbaijan allocated just over 2.9 billion manats (slightly more than $1.706 billion) "
       "from the state budget to rebuilding its liberated territories in January-September "
       "2025, Report.az said on October 22, citing the Finance Ministry.",
       c("2.9 billion manats", 2.9e9, "AZN", approx="min", metric="budget", topic="economy",
         period="2025-01/2025-09", entities=["Azerbaijan"]),
       c("$1.706 billion", 1.706e9, "USD", approx="min"),
       published="2025-10-22"),
    ex("corpus-033-azn-with-usd-conversions",
       "Roughly AZN 2.235 billion ($1.314 billion) of that went to infrastructure, AZN 291.7 "
       "million ($171.6 million) to education, health, culture and sports, and AZN 41 million "
       "($24.1 million) to demining.",
       c("AZN 2.235 billion", 2.235e9, "AZN", approx="approx"),
       c("$1.314 billion", 1.314e9, "USD"),
       c("AZN 291.7 million", 291.7e6, "AZN", approx=None),
       c("$171.6 million", 171.6e6, "USD"),
       c("AZN 41 million", 41e6, "AZN", approx=None),
       c("$24.1 million", 24.1e6, "USD"),
       published="2025-10-22"),
    ex("corpus-033-manats-with-usd-conversions",
       "Within infrastructure, design and construction of highways took just over 1.525 "
       "billion manats ($897.1 million), new housing 461.1 million manats ($271.2 million) and "
       "railway construction 107.3 million manats ($63.1 million).",
       c("1.525 billion manats", 1.525e9, "AZN", approx="min"),
       c("$897.1 million", 897.1e6, "USD"),
       c("461.1 million manats", 461.1e6, "AZN", approx=None),
       c("$271.2 million", 271.2e6, "USD"),
       c("107.3 million manats", 107.3e6, "AZN", approx=None),
       c("$63.1 million", 63.1e6, "USD"),
       published="2025-10-22"),
    ex("corpus-033-channelled",
       "A further 328.7 million manats ($193.4 million) was channelled to the transport sector "
       "under other budget lines.",
       c("328.7 million manats", 328.7e6, "AZN", metric="budget"),
       c("$193.4 million", 193.4e6, "USD", metric="budget"),
       published="2025-10-22"),
    ex("corpus-034-roughly-containers-months",
       "Georgia's largest port, Poti, handled roughly 533,000 containers in January-October "
       "2025, according to APM Terminals Poti, as cited by Vestnik Kavkaza on November 9.",
       c("533,000 containers", 533000, "count", item="container", approx="approx",
         period="2025-01/2025-10", entities=["Port of Poti"]),
       published="2025-11-09"),
    ex("corpus-034-count-was-grew-by",
       "In the same ten months of 2024 the count was 454,000, so volumes grew by 17%.",
       c("454,000", 454000, "count", period="2024-01/2024-10"),
       c("17%", 17, "%", change="increase", period="2025-01/2025-10"),
       published="2025-11-09"),
    ex("corpus-034-vessels-compared-with",
       "The terminal served 300 container vessels this year, compared with 262 a year earlier.",
       c("300 container vessels", 300, "count", item="vessel", period="2025"),
       c("262", 262, "count", item="vessel", period="2024"),
       published="2025-11-09"),
    ex("corpus-034-accounts-for-share",
       "Poti accounts for 85% of all cargo moving through Georgia's seaports.",
       c("85%", 85, "%", change=None, entities=["Port of Poti"]),
       published="2025-11-09"),
    ex("corpus-035-budget-lari-down-from",
       "TBILISI - Georgia's final 2026 budget sets aside 50 million lari (about USD 18 million) "
       "for water infrastructure at the planned Anaklia deep-sea port, down from GEL 150 "
       "million (USD 56 million) in both earlier drafts, Dredgewire reported on December 3, "
       "2025, citing BM.",
       c("50 million lari", 50e6, "GEL", period="2026", kind="projection", metric="budget",
         change=None, entities=["Georgia", "Port of Anaklia"]),
       c("USD 18 million", 18e6, "USD", approx="approx"),
       c("GEL 150 million", 150e6, "GEL", change=None),
       c("USD 56 million", 56e6, "USD"),
       published="2025-12-03"),
    ex("corpus-035-earmarked-and-road-km",
       "An unchanged GEL 45 million (USD 17 million) is earmarked for an 18-kilometre access "
       "road, bringing 2026 spending on the port and the road to 95 million lari (USD 35 "
       "million).",
       c("GEL 45 million", 45e6, "GEL", metric="budget", period="2026"),
       c("USD 17 million", 17e6, "USD", period="2026"),
       c("18-kilometre", 18, "km"),
       c("95 million lari", 95e6, "GEL", period="2026", kind="projection", metric="budget"),
       c("USD 35 million", 35e6, "USD"),
       published="2025-12-03"),
    ex("corpus-035-annex-foresees",
       "For 2027, the capital-projects annex foresees 125 million lari (USD 46 million) for the "
       "road and a matching sum for port infrastructure.",
       c("125 million lari", 125e6, "GEL", kind="projection", period="2027"),
       c("USD 46 million", 46e6, "USD", kind="projection"),
       published="2025-12-03"),
    ex("corpus-035-dredger-dates-no-claim",
       "A small dredger is due in early 2026 and a large one in July 2026, with dredging to "
       "finish in spring 2027.",
       published="2025-12-03"),
    ex("corpus-035-completion-date-no-claim",
       "The contract sets May 14, 2027 as the completion date for the breakwater and dredging "
       "works.",
       published="2025-12-03"),
    ex("corpus-036-headline-expects-up-to",
       "Baku port expects 8 million tonnes and up to 105,000 TEU in 2025",
       c("8 million tonnes", 8e6, "t", kind="projection", period="2025",
         entities=["Port of Baku"]),
       c("105,000 TEU", 105000, "TEU", approx="max", kind="projection", period="2025"),
       published="2025-12-18"),
    ex("corpus-036-expects-to-finish-around",
       "BAKU, December 18 - Baku International Sea Trade Port expects to finish 2025 with "
       "around eight million tonnes of cargo handled, director Eldar Salahov told reporters, "
       "Trend reported.",
       c("eight million tonnes", 8e6, "t", approx="approx", kind="projection", period="2025",
         metric="port throughput", entities=["Port of Baku"]),
       published="2025-12-18"),
    ex("corpus-036-last-year-pass-reach-rise",
       "Container throughput, which was about 76,000 TEU last year, should pass 100,000 TEU "
       "this year and reach roughly 104,000-105,000 TEU, he said, close to a 40% rise.",
       c("76,000 TEU", 76000, "TEU", approx="approx", period="2024", kind="actual",
         metric="container volume"),
       c("100,000 TEU", 100000, "TEU", approx="min", kind="projection", period="2025"),
       c("104,000-105,000 TEU", 104000, "TEU", value_high=105000, approx="approx",
         kind="projection"),
       # the rise to this year's forecast level, told after the speaker's aside
       c("40%", 40, "%", approx="approx", change="increase", kind="projection", period="2025"),
       published="2025-12-18"),
    ex("corpus-037-reached-last-year",
       "BAKU, December 23 - Trade between Türkiye and Azerbaijan reached $8 bln last year, "
       "Turkish Vice President Cevdet Yilmaz told the second Azerbaijan-Türkiye Investment "
       "Forum in Baku, Trend reported.",
       c("$8 bln", 8e9, "USD", period="2024", kind="actual", metric="trade turnover",
         entities=["Türkiye", "Azerbaijan"]),
       published="2025-12-23"),
    ex("corpus-037-aim-for-target",
       "He warned of a possible dip this year, mainly because of oil price changes and other "
       "temporary factors, but said the two countries still aim for the $15 billion target set "
       "by their presidents.",
       c("$15 billion", 15e9, "USD", kind="projection", period=None),
       published="2025-12-23"),
    ex("corpus-037-investment-approaching-close-to",
       "Turkish direct investment in Azerbaijan is approaching $18 billion, while Azerbaijani "
       "investment in Türkiye is close to $21 billion, for a combined volume of $39 billion.",
       c("$18 billion", 18e9, "USD", approx="approx", metric="investment",
         entities=["Türkiye", "Azerbaijan"]),
       c("$21 billion", 21e9, "USD", approx="approx", metric="investment"),
       c("$39 billion", 39e9, "USD", approx=None, metric="investment"),
       published="2025-12-23"),
    ex("corpus-038-shrank-in-year-to",
       "Container traffic by rail between China and the European Union shrank 14.1% in 2025 "
       "to 310,579 TEU, SeaNews Türkiye reported on February 10, 2026, citing European Rail "
       "Alliance data published by Upply Market Insights.",
       c("14.1%", 14.1, "%", change="decrease", period="2025", metric="container volume"),
       c("310,579 TEU", 310579, "TEU", change=None, period="2025", kind="actual",
         entities=["China", EU]),
       published="2026-02-10"),
    ex("corpus-038-fell-dropped-decline",
       "Westbound flows from China fell 17.7% to 272,157 TEU, while eastbound traffic from "
       "Europe dropped 22.7% to 38,422 TEU, following a 26.7% decline in 2024.",
       c("17.7%", 17.7, "%", change="decrease"),
       c("272,157 TEU", 272157, "TEU", change=None, entities=["China"]),
       c("22.7%", 22.7, "%", change="decrease"),
       c("38,422 TEU", 38422, "TEU", change=None, entities=["Europe"]),
       c("26.7%", 26.7, "%", change="decrease", period="2024"),
       published="2026-02-10"),
    ex("corpus-038-exports-and-imports-value",
       "China's exports to the EU nevertheless rose 8.4% in value to US$560 billion, while its "
       "imports from Europe slipped 0.5% to US$268.2 billion.",
       c("8.4%", 8.4, "%", change="increase", metric="exports"),
       c("US$560 billion", 560e9, "USD", change=None, metric="exports",
         entities=["China", EU]),
       c("0.5%", 0.5, "%", change="decrease", metric="imports"),
       c("US$268.2 billion", 268.2e9, "USD", change=None, metric="imports"),
       published="2026-02-10"),
    ex("corpus-038-share-or-teu-down-slumped",
       "Traffic on the China-Poland axis made up 94% of the total, or 255,869 TEU (down "
       "12.7%), and volumes to Germany slumped 43% to 13,552 TEU.",
       c("94%", 94, "%", change=None, only_entities=["China", "Poland"]),
       c("255,869 TEU", 255869, "TEU", change=None, only_entities=["China", "Poland"]),
       c("12.7%", 12.7, "%", change="decrease", only_entities=["China", "Poland"]),
       c("43%", 43, "%", change="decrease", only_entities=["Germany"]),
       c("13,552 TEU", 13552, "TEU", change=None, only_entities=["Germany"]),
       published="2026-02-10"),
    ex("corpus-039-guarantee-to-mobilise",
       "BAKU, February 26 - The World Bank has approved an $846 million IBRD guarantee designed "
       "to mobilise $1.41 billion of long-term commercial financing for a Kazakh railway "
       "project on the Middle Corridor, Trend reported.",
       c("$846 million", 846e6, "USD", metric="guarantee", topic="investment", kind="actual",
         entities=["World Bank"]),
       c("$1.41 billion", 1.41e9, "USD", metric="loan", kind="projection"),
       published="2026-02-26"),
    ex("corpus-039-line-km-shorten-by",
       "The Transforming Rail Connectivity in Kazakhstan (Middle Corridor Development) Project "
       "includes a new 322.3-kilometre line between Mointy and Kyzylzhar, which will shorten "
       "the corridor by 149 km, ease congested sections and allow double-stack container "
       "trains.",
       c("322.3-kilometre", 322.3, "km", metric="route length", kind="projection"),
       c("149 km", 149, "km", change="decrease", kind="projection"),
       published="2026-02-26"),
    ex("corpus-039-threefold-and-in-half-by",
       "According to the bank, the scheme should contribute to a threefold rise in freight on "
       "the corridor and cut transit times in half by 2030.",
       c("threefold", 3, "x", change="increase", kind="projection", period="2030"),
       c("half", 0.5, "x", change="decrease", kind="projection", period="2030",
         metric="transit time"),
       published="2026-02-26"),
    ex("corpus-039-co-guarantee",
       "The Asian Infrastructure Investment Bank is providing a co-guarantee of $564 million, "
       "and the IFC and MIGA also take part.",
       c("$564 million", 564e6, "USD", metric="guarantee", entities=["AIIB"]),
       published="2026-02-26"),
    ex("corpus-040-fivefold-from-to-a-year",
       "ALMATY - Freight on the Trans-Caspian International Transport Route has grown fivefold "
       "over seven years, from 0.8 million to 4.5 million tonnes a year, Kazakhstan's Ministry "
       "of Transport said on March 10, 2026, as reported by The Astana Times.",
       # a bare "over seven years" names no dated span (house convention; "over the past
       # seven years" would run back from publication), and 4.5 mt is 2024's, not 2026's
       c("fivefold", 5, "x", change="increase", entities=[TITR], period=None),
       c("0.8 million", 0.8e6, "t", per="year", change=None, period=None),
       c("4.5 million tonnes", 4.5e6, "t", per="year", change=None, period=None),
       published="2026-03-10"),
    ex("corpus-040-yearly-tally-lends-unit",
       "The ministry's yearly tally: 2.76 mln tonnes for 2023, 4.48 mln for 2024 and 4.12 mln "
       "for 2025.",
       c("2.76 mln tonnes", 2.76e6, "t", period="2023", kind="actual"),
       c("4.48 mln", 4.48e6, "t", period="2024", kind="actual"),
       c("4.12 mln", 4.12e6, "t", period="2025", kind="actual"),
       published="2026-03-10"),
    ex("corpus-040-around-and-goal-by",
       "Containers have grown especially quickly, with around 77,000 TEU carried in 2025 and a "
       "goal of 300,000 TEU by 2029.",
       c("77,000 TEU", 77000, "TEU", approx="approx", period="2025", kind="actual"),
       c("300,000 TEU", 300000, "TEU", kind="projection", period="2029"),
       published="2026-03-10"),
    ex("corpus-040-days-instead-of-bare-range",
       "A trip along the corridor now takes 13-17 days instead of 28-32.",
       c("13-17 days", 13, "day", value_high=17, metric="transit time"),
       c("28-32", 28, "day", value_high=32, metric="transit time"),
       published="2026-03-10"),
    ex("corpus-040-roadmaps-years-no-claim",
       "Kazakhstan, Azerbaijan and Georgia continue to work under bottleneck-removal roadmaps "
       "adopted in Aktau in 2022 and in Almaty in 2025.",
       published="2026-03-10"),
]

KNOWN_GAPS: dict[str, str] = {
}
