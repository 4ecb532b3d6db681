"""Every endpoint, read by the owner, a colleague, an outsider and an anonymous visitor, after creating leaky data."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

pytestmark = pytest.mark.django_db

ROLES = ("owner", "colleague", "outsider", "anonymous")
PUBLIC_ONLY = {"outsider", "anonymous"}

LISTS: dict[str, dict[str, list[str]]] = {
    "/api/persons": {
        "owner": ["P:amber", "P:unconsented", "P:public", "P:red"],
        "colleague": ["P:amber", "P:unconsented", "P:public"],
        "public": ["P:public"],
    },
    "/api/organizations": {
        "owner": ["O:public", "O:red"],
        "colleague": ["O:public"],
        "public": ["O:public"],
    },
    "/api/events": {"owner": ["E:public", "E:amber"], "colleague": ["E:public", "E:amber"], "public": ["E:public"]},
    "/api/acts": {"owner": ["A:public", "A:red"], "colleague": ["A:public"], "public": ["A:public"]},
    "/api/legal-cases": {"owner": ["C:public", "C:red"], "colleague": ["C:public"], "public": ["C:public"]},
    "/api/interventions": {
        "owner": ["I:public", "I:amber"],
        "colleague": ["I:public", "I:amber"],
        "public": ["I:public"],
    },
    "/api/statistics": {"owner": ["R:public", "R:amber"], "colleague": ["R:public", "R:amber"], "public": ["R:public"]},
    "/api/sources": {"owner": ["S:public", "S:red"], "colleague": ["S:public"], "public": ["S:public"]},
    "/api/political-prisoners?on=2020-10-16": {
        "owner": ["P:unconsented", "P:public"],
        "colleague": ["P:unconsented", "P:public"],
        "public": ["P:public"],
    },
}

DETAILS = {
    "persons": ("P:public", "P:red", "P:unconsented", "P:amber"),
    "organizations": ("O:public", "O:red"),
    "events": ("E:public", "E:amber"),
    "acts": ("A:public", "A:red"),
    "legal-cases": ("C:public", "C:red"),
    "interventions": ("I:public", "I:amber"),
    "statistics": ("R:public", "R:amber"),
    "sources": ("S:public", "S:red"),
}


def expected(table: dict[str, list[str]], role: str) -> list[str]:
    return table["public"] if role in PUBLIC_ONLY else table[role]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("url", LISTS)
def test_lists_show_exactly_what_the_reader_may_see(
    url: str, role: str, leaky: dict[str, Any], as_role: Callable[[str], Any]
) -> None:
    response = as_role(role)(url)
    assert response.status_code == 200
    body = response.json()
    want = expected(LISTS[url], role)
    assert sorted(item["uid"] for item in body["items"]) == sorted(want)
    assert body["count"] == len(want)


def visible_uids(resource: str, role: str) -> set[str]:
    table = LISTS[f"/api/{resource}"]
    return set(expected(table, role))


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("resource", DETAILS)
def test_details_answer_404_for_what_the_reader_may_not_see(
    resource: str, role: str, leaky: dict[str, Any], as_role: Callable[[str], Any]
) -> None:
    get = as_role(role)
    allowed = visible_uids(resource, role)
    statuses = {uid: get(f"/api/{resource}/{uid}").status_code for uid in DETAILS[resource]}
    assert statuses == {uid: 200 if uid in allowed else 404 for uid in DETAILS[resource]}


@pytest.mark.parametrize("role", ["colleague", "outsider", "anonymous"])
def test_missing_and_forbidden_records_answer_alike(
    role: str, leaky: dict[str, Any], as_role: Callable[[str], Any]
) -> None:
    get = as_role(role)
    assert get("/api/persons/P:red").json() == get("/api/persons/P:nobody").json() == {"detail": "Not Found"}


@pytest.mark.parametrize("role", ROLES)
def test_search_finds_only_what_the_reader_may_see(
    role: str, leaky: dict[str, Any], as_role: Callable[[str], Any]
) -> None:
    body = as_role(role)("/api/search", q="Bokaev", kind="person").json()
    want = ["P:public"] if role in PUBLIC_ONLY else ["P:amber", "P:public"]
    assert sorted(item["uid"] for item in body["items"]) == want
    assert body["count"] == len(want)


def test_search_never_shows_a_red_source_in_results_or_counts(
    leaky: dict[str, Any], as_role: Callable[[str], Any]
) -> None:
    for role in ("colleague", "outsider", "anonymous"):
        assert as_role(role)("/api/search", q="secret text").json() == {"items": [], "count": 0}
    assert [item["uid"] for item in as_role("owner")("/api/search", q="secret text").json()["items"]] == ["S:red"]
