"""Legal cases: charges, stages, court, preventive measures and sentences."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from chronicle.records.models import Act, LegalCase, Person
from chronicle.web.access import hide_unreadable, monitor_required, visible_or_404
from chronicle.web.claims import claims_by_field
from chronicle.web.pages import page_of, query_without_page


@monitor_required
def legal_case_list(request: HttpRequest) -> HttpResponse:
    """Cases the user may read whose defendant the user may read too."""
    rows = (
        LegalCase.objects.visible_to(request.user)
        .filter(defendant__in=Person.objects.visible_to(request.user))
        .select_related("defendant")
        .prefetch_related("charges")
        .order_by("-opened_earliest", "pk")
    )
    context = {"page": page_of(request, rows), "query": query_without_page(request)}
    return render(request, "web/legal_case_list.html", context)


@monitor_required
def legal_case_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """One case with its charges, stages, preventive measures, sentences and acts."""
    user = request.user
    case = visible_or_404(LegalCase, user, pk=pk)
    hide_unreadable(
        hide_unreadable(hide_unreadable([case], "defendant", user), "court", user), "investigating_body", user
    )
    context = {
        "case": case,
        "claims": claims_by_field(case, user),
        "charges": case.charges.all(),
        "stages": hide_unreadable(list(case.stages.select_related("court")), "court", user),
        "measures": case.preventive_measures.all(),
        "sentences": case.sentences.all(),
        "acts": Act.objects.visible_to(user).filter(legal_case=case).order_by("start_earliest"),
    }
    return render(request, "web/legal_case_detail.html", context)
