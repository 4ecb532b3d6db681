"""In a real headless Chromium: an editor creates a person with a Latin and a Cyrillic spelling, records an act
choosing the person through the autocomplete, changes its date to "about 2020" and reads the history with the
difference; screenshots of the forms and the history in English and Russian."""

from __future__ import annotations

import re
from typing import Any

import pytest

from chronicle.records.models import Act, Event, Person
from tests.web.test_browser import headless_chromium, log_in, shoot, tab

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
__all__ = ["headless_chromium", "tab"]
ACT_PAGE = re.compile(r"/events/\d+/#act-\d+$")  # an act's page is its event's, at the act


def create_person(page: Any) -> Person:
    """Fill the person form: the Latin spelling in the first row, the Cyrillic one in a row added by htmx."""
    page.goto("/new/person/")
    page.fill("#id_display_name", "Maks Bokayev")
    page.fill("#id_names-0-full_name", "Maks Bokayev")
    page.select_option("#id_names-0-script", "Latn")
    page.check("#id_names-0-is_primary")
    page.click("#rows-names button[name=add_row]")
    page.locator("#id_names-1-full_name").wait_for()
    page.fill("#id_names-1-full_name", "Макс Бокаев")
    page.select_option("#id_names-1-script", "Cyrl")
    assert page.locator("#id_names-1-name_type").input_value() == "as_written"  # the added row starts with defaults
    shoot(page, "form-person-en")
    page.click("#save")
    page.wait_for_url(re.compile(r"/persons/\d+/$"))
    return Person.objects.get(display_name="Maks Bokayev")


def create_act(page: Any, event: Event, person: Person) -> Act:
    """Fill the act form, choosing the victim by typing a Cyrillic spelling into the autocomplete."""
    page.goto(f"/new/act/?event={event.pk}")
    page.select_option("#id_act_type", "detention")
    page.fill("input[name=victim__q]", "Бокаев")
    page.locator(f"#id_victim option[value='{person.pk}']").wait_for(state="attached")
    page.select_option("#id_victim", str(person.pk))
    page.fill("#id_start", "2020-05")
    shoot(page, "form-act-en")
    page.click("#save")
    page.wait_for_url(ACT_PAGE)
    return Act.objects.get(victim=person)


def test_editor_creates_a_person_and_an_act_edits_its_date_and_reads_the_history(tab: Any, owner: Any) -> None:
    page = tab
    event = Event.objects.create(title="Raid in Almaty", start="2020", confidentiality="amber")
    log_in(page, "owner", "pw-owner")

    person = create_person(page)
    spellings = sorted(person.names.values_list("full_name", "script"))
    assert spellings == [("Maks Bokayev", "Latn"), ("Макс Бокаев", "Cyrl")]
    assert "Макс Бокаев" in page.locator("#spellings").inner_text()

    act = create_act(page, event, person)
    assert (act.event, act.start) == (event, "2020-05")

    page.goto(f"/edit/act/{act.pk}/")
    page.fill("#id_start", "about 2020")
    page.click("#save")
    page.wait_for_url(ACT_PAGE)
    act.refresh_from_db()
    assert act.start == "2020~"

    page.goto(f"/history/act/{act.pk}/")
    change = page.locator("tr[data-field=start]").first
    assert change.inner_text().split("\t") == ["From", "May 2020", "about 2020"]
    assert change.locator("ins").get_attribute("title") == "2020~"
    assert "owner" in page.locator("h2").first.inner_text()
    shoot(page, "history-act-en")

    page.click("#language-form button[value=ru]")
    page.wait_for_load_state()
    page.goto(f"/history/act/{act.pk}/")
    assert page.locator("html").get_attribute("lang") == "ru"
    assert page.locator("tr[data-field=start]").first.inner_text().split("\t")[2] == "около 2020"
    shoot(page, "history-act-ru")
    page.goto(f"/edit/act/{act.pk}/")
    shoot(page, "form-act-ru")
    page.goto("/new/person/")
    shoot(page, "form-person-ru")


def test_editor_records_a_membership_and_a_sensitive_detail_from_the_person_page(tab: Any, owner: Any) -> None:
    from chronicle.records.models import Organization, PersonalDetail

    page = tab
    person = Person.objects.create(display_name="Anna Fotyga", confidentiality="amber")
    parliament = Organization.objects.create(name="European Parliament", kind="parliament", confidentiality="clear")
    log_in(page, "owner", "pw-owner")
    page.goto(f"/persons/{person.pk}/")
    page.click("#add-detail")
    assert page.locator("#id_confidentiality").input_value() == "red"
    page.select_option("#id_kind", "contact")
    page.fill("#id_value", "+32 2 284 21 11")
    page.click("#save")
    page.wait_for_url(re.compile(rf"/persons/{person.pk}/$"))
    assert "+32 2 284 21 11" in page.locator("#details").inner_text()

    page.click("#add-membership")
    page.fill("input[name=organization__q]", "European")
    page.locator(f"#id_organization option[value='{parliament.pk}']").wait_for(state="attached")
    page.select_option("#id_organization", str(parliament.pk))
    page.fill("#id_start", "2014-07")
    shoot(page, "form-membership-en")
    page.click("#save")
    page.wait_for_url(re.compile(rf"/persons/{person.pk}/$"))
    assert "European Parliament" in page.locator("#memberships").inner_text()
    assert PersonalDetail.objects.get().created_by == owner
    shoot(page, "person-with-details-en")


@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
def test_enter_in_a_field_saves_the_form(
    headless_chromium: Any, live_server: Any, owner: Any, javascript: bool
) -> None:
    """Enter submits with the form's first submit button: it must be Save, not an autocomplete's Search
    (shown without JavaScript) or "Add another row"."""
    event = Event.objects.create(title="Raid in Almaty", start="2020", confidentiality="amber")
    person = Person.objects.create(display_name="Maks Bokayev", confidentiality="amber")
    act = Act.objects.create(event=event, act_type="detention", victim=person, start="2020", confidentiality="amber")
    context = headless_chromium.new_context(base_url=live_server.url, java_script_enabled=javascript)
    page = context.new_page()
    page.set_default_timeout(15_000)
    try:
        log_in(page, "owner", "pw-owner")
        page.goto(f"/edit/act/{act.pk}/")
        page.fill("#id_start", "2020-05")
        page.press("#id_start", "Enter")
        page.wait_for_url(ACT_PAGE)
    finally:
        context.close()
    act.refresh_from_db()
    assert act.start == "2020-05"
