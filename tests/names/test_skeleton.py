"""Spelling variants across scripts and systems collapse to one skeleton."""

from __future__ import annotations

import pytest

from chronicle.names.skeleton import compact, skeleton, wide
from chronicle.names.translit import to_latin

VARIANT_GROUPS = [
    ("jeksebaev", ["Жексебаев", "Zheksebaev", "Zheksebayev", "Jeksebaev", "ZHEKSEBAEV",
                   "Dzheksebaev", "Джексебаев", "Žeksebaev"]),
    ("erlan", ["Ерлан", "Yerlan", "Erlan", "ERLAN"]),
    ("kasim", ["Қасым", "Касым", "Kassym", "Qasym", "Kasym"]),
    ("bokaev", ["Бокаев", "Bokayev", "Boqaev", "BOKAEV", "Боқаев"]),
    ("januzak", ["Жанұзақ", "Zhanuzak", "Janūzaq", "Jańuzaq", "Жанузак"]),
    ("iuri", ["Юрий", "Iurii", "Yuriy", "Yury", "Yuri"]),
    ("soi", ["Цой", "Tsoy", "Tsoi", "Coj", "Tcoi"]),
    ("shaimardanov", ["Шаймарданов", "Shaymardanov", "Chaimardanov", "Şaimardanov"]),
    ("shokan", ["Шоқан", "Чокан", "Chokan", "Tchokan", "Şoqan"]),
    ("galimjan", ["Ғалымжан", "Ghalymzhan", "Galymzhan", "Ğalymjan", "G'alymjan", "Ǵalymjan"]),
    ("jakianov", ["Жақиянов", "Zhakiyanov", "Zhakiianov", "Jaqiianov", "Žaķiânov"]),
    ("kairatuli", ["Қайратұлы", "Qairatuly", "Qayratuly", "Kairatuly", "Қайратулы"]),
    ("shinis", ["Шыңғыс", "Shyngys", "Shyngghys", "Şyñğys", "S'yn'g'ys", "Shyńǵys"]),
    ("muhtar", ["Мұхтар", "Мухтар", "Mukhtar", "Muhtar", "Mūhtar"]),
    ("esenev", ["Есенеев", "Yeseneyev", "Eseneev", "Yeseneev"]),
]  # fmt: skip


@pytest.mark.parametrize(("expected", "variants"), VARIANT_GROUPS)
def test_variants_share_one_skeleton(expected: str, variants: list[str]) -> None:
    assert {skeleton(v) for v in variants} == {expected}


def test_to_latin_flattens_kazakh_letters_like_icao() -> None:
    assert to_latin("Әсем Ғалым Қайрат Ңң Өмір Ұлан Үміт Һ Іле") == "asem galym kairat nn omir ulan umit h ile"


def test_to_latin_reads_the_2017_apostrophe_alphabet() -> None:
    assert to_latin("Respy'blikasy S'yn'g'ys C'oqan") == "respublikasy shyngys choqan"


def test_to_latin_reads_the_2018_acute_alphabet() -> None:
    assert to_latin("Ǵalym Qazaqstan Respýblıkasy") == "galym qazaqstan respublikasy"


def test_to_latin_keeps_hyphens_and_spaces() -> None:
    assert to_latin("Қасым-Жомарт Тоқаев") == "kasym-zhomart tokaev"


def test_skeleton_of_empty_and_punctuation_is_empty() -> None:
    assert skeleton("") == ""
    assert skeleton("., -") == ""


@pytest.mark.parametrize(
    ("word", "one_letter_each", "written_out"),
    [
        ("Жулдыщ", "juldiw", "zhuldish"),
        ("Жұлдыз", "juldiz", "zhuldiz"),
        ("Uljan", "uljan", "ulzhan"),
        ("Bekjan", "bekjan", "bekzhan"),
        ("Raouchan", "rauwan", "raushan"),
        ("Ерлан", "erlan", "yerlan"),
        ("Ильчс", "ilws", "ilshs"),
        ("Ильяс", "ilYs", "ilias"),
        ("Юлия", "UlY", "iulia"),
    ],
)
def test_compact_and_wide_keys(word: str, one_letter_each: str, written_out: str) -> None:
    assert compact(skeleton(word)) == one_letter_each
    assert wide(skeleton(word)) == written_out


@pytest.mark.parametrize(("one", "other"), [("Artiom", "Артём"), ("Piotr", "Pyotr"), ("Fiodor", "Fedor")])
def test_yo_written_io_after_a_consonant_meets_the_other_systems(one: str, other: str) -> None:
    assert skeleton(one) == skeleton(other)


def test_a_final_io_stays() -> None:
    assert skeleton("Antonio") != skeleton("Anton")


@pytest.mark.parametrize(
    ("written", "cyrillic"),
    [("Darxanovna", "Дархановна"), ("Axmetov", "Ахметов"), ("Xolmatov", "Холматов"), ("Alexei", "Алексей"),
     ("Maxim", "Максим")],
)  # fmt: skip
def test_an_x_is_kh_beside_a_consonant_and_ks_between_vowels(written: str, cyrillic: str) -> None:
    assert skeleton(written) == skeleton(cyrillic)
