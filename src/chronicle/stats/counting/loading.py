"""Reading countable items from the record: acts (with their victims) and legal cases touching a period.

The database places each row against the period (inside, or straddling it) and returns plain tuples,
so loading 300k acts costs one query plus one per facet table, without model instances or converters.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from django.db import connections
from django.db.models import BooleanField, Case, DateField, F, Q, QuerySet, Value, When
from django.db.models.functions import Coalesce, NullIf

from chronicle.records.models import Act, Charge, Event, Involvement, LegalCase, Organization, Person
from chronicle.stats.counting.period import Period
from chronicle.stats.counting.scope import Scope
from chronicle.stats.counting.tally import Item

Pairs = dict[int, tuple[str, ...]]
NOTHING: tuple[str, ...] = ()


def _visible(model: Any, user: Any) -> QuerySet[Any]:
    return model.objects.visible_to(user) if user is not None else model.objects.all()


def _touching(first: str, last: str, period: Period) -> Q:
    """Rows whose [first, last] may share a day with the period (open or missing bounds may)."""
    condition = Q()
    if period.end is not None:
        condition &= Q(**{f"{first}__isnull": True}) | Q(**{f"{first}__lte": period.end})
    if period.start is not None:
        condition &= Q(**{f"{last}__isnull": True}) | Q(**{f"{last}__gte": period.start})
    return condition


def _inside(first: str, last: str, period: Period) -> Case | Value:
    """True when [first, last] lies wholly inside the period (a missing bound is open, so never inside)."""
    condition = Q()
    if period.start is not None:
        condition &= Q(**{f"{first}__gte": period.start})
    if period.end is not None:
        condition &= Q(**{f"{last}__lte": period.end})
    if not condition:
        return Value(True)
    return Case(When(condition, then=Value(True)), default=Value(False), output_field=BooleanField())


def _fetch(queryset: QuerySet[Any], *columns: str) -> list[tuple[Any, ...]]:
    """Rows of a values_list query as the database returns them (no model instances or converters)."""
    sql, params = queryset.values_list(*columns).query.get_compiler(using=queryset.db).as_sql()
    with connections[queryset.db].cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def _pairs(rows: Iterable[tuple[int, str]]) -> Pairs:
    """Distinct values by owner (a record must fall under a facet value once, however often it is linked)."""
    grouped: dict[int, list[str]] = defaultdict(list)
    for owner, value in rows:
        grouped[owner].append(value)
    return {
        owner: tuple(dict.fromkeys(values)) if len(values) > 1 else (values[0],) for owner, values in grouped.items()
    }


def _join(first: tuple[str, ...], second: tuple[str, ...]) -> tuple[str, ...]:
    """Two facet value lists as one, each value once."""
    if not first or not second:
        return first or second
    return tuple(dict.fromkeys(first + second))


def _articles(raw: Any) -> tuple[str, ...]:
    """Article codes from a JSON column, returned as text (SQLite) or decoded (PostgreSQL)."""
    if not raw or raw == "[]":
        return NOTHING
    if isinstance(raw, str):
        plain = raw.startswith('["') and raw.endswith('"]') and "\\" not in raw
        return tuple(dict.fromkeys(raw[2:-2].split('", "') if plain else json.loads(raw)))
    return tuple(dict.fromkeys(raw))


class _ArticleCache(dict[str, tuple[str, ...]]):
    """Article lists already read, by their JSON text: acts repeat a few lists many times."""

    def __missing__(self, raw: str) -> tuple[str, ...]:
        self[raw] = _articles(raw)
        return self[raw]


def _acts_touching(period: Period, user: Any) -> QuerySet[Act]:
    own_date = ~Q(start="")
    first = Case(When(own_date, then=F("start_earliest")), default=F("event__start_earliest"), output_field=DateField())
    last = Case(When(own_date, then=F("start_latest")), default=F("event__start_latest"), output_field=DateField())
    place = Coalesce(NullIf(F("region"), Value("")), F("event__region"))
    annotated = _visible(Act, user).annotate(day_first=first, day_last=last, place=place)
    touching = annotated.filter(_touching("day_first", "day_last", period))
    return touching.annotate(inside=_inside("day_first", "day_last", period)).order_by("uid")


def _organizations(through: Any, owner: str, user: Any) -> Pairs:
    """Every link of owners (events or cases) to organisations the user may read; there are far fewer than acts."""
    rows = through.objects.all()
    if user is not None:
        rows = rows.filter(organization__in=_visible(Organization, user))
    return _pairs(_fetch(rows, owner, "organization__uid"))


def _charges(user: Any) -> Pairs:
    """Every charge's article by legal case, of cases the user may read."""
    rows = Charge.objects.all()
    if user is not None:
        rows = rows.filter(legal_case__in=_visible(LegalCase, user))
    return _pairs(_fetch(rows, "legal_case_id", "article"))


def _perpetrators(period: Period) -> Pairs:
    """Perpetrator types by act, for acts that may touch the period (a cheap superset, looked up by act)."""
    may_touch = Q(act__start="") | _touching("act__start_earliest", "act__start_latest", period)
    return _pairs(_fetch(Involvement.objects.filter(may_touch), "act_id", "perpetrator_type"))


class _Single(dict[str | None, tuple[str, ...]]):
    """One-value facet tuples by value, built once: acts repeat a few types and regions many times."""

    def __init__(self, *, empty: tuple[str, ...]) -> None:
        super().__init__()
        self.empty = empty  # what an empty or missing value stands for

    def __missing__(self, value: str | None) -> tuple[str, ...]:
        self[value] = (value,) if value else self.empty
        return self[value]


class _Joined(dict[tuple[tuple[str, ...], tuple[str, ...]], tuple[str, ...]]):
    """`_join` of two value lists, computed once per distinct pair."""

    def __missing__(self, pair: tuple[tuple[str, ...], tuple[str, ...]]) -> tuple[str, ...]:
        self[pair] = _join(*pair)
        return self[pair]


def load_acts(period: Period, *, user: Any = None, scope: Scope | None = None) -> list[Item]:
    """Acts whose dates may touch the period, placed against it, with their facets. Reads only."""
    acts = _acts_touching(period, user)
    perpetrators = _perpetrators(period)
    event_orgs = _organizations(Event.related_organizations.through, "event_id", user)
    case_orgs = _organizations(LegalCase.related_organizations.through, "legalcase_id", user)
    charges = _charges(user)
    person_uids = dict(_fetch(_visible(Person, user), "pk", "uid"))
    columns = ("pk", "uid", "act_type", "place", "legal_articles", "victim_id", "victim_count_min")
    found = []
    types, regions = _Single(empty=("",)), _Single(empty=NOTHING)
    joined, read = _Joined(), _ArticleCache()
    admits = scope.admits if scope is not None and scope.restricts else None
    for pk, uid, act_type, place, articles, victim, unnamed, case, event, inside in _fetch(
        acts, *columns, "legal_case_id", "event_id", "inside"
    ):
        if not articles or articles == "[]":
            cited = NOTHING
        else:
            cited = read[articles] if isinstance(articles, str) else _articles(articles)
        movement = event_orgs.get(event, NOTHING)
        if case is not None:
            cited = joined[cited, charges.get(case, NOTHING)]
            movement = joined[movement, case_orgs.get(case, NOTHING)]
        facets = (types[act_type], regions[place], cited, movement, perpetrators.get(pk, NOTHING), NOTHING)
        act = Item(uid, bool(inside), facets, person_uids.get(victim, "") if victim else "", unnamed or 1)
        if admits is None or admits(act):
            found.append(act)
    return found


def load_cases(period: Period, *, user: Any = None, scope: Scope | None = None) -> list[Item]:
    """Legal cases whose opening date may touch the period, placed against it, with their facets. Reads only."""
    touching = _visible(LegalCase, user).filter(_touching("opened_earliest", "opened_latest", period))
    cases = touching.annotate(inside=_inside("opened_earliest", "opened_latest", period)).order_by("uid")
    charges = _charges(user)
    orgs = _organizations(LegalCase.related_organizations.through, "legalcase_id", user)
    items = []
    for pk, uid, kind, region, inside in _fetch(cases, "pk", "uid", "kind", "region", "inside"):
        facets = (
            NOTHING,
            (region,) if region else NOTHING,
            charges.get(pk, NOTHING),
            orgs.get(pk, NOTHING),
            NOTHING,
            (kind,),
        )
        item = Item(uid, bool(inside), facets)
        if scope is None or scope.admits(item):
            items.append(item)
    return items
