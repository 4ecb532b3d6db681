"""A record's history: each saved version and what changed from the one before (django-simple-history).

The rows edited with a record (spellings, charges, signatories ...) keep their own history; a record's
history shows theirs too, each version named by the row it concerns.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from chronicle.records.models import (
    Act,
    CaseStage,
    Charge,
    Event,
    Intervention,
    Involvement,
    LegalCase,
    Membership,
    Organization,
    OrganizationDesignation,
    OrganizationName,
    Participant,
    Person,
    PersonalDetail,
    PersonName,
    PreventiveMeasure,
    Sentence,
    StatusClaim,
    Subject,
)
from chronicle.web.history_values import Shown, field_label, shown

HISTORIED: dict[str, Any] = {
    "person": Person,
    "organization": Organization,
    "event": Event,
    "act": Act,
    "legalcase": LegalCase,
    "intervention": Intervention,
    "statusclaim": StatusClaim,
    "designation": OrganizationDesignation,
    "membership": Membership,
    "personaldetail": PersonalDetail,
}
ROWS: dict[Any, tuple[Any, ...]] = {
    Person: (PersonName,),
    Act: (Involvement,),
    LegalCase: (Charge, CaseStage, PreventiveMeasure, Sentence),
    Organization: (OrganizationName,),
    Intervention: (Participant, Subject),
}
# How a row's version is named: its kind, then the first of these fields that holds a value (shown as the
# reader may read it: a row's own __str__ would name a linked person the reader may not read).
ROW_NAMES: dict[Any, tuple[Promise, tuple[str, ...]]] = {
    PersonName: (_("Spelling"), ("full_name",)),
    Involvement: (_("Perpetrator"), ("perpetrator_person", "perpetrator_organization", "perpetrator_type")),
    Charge: (_("Charge"), ("article",)),
    CaseStage: (_("Stage"), ("stage",)),
    PreventiveMeasure: (_("Preventive measure"), ("measure",)),
    Sentence: (_("Sentence"), ("sentence_type",)),
    OrganizationName: (_("Other name"), ("name",)),
    Participant: (_("Participant"), ("person", "organization", "as_written")),
    Subject: (_("Person, act or case cited"), ("person", "act", "legal_case")),
}
HIDDEN_FIELDS = {"updated_at"}


@dataclass(frozen=True)
class Change:
    """One field's old and new value, as the reader reads them (the field's code and stored values kept)."""

    field: str
    label: str
    old: Shown
    new: Shown


@dataclass(frozen=True)
class Version:
    """One saved version: when, by whom, how, what changed from the previous one, and which row (if a row's)."""

    date: Any
    user: Any
    kind: str
    changes: list[Change]
    row: str = ""


def versions(record: Any, user: Any, limit: int = 100) -> list[Version]:
    """The record's versions and its rows', newest first, each with its differences from the one before it.

    Values are shown in the reader's language; a record named by a value is named only if the reader may read it.
    """
    found = _versions(type(record), record.history.all(), limit, user)
    for model in ROWS.get(type(record), ()):
        rows = model.history.filter(**{f"{model.parent_field}_id": record.pk})
        found += _versions(model, rows, limit, user)
    found.sort(key=lambda version: version.date, reverse=True)
    return found[:limit]


def _versions(model: Any, history: Any, limit: int, user: Any) -> list[Version]:
    rows = list(history.select_related("history_user").order_by("-history_date", "-history_id")[: limit + 1])
    found: list[Version] = []
    for position, newer in enumerate(rows[:limit]):
        older = next((row for row in rows[position + 1 :] if row.id == newer.id), None)
        changes = [] if older is None else _changes(model, newer, older, user)
        row = _row_name(model, newer, user)
        found.append(Version(newer.history_date, newer.history_user, newer.get_history_type_display(), changes, row))
    return found


def _row_name(model: Any, version: Any, user: Any) -> str:
    """A row version's name ("Spelling: Макс Бокаев"); "" for the record's own versions."""
    if model not in ROW_NAMES:
        return ""
    title, fields = ROW_NAMES[model]
    for name in fields:
        value = getattr(version, model._meta.get_field(name).attname)
        if value not in (None, ""):
            return f"{title}: {shown(model, name, value, user).text}"
    return str(title)


def _changes(model: Any, newer: Any, older: Any, user: Any) -> list[Change]:
    delta = newer.diff_against(older)
    return [_change(model, c.field, c.old, c.new, user) for c in delta.changes if c.field not in HIDDEN_FIELDS]


def _change(model: Any, field: str, old: Any, new: Any, user: Any) -> Change:
    return Change(field, field_label(model, field), shown(model, field, old, user), shown(model, field, new, user))
