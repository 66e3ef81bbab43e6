"""File formats of the dataset, written safely: CSV, Parquet, JSON, XLSX and datapackage.json.

- Atomic: each file is written to a temp file in the same folder, fsynced, then
  `os.replace`d over the old one; writers take `locked(dir)` so two never interleave.
- Deterministic: the same frame gives the same bytes (no timestamps, no pandas metadata).
- Lossless: CSV quotes every non-missing cell (a bare CR survives Python 3.11's csv
  module), missing is an empty unquoted cell, and `read_csv` below reads it back exactly
  (`keep_default_na=False`, so "NA", "null" and "0042" stay strings). JSON never holds
  NaN or Infinity. Parquet keeps exact types, with lists for list columns.
- Downloads for spreadsheets (`spreadsheet=True`, XLSX) prefix formula-like text cells
  with `'`, so `=HYPERLINK(...)` is shown, never run. JSON and Parquet keep exact values.
"""

from __future__ import annotations

import fcntl
import hashlib
import io
import json
import math
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO, Any, BinaryIO

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from dashboard.dataset import conform, frame_from_rows
from dashboard.schema import LIST_DELIMITER, TABLES, Field, Table

TEMP_PREFIX = ".tmp-"
LOCK_NAME = ".lock"
JOURNAL_NAME = ".commit.json"
_FORMULA_STARTS = frozenset("=+-@\t\r\n＝＋－＠")
_XLSX_MAX_CELL = 32767  # Excel's limit on characters in a cell
_ARROW_TYPES: Mapping[str, pa.DataType] = {
    "string": pa.string(), "date": pa.string(), "integer": pa.int64(),
    "number": pa.float64(), "list": pa.list_(pa.string()),
}


# --- safe writing -----------------------------------------------------------------------


@contextmanager
def locked(directory: Path) -> Iterator[None]:
    """Hold an exclusive lock on `directory` (POSIX flock; also between threads)."""
    directory.mkdir(parents=True, exist_ok=True)
    with open(directory / LOCK_NAME, "a+b") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


@contextmanager
def atomic_file(path: Path) -> Iterator[BinaryIO]:
    """A binary file that replaces `path` only when the block finishes without error."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f"{TEMP_PREFIX}{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)  # mkstemp creates 0600; the dataset is meant to be read
        os.replace(tmp, path)
    except BaseException:
        with suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    _fsync_dir(path.parent)


def _fsync_dir(directory: Path) -> None:
    """Make the rename itself durable."""
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: Path, data: bytes, *, durable: bool = True) -> bool:
    """Write `data` to `path` atomically; skip (False) when the file already holds it.

    `durable=False` skips the fsyncs: for caches, where a lost write only costs time.
    """
    with suppress(FileNotFoundError):
        if path.stat().st_size == len(data) and path.read_bytes() == data:
            return False
    if not durable:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f"{TEMP_PREFIX}{path.name}.",
                                   suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
        return True
    with atomic_file(path) as handle:
        handle.write(data)
    return True


def cleanup_temp_files(directory: Path) -> list[Path]:
    """Remove temp files left by a writer that was killed. Call it holding `locked()`."""
    removed = []
    if directory.is_dir():
        for path in directory.glob(f"{TEMP_PREFIX}*.tmp"):
            with suppress(FileNotFoundError):
                path.unlink()
                removed.append(path)
    return removed


# --- cell values --------------------------------------------------------------------------


def neutralise(text: str) -> str:
    """Prefix formula-like text with `'` so spreadsheets show it instead of running it."""
    first = text.lstrip(" ")[:1]
    return "'" + text if first and first in _FORMULA_STARTS else text


def _is_missing(value: Any) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))


def _python_values(series: pd.Series, field: Field) -> list[Any]:
    """Plain Python values of a column (None when missing), for JSON, CSV and Arrow."""
    if field.type == "list":  # lists, tuples, or arrays (an Arrow list column in pandas)
        return [list(v) if isinstance(v, tuple | list) else v.tolist()
                if isinstance(v, np.ndarray) else [] for v in series.tolist()]
    values = series.tolist()  # vectorised; iterating an Arrow-backed column is slow
    missing = series.isna().tolist()
    if field.type == "integer":
        return [None if m else int(v) for v, m in zip(values, missing, strict=True)]
    if field.type == "number":
        return [None if m else float(v) for v, m in zip(values, missing, strict=True)]
    return [None if m else str(v) for v, m in zip(values, missing, strict=True)]


def _csv_cells(series: pd.Series, field: Field, spreadsheet: bool) -> list[str | None]:
    values = _python_values(series, field)
    if field.type == "list":
        cells: list[str | None] = [LIST_DELIMITER.join(v) for v in values]
    elif field.type == "number":
        cells = [None if v is None else repr(v) for v in values]  # shortest exact form
    else:
        cells = [None if v is None else str(v) for v in values]
    if spreadsheet and field.type in ("string", "list"):
        cells = [None if c is None else neutralise(c) for c in cells]
    return cells


def _quoted(cells: list[str | None]) -> list[str]:
    """CSV fields: every value quoted (so a bare CR stays inside), missing left empty."""
    return ["" if c is None else '"' + c.replace('"', '""') + '"' for c in cells]


# --- CSV, JSON, Parquet, XLSX ----------------------------------------------------------------


def iter_csv(frame: pd.DataFrame, table: Table, *, spreadsheet: bool = False,
             chunk_rows: int = 2000) -> Iterator[str]:
    """CSV text in chunks (for streaming): header first, then rows, LF line ends."""
    yield ",".join(_quoted(list(table.names))) + "\n"
    for start in range(0, len(frame), chunk_rows):
        part = frame.iloc[start:start + chunk_rows]
        columns = [_quoted(_csv_cells(part[f.name], f, spreadsheet)) for f in table.fields]
        yield "".join(",".join(row) + "\n" for row in zip(*columns, strict=True))


def to_csv_bytes(frame: pd.DataFrame, table: Table, *, spreadsheet: bool = False) -> bytes:
    return "".join(iter_csv(frame, table, spreadsheet=spreadsheet)).encode("utf-8")


def iter_json(frame: pd.DataFrame, table: Table, *, chunk_rows: int = 2000) -> Iterator[str]:
    """A JSON array of row objects, one row per line; never NaN or Infinity."""
    yield "["
    names = table.names
    encode = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode
    for start in range(0, len(frame), chunk_rows):
        part = frame.iloc[start:start + chunk_rows]
        columns = [_python_values(part[f.name], f) for f in table.fields]
        rows = (encode(dict(zip(names, row, strict=True))) for row in zip(*columns, strict=True))
        yield ("\n" if start == 0 else ",\n") + ",\n".join(rows)
    yield "\n]\n"


def to_json_bytes(frame: pd.DataFrame, table: Table) -> bytes:
    return "".join(iter_json(frame, table)).encode("utf-8")


def to_arrow(frame: pd.DataFrame, table: Table) -> pa.Table:
    """An Arrow table typed by the schema, with column descriptions and no pandas metadata."""
    fields = [pa.field(f.name, _ARROW_TYPES[f.type], nullable=not f.required,
                       metadata={"description": f.description}) for f in table.fields]
    arrays = [pa.array(_python_values(frame[f.name], f), type=_ARROW_TYPES[f.type])
              for f in table.fields]
    return pa.Table.from_arrays(arrays, schema=pa.schema(fields, metadata={"table": table.name}))


def to_parquet_bytes(frame: pd.DataFrame, table: Table) -> bytes:
    sink = io.BytesIO()
    pq.write_table(to_arrow(frame, table), sink, compression="zstd")
    return sink.getvalue()


def to_xlsx_bytes(frame: pd.DataFrame, table: Table) -> bytes:
    """An Excel workbook: the rows, then a sheet describing the columns. No formula cells."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    book = Workbook(write_only=True)
    sheets = {table.name: (list(table.names), zip(*[_python_values(frame[f.name], f)
                                                    for f in table.fields], strict=True)),
              "columns": (["column", "type", "description"],
                          ((f.name, f.type, f.description) for f in table.fields))}
    for title, (header, rows) in sheets.items():
        sheet = book.create_sheet(title)
        for values in [header, *rows]:
            cells = []
            for value in values:
                if isinstance(value, list):
                    value = LIST_DELIMITER.join(value)
                cell = WriteOnlyCell(sheet, value=None)
                if isinstance(value, str):
                    text = ILLEGAL_CHARACTERS_RE.sub("", neutralise(value))[:_XLSX_MAX_CELL]
                    cell.value, cell.data_type = text, "s"  # never a formula
                else:
                    cell.value = value
                cells.append(cell)
            sheet.append(cells)
    sink = io.BytesIO()
    book.save(sink)
    return sink.getvalue()


# --- reading back ---------------------------------------------------------------------------


def read_csv(source: str | Path | IO[str] | IO[bytes], table: Table) -> pd.DataFrame:
    """Read a CSV written by `to_csv_bytes` back to the exact frame."""
    empty_is_missing = {f.name: [""] for f in table.fields if f.type != "list"}
    frame = pd.read_csv(source, dtype=str, keep_default_na=False, na_values=empty_is_missing,
                        encoding="utf-8")
    return conform(frame, table)


def read_parquet(source: str | Path | IO[bytes], table: Table) -> pd.DataFrame:
    return conform(pq.read_table(source).to_pandas(), table)


def read_json(source: str | Path, table: Table) -> pd.DataFrame:
    with open(source, encoding="utf-8") as handle:
        return frame_from_rows(json.load(handle), table)


# --- datapackage.json ---------------------------------------------------------------------------


def package_descriptor(names: Iterable[str], documents: pd.DataFrame | None) -> dict[str, Any]:
    """The Frictionless Data Package describing the named tables and the article sources."""
    resources = []
    wanted = set(names)
    for name in (n for n in TABLES if n in wanted):
        table = TABLES[name]
        resources.append({
            "name": name, "title": table.title, "description": table.description,
            "path": f"{name}.csv", "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
            "dialect": {"delimiter": ",", "quoteChar": '"', "doubleQuote": True, "header": True},
            "schema": table.table_schema(),
            "alternateFormats": [f"{name}.{ext}" for ext in table.formats if ext != "csv"],
        })
    return {
        "name": "corridor-claims",
        "title": "Numeric claims from trade and logistics news",
        "description": "Numeric claims (value, unit, what is measured, when, a reported figure "
                       "or a forecast) extracted from news articles, each with its exact "
                       "position in the stored article text: text[start:end] == surface.",
        "resources": resources,
        "sources": _sources(documents),
    }


def _sources(documents: pd.DataFrame | None) -> list[dict[str, str]]:
    if documents is None:
        return []
    found: dict[str, dict[str, str]] = {}
    urls, outlets = documents["source_url"].tolist(), documents["outlet"].tolist()
    for url, outlet in zip(urls, outlets, strict=True):
        if not _is_missing(url):
            found[str(url)] = {"title": str(url if _is_missing(outlet) else outlet),
                               "path": str(url)}
    return [found[url] for url in sorted(found)]


def to_descriptor_bytes(descriptor: Mapping[str, Any]) -> bytes:
    return (json.dumps(descriptor, ensure_ascii=False, indent=2, allow_nan=False) + "\n").encode()


def iter_dataset_files(frames: Mapping[str, pd.DataFrame]) -> Iterator[tuple[str, bytes]]:
    """(name, bytes) of every file of the dataset, one at a time (to bound memory)."""
    writers = {"csv": to_csv_bytes, "parquet": to_parquet_bytes, "json": to_json_bytes}
    for name, frame in frames.items():
        for ext in TABLES[name].formats:
            yield f"{name}.{ext}", writers[ext](frame, TABLES[name])
    yield "datapackage.json", to_descriptor_bytes(
        package_descriptor(frames, frames.get("documents")))


def commit_files(directory: Path, files: Iterable[tuple[str, bytes]], *,
                 last: Callable[[Mapping[str, str]], tuple[str, bytes]] | None = None,
                 ) -> dict[str, str]:
    """Replace several files as one change: all of them, or (after a crash) none.

    Every changed file is first written and fsynced as a temp file; then a journal naming
    the temp files is written atomically (the commit point); then the renames. A writer
    killed before the commit point leaves the old files (its temp files are removed by
    `recover`); one killed after it is rolled forward by `recover`. `last`, given the
    SHA-256 of every file, makes one more file (a manifest of the others). Returns the
    SHA-256 of every file, by name.
    """
    directory.mkdir(parents=True, exist_ok=True)
    staged: list[tuple[str, str]] = []
    hashes: dict[str, str] = {}
    try:
        for name, data in files:
            hashes[name] = hashlib.sha256(data).hexdigest()
            _stage(directory, name, data, staged)
        if last is not None:
            name, data = last(dict(hashes))
            hashes[name] = hashlib.sha256(data).hexdigest()
            _stage(directory, name, data, staged)
    except BaseException:
        cleanup_temp_files(directory)
        raise
    if staged:
        atomic_write(directory / JOURNAL_NAME, json.dumps(staged).encode())
        recover(directory)
    return hashes


def _stage(directory: Path, name: str, data: bytes, staged: list[tuple[str, str]]) -> None:
    """Write `data` to a temp file beside `name` (unless `name` already holds it)."""
    path = directory / name
    with suppress(FileNotFoundError):
        if path.stat().st_size == len(data) and path.read_bytes() == data:
            return
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=f"{TEMP_PREFIX}{name}.", suffix=".tmp")
    staged.append((Path(tmp).name, name))
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.chmod(tmp, 0o644)  # mkstemp creates 0600; the dataset is meant to be read


def recover(directory: Path) -> bool:
    """Finish a commit a killed writer left behind, then drop stray temp files.

    Call it holding `locked(directory)`. True when an interrupted commit was completed.
    """
    journal = directory / JOURNAL_NAME
    finished = False
    with suppress(FileNotFoundError):
        staged = json.loads(journal.read_text(encoding="utf-8"))
        for tmp, name in staged:
            if (directory / tmp).exists():
                os.replace(directory / tmp, directory / name)
        _fsync_dir(directory)
        journal.unlink()
        finished = True
    cleanup_temp_files(directory)
    return finished
