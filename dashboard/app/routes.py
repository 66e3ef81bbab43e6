"""Plain Flask routes beside the Dash pages: readiness, downloads and an upload API.

- ``GET /healthz``: 200 with the dataset's counts once the data is loaded, 503 if it
  cannot be read (a load balancer keeps traffic away until then).
- ``GET /download/view.<fmt>?<filters>``: the filtered claims (same query as the pages).
- ``GET /download/full/<table>.<fmt>`` and ``GET /download/datapackage.json``.
- ``POST /api/upload`` (multipart field ``file``): add an article, for scripts. Refused
  from other sites' pages (a form elsewhere must not be able to add to the corpus).
"""

from __future__ import annotations

import logging
from typing import Any

import dash
from flask import Flask, Response, jsonify, request

from dashboard.app.downloads import (
    DownloadError,
    datapackage_response,
    full_response,
    view_response,
)
from dashboard.app.uploads import handle_upload
from dashboard.app.urlstate import filters_from_query
from dashboard.store import Store

_log = logging.getLogger(__name__)


def register_routes(app: dash.Dash, store: Store) -> None:
    server: Flask = app.server

    @server.route("/healthz")
    def healthz() -> Any:
        try:
            snap = store.snapshot()
        except Exception:  # readiness must answer, whatever went wrong with the data
            _log.exception("health check: the data cannot be loaded")
            return jsonify(status="error", message="the dataset cannot be loaded"), 503
        response = jsonify(status="ok", claims=snap.n, documents=snap.documents.num_rows)
        response.headers["Cache-Control"] = "no-store"
        return response

    @server.route("/download/view.<fmt>")
    def download_view(fmt: str) -> Any:
        return _download(lambda: view_response(
            store, filters_from_query(request.query_string.decode("utf-8", "replace")), fmt))

    @server.route("/download/full/<name>.<fmt>")
    def download_full(name: str, fmt: str) -> Any:
        return _download(lambda: full_response(store, name, fmt))

    @server.route("/download/datapackage.json")
    def download_datapackage() -> Any:
        return _download(lambda: datapackage_response(store))

    @server.route("/api/upload", methods=["POST"])
    def upload_api() -> Any:
        if request.headers.get("Sec-Fetch-Site", "same-origin") not in ("same-origin", "none"):
            return jsonify(accepted=False, message="Uploads from other sites are refused."), 403
        file = request.files.get("file")
        if file is None:
            return jsonify(accepted=False, message="Send the article as the form field "
                                                   "'file'."), 400
        outcome = handle_upload(store, file.filename or "upload", file.read())
        return jsonify(accepted=outcome.accepted, message=outcome.message,
                       doc_id=outcome.doc_id, reason=outcome.reason), outcome.status


def _download(make: Any) -> Any:
    try:
        return make()
    except DownloadError as err:
        return Response(str(err), status=err.status, mimetype="text/plain")
