"""The reconciliation pages in headless Chromium: read a disagreement and open each source,
click a forecast bar and a series point through to the claim, narrow by the filters, fit
a phone. Every test ends with no console errors and no request leaving the machine."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect
from reconcile_data import HOSTILE_SENTENCE, Reconciled

pytestmark = pytest.mark.browser
SIZES = {"desktop": (1280, 800), "phone": (390, 844)}


@pytest.fixture
def url(serve: Any, reconciled: Reconciled) -> str:
    return str(serve(reconciled.data_dir).url)


def wait_ready(page: Any) -> None:
    """The shell's callbacks have run (the facet counts are shown)."""
    expect(page.locator("#f-matching")).to_contain_text("claims match")


def assert_focused_claim(page: Any, claim: dict[str, Any]) -> None:
    page.wait_for_url(re.compile(rf"/claim/{claim['claim_id']}$"))
    expect(page.locator("#focus-claim")).to_have_text(claim["surface"])


def test_rcb001_a_disagreement_shows_every_source_one_click_each(
        open_page: Any, url: str, reconciled: Reconciled) -> None:
    bp = open_page()
    page = bp.page
    page.goto(url + "/disagreements")
    wait_ready(page)
    card = page.locator("section.disagreement")
    expect(card).to_have_count(1)
    expect(card.locator("h2")).to_contain_text("cargo volume (t)")
    expect(card).to_contain_text("3 documents give 2.7 million t to 2.8 million t")
    expect(card.locator("a.source-value")).to_have_count(3)
    expect(card.locator("q", has_text="counted 2.76 mln")).to_have_text(HOSTILE_SENTENCE)
    assert page.evaluate("() => window.__pwned") is None
    card.get_by_role("link", name="2.7 million t").click()
    assert_focused_claim(page, reconciled.claim("2.7 million tonnes"))
    page.go_back()
    page.locator("section.disagreement a.source-value").nth(2).click()
    assert_focused_claim(page, reconciled.claim("2.76 mln tonnes"))
    bp.assert_clean()


def test_rcb002_a_forecast_bar_opens_the_projection(open_page: Any, url: str,
                                                    reconciled: Reconciled) -> None:
    bp = open_page()
    page = bp.page
    page.goto(url + "/forecasts")
    wait_ready(page)
    expect(page.locator("#fc-table")).to_contain_text("-6.7%")
    bar = page.locator("#fc-chart .barlayer path").first
    expect(bar).to_be_visible()
    box = bar.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    expect(page.locator(".hoverlayer .hovertext")).to_contain_text("projected for 2024")
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    assert_focused_claim(page, reconciled.claim("4.2 mln tonnes"))
    bp.assert_clean()


def test_rcb003_series_chart_rings_disputes_and_points_open_claims(
        open_page: Any, url: str, reconciled: Reconciled) -> None:
    bp = open_page()
    page = bp.page
    page.goto(url + "/series?metric=cargo+volume&unit=t")
    wait_ready(page)
    expect(page.locator("#sr-choice")).to_have_text("Showing cargo volume in t.")
    expect(page.locator("#sr-chart .scatterlayer .trace").first).to_be_attached()
    names = page.evaluate("""() => document.querySelector('#sr-chart .js-plotly-plot')
        .data.map(t => t.name)""")
    assert "sources disagree" in names and "implied (derived, not reported)" in names
    target = reconciled.claim("4.5 mln tonnes")
    trace, point = page.evaluate("""(id) => {
        const data = document.querySelector('#sr-chart .js-plotly-plot').data;
        const t = data.findIndex(d => (d.customdata || []).includes(id));
        return [t, data[t].customdata.indexOf(id)];
    }""", target["claim_id"])
    marker = page.locator("#sr-chart .scatterlayer .trace").nth(trace).locator(
        "path.point").nth(point)
    box = marker.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    expect(page.locator(".hoverlayer .hovertext")).to_contain_text("4.5 million t")
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    assert_focused_claim(page, target)
    bp.assert_clean()


def test_rcb004_filters_narrow_the_pages_and_travel_with_the_links(open_page: Any,
                                                                   url: str) -> None:
    bp = open_page()
    page = bp.page
    page.goto(url + "/disagreements?metric=trade+turnover")
    wait_ready(page)
    expect(page.locator("#dis-list")).to_contain_text("No disagreement")
    page.get_by_role("link", name="Forecasts vs outcomes").click()
    page.wait_for_url(re.compile(r"/forecasts\?metric=trade\+turnover$"))
    expect(page.locator("#fc-table")).to_contain_text("No forecast")
    page.get_by_role("link", name="Series over time").click()
    page.wait_for_url(re.compile(r"/series\?metric=trade\+turnover$"))
    expect(page.locator("#sr-choice")).to_contain_text("Showing trade turnover in USD")
    bp.assert_clean()


@pytest.mark.parametrize("size", SIZES)
def test_rcb005_pages_fit_and_are_photographed(open_page: Any, url: str, tmp_path: Path,
                                               size: str) -> None:
    """Screenshots (into $SCREENSHOT_DIR when set) and no sideways scrolling."""
    out = Path(os.environ.get("SCREENSHOT_DIR") or tmp_path)
    bp = open_page(*SIZES[size])
    page = bp.page
    for name, path, ready in (("disagreements", "/disagreements", "section.disagreement"),
                              ("forecasts", "/forecasts", "#fc-chart .barlayer path"),
                              ("series", "/series?metric=cargo+volume&unit=t",
                               "#sr-chart .scatterlayer .trace")):
        page.goto(url + path)
        wait_ready(page)
        expect(page.locator(ready).first).to_be_attached()
        page.wait_for_load_state("networkidle")
        bp.assert_fits_and_photograph(f"reconcile-{name}", out)
    bp.assert_clean()
