"""The SQL side of loading: which rows may touch a period, where they lie against it, and reading them plainly."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.db import connections
from django.db.models import Case, IntegerField, Q, QuerySet, Value, When

from chronicle.stats.counting.period import Period


def visible(model: Any, user: Any) -> QuerySet[Any]:
    """The rows of a model the user may read (all of them without a user: the command line)."""
    return model.objects.visible_to(user) if user is not None else model.objects.all()


def touching(first: str, last: str, period: Period) -> Q:
    """Rows whose [first, last] may share a day with the period (open or missing bounds may)."""
    condition = Q()
    if period.end is not None:
        condition &= Q(**{f"{first}__isnull": True}) | Q(**{f"{first}__lte": period.end})
    if period.start is not None:
        condition &= Q(**{f"{last}__isnull": True}) | Q(**{f"{last}__gte": period.start})
    return condition


def inside(first: str, last: str, period: Period) -> Q:
    """Rows whose [first, last] lies wholly inside the period (a missing bound is open, so never inside)."""
    condition = Q()
    if period.start is not None:
        condition &= Q(**{f"{first}__gte": period.start})
    if period.end is not None:
        condition &= Q(**{f"{last}__lte": period.end})
    return condition


def first_holding(*cases: tuple[Q, int], default: int = 0) -> Case | Value:
    """The number paired with the first condition that holds (an empty condition always holds), else `default`."""
    whens = []
    for condition, number in cases:
        if not condition:
            default = number
            break
        whens.append(When(condition, then=Value(number)))
    if not whens:
        return Value(default, output_field=IntegerField())
    return Case(*whens, default=Value(default), output_field=IntegerField())


def fetch(queryset: QuerySet[Any], *columns: str) -> list[tuple[Any, ...]]:
    """Rows of a values_list query, unordered, as the database returns them (no model instances or converters)."""
    query = queryset.order_by().values_list(*columns).query
    sql, params = query.get_compiler(using=queryset.db).as_sql()
    with connections[queryset.db].cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def columns(rows: list[tuple[Any, ...]], width: int) -> list[Sequence[Any]]:
    """Rows turned into columns."""
    return list(zip(*rows, strict=True)) if rows else [()] * width
