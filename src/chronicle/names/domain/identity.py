"""Identities: connected components of SAME decisions over person records (nothing is ever merged)."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from chronicle.names.models import Decision, PersonLink
from chronicle.records.models import Person


def same_graph(user: Any = None) -> dict[int, set[int]]:
    """Adjacency of person ids joined by a SAME decision; for a user, only between records they may read.

    A reader is never joined to a record through one they may not see: that would tell them what the
    hidden record says (two people they know of are one, on evidence they cannot check).
    """
    links = PersonLink.objects.filter(decision=Decision.SAME)
    if user is not None:
        readable = Person.objects.visible_to(user).values("pk")
        links = links.filter(person_a__in=readable, person_b__in=readable)
    graph: dict[int, set[int]] = defaultdict(set)
    for a, b in links.values_list("person_a_id", "person_b_id"):
        graph[a].add(b)
        graph[b].add(a)
    return graph


def identity_ids(person_id: int, graph: dict[int, set[int]] | None = None, *, user: Any = None) -> set[int]:
    """Ids of every record of the same person as `person_id` (itself included), as `user` may know it."""
    graph = same_graph(user) if graph is None else graph
    seen, frontier = {person_id}, [person_id]
    while frontier:
        for neighbour in graph.get(frontier.pop(), ()):
            if neighbour not in seen:
                seen.add(neighbour)
                frontier.append(neighbour)
    return seen


def identity_of(person: Person, *, user: Any = None) -> list[Person]:
    """The records that reviewed decisions say are this person, by id (for a user: those they may read)."""
    return list(Person.objects.filter(pk__in=identity_ids(person.pk, user=user)).order_by("pk"))


def identities(user: Any = None) -> dict[int, int]:
    """Every person id mapped to its identity: the smallest id in its component (for counting people).

    With a user, over the records they may read and the decisions between them.
    """
    graph = same_graph(user)
    people = Person.objects.visible_to(user) if user is not None else Person.objects.all()
    cluster: dict[int, int] = {}
    for person_id in people.order_by("pk").values_list("pk", flat=True):
        if person_id not in cluster:
            members = identity_ids(person_id, graph)
            for member in members:
                cluster[member] = min(members)
    return cluster
