"""Fixtures for the app tests: the seeded dataset (`appdata`), apps, a live server and
(for tests marked `browser`) headless Chromium through Playwright."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from appdata import ARTICLES, FixtureData, build_documents, write_dataset
from reconcile_data import Reconciled, write_reconciled
from werkzeug.serving import WSGIRequestHandler, make_server

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update",
                 "--no-first-run"]
@pytest.fixture(scope="session")
def fixture_data(tmp_path_factory: pytest.TempPathFactory) -> FixtureData:
    """The seeded dataset, shared read-only by the whole session."""
    data_dir = tmp_path_factory.mktemp("fixture-data")
    claims, documents = build_documents()
    write_dataset(data_dir, claims, documents)
    return FixtureData(data_dir, claims, documents)


@pytest.fixture
def fresh_data(tmp_path: Path) -> FixtureData:
    """A private copy of the seeded dataset for tests that change the data."""
    claims, documents = build_documents()
    data_dir = tmp_path / "data"
    write_dataset(data_dir, claims, documents)
    return FixtureData(data_dir, claims, documents)


@pytest.fixture(scope="session")
def app(fixture_data: FixtureData) -> Any:
    from dashboard.app import create_app

    return create_app(fixture_data.data_dir)


@pytest.fixture
def client(app: Any) -> Any:
    return app.server.test_client()


# --- corpus-backed data (real ingest, for uploads) ---------------------------------------


@pytest.fixture
def corpus_data(tmp_path: Path) -> Path:
    """A data folder extracted by the real pipeline from a two-article corpus."""
    from dashboard.ingest import extract_corpus

    articles = tmp_path / "data" / "articles"
    articles.mkdir(parents=True)
    for name, text in ARTICLES.items():
        (articles / name).write_text(text, encoding="utf-8")
    extract_corpus([articles], tmp_path / "data", progress=False)
    return tmp_path / "data"


# --- live server and browser --------------------------------------------------------------


class QuietHandler(WSGIRequestHandler):
    """No access log lines in the test output."""

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        del code, size


@dataclass
class LiveServer:
    url: str
    app: Any


@pytest.fixture
def serve() -> Iterator[Callable[[Path], LiveServer]]:
    """Start the app for a data folder on 127.0.0.1, port 0, in a daemon thread."""
    from dashboard.app import create_app

    servers = []

    def start(data_dir: Path) -> LiveServer:
        app = create_app(data_dir)
        server = make_server("127.0.0.1", 0, app.server, threaded=True,
                             request_handler=QuietHandler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return LiveServer(f"http://127.0.0.1:{server.server_port}", app)

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def shared_server(fixture_data: FixtureData) -> Iterator[LiveServer]:
    """One server over the read-only seeded dataset for the whole session."""
    from dashboard.app import create_app

    app = create_app(fixture_data.data_dir)
    server = make_server("127.0.0.1", 0, app.server, threaded=True,
                             request_handler=QuietHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield LiveServer(f"http://127.0.0.1:{server.server_port}", app)
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Headless Debian Chromium, one per session. Skipped without it, except in CI."""
    if not CHROMIUM.exists():
        reason = f"{CHROMIUM} is not installed (apt-get install chromium; see TESTING.md)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"browser tests must run in CI: {reason}")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                              args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@dataclass
class BrowserPage:
    """A page in its own context, recording console errors, page errors and requests."""

    page: Any
    errors: list[str]
    requests: list[str]

    def assert_fits_and_photograph(self, name: str, out: Path) -> None:
        """No sideways scrolling at this viewport's width; a full-page screenshot into `out`
        (tests pass $SCREENSHOT_DIR when it is set, to look at them)."""
        width, height = self.page.viewport_size["width"], self.page.viewport_size["height"]
        overflow = self.page.evaluate("() => document.documentElement.scrollWidth")
        assert overflow <= width + 1, f"{name} scrolls sideways at {width}x{height}"
        out.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(out / f"{name}-{width}x{height}.png"), full_page=True)

    def assert_clean(self) -> None:
        assert self.errors == [], f"browser errors: {self.errors}"
        foreign = [u for u in self.requests if not u.startswith(("http://127.0.0.1", "data:",
                                                                 "blob:"))]
        assert foreign == [], f"requests leaving the machine: {foreign}"


@pytest.fixture
def open_page(browser: Any) -> Iterator[Callable[..., BrowserPage]]:
    """A fresh context per test (downloads allowed); the viewport is 1280x800 by default."""
    contexts = []

    def make(width: int = 1280, height: int = 800) -> BrowserPage:
        context = browser.new_context(viewport={"width": width, "height": height},
                                      accept_downloads=True)
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(15_000)
        errors: list[str] = []
        requests: list[str] = []
        page.on("console", lambda m: errors.append(f"console: {m.text}")
                if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(f"pageerror: {e}"))
        page.on("request", lambda r: requests.append(r.url))
        return BrowserPage(page, errors, requests)

    yield make
    for context in contexts:
        context.close()


@pytest.fixture(scope="module")
def reconciled(tmp_path_factory: pytest.TempPathFactory) -> Reconciled:
    """A dataset whose series, disagreements and forecasts are known (`reconcile_data`)."""
    return write_reconciled(tmp_path_factory.mktemp("reconciled"))


@pytest.fixture(scope="module")
def rapp(reconciled: Reconciled) -> Any:
    from dashboard.app import create_app

    return create_app(reconciled.data_dir)
