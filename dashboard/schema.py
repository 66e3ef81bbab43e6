"""The dataset contract, defined once: tables, their columns, types, units and allowed values.

This single definition drives `dataset.validate`, the column types of every export
(CSV, Parquet, JSON), the data dictionary (`render_data_dictionary`) and
`datapackage.json` (a Frictionless Data Package with Table Schema fields).

To add a table: define a `Table` below and add it to `_ALL_TABLES`; to add a column to a
table, add a `Field` to its tuple. Every writer, reader and validator picks it up.
The claim columns are `dashboard.claim.CLAIM_FIELD_ORDER` plus the ids and dates the dataset
adds (a test holds the two together).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Final, Literal

import regex

from dashboard.claim import Approx, Change, Kind, Topic

# One side of a `period` as the parser writes it ("2024-01/2024-11" has two, "2020/.." one):
# a year, a quarter, a half year, a month or a day. Read by the store (where a claim sits on a
# time axis) and by the figures (how a reader says it).
RE_PERIOD_POINT: Final = regex.compile(
    r"""^(?P<year>\d{4})            # a year
        (?:-(?:
            Q(?P<quarter>[1-4])     # a quarter, 2024-Q3
          | H(?P<half>[12])         # a half year, 2024-H1
          | (?P<month>\d{2})        # a month, 2024-03
            (?:-(?P<day>\d{2}))?    # a day, 2024-03-11
        ))?$""",
    flags=regex.VERBOSE,
)

FieldType = Literal["string", "integer", "number", "date", "list"]
"""Table Schema types. `list` is a list of strings: `;`-joined in CSV, a list elsewhere."""

LIST_DELIMITER = ";"
ID_PATTERN = "^[0-9a-f]{16}$"


@dataclass(frozen=True, slots=True)
class Field:
    """One column. `required` columns never hold a missing value."""

    name: str
    type: FieldType
    description: str
    required: bool = False
    unique: bool = False
    unit: str | None = None
    enum: tuple[str, ...] = ()
    minimum: float | None = None
    pattern: str | None = None
    example: str | None = None

    def descriptor(self) -> dict[str, Any]:
        """The Table Schema field descriptor (for the CSV resource)."""
        out: dict[str, Any] = {"name": self.name, "type": self.type,
                               "description": self.description}
        if self.type == "list":
            out.update(delimiter=LIST_DELIMITER, itemType="string")
        if self.type == "date":
            out["format"] = "%Y-%m-%d"
        if self.unit:
            out["unit"] = self.unit
        if self.example is not None:
            out["example"] = self.example
        constraints: dict[str, Any] = {}
        if self.required:
            constraints["required"] = True
        if self.unique:
            constraints["unique"] = True
        if self.enum:
            constraints["enum"] = list(self.enum)
        if self.minimum is not None:
            constraints["minimum"] = self.minimum
        if self.pattern:
            constraints["pattern"] = self.pattern
        if constraints:
            out["constraints"] = constraints
        return out


@dataclass(frozen=True, slots=True)
class Table:
    """A table of the dataset, written as `<name>.csv`, `.parquet` and `.json`."""

    name: str
    title: str
    description: str
    fields: tuple[Field, ...]
    primary_key: tuple[str, ...] = ()
    foreign_keys: tuple[tuple[str, str, str], ...] = ()  # (column, other table, other column)
    formats: tuple[str, ...] = ("csv", "parquet", "json")

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    def field(self, name: str) -> Field:
        for candidate in self.fields:
            if candidate.name == name:
                return candidate
        raise KeyError(f"{self.name} has no column {name!r}")

    def table_schema(self) -> dict[str, Any]:
        """The Table Schema of the table's CSV file."""
        out: dict[str, Any] = {"fields": [f.descriptor() for f in self.fields],
                               "missingValues": [""]}
        if self.primary_key:
            out["primaryKey"] = list(self.primary_key)
        if self.foreign_keys:
            out["foreignKeys"] = [
                {"fields": col, "reference": {"resource": other, "fields": other_col}}
                for col, other, other_col in self.foreign_keys
            ]
        return out


def _values(enum_type: type[Approx] | type[Change] | type[Kind] | type[Topic]) -> tuple[str, ...]:
    return tuple(member.value for member in enum_type)


_DOC_ID = Field("doc_id", "string", "Document id: the first 16 hex digits of the SHA-256 of "
                "the document text, so the same article is always the same document.",
                required=True, pattern=ID_PATTERN, example="447e244e5bc228f7")
_PUBLISHED = "Publication date of the document (ISO 8601), from the manifest or the article."

CLAIMS = Table(
    name="claims",
    title="Numeric claims",
    description="One row per numeric claim found in a document, with its exact position.",
    primary_key=("claim_id",),
    foreign_keys=(("doc_id", "documents", "doc_id"),),
    fields=(
        Field("claim_id", "string", "Claim id: 16 hex digits of the SHA-256 of doc_id, start "
              "and end; stable across runs.", required=True, unique=True, pattern=ID_PATTERN),
        _DOC_ID,
        Field("start", "integer", "Offset of the first character of `surface` in the "
              "document text (0-based, in Unicode code points).", required=True, minimum=0),
        Field("end", "integer", "Offset just past the last character of `surface` "
              "(half-open: text[start:end] == surface).", required=True, minimum=1),
        Field("surface", "string", "The quantity expression exactly as written.",
              required=True, example="$529 million"),
        Field("value", "number", "The value with scale words folded in (529 million -> "
              "529000000); the lower end of a range.", required=True, unit="see `unit`"),
        Field("value_high", "number", "Upper end of a range, else empty.", unit="see `unit`"),
        Field("unit", "string", "Canonical unit: ISO 4217 code for money (USD, KZT, ...), t, "
              "TEU, bbl, m3, km, MW, %, pp (percentage points), x (multiplier), day, hour, "
              "count.", required=True, example="USD"),
        Field("per", "string", "Rate denominator when stated (year, day, 40ft container), "
              "else empty.", example="year"),
        Field("approx", "string", "Hedge: approx (about), min (over, at least), max (up to), "
              "else empty.", enum=_values(Approx)),
        Field("change", "string", "Set only when the number itself is a change: increase or "
              "decrease.", enum=_values(Change)),
        Field("kind", "string", "actual (a reported figure) or projection (forecast, plan, "
              "target, potential).", required=True, enum=_values(Kind)),
        Field("metric", "string", "What is measured, from the metric vocabulary "
              "(trade turnover, cargo volume, ...).", example="trade turnover"),
        Field("topic", "string", "Topic of the claim.", required=True, enum=_values(Topic)),
        Field("entities", "list", "Places, routes, organisations the claim is about; "
              "`;`-joined in CSV, a list in Parquet and JSON; empty when none.",
              example="Kazakhstan;Azerbaijan"),
        Field("item", "string", "The counted thing when unit is count (trains, vessels).",
              example="trains"),
        Field("period", "string", "The period the figure refers to (a year, a part of a "
              "year, a target year), else empty.", example="2023"),
        Field("sentence", "string", "The sentence the claim was found in."),
        Field("published", "date", _PUBLISHED + " Copied from the document."),
        Field("series_id", "string", "Series id: claims that measure the same thing (metric, "
              "unit, rate, subject, level or change, kind of period) share it; see the series "
              "table. Empty when the claim names no metric.", pattern=ID_PATTERN),
    ),
)

DOCUMENTS = Table(
    name="documents",
    title="Documents",
    description="One row per distinct article (same text, same document).",
    primary_key=("doc_id",),
    fields=(
        Field(_DOC_ID.name, _DOC_ID.type, _DOC_ID.description, required=True, unique=True,
              pattern=ID_PATTERN, example=_DOC_ID.example),
        Field("path", "string", "Path of the article file, relative to the input folder "
              "(the manifest's `file`).", required=True, example="articles/000-x.txt"),
        Field("title", "string", "Headline: from the manifest, the page or the first line."),
        Field("published", "date", _PUBLISHED),
        Field("place", "string", "Place named in the dateline (ASTANA, March 11, 2024 -).",
              example="Astana"),
        Field("source_url", "string", "Address of the original article (http or https only)."),
        Field("outlet", "string", "Who published it, from the manifest."),
        Field("text", "string", "The article text exactly as the claim offsets index it "
              "(LF line ends, no control characters).", required=True),
        Field("sha256", "string", "SHA-256 of the text (UTF-8), 64 hex digits.",
              required=True, pattern="^[0-9a-f]{64}$"),
        Field("n_claims", "integer", "Number of claims found in the document.",
              required=True, minimum=0),
    ),
)

INPUTS = Table(
    name="inputs",
    title="Inputs",
    description="Every input file and what became of it: parsed, a duplicate of another "
                "document, or rejected with a reason.",
    primary_key=("path",),
    formats=("csv",),
    fields=(
        Field("path", "string", "Path of the input file, relative to its input folder.",
              required=True, unique=True),
        Field("status", "string", "parsed, duplicate (same text as another file) or rejected.",
              required=True, enum=("parsed", "duplicate", "rejected")),
        Field("doc_id", "string", "The document the file became (empty when rejected).",
              pattern=ID_PATTERN),
        Field("reason", "string", "Why the file was rejected.", enum=(
            "empty", "not_text", "unsupported_type", "too_large", "not_found", "unreadable",
            "bad_manifest", "parse_error")),
        Field("message", "string", "The rejection explained for people."),
        Field("encoding", "string", "How the bytes were decoded (utf-8, utf-16-le (BOM), "
              "cp1252 (fallback), ...).", example="utf-8"),
    ),
)

# --- reconciliation (dashboard.reconcile): tables derived from the claims ------------------

_SERIES_ID = Field("series_id", "string", "The series (see the series table).", required=True,
                   pattern=ID_PATTERN)
_METRIC = Field("metric", "string", "What the series measures.", required=True,
                example="cargo volume")
_UNIT = Field("unit", "string", "Canonical unit of the values.", required=True, example="t")
_SUBJECT = Field("entities", "list", "The series' subject: the most specific places, routes "
                 "or pairs its claims are about (ports, then routes, then countries and "
                 "regions, then organisations); `;`-joined in CSV.",
                 example="Trans-Caspian International Transport Route")
_CLAIM_REF = "claim_id of a claim in the claims table."

SERIES = Table(
    name="series",
    title="Series",
    description="One row per series: claims that measure the same thing, whoever reports it.",
    primary_key=("series_id",),
    formats=("csv", "parquet"),
    fields=(
        Field("series_id", "string", "16 hex digits of the SHA-256 of the series key.",
              required=True, unique=True, pattern=ID_PATTERN),
        _METRIC, _UNIT,
        Field("per", "string", "Rate denominator (a per-year figure for a single year is "
              "that year's figure, so it has none).", example="day"),
        _SUBJECT,
        Field("measure", "string", "level (a value) or change (a growth rate, difference or "
              "multiplier; decreases are negative, multipliers are new/old).", required=True,
              enum=("level", "change")),
        Field("period_shape", "string", "The kind of period its claims refer to: year, "
              "months MM-MM (a part of a year), month, date, since (a base year), years "
              "(a span), undated, or any (lengths and areas, which do not depend on a "
              "period).", required=True, example="months 01-11"),
        Field("item", "string", "The counted thing, for counts.", example="train"),
        Field("label", "string", "The series in words.", required=True),
        Field("n_claims", "integer", "Claims in the series.", required=True, minimum=1),
        Field("n_docs", "integer", "Documents with claims in the series.", required=True,
              minimum=1),
    ),
)

DISAGREEMENTS = Table(
    name="disagreements",
    title="Where sources disagree",
    description="One row per series, period and kind where documents give values that do "
                "not agree at the precision they are written with.",
    foreign_keys=(("series_id", "series", "series_id"),),
    formats=("csv", "parquet"),
    fields=(
        _SERIES_ID, _METRIC, _UNIT, _SUBJECT,
        Field("period", "string", "The period the values refer to; empty for lengths and "
              "areas, compared whatever their period.", example="2023"),
        Field("kind", "string", "actual for reported figures; mixed when a length or area "
              "is compared across reported and planned figures.", required=True,
              enum=("actual", "projection", "mixed")),
        Field("n_docs", "integer", "Documents giving a value.", required=True, minimum=2),
        Field("min_value", "number", "Smallest value given.", required=True),
        Field("max_value", "number", "Largest value given.", required=True),
        Field("spread_pct", "number", "100 x (max - min) / |min|; empty when min is 0.",
              unit="%"),
        Field("claim_ids", "list", "Every claim of the series in that period (each "
              + _CLAIM_REF + ")", required=True),
    ),
)

FORECASTS = Table(
    name="forecasts",
    title="Forecasts against outcomes",
    description="One row per projection whose target period was later reported as an "
                "actual figure of the same series.",
    primary_key=("projection_claim_id",),
    foreign_keys=(("projection_claim_id", "claims", "claim_id"),
                  ("series_id", "series", "series_id")),
    formats=("csv", "parquet"),
    fields=(
        Field("projection_claim_id", "string", "The projection: " + _CLAIM_REF,
              required=True, unique=True, pattern=ID_PATTERN),
        Field("actual_claim_ids", "list", "The actual figures reported later for the same "
              "series and period.", required=True),
        _SERIES_ID, _METRIC, _UNIT, _SUBJECT,
        Field("period", "string", "The target period.", required=True, example="2025"),
        Field("projected", "number", "The projected value (a range's midpoint).",
              required=True),
        Field("actual", "number", "The outcome: the median of the reporting documents' "
              "values.", required=True),
        Field("error_pct", "number", "100 x (projected - actual) / actual.", unit="%"),
        Field("made_on", "date", "Publication date of the projection."),
        Field("reported_on", "date", "First publication date of the outcome."),
    ),
)

IMPLIED = Table(
    name="implied",
    title="Implied values",
    description="Earlier values derived from a change and a level stated in one sentence "
                "(\"up fivefold since 2020, reaching $529 million\"). Derived, not reported: "
                "kept out of the claims and their series.",
    primary_key=("implied_id",),
    foreign_keys=(("level_claim_id", "claims", "claim_id"),
                  ("change_claim_id", "claims", "claim_id")),
    formats=("csv", "parquet"),
    fields=(
        Field("implied_id", "string", "16 hex digits of the SHA-256 of the two claim ids.",
              required=True, unique=True, pattern=ID_PATTERN),
        _SERIES_ID, _METRIC, _UNIT, _SUBJECT,
        Field("period", "string", "The earlier period the value refers to.", required=True,
              example="2020"),
        Field("value", "number", "The implied value.", required=True),
        Field("method", "string", "How it was derived.", required=True,
              example="529000000 / 5 (fivefold since 2020)"),
        Field("level_claim_id", "string", "The level: " + _CLAIM_REF, required=True,
              pattern=ID_PATTERN),
        Field("change_claim_id", "string", "The change: " + _CLAIM_REF, required=True,
              pattern=ID_PATTERN),
        Field("doc_id", "string", "The document both claims come from.", required=True,
              pattern=ID_PATTERN),
        Field("published", "date", _PUBLISHED),
    ),
)

RECONCILE_TABLES: tuple[Table, ...] = (SERIES, DISAGREEMENTS, FORECASTS, IMPLIED)

# The registry. Tables are written in this order.
_ALL_TABLES: tuple[Table, ...] = (CLAIMS, DOCUMENTS, INPUTS, *RECONCILE_TABLES)
TABLES: Mapping[str, Table] = MappingProxyType({t.name: t for t in _ALL_TABLES})


def render_data_dictionary() -> str:
    """The data dictionary as Markdown, one section per table."""
    lines = ["# Data dictionary", "",
             "Generated from `dashboard/schema.py`; `datapackage.json` holds the same.", ""]
    for table in TABLES.values():
        files = ", ".join(f"`{table.name}.{ext}`" for ext in table.formats)
        lines += [f"## {table.name}", "", f"{table.description} Files: {files}.", "",
                  "| column | type | required | description | allowed values |",
                  "|---|---|---|---|---|"]
        for f in table.fields:
            allowed = ", ".join(f.enum) if f.enum else (f"e.g. `{f.example}`" if f.example else "")
            desc = f.description.replace("|", "\\|")
            lines.append(f"| `{f.name}` | {f.type} | {'yes' if f.required else ''} | {desc} "
                         f"| {allowed} |")
        lines.append("")
    return "\n".join(lines)
