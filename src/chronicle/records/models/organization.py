"""Organisations, their dated names, their designations (e.g. banned as extremist) and memberships."""

from __future__ import annotations

from django.db import models
from simple_history.models import HistoricalRecords

from chronicle.records.models.base import ChildQuerySet, Record, bound_field, edtf_field
from chronicle.records.models.person import Person
from chronicle.vocab.fields import VocabularyField


class Organization(Record):
    """A movement, party, NGO, court, state body, parliament or parliamentary group."""

    name = models.CharField(max_length=300)
    kind = VocabularyField("kind", vocabulary="organization_kinds", default="other")
    country = VocabularyField("country", vocabulary="countries", blank=True)
    abbreviation = models.CharField(max_length=40, blank=True)
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL, related_name="children")
    successor_of = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="successors",
        help_text="The organisation this one continues under a new name (Köshe Partiyasy → DCK).",
    )
    founded = edtf_field("founded")
    founded_earliest = bound_field()
    founded_latest = bound_field()
    dissolved = edtf_field("dissolved")
    dissolved_earliest = bound_field()
    dissolved_latest = bound_field()
    description = models.TextField(blank=True)

    partial_dates = ("founded", "dissolved")

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class OrganizationName(models.Model):
    """Another name of an organisation, in a language, possibly for a period."""

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="other_names")
    name = models.CharField(max_length=300, db_index=True)
    language = models.CharField(max_length=8, blank=True)
    start = edtf_field("from")
    end = edtf_field("until")
    note = models.CharField(max_length=200, blank=True)

    parent_field = "organization"
    objects = ChildQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["organization", "name"], name="organization_name_once")]

    def __str__(self) -> str:
        return self.name


class OrganizationDesignation(Record):
    """A state decision about an organisation: declared extremist, liquidated, refused registration."""

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="designations")
    designation_type = VocabularyField("designation", vocabulary="organization_designation_types")
    authority = models.ForeignKey(
        Organization, null=True, blank=True, on_delete=models.SET_NULL, related_name="designations_made"
    )
    authority_name = models.CharField(
        max_length=300, blank=True, help_text="The court or body as named, when not on record."
    )
    decision_date = edtf_field("decision date")
    decision_date_earliest = bound_field()
    decision_date_latest = bound_field()
    announced_date = edtf_field("announced")
    in_force_date = edtf_field("in force")
    decision_published = models.BooleanField(null=True, blank=True)
    legal_basis = models.CharField(max_length=300, blank=True)
    ended_date = edtf_field("ended")

    partial_dates = ("decision_date",)

    def __str__(self) -> str:
        return f"{self.organization}: {self.designation_type} ({self.decision_date or 'date unknown'})"


class Membership(Record):
    """A person's membership of an organisation, e.g. an MEP in the European Parliament for a group."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="memberships")
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="memberships")
    on_behalf_of = models.ForeignKey(
        Organization, null=True, blank=True, on_delete=models.SET_NULL, related_name="memberships_on_behalf"
    )
    role = models.CharField(max_length=100, blank=True)
    area = VocabularyField("country or area", vocabulary="countries", blank=True)
    start = edtf_field("from")
    start_earliest = bound_field()
    start_latest = bound_field()
    end = edtf_field("until")
    end_earliest = bound_field()
    end_latest = bound_field()

    partial_dates = ("start", "end")

    def __str__(self) -> str:
        return f"{self.person} in {self.organization}"


__all__ = ["Membership", "Organization", "OrganizationDesignation", "OrganizationName"]
