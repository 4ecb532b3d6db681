"""Columnar counting equals the counting rules restated record by record, on a varied random record.

The oracle below reads model instances one at a time and applies the rules as docs/reporting.md states
them (the period rule, each rule's unit, facets through links, visibility), as the counting code did
before it read columns. Every rule, every facet, several periods (open ones too), scopes and readers.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

import pytest

from chronicle.records.models import Act, Charge, Event, Involvement, LegalCase, Organization, Person
from chronicle.stats.counting import FACETS, FACETS_OF, RULES, Breakdown, Count, Period, Placement, Scope, load
from chronicle.stats.counting.api import breakdowns_loaded, count_loaded
from chronicle.stats.counting.rules import is_multi_valued

LEVELS = ("clear", "green", "amber", "amber_strict", "red")
PERIODS = [
    Period(date(2020, 7, 30), date(2020, 9, 27)),
    Period(date(2020, 1, 1), date(2020, 12, 31)),
    Period(date(2020, 8, 1), date(2020, 8, 31)),
    Period(None, date(2020, 10, 16)),
    Period(date(2020, 9, 1), None),
]
Items = dict[str, list[dict[str, Any]]]
SCOPES = [Scope(), Scope(region="KZ-75"), Scope(article="KZ-CC-2014:405"), Scope("KZ-71", "KZ-CAO-2014:488")]


def _date(rng: random.Random) -> str:
    """Days, months, a year, open starts, open ends, nothing, around the periods."""
    day = date(2020, 6, 1) + timedelta(days=rng.randrange(200))
    return rng.choice(
        [day.isoformat(), day.isoformat(), day.isoformat()[:7], "2020", f"../{day}", f"{day}/..", "", "2021-02"]
    )


def _record(rng: random.Random, owner: Any) -> dict[str, Any]:
    """Visibility fields: every level, published or not, some created by the owner."""
    return {
        "confidentiality": rng.choice(LEVELS),
        "published": rng.random() < 0.5,
        "created_by": owner if rng.random() < 0.2 else None,
    }


def _build(rng: random.Random, owner: Any, colleague: Any) -> None:
    orgs = [Organization.objects.create(uid=f"O:{n}", name=f"Org {n}", **_record(rng, owner)) for n in range(4)]
    people = [
        Person.objects.create(uid=f"P:{n:02}", display_name=f"Person {n}", consent="publish", **_record(rng, owner))
        for n in range(12)
    ]
    events = []
    for n in range(8):
        event = Event.objects.create(
            uid=f"E:{n}", title=f"Event {n}", start=_date(rng), region=rng.choice(["", "KZ-75", "KZ-71"])
        )
        event.related_organizations.set(rng.sample(orgs, rng.randrange(3)))
        events.append(event)
    cases = []
    for n in range(8):
        case = LegalCase.objects.create(
            uid=f"C:{n}",
            defendant=rng.choice(people),
            kind=rng.choice(["criminal", "administrative", "civil"]),
            opened=_date(rng),
            region=rng.choice(["", "KZ-75", "KZ-71"]),
            **_record(rng, owner),
        )
        case.related_organizations.set(rng.sample(orgs, rng.randrange(3)))
        for article in rng.sample(["KZ-CC-2014:405", "KZ-CC-2014:174", "KZ-CAO-2014:488"], rng.randrange(3)):
            Charge.objects.create(legal_case=case, article=article)
        cases.append(case)
    for n in range(70):
        named = rng.random() < 0.7
        act = Act.objects.create(
            uid=f"A:{n:03}",
            event=rng.choice(events),
            act_type=rng.choice(["detention", "search", "fine", "killing", ""]),
            victim=rng.choice(people) if named else None,
            victim_count_min=None if named else rng.choice([None, 0, 1, 5]),
            start=_date(rng) if rng.random() < 0.7 else "",
            region=rng.choice(["", "", "KZ-75", "KZ-79"]),
            legal_case=rng.choice(cases) if rng.random() < 0.4 else None,
            legal_articles=rng.choice([[], [], ["KZ-CC-2014:405"], ["KZ-CC-2014:174", "KZ-CC-2014:174"]]),
            **_record(rng, owner),
        )
        for kind in rng.sample(["police", "court", "police", "unknown"], rng.randrange(3)):
            Involvement.objects.create(act=act, perpetrator_type=kind)
        if rng.random() < 0.1:
            act.shared_with.add(colleague)


def _visible(model: Any, user: Any) -> set[int]:
    rows = model.objects.visible_to(user) if user is not None else model.objects.all()
    return set(rows.values_list("pk", flat=True))


def _values(*parts: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(value for part in parts for value in part))


def _records(user: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Acts and cases the user may read, with their dates and facets, one record at a time."""
    cases_seen, people_seen, orgs_seen = _visible(LegalCase, user), _visible(Person, user), _visible(Organization, user)
    charges: dict[int, list[str]] = defaultdict(list)
    for charge in Charge.objects.filter(legal_case__in=cases_seen):
        charges[charge.legal_case_id].append(charge.article)

    def orgs(record: Any) -> list[str]:
        return [org.uid for org in record.related_organizations.all() if org.pk in orgs_seen]

    acts = []
    for act in Act.objects.filter(pk__in=_visible(Act, user)).select_related("event", "legal_case", "victim"):
        own = act.start != ""
        first = act.start_earliest if own else act.event.start_earliest
        last = act.start_latest if own else act.event.start_latest
        case = act.legal_case
        region = act.region or act.event.region
        acts.append({
            "dates": (first, last),
            "unit": act.uid,
            "person": act.victim.uid if act.victim and act.victim.pk in people_seen else "",
            "weight": act.victim_count_min or 1,
            "act_type": (act.act_type,),
            "region": (region,) if region else (),
            "legal_article": _values(act.legal_articles, charges[case.pk] if case else ()),
            "movement": _values(orgs(act.event), orgs(case) if case else ()),
            "perpetrator_type": _values(i.perpetrator_type for i in act.involvements.all()),
        })  # fmt: skip
    cases = [
        {
            "dates": (case.opened_earliest, case.opened_latest),
            "unit": case.uid,
            "kind": case.kind,
            "region": (case.region,) if case.region else (),
            "legal_article": _values(charges[case.pk]),
            "movement": _values(orgs(case)),
        }
        for case in LegalCase.objects.filter(pk__in=cases_seen)
    ]
    return acts, cases


def _items(records: tuple[list[dict[str, Any]], list[dict[str, Any]]], period: Period, scope: Scope) -> Items:
    """The records placed against the period, within the scope, by the rule that counts them."""
    acts = [item | {"placement": period.place(*item["dates"])} for item in records[0]]
    cases = [item | {"placement": period.place(*item["dates"])} for item in records[1]]

    def kept(item: dict[str, Any]) -> bool:
        return (
            item["placement"] != Placement.OUTSIDE
            and (scope.region is None or scope.region in item["region"])
            and (scope.article is None or scope.article in item["legal_article"])
        )

    acts, cases = [a for a in acts if kept(a)], [c for c in cases if kept(c)]
    return {
        "acts": acts,
        "victims": [a for a in acts if a["person"]],
        "unnamed_victims": [a for a in acts if not a["person"]],
        "legal_cases": cases,
        "criminal_cases": [c for c in cases if c["kind"] == "criminal"],
    }


def _expected(rule: str, items: list[dict[str, Any]], facet: str | None = None, key: str | None = None) -> Count:
    definition = RULES[rule].definition
    inside = [item for item in items if item["placement"] == Placement.INSIDE]
    others = [item for item in items if item["placement"] != Placement.INSIDE]
    by = "person" if rule == "victims" else "unit"
    counted = sorted({item[by] for item in inside})
    straddling = sorted({item[by] for item in others} - set(counted))
    value = sum(item["weight"] for item in inside) if rule == "unnamed_victims" else len(counted)
    return Count(rule, definition, value, tuple(counted), tuple(straddling), facet, key)


def _expected_breakdown(rule: str, facet: str, items: list[dict[str, Any]]) -> Breakdown:
    by_key: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for item in items:
        for key in item[facet] or ("",):
            by_key[key].append(item)
    counts = sorted(
        (_expected(rule, group, facet, key) for key, group in by_key.items()),
        key=lambda c: (-c.value, c.key or "\uffff"),
    )
    return Breakdown(rule, facet, FACETS[facet].definition, is_multi_valued(rule, facet), tuple(counts))


@pytest.fixture
def varied(db: None, owner: Any, colleague: Any) -> None:
    _build(random.Random(6), owner, colleague)


@pytest.mark.parametrize("reader", [None, "owner", "colleague", "outsider"])
def test_every_count_equals_the_rules_applied_record_by_record(
    varied: None, reader: str | None, request: pytest.FixtureRequest
) -> None:
    user = request.getfixturevalue(reader) if reader else None
    records = _records(user)
    for period in PERIODS:
        for scope in SCOPES:
            loaded, items = load(period, user=user, scope=scope), _items(records, period, scope)
            for rule, its in items.items():
                assert count_loaded(loaded, rule) == _expected(rule, its), (period, scope, rule)
                for facet in FACETS_OF.get(rule, ()):
                    found = breakdowns_loaded(loaded, rule, [facet])[0]
                    assert found == _expected_breakdown(rule, facet, its), (period, scope, rule, facet)


def test_the_varied_record_has_every_case(varied: None) -> None:
    items = _items(_records(None), PERIODS[0], Scope())
    placements = {item["placement"] for item in items["acts"]}
    assert placements == {Placement.INSIDE, Placement.STRADDLING}
    assert {bool(a["person"]) for a in items["acts"]} == {True, False}
    assert any(len(a["legal_article"]) > 1 for a in items["acts"])
    assert any(len(a["movement"]) > 1 for a in items["acts"])
    assert any(not a["region"] for a in items["acts"])


def test_a_uid_holding_the_column_separator_is_read_from_rows(db: None) -> None:
    from test_count_records import build_counting_records

    build_counting_records()
    Act.objects.filter(uid="A:1-detention-alma").update(uid="A:1\x1fodd")
    acts = count_loaded(load(PERIODS[0]), "acts")
    assert (acts.value, acts.records) == (3, ("A:1\x1fodd", "A:2-search-alma", "A:5-harassment-unnamed"))
    assert acts.straddling == ("A:3-detention-bolat", "A:6-harassment-dana", "A:7-threat-bolat")
