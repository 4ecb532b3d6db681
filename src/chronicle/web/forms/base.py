"""The base of record and row forms: partial dates, choices the user may read, labels in the reader's language."""

from __future__ import annotations

from typing import Any, ClassVar

from django import forms
from django.core.exceptions import FieldDoesNotExist
from django.utils.translation import gettext_lazy as _

from chronicle.common.access import Confidentiality
from chronicle.records.models import Act, Event, Intervention, LegalCase, Organization, Person
from chronicle.vocab.fields import VocabularyField
from chronicle.web.forms.fields import AutocompleteSelect, PartialDateField, check_order, vocabulary_choices
from chronicle.web.forms.labels import FIELD_HELP, FIELD_LABELS
from chronicle.web.labels import LABELS

KIND_MODELS: dict[str, Any] = {
    "person": Person,
    "organization": Organization,
    "event": Event,
    "act": Act,
    "legalcase": LegalCase,
    "intervention": Intervention,
}


def confidentiality_choices() -> list[tuple[str, str]]:
    """The TLP levels with their labels in the reader's language."""
    return [(level, str(LABELS["confidentiality"][level])) for level in Confidentiality.values]


class LinesField(forms.CharField):
    """A list of short texts, one a line (a letter's demands)."""

    widget = forms.Textarea(attrs={"rows": 3})

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("required", False)
        kwargs.setdefault("help_text", _("One a line."))
        super().__init__(**kwargs)

    def prepare_value(self, value: Any) -> Any:
        """A stored list shown one item a line."""
        return "\n".join(str(item) for item in value) if isinstance(value, list) else value

    def clean(self, value: Any) -> list[str]:
        """The non-empty lines, stripped."""
        text = super().clean(value) or ""
        return [line.strip() for line in str(text).splitlines() if line.strip()]


class ChronicleForm(forms.ModelForm):
    """A form over a record or one of its rows: partial dates, autocompleted choices, translated labels.

    `date_fields` are read as people write them, `linked` names the record choices (field → kind) that
    offer only what the user may read, and `date_order` lists (start, end) pairs that must be in order.
    """

    date_fields: ClassVar[tuple[str, ...]] = ()
    linked: ClassVar[dict[str, str]] = {}
    date_order: ClassVar[tuple[tuple[str, str], ...]] = ()

    def __init__(self, *args: Any, user: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.user = user
        for name in self.date_fields:
            old = self.fields[name]
            self.fields[name] = PartialDateField(label=old.label, required=old.required)
        for name, kind in self.linked.items():
            self._autocomplete(name, kind)
        self._localise()

    def _autocomplete(self, name: str, kind: str) -> None:
        field: Any = self.fields[name]
        field.widget = AutocompleteSelect(kind)
        field.widget.is_required = field.required
        field.queryset = KIND_MODELS[kind].objects.visible_to(self.user)

    def _localise(self) -> None:
        field: Any
        for name, field in self.fields.items():
            if name in FIELD_LABELS:
                field.label = str(FIELD_LABELS[name])
            if name in FIELD_HELP:
                field.help_text = str(FIELD_HELP[name])
            if name == "confidentiality":
                field.choices = confidentiality_choices
                continue
            try:
                model_field = self._meta.model._meta.get_field(name)
            except FieldDoesNotExist:
                continue
            if model_field.has_default() and field.initial is None:
                field.initial = model_field.get_default()
            if isinstance(model_field, VocabularyField):
                # Without a default, a choice starts blank: an untouched extra row stays empty.
                blank = model_field.blank or not model_field.has_default()
                field.choices = vocabulary_choices(model_field.vocabulary, blank=blank)

    def clean(self) -> dict[str, Any]:
        """The model's own checks, then dates in order."""
        data = super().clean() or {}
        for start, end in self.date_order:
            check_order(self, start, end)
        return data
