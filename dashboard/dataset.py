"""The tidy dataset: claims and documents frames built from documents and claims, and checked.

Column order, dtypes and checks all come from `dashboard.schema`. Canonical dtypes:
string and date columns use pandas' `str` dtype (missing = NaN; an empty string is
stored as missing, since CSV and Table Schema cannot tell them apart), required integers
`int64`, optional integers `Int64`, numbers `float64`, list columns hold tuples of str.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import pandas as pd

from dashboard.claim import Claim
from dashboard.corpus import Document
from dashboard.schema import CLAIMS, DOCUMENTS, LIST_DELIMITER, Field, Table


class DatasetError(ValueError):
    """The frames break the dataset contract; the message lists the problems."""


def make_claim_id(doc_id: str, start: int, end: int) -> str:
    """Stable claim id: 16 hex digits of the SHA-256 of `doc_id:start:end`."""
    return hashlib.sha256(f"{doc_id}:{start}:{end}".encode()).hexdigest()[:16]


def _to_tuple(value: Any) -> tuple[str, ...]:
    """A list cell as a tuple of str, from a tuple, list, numpy array or missing value."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ()
    if isinstance(value, str):
        return tuple(value.split(LIST_DELIMITER)) if value else ()
    return tuple(str(item) for item in value)


def _conform_column(series: pd.Series, field: Field) -> pd.Series:
    if field.type in ("string", "date"):
        series = series.astype("str")
        # "" and missing are one value in CSV (and in Table Schema): text is never "".
        return series.mask(series == "")
    if field.type == "integer":
        return series.astype("int64" if field.required else "Int64")
    if field.type == "number":
        return series.astype("float64")
    return pd.Series([_to_tuple(v) for v in series], index=series.index, dtype=object)


def conform(frame: pd.DataFrame, table: Table) -> pd.DataFrame:
    """The frame with exactly the table's columns, in order, with canonical dtypes."""
    missing = [name for name in table.names if name not in frame.columns]
    extra = [name for name in frame.columns if name not in table.names]
    if missing or extra:
        raise DatasetError(f"{table.name}: missing columns {missing}, unexpected {extra}")
    columns = {f.name: _conform_column(frame[f.name], f) for f in table.fields}
    return pd.DataFrame(columns, index=pd.RangeIndex(len(frame)))


def frame_from_rows(rows: Iterable[Mapping[str, Any]], table: Table) -> pd.DataFrame:
    """A conformed frame from row mappings holding (at least) the table's columns."""
    columns: dict[str, list[Any]] = {name: [] for name in table.names}
    for row in rows:
        for name, column in columns.items():
            column.append(row.get(name))
    return frame_from_columns(columns, table)


def frame_from_columns(columns: Mapping[str, list[Any]], table: Table) -> pd.DataFrame:
    """A conformed frame from one list of values per column (no row dicts: less memory)."""
    frame = pd.DataFrame({f.name: pd.Series(columns[f.name], dtype=object) for f in table.fields})
    return conform(frame, table)


def _claim_dict(claim: Claim | Mapping[str, Any]) -> Mapping[str, Any]:
    return claim.to_dict() if isinstance(claim, Claim) else claim


def build_claims(documents: Sequence[Document],
                 claims: Mapping[str, Sequence[Claim | Mapping[str, Any]]]) -> pd.DataFrame:
    """The claims frame, in document order, then by offsets."""
    columns: dict[str, list[Any]] = {name: [] for name in CLAIMS.names}
    own = {"claim_id", "doc_id", "published"}
    for doc in documents:
        rows = sorted((_claim_dict(c) for c in claims.get(doc.doc_id, ())),
                      key=lambda r: (r["start"], r["end"]))
        for row in rows:
            columns["claim_id"].append(make_claim_id(doc.doc_id, row["start"], row["end"]))
            columns["doc_id"].append(doc.doc_id)
            columns["published"].append(doc.published)
            for name, column in columns.items():
                if name not in own:
                    column.append(row.get(name))
    return frame_from_columns(columns, CLAIMS)


def build_documents(documents: Sequence[Document], n_claims: Mapping[str, int]) -> pd.DataFrame:
    """The documents frame, in the given order."""
    rows = []
    for doc in documents:
        row = {name: getattr(doc, name, None) for name in DOCUMENTS.names}
        row["n_claims"] = n_claims.get(doc.doc_id, 0)
        rows.append(row)
    return frame_from_rows(rows, DOCUMENTS)


def sort_documents(documents: Iterable[Document]) -> list[Document]:
    """The dataset's document order: by path, then id (paths can repeat across inputs)."""
    return sorted(documents, key=lambda d: (d.path, d.doc_id))


def validate_table(frame: pd.DataFrame, table: Table) -> list[str]:
    """Problems with one frame against its table definition (empty list: none)."""
    if list(frame.columns) != list(table.names):
        return [f"{table.name}: columns {list(frame.columns)} != {list(table.names)}"]
    problems: list[str] = []
    for f in table.fields:
        problems += [f"{table.name}.{f.name}: {p}" for p in _check_column(frame[f.name], f)]
    return problems


def _check_column(series: pd.Series, field: Field) -> list[str]:
    problems: list[str] = []
    if field.type == "list":
        bad = [v for v in series.tolist() if not isinstance(v, tuple)
               or any(not isinstance(x, str) or not x or LIST_DELIMITER in x for x in v)]
        return [f"{len(bad)} cells are not tuples of non-empty strings without ';'"] if bad else []
    present = series.dropna()
    if field.required and len(present) < len(series):
        problems.append(f"{len(series) - len(present)} missing values")
    if field.type in ("string", "date"):
        if not all(isinstance(v, str) for v in present.tolist()):
            return [*problems, "holds values that are not strings"]
        if present.str.contains("\x00", regex=False).any():
            problems.append("holds NUL characters")
        if field.type == "date":
            problems += _check_pattern(present, r"\d{4}-\d{2}-\d{2}", "ISO dates")
        if field.pattern:
            problems += _check_pattern(present, field.pattern.strip("^$"), field.pattern)
        if field.enum and not present.isin(field.enum).all():
            problems.append(f"values outside {list(field.enum)}: "
                            f"{sorted(set(present) - set(field.enum))[:5]}")
    else:
        numeric = pd.to_numeric(present, errors="coerce").astype("float64")
        if numeric.isna().any() or not numeric.abs().lt(math.inf).all():
            problems.append("holds values that are not finite numbers")
        elif field.minimum is not None and (numeric < field.minimum).any():
            problems.append(f"holds values below {field.minimum}")
    if field.unique and present.duplicated().any():
        problems.append("holds duplicate values")
    return problems


def _check_pattern(values: pd.Series, pattern: str, label: str) -> list[str]:
    bad = values[~values.str.fullmatch(pattern)].tolist()
    return [f"{len(bad)} values do not match {label}, e.g. {bad[0]!r}"] if bad else []


def validate(claims: pd.DataFrame, documents: pd.DataFrame) -> list[str]:
    """Every contract check: types, enums, ids, and `text[start:end] == surface` per row."""
    problems = validate_table(claims, CLAIMS) + validate_table(documents, DOCUMENTS)
    if problems:
        return problems
    texts = dict(zip(_column(documents, "doc_id"), _column(documents, "text"), strict=True))
    unknown = set(_column(claims, "doc_id")) - set(texts)
    if unknown:
        problems.append(f"claims point at unknown documents: {sorted(unknown)[:5]}")
    rows = zip(*(_column(claims, c) for c in ("claim_id", "doc_id", "start", "end", "surface")),
               strict=True)
    for claim_id, doc_id, start, end, surface in rows:
        text = texts.get(doc_id)
        if text is not None and text[start:end] != surface:
            problems.append(f"claim {claim_id}: text[{start}:{end}] != {surface!r}")
        if claim_id != make_claim_id(doc_id, start, end):
            problems.append(f"claim {claim_id}: id does not match doc_id, start and end")
    problems += _check_documents(claims, documents)
    return problems


def _column(frame: pd.DataFrame, name: str) -> list[Any]:
    """A column as Python values (typed loosely: cells of a validated frame)."""
    return list(frame[name].tolist())


def _check_documents(claims: pd.DataFrame, documents: pd.DataFrame) -> list[str]:
    problems: list[str] = []
    counts: dict[str, int] = {}
    for doc_id in _column(claims, "doc_id"):
        counts[doc_id] = counts.get(doc_id, 0) + 1
    columns = ("doc_id", "text", "sha256", "n_claims")
    for doc_id, text, sha, n_claims in zip(*(_column(documents, c) for c in columns), strict=True):
        if counts.get(doc_id, 0) != n_claims:
            problems.append(f"document {doc_id}: n_claims {n_claims} != "
                            f"{counts.get(doc_id, 0)} claims")
        if hashlib.sha256(text.encode("utf-8")).hexdigest() != sha:
            problems.append(f"document {doc_id}: sha256 does not match its text")
        if not sha.startswith(doc_id):
            problems.append(f"document {doc_id}: id is not derived from its text")
    published = dict(zip(_column(documents, "doc_id"), _column(documents, "published"),
                         strict=True))
    mismatched = [doc_id for doc_id, date in zip(_column(claims, "doc_id"),
                                                 _column(claims, "published"), strict=True)
                  if not _same(date, published.get(doc_id))]
    if mismatched:
        problems.append(f"{len(mismatched)} claims whose published differs from the document's")
    return problems


def _same(a: Any, b: Any) -> bool:
    return bool((pd.isna(a) and pd.isna(b)) or a == b)


def check_valid(claims: pd.DataFrame, documents: pd.DataFrame) -> None:
    """Raise DatasetError listing the problems, if any."""
    problems = validate(claims, documents)
    if problems:
        raise DatasetError("; ".join(problems[:20]))
