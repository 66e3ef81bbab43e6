"""The filter state shared by the app's pages, its URLs and its downloads.

One frozen value object, so a view is fully described by it: the URL query string,
the cache key of a query and the name of a downloaded file are all derived from it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

# Names of the facets the sidebar shows, in display order.
FACETS: tuple[str, ...] = ("topic", "metric", "entity", "kind", "unit")
MAX_TEXT_QUERY = 200  # characters of free text; longer queries are cut, never rejected
# Years a "figure refers to" bound may name; others are moved to the nearest end.
MIN_YEAR, MAX_YEAR = 1900, 2100
_RE_YEAR = re.compile(r"[0-9]{1,6}")  # digits only: no sign, no "2e3", no "2_030"
_SLUG_UNSAFE = re.compile(r"[^A-Za-z0-9.-]+")


def parse_iso_date(value: object) -> str | None:
    """`YYYY-MM-DD` when `value` is a valid ISO date (longer datetimes are cut), else None."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class Filters:
    """What the user narrowed the claims to. Empty values mean "any"."""

    topics: tuple[str, ...] = ()
    metric: str | None = None
    entity: str | None = None
    kind: str | None = None
    unit: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    text: str | None = None
    # the years the figure refers to (its `period`), both included
    year_from: int | None = None
    year_to: int | None = None

    @classmethod
    def build(cls, **raw: object) -> Filters:
        """Normalise loose input (None, '', lists, stray whitespace, bad dates) into Filters."""
        topics = raw.get("topics") or ()
        items = (topics,) if isinstance(topics, str) else topics
        if not isinstance(items, (list, tuple, set, frozenset)):
            items = ()
        clean_topics = tuple(sorted({str(t).strip() for t in items if str(t).strip()}))
        text = _clean_str(raw.get("text"))
        date_from = parse_iso_date(raw.get("date_from"))
        date_to = parse_iso_date(raw.get("date_to"))
        if date_from and date_to and date_from > date_to:
            date_from, date_to = date_to, date_from
        year_from, year_to = parse_year(raw.get("year_from")), parse_year(raw.get("year_to"))
        if year_from is not None and year_to is not None and year_from > year_to:
            year_from, year_to = year_to, year_from
        return cls(
            topics=clean_topics,
            metric=_clean_str(raw.get("metric")),
            entity=_clean_str(raw.get("entity")),
            kind=_clean_str(raw.get("kind")),
            unit=_clean_str(raw.get("unit")),
            date_from=date_from,
            date_to=date_to,
            text=text[:MAX_TEXT_QUERY] if text else None,
            year_from=year_from,
            year_to=year_to,
        )

    def slug(self) -> str:
        """A file-name-safe summary, e.g. ``trade_2024-01-01_2025-12-31`` (``all`` when empty)."""
        parts: list[str] = list(self.topics)
        parts += [p for p in (self.metric, self.entity, self.kind, self.unit) if p]
        if self.date_from or self.date_to:
            parts += [self.date_from or "start", self.date_to or "end"]
        if self.year_from is not None or self.year_to is not None:
            parts.append(_year_slug(self.year_from, self.year_to))
        if self.text:
            parts.append("search")
        cleaned = [_SLUG_UNSAFE.sub("-", p).strip("-.") for p in parts]
        slug = "_".join(p for p in cleaned if p)[:120].strip("_-.")
        return slug or "all"


def parse_year(value: object) -> int | None:
    """A year from an int or a string of digits, moved into MIN_YEAR..MAX_YEAR; else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str) and _RE_YEAR.fullmatch(value.strip()):
        value = int(value.strip())
    if not isinstance(value, int):
        return None
    return min(max(value, MIN_YEAR), MAX_YEAR)


def _year_slug(year_from: int | None, year_to: int | None) -> str:
    """``years-2030``, ``years-2025-2030``, ``years-2025-on``, ``years-upto-2030``."""
    if year_from is None:
        return f"years-upto-{year_to}"
    if year_to is None:
        return f"years-{year_from}-on"
    if year_from == year_to:
        return f"years-{year_from}"
    return f"years-{year_from}-{year_to}"


def _clean_str(value: object) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).replace("\x00", "").split())
    return text or None
