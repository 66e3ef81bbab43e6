"""Parsing documents into claim rows: in worker processes when asked (`jobs`), and cached on
disk by document and parser version, so an unchanged article is parsed once.

`parser_version` is a hash of the package's code (the app excepted): a cached parse dies with
any change to the code that made it, and `build.json` records it.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import sys
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from tqdm import tqdm

from dashboard.claim import CLAIM_FIELD_ORDER, Claim
from dashboard.corpus import Document, Rejection
from dashboard.decoding import Reason
from dashboard.export import atomic_write

_PACKAGE_DIR = Path(__file__).resolve().parent
ClaimRows = list[dict[str, Any]]


def parser_version() -> str:
    """A hash of the package's code (the app excepted): cached parses die with any change."""
    digest = hashlib.sha256()
    for path in sorted(_PACKAGE_DIR.rglob("*.py")):
        rel = path.relative_to(_PACKAGE_DIR).as_posix()
        if not rel.startswith("app/"):
            digest.update(rel.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def parse_one(item: tuple[str, str | None]) -> tuple[ClaimRows | None, str | None]:
    """Parse one text: (claim rows, None) or (None, error). Runs in worker processes."""
    from dashboard.parser import extract_claims  # lazy: workers import it themselves

    text, published = item
    try:
        rows = [_claim_row(claim) for claim in extract_claims(text, published=published)]
        json.dumps(rows, allow_nan=False)  # NaN or Infinity would break JSON and the cache
    except Exception as err:  # one bad document must not stop the others
        return None, f"the parser failed: {type(err).__name__}: {err}"
    for row in rows:
        if text[row["start"]:row["end"]] != row["surface"]:
            return None, f"the parser returned a claim off its text at {row['start']}"
    return rows, None


def _claim_row(claim: Claim) -> dict[str, Any]:
    """`Claim.to_dict()` without dataclasses.asdict's deep copies (3x faster here)."""
    row = {name: getattr(claim, name) for name in CLAIM_FIELD_ORDER}
    for name in ("approx", "change", "kind", "topic"):
        if row[name] is not None:
            row[name] = row[name].value
    row["entities"] = list(claim.entities)
    return row


def _run_parser(items: list[tuple[str, str | None]], jobs: int) -> Iterator[tuple[Any, Any]]:
    if jobs <= 1 or len(items) < 2:
        yield from map(parse_one, items)
        return
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    with ProcessPoolExecutor(max_workers=jobs,
                             mp_context=multiprocessing.get_context(method)) as pool:
        yield from pool.map(parse_one, items, chunksize=max(1, len(items) // (jobs * 8)))


def _cache_key(version: str, doc: Document) -> str:
    return hashlib.sha256(f"{version}\0{doc.sha256}\0{doc.published or ''}".encode()).hexdigest()


def write_cached(cache_dir: Path, doc: Document, rows: ClaimRows) -> None:
    """Keep a document's claim rows (parsed elsewhere: an upload) where a build finds them."""
    path = cache_dir / f"{_cache_key(parser_version(), doc)}.json"
    atomic_write(path, json.dumps(rows, ensure_ascii=False).encode(), durable=False)


# Claim fields with few distinct values: interned when read from the cache, so 300,000
# cached claims share their "t", "actual" and "trade" strings as freshly parsed ones do.
_SHARED_FIELDS = ("unit", "per", "approx", "change", "kind", "metric", "topic", "item", "period")


def _read_cache(path: Path) -> ClaimRows | None:
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
        return None
    for row in rows:
        for name in _SHARED_FIELDS:
            if isinstance(row.get(name), str):
                row[name] = sys.intern(row[name])
        row["entities"] = [sys.intern(e) for e in row.get("entities") or () if isinstance(e, str)]
    return rows


def parse_documents(docs: Sequence[Document], cache_dir: Path, *, jobs: int = 1,
                    progress: bool = False) -> tuple[dict[str, ClaimRows], list[Rejection], int]:
    """Claims of each document by doc_id, parse failures, and how many came from the cache."""
    version = parser_version()
    cache_dir.mkdir(parents=True, exist_ok=True)
    results: dict[str, ClaimRows] = {}
    todo: list[tuple[Document, Path]] = []
    for doc in docs:
        path = cache_dir / f"{_cache_key(version, doc)}.json"
        cached = _read_cache(path)
        if cached is None:
            todo.append((doc, path))
        else:
            results[doc.doc_id] = cached
    n_cached, failures = len(results), []
    items = [(doc.text, doc.published) for doc, _ in todo]
    with tqdm(total=len(docs), initial=n_cached, disable=not progress, unit="doc",
              desc="parsing") as bar:
        for (doc, path), (rows, error) in zip(todo, _run_parser(items, jobs), strict=True):
            bar.update()
            if error is not None:
                failures.append(Rejection(doc.path, Reason.PARSE_ERROR, error))
                continue
            results[doc.doc_id] = rows
            atomic_write(path, json.dumps(rows, ensure_ascii=False).encode(), durable=False)
    used = {f"{_cache_key(version, doc)}.json" for doc in docs}
    for stale in cache_dir.glob("*.json"):
        if stale.name not in used:  # entries of earlier parser versions or removed articles
            stale.unlink(missing_ok=True)
    return results, failures, n_cached
