"""Persons: every spelling of their names; the detail adds their cases, acts, statuses and cleared details."""

from typing import Any

from django.http import HttpRequest
from ninja import Router, Schema
from ninja.pagination import paginate

from chronicle.api.auth import reader
from chronicle.api.listing import Listing, Pages
from chronicle.api.refs import Ref, ref, visible_records
from chronicle.api.resources.common import UID, code_filter, visible_one
from chronicle.records.models import Act, Intervention, LegalCase, Organization, Person, PersonalDetail, StatusClaim

router = Router(tags=["persons"])


class NameOut(Schema):
    """One spelling of a person's name."""

    full_name: str
    given_name: str
    patronymic: str
    surname: str
    script: str
    language: str
    scheme: str
    name_type: str
    is_primary: bool


class PersonOut(Schema):
    """A person as listed."""

    uid: str
    display_name: str
    gender: str
    birth_date: str
    death_date: str
    deceased: bool
    region: str
    country: str
    occupation: str
    roles: list[str]
    description: str
    names: list[NameOut]


class DetailOut(Schema):
    """A sensitive detail the reader is cleared for."""

    kind: str
    value: str


class StatusOut(Schema):
    """A status claim about the person, and who makes it."""

    uid: str
    status: str
    state: str
    claimed_by: Ref | None
    claimed_in: Ref | None
    recognised_on: str
    ended_on: str
    criteria: list[str]


class PersonDetailOut(PersonOut):
    """A person with what the reader may see around them."""

    details: list[DetailOut]
    legal_cases: list[Ref]
    acts: list[Ref]
    status_claims: list[StatusOut]


def person_out(person: Person) -> PersonOut:
    """A person with their names (prefetched)."""
    return PersonOut(
        uid=person.uid,
        display_name=person.display_name,
        gender=person.gender,
        birth_date=person.birth_date,
        death_date=person.death_date,
        deceased=person.deceased,
        region=person.region,
        country=person.country,
        occupation=person.occupation,
        roles=[str(role) for role in person.roles or []],
        description=person.description,
        names=[NameOut.model_validate(name, from_attributes=True) for name in person.names.all()],
    )


def persons_out(people: list[Person]) -> list[PersonOut]:
    """A page of persons."""
    return [person_out(person) for person in people]


def _status_claims(person: Person, user: Any) -> list[StatusOut]:
    claims = list(StatusClaim.objects.visible_to(user).filter(person=person).order_by("recognised_on_earliest", "pk"))
    organizations = visible_records(Organization, (claim.claimed_by_id for claim in claims), user)
    letters = visible_records(Intervention, (claim.claimed_in_id for claim in claims), user)
    return [
        StatusOut(
            uid=claim.uid,
            status=claim.status,
            state=claim.state,
            claimed_by=ref(organizations.get(claim.claimed_by_id or 0)),
            claimed_in=ref(letters.get(claim.claimed_in_id or 0)),
            recognised_on=claim.recognised_on,
            ended_on=claim.ended_on,
            criteria=[str(criterion) for criterion in claim.criteria or []],
        )
        for claim in claims
    ]


def person_detail_out(person: Person, user: Any) -> PersonDetailOut:
    """A person with their visible details, cases, acts and status claims."""
    details = PersonalDetail.objects.visible_to(user).filter(person=person).order_by("pk")
    cases = LegalCase.objects.visible_to(user).filter(defendant=person).order_by("opened_earliest", "pk")
    acts = Act.objects.visible_to(user).filter(victim=person).order_by("start_earliest", "pk")
    return PersonDetailOut(
        **person_out(person).model_dump(),
        details=[DetailOut(kind=detail.kind, value=detail.value) for detail in details],
        legal_cases=[item for item in map(ref, cases) if item],
        acts=[item for item in map(ref, acts) if item],
        status_claims=_status_claims(person, user),
    )


@router.get("/persons", response=list[PersonOut], summary="Persons")
@paginate(Pages)
def list_persons(request: HttpRequest, country: str | None = code_filter("Only persons of this country.")) -> Listing:
    """Persons the reader may see, in the order they were recorded (stable across pages, and cheap to page)."""
    people = Person.objects.visible_to(reader(request)).prefetch_related("names").order_by("pk")
    if country:
        people = people.filter(country=country)
    return Listing(people, persons_out)


@router.get("/persons/{uid}", response=PersonDetailOut, summary="One person")
def get_person(request: HttpRequest, uid: str = UID) -> PersonDetailOut:
    """One person, with every spelling and what the reader may see around them."""
    user = reader(request)
    person = visible_one(Person.objects.prefetch_related("names"), user, uid)
    return person_detail_out(person, user)
