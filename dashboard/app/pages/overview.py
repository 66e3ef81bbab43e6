"""Overview: counts, a metric over time, claims by topic and metric, latest values."""

from __future__ import annotations

from dataclasses import replace
from types import MappingProxyType
from typing import Any, cast

import dash
import pandas as pd
from dash import Input, Output, State, dcc, html, no_update

from dashboard.app.chart_data import chart_box, chart_data, chart_name, count_data
from dashboard.app.components import (
    card,
    chart_box_class,
    claim_href,
    filter_inputs,
    notice,
    stat,
    value_text,
)
from dashboard.app.registry import Page, PageContext
from dashboard.app.urlstate import filters_from_query, filters_from_values, query_from_filters
from dashboard.figures import (
    empty_figure,
    make_topic_metric_figure,
    make_trend_figure,
    readable_period,
    trend_help,
    trend_note,
    trend_rows,
)
from dashboard.store import Filters, Store
from dashboard.store import views as store_views

# NOTE: keep in sync with reconcile_common._GRAPH_CONFIG. showSendToCloud: Plotly's
# "Share chart..." button would upload the chart, article sentences included, to Plotly Cloud.
_GRAPH_CONFIG: Any = MappingProxyType({"displaylogo": False, "responsive": True,
                      "showSendToCloud": False,
                      "modeBarButtonsToRemove": ["select2d", "lasso2d"]})
_TOPICS_CONFIG: Any = MappingProxyType({**_GRAPH_CONFIG, "displayModeBar": False})


def _config(base: Any) -> Any:
    """A fresh, mutable copy of a Graph config (the constants are read-only)."""
    return dict(base)


def page() -> Page:
    return Page(key="overview", title="Overview", path="/", layout=layout, register=register)


def layout(context: PageContext) -> html.Div:
    return html.Div([
        html.H1("Overview"),
        html.Div(id="ov-summary", className="stats", role="status"),
        card("Metric over time",
             html.P(id="ov-trend-help", className="help"),
             chart_box(dcc.Graph(id="ov-trend", config=_config(_GRAPH_CONFIG),
                                 style={"height": "100%"}), box_id="ov-trend-box",
                       className="chart-trend", name_id="ov-trend-name",
                       describedby="ov-trend-help"),
             html.Div(id="ov-trend-data")),
        card("Claims by topic and metric",
             html.P("Click a bar to explore its claims.", className="help",
                    id="ov-topics-help"),
             dcc.Graph(id="ov-topics", config=_config(_TOPICS_CONFIG),
                       className="chart"),
             html.Div(id="ov-topics-data")),
        card("Latest reported value per metric, unit and entities",
             html.Div(id="ov-latest", className="table-wrap")),
    ])


def register(app: dash.Dash, store: Store) -> None:
    """The page's callbacks: its panels under the filters, and where a click leads."""
    _register_panels(app, store)
    _register_clicks(app)


def _register_panels(app: dash.Dash, store: Store) -> None:
    @app.callback(
        Output("ov-summary", "children"), Output("ov-trend", "figure"),
        Output("ov-trend-help", "children"), Output("ov-trend-box", "className"),
        Output("ov-trend-name", "children"), Output("ov-topics", "figure"),
        Output("ov-topics", "style"), Output("ov-topics-data", "children"),
        Output("ov-latest", "children"), *filter_inputs(),
    )
    def update_overview(*values: Any) -> tuple[Any, ...]:
        filters = filters_from_values(*values)
        snap = store.snapshot()
        summary = store_views.summary(snap, filters)
        stats = [stat("documents", f"{summary.documents:,}"),
                 stat("claims", f"{summary.claims:,}"),
                 stat("published", f"{summary.first or '–'} to {summary.last or '–'}")]
        pairs = store_views.metric_units(snap, filters)
        trend, help_text, name = _trend(snap, filters, pairs)
        counts = store_views.topic_metric_counts(snap, filters)
        topics = make_topic_metric_figure(counts)
        latest, total = store_views.latest_values(snap, filters)
        topics_style = {"height": f"{topics['layout'].get('height', 300)}px"}
        return (stats, trend, help_text, chart_box_class(trend), name, topics, topics_style,
                _topics_data(counts, filters), _latest_table(latest, total))

    @app.callback(Output("ov-trend-data", "children"), *filter_inputs())
    def update_trend_data(*values: Any) -> Any:
        """The chart's data table, in a response of its own: the chart's stays small (a
        table row costs ~0.9 KB of component JSON, a point in the figure ~0.15 KB)."""
        filters = filters_from_values(*values)
        snap = store.snapshot()
        chosen = _chosen_series(snap, filters, store_views.metric_units(snap, filters))
        if isinstance(chosen, str):
            return []
        metric, unit, series = chosen
        return chart_data(trend_rows(series.frame, unit=unit, aggregated=series.aggregated),
                          caption=f"{metric} ({unit}) over time", filters=filters,
                          group_header="Entities")


def _register_clicks(app: dash.Dash) -> None:
    @app.callback(Output("url", "pathname", allow_duplicate=True),
                  Output("url", "search", allow_duplicate=True),
                  Input("ov-topics", "clickData"), State("url", "search"),
                  prevent_initial_call=True)
    def explore_clicked_bar(click: dict[str, Any] | None, search: str | None
                            ) -> tuple[Any, Any]:
        """A clicked bar opens Explore on its topic and metric, under the same filters (the
        URL's: the panel writes them there)."""
        points = (click or {}).get("points") or []
        pair = points[0].get("customdata") if points else None
        if not (isinstance(pair, list) and len(pair) == 2):
            return no_update, no_update
        href = _explore_href(filters_from_query(search), str(pair[0]), str(pair[1]))
        if href is None:
            return no_update, no_update
        path, _, query = href.partition("?")
        return path, f"?{query}" if query else ""

    @app.callback(Output("url", "pathname"), Output("url", "search", allow_duplicate=True),
                  Input("ov-trend", "clickData"), prevent_initial_call=True)
    def open_clicked_claim(click: dict[str, Any] | None) -> tuple[Any, Any]:
        """A clicked point opens its claim at the claim's own address (no filters)."""
        points = (click or {}).get("points") or []
        claim_id = points[0].get("customdata") if points else None
        if not isinstance(claim_id, str):
            return no_update, no_update
        return claim_href(claim_id), ""


def _explore_href(filters: Filters, topic: str, metric: str) -> str | None:
    """Explore under the filters, narrowed to one topic and metric; None for claims with no
    metric (no filter selects them)."""
    if metric == "(none)" or topic == "(none)":
        return None
    return "/explore" + query_from_filters(replace(filters, topics=(topic,), metric=metric))


def _topics_data(counts: pd.DataFrame, filters: Filters) -> Any:
    if counts.empty:
        return []
    rows = [(str(t), str(m), int(n), _explore_href(filters, str(t), str(m)))
            for t, m, n in zip(counts["topic"], counts["metric"], counts["count"], strict=True)]
    return count_data(rows, caption="Claims by topic and metric", headers=("Topic", "Metric"))


def _chosen_series(snap: Any, filters: Filters, pairs: list[tuple[str, str, int]]
                   ) -> tuple[str, str, store_views.Series] | str:
    """(metric, unit, series) of the chosen metric and unit, else of the most frequent
    pair; or why there is nothing to draw."""
    if not pairs:
        return "No claims match the filters."
    chosen = [p for p in pairs if (filters.metric in (None, p[0]))
              and (filters.unit in (None, p[1]))]
    metric, unit, _ = (chosen or pairs)[0]
    series = store_views.series(snap, filters, metric, unit)
    if series.frame.empty:
        return f"No dated claims for {metric} ({unit})."
    return metric, unit, series


def _trend(snap: Any, filters: Filters,
           pairs: list[tuple[str, str, int]]) -> tuple[Any, str, str]:
    """The chart for the chosen metric and unit: figure, help and accessible name."""
    chosen = _chosen_series(snap, filters, pairs)
    if isinstance(chosen, str):
        return empty_figure(chosen), "", f"Chart: {chosen}"
    metric, unit, series = chosen
    n_points = len(trend_rows(series.frame, unit=unit, aggregated=series.aggregated))
    what = f"{metric} in {unit} over time" + (
        f", medians per {series.bucket}" if series.aggregated else "")
    note = trend_note(series.n_claims, series.aggregated, series.bucket)
    figure = make_trend_figure(series.frame, metric=metric, unit=unit, note=note,
                               aggregated=series.aggregated)
    if filters.metric and filters.unit:
        chosen_text = f"Showing {metric} in {unit}. "
    else:
        chosen_text = (f"Showing {metric} in {unit}, the most frequent of {len(pairs):,} "
                       "metric and unit pairs under these filters; choose a metric and a "
                       "unit in the filters to change it. ")
    help_text = chosen_text + trend_help(series.aggregated, series.n_groups,
                                         store_views.MAX_GROUPS, series.n_changes)
    return figure, help_text, chart_name(what, n_points)


def _latest_table(frame: pd.DataFrame, total: int) -> Any:
    if frame.empty:
        return notice("No reported (non-projection) figures match the filters.")
    rows = [html.Tr([
        html.Td(_text(row.get("metric"))),
        html.Td(_text(row.get("group"))),
        html.Td(dcc.Link(value_text(row), href=claim_href(row["claim_id"]),
                         title=_text(row.get("sentence"))[:200]), className="nowrap"),
        html.Td(readable_period(row.get("period")), className="nowrap"),
        html.Td(_text(row.get("published")), className="nowrap"),
        html.Td(_text(row.get("outlet"))),
    ]) for row in cast(list[dict[str, Any]], frame.to_dict("records"))]
    head = html.Thead(html.Tr([html.Th(h, scope="col") for h in
                               ("Metric", "Entities", "Value", "Period", "Published",
                                "Outlet")]))
    caption = (f"The {len(frame)} most recently published of {total:,}"
               if total > len(frame) else f"All {total:,}")
    return html.Table([html.Caption(f"{caption} combinations of metric, unit and entities "
                                    "(a share in % is listed apart from an amount)."), head,
                       html.Tbody(rows)], className="table")


def _text(value: object) -> str:
    """A cell's text; "–" for missing values (None, or NaN from pandas)."""
    if value is None or (isinstance(value, float) and value != value):
        return "–"
    return str(value)
