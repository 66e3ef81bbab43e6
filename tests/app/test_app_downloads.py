"""Downloads: the filtered view and full tables in four formats (R5 on the app side)."""

from __future__ import annotations

import io
import json
import zipfile
from typing import Any

import openpyxl
import pyarrow.parquet as pq
import pytest
from appdata import HOSTILE_TEXT, FixtureData

from dashboard.export import read_csv
from dashboard.schema import CLAIMS


def fetch(client: Any, url: str) -> tuple[Any, bytes]:
    resp = client.get(url)
    data = resp.get_data()
    resp.close()
    return resp, data


def expected_ids(fixture_data: FixtureData, topic: str) -> set[str]:
    return {c["claim_id"] for c in fixture_data.claims if c["topic"] == topic}


def test_app030_csv_of_a_filtered_view(client: Any, fixture_data: FixtureData) -> None:
    resp, data = fetch(client, "/download/view.csv?topic=trade&from=2021-01-01&to=2025-12-31")
    assert resp.status_code == 200 and resp.mimetype == "text/csv"
    assert resp.headers["Content-Disposition"] == \
        'attachment; filename="claims_trade_2021-01-01_2025-12-31.csv"'
    frame = read_csv(io.BytesIO(data), CLAIMS)
    assert set(frame["claim_id"]) == expected_ids(fixture_data, "trade")
    assert list(frame.columns) == list(CLAIMS.names)
    hostile = frame[frame["surface"].str.contains("42.5")]
    assert len(hostile) == 1  # the hostile document's trade claim is in the view


def test_app031_spreadsheet_cells_are_neutralised(client: Any, fixture_data: FixtureData) -> None:
    _, data = fetch(client, "/download/view.csv?topic=logistics")
    frame = read_csv(io.BytesIO(data), CLAIMS)
    plus = frame[frame["surface"].str.contains("7.5 million", regex=False)]
    assert plus["surface"].tolist() == ["'+7.5 million tonnes"]
    resp, xlsx = fetch(client, "/download/view.xlsx?topic=logistics")
    assert resp.headers["Content-Disposition"].endswith('claims_logistics.xlsx"')
    with zipfile.ZipFile(io.BytesIO(xlsx)) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/")]
        for name in sheets:
            assert "<f>" not in archive.read(name).decode("utf-8")
    book = openpyxl.load_workbook(io.BytesIO(xlsx), read_only=True)
    rows = list(book["claims"].iter_rows(values_only=True))
    book.close()
    header, body = rows[0], rows[1:]
    ids = {row[header.index("claim_id")] for row in body}
    assert ids == expected_ids(fixture_data, "logistics")
    assert "'+7.5 million tonnes" in {row[header.index("surface")] for row in body}


def test_app032_json_and_parquet_keep_exact_values(client: Any,
                                                   fixture_data: FixtureData) -> None:
    _, data = fetch(client, "/download/view.json?topic=logistics")
    rows = json.loads(data)
    assert {r["claim_id"] for r in rows} == expected_ids(fixture_data, "logistics")
    assert "+7.5 million tonnes" in {r["surface"] for r in rows}
    assert all(isinstance(r["entities"], list) for r in rows)
    _, parquet = fetch(client, "/download/view.parquet?topic=logistics")
    table = pq.read_table(io.BytesIO(parquet))
    assert set(table["claim_id"].to_pylist()) == expected_ids(fixture_data, "logistics")
    _, empty = fetch(client, "/download/view.json?topic=nothing")
    assert json.loads(empty) == []


def test_app033_full_tables_and_the_data_dictionary(client: Any,
                                                    fixture_data: FixtureData) -> None:
    resp, data = fetch(client, "/download/full/documents.csv")
    assert resp.headers["Content-Disposition"].endswith('documents_full.csv"')
    assert b"\"'=cmd" in data  # the hostile title, neutralised for spreadsheets
    resp, data = fetch(client, "/download/full/documents.json")
    docs = json.loads(data)
    assert HOSTILE_TEXT in {d["text"] for d in docs}  # exact in JSON
    resp, data = fetch(client, "/download/full/claims.xlsx")
    assert resp.status_code == 200 and data[:2] == b"PK"
    resp, data = fetch(client, "/download/datapackage.json")
    assert {r["name"] for r in json.loads(data)["resources"]} >= {"claims", "documents"}


@pytest.mark.parametrize("url", ["/download/view.exe", "/download/full/secrets.csv",
                                 "/download/full/claims.txt", "/download/full/.lock.csv",
                                 "/download/full/..%2Fclaims.csv"])
def test_app034_unknown_downloads_serve_no_file(client: Any, url: str) -> None:
    resp, data = fetch(client, url)
    # Either a 404, or (for a path no route matches) the app's own page: never a file.
    assert resp.status_code == 404 or resp.mimetype == "text/html"
    assert b"claim_id" not in data


def test_app035_large_downloads_stream(client: Any) -> None:
    resp = client.get("/download/view.csv")
    assert resp.is_streamed
    resp.close()


def test_app036_excel_downloads_are_capped(client: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """A workbook is built in memory, so its size is bounded; CSV is not."""
    from dashboard.app import downloads

    monkeypatch.setattr(downloads, "XLSX_MAX_ROWS", 3)
    resp, data = fetch(client, "/download/view.xlsx")
    assert resp.status_code == 413 and b"narrow the filters" in data
    resp, _ = fetch(client, "/download/view.csv")
    assert resp.status_code == 200


@pytest.mark.parametrize("fmt", ["csv", "json", "xlsx", "parquet"])
def test_app037_every_format_keeps_each_claims_entities(client: Any, fixture_data: FixtureData,
                                                        fmt: str) -> None:
    """The view and the full claims table in every format carry each claim's entities (an
    Arrow list column reaches the writers as arrays, not lists: they once came out empty)."""
    want = {c["claim_id"]: list(c["entities"]) for c in fixture_data.claims}
    assert any(want.values())
    for url in (f"/download/view.{fmt}?topic=logistics", f"/download/full/claims.{fmt}"):
        _, data = fetch(client, url)
        if fmt == "csv":
            frame = read_csv(io.BytesIO(data), CLAIMS)
            got = dict(zip(frame["claim_id"], frame["entities"], strict=True))
        elif fmt == "json":
            got = {r["claim_id"]: r["entities"] for r in json.loads(data)}
        elif fmt == "parquet":
            table = pq.read_table(io.BytesIO(data))
            got = dict(zip(table["claim_id"].to_pylist(), table["entities"].to_pylist(),
                           strict=True))
        else:
            book = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
            rows = list(book["claims"].iter_rows(values_only=True))
            book.close()
            head = rows[0]
            got = {r[head.index("claim_id")]: (r[head.index("entities")] or "").split(";")
                   for r in rows[1:]}
            got = {k: [e for e in v if e] for k, v in got.items()}
        assert got, url
        assert all(list(got[k]) == want[k] for k in got), url
