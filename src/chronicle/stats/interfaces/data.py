"""The period report as JSON-ready data: every figure lists the records behind it."""

from __future__ import annotations

from typing import Any

from chronicle.stats.reporting import PeriodReport, Section

REPORTED_NOTE = "Figures as stated by their sources; Chronicle's own counts are under 'own_counts'."


def _section(section: Section) -> dict[str, Any]:
    breakdown = section.breakdown
    return {
        "rule": breakdown.rule,
        "facet": breakdown.facet,
        "definition": breakdown.definition,
        "multi_valued": breakdown.multi_valued,
        "total": section.total,
        "lines": [{"label": line.label, **line.count.as_dict()} for line in section.lines],
    }


def report_as_dict(report: PeriodReport) -> dict[str, Any]:
    """Plain data for `--format json`."""
    period = report.period
    assert period.start is not None and period.end is not None
    return {
        "report": "period",
        "period": {"from": period.start.isoformat(), "to": period.end.isoformat()},
        "language": report.language,
        "scope": {"region": report.scope.region, "article": report.scope.article},
        "generated_on": report.generated_on.isoformat(),
        "rules": report.rules,
        "own_counts": {
            "sentences": list(report.sentences),
            "counts": {name: count.as_dict() for name, count in report.counts.items()},
            "breakdowns": [_section(section) for section in report.sections],
        },
        "political_prisoners": {
            "as_of": period.end.isoformat(),
            "persons": [{"uid": p.uid, "name": p.name, "claimed_by": list(p.claimed_by)} for p in report.prisoners],
        },
        "reported_figures": {
            "note": REPORTED_NOTE,
            "sentences": list(report.reported),
            "reconciliation": [row.as_dict() for row in report.reconciliation],
        },
    }
