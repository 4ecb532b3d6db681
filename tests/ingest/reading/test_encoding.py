"""Plain-text decoding: BOMs, UTF-16, Windows-1251, KOI8-R, and refusals of binary data."""

from __future__ import annotations

import codecs

import pytest

from chronicle.ingest.reading.encoding import UndecodableTextError, decode_text

RUSSIAN = "Суд приговорил активиста к пяти годам лишения свободы, и это не первый такой случай в городе."


def test_utf8_without_bom_is_read_as_utf8() -> None:
    assert decode_text("Активист задержан".encode()) == ("Активист задержан", "utf-8")


def test_utf8_bom_is_dropped() -> None:
    assert decode_text(codecs.BOM_UTF8 + b"Hello") == ("Hello", "utf-8-sig")


def test_utf16_with_bom_is_read() -> None:
    assert decode_text("Мемориал and Viasna".encode("utf-16")) == ("Мемориал and Viasna", "utf-16")


def test_utf16_without_bom_is_recognised_by_its_zero_bytes() -> None:
    assert decode_text("Political prisoners in Kazakhstan".encode("utf-16-le"))[0] == (
        "Political prisoners in Kazakhstan"
    )


def test_windows_1251_russian_is_read_as_cp1251() -> None:
    assert decode_text(RUSSIAN.encode("cp1251")) == (RUSSIAN, "cp1251")


def test_koi8_r_russian_is_read_as_koi8_r() -> None:
    assert decode_text(RUSSIAN.encode("koi8_r")) == (RUSSIAN, "koi8_r")


def test_latin1_english_text_is_read() -> None:
    text, _ = decode_text("Café owner fined — again".encode("cp1252"))
    assert text == "Café owner fined — again"


def test_binary_data_with_zero_bytes_is_refused() -> None:
    with pytest.raises(UndecodableTextError, match="binary data"):
        decode_text(bytes(range(256)) * 4)


@pytest.mark.parametrize("encoding", ["cp1251", "koi8_r", "cp866"])
def test_a_short_russian_line_is_read_in_its_code_page(encoding: str) -> None:
    assert decode_text("Суд приговорил активиста.".encode(encoding)) == ("Суд приговорил активиста.", encoding)


def test_random_high_bytes_without_zeros_are_not_taken_for_russian() -> None:
    noise = bytes((i * 7919 + 13) % 255 + 1 for i in range(5000))
    with pytest.raises(UndecodableTextError, match="not text"):
        decode_text(noise)
