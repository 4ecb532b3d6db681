"""Every figure of a report with a stable id, so that renderers can link each one to its records."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from chronicle.stats.counting import Count
from chronicle.stats.reporting import PeriodReport


@dataclass(frozen=True)
class Figure:
    """A count as shown in a report: where it appears, its anchor, and its words."""

    anchor: str
    title: str
    count: Count


def anchor(*parts: str | None) -> str:
    """An HTML id from parts ("rec-acts-act_type-detention")."""
    text = "-".join(part or "none" for part in parts)
    return "rec-" + re.sub(r"[^A-Za-z0-9_-]+", "_", text)


def figures(report: PeriodReport, labels: dict[str, str]) -> Iterator[Figure]:
    """Every figure of the report: headline counts, breakdown lines and own counts of reported figures."""
    for name, count in report.counts.items():
        yield Figure(anchor(name), labels[name], count)
    for section in report.sections:
        breakdown = section.breakdown
        for line in section.lines:
            title = f"{labels[breakdown.rule]} {labels[breakdown.facet]}: {line.label}"
            yield Figure(anchor(breakdown.rule, breakdown.facet, line.key), title, line.count)
    for row in report.reconciliation:
        if row.own is not None:
            yield Figure(anchor("reconciliation", row.figure), f"{row.measure} ({row.period}) ~ {row.figure}", row.own)


def shown(records: tuple[str, ...], limit: int | None) -> tuple[tuple[str, ...], int]:
    """The records to print under a limit, and how many are left out."""
    if limit is None or len(records) <= limit:
        return records, 0
    return records[:limit], len(records) - limit
