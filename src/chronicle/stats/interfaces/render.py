"""Choosing a renderer by format; the HTML and PDF renderers (Django templates, matplotlib, WeasyPrint) load lazily."""

from __future__ import annotations

from chronicle.stats.interfaces.data import report_as_dict
from chronicle.stats.interfaces.json_text import dumps
from chronicle.stats.interfaces.markdown import render_markdown
from chronicle.stats.interfaces.table import render_csv
from chronicle.stats.reporting import PeriodReport

FORMATS = ("md", "html", "pdf", "csv", "json")


def render(report: PeriodReport, fmt: str, *, records_limit: int | None = 50) -> bytes:
    """The report in a format, as bytes; JSON and CSV list every record, the others up to `records_limit`."""
    if fmt == "json":
        return dumps(report_as_dict(report)).encode()
    if fmt == "csv":
        return render_csv(report).encode()
    if fmt == "md":
        return render_markdown(report, records_limit=records_limit).encode()
    from chronicle.stats.interfaces.html import render_html

    if fmt == "html":
        return render_html(report, records_limit=records_limit).encode()
    if fmt == "pdf":
        from chronicle.stats.interfaces.pdf import render_pdf

        return render_pdf(report, records_limit=records_limit)
    raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
