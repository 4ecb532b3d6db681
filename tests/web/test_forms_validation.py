"""Checks across records: an act within its event's dates, a case's stages after it was opened, and no editor
saving a record at a level that would hide it from them."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from chronicle.records.models import Act, CaseStage, Event, LegalCase, Organization, Person
from tests.web.conftest import logged_in
from tests.web.forms_data import posted
from tests.web.test_forms_rows import _case_rows

pytestmark = pytest.mark.django_db


def act_data(event: Event, person: Person, **changes: Any) -> dict[str, Any]:
    return {
        "event": event.pk,
        "act_type": "detention",
        "victim": person.pk,
        "confidentiality": "amber",
        **changes,
    }


@pytest.fixture
def victim() -> Person:
    """A person acts are done to."""
    return Person.objects.create(display_name="Victim", confidentiality="amber")


@pytest.mark.parametrize(
    ("event_dates", "act_dates", "field", "message"),
    [
        (("2021-03", ""), {"start": "2020-12-31"}, "start", "The act is dated before its event began (March 2021)."),
        (("2021-03", ""), {"end": "2021-02"}, "end", "The act is dated before its event began (March 2021)."),
        (
            ("2021-03-01", "2021-03-05"),
            {"start": "about 2022"},
            "start",
            "The act is dated after its event ended (March 5, 2021).",
        ),
        (
            ("2020-07-30/2020-09-27", ""),
            {"start": "2020-07-29"},
            "start",
            "The act is dated before its event began (July 30, 2020 – Sept. 27, 2020).",
        ),
    ],
)
def test_an_act_certainly_outside_its_event_is_refused(
    owner_client: Client,
    victim: Person,
    event_dates: tuple[str, str],
    act_dates: dict[str, str],
    field: str,
    message: str,
) -> None:
    event = Event.objects.create(title="Raid", start=event_dates[0], end=event_dates[1], confidentiality="amber")
    response = owner_client.post(f"/new/act/?event={event.pk}", posted("act", act_data(event, victim, **act_dates)))
    assert (response.context["form"].errors.get(field), Act.objects.count()) == ([message], 0)


@pytest.mark.parametrize(
    ("event_dates", "act_start"),
    [
        (("2021", ""), "2021-06-01"),
        (("2021-03", ""), "2025"),  # no end: the event may still be going on
        (("2021-03-01", "2021-03-05"), "2021-03"),  # the month overlaps the event
        (("2021-03", ""), "about 2021"),
        (("", ""), "1990"),
        (("2021-03", "2021-04"), ""),
    ],
)
def test_an_act_that_may_fall_within_its_event_is_saved(
    owner_client: Client, victim: Person, event_dates: tuple[str, str], act_start: str
) -> None:
    event = Event.objects.create(title="Raid", start=event_dates[0], end=event_dates[1], confidentiality="amber")
    response = owner_client.post("/new/act/", posted("act", act_data(event, victim, start=act_start)))
    assert (response.status_code, Act.objects.count()) == (302, 1)


def test_the_event_message_reads_in_russian(owner: Any, victim: Person) -> None:
    client = logged_in(owner)
    client.cookies["django_language"] = "ru"
    event = Event.objects.create(title="Raid", start="2021", confidentiality="amber")
    response = client.post("/new/act/", posted("act", act_data(event, victim, start="2020")))
    assert response.context["form"].errors["start"] == ["Действие датировано раньше начала события (2021)."]


def test_a_stage_before_the_case_was_opened_is_refused(owner_client: Client) -> None:
    defendant = Person.objects.create(display_name="Defendant", confidentiality="amber")
    court = Organization.objects.create(name="Court", confidentiality="amber")
    record = {"defendant": defendant.pk, "kind": "criminal", "opened": "2021-02", "confidentiality": "amber"}
    rows = _case_rows(court=court.pk, stages={"date": "2021-01-31"})
    html = owner_client.post("/new/legalcase/", posted("legalcase", record, **rows)).content.decode()
    assert ("This stage is dated before the case was opened." in html, LegalCase.objects.count()) == (True, 0)


def test_a_stage_added_to_a_saved_case_is_checked_against_its_opening(owner_client: Client, owner: Any) -> None:
    defendant = Person.objects.create(display_name="Defendant", confidentiality="amber")
    case = LegalCase.objects.create(defendant=defendant, opened="2021-02-10", confidentiality="amber", created_by=owner)
    record = {"defendant": defendant.pk, "kind": "criminal", "opened": "2021-02-10", "confidentiality": "amber"}
    stage = {"stage": "registered", "date": "2021-02"}  # the month of opening: may be after it
    early = {"stage": "registered", "date": "2021-02-09"}
    ok = owner_client.post(f"/edit/legalcase/{case.pk}/", posted("legalcase", record, stages=[stage]))
    refused = owner_client.post(f"/edit/legalcase/{case.pk}/", posted("legalcase", record, stages=[early]))
    assert (ok.status_code, refused.status_code, list(CaseStage.objects.values_list("date", flat=True))) == (
        302,
        200,
        ["2021-02"],
    )


HIDDEN = (
    "Saved as TLP:RED (named people only), this record would be hidden from you: at that level only its creator "
    "and the people it is shared with read it. Choose a level you are cleared for."
)


@pytest.mark.parametrize(
    ("kind", "record"),
    [
        ("event", {"title": "Raid", "event_type": "other"}),
        ("organization", {"name": "Movement", "kind": "movement"}),
        ("person", {"display_name": "Someone", "consent": "none"}),
    ],
)
def test_an_editor_cannot_hide_someone_elses_record_from_themselves(
    owner_client: Client, administrator: Any, kind: str, record: dict[str, Any]
) -> None:
    model = {"event": Event, "organization": Organization, "person": Person}[kind]
    saved = model.objects.create(**record, confidentiality="amber", created_by=administrator)
    response = owner_client.post(f"/edit/{kind}/{saved.pk}/", posted(kind, {**record, "confidentiality": "red"}))
    saved.refresh_from_db()
    assert (response.context["form"].errors["confidentiality"], saved.confidentiality) == ([HIDDEN], "amber")


def test_an_editor_cannot_raise_a_record_above_their_clearance(owner_client: Client) -> None:
    event = Event.objects.create(title="Raid", confidentiality="amber")
    response = owner_client.post(
        f"/edit/event/{event.pk}/", {"title": "Raid", "event_type": "other", "confidentiality": "amber_strict"}
    )
    assert "Saved as TLP:AMBER+STRICT (organisation only)" in response.context["form"].errors["confidentiality"][0]


def test_the_creator_and_people_it_is_shared_with_may_raise_it_to_red(owner: Any, colleague: Any) -> None:
    editor_two = type(owner).objects.create_user(username="editor2", password="x")
    editor_two.groups.set(owner.groups.all())
    own = Event.objects.create(title="Own", confidentiality="amber", created_by=owner)
    shared = Event.objects.create(title="Shared", confidentiality="amber", created_by=colleague)
    shared.shared_with.add(editor_two)
    data = {"event_type": "other", "confidentiality": "red"}
    answers = (
        logged_in(owner).post(f"/edit/event/{own.pk}/", {**data, "title": "Own"}).status_code,
        logged_in(editor_two).post(f"/edit/event/{shared.pk}/", {**data, "title": "Shared"}).status_code,
        logged_in(owner).post("/new/event/", {**data, "title": "New"}).status_code,
    )
    levels = sorted(Event.objects.values_list("title", "confidentiality"))
    assert (answers, levels) == ((302, 302, 302), [("New", "red"), ("Own", "red"), ("Shared", "red")])


def test_a_reviewer_may_set_a_level_they_are_cleared_for(reviewer_client: Client) -> None:
    event = Event.objects.create(title="Raid", confidentiality="amber")
    response = reviewer_client.post(
        f"/edit/event/{event.pk}/", {"title": "Raid", "event_type": "other", "confidentiality": "amber_strict"}
    )
    event.refresh_from_db()
    assert (response.status_code, event.confidentiality) == (302, "amber_strict")
