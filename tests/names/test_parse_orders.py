"""More written forms: every order and form the sources use, in every script."""

from __future__ import annotations

import pytest

from chronicle.names.parse import parse_name

# text → (surname, given, patronymic) as written
PARTS = [
    ("Бокаев Ерлан Кайратович", ("Бокаев", "Ерлан", "Кайратович")),
    ("Ерлан Кайратович Бокаев", ("Бокаев", "Ерлан", "Кайратович")),
    ("BOKAEV ERLAN KAIRATOVICH", ("BOKAEV", "ERLAN", "KAIRATOVICH")),
    ("Yerlan Kairatovich Bokayev", ("Bokayev", "Yerlan", "Kairatovich")),
    ("Bokayev, Yerlan Kairatovich", ("Bokayev", "Yerlan", "Kairatovich")),
    ("Ерлан Қайратұлы Бокаев", ("Бокаев", "Ерлан", "Қайратұлы")),
    ("Бокаев Ерлан Қайрат ұлы", ("Бокаев", "Ерлан", "Қайратұлы")),
    ("Айгерім Серікқызы Бокай", ("Бокай", "Айгерім", "Серікқызы")),
    ("Jeksebai Erlan Qairatuly", ("Jeksebai", "Erlan", "Qairatuly")),
    ("Erlan Jeksebai", ("Jeksebai", "Erlan", None)),
    ("ZHEKSEBAI Erlan", ("ZHEKSEBAI", "Erlan", None)),
    ("Kassym-Jomart Tokayev", ("Tokayev", "Kassym-Jomart", None)),
    ("Ерлан Қайратұлы", ("Қайратұлы", "Ерлан", None)),
    ("Бокаев Е. К.", ("Бокаев", None, None)),
    ("E.K. Bokaev", ("Bokaev", None, None)),
    ("Zh. Bokaev", ("Bokaev", None, None)),
    # a given name ending like an -ин/-ина surname beside an -ов/-ова one
    ("Ерсайын Алтасов", ("Алтасов", "Ерсайын", None)),
    ("Msdina Bayzhanova", ("Bayzhanova", "Msdina", None)),
    ("Ерсайын Ақжолұлы Алтасов", ("Алтасов", "Ерсайын", "Ақжолұлы")),
    ("Марина Ильина", ("Ильина", "Марина", None)),
    # ISO 9 with combining marks: one word each, as written
    ("Nu̇rhan Nu̇rpejìs", ("Nu̇rpejìs", "Nu̇rhan", None)),
    # a son's name in -ұлы beside a given name the table lacks: the -ұлы word is the surname, in either order
    ("Сұлтанұлы Оспан", ("Сұлтанұлы", "Оспан", None)),
    ("СУЛТАНУЛЫ ОСПАН", ("СУЛТАНУЛЫ", "ОСПАН", None)),
    ("Оспан Сұлтанұлы", ("Сұлтанұлы", "Оспан", None)),
    # ... and beside a woman's name that ends like an -ина surname
    ("Алина Мұқашқызы", ("Мұқашқызы", "Алина", None)),
    ("MUKASHKYZY MADINA", ("MUKASHKYZY", "MADINA", None)),
    # a scan read by OCR: digits for look-alike letters read back
    ("MINGAZ0VA GULSHAT", ("MINGAZOVA", "GULSHAT", None)),
    ("BAK1EVA NUR6UL", ("BAKIEVA", "NURGUL", None)),
    ("Кара6аев Медет Акжолович", ("Карабаев", "Медет", "Акжолович")),
    ("Ш0КАЕВ Берик", ("ШОКАЕВ", "Берик", None)),
    # ... and two words it ran together parted where a capital follows small letters
    ("КурмангалиеваМадина Куанышевна", ("Курмангалиева", "Мадина", "Куанышевна")),
    ("МәдиЕрб0л Санжарұлы", ("Мәди", "Ербол", "Санжарұлы")),
    ("Ronan MacLeod", ("MacLeod", "Ronan", None)),
    # a woman's decree-form surname is a man's name: beside her own name it is the surname, in either order
    ("KANAT AYGUL", ("KANAT", "AYGUL", None)),
    ("Айгүл Қанат", ("Қанат", "Айгүл", None)),
]


@pytest.mark.parametrize(("text", "parts"), PARTS)
def test_parts_as_written(text: str, parts: tuple[str | None, ...]) -> None:
    name = parse_name(text)
    assert (name.surname, name.given, name.patronymic) == parts


@pytest.mark.parametrize(
    ("text", "first"),
    [("Бокаев Ерлан", True), ("Ерлан Бокаев", False), ("BOKAEV, Maks", True), ("E. Bokaev", False)],
)
def test_surname_first(text: str, first: bool) -> None:
    assert parse_name(text).surname_first is first


@pytest.mark.parametrize(
    ("text", "initials"),
    [("Бокаев Е. К.", ("e", "k")), ("E.K. Bokaev", ("e", "k")), ("Ye. Bokayev", ("e", None)),
     ("Бокаев Ерлан К.", ("e", "k")), ("Yu. Tsoi", ("i", None))],
)  # fmt: skip
def test_initials(text: str, initials: tuple[str | None, str | None]) -> None:
    name = parse_name(text)
    assert (name.given_initial, name.patronymic_initial) == initials


@pytest.mark.parametrize(
    ("text", "sex"),
    [
        ("Бокаева Айгерим", "f"),
        ("Айгерім Серікқызы Бокай", "f"),
        ("Бокай Айгерім", "f"),
        ("Бокай Ерлан", "m"),
        ("Бокай Бекарыс", None),
        ("Gulmira Ibramagambetov", "f"),
    ],
)
def test_sex_from_the_strongest_cue(text: str, sex: str | None) -> None:
    assert parse_name(text).sex == sex


def test_parse_name_is_cached_for_repeated_spellings() -> None:
    assert parse_name("Бокаев Ерлан") is parse_name("Бокаев Ерлан")


def test_a_name_of_punctuation_has_no_parts() -> None:
    name = parse_name("--- ...")
    assert (name.surname, name.given, name.given_initial, name.sex) == (None, None, None, None)
