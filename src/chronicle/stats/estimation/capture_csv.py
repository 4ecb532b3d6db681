"""Reading capture histories from CSV: one 0/1 column per list, optionally a `count` column."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from chronicle.stats.estimation.histories import CaptureError, CaptureTable, Pattern, from_counts

COUNT_COLUMN = "count"


def read_captures(path: Path) -> CaptureTable:
    """Read a captures CSV file into a validated table; errors name the bad row and column."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as stream:
            return parse_captures(stream, source=str(path))
    except OSError as error:
        raise CaptureError(f"{path}: cannot read: {error.strerror}") from error
    except UnicodeDecodeError as error:
        raise CaptureError(f"{path}: not UTF-8 text") from error


def parse_captures(stream: TextIO, *, source: str = "captures") -> CaptureTable:
    """Parse captures CSV text: a header of list names, then one row per individual or pattern."""
    rows = _numbered_rows(stream)
    header = next(rows, None)
    if header is None:
        raise CaptureError(f"{source}: empty file")
    lists, count_at = _parse_header(header[1], source)
    counts: dict[Pattern, int] = {}
    for line, cells in rows:
        pattern, n = _parse_row(cells, lists, count_at, f"{source}, row {line}")
        counts[pattern] = counts.get(pattern, 0) + n
    if not counts:
        raise CaptureError(f"{source}: no rows after the header")
    try:
        return from_counts(counts, lists)
    except CaptureError as error:
        raise CaptureError(f"{source}: {error}") from error


def _numbered_rows(stream: TextIO) -> Iterator[tuple[int, list[str]]]:
    """Non-blank CSV rows with the file line number each starts on."""
    reader = csv.reader(stream)
    line = 1
    for cells in reader:
        if any(cell.strip() for cell in cells):
            yield line, [cell.strip() for cell in cells]
        line = reader.line_num + 1


def _parse_header(cells: list[str], source: str) -> tuple[list[str], int | None]:
    """List names from the header, and the position of the `count` column if there is one."""
    if any(not cell for cell in cells):
        raise CaptureError(f"{source}, header: empty column name")
    lowered = [cell.casefold() for cell in cells]
    count_at = lowered.index(COUNT_COLUMN) if COUNT_COLUMN in lowered else None
    lists = [cell for i, cell in enumerate(cells) if i != count_at]
    duplicates = sorted({name for name in lists if lists.count(name) > 1})
    if duplicates:
        raise CaptureError(f"{source}, header: duplicate list name(s): {', '.join(duplicates)}")
    if len(lists) < 3:
        raise CaptureError(
            f"{source}, header: multiple-systems estimation needs at least 3 lists, "
            f"got {len(lists)} ({', '.join(lists) or 'none'})"
        )
    return lists, count_at


def _parse_row(cells: list[str], lists: list[str], count_at: int | None, where: str) -> tuple[Pattern, int]:
    """One row: its capture pattern and the number of individuals it stands for."""
    expected = len(lists) + (count_at is not None)
    if len(cells) != expected:
        raise CaptureError(f"{where}: {len(cells)} cells, expected {expected}")
    values = [cell for i, cell in enumerate(cells) if i != count_at]
    pattern = tuple(_capture_cell(value, name, where) for value, name in zip(values, lists, strict=True))
    n = 1 if count_at is None else _count_cell(cells[count_at], where)
    if not any(pattern):
        raise CaptureError(f"{where}: all zeros (an individual on no list cannot be observed)")
    return pattern, n


def _capture_cell(value: str, list_name: str, where: str) -> int:
    """A 0/1 cell, refused with the row and column named otherwise."""
    if value not in ("0", "1"):
        raise CaptureError(f"{where}, column {list_name!r}: {value!r} is not 0 or 1")
    return int(value)


def _count_cell(value: str, where: str) -> int:
    """A non-negative whole count."""
    if not (value.isascii() and value.isdigit()):
        raise CaptureError(f"{where}, column 'count': {value!r} is not a non-negative whole number")
    return int(value)
