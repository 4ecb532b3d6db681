"""Hard real-style cases: which pairs of written names are one person and which are not."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import pytest

from chronicle.names.features import features_of
from chronicle.names.link import InputRecord, link_records
from chronicle.names.linkage_model import blocked, load_model
from chronicle.names.match import compare_names
from chronicle.names.parse import parse_name
from chronicle.names.testset import generate

SAME = "same"
APART = "apart"

# (name a, birth year a, name b, birth year b, expected)
CASES = [
    # a form of address in a UN document is no given name; an everyday short form is the full name
    ("Mr. Yerzhan Yskakov", None, "Mr. Baglan Iskakov", None, APART),
    ("Ms. Larisa Frolova", None, "Лариса Фролова", None, SAME),
    ("Миша Куликов", None, "KULIKOV, Mikhail", None, SAME),
    ("Vanya Krylov", None, "Крылов Иван Игоревич", None, SAME),
    ("Саша Иванова", None, "Александра Иванова", None, SAME),
    ("Саша Иванова", None, "Александр Иванов", None, APART),
    # an affectionate form in a post tells the given name's first letter (Нұреке: Нұржан or Нұрлан), no more
    ("Нуреке Сапаров", None, "Нұржан Сапаров", None, SAME),
    ("Bauke Zhumabayev", None, "Жұмабаев Бауыржан", None, SAME),
    ("Русик Куанбеков", None, "Kuanbekov Ruslan", None, SAME),
    ("Ерлик Кулманов", None, "Erbolat Kulmanov", None, APART),
    ("Нуреке Сапаров", None, "Ержан Сапаров", None, APART),
    # brothers whose names are a letter apart, each a name in its own right; a Russian form of a Kazakh name
    ("Газизов Ерлан Алиханович", None, "GAZIZOV Yerman Alikhanovich", None, APART),
    ("Sagat Omarov", None, "Самат Омаров", None, APART),
    ("Ринат Зарипов", None, "Renat Zaripov", None, APART),
    ("Булат Бекболатов", None, "Bolat Bekbolatov", None, SAME),
    ("Рустам Сейткалиев", None, "Рүстем Сейтқалиев", None, SAME),
    # an initial Ы is written I. in English and Y in Kazakh Latin
    ("Ibrashev I.", None, "Ықылас Ибрашев", None, SAME),
    # a list that cuts the given name ("BOKAEV Maks"), to three letters when they begin few names
    ("SERIKBAY Mol", 1991, "Мөлдір Серікбай", 1991, SAME),
    # the Russian spelling of a Kazakh name the letters do not bring together (Ля- for Лә-, -улла for -олла)
    ("Ляззат Нурланкызы Ильясова", None, "Ілиясова Ләззат Нұрланқызы", None, SAME),
    # a Latin p typed in a Cyrillic name; -ович struck wrong
    ("Жакиян Нуpлан Максатулы", None, "Нұрлан Жақиян", None, SAME),
    ("Ким Вадим Виктороыич", 1994, "Kim, Vadim Viktorovič", 1994, SAME),
    # the Tajik -зода that replaced -ов; a -қызы surname with the initials of the rest
    ("Шарафзода Далер", None, "Daler Sharafov", None, SAME),
    ("ТОККАЗЫКЫЗЫ Б. М.", 1971, "Бақытгүл Тоққазықызы", 1971, SAME),
    # a woman's decree-form surname that is a man's name, after her given name
    ("Рысты Сәкен", None, "Сакенова Рысты Нурлановна", None, SAME),
    # Uzbek Latin: x is Х, o‘ is У
    ("Farrux Xolmatov", None, "Холматов Фаррух", None, SAME),
    ("Baxtiyor Jo'rayev", None, "Жураев Бахтиёр", None, SAME),
    # the Uzbek and Tajik o is the Russian а, and the h of Arabic names a Russian г
    ("Anvar Bakhodirovich Boboev", 1950, "Бабаев Анвар Баходирович", 1950, SAME),
    ("Ibrokhim Dilshodovich Qodirov", 1970, "Кадыров Ибрагим Дильшодович", 1970, SAME),
    ("Gulnora Akhmedova", 1980, "Гульнара Ахмедова", 1980, SAME),
    ("Бокаев Ерлан", None, "Bokayev Yerlan", None, SAME),
    ("Бокаев Макс", None, "BOKAEV Maks", None, SAME),
    ("Бокаев Макс", None, "Boqaev Maks", None, SAME),
    ("Bokayev Maks", None, "BOKAEV Maks", None, SAME),
    ("Жексебаев Ерлан", None, "Zheksebaev Erlan", None, SAME),
    ("Жексебаев Ерлан", None, "Zheksebayev Yerlan", None, SAME),
    ("Жексебаев Ерлан Кайратович", None, "Жексебай Ерлан Қайратұлы", None, SAME),
    ("Джексебаев Ерлан", None, "Jeksebaev Erlan", None, SAME),
    ("Ерлан Жанұзақ", None, "Yerlan Zhanuzak", None, SAME),
    ("Ерлан Жанұзақ", None, "Erlan Janūzaq", None, SAME),
    ("Жанай Нұрлан", None, "Zhanay Nurlan", None, SAME),
    ("Жанаев Нурлан", None, "Жанай Нұрлан", None, SAME),
    ("Қасым Тоқаев", None, "Kassym Tokayev", None, SAME),
    ("Ғалымжан Жақиянов", None, "Galymzhan Zhakiyanov", None, SAME),
    ("Ғалымжан Жақиянов", None, "Ğalymjan Jaqiianov", None, SAME),
    ("Ғалымжан Жақиянов", None, "G'alymjan Jaqi'i'anov", None, SAME),
    ("Ғалымжан Жақиянов", None, "Ǵalymjan Jaqııanov", None, SAME),
    ("Ғалымжан Жақиянов", None, "Ġalymžan Žaķiânov", None, SAME),
    ("Юрий Цой", None, "Yuriy Tsoy", None, SAME),
    ("Юрий Цой", None, "Iurii Tsoi", None, SAME),
    ("BOKAEV, Maks", None, "Макс Бокаев", None, SAME),
    ("Бокаева Айгерим Серикқызы", None, "AIGERIM BOKAEVA", None, SAME),
    ("Бокаев Ерлан", 1980, "Bokayev Yerlan", 1980, SAME),
    # -қызы after a name ending in к/қ: the two k's must not fold into one (Серік, not Сер)
    ("Айгерім Серікқызы Бокаева", None, "Aigerim Serikovna Bokaeva", None, SAME),
    ("Бокаева А. Серикқызы", None, "Бокаева Айгерим Сериковна", None, SAME),
    # Surname, initial, Kazakh patronymic: -қызы is the father's name here, not a surname
    ("Бектас М. Болатқызы", None, "Бектасова Мәншүк Болатқызы", None, SAME),
    # a Latin e typed inside a Cyrillic word
    ("Бокаeв Ерлан", None, "Бокаев Ерлан", None, SAME),
    ("Шыңғыс Әбдіров", None, "Shynggys Abdirov", None, SAME),
    ("Мұхтар Әбілқайыров", None, "Muhtar Äbılqaiyrov", None, SAME),
    ("Dzhaksybekov Adilbek", None, "Жақсыбеков Әділбек", None, SAME),
    ("Сергей Ахметов", None, "Sergej Ahmetov", None, SAME),
    # typos made in the written form: two letters swapped, a neighbouring key (zh → zn)
    ("Sanzhar Kulkulov", 1993, "Sanzahr Kulkulov", 1993, SAME),
    ("Aruzhan Tileuova", 2003, "Aruznan TILEUOVA", 2003, SAME),
    ("Бокаев Ерлан Кайратович", None, "Бокаев Ерлан Кайратұлы", 1980, SAME),
    # a root in -ей: Есеней ~ Есенеев, Сергейұлы ~ Сергеевич
    ("Есеней Айбек Сергейұлы", None, "Eseneev Aybek Sergeevich", None, SAME),
    # the order told by nothing and read the other way round, with a typo in the other part
    # (a known miss since session 12: p = 0.295 against the threshold of 0.3, once the model learnt that a
    # Kazakh source may write the father's name in -ұлы where the surname goes, which took some weight
    # from every other name level; still one person, kept as the truth)
    pytest.param("Оспан Абек", None, "Ospan Aibek", None, SAME, marks=pytest.mark.xfail(strict=True)),
    ("Досахмет Маржан", None, "Marzhan Dosqkhmetova", None, SAME),
    # ... or with two letters of the other part swapped
    ("Доскали Ежлас Мухтарович", 2004, "Досқали Елжас", 2004, SAME),
    ("Bekeş Daimr", 1990, "Damir Bekeshev", 1990, SAME),
    ("Жқаия Раушан", 1986, "Zhakiyaeva Raushan", 1986, SAME),
    # ... or with a typo in the ending of the other part (the whole surname a typo apart)
    ("Комароса Яна", 1990, "Яна Витальевна Комарова", 1990, SAME),
    # a letter dropped beside its double: one edit as written, two once doubles are collapsed
    ("Таасов Антон Антонович", 1988, "Тарасов Антон", 1988, SAME),
    ("Pavel Frooov", None, "Фролов Павел", None, SAME),
    # -ын and -ина end given names too: the -ов/-ова word is the surname
    ("Ерсайын Алтасов", None, "Altasov Yersayyn", None, SAME),
    ("Msdina Bayzhanova", None, "Мадина Байжанова", None, SAME),
    # ISO 9: j is Й (Sejìtov, Ersajyn), Ұ is u with a combining dot (Nu̇rpejìs)
    ("Sejìtov Ersajyn", None, "Сейітов Ерсайын", None, SAME),
    ("Nu̇rpejìs Nu̇rhan", None, "Нұрпейіс Нұрхан", None, SAME),
    ("A̋bìlova Žanna", None, "Әбілова Жанна", None, SAME),
    # a Latin keyboard's typo inside zh/kh (Ulhzan, Bekhzan, Elznas) is one edit from the name
    # written out with zh, whichever system the other record used (Uljan, Bekjan, Yelzhas)
    ("Musayeva Ulhzan", None, "Uljan Musaeva", None, SAME),
    ("DAULETTAEV Bekhzan", None, "Bekjan Daulettaev", None, SAME),
    ("Kudaibergenov Elznas", None, "Yelzhas Kudaybergenov", None, SAME),
    # a Cyrillic keyboard's typo on or into Ш/Щ/Ч is one letter there, two or three in Latin
    ("Жұлдыз Есенеева", None, "Жулдыщ Есенеева", None, SAME),
    ("Сәуле Ахметова", None, "Сәуше Ахметова", None, SAME),
    ("Сыздчқ Болат Шерханұлы", None, "Bolat SYZDYKOV", None, SAME),
    ("Ильяс Жексебаев", None, "Ильчс Жексебаев", None, SAME),
    # ... and on a Latin keyboard in the Ye- the press writes for an initial Е
    ("Kenzhanov, Ywrlan", None, "Kenjanov Erlan", None, SAME),
    ("Yrebol Shakenov", None, "ERBOL SHAKENOV", None, SAME),
    # ... but a letter written with two and another letter are two typos (brothers)
    ("Бахыт Сейтов", None, "Бақыш Сейтов", None, APART),
    # two letters of the surname swapped as written (ah/ha), two edits once kh is folded to h
    ("Kökahmet Aset", None, "Aset KÖKHAMET", None, SAME),
    # both records tell which word is the surname (-ов, a patronymic's place): not one name
    # read two ways but two people (Николаев Михаил, Михайлов Николай)
    ("Николаев Михаил Борисович", None, "Mikhaylov Nikolay", None, APART),
    ("Nīkolay Mīkhaylov", None, "Николаев Михаил Борисович", None, APART),
    # read the other way round, still brothers; the father's name still counts
    ("Оспан Абай", None, "Ospan Aibek", None, APART),
    ("Ospan Aibek Muratovich", None, "Оспан Абек Серікұлы", None, APART),
    ("Доскали Ежлас Мухтарович", None, "Досқали Елжас Маратұлы", None, APART),
    # an ambiguous Latin initial: Y. is Е or Я/Ю; Ch is Ч, or Ш in French-style passports
    ("Y. Guseva", None, "Яна Гусева", None, SAME),
    ("Ch. Aibetov", None, "Шерхан Айбетов", None, SAME),
    ("Жанханов Ж. Ш.", None, "Jankhanov Jasoulan Chyngysovitch", None, SAME),
    ("Baidildaeva C. Omirzakovna", None, "Байдилдаева Шолпан Омирзаковна", None, SAME),
    ("Y. Guseva", None, "Анна Гусева", None, APART),
    ("Ч. Айбетов", None, "Шерхан Айбетов", None, APART),
    # two letters swapped in the surname's ending: the root is lost, the whole surname's letters are not
    ("OMAORV, Ruslan", None, "Омаров Руслан", None, SAME),
    ("Ospaonva Botagoz", None, "Ботагөз Оспанова", None, SAME),
    # a slip in the -ова/-ев ending beside the decree form with none (Қалибай, KENTAI)
    ("Saltanat Kalibayva", None, "Қалибаева Салтанат", None, SAME),
    ("Кентеав Жасулан", None, "KENTAI Jasūlan", None, SAME),
    # brothers: one surname, one father, two given names
    ("Бокаев Ерлан Кайратович", None, "Бокаев Ермек Кайратович", None, APART),
    ("Yerlan Zheksebayev", None, "Nurlan Zheksebayev", None, APART),
    # two common names one letter apart are two names, not a typo (brothers, namesakes)
    ("Nurlan Akhmetov", None, "Нуржан Ахметов", None, APART),
    ("Марат ЕСЕНЕЕВ", None, "ESENEEV MURAT", None, APART),
    ("Мадина Сейітова", None, "Marina Seiitova", None, APART),
    # ... while a typo that makes no common name still is one (Nurlsn, Muratt)
    ("Nurlsn Akhmetov", None, "Нурлан Ахметов", None, SAME),
    # namesakes: one full name, two birth years
    ("Бокаев Ерлан", 1975, "Bokayev Yerlan", 1990, APART),
    ("Жексебаев Ерлан Кайратович", 1960, "Жексебаев Ерлан Кайратович", 1984, APART),
    ("Бокаев Нұрлан", 1980, "Бокаев Нұржан", 1985, APART),
    # two common names where one begins the other are two people's, not a name and its short form
    ("Абдикаримов Бакыт", 1978, "Абдикаримов Бакытжан Багдатович", 1979, APART),
    ("Дина Мырзахметова", None, "Динара Мырзахметова", None, APART),
    # same full name, different fathers
    ("Ахметов Сергей Иванович", None, "Ахметов Сергей Петрович", None, APART),
    # another family's surname two letters away
    ("Baigaliev Kairat", None, "Kayrat Baybalayev", None, APART),
    ("Бокаев Ерлан Кайратович", None, "Бокаев Ерлан Серикович", None, APART),
    # spouses: -ов / -ова
    ("Бокаев Ерлан", None, "Бокаева Айгерим", None, APART),
    ("Ахметов Ержан", None, "Ахметова Жанар", None, APART),
]


@pytest.mark.parametrize(("a", "year_a", "b", "year_b", "expected"), CASES)
def test_hard_case(a: str, year_a: int | None, b: str, year_b: int | None, expected: str) -> None:
    comparison = compare_names(a, b, year_a, year_b)
    verdict = SAME if comparison.score >= load_model().threshold else APART
    assert verdict == expected, comparison


# Surnames a typo apart, each carried by several records: two families, not a typo (round six).
# The rule reads the input, so the records are linked among a generated background of a realistic
# size (at six records alone the prior makes every link certain).
TWO_FAMILIES = [
    ("Мурат Бокаев", "Murat Bokayev", "Бокаев Мурат", "Мурат Токаев", "Murat Tokayev", "Токаев Мурат"),
    ("Ахметов Ерлан", "Yerlan Akhmetov", "AKHMETOV ERLAN", "Ахматов Ерлан", "Yerlan Akhmatov", "AKHMATOV ERLAN"),
    ("Сейтов Бахтияр", "Bakhtiyar Seitov", "Сейтов Б.", "Сейдов Бахтияр", "Bakhtiyar Seidov", "Сейдов Б."),
]


@lru_cache(maxsize=1)
def _background() -> tuple[InputRecord, ...]:
    return tuple(InputRecord(f"b{i}", rec.name) for i, (_, rec) in enumerate(generate(seed=5, count=800)))


def _linked_among_background(names: Sequence[str]) -> dict[str, str]:
    records = [*_background(), *(InputRecord(f"t{i}", name) for i, name in enumerate(names))]
    return link_records(records, explain=False).clusters


@pytest.mark.parametrize("names", TWO_FAMILIES)
def test_two_families_a_typo_apart_stay_apart(names: tuple[str, ...]) -> None:
    clusters = _linked_among_background(names)
    assert len({clusters[f"t{i}"] for i in range(3)}) == 1
    assert len({clusters[f"t{i}"] for i in range(3, 6)}) == 1
    assert clusters["t0"] != clusters["t3"]


def test_a_typo_carried_by_one_record_still_joins() -> None:
    clusters = _linked_among_background(["Мурат Бокаев", "Murat Bokayev", "Бокаев Мурат", "Murat Bokaeb"])
    assert len({clusters[f"t{i}"] for i in range(4)}) == 1


# A Kazakh-language source writes the son's or daughter's name in -ұлы / -қызы where a surname goes: it is the
# father's name of the person's other records (the established Russian spellings of Kazakh names fold too).
@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Лаззат Ержанқызы", "Омарова Ләззат Ержанқызы"),
        ("Azamat Nūrsūltanūly", "Серик Азамат Нурсултанович"),
        ("Жүсіпов Ербол", "Yusupov Yerbol Yergaliyevich"),
        ("СУЛТАНОВ Чингиз Муратович", "Sultanov Shyńǵys"),
        # Төлеу's son: -ұлы after a name in -у keeps both letters (Toleuuly); Төлеу is Тулеу in Russian
        ("Ahmetzhan Toleuuly Alimqulov", "Алимкулов Ахметжан Тулеуович"),
        ("Нұржан Өмірзақов", "Умирзаков Нуржан Маратович"),
    ],
)
def test_kazakh_forms_of_one_name_compare_as_one(a: str, b: str) -> None:
    comparison = compare_names(a, b)
    assert comparison.veto is None and comparison.fields[0].level not in ("else", "surname equal, given names differ")


# The Uzbek and Tajik o is the Russian а (Sobirov ~ Сабиров): such a pair is a candidate at all, and joins.
def test_an_uzbek_latin_o_and_the_russian_a_are_compared() -> None:
    left, right = features_of("a", parse_name("Bahodir Sobirov")), features_of("b", parse_name("Сабиров Бахадыр"))
    assert blocked(left, right)
    assert compare_names("Bahodir Sobirov", "Сабиров Бахадыр Баходирович", 1981, 1981).score >= load_model().threshold
