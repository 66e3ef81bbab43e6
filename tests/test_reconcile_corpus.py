"""Reconciliation on the bundled corpus, through the real parser and `extract`: what the
corpus README ("Sources that disagree") says must be found, and what must not be.

Known parser gaps that change a result are strict xfails saying which claim fields are
wrong; a parser fix turns them into XPASS failures, to be cleared here.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from dashboard.export import read_parquet
from dashboard.ingest import extract_corpus
from dashboard.reconcile.series import period_after
from dashboard.schema import TABLES

CORPUS = Path(__file__).resolve().parent.parent / "data" / "articles"
TITR = ("Trans-Caspian International Transport Route",)


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("reconciled")
    summary = extract_corpus([CORPUS], out, progress=False)
    assert summary.ok and summary.n_documents == 41
    return out


def table(data: Path, name: str) -> pd.DataFrame:
    return read_parquet(data / f"{name}.parquet", TABLES[name])


def rows(data: Path, name: str) -> list[dict[str, Any]]:
    return [{str(k): v for k, v in row.items()} for row in table(data, name).to_dict("records")]


def find(data: Path, metric: str, unit: str, entities: tuple[str, ...],
         period: str | None) -> list[dict[str, Any]]:
    return [r for r in rows(data, "disagreements")
            if (r["metric"], r["unit"], r["entities"]) == (metric, unit, entities)
            and (r["period"] if isinstance(r["period"], str) else None) == period]


# The disagreements the corpus README names: (metric, unit, subject, period, values).
NAMED = [
    ("cargo volume", "t", TITR, "2023", {2.7e6, 2.76e6, 2.8e6}),
    ("container volume", "TEU", TITR, "2022", {33000.0, 18000.0}),
    ("trade turnover", "USD", ("China", "Kazakhstan"), "2023", {41e9, 31.4e9}),
    ("trade turnover", "USD", ("Azerbaijan", "Kazakhstan"), "2024", {533e6, 470e6}),
    ("cable length", "km", ("Trans-Caspian fibre-optic cable",), None, {370.0, 380.0}),
    ("cargo volume", "%", TITR, "2023", {65.0, 86.0, 90.0}),  # growth of 2023's cargo
]


@pytest.mark.parametrize("named", NAMED, ids=[f"{n[0]}-{n[3]}" for n in NAMED])
def test_named_disagreements_are_found(data: Path, named: tuple[Any, ...]) -> None:
    metric, unit, subject, period, values = named
    [row] = find(data, metric, unit, subject, period)
    claims = table(data, "claims").set_index("claim_id")
    found = set(claims.loc[list(row["claim_ids"]), "value"])
    assert found == values
    assert (row["min_value"], row["max_value"]) == (min(values), max(values))
    assert row["n_docs"] >= 2


def test_look_alikes_are_not_disagreements(data: Path) -> None:
    assert find(data, "cargo volume", "t", TITR, "2024") == []  # 4.48 and 4.5 agree
    claims = table(data, "claims")
    seaports = claims[claims["surface"] == "3.3 million tonnes"]
    corridor = claims[claims["surface"].isin(["4.48 mln", "4.5 mln tonnes"])]
    assert len(seaports) == 1 and len(corridor) == 2
    assert seaports["series_id"].iloc[0] not in set(corridor["series_id"])
    assert corridor["series_id"].nunique() == 1


def test_no_other_disagreements(data: Path) -> None:
    named = {(m, u, s, p) for m, u, s, p, _ in NAMED}
    others = [(r["metric"], r["unit"], r["entities"], r["period"])
              for r in rows(data, "disagreements")
              if (r["metric"], r["unit"], r["entities"],
                  r["period"] if isinstance(r["period"], str) else None) not in named]
    assert others == []


def forecast(data: Path, period: str, projected: float) -> dict[str, Any]:
    [row] = [r for r in rows(data, "forecasts") if r["entities"] == TITR
             and r["metric"] == "cargo volume" and r["period"] == period
             and r["projected"] == projected]
    return row


def test_middle_corridor_forecasts_meet_their_outcomes(data: Path) -> None:
    for_2024 = forecast(data, "2024", 4.2e6)
    assert 4.48e6 <= for_2024["actual"] <= 4.5e6
    assert for_2024["error_pct"] == pytest.approx(100 * (4.2 - for_2024["actual"] / 1e6)
                                                  / (for_2024["actual"] / 1e6))
    assert for_2024["made_on"] < for_2024["reported_on"]
    for_2025 = forecast(data, "2025", 5.2e6)
    assert for_2025["actual"] == 4.12e6
    assert for_2025["error_pct"] == pytest.approx(100 * (5.2 - 4.12) / 4.12)


def test_seed_fivefold_implies_the_2020_turnover(data: Path) -> None:
    [row] = [r for r in rows(data, "implied") if r["period"] == "2020"
             and r["metric"] == "trade turnover"]
    assert row["value"] == pytest.approx(105.8e6)
    assert row["entities"] == ("Azerbaijan", "Kazakhstan")
    claims = table(data, "claims").set_index("claim_id")
    assert claims.loc[row["change_claim_id"], "surface"] == "fivefold"
    assert claims.loc[row["level_claim_id"], "surface"] == "$529 million"


def test_every_claim_with_a_metric_has_a_series(data: Path) -> None:
    claims = table(data, "claims")
    with_metric = claims["metric"].notna()
    assert claims.loc[with_metric, "series_id"].notna().all()
    assert claims.loc[~with_metric, "series_id"].isna().all()
    series = table(data, "series")
    assert set(series["series_id"]) == set(claims["series_id"].dropna())
    assert series["n_claims"].sum() == with_metric.sum()


def test_datapackage_describes_the_derived_tables(data: Path) -> None:
    package = json.loads((data / "datapackage.json").read_text(encoding="utf-8"))
    resources = {r["name"]: r for r in package["resources"]}
    for name in ("series", "disagreements", "forecasts", "implied"):
        assert resources[name]["path"] == f"{name}.csv"
        assert (data / f"{name}.csv").is_file() and (data / f"{name}.parquet").is_file()
        fields = [f["name"] for f in resources[name]["schema"]["fields"]]
        assert fields == list(TABLES[name].names)
    assert "series_id" in [f["name"] for f in resources["claims"]["schema"]["fields"]]


def test_forecast_parts_are_not_compared_with_the_total(data: Path) -> None:
    """"Of which 4.2 million tonnes ..." and "2.5 million tonnes of dry cargo" are parts of
    the 5.2 million tonnes expected for 2025, not forecasts of the corridor's total."""
    projections = [r["projected"] for r in rows(data, "forecasts")
                   if r["entities"] == TITR and r["metric"] == "cargo volume"
                   and r["period"] == "2025" and r["made_on"] == "2025-10-20"]
    assert projections == [5.2e6]


def test_kazakhstan_azerbaijan_2022_forecast_meets_its_outcome(data: Path) -> None:
    [row] = [r for r in rows(data, "forecasts")
             if r["metric"] == "trade turnover" and r["period"] == "2022"]
    assert (row["projected"], row["actual"]) == (500e6, 460e6)


def test_a_document_states_each_forecast_once(data: Path) -> None:
    """The TITR association's headline and first sentence both give 2.5 million tonnes and
    96,000 TEU for 2025: one forecast each, from the headline."""
    claims = table(data, "claims").set_index("claim_id")
    found = [(claims.loc[r["projection_claim_id"], "doc_id"], r["series_id"], r["period"],
              r["projected"]) for r in rows(data, "forecasts")]
    assert len(found) == len(set(found))
    association = [r for r in rows(data, "forecasts")
                   if r["made_on"] == "2025-03-06" and r["entities"] == TITR]
    assert sorted(r["projected"] for r in association) == [96000.0, 2.5e6]
    heads = {claims.loc[r["projection_claim_id"], "surface"] for r in association}
    assert heads == {"2.5 million tonnes", "96,000 TEU"}


def test_totals_so_far_are_neither_compared_nor_outcomes(data: Path) -> None:
    """ "The terminal served 300 container vessels this year" (Poti, November 2025) is a
    total so far: no figure published before its period was over is compared."""
    claims = table(data, "claims").set_index("claim_id")
    actual = claims[claims["kind"] == "actual"]
    ends = actual["period"].map(lambda p: period_after(p if isinstance(p, str) else None))
    running = set(actual.index[ends.notna() & (actual["published"] < ends.fillna(""))])
    assert "300 container vessels" in set(claims.loc[list(running), "surface"])
    used = {c for r in rows(data, "disagreements") for c in r["claim_ids"]}
    used |= {c for r in rows(data, "forecasts") for c in r["actual_claim_ids"]}
    assert used and not used & running
