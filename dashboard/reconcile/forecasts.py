"""Forecasts against outcomes: each projection for a stated period, matched to the actual
figures of the same series and period that other documents reported on or after the day
the projection was published.

The outcome is the median over the reporting documents (each document's own median
first, so a document that repeats a figure counts once); `error_pct` is how far the
projection was from it, 100 x (projected - actual) / actual. A range's midpoint stands
for a projected range; a bound ("up to 1.5 million tonnes") stands for itself.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from dashboard.reconcile.items import Item
from dashboard.reconcile.series import is_compared_shape


def _outcome(actuals: Sequence[Item]) -> float:
    by_doc: dict[str, list[float]] = defaultdict(list)
    for item in actuals:
        by_doc[item.doc_id].append(item.stated.point)
    return float(statistics.median(statistics.median(v) for v in by_doc.values()))


def _is_target(item: Item) -> bool:
    key = item.key
    return (key is not None and item.kind == "projection" and item.period is not None
            and item.published is not None and not key.is_dimension
            and is_compared_shape(key.shape))


def _row(projection: Item, actuals: list[Item]) -> dict[str, Any]:
    key = projection.key
    assert key is not None  # only targets get here
    actual = _outcome(actuals)
    projected = projection.stated.point
    ordered = sorted(actuals, key=lambda i: (i.published or "", i.doc_id, i.start))
    return {
        "projection_claim_id": projection.claim_id,
        "actual_claim_ids": tuple(item.claim_id for item in ordered),
        "series_id": key.series_id, "metric": key.metric, "unit": key.unit,
        "entities": key.subject, "period": projection.period, "projected": projected,
        "actual": actual,
        "error_pct": None if actual == 0 else 100 * (projected - actual) / abs(actual),
        "made_on": projection.published, "reported_on": ordered[0].published,
    }


def match_forecasts(items: Iterable[Item]) -> list[dict[str, Any]]:
    """One row per projection with a later reported outcome, in a stable order."""
    items = list(items)
    actuals: dict[tuple[str, str], list[Item]] = defaultdict(list)
    for item in items:
        if (item.kind == "actual" and item.key is not None and item.period is not None
                and item.published is not None):
            actuals[(item.key.series_id, item.period)].append(item)
    rows = []
    for projection in filter(_is_target, items):
        assert projection.key is not None and projection.period is not None
        made_on = projection.published or ""
        later = [a for a in actuals.get((projection.key.series_id, projection.period), [])
                 if a.doc_id != projection.doc_id and (a.published or "") >= made_on]
        if later:
            rows.append(_row(projection, later))
    return sorted(rows, key=lambda r: (r["metric"], r["entities"], r["period"],
                                       r["made_on"], r["projection_claim_id"]))
