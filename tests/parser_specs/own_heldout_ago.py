"""Held-out sentences on times counted back from publication, written with the feature.

"Thirty years ago", "a year ago", "two decades ago", "eight months ago" and "since ... a
decade ago": the period is the year (or, for months, the month) so long before the
publication date, and no period at all without one. Written together with the time
grammar's "ago" (not after it, unlike the other held-out tables): expectations by hand,
first. Negatives: web-page stamps ("Posted 3 days ago", "Updated 5 hours ago") and the
span itself ("opened three years ago") are never claims, and counts that name no point
in time ("2,000 years ago", "a few years ago", "more than 20 years ago") give no period.
"""

from __future__ import annotations

from . import BTC, Example, c, ex

BACK_FROM_PUBLICATION: list[Example] = [
    ex("ago-five-years-ago-lead",
       "Five years ago Kazakhstan exported 1.1 million tonnes of wheat flour to Afghanistan.",
       c("1.1 million tonnes", 1.1e6, "t", period="2020", kind="actual", change=None,
         entities=["Kazakhstan", "Afghanistan"]),
       published="2025-06-01"),
    ex("ago-a-year-ago-then-this-year",
       "A year ago exports of grain were 5 mt; this year they reached 6.2 mt.",
       c("5 mt", 5e6, "t", metric="grain exports", period="2024", kind="actual", change=None),
       c("6.2 mt", 6.2e6, "t", metric="grain exports", period="2025", kind="actual"),
       published="2025-06-01"),
    ex("ago-two-decades-ago-rate",
       "Two decades ago the BTC pipeline carried 10 million tonnes of oil a year.",
       c("10 million tonnes", 10e6, "t", per="year", period="2005", kind="actual",
         entities=[BTC]),
       published="2025-06-01"),
    ex("ago-months-ago-month-precision",
       "Eight months ago the terminal handled 40,000 TEU a month.",
       c("40,000 TEU", 40000, "TEU", per="month", metric="container volume",
         period="2024-10", kind="actual"),
       published="2025-06-01"),
    ex("ago-up-from-months-ago-after-figure",
       "The terminal now handles 52,000 TEU a month, up from 30,000 TEU six months ago.",
       c("52,000 TEU", 52000, "TEU", per="month", period=None),
       c("30,000 TEU", 30000, "TEU", period="2024-12", change=None),
       published="2025-06-15"),
    ex("ago-since-opened-years-ago",
       "Since the corridor opened 5 years ago, it has carried 3.5 million tonnes.",
       c("3.5 million tonnes", 3.5e6, "t", period="2020/..", kind="actual", change=None),
       published="2025-06-01"),
    ex("ago-since-years-ago-without-comma",
       "Since it opened five years ago the port has handled 3 mt.",
       c("3 mt", 3e6, "t", metric="port throughput", period="2020/..", kind="actual"),
       published="2025-06-01"),
    ex("ago-no-publication-no-period",
       "Thirty years ago the port handled 2 million tonnes.",
       c("2 million tonnes", 2e6, "t", metric="port throughput", period=None, kind="actual")),
    ex("ago-built-years-ago-is-no-period-of-last-year",
       "The port, built 15 years ago, handled 3 mt last year.",
       c("3 mt", 3e6, "t", metric="port throughput", period="2024", kind="actual"),
       published="2025-06-01"),
    # "than two years ago": a comparison's base, not the change's own period
    ex("ago-lower-than-years-ago-is-a-base",
       "Container rates are 38% lower than two years ago.",
       c("38%", 38, "%", change="decrease", metric="freight rate", period=None),
       published="2025-06-01"),
]

NOT_CLAIMS: list[Example] = [
    ex("ago-neg-opened-years-ago",
       "The Aktau ferry terminal opened three years ago.",
       published="2025-06-01"),
    ex("ago-neg-page-stamp-then-figure",
       "Updated 5 hours ago. Grain exports reached 1.2 mt in May.",
       c("1.2 mt", 1.2e6, "t", metric="grain exports", period="2025-05"),
       published="2025-06-15"),
    ex("ago-neg-thousands-of-years-ago",
       "Some 2,000 years ago caravans carried silk across the steppe.",
       published="2025-06-01"),
    ex("ago-neg-more-than-years-ago-no-period",
       "More than 20 years ago the line handled 4 mt.",
       c("4 mt", 4e6, "t", period=None, kind="actual"),
       published="2025-06-01"),
    ex("ago-neg-a-few-years-ago-no-period",
       "A few years ago the port handled 2 mt.",
       c("2 mt", 2e6, "t", period=None, kind="actual"),
       published="2025-06-01"),
]

EXAMPLES: list[Example] = BACK_FROM_PUBLICATION + NOT_CLAIMS

KNOWN_GAPS: dict[str, str] = {
}
