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


# A Latin word with a digit among its letters: a scan read by OCR ('MINGAZ0VA', 'BAK1EVA NUR6UL', 'L1 ANNA').
_OCR_WORD = re.compile(r"\b(?=[A-Za-z]*[0-9])(?=[0-9]*[A-Za-z])[A-Za-z0-9]{2,}\b")


def ocr_letters(text: str) -> str:
    """A name with the digits OCR put for look-alike letters read back as letters; names hold no digits."""
    return _OCR_WORD.sub(lambda word: word.group().translate(_OCR), text) if any(c.isdigit() for c in text) else text
