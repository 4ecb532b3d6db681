"""Regions written in any language, script or system meet on one key."""

from __future__ import annotations

import pytest

from chronicle.names.features import features_of_text
from chronicle.names.region_keys import region_key

SAME_REGION = [
    ("Карагандинская область", "Қарағанды облысы", "Karaganda Region", "Qaraǵandy oblysy", "Karagandinskaya oblastʼ"),
    ("Актюбинская область", "Ақтөбе облысы", "Aktobe Region", "Aqtöbe oblysy", "Aktûbinskaâ oblastʹ"),
    ("Туркестанская область", "Түркістан облысы", "Turkistan Region", "ЮКО", "Южно-Казахстанская область"),
    ("Восточно-Казахстанская область", "Шығыс Қазақстан облысы", "East Kazakhstan Region", "ВКО", "Şyğys Qazaqstan"),
    ("Северо-Казахстанская область", "Солтүстік Қазақстан облысы", "North Kazakhstan Region", "СКО"),
    ("Мангистауская область", "Маңғыстау облысы", "Mangystau Region", "Mańǵystaý oblysy", "Man'g'ystau oblysy"),
    ("Жетысуская область", "Жетісу облысы", "Zhetysu Region", "область Жетісу", "Jetisu oblysy"),
    ("Абайская область", "Абай облысы", "Abai Region", "Abaj oblysy"),
    ("Улытауская область", "Ұлытау облысы", "Ulytau Region"),
    ("г. Алматы", "Алматы", "Almaty", "Алма-Ата", "Алматы қаласы"),
    ("Астана", "г. Астана", "Nur-Sultan", "Нур-Султан"),
    ("Минская область", "Minsk Region", "Минская"),
    ("Павлодарская область", "Павл. обл.", "Pavlodar (Gebiet)"),
    # French, German and Polish reports: the article elided, the Polish adjective, the German exonym
    ("Акмолинская область", "région d'Akmola", "obwód akmolski"),
    ("Карагандинская область", "région de Karaganda", "obwód karagandyjski", "Gebiet Karaganda"),
    ("Актюбинская область", "obwód aktiubiński", "Gebiet Aktjubinsk"),
    ("Жамбылская область", "Taras", "Тараз"),
    ("Западно-Казахстанская область", "БҚО", "Westkasachstan"),
    ("г. Уральск", "Орал қаласы", "Oral"),
    ("Усть-Каменогорск", "Өскемен", "Oskemen"),
    # ISO 3166-2:KZ codes, numeric (since 2022) and by letters (before)
    ("Туркестанская область", "KZ-61", "KZ-YUZ", "Turkistan Region"),
    ("Алматинская область", "KZ-19", "KZ-ALM"),
    ("Алматы", "KZ-75", "KZ-ALA"),
    ("Восточно-Казахстанская область", "KZ-63", "KZ-VOS", "ВКО"),
    # a town and its region; a region split off in 2022 and the one it was part of; later and earlier names
    ("Атырау облысы", "Құлсары", "Kulsary", "Кульсары"),
    ("Туркестанская область", "Кентау", "Ленгер", "S. Kazakhstan", "South Kazakhstan oblast"),
    ("Алматинская область", "Каскелен", "Qaskeleñ", "Конаев", "Kapshagay", "Талдыкорган", "Жетісу облысы"),
    ("Карагандинская область", "Темиртау", "Сатпаев", "Sátbaev", "Ulytau Region"),
    ("Восточно-Казахстанская область", "Риддер", "Семей", "Semipalatinsk", "Абайская область", "E. Kazakhstan"),
    ("Астана", "Nūr-Sūltan", "Нұр-Сұлтан қаласы", "Нурсултан"),
    ("Бишкек", "KG-GB", "г. Бишкек"),
    # the neighbours: Xinjiang, Tajikistan's and Uzbekistan's regions with their towns, in every script
    ("Синьцзян", "Xinjiang", "СУАР", "Shyngjang", "Urumqi", "Урумчи", "Үрімжі", "Синьцзян-Уйгурский автономный район"),
    ("Согдийская область", "Sughd region", "вилояти Суғд", "Худжанд", "Хуҷанд", "Khujand", "г. Худжанд"),
    ("Горно-Бадахшанская автономная область", "ГБАО", "Badakhshan", "Хорог", "Khorugh"),
    ("Республика Каракалпакстан", "Karakalpakstan", "Qoraqalpogʻiston", "Нукус", "Nukus"),
    ("Ташкент", "Tashkent", "Toshkent", "UZ-TK", "Toshkent shahri", "Тошкент шаҳри"),
    ("Иссык-Кульская область", "Issyk-Kul", "Балыкчы"),
]


@pytest.mark.parametrize("forms", SAME_REGION, ids=[forms[0] for forms in SAME_REGION])
def test_every_written_form_of_a_region_has_one_key(forms: tuple[str, ...]) -> None:
    assert len({region_key(form) for form in forms}) == 1


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Алматы", "Алматинская область"),  # the city and the region around it are two places
        ("Minsk", "Минская область"),
        ("Северо-Казахстанская область", "Западно-Казахстанская область"),
        ("Атырауская область", "Актюбинская область"),
        ("Шымкент", "Туркестанская область"),
        ("Акмолинская область", "Астана"),  # Akmola, Astana's name in 1992-1998, is read as the region
        ("Абайская область", "Карагандинская область"),  # not the town of Abai near Karaganda
        ("Ташкент", "Ташкентская область"),
        ("Ош", "Ошская область"),
        ("Каракалпакстан", "Иссык-Кульская область"),  # (Karakol, whose key is Karakalpakstan's, is no town here)
        ("Ташкент", "Джалал-Абадская область"),
    ],
)
def test_different_regions_keep_different_keys(one: str, other: str) -> None:
    assert region_key(one) != region_key(other)


def test_only_the_first_part_of_an_address_counts() -> None:
    assert region_key("г. Алматы, Алмалинский район") == region_key("Almaty")


@pytest.mark.parametrize("empty", [None, "", "  ", "г.", "—"])
def test_an_empty_region_has_no_key(empty: str | None) -> None:
    assert region_key(empty) is None


def test_features_carry_the_region_key() -> None:
    russian = features_of_text("a", "Бокаев Макс", 1990, "Костанайская область")
    kazakh_latin = features_of_text("b", "Boqaev Maqs", 1990, "Qostanai oblysy")
    assert russian.region == kazakh_latin.region == region_key("Kostanay Region")
