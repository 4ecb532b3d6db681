"""Records that point at hidden records show null (or nothing) in their place, and counts never include them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.api.conftest import XSS

pytestmark = pytest.mark.django_db


def test_a_public_act_hides_its_unconsented_victim(leaky: dict[str, Any], as_role: Callable[[str], Any]) -> None:
    act = as_role("anonymous")("/api/acts/A:public").json()
    assert act["victim"] is None
    assert act["event"] == {"uid": "E:public", "name": "Arrests in Almaty"}
    assert act["legal_case"] == {"uid": "C:public", "name": "criminal case"}
    assert as_role("colleague")("/api/acts/A:public").json()["victim"] == {
        "uid": "P:unconsented",
        "name": "Askhat Zheksebayev",
    }


def test_a_public_case_hides_its_unconsented_defendant_and_a_red_court(
    leaky: dict[str, Any], as_role: Callable[[str], Any]
) -> None:
    case = as_role("anonymous")("/api/legal-cases/C:public").json()
    assert (case["defendant"], case["court"]) == (None, None)
    case = as_role("owner")("/api/legal-cases/C:public").json()
    assert case["court"] == {"uid": "O:red", "name": "Secret Court"}


def test_an_event_lists_only_visible_acts(leaky: dict[str, Any], as_role: Callable[[str], Any]) -> None:
    assert [act["uid"] for act in as_role("colleague")("/api/events/E:public").json()["acts"]] == ["A:public"]
    assert sorted(act["uid"] for act in as_role("owner")("/api/events/E:public").json()["acts"]) == [
        "A:public",
        "A:red",
    ]


def test_a_letter_shows_only_visible_signatories_and_withholds_a_count_that_includes_hidden_ones(
    leaky: dict[str, Any], as_role: Callable[[str], Any]
) -> None:
    letter = as_role("anonymous")("/api/interventions/I:public").json()
    assert letter["participants"] == [
        {
            "role": "signatory",
            "person": {"uid": "P:public", "name": "Maks Bokayev"},
            "organization": None,
            "country": "DE",
            "political_group": "S&D",
        }
    ]
    assert letter["subjects"] == [
        {
            "person": {"uid": "P:public", "name": "Maks Bokayev"},
            "act": None,
            "legal_case": None,
            "mentioned_as": "political_prisoner",
        }
    ]
    assert letter["signatories"] is None


def test_a_letter_counts_signatories_from_states_for_a_reader_who_sees_them_all(
    leaky: dict[str, Any], as_role: Callable[[str], Any]
) -> None:
    letter = as_role("colleague")("/api/interventions/I:public").json()
    assert [participant["country"] for participant in letter["participants"]] == ["DE", "FR"]
    assert letter["signatories"] == {
        "signatories": 2,
        "countries": 2,
        "named_signatories": 2,
        "stated_signatories": 2,
        "named_countries": 2,
        "stated_countries": 2,
        "basis": "2 signatories (named; 2 named), 2 countries (named; 2 named)",
        "summary": "2 signatories from 2 states",
    }


def test_a_person_shows_a_red_detail_only_to_its_owner(leaky: dict[str, Any], as_role: Callable[[str], Any]) -> None:
    assert as_role("owner")("/api/persons/P:public").json()["details"] == [
        {"kind": "contact", "value": "+7 701 000 00 00"}
    ]
    for role in ("colleague", "outsider", "anonymous"):
        assert as_role(role)("/api/persons/P:public").json()["details"] == []


def test_a_person_shows_only_visible_cases_acts_and_statuses(
    leaky: dict[str, Any], as_role: Callable[[str], Any]
) -> None:
    person = as_role("anonymous")("/api/persons/P:public").json()
    assert (person["legal_cases"], person["acts"]) == ([], [])
    assert [claim["claimed_by"] for claim in person["status_claims"]] == [
        {"uid": "O:public", "name": "Coalition Against Torture"}
    ]
    person = as_role("owner")("/api/persons/P:public").json()
    assert [case["uid"] for case in person["legal_cases"]] == ["C:red"]
    assert [act["uid"] for act in person["acts"]] == ["A:red"]


def test_a_source_comes_with_its_text_and_its_statistics_point_to_it(
    leaky: dict[str, Any], as_role: Callable[[str], Any]
) -> None:
    get = as_role("anonymous")
    assert get("/api/sources/S:public").json()["text"] == "Maks Bokayev was detained."
    assert "text" not in get("/api/sources").json()["items"][0]
    assert get("/api/statistics/R:public").json()["source"] == {"uid": "S:public", "name": "Article"}


def test_script_payloads_come_back_as_json_strings(leaky: dict[str, Any], as_role: Callable[[str], Any]) -> None:
    response = as_role("anonymous")("/api/persons/P:public")
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response.json()["description"] == XSS
    assert as_role("anonymous")("/api/events/E:public").json()["description"] == XSS
