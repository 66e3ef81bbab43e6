"""Property tests (R6): any claims frame survives CSV, Parquet and JSON exactly."""

from __future__ import annotations

import io
import json
from typing import Any

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.claim import Approx, Change, Kind, Topic
from dashboard.dataset import frame_from_rows
from dashboard.export import (
    read_csv,
    read_parquet,
    to_csv_bytes,
    to_json_bytes,
    to_parquet_bytes,
)
from dashboard.schema import CLAIMS

# Text with everything CSV readers trip on; no surrogates or NUL (the loader removes them).
SPECIAL = st.sampled_from(["NA", "null", "N/A", "NaN", "0042", "TRUE", "=1+1", "@x", "-1",
                           '"', "\r", "\n", "\r\n", ",", ";", " ", "＝", "\t", "#N/A"])
TEXT = st.lists(st.one_of(SPECIAL, st.text(st.characters(exclude_categories=("Cs",),
                                                           exclude_characters="\x00"),
                                            max_size=8)), max_size=4).map("".join)
OPTIONAL_TEXT = st.one_of(st.none(), TEXT)
REQUIRED_TEXT = TEXT.filter(bool)
ENTITY = TEXT.map(lambda t: t.replace(";", "")).filter(bool)
NUMBER = st.floats(allow_nan=False, allow_infinity=False)
HEX_ID = st.integers(0, 2**64 - 1).map(lambda n: f"{n:016x}")
DATE = st.dates().map(lambda d: d.isoformat())


def _enum(values: list[str]) -> st.SearchStrategy[str | None]:
    return st.one_of(st.none(), st.sampled_from(values))


ROW = st.fixed_dictionaries({
    "claim_id": HEX_ID, "doc_id": HEX_ID,
    "start": st.integers(0, 2**62), "end": st.integers(1, 2**62),
    "surface": REQUIRED_TEXT, "value": NUMBER, "value_high": st.one_of(st.none(), NUMBER),
    "unit": REQUIRED_TEXT, "per": OPTIONAL_TEXT,
    "approx": _enum([a.value for a in Approx]), "change": _enum([c.value for c in Change]),
    "kind": st.sampled_from([k.value for k in Kind]), "metric": OPTIONAL_TEXT,
    "topic": st.sampled_from([t.value for t in Topic]),
    "entities": st.lists(ENTITY, max_size=3).map(tuple), "item": OPTIONAL_TEXT,
    "period": OPTIONAL_TEXT, "sentence": OPTIONAL_TEXT, "published": st.one_of(st.none(), DATE),
})
FRAMES = st.lists(ROW, max_size=6).map(lambda rows: frame_from_rows(rows, CLAIMS))
SETTINGS = settings(derandomize=True, max_examples=50, deadline=None)


def _refuse(name: str) -> Any:
    raise AssertionError(f"{name} in JSON")


@SETTINGS
@given(FRAMES)
def test_round_trips_through_csv_parquet_and_json(frame: pd.DataFrame) -> None:
    """One generated frame through every format (cheaper than one test per format)."""
    csv_bytes, parquet_bytes = to_csv_bytes(frame, CLAIMS), to_parquet_bytes(frame, CLAIMS)
    pd.testing.assert_frame_equal(read_csv(io.BytesIO(csv_bytes), CLAIMS), frame)
    pd.testing.assert_frame_equal(read_parquet(io.BytesIO(parquet_bytes), CLAIMS), frame)
    rows = json.loads(to_json_bytes(frame, CLAIMS), parse_constant=_refuse)
    pd.testing.assert_frame_equal(frame_from_rows(rows, CLAIMS), frame)
    again = frame.copy(deep=True)
    assert (to_csv_bytes(again, CLAIMS), to_parquet_bytes(again, CLAIMS)) == (csv_bytes,
                                                                             parquet_bytes)
