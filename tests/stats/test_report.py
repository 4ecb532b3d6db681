"""The period report: own sentences in English and Russian, others' figures apart, prisoners, sections."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from test_count_records import build_counting_records

from chronicle.stats.counting import Period, scope_of
from chronicle.stats.reporting import ReportError, build_report, period_of
from chronicle.stats.reporting.dates import period_in_words
from chronicle.stats.reporting.plural import russian_form

PERIOD = Period(date(2020, 7, 30), date(2020, 9, 27))


@pytest.fixture
def records(db: None) -> dict[str, Any]:
    return build_counting_records()


def test_sentences_in_english_use_only_own_counts(records: dict[str, Any]) -> None:
    assert build_report(PERIOD).sentences == (
        "From 30 July to 27 September 2020, 3 cases of political persecution were registered, "
        "including 1 criminal case.",
        "They affected 1 named person and at least 3 unnamed persons.",
        "2 legal cases (of any kind) were opened in the period.",
        "A further 3 acts have dates that overlap the period without falling wholly inside it; they are listed "
        "apart and not counted.",
        "On 27 September 2020, 0 persons were held to be political prisoners.",
    )


def test_sentences_in_russian(records: dict[str, Any]) -> None:
    assert build_report(PERIOD, language="ru").sentences == (
        "С 30 июля по 27 сентября 2020 года зарегистрировано 3 случая политического преследования, "
        "в том числе 1 уголовное дело.",
        "Пострадавших, известных по имени: 1; неназванных — не менее 3.",
        "Юридических дел всех видов, возбуждённых в этот период: 2.",
        "Актов, даты которых пересекают границы периода, но не лежат в нём целиком: 3; они перечислены "
        "отдельно и не учтены.",
        "На 27 сентября 2020 года политическими заключёнными признаны: 0 чел.",
    )


@pytest.mark.parametrize(
    ("number", "form"),
    [
        (1, "дело"),
        (2, "дела"),
        (4, "дела"),
        (5, "дел"),
        (11, "дел"),
        (12, "дел"),
        (21, "дело"),
        (22, "дела"),
        (111, "дел"),
    ],
)
def test_russian_plural_forms(number: int, form: str) -> None:
    assert russian_form(number, "дело", "дела", "дел") == form


@pytest.mark.parametrize(
    ("start", "end", "language", "words"),
    [
        ("2020-07-30", "2020-09-27", "en", "From 30 July to 27 September 2020"),
        ("2019-12-30", "2020-01-02", "en", "From 30 December 2019 to 2 January 2020"),
        ("2019-12-30", "2020-01-02", "ru", "С 30 декабря 2019 года по 2 января 2020 года"),
    ],
)
def test_period_in_words(start: str, end: str, language: str, words: str) -> None:
    assert period_in_words(period_of(start, end), language) == words


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        ("2020-09-27", "2020-07-30", "reversed"),
        ("2020-07", "2020-09-27", "--from must be a day"),
        ("2020-07-30", "27.09.2020", "--to must be a day"),
        ("2020-02-30", "2020-09-27", "--from must be a day"),
    ],
)
def test_bad_dates_are_refused(start: str, end: str, message: str) -> None:
    with pytest.raises(ReportError, match=message):
        period_of(start, end)


def test_unknown_language_is_refused(db: None) -> None:
    with pytest.raises(ReportError, match="unknown language"):
        build_report(PERIOD, language="kk")


def test_sections_label_rows_and_do_not_sum_multi_valued_facets(records: dict[str, Any]) -> None:
    sections = {(s.breakdown.rule, s.breakdown.facet): s for s in build_report(PERIOD).sections}
    by_type = sections["acts", "act_type"]
    by_movement = sections["acts", "movement"]
    assert [(line.label, line.count.value) for line in by_type.lines] == [
        ("Detention", 1),
        ("Harassment", 1),
        ("Search", 1),
        ("Threats", 0),
    ]
    assert by_type.total == 3
    assert [(line.label, line.count.value) for line in by_movement.lines] == [
        ("Democratic Choice of Kazakhstan", 2),
        ("not recorded", 1),
    ]
    assert by_movement.total is None


def test_russian_labels_come_from_the_vocabularies(records: dict[str, Any]) -> None:
    sections = {(s.breakdown.rule, s.breakdown.facet): s for s in build_report(PERIOD, language="ru").sections}
    assert [line.label for line in sections["acts", "region"].lines] == ["Алматы", "Астана", "не указано"]


def test_scope_restricts_every_count(records: dict[str, Any]) -> None:
    report = build_report(PERIOD, scope=scope_of(region="KZ-71"))
    assert {name: count.value for name, count in report.counts.items()} == {
        "acts": 1,
        "victims": 0,
        "unnamed_victims": 3,
        "legal_cases": 0,
        "criminal_cases": 0,
        "political_prisoners": 0,
    }


def test_founding_article_report_keeps_reported_figures_apart_from_own_counts(founding_article: Any) -> None:
    report = build_report(PERIOD)
    assert report.sentences[0] == (
        "From 30 July to 27 September 2020, 0 cases of political persecution were registered, "
        "including 0 criminal cases."
    )
    monitoring = [sentence for sentence in report.reported if sentence.startswith("The monitoring")]
    assert monitoring == [
        "The monitoring cited in the MEPs' letters reported: more than 200 cases of political persecution "
        "(2020-07-30/2020-09-27).",
        "The monitoring cited in the MEPs' letters reported: 39 criminal cases initiated against activists "
        "who paid tribute to Dulat Agadil (2020-07-30/2020-09-27).",
    ]
    assert not any("200" in sentence for sentence in report.sentences)


def test_political_prisoner_list_is_as_of_the_last_day(founding_article: Any) -> None:
    report = build_report(Period(date(2020, 10, 1), date(2020, 10, 16)))
    assert len(report.prisoners) == 14
    assert report.prisoners[0].name == "Abai Begimbetov"
    assert report.prisoners[0].claimed_by == ("Two letters of 24 MEPs to President Tokayev",)
    names = [p.name for p in report.prisoners]
    assert names == sorted(names)
    assert build_report(PERIOD).prisoners == ()


def test_outsider_sees_only_published_records(records: dict[str, Any], outsider: Any) -> None:
    report = build_report(PERIOD, user=outsider)
    assert {count.value for count in report.counts.values()} == {0}
    assert report.reconciliation == ()
