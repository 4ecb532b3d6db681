"""Clusters of records: connected components of strong links, guarded against chaining."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from chronicle.names.features import Features
from chronicle.names.rules import veto

# A merge that would compare more member pairs than this is refused: real people have a few
# records; a cluster that large is a chain through common names.
MAX_MERGE_CHECKS = 2500


@dataclass(frozen=True)
class Edge:
    """A scored candidate pair (indices into the record list)."""

    left: int
    right: int
    probability: float


class Clusters:
    """Union-find over records where a merge is refused if any two members veto each other."""

    def __init__(self, records: Sequence[Features]) -> None:
        self._records = records
        self._parent = list(range(len(records)))
        self._members: dict[int, list[int]] = {i: [i] for i in range(len(records))}

    def root(self, index: int) -> int:
        """The representative of a record's cluster."""
        while self._parent[index] != index:
            self._parent[index] = self._parent[self._parent[index]]
            index = self._parent[index]
        return index

    def _compatible(self, a: int, b: int) -> bool:
        left, right = self._members[a], self._members[b]
        if len(left) * len(right) > MAX_MERGE_CHECKS:
            return False
        recs = self._records
        return not any(veto(recs[i], recs[j]) for i in left for j in right)

    def merge(self, a: int, b: int) -> bool:
        """Join the clusters of two records unless they conflict; whether they are joined."""
        root_a, root_b = self.root(a), self.root(b)
        if root_a == root_b:
            return True
        if not self._compatible(root_a, root_b):
            return False
        if len(self._members[root_a]) < len(self._members[root_b]):
            root_a, root_b = root_b, root_a
        self._parent[root_b] = root_a
        self._members[root_a].extend(self._members.pop(root_b))
        return True

    def size(self, index: int) -> int:
        """Number of records in a record's cluster."""
        return len(self._members[self.root(index)])

    def labels(self) -> list[int]:
        """The cluster representative of every record."""
        return [self.root(i) for i in range(len(self._records))]


def cluster_records(records: Sequence[Features], edges: Iterable[Edge], threshold: float) -> list[int]:
    """Cluster representatives: strongest links first, each merge checked against hard rules."""
    clusters = Clusters(records)
    # Ties broken by record position, so the same input always gives the same clusters.
    ordered = sorted(edges, key=lambda e: (-e.probability, min(e.left, e.right), max(e.left, e.right)))
    for edge in ordered:
        if edge.probability < threshold:
            break
        clusters.merge(edge.left, edge.right)
    return clusters.labels()
