"""What every resource shares: finding one visible record by its stable id."""

from typing import Any

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404
from ninja import Path, Query


def code_filter(description: str) -> Any:
    """An optional query parameter holding a vocabulary code."""
    return Query(None, max_length=60, pattern=r"^[\w.:-]+$", description=description)


UID = Path(..., max_length=120, pattern=r"^[^\x00/]+$", description="The record's stable identifier.")


def visible_one(records: QuerySet[Any], user: Any, uid: str) -> Any:
    """The record with this uid if the user may read it; 404 otherwise (missing and forbidden look the same)."""
    manager: Any = records
    return get_object_or_404(manager.visible_to(user), uid=uid)
