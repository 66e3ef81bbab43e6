"""Load articles: bytes on disk become a `Document` or a `Rejection`, never an exception.

No pandas here. The steps, in order: size cap, file type, decoding and normalisation (in
`decoding`), then the format: the news-feed `.txt` shape (first line ` date YYYY-MM-DD `
followed by the article) or HTML through `webpage` (trafilatura: main text only, paragraphs
kept apart; no network). An optional `manifest.csv` in the input root adds metadata.
`doc_id` is derived from the normalised text, so the same article stored twice, or once
with CRLF line ends, is one document.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import os
import re
import stat
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from dashboard.decoding import Reason, decode_bytes, normalise_text, sniff_type
from dashboard.webpage import read_html

MAX_BYTES = 10 * 1024 * 1024
"""Largest article read (10 MB); bigger files are rejected as `too_large` unread."""

TEXT_SUFFIXES = frozenset({".txt", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
MANIFEST_NAME = "manifest.csv"
# Files at the root of an input folder that describe the corpus rather than belong to it.
ROOT_METADATA_NAMES = frozenset({MANIFEST_NAME, "readme.md", "readme"})


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input that was skipped, with a reason code and a message for people."""

    path: str
    reason: Reason
    message: str


@dataclass(frozen=True, slots=True)
class Document:
    """One article. `text` is exactly the string claim offsets index."""

    doc_id: str
    path: str
    title: str | None
    published: str | None
    place: str | None
    source_url: str | None
    outlet: str | None
    text: str
    sha256: str
    encoding: str


@dataclass(frozen=True, slots=True)
class Source:
    """An input file: `path` is relative to `root`, in POSIX form (the manifest's `file`)."""

    root: Path
    path: str

    @property
    def full_path(self) -> Path:
        return self.root / self.path


@dataclass(frozen=True, slots=True)
class ManifestEntry:
    published: str | None = None
    title: str | None = None
    source_url: str | None = None
    outlet: str | None = None


RE_HTML_START = re.compile(r"\A\s*(?:<!--.*?-->\s*)?<(?:!doctype\s+html|html)\b",
                           flags=re.IGNORECASE | re.DOTALL)


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def make_doc_id(text: str) -> str:
    """16 hex digits of the SHA-256 of the normalised text: same article, same id."""
    return text_sha256(text)[:16]


# --- the feed format and datelines ----------------------------------------------------

RE_FEED_DATE = re.compile(r"\A[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]+|\n|\Z)")
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_SP = "[ \u00a0]"  # pages write "January&nbsp;15"
RE_DATELINE = re.compile(
    rf"""
    (?:\A|(?<=\s))
    (?:
        (?P<place>[A-Z][\w'’.-]{{1,30}}(?:[ ][A-Z][\w'’.-]{{1,30}}){{0,3}})  # ASTANA, Nur-Sultan
        ,{_SP}+(?:{_MONTH}{_SP}+\d{{1,2}}                                   # , March 11
                |\d{{1,2}}{_SP}+{_MONTH})                                    # , 11 March
        (?:,?{_SP}+\d{{4}})?                                                # , 2024
      |
        \A(?P<caps>[A-Z][A-Z'’.-]{{1,30}}(?:[ ][A-Z][A-Z'’.-]{{1,30}}){{0,3}}) # BAKU (no date)
    )
    {_SP}*[–—-]{{1,2}}{_SP}+                                                # the dash
    """,
    flags=re.VERBOSE,
)
_HEADLINE_MAX = 300
_DATELINE_SCAN = 400


def find_dateline(line: str) -> tuple[int, int, str] | None:
    """(start, end, place) of a dateline such as "ASTANA, March 11, 2024 –" in a line."""
    match = RE_DATELINE.search(line[:_DATELINE_SCAN])
    if match is None:
        return None
    place = match.group("place") or match.group("caps")
    if place.isupper():
        place = place.title()
    return match.start(), match.end(), place


def _fallback_title(body: str) -> str | None:
    """The first sentence, shortened: for articles whose first line is not a headline."""
    first = body.split("\n", 1)[0].strip()
    match = re.match(r"(.{10,200}?[.!?])(?:\s|\Z)", first)
    if match:
        return match.group(1)
    if not first:
        return None
    if len(first) <= 200:
        return first
    return first[:200].rsplit(" ", 1)[0] + "…"


def parse_feed_text(text: str) -> tuple[str, str | None, str | None, str | None]:
    """(body, published, title, place) of a normalised `.txt` article."""
    published = None
    match = RE_FEED_DATE.match(text)
    if match and _iso_date(match.group(1)):
        published = match.group(1)
        text = text[match.end():].strip()
    first_line = text.split("\n", 1)[0]
    dateline = find_dateline(first_line)
    place = dateline[2] if dateline else None
    if dateline is not None:
        title: str | None = first_line[: dateline[0]].strip() or None
        rest = first_line[dateline[1]:] + text[len(first_line):]
    else:
        title = first_line.strip() if len(first_line) <= _HEADLINE_MAX else None
        rest = text
    return text, published, title or _fallback_title(rest), place


def _iso_date(value: str | None) -> str | None:
    """The value if it is a real ISO date (YYYY-MM-DD), else None."""
    if not value or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return None
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return None
    return value


def _web_url(value: str | None) -> str | None:
    """Only http(s) URLs are kept: `javascript:` and friends never reach a link."""
    if value and re.match(r"https?://[^\s<>\"']+\Z", value.strip(), flags=re.IGNORECASE):
        return value.strip()
    return None


def parse_html(html: str) -> tuple[str, str | None, str | None, str | None, str | None]:
    """(body, published, title, place, url) of an HTML page (`webpage.read_html`)."""
    page = read_html(html)
    place = None
    for line in page.body.split("\n")[:3]:
        found = find_dateline(line)
        if found is not None and found[0] == 0:
            place = found[2]
            break
    return page.body, _iso_date(page.published), page.title, place, _web_url(page.url)


# --- loading ---------------------------------------------------------------------------


def detect_kind(name: str) -> str | None:
    """'text' or 'html' by file suffix; None for anything else."""
    suffix = Path(name).suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return "text"
    if suffix in HTML_SUFFIXES:
        return "html"
    return None


def load_bytes(data: bytes, *, path: str, kind: str | None,
               meta: ManifestEntry | None = None) -> Document | Rejection:
    """Turn the bytes of one article into a Document, or say why not."""
    if not data:
        return Rejection(path, Reason.EMPTY, "the file is empty")
    if len(data) > MAX_BYTES:
        return Rejection(path, Reason.TOO_LARGE, f"larger than {MAX_BYTES // 2**20} MB")
    sniffed = sniff_type(data)
    if sniffed is not None:
        return Rejection(path, sniffed[0], sniffed[1])
    if kind is None:
        return Rejection(path, Reason.UNSUPPORTED_TYPE, "only .txt, .html and .htm files are read")
    text, encoding = decode_bytes(data, html=kind == "html")
    if kind == "html" or RE_HTML_START.match(text):
        body, published, title, place, url = parse_html(text)
    else:
        (body, published, title, place), url = parse_feed_text(text), None
    if not body.strip():
        return Rejection(path, Reason.EMPTY, "no text found in the file")
    meta = meta or ManifestEntry()
    return Document(
        doc_id=make_doc_id(body), path=path, title=meta.title or title,
        published=meta.published or published, place=place,
        source_url=meta.source_url or url, outlet=meta.outlet,
        text=body, sha256=text_sha256(body), encoding=encoding,
    )


def load_document(source: Source, manifest: Mapping[str, ManifestEntry]) -> Document | Rejection:
    """Read one input file (at most MAX_BYTES + 1 bytes) and load it."""
    try:
        info = source.full_path.stat()
        if not stat.S_ISREG(info.st_mode):
            return Rejection(source.path, Reason.UNREADABLE, "not a regular file")
        if info.st_size > MAX_BYTES:
            return Rejection(source.path, Reason.TOO_LARGE, f"larger than {MAX_BYTES // 2**20} MB")
        with source.full_path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as err:
        return Rejection(source.path, Reason.UNREADABLE, f"cannot read the file: {err.strerror}")
    return load_bytes(data, path=source.path, kind=detect_kind(source.path),
                      meta=manifest.get(source.path))


def read_manifest(root: Path) -> tuple[dict[str, ManifestEntry], Rejection | None]:
    """The manifest beside the articles, keyed by its `file` column; missing is fine."""
    path = root / MANIFEST_NAME
    if not path.is_file():
        return {}, None
    try:
        rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    except (OSError, UnicodeDecodeError, csv.Error) as err:
        return {}, Rejection(MANIFEST_NAME, Reason.BAD_MANIFEST, f"cannot read the manifest: {err}")
    entries: dict[str, ManifestEntry] = {}
    for row in rows:
        key = (row.get("file") or "").strip().replace("\\", "/")
        if key:
            entries[key] = ManifestEntry(
                published=_iso_date(_clean(row.get("published"))),
                title=_clean(row.get("title")), source_url=_web_url(_clean(row.get("source_url"))),
                outlet=_clean(row.get("outlet")),
            )
    return entries, None


def _clean(value: str | None) -> str | None:
    value = normalise_text(value or "")
    return value or None


def find_sources(paths: Iterable[Path]) -> tuple[list[Source], list[Rejection]]:
    """Every input file under the given files and folders, in a stable order.

    In a folder every file counts except hidden ones and the root's manifest and README:
    a file of another type is rejected with a reason rather than silently skipped.
    """
    found: dict[Path, Source] = {}
    missing: list[Rejection] = []
    for path in paths:
        if path.is_dir():
            for source in _walk(path):
                found.setdefault(source.full_path.resolve(), source)
        elif path.exists():
            source = _source_for_file(path)
            found.setdefault(path.resolve(), source)
        else:
            missing.append(Rejection(str(path), Reason.NOT_FOUND, "no such file or folder"))
    ordered = sorted(found.values(), key=lambda s: (s.path, str(s.root)))
    return ordered, missing


def _walk(root: Path) -> Iterable[Source]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            rel = Path(dirpath, name).relative_to(root).as_posix()
            if name.startswith(".") or ("/" not in rel and name.lower() in ROOT_METADATA_NAMES):
                continue
            yield Source(root, rel)


def _source_for_file(path: Path) -> Source:
    """A lone file: its root is the nearest folder whose manifest lists it, else its folder."""
    for root in (path.parent, path.parent.parent):
        rel = path.relative_to(root).as_posix()
        entries, _ = read_manifest(root)
        if rel in entries:
            return Source(root, rel)
    return Source(path.parent, path.name)
