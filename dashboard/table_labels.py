"""What a table's header, row label or caption says (`Label`): the unit and scale of its
numbers ("2023/24, mln t": t x 1e6), their period ("2023/24"), the entities and metrics its
words name, and whether it names a plan ("2030 (forecast)"), a change ("Growth, %"), a
month alone ("January") or a row of sums ("Total"), and whether it is about ports ("Cargo
handled at ports"), where a port's town alone ("Baku") is the port (`as_port`).

Pure: no pandas, no dash. Units are read by the quantity grammar itself, on a synthetic
"1 <unit words>" string. Used by `tables`.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace
from typing import Final

import regex

from dashboard.facts import METRIC_CUES, RE_ENTITY, entity_name
from dashboard.lexicon import Words
from dashboard.patterns import COMPARISON_TAGS, RE_QUANTITY
from dashboard.periods import find_times
from dashboard.published import Published
from dashboard.quantity import read_match
from dashboard.rates import rate_after
from dashboard.vocab.entities import PORT_TOWNS
from dashboard.vocab.metrics import METRICS

# A caption line before the table is read only when this short: "(million US dollars)".
MAX_CAPTION_CHARS: Final = 160
# Unit words longer than this are prose, not a unit: "Growth of exports to China, %".
_MAX_UNIT_CHARS: Final = 40
# Parenthesised words of a header: "TEU (thousand)", "Exports (million US dollars)".
_RE_BRACKETED: Final = regex.compile(r"\(([^()]{1,60})\)")
# Singular period nouns label a column of dates, not a duration: "Year", "Month".
_PERIOD_LABELS: Final = frozenset({"year", "month", "quarter", "week", "day", "date", "period"})
# A header naming a projection: "2030 (forecast)", "2026, plan"; a list's lead line naming
# its plan ("Targets for 2025:", "Goals for 2030:").
_RE_PLAN_WORD: Final = regex.compile(
    r"(?i:\b(?:forecasts?|projected|projections?|plans?|planned|targets?|goals?"
    r"|estimate[sd]?|expected|outlooks?)\b)"
)
# A header naming a change: its percentages are changes, signed or not ("Growth, %": 14.1).
_RE_CHANGE_WORD: Final = regex.compile(
    rf"(?i:\b(?:change|growth|increase|{COMPARISON_TAGS}|on\s+the\s+year)\b"
    r"|[+][/]?[-\u2212\u2013]|\u00b1)"
)
# A month named alone, as a row of a monthly table names it: "January", "Feb.".
_RE_MONTH_ALONE: Final = regex.compile(
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
# A row of a table's sums: "Total", "Grand total", "All ports", "Total, of which:", "Итого".
# Its figures are no one row's: it names only what its own words, its column and the caption
# name, never what the text or the rows around it do (a list's "Total" took the port above it).
_RE_SUMMARY_ROW: Final = regex.compile(
    r"(?i:(?:grand\s+|sub-?)?total\b.*|in\s+total|overall|all\b.*|(?:итого|всего)\b.*)"
)
# Words of a table about ports: "Port", "Cargo handled at seaports", "Container handling",
# "Transshipment, thousand tonnes" (with the metric port throughput, `_PORT_METRICS`).
_RE_PORT_WORDS: Final = regex.compile(
    r"(?i:\b(?:(?:sea)?ports?|harbou?rs?"  # "Port", "seaports", "harbour"
    r"|handl(?:ed|ing)|throughput|trans-?shipp?(?:ed|ment))\b)"  # "Cargo handled", "handling"
)
_PORT_METRICS: Final = frozenset({"port throughput"})
# A label for the rest of a table's rows: "Other ports", "All other", "Remaining terminals".
_RE_RESIDUAL: Final = regex.compile(r"(?i:(?:all\s+)?others?|remaining|the\s+rest)\b")
# The header of a column of units: "Unit", "Units of measure", "Measure". Each row's cell
# under it names the unit of that row's figures ("| Cargo handled | thousand tonnes | 3,120 |").
_RE_UNIT_COLUMN: Final = regex.compile(
    r"(?i:units?(?:\s+of\s+measure(?:ment)?)?|measure(?:ment)?|uom|unit\s+of\s+account)")
# A header of a count: "Number of container trains" counts trains (the words after it are
# read as the unit), as "Trains" does.
_RE_NUMBER_OF: Final = regex.compile(r"(?i:(?:total\s+)?(?:number|no\.)\s+of\s+)")
# A comparison after a header's unit says what its figures are changes on, not their unit:
# "Growth of transit, % y/y" (the change itself is read from the words, `_RE_CHANGE_WORD`).
_RE_COMPARISON_AFTER: Final = regex.compile(rf"(?i:[ \t]+(?:{COMPARISON_TAGS})[ \t]*\Z)")
# What may follow the counted thing in a header without naming another unit: "Wagons handled",
# "Trains dispatched", "Container trains by year" (a column of counts all the same), where
# they went ("Container trains through Kazakhstan", "Trucks via Khorgos"; not "in", which may
# name the unit: "Containers in TEU").
_RE_COUNT_TAIL: Final = regex.compile(
    r"(?i:\s++(?:handled|shipped|carried|dispatched|sent|loaded|unloaded|processed|received"
    r"|served|operated|registered|by\s+\w++"
    r"|(?:via|through|across|from|to|at)\s++\w++(?:[\s-]++\w++){0,2}+))"
)
# A header naming only a generic measure ("Volume", "Value") says no metric of its own: the
# caption's ("Transit cargo via Kazakhstan, mln t") is what its column measures.
_RE_GENERIC_MEASURE: Final = regex.compile(r"(?i:volumes?|values?|amounts?|quantity|total)")
# "'000" in a header: thousands, as statistics tables write it ("2024, '000 t").
_RE_THOUSANDS: Final = regex.compile(r"['\u2019]000\b[ ]?")
# A quarter or half named alone, as a row of a quarterly table names it: "Q1", "2Q", "H1".
_RE_PART_ALONE: Final = regex.compile(r"(?i:[QH](?P<n>[1-4])|(?P<n>[1-4])[QH])")
_MONTHS: Final = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                  "dec")
# What closes a label without being part of it: "mln AZN:" before a table, a footnote mark
# ("thousand tonnes*").
_LABEL_END: Final = " \t:*\u2020\u2021"


@dataclass(frozen=True, slots=True)
class Unit:
    """What a header says each number in its column measures: "mln t" is ("t", 1e6)."""

    unit: str
    factor: float
    item: str | None
    per: str | None


@dataclass(frozen=True, slots=True)
class Label:
    """What one header, row label or caption says: its unit, period and entities."""

    unit: Unit | None
    period: str | None
    entities: tuple[str, ...]
    planned: bool
    month: int | None = None  # a row label that is a month alone: "January", "Feb"
    months: tuple[int, int] | None = None  # a quarter or half alone: "Q1" (1, 3), "H2" (7, 12)
    changes: bool = False  # it names a change: "y/y, %", "Growth, %", "Change"
    metrics: tuple[int, ...] = ()  # the rows of `METRICS` its words name, in order
    summary: bool = False  # a row of sums: "Total", "All ports" (`_RE_SUMMARY_ROW`)
    ports: bool = False  # its words are about ports: "Port", "Cargo handled" (`_RE_PORT_WORDS`)
    as_port: bool = False  # a port's town read as the port (`as_port`): "Baku" in a port table
    units: bool = False  # it heads a column of units: "Unit" (`_RE_UNIT_COLUMN`)
    prose: bool = False  # a caption that is a sentence with figures of its own (`caption_of`)


NOTHING: Final = Label(None, None, (), False)


def merge_labels(old: Label, new: Label) -> Label:
    """The caption read so far, with what a later caption row adds."""
    return Label(new.unit or old.unit, new.period or old.period,
                 tuple(dict.fromkeys(old.entities + new.entities)), old.planned or new.planned,
                 changes=old.changes or new.changes, metrics=new.metrics + old.metrics,
                 ports=old.ports or new.ports, prose=old.prose and new.period is None)


def bracketed(line: str) -> list[str]:
    """A long line before a table lends only its bracketed words: "(million US dollars)"."""
    return [f"({m.group(1)})" for m in _RE_BRACKETED.finditer(line[-MAX_CAPTION_CHARS:])]


@functools.lru_cache(maxsize=1024)
def read_label(words: str, pub: Published) -> Label:
    """What a header, row label or caption names. Cached: a table repeats its headers."""
    words = words.strip().rstrip(_LABEL_END)[:MAX_CAPTION_CHARS * 2]
    if not words:
        return Label(None, None, (), False)
    if _RE_UNIT_COLUMN.fullmatch(words):
        return Label(None, None, (), False, units=True)
    part = _RE_PART_ALONE.fullmatch(words)
    size = 3 if "q" in words.lower() else 6  # a quarter's months, or a half's
    if part is not None and int(part["n"]) * size <= 12:  # "Q2" under "2025": April-June
        return Label(None, None, (), False,
                     months=((int(part["n"]) - 1) * size + 1, int(part["n"]) * size))
    if _RE_MONTH_ALONE.fullmatch(words):  # "January": of the publication year, as "in January"
        times = list(find_times(f"in {words}", 0, len(words) + 3, pub))
        month = _MONTHS.index(words[:3].lower()) + 1
        return Label(None, times[0].period if times else None, (), False, month)
    times = [t for t in find_times(words, 0, len(words), pub) if not t.base]
    entities = tuple(dict.fromkeys(
        entity_name(m.group()) for m in RE_ENTITY.finditer(words, timeout=1.0)
    ))
    period = times[0].period if len(times) == 1 else None
    planned = _RE_PLAN_WORD.search(words) is not None or _ends_after(period, pub)
    changes = _RE_CHANGE_WORD.search(words) is not None
    # the cue nearest the end first, as in prose the cue nearest before a figure: "Cargo
    # handled at ports" is what ports handled (throughput), not the cargo's volume
    metrics = () if _RE_GENERIC_MEASURE.fullmatch(words) else tuple(dict.fromkeys(
        row for _, _, row in reversed(METRIC_CUES.find(Words.read(words)))))
    ports = (_RE_PORT_WORDS.search(words) is not None
             or any(METRICS[m][0] in _PORT_METRICS for m in metrics))
    unit = unit_of_header(words)
    if unit is not None and unit.unit == "count" and _RE_RESIDUAL.match(words):
        unit = None  # "Other ports", "All other terminals": a group of who, not what is counted
    return Label(unit, period, entities, planned, changes=changes,
                 metrics=metrics, summary=_RE_SUMMARY_ROW.fullmatch(words) is not None,
                 ports=ports)


def as_port(label: Label, words: str) -> Label:
    """A row label or header of a table about ports naming a port's town alone and no entity
    ("Baku", "Baku*"), as that port: "Port of Baku" (`PORT_TOWNS`); else the label itself."""
    port = None if label.entities else PORT_TOWNS.get(words.strip().rstrip(_LABEL_END))
    return label if port is None else replace(label, entities=(port,), as_port=True)


def _ends_after(period: str | None, pub: Published) -> bool:
    """Does the period end in a year after publication ("2030" in a table of 2025)?"""
    end = (period or "").rpartition("/")[2][:4]
    return end.isdigit() and pub.year is not None and int(end) > pub.year


@functools.lru_cache(maxsize=1024)
def unit_of_header(words: str) -> Unit | None:
    """The unit a header names, read by the quantity grammar on "1 <words>" for each part
    that may hold it: "2023/24, mln t" -> the part after the comma; "TEU (thousand)" -> the
    bracket put before the rest; "$ mln" -> "$1 mln". A part must be read whole."""
    words = _RE_THOUSANDS.sub("thousand ", words)  # "'000 t": thousand tonnes
    plain = _RE_NUMBER_OF.sub("", _RE_BRACKETED.sub(" ", words)).strip()
    inner = [m.group(1).strip() for m in _RE_BRACKETED.finditer(words)]
    parts = [_RE_COMPARISON_AFTER.sub("", p.strip()) for p in regex.split(r"[,;:]", plain)]
    # "TEU (thousand)" -> "thousand TEU" first, then each part alone; "Wagons, thousand":
    # the scale put before the rest; "Wagons handled, 1H 2025": the first part names the
    # unit, the last the period
    candidates = [*(f"{i} {plain}" for i in inner if plain), *inner, parts[-1], plain,
                  *([f"{parts[-1]} {parts[0]}"] if len(parts) == 2 else []), *parts[:1]]
    for part in candidates:
        unit = _read_unit(part)
        if unit is not None:
            return unit
    return None


def _read_unit(part: str) -> Unit | None:
    """The unit of one candidate part, or None unless the grammar reads all of it."""
    if not part or len(part) > _MAX_UNIT_CHARS or part.lower() in _PERIOD_LABELS:
        return None
    first, _, rest = part.partition(" ")
    for probe in (f"1 {part}", f"{first}1 {rest}".rstrip(), f"{first} 1 {rest}".rstrip()):
        m = RE_QUANTITY.match(probe)
        raw = read_match(m, probe, 0) if m is not None else None
        if (raw is not None and raw.unit is not None and raw.value_high is None
                and raw.change is None and _reads_to_end(raw.end, raw.unit, raw.per, probe)):
            return Unit(raw.unit, raw.value, raw.item, raw.per)
    return None


def _reads_to_end(end: int, unit: str, per: str | None, probe: str) -> bool:
    """Is all of `probe` read: to the quantity's `end`, or on through its rate ("USD per 40ft
    container") or, for a count, through words of what the counted things did ("Wagons
    handled")?"""
    if end == len(probe):
        return True
    if per is not None:
        rate = rate_after(probe[end:])
        if rate is not None and end + rate[1] == len(probe):
            return True
    return unit == "count" and _RE_COUNT_TAIL.fullmatch(probe, end) is not None
