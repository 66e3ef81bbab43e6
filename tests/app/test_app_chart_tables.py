"""Each chart's text alternative, without a browser: the table under a chart lists exactly
the chart's points (count, claims, order, values as the hovers say them), with a caption
and column headers, and a bucket median says so."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from appdata import controls, dash_post, write_synthetic
from reconcile_data import Reconciled

from dashboard.app import create_app
from dashboard.app.chart_data import MAX_ROWS, chart_data
from dashboard.app.pages import all_pages
from dashboard.app.registry import PageContext
from dashboard.figures import ChartRow, make_trend_figure, trend_rows
from dashboard.store import Filters, Store

_RE_BOLD = re.compile(r"<b>(.*?)</b>")


def call(app: Any, output: str, **values: Any) -> dict[str, Any]:
    resp = dash_post(app.server.test_client(), app, output, controls(**values))
    assert resp.status_code == 200, resp.get_data(as_text=True)[:500]
    response: dict[str, Any] = json.loads(resp.get_data(as_text=True))["response"]
    return response


def overview(app: Any, **values: Any) -> dict[str, Any]:
    """The Overview's chart response and its data table's (a request of its own)."""
    return {**call(app, "ov-summary.children", **values),
            **call(app, "ov-trend-data.children", **values)}


def find(node: Any, kind: str) -> list[dict[str, Any]]:
    """Every serialised component of type `kind` under `node`, in document order."""
    found: list[dict[str, Any]] = []
    if isinstance(node, list):
        for item in node:
            found += find(item, kind)
    elif isinstance(node, dict) and "props" in node:
        if node.get("type") == kind:
            found.append(node)
        found += find(node["props"].get("children"), kind)
    return found


def text(node: Any, *, hidden: bool = True) -> str:
    """The text of a serialised component (without visually-hidden spans if not `hidden`)."""
    if isinstance(node, (str, int, float)):
        return str(node)
    if isinstance(node, list):
        return "".join(text(n, hidden=hidden) for n in node)
    if isinstance(node, dict) and "props" in node:
        if not hidden and node["props"].get("className") == "visually-hidden":
            return ""
        return text(node["props"].get("children"), hidden=hidden)
    return ""


def table_rows(details: dict[str, Any]) -> list[dict[str, Any]]:
    """Each body row of the disclosure's table: its cells' visible text and its link."""
    [body] = find(details, "Tbody")
    rows = []
    for tr in find(body, "Tr"):
        cells = find(tr, "Td")
        [link] = find(cells[-1], "Link")
        rows.append({"cells": [text(c, hidden=False) for c in cells],
                     "href": link["props"]["href"], "name": text(link)})
    return rows


def drawn_points(figure: dict[str, Any]) -> list[tuple[str, str]]:
    """(claim id, hover's bold value) of every clickable point, in drawing order."""
    return [(cid, html.unescape(_RE_BOLD.search(hover).group(1)))  # type: ignore[union-attr]
            for trace in figure["data"] if trace.get("customdata")
            for cid, hover in zip(trace["customdata"], trace["hovertext"], strict=True)]


def assert_table_is_the_chart(details: dict[str, Any], figure: dict[str, Any],
                              value_column: int = 2) -> list[dict[str, Any]]:
    assert details["type"] == "Details" and not details["props"].get("open")
    points = drawn_points(figure)
    rows = table_rows(details)
    assert points, "the chart draws no point: nothing is compared"
    assert [r["href"] for r in rows] == [f"/claim/{cid}" for cid, _ in points]
    assert [r["cells"][value_column] for r in rows] == [value for _, value in points]
    [summary] = find(details, "Summary")
    assert text(summary) == f"Data of this chart ({len(points)} point"\
                            f"{'' if len(points) == 1 else 's'})"
    [caption] = find(details, "Caption")
    assert f"{len(points)} point" in text(caption)
    headers = find(details, "Th")
    assert [h["props"].get("scope") for h in headers] == ["col"] * 5
    assert [text(h) for h in headers][3:] == ["Kind", "Claim"]
    return rows


# --- each chart page -----------------------------------------------------------------------


@pytest.mark.parametrize("metric, unit", [("cargo volume", "t"), ("cargo volume", "%"),
                                          ("trade turnover", "x"), (None, None)])
def test_ctab001_overview_table_lists_the_charts_points(rapp: Any, metric: str | None,
                                                        unit: str | None) -> None:
    result = overview(rapp, metric=metric, unit=unit)
    figure = result["ov-trend"]["figure"]
    details = result["ov-trend-data"]["children"]
    rows = assert_table_is_the_chart(details, figure)
    if unit == "%":
        assert [r["cells"][2] for r in rows] == ["+65%"]  # a rise, signed as the hover signs it
    assert all(r["cells"][3] in ("reported", "projection") for r in rows)
    assert all(r["cells"][4] == "Open" for r in rows)  # single claims: no median
    assert all(r["name"].startswith("Open the claim: ") for r in rows)
    name = result["ov-trend-name"]["children"]
    assert name.startswith("Chart of ") and f"{len(rows)} point" in name


def test_ctab002_series_table_lists_every_point_and_implied_value(
        rapp: Any, reconciled: Reconciled) -> None:
    result = call(rapp, "sr-chart.figure", metric="cargo volume", unit="t")
    details = result["sr-data"]["children"]
    rows = assert_table_is_the_chart(details, result["sr-chart"]["figure"])
    kinds = [r["cells"][3] for r in rows]
    assert kinds.count("reported; sources disagree") == 3
    assert "projection" in kinds
    assert [k for k in kinds if k.startswith("implied (derived, not reported)")]
    assert "cargo volume in t over time" in result["sr-chart-name"]["children"]


def test_ctab003_forecasts_table_lists_every_bar(rapp: Any, reconciled: Reconciled) -> None:
    result = call(rapp, "fc-table.children")
    figure = result["fc-chart"]["figure"]
    rows = table_rows(result["fc-data"]["children"])
    bars = [cid for trace in figure["data"] for cid in trace["customdata"]]
    assert [r["href"] for r in rows] == [f"/claim/{cid}" for cid in bars]
    assert [r["cells"][2].split(":")[0] for r in rows] == [t for trace in figure["data"]
                                                           for t in trace["text"]]
    assert rows[0]["cells"][2].startswith("-6.7%: 4.2 million t projected on ")
    assert [h["props"].get("scope") for h in find(result["fc-data"]["children"], "Th")] \
        == ["col"] * 5
    none = call(rapp, "fc-table.children", metric="trade turnover")
    assert none["fc-data"]["children"] == []
    assert "no forecast" in none["fc-chart-name"]["children"]


def test_ctab004_a_chart_box_is_a_named_figure_described_by_its_help(
        reconciled: Reconciled) -> None:
    store = Store(reconciled.data_dir)
    for key, graph in (("overview", "ov-trend"), ("series", "sr-chart"),
                       ("forecasts", "fc-chart")):
        [page] = [p for p in all_pages() if p.key == key]
        layout = json.loads(json.dumps(page.layout(PageContext(store, {}, Filters())),
                                       cls=_plotly_encoder()))
        boxes = [d for d in find(layout, "Div") if d["props"].get("role") == "figure"]
        [box] = [b for b in boxes if graph in json.dumps(b)]
        named = box["props"]["aria-labelledby"]
        assert [s for s in find(box, "Span") if s["props"].get("id") == named]
        for ident in box["props"]["aria-describedby"].split():
            assert ident in json.dumps(layout)


# --- aggregated charts and long tables -----------------------------------------------------


def test_ctab005_a_median_says_of_how_many_claims_and_links_one(tmp_path: Path) -> None:
    write_synthetic(tmp_path, 20_000, seed=5)
    app = create_app(tmp_path)
    result = overview(app, metric="cargo volume", unit="t")
    figure = result["ov-trend"]["figure"]
    assert "medians per" in figure["layout"]["annotations"][0]["text"]
    rows = assert_table_is_the_chart(result["ov-trend-data"]["children"], figure)
    hovers = [h for trace in figure["data"] for h in trace.get("hovertext") or []]
    counts = [re.search(r"median of ([\d,]+) claims|a single claim", h).group(0)  # type: ignore
              for h in hovers]
    assert [r["cells"][4].split("; ")[0] for r in rows] == counts
    assert any(c.startswith("median of ") for c in counts)
    assert all(r["cells"][4].endswith("open the claim nearest it") for r in rows)
    assert all(r["cells"][2].endswith(" t") for r in rows)  # a median names its unit


def test_ctab006_a_change_is_signed_in_the_table_as_in_the_hover() -> None:
    frame = pd.DataFrame([{"group": "China", "kind": "actual", "x": "2024-07-01",
                           "value": -14.0, "n": 1, "claim_id": "c" * 16, "unit": "%",
                           "value_high": None, "change": "decrease", "period": "2024",
                           "published": "2025-01-01", "outlet": "X", "sentence": "fell 14%"}])
    frame["x"] = pd.to_datetime(frame["x"])
    figure = make_trend_figure(frame, metric="growth", unit="%", note="", aggregated=False)
    [row] = trend_rows(frame, unit="%", aggregated=False)
    assert row.value == "\u221214%" == drawn_points(figure)[0][1]


def test_ctab007_a_long_table_lists_the_first_rows_and_says_where_the_rest_are() -> None:
    rows = [ChartRow("China", "2024", f"{i} t", "reported", f"{i:016x}")
            for i in range(MAX_ROWS + 7)]
    details = json.loads(json.dumps(
        chart_data(rows, caption="x", filters=Filters(topics=("trade",))).to_plotly_json(),
        cls=_plotly_encoder()))
    assert len(table_rows(details)) == MAX_ROWS
    assert f"the first {MAX_ROWS} listed" in text(find(details, "Summary"))
    links = [link["props"]["href"] for link in find(details, "Link")[MAX_ROWS:]]
    assert links == ["/explore?topic=trade", "/downloads?topic=trade"]
    assert "7 more points" in text(details)


def _plotly_encoder() -> Any:
    from plotly.utils import PlotlyJSONEncoder

    return PlotlyJSONEncoder


# --- the bar chart of claims by topic and metric --------------------------------------------


def test_ctab011_topics_table_lists_the_bars_and_links_explore_under_the_filters(
        rapp: Any) -> None:
    result = call(rapp, "ov-summary.children", kind="actual")
    figure = result["ov-topics"]["figure"]
    bars = {(t, m): n for trace in figure["data"]
            for (t, m), n in zip(trace["customdata"], trace["x"], strict=True)}
    details = result["ov-topics-data"]["children"]
    assert details["type"] == "Details" and not details["props"].get("open")
    [body] = find(details, "Tbody")
    rows = find(body, "Tr")
    assert len(rows) == len(bars) > 0
    counts = [int(text(find(tr, "Td")[2]).replace(",", "")) for tr in rows]
    assert counts == sorted(counts, reverse=True)  # largest first, as the bars
    for tr in rows:
        topic, metric, count = (text(td) for td in find(tr, "Td")[:3])
        assert bars[(topic, metric)] == int(count.replace(",", ""))
        links = find(tr, "Link")
        if metric == "(none)":
            assert not links  # no filter selects claims without a metric
            continue
        href = links[0]["props"]["href"]
        assert href.startswith("/explore?") and "kind=actual" in href  # the filters kept
        assert f"topic={topic}" in href and "metric=" in href
    assert [h["props"].get("scope") for h in find(details, "Th")] == ["col"] * 4


def test_ctab012_a_clicked_bar_explores_its_topic_and_metric(rapp: Any) -> None:
    [key] = [k for k, spec in rapp.callback_map.items()
             if {"id": "ov-topics", "property": "clickData"} in spec["inputs"]]
    click = {"points": [{"customdata": ["logistics", "cargo volume"]}]}
    resp = dash_post(rapp.server.test_client(), rapp, key,
                     {"ov-topics.clickData": click}, state={"url.search": "?kind=actual"})
    assert resp.status_code == 200, resp.get_data(as_text=True)[:300]
    out = json.loads(resp.get_data(as_text=True))["response"]
    url = next(v for k, v in out.items() if k == "url")
    assert url["pathname"] == "/explore"
    search = url["search"]
    assert "kind=actual" in search and "topic=logistics" in search
    assert "metric=cargo+volume" in search or "metric=cargo%20volume" in search
    nothing = dash_post(rapp.server.test_client(), rapp, key,
                        {"ov-topics.clickData": {"points": [{}]}}, state={"url.search": ""})
    assert nothing.status_code in (200, 204)  # no bar: no navigation
    assert "url" not in (json.loads(nothing.get_data(as_text=True) or "{}").get("response") or {})
