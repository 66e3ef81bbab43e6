"""Held-out sentences written after the parser was tuned, on Chinese finance and projects in
Central Asia and the Caucasus as news reports them: Belt and Road loans from China Development
Bank and China Exim Bank (in yuan and dollars, with dollar glosses in brackets, terms and
shares of a country's debt), the China-Kyrgyzstan-Uzbekistan railway (length, cost, shares of
its financing, gauge, tunnels, transit time saved), Chinese companies' industrial parks and
plants (investment, jobs, output capacity), yuan settlement shares in trade, China-Central
Asia summit pledges and targets, Xinjiang's trade with the five Central Asian states, the
Khorgos dry port and free zone; and negatives that are no claims (anniversaries, summit
dates, "China Railway 20th Bureau", decree numbers, programme years). Expectations were
written by hand from reading the text, before the parser was run on it.
"""

from __future__ import annotations

from . import Example, c, ex

CKU = "China-Kyrgyzstan-Uzbekistan railway"
KHORGOS = "Khorgos dry port"
INV = "investment"
CA = "Central Asia"

LOANS: list[Example] = [
    ex("bri-cdb-loan-yuan-to-a-bank",
       "China Development Bank signed a 2.5 billion yuan loan agreement with Uzbekistan's "
       "National Bank to finance small businesses.",
       c("2.5 billion yuan", 2.5e9, "CNY", metric="loan", topic=INV, kind="actual",
         entities=["China", "Uzbekistan"])),
    ex("bri-exim-will-provide-concessional-dollars",
       "The Export-Import Bank of China will provide a $700 million concessional loan to "
       "Tajikistan for the upgrade of the Dushanbe-2 power plant.",
       c("$700 million", 700e6, "USD", metric="loan", topic=INV, kind="projection",
         entities=["China", "Tajikistan"])),
    ex("bri-exim-share-of-external-debt",
       "China Exim Bank holds about 40% of Kyrgyzstan's external debt of $4.1 billion.",
       c("40%", 40, "%", approx="approx", change=None, entities=["Kyrgyzstan"]),
       c("$4.1 billion", 4.1e9, "USD", metric="external debt", topic="economy",
         entities=["Kyrgyzstan"])),
    ex("bri-owes-about-a-third",
       "Tajikistan owes China Exim Bank roughly $1.1 billion, or about a third of its external "
       "debt.",
       c("$1.1 billion", 1.1e9, "USD", approx="approx", entities=["Tajikistan"]),
       c("a third", 100 / 3, "%", approx="approx", change=None)),
    ex("bri-loan-terms-rate-a-year-maturity-grace",
       "The loan carries an interest rate of 2% a year, with a 20-year maturity and a "
       "seven-year grace period.",
       c("2%", 2, "%", change=None, per="year", metric="loan")),
    ex("bri-yuan-loan-with-dollar-gloss",
       "The 3.6 billion yuan ($500 million) loan from China Exim Bank will fund the "
       "Bishkek-Naryn road.",
       c("3.6 billion yuan", 3.6e9, "CNY", metric="loan", kind="projection"),
       c("$500 million", 500e6, "USD", metric="loan", kind="projection")),
    ex("bri-cdb-over-since-year",
       "China Development Bank has extended over $10 billion in loans to Turkmenistan's gas "
       "sector since 2009.",
       c("$10 billion", 10e9, "USD", approx="min", metric="loan", period="2009/..",
         kind="actual", entities=["Turkmenistan"]),
       published="2025-04-01"),
    ex("bri-panda-bond-and-coupon",
       "Kazakhstan's Development Bank placed a 2 billion yuan panda bond with a coupon of "
       "3.4%.",
       c("2 billion yuan", 2e9, "CNY", metric="loan", topic=INV, entities=["Kazakhstan"]),
       c("3.4%", 3.4, "%", change=None)),
    ex("bri-deal-worth-yuan-or-dollars",
       "The deal is worth 14 billion yuan, or about 1.95 billion dollars.",
       c("14 billion yuan", 14e9, "CNY"),
       c("1.95 billion dollars", 1.95e9, "USD", approx="approx")),
]

CKU_RAIL: list[Example] = [
    ex("bri-cku-kyrgyz-section-tunnels-bridges",
       "Of the line's 523 km, some 305 km run through Kyrgyzstan, where about 50 tunnels and "
       "90 bridges must be built.",
       c("523 km", 523, "km", metric="route length"),
       c("305 km", 305, "km", approx="approx", metric="route length",
         entities=["Kyrgyzstan"]),
       c("50 tunnels", 50, "count", item="tunnel", approx="approx", kind="projection"),
       c("90 bridges", 90, "count", item="bridge", kind="projection")),
    ex("bri-cku-financing-shares",
       "China will finance 51% of the China-Kyrgyzstan-Uzbekistan railway, with Kyrgyzstan "
       "and Uzbekistan covering 24.5% each.",
       c("51%", 51, "%", change=None, kind="projection", entities=[CKU]),
       c("24.5%", 24.5, "%", change=None, kind="projection")),
    ex("bri-cku-cost-estimated-range",
       "The cost of the CKU railway is estimated at $4.5-5 billion.",
       c("$4.5-5 billion", 4.5e9, "USD", value_high=5e9, metric="project cost", topic=INV,
         entities=[CKU])),
    ex("bri-cku-gauge-mm",
       "The line will be laid to the 1,435 mm standard gauge used in China.",
       c("1,435 mm", 1435, "mm")),
    ex("bri-cku-cut-transit-by-days-range",
       "Once open, the railway is expected to cut transit from China to Uzbekistan by seven "
       "to eight days.",
       c("seven to eight days", 7, "day", value_high=8, change="decrease",
         metric="transit time", kind="projection")),
    ex("bri-cku-first-year-volume",
       "The joint venture expects to carry 5 million tonnes of cargo in the first year of "
       "operation.",
       c("5 million tonnes", 5e6, "t", kind="projection", metric="cargo volume")),
    ex("bri-cku-jv-capital-share",
       "The three countries set up a joint venture with authorised capital of $100 million, "
       "51% of it held by China.",
       c("$100 million", 100e6, "USD", topic=INV),
       c("51%", 51, "%", change=None)),
    ex("bri-cku-saves-distance",
       "The new route is about 900 km shorter than the existing link through Kazakhstan.",
       c("900 km", 900, "km", approx="approx", change="decrease",
         entities=["Kazakhstan"])),
]

PLANTS: list[Example] = [
    ex("bri-car-plant-cost-jobs-capacity",
       "A Chinese carmaker opened a $130 million plant in Jizzakh that will employ 1,500 "
       "people and assemble 50,000 vehicles a year.",
       c("$130 million", 130e6, "USD", topic=INV, kind="actual"),
       c("1,500 people", 1500, "count", metric="job count", kind="projection"),
       c("50,000 vehicles", 50000, "count", item="vehicle", per="year",
         kind="projection")),
    ex("bri-park-plants-combined-investment",
       "A Chinese-funded industrial park in Shymkent will host 12 plants with combined "
       "investment of 1.1 billion dollars.",
       c("12 plants", 12, "count", item="plant", kind="projection"),
       c("1.1 billion dollars", 1.1e9, "USD", metric="investment", topic=INV,
         kind="projection")),
    ex("bri-cement-output-a-year-and-workers",
       "The Chinese-owned cement plant in Tajikistan produces 1.2 million tonnes of clinker "
       "a year and employs about 900 local workers.",
       c("1.2 million tonnes", 1.2e6, "t", per="year", metric="production", kind="actual",
         entities=["Tajikistan"]),
       c("900 local workers", 900, "count", approx="approx", metric="job count")),
    ex("bri-power-plant-mw-built-for",
       "TBEA built the 400 MW Dushanbe-2 thermal power plant for $349 million.",
       c("400 MW", 400, "MW", metric="power capacity", topic="energy"),
       c("$349 million", 349e6, "USD", metric="project cost", topic=INV)),
    ex("bri-glass-factory-tonnes-per-day",
       "The Chinese-built glass factory in the Kyzylorda region has a capacity of 600 tonnes "
       "per day.",
       c("600 tonnes", 600, "t", per="day", metric="capacity")),
    ex("bri-hualing-more-than-invested-georgia",
       "China's Hualing Group has invested more than $600 million in Georgia, including the "
       "Kutaisi free industrial zone.",
       c("$600 million", 600e6, "USD", approx="min", metric="investment", topic=INV,
         entities=["China", "Georgia"])),
    # guard of the facility cue: a plant named before the money is no cost of it
    ex("bri-exports-of-the-plant-are-exports",
       "Exports of the Chinese-built plant reached $20 million in 2024.",
       c("$20 million", 20e6, "USD", metric="exports", topic="trade", period="2024")),
    # guard of the relative clause: what was forecast is the forecast
    ex("bri-the-figure-that-was-forecast-stays-forecast",
       "Trade came to $3.1 billion, below the $3.5 billion that was forecast by the ministry.",
       c("$3.1 billion", 3.1e9, "USD", kind="actual"),
       c("$3.5 billion", 3.5e9, "USD", kind="projection")),
    ex("bri-solar-contracts-manats",
       "Chinese firms signed contracts worth 1.1 billion manats to build solar plants in "
       "Azerbaijan.",
       c("1.1 billion manats", 1.1e9, "AZN", topic=INV, entities=["Azerbaijan"])),
    ex("bri-battery-plant-due-to-start-annually",
       "A $250 million battery plant in Almaty region is due to start production in 2026, "
       "making 80,000 battery packs annually.",
       c("$250 million", 250e6, "USD", topic=INV),
       c("80,000 battery packs", 80000, "count", per="year", kind="projection",
         period="2026")),
    ex("bri-companies-with-chinese-capital-up-from",
       "More than 2,400 companies with Chinese capital are registered in Uzbekistan, up from "
       "1,900 a year ago.",
       c("2,400 companies", 2400, "count", item="company", approx="min",
         entities=["Uzbekistan"]),
       c("1,900", 1900, "count")),
    ex("bri-fdi-some-since-year",
       "Chinese direct investment in Kazakhstan has totalled some $26 billion since 2005.",
       c("$26 billion", 26e9, "USD", approx="approx", metric="investment", topic=INV,
         period="2005/..", entities=["China", "Kazakhstan"])),
    ex("bri-fdi-more-than-doubled-to",
       "China's investment in Uzbekistan more than doubled in three years to $14 billion.",
       c("doubled", 2, "x", change="increase", approx="min", metric="investment"),
       c("$14 billion", 14e9, "USD", change=None, metric="investment")),
    ex("bri-fdi-expects-next-year",
       "Uzbekistan expects Chinese investment to reach $5 billion in 2026.",
       c("$5 billion", 5e9, "USD", kind="projection", period="2026", metric="investment"),
       published="2025-09-01"),
]

SETTLEMENT: list[Example] = [
    ex("bri-yuan-share-rose-to-from-a-year-earlier",
       "The yuan's share of settlements in Kazakhstan-China trade rose to 28% in 2024 from "
       "16% a year earlier.",
       c("28%", 28, "%", change=None, period="2024"),
       c("16%", 16, "%", change=None, period="2023"),
       published="2025-03-01"),
    ex("bri-national-currencies-over-share",
       "Payments in national currencies now account for over 70% of trade between Uzbekistan "
       "and China.",
       c("70%", 70, "%", approx="min", change=None, entities=["Uzbekistan", "China"])),
    ex("bri-xinjiang-yuan-settlement-growth-first-half",
       "Cross-border yuan settlements in Xinjiang grew 31.6% year on year to 76.2 billion "
       "yuan in the first half of 2025.",
       c("31.6%", 31.6, "%", change="increase", period="2025-01/2025-06",
         entities=["Xinjiang"]),
       c("76.2 billion yuan", 76.2e9, "CNY", change=None, period="2025-01/2025-06")),
    ex("bri-share-rose-by-pp-to",
       "The yuan's share in Kyrgyzstan's import payments rose by 6 percentage points to 19%.",
       c("6 percentage points", 6, "pp", change="increase"),
       c("19%", 19, "%", change=None)),
    ex("bri-around-half-settled-in-yuan",
       "Around half of Kyrgyzstan's imports from China are settled in yuan.",
       c("half", 50, "%", approx="approx", change=None)),
]

SUMMIT_XINJIANG: list[Example] = [
    ex("bri-summit-pledged-yuan-financing-and-grants",
       "At the Xi'an summit China pledged 26 billion yuan in financing and grants to the five "
       "Central Asian countries.",
       c("26 billion yuan", 26e9, "CNY", topic=INV, entities=["China", CA])),
    ex("bri-summit-goal-trade-by-year",
       "Leaders set a goal of lifting China-Central Asia trade to $100 billion by 2030.",
       c("$100 billion", 100e9, "USD", kind="projection", period="2030",
         metric="trade turnover", topic="trade")),
    ex("bri-china-ca-trade-reached-up-from",
       "Trade between China and Central Asia reached $94.8 billion in 2024, up 5.4% from "
       "2023.",
       c("$94.8 billion", 94.8e9, "USD", metric="trade turnover", period="2024",
         change=None, entities=["China", CA]),
       c("5.4%", 5.4, "%", change="increase", metric="trade turnover", period="2024")),
    ex("bri-xinjiang-trade-with-five-states-share",
       "Xinjiang's trade with the five Central Asian states totalled 287 billion yuan in "
       "2024, about 70% of the region's foreign trade.",
       c("287 billion yuan", 287e9, "CNY", metric="trade turnover", period="2024",
         entities=["Xinjiang", CA]),
       c("70%", 70, "%", approx="approx", change=None, period="2024")),
    ex("bri-xinjiang-exports-jan-oct-climbed-to",
       "In January-October, Xinjiang's exports to Kazakhstan climbed 12.3% to 98.6 billion "
       "yuan.",
       c("12.3%", 12.3, "%", change="increase", metric="exports",
         period="2025-01/2025-10", entities=["Xinjiang", "Kazakhstan"]),
       c("98.6 billion yuan", 98.6e9, "CNY", change=None, metric="exports",
         period="2025-01/2025-10"),
       published="2025-11-20"),
    ex("bri-armenia-china-trade-first-eight-months",
       "Trade between Armenia and China grew 37% in the first eight months of 2025 to $1.8 "
       "billion.",
       c("37%", 37, "%", change="increase", period="2025-01/2025-08",
         metric="trade turnover"),
       c("$1.8 billion", 1.8e9, "USD", change=None, period="2025-01/2025-08",
         entities=["Armenia", "China"])),
    ex("bri-turkmen-gas-to-china-bcm",
       "Turkmenistan supplied 34.8 bcm of gas to China in 2024.",
       c("34.8 bcm", 34.8e9, "m3", metric="gas exports", topic="energy", period="2024",
         entities=["Turkmenistan", "China"])),
    ex("bri-summit-scholarships-over-two-years",
       "China will grant 3,000 government scholarships to Central Asian students over the "
       "next two years.",
       c("3,000 government scholarships", 3000, "count", kind="projection")),
]

KHORGOS_ZONE: list[Example] = [
    ex("bri-khorgos-teu-increase-on-previous-year",
       "The Khorgos dry port handled 380,000 TEU in 2024, a 14% increase on the previous "
       "year.",
       c("380,000 TEU", 380000, "TEU", metric="container volume", period="2024",
         entities=[KHORGOS]),
       c("14%", 14, "%", change="increase", period="2024")),
    ex("bri-khorgos-free-zone-turnover-nine-months",
       "Trade through the Khorgos free zone hit 65 billion yuan in the first nine months.",
       c("65 billion yuan", 65e9, "CNY", metric="trade turnover", period="2025-01/2025-09",
         entities=[KHORGOS]),
       published="2025-10-15"),
    ex("bri-khorgos-trains-about-a-year",
       "Some 7,600 China-Europe trains crossed at Khorgos in 2024, up from 6,800 in 2023.",
       c("7,600 China-Europe trains", 7600, "count", approx="approx", item="train",
         period="2024", entities=[KHORGOS]),
       c("6,800", 6800, "count", period="2023")),
    ex("bri-khorgos-zone-area-and-investment",
       "The Khorgos special economic zone covers 5.7 sq km and has attracted 1.5 billion "
       "yuan of investment.",
       c("5.7 sq km", 5.7, "km2"),
       c("1.5 billion yuan", 1.5e9, "CNY", metric="investment", topic=INV)),
    ex("bri-khorgos-trucks-daily-rose-to-from",
       "Daily truck crossings at Khorgos rose to 1,100 from 800 after the new lanes opened.",
       c("1,100", 1100, "count", per="day", change=None),
       c("800", 800, "count", per="day")),
    ex("bri-khorgos-transit-hours",
       "Reloading at Khorgos now takes 47 minutes per train instead of 2 hours.",
       c("47 minutes", 47, "min", per="train"),
       c("2 hours", 2, "hour")),
]

NEGATIVES: list[Example] = [
    ex("bri-neg-anniversary",
       "The Belt and Road Initiative, launched in Astana in 2013, marks its 12th anniversary "
       "this year.", published="2025-09-07"),
    ex("bri-neg-summit-date",
       "The second China-Central Asia summit opened in Astana on June 17, 2025."),
    ex("bri-neg-ordinal-bureau",
       "China Railway 20th Bureau Group won the contract for Line 2 of the Tashkent metro."),
    ex("bri-neg-decree-number",
       "Decree No. 4712 of 2024 created the Angren special economic zone."),
    ex("bri-neg-programme-years",
       "The 2024-2028 cooperation programme was signed in Beijing by the two nations."),
    ex("bri-neg-c5-plus-one",
       "The C5+1 format and the SCO summit in Tianjin set the agenda for the talks."),
]

EXAMPLES: list[Example] = (LOANS + CKU_RAIL + PLANTS + SETTLEMENT + SUMMIT_XINJIANG
                           + KHORGOS_ZONE + NEGATIVES)

KNOWN_GAPS: dict[str, str] = {
}
