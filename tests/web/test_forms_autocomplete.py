"""Choosing a record in a form: matches over every spelling, never a record the user may not read."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.test import Client

from chronicle.records.models import Act, Event, Intervention, LegalCase, Organization, Person, PersonName
from tests.web.conftest import XSS, logged_in

pytestmark = pytest.mark.django_db


def offered(client: Client, kind: str, query: str) -> list[tuple[str, str]]:
    """The (value, label) of each option the autocomplete returns, the placeholder first."""
    html = client.get(f"/autocomplete/{kind}/", {"q": query}).content.decode()
    return re.findall(r'<option value="(\d*)">([^<]*)</option>', html)


@pytest.fixture
def bokayev(owner: Any) -> Person:
    """A person with a Latin and a Cyrillic spelling."""
    person = Person.objects.create(display_name="Maks Bokayev", confidentiality="amber", created_by=owner)
    PersonName.objects.create(person=person, full_name="Maks Bokayev", is_primary=True)
    PersonName.objects.create(person=person, full_name="Макс Бокаев", script="Cyrl")
    return person


@pytest.mark.parametrize("query", ["Бокаев", "bokayev", "Bokaev", "Макс Бокаев"])
def test_a_person_is_found_by_any_spelling(colleague_client: Client, bokayev: Person, query: str) -> None:
    options = offered(colleague_client, "person", query)
    assert [value for value, _ in options] == ["", str(bokayev.pk)]
    assert options[1][1].startswith("Maks Bokayev")


def test_a_red_person_of_someone_else_is_never_offered(owner_client: Client, administrator: Any) -> None:
    hidden = Person.objects.create(display_name="Maks Bokayev", confidentiality="red", created_by=administrator)
    PersonName.objects.create(person=hidden, full_name="Макс Бокаев", script="Cyrl")
    visible = Person.objects.create(display_name="Maks Bokayev junior", confidentiality="amber")
    seen = {query: [value for value, _ in offered(owner_client, "person", query)] for query in ("Бокаев", "Bokayev")}
    seen_by_admin = [value for value, _ in offered(logged_in(administrator), "person", "Bokayev")]
    assert (seen, sorted(seen_by_admin)) == (
        {"Бокаев": ["", str(visible.pk)], "Bokayev": ["", str(visible.pk)]},
        sorted(["", str(hidden.pk), str(visible.pk)]),
    )


def test_strict_records_are_offered_to_reviewers_only(
    owner_client: Client, reviewer_client: Client, administrator: Any
) -> None:
    strict = Organization.objects.create(
        name="Strict Movement", confidentiality="amber_strict", created_by=administrator
    )
    assert (offered(owner_client, "organization", "strict"), offered(reviewer_client, "organization", "strict")) == (
        [("", "Nothing found")],
        [("", "1 match: choose"), (str(strict.pk), "Strict Movement")],
    )


def test_legal_cases_are_found_by_their_defendants_spellings_and_number(
    owner_client: Client, bokayev: Person, administrator: Any
) -> None:
    case = LegalCase.objects.create(defendant=bokayev, case_number="21-1234", confidentiality="amber")
    LegalCase.objects.create(defendant=bokayev, case_number="RED-9", confidentiality="red", created_by=administrator)
    by_name = [value for value, _ in offered(owner_client, "legalcase", "Бокаев")]
    by_number = [value for value, _ in offered(owner_client, "legalcase", "21-1234")]
    by_hidden_number = [value for value, _ in offered(owner_client, "legalcase", "RED-9")]
    assert (by_name, by_number, by_hidden_number) == (["", str(case.pk)], ["", str(case.pk)], [""])


def test_a_hidden_defendants_cases_are_not_offered(owner_client: Client, administrator: Any) -> None:
    hidden = Person.objects.create(display_name="Secret Defendant", confidentiality="red", created_by=administrator)
    LegalCase.objects.create(defendant=hidden, case_number="7", confidentiality="amber", created_by=administrator)
    assert offered(owner_client, "legalcase", "Secret Defendant") == [("", "Nothing found")]


def test_events_acts_and_letters_are_found(owner_client: Client, bokayev: Person, administrator: Any) -> None:
    event = Event.objects.create(title="Raid on the Zhanaozen office", confidentiality="amber")
    Event.objects.create(title="Raid in secret", confidentiality="red", created_by=administrator)
    letter = Intervention.objects.create(title="Letter of MEPs on Zhanaozen", confidentiality="green")
    act = Act.objects.create(event=event, act_type="detention", victim=bokayev, start="2021", confidentiality="amber")
    Act.objects.create(event=event, act_type="arrest", victim=bokayev, confidentiality="red", created_by=administrator)
    found = {
        kind: [value for value, _ in offered(owner_client, kind, query)][1:]
        for kind, query in (("event", "raid"), ("intervention", "Zhanaozen"), ("act", "Bokayev"))
    }
    assert found == {"event": [str(event.pk)], "intervention": [str(letter.pk)], "act": [str(act.pk)]}
    assert offered(owner_client, "act", "Бокаев")[1] == (str(act.pk), "Detention · Maks Bokayev · 2021")


def test_an_empty_query_offers_nothing(owner_client: Client, bokayev: Person) -> None:
    assert offered(owner_client, "person", "  ") == [("", "---------")]


def test_matches_are_escaped(owner_client: Client) -> None:
    Person.objects.create(display_name=f"Alert {XSS}", confidentiality="amber")
    html = owner_client.get("/autocomplete/person/", {"q": "Alert"}).content.decode()
    assert ("<script>" in html, "&lt;script&gt;" in html) == (False, True)


@pytest.mark.parametrize("who", ["outsider"])
def test_accounts_without_a_role_get_404(who: str, request: pytest.FixtureRequest, bokayev: Person) -> None:
    client = logged_in(request.getfixturevalue(who))
    assert client.get("/autocomplete/person/", {"q": "Bokayev"}).status_code == 404


def test_anonymous_visitors_are_sent_to_log_in(client: Client, bokayev: Person) -> None:
    response = client.get("/autocomplete/person/", {"q": "Bokayev"})
    assert (response.status_code, response["Location"].startswith("/login/")) == (302, True)


@pytest.mark.parametrize("kind", ["source", "statistic", "nothing"])
def test_other_kinds_are_404(owner_client: Client, kind: str) -> None:
    assert owner_client.get(f"/autocomplete/{kind}/", {"q": "x"}).status_code == 404


def test_a_form_lists_only_the_chosen_record_not_every_person(owner_client: Client, bokayev: Person) -> None:
    other = Person.objects.create(display_name="Someone Else", confidentiality="amber")
    event = Event.objects.create(title="Raid", confidentiality="amber")
    act = Act.objects.create(event=event, act_type="detention", victim=bokayev, confidentiality="amber")
    html = owner_client.get(f"/edit/act/{act.pk}/").content.decode()
    assert (
        f'<option value="{bokayev.pk}" selected>Maks Bokayev</option>' in html,
        other.display_name in html,
        'hx-get="/autocomplete/person/"' in html,
    ) == (True, False, True)


def test_a_choice_given_in_the_address_is_shown_only_when_readable(owner_client: Client, administrator: Any) -> None:
    event = Event.objects.create(title="Open raid", confidentiality="amber")
    hidden = Event.objects.create(title="Hidden raid", confidentiality="red", created_by=administrator)
    shown = owner_client.get(f"/new/act/?event={event.pk}").content.decode()
    not_shown = owner_client.get(f"/new/act/?event={hidden.pk}").content.decode()
    assert (f'<option value="{event.pk}" selected>Open raid</option>' in shown, "Hidden raid" in not_shown) == (
        True,
        False,
    )
