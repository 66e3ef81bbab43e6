"""From news text to numeric claims: `extract_claims`.

Pure: no pandas, no dash, no I/O. Two passes:
1. `_scan` finds quantity expressions with one linear regex (`patterns.RE_QUANTITY`), tried
   only where a cheap trigger fires, and `quantity.read_match` reads value, scale, unit,
   rate, hedge and change from a few characters around each;
2. `pairs.resolve` joins ranges ("between 5 and 6 million"), lends units along lists
   ("2.76 mln tonnes for 2023, 4.48 mln for 2024") and drops what measures nothing
   (years, dates, identifiers, bare numbers);
pipe tables and lists of bare figures (`tables.read_tables`) add one quantity per numeric
cell, unit and scale from its headers; then `describe.describe_all` adds what is measured,
between whom, when and whether it is a projection. Never raises on a `str`; input beyond
`MAX_TEXT_CHARS` is not read.
"""

from __future__ import annotations

from typing import Final

import regex

from dashboard import context, describe
from dashboard.allcaps import read_as_cased
from dashboard.claim import Claim
from dashboard.corrections import restore_corrected
from dashboard.headline_times import date_the_headline
from dashboard.lexicon import Words
from dashboard.numbers import MAX_DIGITS, parse_number
from dashboard.pairs import resolve
from dashboard.pasted import mend_broken_words
from dashboard.patterns import (
    QUANTITY_SIGN_TRIGGERS,
    QUANTITY_WORD_TRIGGERS,
    RE_QUANTITY,
    RE_QUANTITY_TRIGGERS,
)
from dashboard.published import Published
from dashboard.quantity import read_match
from dashboard.raw import Raw
from dashboard.scanning import iter_triggered, scan_timeout, with_signs, with_words
from dashboard.tables import label_claims, merge_cells, read_tables

__all__ = [
    "MAX_DIGITS", "MAX_TEXT_CHARS", "PARSER_VERSION", "Claim", "extract_claims", "parse_number",
]

# Bump when the parser's output may change: cached parse results are keyed on it.
PARSER_VERSION: Final = "1"
# Characters read from one text (10 MB of prose parses in seconds; more is not read).
MAX_TEXT_CHARS: Final = 10_000_000


def extract_claims(text: str, *, published: str | None = None) -> list[Claim]:
    """Every numeric claim in `text`, sorted by `start`, never overlapping.

    `published` (ISO date of the document) resolves "this year", "last year" and tells
    targets in the future from figures in the past. Returns `[]` when nothing is found.
    """
    if not isinstance(text, str) or not text:
        return []
    shown = text = text[:MAX_TEXT_CHARS]
    try:
        text = read_as_cased(text)  # shouted lines in sentence case (offsets kept)
        text = mend_broken_words(text)  # "through-\nput" from a pasted PDF (offsets kept)
        # Web addresses and lines that point to other articles are blanked for every reader
        # after this (their names and years are no context of this text's figures either);
        # sentences are still quoted as written (`shown`).
        if "://" in text or "www." in text:
            text = _blanked(_RE_LINK, text)
        if any(cue in text for cue in _LINK_LINE_CUES):
            text = _blanked(_RE_LINK_LINE, text)
        words = Words.read(text)  # for the word-led triggers, and the metric cues later
        pub = Published.parse(published)
        tables = read_tables(text, pub)  # table and list cells, and the text without them
        cells, scanned = tables.cells, tables.masked
        raws = resolve(_scan(scanned, words.runs), scanned)
        if cells:
            raws = merge_cells(raws, cells)
        if not raws:
            return []
        if tables.context is not text:  # rows past the cells' cap, blanked
            text, words = tables.context, Words.read(tables.context)
        index = context.SentenceIndex(text, pub, words=words, shown=shown)
        claims = restore_corrected(date_the_headline(describe.describe_all(raws, index), text),
                                   text)
        if not cells and not tables.frames:
            return claims
        return label_claims(claims, cells, index.facts(0, 0, 0).subjects(), tables.frames)
    except TimeoutError:  # a pathological input outran a regex budget: report nothing
        return []


# A web address: its digits are parts of a name ("...?q=30%25%2020%", "/news/2025/10/"),
# never figures.
_RE_LINK: Final = regex.compile(r"(?i:\b(?:https?://|ftp://|www\.))[^\s<>\"'\u00a0]++")


# A web page's line that points to another article or page ("Read more: Aktau port cargo up
# 12% in 2024", "Follow us on Telegram: 25K subscribers") or sells the page ("Subscribe for
# $1 a month"): its figures are another article's or the page's furniture, none of this
# text's. The line starts with the cue (as written or shouted), and but for "Subscribe" a
# separator follows within a few words: a colon, a bar, an arrow or a dash set off by spaces
# ("Related to this, exports rose 5% year-on-year" is prose: its hyphens join words).
_LINK_LINE_CUES: Final = ("Read ", "READ ", "See also", "SEE ALSO", "Also read", "ALSO READ",
                          "Related", "RELATED", "More on this", "Follow us", "FOLLOW US",
                          "Subscribe", "SUBSCRIBE")
_RE_LINK_LINE: Final = regex.compile(
    r"(?m:^)[ \t]*+(?:(?i:read[ \t]++(?:more|also)|see[ \t]++also|also[ \t]++read"
    r"|related(?:[ \t]++(?:articles?|stories|news))?|more[ \t]++on[ \t]++this"
    r"|follow[ \t]++us)\b[^\n:|>»]{0,40}?(?:[:|>»]|[ \t][-\u2013\u2014][ \t])"
    r"|(?i:subscribe)\b)[^\n]*+")


def _blanked(pattern: regex.Pattern[str], text: str) -> str:
    """`text` with every match of `pattern` (a web address, a line pointing to another
    article) blanked with spaces: offsets kept."""
    blanked: str = pattern.sub(lambda m: " " * len(m.group()), text,
                               timeout=scan_timeout(len(text)))
    return blanked


def _scan(text: str, runs: frozenset[str] | None) -> list[Raw]:
    found: list[Raw] = []
    floor = 0  # context windows stop at the quantity before: "grown fivefold over seven years"
    triggers = with_signs(with_words(RE_QUANTITY_TRIGGERS, QUANTITY_WORD_TRIGGERS, runs),
                          QUANTITY_SIGN_TRIGGERS, text)
    for match in iter_triggered(triggers, RE_QUANTITY, text):
        raw = read_match(match, text, floor)
        if raw is not None:
            found.append(raw)
            floor = raw.end if raw.unit is not None or raw.scaled else floor
    return found
