"""A small reconciled dataset built in code (no parser): five articles whose claims make one
disagreement, one forecast with its outcome and one implied value, written with every
table `extract` writes (claims with series ids, series, disagreements, forecasts, implied).

One source sentence carries markup and a formula, which the pages must show as text.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dashboard.dataset import frame_from_rows, make_claim_id
from dashboard.export import commit_files, iter_dataset_files
from dashboard.reconcile import reconcile
from dashboard.schema import CLAIMS, DOCUMENTS

TITR = "Trans-Caspian International Transport Route"
HOSTILE_SENTENCE = ("<b>Officials</b> <script>window.__pwned = 1</script> counted 2.76 mln "
                    "tonnes for 2023 =HYPERLINK(\"http://evil.example\") in their tally.")
_CARGO: dict[str, Any] = {"unit": "t", "metric": "cargo volume", "topic": "logistics",
                          "entities": (TITR,)}
# (file, published, outlet, text, [(surface, claim fields)])
ARTICLES: tuple[tuple[str, str, str, str, list[tuple[str, dict[str, Any]]]], ...] = (
    ("a.txt", "2024-01-24", "Interfax",
     "Trans-Caspian route moved 2.8 million tonnes in 2023, says KTZ.",
     [("2.8 million tonnes", {**_CARGO, "value": 2.8e6, "period": "2023",
                              "entities": (TITR, "Kazakhstan Temir Zholy")})]),
    ("b.txt", "2024-08-06", "AzerNews",
     "In 2023, volumes on the Middle Corridor rose 65% to 2.7 million tonnes. The ministry's "
     "forecast for 2024 is 4.2 mln tonnes.",
     [("65%", {**_CARGO, "value": 65.0, "unit": "%", "change": "increase", "period": "2023"}),
      ("2.7 million tonnes", {**_CARGO, "value": 2.7e6, "period": "2023"}),
      ("4.2 mln tonnes", {**_CARGO, "value": 4.2e6, "period": "2024", "kind": "projection"})]),
    ("c.txt", "2025-06-18", "Trend",
     "Freight on the Middle Corridor reached 4.5 mln tonnes in 2024.",
     [("4.5 mln tonnes", {**_CARGO, "value": 4.5e6, "period": "2024"})]),
    ("d.txt", "2024-03-11", "Astana Times",
     "Since 2020, trade turnover between Kazakhstan and Azerbaijan has surged fivefold, "
     "reaching $529 million.",
     [("fivefold", {"value": 5.0, "unit": "x", "change": "increase", "period": "2020/..",
                    "metric": "trade turnover", "topic": "trade",
                    "entities": ("Kazakhstan", "Azerbaijan")}),
      ("$529 million", {"value": 529e6, "unit": "USD", "metric": "trade turnover",
                        "topic": "trade", "entities": ("Kazakhstan", "Azerbaijan")})]),
    ("e.txt", "2026-03-10", "The Astana Times", HOSTILE_SENTENCE,
     [("2.76 mln tonnes", {**_CARGO, "value": 2.76e6, "period": "2023",
                           "entities": (TITR, "Kazakhstan")})]),
)


@dataclass(frozen=True)
class Reconciled:
    data_dir: Path
    claims: list[dict[str, Any]]  # as written, with series ids

    def claim(self, surface: str) -> dict[str, Any]:
        return next(c for c in self.claims if c["surface"] == surface)


def _rows() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    claims: list[dict[str, Any]] = []
    documents: list[dict[str, Any]] = []
    for name, published, outlet, text, specs in ARTICLES:
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        doc_id = digest[:16]
        for surface, fields in specs:
            start = text.index(surface)
            claims.append({
                "claim_id": make_claim_id(doc_id, start, start + len(surface)),
                "doc_id": doc_id, "start": start, "end": start + len(surface),
                "surface": surface, "value_high": None, "per": None, "approx": None,
                "change": None, "kind": "actual", "item": None, "period": None,
                "sentence": text.split(". ")[0] if surface in text.split(". ")[0] else
                text.split(". ")[1], "published": published, "series_id": None, **fields})
        documents.append({"doc_id": doc_id, "path": f"articles/{name}",
                          "title": text[:60], "published": published, "place": None,
                          "source_url": f"https://news.example/{name}", "outlet": outlet,
                          "text": text, "sha256": digest, "n_claims": len(specs)})
    return claims, documents


def write_reconciled(data_dir: Path) -> Reconciled:
    """Write the dataset, reconciled, to `data_dir`."""
    claims, documents = _rows()
    frames = reconcile(frame_from_rows(claims, CLAIMS))
    frames = {"claims": frames["claims"], "documents": frame_from_rows(documents, DOCUMENTS),
              **{k: v for k, v in frames.items() if k != "claims"}}
    commit_files(data_dir, iter_dataset_files(frames))
    written = [{str(k): v for k, v in row.items()}
               for row in frames["claims"].to_dict("records")]
    return Reconciled(data_dir, written)
