"""History pages read in the reader's language: field labels, choice and vocabulary labels, dates in words,
linked records by name when readable, with the stored field name and code kept in a title."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.test import Client

from chronicle.records.models import Act, Event, Person
from chronicle.web.history import versions
from tests.web.conftest import XSS, logged_in

pytestmark = pytest.mark.django_db


def rows_of(html: str) -> dict[str, tuple[str, str]]:
    """Each changed field's row of the newest version: field code → (label, before → after as shown)."""
    newest = html.split('<div class="card mb-2">')[1]
    row = r'<tr data-field="([^"]+)"><td title="[^"]+">([^<]*)</td><td>(.*?)</td><td>(.*?)</td></tr>'
    return {field: (label, f"{_text(old)} → {_text(new)}") for field, label, old, new in re.findall(row, newest)}


def _text(html: str) -> str:
    return re.sub("<[^>]+>", "", html)


@pytest.fixture
def changed_person(owner: Any) -> Person:
    """A person whose gender, roles, level, birth date and region were changed in one save."""
    person = Person.objects.create(
        display_name="Person", gender="male", roles=["activist"], confidentiality="green", birth_date="1980"
    )
    person.gender, person.roles, person.confidentiality = "female", ["activist", "journalist"], "amber"
    person.birth_date, person.region = "1980-02~", "KZ-75"
    person.save()
    return person


def test_changes_show_labels_and_keep_the_codes(colleague_client: Client, changed_person: Person) -> None:
    html = colleague_client.get(f"/history/person/{changed_person.pk}/").content.decode()
    assert rows_of(html) == {
        "gender": ("Gender", "male → female"),
        "roles": ("Roles", "Activist → Activist, Journalist or blogger"),
        "confidentiality": ("Confidentiality", "TLP:GREEN (partner network) → TLP:AMBER (organisation, need to know)"),
        "birth_date": ("Birth date", "1980 → about February 1980"),
        "region": ("Region", " → Almaty"),
    }
    assert '<del title="green">TLP:GREEN (partner network)</del>' in html
    assert '<ins title="1980-02~">about February 1980</ins>' in html
    assert '<td title="birth_date">Birth date</td>' in html


def test_changes_read_in_russian(owner: Any, changed_person: Person) -> None:
    client = logged_in(owner)
    client.cookies["django_language"] = "ru"
    shown = rows_of(client.get(f"/history/person/{changed_person.pk}/").content.decode())
    assert (shown["gender"][0], shown["confidentiality"][1].startswith("TLP:GREEN (сеть партнёров)")) == (
        "Пол",
        True,
    )
    assert (shown["birth_date"][0], shown["birth_date"][1].startswith("1980 → около ")) == ("Дата рождения", True)
    assert shown["roles"][1] == "Активист → Активист, Журналист, блогер"


def test_a_linked_record_is_named_only_when_the_reader_may_read_it(owner_client: Client, administrator: Any) -> None:
    event = Event.objects.create(title="Raid", confidentiality="amber")
    seen = Person.objects.create(display_name="Seen Victim", confidentiality="amber")
    hidden = Person.objects.create(display_name="Hidden Victim", confidentiality="red", created_by=administrator)
    act = Act.objects.create(event=event, act_type="detention", victim=hidden, confidentiality="amber")
    act.victim, act.act_type = seen, "arrest"
    act.save()
    html = owner_client.get(f"/history/act/{act.pk}/").content.decode()
    admin_html = logged_in(administrator).get(f"/history/act/{act.pk}/").content.decode()
    assert rows_of(html)["victim"] == ("Victim", "a record you may not read → Seen Victim")
    assert rows_of(admin_html)["victim"] == ("Victim", "Hidden Victim → Seen Victim")
    assert "Hidden Victim" not in html
    assert rows_of(html)["act_type"][0] == "Type of act"


def test_rows_changes_show_labels_too(owner_client: Client, owner: Any) -> None:
    from chronicle.records.models import PersonName

    person = Person.objects.create(display_name="Person", confidentiality="amber")
    name = PersonName.objects.create(person=person, full_name="Макс Бокаев", script="Latn")
    name.script = "Cyrl"
    name.save()
    html = owner_client.get(f"/history/person/{person.pk}/").content.decode()
    owner_client.cookies["django_language"] = "ru"
    russian = owner_client.get(f"/history/person/{person.pk}/").content.decode()
    assert (rows_of(html)["script"], "· Spelling: Макс Бокаев</h2>" in html) == (("Script", "Latin → Cyrillic"), True)
    assert (rows_of(russian)["script"][1], "· Написание: Макс Бокаев</h2>" in russian) == ("латиница → кириллица", True)


def test_payloads_in_changed_values_are_escaped(owner_client: Client) -> None:
    person = Person.objects.create(display_name="Before", confidentiality="amber")
    person.display_name = XSS
    person.save()
    html = owner_client.get(f"/history/person/{person.pk}/").content.decode()
    assert ("<script>alert" in html, "&lt;script&gt;alert" in html) == (False, True)


def test_versions_say_who_saved_each(owner: Any, changed_person: Person) -> None:
    changed_person.history.update(history_user=owner)
    assert [version.user for version in versions(changed_person, owner)] == [owner, owner]


def test_a_rows_version_never_names_a_person_the_reader_may_not_read(owner_client: Client, administrator: Any) -> None:
    from chronicle.records.models import Intervention, Participant

    letter = Intervention.objects.create(title="Letter", confidentiality="amber")
    hidden = Person.objects.create(display_name="Hidden Signatory", confidentiality="red", created_by=administrator)
    Participant.objects.create(intervention=letter, person=hidden, role="signatory")
    html = owner_client.get(f"/history/intervention/{letter.pk}/").content.decode()
    admin_html = logged_in(administrator).get(f"/history/intervention/{letter.pk}/").content.decode()
    assert ("Hidden Signatory" in html, "· Participant: a record you may not read</h2>" in html) == (False, True)
    assert "· Participant: Hidden Signatory</h2>" in admin_html
