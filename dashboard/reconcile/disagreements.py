"""Where sources disagree: one series, one period, values from several documents that do
not agree at the precision they are stated with (`precision.agree`).

Compared: reported (`actual`) figures of one series and one period (full years, part
years, months, dates). Not compared: undated claims (their period is unknown), "since"
figures (a running total or change up to the day of writing), figures published before
their year or months were over (`Item.is_running`: "300 vessels this year" in November is
a total so far, not the year's), and projections (forecasts made at different times differ
by nature; `forecasts` checks them against outcomes).
Lengths and areas are compared whatever their period and kind: a cable is as long in the
report that signs it as in the one that plans its completion.
A disagreement needs two documents: values that differ inside one document are not
counted unless another document gives a value that disagrees too.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from dashboard.reconcile.items import Item
from dashboard.reconcile.precision import Stated, agree
from dashboard.reconcile.series import is_compared_shape

_MAX_PAIRWISE = 400  # distinct values beyond which only the extremes are compared


def _group_key(item: Item) -> tuple[str, str | None] | None:
    """(series_id, period) when the claim takes part in comparisons, else None."""
    key = item.key
    if key is None:
        return None
    if key.is_dimension:
        return key.series_id, None
    if (item.kind != "actual" or item.period is None or not is_compared_shape(key.shape)
            or item.is_running):
        return None
    return key.series_id, item.period


def _disagrees(items: Sequence[Item]) -> bool:
    """True when two claims from different documents do not agree."""
    values: dict[Stated, set[str]] = defaultdict(set)
    for item in items:
        values[item.stated].add(item.doc_id)
    distinct = list(values.items())
    if len(distinct) > _MAX_PAIRWISE:  # bound the work; the extremes decide most groups
        distinct.sort(key=lambda kv: (kv[0].high, kv[0].low))
        distinct = distinct[:_MAX_PAIRWISE // 2] + distinct[-_MAX_PAIRWISE // 2:]
    for i, (a, docs_a) in enumerate(distinct):
        for b, docs_b in distinct[i + 1:]:
            if (len(docs_a | docs_b) > 1 and not agree(a, b)):
                return True
    return False


def _kind(items: Iterable[Item]) -> str:
    kinds = {item.kind for item in items}
    return kinds.pop() if len(kinds) == 1 else "mixed"


def _row(items: list[Item], period: str | None) -> dict[str, Any]:
    key = items[0].key
    assert key is not None  # grouped by series
    points = [item.stated.point for item in items]
    low, high = min(points), max(points)
    ordered = sorted(items, key=lambda i: (i.published or "", i.doc_id, i.start))
    return {
        "series_id": key.series_id, "metric": key.metric, "unit": key.unit,
        "entities": key.subject, "period": period, "kind": _kind(items),
        "n_docs": len({item.doc_id for item in items}), "min_value": low, "max_value": high,
        "spread_pct": None if low == 0 else 100 * (high - low) / abs(low),
        "claim_ids": tuple(item.claim_id for item in ordered),
    }


def find_disagreements(items: Iterable[Item]) -> list[dict[str, Any]]:
    """One row per (series, period) where documents disagree, in a stable order."""
    groups: dict[tuple[str, str | None], list[Item]] = defaultdict(list)
    for item in items:
        group = _group_key(item)
        if group is not None:
            groups[group].append(item)
    rows = [_row(members, period) for (_, period), members in groups.items()
            if len({m.doc_id for m in members}) > 1 and _disagrees(members)]
    return sorted(rows, key=lambda r: (r["metric"], r["entities"], r["unit"],
                                       r["period"] or "", r["series_id"]))
