"""The app's only way to the data: a cached, self-refreshing view of one data directory.

A `Store` is created per app (never at module level) and keyed on its data directory.
`Store.snapshot()` returns the current `Snapshot`; when any table file changes on disk
(an upload in this or another worker process, a new `extract` run) the next call loads
the new version, so several processes serving one directory agree after each write.
"""

from __future__ import annotations

import fcntl
import logging
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from dashboard.export import LOCK_NAME
from dashboard.store.filters import FACETS, Filters, parse_iso_date
from dashboard.store.load import (
    CORE_TABLES,
    OPTIONAL_TABLES,
    DataMissingError,
    FileState,
    conform_claims,
    files_signature,
    read_claims,
    read_documents,
    read_optional,
    table_path,
)
from dashboard.store.snapshot import NO_ENTITY, Snapshot, decode_dictionaries

__all__ = (
    "CORE_TABLES",
    "FACETS",
    "NO_ENTITY",
    "OPTIONAL_TABLES",
    "DataMissingError",
    "Filters",
    "Snapshot",
    "Store",
    "decode_dictionaries",
    "parse_iso_date",
    "table_path",
)

_log = logging.getLogger(__name__)
_LOAD_ATTEMPTS = 6


class Store:
    """Loads a data directory on first use and again whenever its files change."""

    def __init__(self, data_dir: Path | str) -> None:
        self.data_dir = Path(data_dir).resolve()
        self._lock = threading.Lock()
        self._snapshot: Snapshot | None = None

    def snapshot(self) -> Snapshot:
        """The current data; reloads (once, under a lock) when the files changed.

        While a writer holds the data folder's lock the previous snapshot is served (it
        is complete and consistent); the first load waits for the writer instead.
        """
        signature = files_signature(self.data_dir)
        current = self._snapshot
        if current is not None and current.signature == signature:
            return current
        with self._lock:
            current = self._snapshot
            signature = files_signature(self.data_dir)
            if current is not None and current.signature == signature:
                return current
            with _shared_lock(self.data_dir, blocking=current is None) as held:
                if not held and current is not None:
                    return current
                current = self._load(files_signature(self.data_dir))
            self._snapshot = current
            return current

    def _load(self, signature: tuple[FileState, ...]) -> Snapshot:
        """Read every table; start again if the files changed meanwhile.

        Under the shared lock nothing changes; the retry covers writers that do not
        take the lock (a copy made by hand, another tool).
        """
        for attempt in range(_LOAD_ATTEMPTS):
            started = time.perf_counter()
            try:
                snap = _read_snapshot(self.data_dir, signature)
            except DataMissingError:
                snap = empty_snapshot(self.data_dir, signature)
            after = files_signature(self.data_dir)
            if after == signature and _consistent(snap):
                _log.info("loaded %d claims from %s in %.2f s", snap.n, self.data_dir,
                          time.perf_counter() - started)
                return snap
            signature = after
            time.sleep(0.05 * (attempt + 1))  # a writer is between two renames
        _log.warning("data in %s kept changing while loading; serving the last read",
                     self.data_dir)
        return snap


@contextmanager
def _shared_lock(data_dir: Path, *, blocking: bool) -> Iterator[bool]:
    """A shared lock on the folder's writer lock file: True when held (or not lockable).

    Writers (`dashboard.export.locked`) take the same file exclusively, so a reader
    never sees the files of a commit half renamed.
    """
    try:
        handle = open(data_dir / LOCK_NAME, "rb")  # noqa: SIM115 (closed below)
    except OSError:  # no lock file: no writer has used this folder (readers never create it)
        yield True
        return
    with handle:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_SH | (0 if blocking else fcntl.LOCK_NB))
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _read_snapshot(data_dir: Path, signature: tuple[FileState, ...]) -> Snapshot:
    claims = read_claims(data_dir)
    documents = read_documents(data_dir, with_text=_is_csv(data_dir))
    extras = {name: table for name in OPTIONAL_TABLES
              if (table := read_optional(data_dir, name)) is not None}
    return Snapshot(data_dir, signature, claims, documents, extras)


def _is_csv(data_dir: Path) -> bool:
    path = table_path(data_dir, "documents")
    return path is not None and path.suffix == ".csv"


def _consistent(snap: Snapshot) -> bool:
    """Every claim's document is present (else claims and documents are from two versions)."""
    doc_values = pa.array(snap.dims["doc"].values, type=pa.string())
    known = pc.is_in(doc_values, value_set=snap.documents["doc_id"].combine_chunks())
    return bool(pc.all(known).as_py() is not False)


def empty_snapshot(data_dir: Path, signature: tuple[FileState, ...]) -> Snapshot:
    """A snapshot with no rows, for a data directory that has no dataset yet."""
    string_list = pa.list_(pa.string())
    claims = pa.table({
        "claim_id": pa.array([], pa.string()), "doc_id": pa.array([], pa.string()),
        "start": pa.array([], pa.int64()), "end": pa.array([], pa.int64()),
        "surface": pa.array([], pa.string()), "value": pa.array([], pa.float64()),
        "value_high": pa.array([], pa.float64()),
        **{c: pa.array([], pa.string()) for c in ("unit", "per", "approx", "change", "kind",
                                                   "metric", "topic")},
        "entities": pa.array([], string_list),
        **{c: pa.array([], pa.string()) for c in ("item", "period", "sentence", "published")},
    })
    documents = pa.table({c: pa.array([], pa.string()) for c in (
        "doc_id", "path", "title", "published", "place", "source_url", "outlet", "text")})
    return Snapshot(data_dir, signature, conform_claims(claims), documents, {})
