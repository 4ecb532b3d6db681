"""Events: types from cue words, dates, persons and pronouns."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from chronicle.ingest.extraction.pipeline import extract


def _events(text: str, published: date | None = None) -> list[tuple[str, str | None, list[str]]]:
    result: dict[str, Any] = extract(text, published=published, language="en")
    return [(e["type"], e["date"], e["persons"]) for e in result["events"]]


def test_an_arrest_with_its_date_and_person() -> None:
    text = "Police arrested the activist Daniyar Omarov in Almaty on 5 March 2024."
    assert _events(text) == [("arrest", "2024-03-05", ["Daniyar Omarov"])]


def test_a_ban_as_extremist_is_dated_by_its_since_and_names_no_one() -> None:
    text = (
        "A court sentenced the teacher Rustam Nazarov to seven years for taking part in Hizb ut-Tahrir, "
        "a movement banned in Russia as a terrorist organisation since 2003."
    )
    assert ("other", "2003", []) in _events(text, date(2024, 5, 2))


def test_a_pronoun_refers_to_the_last_person_named() -> None:
    text = "The journalist Timur Zhaksylykov wrote about land sales. He was detained on 3 October 2023."
    assert _events(text) == [("detention", "2023-10-03", ["Timur Zhaksylykov"])]


def test_each_clause_gets_its_own_date() -> None:
    text = (
        "On December 19, 2014, the activist Umar Saidov was arrested in Istanbul, "
        "but he was released on February 3, 2015."
    )
    assert _events(text) == [
        ("arrest", "2014-12-19", ["Umar Saidov"]),
        ("release", "2015-02-03", ["Umar Saidov"]),
    ]


def test_a_state_without_a_date_is_a_status_not_an_event() -> None:
    text = "The activists Nurbol Onerkhan and Dametkan Aspandiyarova are under house arrest."
    assert _events(text) == []


def test_an_event_without_persons_needs_a_date() -> None:
    text = "Many people were detained. On 21 September 2019, police detained more than 200 people."
    assert _events(text) == [("detention", "2019-09-21", [])]


def test_officials_are_not_the_victims_of_an_event() -> None:
    text = "President Emomali Rahmon's critic, the activist Umar Saidov, was sentenced on 2 May 2024."
    assert _events(text) == [("sentence", "2024-05-02", ["Umar Saidov"])]


def test_a_possessive_name_is_not_a_victim() -> None:
    text = (
        "The activist Umar Saidov was shot dead. "
        "Saidov's cousin, the activist Ali Karimov, was elected leader on 12 March 2015."
    )
    assert ("other", "2015-03-12", ["Ali Karimov"]) in _events(text)


def test_a_russian_sentence_with_a_search_and_a_date() -> None:
    text = "10 января 2024 года полиция провела обыск в квартире активистки Асель Жумабековой."
    result: dict[str, Any] = extract(text, published=None, language="ru")
    assert [(e["type"], e["date"], e["persons"]) for e in result["events"]] == [
        ("search", "2024-01-10", ["Асель Жумабекова"])
    ]


def test_a_negated_cue_is_no_event() -> None:
    text = "No criminal case has been opened against the police officers since 3 May 2024."
    assert _events(text) == []


def test_several_deaths_in_one_clause_are_one_event_each() -> None:
    text = "Monitors demanded an inquiry into the deaths of the activists Asel Nur and Berik Tas in March 2023."
    assert _events(text) == [("other", "2023-03", ["Asel Nur"]), ("other", "2023-03", ["Berik Tas"])]


def test_a_count_of_reports_over_a_year_is_a_statistic_not_an_event() -> None:
    text = "In 2023, monitors documented 1,024 complaints of torture. On 12 April 2024, police detained 3 journalists."
    assert _events(text) == [("detention", "2024-04-12", [])]


def test_a_dated_announcement_and_the_names_after_it_are_one_event() -> None:
    text = (
        "On 8 September 2020 the alliance updated the list of political prisoners. "
        "Added to the list were the activists Asel Nur and Berik Tas."
    )
    assert _events(text) == [("other", "2020-09-08", ["Asel Nur", "Berik Tas"])]


def test_a_conditional_sentence_is_no_event() -> None:
    text = "The lawyer Aigerim Tleuzhan is accused of inciting discord. If convicted, she faces seven years."
    assert _events(text) == [("criminal_case", None, ["Aigerim Tleuzhan"])]


def test_two_days_later_dates_the_second_verb_of_a_coordination() -> None:
    text = "The activist Daniyar Ospanov was detained on 14 October 2025 and placed under house arrest two days later."
    assert _events(text) == [
        ("detention", "2025-10-14", ["Daniyar Ospanov"]),
        ("house_arrest", "2025-10-16", ["Daniyar Ospanov"]),
    ]


def test_a_weekday_dates_an_event_against_the_publication_date() -> None:
    text = "A court in Baku on Tuesday sentenced the journalist Leyla Mammadova to five years in prison."
    assert _events(text, date(2025, 9, 17)) == [("sentence", "2025-09-16", ["Leyla Mammadova"])]


def test_after_a_passive_verb_only_the_names_before_it_are_its_persons() -> None:
    text = (
        "The blogger Askar Nurlybek was sentenced on 28 October 2025 for sharing a video of the opposition "
        "leader Mukhtar Zhaksylykov."
    )
    assert _events(text) == [("sentence", "2025-10-28", ["Askar Nurlybek"])]


def test_remaining_in_detention_is_a_state_not_an_event() -> None:
    text = "The reporter Rauf Huseynzade remains in pre-trial detention."
    assert _events(text) == []


def test_a_relative_clause_is_about_its_antecedent_not_the_person_before() -> None:
    text = (
        "On 12 May 2025 police detained the activist Timur Aliev for membership of Group Alga, "
        "which the Supreme Court banned in 2014."
    )
    assert _events(text) == [("detention", "2025-05-12", ["Timur Aliev"]), ("other", "2014", [])]


def test_an_appealed_verdict_is_not_a_new_sentence() -> None:
    text = "The journalist Lola Karimova was convicted in May 2025. Her lawyer Dana Omarova appealed the sentence."
    assert _events(text) == [("conviction", "2025-05", ["Lola Karimova"])]


def test_a_headline_topic_is_not_an_event() -> None:
    text = "Persecution of journalists in Tajikistan: September 2025\n\nThe monitors counted cases."
    assert _events(text) == []


def test_among_the_detained_names_the_persons_of_the_dated_detention_before() -> None:
    text = "В среду полиция задержала шестерых участников пикета. Среди задержанных – активист Бауыржан Темиров."
    result = extract(text, published=date(2025, 2, 21), language="ru")
    assert [(e["type"], e["date"], e["persons"]) for e in result["events"]] == [
        ("detention", "2025-02-19", ["Бауыржан Темиров"])
    ]


def test_an_undated_mention_beside_the_dated_incident_with_persons_is_not_another_event() -> None:
    text = (
        "MPs asked for a pardon for the journalists, who were sentenced last month. "
        "The journalists Aidana Mamytova and Ulan Tokonov were convicted on 26 September 2025."
    )
    assert _events(text, date(2025, 10, 22)) == [("conviction", "2025-09-26", ["Aidana Mamytova", "Ulan Tokonov"])]


def test_after_the_search_takes_the_date_of_the_search() -> None:
    text = "В понедельник полиция провела обыски у активистов. После обыска был задержан активист Асхат Жексенбаев."
    result = extract(text, published=date(2025, 8, 12), language="ru")
    events = [(e["type"], e["date"], e["persons"]) for e in result["events"]]
    assert ("detention", "2025-08-11", ["Асхат Жексенбаев"]) in events


def test_released_last_week_is_dated_to_that_week() -> None:
    text = "The journalist Amanbay Saparov was released on parole last week."
    assert _events(text, date(2025, 12, 4)) == [("release", "2025-11", ["Amanbay Saparov"])]


def test_all_three_refers_to_the_people_of_the_sentence_before() -> None:
    text = (
        "Журналисты Севиндж Алиева, Нигяр Гасанова и Эльнур Мамедли осуждены. Всех троих задержали в ноябре 2023 года."
    )
    result = extract(text, published=date(2025, 5, 28), language="ru")
    events = [(e["type"], e["date"], e["persons"]) for e in result["events"]]
    assert ("detention", "2023-11", ["Севиндж Алиева", "Нигяр Гасанова", "Эльнур Мамедли"]) in events


def test_a_release_or_an_end_to_persecution_that_is_demanded_is_no_event() -> None:
    text = (
        "On 4 May the MEPs urged the authorities to release the journalist Timur Aliev and to end the "
        "persecution of the activist Galina Orlova. Aliev was arrested on 2 February 2025."
    )
    assert _events(text, date(2025, 5, 6)) == [("arrest", "2025-02-02", ["Timur Aliev"])]


def test_russian_demands_to_free_and_to_stop_persecution_are_no_events() -> None:
    text = "Депутаты призвали добиться освобождения Игоря Петренко и прекратить преследование его семьи."
    result = extract(text, published=date(2025, 5, 6), language="ru")
    assert [e["type"] for e in result["events"]] == []


def test_a_death_in_a_penal_colony_is_a_death_in_custody() -> None:
    text = "The blogger Ihor Savchuk died in a penal colony in Vitsebsk on 28 December 2025."
    assert _events(text, date(2026, 1, 5)) == [("death_in_custody", "2025-12-28", ["Ihor Savchuk"])]


def _ru_events(text: str, published: date) -> list[tuple[str, str | None, list[str]]]:
    result: dict[str, Any] = extract(text, published=published, language="ru")
    return [(e["type"], e["date"], e["persons"]) for e in result["events"] if e["type"] != "letter"]


def test_a_russian_death_in_a_colony_is_one_death_in_custody_dated_by_the_death_not_the_telling() -> None:
    text = (
        "В исправительной колонии № 4 умер политзаключенный Игорь Седов, сообщила в среду его жена. "
        "По официальной версии, Седов скончался 3 марта от инсульта."
    )
    assert _ru_events(text, date(2025, 3, 7)) == [("death_in_custody", "2025-03-03", ["Игорь Седов"])]


def test_a_death_in_custody_named_by_a_noun_with_its_own_relative_clause() -> None:
    text = (
        "The report refers to the death in custody of the activist Rustam Aliev, who died on 2 March 2025 in a prison."
    )
    assert _events(text, date(2025, 5, 1)) == [("death_in_custody", "2025-03-02", ["Rustam Aliev"])]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", 'The KGB had declared Radio Vesna an "extremist formation" in 2022.', [("other", "2022", [])]),
        ("en", "In May 2024 the court designated the movement as extremist.", [("other", "2024-05", [])]),
        (
            "ru",
            "В апреле 2025 года МВД включило в перечень «экстремистских формирований» еще три канала.",
            [("other", "2025-04", [])],
        ),
        ("ru", "В марте 2024 года суд признал движение «Ак Жол» экстремистским.", [("other", "2024-03", [])]),
    ],
)
def test_a_designation_as_extremist_is_an_event(
    language: str, text: str, expected: list[tuple[str, str | None, list[str]]]
) -> None:
    result: dict[str, Any] = extract(text, published=date(2025, 9, 1), language=language)
    assert [(e["type"], e["date"], e["persons"]) for e in result["events"]] == expected


def test_a_hunger_strike_is_kept_beside_a_participle_that_only_describes_the_person() -> None:
    text = "В феврале голодал и отбывающий срок активист Роман Ильин, осужденный по делу о «госизмене»."
    assert _ru_events(text, date(2025, 4, 2)) == [("other", "2025-02", ["Роман Ильин"])]


def test_a_participle_with_its_own_date_is_an_event() -> None:
    text = "По словам родственников активиста Павла Зуева, осужденного в 2023 году, с 5 марта его держат в ШИЗО."
    assert _ru_events(text, date(2025, 4, 2)) == [
        ("conviction", "2023", ["Павел Зуев"]),
        ("harassment", "2025-03-05", ["Павел Зуев"]),
    ]


def test_solitary_confinement_and_bruises_are_events_of_the_person_told_about() -> None:
    text = (
        "The journalist Omar Saidov was placed in solitary confinement on 3 April 2025. "
        "His lawyer said he had bruises on his face."
    )
    assert _events(text, date(2025, 5, 1)) == [
        ("harassment", "2025-04-03", ["Omar Saidov"]),
        ("torture", None, ["Omar Saidov"]),
    ]


def test_a_count_of_people_over_a_period_is_a_statistic_not_an_event() -> None:
    text = (
        "Since January 2025, at least 46 people have been convicted on extremism charges. "
        "За весь 2024 год таких приговоров было 19."
    )
    assert _events(text, date(2025, 9, 1)) == []


def test_a_detention_of_many_on_two_days_is_an_event() -> None:
    text = "Police detained at least 58 people on 30 and 31 March after a protest."
    assert _events(text, date(2025, 4, 3)) == [("detention", "2025-03-30", [])]


def test_questions_demands_and_described_people_tell_no_events() -> None:
    text = (
        "What was the activist Dana Omar charged with? We urge you to lift the house arrest of the journalist "
        "Asel Nur and drop the charges against her. The lawyer Aigul Sadykova defended detained protesters."
    )
    assert _events(text, date(2025, 9, 1)) == []


def test_facing_charges_is_a_criminal_case() -> None:
    text = "The three facing criminal charges are the activists Asel Nur, Berik Tas and Dana Omar."
    assert _events(text, date(2025, 9, 1)) == [("criminal_case", None, ["Asel Nur", "Berik Tas", "Dana Omar"])]


def test_a_punishment_cell_that_is_demanded_to_end_is_no_event() -> None:
    text = "Активист Олег Ветров держал голодовку с 3 января, требуя прекратить водворения в ШИЗО."
    assert _ru_events(text, date(2025, 2, 1)) == [("other", "2025-01-03", ["Олег Ветров"])]


def test_a_dated_verdict_and_the_sentences_told_person_by_person_after_it_are_one_per_person() -> None:
    text = (
        "Суд в четверг, 17 июля, вынес приговор по делу двух активистов. "
        "Активист Ерлан Садыков приговорен к пяти годам колонии, активист Нурлан Омаров – к четырем годам."
    )
    assert _ru_events(text, date(2025, 7, 18)) == [
        ("sentence", "2025-07-17", ["Ерлан Садыков"]),
        ("sentence", "2025-07-17", ["Нурлан Омаров"]),
    ]


def test_the_same_year_takes_the_year_stated_before() -> None:
    text = "The activist Asel Nur was detained in March 2023. Later that year she was sentenced to three years."
    assert _events(text, date(2025, 9, 1)) == [
        ("detention", "2023-03", ["Asel Nur"]),
        ("sentence", "2023", ["Asel Nur"]),
    ]


def test_a_russian_participle_after_a_name_dates_the_detention_of_that_person() -> None:
    text = "Среди обвиняемых – активистка Алина Попова, задержанная 3 февраля в Самаре."
    assert _ru_events(text, date(2025, 6, 2)) == [("detention", "2025-02-03", ["Алина Попова"])]


def test_a_stock_figure_of_people_in_custody_is_no_detention() -> None:
    text = "По состоянию на 30 июня под стражей находились 412 человек. As of 1 May, 57 women were detained."
    assert _events(text, date(2025, 7, 1)) == []


def test_a_wave_of_detentions_over_two_weeks_is_an_event_a_whole_month_is_a_statistic() -> None:
    text = (
        "С 1 по 15 марта 2025 года полиция задержала не менее 27 человек. "
        "За период с 1 по 31 октября 2025 года зафиксировано 163 задержания."
    )
    assert _ru_events(text, date(2025, 11, 5)) == [("detention", "2025-03-01", [])]


def test_a_person_named_in_a_count_is_told_by_the_own_incident() -> None:
    text = (
        "Since January 2025, courts have convicted at least 11 journalists, among them the reporter "
        "Azat Tokonov, who was sentenced on 3 June to five years in prison."
    )
    assert _events(text, date(2025, 8, 1)) == [("sentence", "2025-06-03", ["Azat Tokonov"])]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "A court jailed the journalist Ihar Losik for 15 years on 4 May 2025.", "sentence"),
        ("en", "The activist Roza Musayeva was handed a six-year sentence on 2 July 2025.", "sentence"),
        ("en", "On 12 June 2025 the activist Nurlan Serik was questioned by the police.", "harassment"),
        ("en", "The human rights defender Elena Petrova went missing on 14 February 2025.", "other"),
        ("en", "The activist Artem Lee was stripped of his citizenship on 3 January 2025.", "other"),
        ("ru", "Блогер Алексей Кузьмин получил пять лет колонии 2 апреля 2025 года.", "sentence"),
        ("ru", "Активиста Ивана Сидорова объявили в розыск 2 марта 2025 года.", "criminal_case"),
    ],
)
def test_verbs_of_persecution_in_their_usual_forms(language: str, text: str, expected: str) -> None:
    result: dict[str, Any] = extract(text, published=date(2025, 9, 1), language=language)
    assert [(e["type"], len(e["persons"])) for e in result["events"]] == [(expected, 1)]


def test_still_imprisoned_is_a_state_not_a_sentence() -> None:
    text = "The blogger Aliaksei Kuzmin is still imprisoned."
    assert _events(text, date(2025, 9, 1)) == []


def test_received_years_is_a_sentence_for_each_defendant() -> None:
    text = (
        "On 11 June the court convicted five activists. "
        "Bakhtiyor Rahimov received five years; Farid Aliyev received three."
    )
    events = _events(text, date(2026, 6, 12))
    assert ("sentence", "2026-06-11", ["Bakhtiyor Rahimov"]) in events


def test_the_first_person_of_a_quoted_statement_is_its_author() -> None:
    text = (
        "Human rights defender Aigul Temirova issued the following statement today.\n\n"
        '"In February a fine was imposed on me for a picket. I have been summoned for questioning four times '
        'since January."'
    )
    events = _events(text, date(2026, 5, 18))
    assert ("fine", "2026-02", ["Aigul Temirova"]) in events


def test_a_timeline_in_the_historical_present_and_subjectless_russian_entries() -> None:
    timeline = (
        "Timeline of the case of Nurlan Osmonov, a civic activist.\n\n16 March 2023, around 6 a.m.: GKNB officers "
        "search his flat in Bishkek.\n\n18 March 2023: He is formally charged under Article 278.\n\n30 October 2023: "
        "Judge Bakyt Toktorov finds Osmonov guilty and sentences him to five years in prison.\n"
    )
    found = [(e["type"], e["date"], e["persons"]) for e in extract(timeline, published=date(2024, 6, 10))["events"]]
    assert ("search", "2023-03-16", ["Nurlan Osmonov"]) in found
    assert ("criminal_case", "2023-03-18", ["Nurlan Osmonov"]) in found
    assert ("sentence", "2023-10-30", ["Nurlan Osmonov"]) in found
    russian = (
        "Доклад о смертях в заключении.\n\n1. Шухрат Алимов, 47 лет. Осужден в 2019 году к 9 годам. Умер 12 февраля "
        "2023 года в колонии в Навои.\n\n2. Дильшод Каримов, 31 год. Задержан 2 марта 2023 года в Ташкенте. Через 11 "
        "дней, 13 марта, умер в следственном изоляторе."
    )
    found = [(e["type"], e["date"], e["persons"]) for e in extract(russian, published=date(2024, 2, 20))["events"]]
    assert ("death_in_custody", "2023-02-12", ["Шухрат Алимов"]) in found
    assert ("death_in_custody", "2023-03-13", ["Дильшод Каримов"]) in found


def test_terms_told_before_the_verb_that_gives_them() -> None:
    text = (
        "Суд в Худжанде 19 ноября вынес приговор.\n\nСамый суровый срок — 16 лет колонии строгого режима — получил "
        "58-летний Абдулло Раупов. По 7 лет лишения свободы получили Джамшед Шарипов и Рустам Хакимов."
    )
    found = [(e["type"], e["persons"]) for e in extract(text, published=date(2024, 11, 21))["events"]]
    assert ("sentence", ["Абдулло Раупов"]) in found
    assert ("sentence", ["Джамшед Шарипов", "Рустам Хакимов"]) in found


def test_a_sentence_naming_some_of_a_count_gives_them_the_incident() -> None:
    text = (
        "On 16 January officers detained 11 employees of the newsroom. Four of them, including the editor Aizada "
        "Temirova and the reporter Nurlan Asanov, remain in custody."
    )
    assert _events(text, date(2024, 3, 7)) == [("detention", "2024-01-16", ["Aizada Temirova", "Nurlan Asanov"])]


def test_a_russian_sentence_naming_some_of_a_count_gives_them_the_incident() -> None:
    text = "16 января в Минске задержали 11 человек. Среди них — правозащитница Анна Петрова и журналист Игорь Смирнов."
    result: dict[str, Any] = extract(text, published=date(2024, 1, 20), language="ru")
    events = [(e["type"], e["date"], e["persons"]) for e in result["events"]]
    assert events == [("detention", "2024-01-16", ["Анна Петрова", "Игорь Смирнов"])]


def test_yesterday_and_this_morning_date_events_against_the_publication_date() -> None:
    text = "Yesterday police detained the blogger Arman Seitkali. This morning officers searched his flat."
    assert _events(text, date(2025, 3, 13)) == [
        ("detention", "2025-03-12", ["Arman Seitkali"]),
        ("search", "2025-03-13", ["Arman Seitkali"]),
    ]


def test_a_report_released_is_no_release() -> None:
    text = "The quarterly bulletin released today by Civic Monitor counts 47 cases of pressure on activists."
    assert _events(text, date(2025, 4, 9)) == []


def test_raising_a_detention_with_a_government_is_no_new_detention() -> None:
    text = "Yesterday two senators asked the State Department to raise the detention of journalists with Bishkek."
    assert _events(text, date(2024, 3, 7)) == []


@pytest.mark.parametrize(
    "text",
    [
        "On 27 February a court extended the pre-trial detention of the journalist Aizada Temirova by two months.",
        "27 февраля суд продлил журналистке Айгуль Темировой срок содержания под стражей на два месяца.",
        "27 февраля журналистке Айгуль Темировой продлили арест на два месяца.",
    ],
)
def test_a_detention_extended_is_an_incident_of_its_own(text: str) -> None:
    result: dict[str, Any] = extract(text, published=date(2024, 3, 7))
    [event] = result["events"]
    assert (event["type"], event["date"], len(event["persons"])) == ("other", "2024-02-27", 1)


def test_all_five_are_the_five_people_named_before() -> None:
    text = (
        "Суд приговорил Айбека Сарсенова к пяти годам. Ерлан Утепов получил два года. Гульнару Бекову, Мираса "
        "Жакупова и Талгата Исмагулова приговорили к ограничению свободы. Уголовное дело в отношении всех пятерых "
        "возбудили в мае прошлого года, а в июне их задержали."
    )
    result: dict[str, Any] = extract(text, published=date(2024, 3, 14), language="ru")
    groups = {e["type"]: e["persons"] for e in result["events"] if e["type"] in ("criminal_case", "detention")}
    assert groups["criminal_case"] == groups["detention"]
    assert len(groups["detention"]) == 5


def test_the_three_guards_not_named_before_are_no_group() -> None:
    text = (
        "The court sentenced Daniyar Omarov. A further 11 officers were acquitted, including the three guards "
        "who were seen beating him."
    )
    assert all(len(persons) <= 1 for _, _, persons in _events(text, date(2025, 4, 10)))


def test_an_incident_of_several_people_not_named_is_not_the_named_persons() -> None:
    text = "Although several have since been released, Kanybek Osmonov remains under house arrest since 3 May 2024."
    assert all(e[0] != "release" or not e[2] for e in _events(text, date(2024, 6, 1)))


def test_several_times_is_no_group_of_others() -> None:
    text = "Летом полицейские несколько раз задерживали пенсионерку Тамару Шевчук на пикетах."
    result: dict[str, Any] = extract(text, published=date(2024, 9, 1), language="ru")
    assert [e["persons"] for e in result["events"]] == [["Тамара Шевчук"]]


@pytest.mark.parametrize(
    "text",
    [
        "Ravshan Mamatov was sentenced to seven years in September 2023. The Supreme Court upheld the verdict in "
        "February 2024.",
        "Ravshan Mamatov was sentenced to seven years in September 2023. In February 2024 the court rejected his "
        "appeal.",
    ],
)
def test_a_verdict_upheld_or_an_appeal_rejected_is_the_defendants(text: str) -> None:
    assert ("other", "2024-02", ["Ravshan Mamatov"]) in _events(text, date(2025, 6, 19))


def test_an_appeal_court_is_no_appeal_letter() -> None:
    text = "On 18 April 2024 the Appeal Military Court upheld the sentence of the activist Artyom Voloshin."
    result: dict[str, Any] = extract(text, published=date(2024, 5, 1), language="en")
    assert result["letters"] == []


def test_happenings_listed_under_day_headings_take_the_heading_day() -> None:
    text = (
        "Weekly digest: 10–16 March 2025\n\nMonday, 10 March\n\n"
        "• Hrodna: KGB officers detained the teacher Valiantsina Savitskaya.\n\n"
        "Wednesday, 12 March\n\n• Vitebsk: Political prisoner Uladzimir Zhybul was released from penal colony No. 3.\n"
    )
    events = extract(text, published=date(2025, 3, 17), language="en")["events"]
    found = {(e["type"], e["date"], tuple(e["persons"])) for e in events}
    assert ("detention", "2025-03-10", ("Valiantsina Savitskaya",)) in found
    assert ("release", "2025-03-12", ("Uladzimir Zhybul",)) in found


def test_a_publication_date_under_the_title_heads_no_list() -> None:
    text = (
        "MEPs write to Borrell\n\n14 September 2021\n\nSix MEPs wrote to the High Representative. The union leader "
        "Andrei Ivashkevich was detained by KGB officers, his lawyer said."
    )
    events = extract(text, published=date(2021, 9, 14), language="en")["events"]
    assert [e["date"] for e in events if e["type"] == "detention"] == [None]


def test_several_defendants_with_different_terms_are_one_sentence_per_term() -> None:
    text = (
        "Суд приговорил Рустама Галиева к шести годам колонии, его заместителя Айдара Хамитова – к пяти годам, "
        "Ильшата Сагитова и Азата Юлдашбаева – к четырем годам колонии каждого."
    )
    events = extract(text, published=date(2025, 2, 19), language="ru")["events"]
    groups = sorted(tuple(e["persons"]) for e in events if e["type"] == "sentence")
    assert groups == [("Айдар Хамитов",), ("Ильшат Сагитов", "Азат Юлдашбаев"), ("Рустам Галиев",)]
