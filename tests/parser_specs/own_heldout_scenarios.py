"""Held-out sentences written after the parser was tuned, on analysis and outlook pieces about
the Middle Corridor, the Caspian ports, China-Europe rail and Central Asian trade, as think
tanks, consultancies, international lenders and ministries write them: forecasts and
scenarios ("in a base case", "under an optimistic scenario", "could reach", "might fall",
"as much as", "at least"), conditional statements ("if the port is expanded, volumes would
..."), targets set against outcomes ("against a target of", "fell short of the planned",
"exceeded the plan by"), ranges of estimates, revised forecasts, comparisons ("twice as much
as"), CAGR and average annual growth, potential against actual capacity, and past figures
mixed with projections in one sentence; with negatives (scenario counts, figure and table
numbers, phases, resolutions). The kind (actual or projection) and the period are the fields
watched most. Expectations were written by hand from reading the text, before the parser
was run on it.
"""

from __future__ import annotations

from . import TITR, Example, c, ex

SCENARIOS: list[Example] = [
    ex("sc-base-case-could-reach-a-year-by",
       "In a base case, cargo on the Middle Corridor could reach 10 million tonnes a year by "
       "2030, the World Bank said in its outlook.",
       c("10 million tonnes", 10e6, "t", per="year", kind="projection", period="2030",
         metric="cargo volume", topic="logistics", entities=[TITR], change=None),
       published="2025-06-01"),
    ex("sc-optimistic-scenario-triple-against-past",
       "Under an optimistic scenario, volumes along the Trans-Caspian route would triple to "
       "11 million tonnes by 2030, against 3.7 million tonnes in 2024.",
       c("triple", 3, "x", change="increase", kind="projection"),
       c("11 million tonnes", 11e6, "t", change=None, kind="projection", period="2030"),
       c("3.7 million tonnes", 3.7e6, "t", change=None, kind="actual", period="2024"),
       published="2025-06-01"),
    ex("sc-downside-might-fall-as-much-as-next-year",
       "In a downside scenario, transit via Aktau might fall by as much as 20% next year if "
       "Caspian water levels keep dropping.",
       c("20%", 20, "%", change="decrease", approx="max", kind="projection", period="2026",
         entities=["Port of Aktau"]),
       published="2025-06-01"),
    ex("sc-potential-between-and-annually",
       "Consultancy estimates put the corridor's potential at between 8 and 12 million tons "
       "annually.",
       c("8 and 12 million tons", 8e6, "t", value_high=12e6, per="year", kind="projection")),
    ex("sc-conditional-if-expanded-would-rise-from-now",
       "If the port of Kuryk is expanded as planned, its throughput would rise to 6 million "
       "tonnes per year from 3.5 million tonnes now.",
       c("6 million tonnes", 6e6, "t", per="year", kind="projection", change=None,
         metric="port throughput", entities=["Port of Kuryk"]),
       c("3.5 million tonnes", 3.5e6, "t", kind="actual", change=None,
         metric="port throughput", entities=["Port of Kuryk"])),
    ex("sc-at-least-once-first-phase-opens",
       "Georgian officials say the Anaklia deep-sea port will handle at least 600,000 TEU "
       "once its first phase opens.",
       c("600,000 TEU", 600e3, "TEU", approx="min", kind="projection",
         entities=["Port of Anaklia"])),
    ex("sc-low-case-and-high-case-share-a-year",
       "The study's low case puts 2035 volumes at 6 mt and its high case at 13 mt.",
       c("6 mt", 6e6, "t", kind="projection", period="2035"),
       c("13 mt", 13e6, "t", kind="projection", period="2035")),
    ex("sc-high-scenario-rise-percent-to-count-a-year",
       "Under the high scenario, ferry voyages from Turkmenbashi would rise 40% to 1,200 "
       "voyages a year.",
       c("40%", 40, "%", change="increase", kind="projection",
         entities=["Port of Turkmenbashi"]),
       c("1,200 voyages", 1200, "count", per="year", change=None, kind="projection")),
    ex("sc-some-teu-could-be-diverted-per-estimates",
       "Some 500,000 TEU a year could be diverted to the route, according to McKinsey "
       "estimates.",
       c("500,000 TEU", 500e3, "TEU", approx="approx", per="year", kind="projection")),
    ex("sc-investment-needs-range-next-decade",
       "Total investment needs are estimated at $12–15 billion over the next decade.",
       c("$12–15 billion", 12e9, "USD", value_high=15e9, kind="projection",
         metric="investment", topic="investment")),
    ex("sc-oecd-needed-by-year-euros",
       "The OECD estimates that €18.5 billion of investment is needed to remove bottlenecks "
       "on the corridor by 2040.",
       c("€18.5 billion", 18.5e9, "EUR", kind="projection", period="2040",
         metric="investment", topic="investment")),
    ex("sc-could-halve-transit-times-to-around-days",
       "Digitalising border procedures could halve transit times on the corridor to around "
       "15 days.",
       c("halve", 0.5, "x", change="decrease", kind="projection", metric="transit time"),
       c("15 days", 15, "day", approx="approx", change=None, kind="projection",
         metric="transit time")),
    ex("sc-as-much-as-cost-source-said",
       "Upgrading the Baku-Tbilisi-Kars railway could cost as much as $1.5 billion, a "
       "ministry source said.",
       c("$1.5 billion", 1.5e9, "USD", approx="max", kind="projection",
         metric="project cost", entities=["Baku-Tbilisi-Kars railway"])),
    ex("sc-conditional-second-track-trains-a-day-up-from",
       "If a second track is laid, the Dostyk-Moyynty line could handle 60 trains a day, up "
       "from 35 trains now.",
       c("60 trains", 60, "count", item="train", per="day", kind="projection", change=None),
       c("35 trains", 35, "count", item="train", kind="actual", change=None)),
    ex("sc-feeder-would-cut-costs-up-to-per-container",
       "A new Caspian feeder service would cut delivery costs by up to $400 per container.",
       c("$400", 400, "USD", approx="max", change="decrease", per="container",
         kind="projection", metric="freight rate")),
]

TARGETS: list[Example] = [
    ex("sc-fell-short-of-the-planned",
       "Kazakhstan Railways moved 4.5 million tonnes along the route in 2024, falling short of "
       "the planned 5 million tonnes.",
       c("4.5 million tonnes", 4.5e6, "t", kind="actual", period="2024",
         entities=["Kazakhstan Temir Zholy"]),
       c("5 million tonnes", 5e6, "t", nth=1, kind="projection", period="2024"),
       published="2025-03-01"),
    ex("sc-exceeded-the-plan-by-percent-reaching",
       "Container traffic at Baku port exceeded the plan by 12% in the first nine months of "
       "2024, reaching 58,000 TEU.",
       c("12%", 12, "%", change="increase", kind="actual", period="2024-01/2024-09"),
       c("58,000 TEU", 58e3, "TEU", change=None, kind="actual", period="2024-01/2024-09",
         metric="container volume"),
       published="2024-10-15"),
    ex("sc-reached-last-year-against-a-target-of",
       "Trade between Uzbekistan and Azerbaijan reached $1.1 billion last year against a "
       "target of $2 billion.",
       c("$1.1 billion", 1.1e9, "USD", kind="actual", period="2024", metric="trade turnover",
         entities=["Uzbekistan", "Azerbaijan"]),
       c("$2 billion", 2e9, "USD", kind="projection", metric="trade turnover"),
       published="2025-02-10"),
    ex("sc-exceeded-own-forecast-by-teu",
       "Container throughput at Poti exceeded the port's own forecast by 18,000 TEU in 2024.",
       c("18,000 TEU", 18e3, "TEU", change="increase", kind="actual", period="2024",
         entities=["Port of Poti"]),
       published="2025-01-20"),
    ex("sc-fulfilled-percent-of-annual-plan",
       "By the end of September, Aktau had fulfilled 82% of its annual cargo plan.",
       c("82%", 82, "%", kind="actual", change=None, entities=["Port of Aktau"]),
       published="2025-10-05"),
    ex("sc-fell-percent-short-of-plan",
       "Transit volumes on the Middle Corridor fell 8% short of the plan in 2024.",
       c("8%", 8, "%", change="decrease", kind="actual", period="2024", entities=[TITR]),
       published="2025-02-01"),
    ex("sc-aims-to-raise-annually-by",
       "The Georgian government aims to raise transit cargo to 40 million tonnes annually by "
       "2030.",
       c("40 million tonnes", 40e6, "t", per="year", kind="projection", period="2030",
         entities=["Georgia"])),
    ex("sc-current-range-of-days-against-a-goal",
       "Transit from Xi'an to Duisburg currently takes 18 to 23 days via Kazakhstan, against "
       "a goal of 14 days.",
       c("18 to 23 days", 18, "day", value_high=23, kind="actual", metric="transit time"),
       c("14 days", 14, "day", kind="projection", metric="transit time")),
    ex("sc-plans-to-lend-up-to-over-years",
       "The ADB plans to lend up to $1 billion for Central Asian rail corridors over "
       "2025-2027.",
       c("$1 billion", 1e9, "USD", approx="max", kind="projection", metric="loan",
         period="2025/2027")),
    ex("sc-ministry-projects-revenue-tenge",
       "Kazakhstan's transport ministry projects transit revenue of KZT 1.2 trillion in 2026.",
       c("KZT 1.2 trillion", 1.2e12, "KZT", kind="projection", period="2026",
         metric="revenue", entities=["Kazakhstan"]),
       published="2025-09-01"),
]

REVISIONS: list[Example] = [
    ex("sc-revised-down-forecast-from-to-teu",
       "The ADB revised down its forecast for China-Europe rail volumes in 2025 from 2 million "
       "TEU to 1.7 million TEU.",
       c("2 million TEU", 2e6, "TEU", kind="projection", period="2025", change=None),
       c("1.7 million TEU", 1.7e6, "TEU", kind="projection", period="2025", change=None),
       published="2025-07-01"),
    ex("sc-cut-forecast-to-from-money",
       "Baku now forecasts non-oil exports to Central Asia of $600 million in 2026, down from "
       "an earlier estimate of $750 million.",
       c("$600 million", 600e6, "USD", kind="projection", period="2026", change=None,
         metric="exports"),
       c("$750 million", 750e6, "USD", kind="projection", change=None),
       published="2025-09-01"),
    ex("sc-raised-estimate-range",
       "The think tank raised its estimate of corridor traffic in 2026 to 6-7 million tonnes "
       "from 5 million tonnes.",
       c("6-7 million tonnes", 6e6, "t", value_high=7e6, kind="projection", period="2026"),
       c("5 million tonnes", 5e6, "t", kind="projection", period="2026", change=None),
       published="2025-10-01"),
]

COMPARISONS: list[Example] = [
    ex("sc-twice-as-much-as-northern-route",
       "The northern route via Russia still carries twice as much China-Europe freight as the "
       "Middle Corridor.",
       c("twice", 2, "x", kind="actual")),
    ex("sc-percent-more-than-northern-route",
       "Shipping a 40-foot container along the Middle Corridor costs around 30% more than via "
       "the northern route.",
       c("30%", 30, "%", approx="approx", change="increase", kind="actual",
         metric="freight rate")),
    ex("sc-grown-times-since",
       "Freight through the Caspian ports has grown 2.5 times since 2022.",
       c("2.5 times", 2.5, "x", change="increase", kind="actual", period="2022/..",
         entities=["Caspian Sea"])),
    ex("sc-nearly-doubled-between-years-to",
       "Trade between Kazakhstan and China nearly doubled between 2020 and 2024 to $43.8 "
       "billion.",
       c("doubled", 2, "x", approx="approx", change="increase", kind="actual",
         period="2020/2024", metric="trade turnover"),
       c("$43.8 billion", 43.8e9, "USD", change=None, kind="actual", metric="trade turnover",
         entities=["Kazakhstan", "China"])),
    ex("sc-higher-than-same-period",
       "Shipments via the route in January-May were 62% higher than in the same period of "
       "2024.",
       c("62%", 62, "%", change="increase", kind="actual", period="2025-01/2025-05"),
       published="2025-06-15"),
    ex("sc-share-could-rise-from-today",
       "By 2030 the Middle Corridor's share of China-Europe overland trade could rise to 15%, "
       "from about 5% today.",
       c("15%", 15, "%", change=None, kind="projection", period="2030"),
       c("5%", 5, "%", nth=1, approx="approx", change=None, kind="actual"),
       published="2025-06-01"),
    ex("sc-would-lift-share-by-points",
       "That would lift the corridor's market share by 10 percentage points.",
       c("10 percentage points", 10, "pp", change="increase", kind="projection")),
    ex("sc-less-than-percent-of-potential-capacity",
       "The corridor currently uses less than 40% of its potential capacity.",
       c("40%", 40, "%", approx="max", change=None, kind="actual")),
    ex("sc-operated-at-percent-of-capacity",
       "Kuryk port operated at 65% of capacity in 2024.",
       c("65%", 65, "%", change=None, kind="actual", period="2024",
         metric="capacity utilisation", entities=["Port of Kuryk"]),
       published="2025-03-01"),
]

GROWTH: list[Example] = [
    ex("sc-cagr-between-years",
       "Container volumes on the Trans-Caspian route grew at a CAGR of 33% between 2020 and "
       "2024.",
       c("33%", 33, "%", change="increase", kind="actual", period="2020/2024",
         metric="container volume")),
    ex("sc-average-a-year-through",
       "Drewry expects China-Europe rail freight to expand by an average of 6% a year through "
       "2030.",
       c("6%", 6, "%", change="increase", per="year", kind="projection")),
    ex("sc-growth-slowed-to-from-a-year-earlier",
       "Growth in China-Europe rail traffic slowed to 3% in 2024 from 18% a year earlier.",
       c("3%", 3, "%", change="increase", kind="actual", period="2024"),
       c("18%", 18, "%", change="increase", kind="actual", period="2023"),
       published="2025-02-01"),
    ex("sc-expect-rates-to-fall-range-in-year",
       "Analysts at S&P Global expect freight rates on the corridor to fall 10-15% in 2026 as "
       "new ferries enter service.",
       c("10-15%", 10, "%", value_high=15, change="decrease", kind="projection",
         period="2026", metric="freight rate"),
       published="2025-11-01"),
    ex("sc-average-annual-growth-past-years",
       "Turkmenistan's trade with China grew by an average of 9% annually in 2019-2024.",
       c("9%", 9, "%", change="increase", per="year", kind="actual", period="2019/2024",
         entities=["Turkmenistan", "China"])),
]

CAPACITY: list[Example] = [
    ex("sc-design-capacity-but-handled-only",
       "The Alat port has a design capacity of 15 million tonnes but handled only 4.9 million "
       "tonnes last year.",
       c("15 million tonnes", 15e6, "t", metric="capacity", kind="actual"),
       c("4.9 million tonnes", 4.9e6, "t", kind="actual", period="2024",
         entities=["Port of Baku"]),
       published="2025-04-01"),
    ex("sc-capacity-could-be-raised-in-a-phase",
       "Its capacity could be raised to 25 million tonnes in a second phase.",
       c("25 million tonnes", 25e6, "t", metric="capacity", kind="projection")),
    ex("sc-past-years-and-projection-in-one-sentence",
       "Rail container traffic between China and Europe via Kazakhstan rose from 0.8 million "
       "TEU in 2021 to 1.3 million TEU in 2024 and is projected to reach 2 million TEU by "
       "2028.",
       c("0.8 million TEU", 0.8e6, "TEU", kind="actual", period="2021", change=None),
       c("1.3 million TEU", 1.3e6, "TEU", kind="actual", period="2024", change=None),
       c("2 million TEU", 2e6, "TEU", kind="projection", period="2028", change=None),
       published="2025-05-01"),
    ex("sc-might-reach-up-from-past-year",
       "By 2027 transit through Georgia might reach 14 million tonnes, up from 11.2 million "
       "tonnes in 2023.",
       c("14 million tonnes", 14e6, "t", kind="projection", period="2027", change=None),
       c("11.2 million tonnes", 11.2e6, "t", kind="actual", period="2023", change=None),
       published="2024-09-01"),
    ex("sc-forecast-to-hit-after-past",
       "Uzbekistan's imports from China are forecast to hit $17 billion in 2025, after $13.7 "
       "billion in 2024.",
       c("$17 billion", 17e9, "USD", kind="projection", period="2025", metric="imports",
         entities=["Uzbekistan", "China"]),
       c("$13.7 billion", 13.7e9, "USD", kind="actual", period="2024", metric="imports"),
       published="2025-04-01"),
    ex("sc-record-then-seen-at-two-years",
       "After a record 4.5 million tonnes in 2024, Middle Corridor volumes are seen at 5.2 "
       "million tonnes in 2025 and 6 million tonnes in 2026.",
       c("4.5 million tonnes", 4.5e6, "t", kind="actual", period="2024"),
       c("5.2 million tonnes", 5.2e6, "t", kind="projection", period="2025"),
       c("6 million tonnes", 6e6, "t", kind="projection", period="2026"),
       published="2025-03-01"),
]

# A second batch, written after the first round of fixes (still by hand, before running).
MORE: list[Example] = [
    ex("sc-barely-a-third-of-what",
       "The Middle Corridor carries barely a third of what the northern route does.",
       c("a third", 100 / 3, "%", kind="actual", change=None, entities=[TITR])),
    ex("sc-range-lower-than-ministry-projects",
       "Freight volumes could be 20-30% lower than the ministry projects.",
       c("20-30%", 20, "%", value_high=30, change="decrease", kind="projection")),
    ex("sc-expected-to-rise-by-a-fifth-next-year",
       "Ferry capacity on the Caspian is expected to rise by a fifth next year.",
       c("a fifth", 20, "%", change="increase", kind="projection", period="2026",
         metric="capacity"),
       published="2025-06-01"),
    ex("sc-percent-above-plan-months",
       "Transit cargo via Kazakhstan rose to 2.2 mt in January-April, 4% above plan.",
       c("2.2 mt", 2.2e6, "t", change=None, kind="actual", period="2025-01/2025-04",
         metric="transit cargo volume", entities=["Kazakhstan"]),
       c("4%", 4, "%", change="increase", kind="actual", period="2025-01/2025-04"),
       published="2025-05-10"),
    ex("sc-conditional-would-save-per-box",
       "If the tariff cut goes ahead, shippers would save about $300 per box.",
       c("$300", 300, "USD", approx="approx", per="container", kind="projection",
         metric="freight rate")),
    ex("sc-aims-for-a-year-by-against-past-year",
       "Azerbaijan aims for transit revenue of $1 billion a year by 2028, against $550 million "
       "in 2024.",
       c("$1 billion", 1e9, "USD", per="year", kind="projection", period="2028",
         metric="revenue", entities=["Azerbaijan"]),
       c("$550 million", 550e6, "USD", kind="actual", period="2024", metric="revenue"),
       published="2025-06-01"),
    ex("sc-if-water-keeps-falling-draft-limit",
       "Should the Caspian keep falling, ferries at Aktau may have to sail at least 15% "
       "below their full load.",
       c("15%", 15, "%", approx="min", kind="projection", entities=["Port of Aktau"])),
    # berths are counted infrastructure (not "two nations"); "Scenario B" and "a third rail
    # track" are no figures
    ex("sc-scenario-letter-berths-count",
       "Scenario B assumes two new berths at Alat and a third rail track by the early 2030s.",
       c("two new berths", 2, "count", item="berth", kind="projection",
         entities=["Port of Baku"])),
]

NEGATIVES: list[Example] = [
    ex("sc-neg-three-scenarios-two-links",
       "The report sets out three scenarios for the Caspian ports and two for the rail "
       "links."),
    ex("sc-neg-phase-and-year-range-strategy",
       "Phase 2 of the Aktau container hub, due in 2027-28, forms part of the 2030 "
       "Strategy."),
    ex("sc-neg-figure-table-page",
       "See Figure 3 and Table 4.2 on page 17 of the 2025 Outlook."),
    ex("sc-neg-roadmap-version-resolution-date",
       "The ministry's Roadmap 2.0, adopted under Resolution No. 112 of 3 March 2025, sets out "
       "the corridor's priorities.", published="2025-04-01"),
]

EXAMPLES: list[Example] = [
    *SCENARIOS, *TARGETS, *REVISIONS, *COMPARISONS, *GROWTH, *CAPACITY, *MORE, *NEGATIVES,
]

KNOWN_GAPS: dict[str, str] = {
}
