"""Heads of state known by name, and the country of an office written beside a name."""

from __future__ import annotations

from datetime import date

import pytest

from chronicle.ingest.extraction.pipeline import extract


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The activist was pardoned by Alyaksandr Lukashenka in 2024.", "en", ("Alyaksandr Lukashenka", "Belarus")),
        ("Депутаты обратились к президенту Касым-Жомарту Токаеву.", "ru", ("Касым-Жомарт Токаев", "Kazakhstan")),
    ],
)
def test_a_head_of_state_is_an_official_of_that_state_with_or_without_a_title(
    text: str, language: str, expected: tuple[str, str]
) -> None:
    [person] = extract(text, published=date(2026, 3, 1), language=language)["persons"]
    assert (person["name"], person["country"]) == expected
    assert person["role"] == "official" and person["status"] is None


@pytest.mark.parametrize(
    "text",
    [
        "Twelve MPs wrote to Kyrgyzstan's Prosecutor General Bakyt Osmonov about the case.",
        "The letter was addressed to the Prosecutor General of Kyrgyzstan, Bakyt Osmonov.",
    ],
)
def test_the_country_of_an_office_is_written_beside_the_name(text: str) -> None:
    persons = {p["name"]: p for p in extract(text, published=date(2026, 3, 1), language="en")["persons"]}
    assert persons["Bakyt Osmonov"]["role"] == "official"
    assert persons["Bakyt Osmonov"]["country"] == "Kyrgyzstan"
