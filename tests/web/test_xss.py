"""Script-injection payloads in every text field render escaped on every page that shows them."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from chronicle.ingest.models import ExtractionJob, Proposal
from tests.web.conftest import XSS
from tests.web.test_access import internal_details

pytestmark = pytest.mark.django_db

ESCAPED = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;"


def assert_escaped(html: str) -> None:
    assert (XSS in html, "<script>alert" in html, "onerror=alert(1)>" in html) == (False, False, False)


def test_record_pages_escape_every_text_field(colleague_client: Client, hostile: dict[str, Any]) -> None:
    for url in internal_details(hostile):
        response = colleague_client.get(url, follow=True)
        html = response.content.decode()
        assert_escaped(html)
        assert ESCAPED in html, url


@pytest.mark.parametrize("url", ["/persons/", "/events/", "/cases/", "/organizations/", "/letters/", "/sources/", "/"])
def test_lists_escape_every_text_field(colleague_client: Client, hostile: dict[str, Any], url: str) -> None:
    html = colleague_client.get(url).content.decode()
    assert_escaped(html)
    assert ESCAPED in html


def test_search_escapes_the_query_and_results(colleague_client: Client, hostile: dict[str, Any]) -> None:
    html = colleague_client.get("/search/", {"q": "<script>alert"}).content.decode()
    assert_escaped(html)
    assert "&lt;script&gt;alert" in html


def test_public_pages_escape_every_text_field(client: Client, hostile: dict[str, Any]) -> None:
    from chronicle.records.models import LegalCase

    LegalCase.objects.filter(pk=hostile["case"].pk).update(published=True, confidentiality="clear")
    urls = [
        "/public/letters/",
        f"/public/letters/{hostile['letter'].pk}/",
        f"/public/persons/{hostile['person'].pk}/",
        f"/public/cases/{hostile['case'].pk}/",
    ]
    for url in urls:
        html = client.get(url).content.decode()
        assert_escaped(html)
        assert ESCAPED in html, url


def test_review_page_escapes_proposals_and_passages(reviewer_client: Client, hostile: dict[str, Any]) -> None:
    job = ExtractionJob.objects.create(source=hostile["source"])
    Proposal.objects.create(job=job, kind="person", position=0, machine={"name": XSS, "spans": [[6, 6 + len(XSS)]]})
    html = reviewer_client.get(f"/review/{job.pk}/").content.decode()
    assert_escaped(html)
    assert f"<mark>{ESCAPED}</mark>" in html


def test_login_page_escapes_the_next_parameter(client: Client) -> None:
    html = client.get("/login/", {"next": '"><script>alert(1)</script>'}).content.decode()
    assert "<script>alert(1)" not in html
