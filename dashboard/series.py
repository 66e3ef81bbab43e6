"""A chart's data written out as text: a title, then periods and bare figures.

    Chart: Trade turnover, $ bn — 2021: 1.2; 2022: 1.5; 2023: 2.0
    Cargo on the Trans-Caspian route, million tonnes
    2022: 1.5
    2023: 2.8

as a chart's data ends up in an article's text (a caption, alt text, a chart's text version).
Each item is a period ("2021", "Q1 2024", "Jan", "2023/24"), a colon and a bare number; two
items or more make a series, on the title's line after a dash or colon, or one a line under
it. Only geometry here: `tables` reads the title as a one-column table's caption (its unit,
metric, entities) and each period as a row label; a title naming no unit yields nothing.
Figures with a unit of their own ("2023: $1.9 bn") are no series: the prose scan reads them.

Pure: no pandas, no dash, no I/O. Linear: each line is matched once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import regex

from dashboard.scanning import scan_timeout
from dashboard.vocab.calendar import MONTHS

__all__ = ["Series", "find_series"]

_MONTH: Final = rf"(?:{MONTHS})\.?+"
_PERIOD: Final = (rf"(?:(?:[QH][1-4]|9M|{_MONTH})[ \t]++)?+(?:19|20)[0-9]{{2}}(?:/[0-9]{{2}})?+"
                  rf"|{_MONTH}")
_NUMBER: Final = r"[+\-\u2212]?+[0-9]++(?:[.,][0-9]++)*+"
# one item: its period and its bare figure, then a separator or the line's end
_ITEM: Final = (rf"(?P<label>{_PERIOD})(?![0-9]):[ \t]*+(?P<num>{_NUMBER})"
                r"[ \t]*+(?=[;,][ \t]|[.;]?[ \t]*+$)")
_RE_INLINE: Final = regex.compile(
    rf"^(?P<title>[^\n]{{3,150}}?)[ \t]*+(?:[:\u2013\u2014]|--?)[ \t]++"
    rf"(?:{_ITEM}[;,]?[ \t]*+){{2,}}[.]?[ \t]*+$",
    flags=regex.MULTILINE,
)
_RE_LINE_ITEM: Final = regex.compile(rf"[ \t]*+{_ITEM}[.;]?[ \t]*+")
# most texts have no "2021: 1.2" at all: one search spares them the rest
_RE_HINT: Final = regex.compile(r"(?:[0-9]|[a-z]\.?):[ \t]*+[+\-\u2212]?[0-9]")


@dataclass(frozen=True, slots=True)
class Series:
    """Where one series is: its title, then each item's period and figure."""

    title: tuple[int, int]
    items: list[tuple[tuple[int, int], tuple[int, int]]]


def find_series(text: str) -> list[Series]:
    """Every series of `text`, in text order: inline ones and runs of item lines (under a
    title not ending in ":" or ")": a list of `tables`, read there)."""
    budget = scan_timeout(len(text))
    if _RE_HINT.search(text, timeout=budget) is None:
        return []
    found = [Series(m.span("title"), _items(m))
             for m in _RE_INLINE.finditer(text, timeout=budget)]
    pos = 0
    title: tuple[int, int] | None = None  # the line before the run being read
    run: list[tuple[tuple[int, int], tuple[int, int]]] = []
    for line in [*text.split("\n"), ""]:
        item = _RE_LINE_ITEM.fullmatch(line) if len(line) <= 60 else None
        if item is not None and title is not None:
            run.append(((pos + item.start("label"), pos + item.end("label")),
                        (pos + item.start("num"), pos + item.end("num"))))
        else:
            if len(run) >= 2 and title is not None:
                found.append(Series(title, run))
            run = []
            lead = line.rstrip()
            title = ((pos, pos + len(line)) if lead and item is None
                     and not lead.endswith((":", ")")) else None)
        pos += len(line) + 1
    return sorted(found, key=lambda s: s.title)


def _items(match: regex.Match[str]) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    return list(zip(match.spans("label"), match.spans("num"), strict=True))
