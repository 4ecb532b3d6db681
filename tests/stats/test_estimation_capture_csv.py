"""Reading captures CSV files: per-individual rows, aggregated counts, and every kind of bad cell."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from chronicle.stats.estimation.capture_csv import parse_captures, read_captures
from chronicle.stats.estimation.histories import CaptureError


def parsed(text: str) -> dict[tuple[int, ...], int]:
    """Pattern counts of a CSV given as text."""
    return dict(parse_captures(io.StringIO(text), source="t.csv").counts)


def refusal(text: str) -> str:
    """The message with which a CSV given as text is refused."""
    with pytest.raises(CaptureError) as error:
        parse_captures(io.StringIO(text), source="t.csv")
    return str(error.value)


def test_one_row_per_individual_is_tallied_by_pattern() -> None:
    text = "A,B,C\n1,0,0\n1,1,0\n1,0,0\n0,1,1\n"
    assert parsed(text) == {(1, 0, 0): 2, (1, 1, 0): 1, (0, 1, 1): 1}


def test_a_count_column_anywhere_aggregates_patterns() -> None:
    text = "A,Count,B,C\n1,5,1,0\n0,2,1,1\n1,3,0,0\n1,1,1,0\n"
    table = parse_captures(io.StringIO(text))
    assert table.lists == ("A", "B", "C")
    assert dict(table.counts) == {(1, 1, 0): 6, (0, 1, 1): 2, (1, 0, 0): 3}


def test_blank_lines_spaces_and_zero_counts_are_accepted() -> None:
    text = "A, B ,C,count\n\n 1 ,1,0, 4\n0,1,1,0\n0,0,1,2\n"
    assert parsed(text) == {(1, 1, 0): 4, (0, 0, 1): 2}


def test_a_file_with_a_byte_order_mark_reads_the_first_list_name(tmp_path: Path) -> None:
    path = tmp_path / "captures.csv"
    path.write_text("\ufeffNGO,press,court\n1,1,0\n0,1,1\n", encoding="utf-8")
    assert read_captures(path).lists == ("NGO", "press", "court")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "t.csv: empty file"),
        ("\n\n", "t.csv: empty file"),
        ("A,B,C\n", "t.csv: no rows after the header"),
        ("A,B\n1,1\n", "t.csv, header: multiple-systems estimation needs at least 3 lists, got 2"),
        ("A,B,count\n1,1,3\n", "needs at least 3 lists, got 2 (A, B)"),
        ("A,,C\n1,1,0\n", "t.csv, header: empty column name"),
        ("A,B,A\n1,1,0\n", "t.csv, header: duplicate list name(s): A"),
        ("A,B,C\n1,1,0\n0,2,1\n", "t.csv, row 3, column 'B': '2' is not 0 or 1"),
        ("A,B,C\n1,1,0\n0,yes,1\n", "t.csv, row 3, column 'B': 'yes' is not 0 or 1"),
        ("A,B,C\n1,1,0\n\n0,1,\n", "t.csv, row 4, column 'C': '' is not 0 or 1"),
        ("A,B,C\n1,1\n", "t.csv, row 2: 2 cells, expected 3"),
        ("A,B,C\n1,1,0\n0,0,0\n", "t.csv, row 3: all zeros"),
        ("A,B,C,count\n1,1,0,-2\n", "t.csv, row 2, column 'count': '-2' is not a non-negative"),
        ("A,B,C,count\n1,1,0,2.5\n", "t.csv, row 2, column 'count': '2.5' is not a non-negative"),
        ("A,B,C,count\n1,1,0,²\n", "t.csv, row 2, column 'count': '²' is not a non-negative"),
        ("A,B,C\n1,0,0\n0,1,0\n", "t.csv: list(s) with no individuals: C; remove them"),
        ("A,B,C\n1,0,0\n0,1,0\n0,0,1\n", "t.csv: no overlap between lists"),
    ],
)
def test_bad_files_are_refused_naming_the_row_and_column(text: str, message: str) -> None:
    assert message in refusal(text)


def test_a_missing_file_is_refused_with_its_path(tmp_path: Path) -> None:
    with pytest.raises(CaptureError, match=r"missing\.csv: cannot read"):
        read_captures(tmp_path / "missing.csv")


def test_a_file_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes("Amnesty,Бюро,press\n1,1,0\n".encode("cp1251"))
    with pytest.raises(CaptureError, match=r"latin1\.csv: not UTF-8 text"):
        read_captures(path)


def test_windows_line_endings_and_quoted_cells_are_read(tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    path.write_bytes(b'"Amnesty","HRW","Bureau","COUNT"\r\n"1","1","0","3"\r\n"0","1","1","2"\r\n')
    table = read_captures(path)
    assert table.lists == ("Amnesty", "HRW", "Bureau")
    assert dict(table.counts) == {(1, 1, 0): 3, (0, 1, 1): 2}


def test_cyrillic_list_names_are_kept_as_written() -> None:
    table = parse_captures(io.StringIO("Бюро,Кадыр,press\n1,1,0\n0,1,1\n"))
    assert table.lists == ("Бюро", "Кадыр", "press")
    assert table.list_totals() == {"Бюро": 1, "Кадыр": 2, "press": 1}


def test_the_same_pattern_on_several_count_rows_is_added_up() -> None:
    assert parsed("A,B,C,count\n1,1,0,3\n1,1,0,4\n0,1,1,1\n") == {(1, 1, 0): 7, (0, 1, 1): 1}
