"""Names read off a passport's machine-readable zone (ICAO 9303), as copied into a list.

'P<KAZBOKAEV<<MAKS<<<<<<<<<<<<' is a passport (P), its issuing state (KAZ), the surname, '<<', then the
given names separated by '<', filled up with '<'. Lines copied by OCR may put a digit for a letter that
looks like it (0 for O, 8 for B); a name field holds no digits, so they are read back as letters."""

from __future__ import annotations

import re

_LINE = re.compile(
    r"\s*P(?P<kind>[A-Z0-9<])(?P<state>[A-Z0-9<]{3})(?P<surname>[A-Z0-9]+(?:<[A-Z0-9]+)*)<<"
    r"(?P<given>[A-Z0-9]+(?:<[A-Z0-9]+)*)?<*\s*"
)
_OCR = str.maketrans("0185246", "OIBSZAG")


def mrz_name(text: str) -> str | None:
    """'BOKAEV, MAKS' for a machine-readable passport line, None for anything else."""
    line = _LINE.fullmatch(text)
    if line is None or "<<" not in text:
        return None
    surname = line.group("surname").translate(_OCR).replace("<", " ")
    given = (line.group("given") or "").translate(_OCR).replace("<", " ")
    return f"{surname}, {given}" if given else surname


# A word with a digit among its letters: a scan read by OCR ('MINGAZ0VA', 'BAK1EVA NUR6UL', 'L1 ANNA', 'Ерб0л').
_OCR_WORD = re.compile(r"\b(?=[A-Za-z]*[0-9])(?=[0-9]*[A-Za-z])[A-Za-z0-9]{2,}\b")
_OCR_CYRILLIC_WORD = re.compile(r"(?=[\u0400-\u04ff]*[0-9])(?=[0-9]*[\u0400-\u04ff])[\u0400-\u04ff0-9]{2,}")
_OCR_CYRILLIC = str.maketrans("03864", "ОЗВбЧ")
_OCR_CYRILLIC_LOWER = str.maketrans("03864", "озвбч")


def ocr_letters(text: str) -> str:
    """A name with the digits OCR put for look-alike letters read back as letters (names hold no digits), and two
    words it ran together parted where a capital follows a small letter ('КурмангалиеваМадина')."""
    if any(c.isdigit() for c in text):
        text = _OCR_WORD.sub(lambda word: word.group().translate(_OCR), text)
        text = _OCR_CYRILLIC_WORD.sub(_cyrillic_letters, text)
    return _JOINED.sub(" ", text)


def _cyrillic_letters(word: re.Match[str]) -> str:
    letters = [c for c in word.group() if c.isalpha()]
    upper = all(c.isupper() for c in letters)
    return word.group().translate(_OCR_CYRILLIC if upper else _OCR_CYRILLIC_LOWER)


# A capital after three small letters inside a word (no name of the region has one; 'McDonald', 'DiCaprio' and
# 'MacLeod' have fewer before it, or 'Mac').
_CAPITALS = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
_JOINED = re.compile(rf"(?<=[^\W\d_]{{3}})(?<![Mm]ac)(?<=[^\W\d_{_CAPITALS}])(?=[{_CAPITALS}][^\W\d_{_CAPITALS}])")
