"""Countable records as columns: one array per property, so that 300k acts are grouped without an object per act.

A `Table` holds units (act or case uids) sorted as Python sorts strings, so any selection of them taken
in order is already sorted and distinct. Each facet is a list of (unit, value) pairs, one per distinct
value of a unit, and a unit without any value has one pair with NOT_RECORDED (""), which is where the
breakdowns put it.
"""

from __future__ import annotations

import operator
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from chronicle.stats.counting.rules import NOT_RECORDED

Ints = npt.NDArray[np.int64]
Flags = npt.NDArray[np.bool_]
Texts = npt.NDArray[np.object_]
NO_PERSON = -1


def ints(values: Iterable[int]) -> Ints:
    """An integer column."""
    if isinstance(values, np.ndarray):
        return values.astype(np.int64, copy=False)
    return np.fromiter(values, dtype=np.int64)


def texts(values: Sequence[str]) -> Texts:
    """A text column (the strings themselves, not copies)."""
    column = np.empty(len(values), dtype=object)
    column[:] = values
    return column


def encode(values: Sequence[Any], labels: dict[Any, int]) -> Ints:
    """Each value's code in `labels`, adding the values not seen before."""
    for value in dict.fromkeys(values):
        labels.setdefault(value, len(labels))
    return np.fromiter(map(labels.__getitem__, values), dtype=np.int64, count=len(values))


def lookup(keys: Ints, values: Ints, wanted: Ints, default: int) -> Ints:
    """For each wanted key its value (`keys` sorted and distinct), or `default` when it has none."""
    if not len(keys):
        return np.full(len(wanted), default, dtype=np.int64)
    at = np.searchsorted(keys, wanted).clip(max=len(keys) - 1)
    return np.where(keys[at] == wanted, values[at], default)


def sorting(uids: Sequence[str]) -> Ints | None:
    """The order that sorts uids as Python sorts strings, or None when they are sorted already."""
    if all(map(operator.le, uids[:-1], uids[1:])):
        return None
    return ints(sorted(range(len(uids)), key=uids.__getitem__))


@dataclass(frozen=True)
class Pairs:
    """A facet's values: (unit, code) pairs ordered by code then unit, and the value of each code."""

    units: Ints
    codes: Ints
    labels: tuple[str, ...]

    def groups(self) -> Iterable[tuple[str, Ints]]:
        """Each value present with its units, in increasing order."""
        if not len(self.codes):
            return
        starts = np.flatnonzero(np.diff(self.codes)) + 1
        first = np.concatenate([[0], starts])
        for code, units in zip(self.codes[first].tolist(), np.split(self.units, starts), strict=True):
            yield self.labels[code], units

    def having(self, value: str, size: int) -> Flags:
        """Which of `size` units have a value."""
        found = np.zeros(size, dtype=bool)
        if value in self.labels:
            found[self.units[self.codes == self.labels.index(value)]] = True
        return found

    def subset(self, renumbered: Ints) -> Pairs:
        """The pairs of the units kept, renumbered (`renumbered[unit]` is -1 for a unit left out)."""
        units = renumbered[self.units]
        kept = units >= 0
        return Pairs(units[kept], self.codes[kept], self.labels)


def _pairs(size: int, units: Ints, codes: Ints, labels: dict[str, int]) -> Pairs:
    """Pairs each once, ordered by code then unit, with the units without a value under NOT_RECORDED."""
    if not size:
        return Pairs(ints(()), ints(()), tuple(labels))
    missing = np.ones(size, dtype=bool)
    missing[units] = False
    if missing.any():
        unrecorded = labels.setdefault(NOT_RECORDED, len(labels))
        units = np.concatenate([units, np.flatnonzero(missing)])
        codes = np.concatenate([codes, np.full(int(missing.sum()), unrecorded, dtype=np.int64)])
    keys = codes * size + units
    keys.sort()
    keys = keys[np.concatenate([[True], keys[1:] != keys[:-1]])]
    return Pairs(keys % size, keys // size, tuple(labels))


def pairs(size: int, units: Ints, values: Sequence[str]) -> Pairs:
    """Facet pairs of `size` units from (unit, value) rows."""
    labels: dict[str, int] = {}
    return _pairs(size, units, encode(values, labels), labels)


def pairs_of_sets(set_of_unit: Ints, sets: Sequence[tuple[str, ...]]) -> Pairs:
    """Facet pairs from each unit's set of values (`sets[set_of_unit[unit]]`); an empty set is NOT_RECORDED."""
    order = np.argsort(set_of_unit, kind="stable")
    bounds = np.searchsorted(set_of_unit[order], np.arange(len(sets) + 1)).tolist()
    labels: dict[str, int] = {}
    units: list[Ints] = [ints(())]
    codes: list[Ints] = [ints(())]
    for values, start, end in zip(sets, bounds[:-1], bounds[1:], strict=True):
        if end == start:
            continue
        for value in values or (NOT_RECORDED,):
            units.append(order[start:end])
            codes.append(np.full(end - start, labels.setdefault(value, len(labels)), dtype=np.int64))
    return _pairs(len(set_of_unit), np.concatenate(units), np.concatenate(codes), labels)


@dataclass(frozen=True)
class Table:
    """Units placed against a period (inside it, or straddling it), with facets, victims and weights."""

    uids: Texts
    inside: Flags
    facets: dict[str, Pairs]
    persons: Ints = field(default_factory=lambda: ints(()))
    person_uids: Texts = field(default_factory=lambda: texts(()))
    weights: Ints = field(default_factory=lambda: ints(()))

    def __len__(self) -> int:
        return len(self.uids)

    def having(self, facet: str, value: str) -> Flags:
        """Which units have a value of a facet."""
        return self.facets[facet].having(value, len(self))

    def subset(self, keep: Flags) -> Table:
        """The units kept, in the same order, with their facets."""
        renumbered = np.cumsum(keep) - 1
        renumbered[~keep] = -1
        return Table(
            self.uids[keep],
            self.inside[keep],
            {name: values.subset(renumbered) for name, values in self.facets.items()},
            self.persons[keep] if len(self.persons) else self.persons,
            self.person_uids,
            self.weights[keep] if len(self.weights) else self.weights,
        )
