"""Russian names with natasha: nominative forms of names written in oblique cases."""

from __future__ import annotations

import pytest

from chronicle.ingest.extraction.pipeline import extract
from chronicle.ingest.extraction.russian import (
    find_persons_russian,
    ner_spans,
    nominative_name,
    nominative_org,
    nominative_surname,
    oblique_phrases,
)


@pytest.mark.parametrize(
    ("written", "nominative"),
    [
        ("Геннадия Шутова", "Геннадий Шутов"),
        ("Александра Тарайковского", "Александр Тарайковский"),
        ("Романа Бондаренко", "Роман Бондаренко"),
        ("Александра Вихора", "Александр Вихор"),
        ("Гульнары Жуаспаевой", "Гульнара Жуаспаева"),
        ("Ольгу Борушко", "Ольга Борушко"),
        ("Марину Золотову", "Марина Золотова"),
        ("Асета Абишева", "Асет Абишев"),
        ("Санавар Закирова", "Санавар Закирова"),
        ("Ержан Сапаров", "Ержан Сапаров"),
        ("Рейниса Озолиньша", "Рейнис Озолиньш"),
        ("Жозепу Боррелю", "Жозеп Боррель"),
        ("Жозепом Боррелем", "Жозеп Боррель"),
        ("Андрея Петровича", "Андрей Петрович"),
        ("Эльза Норман", "Эльза Норман"),
        ("Изабелы Маркеш", "Изабела Маркеш"),
        ("Лаура Йокубайтите", "Лаура Йокубайтите"),
        ("Владимира Кара-Мурзу", "Владимир Кара-Мурза"),
        ("Юлиана Франка-Остерманна", "Юлиан Франк-Остерманн"),
        ("Гийома Делакруа-Сен-Пьера", "Гийом Делакруа-Сен-Пьер"),
        ("Микаэла Бруннер", "Микаэла Бруннер"),
        ("Кае Каллас", "Кая Каллас"),
        ("Юлии Бранд", "Юлия Бранд"),
        ("Натальи Шульц", "Наталья Шульц"),
        ("Марике ван Дейк", "Марике ван Дейк"),
        ("Руты Миляускене", "Рута Миляускене"),
        ("Юхани Корхонена", "Юхани Корхонен"),
        ("Катарины фон Зелле", "Катарина фон Зелле"),
        ("Софией Маркези", "София Маркези"),
        ("Марией Колесниковой", "Мария Колесникова"),
        ("Петра Новотного", "Пётр Новотный"),
        ("Ерболом Садыковым", "Ербол Садыков"),
        ("Ханнеке Дейкстра", "Ханнеке Дейкстра"),
        ("Томасом Вилюсом", "Томас Вилюс"),
        ("Нигора Бахриддинова", "Нигора Бахриддинова"),  # a woman's name, no 'Нигор' in the genitive
        ("Феруза Юлдашева", "Феруза Юлдашева"),
        ("Нигоры Бахриддиновой", "Нигора Бахриддинова"),
        ("Александра Иванова", "Александр Иванов"),  # (a man's name too: the genitive reading stays)
    ],
)
def test_names_in_oblique_cases_get_their_nominative(written: str, nominative: str) -> None:
    assert nominative_name(written.split()) == nominative


@pytest.mark.parametrize(
    ("surname", "case", "gender", "nominative"),
    [
        ("Ермекова", "gent", "masc", "Ермеков"),
        ("Ермекову", "datv", "masc", "Ермеков"),
        ("Ермековым", "ablt", "masc", "Ермеков"),
        ("Семеновой", "gent", "femn", "Семенова"),
        ("Беляцкого", "gent", "masc", "Беляцкий"),
        ("Смирновскую", "accs", "femn", "Смирновская"),
        ("Коваленко", "gent", "masc", "Коваленко"),
    ],
)
def test_surnames_follow_their_declension(surname: str, case: str, gender: str, nominative: str) -> None:
    assert nominative_surname(surname, case, gender) == nominative


def test_a_person_seen_only_in_the_genitive_has_the_written_form_as_alias() -> None:
    text = "Правозащитники потребовали расследовать гибель Геннадия Шутова в Бресте."
    [person] = find_persons_russian(text, ner_spans(text))
    assert (person.name, person.aliases) == ("Геннадий Шутов", ["Геннадия Шутова"])


def test_a_lone_surname_joins_the_full_name() -> None:
    text = "Суд приговорил Ержана Сапарова к пяти годам. Адвокат Сапарова обжалует приговор."
    [person] = find_persons_russian(text, ner_spans(text))
    assert (person.name, person.aliases) == ("Ержан Сапаров", ["Ержана Сапарова", "Сапарова"])


def test_an_unknown_given_name_takes_the_case_of_its_coordinated_neighbour() -> None:
    text = "Суд в Караганде отправил в колонию Нурлана Касымова и Бекзата Ермекова."
    names = [p.name for p in find_persons_russian(text, ner_spans(text))]
    assert names == ["Нурлан Касымов", "Бекзат Ермеков"]


def test_a_misread_oblique_form_joins_the_name_written_in_the_nominative() -> None:
    text = "Среди задержанных – активист Ерлан Жумабаев. 12 марта суд отправил Ерлана Жумабаева под домашний арест."
    [person] = find_persons_russian(text, ner_spans(text))
    assert (person.name, person.aliases) == ("Ерлан Жумабаев", ["Ерлана Жумабаева"])


def test_a_brother_and_a_sister_written_in_the_nominative_stay_two_persons() -> None:
    text = "Задержаны Александр Иванов и Александра Иванова."
    assert [p.name for p in find_persons_russian(text, ner_spans(text))] == ["Александр Иванов", "Александра Иванова"]


@pytest.mark.parametrize(
    ("written", "nominative"),
    [
        (
            "Казахстанского международного бюро по правам человека",
            "Казахстанское международное бюро по правам человека",
        ),
        ("Специализированного административного суда Уральска", "Специализированный административный суд Уральска"),
        ("Верховным судом Таджикистана", "Верховный суд Таджикистана"),
        ("Правозащитной инициативы", "Правозащитная инициатива"),
        ("Министерства внутренних дел", "Министерства внутренних дел"),  # may be a nominative plural: kept
        ("Крымскотатарского ресурсного центра", "Крымскотатарский ресурсный центр"),  # no noun before 'центра'
    ],
)
def test_organisation_names_in_oblique_cases_get_their_nominative(written: str, nominative: str) -> None:
    assert nominative_org(written) == nominative


def test_a_body_named_in_the_nominative_gets_its_oblique_cases() -> None:
    assert oblique_phrases("Европейская комиссия") == [
        "Европейской комиссии",
        "Европейскую комиссию",
        "Европейской комиссией",
    ]
    assert "Министерством иностранных дел" in oblique_phrases("Министерство иностранных дел")
    assert "Следственного комитет" not in oblique_phrases("Следственный комитет")  # its accusative is the nominative


def test_an_office_held_by_a_person_and_a_foreign_name_get_no_cases() -> None:
    assert oblique_phrases("Верховный комиссар ООН по правам человека") == []
    assert oblique_phrases("Хьюман Райтс Вотч") == []


def _russian_names(text: str) -> list[tuple[str, list[str]]]:
    persons = find_persons_russian(text, ner_spans(text))
    return [(p.name, sorted({m.text for m in p.mentions})) for p in persons]


def test_a_noun_in_an_oblique_case_before_a_name_gives_its_case() -> None:
    text = "Авторы письма упоминают гражданского журналиста Эрнеста Аблаева, осужденного в марте."
    assert _russian_names(text) == [("Эрнест Аблаев", ["Эрнеста Аблаева"])]


def test_a_parenthesis_after_a_name_is_not_part_of_it() -> None:
    text = "Инициатором письма выступил депутат от Латвии Андрис Калниньш (ЕНП)."
    assert [name for name, _ in _russian_names(text)] == ["Андрис Калниньш"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Жительница Тюмени Дарья Кравцова задержана в марте.", ["Дарья Кравцова"]),
        ("Обращение направлено президенту Беларуси Александру Лукашенко.", ["Александр Лукашенко"]),
        ("Правозащитники добиваются освобождения активиста Игоря Козубы.", ["Игорь Козуба"]),
        ("Суд арестовал активиста Павла Ковбы.", ["Павел Ковба"]),
    ],
)
def test_the_case_before_a_name_skips_a_place_and_a_surname_in_a_declines(text: str, names: list[str]) -> None:
    assert [p.name for p in find_persons_russian(text, ner_spans(text))] == names


def test_a_person_span_ends_at_the_line_break_and_at_its_last_capitalised_word() -> None:
    from chronicle.ingest.extraction.russian import NerSpan, _first_line

    assert _first_line(NerSpan("PER", 10, 38, "Дархан Сейітов ұсталды\nАлматы")).text == "Дархан Сейітов"
    assert _first_line(NerSpan("ORG", 0, 12, "Суд Алматы\nX")).text == "Суд Алматы"


def test_a_month_before_a_name_governs_no_case_and_an_indeclinable_given_name_keeps_the_dative_open() -> None:
    text = "13 сентября Вероника Цепкало направила письмо Генеральному секретарю ООН Антониу Гутеррешу."
    names = {p["name"] for p in extract(text, language="ru")["persons"]}
    assert "Вероника Цепкало" in names
    assert "Антониу Гутерреша" not in names


def test_a_bylines_verb_is_no_part_of_the_name() -> None:
    text = "Интервью о делах о госизмене.\n\nБеседовала Мария Орлова\n\nАдвокат рассказал о деле."
    assert [p["name"] for p in extract(text, language="ru")["persons"]] == ["Мария Орлова"]


def test_a_surname_in_the_genitive_after_a_relation_is_whose_it_is() -> None:
    text = (
        "Руслана Есенбаева приговорили к пяти годам. Защитник Есенбаева Арман Абилкасымов добавил, что жалоба "
        "будет подана."
    )
    assert [name for name, _ in _russian_names(text)] == ["Руслан Есенбаев", "Арман Абилкасымов"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Письмо подписали народный депутат Украины Ярослава Коваленко и Остап Гнатюк.", "Ярослава Коваленко"),
        ("Письмо подписала немецкая социал-демократка Сабине Кёрнер из альянса.", "Сабине Кёрнер"),
        ("Его подписали депутаты парламента Республики Молдова Корнелия Русу и Ион Чобану.", "Корнелия Русу"),
        ("Защиту представляет адвокат Ренате Лаукайтите из Вильнюса.", "Ренате Лаукайтите"),
    ],
)
def test_a_foreign_name_after_a_nominative_noun_for_a_person_is_nominative(text: str, name: str) -> None:
    assert name in [person["name"] for person in extract(text, language="ru")["persons"]]


def test_a_foreign_name_after_a_genitive_noun_is_not_read_as_nominative() -> None:
    text = "Суд продлил арест художницы Марии Кольвиц-Ланге, которая объявила голодовку."
    assert "Марии Кольвиц-Ланге" not in [person["name"] for person in extract(text, language="ru")["persons"]]
