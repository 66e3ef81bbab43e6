"""The "figure refers to" year filter without a browser: reading a period as years, the
filter's normalisation, file names, URLs, the mask and the words that describe it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest
from appdata import FixtureData

from dashboard.store import Filters, Store
from dashboard.store.periods import period_years

# (period as the parser writes it, years it touches: first, last (None: open), or None)
PERIOD_YEARS: list[tuple[str | None, tuple[int, int | None] | None]] = [
    ("2023", (2023, 2023)),                 # a closed year
    ("2024-03", (2024, 2024)),              # a month
    ("2024-03-11", (2024, 2024)),           # a day
    ("2024-Q3", (2024, 2024)),              # a quarter
    ("2024-H1", (2024, 2024)),              # a half year
    ("2024-01/2024-11", (2024, 2024)),      # months of one year
    ("2019-12/2020-01", (2019, 2020)),      # months across a new year
    ("2021/2024", (2021, 2024)),            # years
    ("2024/2021", (2021, 2024)),            # reversed bounds, read as the midpoint reads them
    ("2020/..", (2020, None)),              # open: every year from 2020 on
    ("2024-Q2/..", (2024, None)),           # open from a quarter
    (None, None), ("", None),               # unknown
    ("garbage", None), ("2024-13", None), ("2024-02-30", None), ("2024-Q5", None),
    ("../2024", None), ("2020/..x", None), ("2020/2021/2022", None), ("/2024", None),
    ("..", None), ("20245", None),
]


@pytest.mark.parametrize("period, expected", PERIOD_YEARS)
def test_app_year001_period_years(period: str | None,
                                  expected: tuple[int, int | None] | None) -> None:
    assert period_years(period) == expected


@pytest.mark.parametrize("raw, expected", [
    ({}, (None, None)),
    ({"year_from": 2030, "year_to": 2030}, (2030, 2030)),
    ({"year_from": " 2025 ", "year_to": "2030"}, (2025, 2030)),
    ({"year_from": 2031, "year_to": "2025"}, (2025, 2031)),   # swapped back
    ({"year_from": 2030.0}, (2030, None)),                     # a JSON number
    ({"year_to": "1850"}, (None, 1900)),                       # clamped to the sane range
    ({"year_from": 99999}, (2100, None)),
    ({"year_from": "20x0", "year_to": ""}, (None, None)),      # bad input: no bound
    ({"year_from": True, "year_to": [2030]}, (None, None)),
    ({"year_from": "-2030", "year_to": "2e3"}, (None, None)),
    ({"year_from": 2030.5, "year_to": float("nan")}, (None, None)),
    ({"year_from": "1" * 200}, (None, None)),
])
def test_app_year002_filters_normalise_the_years(raw: dict[str, Any],
                                                 expected: tuple[int | None, int | None]) -> None:
    filters = Filters.build(**raw)
    assert (filters.year_from, filters.year_to) == expected


@pytest.mark.parametrize("raw, slug", [
    ({"year_from": 2030, "year_to": 2030}, "years-2030"),
    ({"year_from": 2025, "year_to": 2030}, "years-2025-2030"),
    ({"year_from": 2025}, "years-2025-on"),
    ({"year_to": 2030}, "years-upto-2030"),
    ({"topics": ["trade"], "date_from": "2024-01-01", "year_from": 2030, "text": "x"},
     "trade_2024-01-01_end_years-2030-on_search"),
])
def test_app_year003_the_years_name_the_downloaded_file(raw: dict[str, Any], slug: str) -> None:
    assert Filters.build(**raw).slug() == slug


def test_app_year004_urls_carry_the_years_and_old_links_still_work() -> None:
    from dashboard.app.urlstate import filters_from_query, query_from_filters

    filters = Filters.build(topics=["trade"], date_from="2024-01-01", year_from=2025,
                            year_to=2030, text="rail")
    query = query_from_filters(filters)
    assert query == "?topic=trade&from=2024-01-01&yfrom=2025&yto=2030&q=rail"
    assert filters_from_query(query) == filters
    assert filters_from_query("?yto=2030") == Filters(year_to=2030)
    assert filters_from_query("?yfrom=2031&yto=2025") == Filters(year_from=2025, year_to=2031)
    assert filters_from_query("?yfrom=soon&yto=") == Filters()
    old = filters_from_query("?topic=trade&from=2024-01-01&to=2025-12-31")
    assert (old.year_from, old.year_to) == (None, None) and old.topics == ("trade",)


def test_app_year005_the_active_filters_say_the_years() -> None:
    from dashboard.app.components import describe

    assert describe(Filters.build(year_from=2030, year_to=2030)) == "figure refers to 2030"
    assert describe(Filters.build(year_from=2025, year_to=2030)) == "figure refers to 2025–2030"
    assert describe(Filters.build(year_from=2025)) == "figure refers to 2025 or later"
    assert describe(Filters.build(kind="projection", year_to=2030)) == \
        "kind projection; figure refers to 2030 or earlier"


# --- the mask on a small dataset with every kind of period ---------------------------------

MASK_CASES: list[tuple[dict[str, Any], set[str | None]]] = [
    # (year bounds, the periods that pass); "2020/.." is a projection's (open into the
    # future), "2021/.." a reported figure's, published in 2025 (it runs up to 2025)
    ({"year_from": 2030, "year_to": 2030}, {"2030", "2020/.."}),
    ({"year_from": 2024, "year_to": 2024},
     {"2024-03", "2024-Q3", "2024-H1", "2024-01/2024-11", "2021/2024", "2020/..", "2021/.."}),
    ({"year_from": 2019, "year_to": 2019}, {"2019-12/2020-01"}),
    ({"year_from": 2022, "year_to": 2023}, {"2023", "2021/2024", "2020/..", "2021/.."}),
    ({"year_to": 2020}, {"2019-12/2020-01", "2020/.."}),
    ({"year_from": 2025, "year_to": 2025}, {"2020/..", "2021/.."}),
    ({"year_from": 2026}, {"2030", "2020/.."}),
    ({"year_from": 2040}, {"2020/.."}),
    ({"year_to": 1990}, set()),
]
SMALL_PERIODS = ["2023", "2024-03", "2024-Q3", "2024-H1", "2024-01/2024-11", "2021/2024",
                 "2019-12/2020-01", "2020/..", "2021/..", "2030", None, "garbage"]


@pytest.fixture(scope="module")
def small_snapshot(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from appdata import build_documents, write_dataset

    claims, documents = build_documents(n_docs=4)
    for i, claim in enumerate(claims):
        claim["period"] = SMALL_PERIODS[i % len(SMALL_PERIODS)]
        if claim["period"] == "2020/..":
            claim["kind"] = "projection"
        elif claim["period"] == "2021/..":
            claim["kind"], claim["published"] = "actual", "2025-06-01"
    data_dir: Path = tmp_path_factory.mktemp("periods")
    write_dataset(data_dir, claims, documents)
    return Store(data_dir).snapshot()


@pytest.mark.parametrize("bounds, passing", MASK_CASES)
def test_app_year006_the_mask_keeps_periods_that_overlap(small_snapshot: Any,
                                                         bounds: dict[str, Any],
                                                         passing: set[str | None]) -> None:
    snap = small_snapshot
    assert snap.n >= len(SMALL_PERIODS)
    periods = snap.claims["period"].to_pylist()
    mask = snap.mask(Filters.build(**bounds))
    assert {periods[i] for i in np.flatnonzero(mask)} == passing
    expected = np.array([p in passing for p in periods])
    assert (mask == expected).all()  # every claim of a passing period, and no other
    assert snap.mask(Filters()).all()  # no bounds: claims without a period are back
    assert snap.period_year_range == (2019, 2030)


def test_app_year007_facets_views_and_downloads_follow_the_years(
        client: Any, fixture_data: FixtureData) -> None:
    from dashboard.store import views

    snap = Store(fixture_data.data_dir).snapshot()
    filters = Filters.build(year_from=2026, kind="projection")
    kept = [c for c in fixture_data.claims
            if c["period"] and int(c["period"]) >= 2026 and c["kind"] == "projection"]
    assert 0 < len(kept) < len(fixture_data.claims)
    assert views.summary(snap, filters).claims == len(kept)
    topic_counts = dict(snap.facets(filters)["topic"])
    assert sum(topic_counts.values()) == len(kept)
    resp = client.get("/download/view.csv?kind=projection&yfrom=2026")
    assert resp.headers["Content-Disposition"] == \
        'attachment; filename="claims_projection_years-2026-on.csv"'
    body = resp.get_data(as_text=True)
    resp.close()
    assert sum(c["claim_id"] in body for c in fixture_data.claims) == len(kept)


def test_app_year008_panel_and_url_keep_the_years_in_step(client: Any, app: Any,
                                                          fixture_data: FixtureData) -> None:
    """A pasted URL sets the year dropdowns (with options that hold its years, even one
    outside the data's), choosing years writes the URL, and the count follows."""
    import json

    from appdata import dash_post

    def response(resp: Any) -> dict[str, Any]:
        assert resp.status_code == 200, resp.get_data(as_text=True)[:300]
        return dict(json.loads(resp.get_data(as_text=True))["response"])

    restored = response(dash_post(client, app, "url.search...f-topic.value",
                                  {"url.search": "?yfrom=1850&yto=2026"},
                                  changed=["url.search"]))
    assert restored["f-year-from"]["value"] == 1900 and restored["f-year-to"]["value"] == 2026
    years = [o["value"] for o in restored["f-year-from"]["options"]]
    first = min(int(c["period"]) for c in fixture_data.claims)
    last = max(int(c["period"]) for c in fixture_data.claims)
    assert years == [1900, *range(first, last + 1)]
    chosen = response(dash_post(client, app, "url.search...f-topic.value",
                                {"url.search": "?topic=trade", "f-topic.value": ["trade"],
                                 "f-year-from.value": 2027, "f-year-to.value": 2025},
                                changed=["f-year-from.value"]))
    assert chosen["url"]["search"] == "?topic=trade&yfrom=2025&yto=2027"
    counted = response(dash_post(client, app, "f-matching.children",
                                 {"f-year-from.value": 2026, "f-year-to.value": 2026,
                                  "url.pathname": "/"}))
    n = sum(c["period"] == "2026" for c in fixture_data.claims)
    assert counted["f-matching"]["children"] == f"{n} of {len(fixture_data.claims)} claims match"
    assert counted["f-active"]["children"] == "figure refers to 2026"
