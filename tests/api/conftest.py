"""Records that could leak (RED, unpublished, unconsented, a RED personal detail), and readers for each role."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from chronicle.api.tokens import make_token
from chronicle.common.access import Confidentiality
from chronicle.records.models import (
    Act,
    Consent,
    Event,
    Intervention,
    LegalCase,
    Organization,
    Participant,
    Person,
    PersonalDetail,
    PersonName,
    ReportedStatistic,
    Source,
    StatusClaim,
    Subject,
)

XSS = "<script>alert('xss')</script><img src=x onerror=alert(1)>"
PUBLIC = {"published": True, "confidentiality": Confidentiality.CLEAR}
RED = {"confidentiality": Confidentiality.RED}
AMBER = {"confidentiality": Confidentiality.AMBER}

Get = Callable[..., Any]


def _people(owner: Any) -> dict[str, Person]:
    people = {
        "P:public": Person.objects.create(
            uid="P:public", display_name="Maks Bokayev", consent=Consent.FULL, description=XSS, **PUBLIC
        ),
        "P:unconsented": Person.objects.create(uid="P:unconsented", display_name="Askhat Zheksebayev", **PUBLIC),
        "P:red": Person.objects.create(uid="P:red", display_name="Secret Witness", created_by=owner, **RED),
        "P:amber": Person.objects.create(uid="P:amber", display_name="Internal Bokaeva", created_by=owner, **AMBER),
    }
    PersonName.objects.create(person=people["P:public"], full_name="Макс Бокаев", script="Cyrl")
    PersonName.objects.create(person=people["P:unconsented"], full_name="Асхат Жексебаев", script="Cyrl")
    PersonalDetail.objects.create(person=people["P:public"], kind="contact", value="+7 701 000 00 00", created_by=owner)
    return people


def _organizations(owner: Any) -> dict[str, Organization]:
    return {
        "O:public": Organization.objects.create(uid="O:public", name="Coalition Against Torture", **PUBLIC),
        "O:red": Organization.objects.create(uid="O:red", name="Secret Court", created_by=owner, **RED),
    }


def _events(owner: Any, people: dict[str, Person], case: LegalCase) -> None:
    event = Event.objects.create(uid="E:public", title="Arrests in Almaty", description=XSS, **PUBLIC)
    Event.objects.create(uid="E:amber", title="Unverified raid", created_by=owner, **AMBER)
    Act.objects.create(
        uid="A:public", event=event, act_type="detention", victim=people["P:unconsented"], legal_case=case, **PUBLIC
    )
    Act.objects.create(uid="A:red", event=event, act_type="torture", victim=people["P:public"], created_by=owner, **RED)


def _intervention(people: dict[str, Person]) -> None:
    letter = Intervention.objects.create(
        uid="I:public", title="Letter of MEPs", date="2020-10-16", authors_count=2, member_states_count=2, **PUBLIC
    )
    Intervention.objects.create(uid="I:amber", title="Draft letter", **AMBER)
    for person, country in ((people["P:public"], "DE"), (people["P:unconsented"], "FR")):
        Participant.objects.create(intervention=letter, person=person, country=country, political_group="S&D")
        Subject.objects.create(intervention=letter, person=person, mentioned_as="political_prisoner")


def _sources_and_claims(owner: Any, people: dict[str, Person], organizations: dict[str, Organization]) -> None:
    source = Source.objects.create(uid="S:public", title="Article", text="Maks Bokayev was detained.", sha256="1" * 64)
    Source.objects.filter(pk=source.pk).update(**PUBLIC)
    Source.objects.create(
        uid="S:red", title="Witness statement", text="Secret text", sha256="2" * 64, created_by=owner, **RED
    )
    ReportedStatistic.objects.create(
        uid="R:public", source=source, quantity=21, counted="political prisoners", **PUBLIC
    )
    ReportedStatistic.objects.create(uid="R:amber", source=source, quantity=5, counted="unverified cases", **AMBER)
    for person in (people["P:public"], people["P:unconsented"]):
        StatusClaim.objects.create(
            uid=f"SC:{person.uid}",
            person=person,
            status="political_prisoner",
            claimed_by=organizations["O:public"],
            recognised_on="2020-05-01",
            **PUBLIC,
        )


@pytest.fixture
def leaky(owner: Any) -> dict[str, Any]:
    """One record of each kind that anyone may see, and others that must not leak."""
    people = _people(owner)
    organizations = _organizations(owner)
    case = LegalCase.objects.create(
        uid="C:public", defendant=people["P:unconsented"], court=organizations["O:red"], **PUBLIC
    )
    LegalCase.objects.create(uid="C:red", defendant=people["P:public"], created_by=owner, **RED)
    _events(owner, people, case)
    _intervention(people)
    _sources_and_claims(owner, people, organizations)
    return {"people": people, "organizations": organizations, "case": case}


@pytest.fixture
def as_role(owner: Any, colleague: Any, outsider: Any, client: Client) -> Callable[[str], Get]:
    """A GET function reading as 'owner', 'colleague' or 'outsider' (by token), or 'anonymous'."""
    users = {"owner": owner, "colleague": colleague, "outsider": outsider}

    def reader(role: str) -> Get:
        headers = {} if role == "anonymous" else {"Authorization": f"Bearer {make_token(users[role])}"}

        def get(url: str, **params: Any) -> Any:
            return client.get(url, params, headers=headers)

        return get

    return reader


@pytest.fixture(autouse=True)
def fast_passwords(settings: Any) -> None:
    """The role fixtures make users with passwords: hash them cheaply here."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
