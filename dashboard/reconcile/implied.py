"""Implied values: a change and the level it led to, stated in one sentence, give the
earlier level ("has surged fivefold since 2020, reaching $529 million" -> about $105.8
million in 2020).

Pairing, inside one sentence of one document: a change (%, x, percentage points, or an
amount in the level's own unit: "increased by $100 million to $600 million") and a level of
the same metric, subject, rate and kind; the change takes the level closest to
it (by the characters between them; after it when two are as close: "surged 176% to 56,500
TEU", "handled 3.5 mln t (+3%) and ... 1.5 mln t (+15%)"), and each claim is used once.
The earlier period:
- "since 2020" -> 2020 (the level is then the latest one, whatever its period);
- a span of years ending in the level's year -> its first year ("rose 40% compared with
  2022 to $7 billion in 2024" -> 2022);
- a full year or part of a year -> the same months a year earlier, when the change has
  the level's period ("rose 65% on 2022 to 2.7 million tonnes" in 2023 -> 2022).
A change without a period gives nothing (fivefold "in three years" is not year on year),
nor does one for another period than its level (in "30% above the $24.2 billion recorded
in 2022" the level is the base, not the result), nor a month, a range, a bound or a
projection (the base of "to triple by 2030" is the unstated present). The result is
derived, not reported: it lives in its own table, linked to both claims, and never joins
the claims or their series.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from dashboard.reconcile.items import Item
from dashboard.reconcile.series import RE_MONTHS, RE_SINCE, RE_YEAR, RE_YEARS
from dashboard.scanning import REGEX_TIMEOUT

_CHANGE_UNITS = frozenset({"%", "x", "pp"})


def earlier_period(change: Item, level: Item) -> str | None:
    """The period the implied value refers to, or None when it cannot be told."""
    if change.period is None:
        return None  # a change without a period may span any number of years
    if RE_SINCE.match(change.period, timeout=REGEX_TIMEOUT):
        return change.period[:4]
    if RE_YEARS.match(change.period, timeout=REGEX_TIMEOUT) and change.period[5:] == level.period:
        return change.period[:4]  # "rose 40% compared with 2022 to $7 billion in 2024"
    if change.period != level.period:
        return None
    period = level.period or ""
    if RE_YEAR.match(period, timeout=REGEX_TIMEOUT):
        return str(int(period) - 1)
    found = RE_MONTHS.match(period, timeout=REGEX_TIMEOUT)
    if found and found["y1"] == found["y2"]:
        year = int(found["y1"]) - 1
        return f"{year}-{found['m1']}/{year}-{found['m2']}"
    return None


def earlier_value(change: Item, level: float, level_unit: str) -> tuple[float, str] | None:
    """(the earlier value, the formula applied), or None when the change cannot apply."""
    # "(-12%)" is stored signed, "down 12%" not: both are a fall of 12
    v, up = abs(change.value), change.change == "increase"
    said = f"(“{change.surface}”)"
    if change.unit == "x" and v > 0:
        factor = v if up or v < 1 else 1 / v  # "fell 2.6 times" leaves 1/2.6 of it
        return level / factor, f"÷ {_g(factor)} {said}"
    if change.unit == "%" and level_unit != "%" and (up or v < 100):
        factor = 1 + v / 100 if up else 1 - v / 100
        return level / factor, f"÷ {_g(factor)} {said}"
    if change.unit == "pp" and level_unit == "%":
        return (level - v, f"− {_g(v)} pp {said}") if up else (level + v, f"+ {_g(v)} pp {said}")
    if change.unit == level_unit and change.unit not in _CHANGE_UNITS:
        # an amount in the level's unit: "increased by $100 million to $600 million"
        return (level - v, f"− {change.surface}") if up else (level + v, f"+ {change.surface}")
    return None


def _g(number: float) -> str:
    return f"{number:.6g}"


def _matches(change: Item, level: Item) -> bool:
    a, b = change.key, level.key
    return (a is not None and b is not None and level.is_exact and change.is_exact
            and change.kind == level.kind == "actual" and level.change is None
            and (change.unit in _CHANGE_UNITS or change.unit == level.unit)
            and (a.metric, a.subject, a.per, a.item) == (b.metric, b.subject, b.per, b.item))


def _pairs(sentence: Sequence[Item]) -> list[tuple[Item, Item]]:
    """(change, level) pairs of one sentence: each change with its closest level."""
    levels = [i for i in sentence if i.change is None and i.key is not None]
    used: set[str] = set()
    pairs = []
    for change in (i for i in sentence if i.change):
        fits = [lv for lv in levels if lv.claim_id not in used and _matches(change, lv)
                and earlier_period(change, lv) is not None]
        chosen = min(fits, key=lambda lv: _gap(change, lv), default=None)
        if chosen is not None:
            used.add(chosen.claim_id)
            pairs.append((change, chosen))
    return pairs


def _gap(change: Item, level: Item) -> tuple[int, bool]:
    """Characters between a change and a level, then before (True) over after (False)."""
    if level.start > change.start:
        return level.start - (change.start + len(change.surface)), False
    return change.start - (level.start + len(level.surface)), True


def _row(change: Item, level: Item) -> dict[str, Any] | None:
    period = earlier_period(change, level)
    derived = earlier_value(change, level.value, level.unit)
    if period is None or derived is None or level.key is None:
        return None
    value, formula = derived
    key = level.key.with_period(period)
    ids = f"{change.claim_id}:{level.claim_id}"
    return {
        "implied_id": hashlib.sha256(ids.encode()).hexdigest()[:16],
        "series_id": key.series_id, "metric": key.metric, "unit": key.unit,
        "entities": key.subject, "period": period, "value": value,
        "method": f"{level.surface} {formula}",
        "level_claim_id": level.claim_id, "change_claim_id": change.claim_id,
        "doc_id": level.doc_id, "published": level.published,
    }


def derive_implied(items: Iterable[Item]) -> list[dict[str, Any]]:
    """Every implied earlier value, in document and text order."""
    sentences: dict[tuple[str, str], list[Item]] = defaultdict(list)
    for item in items:
        if item.sentence:
            sentences[(item.doc_id, item.sentence)].append(item)
    found: list[tuple[int, dict[str, Any]]] = []
    for members in sentences.values():
        members.sort(key=lambda i: i.start)
        found += [(change.row, row) for change, level in _pairs(members)
                  if (row := _row(change, level)) is not None]
    return _once_a_document([row for _, row in sorted(found, key=lambda pair: pair[0])])


def _once_a_document(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The first of the rows a document implies for one series, period and value: a headline
    that repeats its body ("Trade triples to $100 million" over "... tripled to $100 mln")
    implies the same earlier value twice, and it is one figure, not two that agree."""
    seen: set[tuple[str, str, str, str]] = set()
    out = []
    for row in rows:
        key = (row["doc_id"], row["series_id"], row["period"], f"{row['value']:.6g}")
        if key not in seen:
            seen.add(key)
            out.append(row)
    return out
