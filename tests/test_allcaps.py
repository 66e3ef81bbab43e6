"""Shouted lines read in sentence case (`allcaps.read_as_cased`): a spec table of rewrites,
and properties: only the case of letters changes, a rewrite is stable, and the parser quotes
the text as written."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.allcaps import read_as_cased
from dashboard.parser import extract_claims

REWRITES = [
    # (written, read)
    ("KAZAKHSTAN EXPORTS UP 12% TO $4.1BN IN JANUARY-OCTOBER 2025",
     "Kazakhstan exports up 12% to $4.1BN in January-October 2025"),
    # acronyms the vocabularies know keep their capitals; a label's colon opens a sentence
    ("KTZ: CONTAINER TRANSIT VIA TITR UP 18% IN H1",
     "KTZ: Container transit via TITR up 18% in H1"),
    # names of several words are restored whole; their words alone are common words
    ("THE PORT OF AKTAU AND THE MIDDLE CORRIDOR DRAW NEW INVESTMENT",
     "The Port of Aktau and the Middle Corridor draw new investment"),
    # "MAY" is the verb; each sentence opens with a capital
    ("EXPORTS MAY RISE 5% IN 2026. IMPORTS MAY FALL.",
     "Exports may rise 5% in 2026. Imports may fall."),
    # units and codes written with capitals keep them; letters touching digits stay as written
    ("SOLAR PARK OF 120 MW, 9M 2025 EXPORTS OF KZT 3 TRILLION",
     "Solar park of 120 MW, 9M 2025 exports of KZT 3 trillion"),
    ("ARMENIA'S EXPORTS", "Armenia's exports"),
]

UNCHANGED = [
    "Kazakhstan exports rose 12% to $4.1 billion.",  # prose: a line with lower case
    "KTZ: TITR +18%",  # acronyms only: nothing shouts
    "EU GDP",  # too short to be a headline
    "| 2024 | 2025 | 12,500 |",  # no words at all
]


@pytest.mark.parametrize(("written", "read"), REWRITES, ids=[w[:30] for w, _ in REWRITES])
def test_a_shouted_line_is_read_in_sentence_case(written: str, read: str) -> None:
    assert read_as_cased(written) == read


@pytest.mark.parametrize("text", UNCHANGED)
def test_other_lines_are_read_as_written(text: str) -> None:
    assert read_as_cased(text) is text


def test_only_shouted_lines_change() -> None:
    text = "Exports rose.\nKAZAKHSTAN EXPORTS UP 12% IN 2025\nThe KTZ said so."
    read = "Exports rose.\nKazakhstan exports up 12% in 2025\nThe KTZ said so."
    assert read_as_cased(text) == read


def test_a_line_beyond_the_cap_is_read_as_written() -> None:
    text = "KAZAKHSTAN EXPORTS ROSE. " * 400  # 10,000 characters on one line
    assert read_as_cased(text) is text


def test_claims_quote_the_text_as_written() -> None:
    text = "UZBEK-CHINA TRADE HITS $13.7 BLN IN 10 MONTHS"
    [claim] = extract_claims(text, published="2025-11-20")
    assert claim.surface == "$13.7 BLN" == text[claim.start : claim.end]
    assert claim.sentence == text
    assert claim.entities == ("Uzbekistan", "China")
    assert claim.period == "2025-01/2025-10"


SHOUTED = st.lists(
    st.sampled_from(["KAZAKHSTAN", "EXPORTS", "UP", "12%", "$4.1BN", "İSTANBUL", "MAY", "KTZ",
                     "TWH", "PORT", "OF", "AKTAU", "MIDDLE", "CORRIDOR", "H1", ".", ":", "-",
                     "ǅ", "ß", "Σ", "\u00a0", "  ", "\n", "MLN", "TONNES", "2025"]),
    min_size=1, max_size=30,
).map(" ".join)


@settings(derandomize=True, max_examples=200, deadline=None)
@given(SHOUTED)
def test_only_the_case_of_letters_changes_and_a_rewrite_is_stable(text: str) -> None:
    read = read_as_cased(text)
    assert len(read) == len(text)
    assert all(a == b or a.lower() == b.lower() for a, b in zip(read, text, strict=True))
    assert read_as_cased(read) == read
    for claim in extract_claims(text):
        assert text[claim.start : claim.end] == claim.surface
        assert claim.surface in claim.sentence and claim.sentence in text
