"""Tables of signatories with a header row: what each column holds."""

from __future__ import annotations

import pytest

from chronicle.ingest.extraction.signature_table import (
    COUNTRY,
    GROUP,
    NAME,
    OTHER,
    is_rule,
    row_cells,
    table_columns,
)


@pytest.mark.parametrize(
    ("header", "roles"),
    [
        ("Name | Constituency / House | Party", (NAME, OTHER, GROUP)),
        ("| Signatory | Country | Political group |", (NAME, COUNTRY, GROUP)),
        ("ФИО\tФракция\tДолжность", (NAME, GROUP, OTHER)),
        ("Member        Party / Group        Member State", (NAME, GROUP, COUNTRY)),
    ],
)
def test_a_header_row_says_what_each_column_holds(header: str, roles: tuple[str, ...]) -> None:
    columns = table_columns(header)
    assert columns is not None and columns.roles == roles


@pytest.mark.parametrize(
    "line",
    [
        "Name",  # one cell is no table
        "Country | Party",  # no name column
        "Name | Article | Sentence",  # a column the vocabulary does not know: a table of something else
        "Margaret Eastwood | Bristol North West | Labour",  # a row, not a header
    ],
)
def test_other_lines_are_no_header(line: str) -> None:
    assert table_columns(line) is None


def test_a_row_is_read_by_its_columns_with_the_cells_offsets() -> None:
    columns = table_columns("| Name | Seat | Party |")
    assert columns is not None
    line = "| Ms Joan Avery MP | Hull West |  |"
    found = row_cells(100, line, columns)
    assert found is not None
    assert found[NAME].text == "Ms Joan Avery MP" and found[NAME].start == 100 + line.index("Ms")
    assert found[OTHER].text == "Hull West" and GROUP not in found  # an empty party cell tells nothing
    assert row_cells(0, "| Joan Avery | Hull West |", columns) is None  # not the header's shape


def test_rules_only_draw_the_table() -> None:
    assert is_rule("-------+----------+------") and is_rule("|---|---|") and not is_rule("Joan Avery | Labour")
