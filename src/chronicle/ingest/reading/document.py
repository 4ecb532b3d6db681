"""A document read from a file or bytes: its text, language, encoding, media type and hash."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from chronicle.ingest.reading.encoding import UndecodableTextError, decode_text
from chronicle.ingest.reading.formats import UnreadableDocumentError, docx_text, html_text, pdf_text
from chronicle.ingest.reading.language import detect_language

MAX_BYTES = 64 * 1024 * 1024
# Articles, statements and reports are far shorter; past this the text is cut (and says so) so that
# one huge file cannot hold the extractor for minutes.
MAX_CHARS = 5_000_000


class ReadError(ValueError):
    """A document that cannot be read; the message names the file and the reason."""


@dataclass(frozen=True)
class Document:
    """The text of a document and what is known about how it was read."""

    text: str
    language: str
    encoding: str | None
    media_type: str
    sha256: str
    truncated: bool = False


def read_document(source: str | Path | bytes, filename: str | None = None) -> Document:
    """Read a path (or bytes named `filename`) into a Document; raise ReadError on bad input."""
    name = filename or (str(source) if not isinstance(source, bytes) else "<bytes>")
    data = _load_bytes(source, name)
    media_type = sniff_media_type(data, name)
    try:
        text, encoding = _text_of(data, media_type)
    except (UndecodableTextError, UnreadableDocumentError) as err:
        raise ReadError(f"{name}: {err}") from err
    text = normalise_text(text)
    truncated = len(text) > MAX_CHARS
    text = text[:MAX_CHARS]
    return Document(
        text=text,
        language=detect_language(text),
        encoding=encoding,
        media_type=media_type,
        sha256=hashlib.sha256(data).hexdigest(),
        truncated=truncated,
    )


def _load_bytes(source: str | Path | bytes, name: str) -> bytes:
    """Bytes of the source, refusing what is missing or too large."""
    if isinstance(source, bytes):
        data = source
    else:
        path = Path(source)
        if not path.is_file():
            raise ReadError(f"{name}: no such file")
        if path.stat().st_size > MAX_BYTES:
            raise ReadError(f"{name}: larger than {MAX_BYTES // 2**20} MB")
        data = path.read_bytes()
    if not data.strip():
        raise ReadError(f"{name}: empty file")
    return data


def sniff_media_type(data: bytes, name: str) -> str:
    """Media type from the magic bytes, then the file name's suffix."""
    head = data[:1024].lstrip().lower()
    suffix = Path(name).suffix.lower()
    if data.startswith(b"%PDF") or suffix == ".pdf":
        return "application/pdf"
    if data.startswith(b"PK\x03\x04") or suffix == ".docx":
        return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    if head.startswith((b"<!doctype html", b"<html")) or suffix in (".html", ".htm"):
        return "text/html"
    return "text/plain"


def _text_of(data: bytes, media_type: str) -> tuple[str, str | None]:
    """Dispatch to the reader for the media type."""
    if media_type == "application/pdf":
        return pdf_text(data), None
    if media_type.endswith("wordprocessingml.document"):
        return docx_text(data), None
    if media_type == "text/html":
        return html_text(data), None
    return decode_text(data)


_ODD_SPACES = re.compile(r"[\u00a0\u2009\u202f]")
_DOUBLE_SPACE = re.compile(r"(?<! ) {2}(?! )")


def normalise_text(text: str) -> str:
    """Unify line ends and spaces; keep paragraphs, tabs and wide gaps (three spaces or more part the columns
    of a signature block or a table, which a single space would run together into one name)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = text.replace("\u00ad", "")
    return _DOUBLE_SPACE.sub(" ", _ODD_SPACES.sub(" ", text)).strip()
