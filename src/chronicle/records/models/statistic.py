"""Figures that sources state, kept apart from Chronicle's own counts."""

from __future__ import annotations

from django.db import models

from chronicle.records.models.base import Record, bound_field, edtf_field
from chronicle.records.models.organization import Organization
from chronicle.records.models.source import Source
from chronicle.vocab.fields import VocabularyField


class ReportedStatistic(Record):
    """A count a source reports: "more than 200 cases of political persecution from 30 July to 27 September"."""

    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="statistics")
    quantity = models.PositiveBigIntegerField()
    qualifier = VocabularyField("qualifier", vocabulary="statistic_qualifiers", default="exactly")
    counted = models.CharField(max_length=300, help_text="What is counted, as the source puts it.")
    category = models.CharField(
        max_length=60, blank=True, help_text="What it measures in our terms: an act type, persons, cases ..."
    )
    period = edtf_field("period")
    period_earliest = bound_field()
    period_latest = bound_field()
    recurrence = models.CharField(max_length=20, blank=True, help_text="e.g. 'per year' for annual rates.")
    place = VocabularyField("country", vocabulary="countries", blank=True)
    place_text = models.CharField(max_length=200, blank=True)
    author = models.ForeignKey(
        Organization,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="statistics",
        help_text="Who produced the figure, when not the source's publisher.",
    )
    part_of = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="parts",
        help_text="The larger figure this is a part of (39 criminal cases of 200+ cases).",
    )

    partial_dates = ("period",)

    class Meta:
        ordering = ["period_earliest", "counted"]

    def __str__(self) -> str:
        return f"{self.get_qualifier_display_text()} {self.quantity} {self.counted}"

    def get_qualifier_display_text(self) -> str:
        """The qualifier as words ("more than")."""
        from chronicle.vocab.loader import vocabulary

        return "" if self.qualifier == "exactly" else vocabulary("statistic_qualifiers")[self.qualifier].label()


__all__ = ["ReportedStatistic"]
