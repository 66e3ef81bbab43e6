"""The view state in the URL query string, so a copied link shows the same view.

``?topic=trade&topic=energy&metric=exports&entity=China&kind=actual&unit=USD``
``&from=2024-01-01&to=2025-12-31&yfrom=2025&yto=2030&q=corridor``: ``from``/``to`` are
publication dates, ``yfrom``/``yto`` the years the figure refers to. Unknown parameters
are ignored, repeated single-valued ones take the first value, and every value is
length-capped: the query string is user input like any other.
"""

from __future__ import annotations

from types import MappingProxyType
from urllib.parse import parse_qs, urlencode

from dashboard.store import Filters

MAX_QUERY = 4000  # characters of query string read; the rest is ignored
_MAX_VALUE = 200
_MAX_TOPICS = 20
# URL parameter -> Filters field (single-valued ones).
_SINGLE = MappingProxyType({"metric": "metric", "entity": "entity", "kind": "kind", "unit": "unit",
           "from": "date_from", "to": "date_to", "yfrom": "year_from", "yto": "year_to",
           "q": "text"})


def filters_from_query(search: str | None) -> Filters:
    """Filters from a query string (with or without the leading ``?``); never raises."""
    raw = (search or "").lstrip("?")[:MAX_QUERY]
    try:
        params = parse_qs(raw, keep_blank_values=False, max_num_fields=64)
    except ValueError:  # more fields than any real link has: treat as no filters
        return Filters()
    values: dict[str, object] = {
        "topics": [v[:_MAX_VALUE] for v in params.get("topic", [])[:_MAX_TOPICS]],
    }
    for name, field in _SINGLE.items():
        if params.get(name):
            values[field] = params[name][0][:_MAX_VALUE]
    return Filters.build(**values)


def query_from_filters(filters: Filters) -> str:
    """The canonical query string for `filters`: ``?...``, or ``""`` when nothing is set."""
    pairs: list[tuple[str, str]] = [("topic", t) for t in filters.topics]
    for name, field in _SINGLE.items():
        value = getattr(filters, field)
        if value is not None and value != "":
            pairs.append((name, str(value)))
    return "?" + urlencode(pairs) if pairs else ""


def filters_from_values(topics: object, metric: object, entity: object, kind: object,
                        unit: object, date_from: object, date_to: object,
                        year_from: object, year_to: object, text: object) -> Filters:
    """Filters from the sidebar controls' values (in `FILTER_CONTROLS` order)."""
    return Filters.build(topics=topics or (), metric=metric, entity=entity, kind=kind,
                         unit=unit, date_from=date_from, date_to=date_to,
                         year_from=year_from, year_to=year_to, text=text)


def values_from_filters(filters: Filters) -> list[object]:
    """The sidebar controls' values for `filters` (in `FILTER_CONTROLS` order)."""
    return [list(filters.topics), filters.metric, filters.entity, filters.kind or "",
            filters.unit, filters.date_from, filters.date_to, filters.year_from,
            filters.year_to, filters.text or ""]
