"""Plain-text tables aligned with spaces, as a PDF's table is pasted: where their cells are.

    Cargo handled by port (million tonnes)
                  2022    2023    2024
    Aktau          4.1     4.5     5.0

A header line of years (after an optional label: "Indicator      2024"), its columns apart by
two spaces or more, then rows of a label and as many cells: figures, "n/a" or dashes. Rows
are read until a line that is not one. Cells are matched to the years by their order (the
columns of such tables are right-aligned, their widths vary); the line before the header is
the caption. Only geometry here: `tables` reads the labels and the figures, as for a pipe
table. A line of years with no such row under it is no table. So are tables pasted with bars between
their cells but none at the ends and no separator row ("Crossing | Trucks | Wait (hours)" over
"Khorgos | 3,120 | 19"): a header line of labels, then at least two rows of a label and as
many figures (`find_bare_pipe_tables`).

Pure: no pandas, no dash, no I/O. Linear: each line is split once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import regex

from dashboard.scanning import scan_timeout

__all__ = ["SpacedTable", "find_bare_pipe_tables", "find_spaced_tables"]

_RE_HEADER: Final = regex.compile(
    r"^(?P<lead>[^\n0-9]{0,60}?)(?P<years>(?:[ \t]{2,}+(?:19|20)[0-9]{2}(?![0-9]))++)[ \t]*+$",
    flags=regex.MULTILINE,
)
_RE_YEAR: Final = regex.compile(r"(?:19|20)[0-9]{2}")
# What a header's year column must hold, two white-space characters and a year's first digits
# (substring tests spare most texts `_RE_HEADER`'s scan: 40 -> 5 ms a MB of the bundled articles)
_YEAR_AFTER_A_GAP: Final = tuple(f"{a}{b}{c}" for a in " \t" for b in " \t" for c in ("19", "20"))
MAX_ROWS: Final = 2_000  # rows split into cells per table: as many as a text's cells read
_RE_GAP: Final = regex.compile(r"[ \t]{2,}+")
_RE_VALUE: Final = regex.compile(
    r"[-+\u2212]?[0-9](?:[0-9]|[.,\u00a0\u2009\u202f ](?=[0-9]))*+[*\u2020]?"
    r"|(?i:n/a|n\.a\.|na)|[-\u2013\u2014.]{1,3}"
)


@dataclass(frozen=True, slots=True)
class SpacedTable:
    """Spans in the text: the caption line, the header's cells (the label column's first,
    perhaps empty) and each row's cells (its label first)."""

    caption: tuple[int, int]
    header: list[tuple[int, int]]
    rows: list[list[tuple[int, int]]]
    end: int  # where its last row-like line ends (rows past `MAX_ROWS` are not split)


def find_spaced_tables(text: str) -> list[SpacedTable]:
    """Every space-aligned table of `text` with at least one row, in text order."""
    out: list[SpacedTable] = []
    if not any(gap in text for gap in _YEAR_AFTER_A_GAP):
        return out  # no header of years: the common case, told without the pattern
    for m in _RE_HEADER.finditer(text, timeout=scan_timeout(len(text))):
        lead = m.group("lead").strip()
        lead_at = m.start() + m.group("lead").find(lead) if lead else m.start()
        years = [(m.start("years") + y.start(), m.start("years") + y.end())
                 for y in _RE_YEAR.finditer(m.group("years"))]
        rows, end = _rows(text, m.end(), len(years))
        if rows:
            out.append(SpacedTable(_caption_before(text, m.start()),
                                   [(lead_at, lead_at + len(lead)), *years], rows, end))
    return out


def _caption_before(text: str, header: int) -> tuple[int, int]:
    """The span of the line before a table's header line starting at `header`."""
    cap_end = max(header - 1, 0)
    return (text.rfind("\n", 0, cap_end) + 1, cap_end)


def _rows(text: str, at: int, width: int) -> tuple[list[list[tuple[int, int]]], int]:
    """The rows right under a header of `width` columns (from the line after `at`), and where
    the last ends. Past `MAX_ROWS` (more than a text's cells are read) the lines that look like
    rows, a label and a gap of spaces, are passed over unsplit: a 100,000-row table costs a
    substring test a line."""
    rows: list[list[tuple[int, int]]] = []
    while at < len(text) and text[at] == "\n":
        start = at + 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if len(rows) >= MAX_ROWS:
            if not text[start : start + 1].isalpha() or text.find("  ", start, end) < 0:
                break
        else:
            cells = _cells(text, start, end)
            if len(cells) != width + 1 or not all(
                    _RE_VALUE.fullmatch(text, a, b) for a, b in cells[1:]):
                break
            rows.append(cells)
        at = end
    return rows, at


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A line's cells, apart by two spaces or more; its first must be a label of words."""
    line = text[start:end]
    if len(line) > 300 or not line.strip() or not line.lstrip()[:1].isalpha():
        return []
    lo = start + len(line) - len(line.lstrip())
    cells = []
    for gap in _RE_GAP.finditer(text, lo, start + len(line.rstrip())):
        cells.append((lo, gap.start()))
        lo = gap.end()
    return [*cells, (lo, start + len(line.rstrip()))]


# A line of cells apart by bars, none at its ends ("Khorgos | 3,120 | 19"): a bare pipe row.
_RE_BARE_PIPE_LINE: Final = regex.compile(r"^(?![ \t]*+\|)[^\n|]++(?:\|[^\n|]++)++$",
                                          flags=regex.MULTILINE)


def find_bare_pipe_tables(text: str) -> list[SpacedTable]:
    """Every table of bars between cells, none at a line's ends: a header line of labels (no
    figure but a year), then two rows or more of a label and as many figures; the line before
    the header is the caption. Bylines and link lists ("By D. Os | 14 October | 6 min read")
    have no such rows under them."""
    out: list[SpacedTable] = []
    lines = [m for m in _RE_BARE_PIPE_LINE.finditer(text, timeout=scan_timeout(len(text)))
             if len(m.group()) <= 300]
    k = 0
    while k < len(lines):
        header = _bar_cells(lines[k].start(), lines[k].group())
        rows: list[list[tuple[int, int]]] = []
        j = k + 1
        while j < len(lines) and lines[j].start() == lines[j - 1].end() + 1:
            if len(rows) >= MAX_ROWS:  # more than a text's cells are read: passed over
                j += 1
                continue
            cells = _bar_cells(lines[j].start(), lines[j].group())
            if len(cells) != len(header) or not text[slice(*cells[0])][:1].isalpha() or not all(
                    _RE_VALUE.fullmatch(text, a, b) for a, b in cells[1:]):
                break
            rows.append(cells)
            j += 1
        if len(rows) >= 2 and not any(_RE_VALUE.fullmatch(text, a, b) for a, b in header):
            out.append(SpacedTable(_caption_before(text, lines[k].start()), header, rows,
                                   lines[j - 1].end()))
        k = j
    return out


def _bar_cells(start: int, line: str) -> list[tuple[int, int]]:
    """The spans of a bare pipe line's cells, spaces trimmed: "a | 1" -> [a, 1]."""
    spans: list[tuple[int, int]] = []
    lo = 0
    for hi in [*(i for i, ch in enumerate(line) if ch == "|"), len(line)]:
        cell = line[lo:hi]
        left = len(cell) - len(cell.lstrip())
        spans.append((start + lo + left, start + lo + len(cell.rstrip())))
        lo = hi + 1
    return spans
