"""Sentences from the second round of held-out reconciliation corpora
(`tests/test_reconcile_heldout2.py`) whose claims the parser first read wrong, each the
general case of what a corpus turned on: a period a relative phrase named with its year, a
figure reported after a plan in one sentence, a revision from one figure to another.
"""

from __future__ import annotations

from . import Example, c, ex

EXAMPLES: list[Example] = [
    # "the full year 2024" names its year: not the year of publication
    ex("r2-the-full-year-names-its-year",
       "Trade reached $560 million in January-June 2024 and $1.2 billion in the full year 2024.",
       c("$560 million", 560e6, "USD", period="2024-01/2024-06", kind="actual"),
       c("$1.2 billion", 1.2e9, "USD", period="2024", kind="actual"), published="2025-02-20"),
    # a past verb of its own after "and" reports what came of the plan
    ex("r2-a-plan-and-what-was-handled",
       "The Port of Baku had targeted 5-6 million tonnes for 2025 and handled 5.3 million "
       "tonnes.",
       c("5-6 million tonnes", 5e6, "t", value_high=6e6, period="2025", kind="projection"),
       c("5.3 million tonnes", 5.3e6, "t", period="2025", kind="actual"),
       published="2026-02-05"),
    ex("r2-a-plan-but-only-so-much-moved",
       "The railway had planned to carry 30 million tonnes in 2025 but carried only 27 million "
       "tonnes.",
       c("30 million tonnes", 30e6, "t", period="2025", kind="projection"),
       c("27 million tonnes", 27e6, "t", period="2025", kind="actual"),
       published="2026-01-20"),
    # a revision's figure "of" X "to" Y: the old figure and the new, no range
    ex("r2-revised-figure-of-x-to-y",
       "The Port of Kuryk revised up its preliminary figure of 2.3 million tonnes to 2.45 "
       "million tonnes of cargo handled in 2024.",
       c("2.3 million tonnes", 2.3e6, "t", value_high=None, period="2024"),
       c("2.45 million tonnes", 2.45e6, "t", value_high=None, period="2024"),
       published="2025-03-28"),
    ex("r2-revised-estimate-bare-low-end",
       "The association revised its estimate of 4.2 to 4.5 million tonnes.",
       c("4.2", 4.2e6, "t", value_high=None), c("4.5 million tonnes", 4.5e6, "t")),
    ex("r2-a-range-of-a-forecast-stays-a-range",
       "Exports could reach 2.3 million tonnes to 2.45 million tonnes in 2025, the forecast of "
       "5 to 6 million tonnes for 2026 unchanged.",
       c("2.3 million tonnes to 2.45 million tonnes", 2.3e6, "t", value_high=2.45e6,
         kind="projection"),
       c("5 to 6 million tonnes", 5e6, "t", value_high=6e6, kind="projection"),
       published="2025-03-28"),
    # no outcome verb of its own: the plan's cue governs both figures
    ex("r2-a-plan-for-two-years",
       "The port expects to handle 6 million tonnes in 2026 and reach 7 million tonnes in "
       "2027.",
       c("6 million tonnes", 6e6, "t", period="2026", kind="projection"),
       c("7 million tonnes", 7e6, "t", period="2027", kind="projection"),
       published="2026-01-20"),
]

KNOWN_GAPS: dict[str, str] = {
}
