"""Background tasks of ingestion (django-tasks: the database backend by default, Redis workers at scale)."""

from __future__ import annotations

from django_tasks import task

from chronicle.ingest.domain.jobs import run_extraction


@task()
def extract_source(job_id: int) -> str:
    """Run the extractor for one job; returns the job's closing message."""
    return run_extraction(job_id).message
