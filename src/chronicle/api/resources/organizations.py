"""Organisations: names, other names and, in the detail, designations (e.g. banned as extremist)."""

from typing import Any

from django.http import HttpRequest
from ninja import Router, Schema
from ninja.pagination import paginate

from chronicle.api.auth import reader
from chronicle.api.listing import Listing, Pages
from chronicle.api.refs import Ref, refs_to
from chronicle.api.resources.common import UID, visible_one
from chronicle.records.models import Organization, OrganizationDesignation

router = Router(tags=["organizations"])


class OtherNameOut(Schema):
    """Another name of the organisation."""

    name: str
    language: str
    start: str
    end: str


class OrganizationOut(Schema):
    """An organisation as listed."""

    uid: str
    name: str
    kind: str
    country: str
    abbreviation: str
    founded: str
    dissolved: str
    description: str
    other_names: list[OtherNameOut]


class DesignationOut(Schema):
    """A state decision about the organisation."""

    uid: str
    designation_type: str
    authority: Ref | None
    authority_name: str
    decision_date: str
    in_force_date: str
    legal_basis: str
    ended_date: str


class OrganizationDetailOut(OrganizationOut):
    """An organisation with its designations."""

    designations: list[DesignationOut]


def organization_out(organization: Organization) -> OrganizationOut:
    """An organisation with its other names (prefetched)."""
    return OrganizationOut(
        uid=organization.uid,
        name=organization.name,
        kind=organization.kind,
        country=organization.country,
        abbreviation=organization.abbreviation,
        founded=organization.founded,
        dissolved=organization.dissolved,
        description=organization.description,
        other_names=[
            OtherNameOut.model_validate(name, from_attributes=True) for name in organization.other_names.all()
        ],
    )


def _designations(organization: Organization, user: Any) -> list[DesignationOut]:
    designations = list(
        OrganizationDesignation.objects.visible_to(user).filter(organization=organization).order_by("pk")
    )
    authorities = refs_to(Organization, designations, "authority", user)
    return [
        DesignationOut(
            uid=item.uid,
            designation_type=item.designation_type,
            authority=authorities[item.pk],
            authority_name=item.authority_name,
            decision_date=item.decision_date,
            in_force_date=item.in_force_date,
            legal_basis=item.legal_basis,
            ended_date=item.ended_date,
        )
        for item in designations
    ]


@router.get("/organizations", response=list[OrganizationOut], summary="Organisations")
@paginate(Pages)
def list_organizations(request: HttpRequest) -> Listing:
    """Organisations the reader may see, by name."""
    organizations = Organization.objects.visible_to(reader(request)).prefetch_related("other_names")
    return Listing(organizations.order_by("name", "pk"), lambda page: [organization_out(item) for item in page])


@router.get("/organizations/{uid}", response=OrganizationDetailOut, summary="One organisation")
def get_organization(request: HttpRequest, uid: str = UID) -> OrganizationDetailOut:
    """One organisation with its designations."""
    user = reader(request)
    organization = visible_one(Organization.objects.prefetch_related("other_names"), user, uid)
    return OrganizationDetailOut(
        **organization_out(organization).model_dump(), designations=_designations(organization, user)
    )
