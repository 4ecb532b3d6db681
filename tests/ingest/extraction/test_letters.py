"""Letters, appeals and written questions: signatories, counts, dates, addressees."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from chronicle.ingest.extraction.pipeline import extract

SEED_LIKE = (
    "On 2 March 2023, two letters signed by twenty-one MEPs addressed President Ivan Petrov.\n"
    "One letter was promoted by MEP Anna Lindqvist (Sweden; S&D) and was signed by other six MEPs including "
    "Marek Dvořák (Czech Republic; EPP). The second letter was initiated by MEP Giulia Ferraro (Italy; Greens/EFA) "
    "with the participation of other thirteen MEPs among them Pieter van Houten (Netherlands; Renew)."
)


def _letters(text: str, published: date | None = None, language: str = "en") -> list[dict[str, Any]]:
    return list(extract(text, published=published, language=language)["letters"])


def test_two_counted_letters_each_get_their_signatories_and_counts() -> None:
    letters = _letters(SEED_LIKE, date(2023, 3, 3))
    assert [(x["authors_count"], x["date"]) for x in letters] == [(7, "2023-03-02"), (14, "2023-03-02")]
    assert [[(s["name"], s["country"], s["group"]) for s in x["signatories"]] for x in letters] == [
        [("Anna Lindqvist", "Sweden", "S&D"), ("Marek Dvořák", "Czech Republic", "EPP")],
        [("Giulia Ferraro", "Italy", "Greens/EFA"), ("Pieter van Houten", "Netherlands", "Renew")],
    ]


def test_a_written_question_lists_its_authors_with_country_and_group() -> None:
    text = (
        "Written question by Ms Helena KARLSSON, Sweden, Renew, and Mr Jan NOWICKI, Poland, EPP, "
        "to the European Commission, 8 July 2024\n"
        "The blogger Olimjon Haydarov was detained in Tashkent on 2 June 2024. "
        "The undersigned ask the Commission to call for the release of Olimjon Haydarov."
    )
    [letter] = _letters(text)
    assert (letter["kind"], letter["date"]) == ("written question", "2024-07-08")
    assert [(s["name"], s["country"], s["group"]) for s in letter["signatories"]] == [
        ("Helena KARLSSON", "Sweden", "Renew"),
        ("Jan NOWICKI", "Poland", "EPP"),
    ]


def test_a_signatory_list_after_a_heading() -> None:
    text = (
        "The appeal was signed by 9 members of the Baltic parliaments.\nThe full list of the signatories:\n"
        "Laura Ozola, Member of the Saeima, Latvia\nPeeter Tamm, Member of the Riigikogu, Estonia\n"
    )
    [letter] = _letters(text)
    assert letter["authors_count"] == 9
    assert [(s["name"], s["country"]) for s in letter["signatories"]] == [
        ("Laura Ozola", "Latvia"),
        ("Peeter Tamm", "Estonia"),
    ]


def test_a_russian_appeal_of_deputies_with_parties_in_parentheses() -> None:
    text = (
        "Восемь депутатов литовского Сейма направили обращение президенту Беларуси.\n"
        "Обращение подписали Ингрида Шимоните (Литва, Союз Отечества) и другие депутаты."
    )
    [letter] = _letters(text, language="ru")
    assert (letter["kind"], letter["authors_count"]) == ("appeal", 8)
    assert letter["signatories"] == [{"name": "Ингрида Шимоните", "country": "Lithuania", "group": "Союз Отечества"}]


def test_a_statement_said_by_an_ngo_is_not_a_letter() -> None:
    text = "The activist Daniyar Omarov was detained, the Steppe Rights Initiative said on Monday."
    assert _letters(text) == []


def test_a_letter_is_also_an_event_with_its_signatories() -> None:
    events = extract(SEED_LIKE, published=date(2023, 3, 3), language="en")["events"]
    letters = [(e["date"], e["persons"]) for e in events if e["type"] == "letter"]
    assert letters == [
        ("2023-03-02", ["Anna Lindqvist", "Marek Dvořák"]),
        ("2023-03-02", ["Giulia Ferraro", "Pieter van Houten"]),
    ]


def test_members_of_the_european_parliament_who_tabled_a_question_are_counted() -> None:
    text = (
        "Four Members of the European Parliament have tabled a written question to the Commission. "
        "The question was initiated by the Lithuanian MEP Rasa Petraitė (EPP) "
        "and co-signed by Ola Berg (Renew, Sweden)."
    )
    [letter] = _letters(text, date(2025, 6, 11))
    assert letter["authors_count"] == 4
    assert [(s["name"], s["country"], s["group"]) for s in letter["signatories"]] == [
        ("Rasa Petraitė", "Lithuania", "EPP"),
        ("Ola Berg", "Sweden", "Renew"),
    ]


def test_people_a_russian_letter_mentions_are_not_its_signatories() -> None:
    text = (
        "Девять депутатов направили письмо. Инициатором письма выступил депутат от Латвии Андрис Калниньш (ЕНП). "
        "Авторы письма упоминают журналиста Эрнеста Аблаева, осужденного в марте."
    )
    [letter] = _letters(text, date(2025, 4, 9), language="ru")
    assert [(s["name"], s["country"], s["group"]) for s in letter["signatories"]] == [
        ("Андрис Калниньш", "Latvia", "ЕНП")
    ]


def test_a_joint_statement_heading_is_a_statement() -> None:
    text = "Joint statement of human rights organisations\n\nWe call on the authorities to free the detained."
    assert [x["kind"] for x in _letters(text)] == ["statement"]


def test_a_letter_told_first_without_the_word_takes_its_count_from_that_sentence() -> None:
    text = (
        "Fourteen members of the German Bundestag have written to President Adil Bekov. "
        "The letter was signed by Katrin Albers (SPD) and Jonas Keller (FDP)."
    )
    [letter] = _letters(text, date(2025, 10, 22))
    assert letter["authors_count"] == 14
    assert letter["addressee"].startswith("President Adil Bekov")


def test_a_russian_joint_statement_signed_by_pace_members() -> None:
    text = (
        "Группа депутатов ПАСЕ выступила с совместным заявлением. Заявление подписали одиннадцать членов "
        "ассамблеи, в том числе Пьер Дюмон (Франция, СОЦ) и Томас Бергер (Австрия, АЛДЕ)."
    )
    [letter] = _letters(text, date(2025, 5, 28), language="ru")
    assert letter["kind"] == "statement"
    assert [(s["name"], s["country"], s["group"]) for s in letter["signatories"]] == [
        ("Пьер Дюмон", "France", "СОЦ"),
        ("Томас Бергер", "Austria", "АЛДЕ"),
    ]


def test_an_official_named_right_after_signed_by_signs_a_statement() -> None:
    text = (
        "Three UN experts urged the government to act. The statement was also signed by the Special "
        "Rapporteur on torture, Alice Jill Edwards."
    )
    [letter] = _letters(text, date(2025, 2, 28))
    assert [s["name"] for s in letter["signatories"]] == ["Alice Jill Edwards"]


def test_an_official_addressed_in_the_signing_sentence_does_not_sign() -> None:
    text = "The letter, signed by twelve MEPs, was addressed to President Adil Bekov."
    [letter] = _letters(text, date(2025, 2, 28))
    assert letter["signatories"] == []


def test_meps_named_in_the_sentence_of_the_letter_wrote_it() -> None:
    text = (
        "In a letter to President Kassym-Jomart Tokayev, MEPs Anna Lindqvist and Pieter van Houten called "
        "for the release of the activist Daniyar Omarov."
    )
    [letter] = _letters(text, date(2025, 1, 10))
    assert [s["name"] for s in letter["signatories"]] == ["Anna Lindqvist", "Pieter van Houten"]


def test_names_before_among_the_signatories_sign() -> None:
    text = "Anna Lindqvist, Pieter van Houten and Marek Dvorak were among the signatories of the letter."
    [letter] = _letters(text, date(2025, 1, 10))
    assert [s["name"] for s in letter["signatories"]] == ["Anna Lindqvist", "Pieter van Houten", "Marek Dvorak"]


def test_a_russian_letter_sent_by_named_deputies() -> None:
    text = "Письмо президенту Казахстана направили депутаты Сейма Литвы Ингрида Шимоните и Витаутас Юшка."
    [letter] = _letters(text, date(2025, 1, 10), language="ru")
    assert [s["name"] for s in letter["signatories"]] == ["Ингрида Шимоните", "Витаутас Юшка"]


def test_the_people_a_letter_asks_to_free_do_not_sign_it() -> None:
    text = (
        "Восемь депутатов направили обращение президенту Беларуси с требованием освободить журналистку "
        "Марину Золотову. Обращение подписали Ингрида Шимоните (Литва, Союз Отечества) и другие депутаты."
    )
    [letter] = _letters(text, date(2024, 6, 3), language="ru")
    assert [s["name"] for s in letter["signatories"]] == ["Ингрида Шимоните"]


def _signers(letter: dict[str, Any]) -> list[tuple[str, str | None, str | None]]:
    return [(s["name"], s["country"], s["group"]) for s in letter["signatories"]]


def test_un_experts_listed_at_the_foot_of_their_statement_sign_it() -> None:
    text = (
        "Kyrgyzstan: UN experts condemn sentence against journalist\n\n"
        "GENEVA (3 April 2025) – UN experts today urged Kyrgyzstan to quash the conviction of the journalist "
        "Bolot Asanov, sentenced on 28 March to five years.\n\n"
        "The experts: Rosa Lindgren, Special Rapporteur on freedom of expression; Tunde Okafor, Special "
        "Rapporteur on human rights defenders."
    )
    [letter] = _letters(text, date(2025, 4, 3))
    assert letter["kind"] == "statement"
    assert _signers(letter) == [("Rosa Lindgren", None, None), ("Tunde Okafor", None, None)]


def test_officials_named_after_the_experts_who_include_sign_the_statement() -> None:
    text = (
        "UN experts warned on Monday that the lawyer Dina Sultanova faces torture in custody, said the experts, "
        "who include the Special Rapporteur on torture, Marco Bellini."
    )
    [letter] = _letters(text, date(2025, 5, 7))
    assert _signers(letter) == [("Marco Bellini", None, None)]


def test_a_signed_list_with_dash_titles_and_an_addressee_after_his_office() -> None:
    text = (
        "Eight Members of the European Parliament have written to the Speaker of the Parliament of Armenia, "
        "Arman Grigoryan, asking him to stop the prosecution of the blogger Narek Sargsyan.\n\n"
        "Signed:\n"
        "• Tomas Vaitkus, MEP (EPP, Lithuania)\n"
        "• Clara Monteiro – Member of the European Parliament (S&D, Portugal)\n"
    )
    [letter] = _letters(text, date(2025, 3, 1))
    assert letter["authors_count"] == 8
    assert letter["addressee"] == "the Speaker of the Parliament of Armenia, Arman Grigoryan"
    assert _signers(letter) == [("Tomas Vaitkus", "Lithuania", "EPP"), ("Clara Monteiro", "Portugal", "S&D")]


def test_russian_national_mps_get_their_parliaments_country_and_quoted_party() -> None:
    text = (
        "Группа из семи депутатов Сейма Латвии направила обращение к президенту Казахстана. "
        "Обращение подписали депутаты Андрис Озолс («Новое Единство») и Илзе Берзиня (Прогрессивные)."
    )
    [letter] = _letters(text, date(2025, 6, 1), "ru")
    assert letter["authors_count"] == 7
    assert _signers(letter) == [
        ("Андрис Озолс", "Latvia", "Новое Единство"),
        ("Илзе Берзиня", "Latvia", "Прогрессивные"),
    ]


def test_russian_letter_za_podpisyu_and_a_dash_list_of_those_who_signed() -> None:
    text = (
        "Письмо за подписью восьми членов Европейского парламента направлено 2 марта президенту Таджикистана.\n\n"
        "Среди подписавших письмо:\n"
        "– Анна Шмидт (Германия, «Зеленые»/ЕСА)\n"
        "– Пьер Лоран (Франция, Renew)\n"
    )
    [letter] = _letters(text, date(2025, 3, 5), "ru")
    assert (letter["authors_count"], letter["date"]) == (8, "2025-03-02")
    assert _signers(letter) == [("Анна Шмидт", "Germany", "«Зеленые»/ЕСА"), ("Пьер Лоран", "France", "Renew")]


def test_a_lone_letter_is_dated_by_the_sentence_that_says_when_it_was_tabled() -> None:
    text = (
        "Two members of the Belgian Chamber have submitted written questions to the foreign minister about "
        "the blogger Azat Nurlanov.\n\n"
        "The questions were tabled on 11 March by Els Peeters (Groen), with Koen Maes (CD&V) as co-sponsor."
    )
    [letter] = _letters(text, date(2025, 3, 20))
    assert (letter["kind"], letter["date"], letter["authors_count"]) == ("written question", "2025-03-11", 2)
    assert _signers(letter) == [("Els Peeters", "Belgium", "Groen"), ("Koen Maes", "Belgium", "CD&V")]


def test_an_ep_question_for_written_answer_header_with_its_authors() -> None:
    text = (
        "Question for written answer E-002214/2025\nto the Commission\nRule 144\n"
        "Marta Kowalska (ECR), Jonas Berg (The Left)\n\n"
        "Subject: Detention of the lawyer Rustam Aliyev in Baku"
    )
    [letter] = _letters(text, date(2025, 4, 2))
    assert letter["kind"] == "written question"
    assert _signers(letter) == [("Marta Kowalska", None, "ECR"), ("Jonas Berg", None, "The Left")]


def test_mps_with_their_party_after_the_title_mp_and_a_group_that_has_written() -> None:
    text = (
        "A group of 12 MPs has written to the Prime Minister about the jailed blogger Oksana Melnyk. "
        "The letter was organised by Daniel Hart MP (Labour) and Fiona Grant MP (Scottish National Party)."
    )
    [letter] = _letters(text, date(2025, 9, 1))
    assert letter["authors_count"] == 12
    assert _signers(letter) == [("Daniel Hart", None, "Labour"), ("Fiona Grant", None, "Scottish National Party")]


def test_among_the_authors_of_a_russian_letter_a_former_deputy_is_not_one() -> None:
    text = (
        "Депутаты выступили с открытым письмом в поддержку бывшего депутата Ивана Соколова, которого "
        "приговорили к шести годам колонии.\n\nСреди авторов письма – депутаты Ольга Миронова и Денис Волков."
    )
    [letter] = _letters(text, date(2025, 11, 5), "ru")
    assert [s["name"] for s in letter["signatories"]] == ["Ольга Миронова", "Денис Волков"]


def test_local_deputies_from_a_city_sign_for_its_country() -> None:
    text = (
        "Более 30 депутатов городского маслихата из Алматы выступили с открытым письмом в поддержку "
        "осужденного блогера.\n\nСреди авторов письма – депутаты Ольга Миронова и Денис Волков."
    )
    [letter] = _letters(text, date(2025, 11, 5), "ru")
    assert _signers(letter) == [("Ольга Миронова", "Kazakhstan", None), ("Денис Волков", "Kazakhstan", None)]


def test_an_undated_letter_takes_the_dateline_on_a_line_of_its_own() -> None:
    text = (
        "MEPs question the Commission on Tajik exiles\n\nStrasbourg, 9 October 2025\n\n"
        "Question for written answer E-004410/2025\nto the Commission\n"
        "Anna Berg (S&D)\n\nSubject: The abduction of Sharif Nazarov in Istanbul in May 2025"
    )
    [letter] = _letters(text, date(2025, 10, 10))
    assert (letter["kind"], letter["date"]) == ("written question", "2025-10-09")


def test_a_date_inside_a_sentence_is_no_dateline() -> None:
    text = "On 3 March 2025 the activist Sharif Nazarov was detained.\n\nA letter signed by Anna Berg (S&D) followed."
    [letter] = _letters(text, date(2025, 10, 10))
    assert letter["date"] is None


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The written question was tabled by MEP Ilse Verhoeven and co-signed by three colleagues.", 4),
        ("24 MEPs from 14 member states have supported the letter to the Commission.", 24),
        ("Nine Members of the European Parliament called on the President in a letter sent on 5 May 2025.", 9),
        ("Fifteen members of the Parliamentary Assembly of the Council of Europe have signed a joint statement.", 15),
    ],
)
def test_stated_author_counts(text: str, count: int) -> None:
    [letter] = _letters(text, date(2025, 6, 1))
    assert letter["authors_count"] == count


NATIONAL_MPS_IN_PROSE = (
    "Ten members of the Storting, Norway's parliament, have written to the President of Kyrgyzstan about the "
    "jailed reporter Aibek Toktogulov.\n\n"
    "The letter was coordinated by Ingrid Solberg of the Labour Party. Her party colleagues Lars Hovland and "
    "Kari Dahl also signed it, as did Erik Berg and Siri Moen of the Socialist Left Party. "
    "In the letter, the MPs ask the President to:\n"
    "– release Toktogulov and the poet Nurlan Asanov, who was jailed in May;\n"
    "– allow independent monitors into prisons.\n\n"
    "In January, five Norwegian MPs sent a similar letter to the embassy."
)


def test_members_of_a_national_parliament_named_in_prose_take_its_country_and_their_party() -> None:
    first, second = _letters(NATIONAL_MPS_IN_PROSE, date(2026, 3, 2))
    assert first["authors_count"] == 10
    assert _signers(first) == [
        ("Ingrid Solberg", "Norway", "Labour Party"),
        ("Lars Hovland", "Norway", "Labour Party"),
        ("Kari Dahl", "Norway", "Labour Party"),
        ("Erik Berg", "Norway", "Socialist Left Party"),
        ("Siri Moen", "Norway", "Socialist Left Party"),
    ]
    assert second["signatories"] == []


def test_a_person_named_in_the_demands_is_neither_signatory_nor_member() -> None:
    persons = {p["name"]: p["role"] for p in extract(NATIONAL_MPS_IN_PROSE, published=date(2026, 3, 2))["persons"]}
    assert persons["Nurlan Asanov"] != "parliamentarian"


def test_russian_nationality_nouns_and_groups_after_iz_give_country_and_group() -> None:
    text = (
        "Пятнадцать депутатов Европейского парламента обратились к верховному представителю ЕС с письмом. "
        "Инициаторами обращения выступили литовец Йонас Петраускас (ЕНП) и француженка Клэр Дюбуа. "
        "Письмо также подписали ирландец Шон Мерфи и полька Анна Новак из «Обновляя Европу»."
    )
    [letter] = _letters(text, date(2026, 4, 8), "ru")
    assert letter["authors_count"] == 15
    countries = {s["name"]: s["country"] for s in letter["signatories"]}
    assert set(countries.values()) == {"Lithuania", "France", "Ireland", "Poland"}
    groups = {s["country"]: s["group"] for s in letter["signatories"]}
    assert groups["Lithuania"] == "ЕНП" and groups["Ireland"] == groups["Poland"] == "Обновляя Европу"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Five MEPs have written to the President of Kazakhstan. The letter was signed by Petras Kovas, "
            "a Lithuanian member of the Renew Europe group, and by Anna Berg, a Swedish Social Democrat.",
            [("Petras Kovas", "Lithuania", "Renew Europe"), ("Anna Berg", "Sweden", None)],
        ),
        (
            "The appeal was initiated by German Green MEP Hanna Vogel and co-signed by Polish EPP member "
            "Jan Kowal and French socialist Marie Dupont.",
            [("Hanna Vogel", "Germany", "Green"), ("Jan Kowal", "Poland", "EPP"), ("Marie Dupont", "France", None)],
        ),
        (
            "Литовский евродепутат Петрас Ковас (Renew Europe) и немецкий депутат Европарламента от «Зеленых» "
            "Ханна Фогель направили письмо президенту Казахстана.",
            [("Петрас Ковас", "Lithuania", "Renew Europe"), ("Ханна Фогель", "Germany", "Зеленые")],
        ),
    ],
)
def test_nationality_and_group_written_before_the_name(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    [letter] = _letters(text, date(2026, 3, 1), "auto")
    assert _signers(letter) == expected


def test_a_plural_nationality_and_a_shared_group_reach_every_name_of_the_list() -> None:
    text = (
        "The letter's signatories include Lithuanian MEPs Rasa Jonaitiene and Andrius Petraitis (both EPP) "
        "and Slovak liberal Michal Horvath."
    )
    [letter] = _letters(text, date(2026, 3, 1))
    assert _signers(letter) == [
        ("Rasa Jonaitiene", "Lithuania", "EPP"),
        ("Andrius Petraitis", "Lithuania", "EPP"),
        ("Michal Horvath", "Slovakia", None),
    ]


def test_senators_who_wrote_to_the_secretary_of_state() -> None:
    text = "US Senators Jane Holloway (D-NH) and Roger Whitby (R-Miss.) wrote to Secretary of State Mark Rowe."
    [letter] = _letters(text, date(2026, 3, 1))
    assert letter["addressee"] == "Secretary of State Mark Rowe"
    assert _signers(letter) == [  # the party as written: ANNOTATION.md keeps groups so
        ("Jane Holloway", "United States", "D"),
        ("Roger Whitby", "United States", "R"),
    ]


def test_russian_members_of_named_parliaments_take_each_parliaments_country() -> None:
    text = (
        "Обращение к главе МИД Кыргызстана подписали депутаты сейма Литвы Матас Юргайтис и Жигимантас Вайткус, "
        "а также депутат Саэйма Рихардс Озолс."
    )
    [letter] = _letters(text, date(2026, 3, 1), "ru")
    assert _signers(letter) == [
        ("Матас Юргайтис", "Lithuania", None),
        ("Жигимантас Вайткус", "Lithuania", None),
        ("Рихардс Озолс", "Latvia", None),
    ]


def test_a_quoted_group_name_in_a_trailer_is_read_without_its_quotes() -> None:
    text = "Письмо подписали 15 евродепутатов, среди них Ханна Ноймайер (Германия, «Зеленые»/ЕСА)."
    [letter] = _letters(text, date(2026, 3, 1), "ru")
    assert _signers(letter) == [("Ханна Ноймайер", "Germany", "Зеленые/ЕСА")]


def test_two_letter_country_codes_in_a_written_question_header() -> None:
    text = (
        "Question for written answer E-000123/2026\nto the Commission\n\n"
        "Anna de Vries (Renew, NL), Piotr Nowak (EPP, PL), Kadri Tamm (S&D, EE)\n\n"
        "Subject: Detention of journalists in Azerbaijan\n\nWill the Commission raise the case?"
    )
    [letter] = _letters(text, date(2026, 3, 1))
    assert _signers(letter) == [
        ("Anna de Vries", "Netherlands", "Renew"),
        ("Piotr Nowak", "Poland", "EPP"),
        ("Kadri Tamm", "Estonia", "S&D"),
    ]


def test_members_of_congress_with_the_party_written_before_the_title() -> None:
    text = (
        "Seven members of the U.S. House of Representatives have written to the Secretary of State. The letter "
        "was led by Democratic Representative Karen Holt of Oregon and co-signed by Republican Representatives "
        "Tom Birchall of Indiana and Sue Okoro of Texas. The signatories ask the Secretary of State to:\n"
        "- call for the release of the lawyer Firuza Nazarova."
    )
    [letter] = _letters(text, date(2026, 5, 20))
    assert _signers(letter) == [
        ("Karen Holt", "United States", "Democratic"),
        ("Tom Birchall", "United States", "Republican"),
        ("Sue Okoro", "United States", "Republican"),
    ]


def test_russian_party_names_before_and_after_names_in_the_nominative() -> None:
    text = (
        "Письмо подписали девять депутатов сейма Литвы, среди них представители «Союза Отечества» Лаурас Стонис "
        "и Гедре Балтрушайтене, а также Тадас Вайткус из «Движения либералов»."
    )
    [letter] = _letters(text, date(2026, 3, 1), "ru")
    assert [s["group"] for s in letter["signatories"]] == ["Союз Отечества", "Союз Отечества", "Движение либералов"]


def test_a_legend_of_group_names_gives_one_organisation_per_group() -> None:
    text = (
        "Written declaration No. 812\n\nSigned:\n\n"
        "MIKKELSEN Rasmus, Denmark, SOC\nORTEGA BLANCO Inés, Spain, EPP/CD\n\n"
        "SOC: Socialists, Democrats and Greens Group\nEPP/CD: Group of the European People's Party\n"
    )
    result = extract(text, published=date(2026, 3, 1), language="en")
    assert [(o["name"], o["kind"], o["aliases"]) for o in result["organizations"]] == [
        ("Socialists, Democrats and Greens Group", "parliament_group", ["SOC"]),
        ("Group of the European People's Party", "parliament_group", ["EPP/CD"]),
    ]
    [letter] = result["letters"]
    assert _signers(letter) == [("MIKKELSEN Rasmus", "Denmark", "SOC"), ("ORTEGA BLANCO Inés", "Spain", "EPP/CD")]


def test_mep_after_the_name_then_a_country_and_a_chancellor_as_addressee() -> None:
    text = (
        "The letter was signed by Isabel Santos MEP, Portugal, and Miriam Lexmann MEP, Slovakia. "
        "Eleven members of the Bundestag, including Renata Alt (FDP), wrote to Chancellor Friedrich Merz."
    )
    result = extract(text, published=date(2026, 3, 1), language="en")
    signers = [(s["name"], s["country"]) for letter in result["letters"] for s in letter["signatories"]]
    assert ("Isabel Santos", "Portugal") in signers and ("Miriam Lexmann", "Slovakia") in signers
    assert {p["name"]: p["role"] for p in result["persons"]}["Friedrich Merz"] == "official"


def _signatories(text: str, language: str = "en") -> list[tuple[str, str | None, str | None]]:
    return [
        (s["name"], s["country"], s["group"])
        for letter in _letters(text, language=language)
        for s in letter["signatories"]
    ]


def test_pace_group_headings_named_in_full_give_the_abbreviation_written_with_them() -> None:
    text = (
        "We, the undersigned members of the Parliamentary Assembly, urge the release of Tamar Gelashvili.\n\n"
        "Signatories:\n\nSocialists, Democrats and Greens Group (SOC)\nFrank Hollweg, Germany\nCarmen Aliaga, Spain\n\n"
        "Group of the Unified European Left (UEL)\nCiarán Moloney, Ireland\n"
    )
    assert _signatories(text) == [
        ("Frank Hollweg", "Germany", "SOC"),
        ("Carmen Aliaga", "Spain", "SOC"),
        ("Ciarán Moloney", "Ireland", "UEL"),
    ]


def test_a_russian_written_question_with_names_under_group_headings_on_one_line() -> None:
    text = (
        "Пять депутатов Европейского парламента подали письменный вопрос о задержании журналистов.\n\n"
        "Под вопросом стоят подписи депутатов из трех групп:\n\n"
        "«Обновляя Европу» — Кристиан Вальдо (Франция), Лаура Йокубайтите (Литва);\n"
        "«Зелёные/Европейский свободный альянс» — Мартин Фойгт (Германия);\n"
        "«Европейская народная партия» — Ян Рыбарж (Чехия).\n"
    )
    assert _signatories(text, language="ru") == [
        ("Кристиан Вальдо", "France", "Обновляя Европу"),
        ("Лаура Йокубайтите", "Lithuania", "Обновляя Европу"),
        ("Мартин Фойгт", "Germany", "Зелёные/Европейский свободный альянс"),
        ("Ян Рыбарж", "Czech Republic", "Европейская народная партия"),
    ]


def test_uk_members_with_party_and_constituency_under_each_name() -> None:
    text = (
        "Three UK parliamentarians have written to the Foreign Secretary about Russia's anti-war prisoners.\n\n"
        "The full list of signatories:\n\nMargaret Dunmore MP\nLabour, Member of Parliament for Hexford South\n\n"
        "Rhodri Pugh MP\nPlaid Cymru, Member of Parliament for Dyffryn Tawe\n\n"
        "Baroness Helen Carrow\nLiberal Democrat, Member of the House of Lords\n"
    )
    assert _signatories(text) == [
        ("Margaret Dunmore", "United Kingdom", "Labour"),
        ("Rhodri Pugh", "United Kingdom", "Plaid Cymru"),
        ("Helen Carrow", "United Kingdom", "Liberal Democrat"),
    ]


def test_national_parliament_headings_and_letters_after_the_name() -> None:
    text = (
        "Members of the European Parliament and of national parliaments have signed a joint statement on the "
        "detention of protesters.\n\nSignatories\n\nReinhold Maibach MEP — Germany — EPP\n"
        "Lucía Ferrández MEP — Spain — Progressive Alliance of Socialists and Democrats\n\n"
        "German Bundestag\nJens Uhlig MdB — SPD\nSabine Rettenbacher MdB — Bündnis 90/Die Grünen\n\n"
        "Sejm of the Republic of Poland\nPaweł Grzelak — Civic Platform (PO)\n"
    )
    assert _signatories(text) == [
        ("Reinhold Maibach", "Germany", "EPP"),
        ("Lucía Ferrández", "Spain", "Progressive Alliance of Socialists and Democrats"),
        ("Jens Uhlig", "Germany", "SPD"),
        ("Sabine Rettenbacher", "Germany", "Bündnis 90/Die Grünen"),
        ("Paweł Grzelak", "Poland", "Civic Platform"),
    ]


def test_nationality_and_group_before_the_name_in_prose() -> None:
    text = (
        "The letter was initiated by Slovenian MEP Anja Novak of the European People's Party. It was co-signed by "
        "Dutch Greens member Sanne Kuipers; Lithuanian Renew Europe member Rūta Paulauskienė; the Spanish "
        "socialist Carmen Ortiz Lemos of the S&D; and the Finnish Left MEP Aino Lindqvist."
    )
    assert _signatories(text) == [
        ("Anja Novak", "Slovenia", "European People's Party"),
        ("Sanne Kuipers", "Netherlands", "Greens"),
        ("Rūta Paulauskienė", "Lithuania", "Renew Europe"),
        ("Carmen Ortiz Lemos", "Spain", "S&D"),
        ("Aino Lindqvist", "Finland", "Left"),
    ]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Seven MEPs have written to President Tokayev. The letter, dated 10 March, was initiated by "
            "Anja Novak (Slovenia, EPP). The journalist was sentenced on 21 February.",
            date(2025, 3, 12),
            "2025-03-10",
        ),
        (
            "Пять депутатов Европарламента подали письменный вопрос о задержании журналистов. Вопрос, "
            "зарегистрированный 12 марта, подготовлен по инициативе Кристиана Вальдо (Франция). "
            "Журналистов задержали 23 января.",
            date(2024, 3, 18),
            "2024-03-12",
        ),
        (
            "WASHINGTON, D.C. — Today, Reps. Dana Whitfield (D-Ore.) and Gregory Hale (R-Tex.) led eight Members "
            "of Congress in a letter to Secretary of State Antony Blinken. Protests began on 16 May 2022.",
            date(2022, 9, 15),
            "2022-09-15",
        ),
        (
            "Strasbourg, 5 February 2025\n\nJoint statement by members of the Parliamentary Assembly\n\n"
            "We, the undersigned members of the Assembly, are concerned by the repression since the decision of "
            "28 November 2024 to suspend the accession process.",
            date(2025, 2, 5),
            "2025-02-05",
        ),
    ],
    ids=["dated", "registered", "today", "the text is the statement"],
)
def test_a_letter_takes_the_date_its_own_verb_gives(text: str, published: date, expected: str) -> None:
    assert [letter["date"] for letter in _letters(text, published)] == [expected]


def test_russian_parties_named_before_the_names_and_the_dateline_date() -> None:
    text = (
        "Берлин, 3 ноября 2025 года. Шесть депутатов германского бундестага направили письмо послу Казахстана "
        "с требованием освободить журналиста Махамбета Абжана, осуждённого в сентябре к семи годам.\n\n"
        "Инициатором обращения выступила депутат от партии «Союз 90/Зелёные» Ренате Кюнаст. Письмо также "
        "подписали представители ХДС Михаэль Бранд и Юрген Хардт, а также депутат от СвДП Петер Хайдт."
    )
    letters = _letters(text, date(2025, 11, 3), language="ru")
    assert [letter["date"] for letter in letters] == ["2025-11-03"]
    assert [(s["name"], s["country"], s["group"]) for s in letters[0]["signatories"]] == [
        ("Ренате Кюнаст", "Germany", "Союз 90/Зелёные"),
        ("Михаэль Бранд", "Germany", "ХДС"),
        ("Юрген Хардт", "Germany", "ХДС"),
        ("Петер Хайдт", "Germany", "СвДП"),
    ]


def test_a_salutation_is_no_person() -> None:
    text = "OPEN LETTER\n\nTo: President Emomali Rahmon\n\nYour Excellency,\n\nWe write about Daler Imomali.\n"
    names = [p["name"] for p in extract(text, published=date(2024, 5, 22))["persons"]]
    assert "Your Excellency" not in names


def test_signature_lines_with_offices_group_codes_and_a_commission_named_after_a_person() -> None:
    text = (
        "Brussels, 9 October 2024\n\nDear President,\n\nWe are writing about the activist Marat Zhylanbayev.\n\n"
        "Yours sincerely,\n\nHeidi Hautala, Vice-President of the European Parliament (Greens/EFA, Finland)\n"
        "Dr. Rasa Juknevičienė, MEP (EPP Group, Lithuania)\nMEP Anna Fotyga (ECR/PL)\n"
        "Rep. Chris Smith (R-NJ), Co-Chair, Tom Lantos Human Rights Commission\n"
    )
    result = extract(text, published=date(2024, 10, 9))
    assert [(s["name"], s["country"], s["group"]) for s in result["letters"][0]["signatories"]] == [
        ("Heidi Hautala", "Finland", "Greens/EFA"),
        ("Rasa Juknevičienė", "Lithuania", "EPP"),
        ("Anna Fotyga", "Poland", "ECR"),
        ("Chris Smith", "United States", "R"),
    ]
    persons = {p["name"]: p["country"] for p in result["persons"]}
    assert "Tom Lantos" not in persons
    assert persons["Marat Zhylanbayev"] != "Belgium"  # Brussels is where the letter was written


def test_shared_parentheses_a_party_block_and_offices_naming_their_parliament() -> None:
    text = (
        "Шесть депутатов бундестага направили открытое письмо послу России. Под письмом стоят подписи Томаса "
        "Айзенлора и Ренате Бюхнер-Оттинг (СДПГ), а также Штефана Ладевига из оппозиционного блока ХДС/ХСС. "
        "Немецкие депутаты также упоминают Владимира Кара-Мурзу, которого приговорили к 25 годам."
    )
    found = {s["name"]: (s["country"], s["group"]) for s in _letters(text, date(2023, 9, 14), "ru")[0]["signatories"]}
    assert found == {
        "Томас Айзенлор": ("Germany", "СДПГ"),
        "Ренате Бюхнер-Оттинг": ("Germany", "СДПГ"),
        "Штефан Ладевиг": ("Germany", "ХДС/ХСС"),
    }
    block = (
        "Уважаемый господин Президент!\n\nПросим освободить журналистов.\n\nС уважением,\n\n"
        "Витаутас Гайдамавичюс, член Сейма Литовской Республики, "
        "фракция «Союз Отечества – Христианские демократы Литвы»\n"
        "Якуб Грабец, депутат Палаты депутатов Парламента Чешской Республики, Пиратская партия\n"
        "Ханс-Петер фон Бюлов, член Бундестага (Германия), Союз 90/Зелёные\n"
    )
    assert [
        (s["name"], s["country"], s["group"]) for s in _letters(block, date(2024, 2, 6), "ru")[0]["signatories"]
    ] == [
        ("Витаутас Гайдамавичюс", "Lithuania", "Союз Отечества – Христианские демократы Литвы"),
        ("Якуб Грабец", "Czech Republic", "Пиратская партия"),
        ("Ханс-Петер фон Бюлов", "Germany", "Союз 90/Зелёные"),
    ]


def test_a_later_mention_adds_the_group_and_a_party_named_with_its_countrys_possessive() -> None:
    text = (
        "I thank my colleagues who co-signed the question: Markus Aigner (Austria) and Ciarán Ó Briain (Ireland).\n\n"
        "Question for written answer E-001482/2025\nMarkus Aigner (Renew), Ciarán Ó Briain (S&D)\n\n"
        "The statement was initiated by Ingrid Aas-Haugen of Norway's Labour Party and Torstein Vik of Norway's "
        "Conservative Party. It also calls for an investigation into the death of blogger Parviz Mamadnazarov."
    )
    found = {
        s["name"]: (s["country"], s["group"])
        for letter in _letters(text, date(2025, 4, 14))
        for s in letter["signatories"]
    }
    assert found["Markus Aigner"] == ("Austria", "Renew")
    assert found["Ciarán Ó Briain"] == ("Ireland", "S&D")
    assert found["Ingrid Aas-Haugen"] == ("Norway", "Labour Party")
    assert found["Torstein Vik"] == ("Norway", "Conservative Party")
    assert "Parviz Mamadnazarov" not in found


def test_a_written_question_tabled_separately_is_another_letter_and_the_case_of_x_is_no_signer() -> None:
    text = (
        "Eight MEPs have written to Kaja Kallas. The letter, dated Monday, says 40 protesters remain behind bars. "
        "The signatories single out the case of Levan Gelashvili, a student sentenced on 2 October.\n\n"
        "The letter is signed by:\n\nLithuania — Rasa Jankauskienė — EPP\n"
        "Germany — Matthias Oberländer — Greens/EFA\n\n"
        "Separately, two of the signatories, Jankauskienė and Oberländer, tabled a written question to the "
        "European Commission last week."
    )
    letters = _letters(text, date(2025, 12, 3))
    assert (letters[0]["kind"], letters[0]["date"]) == ("letter", "2025-12-01")
    assert letters[1]["kind"] == "written question"
    assert [[s["name"] for s in letter["signatories"]] for letter in letters] == [
        ["Rasa Jankauskienė", "Matthias Oberländer"],
        ["Rasa Jankauskienė", "Matthias Oberländer"],
    ]


def test_officials_who_speak_for_a_joint_statement_are_its_signatories() -> None:
    text = (
        "In a joint statement issued in Geneva, the Special Rapporteur on torture, Helena Marquardt, and the "
        "Special Rapporteur on human rights defenders, Inés Oyarzún, said that the refusal amounted to enforced "
        "disappearance."
    )
    assert [s["name"] for s in _letters(text, date(2026, 3, 19))[0]["signatories"]] == [
        "Helena Marquardt",
        "Inés Oyarzún",
    ]


def test_organisations_under_a_signing_line_take_the_whole_line_as_their_name() -> None:
    text = (
        "Совместное заявление правозащитных организаций\n\nМы требуем освободить заключенных.\n\nПодписали:\n"
        "Бюро по правам человека «Адолат» (Вена)\nИнициатива «Памирский мониторинг»\n"
    )
    result = extract(text, published=date(2026, 1, 27), language="ru")
    names = [o["name"] for o in result["organizations"]]
    assert "Бюро по правам человека «Адолат»" in names and "Инициатива «Памирский мониторинг»" in names
    assert [(s["name"], s["country"]) for s in result["letters"][0]["signatories"]] == [
        ("Бюро по правам человека «Адолат»", "Austria"),  # (the city in brackets tells the country)
        ("Инициатива «Памирский мониторинг»", None),
    ]


def test_a_russian_side_or_house_adjective_gives_the_country_of_the_names_after_it() -> None:
    text = (
        "Обращение к белорусским властям подписали 27 депутатов литовского Сейма, польского Сейма и чешского Сената. "
        "В Сейме Литвы его поддержала Аушра Мацкявичене («Движение либералов»). С польской стороны под обращением "
        "стоят подписи депутатов Сейма Марека Ясиньского («Гражданская коалиция») и Агнешки Вуйцик («Право и "
        "справедливость»). От чешского Сената документ подписал сенатор Ян Горачек."
    )
    [letter] = _letters(text, date(2024, 8, 9), "ru")
    countries = {s["name"]: s["country"] for s in letter["signatories"]}
    assert countries["Марек Ясиньский"] == countries["Агнешка Вуйцик"] == "Poland"
    assert countries["Ян Горачек"] == "Czech Republic"


def test_british_parties_before_plural_titles_peers_and_possessives() -> None:
    text = (
        "The letter was co-signed by the Conservative MPs Sir Edward Pryce and Rupert Ashworth, the Labour MPs "
        "Naomi Ekwueme and Callum Rhodes, the SNP's foreign affairs spokesperson Fiona Strathearn, Plaid Cymru's "
        "Gareth Morgan-Price, the Liberal Democrat peer Baroness Anwen Tregaron and the crossbench peer Lord "
        "Malcolm Hadley."
    )
    result = extract(text, published=date(2024, 3, 13))
    found = {s["name"]: s["group"] for letter in result["letters"] for s in letter["signatories"]}
    assert found == {
        "Edward Pryce": "Conservative",
        "Rupert Ashworth": "Conservative",  # (the plural title gives every name listed after it the party)
        "Naomi Ekwueme": "Labour",
        "Callum Rhodes": "Labour",
        "Fiona Strathearn": "SNP",
        "Gareth Morgan-Price": "Plaid Cymru",
        "Anwen Tregaron": "Liberal Democrat",
        "Malcolm Hadley": "crossbench",
    }
    assert "Kazakhstan" not in {
        p.get("group") for p in extract("Kazakhstan's jailed editor Aidos Sadykov spoke.")["persons"]
    }


def test_parties_before_the_title_and_parliaments_after_the_name() -> None:
    text = (
        "A joint statement, released by Conservative MP Dianne Whitlock, was signed by six parliamentarians. The other "
        "signatories are Liberal MP Arjun Sandhu, Green Party MP Nora Halvorsen and Senator Howard Leung of the "
        "Independent Senators Group.\n\nA second statement was initiated by Kari Solheim (Høyre), a member of the "
        "Storting. It is co-signed by Dr Leena Heikkilä (Vihreät – De Gröna) of the Eduskunta; and Mette "
        "Kjærgaard (Socialistisk Folkeparti), member of the Folketing."
    )
    result = extract(text, published=date(2024, 10, 3))
    found = {s["name"]: (s["country"], s["group"]) for letter in result["letters"] for s in letter["signatories"]}
    assert found["Dianne Whitlock"][1] == "Conservative"
    assert found["Arjun Sandhu"][1] == "Liberal"
    assert found["Nora Halvorsen"][1] == "Green Party"
    assert found["Howard Leung"][1] == "Independent Senators Group"
    assert found["Kari Solheim"] == ("Norway", "Høyre")
    assert found["Leena Heikkilä"] == ("Finland", "Vihreät – De Gröna")
    assert found["Mette Kjærgaard"] == ("Denmark", "Socialistisk Folkeparti")
    assert "De Gröna" not in {p["name"] for p in result["persons"]}


def test_russian_members_from_a_country_and_women_named_in_the_instrumental() -> None:
    text = (
        "Евродепутаты подали письменный вопрос. Автор вопроса — эстонский евродепутат Мартин Тамм. "
        "К нему присоединились Феликс Хартманн из Германии "
        "(Зеленые/Европейский свободный альянс) и ирландский сенатор Киран О'Доннелл (АЛДЕ). В опубликованном "
        "тексте вопрос подписан также Софией Маркези из Италии (S&D)."
    )
    found = {s["name"]: (s["country"], s["group"]) for s in _letters(text, date(2025, 6, 17), "ru")[0]["signatories"]}
    assert found["Феликс Хартманн"] == ("Germany", "Зеленые/Европейский свободный альянс")
    assert found["София Маркези"] == ("Italy", "S&D")


def test_lists_under_a_nationality_adjective_peers_and_members_of_a_named_party() -> None:
    text = (
        "Заявление подписали депутаты латвийского Сейма Марис Озолс (Jaunā Vienotība) и Илзе Калниня "
        "(Национальное объединение), а также трое польских парламентариев — Кшиштоф Ружицкий (Гражданская "
        "платформа), Мачей Вуйцик (PO) и Анна Квятковская (Левица). Ханна Кивимяки, представляющая в "
        "Европарламенте Финляндию и фракцию «Зелёные/Европейский свободный альянс», тоже подписала его."
    )
    found = {s["name"]: (s["country"], s["group"]) for s in _letters(text, date(2022, 11, 18), "ru")[0]["signatories"]}
    assert found["Илзе Калниня"] == ("Latvia", "Национальное объединение")
    assert found["Анна Квятковская"] == ("Poland", "Левица")
    assert found["Ханна Кивимяки"] == ("Finland", "Зелёные/Европейский свободный альянс")
    block = (
        "Dear Foreign Secretary,\n\nWe write about the lawyer Davlatbek Sharipov.\n\nYours sincerely,\n\n"
        "Dame Helen Pritchard MP (Labour)\nRt Hon Sir Geoffrey Ashcombe MP (Conservative)\n"
        "Lord Penrose of Tintagel (Crossbench)\n"
    )
    signed = [(s["name"], s["group"]) for s in _letters(block, date(2023, 9, 27))[0]["signatories"]]
    assert signed == [
        ("Helen Pritchard", "Labour"),
        ("Geoffrey Ashcombe", "Conservative"),
        ("Lord Penrose of Tintagel", "Crossbench"),
    ]


def test_a_draft_statement_with_its_co_authors() -> None:
    text = (
        "В Сейм внесен проект заявления о нарушениях прав человека в Каракалпакстане. Проект подготовлен по "
        "инициативе Артурса Калниньша (Jaunā Vienotība), соавторами выступили Иева Озола («Национальное "
        "объединение») и Эдгарс Берзиньш (Progresīvie)."
    )
    signed = [s["name"] for s in _letters(text, date(2023, 8, 17), "ru")[0]["signatories"]]
    assert signed == ["Артурс Калниньш", "Иева Озола", "Эдгарс Берзиньш"]


def test_a_name_the_ner_misses_before_its_parenthesis_and_regional_deputies_of_russia() -> None:
    text = (
        "Под письмом стоят подписи немецкого евродепутата Ханнеса Крюгера (Германия, ЕНП) и литовского депутата "
        "Римантаса Сакалаускаса (Литва, ЕНП).\n\nДепутат Законодательного собрания Республики Карелия Ольга "
        "Сенькина («Яблоко») направила запрос прокурору. В декабре мать заключенного Рамиля Гарипова рассказала "
        "депутатам о свидании."
    )
    result = extract(text, published=date(2026, 1, 22), language="ru")
    signed = {s["name"]: (s["country"], s["group"]) for letter in result["letters"] for s in letter["signatories"]}
    assert signed["Римантас Сакалаускас"] == ("Lithuania", "ЕНП")
    roles = {p["name"]: (p["role"], p["country"]) for p in result["persons"]}
    assert roles["Ольга Сенькина"] == ("parliamentarian", "Russia")
    assert roles["Рамиля Гарипова"][0] != "parliamentarian"


def test_authors_after_a_header_peers_by_title_and_members_from_a_state() -> None:
    text = (
        "British MPs wrote to Japarov. The letter, sent on 6 October, is signed by Helen Marsh MP (Labour) and "
        "Lord Penrose, a Liberal Democrat "
        "member of the House of Lords. Speaking to this newspaper, Helen Marsh said she would keep asking.\n\n"
        "A second letter is signed by Representatives Laura Whitfield, a Democrat from Oregon, and Daniel "
        "Kerrigan, a Republican from Ohio.\n\nQuestion for written answer\nPetra Holmgren (Verts/ALE)\n\n"
        "Authors: Petra Holmgren - Finland\n"
    )
    found = {
        s["name"]: (s["country"], s["group"])
        for letter in _letters(text, date(2021, 10, 8))
        for s in letter["signatories"]
    }
    assert found["Helen Marsh"] == ("United Kingdom", "Labour")
    assert found["Lord Penrose"][1] == "Liberal Democrat"
    assert found["Laura Whitfield"] == ("United States", "Democrat")
    assert found["Petra Holmgren"] == ("Finland", "Verts/ALE")


def test_members_of_a_country_in_parentheses_ukrainian_deputies_and_a_senators_title() -> None:
    text = (
        "The question was submitted by Ilse Brandvold of Denmark (Renew) and Karin Oudemans of the Netherlands "
        "(Greens/EFA).\n\nSincerely,\n\nIngrid Halvorsen, Member of Congress\nPaul Whitcombe, United States Senator\n"
    )
    found = {
        s["name"]: (s["country"], s["group"])
        for letter in _letters(text, date(2023, 2, 21))
        for s in letter["signatories"]
    }
    assert found["Ilse Brandvold"] == ("Denmark", "Renew")
    assert found["Karin Oudemans"] == ("Netherlands", "Greens/EFA")
    assert found.get("Paul Whitcombe", (None, None))[1] != "United States Senator"
    ru = (
        "Группа народных депутатов Украины направила обращение генеральному секретарю Совета Европы. Документ "
        "подписали Тарас Ковальчук («Европейская солидарность») и Эльмира Аблязова («Слуга народа»)."
    )
    signed = {s["name"]: s["country"] for s in _letters(ru, date(2026, 2, 26), "ru")[0]["signatories"]}
    assert signed == {"Тарас Ковальчук": "Ukraine", "Эльмира Аблязова": "Ukraine"}


def test_a_count_of_the_authors_is_as_of_the_letters_day() -> None:
    text = (
        "London, 6 March 2025. A group of six British MPs and peers has written to the Foreign Secretary. "
        "The letter, dated 3 March, asks him to act."
    )
    result = extract(text, published=date(2025, 3, 6))
    assert [letter["date"] for letter in result["letters"]] == ["2025-03-03"]
    assert [(s["quantity"], s["period_end"]) for s in result["statistics"]] == [(6, "2025-03-03")]


def test_authors_in_parentheses_and_a_parliament_named_for_the_next_name() -> None:
    text = (
        "Question for written answer\nMarta Oliveira Santos (S&D), Dieter Falkenrath (Renew)\n\n"
        "(Authors: Marta Oliveira Santos, Portugal; Dieter Falkenrath, Germany)\n"
    )
    found = {s["name"]: s["country"] for letter in _letters(text, date(2022, 11, 2)) for s in letter["signatories"]}
    assert found == {"Marta Oliveira Santos": "Portugal", "Dieter Falkenrath": "Germany"}
    ru = (
        "Письмо подписали депутат Сейма Польши Марек Ковальчик («Гражданская коалиция») и член Рийгикогу Эстонии "
        "Кайа Тамм (Партия реформ)."
    )
    signed = {s["name"]: s["country"] for s in _letters(ru, date(2024, 6, 5), "ru")[0]["signatories"]}
    assert signed == {"Марек Ковальчик": "Poland", "Кайа Тамм": "Estonia"}


def test_congress_lines_with_state_nordic_parties_and_czech_members_in_russian() -> None:
    block = (
        "Dear Secretary Blinken,\n\nWe write about the Pamiris.\n\nSincerely,\n\n"
        "Margaret Lindqvist, Democrat of Minnesota\nThomas A. Whitfield, Republican of South Carolina\n"
        "Kevin O'Donnell, Republican of Ohio\n"
    )
    signed = [(s["name"], s["country"], s["group"]) for s in _letters(block, date(2023, 11, 2))[0]["signatories"]]
    assert signed == [
        ("Margaret Lindqvist", "United States", "Democrat"),
        ("Thomas A. Whitfield", "United States", "Republican"),
        ("Kevin O'Donnell", "United States", "Republican"),
    ]
    nordic = (
        "The statement was signed by Ingrid Solberg-Haug, a Labour Party member of the Storting; Swedish MP Erik "
        "Lindahl of the Moderates; Danish Social Democrat Mads Kjærgaard; and Icelandic MP Hrafnhildur Jónsdóttir, "
        "who represents the Left-Green Movement."
    )
    found = {s["name"]: (s["country"], s["group"]) for s in _letters(nordic, date(2025, 10, 8))[0]["signatories"]}
    assert found["Ingrid Solberg-Haug"] == ("Norway", "Labour Party")
    assert found["Erik Lindahl"] == ("Sweden", "Moderates")
    assert found["Mads Kjærgaard"] == ("Denmark", "Social Democrat")
    assert found["Hrafnhildur Jónsdóttir"][1] == "Left-Green Movement"
    ru = "Заявление подписали члены Палаты депутатов Чехии Вит Новотный (Пиратская партия) и Ленка Дворжакова (ODS)."
    czech = {s["name"]: s["country"] for s in _letters(ru, date(2026, 3, 11), "ru")[0]["signatories"]}
    assert czech == {"Вит Новотный": "Czech Republic", "Ленка Дворжакова": "Czech Republic"}


def test_a_party_before_the_seat_members_of_a_named_parliament_and_russian_names_after_a_party() -> None:
    text = (
        "Helen Marchbank MP, Labour Member of Parliament for Dunmore West, has published a letter to the Foreign "
        "Secretary. It was co-signed by two members of the New Zealand Parliament, Julian Ngata (Labour) and "
        "Rachel Ellery (Green Party)."
    )
    found = {
        s["name"]: (s["country"], s["group"])
        for letter in _letters(text, date(2022, 3, 14))
        for s in letter["signatories"]
    }
    assert found["Helen Marchbank"][1] == "Labour"
    assert found["Julian Ngata"] == ("New Zealand", "Labour")
    assert found["Rachel Ellery"] == ("New Zealand", "Green Party")
    ru = (
        "Обращение подписали депутаты риксдага Эрика Сундстрёма (Умеренная коалиционная партия), Юхана Бергмана "
        "(Либералы) и Малин Окессон (Партия зелёных)."
    )
    names = {p["name"] for p in extract(ru, published=date(2024, 4, 8), language="ru")["persons"]}
    assert "Юхан Бергман" in names


def test_each_part_of_a_list_signed_from_a_parliament_or_country_takes_that_country() -> None:
    text = (
        "Seven members of parliament from Norway, Sweden and Switzerland sent a joint letter to the President of "
        "Tajikistan. From the Norwegian Storting it was signed by Ingrid Solberg (Venstre) and Per Rinde (SV); "
        "from the Swedish Riksdag by Karin Ekdahl of the Liberals and Mattias Brand, a Social Democrat; and from "
        "Switzerland by National Councillors Regula Zahn (SP) and by Corinne Faure, a member of the Council of "
        "States for the FDP."
    )
    assert _signatories(text) == [
        ("Ingrid Solberg", "Norway", "Venstre"),
        ("Per Rinde", "Norway", "SV"),
        ("Karin Ekdahl", "Sweden", "Liberals"),
        ("Mattias Brand", "Sweden", "Social Democrat"),
        ("Regula Zahn", "Switzerland", "SP"),
        ("Corinne Faure", "Switzerland", "FDP"),
    ]


def test_the_addressee_and_the_person_whose_sentencing_prompted_the_letter_do_not_sign() -> None:
    text = (
        "Fourteen MEPs have written to the High Representative of the Union for Foreign Affairs and Security "
        "Policy, Kaja Kallas. The letter follows the sentencing on 20 March of the outlet's editor-in-chief "
        "Nargiza Mamedova.\n\nThe letter was signed by:\n\nHenrike Vogel, MEP (Greens/EFA, Germany)\n"
        "Tomas Lobo (S&D, Portugal)\n"
    )
    assert _signatories(text) == [("Henrike Vogel", "Germany", "Greens/EFA"), ("Tomas Lobo", "Portugal", "S&D")]


def test_russian_members_named_with_their_parliament_party_and_country_before_or_after_the_name() -> None:
    text = (
        "Девять депутатов парламентов Германии, Польши и Чехии направили открытое письмо генеральному прокурору "
        "России. Инициатором письма выступила депутат бундестага от партии «Союз 90/Зелёные» Катрин Беме. Ей "
        "удалось привлечь коллег по бундестагу Томаса Вальдера из СДПГ и Маркуса Рецлера из ХДС. Со стороны "
        "Польши письмо подписала депутат Сейма Магдалена Ковальская («Гражданская коалиция»), а из Чехии — член "
        "Палаты депутатов от Пиратской партии Иржи Новак. Его также подписали польский евродепутат от "
        "Европейской народной партии Кшиштоф Ямрожек и трое молдавских депутатов от Партии действия и "
        "солидарности, в том числе Ион Булгаряну."
    )
    assert _signatories(text, language="ru") == [
        ("Катрин Беме", "Germany", "Союз 90/Зелёные"),
        ("Томас Вальдер", "Germany", "СДПГ"),
        ("Маркус Рецлер", "Germany", "ХДС"),
        ("Магдалена Ковальская", "Poland", "Гражданская коалиция"),
        ("Иржи Новак", "Czech Republic", "Пиратская партия"),
        ("Кшиштоф Ямрожек", "Poland", "Европейская народная партия"),
        ("Ион Булгаряну", "Moldova", "Партия действия и солидарности"),
    ]


def test_czechia_as_the_text_writes_it_and_an_office_worker_of_a_deputy_is_no_deputy() -> None:
    assert _signatories(
        "The letter was signed by:\n\nKarel Novotny (Renew, Czechia)\nJan Horak (EPP, Czech Republic)\n"
    ) == [
        ("Karel Novotny", "Czechia", "Renew"),
        ("Jan Horak", "Czech Republic", "EPP"),
    ]
    text = (
        "Письмо отправлено 18 июля, сообщила сотрудница берлинского офиса депутата Лена Шустер. Письмо подписала "
        "депутат бундестага Катрин Беме."
    )
    assert [name for name, _, _ in _signatories(text, language="ru")] == ["Катрин Беме"]


def test_a_russian_written_question_sent_by_one_member_is_a_document_of_its_own() -> None:
    text = (
        "Пятеро евродепутатов направили письмо президенту Узбекистана. Письмо подписали литовский евродепутат "
        "Вилма Юркенайте и шведский депутат Европарламента Эрик Сандберг («Зелёные/ЕСА»).\n\nКроме того, 2 "
        "октября Эрик Сандберг направил Европейской комиссии письменный вопрос."
    )
    letters = _letters(text, date(2025, 10, 9), language="ru")
    assert [(letter["kind"], letter["date"]) for letter in letters][1:] == [("written question", "2025-10-02")]


def test_a_contact_named_with_the_surname_of_a_member_in_parentheses_has_no_party() -> None:
    text = (
        "Representatives Daniel Okoye, a Maryland Democrat, and Lisa Hamm, a Texas Republican, led a letter to the "
        "President of Kyrgyzstan.\n\nMedia contact: Megan Torrance (Okoye), 202-555-0147"
    )
    assert [name for name, _, _ in _signatories(text)] == ["Daniel Okoye", "Lisa Hamm"]


def test_pardon_requests_and_relatives_named_beside_the_signers_sign_no_letter() -> None:
    text = (
        "On 2 May, 14 relatives of the detained sent an open letter to the President. The letter was signed, among "
        "others, by Malika Kurbanova, the wife of Dilshod Kurbanov, and by Rustam Yusupov, Nodira Yusupova's father."
    )
    assert [name for name, _, _ in _signatories(text)] == ["Malika Kurbanova", "Rustam Yusupov"]
    russian = (
        "Игорь Будько и Вадим Ясинский освобождены 31 января по помилованию. Перед освобождением они подписали "
        "прошения о помиловании. Писать письма политзаключённым можно через сервис «Пишы листы»."
    )
    assert _signatories(russian, language="ru") == []


def test_a_campaign_of_many_letters_is_one_mention_not_many_documents() -> None:
    text = "Her daughter has written 31 letters to the Prosecutor General's Office since 2024 asking for an inquiry."
    assert len(_letters(text)) <= 1


def test_two_parliaments_letters_told_in_turn_each_give_their_members_their_country() -> None:
    text = (
        "OTTAWA — Eleven members of Canada's House of Commons have written to Tajikistan's President. The letter "
        "was organised by Conservative MP Daniel Whitmore and co-signed, among others, by Liberal MP Priya Raman "
        "and New Democrat Colin Asher.\n\nOn May 30, seven Australian parliamentarians wrote to Foreign Minister "
        "Penny Wong. The Australian letter was signed by Liberal MP Mark Denholm and Labor MP Tom Baran. Neither "
        "Rahmon's office nor Wong's replied."
    )
    assert sorted(_signatories(text)) == [
        ("Colin Asher", "Canada", "New Democrat"),
        ("Daniel Whitmore", "Canada", "Conservative"),
        ("Mark Denholm", "Australia", "Liberal"),
        ("Priya Raman", "Canada", "Liberal"),
        ("Tom Baran", "Australia", "Labor"),
    ]


def test_russian_lists_under_a_parliament_and_party_and_the_addressee_in_the_dative() -> None:
    text = (
        "Девятнадцать парламентариев направили обращение Верховному комиссару ООН по правам человека Фолькеру "
        "Тюрку. Среди подписантов трое депутатов польского Сейма от «Гражданской коалиции» — Агнешка Вишневская и "
        "Анна Ковальская, депутаты парламента Республики Молдова Ион Чобану и Андрей Попеску (оба — Партия действия и "
        "солидарности), а также избранные в парламент Грузии от «Коалиции за перемены» Эка Беридзе и Звиад "
        "Цулая. Письмо подписали глава делегации Риксдага Швеции Магнус Эклунд («Умеренная коалиционная партия»)."
    )
    assert sorted(_signatories(text, language="ru")) == sorted(
        [
            ("Агнешка Вишневская", "Poland", "Гражданская коалиция"),
            ("Анна Ковальская", "Poland", "Гражданская коалиция"),
            ("Звиад Цулая", "Georgia", "Коалиция за перемены"),
            ("Андрей Попеску", "Moldova", "Партия действия и солидарности"),
            ("Ион Чобану", "Moldova", "Партия действия и солидарности"),
            ("Магнус Эклунд", "Sweden", "Умеренная коалиционная партия"),
            ("Эка Беридзе", "Georgia", "Коалиция за перемены"),
        ]
    )


def test_a_resolution_with_named_cosponsors_and_an_ep_motion_by_group() -> None:
    senate = (
        "WASHINGTON – U.S. Senators Mark Whitford (R-Fla.) and Jeanne Hallett (D-N.H.) today introduced a "
        "bipartisan resolution condemning the jailing of journalists. The resolution is cosponsored by Sens. Dale "
        "Kessel (R-Idaho) and Cory Ambler (D-Md.), among others."
    )
    assert [name for name, _, _ in _signatories(senate)] == [
        "Mark Whitford",
        "Jeanne Hallett",
        "Dale Kessel",
        "Cory Ambler",
    ]
    ep = (
        "The European Parliament adopted an urgency resolution on Azerbaijan. The motion was tabled by five groups.\n\n"
        "On behalf of the EPP Group: Tomasz Wielgus, Harald Eichler\nOn behalf of the S&D Group: Niels Brand\n"
    )
    assert _signatories(ep) == [
        ("Tomasz Wielgus", None, "EPP"),
        ("Harald Eichler", None, "EPP"),
        ("Niels Brand", None, "S&D"),
    ]


def test_country_headings_with_flags_and_westminster_members() -> None:
    text = (
        "Шесть депутатов направили открытое письмо Президенту Таджикистана. Подписали:\n\n"
        "🇧🇪 Бельгия — Элс Верстретен (Groen), Питер Ванденберг (N-VA)\n🇦🇹 Австрия — Юлия Айгнер (НЕОС)\n"
    )
    assert _signatories(text, language="ru") == [
        ("Элс Верстретен", "Belgium", "Groen"),
        ("Питер Ванденберг", "Belgium", "N-VA"),
        ("Юлия Айгнер", "Austria", "НЕОС"),
    ]


def test_russian_members_with_their_group_before_or_after_and_a_country_after() -> None:
    text = (
        "Инициатором обращения стал литовский евродепутат Мантас Гедвила из фракции Европейской народной партии. "
        "Вместе с ним письмо подготовили депутат от «Зелёных» Ханна Штайнбрук из Германии и представитель группы "
        "«Обновляя Европу» Йохан Виклунден из Швеции. Письмо подписал и Кристиан Фогел из Австрии, член группы "
        "«Зелёные/ЕСА»."
    )
    assert sorted(_signatories(text, language="ru")) == [
        ("Йохан Виклунден", "Sweden", "Обновляя Европу"),
        ("Кристиан Фогел", "Austria", "Зелёные/ЕСА"),
        ("Мантас Гедвила", "Lithuania", "Европейская народная партия"),
        ("Ханна Штайнбрук", "Germany", "Зелёные"),
    ]


def test_national_parliaments_of_the_region_a_law_signed_and_a_local_councillor() -> None:
    text = (
        "Закон подписал президент Садыр Жапаров 25 августа. Накануне семь депутатов Жогорку Кенеша направили "
        "президенту открытое письмо. Его подписали Эльвира Суранова, Марат Исаков и Бектур Осмоналиев."
    )
    assert _signatories(text, language="ru") == [
        ("Эльвира Суранова", "Kyrgyzstan", None),
        ("Марат Исаков", "Kyrgyzstan", None),
        ("Бектур Осмоналиев", "Kyrgyzstan", None),
    ]


def test_members_named_within_a_long_aside_before_wrote_and_a_group_named_by_its_abbreviation() -> None:
    text = (
        "In December, nine members of the European Parliament — among them Anna Bergman (Greens/EFA, Sweden), "
        "Pierre Dumas (Renew, France) and Kristina Novakova (S&D, Slovenia) — wrote to the EU's High Representative."
    )
    assert len(_signatories(text)) == 3
    russian = "Инициатором обращения выступил литовский евродепутат от группы ЕНП Витаутас Гудайтене."
    assert _signatories(russian, language="ru") == [("Витаутас Гудайтене", "Lithuania", "ЕНП")]


def test_national_parties_as_headings_over_the_names_of_their_members() -> None:
    text = (
        "Депутаты бундестага направили письмо канцлеру.\n\nОбращение подписали, в частности:\n\n"
        "СДПГ\nГанс Мюллер\nПетра Шульц\n\n«Союз 90/Зеленые»\nЛена Краузе\n\nСвДП\nОтто Берг\n"
    )
    assert [(name, group) for name, _, group in _signatories(text, language="ru")] == [
        ("Ганс Мюллер", "СДПГ"),
        ("Петра Шульц", "СДПГ"),
        ("Лена Краузе", "Союз 90/Зеленые"),
        ("Отто Берг", "СвДП"),
    ]


def test_russian_parties_shared_by_two_names_and_quoted_after_iz() -> None:
    text = (
        "Депутаты Сейма направили письмо в МККК. Среди подписантов — литовские депутаты Аушра Гринюте "
        "(Союз демократов «Во имя Литвы»), Таутвидас Мажейка и Гедре Пакальните (оба — от Либерального "
        "движения), а также польские депутаты Марек Зелиньский из «Гражданской коалиции» и Ева Кравчик из "
        "«Польши 2050». Инициатором выступил Альгирдас Юшка из фракции Союза Отечества — Христианских демократов "
        "Литвы. Его поддержали шведка Карин Лунд и бельгиец Поль Мартен — оба из группы «Обновляя Европу»."
    )
    found = {name: group for name, _, group in _signatories(text, language="ru")}
    assert found["Таутвидас Мажейка"] == found["Гедре Пакальните"] == "Либеральное движение"
    assert found["Ева Кравчик"] == "Польша 2050"
    assert found["Альгирдас Юшка"] == "Союз Отечества — Христианские демократы Литвы"
    assert found["Карин Лунд"] == found["Поль Мартен"] == "Обновляя Европу"
    assert "Аушра Гринюте" in found


def test_a_foreign_womans_name_after_a_nominative_title_stays_as_written() -> None:
    text = (
        "Евродепутаты направили письмо. Его поддержали немецкий евродепутат Хайке Бауэр («Зеленые/ЕСА») и "
        "литовские депутаты Ругиле Мацкявичюте и Эгле Стонкуте."
    )
    names = [name for name, _, _ in _signatories(text, language="ru")]
    assert "Хайке Бауэр" in names and "Ругиле Мацкявичюте" in names


def test_signed_on_behalf_of_a_coalition_by_surnames_of_people_named_before() -> None:
    text = (
        '"Torture remains routine," said Aigul Nurova, the coalition\'s coordinator. Her colleague, lawyer Daniyar '
        "Sadykov, added that complaints are rarely investigated.\n\nThe statement, addressed to President Tokayev, "
        "was signed on behalf of the coalition by Nurova and Sadykov."
    )
    letters = _letters(text, published=date(2023, 6, 26))
    assert [s["name"] for s in letters[0]["signatories"]] == ["Aigul Nurova", "Daniyar Sadykov"]
    assert letters[0]["addressee"] == "President Tokayev"


def test_the_subject_who_sent_a_letter_signs_it_not_the_addressee() -> None:
    text = (
        "13 сентября Вероника Цепкало направила письмо Генеральному секретарю ООН Антониу Гутеррешу. В нем она "
        "просит добиться независимого расследования."
    )
    assert _signatories(text, language="ru") == [("Вероника Цепкало", None, None)]


def test_a_defender_signs_from_the_country_of_the_text() -> None:
    text = (
        "Torture complaints in Kazakhstan rose sharply, human rights groups in Kazakhstan said on Monday. "
        '"Impunity remains the rule," said Aigul Nurova, the coalition\'s coordinator.\n\nThe statement, addressed '
        "to President Tokayev, was signed on behalf of the coalition by Nurova."
    )
    assert _signatories(text) == [("Aigul Nurova", "Kazakhstan", None)]


def test_a_listed_foreign_name_stays_as_written_and_a_capitalised_party_word_is_part_of_the_name() -> None:
    text = (
        "Депутаты направили заявление.\n\nЗаявление подписали:\n\nНорвегия\nОле Брекке (Høyre)\n"
        "Сигрид Мо (Партия Венстре)\nЭстония\nКайе Тамм (СДПЭ)\n"
    )
    assert _signatories(text, language="ru") == [
        ("Оле Брекке", "Norway", "Høyre"),
        ("Сигрид Мо", "Norway", "Партия Венстре"),
        ("Кайе Тамм", "Estonia", "СДПЭ"),
    ]


def test_the_addressee_after_his_office_and_title_signs_nothing() -> None:
    text = (
        "Twenty-nine members of the House of Commons have written to the Foreign Secretary, the Rt Hon David "
        "Lammy MP, urging sanctions. The letter was signed by Catherine Ashdown MP (Labour)."
    )
    assert [name for name, _, _ in _signatories(text)] == ["Catherine Ashdown"]


def test_a_signature_block_in_two_columns_with_office_lines_under_the_names() -> None:
    text = (
        "Six members of the Czech Parliament have written to President Ilham Aliyev.\n\nYours respectfully,\n\n"
        "Markéta Nováková                              Jan Horák\n"
        "Member of the Chamber of Deputies (ODS)        Member of the Chamber of Deputies (Pirates)\n"
        "Chair, Subcommittee on Human Rights\n\n"
        "Pavla Černá                                    Ondřej Veselý\n"
        "Member of the Chamber of Deputies (STAN)       Member of the Senate (KDU-ČSL)\n"
    )
    assert [(name, group) for name, _, group in _signatories(text)] == [
        ("Markéta Nováková", "ODS"),
        ("Jan Horák", "Pirates"),
        ("Pavla Černá", "STAN"),
        ("Ondřej Veselý", "KDU-ČSL"),
    ]


def test_an_early_day_motion_is_signed_by_its_sponsors_members_of_the_house() -> None:
    text = (
        "Early day motion 512\n\nDetention of journalists in Georgia\n\nTabled 04 February 2025\n\nMotion text\n\n"
        "That this House is deeply concerned by the arrest of Nino Kapanadze in Batumi.\n\nPrimary sponsor\n"
        "Moira Fenwick (Liberal Democrat)\nEdinburgh South\n\nSponsors\nAlun Pryce (Plaid Cymru)\n"
        "Sam Okoye (Labour)\n\nSignatures: 27\n"
    )
    letters = _letters(text, published=date(2025, 2, 10))
    assert letters[0]["authors_count"] == 27
    assert [(s["name"], s["country"], s["group"]) for s in letters[0]["signatories"]] == [
        ("Moira Fenwick", "United Kingdom", "Liberal Democrat"),
        ("Alun Pryce", "United Kingdom", "Plaid Cymru"),
        ("Sam Okoye", "United Kingdom", "Labour"),
    ]


def test_a_deputies_inquiry_its_initiator_and_the_cosigners_of_a_footnote() -> None:
    text = (
        "Группа депутатов Мажилиса направила депутатский запрос премьер-министру. Его инициатором выступила "
        "депутат от фракции «Ак жол» Гульнар Сапарова*.\n\n___________\n* Запрос также подписали депутаты "
        "Мажилиса Ержан Бекова (ОСДП) и Дина Мусина («Respublica»)."
    )
    assert _signatories(text, language="ru") == [
        ("Гульнар Сапарова", "Kazakhstan", "Ак жол"),
        ("Ержан Бекова", "Kazakhstan", "ОСДП"),
        ("Дина Мусина", "Kazakhstan", "Respublica"),
    ]


def test_a_debate_then_a_letter_nationality_nouns_an_addressee_and_a_speaker_who_did_not_sign() -> None:
    text = (
        "Европарламент провел дебаты об Азербайджане. Первым выступил литовец Миндаугас Юргис (Европейская народная "
        "партия). Иначе высказался польский депутат Ежи Малец (Европейские консерваторы и реформисты). Испанка "
        "Лусия Ортис (Левые — GUE/NGL) обвинила ЕС в двойных стандартах.\n\nПисьмо, адресованное Верховному "
        "представителю ЕС по иностранным делам и политике безопасности Кае Каллас, подписали 31 евродепутат. "
        "Инициаторами стали Юргис и Ортис. Малец письмо не подписал. Ответа от Каллас пока не последовало."
    )
    assert [(name, country) for name, country, _ in _signatories(text, language="ru")] == [
        ("Миндаугас Юргис", "Lithuania"),
        ("Лусия Ортис", "Spain"),
    ]


def test_whom_the_signatories_recall_and_the_head_of_a_centre_sign_nothing() -> None:
    text = (
        "Members of the Seimas ask UN High Commissioner to act. Seventeen Members of the Seimas have written to the "
        "United Nations High Commissioner for Human Rights, Volker Türk. The signatories also recall the laureate "
        'Ales Novik, head of the Human Rights Centre "Viasna", who was sentenced to ten years.\n\nThe letter was '
        "signed by:\n- Laurynas Kairys (Homeland Union – Lithuanian Christian Democrats)\n"
        "- Eglė Jonaitytė (Freedom Party)\n"
    )
    result = extract(text, published=date(2024, 6, 12), language="en")
    assert [s["name"] for letter in result["letters"] for s in letter["signatories"]] == [
        "Laurynas Kairys",
        "Eglė Jonaitytė",
    ]
    assert not [p["name"] for p in result["persons"] if "High" in p["name"]]


def test_a_model_letter_signed_by_the_reader_has_no_signatories() -> None:
    text = (
        "Dear Prosecutor General,\n\nI urge you to release the journalist Bekzod Rakhimov immediately.\n\n"
        "Yours sincerely,\n\nADDITIONAL INFORMATION\n\nBekzod Rakhimov, 34, has worked as a freelance journalist "
        "for more than a decade and launched his channel in 2019.\n"
    )
    assert _signatories(text) == []


def test_a_group_described_in_words_then_its_short_form_in_brackets() -> None:
    text = (
        "Под письмом стоят подписи француженки Клер Дюбуа-Лоран из фракции социалистов и демократов (S&D) и "
        "немецкого депутата Томаса Бергера (ЕНП)."
    )
    assert ("Клер Дюбуа-Лоран", "France", "S&D") in _signatories(text, language="ru")


def test_members_of_congress_in_a_signature_block_and_a_former_member_of_parliament_named_in_the_letter() -> None:
    text = (
        "Dear President Japarov,\n\nWe are troubled that Kanybek Osmonaliev, a 68-year-old former member of the "
        "Jogorku Kenesh, remains under house arrest.\n\nSincerely,\n\n"
        "Margaret Hale, Member of Congress (Democrat, Massachusetts)\n"
        "Thomas Reilly, Member of Congress (Republican, Ohio)\n"
    )
    assert _signatories(text) == [
        ("Margaret Hale", "United States", "Democrat"),
        ("Thomas Reilly", "United States", "Republican"),
    ]


def test_members_who_speak_in_a_debate_do_not_sign_the_letter_told_beside_it() -> None:
    text = (
        "The European Parliament adopted a resolution on Georgia with 458 votes in favour. Markus Steinberg "
        "(S&D, Germany) said the resolution sent a clear message, while Sophie Vandermeer (Renew, Netherlands) "
        "stressed that the time of statements was over.\n\nSeparately, 25 MEPs led by Rasa Petraitiene (EPP, "
        "Lithuania) sent a letter to the Commission asking it to freeze budget support."
    )
    assert [name for name, _, _ in _signatories(text)] == ["Rasa Petraitiene"]


def test_a_group_said_of_a_signatory_after_the_name_and_a_russian_group_with_another_dash() -> None:
    text = (
        "Twenty-seven MEPs wrote to the president. Among the co-signatories are Anouk Verhoeven, a Dutch Greens/EFA "
        "member who sits on the Subcommittee on Human Rights; Lucia Ferrer Molina (S&D, Spain); and Markus "
        "Lindqvist of Finland, who sits with the GUE/NGL group."
    )
    result = extract(text, published=date(2023, 3, 14), language="en")
    signed = [(s["name"], s["country"], s["group"]) for letter in result["letters"] for s in letter["signatories"]]
    assert signed == [
        ("Anouk Verhoeven", "Netherlands", "Greens/EFA"),
        ("Lucia Ferrer Molina", "Spain", "S&D"),
        ("Markus Lindqvist", "Finland", "GUE/NGL"),
    ]
    ru = (
        "Обращение подписали 22 евродепутата. Его поддержали, в частности, представительница Франции Мари-Клер "
        "Дюбуа из фракции «Зеленые – Европейский свободный альянс»."
    )
    result = extract(ru, published=date(2022, 11, 24), language="ru")
    groups = {s["name"]: s["group"] for letter in result["letters"] for s in letter["signatories"]}
    assert groups == {"Мари-Клер Дюбуа": "Зелёные — Европейский свободный альянс"}


def test_a_party_letter_of_congress_names_no_organisation() -> None:
    text = "Sen. Jane Holloway (D-NH) and Rep. Roger Whitby (R-Miss.) wrote to Secretary of State Mark Rowe."
    names = [o["name"] for o in extract(text, published=date(2026, 3, 1))["organizations"]]
    assert "D" not in names and "R" not in names


def test_a_statement_issued_by_two_officials_is_signed_by_them() -> None:
    text = (
        "GENEVA (7 December 2023) – UN and OSCE experts called on Kazakhstan to free three journalists. The joint "
        "statement was issued by the UN Special Rapporteur on the situation of human rights defenders, Helena "
        "Marsh, and the OSCE Representative on Freedom of the Media, Jan Dekker."
    )
    letters = _letters(text, date(2023, 12, 8))
    assert [s["name"] for letter in letters for s in letter["signatories"]] == ["Helena Marsh", "Jan Dekker"]


def test_member_of_congress_under_each_name_is_the_signers_office_and_country() -> None:
    text = (
        "Dear President Tokayev,\n\nWe write to urge the release of the journalist Aigerim Tleuzhan.\n\n"
        "Sincerely,\n\nJames P. McGovern\nMember of Congress\n\nChristopher H. Smith\nMember of Congress\n"
    )
    [letter] = _letters(text, date(2025, 3, 1))
    assert [(s["name"], s["country"]) for s in letter["signatories"]] == [
        ("James P. McGovern", "United States"),
        ("Christopher H. Smith", "United States"),
    ]


def test_the_members_of_a_working_group_in_an_experts_list_are_officials() -> None:
    text = (
        "Belarus: UN experts alarmed by the detention of lawyers\n\nGENEVA (3 March 2025) - UN experts today urged the "
        "release of the lawyer Pavel Sapelka, detained in Minsk on 1 March.\n\n*The experts: Maria Lindgren, Special "
        "Rapporteur on the independence of judges and lawyers; Working Group on Arbitrary Detention: Tomas Novak "
        "(Chair-Rapporteur), Aisha Bello and Kenji Watanabe.\n"
    )
    result = extract(text, published=date(2025, 3, 3), language="en")
    roles = {p["name"]: p["role"] for p in result["persons"]}
    assert [roles[n] for n in ("Maria Lindgren", "Tomas Novak", "Aisha Bello", "Kenji Watanabe")] == ["official"] * 4
    assert roles["Pavel Sapelka"] != "official"


def test_an_appeal_with_a_demand_is_a_letter_and_treatment_of_detainees_is_not() -> None:
    appeal = "Адвокат направил генеральному прокурору обращение с требованием освободить его подзащитных."
    treatment = "Правозащитники осудили обращение с задержанными в изоляторе."
    assert [letter["kind"] for letter in extract(appeal, published=date(2025, 1, 15), language="ru")["letters"]] == [
        "appeal"
    ]
    assert extract(treatment, published=date(2025, 1, 15), language="ru")["letters"] == []


def test_a_count_of_authors_in_two_words() -> None:
    text = "Двадцать семь депутатов Сейма Литвы обратились к Верховному комиссару ООН. Обращение было направлено вчера."
    assert [
        letter["authors_count"] for letter in extract(text, published=date(2025, 3, 6), language="ru")["letters"]
    ] == [27]


def test_a_signature_list_after_an_earlier_letter_told_in_passing_is_the_main_letters() -> None:
    text = (
        "Twelve members of the Bundestag have sent a letter to the President of Kazakhstan.\n\n"
        "In an earlier letter, sent last year, nine of them asked for the release of Max Bokayev.\n\n"
        "Signed by:\nAnna Keller (SPD)\nJonas Weber (Greens)\n"
    )
    letters = extract(text, published=date(2025, 3, 6), language="en")["letters"]
    assert [len(letter["signatories"]) for letter in letters] == [2, 0]


def test_the_letter_after_not_the_first_is_an_earlier_one_with_its_own_count() -> None:
    text = (
        "23 депутата парламентов пяти стран обратились к властям Беларуси. Открытое письмо было направлено во вторник."
        "\n\nЭто уже не первое подобное обращение. В сентябре прошлого года 38 депутатов Европейского парламента "
        "направили письмо председателю Европейской комиссии."
    )
    letters = extract(text, published=date(2025, 2, 7), language="ru")["letters"]
    assert [(letter["authors_count"], (letter["date"] or "")[:7]) for letter in letters] == [
        (23, "2025-02"),
        (38, "2024-09"),
    ]


def test_not_the_first_appeal_counts_the_earlier_ones_authors_not_this_ones() -> None:
    text = (
        "Двадцать семь депутатов Сейма обратились к Верховному комиссару ООН. Обращение направлено в понедельник.\n\n"
        "Это уже не первое обращение депутатов: осенью прошлого года 42 депутата призвали Еврокомиссию ввести санкции."
    )
    letters = extract(text, published=date(2025, 3, 6), language="ru")["letters"]
    assert letters[0]["authors_count"] == 27


def test_a_special_rapporteurs_earlier_communication_is_a_letter_of_its_own() -> None:
    text = (
        "UN experts today issued a joint statement urging Azerbaijan to release the journalist Nigar Aliyeva.\n\n"
        "The Special Rapporteur first raised Ms. Aliyeva's case with the Government of Azerbaijan in a communication "
        "sent on 18 January 2024. No response has been received."
    )
    letters = extract(text, published=date(2024, 7, 2), language="en")["letters"]
    assert [(letter["kind"], letter["date"]) for letter in letters][1] == ("communication", "2024-01-18")


def test_an_appeal_made_before_told_by_its_verb_is_an_earlier_letter_its_teller_does_not_sign() -> None:
    text = (
        "Девятнадцать депутатов направили обращение Верховному комиссару ООН. Инициатором письма выступила депутат "
        "Сейма Литвы Раса Юкнявичене (Союз Отечества).\n\nРаса Юкнявичене напомнила, что годом ранее, в марте 2024 "
        "года, литовские депутаты уже обращались к Верховному комиссару."
    )
    letters = extract(text, published=date(2025, 3, 21), language="ru")["letters"]
    assert len(letters) == 2 and letters[1]["date"] == "2024-03"
    assert [s["name"] for s in letters[0]["signatories"]] == ["Раса Юкнявичене"] and letters[1]["signatories"] == []
