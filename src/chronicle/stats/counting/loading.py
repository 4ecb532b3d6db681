"""Reading countable items from the record: acts (with their victims) and legal cases touching a period."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.db.models import Case, DateField, F, Q, QuerySet, Value, When
from django.db.models.functions import Coalesce, NullIf

from chronicle.records.models import Act, Charge, Event, Involvement, LegalCase, Organization
from chronicle.stats.counting.period import Period
from chronicle.stats.counting.scope import Scope
from chronicle.stats.counting.tally import Item

Pairs = dict[int, list[str]]


@dataclass(frozen=True)
class ActItems:
    """Acts touching a period, three ways: one item per act, per named victim, per unnamed group."""

    acts: list[Item]
    victims: list[Item]
    unnamed: list[Item]


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


def _pairs(rows: Iterable[tuple[int, str]]) -> Pairs:
    grouped: Pairs = defaultdict(list)
    for owner, value in rows:
        grouped[owner].append(value)
    return grouped


def _acts_touching(period: Period, user: Any) -> QuerySet[Act]:
    own_date = ~Q(start="")
    first = Case(When(own_date, then=F("start_earliest")), default=F("event__start_earliest"), output_field=DateField())
    last = Case(When(own_date, then=F("start_latest")), default=F("event__start_latest"), output_field=DateField())
    place = Coalesce(NullIf(F("region"), Value("")), F("event__region"))
    annotated = _visible(Act, user).annotate(day_first=first, day_last=last, place=place)
    return annotated.filter(_touching("day_first", "day_last", period)).order_by()


def _organizations(through: Any, owner: str, owners: QuerySet[Any], user: Any) -> Pairs:
    rows = through.objects.filter(**{f"{owner}__in": owners})
    if user is not None:
        rows = rows.filter(organization__in=_visible(Organization, user))
    return _pairs(rows.values_list(owner, "organization__uid"))


def _charges(cases: QuerySet[Any], user: Any) -> Pairs:
    rows = Charge.objects.filter(legal_case_id__in=cases)
    if user is not None:
        rows = rows.filter(legal_case__in=_visible(LegalCase, user))
    return _pairs(rows.values_list("legal_case_id", "article"))


def _unique(*groups: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted({value for group in groups for value in group if value}))


def load_acts(period: Period, *, user: Any = None, scope: Scope | None = None) -> ActItems:
    """Acts whose dates may touch the period, with their facets, as items to count. Reads only."""
    acts = _acts_touching(period, user)
    involvements = Involvement.objects.filter(act_id__in=acts.values("pk"))
    perpetrators = _pairs(involvements.values_list("act_id", "perpetrator_type"))
    event_orgs = _organizations(Event.related_organizations.through, "event_id", acts.values("event_id"), user)
    case_ids = acts.exclude(legal_case_id=None).values("legal_case_id")
    case_orgs = _organizations(LegalCase.related_organizations.through, "legalcase_id", case_ids, user)
    charges = _charges(case_ids, user)
    columns = ("pk", "uid", "act_type", "place", "legal_articles", "victim__uid", "victim_count_min")
    rows = acts.values_list(*columns, "legal_case_id", "event_id", "day_first", "day_last")
    found = ActItems([], [], [])
    empty: list[str] = []
    for pk, uid, act_type, place, articles, victim, unnamed, case, event, first, last in rows.iterator(chunk_size=5000):
        facets = {
            "act_type": (act_type,),
            "region": (place,) if place else (),
            "legal_article": _unique(articles or empty, charges.get(case, empty)),
            "movement": _unique(event_orgs.get(event, empty), case_orgs.get(case, empty)),
            "perpetrator_type": _unique(perpetrators.get(pk, empty)),
        }
        act = Item(uid, first, last, facets, uid)
        if scope is not None and not scope.admits(act):
            continue
        found.acts.append(act)
        if victim:
            found.victims.append(Item(victim, first, last, facets, uid))
        else:
            found.unnamed.append(Item(uid, first, last, facets, uid, unnamed or 1))
    return found


def load_cases(period: Period, *, user: Any = None, scope: Scope | None = None, kind: str | None = None) -> list[Item]:
    """Legal cases whose opening date may touch the period, as items to count. Reads only."""
    cases = _visible(LegalCase, user).filter(_touching("opened_earliest", "opened_latest", period)).order_by()
    if kind is not None:
        cases = cases.filter(kind=kind)
    charges = _charges(cases.values("pk"), user)
    orgs = _organizations(LegalCase.related_organizations.through, "legalcase_id", cases.values("pk"), user)
    items = []
    rows = cases.values_list("pk", "uid", "kind", "region", "opened_earliest", "opened_latest")
    for pk, uid, case_kind, region, first, last in rows:
        facets = {
            "kind": (case_kind,),
            "region": (region,) if region else (),
            "legal_article": _unique(charges.get(pk, [])),
            "movement": _unique(orgs.get(pk, [])),
        }
        item = Item(uid, first, last, facets, uid)
        if scope is None or scope.admits(item):
            items.append(item)
    return items
