"""Reading documents (plain text, HTML, PDF, DOCX) into text with language and encoding."""

from chronicle.ingest.reading.document import Document, ReadError, read_document

__all__ = ["Document", "ReadError", "read_document"]
