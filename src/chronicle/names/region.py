"""What the regions of two clusters say about whether they are one person.

A pair's region comparison sees two records; a cluster holds several, and their regions say
more together than pair by pair: three records of a cluster naming Астана and two of another
naming Қостанай are two people far more likely than any one pair says. Each record of a person
is read as naming the person's region with probability `a` and otherwise a region drawn at the
input's frequencies `q` (a source's error, or a place of detention or filing); the person's
region is itself drawn at `q`. The Bayes factor of a merge is the likelihood of all regions as
one person over their likelihood as two.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence

from chronicle.names.features import Features

# Regions seen fewer times than this still get a frequency (a new region is not impossible).
PSEUDO_COUNT = 1.0


class RegionEvidence:
    """Region frequencies of an input and the share of a person's records naming their region."""

    def __init__(self, rows: Sequence[Features], agreement: float) -> None:
        counts = Counter(row.region for row in rows if row.region)
        total = sum(counts.values()) + PSEUDO_COUNT * (len(counts) + 1)
        self._q = {region: (n + PSEUDO_COUNT) / total for region, n in counts.items()}
        self._q_unseen = PSEUDO_COUNT / total
        self.own_share = _own_share(agreement, sum(q * q for q in self._q.values()))
        self._known: dict[tuple[tuple[str, int], ...], float] = {}

    def frequency(self, region: str) -> float:
        """The share of records naming a region."""
        return self._q.get(region, self._q_unseen)

    def log_likelihood(self, regions: Counter[str]) -> float:
        """log P(these regions | they are one person's records)."""
        if not regions:
            return 0.0
        key = tuple(sorted(regions.items()))
        if key not in self._known:
            self._known[key] = self._log_likelihood(regions)
        return self._known[key]

    def _log_likelihood(self, regions: Counter[str]) -> float:
        a = self.own_share
        noise = {r: math.log((1 - a) * self.frequency(r)) for r in regions}
        all_noise = sum(n * noise[r] for r, n in regions.items())
        elsewhere = max(1 - sum(self.frequency(r) for r in regions), 1e-12)
        terms = [math.log(elsewhere) + all_noise]
        for home, n in regions.items():
            q = self.frequency(home)
            terms.append(math.log(q) + all_noise - n * noise[home] + n * math.log(a + (1 - a) * q))
        return _log_sum_exp(terms)

    def log_factor(self, left: Counter[str], right: Counter[str]) -> float:
        """log Bayes factor (one person / two) of the regions of two clusters."""
        if not left or not right:
            return 0.0
        joined = left + right
        return self.log_likelihood(joined) - self.log_likelihood(left) - self.log_likelihood(right)

    def pair_log_factor(self, left: Features, right: Features) -> float:
        """The same for two records alone."""
        if not left.region or not right.region:
            return 0.0
        return self.log_factor(Counter([left.region]), Counter([right.region]))


def _own_share(agreement: float, collision: float) -> float:
    """The `a` at which two records of one person name the same region at the rate `agreement`
    (a² + (1 - a²)·Σq², the second term two errors or an error hitting the region)."""
    squared = (agreement - collision) / max(1 - collision, 1e-9)
    return min(max(math.sqrt(max(squared, 0.0)), 0.01), 0.99)


def _log_sum_exp(values: Iterable[float]) -> float:
    values = list(values)
    top = max(values)
    return top + math.log(sum(math.exp(v - top) for v in values))
