"""Periods and the period rule: an item counts in a period only when its dates lie wholly inside it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

FIRST_DAY = date.min
LAST_DAY = date.max


class Placement(StrEnum):
    """Where an item's possible dates lie relative to a period."""

    INSIDE = "inside"
    STRADDLING = "date uncertain / overlaps period"
    OUTSIDE = "outside"


class PeriodError(ValueError):
    """A period that ends before it starts."""


@dataclass(frozen=True)
class Period:
    """Inclusive days [start, end]; an open end (None) reaches back or forward without limit."""

    start: date | None
    end: date | None

    def __post_init__(self) -> None:
        if self.start is not None and self.end is not None and self.end < self.start:
            raise PeriodError(f"the period ends ({self.end}) before it starts ({self.start})")

    def place(self, earliest: date | None, latest: date | None) -> Placement:
        """Inside when `earliest >= start and latest <= end`; straddling when it may fall partly in."""
        first = earliest or FIRST_DAY
        last = latest or LAST_DAY
        start = self.start or FIRST_DAY
        end = self.end or LAST_DAY
        if start <= first and last <= end:
            return Placement.INSIDE
        if last < start or first > end:
            return Placement.OUTSIDE
        return Placement.STRADDLING

    def edtf(self) -> str:
        """The period as an EDTF interval ("2020-07-30/2020-09-27", "../2020-10-16")."""
        start = self.start.isoformat() if self.start else ".."
        end = self.end.isoformat() if self.end else ".."
        return f"{start}/{end}"
