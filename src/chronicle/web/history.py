"""A record's history: each saved version and what changed from the one before (django-simple-history)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from chronicle.records.models import Event, Intervention, LegalCase, Organization, Person

HISTORIED: dict[str, Any] = {
    "person": Person,
    "organization": Organization,
    "event": Event,
    "legalcase": LegalCase,
    "intervention": Intervention,
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
    """One saved version: when, by whom, how, and what changed from the previous one."""

    date: Any
    user: Any
    kind: str
    changes: list[Change]


def versions(record: Any, limit: int = 100) -> list[Version]:
    """The record's versions, newest first, each with its differences from the one before it."""
    rows = list(record.history.select_related("history_user").order_by("-history_date", "-history_id")[: limit + 1])
    found: list[Version] = []
    for newer, older in zip(rows, [*rows[1:], None], strict=False):
        if len(found) == limit:
            break
        changes = [] if older is None else _changes(newer, older)
        found.append(Version(newer.history_date, newer.history_user, newer.get_history_type_display(), changes))
    return found


def _changes(newer: Any, older: Any) -> list[Change]:
    delta = newer.diff_against(older)
    return [Change(c.field, c.old, c.new) for c in delta.changes if c.field not in HIDDEN_FIELDS]
