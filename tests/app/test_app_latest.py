"""'Latest reported value' lists levels only: a growth rate or a multiplier is not a value of
the metric it qualifies."""

from __future__ import annotations

from pathlib import Path

from appdata import build_documents, write_dataset

from dashboard.store import Filters, Store, views


def test_app_latest001_changes_are_not_latest_values(tmp_path: Path) -> None:
    claims, documents = build_documents()
    newest = max(claims, key=lambda c: c["published"])
    newest["change"] = "increase"  # the newest claim of its metric becomes a change
    write_dataset(tmp_path, claims, documents)
    latest, _ = views.latest_values(Store(tmp_path).snapshot(), Filters())
    assert newest["claim_id"] not in set(latest["claim_id"])
    assert set(latest["change"].fillna("")) == {""}
