"""Counting loaded items, in total and by facet, keeping the records behind each figure.

Items arrive already placed against the period (inside, or straddling it; items wholly outside are
never loaded), so counting is a pass over plain tuples however many records there are.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from operator import attrgetter

from chronicle.stats.counting.result import Breakdown, Count
from chronicle.stats.counting.rules import FACETS, NOT_RECORDED, CountingRule, is_multi_valued


@dataclass(frozen=True, slots=True)
class Item:
    """One countable record (act or case uid) placed against a period, with its facets and, for an act, its victim."""

    unit: str
    inside: bool
    facets: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    person: str = ""
    weight: int = 1


def _count(
    rule: CountingRule, inside: Iterable[str], straddling: Iterable[str], facet: str | None, key: str | None
) -> Count:
    counted = dict.fromkeys(inside)
    uncertain = [unit for unit in dict.fromkeys(straddling) if unit not in counted]
    return Count(rule.name, rule.definition, len(counted), tuple(sorted(counted)), tuple(sorted(uncertain)), facet, key)


def tally(items: Iterable[Item], rule: CountingRule, *, by: str = "unit") -> Count:
    """Count distinct units (`by`: "unit", or "person" for victims) wholly inside the period; others apart."""
    unit_of = attrgetter(by)
    inside: list[str] = []
    straddling: list[str] = []
    for item in items:
        (inside if item.inside else straddling).append(unit_of(item))
    return _count(rule, inside, straddling, None, None)


def tally_weights(items: Iterable[Item], rule: CountingRule) -> Count:
    """Sum the weights of items wholly inside the period (unnamed victims); records are the items' records."""
    inside: dict[str, int] = {}
    straddling: list[str] = []
    for item in items:
        if item.inside:
            inside[item.unit] = item.weight
        else:
            straddling.append(item.unit)
    value = sum(inside.values())
    return Count(rule.name, rule.definition, value, tuple(sorted(inside)), tuple(sorted(straddling)))


def breakdown(items: Iterable[Item], rule: CountingRule, facet: str, *, by: str = "unit") -> Breakdown:
    """Counts by facet value, largest first; a record without a value goes under NOT_RECORDED ("")."""
    groups: dict[str, tuple[list[str], list[str]]] = {}
    unrecorded = (NOT_RECORDED,)
    unit_of = attrgetter(by)
    for item in items:
        side, unit = 0 if item.inside else 1, unit_of(item)
        for key in item.facets.get(facet) or unrecorded:
            group = groups.get(key)
            if group is None:
                group = groups[key] = ([], [])
            group[side].append(unit)
    counts = [_count(rule, inside, straddling, facet, key) for key, (inside, straddling) in groups.items()]
    kept = sorted((c for c in counts if c.value or c.straddling), key=lambda c: (-c.value, c.key or "\uffff"))
    return Breakdown(rule.name, facet, FACETS[facet].definition, is_multi_valued(rule.name, facet), tuple(kept))
