"""Sentence boundaries (`context.SentenceIndex`): a claim's `sentence` and the facts read
around it stop at a sentence end, never at the dot of an abbreviation."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard import context
from dashboard.context import SentenceIndex
from dashboard.parser import extract_claims


def sentences(text: str) -> list[str]:
    index = SentenceIndex(text)
    return [text[slice(*index.span(i))].strip() for i in range(len(index.starts))]


@pytest.mark.parametrize(("text", "expected"), [
    ("Decree No. 5 was signed. Exports rose.", ["Decree No. 5 was signed.", "Exports rose."]),
    ("BEIJING, Jan. 4 (Xinhua) - Trains ran.", ["BEIJING, Jan. 4 (Xinhua) - Trains ran."]),
    ("Dr. Smith spoke. The U.S. Treasury agreed.", ["Dr. Smith spoke.",
                                                    "The U.S. Treasury agreed."]),
    ("J. Smith agreed. Prices rose.", ["J. Smith agreed.", "Prices rose."]),
    ("Exports hit 5 mln t. The port grew.", ["Exports hit 5 mln t.", "The port grew."]),
    ("Rails heat above 50 °C. Trains slow.", ["Rails heat above 50 °C.", "Trains slow."]),
    ('He said "it grew." Then it fell.', ['He said "it grew."', "Then it fell."]),
    ("Headline\nBody text.\n\nNext paragraph.", ["Headline", "Body text.", "Next paragraph."]),
])
def test_sentence_ends_but_not_at_abbreviations(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_a_claims_sentence_runs_over_an_abbreviated_date() -> None:
    text = "BEIJING, Jan. 4 (Xinhua) - Freight trains made 15,000 journeys in 2021."
    (claim,) = extract_claims(text)
    assert claim.sentence == text


SENTENCE_PIECES = st.lists(st.sampled_from([
    "Exports rose", ". ", ".", "! ", "? ", '." ', ".) ", "\n", "\n\n", " \n \n", "No. 5", " ",
    "\u00a0", "The", "5", "(", '"', "”", "’", "]", "U.S.", "a", "\t",
]), max_size=30).map("".join)


@settings(derandomize=True, max_examples=300, deadline=None)
@given(SENTENCE_PIECES)
def test_the_fast_sentence_scan_finds_the_documented_ends(text: str) -> None:
    """`context._RE_SENTENCE_SCAN` (the whole-text scan) and `RE_SENTENCE_END` (the pattern
    `crosses_sentence` uses) agree on where every sentence ends."""
    slow = [m.end() for m in context.RE_SENTENCE_END.finditer(text)]
    fast = [m.end() for m in context._RE_SENTENCE_SCAN.finditer(text)]
    assert fast == slow
