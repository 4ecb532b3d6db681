"""Numbered places of detention and their short official forms."""

from __future__ import annotations

import pytest

from chronicle.ingest.extraction.facilities import find_facilities


@pytest.mark.parametrize(
    ("text", "name", "short"),
    [
        ("held in Penal Colony No. 15 near Angarsk", "Penal Colony No. 15", "ИК-15"),
        ("moved to Pre-trial Detention Centre No. 1 in Minsk", "Pre-trial Detention Centre No. 1", "СИЗО-1"),
        ("в исправительной колонии № 11", "исправительная колония № 11", "ИК-11"),
        ("в следственном изоляторе №2", "следственный изолятор №2", "СИЗО-2"),
        ("доставили в СИЗО-1 Пскова", "СИЗО-1", "СИЗО-1"),
        ("transferred to IK-3", "IK-3", "ИК-3"),
    ],
)
def test_a_numbered_facility_is_named_in_the_nominative_with_its_short_form(text: str, name: str, short: str) -> None:
    [facility] = find_facilities(text)
    assert facility.name == name
    assert short in (facility.name, *facility.aliases)


@pytest.mark.parametrize(
    "text",
    ["sent to a penal colony for six years", "в колонии строгого режима", "Article 15 of the Code", "СИЗО Минска"],
)
def test_an_unnumbered_or_lower_case_english_facility_is_no_name(text: str) -> None:
    assert find_facilities(text) == []
