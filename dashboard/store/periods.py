"""Where on a time axis a claim's `period` sits.

Periods are ISO-ish strings written by the parser: ``2023``, ``2024-03``, ``2024-03-11``,
``2024-Q3``, ``2024-H1``, intervals ``2024-01/2024-11`` and open intervals ``2020/..``.
A closed period is placed at its midpoint (a year at 2 July), so part-year and full-year
figures of the same year sit apart; an open or unreadable period has no place and the
caller falls back to the publication date. For the "figure refers to" year filter a
period is also read as the calendar years it touches (`period_years`), where an open
interval reaches every year from its start on (the snapshot ends a reported figure's at its
publication year).
"""

from __future__ import annotations

import calendar
import math
from datetime import date

from dashboard.scanning import REGEX_TIMEOUT
from dashboard.schema import RE_PERIOD_POINT

_EPOCH = date(1970, 1, 1).toordinal()


def _span(point: str) -> tuple[int, int] | None:
    """[first day, day after last day) of a single period, as ordinals."""
    match = RE_PERIOD_POINT.match(point.strip(), timeout=REGEX_TIMEOUT)
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


def _bounds(period: str) -> tuple[int, int] | None:
    """[first day, day after last day) of a closed period or interval, as ordinals."""
    parts = period.split("/")
    if len(parts) > 2 or any(p.strip() in ("", "..") for p in parts):
        return None
    spans = [_span(p) for p in parts]
    if any(s is None for s in spans):
        return None
    first = min(s[0] for s in spans if s)
    last = max(s[1] for s in spans if s)
    return (first, last) if last > first else None


def period_midpoint_days(period: str | None) -> float:
    """Days since 1970 of the period's midpoint; NaN for open or unreadable periods."""
    bounds = _bounds(period) if period else None
    if bounds is None:
        return math.nan
    return (bounds[0] + bounds[1] - 1) / 2 - _EPOCH


def period_years(period: str | None) -> tuple[int, int | None] | None:
    """The calendar years a period touches: ``(first, last)``, both included.

    ``last`` is None for an open interval (``2020/..`` reaches every year from 2020 on);
    None for a missing or unreadable period. ``2024-Q3`` -> (2024, 2024); ``2021/2024`` ->
    (2021, 2024); ``2019-12/2020-01`` -> (2019, 2020).
    """
    if not period:
        return None
    head, sep, tail = period.partition("/")
    if sep and tail.strip() == ".." and head.strip() not in ("", ".."):
        start = _span(head)
        return None if start is None else (date.fromordinal(start[0]).year, None)
    bounds = _bounds(period)
    if bounds is None:
        return None
    return date.fromordinal(bounds[0]).year, date.fromordinal(bounds[1] - 1).year
