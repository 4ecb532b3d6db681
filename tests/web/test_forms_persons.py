"""Forms for a person's memberships and sensitive details: created, edited, refused with a message, kept in
history with who; sensitive details RED by default and out of reach of anyone not cleared, the public site and API."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from chronicle.api.tokens import make_token
from chronicle.records.models import Membership, Organization, Person, PersonalDetail
from tests.web.conftest import XSS, logged_in

pytestmark = pytest.mark.django_db

IIN = "IIN 850101300123"


@pytest.fixture
def mep(owner: Any) -> Person:
    """A green person, an MEP."""
    return Person.objects.create(display_name="Anna Fotyga", confidentiality="green", consent="full")


@pytest.fixture
def parliament() -> Organization:
    """The European Parliament."""
    return Organization.objects.create(name="European Parliament", kind="parliament", confidentiality="clear")


@pytest.fixture
def group() -> Organization:
    """A political group of the European Parliament."""
    return Organization.objects.create(name="ECR", kind="parliament_group", confidentiality="clear")


def membership_data(person: Person, parliament: Organization, /, **changes: Any) -> dict[str, Any]:
    return {
        "person": person.pk,
        "organization": parliament.pk,
        "role": "MEP",
        "area": "PL",
        "start": "2014-07",
        "end": "",
        "confidentiality": "green",
        **changes,
    }


def test_an_editor_records_a_membership_from_the_person_page(
    owner_client: Client, owner: Any, mep: Person, parliament: Organization, group: Organization
) -> None:
    page = owner_client.get(f"/persons/{mep.pk}/").content.decode()
    response = owner_client.post(
        f"/new/membership/?person={mep.pk}", membership_data(mep, parliament, on_behalf_of=group.pk)
    )
    membership = Membership.objects.get()
    assert f'href="/new/membership/?person={mep.pk}" id="add-membership"' in page
    assert (
        response["Location"],
        membership.organization,
        membership.on_behalf_of,
        membership.area,
        membership.start,
        membership.created_by,
    ) == (f"/persons/{mep.pk}/", parliament, group, "PL", "2014-07", owner)
    shown = owner_client.get(f"/persons/{mep.pk}/").content.decode()
    assert f'<a href="/edit/membership/{membership.pk}/">Edit</a>' in shown


def test_the_membership_form_offers_the_person_named_in_the_address(owner_client: Client, mep: Person) -> None:
    html = owner_client.get(f"/new/membership/?person={mep.pk}").content.decode()
    assert f'<option value="{mep.pk}" selected>Anna Fotyga</option>' in html


def test_a_membership_is_edited_and_its_history_shows_who_and_the_country_by_name(
    owner_client: Client, owner: Any, mep: Person, parliament: Organization
) -> None:
    membership = Membership.objects.create(person=mep, organization=parliament, area="DE", confidentiality="green")
    owner_client.post(f"/edit/membership/{membership.pk}/", membership_data(mep, parliament, end="about 2019"))
    membership.refresh_from_db()
    html = owner_client.get(f"/history/membership/{membership.pk}/").content.decode()
    assert (membership.area, membership.end, membership.history.first().history_user) == ("PL", "2019~", owner)
    assert '<td title="area">Country or area</td><td><del title="DE">Germany</del></td>' in html
    assert '<td title="end">Until</td><td><del></del></td><td><ins title="2019~">about 2019</ins></td>' in html


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"start": "2019", "end": "2014"}, "end", "This date falls before the start date."),
        ({"start": "spring"}, "start", "Not a date we can read"),
        ({"area": "XX"}, "area", "Select a valid choice."),
        ({"organization": ""}, "organization", "This field is required."),
        ({"person": ""}, "person", "This field is required."),
        ({"confidentiality": "purple"}, "confidentiality", "Select a valid choice."),
    ],
)
def test_an_invalid_membership_is_refused_with_a_message(
    owner_client: Client, mep: Person, parliament: Organization, changes: dict[str, Any], field: str, message: str
) -> None:
    response = owner_client.post("/new/membership/", membership_data(mep, parliament, **changes))
    assert (message in str(response.context["form"].errors[field]), Membership.objects.count()) == (True, 0)


def test_a_membership_cannot_name_a_person_the_editor_may_not_read(
    owner_client: Client, administrator: Any, parliament: Organization
) -> None:
    hidden = Person.objects.create(display_name="Hidden", confidentiality="red", created_by=administrator)
    response = owner_client.post("/new/membership/", membership_data(hidden, parliament))
    assert ("Select a valid choice" in str(response.context["form"].errors["person"]), Membership.objects.count()) == (
        True,
        0,
    )


def detail_data(person: Person, /, **changes: Any) -> dict[str, Any]:
    return {"person": person.pk, "kind": "identity_number", "value": IIN, "confidentiality": "red", **changes}


def test_a_sensitive_detail_is_red_by_default(owner_client: Client, mep: Person) -> None:
    html = owner_client.get(f"/new/personaldetail/?person={mep.pk}").content.decode()
    assert '<option value="red" selected>TLP:RED (named people only)</option>' in html
    assert 'name="published"' not in html


def test_an_editor_records_a_sensitive_detail_only_they_and_administrators_read(
    owner_client: Client, owner: Any, colleague_client: Client, administrator: Any, mep: Person
) -> None:
    response = owner_client.post(f"/new/personaldetail/?person={mep.pk}", detail_data(mep))
    detail = PersonalDetail.objects.get()
    pages = {
        "owner": owner_client.get(f"/persons/{mep.pk}/").content.decode(),
        "colleague": colleague_client.get(f"/persons/{mep.pk}/").content.decode(),
        "administrator": logged_in(administrator).get(f"/persons/{mep.pk}/").content.decode(),
    }
    assert (response["Location"], detail.confidentiality, detail.created_by, detail.kind) == (
        f"/persons/{mep.pk}/",
        "red",
        owner,
        "identity_number",
    )
    assert {who: IIN in html for who, html in pages.items()} == {
        "owner": True,
        "colleague": False,
        "administrator": True,
    }


def test_a_sensitive_detail_is_edited_and_its_history_shows_who(owner_client: Client, owner: Any, mep: Person) -> None:
    detail = PersonalDetail.objects.create(person=mep, kind="contact", value="old", created_by=owner)
    owner_client.post(f"/edit/personaldetail/{detail.pk}/", detail_data(mep, kind="address", value="Almaty"))
    html = owner_client.get(f"/history/personaldetail/{detail.pk}/").content.decode()
    detail.refresh_from_db()
    assert ((detail.kind, detail.value), detail.history.first().history_user) == (("address", "Almaty"), owner)
    assert '<td title="kind">Kind</td><td><del>contact</del></td><td><ins>address</ins>' in html
    assert " · owner · " in html


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"value": ""}, "value", "This field is required."),
        ({"kind": "shoe_size"}, "kind", "Select a valid choice."),
        ({"person": ""}, "person", "This field is required."),
    ],
)
def test_an_invalid_sensitive_detail_is_refused_with_a_message(
    owner_client: Client, mep: Person, changes: dict[str, Any], field: str, message: str
) -> None:
    response = owner_client.post("/new/personaldetail/", detail_data(mep, **changes))
    assert (message in str(response.context["form"].errors[field]), PersonalDetail.objects.count()) == (True, 0)


@pytest.mark.parametrize("who", ["colleague", "outsider", "reviewer"])
def test_a_red_detail_is_404_to_anyone_not_cleared(
    who: str, request: pytest.FixtureRequest, owner: Any, mep: Person
) -> None:
    detail = PersonalDetail.objects.create(person=mep, kind="health", value=IIN, created_by=owner)
    client = logged_in(request.getfixturevalue(who))
    answers = (
        client.get(f"/edit/personaldetail/{detail.pk}/").status_code,
        client.post(f"/edit/personaldetail/{detail.pk}/", detail_data(mep, value="changed")).status_code,
        client.get(f"/history/personaldetail/{detail.pk}/").status_code,
        IIN in client.get(f"/persons/{mep.pk}/").content.decode(),
    )
    detail.refresh_from_db()
    assert (answers, detail.value) == ((404, 404, 404, False), IIN)


def test_an_amber_detail_of_a_hidden_person_is_404(owner_client: Client, administrator: Any) -> None:
    hidden = Person.objects.create(display_name="Hidden", confidentiality="red", created_by=administrator)
    detail = PersonalDetail.objects.create(person=hidden, kind="contact", value=IIN, confidentiality="amber")
    answers = (
        owner_client.get(f"/edit/personaldetail/{detail.pk}/").status_code,
        owner_client.get(f"/history/personaldetail/{detail.pk}/").status_code,
    )
    assert answers == (404, 404)


def test_sensitive_details_never_reach_the_public_site_or_the_public_api(
    client: Client, owner: Any, outsider: Any
) -> None:
    person = Person.objects.create(
        display_name="Published Person", confidentiality="clear", published=True, consent="full"
    )
    PersonalDetail.objects.create(person=person, kind="contact", value=IIN, confidentiality="clear", published=True)
    anonymous_api = client.get(f"/api/persons/{person.uid}")
    outsider_api = client.get(f"/api/persons/{person.uid}", headers={"Authorization": f"Bearer {make_token(outsider)}"})
    answers = (
        client.get(f"/public/persons/{person.pk}/").status_code,
        IIN in client.get(f"/public/persons/{person.pk}/").content.decode(),
        IIN in logged_in(owner).get(f"/public/persons/{person.pk}/").content.decode(),
        anonymous_api.status_code,
        IIN in anonymous_api.content.decode(),
        IIN in outsider_api.content.decode(),
    )
    assert answers == (200, False, False, 200, False, False)


@pytest.mark.parametrize("kind", ["membership", "personaldetail"])
def test_forms_need_the_csrf_token(kind: str, owner: Any, mep: Person, parliament: Organization) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(owner)
    data = membership_data(mep, parliament) if kind == "membership" else detail_data(mep)
    assert client.post(f"/new/{kind}/", data).status_code == 403
    assert (Membership.objects.count(), PersonalDetail.objects.count()) == (0, 0)


def test_payloads_typed_into_a_detail_and_a_membership_are_shown_escaped(
    owner_client: Client, mep: Person, parliament: Organization
) -> None:
    owner_client.post("/new/personaldetail/", detail_data(mep, value=XSS))
    owner_client.post("/new/membership/", membership_data(mep, parliament, role=XSS))
    detail, membership = PersonalDetail.objects.get(), Membership.objects.get()
    pages = [
        owner_client.get(f"/persons/{mep.pk}/").content.decode(),
        owner_client.get(f"/edit/personaldetail/{detail.pk}/").content.decode(),
        owner_client.get(f"/edit/membership/{membership.pk}/").content.decode(),
    ]
    assert (detail.value, membership.role) == (XSS, XSS)
    assert [("<script>alert" in page, "&lt;script&gt;alert" in page) for page in pages] == [(False, True)] * 3


def test_viewers_see_no_add_or_edit_links_on_the_person_page(colleague_client: Client, mep: Person) -> None:
    html = colleague_client.get(f"/persons/{mep.pk}/").content.decode()
    assert ("add-membership" in html, "add-detail" in html, "/edit/" in html) == (False, False, False)


def test_the_forms_read_in_russian(owner: Any, mep: Person) -> None:
    client = logged_in(owner)
    client.cookies["django_language"] = "ru"
    detail_form = client.get(f"/new/personaldetail/?person={mep.pk}").content.decode()
    membership_form = client.get(f"/new/membership/?person={mep.pk}").content.decode()
    page = client.get(f"/persons/{mep.pk}/").content.decode()
    assert (
        '<option value="identity_number">номер документа (ИИН, паспорт)</option>' in detail_form,
        "Организация или парламент" in membership_form,
        "Добавить членство" in page,
        "Добавить чувствительные сведения" in page,
    ) == (True, True, True, True)


def test_a_membership_of_a_hidden_person_is_404(
    owner_client: Client, administrator: Any, parliament: Organization
) -> None:
    hidden = Person.objects.create(display_name="Hidden Member", confidentiality="red", created_by=administrator)
    membership = Membership.objects.create(person=hidden, organization=parliament, confidentiality="amber")
    answers = (
        owner_client.get(f"/edit/membership/{membership.pk}/").status_code,
        owner_client.get(f"/history/membership/{membership.pk}/").status_code,
    )
    assert answers == (404, 404)
