"""Autocomplete for record choices in forms: matches over every spelling, only among records the user may read."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from chronicle.common.search import search
from chronicle.records.models import LegalCase
from chronicle.web.access import monitor_required

SEARCHED = ("person", "organization", "event", "act", "intervention")
LIMIT = 15
LABEL_LENGTH = 140


@dataclass(frozen=True)
class Match:
    """One record offered: its key and what the option shows."""

    pk: int
    label: str


def _label(title: str, snippet: str) -> str:
    text = title if not snippet or snippet.strip() == title.strip() else f"{title} — {snippet.strip()}"
    return text if len(text) <= LABEL_LENGTH else text[: LABEL_LENGTH - 1] + "…"


def _legal_cases(query: str, user: Any) -> list[Match]:
    """Cases whose defendant goes by a matching spelling, or whose number matches."""
    defendants = [hit.pk for hit in search(query, user=user, kinds=["person"], limit=LIMIT)]
    cases = LegalCase.objects.visible_to(user).filter(
        Q(defendant_id__in=defendants) | Q(case_number__icontains=query.strip())
    )
    found = cases.select_related("defendant").order_by("-opened_earliest", "pk")[:LIMIT]
    return [Match(case.pk, _label(str(case), case.case_number)) for case in found]


def find(kind: str, query: str, user: Any) -> list[Match]:
    """Records of a kind matching the words typed that the user may read, best first."""
    if not query.strip():
        return []
    if kind == "legalcase":
        return _legal_cases(query, user)
    return [
        Match(hit.pk, _label(hit.title, hit.snippet)) for hit in search(query, user=user, kinds=[kind], limit=LIMIT)
    ]


@monitor_required
def autocomplete(request: HttpRequest, kind: str) -> HttpResponse:
    """The options of a record choice matching `?q=`, as <option> elements for htmx to swap in."""
    if kind not in (*SEARCHED, "legalcase"):
        raise Http404("no such kind of record")
    query = request.GET.get("q", "")[:200]
    context = {"matches": find(kind, query, request.user), "query": query}
    return render(request, "web/forms/options.html", context)
