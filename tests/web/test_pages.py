"""What the monitors' pages show: spellings, sources of each value, letters' summaries, highlighted claims, filters."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.test import Client

from chronicle.records.models import Act, Claim, Event, Intervention, Person, Source, StatusClaim

pytestmark = pytest.mark.django_db


def text_of(html: str, element_id: str) -> str:
    """The text inside the element with an id (first line of markup after it)."""
    found = re.search(rf'id="{element_id}"[^>]*>(.*?)</', html, re.S)
    assert found, element_id
    return found.group(1).strip()


def test_person_page_lists_every_spelling_and_sources(colleague_client: Client, founding_article: Any) -> None:
    person = Person.objects.get(display_name="Aset Abishev")
    html = colleague_client.get(f"/persons/{person.pk}/").content.decode()
    spellings = re.findall(r'<li lang="[a-z]*">([^<]+?) <small', html.split('id="spellings"')[1].split("</ul>")[0])
    assert spellings == ["Aset Abishev", "Асет Абишев"]
    assert "21 persons are unjustly imprisoned" in html
    assert html.count('<details class="claims') >= 2


def test_person_page_shows_status_with_its_claimant(colleague_client: Client, founding_article: Any) -> None:
    person = Person.objects.get(display_name="Aset Abishev")
    claim = StatusClaim.objects.get(person=person)
    html = colleague_client.get(f"/persons/{person.pk}/").content.decode()
    assert f'href="/letters/{claim.claimed_in_id}/"' in html
    assert "Political prisoner" in html


def test_letter_summary_counts_meps_and_member_states(colleague_client: Client, founding_article: Any) -> None:
    joint = Intervention.objects.filter(title__startswith="Two letters").distinct().get()
    html = colleague_client.get(f"/letters/{joint.pk}/").content.decode()
    assert text_of(html, "signatory-summary") == "24 MEPs from 14 member states"


def test_letter_summary_is_in_russian_with_russian_plurals(colleague_client: Client, founding_article: Any) -> None:
    joint = Intervention.objects.filter(title__startswith="Two letters").distinct().get()
    colleague_client.post("/i18n/setlang/", {"language": "ru", "next": "/"})
    html = colleague_client.get(f"/letters/{joint.pk}/").content.decode()
    assert text_of(html, "signatory-summary") == "24 депутата Европарламента из 14 государств-членов"


def test_source_page_highlights_accepted_claims_and_links_them(colleague_client: Client, founding_article: Any) -> None:
    source = Source.objects.get()
    person = Person.objects.get(display_name="Aset Abishev")
    html = colleague_client.get(f"/sources/{source.pk}/").content.decode()
    assert f'<a href="/persons/{person.pk}/">Aset Abishev</a></mark>' in html
    claims = Claim.objects.filter(source=source, review_state="accepted").count()
    assert f"{claims} accepted claims highlighted" in html


def test_source_page_hides_claims_about_records_the_reader_may_not_see(
    colleague_client: Client, owner: Any, founding_article: Any
) -> None:
    source = Source.objects.get()
    person = Person.objects.get(display_name="Aset Abishev")
    Person.objects.filter(pk=person.pk).update(confidentiality="red", published=False, created_by=owner)
    html = colleague_client.get(f"/sources/{source.pk}/").content.decode()
    assert f'href="/persons/{person.pk}/"' not in html


def persons_found(client: Client, query: str) -> list[str]:
    html = client.get(f"/persons/?{query}").content.decode()
    return re.findall(r'<a href="/persons/\d+/">([^<]+)</a>', html)


def test_person_filters_by_role_and_status(colleague_client: Client, founding_article: Any) -> None:
    prisoners = persons_found(colleague_client, "status=political_prisoner")
    parliamentarians = persons_found(colleague_client, "role=parliamentarian")
    assert (len(prisoners), "Aset Abishev" in prisoners, "Isabel Santos" in prisoners) == (14, True, False)
    assert "Isabel Santos" in parliamentarians and "Aset Abishev" not in parliamentarians


def test_person_filters_by_name_in_any_script(colleague_client: Client, founding_article: Any) -> None:
    assert persons_found(colleague_client, "q=Абишев") == ["Aset Abishev"]


def test_person_filters_by_date_range_of_acts(colleague_client: Client, owner: Any) -> None:
    person = Person.objects.create(display_name="Dated Victim", confidentiality="green")
    other = Person.objects.create(display_name="Vague Victim", confidentiality="green")
    event = Event.objects.create(title="Raid", confidentiality="green")
    Act.objects.create(event=event, act_type="detention", victim=person, start="2021-03-02", confidentiality="green")
    Act.objects.create(event=event, act_type="detention", victim=other, start="2021", confidentiality="green")
    assert persons_found(colleague_client, "start=2021-03-01&end=2021-03-31") == ["Dated Victim"]
    assert persons_found(colleague_client, "start=2021-01-01&end=2021-12-31") == ["Dated Victim", "Vague Victim"]


def test_person_filter_rejects_a_range_ending_before_it_starts(colleague_client: Client, founding_article: Any) -> None:
    html = colleague_client.get("/persons/?start=2021-03-01&end=2020-03-31").content.decode()
    assert "The range ends before it starts." in html


def test_person_list_answers_htmx_with_the_results_alone(colleague_client: Client, founding_article: Any) -> None:
    html = colleague_client.get("/persons/?q=Abishev", headers={"HX-Request": "true"}).content.decode()
    assert html.lstrip().startswith('<div id="results">') and "<nav" not in html


def test_dashboard_counts_the_current_month_and_a_chosen_period(
    colleague_client: Client, founding_article: Any
) -> None:
    html = colleague_client.get("/?start=2020-01-01&end=2020-12-31").content.decode()
    figures = re.findall(r'data-rule="(\w+)">([\d,]+)<', html)
    assert [rule for rule, _ in figures] == ["acts", "victims", "legal_cases", "political_prisoners"] * 2
    assert dict(figures[4:])["political_prisoners"] == "14"


def test_search_finds_a_person_by_a_cyrillic_spelling(colleague_client: Client, founding_article: Any) -> None:
    person = Person.objects.get(display_name="Maks Bokayev")
    html = colleague_client.get("/search/?q=Бокаев").content.decode()
    assert f'<a href="/persons/{person.pk}/">Maks Bokayev</a>' in html


def test_history_shows_the_differences_between_versions(colleague_client: Client, owner: Any) -> None:
    person = Person.objects.create(display_name="Before Name", confidentiality="green")
    person.display_name = "After Name"
    person.save()
    html = colleague_client.get(f"/history/person/{person.pk}/").content.decode()
    assert (
        '<td title="display_name">Name shown in lists</td><td><del>Before Name</del></td><td><ins>After Name</ins></td>'
        in html
    )


def test_search_finds_a_cyrillic_name_from_a_latin_spelling(colleague_client: Client, founding_article: Any) -> None:
    person = Person.objects.get(display_name="Askhat Zheksebayev")
    html = colleague_client.get("/search/?q=Zheksebaev").content.decode()
    assert f'<a href="/persons/{person.pk}/">Askhat Zheksebayev</a>' in html


def test_search_pages_through_many_results(colleague_client: Client) -> None:
    for n in range(25):
        Person.objects.create(display_name=f"Nurlanov {n}", confidentiality="green")
    first = colleague_client.get("/search/?q=Nurlanov").content.decode()
    second = colleague_client.get("/search/?q=Nurlanov&page=2").content.decode()
    found = [len(re.findall(r'<a href="/persons/\d+/">', page)) for page in (first, second)]
    links = ['href="?q=Nurlanov&amp;page=2"' in first, 'href="?q=Nurlanov&amp;page=1"' in second]
    assert (found, links, 'page=3"' in second) == ([20, 5], [True, True], False)


def test_search_answers_htmx_with_the_results_alone(colleague_client: Client, founding_article: Any) -> None:
    html = colleague_client.get("/search/?q=Bokayev", headers={"HX-Request": "true"}).content.decode()
    assert html.lstrip().startswith('<div id="results">') and '<nav class="navbar' not in html


def test_person_list_pages_in_alphabetical_order(colleague_client: Client) -> None:
    for n in range(60):
        Person.objects.create(display_name=f"Person {n:02d}", confidentiality="green")
    first = persons_found(colleague_client, "page=1")
    second = persons_found(colleague_client, "page=2")
    last = persons_found(colleague_client, "page=99")
    assert (first[:2], len(first), second) == (["Person 00", "Person 01"], 50, [f"Person {n}" for n in range(50, 60)])
    assert last == second


def test_search_says_when_nothing_is_found(colleague_client: Client, founding_article: Any) -> None:
    html = colleague_client.get("/search/?q=Nonexistentname").content.decode()
    assert ('id="no-results"' in html, 'class="list-group-item"' in html) == (True, False)
