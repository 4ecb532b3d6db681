"""References from one record to another, shown only when the reader may see the other record too."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.db import models
from ninja import Schema


class Ref(Schema):
    """A pointer to another record: its stable id and the name it is shown by."""

    uid: str
    name: str


def visible_records(model: type[models.Model], ids: Iterable[int | None], user: Any) -> dict[int, Any]:
    """The records among `ids` that `user` may read, by primary key (one query)."""
    wanted = {pk for pk in ids if pk is not None}
    if not wanted:
        return {}
    manager: Any = model._default_manager
    return manager.visible_to(user).in_bulk(wanted)


def name_of(record: Any) -> str:
    """What a record is called in a reference, from its own fields only (never `str()`, which may name others)."""
    for attribute in ("display_name", "title", "name"):
        if value := getattr(record, attribute, ""):
            return str(value)
    if hasattr(record, "case_number"):
        return f"{record.get_kind_display()} case {record.case_number}".strip()
    if hasattr(record, "act_type"):
        return f"{record.act_type} {record.start}".strip()
    return str(record.uid)


def ref(record: Any | None) -> Ref | None:
    """The reference to a record, or None when it is absent or hidden."""
    return None if record is None else Ref(uid=record.uid, name=name_of(record))


def refs_to(model: type[models.Model], records: Iterable[Any], field: str, user: Any) -> dict[int, Ref | None]:
    """For each record, a reference through `field` (a foreign key to `model`), or None if hidden."""
    records = list(records)
    targets = visible_records(model, (getattr(record, f"{field}_id") for record in records), user)
    return {record.pk: ref(targets.get(getattr(record, f"{field}_id"))) for record in records}
