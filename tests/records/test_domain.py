"""Questions the founding article answers, asked of the record."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from chronicle.records.domain.interventions import count_signatories, letters_citing
from chronicle.records.domain.prisoners import political_prisoners_on
from chronicle.records.domain.statistics import Coverage, figures_covering
from chronicle.records.models import Intervention, Organization, Person, StatusClaim

pytestmark = pytest.mark.django_db


def letter(uid: str) -> Intervention:
    return Intervention.objects.get(uid=uid)


def test_political_prisoners_on_the_letter_date_are_the_fourteen_named(founding_article: Any) -> None:
    prisoners = political_prisoners_on(date(2020, 10, 16))
    assert prisoners.count() == 14
    assert "Maks Bokayev" in {p.display_name for p in prisoners}


def test_nobody_was_yet_claimed_a_political_prisoner_before_the_letters(founding_article: Any) -> None:
    assert political_prisoners_on(date(2020, 10, 15)).count() == 0


def test_an_ended_status_no_longer_counts(founding_article: Any) -> None:
    claim = StatusClaim.objects.get(person__uid="P:bokayev-maks")
    claim.ended_on = "2021-02"
    claim.save()
    assert political_prisoners_on(date(2021, 1, 31)).filter(uid="P:bokayev-maks").exists() is True
    assert political_prisoners_on(date(2021, 3, 1)).filter(uid="P:bokayev-maks").exists() is False


def test_lists_can_be_asked_per_organisation(founding_article: Any) -> None:
    tirek = Organization.objects.create(uid="O:tirek", name="Tirek", kind="ngo")
    person = Person.objects.get(uid="P:onerkhan-nurbol")
    StatusClaim.objects.create(person=person, status="political_prisoner", claimed_by=tirek, recognised_on="2020-09")
    assert [p.display_name for p in political_prisoners_on(date(2020, 10, 1), claimed_by="O:tirek")] == [
        "Nurbol Onerkhan"
    ]


def test_letters_citing_a_prisoner_include_the_joint_letters_and_each_part(founding_article: Any) -> None:
    uids = sorted(i.uid for i in letters_citing(Person.objects.get(uid="P:bokayev-maks")))
    assert uids == ["I:mep-letter-santos", "I:mep-letter-scholz", "I:mep-letters-2020-10-16"]


def test_letters_citing_someone_never_cited_is_empty(founding_article: Any) -> None:
    assert list(letters_citing(Person.objects.get(uid="P:santos-isabel"))) == []


def test_the_two_letters_have_24_signatories_from_14_states(founding_article: Any) -> None:
    count = count_signatories([letter("I:mep-letters-2020-10-16")])
    assert (count.signatories, count.named_signatories, count.countries, count.named_countries) == (24, 6, 14, 5)
    assert count.basis == "24 signatories (stated; 6 named), 14 countries (stated; 5 named)"


def test_one_letter_combines_its_stated_count_with_its_named_signatories(founding_article: Any) -> None:
    count = count_signatories([letter("I:mep-letter-santos")])
    assert (count.signatories, count.named_signatories, count.stated_signatories, count.countries) == (8, 3, 8, 3)


def test_the_two_parts_together_sum_their_stated_counts(founding_article: Any) -> None:
    count = count_signatories([letter("I:mep-letter-santos"), letter("I:mep-letter-scholz")])
    assert (count.signatories, count.named_signatories, count.named_countries) == (24, 6, 5)


def test_a_letter_without_stated_count_counts_its_named_signatories(founding_article: Any) -> None:
    count = count_signatories([letter("I:ep-resolution-2019")])
    assert (count.signatories, count.stated_signatories) == (0, None)


def test_figures_for_the_monitoring_period_are_marked_by_coverage(founding_article: Any) -> None:
    figures = {f.statistic.uid: f.coverage for f in figures_covering(date(2020, 7, 30), date(2020, 9, 27))}
    assert figures["R:persecution-cases-2020-07-30"] == Coverage.SAME
    assert figures["R:criminal-cases-2020-07-30"] == Coverage.SAME
    assert figures["R:political-prisoners-2020-10"] == Coverage.OVERLAPS
    assert "R:mep-signatories" not in figures
    assert "R:torture-reports-per-year" not in figures


def test_a_reversed_period_is_refused() -> None:
    with pytest.raises(ValueError, match="ends"):
        figures_covering(date(2020, 9, 27), date(2020, 7, 30))


def test_signatories_hidden_from_a_reader_are_not_counted_by_name(founding_article: Any) -> None:
    from django.contrib.auth.models import AnonymousUser

    Person.objects.filter(uid="P:santos-isabel").update(confidentiality="red")
    count = count_signatories([letter("I:mep-letters-2020-10-16")], user=AnonymousUser())
    assert (count.named_signatories, count.signatories, count.named_countries) == (5, 24, 4)
