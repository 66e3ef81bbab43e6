"""A chart's text alternative: its points as a table in a disclosure under the chart, and
a name for the chart itself, so a screen reader or the keyboard reaches every claim a
mouse reaches by clicking a point.

The rows come from `figures.ChartRow` lists built from the very records the chart draws
(`trend_rows`, `series_rows`, `forecast_rows`), so the table and the chart cannot drift.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from dash import dcc, html

from dashboard.app.components import aria, claim_href
from dashboard.app.urlstate import query_from_filters
from dashboard.figures import ChartRow, median_text
from dashboard.store import Filters

MAX_ROWS = 500  # rows listed; as many as Overview draws one by one (views.POINT_CAP)
DETAILS_CLASS = "chart-data"


def chart_box(graph: dcc.Graph, *, name_id: str, describedby: str, box_id: str | None = None,
              className: str | None = None) -> html.Div:
    """The chart in a box named for screen readers: the name is the text of `name_id` (a
    hidden span the page's callback fills with `chart_name`), the description the page's
    help (`describedby`: one or more ids)."""
    extra: dict[str, Any] = {"id": box_id} if box_id else {}
    return html.Div([html.Span(id=name_id, hidden=True), graph], role="figure",
                    className=className, **aria(labelledby=name_id, describedby=describedby),
                    **extra)


def chart_name(what: str, n_points: int) -> str:
    """A chart's accessible name: what it shows, how many points, where its data is."""
    return (f"Chart of {what}, {_points(n_points)}; the table “Data of this chart” under it "
            "lists every point with a link to its claim.")


def chart_data(rows: Sequence[ChartRow], *, caption: str, filters: Filters,
               group_header: str = "Series", value_header: str = "Value",
               limit: int = MAX_ROWS) -> html.Details:
    """The chart's points as a table in a disclosure, closed until opened: group, period,
    value and kind as the hover says them, and a link to each point's claim (for a median,
    to the claim nearest it). Beyond `limit` rows, the first `limit` and a note."""
    shown = rows[:limit]
    head = html.Thead(html.Tr([html.Th(h, scope="col") for h in (
        group_header, "Period", value_header, "Kind", "Claim")]))
    body = html.Tbody([html.Tr([
        html.Td(row.group), html.Td(row.when, className="nowrap"),
        html.Td(row.value), html.Td(row.kind), html.Td(_claim_cell(row)),
    ]) for row in shown])
    listed = (f"the first {len(shown):,} of {len(rows):,} points" if len(rows) > len(shown)
              else f"{_points(len(rows))}")
    table = html.Table([html.Caption(f"{caption}: {listed}, in the chart's order."), head,
                        body], className="table chart-data-table")
    summary = f"Data of this chart ({_points(len(rows))}"
    summary += f"; the first {len(shown):,} listed)" if len(rows) > len(shown) else ")"
    children: list[Any] = [html.Summary(summary), html.Div(table, className="table-wrap")]
    if len(rows) > len(shown):
        children.append(_more_note(len(rows) - len(shown), filters))
    return html.Details(children, className=DETAILS_CLASS)


def count_data(rows: Sequence[tuple[str, str, int, str | None]], *, caption: str,
               headers: tuple[str, str]) -> html.Details:
    """A bar chart of counts as a table in a disclosure: two labels, the count, and a link
    to Explore those claims (`rows`: label, label, count, href or None)."""
    head = html.Thead(html.Tr([html.Th(h, scope="col") for h in (*headers, "Claims", "")]))
    body = html.Tbody([html.Tr([
        html.Td(first), html.Td(second), html.Td(f"{count:,}", className="num"),
        html.Td(dcc.Link(["Explore them", _hidden(f": {first}, {second}")], href=href)
                if href else ""),
    ]) for first, second, count, href in rows])
    table = html.Table([html.Caption(f"{caption}, largest first."), head, body],
                       className="table chart-data-table")
    bars = "1 bar" if len(rows) == 1 else f"{len(rows):,} bars"
    return html.Details([html.Summary(f"Data of this chart ({bars})"),
                         html.Div(table, className="table-wrap")], className=DETAILS_CLASS)


def _claim_cell(row: ChartRow) -> list[Any]:
    """A link to the point's claim, named in full for a screen reader ("Open the claim:
    +5% …", not a column of bare "Open"s; dcc.Link takes no aria-label)."""
    context = f"{row.value}, {row.group}, {row.when}"
    if row.n_claims is None:
        return [dcc.Link(["Open", _hidden(f" the claim: {context}")],
                         href=claim_href(row.claim_id))]
    return [f"{median_text(row.n_claims)}; ",
            dcc.Link(["open the claim nearest it", _hidden(f": {context}")],
                     href=claim_href(row.claim_id))]


def _hidden(text: str) -> html.Span:
    return html.Span(text, className="visually-hidden")


def _more_note(n_left: int, filters: Filters) -> html.P:
    query = query_from_filters(filters)
    return html.P([f"{n_left:,} more points are not listed here. ",
                   dcc.Link("Explore", href=f"/explore{query}"), " lists every claim under "
                   "these filters, and ", dcc.Link("Downloads", href=f"/downloads{query}"),
                   " gives them as CSV, Excel, JSON or Parquet."], className="help")


def _points(n: int) -> str:
    return "1 point" if n == 1 else f"{n:,} points"
