"""Date expressions resolved against the publication date."""

from __future__ import annotations

from datetime import date

import pytest

from chronicle.ingest.extraction.dates import find_dates, latest_date

PUBLISHED = date(2020, 10, 16)


@pytest.mark.parametrize(
    ("text", "kind", "first", "last"),
    [
        ("From 30 July to 27 September 2020, monitors", "range", "2020-07-30", "2020-09-27"),
        ("On October 16, 2020, two letters", "day", "2020-10-16", "2020-10-16"),
        ("in February 2020 he died", "month", "2020-02", "2020-02"),
        ("Since May 2020, the number", "since", "2020-05-01", "2020-10-16"),
        ("since 2018 at least", "since", "2018", "2020-10-16"),
        ("now with 70 new cases", "now", None, "2020-10-16"),
        ("с 9 по 12 августа 2020 года", "range", "2020-08-09", "2020-08-12"),
        ("8 сентября альянс обновил список", "day", "2020-09-08", "2020-09-08"),
        ("В декабре не менее 750", "month", "2019-12", "2019-12"),
        ("From February 2018 to October 2019, more", "range", "2018-02", "2019-10-31"),
        ("волнения в Нукусе 1-2 июля 2022 года", "range", "2022-07-01", "2022-07-02"),
        ("Over the last year, prosecutors", "past_year", "2019-10-16", "2020-10-16"),
        ("last year the court", "last_year", "2019", "2019"),
        ("на данный момент", "now", None, "2020-10-16"),
        ("In 2019 the list", "year", "2019", "2019"),
    ],
)
def test_date_expressions_resolve_against_the_publication_date(
    text: str, kind: str, first: str | None, last: str | None
) -> None:
    [mention] = find_dates(text, PUBLISHED)
    assert (mention.kind, mention.first, mention.last) == (kind, first, last)


def test_every_year_is_a_rate_without_a_period() -> None:
    [mention] = find_dates("every year, the coalition registers", PUBLISHED)
    assert (mention.kind, mention.first, mention.last) == ("every_year", None, None)


def test_a_day_without_a_year_and_without_a_reference_stays_unresolved() -> None:
    [mention] = find_dates("12 июня тысячи людей вышли", None)
    assert (mention.kind, mention.first, mention.last) == ("day", None, None)


def test_a_month_later_than_the_publication_date_belongs_to_the_year_before() -> None:
    [mention] = find_dates("in November the court", date(2021, 3, 1))
    assert mention.first == "2020-11"


def test_latest_date_is_the_end_of_the_latest_stated_period() -> None:
    mentions = find_dates("From 1 to 3 May 2021 and in June 2021.", None)
    assert latest_date(mentions) == date(2021, 6, 30)


def test_since_with_a_day_starts_on_that_day() -> None:
    [mention] = find_dates("on a hunger strike since May 14.", date(2018, 8, 1))
    assert (mention.kind, mention.first, mention.last) == ("since", "2018-05-14", "2018-08-01")
