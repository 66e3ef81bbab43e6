"""File formats: lossless CSV, exact JSON and Parquet, neutralised spreadsheet downloads,
atomic and deterministic writes, a valid datapackage.json. Catalogue rows 27, 30 and 31.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import zipfile
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from dashboard.dataset import frame_from_rows
from dashboard.export import (
    JOURNAL_NAME,
    TEMP_PREFIX,
    atomic_file,
    atomic_write,
    commit_files,
    iter_dataset_files,
    neutralise,
    read_csv,
    read_json,
    read_parquet,
    recover,
    to_csv_bytes,
    to_json_bytes,
    to_parquet_bytes,
    to_xlsx_bytes,
)
from dashboard.schema import CLAIMS, DOCUMENTS, TABLES, render_data_dictionary

HOSTILE = ["NA", "null", "N/A", "", "0042", "TRUE", "=HYPERLINK(\"http://x\",\"y\")", "+1+1",
           "-2+3", "@SUM(A1)", "\t=1", "＝1+1", 'say "hi"', "a,b", "two\nlines", "bare\rcr",
           "crlf\r\nend", "nan", "None", "#N/A", "   ", "'quoted"]
FORMULAS = ["=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "＝1+1"]


def _claims(texts: list[str]) -> pd.DataFrame:
    rows = []
    for i, text in enumerate(texts):
        rows.append({
            "claim_id": f"{i:016x}", "doc_id": "0" * 16, "start": i, "end": i + 1,
            "surface": text or "x", "value": [0.1, -5.0, 1e300, 5e-324][i % 4],
            "value_high": None if i % 2 else 2.5, "unit": "USD", "per": text or None,
            "approx": None, "change": "increase" if i % 3 == 0 else None, "kind": "actual",
            "metric": text, "topic": "trade", "entities": (text.replace(";", ""),) if text.strip(
                ";") else (), "item": text, "period": "2024", "sentence": text,
            "published": None if i % 5 == 0 else "2024-01-31",
        })
    return frame_from_rows(rows, CLAIMS)


@pytest.fixture
def hostile() -> pd.DataFrame:
    return _claims(HOSTILE)


def test_csv_round_trip_keeps_hostile_strings(hostile: pd.DataFrame) -> None:
    back = read_csv(io.BytesIO(to_csv_bytes(hostile, CLAIMS)), CLAIMS)
    pd.testing.assert_frame_equal(back, hostile)
    assert list(back["sentence"].fillna("")) == HOSTILE


def test_csv_is_fully_quoted_and_python_csv_reads_bare_cr(hostile: pd.DataFrame) -> None:
    data = to_csv_bytes(hostile, CLAIMS).decode()
    assert data.startswith('"claim_id","doc_id","start"')
    rows = list(csv.reader(io.StringIO(data, newline="")))
    assert len(rows) == len(HOSTILE) + 1  # a bare \r inside a cell splits no row
    assert [r[CLAIMS.names.index("sentence")] for r in rows[1:]] == HOSTILE


def test_plain_pandas_read_keeps_na_strings_with_keep_default_na_false(
        hostile: pd.DataFrame) -> None:
    back = pd.read_csv(io.BytesIO(to_csv_bytes(hostile, CLAIMS)), keep_default_na=False,
                       dtype=str)
    assert list(back["sentence"]) == HOSTILE


def test_json_round_trip_and_no_nan(hostile: pd.DataFrame) -> None:
    data = to_json_bytes(hostile, CLAIMS)

    def refuse(name: str) -> None:
        raise AssertionError(f"{name} in JSON")

    rows = json.loads(data, parse_constant=refuse)
    assert rows[1]["value_high"] is None and rows[0]["entities"] == ["NA"]
    assert rows[2]["value"] == 1e300 and rows[3]["value"] == 5e-324
    pd.testing.assert_frame_equal(frame_from_rows(rows, CLAIMS), hostile)


def test_parquet_round_trip_types_and_no_pandas_metadata(hostile: pd.DataFrame) -> None:
    data = to_parquet_bytes(hostile, CLAIMS)
    table = pq.read_table(io.BytesIO(data))
    assert b"pandas" not in (table.schema.metadata or {})
    assert str(table.schema.field("entities").type.value_type) == "string"
    assert str(table.schema.field("start").type) == "int64"
    assert table.schema.field("claim_id").metadata[b"description"].startswith(b"Claim id")
    pd.testing.assert_frame_equal(read_parquet(io.BytesIO(data), CLAIMS), hostile)


def test_writes_are_deterministic(hostile: pd.DataFrame) -> None:
    for writer in (to_csv_bytes, to_json_bytes, to_parquet_bytes):
        assert writer(hostile, CLAIMS) == writer(hostile.copy(), CLAIMS)


# --- row 27: formula payloads --------------------------------------------------------------------


@pytest.mark.parametrize("payload", FORMULAS)
def test_neutralise_formula_like_text(payload: str) -> None:
    assert neutralise(payload) == "'" + payload


@pytest.mark.parametrize("text", ["Trade rose", "5%", "", "O'Neil", "a=b", "2024-01-01"])
def test_neutralise_leaves_ordinary_text(text: str) -> None:
    assert neutralise(text) == text


def test_spreadsheet_csv_neutralises_but_plain_csv_json_parquet_keep_exact_values() -> None:
    frame = _claims(FORMULAS)
    sheet = list(csv.reader(io.StringIO(to_csv_bytes(frame, CLAIMS, spreadsheet=True).decode(),
                                        newline="")))
    column = CLAIMS.names.index("surface")
    assert [r[column] for r in sheet[1:]] == ["'" + f for f in FORMULAS]
    assert sheet[2][CLAIMS.names.index("value")] == "-5.0"  # numbers stay numbers
    assert list(read_csv(io.BytesIO(to_csv_bytes(frame, CLAIMS)), CLAIMS)["surface"]) == FORMULAS
    assert [r["surface"] for r in json.loads(to_json_bytes(frame, CLAIMS))] == FORMULAS
    assert list(read_parquet(io.BytesIO(to_parquet_bytes(frame, CLAIMS)), CLAIMS)[
        "surface"]) == FORMULAS


def test_xlsx_has_no_formula_cells() -> None:
    from openpyxl import load_workbook

    frame = _claims([*FORMULAS, "control\x01char", "x" * 40000])
    data = to_xlsx_bytes(frame, CLAIMS)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(name) and b"<f " not in archive.read(name)
    sheet = load_workbook(io.BytesIO(data))["claims"]
    surfaces = [row[CLAIMS.names.index("surface")] for row in sheet.iter_rows(min_row=2,
                                                                               values_only=True)]
    assert surfaces[:len(FORMULAS)] == ["'" + f for f in FORMULAS]
    assert surfaces[-2] == "controlchar" and len(surfaces[-1]) == 32767


# --- atomic writes -------------------------------------------------------------------------------


def test_atomic_write_replaces_and_skips_unchanged(tmp_path: Path) -> None:
    target = tmp_path / "a.csv"
    assert atomic_write(target, b"one") and target.read_bytes() == b"one"
    assert not atomic_write(target, b"one")
    assert atomic_write(target, b"two") and target.read_bytes() == b"two"
    assert [p.name for p in tmp_path.iterdir()] == ["a.csv"]


def test_a_failed_write_leaves_the_old_file_and_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "a.csv"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_file(target) as handle:
        handle.write(b"partial")
        raise RuntimeError("disk full")
    assert target.read_bytes() == b"old" and [p.name for p in tmp_path.iterdir()] == ["a.csv"]


def test_commit_files_replaces_all(tmp_path: Path) -> None:
    commit_files(tmp_path, {"a.csv": b"a1", "b.csv": b"b1"}.items())
    hashes = commit_files(tmp_path, {"a.csv": b"a2", "b.csv": b"b1"}.items())
    assert hashes["a.csv"] == hashlib.sha256(b"a2").hexdigest()
    assert (tmp_path / "a.csv").read_bytes() == b"a2"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.csv", "b.csv"]


def test_recover_rolls_a_committed_change_forward(tmp_path: Path) -> None:
    for name in ("a.csv", "b.csv"):
        (tmp_path / name).write_bytes(b"old")
    # A writer killed after its journal (the commit point) but before any rename:
    (tmp_path / f"{TEMP_PREFIX}a.csv.1.tmp").write_bytes(b"new a")
    (tmp_path / f"{TEMP_PREFIX}b.csv.2.tmp").write_bytes(b"new b")
    (tmp_path / JOURNAL_NAME).write_text(json.dumps([[f"{TEMP_PREFIX}a.csv.1.tmp", "a.csv"],
                                                      [f"{TEMP_PREFIX}b.csv.2.tmp", "b.csv"]]))
    assert recover(tmp_path)
    assert (tmp_path / "a.csv").read_bytes() == b"new a"
    assert (tmp_path / "b.csv").read_bytes() == b"new b"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.csv", "b.csv"]


def test_recover_drops_an_uncommitted_change(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_bytes(b"old")
    (tmp_path / f"{TEMP_PREFIX}a.csv.1.tmp").write_bytes(b"half")  # no journal: not committed
    assert not recover(tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["a.csv"]
    assert (tmp_path / "a.csv").read_bytes() == b"old"


# --- datapackage.json and the data dictionary ----------------------------------------------------


def test_datapackage_validates_with_frictionless(tmp_path: Path, hostile: pd.DataFrame) -> None:
    from frictionless import validate

    documents = frame_from_rows([{"doc_id": "0" * 16, "path": "a.txt", "text": "x",
                                  "sha256": "0" * 64, "n_claims": len(hostile),
                                  "source_url": "https://example.com/a", "outlet": "Ex"}],
                                DOCUMENTS)
    for name, data in iter_dataset_files({"claims": hostile, "documents": documents}):
        (tmp_path / name).write_bytes(data)
    package = json.loads((tmp_path / "datapackage.json").read_text())
    assert package["sources"] == [{"title": "Ex", "path": "https://example.com/a"}]
    report = validate(str(tmp_path / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "message"])
    bad = (tmp_path / "claims.csv").read_text().replace('"actual"', '"maybe"', 1)
    (tmp_path / "claims.csv").write_text(bad)
    assert not validate(str(tmp_path / "datapackage.json")).valid  # the schema is enforced


def test_every_column_is_in_the_data_dictionary() -> None:
    text = render_data_dictionary()
    for table in TABLES.values():
        assert f"## {table.name}" in text
        for name in table.names:
            assert f"| `{name}` |" in text


def test_read_json_file(tmp_path: Path, hostile: pd.DataFrame) -> None:
    (tmp_path / "claims.json").write_bytes(to_json_bytes(hostile, CLAIMS))
    pd.testing.assert_frame_equal(read_json(tmp_path / "claims.json", CLAIMS), hostile)
