"""Reading a data directory into Arrow tables, tolerating tables that are not there yet.

The dataset writer (`dashboard.export` / `dashboard.ingest`) replaces each file
atomically; a reader can still see a new claims file beside an old documents file
for a moment, so `files_signature` lets the caller detect a change during a load
and load again.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import MappingProxyType

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from dashboard.export import JOURNAL_NAME
from dashboard.schema import CLAIMS

# Low-cardinality claim columns read as Arrow dictionaries (cheap codes for filtering).
DICTIONARY_COLUMNS: tuple[str, ...] = (
    "doc_id", "unit", "per", "approx", "change", "kind", "metric", "topic", "item", "period",
    "published", "series_id",
)
_NUMERIC = MappingProxyType({"start": pa.int64(), "end": pa.int64(), "value": pa.float64(),
            "value_high": pa.float64(), "n_claims": pa.int64()})
# Tables a later stage adds (reconciliation); the app shows them only when present.
OPTIONAL_TABLES: tuple[str, ...] = ("series", "disagreements", "forecasts", "implied")
CORE_TABLES: tuple[str, ...] = ("claims", "documents")


class DataMissingError(FileNotFoundError):
    """The data directory has no claims or documents table."""


@dataclass(frozen=True, slots=True)
class FileState:
    name: str
    mtime_ns: int
    size: int
    inode: int


def table_path(data_dir: Path, name: str) -> Path | None:
    """The file holding table `name` (Parquet preferred, then CSV), or None."""
    for suffix in (".parquet", ".csv"):
        path = data_dir / f"{name}{suffix}"
        if path.is_file():
            return path
    return None


def files_signature(data_dir: Path) -> tuple[FileState, ...]:
    """What identifies the current version of every table file (changes on any rewrite).

    The writer's commit journal is included: while it exists a commit is under way.
    """
    names = [f"{table}{suffix}" for table in (*CORE_TABLES, *OPTIONAL_TABLES)
             for suffix in (".parquet", ".csv", ".json")]
    states: list[FileState] = []
    for name in (*names, "datapackage.json", "build.json", JOURNAL_NAME):
        try:
            st = os.stat(data_dir / name)
        except OSError:
            continue
        states.append(FileState(name, st.st_mtime_ns, st.st_size, st.st_ino))
    return tuple(states)


def read_claims(data_dir: Path) -> pa.Table:
    path = table_path(data_dir, "claims")
    if path is None:
        raise DataMissingError(f"no claims table in {data_dir}")
    if path.suffix == ".parquet":
        names = set(pq.read_schema(path).names)
        table = pq.read_table(path, read_dictionary=[c for c in DICTIONARY_COLUMNS if c in names])
    else:
        table = _read_csv(path, list_columns=("entities",))
    return conform_claims(table)


def read_documents(data_dir: Path, *, with_text: bool) -> pa.Table:
    path = table_path(data_dir, "documents")
    if path is None:
        raise DataMissingError(f"no documents table in {data_dir}")
    if path.suffix == ".parquet":
        names = pq.read_schema(path).names
        wanted = [c for c in names if with_text or c != "text"]
        table = pq.read_table(path, columns=wanted)
    else:
        table = _read_csv(path, list_columns=())
        if not with_text and "text" in table.column_names:
            table = table.drop_columns(["text"])
    return table.combine_chunks()


def read_document_text(data_dir: Path, doc_id: str) -> str | None:
    """One document's text, read on demand (the texts of a large corpus stay on disk)."""
    path = table_path(data_dir, "documents")
    if path is None:
        return None
    if path.suffix == ".parquet":
        table = pq.read_table(path, columns=["doc_id", "text"], filters=[("doc_id", "==", doc_id)])
    else:
        table = _read_csv(path, list_columns=())
        table = table.filter(pc.equal(table["doc_id"], doc_id))
    if table.num_rows == 0:
        return None
    text = table["text"][0].as_py()
    return text if isinstance(text, str) else None


def read_optional(data_dir: Path, name: str) -> pa.Table | None:
    path = table_path(data_dir, name)
    if path is None:
        return None
    if path.suffix == ".parquet":
        return pq.read_table(path).combine_chunks()
    return _read_csv(path, list_columns=("entities", "claim_ids", "actual_claim_ids"))


def _read_csv(path: Path, *, list_columns: tuple[str, ...]) -> pa.Table:
    """A CSV written by the dataset writer: strings kept as written, `;`-joined lists split."""
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    arrays: dict[str, pa.Array] = {}
    for column in frame.columns:
        values = frame[column].tolist()
        if column in list_columns:
            arrays[column] = pa.array([v.split(";") if v else [] for v in values],
                                      type=pa.list_(pa.string()))
        elif column in _NUMERIC:
            arrays[column] = pa.array(pd.to_numeric(frame[column].replace("", None)),
                                      type=_NUMERIC[column], from_pandas=True)
        else:
            arrays[column] = pa.array([v if v != "" else None for v in values], type=pa.string())
    return pa.table(arrays)


def conform_claims(table: pa.Table) -> pa.Table:
    """Every contract column present, dictionary-encoded where that makes filtering cheap."""
    table = table.combine_chunks()
    n = table.num_rows
    for column in CLAIMS.names:
        if column not in table.column_names:
            kind = pa.list_(pa.string()) if column == "entities" else pa.string()
            table = table.append_column(column, pa.nulls(n, type=kind))
    for column in DICTIONARY_COLUMNS:
        if column in table.column_names:
            col = table[column]
            if not pa.types.is_dictionary(col.type):
                if not pa.types.is_string(col.type):
                    col = pc.cast(col, pa.string())
                index = table.column_names.index(column)
                table = table.set_column(index, column, col.combine_chunks().dictionary_encode())
    return table.combine_chunks()


def dictionary_codes(column: pa.ChunkedArray | pa.Array) -> tuple[np.ndarray, list[str]]:
    """Integer codes (-1 for null) and the values they stand for."""
    array = column.combine_chunks() if isinstance(column, pa.ChunkedArray) else column
    if not pa.types.is_dictionary(array.type):
        array = pc.cast(array, pa.string()).dictionary_encode()
    codes = array.indices.to_numpy(zero_copy_only=False)
    codes = np.where(array.is_null().to_numpy(zero_copy_only=False), -1, codes).astype(np.int32)
    values = [str(v) for v in array.dictionary.to_pylist()]
    return codes, values


def iso_days(values: list[str]) -> np.ndarray:
    """Days since 1970 for ISO dates (NaN where not a date)."""
    out = np.full(len(values), np.nan)
    for i, value in enumerate(values):
        try:
            out[i] = date.fromisoformat(str(value)[:10]).toordinal() - _EPOCH
        except ValueError:
            continue
    return out


_EPOCH = date(1970, 1, 1).toordinal()
