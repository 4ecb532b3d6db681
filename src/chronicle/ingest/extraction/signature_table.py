"""A table of signatories with a header row: which column holds the name, the party or group, the country.

'Name | Constituency / House | Party', 'ФИО<TAB>Фракция<TAB>Страна': the header says what each column is,
so a row's constituency is never taken for its party, nor a party for a country. Rows are split the way
the header is (pipes, tabs, or runs of two or more spaces) and read cell by cell.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

NAME, GROUP, COUNTRY, OTHER = "name", "group", "country", "other"

# The words a header cell is made of, by what its column holds. A cell may join two ('Party / Group',
# 'Constituency / House'): the column holds the first kind it names among group, country, other.
_HEADER_WORDS: dict[str, regex.Pattern[str]] = {
    NAME: regex.compile(
        r"(?:(?:full\s+)?name|surname|signatory|signatories|signed|member|mp|mep|deputy|"
        r"имя|фамилия|ф\.?\s?и\.?\s?о\.?|подписант\w*|депутат)",
        regex.IGNORECASE,
    ),
    GROUP: regex.compile(
        r"(?:(?:political\s+|parliamentary\s+|ep\s+)?(?:party|group|faction|caucus)|"
        r"(?:политическая\s+)?(?:партия|фракция|группа|политгруппа))",
        regex.IGNORECASE,
    ),
    COUNTRY: regex.compile(
        r"(?:country|member\s+state|state|nationality|страна|государство|гражданство)", regex.IGNORECASE
    ),
    OTHER: regex.compile(
        r"(?:constituency|seat|house|chamber|parliament|office|position|title|role|committee|delegation|district|"
        r"region|riding|electorate|organi[sz]ation|institution|affiliation|округ|палата|парламент|должность|"
        r"комитет|делегация|регион|организация|№|no\.?|#)",
        regex.IGNORECASE,
    ),
}
_PART_SPLIT = regex.compile(r"\s*(?:/|&|\band\b|\bи\b|,)\s*")
_RULE = regex.compile(r"[ \t]*[-=+|:─━┼│ \t]{3,}[ \t]*")  # '----+-----', '|---|---|', '═══'


@dataclass(frozen=True)
class TableColumns:
    """What each column of a signatories' table holds, and how its rows are split."""

    roles: tuple[str, ...]
    separator: str  # "|", "\t" or "  "


@dataclass(frozen=True)
class Cell:
    """One cell of a row: its text (stripped) and its offset in the text."""

    text: str
    start: int


def _separator(line: str) -> str:
    if "|" in line:
        return "|"
    return "\t" if "\t" in line else "  "


def cells(offset: int, line: str, separator: str) -> list[Cell]:
    """The cells of a row with their offsets; the empty cells outside a row's border pipes dropped."""
    pattern = regex.compile(r"\|" if separator == "|" else r"\t+" if separator == "\t" else r"[ ]{2,}|\t+")
    found, start = [], 0
    for gap in [*pattern.finditer(line), None]:
        end = gap.start() if gap is not None else len(line)
        raw = line[start:end]
        stripped = raw.strip()
        found.append(Cell(stripped, offset + start + (len(raw) - len(raw.lstrip())) if stripped else offset + start))
        start = gap.end() if gap is not None else len(line)
    if separator != "|":
        return [cell for cell in found if cell.text]
    if line.rstrip().endswith("|") and found and not found[-1].text:
        found.pop()  # the border pipe's outer side
    if line.lstrip().startswith("|") and found and not found[0].text:
        found.pop(0)
    return found


def _role(cell: str) -> str | None:
    """What a header cell says its column holds, or None when it is no header word."""
    parts = [part for part in _PART_SPLIT.split(cell.strip(" .:*")) if part]
    if not parts:
        return None
    roles = []
    for part in parts:
        role = next((kind for kind, pattern in _HEADER_WORDS.items() if pattern.fullmatch(part)), None)
        if role is None:
            return None
        roles.append(role)
    for kind in (NAME, GROUP, COUNTRY):
        if kind in roles:
            return kind
    return OTHER


def is_header(line: str) -> bool:
    """A header row of a table of signatories, with or without a name column ('Group<TAB>Country')."""
    if len(line) > 200:
        return False
    header = [cell.text for cell in cells(0, line, _separator(line))]
    return len(header) >= 2 and all(_role(cell) is not None for cell in header)


def table_columns(line: str) -> TableColumns | None:
    """The columns a header row names: at least two, exactly one of them the name, every cell a header word."""
    if len(line) > 200:
        return None
    separator = _separator(line)
    header = [cell.text for cell in cells(0, line, separator)]
    if len(header) < 2:
        return None
    roles = [_role(cell) for cell in header]
    if None in roles or roles.count(NAME) != 1:
        return None
    return TableColumns(tuple(role for role in roles if role is not None), separator)


def is_rule(line: str) -> bool:
    """A line that only draws the table ('----+----', '|---|---|')."""
    return bool(line.strip()) and _RULE.fullmatch(line) is not None


def row_cells(offset: int, line: str, columns: TableColumns) -> dict[str, Cell] | None:
    """A row's cells by what their column holds (the first column of each kind), when it has the header's shape."""
    found = cells(offset, line, columns.separator)
    if len(found) != len(columns.roles):
        return None
    by_role: dict[str, Cell] = {}
    for role, cell in zip(columns.roles, found, strict=True):
        if cell.text and role not in by_role:
            by_role[role] = cell
    return by_role if NAME in by_role else None
