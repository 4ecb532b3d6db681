"""Organisations and their designations (banned as extremist, by which court, when)."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from chronicle.records.models import Membership, Organization, OrganizationDesignation, Person
from chronicle.web.access import hide_unreadable, monitor_required, visible_or_404
from chronicle.web.claims import claims_by_field, claims_of_many
from chronicle.web.pages import page_of, query_without_page


@monitor_required
def organization_list(request: HttpRequest) -> HttpResponse:
    """Organisations the user may read, optionally of one kind."""
    rows = Organization.objects.visible_to(request.user).order_by("name", "pk")
    if kind := request.GET.get("kind"):
        rows = rows.filter(kind=kind)
    context = {"page": page_of(request, rows), "query": query_without_page(request)}
    return render(request, "web/organization_list.html", context)


@monitor_required
def organization_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """An organisation with its other names, designations and members."""
    user = request.user
    organization = visible_or_404(Organization, user, pk=pk)
    designations = hide_unreadable(
        list(
            OrganizationDesignation.objects.visible_to(user)
            .filter(organization=organization)
            .select_related("authority")
        ),
        "authority",
        user,
    )
    context = {
        "organization": organization,
        "claims": claims_by_field(organization, user),
        "other_names": organization.other_names.all(),
        "designations": designations,
        "designation_claims": claims_of_many(designations, user),
        "members": Membership.objects.visible_to(user)
        .filter(organization=organization, person__in=Person.objects.visible_to(user))
        .select_related("person"),
    }
    return render(request, "web/organization_detail.html", context)
