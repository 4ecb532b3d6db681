"""Forms for organisations, status claims and designations, and what every form shares: dates in order,
vocabulary codes, history with who and when, editors only, CSRF, escaped payloads, Russian labels."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from chronicle.records.models import (
    Event,
    Intervention,
    Membership,
    Organization,
    OrganizationDesignation,
    Person,
    PersonalDetail,
    StatusClaim,
)
from chronicle.web.editing import FORMS
from tests.web.conftest import XSS, logged_in
from tests.web.forms_data import posted

pytestmark = pytest.mark.django_db

ORGANIZATION = {"name": "Democratic Choice of Kazakhstan", "kind": "movement", "confidentiality": "amber"}


def test_an_editor_creates_an_organisation(owner_client: Client, owner: Any) -> None:
    response = owner_client.post(
        "/new/organization/", posted("organization", {**ORGANIZATION, "founded": "about 2001", "country": "KZ"})
    )
    organization = Organization.objects.get()
    assert (response["Location"], organization.founded, organization.country, organization.created_by) == (
        f"/organizations/{organization.pk}/",
        "2001~",
        "KZ",
        owner,
    )


def test_an_organisation_is_edited_and_its_history_shows_who_and_what(owner_client: Client, owner: Any) -> None:
    organization = Organization.objects.create(name="DVK", kind="movement", confidentiality="amber")
    owner_client.post(
        f"/edit/organization/{organization.pk}/", posted("organization", {**ORGANIZATION, "dissolved": "2018-03-13"})
    )
    html = owner_client.get(f"/history/organization/{organization.pk}/").content.decode()
    latest = organization.history.first()
    assert (latest.history_user, latest.name, latest.dissolved) == (owner, ORGANIZATION["name"], "2018-03-13")
    assert (
        '<td title="name">Name</td><td><del>DVK</del></td><td><ins>Democratic Choice of Kazakhstan</ins></td>' in html
    )


EVENT = {"title": "Raid", "event_type": "other", "confidentiality": "amber"}
LETTER = {"intervention_type": "letter", "title": "L", "confidentiality": "amber"}
PERSON = {"display_name": "X", "consent": "none", "confidentiality": "amber"}
BEFORE_START = "This date falls before the start date."
NOT_A_CHOICE = "Select a valid choice."


@pytest.mark.parametrize(
    ("kind", "record", "message"),
    [
        ("organization", {**ORGANIZATION, "founded": "2005", "dissolved": "2001"}, BEFORE_START),
        ("organization", {**ORGANIZATION, "kind": "cult"}, NOT_A_CHOICE),
        ("organization", {**ORGANIZATION, "name": ""}, "This field is required."),
        ("event", {**EVENT, "start": "2021-03", "end": "2021-02"}, BEFORE_START),
        ("event", {**EVENT, "start": "spring"}, "Not a date we can read"),
        ("event", {**EVENT, "region": "atlantis"}, NOT_A_CHOICE),
        ("event", {**EVENT, "confidentiality": "purple"}, NOT_A_CHOICE),
        ("person", {**PERSON, "birth_date": "1990", "death_date": "about 1980"}, BEFORE_START),
        ("intervention", {**LETTER, "date": "2022-03", "response_date": "2021"}, BEFORE_START),
        ("intervention", {**LETTER, "intervention_type": "telegram"}, NOT_A_CHOICE),
    ],
)
def test_invalid_records_are_refused_with_a_message(
    owner_client: Client, kind: str, record: dict[str, Any], message: str
) -> None:
    model = FORMS[kind]._meta.model
    html = owner_client.post(f"/new/{kind}/", posted(kind, record)).content.decode()
    assert (message in html, model.objects.count()) == (True, 0)


def test_a_status_claim_is_added_to_a_person(owner_client: Client, owner: Any) -> None:
    person = Person.objects.create(display_name="Prisoner", confidentiality="amber")
    memorial = Organization.objects.create(name="Memorial", confidentiality="green")
    page = owner_client.get(f"/new/statusclaim/?person={person.pk}").content.decode()
    response = owner_client.post(
        "/new/statusclaim/",
        {
            "person": person.pk,
            "status": "political_prisoner",
            "state": "current",
            "claimed_by": memorial.pk,
            "recognised_on": "12.03.2022",
            "criteria": ["pace_a", "pace_c"],
            "exclusions_checked": ["violence_used"],
            "confidentiality": "amber",
        },
    )
    claim = StatusClaim.objects.get()
    assert f'<option value="{person.pk}" selected>Prisoner</option>' in page
    assert (response["Location"], claim.recognised_on, claim.criteria, claim.exclusions_checked, claim.created_by) == (
        f"/persons/{person.pk}/",
        "2022-03-12",
        ["pace_a", "pace_c"],
        ["violence_used"],
        owner,
    )


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"claimed_by": ""}, "Say who makes the claim: an organisation or a letter."),
        ({"status": "martyr"}, "Select a valid choice."),
        ({"criteria": ["violence_used"]}, "Select a valid choice."),
        ({"ended_on": "2021"}, "This date falls before the start date."),
    ],
)
def test_an_invalid_status_claim_is_refused(owner_client: Client, changes: dict[str, Any], message: str) -> None:
    person = Person.objects.create(display_name="Prisoner", confidentiality="amber")
    memorial = Organization.objects.create(name="Memorial", confidentiality="green")
    data = {
        "person": person.pk,
        "status": "political_prisoner",
        "state": "current",
        "claimed_by": memorial.pk,
        "recognised_on": "2022",
        "confidentiality": "amber",
        **changes,
    }
    html = owner_client.post("/new/statusclaim/", data).content.decode()
    assert (message in html, StatusClaim.objects.count()) == (True, 0)


def test_a_status_claim_by_a_letter_is_edited_and_kept_in_history(owner_client: Client, owner: Any) -> None:
    person = Person.objects.create(display_name="Prisoner", confidentiality="amber")
    letter = Intervention.objects.create(title="Letter of MEPs", confidentiality="amber")
    claim = StatusClaim.objects.create(person=person, status="political_prisoner", claimed_in=letter)
    data = {"person": person.pk, "status": "prisoner_of_conscience", "state": "former", "claimed_in": letter.pk}
    response = owner_client.post(f"/edit/statusclaim/{claim.pk}/", {**data, "confidentiality": "amber"})
    html = owner_client.get(f"/history/statusclaim/{claim.pk}/").content.decode()
    claim.refresh_from_db()
    assert (response.status_code, claim.status, claim.history.first().history_user) == (
        302,
        "prisoner_of_conscience",
        owner,
    )
    assert (
        '<ins title="prisoner_of_conscience">Prisoner of conscience</ins>' in html,
        f'<a href="/persons/{person.pk}/">' in html,
    ) == (True, True)


def test_a_designation_is_added_to_an_organisation(owner_client: Client) -> None:
    organization = Organization.objects.create(name="DVK", confidentiality="amber")
    court = Organization.objects.create(name="Esil District Court of Astana", kind="court", confidentiality="amber")
    response = owner_client.post(
        "/new/designation/",
        {
            "organization": organization.pk,
            "designation_type": "extremist",
            "decision_date": "2018-03-13",
            "in_force_date": "2018-04",
            "authority": court.pk,
            "legal_basis": "Law on Countering Extremism, art. 10",
            "decision_published": "false",
            "confidentiality": "green",
        },
    )
    designation = OrganizationDesignation.objects.get()
    page = owner_client.get(f"/organizations/{organization.pk}/").content.decode()
    assert (response["Location"], designation.authority, designation.decision_published) == (
        f"/organizations/{organization.pk}/",
        court,
        False,
    )
    assert f'href="/edit/designation/{designation.pk}/"' in page


def test_a_designation_in_force_before_its_decision_is_refused(owner_client: Client) -> None:
    organization = Organization.objects.create(name="DVK", confidentiality="amber")
    data = {"organization": organization.pk, "designation_type": "extremist", "decision_date": "2018-03-13"}
    html = owner_client.post(
        "/new/designation/", {**data, "in_force_date": "2017", "confidentiality": "amber"}
    ).content.decode()
    assert ("This date falls before the start date." in html, OrganizationDesignation.objects.count()) == (True, 0)


def test_an_organisation_cannot_continue_itself(owner_client: Client) -> None:
    organization = Organization.objects.create(name="DVK", confidentiality="amber")
    data = posted("organization", {**ORGANIZATION, "successor_of": organization.pk})
    html = owner_client.post(f"/edit/organization/{organization.pk}/", data).content.decode()
    assert "An organisation cannot point to itself." in html


def test_a_letter_keeps_its_demands_one_a_line(owner_client: Client) -> None:
    record = {"intervention_type": "letter", "title": "Appeal", "confidentiality": "amber"}
    owner_client.post(
        "/new/intervention/", posted("intervention", {**record, "demands": "Release him\n\n  Drop charges "})
    )
    letter = Intervention.objects.get()
    html = owner_client.get(f"/edit/intervention/{letter.pk}/").content.decode()
    assert (letter.demands, "Release him\nDrop charges</textarea>" in html) == (["Release him", "Drop charges"], True)


KINDS = sorted(FORMS)


@pytest.fixture
def one_of_each(owner: Any) -> dict[str, Any]:
    """A green record of every kind with a form."""
    person = Person.objects.create(display_name="Someone", confidentiality="green")
    organization = Organization.objects.create(name="Some movement", confidentiality="green")
    event = Event.objects.create(title="Some raid", confidentiality="green")
    letter = Intervention.objects.create(title="Some letter", confidentiality="green")
    case = person.legal_cases.create(confidentiality="green")
    return {
        "person": person,
        "organization": organization,
        "event": event,
        "intervention": letter,
        "legalcase": case,
        "act": event.acts.create(act_type="detention", victim=person, confidentiality="green"),
        "statusclaim": StatusClaim.objects.create(
            person=person, status="political_prisoner", claimed_by=organization, confidentiality="green"
        ),
        "designation": OrganizationDesignation.objects.create(
            organization=organization, designation_type="extremist", confidentiality="green"
        ),
        "membership": Membership.objects.create(person=person, organization=organization, confidentiality="green"),
        "personaldetail": PersonalDetail.objects.create(
            person=person, kind="contact", value="+7 700 000 0000", confidentiality="green"
        ),
    }


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("who", ["colleague", "outsider"])
def test_viewers_and_outsiders_get_404_on_every_form(
    who: str, kind: str, request: pytest.FixtureRequest, one_of_each: dict[str, Any]
) -> None:
    client = logged_in(request.getfixturevalue(who))
    record = one_of_each[kind]
    answers = [
        client.get(f"/new/{kind}/").status_code,
        client.post(f"/new/{kind}/", {"confidentiality": "amber"}).status_code,
        client.get(f"/edit/{kind}/{record.pk}/").status_code,
        client.post(f"/edit/{kind}/{record.pk}/", {"confidentiality": "red"}).status_code,
    ]
    record.refresh_from_db()
    assert (answers, record.confidentiality) == ([404, 404, 404, 404], "green")


@pytest.mark.parametrize("kind", KINDS)
def test_every_form_opens_for_an_editor_and_sends_anonymous_visitors_to_log_in(
    kind: str, owner_client: Client, client: Client, one_of_each: dict[str, Any]
) -> None:
    record = one_of_each[kind]
    answers = (
        owner_client.get(f"/new/{kind}/").status_code,
        owner_client.get(f"/edit/{kind}/{record.pk}/").status_code,
        owner_client.get(f"/history/{kind}/{record.pk}/").status_code,
        client.get(f"/edit/{kind}/{record.pk}/")["Location"].startswith("/login/"),
    )
    assert answers == (200, 200, 200, True)


@pytest.mark.parametrize("kind", KINDS)
def test_a_red_record_of_someone_else_cannot_be_edited(
    kind: str, owner_client: Client, administrator: Any, one_of_each: dict[str, Any]
) -> None:
    record = one_of_each[kind]
    type(record).objects.filter(pk=record.pk).update(confidentiality="red", created_by=administrator)
    answers = (
        owner_client.get(f"/edit/{kind}/{record.pk}/").status_code,
        owner_client.post(f"/edit/{kind}/{record.pk}/", {"confidentiality": "clear"}).status_code,
        owner_client.get(f"/history/{kind}/{record.pk}/").status_code,
    )
    assert answers == (404, 404, 404)


@pytest.mark.parametrize("kind", KINDS)
def test_every_form_needs_the_csrf_token(kind: str, owner: Any, one_of_each: dict[str, Any]) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(owner)
    record = one_of_each[kind]
    answers = (
        client.post(f"/new/{kind}/", {"confidentiality": "amber"}).status_code,
        client.post(f"/edit/{kind}/{record.pk}/", {"confidentiality": "red"}).status_code,
    )
    record.refresh_from_db()
    assert (answers, record.confidentiality) == ((403, 403), "green")


@pytest.mark.parametrize(
    ("kind", "field"),
    [
        ("organization", "name"),
        ("organization", "description"),
        ("event", "title"),
        ("event", "location_text"),
        ("intervention", "title"),
        ("intervention", "response"),
        ("legalcase", "case_number"),
        ("statusclaim", "rationale"),
        ("designation", "legal_basis"),
        ("designation", "authority_name"),
        ("membership", "role"),
        ("personaldetail", "value"),
    ],
)
def test_payloads_in_text_fields_are_shown_escaped(
    kind: str, field: str, owner_client: Client, one_of_each: dict[str, Any]
) -> None:
    record = one_of_each[kind]
    type(record).objects.filter(pk=record.pk).update(**{field: XSS})
    pages = [
        owner_client.get(f"/edit/{kind}/{record.pk}/").content.decode(),
        owner_client.get(f"/history/{kind}/{record.pk}/").content.decode(),
    ]
    assert [("<script>alert" in page, "&lt;script&gt;alert" in page) for page in pages[:1]] == [(False, True)]
    assert "<script>alert" not in pages[1]


def test_forms_read_in_russian(owner: Any) -> None:
    client = logged_in(owner)
    client.cookies["django_language"] = "ru"
    event_form = client.get("/new/event/").content.decode()
    person_form = client.get("/new/person/").content.decode()
    case_form = client.get("/new/legalcase/").content.decode()
    assert (
        '<option value="protest_action">Протестная акция</option>' in event_form,
        "Тип события" in event_form,
        '<option value="amber" selected>TLP:AMBER (организация, по необходимости)</option>' in event_form,
        '<option value="full">полное имя</option>' in person_form,
        "Написания имени" in person_form,
        "Добавить строку" in person_form,
        "Имя, которое показывается в списках." in person_form,
        '<option value="registered">Регистрация в ЕРДР</option>' in case_form,
        '<option value="criminal" selected>уголовное</option>' in case_form,
    ) == (True, True, True, True, True, True, True, True, True)
