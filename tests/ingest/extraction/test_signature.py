"""Signature blocks: the signatory lines at a letter's foot, in the shapes letters use."""

from __future__ import annotations

from datetime import date

import pytest

from chronicle.ingest.extraction.pipeline import extract
from chronicle.ingest.extraction.signature import find_signature_blocks, parse_trailer

BODY = "Dear Minister,\n\nWe urge you to release the blogger Timur Esenov, detained on 2 May 2025.\n\n"

SHAPES = [
    (
        "semicolon in parentheses",
        "Yours sincerely,\n\nAnna Lindqvist (Sweden; Renew)\nPieter de Graaf (Netherlands; Greens/EFA)\n",
        [("Anna Lindqvist", "Sweden", "Renew"), ("Pieter de Graaf", "Netherlands", "Greens/EFA")],
    ),
    (
        "comma separated, group first",
        "Signed:\nThomas Becker, S&D, Germany\nLaura Moreau, Renew Europe, France\n",
        [("Thomas Becker", "Germany", "S&D"), ("Laura Moreau", "France", "Renew Europe")],
    ),
    (
        "dash then country in parentheses",
        "Signatories:\nClaire Dubois – Renew (France)\nHenrik Olsen – S&D (Denmark)\n",
        [("Claire Dubois", "France", "Renew"), ("Henrik Olsen", "Denmark", "S&D")],
    ),
    (
        "office then country",
        "Signed by:\nHelena Svoboda, Member of the European Parliament, Czech Republic\n"
        "Luca Romano, Member of the European Parliament, Italy\n",
        [("Helena Svoboda", "Czech Republic", None), ("Luca Romano", "Italy", None)],
    ),
    (
        "names under country headings",
        "Signed by:\n\nGermany\nUlrike Schneider (Greens/EFA)\nMartin Vogel (EPP)\n\nFrance\nCamille Laurent (Renew)\n",
        [
            ("Ulrike Schneider", "Germany", "Greens/EFA"),
            ("Martin Vogel", "Germany", "EPP"),
            ("Camille Laurent", "France", "Renew"),
        ],
    ),
    (
        "names under group headings",
        "Signatories\n\nS&D:\nMaria Silva (Portugal)\nJoao Costa (Portugal)\n\nEPP:\nJohan Berg (Sweden)\n",
        [("Maria Silva", "Portugal", "S&D"), ("Joao Costa", "Portugal", "S&D"), ("Johan Berg", "Sweden", "EPP")],
    ),
    (
        "table row with tabs",
        "Signatories\nName\tGroup\tCountry\nMaria Silva\tS&D\tPortugal\nJohan Berg\tEPP\tSweden\n",
        [("Maria Silva", "Portugal", "S&D"), ("Johan Berg", "Sweden", "EPP")],
    ),
    (
        "table row whose tabs became single spaces",
        "Signatories\nMaria Silva S&D Portugal\nJohan Berg EPP Sweden\n",
        [("Maria Silva", "Portugal", "S&D"), ("Johan Berg", "Sweden", "EPP")],
    ),
    (
        "pipe table with titles and capitalised surnames",
        "Signatories\n\nName | Country | Political group\nMs Ingrid HALVORSEN | Norway | SOC\n"
        "Mr Conor O'NEILL | Ireland | UEL\n",
        [("Ingrid HALVORSEN", "Norway", "SOC"), ("Conor O'NEILL", "Ireland", "UEL")],
    ),
    (
        "national parties",
        "Signed:\nKatrin Albers (SPD, Germany)\nJonas Petraitis (Homeland Union, Lithuania)\n",
        [("Katrin Albers", "Germany", "SPD"), ("Jonas Petraitis", "Lithuania", "Homeland Union")],
    ),
    (
        "list on the marker line",
        "Signed by: Anna Lindqvist (Sweden, Renew); Marek Kowalczyk (Poland, EPP)\n",
        [("Anna Lindqvist", "Sweden", "Renew"), ("Marek Kowalczyk", "Poland", "EPP")],
    ),
    (
        "unmarked run of names with trailers",
        "Frank Weber, Germany, SOC\nPetra Vogl, Austria, SOC\nZoltan Kiss, Hungary, EPP/CD\n",
        [("Frank Weber", "Germany", "SOC"), ("Petra Vogl", "Austria", "SOC"), ("Zoltan Kiss", "Hungary", "EPP/CD")],
    ),
    (
        "MEP after the name, then country and group between dashes",
        "Yours sincerely,\n\nSabine Keller MEP — Germany — Greens/EFA\nPaolo Greco MEP — Italy — S&D\n",
        [("Sabine Keller", "Germany", "Greens/EFA"), ("Paolo Greco", "Italy", "S&D")],
    ),
    (
        "group and country on the line under each name",
        "Yours sincerely,\n\nTomas Novak\nEuropean People's Party, Slovakia\n\nEva Lind\n"
        "Member of the European Parliament\nRenew Europe, Sweden\n",
        [("Tomas Novak", "Slovakia", "European People's Party"), ("Eva Lind", "Sweden", "Renew Europe")],
    ),
    (
        "Russian particle in the name, dashes between the cells",
        "С уважением,\nВиола фон Крамон — Германия — Зелёные/ЕСА\nМихал Шимечка (Словакия; «Обновляя Европу»)\n",
        [("Виола фон Крамон", "Germany", "Зелёные/ЕСА"), ("Михал Шимечка", "Slovakia", "Обновляя Европу")],
    ),
    (
        "Russian names with country and group",
        "Письмо подписали:\nАндрюс Кубилис (Литва, ЕНП)\nРакель Гарсиа (Испания, С&Д)\n",
        [("Андрюс Кубилис", "Lithuania", "ЕНП"), ("Ракель Гарсиа", "Spain", "С&Д")],
    ),
]


@pytest.mark.parametrize(("shape", "block", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_signature_block_shapes_give_name_country_and_group(
    shape: str, block: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    blocks = find_signature_blocks(BODY + block)
    assert [(line.name, line.country, line.group) for b in blocks for line in b.lines] == expected


def test_prose_lines_are_no_signature_block() -> None:
    text = "Anna Lindqvist met officials in Astana.\nMarek Kowalczyk, a journalist, was detained.\n"
    assert find_signature_blocks(text) == []


def test_affiliation_lines_under_names_are_skipped() -> None:
    text = "Yours sincerely,\n\nAnna Lindqvist\nDirector, Steppe Rights Initiative\n\nBen Harlow\nCoordinator\n"
    assert [line.name for b in find_signature_blocks(text) for line in b.lines] == ["Anna Lindqvist", "Ben Harlow"]


@pytest.mark.parametrize(
    ("trailer", "expected"),
    [
        ("(Portugal; S&D)", ("Portugal", "S&D", False)),
        (", Member of the European Parliament, Italy", ("Italy", None, True)),
        (" – Greens/EFA (Czech Republic)", ("Czech Republic", "Greens/EFA", False)),
        (" (Германия, «Зеленые»/ЕСА)", ("Germany", "«Зеленые»/ЕСА", False)),
        (" (Литва, «Союз Отечества»)", ("Lithuania", "Союз Отечества", False)),
        (" MEP — Germany — Greens/EFA", ("Germany", "Greens/EFA", True)),
        (
            " (Homeland Union - Lithuanian Christian Democrats)",
            (None, "Homeland Union - Lithuanian Christian Democrats", False),
        ),
    ],
)
def test_trailer_gives_country_group_and_office(trailer: str, expected: tuple[str | None, str | None, bool]) -> None:
    assert parse_trailer(trailer) == expected


def test_a_signed_block_under_no_letter_word_makes_the_text_a_letter() -> None:
    text = (
        "Concern over jailed blogger\n\nWe are alarmed that the blogger Timur Esenov was sentenced on 2 May 2025 "
        "to five years in prison.\n\nSignatories:\nAnna Lindqvist (Sweden; Renew)\nMarek Kowalczyk (Poland; EPP)\n"
        "\nTotal: 2 signatories\n"
    )
    result = extract(text, published=date(2025, 6, 1), language="en")
    [letter] = result["letters"]
    assert letter["authors_count"] == 2
    assert [(s["name"], s["country"], s["group"]) for s in letter["signatories"]] == [
        ("Anna Lindqvist", "Sweden", "Renew"),
        ("Marek Kowalczyk", "Poland", "EPP"),
    ]
    roles = {p["name"]: (p["role"], p["country"]) for p in result["persons"]}
    assert roles["Anna Lindqvist"] == ("parliamentarian", "Sweden")
    assert roles["Timur Esenov"][1] is None  # the signatories' countries are not the text's topic


def test_salutation_and_header_make_a_letter_with_its_addressee() -> None:
    text = (
        "Brussels, 3 March 2025\n\nTo: the High Representative of the Union\n\nDear High Representative,\n\n"
        "We, the undersigned, ask you to raise the case of the activist Nurlan Bekov, arrested on 12 February 2025."
        "\n\nYours sincerely,\n\nAnna Lindqvist (Sweden; Renew)\nPieter de Graaf (Netherlands; Greens/EFA)\n"
    )
    result = extract(text, published=date(2025, 3, 5), language="en")
    [letter] = result["letters"]
    assert letter["addressee"] == "the High Representative of the Union"
    assert [s["name"] for s in letter["signatories"]] == ["Anna Lindqvist", "Pieter de Graaf"]
    assert "Dear High Representative" not in [p["name"] for p in result["persons"]]


def test_un_mandate_holders_listed_under_a_communication_sign_as_officials() -> None:
    text = (
        "The experts wrote to the Government about the detention of the lawyer Firdavs Umarov on 3 April 2025.\n\n"
        "The communication was signed by:\nAmina Diallo, Special Rapporteur on the independence of judges\n"
        "Lars Eklund, Vice-Chair of the Working Group on Arbitrary Detention\n"
    )
    result = extract(text, published=date(2025, 6, 1), language="en")
    [letter] = result["letters"]
    assert [s["name"] for s in letter["signatories"]] == ["Amina Diallo", "Lars Eklund"]
    assert {p["name"]: p["role"] for p in result["persons"]}["Lars Eklund"] == "official"


def test_treatment_and_letters_from_prison_are_no_letters() -> None:
    text = (
        "Правозащитники сообщили о жестоком обращении с заключенными в колонии. "
        "Родственники получили письма Ивана Петрова из колонии."
    )
    assert extract(text, published=date(2025, 6, 1), language="ru")["letters"] == []


def _signatories(text: str) -> list[tuple[str, str | None, str | None]]:
    letters = extract(text, published=date(2026, 5, 20), language="en")["letters"]
    return [(s["name"], s.get("country"), s.get("group")) for letter in letters for s in letter["signatories"]]


def test_capitalised_country_headings_give_their_country_to_the_party_lines_under_them() -> None:
    text = (
        "To: the Minister of Justice of Belarus\n\nDear Minister,\n\nWe, members of the national parliaments of "
        "Finland and Sweden, ask you to release the trade unionist Ales Kavalchuk.\n\nSincerely,\n\n"
        "FINLAND\nAino Lehtinen – Green League\nJuha Nieminen – National Coalition Party\n\n"
        "SWEDEN\nErik Sandberg – Moderate Party\n"
    )
    assert _signatories(text) == [
        ("Aino Lehtinen", "Finland", "Green League"),
        ("Juha Nieminen", "Finland", "National Coalition Party"),
        ("Erik Sandberg", "Sweden", "Moderate Party"),
    ]


def test_members_of_congress_written_with_party_and_state_are_us_parliamentarians() -> None:
    text = (
        "WASHINGTON — Three members of Congress wrote to the Secretary of State on Tuesday. The letter, led by "
        "Rep. Joan Harlow (D-Mich.) and Rep. Peter Vance (R-Ariz.), asks for sanctions over the jailing of the "
        "journalist Bakyt Osmonov.\n"
    )
    found = extract(text, published=date(2026, 5, 20), language="en")
    persons = {p["name"]: (p["role"], p.get("country"), p.get("group")) for p in found["persons"]}
    assert persons["Joan Harlow"] == ("parliamentarian", "United States", "D")
    assert persons["Peter Vance"] == ("parliamentarian", "United States", "R")


def test_affiliations_of_civil_society_signatories_are_no_political_group() -> None:
    text = (
        "Открытое письмо Президенту Республики Узбекистан\n\nУважаемый господин Президент!\n\n"
        "Просим вас освободить блогера Отабека Сатторова.\n\nС уважением,\n\n"
        "Лола Каримова — Комитет защиты свободы слова, Ташкент\n"
        "Руслан Ахметов — Правовая сеть Центральной Азии, Бишкек\n"
    )
    letters = extract(text, published=date(2026, 5, 20), language="ru")["letters"]
    groups = [s.get("group") for letter in letters for s in letter["signatories"]]
    assert len(groups) == 2 and groups == [None, None]


def test_members_of_a_parliament_that_names_its_country_take_that_country() -> None:
    text = (
        "Депутаты бундестага направили письмо министру юстиции с призывом освободить правозащитника "
        "Олега Сомова.\n\nПисьмо подписали:\nАнна Бергер (СДПГ)\nЛукас Хофман (Зеленые)\n"
    )
    assert [(name, country) for name, country, _ in _signatories(text)] == [
        ("Анна Бергер", "Germany"),
        ("Лукас Хофман", "Germany"),
    ]


def test_a_group_heading_over_names_is_not_the_trailer_of_the_name_above() -> None:
    text = BODY + "Signatories:\nS&D\nMaria Silva\nJoao Costa\nEPP\nJohan Berg\nAnna Berg\n"
    lines = [(line.name, line.group) for b in find_signature_blocks(text) for line in b.lines]
    assert lines == [("Maria Silva", "S&D"), ("Joao Costa", "S&D"), ("Johan Berg", "EPP"), ("Anna Berg", "EPP")]


def test_a_pipe_table_row_and_a_name_written_surname_first_twice() -> None:
    text = (
        BODY + "Список подписавших:\n| Имя | Страна | Группа |\n| Андрюс Кубилюс | Литва | ЕНП |\n"
        "| Ханна Нойманн | Германия | Зелёные/ЕСА |\n"
    )
    lines = [(line.name, line.country, line.group) for b in find_signature_blocks(text) for line in b.lines]
    assert lines == [("Андрюс Кубилюс", "Lithuania", "ЕНП"), ("Ханна Нойманн", "Germany", "Зелёные/ЕСА")]
    both = (
        "Signed by: Andrius Kubilius (EPP, Lithuania).\n\n"
        "Co-signatories: KUBILIUS Andrius (EPP, LT); LEXMANN Miriam (EPP, SK)."
    )
    names = [p["name"] for p in extract(both, published=date(2024, 10, 9))["persons"]]
    assert names == ["Andrius Kubilius", "LEXMANN Miriam"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Abg. z. NR Lukas Gruber, NEOS – Austria", ("Lukas Gruber", "Austria", "NEOS")),
        ("Elin Bergqvist, Riksdag, Liberalerna, Sweden", ("Elin Bergqvist", "Sweden", "Liberalerna")),
        ("Maarten Kuipers, Tweede Kamer, D66", ("Maarten Kuipers", "Netherlands", "D66")),
    ],
)
def test_national_titles_parliaments_and_parties_on_a_signature_line(
    line: str, expected: tuple[str, str | None, str | None]
) -> None:
    blocks = find_signature_blocks(BODY + "Signed:\n" + line + "\n")
    assert [(item.name, item.country, item.group) for b in blocks for item in b.lines] == [expected]


def test_a_pdf_signature_block_in_columns_ends_at_the_copies() -> None:
    text = (
        BODY + "Yours respectfully,\n\nMs Ingrid HALVORSEN          Norway                 SOC\n"
        "Mr Piotr NOWACKI             Poland                 EPP/CD\n\n"
        "cc: Mr Rik Daems, President of the Parliamentary Assembly\n    Ms Dunja Mijatović, Commissioner\n"
    )
    lines = [(line.name, line.country, line.group) for b in find_signature_blocks(text) for line in b.lines]
    assert lines == [("Ingrid HALVORSEN", "Norway", "SOC"), ("Piotr NOWACKI", "Poland", "EPP/CD")]


def test_mac_names_and_a_crossbench_peer() -> None:
    text = BODY + "Signed:\n- Fiona MacAulay MP, Scottish National Party\n- Lord Alderton of Wyke, Crossbench peer\n"
    lines = [(line.name, line.group) for b in find_signature_blocks(text) for line in b.lines]
    assert lines == [("Fiona MacAulay", "Scottish National Party"), ("Lord Alderton of Wyke", "Crossbench")]


def test_a_party_line_under_a_member_of_parliament_or_a_peer_is_the_party() -> None:
    text = (
        "Eleven British parliamentarians wrote to the president.\n\nYours sincerely,\n\nFiona Harwood MP\n"
        "Member of Parliament for Ashby and Deane\nLabour\n\nRt Hon Sir Geoffrey Pallant MP\nConservative, Weald "
        "Vale\n\nAlasdair MacInnes MP\nScottish National Party spokesperson for International Development\n\n"
        "Baroness Okoro-Linton\nLiberal Democrat, House of Lords\n\nLord Brennan of Carrick\nCrossbench\n\n"
        "Daniel Whitford MP (Lab, Bristol Harbourside)\n"
    )
    assert [(name, group) for name, _, group in _signatories(text)] == [
        ("Fiona Harwood", "Labour"),
        ("Geoffrey Pallant", "Conservative"),
        ("Alasdair MacInnes", "Scottish National Party"),
        ("Baroness Okoro-Linton", "Liberal Democrat"),
        ("Lord Brennan of Carrick", "Crossbench"),
        ("Daniel Whitford", "Lab"),
    ]


def test_a_chamber_column_of_a_table_is_no_party_and_a_contact_line_ends_the_block() -> None:
    text = (
        "Members of parliament from four countries signed the appeal to the president.\n\nSigned:\n\n"
        "| Name | Parliament | Country | Party |\n|---|---|---|---|\n"
        "| Vojtech Kalas | Chamber of Deputies | Czech Republic | ODS |\n"
        "| Claire Dubois | House of Commons | Canada | Liberal |\n\n"
        "Contact: the secretariat, through Ms Dovile Stankaite.\n"
    )
    assert _signatories(text) == [
        ("Vojtech Kalas", "Czech Republic", "ODS"),
        ("Claire Dubois", "Canada", "Liberal"),
    ]


def test_two_columns_of_signatures_each_under_its_parliament() -> None:
    text = (
        "Ten members of two parliaments wrote to the President of Kyrgyzstan.\n\nThe letter is signed by:\n\n"
        "Deutscher Bundestag                              Assemblée nationale\n"
        "Dr. Markus Brandt (CDU/CSU)                      Claire Duval (Renaissance)\n"
        "Johanna Feldmann (Bündnis 90/Die Grünen)         Antoine Mercier (LR)\n"
    )
    assert sorted(_signatories(text)) == [
        ("Antoine Mercier", "France", "LR"),
        ("Claire Duval", "France", "Renaissance"),
        ("Johanna Feldmann", "Germany", "Bündnis 90/Die Grünen"),
        ("Markus Brandt", "Germany", "CDU/CSU"),
    ]
    assert _signatories(text)[0] == ("Markus Brandt", "Germany", "CDU/CSU")


def test_a_numbered_list_of_nordic_council_members_with_country_then_group() -> None:
    text = (
        "The letter is signed by 23 members of the Nordic Council. First signatories:\n\n"
        "1. Kristina Lindgren, Sweden – Social Democratic Group\n2. Annika Grönlund, Finland (Åland) – Centre Group\n"
    )
    assert _signatories(text) == [
        ("Kristina Lindgren", "Sweden", "Social Democratic Group"),
        ("Annika Grönlund", "Finland", "Centre Group"),
    ]


def test_names_under_a_members_heading_sign_with_its_parliament_and_faction() -> None:
    text = (
        "Депутатский запрос Генеральному прокурору\n\nМы, депутаты Мажилиса, просим провести проверку жалоб "
        "на пытки в следственном изоляторе Шымкента.\n\n"
        "Депутаты Мажилиса Парламента Республики Казахстан, фракция партии «Ак жол»:\n\n"
        "А. Серикбаева\nН. Жумабеков\nЕ. Ли\n\n15 мая 2024 года\n"
    )
    result = extract(text, published=date(2024, 5, 15), language="ru")
    [letter] = result["letters"]
    assert [(s["name"], s["country"], s["group"]) for s in letter["signatories"]] == [
        ("А. Серикбаева", "Kazakhstan", "Ак жол"),
        ("Н. Жумабеков", "Kazakhstan", "Ак жол"),
        ("Е. Ли", "Kazakhstan", "Ак жол"),
    ]


def test_a_party_with_a_year_in_its_name_is_a_party() -> None:
    text = (
        "Депутаты парламентов Литвы и Польши направили открытое письмо президенту Садыру Жапарову.\n\n"
        "«Мы призываем освободить журналистов.\n\nПодписали:\n"
        "Томаш Гродзицкий, Гражданская коалиция, Польша\nАгнешка Новак, Польша 2050, Польша»\n"
    )
    found = extract(text, published=date(2023, 11, 16), language="ru")
    assert [(s["name"], s["group"]) for letter in found["letters"] for s in letter["signatories"]] == [
        ("Томаш Гродзицкий", "Гражданская коалиция"),
        ("Агнешка Новак", "Польша 2050"),
    ]


def test_a_signers_movement_named_in_quotes_after_the_office_is_the_signers_group() -> None:
    assert parse_trailer(", координатор правозащитного движения «Сана»;") == (None, "Сана", False)


def test_a_signatories_table_is_read_by_its_header_not_by_guessing_the_cells() -> None:
    text = (
        "We urge you to release the prisoners.\n\nYours faithfully,\n\n"
        " Name                        | Seat / House              | Party\n"
        "-----------------------------+---------------------------+-------------------\n"
        " Rt Hon Peter Lindqvist MP   | Carlisle Moor             | Labour\n"
        " Gwen ap Dafydd MP           | Ceredigion Preseli        | Plaid Cymru\n"
        " Baroness Irene Falk         | House of Lords            | Crossbench\n"
    )
    lines = [line for block in find_signature_blocks(text) for line in block.lines]
    assert [(line.name, line.group) for line in lines] == [
        ("Peter Lindqvist", "Labour"),
        ("Gwen ap Dafydd", "Plaid Cymru"),
        ("Irene Falk", "Crossbench"),
    ]
    assert lines[2].country == "United Kingdom"  # told by the chamber's column


def test_a_table_of_members_and_parties_signs_without_a_signing_line() -> None:
    text = (
        "The members below wrote to the minister.\n\nMember\tParty\tCountry\n"
        "Anna Lenz\tGreens\tAustria\nJan Brodsky\tPirates\tCzech Republic\n"
    )
    lines = [line for block in find_signature_blocks(text) for line in block.lines]
    assert [(line.name, line.group, line.country) for line in lines] == [
        ("Anna Lenz", "Greens", "Austria"),
        ("Jan Brodsky", "Pirates", "Czech Republic"),
    ]


def test_academic_and_legal_titles_are_no_part_of_a_signers_name() -> None:
    text = (
        "Yours sincerely,\n\nProfessor Eleanor Whitcombe, School of Law, University of Glasgow, United Kingdom\n"
        "Jonathan Price KC, barrister, London, United Kingdom\n"
    )
    assert [line.name for block in find_signature_blocks(text) for line in block.lines] == [
        "Eleanor Whitcombe",
        "Jonathan Price",
    ]


def test_a_table_of_commons_and_lords_gives_the_united_kingdom() -> None:
    text = (
        "Dear Secretary of State,\n\nWe write as members of Parliament about the jailed bloggers of Uzbekistan.\n\n"
        "Yours sincerely,\n\n"
        "Name                      Party              House\n"
        "Jane Holloway MP          Labour             Commons\n"
        "Lord Tremaine of Aldbury  Conservative       Lords\n"
    )
    assert _signatories(text) == [
        ("Jane Holloway", "United Kingdom", "Labour"),
        ("Lord Tremaine of Aldbury", "United Kingdom", "Conservative"),
    ]


def test_an_irish_surname_with_its_particle_is_one_name() -> None:
    text = (
        "Letter of MEPs to the President of Azerbaijan on the jailed journalists.\n\nSigned:\n\n"
        "Greens/EFA\nHenrike Albers (Germany)\nSeán Ó Dálaigh (Ireland)\nAoife Nic Giolla (Ireland)\n"
    )
    assert [name for name, _, _ in _signatories(text)] == ["Henrike Albers", "Seán Ó Dálaigh", "Aoife Nic Giolla"]
