"""The public site shows published, CLEAR, consented records only, with names as consent allows."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.test import Client

from chronicle.records.models import Intervention, Person, PersonName, StatusClaim, Subject

pytestmark = pytest.mark.django_db


def listed(client: Client) -> list[str]:
    html = client.get("/public/").content.decode()
    return re.findall(r'<a href="/public/persons/\d+/">([^<]+)</a>', html)


def test_public_list_shows_the_published_political_prisoners(client: Client, founding_article: Any) -> None:
    names = listed(client)
    assert (len(names), names[0], "Isabel Santos" in names) == (14, "Abai Begimbetov", False)


@pytest.mark.parametrize(
    "change",
    [{"published": False}, {"confidentiality": "green"}, {"consent": "none"}],
)
def test_public_list_hides_a_person_not_published_clear_and_consented(
    client: Client, founding_article: Any, change: dict[str, Any]
) -> None:
    Person.objects.filter(display_name="Aset Abishev").update(**change)
    assert "Aset Abishev" not in listed(client)
    person = Person.objects.get(display_name="Aset Abishev")
    assert client.get(f"/public/persons/{person.pk}/").status_code == 404


def test_public_list_hides_a_person_whose_status_claim_is_internal(client: Client, founding_article: Any) -> None:
    StatusClaim.objects.filter(person__display_name="Aset Abishev").update(published=False)
    assert "Aset Abishev" not in listed(client)


def test_initials_consent_shows_initials_only(client: Client, founding_article: Any) -> None:
    person = Person.objects.get(display_name="Aset Abishev")
    Person.objects.filter(pk=person.pk).update(consent="initials")
    page = client.get(f"/public/persons/{person.pk}/").content.decode()
    assert ("A. A." in listed(client), "Aset" in page, "Абишев" in page) == (True, False, False)


def test_pseudonym_consent_shows_the_pseudonym(client: Client, founding_article: Any) -> None:
    person = Person.objects.get(display_name="Aset Abishev")
    Person.objects.filter(pk=person.pk).update(consent="pseudonym")
    PersonName.objects.create(person=person, full_name="Prisoner A", name_type="pseudonym")
    assert ("Prisoner A" in listed(client), "Aset Abishev" in listed(client)) == (True, False)


def test_public_letter_lists_only_public_people(client: Client, founding_article: Any) -> None:
    letter = Intervention.objects.filter(subjects__person__display_name="Aset Abishev").first()
    assert letter is not None
    Person.objects.filter(display_name="Aset Abishev").update(published=False)
    html = client.get(f"/public/letters/{letter.pk}/").content.decode()
    assert "Aset Abishev" not in html
    assert Subject.objects.filter(intervention=letter, person__display_name="Aset Abishev").exists()


def test_unpublished_letters_are_404_and_unlisted(client: Client, founding_article: Any) -> None:
    letter = Intervention.objects.filter(title__startswith="Two letters").distinct().get()
    Intervention.objects.filter(pk=letter.pk).update(published=False)
    assert client.get(f"/public/letters/{letter.pk}/").status_code == 404
    assert letter.title not in client.get("/public/letters/").content.decode()


def test_statistics_page_draws_an_inline_svg_chart(client: Client, founding_article: Any) -> None:
    html = client.get("/public/statistics/", {"start": "2020-01-01", "end": "2020-12-31"}).content.decode()
    assert ('<figure class="chart"><svg' in html, "<img" in html) == (True, False)
    figures = dict(re.findall(r'data-rule="(\w+)">([\d,]+)<', html))
    assert figures["political_prisoners"] == "14"


def test_statistics_count_only_public_records(client: Client, founding_article: Any) -> None:
    before = dict(
        re.findall(
            r'data-rule="(\w+)">([\d,]+)<',
            client.get("/public/statistics/?start=2020-01-01&end=2020-12-31").content.decode(),
        )
    )
    StatusClaim.objects.update(published=False)
    after = dict(
        re.findall(
            r'data-rule="(\w+)">([\d,]+)<',
            client.get("/public/statistics/?start=2020-01-01&end=2020-12-31").content.decode(),
        )
    )
    assert (before["political_prisoners"], after["political_prisoners"]) == ("14", "0")


def test_error_pages_show_nothing_internal(client: Client, settings: Any, founding_article: Any) -> None:
    settings.DEBUG = False
    response = client.get("/public/persons/999999/")
    html = response.content.decode()
    assert (response.status_code, "Not found" in html, "Traceback" in html, "visible_to" in html) == (
        404,
        True,
        False,
        False,
    )


def test_published_case_pages_show_charges_and_hide_unpublished_cases(client: Client, founding_article: Any) -> None:
    from chronicle.records.models import LegalCase

    case = LegalCase.objects.filter(published=True, confidentiality="clear").select_related("defendant").first()
    assert case is not None
    html = client.get(f"/public/cases/{case.pk}/").content.decode()
    assert case.defendant.display_name in html
    LegalCase.objects.filter(pk=case.pk).update(published=False)
    assert client.get(f"/public/cases/{case.pk}/").status_code == 404


def test_a_published_case_of_an_unpublished_person_is_404(client: Client, founding_article: Any) -> None:
    from chronicle.records.models import LegalCase

    case = LegalCase.objects.filter(published=True, confidentiality="clear").first()
    assert case is not None
    Person.objects.filter(pk=case.defendant_id).update(consent="none")
    assert client.get(f"/public/cases/{case.pk}/").status_code == 404
