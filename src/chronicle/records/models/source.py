"""Sources (captured documents) and claims (each stored value tied to its passage)."""

from __future__ import annotations

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from chronicle.records.models.base import ChildQuerySet, Record, bound_field, edtf_field
from chronicle.vocab.fields import VocabularyField


class Source(Record):
    """A captured document: its text, hash, where and when it was published and captured."""

    title = models.CharField(max_length=500, blank=True)
    url = models.URLField(max_length=2000, blank=True)
    publisher = models.CharField(max_length=300, blank=True)
    source_type = VocabularyField("type", vocabulary="source_types", default="news_article")
    language = models.CharField(max_length=8, blank=True, help_text="ISO 639-1 code: en, ru, kk ...")
    published_on = edtf_field("published")
    published_on_earliest = bound_field()
    published_on_latest = bound_field()
    captured_at = models.DateTimeField(null=True, blank=True)
    text = models.TextField(help_text="The captured text; spans of claims point into it.")
    sha256 = models.CharField(max_length=64, unique=True, help_text="SHA-256 of the text (UTF-8).")
    media_type = models.CharField(max_length=100, default="text/plain")

    partial_dates = ("published_on",)

    def __str__(self) -> str:
        return self.title or self.url or f"source {self.sha256[:12]}"

    def passage(self, start: int, end: int, context: int = 80) -> str:
        """The span with some surrounding text, for showing a claim in place."""
        before = self.text[max(0, start - context) : start]
        after = self.text[end : end + context]
        return f"…{before}[{self.text[start:end]}]{after}…"


class ReviewState(models.TextChoices):
    """Where a claim stands between extraction and acceptance."""

    PROPOSED = "proposed", _("proposed")
    ACCEPTED = "accepted", _("accepted")
    REJECTED = "rejected", _("rejected")


class Method(models.TextChoices):
    """How a claim was made."""

    MANUAL = "manual", _("entered by a person")
    CURATED = "curated", _("hand-curated case file")
    EXTRACTED = "extracted", _("machine extraction")


class Claim(models.Model):
    """One stored value with its source, character span, original spelling and who vouched for it."""

    uid = models.CharField(max_length=64, unique=True, help_text="Derived from (source, subject, field, value).")
    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="claims")
    subject_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    subject_id = models.PositiveBigIntegerField()
    subject = GenericForeignKey("subject_type", "subject_id")
    field = models.CharField(max_length=100, help_text="The field the claim supports, e.g. name or status.")
    value = models.JSONField(null=True, blank=True)
    quote = models.TextField(help_text="The passage as written in the source (original spelling).")
    span_start = models.PositiveIntegerField()
    span_end = models.PositiveIntegerField()
    method = models.CharField(max_length=16, choices=Method.choices, default=Method.MANUAL)
    extractor = models.CharField(max_length=100, blank=True, help_text="Tool and version, or the curator.")
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    review_state = models.CharField(max_length=16, choices=ReviewState.choices, default=ReviewState.ACCEPTED)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    parent_field = "source"
    objects = ChildQuerySet.as_manager()  # claims are visible when their source is
    history = HistoricalRecords()

    class Meta:
        indexes = [models.Index(fields=["subject_type", "subject_id"])]
        constraints = [
            models.CheckConstraint(condition=models.Q(span_end__gte=models.F("span_start")), name="claim_span_ordered")
        ]

    def __str__(self) -> str:
        return f"{self.field} ← “{self.quote[:60]}”"

    @property
    def passage(self) -> str:
        """The quoted span in its context."""
        return self.source.passage(self.span_start, self.span_end)


__all__ = ["Claim", "Method", "ReviewState", "Source"]
