"""The rows that belong to a record, edited on its form: spellings, perpetrators, charges, stages, measures,
sentences, other names, participants and subjects (Django inline formsets, one extra row each)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from django import forms
from django.forms.models import BaseInlineFormSet, inlineformset_factory
from django.utils.functional import Promise, cached_property
from django.utils.translation import gettext_lazy as _

from chronicle.records.models import (
    Act,
    CaseStage,
    Charge,
    Intervention,
    Involvement,
    LegalCase,
    Organization,
    OrganizationName,
    Participant,
    Person,
    PersonName,
    PreventiveMeasure,
    Sentence,
    Subject,
)
from chronicle.web.forms.base import ChronicleForm
from chronicle.web.forms.fields import ends_before, remember_chosen, vocabulary_choices


class PersonNameForm(ChronicleForm):
    """One spelling of the person's name."""

    class Meta:
        model = PersonName
        fields = [
            "full_name",
            "surname",
            "given_name",
            "patronymic",
            "script",
            "language",
            "scheme",
            "name_type",
            "is_primary",
        ]


class InvolvementForm(ChronicleForm):
    """One perpetrator's part in the act."""

    linked = {"perpetrator_person": "person", "perpetrator_organization": "organization"}

    class Meta:
        model = Involvement
        fields = ["perpetrator_type", "perpetrator_person", "perpetrator_organization", "degree"]


class ChargeForm(ChronicleForm):
    """An article the defendant is charged under."""

    date_fields = ("charged_on", "dropped_on")
    date_order = (("charged_on", "dropped_on"),)

    class Meta:
        model = Charge
        fields = ["article", "part", "charged_on", "dropped_on"]


class CaseStageForm(ChronicleForm):
    """A stage the case reached."""

    date_fields = ("date",)
    linked = {"court": "organization"}

    class Meta:
        model = CaseStage
        fields = ["stage", "date", "court", "outcome"]


class PreventiveMeasureForm(ChronicleForm):
    """Custody, house arrest ... ordered while the case runs."""

    date_fields = ("start", "end")
    date_order = (("start", "end"),)
    linked = {"ordered_by": "organization"}

    class Meta:
        model = PreventiveMeasure
        fields = ["measure", "start", "end", "ordered_by"]


class SentenceForm(ChronicleForm):
    """A punishment imposed in the case."""

    date_fields = ("imposed_on", "expected_end", "actual_end")
    date_order = (("imposed_on", "expected_end"), ("imposed_on", "actual_end"))

    class Meta:
        model = Sentence
        fields = [
            "sentence_type",
            "term_months",
            "term_days",
            "amount",
            "currency",
            "suspended",
            "additional_bans",
            "imposed_on",
            "expected_end",
            "actual_end",
            "release_reason",
        ]


class OrganizationNameForm(ChronicleForm):
    """Another name of the organisation."""

    date_fields = ("start", "end")
    date_order = (("start", "end"),)

    class Meta:
        model = OrganizationName
        fields = ["name", "language", "start", "end", "note"]


class ParticipantForm(ChronicleForm):
    """A signatory, initiator or addressee, with country and group as on the letter's date."""

    linked = {"person": "person", "organization": "organization"}
    political_group = forms.ChoiceField(required=False, choices=vocabulary_choices("ep_groups", blank=True))

    class Meta:
        model = Participant
        fields = ["role", "person", "organization", "as_written", "country", "political_group"]

    def clean(self) -> dict[str, Any]:
        """A participant is a person or an organisation."""
        data = super().clean()
        if not data.get("person") and not data.get("organization"):
            raise forms.ValidationError(_("Choose a person or an organisation."), code="nobody")
        return data


class SubjectForm(ChronicleForm):
    """A person, act or case the letter cites."""

    linked = {"person": "person", "act": "act", "legal_case": "legalcase"}

    class Meta:
        model = Subject
        fields = ["person", "act", "legal_case", "mentioned_as"]

    def clean(self) -> dict[str, Any]:
        """A subject is a person, an act or a case."""
        data = super().clean()
        if not (data.get("person") or data.get("act") or data.get("legal_case")):
            raise forms.ValidationError(_("Choose a person, an act or a legal case."), code="nothing")
        return data


class RowFormSet(BaseInlineFormSet):
    """Rows of a record; kept rows (not marked for deletion) are checked together."""

    @cached_property
    def forms(self) -> list[Any]:
        """The row forms, with the records chosen in them loaded in one query per field."""
        built: list[Any] = super().forms
        for name in self.form.linked if issubclass(self.form, ChronicleForm) else ():
            remember_chosen(built, name)
        return built

    def kept(self) -> list[Any]:
        """The rows filled in and not marked for deletion."""
        return [f for f in self.forms if getattr(f, "cleaned_data", None) and not f.cleaned_data.get("DELETE")]


class PersonNameFormSet(RowFormSet):
    """Spellings: each once, at most one primary."""

    def clean(self) -> None:
        """Refuse a spelling given twice and more than one primary name."""
        super().clean()
        kept = self.kept()
        spellings = [f.cleaned_data.get("full_name", "").strip().casefold() for f in kept]
        if len(spellings) != len(set(spellings)):
            raise forms.ValidationError(_("The same spelling is listed twice."), code="duplicate")
        if sum(bool(f.cleaned_data.get("is_primary")) for f in kept) > 1:
            raise forms.ValidationError(_("Only one spelling can be the primary one."), code="primaries")


class AfterOpeningFormSet(RowFormSet):
    """Rows of a case dated by `dated_by`: none before the case was opened."""

    dated_by: ClassVar[str]
    too_early: ClassVar[Promise]

    def clean(self) -> None:
        """A row dated before the case was opened is a typo somewhere."""
        super().clean()
        opened = getattr(self.instance, "opened", "")
        for form in self.kept():
            if ends_before(opened, form.cleaned_data.get(self.dated_by)):
                form.add_error(self.dated_by, self.too_early)


class SentenceFormSet(AfterOpeningFormSet):
    """Sentences: none imposed before the case was opened."""

    dated_by = "imposed_on"
    too_early = _("The sentence is dated before the case was opened.")


class CaseStageFormSet(AfterOpeningFormSet):
    """Stages: none reached before the case was opened."""

    dated_by = "date"
    too_early = _("This stage is dated before the case was opened.")


@dataclass(frozen=True)
class RowKind:
    """One kind of row shown on a record's form."""

    prefix: str
    title: Promise
    formset: type[BaseInlineFormSet]


def _rows(parent: Any, form: type[ChronicleForm], formset: type[BaseInlineFormSet] = RowFormSet) -> Any:
    return inlineformset_factory(parent, form._meta.model, form=form, formset=formset, extra=1, can_delete=True)


ROWS: dict[str, tuple[RowKind, ...]] = {
    "person": (RowKind("names", _("Spellings of the name"), _rows(Person, PersonNameForm, PersonNameFormSet)),),
    "act": (RowKind("involvements", _("Perpetrators"), _rows(Act, InvolvementForm)),),
    "legalcase": (
        RowKind("charges", _("Charges"), _rows(LegalCase, ChargeForm)),
        RowKind("stages", _("Stages"), _rows(LegalCase, CaseStageForm, CaseStageFormSet)),
        RowKind("measures", _("Preventive measures"), _rows(LegalCase, PreventiveMeasureForm)),
        RowKind("sentences", _("Sentences"), _rows(LegalCase, SentenceForm, SentenceFormSet)),
    ),
    "organization": (RowKind("names", _("Other names"), _rows(Organization, OrganizationNameForm)),),
    "intervention": (
        RowKind("participants", _("Participants and signatories"), _rows(Intervention, ParticipantForm)),
        RowKind("subjects", _("Persons, acts and cases cited"), _rows(Intervention, SubjectForm)),
    ),
}


def row_formsets(kind: str, data: Any, record: Any, user: Any) -> list[tuple[RowKind, BaseInlineFormSet]]:
    """The formsets of a record's rows, bound to the data posted (or unbound to show them).

    Rows whose formset was not posted at all (a client sending only the record's fields) stay unbound: untouched.
    """
    return [
        (row, row.formset(_posted(data, row.prefix), instance=record, prefix=row.prefix, form_kwargs={"user": user}))
        for row in ROWS.get(kind, ())
    ]


def _posted(data: Any, prefix: str) -> Any:
    return data if data is not None and f"{prefix}-TOTAL_FORMS" in data else None
