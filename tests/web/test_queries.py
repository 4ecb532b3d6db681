"""List pages read a fixed number of rows per page: no query per row (N+1)."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from chronicle.ingest.models import ExtractionJob, Proposal
from chronicle.records.models import (
    Act,
    Charge,
    Event,
    Intervention,
    LegalCase,
    Organization,
    Person,
    PersonName,
    Source,
)

pytestmark = pytest.mark.django_db

ROWS = 30


@pytest.fixture
def many(owner: Any) -> None:
    """Thirty of every kind of record, all readable by a viewer."""
    for n in range(ROWS):
        person = Person.objects.create(display_name=f"Person {n}", confidentiality="green", roles=["activist"])
        PersonName.objects.create(person=person, full_name=f"Персона {n}")
        organization = Organization.objects.create(name=f"Org {n}", confidentiality="green")
        event = Event.objects.create(title=f"Event {n}", start="2021-03", confidentiality="green")
        Act.objects.create(
            event=event, act_type="detention", victim=person, start="2021-03-02", confidentiality="green"
        )
        case = LegalCase.objects.create(defendant=person, court=organization, confidentiality="green", opened="2021")
        Charge.objects.create(legal_case=case, article="kz_cc_174")
        Intervention.objects.create(title=f"Letter {n}", confidentiality="green", date="2021")
        source = Source.objects.create(title=f"Doc {n}", text="t", sha256=f"{n:064d}", confidentiality="green")
        job = ExtractionJob.objects.create(source=source)
        Proposal.objects.create(job=job, kind="person", position=0, machine={"name": "A"})


@pytest.mark.parametrize(
    ("url", "most"),
    [
        ("/persons/", 12),
        ("/persons/?role=activist&region=&q=Персона", 12),
        ("/organizations/", 10),
        ("/events/", 10),
        ("/cases/", 12),
        ("/letters/", 10),
        ("/sources/", 10),
        ("/review/", 10),
        ("/search/?q=Персона", 14),
        ("/public/letters/", 8),
    ],
)
def test_list_pages_query_a_fixed_number_of_times(
    colleague_client: Client, many: None, url: str, most: int, django_assert_max_num_queries: Any
) -> None:
    colleague_client.get(url)  # warm the session and role caches
    with django_assert_max_num_queries(most):
        assert colleague_client.get(url).status_code == 200


def test_dashboard_queries_do_not_grow_with_the_records(
    colleague_client: Client, many: None, django_assert_max_num_queries: Any
) -> None:
    with django_assert_max_num_queries(30):
        assert colleague_client.get("/").status_code == 200
