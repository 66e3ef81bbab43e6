"""Loading articles: encodings, file types, the feed format, HTML, manifests, doc ids.

Covers RELIABILITY.md catalogue rows 1, 2, 5-11, 25, 26, 29 and 30 at the loader.
"""

from __future__ import annotations

import gzip
import io
import random
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.corpus import (
    MAX_BYTES,
    Document,
    Rejection,
    Source,
    find_dateline,
    find_sources,
    load_bytes,
    load_document,
    make_doc_id,
    parse_feed_text,
    read_manifest,
)
from dashboard.decoding import Reason, decode_bytes

ARTICLE = "Kazakhstan's trade with Azerbaijan rose 14.3% to $529.4 million in 2023."


def _load(data: bytes, name: str = "a.txt") -> Document:
    loaded = load_bytes(data, path=name, kind="html" if name.endswith("html") else "text")
    assert isinstance(loaded, Document), loaded
    return loaded


def _reject(data: bytes, name: str = "a.txt") -> Rejection:
    loaded = load_bytes(data, path=name, kind="text")
    assert isinstance(loaded, Rejection), loaded
    return loaded


# --- catalogue rows 1, 2, 5, 6: what is not an article -------------------------------------------


def test_empty_file_is_rejected_empty() -> None:
    assert _reject(b"").reason is Reason.EMPTY


@pytest.mark.parametrize("data", [b"   ", b"\n\n\t \r\n", "\u00a0 \n".encode(),
                                  b" \n \x00 \n \t   \n"])
def test_whitespace_only_is_rejected_empty(data: bytes) -> None:
    assert _reject(data).reason is Reason.EMPTY


def _xlsx_bytes() -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    book.active["A1"] = "Trade rose 5%"
    sink = io.BytesIO()
    book.save(sink)
    return sink.getvalue()


def _zip_bytes(name: str) -> bytes:
    sink = io.BytesIO()
    with zipfile.ZipFile(sink, "w") as archive:
        archive.writestr(name, ARTICLE)
    return sink.getvalue()


@pytest.mark.parametrize("data", [
    b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
    _zip_bytes("article.txt"),
    _zip_bytes("word/document.xml"),  # a DOCX is a ZIP file
    _xlsx_bytes(),
    gzip.compress(ARTICLE.encode() * 1000, mtime=0),
], ids=["pdf", "zip", "docx", "xlsx", "gzip"])
def test_documents_of_other_types_are_unsupported(data: bytes) -> None:
    rejection = _reject(data)
    assert rejection.reason is Reason.UNSUPPORTED_TYPE
    assert "only .txt and .html" in rejection.message


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01",
    random.Random(5).randbytes(4096),
    b"\x00" * 5000,
    b"Trade\x00\x01\x02\x03\x04\x05\x06\x07\x08" * 50,
], ids=["png", "random", "nuls", "controls"])
def test_binary_data_is_not_text(data: bytes) -> None:
    assert _reject(data).reason is Reason.NOT_TEXT


def test_size_cap_rejects_too_large_without_decoding() -> None:
    assert _reject(b"a" * (MAX_BYTES + 1)).reason is Reason.TOO_LARGE
    assert isinstance(load_bytes(b"a" * MAX_BYTES, path="a.txt", kind="text"), Document)


def test_a_large_file_on_disk_is_rejected_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(50 * 2**20)  # sparse: 50 MB on paper, nothing read
    assert load_document(Source(tmp_path, "big.txt"), {}).reason is Reason.TOO_LARGE  # type: ignore[union-attr]


def test_unknown_suffix_is_unsupported(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text(ARTICLE)
    result = load_document(Source(tmp_path, "notes.md"), {})
    assert isinstance(result, Rejection) and result.reason is Reason.UNSUPPORTED_TYPE


# --- catalogue rows 7-11 and 30: decoding --------------------------------------------------------


@pytest.mark.parametrize("codec,label", [("utf-16-le", "utf-16-le (BOM)"),
                                         ("utf-16-be", "utf-16-be (BOM)"),
                                         ("utf-32-le", "utf-32-le (BOM)")])
def test_utf16_and_utf32_with_bom(codec: str, label: str) -> None:
    bom = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff", "utf-32-le": b"\xff\xfe\x00\x00"}
    doc = _load(bom[codec] + ARTICLE.encode(codec))
    assert doc.text == ARTICLE and doc.encoding == label
    assert doc.text[doc.text.index("14.3%"):].startswith("14.3%")


def test_utf8_bom_is_stripped_and_offsets_start_at_the_text() -> None:
    doc = _load(b"\xef\xbb\xbf" + ARTICLE.encode())
    assert doc.text == ARTICLE and doc.text[0] == "K" and doc.encoding == "utf-8 (BOM)"
    assert make_doc_id(doc.text) == _load(ARTICLE.encode()).doc_id


def test_cp1252_is_decoded_by_a_recorded_fallback() -> None:
    doc = _load("Investment of \u20ac5\u00a0million in Poti".encode("cp1252"))
    assert doc.text == "Investment of \u20ac5\u00a0million in Poti"
    assert doc.encoding == "cp1252 (fallback)"


def test_mostly_utf8_keeps_utf8_and_replaces_bad_bytes() -> None:
    data = "Türkiye–Azerbaijan trade: ".encode() + b"\xff\xfe\xfd" + b" $8 billion"
    doc = _load(data)
    assert doc.text.startswith("Türkiye–Azerbaijan") and "\ufffd" in doc.text
    assert doc.encoding == "utf-8 (invalid bytes replaced)"


def test_lone_surrogates_are_replaced_at_the_boundary() -> None:
    utf8_surrogate = b"Cargo \xed\xa0\x80 rose 5%"  # CESU-style encoded lone surrogate
    utf16_surrogate = b"\xff\xfe" + "Cargo ".encode("utf-16-le") + b"\x00\xd8" + "5%".encode(
        "utf-16-le")
    for data in (utf8_surrogate, utf16_surrogate):
        text = _load(data).text
        text.encode("utf-8")  # would raise on a surrogate
        assert "\ufffd" in text


def test_nul_bytes_are_removed() -> None:
    doc = _load(b"Trade\x00 rose 5%\x00 in 2023")
    assert doc.text == "Trade rose 5% in 2023"
    assert "\x00" not in doc.doc_id + doc.sha256 + (doc.title or "")


@pytest.mark.parametrize("data", [b"Trade rose.\r\nCargo fell.\r\n", b"Trade rose.\rCargo fell.\r",
                                  b"Trade rose.\nCargo fell.\n"])
def test_crlf_and_bare_cr_become_lf(data: bytes) -> None:
    assert _load(data).text == "Trade rose.\nCargo fell."


@settings(derandomize=True, max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_decoding_is_total_on_arbitrary_bytes(data: bytes) -> None:
    text, encoding = decode_bytes(data)
    assert encoding
    text.encode("utf-8")
    assert "\x00" not in text and "\r" not in text
    result = load_bytes(data, path="x.txt", kind="text")
    assert isinstance(result, Document | Rejection)


@settings(derandomize=True, max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_loading_is_total_and_the_text_is_clean(text: str) -> None:
    result = load_bytes(text.encode("utf-8", errors="surrogatepass"), path="x.txt", kind="text")
    if isinstance(result, Document):
        assert result.doc_id == make_doc_id(result.text)
        assert not any(ch in result.text for ch in "\x00\r\x01\x7f")


# --- the feed format, datelines, titles ----------------------------------------------------------


def test_feed_format_gives_date_place_and_body() -> None:
    body, published, title, place = parse_feed_text(
        " date 2024-03-11 ASTANA, March 11, 2024 – Kazakhstan's President embarks on a visit.\n\n"
        "Second paragraph.")
    assert published == "2024-03-11" and place == "Astana"
    assert body.startswith("ASTANA, March 11, 2024 –")
    assert title == "Kazakhstan's President embarks on a visit."


def test_feed_headline_is_the_first_line() -> None:
    body, published, title, place = parse_feed_text(
        " date 2019-01-03 Turkmenbashi seaport gains traffic\n\nCargo flows keep rising.")
    assert (published, title, place) == ("2019-01-03", "Turkmenbashi seaport gains traffic", None)
    assert body.startswith("Turkmenbashi")


@pytest.mark.parametrize("line,place", [
    ("ALMATY, Jan 24 - Grain exports rose.", "Almaty"),
    ("BAKU – Azerbaijan sent gas to Europe.", "Baku"),
    ("NUR-SULTAN, Sept. 3, 2021 — Trains ran.", "Nur-Sultan"),
    ("Headline here ASTANA, March 11, 2024 – text", "Astana"),
    # the day first, as agencies of the region and the EU write it; a page's no-break space
    ("ALMATY, 12 November — Trade grew.", "Almaty"),
    ("BRUSSELS, 30 January 2024 - Investors committed.", "Brussels"),
    ("ASTANA, January\u00a015 \u2013 Trains ran.", "Astana"),
])
def test_datelines(line: str, place: str) -> None:
    found = find_dateline(line)
    assert found is not None and found[2] == place


@pytest.mark.parametrize("line", ["Trade rose 5% - a record.", "The EU - China summit",
                                  "Kazakhstan, a big country – trade", "Aktau, 5 mln t - a record",
                                  "In 2024, 12 May - the day"])
def test_no_dateline_in_ordinary_sentences(line: str) -> None:
    assert find_dateline(line) is None


def test_invalid_feed_date_is_not_a_date() -> None:
    _, published, title, _ = parse_feed_text(" date 2024-13-45 Headline\n\nBody.")
    assert published is None and title is not None


# --- HTML (rows 25, 26) --------------------------------------------------------------------------

PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>Trade up | Site</title>
<link rel="canonical" href="https://example.com/news/1">
<meta property="article:published_time" content="2024-03-11T10:00:00Z">
<script>alert('x')</script><style>p { color: red }</style></head>
<body><nav>Home | About | Contact</nav><article><h1>Trade up 5%</h1>
<p>ASTANA, March 11, 2024 &ndash; Trade with &lt;script&gt; partners rose 5% to $529 million,
the ministry said &amp;lt;b&amp;gt; in a statement.</p><!-- a comment with 99 tonnes -->
<p>Cargo on the route reached 2.8 million tonnes in 2023, up from 1.5 million tonnes.</p>
<iframe srcdoc="<script>alert(2)</script>"></iframe><img src=x onerror="alert(3)">
<p><a href="javascript:alert(4)">More</a> figures will follow next quarter.</p></article>
<footer>Copyright 2024</footer></body></html>"""


def test_html_main_text_and_metadata() -> None:
    doc = _load(PAGE.encode(), name="page.html")
    assert doc.title == "Trade up 5%" and doc.published == "2024-03-11"
    assert doc.source_url == "https://example.com/news/1" and doc.place == "Astana"
    assert "2.8 million tonnes" in doc.text
    for dropped in ("alert", "color: red", "a comment", "Home | About", "onerror"):
        assert dropped not in doc.text


def test_html_entities_are_decoded_once() -> None:
    text = _load(PAGE.encode(), name="page.html").text
    assert "<script> partners" in text  # &lt;script&gt; shown literally
    assert "&lt;b&gt;" in text  # double-encoded stays encoded once


def test_javascript_canonical_url_is_dropped() -> None:
    page = PAGE.replace("https://example.com/news/1", "javascript:alert(1)")
    assert _load(page.encode(), name="page.html").source_url is None


def test_html_content_in_a_txt_file_is_read_as_html() -> None:
    assert "alert" not in _load(PAGE.encode(), name="page.txt").text


def test_html_declared_charset_is_used_when_not_utf8() -> None:
    page = ('<html><head><meta charset="windows-1251"></head><body><p>'
            + "Грузооборот вырос на 5% до 2,8 млн тонн. " * 5 + "</p></body></html>")
    doc = _load(page.encode("cp1251"), name="page.html")
    assert "Грузооборот" in doc.text and doc.encoding == "cp1251 (declared)"


@pytest.mark.parametrize("label", ["iso-8859-1", "ISO_8859-1", "latin1", "us-ascii"])
def test_html_declared_latin1_is_read_as_browsers_read_it(label: str) -> None:
    """Browsers read these labels as windows-1252, where 0x80 is the euro sign; Latin-1
    makes it a control character, and the figure lost its currency."""
    page = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={label}">'
            "</head><body><p>" + "The bank will lend \u20ac1.5 billion to the corridor. " * 5
            + "</p></body></html>")
    doc = _load(page.encode("cp1252"), name="page.html")
    assert "\u20ac1.5 billion" in doc.text and doc.encoding == "cp1252 (declared)"


def test_html_without_text_is_empty() -> None:
    assert _reject(b"<html><body><script>x()</script></body></html>", "p.html").reason in (
        Reason.EMPTY,)


# --- manifest, sources, ids (row 29) -------------------------------------------------------------


def test_manifest_adds_metadata(corpus: Path) -> None:
    entries, problem = read_manifest(corpus)
    assert problem is None
    doc = load_document(Source(corpus, "articles/a-trade.txt"), entries)
    assert isinstance(doc, Document)
    assert (doc.title, doc.outlet, doc.source_url) == ("Trade up", "Example News",
                                                       "https://example.com/a")


def test_a_bad_manifest_is_reported(tmp_path: Path) -> None:
    (tmp_path / "manifest.csv").write_bytes(b"file,title\n\xff\xfe,\x00")
    entries, problem = read_manifest(tmp_path)
    assert entries == {} and problem is not None and problem.reason is Reason.BAD_MANIFEST


def test_find_sources_accounts_for_every_file(tmp_path: Path) -> None:
    for rel in ("README.md", "manifest.csv", ".hidden.txt", "a.txt", "sub/b.html",
                "sub/c.pdf", ".git/config", "sub/README.md"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x")
    sources, missing = find_sources([tmp_path, tmp_path / "nope.txt"])
    assert [s.path for s in sources] == ["a.txt", "sub/README.md", "sub/b.html", "sub/c.pdf"]
    assert [m.reason for m in missing] == [Reason.NOT_FOUND]


def test_a_lone_file_finds_the_manifest_that_lists_it(corpus: Path) -> None:
    sources, _ = find_sources([corpus / "articles" / "a-trade.txt"])
    assert sources == [Source(corpus, "articles/a-trade.txt")]


def test_same_article_twice_and_with_crlf_is_one_document() -> None:
    text = " date 2024-01-01 Headline\n\nTrade rose 5%.\nCargo fell 2%.\n"
    ids = {_load(data).doc_id for data in (text.encode(), text.replace("\n", "\r\n").encode(),
                                           b"\xef\xbb\xbf" + text.encode())}
    assert len(ids) == 1


def test_bundled_corpus_loads(bundled_corpus: Path) -> None:
    sources, missing = find_sources([bundled_corpus])
    entries, _ = read_manifest(bundled_corpus)
    docs = [load_document(s, entries) for s in sources]
    assert len(docs) == 41 and not missing
    assert all(isinstance(d, Document) and d.published and d.title for d in docs)
    seed = docs[0]
    assert isinstance(seed, Document) and seed.place == "Astana"
    assert seed.title == "Kazakhstan's President Tokayev embarks on state visit to Azerbaijan"


def test_long_html_articles_are_kept_whole() -> None:
    paras = "".join(f"<p>Paragraph {i}: cargo through the port rose by {i}% to {i * 1000} "
                    "tonnes in the year, officials said.</p>" for i in range(400))
    doc = _load(f"<html><body><article>{paras}</article></body></html>".encode(), "a.html")
    assert len(doc.text) > 30000 and doc.text.endswith("399000 tonnes in the year, officials said.")


def test_almost_ten_megabytes_of_prose_loads_quickly() -> None:
    """Catalogue row 4 at the loader: decoding and normalising 9.9 MB stays well in budget."""
    import time

    sentence = "Cargo through the Middle Corridor rose 63% to 4.1 million tonnes in 2024.\r\n"
    data = (sentence * (int(9.9 * 2**20) // len(sentence))).encode()
    start = time.perf_counter()
    doc = _load(data)
    assert time.perf_counter() - start < 5 and len(doc.text) > 9 * 2**20 and "\r" not in doc.text
