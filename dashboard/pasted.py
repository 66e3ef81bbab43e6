"""Words a pasted PDF breaks, mended for reading: "through-\\nput" (hyphenated at the end of a
line), "through\\u00adput" (a soft hyphen left in), read as "throughput".

Text copied out of a PDF report keeps the typesetter's breaks. A word cut by a hyphen at the
end of a line, its rest in lower case at the start of the next, is one word: its letters are
joined and moved to end where the word ended, the characters they free (hyphen, line break)
becoming spaces before it ("Con-\\ntainer throughput" -> "  Container throughput"), so offsets
hold and a unit cut so ("1.4 million ton-\\nnes") ends where it ends in the text as written. A
capital after the break keeps the hyphen ("Baku-Tbilisi-\\nKars": a name), and so does a piece
that goes on with another hyphen ("year-\\non-year"). Only letters move; digits never do.

Pure: no pandas, no dash, no I/O.
"""

from __future__ import annotations

from typing import Final

import regex

from dashboard.scanning import scan_timeout

__all__ = ["mend_broken_words"]

_RE_BROKEN_WORD: Final = regex.compile(
    r"(?<![\w\-\u00ad])(?P<head>[A-Za-z]{1,30}+)(?:-[ \t]{0,2}+\n|\u00ad(?:[ \t]{0,2}+\n)?)"
    r"[ \t]{0,2}+(?P<tail>[a-z]{1,30}+)(?![\w\-\u00ad])"
)


def mend_broken_words(text: str) -> str:
    """`text` with its words broken by a line-end hyphen or a soft hyphen joined (same
    length: the freed characters become spaces before the word)."""
    if "-\n" not in text and "- \n" not in text and "\u00ad" not in text:
        return text
    mended: str = _RE_BROKEN_WORD.sub(_joined, text, timeout=scan_timeout(len(text)))
    return mended


def _joined(m: regex.Match[str]) -> str:
    word: str = m.group("head") + m.group("tail")
    pad: int = m.end() - m.start() - len(word)
    return " " * pad + word
