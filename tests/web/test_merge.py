"""Merge review: the queue of candidate pairs, the pair side by side, same / different / unsure and undo."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from chronicle.names.domain.review_links import propose_links
from chronicle.names.models import PersonLink
from chronicle.records.models import Act, Claim, Event, Person, PersonalDetail, PersonName, Source
from tests.web.conftest import XSS, logged_in
from tests.web.test_xss import ESCAPED, assert_escaped

pytestmark = pytest.mark.django_db


def person(name: str, *spellings: str, level: str = "green", **fields: Any) -> Person:
    record = Person.objects.create(display_name=name, confidentiality=level, **fields)
    for spelling in (name, *spellings):
        PersonName.objects.create(person=record, full_name=spelling, script="Cyrl" if spelling[0] > "z" else "Latn")
    return record


def link(first: Person, second: Person, **fields: Any) -> PersonLink:
    """A stored pair (the lower id first, as the table requires)."""
    a, b = sorted((first, second), key=lambda p: p.pk)
    return PersonLink.objects.create(person_a=a, person_b=b, **fields)


@pytest.fixture
def pair() -> PersonLink:
    """Maks Bokayev on file twice, in Latin and in Cyrillic, proposed as a candidate pair."""
    latin = person("Maks Bokayev", birth_date="1973", region="atyrau")
    cyrillic = person("Макс Бокаев", "Бокаев Макс", birth_date="1973")
    source = Source.objects.create(title="Press report", text="Макс Бокаев задержан.", sha256="b" * 64)
    Source.objects.filter(pk=source.pk).update(confidentiality="green")
    Claim.objects.create(
        uid="claim-bokaev", source=source, subject=cyrillic, field="name", value="Макс Бокаев", quote="Макс Бокаев",
        span_start=0, span_end=11,
    )  # fmt: skip
    event = Event.objects.create(title="Atyrau protest", start="2016-05", confidentiality="green")
    Act.objects.create(event=event, act_type="detention", victim=latin, start="2016-05-17", confidentiality="green")
    PersonalDetail.objects.create(person=latin, kind="health", value="Hepatitis C", confidentiality="amber")
    (link,) = propose_links(cyrillic)
    return link


def test_queue_lists_waiting_pairs_highest_score_first(colleague_client: Client, pair: PersonLink) -> None:
    weak = PersonLink.objects.create(
        person_a=person("Aigerim Sultanbekova"), person_b=person("Aigerim Sultanova"), score=0.31
    )
    html = colleague_client.get("/merge/").content.decode()
    assert (html.index(f'data-link="{pair.pk}"') < html.index(f'data-link="{weak.pk}"'), pair.score > 0.31) == (
        True,
        True,
    )
    assert "2 candidate pairs waiting for a decision." in html


def test_queue_filters_by_name_score_and_decision(colleague_client: Client, pair: PersonLink) -> None:
    PersonLink.objects.create(person_a=person("Aigerim Sultanbekova"), person_b=person("Aigerim Sultanova"), score=0.3)

    def shown(query: str) -> int:
        return colleague_client.get("/merge/?" + query).content.decode().count("data-link=")

    assert [shown("q=Бокаев"), shown("q=Sultan"), shown("min_score=0.5"), shown("state=same"), shown("")] == [
        1,
        1,
        1,
        0,
        2,
    ]


def test_pair_page_shows_both_records_and_explains_the_score(colleague_client: Client, pair: PersonLink) -> None:
    html = colleague_client.get(f"/merge/{pair.pk}/").content.decode()
    for text in ["Maks Bokayev", "Бокаев Макс", "Atyrau protest", "Hepatitis C", "Press report", "birth year equal"]:
        assert text in html, text
    assert f"{pair.score:.3f}" in html
    assert 'id="decide-form"' not in html  # a viewer reads, only reviewers decide


def test_reviewer_decides_same_and_the_person_page_shows_the_identity(
    reviewer: Any, reviewer_client: Client, pair: PersonLink
) -> None:
    response = reviewer_client.post(f"/merge/{pair.pk}/decide/", {"decision": "same", "note": "same birth year"})
    pair.refresh_from_db()
    assert (response.status_code, pair.decision, pair.decided_by, pair.note) == (
        302,
        "same",
        reviewer,
        "same birth year",
    )
    html = reviewer_client.get(f"/persons/{pair.person_a_id}/").content.decode()
    identity = html[html.index('id="identity"') :]
    assert f'href="/persons/{pair.person_b_id}/"' in identity[: identity.index("</section>")]
    assert f"/merge/?person={pair.person_a_id}&amp;state=all" in identity


def test_reviewer_undoes_a_decision(reviewer_client: Client, pair: PersonLink) -> None:
    reviewer_client.post(f"/merge/{pair.pk}/decide/", {"decision": "same"})
    reviewer_client.post(f"/merge/{pair.pk}/undo/")
    pair.refresh_from_db()
    assert pair.decision == "pending"
    assert (
        f'href="/persons/{pair.person_b_id}/"'
        not in reviewer_client.get(f"/persons/{pair.person_a_id}/").content.decode()
    )
    reviewer_client.post(f"/merge/{pair.pk}/decide/", {"decision": "same"})
    reviewer_client.post(f"/merge/{pair.pk}/decide/", {"decision": "different"})
    reviewer_client.post(f"/merge/{pair.pk}/undo/")
    pair.refresh_from_db()
    assert pair.decision == "same"
    reviewer_client.post(f"/merge/{pair.pk}/undo/")
    pair.refresh_from_db()
    assert pair.decision == "pending"  # undo steps back through the decisions, not between the last two
    html = reviewer_client.get(f"/merge/{pair.pk}/").content.decode()
    history = html[html.index('id="pair-history"') :]
    assert history.count("<tr><td>") == 7  # proposed, same, undone, same, different, undone, undone: all kept


def test_an_unknown_decision_is_refused(reviewer_client: Client, pair: PersonLink) -> None:
    response = reviewer_client.post(f"/merge/{pair.pk}/decide/", {"decision": "merge"})
    pair.refresh_from_db()
    assert (response.status_code, pair.decision) == (400, "pending")


@pytest.mark.parametrize("action", ["decide", "undo"])
def test_viewers_and_editors_cannot_decide(
    colleague_client: Client, owner_client: Client, pair: PersonLink, action: str
) -> None:
    codes = [
        c.post(f"/merge/{pair.pk}/{action}/", {"decision": "same"}).status_code
        for c in (colleague_client, owner_client)
    ]
    pair.refresh_from_db()
    assert (codes, pair.decision) == ([404, 404], "pending")


def test_anonymous_visitors_log_in_and_roleless_accounts_get_404(
    client: Client, outsider_client: Client, pair: PersonLink
) -> None:
    urls = ["/merge/", f"/merge/{pair.pk}/"]
    assert [client.get(url)["Location"].split("?")[0] for url in urls] == ["/login/", "/login/"]
    assert [outsider_client.get(url).status_code for url in urls] == [404, 404]
    posts = [f"/merge/{pair.pk}/decide/", f"/merge/{pair.pk}/undo/", f"/merge/persons/{pair.person_a_id}/propose/"]
    assert [outsider_client.post(url, {"decision": "same"}).status_code for url in posts] == [404, 404, 404]
    pair.refresh_from_db()
    assert pair.decision == "pending"


def test_a_pair_with_a_record_the_user_may_not_read_does_not_exist_for_them(
    owner: Any, colleague_client: Client, reviewer_client: Client, red_person: Person, pair: PersonLink
) -> None:
    hidden = link(pair.person_a, red_person, score=0.9)
    assert [colleague_client.get(f"/merge/{hidden.pk}/").status_code] == [404]
    assert reviewer_client.post(f"/merge/{hidden.pk}/decide/", {"decision": "same"}).status_code == 404
    queue = colleague_client.get("/merge/?state=all").content.decode()
    assert (f'data-link="{hidden.pk}"' in queue, "Secret Witness" in queue) == (False, False)
    hidden.decision = "same"
    hidden.save()
    page = colleague_client.get(f"/persons/{pair.person_a_id}/").content.decode()
    assert "Secret Witness" not in page
    assert "Secret Witness" in logged_in(owner).get(f"/merge/{hidden.pk}/").content.decode()


def test_every_post_needs_the_csrf_token(reviewer: Any, pair: PersonLink) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(reviewer)
    urls = [f"/merge/{pair.pk}/decide/", f"/merge/{pair.pk}/undo/", f"/merge/persons/{pair.person_a_id}/propose/"]
    assert [client.post(url, {"decision": "same"}).status_code for url in urls] == [403, 403, 403]
    token = str(client.get(f"/merge/{pair.pk}/").context["csrf_token"])
    response = client.post(f"/merge/{pair.pk}/decide/", {"decision": "same", "csrfmiddlewaretoken": token})
    pair.refresh_from_db()
    assert (response.status_code, pair.decision) == (302, "same")


def test_an_editor_looks_for_other_records_of_a_person(owner_client: Client, colleague_client: Client) -> None:
    first = person("Askhat Zheksebayev", birth_date="1971")
    second = person("Асхат Жексебаев", birth_date="1971")
    assert colleague_client.post(f"/merge/persons/{first.pk}/propose/").status_code == 404
    response = owner_client.post(f"/merge/persons/{first.pk}/propose/")
    assert (response.status_code, response["Location"]) == (302, f"/merge/?person={first.pk}&state=all")
    assert list(PersonLink.objects.values_list("person_a_id", "person_b_id")) == [(first.pk, second.pk)]


def test_a_human_link_without_a_stored_score_is_compared_on_the_page(colleague_client: Client) -> None:
    link = PersonLink.objects.create(
        person_a=person("Yerlan Bokayev"), person_b=person("Ермек Бокаев"), score=0.0, method="human"
    )
    html = colleague_client.get(f"/merge/{link.pk}/").content.decode()
    assert ("compared now" in html, "different given names" in html) == (True, True)


def test_names_with_script_payloads_render_escaped(reviewer_client: Client, hostile: dict[str, Any]) -> None:
    other = person(XSS + " 3", XSS + " 4")
    link = PersonLink.objects.create(person_a=hostile["person"], person_b=other, score=0.5, note=XSS)
    reviewer_client.post(f"/merge/{link.pk}/decide/", {"decision": "same", "note": XSS})
    for url in ["/merge/?state=all", f"/merge/{link.pk}/", f"/persons/{other.pk}/"]:
        html = reviewer_client.get(url).content.decode()
        assert_escaped(html)
        assert ESCAPED in html, url


def test_dashboard_and_navigation_link_the_queue_with_the_count(colleague_client: Client, pair: PersonLink) -> None:
    html = colleague_client.get("/").content.decode()
    assert ('href="/merge/">1 pair waiting for a decision' in html, html.count('href="/merge/"')) == (True, 2)


def test_queue_queries_do_not_grow_with_the_pairs(colleague_client: Client, django_assert_max_num_queries: Any) -> None:
    for n in range(30):
        PersonLink.objects.create(person_a=person(f"Person {n}"), person_b=person(f"Персона {n}"), score=n / 30)
    colleague_client.get("/merge/")
    with django_assert_max_num_queries(10):
        assert colleague_client.get("/merge/").status_code == 200


def test_pair_and_person_pages_query_a_fixed_number_of_times(
    reviewer: Any, colleague_client: Client, pair: PersonLink, django_assert_max_num_queries: Any
) -> None:
    event = Event.objects.create(title="Many", start="2020", confidentiality="green")
    for n in range(20):
        Act.objects.create(event=event, act_type="detention", victim=pair.person_a, confidentiality="green")
        other = person(f"Бокаев {n}")
        PersonLink.objects.create(person_a=pair.person_a, person_b=other, score=0.5, decision="same")
    colleague_client.get(f"/merge/{pair.pk}/")
    with django_assert_max_num_queries(25):
        assert colleague_client.get(f"/merge/{pair.pk}/").status_code == 200
    with django_assert_max_num_queries(45):
        html = colleague_client.get(f"/persons/{pair.person_a_id}/").content.decode()
    identity = html[html.index('id="identity"') :]
    assert identity[: identity.index("</section>")].count('href="/persons/') == 20
