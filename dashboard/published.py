"""The publication date of a text (`Published`), which anchors "this year" and part-year
periods, and where an ISO 8601 period stands against it: its first and last months, whether
it lies ahead of publication (a plan's period). Read by `iso_periods`, `kinds`, `carry`.

Pure: no pandas, no dash.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Final

import regex

_RE_PUBLISHED: Final = regex.compile(r"\A([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")


@dataclass(frozen=True)
class Published:
    """The publication date, which anchors "this year" and part-year periods."""

    year: int | None
    month: int | None
    day: int | None = None  # "in the week to Friday" needs it

    @classmethod
    def parse(cls, published: str | None) -> Published:
        match = _RE_PUBLISHED.match(published or "")
        if match is None:
            return cls(None, None)
        year, month, day = (int(g) if g else None for g in match.groups())
        return cls(year, month, day)


@functools.lru_cache(maxsize=4096)
def period_start(period: str) -> tuple[int, int]:
    """(year, month) a closed period starts with: "2025" -> (2025, 1), "2024-07/2025-06" ->
    (2024, 7)."""
    first = period.partition("/")[0]
    return int(first[:4]), int(first[5:7]) if len(first) >= 7 else 1


@functools.lru_cache(maxsize=4096)
def period_end(period: str) -> tuple[int, int]:
    """(year, month) a closed period ends with: "2025" -> (2025, 12), "2025-01/2025-10" ->
    (2025, 10); not for an open one ("2020/..")."""
    last = period.rpartition("/")[2]
    return int(last[:4]), int(last[5:7]) if len(last) >= 7 else 12


def is_ahead(period: str, pub: Published) -> bool:
    """Does the period (taken from the sentence or the text before) start after publication,
    or run into a later year ("2026", "2025-11" published in October 2025; "2025/2026")? An
    open one is ahead when it starts after the publication month ("from July 1, 2025",
    published in May 2025: a rule to come), never when it started before ("since 2020")."""
    if pub.year is None:
        return False
    if period.endswith("/.."):
        start = [int(part) for part in period[:-3].split("-")] + [1, 1]
        return tuple(start[:3]) > (pub.year, pub.month or 12, pub.day or 31)
    return period_start(period) > (pub.year, pub.month or 12) or period_end(period)[0] > pub.year
