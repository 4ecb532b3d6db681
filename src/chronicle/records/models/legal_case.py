"""Legal cases (one defendant per case row), their charges, stages, preventive measures and sentences."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from chronicle.records.models.base import ChildQuerySet, Record, bound_field, edtf_field
from chronicle.records.models.organization import Organization
from chronicle.records.models.person import Person
from chronicle.vocab.fields import VocabularyField


class LegalCase(Record):
    """A criminal or administrative prosecution of one person."""

    class Kind(models.TextChoices):
        CRIMINAL = "criminal", _("criminal")
        ADMINISTRATIVE = "administrative", _("administrative")
        CIVIL = "civil", _("civil")

    defendant = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="legal_cases")
    kind = models.CharField(max_length=16, choices=Kind.choices, default=Kind.CRIMINAL)
    case_number = models.CharField(max_length=100, blank=True)
    opened = edtf_field("opened")
    opened_earliest = bound_field()
    opened_latest = bound_field()
    court = models.ForeignKey(
        Organization, null=True, blank=True, on_delete=models.SET_NULL, related_name="cases_heard"
    )
    investigating_body = models.ForeignKey(
        Organization, null=True, blank=True, on_delete=models.SET_NULL, related_name="cases_investigated"
    )
    region = VocabularyField("region of investigation", vocabulary="regions", blank=True)
    related_organizations = models.ManyToManyField(Organization, blank=True, related_name="related_cases")
    description = models.TextField(blank=True)

    partial_dates = ("opened",)

    def __str__(self) -> str:
        return f"{self.get_kind_display()} case against {self.defendant}"


class Charge(models.Model):
    """An article of a code under which the defendant is charged."""

    legal_case = models.ForeignKey(LegalCase, on_delete=models.CASCADE, related_name="charges")
    article = VocabularyField("article", vocabulary="legal_articles")
    part = models.CharField(max_length=20, blank=True)
    charged_on = edtf_field("charged")
    dropped_on = edtf_field("dropped")

    parent_field = "legal_case"
    objects = ChildQuerySet.as_manager()
    history = HistoricalRecords()

    def __str__(self) -> str:
        return f"{self.article} part {self.part}" if self.part else self.article


class CaseStage(models.Model):
    """A stage the case reached, with its date and outcome."""

    legal_case = models.ForeignKey(LegalCase, on_delete=models.CASCADE, related_name="stages")
    stage = VocabularyField("stage", vocabulary="case_stages")
    date = edtf_field("date")
    court = models.ForeignKey(Organization, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    outcome = models.CharField(max_length=300, blank=True)

    parent_field = "legal_case"
    objects = ChildQuerySet.as_manager()
    history = HistoricalRecords()

    def __str__(self) -> str:
        return f"{self.stage} {self.date}"


class PreventiveMeasure(models.Model):
    """Custody, house arrest, undertaking not to leave ... ordered while the case runs."""

    legal_case = models.ForeignKey(LegalCase, on_delete=models.CASCADE, related_name="preventive_measures")
    measure = VocabularyField("measure", vocabulary="preventive_measures")
    start = edtf_field("from")
    end = edtf_field("until")
    ordered_by = models.ForeignKey(Organization, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    parent_field = "legal_case"
    objects = ChildQuerySet.as_manager()
    history = HistoricalRecords()

    def __str__(self) -> str:
        return f"{self.measure} {self.start}–{self.end}"


class Sentence(models.Model):
    """A punishment imposed in the case."""

    legal_case = models.ForeignKey(LegalCase, on_delete=models.CASCADE, related_name="sentences")
    sentence_type = VocabularyField("type", vocabulary="sentence_types")
    term_months = models.PositiveIntegerField(null=True, blank=True)
    term_days = models.PositiveIntegerField(null=True, blank=True)
    amount = models.DecimalField(max_digits=14, decimal_places=2, null=True, blank=True)
    currency = models.CharField(max_length=8, blank=True)
    suspended = models.BooleanField(default=False)
    additional_bans = models.CharField(max_length=300, blank=True)
    imposed_on = edtf_field("imposed")
    expected_end = edtf_field("expected end")
    actual_end = edtf_field("actual end")
    release_reason = models.CharField(max_length=100, blank=True)

    parent_field = "legal_case"
    objects = ChildQuerySet.as_manager()
    history = HistoricalRecords()

    def __str__(self) -> str:
        term = f"{self.term_months} months" if self.term_months else ""
        return f"{self.sentence_type} {term}".strip()


__all__ = ["CaseStage", "Charge", "LegalCase", "PreventiveMeasure", "Sentence"]
