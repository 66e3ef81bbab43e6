"""Forecasts vs outcomes: each projection for a period next to what was later reported."""

from __future__ import annotations

from typing import Any

import dash
import pandas as pd
from dash import dcc, html

from dashboard.app.chart_data import chart_box, chart_data, chart_name
from dashboard.app.components import card, claim_href, filter_inputs, notice, stat
from dashboard.app.pages.reconcile_common import graph_config, register_open_clicked, text
from dashboard.app.registry import Page, PageContext
from dashboard.app.urlstate import filters_from_values
from dashboard.figures import format_value, readable_period
from dashboard.figures_reconcile import forecast_rows, make_forecast_figure, records
from dashboard.store import Filters, Store
from dashboard.store import reconciled as views

HELP = ("A projection for a stated period (a year, part of a year, a month) is matched to "
        "the reported figures of the same series and period published on or after it by "
        "other documents. The outcome is the median over those documents; the error is "
        "(projected − outcome) ÷ outcome. Bars to the right: the forecast was too high. "
        "Click a bar to open the projection in its article.")


def page() -> Page:
    return Page(key="forecasts", title="Forecasts vs outcomes", path="/forecasts",
                layout=layout, register=register)


def layout(context: PageContext) -> html.Div:
    del context  # the callback fills the page from the filters
    return html.Div([
        html.H1("Forecasts vs outcomes"),
        html.P([HELP, " ", html.A("Download all forecasts (CSV)",
                                  href="/download/full/forecasts.csv", download="")],
               id="fc-help", className="help"),
        html.Div(id="fc-summary", className="stats", role="status"),
        card("How far each forecast was from the outcome",
             chart_box(dcc.Graph(id="fc-chart", config=graph_config(displayModeBar=False),
                                 className="chart"), name_id="fc-chart-name",
                       describedby="fc-help"),
             html.Div(id="fc-data")),
        card("Every forecast with its outcome",
             html.Div(id="fc-table", className="table-wrap")),
    ])


def register(app: dash.Dash, store: Store) -> None:
    @app.callback(dash.Output("fc-summary", "children"), dash.Output("fc-chart", "figure"),
                  dash.Output("fc-chart", "style"), dash.Output("fc-table", "children"),
                  dash.Output("fc-chart-name", "children"), dash.Output("fc-data", "children"),
                  *filter_inputs())
    def update_forecasts(*values: Any) -> tuple[Any, ...]:
        snap = store.snapshot()
        filters = filters_from_values(*values)
        frame, total = views.forecasts(snap, filters)
        figure = make_forecast_figure(frame)
        name, data = _chart_text(frame, filters)
        style = {"height": f"{figure['layout'].get('height', 300)}px"}
        errors = frame["error_pct"].dropna() if not frame.empty else pd.Series(dtype=float)
        summary = [stat("forecasts with an outcome", f"{total:,}"),
                   stat("median absolute error",
                        f"{errors.abs().median():.1f}%" if len(errors) else "–")]
        if frame.empty:
            message = ("No forecast has a reported outcome under these filters."
                       if views.has_tables(snap) else
                       "This dataset has no reconciliation tables yet: run "
                       "`python -m dashboard extract` to build them.")
            return summary, figure, style, notice(message), name, data
        return summary, figure, style, forecast_table(frame, total), name, data

    register_open_clicked(app, "fc-chart")


def _chart_text(frame: pd.DataFrame, filters: Filters) -> tuple[str, Any]:
    """The chart's accessible name and its data table (no table for an empty chart)."""
    rows = forecast_rows(frame)
    if not rows:
        return "Chart: no forecast has a reported outcome under these filters.", []
    return (chart_name("how far each forecast was from its outcome, in %", len(rows)),
            chart_data(rows, caption="Error of each forecast against its outcome",
                       filters=filters, value_header="Error, projected and outcome"))


def forecast_table(frame: pd.DataFrame, total: int) -> html.Table:
    rows = [html.Tr([
        html.Td(str(r["label"])),
        html.Td(readable_period(r["period"]), className="nowrap"),
        html.Td(dcc.Link(format_value(r["projected"], r["unit"]),
                         href=claim_href(r["projection_claim_id"]),
                         title=text(r.get("sentence"))[:200]), className="nowrap"),
        html.Td(_outcome_links(r), className="nowrap"),
        html.Td(f"{r['error_pct']:+.1f}%" if r["error_pct"] is not None else "–",
                className="nowrap"),
        html.Td(text(r["made_on"]), className="nowrap"),
        html.Td(text(r["reported_on"]), className="nowrap"),
    ]) for r in records(frame)]
    head = html.Thead(html.Tr([html.Th(h, scope="col") for h in (
        "Series", "Period", "Projected", "Outcome (sources)", "Error", "Made on",
        "Reported from")]))
    caption = (f"{len(frame)} of {total:,} forecasts" if total > len(frame)
               else f"{total:,} forecasts")
    return html.Table([html.Caption(f"{caption}; each value opens its claim."), head,
                       html.Tbody(rows)], className="table forecasts")


def _outcome_links(row: dict[str, Any]) -> list[Any]:
    """The outcome, then one numbered link per reported claim it comes from."""
    ids = list(row.get("actual_claim_ids") or [])
    links: list[Any] = [format_value(row["actual"], row["unit"]), " ("]
    for i, claim_id in enumerate(ids):
        # Read out as "Reported figure 1 of 3", not "1" (dcc.Link takes no aria-label).
        name: list[Any] = [html.Span("Reported figure ", className="visually-hidden"),
                           str(i + 1), html.Span(f" of {len(ids)}", className="visually-hidden")]
        links += [", " if i else "", dcc.Link(name, href=claim_href(claim_id),
                                              title=f"Reported figure {i + 1}")]
    return [*links, ")"]
