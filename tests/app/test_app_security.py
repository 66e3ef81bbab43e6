"""R7, R8, R9 (server side), R11: headers, CSP, request limits, debug policy, no HTML."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path
from typing import Any

import pytest
from appdata import BOUNDARY, FixtureData, dash_post, multipart

from dashboard.app import create_app
from dashboard.app.security import (
    MAX_REQUEST_BYTES,
    DebugRefusedError,
    SecurityHeaders,
    check_debug_allowed,
)
from dashboard.app.server import run

APP_DIR = Path(__file__).resolve().parents[2] / "dashboard" / "app"
REQUIRED = ("Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy",
            "X-Frame-Options")


def assert_headers(resp: Any) -> None:
    for name in REQUIRED:
        assert resp.headers.get(name), f"{name} missing on {resp.request.path}"
    assert resp.headers["X-Content-Type-Options"] == "nosniff"
    csp = resp.headers["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in csp and "default-src 'self'" in csp
    assert "unsafe-eval" not in csp
    script_src = next(p for p in csp.split("; ") if p.startswith("script-src"))
    assert "'unsafe-inline'" not in script_src


def test_app020_headers_on_every_kind_of_response(client: Any, app: Any,
                                                  fixture_data: FixtureData) -> None:
    suite = next(p for p in client.get("/").get_data(as_text=True).split('"')
                 if p.startswith("/_dash-component-suites/") and p.endswith(".js"))
    responses = [
        client.get("/"), client.get("/explore?topic=trade"), client.get("/_dash-layout"),
        client.get("/_dash-dependencies"), client.get("/assets/app.css"), client.get(suite),
        client.get("/healthz"), client.get("/download/view.csv?topic=trade"),
        client.get("/download/full/claims.parquet"), client.get("/download/nope.csv"),
        client.get("/download/full/nothing.csv"), client.get("/_favicon.ico"),
        dash_post(client, app, "f-matching.children", {"url.pathname": "/"}),
        client.post("/_dash-update-component", data=b"not json",
                    content_type="application/json"),
        client.post("/api/upload", data=b"x" * (MAX_REQUEST_BYTES + 1),
                    content_type="application/octet-stream"),
        client.open("/healthz", method="DELETE"),
    ]
    statuses = {r.status_code for r in responses}
    assert {200, 400, 404, 405, 413} <= statuses
    for resp in responses:
        assert_headers(resp)
        resp.close()  # file responses hold their file open until closed


def test_app021_csp_allows_exactly_dash_inline_scripts(app: Any, client: Any) -> None:
    csp = client.get("/").headers["Content-Security-Policy"]
    for digest in app.csp_hashes():
        assert digest in csp
    page = client.get("/").get_data(as_text=True)
    inline = re.findall(r"<script(?![^>]*\bsrc=)(?![^>]*application/json)[^>]*>", page)
    assert len(inline) >= 1  # the renderer bootstrap, allowed by its hash only


def test_app022_oversized_requests_get_413_before_parsing(fresh_data: FixtureData) -> None:
    app = create_app(fresh_data.data_dir)
    client = app.server.test_client()
    before = sorted(p.name for p in fresh_data.data_dir.iterdir())
    big = b"a" * (50 * 1024 * 1024)
    resp = client.post("/_dash-update-component", data=big, content_type="application/json")
    assert resp.status_code == 413
    resp = client.post("/api/upload", data=multipart("big.txt", big),
                       content_type=f"multipart/form-data; boundary={BOUNDARY}")
    assert resp.status_code == 413
    assert "10 MB" in resp.get_data(as_text=True)
    assert sorted(p.name for p in fresh_data.data_dir.iterdir()) == before


def test_app023_debug_is_refused_in_production(monkeypatch: pytest.MonkeyPatch,
                                               fixture_data: FixtureData) -> None:
    check_debug_allowed(False, "0.0.0.0", {"DASHBOARD_ENV": "production"})
    check_debug_allowed(True, "127.0.0.1", {})
    with pytest.raises(DebugRefusedError):
        check_debug_allowed(True, "127.0.0.1", {"DASHBOARD_ENV": "production"})
    with pytest.raises(DebugRefusedError):
        check_debug_allowed(True, "0.0.0.0", {})
    monkeypatch.setenv("DASHBOARD_ENV", "production")
    with pytest.raises(DebugRefusedError):
        run(fixture_data.data_dir, "127.0.0.1", 0, debug=True)  # refused before serving
    app = create_app(fixture_data.data_dir)
    assert app.server.debug is False
    assert app.server.config["PROPAGATE_EXCEPTIONS"] is False


def test_app024_headers_middleware_keeps_route_specific_values() -> None:
    seen: list[list[tuple[str, str]]] = []

    def inner(environ: dict[str, Any], start_response: Any) -> list[bytes]:
        start_response("200 OK", [("Referrer-Policy", "no-referrer")])
        return [b"x"]

    wrapped = SecurityHeaders(inner, [("Referrer-Policy", "strict-origin"), ("X-A", "1")])
    wrapped({}, lambda status, headers, *a: seen.append(headers))
    assert ("Referrer-Policy", "no-referrer") in seen[0] and ("X-A", "1") in seen[0]
    assert ("Referrer-Policy", "strict-origin") not in seen[0]


# R7: no way to render article text as HTML anywhere in the app's code.
FORBIDDEN = ("dangerously_allow_html", "dangerouslySetInnerHTML", "srcDoc", "innerHTML",
             "dangerously_allow_code", "Iframe", "outerHTML", "insertAdjacentHTML",
             "document.write", "eval(")


def test_app025_no_html_rendering_paths_in_the_app() -> None:
    files = [*APP_DIR.rglob("*.py"), *APP_DIR.rglob("*.css"), *APP_DIR.rglob("*.js")]
    assert len(files) > 5
    for path in files:
        text = path.read_text(encoding="utf-8")
        for needle in FORBIDDEN:
            assert needle not in text, f"{needle} in {path}"
    for path in APP_DIR.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr == "Markdown":
                pytest.fail(f"dcc.Markdown in {path}: article text must never be Markdown")


# R14: no module-level mutable state in the app's layers (workers and tests share nothing).
_MUTABLE_NODES = (ast.List, ast.Dict, ast.Set, ast.ListComp, ast.DictComp, ast.SetComp)
_MUTABLE_CALLS = ("list", "dict", "set", "OrderedDict", "defaultdict", "deque")


def _mutable_module_values(path: Path) -> list[str]:
    found = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if not isinstance(node, (ast.Assign, ast.AnnAssign)) or node.value is None:
            continue
        value = node.value
        call = ast.unparse(value.func) if isinstance(value, ast.Call) else ""
        if (isinstance(value, _MUTABLE_NODES) or call in _MUTABLE_CALLS
                or call.startswith(("html.", "dcc.", "dag."))):
            found.append(f"{path.name}:{node.lineno}: {ast.unparse(node)[:60]}")
    return found


def test_app026_no_module_level_mutable_state() -> None:
    """Constants are tuples or MappingProxyType; Dash components are built per call."""
    root = APP_DIR.parent
    paths = [*APP_DIR.rglob("*.py"), *(root / "store").rglob("*.py"),
             *root.glob("figures*.py")]
    offenders = [hit for path in paths for hit in _mutable_module_values(path)]
    assert offenders == [], "wrap constants in MappingProxyType or tuple: " + "; ".join(offenders)


def test_app027_malformed_callback_requests_show_no_internals(client: Any) -> None:
    bodies = [b"{}", b'{"output": "nope.children", "outputs": {"id": "nope", '
              b'"property": "children"}, "inputs": [], "changedPropIds": []}', b"[1, 2",
              json.dumps({"output": "..ov-summary.children..", "inputs": "x"}).encode()]
    for body in bodies:
        resp = client.post("/_dash-update-component", data=body,
                           content_type="application/json")
        text = resp.get_data(as_text=True)
        assert resp.status_code >= 400
        assert "Traceback" not in text and ".py" not in text
        assert_headers(resp)
