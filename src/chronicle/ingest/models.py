"""Ingestion jobs and the proposals they produce, waiting for a reviewer."""

from __future__ import annotations

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from simple_history.models import HistoricalRecords

from chronicle.records.models import Source


class ExtractionJob(models.Model):
    """One run of the extractor over one source."""

    class Status(models.TextChoices):
        QUEUED = "queued", "queued"
        RUNNING = "running", "running"
        DONE = "done", "done"
        FAILED = "failed", "failed"

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="extraction_jobs")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    progress = models.PositiveSmallIntegerField(default=0, help_text="Percent done.")
    message = models.TextField(blank=True)
    extractor_version = models.CharField(max_length=40, blank=True)
    language = models.CharField(max_length=8, default="auto")
    published = models.DateField(null=True, blank=True, help_text="Resolves relative dates in the text.")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"extraction of {self.source} ({self.status})"


class Proposal(models.Model):
    """One extracted item: the machine's version and the reviewer's, side by side."""

    class Kind(models.TextChoices):
        PERSON = "person", "person"
        ORGANIZATION = "organization", "organisation"
        STATISTIC = "statistic", "reported figure"
        EVENT = "event", "event"
        LETTER = "letter", "letter"

    class State(models.TextChoices):
        PROPOSED = "proposed", "waiting for review"
        ACCEPTED = "accepted", "accepted as extracted"
        EDITED = "edited", "accepted with edits"
        REJECTED = "rejected", "rejected"

    job = models.ForeignKey(ExtractionJob, on_delete=models.CASCADE, related_name="proposals")
    kind = models.CharField(max_length=16, choices=Kind.choices)
    position = models.PositiveIntegerField(help_text="Order within its kind in the extraction.")
    machine = models.JSONField(help_text="The item exactly as the extractor proposed it.")
    extractor_version = models.CharField(max_length=40, blank=True)
    reviewed = models.JSONField(null=True, blank=True, help_text="The reviewer's version, when edited.")
    state = models.CharField(max_length=10, choices=State.choices, default=State.PROPOSED)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    decided_at = models.DateTimeField(null=True, blank=True)
    record_type = models.ForeignKey(ContentType, null=True, blank=True, on_delete=models.SET_NULL)
    record_id = models.PositiveBigIntegerField(null=True, blank=True)
    record = GenericForeignKey("record_type", "record_id")
    history = HistoricalRecords()

    class Meta:
        ordering = ["job", "kind", "position"]
        constraints = [models.UniqueConstraint(fields=["job", "kind", "position"], name="proposal_once_per_item")]

    def __str__(self) -> str:
        label = self.machine.get("name") or self.machine.get("what") or self.machine.get("type") or self.kind
        return f"{self.kind}: {label} ({self.state})"

    @property
    def value(self) -> dict:
        """The version that counts: the reviewer's if edited, else the machine's."""
        return self.reviewed if self.reviewed is not None else self.machine

    @property
    def spans(self) -> list[list[int]]:
        """Character spans in the source the item came from."""
        return list(self.machine.get("spans") or [])
