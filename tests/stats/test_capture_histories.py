"""Capture histories from the record: lists of sources, identities not records, periods, visibility."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from django.contrib.auth.models import AnonymousUser

from chronicle.names.domain.review_links import decide
from chronicle.records.domain.sources import capture_source
from chronicle.records.interfaces.casefile.evidence import claim_uid
from chronicle.records.models import Act, Claim, Event, Person, Source
from chronicle.stats.capture import SourceList, capture_histories, estimate_from_sources
from chronicle.stats.estimation import CaptureError

pytestmark = pytest.mark.django_db


def source(text: str) -> Source:
    return capture_source(text=text)[0]


def documents(src: Source, subject: Any, quote: str) -> None:
    """An accepted claim of `src` about `subject` (the quote must occur in the source)."""
    start = src.text.index(quote)
    span = (start, start + len(quote))
    Claim.objects.create(
        uid=claim_uid(src, subject, "name", quote, span),
        source=src,
        subject=subject,
        field="name",
        value=quote,
        quote=quote,
        span_start=span[0],
        span_end=span[1],
    )


@pytest.fixture
def world() -> dict[str, Any]:
    """Three sources and four people; one person is recorded twice, in two scripts."""
    a = source("Monitor A: Aset Abishev, Dana Zhanay, Maks Bokayev detained.")
    b = source("Monitor B: Асет Абишев и Дана Жанай задержаны.")
    c = source("Press: Maks Bokayev and Ivan Petrov were detained.")
    people = {
        name: Person.objects.create(display_name=name)
        for name in ("Aset Abishev", "Асет Абишев", "Dana Zhanay", "Дана Жанай", "Maks Bokayev", "Ivan Petrov")
    }
    for src in (a, b, c):
        for name, person in people.items():
            if name in src.text:
                documents(src, person, name)
    return {"sources": (a, b, c), "people": people}


def lists(world: dict[str, Any]) -> list[SourceList]:
    return [SourceList(name, (src.uid,)) for name, src in zip(("A", "B", "press"), world["sources"], strict=True)]


def test_without_identities_each_record_is_its_own_individual(world: dict[str, Any]) -> None:
    patterns = sorted(capture_histories(lists(world)).values())
    assert patterns == [(0, 0, 1), (0, 1, 0), (0, 1, 0), (1, 0, 0), (1, 0, 0), (1, 0, 1)]


def test_reviewed_identities_join_spellings_into_one_individual(world: dict[str, Any], owner: Any) -> None:
    people = world["people"]
    decide(people["Aset Abishev"], people["Асет Абишев"], "same", user=owner)
    decide(people["Dana Zhanay"], people["Дана Жанай"], "same", user=owner)
    assert sorted(capture_histories(lists(world)).values()) == [(0, 0, 1), (1, 0, 1), (1, 1, 0), (1, 1, 0)]


def test_a_period_keeps_only_people_with_acts_wholly_inside_it(world: dict[str, Any]) -> None:
    event = Event.objects.create(title="Detentions")
    Act.objects.create(event=event, act_type="detention", victim=world["people"]["Maks Bokayev"], start="2020-09-01")
    Act.objects.create(event=event, act_type="detention", victim=world["people"]["Ivan Petrov"], start="2020-09")
    histories = capture_histories(lists(world), start=date(2020, 9, 1), end=date(2020, 9, 15))
    assert list(histories.values()) == [(1, 0, 1)]


def test_people_the_user_may_not_read_are_not_counted(world: dict[str, Any]) -> None:
    assert capture_histories(lists(world), user=AnonymousUser()) == {}


def test_estimate_refuses_lists_that_do_not_overlap(world: dict[str, Any]) -> None:
    with pytest.raises(CaptureError):
        estimate_from_sources(lists(world)[:2], method="loglinear")


def test_estimate_from_the_record_counts_everyone_observed_and_more() -> None:
    import random

    rng = random.Random(7)
    names = [f"Person{n:03d} Testov" for n in range(240)]
    patterns = {name: tuple(int(rng.random() < 0.45) for _ in range(3)) for name in names}
    observed = {name: p for name, p in patterns.items() if any(p)}
    texts = [" ".join(name for name, p in observed.items() if p[i]) + "." for i in range(3)]
    sources = [source(f"List {i}: {text}") for i, text in enumerate(texts)]
    for name, pattern in observed.items():
        person = Person.objects.create(display_name=name)
        for i, captured in enumerate(pattern):
            if captured:
                documents(sources[i], person, name)
    result = estimate_from_sources([SourceList(f"L{i}", (s.uid,)) for i, s in enumerate(sources)], method="loglinear")
    assert (result.observed, result.lists) == (len(observed), 3)
    assert result.ci95[0] <= 240 <= result.ci95[1]


def test_a_viewer_is_not_counted_through_a_secret_source_act_or_record(world: dict[str, Any], colleague: Any) -> None:
    """A viewer's estimate sees only what they may read: no RED source, act, or identity through a RED record."""
    a, _, press = world["sources"]
    people = world["people"]
    everyone = capture_histories(lists(world), user=colleague)
    press.confidentiality = "red"
    press.save()
    assert len(capture_histories(lists(world), user=colleague)) == len(everyone) - 1  # Ivan Petrov: press only
    press.confidentiality = "amber"
    press.save()
    event = Event.objects.create(title="Detention")
    secret_act = Act.objects.create(
        event=event, act_type="detention", victim=people["Ivan Petrov"], start="2020-09-01", confidentiality="red"
    )
    documents(a, secret_act, "detained")
    assert sorted(capture_histories(lists(world), user=colleague).values()) == sorted(everyone.values())
    assert (1, 0, 1) in capture_histories(lists(world)).values()  # without a user, the act puts him on A


def test_identities_are_not_joined_through_a_record_the_viewer_may_not_read(
    world: dict[str, Any], owner: Any, colleague: Any
) -> None:
    people = world["people"]
    hidden = Person.objects.create(display_name="Abishev Aset", confidentiality="red")
    decide(people["Aset Abishev"], hidden, "same", user=owner)
    decide(hidden, people["Асет Абишев"], "same", user=owner)
    assert len(capture_histories(lists(world))) == 5  # the two spellings are one individual
    assert len(capture_histories(lists(world), user=colleague)) == 6  # the viewer cannot see why
