"""Gazetteers: the Kazakh cue words join the labels of cues.json."""

from __future__ import annotations

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
