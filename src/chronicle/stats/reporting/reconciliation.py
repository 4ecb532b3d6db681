"""Reconciliation: each figure a source reported for the period, beside Chronicle's own count and the difference."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from chronicle.records.domain.statistics import CoveringFigure, figures_covering
from chronicle.stats.counting import Count, Loaded, Period, Scope, count_loaded, load
from chronicle.stats.reporting.categories import OwnMeasure, measure_for


@dataclass(frozen=True)
class Reconciliation:
    """A reported figure, Chronicle's count of the same category over the same period, and the gap."""

    figure: str
    quantity: int
    qualifier: str
    qualifier_text: str
    counted: str
    category: str
    period: str
    coverage: str
    source: str
    source_title: str
    author: str
    part_of: str
    measure: str
    own: Count | None
    difference: int | None
    explanation: str

    def as_dict(self) -> dict[str, Any]:
        """Plain data for JSON: the own count lists its records and the straddling ones."""
        data = {name: getattr(self, name) for name in self.__dataclass_fields__ if name != "own"}
        data["own"] = self.own.as_dict() if self.own else None
        return data


class Loads:
    """Items loaded once per period, shared by all figures of that period."""

    def __init__(self, user: Any, scope: Scope | None, first: Loaded | None = None) -> None:
        self.user, self.scope = user, scope
        self.cache: dict[Period, Loaded] = {first.period: first} if first else {}

    def of(self, period: Period) -> Loaded:
        """The loaded items of a period. Reads only."""
        if period not in self.cache:
            self.cache[period] = load(period, user=self.user, scope=self.scope)
        return self.cache[period]


def own_count(measure: OwnMeasure, loaded: Loaded) -> Count:
    """Chronicle's count for a measure over a loaded period."""
    return count_loaded(loaded, measure.rule, act_types=measure.act_types)


def _explain(figure: str, own: Count | None, difference: int | None, period: Period) -> str:
    if own is None:
        return "Chronicle has no counting rule for this category; the figure stands as reported."
    words = f"Chronicle counts {own.value} wholly inside {period.edtf()} (difference {difference:+d})"
    if own.straddling:
        words += f"; {len(own.straddling)} more have dates that overlap the period and are not counted"
    return words + f". The source reports {figure}."


def reconcile_figure(covering: CoveringFigure, loads: Loads) -> Reconciliation:
    """One reported figure beside Chronicle's own count over the figure's own period. Reads only."""
    figure = covering.statistic
    period = Period(figure.period_earliest, figure.period_latest)
    measure = measure_for(figure.category)
    own = own_count(measure, loads.of(period)) if measure else None
    difference = own.value - figure.quantity if own else None
    stated = f"{figure.get_qualifier_display_text()} {figure.quantity} {figure.counted}".strip()
    return Reconciliation(
        figure=figure.uid,
        quantity=figure.quantity,
        qualifier=figure.qualifier,
        qualifier_text=figure.get_qualifier_display_text(),
        counted=figure.counted,
        category=figure.category,
        period=figure.period,
        coverage=str(covering.coverage),
        source=figure.source.uid,
        source_title=figure.source.title,
        author=figure.author.name if figure.author else "",
        part_of=figure.part_of.uid if figure.part_of else "",
        measure=measure.describe() if measure else "",
        own=own,
        difference=difference,
        explanation=_explain(stated, own, difference, period),
    )


def reconcile(
    period: Period, *, user: Any = None, scope: Scope | None = None, loaded: Loaded | None = None
) -> list[Reconciliation]:
    """Every figure reported for a period touching this one, beside Chronicle's own count. Reads only."""
    assert period.start is not None and period.end is not None
    loads = Loads(user, scope, loaded)
    figures = sorted(figures_covering(period.start, period.end, user=user), key=_order)
    return [reconcile_figure(covering, loads) for covering in figures]


def _order(covering: CoveringFigure) -> tuple[date, date, str, str]:
    """Open starts first, then by period and wording, the same on every database."""
    figure = covering.statistic
    return (figure.period_earliest or date.min, figure.period_latest or date.max, figure.counted, figure.uid)
