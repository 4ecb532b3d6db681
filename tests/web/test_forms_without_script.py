"""Choosing a record without JavaScript: the search box's button posts the form back, the page offers the
matches the user may read and keeps everything typed; nothing is saved until Save."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.test import Client

from chronicle.records.models import Act, Event, Person, PersonName
from tests.web.forms_data import posted, rows
from tests.web.test_forms_autocomplete import bokayev

pytestmark = pytest.mark.django_db
__all__ = ["bokayev"]


def options_of(html: str, name: str) -> list[tuple[str, str, str]]:
    """The (value, selected, label) of each option of the select named."""
    select = re.search(rf'<select name="{re.escape(name)}"[^>]*>(.*?)</select>', html, re.S)
    assert select is not None, name
    return re.findall(r'<option value="(\d*)"( selected)?>([^<]*)</option>', select.group(1))


def test_each_record_choice_has_a_search_button_for_browsers_without_script(owner_client: Client) -> None:
    html = owner_client.get("/new/act/").content.decode()
    assert (
        '<noscript><button class="btn btn-sm btn-outline-secondary" type="submit" name="find" value="victim">' in html,
        'name="victim__q"' in html,
        'name="involvements-0-perpetrator_person__q"' in html,
    ) == (True, True, True)


def test_searching_offers_the_matches_and_keeps_what_was_typed(owner_client: Client, bokayev: Person) -> None:
    event = Event.objects.create(title="Raid", confidentiality="amber")
    record = {
        "event": event.pk,
        "act_type": "detention",
        "start": "about 2020",
        "description": "Taken from home",
        "confidentiality": "amber",
        "victim__q": "Бокаев",
        "find": "victim",
    }
    html = owner_client.post("/new/act/", posted("act", record)).content.decode()
    found = (str(bokayev.pk), "", "Maks Bokayev (Макс Бокаев)")
    assert options_of(html, "victim") == [("", "", "1 match: choose"), found]
    assert options_of(html, "event") == [("", "", "---------"), (str(event.pk), " selected", "Raid")]
    assert (
        'name="victim__q" value="Бокаев"' in html,
        "Taken from home</textarea>" in html,
        'name="start" value="about 2020"' in html or 'name="start" value="2020~"' in html,
        Act.objects.count(),
    ) == (True, True, True, 0)


def test_the_chosen_record_stays_chosen_beside_the_matches(owner_client: Client, bokayev: Person) -> None:
    other = Person.objects.create(display_name="Maks Bokayev junior", confidentiality="amber")
    PersonName.objects.create(person=other, full_name="Maks Bokayev junior")
    record = {"victim": bokayev.pk, "victim__q": "junior", "find": "victim", "confidentiality": "amber"}
    html = owner_client.post("/new/act/", posted("act", record)).content.decode()
    assert options_of(html, "victim") == [
        ("", "", "1 match: choose"),
        (str(other.pk), "", "Maks Bokayev junior"),
        (str(bokayev.pk), " selected", "Maks Bokayev"),
    ]


def test_a_search_in_a_row_fills_only_that_rows_choice(owner_client: Client, bokayev: Person) -> None:
    perpetrator = {"perpetrator_type": "police", "perpetrator_person__q": "Bokayev"}
    data = posted("act", {"confidentiality": "amber", "find": "involvements-0-perpetrator_person"})
    data.update(rows("involvements", perpetrator))
    html = owner_client.post("/new/act/", data).content.decode()
    assert [value for value, _, _ in options_of(html, "involvements-0-perpetrator_person")] == ["", str(bokayev.pk)]
    assert options_of(html, "victim") == [("", "", "---------")]


def test_a_search_never_offers_a_record_the_user_may_not_read(owner_client: Client, administrator: Any) -> None:
    hidden = Person.objects.create(display_name="Secret Witness", confidentiality="red", created_by=administrator)
    PersonName.objects.create(person=hidden, full_name="Secret Witness")
    html = owner_client.post("/new/act/", posted("act", {"victim__q": "Secret", "find": "victim"})).content.decode()
    assert (options_of(html, "victim"), "Secret Witness" in html) == ([("", "", "Nothing found")], False)


def test_after_choosing_the_form_saves(owner_client: Client, bokayev: Person) -> None:
    event = Event.objects.create(title="Raid", confidentiality="amber")
    record = {"event": event.pk, "act_type": "detention", "victim": bokayev.pk, "confidentiality": "amber"}
    response = owner_client.post("/new/act/", posted("act", {**record, "victim__q": "Бокаев"}))
    assert (response.status_code, Act.objects.get().victim) == (302, bokayev)


def test_the_autocomplete_reads_a_fields_own_search_box(owner_client: Client, bokayev: Person) -> None:
    html = owner_client.get("/autocomplete/person/", {"victim__q": "Бокаев"}).content.decode()
    assert f'<option value="{bokayev.pk}">Maks Bokayev (Макс Бокаев)</option>' in html


def test_a_search_payload_is_shown_escaped(owner_client: Client) -> None:
    payload = '"><script>alert(1)</script>'
    html = owner_client.post("/new/act/", posted("act", {"victim__q": payload, "find": "victim"})).content.decode()
    assert ("<script>alert(1)" in html, 'value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"' in html) == (
        False,
        True,
    )


def test_a_post_back_to_search_or_add_a_row_shows_no_errors_yet(owner_client: Client) -> None:
    person = {"display_name": "", "consent": "none", "confidentiality": "amber"}
    names = [{"full_name": "Бокаев", "script": "Cyrl", "name_type": "as_written"}]
    searched = owner_client.post("/new/act/", posted("act", {"victim__q": "x", "find": "victim"})).content.decode()
    added = owner_client.post("/new/person/", {**posted("person", person, names=names), "add_row": "names"})
    html = added.content.decode()
    new_row_kind = re.search(r'<input type="text" name="names-1-name_type" value="([^"]*)"', html)
    assert ("is-invalid" in searched, "is-invalid" in html, "is-valid" in html) == (False, False, False)
    assert (new_row_kind and new_row_kind.group(1), Person.objects.count()) == ("as_written", 0)


def test_saving_after_adding_a_row_keeps_the_untouched_new_row_out(owner_client: Client) -> None:
    person = {"display_name": "Maks Bokayev", "consent": "none", "confidentiality": "amber"}
    names = [{"full_name": "Макс Бокаев", "script": "Cyrl", "name_type": "as_written"}]
    added = owner_client.post("/new/person/", {**posted("person", person, names=names), "add_row": "names"})
    from tests.web.forms_data import as_a_browser_would_post

    response = owner_client.post("/new/person/", as_a_browser_would_post(added.content.decode()))
    saved = Person.objects.get()
    assert (response.status_code, sorted(saved.names.values_list("full_name", flat=True))) == (
        302,
        ["Maks Bokayev", "Макс Бокаев"],
    )
