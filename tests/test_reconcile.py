"""Reconciliation rules on claims built in code: series keys, stated precision, subjects,
disagreements, forecasts against outcomes and implied values."""

from __future__ import annotations

import hashlib
from typing import Any

import pandas as pd
import pytest

from dashboard.dataset import frame_from_rows, make_claim_id, validate_table
from dashboard.reconcile import reconcile, series_key
from dashboard.reconcile.precision import agree, significant_digits, stated, stated_step
from dashboard.reconcile.series import (
    canonical_period,
    period_after,
    period_shape,
    shape_label,
)
from dashboard.reconcile.subjects import ENTITY_KINDS, entity_kind, subject_of
from dashboard.schema import CLAIMS, TABLES
from dashboard.vocab.entities import ENTITIES

TITR = "Trans-Caspian International Transport Route"
KZ_AZ = ("Kazakhstan", "Azerbaijan")


def claim(doc: str, start: int, surface: str, value: float, **fields: Any) -> dict[str, Any]:
    """A claims row with defaults: an actual cargo volume of the Middle Corridor in 2023."""
    doc_id = hashlib.sha256(doc.encode()).hexdigest()[:16]
    row: dict[str, Any] = {
        "claim_id": make_claim_id(doc_id, start, start + len(surface)), "doc_id": doc_id,
        "start": start, "end": start + len(surface), "surface": surface, "value": value,
        "value_high": None, "unit": "t", "per": None, "approx": None, "change": None,
        "kind": "actual", "metric": "cargo volume", "topic": "logistics",
        "entities": (TITR,), "item": None, "period": "2023",
        "sentence": f"sentence {start} of {doc}", "published": "2024-06-01", "series_id": None,
    }
    row.update(fields)
    return row


def frames(*rows: dict[str, Any]) -> dict[str, pd.DataFrame]:
    return reconcile(frame_from_rows(rows, CLAIMS))


def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    return [{str(k): v for k, v in row.items()} for row in frame.to_dict("records")]


# --- stated precision -------------------------------------------------------------------


@pytest.mark.parametrize(("surface", "value", "digits"), [
    ("4.5 million tonnes", 4.5e6, 2), ("4.48 mln", 4.48e6, 3), ("33,000 TEU", 33000, 2),
    ("$31.4 billion", 31.4e9, 3), ("$470 million", 470e6, 2), ("380 km", 380, 2),
    ("3.820 million tonnes", 3.82e6, 4), ("46,1%", 46.1, 3), ("531 731", 531731, 6),
    ("fivefold", 5, 1), ("eight million tonnes", 8e6, 1), ("half", 0.5, 1),
    ("0.8 million", 8e5, 1), ("104,000-105,000 TEU", 104000, 3), ("US$529.4 million", 529.4e6, 4),
])
def test_significant_digits_as_written(surface: str, value: float, digits: int) -> None:
    assert significant_digits(surface, value) == digits


def test_step_is_the_last_stated_digit() -> None:
    assert stated_step("4.5 million tonnes", 4.5e6) == pytest.approx(1e5)
    assert stated_step("4.48 mln", 4.48e6) == pytest.approx(1e4)
    assert stated_step("33,000 TEU", 33000) == pytest.approx(1000)
    assert stated_step("0 units", 0) == 0


@pytest.mark.parametrize(("a", "b", "same"), [
    (("4.48 mln", 4.48e6), ("4.5 million tonnes", 4.5e6), True),
    (("2.76 mln tonnes", 2.76e6), ("2.8 million tonnes", 2.8e6), True),
    (("2.76 mln tonnes", 2.76e6), ("2.7 million tonnes", 2.7e6), False),
    (("2.7 million tonnes", 2.7e6), ("2.8 million tonnes", 2.8e6), False),
    (("33,000 TEU", 33000), ("18,000 TEU", 18000), False),
    (("$41 billion", 41e9), ("$31.4 billion", 31.4e9), False),
    (("$533 million", 533e6), ("$470 million", 470e6), False),
    (("370 km", 370), ("380 km", 380), False),
    (("$529 million", 529e6), ("$529.4 million", 529.4e6), True),
])
def test_values_agree_when_they_round_to_each_other(a: tuple[str, float], b: tuple[str, float],
                                                    same: bool) -> None:
    first, second = stated(a[0], a[1], None, None), stated(b[0], b[1], None, None)
    assert agree(first, second) is same
    assert agree(second, first) is same


def test_ranges_and_bounds_agree_with_values_inside() -> None:
    over = stated("5.3 mln tonnes", 5.3e6, None, "min")
    up_to = stated("1.5 million tonnes", 1.5e6, None, "max")
    span = stated("5-6 million tonnes", 5e6, 6e6, None)
    assert agree(over, stated("5.5 million tonnes", 5.5e6, None, None))
    assert not agree(over, stated("4.1 million tonnes", 4.1e6, None, None))
    assert agree(up_to, stated("1.2 million tonnes", 1.2e6, None, None))
    assert not agree(up_to, stated("1.7 million tonnes", 1.7e6, None, None))
    assert agree(span, stated("5.8 million tonnes", 5.8e6, None, None))
    assert span.point == 5.5e6


def test_a_hedged_value_spans_a_whole_step_either_side() -> None:
    exact = stated("76,775 TEU", 76775, None, None)
    assert not agree(stated("76,000 TEU", 76000, None, None), exact)  # rounds to 77,000
    assert agree(stated("76,000 TEU", 76000, None, "approx"), exact)  # "about 76,000"
    assert not agree(stated("74,000 TEU", 74000, None, "approx"), exact)


# --- subjects and series keys ---------------------------------------------------------------


def test_every_vocabulary_entity_has_a_kind() -> None:
    assert [name for name in ENTITIES if name not in ENTITY_KINDS] == []
    assert entity_kind("Supsa terminal") == entity_kind("Port of Poti") == "port"


@pytest.mark.parametrize(("entities", "subject"), [
    ((TITR, "Kazakhstan Temir Zholy"), (TITR,)),
    (("EBRD", TITR), (TITR,)),
    ((TITR, "Kazakhstan"), (TITR,)),
    (("Kazakhstan", "Azerbaijan"), ("Azerbaijan", "Kazakhstan")),
    (("Azerbaijan", "Europe"), ("Azerbaijan", "Europe")),  # a region as the partner
    (("Caspian Sea", "ASCO"), ("Caspian Sea",)),
    (("Port of Baku", TITR), ("Port of Baku",)),
    (("World Bank",), ("World Bank",)),
    (("Azerbaijan", "Organization of Turkic States"), ("Azerbaijan",
                                                       "Organization of Turkic States")),
    ((), ()),
])
def test_subject_is_the_most_specific_kind(entities: tuple[str, ...],
                                           subject: tuple[str, ...]) -> None:
    assert subject_of(entities) == subject


def test_unknown_entities_rank_last() -> None:
    assert entity_kind("Port of Somewhere") == "port"
    assert entity_kind("Some Holding") == "organisation"
    assert subject_of(("Some Holding", "Georgia")) == ("Georgia",)


def key(**fields: Any) -> Any:
    base: dict[str, Any] = {"metric": "cargo volume", "unit": "t", "per": None,
                            "entities": (TITR,), "change": None, "item": None,
                            "period": "2023"}
    base.update(fields)
    return series_key(**base)


def test_series_key_parts() -> None:
    level = key()
    assert key(period="2024") == level  # the period is not part of the series
    assert key(entities=("Kazakhstan Temir Zholy", TITR)) == level  # nor who reported it
    assert key(change="increase", unit="%") != level
    assert key(change="increase", unit="%") == key(change="decrease", unit="%")
    assert key(period="2024-01/2024-11") != level  # part-year apart from full years
    assert key(period="2024-01/2024-12") == level  # a whole year written as months
    assert key(per="year") == level  # per year in a year is the year's figure
    assert key(per="year", period=None) != key(period=None)
    assert key(entities=("Kazakhstan", "Azerbaijan")) != level
    assert key(metric=None) is None and key(unit=None) is None
    assert level is not None and len(level.series_id) == 16


def test_counts_keep_their_item_and_lengths_ignore_the_period() -> None:
    wagons = key(unit="count", metric="vehicle count", item="wagon")
    assert wagons != key(unit="count", metric="vehicle count", item="vehicle")
    assert key(unit="t", item="wagon") == key(unit="t")  # item counts only for counts
    cable = key(unit="km", metric="cable length", period="2026")
    assert cable == key(unit="km", metric="cable length", period=None)
    assert cable.is_dimension and cable.shape == "any"


def test_a_ports_cargo_is_what_it_handled() -> None:
    """At a port or a crossing, cargo moved and cargo handled are one measure, in tonnes
    and in relative changes; not at an airport, not in TEU, not a share."""
    aktau = ("Port of Aktau",)
    handled = key(metric="port throughput", entities=aktau)
    assert key(entities=aktau) == handled and handled.metric == "port throughput"
    assert key(entities=("Dostyk crossing",)) == key(metric="port throughput",
                                                       entities=("Dostyk crossing",))
    grew = {"unit": "%", "change": "increase", "entities": aktau}
    assert key(**grew) == key(metric="port throughput", **grew)
    assert key(unit="%", entities=aktau) != key(metric="port throughput", unit="%",
                                                 entities=aktau)  # a share stays apart
    assert key(unit="TEU", entities=aktau).metric == "cargo volume"
    assert key(entities=("Almaty International Airport",)).metric == "cargo volume"
    assert key().metric == "cargo volume"  # a route's cargo is no port's


@pytest.mark.parametrize(("period", "shape", "label"), [
    ("2023", "year", "full year"), ("2024-01/2024-11", "months 01-11", "Jan–Nov"),
    ("2024-01/2024-12", "year", "full year"), ("2022-07", "month", "month"),
    ("2023-01-01", "date", "date"), ("2020/..", "since", "since a base year"),
    ("2025/2028", "years", "span of years"), (None, "undated", "no period"),
    ("2023-11/2024-02", "months across years", "months across years"),
])
def test_period_shapes(period: str | None, shape: str, label: str) -> None:
    assert period_shape(period) == shape
    assert shape_label(shape) == label


def test_canonical_period() -> None:
    assert canonical_period("2024-01/2024-12") == "2024"
    assert canonical_period("2024-01/2024-11") == "2024-01/2024-11"
    assert canonical_period("") is None


@pytest.mark.parametrize(("period", "after"), [
    ("2024", "2025-01-01"), ("2024-01/2024-12", "2025-01-01"), ("2024-01/2024-09", "2024-10-01"),
    ("2024-12", "2025-01-01"), ("2024-06", "2024-07-01"), ("2023-11/2024-02", "2024-03-01"),
    ("2024-03-04", None), ("2020/..", None), ("2025/2028", None), (None, None),
])
def test_period_after(period: str | None, after: str | None) -> None:
    assert period_after(period) == after


# --- disagreements --------------------------------------------------------------------------


def test_disagreement_needs_two_documents_that_differ() -> None:
    out = frames(claim("a", 0, "2.8 million tonnes", 2.8e6, published="2024-01-24"),
                 claim("b", 0, "2.7 million tonnes", 2.7e6, published="2024-08-06"),
                 claim("c", 0, "2.76 mln tonnes", 2.76e6, published="2026-03-10"))
    [row] = records(out["disagreements"])
    assert (row["metric"], row["unit"], row["entities"], row["period"], row["kind"]) == (
        "cargo volume", "t", (TITR,), "2023", "actual")
    assert (row["n_docs"], row["min_value"], row["max_value"]) == (3, 2.7e6, 2.8e6)
    assert row["spread_pct"] == pytest.approx(100 / 27)
    ids = out["claims"]["claim_id"].tolist()
    assert row["claim_ids"] == tuple(ids)  # oldest publication first
    assert row["series_id"] == out["claims"]["series_id"].iloc[0]


def test_values_that_agree_at_their_precision_are_no_disagreement() -> None:
    out = frames(claim("a", 0, "4.48 mln", 4.48e6, period="2024"),
                 claim("b", 0, "4.5 million tonnes", 4.5e6, period="2024"))
    assert out["disagreements"].empty


def test_one_document_alone_never_disagrees() -> None:
    alone = frames(claim("a", 0, "2.8 million tonnes", 2.8e6),
                   claim("a", 40, "2.7 million tonnes", 2.7e6))
    assert alone["disagreements"].empty
    agreeing = frames(claim("a", 0, "2.8 million tonnes", 2.8e6),
                      claim("a", 40, "2.7 million tonnes", 2.7e6, period="2022"),
                      claim("b", 0, "2.8 mln tonnes", 2.8e6))
    assert agreeing["disagreements"].empty


def test_different_measures_are_not_compared() -> None:
    out = frames(claim("a", 0, "4.5 million tonnes", 4.5e6, period="2024"),
                 claim("b", 0, "3.3 million tonnes", 3.3e6, period="2024",
                       entities=("Kazakhstan", "Azerbaijan")),
                 claim("c", 0, "4.1 million tonnes", 4.1e6, period="2024-01/2024-11"),
                 claim("d", 0, "63%", 63, unit="%", change="increase", period="2024"),
                 claim("e", 0, "5.2 million tonnes", 5.2e6, period="2024", kind="projection"),
                 claim("f", 0, "2.2 million tonnes", 2.2e6, period=None))
    assert out["disagreements"].empty


def test_undated_and_projected_figures_are_not_compared() -> None:
    out = frames(claim("a", 0, "2.2 million tonnes", 2.2e6, period=None),
                 claim("b", 0, "3.3 million tonnes", 3.3e6, period=None),
                 claim("c", 0, "5.2 million tonnes", 5.2e6, kind="projection", period="2025"),
                 claim("d", 0, "2.5 million tonnes", 2.5e6, kind="projection", period="2025"))
    assert out["disagreements"].empty


def test_lengths_are_compared_across_periods_and_kinds() -> None:
    cable = ("Trans-Caspian fibre-optic cable",)
    out = frames(claim("a", 0, "370 km", 370, unit="km", metric="cable length",
                       entities=("Kazakhstan", "Caspian Sea", *cable), period=None),
                 claim("b", 0, "380 km", 380, unit="km", metric="cable length",
                       entities=("Caspian Sea", *cable), period="2026", kind="projection"))
    [row] = records(out["disagreements"])
    assert (row["entities"], row["kind"], row["n_docs"]) == (cable, "mixed", 2)
    assert pd.isna(row["period"])


def test_changes_are_signed() -> None:
    out = frames(claim("a", 0, "9.3%", 9.3, unit="%", change="decrease"),
                 claim("b", 0, "9.3%", 9.3, unit="%", change="increase"))
    [row] = records(out["disagreements"])
    assert (row["min_value"], row["max_value"]) == (-9.3, 9.3)


def test_a_signed_decrease_is_read_by_its_size() -> None:
    """ "(-9.3%)" (value -9.3, a decrease) and "down 9.3%" (9.3, a decrease) say the same."""
    out = frames(claim("a", 0, "-9.3%", -9.3, unit="%", change="decrease"),
                 claim("b", 0, "9.3%", 9.3, unit="%", change="decrease"))
    assert out["disagreements"].empty


def test_a_total_so_far_is_not_the_periods_figure() -> None:
    """ "300 container vessels this year", published in November, is not 2025's count."""
    vessels = {"unit": "count", "item": "vessel", "metric": "vessel count",
               "entities": ("Port of Poti",), "period": "2025"}
    out = frames(claim("a", 0, "300 container vessels", 300, published="2025-11-09", **vessels),
                 claim("b", 0, "380 container vessels", 380, published="2026-01-20", **vessels),
                 claim("c", 0, "7.9 mln t", 7.9e6, period="2025-01/2025-11",
                       published="2025-11-30"),
                 claim("d", 0, "8.2 million tonnes", 8.2e6, period="2025-01/2025-11",
                       published="2025-12-15"))
    assert out["disagreements"].empty
    for published, found in (("2025-12-31", 0), ("2026-01-02", 1)):  # the last day is not over
        out = frames(claim("a", 0, "300 container vessels", 300, published=published, **vessels),
                     claim("b", 0, "380 container vessels", 380, published="2026-01-20",
                           **vessels))
        assert len(out["disagreements"]) == found


# --- forecasts ---------------------------------------------------------------------------


def test_projection_matched_to_later_outcomes() -> None:
    out = frames(
        claim("p", 0, "4.2 mln tonnes", 4.2e6, kind="projection", period="2024",
              published="2024-08-06"),
        claim("a", 0, "4.5 million tonnes", 4.5e6, period="2024", published="2025-06-18"),
        claim("b", 0, "4.5 million tonnes", 4.5e6, period="2024", published="2025-10-20"),
        claim("c", 0, "4.48 mln", 4.48e6, period="2024", published="2026-03-10"),
        claim("c", 30, "4.48 mln tonnes", 4.48e6, period="2024", published="2026-03-10"),
        claim("z", 0, "4.4 million tonnes", 4.4e6, period="2024", published="2024-08-01"),
    )
    [row] = records(out["forecasts"])
    assert (row["projected"], row["actual"]) == (4.2e6, 4.5e6)  # median of a, b, c (z is older)
    assert row["error_pct"] == pytest.approx(-100 * 0.3 / 4.5)
    assert (row["made_on"], row["reported_on"], row["period"]) == (
        "2024-08-06", "2025-06-18", "2024")
    assert len(row["actual_claim_ids"]) == 4


def test_no_outcome_no_forecast_row() -> None:
    out = frames(claim("p", 0, "5.2 million tonnes", 5.2e6, kind="projection", period="2025"),
                 claim("p", 60, "4.1 million tonnes", 4.1e6, period="2025"),  # same document
                 claim("a", 0, "4.12 mln", 4.12e6, period="2025-01/2025-09"),  # part year
                 claim("b", 0, "10 million tonnes", 10e6, kind="projection", period=None))
    assert out["forecasts"].empty


def test_a_projection_stated_twice_in_one_document_is_one_forecast() -> None:
    """A headline and its body ("targets 2.5 million tonnes", "plans to move 2.5 mln
    tonnes") are one forecast; another value, or another document, is another."""
    target = {"kind": "projection", "period": "2025", "published": "2025-03-06"}
    out = frames(claim("p", 14, "2.5 million tonnes", 2.5e6, **target),
                 claim("p", 120, "2.5 mln tonnes", 2.5e6, **target),
                 claim("p", 300, "3 million tonnes", 3e6, **target),
                 claim("q", 50, "2.5 million tonnes", 2.5e6,
                       **{**target, "published": "2025-10-20"}),
                 claim("a", 0, "4.12 million tonnes", 4.12e6, period="2025",
                       published="2026-03-10"))
    claims = out["claims"].set_index("claim_id")
    found = sorted((claims.loc[r["projection_claim_id"], "start"], r["made_on"], r["projected"])
                   for r in records(out["forecasts"]))
    assert found == [(14, "2025-03-06", 2.5e6), (50, "2025-10-20", 2.5e6),
                     (300, "2025-03-06", 3e6)]


def test_a_total_so_far_is_no_outcome() -> None:
    out = frames(claim("p", 0, "2.2 mln tonnes", 2.2e6, kind="projection", period="2024",
                       published="2024-09-26"),
                 claim("a", 0, "1.9 million tonnes", 1.9e6, period="2024",
                       published="2024-11-15"))
    assert out["forecasts"].empty


# --- implied values --------------------------------------------------------------------------


def seed_sentence(**change: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    sentence = ("Since 2020, trade turnover between Kazakhstan and Azerbaijan has surged "
                "fivefold, reaching $529 million.")
    common = {"metric": "trade turnover", "entities": KZ_AZ, "sentence": sentence,
              "published": "2024-03-11"}
    five = claim("s", 81, "fivefold", 5, **{"unit": "x", "change": "increase",
                                             "period": "2020/..", **common, **change})
    level = claim("s", 100, "$529 million", 529e6, unit="USD", period=None, **common)
    return five, level


def test_fivefold_since_2020_implies_the_2020_level() -> None:
    five, level = seed_sentence()
    out = frames(five, level)
    [row] = records(out["implied"])
    assert row["value"] == pytest.approx(105.8e6)
    assert (row["period"], row["metric"], row["unit"], row["entities"]) == (
        "2020", "trade turnover", "USD", ("Azerbaijan", "Kazakhstan"))
    assert (row["level_claim_id"], row["change_claim_id"]) == (level["claim_id"],
                                                               five["claim_id"])
    assert "fivefold" in row["method"]
    series = out["series"].set_index("series_id").loc[row["series_id"]] \
        if row["series_id"] in set(out["series"]["series_id"]) else None
    assert series is None  # no reported 2020 figure: the value is not put into any series
    assert out["claims"]["series_id"].notna().all()


def test_year_on_year_change_implies_the_previous_period() -> None:
    text = "In 2023, volumes on the Middle Corridor rose 65% on 2022 to 2.7 million tonnes."
    out = frames(claim("m", 45, "65%", 65, unit="%", change="increase", sentence=text),
                 claim("m", 61, "2.7 million tonnes", 2.7e6, sentence=text),
                 claim("n", 10, "63%", 63, unit="%", change="increase",
                       period="2024-01/2024-11", sentence="n"),
                 claim("n", 20, "4.1 million tonnes", 4.1e6, period="2024-01/2024-11",
                       sentence="n"))
    rows = {r["period"]: r["value"] for r in records(out["implied"])}
    assert rows == pytest.approx({"2022": 2.7e6 / 1.65, "2023-01/2023-11": 4.1e6 / 1.63})


def test_a_headline_repeating_its_body_implies_one_value() -> None:
    head = "Kazakhstan-Azerbaijan trade triples to $100 million in Q1"
    body = "In the first quarter of 2021, trade tripled to $100 mln."
    common = {"metric": "trade turnover", "entities": KZ_AZ, "period": "2021-01/2021-03"}
    out = frames(
        claim("h", 40, "triples", 3, unit="x", change="increase", sentence=head, **common),
        claim("h", 51, "$100 million", 100e6, unit="USD", sentence=head, **common),
        claim("h", 120, "tripled", 3, unit="x", change="increase", sentence=body, **common),
        claim("h", 131, "$100 mln", 100e6, unit="USD", sentence=body, **common))
    [row] = records(out["implied"])
    assert row["value"] == pytest.approx(100e6 / 3)
    assert "triples" in row["method"]  # the first statement of it


@pytest.mark.parametrize("change", [
    {"period": None},  # "fivefold in three years": not year on year
    {"kind": "projection"},  # the base of "to triple by 2030" is the unstated present
    {"approx": "min"},  # "more than fivefold": a bound gives no value
    {"metric": "exports"},  # another measure
])
def test_no_implied_value_without_a_clear_base(change: dict[str, Any]) -> None:
    five, level = seed_sentence(**change)
    assert frames(five, level)["implied"].empty


def test_change_takes_the_level_of_its_own_period() -> None:
    text = "That is 30% above the $24.2 billion recorded in 2022."
    out = frames(claim("t", 8, "30%", 30, unit="%", change="increase", sentence=text,
                       metric="trade turnover", entities=("Kazakhstan", "China")),
                 claim("t", 22, "$24.2 billion", 24.2e9, unit="USD", period="2022",
                       sentence=text, metric="trade turnover",
                       entities=("Kazakhstan", "China")))
    assert out["implied"].empty  # the 30% is 2023's; the 2022 level is its base


@pytest.mark.parametrize(("surface", "value", "unit", "direction", "level", "expected"), [
    ("halved", 0.5, "x", "decrease", 10.0, 20.0),
    ("2.6 times", 2.6, "x", "decrease", 10.0, 26.0),
    ("14.1%", 14.1, "%", "decrease", 85.9, 100.0),
])
def test_decreases(surface: str, value: float, unit: str, direction: str, level: float,
                   expected: float) -> None:
    out = frames(claim("d", 0, surface, value, unit=unit, change=direction, sentence="d"),
                 claim("d", 20, f"{level} million tonnes", level * 1e6, sentence="d"))
    [row] = records(out["implied"])
    assert row["value"] == pytest.approx(expected * 1e6)


def test_each_change_takes_the_level_closest_to_it() -> None:
    text = ("In 2019 the Supsa terminal handled 3.5 mln t (+3%) and the Kulevi terminal "
            "1.5 mln t (+15%).")
    rows = [claim("k", text.index(s), s, v, sentence=text, period="2019", **f) for s, v, f in (
        ("3.5 mln t", 3.5e6, {}), ("+3%", 3, {"unit": "%", "change": "increase"}),
        ("1.5 mln t", 1.5e6, {}), ("+15%", 15, {"unit": "%", "change": "increase"}))]
    implied = {r["method"]: r["value"] for r in records(frames(*rows)["implied"])}
    assert implied == pytest.approx({"3.5 mln t ÷ 1.03 (“+3%”)": 3.5e6 / 1.03,
                                     "1.5 mln t ÷ 1.15 (“+15%”)": 1.5e6 / 1.15})


def test_percentage_points_on_a_share() -> None:
    out = frames(claim("q", 0, "3 pp", 3, unit="pp", change="increase", sentence="q",
                       metric="market share"),
                 claim("q", 10, "40%", 40, unit="%", sentence="q", metric="market share"))
    [row] = records(out["implied"])
    assert row["value"] == pytest.approx(37)


# --- the tables ---------------------------------------------------------------------------


def test_every_frame_meets_its_table_and_is_deterministic() -> None:
    five, level = seed_sentence()
    rows = [five, level, claim("a", 0, "2.8 million tonnes", 2.8e6),
            claim("b", 0, "2.7 million tonnes", 2.7e6),
            claim("p", 0, "2.2 million tonnes", 2.2e6, kind="projection",
                  published="2023-01-01"),
            claim("x", 0, "7 units", 7, metric=None)]
    out = frames(*rows)
    for name, frame in out.items():
        assert validate_table(frame, TABLES[name]) == [], name
    again = frames(*rows)
    for name, frame in out.items():
        pd.testing.assert_frame_equal(frame, again[name])
    series = records(out["series"])
    assert sum(r["n_claims"] for r in series) == 5  # the claim without a metric has none
    assert out["claims"]["series_id"].isna().sum() == 1
    labels = {r["label"] for r in series}
    assert f"cargo volume (t) · {TITR} · full year" in labels


def test_no_claims_gives_empty_tables() -> None:
    out = reconcile(frame_from_rows([], CLAIMS))
    assert all(frame.empty for frame in out.values())
    assert list(out) == ["claims", "series", "disagreements", "forecasts", "implied"]
