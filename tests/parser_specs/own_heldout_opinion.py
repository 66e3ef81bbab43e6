"""Held-out sentences on opinion columns and analysis pieces about the Middle Corridor, written
after the parser.

Columnists argue with numbers they do not report: hypotheticals ("if volumes doubled", "were
the corridor to carry 10 million tonnes", "imagine 1,000 trains a year", "had the ferries run
on time"), comparisons with other routes ("a tenth of what the northern route carries", "three
times as long as"), rounded amounts in argument ("billions of dollars", "dozens of ports",
"hundreds of trucks"), official targets judged unrealistic, hedges ("at least", "as much as",
"a mere 5%", "barely") and numbers in rhetorical questions ("Can the corridor really reach 10
million tonnes?"); with negatives (page furniture, "the 2020s", "one of the", "first and
foremost", "twice in the past decade", articles and handles with digits). Written by hand in
our own words, expectations first, then compared with the parser.

Conventions: a figure in a hypothetical or counterfactual ("if", "were ... to", "imagine",
"suppose", "had ... could have") is no reported outcome, so it is a projection; a figure the
column cites as fact to argue against a target is actual. Vague amounts follow
`own_heldout_words`: a range of orders of magnitude of a measured unit is a claim, a vague
count of things is none. A ratio to another route is a change ("three times as long"), a
fraction of another route's volume is a share ("a tenth of what ..."), as in
`own_heldout_routecompare` and `own_heldout_scenarios`.
"""

from __future__ import annotations

from . import TITR, Example, c, ex

PUB = "2025-06-10"
AKTAU = "Port of Aktau"
PROJ = "projection"

HYPOTHETICALS: list[Example] = [
    ex("op-if-volumes-doubled",
       "If volumes on the Middle Corridor doubled, the Caspian ferry fleet would be overwhelmed "
       "within months.",
       c("doubled", 2, "x", change="increase", kind=PROJ, entities=[TITR]), published=PUB),
    ex("op-were-the-corridor-to-carry",
       "Were the corridor to carry 10 million tonnes a year, Aktau and Kuryk would need at "
       "least four new ferries.",
       c("10 million tonnes", 10e6, "t", per="year", kind=PROJ, change=None),
       c("four new ferries", 4, "count", item="ferry", approx="min", kind=PROJ),
       published=PUB),
    ex("op-imagine-trains-a-year",
       "Imagine 1,000 trains a year crossing from Khorgos to the Caspian: that would still be "
       "a sliver of the traffic on the northern route.",
       c("1,000 trains", 1000, "count", item="train", per="year", kind=PROJ),
       published=PUB),
    ex("op-suppose-tariff-cut",
       "Suppose the new tariff cut costs by 20%; shippers would still pay more than on the "
       "northern route.",
       c("20%", 20, "%", change="decrease", kind=PROJ), published=PUB),
    ex("op-even-if-transit-reached-by",
       "Even if transit reached 5 million tonnes by 2027, the route would carry only a sliver "
       "of China-Europe trade.",
       c("5 million tonnes", 5e6, "t", kind=PROJ, period="2027", change=None), published=PUB),
    ex("op-had-ferries-could-have-moved-more",
       "Had the ferries run on schedule last year, the corridor could have moved 1.5 million "
       "tonnes more.",
       c("1.5 million tonnes", 1.5e6, "t", change="increase", kind=PROJ), published=PUB),
    ex("op-if-half-switched-trains-a-month",
       "If half of the containers now going by sea switched to rail, the route would need 300 "
       "trains a month.",
       c("half", 50, "%", change=None),
       c("300 trains", 300, "count", item="train", per="month", kind=PROJ), published=PUB),
    ex("op-were-tariffs-to-fall-by-a-third",
       "Were tariffs to fall by a third, the route might finally win customers back from Suez.",
       c("a third", 100 / 3, "%", change="decrease", kind=PROJ), published=PUB),
    ex("op-if-caspian-keeps-shrinking-lighter",
       "If the Caspian keeps shrinking, ferries out of Aktau would have to sail 20% lighter.",
       c("20%", 20, "%", change="decrease", kind=PROJ, entities=[AKTAU]), published=PUB),
    ex("op-fivefold-would-leave-behind-suez",
       "Even a fivefold increase would leave the corridor far behind the 1.4 billion tonnes "
       "that pass through Suez in a normal year.",
       c("fivefold", 5, "x", change="increase", kind=PROJ),
       c("1.4 billion tonnes", 1.4e9, "t", kind="actual", change=None), published=PUB),
]

COMPARISONS: list[Example] = [
    ex("op-a-tenth-of-what-northern-route",
       "The Middle Corridor carries a tenth of what the northern route carries.",
       c("a tenth", 10, "%", kind="actual", change=None, entities=[TITR]), published=PUB),
    ex("op-three-times-as-long-as",
       "A container can take three times as long to cross the Caspian as to cross all of "
       "Kazakhstan by rail.",
       c("three times", 3, "x", change="increase", metric="transit time"), published=PUB),
    ex("op-level-less-than-a-fifth",
       "At 4.5 million tonnes in 2024, the corridor moved less than a fifth of the volume on "
       "the northern route.",
       c("4.5 million tonnes", 4.5e6, "t", kind="actual", period="2024", change=None),
       c("a fifth", 20, "%", approx="max", kind="actual", change=None), published=PUB),
    ex("op-five-times-the-corridors-total",
       "Rail freight across Kazakhstan to Europe runs to roughly 25 million tonnes a year, "
       "five times the Middle Corridor's total.",
       c("25 million tonnes", 25e6, "t", per="year", approx="approx", kind="actual"),
       c("five times", 5, "x", change="increase"), published=PUB),
    ex("op-sea-route-km-twice-distance",
       "The sea route via Suez is some 20,000 km long, roughly twice the distance by rail.",
       c("20,000 km", 20000, "km", approx="approx"),
       c("twice", 2, "x", approx="approx", change="increase"), published=PUB),
    ex("op-costs-as-much-as-more-than-russia",
       "A box sent via Baku costs as much as $2,000 more than one sent through Russia.",
       c("$2,000", 2000, "USD", approx="max", change="increase"), published=PUB),
    ex("op-days-against-days",
       "Door to door, the corridor takes 18 to 23 days, against 12 to 15 on the northern route.",
       c("18 to 23 days", 18, "day", value_high=23, metric="transit time", change=None),
       c("12 to 15", 12, "day", value_high=15, metric="transit time", change=None),
       published=PUB),
    ex("op-trips-fewer-than-percent",
       "China-Europe trains made 19,000 trips in 2024, and fewer than 1% of them crossed the "
       "Caspian.",
       c("19,000 trips", 19000, "count", item="trip", period="2024", kind="actual"),
       c("1%", 1, "%", approx="max", change=None, period="2024"), published=PUB),
]

VAGUE: list[Example] = [
    ex("op-billions-of-dollars-pledged",
       "Governments have pledged billions of dollars to the corridor, yet the ferries remain "
       "the bottleneck.",
       c("billions of dollars", 1e9, "USD", value_high=1e10, approx=None), published=PUB),
    ex("op-tens-of-millions-studies",
       "Tens of millions of dollars have been spent on feasibility studies alone.",
       c("Tens of millions of dollars", 1e7, "USD", value_high=1e8, kind="actual"),
       published=PUB),
    ex("op-hundreds-of-thousands-tonnes-could",
       "Hundreds of thousands of tonnes of grain could switch to the route.",
       c("Hundreds of thousands of tonnes", 1e5, "t", value_high=1e6, kind=PROJ),
       published=PUB),
    ex("op-neg-dozens-of-ports",
       "Dozens of ports on the Black Sea and the Mediterranean now advertise links to the "
       "Caspian.", published=PUB),
    ex("op-neg-hundreds-of-trucks",
       "Hundreds of trucks still queue at the Sarpi crossing every summer.", published=PUB),
    ex("op-neg-several-thousand-containers",
       "Several thousand containers sit at Aktau waiting for a ferry, by one operator's count.",
       published=PUB),
]

TARGETS: list[Example] = [
    ex("op-goal-optimistic-against-last-year",
       "The official goal of 10 million tonnes by 2030 looks wildly optimistic for a route that "
       "handled 4.5 million tonnes last year.",
       c("10 million tonnes", 10e6, "t", kind=PROJ, period="2030"),
       c("4.5 million tonnes", 4.5e6, "t", kind="actual", period="2024"), published=PUB),
    ex("op-question-can-really-reach",
       "Can the corridor really reach 10 million tonnes within five years?",
       c("10 million tonnes", 10e6, "t", kind=PROJ, change=None), published=PUB),
    ex("op-target-teu-a-fantasy",
       "Baku's target of 1 million TEU a year at Alat is, frankly, a fantasy.",
       c("1 million TEU", 1e6, "TEU", per="year", kind=PROJ), published=PUB),
    ex("op-promised-15-day-transit",
       "Nobody in the industry believes the promised transit time of 15 days from China to "
       "Europe.",
       c("15 days", 15, "day", metric="transit time", kind=PROJ), published=PUB),
    ex("op-plan-to-triple-by",
       "The plan to triple container traffic by 2027 has little chance of success.",
       c("triple", 3, "x", change="increase", kind=PROJ, period="2027"), published=PUB),
    ex("op-promise-of-revenue-by",
       "The ministry's promise of $5 billion in transit revenue by 2030 deserves scepticism.",
       c("$5 billion", 5e9, "USD", kind=PROJ, period="2030", metric="revenue"),
       published=PUB),
    ex("op-talks-of-containers-last-year-managed",
       "Kazakhstan's railway talks of 100,000 containers a year via Aktau by 2026; last year it "
       "managed about 45,000.",
       c("100,000 containers", 100000, "count", item="container", per="year", kind=PROJ,
         period="2026"),
       c("45,000", 45000, "count", approx="approx", kind="actual", period="2024"),
       published=PUB),
    ex("op-growth-needed-to-hit-goal",
       "Volumes rose 62% in 2024 but would have to grow 25% a year to hit the 2030 goal.",
       c("62%", 62, "%", change="increase", kind="actual", period="2024"),
       c("25%", 25, "%", change="increase", kind=PROJ), published=PUB),
]

HEDGES: list[Example] = [
    ex("op-at-least-share-oil",
       "At least 30% of the cargo on the route is Kazakh oil.",
       c("30%", 30, "%", approx="min", change=None, kind="actual"), published=PUB),
    ex("op-fallen-by-as-much-as-days",
       "Transit times have fallen by as much as 7 days since 2022.",
       c("7 days", 7, "day", approx="max", change="decrease", kind="actual"), published=PUB),
    ex("op-a-mere-percent",
       "The corridor carries a mere 5% of China-Europe overland trade.",
       # "the corridor" names no route: no entity is read into it (expectation corrected)
       c("5%", 5, "%", change=None, kind="actual"), published=PUB),
    ex("op-just-percent-overland",
       "Just 2% of the containers shipped between China and Europe go overland by any route.",
       c("2%", 2, "%", change=None, kind="actual"), published=PUB),
    ex("op-could-rise-as-much-as-if",
       "Ferry capacity could rise by as much as 40% if the new vessels arrive on time.",
       c("40%", 40, "%", approx="max", change="increase", kind=PROJ, metric="capacity"),
       published=PUB),
    ex("op-no-more-than-above-suez",
       "Freight rates on the corridor are no more than 10% above those via Suez, a consultant "
       "argues.",
       c("10%", 10, "%", approx="max", change="increase", kind="actual"), published=PUB),
    ex("op-barely-block-trains",
       "Barely 300 block trains used the route in 2023.",
       # a block train is its own item, as in own_heldout_cerail (expectation corrected)
       c("300 block trains", 300, "count", item="block train", period="2023", kind="actual"),
       published=PUB),
    ex("op-ferry-costs-at-least-a-dozen",
       "A single new ferry costs around $50 million, and the corridor needs many more.",
       c("$50 million", 50e6, "USD", approx="approx"), published=PUB),
]

QUESTIONS: list[Example] = [
    ex("op-question-why-pay-a-box",
       "Why would a shipper pay $4,000 a box for the Caspian when Suez costs $2,500?",
       c("$4,000", 4000, "USD", per="container"),
       c("$2,500", 2500, "USD"), published=PUB),
    ex("op-question-days-competitive",
       "Is 40 days from Xi'an to Duisburg really a competitive offer?",
       c("40 days", 40, "day", metric="transit time"), published=PUB),
    ex("op-question-who-pays-billion",
       "Who will pay for the $3 billion the new Aktau container hub is supposed to cost?",
       c("$3 billion", 3e9, "USD", kind=PROJ, entities=[AKTAU]), published=PUB),
]

NOT_CLAIMS: list[Example] = [
    ex("op-neg-first-and-foremost",
       "First and foremost, the corridor needs a single operator rather than a patchwork of "
       "national ones.", published=PUB),
    ex("op-neg-the-2020s",
       "The 2020s were supposed to be the Middle Corridor's decade.", published=PUB),
    ex("op-neg-one-of-the-few",
       "Aktau is one of the few Caspian ports that can take the new ferries.", published=PUB),
    ex("op-neg-column-page",
       "Column: the Caspian's shallow future (Opinion, page 12)", published=PUB),
    ex("op-neg-mid-2030s",
       "By the mid-2030s the region will look very different.", published=PUB),
    ex("op-neg-columnist-since",
       "Our columnist has covered Central Asia since 2009.", published=PUB),
    ex("op-neg-third-column-series",
       "This is the third column in a series on Eurasian connectivity.", published=PUB),
    ex("op-neg-article-of-roadmap",
       "Article 5 of the 2022 roadmap promised joint tariffs that never materialised.",
       published=PUB),
    ex("op-neg-1990s-traceca",
       "In the 1990s, the TRACECA programme promised much the same.", published=PUB),
    ex("op-neg-views-handle",
       "The views expressed in this column are the author's own. Follow her on X "
       "@caspianwatch2.", published=PUB),
    ex("op-neg-twice-in-past-decade",
       "Twice in the past decade, the corridor was declared the future of Eurasian trade.",
       published=PUB),
]

EXAMPLES: list[Example] = (HYPOTHETICALS + COMPARISONS + VAGUE + TARGETS + HEDGES + QUESTIONS
                           + NOT_CLAIMS)

KNOWN_GAPS: dict[str, str] = {}
