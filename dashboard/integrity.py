"""`check`: prove a data folder is whole.

Every input accounted as parsed, duplicate or rejected; every claim resolves to its
stored text; the files are the ones the last build wrote (build.json hashes), no temp
files are left behind, the CSV and JSON copies hold exactly what the Parquet holds; and a
rebuild from the raw articles into a temporary folder reproduces every file byte for byte.
"""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from dashboard.corpus import find_sources
from dashboard.dataset import validate
from dashboard.export import JOURNAL_NAME, TEMP_PREFIX, locked, read_csv, read_json, read_parquet
from dashboard.ingest import BUILD_FILE, extract_corpus, read_build, recorded_inputs
from dashboard.schema import CLAIMS, DOCUMENTS, INPUTS, TABLES


@dataclass(frozen=True, slots=True)
class CheckReport:
    """The outcome of `check_data_dir`; `ok` when there is no problem."""

    problems: tuple[str, ...]
    counts: dict[str, int] = field(default_factory=dict)
    rebuilt: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems


def check_data_dir(data_dir: Path | str, *, rebuild: bool = True) -> CheckReport:
    """Run every check on a data folder (holding its lock, so no writer changes it meanwhile)."""
    data = Path(data_dir)
    build = read_build(data)
    if not build:
        return CheckReport((f"{data / BUILD_FILE} is missing: run `extract` first",))
    with locked(data):
        problems = _check_files(data, build)
        if problems:
            return CheckReport(tuple(problems))
        claims = read_parquet(data / "claims.parquet", CLAIMS)
        documents = read_parquet(data / "documents.parquet", DOCUMENTS)
        inputs = read_csv(data / "inputs.csv", INPUTS)
        problems += validate(claims, documents)
        problems += _check_copies(data, {"claims": claims, "documents": documents})
        problems += _check_accounting(recorded_inputs(data), inputs, documents)
        if rebuild:
            problems += _check_rebuild(data, recorded_inputs(data), build["files"])
    counts = {"inputs": len(inputs), "documents": len(documents), "claims": len(claims),
              **{s: int((inputs["status"] == s).sum()) for s in ("parsed", "duplicate",
                                                                  "rejected")}}
    return CheckReport(tuple(problems), counts, rebuilt=rebuild)


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _check_files(data: Path, build: Mapping[str, Any]) -> list[str]:
    """Files present and unchanged since the build; no temp files of a killed writer."""
    problems = [f"leftover temp file {p.name}" for p in data.glob(f"{TEMP_PREFIX}*.tmp")]
    if (data / JOURNAL_NAME).exists():
        problems.append("a write was interrupted: run `extract` again to finish it")
    files = build.get("files")
    if not isinstance(files, dict):
        return [*problems, "build.json lists no files"]
    for name, digest in sorted(files.items()):
        path = data / name
        if not path.is_file():
            problems.append(f"{name} is missing")
        elif _sha256(path) != digest:
            problems.append(f"{name} changed since the build (hash differs from build.json)")
    for needed in ("claims.parquet", "documents.parquet", "inputs.csv"):
        if needed not in files:
            problems.append(f"build.json does not list {needed}")
    return problems


def _check_copies(data: Path, frames: dict[str, pd.DataFrame]) -> list[str]:
    """The CSV and JSON copies read back to exactly the Parquet frames."""
    problems = []
    for name, frame in frames.items():
        table = TABLES[name]
        for ext, reader in (("csv", read_csv), ("json", read_json)):
            if not frame.equals(reader(data / f"{name}.{ext}", table)):
                problems.append(f"{name}.{ext} does not hold the same rows as {name}.parquet")
    return problems


def _check_accounting(inputs: Sequence[Path], recorded: pd.DataFrame,
                      documents: pd.DataFrame) -> list[str]:
    """Every input file has one row in inputs.csv, and parsed rows match the documents."""
    sources, _ = find_sources(inputs)
    on_disk = {s.path for s in sources}
    listed = set(recorded["path"])
    problems = [f"input {p} is not accounted for in inputs.csv" for p in sorted(on_disk - listed)]
    gone = listed - on_disk - set(recorded.loc[recorded["status"] == "rejected", "path"])
    problems += [f"inputs.csv lists {p}, which is no longer there" for p in sorted(gone)]
    parsed = recorded.loc[recorded["status"] == "parsed", "doc_id"]
    if sorted(parsed) != sorted(documents["doc_id"]):
        problems.append("the parsed inputs and the documents table differ")
    dup_ids = set(recorded.loc[recorded["status"] == "duplicate", "doc_id"])
    if not dup_ids <= set(documents["doc_id"]):
        problems.append("a duplicate input points at no document")
    return problems


def _check_rebuild(data: Path, inputs: Sequence[Path], files: dict[str, str]) -> list[str]:
    """Rebuild from the raw articles, without any cache, and compare every file."""
    with tempfile.TemporaryDirectory(prefix="dashboard-check-") as tmp:
        extract_corpus(inputs, tmp, jobs=1, progress=False)
        problems = []
        for name in sorted(files):
            rebuilt = Path(tmp) / name
            if not rebuilt.is_file():
                problems.append(f"the rebuild did not write {name}")
            elif (data / name).read_bytes() != rebuilt.read_bytes():
                problems.append(f"the rebuild from the raw articles differs in {name}")
        return problems
