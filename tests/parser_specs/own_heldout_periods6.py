"""Held-out sentences on the period of a figure, from a second audit of the bundled claims'
periods (after `own_heldout_periods5`).

The causes the audit found, each written again in our own words with other names and
numbers: a milestone's date ("completion targeted for end-2026", "commissioning set for the
end of 2025") that is no period of the sizes told beside it (a length, a bandwidth, a quay);
a change told after a speaker's aside (", the minister said, close to a 12% increase"),
which is the change of the level before the aside and shares its time; a headline's clause
after ';' on investment nearing a figure ("; mutual investment near $39 billion"), a stock
now that takes no year from the other clause; and the house
convention on spans of years pinned again: "over the past six years" runs back from the
publication date, a bare "over six years" names no dated span. With near-misses where the
rules must not fire. Written by hand, expectations first, then compared with the parser.
"""

from __future__ import annotations

from . import Example, c, ex

# A milestone's date (completion, commissioning, launch) dates the milestone, not the sizes
# of the thing to be finished.
MILESTONES: list[Example] = [
    ex("p6-headline-completion-targeted-end-year",
       "Tashkent data hub: 12 MW, up to 900 Gbps, completion targeted for end-2027",
       c("12 MW", 12, "MW", period=None),
       c("900 Gbps", 900, "Gbps", period=None),
       published="2025-05-10"),
    ex("p6-completion-set-for-the-end-of",
       "The 260-km second track is 85% built, with completion set for the end of 2025.",
       c("260-km", 260, "km", period=None),
       c("85%", 85, "%", period=None),
       published="2025-03-01"),
    ex("p6-launch-targeted-for-year",
       "The 1,100-metre quay wall is ready, with launch targeted for 2026.",
       c("1,100-metre", 1100, "m", period=None),
       published="2025-07-15"),
    # near-miss: a volume to be reached by a date is that date's
    ex("p6-volume-by-end-of-year-dated",
       "The terminal is expected to handle 2 million tonnes by the end of 2026.",
       c("2 million tonnes", 2e6, "t", period="2026", kind="projection"),
       published="2025-07-15"),
    # near-miss: the year of a target, not of a milestone
    ex("p6-target-year-not-milestone",
       "Kuryk targets 4 million tonnes for 2026, with a new berth due next spring.",
       c("4 million tonnes", 4e6, "t", period="2026", kind="projection"),
       published="2025-07-15"),
]

# A change told after a speaker's aside is the change of the level before the aside.
SAID_ASIDES: list[Example] = [
    ex("p6-said-aside-close-to-increase",
       "Rail freight to China should reach 31 million tonnes this year, the minister said, "
       "close to a 12% increase.",
       c("31 million tonnes", 31e6, "t", period="2025", kind="projection"),
       c("12%", 12, "%", change="increase", period="2025", kind="projection"),
       published="2025-09-01"),
    ex("p6-said-aside-nearly-a-rise-past",
       "Batumi handled 21,000 TEU in 2024, the port said, nearly a 30% rise.",
       c("21,000 TEU", 21000, "TEU", period="2024"),
       c("30%", 30, "%", change="increase", period="2024"),
       published="2025-02-01"),
    # near-miss: a clause after the aside with its own time keeps it
    ex("p6-said-adding-own-time",
       "Exports reached $2 billion in 2024, the ministry said, adding that a 10% rise is "
       "expected this year.",
       c("$2 billion", 2e9, "USD", period="2024"),
       c("10%", 10, "%", change="increase", period="2025", kind="projection"),
       published="2025-02-01"),
    # near-miss: a level after the aside is no change of the level before it
    ex("p6-said-aside-level-not-shared",
       "Exports reached $2 billion in 2024, he said, while a new plant will cost $300 million.",
       c("$2 billion", 2e9, "USD", period="2024"),
       c("$300 million", 300e6, "USD", period=None),
       published="2025-02-01"),
]

# Spans of years: "over the past N years" runs back from publication; "over N years" is
# undated (the house convention, own_context `period-over-the-past-n-years` and
# `period-not-carried-into-a-span-of-years`).
SPANS: list[Example] = [
    ex("p6-over-n-years-from-to-undated",
       "Cargo on the Trans-Caspian route has grown fourfold over six years, from 1.1 million "
       "to 4.4 million tonnes a year.",
       c("fourfold", 4, "x", change="increase", period=None),
       c("1.1 million", 1.1e6, "t", period=None),
       c("4.4 million tonnes", 4.4e6, "t", period=None),
       published="2026-02-01"),
    ex("p6-over-the-past-n-years-dated",
       "Cargo on the route has grown fourfold over the past six years.",
       c("fourfold", 4, "x", change="increase", period="2020/2026"),
       published="2026-02-01"),
]

# A headline's clause after ';' on investment nearing a figure is a stock now, not of the
# year the other clause names.
HEADLINE_STOCKS: list[Example] = [
    ex("p6-headline-mutual-investment-nearing",
       "Uzbek-Turkish trade reached $3.4 billion in 2025; mutual investment nearing $2 billion",
       c("$3.4 billion", 3.4e9, "USD", period="2025"),
       c("$2 billion", 2e9, "USD", period=None),
       published="2026-02-15"),
    ex("p6-headline-investments-close-to",
       "Georgia-China trade at $2.1 billion in 2025; Chinese investments close to $1 billion",
       c("$2.1 billion", 2.1e9, "USD", period="2025"),
       c("$1 billion", 1e9, "USD", period=None),
       published="2026-02-15"),
    # near-miss: a flow nearing a figure after ';' is of the same year
    ex("p6-headline-imports-near-same-year",
       "Kazakh exports to Italy hit $9 billion in 2025; imports near $2 billion",
       c("$9 billion", 9e9, "USD", period="2025"),
       c("$2 billion", 2e9, "USD", period="2025"),
       published="2026-02-15"),
    # near-miss: investment with its own year keeps it
    ex("p6-headline-investment-own-year",
       "Trade reached $3.4 billion in 2025; investment near $2 billion in 2024",
       c("$3.4 billion", 3.4e9, "USD", period="2025"),
       c("$2 billion", 2e9, "USD", period="2024"),
       published="2026-02-15"),
]

# A pair of shares set against each other after a pair whose earlier share names its year:
# the second pair's earlier share is of that year too.
PARALLEL_PAIRS: list[Example] = [
    ex("p6-versus-pair-after-dated-pair",
       "By 2030 rail could carry 40% of the freight, against 25% in 2024, while road's share "
       "could fall to 35% (versus 45%).",
       c("40%", 40, "%", period="2030", kind="projection"),
       c("25%", 25, "%", period="2024"),
       c("35%", 35, "%", period="2030", kind="projection"),
       c("45%", 45, "%", period="2024"),
       published="2025-06-01"),
]

EXAMPLES: list[Example] = (MILESTONES + SAID_ASIDES + SPANS + HEADLINE_STOCKS
                           + PARALLEL_PAIRS)

KNOWN_GAPS: dict[str, str] = {
    "p6-versus-pair-after-dated-pair":
        "a second pair of shares '(versus 45%)' takes the forecast's year, not the year the "
        "first pair's earlier share named ('against 25% in 2024'): reading pairs as parallel "
        "needs the sentence's pairs matched to each other, which no pass does (the corpus "
        "'(31.2% versus 30%)' is left undated, as corpus-014 leaves it unchecked)",
}
