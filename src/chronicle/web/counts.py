"""The dashboard's figures: Chronicle's own counts (stats.counting) for a month and a chosen period."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from chronicle.stats.counting import RULES, Count, Period, count, load
from chronicle.stats.counting.api import count_loaded

SHOWN_RULES = ("acts", "victims", "legal_cases", "political_prisoners")


@dataclass(frozen=True)
class Figure:
    """One counted figure with the definition to show beside it."""

    rule: str
    value: int
    straddling: int
    definition: str


def month_of(day: date) -> Period:
    """The calendar month containing a day."""
    start = day.replace(day=1)
    following = date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return Period(start, date.fromordinal(following.toordinal() - 1))


def figures(period: Period, *, user: Any) -> list[Figure]:
    """Acts, victims, legal cases and political prisoners of a period, as the user may see them."""
    loaded = load(period, user=user)
    return [_figure(count_loaded(loaded, rule)) for rule in SHOWN_RULES]


def _figure(result: Count) -> Figure:
    return Figure(result.rule, result.value, len(result.straddling), RULES[result.rule].definition)


__all__ = ["SHOWN_RULES", "Figure", "count", "figures", "month_of"]
