"""Capture a document as a source and run the extractor over it, all or nothing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from django.db import transaction
from django.utils import timezone

from chronicle.ingest.extraction.pipeline import extract
from chronicle.ingest.models import ExtractionJob, Proposal
from chronicle.ingest.reading.document import read_document
from chronicle.records.domain.sources import capture_source

EXTRACTOR_VERSION = "chronicle-extract 0.1"
KINDS = {
    "persons": "person",
    "organizations": "organization",
    "statistics": "statistic",
    "events": "event",
    "letters": "letter",
}


@dataclass(frozen=True)
class Ingested:
    """What ingesting one file did."""

    job: ExtractionJob
    new: bool


def ingest_file(path: Path, *, user: Any = None, published: date | None = None, language: str = "auto") -> Ingested:
    """Store a file as a source and queue its extraction; a document already held is a no-op. Writes rows."""
    document = read_document(path)
    with transaction.atomic():
        source, created = capture_source(
            text=document.text,
            user=user,
            title=path.name,
            language=document.language,
            media_type=document.media_type,
            published_on=published.isoformat() if published else "",
        )
        existing = ExtractionJob.objects.filter(source=source).order_by("-pk").first()
        if not created and existing is not None:
            return Ingested(existing, False)
        job = ExtractionJob.objects.create(
            source=source, created_by=user, published=published, language=language, extractor_version=EXTRACTOR_VERSION
        )
    return Ingested(job, True)


def _proposals(job: ExtractionJob, extraction: dict[str, Any]) -> list[Proposal]:
    return [
        Proposal(job=job, kind=kind, position=index, machine=item, extractor_version=job.extractor_version)
        for key, kind in KINDS.items()
        for index, item in enumerate(extraction.get(key, []))
    ]


def run_extraction(job_id: int) -> ExtractionJob:
    """Extract a queued job's source and store its proposals in one transaction. Writes rows."""
    job = ExtractionJob.objects.select_related("source").get(pk=job_id)
    if job.status == ExtractionJob.Status.DONE:
        return job
    ExtractionJob.objects.filter(pk=job.pk).update(status=ExtractionJob.Status.RUNNING, progress=10)
    try:
        extraction = extract(job.source.text, published=job.published, language=job.language)
        with transaction.atomic():
            job.proposals.all().delete()
            Proposal.objects.bulk_create(_proposals(job, extraction))
            _finish(job, ExtractionJob.Status.DONE, f"{sum(len(extraction.get(k, [])) for k in KINDS)} proposals")
    except Exception as error:  # an extractor bug must not leave the job looking alive
        _finish(job, ExtractionJob.Status.FAILED, f"{type(error).__name__}: {error}")
        raise
    return job


def _finish(job: ExtractionJob, status: str, message: str) -> None:
    job.status, job.message, job.progress, job.finished_at = status, message, 100, timezone.now()
    job.save(update_fields=["status", "message", "progress", "finished_at"])
