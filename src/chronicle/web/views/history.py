"""A record's history page, for records the user may read."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from chronicle.web.access import monitor_required, visible_or_404
from chronicle.web.history import HISTORIED, versions
from chronicle.web.views.edit import page_of


@monitor_required
def history(request: HttpRequest, kind: str, pk: int) -> HttpResponse:
    """Every saved version of one record, with the differences between them."""
    model = HISTORIED.get(kind)
    if model is None:
        raise Http404("no such kind of record")
    record = visible_or_404(model, request.user, pk=pk)
    context = {"record": record, "versions": versions(record), "back": page_of(kind, record)}
    return render(request, "web/history.html", context)
