"""A record with a surname alone joins the one person in the input who carries that surname."""

from __future__ import annotations

import pytest

from chronicle.names.features import Features, features_of_text
from chronicle.names.link import InputRecord, link_records
from chronicle.names.lone_surname import attach_lone_surnames, is_lone_surname

Row = tuple[str, int | None, str | None]


def _features(rows: list[Row]) -> list[Features]:
    return [features_of_text(f"r{i}", name, year, region) for i, (name, year, region) in enumerate(rows)]


def _attached(rows: list[Row], labels: list[int]) -> list[int]:
    return attach_lone_surnames(_features(rows), labels)


@pytest.mark.parametrize(
    ("name", "lone"),
    [
        ("Madinov", True),
        ("СЫДЫКОВА", True),
        ("Жомартқызы", True),
        ("Бокай", True),
        ("Aidar", False),  # a common given name with no surname ending
        ("Madinov K.", False),
        ("Kozhakhmet Madinov", False),
    ],
)
def test_what_counts_as_a_surname_alone(name: str, lone: bool) -> None:
    assert is_lone_surname(features_of_text("r", name)) is lone


def test_joins_the_only_person_with_the_surname() -> None:
    rows: list[Row] = [("Kozhakhmet Madinov", None, None), ("Madinov, K. O.", None, None), ("Madinov", None, None)]
    assert _attached(rows, [0, 0, 2]) == [0, 0, 0]


def test_stays_alone_between_two_brothers() -> None:
    rows: list[Row] = [("Нұрлан Бокаев", 1980, None), ("Ерлан Бокаев", 1984, None), ("Бокаев", None, None)]
    assert _attached(rows, [0, 1, 2]) == [0, 1, 2]


def test_the_surnames_sex_keeps_a_wife_apart_from_her_husband() -> None:
    rows: list[Row] = [("Нұрлан Бокаев", 1980, None), ("Алия Бокаева", 1982, None), ("БОКАЕВА", None, None)]
    assert _attached(rows, [0, 1, 2]) == [0, 1, 1]


def test_a_birth_year_that_conflicts_keeps_it_alone() -> None:
    rows: list[Row] = [("Нұрлан Бокаев", 1980, None), ("Бокаев", 1990, None)]
    assert _attached(rows, [0, 1]) == [0, 1]


def test_the_region_picks_one_of_two_namesakes_by_surname() -> None:
    rows: list[Row] = [
        ("Нұрлан Бокаев", None, "Атырау"),
        ("Ерлан Бокаев", None, "Шымкент"),
        ("Бокаев", None, "Atyrau"),
    ]  # fmt: skip
    assert _attached(rows, [0, 1, 2]) == [0, 1, 0]


def test_a_record_already_linked_stays_where_it_is() -> None:
    rows: list[Row] = [("Нұрлан Бокаев", None, None), ("Бокаев", None, None), ("Бокаев", None, None)]
    assert _attached(rows, [0, 1, 1]) == [0, 1, 1]


def test_link_puts_a_lone_surname_with_its_person() -> None:
    records = [
        InputRecord("a", "Олег Николаевич Кудрявцев", None, "Петропавловск"),
        InputRecord("b", "KUDRYAVTSEV Oleg", None, "Petropavl"),
        InputRecord("c", "Кудрявцев", None, "СКО"),
        InputRecord("d", "Марат Садыков", 1979, "Алматы"),
    ]  # fmt: skip
    clusters = link_records(records, explain=False).clusters
    assert clusters["a"] == clusters["b"] == clusters["c"] != clusters["d"]
