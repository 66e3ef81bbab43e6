"""Reconcile claims across sources: series, disagreements, forecasts against outcomes and
implied values, all from the claims' own fields.

`reconcile(claims)` returns the claims with `series_id` filled in and the derived tables
`series`, `disagreements`, `forecasts` and `implied` (see `dashboard.schema`), as frames
conformed to their tables. The rules live with the code that applies them:
- what makes two claims one series: `series` (and `subjects` for the subject);
- when two values agree: `precision`;
- what is compared: `disagreements`; forecasts: `forecasts`; derived values: `implied`.
Pure and deterministic: the same claims give the same frames, row for row.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import pandas as pd

from dashboard.dataset import conform, frame_from_rows
from dashboard.reconcile.disagreements import find_disagreements
from dashboard.reconcile.forecasts import match_forecasts
from dashboard.reconcile.implied import derive_implied
from dashboard.reconcile.items import Item, to_items
from dashboard.reconcile.series import SeriesKey, series_key
from dashboard.schema import CLAIMS, DISAGREEMENTS, FORECASTS, IMPLIED, SERIES

__all__ = ["DERIVED_TABLES", "SeriesKey", "reconcile", "series_key"]

DERIVED_TABLES: tuple[str, ...] = ("series", "disagreements", "forecasts", "implied")


def _series_rows(items: list[Item]) -> list[dict[str, Any]]:
    members: dict[str, list[Item]] = defaultdict(list)
    keys: dict[str, SeriesKey] = {}
    for item in items:
        if item.key is not None:
            members[item.key.series_id].append(item)
            keys[item.key.series_id] = item.key
    rows = [{
        "series_id": sid, "metric": key.metric, "unit": key.unit, "per": key.per,
        "entities": key.subject, "measure": key.measure, "period_shape": key.shape,
        "item": key.item, "label": key.label(), "n_claims": len(members[sid]),
        "n_docs": len({m.doc_id for m in members[sid]}),
    } for sid, key in keys.items()]
    return sorted(rows, key=lambda r: (r["metric"], r["unit"], r["entities"], r["label"],
                                       r["series_id"]))


def _with_series_ids(claims: pd.DataFrame, items: list[Item]) -> pd.DataFrame:
    ids: list[str | None] = [None] * len(claims)
    for item in items:
        ids[item.row] = item.series_id
    out = claims.copy()
    out["series_id"] = pd.Series(ids, index=claims.index, dtype=object)
    return conform(out, CLAIMS)


def reconcile(claims: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """The claims with their `series_id`, and the derived tables, by table name."""
    items = to_items(claims)
    return {
        "claims": _with_series_ids(claims, items),
        "series": frame_from_rows(_series_rows(items), SERIES),
        "disagreements": frame_from_rows(find_disagreements(items), DISAGREEMENTS),
        "forecasts": frame_from_rows(match_forecasts(items), FORECASTS),
        "implied": frame_from_rows(derive_implied(items), IMPLIED),
    }
