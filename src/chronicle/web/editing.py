"""Create and edit forms for persons, events, acts, legal cases and letters, with partial dates as people write them."""

from __future__ import annotations

import re
from typing import Any, ClassVar

from django import forms
from django.utils.translation import gettext_lazy as _

from chronicle.common.access import may_review
from chronicle.common.partial_date import PartialDateError, parse_partial_date
from chronicle.records.models import Act, Event, Intervention, LegalCase, Organization, Person
from chronicle.vocab.loader import choices

_ABOUT = re.compile(r"^(?:about|around|approx\.?|c\.|ca\.?|circa|около|примерно|~)\s*(.+)$", re.I)
_DAY_FIRST = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_MONTH_FIRST = re.compile(r"^(\d{1,2})\.(\d{4})$")


def normalise_partial_date(text: str) -> str:
    """A date as typed ("2020", "2020-02", "15.02.2020", "about 2020") as EDTF ("2020~"); raises PartialDateError."""
    cleaned = " ".join(text.split())
    if not cleaned:
        return ""
    approximate = False
    if found := _ABOUT.match(cleaned):
        cleaned, approximate = found.group(1).strip(), True
    if found := _DAY_FIRST.match(cleaned):
        cleaned = f"{found.group(3)}-{int(found.group(2)):02d}-{int(found.group(1)):02d}"
    elif found := _MONTH_FIRST.match(cleaned):
        cleaned = f"{found.group(2)}-{int(found.group(1)):02d}"
    if approximate and "/" not in cleaned and not cleaned.endswith(("~", "%")):
        cleaned = cleaned[:-1] + "%" if cleaned.endswith("?") else f"{cleaned}~"
    parse_partial_date(cleaned)
    return cleaned


class PartialDateField(forms.CharField):
    """A date known to a year, month or day, possibly approximate ("about 2020") or a range."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("required", False)
        kwargs.setdefault("help_text", _("2020, 2020-02, 2020-02-15, “about 2020”, or a range 2020-07-30/2020-09-27"))
        super().__init__(max_length=64, **kwargs)

    def clean(self, value: Any) -> str:
        """The EDTF form of the date typed, or a validation error saying what is accepted."""
        text = super().clean(value)
        try:
            return normalise_partial_date(text)
        except PartialDateError as error:
            raise forms.ValidationError(
                _("Not a date we can read: %(error)s") % {"error": error}, code="partial_date"
            ) from error


class RecordForm(forms.ModelForm):
    """A record's form: the partial dates read as people write them; choices limited to what the user may read."""

    date_fields: ClassVar[tuple[str, ...]] = ()
    linked: ClassVar[dict[str, Any]] = {}

    def __init__(self, *args: Any, user: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name in self.date_fields:
            old = self.fields[name]
            self.fields[name] = PartialDateField(label=old.label)
        for name, model in self.linked.items():
            field: Any = self.fields[name]
            field.queryset = model.objects.visible_to(user)
        if "published" in self.fields and not may_review(user):
            del self.fields["published"]


class PersonForm(RecordForm):
    """A person: name, dates, place, roles, consent and confidentiality."""

    date_fields = ("birth_date", "death_date")
    roles = forms.MultipleChoiceField(
        label=_("Roles"), required=False, choices=lambda: choices("roles"), widget=forms.CheckboxSelectMultiple
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
    linked = {"event": Event, "victim": Person, "legal_case": LegalCase}
    legal_articles = forms.MultipleChoiceField(
        label=_("Legal articles"), required=False, choices=lambda: choices("legal_articles")
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
        data = super().clean() or {}
        low, high = data.get("victim_count_min"), data.get("victim_count_max")
        if not data.get("victim") and not low:
            raise forms.ValidationError(_("Name the victim or give the number of unnamed victims."))
        if low is not None and high is not None and high < low:
            self.add_error("victim_count_max", _("The maximum is below the minimum."))
        return data


class LegalCaseForm(RecordForm):
    """A legal case against one defendant."""

    date_fields = ("opened",)
    linked = {"defendant": Person, "court": Organization, "investigating_body": Organization}

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

    class Meta:
        model = Intervention
        fields = [
            "intervention_type",
            "title",
            "date",
            "addressee_text",
            "authors_count",
            "member_states_count",
            "response",
            "response_date",
            "confidentiality",
            "published",
        ]


FORMS: dict[str, type[RecordForm]] = {
    "person": PersonForm,
    "event": EventForm,
    "act": ActForm,
    "legalcase": LegalCaseForm,
    "intervention": InterventionForm,
}
