"""Partial dates: bounds, precision, and the period rule."""

from __future__ import annotations

from datetime import date

import pytest

from chronicle.common.partial_date import PartialDateError, Precision, parse_partial_date

CASES = [
    ("2020", date(2020, 1, 1), date(2020, 12, 31), Precision.YEAR),
    ("2020-02", date(2020, 2, 1), date(2020, 2, 29), Precision.MONTH),
    ("2021-02", date(2021, 2, 1), date(2021, 2, 28), Precision.MONTH),
    ("2020-09-27", date(2020, 9, 27), date(2020, 9, 27), Precision.DAY),
    ("202X", date(2020, 1, 1), date(2029, 12, 31), Precision.DECADE),
    ("2020-07-30/2020-09-27", date(2020, 7, 30), date(2020, 9, 27), Precision.RANGE),
    ("../2020-05-19", None, date(2020, 5, 19), Precision.RANGE),
    ("2020-05/..", date(2020, 5, 1), None, Precision.RANGE),
]


@pytest.mark.parametrize(("text", "earliest", "latest", "precision"), CASES)
def test_partial_date_has_bounds_and_precision(text: str, earliest: date, latest: date, precision: Precision) -> None:
    parsed = parse_partial_date(text)
    assert (parsed.earliest, parsed.latest, parsed.precision) == (earliest, latest, precision)


def test_qualifiers_mark_approximate_and_uncertain() -> None:
    assert (parse_partial_date("2020-06-05~").approximate, parse_partial_date("2020-06-05~").uncertain) == (True, False)
    assert (parse_partial_date("2020?").approximate, parse_partial_date("2020?").uncertain) == (False, True)
    assert (parse_partial_date("2020%").approximate, parse_partial_date("2020%").uncertain) == (True, True)


@pytest.mark.parametrize("text", ["", "20", "2020-13", "2020-02-30", "2020/2019", "../..", "July 2020", "202X-05"])
def test_malformed_dates_are_refused_with_reason(text: str) -> None:
    with pytest.raises(PartialDateError):
        parse_partial_date(text)


def test_a_month_counts_in_a_period_only_when_wholly_inside() -> None:
    september = parse_partial_date("2020-09")
    assert september.within(date(2020, 7, 30), date(2020, 9, 30)) is True
    assert september.within(date(2020, 7, 30), date(2020, 9, 27)) is False
    assert september.overlaps(date(2020, 7, 30), date(2020, 9, 27)) is True


def test_open_range_never_counts_as_within() -> None:
    assert parse_partial_date("../2020-09-01").within(date(2020, 1, 1), date(2020, 12, 31)) is False
