"""Named organisations, their kind, acronyms and extremist designations."""

from __future__ import annotations

from datetime import date

from chronicle.ingest.extraction.mentions import Mention
from chronicle.ingest.extraction.organizations import extend_russian_court, find_organizations, mark_extremist
from chronicle.ingest.extraction.pipeline import extract
from chronicle.ingest.extraction.text import split_sentences


def _orgs(text: str) -> list[tuple[str, str, list[str], bool | None]]:
    orgs = find_organizations(text)
    mark_extremist(text, split_sentences(text), orgs)
    return [(o.name, o.kind, o.aliases, o.designated_extremist) for o in orgs]


def test_a_ministry_is_a_state_body() -> None:
    assert _orgs("The Ministry of Justice of Kazakhstan refused.") == [
        ("Ministry of Justice of Kazakhstan", "state_body", [], None)
    ]


def test_a_party_named_after_its_cue_word() -> None:
    assert _orgs("They could not register the opposition party Alga Kazakhstan.") == [
        ("Alga Kazakhstan", "party", [], None)
    ]


def test_an_acronym_in_parentheses_is_an_alias() -> None:
    assert _orgs("supporting the movement ‘Democratic Choice of Kazakhstan’ (DCK).") == [
        ("Democratic Choice of Kazakhstan", "movement", ["DCK"], None)
    ]


def test_a_movement_declared_extremist_is_flagged() -> None:
    text = "A court declared the movement Atameken Union extremist in November 2023."
    assert _orgs(text) == [("Atameken Union", "movement", [], True)]


def test_a_label_in_the_next_sentence_flags_the_movement_before_it() -> None:
    text = 'He led the opposition movement, Group 24. The authorities have labeled it "extremist".'
    assert _orgs(text) == [("Group 24", "movement", [], True)]


def test_extremism_accusations_alone_flag_nothing() -> None:
    text = "The Coalition Against Torture criticised the use of extremism accusations."
    assert _orgs(text) == [("Coalition Against Torture", "ngo", [], None)]


def test_a_russian_ngo_in_quotes_has_its_cue_phrase_as_alias() -> None:
    assert _orgs("Правозащитный центр «Кадам» признал его политзаключенным.") == [
        ("Кадам", "ngo", ["центр «Кадам»"], None)
    ]


def test_well_known_organisations_are_found_by_acronym() -> None:
    assert _orgs("The UN and the OSCE expressed concern.") == [
        ("UN", "intergovernmental", ["United Nations", "U.N."], None),
        ("OSCE", "intergovernmental", ["Organization for Security and Co-operation in Europe"], None),
    ]


def test_a_possessive_splits_a_parliament_from_its_subcommittee() -> None:
    orgs = _orgs("The European Parliament's Subcommittee on Human Rights (DROI) called for release.")
    assert [(name, kind) for name, kind, _, _ in orgs] == [
        ("European Parliament", "intergovernmental"),
        ("Subcommittee on Human Rights", "parliament_group"),
    ]
    assert orgs[1][2] == ["The European Parliament's Subcommittee on Human Rights", "DROI"]


def test_a_name_followed_by_its_kind_in_apposition_is_an_organisation() -> None:
    text = "Police searched members of Kok Tobe, an unregistered opposition movement, in Almaty."
    assert _orgs(text) == [("Kok Tobe", "movement", [], None)]


def test_a_name_between_the_and_its_kind_word_is_an_organisation() -> None:
    assert _orgs("He joined the Free Steppe movement in 2019.") == [
        ("Free Steppe", "movement", ["Free Steppe movement"], None)
    ]


def test_a_nationality_before_a_kind_word_is_not_a_name() -> None:
    assert _orgs("He joined the Kazakh opposition movement in 2019.") == []


def test_a_name_defined_by_an_acronym_is_an_organisation_without_a_head_noun() -> None:
    assert _orgs("The Steppe Legal Aid Hub (SLAH) counted the cases.") == [
        ("Steppe Legal Aid Hub", "other", ["SLAH"], None)
    ]


def test_the_relative_clause_of_a_designation_flags_its_antecedent_only() -> None:
    text = (
        "The Legal Aid Network defends supporters of Ak Zhol, a banned movement that the Supreme Court "
        "declared extremist in 2021."
    )
    flagged = {name: extremist for name, _, _, extremist in _orgs(text)}
    assert flagged["Ak Zhol"] is True
    assert flagged["Legal Aid Network"] is None


def test_a_russian_designation_with_an_active_verb_flags_the_organisation() -> None:
    text = "Суд признал экстремистским движение «Жана Жол» в 2020 году."
    assert [(n, e) for n, _, _, e in _orgs(text) if n == "Жана Жол"] == [("Жана Жол", True)]


def test_the_commission_in_a_text_about_meps_is_the_european_commission() -> None:
    names = [name for name, _, _, _ in _orgs("Three MEPs asked the Commission to act.")]
    assert names == ["European Commission"]


def test_the_commission_elsewhere_stays_generic() -> None:
    assert _orgs("The election commission refused; the Commission of the district agreed.") == []


def test_a_based_prefix_is_not_part_of_the_name() -> None:
    assert _orgs("according to the Bishkek-based Media Policy Institute.") == [
        ("Media Policy Institute", "ngo", [], None)
    ]


def test_a_national_parliament_is_a_state_body() -> None:
    assert _orgs("Members of the German Bundestag wrote.") == [("German Bundestag", "state_body", ["Bundestag"], None)]


def test_adding_an_organisation_to_a_list_of_extremist_formations_flags_it() -> None:
    text = 'On 6 May the KGB added the miners\' union Shakhtar Solidarity to its list of "extremist formations".'
    flagged = {name: extremist for name, _, _, extremist in _orgs(text)}
    assert flagged["Shakhtar Solidarity"] is True
    assert flagged["KGB"] is None


def test_a_un_working_group_is_a_well_known_body() -> None:
    names = [name for name, _, _, _ in _orgs("a member of the Working Group on Enforced or Involuntary Disappearances")]
    assert names == ["Working Group on Enforced or Involuntary Disappearances"]


def test_a_post_before_of_names_the_body_not_the_post() -> None:
    names = [o[0] for o in _orgs("The Secretary General of the Council of Europe replied to the Special Rapporteur.")]
    assert names == ["Council of Europe"]


def test_a_date_before_a_court_is_not_part_of_its_name() -> None:
    text = "In October 2025 the Supreme Court of Tatarstan banned the society Tugan Tel."
    assert [o[:2] for o in _orgs(text)] == [("Supreme Court of Tatarstan", "court"), ("Tugan Tel", "other")]


def test_a_question_opening_verb_is_not_part_of_a_name() -> None:
    text = "Will the Commission raise the case with the Ministry of Justice?"
    assert [o[0] for o in _orgs(text)] == ["Ministry of Justice"]


def test_national_parliaments_are_state_bodies() -> None:
    text = "Members wrote to the Speaker of the Parliament of Georgia and the U.S. House of Representatives."
    assert [o[:2] for o in _orgs(text)] == [
        ("Parliament of Georgia", "state_body"),
        ("House of Representatives", "state_body"),
    ]


def test_a_counted_group_of_members_is_not_an_organisation() -> None:
    assert [o[0] for o in _orgs("Twelve Members of the European Parliament signed.")] == ["European Parliament"]


def test_an_oblique_russian_form_is_named_in_the_nominative_with_the_other_names() -> None:
    [(name, kind, aliases, _)] = _orgs("Делегация Совета Европы посетила Баку.")
    assert (name, kind) == ("Совет Европы", "intergovernmental")
    assert "Совета Европы" in aliases and "Council of Europe" in aliases


def test_numbered_places_of_detention_are_state_bodies() -> None:
    text = "Он отбывает срок в исправительной колонии №9; затем его перевели в ИК-9. She is in Penal Colony No. 15."
    assert [o[:3] for o in _orgs(text)] == [
        ("исправительная колония №9", "state_body", ["исправительной колонии №9", "ИК-9"]),
        ("Penal Colony No. 15", "state_body", ["ИК-15"]),
    ]


def test_embassies_are_state_bodies_named_with_their_state_and_city() -> None:
    text = "MPs wrote to the Embassy of Uzbekistan in Stockholm. Посольство Азербайджана в Брюсселе не ответило."
    assert [o[:2] for o in _orgs(text)] == [
        ("Embassy of Uzbekistan in Stockholm", "state_body"),
        ("Посольство Азербайджана в Брюсселе", "state_body"),
    ]


def test_a_run_of_capitals_ending_in_an_organisation_word_is_no_person() -> None:
    from chronicle.ingest.extraction.persons import find_persons_latin

    assert find_persons_latin("Kyrgyz Civic Monitor\nQuarterly briefing\n\nPolice detained five people.") == []


def test_a_court_declaring_a_movement_extremist_flags_the_movement_named_before() -> None:
    text = (
        "The court sentenced five members of the youth movement Ozod Yoshlar. "
        "The Supreme Court of Tajikistan declared the movement extremist on 14 May 2025."
    )
    flags = {name: flag for name, _, _, flag in _orgs(text)}
    assert flags == {"Ozod Yoshlar": True, "Supreme Court of Tajikistan": None}


def test_a_known_one_word_russian_name_in_an_oblique_case_is_named_in_the_nominative() -> None:
    [(name, kind, aliases, _)] = _orgs("По данным «Вясны», в Беларуси 1 150 политзаключенных.")
    assert (name, kind) == ("Вясна", "ngo")
    assert "Вясны" in aliases


def _kinds(text: str) -> dict[str, tuple[str, bool | None]]:
    return {name: (kind, extremist) for name, kind, _, extremist in _orgs(text)}


def test_outlets_and_clinics_named_after_their_kind_word() -> None:
    found = _kinds(
        "Kurmanbekov edited the regional news site Jaiyq Habar. Сотрудников YouTube-канала «Ачык Бишкек» "
        "задержали; правозащитная клиника «Адилет» насчитала 20 дел."
    )
    assert found["Jaiyq Habar"] == ("media", None)
    assert found["Ачык Бишкек"] == ("media", None)
    assert found["Адилет"] == ("ngo", None)


def test_a_seat_in_parliament_is_no_body_and_two_bodies_joined_by_and_are_two() -> None:
    found = _kinds(
        "Margaret Dunmore, Member of Parliament for Hexford South, wrote to the OSCE and the UN Human Rights "
        "Council. The Alliance of Liberals and Democrats for Europe supported her."
    )
    assert not [name for name in found if "Hexford" in name]
    assert "OSCE" in found and "UN Human Rights Council" in found
    assert "Alliance of Liberals and Democrats for Europe" in found
    assert "OSCE and the UN Human Rights Council" not in found


def test_an_outlet_listed_as_extremist_is_designated_but_one_reporting_it_is_not() -> None:
    found = _kinds(
        "МВД включило в перечень «экстремистских формирований» инициативу «Соседи 97» и телеграм-канал "
        "«Гомель сегодня». As the newspaper Nasha Niva reported, the court declared the movement Free Steppe extremist."
    )
    assert found["Гомель сегодня"] == ("media", True)
    assert found["Nasha Niva"][1] is None


def test_russian_bodies_run_on_into_their_town_region_or_country() -> None:
    text = (
        "Октябрьский районный суд Уфы арестовал активиста. Жалобу рассмотрит Верховный суд Башкирии, а МВД по "
        "Башкортостану отказалось от комментариев. В Министерстве иностранных дел Туркменистана промолчали."
    )
    names = {o["name"] for o in extract(text, published=date(2025, 2, 1), language="ru")["organizations"]}
    assert {"Октябрьский районный суд Уфы", "Верховный суд Башкирии"} <= names
    start = text.index("МВД")
    assert extend_russian_court(text, Mention(start, start + 3, "МВД")).text == "МВД по Башкортостану"


def test_a_timeline_dash_is_no_part_of_a_name() -> None:
    text = "Timeline\n\n2023, January - The Bukhara Regional Criminal Court sentences 22 defendants.\n"
    names = {o["name"] for o in extract(text, published=date(2024, 1, 1))["organizations"]}
    assert "Bukhara Regional Criminal Court" in names


def test_parliaments_and_well_known_bodies_in_russian_cases() -> None:
    text = (
        "Депутаты бундестага направили письмо. Мосгорсуд оставил приговор в силе. Члены ПА ОБСЕ выступили с "
        "заявлением. Фонд борьбы с коррупцией признан экстремистским."
    )
    found = {o["name"]: (o["kind"], o.get("designated_extremist")) for o in extract(text)["organizations"]}
    assert found == {
        "бундестаг": ("state_body", None),
        "Мосгорсуд": ("court", None),
        "ПА ОБСЕ": ("intergovernmental", None),
        "Фонд борьбы с коррупцией": ("ngo", True),
    }


def test_and_the_begins_a_new_phrase_after_a_body() -> None:
    text = "The declaration calls on the Committee of Ministers and the Secretary General of the Council of Europe."
    assert [name for name, _, _, _ in _orgs(text)] == ["Committee of Ministers", "Council of Europe"]


def test_a_russian_court_runs_on_through_its_jurisdiction_and_its_region() -> None:
    text = "Специализированный межрайонный суд по уголовным делам Атырауской области вынес приговор."
    names = [o["name"] for o in extract(text, published=date(2024, 3, 14))["organizations"]]
    assert names == ["Специализированный межрайонный суд по уголовным делам Атырауской области"]


def test_the_rule_of_law_is_part_of_a_name_and_the_body_after_it_is_another() -> None:
    text = "The Kazakhstan Bureau for Human Rights and the Rule of Law and the OSCE Programme Office supported it."
    names = [o[0] for o in _orgs(text)]
    assert names[:2] == ["Kazakhstan Bureau for Human Rights and the Rule of Law", "OSCE Programme Office"]


def test_a_capitalised_head_before_a_quoted_name_is_part_of_the_name() -> None:
    [clinic] = _orgs('According to a count by the Bishkek-based Legal Clinic "Adilet", 14 groups closed.')
    assert clinic[:3] == ('Legal Clinic "Adilet"', "ngo", ["Adilet"])


def test_a_police_department_with_a_quoted_name_and_a_short_ministry_name() -> None:
    names = {o[0]: o[2] for o in _orgs("Об этом сообщил Минюст. Его доставили в отдел полиции «Арбат».")}
    assert "Ministry of Justice" in names["Минюст"]
    assert names["Арбат"] == ["отдел полиции «Арбат»"]


def test_a_quoted_phrase_after_a_cue_is_no_name() -> None:
    assert _orgs("Его вызвали в отдел полиции «на беседу», откуда он не вернулся.") == []


def test_countries_months_and_opening_adjectives_are_no_organisations() -> None:
    text = (
        "He had lived in the Russian Federation since 2019. International bodies see it differently. "
        "In a statement issued on 10 June, a coalition of 23 organisations objected."
    )
    assert _orgs(text) == []


def test_treaties_and_a_dateline_are_no_part_of_an_organisation() -> None:
    text = (
        "STRASBOURG – The European Parliament on Thursday called for her release under the European Convention "
        "on Human Rights and the International Covenant on Civil and Political Rights."
    )
    assert [o[0] for o in _orgs(text)] == ["European Parliament"]


def test_a_known_organisation_in_an_oblique_case_is_named_by_its_listed_nominative() -> None:
    text = "Это члены Партии исламского возрождения Таджикистана. Членов «Группы 24» тоже преследуют."
    names = [o[0] for o in _orgs(text)]
    assert names == ["Партия исламского возрождения Таджикистана", "Группа 24"]


def test_a_court_of_a_federation_and_its_short_name_later() -> None:
    text = (
        "On 20 April 2017 the Supreme Court of the Russian Federation declared the Administrative Centre of "
        "Jehovah's Witnesses extremist. On 30 November 2023 the Supreme Court banned another movement."
    )
    assert _orgs(text) == [
        ("Supreme Court of the Russian Federation", "court", ["Supreme Court"], None),
        ("Administrative Centre of Jehovah's Witnesses", "ngo", [], True),
    ]


def test_number_words_conjunctions_and_pronouns_do_not_open_a_name() -> None:
    text = "Nineteen Members of the European Parliament wrote. Q: And the European Union? Our Office is concerned."
    assert [o[0] for o in _orgs(text)] == ["European Parliament", "European Union"]


def test_a_state_after_a_known_russian_body_names_whose_it_is() -> None:
    found = _orgs("Коалиция призывает Генеральную прокуратуру Республики Казахстан провести проверку.")
    assert [(name, "Генеральную прокуратуру Республики Казахстан" in aliases) for name, _, aliases, _ in found] == [
        ("Генеральная прокуратура Республики Казахстан", True)
    ]
    assert not any("Russia" in alias for _, _, aliases, _ in found for alias in aliases)


def test_a_known_russian_body_in_any_case_is_named_in_the_nominative() -> None:
    text = "Депутаты направили письмо в Европейскую комиссию и обратились к Верховной Раде."
    assert [(name, aliases[-1]) for name, _, aliases, _ in _orgs(text)] == [
        ("Европейская комиссия", "Европейскую комиссию"),
        ("Верховная Рада", "Верховной Раде"),
    ]


def test_a_country_after_a_ministry_or_a_parliament_names_whose_it_is() -> None:
    text = "Копии письма получили МИД Германии и Администрация президента Узбекистана; подписали члены Сейма Литвы."
    assert [name for name, _, _, _ in _orgs(text)] == [
        "МИД Германии",
        "Администрация президента Узбекистана",
        "Сейм Литвы",
    ]


def test_a_span_loses_a_closing_bracket_it_does_not_open() -> None:
    from chronicle.ingest.extraction.organizations import _balanced

    assert _balanced(Mention(10, 46, "Социал-демократическая партия Литвы)")) == Mention(
        10, 45, "Социал-демократическая партия Литвы"
    )
    assert _balanced(Mention(0, 13, "Союз 90 (ФРГ)")).text == "Союз 90 (ФРГ)"


def test_a_territory_with_its_acronym_is_not_an_organisation() -> None:
    text = "They were imprisoned after the 2022 events in the Gorno-Badakhshan Autonomous Region (GBAO)."
    assert _orgs(text) == []


def test_a_participle_after_the_second_of_two_bodies_flags_that_one() -> None:
    text = (
        "Дела связаны с движением «Демократический выбор Казахстана», которое суд признал экстремистским в марте "
        "2018 года, и с партией «Коше партиясы», запрещенной как экстремистская в 2020 году."
    )
    flagged = {name: extremist for name, _, _, extremist in _orgs(text)}
    assert flagged == {"Демократический выбор Казахстана": True, "Коше партиясы": True}


def test_russian_courts_and_prosecutors_named_by_kind_and_territory() -> None:
    from chronicle.ingest.extraction.organizations import russian_courts

    text = (
        "Специализированный межрайонный суд по уголовным делам Жамбылской области огласил приговор. "
        "Слушание пройдёт в специализированном межрайонном суде по уголовным делам Астаны. Жалобу направили в "
        "прокуратуру Жамбылской области. Районный суд и прокуратура отказали. Алмалинский районный суд молчит."
    )
    assert [m.text for m in russian_courts(text)] == [
        "прокуратуру Жамбылской области",
        "Специализированный межрайонный суд по уголовным делам Жамбылской области",
        "специализированном межрайонном суде по уголовным делам Астаны",
        "Алмалинский районный суд",
    ]


def test_a_body_after_a_persons_name_in_one_capitalised_run() -> None:
    from chronicle.ingest.extraction.text import SpanSet

    text = "On June 2, 2023, Judge Saidali Rahimzoda of the Sino District Court of Dushanbe sentenced her."
    judge = text.index("Saidali")
    found = find_organizations(text, [], SpanSet([(judge, judge + len("Saidali Rahimzoda"))]))
    assert [o.name for o in found] == ["Sino District Court of Dushanbe"]


def test_a_russian_court_named_by_its_district_alone() -> None:
    from chronicle.ingest.extraction.organizations import russian_courts

    text = "Его осудил суд Центрального района Минска. Жалоба ушла в прокуратуру области Жетысу. Суд по делам отказал."
    assert [m.text for m in russian_courts(text)] == ["суд Центрального района Минска", "прокуратуру области Жетысу"]


def test_two_bodies_joined_by_and_of_the_are_two_and_a_leading_verb_is_no_part_of_a_name() -> None:
    text = (
        "Addressing the State Security Council in March, the president spoke of members of Group 24 and of the "
        "Islamic Renaissance Party of Tajikistan. Beijing Municipal Court ruled. He was tied to the Gulen movement."
    )
    found = {o.name: o for o in find_organizations(text)}
    assert {"State Security Council", "Group 24", "Islamic Renaissance Party of Tajikistan"} <= set(found)
    assert "Beijing Municipal Court" in found  # (a city ending in -ing is no verb)
    assert "Gulen movement" in found["Gulen"].aliases  # (either reading of 'the Gulen movement' is its name)


def test_courts_and_bodies_known_in_russian_take_their_whole_name() -> None:
    text = "Адвокаты обратились в Европейский суд по правам человека и к Народному защитнику Грузии; ОДКБ молчит."
    names = {o.name for o in find_organizations(text)}
    assert {"Европейский суд по правам человека", "ОДКБ"} <= names or {
        "European Court of Human Rights",
        "Collective Security Treaty Organization",
    } <= names


def test_a_network_and_a_club_are_ngos_in_russian() -> None:
    text = (
        "Памирская правозащитная сеть сообщила о новых задержаниях. Пермский правозащитный клуб "
        "напомнил, что суд арестовал активиста."
    )
    organizations = extract(text, published=date(2024, 5, 1), language="ru")["organizations"]
    found = {org["name"]: org["kind"] for org in organizations}
    assert found == {"Памирская правозащитная сеть": "ngo", "Пермский правозащитный клуб": "ngo"}
