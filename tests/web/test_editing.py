"""Create and edit forms: partial dates as people write them, validation, editors only, history kept."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from chronicle.common.partial_date import PartialDateError
from chronicle.records.models import Act, Event, Intervention, LegalCase, Person
from chronicle.web.editing import normalise_partial_date
from tests.web.conftest import XSS, logged_in

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("2020", "2020"),
        ("2020-02", "2020-02"),
        ("2020-02-15", "2020-02-15"),
        ("about 2020", "2020~"),
        ("About 2020-02", "2020-02~"),
        ("около 2020", "2020~"),
        ("c. 2019", "2019~"),
        ("15.02.2020", "2020-02-15"),
        ("02.2020", "2020-02"),
        ("about 15.02.2020", "2020-02-15~"),
        ("2020?", "2020?"),
        ("about 2020?", "2020%"),
        ("2020-07-30/2020-09-27", "2020-07-30/2020-09-27"),
        ("  2020 ", "2020"),
        ("", ""),
    ],
)
def test_partial_dates_are_read_as_people_write_them(typed: str, stored: str) -> None:
    assert normalise_partial_date(typed) == stored


@pytest.mark.parametrize("typed", ["2020-13", "31.02.2020", "last spring", "2020-09-27/2020-07-30", "about"])
def test_impossible_dates_are_refused(typed: str) -> None:
    with pytest.raises(PartialDateError):
        normalise_partial_date(typed)


def test_an_editor_creates_a_person_with_a_partial_birth_date(owner_client: Client, owner: Any) -> None:
    response = owner_client.post(
        "/new/person/",
        {
            "display_name": "Nurlan Test",
            "birth_date": "about 1980",
            "consent": "none",
            "confidentiality": "amber",
            "roles": ["activist"],
        },
    )
    person = Person.objects.get()
    assert (response.status_code, response["Location"]) == (302, f"/persons/{person.pk}/")
    assert (person.birth_date, str(person.birth_date_earliest), person.roles, person.created_by) == (
        "1980~",
        "1980-01-01",
        ["activist"],
        owner,
    )
    assert list(person.names.values_list("full_name", "is_primary")) == [("Nurlan Test", True)]


def test_a_bad_date_is_shown_back_with_the_reason(owner_client: Client) -> None:
    html = owner_client.post(
        "/new/person/", {"display_name": "X", "birth_date": "2020-13", "consent": "none", "confidentiality": "amber"}
    ).content.decode()
    assert ("Not a date we can read" in html, Person.objects.count()) == (True, 0)


def test_editing_keeps_history_with_differences(owner_client: Client, owner: Any) -> None:
    person = Person.objects.create(display_name="Old Name", confidentiality="amber", created_by=owner)
    owner_client.post(
        f"/edit/person/{person.pk}/",
        {"display_name": "New Name", "consent": "none", "confidentiality": "amber", "death_date": "2021-05"},
    )
    person.refresh_from_db()
    html = owner_client.get(f"/history/person/{person.pk}/").content.decode()
    assert (person.display_name, person.death_date) == ("New Name", "2021-05")
    assert (
        '<td title="display_name">Name shown in lists</td><td><del>Old Name</del></td><td><ins>New Name</ins></td>'
        in html
    )
    assert person.history.first().history_user == owner


def test_an_act_needs_a_victim_or_a_number(owner_client: Client) -> None:
    event = Event.objects.create(title="Raid", confidentiality="amber")
    html = owner_client.post(
        "/new/act/", {"event": event.pk, "act_type": "detention", "confidentiality": "amber"}
    ).content.decode()
    assert ("Name the victim or give the number of unnamed victims." in html, Act.objects.count()) == (True, 0)


def test_an_editor_adds_an_act_to_an_event(owner_client: Client) -> None:
    event = Event.objects.create(title="Raid", confidentiality="amber")
    person = Person.objects.create(display_name="Victim", confidentiality="amber")
    response = owner_client.post(
        "/new/act/",
        {
            "event": event.pk,
            "act_type": "detention",
            "victim": person.pk,
            "start": "2021-03-02",
            "legal_articles": [],
            "confidentiality": "amber",
        },
    )
    act = Act.objects.get()
    assert (response["Location"], act.victim, str(act.start_earliest)) == (f"/acts/{act.pk}/", person, "2021-03-02")


def test_forms_offer_only_records_the_user_may_read(owner_client: Client, administrator: Any) -> None:
    hidden = Person.objects.create(display_name="Hidden Person", confidentiality="red", created_by=administrator)
    html = owner_client.get("/new/act/").content.decode()
    response = owner_client.post(
        "/new/legalcase/", {"defendant": hidden.pk, "kind": "criminal", "confidentiality": "amber"}
    )
    assert ("Hidden Person" in html, response.status_code, LegalCase.objects.count()) == (False, 200, 0)


def test_creating_cases_and_letters(owner_client: Client) -> None:
    person = Person.objects.create(display_name="Defendant", confidentiality="amber")
    owner_client.post(
        "/new/legalcase/",
        {"defendant": person.pk, "kind": "criminal", "opened": "2021-02", "confidentiality": "amber"},
    )
    owner_client.post(
        "/new/intervention/",
        {"intervention_type": "letter", "title": "Appeal", "date": "about 2021", "confidentiality": "amber"},
    )
    assert (LegalCase.objects.get().opened, Intervention.objects.get().date) == ("2021-02", "2021~")


def test_only_reviewers_may_publish(owner_client: Client, reviewer_client: Client) -> None:
    editor_form = owner_client.get("/new/person/").content.decode()
    reviewer_form = reviewer_client.get("/new/person/").content.decode()
    assert ('name="published"' in editor_form, 'name="published"' in reviewer_form) == (False, True)
    owner_client.post(
        "/new/person/", {"display_name": "P", "consent": "full", "confidentiality": "clear", "published": "on"}
    )
    assert Person.objects.get().published is False


@pytest.mark.parametrize("who", ["colleague", "outsider"])
def test_viewers_and_outsiders_cannot_create_or_edit(who: str, request: pytest.FixtureRequest) -> None:
    person = Person.objects.create(display_name="Someone", confidentiality="green")
    client = logged_in(request.getfixturevalue(who))
    answers = [
        client.get("/new/person/").status_code,
        client.post("/new/person/", {"display_name": "X", "consent": "none", "confidentiality": "amber"}).status_code,
        client.post(f"/edit/person/{person.pk}/", {"display_name": "X"}).status_code,
    ]
    assert (answers, Person.objects.get().display_name) == ([404, 404, 404], "Someone")


def test_anonymous_visitors_are_sent_to_log_in_from_forms(client: Client) -> None:
    assert client.get("/new/person/")["Location"].startswith("/login/")


def test_editing_a_red_record_of_someone_else_is_404(owner_client: Client, administrator: Any) -> None:
    hidden = Person.objects.create(display_name="Hidden", confidentiality="red", created_by=administrator)
    assert owner_client.get(f"/edit/person/{hidden.pk}/").status_code == 404


def test_unknown_kind_is_404(owner_client: Client) -> None:
    assert owner_client.get("/new/source/").status_code == 404


def test_forms_need_the_csrf_token(owner: Any) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(owner)
    response = client.post("/new/person/", {"display_name": "X", "consent": "none", "confidentiality": "amber"})
    assert (response.status_code, Person.objects.count()) == (403, 0)


def test_a_payload_typed_into_a_form_is_stored_as_text_and_shown_escaped(owner_client: Client) -> None:
    owner_client.post("/new/person/", {"display_name": XSS, "consent": "none", "confidentiality": "amber"})
    person = Person.objects.get()
    html = owner_client.get(f"/edit/person/{person.pk}/").content.decode()
    assert (person.display_name == XSS, "<script>alert" in html) == (True, False)
