"""Property tests of the parser and the decoders (R2, R3, R4), Hypothesis with `derandomize`.

- `extract_claims` never raises on any `str` (lone surrogates, controls, any script) and any
  `published` value; its claims always satisfy `text[start:end] == surface`, come sorted and
  never overlap, carry finite values, and the same text gives the same claims.
- A claim spliced into arbitrary text is found at the shifted offsets with the same reading.
- Numbers written under the documented separator policy read back exactly.
- The decoders never raise on arbitrary bytes, and a decoded document parses cleanly.

`derandomize=True` makes every run (and CI) try the same examples; raise
`PROPERTY_EXAMPLES` locally to search harder.
"""

from __future__ import annotations

import math
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dashboard.carry import _NOW_WORDS, _RE_NOW
from dashboard.change_words import RE_HEDGE
from dashboard.claim import Claim
from dashboard.corpus import Document, Rejection, load_bytes, parse_feed_text
from dashboard.decoding import decode_bytes
from dashboard.facts import _outside
from dashboard.hedges import find_hedge
from dashboard.lexicon import Words
from dashboard.parser import MAX_DIGITS, extract_claims, parse_number
from dashboard.vocab.units import (
    CURRENCY_WORDS,
    MULTIPLIER_WORDS,
    SCALES,
    UNIT_WORDS,
    WORD_NUMBERS,
)

EXAMPLES = int(os.environ.get("PROPERTY_EXAMPLES", "120"))
SETTINGS = settings(derandomize=True, max_examples=EXAMPLES, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

# Any code point, lone surrogates included: a `str` from Python code may hold them.
ANY_CHAR = st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=())
# Pieces of news text the grammar reacts to, and the characters the number policy is about.
TOKENS = st.sampled_from([
    "5", "12", "1,234", "1.234,5", "531 731", "64\u2009250", "7\u00a0000", "1\u200b000", "٣٤٥",
    "１２３", "𝟗", "\u202e005$\u202c", "1e309", "Infinity", "NaN", "$", "US$", "KZT", "€", "-",
    "−", "+", "(", ")", "%", " per cent", " pp", " million", " bn", " mln", " tonnes", " TEU",
    " bcm", " km", " times", "fivefold", "doubled", "between", " and ", "from", " to ", "–",
    "about", "over", "up to", "rose", "fell by", "down", "a year", "per day", "2020", "2023-24",
    "FY2024", "Q3 2025", "March 11, 2024", "by 2030", "this year", "the first 11 months",
    "Kazakhstan", "Azerbaijan", "trade turnover", "exports", "cargo", "containers", "trains",
    " ", "\u00a0", "\n", "\n\n", ". ", ", ", "; ", "\r", "\t", "\x00", "\ufeff", "9" * 40,
])
NEWSY = st.lists(st.one_of(TOKENS, TOKENS, st.text(ANY_CHAR, max_size=3)), max_size=40).map(
    "".join)
TEXT = st.one_of(st.text(ANY_CHAR, max_size=200), NEWSY)
PUBLISHED = st.one_of(st.none(), st.dates().map(lambda d: d.isoformat()),
                      st.text(ANY_CHAR, max_size=12))


# Every vocabulary phrase of more than one word, which the patterns match across any run of
# spaces ("half  a million", "a\u00a0dozen"): the lookups after the match must agree.
_PHRASES = sorted(
    phrase for table in (WORD_NUMBERS, MULTIPLIER_WORDS, SCALES, UNIT_WORDS, CURRENCY_WORDS)
    for phrase in table if " " in phrase
)
SPACES = st.text(st.sampled_from(" \u00a0\t\u2009\u202f"), min_size=1, max_size=3)


def assert_well_formed(text: str, claims: list[Claim]) -> None:
    """R3 and R4 on one result: offsets, order, no overlap, finite values."""
    assert isinstance(claims, list)
    previous_end = 0
    for claim in claims:
        assert isinstance(claim, Claim)
        assert 0 <= claim.start < claim.end <= len(text)
        assert text[claim.start:claim.end] == claim.surface
        assert claim.start >= previous_end, "claims overlap or are out of order"
        previous_end = claim.end
        assert math.isfinite(claim.value)
        assert claim.value_high is None or math.isfinite(claim.value_high)


@SETTINGS
@given(TEXT, PUBLISHED)
def test_extract_claims_is_total_exact_sorted_finite_and_deterministic(
        text: str, published: str | None) -> None:
    claims = extract_claims(text, published=published)
    assert_well_formed(text, claims)
    assert extract_claims(text, published=published) == claims


# Pieces of Markdown pipe tables (as trafilatura writes them) mixed with the news tokens: the
# table reader must keep every property of the prose scan.
TABLE_TOKENS = st.sampled_from([
    "|", " | ", "|---|", "|---|---|", "|:--|--:|", "| -", "\n|---|---|\n", "| 2024, mln t ",
    "| USD million ", "| Change, % ", "| TEU (thousand) ", "| $ mln ", "| Year ", "| 2.9 ",
    "| -3.1 ", "| +22.0 ", "| 1,100 ", "| n/a ", "| Kazakhstan ", "(million US dollars)\n",
    "| Freight volume, million tonnes ", "| 2030 (forecast) ", "|\n", "| \n",
])
TABLE_TEXT = st.lists(st.one_of(TABLE_TOKENS, TABLE_TOKENS, TOKENS), max_size=60).map("".join)


@SETTINGS
@given(TABLE_TEXT, PUBLISHED)
def test_pipe_tables_keep_offsets_order_and_determinism(text: str, published: str | None) -> None:
    claims = extract_claims(text, published=published)
    assert_well_formed(text, claims)
    assert extract_claims(text, published=published) == claims


# A sentence whose one claim we know; paragraph breaks keep the filler's context out of it.
PLANTED = "Cargo through the port reached 2.8 million tonnes in 2023."
PLANTED_SURFACE = "2.8 million tonnes"


@SETTINGS
@given(TEXT, TEXT)
def test_a_claim_spliced_into_any_text_is_found_at_the_shifted_offsets(
        before: str, after: str) -> None:
    text = f"{before}\n\n{PLANTED}\n\n{after}"
    at = len(before) + 2 + PLANTED.index(PLANTED_SURFACE)
    claims = extract_claims(text)
    assert_well_formed(text, claims)
    found = [c for c in claims if c.start == at]
    assert len(found) == 1, [(c.start, c.surface) for c in claims]
    assert (found[0].surface, found[0].value, found[0].unit) == (PLANTED_SURFACE, 2.8e6, "t")


def _group(digits: str, sep: str) -> str:
    head = len(digits) % 3 or 3
    return sep.join([digits[:head]] + [digits[i:i + 3] for i in range(head, len(digits), 3)])


# (thousands separator, decimal mark) pairs of the documented policy (README, "The parser").
STYLES = st.sampled_from([(",", "."), (" ", ","), ("\u00a0", ","), ("\u2009", ","),
                          ("\u202f", ","), ("", "."), ("", ",")])


@SETTINGS
@given(st.integers(1, 10**15 - 1), st.integers(0, 99), STYLES)
def test_numbers_under_the_separator_policy_read_back_exactly(
        whole: int, cents: int, style: tuple[str, str]) -> None:
    """Up to the documented 15 significant digits."""
    thousands, decimal = style
    if cents and whole >= 10**13:
        whole //= 100
    written = _group(str(whole), thousands)
    if cents:
        written += f"{decimal}{cents:02d}"
    elif decimal == "," and not thousands and len(written) > 3:
        return  # "1234" with no decimals is the same text as the ("", ".") style
    expected = float(f"{whole}.{cents:02d}")
    assert parse_number(written) == expected
    text = f"The port handled {written} tonnes of grain."
    claims = extract_claims(text)
    assert [c.surface for c in claims] == [f"{written} tonnes"]
    assert claims[0].value == expected


@SETTINGS
@given(st.integers(MAX_DIGITS + 1, 400))
def test_digit_runs_past_the_cap_are_never_quantities(n_digits: int) -> None:
    run = "7" * n_digits
    assert parse_number(run) is None
    assert extract_claims(f"Exports reached {run} tonnes, or ${run}.") == []


# --- decoders (R2 for bytes) -----------------------------------------------------------------

BYTES = st.one_of(
    st.binary(max_size=1500),
    # Text-like bytes in the encodings the loader knows, with stray bytes mixed in.
    st.tuples(TEXT, st.sampled_from(["utf-8", "utf-16", "utf-16-le", "cp1252", "latin-1"]),
              st.binary(max_size=8)).map(
        lambda t: t[0].encode(t[1], errors="replace") + t[2]),
    st.tuples(st.sampled_from([b"<html><body><p>", b"<!doctype html><p>", b"<?xml?><p>",
                               b"\xef\xbb\xbf<html>", b"<meta charset='utf-16'>"]),
              st.binary(max_size=600)).map(b"".join),
)


@SETTINGS
@given(BYTES, st.sampled_from(["text", "html", None]))
def test_decoders_are_total_on_arbitrary_bytes_and_decoded_text_parses(
        data: bytes, kind: str | None) -> None:
    text, encoding = decode_bytes(data, html=kind == "html")
    assert isinstance(text, str) and encoding
    text.encode("utf-8")  # no lone surrogate leaves the boundary
    name = "x.html" if kind == "html" else "x.txt"
    loaded = load_bytes(data, path=name, kind=kind)
    assert isinstance(loaded, Document | Rejection)
    if isinstance(loaded, Document):
        loaded.text.encode("utf-8")
        assert "\x00" not in loaded.text and "\r" not in loaded.text
        assert_well_formed(loaded.text, extract_claims(loaded.text, published=loaded.published))
    else:
        assert loaded.reason and loaded.message


@SETTINGS
@given(TEXT)
def test_feed_format_reader_is_total(text: str) -> None:
    body, published, title, place = parse_feed_text(" date 2024-03-11 " + text)
    assert isinstance(body, str)
    for value in (published, title, place):
        assert value is None or isinstance(value, str)


@SETTINGS
@given(st.sampled_from(_PHRASES), SPACES, st.sampled_from(["", "5 ", "about 2.5 ", "$3 "]),
       st.sampled_from(["", " tonnes", " million dollars", " of cargo a year."]))
def test_vocabulary_phrases_with_any_spaces_never_raise(
    phrase: str, spaces: str, before: str, after: str
) -> None:
    text = before + spaces.join(phrase.split(" ")) + after
    assert_well_formed(text, extract_claims(text))



# Hedges as news writes them, those the parser reads and look-alikes it does not.
HEDGE_WORDS = st.sampled_from([
    "about", "around", "approximately", "approx.", "nearly", "almost", "roughly", "some",
    "circa", "ca.", "close to", "an estimated", "estimated", "an approximate", "near",
    "just about", "over", "more than", "above", "higher than", "greater than", "larger than",
    "just over", "slightly more than", "well over", "at least", "exceeding", "exceeded",
    "exceeds", "in excess of", "upwards of", "no less than", "not less than", "topped",
    "topping", "surpassed", "will pass", "passed", "tops", "beyond", "a minimum of", "up to",
    "less than", "under", "below", "lower than", "smaller than", "just under", "fewer than",
    "no more than", "at most", "a maximum of", "as much as", "as many as", "as high as",
    "short of", "capped at", "~", "sub-", "averaged", "an average of", "to", "of", "a", "UP TO",
    "About", "close  to", "more\u00a0than", "ſome", "İn excess of",
])


@SETTINGS
@given(st.lists(st.one_of(HEDGE_WORDS, TOKENS), max_size=8).map(" ".join), HEDGE_WORDS,
       st.sampled_from(["", " ", " a ", "  "]))
def test_the_hedge_prefilter_never_skips_a_hedge(head: str, hedge: str, tail: str) -> None:
    """`quantity.find_hedge` passes over windows without trying RE_HEDGE; it must never pass
    over one where RE_HEDGE finds a hedge."""
    before = head + " " + hedge + tail
    expected = RE_HEDGE.search(before[-40:])
    found = find_hedge(before)
    assert (found and found.span()) == (expected and expected.span())


NOW_LOOKALIKES = st.sampled_from([
    "now", "Now", "NOW", "now-defunct", "known", "nowhere", "snow", "currently", "current",
    "at present", "at  present", "presently", "today", "Today.az", "todays", "nowadays",
    "now_x", "ſome", "İn", "2024", ".", ",", "'now'", "(today)",
])


@SETTINGS
@given(st.lists(st.one_of(NOW_LOOKALIKES, TOKENS), max_size=10).map(" ".join))
def test_the_present_prefilter_never_skips_the_present(words: str) -> None:
    """`carry.PeriodCarry` skips `_RE_NOW` when the text's word runs hold none of
    `_NOW_WORDS`; it must never skip a text where `_RE_NOW` finds a word of the present."""
    runs = Words.read(words).runs
    if runs is not None and _NOW_WORDS.isdisjoint(runs):
        assert _RE_NOW.search(words) is None


@SETTINGS
@given(st.lists(st.tuples(st.integers(0, 300), st.integers(1, 20)), max_size=12),
       st.lists(st.integers(0, 320), max_size=30))
def test_cues_outside_port_names_match_a_plain_scan(spans: list[tuple[int, int]],
                                                    cue_starts: list[int]) -> None:
    """`facts._outside` (one bisection a cue, so long texts stay linear) keeps exactly the
    cues a plain scan over every span keeps."""
    merged: list[tuple[int, int]] = []
    for lo, length in sorted(spans):
        if not merged or lo >= merged[-1][1]:  # port names do not overlap
            merged.append((lo, lo + length))
    cues = [(start, start + 3, 0) for start in sorted(cue_starts)]
    plain = [c for c in cues if not any(lo <= c[0] < hi for lo, hi in merged)]
    assert _outside(cues, merged) == plain
