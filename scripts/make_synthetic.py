"""Write a large synthetic dataset (default 1,000,000 claims) for the app's benchmark.

Usage: python scripts/make_synthetic.py OUT_DIR [--claims N] [--seed S]

The files follow the dataset contract (claims.parquet, documents.parquet) so the app
loads them like real data: every claim's offsets index its document's text, sentences
are mostly unique (as in real news), entities are lists, dates are ISO strings. The
numbers are random; only the shape and the cardinalities are meant to be realistic.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

# (metric, unit, topic, low, high): value ranges loosely like the bundled corpus.
METRICS: tuple[tuple[str, str, str, float, float], ...] = (
    ("trade turnover", "USD", "trade", 1e8, 5e10),
    ("exports", "USD", "trade", 1e7, 2e10),
    ("imports", "USD", "trade", 1e7, 2e10),
    ("cargo volume", "t", "logistics", 1e5, 2e7),
    ("container volume", "TEU", "logistics", 1e3, 1e6),
    ("port throughput", "t", "logistics", 1e5, 3e7),
    ("transit time", "day", "logistics", 5, 40),
    ("oil exports", "bbl", "energy", 1e6, 5e8),
    ("gas exports", "m3", "energy", 1e8, 5e10),
    ("capacity", "MW", "energy", 10, 5000),
    ("investment", "USD", "investment", 1e6, 5e9),
    ("loan", "EUR", "investment", 1e6, 2e9),
    ("cable length", "km", "digital", 50, 2000),
    ("grain exports", "t", "agriculture", 1e4, 1e7),
    ("growth rate", "%", "economy", 0.5, 60),
    ("number of trains", "count", "logistics", 10, 20000),
)
ENTITIES: tuple[str, ...] = (
    "Kazakhstan", "Azerbaijan", "Georgia", "China", "Turkey", "Uzbekistan",
    "Turkmenistan", "Kyrgyzstan", "Russia", "Iran", "European Union", "Germany",
    "Poland", "Romania", "Bulgaria", "Ukraine", "Armenia", "Tajikistan", "Pakistan",
    "India", "Middle Corridor", "Aktau", "Baku", "Poti", "Batumi", "Kuryk", "Alat",
    "Turkmenbashi", "Constanta", "Khorgos",
)
OUTLETS: tuple[str, ...] = ("Trend", "AzerNews", "Kazinform", "Xinhua", "Reuters", "BM.GE",
                            "Daily Sabah", "Astana Times", "Caspian News", "Railway Gazette")
PLACES: tuple[str, ...] = ("ASTANA", "BAKU", "TBILISI", "BEIJING", "ANKARA", "TASHKENT", "")
CLAIMS_SCHEMA = pa.schema([
    ("claim_id", pa.string()), ("doc_id", pa.string()), ("start", pa.int64()),
    ("end", pa.int64()), ("surface", pa.string()), ("value", pa.float64()),
    ("value_high", pa.float64()), ("unit", pa.string()), ("per", pa.string()),
    ("approx", pa.string()), ("change", pa.string()), ("kind", pa.string()),
    ("metric", pa.string()), ("topic", pa.string()), ("entities", pa.list_(pa.string())),
    ("item", pa.string()), ("period", pa.string()), ("sentence", pa.string()),
    ("published", pa.string()),
])
_DAY0 = np.datetime64("2019-01-01")
_DAYS = int((np.datetime64("2026-06-30") - _DAY0).astype(int))


def _surface(value: float, unit: str) -> tuple[str, float]:
    """A human-looking quantity expression and the value it stands for."""
    if unit in ("USD", "EUR"):
        sign = "$" if unit == "USD" else "€"
        if value >= 1e9:
            return f"{sign}{value / 1e9:.1f} billion", round(value / 1e8) * 1e8
        return f"{sign}{value / 1e6:.1f} million", round(value / 1e5) * 1e5
    words = {"t": "tonnes", "TEU": "TEU", "day": "days", "bbl": "barrels", "m3": "cubic metres",
             "MW": "MW", "km": "km", "%": "%", "count": "trains"}
    if value >= 1e6:
        return f"{value / 1e6:.2f} million {words[unit]}", round(value / 1e4) * 1e4
    if unit == "%":
        return f"{value:.1f}%", round(value, 1)
    return f"{round(value):,} {words[unit]}", float(round(value))


def _period(rng: np.random.Generator, published_year: int, projection: bool) -> str:
    if projection:
        return str(published_year + int(rng.integers(1, 6)))
    year = published_year - int(rng.integers(0, 3))
    if rng.random() < 0.15:
        return f"{year}-01/{year}-{int(rng.integers(3, 12)):02d}"
    return str(year)


def make_claims(n_claims: int, seed: int) -> tuple[pa.Table, pa.Table]:
    """Build the claims and documents tables in memory."""
    rng = np.random.default_rng(seed)
    per_doc = rng.integers(4, 17, size=n_claims // 6 + 1)
    doc_of = np.repeat(np.arange(per_doc.size), per_doc)[:n_claims]
    n_docs = int(doc_of[-1]) + 1
    doc_ids = [f"{x:016x}" for x in rng.integers(0, 2**63, size=n_docs)]
    doc_day = rng.integers(0, _DAYS, size=n_docs)
    doc_outlet = rng.integers(0, len(OUTLETS), size=n_docs)
    metric_of = rng.integers(0, len(METRICS), size=n_claims)
    ent_a = rng.integers(0, len(ENTITIES), size=n_claims)
    ent_b = rng.integers(0, len(ENTITIES), size=n_claims)
    two = rng.random(n_claims) < 0.5
    proj = rng.random(n_claims) < 0.2
    frac = rng.random(n_claims)
    claim_ids = [f"{x:016x}" for x in rng.integers(0, 2**63, size=n_claims)]
    cols: dict[str, list[object]] = {k: [] for k in (
        "claim_id", "doc_id", "start", "end", "surface", "value", "value_high", "unit", "per",
        "approx", "change", "kind", "metric", "topic", "entities", "item", "period",
        "sentence", "published")}
    texts: list[list[str]] = [[] for _ in range(n_docs)]
    offsets = [0] * n_docs
    for i in range(n_claims):
        d = int(doc_of[i])
        metric, unit, topic, low, high = METRICS[metric_of[i]]
        published = str(_DAY0 + int(doc_day[d]))
        year = int(published[:4])
        surface, value = _surface(low * (high / low) ** frac[i], unit)
        ents = [ENTITIES[ent_a[i]]]
        if two[i] and ent_b[i] != ent_a[i]:
            ents.append(ENTITIES[ent_b[i]])
        period = _period(rng, year, bool(proj[i]))
        verb = "is expected to reach" if proj[i] else "reached"
        head = f"{' and '.join(ents)} {metric} {verb} "
        sentence = f"{head}{surface} in {period}, {OUTLETS[doc_outlet[d]]} reported (item {i})."
        start = offsets[d] + len(head)
        texts[d].append(sentence)
        offsets[d] += len(sentence) + 1
        for key, val in (
            ("claim_id", claim_ids[i]), ("doc_id", doc_ids[d]), ("start", start),
            ("end", start + len(surface)), ("surface", surface), ("value", value),
            ("value_high", None), ("unit", unit), ("per", "year" if unit in ("t", "TEU") else None),
            ("approx", None), ("change", None), ("kind", "projection" if proj[i] else "actual"),
            ("metric", metric), ("topic", topic), ("entities", ents),
            ("item", "trains" if unit == "count" else None), ("period", period),
            ("sentence", sentence), ("published", published),
        ):
            cols[key].append(val)
    claims = pa.table(cols, schema=CLAIMS_SCHEMA)
    docs = pa.table({
        "doc_id": doc_ids,
        "path": [f"synthetic/{i:06d}.txt" for i in range(n_docs)],
        "title": [f"Synthetic report {i}" for i in range(n_docs)],
        "published": [str(_DAY0 + int(x)) for x in doc_day],
        "place": [PLACES[i % len(PLACES)] or None for i in range(n_docs)],
        "source_url": [f"https://example.org/news/{i}" for i in range(n_docs)],
        "outlet": [OUTLETS[x] for x in doc_outlet],
        "text": [" ".join(t) for t in texts],
        "sha256": doc_ids,
        "n_claims": np.bincount(doc_of, minlength=n_docs).tolist(),
    })
    return claims, docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=20240311)
    args = parser.parse_args()
    started = time.perf_counter()
    claims, docs = make_claims(args.claims, args.seed)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    pq.write_table(claims, args.out_dir / "claims.parquet", row_group_size=256_000)
    pq.write_table(docs, args.out_dir / "documents.parquet", row_group_size=16_000)
    (args.out_dir / "datapackage.json").write_text(json.dumps(
        {"name": "synthetic-claims", "title": "Synthetic claims for benchmarks",
         "resources": [{"name": "claims", "path": "claims.parquet"},
                       {"name": "documents", "path": "documents.parquet"}]}, indent=2))
    elapsed = time.perf_counter() - started
    print(f"{claims.num_rows} claims in {docs.num_rows} documents -> {args.out_dir} "
          f"({elapsed:.1f} s)")


if __name__ == "__main__":
    main()
