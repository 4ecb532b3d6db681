"""What a count returns: the figure, the rule that made it, and the records behind it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Count:
    """A figure under a named rule, with the records counted and those whose dates straddle the period."""

    rule: str
    definition: str
    value: int
    records: tuple[str, ...]
    straddling: tuple[str, ...]
    facet: str | None = None
    key: str | None = None

    def as_dict(self) -> dict[str, Any]:
        """Plain data for JSON."""
        return {
            "rule": self.rule,
            "definition": self.definition,
            "value": self.value,
            "records": list(self.records),
            "straddling": list(self.straddling),
            "facet": self.facet,
            "key": self.key,
        }


@dataclass(frozen=True)
class Breakdown:
    """Counts of one rule by one facet; a multi-valued facet's counts must never be summed."""

    rule: str
    facet: str
    definition: str
    multi_valued: bool
    counts: tuple[Count, ...]

    def total(self) -> int | None:
        """The sum of the counts, or None when the facet is multi-valued and a sum would double count."""
        return None if self.multi_valued else sum(count.value for count in self.counts)
