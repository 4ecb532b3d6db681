"""Gazetteers: the Kazakh cue words join the labels of cues.json."""

from __future__ import annotations

import pytest

from chronicle.ingest.extraction import gazetteer


def test_kazakh_cues_give_role_status_and_event_labels() -> None:
    text = "Азаматтық белсенді 13 қаңтарда ұсталды, пәтерінде тінту жүргізілді."
    assert [(label, text[s:e]) for s, e, _, label in gazetteer.scan_section("roles", text)] == [
        ("activist", "белсенді")
    ]
    assert ("detained", "ұсталды") in [
        (label, text[s:e]) for s, e, _, label in gazetteer.scan_section("statuses", text)
    ]
    events = {(label, text[s:e]) for s, e, _, label in gazetteer.scan_section("events", text)}
    assert {("detention", "ұсталды"), ("search", "тінту")} <= events


def test_every_kazakh_cue_label_exists_in_cues_json() -> None:
    base = gazetteer.load("cues.json")
    for section, labels in gazetteer.load("cues_kk.json").items():
        assert set(labels) <= set(base[section])


@pytest.mark.parametrize("surname", ["Литвинова", "Литвиненко", "Грузинов", "Украинцев", "Китаев", "Молдованов"])
def test_a_surname_built_on_a_countrys_name_names_no_country(surname: str) -> None:
    assert gazetteer.countries().pattern.fullmatch(surname) is None


@pytest.mark.parametrize(("form", "country"), [("Литвы", "Lithuania"), ("Грузией", "Georgia"), ("Китае", "China")])
def test_a_countrys_case_forms_still_name_it(form: str, country: str) -> None:
    lexicon = gazetteer.countries()
    match = lexicon.pattern.fullmatch(form)
    assert match is not None and lexicon.label(match.group()) == country
