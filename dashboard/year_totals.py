"""A figure that builds a year's running total named after it: "An unchanged GEL 45 million
is earmarked for the access road, bringing 2026 spending on the port and the road to 95
million lari". The year before "spending" dates the total and the part that brings it there.

Pure: no pandas, no dash. A pass of `timing.assign_periods`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from dashboard.claim import Located
from dashboard.periods import Time
from dashboard.scanning import match_at

# "bringing 2026 spending ... to", "taking 2025 funding for the railway to": a verb of a
# running total right before the year, the year's noun after it.
_RE_TOTAL_VERB: Final = regex.compile(
    r"(?i:\b(?:bringing|taking|lifting|raising|pushing|boosting)\s+(?:the\s+|its\s+|their\s+)?)"
    r"\Z"
)
_RE_YEAR_NOUN: Final = regex.compile(
    r"[\s\u00a0]++(?!(?:targets?|plans?|goals?|forecasts?|projections?|aims?)\b)[a-z]")
# (not "lifting 2030 targets to 1,000 MW": a goal's year, no total the figure adds to)
_RE_TO: Final = regex.compile(r"(?i:\bto\s+(?:[a-z]+\s+)?)\Z")  # "... to (about) 95 million"
_TOTAL_REACH: Final = 80  # characters from the year to the total's "to"


def share_year_of_total(group: Sequence[Located], chosen: list[Time | None], text: str) -> None:
    """Figures without a time before "bringing <year> <noun> ... to <total>" (the total of
    the same unit dated by that year) are parts of it: the same year. Not a figure of another
    unit ("an 18-kilometre access road"), nor one past a time of its own."""
    for k, total in enumerate(group):
        t = chosen[k]
        if (t is None or len(t.period) != 4 or t.end >= total.start
                or total.start - t.end > _TOTAL_REACH
                or not _RE_TOTAL_VERB.search(text, max(0, t.start - 24), t.start)
                or not match_at(_RE_YEAR_NOUN, text, t.end)
                or not _RE_TO.search(text, t.end, total.start)):
            continue
        for j in range(k - 1, -1, -1):
            if group[j].end > t.start:
                continue
            if chosen[j] is not None:
                break  # a figure with a time of its own: what is before it is its
            if group[j].unit == total.unit and group[j].per is None:
                chosen[j] = t
