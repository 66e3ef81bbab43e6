"""The "figure refers to" year filter in headless Chromium: chosen with the keyboard and
the mouse, it narrows the grid, lives in the URL, names the download and clears."""

from __future__ import annotations

import re
from typing import Any

import pytest
from appdata import FixtureData
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_year001_choosing_years_narrows_the_grid_and_the_url_carries_them(
        open_page: Any, shared_server: Any, fixture_data: FixtureData) -> None:
    total = len(fixture_data.claims)
    kept = [c for c in fixture_data.claims if c["period"] in ("2024", "2025")]
    assert 0 < len(kept) < total
    bp = open_page()
    page = bp.page
    page.goto(shared_server.url + "/explore")
    expect(page.locator("#f-matching")).to_have_text(f"{total} of {total} claims match")
    group = page.get_by_role("group", name="Figure refers to", exact=True)
    expect(group).to_contain_text("claims without one are left out")
    # From year with the keyboard: open the dropdown, type the year, Enter.
    page.locator("#f-year-from").focus()
    page.keyboard.press("Enter")
    expect(page.locator(".dash-dropdown-search")).to_be_focused()
    page.keyboard.type("2024")
    expect(page.locator(".dash-dropdown-option")).to_have_text(["2024"])
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/explore\?yfrom=2024$"))
    # To year with the mouse.
    page.locator("#f-year-to").click()
    page.locator(".dash-dropdown-option", has_text=re.compile(r"^2025$")).click()
    page.keyboard.press("Escape")
    page.wait_for_url(re.compile(r"/explore\?yfrom=2024&yto=2025$"))
    expect(page.locator("#f-matching")).to_have_text(f"{len(kept)} of {total} claims match")
    expect(page.locator("#ex-count")).to_have_text(f"{len(kept)} claims match.")
    expect(page.locator(".ag-paging-row-summary-panel")).to_contain_text(
        f"1 to {len(kept)} of {len(kept)}")
    periods = page.locator(".ag-center-cols-container .ag-row [col-id=period]")
    expect(periods.first).to_be_visible()
    assert set(periods.all_inner_texts()) <= {"2024", "2025"}
    # The other pages and the download follow.
    page.get_by_role("link", name="Downloads").click()
    page.wait_for_url(re.compile(r"/downloads\?yfrom=2024&yto=2025$"))
    expect(page.locator("#dl-summary")).to_contain_text(
        f"{len(kept)} claims (figure refers to 2024–2025), saved as claims_years-2024-2025.csv")
    expect(page.locator("#dl-view-csv")).to_have_attribute(
        "href", "/download/view.csv?yfrom=2024&yto=2025")
    # A reload restores the dropdowns; "Clear filters" brings every claim back.
    page.reload()
    expect(page.locator("#f-year-from")).to_contain_text("2024")
    expect(page.locator("#f-year-to")).to_contain_text("2025")
    page.get_by_role("button", name="Clear filters").click()
    page.wait_for_url(re.compile(r"/downloads$"))
    expect(page.locator("#f-matching")).to_have_text(f"{total} of {total} claims match")
    expect(page.locator("#f-year-from")).to_contain_text("any year")
    bp.assert_clean()
