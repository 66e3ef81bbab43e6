"""Explore: every matching claim in a grid paged on the server, each linking to its source.

The grid uses AG Grid's infinite row model: the browser asks for one block of rows at a
time (`getRowsRequest`) and the server answers from the store, so a million claims cost
the browser one page. A grid's id carries its query string; when the filters change a
new grid (new id) replaces the old one, which is how the row cache is reset.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

import dash
import dash_ag_grid as dag
from dash import ALL, MATCH, Input, Output, State, html, no_update

from dashboard.app.components import claim_href, filter_inputs, kind_label, value_text
from dashboard.app.registry import Page, PageContext
from dashboard.app.urlstate import filters_from_query, filters_from_values, query_from_filters
from dashboard.figures import readable_period
from dashboard.store import Store

PAGE_SIZE = 50
GRID_TYPE = "claims-grid"
# Grid column -> store column it sorts by (only these may be sorted).
SORTABLE: Mapping[str, str] = MappingProxyType({
    "published": "published", "metric": "metric", "value_text": "value", "unit": "unit",
    "entities_text": "entities", "kind": "kind", "period": "period", "topic": "topic",
    "surface": "surface",
})
_DEFAULT_SORT = ("published", True)
# Value first: on a phone only the first columns show. What, for when, who said it and when
# come before the long sentence: on screen at 1280 px without scrolling sideways.
COLUMNS: tuple[Mapping[str, Any], ...] = tuple(MappingProxyType(c) for c in [
    {"field": "open", "headerName": "Source", "cellRenderer": "markdown", "sortable": False,
     "width": 96, "pinned": "left"},
    {"field": "value_text", "headerName": "Value", "width": 130},
    {"field": "metric", "headerName": "Metric", "width": 140, "tooltipField": "metric"},
    {"field": "entities_text", "headerName": "Entities", "width": 160,
     "tooltipField": "entities_text"},  # long route names are cut in the cell
    {"field": "period", "headerName": "Period", "width": 135},
    {"field": "published", "headerName": "Published", "width": 110},
    {"field": "outlet", "headerName": "Outlet", "width": 150, "sortable": False,
     "tooltipField": "outlet"},
    {"field": "kind", "headerName": "Kind", "width": 105},
    {"field": "sentence", "headerName": "Sentence", "minWidth": 420, "flex": 1,
     "sortable": False, "tooltipField": "sentence"},
    {"field": "surface", "headerName": "As written", "width": 160},
    {"field": "unit", "headerName": "Unit", "width": 80},
    {"field": "topic", "headerName": "Topic", "width": 110},
])


# Back from a claim returns to the page of the list it was opened from: each list (its
# query string) remembers its page for the browser tab's session. A grid's first report of
# its pages with the row count known restores the page, later ones record it.
_REMEMBER_PAGE_JS = """
function (info, gridId) {
    var keep = window.dash_clientside.no_update;
    // the first report comes before the row count is known: wait for it
    if (!info || typeof info.currentPage !== 'number' || !info.isLastPageFound) {
        return keep;
    }
    var key = 'corridor-explore-page:' + String((gridId && gridId.q) || '');
    var grids = window.dashboardGridsSeen = window.dashboardGridsSeen || new WeakSet();
    var grid = document.querySelector('.claims-grid');
    try {
        if (grid && !grids.has(grid)) {
            grids.add(grid);
            var saved = parseInt(window.sessionStorage.getItem(key) || '0', 10);
            if (saved > 0 && saved !== info.currentPage && saved < info.totalPages) {
                return saved;
            }
            return keep;
        }
        window.sessionStorage.setItem(key, String(info.currentPage));
    } catch (e) { /* storage refused (private mode): pages are simply not remembered */ }
    return keep;
}
"""


def page() -> Page:
    return Page(key="explore", title="Explore", path="/explore", layout=layout,
                register=register)


def layout(context: PageContext) -> html.Div:
    return html.Div([
        html.H1("Explore claims"),
        html.P(id="ex-count", className="help", role="status"),
        html.P("Sort by a column header; narrow the list with the filters. "
               "“Open” shows the claim in its article (with the keyboard: arrow keys to a "
               "row's “Open”, then Enter).", className="help"),
        html.Div(make_grid(query_from_filters(context.filters)), id="ex-grid-box",
                 className="grid-box"),
    ])


def make_grid(query: str) -> dag.AgGrid:
    return dag.AgGrid(
        id={"type": GRID_TYPE, "q": query},
        columnDefs=[dict(c) for c in COLUMNS],
        defaultColDef={"sortable": True, "resizable": True, "filter": False},
        rowModelType="infinite",
        dashGridOptions={
            "pagination": True, "paginationPageSize": PAGE_SIZE,
            "paginationPageSizeSelector": False, "cacheBlockSize": PAGE_SIZE,
            "maxBlocksInCache": 20, "ensureDomOrder": True, "tooltipShowDelay": 400,
            "enableCellTextSelection": True,
        },
        className="claims-grid",
        style={"height": "min(640px, 75vh)", "width": "100%"},
    )


def register(app: dash.Dash, store: Store) -> None:
    @app.callback(
        Output("ex-grid-box", "children"), Output("ex-count", "children"),
        *filter_inputs(), State({"type": GRID_TYPE, "q": ALL}, "id"),
    )
    def update_grid(*values: Any) -> tuple[Any, str]:
        filters = filters_from_values(*values[:-1])
        matching = int(store.snapshot().mask(filters).sum())
        query = query_from_filters(filters)
        if values[-1] == [{"type": GRID_TYPE, "q": query}]:  # the layout's grid is right
            return no_update, count_text(matching)
        return make_grid(query), count_text(matching)

    app.clientside_callback(  # type: ignore[no-untyped-call]
        _REMEMBER_PAGE_JS,
        Output({"type": GRID_TYPE, "q": MATCH}, "paginationGoTo"),
        Input({"type": GRID_TYPE, "q": MATCH}, "paginationInfo"),
        State({"type": GRID_TYPE, "q": MATCH}, "id"),
    )

    @app.callback(
        Output({"type": GRID_TYPE, "q": MATCH}, "getRowsResponse"),
        Input({"type": GRID_TYPE, "q": MATCH}, "getRowsRequest"),
    )
    def get_rows(request: dict[str, Any] | None) -> dict[str, Any]:
        return rows_response(store, dash.ctx.triggered_id, request or {})


def count_text(matching: int) -> str:
    if matching == 0:
        return ("No claims match these filters. Remove one of them, or use “Clear filters”, "
                "to see more.")
    return f"{matching:,} claims match."


def rows_response(store: Store, grid_id: Any, request: dict[str, Any]) -> dict[str, Any]:
    """One block of grid rows for an infinite-model request."""
    query = grid_id.get("q", "") if isinstance(grid_id, dict) else ""
    filters = filters_from_query(query if isinstance(query, str) else "")
    start = max(0, _int(request.get("startRow"), 0))
    end = min(start + 500, max(start, _int(request.get("endRow"), start + PAGE_SIZE)))
    sort = _sort_key(request.get("sortModel"))
    snap = store.snapshot()
    indices = snap.indices(filters, sort)
    rows = [grid_row(r) for r in snap.rows(indices[start:end])]
    return {"rowData": rows, "rowCount": len(indices)}


def grid_row(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "claim_id": row["claim_id"],
        "open": f"[Open]({claim_href(row['claim_id'])})",
        "published": row.get("published"), "metric": row.get("metric"),
        "value_text": value_text(row), "unit": row.get("unit"),
        "entities_text": "; ".join(row.get("entities") or []),
        "kind": kind_label(row.get("kind")), "period": readable_period(row.get("period")),
        "topic": row.get("topic"),
        "surface": row.get("surface"), "sentence": row.get("sentence"),
        "outlet": row.get("outlet"),
    }


def _sort_key(model: object) -> tuple[str, bool]:
    if isinstance(model, list) and model and isinstance(model[0], dict):
        column = SORTABLE.get(str(model[0].get("colId")))
        if column is not None:
            return column, model[0].get("sort") == "desc"
    return _DEFAULT_SORT


def _int(value: object, default: int) -> int:
    if not isinstance(value, (int, float, str)):
        return default
    try:
        return int(value)
    except ValueError:
        return default

