"""Partial and uncertain dates as EDTF strings (ISO 8601-2 level 1 subset) with computed bounds.

"2020" is a year, "2020-02" a month, "2020-02-15" a day; a trailing "~" marks it approximate, "?"
uncertain, "%" both; "2020-07-30/2020-09-27" is a range, "../2020-05-19" and "2020-05/.." are open
ranges; "202X" is a decade. Every date carries its earliest and latest possible day so that period
counts can ask "wholly inside?" without guessing.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

_SINGLE = re.compile(r"^(?P<year>\d{3}[\dX])(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?(?P<flag>[~?%])?$")


class Precision(StrEnum):
    """How much of a date is known."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    DECADE = "decade"
    RANGE = "range"


class PartialDateError(ValueError):
    """Text that is not a supported EDTF date."""


@dataclass(frozen=True)
class PartialDate:
    """A date known to some precision, with its inclusive earliest and latest days."""

    edtf: str
    earliest: date | None
    latest: date | None
    precision: Precision
    approximate: bool = False
    uncertain: bool = False

    def __str__(self) -> str:
        return self.edtf

    def within(self, start: date, end: date) -> bool:
        """True when the date falls wholly inside [start, end] (the period-count rule)."""
        return self.earliest is not None and self.latest is not None and start <= self.earliest and self.latest <= end

    def overlaps(self, start: date, end: date) -> bool:
        """True when some day of the date could fall inside [start, end]."""
        after = self.latest is None or self.latest >= start
        before = self.earliest is None or self.earliest <= end
        return after and before


def _bounds_of_single(year: str, month: str | None, day: str | None) -> tuple[date, date, Precision]:
    if "X" in year:
        first = int(year.replace("X", "0"))
        return date(first, 1, 1), date(first + 9, 12, 31), Precision.DECADE
    y = int(year)
    if month is None:
        return date(y, 1, 1), date(y, 12, 31), Precision.YEAR
    m = int(month)
    if day is None:
        return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1]), Precision.MONTH
    exact = date(y, m, int(day))
    return exact, exact, Precision.DAY


def _parse_single(text: str) -> PartialDate:
    found = _SINGLE.match(text)
    if not found:
        raise PartialDateError(f"not a date: {text!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
    if "X" in found["year"] and found["month"]:
        raise PartialDateError(f"a decade cannot have a month: {text!r}")
    try:
        earliest, latest, precision = _bounds_of_single(found["year"], found["month"], found["day"])
    except ValueError as error:
        raise PartialDateError(f"impossible date {text!r}: {error}") from error
    flag = found["flag"] or ""
    return PartialDate(text, earliest, latest, precision, flag in "~%" and bool(flag), flag in "?%" and bool(flag))


def _parse_range(text: str) -> PartialDate:
    start_text, end_text = text.split("/", 1)
    start = None if start_text in ("", "..") else _parse_single(start_text)
    end = None if end_text in ("", "..") else _parse_single(end_text)
    if start is None and end is None:
        raise PartialDateError(f"a range needs at least one end: {text!r}")
    if start and end and start.earliest and end.latest and end.latest < start.earliest:
        raise PartialDateError(f"range ends before it starts: {text!r}")
    return PartialDate(
        text,
        start.earliest if start else None,
        end.latest if end else None,
        Precision.RANGE,
        approximate=any(part.approximate for part in (start, end) if part),
        uncertain=any(part.uncertain for part in (start, end) if part),
    )


def parse_partial_date(text: str) -> PartialDate:
    """Parse an EDTF date or range; raises PartialDateError with the reason."""
    cleaned = text.strip()
    if not cleaned:
        raise PartialDateError("empty date")
    return _parse_range(cleaned) if "/" in cleaned else _parse_single(cleaned)


def from_day(day: date) -> PartialDate:
    """A PartialDate for an exact day."""
    return parse_partial_date(day.isoformat())
