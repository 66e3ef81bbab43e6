"""Measure the served app on a large dataset: readiness, callbacks, payloads, first render.

Usage: python scripts/bench_app.py [--data DIR] [--claims N] [--rounds R] [--no-browser]

Makes DIR with scripts/make_synthetic.py when it has no claims.parquet, starts the app in
a separate process through its production server (waitress), and reports:
- ready: seconds from process start to the first 200 from /healthz (data loaded);
- each filter callback's median and 90th percentile over R different filter states,
  timed over HTTP as the browser calls them (so JSON encoding and compression count);
- the largest Overview response (the charts), raw and gzipped;
- first render: seconds from navigation to a drawn chart in headless Chromium.
Targets (issue 4): ready <= 5 s, callback median <= 100 ms, chart <= 200 KB, render <= 3 s.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
CONTROLS = [("f-topic", "value"), ("f-metric", "value"), ("f-entity", "value"),
            ("f-kind", "value"), ("f-unit", "value"), ("f-dates", "start_date"),
            ("f-dates", "end_date"), ("f-text", "value")]
CALLBACKS = {  # label -> a piece of the callback's output key
    "facets": "f-matching.children", "overview": "ov-summary.children",
    "explore": "ex-grid-box.children", "downloads": "dl-summary.children",
}
WORDS = ["reached", "Kazakhstan", "Georgia", "expected", "exports", "cargo", "Baku", "Poti"]
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update",
                 "--no-first-run"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _http(url: str, body: Any = None) -> tuple[int, bytes]:
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, headers={
        "Content-Type": "application/json", "Accept-Encoding": "identity"})
    with urllib.request.urlopen(request, timeout=60) as resp:
        return resp.status, resp.read()


def start_server(data_dir: Path) -> tuple[subprocess.Popen[bytes], str, float]:
    port = _free_port()
    code = ("import sys; from dashboard.app.server import run; "
            "run(sys.argv[1], '127.0.0.1', int(sys.argv[2]))")
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, str(data_dir), str(port)],
                            env={**os.environ, "PYTHONPATH": str(REPO)},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    while True:
        try:
            if _http(url + "/healthz")[0] == 200:
                return proc, url, time.perf_counter() - started
        except OSError:
            if proc.poll() is not None:
                raise SystemExit("the server exited during start-up") from None
        time.sleep(0.05)  # polling another process; there is nothing to wait on


def filter_states(rounds: int, seed: int = 1) -> list[list[Any]]:
    """Distinct, realistic filter states (what a person clicks through)."""
    rng = random.Random(seed)
    topics = ["trade", "logistics", "energy", "investment", "digital", "agriculture"]
    metrics = [None, "trade turnover", "cargo volume", "container volume", "exports"]
    entities = [None, "Kazakhstan", "China", "Azerbaijan", "Georgia", "Middle Corridor"]
    states = []
    for i in range(rounds):
        chosen = rng.sample(topics, k=rng.choice((0, 1, 2)))
        year = rng.choice((2019, 2021, 2023))
        dates = (f"{year}-01-01", f"{year + rng.choice((1, 2))}-12-31") if i % 3 == 0 else \
            (None, None)
        # A new search word in one state of four: searches are never served from a cache.
        text = f"{rng.choice(WORDS)} {rng.randint(1, 99)}" if i % 4 == 1 else None
        states.append([chosen, rng.choice(metrics), rng.choice(entities),
                       rng.choice(["", "actual", "projection"]), None, dates[0], dates[1],
                       text or ""])
    return states


def _body(dependency: dict[str, Any], values: list[Any]) -> dict[str, Any]:
    key = dependency["output"]
    outputs = [{"id": o.split(".")[0], "property": o.split(".")[1]}
               for o in key.strip(".").split("...")]
    given = dict(zip([f"{c}.{p}" for c, p in CONTROLS], values, strict=True))
    inputs = [{**i, "value": given.get(f"{i['id']}.{i['property']}", "/")}
              for i in dependency["inputs"]]
    return {"output": key, "outputs": outputs, "inputs": inputs, "state": [],
            "changedPropIds": ["f-topic.value"]}


def time_callbacks(url: str, states: list[list[Any]]) -> dict[str, Any]:
    deps = json.loads(_http(url + "/_dash-dependencies")[1])
    results: dict[str, Any] = {}
    largest = (0, 0)
    searches: list[float] = []
    for n, (label, piece) in enumerate(CALLBACKS.items()):
        dependency = next(d for d in deps if piece in d["output"])
        times = []
        # Each callback gets its own filter states, so none is served from the filter
        # cache another callback filled (in the browser they run at the same time).
        for values in filter_states(len(states), seed=n + 1):
            started = time.perf_counter()
            status, payload = _http(url + "/_dash-update-component", _body(dependency, values))
            times.append((time.perf_counter() - started) * 1000)
            assert status == 200, status
            if values[-1]:
                searches.append(times[-1])
            if label == "overview":
                largest = max(largest, (len(payload), len(gzip.compress(payload))))
        times.sort()
        results[label] = {"median_ms": round(statistics.median(times), 1),
                          "p90_ms": round(times[int(0.9 * (len(times) - 1))], 1)}
    all_medians = [r["median_ms"] for r in results.values()]
    results["overview_payload_kb"] = round(largest[0] / 1024, 1)
    results["overview_payload_gzip_kb"] = round(largest[1] / 1024, 1)
    results["worst_callback_median_ms"] = max(all_medians)
    results["new_text_search_median_ms"] = round(statistics.median(searches), 1)
    return results


def first_render(url: str) -> tuple[float, float]:
    """Seconds to a drawn chart on a cold browser, and the bytes transferred (MB)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium",
                                             headless=True, args=CHROMIUM_ARGS)
        page = browser.new_context(viewport={"width": 1280, "height": 800}).new_page()
        finished: list[Any] = []
        page.on("requestfinished", lambda request: finished.append(request))
        started = time.perf_counter()
        page.goto(url + "/")
        page.wait_for_selector("#ov-trend .scatterlayer .trace", timeout=60_000)
        page.wait_for_selector("#f-matching:has-text('claims match')", timeout=60_000)
        elapsed = time.perf_counter() - started
        page.wait_for_load_state("networkidle")
        sent = sum(r.sizes()["responseBodySize"] + r.sizes()["responseHeadersSize"]
                   for r in finished)
        browser.close()
    return elapsed, sent / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("/tmp/corridor-synthetic-1m"))
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args()
    if not (args.data / "claims.parquet").is_file():
        subprocess.run([sys.executable, str(REPO / "scripts" / "make_synthetic.py"),
                        str(args.data), "--claims", str(args.claims)], check=True)
    proc, url, ready = start_server(args.data)
    try:
        health = json.loads(_http(url + "/healthz")[1])
        report: dict[str, Any] = {"claims": health["claims"], "documents": health["documents"],
                                  "ready_s": round(ready, 2)}
        report |= time_callbacks(url, filter_states(args.rounds))
        if not args.no_browser:
            seconds, megabytes = first_render(url)
            report["first_render_s"] = round(seconds, 2)
            report["first_load_transferred_mb"] = round(megabytes, 2)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
