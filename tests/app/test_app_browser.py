"""What a person does, in headless Chromium: filter, share a link, click through to the
source, download, upload. Every test ends with no console errors and no request that
leaves the machine."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from appdata import UPLOAD_ARTICLE, FixtureData, data_files_digest
from playwright.sync_api import expect

from dashboard.export import read_csv
from dashboard.schema import CLAIMS

pytestmark = pytest.mark.browser
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8


def wait_ready(page: Any) -> None:
    """The shell's callbacks have run (the facet counts are shown)."""
    expect(page.locator("#f-matching")).to_contain_text("claims match")


def plotted_claims(page: Any) -> set[str]:
    return set(page.evaluate("""() => {
        const gd = document.querySelector('#ov-trend .js-plotly-plot');
        return gd && gd.data ? gd.data.flatMap(t => t.customdata || []) : [];
    }"""))


def choose(page: Any, control: str, option_prefix: str) -> None:
    """Pick an option of a Dash 4 dropdown by its visible label."""
    page.locator(f"#{control}").click()
    page.locator(".dash-dropdown-option", has_text=option_prefix).first.click()
    page.keyboard.press("Escape")


def test_app001_choosing_a_topic_updates_chart_grid_and_url(open_page: Any, shared_server: Any,
                                                            fixture_data: FixtureData) -> None:
    bp = open_page()
    page = bp.page
    page.goto(shared_server.url + "/")
    wait_ready(page)
    expect(page.locator("#ov-trend .js-plotly-plot")).to_be_visible()
    before = plotted_claims(page)
    trade = fixture_data.claims_where(topic="trade")
    choose(page, "f-topic", "trade (")
    page.wait_for_url(re.compile(r"\?topic=trade$"))
    expect(page.locator("#f-matching")).to_have_text(
        f"{len(trade)} of {len(fixture_data.claims)} claims match")
    expect(page.locator("#ov-summary")).to_contain_text(f"{len(trade)}claims")
    page.wait_for_function("""(ids) => {
        const gd = document.querySelector('#ov-trend .js-plotly-plot');
        const shown = gd.data.flatMap(t => t.customdata || []);
        return shown.length > 0 && shown.every(id => ids.includes(id));
    }""", arg=[c["claim_id"] for c in trade])
    assert plotted_claims(page) != before
    page.get_by_role("link", name="Explore").click()
    page.wait_for_url(re.compile(r"/explore\?topic=trade$"))
    expect(page.locator("#ex-count")).to_have_text(f"{len(trade)} claims match.")
    expect(page.locator(".ag-paging-row-summary-panel")).to_contain_text(f"of {len(trade)}")
    grid_ids = page.locator(".ag-center-cols-container .ag-row").count()
    assert 0 < grid_ids <= len(trade)
    bp.assert_clean()


def test_app002_a_copied_url_restores_the_same_filters(open_page: Any, shared_server: Any,
                                                       fixture_data: FixtureData) -> None:
    expected = [c for c in fixture_data.claims
                if c["topic"] == "logistics" and c["kind"] == "actual"
                and c["published"] >= "2022-01-01"]
    bp = open_page()
    page = bp.page
    page.goto(shared_server.url + "/explore?topic=logistics&kind=actual&from=2022-01-01")
    expect(page.locator("#f-matching")).to_have_text(
        f"{len(expected)} of {len(fixture_data.claims)} claims match")
    expect(page.locator("#f-topic")).to_contain_text("logistics")
    expect(page.locator("#f-kind input[value=actual]")).to_be_checked()
    expect(page.locator("#f-date-from")).to_have_value("2022-01-01")
    expect(page.locator("#ex-count")).to_have_text(f"{len(expected)} claims match.")
    assert page.url.endswith("/explore?topic=logistics&kind=actual&from=2022-01-01")
    # Back to no filters and forward again: the panel follows the history.
    page.get_by_role("button", name="Clear filters").click()
    page.wait_for_url(re.compile(r"/explore$"))
    wait_ready(page)
    expect(page.locator("#f-matching")).to_have_text(
        f"{len(fixture_data.claims)} of {len(fixture_data.claims)} claims match")
    page.go_back()
    expect(page.locator("#f-matching")).to_have_text(
        f"{len(expected)} of {len(fixture_data.claims)} claims match")
    bp.assert_clean()


def test_app012_a_link_naming_a_value_the_data_lacks_matches_nothing(
        open_page: Any, shared_server: Any, fixture_data: FixtureData) -> None:
    """A typo or a link from an older dataset: the filter stays, shown with its 0, and the
    link is not rewritten into one that shows every claim."""
    bp = open_page()
    page = bp.page
    page.goto(shared_server.url + "/explore?metric=cargo+volum&topic=trade")
    expect(page.locator("#f-matching")).to_have_text(
        f"0 of {len(fixture_data.claims)} claims match")
    expect(page.locator("#f-metric")).to_contain_text("cargo volum (0)")
    expect(page.locator("#ex-count")).to_contain_text("No claims match")
    page.reload()
    expect(page.locator("#f-matching")).to_have_text(
        f"0 of {len(fixture_data.claims)} claims match")
    assert page.url.endswith("/explore?metric=cargo+volum&topic=trade")
    bp.assert_clean()


def assert_claim_page(page: Any, fixture_data: FixtureData) -> dict[str, Any]:
    page.wait_for_url(re.compile(r"/claim/[0-9a-f]{16}$"))
    claim_id = page.url.rsplit("/", 1)[1]
    claim = next(c for c in fixture_data.claims if c["claim_id"] == claim_id)
    focus = page.locator("#focus-claim")
    expect(focus).to_have_text(claim["surface"])
    expect(focus).to_be_in_viewport()
    return claim


def test_app003_clicking_a_chart_point_opens_the_claim_in_its_source(
        open_page: Any, shared_server: Any, fixture_data: FixtureData) -> None:
    bp = open_page()
    page = bp.page
    page.goto(shared_server.url + "/?metric=cargo+volume&unit=t")
    wait_ready(page)
    point = page.locator("#ov-trend .scatterlayer .points path.point").first
    expect(point).to_be_visible()
    box = point.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    expect(page.locator(".hoverlayer .hovertext")).to_be_visible()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    claim = assert_claim_page(page, fixture_data)
    assert claim["metric"] == "cargo volume"
    bp.assert_clean()


def test_app013_clicking_a_topic_bar_explores_its_claims(
        open_page: Any, shared_server: Any, fixture_data: FixtureData) -> None:
    bp = open_page()
    page = bp.page
    page.goto(shared_server.url + "/?kind=actual")
    wait_ready(page)
    bar = page.locator("#ov-topics .barlayer .point path").first
    expect(bar).to_be_visible()
    bar.scroll_into_view_if_needed()
    box = bar.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    expect(page).to_have_url(re.compile(r"/explore\?"))
    query = page.url.split("?", 1)[1]
    assert "kind=actual" in query and "topic=" in query and "metric=" in query
    expect(page.locator(".ag-center-cols-container .ag-row").first).to_be_visible()
    bp.assert_clean()


def test_app004_a_grid_link_opens_the_claim_in_its_source(open_page: Any, shared_server: Any,
                                                          fixture_data: FixtureData) -> None:
    bp = open_page()
    page = bp.page
    page.goto(shared_server.url + "/explore?topic=energy")
    wait_ready(page)
    link = page.locator(".ag-center-cols-container .ag-row a, .ag-pinned-left-cols-container "
                        ".ag-row a").first
    expect(link).to_have_text("Open")
    link.click()
    claim = assert_claim_page(page, fixture_data)
    assert claim["topic"] == "energy"
    doc = next(d for d in fixture_data.documents if d["doc_id"] == claim["doc_id"])
    original = page.get_by_role("link", name="Open the original article at this sentence")
    if doc["source_url"]:
        expect(original).to_have_attribute("href", re.compile(r"#:~:text="))
    else:
        expect(original).to_have_count(0)
    page.get_by_role("link", name="Whole article with all its claims").click()
    page.wait_for_url(re.compile(r"/source/[0-9a-f]{16}$"))
    expect(page.locator(".article-text .claim")).to_have_count(doc["n_claims"])
    bp.assert_clean()


def test_app005_downloads_of_a_filtered_view_match_the_filter(
        open_page: Any, shared_server: Any, fixture_data: FixtureData, tmp_path: Path) -> None:
    expected = {c["claim_id"] for c in fixture_data.claims if c["topic"] == "trade"
                and "2022-01-01" <= c["published"] <= "2025-12-31"}
    bp = open_page()
    page = bp.page
    page.goto(shared_server.url + "/downloads?topic=trade&from=2022-01-01&to=2025-12-31")
    expect(page.locator("#dl-summary")).to_contain_text(f"{len(expected)} claims")
    with page.expect_download() as info:
        page.locator("#dl-view-csv").click()
    download = info.value
    assert download.suggested_filename == "claims_trade_2022-01-01_2025-12-31.csv"
    csv_path = tmp_path / download.suggested_filename
    download.save_as(csv_path)
    assert set(read_csv(csv_path, CLAIMS)["claim_id"]) == expected
    with page.expect_download() as info:
        page.locator("#dl-view-xlsx").click()
    xlsx = tmp_path / info.value.suggested_filename
    info.value.save_as(xlsx)
    book = openpyxl.load_workbook(xlsx, read_only=True)
    rows = list(book["claims"].iter_rows(values_only=True))
    book.close()
    assert {r[0] for r in rows[1:]} == expected
    bp.assert_clean()


def upload(page: Any, name: str, content: bytes) -> None:
    page.locator("#up-file input[type=file]").set_input_files(
        {"name": name, "mimeType": "application/octet-stream", "buffer": content})


def test_app006_an_uploaded_article_shows_up(open_page: Any, serve: Any,
                                             corpus_data: Path) -> None:
    server = serve(corpus_data)
    bp = open_page()
    page = bp.page
    page.goto(server.url + "/upload")
    expect(page.locator("h1")).to_have_text("Add an article")
    upload(page, "middle-corridor.txt", UPLOAD_ARTICLE.encode())
    expect(page.locator("#up-status")).to_contain_text("added with")
    page.get_by_role("link", name="Open the article").click()
    page.wait_for_url(re.compile(r"/source/[0-9a-f]{16}$"))
    expect(page.locator(".article-text .claim").first).to_be_visible()
    expect(page.locator(".article-text")).to_contain_text("50,500 TEU")
    page.goto(server.url + "/explore?q=Middle+Corridor")
    expect(page.locator("#ex-count")).not_to_have_text("0 claims match.")
    expect(page.locator(".ag-center-cols-container .ag-row").first).to_be_visible()
    bp.assert_clean()


def test_app007_bad_uploads_get_a_clear_message_and_change_nothing(
        open_page: Any, serve: Any, corpus_data: Path) -> None:
    server = serve(corpus_data)
    before = data_files_digest(corpus_data)
    bp = open_page()
    page = bp.page
    page.goto(server.url + "/upload")
    expect(page.locator("h1")).to_have_text("Add an article")
    upload(page, "photo.png", PNG)
    expect(page.locator("#up-status")).to_contain_text("not")
    message = page.locator("#up-status").inner_text()
    assert "photo.png" in message and ("not text" in message or "not supported" in message)
    upload(page, "huge.txt", b"a" * (10 * 1024 * 1024 + 1))
    expect(page.locator("#up-status")).to_contain_text("more than the 10 MB limit")
    expect(page.locator("#up-status")).to_contain_text("Nothing was changed")
    assert data_files_digest(corpus_data) == before
    bp.assert_clean()


def hostile(fixture_data: FixtureData) -> tuple[dict[str, Any], dict[str, Any]]:
    doc = next(d for d in fixture_data.documents if "<script>" in d["text"])
    claim = next(c for c in fixture_data.claims if c["doc_id"] == doc["doc_id"])
    return doc, claim


def test_app008_every_page_renders_without_errors_and_article_html_stays_text(
        open_page: Any, shared_server: Any, fixture_data: FixtureData) -> None:
    doc, claim = hostile(fixture_data)
    bp = open_page()
    page = bp.page
    for path, heading in [("/", "Overview"), ("/explore", "Explore claims"),
                          ("/downloads", "Download the data"), ("/upload", "Add an article"),
                          (f"/source/{doc['doc_id']}", doc["title"]),
                          (f"/claim/{claim['claim_id']}", None), ("/no/such/page",
                                                                  "Page not found")]:
        page.goto(shared_server.url + path)
        if heading is not None:
            expect(page.locator("h1")).to_have_text(heading)
        else:
            expect(page.locator("#focus-claim")).to_have_text(claim["surface"])
        expect(page).to_have_title(re.compile("Corridor claims"))
    page.goto(shared_server.url + f"/source/{doc['doc_id']}")
    article = page.locator(".article-text")
    expect(article).to_contain_text("<script>window.__pwned = 1</script>")
    expect(article).to_contain_text('<img src=x onerror="window.__pwned = 2">')
    expect(article.locator(".bidi-mark")).to_have_text(["[RLO]", "[PDF]"])
    assert "\u202e" not in article.inner_text()  # shown as a mark, never obeyed
    assert page.evaluate("() => window.__pwned") is None
    assert page.locator(".article-text script, .article-text img").count() == 0
    bp.assert_clean()


def test_app009_keyboard_reaches_every_labelled_control(open_page: Any, shared_server: Any,
                                                        fixture_data: FixtureData) -> None:
    bp = open_page()
    page = bp.page
    page.goto(shared_server.url + "/explore")
    wait_ready(page)
    for label, control in (("Topic", "f-topic"), ("Metric", "f-metric"),
                           ("Entity (country, port, route)", "f-entity"), ("Kind", "f-kind"),
                           ("Unit", "f-unit"), ("Published between", "f-date-from"),
                           ("Figure refers to", "f-year-from"), ("From year", "f-year-from"),
                           ("To year", "f-year-to"), ("Words in the sentence", "f-text")):
        group = page.get_by_role("group", name=label, exact=True)
        expect(group.locator(f"#{control}")).to_have_count(1)
    expect(page.get_by_role("searchbox", name="Words in the sentence")).to_have_count(1)
    page.locator(".brand").focus()
    reached: list[str] = []
    while "f-clear" not in reached and len(reached) < 40:
        page.keyboard.press("Tab")
        reached.append(page.evaluate("() => document.activeElement.id"))
    for control in ("f-topic", "f-metric", "f-entity", "f-unit", "f-date-from", "f-year-from",
                    "f-year-to", "f-text", "f-clear"):
        assert control in reached, reached
    page.locator("#f-text").fill("Georgia")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"q=Georgia"))
    expected = [c for c in fixture_data.claims if "georgia" in c["sentence"].lower()]
    expect(page.locator("#ex-count")).to_have_text(f"{len(expected)} claims match.")
    doc, _ = hostile(fixture_data)
    page.goto(shared_server.url + f"/source/{doc['doc_id']}")
    page.locator(".article-text a.claim").first.focus()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/claim/"))
    expect(page.locator("#focus-claim")).to_be_visible()
    bp.assert_clean()


SIZES = {"desktop": (1280, 800), "phone": (390, 844)}


@pytest.mark.parametrize("size", SIZES)
def test_app010_every_page_fits_and_is_photographed(open_page: Any, shared_server: Any,
                                                    fixture_data: FixtureData, tmp_path: Path,
                                                    size: str) -> None:
    """Screenshots of every page (into $SCREENSHOT_DIR when set) and no sideways scrolling."""
    out = Path(os.environ.get("SCREENSHOT_DIR") or tmp_path)
    bp = open_page(*SIZES[size])
    page = bp.page
    doc, _claim = hostile(fixture_data)
    regular = next(c for c in fixture_data.claims if c["doc_id"] != doc["doc_id"])
    for name, path in [("overview", "/"), ("explore", "/explore?topic=logistics"),
                       ("downloads", "/downloads"), ("upload", "/upload"),
                       ("source", f"/source/{regular['doc_id']}"),
                       ("claim", f"/claim/{regular['claim_id']}"),
                       ("hostile-source", f"/source/{doc['doc_id']}"),
                       ("not-found", "/nope")]:
        page.goto(shared_server.url + path)
        expect(page.locator("h1")).to_be_visible()
        page.wait_for_load_state("networkidle")
        if name == "explore":  # a folded panel (phones) still says what is chosen
            active = page.locator("#f-active")
            expect(active).to_have_text("topic logistics")
            if size == "phone":
                expect(active).to_be_visible()
            else:
                expect(active).to_be_hidden()
        bp.assert_fits_and_photograph(name, out)
    bp.assert_clean()


def test_app011_claim_pages_link_the_original_sentence(open_page: Any, shared_server: Any,
                                                       fixture_data: FixtureData) -> None:
    claim = next(c for c in fixture_data.claims
                 if next(d for d in fixture_data.documents
                         if d["doc_id"] == c["doc_id"])["source_url"])
    bp = open_page()
    page = bp.page
    page.goto(shared_server.url + f"/claim/{claim['claim_id']}")
    link = page.get_by_role("link", name="Open the original article at this sentence")
    href = link.get_attribute("href")
    assert href is not None and href.startswith("https://news.example/")
    assert json.dumps(claim["sentence"].split()[0])[1:-1] in href
    expect(link).to_have_attribute("rel", "noopener noreferrer")
    bp.assert_clean()
