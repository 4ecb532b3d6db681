"""Counting political prisoners on a day, from status claims, with uncertain claims kept apart."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.db.models import Q

from chronicle.records.domain.prisoners import ACTIVE_STATES, political_prisoners_on
from chronicle.records.models import StatusClaim
from chronicle.stats.counting.result import Count
from chronicle.stats.counting.rules import POLITICAL_PRISONERS


def _uncertain_on(day: date, user: Any) -> set[str]:
    """People whose claim may, but need not, be in force on the day (undated or straddling dates)."""
    claims = StatusClaim.objects.visible_to(user) if user is not None else StatusClaim.objects.all()
    claims = claims.filter(status="political_prisoner", state__in=ACTIVE_STATES)
    undated = Q(recognised_on_earliest__isnull=True)
    maybe_begun = undated | Q(recognised_on_earliest__lte=day, recognised_on_latest__gt=day)
    maybe_ended = Q(ended_on_earliest__lte=day, ended_on_latest__gt=day)
    return set(claims.filter(maybe_begun | maybe_ended).values_list("person__uid", flat=True))


def count_political_prisoners(day: date, *, user: Any = None) -> Count:
    """Distinct persons held to be political prisoners on a day; uncertain claims listed as straddling."""
    certain = set(political_prisoners_on(day, user=user).values_list("uid", flat=True))
    uncertain = _uncertain_on(day, user) - certain
    rule = POLITICAL_PRISONERS
    return Count(rule.name, rule.definition, len(certain), tuple(sorted(certain)), tuple(sorted(uncertain)))
