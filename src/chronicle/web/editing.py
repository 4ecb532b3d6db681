"""Create and edit forms for every kind of record, with partial dates as people write them."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from chronicle.common.access import cleared_levels, may_review
from chronicle.records.models import (
    Act,
    Event,
    Intervention,
    LegalCase,
    Membership,
    Organization,
    OrganizationDesignation,
    Person,
    PersonalDetail,
    StatusClaim,
)
from chronicle.vocab.loader import vocabulary
from chronicle.web.forms.base import ChronicleForm, LinesField
from chronicle.web.forms.fields import PartialDateField, normalise_partial_date, read_date, vocabulary_choices
from chronicle.web.labels import LABELS, label
from chronicle.web.templatetags.chronicle_web import pdate

__all__ = ["FORMS", "PartialDateField", "RecordForm", "normalise_partial_date"]


class RecordForm(ChronicleForm):
    """A record's form: only reviewers decide publication; nobody saves a record out of their own sight."""

    def __init__(self, *args: Any, user: Any, **kwargs: Any) -> None:
        super().__init__(*args, user=user, **kwargs)
        if "published" in self.fields and not may_review(user):
            del self.fields["published"]

    def clean(self) -> dict[str, Any]:
        """The checks of every form, then a level that would hide the record from the editor is refused."""
        data = super().clean()
        level = data.get("confidentiality")
        if level and not self._readable_at(level):
            self.add_error(
                "confidentiality",
                _(
                    "Saved as %(level)s, this record would be hidden from you: at that level only its creator "
                    "and the people it is shared with read it. Choose a level you are cleared for."
                )
                % {"level": label("confidentiality", level)},
            )
        return data

    def _readable_at(self, level: str) -> bool:
        """Whether the user could still read the record saved at this level (as `visible_to` decides)."""
        record = self.instance
        if level in cleared_levels(self.user) or record.pk is None or record.created_by_id == self.user.pk:
            return True
        return bool(record.shared_with.filter(pk=self.user.pk).exists())


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
        """An act has a named victim or a number of unnamed ones, a minimum not above its maximum, and dates
        that may fall within its event's."""
        data = super().clean()
        low, high = data.get("victim_count_min"), data.get("victim_count_max")
        if not data.get("victim") and not low:
            raise forms.ValidationError(_("Name the victim or give the number of unnamed victims."))
        if low is not None and high is not None and high < low:
            self.add_error("victim_count_max", _("The maximum is below the minimum."))
        if data.get("event") is not None:
            self._check_within_event(data["event"], data.get("start", ""), data.get("end", ""))
        return data

    def _check_within_event(self, event: Event, start: str, end: str) -> None:
        """An act certainly before its event began, or certainly after it ended, is a typo somewhere.

        An event without an end may still be going on, so only its start bounds the act then.
        """
        field = "start" if start else "end"
        first, last = read_date(start), read_date(end or start)
        began, ended = read_date(event.start), read_date(event.end)
        if last and last.latest and began and began.earliest and last.latest < began.earliest:
            message = _("The act is dated before its event began (%(date)s).") % {"date": pdate(event.start)}
            self.add_error(field, message)
        elif first and first.earliest and ended and ended.latest and first.earliest > ended.latest:
            message = _("The act is dated after its event ended (%(date)s).") % {"date": pdate(event.end)}
            self.add_error(field, message)


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


class MembershipForm(RecordForm):
    """A person's membership of an organisation: an MEP in the European Parliament for a group and a country."""

    date_fields = ("start", "end")
    date_order = (("start", "end"),)
    linked = {"person": "person", "organization": "organization", "on_behalf_of": "organization"}

    class Meta:
        model = Membership
        fields = [
            "person",
            "organization",
            "on_behalf_of",
            "role",
            "area",
            "start",
            "end",
            "confidentiality",
            "published",
            "remarks",
        ]

    def __init__(self, *args: Any, user: Any, **kwargs: Any) -> None:
        super().__init__(*args, user=user, **kwargs)
        self.fields["organization"].label = str(_("Organisation or parliament"))
        self.fields["organization"].help_text = str(_("For an MEP: the European Parliament or its political group."))
        self.fields["on_behalf_of"].label = str(_("On behalf of (group or party)"))


class PersonalDetailForm(RecordForm):
    """A sensitive fact about a person: RED unless lowered, never published."""

    linked = {"person": "person"}

    class Meta:
        model = PersonalDetail
        fields = ["person", "kind", "value", "confidentiality", "remarks"]

    def __init__(self, *args: Any, user: Any, **kwargs: Any) -> None:
        super().__init__(*args, user=user, **kwargs)
        kind: Any = self.fields["kind"]
        kind.choices = [("", "---------"), *((code, str(text)) for code, text in LABELS["detail_kind"].items())]
        self.fields["value"].help_text = str(_("Never shown on the public site or in the public API."))


FORMS: dict[str, type[RecordForm]] = {
    "person": PersonForm,
    "event": EventForm,
    "act": ActForm,
    "legalcase": LegalCaseForm,
    "intervention": InterventionForm,
    "organization": OrganizationForm,
    "statusclaim": StatusClaimForm,
    "designation": DesignationForm,
    "membership": MembershipForm,
    "personaldetail": PersonalDetailForm,
}
