"""Held-out sentences written after the parser was tuned, on the finance of corridor and trade
projects in Central Asia, the Caucasus and along the Middle Corridor: loans, grants and credit
lines from international financial institutions (ADB, EBRD, AIIB, World Bank, IsDB, Eurasian
Development Bank, EIB), sovereign bonds, Eurobonds and sukuk (size, coupon, yield), sovereign
wealth funds, FDI inflows and stocks, state budgets and their allocations, policy and lending
rates, exchange rates and conversions given in brackets, co-financing shares and
public-private partnerships; and negatives that are no claims (maturity years, ratings such as
BBB-, decree and resolution numbers, "Phase 2", "Tranche 3", dates). Expectations were written
by hand from reading the text, before the parser was run on it.
"""

from __future__ import annotations

from . import Example, c, ex

ADB = "Asian Development Bank"
EDB = "Eurasian Development Bank"
EIB = "European Investment Bank"
ISDB = "Islamic Development Bank"
INV = "investment"

LENDERS: list[Example] = [
    ex("fin-adb-loan-railway-electrification",
       "The Asian Development Bank approved a $350 million loan to Uzbekistan to electrify the "
       "Bukhara-Miskin railway.",
       c("$350 million", 350e6, "USD", metric="loan", topic=INV, kind="actual",
         entities=[ADB, "Uzbekistan"]),
       published="2025-06-01"),
    ex("fin-ebrd-loan-and-eu-grant-for-a-port",
       "The EBRD is lending €120 million to the Port of Aktau to expand its container "
       "terminal, and the EU is adding a €15 million grant.",
       c("€120 million", 120e6, "EUR", metric="loan", topic=INV,
         entities=["EBRD", "Port of Aktau"]),
       c("€15 million", 15e6, "EUR", metric="grants", topic=INV)),
    ex("fin-aiib-cofinance-share-of-total-cost",
       "AIIB will co-finance the bypass with $200 million, covering 40% of its total cost of "
       "$500 million.",
       c("$200 million", 200e6, "USD", metric="loan", kind="projection", entities=["AIIB"]),
       c("40%", 40, "%", change=None, kind="projection"),
       c("$500 million", 500e6, "USD", metric="project cost")),
    ex("fin-wb-credit-line-exporters",
       "The World Bank opened a $100 million credit line for small exporters in Kyrgyzstan.",
       c("$100 million", 100e6, "USD", metric="loan", topic=INV, kind="actual",
         entities=["World Bank", "Kyrgyzstan"])),
    ex("fin-isdb-financing-agreements-worth-in-a-year",
       "The Islamic Development Bank signed financing agreements worth $1.3 billion with "
       "Tajikistan and Kyrgyzstan in 2024.",
       c("$1.3 billion", 1.3e9, "USD", metric="loan", topic=INV, period="2024",
         kind="actual", entities=[ISDB, "Tajikistan", "Kyrgyzstan"]),
       published="2025-03-01"),
    ex("fin-edb-portfolio-about",
       "The Eurasian Development Bank's investment portfolio in Kazakhstan stands at about "
       "$4.6 billion.",
       c("$4.6 billion", 4.6e9, "USD", approx="approx", metric="investment", topic=INV,
         entities=[EDB, "Kazakhstan"])),
    ex("fin-eib-framework-loan-and-tranche-due",
       "The EIB and Georgia signed a €200 million framework loan for the East-West Highway; "
       "a first tranche of €50 million is due in 2026.",
       c("€200 million", 200e6, "EUR", metric="loan", kind="actual",
         entities=[EIB, "Georgia"]),
       c("€50 million", 50e6, "EUR", metric="loan", kind="projection", period="2026"),
       published="2025-06-01"),
    ex("fin-disbursed-of-loan",
       "So far only $85 million of the $400 million loan has been disbursed.",
       c("$85 million", 85e6, "USD", metric="loan", kind="actual"),
       c("$400 million", 400e6, "USD", metric="loan")),
    ex("fin-adb-over-a-year-until",
       "ADB expects to commit more than $1 billion a year to transport in Central Asia until "
       "2030.",
       c("$1 billion", 1e9, "USD", approx="min", per="year", kind="projection",
         metric="investment", entities=[ADB])),
    ex("fin-ebrd-expects-to-lend-is-the-lender",
       "The EBRD expects to lend €1.2 billion to Georgia in 2026.",
       c("€1.2 billion", 1.2e9, "EUR", metric="loan", kind="projection", period="2026",
         entities=["EBRD", "Georgia"]),
       published="2025-12-01"),
    ex("fin-wb-expects-growth-is-the-source",
       "The World Bank expects Georgia's economy to grow 6% in 2026.",
       c("6%", 6, "%", metric="gdp", kind="projection", period="2026",
         only_entities=["Georgia"]),
       published="2025-12-01"),
    ex("fin-jica-grant-yen",
       "Japan extended a grant of 2.4 billion yen to Tajikistan for customs scanners.",
       c("2.4 billion yen", 2.4e9, "JPY", metric="grants", topic=INV,
         entities=["Japan", "Tajikistan"])),
    ex("fin-china-exim-credit-line-yuan",
       "China's Exim Bank extended a 3 billion yuan credit line to Kyrgyzstan for road "
       "rehabilitation.",
       c("3 billion yuan", 3e9, "CNY", metric="loan", topic=INV, entities=["Kyrgyzstan"])),
    ex("fin-loan-terms-rate-grace-maturity",
       "The loan carries an interest rate of 1% with a 32-year maturity, including an "
       "eight-year grace period.",
       c("1%", 1, "%", change=None, metric="loan")),
    ex("fin-sofr-margin",
       "The syndicated loan is priced at SOFR plus 1.2%.",
       c("1.2%", 1.2, "%", change=None, metric="loan")),
    ex("fin-grants-a-third-of-package",
       "Grants make up about a third of the ADB's $2 billion package for the region.",
       c("a third", 100 / 3, "%", approx="approx", metric="grants"),
       c("$2 billion", 2e9, "USD", entities=[ADB])),
    ex("fin-ifc-stake-and-price",
       "IFC will take a 20% stake in the Alat logistics park for $25 million.",
       c("20%", 20, "%", metric="stake", kind="projection", entities=["IFC"]),
       c("$25 million", 25e6, "USD", kind="projection", entities=["IFC"])),
    ex("fin-cofinancing-shares-split",
       "The EU covers 25% of the cost, while the Georgian government contributes the "
       "remaining 75%.",
       c("25%", 25, "%", change=None), c("75%", 75, "%", change=None)),
    ex("fin-aiib-share-capped",
       "AIIB's share in the financing is capped at 30%.",
       c("30%", 30, "%", approx="max", metric="loan", entities=["AIIB"])),
]

BONDS: list[Example] = [
    ex("fin-kz-eurobond-coupon-maturity-year",
       "Kazakhstan placed a $1.5 billion ten-year Eurobond maturing in 2035 with a coupon of "
       "5.5%.",
       c("$1.5 billion", 1.5e9, "USD", metric="loan", topic=INV, kind="actual",
         entities=["Kazakhstan"], period=None),
       c("5.5%", 5.5, "%", change=None, kind="actual"),
       published="2025-06-01"),
    ex("fin-ge-eurobond-yield-bp",
       "Yields on Georgia's 2026 Eurobond fell 30 basis points to 6.1%.",
       c("30 basis points", 0.3, "pp", change="decrease", entities=["Georgia"], period=None,
         kind="actual"),
       c("6.1%", 6.1, "%", change=None, period=None, kind="actual"),
       published="2025-06-01"),
    ex("fin-uz-eurobonds-sold-due-year-yield",
       "Uzbekistan sold $600 million of Eurobonds due 2031 at a yield of 6.9%.",
       c("$600 million", 600e6, "USD", metric="loan", topic=INV, kind="actual", period=None,
         entities=["Uzbekistan"]),
       c("6.9%", 6.9, "%", change=None, kind="actual", period=None),
       published="2025-06-01"),
    ex("fin-bonds-due-in-aside-pay-coupon",
       "The bonds, due in 2029, pay a 7% coupon.",
       c("7%", 7, "%", change=None, metric="loan", kind="actual", period=None),
       published="2025-06-01"),
    ex("fin-notes-coupon-alone",
       "The notes carry a 5.25% coupon.",
       c("5.25%", 5.25, "%", change=None, metric="loan", topic=INV)),
    ex("fin-uz-green-bonds-soums-coupon",
       "In 2023 Uzbekistan issued its first sovereign green bonds, raising 4.25 trillion soums "
       "at a 16.25% coupon.",
       c("4.25 trillion soums", 4.25e12, "UZS", metric="loan", period="2023",
         entities=["Uzbekistan"], change=None),
       c("16.25%", 16.25, "%", change=None)),
    ex("fin-az-sukuk-oversubscribed",
       "Azerbaijan's debut $500 million sukuk drew orders of more than $2 billion.",
       c("$500 million", 500e6, "USD", metric="loan", entities=["Azerbaijan"]),
       c("$2 billion", 2e9, "USD", approx="min")),
    ex("fin-ktz-tenge-bonds-on-aix",
       "KTZ placed five-year bonds worth KZT 100 billion on the AIX at 14.5% per annum.",
       c("KZT 100 billion", 100e9, "KZT", metric="loan", entities=["Kazakhstan Temir Zholy"]),
       c("14.5%", 14.5, "%", per="year", change=None)),
    ex("fin-notes-maturity-years-no-claims",
       "Proceeds from the 2030 notes will refinance bonds due in 2027 and 2028."),
]

FUNDS_FDI: list[Example] = [
    ex("fin-fdi-inflows-down-from-a-year-earlier",
       "FDI inflows into Kazakhstan reached $15.7 billion in 2024, down 12% from a year "
       "earlier.",
       c("$15.7 billion", 15.7e9, "USD", metric="investment", topic=INV, period="2024",
         kind="actual", change=None, entities=["Kazakhstan"]),
       c("12%", 12, "%", change="decrease", metric="investment", period="2024"),
       published="2025-04-01"),
    ex("fin-fdi-stock-exceeded-end-of-year",
       "Georgia's stock of inward FDI exceeded $22 billion at the end of 2024.",
       c("$22 billion", 22e9, "USD", approx="min", metric="investment", period="2024",
         entities=["Georgia"]),
       published="2025-05-01"),
    ex("fin-fdi-share-first-half",
       "China accounted for 18% of FDI inflows into Uzbekistan in the first half of 2025.",
       c("18%", 18, "%", change=None, metric="investment", period="2025-01/2025-06",
         entities=["China", "Uzbekistan"]),
       published="2025-09-01"),
    ex("fin-fdi-grew-times",
       "Foreign direct investment in Azerbaijan's non-oil sector grew 1.4 times in 2024.",
       c("1.4 times", 1.4, "x", change="increase", metric="investment", period="2024",
         entities=["Azerbaijan"]),
       published="2025-03-01"),
    ex("fin-fdi-dram-with-dollar-gloss",
       "Net FDI inflows to Armenia totalled AMD 380 billion in 2024 (about $970 million).",
       c("AMD 380 billion", 380e9, "AMD", metric="investment", period="2024",
         entities=["Armenia"]),
       c("$970 million", 970e6, "USD", approx="approx", metric="investment", period="2024"),
       published="2025-04-01"),
    ex("fin-swf-plans-to-invest-over-years",
       "Samruk-Kazyna plans to invest 2.5 trillion tenge in transport and logistics over "
       "2025-2029.",
       c("2.5 trillion tenge", 2.5e12, "KZT", metric="investment", kind="projection",
         period="2025/2029"),
       published="2025-02-01"),
    ex("fin-sofaz-assets-up-since-start-of-year",
       "The State Oil Fund of Azerbaijan held assets of $60.9 billion on 1 July 2025, up 4.2% "
       "since the start of the year.",
       c("$60.9 billion", 60.9e9, "USD", change=None, kind="actual"),
       c("4.2%", 4.2, "%", change="increase", kind="actual"),
       published="2025-07-20"),
    ex("fin-national-fund-transfer-to-budget",
       "The National Fund transferred 5.3 trillion tenge to the republican budget in 2024.",
       c("5.3 trillion tenge", 5.3e12, "KZT", metric="budget", period="2024", kind="actual"),
       published="2025-02-01"),
    ex("fin-reserves-end-of-month",
       "Kazakhstan's gold and foreign exchange reserves rose to $46.5 billion at the end of "
       "October.",
       c("$46.5 billion", 46.5e9, "USD", change=None, period="2025-10-31",
         entities=["Kazakhstan"]),
       published="2025-11-10"),
]

BUDGETS: list[Example] = [
    ex("fin-uz-budget-decree-number-not-a-claim",
       "Under Presidential Decree No. 5-112, the 2026 budget allocates 3.2 trillion soums to "
       "road construction.",
       c("3.2 trillion soums", 3.2e12, "UZS", metric="budget", topic="economy",
         kind="projection", period="2026"),
       published="2025-12-01"),
    ex("fin-kz-allocated-with-dollar-gloss",
       "The government allocated 150 billion tenge (about $290 million) to upgrade border "
       "crossings.",
       c("150 billion tenge", 150e9, "KZT", metric="budget", approx=None),
       c("$290 million", 290e6, "USD", metric="budget", approx="approx")),
    ex("fin-az-budget-revenues-and-expenditures-next-year",
       "Azerbaijan's 2026 state budget envisages revenues of 37.5 billion manats and "
       "expenditures of 40.1 billion manats.",
       c("37.5 billion manats", 37.5e9, "AZN", metric="revenue", kind="projection",
         period="2026", entities=["Azerbaijan"]),
       c("40.1 billion manats", 40.1e9, "AZN", metric="budget", kind="projection",
         period="2026"),
       published="2025-10-15"),
    ex("fin-kg-revenues-rose-to",
       "Kyrgyzstan's budget revenues rose 18% year on year to 380 billion soms in 2024.",
       c("18%", 18, "%", change="increase", metric="revenue", period="2024"),
       c("380 billion soms", 380e9, "KGS", change=None, metric="revenue", period="2024",
         entities=["Kyrgyzstan"]),
       published="2025-03-01"),
    ex("fin-ge-spend-next-year-share-of-budget",
       "Tbilisi will spend GEL 1.2 billion, or 4% of the budget, on the Anaklia deep-sea port "
       "next year.",
       c("GEL 1.2 billion", 1.2e9, "GEL", metric="budget", kind="projection", period="2026",
         entities=["Port of Anaklia"]),
       c("4%", 4, "%", kind="projection", period="2026"),
       published="2025-10-01"),
    ex("fin-uz-deficit-share-of-gdp-projected",
       "Uzbekistan's budget deficit is projected at 3% of GDP in 2026.",
       c("3%", 3, "%", kind="projection", period="2026", change=None),
       published="2025-11-01"),
    ex("fin-tj-debt-share-of-gdp-from",
       "Tajikistan's external public debt fell to 26.3% of GDP in 2024 from 29.8% a year "
       "earlier.",
       c("26.3%", 26.3, "%", change=None, period="2024"),
       c("29.8%", 29.8, "%", change=None, period="2023"),
       published="2025-05-01"),
    ex("fin-range-share-of-programme",
       "Between 8% and 10% of the investment programme will go to digital infrastructure.",
       c("8% and 10%", 8, "%", value_high=10, kind="projection")),
    ex("fin-ppp-phase-number-not-a-claim",
       "Phase 2 of the Khorgos logistics hub will be built under a PPP worth $180 million.",
       c("$180 million", 180e6, "USD", metric="investment", kind="projection",
         entities=["Khorgos dry port"])),
    ex("fin-ppp-contract-worth",
       "The PPP contract for the Tashkent ring road is worth $1.1 billion.",
       c("$1.1 billion", 1.1e9, "USD", metric="investment", topic=INV)),
]

RATES: list[Example] = [
    ex("fin-kz-base-rate-held-third-meeting",
       "The National Bank of Kazakhstan kept its base rate at 16.5% for the third consecutive "
       "meeting.",
       c("16.5%", 16.5, "%", metric="policy rate", topic="economy", change=None)),
    ex("fin-ge-refinancing-rate-cut-bp",
       "Georgia's central bank cut the refinancing rate by 50 basis points to 8%.",
       c("50 basis points", 0.5, "pp", change="decrease", metric="policy rate"),
       c("8%", 8, "%", change=None, metric="policy rate")),
    ex("fin-kg-som-weakened-per-dollar",
       "The som weakened to 87.5 per US dollar in March, a 1.8% fall over the month.",
       c("87.5", 87.5, "KGS", per="USD", metric="exchange rate", period="2025-03"),
       c("1.8%", 1.8, "%", change="decrease", metric="exchange rate", period="2025-03"),
       published="2025-04-05"),
    ex("fin-uz-exchange-rate-in-conversion",
       "At an exchange rate of 12,700 soums per dollar, the allocation equals about $1.2 "
       "billion.",
       c("12,700 soums", 12700, "UZS", per="USD", metric="exchange rate"),
       c("$1.2 billion", 1.2e9, "USD", approx="approx", metric="budget")),
    ex("fin-azn-loan-at-rate-a-year",
       "The Azerbaijan Investment Holding will lend 500 million manats to ADY at 3% a year.",
       c("500 million manats", 500e6, "AZN", metric="loan", kind="projection",
         entities=["Azerbaijan Railways"]),
       c("3%", 3, "%", per="year", change=None)),
    ex("fin-kz-subsidised-rate-pp",
       "Exporters can borrow at 6% in tenge, with the state subsidising 10 percentage points "
       "of the market rate.",
       c("6%", 6, "%", change=None), c("10 percentage points", 10, "pp", change=None)),
    ex("fin-inflation-slowed",
       "Annual inflation in Kazakhstan slowed to 8.5% in June.",
       c("8.5%", 8.5, "%", metric="inflation", change=None, period="2025-06",
         entities=["Kazakhstan"]),
       published="2025-07-02"),
    ex("fin-us-dollar-rose-to-soums",
       "The US dollar rose to 12,750 soums on the Tashkent exchange on Monday.",
       c("12,750 soums", 12750, "UZS", per="USD", metric="exchange rate", change=None)),
    ex("fin-official-dollar-rate-set-at-about",
       "The central bank set the official dollar rate at about 540 tenge.",
       c("540 tenge", 540, "KZT", per="USD", approx="approx", metric="exchange rate")),
    ex("fin-yuan-amount-converted-is-no-rate",
       "At that rate, 1,000 yuan is equal to 140 dollars.",
       c("1,000 yuan", 1000, "CNY", per=None), c("140 dollars", 140, "USD", per=None)),
    ex("fin-lending-rate-in-tenge",
       "Commercial banks' average lending rate in tenge fell to 17.8% in October.",
       c("17.8%", 17.8, "%", change=None, metric="loan", period="2025-10"),
       published="2025-11-15"),
    ex("fin-tenge-per-euro",
       "The euro traded at 598 tenge on the Kazakhstan Stock Exchange.",
       c("598 tenge", 598, "KZT", per="EUR", metric="exchange rate")),
]

NEGATIVES: list[Example] = [
    ex("fin-ratings-no-claims",
       "Fitch affirmed Uzbekistan at BB- with a stable outlook, while S&P rates Kazakhstan "
       "BBB- and Moody's rates Georgia Ba2."),
    ex("fin-strategy-resolution-number-no-claims",
       "The bank's 2024-2028 country strategy for Armenia was approved by Resolution No. "
       "1142."),
    ex("fin-article-iv-date-no-claims",
       "The IMF's Article IV mission to Georgia ended on 14 May 2025."),
    ex("fin-tranche-number-date-no-claims",
       "Tranche 3 of the multitranche financing facility was approved on 12.09.2025."),
    ex("fin-both-banks-two-lenders-no-claims",
       "Both banks and the two other lenders signed the second amendment in Astana."),
]

EXAMPLES: list[Example] = LENDERS + BONDS + FUNDS_FDI + BUDGETS + RATES + NEGATIVES

KNOWN_GAPS: dict[str, str] = {
}
