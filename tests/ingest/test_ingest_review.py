"""Ingest: a document becomes a source and a review queue; accepted proposals become records with claims."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import override_settings

from chronicle.ingest.domain.jobs import ingest_file, run_extraction
from chronicle.ingest.domain.matching import name_key
from chronicle.ingest.domain.review import ReviewError, accept, reject
from chronicle.ingest.models import ExtractionJob, Proposal
from chronicle.records.models import Claim, Organization, Person, ReportedStatistic, Source

pytestmark = pytest.mark.django_db

ARTICLE = (
    "On 12 March 2021 the human rights defender Aigerim Sultanbekova was detained in Almaty. "
    "From 1 January to 31 March 2021, the monitoring registered more than 40 cases of political persecution. "
    "In May 2021 the Esil District Court declared the Free Steppe Movement extremist.\n"
)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "report.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def extracted(path: Path, user: Any = None) -> ExtractionJob:
    job = ingest_file(path, user=user).job
    return run_extraction(job.pk)


def test_name_key_ignores_case_accents_order_and_yo() -> None:
    assert name_key("Семёнова Елена") == name_key("елена семенова")
    assert name_key("Petras Auštrevičius") == name_key("AUSTREVICIUS, Petras")


def test_ingest_stores_the_source_and_proposals_without_touching_records(article: Path) -> None:
    job = extracted(article)
    kinds = set(job.proposals.values_list("kind", flat=True))
    assert (job.status, Source.objects.count(), Person.objects.count()) == ("done", 1, 0)
    assert {"person", "statistic"} <= kinds
    assert all(p.state == "proposed" for p in job.proposals.all())


def test_reingesting_the_same_document_is_a_no_op(article: Path, tmp_path: Path) -> None:
    first = extracted(article)
    copy = tmp_path / "same-text-other-name.txt"
    copy.write_bytes(article.read_bytes())
    again = ingest_file(copy)
    assert (again.new, again.job.pk, Source.objects.count(), ExtractionJob.objects.count()) == (False, first.pk, 1, 1)


def test_accepting_a_person_creates_the_record_with_its_passage(article: Path, owner: Any) -> None:
    proposal = extracted(article).proposals.get(kind="person")
    person = accept(proposal, user=owner)
    claim = Claim.objects.get(subject_id=person.pk, field="name")
    assert (person.display_name, claim.quote, claim.reviewed_by, claim.method) == (
        "Aigerim Sultanbekova",
        "Aigerim Sultanbekova",
        owner,
        "extracted",
    )
    proposal.refresh_from_db()
    assert (proposal.state, proposal.decided_by, proposal.record) == ("accepted", owner, person)


def test_an_extracted_person_matches_one_already_on_record(article: Path, owner: Any) -> None:
    existing = Person.objects.create(display_name="SULTANBEKOVA Aigerim", created_by=owner)
    existing.names.create(full_name="Sultanbekova Aigerim")
    person = accept(extracted(article).proposals.get(kind="person"), user=owner)
    assert (person.pk, Person.objects.count()) == (existing.pk, 1)
    assert set(person.names.values_list("full_name", flat=True)) == {"Sultanbekova Aigerim", "Aigerim Sultanbekova"}


def test_an_edit_keeps_machine_and_reviewer_versions_side_by_side(article: Path, owner: Any) -> None:
    proposal = extracted(article).proposals.get(kind="statistic", machine__quantity=40)
    statistic = accept(proposal, user=owner, edited={**proposal.machine, "quantity": 41})
    proposal.refresh_from_db()
    assert (proposal.machine["quantity"], proposal.reviewed["quantity"], proposal.state) == (40, 41, "edited")
    assert isinstance(statistic, ReportedStatistic)
    assert (statistic.quantity, statistic.period) == (41, "2021-01-01/2021-03-31")


def test_rejecting_writes_no_record_and_a_decision_is_final(article: Path, owner: Any) -> None:
    proposal = extracted(article).proposals.get(kind="person")
    reject(proposal, user=owner)
    assert (Person.objects.count(), Proposal.objects.get(pk=proposal.pk).state) == (0, "rejected")
    with pytest.raises(ReviewError):
        accept(proposal, user=owner)


def test_extremist_organisation_is_accepted_with_its_designation(article: Path, owner: Any) -> None:
    proposals = extracted(article).proposals.filter(kind="organization")
    steppe = next(p for p in proposals if "Free Steppe" in p.machine["name"])
    organization = accept(steppe, user=owner)
    assert isinstance(organization, Organization)
    assert list(organization.designations.values_list("designation_type", flat=True)) == ["extremist"]


@pytest.mark.django_db(transaction=True)
def test_the_command_queues_and_a_worker_extracts(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    call_command("ingest", str(article), "--no-wait")
    assert ExtractionJob.objects.get().status == "queued"
    call_command("db_worker", batch=True, startup_delay=False, verbosity=0)
    assert ExtractionJob.objects.get().status == "done"
    call_command("ingest", str(article))
    assert "already ingested (done)" in capsys.readouterr().out


def test_the_command_refuses_unreadable_files_and_keeps_the_good_ones(article: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(CommandError, match=r"empty\.txt"):
        call_command("ingest", str(empty), str(article), "--no-wait")
    assert Source.objects.count() == 1


def _redis_up() -> bool:
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=1).close()
        return True
    except OSError:
        return False


@pytest.mark.skipif(not _redis_up(), reason="no Redis at 127.0.0.1:6379")
def test_redis_workers_run_the_same_task(article: Path) -> None:
    from django_tasks_rq import Job
    from rq import Queue, SimpleWorker

    # django-tasks resets its backends when TASKS changes, so the same task goes to Redis here.
    rq_backend = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
    with override_settings(TASKS=rq_backend, RQ_QUEUES={"default": {"URL": "redis://127.0.0.1:6379/15"}}):
        from chronicle.ingest.tasks import extract_source

        job = ingest_file(article).job
        extract_source.using(backend="default").enqueue(job.pk)
        import django_rq

        queue: Queue = django_rq.get_queue("default", job_class=Job)
        SimpleWorker([queue], connection=queue.connection, job_class=Job).work(burst=True)
    assert ExtractionJob.objects.get(pk=job.pk).status == "done"


def test_a_reviewer_accepts_proposals_in_bulk_from_the_queue(article: Path, reviewer: Any) -> None:
    from django.test import Client

    job = extracted(article)
    chosen = list(job.proposals.filter(kind__in=["person", "statistic"]).values_list("pk", flat=True))
    client = Client()
    client.force_login(reviewer)
    assert client.get("/admin/ingest/proposal/").status_code == 200
    client.post("/admin/ingest/proposal/", {"action": "accept_selected", "_selected_action": chosen})
    assert set(Proposal.objects.filter(pk__in=chosen).values_list("state", flat=True)) == {"accepted"}
    assert Person.objects.filter(display_name="Aigerim Sultanbekova").exists()


def test_a_viewer_cannot_decide_proposals(article: Path, colleague: Any) -> None:
    from django.test import Client

    job = extracted(article)
    client = Client()
    client.force_login(colleague)
    chosen = list(job.proposals.values_list("pk", flat=True))
    client.post("/admin/ingest/proposal/", {"action": "accept_selected", "_selected_action": chosen})
    assert set(Proposal.objects.values_list("state", flat=True)) == {"proposed"}


def test_accepting_a_new_spelling_proposes_a_link_to_the_person_on_record(tmp_path: Path, owner: Any) -> None:
    from chronicle.names.models import PersonLink

    existing = Person.objects.create(display_name="Айгерим Султанбекова", created_by=owner)
    existing.names.create(full_name="Айгерим Султанбекова")
    path = tmp_path / "report.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    person = accept(extracted(path).proposals.get(kind="person"), user=owner)
    link = PersonLink.objects.get()
    assert ({link.person_a, link.person_b}, link.decision, link.method) == ({existing, person}, "pending", "ingest")


@pytest.mark.parametrize(
    ("language", "event_title", "letter_title"),
    [
        ("en", "Detention: Aigerim Sultanbekova", "Letter to the President of Kazakhstan"),
        ("ru", "Задержание: Aigerim Sultanbekova", "Письмо — адресат: the President of Kazakhstan"),
    ],
)
def test_titles_of_accepted_events_and_letters_read_in_the_source_language(
    article: Path, owner: Any, language: str, event_title: str, letter_title: str
) -> None:
    job = extracted(article)
    Source.objects.filter(pk=job.source_id).update(language=language)
    job.refresh_from_db()
    event = Proposal.objects.create(
        job=job, kind="event", position=90, machine={"type": "detention", "persons": ["Aigerim Sultanbekova"]}
    )
    letter = Proposal.objects.create(
        job=job, kind="letter", position=91, machine={"kind": "letter", "addressee": "the President of Kazakhstan"}
    )
    unnamed = Proposal.objects.create(job=job, kind="event", position=92, machine={"type": "search", "persons": []})
    assert accept(event, user=owner).title == event_title  # type: ignore[attr-defined]
    assert accept(letter, user=owner).title == letter_title  # type: ignore[attr-defined]
    assert accept(unnamed, user=owner).title == (
        "Search: no one named" if language == "en" else "Обыск: имена не названы"
    )  # type: ignore[attr-defined]


def test_an_accepted_letter_files_signing_organisations_as_organisations_and_people_as_people(
    article: Path, owner: Any
) -> None:
    job = extracted(article)
    machine = {
        "kind": "letter",
        "addressee": "the President of Kazakhstan",
        "signatories": [
            {"name": "Steppe Press Watch", "country": "Kazakhstan", "group": None, "organization": True},
            {"name": "Anna Lindqvist", "country": "Sweden", "group": "S&D"},
        ],
    }
    letter = accept(Proposal.objects.create(job=job, kind="letter", position=93, machine=machine), user=owner)
    signers = {(p.as_written, p.person is not None, p.organization is not None) for p in letter.participants.all()}
    assert signers == {("Steppe Press Watch", False, True), ("Anna Lindqvist", True, False)}
    assert Organization.objects.filter(name="Steppe Press Watch").exists()
    assert not Person.objects.filter(display_name="Steppe Press Watch").exists()


class _PowerCutError(RuntimeError):
    """Stands for the process dying between writing the proposals and marking the job done."""


@pytest.mark.django_db(transaction=True)
def test_an_interrupted_extraction_leaves_no_proposals_and_runs_again(
    article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from chronicle.ingest.domain import jobs

    job = ingest_file(article).job
    finish = jobs._finish

    def cut_before_done(job: ExtractionJob, status: str, message: str) -> None:
        if status == ExtractionJob.Status.DONE:
            raise _PowerCutError(message)
        finish(job, status, message)

    monkeypatch.setattr(jobs, "_finish", cut_before_done)
    with pytest.raises(_PowerCutError):
        run_extraction(job.pk)
    job.refresh_from_db()
    assert (job.status, Proposal.objects.count()) == ("failed", 0)  # the proposals' transaction was rolled back

    monkeypatch.setattr(jobs, "_finish", finish)
    again = run_extraction(job.pk)
    assert again.status == "done" and Proposal.objects.filter(job=again).exists()
    assert Proposal.objects.count() == again.proposals.count()  # written once, not twice
