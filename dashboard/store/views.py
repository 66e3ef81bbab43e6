"""Aggregated views of a snapshot for the Overview page, computed on integer codes.

Each function returns a small pandas frame ready for `dashboard.figures`; none returns
more rows than it says, so a chart's payload stays bounded whatever the data size.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa

from dashboard.figures import OTHER_GROUP
from dashboard.store.filters import Filters
from dashboard.store.snapshot import NO_ENTITY, Snapshot

POINT_CAP = 500  # above this many claims a series is drawn as per-bucket medians
MAX_GROUPS = 7  # entity groups with their own colour; the rest are "other entities"
_DAY = np.timedelta64(1, "D")


@dataclass(frozen=True, slots=True)
class Summary:
    claims: int
    documents: int
    first: str | None
    last: str | None


@dataclass(frozen=True, slots=True)
class Series:
    """What "Metric over time" draws: one row per point (a claim or a bucket median)."""

    metric: str | None
    unit: str | None
    frame: pd.DataFrame
    aggregated: bool
    n_claims: int
    bucket: str | None = None  # "month", "quarter" or "year" when aggregated
    n_groups: int = 0
    n_changes: int = 0  # claims that are changes (growth rates), plotted with their sign


def summary(snap: Snapshot, filters: Filters) -> Summary:
    mask = snap.mask(filters)
    docs = snap.dims["doc"].codes[mask]
    seen = np.bincount(docs[docs >= 0], minlength=len(snap.dims["doc"].values))
    days = snap.published_days[mask]
    days = days[~np.isnan(days)]
    first = str(np.datetime64(int(days.min()), "D")) if days.size else None
    last = str(np.datetime64(int(days.max()), "D")) if days.size else None
    return Summary(int(mask.sum()), int(np.count_nonzero(seen)), first, last)


def _pair_counts(snap: Snapshot, mask: np.ndarray, first: str,
                 second: str) -> list[tuple[str, str, int]]:
    """Counts of (first, second) value pairs among the masked claims (missing as "(none)").

    Counting with `bincount` on combined codes is linear; `np.unique` would sort.
    """
    a, b = snap.dims[first], snap.dims[second]
    width = len(b.values) + 1
    key = (a.codes[mask].astype(np.int64) + 1) * width + (b.codes[mask] + 1)
    counts = np.bincount(key, minlength=(len(a.values) + 1) * width)
    names_a, names_b = ["(none)", *a.values], ["(none)", *b.values]
    return [(names_a[k // width], names_b[k % width], int(counts[k]))
            for k in np.flatnonzero(counts)]


def metric_units(snap: Snapshot, filters: Filters) -> list[tuple[str, str, int]]:
    """(metric, unit, count) pairs under the filters, most frequent first."""
    pairs = [p for p in _pair_counts(snap, snap.mask(filters), "metric", "unit")
             if p[0] != "(none)" and p[1] != "(none)"]
    return sorted(pairs, key=lambda p: (-p[2], p[0], p[1]))


def series(snap: Snapshot, filters: Filters, metric: str, unit: str) -> Series:
    """The claims of one metric and unit over time, grouped by entity group."""
    mask = snap.mask(filters)
    mdim, udim = snap.dims["metric"], snap.dims["unit"]
    rows = np.flatnonzero(mask & (mdim.codes == mdim.code_of(metric))
                          & (udim.codes == udim.code_of(unit)) & ~np.isnan(snap.x_days))
    groups, n_groups = _top_groups(snap, rows)
    n_changes = int(np.count_nonzero(~snap.is_level[rows]))
    if rows.size <= POINT_CAP:
        return Series(metric, unit, _points(snap, rows, groups), False, int(rows.size),
                      n_groups=n_groups, n_changes=n_changes)
    frame, bucket = _medians(snap, rows, groups)
    return Series(metric, unit, frame, True, int(rows.size), bucket, n_groups, n_changes)


def _top_groups(snap: Snapshot, rows: np.ndarray) -> tuple[np.ndarray, int]:
    """Each row's group label, the smaller groups folded into OTHER_GROUP."""
    dim = snap.dims["group"]
    codes = dim.codes[rows]
    counts = np.bincount(codes, minlength=len(dim.values))
    ranked = sorted(np.flatnonzero(counts), key=lambda c: (-counts[c], dim.values[c]))
    keep = set(ranked[:MAX_GROUPS])
    labels = np.array([dim.values[c] if c in keep else OTHER_GROUP
                       for c in range(len(dim.values))] + [NO_ENTITY], dtype=object)
    return labels[codes], len(ranked)


def _points(snap: Snapshot, rows: np.ndarray, groups: np.ndarray) -> pd.DataFrame:
    records = snap.rows(rows)
    frame = pd.DataFrame.from_records(records, columns=[
        "claim_id", "value", "value_high", "unit", "change", "kind", "period", "published",
        "surface", "sentence", "outlet"])
    frame["value"] = snap.signed_values[rows]  # a fall below zero (the hover signs it too)
    frame["x"] = _dates(snap.x_days[rows])
    frame["group"] = groups
    frame["n"] = 1
    return frame.sort_values(["group", "x"], kind="stable").reset_index(drop=True)


def _medians(snap: Snapshot, rows: np.ndarray, groups: np.ndarray) -> tuple[pd.DataFrame, str]:
    """Median value per (group, kind, time bucket), each with a representative claim.

    Sorting by (bucket key, value) puts each bucket's median in the middle of its run,
    so medians and the claim nearest each median come from one `lexsort`.
    """
    months = _dates(snap.x_days[rows]).astype("datetime64[M]").astype(np.int64)
    span_years = (months.max() - months.min()) / 12
    bucket = "month" if span_years <= 4 else "quarter" if span_years <= 12 else "year"
    step = {"month": 1, "quarter": 3, "year": 12}[bucket]
    start_month = (months // step) * step
    group_values, group_codes = np.unique(groups.astype(str), return_inverse=True)
    kind_codes = snap.dims["kind"].codes[rows]
    values = snap.signed_values[rows]
    order = np.lexsort((values, start_month, kind_codes, group_codes))
    key = np.stack([group_codes, kind_codes, start_month], axis=1)[order]
    firsts = np.flatnonzero(np.r_[True, np.any(key[1:] != key[:-1], axis=1)])
    sizes = np.diff(np.r_[firsts, len(order)])
    lower, upper = firsts + (sizes - 1) // 2, firsts + sizes // 2
    sorted_values = values[order]
    kinds = np.array([*snap.dims["kind"].values, ""], dtype=object)
    ids = snap.claims["claim_id"].take(pa.array(rows[order[lower]])).to_pylist()
    frame = pd.DataFrame({
        "group": group_values[key[firsts, 0]],
        "kind": kinds[key[firsts, 1]],
        "x": np.datetime64("1970-01", "M") + key[firsts, 2].astype("timedelta64[M]"),
        "value": (sorted_values[lower] + sorted_values[upper]) / 2,
        "n": sizes,
        "claim_id": ids,
    })
    frame["x"] = frame["x"].astype("datetime64[s]")
    return frame, bucket


def _dates(days: np.ndarray) -> np.ndarray:
    return np.datetime64("1970-01-01", "D") + days.round().astype(np.int64) * _DAY


def topic_metric_counts(snap: Snapshot, filters: Filters, limit: int = 20) -> pd.DataFrame:
    """Claim counts per (topic, metric), the largest `limit` pairs."""
    pairs = _pair_counts(snap, snap.mask(filters), "topic", "metric")
    frame = pd.DataFrame(pairs, columns=["topic", "metric", "count"])
    return frame.sort_values(["count", "topic", "metric"], ascending=[False, True, True],
                             kind="stable").head(limit).reset_index(drop=True)


def _first_of_each(keys: np.ndarray, n_keys: int) -> np.ndarray:
    """Sorted positions of the first occurrence of each distinct key."""
    if n_keys > 4_000_000:  # a table that large costs more than sorting
        return np.sort(np.unique(keys, return_index=True)[1])
    first = np.full(n_keys, keys.size, dtype=np.int64)
    positions = np.arange(keys.size, dtype=np.int64)
    first[keys[::-1]] = positions[::-1]  # later writes win: the first occurrence stays
    return np.sort(first[first < keys.size])


def latest_values(snap: Snapshot, filters: Filters, limit: int = 25) -> tuple[pd.DataFrame, int]:
    """The most recently published actual level (not a change) per (metric, unit, entity
    group).

    Returns the `limit` most recent of them and how many there are in all. Walks the
    claims newest first (a cached order) and keeps each key's first claim: linear.
    """
    kdim = snap.dims["kind"]
    mask = snap.mask(filters) & (kdim.codes == kdim.code_of("actual")) & snap.is_level
    order = snap.order("published", descending=True)[:snap.n_dated]  # undated sort last
    rows = order[mask[order]]
    if rows.size == 0:
        return pd.DataFrame(columns=["claim_id", "metric", "group"]), 0
    keys = np.zeros(rows.size, dtype=np.int64)
    n_keys = 1
    for dim in ("metric", "unit", "group"):
        size = len(snap.dims[dim].values) + 1
        keys = keys * size + snap.dims[dim].codes[rows] + 1
        n_keys *= size
    chosen = rows[_first_of_each(keys, n_keys)]  # still newest first
    frame = pd.DataFrame.from_records(snap.rows(chosen[:limit]))
    groups = snap.dims["group"]
    frame["group"] = [groups.values[c] for c in groups.codes[chosen[:limit]]]
    return frame, int(chosen.size)
