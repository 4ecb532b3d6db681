"""Create and edit forms for every kind of record, with partial dates as people write them."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from chronicle.common.access import may_review
from chronicle.records.models import (
    Act,
    Event,
    Intervention,
    LegalCase,
    Organization,
    OrganizationDesignation,
    Person,
    StatusClaim,
)
from chronicle.vocab.loader import vocabulary
from chronicle.web.forms.base import ChronicleForm, LinesField
from chronicle.web.forms.fields import PartialDateField, normalise_partial_date, vocabulary_choices

__all__ = ["FORMS", "PartialDateField", "RecordForm", "normalise_partial_date"]


class RecordForm(ChronicleForm):
    """A record's form: only reviewers decide publication."""

    def __init__(self, *args: Any, user: Any, **kwargs: Any) -> None:
        super().__init__(*args, user=user, **kwargs)
        if "published" in self.fields and not may_review(user):
            del self.fields["published"]


def _codes(name: str, kind: str | None = None) -> list[tuple[str, str]]:
    """Vocabulary choices in the reader's language, optionally only the terms of one kind."""
    terms = vocabulary(name).terms
    return [
        (code, label)
        for code, label in vocabulary_choices(name)()
        if kind is None or terms[code].extra.get("kind") == kind
    ]


class PersonForm(RecordForm):
    """A person: name, dates, place, roles, consent and confidentiality."""

    date_fields = ("birth_date", "death_date")
    date_order = (("birth_date", "death_date"),)
    roles = forms.MultipleChoiceField(
        label=_("Roles"), required=False, choices=vocabulary_choices("roles"), widget=forms.CheckboxSelectMultiple
    )

    class Meta:
        model = Person
        fields = [
            "display_name",
            "gender",
            "birth_date",
            "death_date",
            "deceased",
            "region",
            "country",
            "occupation",
            "roles",
            "description",
            "consent",
            "consent_basis",
            "confidentiality",
            "published",
            "remarks",
        ]


class EventForm(RecordForm):
    """An event: what happened, when and where."""

    date_fields = ("start", "end")
    date_order = (("start", "end"),)

    class Meta:
        model = Event
        fields = [
            "title",
            "event_type",
            "start",
            "end",
            "region",
            "country",
            "location_text",
            "description",
            "confidentiality",
            "published",
            "remarks",
        ]


class ActForm(RecordForm):
    """An act against one victim (or an unnamed group) within an event."""

    date_fields = ("start", "end")
    date_order = (("start", "end"),)
    linked = {"event": "event", "victim": "person", "legal_case": "legalcase"}
    legal_articles = forms.MultipleChoiceField(
        label=_("Legal articles"), required=False, choices=vocabulary_choices("legal_articles")
    )

    class Meta:
        model = Act
        fields = [
            "event",
            "act_type",
            "victim",
            "victim_count_min",
            "victim_count_max",
            "start",
            "end",
            "ongoing",
            "region",
            "location_text",
            "legal_case",
            "legal_articles",
            "description",
            "confidentiality",
            "published",
        ]

    def clean(self) -> dict[str, Any]:
        """An act has a named victim or a number of unnamed ones, and a minimum not above its maximum."""
        data = super().clean()
        low, high = data.get("victim_count_min"), data.get("victim_count_max")
        if not data.get("victim") and not low:
            raise forms.ValidationError(_("Name the victim or give the number of unnamed victims."))
        if low is not None and high is not None and high < low:
            self.add_error("victim_count_max", _("The maximum is below the minimum."))
        return data


class LegalCaseForm(RecordForm):
    """A legal case against one defendant."""

    date_fields = ("opened",)
    linked = {"defendant": "person", "court": "organization", "investigating_body": "organization"}

    class Meta:
        model = LegalCase
        fields = [
            "defendant",
            "kind",
            "case_number",
            "opened",
            "court",
            "investigating_body",
            "region",
            "description",
            "confidentiality",
            "published",
        ]


class InterventionForm(RecordForm):
    """A letter, appeal, resolution or question, with the counts its source states."""

    date_fields = ("date", "response_date")
    date_order = (("date", "response_date"),)
    linked = {"part_of": "intervention"}
    demands = LinesField(label=_("Demands"))

    class Meta:
        model = Intervention
        fields = [
            "intervention_type",
            "title",
            "date",
            "addressee_text",
            "demands",
            "authors_count",
            "member_states_count",
            "part_of",
            "response",
            "response_date",
            "confidentiality",
            "published",
            "remarks",
        ]

    def clean(self) -> dict[str, Any]:
        """A letter is not part of itself."""
        data = super().clean()
        part_of = data.get("part_of")
        if part_of is not None and self.instance.pk == part_of.pk:
            self.add_error("part_of", _("A letter cannot be part of itself."))
        return data


class OrganizationForm(RecordForm):
    """An organisation: name, kind, country, dates and the organisations it belongs to or continues."""

    date_fields = ("founded", "dissolved")
    date_order = (("founded", "dissolved"),)
    linked = {"parent": "organization", "successor_of": "organization"}

    class Meta:
        model = Organization
        fields = [
            "name",
            "kind",
            "abbreviation",
            "country",
            "parent",
            "successor_of",
            "founded",
            "dissolved",
            "description",
            "confidentiality",
            "published",
            "remarks",
        ]

    def clean(self) -> dict[str, Any]:
        """An organisation is neither its own parent nor its own successor."""
        data = super().clean()
        for name in ("parent", "successor_of"):
            other = data.get(name)
            if other is not None and other.pk == self.instance.pk:
                self.add_error(name, _("An organisation cannot point to itself."))
        return data


class StatusClaimForm(RecordForm):
    """A status ("political prisoner") that a named organisation or a letter holds a person had, from a date."""

    date_fields = ("recognised_on", "ended_on")
    date_order = (("recognised_on", "ended_on"),)
    linked = {"person": "person", "claimed_by": "organization", "claimed_in": "intervention"}
    criteria = forms.MultipleChoiceField(
        label=_("PACE criteria met"),
        required=False,
        choices=lambda: _codes("pace_criteria", "criterion"),
        widget=forms.CheckboxSelectMultiple,
    )
    exclusions_checked = forms.MultipleChoiceField(
        label=_("PACE exclusions ruled out"),
        required=False,
        choices=lambda: _codes("pace_criteria", "exclusion"),
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = StatusClaim
        fields = [
            "person",
            "status",
            "state",
            "claimed_by",
            "claimed_in",
            "recognised_on",
            "ended_on",
            "criteria",
            "exclusions_checked",
            "rationale",
            "confidentiality",
            "published",
            "remarks",
        ]

    def clean(self) -> dict[str, Any]:
        """Every status claim names who makes it."""
        data = super().clean()
        if not data.get("claimed_by") and not data.get("claimed_in"):
            raise forms.ValidationError(_("Say who makes the claim: an organisation or a letter."), code="no_claimant")
        return data


class DesignationForm(RecordForm):
    """A state decision about an organisation: declared extremist, liquidated, refused registration."""

    date_fields = ("decision_date", "announced_date", "in_force_date", "ended_date")
    date_order = (("decision_date", "in_force_date"), ("decision_date", "ended_date"))
    linked = {"organization": "organization", "authority": "organization"}

    class Meta:
        model = OrganizationDesignation
        fields = [
            "organization",
            "designation_type",
            "decision_date",
            "announced_date",
            "in_force_date",
            "ended_date",
            "authority",
            "authority_name",
            "legal_basis",
            "decision_published",
            "confidentiality",
            "published",
            "remarks",
        ]


FORMS: dict[str, type[RecordForm]] = {
    "person": PersonForm,
    "event": EventForm,
    "act": ActForm,
    "legalcase": LegalCaseForm,
    "intervention": InterventionForm,
    "organization": OrganizationForm,
    "statusclaim": StatusClaimForm,
    "designation": DesignationForm,
}
