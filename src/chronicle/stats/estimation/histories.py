"""Capture histories: which lists documented each individual, as a table of pattern counts."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

Pattern = tuple[int, ...]

MIN_LISTS = 3


class CaptureError(ValueError):
    """Capture histories that cannot be used for estimation, with a message for the user."""


@dataclass(frozen=True)
class CaptureTable:
    """Counts of individuals per capture pattern over named lists (no-list pattern excluded)."""

    lists: tuple[str, ...]
    counts: Mapping[Pattern, int]

    @property
    def observed(self) -> int:
        """Number of distinct individuals documented by at least one list."""
        return sum(self.counts.values())

    def patterns(self) -> np.ndarray:
        """Every observable pattern (all 2^k - 1 of them) as a 0/1 matrix, one row per pattern."""
        return all_patterns(len(self.lists))

    def pattern_counts(self) -> np.ndarray:
        """Counts aligned with `patterns()`, zero where a pattern was never seen."""
        return np.array([self.counts.get(tuple(int(x) for x in row), 0) for row in self.patterns()])

    def list_totals(self) -> dict[str, int]:
        """Number of individuals each list documented."""
        totals = self.pattern_counts() @ self.patterns()
        return {name: int(total) for name, total in zip(self.lists, totals, strict=True)}

    def overlap(self, first: int, second: int) -> int:
        """Number of individuals documented by both lists (given by position)."""
        patterns = self.patterns()
        both = (patterns[:, first] == 1) & (patterns[:, second] == 1)
        return int(self.pattern_counts()[both].sum())

    def list_pairs_without_overlap(self) -> list[tuple[str, str]]:
        """Pairs of lists that share no individual (their interaction cannot be estimated)."""
        pairs = itertools.combinations(range(len(self.lists)), 2)
        return [(self.lists[a], self.lists[b]) for a, b in pairs if self.overlap(a, b) == 0]

    def multiply_documented(self) -> int:
        """Number of individuals documented by two or more lists."""
        on_several = self.patterns().sum(axis=1) >= 2
        return int(self.pattern_counts()[on_several].sum())


def all_patterns(list_count: int) -> np.ndarray:
    """The 2^k - 1 non-empty capture patterns of k lists, in a fixed order."""
    rows = [p for p in itertools.product((0, 1), repeat=list_count) if any(p)]
    return np.array(rows, dtype=np.int64).reshape(len(rows), list_count)


def from_individuals(histories: Iterable[Sequence[int]], lists: Sequence[str] | None = None) -> CaptureTable:
    """Build a table from one 0/1 capture tuple per deduplicated individual."""
    counts: dict[Pattern, int] = {}
    for history in histories:
        pattern = tuple(int(x) for x in history)
        counts[pattern] = counts.get(pattern, 0) + 1
    return from_counts(counts, lists)


def from_counts(counts: Mapping[Pattern, int], lists: Sequence[str] | None = None) -> CaptureTable:
    """Build a table from a mapping of capture pattern to number of individuals."""
    table = {tuple(int(x) for x in pattern): int(n) for pattern, n in counts.items()}
    width = _pattern_width(table, lists)
    names = tuple(lists) if lists is not None else tuple(f"list{i + 1}" for i in range(width))
    for pattern, n in table.items():
        _check_pattern(pattern, n, width)
    return validated(CaptureTable(lists=names, counts={p: n for p, n in table.items() if n}))


def validated(table: CaptureTable) -> CaptureTable:
    """Return the table if estimation is possible on it, else raise `CaptureError`."""
    if len(set(table.lists)) != len(table.lists):
        raise CaptureError(f"list names must be distinct, got {list(table.lists)}")
    if len(table.lists) < MIN_LISTS:
        raise CaptureError(f"multiple-systems estimation needs at least {MIN_LISTS} lists, got {len(table.lists)}")
    if table.observed == 0:
        raise CaptureError("no individuals: the capture histories are empty")
    empty = [name for name, total in table.list_totals().items() if total == 0]
    if empty:
        raise CaptureError(f"list(s) with no individuals: {', '.join(empty)}; remove them")
    if table.multiply_documented() == 0:
        raise CaptureError("no overlap between lists: no individual appears on more than one list")
    return table


def _pattern_width(table: Mapping[Pattern, int], lists: Sequence[str] | None) -> int:
    """Number of lists, from the names if given, else from the patterns (which must agree)."""
    widths = {len(p) for p in table}
    if lists is not None:
        widths.add(len(lists))
    if len(widths) > 1:
        raise CaptureError(f"capture patterns of different lengths: {sorted(widths)}")
    if not widths:
        raise CaptureError("no individuals: the capture histories are empty")
    return widths.pop()


def _check_pattern(pattern: Pattern, n: int, width: int) -> None:
    """Refuse a pattern that is not 0/1, is all zero with individuals, or has a negative count."""
    if any(x not in (0, 1) for x in pattern):
        raise CaptureError(f"capture pattern {pattern} has a value other than 0 or 1")
    if n < 0:
        raise CaptureError(f"capture pattern {pattern} has a negative count {n}")
    if n and not any(pattern):
        raise CaptureError("an individual on no list cannot have been observed (all-zero pattern)")
