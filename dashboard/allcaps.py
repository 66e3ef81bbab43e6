"""Lines set in capitals ("KAZAKHSTAN EXPORTS UP 12% TO $4.1BN IN JANUARY-OCTOBER"), read as
if written in sentence case.

Wire headlines and some release digests shout. The parser's vocabularies match names as
written ("Kazakhstan", "January": a month only with its capital, since "may" is a verb), so a
shouted line named no entity and no month. `read_as_cased` rewrites such lines in the case
prose would use: words the vocabularies write with capitals take that form ("KAZAKHSTAN" ->
"Kazakhstan", "KTZ" stays, "TWH" -> "TWh"), a sentence's first word its capital, every other
word lower case. Only letters change, each into one letter, so offsets hold: the parser reads
the rewritten text and reports surfaces and sentences from the text as written.

Pure: no pandas, no dash, no I/O.
"""

from __future__ import annotations

import functools
import itertools
from typing import Final

import regex

from dashboard.scanning import scan_timeout, trie
from dashboard.time_grammar import MONTH_NUM
from dashboard.vocab.entities import (
    CAPITALS,
    ENTITIES,
    FORECASTERS,
    OIL_CARRIER_WORDS,
    PORT_TOWNS,
)
from dashboard.vocab.units import CAPITAL_UNITS_AFTER_DOT, CASED_UNITS, ISO_CODES, UNIT_WORDS

__all__ = ["read_as_cased"]


def _vocabulary() -> tuple[dict[str, str], dict[str, str]]:
    """Upper case -> the form the vocabularies write, for the words and for the phrases of
    several words that have a capital in them ("Kazakhstan", "KTZ", "TWh"; "Middle Corridor",
    "Port of Aktau"); and the month names ("May" left out: in a shouted line it is the verb
    more often than the month). A word of a phrase alone keeps no capital: "INVESTMENT" is
    "investment" outside "Asian Infrastructure Investment Bank"."""
    phrases = itertools.chain(
        ENTITIES, itertools.chain.from_iterable(ENTITIES.values()), CAPITALS, PORT_TOWNS,
        FORECASTERS, OIL_CARRIER_WORDS, ISO_CODES, CASED_UNITS, CAPITAL_UNITS_AFTER_DOT,
        UNIT_WORDS, (name.title() for name in MONTH_NUM if name != "may"),
    )
    words: dict[str, str] = {}
    several: dict[str, str] = {}
    for phrase in phrases:
        upper = phrase.upper()
        if phrase == phrase.lower() or len(upper) != len(phrase):
            continue
        into = words if _RE_WORD_ONLY.fullmatch(phrase) else several
        into.setdefault(upper, phrase)
    return words, several


_RE_WORD_ONLY: Final = regex.compile(r"\p{L}++")
_WORDS, _PHRASES = _vocabulary()


@functools.cache
def _phrase_pattern() -> regex.Pattern[str]:
    """The phrases as one case-insensitive trie (a run of spaces where they have one: such a
    match keeps its case, as its upper case is no phrase's). Compiled on the first shouted
    line, not at import (measured: 190 ms)."""
    return regex.compile(
        r"(?<![\p{L}\p{N}])" + trie(_PHRASES, fold=True) + r"(?![\p{L}\p{N}])"
    )


# Characters of a line that may shout: a headline, a sentence, a paragraph. A longer line
# is read as written (measured: 0.35 µs a character to rewrite, a Python step a word).
_MIN_LINE, _MAX_LINE = 12, 5000
# A word of capitals standing alone (not "BN" in "$4.1BN", "H" in "H1": those read as written).
_RE_CAPS_WORD: Final = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}++(?![\p{N}])")
# Between two words: the end of a sentence or a headline's label ("KTZ: CONTAINER ...").
_RE_SENTENCE_END: Final = regex.compile(r"[.!?:][\"')\]\u2019\u201d]*+\s")
_RE_ALNUM: Final = regex.compile(r"[\p{L}\p{N}]")


def read_as_cased(text: str) -> str:
    """`text` with each shouted line in sentence case (same length); `text` itself when no
    line shouts."""
    pieces: list[str] = []
    done = start = 0
    # a line with no lower-case letter is its own upper case: told by str methods, in C
    # (measured on the bench text: 1.4 ms a MB; a line pattern "^[^\p{Ll}\n]{12,}+$": 12 ms)
    for line in text.split("\n"):
        if _MIN_LINE <= len(line) <= _MAX_LINE and line.upper() == line:
            cased = _recase(line)
            if cased is not None:
                pieces += (text[done:start], cased)
                done = start + len(line)
        start += len(line) + 1
    if not pieces:
        return text
    pieces.append(text[done:])
    return "".join(pieces)


def _recase(line: str) -> str | None:
    """The line in sentence case, or None when it does not shout: fewer than two of its
    words are more than an acronym the vocabularies know ("KTZ: TITR +18%")."""
    budget = scan_timeout(len(line))
    words = list(_RE_CAPS_WORD.finditer(line, timeout=budget))
    if sum(len(m.group()) >= 3 and _WORDS.get(m.group()) != m.group() for m in words) < 2:
        return None
    out: list[str] = []
    done = 0
    for m in words:
        gap = line[done : m.start()]
        word = m.group()
        cased = _WORDS.get(word)
        if cased is None:
            lower = word.lower()
            cased = lower if len(lower) == len(word) else word  # "İ" lowers to two
            if (not out and not _RE_ALNUM.search(gap)) or _RE_SENTENCE_END.search(gap):
                cased = word[0] + cased[1:]
        out += (gap, cased)
        done = m.end()
    out.append(line[done:])
    read: str = _phrase_pattern().sub(lambda m: _PHRASES.get(m.group().upper(), m.group()),
                               "".join(out), timeout=budget)
    return read
