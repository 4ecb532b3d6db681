"""Counting loaded items, in total and by facet, keeping the records behind each figure.

Items arrive already placed against the period (inside, or straddling it; items wholly outside are
never loaded), so counting is a pass over plain tuples however many records there are.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from operator import attrgetter

from chronicle.stats.counting.result import Breakdown, Count
from chronicle.stats.counting.rules import FACETS, NOT_RECORDED, POSITION, CountingRule, is_multi_valued


@dataclass(slots=True)
class Item:
    """One countable record (act or case uid) placed against a period, with its facets and, for an act, its victim."""

    unit: str
    inside: bool
    facets: tuple[tuple[str, ...], ...] = ()
    person: str = ""
    weight: int = 1

    def values(self, facet: str) -> tuple[str, ...]:
        """The item's values of a facet (in the order of FACET_ORDER)."""
        return self.facets[POSITION[facet]] if self.facets else ()


def _count(
    rule: CountingRule, inside: list[str], straddling: list[str], facet: str | None, key: str | None, *, distinct: bool
) -> Count:
    """A Count from the units found inside and straddling; `distinct` when no unit can repeat (one per record)."""
    if distinct:
        counted, uncertain = sorted(inside), sorted(straddling)
    else:
        seen = dict.fromkeys(inside)
        counted, uncertain = sorted(seen), sorted(unit for unit in dict.fromkeys(straddling) if unit not in seen)
    return Count(rule.name, rule.definition, len(counted), tuple(counted), tuple(uncertain), facet, key)


def tally(items: Iterable[Item], rule: CountingRule, *, by: str = "unit") -> Count:
    """Count distinct units (`by`: "unit", or "person" for victims) wholly inside the period; others apart."""
    unit_of = attrgetter(by)
    items = items if isinstance(items, list) else list(items)
    inside = [unit_of(item) for item in items if item.inside]
    straddling = [unit_of(item) for item in items if not item.inside]
    return _count(rule, inside, straddling, None, None, distinct=by == "unit")


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
    return breakdowns(items, rule, (facet,), by=by)[0]


Units = defaultdict[str, list[str]]


def breakdowns(
    items: Iterable[Item], rule: CountingRule, facets: Sequence[str], *, by: str = "unit"
) -> list[Breakdown]:
    """`breakdown` by several facets in one pass over the items (a report breaks 300k acts down five ways)."""
    positions = [POSITION[facet] for facet in facets]
    inside: list[Units] = [defaultdict(list) for _ in facets]
    straddling: list[Units] = [defaultdict(list) for _ in facets]
    unrecorded = (NOT_RECORDED,)
    unit_of = attrgetter(by)
    for item in items:
        unit, values = unit_of(item), item.facets
        for at, groups in zip(positions, inside if item.inside else straddling, strict=True):
            for key in values[at] or unrecorded:
                groups[key].append(unit)
    return [
        _breakdown(rule, facet, inside_by_key, straddling_by_key, distinct=by == "unit")
        for facet, inside_by_key, straddling_by_key in zip(facets, inside, straddling, strict=True)
    ]


def _breakdown(rule: CountingRule, facet: str, inside: Units, straddling: Units, *, distinct: bool) -> Breakdown:
    """The counts of one facet, largest first, from the units found under each of its values."""
    keys = dict.fromkeys([*inside, *straddling])
    counts = [_count(rule, inside.get(k, []), straddling.get(k, []), facet, k, distinct=distinct) for k in keys]
    kept = sorted(counts, key=lambda c: (-c.value, c.key or "\uffff"))
    return Breakdown(rule.name, facet, FACETS[facet].definition, is_multi_valued(rule.name, facet), tuple(kept))
