"""What makes the served app safe to expose: headers, limits, errors, the debug policy.

- Every response (pages, callbacks, assets, downloads, errors, 413s) passes through
  `SecurityHeaders`, a WSGI wrapper, so no route can forget the headers.
- The CSP allows scripts only from this origin plus the hashes of Dash's own inline
  scripts (`app.csp_hashes()`); styles need 'unsafe-inline' because Plotly and AG Grid
  inject style elements at run time (styles cannot run code).
- Request bodies are capped by Flask's MAX_CONTENT_LENGTH (413 before anything is
  parsed); the browser-side check on the upload page is only a convenience.
- A failing callback is logged with its traceback on the server and shows the visitor
  a one-line message; debug mode (tracebacks to the client) is refused in production.
"""

from __future__ import annotations

import ipaddress
import logging
import os
from collections.abc import Callable, Iterable
from typing import Any

import dash
from werkzeug.exceptions import RequestEntityTooLarge

from dashboard.corpus import MAX_BYTES

MAX_UPLOAD_BYTES = MAX_BYTES  # the largest article accepted (decoded bytes)
# A dcc.Upload callback carries the file base64-encoded (4/3 of its size) inside JSON.
MAX_REQUEST_BYTES = MAX_UPLOAD_BYTES * 4 // 3 + 256 * 1024
ERROR_BANNER_ID = "error-banner"
PRODUCTION_ENV = "DASHBOARD_ENV"  # "production" refuses debug mode outright

_log = logging.getLogger(__name__)
StartResponse = Callable[..., Any]


class DebugRefusedError(RuntimeError):
    """Debug mode was asked for where visitors could see tracebacks."""


def content_security_policy(app: dash.Dash) -> str:
    """The CSP for `app`; call after every clientside callback is registered."""
    scripts = " ".join(["'self'", *app.csp_hashes()])
    return "; ".join([
        "default-src 'self'",
        f"script-src {scripts}",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ])


def security_headers(csp: str) -> list[tuple[str, str]]:
    return [
        ("Content-Security-Policy", csp),
        ("X-Content-Type-Options", "nosniff"),
        ("X-Frame-Options", "DENY"),
        ("Referrer-Policy", "strict-origin-when-cross-origin"),
        ("Cross-Origin-Opener-Policy", "same-origin"),
        ("Permissions-Policy", "camera=(), microphone=(), geolocation=()"),
    ]


class SecurityHeaders:
    """WSGI middleware adding the security headers to every response it passes on."""

    def __init__(self, wsgi_app: Callable[..., Iterable[bytes]],
                 headers: list[tuple[str, str]]) -> None:
        self.wsgi_app = wsgi_app
        self.headers = headers

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        def _start(status: str, headers: list[tuple[str, str]], *args: Any) -> Any:
            present = {name.lower() for name, _ in headers}
            extra = [(k, v) for k, v in self.headers if k.lower() not in present]
            return start_response(status, headers + extra, *args)

        return self.wsgi_app(environ, _start)


def install_security(app: dash.Dash) -> None:
    """Cap request sizes and wrap the server so every response carries the headers."""
    server = app.server
    server.config["MAX_CONTENT_LENGTH"] = MAX_REQUEST_BYTES
    server.config["PROPAGATE_EXCEPTIONS"] = False
    server.register_error_handler(RequestEntityTooLarge, _too_large)
    server.wsgi_app = SecurityHeaders(server.wsgi_app,
                                      security_headers(content_security_policy(app)))


def _too_large(error: RequestEntityTooLarge) -> tuple[str, int, dict[str, str]]:
    message = (f"The request is larger than the upload limit "
               f"({MAX_UPLOAD_BYTES // 2**20} MB for an article); nothing was stored.")
    return message, 413, {"Content-Type": "text/plain; charset=utf-8"}


def on_callback_error(error: Exception) -> None:
    """Dash `on_error` hook: log the traceback here, show the visitor a short message."""
    _log.error("callback failed", exc_info=error)
    dash.set_props(ERROR_BANNER_ID, {
        "children": "Something went wrong while updating this view. The error was logged; "
                    "try again or change the filters.",
        "hidden": False,
    })


def check_debug_allowed(debug: bool, host: str, env: dict[str, str] | None = None) -> None:
    """Refuse debug mode in production or on an address other machines can reach."""
    if not debug:
        return
    environment = (env if env is not None else dict(os.environ)).get(PRODUCTION_ENV, "")
    if environment.strip().lower() == "production":
        raise DebugRefusedError(
            f"debug mode shows tracebacks to visitors; refused with {PRODUCTION_ENV}=production")
    if not _is_loopback(host):
        raise DebugRefusedError(f"debug mode is only served on a loopback address, not {host}")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
