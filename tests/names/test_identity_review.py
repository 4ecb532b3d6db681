"""Identities in the app: candidate pairs with explanations, reviewed decisions, merges that can be undone."""

from __future__ import annotations

from typing import Any

import pytest

from chronicle.names.domain.identity import identities, identity_of
from chronicle.names.domain.review_links import LinkDecisionError, decide, propose_links, undo_decision
from chronicle.names.models import Decision, PersonLink
from chronicle.records.models import Person

pytestmark = pytest.mark.django_db


def person(name: str, *spellings: str, birth: str = "") -> Person:
    record = Person.objects.create(display_name=name, birth_date=birth)
    for spelling in (name, *spellings):
        record.names.create(full_name=spelling)
    return record


def test_a_cyrillic_record_is_proposed_as_the_latin_one_with_an_explanation() -> None:
    latin = person("Maks Bokayev")
    cyrillic = person("Бокаев Макс")
    links = propose_links(cyrillic)
    assert [(link.person_a, link.person_b, link.decision) for link in links] == [(latin, cyrillic, "pending")]
    assert links[0].score > 0.5
    assert {f["field"] for f in links[0].explanation["fields"]} >= {"name"}


def test_brothers_with_different_given_names_are_not_proposed() -> None:
    person("Kenzhebek Abishev")
    assert propose_links(person("Aset Abishev")) == []


def test_namesakes_born_years_apart_are_not_proposed() -> None:
    person("Serik Orazov", birth="1961")
    assert propose_links(person("Serik Orazov", birth="1990")) == []


def test_proposing_again_keeps_the_decision(owner: Any) -> None:
    latin, cyrillic = person("Maks Bokayev"), person("Бокаев Макс")
    propose_links(cyrillic)
    decide(latin, cyrillic, "same", user=owner)
    propose_links(cyrillic)
    assert PersonLink.objects.get().decision == Decision.SAME


def test_an_identity_is_the_connected_component_of_same_decisions(owner: Any) -> None:
    a, b, c, d = person("Maks Bokayev"), person("Бокаев Макс"), person("Boqaev Maks"), person("Max Bokaev")
    decide(a, b, "same", user=owner)
    decide(c, b, "same", user=owner)
    decide(c, d, "different", user=owner)
    assert identity_of(a) == [a, b, c]
    clusters = identities()
    assert (clusters[a.pk], clusters[b.pk], clusters[c.pk], clusters[d.pk]) == (a.pk, a.pk, a.pk, d.pk)


def test_undoing_a_wrong_merge_splits_the_identity_and_keeps_every_record(owner: Any, reviewer: Any) -> None:
    a, b = person("Aset Abishev"), person("Асет Абишев")
    decide(a, b, "unsure", user=owner)
    link = decide(a, b, "same", user=reviewer)
    assert identity_of(a) == [a, b]
    undo_decision(link, user=reviewer)
    assert (identity_of(a), PersonLink.objects.get().decision, Person.objects.count()) == ([a], "unsure", 2)
    history = [(h.decision, h.history_user_id) for h in PersonLink.history.order_by("history_date", "history_id")]
    assert [decision for decision, _ in history] == ["unsure", "same", "unsure"]


def test_decisions_are_kept_with_who_and_when(owner: Any) -> None:
    link = decide(person("Dana Zhanay"), person("Жанай Дана"), "same", user=owner)
    assert (link.decided_by, link.decided_at is not None) == (owner, True)


def test_impossible_decisions_are_refused(owner: Any) -> None:
    a = person("Dana Zhanay")
    with pytest.raises(LinkDecisionError, match="itself"):
        decide(a, a, "same", user=owner)
    with pytest.raises(LinkDecisionError, match="unknown decision"):
        decide(a, person("Дана Жанай"), "maybe", user=owner)


def test_a_reviewer_decides_pairs_from_the_admin_queue(reviewer: Any, colleague: Any) -> None:
    from django.test import Client

    latin, cyrillic = person("Maks Bokayev"), person("Бокаев Макс")
    for p in (latin, cyrillic):
        p.confidentiality = "amber"
        p.save()
    link = propose_links(cyrillic)[0]
    viewer = Client()
    viewer.force_login(colleague)
    assert "Бокаев Макс" in viewer.get("/admin/names/personlink/").content.decode()
    viewer.post("/admin/names/personlink/", {"action": "mark_same", "_selected_action": [link.pk]})
    assert PersonLink.objects.get().decision == "pending"
    client = Client()
    client.force_login(reviewer)
    client.post("/admin/names/personlink/", {"action": "mark_same", "_selected_action": [link.pk]})
    assert identity_of(latin) == [latin, cyrillic]
    client.post("/admin/names/personlink/", {"action": "undo", "_selected_action": [link.pk]})
    assert (identity_of(latin), PersonLink.objects.get().decision) == ([latin], "pending")


def test_pairs_with_a_record_the_user_may_not_read_are_hidden(colleague: Any) -> None:
    from django.test import Client

    secret = person("Maks Bokayev")
    secret.confidentiality = "red"
    secret.save()
    propose_links(person("Бокаев Макс"))
    client = Client()
    client.force_login(colleague)
    assert "Бокаев" not in client.get("/admin/names/personlink/").content.decode()


def test_undo_steps_back_through_decisions_to_pending(owner: Any, reviewer: Any) -> None:
    a, b = person("Aset Abishev"), person("Асет Абишев")
    propose_links(b)
    decide(a, b, "same", user=owner)
    link = decide(a, b, "different", user=reviewer)
    assert undo_decision(link, user=reviewer).decision == "same"
    assert undo_decision(link, user=reviewer).decision == "pending"
    assert undo_decision(link, user=reviewer).decision == "pending"  # nothing left to undo
    decide(a, b, "unsure", user=reviewer)
    assert undo_decision(link, user=reviewer).decision == "pending"
    assert PersonLink.history.count() == 8  # the proposal, three decisions and four undos: every state kept


def test_a_viewer_sees_no_identity_through_a_record_they_may_not_read(owner: Any, colleague: Any) -> None:
    a, hidden, c = person("Maks Bokayev"), person("Бокаев Макс"), person("Boqaev Maks")
    hidden.confidentiality = "red"
    hidden.save()
    decide(a, hidden, "same", user=owner)
    decide(hidden, c, "same", user=owner)
    assert identity_of(a) == [a, hidden, c]
    assert identity_of(a, user=colleague) == [a]
    assert identities(colleague) == {a.pk: a.pk, c.pk: c.pk}
