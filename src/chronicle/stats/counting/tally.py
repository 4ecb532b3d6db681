"""Counting loaded items under the period rule, in total and by facet, keeping the records behind each figure."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from chronicle.stats.counting.period import Period, Placement
from chronicle.stats.counting.result import Breakdown, Count
from chronicle.stats.counting.rules import FACETS, NOT_RECORDED, CountingRule, is_multi_valued


@dataclass(frozen=True, slots=True)
class Item:
    """One countable record: the unit counted (act, person or case uid), its dates and its facet values."""

    unit: str
    earliest: date | None
    latest: date | None
    facets: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    record: str = ""
    weight: int = 1


def tally(
    items: Iterable[Item], period: Period, rule: CountingRule, facet: str | None = None, key: str | None = None
) -> Count:
    """Count distinct units wholly inside the period; units only straddling it are listed apart."""
    inside: set[str] = set()
    straddling: set[str] = set()
    for item in items:
        placement = period.place(item.earliest, item.latest)
        if placement is Placement.INSIDE:
            inside.add(item.unit)
        elif placement is Placement.STRADDLING:
            straddling.add(item.unit)
    uncertain = tuple(sorted(straddling - inside))
    return Count(rule.name, rule.definition, len(inside), tuple(sorted(inside)), uncertain, facet, key)


def tally_weights(items: Iterable[Item], period: Period, rule: CountingRule) -> Count:
    """Sum the weights of items wholly inside the period (unnamed victims); records are the items' records."""
    inside: dict[str, int] = {}
    straddling: set[str] = set()
    for item in items:
        placement = period.place(item.earliest, item.latest)
        if placement is Placement.INSIDE:
            inside[item.record] = item.weight
        elif placement is Placement.STRADDLING:
            straddling.add(item.record)
    value = sum(inside.values())
    return Count(rule.name, rule.definition, value, tuple(sorted(inside)), tuple(sorted(straddling)))


def group_by(items: Iterable[Item], facet: str) -> dict[str, list[Item]]:
    """Items under each value of a facet; an item without a value goes under NOT_RECORDED ("")."""
    groups: dict[str, list[Item]] = {}
    for item in items:
        for key in item.facets.get(facet) or (NOT_RECORDED,):
            groups.setdefault(key, []).append(item)
    return groups


def breakdown(items: Iterable[Item], period: Period, rule: CountingRule, facet: str) -> Breakdown:
    """Counts by facet value, largest first; values with nothing inside or straddling are left out."""
    counts = [tally(group, period, rule, facet, key) for key, group in group_by(items, facet).items()]
    kept = sorted((c for c in counts if c.value or c.straddling), key=lambda c: (-c.value, c.key or "\uffff"))
    multi = is_multi_valued(rule.name, facet)
    return Breakdown(rule.name, facet, FACETS[facet].definition, multi, tuple(kept))
