"""Autocomplete for record choices in forms: matches over every spelling, only among records the user may read."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import render

from chronicle.web.access import monitor_required
from chronicle.web.forms.fields import SEARCH_SUFFIX
from chronicle.web.forms.matches import KINDS, find


def _query(params: QueryDict) -> str:
    """The words typed: `?q=`, or the search box of one field (`?victim__q=`, as htmx sends it)."""
    typed = params.get("q") or next((v for k, v in params.items() if k.endswith(SEARCH_SUFFIX)), "")
    return str(typed)[:200].strip()


@monitor_required
def autocomplete(request: HttpRequest, kind: str) -> HttpResponse:
    """The options of a record choice matching the words typed, as <option> elements for htmx to swap in."""
    if kind not in KINDS:
        raise Http404("no such kind of record")
    query = _query(request.GET)
    context = {"matches": find(kind, query, request.user), "query": query}
    return render(request, "web/forms/options.html", context)
