"""Held-out sentences on cargo and marine insurance along the corridors and the Black Sea and
Red Sea detours, written after the parser.

War-risk premiums as a share of hull value, additional premiums per voyage in dollars, cargo
insurance rates per consignment, claims paid and loss ratios, insured values of shipments,
P&I cover limits ("up to $1 billion"), premium rises in basis points or multiples,
deductibles, and insurance pools set up by governments with their capital; with negatives
that must not be claims (policy numbers, clause numbers such as "Institute Cargo Clauses (A)"
or "clause 6.2", listed-area circular numbers such as "JWLA-033", dates, ratings such as
"A-"). Written by hand in our own words, expectations first, then compared with the parser:
a measure of how it generalises beyond the corpus and the tables it was tuned on.
"""

from __future__ import annotations

from . import Example, c, ex

PUB = "2025-06-10"
INS = "insurance"  # the metric, checked where added with its row (see KNOWN_GAPS)

WAR_RISK: list[Example] = [
    ex("ins-war-risk-hull-share",
       "Underwriters now charge war-risk premiums of about 0.7% of the vessel's value for a "
       "Red Sea transit.",
       c("0.7%", 0.7, "%", approx="approx", change=None, per=None, metric=INS),
       published=PUB),
    ex("ins-war-risk-from-to-hull",
       "War-risk rates for Black Sea calls fell to 0.5% of hull value from 1% in the spring.",
       c("0.5%", 0.5, "%", change=None, metric=INS), c("1%", 1, "%", change=None, metric=INS),
       published=PUB),
    ex("ins-additional-premium-per-voyage",
       "An additional premium of $250,000 per voyage is being quoted for a bulker calling at "
       "Odesa.",
       c("$250,000", 250000, "USD", per="voyage", change=None, metric=INS), published=PUB),
    ex("ins-additional-premium-for-transit-million",
       "For a $100 million tanker, that means an extra premium of roughly $700,000 for a "
       "single transit.",
       c("$100 million", 100e6, "USD", change=None),
       c("$700,000", 700000, "USD", approx="approx", change=None), published=PUB),
    ex("ins-war-risk-multiple",
       "War-risk cover for the Bab el-Mandeb has become ten times more expensive since "
       "November.",
       c("ten times", 10, "x", change="increase"), published=PUB),
    ex("ins-war-risk-tripled",
       "Premiums for Georgian Black Sea ports tripled in a week.",
       c("tripled", 3, "x", change="increase", kind="actual"), published=PUB),
    ex("ins-war-risk-bp-rise",
       "Brokers said the rate for Caspian tankers rose by 15 basis points to 0.25%.",
       c("15 basis points", 0.15, "pp", change="increase"),
       c("0.25%", 0.25, "%", change=None), published=PUB),
    ex("ins-war-risk-range-hull",
       "Quotes for the Red Sea ranged from 0.5% to 1% of a ship's value.",
       c("0.5% to 1%", 0.5, "%", value_high=1, change=None), published=PUB),
    ex("ins-war-risk-was-in-2023",
       "Before the attacks, the same cover cost 0.05% of hull value in 2023.",
       c("0.05%", 0.05, "%", period="2023", kind="actual", change=None), published=PUB),
    ex("ins-war-risk-per-day-cover",
       "Cover for a seven-day stay in port costs owners about $40,000.",
       # "a seven-day stay" is an event's length, no measured duration, as "a three-day visit"
       # (`timeframes`' events)
       c("$40,000", 40000, "USD", approx="approx", change=None), published=PUB),
]

CARGO: list[Example] = [
    ex("ins-cargo-rate-per-consignment",
       "Freight forwarders in Almaty pay around $120 per consignment to insure goods on the "
       "Middle Corridor.",
       c("$120", 120, "USD", per="consignment", approx="approx", change=None),
       published=PUB),
    ex("ins-cargo-rate-share-of-value",
       "Cargo insurance on the trans-Caspian route costs 0.15% to 0.3% of the invoice value.",
       c("0.15% to 0.3%", 0.15, "%", value_high=0.3, change=None), published=PUB),
    ex("ins-cargo-rate-per-container",
       "Insurers quote $45 per container for electronics moving from Xi'an to Duisburg.",
       c("$45", 45, "USD", per="container", change=None), published=PUB),
    ex("ins-insured-value-shipment",
       "The consignment of turbine parts was insured for $18 million.",
       c("$18 million", 18e6, "USD", change=None, kind="actual", metric=INS), published=PUB),
    ex("ins-insured-value-total-year",
       "The total insured value of cargo shipped through Aktau reached 620 billion tenge in "
       "2024.",
       c("620 billion tenge", 620e9, "KZT", period="2024", change=None, kind="actual"),
       published=PUB),
    ex("ins-cargo-premiums-grew",
       "Gross cargo premiums written in Kazakhstan grew 22% to 14.5 billion tenge last year.",
       c("22%", 22, "%", change="increase", period="2024", metric=INS),
       c("14.5 billion tenge", 14.5e9, "KZT", change=None, period="2024",
         entities=["Kazakhstan"]), published="2025-03-01"),
    ex("ins-cargo-rate-up-bp",
       "Cargo rates for shipments via the Black Sea rose 10 basis points in March.",
       c("10 basis points", 0.1, "pp", change="increase", period="2025-03"),
       published=PUB),
    ex("ins-cargo-deductible-dollars",
       "The policy carries a deductible of $5,000 per claim.",
       c("$5,000", 5000, "USD", change=None), published=PUB),
    ex("ins-cargo-deductible-share",
       "Most policies for rail cargo apply a deductible of 1% of the sum insured.",
       c("1%", 1, "%", change=None), published=PUB),
    ex("ins-uzbek-cargo-premiums-soum",
       "Uzbek insurers collected 95 billion soums in cargo premiums in the first half of 2025.",
       c("95 billion soums", 95e9, "UZS", period="2025-01/2025-06", kind="actual",
         change=None), published="2025-08-01"),
]

CLAIMS_AND_LOSSES: list[Example] = [
    ex("ins-claims-paid-year",
       "Georgian insurers paid 12.4 million lari in cargo claims in 2024.",
       c("12.4 million lari", 12.4e6, "GEL", period="2024", change=None, kind="actual",
         metric=INS),
       published="2025-03-01"),
    ex("ins-loss-ratio",
       "The loss ratio on marine cargo business rose to 68% from 54%.",
       c("68%", 68, "%", change=None, metric=INS), c("54%", 54, "%", change=None, metric=INS),
       published=PUB),
    ex("ins-claims-count-and-value",
       "Insurers handled 310 claims worth $7.2 million for cargo damaged on the ferry line.",
       c("310 claims", 310, "count", item="claim"),
       c("$7.2 million", 7.2e6, "USD", change=None), published=PUB),
    ex("ins-single-loss",
       "The largest single loss, a fire on a ro-ro ferry, cost underwriters about $30 million.",
       c("$30 million", 30e6, "USD", approx="approx", change=None), published=PUB),
    ex("ins-claims-down-percent",
       "Claims for theft from trucks at the border fell 17% in the first quarter.",
       c("17%", 17, "%", change="decrease", period="2025-01/2025-03"), published=PUB),
    ex("ins-loss-ratio-pp",
       "The combined ratio improved by 6 percentage points to 94%.",
       c("6 percentage points", 6, "pp"),
       c("94%", 94, "%", change=None), published=PUB),
    ex("ins-general-average",
       "Cargo owners were asked to post general average security of 12% of their cargo's "
       "value.",
       c("12%", 12, "%", change=None), published=PUB),
    ex("ins-claims-paid-more-than",
       "Since the conflict began, insurers have paid more than $1.5 billion in marine war "
       "claims.",
       c("$1.5 billion", 1.5e9, "USD", approx="min", change=None), published=PUB),
]

COVER_AND_POOLS: list[Example] = [
    ex("ins-pi-limit-up-to",
       "P&I clubs cover oil pollution liabilities up to $1 billion per incident.",
       c("$1 billion", 1e9, "USD", approx="max", change=None, metric=INS), published=PUB),
    ex("ins-pi-limit-caspian",
       "Caspian ferry operators carry P&I cover with a limit of $500 million.",
       c("$500 million", 500e6, "USD", change=None), published=PUB),
    ex("ins-ukraine-pool-capital",
       "The government set up a marine insurance pool with initial capital of $50 million.",
       c("$50 million", 50e6, "USD", change=None, kind="actual"), published=PUB),
    ex("ins-pool-cover-per-ship",
       "The pool covers up to $50 million per ship and $10 million per cargo.",
       c("$50 million", 50e6, "USD", approx="max", per="ship"),
       c("$10 million", 10e6, "USD", per=None), published=PUB),
    ex("ins-pool-backed-by",
       "Russia's state reinsurer backs the scheme with 30 billion rubles.",
       c("30 billion rubles", 30e9, "RUB", change=None, entities=["Russia"]), published=PUB),
    ex("ins-pool-ships-covered",
       "Since August the facility has insured 420 voyages carrying 18 million tonnes of "
       "grain.",
       c("420 voyages", 420, "count", item="voyage"),
       c("18 million tonnes", 18e6, "t", change=None), published=PUB),
    ex("ins-turkey-pool-projection",
       "Türkiye plans a state-backed pool worth 2 billion lira for Black Sea shipping.",
       c("2 billion lira", 2e9, "TRY", kind="projection", change=None), published=PUB),
    ex("ins-hull-value-fleet",
       "The insured value of the Caspian fleet is estimated at $3.4 billion.",
       c("$3.4 billion", 3.4e9, "USD", change=None), published=PUB),
    ex("ins-reinsurance-capacity",
       "Reinsurers cut their capacity for Black Sea war risks by 40%.",
       c("40%", 40, "%", change="decrease"), published=PUB),
    ex("ins-pi-general-increase",
       "The clubs announced a general increase of 7.5% for the coming renewal.",
       c("7.5%", 7.5, "%", change="increase", kind="projection"), published=PUB),
]

DETOURS: list[Example] = [
    ex("ins-cape-cost-compare",
       "Sailing via the Cape adds 10 to 14 days but saves up to $1 million in war-risk "
       "premiums on a large container ship.",
       c("10 to 14 days", 10, "day", value_high=14, change="increase"),
       c("$1 million", 1e6, "USD", approx="max"), published=PUB),
    ex("ins-rail-cheaper-insurance",
       "Insurance accounts for about 2% of the cost of a rail shipment from China to Europe.",
       c("2%", 2, "%", approx="approx", change=None), published=PUB),
    ex("ins-daily-kidnap-cover",
       "Crew kidnap and ransom cover adds $3,000 per day for the Gulf of Aden.",
       c("$3,000", 3000, "USD", per="day"), published=PUB),
    ex("ins-premium-share-freight",
       "War-risk costs now make up 15% of the total freight bill for Red Sea voyages.",
       c("15%", 15, "%", change=None), published=PUB),
    ex("ins-premium-halved",
       "Premiums for Poti and Batumi calls halved after the ceasefire.",
       c("halved", 0.5, "x", change="decrease"), published=PUB),
    ex("ins-premium-double-from-level",
       "The rate doubled from 0.35% to 0.7% within a month.",
       c("doubled", 2, "x", change="increase"),
       c("0.35%", 0.35, "%", change=None), c("0.7%", 0.7, "%", change=None), published=PUB),
    ex("ins-ships-diverted-count",
       "About 90 ships with Lloyd's cover avoided the Red Sea last week.",
       c("90 ships", 90, "count", item="ship", approx="approx"), published=PUB),
    ex("ins-war-premium-million-total",
       "Shipowners paid an estimated $2.5 billion in additional war-risk premiums in 2024.",
       c("$2.5 billion", 2.5e9, "USD", period="2024", approx="approx", kind="actual",
         change=None), published=PUB),
]

NEGATIVES: list[Example] = [
    ex("ins-neg-icc-a",
       "The cargo was shipped on Institute Cargo Clauses (A) terms.", published=PUB),
    ex("ins-neg-clause-number",
       "Under clause 6.2 of the policy, war and strikes are excluded.", published=PUB),
    ex("ins-neg-jwla",
       "The Joint War Committee added the waters off Novorossiysk to its listed areas in "
       "circular JWLA-033.", published=PUB),
    ex("ins-neg-policy-number",
       "Policy No. 4471-MC/25 was issued to the exporter in Tashkent.", published=PUB),
    ex("ins-neg-rating",
       "The insurer holds an A- financial strength rating from AM Best.", published=PUB),
    ex("ins-neg-date",
       "The new cover takes effect on 1 July 2025.", published=PUB),
    ex("ins-neg-icc-year",
       "Cover follows the Institute War Clauses (Cargo) 1/1/09.", published=PUB),
    ex("ins-neg-renewal-date",
       "Most P&I renewals fall on 20 February.", published=PUB),
    ex("ins-neg-clause-list",
       "Clauses 3 and 4 of the 2023 wording deal with sanctions.", published=PUB),
    ex("ins-neg-annex",
       "Annex 2 lists the ports covered by the scheme.", published=PUB),
    ex("ins-neg-group-name",
       "The International Group of P&I Clubs brings together 12 clubs.",
       c("12 clubs", 12, "count", item="club"), published=PUB),
]

EXAMPLES: list[Example] = (WAR_RISK + CARGO + CLAIMS_AND_LOSSES + COVER_AND_POOLS + DETOURS
                           + NEGATIVES)

KNOWN_GAPS: dict[str, str] = {
    "ins-pi-general-increase": "'for the coming renewal' is not read as a plan: a cue 'for "
    "the coming' would also make 'set a duty of $120 per tonne for the coming week' "
    "(own_heldout_customs, own_heldout_russiaca) a projection, where a rate set now may be "
    "read as in force; left for the lead to decide",
}
