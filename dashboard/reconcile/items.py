"""Claims as the records reconciliation works on: series key and stated interval attached."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import pandas as pd

from dashboard.reconcile.precision import Stated, stated
from dashboard.reconcile.series import (
    SeriesKey,
    canonical_period,
    period_after,
    period_shape,
    series_key,
)

_TEXT_COLUMNS = ("surface", "unit", "per", "approx", "change", "kind", "metric", "item",
                 "period", "sentence", "published")


@dataclass(frozen=True, slots=True)
class Item:
    """One claim, reduced to what reconciliation compares."""

    row: int  # position in the claims frame
    claim_id: str
    doc_id: str
    start: int
    surface: str
    value: float
    value_high: float | None
    unit: str
    approx: str | None
    change: str | None
    kind: str
    period: str | None  # canonical: a whole year as the year
    published: str | None
    sentence: str
    key: SeriesKey | None
    stated: Stated  # changes signed: a decrease is negative, multipliers are new/old

    @property
    def series_id(self) -> str | None:
        return None if self.key is None else self.key.series_id

    @property
    def is_exact(self) -> bool:
        """A single value (no range, no bound): what a derivation may start from."""
        return self.value_high is None and self.approx not in ("min", "max")

    @property
    def is_running(self) -> bool:
        """An actual figure published before its year or months were over: a total so far
        ("300 container vessels this year" in November), not the period's figure."""
        end = period_after(self.period)
        return (self.kind == "actual" and end is not None and self.published is not None
                and self.published < end)


def _texts(column: pd.Series) -> list[str | None]:
    """A column as non-empty strings or None (pandas gives NaN for missing)."""
    return [v if isinstance(v, str) and v else None for v in column.tolist()]


def _numbers(column: pd.Series) -> list[float | None]:
    """A column as finite floats or None."""
    return [float(v) if v is not None and math.isfinite(v) else None
            for v in column.astype("float64").tolist()]


def change_stated(surface: str, value: float, value_high: float | None, unit: str,
                  approx: str | None, change: str | None) -> Stated:
    """The stated interval, with a change turned into a signed or new/old quantity."""
    if change != "decrease":
        return stated(surface, value, value_high, approx)
    if unit != "x":  # "down 12.1%" is 12.1, "(-12.1%)" -12.1: both a fall of 12.1
        high = None if value_high is None else abs(value_high)
        return stated(surface, abs(value), high, approx, sign=-1.0)
    base = stated(surface, value, value_high, approx)
    if value >= 1 and value_high is None and approx is None:
        # "fell 2.6 times" is new/old = 1/2.6; the step scales with the derivative.
        return Stated(1 / value, 1 / value, base.step / (value * value))
    return base  # "halved" is already new/old = 0.5


class _Keys:
    """Series keys and stated values, each distinct one computed once (claims repeat them)."""

    def __init__(self) -> None:
        self.keys: dict[tuple[Any, ...], SeriesKey | None] = {}
        self.shapes: dict[str | None, str] = {}
        self.periods: dict[str | None, str | None] = {}
        self.states: dict[tuple[Any, ...], Stated] = {}

    def period(self, period: str | None) -> str | None:
        if period not in self.periods:
            self.periods[period] = canonical_period(period)
        return self.periods[period]

    def key(self, metric: str | None, unit: str, per: str | None, entities: tuple[str, ...],
            change: str | None, item: str | None, period: str | None) -> SeriesKey | None:
        shape = self.shapes.get(period)
        if shape is None:
            shape = self.shapes[period] = period_shape(period)
        raw = (metric, unit, per, entities, change, item, shape)
        if raw not in self.keys:  # the shape stands for the period: one key per shape
            self.keys[raw] = series_key(metric, unit, per, entities, change, item, period)
        return self.keys[raw]

    def stated(self, *said: Any) -> Stated:
        if said not in self.states:
            self.states[said] = change_stated(*said)
        return self.states[said]


def to_items(claims: pd.DataFrame) -> list[Item]:
    """Every claim with a finite value, in frame order."""
    text = {name: _texts(claims[name]) for name in _TEXT_COLUMNS}
    columns = (claims["claim_id"].tolist(), claims["doc_id"].tolist(),
               claims["start"].tolist(), text["surface"], _numbers(claims["value"]),
               _numbers(claims["value_high"]), text["unit"], text["per"], text["approx"],
               text["change"], text["kind"], text["metric"], claims["entities"].tolist(),
               text["item"], text["period"], text["sentence"], text["published"])
    cache = _Keys()
    items: list[Item] = []
    for row, (claim_id, doc_id, start, surface, value, high, unit, per, approx, change, kind,
              metric, names, item, period, sentence, published) in enumerate(
                  zip(*columns, strict=True)):
        if value is None or unit is None:
            continue
        if not isinstance(names, tuple):  # a conformed frame holds tuples of str
            names = tuple(str(e) for e in names) if names is not None else ()
        surface = surface or ""
        items.append(Item(
            row, str(claim_id), str(doc_id), int(start), surface, value, high, unit, approx,
            change, kind or "actual", cache.period(period), published, sentence or "",
            cache.key(metric, unit, per, names, change, item, period),
            cache.stated(surface, value, high, unit, approx, change)))
    return items
