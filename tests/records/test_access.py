"""Who sees what: an owner, a colleague, a reviewer, an outsider and anonymous visitors."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import Client

from chronicle.common.access import Confidentiality
from chronicle.records.models import Consent, Person, PersonalDetail

pytestmark = pytest.mark.django_db


@pytest.fixture
def records(owner: Any) -> dict[str, Person]:
    """One person at each level, all created by the owner, plus a published one."""
    made = {
        level: Person.objects.create(display_name=f"Person {level}", confidentiality=level, created_by=owner)
        for level in Confidentiality.values
    }
    made["public"] = Person.objects.create(
        display_name="Public person", confidentiality="clear", published=True, consent=Consent.FULL
    )
    made["unconsented"] = Person.objects.create(display_name="No consent", confidentiality="clear", published=True)
    return made


def visible(user: Any) -> set[str]:
    return set(Person.objects.visible_to(user).values_list("display_name", flat=True))


def test_owner_sees_their_red_record(owner: Any, records: dict[str, Person]) -> None:
    assert "Person red" in visible(owner)


def test_colleague_sees_amber_but_not_strict_or_red(colleague: Any, records: dict[str, Person]) -> None:
    assert visible(colleague) == {"Person clear", "Person green", "Person amber", "Public person", "No consent"}


def test_reviewer_sees_amber_strict_but_not_red(reviewer: Any, records: dict[str, Person]) -> None:
    assert "Person amber_strict" in visible(reviewer)
    assert "Person red" not in visible(reviewer)


def test_a_red_record_shared_with_a_colleague_becomes_visible_to_them(
    colleague: Any, records: dict[str, Person]
) -> None:
    records["red"].shared_with.add(colleague)
    assert "Person red" in visible(colleague)


def test_outsider_and_anonymous_see_only_published_consented_records(outsider: Any, records: dict[str, Person]) -> None:
    assert visible(outsider) == {"Public person"}
    assert visible(AnonymousUser()) == {"Public person"}


def test_administrator_sees_everything(administrator: Any, records: dict[str, Person]) -> None:
    assert len(visible(administrator)) == 7


def test_sensitive_details_are_red_by_default_and_never_public(
    owner: Any, colleague: Any, records: dict[str, Person]
) -> None:
    detail = PersonalDetail.objects.create(
        person=records["public"], kind="identity_number", value="880101300123", created_by=owner
    )
    assert detail.confidentiality == Confidentiality.RED
    assert list(PersonalDetail.objects.visible_to(owner)) == [detail]
    assert list(PersonalDetail.objects.visible_to(colleague)) == []
    assert list(PersonalDetail.objects.visible_to(AnonymousUser())) == []


def test_children_follow_their_record(colleague: Any, records: dict[str, Person]) -> None:
    from chronicle.records.models import PersonName

    PersonName.objects.create(person=records["red"], full_name="Secret Name")
    PersonName.objects.create(person=records["amber"], full_name="Known Name")
    assert set(PersonName.objects.visible_to(colleague).values_list("full_name", flat=True)) == {"Known Name"}


def _admin_client(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_forbidden_record_answers_404_in_the_admin(colleague: Any, records: dict[str, Person]) -> None:
    client = _admin_client(colleague)
    red = records["red"].pk
    assert client.get(f"/admin/records/person/{red}/change/").status_code == 404
    assert client.get(f"/admin/records/person/{red}/history/").status_code == 404
    assert client.get(f"/admin/records/person/{records['amber'].pk}/change/").status_code == 200


def test_admin_list_hides_what_the_colleague_may_not_read(colleague: Any, records: dict[str, Person]) -> None:
    page = _admin_client(colleague).get("/admin/records/person/").content.decode()
    assert ("Person amber" in page, "Person red" in page, "Person amber_strict" in page) == (True, False, False)


def test_outsider_cannot_use_the_admin(outsider: Any, records: dict[str, Person]) -> None:
    response = _admin_client(outsider).get(f"/admin/records/person/{records['public'].pk}/change/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_viewer_cannot_change_a_record(colleague: Any, records: dict[str, Person]) -> None:
    response = _admin_client(colleague).post(
        f"/admin/records/person/{records['amber'].pk}/change/", {"display_name": "Renamed"}
    )
    assert response.status_code == 403
    assert Person.objects.get(pk=records["amber"].pk).display_name == "Person amber"
