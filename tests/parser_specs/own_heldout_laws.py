"""Held-out sentences on legislation and government decrees on trade and transit in Kazakhstan,
Uzbekistan, Azerbaijan, Georgia and Kyrgyzstan, written after the parser was tuned.

Ratifications of loan, transit, supply and free trade agreements with the amounts and volumes
they set; thresholds and fines counted in Kazakhstan's monthly calculation index ("exceeding
1,000 MCI", "fines of 50 MCI": the unit `MCI`, as a legal unit of money that a reader converts
at the year's rate); duty rates with a floor or a ceiling ("not less than 5%", "no more than
15%"); quotas set by resolution; effective dates and lags ("enters into force 10 days after
publication"), validity and transition periods; amendments raising or cutting limits "from X
to Y" (two levels). Negatives: law, article, paragraph, clause, chapter, resolution and decree
numbers ("Article 12, paragraph 3", "Resolution No. 584", "Law No. 213-VII ZRK"), dates of
adoption, readings and HS codes. Written by hand in our own words, expectations first, then
compared with the parser: a measure of how it generalises beyond the corpus and the tables it
was tuned on.
"""

from __future__ import annotations

from . import EU, Example, c, ex

DUTY = "customs duty"

RATIFICATIONS: list[Example] = [
    ex("lw-kz-ratify-loan-usd",
       "Kazakhstan's Senate ratified a loan agreement with the Asian Development Bank worth "
       "$300 million for upgrading the Dostyk-Moyinty railway.",
       c("$300 million", 300e6, "USD", change=None, entities=["Kazakhstan"]),
       published="2025-04-10"),
    ex("lw-uz-ratify-transit-volume",
       "Uzbekistan's parliament ratified an agreement with Turkmenistan under which up to 3 "
       "million tonnes of cargo a year will transit through the Farap crossing.",
       c("3 million tonnes", 3e6, "t", approx="max", per="year", kind="projection",
         entities=["Uzbekistan", "Turkmenistan"]),
       published="2025-05-20"),
    ex("lw-az-ratify-gas-volume",
       "The Milli Majlis ratified an intergovernmental agreement to supply 1.5 billion cubic "
       "metres of gas a year to Georgia.",
       c("1.5 billion cubic metres", 1.5e9, "m3", per="year", entities=["Georgia"]),
       published="2025-02-12"),
    ex("lw-kg-ratify-grant-eur",
       "Kyrgyzstan's Jogorku Kenesh ratified a grant agreement of 25 million euros with the EU "
       "for modernising border crossing points.",
       c("25 million euros", 25e6, "EUR", change=None, entities=["Kyrgyzstan", EU]),
       published="2025-06-03"),
    ex("lw-ge-ratify-fta-share",
       "Under the free trade agreement ratified by Georgia's parliament, duties on 94% of "
       "Georgian exports to China are abolished.",
       c("94%", 94, "%", change=None, entities=["Georgia", "China"])),
    ex("lw-kz-ratify-container-target",
       "The law ratifying the agreement with China commits both sides to raise container traffic "
       "through Khorgos to 500,000 TEU a year by 2030.",
       c("500,000 TEU", 5e5, "TEU", per="year", kind="projection", period="2030",
         change=None),
       published="2025-03-15"),
    ex("lw-uz-ratify-credit-line-yuan",
       "Deputies approved the ratification of a credit line of 1.1 billion yuan from the "
       "Export-Import Bank of China.",
       c("1.1 billion yuan", 1.1e9, "CNY", change=None)),
    ex("lw-az-ratify-joint-investment",
       "Under the ratified agreement, Azerbaijan and Kazakhstan will jointly invest $50 million "
       "in a fleet of Caspian ferries.",
       c("$50 million", 50e6, "USD", kind="projection", entities=["Azerbaijan", "Kazakhstan"])),
    ex("lw-az-ratify-protocol-tariff-cut",
       "The protocol ratified by the Milli Majlis cuts transit tariffs for Kazakh oil by 15%.",
       c("15%", 15, "%", change="decrease")),
]

MCI: list[Example] = [
    ex("lw-kz-mci-threshold-exceeding",
       "Under the new rules, transactions exceeding 1,000 MCI must be declared to the financial "
       "monitoring agency.",
       c("1,000 MCI", 1000, "MCI", approx="min", change=None)),
    ex("lw-kz-mci-fine",
       "Carriers that fail to submit electronic transit declarations face fines of 50 MCI.",
       c("50 MCI", 50, "MCI", metric="fine", change=None)),
    ex("lw-kz-mci-fine-repeat",
       "For a repeat violation within a year, the fine rises to 200 MCI and the vehicle may be "
       "confiscated.",
       c("200 MCI", 200, "MCI", metric="fine", change=None)),
    ex("lw-kz-mci-words-below",
       "Small importers with annual turnover below 30,000 monthly calculation indices may use "
       "the simplified customs regime.",
       c("30,000 monthly calculation indices", 30000, "MCI", approx="max")),
    ex("lw-kz-mci-in-tenge",
       "In 2025 one MCI equals 3,932 tenge, so a fine of 50 MCI amounts to 196,600 tenge.",
       c("3,932 tenge", 3932, "KZT"),
       c("50 MCI", 50, "MCI"),
       c("196,600 tenge", 196600, "KZT"),
       published="2025-02-01"),
    ex("lw-kz-mci-limit-from-to",
       "Parliament raised the amount of cash that travellers may carry without a declaration "
       "from 1,000 to 3,000 MCI.",
       c("1,000", 1000, "MCI", change=None),
       c("3,000 MCI", 3000, "MCI", change=None)),
    ex("lw-kz-mci-two-fines",
       "Legal entities will be fined 300 MCI and individuals 20 MCI for breaching the rules of "
       "origin.",
       c("300 MCI", 300, "MCI", metric="fine"),
       c("20 MCI", 20, "MCI", metric="fine")),
    ex("lw-kz-mci-up-to",
       "Fines of up to 100 MCI apply to warehouse operators that miss the reporting deadline.",
       c("100 MCI", 100, "MCI", approx="max", metric="fine")),
    ex("lw-kz-mci-fine-from-date",
       "The law, which enters into force on 1 January 2026, sets a fine of 500 MCI for carrying "
       "goods in transit without a navigation seal.",
       c("500 MCI", 500, "MCI", metric="fine", kind="projection"),
       published="2025-11-20"),
]

DUTIES: list[Example] = [
    ex("lw-uz-duty-not-less-than",
       "The resolution sets the export duty on copper scrap at not less than 5% of the customs "
       "value.",
       c("5%", 5, "%", approx="min", metric=DUTY, change=None)),
    ex("lw-kz-duty-no-more-than",
       "Import duties on agricultural machinery under the decree must be no more than 15%.",
       c("15%", 15, "%", approx="max", metric=DUTY, change=None)),
    ex("lw-az-duty-cut-to-zero",
       "Azerbaijan's Cabinet of Ministers cut the import duty on grain harvesters to 0% until "
       "the end of 2026.",
       c("0%", 0, "%", metric=DUTY, change=None, entities=["Azerbaijan"]),
       published="2025-07-01"),
    ex("lw-kg-duty-range-two-years",
       "Kyrgyzstan will apply duties of between 10% and 20% to imported cement for two years.",
       c("10% and 20%", 10, "%", value_high=20, metric=DUTY, kind="projection"),
       c("two years", 2, "year", metric="duration")),
    ex("lw-ge-excise-per-tonne",
       "Amendments to Georgia's Tax Code set an excise of GEL 400 per tonne on imported diesel.",
       c("GEL 400", 400, "GEL", per="t", change=None, entities=["Georgia"])),
    ex("lw-uz-specific-duty-with-floor",
       "Uzbekistan's new tariff schedule charges $0.8 per kilogram on imported poultry, but not "
       "less than 10% of the customs value.",
       c("$0.8", 0.8, "USD", per="kg", metric=DUTY),
       c("10%", 10, "%", approx="min")),
    ex("lw-uz-localisation-at-least",
       "The resolution requires that at least 30% of the components of locally assembled trucks "
       "be made in Uzbekistan.",
       c("30%", 30, "%", approx="min", change=None)),
    ex("lw-kz-decree-subsidy",
       "The government decree allocates 12 billion tenge to subsidise container shipments via "
       "the Trans-Caspian route in 2026.",
       c("12 billion tenge", 12e9, "KZT", period="2026", kind="projection"),
       published="2025-10-01"),
]

QUOTAS: list[Example] = [
    ex("lw-kz-quota-sugar",
       "By a government resolution, Kazakhstan set a quota of 300,000 tonnes for duty-free "
       "imports of raw sugar in 2026.",
       c("300,000 tonnes", 3e5, "t", period="2026", kind="projection", metric="imports",
         entities=["Kazakhstan"]),
       published="2025-12-10"),
    ex("lw-uz-quota-yarn-half",
       "The Cabinet of Ministers allocated an export quota of 150,000 tonnes of cotton yarn for "
       "the first half of 2026.",
       c("150,000 tonnes", 15e4, "t", period="2026-01/2026-06", kind="projection"),
       published="2025-12-01"),
    ex("lw-kg-quota-fuel-this-year",
       "Kyrgyzstan approved a quota for duty-free imports of 1.2 million tonnes of petroleum "
       "products from Russia this year.",
       c("1.2 million tonnes", 1.2e6, "t", period="2025", entities=["Kyrgyzstan", "Russia"]),
       published="2025-03-01"),
    ex("lw-az-uz-truck-permits",
       "Under the road transport agreement, Azerbaijan and Uzbekistan exchange 5,000 permits a "
       "year for freight trucks.",
       c("5,000 permits", 5000, "count", item="permit", per="year")),
    ex("lw-kz-permit-quota-from-to",
       "The quota of permits for foreign trucks was increased from 2,000 to 3,500 a year.",
       c("2,000", 2000, "count", change=None),
       c("3,500", 3500, "count", change=None)),
    ex("lw-kz-quota-livestock-cut",
       "The government cut the export quota for livestock by 30% compared with last year.",
       c("30%", 30, "%", change="decrease")),
]

TERMS: list[Example] = [
    ex("lw-kz-enters-days-after",
       "The law enters into force 10 days after its first official publication.",
       c("10 days", 10, "day", change=None)),
    ex("lw-uz-takes-effect-month",
       "The resolution takes effect one month after its publication.",
       c("one month", 1, "month", change=None)),
    ex("lw-az-valid-five-years",
       "The agreement is valid for five years and is extended automatically for further "
       "five-year periods.",
       c("five years", 5, "year", metric="duration", change=None)),
    ex("lw-kg-zero-duty-three-years",
       "The zero duty applies for three years from the day the decree enters into force.",
       c("three years", 3, "year", metric="duration")),
    ex("lw-ge-transition-days",
       "Importers get a transition period of 180 days to adapt to the new labelling rules.",
       c("180 days", 180, "day")),
    ex("lw-kz-moratorium-extended-months",
       "The moratorium on exports of petrol and diesel was extended for another six months.",
       c("six months", 6, "month", metric="duration")),
    ex("lw-uz-transit-within-days",
       "Under the amended Customs Code, goods in transit must leave the country within 10 "
       "days.",
       c("10 days", 10, "day", approx=None)),
]

AMENDMENTS: list[Example] = [
    ex("lw-kz-truck-weight-from-to",
       "Lawmakers raised the maximum weight of trucks on national roads from 40 to 44 tonnes.",
       c("40", 40, "t", change=None),
       c("44 tonnes", 44, "t", change=None)),
    ex("lw-uz-parcel-limit-from-to",
       "The decree lowers the duty-free limit for online purchases from $1,000 to $200 per "
       "parcel.",
       c("$1,000", 1000, "USD", change=None),
       c("$200", 200, "USD", per="parcel", change=None)),
    ex("lw-ge-axle-load-from-to",
       "Georgia's parliament raised the permitted axle load from 10 to 11.5 tonnes.",
       c("10", 10, "t", change=None),
       c("11.5 tonnes", 11.5, "t", change=None)),
    ex("lw-az-fee-by-to",
       "The new resolution increases the clearance fee for transit trucks by 20 manats to 120 "
       "manats.",
       c("20 manats", 20, "AZN", change="increase"),
       c("120 manats", 120, "AZN", change=None)),
    ex("lw-kg-penalty-doubles",
       "The amendment doubles the penalty for late payment of customs duties.",
       c("doubles", 2, "x", change="increase")),
]

NEGATIVES: list[Example] = [
    ex("lw-neg-article-paragraph",
       "Article 12, paragraph 3 of the law was amended accordingly."),
    ex("lw-neg-resolution-no",
       "Resolution No. 584 of the Cabinet of Ministers was published on the legal portal."),
    ex("lw-neg-law-zrk",
       "Law No. 213-VII ZRK was signed by the President on 30 December 2024."),
    ex("lw-neg-hs-codes",
       "The ban covers goods under HS codes 1001 and 1101 and heading 0207."),
    ex("lw-neg-chapter-clause",
       "Chapter 7 of the Tax Code and clause 4 of Article 26 govern the refund procedure."),
    ex("lw-neg-decree-code-date",
       "Presidential Decree UP-158 of 11 September 2023 approved the strategy."),
    ex("lw-neg-subparagraph",
       "Subparagraph 2 of paragraph 1 of Article 447 of the Code of Administrative Offences "
       "was cited."),
    ex("lw-neg-resolution-third-reading",
       "Georgia's parliament adopted Resolution No. 1245-IIs on the ratification in the third "
       "reading."),
    ex("lw-neg-adoption-date",
       "The Mazhilis adopted the bill on 15 May 2025 and sent it to the Senate."),
    ex("lw-neg-kg-law-annex",
       "Kyrgyz Law No. 87 of 5 June 2024 amended Annex 2 to the Customs Code."),
    ex("lw-neg-items-order",
       "Items 14 to 17 of the list were deleted by Order No. 77-p."),
]

EXAMPLES: list[Example] = RATIFICATIONS + MCI + DUTIES + QUOTAS + TERMS + AMENDMENTS + NEGATIVES

KNOWN_GAPS: dict[str, str] = {
    "lw-kz-mci-fine-from-date": "the start is in a which-clause ('The law, which enters into force "
                                "on 1 January 2026, sets ...'), whose time the parser keeps to "
                                "its noun, so the fine stays actual; the same start in the main "
                                "clause is read (2026-01-01/.., a projection)",
}
