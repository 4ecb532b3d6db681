"""Reconciliation: each reported figure beside Chronicle's own count for the same category and period."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from test_count_records import build_counting_records

from chronicle.records.models import ReportedStatistic, Source
from chronicle.stats.counting import Period
from chronicle.stats.reporting import reconcile
from chronicle.stats.reporting.categories import OwnMeasure, measure_for

PERIOD = Period(date(2020, 7, 30), date(2020, 9, 27))
FOUNDING_STRADDLING = (
    "A:agadil-family-pressure",
    "A:aspandiyarova-dametkan-house-arrest",
    "A:khasenov-daryn-harassment",
    "A:meirkhanova-amanbike-death",
    "A:nariman-zukhra-harassment",
    "A:nurusheva-alma-harassment",
    "A:onerkhan-nurbol-house-arrest",
    "A:orazov-serik-death",
    "A:semenova-harassment",
    "A:serikpekova-nazym-harassment",
    "A:shukeyeva-anna-harassment",
    "A:tuksikova-altynai-harassment",
    "A:zhanay-dana-harassment",
)


@pytest.mark.parametrize(
    ("category", "measure"),
    [
        ("persecution_cases", OwnMeasure("acts")),
        ("criminal_case", OwnMeasure("criminal_cases")),
        ("political_prisoner", OwnMeasure("political_prisoners")),
        ("house_arrest", OwnMeasure("acts", frozenset({"house_arrest"}))),
        ("death", OwnMeasure("acts", frozenset({"death_in_custody", "killing"}))),
        ("privacy", OwnMeasure("acts", frozenset({"search"}))),
        ("letters", None),
        ("signatories", None),
    ],
)
def test_each_category_maps_to_one_own_measure_or_none(category: str, measure: OwnMeasure | None) -> None:
    assert measure_for(category) == measure


def _by_figure(rows: list[Any]) -> dict[str, Any]:
    return {row.figure: row for row in rows}


def test_founding_article_figures_for_its_period_are_listed_in_order(founding_article: Any) -> None:
    assert [row.figure for row in reconcile(PERIOD)] == [
        "R:deaths-of-activists",
        "R:house-arrests-2020-10",
        "R:extremism-cases-in-letters",
        "R:new-criminal-cases-2020",
        "R:dck-koshe-cases-2020",
        "R:political-prisoners-2020-10",
        "R:persecution-cases-2020-07-30",
        "R:criminal-cases-2020-07-30",
    ]


def test_founding_article_persecution_figure_sits_beside_own_count(founding_article: Any) -> None:
    row = _by_figure(reconcile(PERIOD))["R:persecution-cases-2020-07-30"]
    assert (row.quantity, row.qualifier, row.coverage, row.measure) == (200, "more_than", "same period", "acts")
    assert row.author == "The monitoring cited in the MEPs' letters"
    assert row.own is not None
    assert (row.own.value, row.own.records, row.own.straddling, row.difference) == (0, (), FOUNDING_STRADDLING, -200)
    assert row.explanation == (
        "Chronicle counts 0 wholly inside 2020-07-30/2020-09-27 (difference -200); 13 more have dates that "
        "overlap the period and are not counted. The source reports more than 200 cases of political persecution."
    )


def test_founding_article_criminal_cases_figure_is_part_of_the_persecution_figure(founding_article: Any) -> None:
    row = _by_figure(reconcile(PERIOD))["R:criminal-cases-2020-07-30"]
    assert row.own is not None
    assert (row.quantity, row.part_of, row.measure, row.difference) == (
        39,
        "R:persecution-cases-2020-07-30",
        "criminal_cases",
        -39,
    )
    assert row.own.straddling == ("C:aspandiyarova-dametkan", "C:onerkhan-nurbol")


def test_figures_with_open_periods_are_counted_over_their_own_period(founding_article: Any) -> None:
    rows = _by_figure(reconcile(PERIOD))
    house_arrests, deaths = rows["R:house-arrests-2020-10"], rows["R:deaths-of-activists"]
    prisoners = rows["R:political-prisoners-2020-10"]
    assert house_arrests.own is not None and deaths.own is not None and prisoners.own is not None
    assert house_arrests.own.records == ("A:aspandiyarova-dametkan-house-arrest", "A:onerkhan-nurbol-house-arrest")
    assert house_arrests.difference == 0
    assert (deaths.own.records, deaths.own.straddling) == (
        ("A:agadil-death-in-custody",),
        ("A:meirkhanova-amanbike-death", "A:orazov-serik-death"),
    )
    assert (prisoners.own.value, prisoners.difference) == (14, -7)


def _figure(category: str, quantity: int, period: str = "2020-07-30/2020-09-27") -> ReportedStatistic:
    source, _ = Source.objects.get_or_create(uid="S:bulletin", defaults={"title": "Bulletin"})
    uid = f"R:{category}"
    return ReportedStatistic.objects.create(
        uid=uid, source=source, quantity=quantity, counted=category, category=category, period=period
    )


def test_own_count_of_an_act_type_lists_records_and_straddling(db: None) -> None:
    build_counting_records()
    _figure("detention", 4)
    (row,) = reconcile(PERIOD)
    assert row.own is not None
    assert (row.own.value, row.own.records, row.own.straddling) == (
        1,
        ("A:1-detention-alma",),
        ("A:3-detention-bolat",),
    )
    assert (row.difference, row.source_title, row.coverage) == (-3, "Bulletin", "same period")


def test_figure_without_counting_rule_stands_as_reported(db: None) -> None:
    _figure("letters", 2)
    (row,) = reconcile(PERIOD)
    assert (row.own, row.difference, row.measure) == (None, None, "")
    assert row.explanation == "Chronicle has no counting rule for this category; the figure stands as reported."


def test_reconciliation_respects_who_is_asking(db: None, colleague: Any, outsider: Any) -> None:
    build_counting_records()
    _figure("detention", 4)
    assert len(reconcile(PERIOD, user=colleague)) == 1
    assert reconcile(PERIOD, user=outsider) == []
