"""Corpus in, dataset out: load every input, parse (cached, optionally in processes), write.

`extract_corpus` builds a data folder from article folders; `ingest_upload` adds one
uploaded article to a data folder and rebuilds it; `ensure_dataset` rebuilds when the
inputs or the parser changed. All three hold the data folder's lock while they work, so
concurrent callers (CLI runs, app workers) queue rather than interleave, and every file
is replaced atomically. Each input ends up accounted for in `inputs.csv`: parsed, a
duplicate of another document, or rejected with a reason.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from dashboard.corpus import (
    RE_HTML_START,
    Document,
    ManifestEntry,
    Rejection,
    detect_kind,
    find_sources,
    load_bytes,
    load_document,
    read_manifest,
)
from dashboard.dataset import (
    build_claims,
    build_documents,
    check_valid,
    frame_from_rows,
    sort_documents,
)
from dashboard.decoding import Reason, normalise_text
from dashboard.export import (
    atomic_write,
    commit_files,
    iter_dataset_files,
    locked,
    read_parquet,
    recover,
)
from dashboard.parsing import parse_documents, parse_one, parser_version, write_cached
from dashboard.reconcile import reconcile
from dashboard.schema import DOCUMENTS, INPUTS

BUILD_FILE = "build.json"
CACHE_DIR = ".cache"
ARTICLES_DIR = "articles"
UPLOADS_DIR = "uploads"


@dataclass(frozen=True, slots=True)
class Summary:
    """What a build did. `ok` is False when any input was rejected."""

    n_inputs: int
    n_documents: int
    n_duplicates: int
    n_claims: int
    n_cached: int
    n_parsed: int
    rejections: tuple[Rejection, ...]
    files: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.rejections


@dataclass(frozen=True, slots=True)
class UploadResult:
    """The outcome of one upload, with a message to show. `display_name` is never a path."""

    ok: bool
    display_name: str
    message: str
    doc_id: str | None = None
    n_claims: int = 0
    duplicate: bool = False
    reason: str | None = None


# --- versions and fingerprints -----------------------------------------------------------------


def input_fingerprint(paths: Sequence[Path]) -> str:
    """A hash of the input listing and of every file's bytes.

    Content, not modification times: a fresh clone (new mtimes, same files) is not stale, and
    hashing is cheap next to parsing (30 MB in a fraction of a second).
    """
    sources, missing = find_sources(paths)
    digest = hashlib.sha256()
    entries = [(s.path, s.full_path) for s in sources]
    # Named by position, not spelling: "data/articles" and its absolute path are one input.
    entries += [(f"input {i}/manifest.csv", root / "manifest.csv") for i, root in enumerate(paths)]
    for name, full in entries:
        try:
            with full.open("rb") as handle:
                content = hashlib.file_digest(handle, "sha256").hexdigest()
            digest.update(f"{name}\0{content}\n".encode())
        except OSError:
            digest.update(f"{name}\0missing\n".encode())
    digest.update(repr([m.path for m in missing]).encode())
    return digest.hexdigest()[:16]


def _record_path(path: Path, out_dir: Path) -> str:
    """An input path as stored in build.json: relative to the data folder when inside it."""
    rel = os.path.relpath(path.resolve(), out_dir.resolve())
    return Path(rel).as_posix() if not rel.startswith("..") else str(path.resolve())


def recorded_inputs(data_dir: Path) -> list[Path]:
    """The inputs the data folder was built from (default: its `articles` folder)."""
    try:
        build = json.loads((data_dir / BUILD_FILE).read_text(encoding="utf-8"))
        return [data_dir / p for p in build["inputs"]]  # absolute paths stay absolute
    except (OSError, ValueError, KeyError, TypeError):
        return [data_dir / ARTICLES_DIR]


# --- the build -------------------------------------------------------------------------------


def _load_inputs(paths: Sequence[Path]) -> tuple[list[Document], list[dict[str, Any]]]:
    """Distinct documents in input order, and one accounting row per input."""
    sources, missing = find_sources(paths)
    manifests: dict[Path, dict[str, ManifestEntry]] = {}
    records = [_rejected_row(r) for r in missing]
    for root in sorted({s.root for s in sources} | {p for p in paths if p.is_dir()}):
        manifests[root], problem = read_manifest(root)
        if problem is not None:
            records.append(_rejected_row(problem))
    docs: dict[str, Document] = {}
    for source in sources:
        loaded = load_document(source, manifests.get(source.root) or {})
        if isinstance(loaded, Rejection):
            records.append(_rejected_row(loaded))
            continue
        status = "duplicate" if loaded.doc_id in docs else "parsed"
        docs.setdefault(loaded.doc_id, loaded)
        records.append({"path": source.path, "status": status, "doc_id": loaded.doc_id,
                        "encoding": loaded.encoding})
    return list(docs.values()), records


def _rejected_row(rejection: Rejection) -> dict[str, Any]:
    return {"path": rejection.path, "status": "rejected", "reason": rejection.reason.value,
            "message": rejection.message}


def build_derived_tables(claims: pd.DataFrame,
                         documents: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """Tables derived from the claims by `dashboard.reconcile`: the claims with their
    `series_id`, and the series, disagreements, forecasts and implied tables.

    Returns {table name: frame}; each name is registered in `schema.TABLES`. The frame
    named "claims" replaces the claims table. They are committed with the rest.
    """
    del documents  # reconciliation reads only the claims (they carry `published`)
    return reconcile(claims)


def _build(paths: Sequence[Path], out_dir: Path, jobs: int, progress: bool) -> Summary:
    """The whole build; the caller holds `locked(out_dir)`."""
    recover(out_dir)
    # Taken before the inputs are read: a file edited during the build leaves the dataset
    # stale (rebuilt next time) instead of recorded as up to date with content it lacks.
    fingerprint = input_fingerprint(paths)
    docs, records = _load_inputs(paths)
    results, failures, n_cached = parse_documents(docs, out_dir / CACHE_DIR / "parse",
                                                  jobs=jobs, progress=progress)
    failed = {r.path: r for r in failures}
    failed_ids = {d.doc_id: failed[d.path] for d in docs if d.path in failed}
    records = [_rejected_row(failed_ids[r["doc_id"]]) | {"path": r["path"]}
               if r.get("doc_id") in failed_ids else r for r in records]
    documents = sort_documents(d for d in docs if d.doc_id not in failed_ids)
    claims = build_claims(documents, results)
    counts = {str(k): int(v) for k, v in claims["doc_id"].value_counts().items()}
    frames = {"claims": claims, "documents": build_documents(documents, counts)}
    check_valid(frames["claims"], frames["documents"])
    frames["inputs"] = frame_from_rows(sorted(records, key=lambda r: r["path"]), INPUTS)
    frames |= build_derived_tables(frames["claims"], frames["documents"])
    del results  # the frames hold the claims now; keep the peak down for large corpora
    files = commit_files(out_dir, iter_dataset_files(frames), last=lambda hashes: (
        BUILD_FILE, _build_record(paths, out_dir, fingerprint, hashes)))
    rejections = tuple(Rejection(r["path"], Reason(r["reason"]), r["message"])
                       for r in records if r["status"] == "rejected")
    return Summary(
        n_inputs=len(records), n_documents=len(documents),
        n_duplicates=sum(r["status"] == "duplicate" for r in records),
        n_claims=len(claims), n_cached=n_cached, n_parsed=len(docs) - n_cached,
        rejections=rejections, files=tuple(files),
    )


def _build_record(paths: Sequence[Path], out_dir: Path, fingerprint: str,
                  hashes: Mapping[str, str]) -> bytes:
    """build.json, committed last: the inputs, versions and a hash of every file."""
    record = {
        "inputs": [_record_path(p, out_dir) for p in paths],
        "parser_version": parser_version(),
        "input_fingerprint": fingerprint,
        "files": dict(hashes),
    }
    return (json.dumps(record, indent=2) + "\n").encode()


def extract_corpus(paths: Iterable[Path | str], out_dir: Path | str, jobs: int = 1,
                   progress: bool = True) -> Summary:
    """Build the dataset in `out_dir` from article files and folders."""
    out = Path(out_dir)
    inputs = [Path(p) for p in paths]
    with locked(out):
        return _build(inputs, out, max(1, jobs), progress)


def is_stale(data_dir: Path) -> bool:
    """True when the dataset is missing, or its inputs or the parser changed since."""
    try:
        build = json.loads((data_dir / BUILD_FILE).read_text(encoding="utf-8"))
        files = build["files"]
        inputs = recorded_inputs(data_dir)
        return (build["parser_version"] != parser_version()
                or build["input_fingerprint"] != input_fingerprint(inputs)
                or not all((data_dir / name).is_file() for name in files))
    except (OSError, ValueError, KeyError, TypeError):
        return True


def ensure_dataset(data_dir: Path | str, *, jobs: int = 1,
                   progress: bool = False) -> Summary | None:
    """Rebuild the data folder if it is stale; None when it was already up to date."""
    data = Path(data_dir)
    if not is_stale(data):
        return None
    with locked(data):
        if not is_stale(data):  # another process rebuilt it while we waited
            return None
        return _build(recorded_inputs(data), data, max(1, jobs), progress)


# --- uploads -----------------------------------------------------------------------------------


def display_name(filename: str) -> str:
    """The upload's name for messages only: last component, no controls, at most 100 chars."""
    name = normalise_text(filename.replace("\\", "/").rsplit("/", 1)[-1])
    name = re.sub(r"\s+", " ", name) or "upload"
    return name if len(name) <= 100 else name[:99] + "…"


def _upload_kind(name: str, content: bytes) -> str | None:
    if "." not in name.strip("."):
        return "html" if RE_HTML_START.match(content[:2048].decode("latin-1")) else "text"
    return detect_kind(name)


def ingest_upload(data_dir: Path | str, filename: str, content: bytes) -> UploadResult:
    """Check an uploaded article, store it under a content-hash name, rebuild the dataset.

    A rejected file changes nothing. The same article twice is one document.
    """
    data = Path(data_dir)
    shown = display_name(filename)
    loaded = load_bytes(content, path=shown, kind=_upload_kind(shown, content))
    if isinstance(loaded, Rejection):
        return UploadResult(False, shown, f"{shown}: {loaded.message}",
                            reason=loaded.reason.value)
    rows, error = parse_one((loaded.text, loaded.published))
    if rows is None:
        return UploadResult(False, shown, f"{shown}: {error}", reason=Reason.PARSE_ERROR.value)
    with locked(data):
        known = _known_doc_ids(data)
        if loaded.doc_id not in known:
            inputs = recorded_inputs(data)
            folder = next((p for p in inputs if p.is_dir()), data / ARTICLES_DIR) / UPLOADS_DIR
            suffix = ".html" if detect_kind(shown) == "html" or RE_HTML_START.match(
                loaded.text) else ".txt"
            write_cached(data / CACHE_DIR / "parse", loaded, rows)
            atomic_write(folder / f"{loaded.doc_id}{suffix}", content)
            _build(inputs, data, 1, False)
    if loaded.doc_id in known:
        return UploadResult(True, shown, f"{shown} is already in the corpus.",
                            doc_id=loaded.doc_id, n_claims=len(rows), duplicate=True)
    return UploadResult(True, shown, f"{shown}: added with {len(rows)} claims.",
                        doc_id=loaded.doc_id, n_claims=len(rows))


def _known_doc_ids(data_dir: Path) -> set[str]:
    path = data_dir / "documents.parquet"
    if not path.is_file():
        return set()
    return set(read_parquet(path, DOCUMENTS)["doc_id"])


def read_build(data_dir: Path) -> Mapping[str, Any]:
    """The build record of a data folder ({} when there is none)."""
    try:
        record = json.loads((data_dir / BUILD_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return record if isinstance(record, dict) else {}

