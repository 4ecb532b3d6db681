"""Interventions (letters, appeals, resolutions): signatories with country and group, whom they cite."""

from typing import Any

from django.http import HttpRequest
from ninja import Router, Schema
from ninja.pagination import paginate

from chronicle.api.auth import reader
from chronicle.api.listing import Listing, Pages
from chronicle.api.refs import Ref, refs_to, visible_records
from chronicle.api.resources.common import UID, visible_one
from chronicle.records.domain.interventions import SIGNING_ROLES, count_signatories
from chronicle.records.models import Act, Intervention, LegalCase, Organization, Participant, Person, Subject

router = Router(tags=["interventions"])


class InterventionOut(Schema):
    """An intervention as listed, with the counts its source states."""

    uid: str
    intervention_type: str
    title: str
    date: str
    addressee_text: str
    demands: list[str]
    authors_count: int | None
    member_states_count: int | None
    part_of: Ref | None
    response: str


class ParticipantOut(Schema):
    """Someone taking part, as they were on the date (country and political group then)."""

    role: str
    person: Ref | None
    organization: Ref | None
    country: str
    political_group: str


class SubjectOut(Schema):
    """A person, act or case the intervention cites."""

    person: Ref | None
    act: Ref | None
    legal_case: Ref | None
    mentioned_as: str


class SignatoriesOut(Schema):
    """'N signatories from M states': the best figures and how they were reached."""

    signatories: int
    countries: int
    named_signatories: int
    stated_signatories: int | None
    named_countries: int
    stated_countries: int | None
    basis: str
    summary: str


class InterventionDetailOut(InterventionOut):
    """An intervention with its participants, the people and acts it cites, and its signatory count."""

    participants: list[ParticipantOut]
    subjects: list[SubjectOut]
    signatories: SignatoriesOut | None


def interventions_out(letters: list[Intervention], user: Any) -> list[InterventionOut]:
    """A page of interventions, with the joint actions they belong to loaded once per page."""
    joint = refs_to(Intervention, letters, "part_of", user)
    return [
        InterventionOut(
            uid=letter.uid,
            intervention_type=letter.intervention_type,
            title=letter.title,
            date=letter.date,
            addressee_text=letter.addressee_text,
            demands=[str(demand) for demand in letter.demands or []],
            authors_count=letter.authors_count,
            member_states_count=letter.member_states_count,
            part_of=joint[letter.pk],
            response=letter.response,
        )
        for letter in letters
    ]


def _participants(letter: Intervention, user: Any) -> list[ParticipantOut]:
    rows = list(Participant.objects.filter(intervention=letter).order_by("pk"))
    people = refs_to(Person, rows, "person", user)
    organizations = refs_to(Organization, rows, "organization", user)
    shown = [row for row in rows if people[row.pk] or organizations[row.pk]]
    return [
        ParticipantOut(
            role=row.role,
            person=people[row.pk],
            organization=organizations[row.pk],
            country=row.country,
            political_group=row.political_group,
        )
        for row in shown
    ]


def _subjects(letter: Intervention, user: Any) -> list[SubjectOut]:
    rows = list(Subject.objects.filter(intervention=letter).order_by("pk"))
    people = refs_to(Person, rows, "person", user)
    acts = refs_to(Act, rows, "act", user)
    cases = refs_to(LegalCase, rows, "legal_case", user)
    shown = [row for row in rows if people[row.pk] or acts[row.pk] or cases[row.pk]]
    return [
        SubjectOut(person=people[r.pk], act=acts[r.pk], legal_case=cases[r.pk], mentioned_as=r.mentioned_as)
        for r in shown
    ]


def _summary(signatories: int, countries: int) -> str:
    """'24 signatories from 14 states'."""
    people = "signatory" if signatories == 1 else "signatories"
    states = "state" if countries == 1 else "states"
    return f"{signatories} {people} from {countries} {states}"


def _signatories(letter: Intervention, user: Any) -> SignatoriesOut | None:
    """The signatory count, withheld when it would count signers the reader may not see."""
    letters = [letter, *letter.parts.all()]
    signers = Participant.objects.filter(intervention__in=letters, role__in=SIGNING_ROLES, person__isnull=False)
    signer_ids = set(signers.values_list("person_id", flat=True))
    if len(visible_records(Person, signer_ids, user)) < len(signer_ids):
        return None
    counted = count_signatories([letter])
    return SignatoriesOut(
        signatories=counted.signatories,
        countries=counted.countries,
        named_signatories=counted.named_signatories,
        stated_signatories=counted.stated_signatories,
        named_countries=counted.named_countries,
        stated_countries=counted.stated_countries,
        basis=counted.basis,
        summary=_summary(counted.signatories, counted.countries),
    )


@router.get("/interventions", response=list[InterventionOut], summary="Interventions")
@paginate(Pages)
def list_interventions(request: HttpRequest) -> Listing:
    """Interventions the reader may see, in date order."""
    user = reader(request)
    letters = Intervention.objects.visible_to(user).order_by("date_earliest", "title", "pk")
    return Listing(letters, lambda page: interventions_out(page, user))


@router.get("/interventions/{uid}", response=InterventionDetailOut, summary="One intervention")
def get_intervention(request: HttpRequest, uid: str = UID) -> InterventionDetailOut:
    """One intervention with signatories (country and group), cited persons and the 'N from M states' count."""
    user = reader(request)
    letter = visible_one(Intervention.objects.all(), user, uid)
    return InterventionDetailOut(
        **interventions_out([letter], user)[0].model_dump(),
        participants=_participants(letter, user),
        subjects=_subjects(letter, user),
        signatories=_signatories(letter, user),
    )
