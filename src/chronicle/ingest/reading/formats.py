"""Text out of HTML, PDF and DOCX files."""

from __future__ import annotations

import io
import logging
import re

from chronicle.ingest.reading.encoding import decode_text


class UnreadableDocumentError(ValueError):
    """The document is of a known kind but holds no text we can read."""


def html_text(data: bytes) -> str:
    """Main text of an HTML page, without navigation and boilerplate (trafilatura)."""
    import trafilatura

    markup, _ = decode_text(data)
    if not re.search(r"<\s*(body|p|div|article|main)\b", markup, re.I):
        raise UnreadableDocumentError("HTML without a body")
    text = trafilatura.extract(markup, include_comments=False, include_tables=True, favor_recall=True)
    if not text or not text.strip():
        raise UnreadableDocumentError("HTML page with no main text")
    return text


def pdf_text(data: bytes) -> str:
    """The text layer of a PDF (pypdf); scanned pages without one give no text."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings on broken files are our error message
    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError) as err:
        raise UnreadableDocumentError(f"broken PDF ({err})") from err
    text = "\n\n".join(_join_pdf_lines(page) for page in pages)
    if not text.strip():
        raise UnreadableDocumentError("PDF without a text layer")
    return text


def _join_pdf_lines(page: str) -> str:
    """Undo hyphenation at line ends and join lines broken inside a sentence."""
    page = re.sub(r"(\w)-\n(\w)", r"\1\2", page)
    return re.sub(r"(?<![.!?:;\n])\n(?!\n|\s*[•\-–*\d])", " ", page)


def docx_text(data: bytes) -> str:
    """Paragraphs and table cells of a DOCX file (python-docx)."""
    from docx import Document as DocxDocument

    try:
        document = DocxDocument(io.BytesIO(data))
    except Exception as err:  # python-docx raises many kinds on a broken zip
        raise UnreadableDocumentError(f"broken DOCX ({type(err).__name__})") from err
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.append(" | ".join(cell.text for cell in row.cells))
    return "\n".join(parts)
