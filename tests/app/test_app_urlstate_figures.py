"""URL state parsing and the figure builders (no browser)."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from appdata import write_synthetic

from dashboard.app.components import highlighted_text, safe_url, text_fragment_url
from dashboard.app.urlstate import filters_from_query, query_from_filters
from dashboard.figures import (
    OKABE_ITO,
    format_value,
    make_topic_metric_figure,
    make_trend_figure,
    trend_note,
)
from dashboard.store import Filters, Store, views


@pytest.mark.parametrize("query, expected", [
    ("", Filters()),
    ("?topic=trade", Filters(topics=("trade",))),
    ("topic=trade&topic=energy&topic=trade", Filters(topics=("energy", "trade"))),
    ("?metric=cargo+volume&unit=t&kind=projection", Filters(metric="cargo volume", unit="t",
                                                            kind="projection")),
    ("?from=2024-01-01&to=2025-12-31", Filters(date_from="2024-01-01", date_to="2025-12-31")),
    ("?from=2025-12-31&to=2024-01-01", Filters(date_from="2024-01-01", date_to="2025-12-31")),
    ("?from=not-a-date&to=2024-02-30", Filters()),
    ("?q=%20Middle%20%20Corridor%20", Filters(text="Middle Corridor")),
    ("?entity=%3Cscript%3E", Filters(entity="<script>")),
    ("?metric=a%00b", Filters(metric="ab")),
    ("?bogus=1&metric=", Filters()),
    ("?" + "&".join(f"x{i}=1" for i in range(100)), Filters()),  # too many fields
    ("?q=" + "x" * 5000, Filters(text="x" * 200)),
    ("%%%&&&==", Filters()),
])
def test_app_url001_query_parsing(query: str, expected: Filters) -> None:
    assert filters_from_query(query) == expected


def test_app_url002_round_trip_and_canonical_form() -> None:
    filters = Filters.build(topics=["trade", "energy"], metric="trade turnover",
                            entity="Kazakhstan", kind="actual", unit="USD",
                            date_from="2024-01-01", date_to="2025-12-31", text="a&b=c #1")
    query = query_from_filters(filters)
    assert query.startswith("?topic=energy&topic=trade&metric=trade+turnover")
    assert filters_from_query(query) == filters
    assert query_from_filters(Filters()) == ""
    assert filters.slug() == "energy_trade_trade-turnover_Kazakhstan_actual_USD_2024-01-01_" \
                             "2025-12-31_search"
    assert Filters.build(topics=["trade"], date_from="2024-01-01",
                         date_to="2025-12-31").slug() == "trade_2024-01-01_2025-12-31"
    assert Filters.build(entity="../../etc/passwd").slug() == "etc-passwd"


@pytest.mark.parametrize("value, unit, high, expected", [
    (529e6, "USD", None, "$529 million"),
    (4.1e6, "t", None, "4.1 million t"),
    (3e12, "KZT", None, "3 trillion KZT"),
    (63, "%", None, "63%"),
    (5, "x", None, "5×"),
    (5e6, "t", 6e6, "5 million–6 million t"),
    (50500, "TEU", None, "50,500 TEU"),
    (1, "day", None, "1 day"),
    (13, "day", 17, "13–17 days"),
    (599, "count", None, "599"),
    (None, "USD", None, "–"),
    (float("nan"), "USD", None, "–"),
])
def test_app_fig001_format_value(value: float | None, unit: str, high: float | None,
                                 expected: str) -> None:
    assert format_value(value, unit, high) == expected


def _points(rows: list[dict]) -> pd.DataFrame:
    frame = pd.DataFrame(rows)
    frame["x"] = pd.to_datetime(frame["x"])
    return frame


def test_app_fig002_trend_kinds_colours_and_escaping() -> None:
    frame = _points([
        {"group": "China", "kind": "actual", "x": "2023-07-02", "value": 1e6, "n": 1,
         "claim_id": "a" * 16, "unit": "t", "value_high": None, "period": "2023",
         "published": "2024-01-01", "outlet": "<b>Outlet</b>",
         "sentence": "<script>alert(1)</script> cargo reached 1 million tonnes"},
        {"group": "China", "kind": "projection", "x": "2026-07-02", "value": 2e6, "n": 1,
         "claim_id": "b" * 16, "unit": "t", "value_high": None, "period": "2026",
         "published": "2024-01-01", "outlet": "X", "sentence": "will reach 2 million"},
    ])
    fig = make_trend_figure(frame, metric="cargo volume", unit="t", note="2 claims",
                            aggregated=False)
    data = [t for t in fig["data"] if t.get("customdata")]
    actual, projection = data
    assert actual["marker"]["symbol"] == "circle"
    assert projection["marker"]["symbol"] == "circle-open"
    assert projection["line"]["dash"] == "dash"
    assert actual["marker"]["color"] == OKABE_ITO[0]
    assert actual["customdata"] == ["a" * 16] and actual["x"] == ["2023-07-02"]
    hover = actual["hovertext"][0]
    assert "<script>" not in hover and "&lt;script&gt;" in hover
    assert "&lt;b&gt;Outlet&lt;/b&gt;" in hover and "1 million t" in hover
    assert fig["layout"]["annotations"][0]["text"] == "2 claims"
    json.dumps(fig)  # plain data, ready for Dash


def test_app_fig003_topic_metric_figure_and_empty() -> None:
    counts = pd.DataFrame({"topic": ["trade", "logistics"], "metric": ["exports", "<i>x</i>"],
                           "count": [5, 3]})
    fig = make_topic_metric_figure(counts)
    labels = [y for trace in fig["data"] for y in trace["y"]]
    assert "&lt;i&gt;x&lt;/i&gt; · logistics" in labels
    empty = make_topic_metric_figure(counts.iloc[0:0])
    assert "No claims" in empty["layout"]["annotations"][0]["text"]


def test_app_fig004_large_series_are_aggregated_under_the_payload_cap(tmp_path: Path) -> None:
    """Many claims become bucket medians; the figure stays far below 200 KB."""
    write_synthetic(tmp_path, 60_000, seed=3)
    snap = Store(tmp_path).snapshot()
    series = views.series(snap, Filters(), "cargo volume", "t")
    assert series.aggregated and series.n_claims > views.POINT_CAP
    fig = make_trend_figure(series.frame, metric="cargo volume", unit="t",
                            note=trend_note(series.n_claims, True, series.bucket),
                            aggregated=True)
    payload = json.dumps(fig)
    assert len(payload) < 200_000
    assert "medians per" in fig["layout"]["annotations"][0]["text"]
    assert len({t["name"] for t in fig["data"] if t.get("customdata")}) <= views.MAX_GROUPS + 1


def test_app_fig005_highlighted_text_is_text_and_skips_bad_offsets() -> None:
    text = "A <b>5%</b> rise and 7 trains."
    claims = [
        {"claim_id": "c1", "start": 5, "end": 7, "surface": "5%", "kind": "actual",
         "value": 5.0, "unit": "%", "metric": "growth"},
        {"claim_id": "c2", "start": 21, "end": 30, "surface": "WRONG", "kind": "actual"},
        {"claim_id": "c3", "start": 21, "end": 22, "surface": "7", "kind": "projection",
         "value": 7.0, "unit": "count"},
    ]
    children = highlighted_text(text, claims, focus_id="c3")
    strings = [c for c in children if isinstance(c, str)]
    assert strings[0] == "A <b>"  # a plain string: React renders it as text
    focus = [c for c in children if getattr(c, "id", None) == "focus-claim"]
    assert len(focus) == 1 and focus[0].children == ["7"]
    rebuilt = "".join(c if isinstance(c, str) else "".join(c.children) for c in children)
    assert rebuilt == text


def test_app_fig007_bidi_controls_are_shown_not_obeyed() -> None:
    text = "total \u202e005$\u202c today"
    claims = [{"claim_id": "c1", "start": 7, "end": 11, "surface": "005$", "kind": "actual",
               "value": 5.0, "unit": "USD"}]
    children = highlighted_text(text, claims)
    flat = json.dumps([c if isinstance(c, str) else c.to_plotly_json() for c in children],
                      default=lambda o: o.to_plotly_json())
    assert "\\u202e" not in flat.lower() and "[RLO]" in flat and "[PDF]" in flat


def test_app_fig006_external_links_are_http_only() -> None:
    assert safe_url("javascript:alert(1)") is None
    assert safe_url("data:text/html,x") is None
    assert safe_url("//evil.example/x") is None
    assert safe_url("https://a.example/x") == "https://a.example/x"
    sentence = "Since 2020, trade turnover has surged fivefold, reaching $529-million."
    url = text_fragment_url("https://a.example/n#old", sentence)
    assert url is not None and url.startswith("https://a.example/n#:~:text=")
    fragment = url.split("#:~:text=")[1]
    start, end = fragment.split(",")  # one bare comma: it separates start and end
    assert start == "Since%202020%2C%20trade%20turnover"
    assert end == "surged%20fivefold%2C%20reaching%20%24529%2Dmillion."
    assert "-" not in fragment
    assert text_fragment_url("javascript:x", "a b") is None
