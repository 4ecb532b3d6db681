"""Quantities in digits and words, English and Russian, with qualifiers."""

from __future__ import annotations

import pytest

from chronicle.ingest.extraction.numbers import find_quantities, parse_number


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("1 465", 1465),
        ("20,000", 20000),
        ("6 000", 6000),
        ("twenty-four", 24),
        ("two hundred and forty", 240),
        ("fifteen", 15),
        ("шести", 6),
        ("двух десятков", 20),
        ("150 тысяч", 150000),
        ("трехсот", 300),
        ("сорока двух", 42),
        ("3.5", 3.5),
    ],
)
def test_number_phrases_have_their_value(phrase: str, value: float) -> None:
    assert parse_number(phrase) == value


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("more than 200 cases", [(200, "more_than", "more than 200")]),
        ("at least 65 people, 43 of whom", [(65, "at_least", "at least 65"), (43, "exactly", "43")]),
        ("approximately 200 incidents", [(200, "about", "approximately 200")]),
        ("около 70 человек", [(70, "about", "около 70")]),
        ("не менее 750 человек", [(750, "at_least", "не менее 750")]),
        ("свыше 300 задержанных", [(300, "more_than", "свыше 300")]),
        ("ни одного уголовного дела", [(0, "exactly", "ни одного")]),
        ("no criminal case was opened", [(0, "exactly", "no")]),
    ],
)
def test_quantities_carry_their_qualifier(text: str, found: list[tuple[float, str, str]]) -> None:
    quantities = [(q.value, q.qualifier, q.text) for q in find_quantities(text)]
    assert [item for item in quantities if item[0] != 1] == found


def test_no_before_an_uncountable_word_is_not_zero() -> None:
    assert find_quantities("authorities have provided no evidence") == []


def test_number_words_inside_other_words_are_not_numbers() -> None:
    assert find_quantities("He was beaten at the station; often the written answer came late.") == []


def test_russian_zero_phrase_keeps_its_offsets() -> None:
    [zero, one] = find_quantities("Не возбуждено ни одного дела.")
    assert (zero.start, zero.end, zero.value) == (14, 23, 0)
    assert one.value == 1  # 'одного' is also a numeral; the statistics step keeps the zero phrase


def test_not_one_and_none_before_a_verb_are_zero() -> None:
    text = "Of the 214 residents tried, not one had been acquitted. None of them was released."
    assert [(q.value, q.text) for q in find_quantities(text) if q.value != 1] == [
        (214, "214"),
        (0, "not one"),
        (0, "None of them"),
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("протоколов составлено более сотни.", [(100, "more_than")]),
        ("задержаны около тысячи человек", [(1000, "about")]),
        ("не менее десятка активистов", [(10, "at_least")]),
        ("more than a hundred people were detained", [(100, "more_than")]),
        ("over a thousand complaints", [(1000, "more_than")]),
        ("nearly a dozen journalists", [(12, "about")]),
        ("a hundred people gathered", [(100, "exactly")]),
    ],
)
def test_round_numbers_written_as_nouns(text: str, found: list[tuple[float, str]]) -> None:
    assert [(q.value, q.qualifier) for q in find_quantities(text)] == found


def test_hundreds_without_a_qualifier_and_a_hundred_of_something_are_no_count() -> None:
    assert find_quantities("сотни людей вышли на площадь") == []
    assert [q.value for q in find_quantities("a hundred and twenty people")] == [120]
    assert find_quantities("a lawyer and a journalist") == []


def test_not_one_of_the_cases_and_ni_v_odnom_are_zero() -> None:
    english = "Not one of the allegations of torture has been investigated."
    russian = "Ни в одном из этих случаев виновные не наказаны. Ни в одном из постов нет призывов."
    assert [(q.value, q.text) for q in find_quantities(english) if q.value != 1] == [(0, "Not one")]
    assert [(q.value, q.text) for q in find_quantities(russian) if q.value != 1] == [(0, "Ни в одном")]
