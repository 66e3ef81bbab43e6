"""Held-out sentences on the period and kind of a figure, from a third audit of the bundled
claims' periods and kinds (after `own_heldout_periods5` and `own_heldout_periods6`).

What the audit looked for, each written again in our own words with other names and numbers:
kinds read in reported speech, where the verb of saying is past but the figure is a plan or
an outcome ("said it expects", "had planned ... but reached", "was expected to ... but came
in at", "had aimed for ... ; it handled", "had hoped to", "was due to", "said it would
invest", "the plan was to", "it was hoped that ... would", "the 3 mt it had expected in
January", ", which the ministry had forecast at 2 mt, came to"), a past target for a past
year being a projection of that year all the same (own_context's `had planned to handle 4 mt
in 2024`), its outcome told by a verb of its own after "and", "but" or "yet"; a figure a
past verb reports after a forecast's clause ("expects 3 mt in 2026, while containers reached
56,000 TEU"), which takes neither its time nor its kind; a span of years a "while" clause
shares with the clause before it ("exceeded $200 million over 1995-2021, while ... was about
$100 million"); a rate in the present tense ("between 12 and 14 tankers arrive each month,
he said") that takes no part of a year carried from the sentences before; and times the
sentence or its paragraph states, which a figure must keep. With near-misses where the rules
must not fire. Written by hand, expectations first, then compared with the parser.
"""

from __future__ import annotations

from . import Example, c, ex

# Reported speech: the verb of saying is past, the figure a plan, a forecast or an outcome.
REPORTED: list[Example] = [
    ex("p7-said-it-expects-this-year",
       "Aktau port said it expects to handle 7.5 million tonnes of cargo this year, up from "
       "6.9 million tonnes in 2024.",
       c("7.5 million tonnes", 7.5e6, "t", kind="projection", period="2025"),
       c("6.9 million tonnes", 6.9e6, "t", kind="actual", period="2024"),
       published="2025-04-10"),
    ex("p7-had-planned-but-reached",
       "The operator had planned to move 40,000 TEU through Alat in 2024 but reached only "
       "31,500 TEU.",
       c("40,000 TEU", 40000, "TEU", kind="projection", period="2024"),
       c("31,500 TEU", 31500, "TEU", kind="actual", period="2024"),
       published="2025-02-01"),
    ex("p7-was-expected-to-but-came-in-at",
       "Freight on the corridor was expected to reach 3 million tonnes last year but came in "
       "at 3.4 million tonnes, the ministry said.",
       c("3 million tonnes", 3e6, "t", kind="projection", period="2024"),
       c("3.4 million tonnes", 3.4e6, "t", kind="actual", period="2024"),
       published="2025-03-01"),
    ex("p7-had-expected-rise-but-fell",
       "Georgian Railway said it had expected a 10% rise in transit in the first half, but "
       "volumes fell 4%.",
       c("10%", 10, "%", change="increase", kind="projection", period="2025-01/2025-06"),
       c("4%", 4, "%", change="decrease", kind="actual", period="2025-01/2025-06"),
       published="2025-08-01"),
    ex("p7-officials-said-they-expect",
       "Uzbek officials said they expect exports to China to top $4 billion in 2026.",
       c("$4 billion", 4e9, "USD", kind="projection", period="2026"),
       published="2025-11-01"),
    ex("p7-had-aimed-for-semicolon-handled",
       "The port had aimed for 1 million tonnes in 2023; it handled 870,000 tonnes.",
       c("1 million tonnes", 1e6, "t", kind="projection", period="2023"),
       c("870,000 tonnes", 870000, "t", kind="actual", period="2023"),
       published="2024-02-01"),
    ex("p7-were-projected-and-ended-the-year",
       "Exports were projected to hit $900 million in 2024 and ended the year at $960 million.",
       c("$900 million", 900e6, "USD", kind="projection", period="2024"),
       c("$960 million", 960e6, "USD", kind="actual", period="2024"),
       published="2025-02-15"),
    ex("p7-said-in-march-it-expected-ended-up",
       "The railway said in March it expected to carry 30 million tonnes in 2024; it ended up "
       "carrying 29.1 million tonnes.",
       c("30 million tonnes", 30e6, "t", kind="projection", period="2024"),
       c("29.1 million tonnes", 29.1e6, "t", kind="actual", period="2024"),
       published="2025-01-20"),
    # near-misses: an outcome told in reported speech is actual
    ex("p7-said-reached-more-than-it-had-expected",
       "The ministry said exports reached $2.3 billion in 2024, more than it had expected.",
       c("$2.3 billion", 2.3e9, "USD", kind="actual", period="2024"),
       published="2025-02-01"),
    ex("p7-as-planned-carried",
       "As planned, the ferry line carried 18,000 trucks in 2024.",
       c("18,000 trucks", 18000, "count", kind="actual", period="2024"),
       published="2025-02-01"),
    ex("p7-said-it-shipped-first-quarter",
       "KazMunayGas said it shipped 1.2 million tonnes of oil via Baku in the first quarter.",
       c("1.2 million tonnes", 1.2e6, "t", kind="actual", period="2025-01/2025-03"),
       published="2025-05-05"),
    ex("p7-beat-the-forecast-is-actual",
       "Traffic through Khorgos rose to 420,000 TEU in 2024, beating forecasts.",
       c("420,000 TEU", 420000, "TEU", kind="actual", period="2024"),
       published="2025-01-15"),
]

# More ways to tell a past plan and what came of it: a hope, "was due to", "was targeting",
# "it expected revenue of", "would hit" in reported speech, "on track to" in the past tense;
# and the outcome told by a verb of its own, its subject maybe between ("but turnover stalled
# at", "yet it reached only", "and rose 12%", "ended up with").
PAST_PLANS: list[Example] = [
    ex("p7-had-hoped-but-stalled-at",
       "Officials had hoped to reach $1 billion in trade in 2024 but turnover stalled at $780 "
       "million.",
       c("$1 billion", 1e9, "USD", kind="projection", period="2024"),
       c("$780 million", 780e6, "USD", kind="actual", period="2024"),
       published="2025-03-01"),
    ex("p7-was-set-to-but-managed",
       "The railway was set to carry 2 million tonnes in 2024 but managed 1.7 million tonnes.",
       c("2 million tonnes", 2e6, "t", kind="projection", period="2024"),
       c("1.7 million tonnes", 1.7e6, "t", kind="actual", period="2024"),
       published="2025-03-01"),
    ex("p7-said-would-hit-they-reached",
       "The ministry said in January that exports would hit $2 billion in 2024; they reached "
       "$2.1 billion.",
       c("$2 billion", 2e9, "USD", kind="projection", period="2024"),
       c("$2.1 billion", 2.1e9, "USD", kind="actual", period="2024"),
       published="2025-02-01"),
    ex("p7-aimed-to-ended-up-with",
       "The operator said it aimed to move 50,000 TEU in 2024 and ended up with 46,000 TEU.",
       c("50,000 TEU", 50000, "TEU", kind="projection", period="2024"),
       c("46,000 TEU", 46000, "TEU", kind="actual", period="2024"),
       published="2025-02-01"),
    ex("p7-expected-to-grow-and-rose",
       "Exports were expected to grow 10% in 2024 and rose 12%.",
       c("10%", 10, "%", change="increase", kind="projection", period="2024"),
       c("12%", 12, "%", change="increase", kind="actual", period="2024"),
       published="2025-02-01"),
    ex("p7-was-targeting-growth",
       "The government said it was targeting 20% growth in exports in 2024; exports rose 9%.",
       c("20%", 20, "%", change="increase", kind="projection", period="2024"),
       c("9%", 9, "%", change="increase", kind="actual", period="2024"),
       published="2025-02-01"),
    ex("p7-was-due-to-but-handled",
       "The port was due to handle 3 million tonnes in 2024 but handled 2.6 million tonnes.",
       c("3 million tonnes", 3e6, "t", kind="projection", period="2024"),
       c("2.6 million tonnes", 2.6e6, "t", kind="actual", period="2024"),
       published="2025-02-01"),
    ex("p7-supposed-to-yet-it-reached",
       "Trade was supposed to hit $1 billion last year, yet it reached only $850 million.",
       c("$1 billion", 1e9, "USD", kind="projection", period="2024"),
       c("$850 million", 850e6, "USD", kind="actual", period="2024"),
       published="2025-02-01"),
    ex("p7-it-expected-revenue-of-and-booked",
       "The company told investors it expected revenue of $400 million in 2024, and it booked "
       "$410 million.",
       c("$400 million", 400e6, "USD", kind="projection", period="2024"),
       c("$410 million", 410e6, "USD", kind="actual", period="2024"),
       published="2025-03-01"),
    ex("p7-was-on-track-to-year-not-over",
       "The terminal said it was on track to handle 120,000 TEU in 2025.",
       c("120,000 TEU", 120000, "TEU", kind="projection", period="2025"),
       published="2025-10-01"),
    ex("p7-had-been-expected-season-but-shipped",
       "Kazakhstan had been expected to export 9 million tonnes of grain in the 2023/24 season "
       "but shipped 11 million tonnes.",
       c("9 million tonnes", 9e6, "t", kind="projection", period="2023/2024"),
       c("11 million tonnes", 11e6, "t", kind="actual", period="2023/2024"),
       published="2024-09-01"),
    ex("p7-had-said-would-invest-it-invested",
       "The company had earlier said it would invest $500 million by 2024; it invested $420 "
       "million.",
       c("$500 million", 500e6, "USD", kind="projection", period="2024"),
       c("$420 million", 420e6, "USD", kind="actual", period="2024"),
       published="2025-03-01"),
    ex("p7-the-plan-was-to-but-only",
       "The plan was to ship 1 million tonnes in 2024, but only 800,000 tonnes were shipped.",
       c("1 million tonnes", 1e6, "t", kind="projection", period="2024"),
       c("800,000 tonnes", 800000, "t", kind="actual", period="2024"),
       published="2025-03-01"),
    ex("p7-it-was-hoped-that-would-reach",
       "It was hoped that trade would reach $500 million in 2024; it came to $460 million.",
       c("$500 million", 500e6, "USD", kind="projection", period="2024"),
       c("$460 million", 460e6, "USD", kind="actual", period="2024"),
       published="2025-03-01"),
    ex("p7-down-from-what-it-had-expected-in-month",
       "The operator now expects 2.8 million tonnes this year, down from the 3 million tonnes "
       "it had expected in January.",
       c("2.8 million tonnes", 2.8e6, "t", kind="projection", period="2025"),
       c("3 million tonnes", 3e6, "t", kind="projection", period="2025"),
       published="2025-06-01"),
    ex("p7-which-had-forecast-at-came-to",
       "Transit cargo, which the ministry had forecast at 2 million tonnes, came to 2.3 million "
       "tonnes in 2024.",
       c("2 million tonnes", 2e6, "t", kind="projection", period="2024"),
       c("2.3 million tonnes", 2.3e6, "t", kind="actual", period="2024"),
       published="2025-02-01"),
    # near-misses: an outcome told beside what was expected is reported
    ex("p7-said-on-day-had-totalled",
       "The ministry said on Tuesday that exports in 2024 had totalled $2.6 billion.",
       c("$2.6 billion", 2.6e9, "USD", kind="actual", period="2024"),
       published="2025-02-01"),
    ex("p7-said-handled-and-expects",
       "Aktau said it handled 1.2 million tonnes in the first quarter and expects 5 million "
       "tonnes for the full year.",
       c("1.2 million tonnes", 1.2e6, "t", kind="actual", period="2025-01/2025-03"),
       c("5 million tonnes", 5e6, "t", kind="projection", period="2025"),
       published="2025-04-20"),
    ex("p7-the-figure-the-ministry-reported",
       "Exports in 2024 beat the $2 billion the ministry reported for 2023.",
       c("$2 billion", 2e9, "USD", kind="actual", period="2023"),
       published="2025-02-01"),
    ex("p7-as-expected-handled",
       "As expected, the port handled 6 million tonnes in 2024.",
       c("6 million tonnes", 6e6, "t", kind="actual", period="2024"),
       published="2025-02-01"),
    ex("p7-carried-as-it-had-expected",
       "The railway said it carried 30 million tonnes in 2024, as it had expected.",
       c("30 million tonnes", 30e6, "t", kind="actual", period="2024"),
       published="2025-02-01"),
    ex("p7-faster-than-was-expected",
       "Exports grew 12% in 2024, faster than the 10% that was expected.",
       c("12%", 12, "%", change="increase", kind="actual", period="2024"),
       c("10%", 10, "%", change="increase", kind="projection", period="2024"),
       published="2025-02-01"),
    ex("p7-faster-than-a-past-rise",
       "Exports grew 12% in 2024, faster than the 10% seen in 2023.",
       c("12%", 12, "%", change="increase", kind="actual", period="2024"),
       c("10%", 10, "%", kind="actual", period="2023"),
       published="2025-02-01"),
    ex("p7-tariff-was-set-to-a-level",
       "The port dues were set at $1.2 per tonne in 2024.",
       c("$1.2", 1.2, "USD", per="t", kind="actual", period="2024"),
       published="2025-02-01"),
]

# A figure a past verb reports, in a clause after a forecast's: it takes neither the time
# still to come nor the kind of the forecast.
DONE_BESIDE_PLANS: list[Example] = [
    ex("p7-expects-while-containers-reached",
       "The port expects 3 million tonnes in 2026, while containers reached 56,000 TEU.",
       c("3 million tonnes", 3e6, "t", kind="projection", period="2026"),
       c("56,000 TEU", 56000, "TEU", kind="actual", period=None),
       published="2025-03-01"),
    ex("p7-wants-by-year-and-containers-reached",
       "The government wants 10 million tonnes by 2030, and containers reached 56,000 TEU.",
       c("10 million tonnes", 10e6, "t", kind="projection", period="2030"),
       c("56,000 TEU", 56000, "TEU", kind="actual", period=None),
       published="2025-03-01"),
    # near-misses: a forecast after "while" shares the time; "hit" may be a future's verb;
    # a reported figure after "while" shares a past time
    ex("p7-expects-while-should-handle",
       "The port expects 3 million tonnes in 2026, while Kuryk should handle 1 million tonnes.",
       c("3 million tonnes", 3e6, "t", kind="projection", period="2026"),
       c("1 million tonnes", 1e6, "t", kind="projection", period="2026"),
       published="2025-03-01"),
    ex("p7-by-year-should-hit",
       "By 2030 exports should hit $3 billion.",
       c("$3 billion", 3e9, "USD", kind="projection", period="2030"),
       published="2025-03-01"),
    ex("p7-reached-while-rose-past-year",
       "Exports reached $3 billion in 2024, while imports rose to $2 billion.",
       c("$3 billion", 3e9, "USD", kind="actual", period="2024"),
       c("$2 billion", 2e9, "USD", kind="actual", period="2024"),
       published="2025-03-01"),
]

# A span of years a "while" clause shares with the clause before it.
SHARED_SPANS: list[Example] = [
    ex("p7-while-clause-shares-span",
       "Chinese investment in Kyrgyzstan's mining sector topped $2 billion over 2010-2023, "
       "while Russian investment in the sector was about $600 million.",
       c("$2 billion", 2e9, "USD", period="2010/2023"),
       c("$600 million", 600e6, "USD", period="2010/2023"),
       published="2024-05-01"),
    ex("p7-while-clause-shares-span-between",
       "Turkish firms invested $1.4 billion in Georgia between 2015 and 2024, while Azerbaijani "
       "firms put in some $900 million.",
       c("$1.4 billion", 1.4e9, "USD", period="2015/2024"),
       c("$900 million", 900e6, "USD", period="2015/2024"),
       published="2025-04-01"),
    ex("p7-whereas-clause-shares-span",
       "Kazakh firms invested about $1.1 billion in Uzbekistan in 2017-2024, whereas Uzbek "
       "investment in Kazakhstan came to some $400 million.",
       c("$1.1 billion", 1.1e9, "USD", period="2017/2024"),
       c("$400 million", 400e6, "USD", period="2017/2024"),
       published="2025-03-01"),
    # near-miss: a stock now after "while" is no total over the span
    ex("p7-while-clause-stock-now",
       "Chinese investment in the sector topped $2 billion over 2010-2023, while Russian "
       "investment currently stands at about $600 million.",
       c("$2 billion", 2e9, "USD", period="2010/2023"),
       c("$600 million", 600e6, "USD", period=None),
       published="2024-05-01"),
    # near-miss: a cost to come after "while" is no part of the span
    ex("p7-while-clause-future-cost-undated",
       "Chinese investment in the sector topped $2 billion over 2010-2023, while a new "
       "smelter will cost $300 million.",
       c("$2 billion", 2e9, "USD", period="2010/2023"),
       c("$300 million", 300e6, "USD", period=None),
       published="2024-05-01"),
    # near-miss: a "while" clause with its own time keeps it
    ex("p7-while-clause-own-year",
       "Chinese investment in the sector topped $2 billion over 2010-2023, while in 2024 alone "
       "Russian firms invested $150 million.",
       c("$2 billion", 2e9, "USD", period="2010/2023"),
       c("$150 million", 150e6, "USD", period="2024"),
       published="2025-05-01"),
]

# A rate in the present tense says how things go now, not what the months before did.
PRESENT_RATES: list[Example] = [
    ex("p7-present-rate-each-week-said",
       "In the first half of 2025 the port handled 2.2 million tonnes. Between 20 and 25 ships "
       "call at its berths each week, the operator says.",
       c("2.2 million tonnes", 2.2e6, "t", period="2025-01/2025-06"),
       c("20 and 25 ships", 20, "count", value_high=25, per="week", period=None),
       published="2025-08-01"),
    ex("p7-present-rate-every-month-he-said",
       "Shipments of Turkmen oil via Baku reached 900,000 tonnes in January-August. Some 15 "
       "tankers arrive at Sangachal every month, he said.",
       c("900,000 tonnes", 900000, "t", period="2025-01/2025-08"),
       c("15 tankers", 15, "count", per="month", period=None),
       published="2025-09-20"),
    ex("p7-present-rate-a-day-officials-say",
       "Exports through Altynkol reached 4.2 million tonnes in January-May. Around 25 freight "
       "trains a day cross the border there, officials say.",
       c("4.2 million tonnes", 4.2e6, "t", period="2025-01/2025-05"),
       c("25 freight trains", 25, "count", per="day", period=None),
       published="2025-06-15"),
    # near-miss: the same rate in the past tense is of the months carried
    ex("p7-past-rate-each-week-carried",
       "In the first half of 2025 the port handled 2.2 million tonnes. About 22 ships called "
       "each week.",
       c("2.2 million tonnes", 2.2e6, "t", period="2025-01/2025-06"),
       c("22 ships", 22, "count", per="week", period="2025-01/2025-06"),
       published="2025-08-01"),
    ex("p7-past-rate-a-day-when-clause",
       "Exports through Altynkol reached 4.2 million tonnes in January-May, when around 25 "
       "freight trains a day crossed the border.",
       c("4.2 million tonnes", 4.2e6, "t", period="2025-01/2025-05"),
       c("25 freight trains", 25, "count", per="day", period="2025-01/2025-05"),
       published="2025-06-15"),
    # near-misses: an average over the months before, told with no verb of movement, is of
    # those months
    ex("p7-rate-under-a-dated-heading",
       "Key figures for January-June 2025:\n- Trains: 40 a week\n- Trucks: 1,200 a day\n"
       "- Cargo: 2.1 million tonnes",
       c("40", 40, "count", per="week", period="2025-01/2025-06"),
       c("1,200", 1200, "count", per="day", period="2025-01/2025-06"),
       c("2.1 million tonnes", 2.1e6, "t", period="2025-01/2025-06"),
       published="2025-08-01"),
    ex("p7-average-rate-after-total",
       "In January-June 2025 the border post cleared 210,000 trucks. Average: 1,200 trucks a "
       "day.",
       c("210,000 trucks", 210000, "count", period="2025-01/2025-06"),
       c("1,200 trucks", 1200, "count", per="day", period="2025-01/2025-06"),
       published="2025-08-01"),
    ex("p7-that-is-a-rate-after-total",
       "In January-June 2025 the border post cleared 210,000 trucks. That is about 1,200 "
       "trucks a day.",
       c("210,000 trucks", 210000, "count", period="2025-01/2025-06"),
       c("1,200 trucks", 1200, "count", per="day", period="2025-01/2025-06"),
       published="2025-08-01"),
    # near-miss: a level in the present tense of a stated period keeps its own time
    ex("p7-present-rate-own-time",
       "In 2025, 40 container trains a week run on the line, up from 28 trains in 2024.",
       c("40 container trains", 40, "count", per="week", period="2025"),
       c("28 trains", 28, "count", period="2024"),
       published="2025-06-01"),
]

# Times the sentence or its paragraph states.
STATED_TIMES: list[Example] = [
    ex("p7-figures-for-months-show",
       "Figures for January-September show the Poti terminal handled 5.5 million tonnes.",
       c("5.5 million tonnes", 5.5e6, "t", period="2025-01/2025-09"),
       published="2025-10-20"),
    ex("p7-of-that-carried-in-paragraph",
       "In January-June 2025, turnover with China reached $1.2 billion. Of that, exports "
       "made up $700 million.",
       c("$1.2 billion", 1.2e9, "USD", period="2025-01/2025-06"),
       c("$700 million", 700e6, "USD", period="2025-01/2025-06"),
       published="2025-07-20"),
    ex("p7-time-after-an-aside",
       "The railway carried 18 million tonnes, its highest yearly volume on record, in 2024.",
       c("18 million tonnes", 18e6, "t", period="2024"),
       published="2025-02-01"),
    ex("p7-season-set-off-by-commas",
       "Grain exports for the 2024/25 season, at 11 million tonnes, were a record.",
       c("11 million tonnes", 11e6, "t", period="2024/2025"),
       published="2025-08-01"),
    # near-miss: a target year told after its figure is a projection of that year
    ex("p7-target-for-year-after-aside",
       "The port wants to handle 9 million tonnes, a third more than now, in 2027.",
       c("9 million tonnes", 9e6, "t", kind="projection", period="2027"),
       c("a third", 100 / 3, "%", change="increase", kind="projection", period="2027"),
       published="2025-02-01"),
]

EXAMPLES: list[Example] = (REPORTED + PAST_PLANS + DONE_BESIDE_PLANS + SHARED_SPANS
                           + PRESENT_RATES + STATED_TIMES)

KNOWN_GAPS: dict[str, str] = {
    "p7-down-from-what-it-had-expected-in-month":
        "(kind right) the earlier forecast a revised one comes down from ('down from the 3 "
        "million tonnes it had expected in January') is a level 'from', which takes no time "
        "of the sentence; that it is the same year's forecast needs the revision read as one "
        "(January is when it was made, rightly no period)",
}
