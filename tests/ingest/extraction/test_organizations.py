"""Named organisations, their kind, acronyms and extremist designations."""

from __future__ import annotations

from chronicle.ingest.extraction.organizations import find_organizations, mark_extremist
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
        ("UN", "intergovernmental", ["United Nations"], None),
        ("OSCE", "intergovernmental", [], None),
    ]


def test_a_possessive_splits_a_parliament_from_its_subcommittee() -> None:
    orgs = _orgs("The European Parliament's Subcommittee on Human Rights (DROI) called for release.")
    assert [(name, kind) for name, kind, _, _ in orgs] == [
        ("European Parliament", "intergovernmental"),
        ("Subcommittee on Human Rights", "parliament_group"),
    ]
    assert orgs[1][2] == ["The European Parliament's Subcommittee on Human Rights", "DROI"]
