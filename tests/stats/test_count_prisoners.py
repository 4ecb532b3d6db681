"""Political prisoners on a day: certain claims counted, claims that may or may not be in force listed apart."""

from __future__ import annotations

import json
from datetime import date

import pytest

from chronicle.records.models import Organization, Person, StatusClaim
from chronicle.stats.counting import Period, count
from chronicle.stats.counting.loading import _articles

DAY = Period(date(2020, 1, 1), date(2020, 9, 15))


def _claim(name: str, recognised: str, ended: str = "", state: str = "current") -> None:
    person = Person.objects.create(uid=f"P:{name}", display_name=name.title())
    monitor, _ = Organization.objects.get_or_create(uid="O:monitor", defaults={"name": "Monitor"})
    StatusClaim.objects.create(
        uid=f"SC:{name}",
        person=person,
        status="political_prisoner",
        claimed_by=monitor,
        recognised_on=recognised,
        ended_on=ended,
        state=state,
    )


@pytest.fixture
def claims(db: None) -> None:
    _claim("certain", "2020-03-01")
    _claim("same-month", "2020-09")
    _claim("undated", "")
    _claim("released-before", "2019", ended="2020-06-01")
    _claim("released-that-month", "2019", ended="2020-09")
    _claim("later", "2020-10-01")
    _claim("withdrawn", "2019", state="withdrawn")


def test_only_claims_certainly_in_force_are_counted(claims: None) -> None:
    result = count("political_prisoners", DAY)
    assert (result.value, result.records) == (1, ("P:certain",))


def test_claims_that_may_be_in_force_are_listed_apart(claims: None) -> None:
    assert count("political_prisoners", DAY).straddling == ("P:released-that-month", "P:same-month", "P:undated")


def test_a_person_with_a_certain_and_an_uncertain_claim_is_counted_once(claims: None) -> None:
    person = Person.objects.get(uid="P:certain")
    StatusClaim.objects.create(
        uid="SC:certain-again",
        person=person,
        status="political_prisoner",
        claimed_by=Organization.objects.get(),
        recognised_on="",
    )
    result = count("political_prisoners", DAY)
    assert (result.value, result.records, "P:certain" in result.straddling) == (1, ("P:certain",), False)


@pytest.mark.parametrize(
    ("raw", "articles"),
    [
        (None, ()),
        ("[]", ()),
        ('["KZ-CC-2014:405"]', ("KZ-CC-2014:405",)),
        ('["KZ-CC-2014:405", "KZ-CC-2014:174", "KZ-CC-2014:405"]', ("KZ-CC-2014:405", "KZ-CC-2014:174")),
        (json.dumps(['a"b', "c"]), ('a"b', "c")),
        (["KZ-CC-2014:405"], ("KZ-CC-2014:405",)),
    ],
)
def test_articles_are_read_from_json_text_or_lists(raw: object, articles: tuple[str, ...]) -> None:
    assert _articles(raw) == articles
