"""The rows of a table read as cells: each bare number with the unit, period, entities and
metric its column, row and caption name (`table_labels` reads what a label says; `tables`
finds the tables, `series` and `spaced_tables` the other shapes of one).

Pure: no pandas, no dash.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Final

import regex

from dashboard.claim import Change
from dashboard.numbers import parse_number, tidy
from dashboard.published import Published
from dashboard.raw import Raw
from dashboard.table_labels import (
    MAX_CAPTION_CHARS,
    NOTHING,
    Label,
    Unit,
    as_port,
    bracketed,
    merge_labels,
    read_label,
    unit_of_header,
)
from dashboard.vocab.classes import unit_class
from dashboard.vocab.entities import COUNTRIES, PORTS
from dashboard.vocab.metrics import METRICS

# A bare number in a cell, sign and grouping included: "1,100", "-3.1", "+22.0", "5 602,3"
# (thin spaces too: "46\u2009000").
RE_CELL_NUMBER: Final = regex.compile(
    r"(?P<sign>[+\-\u2212\u2013])?[0-9](?:[0-9]|[.,\u00a0\u2009\u202f ](?=[0-9]))*"
)
# A range in a cell: "15-20", "15–20" (no grouping by spaces: "1 912,4" is one number).
_RE_CELL_RANGE: Final = regex.compile(
    r"(?P<lo>[0-9](?:[0-9]|[.,](?=[0-9]))*+)[ ]?[-\u2013][ ]?(?P<hi>[0-9](?:[0-9]|[.,](?=[0-9]))*+)"
)
# Footnote marks after a cell's figure, no part of it: "4.9*", "12.5¹".
_FOOTNOTE_MARKS: Final = " *\u2020\u2021\u00b9\u00b2\u00b3"
_MINUS: Final = frozenset("-\u2212\u2013")
# Units whose signed numbers are changes (the number policy): "-3.1" under "Change, %".
_CHANGE_UNITS: Final = frozenset({"%", "pp"})


@dataclass(frozen=True, slots=True)
class Cell:
    """One number of a table, with the period and entities its headers name (None and ()
    when they name none: the text around then decides, as for prose)."""

    raw: Raw
    period: str | None
    entities: tuple[str, ...]
    planned: bool
    metric: int | None = None  # the row of `METRICS` a header or caption names, if any
    # its entities are all it names: a row of sums ("Total"), a port's town read as the port
    # ("Baku"), whose entities the text around would not see
    complete: bool = False
    # a cell of other words that the scan reads ("$1.2 bn"): its labels (column, row, caption)
    frame: tuple[Label, ...] = ()


def caption_of(before: str, pub: Published) -> Label:
    """What a line above a table says (a long one: only its brackets, "(mln USD)")."""
    caption = NOTHING
    for words in [before] if len(before) <= MAX_CAPTION_CHARS else bracketed(before):
        caption = merge_labels(caption, read_label(words, pub))
    if _RE_FIGURE_NOT_A_YEAR.search(before):  # "The port received 312 ferry calls in ..."
        caption = replace(caption, prose=True)
    return caption


# A figure that is no year: a caption holding one is a sentence of its own, whose months are
# no time of the table's columns.
_RE_FIGURE_NOT_A_YEAR: Final = regex.compile(r"(?<![0-9])(?!(?:19|20)[0-9]{2}(?![0-9]))[0-9]")


def read_row(
    spans: list[tuple[int, int]], header: list[Label], row: Label, caption: Label, text: str,
    out: list[Cell],
) -> None:
    """The numbers of one data row; its first cell labels the row and is never a figure. In
    a table about ports (its caption or a header says so) a row naming a port's town alone
    is the port's: "| Baku | 4,500 |" under "Cargo handled at Caspian ports"."""
    if caption.ports or any(label.ports for label in header):
        row = as_port(row, text[spans[0][0] : spans[0][1]])
    row = _dated_by_a_year_cell(_with_unit_cell(row, spans, header, text), spans, header, text)
    for col, (a, span_end) in enumerate(spans[1:len(header)], start=1):
        figure = _cell_figure(text, a, span_end)
        unit = _unit_for(header[col].unit, row.unit, caption.unit) if figure else None
        if figure is None and span_end - a <= 40 and any(ch.isdigit() for ch in text[a:span_end]):
            out.append(_cell(Raw(a, span_end, 0.0), (header[col], row, caption), None))
        if figure is None or unit is None:
            continue
        b, number, high, sign = figure
        negative = sign is not None and sign in _MINUS
        change = None  # as in prose, a signed percentage is a change: "| Change, % | -3.1 |",
        # and so is any under a header of changes ("| y/y, % | 10.0 |")
        if unit.unit in _CHANGE_UNITS and (sign is not None or (
                header[col].changes and number != 0)):
            change = Change.DECREASE if negative else Change.INCREASE
        value = tidy((-number if negative else number) * unit.factor)
        raw = Raw(a, b, value, None if high is None else tidy(high * unit.factor),
                  unit=unit.unit, item=unit.item, per=unit.per, change=change,
                  scaled=unit.factor != 1.0, factor=unit.factor)
        out.append(_cell(raw, (header[col], row, caption), unit.unit))


# A cell of a year alone ("2024"), and a part of one year ("2025-01/2025-06": months 01-06).
_RE_YEAR_ALONE: Final = regex.compile(r"(?:19|20)[0-9]{2}")
_RE_PART_YEAR: Final = regex.compile(r"([0-9]{4})-([0-9]{2})/\1-([0-9]{2})")


def _dated_by_a_year_cell(row: Label, spans: list[tuple[int, int]], header: list[Label],
                          text: str) -> Label:
    """A row without a period dated by a cell of a year alone under a column of no unit:
    "| Aktau | 2024 | 2,810 |" under "| Port | Year | Cargo, thousand tonnes |"."""
    if row.period is not None:
        return row
    for col, (a, b) in enumerate(spans[1 : len(header)], start=1):
        if header[col].unit is None and _RE_YEAR_ALONE.fullmatch(text[a:b].strip()):
            return replace(row, period=text[a:b].strip())
    return row


def _cell(raw: Raw, labels: tuple[Label, Label, Label], unit: str | None) -> Cell:
    """A cell labelled by its column header, row and caption (`labels`); with no `unit` (a
    cell of other words, read by the scan), a frame of its span (`Cell.frame`)."""
    column, row, caption = labels
    period = next((lab.period for lab in labels if lab.period is not None), None)
    year = column.period or caption.period
    one = row.period if column.period is None else column.period if row.period is None else None
    if one is not None and len(one) == 4 and not caption.prose and (
            part := _RE_PART_YEAR.fullmatch(caption.period or "")):
        period = f"{one}-{part[2]}/{one}-{part[3]}"  # "2024" beside a caption "January-June"
    elif row.month is not None and year is not None and len(year) == 4:
        period = f"{year}-{row.month:02d}"  # "January" under "2024"
    elif row.months is not None and year is not None and len(year) == 4:
        period = f"{year}-{row.months[0]:02d}/{year}-{row.months[1]:02d}"  # "Q1" under "2025"
    named = labels if row.summary else (row, column)
    entities = tuple(dict.fromkeys(e for lab in named for e in lab.entities))
    if entities and not any(e in COUNTRIES or e in PORTS for e in entities):
        # a route or a company (no port) heading its row ("TANAP") under a caption naming
        # the country ("Gas exports from Azerbaijan by route") is that country's
        entities += tuple(e for e in caption.entities if e in COUNTRIES and e not in entities)
    planned = column.planned or caption.planned
    if unit is None:
        return Cell(raw, period, entities, planned, None, row.summary or row.as_port, labels)
    metric = metric_for(unit, labels)
    if (metric is not None and unit == "count" and row.unit is not None and row.unit.item
            and not row.metrics and not column.metrics):
        metric = None  # "| Ferry calls | 312 |" under "Truck traffic reached ...": the row
        # names what it counts, and that names the count's metric, not the caption's cue
    return Cell(raw, period, entities, planned, metric, row.summary or row.as_port)


def _cell_figure(text: str, a: int, b: int) -> tuple[int, float, float | None, str | None] | None:
    """The figure of the cell text[a:b], if it is one: where it ends (a footnote mark after it
    is no part of it: "4.9*"), its value, the upper end of a range ("15-20") and its sign."""
    while b > a and text[b - 1] in _FOOTNOTE_MARKS:
        b -= 1
    if b - a > 40:
        return None
    m = RE_CELL_NUMBER.fullmatch(text, a, b)
    if m is not None:
        sign = m.group("sign")
        number = parse_number(text[a + (1 if sign else 0) : b])
        return None if number is None else (b, number, None, sign)
    pair = _RE_CELL_RANGE.fullmatch(text, a, b)
    if pair is None or (len(pair["lo"]) == 4 and pair["lo"][:2] in ("19", "20")):
        return None  # no range, or a span of years: "2023-2024"
    low, high = parse_number(pair["lo"]), parse_number(pair["hi"])
    if low is None or high is None or not low < high:
        return None
    return (b, low, high, None)


def _with_unit_cell(row: Label, spans: list[tuple[int, int]], header: list[Label],
                    text: str) -> Label:
    """The row label with the unit its cell under a column of units names, which comes
    before what the label's own words imply: "| Containers | TEU | 25,400 |" is TEU, not a
    count of containers."""
    for col, (a, b) in enumerate(spans[1:len(header)], start=1):
        if header[col].units and 0 < b - a <= MAX_CAPTION_CHARS:
            unit = unit_of_header(text[a:b].strip())
            if unit is not None:
                return replace(row, unit=unit)
    return row


def metric_for(unit: str, labels: tuple[Label, ...]) -> int | None:
    """The first metric of the labels (column header, row label, caption) that fits the unit:
    "Exports, mln USD" over a column of dollars is exports."""
    uclass = unit_class(unit)
    return next((m for lab in labels for m in lab.metrics if uclass in METRICS[m][3]), None)


def _unit_for(column: Unit | None, row: Unit | None, caption: Unit | None) -> Unit | None:
    """The column's unit, else the row's, else the caption's. A column and a row naming
    different units ("1H25, thous. t" and "Containers, TEU") leave the cell unread, unless
    one of them is a percentage: "y/y, %" over "Dry cargo, thousand tonnes" is the row's
    change, in per cent."""
    if row is not None and row.unit == "count" and row.factor == 1.0 and (
            column is not None or caption is not None) and (column or caption) != row:
        return column or caption  # "Containers" under "thousand TEU", "Oil products" under
        # "thousand tonnes": what the row counts, measured in the table's unit
    if column is not None and row is not None and column != row:
        relative = [u for u in (column, row) if u.unit in _CHANGE_UNITS]
        return relative[0] if len(relative) == 1 else None
    return column or row or caption


def read_change_cell(span: tuple[int, int], text: str, out: list[Cell]) -> None:
    """A signed figure in brackets after a list item's figure, the cell just read (`out[-1]`),
    is its change in its unit: "- Tenge per dollar: 498.35 (-3.00)" fell by 3 tenge."""
    figure = _cell_figure(text, *span)
    level = out[-1].raw if out else None
    if figure is None or level is None or figure[3] is None or figure[2] is not None:
        return
    b, number, _, sign = figure
    negative = sign in _MINUS
    raw = Raw(span[0], b, tidy((-number if negative else number) * level.factor),
              unit=level.unit, item=level.item, per=level.per,
              change=Change.DECREASE if negative else Change.INCREASE,
              scaled=level.scaled, factor=level.factor)
    out.append(replace(out[-1], raw=raw))
