"""Every change is in the history with who and when; the admin shows each value's source passage."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from chronicle.records.models import Person

pytestmark = pytest.mark.django_db


def test_an_edit_through_the_admin_is_recorded_with_who_and_what(owner: Any, founding_article: Any) -> None:
    owner.is_staff = True
    owner.save()
    person = Person.objects.get(uid="P:zhanay-dana")
    person.confidentiality = "amber"
    person.save()
    client = Client()
    client.force_login(owner)
    form = client.get(f"/admin/records/person/{person.pk}/change/").context["adminform"].form
    data = {
        name: (value if value is not None else "")
        for name, value in form.initial.items()
        if name not in ("shared_with",)
    }
    data.update({"description": "Head of Qaharman.", "roles": '["human_rights_defender"]'})
    management = {
        f"{prefix}-{key}": value
        for prefix in ("names", "memberships", "status_claims", "records-claim-subject_type-subject_id")
        for key, value in (("TOTAL_FORMS", "0"), ("INITIAL_FORMS", "0"))
    }
    response = client.post(f"/admin/records/person/{person.pk}/change/", {**data, **management})
    assert response.status_code in (200, 302)
    latest = Person.history.filter(uid="P:zhanay-dana").first()
    assert latest is not None
    assert (latest.description, latest.history_user) == ("Head of Qaharman.", owner)


def test_model_changes_outside_the_admin_are_in_the_history(founding_article: Any) -> None:
    person = Person.objects.get(uid="P:bokayev-maks")
    person.occupation = "civil activist"
    person.save()
    newest, previous = Person.history.filter(uid="P:bokayev-maks")[:2]
    delta = newest.diff_against(previous)
    assert [(c.field, c.old, c.new) for c in delta.changes] == [("occupation", "", "civil activist")]


def test_person_page_shows_the_source_passage_of_each_value(administrator: Any, founding_article: Any) -> None:
    client = Client()
    client.force_login(administrator)
    person = Person.objects.get(uid="P:bokayev-maks")
    page = client.get(f"/admin/records/person/{person.pk}/change/").content.decode()
    assert "21 persons are unjustly imprisoned" in page
    assert "Макс Бокаев" in page


@pytest.mark.parametrize(
    "path",
    [
        "source",
        "person",
        "organization",
        "organizationdesignation",
        "membership",
        "event",
        "act",
        "legalcase",
        "statusclaim",
        "intervention",
        "reportedstatistic",
        "claim",
        "personaldetail",
    ],
)
def test_every_admin_list_and_its_search_work(administrator: Any, founding_article: Any, path: str) -> None:
    client = Client()
    client.force_login(administrator)
    assert client.get(f"/admin/records/{path}/").status_code == 200
    assert client.get(f"/admin/records/{path}/?q=Bokayev").status_code == 200
