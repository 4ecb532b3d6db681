"""Surname spellings a typo apart: one surname mistyped, or two surnames the input attests."""

from __future__ import annotations

import math

from chronicle.names.features import features_of_text
from chronicle.names.spelling import ATTESTED, ATTESTED_FACTOR, SurnameSpellings


def _rows(*names: str) -> list:
    return [features_of_text(f"r{i}", name) for i, name in enumerate(names)]


def test_a_root_on_several_records_is_attested() -> None:
    rows = _rows(*["Мурат Бокаев"] * ATTESTED, "Murat Tokayev")
    spellings = SurnameSpellings(rows)
    assert spellings.attested(rows[0].sur)
    assert not spellings.attested(rows[-1].sur)
    assert not spellings.attested(None)


def test_two_attested_roots_a_typo_apart_are_two_surnames() -> None:
    rows = _rows(*["Мурат Бокаев"] * ATTESTED, *["Murat Tokayev"] * ATTESTED)
    spellings = SurnameSpellings(rows)
    assert spellings.two_surnames(rows[0], rows[-1])
    assert not spellings.two_surnames(rows[0], rows[1])  # one root: not this rule's question
    odds = 0.8 / 0.2 * ATTESTED_FACTOR
    assert math.isclose(spellings.adjusted(rows[0], rows[-1], 0.8), odds / (1 + odds))
    assert spellings.adjusted(rows[0], rows[1], 0.8) == 0.8


def test_a_spelling_on_one_record_is_a_typo_and_keeps_its_link() -> None:
    rows = _rows(*["Мурат Бокаев"] * ATTESTED, "Murat Bokaeb")
    spellings = SurnameSpellings(rows)
    assert not spellings.two_surnames(rows[0], rows[-1])
    assert spellings.adjusted(rows[0], rows[-1], 0.8) == 0.8


def test_other_families_of_names_are_not_this_rule() -> None:
    # Attested roots, but the names differ beyond a surname typo: the model's level decides.
    rows = _rows(*["Мурат Бокаев"] * ATTESTED, *["Ерлан Токаев"] * ATTESTED)
    assert not SurnameSpellings(rows).two_surnames(rows[0], rows[-1])
