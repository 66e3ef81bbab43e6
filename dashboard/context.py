"""The sentences of a text and what each holds (`SentenceIndex`): where they start and end,
their paragraphs, and their facts (times, entities, metric cues, clause breaks), found once
for the whole text and read per sentence by `describe`.

Pure: no pandas, no dash. Every search runs on a window of at most `_CLIP` characters
around the quantity, so a 5 MB line without punctuation costs no more than a sentence.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Final

import regex

from dashboard.claim import Located
from dashboard.facts import DocFacts, Facts
from dashboard.lexicon import Words
from dashboard.published import Published
from dashboard.scanning import match_at, scan_timeout
from dashboard.vocab.units import CAPITAL_UNITS_AFTER_DOT, ISO_CODES

_CLIP: Final = 400  # characters of a sentence kept on each side of a quantity

_ABBREVIATIONS: Final = frozenset(
    "jan feb mar apr jun jul aug sep sept oct nov dec no nos mr mrs ms dr st inc ltd co corp "
    "vs e.g i.e approx ca art sec vol gen gov prof jr sr u.s p fig est".split()
)
RE_SENTENCE_END: Final = regex.compile(
    r"""
    (?P<para>\n[ \t\u00a0]*+\n\s*+)                         # paragraph break
    | \n(?![ \t\u00a0]*+[a-z%])                               # line break (headlines), not a wrap
    | (?<=[.!?])["'”’)\]]*+[ \t\u00a0]++(?=["'“‘(\[]?[A-Z0-9])  # end of a sentence
    """,
    regex.VERBOSE,
)
# RE_SENTENCE_END for a scan of the whole text: the same breaks, but an end of a sentence is
# matched from its punctuation on (the empty group `stop` marks where the look-behind was),
# a character the regex engine finds fast, where a leading look-behind has it try every
# position (measured: 25 -> 13 ms a MB).
_RE_SENTENCE_SCAN: Final = regex.compile(
    r"""
    (?P<para>\n[ \t\u00a0]*+\n\s*+)
    | \n(?![ \t\u00a0]*+[a-z%])
    | [.!?](?P<stop>)["'”’)\]]*+[ \t\u00a0]++(?=["'“‘(\[]?[A-Z0-9])
    """,
    regex.VERBOSE,
)
# tried from the end (REVERSE: the same run, 6 characters at most; measured 5.0 -> 3.3 ms a MB)
_RE_LAST_WORD: Final = regex.compile(r"([A-Za-z.]{1,6})\.\Z", flags=regex.REVERSE)
# NOTE: keep in sync with the dotted scales of `patterns.RE_QUANTITY` ("56,2 th. TEU")
_SCALE_ABBREVIATIONS: Final = frozenset("mln bln mn bn trln trn tln th ths thsd mlrd".split())
# a code or "US dollars" after the dot ("19,874.6 mln. USD", "20.4 bln. US dollars")
_RE_CODE_AHEAD: Final = regex.compile(
    r"[ \u00a0](?:(?:" + "|".join(sorted(ISO_CODES | set(CAPITAL_UNITS_AFTER_DOT)))
    + r")\b|(?:US|U\.S\.)[ \u00a0]++dollar)")


def _is_item_number(text: str, dot_end: int) -> bool:
    """Does the dot just before `dot_end` close the number of a numbered list item ("1.
    Türkiye – $2.4 billion" at the start of a line): the item's marker, not a sentence?"""
    line = text.rfind("\n", max(0, dot_end - 6), dot_end) + 1
    if line == 0 and dot_end > 5:
        return False
    number = text[line : dot_end - 1].lstrip(" \t")
    return 0 < len(number) <= 2 and number.isdigit()


@dataclass
class SentenceIndex:
    """Sentence and paragraph boundaries of one text, found once, looked up by bisection."""

    text: str
    pub: Published = field(default_factory=lambda: Published(None, None))
    starts: list[int] = field(default_factory=list)
    paragraph_of: list[int] = field(default_factory=list)
    _cache: dict[int, Facts] = field(default_factory=dict)
    _doc: DocFacts | None = None
    words: Words | None = None  # the words of `text`, when read already
    _subjects: dict[int, list[str]] = field(default_factory=dict)
    first_rows: dict[int, int] = field(default_factory=dict)  # `layout.first_row`, memo
    # the text as written, when `text` is read in another case (`allcaps`): what claims quote
    shown: str = ""

    def __post_init__(self) -> None:
        starts, paras, para, text = [0], [0], 0, self.text
        for m in _RE_SENTENCE_SCAN.finditer(text, timeout=scan_timeout(len(text))):
            if m.lastgroup == "stop" and self._is_abbreviation(m.start() + 1):
                continue
            para += m.lastgroup == "para"
            starts.append(m.end())
            paras.append(para)
        self.starts, self.paragraph_of = starts, paras

    def _is_abbreviation(self, dot_end: int) -> bool:
        """Does the dot just before `dot_end` end an abbreviation ("No. 5", "Jan. 12", "U.S.",
        the initial in "J. Smith"), not a sentence? A lower-case single letter is a unit
        ("5 mln t. The port ..."), not an initial."""
        word = _RE_LAST_WORD.search(self.text, max(0, dot_end - 8), dot_end)
        if word is None:
            return _is_item_number(self.text, dot_end)
        token: str = word.group(1)
        if len(token) == 1:  # an initial ("J. Smith"), not a degree's scale ("50 °C. The")
            return token.isupper() and self.text[word.start(1) - 1 : word.start(1)] != "°"
        if token.lower() in _SCALE_ABBREVIATIONS:  # "19,874.6 mln. USD": a scale, then its unit
            return match_at(_RE_CODE_AHEAD, self.text, dot_end) is not None
        return token.lower() in _ABBREVIATIONS

    def index_of(self, pos: int) -> int:
        return bisect.bisect_right(self.starts, pos) - 1

    def span(self, i: int) -> tuple[int, int]:
        end = self.starts[i + 1] if i + 1 < len(self.starts) else len(self.text)
        return self.starts[i], end

    def doc_facts(self) -> DocFacts:
        """The facts of the whole text, found on first use."""
        if self._doc is None:
            self._doc = DocFacts(self.text, self.pub, self.words)
        return self._doc

    def facts(self, i: int, start: int, end: int) -> Facts:
        """The facts of sentence `i`; a sentence over twice `_CLIP` is read around the quantity."""
        cached = self._cache.get(i)  # a short sentence read before (nearly half the calls)
        if cached is not None:
            return cached
        doc = self.doc_facts()
        lo, hi = self.span(i)
        if hi - lo > 2 * _CLIP:
            return doc.window(max(lo, start - _CLIP), min(hi, end + _CLIP))
        self._cache[i] = facts = doc.window(lo, hi)
        return facts

    def sentence_text(self, i: int, claim: Located) -> str:
        """Sentence `i`, cut to `_CLIP` characters on each side of the claim."""
        lo, hi = self.span(i)
        lo, hi = max(lo, claim.start - _CLIP), min(hi, claim.end + _CLIP)
        return (self.shown or self.text)[lo:hi].strip()

    def surface(self, start: int, end: int) -> str:
        """The words of a claim, as written."""
        return (self.shown or self.text)[start:end]

    def subjects(self, i: int) -> list[str]:
        """The entities sentence `i` is about (`Facts.subjects` of its facts), found once; not
        to be changed."""
        if i not in self._subjects:
            self._subjects[i] = self.doc_facts().subjects(*self.span(i))
        return self._subjects[i]


def crosses_sentence(text: str, lo: int, hi: int) -> bool:
    """Does a sentence end between `lo` and `hi` (a short span)?"""
    return RE_SENTENCE_END.search(text, lo, hi) is not None
