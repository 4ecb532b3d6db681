"""The period report (with downloads) and the multiple-systems estimate, computed for the reader."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from chronicle.stats.interfaces import render as render_report
from chronicle.stats.interfaces.html import html_context
from chronicle.stats.reporting import build_report
from chronicle.web.access import monitor_required
from chronicle.web.estimate_page import EstimateForm, estimate_outcome
from chronicle.web.report_page import (
    DOWNLOADS,
    RECORDS_SHOWN,
    ReportForm,
    linked_listings,
    report_language,
    source_pages,
)


@monitor_required
def period_report(request: HttpRequest) -> HttpResponse:
    """A form for the period; the report of the records the reader may see, each figure linked to its records."""
    form = ReportForm(request.GET or None)
    context: dict = {"form": form, "formats": list(DOWNLOADS), "query": request.GET.urlencode()}
    if form.is_valid():
        report = build_report(form.period(), language=report_language(), user=request.user, scope=form.scope())
        shown = html_context(report, records_limit=RECORDS_SHOWN)
        context |= shown | {
            "listings": linked_listings(shown["listings"], request.user),
            "source_pages": source_pages(shown["rows"], request.user),
        }
    return render(request, "web/reports/report.html", context)


@monitor_required
def period_report_download(request: HttpRequest, fmt: str) -> HttpResponse:
    """The same report as a file: Markdown, CSV, JSON or PDF."""
    if fmt not in DOWNLOADS:
        raise Http404("no such format")
    form = ReportForm(request.GET)
    if not form.is_valid():
        context = {"form": form, "formats": list(DOWNLOADS), "query": request.GET.urlencode()}
        return render(request, "web/reports/report.html", context, status=400)
    report = build_report(form.period(), language=report_language(), user=request.user, scope=form.scope())
    response = HttpResponse(render_report(report, fmt), content_type=DOWNLOADS[fmt])
    period = form.period()
    response["Content-Disposition"] = f'attachment; filename="chronicle-report-{period.start}-{period.end}.{fmt}"'
    return response


@monitor_required
def estimate(request: HttpRequest) -> HttpResponse:
    """Lists made of sources; the estimate of everyone documented or not, from reviewed identities."""
    form = EstimateForm(request.GET or None, user=request.user)
    context: dict = {"form": form}
    if form.is_valid():
        data = form.cleaned_data
        outcome = estimate_outcome(data["lists"], data.get("start"), data.get("end"), request.user, data["method"])
        context |= {"outcome": outcome, "lists": data["lists"]}
    return render(request, "web/reports/estimate.html", context)
