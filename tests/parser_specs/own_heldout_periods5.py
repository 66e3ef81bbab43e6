"""Held-out sentences on the period of a figure, from an audit of the bundled claims' periods.

The causes the audit found, each written again in our own words with other names and
numbers: a year before a noun ("bringing 2026 spending to ...") that the figure the total is
built from shares; a stock now ("is approaching $12 billion", "which has about 900
members") that takes no period carried from a sentence about last year, nor a headline's
year from the other side of a semicolon; a time that ends its clause before ", but said"
(not the lead of the figure after it); a change set against "the same months" of the year
before ("so volumes grew by 9%"), which is this year's; a sentence without figures that
names the year already carried (which goes on); "over the year" (the year the article is
about). With near-misses where the rule must not fire. Written by hand, expectations
first, then compared with the parser.
"""

from __future__ import annotations

from . import Example, c, ex

# A year before a noun ("2026 spending", "2025 funding") dates the total after it and the
# part that builds it ("An extra X is earmarked ..., bringing 2026 spending to Y").
ATTRIBUTIVE_TOTALS: list[Example] = [
    ex("p5-bringing-year-spending-part-and-total",
       "A further AMD 2.4 billion is set aside for the Meghri bypass, bringing 2026 spending "
       "on border roads to AMD 9.1 billion.",
       c("AMD 2.4 billion", 2.4e9, "AMD", period="2026"),
       c("AMD 9.1 billion", 9.1e9, "AMD", period="2026"),
       published="2025-11-20"),
    ex("p5-taking-year-funding-part-and-total",
       "The ministry added 30 million soms for rolling stock, taking 2025 funding for the "
       "railway to 410 million soms.",
       c("30 million soms", 30e6, "KGS", period="2025"),
       c("410 million soms", 410e6, "KGS", period="2025"),
       published="2025-04-02"),
    ex("p5-bringing-year-total-with-conversion",
       "Another GEL 12 million (USD 4.4 million) goes to the Kutaisi bypass, bringing 2027 "
       "outlays on the highway to GEL 70 million.",
       c("GEL 12 million", 12e6, "GEL", period="2027"),
       c("USD 4.4 million", 4.4e6, "USD", period="2027"),
       c("GEL 70 million", 70e6, "GEL", period="2027"),
       published="2026-01-15"),
    # near-miss: a length of the thing funded is no part of the year's money
    ex("p5-bringing-year-not-a-length",
       "GEL 20 million is earmarked for a 14-kilometre link, bringing 2026 spending on the "
       "port to GEL 65 million.",
       c("GEL 20 million", 20e6, "GEL", period="2026"),
       c("14-kilometre", 14, "km", period=None),
       c("GEL 65 million", 65e6, "GEL", period="2026"),
       published="2025-12-01"),
    # near-miss: no verb of a running total, the earlier figure is not the year's part
    ex("p5-year-noun-without-total-verb",
       "Uzbekistan spent $80 million on wagons, while its 2026 budget sets aside "
       "$120 million for locomotives.",
       c("$80 million", 80e6, "USD", period=None),
       c("$120 million", 120e6, "USD", period="2026"),
       published="2025-12-10"),
]

# A stock now: not the period a sentence about last year carries, nor a headline's year
# across a semicolon.
STOCKS_NOW: list[Example] = [
    ex("p5-approaching-stock-after-last-year",
       "Trade between Uzbekistan and Kazakhstan reached $4.4 billion last year, the deputy "
       "minister said. Kazakh investment in Uzbekistan is approaching $3 billion, while "
       "Uzbek investment in Kazakhstan is close to $1 billion.",
       c("$4.4 billion", 4.4e9, "USD", period="2025"),
       c("$3 billion", 3e9, "USD", period=None),
       c("$1 billion", 1e9, "USD", period=None),
       published="2026-02-12"),
    ex("p5-nearing-stock-after-last-year",
       "Georgia's exports to China came to $900 million last year. Chinese investment in "
       "Georgian ports is nearing $1.2 billion.",
       c("$900 million", 900e6, "USD", period="2025"),
       c("$1.2 billion", 1.2e9, "USD", period=None),
       published="2026-03-03"),
    ex("p5-headline-semicolon-other-clause",
       "Kyrgyz-Chinese trade hit $22 billion in 2025; Chinese investment stock near "
       "$6 billion",
       c("$22 billion", 22e9, "USD", period="2025"),
       c("$6 billion", 6e9, "USD", period=None),
       published="2026-02-20"),
    ex("p5-which-has-members-now",
       "Grain exports rose 12% in 2025. The talks included the Kazakh Grain Union, which has "
       "about 700 members.",
       c("12%", 12, "%", period="2025"),
       c("700 members", 700, "count", period=None),
       published="2026-01-20"),
    # near-miss: a past stock with its own year stays dated
    ex("p5-stock-with-own-year",
       "Chinese investment in Tajikistan was close to $3 billion in 2024.",
       c("$3 billion", 3e9, "USD", period="2024"),
       published="2025-06-01"),
    # near-miss: a headline's figures on one side of the semicolon share its year
    ex("p5-headline-same-clause-shares",
       "Aktau handled 6.1 mln t and 40,000 TEU in 2025; Kuryk next",
       c("6.1 mln t", 6.1e6, "t", period="2025"),
       c("40,000 TEU", 40000, "TEU", period="2025"),
       published="2026-01-12"),
]

# A time that ends a clause before ", but said": not the lead of a figure after it.
CLAUSE_ENDS: list[Example] = [
    ex("p5-but-said-target-no-year",
       "The minister expected a slowdown this year, but said both sides still aim for the "
       "$10 billion target agreed by their leaders.",
       c("$10 billion", 10e9, "USD", period=None, kind="projection"),
       published="2025-11-30"),
    ex("p5-while-target-no-year",
       "Freight may dip this year, while the railway keeps its goal of 12 million tonnes.",
       c("12 million tonnes", 12e6, "t", period=None),
       published="2025-10-01"),
    # a speaker's aside between a forecast level and its change: the change is of that level
    ex("p5-said-aside-change-of-forecast",
       "Throughput should reach 9.4 million tonnes this year, the director said, close to a "
       "20% rise.",
       c("9.4 million tonnes", 9.4e6, "t", period="2025", kind="projection"),
       c("20%", 20, "%", change="increase", period="2025", kind="projection"),
       published="2025-11-25"),
    # near-miss: a lead set off by a comma is the lead of both clauses
    ex("p5-lead-then-but-shares",
       "In 2024, exports rose 8% but imports fell 3%.",
       c("8%", 8, "%", period="2024"),
       c("3%", 3, "%", period="2024"),
       published="2025-03-01"),
]

# A change set against the same months a year earlier is this year's.
SAME_MONTHS_RESULT: list[Example] = [
    ex("p5-same-months-so-grew",
       "Batumi handled 61,000 TEU in January-August 2025. In the same eight months of 2024 "
       "it handled 55,000 TEU, so volumes grew by 11%.",
       c("61,000 TEU", 61000, "TEU", period="2025-01/2025-08"),
       c("55,000 TEU", 55000, "TEU", period="2024-01/2024-08"),
       c("11%", 11, "%", change="increase", period="2025-01/2025-08"),
       published="2025-09-20"),
    ex("p5-same-half-meaning-rise",
       "Exports reached $1.4 billion in January-June 2025. In the same half of 2024 they "
       "were $1.1 billion, meaning a rise of 27%.",
       c("$1.4 billion", 1.4e9, "USD", period="2025-01/2025-06"),
       c("$1.1 billion", 1.1e9, "USD", period="2024-01/2024-06"),
       c("27%", 27, "%", change="increase", period="2025-01/2025-06"),
       published="2025-08-01"),
    # near-miss: a change of the earlier year itself ("had risen") stays that year's
    ex("p5-same-months-had-risen",
       "Exports reached $1.4 billion in January-June 2025. In the same half of 2024 they "
       "had risen 6%.",
       c("$1.4 billion", 1.4e9, "USD", period="2025-01/2025-06"),
       c("6%", 6, "%", change="increase", period="2024-01/2024-06"),
       published="2025-08-01"),
]

# The article's year goes on: through a sentence without figures that names it again, and
# to "over the year".
ARTICLE_YEAR: list[Example] = [
    ex("p5-figureless-same-year-goes-on",
       "The ADB committed $300 million to Uzbek railways in 2024. The bank also opened a "
       "logistics office in Tashkent last year. Its yearly lending to Uzbekistan reached "
       "$1.1 billion across nine projects.",
       c("$300 million", 300e6, "USD", period="2024"),
       c("$1.1 billion", 1.1e9, "USD", period="2024"),
       c("nine projects", 9, "count", period="2024"),
       published="2025-02-10"),
    # near-miss: a figure-less sentence naming another year ends the carry
    ex("p5-figureless-other-year-ends",
       "The ADB committed $300 million to Uzbek railways in 2024. The bank first opened an "
       "office in Tashkent in 1996. Its portfolio holds 60 projects.",
       c("$300 million", 300e6, "USD", period="2024"),
       c("60 projects", 60, "count", period=None),
       published="2025-02-10"),
    ex("p5-over-the-year-after-base",
       "Turkmen gas sales to China reached $9.8 billion in 2024. That is 4% below the "
       "$10.2 billion of 2023, and exports to Türkiye over the year came to $0.3 billion.",
       c("$9.8 billion", 9.8e9, "USD", period="2024"),
       c("4%", 4, "%", period="2024"),
       c("$10.2 billion", 10.2e9, "USD", period="2023"),
       c("$0.3 billion", 0.3e9, "USD", period="2024"),
       published="2025-03-01"),
]

# A chart's line set in the story names its own year; the story's period goes on past it
# (a correction after it restates a figure of the story, not of the chart).
CHART_LINES: list[Example] = [
    ex("p5-chart-line-then-correction",
       "In January-September 2025 Poti handled 6.4 million tonnes.\n\n"
       "Chart: Poti container traffic, 2024: 560,000 TEU\n\n"
       "Correction: an earlier version misstated the container figure. The port handled "
       "470,000 TEU.",
       c("6.4 million tonnes", 6.4e6, "t", period="2025-01/2025-09"),
       c("560,000 TEU", 560000, "TEU", period="2024"),
       c("470,000 TEU", 470000, "TEU", period="2025-01/2025-09"),
       published="2025-10-20"),
    ex("p5-graphic-line-then-prose",
       "Aktau's grain exports reached 1.1 million tonnes in January-June 2025.\n\n"
       "Graphic: grain via Aktau, 2023: 0.7 mln t\n\n"
       "Most of the grain went to Iran, which took 600,000 tonnes.",
       c("1.1 million tonnes", 1.1e6, "t", period="2025-01/2025-06"),
       c("0.7 mln t", 0.7e6, "t", period="2023"),
       c("600,000 tonnes", 600000, "t", period="2025-01/2025-06"),
       published="2025-07-15"),
    # near-miss: a sentence of the story naming a later period carries it on (one naming an
    # earlier one looks back and leaves the carry as it is: house convention, carry.py)
    ex("p5-prose-later-period-carries",
       "Aktau shipped 1.8 million tonnes of grain in 2024.\n\n"
       "In January-June 2025 it shipped 1.1 million tonnes. Iran took 600,000 tonnes.",
       c("1.8 million tonnes", 1.8e6, "t", period="2024"),
       c("1.1 million tonnes", 1.1e6, "t", period="2025-01/2025-06"),
       c("600,000 tonnes", 600000, "t", period="2025-01/2025-06"),
       published="2025-07-15"),
]

# A headline's figure without a time, stated again with its time in the lead: the same
# value is the same figure, also when the headline names its subject more loosely.
HEADLINES: list[Example] = [
    ex("p5-headline-loose-subject-same-value",
       "Uzbek railways haul 4.3 million tonnes of transit freight\n\n"
       "TASHKENT - Uzbekistan Temir Yullari carried 4.3 mln tonnes of transit freight in "
       "January-August 2025, the company said.",
       c("4.3 million tonnes", 4.3e6, "t", period="2025-01/2025-08"),
       c("4.3 mln tonnes", 4.3e6, "t", period="2025-01/2025-08"),
       published="2025-09-12"),
    # near-miss: a rounded figure of another subject is not taken for the lead's
    ex("p5-headline-rounded-other-subject",
       "Central Asian railways haul 4.5 million tonnes of transit freight\n\n"
       "TASHKENT - Uzbekistan Temir Yullari carried 4.3 mln tonnes of transit freight in "
       "January-August 2025, the company said.",
       c("4.5 million tonnes", 4.5e6, "t", period=None),
       c("4.3 mln tonnes", 4.3e6, "t", period="2025-01/2025-08"),
       published="2025-09-12"),
]

# Figures that must not be claims here: years, a decree's number, an anniversary.
NOT_CLAIMS: list[Example] = [
    ex("p5-neg-budget-year-and-decree",
       "Decree No. 412 approved the 2026 budget on December 12, 2025.",
       published="2025-12-15"),
    ex("p5-neg-anniversary",
       "The port marked its 120th anniversary in 2025.",
       published="2025-09-01"),
]

EXAMPLES: list[Example] = (ATTRIBUTIVE_TOTALS + STOCKS_NOW + CLAUSE_ENDS + SAME_MONTHS_RESULT
                           + ARTICLE_YEAR + CHART_LINES + HEADLINES
                           + NOT_CLAIMS)

KNOWN_GAPS: dict[str, str] = {}
