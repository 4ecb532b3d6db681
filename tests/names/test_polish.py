"""Names in the Polish transliteration read as the English-style Latin the keys are made from."""

from __future__ import annotations

import pytest

from chronicle.names.match import compare_names
from chronicle.names.parse import parse_name
from chronicle.names.polish import is_polish, polish_reading


@pytest.mark.parametrize(
    ("polish", "russian"),
    [
        ("Dauren Żumabajew", "Даурен Жумабаев"),
        ("Marija Czernyszewa", "Мария Чернышева"),
        ("Siergiej Szczerbakow", "Сергей Щербаков"),
        ("Bagdat Taszimow", "Багдат Ташимов"),
        ("Dmitrij Nikołajew", "Дмитрий Николаев"),
        ("Nurżan Mirzojew", "Нуржан Мирзоев"),
    ],
)
def test_a_polish_spelling_has_the_keys_of_the_russian_one(polish: str, russian: str) -> None:
    left, right = parse_name(polish), parse_name(russian)
    assert (left.surname_key, left.given_key) == (right.surname_key, right.given_key)


def test_a_polish_spelling_matches_the_kazakh_latin_one() -> None:
    assert compare_names("Dauren Żumabajew", "Däuren Jūmabaev").score > 0.5


@pytest.mark.parametrize(
    "text", ["Bakhyt Nurzhanov", "Sánat Ábdirahmanov", "Jurij Chasanow", "Nurlan Bokayev", "Ońgar Qydyrov"]
)
def test_other_spellings_are_not_read_as_polish(text: str) -> None:
    assert not is_polish(text)


def test_the_reading_keeps_the_case_of_each_word_and_of_each_part() -> None:
    assert polish_reading("ŻUMABAJEW Kasym-Żomart") == "ZHUMABAYEV Kasym-Zhomart"
