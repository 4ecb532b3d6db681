"""Identities: connected components of SAME decisions over person records (nothing is ever merged)."""

from __future__ import annotations

from collections import defaultdict

from chronicle.names.models import Decision, PersonLink
from chronicle.records.models import Person


def same_graph() -> dict[int, set[int]]:
    """Adjacency of person ids joined by a SAME decision."""
    graph: dict[int, set[int]] = defaultdict(set)
    for a, b in PersonLink.objects.filter(decision=Decision.SAME).values_list("person_a_id", "person_b_id"):
        graph[a].add(b)
        graph[b].add(a)
    return graph


def identity_ids(person_id: int, graph: dict[int, set[int]] | None = None) -> set[int]:
    """Ids of every record of the same person as `person_id` (itself included)."""
    graph = same_graph() if graph is None else graph
    seen, frontier = {person_id}, [person_id]
    while frontier:
        for neighbour in graph.get(frontier.pop(), ()):
            if neighbour not in seen:
                seen.add(neighbour)
                frontier.append(neighbour)
    return seen


def identity_of(person: Person) -> list[Person]:
    """The records that reviewed decisions say are this person, by id."""
    return list(Person.objects.filter(pk__in=identity_ids(person.pk)).order_by("pk"))


def identities() -> dict[int, int]:
    """Every person id mapped to its identity: the smallest id in its component (for counting people)."""
    graph = same_graph()
    cluster: dict[int, int] = {}
    for person_id in Person.objects.order_by("pk").values_list("pk", flat=True):
        if person_id not in cluster:
            members = identity_ids(person_id, graph)
            for member in members:
                cluster[member] = min(members)
    return cluster
