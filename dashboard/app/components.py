"""Small building blocks shared by the pages.

Article text only ever reaches the page as plain strings inside Dash components,
which React inserts as text nodes: nothing from an article is parsed as HTML.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any
from urllib.parse import quote, urlsplit

from dash import Input, dcc, html

from dashboard.figures import signed_value
from dashboard.store import Filters

# The sidebar controls, in the order `urlstate.filters_from_values` takes them.
FILTER_CONTROLS: tuple[tuple[str, str], ...] = (
    ("f-topic", "value"), ("f-metric", "value"), ("f-entity", "value"), ("f-kind", "value"),
    ("f-unit", "value"), ("f-dates", "start_date"), ("f-dates", "end_date"),
    ("f-year-from", "value"), ("f-year-to", "value"), ("f-text", "value"),
)
_FRAGMENT_WORDS = 4  # words at each end of a #:~:text= fragment
# Bidi controls can make text display in another order than it is stored ("Trojan
# Source"); in article text they are shown as visible marks instead of being obeyed.
BIDI_CONTROLS: Mapping[str, str] = MappingProxyType({
    "\u202a": "LRE", "\u202b": "RLE", "\u202c": "PDF", "\u202d": "LRO", "\u202e": "RLO",
    "\u2066": "LRI", "\u2067": "RLI", "\u2068": "FSI", "\u2069": "PDI",
})
_RE_BIDI = re.compile("([" + "".join(BIDI_CONTROLS) + "])")


def aria(**values: str) -> dict[str, Any]:
    """ARIA attributes for a Dash component: ``aria(label="Pages")`` -> aria-label."""
    return {f"aria-{name}": value for name, value in values.items()}


def filter_inputs() -> list[Input]:
    return [Input(cid, prop) for cid, prop in FILTER_CONTROLS]


def claim_href(claim_id: str) -> str:
    return f"/claim/{quote(str(claim_id), safe='')}"


def source_href(doc_id: str) -> str:
    return f"/source/{quote(str(doc_id), safe='')}"


def safe_url(url: object) -> str | None:
    """`url` if it is an absolute http(s) URL (never ``javascript:`` and the like)."""
    if not isinstance(url, str) or not url.strip():
        return None
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url.strip()


def text_fragment_url(url: object, sentence: object) -> str | None:
    """The source URL with a ``#:~:text=start,end`` fragment that highlights the sentence."""
    base = safe_url(url)
    if base is None:
        return None
    words = str(sentence or "").split()
    base = base.split("#", 1)[0]
    if not words:
        return base

    def enc(part: list[str]) -> str:
        return quote(" ".join(part), safe="").replace("-", "%2D")

    if len(words) <= 2 * _FRAGMENT_WORDS:
        return f"{base}#:~:text={enc(words)}"
    return (f"{base}#:~:text={enc(words[:_FRAGMENT_WORDS])},"
            f"{enc(words[-_FRAGMENT_WORDS:])}")


# How a claim's kind is named on screen, as the Kind filter names it (the data says "actual").
KIND_LABELS: Mapping[str, str] = MappingProxyType({"actual": "reported",
                                                   "projection": "projection"})


def kind_label(kind: object) -> str:
    return KIND_LABELS.get(str(kind), str(kind)) if kind else ""


def value_text(row: Mapping[str, Any]) -> str:
    """A claim's value as a reader says it: a change with its sign (`figures.signed_value`)."""
    return signed_value(row.get("value"), row.get("unit"), row.get("value_high"),
                        row.get("change"))


def claim_title(row: dict[str, Any]) -> str:
    """A one-line description of a claim for tooltips and link labels."""
    metric = row.get("metric") or "figure"
    kind = " (projection)" if row.get("kind") == "projection" else ""
    return f"{metric}: {value_text(row)}{kind}"


def visible_text(text: str) -> list[Any]:
    """`text` as strings, with each bidi control shown as a visible mark (never obeyed)."""
    parts: list[Any] = []
    for i, piece in enumerate(_RE_BIDI.split(text)):
        if i % 2:
            parts.append(html.Span(f"[{BIDI_CONTROLS[piece]}]", className="bidi-mark",
                                   title=f"hidden direction control U+{ord(piece):04X}"))
        elif piece:
            parts.append(piece)
    return parts


def highlighted_text(text: str, claims: Sequence[dict[str, Any]],
                     focus_id: str | None = None) -> list[Any]:
    """The text as strings and claim links; the focused claim is a `mark` with an id.

    Claims whose offsets do not match the text, or overlap an earlier claim, are left
    unhighlighted rather than shifting the rest.
    """
    children: list[Any] = []
    position = 0
    for claim in sorted(claims, key=lambda c: (c.get("start") or 0)):
        start, end = claim.get("start"), claim.get("end")
        if (not isinstance(start, int) or not isinstance(end, int) or start < position
                or end <= start or text[start:end] != claim.get("surface")):
            continue
        children += visible_text(text[position:start])
        kind = "projection" if claim.get("kind") == "projection" else "actual"
        surface = visible_text(text[start:end])
        if claim.get("claim_id") == focus_id:
            children.append(html.Mark(surface, id="focus-claim", tabIndex="-1",
                                      className=f"claim focus kind-{kind}",
                                      title=claim_title(claim)))
        else:
            children.append(dcc.Link(surface, href=claim_href(claim["claim_id"]),
                                     className=f"claim kind-{kind}", title=claim_title(claim)))
        position = end
    children += visible_text(text[position:])
    return children


def field_list(pairs: Sequence[tuple[str, Any]]) -> html.Dl:
    """Label/value pairs as a definition list (values are text or components)."""
    items: list[Any] = []
    for label, value in pairs:
        items += [html.Dt(label), html.Dd("–" if value in (None, "", []) else value)]
    return html.Dl(items, className="fields")


def stat(label: str, value: str) -> html.Div:
    return html.Div([html.Div(value, className="stat-value"),
                     html.Div(label, className="stat-label")], className="stat")


def card(title: str, *children: Any) -> html.Section:
    """A titled card: the block every page section is drawn in."""
    return html.Section([html.H2(title, className="section-title"), *children],
                        className="card")


def chart_box_class(figure: dict[str, Any]) -> str:
    """The class of a tall chart's box: a chart with nothing to draw (it says why) needs no
    room for one."""
    return "chart-trend" if figure.get("data") else "chart-trend empty"


def notice(text: str, *, kind: str = "info") -> html.P:
    return html.P(text, className=f"notice notice-{kind}")


def years_text(year_from: int | None, year_to: int | None) -> str:
    """A year range in words: ``2030``, ``2025–2030``, ``2025 or later``, ``2030 or earlier``."""
    if year_from is None:
        return f"{year_to} or earlier"
    if year_to is None:
        return f"{year_from} or later"
    return str(year_from) if year_from == year_to else f"{year_from}–{year_to}"


def describe(filters: Filters) -> str:
    """The filters in words."""
    parts: list[str] = []
    if filters.topics:
        parts.append("topic " + " or ".join(filters.topics))
    for label, value in (("metric", filters.metric), ("entity", filters.entity),
                         ("kind", kind_label(filters.kind)), ("unit", filters.unit)):
        if value:
            parts.append(f"{label} {value}")
    if filters.date_from or filters.date_to:
        parts.append(f"published {filters.date_from or 'any time'} to "
                     f"{filters.date_to or 'now'}")
    if filters.year_from is not None or filters.year_to is not None:
        parts.append("figure refers to " + years_text(filters.year_from, filters.year_to))
    if filters.text:
        parts.append(f"sentences containing “{filters.text}”")
    return "; ".join(parts) if parts else "no filters: every claim"
