"""Surname and patronymic roots: the 1996 decree forms meet the -ов/-ович forms."""

from __future__ import annotations

import pytest

from chronicle.names.morphology import (
    has_surname_suffix,
    patronymic_stem,
    patronymic_suffix,
    sex_of_patronymic,
    sex_of_surname,
    surname_stem,
)
from chronicle.names.parse import parse_name
from chronicle.names.skeleton import skeleton


@pytest.mark.parametrize(
    ("variants", "root"),
    [
        (["Жексебаев", "Жексебай", "Zheksebayev", "Жексебаева"], "jekseba"),
        (["Бокаев", "Бокай", "Bokaeva", "BOKAYEV"], "boka"),
        (["Нургалиев", "Нұрғали", "Nurgaliyev"], "nurgal"),
        (["Сулейменов", "Сүлеймен", "Suleimenova"], "suleimen"),
        (["Зуев", "Зуева"], "zu"),
        (["Ильин", "Ильина"], "ilin"),
        (["Есенеев", "Есеней", "Yeseneyev", "Есенеева"], "esen"),
        (["Жуковский", "Жуковская"], "jukovsk"),
        (["Ермекұлы", "Ермеков"], "ermek"),
    ],
)
def test_surname_variants_share_a_root(variants: list[str], root: str) -> None:
    assert {surname_stem(skeleton(v)) for v in variants} == {root}


@pytest.mark.parametrize(
    ("variants", "root"),
    [
        (["Кайратович", "Қайратұлы", "Qairatuly", "Kairatovna", "Қайратқызы", "Kairat uly"], "kairat"),
        (["Николаевич", "Николайұлы"], "nikola"),
        (["Сергеевич", "Sergeyevich", "Сергеевна"], "serg"),
    ],
)
def test_patronymic_variants_share_the_fathers_name(variants: list[str], root: str) -> None:
    assert {patronymic_stem(skeleton(v)) for v in variants} == {root}


@pytest.mark.parametrize(
    ("word", "suffix"),
    [("Кайратович", "ovish"), ("Kairatovitch", "ovish"), ("Кайратовна", "ovna"), ("Қайратұлы", "uli"),
     ("Қайратқызы", "kizi"), ("Күнсұлу", None), ("Фомич", "ish"), ("Кузьмич", "ish"), ("Бекич", None), ("Ерлан", None),
     ("Қуаныш", None), ("Kuanysh", None), ("Жаныш", None)],
)  # fmt: skip
def test_patronymic_suffix(word: str, suffix: str | None) -> None:
    assert patronymic_suffix(skeleton(word)) == suffix


@pytest.mark.parametrize(
    ("word", "sex"),
    [("Бокаева", "f"), ("Бокаев", "m"), ("Ильина", "f"), ("Жуковская", "f"), ("Бокай", None), ("Тұрсын", None),
     ("Турсынова", "f"), ("Шевченко", None)],
)  # fmt: skip
def test_sex_of_surname(word: str, sex: str | None) -> None:
    assert sex_of_surname(skeleton(word)) == sex


@pytest.mark.parametrize(
    ("word", "sex"),
    [("Кайратовна", "f"), ("Қайратқызы", "f"), ("Кайратович", "m"), ("Қайратұлы", "m"), ("Ерлан", None)],
)
def test_sex_of_patronymic(word: str, sex: str | None) -> None:
    assert sex_of_patronymic(skeleton(word)) == sex


def test_surname_suffix_needs_a_root_before_it() -> None:
    assert has_surname_suffix("ov") is False
    assert has_surname_suffix("zuev") is True


def test_the_root_is_read_past_a_slip_in_the_ending() -> None:
    from chronicle.names.morphology import surname_stem_after_typo

    assert surname_stem_after_typo("tokavea") == "toka"  # Токавеа: -ева with two letters swapped
    assert surname_stem_after_typo("kalibaiva") == "kaliba"  # Kalibayva: -ева without its е
    assert surname_stem_after_typo("kenteav") == "kent"  # Кентеав: Кентаев with а, е swapped
    assert surname_stem_after_typo("esenbekovk") == "esenbek"  # Есенбековк: a letter struck after -ов
    for clean in ("bokaev", "bokaeva", "ivanov", "sidorova", "antonua"):
        assert surname_stem_after_typo(clean) is None


@pytest.mark.parametrize("text", ["Гела Мамулашвили", "Mamulashvili Gela", "Temur Chkheidze", "Чхеидзе Теймураз"])
def test_a_georgian_surname_is_told_by_its_ending(text: str) -> None:
    assert parse_name(text).surname_key in ("mamulashvil", "sheidze")
