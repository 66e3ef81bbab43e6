"""Where a sentence stands in the layout of its text: the headline (a first line without a full
stop), a list item ("- ", "• ", "1. "), the first row of the list or pipe table it is in.
Read by `subject` (names lent down a list stop at its first row) and `lead_metrics`.

Pure: no pandas, no dash.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import regex

from dashboard.scanning import match_at

if TYPE_CHECKING:
    from dashboard.context import SentenceIndex


def is_headline(index: SentenceIndex) -> bool:
    """Is the text's first sentence a headline (a first line without a full stop)?"""
    lo, hi = index.span(0)
    return "\n" in index.text[lo:hi] and not index.text[lo:hi].rstrip().endswith(
        (".", "!", "?", '"'))


def first_row(index: SentenceIndex, i: int) -> int:
    """The first sentence of the pipe table or the list whose row or item sentence `i` is in,
    else `i`: "- Aktau – 40,000 / - Other – 5,000" is a list of rows, and "Other" takes no
    name from "Aktau" above it. Kept in `index.first_rows`: rows are read in order, so a table
    or list costs one walk, not one a row."""
    text, memo = index.text, index.first_rows
    if text.startswith("|", index.span(i)[0]):
        def same_block(j: int) -> bool:
            return text.startswith("|", index.span(j)[0])
    elif is_list_item(index, i):
        def same_block(j: int) -> bool:
            return in_list_item(index, j)
    else:
        return i
    first = i
    while first > 0 and first not in memo and same_block(first - 1):
        first -= 1
    first = memo.get(first, first)
    memo[i] = first
    return first


def is_list_item(index: SentenceIndex, i: int) -> bool:
    """Does sentence `i` start a line with a list marker ("- ", "• ", "* ")?"""
    lo = index.span(i)[0]
    line = index.text.rfind("\n", 0, lo) + 1
    return not index.text[line:lo].strip() and (index.text[lo : lo + 2] in _LIST_MARKERS
                                                 or bool(match_at(_RE_NUMBERED, index.text, lo)))


def in_list_item(index: SentenceIndex, i: int) -> bool:
    """Does sentence `i` start on a line that starts with a list marker (an item's first
    sentence or a later one: "- Aktau handled 4 mt. Its growth was 5%.")?"""
    line = index.text.rfind("\n", 0, index.span(i)[0]) + 1
    return match_at(_RE_ITEM_START, index.text, line) is not None


# The start of a list item's line: spaces, a marker of `_LIST_MARKERS` or a number, a space.
_RE_ITEM_START: Final = regex.compile(
    r"[ \t]*+"  # indentation
    r"(?:[-\u2022*\u2013\u2014]|[0-9]{1,2}[.)])[ ]"  # "- ", "• ", "* ", "– ", "— ", "1. ", "2) "
)
# The marker of a numbered item: "1. ", "12) ".
_RE_NUMBERED: Final = regex.compile(r"[0-9]{1,2}[.)][ ]")
_LIST_MARKERS: Final = frozenset({"- ", "• ", "* ", "– ", "— "})
