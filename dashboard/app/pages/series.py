"""Series over time: a metric's claims as one line per series, every source's point on it,
disagreements ringed and implied (derived) values shown apart."""

from __future__ import annotations

import math
from typing import Any

import dash
import pandas as pd
from dash import dcc, html

from dashboard.app.chart_data import chart_box, chart_data, chart_name
from dashboard.app.components import card, chart_box_class, filter_inputs, notice
from dashboard.app.pages.reconcile_common import (
    RULES_TEXT,
    graph_config,
    register_open_clicked,
    text,
)
from dashboard.app.registry import Page, PageContext
from dashboard.app.urlstate import filters_from_values
from dashboard.figures import Figure, empty_figure, readable_period
from dashboard.figures_reconcile import make_series_figure, series_rows
from dashboard.store import Filters, Snapshot, Store
from dashboard.store import reconciled as views
from dashboard.store import views as store_views

HELP = ("Each line joins one series' reported figures (the median where several sources "
        "report the same period); every source's claim is a point on it: filled when "
        "reported, hollow for projections. Series without a period are placed at their "
        "publication dates and not joined. A red ring marks a figure on which sources "
        "disagree; hollow diamonds are values implied by a change and a level (derived, "
        "not reported). Click a point to open its claim.")

# Plotly's own suffixes for large numbers (exponentformat "B"), so axes read alike.
_SI = ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k"))


def page() -> Page:
    return Page(key="series", title="Series over time", path="/series", layout=layout,
                register=register)


def layout(context: PageContext) -> html.Div:
    del context  # the callback fills the page from the filters
    return html.Div([
        html.H1("Series over time"),
        html.P([HELP, " ", RULES_TEXT], id="sr-help", className="help"),
        html.P(id="sr-choice", className="help", role="status"),
        html.Section([chart_box(dcc.Graph(id="sr-chart", config=graph_config(),
                                          style={"height": "100%"}), box_id="sr-chart-box",
                                className="chart-trend", name_id="sr-chart-name",
                                describedby="sr-choice sr-help"),
                      html.Div(id="sr-data")], className="card"),
        card("The series drawn",
             html.Div(id="sr-table", className="table-wrap")),
    ])


def register(app: dash.Dash, store: Store) -> None:
    @app.callback(dash.Output("sr-choice", "children"), dash.Output("sr-chart", "figure"),
                  dash.Output("sr-table", "children"), dash.Output("sr-chart-box", "className"),
                  dash.Output("sr-chart-name", "children"), dash.Output("sr-data", "children"),
                  *filter_inputs())
    def update_series(*values: Any) -> tuple[Any, ...]:
        filters = filters_from_values(*values)
        snap = store.snapshot()
        pair = _chosen_pair(snap, filters)
        if pair is None:
            empty = empty_figure("No claims match the filters.")
            return ("", empty, [], chart_box_class(empty),
                    "Chart: no claims match the filters.", [])
        metric, unit, choice = pair
        chart = views.series_chart(snap, filters, metric, unit)
        figure = readable_log_ticks(make_series_figure(chart.points, chart.implied,
                                                       metric=metric, unit=unit,
                                                       note=_note(chart)))
        box = chart_box_class(figure)
        if chart.points.empty:
            return (choice, figure, notice("No dated claims with a series."), box,
                    f"Chart: no dated claims with a series for {metric} ({unit}).", [])
        rows = series_rows(chart.points, chart.implied, unit=unit)
        data = chart_data(rows, caption=f"{metric} ({unit}), one line per series",
                          filters=filters)
        return (choice, figure, series_table(chart.points), box,
                chart_name(f"{metric} in {unit} over time, one line per series", len(rows)),
                data)

    register_open_clicked(app, "sr-chart")


def _chosen_pair(snap: Snapshot, filters: Filters) -> tuple[str, str, str] | None:
    """(metric, unit, a sentence saying why): the filters' pair, else the most frequent."""
    pairs = store_views.metric_units(snap, filters)
    if not pairs:
        return None
    chosen = [p for p in pairs if filters.metric in (None, p[0]) and filters.unit in (None, p[1])]
    metric, unit, _ = (chosen or pairs)[0]
    if filters.metric and filters.unit:
        return metric, unit, f"Showing {metric} in {unit}."
    return metric, unit, (f"Showing {metric} in {unit}, the most frequent of {len(pairs):,} "
                          "metric and unit pairs under these filters; choose a metric and a "
                          "unit in the filters to change it.")


def readable_log_ticks(figure: Figure) -> Figure:
    """On a log axis, label ticks in full ("20M", "50M", "100M") at 1, 2 and 5 of each power
    of ten: Plotly's own minor labels are bare digits ("5" above "10B" meaning 50 billion)."""
    yaxis = figure["layout"].get("yaxis", {})
    values = [v for trace in figure["data"] for v in (trace.get("y") or [])
              if isinstance(v, (int, float)) and math.isfinite(v) and v > 0]
    if yaxis.get("type") != "log" or not values:
        return figure
    low, high = math.floor(math.log10(min(values))), math.ceil(math.log10(max(values)))
    steps = (1,) if high - low > 4 else (1, 2, 5)
    ticks = [m * 10.0 ** e for e in range(low, high + 1) for m in steps]
    yaxis.update({"tickmode": "array", "tickvals": ticks, "ticktext": [_short(t) for t in ticks]})
    return figure


def _short(value: float) -> str:
    for size, suffix in _SI:
        if value >= size:
            return f"{value / size:g}{suffix}"
    return f"{value:g}"


def _note(chart: views.SeriesChart) -> str:
    parts = [f"{chart.n_claims:,} claims in {chart.n_series:,} series"]
    if chart.n_series > views.MAX_SERIES:
        parts.append(f"the {views.MAX_SERIES} largest series drawn")
    if chart.capped:
        parts.append(f"at most {views.SERIES_POINT_CAP} most recent points per series")
    return "; ".join(parts)


def series_table(points: pd.DataFrame) -> html.Table:
    """Per drawn series: claims, documents, periods, and how many of its claims are disputed."""
    rows = []
    for label in points["label"].value_counts(sort=True).index:  # the legend's order
        part = points[points["label"] == label]
        rows.append(html.Tr([
            html.Td(str(label)),
            html.Td(f"{len(part):,}"),
            html.Td(f"{part['outlet'].nunique(dropna=True):,}"),
            html.Td(text(_span(part)), className="nowrap"),
            html.Td(f"{int(part['disputed'].sum()):,}" if part["disputed"].any() else "none"),
        ]))
    head = html.Thead(html.Tr([html.Th(h, scope="col") for h in (
        "Series", "Claims", "Outlets", "Periods", "Claims where sources disagree")]))
    return html.Table([html.Caption("Series in the chart, in legend order."), head,
                       html.Tbody(rows)], className="table")


def _span(part: pd.DataFrame) -> str:
    periods = sorted(p for p in part["period"].dropna().astype(str))
    if not periods:
        return "not stated"
    first, last = readable_period(periods[0]), readable_period(periods[-1])
    return first if periods[0] == periods[-1] else f"{first} to {last}"
