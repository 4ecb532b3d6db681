"""Events and the acts they comprised (one act against one victim: what is counted)."""

from __future__ import annotations

from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse

from chronicle.records.models import Act, Event, Involvement
from chronicle.web.access import hide_unreadable, monitor_required, visible_or_404
from chronicle.web.claims import claims_by_field, claims_of_many
from chronicle.web.pages import page_of, query_without_page


@monitor_required
def event_list(request: HttpRequest) -> HttpResponse:
    """Events the user may read, latest first, with the number of their acts the user may read."""
    readable = Act.objects.visible_to(request.user).values("pk")
    rows = (
        Event.objects.visible_to(request.user)
        .annotate(act_count=Count("acts", filter=Q(acts__in=readable)))
        .order_by("-start_earliest", "title", "pk")
    )
    if kind := request.GET.get("type"):
        rows = rows.filter(event_type=kind)
    context = {"page": page_of(request, rows), "query": query_without_page(request)}
    return render(request, "web/event_list.html", context)


@monitor_required
def event_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """An event with its acts, their victims and perpetrators, each with sources."""
    user = request.user
    event = visible_or_404(Event, user, pk=pk)
    acts = hide_unreadable(
        list(
            Act.objects.visible_to(user).filter(event=event).select_related("victim").order_by("start_earliest", "pk")
        ),
        "victim",
        user,
    )
    involvements = Involvement.objects.filter(act__in=[a.pk for a in acts]).select_related(
        "perpetrator_organization", "perpetrator_person"
    )
    context = {
        "event": event,
        "claims": claims_by_field(event, user),
        "acts": acts,
        "act_claims": claims_of_many(acts, user),
        "involvements": hide_unreadable(
            hide_unreadable(list(involvements), "perpetrator_organization", user), "perpetrator_person", user
        ),
    }
    return render(request, "web/event_detail.html", context)


@monitor_required
def act_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """An act is shown on its event's page."""
    act = visible_or_404(Act, request.user, pk=pk)
    visible_or_404(Event, request.user, pk=act.event_id)
    return redirect(reverse("web:event", args=[act.event_id]) + f"#act-{act.pk}")
