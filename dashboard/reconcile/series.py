"""Series: which claims measure the same thing, from the claims' own fields.

Two claims share a series when all of these are equal:
- `metric` (claims without one belong to no series) and `unit` (scale words are already
  folded into the value, so "4.5 million tonnes" and "4,480,000 t" share the unit `t`);
  at a port or a crossing, cargo moved is cargo handled (`subjects.site_metric`);
- `per`, except that a per-year figure for a single year is that year's figure;
- the subject (`subjects.subject_of`): the most specific entities, not who reported it;
- level or change (4.1 million tonnes and +63% never share a series);
- for counts, the counted `item` (wagons are not vehicles);
- the shape of the period: full years, the same months of a year ("January-November"),
  single months, dates, "since" bases, spans of years, or no period. A part-year figure
  never joins the full years. Lengths and areas are attributes of a thing, not amounts
  over a period, so their series ignore the period ("any").
`kind` is not part of the key: a projection and the actual figure later reported for the
same period are one series (that is what `forecasts` compares).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Final

import regex

from dashboard.reconcile.subjects import site_metric, subject_of
from dashboard.scanning import REGEX_TIMEOUT
from dashboard.vocab.classes import unit_class

DIMENSION_CLASSES: Final[frozenset[str]] = frozenset({"length", "area"})
RE_YEAR = regex.compile(r"^(?P<y>[0-9]{4})$")
RE_MONTHS = regex.compile(r"^(?P<y1>[0-9]{4})-(?P<m1>[0-9]{2})/(?P<y2>[0-9]{4})-(?P<m2>[0-9]{2})$")
RE_MONTH = regex.compile(r"^[0-9]{4}-[0-9]{2}$")
RE_DATE = regex.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
RE_SINCE = regex.compile(r"^[0-9]{4}/\.\.$")
RE_YEARS = regex.compile(r"^[0-9]{4}/[0-9]{4}$")
_MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                "Dec")


@dataclass(frozen=True, slots=True)
class SeriesKey:
    metric: str
    unit: str
    per: str | None
    subject: tuple[str, ...]
    measure: str  # "level" or "change"
    shape: str
    item: str | None
    series_id: str = field(init=False, compare=False, repr=False)  # computed once

    def __post_init__(self) -> None:
        key = json.dumps([self.metric, self.unit, self.per, list(self.subject), self.measure,
                          self.shape, self.item], ensure_ascii=False)
        object.__setattr__(self, "series_id", hashlib.sha256(key.encode("utf-8")).hexdigest()[:16])

    @property
    def is_dimension(self) -> bool:
        return self.shape == "any"

    def label(self) -> str:
        """E.g. "cargo volume (t) · Trans-Caspian International Transport Route · Jan–Nov"."""
        return f"{self.metric} ({self.unit}) · " + series_detail(
            self.subject, self.shape, self.per, self.item, self.measure)

    def with_period(self, period: str | None) -> SeriesKey:
        """The same measure over another kind of period (where an implied value belongs)."""
        if self.is_dimension:
            return self
        return SeriesKey(self.metric, self.unit, self.per, self.subject, self.measure,
                         period_shape(period), self.item)


def canonical_period(period: str | None) -> str | None:
    """The period with a whole year written as the year ("2024-01/2024-12" -> "2024")."""
    if not period:
        return None
    found = RE_MONTHS.match(period, timeout=REGEX_TIMEOUT)
    if found and found["y1"] == found["y2"] and (found["m1"], found["m2"]) == ("01", "12"):
        return str(found["y1"])
    return period


def period_shape(period: str | None) -> str:
    """What kind of period: year, months MM-MM, month, date, since, years, undated, other."""
    period = canonical_period(period)
    if period is None:
        return "undated"
    if RE_YEAR.match(period, timeout=REGEX_TIMEOUT):
        return "year"
    found = RE_MONTHS.match(period, timeout=REGEX_TIMEOUT)
    if found:
        if found["y1"] != found["y2"]:
            return "months across years"
        return f"months {found['m1']}-{found['m2']}"
    for pattern, shape in ((RE_MONTH, "month"), (RE_DATE, "date"), (RE_SINCE, "since"),
                           (RE_YEARS, "years")):
        if pattern.match(period, timeout=REGEX_TIMEOUT):
            return shape
    return "other"


def period_after(period: str | None) -> str | None:
    """The first day after a year, a span of months or a month ("2024-01/2024-09" ->
    "2024-10-01"), or None for other periods (a date is a point in time, not a total)."""
    period = canonical_period(period)
    if period is None:
        return None
    found = RE_MONTHS.match(period, timeout=REGEX_TIMEOUT)
    if RE_YEAR.match(period, timeout=REGEX_TIMEOUT):
        year, month = int(period), 12
    elif found:
        year, month = int(found["y2"]), int(found["m2"])
    elif RE_MONTH.match(period, timeout=REGEX_TIMEOUT):
        year, month = int(period[:4]), int(period[5:7])
    else:
        return None
    return f"{year + 1}-01-01" if month >= 12 else f"{year}-{month + 1:02d}-01"


def series_detail(subject: tuple[str, ...], shape: str, per: str | None, item: str | None,
                  measure: str) -> str:
    """What tells series of one metric and unit apart: subject, period, rate, item, change."""
    parts = [" – ".join(subject) or "no entity", shape_label(shape)]
    parts += [f"per {per}"] if per else []
    parts += [f"{item}s"] if item else []
    parts += ["change"] if measure == "change" else []
    return " · ".join(parts)


def is_compared_shape(shape: str) -> bool:
    """Periods whose figures can be compared across documents: years, parts of a year,
    months and dates (not "since" totals, spans of years or undated figures)."""
    if shape == "months across years":
        return False
    return shape in ("year", "month", "date") or shape.startswith("months ")


def shape_label(shape: str) -> str:
    """A period shape in words: "full year", "Jan–Nov", "no period", ..."""
    found = regex.match(r"^months ([0-9]{2})-([0-9]{2})$", shape)
    if found:
        first, last = int(found[1]), int(found[2])
        if 1 <= first <= 12 and 1 <= last <= 12:
            return f"{_MONTH_NAMES[first - 1]}–{_MONTH_NAMES[last - 1]}"
    return {"year": "full year", "undated": "no period", "any": "any period",
            "since": "since a base year", "years": "span of years"}.get(shape, shape)


def series_key(metric: str | None, unit: str | None, per: str | None, entities: tuple[str, ...],
               change: str | None, item: str | None, period: str | None) -> SeriesKey | None:
    """The series a claim belongs to, or None when it names no metric or unit."""
    if not metric or not unit:
        return None
    uclass = unit_class(unit)
    dimension = uclass in DIMENSION_CLASSES and change is None
    shape = "any" if dimension else period_shape(period)
    if per == "year" and shape == "year":
        per = None  # "4.5 million tonnes a year" in 2024 is 2024's figure
    subject = subject_of(entities)
    metric = site_metric(metric, unit, uclass, change, subject)  # a port's cargo is what it handled
    return SeriesKey(metric=metric, unit=unit, per=per or None, subject=subject,
                     measure="level" if change is None else "change", shape=shape,
                     item=(item or None) if unit == "count" else None)
