"""Sources: the captured document with its accepted claims highlighted and linked to their records."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from chronicle.records.models import Source
from chronicle.web.access import monitor_required, visible_or_404
from chronicle.web.highlight import pieces, visible_claims
from chronicle.web.pages import page_of, query_without_page


@monitor_required
def source_list(request: HttpRequest) -> HttpResponse:
    """Sources the user may read, latest captured first (the text itself is not loaded)."""
    rows = Source.objects.visible_to(request.user).defer("text").order_by("-captured_at", "-pk")
    context = {"page": page_of(request, rows), "query": query_without_page(request)}
    return render(request, "web/source_list.html", context)


@monitor_required
def source_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """The document text, each accepted claim highlighted and linked to its record."""
    source = visible_or_404(Source, request.user, pk=pk)
    claims = visible_claims(source, request.user)
    context = {"source": source, "pieces": pieces(source.text, claims), "claims": claims}
    return render(request, "web/source_detail.html", context)
