"""The dataset frames: exact columns, canonical dtypes, stable ids and order, validation."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from dashboard.claim import CLAIM_FIELD_ORDER, Approx, Change, Claim, Kind, Topic
from dashboard.corpus import Document, make_doc_id, text_sha256
from dashboard.dataset import (
    build_claims,
    build_documents,
    conform,
    make_claim_id,
    validate,
)
from dashboard.schema import CLAIMS, DOCUMENTS

CLAIM_COLUMNS = ["claim_id", "doc_id", "start", "end", "surface", "value", "value_high", "unit",
                 "per", "approx", "change", "kind", "metric", "topic", "entities", "item",
                 "period", "sentence", "published", "series_id"]
DOCUMENT_COLUMNS = ["doc_id", "path", "title", "published", "place", "source_url", "outlet",
                    "text", "sha256", "n_claims"]
TEXT = "Trade rose 5% to $529 million in 2023. Cargo reached 10 million tons per year."


def _doc(text: str = TEXT, path: str = "a.txt", published: str | None = "2024-03-11") -> Document:
    return Document(doc_id=make_doc_id(text), path=path, title="T", published=published,
                    place=None, source_url=None, outlet=None, text=text,
                    sha256=text_sha256(text), encoding="utf-8")


def _claims(text: str = TEXT) -> list[Claim]:
    first = text.index("$529 million")
    second = text.index("10 million tons")
    return [
        Claim(start=second, end=second + 15, surface="10 million tons", value=1e7, unit="t",
              per="year", kind=Kind.PROJECTION, topic=Topic.LOGISTICS, metric="cargo volume"),
        Claim(start=first, end=first + 12, surface="$529 million", value=529e6, unit="USD",
              approx=Approx.APPROX, change=None, entities=("Kazakhstan", "Azerbaijan"),
              topic=Topic.TRADE, metric="trade turnover", period="2023", sentence=TEXT[:38]),
        Claim(start=11, end=13, surface="5%", value=5.0, unit="%", change=Change.INCREASE),
    ]


def _frames() -> tuple[pd.DataFrame, pd.DataFrame]:
    doc = _doc()
    claims = build_claims([doc], {doc.doc_id: _claims()})
    return claims, build_documents([doc], {doc.doc_id: len(claims)})


def test_columns_are_the_contract() -> None:
    """Issue 3's columns, in order; later stages may only append (reconciliation: series_id)."""
    claims, documents = _frames()
    assert list(claims.columns) == list(CLAIMS.names)
    assert list(claims.columns)[:len(CLAIM_COLUMNS)] == CLAIM_COLUMNS
    assert list(documents.columns) == DOCUMENT_COLUMNS == list(DOCUMENTS.names)


def test_every_claim_field_is_a_column_and_every_column_a_field_or_dataset_key() -> None:
    added_by_the_dataset = ["claim_id", "doc_id", "published", "series_id"]
    assert sorted(CLAIM_FIELD_ORDER) == sorted(
        name for name in CLAIMS.names if name not in added_by_the_dataset)


def test_dtypes_and_values() -> None:
    claims, documents = _frames()
    assert claims["start"].dtype == "int64" and claims["value"].dtype == "float64"
    assert claims["surface"].dtype == "str" and documents["n_claims"].dtype == "int64"
    row = claims.iloc[1]
    assert row["entities"] == ("Kazakhstan", "Azerbaijan") and row["approx"] == "approx"
    assert row["published"] == "2024-03-11" and math.isnan(row["value_high"])
    assert pd.isna(claims.iloc[2]["change"]) and claims.iloc[0]["change"] == "increase"


def test_claims_are_sorted_by_offset_and_ids_are_stable() -> None:
    claims, _ = _frames()
    assert list(claims["start"]) == sorted(claims["start"])
    doc_id = make_doc_id(TEXT)
    assert claims.iloc[0]["claim_id"] == make_claim_id(doc_id, 11, 13)
    assert make_claim_id(doc_id, 11, 13) == make_claim_id(doc_id, 11, 13) != make_claim_id(
        doc_id, 11, 14)


def test_valid_frames_have_no_problems() -> None:
    assert validate(*_frames()) == []


def test_validate_checks_offsets_against_the_text() -> None:
    claims, documents = _frames()
    claims.loc[0, "surface"] = "6%"
    assert any("text[11:13]" in p for p in validate(claims, documents))


@pytest.mark.parametrize("column,value,message", [
    ("kind", "guess", "values outside"),
    ("topic", "sports", "values outside"),
    ("value", math.inf, "not finite"),
    ("value", math.nan, "missing values"),
    ("published", "11/03/2024", "ISO dates"),
    ("claim_id", "XYZ", "do not match"),
])
def test_validate_checks_types_and_enums(column: str, value: object, message: str) -> None:
    claims, documents = _frames()
    claims[column] = claims[column].astype(object)
    claims.loc[1, column] = value
    problems = validate(conform(claims, CLAIMS), documents)
    assert any(message in p for p in problems), problems


def test_validate_checks_lists() -> None:
    claims, documents = _frames()
    claims.at[0, "entities"] = ("A;B",)
    assert any("claims.entities" in p for p in validate(claims, documents))


def test_validate_checks_claim_counts() -> None:
    claims, documents = _frames()
    documents.loc[0, "n_claims"] = 7
    assert any("n_claims 7" in p for p in validate(claims, documents))


def test_validate_catches_unknown_documents_and_tampered_text() -> None:
    claims, documents = _frames()
    documents.loc[0, "text"] = TEXT.replace("Trade", "Trado")
    problems = validate(claims, documents)
    assert any("sha256 does not match" in p for p in problems)
    claims.loc[0, "doc_id"] = "0" * 16
    assert any("unknown documents" in p for p in validate(claims, documents))


def test_optional_empty_strings_become_missing() -> None:
    doc = _doc()
    claim = Claim(start=11, end=13, surface="5%", value=5.0, unit="%", metric="", period="")
    claims = build_claims([doc], {doc.doc_id: [claim]})
    assert pd.isna(claims.loc[0, "metric"]) and pd.isna(claims.loc[0, "period"])
    assert pd.isna(claims.loc[0, "sentence"])  # "" and missing are one value


def test_claims_follow_document_order() -> None:
    docs = [_doc("Cargo 5% up.", "b.txt"), _doc("Trade 7% up.", "a.txt")]
    claim = Claim(start=6, end=8, surface="5%", value=5.0, unit="%")
    other = Claim(start=6, end=8, surface="7%", value=7.0, unit="%")
    claims = build_claims(docs, {docs[0].doc_id: [claim], docs[1].doc_id: [other]})
    assert list(claims["surface"]) == ["5%", "7%"]
