"""Interventions: letters, appeals, resolutions, questions; who signed, whom they address, whom they cite."""

from __future__ import annotations

from django.db import models
from simple_history.models import HistoricalRecords

from chronicle.records.models.base import ChildQuerySet, Record, bound_field, edtf_field
from chronicle.records.models.event import Act
from chronicle.records.models.legal_case import LegalCase
from chronicle.records.models.organization import Organization
from chronicle.records.models.person import Person
from chronicle.vocab.fields import VocabularyField


class Intervention(Record):
    """An advocacy action on behalf of victims, with its stated counts of authors."""

    intervention_type = VocabularyField("type", vocabulary="intervention_types", default="letter")
    title = models.CharField(max_length=300)
    date = edtf_field("date")
    date_earliest = bound_field()
    date_latest = bound_field()
    addressee_text = models.CharField(max_length=300, blank=True, help_text="The addressee as written.")
    demands = models.JSONField(default=list, blank=True, help_text="Short paraphrases of what is demanded.")
    authors_count = models.PositiveIntegerField(null=True, blank=True, help_text="Authors as stated by the source.")
    member_states_count = models.PositiveIntegerField(null=True, blank=True, help_text="Countries as stated.")
    part_of = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="parts",
        help_text="A joint action this one belongs to (two letters sent together).",
    )
    response = models.TextField(blank=True)
    response_date = edtf_field("response date")

    partial_dates = ("date",)

    class Meta:
        ordering = ["date_earliest", "title"]

    def __str__(self) -> str:
        return self.title


class Participant(models.Model):
    """A person or organisation taking part (initiator, signatory, addressee) as they were on that date."""

    intervention = models.ForeignKey(Intervention, on_delete=models.CASCADE, related_name="participants")
    person = models.ForeignKey(Person, null=True, blank=True, on_delete=models.PROTECT, related_name="participations")
    organization = models.ForeignKey(
        Organization, null=True, blank=True, on_delete=models.PROTECT, related_name="participations"
    )
    role = VocabularyField("role", vocabulary="participant_roles", default="signatory")
    country = VocabularyField("country then", vocabulary="countries", blank=True)
    political_group = models.CharField(
        max_length=40, blank=True, help_text="Group as shown on the date (EP group code)."
    )
    as_written = models.CharField(max_length=300, blank=True)

    parent_field = "intervention"
    objects = ChildQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=models.Q(person__isnull=False) | models.Q(organization__isnull=False),
                name="participant_is_someone",
            )
        ]

    def __str__(self) -> str:
        return f"{self.role}: {self.person or self.organization}"


class Subject(models.Model):
    """A person, act or case an intervention cites, and as what."""

    intervention = models.ForeignKey(Intervention, on_delete=models.CASCADE, related_name="subjects")
    person = models.ForeignKey(Person, null=True, blank=True, on_delete=models.CASCADE, related_name="cited_in")
    act = models.ForeignKey(Act, null=True, blank=True, on_delete=models.CASCADE, related_name="cited_in")
    legal_case = models.ForeignKey(LegalCase, null=True, blank=True, on_delete=models.CASCADE, related_name="cited_in")
    mentioned_as = models.CharField(
        max_length=60, blank=True, help_text="political_prisoner, deceased, house_arrest ..."
    )

    parent_field = "intervention"
    objects = ChildQuerySet.as_manager()
    history = HistoricalRecords()

    def __str__(self) -> str:
        return f"{self.person or self.act or self.legal_case} ({self.mentioned_as})"


__all__ = ["Intervention", "Participant", "Subject"]
