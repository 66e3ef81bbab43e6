"""Forecasts against outcomes: each projection for a stated period, matched to the actual
figures of the same series and period that other documents reported on or after the day
the projection was published. A document that states one projection twice (headline and
body) gives one row, from its first statement. A figure published before its year or
months were over is a total so far (`Item.is_running`), never an outcome.

The outcome is the median over the reporting documents (each document's own median
first, so a document that repeats a figure counts once). A bound ("exceeded 4.1 million
tonnes") says only on which side of it the outcome lies: it stands for the outcome only
when no document states a figure without one. `error_pct` is how far the
projection was from it, 100 x (projected - actual) / actual. A range's midpoint stands
for a projected range; a bound ("up to 1.5 million tonnes") stands for itself.
"""

from __future__ import annotations

import bisect
import statistics
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from dashboard.reconcile.items import Item
from dashboard.reconcile.series import is_compared_shape

_BOUNDS = frozenset({"min", "max"})


@dataclass(frozen=True, slots=True)
class _Report:
    """One document's reported figures for one series and period."""

    published: str
    doc_id: str
    median: float
    claim_ids: tuple[str, ...]  # in text order


def _reports(items: list[Item]) -> dict[tuple[str, str], list[_Report]]:
    """Per (series, period): each document's actual figures, oldest document first."""
    by_doc: dict[tuple[str, str], dict[str, list[Item]]] = defaultdict(lambda: defaultdict(list))
    for item in items:
        if (item.kind == "actual" and item.key is not None and item.period is not None
                and item.published is not None and not item.is_running):
            by_doc[(item.key.series_id, item.period)][item.doc_id].append(item)
    out: dict[tuple[str, str], list[_Report]] = {}
    for group, found in by_doc.items():
        docs = _without_bounds(found)
        reports = [_Report(str(claims[0].published), doc_id,
                           float(statistics.median(c.stated.point for c in claims)),
                           tuple(c.claim_id for c in sorted(claims, key=lambda c: c.start)))
                   for doc_id, claims in docs.items()]
        out[group] = sorted(reports, key=lambda r: (r.published, r.doc_id))
    return out


def _without_bounds(docs: dict[str, list[Item]]) -> dict[str, list[Item]]:
    """Each document's figures without bounds ("over", "up to"), when any document states
    a figure without one; else as they are (a bound is then the best word on the outcome)."""
    if not any(item.approx not in _BOUNDS for claims in docs.values() for item in claims):
        return docs
    kept = {doc_id: [c for c in claims if c.approx not in _BOUNDS]
            for doc_id, claims in docs.items()}
    return {doc_id: claims for doc_id, claims in kept.items() if claims}


def _is_target(item: Item) -> bool:
    key = item.key
    return (key is not None and item.kind == "projection" and item.period is not None
            and item.published is not None and not key.is_dimension
            and is_compared_shape(key.shape))


def _first_statements(projections: Iterable[Item]) -> list[Item]:
    """Each document's projections once: a headline and a body that give the same value
    for the same series and period are one forecast (the first in the text stands)."""
    seen: set[tuple[str, str | None, str | None, float, float]] = set()
    kept = []
    for item in sorted(projections, key=lambda i: (i.doc_id, i.start)):
        said = (item.doc_id, item.series_id, item.period, item.stated.low, item.stated.high)
        if said not in seen:
            seen.add(said)
            kept.append(item)
    return kept


def _row(projection: Item, reports: list[_Report]) -> dict[str, Any]:
    key = projection.key
    assert key is not None  # only targets get here
    actual = float(statistics.median(r.median for r in reports))
    projected = projection.stated.point
    return {
        "projection_claim_id": projection.claim_id,
        "actual_claim_ids": tuple(c for r in reports for c in r.claim_ids),
        "series_id": key.series_id, "metric": key.metric, "unit": key.unit,
        "entities": key.subject, "period": projection.period, "projected": projected,
        "actual": actual,
        "error_pct": None if actual == 0 else 100 * (projected - actual) / abs(actual),
        "made_on": projection.published, "reported_on": reports[0].published,
    }


def match_forecasts(items: Iterable[Item]) -> list[dict[str, Any]]:
    """One row per projection with a later reported outcome, in a stable order."""
    items = list(items)
    reports = _reports(items)
    dates = {group: [r.published for r in found] for group, found in reports.items()}
    rows = []
    for projection in _first_statements(filter(_is_target, items)):
        assert projection.key is not None and projection.period is not None
        group = (projection.key.series_id, projection.period)
        known = reports.get(group, [])
        first = bisect.bisect_left(dates.get(group, []), projection.published or "")
        later = [r for r in known[first:] if r.doc_id != projection.doc_id]
        if later:
            rows.append(_row(projection, later))
    return sorted(rows, key=lambda r: (r["metric"], r["entities"], r["period"],
                                       r["made_on"], r["projection_claim_id"]))
