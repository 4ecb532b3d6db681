"""Parsing written names into their parts, in every order in use."""

from __future__ import annotations

import pytest

from chronicle.names.match import compare_names
from chronicle.names.parse import parse_name
from chronicle.names.script import Script, detect_script, is_uzbek_latin, latin_system

# text → (surname root, given name, given initial, patronymic root, patronymic initial, sex)
PARSES = [
    ("BOKAEV Maks", ("boka", "maks", "m", None, None, "m")),
    ("BOKAEV, Maks", ("boka", "maks", "m", None, None, "m")),
    ("Бокаев Ерлан Кайратович", ("boka", "erlan", "e", "kairat", "k", "m")),
    ("Ерлан Кайратович Бокаев", ("boka", "erlan", "e", "kairat", "k", "m")),
    ("Ерлан Қайратұлы Жексебай", ("jekseba", "erlan", "e", "kairat", "k", "m")),
    ("Zheksebayev, Yerlan", ("jekseba", "erlan", "e", None, None, "m")),
    ("E. Bokaev", ("boka", None, "e", None, None, "m")),
    ("Бокаев Е.К.", ("boka", None, "e", None, "k", "m")),
    ("Жанай Ерлан", ("jana", "erlan", "e", None, None, "m")),
    ("Bokaeva Aigerim Serikovna", ("boka", "aigerim", "a", "serik", "s", "f")),
    ("Шалахметова Кунсулу", ("shalahmet", "kunsulu", "k", None, None, "f")),
    ("Bayzhanov Q. Zhasulanuly", ("baijan", None, "k", "jasulan", "z", "m")),
    ("Ерлан Қайрат ұлы", ("kairat", "erlan", "e", None, None, "m")),
    # beside a patronymic the given name is the word before it, whatever the endings say (-ин)
    ("Jantai Ersaiin Kuandykovich", ("janta", "ersain", "e", "kuandik", "k", "m")),
    # a double given name is looked up by its first part: the known Қасым is the given name
    ("ZHEKSEBAK KASYM-ZHOMART", ("jeksebak", "kasim", "k", None, None, "m")),
    ("Жексебақ Қасым-Жомарт", ("jeksebak", "kasim", "k", None, None, "m")),
]


@pytest.mark.parametrize(("text", "expected"), PARSES)
def test_parse_name_finds_the_parts(text: str, expected: tuple[object, ...]) -> None:
    name = parse_name(text)
    found = (name.surname_key, name.given_key, name.given_initial, name.patronymic_key,
             name.patronymic_initial, name.sex)  # fmt: skip
    assert found == expected


def test_parse_name_keeps_the_parts_as_written() -> None:
    name = parse_name("Бокаев Ерлан Кайратович")
    assert (name.surname, name.given, name.patronymic) == ("Бокаев", "Ерлан", "Кайратович")
    assert name.surname_first is True
    assert name.full_given is True


def test_initials_agree_across_systems() -> None:
    initials = {parse_name(t).given_initial for t in ["Ж. Бокаев", "Zh. Bokaev", "J. Bokaev", "Z. Bokaev"]}
    assert initials == {"z"}


def test_parse_name_of_a_lone_surname() -> None:
    name = parse_name("Tokayev")
    assert (name.surname_key, name.given_key, name.given_initial) == ("toka", None, None)


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("Қасым Тоқаев", Script.KAZAKH_CYRILLIC),
        ("Касым Токаев", Script.CYRILLIC),
        ("Kassym Tokayev", Script.LATIN),
        ("Qasym Toqaev", Script.LATIN),
        ("Kassym Токаев", Script.MIXED),
        ("", Script.EMPTY),
        ("123", Script.EMPTY),
        ("李明", Script.OTHER),
    ],
)
def test_detect_script(text: str, script: Script) -> None:
    assert detect_script(text) == script


@pytest.mark.parametrize(
    ("text", "system"),
    [
        ("Şyñğys", "kazakh_latin_2021"),
        ("Shyńǵys", "kazakh_latin_2018"),
        ("S'yn'g'ys", "kazakh_latin_2017"),
        ("Žaksybekov", "iso_9"),
        ("Sejìtov", "iso_9"),  # ISO 9's Kazakh letters
        ("Nu̇rlan Ķasymov", "iso_9"),  # Ұ as u with a combining dot
        ("Shyngys", None),
    ],
)
def test_latin_system_is_guessed_from_its_letters(text: str, system: str | None) -> None:
    assert latin_system(text) == system


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("Mikhaylov Nikolay", True),  # -ов on one word only
        ("Николаев Михаил Борисович", True),  # the given name right before the patronymic
        ("BOKAEV, Maks", True),  # a comma
        ("Оспан Абек", False),  # nothing tells
        ("Жанай Нұрлан", False),
        ("М. Жанай", False),  # one word
    ],
)
def test_parse_name_says_whether_the_order_was_told(text: str, told: bool) -> None:
    assert parse_name(text).order_told is told


@pytest.mark.parametrize(
    "text",
    ["Айдос Хамитұлы Байболұлы", "Байболұлы Айдос Хамитұлы", "Aidos Hamituly Baiboluly", "BAIBOLULY Aidos Hamituly"],
)
def test_a_surname_in_uly_beside_a_patronymic_in_uly(text: str) -> None:
    parsed = parse_name(text)
    assert (parsed.surname_key, parsed.given_key, parsed.patronymic_key) == ("baibol", "aidos", "hamit")


@pytest.mark.parametrize(
    ("text", "father"),
    [
        ("ТУРСУНОВ Бахтиёр Рахим угли", "rahim"),
        ("Турсунов Бахтиёр Рахим ўғли", "rahim"),
        ("Алиев Эльчин Рафик оглы", "rafik"),
    ],
)
def test_uzbek_and_azerbaijani_son_of_written_apart_is_the_patronymic(text: str, father: str) -> None:
    parsed = parse_name(text)
    assert (parsed.given_key is not None, parsed.patronymic_key) == (True, father)


def test_a_form_of_address_tells_the_sex_and_is_no_given_name() -> None:
    assert (parse_name("Ms Frolova").given, parse_name("Ms Frolova").sex) == (None, "f")
    assert (parse_name("Mr. Viktor Em").given, parse_name("Mr. Viktor Em").sex) == ("Viktor", "m")
    assert parse_name("Mrs").surname == "Mrs"  # a title alone is all there is


def test_a_short_form_of_a_mans_and_a_womans_name_tells_no_sex() -> None:
    assert parse_name("Женя Ким").sex is None
    assert parse_name("Женя Ким").given_key == parse_name("Евгений Ким").given_key


def test_a_look_alike_letter_of_the_other_script_is_read_as_its_twin() -> None:
    assert parse_name("Нуpлан Жакиян").given_key == parse_name("Нурлан Жакиян").given_key
    assert parse_name("Динара Kыдырбекова").surname_key == parse_name("Динара Кыдырбекова").surname_key


def test_a_mistyped_patronymic_in_ich_is_still_the_fathers_name() -> None:
    name = parse_name("Ким Вадим Виктороыич")
    assert (name.surname, name.given, name.patronymic_key) == ("Ким", "Вадим", "viktor")
    assert parse_name("Ахметов Ерлан Куаныш").patronymic is None  # a given name in -ыш is no patronymic


@pytest.mark.parametrize(
    ("text", "uzbek"),
    [("Farrux Xolmatov", True), ("Xurshid G'ulomov", True), ("Maxim Alexeyev", False), ("S'a'ripova Xadisha", False)],
)
def test_uzbek_latin_is_told_by_an_x_where_english_writes_kh(text: str, uzbek: bool) -> None:
    assert is_uzbek_latin(text) is uzbek


@pytest.mark.parametrize("mark", ["'", "’", "‘", "ʻ", "`"])
def test_every_apostrophe_of_uzbek_latin_stays_inside_the_word(mark: str) -> None:
    name, russian = parse_name(f"G{mark}ayrat Xo{mark}jayev"), parse_name("Гайрат Хужаев")
    assert (name.given_key, name.surname_key) == (russian.given_key, russian.surname_key)


@pytest.mark.parametrize(
    ("text", "surname", "patronymic"),
    [
        ("Сидоревич Мария", "Сидоревич", None),
        ("Maryya Sidarevich", "Sidarevich", None),
        ("Статкевич В.Н.", "Статкевич", None),
        ("Сидоревич Мария Андреевна", "Сидоревич", "Андреевна"),
        ("Мария Андреевна Сидоревич", "Сидоревич", "Андреевна"),
        ("Бокаев С. Максутович", "Бокаев", "Максутович"),  # right after the given name's initial: the father's
    ],
)
def test_a_surname_in_ich_is_no_fathers_name(text: str, surname: str, patronymic: str | None) -> None:
    name = parse_name(text)
    assert (name.surname, name.patronymic) == (surname, patronymic)


@pytest.mark.parametrize(
    ("text", "surname", "initials"),
    [
        ("гр. Данилов ПА", "Данилов", ("p", "a")),  # a prosecutor's 'citizen', initials without dots
        ("Данилов ПА", "Данилов", ("p", "a")),
        ("гр-ка Иванова ЕК", "Иванова", ("e", "k")),
    ],
)
def test_a_citizen_and_initials_written_without_dots(text: str, surname: str, initials: tuple[str, str]) -> None:
    name = parse_name(text)
    assert (name.surname, (name.given_initial, name.patronymic_initial)) == (surname, initials)


def test_two_capitals_after_a_given_name_are_a_surname() -> None:
    assert parse_name("Сергей ЛИ").surname == "ЛИ"


@pytest.mark.parametrize(
    ("text", "nominative"),
    [
        ("Нурбаева Ермека Асылбековича", ("nurba", "ermek", "m")),  # a man's name copied in the genitive
        ("Анвара Ахмедова", ("ahmed", "anvar", "m")),
        ("Александра Иванова", ("ivan", "aleksandra", "f")),  # a woman's name, not Александр's genitive
        ("Ахмедова Динара", ("ahmed", "dinara", "f")),
    ],
)
def test_a_mans_name_copied_in_the_genitive_is_read_in_the_nominative(text: str, nominative: tuple[str, ...]) -> None:
    name = parse_name(text)
    assert (name.surname_key, name.given_key, name.sex) == nominative


def test_an_everyday_short_form_is_its_full_name() -> None:
    assert parse_name("тима балабаев").given_key == parse_name("Тимур Балабаев").given_key


@pytest.mark.parametrize(
    ("text", "surname", "initial"),
    [
        ("Нуреке Сапаров", "Сапаров", "n"),
        ("Сапаров Бауке", "Сапаров", "b"),
        ("Асеке Сапаров", "Сапаров", "a"),
        ("nureke saparov", "saparov", "n"),
        ("Нурик Сапаров", "Сапаров", "n"),
        ("azik saparov", "saparov", "a"),
        ("Ержик Сапаров", "Сапаров", "e"),
    ],
)
def test_an_affectionate_form_is_read_as_the_given_names_initial(text: str, surname: str, initial: str) -> None:
    name = parse_name(text)
    assert (name.surname, name.given_key, name.given_initial) == (surname, None, initial)


@pytest.mark.parametrize(
    "text", ["Серік Сапаров", "Ерлик Сапаров", "Акылбке Ерлик", "Erik Saparov", "Ерке Сапарова", "Марат Сапаров"]
)
def test_a_full_name_that_looks_affectionate_is_a_name(text: str) -> None:
    assert parse_name(text).given_key is not None


@pytest.mark.parametrize("initial", ["Ж. Сапаров", "J. Saparov", "Д. Сапаров"])
def test_the_russian_dzh_of_a_kazakh_zh_agrees_with_either_initial(initial: str) -> None:
    comparison = compare_names(initial, "Джанболат Сапаров")
    assert comparison.veto is None and comparison.fields[0].level == "surname equal, initial agrees"


@pytest.mark.parametrize(
    ("text", "given", "patronymic"),
    [
        ("Ерлан Кайратович", "erlan", "kairat"),
        ("Гульнара Ержановна", "gulnara", "erjan"),
        ("Yerlan Kairatovich", "erlan", "kairat"),
    ],
)
def test_a_given_name_and_a_fathers_name_have_no_surname(text: str, given: str, patronymic: str) -> None:
    name = parse_name(text)
    assert (name.surname, name.given_key, name.patronymic_key) == (None, given, patronymic)


@pytest.mark.parametrize("text", ["Николай Статкевич", "Мария Сидоревич", "Maryya Sidarevich", "Роман Абрамович"])
def test_a_surname_in_vich_beside_a_given_name_stays_a_surname(text: str) -> None:
    assert parse_name(text).surname == text.split()[1]


@pytest.mark.parametrize(
    ("text", "patronymic"), [("Seidahmetov Qasym Serikovic", "serik"), ("Erlan Kairatovic", "kairat")]
)
def test_ovich_typed_without_its_mark_is_a_fathers_name(text: str, patronymic: str) -> None:
    assert parse_name(text).patronymic_key == patronymic


@pytest.mark.parametrize(
    ("text", "given", "sex"),
    [
        ("Адилет аға", "Адилет", "m"),
        ("Индира апай", "Индира", "f"),
        ("Ерлан Бокаев ага", "Ерлан", "m"),
        ("Erkebulan-aga", "Erkebulan", "m"),
    ],
)
def test_a_kazakh_address_after_the_name_is_no_surname(text: str, given: str, sex: str) -> None:
    name = parse_name(text)
    assert given in (name.given, name.surname) and name.sex == sex
    assert "аға" not in (name.surname or "").lower() and "апай" not in (name.surname or "").lower()


@pytest.mark.parametrize(
    ("text", "nominative"),
    [
        ("Алии Муратовой", "Алия Муратова"),
        ("мадины алиевой", "мадина алиева"),
        ("Алиевой Мадине Сериковне", "Алиева Мадина Сериковна"),
        ("АЛИИ МУРАТОВОЙ", "АЛИЯ МУРАТОВА"),
        ("Марии Петровской", "Мария Петровская"),
    ],
)
def test_a_womans_name_in_the_genitive_or_dative_is_read_in_the_nominative(text: str, nominative: str) -> None:
    name, expected = parse_name(text), parse_name(nominative)
    assert (name.surname_key, name.given_key, name.patronymic_key) == (
        expected.surname_key,
        expected.given_key,
        expected.patronymic_key,
    )
    assert name.given_key is not None and name.sex == "f"


@pytest.mark.parametrize("text", ["Андрей Луговой", "Ирина Толстая", "Мадина Алиева"])
def test_a_name_in_the_nominative_is_left_as_written(text: str) -> None:
    assert parse_name(text).given == text.split()[0]
