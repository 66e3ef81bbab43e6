"""Where on a time axis a claim's `period` sits.

Periods are ISO-ish strings written by the parser: ``2023``, ``2024-03``, ``2024-03-11``,
``2024-Q3``, ``2024-H1``, intervals ``2024-01/2024-11`` and open intervals ``2020/..``.
A closed period is placed at its midpoint (a year at 2 July), so part-year and full-year
figures of the same year sit apart; an open or unreadable period has no place and the
caller falls back to the publication date.
"""

from __future__ import annotations

import calendar
import math
from datetime import date

import regex

_EPOCH = date(1970, 1, 1).toordinal()
RE_POINT = regex.compile(
    r"""^(?P<year>\d{4})            # a year
        (?:-(?:
            Q(?P<quarter>[1-4])     # a quarter, 2024-Q3
          | H(?P<half>[12])         # a half year, 2024-H1
          | (?P<month>\d{2})        # a month, 2024-03
            (?:-(?P<day>\d{2}))?    # a day, 2024-03-11
        ))?$""",
    flags=regex.VERBOSE,
)


def _span(point: str) -> tuple[int, int] | None:
    """[first day, day after last day) of a single period, as ordinals."""
    match = RE_POINT.match(point.strip(), timeout=0.1)
    if match is None:
        return None
    year = int(match["year"])
    try:
        if match["quarter"]:
            first_month = 3 * int(match["quarter"]) - 2
            return _months(year, first_month, 3)
        if match["half"]:
            return _months(year, 6 * int(match["half"]) - 5, 6)
        if match["day"]:
            day = date(year, int(match["month"]), int(match["day"])).toordinal()
            return day, day + 1
        if match["month"]:
            return _months(year, int(match["month"]), 1)
        return date(year, 1, 1).toordinal(), date(year + 1, 1, 1).toordinal()
    except ValueError:
        return None


def _months(year: int, first: int, count: int) -> tuple[int, int]:
    last = first + count - 1
    end_day = calendar.monthrange(year, last)[1]
    return date(year, first, 1).toordinal(), date(year, last, end_day).toordinal() + 1


def period_midpoint_days(period: str | None) -> float:
    """Days since 1970 of the period's midpoint; NaN for open or unreadable periods."""
    if not period:
        return math.nan
    parts = period.split("/")
    if len(parts) > 2 or any(p.strip() in ("", "..") for p in parts):
        return math.nan
    spans = [_span(p) for p in parts]
    if any(s is None for s in spans):
        return math.nan
    first = min(s[0] for s in spans if s)
    last = max(s[1] for s in spans if s)
    if last <= first:
        return math.nan
    return (first + last - 1) / 2 - _EPOCH
