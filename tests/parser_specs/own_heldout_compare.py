"""Held-out sentences on how trade and logistics news compares figures, written after the parser.

Across the corridor's topics (trade turnover, cargo, containers, ports, rail, investment):
"compared with", "against", "versus"/"vs", "up from", "down from", "from ... a year earlier",
"than in the same period of last year", previous estimates and revised figures ("revised up
to", "was later corrected to"), year-on-year and month-on-month changes, shares of a total
("accounting for 38% of"), differences ("1.2 million tonnes more than"), ratios ("twice as much
as", "a third less than"), rankings that are not claims ("the third-largest partner", "ranked
5th"), and sentences with two or three figures for different periods or parties. Written by
hand in our own words, expectations first, then compared with the parser: a measure of how it
generalises beyond the corpus and the tables it was tuned on.

Conventions checked here: the level is never a change, even after "rose to"; the base a level
is compared with is a level too, with its own period ("up from 4.1 mt a year earlier" is the
year before the level's); a difference ("1.2 million tonnes more") and a ratio ("twice as much")
are changes and take the period of the figure they describe; a share is `%` with no change.
"""

from __future__ import annotations

from . import KZ_AZ, TITR, Example, c, ex

AKTAU = "Port of Aktau"
POTI = "Port of Poti"

LEVEL_AND_BASE: list[Example] = [
    ex("cmp-turnover-up-from-a-year-earlier",
       "Trade between Kazakhstan and Azerbaijan reached $612 million in 2024, up from $529 "
       "million a year earlier.",
       c("$612 million", 612e6, "USD", metric="trade turnover", topic="trade", period="2024",
         entities=KZ_AZ, kind="actual", change=None),
       c("$529 million", 529e6, "USD", metric="trade turnover", period="2023", kind="actual",
         change=None),
       published="2025-02-14"),
    ex("cmp-cargo-down-from-in-year",
       "The port of Aktau handled 5.6 million tonnes last year, down from 6.1 million tonnes in "
       "2023.",
       c("5.6 million tonnes", 5.6e6, "t", metric="port throughput", topic="logistics",
         period="2024", entities=[AKTAU], change=None),
       c("6.1 million tonnes", 6.1e6, "t", period="2023", change=None),
       published="2025-03-03"),
    ex("cmp-containers-compared-with-same-period",
       "In January-September 2025 the railway carried 412,000 TEU, compared with 355,000 TEU "
       "in the same period of 2024.",
       c("412,000 TEU", 412000, "TEU", metric="container volume", topic="logistics",
         period="2025-01/2025-09", change=None),
       c("355,000 TEU", 355000, "TEU", metric="container volume", period="2024-01/2024-09",
         change=None),
       published="2025-10-20"),
    ex("cmp-against-last-year-same-period",
       "Exports of grain via Poti totalled 1.4 mln t in the first half, against 0.9 mln t in "
       "the same period of last year.",
       c("1.4 mln t", 1.4e6, "t", metric="grain exports", period="2025-01/2025-06",
         entities=[POTI], change=None),
       c("0.9 mln t", 0.9e6, "t", period="2024-01/2024-06", change=None),
       published="2025-07-18"),
    ex("cmp-versus-in-parentheses",
       "Transit via the Middle Corridor came to 4.5 million tonnes (versus 2.7 million tonnes "
       "in 2023).",
       # the level's own year is not said: a base in 2023 does not make it 2024
       c("4.5 million tonnes", 4.5e6, "t", entities=[TITR], period=None, change=None),
       c("2.7 million tonnes", 2.7e6, "t", period="2023", change=None),
       published="2025-01-25"),
    ex("cmp-vs-abbreviated",
       "Container throughput at Poti: 120,300 TEU in 1H25 vs 98,700 TEU in 1H24.",
       c("120,300 TEU", 120300, "TEU", metric="container volume", period="2025-01/2025-06",
         entities=[POTI]),
       c("98,700 TEU", 98700, "TEU", period="2024-01/2024-06"),
       published="2025-08-01"),
    ex("cmp-from-to-a-year-earlier",
       "Investment in the sector climbed to KZT 1.2 trillion from KZT 950 billion a year "
       "earlier.",
       c("KZT 1.2 trillion", 1.2e12, "KZT", metric="investment", topic="investment",
         change=None),
       # "a year earlier" than a level of no stated time: no period (unlike "a year ago")
       c("KZT 950 billion", 950e9, "KZT", metric="investment", change=None, period=None),
       published="2025-04-10"),
    ex("cmp-rose-to-level-is-not-a-change",
       "Rail freight on the route rose to 28.4 million tonnes in 2024 from 26.9 million tonnes "
       "in 2023.",
       c("28.4 million tonnes", 28.4e6, "t", change=None, period="2024", kind="actual"),
       c("26.9 million tonnes", 26.9e6, "t", change=None, period="2023", kind="actual"),
       published="2025-02-01"),
    ex("cmp-three-periods",
       "The terminal loaded 310 trains in 2022, 450 in 2023 and 580 in 2024.",
       c("310 trains", 310, "count", item="train", period="2022"),
       c("450", 450, "count", period="2023"),
       c("580", 580, "count", period="2024"),
       published="2025-01-15"),
    ex("cmp-two-parties-while",
       "Kazakhstan's exports to China hit $15.2 billion, while imports from China reached $13.8 "
       "billion.",
       c("$15.2 billion", 15.2e9, "USD", metric="exports", entities=["Kazakhstan", "China"]),
       c("$13.8 billion", 13.8e9, "USD", metric="imports", entities=["China"])),
    ex("cmp-month-on-month-level-and-base",
       "Freight rates from Shanghai to Aktau eased to $4,850 per 40ft container in October "
       "from $5,300 in September.",
       c("$4,850", 4850, "USD", per="40ft container", metric="freight rate", period="2025-10",
         change=None),
       c("$5,300", 5300, "USD", per="40ft container", period="2025-09", change=None),
       published="2025-11-05"),
]

CHANGES: list[Example] = [
    ex("cmp-yoy-percent-rise",
       "Cargo handled at Kazakh ports grew 14.6% year-on-year to 21.3 million tonnes.",
       c("14.6%", 14.6, "%", change="increase", per=None, metric="port throughput"),
       c("21.3 million tonnes", 21.3e6, "t", change=None, entities=["Kazakhstan"])),
    ex("cmp-mom-percent-fall",
       "Container traffic slipped 3.2% month on month in August.",
       c("3.2%", 3.2, "%", change="decrease", per=None, period="2025-08",
         metric="container volume"),
       published="2025-09-10"),
    ex("cmp-than-in-same-period-last-year",
       "Turnover with Georgia was 18% higher than in the same period of last year.",
       c("18%", 18, "%", change="increase", metric="trade turnover", entities=["Georgia"])),
    ex("cmp-difference-in-tonnes",
       "The corridor carried 1.2 million tonnes more than in 2023.",
       c("1.2 million tonnes", 1.2e6, "t", change="increase"),
       published="2025-02-01"),
    ex("cmp-difference-money-less",
       "Imports from Russia were $410 million less than a year earlier.",
       c("$410 million", 410e6, "USD", change="decrease", metric="imports",
         entities=["Russia"])),
    ex("cmp-twice-as-much-as",
       "Uzbekistan shipped twice as much cotton yarn to Türkiye as in 2022.",
       c("twice", 2, "x", change="increase", entities=["Uzbekistan", "Türkiye"]),
       published="2024-05-01"),
    ex("cmp-times-more-than",
       "Investment in the dry port was 2.4 times more than in the previous year.",
       c("2.4 times", 2.4, "x", change="increase", metric="investment")),
    ex("cmp-percent-and-absolute-change",
       "Exports rose by 9.1%, or $1.3 billion, compared with 2023.",
       c("9.1%", 9.1, "%", change="increase", metric="exports"),
       c("$1.3 billion", 1.3e9, "USD", change="increase", metric="exports"),
       published="2025-02-20"),
    ex("cmp-pp-change-in-share",
       "China's share of the container flow rose by 4.2 percentage points to 61%.",
       c("4.2 percentage points", 4.2, "pp", change="increase"),
       c("61%", 61, "%", change=None, entities=["China"])),
    ex("cmp-down-percent-from-a-year-earlier",
       "Oil exports via the BTC pipeline were down 7.5% from a year earlier at 27.8 million "
       "tonnes.",
       c("7.5%", 7.5, "%", change="decrease", metric="oil exports", topic="energy"),
       c("27.8 million tonnes", 27.8e6, "t", change=None, metric="oil exports")),
    ex("cmp-halved-against",
       "Transit through Russia halved against 2021 levels.",
       c("halved", 0.5, "x", change="decrease"), published="2024-03-01"),
    ex("cmp-decline-of-percent-noun",
       "The decline of 11.4% in car imports reflected new tariffs.",
       c("11.4%", 11.4, "%", change="decrease", metric="imports")),
    ex("cmp-growth-and-level-two-figures-two-years",
       "Exports to the EU increased by 22% in 2024 to $3.1 billion after a fall of 6% in 2023.",
       c("22%", 22, "%", change="increase", period="2024", metric="exports",
         entities=["European Union"]),
       c("$3.1 billion", 3.1e9, "USD", change=None, period="2024"),
       c("6%", 6, "%", change="decrease", period="2023"),
       published="2025-03-01"),
    ex("cmp-increase-in-trains-as-count-difference",
       "The number of container trains increased by 320 compared with 2023.",
       c("320", 320, "count", change="increase"), published="2025-01-20"),
    ex("cmp-percent-lower-than",
       "Tariffs on the Baku-Tbilisi-Kars line are 15% lower than on the northern route.",
       c("15%", 15, "%", change="decrease", per=None)),
    ex("cmp-signed-percent-in-brackets",
       "Throughput at Batumi reached 4.1 mln t (-8.3% y/y).",
       c("4.1 mln t", 4.1e6, "t", change=None, entities=["Port of Batumi"]),
       c("-8.3%", -8.3, "%", change="decrease")),
]

SHARES: list[Example] = [
    ex("cmp-accounting-for-share",
       "China remained the top partner with $4.8 billion, accounting for 38% of the total.",
       c("$4.8 billion", 4.8e9, "USD", entities=["China"]),
       c("38%", 38, "%", change=None)),
    ex("cmp-share-of-turnover",
       "The EU's share in Kazakhstan's trade turnover reached 29.7 percent.",
       c("29.7 percent", 29.7, "%", change=None, metric="trade turnover",
         entities=["European Union", "Kazakhstan"])),
    ex("cmp-made-up-percent-of-exports",
       "Oil made up 54% of exports, compared with 59% a year earlier.",
       c("54%", 54, "%", change=None, metric="exports"),
       c("59%", 59, "%", change=None, metric="exports", period=None),
       published="2025-02-10"),
    ex("cmp-share-and-change-in-share",
       "Containers accounted for 31% of all cargo at Aktau, up 5 percentage points from 2023.",
       c("31%", 31, "%", change=None, entities=[AKTAU]),
       c("5 percentage points", 5, "pp", change="increase"),
       published="2025-02-10"),
    ex("cmp-one-third-of-trade",
       "Transit now accounts for about a third of the port's cargo.",
       # a share in words is a share in per cent, as "33%" would be
       c("a third", 100 / 3, "%", approx="approx", change=None)),
]

RANKINGS: list[Example] = [
    ex("cmp-neg-third-largest-partner",
       "Türkiye is Azerbaijan's third-largest trading partner.",
       ),
    ex("cmp-neg-ranked-fifth",
       "Kazakhstan ranked 5th among China's partners in Central Asia and the Caucasus by rail "
       "freight in 2024.",
       ),
    ex("cmp-neg-ordinal-with-figure",
       "Italy, the second-largest buyer, took $1.9 billion of Kazakh oil in the first quarter.",
       c("$1.9 billion", 1.9e9, "USD", entities=["Italy", "Kazakhstan"],
         period="2025-01/2025-03"),
       published="2025-05-05"),
    ex("cmp-neg-top-ten-list",
       "Georgia is among the top 10 countries by ease of cross-border trade.",
       ),
    ex("cmp-neg-years-only",
       "Unlike in 2022 and 2023, trade in 2024 was driven by re-exports.",
       ),
    ex("cmp-neg-first-time-since",
       "It was the first increase since 2019 and the fourth in a decade.",
       ),
]

ESTIMATES: list[Example] = [
    ex("cmp-revised-up-to",
       "The statistics bureau revised 2024 growth in freight turnover up to 6.8% from 5.9%.",
       c("6.8%", 6.8, "%", change="increase", period="2024", approx=None),
       c("5.9%", 5.9, "%", change="increase", period="2024"),
       published="2025-03-20"),
    ex("cmp-was-revised-up-to",
       "Growth in container traffic was revised up to 6.8% from the 5.9% first reported.",
       c("6.8%", 6.8, "%", change="increase", approx=None, metric="container volume"),
       c("5.9%", 5.9, "%", change="increase", approx=None)),
    ex("cmp-revised-down-to-level",
       "Statistics officials revised the September throughput at Aktau down to 1.6 million "
       "tonnes.",
       c("1.6 million tonnes", 1.6e6, "t", approx=None, change=None, entities=[AKTAU],
         period="2025-09"),
       published="2025-11-02"),
    ex("cmp-later-corrected-to",
       "The figure for September was later corrected to 1.02 million tonnes.",
       c("1.02 million tonnes", 1.02e6, "t", period="2025-09", kind="actual"),
       published="2025-11-02"),
    ex("cmp-previous-estimate-forecast",
       "The ministry now expects trade to reach $5 billion this year, above its previous "
       "estimate of $4.5 billion.",
       c("$5 billion", 5e9, "USD", kind="projection", period="2025", metric="trade turnover"),
       c("$4.5 billion", 4.5e9, "USD", kind="projection"),
       published="2025-06-01"),
    ex("cmp-forecast-vs-actual",
       "The port expects to handle 8 mln tonnes in 2026, compared with 6.3 mln tonnes actually "
       "handled in 2025.",
       c("8 mln tonnes", 8e6, "t", kind="projection", period="2026"),
       c("6.3 mln tonnes", 6.3e6, "t", kind="actual", period="2025"),
       published="2025-12-10"),
    ex("cmp-target-vs-actual-share",
       "Shipments reached 3.2 million tonnes, or 80% of the 4 million tonne target.",
       c("3.2 million tonnes", 3.2e6, "t", kind="actual"),
       c("80%", 80, "%", change=None),
       c("4 million tonne", 4e6, "t", kind="projection")),
    ex("cmp-will-double-from",
       "Capacity at Kuryk will double from 6 million to 12 million tonnes a year by 2028.",
       c("double", 2, "x", change="increase", kind="projection"),
       c("6 million", 6e6, "t", kind="actual", change=None),
       c("12 million tonnes", 12e6, "t", per="year", kind="projection", period="2028"),
       published="2025-04-01"),
    ex("cmp-exceeded-forecast",
       "Actual volumes of 2.9 million TEU exceeded the forecast of 2.5 million TEU.",
       c("2.9 million TEU", 2.9e6, "TEU", kind="actual"),
       c("2.5 million TEU", 2.5e6, "TEU", kind="projection")),
]

MIXED: list[Example] = [
    ex("cmp-three-figures-two-parties",
       "Uzbekistan's trade with Kazakhstan grew 12% to $4.4 billion, while trade with "
       "Kyrgyzstan fell 3% to $1.1 billion.",
       c("12%", 12, "%", change="increase", entities=["Uzbekistan", "Kazakhstan"]),
       c("$4.4 billion", 4.4e9, "USD", change=None, metric="trade turnover"),
       c("3%", 3, "%", change="decrease", entities=["Kyrgyzstan"]),
       c("$1.1 billion", 1.1e9, "USD", change=None, entities=["Kyrgyzstan"])),
    ex("cmp-rise-from-to-by-percent",
       "Transit cargo at Baku port rose from 3.4 mln t to 4.1 mln t, an increase of 20.6%.",
       c("3.4 mln t", 3.4e6, "t", change=None),
       c("4.1 mln t", 4.1e6, "t", change=None),
       c("20.6%", 20.6, "%", change="increase")),
    ex("cmp-against-the-eu-average",
       "Clearing a truck at the border takes 9 hours, against an EU average of 2 hours.",
       c("9 hours", 9, "hour", change=None),
       c("2 hours", 2, "hour", change=None)),
    ex("cmp-investment-surpassed",
       "FDI into Georgia's logistics sector totalled $240 million in 2024, surpassing the $180 "
       "million of 2023.",
       c("$240 million", 240e6, "USD", period="2024", topic="investment",
         entities=["Georgia"]),
       c("$180 million", 180e6, "USD", period="2023"),
       published="2025-03-01"),
    ex("cmp-per-train-rate-with-base",
       "The average transit time fell to 15 days from 22 days in 2022.",
       c("15 days", 15, "day", metric="transit time", change=None),
       c("22 days", 22, "day", metric="transit time", change=None, period="2022"),
       published="2024-06-01"),
    ex("cmp-a-third-less-than",
       "Ferries carried a third less cargo than in 2023.",
       # a fraction more or less than a base is a change in per cent ("33% less")
       c("a third", 100 / 3, "%", change="decrease"),
       published="2024-12-01"),
    ex("cmp-percent-less-ferries",
       "Ferries carried 33% less cargo than in 2023.",
       c("33%", 33, "%", change="decrease"),
       published="2024-12-01"),
    ex("cmp-twice-the-level-of",
       "Rail freight to Iran was nearly twice the level of 2022.",
       c("twice", 2, "x", change="increase", approx="approx", entities=["Iran"]),
       published="2024-04-01"),
]

EXAMPLES: list[Example] = [*LEVEL_AND_BASE, *CHANGES, *SHARES, *RANKINGS, *ESTIMATES, *MIXED]

KNOWN_GAPS: dict[str, str] = {
}
