"""Vocabularies load strictly: a malformed file fails at start-up, naming the file and the term."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from chronicle.vocab.loader import VocabularyError, load_vocabulary, vocabularies, vocabulary

REQUIRED = {
    "act_types": {
        "detention",
        "arrest",
        "criminal_case",
        "conviction",
        "sentence",
        "house_arrest",
        "torture",
        "death_in_custody",
        "search",
        "fine",
        "administrative_arrest",
        "harassment",
        "travel_ban",
        "dismissal",
        "surveillance",
    },
}


def test_shipped_vocabularies_all_load() -> None:
    names = set(vocabularies())
    assert {"act_types", "roles", "statuses", "regions", "legal_articles", "ep_groups", "countries"} <= names


def test_act_types_cover_the_required_kinds_of_act() -> None:
    assert REQUIRED["act_types"] <= set(vocabulary("act_types").codes())


def test_regions_know_their_validity_dates() -> None:
    abai = vocabulary("regions")["KZ-10"]
    assert (abai.valid_on(date(2020, 10, 16)), abai.valid_on(date(2023, 1, 1))) == (False, True)


def test_lookup_finds_an_ep_group_by_alias_or_code() -> None:
    groups = vocabulary("ep_groups")
    assert (groups.lookup("The Left").code, groups.lookup("s&d").code, groups.lookup("Nobody")) == (
        "GUE/NGL",
        "S&D",
        None,
    )


def test_labels_exist_in_english_and_russian() -> None:
    assert vocabulary("act_types")["torture"].label("ru") == "Пытки"
    assert vocabulary("countries")["KZ"].label("en") == "Kazakhstan"


def _write(tmp_path: Path, name: str, payload: Any) -> Path:
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(payload), encoding="utf-8")
    return path


GOOD_TERM = {"code": "x", "label": {"en": "X", "ru": "Икс"}}


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        (
            {"vocabulary": "roles", "version": 1, "terms": [{**GOOD_TERM, "colour": "red"}]},
            "terms[0] (x): unknown keys ['colour']",
        ),
        ({"vocabulary": "roles", "version": 1, "terms": [{"code": "x", "label": {"en": "X"}}]}, "missing 'ru' label"),
        ({"vocabulary": "roles", "version": 1, "terms": [GOOD_TERM, GOOD_TERM]}, "terms[1]: duplicate code 'x'"),
        (
            {"vocabulary": "roles", "version": 1, "terms": [{**GOOD_TERM, "valid_from": "2020-13-01"}]},
            "not an ISO date",
        ),
        (
            {
                "vocabulary": "roles",
                "version": 1,
                "terms": [{**GOOD_TERM, "valid_from": "2021-01-01", "valid_to": "2020-01-01"}],
            },
            "valid_to is before valid_from",
        ),
        ({"vocabulary": "other", "version": 1, "terms": [GOOD_TERM]}, "must be an object naming itself 'roles'"),
        ({"vocabulary": "roles", "version": 1, "terms": []}, "empty vocabulary"),
    ],
)
def test_malformed_vocabulary_is_refused_with_file_and_term(tmp_path: Path, payload: Any, message: str) -> None:
    with pytest.raises(VocabularyError) as raised:
        load_vocabulary(_write(tmp_path, "roles", payload))
    assert str(raised.value).startswith("roles.json: ")
    assert message in str(raised.value)


def test_invalid_json_is_refused_with_file_name(tmp_path: Path) -> None:
    path = tmp_path / "roles.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(VocabularyError, match=r"^roles\.json: file: "):
        load_vocabulary(path)
