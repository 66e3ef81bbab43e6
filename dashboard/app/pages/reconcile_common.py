"""Parts shared by the reconciliation pages (disagreements, forecasts, series)."""

from __future__ import annotations

from collections.abc import Sequence
from types import MappingProxyType
from typing import Any

import dash
from dash import Input, Output, dcc, html, no_update

from dashboard.app.components import claim_href, value_text
from dashboard.figures import readable_period

# No "Share chart..." button (showSendToCloud): it would upload the chart to Plotly Cloud.
_GRAPH_CONFIG: Any = MappingProxyType({"displaylogo": False, "responsive": True,
                                       "showSendToCloud": False,
                                       "modeBarButtonsToRemove": ("select2d", "lasso2d")})
RULES_TEXT = (
    "Claims are one series when they share metric, unit, rate, subject (the most specific "
    "places, routes or pairs named, not who reported it), level or change, and kind of "
    "period (full years apart from parts of a year). Two values agree when they round to "
    "each other at the coarser precision written: 4.48 and 4.5 million tonnes agree, 2.7 "
    "and 2.76 do not."
)


def graph_config(**extra: Any) -> Any:
    """The charts' Plotly config (a new dict per graph: nothing shared between calls)."""
    config = {**_GRAPH_CONFIG, **extra}
    config["modeBarButtonsToRemove"] = list(config["modeBarButtonsToRemove"])
    return config


def text(value: object) -> str:
    """A cell's text; "–" for missing values (None, or NaN from pandas)."""
    if value is None or (isinstance(value, float) and value != value):
        return "–"
    return str(value)


def sources_table(claims: Sequence[dict[str, Any]], caption: str) -> html.Div:
    """Every source's claim: value (a link to the claim), published, outlet, sentence."""
    rows = [html.Tr([
        html.Td(dcc.Link(value_text(c), href=claim_href(c["claim_id"]),
                         className="source-value",
                         title="Open this claim in its article"), className="nowrap"),
        html.Td(readable_period(c.get("period")), className="nowrap"),
        html.Td(text(c.get("published")), className="nowrap"),
        html.Td(text(c.get("outlet"))),
        html.Td(html.Q(text(c.get("sentence"))), className="sentence-cell"),
    ]) for c in claims]
    head = html.Thead(html.Tr([html.Th(h, scope="col") for h in
                               ("Value", "Period", "Published", "Outlet", "Sentence")]))
    return html.Div(html.Table([html.Caption(caption), head, html.Tbody(rows)],
                               className="table sources"), className="table-wrap")


def register_open_clicked(app: dash.Dash, graph_id: str) -> None:
    """A click on a point of `graph_id` opens the claim in its customdata."""

    @app.callback(Output("url", "pathname", allow_duplicate=True),
                  Output("url", "search", allow_duplicate=True),
                  Input(graph_id, "clickData"), prevent_initial_call=True)
    def open_clicked(click: dict[str, Any] | None) -> tuple[Any, Any]:
        points = (click or {}).get("points") or []
        claim_id = points[0].get("customdata") if points else None
        if not isinstance(claim_id, str):
            return no_update, no_update
        return claim_href(claim_id), ""
