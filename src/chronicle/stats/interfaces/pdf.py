"""The period report as PDF: the HTML page printed by WeasyPrint."""

from __future__ import annotations

from chronicle.stats.interfaces.html import render_html
from chronicle.stats.reporting import PeriodReport


def render_pdf(report: PeriodReport, *, records_limit: int | None = 20) -> bytes:
    """PDF bytes of the report; record lists are cut at `records_limit` per figure."""
    from weasyprint import HTML

    pdf = HTML(string=render_html(report, records_limit=records_limit), base_url=".").write_pdf()
    assert pdf is not None
    return bytes(pdf)
