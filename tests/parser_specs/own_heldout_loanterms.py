"""Held-out sentences written after the parser was tuned, on the terms of loans, bonds and
guarantees that finance corridor infrastructure (ADB, EBRD, AIIB, World Bank, Eximbanks,
commercial banks): amounts and currencies, tenors and grace periods, interest margins and
spreads over SOFR or Euribor, fixed coupons, commitment and front-end fees, co-financing
shares, disbursements to date, the share of risk a guarantee covers, and repayment schedules;
with negatives that are no claims (tenors written as adjectives, "6-month Euribor", maturity
years, tranche and loan numbers, dates). Expectations were written by hand from reading the
text, before the parser was run on it.
"""

from __future__ import annotations

from . import Example, c, ex

ADB = "Asian Development Bank"
INV = "investment"
P = "2025-06-01"

AMOUNTS: list[Example] = [
    ex("lt-adb-loan-tenor-adjective-no-claim",
       "The Asian Development Bank approved a 15-year loan of $250 million for the "
       "Almaty-Khorgos road.",
       c("$250 million", 250e6, "USD", metric="loan", topic=INV, kind="actual",
         entities=[ADB]), published=P),
    ex("lt-ebrd-eur-loan-to-railway",
       "The EBRD will lend up to €150 million to Georgian Railway for the modernisation of "
       "the main line.",
       c("€150 million", 150e6, "EUR", approx="max", metric="loan", topic=INV,
         kind="projection", entities=["EBRD"]), published=P),
    ex("lt-aiib-usd-iso-after",
       "AIIB signed a loan of 180 million USD with Uzbekistan's railway company.",
       c("180 million USD", 180e6, "USD", metric="loan", kind="actual",
         entities=["AIIB", "Uzbekistan"]), published=P),
    ex("lt-wb-credit-iso-before",
       "The World Bank board approved credit of USD 95 million for Kyrgyzstan's border "
       "posts.",
       c("USD 95 million", 95e6, "USD", metric="loan", entities=["World Bank", "Kyrgyzstan"]),
       published=P),
    ex("lt-china-exim-yuan-loan",
       "China Exim Bank granted a concessional loan of 2.5 billion yuan for the tunnel.",
       c("2.5 billion yuan", 2.5e9, "CNY", metric="loan", topic=INV), published=P),
    ex("lt-jica-yen-loan",
       "JICA extended a yen loan of ¥30 billion to Uzbekistan for the power plant.",
       c("¥30 billion", 30e9, "JPY", metric="loan", entities=["Uzbekistan"]), published=P),
    ex("lt-syndicated-loan-approx",
       "A group of commercial banks arranged a syndicated loan of roughly $400 million for "
       "the Port of Poti.",
       c("$400 million", 400e6, "USD", approx="approx", metric="loan", topic=INV),
       published=P),
    ex("lt-bond-tenge-placement",
       "Kazakhstan Temir Zholy placed tenge bonds worth 120 billion tenge on the local "
       "exchange.",
       c("120 billion tenge", 120e9, "KZT", metric="loan",
         entities=["Kazakhstan Temir Zholy"]), published=P),
    ex("lt-eurobond-maturity-year-no-claim",
       "Azerbaijan Railways repaid its $500 million Eurobond due 2024 in full.",
       c("$500 million", 500e6, "USD", metric="loan", period=None), published=P),
    ex("lt-two-tranches-with-numbers",
       "The loan comes in two tranches: $120 million in 2025 and $80 million in 2026.",
       c("$120 million", 120e6, "USD", metric="loan", period="2025"),
       c("$80 million", 80e6, "USD", metric="loan", period="2026"), published=P),
    ex("lt-ebrd-financing-package-total",
       "The total financing package for the Middle Corridor upgrade reaches €1.2 billion.",
       c("€1.2 billion", 1.2e9, "EUR", metric="loan",
         entities=["Trans-Caspian International Transport Route"]), published=P),
]

PRICING: list[Example] = [
    ex("lt-sofr-plus-margin",
       "The loan is priced at SOFR plus 1.5%.",
       c("1.5%", 1.5, "%", change=None, metric="loan"), published=P),
    ex("lt-margin-in-basis-points",
       "The facility carries a margin of 250 basis points over SOFR.",
       c("250 basis points", 2.5, "pp", change=None), published=P),
    ex("lt-euribor-six-month-plus",
       "Interest is set at 6-month Euribor + 0.8% for the EBRD tranche.",
       c("0.8%", 0.8, "%", change=None, entities=["EBRD"]), published=P),
    ex("lt-fixed-rate-per-annum",
       "The Eximbank loan bears a fixed interest rate of 2% per annum.",
       c("2%", 2, "%", change=None, per="year", metric="loan"), published=P),
    ex("lt-coupon-on-eurobond",
       "Uzbekistan's $750 million Eurobond pays a fixed coupon of 6.95%.",
       c("$750 million", 750e6, "USD", metric="loan", entities=["Uzbekistan"]),
       c("6.95%", 6.95, "%", change=None, metric="loan"), published=P),
    ex("lt-spread-bp-abbrev",
       "The notes priced at a spread of 310 bp over US Treasuries.",
       c("310 bp", 3.1, "pp", change=None), published=P),
    ex("lt-margin-cut-by-bp-is-change",
       "Lenders cut the margin on the loan by 40 basis points to 1.1%.",
       c("40 basis points", 0.4, "pp", change="decrease"),
       c("1.1%", 1.1, "%", change=None), published=P),
    ex("lt-concessional-rate-range",
       "IDA credits carry interest of between 0.75% and 1.25% a year.",
       c("0.75% and 1.25%", 0.75, "%", value_high=1.25, per="year", change=None),
       published=P),
    ex("lt-rate-below",
       "The concessional loan's interest rate is below 1%.",
       c("1%", 1, "%", approx="max", change=None), published=P),
    ex("lt-margin-reduced-from-to",
       "The refinancing reduced the margin from 2.1% to 1.6%.",
       c("2.1%", 2.1, "%", change=None), c("1.6%", 1.6, "%", change=None), published=P),
]

FEES: list[Example] = [
    ex("lt-commitment-fee-a-year",
       "A commitment fee of 0.25% a year is charged on the undisbursed balance.",
       c("0.25%", 0.25, "%", per="year", change=None), published=P),
    ex("lt-front-end-fee",
       "The borrower pays a front-end fee of 0.5% of the loan amount.",
       c("0.5%", 0.5, "%", change=None), published=P),
    ex("lt-guarantee-fee-money",
       "MIGA charges a guarantee fee of about $1.2 million a year.",
       c("$1.2 million", 1.2e6, "USD", approx="approx", per="year"), published=P),
]

SHARES: list[Example] = [
    ex("lt-cofinancing-share-and-total",
       "ADB finances 60% of the $600 million project, with AIIB covering the remaining 40%.",
       c("60%", 60, "%", change=None), c("$600 million", 600e6, "USD", metric="project cost"),
       c("40%", 40, "%", change=None), published=P),
    ex("lt-guarantee-covers-risk",
       "The MIGA guarantee covers 90% of the commercial banks' risk.",
       c("90%", 90, "%", change=None), published=P),
    ex("lt-partial-credit-guarantee-amount",
       "The World Bank issued a partial credit guarantee of $300 million for the bonds.",
       c("$300 million", 300e6, "USD", metric="guarantee", entities=["World Bank"]), published=P),
    ex("lt-government-counterpart-funding",
       "The government will contribute $45 million in counterpart funding.",
       c("$45 million", 45e6, "USD", kind="projection"), published=P),
    ex("lt-equity-debt-ratio-split",
       "The concession is funded 30% by equity and 70% by debt.",
       c("30%", 30, "%", change=None), c("70%", 70, "%", change=None), published=P),
]

DISBURSEMENT: list[Example] = [
    ex("lt-disbursed-to-date",
       "So far the bank has disbursed $85 million of the $200 million loan.",
       c("$85 million", 85e6, "USD", kind="actual"),
       c("$200 million", 200e6, "USD", metric="loan"), published=P),
    ex("lt-disbursement-share",
       "Only 35% of the loan had been disbursed by the end of 2024.",
       c("35%", 35, "%", change=None, period="2024"), published=P),
    ex("lt-disbursement-this-year-projection",
       "The EBRD expects to disburse another €40 million this year.",
       c("€40 million", 40e6, "EUR", kind="projection", period="2025", entities=["EBRD"]),
       published=P),
    ex("lt-cancelled-portion",
       "The government cancelled $30 million of the undisbursed loan balance.",
       c("$30 million", 30e6, "USD"), published=P),
]

REPAYMENT: list[Example] = [
    ex("lt-repaid-over-years-with-grace",
       "The loan will be repaid in 30 equal semi-annual instalments after a five-year grace "
       "period.",
       c("30 equal semi-annual instalments", 30, "count", item="instalment", per=None,
         topic=INV), published=P),
    ex("lt-semi-annual-coupon-is-no-rate",
       "The notes pay a semi-annual coupon of 5.5%.",
       c("5.5%", 5.5, "%", per=None, change=None, metric="loan"), published=P),
    ex("lt-tenor-and-grace-adjectives-only",
       "The credit has a 25-year maturity with a 5-year grace period.",
       published=P),
    ex("lt-instalment-amount",
       "Each semi-annual instalment amounts to $12.5 million.",
       c("$12.5 million", 12.5e6, "USD"), published=P),
    ex("lt-repayment-starts-year-no-claim",
       "Repayment of the principal starts in 2030 and ends in 2045.",
       published=P),
    ex("lt-debt-service-annual",
       "Annual debt service on the railway loans will reach KZT 85 billion by 2027.",
       c("KZT 85 billion", 85e9, "KZT", per="year", kind="projection", period="2027"),
       published=P),
]

NEGATIVES: list[Example] = [
    ex("lt-loan-number-no-claim",
       "Loan No. 4123-UZB was signed on 12 March 2025 in Tashkent.", published=P),
    ex("lt-tranche-number-no-claim",
       "Tranche 2 of the multitranche financing facility was approved on Friday.",
       published=P),
    ex("lt-euribor-tenor-alone-no-claim",
       "The rate resets every six months against 6-month Euribor.", published=P),
    ex("lt-phase-and-year-no-claim",
       "Phase 3 of the program runs until 2028 under the 2023 framework agreement.",
       published=P),
    ex("lt-rating-no-claim",
       "Fitch rated the bonds BBB- with a stable outlook.", published=P),
]

MIXED: list[Example] = [
    ex("lt-loan-amount-and-margin",
       "The €90 million loan from the EBRD carries a margin of 1.75% over Euribor.",
       c("€90 million", 90e6, "EUR", metric="loan", entities=["EBRD"]),
       c("1.75%", 1.75, "%", change=None), published=P),
    ex("lt-total-cost-and-adb-share",
       "The $1.1 billion project will be co-financed by ADB, which provides $500 million.",
       c("$1.1 billion", 1.1e9, "USD", metric="project cost"),
       c("$500 million", 500e6, "USD", metric="loan", kind="projection"), published=P),
    ex("lt-bond-oversubscribed-times",
       "The $1 billion sukuk was oversubscribed 3.5 times.",
       c("$1 billion", 1e9, "USD", metric="loan"), c("3.5 times", 3.5, "x"), published=P),
    ex("lt-loan-portfolio-grew",
       "AIIB's lending to Central Asian transport projects grew 18% in 2024 to $2.3 billion.",
       c("18%", 18, "%", change="increase", period="2024", metric="loan"),
       c("$2.3 billion", 2.3e9, "USD", change=None, metric="loan", period="2024"),
       published=P),
    ex("lt-lira-gloss-in-brackets",
       "Turkish banks lent TRY 9 billion (about $280 million) for the Kars logistics centre.",
       c("TRY 9 billion", 9e9, "TRY", metric="loan"),
       c("$280 million", 280e6, "USD", approx="approx", metric="loan"), published=P),
    ex("lt-maturity-extended-by-years",
       "The lenders agreed to extend the loan's maturity by three years.",
       c("three years", 3, "year", change="increase"), published=P),
]

EXAMPLES: list[Example] = (AMOUNTS + PRICING + FEES + SHARES + DISBURSEMENT + REPAYMENT
                           + NEGATIVES + MIXED)

KNOWN_GAPS: dict[str, str] = {}
