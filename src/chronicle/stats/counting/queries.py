"""The SQL side of loading: which rows may touch a period, where they lie against it, and reading them plainly."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

import numpy as np
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


def by_uid(queryset: QuerySet[Any]) -> QuerySet[Any]:
    """Rows in uid order where the database gives it cheaply (SQLite walks the uid index), else unordered.

    PostgreSQL would sort on the server, spilling 300k acts to disk, at more cost than sorting in Python.
    Callers check the order (`columns.sorting`) whatever the database and its collation.
    """
    if connections[queryset.db].vendor == "sqlite":
        return queryset.order_by("uid")
    return queryset.order_by()


def fetch(queryset: QuerySet[Any], *columns: str, ordered: bool = False) -> list[tuple[Any, ...]]:
    """Rows of a values_list query as the database returns them (no model instances or converters).

    Unordered, unless `ordered`: then in the queryset's own order.
    """
    query = (queryset if ordered else queryset.order_by()).values_list(*columns).query
    sql, params = query.get_compiler(using=queryset.db).as_sql()
    with connections[queryset.db].cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def columns(rows: list[tuple[Any, ...]], width: int) -> list[Sequence[Any]]:
    """Rows turned into columns."""
    return list(zip(*rows, strict=True)) if rows else [()] * width


SEPARATOR = "\x1f"  # the unit separator: no uid, code or JSON text holds it (checked on reading)
AGGREGATES = {  # each column's values joined into one text, numbers by commas
    "sqlite": ("group_concat({}, char(31))", "group_concat({}, ',')"),
    "postgresql": ("string_agg({}::text, chr(31))", "string_agg({}::text, ',')"),
}


def read_columns(queryset: QuerySet[Any], names: Sequence[str], numbers: Collection[str]) -> list[Any]:
    """The columns of a values_list query, in the queryset's order, each read as one text.

    One row of a few long texts instead of a row per record: the database joins the values and the
    split gives them back, about a third cheaper than building a tuple per row. `numbers` name the
    columns of integers (never NULL), returned as arrays. A column whose split does not give one value
    per row (a NULL, or a value holding the separator) makes the whole read fall back to rows.
    """
    connection = connections[queryset.db]
    if connection.vendor not in AGGREGATES:
        return _as_columns(fetch(queryset, *names, ordered=True), names, numbers)
    sql, params = queryset.values_list(*names).query.get_compiler(using=queryset.db).as_sql()
    text, number = AGGREGATES[connection.vendor]
    labels = [f"c{at}" for at in range(len(names))]
    joined = ", ".join(
        (number if name in numbers else text).format(label) for name, label in zip(names, labels, strict=True)
    )
    with connection.cursor() as cursor:
        cursor.execute(f"WITH placed({', '.join(labels)}) AS ({sql}) SELECT count(*), {joined} FROM placed", params)
        size, *texts = cursor.fetchone()
    found = [_split(value, name in numbers) for name, value in zip(names, texts, strict=True)]
    if any(len(column) != size for column in found):
        return _as_columns(fetch(queryset, *names, ordered=True), names, numbers)
    return found


def _split(text: str | None, number: bool) -> Any:
    if not text:
        return np.zeros(0, dtype=np.int64) if number else []
    return np.fromstring(text, dtype=np.int64, sep=",") if number else text.split(SEPARATOR)


def _as_columns(rows: list[tuple[Any, ...]], names: Sequence[str], numbers: Collection[str]) -> list[Any]:
    found = columns(rows, len(names))
    return [
        np.array(column, dtype=np.int64) if name in numbers else column
        for name, column in zip(names, found, strict=True)
    ]
