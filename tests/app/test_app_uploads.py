"""Uploads through the API and the Dash callback (R9, R10 on the app side), and two worker
processes sharing one data folder (R14)."""

from __future__ import annotations

import base64
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from appdata import BOUNDARY, UPLOAD_ARTICLE, dash_post, data_files_digest, multipart

from dashboard.app import create_app
from dashboard.corpus import MAX_BYTES

REPO = Path(__file__).resolve().parents[2]
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8
PDF = b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n"


def post_file(client: Any, name: str, content: bytes, **headers: str) -> Any:
    return client.post("/api/upload", data=multipart(name, content), headers=headers,
                       content_type=f"multipart/form-data; boundary={BOUNDARY}")


def healthz(client: Any) -> dict[str, Any]:
    return json.loads(client.get("/healthz").get_data())


def test_app040_an_uploaded_article_appears(corpus_data: Path) -> None:
    client = create_app(corpus_data).server.test_client()
    before = healthz(client)
    resp = post_file(client, "new.txt", UPLOAD_ARTICLE.encode())
    result = resp.get_json()
    assert resp.status_code == 200 and result["accepted"], result
    after = healthz(client)
    assert after["documents"] == before["documents"] + 1
    assert after["claims"] > before["claims"]
    page = client.get("/download/view.json?q=Middle+Corridor").get_data()
    assert {r["doc_id"] for r in json.loads(page)} == {result["doc_id"]}
    again = post_file(client, "renamed-copy.txt", UPLOAD_ARTICLE.encode()).get_json()
    assert again["accepted"] and again["doc_id"] == result["doc_id"]
    assert healthz(client)["documents"] == after["documents"]  # the same article is one doc


@pytest.mark.parametrize("name, content, reason", [
    ("image.txt", PNG, "not_text"),
    ("paper.pdf", PDF, "unsupported_type"),
    ("empty.txt", b"", "empty"),
    ("nuls.txt", b"\x00" * 5000, "not_text"),
    ("big.txt", b"a" * (MAX_BYTES + 1), "too_large"),
])
def test_app041_bad_files_are_refused_and_change_nothing(corpus_data: Path, name: str,
                                                         content: bytes, reason: str) -> None:
    client = create_app(corpus_data).server.test_client()
    before = data_files_digest(corpus_data)
    resp = post_file(client, name, content)
    result = resp.get_json()
    assert resp.status_code in (413, 422)
    assert not result["accepted"] and result["reason"] == reason
    assert name in result["message"] and len(result["message"]) < 400
    assert data_files_digest(corpus_data) == before


@pytest.mark.parametrize("name", ["../../etc/passwd", "/etc/passwd", "a\x00b.txt", "CON.txt",
                                  "x" * 1000 + ".txt", "<img src=x onerror=alert(1)>.txt"])
def test_app042_upload_names_are_display_only(corpus_data: Path, tmp_path: Path,
                                              name: str) -> None:
    client = create_app(corpus_data).server.test_client()
    outside = {p for p in tmp_path.rglob("*") if not p.is_relative_to(corpus_data)}
    result = post_file(client, name, (UPLOAD_ARTICLE + name[:20]).encode()).get_json()
    assert result["accepted"]
    assert "\x00" not in result["message"] and len(result["message"]) < 300
    assert {p for p in tmp_path.rglob("*") if not p.is_relative_to(corpus_data)} == outside
    stored = [p for p in corpus_data.rglob("uploads/*") if p.is_file()]
    assert [p.stem for p in stored] == [result["doc_id"]]  # named by content, not by name


def test_app043_cross_site_uploads_are_refused(corpus_data: Path) -> None:
    client = create_app(corpus_data).server.test_client()
    resp = post_file(client, "a.txt", UPLOAD_ARTICLE.encode(), **{"Sec-Fetch-Site": "cross-site"})
    assert resp.status_code == 403


def test_app044_upload_callback_checks_size_before_decoding(corpus_data: Path) -> None:
    app = create_app(corpus_data)
    client = app.server.test_client()
    before = data_files_digest(corpus_data)
    oversized = "data:text/plain;base64," + "A" * ((MAX_BYTES // 3 + 10) * 4)
    resp = dash_post(client, app, "up-status.children@", {"up-go.data": {"n": 1}},
                     {"up-file.contents": oversized, "up-file.filename": "huge.txt"})
    assert "larger than 10 MB" in resp.get_data(as_text=True)
    garbage = dash_post(client, app, "up-status.children@", {"up-go.data": {"n": 2}},
                        {"up-file.contents": "data:;base64,@@@", "up-file.filename": "x.txt"})
    assert "did not arrive complete" in garbage.get_data(as_text=True)
    assert data_files_digest(corpus_data) == before
    good = "data:text/plain;base64," + base64.b64encode(UPLOAD_ARTICLE.encode()).decode()
    ok = dash_post(client, app, "up-status.children@", {"up-go.data": {"n": 3}},
                   {"up-file.contents": good, "up-file.filename": "new.txt"})
    body = json.dumps(json.loads(ok.get_data(as_text=True)))
    assert "added with" in body and "/source/" in body


# --- two worker processes (R14) ------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _get_json(url: str) -> dict[str, Any]:
    with urllib.request.urlopen(url, timeout=5) as resp:
        return json.loads(resp.read())


def _wait_for(predicate: Any, timeout: float = 60.0) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        try:
            value = predicate()
            if value:
                return value
        except OSError:
            pass
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.1)  # polling another process: there is no event to wait on


@pytest.fixture
def two_workers(corpus_data: Path) -> Iterator[list[str]]:
    ports = [_free_port(), _free_port()]
    code = ("import sys; from dashboard.app.server import run; "
            "run(sys.argv[1], '127.0.0.1', int(sys.argv[2]))")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    procs = [subprocess.Popen([sys.executable, "-c", code, str(corpus_data), str(port)],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
             for port in ports]
    urls = [f"http://127.0.0.1:{port}" for port in ports]
    try:
        for url in urls:
            _wait_for(lambda url=url: _get_json(f"{url}/healthz")["status"] == "ok")
        yield urls
    finally:
        for proc in procs:
            proc.terminate()
            proc.wait(timeout=10)


def test_app045_two_workers_agree_after_an_upload(two_workers: list[str]) -> None:
    first, second = two_workers
    before = _get_json(f"{second}/healthz")
    request = urllib.request.Request(
        f"{first}/api/upload", data=multipart("new.txt", UPLOAD_ARTICLE.encode()),
        headers={"Content-Type": f"multipart/form-data; boundary={BOUNDARY}"})
    with urllib.request.urlopen(request, timeout=30) as resp:
        assert json.loads(resp.read())["accepted"]
    after = _wait_for(lambda: (lambda h: h if h["documents"] > before["documents"] else None)(
        _get_json(f"{second}/healthz")))
    assert after["documents"] == before["documents"] + 1
    assert after == _get_json(f"{first}/healthz")


def test_app046_an_upload_without_a_date_is_told_what_that_costs(corpus_data: Path) -> None:
    """A dateline's day is not a publication date: the person learns how to give one."""
    from dashboard.app.pages.upload import undated_notice
    from dashboard.app.uploads import handle_upload
    from dashboard.store import Store

    store = Store(corpus_data)
    undated = handle_upload(store, "aktau.txt", b"ASTANA, November 20, 2025 - Aktau port "
                            b"handled 5.2 million tonnes of cargo, up 12% on last year.\n")
    assert undated.accepted
    notice = undated_notice(store, undated.doc_id)
    assert len(notice) == 1 and "No publication date" in str(notice[0].children[0])
    dated = handle_upload(store, "baku.txt", b" date 2025-02-03 \nBaku port handled "
                          b"1.4 million tonnes of cargo in 2024.\n")
    assert dated.accepted and undated_notice(store, dated.doc_id) == []
