"""The review queue: reviewers accept, edit, reject (in bulk where safe); nobody else decides; CSRF on every POST."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.test import Client

from chronicle.ingest.domain.jobs import ingest_file, run_extraction
from chronicle.ingest.models import ExtractionJob, Proposal
from chronicle.records.models import Organization, Person, ReportedStatistic
from tests.web.conftest import logged_in

pytestmark = pytest.mark.django_db

ARTICLE = (
    "On 12 March 2021 the human rights defender Aigerim Sultanbekova was detained in Almaty. "
    "From 1 January to 31 March 2021, the monitoring registered more than 40 cases of political persecution. "
    "In May 2021 the Esil District Court declared the Free Steppe Movement extremist.\n"
)


@pytest.fixture
def job(tmp_path: Path, reviewer: Any) -> ExtractionJob:
    """An article ingested and extracted, its proposals waiting."""
    path = tmp_path / "report.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    ingested = ingest_file(path, user=reviewer).job
    from chronicle.records.models import Source

    Source.objects.filter(pk=ingested.source_id).update(confidentiality="green")
    return run_extraction(ingested.pk)


def person_proposal(job: ExtractionJob) -> Proposal:
    return job.proposals.get(kind="person", machine__name="Aigerim Sultanbekova")


def test_review_page_shows_each_proposal_beside_its_passage(reviewer_client: Client, job: ExtractionJob) -> None:
    html = reviewer_client.get(f"/review/{job.pk}/").content.decode()
    proposal = person_proposal(job)
    assert f'id="proposal-{proposal.pk}"' in html
    assert "human rights defender <mark>Aigerim Sultanbekova</mark> was detained" in html


def test_a_reviewer_accepts_a_proposal(reviewer_client: Client, job: ExtractionJob) -> None:
    proposal = person_proposal(job)
    response = reviewer_client.post(f"/review/proposals/{proposal.pk}/", {"action": "accept"})
    proposal.refresh_from_db()
    assert (response.status_code, proposal.state) == (302, "accepted")
    assert list(Person.objects.values_list("display_name", flat=True)) == ["Aigerim Sultanbekova"]


def test_a_reviewer_accepts_with_edits(reviewer_client: Client, job: ExtractionJob) -> None:
    proposal = person_proposal(job)
    reviewer_client.post(
        f"/review/proposals/{proposal.pk}/", {"action": "edit", "field-name": "Aigerim Sultanbekova-Ospan"}
    )
    proposal.refresh_from_db()
    assert proposal.reviewed is not None
    assert (proposal.state, proposal.reviewed["name"], proposal.machine["name"]) == (
        "edited",
        "Aigerim Sultanbekova-Ospan",
        "Aigerim Sultanbekova",
    )
    assert list(Person.objects.values_list("display_name", flat=True)) == ["Aigerim Sultanbekova-Ospan"]


def test_a_reviewer_rejects_and_nothing_reaches_the_record(reviewer_client: Client, job: ExtractionJob) -> None:
    proposal = person_proposal(job)
    reviewer_client.post(f"/review/proposals/{proposal.pk}/", {"action": "reject"})
    proposal.refresh_from_db()
    assert (proposal.state, Person.objects.count()) == ("rejected", 0)


def test_deciding_twice_is_refused_with_a_message(reviewer_client: Client, job: ExtractionJob) -> None:
    proposal = person_proposal(job)
    reviewer_client.post(f"/review/proposals/{proposal.pk}/", {"action": "reject"})
    response = reviewer_client.post(f"/review/proposals/{proposal.pk}/", {"action": "accept"}, follow=True)
    assert "Could not decide" in response.content.decode()
    assert Person.objects.count() == 0


def test_htmx_decision_answers_with_the_proposal_card(reviewer_client: Client, job: ExtractionJob) -> None:
    proposal = person_proposal(job)
    html = reviewer_client.post(
        f"/review/proposals/{proposal.pk}/", {"action": "accept"}, headers={"HX-Request": "true"}
    ).content.decode()
    assert html.lstrip().startswith(
        f'<div class="card mb-2 proposal" id="proposal-{proposal.pk}" data-state="accepted"'
    )


def test_bulk_accept_takes_only_safe_proposals(reviewer_client: Client, job: ExtractionJob) -> None:
    every = list(job.proposals.values_list("pk", flat=True))
    reviewer_client.post(f"/review/{job.pk}/bulk/", {"proposal": every})
    states = dict(job.proposals.values_list("kind", "state").distinct())
    assert {kind: states[kind] for kind in ("person", "statistic")} == {"person": "accepted", "statistic": "accepted"}
    assert set(job.proposals.filter(kind="event").values_list("state", flat=True)) <= {"proposed"}
    assert ReportedStatistic.objects.count() == job.proposals.filter(kind="statistic").count()


@pytest.mark.parametrize("who", ["owner", "colleague", "outsider"])
def test_only_reviewers_decide(who: str, request: pytest.FixtureRequest, job: ExtractionJob) -> None:
    client = logged_in(request.getfixturevalue(who))
    proposal = person_proposal(job)
    responses = [
        client.post(f"/review/proposals/{proposal.pk}/", {"action": "accept"}).status_code,
        client.post(f"/review/{job.pk}/bulk/", {"proposal": [proposal.pk]}).status_code,
    ]
    proposal.refresh_from_db()
    assert (responses, proposal.state, Person.objects.count()) == ([404, 404], "proposed", 0)


def test_anonymous_posts_are_sent_to_log_in(client: Client, job: ExtractionJob) -> None:
    proposal = person_proposal(job)
    assert client.post(f"/review/proposals/{proposal.pk}/", {"action": "accept"}).status_code == 302
    assert Proposal.objects.get(pk=proposal.pk).state == "proposed"


def test_viewers_see_the_queue_without_buttons(colleague_client: Client, job: ExtractionJob) -> None:
    html = colleague_client.get(f"/review/{job.pk}/").content.decode()
    assert ('value="accept"' in html, "bulk-form" in html) == (False, False)


def test_decisions_need_post(reviewer_client: Client, job: ExtractionJob) -> None:
    assert reviewer_client.get(f"/review/proposals/{person_proposal(job).pk}/").status_code == 405


def test_every_post_needs_the_csrf_token(reviewer: Any, job: ExtractionJob) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(reviewer)
    proposal = person_proposal(job)
    posts = [
        (f"/review/proposals/{proposal.pk}/", {"action": "accept"}),
        (f"/review/{job.pk}/bulk/", {"proposal": [proposal.pk]}),
        ("/i18n/setlang/", {"language": "ru"}),
        ("/logout/", {}),
        ("/login/", {"username": "reviewer", "password": "pw-reviewer"}),
    ]
    assert [client.post(url, data).status_code for url, data in posts] == [403] * 5
    assert (Proposal.objects.get(pk=proposal.pk).state, Organization.objects.count()) == ("proposed", 0)


def test_a_post_with_the_token_from_the_page_goes_through(reviewer: Any, job: ExtractionJob) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(reviewer)
    proposal = person_proposal(job)
    page = client.get(f"/review/{job.pk}/")
    token = page.context["csrf_token"]
    response = client.post(f"/review/proposals/{proposal.pk}/", {"action": "reject", "csrfmiddlewaretoken": str(token)})
    assert (response.status_code, Proposal.objects.get(pk=proposal.pk).state) == (302, "rejected")
