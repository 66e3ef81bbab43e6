"""Held-out sentences written after the parser, on numbers written in words and vague
quantities across the corridor's news (trade, cargo, ports, rail, investment).

Spelled-out numbers with scale words ("two hundred thousand tonnes", "one and a half
million", "a million and a half", "three-quarters of a billion dollars", "half a million
TEU", "a dozen ferries"), hyphenated compounds ("twenty-five", "forty-foot" as a size, not
a count), shares and ratios in words ("nearly a fifth", "one in four", "a quarter of the
cargo", "twice as many", "a third more", "two-thirds"), mixes of words and digits ("1.5
million", "5 thousand", "3 mln"), and negatives: vague counts ("dozens of trains",
"hundreds of trucks", "several thousand", "a couple of"), "zero", "nil", "a single train",
ordinal look-alikes ("second", "one of the", "one-stop shop", "Belt and Road"). Expectations
were written by hand, from issue 2's field definitions, before running the parser.

Vague quantities: a range of orders of magnitude of a measured unit ("tens of thousands of
dollars", "hundreds of thousands of tonnes") is a claim, as in `own_context`; a vague count
of things ("dozens of trains", "hundreds of trucks", "several thousand containers") says no
number an analyst could chart, and is none.
"""

from __future__ import annotations

from . import TITR, Example, c, ex

PUB = "2025-06-01"

EXAMPLES: list[Example] = [
    # --- spelled-out numbers with scale words -------------------------------------------
    ex("wd-two-hundred-thousand-tonnes",
       "Aktau port handled two hundred thousand tonnes of grain in May.",
       c("two hundred thousand tonnes", 2e5, "t", period="2025-05", kind="actual",
         entities=["Port of Aktau"]),
       published=PUB),
    ex("wd-one-and-a-half-million-tonnes-projection",
       "The new terminal at Kuryk will be able to handle one and a half million tonnes a year.",
       c("one and a half million tonnes", 1.5e6, "t", per="year", kind="projection",
         entities=["Port of Kuryk"]),
       published=PUB),
    ex("wd-a-million-and-a-half",
       "Georgian Railway carried a million and a half tonnes of transit cargo in the first "
       "quarter.",
       c("a million and a half tonnes", 1.5e6, "t", period="2025-01/2025-03",
         entities=["Georgian Railway"]),
       published=PUB),
    ex("wd-three-quarters-of-a-billion-dollars",
       "The Asian Development Bank approved three-quarters of a billion dollars for roads in "
       "Uzbekistan.",
       c("three-quarters of a billion dollars", 7.5e8, "USD", topic="investment",
         entities=["Uzbekistan"]),
       published=PUB),
    ex("wd-half-a-million-teu",
       "Container traffic on the China-Europe routes via Kazakhstan passed half a million TEU "
       "last year.",
       c("half a million TEU", 5e5, "TEU", approx="min", period="2024", kind="actual"),
       published=PUB),
    ex("wd-two-million-spelled-and-digits",
       "Exports of Kazakh wheat to Afghanistan reached two million tonnes, up 12% on a year "
       "earlier.",
       c("two million tonnes", 2e6, "t", metric="grain exports",
         entities=["Kazakhstan", "Afghanistan"], change=None),
       c("12%", 12, "%", change="increase")),
    ex("wd-five-billion-dollars-investment",
       "Chinese companies plan to invest five billion dollars in Uzbek logistics by 2030.",
       c("five billion dollars", 5e9, "USD", metric="investment", kind="projection",
         period="2030", topic="investment", entities=["China", "Uzbekistan"])),
    ex("wd-twenty-five-million-hyphenated",
       "The port's capacity is to rise to twenty-five million tonnes a year.",
       c("twenty-five million tonnes", 25e6, "t", per="year", kind="projection",
         metric="capacity", change=None)),
    ex("wd-forty-two-hyphenated-count",
       "Forty-two container trains crossed Dostyk in the first week of June.",
       c("Forty-two container trains", 42, "count", item="container train",
         entities=["Dostyk crossing"]),
       published=PUB),
    ex("wd-a-dozen-ferries",
       "Azerbaijan's shipping company plans to add a dozen ferries to its Caspian fleet.",
       c("a dozen ferries", 12, "count", item="ferry", kind="projection")),
    ex("wd-three-hundred-wagons",
       "Three hundred wagons of cotton left Tashkent for Mersin in April.",
       c("Three hundred wagons", 300, "count", item="wagon", period="2025-04"),
       published=PUB),
    ex("wd-ten-days-transit",
       "The trip from Xi'an to Baku now takes ten days instead of eighteen.",
       c("ten days", 10, "day", metric="transit time")),
    ex("wd-seven-days-and-digits",
       "Transit time on the Middle Corridor was cut to about fifteen days from 25 days.",
       c("fifteen days", 15, "day", approx="approx", metric="transit time", entities=[TITR]),
       c("25 days", 25, "day", metric="transit time")),
    # --- words and digits mixed -----------------------------------------------------------
    ex("wd-digits-then-thousand",
       "Poti port handled 5 thousand TEU in March.",
       c("5 thousand TEU", 5e3, "TEU", period="2025-03", entities=["Port of Poti"]),
       published=PUB),
    ex("wd-three-mln-tonnes",
       "Azerbaijan Railways plans to carry 3 mln tonnes of transit cargo this year.",
       c("3 mln tonnes", 3e6, "t", kind="projection", period="2025",
         entities=["Azerbaijan Railways"]),
       published=PUB),
    ex("wd-one-point-five-million-containers",
       "Khorgos dry port expects 1.5 million tonnes of cargo in 2026.",
       c("1.5 million tonnes", 1.5e6, "t", kind="projection", period="2026",
         entities=["Khorgos dry port"])),
    ex("wd-two-point-three-billion-words",
       "Trade between Georgia and Türkiye was worth 2.3 billion dollars in 2024.",
       c("2.3 billion dollars", 2.3e9, "USD", metric="trade turnover", period="2024",
         entities=["Georgia", "Türkiye"])),
    # --- vague quantities -----------------------------------------------------------------
    ex("wd-neg-dozens-of-trains",
       "Dozens of trains waited at the border for days."),
    ex("wd-neg-hundreds-of-trucks",
       "Hundreds of trucks queued at the Kapikule crossing after the system failure."),
    ex("wd-neg-tens-of-thousands-of-containers",
       "The new yard can stack tens of thousands of containers."),
    ex("wd-neg-several-thousand",
       "Several thousand containers are still stuck in Chinese ports."),
    ex("wd-neg-a-couple-of-ferries",
       "A couple of ferries were idle because of the storm."),
    ex("wd-vague-hundreds-of-millions-dollars",
       "The upgrade of Baku port will cost hundreds of millions of dollars.",
       c("hundreds of millions of dollars", 1e8, "USD", value_high=1e9,
         entities=["Port of Baku"], approx=None)),
    ex("wd-vague-thousands-of-tonnes",
       "Thousands of tonnes of fruit spoiled while waiting at the crossing.",
       c("Thousands of tonnes", 1e3, "t", value_high=1e4)),
    # --- shares and ratios in words -------------------------------------------------------
    ex("wd-nearly-a-fifth",
       "Transit cargo makes up nearly a fifth of Kazakhstan's rail freight.",
       c("a fifth", 20, "%", approx="approx", change=None, entities=["Kazakhstan"])),
    ex("wd-one-in-four",
       "One in four containers moving between China and Europe now uses the Middle Corridor.",
       c("One in four", 25, "%", change=None, entities=[TITR])),
    ex("wd-a-quarter-of-the-cargo",
       "A quarter of the cargo handled at Batumi was oil products.",
       c("A quarter", 25, "%", change=None, entities=["Port of Batumi"])),
    ex("wd-twice-as-many",
       "Twice as many block trains ran via Kazakhstan in 2024 as in 2022.",
       c("Twice", 2, "x", change="increase", period="2024")),
    ex("wd-a-third-more",
       "Ferries carried a third more cargo across the Caspian than a year earlier.",
       c("a third", 100 / 3, "%", change="increase")),
    ex("wd-two-thirds",
       "Two-thirds of Uzbekistan's exports go through Kazakhstan.",
       c("Two-thirds", 200 / 3, "%", change=None, entities=["Uzbekistan"])),
    ex("wd-halved",
       "Waiting times at the crossing halved after the new scanners arrived.",
       c("halved", 0.5, "x", change="decrease")),
    ex("wd-fell-by-half",
       "Container traffic through Poti fell by half in the first quarter.",
       # "by half" is a multiplier of 0.5, as in own_units ("cut by half")
       c("half", 0.5, "x", change="decrease", entities=["Port of Poti"],
         period="2025-01/2025-03"),
       published=PUB),
    ex("wd-threefold",
       "Cargo on the Trans-Caspian route grew threefold between 2021 and 2024.",
       c("threefold", 3, "x", change="increase", entities=[TITR])),
    # --- zero, nil, single ---------------------------------------------------------------
    ex("wd-neg-zero-growth",
       "Officials expect zero growth in transit this year."),
    ex("wd-neg-nil",
       "Shipments of coal through Turkmenbashi were nil in April."),
    ex("wd-neg-a-single-train",
       "Not a single train crossed the border during the strike."),
    ex("wd-neg-zero-tariff",
       "Georgia applies a zero tariff to most goods from the EU."),
    # --- ordinal and name look-alikes ----------------------------------------------------
    ex("wd-neg-second-largest",
       "Kazakhstan is the second-largest trading partner of Uzbekistan."),
    ex("wd-neg-one-of-the",
       "Aktau is one of the busiest ports on the Caspian Sea."),
    ex("wd-neg-one-stop-shop",
       "The customs service opened a one-stop shop for exporters in Almaty."),
    ex("wd-neg-belt-and-road",
       "The Belt and Road Initiative marks its tenth anniversary with a forum in Beijing."),
    ex("wd-neg-first-train",
       "The first train of the new service left Xi'an for Baku on Monday."),
    ex("wd-neg-one-belt-one-road",
       "Officials spoke of One Belt, One Road and the two sides' shared interest in transit."),
    ex("wd-forty-foot-size-not-count",
       "Shipping a forty-foot container from Urumqi to Poti costs about $4,200.",
       c("$4,200", 4200, "USD", approx="approx", per="40ft container", metric="freight rate")),
    ex("wd-twenty-foot-containers-count",
       "The train carried sixty-two twenty-foot containers of auto parts.",
       c("sixty-two twenty-foot containers", 62, "count")),
    # --- mixes in one sentence -----------------------------------------------------------
    ex("wd-words-and-percent",
       "Exports of Azerbaijani fruit to Russia fell by a quarter to one hundred thousand tonnes.",
       c("a quarter", 25, "%", change="decrease", entities=["Azerbaijan", "Russia"]),
       c("one hundred thousand tonnes", 1e5, "t", change=None)),
    ex("wd-billion-euros-loan",
       "The EBRD signed a loan of two hundred million euros with Georgian Railway.",
       c("two hundred million euros", 2e8, "EUR", metric="loan",
         entities=["Georgian Railway"])),
    ex("wd-million-teu-target",
       "The Middle Corridor aims to carry one million TEU a year by 2030.",
       c("one million TEU", 1e6, "TEU", per="year", kind="projection", period="2030",
         entities=[TITR])),
    ex("wd-more-than-a-million-passengers-neg-ordinal",
       "For the second year in a row, the port handled more than ten million tonnes.",
       c("ten million tonnes", 1e7, "t", approx="min")),
    ex("wd-six-ferries-count-projection",
       "The shipyard in Baku will build six ferries for the Caspian by 2028.",
       c("six ferries", 6, "count", item="ferry", kind="projection", period="2028")),
    ex("wd-eight-new-berths",
       "Turkmenbashi port has eight berths and plans to add four more.",
       # "four more" names no noun: a bare word number is no claim (debatable: the berths)
       c("eight berths", 8, "count", item="berth")),
    # --- a second batch, after the first fixes: fractions of a scale, hyphenated compounds
    ex("wd-quarter-of-a-million-not-a-century",
       "A quarter of a century after independence, Poti port handled a quarter of a million "
       "tonnes of transit cargo in a single month.",
       c("a quarter of a million tonnes", 2.5e5, "t", entities=["Port of Poti"])),
    ex("wd-third-of-a-million-teu-projection",
       "Kuryk port hopes to handle a third of a million TEU by 2027.",
       c("a third of a million TEU", 1e6 / 3, "TEU", kind="projection", period="2027",
         entities=["Port of Kuryk"])),
    ex("wd-neg-twenty-five-year-plans-spaced",
       "Officials discussed twenty five-year plans for the Caspian ports."),
    ex("wd-thirty-five-percent-hyphenated",
       "Rail freight rates from China to Kazakhstan rose by thirty-five percent.",
       c("thirty-five percent", 35, "%", change="increase", metric="freight rate",
         entities=["China", "Kazakhstan"])),
    ex("wd-forty-five-thousand-wagons",
       "Kazakhstan Temir Zholy owns forty-five thousand freight wagons.",
       c("forty-five thousand freight wagons", 45e3, "count", item="wagon",
         entities=["Kazakhstan Temir Zholy"])),
    ex("wd-twenty-foot-price-spelled",
       "A twenty-foot container from Almaty to Istanbul costs $2,900.",
       c("$2,900", 2900, "USD", per="20ft container", metric="freight rate")),

    ex("wd-dollars-and-cents-in-words",
       "A seat on the Baku-Aktau ferry for a lorry driver costs twelve dollars and fifty cents.",
       c("twelve dollars and fifty cents", 12.5, "USD")),
    ex("wd-neg-and-a-half-before-a-scale",
       "Kazakhstan's rail network carried one billion tonnes and a half of that was coal.",
       c("one billion tonnes", 1e9, "t", entities=["Kazakhstan"])),

]

KNOWN_GAPS: dict[str, str] = {
    "wd-three-quarters-of-a-billion-dollars":
        "topic: a development bank 'approved' a sum with no noun after it ('approved $750 "
        "million for roads') is read as no metric, topic economy; an analyst files a lender's "
        "approval under investment, but 'approved' alone is also a budget's or a parliament's "
        "verb, so the rule needs the subject's kind (a lender), which the metric cues do not "
        "read (the surface and value, the words part of this example, are right)",
}
