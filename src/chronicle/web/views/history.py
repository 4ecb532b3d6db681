"""A record's history page, for records the user may read."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from chronicle.web.access import monitor_required, visible_or_404
from chronicle.web.history import HISTORIED, versions
from chronicle.web.views.edit import owner_visible_or_404, page_of


@monitor_required
def history(request: HttpRequest, kind: str, pk: int) -> HttpResponse:
    """Every saved version of one record, with the differences between them."""
    model = HISTORIED.get(kind)
    if model is None:
        raise Http404("no such kind of record")
    record = visible_or_404(model, request.user, pk=pk)
    owner_visible_or_404(kind, record, request.user)
    context = {"record": record, "versions": versions(record, request.user), "back": page_of(kind, record)}
    return render(request, "web/history.html", context)
