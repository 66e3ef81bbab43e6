"""The frame around every page: header, filter panel, routing and the URL state.

The filter panel lives in the shell, so the filters survive moving between Overview,
Explore and Downloads; one callback keeps the panel and the URL query string in step
(in both directions: a typed or pasted URL restores the panel, and back/forward work).
"""

from __future__ import annotations

import logging
from typing import Any

import dash
from dash import ALL, Input, Output, State, ctx, dcc, html, no_update

from dashboard.app.components import (
    FILTER_CONTROLS,
    KIND_LABELS,
    aria,
    describe,
    filter_inputs,
)
from dashboard.app.registry import Page, PageContext, find_page
from dashboard.app.security import ERROR_BANNER_ID
from dashboard.app.urlstate import (
    filters_from_query,
    filters_from_values,
    query_from_filters,
    values_from_filters,
)
from dashboard.store import FACETS, Filters, Snapshot, Store

APP_NAME = "Corridor claims"
_log = logging.getLogger(__name__)


def shell_layout(pages: tuple[Page, ...], store: Store) -> html.Div:
    """The frame; called per page load so the filter options are the current data's.

    Dash 4 dropdowns drop a value that is not among their options, so the options must
    be there before the URL's values are put in: these, and `sync_url` sends the options
    a URL's values need along with them (the facet callback then updates the counts).
    """
    nav = [dcc.Link(p.title, href=p.path, id={"type": "nav", "key": p.key}, className="nav-link")
           for p in pages if p.in_nav]
    return html.Div([
        dcc.Location(id="url", refresh=False),
        html.A("Skip to content", href="#main", className="skip-link"),
        html.Header([
            html.A(APP_NAME, href="/", className="brand"),
            html.Nav(nav, className="nav", **aria(label="Pages")),
        ], className="topbar"),
        html.Div(id=ERROR_BANNER_ID, role="alert", hidden=True, className="error-banner"),
        html.Div([
            html.Aside(html.Details(_filter_panel(_initial_options(store)),
                                    id="filters-details", open=True),
                       id="filters-panel", className="filters", **aria(label="Filters")),
            html.Main(html.Div(id="page-content"), id="main", tabIndex="-1",
                      className="content"),
        ], className="body"),
        dcc.Store(id="scroll-done"),
        html.Footer(["Numeric claims from trade and logistics news. Every figure links to "
                     "the sentence it came from."], className="footer"),
    ], className="app")


def _labelled(label: str, control: Any, control_id: str) -> html.Div:
    """A control with its label. The group carries the name too, because a Dash 4
    dropdown names its button after the chosen value (aria-labelledby), not the label."""
    label_id = f"{control_id}-label"
    return html.Div([html.Label(label, htmlFor=control_id, id=label_id,
                                className="control-label"), control],
                    className="control", role="group", **aria(labelledby=label_id))


def _initial_options(store: Store) -> dict[str, list[Any]]:
    try:
        snap = store.snapshot()
        facets = snap.facets(filters_from_query(""))
    except Exception:  # unreadable data: the page still renders; callbacks report it
        _log.exception("the filter options could not be loaded")
        return {facet: [] for facet in (*FACETS, "year")}
    options = {facet: _options(facet, counts, set()) for facet, counts in facets.items()}
    return {**options, "year": year_options(snap, Filters())}


def _filter_panel(options: dict[str, list[Any]]) -> list[Any]:
    return [
        html.Summary([html.H2("Filters", className="panel-title"),
                      html.Span(id="f-matching", className="matching", role="status"),
                      # what is chosen, for when the panel is folded (phones fold it)
                      html.Span(id="f-active", className="active-filters")]),
        _labelled("Topic", dcc.Dropdown(id="f-topic", multi=True, placeholder="Any topic",
                                        options=options["topic"]), "f-topic"),
        _labelled("Metric", dcc.Dropdown(id="f-metric", placeholder="Any metric",
                                         options=options["metric"]),
                  "f-metric"),
        _labelled("Entity (country, port, route)",
                  dcc.Dropdown(id="f-entity", placeholder="Any entity",
                               options=options["entity"]), "f-entity"),
        html.Fieldset([
            html.Legend("Kind", className="control-label"),
            dcc.RadioItems(id="f-kind", value="", options=options["kind"],
                           className="radios", inline=True),
        ], className="control"),
        _labelled("Unit", dcc.Dropdown(id="f-unit", placeholder="Any unit",
                                       options=options["unit"]), "f-unit"),
        html.Div([
            html.Span("Published between", className="control-label", id="f-dates-label"),
            dcc.DatePickerRange(id="f-dates", display_format="YYYY-MM-DD", clearable=True,
                                start_date_placeholder_text="from",
                                end_date_placeholder_text="to",
                                start_date_id="f-date-from", end_date_id="f-date-to"),
        ], className="control", role="group", **aria(labelledby="f-dates-label")),
        _year_range(options["year"]),
        _labelled("Words in the sentence",
                  dcc.Input(id="f-text", type="search", debounce=True, value="",
                            placeholder="e.g. Middle Corridor", maxLength=200,
                            className="text-input"), "f-text"),
        html.Button("Clear filters", id="f-clear", n_clicks=0, className="button secondary"),
    ]


def _year_range(options: list[Any]) -> html.Div:
    """"Figure refers to": two year dropdowns, each with its own label."""
    bounds = [html.Div([html.Label(label, htmlFor=cid, id=f"{cid}-label",
                                   className="sub-label"),
                        dcc.Dropdown(id=cid, placeholder="any year", options=options,
                                     clearable=True, searchable=True)],
                       className="year-bound", role="group", **aria(labelledby=f"{cid}-label"))
              for cid, label in (("f-year-from", "From year"), ("f-year-to", "To year"))]
    return html.Div([
        html.Span("Figure refers to", className="control-label", id="f-years-label"),
        html.Div(bounds, className="year-range"),
        html.P("Claims whose period overlaps these years; claims without one are left out.",
               id="f-years-help", className="control-help"),
    ], className="control", role="group",
        **aria(labelledby="f-years-label", describedby="f-years-help"))


def register_shell(app: dash.Dash, store: Store, pages: tuple[Page, ...]) -> None:
    """Routing, URL <-> panel sync and facet counts."""
    _register_routing(app, store, pages)
    _register_filters(app, store, pages)


def _register_routing(app: dash.Dash, store: Store, pages: tuple[Page, ...]) -> None:
    """The page for the URL's path, the active navigation link, the folded panel on phones."""

    @app.callback(
        Output("page-content", "children"), Output("filters-panel", "hidden"),
        Output({"type": "nav", "key": ALL}, "className"), Output(ERROR_BANNER_ID, "hidden"),
        Input("url", "pathname"), State("url", "search"),
    )
    def route(pathname: str | None, search: str | None) -> tuple[Any, bool, list[str], bool]:
        """The page for the path; a new page also clears an earlier error message."""
        found = find_page(pages, pathname)
        nav_keys = [p.key for p in pages if p.in_nav]
        if found is None:
            body = html.Div([html.H1("Page not found"),
                             html.P(["Nothing lives at this address. ",
                                     dcc.Link("Go to the overview", href="/")])])
            return body, True, ["nav-link"] * len(nav_keys), True
        page, params = found
        context = PageContext(store=store, params=params, filters=filters_from_query(search))
        classes = ["nav-link active" if k == page.key else "nav-link" for k in nav_keys]
        return page.layout(context), not page.uses_filters, classes, True

    # Phones start with the filter panel folded so the page itself comes first.
    app.clientside_callback(  # type: ignore[no-untyped-call]
        """function (pathname) {
            if (window.dashboardFiltersFolded) { return window.dash_clientside.no_update; }
            window.dashboardFiltersFolded = true;
            return window.innerWidth > 820;
        }""",
        Output("filters-details", "open"), Input("url", "pathname"),
    )


def _register_filters(app: dash.Dash, store: Store, pages: tuple[Page, ...]) -> None:
    """The filters in the URL, the panel and the navigation links, kept in step, and the
    facets' counts under them."""

    @app.callback(
        Output({"type": "nav", "key": ALL}, "href"),
        Input("url", "search"),
    )
    def keep_filters_in_nav(search: str | None) -> list[str]:
        query = query_from_filters(filters_from_query(search))
        return [p.path + query for p in pages if p.in_nav]

    @app.callback(
        Output("url", "search"),
        *[Output(cid, prop) for cid, prop in FILTER_CONTROLS],
        *[Output(f"f-{facet}", "options", allow_duplicate=True) for facet in FACETS],
        Output("f-year-from", "options"), Output("f-year-to", "options"),
        Input("url", "search"), *filter_inputs(), Input("f-clear", "n_clicks"),
        prevent_initial_call="initial_duplicate",
    )
    def sync_url(search: str | None, *values: Any) -> list[Any]:
        """The panel from the URL, or the URL from the panel. A value the URL names that the
        data does not hold (a typo, a link from an older dataset) is kept and matches
        nothing: dropping it would show every claim under a link that promised fewer."""
        trigger = ctx.triggered_id
        unchanged = [no_update] * (len(FACETS) + 2)
        if trigger is None or trigger == "url":  # page load, pasted URL, back/forward
            filters = filters_from_query(search)
            snap = store.snapshot()
            years = year_options(snap, filters)
            return [no_update, *values_from_filters(filters), *facet_options(snap, filters),
                    years, years]
        if trigger == "f-clear":
            empty = filters_from_query("")
            return ["" if search else no_update, *values_from_filters(empty), *unchanged]
        query = query_from_filters(filters_from_values(*values[:-1]))
        return ([query if query != (search or "") else no_update]
                + [no_update] * len(values[:-1]) + unchanged)

    _register_facet_counts(app, store)


def _register_facet_counts(app: dash.Dash, store: Store) -> None:
    """Each facet's options with their counts, and how many claims match, under the filters."""

    @app.callback(
        *[Output(f"f-{facet}", "options") for facet in FACETS],
        Output("f-matching", "children"), Output("f-active", "children"),
        *filter_inputs(), Input("url", "pathname"),
    )
    def facet_counts(*values: Any) -> list[Any]:
        filters = filters_from_values(*values[:-1])
        snap = store.snapshot()
        options = facet_options(snap, filters)
        matching = int(snap.mask(filters).sum())
        active = describe(filters) if filters != Filters() else ""
        return [*options, f"{matching:,} of {snap.n:,} claims match", active]


def facet_options(snap: Snapshot, filters: Filters) -> list[list[Any]]:
    """Each facet's options (in `FACETS` order) under `filters`, with the chosen values."""
    facets = snap.facets(filters)
    selected: dict[str, set[str | None]] = {
        "topic": set(filters.topics), "metric": {filters.metric},
        "entity": {filters.entity}, "kind": {filters.kind}, "unit": {filters.unit}}
    return [_options(facet, facets[facet], selected[facet]) for facet in FACETS]


def year_options(snap: Snapshot, filters: Filters) -> list[dict[str, Any]]:
    """Every year from the first to the last one the data's periods name, and the chosen
    years even outside that range (a link from another dataset keeps its bounds)."""
    span = snap.period_year_range
    years = set(range(span[0], span[1] + 1)) if span else set()
    years |= {y for y in (filters.year_from, filters.year_to) if y is not None}
    return [{"label": str(y), "value": y} for y in sorted(years)]


def _options(facet: str, counts: list[tuple[str, int]], selected: set[str | None]) -> list[Any]:
    """Dropdown options labelled with counts, largest first; chosen values always kept,
    even one the data does not hold (it shows its 0)."""
    known = {v for v, _ in counts}
    shown = [(v, c) for v, c in counts if c > 0 or v in selected]
    shown += [(v, 0) for v in selected if v and v not in known]
    shown.sort(key=lambda vc: (-vc[1], vc[0].casefold()))
    if facet == "kind":  # radios: the same choices in the same order whatever the counts
        total = sum(c for _, c in counts)
        by_kind = dict(counts)
        kinds = [*KIND_LABELS, *(v for v, _ in shown if v not in KIND_LABELS)]
        return ([{"label": f"any ({total:,})", "value": ""}] +
                [{"label": f"{KIND_LABELS.get(v, v)} ({by_kind.get(v, 0):,})", "value": v}
                 for v in kinds])
    return [{"label": f"{v} ({c:,})", "value": v} for v, c in shown]
