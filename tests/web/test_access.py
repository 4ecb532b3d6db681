"""Every page with an outsider: anonymous visitors log in, roleless accounts and forbidden records get 404."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from chronicle.ingest.models import ExtractionJob, Proposal
from chronicle.records.models import Event, LegalCase, Person, Source
from tests.web.conftest import logged_in

pytestmark = pytest.mark.django_db

INTERNAL_LISTS = ["/", "/persons/", "/organizations/", "/events/", "/cases/", "/letters/", "/sources/", "/review/"]
INTERNAL_LISTS += ["/search/?q=Abishev"]
PUBLIC = ["/public/", "/public/statistics/", "/public/letters/", "/login/"]


def internal_details(hostile: dict[str, Any]) -> list[str]:
    """One page of every kind of record, for the records in `hostile`."""
    return [
        f"/persons/{hostile['person'].pk}/",
        f"/organizations/{hostile['organization'].pk}/",
        f"/events/{hostile['event'].pk}/",
        f"/acts/{hostile['act'].pk}/",
        f"/cases/{hostile['case'].pk}/",
        f"/letters/{hostile['letter'].pk}/",
        f"/sources/{hostile['source'].pk}/",
        f"/history/person/{hostile['person'].pk}/",
    ]


@pytest.mark.parametrize("url", INTERNAL_LISTS)
def test_anonymous_visitor_is_sent_to_log_in(client: Client, url: str) -> None:
    response = client.get(url)
    assert (response.status_code, response["Location"].split("?")[0]) == (302, "/login/")


@pytest.mark.parametrize("url", INTERNAL_LISTS)
def test_account_without_a_role_gets_404_on_internal_lists(outsider_client: Client, url: str) -> None:
    assert outsider_client.get(url).status_code == 404


def test_account_without_a_role_gets_404_on_every_record_page(outsider: Any, hostile: dict[str, Any]) -> None:
    client = logged_in(outsider)
    assert {url: client.get(url).status_code for url in internal_details(hostile)} == {
        url: 404 for url in internal_details(hostile)
    }


def test_anonymous_visitor_is_sent_to_log_in_from_every_record_page(client: Client, hostile: dict[str, Any]) -> None:
    assert {url: client.get(url).status_code for url in internal_details(hostile)} == {
        url: 302 for url in internal_details(hostile)
    }


def test_a_viewer_reads_every_record_page(colleague_client: Client, hostile: dict[str, Any]) -> None:
    expected = {url: 302 if url.startswith("/acts/") else 200 for url in internal_details(hostile)}
    assert {url: colleague_client.get(url).status_code for url in internal_details(hostile)} == expected
    act = hostile["act"]
    assert colleague_client.get(f"/acts/{act.pk}/")["Location"] == f"/events/{act.event_id}/#act-{act.pk}"


@pytest.mark.parametrize("url", PUBLIC)
def test_public_pages_need_no_login(client: Client, url: str) -> None:
    assert client.get(url).status_code == 200


def test_colleague_cannot_read_a_red_record(colleague_client: Client, red_person: Person) -> None:
    event = Event.objects.get(title="Secret raid")
    case = LegalCase.objects.get(case_number="RED-1")
    act = event.acts.get()
    urls = [
        f"/persons/{red_person.pk}/",
        f"/events/{event.pk}/",
        f"/cases/{case.pk}/",
        f"/acts/{act.pk}/",
        f"/history/person/{red_person.pk}/",
    ]
    assert [colleague_client.get(url).status_code for url in urls] == [404] * 5


def test_the_owner_reads_their_red_record(owner_client: Client, red_person: Person) -> None:
    assert owner_client.get(f"/persons/{red_person.pk}/").status_code == 200


def test_red_records_stay_out_of_colleagues_lists_and_search(colleague_client: Client, red_person: Person) -> None:
    pages = [
        colleague_client.get(url).content.decode()
        for url in ("/persons/", "/events/", "/cases/", "/search/?q=Secr", "/search/?q=Тайн", "/")
    ]
    assert [("Secret Witness" in page or "Тайный" in page) for page in pages] == [False] * 6


def test_red_records_reach_no_public_page(client: Client, red_person: Person) -> None:
    pages = [client.get(url).content.decode() for url in PUBLIC]
    assert [("Secret" in page) for page in pages] == [False] * 4
    assert client.get(f"/public/persons/{red_person.pk}/").status_code == 404
    red_case = LegalCase.objects.get(case_number="RED-1")
    assert client.get(f"/public/cases/{red_case.pk}/").status_code == 404


def test_unknown_history_kind_is_404(colleague_client: Client) -> None:
    assert colleague_client.get("/history/source/1/").status_code == 404


def test_review_pages_of_a_red_source_are_404_for_colleagues(colleague_client: Client, owner: Any) -> None:
    source = Source.objects.create(title="red doc", text="t", sha256="r" * 64, confidentiality="red", created_by=owner)
    job = ExtractionJob.objects.create(source=source)
    proposal = Proposal.objects.create(job=job, kind="person", position=0, machine={"name": "A B", "spans": [[0, 1]]})
    assert colleague_client.get(f"/review/{job.pk}/").status_code == 404
    assert "red doc" not in colleague_client.get("/review/").content.decode()
    assert owner != proposal.decided_by


def test_logging_in_leads_to_the_dashboard_or_the_page_asked_for(client: Client, reviewer: Any) -> None:
    plain = client.post("/login/", {"username": "reviewer", "password": "pw-reviewer"})
    client.post("/logout/")
    asked = client.post(
        "/login/?next=/persons/", {"username": "reviewer", "password": "pw-reviewer", "next": "/persons/"}
    )
    assert (plain["Location"], asked["Location"]) == ("/", "/persons/")


def test_logging_out_leads_to_the_public_site(reviewer_client: Client) -> None:
    assert reviewer_client.post("/logout/")["Location"] == "/public/"
