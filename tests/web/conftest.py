"""Fixtures for the web tests: logged-in clients in each role, the founding article loaded."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client


def logged_in(user: Any) -> Client:
    """A test client logged in as a user."""
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def reviewer_client(reviewer: Any) -> Client:
    """A reviewer's browser."""
    return logged_in(reviewer)


@pytest.fixture
def colleague_client(colleague: Any) -> Client:
    """A viewer's browser."""
    return logged_in(colleague)


@pytest.fixture
def owner_client(owner: Any) -> Client:
    """An editor's browser."""
    return logged_in(owner)


@pytest.fixture
def outsider_client(outsider: Any) -> Client:
    """A logged-in account without a role."""
    return logged_in(outsider)


XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>'


@pytest.fixture
def red_person(owner: Any) -> Any:
    """A person only the owner (who created the record) may read, with a RED act and case."""
    from chronicle.records.models import Act, Event, LegalCase, Person, PersonName

    person = Person.objects.create(display_name="Secret Witness", confidentiality="red", created_by=owner)
    PersonName.objects.create(person=person, full_name="Тайный Свидетель", script="Cyrl")
    event = Event.objects.create(title="Secret raid", start="2021-03", confidentiality="red", created_by=owner)
    Act.objects.create(event=event, act_type="detention", victim=person, start="2021-03-02", confidentiality="red")
    LegalCase.objects.create(defendant=person, case_number="RED-1", confidentiality="red", created_by=owner)
    return person


@pytest.fixture
def hostile(owner: Any) -> dict[str, Any]:
    """Records whose every text field holds a script-injection payload."""
    from chronicle.records.models import (
        Act,
        Claim,
        Event,
        Intervention,
        LegalCase,
        Organization,
        Participant,
        Person,
        PersonName,
        Source,
        Subject,
    )
    from chronicle.records.models.source import Method

    text = f"Intro {XSS} outro."
    source = Source.objects.create(title=XSS, text=text, sha256="x" * 64, publisher=XSS, confidentiality="green")
    person = Person.objects.create(
        display_name=XSS, description=XSS, occupation=XSS, confidentiality="clear", published=True, consent="full"
    )
    PersonName.objects.create(person=person, full_name=XSS + " 2")
    Claim.objects.create(
        uid="xss-claim",
        source=source,
        subject=person,
        field="name",
        value=XSS,
        quote=XSS,
        span_start=6,
        span_end=6 + len(XSS),
        method=Method.MANUAL,
    )
    organization = Organization.objects.create(name=XSS, description=XSS, abbreviation="X<b>", confidentiality="green")
    event = Event.objects.create(title=XSS, description=XSS, location_text=XSS, start="2021", confidentiality="green")
    act = Act.objects.create(event=event, act_type="detention", victim=person, description=XSS, location_text=XSS)
    case = LegalCase.objects.create(defendant=person, case_number=XSS, description=XSS, confidentiality="green")
    letter = Intervention.objects.create(
        title=XSS, addressee_text=XSS, demands=[XSS], response=XSS, confidentiality="clear", published=True
    )
    Participant.objects.create(intervention=letter, person=person, as_written=XSS, political_group="EPP", country="DE")
    Subject.objects.create(intervention=letter, person=person, mentioned_as=XSS)
    return {
        "source": source,
        "person": person,
        "organization": organization,
        "event": event,
        "act": act,
        "case": case,
        "letter": letter,
    }
