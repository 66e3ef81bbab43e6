"""`check` (R15): passes on a fresh build and names each kind of discrepancy."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from dashboard.claim import Claim
from dashboard.export import read_parquet, to_parquet_bytes
from dashboard.ingest import extract_corpus
from dashboard.integrity import check_data_dir
from dashboard.schema import CLAIMS, DOCUMENTS

pytestmark = pytest.mark.usefixtures("fake_parser")


@pytest.fixture
def data(tmp_path: Path, corpus: Path) -> Path:
    out = tmp_path / "data"
    assert extract_corpus([corpus], out, progress=False).n_documents == 3
    return out


def _rewrite(data: Path, name: str, content: bytes) -> None:
    """Change a file and its hash in build.json, as a consistent but wrong dataset would."""
    (data / name).write_bytes(content)
    build = json.loads((data / "build.json").read_text())
    build["files"][name] = hashlib.sha256(content).hexdigest()
    (data / "build.json").write_text(json.dumps(build))


def test_a_fresh_build_passes(data: Path) -> None:
    report = check_data_dir(data)
    assert report.ok, report.problems
    assert report.rebuilt and report.counts["documents"] == 3 and report.counts["rejected"] == 0


def test_missing_build_record(tmp_path: Path) -> None:
    assert "run `extract` first" in check_data_dir(tmp_path).problems[0]


def test_a_changed_file_is_found(data: Path) -> None:
    (data / "claims.csv").write_bytes((data / "claims.csv").read_bytes() + b"\n")
    assert check_data_dir(data).problems == (
        "claims.csv changed since the build (hash differs from build.json)",)


def test_a_claim_that_does_not_resolve_is_found(data: Path) -> None:
    claims = read_parquet(data / "claims.parquet", CLAIMS)
    claims.loc[0, "surface"] = "999"
    _rewrite(data, "claims.parquet", to_parquet_bytes(claims, CLAIMS))
    problems = check_data_dir(data).problems
    assert any("!= '999'" in p for p in problems)
    assert any("claims.csv does not hold the same rows" in p for p in problems)
    assert any("rebuild from the raw articles differs in claims.parquet" in p for p in problems)


def test_an_unaccounted_input_is_found(data: Path, corpus: Path) -> None:
    (corpus / "articles" / "new.txt").write_text("Trade rose 9%.")
    assert "input articles/new.txt is not accounted for in inputs.csv" in check_data_dir(
        data, rebuild=False).problems


def test_a_vanished_input_is_found(data: Path, corpus: Path) -> None:
    (corpus / "articles" / "c-rail.txt").unlink()
    problems = check_data_dir(data, rebuild=False).problems
    assert "inputs.csv lists articles/c-rail.txt, which is no longer there" in problems


def test_a_rebuild_that_differs_is_found(data: Path, monkeypatch: pytest.MonkeyPatch,
                                         fake_parser: Callable[..., list[Claim]]) -> None:
    import dashboard.parser

    def changed(text: str, *, published: str | None = None) -> list[Claim]:
        return fake_parser(text, published=published)[:1]  # a parser that finds less

    monkeypatch.setattr(dashboard.parser, "extract_claims", changed)
    problems = check_data_dir(data).problems
    assert "the rebuild from the raw articles differs in claims.parquet" in problems


def test_documents_edited_consistently_still_fail_the_offset_check(data: Path) -> None:
    documents = read_parquet(data / "documents.parquet", DOCUMENTS)
    documents.loc[0, "text"] = "x" + documents.loc[0, "text"]
    _rewrite(data, "documents.parquet", to_parquet_bytes(documents, DOCUMENTS))
    problems = check_data_dir(data, rebuild=False).problems
    assert any("text[" in p for p in problems) and any("sha256 does not match" in p
                                                       for p in problems)
