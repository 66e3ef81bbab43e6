"""With the keyboard only, and with nothing that leaves the machine, in headless Chromium:
open a claim from the Explore grid, see where focus is in every filter, find no "Share
chart" button on the charts, and come back from a claim to the page of the list."""

from __future__ import annotations

import re
from typing import Any

import pytest
from appdata import FixtureData
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def active(page: Any) -> str:
    return str(page.evaluate("() => document.activeElement.className + ' ' + "
                             "document.activeElement.textContent.slice(0, 40)"))


def test_kbd001_enter_on_a_grid_cell_opens_its_claim(open_page: Any, shared_server: Any) -> None:
    """AG Grid keeps focus on cells, so Tab never reaches the "Open" link inside one."""
    bp = open_page()
    page = bp.page
    page.goto(shared_server.url + "/explore?topic=trade")
    expect(page.locator("#ex-count")).to_contain_text("claims match")
    page.wait_for_load_state("networkidle")
    expect(page.locator(".ag-center-cols-container .ag-row").first).to_be_visible()
    page.locator("#f-clear").focus()
    page.keyboard.press("Tab")  # the first column header
    page.keyboard.press("ArrowDown")  # the first row's "Open" cell
    assert "ag-cell" in active(page) and "Open" in active(page)
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/claim/[0-9a-f]{16}$"))
    expect(page.locator("#focus-claim")).to_be_visible()
    bp.assert_clean()


def test_kbd002_text_and_date_inputs_show_the_focus_ring(open_page: Any,
                                                         shared_server: Any) -> None:
    bp = open_page()
    page = bp.page
    page.goto(shared_server.url + "/")
    expect(page.locator("#f-matching")).to_contain_text("claims match")
    ring = "rgb(230, 159, 0) solid 3px"  # --focus, as on every other control
    page.locator("#f-unit").focus()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "f-date-from"
    assert page.evaluate("getComputedStyle(document.querySelector('#f-dates-wrapper'))"
                         ".outline") == ring
    page.locator("#f-text").focus()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "f-text"
    assert page.evaluate("getComputedStyle(document.querySelector('#f-text').parentElement)"
                         ".outline") == ring
    bp.assert_clean()


def test_kbd003_charts_offer_no_upload_to_plotly_cloud(open_page: Any,
                                                      shared_server: Any) -> None:
    bp = open_page()
    page = bp.page
    page.goto(shared_server.url + "/?metric=cargo+volume&unit=t")
    page.locator("#ov-trend").hover()
    buttons = page.locator("#ov-trend .modebar-btn")
    expect(buttons.first).to_be_attached()
    titles = [buttons.nth(i).get_attribute("data-title") for i in range(buttons.count())]
    assert "Download plot as a PNG" in titles
    assert not [t for t in titles if t and "Share" in t], titles
    bp.assert_clean()


def test_kbd004_back_from_a_claim_returns_to_the_page_of_the_list(
        open_page: Any, shared_server: Any, fixture_data: FixtureData) -> None:
    assert len(fixture_data.claims) > 50  # two pages of the grid
    bp = open_page()
    page = bp.page
    page.goto(shared_server.url + "/explore")
    summary = page.locator(".ag-paging-row-summary-panel")
    expect(summary).to_contain_text(f"1 to 50 of {len(fixture_data.claims)}")
    page.get_by_role("button", name="Next Page").click()
    expect(summary).to_contain_text(f"51 to {len(fixture_data.claims)}")
    page.locator(".ag-row a", has_text="Open").first.click()
    page.wait_for_url(re.compile(r"/claim/[0-9a-f]{16}$"))
    page.go_back()
    expect(summary).to_contain_text(f"51 to {len(fixture_data.claims)}")
    # another list starts at its first page
    page.goto(shared_server.url + "/explore?topic=trade")
    expect(summary).to_contain_text("1 to ")
    bp.assert_clean()


def test_kbd005_a_charts_data_table_opens_its_claims_from_the_keyboard(
        open_page: Any, shared_server: Any, fixture_data: FixtureData) -> None:
    """Skip to the content, Tab to the closed "Data of this chart", open it with Enter,
    Tab to the first point's link and follow it: the claim a click on that point opens."""
    expected = fixture_data.claims_where(metric="cargo volume", unit="t")
    bp = open_page()
    page = bp.page
    page.goto(shared_server.url + "/?metric=cargo+volume&unit=t")
    details = page.locator("#ov-trend-data details")
    expect(details.locator("summary")).to_have_text(
        re.compile(rf"Data of this chart \({len(expected)} points\)"))
    expect(details).not_to_have_attribute("open", re.compile(".*"))
    expect(page.locator("#ov-trend-box")).to_have_attribute("role", "figure")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    page.keyboard.press("Enter")  # focus moves to <main>
    passed: list[str] = []  # the chart's toolbar buttons come first, nothing else
    for _ in range(20):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.tagName") == "SUMMARY":
            break
        passed.append(active(page))
    assert page.evaluate("document.activeElement.tagName") == "SUMMARY", passed
    assert all(p.startswith("modebar-btn") for p in passed), passed
    page.keyboard.press("Enter")
    expect(details).to_have_attribute("open", "")
    first = details.locator("tbody a").first
    expect(first).to_be_visible()
    page.keyboard.press("Tab")
    href = first.get_attribute("href")
    assert page.evaluate("document.activeElement.getAttribute('href')") == href, active(page)
    assert href in {f"/claim/{c['claim_id']}" for c in expected}
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(re.escape(href) + "$"))
    expect(page.locator("#focus-claim")).to_be_visible()
    page.go_back()  # back on the Overview the table is closed again; Space opens it too
    expect(page.locator("#ov-trend-data details")).not_to_have_attribute("open",
                                                                         re.compile(".*"))
    page.locator("#ov-trend-data summary").focus()
    page.keyboard.press("Space")
    expect(page.locator("#ov-trend-data details")).to_have_attribute("open", "")
    bp.assert_clean()
