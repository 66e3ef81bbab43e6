"""Upload: add an article (.txt or .html, up to 10 MB) to the corpus from the browser.

The browser checks the size first (a clientside callback, so a too-large file is never
sent and the person is told at once); the server checks again, because anything can
POST to it: Flask's MAX_CONTENT_LENGTH answers 413 to an oversized request, and
`handle_data_url` refuses an oversized file before decoding it.
"""

from __future__ import annotations

from typing import Any

import dash
from dash import Input, Output, State, dcc, html

from dashboard.app.components import aria, source_href
from dashboard.app.registry import Page, PageContext
from dashboard.app.uploads import handle_data_url
from dashboard.corpus import MAX_BYTES
from dashboard.store import Store

# The clientside size check; its hash goes into the CSP with Dash's other inline scripts.
_SIZE_CHECK_JS = """
function (contents, filename) {
    if (!contents) { return [window.dash_clientside.no_update, window.dash_clientside.no_update]; }
    var limit = __LIMIT__;
    var size = Math.floor((contents.length - contents.indexOf(',') - 1) * 3 / 4);
    var name = String(filename || 'the file');
    if (size > limit) {
        return ['Not uploaded: ' + name + ' is ' + (size / 1048576).toFixed(1) +
                ' MB, more than the ' + (limit / 1048576) + ' MB limit. Nothing was changed.',
                window.dash_clientside.no_update];
    }
    return ['Reading ' + name + '…', {name: name, at: Date.now()}];
}
""".replace("__LIMIT__", str(MAX_BYTES))


def page() -> Page:
    return Page(key="upload", title="Upload", path="/upload", layout=layout, register=register,
                uses_filters=False)


def layout(context: PageContext) -> html.Div:
    return html.Div([
        html.H1("Add an article"),
        html.P(["Upload a news article as plain text (.txt) or a saved web page (.html), up "
                f"to {MAX_BYTES // 2**20} MB. Its claims are extracted and added to the "
                "dataset; the same article uploaded twice is stored once. A .txt article "
                "gives its publication date on a first line such as ",
                html.Code("date 2025-11-20"), "."], className="help"),
        dcc.Upload(
            id="up-file", multiple=False, max_size=-1,
            children=html.Div(["Drag a file here or ",
                               html.Span("choose a file", className="button")]),
            className="upload-zone", className_active="upload-zone active",
        ),
        html.Div(id="up-status", className="upload-status", role="status",
                 **aria(live="polite")),
        dcc.Store(id="up-go"),
    ])


def register(app: dash.Dash, store: Store) -> None:
    app.clientside_callback(  # type: ignore[no-untyped-call]
        _SIZE_CHECK_JS,
        Output("up-status", "children"), Output("up-go", "data"),
        Input("up-file", "contents"), State("up-file", "filename"),
        prevent_initial_call=True,
    )

    @app.callback(
        Output("up-status", "children", allow_duplicate=True),
        Output("up-file", "contents"),
        Input("up-go", "data"), State("up-file", "contents"), State("up-file", "filename"),
        prevent_initial_call=True,
    )
    def ingest(go: Any, contents: Any, filename: Any) -> tuple[Any, None]:
        outcome = handle_data_url(store, str(filename or "upload"), contents)
        if not outcome.accepted:
            return html.P(outcome.message, className="notice notice-error"), None
        body: list[Any] = [outcome.message, " "]
        if outcome.doc_id:
            body.append(dcc.Link("Open the article", href=source_href(outcome.doc_id)))
        return [html.P(body, className="notice notice-ok"),
                *undated_notice(store, outcome.doc_id)], None


def undated_notice(store: Store, doc_id: str | None) -> list[html.P]:
    """A warning when the stored article has no publication date: without it "last year"
    is not resolved and a figure that states no period is on no chart."""
    doc = store.snapshot().document(doc_id) if doc_id else None
    if doc is None or doc.get("published"):
        return []
    return [html.P([
        "No publication date was found in this file, so “this year” and “last year” could "
        "not be dated and figures that state no period appear on no chart. To date an "
        "article, start the .txt file with a line such as ", html.Code("date 2025-11-20"),
        " before uploading it, or upload the saved web page, which carries its date."],
        className="notice", id="up-undated")]
