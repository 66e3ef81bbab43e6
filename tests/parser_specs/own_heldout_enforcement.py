"""Held-out sentences on customs and trade enforcement, written after the parser was tuned.

Central Asia and the Caucasus: seizures of smuggled goods (tonnes, units, value), fines and
penalties in national currencies (tenge, soums, manats, lari, drams, soms), undervalued and
under-declared imports, counts of criminal cases and inspections, anti-dumping and safeguard
duties with their rates and terms, export bans with their durations and quotas,
sanctions-evasion probes (re-exports of dual-use goods, their values and growth) and court
rulings ordering payments. Negatives: article numbers of criminal and customs codes, case
numbers, decree numbers, dates, small counts of suspects and ordinal offences. Written by hand
in our own words, expectations first, then compared with the parser: a measure of how it
generalises beyond the corpus and the tables it was tuned on.
"""

from __future__ import annotations

from . import Example, c, ex

EAEU = "Eurasian Economic Union"

SEIZURES: list[Example] = [
    ex("enf-seize-cigarettes-tonnes",
       "Kazakh customs officers seized 12.4 tonnes of smuggled cigarettes in October.",
       c("12.4 tonnes", 12.4, "t", kind="actual", period="2025-10", change=None,
         entities=["Kazakhstan"]),
       published="2025-11-05"),
    ex("enf-seize-value-tenge-about",
       "The confiscated goods were valued at about 380 million tenge.",
       c("380 million tenge", 380e6, "KZT", approx="approx", kind="actual", change=None)),
    ex("enf-seize-phones-units",
       "Uzbek border guards detained a truck carrying 2,400 mobile phones hidden under a load "
       "of onions.",
       c("2,400 mobile phones", 2400, "count", item="mobile phone", entities=["Uzbekistan"])),
    ex("enf-seize-fuel-litres-kyrgyz",
       "Kyrgyz financial police stopped an attempt to smuggle more than 60 tonnes of diesel "
       "into Tajikistan.",
       c("60 tonnes", 60, "t", approx="min", entities=["Kyrgyzstan", "Tajikistan"])),
    ex("enf-seize-annual-total-rose",
       "In 2024 Georgian customs seized contraband worth 14.2 million lari, 38% more than a "
       "year earlier.",
       c("14.2 million lari", 14.2e6, "GEL", period="2024", change=None,
         entities=["Georgia"]),
       c("38%", 38, "%", change="increase", period="2024")),
    ex("enf-seize-drams",
       "Armenia's State Revenue Committee confiscated undeclared jewellery worth AMD 95 million "
       "at Zvartnots airport.",
       c("AMD 95 million", 95e6, "AMD", entities=["Armenia"])),
    ex("enf-seize-range-tonnes",
       "Officials estimate that 3,000-4,000 tonnes of sugar are smuggled out of the country "
       "every month.",
       c("3,000-4,000 tonnes", 3000, "t", value_high=4000, per="month")),
    ex("enf-seize-half-year-manat",
       "In the first half of 2025 Azerbaijan's customs service seized smuggled goods worth "
       "5.7 million manats.",
       c("5.7 million manats", 5.7e6, "AZN", period="2025-01/2025-06",
         entities=["Azerbaijan"]),
       published="2025-07-20"),
]

FINES: list[Example] = [
    ex("enf-fine-soums-court",
       "A Tashkent court fined the importer 1.2 billion soums for under-declaring the customs "
       "value of household appliances.",
       c("1.2 billion soums", 1.2e9, "UZS", metric="fine", kind="actual", change=None)),
    ex("enf-fine-tenge-total-year",
       "Fines imposed by the customs authorities totalled KZT 7.8 billion last year, the "
       "finance ministry said.",
       c("KZT 7.8 billion", 7.8e9, "KZT", metric="fine", period="2024", kind="actual"),
       published="2025-03-02"),
    ex("enf-fine-up-to-som",
       "Traders who fail to register goods face penalties of up to 100,000 soms.",
       c("100,000 soms", 100e3, "KGS", approx="max", metric="fine")),
    ex("enf-fine-rise-percent",
       "Penalties collected for customs violations rose 21% to 3.4 billion drams.",
       c("21%", 21, "%", change="increase", metric="fine"),
       c("3.4 billion drams", 3.4e9, "AMD", change=None, metric="fine")),
    ex("enf-fine-lari-per-violation",
       "Georgia will raise the fine for undeclared cash to GEL 5,000 per violation from "
       "January.",
       c("GEL 5,000", 5000, "GEL", per="violation", kind="projection", metric="fine",
         entities=["Georgia"]),
       published="2025-11-10"),
    ex("enf-fine-double-duty",
       "Under the new rules the penalty equals twice the amount of unpaid duty.",
       c("twice", 2, "x")),
    ex("enf-fine-somoni",
       "Tajik customs fined a logistics firm 240,000 somoni for false transit declarations.",
       c("240,000 somoni", 240e3, "TJS", metric="fine", entities=["Tajikistan"])),
]

UNDERVALUATION: list[Example] = [
    ex("enf-underval-price-per-kg",
       "Textiles were declared at $0.80 per kg, while the market price was $4.50 per kg.",
       c("$0.80", 0.8, "USD", per="kg"),
       c("$4.50", 4.5, "USD", per="kg")),
    ex("enf-underval-unpaid-duties",
       "The scheme allowed the importers to evade customs payments of about 42 billion soums.",
       c("42 billion soums", 42e9, "UZS", approx="approx")),
    ex("enf-underval-additional-charges",
       "After post-clearance audits, customs charged an additional KZT 18.6 billion in duties "
       "and taxes in the first nine months of 2025.",
       c("KZT 18.6 billion", 18.6e9, "KZT", metric="customs duty",
         period="2025-01/2025-09", kind="actual"),
       published="2025-10-15"),
    ex("enf-underval-share-of-imports",
       "Auditors believe up to 30% of consumer electronics imports are under-invoiced.",
       c("30%", 30, "%", approx="max", metric="imports", change=None)),
]

CASES: list[Example] = [
    ex("enf-cases-criminal-count",
       "Investigators opened 148 criminal cases on smuggling in 2024, up from 121 a year "
       "earlier.",
       c("148 criminal cases", 148, "count", item="criminal case", period="2024",
         kind="actual"),
       c("121", 121, "count", period="2023")),
    ex("enf-cases-inspections",
       "The agency carried out 2,650 inspections of importers in the first quarter.",
       c("2,650 inspections", 2650, "count", item="inspection", period="2025-01/2025-03"),
       published="2025-04-20"),
    ex("enf-cases-violations-detected",
       "Customs detected more than 9,000 violations during the year.",
       c("9,000 violations", 9000, "count", approx="min", item="violation")),
    ex("enf-cases-two-suspects",
       "Two suspects were detained and a criminal case was opened under Article 234 of the "
       "Criminal Code.",
       ),
    ex("enf-cases-article-customs-code",
       "The company was charged under Article 551 of the Code of Administrative Offences.",
       ),
    ex("enf-cases-case-number",
       "Case No. 2-1456/2025 was heard by the Almaty city court on 14 March 2025.",
       ),
    ex("enf-cases-ordinal-offence",
       "It was the firm's third customs offence within a year, prosecutors said.",
       ),
    ex("enf-cases-decree-ban",
       "The ban was introduced by Government Decree No. 512 of 3 August 2024.",
       ),
]

DUTIES: list[Example] = [
    ex("enf-ad-range-five-years",
       "The EAEU imposed anti-dumping duties of 19.6% to 25.3% on Chinese cold-rolled steel "
       "for five years.",
       c("19.6% to 25.3%", 19.6, "%", value_high=25.3, metric="customs duty", change=None,
         entities=[EAEU, "China"]),
       c("five years", 5, "year")),
    ex("enf-ad-single-rate",
       "An anti-dumping duty of 17.04% on Ukrainian steel pipes was extended until 2028.",
       c("17.04%", 17.04, "%", metric="customs duty", change=None)),
    ex("enf-safeguard-quota",
       "The safeguard measure caps duty-free imports at 120,000 tonnes a year, with a 25% duty "
       "above the quota.",
       c("120,000 tonnes", 120e3, "t", per="year", approx="max"),
       c("25%", 25, "%", metric="customs duty")),
    ex("enf-ad-usd-per-tonne",
       "Uzbekistan set an anti-dumping duty of $95 per tonne on imported cement.",
       c("$95", 95, "USD", per="t", metric="customs duty", entities=["Uzbekistan"])),
    ex("enf-safeguard-lowered-pp",
       "The safeguard duty will fall by 2 percentage points each year until it expires.",
       c("2 percentage points", 2, "pp", change="decrease", kind="projection",
         per="year", metric="customs duty")),
]

BANS: list[Example] = [
    ex("enf-ban-six-months",
       "Kazakhstan extended its ban on exports of sugar for another six months.",
       c("six months", 6, "month", entities=["Kazakhstan"])),
    ex("enf-ban-quota-tonnes",
       "Exporters may ship no more than 150,000 tonnes of sunflower seeds under the quota "
       "until the end of the year.",
       c("150,000 tonnes", 150e3, "t", approx="max")),
    ex("enf-ban-quota-cattle",
       "The government allowed exports of 30,000 head of cattle despite the six-month ban.",
       c("30,000 head of cattle", 30e3, "count", item="cattle")),
    ex("enf-ban-diesel-trucks-litres",
       "Trucks leaving the country may carry no more than 600 litres of diesel in their "
       "tanks.",
       c("600 litres", 600, "l", approx="max")),
    ex("enf-ban-eggs-decree-date",
       "Under Resolution No. 88, the export ban on eggs runs until 1 March 2026.",
       ),
]

SANCTIONS: list[Example] = [
    ex("enf-sanc-dual-use-fold",
       "Armenia's re-exports of dual-use goods to Russia grew 2.7-fold to $480 million in 2024.",
       c("2.7-fold", 2.7, "x", change="increase", period="2024",
         entities=["Armenia", "Russia"]),
       c("$480 million", 480e6, "USD", change=None, period="2024")),
    ex("enf-sanc-kyrgyz-probe-value",
       "A probe into Kyrgyz firms found shipments of microchips worth an estimated $26 million "
       "to Russia.",
       c("$26 million", 26e6, "USD", approx="approx",
         entities=["Kyrgyzstan", "Russia"])),
    ex("enf-sanc-share-high-priority",
       "High-priority items made up 44% of Kazakhstan's exports to Russia in the second "
       "quarter.",
       c("44%", 44, "%", metric="exports", entities=["Kazakhstan", "Russia"])),
    ex("enf-sanc-firms-listed",
       "The EU added 11 companies registered in Central Asia to its sanctions list.",
       c("11 companies", 11, "count", item="company")),
    ex("enf-sanc-fell-percent-after-warning",
       "Georgia's car re-exports to Russia fell by 58% after the warning.",
       c("58%", 58, "%", change="decrease", entities=["Georgia", "Russia"])),
]

COURTS: list[Example] = [
    ex("enf-court-lari",
       "The Supreme Court ordered the carrier to pay 3.6 million lari in unpaid customs duties.",
       c("3.6 million lari", 3.6e6, "GEL", metric="customs duty", kind="actual")),
    ex("enf-court-tenge-damages",
       "The court ordered the former customs officer to pay KZT 250 million in damages to the "
       "state.",
       c("KZT 250 million", 250e6, "KZT", metric="loss")),
    ex("enf-court-prison-years",
       "The ringleader was sentenced to eight years in prison and his assets were confiscated.",
       c("eight years", 8, "year")),
    ex("enf-court-appeal-upheld-fine",
       "On appeal, the regional court cut the fine to 45 million soums from 120 million soums.",
       c("45 million soums", 45e6, "UZS", metric="fine", change=None),
       c("120 million soums", 120e6, "UZS", metric="fine", change=None)),
    ex("enf-court-budget-recovered",
       "Prosecutors said 1.9 trillion soums had been returned to the budget since the start of "
       "the campaign.",
       c("1.9 trillion soums", 1.9e12, "UZS", kind="actual")),
]

MISC: list[Example] = [
    ex("enf-misc-scanners-projection",
       "The customs service plans to install 40 X-ray scanners at border posts by 2027.",
       c("40 X-ray scanners", 40, "count", item="scanner", kind="projection", period="2027")),
    ex("enf-misc-revenue-share",
       "Customs collections reached 6.1 trillion tenge, or 28% of budget revenue.",
       c("6.1 trillion tenge", 6.1e12, "KZT", metric="revenue"),
       c("28%", 28, "%")),
    ex("enf-misc-clearance-hours",
       "Risk-based checks cut average clearance time at the border to 2.5 hours from 6 hours.",
       c("2.5 hours", 2.5, "hour", metric="clearance time", change=None),
       c("6 hours", 6, "hour", metric="clearance time", change=None)),
    ex("enf-misc-red-channel-share",
       "Only 7% of declarations were sent to the red channel, down from 19%.",
       c("7%", 7, "%", change=None), c("19%", 19, "%", change=None)),
    ex("enf-misc-tax-evasion-sum",
       "Tax officers uncovered a VAT refund scheme that cost the state almost 9 billion "
       "manats over three years.",
       c("9 billion manats", 9e9, "AZN", approx="approx")),
    ex("enf-misc-gold-kg",
       "Customs officers at Tashkent airport found 14 kg of gold bars in a passenger's luggage.",
       c("14 kg", 14, "kg")),
    ex("enf-misc-counterfeit-pieces",
       "More than 1.1 million counterfeit items were destroyed in 2025, the agency said.",
       c("1.1 million counterfeit items", 1.1e6, "count", item="item", approx="min",
         period="2025"),
       published="2026-01-20"),
    ex("enf-misc-phone-hotline",
       "Citizens can report smuggling on the hotline 1414 or at +998 71 202 32 00.",
       ),
]

MORE: list[Example] = [
    ex("enf-more-cases-fell-to-from",
       "The number of smuggling cases fell to 312 in 2024 from 405 in 2023.",
       c("312", 312, "count", item="smuggling case", period="2024", change=None),
       c("405", 405, "count", item="smuggling case", period="2023", change=None),
       published="2025-02-10"),
    ex("enf-more-inspections-rose-to",
       "Customs inspections rose to 4,100 in 2024.",
       c("4,100", 4100, "count", item="inspection", period="2024", change=None),
       published="2025-02-10"),
    ex("enf-more-reexport-range-third-less",
       "The dual-use goods re-exported via Kazakhstan were worth $1.1-1.3 billion last year, a "
       "third less than in 2023.",
       c("$1.1-1.3 billion", 1.1e9, "USD", value_high=1.3e9, metric="exports", period="2024",
         change=None, entities=["Kazakhstan"]),
       c("a third", 100 / 3, "%", change="decrease", period="2024"),
       published="2025-03-01"),
    ex("enf-more-ad-per-cent-term",
       "The anti-dumping duty of 10.17 per cent will apply for another three years.",
       c("10.17 per cent", 10.17, "%", metric="customs duty", kind="projection", change=None),
       c("three years", 3, "year", kind="projection")),
    ex("enf-more-kgs-compact",
       "Smuggled fuel worth KGS 1.5m was seized in Osh this week.",
       c("KGS 1.5m", 1.5e6, "KGS", kind="actual", approx=None)),
    ex("enf-more-recovered-times",
       "Customs recovered 2.3 trillion soums in unpaid payments, up 1.6 times year on year.",
       c("2.3 trillion soums", 2.3e12, "UZS", change=None),
       c("1.6 times", 1.6, "x", change="increase")),
    ex("enf-more-twice-as-many",
       "Inspectors registered twice as many smuggling cases as in 2023.",
       c("twice", 2, "x", change="increase")),
    ex("enf-more-ban-years-future",
       "Uzbekistan banned imports of used tyres for two years starting in 2026.",
       c("two years", 2, "year", entities=["Uzbekistan"], period="2026"),
       published="2025-06-01"),
    ex("enf-more-litres-alcohol",
       "Officers confiscated 1,750 litres of alcohol and 3,200 packs of cigarettes.",
       c("1,750 litres", 1750, "l", kind="actual"),
       c("3,200 packs", 3200, "count", item="pack")),
    ex("enf-more-fine-of-manat",
       "A customs broker in Baku was ordered to pay a fine of AZN 64,000.",
       c("AZN 64,000", 64000, "AZN", metric="fine")),
]

EXAMPLES: list[Example] = (SEIZURES + FINES + UNDERVALUATION + CASES + DUTIES + BANS + SANCTIONS
                           + COURTS + MISC + MORE)

KNOWN_GAPS: dict[str, str] = {}
