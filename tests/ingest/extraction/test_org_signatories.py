"""Organisations that sign a letter: on its signing lines or in the sentence that says they signed it."""

from __future__ import annotations

from datetime import date
from typing import Any

from chronicle.ingest.extraction.pipeline import extract


def _signers(text: str, language: str = "en") -> list[list[tuple[str, str | None]]]:
    letters: list[dict[str, Any]] = extract(text, published=date(2025, 6, 20), language=language)["letters"]
    return [[(s["name"], s["country"]) for s in letter["signatories"]] for letter in letters]


def test_organisations_under_their_heading_sign_beside_the_people_under_theirs() -> None:
    text = (
        "Dear Minister,\n\nWe, the undersigned 12 organisations and 4 individuals, urge you to release the "
        "journalist Timur Ospanov.\n\nYours faithfully,\n\nOrganisations\n"
        "Steppe Press Watch (Kazakhstan)\nLawyers for Open Courts (Kyrgyzstan)\nBaltic Legal Circle (Lithuania)\n"
        "... and 9 other organisations\n\nIndividuals\nMarta Lindgren, lawyer, Sweden\n"
        "Pavel Dušek, former Member of the Chamber of Deputies, Czech Republic\n"
    )
    [signers] = _signers(text)
    assert ("Steppe Press Watch", "Kazakhstan") in signers
    assert ("Lawyers for Open Courts", "Kyrgyzstan") in signers  # (no head word: the heading tells it)
    assert ("Baltic Legal Circle", "Lithuania") in signers
    assert ("Marta Lindgren", "Sweden") in signers
    assert not any(name.startswith("...") or "other organisations" in name for name, _ in signers)


def test_organisations_named_after_the_signing_verb_sign_in_either_language() -> None:
    english = (
        "The joint statement on the trial of Aliya Temirova was signed by Freedom Now, the Norwegian Helsinki "
        "Committee and the Steppe Defenders Network, and sent to the Prosecutor General's Office."
    )
    [signers] = _signers(english)
    names = {name for name, _ in signers}
    assert {"Freedom Now", "Norwegian Helsinki Committee"} <= names
    assert not any("Prosecutor" in name for name in names)  # whom it is sent to does not sign
    russian = (
        "Совместное заявление в защиту Алии Темировой подписали инициатива «Открытый суд», "
        "фонд «Солидарность без границ» и ассоциация адвокатов «Защита прав»."
    )
    [signers] = _signers(russian, "ru")
    assert {"Открытый суд", "Солидарность без границ"} <= {name for name, _ in signers}


def test_organisations_that_issued_a_joint_statement_sign_it() -> None:
    text = (
        "On 3 May, 14 press freedom organisations, among them the Caspian Media Defence Network and Reporters "
        "Without Borders, issued a joint statement calling for the release of the editor Rauf Mammadli."
    )
    [signers] = _signers(text)
    assert {"Caspian Media Defence Network", "Reporters Without Borders"} <= {name for name, _ in signers}


def test_a_signers_affiliation_party_or_addressee_is_no_signatory() -> None:
    text = (
        "The letter to the Council of Europe was signed by Anna Berg of Freedom Now, by Jonas Petraitis "
        "(Homeland Union) and by Dina Tleubayeva, who heads the Almaty Rights Bureau."
    )
    [signers] = _signers(text)
    names = {name for name, _ in signers}
    assert "Anna Berg" in names
    assert names.isdisjoint({"Freedom Now", "Homeland Union", "Council of Europe", "Almaty Rights Bureau"})


def test_organisations_in_an_appeal_go_to_the_appeal_told_in_their_sentence() -> None:
    text = (
        "Пять депутатов Европарламента направили письмо президенту Кыргызстана. Письмо подписали Мартина Хольцер "
        "(Австрия, S&D) и Линас Жемайтис (Литва, EPP).\n"
        "Ранее 12 организаций, в том числе Правозащитный центр «Ариет» и Комитет защиты журналистов, направили "
        "совместное обращение в Генеральную прокуратуру Кыргызстана."
    )
    letter, appeal = _signers(text, "ru")
    assert {name for name, _ in letter} == {"Мартина Хольцер", "Линас Жемайтис"}
    assert "Комитет защиты журналистов" in {name for name, _ in appeal}


def test_a_list_of_organisations_under_signatories_takes_every_line_and_a_city_tells_the_country() -> None:
    text = (
        "Совместное обращение\n\nПросим освободить задержанных активистов.\n\nС уважением,\n\n"
        "Айдай Мамбетова, кинорежиссер, Бишкек\nРуслан Эшмурзаев, писатель, Талас\n\n"
        "Организации:\nОбщественный фонд «Укук Коргоо», Бишкек\nПравозащитное движение «Ачык Көз», Ош\n"
        "Ассоциация независимых журналистов Центральной Азии, Алматы\n"
    )
    [signers] = _signers(text, "ru")
    assert ("Общественный фонд «Укук Коргоо»", "Kyrgyzstan") in signers
    assert ("Ассоциация независимых журналистов Центральной Азии", "Kazakhstan") in signers
    english = (
        "Joint statement\n\nWe call for the release of the detained.\n\nSignatories:\n"
        "Baltic Helsinki Group (Lithuania)\nCivic Assistance Network (Russia)\n"
        "Justice for Minorities Europe (Belgium)\nNordic Committee for Central Asia\n"
    )
    [signers] = _signers(english)
    assert ("Justice for Minorities Europe", "Belgium") in signers  # (no head word: its neighbours tell it)
    assert ("Nordic Committee for Central Asia", None) in signers  # (a committee signing beside NGOs is one)


def test_a_un_working_group_closing_the_experts_list_signs_but_not_a_rapporteurs_group() -> None:
    text = (
        "Azerbaijan: UN experts alarmed by sentence of editor Rauf Mammadli\n\nGENEVA (2 July 2024) – UN experts "
        "today said the nine-year sentence handed to Rauf Mammadli was arbitrary.\n\n"
        "The experts: Teodora Vancheva-Lind, Special Rapporteur on freedom of expression; Ana Quintero, "
        "Chair-Rapporteur of the Working Group on Enforced or Involuntary Disappearances; Working Group on "
        "Arbitrary Detention.\n"
    )
    [signers] = _signers(text)
    names = {name for name, _ in signers}
    assert {"Teodora Vancheva-Lind", "Working Group on Arbitrary Detention"} <= names
    assert "Working Group on Enforced or Involuntary Disappearances" not in names


def test_organisations_that_wrote_to_a_president_sign_their_letter() -> None:
    text = (
        "On 10 December 2024, 14 Azerbaijani and international organisations, including the Caspian Rights "
        "Defenders Network and the Baku Legal Monitoring Centre, wrote to President Ilham Aliyev calling for the "
        "release of the activist Vusal Garayli."
    )
    [signers] = _signers(text)
    assert {"Caspian Rights Defenders Network", "Baku Legal Monitoring Centre"} <= {name for name, _ in signers}


def test_a_list_of_signing_organisations_gives_no_persons() -> None:
    text = (
        "In a joint statement, the coalition urges the release of all members of the movement.\n\nSignatories:\n"
        "Article 19 Alliance (Germany)\nArctic Environmental Justice (Norway)\nPrisoners' Voices (Lithuania)\n"
        "Nordic Helsinki Monitor (Sweden)\nGreen Bridge Alliance\n"
    )
    result = extract(text, published=date(2025, 5, 20), language="en")
    assert result["persons"] == []
    signers = {s["name"]: s["country"] for letter in result["letters"] for s in letter["signatories"]}
    assert signers["Arctic Environmental Justice"] == "Norway" and signers["Prisoners' Voices"] == "Lithuania"
    assert signers["Nordic Helsinki Monitor"] == "Sweden"
