"""Letters and other interventions: signatories with country and group, cited persons, responses."""

from __future__ import annotations

from typing import Any

from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from chronicle.records.domain.interventions import SIGNING_ROLES, count_signatories
from chronicle.records.models import Intervention, Organization, Participant, Person, Subject
from chronicle.web.access import monitor_required, visible_or_404
from chronicle.web.claims import claims_by_field
from chronicle.web.pages import page_of, query_without_page
from chronicle.web.wording import signatory_summary


@monitor_required
def letter_list(request: HttpRequest) -> HttpResponse:
    """Interventions the user may read, latest first."""
    rows = Intervention.objects.visible_to(request.user).order_by("-date_earliest", "title", "pk")
    context = {"page": page_of(request, rows), "query": query_without_page(request)}
    return render(request, "web/letter_list.html", context)


def letter_context(letter: Intervention, user: Any) -> dict[str, Any]:
    """What a letter's page shows, limited to the people and organisations the user may read."""
    people = Person.objects.visible_to(user)
    participants = list(
        Participant.objects.filter(intervention=letter)
        .filter(_someone_readable(user))
        .select_related("person", "organization")
        .order_by("role", "country", "person__display_name")
    )
    count = count_signatories([letter], user=user)
    signers = Participant.objects.filter(
        Q(intervention=letter) | Q(intervention__part_of=letter), role__in=SIGNING_ROLES, person__isnull=False
    )
    return {
        "letter": letter,
        "participants": participants,
        "count": count,
        "summary": signatory_summary(
            count, parliamentarians=signers.exists() and not signers.filter(political_group="").exists()
        ),
        "cited": Subject.objects.filter(intervention=letter, person__in=people).select_related("person"),
        "parts": Intervention.objects.visible_to(user).filter(part_of=letter),
    }


def _someone_readable(user: Any) -> Q:
    return Q(person__in=Person.objects.visible_to(user)) | Q(
        person__isnull=True, organization__in=Organization.objects.visible_to(user)
    )


@monitor_required
def letter_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """One intervention with its signatories, summary, cited persons and response."""
    letter = visible_or_404(Intervention, request.user, pk=pk)
    context = {**letter_context(letter, request.user), "claims": claims_by_field(letter, request.user)}
    return render(request, "web/letter_detail.html", context)
