"""Names in the German transliteration read as the English-style Latin the keys are made from."""

from __future__ import annotations

import pytest

from chronicle.names.german import german_reading, is_german
from chronicle.names.match import compare_names
from chronicle.names.parse import parse_name


@pytest.mark.parametrize(
    ("german", "russian"),
    [
        ("Arman Abdrachmanow", "Арман Абдрахманов"),
        ("Jewgeni Prochorow", "Евгений Прохоров"),
        ("Berik Tokajew", "Берик Токаев"),
        ("Ajgul Nijasowa", "Айгуль Ниязова"),
        ("Taras Schewtschenko", "Тарас Шевченко"),
        ("Wladimir Malyschew", "Владимир Малышев"),
    ],
)
def test_a_german_spelling_has_the_keys_of_the_russian_one(german: str, russian: str) -> None:
    left, right = parse_name(german), parse_name(russian)
    assert (left.surname_key, left.given_key) == (right.surname_key, right.given_key)


def test_the_sch_of_zh_is_one_letter_wrong_not_another_name() -> None:
    comparison = compare_names("Dinara Schumabajewa", "Жумабаева Динара")
    assert comparison.veto is None and comparison.fields[0].level == "surname a typo apart, given name equal"


@pytest.mark.parametrize("text", ["Zhanar Ospanova", "Jasur Karimov", "Joseph Schmidt", "Nurlan Bokayev"])
def test_english_spellings_are_not_read_as_german(text: str) -> None:
    assert not is_german(text)


def test_the_reading_keeps_the_case_of_each_word() -> None:
    assert german_reading("TSCHERNOW Nikolai") == "CHERNOV Nikolai"
