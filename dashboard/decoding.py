"""Bytes to text: what kind of file an input is, how it is encoded, and the normalised text
it decodes to. Never raises; a file that is not text we read gets a `Reason`.

No pandas here. Steps: file-type magic (PDF, archives, images: rejected unread), binary
sniffing, decoding (BOMs, UTF-8, a declared HTML charset, a recorded cp1252 fallback),
normalisation (NULs and other control characters removed, CRLF and bare CR turned into LF).
"""

from __future__ import annotations

import codecs
import enum
import re


class Reason(enum.StrEnum):
    """Why an input was not turned into a document."""

    EMPTY = "empty"
    NOT_TEXT = "not_text"
    UNSUPPORTED_TYPE = "unsupported_type"
    TOO_LARGE = "too_large"
    NOT_FOUND = "not_found"
    UNREADABLE = "unreadable"
    BAD_MANIFEST = "bad_manifest"
    PARSE_ERROR = "parse_error"


# --- file types -----------------------------------------------------------------------

# Containers and formats we do not read; nothing is decompressed to find out more.
_UNSUPPORTED_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (DOCX, XLSX, ODT and EPUB are ZIP files)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"PK\x07\x08", "a ZIP archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x28\xb5\x2f\xfd", "a zstd archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document (DOC/XLS)"),
    (b"{\\rtf", "an RTF document"),
)
# Images and programs are binary data, not documents of another kind (catalogue row 5).
_BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\x7fELF", "an executable"),
)
_BOMS: tuple[tuple[bytes, str, str], ...] = (
    # UTF-32 first: its little-endian BOM begins with UTF-16's.
    (b"\xff\xfe\x00\x00", "utf-32-le", "utf-32-le (BOM)"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "utf-32-be (BOM)"),
    (b"\xef\xbb\xbf", "utf-8", "utf-8 (BOM)"),
    (b"\xff\xfe", "utf-16-le", "utf-16-le (BOM)"),
    (b"\xfe\xff", "utf-16-be", "utf-16-be (BOM)"),
)
# C0 controls other than tab, LF, FF and CR, plus DEL: rare in text, common in binaries.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F])
_SNIFF_BYTES = 65536
RE_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")  # after CR handling: drop the rest
RE_SURROGATE = re.compile(r"[\ud800-\udfff]")
RE_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""",
                             flags=re.IGNORECASE)


def sniff_type(data: bytes) -> tuple[Reason, str] | None:
    """A rejection reason for data that is not text we read, else None."""
    for magic, what in _UNSUPPORTED_MAGIC:
        if data.startswith(magic):
            return Reason.UNSUPPORTED_TYPE, f"this is {what}; only .txt and .html articles are read"
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            return Reason.NOT_TEXT, f"this is {what}, not text"
    if any(data.startswith(bom) for bom, _, _ in _BOMS):
        return None  # UTF-16/32 text is full of NUL bytes by design
    sample = data[:_SNIFF_BYTES]
    n_control = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    share = n_control / max(1, len(sample))
    # A few NULs inside text are tolerated (and removed); random or binary data has
    # about 11% control bytes and is rarely valid UTF-8.
    if share > 0.3 or (share > 0.02 and not _is_utf8(sample)):
        return Reason.NOT_TEXT, "the file looks like binary data, not text"
    return None


def _is_utf8(sample: bytes) -> bool:
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as err:
        # A sample cut inside a multi-byte character still counts as UTF-8.
        return err.start >= len(sample) - 3 and err.reason == "unexpected end of data"
    return True


def decode_bytes(data: bytes, *, html: bool = False) -> tuple[str, str]:
    """Decode any bytes to normalised text and name the encoding used. Never raises.

    BOMs decide first; then strict UTF-8; then, for HTML, a declared `<meta charset>`;
    then mostly-UTF-8 data keeps UTF-8 with bad bytes replaced, and anything else is read
    as cp1252 (the usual legacy encoding of Western news text), recorded as a fallback.
    """
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            return normalise_text(data[len(bom):].decode(codec, errors="replace")), name
    try:
        return normalise_text(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    try:  # UTF-8 apart from encoded lone surrogates: those become U+FFFD
        text = data.decode("utf-8", errors="surrogatepass")
        return normalise_text(text), "utf-8 (lone surrogates replaced)"
    except UnicodeDecodeError:
        pass
    declared = _declared_charset(data) if html else None
    if declared is not None:
        return normalise_text(data.decode(declared, errors="replace")), f"{declared} (declared)"
    as_utf8 = data.decode("utf-8", errors="replace")
    n_replaced = as_utf8.count("\ufffd") - data.count("\ufffd".encode())
    n_decoded = len(re.findall(r"[^\x00-\x7f\ufffd]", as_utf8))
    # Valid multi-byte sequences almost never occur by chance in cp1252 text.
    if n_decoded and n_decoded * 4 >= n_replaced:
        return normalise_text(as_utf8), "utf-8 (invalid bytes replaced)"
    return normalise_text(data.decode("cp1252", errors="replace")), "cp1252 (fallback)"


# Labels that browsers read as a Windows code page (the WHATWG Encoding Standard): a page
# declared "iso-8859-1" writes its euro sign as byte 0x80, which Latin-1 makes a control
# character (and the sign was lost: "€1.5 billion" became "1.5 billion").
_AS_BROWSERS_READ: dict[str, str] = {
    "iso8859-1": "cp1252", "ascii": "cp1252", "iso8859-9": "cp1254", "iso8859-11": "cp874",
    "tis-620": "cp874",
}


def _declared_charset(data: bytes) -> str | None:
    """The first charset the page declares that is no UTF-8 (read only when its bytes are
    no UTF-8): a template's `<meta charset="utf-8">` above the `http-equiv` line that names
    the page's real code page ("windows-1251") would have it read as cp1252."""
    for match in RE_META_CHARSET.finditer(data[:4096]):
        name = match.group(1).decode("ascii").lower()
        try:
            codec = codecs.lookup(name).name
        except LookupError:
            continue
        if not codec.startswith("utf-8"):
            return _AS_BROWSERS_READ.get(codec, codec)
    return None


def normalise_text(text: str) -> str:
    """LF line ends, no NULs or other control characters, no lone surrogates, trimmed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = RE_CONTROL_CHARS.sub("", text)
    text = RE_SURROGATE.sub("\ufffd", text)
    return text.strip()
