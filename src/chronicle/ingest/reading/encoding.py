"""Decoding plain-text bytes: BOMs, UTF-8, UTF-16, Windows-1251, KOI8-R and friends."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Single-byte Cyrillic code pages are easy to confuse with each other: candidates are scored
# by how Russian-looking the decoded text is, not by the detector's guess alone.
_CYRILLIC_CANDIDATES = ("cp1251", "koi8_r", "mac_cyrillic", "cp866")
_COMMON_RU = re.compile(r"(?<![а-яё])(и|в|на|не|что|по|с|за|из|к|о|от|для|как|это|был[аи]?|его|ее|их|года?)(?![а-яё])")
_LOWER_WORD = re.compile(r"(?<![а-яёА-ЯЁ])[А-ЯЁ]?[а-яё]{2,}")
_SAMPLE = 200_000


class UndecodableTextError(ValueError):
    """The bytes are not text in any encoding we recognise."""


def decode_text(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name) for the bytes of a plain-text file."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data.decode(name, errors="replace"), name
    if _looks_utf16(data):
        return data.decode("utf-16-le" if data[1:2] == b"\0" else "utf-16-be"), "utf-16"
    if b"\0" in data[:_SAMPLE]:
        raise UndecodableTextError("binary data (NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return _decode_single_byte(data)


def _looks_utf16(data: bytes) -> bool:
    """Guess BOM-less UTF-16 from every other byte being NUL (Latin) or 0x04 (Cyrillic)."""
    sample = data[:2000]
    if len(sample) < 4:
        return False
    odd, even = sample[1::2], sample[0::2]
    return (
        odd.count(0) > 0.4 * len(odd)
        or even.count(0) > 0.4 * len(even)
        or (odd.count(4) > 0.4 * len(odd) and even.count(0) == 0)
    )


def _decode_single_byte(data: bytes) -> tuple[str, str]:
    """Pick the best single-byte code page, preferring ones that read as Russian."""
    sample = data[:_SAMPLE]
    high = sum(1 for b in sample if b >= 0x80)
    if high > 0.1 * len(sample):
        best = max(_CYRILLIC_CANDIDATES, key=lambda enc: _russian_score(sample, enc))
        # Real Russian has a function word every few dozen characters and no control characters.
        decoded = sample.decode(best, errors="replace")
        if _looks_russian(decoded) and _printable_ratio(decoded) >= 0.97:
            return data.decode(best, errors="replace"), best
    match = from_bytes(sample).best()
    if match is None or _printable_ratio(str(match)) < 0.9:
        raise UndecodableTextError("not text in any recognised encoding")
    return data.decode(match.encoding, errors="replace"), match.encoding


def _russian_score(sample: bytes, encoding: str) -> int:
    """Common Russian function words (x10) plus letters in lower-case Cyrillic words, decoded with `encoding`.

    A wrong code page turns words into mixed-case or symbol soup, so both counts drop."""
    text = sample.decode(encoding, errors="replace")
    words = sum(len(w) for w in _LOWER_WORD.findall(text))
    return 10 * len(_COMMON_RU.findall(text.lower())) + words


def _looks_russian(text: str) -> bool:
    """Most letters sit in lower-case Cyrillic words (capitals start sentences and names)."""
    letters = sum(1 for c in text if c.isalpha())
    return letters > 0 and sum(len(w) for w in _LOWER_WORD.findall(text)) >= 0.5 * letters


def _printable_ratio(text: str) -> float:
    """Share of characters that are printable or ordinary whitespace."""
    if not text:
        return 1.0
    good = sum(1 for c in text if c.isprintable() or c in "\n\r\t")
    return good / len(text)
