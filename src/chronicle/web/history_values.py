"""Values of a record's history as the reader reads them: field labels, choice and vocabulary labels, dates in
words, linked records by name when readable; the stored code kept beside each for whoever needs it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from chronicle.records.models.base import validate_edtf
from chronicle.vocab.fields import VocabularyField
from chronicle.vocab.loader import vocabulary
from chronicle.web.forms.labels import FIELD_LABELS
from chronicle.web.labels import LABELS, label
from chronicle.web.templatetags.chronicle_web import pdate

# Fixed choices whose translated labels are in LABELS under another name than the field's.
CHOICE_GROUPS = {("legalcase", "kind"): "case_kind", ("personaldetail", "kind"): "detail_kind"}
# Lists of vocabulary codes stored as JSON.
CODE_LISTS = {
    "roles": "roles",
    "legal_articles": "legal_articles",
    "criteria": "pace_criteria",
    "exclusions_checked": "pace_criteria",
}


@dataclass(frozen=True)
class Shown:
    """A value as shown, and as stored when that differs (for a title attribute)."""

    text: str
    code: str = ""


def field_label(model: Any, name: str) -> str:
    """A field's label in the reader's language: the forms' label, else the model's verbose name."""
    if name in FIELD_LABELS:
        return str(FIELD_LABELS[name])
    try:
        return str(model._meta.get_field(name).verbose_name).capitalize()
    except FieldDoesNotExist:
        return name


def shown(model: Any, name: str, value: Any, user: Any) -> Shown:
    """A stored value in the reader's language, with the stored code when it is not the text shown."""
    if value is None or value == "" or value == []:
        return Shown("")
    try:
        field = model._meta.get_field(name)
    except FieldDoesNotExist:
        return Shown(str(value))
    text = _text(model, field, value, user)
    stored = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
    return Shown(text, "" if text == stored else stored)


def _text(model: Any, field: Any, value: Any, user: Any) -> str:
    language = (get_language() or "en")[:2]
    if isinstance(field, VocabularyField):
        return _term(field.vocabulary, value, language)
    if field.name in CODE_LISTS and isinstance(value, list):
        return ", ".join(_term(CODE_LISTS[field.name], code, language) for code in value)
    if isinstance(value, list):
        return "; ".join(map(str, value))
    if isinstance(field, models.ForeignKey):
        return _record(field.related_model, value, user)
    if isinstance(field, models.BooleanField):
        return _("yes") if value else _("no")
    if field.choices:
        group = CHOICE_GROUPS.get((model._meta.model_name, field.name), field.name)
        return label(group, value) if group in LABELS else str(dict(field.choices).get(value, value))
    if validate_edtf in field.validators:
        return pdate(value)
    return str(value)


def _term(name: str, code: str, language: str) -> str:
    terms = vocabulary(name)
    return terms[code].label(language) if code in terms else code


def _record(model: Any, pk: Any, user: Any) -> str:
    """The record named, or a placeholder when the reader may not read it."""
    manager: Any = model._default_manager
    queryset = manager.visible_to(user) if hasattr(manager, "visible_to") else manager.all()
    record = queryset.filter(pk=pk).first()
    return str(record) if record is not None else _("a record you may not read")
