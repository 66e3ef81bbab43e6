"""Layouts and callbacks, exercised through Dash's HTTP endpoints without a browser."""

from __future__ import annotations

import json
from typing import Any

import pytest
from appdata import FixtureData, controls, dash_post

from dashboard.app import create_app
from dashboard.app.pages import all_pages
from dashboard.app.registry import PageContext, find_page
from dashboard.store import Filters, Store


def response_of(resp: Any) -> dict[str, Any]:
    assert resp.status_code == 200, resp.get_data(as_text=True)[:500]
    return json.loads(resp.get_data(as_text=True))["response"]


def collect_ids(component: Any) -> set[str]:
    found: set[str] = set()
    stack = [component]
    while stack:
        node = stack.pop()
        if isinstance(node, (list, tuple)):
            stack.extend(node)
            continue
        ident = getattr(node, "id", None)
        if isinstance(ident, str):
            found.add(ident)
        children = getattr(node, "children", None)
        if children is not None and not isinstance(children, str):
            stack.append(children)
    return found


def test_app010_every_page_renders_and_callback_ids_exist(app: Any,
                                                         fixture_data: FixtureData) -> None:
    """Every id a callback names is in the shell or in some page's layout."""
    store = Store(fixture_data.data_dir)
    claim = fixture_data.claims[0]
    paths = {"source": f"/source/{claim['doc_id']}", "claim": f"/claim/{claim['claim_id']}"}
    ids = collect_ids(app.layout() if callable(app.layout) else app.layout)
    for page in all_pages():
        found = find_page(all_pages(), paths.get(page.key, page.path))
        assert found is not None and found[0].key == page.key
        ids |= collect_ids(page.layout(PageContext(store, found[1], Filters())))
    for key, spec in app.callback_map.items():
        for item in [*spec["inputs"], *spec["state"]]:
            if not item["id"].startswith("{"):
                assert item["id"] in ids, f"{item['id']} (callback {key}) is in no layout"


@pytest.mark.parametrize("path, key", [("/", "overview"), ("/explore/", "explore"),
                                       ("/claim/abc_DEF-1.2", "claim"),
                                       ("/claim/a/b", None), ("/claim/<script>", None),
                                       ("/source/" + "x" * 200, None), ("/nope", None)])
def test_app011_routing(path: str, key: str | None) -> None:
    found = find_page(all_pages(), path)
    assert (found[0].key if found else None) == key


def route(client: Any, app: Any, pathname: str, search: str = "") -> dict[str, Any]:
    nav = [{"id": {"type": "nav", "key": p.key}, "property": "className"}
           for p in all_pages() if p.in_nav]
    outputs = [{"id": "page-content", "property": "children"},
               {"id": "filters-panel", "property": "hidden"}, nav,
               {"id": "error-banner", "property": "hidden"}]
    return response_of(dash_post(client, app, "page-content.children",
                                 {"url.pathname": pathname}, {"url.search": search},
                                 outputs=outputs))


def test_app012_route_callback_builds_pages_and_hides_filters(client: Any, app: Any,
                                                              fixture_data: FixtureData) -> None:
    claim = fixture_data.claims[3]
    result = route(client, app, f"/claim/{claim['claim_id']}", "?topic=trade")
    assert result["filters-panel"]["hidden"] is True
    text = json.dumps(result["page-content"]["children"])
    assert '"focus-claim"' in text and json.dumps(claim["surface"]) in text
    assert "No such claim" in json.dumps(route(client, app, "/claim/ffffffffffffffff"))
    assert "Page not found" in json.dumps(route(client, app, "/no/such/page"))
    overview = route(client, app, "/")
    assert overview["filters-panel"]["hidden"] is False


def test_app013_url_and_panel_stay_in_step(client: Any, app: Any) -> None:
    restored = response_of(dash_post(
        client, app, "url.search...f-topic.value",
        {"url.search": "?topic=trade&kind=projection&from=2023-01-01", **controls()},
        changed=["url.search"]))
    assert restored["f-topic"]["value"] == ["trade"]
    assert restored["f-kind"]["value"] == "projection"
    assert restored["f-dates"]["start_date"] == "2023-01-01"
    assert "url" not in restored  # the URL is already right
    chosen = response_of(dash_post(
        client, app, "url.search...f-topic.value",
        {"url.search": "", **controls(topic=["energy", "trade"], text="china")},
        changed=["f-topic.value"]))
    assert chosen["url"]["search"] == "?topic=energy&topic=trade&q=china"
    cleared = response_of(dash_post(
        client, app, "url.search...f-topic.value",
        {"url.search": "?topic=trade", **controls(topic=["trade"]), "f-clear.n_clicks": 1},
        changed=["f-clear.n_clicks"]))
    assert cleared["url"]["search"] == "" and cleared["f-topic"]["value"] == []


def test_app014_facet_counts(client: Any, app: Any, fixture_data: FixtureData) -> None:
    result = response_of(dash_post(client, app, "f-matching.children",
                                   {**controls(topic=["trade"]), "url.pathname": "/"}))
    trade = fixture_data.claims_where(topic="trade")
    assert result["f-matching"]["children"] == (f"{len(trade):,} of "
                                                f"{len(fixture_data.claims):,} claims match")
    labels = {o["value"]: o["label"] for o in result["f-topic"]["options"]}
    assert labels["trade"] == f"trade ({len(trade)})"  # topic counts ignore the topic filter
    kinds = [o["value"] for o in result["f-kind"]["options"]]
    assert kinds[0] == "" and set(kinds[1:]) <= {"actual", "projection"}


def test_app015_overview_callback(client: Any, app: Any, fixture_data: FixtureData) -> None:
    resp = dash_post(client, app, "ov-summary.children", controls(metric="cargo volume",
                                                                   unit="t"))
    assert len(resp.get_data()) < 200_000
    result = response_of(resp)
    figure = result["ov-trend"]["figure"]
    plotted = {cid for trace in figure["data"] for cid in (trace.get("customdata") or [])}
    expected = fixture_data.claims_where(metric="cargo volume", unit="t")
    assert plotted == {c["claim_id"] for c in expected}
    assert "cargo volume" in figure["layout"]["title"]["text"]
    assert "Showing cargo volume in t." in result["ov-trend-help"]["children"]
    empty = response_of(dash_post(client, app, "ov-summary.children",
                                  controls(topic=["nothing"])))
    assert "No claims match" in json.dumps(empty["ov-trend"]["figure"])


def test_app016_clicking_a_point_opens_its_claim(client: Any, app: Any) -> None:
    result = response_of(dash_post(client, app, "..url.pathname...url.search@",
                                   {"ov-trend.clickData": {"points": [{"customdata":
                                                                       "0123abcd0123abcd"}]}}))
    assert result["url"] == {"pathname": "/claim/0123abcd0123abcd", "search": ""}
    resp = dash_post(client, app, "..url.pathname...url.search@",
                     {"ov-trend.clickData": {"points": [{}]}})
    assert resp.status_code in (200, 204) and "pathname" not in resp.get_data(as_text=True)


def test_app017_grid_rows_are_paged_and_sorted_on_the_server(client: Any, app: Any,
                                                             fixture_data: FixtureData) -> None:
    result = response_of(dash_post(client, app, "ex-grid-box.children",
                                   controls(topic=["logistics"])))
    grid = result["ex-grid-box"]["children"]
    assert grid["props"]["id"] == {"type": "claims-grid", "q": "?topic=logistics"}
    grid_id = {"type": "claims-grid", "q": "?topic=logistics"}
    key = '{"q":["MATCH"],"type":"claims-grid"}.getRowsResponse'
    body = {"output": key, "outputs": {"id": grid_id, "property": "getRowsResponse"},
            "inputs": [{"id": grid_id, "property": "getRowsRequest",
                        "value": {"startRow": 0, "endRow": 5,
                                  "sortModel": [{"colId": "value_text", "sort": "asc"}]}}],
            "state": [], "changedPropIds": [json.dumps(grid_id) + ".getRowsRequest"]}
    rows = response_of(client.post("/_dash-update-component", json=body))
    response = rows[json.dumps(grid_id, separators=(",", ":"), sort_keys=True)]
    page = response["getRowsResponse"]
    logistics = fixture_data.claims_where(topic="logistics")
    assert page["rowCount"] == len(logistics)
    assert len(page["rowData"]) == 5
    values = sorted(c["value"] for c in logistics)[:5]
    by_id = {c["claim_id"]: c for c in logistics}
    assert [by_id[r["claim_id"]]["value"] for r in page["rowData"]] == values
    assert page["rowData"][0]["open"] == f"[Open](/claim/{page['rowData'][0]['claim_id']})"


def test_app018_download_links_follow_the_filters(client: Any, app: Any) -> None:
    result = response_of(dash_post(client, app, "dl-summary.children",
                                   controls(topic=["trade"])))
    assert result["dl-view-csv"]["href"] == "/download/view.csv?topic=trade"
    assert "claims_trade.csv" in result["dl-summary"]["children"]


def test_app019_a_failing_callback_shows_a_message_not_a_traceback(
        fixture_data: FixtureData, monkeypatch: pytest.MonkeyPatch) -> None:
    store = Store(fixture_data.data_dir)
    broken = create_app(fixture_data.data_dir, store=store)

    def explode() -> None:
        raise RuntimeError("secret detail /etc/shadow")

    monkeypatch.setattr(store, "snapshot", explode)
    resp = dash_post(broken.server.test_client(), broken, "ov-summary.children", controls())
    body = resp.get_data(as_text=True)
    assert "Traceback" not in body and "secret detail" not in body and "File \"" not in body
    assert resp.status_code in (200, 204)
    if resp.status_code == 200:
        side = json.loads(body).get("sideUpdate", {})
        assert "went wrong" in json.dumps(side)
