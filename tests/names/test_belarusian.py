"""Belarusian forms of names read as their Russian forms."""

from __future__ import annotations

import pytest

from chronicle.names.belarusian import belarusian_reading, is_belarusian
from chronicle.names.match import compare_names
from chronicle.names.parse import parse_name


@pytest.mark.parametrize(
    ("belarusian", "russian"),
    [
        ("Калеснікаў Віктар", "Колесников Виктор"),
        ("Viktar Kalesnikau", "Колесников Виктор"),
        ("Кавалёў Дзмітрый", "Ковалёв Дмитрий"),
        ("Dzmitryi Kavaliou", "Ковалёв Дмитрий"),
        ("Вольга Бяляцкая", "Беляцкая Ольга"),
        ("Volha Bialiatskaya", "Беляцкая Ольга"),
        ("Siarhei Tsikhanouski", "Сергей Тихановский"),
        ("Ягор Ціханоўскі", "Егор Тихановский"),
        ("Ihar Stsiapanau", "Игорь Степанов"),
        ("Juryj Kaliesnikaŭ", "Юрий Колесников"),
        ("Марыя Андрэеўна Сідарэвіч", "Сидоревич Мария Андреевна"),
    ],
)
def test_a_belarusian_form_has_the_keys_of_the_russian_one(belarusian: str, russian: str) -> None:
    left, right = parse_name(belarusian), parse_name(russian)
    assert left.given_key == right.given_key
    assert (left.surname_key or "").replace("o", "a") == (right.surname_key or "").replace("o", "a")


def test_a_belarusian_form_and_the_russian_one_compare_as_one_name() -> None:
    assert compare_names("Uladzimir Kavaliou", "Ковалёв Владимир").veto is None
    assert compare_names("Ales Bialiatski", "Беляцкий Александр").veto is None


@pytest.mark.parametrize(
    "text", ["Ерік Сәрсенбаев", "Кайрат Іманғалиұлы", "Giorgi Chkheidze", "Rustam Saidov", "Ярослава Коваленко"]
)
def test_kazakh_and_other_names_are_not_read_as_belarusian(text: str) -> None:
    assert not is_belarusian(text)


def test_a_given_name_the_table_knows_is_left_as_written() -> None:
    assert belarusian_reading("Уладзімір Кавалёў") == "Уладзімір Кавалёв"  # (akanye: left to the comparisons)


@pytest.mark.parametrize("text", ["Tıleu Marat", "Nurtau Bekov", "Tourgalieva Kounsoulou", "Людмила Морозова"])
def test_kazakh_endings_and_french_style_passports_are_not_belarusian(text: str) -> None:
    assert not is_belarusian(text)
