"""Serve the app through waitress, a production WSGI server (never Flask's dev server)."""

from __future__ import annotations

import logging
import time
from pathlib import Path

from waitress import serve

from dashboard.app import create_app
from dashboard.app.security import MAX_REQUEST_BYTES, check_debug_allowed
from dashboard.store import Store

THREADS = 8
_log = logging.getLogger(__name__)


def run(data_dir: Path | str, host: str = "127.0.0.1", port: int = 8050,
        debug: bool = False) -> None:
    """Load the data, then serve until interrupted. Debug is refused in production."""
    check_debug_allowed(debug, host)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    started = time.perf_counter()
    store = Store(data_dir)
    snap = store.snapshot()  # load before the first visitor, not during their request
    app = create_app(data_dir, store=store, debug=debug)
    _log.info("%d claims from %d documents ready in %.1f s; serving on http://%s:%d/",
              snap.n, snap.documents.num_rows, time.perf_counter() - started, host, port)
    serve(
        app.server, host=host, port=port, threads=THREADS,
        # Bodies up to this size reach Flask, whose MAX_CONTENT_LENGTH answers 413 with
        # the app's headers; waitress refuses anything larger without buffering it.
        max_request_body_size=MAX_REQUEST_BYTES * 4, ident="corridor-dashboard",
    )
