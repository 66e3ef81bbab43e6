"""Reconciliation views without a browser: store views, figures, page callbacks through
Dash's HTTP endpoint, and downloads of the derived tables."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from appdata import FixtureData, controls, dash_post
from reconcile_data import HOSTILE_SENTENCE, TITR, Reconciled

from dashboard.app.pages import all_pages
from dashboard.export import read_csv
from dashboard.figures_reconcile import (
    DISAGREE_COLOUR,
    make_forecast_figure,
    make_series_figure,
)
from dashboard.schema import TABLES
from dashboard.store import Filters, Store
from dashboard.store import reconciled as views


def call(app: Any, output: str, **values: Any) -> dict[str, Any]:
    resp = dash_post(app.server.test_client(), app, output, controls(**values))
    assert resp.status_code == 200, resp.get_data(as_text=True)[:500]
    response: dict[str, Any] = json.loads(resp.get_data(as_text=True))["response"]
    return response


def texts(component: Any) -> str:
    """Every string inside a serialised component tree, joined."""
    if isinstance(component, str):
        return component
    if isinstance(component, list):
        return " ".join(texts(c) for c in component)
    if isinstance(component, dict):
        return " ".join(texts(v) for k, v in component.items() if k in ("props", "children"))
    return ""


def hrefs(component: Any) -> list[str]:
    found: list[str] = []
    if isinstance(component, list):
        for item in component:
            found += hrefs(item)
    elif isinstance(component, dict):
        props = component.get("props", {})
        if isinstance(props.get("href"), str):
            found.append(props["href"])
        found += hrefs(props.get("children"))
    return found


# --- store views ---------------------------------------------------------------------------


def test_rcp001_disagreements_come_with_every_source_claim(reconciled: Reconciled) -> None:
    snap = Store(reconciled.data_dir).snapshot()
    found, total = views.disagreements(snap, Filters())
    assert total == 1
    [item] = found
    assert (item["metric"], item["period"], item["n_docs"]) == ("cargo volume", "2023", 3)
    assert [c["surface"] for c in item["claims"]] == [
        "2.8 million tonnes", "2.7 million tonnes", "2.76 mln tonnes"]
    assert item["claims"][0]["outlet"] == "Interfax"
    assert item["label"] == f"cargo volume (t) · {TITR} · full year"
    assert views.disagreements(snap, Filters(metric="trade turnover")) == ([], 0)
    assert views.disagreements(snap, Filters(entity="Kazakhstan Temir Zholy"))[1] == 1


def test_rcp002_forecasts_with_their_outcome(reconciled: Reconciled) -> None:
    snap = Store(reconciled.data_dir).snapshot()
    frame, total = views.forecasts(snap, Filters())
    assert total == 1
    row = frame.iloc[0]
    assert (row["projected"], row["actual"], row["period"]) == (4.2e6, 4.5e6, "2024")
    assert row["projection_claim_id"] == reconciled.claim("4.2 mln tonnes")["claim_id"]
    assert list(row["actual_claim_ids"]) == [reconciled.claim("4.5 mln tonnes")["claim_id"]]
    assert views.forecasts(snap, Filters(kind="actual"))[1] == 0  # the projection is filtered


def test_rcp003_series_chart_marks_disputes_and_keeps_implied_apart(
        reconciled: Reconciled) -> None:
    snap = Store(reconciled.data_dir).snapshot()
    chart = views.series_chart(snap, Filters(), "cargo volume", "t")
    points = chart.points
    assert set(points["claim_id"]) == {c["claim_id"] for c in reconciled.claims
                                       if c["metric"] == "cargo volume" and c["unit"] == "t"}
    disputed = set(points.loc[points["disputed"], "surface"])
    assert disputed == {"2.8 million tonnes", "2.7 million tonnes", "2.76 mln tonnes"}
    assert set(points["label"]) == {f"{TITR} · full year"}
    [implied] = chart.implied.to_dict("records")  # 2.7 million tonnes after a rise of 65%
    assert (implied["period"], implied["value"]) == ("2022", pytest.approx(2.7e6 / 1.65))
    turnover = views.series_chart(snap, Filters(), "trade turnover", "USD")
    assert list(turnover.points["label"]) == ["Azerbaijan – Kazakhstan · no period"]
    assert turnover.implied.empty  # its 2020 value belongs to a full-year series not drawn
    growth = views.series_chart(snap, Filters(), "cargo volume", "%")
    assert list(growth.points["surface"]) == ["65%"]


def test_rcp014_a_series_is_drawn_under_the_metric_it_is_named_by(tmp_path: Path) -> None:
    """A port's "cargo" and what it "handled" are one series, named by the port's throughput
    (`reconcile.subjects.site_metric`): both claims are drawn on that chart, though the first
    keeps its own metric, and none on the chart of cargo volume."""
    from dashboard.ingest import extract_corpus

    articles = tmp_path / "data" / "articles"
    articles.mkdir(parents=True)
    (articles / "a.txt").write_text(
        " date 2025-01-20 Poti in 2024\n\nCargo at the Port of Poti reached 7.9 mln tonnes "
        "in 2024.\n", encoding="utf-8")
    (articles / "b.txt").write_text(
        " date 2025-02-03 Georgian ports\n\nThe Port of Poti handled 7.85 million tonnes "
        "in 2024.\n", encoding="utf-8")
    extract_corpus([articles], tmp_path / "data", progress=False)
    snap = Store(tmp_path / "data").snapshot()
    chart = views.series_chart(snap, Filters(), "port throughput", "t")
    assert sorted(chart.points["surface"]) == ["7.85 million tonnes", "7.9 mln tonnes"]
    assert chart.n_series == 1
    assert views.series_chart(snap, Filters(), "cargo volume", "t").points.empty
    # the sidebar's metric filter picks the chart, not the claims drawn on it
    chosen = views.series_chart(snap, Filters(metric="port throughput"), "port throughput", "t")
    assert len(chosen.points) == 2


def test_rcp004_without_reconciliation_tables_the_views_are_empty(
        fixture_data: FixtureData) -> None:
    snap = Store(fixture_data.data_dir).snapshot()
    assert not views.has_tables(snap)
    assert views.disagreements(snap, Filters()) == ([], 0)
    assert views.forecasts(snap, Filters())[1] == 0
    assert views.series_chart(snap, Filters(), "cargo volume", "t").points.empty


# --- figures --------------------------------------------------------------------------------


def test_rcp005_series_figure_has_a_line_per_dated_series_and_rings(
        reconciled: Reconciled) -> None:
    snap = Store(reconciled.data_dir).snapshot()
    chart = views.series_chart(snap, Filters(), "cargo volume", "t")
    implied = pd.DataFrame([{"label": f"{TITR} · full year", "value": 1.6e6, "period": "2022",
                             "x": pd.Timestamp("2022-07-02"), "method": "2.7 / 1.65",
                             "level_claim_id": "abc"}])
    fig = make_series_figure(chart.points, implied, metric="cargo volume", unit="t",
                             note="5 claims")
    names = [t.get("name") for t in fig["data"]]
    lines = [t for t in fig["data"] if t.get("mode") == "lines"]
    assert len(lines) == 1 and lines[0]["y"] == [2.76e6, 4.5e6]  # 2023's median, then 2024
    ring = next(t for t in fig["data"] if t["name"] == "sources disagree")
    assert ring["marker"]["color"] == DISAGREE_COLOUR and len(ring["x"]) == 3
    assert "implied (derived, not reported)" in names
    plotted = {c for t in fig["data"] for c in t.get("customdata", [])}
    assert reconciled.claim("4.2 mln tonnes")["claim_id"] in plotted
    hover = " ".join(h for t in fig["data"] for h in t.get("hovertext", []))
    assert "<script>" not in hover and "&lt;script&gt;" in hover
    assert fig["layout"]["yaxis"].get("type") != "log"


def test_rcp013_series_of_very_different_sizes_get_a_log_axis() -> None:
    points = pd.DataFrame({
        "claim_id": ["a", "b", "c", "d"], "value": [41e9, 31.4e9, 0.13e9, 0.23e9],
        "value_high": [None] * 4, "unit": ["USD"] * 4, "kind": ["actual"] * 4,
        "change": [None] * 4, "period": ["2023", "2023", "2024", "2024"],
        "published": ["2024-03-28"] * 4, "surface": ["x"] * 4, "sentence": ["s"] * 4,
        "outlet": ["o"] * 4, "series_id": ["s1", "s1", "s2", "s2"],
        "label": ["China – Kazakhstan · full year"] * 2 + ["Azerbaijan – Kazakhstan"] * 2,
        "dated": [True] * 4, "disputed": [True] * 4,
        "x": pd.to_datetime(["2023-07-02", "2023-07-02", "2024-07-02", "2024-07-02"])})
    fig = make_series_figure(points, pd.DataFrame(), metric="trade turnover", unit="USD",
                             note="4 claims")
    assert fig["layout"]["yaxis"]["type"] == "log"
    assert "log scale" in fig["layout"]["annotations"][0]["text"]


def test_rcp006_forecast_figure_bars_open_their_projection(reconciled: Reconciled) -> None:
    frame, _ = views.forecasts(Store(reconciled.data_dir).snapshot(), Filters())
    fig = make_forecast_figure(frame)
    [bar] = fig["data"]
    assert bar["x"] == [pytest.approx(-100 * 0.3 / 4.5)]
    assert bar["customdata"] == [reconciled.claim("4.2 mln tonnes")["claim_id"]]
    assert "forecast below" in bar["name"]
    empty = make_forecast_figure(pd.DataFrame())
    assert empty["data"] == [] and "No forecast" in empty["layout"]["annotations"][0]["text"]


# --- pages and callbacks ------------------------------------------------------------------


def test_rcp007_pages_are_registered_in_the_navigation() -> None:
    pages = {p.key: p for p in all_pages()}
    for key, path in (("series", "/series"), ("disagreements", "/disagreements"),
                      ("forecasts", "/forecasts")):
        assert pages[key].path == path and pages[key].in_nav and pages[key].uses_filters


def test_rcp008_disagreements_page_lists_every_source_with_a_link(
        rapp: Any, reconciled: Reconciled) -> None:
    response = call(rapp, "dis-list.children")
    listing = response["dis-list"]["children"]
    links = hrefs(listing)
    for surface in ("2.8 million tonnes", "2.7 million tonnes", "2.76 mln tonnes"):
        assert f"/claim/{reconciled.claim(surface)['claim_id']}" in links
    shown = texts(listing)
    assert HOSTILE_SENTENCE in shown  # as text: React renders strings, never HTML
    assert "3 documents give 2.7 million t to 2.8 million t" in shown
    summary = texts(response["dis-summary"]["children"])
    assert "1" in summary and "disagreements" in summary
    none = call(rapp, "dis-list.children", metric="trade turnover")
    assert "No disagreement" in texts(none["dis-list"]["children"])


def test_rcp009_forecasts_page_chart_and_table(rapp: Any, reconciled: Reconciled) -> None:
    response = call(rapp, "fc-table.children")
    table = response["fc-table"]["children"]
    assert f"/claim/{reconciled.claim('4.2 mln tonnes')['claim_id']}" in hrefs(table)
    assert f"/claim/{reconciled.claim('4.5 mln tonnes')['claim_id']}" in hrefs(table)
    assert "-6.7%" in texts(table)
    assert response["fc-chart"]["figure"]["data"][0]["type"] == "bar"


def test_rcp010_series_page_follows_the_filters(rapp: Any) -> None:
    response = call(rapp, "sr-chart.figure", metric="cargo volume", unit="t")
    assert "Showing cargo volume in t." in response["sr-choice"]["children"]
    assert "one line per series" in response["sr-chart"]["figure"]["layout"]["title"]["text"]
    none = call(rapp, "sr-chart.figure", metric="gas exports", unit="m3")
    assert "No claims match" in none["sr-chart"]["figure"]["layout"]["annotations"][0]["text"]


def test_rcp011_clicking_a_point_opens_its_claim(rapp: Any) -> None:
    client = rapp.server.test_client()
    for graph in ("sr-chart", "fc-chart"):
        [key] = [k for k, spec in rapp.callback_map.items()
                 if any(i["id"] == graph and i["property"] == "clickData"
                        for i in spec["inputs"])]
        outputs = [{"id": "url", "property": part.split(".", 1)[1]}
                   for part in key.strip(".").split("...")]
        click = {"points": [{"customdata": "0123456789abcdef"}]}
        resp = client.post("/_dash-update-component", json={
            "output": key, "outputs": outputs, "changedPropIds": [f"{graph}.clickData"],
            "inputs": [{"id": graph, "property": "clickData", "value": click}], "state": []})
        assert resp.status_code == 200, resp.get_data(as_text=True)[:300]
        body = json.loads(resp.get_data(as_text=True))["response"]
        assert body["url"]["pathname"] == "/claim/0123456789abcdef"


def test_rcp012_derived_tables_download_like_the_rest(rapp: Any, tmp_path: Path) -> None:
    client = rapp.server.test_client()
    for name in ("series", "disagreements", "forecasts", "implied"):
        resp = client.get(f"/download/full/{name}.csv")
        assert resp.status_code == 200, name
        path = tmp_path / f"{name}.csv"
        path.write_bytes(resp.get_data())
        frame = read_csv(path, TABLES[name])
        assert list(frame.columns) == list(TABLES[name].names)
        assert len(frame) >= 1
        resp.close()
    resp = client.get("/download/datapackage.json")
    package = json.loads(resp.get_data(as_text=True))
    resp.close()
    assert {"series", "disagreements", "forecasts", "implied"} <= {
        r["name"] for r in package["resources"]}
