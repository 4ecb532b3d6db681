"""Counting rules: the period rule, straddling records kept apart, facets, distinct victims, scope and access."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from test_count_records import build_counting_records

from chronicle.stats.counting import (
    Count,
    CountingError,
    Period,
    PeriodError,
    Placement,
    ScopeError,
    count,
    count_by,
    scope_of,
)

PERIOD = Period(date(2020, 7, 30), date(2020, 9, 27))


@pytest.fixture
def records(db: None) -> dict[str, Any]:
    return build_counting_records()


@pytest.mark.parametrize(
    ("earliest", "latest", "placement"),
    [
        (date(2020, 7, 30), date(2020, 7, 30), Placement.INSIDE),
        (date(2020, 9, 27), date(2020, 9, 27), Placement.INSIDE),
        (date(2020, 8, 1), date(2020, 8, 31), Placement.INSIDE),
        (date(2020, 7, 1), date(2020, 7, 31), Placement.STRADDLING),
        (date(2020, 9, 1), date(2020, 9, 30), Placement.STRADDLING),
        (date(2020, 1, 1), date(2020, 12, 31), Placement.STRADDLING),
        (None, date(2020, 8, 1), Placement.STRADDLING),
        (date(2020, 8, 1), None, Placement.STRADDLING),
        (None, None, Placement.STRADDLING),
        (date(2020, 7, 1), date(2020, 7, 29), Placement.OUTSIDE),
        (date(2020, 9, 28), None, Placement.OUTSIDE),
        (None, date(2020, 7, 29), Placement.OUTSIDE),
    ],
)
def test_period_places_dates_wholly_inside_straddling_or_outside(
    earliest: date | None, latest: date | None, placement: Placement
) -> None:
    assert PERIOD.place(earliest, latest) == placement


def test_open_period_takes_open_dates_as_inside() -> None:
    until_letter = Period(None, date(2020, 10, 16))
    assert until_letter.place(None, date(2020, 10, 16)) == Placement.INSIDE
    assert until_letter.place(None, None) == Placement.STRADDLING
    assert until_letter.edtf() == "../2020-10-16"


def test_reversed_period_is_refused() -> None:
    with pytest.raises(PeriodError, match="ends"):
        Period(date(2020, 9, 27), date(2020, 7, 30))


def test_acts_count_only_dates_wholly_inside_and_list_straddling_apart(records: dict[str, Any]) -> None:
    result = count("acts", PERIOD)
    assert result == Count(
        rule="acts",
        definition=result.definition,
        value=3,
        records=("A:1-detention-alma", "A:2-search-alma", "A:5-harassment-unnamed"),
        straddling=("A:3-detention-bolat", "A:6-harassment-dana", "A:7-threat-bolat"),
    )
    assert result.definition.startswith("Acts (one act against one victim")


def test_victims_are_distinct_named_persons(records: dict[str, Any]) -> None:
    result = count("victims", PERIOD)
    assert (result.value, result.records, result.straddling) == (1, ("P:alma",), ("P:bolat", "P:dana"))


def test_unnamed_victims_are_summed_apart(records: dict[str, Any]) -> None:
    result = count("unnamed_victims", PERIOD)
    assert (result.value, result.records, result.straddling) == (3, ("A:5-harassment-unnamed",), ())


def test_legal_cases_count_by_opening_date(records: dict[str, Any]) -> None:
    cases = count("legal_cases", PERIOD)
    criminal = count("criminal_cases", PERIOD)
    assert (cases.value, cases.records, cases.straddling) == (2, ("C:alma", "C:bolat"), ("C:dana",))
    assert (criminal.value, criminal.records, criminal.straddling) == (1, ("C:alma",), ("C:dana",))


def _rows(rule: str, facet: str) -> list[tuple[str | None, int, tuple[str, ...], tuple[str, ...]]]:
    return [(c.key, c.value, c.records, c.straddling) for c in count_by(rule, facet, PERIOD).counts]


def test_acts_by_type_sum_to_the_total(records: dict[str, Any]) -> None:
    result = count_by("acts", "act_type", PERIOD)
    assert _rows("acts", "act_type") == [
        ("detention", 1, ("A:1-detention-alma",), ("A:3-detention-bolat",)),
        ("harassment", 1, ("A:5-harassment-unnamed",), ("A:6-harassment-dana",)),
        ("search", 1, ("A:2-search-alma",), ()),
        ("threat", 0, (), ("A:7-threat-bolat",)),
    ]
    assert (result.multi_valued, result.total()) == (False, 3)


def test_acts_by_region_fall_back_to_the_event_and_keep_unrecorded(records: dict[str, Any]) -> None:
    assert _rows("acts", "region") == [
        ("KZ-75", 2, ("A:1-detention-alma", "A:2-search-alma"), ("A:3-detention-bolat", "A:6-harassment-dana")),
        ("KZ-71", 1, ("A:5-harassment-unnamed",), ()),
        ("", 0, (), ("A:7-threat-bolat",)),
    ]


def test_multi_valued_facets_are_never_summed(records: dict[str, Any]) -> None:
    result = count_by("acts", "perpetrator_type", PERIOD)
    assert _rows("acts", "perpetrator_type") == [
        (
            "",
            2,
            ("A:2-search-alma", "A:5-harassment-unnamed"),
            ("A:3-detention-bolat", "A:6-harassment-dana", "A:7-threat-bolat"),
        ),
        ("national_security", 1, ("A:1-detention-alma",), ()),
        ("police", 1, ("A:1-detention-alma",), ()),
    ]
    assert (result.multi_valued, result.total()) == (True, None)


def test_legal_articles_join_the_act_and_its_case_charges(records: dict[str, Any]) -> None:
    assert _rows("acts", "legal_article")[:2] == [
        ("KZ-CC-2014:174", 1, ("A:2-search-alma",), ()),
        ("KZ-CC-2014:405", 1, ("A:1-detention-alma",), ()),
    ]
    assert _rows("legal_cases", "legal_article") == [
        ("KZ-CAO-2014:488", 1, ("C:bolat",), ()),
        ("KZ-CC-2014:405", 1, ("C:alma",), ()),
        ("", 0, (), ("C:dana",)),
    ]


def test_movement_comes_from_the_event_or_the_case(records: dict[str, Any]) -> None:
    assert _rows("acts", "movement") == [
        ("O:dck", 2, ("A:1-detention-alma", "A:2-search-alma"), ("A:3-detention-bolat", "A:6-harassment-dana")),
        ("", 1, ("A:5-harassment-unnamed",), ("A:7-threat-bolat",)),
    ]
    assert _rows("criminal_cases", "movement") == [("O:dck", 1, ("C:alma",), ()), ("", 0, (), ("C:dana",))]


def test_victims_by_type_count_a_person_under_each_type(records: dict[str, Any]) -> None:
    assert _rows("victims", "act_type") == [
        ("detention", 1, ("P:alma",), ("P:bolat",)),
        ("search", 1, ("P:alma",), ()),
        ("harassment", 0, (), ("P:dana",)),
        ("threat", 0, (), ("P:bolat",)),
    ]
    assert count_by("victims", "act_type", PERIOD).total() is None


def test_scope_restricts_to_a_region_or_an_article(records: dict[str, Any]) -> None:
    in_almaty = count("acts", PERIOD, scope=scope_of(region="Almaty"))
    under_405 = count("acts", PERIOD, scope=scope_of(article="KZ-CC-2014:405"))
    assert in_almaty.records == ("A:1-detention-alma", "A:2-search-alma")
    assert (under_405.records, under_405.straddling) == (("A:1-detention-alma",), ())


@pytest.mark.parametrize(("region", "article"), [("Atlantis", None), (None, "KZ-CC-2014:999")])
def test_unknown_region_or_article_is_refused(region: str | None, article: str | None) -> None:
    with pytest.raises(ScopeError, match="unknown"):
        scope_of(region=region, article=article)


def test_unknown_rule_or_facet_is_refused(records: dict[str, Any]) -> None:
    with pytest.raises(CountingError, match="unknown counting rule"):
        count("arrests", PERIOD)
    with pytest.raises(CountingError, match="cannot be broken down"):
        count_by("legal_cases", "perpetrator_type", PERIOD)


def test_counts_respect_who_is_asking(records: dict[str, Any], colleague: Any, outsider: Any) -> None:
    assert count("acts", PERIOD, user=colleague).value == 3
    assert count("acts", PERIOD, user=outsider).value == 0
    assert count("victims", PERIOD, user=outsider).straddling == ()


def test_founding_article_acts_in_its_period_all_straddle(founding_article: Any) -> None:
    result = count("acts", PERIOD)
    assert (result.value, len(result.straddling)) == (0, 13)
    assert "A:agadil-family-pressure" in result.straddling
    assert "A:agadil-death-in-custody" not in result.straddling


def test_political_prisoners_are_counted_on_the_last_day(founding_article: Any) -> None:
    before_letters = count("political_prisoners", PERIOD)
    on_letters = count("political_prisoners", Period(date(2020, 10, 1), date(2020, 10, 16)))
    assert (before_letters.value, before_letters.straddling) == (0, ())
    assert on_letters.value == 14


def test_a_victim_the_user_may_not_see_counts_as_unnamed(records: dict[str, Any], outsider: Any) -> None:
    from chronicle.records.models import Act, Event

    Event.objects.filter(uid="E:rally").update(published=True, confidentiality="clear")
    Act.objects.filter(uid="A:1-detention-alma").update(published=True, confidentiality="clear")
    assert count("victims", PERIOD, user=outsider).value == 0
    unnamed = count("unnamed_victims", PERIOD, user=outsider)
    assert (unnamed.value, unnamed.records) == (1, ("A:1-detention-alma",))
    assert "P:alma" not in count("victims", PERIOD, user=outsider).straddling


EDTF_CASES = (
    "2020-07-29",
    "2020-07-30",
    "2020-08",
    "2020-09-27",
    "2020-09-28",
    "2020-07",
    "2020-09",
    "2020",
    "202X",
    "../2020-07-29",
    "../2020-08-01",
    "2020-08-01/..",
    "2020-09-28/..",
    "2020-07-30/2020-09-27",
    "2020-07-29/2020-09-27",
    "",
)


def test_the_database_places_dates_as_the_period_rule_does(db: None) -> None:
    from chronicle.common.partial_date import parse_partial_date
    from chronicle.records.models import Act, Event

    event = Event.objects.create(uid="E:grid", title="Grid")
    for number, text in enumerate(EDTF_CASES):
        Act.objects.create(uid=f"A:{number:02d}", event=event, act_type="search", start=text)
    result = count("acts", PERIOD)
    placed = {uid: Placement.INSIDE for uid in result.records} | {
        uid: Placement.STRADDLING for uid in result.straddling
    }
    for number, text in enumerate(EDTF_CASES):
        parsed = parse_partial_date(text) if text else None
        expected = PERIOD.place(parsed.earliest if parsed else None, parsed.latest if parsed else None)
        assert placed.get(f"A:{number:02d}", Placement.OUTSIDE) == expected, text
