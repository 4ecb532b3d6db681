"""Counts laid out as a small table in plain text: a header naming the columns, then one row per place.

    Задержания / уголовные дела / обыски / штрафы:
    Минск — 71 / 19 / 24 / 40
    Гомельская область — 27 / 8 / 11 / 13

Monitoring briefings give regional breakdowns this way; each number is a count of its column's kind in
its row's place. Separators: ' / ', ' | ' or tabs; the row label ends with a dash or a colon.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

import regex

from chronicle.ingest.extraction.dates import DateMention

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


# A comparison table: the header names a period per column ('Indicator   Q1 2025   Q1 2024',
# '| Показатель | январь–сентябрь 2024 | январь–сентябрь 2023 |'); each row's last cells are its counts for them.
_CELL_SPLIT = regex.compile(r"[ \t]*\|[ \t]*|[ \t]{2,}|\t+")
_RULE = regex.compile(r"[ \t|:+=-]*")  # '|---|---|'
_COLUMN_KINDS = ("month", "range", "quarter", "half", "first_months", "year", "year_range", "this_year", "day")


@dataclass(frozen=True)
class PeriodCell:
    """A table cell holding a count of the period its column's header names."""

    start: int
    end: int
    period: DateMention


def period_cells(text: str, dates: list[DateMention]) -> list[PeriodCell]:
    """Cells of every comparison table, in text order."""
    cells: list[PeriodCell] = []
    starts = [m.start for m in dates]
    offset = 0
    while offset < len(text):
        line_end = _line_end(text, offset)
        columns = _header_periods(text, offset, line_end, dates, starts)
        if len(columns) >= 2:
            cells += _rows_under(text, line_end + 1, columns)
        offset = line_end + 1
    return cells


def _line_end(text: str, offset: int) -> int:
    end = text.find("\n", offset)
    return len(text) if end < 0 else end


def _header_periods(text: str, start: int, end: int, dates: list[DateMention], starts: list[int]) -> list[DateMention]:
    """The periods a line names when it reads as a header: two or more periods and no other number."""
    if end - start > 300 or ("|" not in text[start:end] and "  " not in text[start:end]):
        return []
    inside = [m for m in dates[bisect_right(starts, start - 1) :] if m.start < end]
    periods = [m for m in inside if m.kind in _COLUMN_KINDS and m.first and m.last]
    if len(periods) < 2 or len(periods) != len(inside):
        return []
    rest = text[start:end]
    for mention in reversed(periods):
        rest = rest[: mention.start - start] + rest[mention.end - start :]
    return [] if regex.search(r"\d", rest) else periods


def _rows_under(text: str, offset: int, columns: list[DateMention]) -> list[PeriodCell]:
    """Cells of the rows under a header, up to a blank line: the last cells of a row, one per column."""
    found: list[PeriodCell] = []
    while offset < len(text):
        line_end = _line_end(text, offset)
        line = text[offset:line_end]
        if not line.strip():
            break
        if not _RULE.fullmatch(line):
            spans = [(m.start(), m.end()) for m in regex.finditer(r"[^|\t]+?(?=[ \t]{2,}|[ \t]*\||[ \t]*$)", line)]
            spans = [(a, b) for a, b in spans if line[a:b].strip()]
            counted = [(a, b) for a, b in spans if regex.search(r"\d", line[a:b])][-len(columns) :]
            if len(counted) != len(columns):
                break
            found += [
                PeriodCell(offset + a, offset + b, column) for (a, b), column in zip(counted, columns, strict=True)
            ]
        offset = line_end + 1
    return found
