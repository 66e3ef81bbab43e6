"""The store: filters, facets, rows, views, reloading and tolerance of missing tables."""

from __future__ import annotations

import math
import os
import shutil
from pathlib import Path

import numpy as np
import pyarrow.parquet as pq
import pytest
from appdata import FixtureData, build_documents, write_dataset

from dashboard.store import Filters, Store, views
from dashboard.store.periods import period_midpoint_days


def ids(snap, filters: Filters) -> set[str]:
    return {r["claim_id"] for r in snap.rows(snap.indices(filters))}


def test_app_store001_filters_match_a_plain_python_filter(fixture_data: FixtureData) -> None:
    snap = Store(fixture_data.data_dir).snapshot()
    assert snap.n == len(fixture_data.claims)
    cases = [
        (Filters.build(topics=["trade"]), lambda c: c["topic"] == "trade"),
        (Filters.build(topics=["trade", "energy"]), lambda c: c["topic"] in ("trade", "energy")),
        (Filters.build(metric="cargo volume", kind="projection"),
         lambda c: c["metric"] == "cargo volume" and c["kind"] == "projection"),
        (Filters.build(entity="China"), lambda c: "China" in c["entities"]),
        (Filters.build(unit="TEU"), lambda c: c["unit"] == "TEU"),
        (Filters.build(date_from="2023-01-01", date_to="2024-06-30"),
         lambda c: "2023-01-01" <= c["published"] <= "2024-06-30"),
        (Filters.build(text="AZERBAIJAN and"), lambda c: "azerbaijan and" in c["sentence"].lower()),
        (Filters.build(topics=["nope"]), lambda c: False),
        (Filters.build(entity="Atlantis"), lambda c: False),
    ]
    for filters, predicate in cases:
        expected = {c["claim_id"] for c in fixture_data.claims if predicate(c)}
        assert ids(snap, filters) == expected, filters


def test_app_store002_facet_counts_release_their_own_filter(fixture_data: FixtureData) -> None:
    snap = Store(fixture_data.data_dir).snapshot()
    filters = Filters.build(topics=["trade"], kind="actual")
    facets = snap.facets(filters)
    # Topic counts ignore the topic filter but keep the kind filter.
    actual = [c for c in fixture_data.claims if c["kind"] == "actual"]
    topic_counts = dict(facets["topic"])
    for topic in ("trade", "logistics", "energy"):
        assert topic_counts[topic] == sum(c["topic"] == topic for c in actual)
    entity_counts = dict(facets["entity"])
    trade_actual = [c for c in actual if c["topic"] == "trade"]
    assert entity_counts["China"] == sum("China" in c["entities"] for c in trade_actual)


def test_app_store003_sorting_pages_and_rows(fixture_data: FixtureData) -> None:
    snap = Store(fixture_data.data_dir).snapshot()
    everything = Filters()
    by_value = snap.rows(snap.indices(everything, ("value", True)))
    values = [r["value"] for r in by_value]
    assert values == sorted(values, reverse=True)
    by_published = snap.rows(snap.indices(everything, ("published", False)))
    assert [r["published"] for r in by_published] == sorted(r["published"] for r in by_published)
    row = by_value[0]
    assert row["outlet"] in ("Trend", "Kazinform", "Xinhua")
    assert isinstance(row["entities"], list)


def test_app_store004_claim_and_document_lookup(fixture_data: FixtureData) -> None:
    snap = Store(fixture_data.data_dir).snapshot()
    claim = fixture_data.claims[5]
    row = snap.claim_row(claim["claim_id"])
    assert row is not None
    doc = snap.document(claim["doc_id"])
    assert doc is not None
    assert doc["text"][claim["start"]:claim["end"]] == claim["surface"]
    doc_rows = snap.rows(snap.doc_claim_rows(claim["doc_id"]))
    assert [r["start"] for r in doc_rows] == sorted(r["start"] for r in doc_rows)
    assert snap.claim_row("../../etc/passwd") is None
    assert snap.document("0" * 16) is None


def test_app_store005_views_summary_latest_topic_counts(fixture_data: FixtureData) -> None:
    snap = Store(fixture_data.data_dir).snapshot()
    summary = views.summary(snap, Filters())
    assert summary.claims == len(fixture_data.claims)
    assert summary.documents == len(fixture_data.documents)
    assert summary.first == min(c["published"] for c in fixture_data.claims)
    latest, total = views.latest_values(snap, Filters())
    assert set(latest["kind"]) == {"actual"}
    assert total >= len(latest)
    counts = views.topic_metric_counts(snap, Filters())
    assert counts["count"].sum() == len(fixture_data.claims)
    pairs = views.metric_units(snap, Filters())
    assert sum(p[2] for p in pairs) == len(fixture_data.claims)


def test_app_store006_series_points_and_medians(fixture_data: FixtureData,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    snap = Store(fixture_data.data_dir).snapshot()
    expected = fixture_data.claims_where(metric="cargo volume", unit="t")
    series = views.series(snap, Filters(), "cargo volume", "t")
    assert not series.aggregated
    assert series.n_claims == len(expected) == len(series.frame)
    assert set(series.frame["claim_id"]) == {c["claim_id"] for c in expected}
    monkeypatch.setattr(views, "POINT_CAP", 2)
    medians = views.series(snap, Filters(), "cargo volume", "t")
    assert medians.aggregated and medians.bucket in ("month", "quarter", "year")
    assert medians.frame["n"].sum() == len(expected)
    claim_ids = {c["claim_id"] for c in expected}
    assert set(medians.frame["claim_id"]) <= claim_ids


def test_app_store007_reloads_when_the_files_change(fresh_data: FixtureData) -> None:
    store = Store(fresh_data.data_dir)
    first = store.snapshot()
    assert store.snapshot() is first  # unchanged files: the same snapshot
    claims, documents = build_documents(seed=7, n_docs=3)
    write_dataset(fresh_data.data_dir, claims, documents)
    second = store.snapshot()
    assert second is not first
    assert second.n == len(claims)


def test_app_store008_missing_data_and_optional_tables(tmp_path: Path,
                                                       fixture_data: FixtureData) -> None:
    empty = Store(tmp_path / "nothing-here").snapshot()
    assert empty.n == 0 and views.summary(empty, Filters()).claims == 0
    assert empty.facets(Filters())["topic"] == []
    # Only Parquet claims and CSV documents, no optional tables: still loads.
    data = tmp_path / "partial"
    data.mkdir()
    shutil.copy(fixture_data.data_dir / "claims.parquet", data)
    shutil.copy(fixture_data.data_dir / "documents.csv", data)
    snap = Store(data).snapshot()
    assert snap.n == len(fixture_data.claims) and snap.extras == {}
    claim = fixture_data.claims[0]
    assert snap.document(claim["doc_id"])["text"][claim["start"]:claim["end"]] == claim["surface"]


def test_app_store009_claims_without_their_documents_are_retried(fresh_data: FixtureData) -> None:
    """A claims file newer than its documents file (a writer mid-way) is not served."""
    path = fresh_data.data_dir / "documents.parquet"
    table = pq.read_table(path)
    pq.write_table(table.slice(0, 2), path)  # documents missing for most claims
    os.utime(path)
    snap = Store(fresh_data.data_dir).snapshot()  # served after retries, with a warning
    assert snap.n == len(fresh_data.claims)


def test_app_store010_period_positions() -> None:
    year = period_midpoint_days("2023")
    assert np.datetime64("1970-01-01") + int(year) == np.datetime64("2023-07-02")
    assert period_midpoint_days("2024-01/2024-11") < period_midpoint_days("2024")
    assert math.isnan(period_midpoint_days("2020/.."))
    assert math.isnan(period_midpoint_days("garbage"))
    assert math.isnan(period_midpoint_days("2024-13"))
    assert not math.isnan(period_midpoint_days("2024-Q3"))


def test_app_store011_one_search_serves_concurrent_callers(fixture_data: FixtureData,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """Callbacks sent together with a new search share one scan of the sentences."""
    import threading

    import pyarrow.compute as pc

    from dashboard.store import snapshot as snapshot_module

    snap = Store(fixture_data.data_dir).snapshot()
    calls: list[str] = []
    release = threading.Event()
    real = pc.match_substring

    def slow_match(*args: object, **kwargs: object) -> object:
        calls.append(str(kwargs.get("pattern")))
        release.wait(timeout=10)
        return real(*args, **kwargs)

    monkeypatch.setattr(snapshot_module.pc, "match_substring", slow_match)
    results: list[set[str]] = []
    threads = [threading.Thread(target=lambda: results.append(
        ids(snap, Filters.build(text="Georgia")))) for _ in range(4)]
    for thread in threads:
        thread.start()
    release.set()
    for thread in threads:
        thread.join(timeout=10)
    assert calls == ["Georgia"]
    expected = {c["claim_id"] for c in fixture_data.claims if "georgia" in c["sentence"].lower()}
    assert results == [expected] * 4
