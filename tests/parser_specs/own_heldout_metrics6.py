"""Held-out sentences on what a figure measures and whether it is reported or planned,
written after a second audit of the bundled claims' `metric`, `kind`, `change` and `approx`.

What a port or terminal "is planned to handle" a year (its design capacity, not a forecast
of its throughput), the cost of a system already built whose payback alone is expected,
the baseline set after "versus" inside a forecast, a potential beside a past year, and the
tonnes a pipeline carried (oil); with near misses where those rules must not fire (a port's
plan for this year, the cost of a line still to be built, a baseline that was itself a
plan, a railway line's tonnes). Written by hand in our own words, expectations first, then
compared with the parser.
"""

from __future__ import annotations

from . import Example, c, ex

PLANNED_CAPACITY: list[Example] = [
    ex("m6-planned-to-handle-a-year",
       "Opened in 2021, the Alat terminal is planned to handle 4 million tonnes of cargo a "
       "year.",
       c("4 million tonnes", 4e6, "t", per="year", metric="capacity"),
       published="2025-05-12"),
    ex("m6-planned-to-process-annually",
       "The new dry port at Khorgos is planned to process 500,000 TEU annually.",
       c("500,000 TEU", 500000, "TEU", per="year", metric="capacity"),
       published="2025-05-12"),
    ex("m6-designed-to-handle",
       "The Poti deep-water terminal was designed to handle 1.2 million TEU a year.",
       c("1.2 million TEU", 1.2e6, "TEU", per="year", metric="capacity"),
       published="2025-05-12"),
    # near miss: a port's plan for one year is a throughput forecast
    ex("m6-planned-near-this-year",
       "The port plans to handle 3 million tonnes of cargo this year.",
       c("3 million tonnes", 3e6, "t", metric="port throughput", kind="projection"),
       published="2025-05-12"),
]

PAYBACK: list[Example] = [
    ex("m6-payback-running-pipeline",
       "Oil has moved through the line since 2006; the $4 billion pipeline is expected to pay "
       "back its investors by 2030.",
       c("$4 billion", 4e9, "USD", metric="project cost", kind="actual"),
       published="2025-05-12"),
    ex("m6-payback-recoup",
       "The $2.5 billion terminal, opened last year, should recoup its construction costs "
       "within 10 years.",
       c("$2.5 billion", 2.5e9, "USD", metric="project cost", kind="actual"),
       c("10 years", 10, "year", kind="projection"),
       published="2025-05-12"),
    # near miss: the cost of a line still to be built is planned
    ex("m6-payback-near-to-be-built",
       "The $3 billion railway is expected to be completed in 2028.",
       c("$3 billion", 3e9, "USD", metric="project cost", kind="projection"),
       published="2025-05-12"),
]

BASELINES: list[Example] = [
    ex("m6-versus-share-base",
       "Coal could reach 12 million tonnes by 2030, or 25% of the total versus 19%.",
       c("12 million tonnes", 12e6, "t", kind="projection"),
       c("25%", 25, "%", kind="projection"),
       c("19%", 19, "%", kind="actual"),
       published="2025-05-12"),
    ex("m6-versus-dated-base",
       "Exports are forecast to rise to $6 billion next year, versus $4.8 billion in 2024.",
       c("$6 billion", 6e9, "USD", metric="exports", kind="projection"),
       c("$4.8 billion", 4.8e9, "USD", metric="exports", kind="actual"),
       published="2025-05-12"),
    ex("m6-versus-undated-base",
       "Officials say containers could eventually make up 40% of the cargo, versus 25%.",
       c("40%", 40, "%", kind="projection"),
       c("25%", 25, "%", kind="actual"),
       published="2025-05-12"),
    # near miss: a baseline that was itself a plan stays a projection
    ex("m6-versus-near-earlier-forecast",
       "The bank now expects growth of 6%, against 5% in its previous forecast.",
       c("6%", 6, "%", kind="projection"),
       c("5%", 5, "%", kind="projection"),
       published="2025-05-12"),
    ex("m6-versus-near-planned-base",
       "The ministry now expects growth of 5% in 2026, versus the 4% it had planned.",
       c("5%", 5, "%", kind="projection"),
       c("4%", 4, "%", kind="projection"),
       published="2025-05-12"),
]

POTENTIAL: list[Example] = [
    ex("m6-potential-past-year",
       "The Turkmenbashi ferry terminal moved 1.1 million tonnes in 2023, under half its "
       "potential of 2.5 million tonnes.",
       c("1.1 million tonnes", 1.1e6, "t", kind="actual"),
       c("half", 50, "%", approx="max"),
       c("2.5 million tonnes", 2.5e6, "t", metric="capacity", kind="projection"),
       published="2024-03-01"),
]

PIPELINES: list[Example] = [
    ex("m6-pipeline-carried-tonnes",
       "Kazakh crude made up 20% of the 5 million tonnes the pipeline carried in 2024.",
       c("20%", 20, "%", metric="oil exports"),
       c("5 million tonnes", 5e6, "t", metric="oil exports"),
       published="2025-05-12"),
    ex("m6-pipeline-the-line-named-before",
       "Crude from Turkmenistan entered the Caspian Pipeline Consortium system at Atyrau in "
       "March. It made up 3% of the 6 million tonnes the line carried that month.",
       c("3%", 3, "%"),
       c("6 million tonnes", 6e6, "t", metric="oil exports"),
       published="2025-05-12"),
    # near miss: what a railway line carried is cargo
    ex("m6-pipeline-near-railway-line",
       "The railway line carried 5 million tonnes in 2024.",
       c("5 million tonnes", 5e6, "t", metric="cargo volume"),
       published="2025-05-12"),
]

NEGATIVES: list[Example] = [
    ex("m6-neg-pipeline-number",
       "Pipeline No. 2 of the terminal was commissioned on 12 May.",
       published="2025-05-12"),
    ex("m6-neg-berth-planned",
       "Berth 7 is planned to handle ro-ro ferries from Kuryk.",
       published="2025-05-12"),
    ex("m6-neg-payback-year",
       "The 2030 payback date was first set in 2019.",
       published="2025-05-12"),
]

EXAMPLES: list[Example] = (PLANNED_CAPACITY + PAYBACK + BASELINES + POTENTIAL + PIPELINES
                            + NEGATIVES)

KNOWN_GAPS: dict[str, str] = {
    "m6-payback-running-pipeline": "the payback's year ('by 2030') becomes the cost's period, "
                                   "and a period ahead makes the money a projection before "
                                   "the cues are read; money right before 'pipeline' reads "
                                   "as investment, not the pipeline's cost",
    "m6-versus-share-base": "the forecast's year (2030) reaches the baseline after 'versus' "
                            "(a period question), and a period ahead makes it a projection "
                            "before the baseline rule, which reads undated figures only",
    "m6-pipeline-carried-tonnes": "'the pipeline' here stands for no pipeline named before, "
                                  "and the sentence names no oil pipeline: its tonnes stay "
                                  "cargo (an unnamed pipeline might carry gas or products)",
    "m6-payback-near-to-be-built": "(kind right) money right before 'railway' names no metric: "
                                   "a line's cost is read only after 'project', 'system', "
                                   "'plant' and the like",
}
