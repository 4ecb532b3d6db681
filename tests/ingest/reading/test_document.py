"""read_document over every supported format, and clear errors for bad input."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest
from docx import Document as DocxDocument

from chronicle.ingest.reading import ReadError, read_document

ARTICLE = "The activist Daniyar Omarov was detained in Almaty on 5 March 2024. Police searched his flat."


def _pdf_with_text(text: str) -> bytes:
    """A one-page PDF whose text layer holds `text` (Helvetica, Latin only)."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def _docx_with(paragraphs: list[str]) -> bytes:
    """A DOCX file with the given paragraphs."""
    document = DocxDocument()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_plain_text_file_gives_text_language_encoding_and_hash(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(ARTICLE.encode())
    document = read_document(path)
    assert (document.text, document.language, document.encoding, document.media_type) == (
        ARTICLE,
        "en",
        "utf-8",
        "text/plain",
    )
    assert document.sha256 == hashlib.sha256(ARTICLE.encode()).hexdigest()


def test_bytes_are_read_under_the_given_file_name() -> None:
    document = read_document("Активиста задержали в Алматы.".encode("cp1251"), "note.txt")
    assert (document.text, document.encoding) == ("Активиста задержали в Алматы.", "cp1251")


def test_html_gives_the_main_text_without_navigation() -> None:
    page = (
        "<html><head><title>News</title></head><body><nav><a href='/'>Home</a> | <a href='/about'>About us"
        "</a></nav><article><h1>Activist detained</h1><p>" + ARTICLE + "</p><p>His lawyer said the "
        "charges were politically motivated and that the defence would appeal the decision.</p></article>"
        "<footer>Copyright 2024 Example News. All rights reserved.</footer></body></html>"
    )
    document = read_document(page.encode(), "page.html")
    assert document.media_type == "text/html"
    assert ARTICLE in document.text
    assert "About us" not in document.text
    assert "All rights reserved" not in document.text


def test_pdf_text_layer_is_read() -> None:
    document = read_document(_pdf_with_text(ARTICLE), "report.pdf")
    assert (document.text, document.media_type) == (ARTICLE, "application/pdf")


def test_docx_paragraphs_are_read() -> None:
    document = read_document(_docx_with(["Activist detained", ARTICLE]), "statement.docx")
    assert document.text == "Activist detained\n" + ARTICLE


def test_empty_file_is_refused_with_its_name(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"  \n")
    with pytest.raises(ReadError, match=r"empty\.txt: empty file"):
        read_document(path)


def test_missing_file_is_refused_with_its_name(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match=r"nothing\.txt: no such file"):
        read_document(tmp_path / "nothing.txt")


def test_binary_garbage_is_refused() -> None:
    with pytest.raises(ReadError, match=r"blob\.bin: binary data"):
        read_document(bytes(range(256)) * 10, "blob.bin")


def test_broken_pdf_is_refused() -> None:
    with pytest.raises(ReadError, match=r"broken\.pdf: "):
        read_document(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage", "broken.pdf")


def test_broken_docx_is_refused() -> None:
    with pytest.raises(ReadError, match=r"broken\.docx: broken DOCX"):
        read_document(b"PK\x03\x04 not really a zip", "broken.docx")


def test_html_without_a_body_is_refused() -> None:
    with pytest.raises(ReadError, match=r"head\.html: HTML without a body"):
        read_document(b"<html><head><title>Nothing</title></head></html>", "head.html")


def test_mixed_scripts_are_read_as_they_are() -> None:
    text = "MEP Anna Lindqvist met Марина Золотова's lawyer."
    assert read_document(text.encode(), "mixed.txt").text == text


def test_wide_gaps_and_tabs_of_a_layout_are_kept_and_odd_spaces_unified() -> None:
    text = "Yours,\n\nAnna Novak                    Jan Berg\nMP (ODS)\tSenator\u00a0(STAN)  today"
    read = read_document(text.encode("utf-8"), "letter.txt")
    assert "Anna Novak                    Jan Berg" in read.text
    assert "MP (ODS)\tSenator (STAN) today" in read.text
