"""The seeded test dataset, built in code (no downloads, no parser).

Claims are placed into generated sentences with exact offsets, so every test knows what
the app must show. One document carries hostile text (script tags, formula payloads, a
bidi override) that the app must show literally and the downloads must neutralise.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dashboard.dataset import frame_from_rows, make_claim_id
from dashboard.export import commit_files, iter_dataset_files
from dashboard.schema import CLAIMS, DOCUMENTS

SEED = 20240311
ENTITIES = ("Kazakhstan", "Azerbaijan", "Georgia", "China", "Türkiye")
# (metric, unit, topic, surface template, value factor)
METRICS = (
    ("trade turnover", "USD", "trade", "${:.1f} million", 1e6),
    ("cargo volume", "t", "logistics", "{:.1f} million tonnes", 1e6),
    ("container volume", "TEU", "logistics", "{:,.0f} TEU", 1.0),
    ("gas exports", "m3", "energy", "{:.1f} bcm", 1e9),
)
HOSTILE_TEXT = ("Officials said <script>window.__pwned = 1</script> and "
                "<img src=x onerror=\"window.__pwned = 2\"> trade reached $42.5 million "
                "in 2023. =HYPERLINK(\"http://evil.example\",\"click\") cargo was "
                "+7.5 million tonnes in 2024. \u202eevil\u202c")


@dataclass(frozen=True)
class FixtureData:
    """What the seeded dataset holds, for assertions."""

    data_dir: Path
    claims: list[dict[str, Any]]
    documents: list[dict[str, Any]]

    def claims_where(self, **conditions: Any) -> list[dict[str, Any]]:
        return [c for c in self.claims if all(c.get(k) == v for k, v in conditions.items())]


def _sentence(rng: random.Random, metric: tuple[str, str, str, str, float],
              year: int, projection: bool) -> tuple[str, str, float, list[str], str]:
    name, _unit, _topic, template, factor = metric
    ents = rng.sample(ENTITIES, k=rng.choice((1, 2)))
    number = rng.uniform(1, 900) if factor != 1.0 else rng.uniform(1000, 90000)
    surface = template.format(number)
    value = float(f"{number:.1f}") * factor if factor != 1.0 else float(round(number))
    verb = "is expected to reach" if projection else "reached"
    head = f"{' and '.join(ents)} {name} {verb} "
    return head, surface, value, ents, f" in {year}."


def build_documents(seed: int = SEED, n_docs: int = 12) -> tuple[list[dict[str, Any]],
                                                                   list[dict[str, Any]]]:
    """Claims and documents rows, reproducible from `seed`."""
    rng = random.Random(seed)
    claims: list[dict[str, Any]] = []
    documents: list[dict[str, Any]] = []
    for d in range(n_docs):
        published = f"{2021 + d % 5}-{1 + (d * 5) % 12:02d}-{1 + (d * 7) % 27:02d}"
        parts: list[str] = [f"Report {d} on the corridor.\n\n"]
        rows: list[tuple[int, int, str, float, list[str], tuple[Any, ...], str, str]] = []
        for _ in range(rng.randint(3, 7)):
            metric = rng.choice(METRICS)
            projection = rng.random() < 0.25
            year = int(published[:4]) + (rng.randint(1, 4) if projection else -rng.randint(0, 1))
            head, surface, value, ents, tail = _sentence(rng, metric, year, projection)
            start = sum(map(len, parts)) + len(head)
            parts.append(head + surface + tail + " ")
            rows.append((start, start + len(surface), surface, value, ents, metric,
                         "projection" if projection else "actual", str(year)))
        text = "".join(parts).rstrip() + "\n"
        documents.append(_document(d, text, published, rows, claims))
    text = HOSTILE_TEXT
    rows = []
    for surface, metric, value, year in (("$42.5 million", METRICS[0], 42.5e6, "2023"),
                                         ("+7.5 million tonnes", METRICS[1], 7.5e6, "2024")):
        start = text.index(surface)
        rows.append((start, start + len(surface), surface, value, ["Georgia"], metric,
                     "actual", year))
    documents.append(_document(n_docs, text, "2025-06-01", rows, claims,
                               title="=cmd|' /C calc'!A0 <b>Hostile</b>"))
    return claims, documents


def _document(d: int, text: str, published: str, rows: list[Any], claims: list[dict[str, Any]],
              title: str | None = None) -> dict[str, Any]:
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    doc_id = digest[:16]
    sentences = {}
    for start, end, surface, value, ents, metric, kind, period in rows:
        sentence_start = text.rfind(". ", 0, start) + 2 if ". " in text[:start] else 0
        sentence_end = text.find(".", end) + 1 or len(text)
        sentences[start] = text[sentence_start:sentence_end].strip()
        claims.append({
            "claim_id": make_claim_id(doc_id, start, end), "doc_id": doc_id, "start": start,
            "end": end, "surface": surface, "value": value, "value_high": None,
            "unit": metric[1], "per": None, "approx": None, "change": None, "kind": kind,
            "metric": metric[0], "topic": metric[2], "entities": tuple(ents), "item": None,
            "period": period, "sentence": sentences[start], "published": published,
        })
    return {"doc_id": doc_id, "path": f"articles/{d:03d}.txt",
            "title": title or f"Corridor report {d}", "published": published,
            "place": "Astana" if d % 2 else None,
            "source_url": f"https://news.example/{d}" if d % 3 else None,
            "outlet": ["Trend", "Kazinform", "Xinhua"][d % 3], "text": text,
            "sha256": digest, "n_claims": len(rows)}


def write_dataset(data_dir: Path, claims: list[dict[str, Any]],
                  documents: list[dict[str, Any]]) -> None:
    """Write the rows as a real dataset (the export layer's files and datapackage.json)."""
    frames = {"claims": frame_from_rows(claims, CLAIMS),
              "documents": frame_from_rows(documents, DOCUMENTS)}
    commit_files(data_dir, iter_dataset_files(frames))


# Articles for a corpus-backed data folder (real ingest, for uploads).
ARTICLES = {
    "a-trade.txt": " date 2024-03-11 ASTANA, March 11, 2024 – Since 2020, trade turnover "
                   "between Kazakhstan and Azerbaijan has surged fivefold, reaching $529 "
                   "million.\n",
    "b-port.txt": " date 2025-01-15 The Port of Baku handled 7.6 million tonnes of cargo in "
                  "2024.\n",
}
UPLOAD_ARTICLE = (" date 2025-02-01 BAKU, February 1, 2025 – Container traffic on the "
                  "Middle Corridor reached 50,500 TEU in 2024, and cargo volumes are expected "
                  "to reach 5.2 million tonnes in 2025.\n")


def data_files_digest(data_dir: Path) -> dict[str, str]:
    """A hash of every file under `data_dir` (caches and lock excluded)."""
    out = {}
    for path in sorted(data_dir.rglob("*")):
        rel = path.relative_to(data_dir).as_posix()
        if path.is_file() and not rel.startswith(".cache") and rel != ".lock":
            out[rel] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out




def dash_post(client: Any, app: Any, output: str, inputs: dict[str, Any],
              state: dict[str, Any] | None = None, changed: list[str] | None = None,
              outputs: Any = None) -> Any:
    """Call a callback through Dash's HTTP endpoint, as the browser does.

    `output` is a substring of the callback's output key (e.g. "ov-summary.children");
    `inputs` and `state` map "id.property" (or a JSON id + ".property") to values.
    """
    matches = [key for key in app.callback_map if output in key]
    assert len(matches) == 1, f"{output!r} matches {matches}"
    key = matches[0]
    spec = app.callback_map[key]

    def fill(items: list[dict[str, Any]], values: dict[str, Any]) -> list[dict[str, Any]]:
        filled = []
        for item in items:
            ident = item["id"]
            name = ident if isinstance(ident, str) else json.dumps(ident, sort_keys=True)
            filled.append({**item, "value": values.get(f"{name}.{item['property']}")})
        return filled

    if outputs is None:
        outputs = [{"id": o.split(".")[0], "property": o.split(".")[-1]}
                   for o in key.strip(".").split("...")] if key.startswith("..") else \
            {"id": key.rsplit(".", 1)[0], "property": key.rsplit(".", 1)[1]}
    body = {
        "output": key, "outputs": outputs,
        "inputs": fill(spec["inputs"], inputs), "state": fill(spec["state"], state or {}),
        "changedPropIds": changed if changed is not None else list(inputs)[:1],
    }
    return client.post("/_dash-update-component", json=body)


BOUNDARY = "----corridor-test-boundary"


def multipart(filename: str, content: bytes) -> bytes:
    """A multipart/form-data body with one file field, built by hand (no temp files)."""
    head = (f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; "
            f"filename=\"{filename}\"\r\nContent-Type: application/octet-stream\r\n\r\n")
    return head.encode() + content + f"\r\n--{BOUNDARY}--\r\n".encode()


def write_synthetic(data_dir: Path, n_claims: int, seed: int) -> None:
    """`n_claims` synthetic claims (scripts/make_synthetic.py, the app benchmark's data) as
    the Parquet files the app reads."""
    import pyarrow.parquet as pq

    path = Path(__file__).resolve().parents[2] / "scripts" / "make_synthetic.py"
    spec = importlib.util.spec_from_file_location("make_synthetic", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    claims, documents = module.make_claims(n_claims, seed=seed)
    pq.write_table(claims, data_dir / "claims.parquet")
    pq.write_table(documents, data_dir / "documents.parquet")


# The sidebar's controls as a callback reads them ("id.property"), in its input order.
FILTER_KEYS = ("f-topic.value", "f-metric.value", "f-entity.value", "f-kind.value",
               "f-unit.value", "f-dates.start_date", "f-dates.end_date", "f-year-from.value",
               "f-year-to.value", "f-text.value")


def controls(**values: Any) -> dict[str, Any]:
    """The sidebar's inputs with these values set (`topic=...`; `dates=` is the start date)."""
    out: dict[str, Any] = dict.fromkeys(FILTER_KEYS)
    for key, value in values.items():
        out[f"f-{key}.value" if key != "dates" else "f-dates.start_date"] = value
    return out
