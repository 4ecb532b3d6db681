"""The result of a multiple-systems estimate, in the shape the CLI and the app report it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Estimate:
    """An estimated total with its 95% interval, what it was computed from, and its caveats."""

    estimate: int
    ci95: tuple[int, int | None]  # upper end None when the likelihood does not bound it
    observed: int
    lists: int
    method: str
    warnings: list[str]
    list_names: tuple[str, ...] = ()
    list_totals: dict[str, int] = field(default_factory=dict)
    details: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready mapping: the documented keys first, then the supporting detail."""
        return {
            "estimate": self.estimate,
            "ci95": list(self.ci95),
            "observed": self.observed,
            "lists": self.lists,
            "method": self.method,
            "warnings": list(self.warnings),
            "list_names": list(self.list_names),
            "list_totals": dict(self.list_totals),
            **self.details,
        }
