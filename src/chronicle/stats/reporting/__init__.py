"""The period report as plain data, reusable by the command line and the web app; renderers are in interfaces/."""

from chronicle.stats.reporting.dates import ReportError, period_of
from chronicle.stats.reporting.reconciliation import Reconciliation, reconcile
from chronicle.stats.reporting.report import Line, PeriodReport, Prisoner, Section, build_report

__all__ = [
    "Line",
    "PeriodReport",
    "Prisoner",
    "Reconciliation",
    "ReportError",
    "Section",
    "build_report",
    "period_of",
    "reconcile",
]
