"""Crash safety and concurrency (R12): a writer killed mid-write leaves the previous dataset
(or, past its commit point, the new one once recovered) and no temp files; concurrent
ingests queue on the lock and all land."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from dashboard.export import JOURNAL_NAME, TEMP_PREFIX, locked, read_parquet
from dashboard.ingest import extract_corpus, ingest_upload
from dashboard.integrity import check_data_dir
from dashboard.schema import DOCUMENTS

REPO = Path(__file__).resolve().parent.parent
DATASET = ("claims.csv", "claims.parquet", "claims.json", "documents.csv", "documents.parquet",
           "documents.json", "inputs.csv", "datapackage.json", "build.json")
# Child processes use the stand-in parser too (from conftest, found through PYTHONPATH).
FAKE_PARSER = r"""
import dashboard.parser
from conftest import fake_extract_claims
dashboard.parser.extract_claims = fake_extract_claims
"""
# Runs extract_corpus, stopping forever just before the rename onto `argv[3]`.
BLOCKING_WRITER = FAKE_PARSER + r"""
import os, sys
from pathlib import Path
real_replace = os.replace
def replace(src, dst):
    if Path(dst).name == sys.argv[3]:
        print("READY", flush=True)
        sys.stdin.read()
    real_replace(src, dst)
os.replace = replace
from dashboard.ingest import extract_corpus
extract_corpus([Path(sys.argv[1])], Path(sys.argv[2]), progress=False)
print("FINISHED", flush=True)
"""
UPLOADER = FAKE_PARSER + r"""
import sys
from pathlib import Path
from dashboard.ingest import ingest_upload
print("STARTED", flush=True)
result = ingest_upload(Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3]).read_bytes())
print("OK" if result.ok else result.message, flush=True)
"""


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), str(REPO / "tests")])}


def _hashes(folder: Path) -> dict[str, str]:
    return {n: hashlib.sha256((folder / n).read_bytes()).hexdigest() for n in DATASET}


def _temps(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.glob(f"{TEMP_PREFIX}*"))


def _kill_writer_at(corpus: Path, out: Path, name: str) -> None:
    """Start a writer, wait until it is about to rename onto `name`, then SIGKILL it."""
    proc = subprocess.Popen([sys.executable, "-c", BLOCKING_WRITER, str(corpus), str(out), name],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=_env(), text=True)
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "READY"  # blocks until the writer is there
        proc.send_signal(signal.SIGKILL)
        assert proc.wait(timeout=30) == -signal.SIGKILL
    finally:
        proc.kill()
        proc.communicate()


pytestmark = pytest.mark.usefixtures("fake_parser")


@pytest.fixture
def built(tmp_path: Path, make_corpus: Callable[..., Path]) -> tuple[Path, Path]:
    """A data folder built from a corpus, and that corpus with one more article since."""
    corpus = make_corpus(tmp_path / "corpus")
    out = tmp_path / "data"
    extract_corpus([corpus], out, progress=False)
    (corpus / "articles" / "d-new.txt").write_text("Grain exports reached 2.9 million tonnes.")
    return corpus, out


def test_killed_before_the_commit_point_leaves_the_previous_dataset(
        built: tuple[Path, Path]) -> None:
    corpus, out = built
    before = _hashes(out)
    _kill_writer_at(corpus, out, JOURNAL_NAME)
    assert _hashes(out) == before  # every file is the previous one
    assert _temps(out)  # the killed writer's staged files are still there ...
    assert check_data_dir(out, rebuild=False).problems[0].startswith("leftover temp file")
    assert extract_corpus([corpus], out, progress=False).n_documents == 4
    assert _temps(out) == [] and not (out / JOURNAL_NAME).exists()  # ... until the next writer
    assert check_data_dir(out).ok


def test_killed_after_the_commit_point_is_rolled_forward(built: tuple[Path, Path],
                                                         tmp_path: Path) -> None:
    corpus, out = built
    _kill_writer_at(corpus, out, "documents.csv")  # claims.* already renamed: a torn dataset
    assert (out / JOURNAL_NAME).exists()
    assert any("interrupted" in p for p in check_data_dir(out, rebuild=False).problems)
    extract_corpus([corpus], out, progress=False)
    assert _temps(out) == [] and not (out / JOURNAL_NAME).exists()
    extract_corpus([corpus], tmp_path / "fresh", progress=False)
    fresh = _hashes(tmp_path / "fresh")
    assert {k: v for k, v in _hashes(out).items() if k != "build.json"} == {
        k: v for k, v in fresh.items() if k != "build.json"}
    assert check_data_dir(out).ok


def test_two_concurrent_upload_processes_both_land(built: tuple[Path, Path],
                                                   tmp_path: Path) -> None:
    _, out = built
    articles = []
    for i, text in enumerate(["Poti handled 17% more boxes.", "Kuryk expects 2.2 million t."]):
        articles.append(tmp_path / f"up{i}.txt")
        articles[-1].write_text(text)
    with locked(out):  # both start while the folder is busy, so they queue on the lock
        procs = [subprocess.Popen([sys.executable, "-c", UPLOADER, str(out), f"up{i}.txt",
                                   str(path)], stdout=subprocess.PIPE, env=_env(), text=True)
                 for i, path in enumerate(articles)]
        for proc in procs:
            assert proc.stdout is not None and proc.stdout.readline().strip() == "STARTED"
    outputs = [proc.communicate(timeout=120)[0].strip() for proc in procs]
    assert outputs == ["OK", "OK"]
    documents = read_parquet(out / "documents.parquet", DOCUMENTS)
    assert len(documents) == 6  # three built, d-new.txt (a rebuild reads the folder), two uploaded
    assert documents["path"].str.startswith("uploads/").sum() == 2
    assert check_data_dir(out, rebuild=False).ok


def test_concurrent_uploads_in_threads_all_land(built: tuple[Path, Path]) -> None:
    _, out = built
    texts = [f"Port {i} handled {i + 1} million tonnes.".encode() for i in range(4)]
    results = []
    threads = [threading.Thread(target=lambda t=t: results.append(
        ingest_upload(out, "x.txt", t))) for t in texts]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert len(results) == 4 and all(r.ok for r in results)
    assert len(read_parquet(out / "documents.parquet", DOCUMENTS)) == 3 + 1 + 4
