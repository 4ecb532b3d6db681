"""A record's history: each saved version and what changed from the one before (django-simple-history).

The rows edited with a record (spellings, charges, signatories ...) keep their own history; a record's
history shows theirs too, each version named by the row it concerns.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from chronicle.records.models import (
    Act,
    CaseStage,
    Charge,
    Event,
    Intervention,
    Involvement,
    LegalCase,
    Organization,
    OrganizationDesignation,
    OrganizationName,
    Participant,
    Person,
    PersonName,
    PreventiveMeasure,
    Sentence,
    StatusClaim,
    Subject,
)

HISTORIED: dict[str, Any] = {
    "person": Person,
    "organization": Organization,
    "event": Event,
    "act": Act,
    "legalcase": LegalCase,
    "intervention": Intervention,
    "statusclaim": StatusClaim,
    "designation": OrganizationDesignation,
}
ROWS: dict[Any, tuple[Any, ...]] = {
    Person: (PersonName,),
    Act: (Involvement,),
    LegalCase: (Charge, CaseStage, PreventiveMeasure, Sentence),
    Organization: (OrganizationName,),
    Intervention: (Participant, Subject),
}
HIDDEN_FIELDS = {"updated_at"}


@dataclass(frozen=True)
class Change:
    """One field's old and new value."""

    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class Version:
    """One saved version: when, by whom, how, what changed from the previous one, and which row (if a row's)."""

    date: Any
    user: Any
    kind: str
    changes: list[Change]
    row: str = ""


def versions(record: Any, limit: int = 100) -> list[Version]:
    """The record's versions and its rows', newest first, each with its differences from the one before it."""
    found = _versions(record.history.all(), limit, "")
    for model in ROWS.get(type(record), ()):
        rows = model.history.filter(**{f"{model.parent_field}_id": record.pk})
        found += _versions(rows, limit, str(model._meta.verbose_name))
    found.sort(key=lambda version: version.date, reverse=True)
    return found[:limit]


def _versions(history: Any, limit: int, row_kind: str) -> list[Version]:
    rows = list(history.select_related("history_user").order_by("-history_date", "-history_id")[: limit + 1])
    found: list[Version] = []
    for position, newer in enumerate(rows[:limit]):
        older = next((row for row in rows[position + 1 :] if row.id == newer.id), None)
        changes = [] if older is None else _changes(newer, older)
        row = f"{row_kind}: {newer}" if row_kind else ""
        found.append(Version(newer.history_date, newer.history_user, newer.get_history_type_display(), changes, row))
    return found


def _changes(newer: Any, older: Any) -> list[Change]:
    delta = newer.diff_against(older)
    return [Change(c.field, c.old, c.new) for c in delta.changes if c.field not in HIDDEN_FIELDS]
