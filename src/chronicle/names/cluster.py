"""Clusters of records: connected components of strong links, guarded against chaining.

Links are taken strongest first; a merge is refused if any member of one cluster vetoes any
member of the other. Then a record linked into several clusters ("A. Musayev" beside Abay and
Aidos Musayev, "Talgat Dosbayev" with no year beside two namesakes) is left alone when the chance
that it is its own cluster's person, against the others' and no one's, is below the linking
threshold: a wrong member costs more than a missed one.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from chronicle.names.features import Features
from chronicle.names.lone_records import attach_anonymised, attach_lone_surnames, attach_name_and_patronymic
from chronicle.names.merge_evidence import MergeEvidence, SizePrior
from chronicle.names.rules import veto

# A merge that would compare more member pairs than this is refused: real people have a few
# records; a cluster that large is a chain through common names.
MAX_MERGE_CHECKS = 2500
# With the clusters' context weighed in, a link is dropped below this probability. It is lower
# than the linking threshold because the context overstates the case against a merge: on the
# tuning sets, merges it put at 0.1-0.3 were one person about half the time (a cluster holding
# another person's record brings that record's region and years along).
CONTEXT_FLOOR = 0.1
_NONE: Counter[str] = Counter()


@dataclass(frozen=True)
class Edge:
    """A scored candidate pair (indices into the record list)."""

    left: int
    right: int
    probability: float


class Clusters:
    """Union-find over records where a merge is refused if any two members veto each other."""

    def __init__(
        self, records: Sequence[Features], evidence: MergeEvidence | None = None, sizes: SizePrior | None = None
    ) -> None:
        self._records = records
        self._parent = list(range(len(records)))
        self._members: dict[int, list[int]] = {i: [i] for i in range(len(records))}
        self._evidence = evidence
        self._sizes = sizes
        # Regions named in each cluster, kept for clusters that name any.
        self._regions = {i: Counter([r.region]) for i, r in enumerate(records) if r.region}

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

    def context_shift(self, a: int, b: int) -> float:
        """log odds the clusters' context adds to the link of two records beyond the pair's own."""
        root_a, root_b = self.root(a), self.root(b)
        if self._evidence is None or len(self._members[root_a]) + len(self._members[root_b]) == 2:
            return 0.0  # two records alone: the link has weighed their context already
        recs = self._records
        left, right = self._members[root_a], self._members[root_b]
        sizes = self._sizes.log_factor(len(left), len(right)) if self._sizes else 0.0
        return sizes + self._evidence.shift(
            [recs[i] for i in left], [recs[i] for i in right],
            (recs[a], recs[b]), (self._regions.get(root_a, _NONE), self._regions.get(root_b, _NONE)),
        )  # fmt: skip

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
        if root_b in self._regions:
            self._regions[root_a] = self._regions.get(root_a, _NONE) + self._regions.pop(root_b)
        return True

    def size(self, index: int) -> int:
        """Number of records in a record's cluster."""
        return len(self._members[self.root(index)])

    def labels(self) -> list[int]:
        """The cluster representative of every record."""
        return [self.root(i) for i in range(len(self._records))]


def _odds(probability: float) -> float:
    return probability / max(1 - probability, 1e-12)


def strongest_links(edges: Iterable[Edge], labels: Sequence[int]) -> dict[int, dict[int, float]]:
    """For each record, the odds of its strongest link into each cluster it has a link to."""
    found: dict[int, dict[int, float]] = defaultdict(dict)
    for edge in edges:
        odds = _odds(edge.probability)
        for record, other in ((edge.left, edge.right), (edge.right, edge.left)):
            cluster = labels[other]
            found[record][cluster] = max(found[record].get(cluster, 0.0), odds)
    return found


def detach_ambiguous(edges: Sequence[Edge], labels: Sequence[int], threshold: float) -> list[int]:
    """Labels where a record linked into more than one cluster is alone if the chance that it is
    its own cluster's person falls below the linking threshold. Each cluster's strongest link
    gives its odds, and "none of them" has odds 1, so the chance is own / (1 + sum of all):
    "A. Musayev" linked at p = 0.64 to Abay's, Aidos's and Arman's clusters is each one's at 0.28
    only (0.39 with two of them). With one cluster this is the link's own probability, so the
    threshold is the same rule."""
    sizes = Counter(labels)
    leaving = {
        record
        for record, by_cluster in strongest_links(edges, labels).items()
        if sizes[labels[record]] > 1
        and len(by_cluster) > 1
        and by_cluster.get(labels[record], 0.0) < threshold * (1 + sum(by_cluster.values()))
    }
    return _relabelled(labels, leaving)


def _relabelled(labels: Sequence[int], leaving: set[int]) -> list[int]:
    """Labels with the `leaving` records alone; a cluster whose representative left is named
    after its first remaining member."""
    staying: dict[int, int] = {}
    for record, label in enumerate(labels):
        if record not in leaving:
            staying.setdefault(label, record)
    return [record if record in leaving else staying[label] for record, label in enumerate(labels)]


def cluster_records(
    records: Sequence[Features], edges: Iterable[Edge], threshold: float, evidence: MergeEvidence | None = None
) -> list[int]:
    """Cluster representatives: strongest links first, each merge checked against hard rules
    (and, given `evidence`, the two clusters' context and, in a second pass, how many records
    people have in the first), then records that fit other clusters as well as their own are
    left alone, and a record with a surname alone (or a given name and an initial, 'Ринат С.', or a given
    name and a father's name, 'Ерлан Кайратович') joins the one person it can mean."""
    # Ties broken by record position, so the same input always gives the same clusters.
    strong = [edge for edge in edges if edge.probability >= threshold]
    strong.sort(key=lambda e: (-e.probability, min(e.left, e.right), max(e.left, e.right)))
    labels = _linked(records, strong, threshold, evidence)
    for attach in (attach_lone_surnames, attach_anonymised, attach_name_and_patronymic):
        labels = attach(records, labels)
    return labels


def _linked(
    records: Sequence[Features], strong: Sequence[Edge], threshold: float, evidence: MergeEvidence | None
) -> list[int]:
    clusters = Clusters(records, evidence)
    if evidence is None:
        for edge in strong:
            clusters.merge(edge.left, edge.right)
        return detach_ambiguous(strong, clusters.labels(), threshold)
    _merge_in_context(clusters, strong)
    first = detach_ambiguous(strong, clusters.labels(), threshold)
    sizes = SizePrior.of(first)
    if sizes is None:
        return first
    # Once more, now knowing how many records people have in this input.
    clusters = Clusters(records, evidence, sizes)
    _merge_in_context(clusters, strong)
    return detach_ambiguous(strong, clusters.labels(), threshold)


def _log_odds(probability: float) -> float:
    return math.log(max(_odds(probability), 1e-300))


def _merge_in_context(clusters: Clusters, strong: Sequence[Edge]) -> None:
    """Merge the most probable link first, its odds taken with the two clusters' context as
    they stand when it comes up; a link the context has weakened goes back in line (a few
    times at most, as the clusters keep changing)."""
    floor = _log_odds(CONTEXT_FLOOR)
    line = [(-_log_odds(edge.probability), n, 0) for n, edge in enumerate(strong)]
    heapq.heapify(line)
    while line:
        value, n, requeued = heapq.heappop(line)
        edge = strong[n]
        if clusters.root(edge.left) == clusters.root(edge.right):
            continue
        odds = _log_odds(edge.probability) + clusters.context_shift(edge.left, edge.right)
        if odds < floor:
            continue
        if odds < -value - 1e-9 and requeued < MAX_REQUEUE:
            heapq.heappush(line, (-odds, n, requeued + 1))
            continue
        clusters.merge(edge.left, edge.right)


MAX_REQUEUE = 5
