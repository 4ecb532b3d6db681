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
        ("Since May 2020, the number", "since", "2020-05", "2020-10-16"),
        ("since 2018 at least", "since", "2018", "2020-10-16"),
        ("now with 70 new cases", "now", None, "2020-10-16"),
        ("с 9 по 12 августа 2020 года", "range", "2020-08-09", "2020-08-12"),
        ("8 сентября альянс обновил список", "day", "2020-09-08", "2020-09-08"),
        ("В декабре не менее 750", "month", "2019-12", "2019-12"),
        ("From February 2018 to October 2019, more", "range", "2018-02", "2019-10-31"),
        ("волнения в Нукусе 1-2 июля 2022 года", "range", "2022-07-01", "2022-07-02"),
        ("Итоги недели (28.09–04.10): 11 задержаний", "range", "2020-09-28", "2020-10-04"),
        ("01.10, 09:12 Обыск у активиста", "day", "2020-10-01", "2020-10-01"),
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


# PUBLISHED (16 October 2020) is a Friday.
@pytest.mark.parametrize(
    ("text", "kind", "first", "last"),
    [
        ("The court on Tuesday upheld the verdict", "weekday", "2020-10-13", "2020-10-13"),
        ("Police detained him on Friday", "weekday", "2020-10-16", "2020-10-16"),
        ("В среду суд отклонил жалобу", "weekday", "2020-10-14", "2020-10-14"),
        ("with 12 arrests at the end of August", "month_end", None, "2020-08-31"),
        ("по состоянию на конец сентября под стражей", "month_end", None, "2020-09-30"),
        ("Over the past month, police questioned", "past_months", "2020-09-16", "2020-10-16"),
        ("за последние три месяца задержаны", "past_months", "2020-07-16", "2020-10-16"),
        ("last month the court", "last_month", "2020-09", "2020-09"),
        ("в прошлом месяце его осудили", "last_month", "2020-09", "2020-09"),
        ("in the first six months of the year", "first_months", "2020-01-01", "2020-06-30"),
        ("за девять месяцев 2019 года", "first_months", "2019-01-01", "2019-09-30"),
        ("in the second quarter of 2019", "quarter", "2019-04-01", "2019-06-30"),
        ("за третий квартал текущего года", "quarter", "2020-07-01", "2020-09-30"),
        ("с начала года возбуждено", "this_year", "2020-01-01", "2020-10-16"),
        ("Yesterday police detained him", "yesterday", "2020-10-15", "2020-10-15"),
        ("Вчера вечером его задержали", "yesterday", "2020-10-15", "2020-10-15"),
        ("Позавчера у него прошел обыск", "yesterday", "2020-10-14", "2020-10-14"),
        ("he was detained last night", "yesterday", "2020-10-15", "2020-10-15"),
        ("Сегодня утром силовики пришли с обысками", "today", "2020-10-16", "2020-10-16"),
        ("Police searched his flat this morning", "today", "2020-10-16", "2020-10-16"),
        ("22 were detained over the weekend", "weekend", "2020-10-10", "2020-10-11"),
        ("за весь первый квартал прошлого года", "quarter", "2019-01-01", "2019-03-31"),
        ("in the second half of last year", "half", "2019-07-01", "2019-12-31"),
        ("на выходных задержаны 40 человек", "weekend", "2020-10-10", "2020-10-11"),
        ("Since Monday, police have detained 11", "since_weekday", "2020-10-12", "2020-10-16"),
        ("со вторника задержаны 11 человек", "since_weekday", "2020-10-13", "2020-10-16"),
    ],
)
def test_relative_expressions_resolve_against_the_publication_date(
    text: str, kind: str, first: str | None, last: str | None
) -> None:
    [mention] = find_dates(text, PUBLISHED)
    assert (mention.kind, mention.first, mention.last) == (kind, first, last)


@pytest.mark.parametrize(
    ("text", "kind", "first", "last"),
    [
        ("Detained on 3 March, she was charged two days later.", "days_later", "2020-03-05", "2020-03-05"),
        ("Его задержали 30 июня, а через три дня арестовали.", "days_later", "2020-07-03", "2020-07-03"),
        (
            "At the end of May we counted 40; during the same period last year, 25.",
            "same_period_last_year",
            None,
            "2019-05-31",
        ),
        (
            "С 1 по 10 мая задержаны 30 человек; за аналогичный период прошлого года – 12.",
            "same_period_last_year",
            "2019-05-01",
            "2019-05-10",
        ),
        ("The party was banned in 2017 and its leader arrested the following year.", "following_year", "2018", "2018"),
        ("In March 2020, 14 searches; in the same month, two arrests.", "same_period", "2020-03", "2020-03"),
        (
            "As of 1 June 2020, 80 prisoners; over the previous twelve months, 300 convictions.",
            "previous_months",
            "2019-06-01",
            "2020-06-01",
        ),
    ],
)
def test_anaphoric_expressions_take_the_date_stated_before_them(
    text: str, kind: str, first: str | None, last: str | None
) -> None:
    mention = find_dates(text, PUBLISHED)[-1]
    assert (mention.kind, mention.first, mention.last) == (kind, first, last)


def test_anaphoric_expression_without_a_date_before_it_is_dropped() -> None:
    assert find_dates("Two days later he was released.", PUBLISHED) == []


def test_the_same_month_takes_the_last_date_within_one_month() -> None:
    text = "He was detained on 12 March 2021; the group was banned in 2014. In the same month she was freed."
    assert find_dates(text, PUBLISHED)[-1].first == "2021-03"


def test_two_weeks_later_counts_fourteen_days() -> None:
    mention = find_dates("The union was banned on 6 May 2020. Two weeks later its chair was detained.", PUBLISHED)[-1]
    assert (mention.kind, mention.first) == ("days_later", "2020-05-20")


def test_the_past_year_and_a_half_in_russian() -> None:
    [mention] = find_dates("за последние полтора года задержаны 25 журналистов", PUBLISHED)
    assert (mention.first, mention.last) == ("2019-04-16", "2020-10-16")


def test_a_period_named_for_comparison_is_not_the_same_period() -> None:
    text = (
        "In the second quarter of 2020 we counted 412 cases, compared with 389 in the first three months "
        "of the year. Courts gave 118 verdicts over the same period."
    )
    mention = find_dates(text, PUBLISHED)[-1]
    assert (mention.kind, mention.first, mention.last) == ("same_period", "2020-04-01", "2020-06-30")


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("were detained between 2022 and 2024", "2022", "2024"),
        ("задержаны в 2021–2023 годах", "2021", "2023"),
        ("с 2019 по 2020 год", "2019", "2020"),
    ],
)
def test_a_range_of_years(text: str, first: str, last: str) -> None:
    [mention] = find_dates(text, PUBLISHED)
    assert (mention.kind, mention.first, mention.last) == ("year_range", first, last)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("The report covers March to August 2025.", "2025-03", "2025-08-31"),
        ("Between April–June 2025 we counted.", "2025-04", "2025-06-30"),
        ("Обзор, январь – июнь 2025 года.", "2025-01", "2025-06-30"),
        ("В январе–марте 2025 года задержаны.", "2025-01", "2025-03-31"),
        ("In the second half of 2024 they were.", "2024-07-01", "2024-12-31"),
        ("Во втором полугодии задержаны.", "2025-07-01", "2025-12-31"),
    ],
)
def test_month_ranges_and_half_years(text: str, first: str, last: str) -> None:
    mention = find_dates(text, date(2025, 12, 1))[0]
    assert (mention.first, mention.last) == (first, last)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("Police held 40 people on 30 and 31 March.", "2025-03-30", "2025-03-31"),
        ("Задержания прошли 30 и 31 марта 2024 года.", "2024-03-30", "2024-03-31"),
    ],
)
def test_two_days_joined_by_and_are_a_range(text: str, first: str, last: str) -> None:
    [mention] = find_dates(text, date(2025, 12, 1))
    assert (mention.kind, mention.first, mention.last) == ("range", first, last)


@pytest.mark.parametrize(
    "text",
    [
        "Его задержали в марте 2022 года. В ноябре того же года суд вынес приговор.",
        "He was detained in March 2022. In November of the same year he was sentenced.",
        "He was detained in March 2022, and in November that year he was sentenced.",
    ],
)
def test_a_month_of_the_same_year_takes_the_year_stated_before(text: str) -> None:
    assert [m.first for m in find_dates(text, date(2025, 12, 1))] == ["2022-03", "2022-11"]


def test_kazakh_month_names_with_case_endings_are_dates() -> None:
    text = "Алматы, 15 қаңтар 2026 жыл. Белсенді 13 қаңтарда ұсталды, ал маусымда сотталды."
    assert [m.first for m in find_dates(text, date(2026, 7, 1))] == ["2026-01-15", "2026-01-13", "2026-06"]


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("On 3 March 2021 the court banned it. Within a week, police held four.", "2021-03-03", "2021-03-10"),
        ("On 3 March 2021 the court banned it. Within two days, police held four.", "2021-03-03", "2021-03-05"),
        ("3 марта 2021 года суд запретил движение. В течение месяца задержаны четверо.", "2021-03-03", "2021-04-02"),
    ],
)
def test_within_a_span_runs_from_the_day_stated_before(text: str, first: str, last: str) -> None:
    within = find_dates(text, PUBLISHED)[-1]
    assert (within.kind, within.first, within.last) == ("range", first, last)


def test_within_a_span_without_a_day_before_it_is_no_date() -> None:
    assert find_dates("Prisoners must be released within a week.", PUBLISHED) == []


def test_have_since_runs_from_the_period_stated_before_to_publication() -> None:
    found = find_dates("Between 2018 and 2019 eight were deported, and five have since been jailed.", PUBLISHED)
    assert (found[-1].kind, found[-1].first, found[-1].last) == ("since_then", "2018", "2020-10-16")


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("За минувшую неделю задержаны трое.", "2020-10-05", "2020-10-11"),
        ("Over the past week, police held nine.", "2020-10-09", "2020-10-16"),
        ("За последнюю неделю задержаны трое.", "2020-10-09", "2020-10-16"),
        ("а в октябре прошлого года — 208", "2019-10", "2019-10"),
        ("Всего с января по октябрь включительно — 1 420", "2020-01", "2020-10-31"),
    ],
)
def test_weeks_months_of_last_year_and_month_ranges_without_a_year(text: str, first: str, last: str) -> None:
    [mention] = find_dates(text, PUBLISHED)
    assert (mention.first, mention.last) == (first, last)


def test_since_the_ban_runs_from_the_day_of_the_ban_not_from_the_last_date() -> None:
    text = (
        "The court declared the movement extremist on 14 May 2020. On 2 September police searched homes. "
        "At least 30 people have been convicted since the ban."
    )
    since = find_dates(text, PUBLISHED)[-1]
    assert (since.kind, since.first, since.last) == ("since_then", "2020-05-14", "2020-10-16")


@pytest.mark.parametrize(
    ("text", "kind", "first", "last"),
    [
        ("In Q3 2019, 40 were held.", "quarter", "2019-07-01", "2019-09-30"),
        ("In H1 2019, 40 were held.", "half", "2019-01-01", "2019-06-30"),
        ("Year-to-date, 40 were held.", "this_year", "2020-01-01", "2020-10-16"),
        ("Between January and June, 40 were held.", "range", "2020-01", "2020-06-30"),
        ("Since the full-scale invasion, 900 were held.", "since_invasion", "2022-02-24", "2020-10-16"),
        ("С начала полномасштабного вторжения задержаны 900.", "since_invasion", "2022-02-24", "2020-10-16"),
    ],
)
def test_short_forms_of_periods(text: str, kind: str, first: str, last: str) -> None:
    [mention] = find_dates(text, PUBLISHED)
    assert (mention.kind, mention.first, mention.last) == (kind, first, last)


def test_two_months_joined_by_and_without_between_stay_two_months() -> None:
    assert [m.kind for m in find_dates("In January and June 40 were held.", PUBLISHED)] == ["month", "month"]


def test_the_same_period_of_a_named_year_is_the_period_stated_before_moved_into_that_year() -> None:
    found = find_dates("Since January, 318 were detained, compared with 254 in the same period of 2019.", PUBLISHED)
    assert (found[-1].kind, found[-1].first, found[-1].last) == ("same_period", "2019-01", "2019-10-16")


def test_since_then_does_not_anchor_on_a_planned_date_and_since_an_event_in_a_year() -> None:
    text = (
        "Protests erupted on 28 November after the party said it would suspend the talks until 2028. More than "
        "460 people have been detained since then. More than 100 Crimean Tatars have been convicted since the "
        "annexation of the peninsula in 2014."
    )
    found = [(m.kind, m.first, m.last) for m in find_dates(text, date(2025, 1, 24))]
    assert ("since_then", "2024-11-28", "2025-01-24") in found
    assert ("since", "2014", "2025-01-24") in found


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Since late November 2019, 400 were detained.", "2019-11"),
        ("Since the summer of 2019, 12 were charged.", "2019-06"),
        ("Since mid-2019 at least 5 were jailed.", "2019-06"),
        ("С конца ноября 2019 года задержаны более 400 человек.", "2019-11"),
        ("С лета 2019 года умерли шесть политзаключённых.", "2019-06"),
        ("С начала протестов в конце 2019 года задержаны 60 человек.", "2019-12"),
    ],
)
def test_since_a_part_of_a_month_or_year_runs_from_that_part_to_publication(text: str, first: str) -> None:
    [mention] = find_dates(text, PUBLISHED)
    assert (mention.kind, mention.first, mention.last) == ("since", first, "2020-10-16")


@pytest.mark.parametrize(
    "text",
    ["Between Sept. 28 and the end of October, 400 were detained.", "С 28 сентября по конец октября задержаны 400."],
)
def test_a_range_to_the_end_of_a_month_ends_on_its_last_day(text: str) -> None:
    [mention] = find_dates(text, PUBLISHED)
    assert (mention.kind, mention.first, mention.last) == ("range", "2020-09-28", "2020-10-31")


def test_that_day_and_the_same_day_are_the_day_stated_before() -> None:
    text = (
        "Police broke up the rally on 23 September. At least 40 people were detained that day. Ещё 15 человек "
        "задержаны в тот же день. Дело возбудили в июле 2019 года. Тогда же прошли обыски."
    )
    found = [(m.kind, m.first, m.last) for m in find_dates(text, PUBLISHED)]
    assert found.count(("same_day", "2020-09-23", "2020-09-23")) == 2
    assert found[-1] == ("same_day", "2019-07", "2019-07")


def test_that_day_after_a_month_is_no_date() -> None:
    found = find_dates("In March police searched homes; that day nobody was held.", PUBLISHED)
    assert [m.kind for m in found] == ["month"]


@pytest.mark.parametrize(
    ("text", "kind", "first", "last"),
    [
        ("Between Sept 1 and Sept 12 the group counted 74 searches.", "range", "2020-09-01", "2020-09-12"),
        (
            "Between the rally outside the court on 5 May and the end of that month, 60 were held.",
            "range_to_end",
            "2020-05-05",
            "2020-05-31",
        ),
        (
            "Between the raid on the newsroom on 6 December 2019 and the end of the year, 11 were held.",
            "range_to_end",
            "2019-12-06",
            "2019-12-31",
        ),
        ("About 2,600 were held in the whole of last year.", "last_year", "2019", "2019"),
        ("За весь прошлый год рассмотрено 2 100 дел.", "last_year", "2019", "2019"),
        ("За первые три месяца прошлого года таких дел было 71.", "first_months", "2019-01-01", "2019-03-31"),
        ("Up from 11 at the start of the year.", "year_start", None, "2020-01-01"),
        ("Блогеров вызывали за январь и февраль 2020 года.", "range", "2020-01", "2020-02-29"),
    ],
)
def test_more_periods_a_monitor_writes(text: str, kind: str, first: str | None, last: str) -> None:
    [mention] = find_dates(text, PUBLISHED)
    assert (mention.kind, mention.first, mention.last) == (kind, first, last)


def test_a_month_earlier_is_a_stock_one_month_before_the_day_stated() -> None:
    found = find_dates("На 1 апреля 2020 года в списке 1 012 человек; месяцем ранее их было 994.", PUBLISHED)
    assert (found[-1].kind, found[-1].first, found[-1].last) == ("month_earlier", None, "2020-03-01")


def test_the_quarter_without_a_number_is_the_last_one_completed_before_publication() -> None:
    found = find_dates("За квартал осуждены 58 человек; over the quarter 12 were fined.", PUBLISHED)
    assert [(m.kind, m.first, m.last) for m in found] == [("quarter", "2020-07-01", "2020-09-30")] * 2


def test_today_is_the_day_of_publication_unless_it_dates_a_statement_or_is_a_name() -> None:
    found = find_dates("С 6 утра сегодня полиция проводит обыски.", PUBLISHED)
    assert [(m.kind, m.first) for m in found if m.kind == "today"] == [("today", "2020-10-16")]
    assert not [m for m in find_dates("Monitors said today that 58 were held.", PUBLISHED) if m.kind == "today"]
    assert not [m for m in find_dates("Канал «Гомель сегодня» признан экстремистским.", PUBLISHED) if m.kind == "today"]


def test_since_the_ruling_runs_from_a_decision_dated_before_it_declares_the_ban() -> None:
    text = (
        "The decision of the Supreme Court of 14 April 2020 declaring the movement an extremist organisation. "
        "It was founded in 2011. Since the ruling, 37 people have been detained."
    )
    found = find_dates(text, PUBLISHED)
    assert (found[-1].kind, found[-1].first, found[-1].last) == ("since_then", "2020-04-14", "2020-10-16")


def test_a_timeline_year_heading_gives_its_year_to_the_dates_under_it() -> None:
    text = "Timeline\n\n2022\n\n3 July - He is detained at his home.\n\n2023\n\n29 September - He is sentenced.\n"
    found = [(m.kind, m.first) for m in find_dates(text, PUBLISHED) if m.kind == "day"]
    assert found == [("day", "2022-07-03"), ("day", "2023-09-29")]


def test_after_that_runs_from_the_date_stated_to_publication() -> None:
    found = find_dates("Организацию запретили в мае 2019 года. После этого возбуждено 30 дел.", PUBLISHED)
    assert (found[-1].kind, found[-1].first, found[-1].last) == ("since_then", "2019-05", "2020-10-16")


def test_a_paper_named_today_is_no_date() -> None:
    assert find_dates("The interview was first printed by USA Today.", PUBLISHED) == []


def test_numeric_figures_by_a_spaced_dash_are_no_range() -> None:
    assert find_dates("Курс вырос с 12.05 — 15.07 рубля", PUBLISHED) == []


def test_a_month_named_for_comparison_is_not_the_month_of_the_report() -> None:
    text = "Отчёт за 1–30 сентября. Для сравнения: в августе таких случаев было 29. За месяц возбуждено 11 дел."
    the_month = [m for m in find_dates(text, PUBLISHED) if m.kind == "the_month"]
    assert [(m.first, m.last) for m in the_month] == [("2020-09", "2020-09")]


def test_a_body_against_something_compares_nothing() -> None:
    text = (
        "Коалиция НПО против пыток за первое полугодие 2020 года получила 147 жалоб, больше, чем за тот же период "
        "прошлого года."
    )
    kinds = [(m.kind, m.first, m.last) for m in find_dates(text, PUBLISHED)]
    assert ("same_period_last_year", "2019-01-01", "2019-06-30") in kinds


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On July 1 and 2, 2022, thousands took to the streets.", [("2022-07-01", "2022-07-02")]),
        ("On July 1-2, 2022 police dispersed the crowds.", [("2022-07-01", "2022-07-02")]),
        ("Hearings were held from March 3 to 5, 2024.", [("2024-03-03", "2024-03-05")]),
        ("On May 5 and 12 people were detained.", [("2023-05-05", "2023-05-05")]),  # ('12 people': no day)
    ],
)
def test_american_day_ranges_take_the_year_after_them(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.first, m.last) for m in find_dates(text, date(2024, 3, 12))] == expected


@pytest.mark.parametrize(
    "text", ["оштрафован на суммы от 2000 до 5000 лари", "He was fined 2000 GEL.", "fines of $2000 were imposed"]
)
def test_an_amount_of_money_is_no_year(text: str) -> None:
    assert find_dates(text, date(2025, 2, 12)) == []


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("осенью прошлого года 42 депутата призвали", "2024-09", "2024-11"),
        ("весной 2023 года его задержали", "2023-03", "2023-05"),
        ("in the autumn of 2024 police raided", "2024-09", "2024-11"),
        ("зимой 2024 года", "2023-12", "2024-02"),
    ],
)
def test_a_season_is_its_months(text: str, first: str, last: str) -> None:
    assert [(m.kind, m.first, m.last) for m in find_dates(text, date(2025, 3, 6))] == [("season", first, last)]
