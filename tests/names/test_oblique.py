"""Names copied from a Russian sentence in the genitive or dative, read back in the nominative."""

from __future__ import annotations

import pytest

from chronicle.names.match import compare_names
from chronicle.names.oblique import nominative
from chronicle.names.parse import parse_name


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        # a governing word: the case, often the sex, and no part of the name
        ("гражданину Абдрахману Аяну Муратовичу", ("Абдрахман Аян Муратович", "m")),
        ("в отношении Абдрахмана Аяна Муратулы", ("Абдрахман Аян Муратулы", "m")),
        ("в отношении Ермек Аны Мухтаркызы", ("Ермек Ана Мухтаркызы", "f")),
        ("гражданке Юлдашевой Гулноре Абдуллаевне", ("Юлдашева Гулнора Абдуллаевна", "f")),
        ("гражданке Д.А. Омаровой", ("Д.А. Омарова", "f")),
        ("осуждённому Сергею Николаеву", ("Сергей Николаев", "m")),
        # a man's genitive or dative, told by his father's name, his surname's -ову or his name's -а/-у
        ("Хасанову Мусе Салмановичу", ("Хасанов Муса Салманович", "m")),
        ("Хасанова Мусы Салмановича", ("Хасанов Муса Салманович", "m")),
        ("Павлову Юрию Станиславовичу", ("Павлов Юрий Станиславович", "m")),
        ("Захарова Андрея Аркадьевича", ("Захаров Андрей Аркадьевич", "m")),
        ("Игорю Петрову", ("Игорь Петров", "m")),
        ("Турсынбаеву М.К.", ("Турсынбаев М.К.", "m")),
        ("Турсынбаю Багдату Санжарулы", ("Турсынбай Багдат Санжарулы", "m")),
        ("Ермекова Бауржана Жанболатулы", ("Ермеков Бауржан Жанболатулы", "m")),
        ("Анвара Ахмедова", ("Анвар Ахмедов", "m")),
        ("Петровского Олега", ("Петровский Олег", "m")),
        # a woman's, told by her father's name or her surname's -овой beside her name; her own name in a
        # consonant and her Kazakh -қызы do not decline
        ("Нурахуновой Гульнисахан Максутовне", ("Нурахунова Гульнисахан Максутовна", "f")),
        ("Зайцевой Марины Ивановны", ("Зайцева Марина Ивановна", "f")),
        ("Петровой Елене Егоровне", ("Петрова Елена Егоровна", "f")),
        ("Бектургановой Багилы Серикболаткызы", ("Бектурганова Багила Серикболаткызы", "f")),
        ("Натальи Смирновой", ("Наталья Смирнова", "f")),
        ("Ольги Петровской", ("Ольга Петровская", "f")),
        ("Жандосовой А.О.", ("Жандосова А.О.", "f")),
        ("АЛИИ МУРАТОВОЙ", ("АЛИЯ МУРАТОВА", "f")),
    ],
)
def test_an_oblique_name_is_read_in_the_nominative(written: str, expected: tuple[str, str]) -> None:
    assert nominative(written) == expected


@pytest.mark.parametrize(
    "written",
    [
        "Александра Иванова",  # a woman's name, not Александр's genitive
        "Ахмедова Динара",
        "Андрей Луговой",  # a man's surname in -ой
        "Сәуле Ахметова",  # a woman's name in -е as it is
        "Максутова А.Ж.",  # a woman, or a man's genitive: nothing tells, so as written
        "Демеу Ж.С.",  # a Kazakh surname in -у
        "Ерлан Кайратович",
        "Болат Ержанұлы",
        "Bokayev Yerlan",
    ],
)
def test_a_nominative_name_is_left_as_written(written: str) -> None:
    assert nominative(written) == (written, None)


def test_a_name_copied_from_a_sentence_matches_its_nominative_records() -> None:
    copied = parse_name("гражданину Ибраеву Дамиру Толегеновичу")
    assert (copied.surname, copied.given, copied.patronymic, copied.sex) == ("Ибраев", "Дамир", "Толегенович", "m")
    assert compare_names("Ибраеву Дамиру Толегеновичу", "Ybyraev Damir Tôlegenovič", None, None).score > 0.9
    assert compare_names("Нурмагамбетовой Ляйле Дауренкызы", "Leyla Nurmagambetova", None, None).veto is None
