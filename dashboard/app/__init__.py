"""The Dash app: `create_app(data_dir)` builds a new, self-contained app per call.

Nothing is kept at module level: the store, the pages and the callbacks belong to the
app object, so tests can build several apps in one process and each worker process
builds its own (they agree through the files in the data directory).
"""

from __future__ import annotations

import functools
from pathlib import Path

import dash
from dash import Input, Output

from dashboard.app.pages import all_pages
from dashboard.app.routes import register_routes
from dashboard.app.security import install_security, on_callback_error
from dashboard.app.shell import APP_NAME, register_shell, shell_layout
from dashboard.store import Store

ASSETS = Path(__file__).resolve().parent / "assets"
# After each page change: name the browser tab after the page's heading, and on a claim
# page bring the emphasised claim into view (it is rendered after the route callback).
_AFTER_RENDER_JS = """
function (children) {
    window.requestAnimationFrame(function () {
        var heading = document.querySelector('#page-content h1');
        document.title = (heading ? heading.textContent + ' · ' : '') + '__NAME__';
        var focus = document.getElementById('focus-claim');
        if (focus) {
            focus.scrollIntoView({block: 'center'});
            focus.focus({preventScroll: true});
        }
    });
    return window.dash_clientside.no_update;
}
""".replace("__NAME__", APP_NAME)


def create_app(data_dir: Path | str, *, store: Store | None = None,
               debug: bool = False) -> dash.Dash:
    """A Dash app serving the dataset in `data_dir` (loaded lazily, reloaded on change)."""
    store = store or Store(data_dir)
    pages = all_pages()
    app = dash.Dash(
        __name__,
        title=APP_NAME,
        update_title="",  # keep the tab title while callbacks run
        assets_folder=str(ASSETS),
        serve_locally=True,
        compress=True,
        suppress_callback_exceptions=True,  # page components appear only with their page
        on_error=on_callback_error,
        meta_tags=[{"name": "viewport", "content": "width=device-width, initial-scale=1"},
                   {"name": "description", "content": "Numeric claims from trade and "
                    "logistics news, each linked to its source sentence."}],
    )
    # Compress whole responses only: flask-compress's streaming path leaves file handles
    # open (ResourceWarning) and the streamed downloads are CSV or binary anyway.
    app.server.config["COMPRESS_STREAMS"] = False
    # The page's language, for screen readers' voices and hyphenation (Dash's page has none).
    app.index_string = app.index_string.replace("<html>", '<html lang="en">', 1)
    app.layout = functools.partial(shell_layout, pages, store)
    register_shell(app, store, pages)
    for page in pages:
        if page.register is not None:
            page.register(app, store)
    app.clientside_callback(  # type: ignore[no-untyped-call]
        _AFTER_RENDER_JS, Output("scroll-done", "data"), Input("page-content", "children"))
    register_routes(app, store)
    app.server.config["DASHBOARD_STORE"] = store  # for the server's warm-up and tests
    if debug:
        app.enable_dev_tools(debug=True, dev_tools_hot_reload=False)
    install_security(app)  # last: the CSP hashes every inline script registered above
    return app
