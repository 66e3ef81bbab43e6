"""Markdown pipe tables (as trafilatura writes an HTML table) read as quantities.

Pure: no pandas, no dash. A table is a header row, a `|---|` separator row and data rows:

    | Destination | 2023/24, mln t | 2024/25, mln t |
    |---|---|---|
    | Uzbekistan | 2.9 | 3.2 |

Each bare number in a data row becomes a `Raw` whose unit and scale come from its column
header ("2023/24, mln t": t x 1e6), else from its row: its cell under a column of units
("| Cargo handled | thousand tonnes | 3,120 |" under "| Indicator | Unit | 1H 2024 |"), else
its label ("Freight volume, million tonnes"), else from a caption (a row above the header,
or a line before the table: "(million US dollars)"); a column with no unit yields nothing
(never guess). Units are read by the quantity grammar itself, on a synthetic "1 <unit words>"
string. The period comes from the column header ("2023/24"), else the row label ("2021"),
else the caption; the entity from the row label ("Uzbekistan"); the metric from the words of
the header, row label or caption ("Exports, mln USD"), else the text around as for prose
(what a header, row label or caption says is read by `table_labels`). A header of two rows
(groups spanning columns over "2023 | 2024") is read as one; a row of sums ("Total") names
no entity but its own, its column's and its caption's. In a table about ports ("Cargo handled
at ports", a column "Port") a row naming a port's town ("Baku") is the port, and names no
other entity but its column's. A cell may hold a range ("15-20") or a footnote mark ("4.9*");
a cell of other words ("$1.2 bn") is read by the prose scan and labelled by its headers here
(`Cell.frame`). Every step is linear in the text.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Final

import regex

from dashboard.claim import Claim, Kind, Topic
from dashboard.published import Published
from dashboard.raw import Raw
from dashboard.series import Series, find_series
from dashboard.spaced_tables import SpacedTable, find_bare_pipe_tables, find_spaced_tables
from dashboard.table_labels import (
    MAX_CAPTION_CHARS,
    NOTHING,
    Label,
    bracketed,
    merge_labels,
    read_label,
)
from dashboard.table_rows import (
    RE_CELL_NUMBER,
    Cell,
    caption_of,
    metric_for,
    read_change_cell,
    read_row,
)
from dashboard.trade_parties import TRADE_METRICS, with_home_country
from dashboard.vocab.metrics import METRICS

# Cells read from one text: a table of 100,000 rows stops here (describing a claim costs
# tens of µs, and no news table has this many figures).
MAX_CELLS: Final = 2_000
# Longer lines are no table rows (5 MB of "|-|-" on one line is read as nothing).
MAX_ROW_CHARS: Final = 2_000
# A list of bare figures under a line that names their unit ("Container handling in 2024,
# TEU:" then "- Baku – 71,600"), as an HTML list after its introduction is written: read as
# a one-column table, the line its caption, each item's words its row label.
# Its items may also be lines without a marker, as statistics releases write them ("Targets
# for 2030:" then "Container trains – 1,000"), each a label, a colon or dash, a figure.
# A PDF's heading names the unit in brackets instead ("Cargo handled (thousand tonnes)").
_LIST_STARTS: Final = (":\n", ")\n")
_RE_UNIT_LEAD: Final = regex.compile(r"\([^()\n]{1,40}\)[ \t]*+\Z")
_RE_LIST_ITEM: Final = regex.compile(
    r"[ \t]*+(?:[-*\u2022\u2013\u2014][ \t]++)?(?P<label>[^\n:|]{1,80}?)[ \t]*+"
    r"(?::|[-\u2013\u2014](?=[ \t]))[ \t]*+"
    r"(?P<num>[+\-\u2212]?[0-9](?:[0-9]|[.,\u00a0\u2009\u202f ](?=[0-9]))*+)[ \t]*+"
    r"(?:\((?:[ \t]*+(?P<delta>[+\-\u2212][0-9][0-9.,]*+)[ \t]*+|[^()\n]{1,40})\)[ \t]*+)?"
    r"[.;,]?\Z"  # a change after it: "5,120 (+8.1%)", "498.35 (-3.00)"
)


# An item of other words goes on with the list: "- Cargo: 7.9 mln t", "Transit cargo – 10 mt".
_RE_ITEM_START: Final = regex.compile(
    r"[ \t]*+(?:[-*\u2022\u2013\u2014][ \t]"  # a marker: "- ", "• "
    r"|[^\n:|\-\u2013\u2014]{1,80}?(?::|[ \t][-\u2013\u2014])[ \t])"  # a label: "Cargo – "
)


@dataclass(frozen=True, slots=True)
class Tables:
    """The cells read, and the text for the prose scan: each cell read, and the rows past
    `MAX_CELLS`, blanked with spaces (offsets kept), so that the scan neither reads a cell
    again nor spends its time on 100,000 bare numbers."""

    cells: list[Cell]
    masked: str
    frames: list[Cell] = field(default_factory=list)  # cells of other words (`Cell.frame`)
    # the text with only the rows past `MAX_CELLS` blanked: the context the claims are read
    # in (100,000 rows' years and names are no context of anything, and cost their reading)
    context: str = ""


def read_tables(text: str, pub: Published) -> Tables:
    """The numbers of every pipe table and list of bare figures in `text`, in text order (at
    most `MAX_CELLS`). Most texts have neither: a separator row holds "|-" or "|:-", a list
    of figures starts right after its line's colon (`_LIST_STARTS`), and without these the
    text is returned as it is, at the cost of a few substring tests."""
    pipes = "|-" in text or "|:-" in text or "| -" in text
    lists = any(start in text for start in _LIST_STARTS)
    spaced = find_spaced_tables(text) if "  " in text else []
    spaced += find_bare_pipe_tables(text) if " | " in text and not pipes else []
    series = find_series(text)
    if not (pipes or lists or spaced or series):
        return Tables([], text, context=text)
    out: list[Cell] = []
    unread = _read_series(text, pub, series, out)
    rest = _read_pipe_tables(text, pub, out) if pipes else None
    unread += [rest] if rest else []
    unread += _read_spaced_tables(text, pub, spaced, out)
    if lists and not unread:
        _read_lists(text, pub, out)
    out.sort(key=lambda c: c.raw.start)
    frames = [c for c in out if c.frame]
    out = [c for c in out if not c.frame] if frames else out
    spans = sorted([(c.raw.start, c.raw.end) for c in out] + unread)
    return Tables(out, _blank(text, spans) if spans else text, frames,
                  _blank(text, sorted(unread), lines=True) if unread else text)


def _read_series(
    text: str, pub: Published, series: list[Series], out: list[Cell]
) -> list[tuple[int, int]]:
    """The figures of a chart's data written out ("Trade, $ bn — 2021: 1.2; 2022: 1.5"), read
    as a one-column table under its title, into `out`; the spans left unread past `MAX_CELLS`."""
    unread = []
    for one in series:
        caption = caption_of(text[slice(*one.title)], pub)
        rows = [[label, number] for label, number in one.items]
        unread += _read_rows(text, pub, rows, [NOTHING, caption], caption, rows[-1][-1][1], out)
    return unread


def _read_spaced_tables(
    text: str, pub: Published, tables: list[SpacedTable], out: list[Cell]
) -> list[tuple[int, int]]:
    """The cells of space-aligned tables ("Aktau      4.1    4.5"), read as a pipe table's
    rows, into `out`; the spans left unread past `MAX_CELLS`."""
    unread = []
    for table in tables:
        header = [read_label(text[a:b], pub) for a, b in table.header]
        unread += _read_rows(text, pub, table.rows, header,
                             caption_of(text[slice(*table.caption)], pub), table.end, out)
    return unread


def _read_rows(
    text: str, pub: Published, rows: list[list[tuple[int, int]]], header: list[Label],
    caption: Label, end: int, out: list[Cell],
) -> list[tuple[int, int]]:
    """Rows of cell spans (a label first) under `header`, read into `out` up to `MAX_CELLS`;
    the span of what is left unread of them, up to `end` (lines past the rows split), if any."""
    for spans in rows:
        if len(out) >= MAX_CELLS:
            return [(spans[0][0], end)]
        read_row(spans, header, read_label(text[slice(*spans[0])], pub), caption, text, out)
    last = rows[-1][-1][1]
    return [(last, end)] if len(out) >= MAX_CELLS and end > last else []


def _read_pipe_tables(text: str, pub: Published, out: list[Cell]) -> tuple[int, int] | None:
    """The cells of every pipe table, into `out`; the span of the rows left unread past
    `MAX_CELLS`, if any."""
    block: list[tuple[int, str]] = []  # the consecutive pipe rows being gathered
    before = ""  # the prose line before the block: a caption candidate
    pos = 0
    rest: tuple[int, int] | None = None  # rows left unread past the cap
    for line in text.split("\n"):
        if _is_row(line):
            block.append((pos, line))
        elif block:
            rest = _read_block(block, before, text, pub, out)
            block = []
        if rest is not None:
            break
        before = line if not block and line.strip() else before  # blank lines: paragraphs
        pos += len(line) + 1
    if block and rest is None:
        rest = _read_block(block, before, text, pub, out)
    return rest


def _read_lists(text: str, pub: Published, out: list[Cell]) -> None:
    """The figures of every list of bare figures right under a line ending in ":" that names
    their unit (or whose items name it: "- Containers, TEU: 5,000"); none past `MAX_CELLS`."""
    lead: str | None = None  # the line introducing the list being read, if any
    caption: Label | None = None  # what it says, read at its first item (most have none)
    pos = 0
    for line in itertools.takewhile(lambda _: len(out) < MAX_CELLS, text.split("\n")):
        item = _RE_LIST_ITEM.fullmatch(line) if lead is not None and len(line) <= 200 else None
        if item is not None and lead is not None:
            if caption is None:
                caption = NOTHING
                for part in [lead] if len(lead) <= MAX_CAPTION_CHARS else bracketed(lead):
                    caption = merge_labels(caption, read_label(part, pub))
            label = (pos + item.start("label"), pos + item.end("label"))
            number = (pos + item.start("num"), pos + item.end("num"))
            read_row([label, number], [NOTHING, NOTHING], read_label(text[slice(*label)], pub),
                      caption, text, out)
            if item.group("delta") and out and out[-1].raw.start == number[0]:
                read_change_cell((pos + item.start("delta"), pos + item.end("delta")), text, out)
        elif 0 < len(line) <= MAX_ROW_CHARS and (
                line.rstrip().endswith(":") or _is_bracket_lead(line)):
            lead, caption = line.rstrip(), None
        elif lead is not None and item is None and not _RE_ITEM_START.match(line):
            lead = None  # an item of other words ("- Cargo: 7.9 mln t") goes on with the list
        pos += len(line) + 1


def _is_bracket_lead(line: str) -> bool:
    """A heading naming its list's unit in brackets ("Cargo handled (thousand tonnes)"); not
    an item that states its own figure with a change or base in brackets ("- Cargo: 2.2
    million tonnes (+21%)", "- Revenue: AZN 512 million (2023: AZN 469 million)")."""
    lead = _RE_UNIT_LEAD.search(line)
    if lead is None:
        return False
    return not (_RE_ITEM_START.match(line) and _RE_DIGIT.search(line, 0, lead.start()))


_RE_DIGIT: Final = regex.compile(r"[0-9]")
_RE_NOT_BREAK: Final = regex.compile(r"[^\n]")


def _blank(text: str, spans: list[tuple[int, int]], *, lines: bool = False) -> str:
    """`text` with these spans (sorted, apart) as spaces: "| 2.9 |" -> "|     |"; with
    `lines`, their line breaks kept (rows blanked stay lines, not one run of spaces)."""
    pieces = []
    last = 0
    for a, b in spans:
        blank = _RE_NOT_BREAK.sub(" ", text[a:b]) if lines else " " * (b - a)
        pieces += [text[last:a], blank]
        last = b
    pieces.append(text[last:])
    return "".join(pieces)


def _is_row(line: str) -> bool:
    """A pipe row: "| China | 0.7 | 1.8 | " (trafilatura ends rows with a space)."""
    return len(line) <= MAX_ROW_CHARS and line.lstrip().startswith("|")


def _is_separator(line: str) -> bool:
    """"|---|---|", "|:--|--:|": only pipes, dashes, colons and spaces, with a dash."""
    return "-" in line and not line.strip(" |-:\t")


def _cells(pos: int, line: str) -> list[tuple[int, int]]:
    """The spans of a row's cells in the text, spaces trimmed: "| a | 1 |" -> [a, 1]."""
    spans: list[tuple[int, int]] = []
    bars = [i for i, ch in enumerate(line) if ch == "|"]
    for lo, hi in itertools.pairwise(bars):
        cell = line[lo + 1 : hi]
        left = len(cell) - len(cell.lstrip())
        spans.append((pos + lo + 1 + left, pos + lo + 1 + len(cell.rstrip())))
    return spans


def _read_block(
    block: list[tuple[int, str]], before: str, text: str, pub: Published, out: list[Cell]
) -> tuple[int, int] | None:
    """The cells of one run of pipe rows. The row right above a separator is a header; rows
    above that header are its caption ("| BTC throughput, million tonnes | | |"). Returns
    the span of the rows left unread when `MAX_CELLS` is reached."""
    caption = caption_of(before, pub)
    header: list[Label] | None = None
    top: list[tuple[int, int]] = []  # the header's cells, while a second header row may follow
    pending = NOTHING  # what the rows read so far say, as a caption of the next header
    months: list[int] = []  # the months the data rows name, for a row of their sums
    for k, (pos, line) in enumerate(block):
        if _is_separator(line):
            continue
        spans = _cells(pos, line)
        labels = [read_label(text[a:b], pub) for a, b in spans]
        if k + 1 < len(block) and _is_separator(block[k + 1][1]):
            header, caption, top = labels, merge_labels(caption, pending), spans
        elif header is not None and top and _is_second_header(top, spans, labels, text):
            header, top = _combine(header, top, labels), []
        elif header is not None and spans:
            top = []
            months += [labels[0].month] if labels[0].month else []
            read_row(spans, header, _summed(labels[0], months), caption, text, out)
            if len(out) >= MAX_CELLS:
                end = block[-1][0] + len(block[-1][1])
                return (min(pos + len(line) + 1, end), end)
            continue
        for label in labels:  # a header or a row above one: "| BTC throughput, mln t | |"
            pending = merge_labels(pending, label)
    return None


def _summed(row: Label, months: list[int]) -> Label:
    """A row of sums under rows of months sums those months: "Total" under "January" and
    "February" is January-February of its column's year; under all twelve, the year itself."""
    if not row.summary or not months or len(set(months)) == 12:
        return row
    return replace(row, months=(min(months), max(months)))


def _is_second_header(
    top: list[tuple[int, int]], spans: list[tuple[int, int]], labels: list[Label], text: str
) -> bool:
    """Is the row under a header of groups ("| | Exports | | Imports | |": trafilatura writes
    a cell spanning two columns as the cell and an empty one) a second header row, its
    cells words or years ("| Partner | 2023 | 2024 | 2023 | 2024 |")?"""
    if not any(b <= a for a, b in top[1:]) or len(spans) != len(top):
        return False
    cells = [(text[a:b], label) for (a, b), label in zip(spans[1:], labels[1:], strict=True)]
    return all(words for words, _ in cells) and all(
        RE_CELL_NUMBER.fullmatch(words) is None or _is_year(words, label)
        for words, label in cells)


def _is_year(words: str, label: Label) -> bool:
    return len(words) == 4 and label.period == words


def _combine(top: list[Label], top_spans: list[tuple[int, int]], sub: list[Label]) -> list[Label]:
    """Each column's label from both header rows: a group ("Exports, mln USD", spanning the
    empty cells after it) with the column's own label ("2023")."""
    out = [merge_labels(top[0], sub[0])]
    group = NOTHING
    for col in range(1, len(sub)):
        a, b = top_spans[col]
        group = top[col] if b > a else group
        out.append(merge_labels(group, sub[col]))
    return out


def merge_cells(raws: list[Raw], cells: list[Cell]) -> list[Raw]:
    """The scan's quantities and the tables', by start; a scan quantity overlapping a cell
    ("| 2.9 |" read as a bare number lent a unit) gives way to the cell."""
    starts = [c.raw.start for c in cells]
    kept = [r for r in raws if not _overlaps(r, cells, starts)]
    return sorted([*kept, *(c.raw for c in cells)], key=lambda r: r.start)


def _overlaps(raw: Raw, cells: list[Cell], starts: list[int]) -> bool:
    """Does `raw` overlap a cell? `starts` are the cells' starts, sorted (cells never overlap)."""
    k = bisect.bisect_left(starts, raw.end)  # cells starting before raw's end
    return k > 0 and cells[k - 1].raw.end > raw.start


def label_claims(claims: list[Claim], cells: list[Cell], headline: Sequence[str] = (),
                 frames: Sequence[Cell] = ()) -> list[Claim]:
    """The claims, with the period, entities and kind a table's headers give its cells
    ("2023/24" over a column; "Uzbekistan" heading a row; "2030 (forecast)"); a trade figure
    whose row names one country is that country's trade with the one the text's headline
    names (`headline`: "Uzbekistan's exports to its neighbours" over "| Kazakhstan | 512.4
    |"), as a trade figure in prose is."""
    by_start = {c.raw.start: c for c in cells}
    starts = [f.raw.start for f in frames]
    out = []
    for claim in claims:
        cell = by_start.get(claim.start)
        if cell is None or cell.raw.end != claim.end:
            cell = _frame_of(claim, frames, starts)
        if cell is not None:
            entities = (cell.entities if cell.complete
                        else tuple(dict.fromkeys(cell.entities + claim.entities)))
            period = cell.period or claim.period
            kind = Kind.PROJECTION if cell.planned else claim.kind
            claim = replace(claim, period=period, entities=entities, kind=kind)
            if cell.metric is not None:
                claim = replace(claim, metric=METRICS[cell.metric][0],
                                topic=Topic(METRICS[cell.metric][1]))
            if claim.metric in TRADE_METRICS and not cell.complete:
                claim = replace(claim, entities=tuple(
                    with_home_country(list(claim.entities), headline)))
        out.append(claim)
    return out


def _frame_of(claim: Claim, frames: Sequence[Cell], starts: list[int]) -> Cell | None:
    """The cell of other words the claim was read in ("| China | $1.2 bn |" under "Exports"),
    with the metric its labels name for the claim's unit; None outside every such cell."""
    k = bisect.bisect_right(starts, claim.start) - 1
    if k < 0 or frames[k].raw.end < claim.end:
        return None
    return replace(frames[k], metric=metric_for(claim.unit, frames[k].frame))
