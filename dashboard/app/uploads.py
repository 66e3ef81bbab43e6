"""Uploaded articles: size and shape checks, then `dashboard.ingest.ingest_upload`.

The ingest layer decides what is an article (and stores it atomically under the data
folder's lock); this module turns its result into what a person should read. File
names are display-only here as there: never used to build a path.
"""

from __future__ import annotations

import base64
import binascii
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from dashboard.corpus import MAX_BYTES
from dashboard.ingest import display_name, ingest_upload
from dashboard.store import Store

_log = logging.getLogger(__name__)
# Why an upload was refused, said for people (the ingest message adds the details).
ADVICE: Mapping[str, str] = MappingProxyType({
    "empty": "The file is empty.",
    "not_text": "This file is not text (it looks like binary data). Upload a .txt or .html "
                "article.",
    "unsupported_type": "This kind of file is not supported (PDF, Word, Excel, images and "
                        "archives are not read). Upload a .txt or .html article.",
    "too_large": f"The file is larger than {MAX_BYTES // 2**20} MB, the upload limit.",
    "unreadable": "The file could not be read as text.",
    "parse_error": "The article could not be parsed.",
    "bad_request": "The upload did not arrive complete; try again.",
})


@dataclass(frozen=True, slots=True)
class UploadOutcome:
    accepted: bool
    message: str
    doc_id: str | None = None
    reason: str | None = None
    duplicate: bool = False
    n_claims: int = 0

    @property
    def status(self) -> int:
        """The HTTP status for the upload API."""
        if self.accepted:
            return 200
        return 413 if self.reason == "too_large" else 422


def handle_data_url(store: Store, filename: str, contents: object) -> UploadOutcome:
    """Ingest a ``data:...;base64,...`` string from dcc.Upload (size checked before decoding)."""
    shown = display_name(filename or "upload")
    if not isinstance(contents, str) or "," not in contents:
        return UploadOutcome(False, f"{shown}: {ADVICE['bad_request']}", reason="bad_request")
    header, _, payload = contents.partition(",")
    if not header.startswith("data:") or not header.endswith(";base64"):
        return UploadOutcome(False, f"{shown}: {ADVICE['bad_request']}", reason="bad_request")
    if len(payload) > (MAX_BYTES + 2) // 3 * 4:  # the decoded bytes would exceed the limit
        return UploadOutcome(False, f"{shown}: {ADVICE['too_large']}", reason="too_large")
    try:
        content = base64.b64decode(payload, validate=True)
    except (binascii.Error, ValueError):
        return UploadOutcome(False, f"{shown}: {ADVICE['bad_request']}", reason="bad_request")
    return handle_upload(store, filename, content)


def handle_upload(store: Store, filename: str, content: bytes) -> UploadOutcome:
    """Check and ingest one upload; never raises for anything the client sent."""
    shown = display_name(filename or "upload")
    if len(content) > MAX_BYTES:
        return UploadOutcome(False, f"{shown}: {ADVICE['too_large']}", reason="too_large")
    result = ingest_upload(store.data_dir, filename or "upload", content)
    if not result.ok:
        advice = ADVICE.get(result.reason or "", "The file was not added.")
        return UploadOutcome(False, f"{advice} ({result.message})", reason=result.reason)
    _log.info("upload %s -> %s (%d claims)", result.display_name, result.doc_id,
              result.n_claims)
    return UploadOutcome(True, result.message, doc_id=result.doc_id,
                         duplicate=result.duplicate, n_claims=result.n_claims)
