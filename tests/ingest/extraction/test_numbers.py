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
