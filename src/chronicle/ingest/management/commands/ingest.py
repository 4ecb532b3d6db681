"""`chronicle ingest FILE...`: capture documents and extract proposals for review, in the background."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser
from rich.progress import Progress

from chronicle.ingest.domain.jobs import Ingested, ingest_file
from chronicle.ingest.models import ExtractionJob
from chronicle.ingest.tasks import extract_source

FINISHED = (ExtractionJob.Status.DONE, ExtractionJob.Status.FAILED)


class Command(BaseCommand):
    """Store each file as a source (a document already held is skipped) and queue its extraction."""

    help = "Ingest documents (txt, html, pdf, docx): store them and queue extraction into the review queue."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("files", nargs="+", type=Path)
        parser.add_argument("--published", type=date.fromisoformat, help="publication date (YYYY-MM-DD)")
        parser.add_argument("--lang", default="auto", choices=["auto", "en", "ru", "kk"])
        parser.add_argument("--no-wait", action="store_true", help="queue only; a worker extracts later")
        parser.add_argument("--timeout", type=float, default=600.0, help="seconds to wait for workers")

    def handle(self, *args: Any, **options: Any) -> None:
        queued: list[ExtractionJob] = []
        failures: list[str] = []
        for path in options["files"]:
            try:
                result = ingest_file(path, published=options["published"], language=options["lang"])
            except (OSError, ValueError) as error:
                failures.append(f"{path}: {error}")
                continue
            self._report(path, result)
            if result.new:
                extract_source.enqueue(result.job.pk)
                queued.append(result.job)
        if queued and not options["no_wait"]:
            self._wait(queued, options["timeout"])
        if failures:
            raise CommandError("; ".join(failures))

    def _report(self, path: Path, result: Ingested) -> None:
        state = "queued for extraction" if result.new else f"already ingested ({result.job.status})"
        self.stdout.write(f"{path}: source {result.job.source.uid}, {state}")

    def _wait(self, jobs: list[ExtractionJob], timeout: float) -> None:
        backend: Any = settings.TASKS["default"]
        if str(backend["BACKEND"]).startswith("django_tasks_db"):
            call_command("db_worker", batch=True, startup_delay=False, verbosity=0)
        deadline = time.monotonic() + timeout
        with Progress(transient=True) as progress:
            bar = progress.add_task("extracting", total=len(jobs))
            while time.monotonic() < deadline:
                done = ExtractionJob.objects.filter(pk__in=[j.pk for j in jobs], status__in=FINISHED).count()
                progress.update(bar, completed=done)
                if done == len(jobs):
                    break
                time.sleep(0.5)
        for job in ExtractionJob.objects.filter(pk__in=[j.pk for j in jobs]).select_related("source"):
            self.stdout.write(f"{job.source.title}: {job.status} — {job.message or 'still running'}")
