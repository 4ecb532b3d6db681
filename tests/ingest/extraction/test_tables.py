"""Counts laid out as a plain-text table: a header of columns, one row per place."""

from __future__ import annotations

from datetime import date

from chronicle.ingest.extraction.dates import find_dates
from chronicle.ingest.extraction.pipeline import extract
from chronicle.ingest.extraction.tables import period_cells, table_cells

RU_TABLE = (
    "По регионам\n\n"
    "Задержания / уголовные дела / штрафы:\n"
    "Минск — 40 / 12 / 30\n"
    "Гомельская область — 17 / 4 / 9\n"
    "\n"
    "Суд оштрафовал активиста.\n"
)
EN_TABLE = "Detentions | Criminal cases\nAlmaty | 33 | 7\nShymkent | 12 | 2\nTotal: 45 people were detained.\n"


def test_each_number_of_a_row_belongs_to_its_column_and_row() -> None:
    cells = sorted(table_cells(RU_TABLE).values(), key=lambda c: c.start)
    assert [(RU_TABLE[c.start : c.end], c.column, c.row) for c in cells] == [
        ("40", "Задержания", "Минск"),
        ("12", "уголовные дела", "Минск"),
        ("30", "штрафы", "Минск"),
        ("17", "Задержания", "Гомельская область"),
        ("4", "уголовные дела", "Гомельская область"),
        ("9", "штрафы", "Гомельская область"),
    ]


def test_a_row_with_another_number_of_cells_ends_the_table() -> None:
    text = "Detentions / Searches:\nMinsk — 5 / 6\nBrest — 1 / 2 / 3\nGrodno — 7 / 8\n"
    assert len(table_cells(text)) == 2


def test_prose_with_slashes_is_no_table() -> None:
    assert table_cells("The case number is 12/345 and the article 7/2.\nHe got 5 / 6 votes.") == {}


def test_table_counts_become_statistics_with_their_column_and_place() -> None:
    stats = extract(EN_TABLE, published=date(2026, 3, 1), language="en")["statistics"]
    assert [(s["quantity"], s["what"], s["place"]) for s in stats] == [
        (33, "Detentions", "Almaty"),
        (7, "Criminal cases", "Almaty"),
        (12, "Detentions", "Shymkent"),
        (2, "Criminal cases", "Shymkent"),
        (45, "people were detained", "Kazakhstan"),
    ]


def test_a_comparison_table_gives_each_count_the_period_of_its_column() -> None:
    text = (
        "KEY FIGURES\n\nIndicator                          Q1 2025   Q1 2024\n"
        "New criminal cases                      19        11\n"
        "Fines for assemblies                   112        97\n\n"
        "| Показатель | январь–сентябрь 2024 | январь–сентябрь 2023 |\n|---|---|---|\n"
        "| Обыски | не менее 1 100 | 870 |\n"
    )
    cells = period_cells(text, find_dates(text, date(2025, 4, 14)))
    assert [(text[c.start : c.end].strip(), c.period.first, c.period.last) for c in cells] == [
        ("19", "2025-01-01", "2025-03-31"),
        ("11", "2024-01-01", "2024-03-31"),
        ("112", "2025-01-01", "2025-03-31"),
        ("97", "2024-01-01", "2024-03-31"),
        ("не менее 1 100", "2024-01", "2024-09-30"),
        ("870", "2023-01", "2023-09-30"),
    ]


def test_a_line_with_two_dates_and_other_numbers_is_no_header() -> None:
    text = "From 1 May to 30 June 2025 there were 40 arrests.\nMinsk   12   4\n"
    assert period_cells(text, find_dates(text, date(2025, 7, 1))) == []
