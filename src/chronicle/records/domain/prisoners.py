"""Who held a status on a day: political prisoners according to whom, and since when."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.db.models import Q, QuerySet

from chronicle.records.models import Person, StatusClaim

ACTIVE_STATES = ("current", "former")


def status_claims_on(day: date, *, status: str = "political_prisoner", user: Any = None) -> QuerySet[StatusClaim]:
    """Claims of a status certainly made by `day` and not certainly ended before it."""
    claims = StatusClaim.objects.visible_to(user) if user is not None else StatusClaim.objects.all()
    begun = Q(recognised_on_latest__lte=day)
    not_ended = Q(ended_on_earliest__isnull=True) | Q(ended_on_earliest__gt=day)
    return claims.filter(begun & not_ended, status=status, state__in=ACTIVE_STATES)


def political_prisoners_on(day: date, *, claimed_by: str | None = None, user: Any = None) -> QuerySet[Person]:
    """People someone held to be political prisoners on a day; optionally only one organisation's list."""
    claims = status_claims_on(day, user=user)
    if claimed_by is not None:
        claims = claims.filter(claimed_by__uid=claimed_by)
    people = Person.objects.visible_to(user) if user is not None else Person.objects.all()
    return people.filter(pk__in=claims.values("person_id")).order_by("display_name")
