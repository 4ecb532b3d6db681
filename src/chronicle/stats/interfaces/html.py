"""The period report as one self-contained HTML page: inline CSS, charts as data URIs, figures linked to records."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.template.loader import render_to_string

from chronicle.stats.interfaces.charts import reconciliation_chart, section_chart
from chronicle.stats.interfaces.figures import Figure, anchor, figures, shown
from chronicle.stats.interfaces.words import coverage_words, words
from chronicle.stats.reporting import PeriodReport

CHARTED = (("acts", "act_type"), ("acts", "region"), ("legal_cases", "legal_article"))
MODEL_OF = {
    "acts": "act",
    "unnamed_victims": "act",
    "victims": "person",
    "political_prisoners": "person",
    "legal_cases": "legalcase",
    "criminal_cases": "legalcase",
}
RECORD_URL = "/admin/records/{model}/?uid={uid}"


@dataclass(frozen=True)
class Listing:
    """A figure with the records to print, links to them, and how many were left out."""

    figure: Figure
    records: list[tuple[str, str]]
    more: int
    straddling: list[tuple[str, str]]
    more_straddling: int


def _links(rule: str, uids: tuple[str, ...]) -> list[tuple[str, str]]:
    model = MODEL_OF.get(rule, "act")
    return [(uid, RECORD_URL.format(model=model, uid=uid)) for uid in uids]


def _listing(figure: Figure, limit: int | None) -> Listing:
    records, more = shown(figure.count.records, limit)
    straddling, more_straddling = shown(figure.count.straddling, limit)
    rule = figure.count.rule
    return Listing(figure, _links(rule, records), more, _links(rule, straddling), more_straddling)


def _charts(report: PeriodReport, w: dict[str, str]) -> list[tuple[str, str]]:
    legend = (w["own_count"], w["straddling"])
    charts = []
    for section in report.sections:
        key = (section.breakdown.rule, section.breakdown.facet)
        if key in CHARTED:
            title = f"{w[key[0]].capitalize()} {w[key[1]]}"
            uri = section_chart(section, title, legend)
            charts += [(title, uri)] if uri else []
    uri = reconciliation_chart(report.reconciliation, (w["figure"], w["own_count"]))
    return charts + ([(w["reconciliation"], uri)] if uri else [])


def html_context(report: PeriodReport, *, records_limit: int | None = 50) -> dict[str, Any]:
    """Everything the template shows, with anchors and shortened record lists."""
    w = words(report.language)
    sections = [
        {
            "title": f"{w[s.breakdown.rule].capitalize()} {w[s.breakdown.facet]}",
            "section": s,
            "lines": [(line, anchor(s.breakdown.rule, s.breakdown.facet, line.key)) for line in s.lines],
        }
        for s in report.sections
    ]
    headline = [(w[name], count, anchor(name)) for name, count in report.counts.items()]
    rows = [
        (row, anchor("reconciliation", row.figure), coverage_words(row.coverage, report.language))
        for row in report.reconciliation
    ]
    return {
        "report": report,
        "w": w,
        "headline": headline,
        "rows": rows,
        "sections": sections,
        "charts": _charts(report, w),
        "listings": [_listing(figure, records_limit) for figure in figures(report, w)],
    }


def render_html(report: PeriodReport, *, records_limit: int | None = 50) -> str:
    """A standalone HTML page of the report."""
    return render_to_string("stats/report.html", html_context(report, records_limit=records_limit))
