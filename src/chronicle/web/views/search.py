"""The monitors' search page: records and sources the user may read, names matched across scripts."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from chronicle.web.access import is_htmx, monitor_required
from chronicle.web.finder import find


def _page_number(text: str | None) -> int:
    return int(text) if text and text.isdigit() else 1


@monitor_required
def search_page(request: HttpRequest) -> HttpResponse:
    """Results for the query in `q`, as a whole page or (for htmx) the results alone."""
    query = request.GET.get("q", "")[:200]
    results = find(query, user=request.user, page=_page_number(request.GET.get("page")))
    context = {"query": query, "results": results}
    template = "web/search.html#results" if is_htmx(request) else "web/search.html"
    return render(request, template, context)
