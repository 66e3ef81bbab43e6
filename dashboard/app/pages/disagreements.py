"""Where sources disagree: each disagreement with every source's sentence, one click each."""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

import dash
from dash import html

from dashboard.app.components import aria, filter_inputs, notice, stat
from dashboard.app.pages.reconcile_common import RULES_TEXT, sources_table, text
from dashboard.app.registry import Page, PageContext
from dashboard.app.urlstate import filters_from_values
from dashboard.figures import format_value, readable_period
from dashboard.store import Store
from dashboard.store import reconciled as views

_KIND_TEXT = MappingProxyType({
    "actual": "reported figures", "projection": "projections",
    "mixed": "reported and planned figures (a length does not depend on when)"})


def page() -> Page:
    return Page(key="disagreements", title="Where sources disagree", path="/disagreements",
                layout=layout, register=register)


def layout(context: PageContext) -> html.Div:
    del context  # the callback fills the page from the filters
    return html.Div([
        html.H1("Where sources disagree"),
        html.P(["The same figure, reported differently by different documents. ", RULES_TEXT,
                " ", html.A("Download all disagreements (CSV)",
                            href="/download/full/disagreements.csv", download="")],
               className="help"),
        html.Div(id="dis-summary", className="stats", role="status"),
        html.Div(id="dis-list"),
    ])


def register(app: dash.Dash, store: Store) -> None:
    @app.callback(dash.Output("dis-summary", "children"), dash.Output("dis-list", "children"),
                  *filter_inputs())
    def update_disagreements(*values: Any) -> tuple[Any, Any]:
        snap = store.snapshot()
        if not views.has_tables(snap):
            return [], notice("This dataset has no reconciliation tables yet: run "
                              "`python -m dashboard extract` to build them.")
        found, total = views.disagreements(snap, filters_from_values(*values))
        summary = [stat("disagreements", f"{total:,}"),
                   stat("documents involved",
                        f"{len({c['doc_id'] for d in found for c in d['claims']}):,}")]
        if not found:
            return summary, notice("No disagreement among the claims that match the filters.")
        cards: list[Any] = [disagreement_card(d, i) for i, d in enumerate(found)]
        if total > len(found):
            cards.append(notice(f"The {len(found)} largest of {total:,} are listed; narrow "
                                "the filters or download the table for the rest."))
        return summary, cards


def disagreement_card(item: dict[str, Any], index: int) -> html.Section:
    """One disagreement: what, when, how far apart, and every source's claim."""
    unit = item.get("unit")
    period = item.get("period") if isinstance(item.get("period"), str) else None
    heading = f"{item['label']}" + (f" · {readable_period(period)}" if period else "")
    low, high = format_value(item["min_value"], unit), format_value(item["max_value"], unit)
    spread = item.get("spread_pct")
    gap = f"; the largest is {spread:.1f}% above the smallest" if spread is not None else ""
    summary = (f"{item['n_docs']} documents give {low} to {high}{gap}. Compared: "
               f"{_KIND_TEXT.get(str(item.get('kind')), text(item.get('kind')))}.")
    return html.Section([
        html.H2(heading, className="section-title", id=f"dis-{index}"),
        html.P(summary, className="help"),
        sources_table(item["claims"], f"{len(item['claims'])} claims from "
                                      f"{item['n_docs']} documents, oldest first"),
    ], className="card disagreement", **aria(labelledby=f"dis-{index}"))
