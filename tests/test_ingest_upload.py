"""Uploads: checked before anything is stored, stored under a content-hash name, display-only
file names (catalogue row 28), the same article twice is one document (row 29), bad files
change nothing (rows 1, 5, 6; R9, R10)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest

from dashboard.corpus import MAX_BYTES
from dashboard.export import read_parquet
from dashboard.ingest import display_name, extract_corpus, ingest_upload
from dashboard.schema import DOCUMENTS

pytestmark = pytest.mark.usefixtures("fake_parser")
ARTICLE = b" date 2025-05-05 Aktau port handled 7 million tonnes\n\nThat is up 12% on 2024.\n"


@pytest.fixture
def data_dir(tmp_path: Path, make_corpus: Callable[..., Path]) -> Path:
    """A built data folder, inside a parent that must stay untouched."""
    data = tmp_path / "site" / "data"
    make_corpus(data / "articles")
    extract_corpus([data / "articles"], data, progress=False)
    return data


def _tree(root: Path) -> dict[str, str]:
    """Every file under root with its hash (the cache excluded: it may gain entries)."""
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file() and ".cache" not in p.parts}


def _doc_ids(data: Path) -> list[str]:
    return list(read_parquet(data / "documents.parquet", DOCUMENTS)["doc_id"])


def test_upload_adds_a_document(data_dir: Path) -> None:
    result = ingest_upload(data_dir, "aktau.txt", ARTICLE)
    assert result.ok and not result.duplicate and result.n_claims == 3
    assert result.doc_id in _doc_ids(data_dir) and len(_doc_ids(data_dir)) == 4
    stored = data_dir / "articles" / "uploads" / f"{result.doc_id}.txt"
    assert stored.read_bytes() == ARTICLE
    documents = read_parquet(data_dir / "documents.parquet", DOCUMENTS)
    row = documents.loc[documents["doc_id"] == result.doc_id].iloc[0]
    assert row["path"] == f"uploads/{result.doc_id}.txt" and row["published"] == "2025-05-05"


def test_the_same_article_twice_is_one_document(data_dir: Path) -> None:
    first = ingest_upload(data_dir, "a.txt", ARTICLE)
    again = ingest_upload(data_dir, "other-name.txt", ARTICLE)
    crlf = ingest_upload(data_dir, "crlf.txt", ARTICLE.replace(b"\n", b"\r\n"))
    assert first.ok and again.duplicate and crlf.duplicate
    assert first.doc_id == again.doc_id == crlf.doc_id
    assert len(_doc_ids(data_dir)) == 4
    assert len(list((data_dir / "articles" / "uploads").iterdir())) == 1


def test_uploading_a_bundled_article_is_a_duplicate(data_dir: Path) -> None:
    content = (data_dir / "articles" / "articles" / "b-port.txt").read_bytes()
    before = _tree(data_dir.parent)
    result = ingest_upload(data_dir, "port.txt", content)
    assert result.ok and result.duplicate and _tree(data_dir.parent) == before


@pytest.mark.parametrize("name,content,reason", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b" \n\t\n", "empty"),
    ("photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(200), "not_text"),
    ("noise.txt", bytes(range(256)) * 20, "not_text"),
    ("report.pdf", b"%PDF-1.7 rest", "unsupported_type"),
    ("report.txt", b"%PDF-1.7 rest", "unsupported_type"),
    ("article.docx", b"PK\x03\x04 rest", "unsupported_type"),
    ("article.txt.gz", b"\x1f\x8b\x08\x00rest", "unsupported_type"),
    ("program.exe", b"Trade rose 5%.", "unsupported_type"),
    ("huge.txt", b"a" * (MAX_BYTES + 1), "too_large"),
])
def test_a_bad_upload_is_rejected_and_changes_nothing(data_dir: Path, name: str,
                                                      content: bytes, reason: str) -> None:
    before = _tree(data_dir.parent)
    result = ingest_upload(data_dir, name, content)
    assert not result.ok and result.reason == reason and result.message.startswith(name)
    assert _tree(data_dir.parent) == before


@pytest.mark.parametrize("name", ["../../etc/passwd", "/etc/passwd", "a\x00b.txt", "CON.txt",
                                  "x" * 1000 + ".txt", "<img src=x onerror=alert(1)>.txt",
                                  "..", "", "..\\..\\windows\\win.txt", "dir/../../up.txt"])
def test_upload_names_are_display_only(data_dir: Path, name: str) -> None:
    outside = _tree(data_dir.parent.parent)
    result = ingest_upload(data_dir, name, ARTICLE)
    assert result.ok, result.message
    assert "\x00" not in result.display_name and "/" not in result.display_name
    assert len(result.display_name) <= 100
    stored = list((data_dir / "articles" / "uploads").iterdir())
    assert [p.name for p in stored] == [f"{result.doc_id}.txt"]
    changed = {k for k, v in _tree(data_dir.parent.parent).items() if outside.get(k) != v}
    assert all(k.startswith("site/data/") for k in changed), changed


def test_display_name() -> None:
    assert display_name("../../etc/passwd") == "passwd"
    assert display_name("C:\\Users\\me\\a\x00b.txt") == "ab.txt"
    assert display_name("  ") == "upload"
    assert display_name("a\nb\tc.txt") == "a b c.txt"


def test_html_upload_is_stored_as_html(data_dir: Path) -> None:
    page = (b"<html><head><title>Poti</title></head><body><article><p>Poti handled 17% "
            b"more containers in ten months of 2025, the port said.</p></article></body></html>")
    result = ingest_upload(data_dir, "poti.htm", page)
    assert result.ok
    assert (data_dir / "articles" / "uploads" / f"{result.doc_id}.html").read_bytes() == page


def test_upload_into_an_empty_data_folder(tmp_path: Path) -> None:
    result = ingest_upload(tmp_path / "data", "a.txt", ARTICLE)
    assert result.ok and _doc_ids(tmp_path / "data") == [result.doc_id]
