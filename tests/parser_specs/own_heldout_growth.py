"""Held-out sentences on a bare "growth" told by a forecaster or a country, written with the fix
that reads it as the economy's growth (`metric_rules.economy_grows`).

"The IMF expects growth of 4.9% for Kyrgyzstan", "Azerbaijan's 2026 growth is seen at 2.5%":
with no other measured thing in the clause, and only countries, regions and forecasters of
economies (the IMF, the banks, a finance ministry) named in it, the growth is GDP's. Growth of
a port's container traffic, a railway's transit, a company's business or a country's exports
keeps its own metric, or none: these rows were written alongside the fix, by hand, expectations
first, positives and negatives both.
"""

from __future__ import annotations

from . import Example, c, ex

POSITIVES: list[Example] = [
    ex("gro-imf-expects-growth-for",
       "The IMF expects growth of 4.9% for Kyrgyzstan in 2026.",
       c("4.9%", 4.9, "%", change="increase", metric="gdp", topic="economy",
         kind="projection", period="2026", entities=["Kyrgyzstan"]),
       published="2025-06-01"),
    ex("gro-possessive-year-seen-at",
       "Azerbaijan's 2026 growth is seen at 2.5%, the ministry of economy said.",
       c("2.5%", 2.5, "%", change="increase", metric="gdp", topic="economy",
         kind="projection", period="2026", entities=["Azerbaijan"]),
       published="2025-06-01"),
    ex("gro-finance-ministry-no-country",
       "The finance ministry forecasts growth of 5.8% for 2026.",
       c("5.8%", 5.8, "%", change="increase", metric="gdp", kind="projection",
         period="2026"),
       published="2025-06-01"),
    ex("gro-possessive-actual-past-year",
       "Georgia's growth of 9.4% in 2024 was the fastest in the region.",
       c("9.4%", 9.4, "%", change="increase", metric="gdp", topic="economy", kind="actual",
         period="2024", entities=["Georgia"]),
       published="2025-06-01"),
]

NEGATIVES: list[Example] = [
    # the port's container traffic is what grows, named after the figure
    ex("gro-neg-port-container-traffic",
       "The port of Aktau forecasts growth of 12% in container traffic next year.",
       c("12%", 12, "%", change="increase", metric="container volume", topic="logistics",
         kind="projection", period="2026"),
       published="2025-06-01"),
    # a railway's transit volumes, not the economy
    ex("gro-neg-railway-transit",
       "KTZ expects growth of 8% in transit volumes in 2026.",
       c("8%", 8, "%", change="increase", metric="cargo volume", kind="projection",
         period="2026"),
       published="2025-06-01"),
    # a country's growth in exports is its exports' growth
    ex("gro-neg-country-exports",
       "Kazakhstan's growth in exports reached 11% in the first half.",
       c("11%", 11, "%", change="increase", metric="exports", topic="trade",
         entities=["Kazakhstan"]),
       published="2025-08-01"),
    # a company's growth names no metric: no economy is named
    ex("gro-neg-company-growth",
       "Air Astana expects growth of 15% next year.",
       c("15%", 15, "%", change="increase", metric=None, kind="projection", period="2026"),
       published="2025-06-01"),
    # "traffic growth" is the traffic's, whatever country owns the crossings
    ex("gro-neg-country-traffic-growth",
       "Uzbekistan's traffic growth at border crossings was 9% in 2024.",
       c("9%", 9, "%", change="increase", metric="cargo volume", period="2024"),
       published="2025-06-01"),
]

EXAMPLES: list[Example] = POSITIVES + NEGATIVES

KNOWN_GAPS: dict[str, str] = {}
