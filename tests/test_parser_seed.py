"""The seed article gives exactly three claims (parser issue, "Done when" item 1).

Read twice: as the raw file (its first line holds " date 2024-03-11") and as the body the
corpus loader stores, so that neither the feed header nor the dateline yields a claim.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dashboard.claim import Claim
from dashboard.corpus import Document, detect_kind, load_bytes
from dashboard.parser import extract_claims

SEED = (Path(__file__).resolve().parent.parent / "data" / "articles" / "articles"
        / "000-kazakhstan-azerbaijan-state-visit.txt")
PUBLISHED = "2024-03-11"
# Words that hold digits or count words but measure nothing.
NOT_CLAIMS = ("2024-03-11", "March 11, 2024", "2020", "two nations", "inaugural")


def _raw_text() -> str:
    return SEED.read_text(encoding="utf-8")


def _stored_text() -> str:
    doc = load_bytes(SEED.read_bytes(), path=SEED.name, kind=detect_kind(SEED.name))
    assert isinstance(doc, Document), doc
    assert doc.published == PUBLISHED
    return doc.text


@pytest.fixture(params=["raw-file", "stored-body"])
def seed(request: pytest.FixtureRequest) -> tuple[str, list[Claim]]:
    text = _raw_text() if request.param == "raw-file" else _stored_text()
    return text, extract_claims(text, published=PUBLISHED)


def test_seed_has_exactly_three_claims(seed: tuple[str, list[Claim]]) -> None:
    text, claims = seed
    assert [c.surface for c in claims] == ["fivefold", "$529 million", "10 million tons"]
    for claim in claims:
        assert text[claim.start : claim.end] == claim.surface
        assert text.count(claim.surface) == 1  # so the offsets below are the only right ones
        assert claim.start == text.index(claim.surface)


def test_seed_turnover(seed: tuple[str, list[Claim]]) -> None:
    claim = _by_surface(seed[1], "$529 million")
    assert (claim.value, claim.unit, claim.value_high) == (529_000_000, "USD", None)
    assert claim.metric == "trade turnover"
    assert claim.topic.value == "trade"
    assert {"Kazakhstan", "Azerbaijan"} <= set(claim.entities)
    assert claim.kind.value == "actual"
    assert claim.change is None  # a level, reached after the change
    assert claim.approx is None
    assert "surged fivefold, reaching $529 million" in claim.sentence


def test_seed_fivefold(seed: tuple[str, list[Claim]]) -> None:
    claim = _by_surface(seed[1], "fivefold")
    assert (claim.value, claim.unit) == (5, "x")
    assert claim.change is not None and claim.change.value == "increase"
    assert claim.metric == "trade turnover"
    assert claim.period is not None and claim.period.startswith("2020")  # "since 2020"
    assert claim.period == "2020/.."
    assert claim.kind.value == "actual"
    assert {"Kazakhstan", "Azerbaijan"} <= set(claim.entities)


def test_seed_cargo_projection(seed: tuple[str, list[Claim]]) -> None:
    claim = _by_surface(seed[1], "10 million tons")
    assert (claim.value, claim.unit, claim.per) == (10_000_000, "t", "year")
    assert claim.metric == "cargo volume"
    assert claim.topic.value == "logistics"
    assert "Trans-Caspian International Transport Route" in claim.entities
    assert claim.kind.value == "projection"
    assert claim.change is None


@pytest.mark.parametrize("words", NOT_CLAIMS)
def test_seed_no_claim_from(seed: tuple[str, list[Claim]], words: str) -> None:
    text, claims = seed
    spans = _occurrences(text, words)
    if words == "2024-03-11" and not text.startswith(" date"):
        assert spans == []  # the loader moved the feed date into `published`
    else:
        assert spans, f"{words!r} should be in the seed text"
    for lo, hi in spans:
        hits = [c.surface for c in claims if c.start < hi and lo < c.end]
        assert hits == [], f"claim {hits} made from {words!r} at {lo}"


def _by_surface(claims: list[Claim], surface: str) -> Claim:
    found = [c for c in claims if c.surface == surface]
    assert len(found) == 1, [c.surface for c in claims]
    return found[0]


def _occurrences(text: str, words: str) -> list[tuple[int, int]]:
    out, at = [], text.find(words)
    while at >= 0:
        out.append((at, at + len(words)))
        at = text.find(words, at + 1)
    return out
