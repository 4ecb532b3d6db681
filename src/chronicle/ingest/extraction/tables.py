"""Counts laid out as a small table in plain text: a header naming the columns, then one row per place.

    Задержания / уголовные дела / обыски / штрафы:
    Минск — 71 / 19 / 24 / 40
    Гомельская область — 27 / 8 / 11 / 13

Monitoring briefings give regional breakdowns this way; each number is a count of its column's kind in
its row's place. Separators: ' / ', ' | ' or tabs; the row label ends with a dash or a colon.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

_SEPARATOR = r"(?:\s+[/|]\s+|\t+)"
_HEADER = regex.compile(
    rf"^[ \t]*(?P<labels>[^\d\n/|\t:]{{2,60}}(?:{_SEPARATOR}[^\d\n/|\t:]{{2,60}})+)[ \t]*:?[ \t]*$", regex.MULTILINE
)
_ROW = regex.compile(
    rf"[ \t]*(?P<label>[^\d\n]{{1,60}}?)\s*[—–:|-]\s*(?P<cells>\d[\d  ]*(?:{_SEPARATOR}\d[\d  ]*)+)[ \t]*$"
)
_NUMBER = regex.compile(r"\d[\d  ]*\d|\d")


@dataclass(frozen=True)
class TableCell:
    """One number of a table row: where it stands and the column it belongs to."""

    start: int
    end: int
    column: str
    row: str


def table_cells(text: str) -> dict[int, TableCell]:
    """Every number in a row under a header with as many columns, keyed by its offset."""
    cells: dict[int, TableCell] = {}
    for header in _HEADER.finditer(text):
        columns = [c.strip() for c in regex.split(_SEPARATOR, header.group("labels"))]
        offset = header.end() + 1
        while offset < len(text):
            line_end = text.find("\n", offset)
            line_end = len(text) if line_end < 0 else line_end
            row = _ROW.fullmatch(text, offset, line_end)
            if row is None:
                break
            numbers = list(_NUMBER.finditer(text, row.start("cells"), row.end("cells")))
            if len(numbers) != len(columns):
                break
            for number, column in zip(numbers, columns, strict=True):
                cells[number.start()] = TableCell(number.start(), number.end(), column, row.group("label").strip())
            offset = line_end + 1
    return cells
