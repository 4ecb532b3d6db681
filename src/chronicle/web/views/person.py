"""The persons list with its filters, and a person's page with every value's sources."""

from __future__ import annotations

from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from chronicle.records.domain.interventions import letters_citing
from chronicle.records.models import (
    Act,
    Intervention,
    LegalCase,
    Membership,
    Participant,
    Person,
    PersonalDetail,
    StatusClaim,
)
from chronicle.web.access import hide_unreadable, is_htmx, monitor_required, visible_or_404
from chronicle.web.claims import claims_by_field, claims_of_many
from chronicle.web.filters import PersonFilterForm, filter_persons
from chronicle.web.pages import page_of, query_without_page


@monitor_required
def person_list(request: HttpRequest) -> HttpResponse:
    """People the user may read, filtered by role, status, region, movement, article and date range."""
    form = PersonFilterForm(request.GET or None, user=request.user)
    people: QuerySet[Person] = Person.objects.visible_to(request.user)
    if form.is_valid():
        people = filter_persons(people, form.cleaned_data, user=request.user)
    page = page_of(request, people.order_by("display_name", "pk"))
    context = {"form": form, "page": page, "query": query_without_page(request)}
    template = "web/person_list.html#results" if is_htmx(request) else "web/person_list.html"
    return render(request, template, context)


@monitor_required
def person_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """Every spelling, the timeline of acts, cases, statuses and letters, each value with its sources."""
    user = request.user
    person = visible_or_404(Person, user, pk=pk)
    acts = hide_unreadable(
        list(Act.objects.visible_to(user).filter(victim=person).select_related("event").order_by("start_earliest")),
        "event",
        user,
    )
    statuses = list(
        StatusClaim.objects.visible_to(user).filter(person=person).select_related("claimed_by", "claimed_in")
    )
    hide_unreadable(hide_unreadable(statuses, "claimed_by", user), "claimed_in", user)
    cases = hide_unreadable(
        list(
            LegalCase.objects.visible_to(user)
            .filter(defendant=person)
            .select_related("court")
            .prefetch_related("charges", "sentences")
        ),
        "court",
        user,
    )
    visible_letters = Intervention.objects.visible_to(user)
    context = {
        "person": person,
        "claims": claims_by_field(person, user),
        "names": person.names.order_by("-is_primary", "script", "full_name"),
        "acts": acts,
        "act_claims": claims_of_many(acts, user),
        "statuses": statuses,
        "status_claims": claims_of_many(statuses, user),
        "cases": cases,
        "letters": letters_citing(person).filter(pk__in=visible_letters),
        "signed": Participant.objects.filter(person=person, intervention__in=visible_letters).select_related(
            "intervention"
        ),
        "memberships": Membership.objects.visible_to(user).filter(person=person).select_related("organization"),
        "details": PersonalDetail.objects.visible_to(user).filter(person=person),
    }
    return render(request, "web/person_detail.html", context)
