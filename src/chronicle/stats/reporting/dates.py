"""Report dates: strict parsing of the requested period, and dates written out in English and Russian."""

from __future__ import annotations

from datetime import date

from chronicle.stats.counting import Period

MONTHS = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "ru": (
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ),
}
LANGUAGES = ("en", "ru")


class ReportError(ValueError):
    """A report request that cannot be met: bad dates, unknown region or article, unknown language."""


def parse_day(text: str, what: str) -> date:
    """A full ISO day (YYYY-MM-DD); anything else is a ReportError naming the argument."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError as error:
        raise ReportError(f"{what} must be a day written YYYY-MM-DD, not {text!r}") from error


def period_of(start: str, end: str) -> Period:
    """The period [start, end] from two ISO days; reversed or malformed dates are a ReportError."""
    first, last = parse_day(start, "--from"), parse_day(end, "--to")
    if last < first:
        raise ReportError(f"the period is reversed: --to {last} is before --from {first}")
    return Period(first, last)


def day_in_words(day: date, language: str, *, year: bool = True) -> str:
    """'27 September 2020' or '27 сентября 2020 года'."""
    month = MONTHS[language][day.month - 1]
    if not year:
        return f"{day.day} {month}"
    return f"{day.day} {month} {day.year}" + (" года" if language == "ru" else "")


def period_in_words(period: Period, language: str) -> str:
    """'From 30 July to 27 September 2020' / 'С 30 июля по 27 сентября 2020 года'."""
    assert period.start is not None and period.end is not None
    same_year = period.start.year == period.end.year
    first = day_in_words(period.start, language, year=not same_year)
    last = day_in_words(period.end, language)
    return f"From {first} to {last}" if language == "en" else f"С {first} по {last}"
