"""Counting loaded units, in total and by facet, keeping the records behind each figure.

Units arrive already placed against the period (inside, or straddling it; units wholly outside are
never loaded) and sorted, so each figure is a selection of array positions, whatever the record size.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from chronicle.stats.counting.columns import Ints, Table, Texts
from chronicle.stats.counting.result import Breakdown, Count
from chronicle.stats.counting.rules import FACETS, CountingRule, is_multi_valued


def _records(table: Table, units: Ints, by: str) -> tuple[Texts, Texts]:
    """The uids counted and straddling among some units: theirs (`by` "unit"), or their victims' ("person").

    A person is counted once however many acts they suffered, and straddles only when no act of theirs
    lies inside the period.
    """
    inside = table.inside[units]
    counted, straddling = units[inside], units[~inside]
    if by == "unit":
        return table.uids[counted], table.uids[straddling]
    counted_persons = np.zeros(len(table.person_uids), dtype=bool)
    counted_persons[table.persons[counted]] = True
    other_persons = np.zeros(len(table.person_uids), dtype=bool)
    other_persons[table.persons[straddling]] = True
    return table.person_uids[counted_persons], table.person_uids[other_persons & ~counted_persons]


def _count(rule: CountingRule, found: tuple[Texts, Texts], facet: str | None = None, key: str | None = None) -> Count:
    counted, straddling = found
    records, uncertain = tuple(counted.tolist()), tuple(straddling.tolist())
    return Count(rule.name, rule.definition, len(records), records, uncertain, facet, key)


def tally(table: Table, rule: CountingRule, *, by: str = "unit") -> Count:
    """Count distinct units (`by`: "unit", or "person" for victims) wholly inside the period; others apart."""
    return _count(rule, _records(table, np.arange(len(table)), by))


def tally_weights(table: Table, rule: CountingRule) -> Count:
    """Sum the weights of units wholly inside the period (unnamed victims); records are the units."""
    inside = table.inside
    records, straddling = tuple(table.uids[inside].tolist()), tuple(table.uids[~inside].tolist())
    return Count(rule.name, rule.definition, int(table.weights[inside].sum()), records, straddling)


def breakdown(table: Table, rule: CountingRule, facet: str, *, by: str = "unit") -> Breakdown:
    """Counts by facet value, largest first; a record without a value goes under NOT_RECORDED ("")."""
    counts = [_count(rule, _records(table, units, by), facet, key) for key, units in table.facets[facet].groups()]
    kept = sorted(counts, key=lambda c: (-c.value, c.key or "\uffff"))
    return Breakdown(rule.name, facet, FACETS[facet].definition, is_multi_valued(rule.name, facet), tuple(kept))


def breakdowns(table: Table, rule: CountingRule, facets: Sequence[str], *, by: str = "unit") -> list[Breakdown]:
    """`breakdown` by several facets."""
    return [breakdown(table, rule, facet, by=by) for facet in facets]
