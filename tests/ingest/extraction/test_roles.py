"""Roles, statuses, countries and political groups from the words around a name."""

from __future__ import annotations

from datetime import date

import pytest

from chronicle.ingest.extraction.mentions import PersonEntity
from chronicle.ingest.extraction.persons import find_persons_latin
from chronicle.ingest.extraction.pipeline import extract
from chronicle.ingest.extraction.roles import describe_person, main_country
from chronicle.ingest.extraction.text import SpanSet, split_sentences


def _facts(text: str) -> dict[str, tuple[str, str | None, str | None, str | None]]:
    persons: list[PersonEntity] = find_persons_latin(text)
    names = SpanSet([(m.start, m.end) for p in persons for m in p.mentions])
    sentences = split_sentences(text)
    country = main_country(text)
    result = {}
    for person in persons:
        facts = describe_person(text, sentences, person, country, names)
        result[person.name] = (facts.role, facts.status, facts.country, facts.group)
    return result


def test_an_mep_with_country_and_group_in_parentheses() -> None:
    assert _facts("The letter was initiated by MEP Isabel Santos (Portugal; S&D).") == {
        "Isabel Santos": ("parliamentarian", None, "Portugal", "S&D")
    }


def test_pace_style_signatories_with_country_and_group_after_commas() -> None:
    text = "Signatories: Mr André GATTOLIN, France, ALDE ; Ms Inga GRIGORIU, Republic of Moldova, EPP/CD"
    assert _facts(text) == {
        "André GATTOLIN": ("parliamentarian", None, "France", "ALDE"),
        "Inga GRIGORIU": ("parliamentarian", None, "Republic of Moldova", "EPP/CD"),
    }


def test_a_party_after_chairman_of_is_the_group() -> None:
    text = "Gabrielius Landsbergis, Member of the Seimas, Chairman of the Homeland Union, Lithuania"
    assert _facts(text) == {"Gabrielius Landsbergis": ("parliamentarian", None, "Lithuania", "Homeland Union")}


def test_a_president_is_an_official_of_his_country_without_status() -> None:
    text = "The letter urged Kazakhstan's President Kassym-Jomart Tokayev to release prisoners."
    assert _facts(text)["Kassym-Jomart Tokayev"] == ("official", None, "Kazakhstan", None)


def test_a_political_prisoner_is_imprisoned_in_the_country_of_the_text() -> None:
    text = "The political prisoner Maks Bokayev remains in Kazakhstan."
    assert _facts(text) == {"Maks Bokayev": ("political_prisoner", "imprisoned", "Kazakhstan", None)}


def test_a_heading_gives_role_and_status_to_its_list() -> None:
    text = "18 political prisoners are held in prisons in Kazakhstan:\n• Aset Abishev, Igor Chuprina, Saken Tulbayev."
    facts = _facts(text)
    assert set(facts.values()) == {("political_prisoner", "imprisoned", "Kazakhstan", None)}


def test_the_furthest_stage_is_the_status_at_the_time_of_the_text() -> None:
    text = "The journalist Timur Zhaksylykov, arrested in October, was sentenced to seven years in Kazakhstan."
    assert _facts(text)["Timur Zhaksylykov"] == ("journalist", "convicted", "Kazakhstan", None)


def test_a_title_before_the_next_name_does_not_describe_the_previous_one() -> None:
    text = "Among those detained are Bolat Nurgaliyev, the blogger Aizhan Seitkali and others in Kazakhstan."
    facts = _facts(text)
    assert facts["Bolat Nurgaliyev"] == ("victim", "detained", "Kazakhstan", None)
    assert facts["Aizhan Seitkali"] == ("journalist", "detained", "Kazakhstan", None)


def test_deaths_listed_after_a_colon_make_each_person_deceased() -> None:
    text = (
        "They demanded investigations into the deaths of three activists: "
        "Dulat Agadil, Amanbike Meirkhanova and Serik Orazov."
    )
    assert {f[1] for f in _facts(text).values()} == {"deceased"}


def test_ngo_staff_speaking_for_their_organisation_are_other() -> None:
    text = '"Nobody should be jailed," said Marta Kowalczyk, programme director of the Steppe Rights Initiative.'
    assert _facts(text) == {"Marta Kowalczyk": ("other", None, None, None)}


def test_a_nationality_before_mep_gives_the_country() -> None:
    text = "The question was tabled by the Estonian MEP Kadri Tamm (Renew) on Monday."
    assert _facts(text) == {"Kadri Tamm": ("parliamentarian", None, "Estonia", "Renew")}


def test_a_party_label_before_the_name_is_not_part_of_it() -> None:
    text = "It was co-signed by the Finnish Green Aino Virtanen (Greens/EFA)."
    assert _facts(text) == {"Aino Virtanen": ("parliamentarian", None, "Finland", "Greens/EFA")}


def test_a_sentence_to_years_in_prison_is_imprisonment() -> None:
    text = "A court in Minsk sentenced Pavel Lutski to six years in prison for his posts."
    assert _facts(text)["Pavel Lutski"][1] == "imprisoned"


def test_a_sentence_in_absentia_stays_a_conviction() -> None:
    text = "A court in Minsk sentenced Pavel Lutski in absentia to seven years of imprisonment."
    assert _facts(text)["Pavel Lutski"][1] == "convicted"


def test_a_release_after_the_sentence_is_the_status() -> None:
    text = "The journalist Lola Karimova, convicted in 2019, walked free in May after an amnesty."
    assert _facts(text)["Lola Karimova"][:2] == ("journalist", "released")


def test_a_lawyer_appealing_the_verdict_has_no_status() -> None:
    text = "The activist Timur Aliev was convicted in March. His lawyer, Dana Omarova, appealed against the verdict."
    facts = _facts(text)
    assert facts["Dana Omarova"][:2] == ("lawyer", None)
    assert facts["Timur Aliev"][:2] == ("activist", "convicted")


def test_a_deputy_of_an_organisation_is_not_a_parliamentarian() -> None:
    text = "Its chair, Oleg Brant, was jailed, and his deputy, Irina Sokol, was sentenced in absentia."
    assert _facts(text)["Irina Sokol"][0] != "parliamentarian"


def test_the_role_of_the_sentence_before_does_not_carry_over_without_a_list() -> None:
    text = "Five MEPs wrote to the Commission. The blogger's brother, Rustam Sadykov, was detained in May."
    assert _facts(text)["Rustam Sadykov"][0] != "parliamentarian"


def test_a_party_after_a_name_in_a_text_about_national_mps_makes_a_parliamentarian() -> None:
    text = (
        "Twelve members of the German Bundestag wrote to the president. "
        "The letter was signed by Katrin Albers (SPD) and Jonas Keller (FDP)."
    )
    facts = _facts(text)
    assert facts["Katrin Albers"] == ("parliamentarian", None, "Germany", "SPD")
    assert facts["Jonas Keller"] == ("parliamentarian", None, "Germany", "FDP")


def test_years_in_a_general_regime_colony_is_imprisonment() -> None:
    text = "The human rights defender Maryna Kavalchuk was sentenced to three years in a general-regime colony."
    assert _facts(text)["Maryna Kavalchuk"][:2] == ("human_rights_defender", "imprisoned")


def test_words_inside_an_office_title_are_not_the_role() -> None:
    text = "The experts include the Special Rapporteur on human rights defenders, Mary Lawlor."
    assert _facts(text)["Mary Lawlor"][0] == "official"


def test_a_semicolon_keeps_each_clause_status_with_its_person() -> None:
    text = (
        "The journalists Aidana Mamytova and Ulan Tokonov were convicted. Mamytova received six years in "
        "a colony; Tokonov was given a three-year suspended term and freed in the courtroom."
    )
    facts = _facts(text)
    assert facts["Ulan Tokonov"][1] == "released"
    assert facts["Aidana Mamytova"][1] == "imprisoned"


def test_the_speaker_of_a_parliament_is_an_official() -> None:
    assert _facts("The MEPs wrote to the Speaker of the Parliament of Georgia, Nodar Beridze.") == {
        "Nodar Beridze": ("official", None, None, None)
    }


def test_a_dash_title_before_the_parenthesis_of_an_mep() -> None:
    assert _facts("Signed:\nClara Monteiro – Member of the European Parliament (S&D, Portugal)\n") == {
        "Clara Monteiro": ("parliamentarian", None, "Portugal", "S&D")
    }


def test_mps_of_a_parliament_named_with_its_country_in_russian_take_that_country() -> None:
    text = "Обращение подписали депутаты Сейма Эстонии Карин Тамм (Партия реформ) и Тоомас Сепп (Эстония 200)."
    persons = extract(text, language="ru")["persons"]
    assert [(p["name"], p["role"], p["country"], p["group"]) for p in persons] == [
        ("Карин Тамм", "parliamentarian", "Estonia", "Партия реформ"),
        ("Тоомас Сепп", "parliamentarian", "Estonia", "Эстония 200"),
    ]


def test_a_nationality_before_any_mention_gives_an_mps_country() -> None:
    text = "Ilse Vandermeer (Renew) asked the Commission.\n\nIt was tabled by the Belgian Liberal Ilse Vandermeer."
    assert _facts(text) == {"Ilse Vandermeer": ("parliamentarian", None, "Belgium", "Renew")}


def test_a_former_mp_named_after_the_title_is_not_an_mp_but_one_listed_with_former_is() -> None:
    assert _facts("The former MP Arman Sadykov was detained in Almaty.")["Arman Sadykov"][:2] == ("victim", "detained")
    assert _facts("Signed:\nMari Tamm, former Member of the Riigikogu, Estonia\n") == {
        "Mari Tamm": ("parliamentarian", None, "Estonia", None)
    }


def test_a_title_line_under_a_name_in_an_address_block_gives_the_role() -> None:
    text = "His Excellency Mr Ivan Dorogin\nPresident of the Republic of Nordland\n\nYour Excellency,\n"
    assert _facts(text)["Ivan Dorogin"][0] == "official"


def test_the_agent_after_by_takes_no_role_of_the_prisoners_before_it() -> None:
    text = "He was one of 40 political prisoners pardoned by Ivan Dorogin and taken to the border."
    assert _facts(text)["Ivan Dorogin"][0] != "political_prisoner"


def test_a_title_followed_by_a_name_later_in_its_list_item_belongs_to_that_name() -> None:
    text = (
        "The group recognised 12 more people as political prisoners. Among them are the pensioner Anna Kovac "
        "from Brest, the student Ivo Lenz and the journalist of the outlet Delta News Viktor Gray."
    )
    facts = _facts(text)
    assert [facts[name][0] for name in ("Anna Kovac", "Ivo Lenz")] == ["political_prisoner", "political_prisoner"]


def test_a_judge_title_does_not_spread_over_the_defendants_after_her_verb() -> None:
    text = "Судья Анна Петрова признала Ивана Сидорова и Олега Смирнова виновными в экстремизме."
    roles = {p["name"]: p["role"] for p in extract(text, language="ru")["persons"]}
    assert roles["Анна Петрова"] == "official"
    assert {roles["Иван Сидоров"], roles["Олег Смирнов"]} & {"official"} == set()


def test_a_lawyer_title_before_a_genitive_name_belongs_to_the_lawyer_named_after_it() -> None:
    text = "Ивана Сидорова задержали в Алматы. «Это незаконно», – заявил адвокат Сидорова Павел Орлов."
    roles = {p["name"]: p["role"] for p in extract(text, language="ru")["persons"]}
    assert (roles["Иван Сидоров"], roles["Павел Орлов"]) == ("victim", "lawyer")


def test_the_status_is_the_latest_dated_state_not_the_furthest_stage() -> None:
    text = (
        "The activist Arman Bekov was convicted in 2019 of organising a protest. "
        "On 3 March 2025 he was detained again in Almaty."
    )
    [person] = extract(text, published=date(2025, 6, 1), language="en")["persons"]
    assert (person["role"], person["status"]) == ("activist", "detained")


def test_a_later_charge_does_not_end_a_prison_term() -> None:
    text = "The journalist Oleg Marr was sentenced on 4 May 2023 to six years in prison. In 2024 he was charged again."
    [person] = extract(text, published=date(2025, 6, 1), language="en")["persons"]
    assert (person["role"], person["status"]) == ("journalist", "imprisoned")


def test_words_inside_a_quotation_do_not_describe_the_speaker() -> None:
    text = (
        'MP Ingrid Solberg of the Labour Party signed the letter. "Jailing bloggers and journalists for what '
        'they write takes the country backwards," Solberg told reporters on Monday.'
    )
    assert _facts(text)["Ingrid Solberg"][0] == "parliamentarian"


def test_the_title_of_the_doers_is_not_the_title_of_the_one_they_act_on() -> None:
    text = "Lawyer Dilnoza Karimova, who represented Timur Saidov, said he was beaten in custody."
    assert _facts(text)["Timur Saidov"][0] != "lawyer"


def test_a_co_founder_of_a_movement_is_an_activist() -> None:
    text = "The movement's co-founder, Farid Aliyev, received twelve years in a colony."
    assert _facts(text)["Farid Aliyev"][0] == "activist"


def test_osvobodili_after_the_name_is_a_release() -> None:
    result = extract(
        "Активистку Марию Колесникову освободили 13 декабря 2025 года.", published=date(2026, 3, 5), language="ru"
    )
    assert [(p["name"], p["status"]) for p in result["persons"]] == [("Мария Колесникова", "released")]


def test_the_one_a_court_sentenced_is_a_victim_whatever_the_job_title() -> None:
    text = "On 20 June 2025 the court sentenced Ulvi Hasanov, director of Abzas News, to nine years."
    result = extract(text, published=date(2026, 10, 14), language="en")
    assert [(p["name"], p["role"], p["status"]) for p in result["persons"]] == [("Ulvi Hasanov", "victim", "convicted")]


def test_a_comma_trailer_ends_with_its_list_item_and_sentence() -> None:
    text = (
        "The letter was signed by Luis Ferreira, a Portuguese Socialist, and the Czech Pirate Jan Hora, "
        "who sits with the Greens/EFA group. Other signatories include Anneli Virtanen (Renew Europe, Finland)."
    )
    facts = _facts(text)
    assert facts["Luis Ferreira"][2:] == ("Portugal", None)
    assert facts["Jan Hora"][2:] == ("Czech Republic", "Greens/EFA")
    assert facts["Anneli Virtanen"][2:] == ("Finland", "Renew Europe")


def test_a_member_of_a_group_named_in_full_ends_at_the_sentence() -> None:
    text = (
        "The MEPs wrote to the president. Kristina Baltrusaite, a Lithuanian member of the European "
        "Conservatives and Reformists."
    )
    assert _facts(text)["Kristina Baltrusaite"] == (
        "parliamentarian",
        None,
        "Lithuania",
        "European Conservatives and Reformists",
    )


def test_a_russian_group_named_with_its_faction_word_after_the_name() -> None:
    text = (
        "Письмо президенту подписали немецкий депутат Европарламента Ханна Нойманн из фракции «Зелёных» "
        "и полька Анна Фотыга из группы «Европейские консерваторы и реформисты»."
    )
    result = extract(text, published=date(2025, 3, 1))
    groups = {person["name"]: person["group"] for person in result["persons"]}
    assert groups["Ханна Нойманн"] == "Зелёные"
    assert groups["Анна Фотыга"] == "Европейские консерваторы и реформисты"


def test_a_country_before_a_list_of_names_in_russian_and_a_possessive_in_english() -> None:
    text = (
        "Обращение к президенту подписали евродепутаты от Литвы Андрюс Кубилюс и Раса Юкнявичене, "
        "представитель Польши Роберт Бедронь («Социалисты и демократы»)."
    )
    result = extract(text, published=date(2025, 3, 1))
    found = {person["name"]: (person["country"], person["group"]) for person in result["persons"]}
    assert found["Андрюс Кубилюс"] == ("Lithuania", None)
    assert found["Раса Юкнявичене"] == ("Lithuania", None)
    assert found["Роберт Бедронь"] == ("Poland", "Социалисты и демократы")
    assert _facts("The letter was initiated by Germany's Hannah Lenz (Greens/EFA).")["Hannah Lenz"][2:] == (
        "Germany",
        "Greens/EFA",
    )


def test_a_group_fronted_before_a_list_or_shared_after_it() -> None:
    text = (
        "Fourteen MEPs wrote to the president. From Renew Europe, it was signed by Petras Jonaitis, Ilze Ozola "
        "and Marta Ruiz. Latvian members Aivars Berzins and Inese Kalnina, both of the EPP, also joined."
    )
    facts = _facts(text)
    assert [facts[name][3] for name in ("Petras Jonaitis", "Ilze Ozola", "Marta Ruiz")] == ["Renew Europe"] * 3
    assert facts["Aivars Berzins"][2:] == ("Latvia", "EPP")
    assert facts["Inese Kalnina"][2:] == ("Latvia", "EPP")


def test_a_municipal_deputy_who_was_sentenced_is_a_victim_not_a_parliamentarian() -> None:
    text = (
        "Dmitry Averin, a municipal deputy from Moscow, was sentenced to seven years in December 2022. "
        "Муниципальный депутат Алексей Горинов был приговорён к семи годам колонии."
    )
    roles = {p["name"]: p["role"] for p in extract(text, published=date(2023, 5, 1))["persons"]}
    assert roles["Dmitry Averin"] == "victim"
    assert roles["Алексей Горинов"] == "victim"


def test_the_others_released_after_a_name_are_not_that_person() -> None:
    text = (
        "Суд отправил в СИЗО директора канала Айгерим Токтосунову, остальных отпустили под подписку о невыезде. "
        "The miner Arman Seitov survived; two workers died in the blast."
    )
    statuses = {p["name"]: p["status"] for p in extract(text, published=date(2024, 3, 1))["persons"]}
    assert statuses["Айгерим Токтосунова"] == "detained"
    assert statuses["Arman Seitov"] != "deceased"


def test_members_of_congress_with_party_and_state_in_prose_and_parentheses() -> None:
    text = (
        "Representatives Margaret Ellison-Okafor, a Maryland Democrat, and Daniel P. Whitcombe, an Ohio "
        "Republican, led a letter. It was also signed by Senator Ruth Castellanos-Reyes (Democrat, New Mexico)."
    )
    found = {
        p["name"]: (p["role"], p["country"], p["group"]) for p in extract(text, published=date(2024, 5, 9))["persons"]
    }
    assert found["Margaret Ellison-Okafor"] == ("parliamentarian", "United States", "Democrat")
    assert found["Daniel P. Whitcombe"] == ("parliamentarian", "United States", "Republican")
    assert found["Ruth Castellanos-Reyes"] == ("parliamentarian", "United States", "Democrat")


def test_members_of_congress_written_party_of_state() -> None:
    text = (
        "Yesterday, Representatives Daniel Whitcombe, Republican of Ohio, and Rosa Ibarra-Keane, Democrat of "
        "California, sent a letter to Secretary of State Antony Blinken."
    )
    found = {
        p["name"]: (p["role"], p["country"], p["group"]) for p in extract(text, published=date(2024, 3, 7))["persons"]
    }
    assert found["Daniel Whitcombe"] == ("parliamentarian", "United States", "Republican")
    assert found["Rosa Ibarra-Keane"] == ("parliamentarian", "United States", "Democrat")


def test_a_party_word_in_the_parenthesis_and_a_party_family_in_lower_case() -> None:
    text = (
        "Заявление подготовлено Миндаугасом Жемайтисом вместе с Аудрюсом Пятраускасом (социал-демократы). "
        "Кроме того, запрос подписал Павел Лукин (фракция КПРФ)."
    )
    groups = {p["name"]: p["group"] for p in extract(text, published=date(2024, 6, 5))["persons"]}
    assert groups["Аудрюс Пятраускас"] == "социал-демократы"
    assert groups["Павел Лукин"] == "КПРФ"


def test_a_section_heading_gives_its_role_to_the_paragraphs_that_open_with_a_name() -> None:
    text = (
        "Обновление списка на 5 февраля\n\nПравозащитники признали ещё двоих.\n\nНовые политзаключённые\n\n"
        "Ольга Морозова, 47 лет, бухгалтер из Минска. Осуждена по ст. 361-2 УК за донаты.\n\n"
        "Виктор Шаповал, 68-летний пенсионер из Витебска. Задержан 11 декабря 2025 года.\n"
    )
    facts = {p["name"]: (p["role"], p["status"]) for p in extract(text, published=date(2026, 2, 5))["persons"]}
    assert facts["Ольга Морозова"] == ("political_prisoner", "convicted")
    assert facts["Виктор Шаповал"] == ("political_prisoner", "detained")


def test_a_byline_or_the_title_is_no_section_heading() -> None:
    text = (
        "UK MPs write to the president over jailed protesters\n\nBy our London correspondent\n\n"
        "Aizada Toktosun and Nurlan Abdykadyr were detained on 23 September, when police broke up a rally.\n"
    )
    roles = {p["name"]: p["role"] for p in extract(text, published=date(2021, 10, 8))["persons"]}
    assert roles["Aizada Toktosun"] not in ("parliamentarian", "journalist")


def test_the_members_who_name_a_prisoner_do_not_make_him_a_member() -> None:
    text = (
        "Депутаты бундестага направили письмо канцлеру. Среди тех, кто остается за решеткой, депутаты называют "
        "Игоря Самойлова, инженера из Самары, приговоренного к восьми годам колонии."
    )
    person = extract(text, language="ru")["persons"][0]
    assert (person["name"], person["role"]) == ("Игорь Самойлов", "victim")


def test_a_person_the_next_sentence_goes_on_about_is_persecuted_and_the_events_are_theirs() -> None:
    text = (
        "— Например, Андрей Соколов, физик из Новосибирска. Его задержали в 2023 году по подозрению в госизмене. "
        "В январе областной суд приговорил его к 14 годам строгого режима."
    )
    result = extract(text, published=date(2025, 3, 12), language="ru")
    assert result["persons"][0]["role"] == "victim"
    assert [(e["type"], e["persons"]) for e in result["events"]] == [
        ("detention", ["Андрей Соколов"]),
        ("sentence", ["Андрей Соколов"]),
    ]


def test_a_former_party_member_serving_a_sentence_is_no_parliamentarian() -> None:
    text = (
        "Deputies of the parliament were silent. Mahmadali Saidov, a former member of the Islamic Renaissance Party "
        "of Tajikistan serving a 25-year sentence, died in prison in March 2023."
    )
    [saidov] = [p for p in extract(text, published=date(2025, 2, 17))["persons"] if p["name"] == "Mahmadali Saidov"]
    assert saidov["role"] != "parliamentarian"
    assert "serving" not in (saidov["group"] or "")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Государственный обвинитель Денис Шумилов просил девять лет.", "official"),
        ("Следователь Ирина Котова отказала в свидании.", "official"),
        ("По словам их защитника Павла Ермакова, приговор обжалуют.", "lawyer"),
        ("Правозащитник Павел Ермаков заявил об этом.", "human_rights_defender"),
    ],
)
def test_court_roles_in_russian(text: str, role: str) -> None:
    assert [p["role"] for p in extract(text, language="ru")["persons"]] == [role]


def test_members_of_congress_in_a_russian_text() -> None:
    text = (
        "Письмо подписали демократ Марша Деланни (Мэриленд), сенатор Ричард Эйвери (демократ, Делавэр) и конгрессмен "
        "Даниэль Руис (республиканец, Флорида)."
    )
    people = {p["name"]: (p["role"], p["country"], p["group"]) for p in extract(text, language="ru")["persons"]}
    assert people["Марша Деланни"] == ("parliamentarian", "United States", "Democrat")
    assert people["Ричард Эйвери"] == ("parliamentarian", "United States", "Democrat")
    assert people["Даниэль Руис"] == ("parliamentarian", "United States", "Republican")


def _russian_signatories(text: str) -> list[tuple[str, str | None, str | None]]:
    letters = extract(text, published=date(2024, 3, 20), language="ru")["letters"]
    return [(s["name"], s.get("country"), s.get("group")) for letter in letters for s in letter["signatories"]]


def test_russian_parties_written_unquoted_before_or_after_the_names() -> None:
    text = (
        "Депутаты Сейма Литвы направили письмо президенту Беларуси с требованием освободить политзаключенных. "
        "Среди подписантов – Миндаугас Пятраускас, представляющий Движение либералов, депутаты от "
        "Социал-демократической партии Литвы Рута Кайрене и Витаутас Бальчюнас, а также член Партии свободы "
        "Линас Юргелис."
    )
    assert _russian_signatories(text) == [
        ("Миндаугас Пятраускас", "Lithuania", "Движение либералов"),
        ("Рута Кайрене", "Lithuania", "Социал-демократическая партия Литвы"),
        ("Витаутас Бальчюнас", "Lithuania", "Социал-демократическая партия Литвы"),
        ("Линас Юргелис", "Lithuania", "Партия свободы"),
    ]


def test_a_member_of_a_quoted_group_from_a_country() -> None:
    text = (
        "Евродепутаты направили письмо Каю Каллас о политзаключенных Казахстана. Среди подписавших – "
        "представительница «Левых» из Финляндии Ханна Корхонен."
    )
    assert _russian_signatories(text) == [("Ханна Корхонен", "Finland", "Левые")]


def test_the_authors_one_faction_goes_to_signers_without_their_own() -> None:
    text = (
        "Депутаты бундестага от фракции ХДС/ХСС направили федеральному правительству письменный запрос о "
        "политзаключенных в России.\n\nЗапрос подписали пять депутатов. Его подготовили член комитета по правам "
        "человека Катрин Вальтер и представитель ХСС Йоханнес Ритц. Под документом также стоят подписи Мириам "
        "Хольцер и Феликса Брандта."
    )
    assert _russian_signatories(text) == [
        ("Катрин Вальтер", "Germany", "ХДС/ХСС"),
        ("Йоханнес Ритц", "Germany", "ХСС"),
        ("Мириам Хольцер", "Germany", "ХДС/ХСС"),
        ("Феликс Брандт", "Germany", "ХДС/ХСС"),
    ]


def test_a_later_names_parenthesis_is_not_shared_past_a_title() -> None:
    text = (
        "In a letter to the Minister, Bloc Québécois MP Luc Pelletier, Liberal MPs Harpreet Sandhu and Margaret "
        "Doyle, and Senators Ruth Anders (Independent Senators Group) and Michel Thibault (Conservative) write that "
        "the verdicts against the journalists must be overturned."
    )
    facts = _facts(text)
    assert facts["Luc Pelletier"][3] == "Bloc Québécois"
    assert facts["Harpreet Sandhu"][3] == facts["Margaret Doyle"][3] == "Liberal"
    assert facts["Ruth Anders"][3] == "Independent Senators Group"
