"""Who did what to whom: Event → Act (one act against one victim, the unit counted) → Involvement."""

from __future__ import annotations

from django.db import models
from simple_history.models import HistoricalRecords

from chronicle.records.models.base import ChildQuerySet, Record, bound_field, edtf_field
from chronicle.records.models.organization import Organization
from chronicle.records.models.person import Person
from chronicle.vocab.fields import VocabularyField


class Event(Record):
    """Something that happened at a time and place, grouping the acts it comprised."""

    title = models.CharField(max_length=300)
    event_type = VocabularyField("type", vocabulary="event_types", default="other")
    description = models.TextField(blank=True)
    start = edtf_field("start")
    start_earliest = bound_field()
    start_latest = bound_field()
    end = edtf_field("end")
    end_earliest = bound_field()
    end_latest = bound_field()
    region = VocabularyField("region", vocabulary="regions", blank=True)
    country = VocabularyField("country", vocabulary="countries", blank=True)
    location_text = models.CharField(max_length=300, blank=True)
    related_organizations = models.ManyToManyField(Organization, blank=True, related_name="events")

    partial_dates = ("start", "end")

    class Meta:
        ordering = ["start_earliest", "title"]

    def __str__(self) -> str:
        return self.title


class Act(Record):
    """One act against one victim (or an anonymous group): what is counted."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="acts")
    act_type = VocabularyField("type", vocabulary="act_types")
    victim = models.ForeignKey(Person, null=True, blank=True, on_delete=models.PROTECT, related_name="acts")
    victim_count_min = models.PositiveIntegerField(null=True, blank=True, help_text="Anonymous victims: at least.")
    victim_count_max = models.PositiveIntegerField(null=True, blank=True)
    start = edtf_field("start")
    start_earliest = bound_field()
    start_latest = bound_field()
    end = edtf_field("end")
    end_earliest = bound_field()
    end_latest = bound_field()
    ongoing = models.BooleanField(default=False, help_text="Still going on (e.g. house arrest not ended).")
    location_text = models.CharField(max_length=300, blank=True)
    region = VocabularyField("region", vocabulary="regions", blank=True)
    legal_case = models.ForeignKey("LegalCase", null=True, blank=True, on_delete=models.SET_NULL, related_name="acts")
    legal_articles = models.JSONField(default=list, blank=True, help_text="Codes from the legal_articles vocabulary.")
    description = models.TextField(blank=True)

    partial_dates = ("start", "end")

    class Meta:
        ordering = ["start_earliest"]

    def __str__(self) -> str:
        victim = self.victim or f"{self.victim_count_min or '?'} unnamed"
        return f"{self.act_type}: {victim} ({self.start or 'date unknown'})"


class Involvement(models.Model):
    """One perpetrator's part in one act."""

    act = models.ForeignKey(Act, on_delete=models.CASCADE, related_name="involvements")
    perpetrator_person = models.ForeignKey(Person, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    perpetrator_organization = models.ForeignKey(
        Organization, null=True, blank=True, on_delete=models.PROTECT, related_name="involvements"
    )
    perpetrator_type = VocabularyField("perpetrator type", vocabulary="perpetrator_types", default="unknown")
    degree = models.CharField(max_length=40, blank=True, help_text="HURIDOCS MT18 degree of involvement.")

    parent_field = "act"
    objects = ChildQuerySet.as_manager()
    history = HistoricalRecords()

    def __str__(self) -> str:
        return f"{self.perpetrator_person or self.perpetrator_organization or self.perpetrator_type} in {self.act}"


__all__ = ["Act", "Event", "Involvement"]
