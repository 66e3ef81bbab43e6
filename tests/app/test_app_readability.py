"""What a reader sees: values, kinds and periods named the same way on every page, and
charts that offer nothing that would send data off the machine (no browser needed)."""

from __future__ import annotations

import json
from typing import Any

import pandas as pd
import pytest
from appdata import FixtureData, dash_post

from dashboard.app.components import value_text
from dashboard.app.pages import all_pages
from dashboard.app.pages.explore import count_text, grid_row
from dashboard.app.pages.forecasts import _outcome_links
from dashboard.app.pages.series import readable_log_ticks
from dashboard.app.pages.source import claim_layout
from dashboard.app.registry import PageContext, find_page
from dashboard.app.shell import _options
from dashboard.store import Filters, Store


@pytest.mark.parametrize("row, expected", [
    ({"value": 63.0, "unit": "%", "change": "increase"}, "+63%"),
    ({"value": 9.3, "unit": "%", "change": "decrease"}, "−9.3%"),
    ({"value": -5.0, "unit": "%", "change": "decrease"}, "−5%"),  # "-5%": never "−−5%"
    ({"value": 5e6, "unit": "USD", "change": "increase"}, "+$5 million"),
    ({"value": 5.0, "value_high": 6.0, "unit": "%", "change": "increase"}, "+5–6%"),
    ({"value": 5.0, "unit": "x", "change": "increase"}, "5×"),  # a multiplier says its way
    ({"value": 0.981, "unit": "x", "change": "decrease"}, "0.981×"),
    ({"value": 50.0, "unit": "%", "change": None}, "50%"),  # a share is a level
    ({"value": float("nan"), "unit": "%", "change": "increase"}, "–"),
])
def test_read001_a_change_carries_its_sign(row: dict[str, Any], expected: str) -> None:
    assert value_text(row) == expected


def test_read002_grid_rows_name_kinds_and_missing_periods_as_the_filters_do() -> None:
    row = grid_row({"claim_id": "abc", "kind": "actual", "period": None, "value": 50.0,
                    "unit": "%", "change": "increase", "entities": ["Azerbaijan"]})
    assert row["kind"] == "reported" and row["period"] == "not stated"
    assert row["value_text"] == "+50%"
    assert grid_row({"claim_id": "d", "kind": "projection", "period": "2030"})["kind"] == \
        "projection"


def test_read003_no_match_says_what_to_do() -> None:
    assert "Clear filters" in count_text(0)
    assert count_text(1234) == "1,234 claims match."


def test_read004_claim_page_names_the_kind_as_the_filter_does(fixture_data: FixtureData) -> None:
    claim = fixture_data.claims_where(kind="actual")[0]
    page = claim_layout(PageContext(Store(fixture_data.data_dir),
                                    {"claim_id": claim["claim_id"]}, Filters()))
    kinds = [f["Kind"] for f in _field_lists(page)]
    assert kinds == ["reported", "reported"]  # the key fields and all fields


def _walk(component: Any) -> list[Any]:
    found, stack = [], [component]
    while stack:
        node = stack.pop()
        if isinstance(node, (list, tuple)):
            stack.extend(node)
            continue
        found.append(node)
        children = getattr(node, "children", None)
        if children is not None and not isinstance(children, str):
            stack.append(children)
    return found


def _field_lists(component: Any) -> list[dict[str, Any]]:
    """Each definition list's label -> value."""
    lists = [n for n in _walk(component) if type(n).__name__ == "Dl"]
    return [{dt.children: dd.children for dt, dd in zip(dl.children[::2], dl.children[1::2],
                                                        strict=True)} for dl in lists]


def test_read005_no_chart_offers_to_upload_itself_to_plotly_cloud(
        fixture_data: FixtureData) -> None:
    """Plotly's "Share chart..." button sends the figure, sentences and all, to
    cloud.plotly.com: an offline tool must not offer it."""
    store = Store(fixture_data.data_dir)
    graphs = []
    for page in all_pages():
        found = find_page(all_pages(), page.path)
        if found is not None:
            graphs += [n for n in _walk(page.layout(PageContext(store, found[1], Filters())))
                       if type(n).__name__ == "Graph"]
    assert len(graphs) >= 4
    for graph in graphs:
        assert graph.config.get("showSendToCloud") is False, graph.id


def test_read006_log_axis_ticks_are_labelled_in_full() -> None:
    """Plotly labels a log axis's minor ticks with bare digits ("5" above "10B")."""
    figure = {"data": [{"y": [3.1e7, 4.1e10, None]}, {"y": [2.3e8]}],
              "layout": {"yaxis": {"type": "log"}}}
    yaxis = readable_log_ticks(figure)["layout"]["yaxis"]
    labels = dict(zip(yaxis["ticktext"], yaxis["tickvals"], strict=True))
    assert labels["20M"] == 2e7 and labels["50B"] == 5e10 and labels["100M"] == 1e8
    assert all(t[-1] in "MB" for t in labels)
    wide = readable_log_ticks({"data": [{"y": [5, 2e9]}], "layout": {"yaxis": {"type": "log"}}})
    assert wide["layout"]["yaxis"]["ticktext"] == ["1", "10", "100", "1k", "10k", "100k", "1M",
                                                    "10M", "100M", "1B", "10B"]
    linear = {"data": [{"y": [1, 2]}], "layout": {"yaxis": {"rangemode": "tozero"}}}
    assert "tickvals" not in readable_log_ticks(linear)["layout"]["yaxis"]


def test_read007_a_folded_filter_panel_still_says_what_is_chosen(client: Any, app: Any) -> None:
    """Phones fold the panel: a shared link must not hide which filters made the view."""
    def active(**values: Any) -> str:
        inputs = {f"f-{k}.value": v for k, v in values.items()}
        resp = dash_post(client, app, "f-matching.children", {**inputs, "url.pathname": "/"})
        assert resp.status_code == 200
        return str(json.loads(resp.get_data(as_text=True))["response"]["f-active"]["children"])

    assert active(metric="cargo volume", kind="actual") == "metric cargo volume; kind reported"
    assert active() == ""


def test_read008_kind_radios_keep_their_order_and_choices() -> None:
    """Radios that swap places as counts change, or vanish at zero, lose keyboard users."""
    few_reported = _options("kind", [("actual", 1), ("projection", 7)], {None})
    assert [o["label"] for o in few_reported] == ["any (8)", "reported (1)", "projection (7)"]
    none_reported = _options("kind", [("projection", 4)], {None})
    assert [o["value"] for o in none_reported] == ["", "actual", "projection"]
    assert none_reported[1]["label"] == "reported (0)"


def test_read009_links_that_read_alike_are_named_apart(fixture_data: FixtureData) -> None:
    """Seven "CSV" links on the Downloads page: each names its table for a screen reader."""
    store = Store(fixture_data.data_dir)
    found = find_page(all_pages(), "/downloads")
    assert found is not None
    links = [n for n in _walk(found[0].layout(PageContext(store, {}, Filters())))
             if type(n).__name__ == "A" and n.children in ("CSV", "JSON")]
    names = [getattr(n, "aria-label") for n in links]
    assert "This view as CSV" in names and "Numeric claims as CSV" in names
    assert len(set(names)) == len(names)


def test_read010_numbered_outcome_links_have_full_names() -> None:
    """A forecast's outcome links show "1", "2" but are read as "Reported figure 1 of 2"."""
    parts = _outcome_links({"actual": 4.5e6, "unit": "t", "actual_claim_ids": ["a1", "b2"]})
    links = [p for p in parts if type(p).__name__ == "Link"]
    names = ["".join(c if isinstance(c, str) else c.children for c in link.children)
             for link in links]
    assert names == ["Reported figure 1 of 2", "Reported figure 2 of 2"]
    assert parts[0] == "4.5 million t"


def test_read011_a_chosen_value_the_data_lacks_stays_among_the_options() -> None:
    options = _options("metric", [("cargo volume", 5), ("exports", 0)], {"cargo volum"})
    assert [o["label"] for o in options] == ["cargo volume (5)", "cargo volum (0)"]
    kinds = _options("kind", [("actual", 3)], {"guess"})
    assert [o["value"] for o in kinds] == ["", "actual", "projection", "guess"]


def test_read012_a_pasted_url_brings_the_options_its_values_need(client: Any, app: Any) -> None:
    """Dash 4 dropdowns drop a value that is not among their options: the URL's values come
    with options that hold them, in the same response."""
    resp = dash_post(client, app, "url.search...f-topic.value",
                     {"url.search": "?metric=cargo+volum"}, changed=["url.search"])
    restored = json.loads(resp.get_data(as_text=True))["response"]
    assert restored["f-metric"]["value"] == "cargo volum"
    assert {"label": "cargo volum (0)", "value": "cargo volum"} in restored["f-metric"]["options"]


def test_read013_every_page_says_its_language(client: Any) -> None:
    for path in ("/", "/explore?topic=trade", "/claim/nothing", "/no/such/page"):
        assert '<html lang="en">' in client.get(path).get_data(as_text=True)


def test_read014_labels_say_what_rows_and_cells_hold() -> None:
    """"Latest value per metric and entity" listed China–Kazakhstan turnover twice ($31.4
    billion and 50%): it is per metric, unit and entities. Cut-off route names get a tooltip."""
    from dashboard.app.pages.explore import COLUMNS
    from dashboard.app.pages.overview import _latest_table

    frame = pd.DataFrame([{"claim_id": "a", "metric": "trade turnover", "group": "China",
                           "value": 50.0, "unit": "%"}])
    caption = _latest_table(frame, 1).children[0].children
    assert "metric, unit and entities" in caption
    for field in ("entities_text", "metric", "outlet"):  # cut off at their width
        assert next(c for c in COLUMNS if c["field"] == field)["tooltipField"] == field


def test_read015_who_said_it_comes_before_the_long_sentence() -> None:
    """'Who reported what over the years': value, period, date and outlet are on screen
    without scrolling past the sentence column."""
    from dashboard.app.pages.explore import COLUMNS

    fields = [c["field"] for c in COLUMNS]
    assert fields.index("outlet") < fields.index("sentence")
    assert fields[:7] == ["open", "value_text", "metric", "entities_text", "period",
                          "published", "outlet"]
    assert sum(c["width"] for c in COLUMNS[:7]) <= 930  # the grid's width at 1280 px


def test_read016_an_empty_chart_takes_no_chart_sized_room(client: Any, app: Any) -> None:
    """'No claims match' sat in a 620 px blank box: the box shrinks when there is no chart."""
    def box(output: str, key: str, **values: Any) -> str:
        inputs = {f"f-{k}.value": v for k, v in values.items()}
        resp = dash_post(client, app, output, inputs)
        return str(json.loads(resp.get_data(as_text=True))["response"][key]["className"])

    assert box("ov-summary.children", "ov-trend-box", text="zzz no such words") == \
        "chart-trend empty"
    assert box("ov-summary.children", "ov-trend-box") == "chart-trend"
    assert box("sr-choice.children", "sr-chart-box", text="zzz no such words") == \
        "chart-trend empty"


def test_read017_a_fall_is_drawn_below_zero_and_said_with_its_sign(
        tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Metric over time mixes levels and changes of one unit ("cargo volume, %": shares and
    growth rates): a decrease is plotted at minus its size, its hover says "−14%", and the
    help line says how many points are changes; a multiplier stays as it is."""
    from appdata import build_documents, write_dataset

    from dashboard.figures import make_trend_figure
    from dashboard.store import views

    claims, documents = build_documents(n_docs=3)
    plan = [(14.0, "%", "decrease"), (20.0, "%", "increase"), (35.0, "%", None),
            (0.5, "x", "decrease")]
    for claim, (value, unit, change) in zip(claims, plan * len(claims), strict=False):
        claim.update(value=value, value_high=None, unit=unit, change=change,
                     metric="cargo volume")
    write_dataset(tmp_path, claims, documents)
    snap = Store(tmp_path).snapshot()
    series = views.series(snap, Filters(), "cargo volume", "%")
    by_change = dict(zip(series.frame["change"].fillna("level"), series.frame["value"],
                         strict=False))
    assert by_change == {"decrease": -14.0, "increase": 20.0, "level": 35.0}
    assert series.n_changes == int((series.frame["change"].notna()).sum()) > 0
    figure = make_trend_figure(series.frame, metric="cargo volume", unit="%", note="",
                               aggregated=False)
    hovers = [h for trace in figure["data"] for h in trace.get("hovertext", [])]
    assert any(h.startswith("<b>−14%</b>") for h in hovers)
    assert any(h.startswith("<b>+20%</b>") for h in hovers)
    assert any(h.startswith("<b>35%</b>") for h in hovers)
    times = views.series(snap, Filters(), "cargo volume", "x").frame["value"]
    assert set(times) == {0.5}  # "halved" is 0.5×, not -0.5
    monkeypatch.setattr(views, "POINT_CAP", 1)
    medians = views.series(snap, Filters(), "cargo volume", "%").frame["value"]
    assert medians.min() < 0  # a bucket of falls has a median below zero


@pytest.mark.parametrize("period, expected", [
    ("2024", "2024"), ("2024-03", "Mar 2024"), ("2024-03-11", "11 Mar 2024"),
    ("2024-Q3", "Q3 2024"), ("2024-H1", "H1 2024"), ("2024-01/2024-11", "Jan–Nov 2024"),
    ("2021/2024", "2021–2024"), ("2019-12/2020-01", "Dec 2019–Jan 2020"),
    ("2024-07/2025-06", "Jul 2024–Jun 2025"), ("2020/..", "2020 onwards"),
    ("2024-Q2/..", "Q2 2024 onwards"), (None, "not stated"), ("", "not stated"),
    ("2024-13", "2024-13"), ("garbage", "garbage"),  # not a period the parser writes: as is
])
def test_read018_periods_read_as_a_reader_says_them(period: str | None, expected: str) -> None:
    from dashboard.figures import readable_period

    assert readable_period(period) == expected


def test_read019_pages_show_periods_readably_and_the_claim_page_keeps_the_iso_form(
        tmp_path: Any) -> None:
    from appdata import build_documents, write_dataset

    claims, documents = build_documents(n_docs=2)
    claims[0]["period"] = "2024-01/2024-11"
    write_dataset(tmp_path, claims, documents)
    page = claim_layout(PageContext(Store(tmp_path), {"claim_id": claims[0]["claim_id"]},
                                    Filters()))
    periods = [f["Period"] for f in _field_lists(page)]
    assert periods and all(p == "Jan–Nov 2024 (2024-01/2024-11)" for p in periods)
    assert grid_row({**claims[0], "kind": "actual"})["period"] == "Jan–Nov 2024"
