"""A record with a surname alone, a given name and the surname's initial, or a given name and a father's
name, joins the one person in the input it can mean."""

from __future__ import annotations

import pytest

from chronicle.names.features import Features, features_of_text
from chronicle.names.link import InputRecord, link_records
from chronicle.names.lone_records import (
    attach_anonymised,
    attach_lone_surnames,
    attach_name_and_patronymic,
    is_given_and_initial,
    is_lone_surname,
    is_name_and_patronymic,
)

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


@pytest.mark.parametrize(
    ("name", "anonymised"),
    [
        ("Ринат С.", True),
        ("aigerim k.", True),
        ("Бейбіт Н.", True),  # a given name the table lacks: the cluster must carry it as a given name
        ("Бокаев С.", False),  # a surname by its ending
        ("Жомартқызы А.", False),
        ("Ринат Сапаров", False),
        ("Ринат", False),
        ("Ринат С. К.", False),
    ],
)
def test_what_counts_as_a_given_name_and_an_initial(name: str, anonymised: bool) -> None:
    assert is_given_and_initial(features_of_text("r", name)) is anonymised


def _anonymised(rows: list[Row], labels: list[int]) -> list[int]:
    return attach_anonymised(_features(rows), labels)


def test_an_anonymised_name_joins_the_only_person_it_can_be() -> None:
    rows: list[Row] = [("Сапаров Ринат Маратович", None, None), ("Rinat SAPAROV", None, None), ("Ринат С.", None, None)]
    assert _anonymised(rows, [0, 0, 2]) == [0, 0, 0]


def test_an_anonymised_name_joins_across_scripts() -> None:
    rows: list[Row] = [("Сапаров Ринат", None, None), ("rinat s.", None, None)]
    assert _anonymised(rows, [0, 1]) == [0, 0]


def test_an_anonymised_name_stays_alone_between_two_people_it_can_be() -> None:
    rows: list[Row] = [("Ринат Сапаров", None, None), ("Ринат Садыков", None, None), ("Ринат С.", None, None)]
    assert _anonymised(rows, [0, 1, 2]) == [0, 1, 2]


def test_the_birth_year_picks_one_of_two_for_an_anonymised_name() -> None:
    rows: list[Row] = [("Ринат Сапаров", 1980, None), ("Ринат Садыков", 1991, None), ("Ринат С.", 1991, None)]
    assert _anonymised(rows, [0, 1, 2]) == [0, 1, 1]


def test_a_conflicting_birth_year_or_sex_keeps_an_anonymised_name_alone() -> None:
    rows: list[Row] = [("Ринат Сапаров", 1980, None), ("Ринат С.", 1990, None), ("Жанна Сапарова", None, None)]
    assert _anonymised(rows, [0, 1, 2]) == [0, 1, 2]
    assert _anonymised([("Сапарова Жанна", None, None), ("Жанна С.", None, None)], [0, 1]) == [0, 0]


def test_another_initial_is_another_person() -> None:
    rows: list[Row] = [("Ринат Сапаров", None, None), ("Ринат К.", None, None)]
    assert _anonymised(rows, [0, 1]) == [0, 1]


def test_link_puts_an_anonymised_name_with_its_person() -> None:
    records = [
        InputRecord("a", "Бекмуратов Данияр Серикович", 1987, "Алматы"),
        InputRecord("b", "Daniyar BEKMURATOV", 1987, None),
        InputRecord("c", "Данияр Б.", None, "Алматы"),
        InputRecord("d", "Данияр Калиев", 1990, None),
    ]  # fmt: skip
    clusters = link_records(records, explain=False).clusters
    assert clusters["a"] == clusters["b"] == clusters["c"] != clusters["d"]


@pytest.mark.parametrize(
    ("name", "addressed"),
    [
        ("Ерлан Кайратович", True),
        ("Гульнара Ержановна", True),
        ("Yerlan Kairatovich", True),
        ("Серикбаев Ерлан Кайратович", False),
        ("Николай Статкевич", False),  # a Belarusian surname in -вич is made of no given name
        ("Айгерим Болатқызы", False),  # Kazakh writes -қызы for a surname (read by its own level)
    ],
)
def test_what_counts_as_a_given_name_and_a_fathers_name(name: str, addressed: bool) -> None:
    assert is_name_and_patronymic(features_of_text("r", name)) is addressed


def _addressed(rows: list[Row], labels: list[int]) -> list[int]:
    return attach_name_and_patronymic(_features(rows), labels)


def test_a_name_and_patronymic_joins_the_only_person_it_can_be() -> None:
    rows: list[Row] = [("Серикбаев Ерлан Кайратович", None, None), ("Yerlan Kairatovich", None, None)]
    assert _addressed(rows, [0, 1]) == [0, 0]


def test_a_name_and_patronymic_stays_alone_between_two_people() -> None:
    rows: list[Row] = [
        ("Серикбаев Ерлан Кайратович", None, None),
        ("Ахметов Ерлан Кайратович", None, None),
        ("Ерлан Кайратович", None, None),
    ]  # fmt: skip
    assert _addressed(rows, [0, 1, 2]) == [0, 1, 2]
    rows[2] = ("Ерлан Кайратович", 1980, None)
    rows[1] = ("Ахметов Ерлан Кайратович", 1980, None)
    assert _addressed(rows, [0, 1, 2]) == [0, 1, 1]


def test_another_fathers_name_is_another_person() -> None:
    rows: list[Row] = [("Серикбаев Ерлан Болатович", None, None), ("Ерлан Кайратович", None, None)]
    assert _addressed(rows, [0, 1]) == [0, 1]


def test_link_puts_a_name_and_patronymic_with_its_person() -> None:
    records = [
        InputRecord("a", "Сапарова Гульнара Ержановна", 1975, None),
        InputRecord("b", "Gulnara SAPAROVA", None, None),
        InputRecord("c", "Гульнара Ержановна", None, None),
        InputRecord("d", "Гульнара Сапарова", None, None),
        InputRecord("e", "Ахметова Гульнара Болатовна", None, None),
    ]  # fmt: skip
    clusters = link_records(records, explain=False).clusters
    assert clusters["a"] == clusters["b"] == clusters["c"] == clusters["d"] != clusters["e"]
