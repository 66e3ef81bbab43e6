"""Held-out sentences on legal disputes, arbitration and enforcement along the corridors,
written after the parser.

Kashagan and Karachaganak consortia against Kazakhstan, pipeline operators, port concessions
and rail operators in Central Asia and the Caucasus: amounts claimed, awards and settlements,
interest on awards, environmental fines, tax claims, shares of damages, time limits in days to
appeal or pay, cost recovery disputes and counts of cases; with negatives that must not be
claims (case numbers, court names with numbers, treaty article numbers, rule numbers, hearing
dates). Written by hand in our own words, expectations first, then compared with the parser:
a measure of how it generalises beyond the corpus and the tables it was tuned on.
"""

from __future__ import annotations

from . import Example, c, ex

CLAIMS: list[Example] = [
    ex("arb-claim-up-to-160bn",
       "Kazakhstan has filed claims of up to $160 billion against the Kashagan consortium "
       "over lost revenue and environmental damage.",
       c("$160 billion", 160e9, "USD", approx="max", change=None, entities=["Kazakhstan"],
         metric="legal claim"),
       published="2025-02-10"),
    ex("arb-claim-karachaganak-cost-recovery",
       "The government is seeking about $3.5 billion from the Karachaganak partners in a "
       "dispute over cost recovery.",
       c("$3.5 billion", 3.5e9, "USD", approx="approx", change=None),
       published="2025-02-10"),
    ex("arb-claim-disallowed-costs",
       "Auditors disallowed $13 billion of costs the operator had claimed as recoverable.",
       c("$13 billion", 13e9, "USD", change=None, kind="actual"),
       published="2025-02-10"),
    ex("arb-claim-investor-seeks",
       "The Turkish contractor is seeking $420 million in compensation for the cancelled port "
       "concession.",
       c("$420 million", 420e6, "USD", change=None, metric="legal claim"), published="2025-04-01"),
    ex("arb-claim-raised",
       "The claimants raised their demand to $2.1 billion from $1.4 billion after new expert "
       "reports.",
       c("$2.1 billion", 2.1e9, "USD", change=None),
       c("$1.4 billion", 1.4e9, "USD", change=None), published="2025-04-01"),
    ex("arb-claim-more-than-euros",
       "The rail operator claims more than EUR 250 million for wagons held at the border.",
       c("EUR 250 million", 250e6, "EUR", approx="min", change=None),
       published="2025-04-01"),
    ex("arb-claim-tenge-tax",
       "The tax authority has assessed 87 billion tenge in additional corporate income tax "
       "against the pipeline operator.",
       c("87 billion tenge", 87e9, "KZT", change=None, kind="actual"),
       published="2025-06-12"),
    ex("arb-claim-counterclaim",
       "The state filed a counterclaim worth $1.1 billion, alleging breaches of the "
       "production sharing agreement.",
       c("$1.1 billion", 1.1e9, "USD", change=None, metric="legal claim"), published="2025-06-12"),
    ex("arb-claim-share-of-total",
       "Environmental damage accounts for roughly 40% of the total claim.",
       c("40%", 40, "%", approx="approx", change=None), published="2025-06-12"),
    ex("arb-claim-range",
       "Lawyers estimate the state's exposure at $5 billion to $7 billion.",
       c("$5 billion to $7 billion", 5e9, "USD", value_high=7e9, change=None),
       published="2025-06-12"),
]

AWARDS: list[Example] = [
    ex("arb-award-plus-interest",
       "The tribunal ordered the republic to pay $1.3 billion plus interest to the pipeline "
       "investors.",
       c("$1.3 billion", 1.3e9, "USD", change=None, kind="actual"),
       published="2025-03-15"),
    ex("arb-award-interest-rate",
       "Interest accrues at 4.5% a year, compounded semi-annually, until the award is paid.",
       c("4.5%", 4.5, "%", per="year", change=None), published="2025-03-15"),
    ex("arb-award-libor-plus",
       "The arbitrators set interest at six-month SOFR plus 2 percentage points.",
       c("2 percentage points", 2, "pp", change=None), published="2025-03-15"),
    ex("arb-award-share-of-claim",
       "The award amounts to about 12% of what the company had claimed.",
       c("12%", 12, "%", approx="approx", change=None), published="2025-03-15"),
    ex("arb-award-costs",
       "The tribunal also ordered the state to cover $18.7 million of the investor's legal "
       "costs.",
       c("$18.7 million", 18.7e6, "USD", change=None), published="2025-03-15"),
    ex("arb-award-total-with-interest",
       "With interest, the amount owed now exceeds $2 billion.",
       c("$2 billion", 2e9, "USD", approx="min", change=None), published="2025-03-15"),
    ex("arb-award-annulment-upheld",
       "An ad hoc committee rejected the annulment application, leaving the award of "
       "$497 million intact.",
       c("$497 million", 497e6, "USD", change=None, metric="legal claim"), published="2025-09-01"),
    ex("arb-award-reduced",
       "The Svea Court of Appeal cut the award by 30% to $350 million.",
       c("30%", 30, "%", change="decrease"),
       c("$350 million", 350e6, "USD", change=None), published="2025-09-01"),
    ex("arb-award-half-damages",
       "The arbitrators granted half of the damages sought, finding the investor partly at "
       "fault.",
       c("half", 50, "%"), published="2025-09-01"),
    ex("arb-award-manat",
       "A Baku court ordered the port operator to pay 12.6 million manats to the shipping "
       "line.",
       # a capital names no country here (house convention: "Baku" alone is no entity)
       c("12.6 million manats", 12.6e6, "AZN", change=None, kind="actual"),
       published="2025-09-01"),
]

SETTLEMENTS: list[Example] = [
    ex("arb-settle-kashagan",
       "Under the settlement, the Kashagan partners will pay $1.5 billion and invest a further "
       "$3 billion in gas processing.",
       c("$1.5 billion", 1.5e9, "USD", kind="projection", change=None),
       c("$3 billion", 3e9, "USD", kind="projection", metric="investment"),
       published="2025-10-02"),
    ex("arb-settle-instalments",
       "The payment will be made in five equal instalments over five years.",
       # "over five years" is the span of the instalments, no figure of its own (house
       # convention, as own_heldout_enforcement reads "9 billion manats over three years")
       c("five equal instalments", 5, "count", item="instalment"), published="2025-10-02"),
    ex("arb-settle-share-raise",
       "The deal raises the national oil company's stake in the project to 25% from 10%.",
       c("25%", 25, "%", change=None), c("10%", 10, "%", change=None),
       published="2025-10-02"),
    ex("arb-settle-fraction",
       "Analysts said the settlement was worth less than a tenth of the original claim.",
       c("a tenth", 10, "%", approx="max"), published="2025-10-02"),
    ex("arb-settle-georgian-rail",
       "Georgian Railway agreed to pay 48 million lari to end the dispute with the wagon "
       "lessor.",
       c("48 million lari", 48e6, "GEL", change=None, entities=["Georgian Railway"],
         metric="legal claim"),
       published="2025-10-02"),
    ex("arb-settle-tenge-cost-recovery",
       "The partners agreed to write off 310 billion tenge of disputed recoverable costs.",
       c("310 billion tenge", 310e9, "KZT", change=None), published="2025-10-02"),
]

FINES: list[Example] = [
    ex("arb-fine-sulphur",
       "Regulators fined the Kashagan operator 1.6 trillion tenge in 2023 for storing sulphur "
       "above permitted limits.",
       c("1.6 trillion tenge", 1.6e12, "KZT", metric="fine", period="2023", kind="actual",
         change=None),
       published="2025-01-20"),
    ex("arb-fine-flaring",
       "The consortium faces an environmental fine of about $5 billion for excess gas "
       "flaring.",
       c("$5 billion", 5e9, "USD", metric="fine", approx="approx", change=None),
       published="2025-01-20"),
    ex("arb-fine-reduced-court",
       "On appeal, the fine was reduced to 800 billion tenge.",
       c("800 billion tenge", 800e9, "KZT", metric="fine", change=None),
       published="2025-01-20"),
    ex("arb-fine-oil-spill-tonnes",
       "The operator was fined $2.3 million after 14 tonnes of oil leaked at the terminal.",
       c("$2.3 million", 2.3e6, "USD", metric="fine", change=None),
       c("14 tonnes", 14, "t"), published="2025-01-20"),
    ex("arb-fine-daily",
       "The port operator will pay a penalty of 50,000 manats per day until the breakwater is "
       "repaired.",
       c("50,000 manats", 50e3, "AZN", per="day", metric="fine"), published="2025-01-20"),
    ex("arb-fine-times",
       "Environmental fines rose threefold over the year.",
       c("threefold", 3, "x", change="increase", metric="fine"), published="2025-01-20"),
]

TIMES: list[Example] = [
    ex("arb-time-appeal-days",
       "The parties have 30 days to appeal the ruling.",
       c("30 days", 30, "day", metric="duration"), published="2025-05-05"),
    ex("arb-time-annulment-days",
       "An application for annulment must be filed within 120 days of the award.",
       c("120 days", 120, "day", approx=None, metric="duration"), published="2025-05-05"),
    ex("arb-time-years-dispute",
       "The dispute over cost recovery has dragged on for more than eight years.",
       c("eight years", 8, "year", approx="min"), published="2025-05-05"),
    ex("arb-time-hearing-weeks",
       "The hearing on the merits lasted three weeks.",
       c("three weeks", 3, "week"), published="2025-05-05"),
    ex("arb-time-months-ruling",
       "A ruling is expected within six months.",
       c("six months", 6, "month", kind="projection"), published="2025-05-05"),
]

COUNTS: list[Example] = [
    ex("arb-count-cases-pending",
       "Kazakhstan is currently a respondent in 11 investment arbitration cases.",
       c("11 investment arbitration cases", 11, "count", item="arbitration case"),
       published="2025-07-01"),
    ex("arb-count-cases-filed-year",
       "Investors filed 58 treaty-based cases worldwide in 2024, a third of them in energy.",
       c("58 treaty-based cases", 58, "count", item="treaty case", period="2024"),
       c("a third", 100 / 3, "%"), published="2025-07-01"),
    ex("arb-count-arbitrators",
       "A panel of three arbitrators will hear the case.",
       c("three arbitrators", 3, "count", item="arbitrator"), published="2025-07-01"),
    ex("arb-count-claimants",
       "The claim is backed by 1,200 shareholders of the former pipeline company.",
       c("1,200 shareholders", 1200, "count", item="shareholder"), published="2025-07-01"),
    ex("arb-count-assets-frozen-value",
       "A Belgian court froze assets worth $22 billion held by the national fund.",
       c("$22 billion", 22e9, "USD", change=None), published="2025-07-01"),
    ex("arb-count-share-of-cases-won",
       "States won 37% of the cases decided last year.",
       c("37%", 37, "%", change=None), published="2025-07-01"),
]

NEGATIVES: list[Example] = [
    ex("arb-neg-icsid-case-number",
       "The case, ICSID Case No. ARB/17/12, was registered against Turkmenistan.",
       published="2025-08-01"),
    ex("arb-neg-ect-article",
       "The investor relied on Article 26 of the Energy Charter Treaty.",
       published="2025-08-01"),
    ex("arb-neg-rule-41-5",
       "The respondent filed a preliminary objection under Rule 41(5) of the ICSID Rules.",
       published="2025-08-01"),
    ex("arb-neg-hearing-date",
       "Hearings are scheduled for 14-18 September 2026 in Paris.",
       published="2025-08-01"),
    ex("arb-neg-court-number",
       "The claim was heard by the Specialised Inter-District Economic Court No. 2 of Astana.",
       published="2025-08-01"),
    ex("arb-neg-scc-case",
       "In SCC Arbitration V 2014/163 the tribunal declined jurisdiction.",
       published="2025-08-01"),
    ex("arb-neg-uncitral-1976",
       "The proceedings are conducted under the 1976 UNCITRAL Arbitration Rules.",
       published="2025-08-01"),
    ex("arb-neg-bit-year",
       "The claim is brought under the 1992 bilateral investment treaty between the two "
       "countries.",
       published="2025-08-01"),
    ex("arb-neg-paragraph",
       "In paragraph 412 of the award, the tribunal rejected the state's defence.",
       published="2025-08-01"),
    ex("arb-neg-second-claim",
       "It is the second claim brought by the consortium in a decade.",
       published="2025-08-01"),
    ex("arb-neg-section-code",
       "Section 9 of the Arbitration Act 1996 allows a stay of court proceedings.",
       published="2025-08-01"),
]

EXAMPLES: list[Example] = [*CLAIMS, *AWARDS, *SETTLEMENTS, *FINES, *TIMES, *COUNTS,
                           *NEGATIVES]

KNOWN_GAPS: dict[str, str] = {}
