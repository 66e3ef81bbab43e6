"""The dataset committed in data/ is what the current code builds from data/articles: the
README's first command serves it, and it must never lag behind the parser.

If this fails after a change to the parser or the dataset code, rebuild and commit it:
    python -m dashboard extract && git add data
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dashboard.ingest import extract_corpus, is_stale

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("rebuilt")
    summary = extract_corpus([DATA / "articles"], out, progress=False)
    assert summary is not None
    return out


def test_bundled001_committed_files_are_what_the_code_builds(rebuilt: Path) -> None:
    committed = json.loads((DATA / "build.json").read_text(encoding="utf-8"))["files"]
    fresh = json.loads((rebuilt / "build.json").read_text(encoding="utf-8"))["files"]
    assert sorted(committed) == sorted(fresh)
    stale = [name for name in fresh if (DATA / name).read_bytes() != (rebuilt / name).read_bytes()]
    assert not stale, f"data/ is stale: {stale}; run python -m dashboard extract"


def test_bundled003_a_fresh_checkout_serves_the_committed_files_without_a_rebuild() -> None:
    """`serve` rebuilds only a stale dataset; a clone's new file times must not make it so."""
    assert not is_stale(DATA)


def test_bundled002_the_seed_article_gives_its_three_claims() -> None:
    import pandas as pd

    claims = pd.read_parquet(DATA / "claims.parquet")
    documents = pd.read_parquet(DATA / "documents.parquet")
    seed_path = "articles/000-kazakhstan-azerbaijan-state-visit.txt"
    seed = documents.loc[documents["path"] == seed_path]
    [doc_id] = seed["doc_id"]
    surfaces = claims.loc[claims["doc_id"] == doc_id, "surface"].tolist()
    assert surfaces == ["fivefold", "$529 million", "10 million tons"]
