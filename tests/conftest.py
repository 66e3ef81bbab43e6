"""Shared fixtures: a stand-in parser and a small corpus, both built in code."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from dashboard.claim import Claim

RE_FAKE_NUMBER = re.compile(r"\d+(?:\.\d+)?%?")


def fake_extract_claims(text: str, *, published: str | None = None) -> list[Claim]:
    """Every number is a claim: enough to test the layers around the parser."""
    del published
    return [Claim(start=m.start(), end=m.end(), surface=m.group(),
                  value=float(m.group().rstrip("%")), unit="%" if m.group().endswith("%")
                  else "count", entities=("Kazakhstan",), sentence=text[:80])
            for m in RE_FAKE_NUMBER.finditer(text)]


@pytest.fixture
def fake_parser(monkeypatch: pytest.MonkeyPatch) -> Callable[..., list[Claim]]:
    """Replace the parser in this process (jobs=1) by `fake_extract_claims`."""
    import dashboard.parser

    monkeypatch.setattr(dashboard.parser, "extract_claims", fake_extract_claims)
    return fake_extract_claims


SMALL_CORPUS: dict[str, str] = {
    "articles/a-trade.txt": " date 2024-03-11 ASTANA, March 11, 2024 – Trade rose 5% to "
                            "$529 million.\n\nCargo reached 2.8 million tonnes in 2023.\n",
    "articles/b-port.txt": " date 2025-01-15 Port of Baku handled 7.6 million tonnes\n\n"
                           "Containers were up 73% in 2024.\n",
    "articles/c-rail.txt": "China-Europe trains ran 19,000 times.\n",
}
SMALL_MANIFEST = ("file,published,title,source_url,outlet\n"
                  "articles/a-trade.txt,2024-03-11,Trade up,https://example.com/a,Example News\n")


def write_corpus(root: Path, files: dict[str, str | bytes] | None = None,
                 manifest: str | None = SMALL_MANIFEST) -> Path:
    """Write articles (text as UTF-8, or raw bytes) under `root`; return `root`."""
    for rel, content in (SMALL_CORPUS if files is None else files).items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    if manifest is not None:
        (root / "manifest.csv").write_text(manifest, encoding="utf-8")
    return root


@pytest.fixture
def make_corpus() -> Callable[..., Path]:
    """`make_corpus(root, files=None, manifest=...)`: write a corpus (default: the small one)."""
    return write_corpus


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A three-article corpus with a manifest, like data/articles."""
    return write_corpus(tmp_path / "corpus")


@pytest.fixture(scope="session")
def bundled_corpus() -> Path:
    """The corpus that ships in data/articles (41 articles)."""
    return Path(__file__).resolve().parent.parent / "data" / "articles"
