"""Identities: connected components of SAME decisions over person records (nothing is ever merged)."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from chronicle.names.models import Decision, PersonLink
from chronicle.records.models import Person


def same_graph(readable: set[int] | None = None) -> dict[int, set[int]]:
    """Adjacency of person ids joined by a SAME decision; with `readable`, only links between those ids.

    A reader is never joined to a record through one they may not see: that would tell them what the
    hidden record says (two people they know of are one, on evidence they cannot check).
    """
    graph: dict[int, set[int]] = defaultdict(set)
    for a, b in PersonLink.objects.filter(decision=Decision.SAME).values_list("person_a_id", "person_b_id"):
        if readable is None or (a in readable and b in readable):
            graph[a].add(b)
            graph[b].add(a)
    return graph


def _component(person_id: int, graph: dict[int, set[int]]) -> set[int]:
    seen, frontier = {person_id}, [person_id]
    while frontier:
        for neighbour in graph.get(frontier.pop(), ()):
            if neighbour not in seen:
                seen.add(neighbour)
                frontier.append(neighbour)
    return seen


def identity_ids(person_id: int, graph: dict[int, set[int]] | None = None, *, user: Any = None) -> set[int]:
    """Ids of every record of the same person as `person_id` (itself included), as `user` may know it."""
    graph = same_graph() if graph is None else graph
    component = _component(person_id, graph)
    if user is None or len(component) == 1:
        return component
    # Visibility is checked for this component's few records only, then the walk is redone through them.
    readable = set(Person.objects.visible_to(user).filter(pk__in=component).values_list("pk", flat=True))
    return _component(person_id, same_graph(readable | {person_id}))


def identity_of(person: Person, *, user: Any = None) -> list[Person]:
    """The records that reviewed decisions say are this person, by id (for a user: those they may read)."""
    return list(Person.objects.filter(pk__in=identity_ids(person.pk, user=user)).order_by("pk"))


def identities(user: Any = None) -> dict[int, int]:
    """Every person id mapped to its identity: the smallest id in its component (for counting people).

    With a user, over the records they may read and the decisions between them.
    """
    people = Person.objects.visible_to(user) if user is not None else Person.objects.all()
    ids = list(people.order_by("pk").values_list("pk", flat=True))
    graph = same_graph(set(ids) if user is not None else None)
    cluster: dict[int, int] = {}
    for person_id in ids:
        if person_id not in cluster:
            members = _component(person_id, graph)
            for member in members:
                cluster[member] = min(members)
    return cluster
