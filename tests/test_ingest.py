"""Building a data folder: accounting, duplicates, the cache, byte-identical reruns (R13, R15)."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from dashboard import ingest
from dashboard.claim import Claim
from dashboard.export import read_csv, read_parquet
from dashboard.ingest import ensure_dataset, extract_corpus, is_stale
from dashboard.schema import CLAIMS, DOCUMENTS, INPUTS

pytestmark = pytest.mark.usefixtures("fake_parser")
DATASET = ("claims.csv", "claims.parquet", "claims.json", "documents.csv", "documents.parquet",
           "documents.json", "inputs.csv", "datapackage.json")


def _hashes(folder: Path) -> dict[str, str]:
    return {name: hashlib.sha256((folder / name).read_bytes()).hexdigest() for name in DATASET}


def _inputs(out: Path) -> dict[str, tuple[str, object]]:
    frame = read_csv(out / "inputs.csv", INPUTS)
    reasons = frame["reason"].astype(object).where(frame["reason"].notna(), None)
    return {p: (s, r) for p, s, r in zip(frame["path"], frame["status"], reasons, strict=True)}


def test_extract_writes_the_dataset(corpus: Path, tmp_path: Path) -> None:
    summary = extract_corpus([corpus], tmp_path / "out", progress=False)
    assert (summary.n_inputs, summary.n_documents, summary.ok) == (3, 3, True)
    out = tmp_path / "out"
    assert {*DATASET, "build.json"} <= {p.name for p in out.iterdir()}
    documents = read_parquet(out / "documents.parquet", DOCUMENTS)
    assert list(documents["path"]) == ["articles/a-trade.txt", "articles/b-port.txt",
                                       "articles/c-rail.txt"]
    assert documents.loc[0, "title"] == "Trade up" and documents.loc[0, "place"] == "Astana"
    claims = read_parquet(out / "claims.parquet", CLAIMS)
    assert summary.n_claims == len(claims) == documents["n_claims"].sum() > 0
    texts = dict(zip(documents["doc_id"], documents["text"], strict=True))
    for row in claims.itertuples():
        assert texts[row.doc_id][row.start:row.end] == row.surface


def test_every_input_is_accounted_and_bad_ones_do_not_stop_the_rest(
        make_corpus: Callable[..., Path], tmp_path: Path) -> None:
    root = make_corpus(tmp_path / "in", {
        "good.txt": "Trade rose 5%.", "empty.txt": b"", "blank.txt": "   \n",
        "scan.pdf": b"%PDF-1.4 ...", "image.txt": b"\x89PNG\r\n\x1a\n\x00\x00",
        "data.zip": b"PK\x03\x04rest", "notes.docx": b"PK\x03\x04rest",
        "sub/page.html": "<html><body><p>Cargo grew 7% to 2.8 million tonnes in 2023 "
                         "at the port of Aktau.</p></body></html>",
    }, manifest=None)
    summary = extract_corpus([root, tmp_path / "missing.txt"], tmp_path / "out", progress=False)
    assert not summary.ok and summary.n_documents == 2
    assert {r.path: r.reason.value for r in summary.rejections} == {
        "empty.txt": "empty", "blank.txt": "empty", "scan.pdf": "unsupported_type",
        "image.txt": "not_text", "data.zip": "unsupported_type",
        "notes.docx": "unsupported_type", str(tmp_path / "missing.txt"): "not_found"}
    accounted = _inputs(tmp_path / "out")
    assert accounted["good.txt"] == ("parsed", None)
    assert accounted["sub/page.html"] == ("parsed", None)
    assert accounted["scan.pdf"] == ("rejected", "unsupported_type")
    assert len(accounted) == 9


def test_same_article_twice_and_with_crlf_is_one_document(
        make_corpus: Callable[..., Path], tmp_path: Path) -> None:
    text = " date 2024-01-01 Headline\n\nTrade rose 5% to 7 ships.\n"
    root = make_corpus(tmp_path / "in", {"a.txt": text, "b.txt": text,
                                         "c.txt": text.replace("\n", "\r\n").encode()},
                       manifest=None)
    summary = extract_corpus([root], tmp_path / "out", progress=False)
    assert (summary.n_documents, summary.n_duplicates, summary.ok) == (1, 2, True)
    claims = read_parquet(tmp_path / "out" / "claims.parquet", CLAIMS)
    assert not claims.duplicated(["doc_id", "start", "end"]).any() and len(claims) == 2
    assert {s for s, _ in _inputs(tmp_path / "out").values()} == {"parsed", "duplicate"}


def test_second_run_uses_the_cache_and_writes_identical_bytes(corpus: Path,
                                                               tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = extract_corpus([corpus], out, progress=False)
    before = _hashes(out)
    mtimes = {name: (out / name).stat().st_mtime_ns for name in DATASET}
    second = extract_corpus([corpus], out, progress=False)
    assert (first.n_parsed, second.n_parsed, second.n_cached) == (3, 0, 3)
    assert _hashes(out) == before
    assert {name: (out / name).stat().st_mtime_ns for name in DATASET} == mtimes  # untouched


def test_input_order_does_not_change_the_output(make_corpus: Callable[..., Path],
                                                tmp_path: Path) -> None:
    files = {"x/one.txt": "Cargo 5% up.", "y/two.txt": "Trade 7% up.", "z.txt": "Cargo 5% up."}
    forward = make_corpus(tmp_path / "a", files, manifest=None)
    backward = make_corpus(tmp_path / "b", dict(reversed(files.items())), manifest=None)
    extract_corpus([forward], tmp_path / "out1", progress=False)
    extract_corpus([backward], tmp_path / "out2", progress=False)
    assert _hashes(tmp_path / "out1") == _hashes(tmp_path / "out2")
    extract_corpus([forward / "y", forward / "x"], tmp_path / "out3", progress=False)
    extract_corpus([forward / "x", forward / "y"], tmp_path / "out4", progress=False)
    assert _hashes(tmp_path / "out3") == _hashes(tmp_path / "out4")


def test_a_parser_failure_rejects_only_that_document(
        corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        fake_parser: Callable[..., list[Claim]]) -> None:
    import dashboard.parser

    def flaky(text: str, *, published: str | None = None) -> list[Claim]:
        if "Baku" in text:
            raise RuntimeError("boom")
        claims = fake_parser(text, published=published)
        if "trains" in text:  # a claim whose surface is not at its offsets
            return [Claim(start=0, end=2, surface="zz", value=1.0, unit="count")]
        return claims

    monkeypatch.setattr(dashboard.parser, "extract_claims", flaky)
    summary = extract_corpus([corpus], tmp_path / "out", progress=False)
    assert summary.n_documents == 1
    reasons = {r.path: (r.reason.value, r.message) for r in summary.rejections}
    assert reasons["articles/b-port.txt"][0] == "parse_error"
    assert "RuntimeError: boom" in reasons["articles/b-port.txt"][1]
    assert "off its text" in reasons["articles/c-rail.txt"][1]


def test_non_finite_values_never_reach_the_dataset(corpus: Path, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    import dashboard.parser

    def infinite(text: str, *, published: str | None = None) -> list[Claim]:
        return [Claim(start=0, end=1, surface=text[0], value=float("inf"), unit="count")]

    monkeypatch.setattr(dashboard.parser, "extract_claims", infinite)
    summary = extract_corpus([corpus], tmp_path / "out", progress=False)
    assert summary.n_claims == 0 and {r.reason.value for r in summary.rejections} == {
        "parse_error"}


def test_stale_detection_and_ensure_dataset(tmp_path: Path, make_corpus: Callable[..., Path]
                                            ) -> None:
    data = tmp_path / "data"
    make_corpus(data / "articles")
    assert is_stale(data)
    first = ensure_dataset(data)
    assert first is not None and first.n_documents == 3
    assert not is_stale(data) and ensure_dataset(data) is None
    article = data / "articles" / "articles" / "c-rail.txt"
    os.utime(article, ns=(1, 1))  # a new modification time alone (a fresh clone) is no change
    assert not is_stale(data)
    article.write_text("Trains ran 20,000 times.\n")
    os.utime(article, ns=(1, 1))
    assert is_stale(data)
    rebuilt = ensure_dataset(data)
    assert rebuilt is not None and rebuilt.n_parsed == 1 and rebuilt.n_cached == 2
    build = json.loads((data / "build.json").read_text())
    assert build["inputs"] == ["articles"]  # relative: the folder can move


def test_an_article_edited_during_the_build_leaves_the_dataset_stale(
        tmp_path: Path, make_corpus: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    make_corpus(data / "articles")
    article = data / "articles" / "articles" / "c-rail.txt"
    read_inputs = ingest._load_inputs

    def read_then_edit(paths: list[Path]) -> object:
        loaded = read_inputs(paths)
        article.write_text("Trains ran 20,000 times.\n")  # after it was read
        return loaded

    monkeypatch.setattr(ingest, "_load_inputs", read_then_edit)
    assert ensure_dataset(data) is not None
    assert is_stale(data)  # the edit is not in the dataset, so it must be rebuilt


def test_cache_entries_of_removed_articles_are_pruned(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    extract_corpus([corpus], out, progress=False)
    assert len(list((out / ".cache" / "parse").glob("*.json"))) == 3
    (corpus / "articles" / "c-rail.txt").unlink()
    extract_corpus([corpus], out, progress=False)
    assert len(list((out / ".cache" / "parse").glob("*.json"))) == 2


def test_bundled_corpus_with_the_real_parser(bundled_corpus: Path, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """Done-when of issue 3: 41 documents, offsets hold, the package validates, reruns match."""
    monkeypatch.undo()  # the real parser, in this process and in worker processes
    from frictionless import validate

    out1, out2 = tmp_path / "one", tmp_path / "two"
    summary = extract_corpus([bundled_corpus], out1, progress=False)
    assert (summary.n_documents, summary.ok) == (41, True) and summary.n_claims > 300
    claims = read_parquet(out1 / "claims.parquet", CLAIMS)
    documents = read_parquet(out1 / "documents.parquet", DOCUMENTS)
    texts = dict(zip(documents["doc_id"], documents["text"], strict=True))
    assert all(texts[d][s:e] == surface for d, s, e, surface in zip(
        claims["doc_id"], claims["start"], claims["end"], claims["surface"], strict=True))
    report = validate(str(out1 / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "message"])
    first = _hashes(out1)
    extract_corpus([bundled_corpus], out1, progress=False)
    assert _hashes(out1) == first
    parallel = extract_corpus([bundled_corpus], out2, jobs=2, progress=False)
    assert parallel.n_parsed == 41 and _hashes(out2) == first
    pd.testing.assert_frame_equal(read_csv(out1 / "claims.csv", CLAIMS), claims)
