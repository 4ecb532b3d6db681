"""Count claims: what is a statistic, its qualifier, period and place."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from chronicle.ingest.extraction.pipeline import extract, resolve_dates
from chronicle.ingest.extraction.places import find_places
from chronicle.ingest.extraction.roles import main_country
from chronicle.ingest.extraction.statistics import find_statistics
from chronicle.ingest.extraction.text import split_sentences


def _stats(text: str, published: date | None) -> list[tuple[float, str, str | None, str | None, str | None]]:
    reference, dates = resolve_dates(text, published)
    country = main_country(text)
    found = find_statistics(text, split_sentences(text), dates, find_places(text, country), reference, country)
    return [(s.quantity, s.qualifier, s.period_start, s.period_end, s.place) for s in found]


def test_a_count_over_a_stated_range() -> None:
    text = "From 30 July to 27 September 2020, monitors registered more than 200 cases in Kazakhstan."
    assert _stats(text, date(2020, 10, 16)) == [(200, "more_than", "2020-07-30", "2020-09-27", "Kazakhstan")]


def test_a_stock_figure_is_as_of_the_publication_date() -> None:
    text = "There are at least 48 political prisoners in Kazakhstan."
    assert _stats(text, date(2024, 3, 14)) == [(48, "at_least", None, "2024-03-14", "Kazakhstan")]


def test_counts_per_city_take_the_nearest_city() -> None:
    text = "In April, 24 people were detained in Almaty and 17 in Shymkent, Kazakhstan."
    assert _stats(text, date(2024, 5, 2)) == [
        (24, "exactly", "2024-04-01", "2024-04-30", "Almaty"),
        (17, "exactly", "2024-04-01", "2024-04-30", "Shymkent"),
    ]


def test_the_capital_is_the_capital_of_the_country_of_the_text() -> None:
    text = "В России задержаны люди. В столице было задержано 866 человек."
    assert _stats(text, None) == [(866, "exactly", None, None, "Moscow")]


def test_years_durations_money_articles_and_ages_are_not_counts() -> None:
    text = (
        "In 2021 he was sentenced to 5 to 10 years under Article 174 and fined 500 tenge; "
        "the 53-year-old spent 90 days in jail and 10% of detainees were minors."
    )
    assert _stats(text, date(2022, 1, 1)) == []


def test_number_words_and_zero_phrases_are_counts() -> None:
    text = "Twenty-four MEPs signed. Ни одного уголовного дела не возбуждено."
    assert [(q, qualifier) for q, qualifier, *_ in _stats(text, None)] == [(24, "exactly"), (0, "exactly")]


def test_a_paragraph_keeps_the_period_of_its_first_dated_count() -> None:
    text = "В декабре не менее 750 человек были задержаны. За месяц рассмотрено не менее 700 дел."
    assert _stats(text, date(2021, 1, 10)) == [
        (750, "at_least", "2020-12-01", "2020-12-31", None),
        (700, "at_least", "2020-12-01", "2020-12-31", None),
    ]


def test_without_a_publication_date_a_month_takes_the_year_of_the_latest_date() -> None:
    text = "В декабре задержаны 750 человек. Пытки задержанных с 9 по 12 августа 2020 года не расследованы."
    assert _stats(text, None)[0][2:4] == ("2020-12-01", "2020-12-31")


def test_a_list_number_at_the_start_of_a_line_is_not_a_count() -> None:
    assert _stats("1. Introduction\n2. Summary", None) == []


def test_a_stated_year_runs_on_into_the_next_paragraph() -> None:
    text = "In 2023, monitors documented 1,024 complaints in Kazakhstan.\n\nOnly 12 criminal cases were sent to court."
    assert _stats(text, date(2024, 2, 15)) == [
        (1024, "exactly", "2023-01-01", "2023-12-31", "Kazakhstan"),
        (12, "exactly", "2023-01-01", "2023-12-31", "Kazakhstan"),
    ]


def test_a_count_that_remains_is_as_of_publication() -> None:
    text = "He was sentenced in December 2023. At least 40 activists remain behind bars in Belarus."
    assert _stats(text, date(2024, 6, 10)) == [(40, "at_least", None, "2024-06-10", "Belarus")]


def test_a_sentence_passes_on_the_period_of_its_first_count() -> None:
    text = "In 2023, 1,024 complaints were filed, up from 987 in 2022. Nine people died in custody."
    assert [s[2:4] for s in _stats(text, date(2024, 2, 15))] == [
        ("2023-01-01", "2023-12-31"),
        ("2022-01-01", "2022-12-31"),
        ("2023-01-01", "2023-12-31"),
    ]


def test_a_count_during_the_same_period_last_year_shifts_the_period_before() -> None:
    text = (
        "At the end of August, at least 25 journalists were behind bars in Azerbaijan. "
        "During the same period last year the group counted 13."
    )
    assert _stats(text, date(2025, 9, 17)) == [
        (25, "at_least", None, "2025-08-31", "Azerbaijan"),
        (13, "exactly", None, "2024-08-31", "Azerbaijan"),
    ]


def test_since_the_ban_runs_from_the_date_of_the_ban() -> None:
    text = "The court banned the movement in November 2023. Since the ban, 30 people in Kazakhstan have been charged."
    assert _stats(text, date(2024, 3, 14)) == [(30, "exactly", "2023-11-01", "2024-03-14", "Kazakhstan")]


def test_a_stock_remaining_as_of_a_stated_day_ends_on_that_day() -> None:
    text = "По данным центра, на 1 июня 2024 года в Беларуси остаются за решеткой более 1 400 политзаключенных."
    assert _stats(text, date(2024, 6, 3)) == [(1400, "more_than", None, "2024-06-01", "Belarus")]


def test_a_present_perfect_in_a_new_paragraph_is_as_of_publication() -> None:
    text = "Three journalists were detained in Uralsk on 12 April.\n\nNo criminal case has been opened in Kazakhstan."
    assert _stats(text, date(2024, 5, 2))[-1] == (0, "exactly", None, "2024-05-02", "Kazakhstan")


def test_an_age_between_commas_is_not_a_count() -> None:
    text = "The pensioner Gulnar Seitkali, 67, was fined in Taraz; four others were charged."
    assert [s[0] for s in _stats(text, date(2025, 11, 3))] == [4]


def test_a_number_inside_a_quoted_name_is_not_a_count() -> None:
    text = "Его обвинили в участии в организации «Группа 24», запрещенной в Таджикистане."
    assert _stats(text, date(2025, 10, 1)) == []


def test_an_episode_named_by_its_noun_alone_takes_its_earlier_date() -> None:
    text = (
        "The January 2022 unrest began in Zhanaozen.\n\n"
        "Officials said 238 people in Kazakhstan were killed during the unrest."
    )
    assert _stats(text, date(2022, 8, 31)) == [(238, "exactly", "2022-01-01", "2022-01-31", "Kazakhstan")]


def test_a_stock_word_in_the_counts_own_clause_beats_the_range_before_it() -> None:
    text = (
        "At least 35 dissidents from Tajikistan were abducted between 2022 and 2024, and at least eleven "
        "of them are now serving prison terms."
    )
    assert _stats(text, date(2025, 2, 28)) == [
        (35, "at_least", "2022-01-01", "2024-12-31", "Tajikistan"),
        (11, "at_least", None, "2025-02-28", "Tajikistan"),
    ]


def test_half_years_and_the_reporting_period() -> None:
    text = (
        "Monitoring report, April to September 2025.\n\n"
        "In the first half of the year 312 protesters were detained in Armenia. "
        "Over the reporting period, courts fined 77 of them."
    )
    assert _stats(text, date(2025, 10, 20)) == [
        (312, "exactly", "2025-01-01", "2025-06-30", "Armenia"),
        (77, "exactly", "2025-04-01", "2025-09-30", "Armenia"),
    ]


def test_the_reporting_period_in_russian_is_the_period_the_report_states_first() -> None:
    text = (
        "Обзор за январь – март 2025 года.\n\n"
        "В первом полугодии 2024 года в Казахстане задержаны 140 человек. "
        "За отчетный период суды вынесли 36 приговоров."
    )
    assert _stats(text, date(2025, 4, 10)) == [
        (140, "exactly", "2024-01-01", "2024-06-30", "Kazakhstan"),
        (36, "exactly", "2025-01-01", "2025-03-31", "Kazakhstan"),
    ]


def test_as_of_a_day_after_the_count_makes_a_stock() -> None:
    text = "In Tajikistan, 19 people jailed after the 2022 protests remained in prison as of 1 May."
    assert _stats(text, date(2025, 6, 3)) == [(19, "exactly", None, "2025-05-01", "Tajikistan")]


def test_a_date_right_after_the_count_outweighs_an_as_of_date() -> None:
    text = "We counted 48 political prisoners in Belarus as of 1 March 2024, up from 39 a year earlier."
    assert _stats(text, date(2024, 3, 14)) == [
        (48, "exactly", None, "2024-03-01", "Belarus"),
        (39, "exactly", "2023-03-01", "2023-03-01", "Belarus"),
    ]


def test_a_number_after_a_country_name_is_a_count_not_part_of_a_name() -> None:
    text = "С начала года правозащитники насчитали в Беларуси 980 задержанных."
    assert _stats(text, date(2025, 10, 8)) == [(980, "exactly", "2025-01-01", "2025-10-08", "Belarus")]


def test_the_same_period_is_the_last_period_not_the_last_day() -> None:
    text = (
        "Since January 2025, courts in Kyrgyzstan have convicted 11 bloggers, one of them on 3 June. "
        "In the same period, the authorities blocked 37 websites."
    )
    assert _stats(text, date(2025, 8, 12)) == [
        (11, "exactly", "2025-01-01", "2025-08-12", "Kyrgyzstan"),
        (37, "exactly", "2025-01-01", "2025-08-12", "Kyrgyzstan"),
    ]


def test_a_quarter_after_a_comma_belongs_to_the_next_count() -> None:
    text = "За девять месяцев 2025 года в России возбуждено 104 дела, в третьем квартале – 31."
    assert _stats(text, date(2025, 11, 5)) == [
        (104, "exactly", "2025-01-01", "2025-09-30", "Russia"),
        (31, "exactly", "2025-07-01", "2025-09-30", "Russia"),
    ]


def test_a_new_paragraph_of_a_report_takes_the_period_in_its_title() -> None:
    text = (
        "Monitoring report. October 2026\n\n"
        "In October at least 40 people were detained in Minsk.\n\n"
        "Since January, 212 people have been pardoned.\n\n"
        "The ministry added six groups to its list of extremist formations."
    )
    periods = {s[0]: (s[2], s[3]) for s in _stats(text, date(2026, 11, 5))}
    assert periods[212] == ("2026-01-01", "2026-11-05")
    assert periods[6] == ("2026-10-01", "2026-10-31")


def test_a_news_text_does_not_take_the_first_range_it_names_as_a_report_period() -> None:
    text = (
        "Relatives of those tried over the unrest of 1-2 July 2022 say a trial opens on 28 November.\n\n"
        "Three days ago relatives of 30 defendants met officials in Nukus."
    )
    periods = {s[0]: (s[2], s[3]) for s in _stats(text, date(2022, 11, 20))}
    assert periods[30][0] != "2022-07-01"


@pytest.mark.parametrize(
    "text",
    [
        "Posted 16 February 2026, 14:20. The court met.",
        "At least nine of those detained are women and two are under 18.",
        "They were given administrative detention of between 15 and 30 days.",
    ],
)
def test_times_ages_and_spans_of_days_are_no_counts(text: str) -> None:
    counts = {s[0] for s in _stats(text, date(2026, 4, 3))}
    assert counts & {20, 18, 15, 30} == set()


def test_at_the_time_of_writing_is_as_of_publication() -> None:
    text = "In March 2026 six people were fined. In all, 1,103 people were political prisoners at the time of writing."
    periods = {s[0]: (s[2], s[3]) for s in _stats(text, date(2026, 10, 12))}
    assert periods[1103] == (None, "2026-10-12")


def test_read_more_links_at_the_foot_give_nothing() -> None:
    text = (
        "The blogger Anna Ivic was detained on 3 May 2026.\n\n"
        "Read more: Police detain 52 people at a protest led by Oleg Marr\n"
        "Читайте также:\n→ В Минске задержали 14 человек\n"
    )
    result = extract(text, published=date(2026, 5, 5), language="en")
    assert [p["name"] for p in result["persons"]] == ["Anna Ivic"]
    assert result["statistics"] == []


def test_a_count_in_the_title_told_again_in_the_body_is_one_count_with_the_bodys_period() -> None:
    text = (
        "At least 58 detained after protest in Sumgayit\n\n"
        "Police detained at least 58 people on 30 and 31 March after residents protested."
    )
    assert [(s[0], s[2], s[3]) for s in _stats(text, date(2026, 4, 3))] == [(58, "2026-03-30", "2026-03-31")]


def test_a_heading_block_with_an_as_of_day_dates_the_stocks_below_it() -> None:
    text = (
        "UPDATE\nPolitical prisoners in Belarus: the list as of 1 June 2026\n\n"
        "Since our previous update on 1 March 2026, six people have been added to the list. "
        "Thirty of them are in prison."
    )
    assert [s[2:4] for s in _stats(text, date(2026, 6, 3))] == [("2026-03-01", "2026-06-01"), (None, "2026-06-01")]


def test_a_date_in_a_relative_clause_is_not_the_period_of_the_count() -> None:
    text = (
        "As of 1 May 2026 the list holds 40 people. "
        "Twelve of them were prosecuted over Tuzly Bolashak, which a court banned in 2023."
    )
    assert [s[2:4] for s in _stats(text, date(2026, 5, 4))] == [(None, "2026-05-01"), (None, "2026-05-01")]


def test_a_count_in_its_own_clause_takes_the_date_of_that_clause() -> None:
    text = "At least 14 were returned between 2023 and 2025, and at least nine of them have since been jailed."
    assert [s[2:4] for s in _stats(text, date(2026, 8, 7))] == [
        ("2023-01-01", "2025-12-31"),
        ("2023-01-01", "2026-08-07"),
    ]


def test_a_report_heading_period_dates_the_first_count_of_the_lede() -> None:
    text = "Weekly digest: 2–8 March 2026\n\nThis week at least 31 people were detained and 4 cases opened."
    assert [s[2:4] for s in _stats(text, date(2026, 3, 9))] == [("2026-03-02", "2026-03-08")] * 2


def test_the_next_count_after_a_comma_closes_the_clause_of_a_stock_word() -> None:
    text = "С начала 2026 года осуждены не менее 27 человек, еще 12 находятся под следствием."
    assert [s[2:4] for s in _stats(text, date(2026, 9, 18))] == [("2026-01-01", "2026-09-18"), (None, "2026-09-18")]


def test_a_period_named_for_comparison_does_not_carry_to_the_next_sentence() -> None:
    text = (
        "В 2025 году поступило около 200 сообщений о пытках. Это больше, чем годом ранее: в 2024 году мы получили 151. "
        "В 113 случаях речь шла об избиениях."
    )
    assert [s[2:4] for s in _stats(text, date(2026, 1, 27))] == [
        ("2025-01-01", "2025-12-31"),
        ("2024-01-01", "2024-12-31"),
        ("2025-01-01", "2025-12-31"),
    ]


def test_a_date_after_a_dash_belongs_to_the_next_clause() -> None:
    text = "С начала года возбуждено более 20 уголовных дел — за весь 2025 год их было 14."
    assert [s[2:4] for s in _stats(text, date(2026, 7, 20))] == [
        ("2026-01-01", "2026-07-20"),
        ("2025-01-01", "2025-12-31"),
    ]


def test_a_month_nearer_the_count_beats_an_as_of_day_earlier_in_the_clause() -> None:
    text = "На 1 марта в Беларуси 1 150 политзаключенных, за февраль задержаны не менее 120 человек."
    assert [s[2:4] for s in _stats(text, date(2026, 3, 5))] == [(None, "2026-03-01"), ("2026-02-01", "2026-02-28")]


def test_a_count_goes_on_with_the_date_of_the_sentence_before_it_in_its_paragraph() -> None:
    text = (
        "In March 2024 monitors counted 30 detentions.\n\nOn 22 January police searched the newsroom of Tamyr "
        "Media. Nine staff members were detained."
    )
    assert _stats(text, date(2024, 2, 17))[-1][2:4] == ("2024-01-22", "2024-01-22")


def test_a_date_after_a_compared_count_is_the_period_of_that_count() -> None:
    text = (
        "Monthly monitoring review: Belarus, July 2025\n\nRepression continued in July. Monitors documented 186 "
        "detentions during the month, compared with 203 in June."
    )
    assert [s[2:4] for s in _stats(text, date(2025, 8, 4))] == [
        ("2025-07-01", "2025-07-31"),
        ("2025-06-01", "2025-06-30"),
    ]


def test_a_thousands_separator_is_no_clause_break_and_a_stock_takes_the_as_of_day_of_the_sentence_before() -> None:
    text = (
        "Since the start of the year, monitors documented more than 1,900 detentions, compared with about 2,600 in "
        "the whole of last year. As of 31 March, the list holds 52 names. Of the 52, 39 are serving sentences."
    )
    assert [s[2:4] for s in _stats(text, date(2024, 9, 13))] == [
        ("2024-01-01", "2024-09-13"),
        ("2023-01-01", "2023-12-31"),
        (None, "2024-03-31"),
        (None, "2024-03-31"),
    ]  # ('Of the 52' names the 52 again: one count)


def test_a_period_in_parentheses_after_a_count_belongs_to_the_compared_figure_and_is_not_carried() -> None:
    text = (
        "TAJIKISTAN MONTHLY BRIEFING — MAY 2026\n\nKEY FIGURES FOR MAY\n\n- 23 new cases of politically motivated "
        "prosecution documented (April: 17)\n- 9 relatives of exiled opposition figures detained or summoned for "
        "questioning\n"
    )
    assert [s[2:4] for s in _stats(text, date(2026, 6, 5))] == [
        ("2026-05-01", "2026-05-31"),
        ("2026-04-01", "2026-04-30"),
        ("2026-05-01", "2026-05-31"),
    ]


def test_a_bulleted_count_is_a_count_and_a_parenthesis_restating_the_period_still_gives_it() -> None:
    text = "За последние двенадцать месяцев (с июля 2025 года по июнь 2026 года) к нам поступило 57 сообщений о пытках."
    assert [s[2:4] for s in _stats(text, date(2026, 7, 15))] == [("2025-07-01", "2026-06-30")]
    assert [s[0] for s in _stats("KEY FIGURES\n\n- 23 new cases of prosecution documented\n", date(2026, 6, 5))] == [23]


def test_the_day_a_count_was_told_is_not_its_period() -> None:
    text = (
        "The group said on Friday it had recorded 87 politically motivated criminal cases since the beginning of 2024."
    )
    assert [s[2:4] for s in _stats(text, date(2025, 3, 14))] == [("2024-01-01", "2025-03-14")]


def test_a_heading_naming_a_period_gives_it_to_the_bulleted_counts_under_it() -> None:
    text = (
        "Three years after January 2022\n\nOur monitors documented the aftermath.\n\n"
        "KEY FIGURES (since January 2022, as of 31 December 2024)\n\n"
        "- 1,283 criminal cases opened in connection with the events\n"
        "- 44 people still serving prison sentences in cases we consider politically motivated\n"
    )
    assert [s[2:4] for s in _stats(text, date(2025, 1, 6))] == [("2022-01-01", "2024-12-31"), (None, "2024-12-31")]


def test_the_months_to_a_named_month() -> None:
    text = "In the 12 months to September 2025, at least 86 lawyers were detained."
    assert [s[2:4] for s in _stats(text, date(2025, 10, 2))] == [("2024-10-01", "2025-09-30")]


@pytest.mark.parametrize(
    "text",
    [
        "As of 31 July, 1,148 people were held. During the month, 14 political prisoners were released.",
        "На 31 июля в заключении оставались 1148 человек. За месяц освобождены 14 политзаключённых.",
    ],
)
def test_the_month_is_the_month_of_the_date_just_stated(text: str) -> None:
    assert _stats(text, date(2025, 8, 5))[1][:4] == (14, "exactly", "2025-07-01", "2025-07-31")


def test_the_month_is_that_of_a_date_stated_not_of_an_open_period_before_it() -> None:
    text = (
        "По состоянию на 30 июня в Беларуси 1177 политзаключенных. Всего с весны 2020 года политзаключенными "
        "признаны более 4300 человек. За месяц правозащитники признали политзаключенными 47 человек."
    )
    assert _stats(text, date(2025, 7, 2))[2][:4] == (47, "exactly", "2025-06-01", "2025-06-30")


def test_a_count_held_now_does_not_take_the_year_of_the_founding() -> None:
    text = "The movement was founded in 2011 and has about 2,000 followers in the Fergana Valley."
    assert _stats(text, date(2026, 5, 20))[0][:4] == (2000, "about", None, "2026-05-20")


def test_the_month_before_an_event_is_no_month_of_the_date_stated() -> None:
    text = "The vote was held on 3 March. In the month before the vote, 40 activists were detained."
    assert _stats(text, date(2025, 4, 1))[0][2:4] != ("2025-03-01", "2025-03-31")


def test_the_year_is_the_year_of_the_date_just_stated_across_a_comparison() -> None:
    text = (
        "As of 31 December 2025, the Network counted 1,147 political prisoners, compared with 1,265 at the end of "
        "2024. During the year at least 2,030 people were detained, and 1,412 were convicted."
    )
    found = _stats(text, date(2026, 1, 10))
    assert [s[:4] for s in found[2:]] == [
        (2030, "at_least", "2025-01-01", "2025-12-31"),
        (1412, "exactly", "2025-01-01", "2025-12-31"),
    ]


def test_a_number_like_a_year_before_what_it_counts_is_a_count() -> None:
    text = "В 2021 году задержаны 1950 человек. In 2020 people took to the streets."
    assert [s[:4] for s in _stats(text, date(2026, 1, 10))] == [(1950, "exactly", "2021-01-01", "2021-12-31")]


def test_since_the_network_was_banned_runs_from_the_ban() -> None:
    text = (
        'The ministry designated the network an "extremist formation" in November 2022. On 13 March 2024 the court '
        "sentenced five. At least 27 people have been convicted since the network was banned."
    )
    assert _stats(text, date(2024, 3, 14))[-1][:4] == (27, "at_least", "2022-11-01", "2024-03-14")


def test_a_date_in_an_aside_about_someone_does_not_date_the_count() -> None:
    text = (
        "Самым массовым днем стало 4 июня, день рождения политика, погибшего в феврале в колонии: в 11 городах "
        "задержали не менее 38 человек. За месяц суды рассмотрели 268 дел."
    )
    found = [s[:4] for s in _stats(text, date(2024, 7, 5))]
    assert (38, "at_least", "2024-06-04", "2024-06-04") in found
    assert (268, "exactly", "2024-06-01", "2024-06-30") in found


def test_of_the_n_counts_again_the_n_told_before_and_its_parts_take_its_period() -> None:
    text = (
        "In the first quarter of 2025 we recorded 27 new cases.\n\nThe cases remain concentrated in the south: of "
        "the 27 new cases, 12 were opened in Shymkent.\n\nA group of 27 lawyers wrote to the court."
    )
    found = [s[:4] for s in _stats(text, date(2025, 4, 14))]
    assert found[:2] == [(27, "exactly", "2025-01-01", "2025-03-31"), (12, "exactly", "2025-01-01", "2025-03-31")]
    assert [s[0] for s in found] == [27, 12, 27]  # ('a group of 27 lawyers' is a count of its own)


def test_a_compared_count_takes_the_date_after_it_and_the_start_of_a_named_year() -> None:
    text = (
        "As of 8 April, the list contains 288 names, up from 285 in the previous version of 1 March. At least 25 "
        "journalists are behind bars, up from 13 at the start of 2024."
    )
    found = [s[:4] for s in _stats(text, date(2025, 4, 10))]
    assert found[1][0] == 285 and found[1][3] == "2025-03-01"
    assert found[3] == (13, "exactly", None, "2024-01-01")


def test_a_list_item_after_an_as_of_item_is_a_stock_on_that_day() -> None:
    text = (
        "Key figures:\n\n- As of 1 February 2025, the list contained 341 names.\n"
        "- The list includes 38 journalists and 112 religious believers.\n- In 2024, courts handed down 57 sentences."
    )
    found = [s[:4] for s in _stats(text, date(2025, 2, 20))]
    assert found[1:3] == [(38, "exactly", None, "2025-02-01"), (112, "exactly", None, "2025-02-01")]
    assert found[3] == (57, "exactly", "2024-01-01", "2024-12-31")


def test_a_table_column_of_abbreviated_months_and_a_count_attached_to_its_year() -> None:
    text = (
        "Indicator | Jan–Jun 2024 | Jan–Jun 2023\nCases | 38 | 21\n\nThe number of cases rose from 8 in 2022 to 31 "
        "in 2023. In 2023 we recorded 42 searches, compared with 12 the year before, and two more than in 2022."
    )
    found = [s[:4] for s in _stats(text, date(2024, 7, 22))]
    assert found[:2] == [(38, "exactly", "2024-01-01", "2024-06-30"), (21, "exactly", "2023-01-01", "2023-06-30")]
    assert (31, "exactly", "2023-01-01", "2023-12-31") in found
    assert (12, "exactly", "2022-01-01", "2022-12-31") in found


def test_a_bare_week_the_war_and_the_january_events_named_with_their_year() -> None:
    text = (
        "Медиа-коалиция сообщает, что за неделю не менее 48 журналистов пострадали. С начала войны задержаны не "
        "менее 340 человек.\n\nThe report covers the protests of 2–11 January 2022. At least 329 complaints related "
        "to the January events were registered."
    )
    found = [s[:4] for s in _stats(text, date(2024, 12, 6))]
    assert found == [
        (48, "at_least", "2024-11-29", "2024-12-06"),
        (340, "at_least", "2022-02-24", "2024-12-06"),
        (329, "at_least", "2022-01-01", "2024-12-06"),
    ]


def test_the_items_under_of_the_n_on_the_list_are_stocks_on_its_day() -> None:
    text = (
        "As of 1 January 2025, the list holds 214 names.\n\nOf the 214 people on the list:\n- 102 are accused of "
        "membership in the IRPT, which the Supreme Court banned in 2015;\n- 37 are accused of links with Group 24, "
        "banned as extremist in 2014.\n"
    )
    found = [s[:4] for s in _stats(text, date(2025, 1, 20))]
    assert found == [
        (214, "exactly", None, "2025-01-01"),
        (102, "exactly", None, "2025-01-01"),
        (37, "exactly", None, "2025-01-01"),
    ]


def test_a_date_in_a_relative_clause_closed_before_the_count_is_not_its_period() -> None:
    text = (
        "In 2024 the Coalition received 214 complaints. In Mangystau region, where its partner had to stop work "
        "after the office was searched in March, only nine complaints were registered, against 16 the year before."
    )
    periods = [(s[0], s[2], s[3]) for s in _stats(text, date(2025, 4, 10))]
    assert periods[1:] == [(9, "2024-01-01", "2024-12-31"), (16, "2023-01-01", "2023-12-31")]


def test_a_date_in_an_aside_after_the_count_is_not_its_period() -> None:
    text = (
        "In 2024 the courts convicted 31 officials. A further 11 officers were acquitted, including three guards "
        "who, in a video that circulated in September 2023, were seen beating a prisoner."
    )
    assert [s[2:4] for s in _stats(text, date(2025, 4, 10))][1] == ("2024-01-01", "2024-12-31")


def test_a_compared_figure_in_parentheses_dates_neither_the_next_count_nor_the_previous_year() -> None:
    text = (
        "Prosecutors registered 1,038 reports of torture in 2024 (1,112 in 2023), but investigations were opened "
        "in only 97 cases, against 121 the previous year."
    )
    periods = [(s[0], s[2]) for s in _stats(text, date(2025, 4, 10))]
    assert periods[2:] == [(97, "2024-01-01"), (121, "2023-01-01")]


def test_a_compared_count_in_words_keeps_its_date() -> None:
    text = (
        "In 2024 the Coalition received 214 complaints. The year also saw seven deaths in custody, compared with "
        "five in 2023."
    )
    assert [(s[0], s[2]) for s in _stats(text, date(2025, 4, 10))][1:] == [(7, "2024-01-01"), (5, "2023-01-01")]


def test_russian_collective_numerals_in_every_case_are_counts() -> None:
    text = "Суд во вторник вынес приговор пятерым жителям города. Троим активистам назначили штрафы."
    assert [s[0] for s in _stats(text, date(2024, 3, 14))] == [5, 3]


@pytest.mark.parametrize(
    "text",
    [
        "В июне задержаны не менее 163 человек; с начала года таких задержаний 1020. В течение месяца осуждены 118.",
        "С 1 по 30 июня задержаны 163 человека (в мае – 148). В течение месяца осуждены 118 человек.",
    ],
)
def test_during_the_month_after_a_month_stated_is_that_month(text: str) -> None:
    assert [s[2:4] for s in _stats(text, date(2025, 7, 2)) if s[0] == 118] == [("2025-06-01", "2025-06-30")]


def test_within_a_month_of_a_day_runs_from_that_day() -> None:
    text = "On 19 February police searched ten homes. Within a month, four activists were charged."
    assert [s[2:4] for s in _stats(text, date(2025, 4, 1)) if s[0] == 4] == [("2025-02-19", "2025-03-21")]


def test_a_plan_in_a_when_clause_does_not_date_the_count_after_it() -> None:
    text = (
        "Since 28 November 2024, when the prime minister announced that accession talks were suspended until 2028, "
        "more than 460 people have been detained."
    )
    assert [s[2:4] for s in _stats(text, date(2025, 2, 14))] == [("2024-11-28", "2025-02-14")]


def test_the_january_events_in_russian_are_january_of_the_year_the_text_gives() -> None:
    text = (
        "Ровно два года назад, 5 января 2022 года, протесты переросли в беспорядки. Во время январских событий "
        "погибли 238 человек. По делам, связанным с январскими событиями, осуждены 1212 человек."
    )
    assert [s[2:4] for s in _stats(text, date(2024, 1, 5))] == [
        ("2022-01-01", "2022-01-31"),
        ("2022-01-01", "2024-01-05"),
    ]


def test_then_and_over_two_years_in_russian() -> None:
    text = (
        "Что происходило в ГБАО в мае 2022 года?\n– По данным жителей, тогда погибли не менее 40 человек. "
        "За два года задержаны более 200 памирцев."
    )
    assert [s[2:4] for s in _stats(text, date(2024, 5, 20))] == [
        ("2022-05-01", "2022-05-31"),
        ("2022-05-20", "2024-05-20"),
    ]


def test_then_inside_a_clause_is_not_the_last_date() -> None:
    text = "Его задержали 9 октября. Оглашение приговора тогда вызвало сход, после которого задержаны десятки человек."
    result: dict[str, Any] = extract(text, published=date(2025, 10, 10), language="ru")
    assert [e["date"] for e in result["events"] if e["type"] == "sentence"] == []


def test_a_half_year_report_its_bare_half_year_and_a_whereas_comparison() -> None:
    text = (
        "Судебный департамент опубликовал данные за первое полугодие 2025 года. По статье 280.3 за январь–июнь "
        "вынесено 58 приговоров (в первом полугодии 2024 года — 47). При этом административных дел суды "
        "рассмотрели 1843. По статье 275 за полугодие осуждены 118 человек, тогда как за все первое полугодие "
        "2024 года — 72."
    )
    periods = [(s[0], s[2]) for s in _stats(text, date(2025, 10, 22))]
    assert periods == [
        (58, "2025-01-01"),
        (47, "2024-01-01"),
        (1843, "2025-01-01"),
        (118, "2025-01-01"),
        (72, "2024-01-01"),
    ]


def test_a_date_past_a_semicolon_with_its_own_count_is_not_the_first_counts() -> None:
    text = (
        "Данные за первое полугодие 2025 года. Суды рассмотрели 1843 дела, назначив штрафы в 1602 случаях; годом "
        "ранее за тот же период — 1377."
    )
    assert [(s[0], s[2]) for s in _stats(text, date(2025, 10, 22))] == [
        (1843, "2025-01-01"),
        (1602, "2025-01-01"),
        (1377, "2024-01-01"),
    ]


def test_a_quarter_in_roman_numerals_or_digits() -> None:
    text = "В III квартале 2023 года таких дел было 26. За 2-й квартал 2024 года — 31."
    assert [(s[0], s[2], s[3]) for s in _stats(text, date(2024, 10, 15))] == [
        (26, "2023-07-01", "2023-09-30"),
        (31, "2024-04-01", "2024-06-30"),
    ]


def test_a_date_past_a_semicolon_whose_clause_has_its_own_count_does_not_date_the_first() -> None:
    text = (
        "За третий квартал зафиксировано более двухсот случаев. Около 70 человек были задержаны; годом ранее, "
        "за тот же период, таких задержаний было 52."
    )
    assert [(s[0], s[2]) for s in _stats(text, date(2024, 10, 15))] == [
        (200, "2024-07-01"),
        (70, "2024-07-01"),
        (52, "2023-07-01"),
    ]


def test_a_day_something_fell_on_is_not_an_as_of_date() -> None:
    text = "Крупнейшая волна задержаний пришлась на 6 июля, когда в Жанаозене полиция задержала 23 человека."
    assert [(s[0], s[2], s[3]) for s in _stats(text, date(2024, 10, 15))] == [(23, "2024-07-06", "2024-07-06")]


def test_durations_hypothetical_zeros_and_a_speakers_adverb() -> None:
    text = (
        "Kamalov: Officially 21 people died in July, but people say it was closer to 70. Most were released "
        "after a week or two. Without them, no one in Europe would know his name."
    )
    assert [(s[0], s[1]) for s in _stats(text, date(2023, 3, 8))] == [(21, "exactly"), (70, "about")]


def test_an_annual_report_and_its_reporting_period_run_through_its_sections() -> None:
    text = (
        "Annual Report 2022: Summary\n\n1. Overview\n\nThis summary presents the results of the reporting period, "
        "1 January to 31 December 2022.\n\nIn the reporting period the Centre received 1,246 complaints, compared "
        "with 988 in 2021.\n\nAn activist was summoned nine times between March and November 2022.\n\n"
        "6. Training\n\nWe held 42 training sessions."
    )
    assert [(s[0], s[2], s[3]) for s in _stats(text, date(2023, 3, 2))] == [
        (1246, "2022-01-01", "2022-12-31"),
        (988, "2021-01-01", "2021-12-31"),
        (9, "2022-03-01", "2022-11-30"),
        (42, "2022-01-01", "2022-12-31"),
    ]


def test_half_a_year_a_decade_and_a_stock_as_of_a_month() -> None:
    text = (
        "За последние полгода возбуждено двадцать три дела. Over the past decade, more than 120 prisoners have "
        "been reported as victims of enforced disappearance, and as of May 2024 the fate of 86 of them remains "
        "unknown."
    )
    assert [(s[0], s[2], s[3]) for s in _stats(text, date(2024, 6, 20))] == [
        (23, "2023-12-20", "2024-06-20"),
        (120, "2014-06-20", "2024-06-20"),
        (86, None, "2024-05-31"),
    ]


def test_half_a_hundred_times_adverbs_and_a_neuter_zero() -> None:
    text = (
        "В тюрьмах находятся около полусотни человек. Следственный комитет трижды закрывал проверку. "
        "Ни одно из этих дел не закончилось реальным сроком."
    )
    assert [(s[0], s[1]) for s in _stats(text, date(2024, 8, 12))] == [(50, "about"), (3, "exactly"), (0, "exactly")]


def test_a_stock_word_past_however_is_another_clause() -> None:
    text = (
        "Национальный превентивный механизм в 2023 году провел 1 012 посещений учреждений, однако, по словам "
        "участников, их рекомендации остаются без ответа."
    )
    assert [(s[0], s[2], s[3]) for s in _stats(text, date(2024, 5, 15))] == [(1012, "2023-01-01", "2023-12-31")]


def test_twice_as_many_is_a_ratio_not_a_count() -> None:
    text = "Twice as many people were detained in May. He was summoned twice in June."
    assert [(s[0], s[2]) for s in _stats(text, date(2024, 8, 12))] == [(2, "2024-06-01")]


def test_a_figure_in_brackets_is_of_the_period_the_heading_gives_the_brackets() -> None:
    text = (
        "Annual Report 2025\n\nCases by type in 2025 (2024 figures in brackets):\n"
        "• searches of homes: 58 (37)\n• criminal cases opened: 94 (71)\n\nThe rest is commentary."
    )
    periods = [(q, start, end) for q, _, start, end, _ in _stats(text, date(2026, 2, 1))]
    assert periods == [
        (58, "2025-01-01", "2025-12-31"),
        (37, "2024-01-01", "2024-12-31"),
        (94, "2025-01-01", "2025-12-31"),
        (71, "2024-01-01", "2024-12-31"),
    ]


def test_a_line_label_before_its_figure_says_what_is_counted() -> None:
    text = "Распределение по видам:\nАдминистративные аресты — 19\nАлматы — 7\n"
    reference, dates = resolve_dates(text, date(2025, 3, 1))
    found = find_statistics(text, split_sentences(text), dates, find_places(text, None), reference, None)
    assert [(s.quantity, s.what) for s in found] == [(19, "Административные аресты"), (7, "")]


def test_later_counts_of_what_a_news_lede_dates_take_its_day() -> None:
    text = (
        "Police detain scores at Almaty rally\n\nALMATY, Oct 16 — Police in Almaty detained protesters en masse on "
        "Sunday as thousands rallied against gas prices.\n\nThe city police said 120 people had been held. "
        "Monitors counted at least 300 detainees."
    )
    periods = [(q, start, end) for q, _, start, end, _ in _stats(text, date(2023, 10, 16))]
    assert periods == [(120, "2023-10-15", "2023-10-15"), (300, "2023-10-15", "2023-10-15")]


def test_a_russian_heading_says_its_bracketed_figures_period() -> None:
    text = (
        "Итоги 2025 года\n\nЗадержания по городам за 2025 год (в скобках — данные за 2024 год):\n"
        "• Алматы — 58 (37)\n\nДалее комментарий."
    )
    periods = [(q, start, end) for q, _, start, end, _ in _stats(text, date(2026, 2, 1))]
    assert (37, "2024-01-01", "2024-12-31") in periods and (58, "2025-01-01", "2025-12-31") in periods


def test_the_datelines_day_is_not_the_day_of_what_the_lede_counts() -> None:
    text = (
        "VILNIUS, Jan 23 – Security forces detained three media workers in Minsk on Tuesday, a monitoring group said."
    )
    assert _stats(text, date(2025, 1, 23)) == [(3, "exactly", "2025-01-21", "2025-01-21", "Minsk")]


def test_a_resolutions_year_and_an_articles_parts_are_neither_period_nor_count() -> None:
    text = (
        "«Ориентир» признал политзаключёнными ещё семь человек.\n\nЦентр, руководствуясь резолюцией ПАСЕ № 1900 "
        "(2012), признал их политическими заключёнными. Их обвиняют по статье 206.3.2 УК."
    )
    assert _stats(text, date(2025, 6, 10)) == [(7, "exactly", None, "2025-06-10", None)]


def test_bracketed_figures_under_a_heading_naming_two_years_are_of_the_bracketed_one() -> None:
    text = (
        "KEY FIGURES\n\nBy type of violation (2024, with 2023 in brackets):\n"
        "- arbitrary detention: 118 cases (86);\n- torture in custody: 57 cases (42).\n"
    )
    found = [(q, start, end) for q, _, start, end, _ in _stats(text, date(2025, 2, 18))]
    assert (86, "2023-01-01", "2023-12-31") in found and (42, "2023-01-01", "2023-12-31") in found
    assert (118, "2024-01-01", "2024-12-31") in found


def test_an_annual_reports_title_may_run_over_its_first_lines() -> None:
    text = (
        "STEPPE HUMAN RIGHTS CENTRE\nANNUAL REPORT 2024: CIVIC FREEDOMS\n\nOur lawyers provided legal aid in "
        "143 cases and our monitors observed 61 court hearings."
    )
    assert [(q, start, end) for q, _, start, end, _ in _stats(text, date(2025, 2, 18))] == [
        (143, "2024-01-01", "2024-12-31"),
        (61, "2024-01-01", "2024-12-31"),
    ]


def test_two_cities_of_one_country_give_the_country() -> None:
    text = "On 3 May police detained 14 activists in Almaty and Astana."
    assert _stats(text, date(2025, 5, 4)) == [(14, "exactly", "2025-05-03", "2025-05-03", "Kazakhstan")]


def test_a_count_since_an_episode_as_of_a_stated_day_ends_that_day() -> None:
    text = (
        "5 января 2022 года в Алматы начались беспорядки. По данным прокуратуры на 1 декабря 2024 года, по делам, "
        "связанным с январскими событиями, осуждены 1 291 человек."
    )
    assert (1291, "exactly", "2022-01-01", "2024-12-01") in [s[:4] for s in _stats(text, date(2025, 1, 5))]


def test_a_count_goes_on_with_the_date_two_sentences_back_in_its_paragraph() -> None:
    text = (
        "The letter is dated March 8.\n\nOn July 1 and 2, 2022, thousands took to the streets of Nukus. Security "
        "forces dispersed the crowds with force. According to official figures, 21 people died."
    )
    assert (21, "exactly", "2022-07-01", "2022-07-02") in [s[:4] for s in _stats(text, date(2024, 3, 12))]


def test_a_family_word_is_no_town() -> None:
    assert [p.name for p in find_places("Семейный архив и город Семей.", "Kazakhstan")] == ["Semey"]


def test_a_live_blogs_timed_entries_count_on_the_day_its_title_names() -> None:
    text = (
        "Екатеринбург, 12 апреля. Акция в поддержку эколога — хроника дня\n\n"
        "10:40 На площади собираются участники акции в поддержку эколога, арестованного 2 апреля. "
        "У фонтана стоят три автозака.\n\n12:15 Задержаны ещё четверо.\n\n14:30 Всего задержаны 23 человека.\n"
    )
    found = [(q, start, end) for q, _, start, end, _ in _stats(text, date(2025, 4, 12))]
    assert (3, "2025-04-12", "2025-04-12") in found and (23, "2025-04-12", "2025-04-12") in found


def test_a_country_named_as_the_signers_parliament_counts_less_than_the_one_written_about() -> None:
    text = (
        "Депутаты Сейма Литвы направили обращение белорусским властям. Инициатором стал председатель группы Сейма "
        "Литвы. Среди подписавших — депутаты литовского Сейма. В Беларуси остаются в заключении 1 150 человек."
    )
    assert main_country(text) == "Belarus"


def test_a_year_after_publication_is_no_period_of_a_count() -> None:
    text = (
        "Since 12 March 2025, when the government put off the reform until 2029, protests have gone on in Minsk. "
        "More than 300 people were detained in the first weeks of the protests."
    )
    assert [s[2:4] for s in _stats(text, date(2025, 6, 1)) if s[0] == 300] == [("2025-03-12", "2025-06-01")]


def test_two_days_joined_by_and_are_the_period_of_a_count() -> None:
    text = "Суд в понедельник и во вторник рассмотрел дела не менее 40 человек, задержанных в воскресенье вечером."
    assert [s[2:4] for s in _stats(text, date(2025, 2, 12)) if s[0] == 40] == [("2025-02-10", "2025-02-11")]


def test_that_night_is_the_day_just_told_even_in_an_aside() -> None:
    text = (
        "Суд рассмотрел дела 40 человек, задержанных в воскресенье вечером у парламента. "
        "Всего в ту ночь полиция задержала около 70 участников акции."
    )
    assert [s[2:4] for s in _stats(text, date(2025, 2, 12)) if s[0] == 70] == [("2025-02-09", "2025-02-09")]


def test_last_week_is_its_monday_to_sunday_for_a_count() -> None:
    text = "Last week police detained 12 people trying to block the road."
    assert [s[2:4] for s in _stats(text, date(2025, 2, 12)) if s[0] == 12] == [("2025-02-03", "2025-02-09")]
