"""Names read off a passport's machine-readable line."""

from __future__ import annotations

import pytest

from chronicle.names.match import compare_names
from chronicle.names.mrz import mrz_name
from chronicle.names.parse import parse_name


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("P<KAZBOKAEV<<MAKS<<<<<<<<<<<<<<<<<<<<<<<<<<<", "BOKAEV, MAKS"),
        ("P<KAZZHEKSEBAEV<<NURZHAN<KAIRATULY<<<<<<<<<<", "ZHEKSEBAEV, NURZHAN KAIRATULY"),
        ("P<RUS8OGDANOV<<KONSTANTIN<<<<<<<<<<<<<<<<<<<", "BOGDANOV, KONSTANTIN"),  # OCR: 8 for B
        ("P<KAZZH0LDASBAEV<<AYBEK<<<<<<<<<<<<<<<<<<<<<", "ZHOLDASBAEV, AYBEK"),  # OCR: 0 for O
    ],
)
def test_a_machine_readable_line_gives_surname_and_given_names(line: str, name: str) -> None:
    assert mrz_name(line) == name


@pytest.mark.parametrize("text", ["Bokaev Maks", "P. Bokaev", "BOKAEV MAKS", "P<KAZ", ""])
def test_other_writing_is_no_machine_readable_line(text: str) -> None:
    assert mrz_name(text) is None


def test_a_passport_line_matches_the_name_in_cyrillic() -> None:
    parsed = parse_name("P<KAZTURSYNOV<<NURBEK<<<<<<<<<<<<<<<<<<<<<<<")
    assert (parsed.surname, parsed.given) == ("TURSYNOV", "NURBEK")
    assert compare_names("P<KAZTURSYNOV<<NURBEK<<<<<<<<<<<<<<<<<<<<<<<", "Турсынов Нурбек", 1993, 1993).score > 0.9
