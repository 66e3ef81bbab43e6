"""Views of the reconciliation tables (`dashboard.reconcile`) for the app's pages.

The tables are optional: a data folder built before reconciliation existed, or by a tool
that does not write them, has none, and every function here then returns an empty view.
Filters apply through the claims: a disagreement or a forecast is shown when one of its
claims passes the filters, so the sidebar narrows these pages as it does the others.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from dashboard.reconcile.series import series_detail
from dashboard.store.filters import Filters
from dashboard.store.load import dictionary_codes
from dashboard.store.periods import period_midpoint_days
from dashboard.store.snapshot import Snapshot

MAX_SERIES = 7  # series drawn with their own colour; the chart says how many were left out
SERIES_POINT_CAP = 400  # points per series; beyond it the most recent periods are kept
MAX_LISTED = 100  # disagreements or forecasts listed on a page
_DAY = np.timedelta64(1, "D")


@dataclass(frozen=True, slots=True)
class SeriesChart:
    """What "Series over time" draws for one metric and unit."""

    metric: str
    unit: str
    points: pd.DataFrame  # one row per claim: series, x, value, kind, disputed, source
    implied: pd.DataFrame  # derived earlier values of the drawn series
    n_series: int  # series of this metric and unit under the filters (drawn or not)
    n_claims: int
    capped: bool  # some series had more points than SERIES_POINT_CAP


def has_tables(snap: Snapshot) -> bool:
    """True when the data folder holds reconciliation tables."""
    return "series" in snap.extras or "disagreements" in snap.extras


def series_labels(snap: Snapshot) -> dict[str, str]:
    """Each series' label in words ("cargo volume (t) · ... · full year")."""
    return _series_column(snap, "label")


def _series_column(snap: Snapshot, column: str) -> dict[str, Any]:
    """Series id -> one column of the series table (empty without the table or column)."""
    table = snap.extras.get("series")
    if table is None or column not in table.column_names:
        return {}
    return dict(zip(table["series_id"].to_pylist(), table[column].to_pylist(), strict=True))


def series_details(snap: Snapshot) -> dict[str, tuple[str, bool]]:
    """Each series' label without metric and unit, and whether its points have periods
    (undated series are placed at their publication dates, so no line joins them)."""
    out: dict[str, tuple[str, bool]] = {}
    for record in _records(snap, "series"):
        shape = str(record.get("period_shape") or "undated")
        detail = series_detail(tuple(record.get("entities") or ()), shape, record.get("per"),
                               record.get("item"), str(record.get("measure") or "level"))
        out[str(record["series_id"])] = (detail, shape not in ("undated", "any"))
    return out


def _records(snap: Snapshot, name: str) -> list[dict[str, Any]]:
    table = snap.extras.get(name)
    return [] if table is None else list(table.to_pylist())


def _number(value: Any) -> float | None:
    """A numeric cell (a string when the table was read from CSV); None when missing."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _claim_rows(snap: Snapshot, claim_ids: list[str] | None) -> np.ndarray:
    rows = [snap.claim_row(str(c)) for c in claim_ids or ()]
    return np.array([r for r in rows if r is not None], dtype=np.int64)


def disagreements(snap: Snapshot, filters: Filters) -> tuple[list[dict[str, Any]], int]:
    """The disagreements with a claim under the filters (largest spread first), each with
    its claims as rows; at most MAX_LISTED, and how many there are in all."""
    mask = snap.mask(filters)
    labels = series_labels(snap)
    found: list[tuple[dict[str, Any], np.ndarray]] = []
    for record in _records(snap, "disagreements"):
        rows = _claim_rows(snap, record.get("claim_ids"))
        if rows.size and mask[rows].any():
            found.append((record, rows))
    found.sort(key=lambda pair: (-(_number(pair[0].get("spread_pct")) or 0.0),
                                 str(pair[0].get("metric")), str(pair[0].get("period"))))
    out = []
    for record, rows in found[:MAX_LISTED]:
        out.append({**record, "label": labels.get(record["series_id"], record.get("metric")),
                    "min_value": _number(record.get("min_value")),
                    "max_value": _number(record.get("max_value")),
                    "spread_pct": _number(record.get("spread_pct")),
                    "claims": snap.rows(rows)})
    return out, len(found)


def forecasts(snap: Snapshot, filters: Filters) -> tuple[pd.DataFrame, int]:
    """Forecasts whose projection passes the filters, one row per document and projected
    value, with the projection's claim fields (surface, sentence, outlet) and series label;
    at most MAX_LISTED, and how many there are in all."""
    mask = snap.mask(filters)
    labels = series_labels(snap)
    rows: list[dict[str, Any]] = []
    for record in _records(snap, "forecasts"):
        row = snap.claim_row(str(record.get("projection_claim_id")))
        if row is None or not mask[row]:
            continue
        claim = snap.rows(np.array([row], dtype=np.int64))[0]
        rows.append({**record, "label": labels.get(record["series_id"], record.get("metric")),
                     "projected": _number(record.get("projected")),
                     "actual": _number(record.get("actual")),
                     "error_pct": _number(record.get("error_pct")),
                     "surface": claim.get("surface"), "sentence": claim.get("sentence"),
                     "outlet": claim.get("outlet"), "doc_id": claim.get("doc_id")})
    frame = pd.DataFrame(rows)
    if frame.empty:
        return frame, 0
    # A document that states one forecast twice (headline and body) made one forecast.
    frame = frame.drop_duplicates(["series_id", "period", "doc_id", "projected"])
    frame = frame.sort_values(["label", "period", "made_on"], kind="stable")
    return frame.head(MAX_LISTED).reset_index(drop=True), len(frame)


def series_chart(snap: Snapshot, filters: Filters, metric: str, unit: str) -> SeriesChart:
    """The claims of one metric and unit with a series, grouped by series."""
    empty = SeriesChart(metric, unit, pd.DataFrame(), pd.DataFrame(), 0, 0, False)
    if "series_id" not in snap.claims.column_names:
        return empty
    codes, values = dictionary_codes(snap.claims["series_id"])
    udim = snap.dims["unit"]
    # The series' metric chooses, not the claim's: a port's "cargo volume" claims are in its
    # "port throughput" series (`reconcile.subjects.site_metric`) and drawn with it.
    rows = np.flatnonzero(snap.mask(replace(filters, metric=None))
                          & (udim.codes == udim.code_of(unit)) & (codes >= 0)
                          & ~np.isnan(snap.x_days))
    rows = rows[_of_metric(snap, values, metric)[codes[rows]]]
    if rows.size == 0:
        return empty
    counts = np.bincount(codes[rows], minlength=len(values))
    ranked = sorted((int(c) for c in np.flatnonzero(counts)),
                    key=lambda c: (-counts[c], values[c]))
    kept, capped = _capped_rows(snap, rows, codes, set(ranked[:MAX_SERIES]))
    details = series_details(snap)
    points = _points(snap, kept, [values[c] for c in codes[kept]], details)
    drawn = set(points["series_id"])
    return SeriesChart(metric, unit, points, _implied(snap, drawn, details), len(ranked),
                       int(rows.size), capped)


def _of_metric(snap: Snapshot, series_ids: list[str], metric: str) -> np.ndarray:
    """Per series id, whether the series table names the series by `metric`."""
    named = _series_column(snap, "metric")
    return np.array([named.get(sid) == metric for sid in series_ids], dtype=bool)


def _capped_rows(snap: Snapshot, rows: np.ndarray, codes: np.ndarray,
                 keep: set[int]) -> tuple[np.ndarray, bool]:
    """Rows of the kept series, each cut to its SERIES_POINT_CAP most recent points."""
    chosen: list[np.ndarray] = []
    capped = False
    for code in sorted(keep):
        members = rows[codes[rows] == code]
        if members.size > SERIES_POINT_CAP:
            capped = True
            order = np.argsort(snap.x_days[members], kind="stable")
            members = np.sort(members[order[-SERIES_POINT_CAP:]])
        chosen.append(members)
    return np.concatenate(chosen) if chosen else rows[:0], capped


def _points(snap: Snapshot, rows: np.ndarray, series_ids: list[str],
            details: dict[str, tuple[str, bool]]) -> pd.DataFrame:
    disputed = _disputed_ids(snap)
    records = snap.rows(rows)
    frame = pd.DataFrame.from_records(records, columns=[
        "claim_id", "value", "value_high", "unit", "kind", "change", "period", "published",
        "surface", "sentence", "outlet"])
    sign = np.where((frame["change"] == "decrease") & (frame["unit"] != "x"), -1.0, 1.0)
    frame["value"] = frame["value"].astype(float) * sign
    frame["series_id"] = series_ids
    frame["label"] = [details.get(s, (s, True))[0] for s in series_ids]
    frame["dated"] = [details.get(s, (s, True))[1] for s in series_ids]
    frame["x"] = np.datetime64("1970-01-01", "D") + snap.x_days[rows].round().astype(
        np.int64) * _DAY
    frame["disputed"] = frame["claim_id"].isin(disputed)
    return frame.sort_values(["label", "x"], kind="stable").reset_index(drop=True)


def _disputed_ids(snap: Snapshot) -> set[str]:
    table = snap.extras.get("disagreements")
    if table is None or "claim_ids" not in table.column_names:
        return set()
    column = table["claim_ids"].combine_chunks()
    if not pa.types.is_list(column.type):
        return set()
    return {str(c) for c in pc.list_flatten(column).to_pylist()}


def _implied(snap: Snapshot, drawn: set[str],
             details: dict[str, tuple[str, bool]]) -> pd.DataFrame:
    rows = []
    for record in _records(snap, "implied"):
        days = period_midpoint_days(record.get("period"))
        value = _number(record.get("value"))
        if record.get("series_id") in drawn and not math.isnan(days) and value is not None:
            rows.append({**record, "value": value,
                         "label": details.get(record["series_id"], ("", True))[0],
                         "x": np.datetime64("1970-01-01", "D") + round(days) * _DAY})
    return pd.DataFrame(rows)
