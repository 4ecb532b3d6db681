"""Latin-script person names: capitalised runs, stop-words, short forms and coordinations."""

from __future__ import annotations

from chronicle.ingest.extraction.persons import find_persons_latin


def _names(text: str) -> list[tuple[str, list[str]]]:
    return [(p.name, p.aliases) for p in find_persons_latin(text)]


def test_full_names_are_found_and_later_surnames_become_aliases() -> None:
    text = "The blogger Aizhan Seitkali was detained. Seitkali denies the charges."
    assert _names(text) == [("Aizhan Seitkali", ["Seitkali"])]


def test_titles_and_roles_are_not_part_of_the_name() -> None:
    text = "President Kassym-Jomart Tokayev met MEP Isabel Santos and Mr André GATTOLIN."
    assert _names(text) == [("Kassym-Jomart Tokayev", []), ("Isabel Santos", []), ("André GATTOLIN", [])]


def test_countries_organisations_and_months_are_not_persons() -> None:
    text = "The European Parliament and Human Rights Watch wrote to the United Arab Emirates in March."
    assert _names(text) == []


def test_a_sentence_opening_word_is_not_a_given_name() -> None:
    text = "Authorities detained Daniyar Omarov. Authorities said nothing; the authorities were silent."
    assert _names(text) == [("Daniyar Omarov", [])]


def test_a_shared_surname_is_given_to_each_coordinated_given_name() -> None:
    text = "the family (Viktor, Leila and Ilyas Khrapunov, etc.)"
    assert [name for name, _ in _names(text)] == ["Viktor Khrapunov", "Leila Khrapunov", "Ilyas Khrapunov"]


def test_two_full_names_joined_by_and_stay_two_persons() -> None:
    text = "used against Ardak Ashim and Natalia Ulasik."
    assert [name for name, _ in _names(text)] == ["Ardak Ashim", "Natalia Ulasik"]


def test_an_acronym_before_a_name_is_dropped() -> None:
    assert _names("the leaders of the EU Donald Tusk and others") == [("Donald Tusk", [])]


def test_names_of_laws_are_not_persons() -> None:
    assert _names("the Enhanced Partnership and Cooperation Agreement") == []


def test_mention_offsets_point_at_the_written_forms() -> None:
    text = "Activist Timur Danebayev was tortured. Danebayev complained."
    [person] = find_persons_latin(text)
    assert [text[m.start : m.end] for m in person.mentions] == ["Timur Danebayev", "Danebayev"]


def test_abstract_nouns_in_the_name_of_a_body_are_not_a_person() -> None:
    text = "a member of the Working Group on Enforced or Involuntary Disappearances said."
    assert [p.name for p in find_persons_latin(text)] == []


def test_a_body_named_after_an_abstract_noun_is_not_a_person() -> None:
    text = "Lena Ortiz, Chair-Rapporteur of the Working Group on Arbitrary Detention, and the Commission on Expression."
    assert _names(text) == [("Lena Ortiz", [])]


def test_middle_initials_nicknames_and_the_tail_of_a_name_told_later() -> None:
    text = (
        "Ellison-Okafor, Whitcombe Lead Bipartisan Call on Secretary Blinken\n\n"
        'Representatives Daniel P. Whitcombe, an Ohio Republican, and Senator James "Jim" O\'Halloran signed. '
        "Representative Carl J. Van Buren also signed. Van Buren visited Baku in 2019."
    )
    found = {p.name: [m.text for m in p.mentions] for p in find_persons_latin(text)}
    assert "Daniel P. Whitcombe" in found
    assert 'James "Jim" O\'Halloran' in found
    assert "Van Buren" in found["Carl J. Van Buren"]
    assert not [name for name in found if name in ("Van Buren", "Whitcombe Lead", "Ohio Republican")]


def test_bodies_works_quoted_and_translated_names_are_no_persons() -> None:
    text = (
        'Court jails four over "Volny Tsekh" network. Yury Karpenka, an electrician at the Belarusian Steel '
        'Works, was tried for his role in Volny Tsekh ("Free Workshop"). Officers of the Main Directorate for '
        "Combating Organised Crime searched the home of Anna Lis."
    )
    names = {p.name for p in find_persons_latin(text)}
    assert names == {"Yury Karpenka", "Anna Lis"}


def test_a_headlines_capitalised_words_are_no_name_unless_the_story_names_them() -> None:
    text = (
        "The Man Who Kept Asking Questions: How Activist Marat Yesmukhanov Ended Up in a Colony\n\n"
        "Marat Yesmukhanov was arrested in February. Yesmukhanov denies the charges.\n\n"
        "His Excellency Mr Kassym-Jomart Tokayev\nPresident of the Republic of Kazakhstan\n"
    )
    assert [name for name, _ in _names(text)] == ["Marat Yesmukhanov", "Kassym-Jomart Tokayev"]
