"""Downloads: the current view and the full dataset, each in four formats, and the dictionary."""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

import dash
from dash import Output, html

from dashboard.app.components import aria, card, describe, filter_inputs, notice
from dashboard.app.downloads import FORMATS, XLSX_MAX_ROWS, view_filename
from dashboard.app.registry import Page, PageContext
from dashboard.app.urlstate import filters_from_values, query_from_filters
from dashboard.schema import TABLES
from dashboard.store import Store, table_path

_LABELS = MappingProxyType({"csv": "CSV", "xlsx": "Excel (.xlsx)", "json": "JSON",
                            "parquet": "Parquet"})


def page() -> Page:
    return Page(key="downloads", title="Downloads", path="/downloads", layout=layout,
                register=register)


def layout(context: PageContext) -> html.Div:
    snap = context.store.snapshot()
    present = [name for name in TABLES
               if name == "claims" or table_path(snap.data_dir, name) is not None]
    return html.Div([
        html.H1("Download the data"),
        card("This view",
             html.P(id="dl-summary", className="help", role="status"),
             html.Ul([html.Li(html.A(_LABELS[fmt], id=f"dl-view-{fmt}", href="#", download="",
                                     **aria(label=f"This view as {_LABELS[fmt]}")))
                      for fmt in FORMATS], className="download-links")),
        card("Full dataset",
             html.Ul([_table_item(name) for name in present], className="table-list"),
             html.P(html.A("Data dictionary (datapackage.json)",
                           href="/download/datapackage.json", download=""))),
        notice("CSV and Excel files mark cells that start like a formula (=, +, -, @) with "
               "a leading apostrophe, so a spreadsheet shows them instead of running them. "
               "JSON and Parquet keep every value exactly. "
               f"Excel downloads hold at most {XLSX_MAX_ROWS:,} rows."),
    ])


def _table_item(name: str) -> html.Li:
    table = TABLES[name]
    links: list[Any] = []
    for fmt in FORMATS:
        # a name that says which table: a screen reader lists links out of their context
        links += [html.A(_LABELS[fmt], href=f"/download/full/{name}.{fmt}", download="",
                         **aria(label=f"{table.title} as {_LABELS[fmt]}")), " "]
    return html.Li([html.Strong(table.title), f" ({name}): {table.description}",
                    html.Div(links, className="download-links")])


def register(app: dash.Dash, store: Store) -> None:
    @app.callback(
        Output("dl-summary", "children"),
        *[Output(f"dl-view-{fmt}", "href") for fmt in FORMATS],
        Output("dl-view-xlsx", "children"),
        *filter_inputs(),
    )
    def update_links(*values: Any) -> list[Any]:
        filters = filters_from_values(*values)
        count = int(store.snapshot().mask(filters).sum())
        query = query_from_filters(filters)
        summary = (f"{count:,} claims ({describe(filters)}), saved as "
                   f"{view_filename(filters, 'csv')} and the like.")
        hrefs: list[str | None] = [f"/download/view.{fmt}{query}" for fmt in FORMATS]
        excel = _LABELS["xlsx"]
        if count > XLSX_MAX_ROWS:  # the route would refuse: say so before the click
            hrefs[list(FORMATS).index("xlsx")] = None
            excel = f"Excel: at most {XLSX_MAX_ROWS:,} rows, narrow the filters"
        return [summary, *hrefs, excel]
