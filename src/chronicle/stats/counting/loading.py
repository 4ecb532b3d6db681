"""Reading countable records: acts (with their victims) and legal cases touching a period, as columns.

The database places each row against the period and hands each table back as a few joined texts
(`queries.read_columns`: one query per table, no model instances, no joins, no tuple per row); the
columns are then matched up as arrays, never row by row.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import numpy as np
from django.db.models import IntegerField, Q, Value
from django.db.models.functions import Coalesce

from chronicle.records.models import Act, Event, Involvement, LegalCase, Person
from chronicle.stats.counting.columns import (
    NO_PERSON,
    Flags,
    Ints,
    Table,
    encode,
    ints,
    lookup,
    pairs,
    pairs_of_sets,
    sorting,
    texts,
)
from chronicle.stats.counting.links import NOTHING, Links, Values, joined
from chronicle.stats.counting.period import Period
from chronicle.stats.counting.queries import by_uid, first_holding, inside, read_columns, touching, visible
from chronicle.stats.counting.scope import Scope

NUMBERS = ("pk", "person", "least", "case", "event_id", "own")
# An act's placement by its own date; NO_OWN_DATE: it has none, and its event's date stands for it.
STRADDLING, INSIDE, NO_OWN_DATE = 0, 1, 2


def _articles(raw: Any) -> Values:
    """Article codes from a JSON column, read as text (SQLite) or decoded to a tuple (PostgreSQL)."""
    if not raw or raw == "[]":
        return NOTHING
    if isinstance(raw, str):
        plain = raw.startswith('["') and raw.endswith('"]') and "\\" not in raw
        return tuple(dict.fromkeys(raw[2:-2].split('", "') if plain else json.loads(raw)))
    return tuple(dict.fromkeys(raw))


def _encode_json(column: Sequence[Any], labels: dict[Any, int]) -> Ints:
    """Codes of a JSON column's values: texts (SQLite), or lists (PostgreSQL) read as tuples."""
    try:
        return encode(column, labels)
    except TypeError:  # lists cannot be keys
        return encode([tuple(raw) if isinstance(raw, list) else raw for raw in column], labels)


def _single(codes: Ints, labels: dict[str, int]) -> tuple[Ints, list[Values]]:
    """A coded single-valued column as set codes (an empty value is no value)."""
    return codes, [(label,) if label else NOTHING for label in labels]


def in_order(uids: Sequence[str], placed_inside: Flags, keep: Flags) -> tuple[Ints, Table]:
    """The rows kept, sorted by uid (as positions in the rows), and a table of them without facets yet."""
    kept = np.flatnonzero(keep)
    column = texts(uids)[kept]
    order = sorting(column.tolist())
    if order is not None:
        kept, column = kept[order], column[order]
    return kept, Table(column, placed_inside[kept], {})


def scoped(table: Table, scope: Scope | None) -> Table:
    """The units within a scope (a region, a legal article)."""
    if scope is None or not scope.restricts:
        return table
    keep = np.ones(len(table), dtype=bool)
    if scope.region is not None:
        keep &= table.having("region", scope.region)
    if scope.article is not None:
        keep &= table.having("legal_article", scope.article)
    return table.subset(keep)


def _events(period: Period) -> tuple[Ints, Flags, Flags, list[str]]:
    """Every event by pk (sorted): whether its date may touch the period, lies inside it, and its region."""
    placed = Event.objects.annotate(
        may_touch=first_holding((touching("start_earliest", "start_latest", period), 1)),
        lies_inside=first_holding((inside("start_earliest", "start_latest", period), 1)),
    )
    names = ("pk", "may_touch", "lies_inside", "region")
    pk, may_touch, lies_inside, region = read_columns(placed.order_by("pk"), names, names[:3])
    return ints(pk), ints(may_touch).astype(bool), ints(lies_inside).astype(bool), list(region)


def _acts(period: Period, user: Any) -> list[Any]:
    own = first_holding(
        (Q(start=""), NO_OWN_DATE), (inside("start_earliest", "start_latest", period), INSIDE), default=STRADDLING
    )
    acts = visible(Act, user).annotate(
        own=own,
        person=Coalesce("victim_id", Value(NO_PERSON), output_field=IntegerField()),
        least=Coalesce("victim_count_min", Value(0), output_field=IntegerField()),
        case=Coalesce("legal_case_id", Value(-1), output_field=IntegerField()),
    )
    may_touch = touching("start_earliest", "start_latest", period)
    if may_touch:
        acts = acts.filter(Q(start="") | may_touch)
    names = ("pk", "uid", "act_type", "region", "legal_articles", "person", "least", "case", "event_id", "own")
    return read_columns(by_uid(acts), names, NUMBERS)


def _persons(victims: Ints, user: Any) -> tuple[Ints, Any]:
    """Each victim's rank among the persons the user may read, sorted by uid (NO_PERSON if unreadable)."""
    pk, uid = read_columns(by_uid(visible(Person, user)), ("pk", "uid"), ("pk",))
    order = sorting(uid)
    pks, uids = ints(pk), texts(uid)
    if order is not None:
        pks, uids = pks[order], uids[order]
    by_pk = np.argsort(pks)
    return lookup(pks[by_pk], by_pk, victims, NO_PERSON), uids


def _perpetrators(pks: Ints) -> tuple[Ints, list[str]]:
    """(unit, perpetrator type) for the acts loaded (reading every involvement is cheaper than joining acts)."""
    act, kind = read_columns(Involvement.objects.order_by(), ("act_id", "perpetrator_type"), ("act_id",))
    by_pk = np.argsort(pks)
    unit = lookup(pks[by_pk], by_pk, ints(act), -1)
    found = unit >= 0
    return unit[found], texts(kind)[found].tolist()


def load_acts(period: Period, links: Links, *, user: Any = None, scope: Scope | None = None) -> Table:
    """Acts whose dates may touch the period, placed against it, with their facets and victims. Reads only."""
    pk, uid, act_type, region, articles, person, least, case, event, own = _acts(period, user)
    event_pks, event_touches, event_inside, event_regions = _events(period)
    at = np.searchsorted(event_pks, ints(event))
    own_placement = ints(own)
    dated = own_placement != NO_OWN_DATE
    placed_inside = np.where(dated, own_placement == INSIDE, event_inside[at])
    rows, table = in_order(uid, placed_inside, dated | event_touches[at])
    regions: dict[str, int] = {"": 0}
    own_region, events_region = encode(region, regions)[rows], encode(event_regions, regions)
    region_codes = np.where(own_region == 0, events_region[at[rows]], own_region)
    types: dict[str, int] = {}
    cited: dict[Any, int] = {}
    cited_codes = _encode_json(articles, cited)[rows]
    cases, events = ints(case)[rows], ints(event)[rows]
    charged = joined(cited_codes, [_articles(raw) for raw in cited], links.charges.of(cases), links.charges.sets)
    orgs = links.event_orgs, links.case_orgs
    movement = joined(orgs[0].of(events), orgs[0].sets, orgs[1].of(cases), orgs[1].sets)
    pks = ints(pk)[rows]
    facets = {
        "act_type": pairs_of_sets(*_single(encode(act_type, types)[rows], types)),
        "region": pairs_of_sets(*_single(region_codes, regions)),
        "legal_article": pairs_of_sets(*charged),
        "movement": pairs_of_sets(*movement),
        "perpetrator_type": pairs(len(rows), *_perpetrators(pks)),
    }
    persons, person_uids = _persons(ints(person)[rows], user)
    weights = ints(least)[rows]
    weights[weights == 0] = 1
    acts = Table(table.uids, table.inside, facets, persons, person_uids, weights)
    return scoped(acts, scope)


def load_cases(period: Period, links: Links, *, user: Any = None, scope: Scope | None = None) -> Table:
    """Legal cases whose opening date may touch the period, placed against it, with their facets. Reads only."""
    cases = visible(LegalCase, user).filter(touching("opened_earliest", "opened_latest", period))
    placed = cases.annotate(lies_inside=first_holding((inside("opened_earliest", "opened_latest", period), 1)))
    names = ("pk", "uid", "kind", "region", "lies_inside")
    pk, uid, kind, region, lies_inside = read_columns(by_uid(placed), names, ("pk", "lies_inside"))
    rows, table = in_order(uid, ints(lies_inside).astype(bool), np.ones(len(uid), dtype=bool))
    pks = ints(pk)[rows]
    kinds: dict[str, int] = {}
    regions: dict[str, int] = {}
    kind_codes = encode(kind, kinds)[rows]
    facets = {
        "region": pairs_of_sets(*_single(encode(region, regions)[rows], regions)),
        "legal_article": pairs_of_sets(links.charges.of(pks), links.charges.sets),
        "movement": pairs_of_sets(links.case_orgs.of(pks), links.case_orgs.sets),
        "kind": pairs_of_sets(kind_codes, [(value,) for value in kinds]),
    }
    return scoped(Table(table.uids, table.inside, facets), scope)
