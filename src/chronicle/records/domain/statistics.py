"""Figures sources reported, found by the period they speak of."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from django.db.models import Q

from chronicle.records.models import ReportedStatistic


class Coverage(StrEnum):
    """How a reported figure's period relates to the period asked about."""

    SAME = "same period"
    INSIDE = "inside the period"
    OVERLAPS = "overlaps the period"


@dataclass(frozen=True)
class CoveringFigure:
    """A reported figure and how its period relates to the one asked about."""

    statistic: ReportedStatistic
    coverage: Coverage


def _coverage(statistic: ReportedStatistic, start: date, end: date) -> Coverage:
    first, last = statistic.period_earliest, statistic.period_latest
    if first == start and last == end:
        return Coverage.SAME
    if first is not None and last is not None and start <= first and last <= end:
        return Coverage.INSIDE
    return Coverage.OVERLAPS


def figures_covering(start: date, end: date, *, user: Any = None) -> list[CoveringFigure]:
    """Reported figures whose period touches [start, end], each marked same / inside / overlapping."""
    if end < start:
        raise ValueError(f"the period ends ({end}) before it starts ({start})")
    figures = ReportedStatistic.objects.visible_to(user) if user is not None else ReportedStatistic.objects.all()
    touching = (Q(period_earliest__isnull=True) | Q(period_earliest__lte=end)) & (
        Q(period_latest__isnull=True) | Q(period_latest__gte=start)
    )
    dated = figures.exclude(period="").filter(touching).select_related("source", "author")
    return [CoveringFigure(figure, _coverage(figure, start, end)) for figure in dated]
