"""What two clusters' records say together about a merge, beyond the one pair that links them.

Clusters are joined through their strongest link, whose probability weighs only that pair's
birth years, fathers' names and regions. The other members often know more: "Мурат Кенбаев"
with no year links a cluster whose records give 1998 to one whose records give 1998 too, or to
one whose three records name another region. A merge is judged on the link's odds with the
pair's context replaced by the clusters': the best birth-year and patronymic levels between
any two of their members (the hard rules already refuse a conflict), and the regions of all
members together (`region.RegionEvidence`).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence

from chronicle.names.comparisons import BIRTH_YEAR, PATRONYMIC, ComparisonSpec
from chronicle.names.features import Features
from chronicle.names.linkage_model import LinkageModel
from chronicle.names.region import RegionEvidence

CONTEXT = (BIRTH_YEAR, PATRONYMIC)
MIN_CLUSTERS = 200  # fewer people than this say too little about how many records people have


class MergeEvidence:
    """The model's context weights (natural log) and the input's region evidence."""

    def __init__(self, model: LinkageModel, rows: Sequence[Features]) -> None:
        self.regions = RegionEvidence(rows, model.m_probabilities("region")[0])
        self._weights = {spec.name: [w * math.log(2) for w in model.weights(spec)] for spec in CONTEXT}

    def _weight(self, spec: ComparisonSpec, level: int) -> float:
        return self._weights[spec.name][level] if level >= 0 else 0.0

    def shift(
        self, left: Sequence[Features], right: Sequence[Features], pair: tuple[Features, Features],
        regions: tuple[Counter[str], Counter[str]],
    ) -> float:  # fmt: skip
        """log odds the clusters' context adds to the link of `pair` beyond the pair's own."""
        total = self.regions.log_factor(*regions) - self.regions.pair_log_factor(*pair)
        for spec in CONTEXT:
            best = _best_level(spec, left, right)
            total += self._weight(spec, best) - self._weight(spec, spec.level_of(*pair))
        return total


def _best_level(spec: ComparisonSpec, left: Sequence[Features], right: Sequence[Features]) -> int:
    """The most specific level any two members reach (-1 if no two can be compared)."""
    present = _PRESENT[spec.name]
    right = [b for b in right if present(b)]
    levels = [level for a in left if present(a) for b in right if (level := spec.level_of(a, b)) >= 0]
    return min(levels, default=-1)


_PRESENT: dict[str, Callable[[Features], bool]] = {
    BIRTH_YEAR.name: lambda row: row.byear is not None,
    PATRONYMIC.name: lambda row: row.pat is not None or row.pi is not None,
}


class SizePrior:
    """How many records people have, read from a first clustering of the input.

    The link's probability is calibrated on pairs of records; whether two clusters of m and k
    records are one person also depends on how often people have m + k records against m and k.
    Under an exchangeable model of cluster sizes (each cluster's size drawn from μ, records
    shuffled into them: P(partition) ∝ Π μ(size)·size!), joining clusters of m and k records
    changes the prior odds by μ(m+k)·(m+k)! / (μ(m)·m!·μ(k)·k!), here taken relative to two
    single records (for which the link is calibrated). μ is the share of clusters of each size
    in the first clustering, add-one smoothed, so sizes it never made are unlikely but possible.
    A clustering of fewer than `MIN_CLUSTERS` clusters says too little: no prior then.
    """

    def __init__(self, labels: Sequence[int]) -> None:
        counts = Counter(Counter(labels).values())
        self._count = {size: n + 1.0 for size, n in counts.items()}
        self._pair = self._log_weight(2) - 2 * self._log_weight(1)

    @classmethod
    def of(cls, labels: Sequence[int]) -> SizePrior | None:
        """The prior read from a clustering's labels, if it has enough clusters to tell."""
        return cls(labels) if len(set(labels)) >= MIN_CLUSTERS else None

    def _log_weight(self, size: int) -> float:
        return math.log(self._count.get(size, 1.0)) + math.lgamma(size + 1)

    def log_factor(self, left: int, right: int) -> float:
        """log prior odds that clusters of `left` and `right` records are one person, against
        the odds for two single records."""
        joined = self._log_weight(left + right) - self._log_weight(left) - self._log_weight(right)
        return joined - self._pair
