"""List endpoints cost a fixed number of queries, however many items a page holds (no N+1)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from chronicle.records.models import (
    Act,
    Consent,
    Event,
    Intervention,
    LegalCase,
    Organization,
    OrganizationName,
    Person,
    PersonName,
    ReportedStatistic,
    Source,
    StatusClaim,
)
from tests.api.conftest import PUBLIC

pytestmark = pytest.mark.django_db

MORE = 20
LISTS: dict[str, tuple[dict[str, str], int]] = {
    "/api/persons": ({}, 5),
    "/api/organizations": ({}, 5),
    "/api/events": ({}, 4),
    "/api/acts": ({}, 7),
    "/api/legal-cases": ({}, 7),
    "/api/interventions": ({}, 5),
    "/api/statistics": ({}, 7),
    "/api/sources": ({}, 4),
    "/api/political-prisoners": ({"on": "2020-10-16"}, 5),
    "/api/search": ({"q": "Bokayev"}, 4),
}


def add_records(first: int, number: int) -> None:
    """`number` more public records of every kind, each pointing at others."""
    organization = Organization.objects.create(uid=f"O:many{first}", name="Many", **PUBLIC)
    source = Source.objects.create(uid=f"S:many{first}", title="Many", text="Bokayev", sha256=f"{first:f>64}", **PUBLIC)
    event = Event.objects.create(uid=f"E:many{first}", title="Many", **PUBLIC)
    for n in range(first, first + number):
        person = Person.objects.create(uid=f"P:{n}", display_name=f"Bokayev {n}", consent=Consent.FULL, **PUBLIC)
        PersonName.objects.create(person=person, full_name=f"Бокаев {n}")
        OrganizationName.objects.create(
            organization=Organization.objects.create(uid=f"O:{n}", name=f"Org {n}", **PUBLIC), name=f"Орг {n}"
        )
        case = LegalCase.objects.create(uid=f"C:{n}", defendant=person, court=organization, **PUBLIC)
        Event.objects.create(uid=f"E:{n}", title=f"Event {n}", **PUBLIC)
        Act.objects.create(uid=f"A:{n}", event=event, victim=person, legal_case=case, act_type="detention", **PUBLIC)
        Intervention.objects.create(uid=f"I:{n}", title=f"Letter {n}", **PUBLIC)
        ReportedStatistic.objects.create(uid=f"R:{n}", source=source, author=organization, quantity=n, **PUBLIC)
        Source.objects.create(uid=f"S:{n}", text=f"text {n}", sha256=f"{n:064d}", **PUBLIC)
        StatusClaim.objects.create(
            uid=f"SC:{n}",
            person=person,
            status="political_prisoner",
            claimed_by=organization,
            recognised_on="2020-05-01",
        )
    StatusClaim.objects.update(**PUBLIC)


def queries(get: Callable[..., Any], url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert get(url, **LISTS[url][0], limit=100).status_code == 200
    return len(captured)


@pytest.mark.parametrize("role", ["owner", "anonymous"])
@pytest.mark.parametrize("url", LISTS)
def test_a_list_costs_the_same_queries_for_a_few_items_or_many(
    url: str, role: str, leaky: dict[str, Any], as_role: Callable[[str], Any], django_assert_max_num_queries: Any
) -> None:
    get = as_role(role)
    add_records(0, 1)
    get(url)  # the token's first use is noted once
    few = queries(get, url)
    add_records(1, MORE)
    assert len(get(url, **LISTS[url][0], limit=100).json()["items"]) > MORE
    token_queries = 2 if role == "owner" else 0  # token with its owner, role groups
    with django_assert_max_num_queries(LISTS[url][1] + token_queries):
        assert queries(get, url) == few
