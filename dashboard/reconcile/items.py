"""Claims as the records reconciliation works on: series key and stated interval attached."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import pandas as pd

from dashboard.reconcile.precision import Stated, stated
from dashboard.reconcile.series import SeriesKey, canonical_period, series_key

_COLUMNS = ("claim_id", "doc_id", "start", "surface", "value", "value_high", "unit", "per",
            "approx", "change", "kind", "metric", "entities", "item", "period", "sentence",
            "published")


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


def _text(value: Any) -> str | None:
    """A cell as a non-empty string, else None (pandas gives NaN for missing)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    text = str(value)
    return text or None


def _number(value: Any) -> float | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return float(value)


def change_stated(surface: str, value: float, value_high: float | None, unit: str,
                  approx: str | None, change: str | None) -> Stated:
    """The stated interval, with a change turned into a signed or new/old quantity."""
    if change != "decrease":
        return stated(surface, value, value_high, approx)
    if unit != "x":
        return stated(surface, value, value_high, approx, sign=-1.0)
    base = stated(surface, value, value_high, approx)
    if value >= 1 and value_high is None and approx is None:
        # "fell 2.6 times" is new/old = 1/2.6; the step scales with the derivative.
        return Stated(1 / value, 1 / value, base.step / (value * value))
    return base  # "halved" is already new/old = 0.5


def to_items(claims: pd.DataFrame) -> list[Item]:
    """Every claim with a finite value, in frame order."""
    columns = {name: claims[name].tolist() for name in _COLUMNS}
    items: list[Item] = []
    for row in range(len(claims)):
        cell = {name: values[row] for name, values in columns.items()}
        value = _number(cell["value"])
        unit = _text(cell["unit"])
        if value is None or not math.isfinite(value) or unit is None:
            continue
        high = _number(cell["value_high"])
        high = high if high is not None and math.isfinite(high) else None
        entities = tuple(str(e) for e in (cell["entities"] or ()))
        change, approx = _text(cell["change"]), _text(cell["approx"])
        key = series_key(_text(cell["metric"]), unit, _text(cell["per"]), entities, change,
                         _text(cell["item"]), _text(cell["period"]))
        surface = _text(cell["surface"]) or ""
        items.append(Item(
            row=row, claim_id=str(cell["claim_id"]), doc_id=str(cell["doc_id"]),
            start=int(cell["start"]), surface=surface, value=value, value_high=high,
            unit=unit, approx=approx, change=change, kind=_text(cell["kind"]) or "actual",
            period=canonical_period(_text(cell["period"])), published=_text(cell["published"]),
            sentence=_text(cell["sentence"]) or "", key=key,
            stated=change_stated(surface, value, high, unit, approx, change),
        ))
    return items
