"""Calibrating the shipped model on the input itself, where the input can tell.

Whether two records of one person name the same region depends on what "region" means in a
source (home region, place of detention, where the report was filed). The shipped model learnt
it from generated data; here it is re-measured on pairs of the input that are almost surely one
person (same surname root, given name and birth year).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from chronicle.names.features import Features
from chronicle.names.linkage_model import LinkageModel

MIN_PAIRS = 30  # fewer sure pairs than this say too little; keep the trained value
BOUNDS = (0.02, 0.98)


def region_agreement(rows: Sequence[Features]) -> float | None:
    """Share of sure pairs (same name and birth year) whose regions agree, if there are enough."""
    groups: dict[tuple[str, str, int], list[str]] = defaultdict(list)
    for row in rows:
        if row.sur and row.giv and row.byear is not None and row.region:
            groups[(row.sur, row.giv, row.byear)].append(row.region)
    agree = total = 0
    for regions in groups.values():
        for i, region in enumerate(regions):
            agree += sum(1 for other in regions[i + 1 :] if other == region)
            total += len(regions) - i - 1
    return agree / total if total >= MIN_PAIRS else None


def calibrated(model: LinkageModel, rows: Sequence[Features]) -> LinkageModel:
    """The model with the region comparison's m-probabilities measured on these records."""
    rate = region_agreement(rows)
    if rate is None:
        return model
    rate = min(max(rate, BOUNDS[0]), BOUNDS[1])
    return model.with_m("region", [rate, 1 - rate])
