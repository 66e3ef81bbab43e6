"""Source pages: a document with its claims highlighted, and one claim in its context."""

from __future__ import annotations

from typing import Any

import numpy as np
from dash import dcc, html

from dashboard.app.components import (
    aria,
    claim_title,
    field_list,
    highlighted_text,
    kind_label,
    notice,
    safe_url,
    source_href,
    text_fragment_url,
    value_text,
)
from dashboard.app.registry import Page, PageContext
from dashboard.figures import readable_period


def _key() -> html.P:
    """How to read the highlights (a new component per page: components are mutable)."""
    return html.P([
        "Highlighted: ", html.Span("reported figures", className="claim kind-actual"),
        " and ", html.Span("projections or targets", className="claim kind-projection"),
        ". Select one to see its details.",
    ], className="help")


_KEY_FIELDS = ("Value", "As written", "Period", "Kind", "Published", "Outlet")


def pages() -> tuple[Page, ...]:
    return (
        Page(key="source", title="Source", path="/source/<doc_id>", layout=source_layout,
             in_nav=False, uses_filters=False),
        Page(key="claim", title="Claim", path="/claim/<claim_id>", layout=claim_layout,
             in_nav=False, uses_filters=False),
    )


def source_layout(context: PageContext) -> html.Div:
    snap = context.store.snapshot()
    doc = snap.document(context.params.get("doc_id", ""))
    if doc is None:
        return _not_found("document")
    claims = snap.rows(snap.doc_claim_rows(doc["doc_id"]))
    return html.Div([
        html.H1(doc.get("title") or "Untitled document"),
        _doc_meta(doc, len(claims)),
        _key(),
        html.Article(highlighted_text(doc.get("text") or "", claims), className="article-text",
                     **aria(label="Article text")),
    ])


def claim_layout(context: PageContext) -> html.Div:
    snap = context.store.snapshot()
    row = snap.claim_row(context.params.get("claim_id", ""))
    if row is None:
        return _not_found("claim")
    claim = snap.rows(np.array([row], dtype=np.int64))[0]
    doc = snap.document(claim["doc_id"]) or {}
    claims = snap.rows(snap.doc_claim_rows(claim["doc_id"]))
    original = text_fragment_url(claim.get("source_url"), claim.get("sentence"))
    links: list[Any] = [dcc.Link("Whole article with all its claims",
                                 href=source_href(claim["doc_id"]))]
    if original:
        links += [" · ", html.A("Open the original article at this sentence", href=original,
                                target="_blank", rel="noopener noreferrer")]
    fields = _claim_fields(claim, doc)
    key_fields = [f for f in fields if f[0] in _KEY_FIELDS]
    return html.Div([
        html.H1(claim_title(claim)),
        html.P(links, className="links"),
        field_list(key_fields),
        html.H2("In the article", className="section-title"),
        _key(),
        html.Article(highlighted_text(doc.get("text") or "", claims, focus_id=claim["claim_id"]),
                     className="article-text", **aria(label="Article text")),
        html.H2("All fields", className="section-title"),
        field_list(fields),
    ])


def _claim_fields(claim: dict[str, Any], doc: dict[str, Any]) -> list[tuple[str, Any]]:
    entities = claim.get("entities") or []
    return [
        ("Value", value_text(claim)),
        ("As written", html.Q(claim.get("surface") or "")),
        ("Sentence", claim.get("sentence")),
        ("Metric", claim.get("metric")),
        ("Unit", claim.get("unit")),
        ("Per", claim.get("per")),
        ("Kind", kind_label(claim.get("kind"))),
        ("Hedge", claim.get("approx")),
        ("Change", claim.get("change")),
        ("Period", _period_field(claim.get("period"))),
        ("Entities", "; ".join(entities)),
        ("Counted item", claim.get("item")),
        ("Topic", claim.get("topic")),
        ("Published", claim.get("published")),
        ("Outlet", doc.get("outlet")),
        ("Document", dcc.Link(doc.get("title") or claim["doc_id"],
                              href=source_href(claim["doc_id"]))),
        ("Claim id", html.Code(claim["claim_id"])),
    ]


def _doc_meta(doc: dict[str, Any], n_claims: int) -> html.Dl:
    url = safe_url(doc.get("source_url"))
    original: Any = (html.A("original article", href=url, target="_blank",
                            rel="noopener noreferrer") if url else "not recorded")
    return field_list([
        ("Published", doc.get("published")), ("Place", doc.get("place")),
        ("Outlet", doc.get("outlet")), ("Source", original), ("File", doc.get("path")),
        ("Claims", f"{n_claims:,}"),
    ])


def _not_found(what: str) -> html.Div:
    return html.Div([html.H1(f"No such {what}"),
                     notice(f"This {what} is not in the dataset (it may have been removed "
                            "or the link is incomplete)."),
                     dcc.Link("Explore the claims", href="/explore")])


def _period_field(period: object) -> str | None:
    """ "Jan–Nov 2024 (2024-01/2024-11)": as a reader says it, and as the data writes it."""
    if not isinstance(period, str) or not period:
        return None
    readable = readable_period(period)
    return readable if readable == period else f"{readable} ({period})"
