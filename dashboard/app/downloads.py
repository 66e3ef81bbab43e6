"""Download responses: the filtered view and the full tables, streamed from Flask routes.

A download never passes through a Dash callback (that would hold the whole file as
JSON in memory twice). CSV and JSON are generated in chunks while they are sent;
Parquet and XLSX are built in memory (they are compressed, and XLSX is capped at
Excel's row limit). CSV and XLSX neutralise formula-like cells (`dashboard.export`);
JSON and Parquet keep every value exactly.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from types import MappingProxyType

import pandas as pd
import pyarrow as pa
from flask import Response, send_file

from dashboard import export
from dashboard.schema import TABLES, Table
from dashboard.store import Filters, Snapshot, Store, decode_dictionaries, table_path

FORMATS: Mapping[str, str] = MappingProxyType({
    "csv": "text/csv",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "json": "application/json",
    "parquet": "application/vnd.apache.parquet",
})
# Workbooks are built in memory at ~0.2 ms a row; past this a request would hold a worker
# for minutes (Excel itself stops at 1,048,576 rows). CSV and Parquet have no limit.
XLSX_MAX_ROWS = 100_000
_CHUNK_ROWS = 20_000


class DownloadError(Exception):
    """A download that cannot be made; `status` and the message go to the client."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def view_filename(filters: Filters, fmt: str) -> str:
    """E.g. ``claims_trade_2024-01-01_2025-12-31.csv`` (``claims_all.csv`` unfiltered)."""
    return f"claims_{filters.slug()}.{fmt}"


def view_response(store: Store, filters: Filters, fmt: str) -> Response:
    """The claims matching `filters` as a file."""
    _check_format(fmt)
    snap = store.snapshot()
    claims = _with_columns(snap.select(filters), TABLES["claims"])
    return _table_response(claims, TABLES["claims"], fmt, view_filename(filters, fmt))


def full_response(store: Store, name: str, fmt: str) -> Response:
    """A whole table of the dataset (claims, documents, inputs, ...) as a file."""
    _check_format(fmt)
    table = TABLES.get(name)
    snap = store.snapshot()
    if table is None or (name != "claims" and table_path(snap.data_dir, name) is None):
        raise DownloadError(404, f"There is no table named {name!r} in this dataset.")
    filename = f"{name}_full.{fmt}"
    stored = snap.data_dir / f"{name}.{fmt}"
    if fmt in ("json", "parquet") and stored.is_file():  # exact values: the file as written
        return send_file(stored, mimetype=FORMATS[fmt], as_attachment=True,
                         download_name=filename, max_age=0)
    if name == "claims":
        arrow = _with_columns(snap.select(Filters()), table)
    else:
        arrow = pa.Table.from_pandas(_read_table(snap, name, table), preserve_index=False)
    return _table_response(arrow, table, fmt, filename)


def datapackage_response(store: Store) -> Response:
    """The data dictionary: the dataset's datapackage.json, or one made from the schema."""
    snap = store.snapshot()
    path = snap.data_dir / "datapackage.json"
    if path.is_file():
        return send_file(path, mimetype="application/json", as_attachment=True,
                         download_name="datapackage.json", max_age=0)
    present = [n for n in TABLES if table_path(snap.data_dir, n) is not None]
    data = export.to_descriptor_bytes(export.package_descriptor(present, None))
    return _attachment(Response(data, mimetype="application/json"), "datapackage.json")


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise DownloadError(404, f"Unknown format {fmt!r}; use one of {', '.join(FORMATS)}.")


def _read_table(snap: Snapshot, name: str, table: Table) -> pd.DataFrame:
    path = table_path(snap.data_dir, name)
    if path is None:
        raise DownloadError(404, f"There is no table named {name!r} in this dataset.")
    if path.suffix == ".parquet":
        return export.read_parquet(path, table)
    return export.read_csv(path, table)


def _with_columns(arrow: pa.Table, table: Table) -> pa.Table:
    """The table's columns in schema order; a column the data lacks is all missing."""
    arrow = decode_dictionaries(arrow)
    columns = []
    for field in table.fields:
        if field.name in arrow.column_names:
            columns.append(arrow[field.name])
        else:
            columns.append(pa.nulls(arrow.num_rows, type=pa.string()))
    return pa.table(columns, names=list(table.names))


def _table_response(arrow: pa.Table, table: Table, fmt: str, filename: str) -> Response:
    if fmt == "csv":
        body: Iterator[bytes] | bytes = _stream_csv(arrow, table)
    elif fmt == "json":
        body = _stream_json(arrow, table)
    elif fmt == "parquet":
        body = export.to_parquet_bytes(arrow.to_pandas(), table)
    else:
        if arrow.num_rows > XLSX_MAX_ROWS:
            raise DownloadError(413, f"{arrow.num_rows:,} rows are more than an Excel "
                                     f"download holds here ({XLSX_MAX_ROWS:,}); narrow the "
                                     "filters or use CSV, JSON or Parquet.")
        body = export.to_xlsx_bytes(arrow.to_pandas(), table)
    return _attachment(Response(body, mimetype=FORMATS[fmt]), filename)


def _attachment(response: Response, filename: str) -> Response:
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.headers["Cache-Control"] = "no-store"
    return response


def _chunks(arrow: pa.Table) -> Iterator[pd.DataFrame]:
    for start in range(0, max(arrow.num_rows, 1), _CHUNK_ROWS):
        yield arrow.slice(start, _CHUNK_ROWS).to_pandas()


def _stream_csv(arrow: pa.Table, table: Table) -> Iterator[bytes]:
    """The header once, then every chunk's rows (the export writer formats the cells)."""
    for i, frame in enumerate(_chunks(arrow)):
        parts = export.iter_csv(frame, table, spreadsheet=True)
        if i > 0:
            next(parts)  # the header again
        for part in parts:
            yield part.encode("utf-8")


def _stream_json(arrow: pa.Table, table: Table) -> Iterator[bytes]:
    """One JSON array across chunks: each chunk's rows without its own brackets."""
    yield b"["
    first = True
    for frame in _chunks(arrow):
        if frame.empty:
            continue
        rows = "".join(list(export.iter_json(frame, table))[1:-1]).lstrip(",\n")
        yield (("\n" if first else ",\n") + rows).encode("utf-8")
        first = False
    yield b"\n]\n"

