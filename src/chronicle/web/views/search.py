"""The monitors' search page: names across records and sources the user may read."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from chronicle.web.access import is_htmx, monitor_required
from chronicle.web.finder import find


@monitor_required
def search_page(request: HttpRequest) -> HttpResponse:
    """Results for the query in `q`, as a whole page or (for htmx) the results alone."""
    query = request.GET.get("q", "")[:200]
    context = {"query": query, "results": find(query, user=request.user)}
    template = "web/search.html#results" if is_htmx(request) else "web/search.html"
    return render(request, template, context)
