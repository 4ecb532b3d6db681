"""Date expressions in English and Russian, resolved against a reference (publication) date."""

from __future__ import annotations

import calendar
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

import regex

from chronicle.ingest.extraction.prefilter import prefiltered
from chronicle.ingest.extraction.text import rx

EN_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
EN_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
EN_MONTHS["sept"] = 9
RU_MONTHS = (
    # Kazakh month names first: 'маусым' (June) must not be read by the Russian stem 'ма' (May).
    ("қаңтар", 1),
    ("ақпан", 2),
    ("наурыз", 3),
    ("сәуір", 4),
    ("мамыр", 5),
    ("маусым", 6),
    ("шілде", 7),
    ("тамыз", 8),
    ("қыркүйек", 9),
    ("қазан", 10),
    ("қараша", 11),
    ("желтоқсан", 12),
    ("январ", 1),
    ("феврал", 2),
    ("март", 3),
    ("апрел", 4),
    ("ма", 5),
    ("июн", 6),
    ("июл", 7),
    ("август", 8),
    ("сентябр", 9),
    ("октябр", 10),
    ("ноябр", 11),
    ("декабр", 12),
)
# English months are matched case-sensitively: 'may', 'march' and the name 'Jan' are not months.
EN_MONTH_FULL = r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December)"
EN_MONTH = r"(?:" + EN_MONTH_FULL + r"|(?-i:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
RU_MONTH = (
    r"(?:январ[ьяею]|феврал[ьяею]|март[ае]?|апрел[ьяею]|ма[йяе]|июн[ьяею]|июл[ьяею]|август[ае]?|"
    r"сентябр[ьяею]|октябр[ьяею]|ноябр[ьяею]|декабр[ьяею]|"
    r"(?-i:қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)\w*)"
)
MONTH = r"(?:" + EN_MONTH + r"|" + RU_MONTH + r")"
# 'MONTHLY BRIEFING — MAY 2026': a month in capitals is read only with its year.
EN_MONTH_CAPS = r"(?-i:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)"
WHOLE_MONTH = r"(?:" + EN_MONTH_FULL + r"|" + RU_MONTH + r")"
YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
YEAR_TAIL = r"(?:\s*(?:года|году|год|г\.|жылы|жылғы|жыл))?"
DAY = r"(?:[012]?\d|3[01])(?:st|nd|rd|th)?"
SMALL_NUMBERS = {
    word: number
    for number, words in enumerate(
        (
            "a one один одного",
            "two два две двух",
            "three три трех трёх",
            "four четыре четырех четырёх",
            "five пять пяти",
            "six шесть шести",
            "seven семь семи",
            "eight восемь восьми",
            "nine девять девяти",
            "ten десять десяти",
            "eleven одиннадцать одиннадцати",
            "twelve двенадцать двенадцати",
        ),
        start=1,
    )
    for word in words.split()
}
SMALL_EN = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
SMALL_RU = (
    r"(?:два|две|двух|три|тр[её]х|четыре|четыр[её]х|пять|пяти|шесть|шести|семь|семи|восемь|восьми|"
    r"девять|девяти|десять|десяти|одиннадцат[ьи]|двенадцат[ьи])"
)

_PATTERNS = (
    (  # 'Between Sept 1 and Sept 12', 'from March 3 to March 20, 2025'
        "range",
        rf"(?:from|between)\s+(?P<m1>{EN_MONTH})\s+(?P<d1>{DAY})(?:,?\s*(?P<y1>{YEAR}))?\s+(?:and|to|until|through)\s+"
        rf"(?P<m2>{EN_MONTH})\s+(?P<d2>{DAY})(?:,?\s*(?P<y2>{YEAR}))?(?!\d)",
    ),
    (  # 'Between the rally outside the court on 5 May and the end of that month': from that day to the month's end
        "range_to_end",
        rf"between\s+the\s+[^,.;:\n]{{2,80}}?\s+on\s+(?:(?P<d1>{DAY})\s+(?P<m1>{MONTH})|(?P<m1>{EN_MONTH})\s+(?P<d1>{DAY}))"
        rf"(?:,?\s*(?P<y1>{YEAR}))?\s+and\s+the\s+end\s+of\s+(?:that|the)\s+(?P<unit>month|year)",
    ),
    (  # 'between Nov. 28 and the end of December', 'с 28 ноября по конец декабря'
        "range",
        rf"(?:from|between)\s+(?:(?P<d1>{DAY})\s+(?P<m1>{MONTH})|(?P<m1>{EN_MONTH})\s+(?P<d1>{DAY})),?\s*"
        rf"(?:(?P<y1>{YEAR})\s+)?(?:to|until|till|and|through)\s+the\s+end\s+of\s+(?P<m2>{MONTH})(?:,?\s*(?P<y2>{YEAR}))?|"
        rf"(?:с|со)\s+(?P<d1>{DAY})\s+(?P<m1>{MONTH})(?:\s+(?P<y1>{YEAR}){YEAR_TAIL})?\s+(?:по|до)\s+"
        rf"кон(?:ец|ца)\s+(?P<m2>{MONTH})(?:\s+(?P<y2>{YEAR}){YEAR_TAIL})?",
    ),
    (
        "range",
        rf"(?:from|between|с|со)\s+(?P<d1>{DAY})\s+"
        rf"(?P<m1>{MONTH})?\s*(?:(?P<y1>{YEAR}){YEAR_TAIL}\s+)?(?:to|until|till|and|through|по|до)\s+"
        rf"(?P<d2>{DAY})\s+(?P<m2>{MONTH}),?\s*(?P<y2>{YEAR})?{YEAR_TAIL}",
    ),
    (  # 'the reporting period, 1 January to 31 December 2022': a range with no 'from' before it
        "range",
        rf"(?P<d1>{DAY})\s+(?P<m1>{EN_MONTH})(?:\s+(?P<y1>{YEAR}))?\s+(?:to|until|through)\s+"
        rf"(?P<d2>{DAY})\s+(?P<m2>{EN_MONTH}),?\s*(?P<y2>{YEAR})",
    ),
    (
        "range",
        rf"(?:from|between)\s+(?P<m1>{MONTH})\s+(?P<y1>{YEAR})?\s*(?:to|until|and|through)\s+"
        rf"(?P<m2>{MONTH})\s+(?P<y2>{YEAR})",
    ),
    (
        "range",
        rf"(?:с|со)\s+(?P<m1>{MONTH})\s+(?P<y1>{YEAR})?{YEAR_TAIL}\s*(?:по|до)\s+(?P<m2>{MONTH})"
        rf"(?:\s+(?P<y2>{YEAR}){YEAR_TAIL})?(?:\s+включительно)?",
    ),
    (  # 'Jan–Jun 2024' (a table's column), 'Sept.-Dec. 2023': two months by a dash, the year after the second
        "range",
        rf"(?P<m1>{EN_MONTH})\s*[-–—]\s*(?P<m2>{EN_MONTH})\s+(?P<y2>{YEAR})(?!\d)",
    ),
    (
        "year_range",
        rf"(?:between|from)\s+(?P<y1>{YEAR})\s+(?:and|to|until|through)\s+(?P<y2>{YEAR})|"
        rf"(?:с|со)\s+(?P<y1>{YEAR})\s+(?:по|до)\s+(?P<y2>{YEAR}){YEAR_TAIL}|"
        rf"(?:в\s+)?(?P<y1>{YEAR})\s*[-–—]\s*(?P<y2>{YEAR})(?:\s*(?:годах|годы|гг\.))?",
    ),
    ("range", rf"(?P<d1>{DAY})\s*[-–—]\s*(?P<d2>{DAY})\s+(?P<m2>{MONTH}),?\s*(?P<y2>{YEAR})?{YEAR_TAIL}"),
    ("range", rf"(?P<d1>{DAY})\s+(?:and|и)\s+(?P<d2>{DAY})\s+(?P<m2>{MONTH}),?\s*(?P<y2>{YEAR})?{YEAR_TAIL}"),
    (  # 'July 1-2, 2022', 'July 1 and 2, 2022' (not 'May 5 and 12 people': a year must follow 'and')
        "range",
        rf"(?P<m2>{EN_MONTH})\s+(?P<d1>{DAY})\s*(?:[-–—]\s*(?P<d2>{DAY})(?:,?\s*(?P<y2>{YEAR}))?|"
        rf"(?:and|to|through)\s+(?P<d2>{DAY}),?\s*(?P<y2>{YEAR}))(?!\d)",
    ),
    ("day", rf"(?P<d2>{DAY})\s+(?P<m2>{MONTH}),?\s*(?P<y2>{YEAR})?{YEAR_TAIL}"),
    ("day", rf"(?P<m2>{EN_MONTH})\s+(?P<d2>{DAY})(?:,?\s*(?P<y2>{YEAR}))?(?!\d)"),
    (  # 'Итоги недели (31.03–06.04)': two numeric days joined by a dash (no spaces: '12.05 — 15.07' is two figures)
        "range",
        r"(?<![\d.])(?P<d1>[0-3]\d)\.(?P<mn1>[01]\d)(?:\.(?P<y1>" + YEAR + r"))?[-–—]"
        r"(?P<d2>[0-3]\d)\.(?P<mn>[01]\d)(?:\.(?P<y2>" + YEAR + r"))?(?![\d.])",
    ),
    ("day", r"(?P<d2>[0-3]?\d)\.(?P<mn>[01]?\d)\.(?P<y2>" + YEAR + r")"),
    # '01.04, 09:12' heading a post in a channel: a numeric day with the time of day, no year
    ("day", r"(?<![\d.])(?P<d2>[0-3]\d)\.(?P<mn>[01]\d)(?=,?\s+(?:в\s+|at\s+)?[0-2]?\d:[0-5]\d(?!\d))"),
    ("day", r"(?P<y2>" + YEAR + r")-(?P<mn>[01]\d)-(?P<d2>[0-3]\d)"),
    (  # 'осенью прошлого года', 'весной 2023 года', 'in the autumn of 2024': the season's months ('this spring'
        # is left to the day it is told with: 'detained this spring … taken into custody on 3 April')
        "season",
        rf"(?P<season>весной|летом|осенью|зимой)\s+(?:(?P<y2>{YEAR}){YEAR_TAIL}|(?P<rel>прошлого|этого|текущего|"
        rf"позапрошлого)\s+года)|"
        rf"(?:in\s+)?(?:the\s+)?(?P<season>spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?P<y2>{YEAR})",
    ),
    (
        "this_year",
        r"this year|в этом году|в текущем году|с начала (?:этого |текущего )?года|"
        r"since the (?:beginning|start) of (?:the|this) year|year[- ]to[- ]date|so far this year",
    ),
    (
        "first_months",
        rf"the first (?P<n>{SMALL_EN}) months of (?:the year|this year|(?P<y2>{YEAR}))|"
        rf"(?:за|в) (?:первые )?(?P<n_ru>{SMALL_RU}) месяц(?:а|ев) "
        rf"(?:текущего года|этого года|(?P<last>прошлого года)|(?P<y3>{YEAR}){YEAR_TAIL})",
    ),
    (
        "quarter",
        rf"the (?P<q>first|second|third|fourth) quarter"
        rf"(?: of (?:the year|this year|(?P<prev>last year)|(?P<y2>{YEAR})))?|"
        rf"(?-i:Q(?P<qn>[1-4]))(?:\s+(?P<y4>{YEAR}))?|"
        rf"(?:(?P<q_ru>перв|втор|трет|четв[её]рт)\w*|(?-i:(?P<q_rom>IV|I{{1,3}}))(?:-?(?:го|й|м))?|"
        rf"(?P<q_dig>[1-4])-?(?:го|й|м)) квартал\w*"
        rf"(?: (?:текущего года|этого года|(?P<prev>прошлого года|минувшего года)|(?P<y3>{YEAR}){YEAR_TAIL}))?|"
        # 'за квартал', 'over the quarter' in a report: the last quarter completed before publication
        r"(?P<last_q>за (?:истекший |прошедший |минувший )?квартал|(?:over|during|in) the (?:past )?quarter)(?![\w])",
    ),
    (
        "half",
        rf"the (?P<h>first|second) half of (?:the year|this year|(?P<prev>last year)|(?P<y2>{YEAR}))|"
        rf"(?-i:H(?P<hn>[12]))\s+(?P<y4>{YEAR})|"
        rf"(?P<h_ru>перв|втор)\w* полугоди\w*(?: (?:текущего года|этого года|(?P<prev>прошлого года|минувшего года)|"
        rf"(?P<y3>{YEAR}){YEAR_TAIL}))?",
    ),
    (
        "reporting_period",
        r"the (?:reporting|review) period|the period under review|"
        r"(?:отч[её]тн\w*|рассматриваем\w*) период\w*|"
        # ('за первое полугодие 2025 года … за полугодие осуждены 118': the half-year the report covers)
        r"за (?:это |текущее |истекшее )?полугодие(?!\s+(?:\d|[а-я]+ого года))|"
        r"(?:over|in|during) the (?:half-year|quarter)(?!\s+(?:of|to|before|after|ending))",
    ),
    (
        "month_end",
        rf"(?:at|by|as of|as at) the end of (?P<m2>{EN_MONTH_FULL})(?:\s+(?P<y2>{YEAR}))?|"
        rf"(?:по состоянию )?(?:на|к) кон(?:ец|цу) (?P<m3>{RU_MONTH})(?:\s+(?P<y3>{YEAR}){YEAR_TAIL})?",
    ),
    (
        "same_period_last_year",
        r"the same period (?:of |in )?(?:last|the previous) year|"
        r"(?:аналогичный|тот же|такой же) период прошлого года|a year earlier|a year before|the year before|"
        r"the (?:previous|preceding) year|в предыдущем году|за предыдущий год|"
        r"годом (?:ранее|раньше)",
    ),
    (
        "since_then",
        r"since then|(?:has|have|had) since|since that (?:time|day|date)|после этого|"
        r"since the (?:ban|banning|designation|ruling|verdict|arrests?|"
        r"detentions?|raids?|protests?|unrest|events|crackdown|elections?|referendum)|"
        # 'since the network was banned', 'с тех пор как движение запретили': since the ban stated before
        r"since (?:the|it|its|they)(?: \w+){0,2}? (?:was|were) (?:banned|designated|outlawed|proscribed)|"
        r"с тех пор,? как (?:\w+ ){0,2}?(?:был\w* )?(?:запрещ\w*|запретили|признан\w*)|"
        r"с тех пор|с того (?:времени|дня)|"
        r"с момента (?:запрета|признания|задержани\w+|ареста|приговора|событий|протестов|выборов)",
    ),
    (
        "same_period",
        rf"the same period(?: (?:of|in) (?P<y2>{YEAR}))?|(?:тот же|этот|указанный|аналогичный) период"
        rf"(?: (?P<y3>{YEAR}){YEAR_TAIL})?|"
        r"the same month|в том же месяце|в этом же месяце",
    ),
    (
        "same_day",  # 'At least 40 people were detained that day', 'Тогда же прошли обыски': the date just stated
        r"(?:later |on )?(?:that|the same) (?:day|evening|night|morning)|"
        r"(?:в|на) (?:тот|этот) же (?:день|вечер)|в тот день|в ту(?: же)? ночь|в тот вечер|в то утро|той ночью|"
        r"тем же (?:днём|днем|вечером)|тогда же|"
        # ('Что происходило в мае 2022 года? … тогда погибли 40': then, at the start of a clause)
        r"(?<=(?:^|[.!?,—–:]\s*|\n\s*))(?i:тогда)(?!\s+(?:как|же|когда))",
    ),
    ("month_earlier", r"a month (?:earlier|before)|месяцем ранее|месяцем раньше|за месяц до этого"),
    (  # 'As of 31 July, 1,148 … During the month, 14 were released': the month of the date just stated
        "the_month",
        r"(?:during|over|in|throughout) the month(?!\s+(?:before|after|of|since|to|following|preceding))|"
        r"за (?:этот |отч[её]тный )?месяц(?!\s+до)",
    ),
    (  # 'As of 31 December 2025 … During the year at least 2,030 were detained': that date's year
        "the_year",
        r"(?:during|over|throughout|in the course of) the year(?!\s+(?:before|after|of|since|to|following|preceding))|"
        r"в течение (?:этого |отч[её]тного )?года|за (?:этот |отч[её]тный )?год(?!\s+до)",
    ),
    ("following_year", r"the following year|the next year|a year later|в следующем году|через год|год спустя"),
    (
        "days_later",
        rf"(?P<n>{SMALL_EN}|\d+) days? later|a day later|the (?:next|following) day|на следующий день|"
        rf"(?P<w>{SMALL_EN}|\d+) weeks? later|a week later|через (?P<w_ru>{SMALL_RU}|\d+) недел[иь]|через неделю|"
        rf"через (?P<n_ru>{SMALL_RU}|\d+) (?:дн(?:я|ей)|суток)|через день",
    ),
    (
        "within",
        rf"within (?:a|one|(?P<n>{SMALL_EN}|\d+)) (?P<unit>days?|weeks?|months?)|"
        rf"в течение (?:(?P<n_ru>{SMALL_RU}|\d+) )?(?P<unit_ru>недел[иь]|месяц(?:а|ев)?|дн(?:я|ей)|суток)",
    ),
    (
        "previous_months",
        rf"the (?:previous|preceding) (?P<n>{SMALL_EN}|\d+) months|"
        r"the (?:previous|preceding) twelve months",
    ),
    (
        "past_months",
        rf"the (?:past|last) (?P<n>{SMALL_EN}|\d+) months|"
        r"the (?:past|last) month|"
        rf"за последни[ей] (?P<n_ru>{SMALL_RU}|\d+) месяц(?:а|ев)|за (?:последний|прошедший) месяц|"
        rf"the (?:past|last) (?P<y>{SMALL_EN}|\d+) years|за последни[ей] (?P<y_ru>{SMALL_RU}|\d+) (?:года|лет)|"
        rf"за (?P<y_ru>{SMALL_RU}|\d+) (?:года|лет)(?!\s+(?:до|после|с\s|заключени|лишени|колони))|"
        r"(?P<half>the (?:past|last) (?:year and a half|18 months)|за последние полтора года)|"
        r"(?P<decade>(?:over |in |during )?the (?:past|last) decade|за последнее десятилетие)|"
        r"(?P<halfyear>за (?:последние |прошедшие )?полгода(?!\s+до)|the (?:past|last) half[- ]year|"
        r"the (?:past|last) half a year)",
    ),
    (  # 'in the 12 months to September 2025': the months ending with the one named
        "months_to",
        rf"the (?P<n>{SMALL_EN}|\d+) months (?:to|up to|ending(?: in)?|through) "
        rf"(?P<m2>{EN_MONTH_FULL})\s+(?P<y2>{YEAR})",
    ),
    ("last_month", r"last month|в прошлом месяце|в минувшем месяце"),
    (
        "since_invasion",  # Russia's full-scale invasion of Ukraine, the start of most wartime counts
        r"since (?:the (?:start|beginning) of )?(?:Russia's |the )?full[- ]scale invasion(?: of Ukraine)?|"
        r"с (?:начала|момента) полномасштабного вторжения(?: (?:России )?в Украину)?|"
        # (a bare 'с начала войны' in a Russian text of these years means the same start)
        r"с начала (?:полномасштабной )?войны(?: (?:в Украине|против Украины|с Украиной))?",
    ),
    (
        "last_week",
        r"last week|на прошлой неделе|на минувшей неделе",
    ),
    (
        "past_week",
        r"за (?:минувшую|прошлую|прошедшую) неделю|"
        r"(?P<rolling>за последнюю неделю|за неделю(?!\s+(?:до|после|с\s))|(?:over|in|during) the (?:past|last) week)",
    ),
    (  # 'over the weekend', 'на выходных': the Saturday and Sunday before publication
        "weekend",
        r"(?:over|during|at|on) the weekend|this (?:past )?weekend|last weekend|на (?:этих |прошлых |минувших )?"
        r"выходных",
    ),
    (  # 'since Monday', 'с понедельника': from that day to publication
        "since_weekday",
        r"since (?P<wd>(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))|"
        r"(?:с|со) (?P<wd>понедельника|вторника|среды|четверга|пятницы|субботы|воскресенья)",
    ),
    (
        "weekday",
        r"(?P<wd>(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))|"
        r"(?:в|во) (?P<wd>понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)",
    ),
    # 'since the annexation of the peninsula in 2014', 'с аннексии полуострова в 2014 году': since that year
    (
        "since",
        rf"(?:since the|с(?:о)? (?:момента )?)\s*(?:annexation|invasion|start|beginning|outbreak|election|coup|war|"
        rf"аннекси\w*|вторжени\w*|начала|выборов|переворота|войны)(?:\s+[\w-]+){{0,4}}?\s+(?:in|в)\s+"
        rf"(?:(?P<part>late|early|mid|конце|начале|середине)[- ]\s*)?(?P<y2>{YEAR}){YEAR_TAIL}",
    ),
    # 'since late November 2024', 'since the summer of 2020', 'с конца ноября 2024 года', 'с лета 2020 года'
    (
        "since",
        rf"(?:since|starting from)\s+(?:the\s+)?(?P<part>late|early|mid|end|beginning|start|middle|summer|spring|"
        rf"autumn|fall|winter)(?:-|\s+of\s+|\s+)(?:(?P<m2>{EN_MONTH})(?:,?\s*(?P<y2>{YEAR}))?|(?P<y2>{YEAR}))|"
        rf"(?:с|со)\s+(?P<part>конца|начала|середины|лета|весны|осени|зимы)\s+"
        rf"(?:(?P<m2>{RU_MONTH})(?:\s*(?P<y2>{YEAR}))?|(?P<y2>{YEAR})){YEAR_TAIL}",
    ),
    ("since", rf"(?:since|starting from)\s+(?P<m2>{EN_MONTH})\s+(?P<d2>{DAY})(?:,?\s*(?P<y2>{YEAR}))?(?!\d)"),
    ("since", rf"(?:since|starting from|с)\s+(?P<d2>{DAY})\s+(?P<m2>{MONTH})(?:,?\s*(?P<y2>{YEAR}){YEAR_TAIL})?"),
    ("since", rf"(?:since|starting from|с начала|с)\s+(?:(?P<m2>{MONTH})\s*)?(?P<y2>{YEAR})?{YEAR_TAIL}"),
    ("month", rf"(?P<m2>{MONTH}|{EN_MONTH_CAPS})\s+(?P<y2>{YEAR}){YEAR_TAIL}"),
    (  # 'январские события', 'после майских протестов': the episode of that month in the year the text gives it
        "episode",
        r"(?P<m_adj>(?:январ|феврал|мартов|апрель|май|июнь|июль|августов|сентябрь|октябрь|ноябрь|декабрь)ск\w+)\s+"
        r"(?:событи|протест|беспорядк|волнени|трагеди)\w*",
    ),
    ("month", rf"(?P<m2>{WHOLE_MONTH})"),
    ("year", rf"(?P<y2>{YEAR}){YEAR_TAIL}"),
    (
        "past_year",
        r"(?:over |during |in |within )?the (?:last|past) (?:year|12 months|twelve months)|"
        r"за последний год|за последние 12 месяцев|за прошедший год",
    ),
    ("last_year", r"(?:the whole of )?last year|в прошлом году|за (?:весь )?(?:прошлый|минувший) год"),
    (
        "year_start",
        rf"(?:at|by) the (?:start|beginning) of (?:the year|(?P<y2>{YEAR}))|на начало (?:этого |текущего )?года|"
        rf"на начало (?P<y3>{YEAR}){YEAR_TAIL}",
    ),
    ("every_year", r"every year|each year|annually|ежегодно|каждый год"),
    (
        "now",
        r"now|currently|at present|at the moment|to date|thus far|so far|as of today|at this time|"
        r"at the time of (?:writing|publication)|на момент (?:написания|публикации|подготовки) \w+|"
        r"на данный момент|в настоящее время|сейчас|на сегодня|на сегодняшний день|до сих пор|"
        r"в последнее время",
    ),
    # ('as of today', 'на сегодня' are stocks: 'now' above wins; 'CRW said today' dates the statement, not what
    # it counts; «Гомель сегодня» is a name)
    (  # capitalised only where it opens a sentence ('USA Today' is a paper)
        "today",
        r"(?<!(?:said|says|reported|announced|stated|told|wrote|warned|added|сообщил\w*|заявил\w*|рассказал\w*|"
        r"написал\w*|сообщает|заявляет)\s)(?:(?-i:today|сегодня)|(?<=(?:^|[.!?\n]\s*))(?-i:Today|Сегодня)|"
        r"earlier today|this morning|this afternoon|this evening)(?![\w»\"”])",
    ),
    (  # the day before the publication ('вчера вечером', 'last night'); 'позавчера' two days before
        "yesterday",
        r"(?P<two>the day before yesterday|позавчера)|yesterday|вчера|last night|прошлой ночью|минувшей ночью",
    ),
    (
        "relative_days",
        r"(?P<n>\d+|два|две|три|четыре|пять|two|three|four|five)\s+(?:дн(?:я|ей)|days)\s+(?:назад|ago)",
    ),
)


@dataclass(frozen=True)
class DateMention:
    """A date expression: kind, resolved start and end (ISO prefixes: YYYY, YYYY-MM, YYYY-MM-DD)."""

    start: int
    end: int
    kind: str
    first: str | None
    last: str | None
    text: str


# One pass over the text: at each position the first pattern that matches (ranges before days,
# days before months, months before years) wins, and the scan goes on after it.
_SCANNER = regex.compile(
    r"(?<![\w])(?:" + "|".join(f"(?P<k{i}>(?:{pattern})(?![\\w]))" for i, (_, pattern) in enumerate(_PATTERNS)) + ")",
    regex.IGNORECASE,
)
_KINDS = tuple((f"k{i}", kind) for i, (kind, _) in enumerate(_PATTERNS))


# Expressions that take their meaning from the date stated just before them ('two days later',
# 'during the same period last year', 'the following year').
ANCHORED_KINDS = frozenset(
    {
        "same_period_last_year",
        "same_period",
        "same_day",
        "month_earlier",
        "the_month",
        "the_year",
        "following_year",
        "days_later",
        "previous_months",
        "since_then",
        "reporting_period",
        "within",
    }
)
# Stated periods that a later 'over the reporting period' / 'за отчётный период' can mean.
_REPORT_KINDS = frozenset({"range", "quarter", "half", "first_months", "year", "month", "this_year", "past_months"})
WEEKDAYS = (
    ("monday", "понедельник"),
    ("tuesday", "вторник"),
    ("wednesday", "сред"),
    ("thursday", "четверг"),
    ("friday", "пятниц"),
    ("saturday", "суббот"),
    ("sunday", "воскресен"),
)


# Periods that end at the reference date ('с весны 2020 года', 'so far this year'): their end is not a date stated.
_OPEN_KINDS = frozenset(
    {"since", "since_invasion", "since_then", "this_year", "now", "past_months", "past_year", "past_week", "today"}
)
_PLANNED = regex.compile(r"(?<![\w])(?:until|till|by|before|до|к)\s+$", regex.IGNORECASE)


def find_dates(text: str, reference: date | None) -> list[DateMention]:
    """Every date expression, leftmost and longest-pattern first, resolved against `reference`;
    anaphoric ones ('the same period last year') against the date stated before them."""
    found: list[DateMention] = []
    anchor: DateMention | None = None
    stated: DateMention | None = None  # the last anchor whose end is written, not the reference
    month_anchor: DateMention | None = None
    report: DateMention | None = None
    period: DateMention | None = None
    ban: DateMention | None = None
    last_day: DateMention | None = None  # the last single day told, an aside's too ('задержанных в воскресенье')
    for match in _expressions(text):
        kind = next(kind for group, kind in _KINDS if match.group(group) is not None)
        if kind == "same_period" and _SAME_MONTH.search(match.group()):
            mention = _same_month(match, month_anchor)
        elif kind == "reporting_period" or (kind == "past_week" and report and match.group().lower() == "за неделю"):
            # ('Главное за неделю' in a weekly review of '9–15 ноября': the week the review covers)
            mention = _resolve_anchored("same_period", match, report, reference)
        elif kind == "same_period":  # 'in the same period': the last period stated, not a day within it
            mention = _resolve_anchored(kind, match, period or anchor, reference)
        elif kind == "since_then" and ban is not None and _SINCE_BAN.search(match.group()):
            mention = _resolve_anchored(kind, match, ban, reference)  # 'since the ban': the day of the ban
        elif kind in ("the_month", "the_year", "within"):  # a date stated, not an open period's end (publication)
            mention = _resolve_anchored(kind, match, stated, reference)
        elif kind == "same_day":  # 'в ту ночь': the day just told, even in an aside about the people it counts
            later = last_day is not None and (anchor is None or last_day.start > anchor.start)
            mention = _resolve_anchored(kind, match, last_day if later else anchor, reference)
        elif kind in ANCHORED_KINDS:
            mention = _resolve_anchored(kind, match, anchor, reference)
        elif kind == "episode":
            mention = _adjective_episode(text, match, reference)
        elif kind == "year" and counted_not_year(text, match.start(), match.end()):
            continue  # 'не менее 2030 человек': a count, not a year
        elif kind == "year" and _sum_of_money(text, match.start(), match.end()):
            continue  # 'оштрафован на суммы от 2000 до 5000 лари': an amount, not a year
        elif kind == "year" and _DOCUMENT_YEAR.search(text, max(0, match.start() - 30), match.start()):
            continue  # 'PACE Resolution 1900 (2012)': the year a document is of, no date of the story
        else:
            mention = _resolve(kind, match, reference)
        if mention is None:
            continue
        if kind == "month" and anchor is not None and _SAME_YEAR.match(text, match.end(), match.end() + 30):
            mention = _in_year_of(mention, anchor)
        elif kind == "month" and reference is not None and _LAST_YEAR_AFTER.match(text, match.end(), match.end() + 30):
            mention = _in_year_of(mention, DateMention(0, 0, "year", None, str(reference.year - 1), ""))
        elif kind == "month" and mention.first and _EPISODE_AFTER.match(text, match.end()):
            mention = _episode_month(text, match, mention, reference)
        if kind == "month" and found and found[-1].kind == "month":
            mention = _month_range(text, found[-1], mention) or mention
            if mention.kind == "range":
                found.pop()
        found.append(mention)
        compared = _COMPARED.search(text[max(0, match.start() - 40) : match.start()])
        if _is_point(mention) and kind != "same_day" and not compared:
            last_day = mention
        if report is None and mention.kind in _REPORT_KINDS and mention.first and mention.first != mention.last:
            report = mention  # the first period a report states is the period it covers
        if mention.first and mention.last and mention.first[:7] != mention.last[:7] and not compared:
            period = mention
        planned = _PLANNED.search(text, max(0, match.start() - 12), match.start()) and (
            reference is None or (mention.first or "") > reference.isoformat()
        )
        if (
            mention.last
            and kind not in ("now", "every_year")
            and not compared
            and not planned
            and not in_aside(text, mention)
            and not in_closed_aside(text, mention)
            and not in_figure_parenthesis(text, mention)
        ):
            anchor = mention  # ('suspend talks until 2028' is a plan: no anchor for 'since then')
            if mention.kind not in _OPEN_KINDS:
                stated = mention
        if kind in ("day", "month", "year") and (
            _BANNED.search(text, max(0, match.start() - 80), match.start())
            or _BANNING_AFTER.match(text, match.end(), match.end() + 60)
        ):
            ban = mention
        if mention.first and len(mention.first) >= 7 and mention.first[:7] == (mention.last or "")[:7]:
            month_anchor = mention
    return _with_named_periods(text, _under_year_headings(text, found))


_DOCUMENT_YEAR = regex.compile(
    r"(?:Resolution|Recommendation|Decision|резолюци\w*|рекомендаци\w*|решени\w*|№|No\.?)\s*(?:No\.?\s*|№\s*)?"
    r"\d{2,5}\s*\($",
    regex.IGNORECASE,
)


# A timeline's year on a line of its own ('2022' then '3 July - … is detained'): the year of the dates under it.
_YEAR_HEADING = regex.compile(r"(?m)^[ \t]*(?P<year>(?:19|20)\d\d)[ \t]*:?[ \t]*$")
_WRITTEN_YEAR = regex.compile(r"(?:19|20)\d\d")


def _under_year_headings(text: str, found: list[DateMention]) -> list[DateMention]:
    """Dates written without a year take the year of the heading line above them."""
    headings = [(m.start(), m.group("year")) for m in _YEAR_HEADING.finditer(text)]
    if not headings:
        return found
    result = []
    for mention in found:
        above = [year for start, year in headings if start < mention.start]
        if above and mention.kind in ("day", "month", "range") and not _WRITTEN_YEAR.search(mention.text):
            first = above[-1] + mention.first[4:] if mention.first else None
            last = above[-1] + mention.last[4:] if mention.last else None
            mention = DateMention(mention.start, mention.end, mention.kind, first, last, mention.text)
        result.append(mention)
    return result


@lru_cache(maxsize=4)
def _expressions(text: str) -> tuple[regex.Match[str], ...]:
    """The date expressions of a text, found once: a text without a publication date is read against
    two reference dates in turn (the pattern is tried only where an expression can begin)."""
    return tuple(prefiltered(_SCANNER).finditer(text))


# 'the January 2022 unrest' … 'were killed during the unrest': an episode named once with its date
# and later by its noun alone takes that date.
_EPISODE = (
    r"(?:unrest|protests?|demonstrations?|riots?|events|crackdown|clashes|elections?|referendum|searche?s?|raids?|"
    r"беспорядк\w*|протест\w*|волнени\w*|событи\w*|акци[йия]\w*|выбор\w*|референдум\w*|обыск\w*|рейд\w*)"
)
_EPISODE_NOUN = regex.compile(rf"(?<![\w])(?P<noun>{_EPISODE})(?![\w])", regex.IGNORECASE)
_EPISODE_BACK = regex.compile(
    rf"(?:during|amid|in|after|since|over|throughout|во время|в ходе|после|в дни)\s+(?:the\s+|тех\s+|этих\s+)?"
    rf"(?P<noun>{_EPISODE})(?![\w])",
    regex.IGNORECASE,
)


@lru_cache(maxsize=4)
def _episode_nouns(text: str) -> tuple[regex.Match[str], ...]:
    """The episode nouns of a text, found once for the reference dates it is read against."""
    return tuple(_EPISODE_NOUN.finditer(text))


_EPISODE_DATE_KINDS = ("day", "month", "range", "weekday")
_SENTENCE_END = regex.compile(r"[.;!?\n]")


def _with_named_periods(text: str, found: list[DateMention]) -> list[DateMention]:
    """Add the date of an episode to later mentions of it by its noun alone."""
    dated: dict[str, DateMention] = {}
    added: list[DateMention] = []
    starts = [m.start for m in found]
    for match in _episode_nouns(text):
        stem = match.group("noun").lower()[:5]
        around = found[max(0, bisect_left(starts, match.start() - 80)) : bisect_left(starts, match.end() + 5)]
        near = [
            m
            for m in around
            if m.kind in _EPISODE_DATE_KINDS
            and (
                0 <= match.start() - m.end <= 3
                or 0 <= m.start - match.end() <= 4
                or (0 <= match.start() - m.end <= 80 and not _SENTENCE_END.search(text[m.end : match.start()]))
            )
        ]
        if near:
            dated[stem] = near[0]
            continue
        if stem not in dated:
            continue
        low = max(0, match.start() - 30)
        back = next((b for b in _EPISODE_BACK.finditer(text[low : match.end()])), None)
        if back is None or low + back.end() != match.end():
            continue
        start, end = low + back.start(), low + back.end()
        if any(m.start < end and start < m.end for m in around):
            continue
        source = dated[stem]
        added.append(DateMention(start, end, "same_period", source.first, source.last, back.group()))
    return sorted(found + added, key=lambda m: m.start) if added else found


_SAME_MONTH = regex.compile(r"month|месяц", regex.IGNORECASE)
# 'The court declared the movement extremist on 14 May 2025 … since the ban': the date of the ban.
_BANNED = regex.compile(
    r"(?:banned|outlawed|designated|declared|proscribed|запретил\w*|запрещ\w*|признал\w*|признан\w*)"
    r"(?:\W+\w+){0,6}?\W+(?:extremist|terrorist|экстремист\w*|террористическ\w*)?[^.;]{0,30}$",
    regex.IGNORECASE,
)
_SINCE_BAN = regex.compile(
    r"ban|designat|outlawed|proscribed|ruling|decision|признания|признан|запрет|запрещ|решения", regex.IGNORECASE
)
# 'the decision of the Supreme Court of 14 April 2026 declaring the movement an extremist organisation'
_BANNING_AFTER = regex.compile(
    r"[^.;]{0,20}?(?:declaring|banning|designating|outlawing|признав\w*|запретив\w*|о признании|о запрете)",
    regex.IGNORECASE,
)
# 'В ноябре того же года', 'in November of the same year', 'in November that year': the anchor's year.
_SAME_YEAR = regex.compile(
    r"\s+(?:того же|этого же|того|этого) года|,?\s+(?:of )?(?:the same|that) year", regex.IGNORECASE
)


# 'в октябре прошлого года', 'in October last year': the month of the year before publication.
_LAST_YEAR_AFTER = regex.compile(r"\s+(?:прошлого|минувшего|предыдущего) года|,?\s+(?:of )?last year", regex.IGNORECASE)


_EPISODE_AFTER = regex.compile(
    r"\s+(?:events|unrest|protests|riots|crackdown|uprising|massacre|raids|arrests)(?![\w])", regex.IGNORECASE
)


_IN_CONNECTION = regex.compile(
    r"(?<![\w])(?:related to|in connection with|connected with|linked to|after|following|since|"
    r"в связи с|связанн\w* с|по делам о|после)\s+(?:the\s+)?$",
    regex.IGNORECASE,
)


def _episode_month(text: str, match: regex.Match[str], mention: DateMention, reference: date | None) -> DateMention:
    """'the January events' after 'January 2022' is that month of that year; 'complaints related to the
    January events' are counted from then to now. A month never written with a year is left as it was."""
    named = _year_named_with(text, match.group(), reference)
    if named is None:
        return mention
    mention = _in_year_of(mention, DateMention(0, 0, "year", None, named, ""))
    if reference is not None and _IN_CONNECTION.search(text, max(0, match.start() - 40), match.start()):
        return DateMention(mention.start, mention.end, "since", mention.first, reference.isoformat(), mention.text)
    return mention


def _adjective_episode(text: str, match: regex.Match[str], reference: date | None) -> DateMention | None:
    """'январских событий' after '5 января 2022 года': January 2022, the year the text first writes with the
    month (from then to now after 'в связи с')."""
    number = month_number(match.group("m_adj"))
    written = [
        int(found.group("y"))
        for found in _MONTH_WITH_YEAR.finditer(text)
        if month_number(found.group("m")) == number and (reference is None or int(found.group("y")) <= reference.year)
    ]
    if number is None or not written:
        return None
    month = f"{written[0]:04d}-{number:02d}"  # (the first time the text writes the month with a year)
    if reference is not None and _IN_CONNECTION.search(text, max(0, match.start() - 40), match.start()):
        return DateMention(match.start(), match.end(), "since", month, reference.isoformat(), match.group())
    return DateMention(match.start(), match.end(), "month", month, month, match.group())


_MONTH_WITH_YEAR = regex.compile(rf"(?<![\w])(?P<m>{WHOLE_MONTH})\s+(?P<y>(?:19|20)\d\d)(?!\d)", regex.IGNORECASE)


def _year_named_with(text: str, month: str, reference: date | None) -> str | None:
    """The latest year the text writes with this month ('January 2022', not after the reference date):
    the episode a bare month names ('the January events')."""
    years = [
        int(found.group(1))
        for found in regex.finditer(rf"(?<![\w]){regex.escape(month)}\s+((?:19|20)\d\d)(?!\d)", text)
    ]
    years = [y for y in years if reference is None or y <= reference.year]
    return str(max(years)) if years else None


def _in_year_of(mention: DateMention, anchor: DateMention) -> DateMention:
    """A month mention moved into the year of the date stated before it."""
    year = (anchor.first or anchor.last or "")[:4]
    if not (year and mention.first and len(mention.first) >= 7):
        return mention
    first, last = year + mention.first[4:], year + (mention.last or mention.first)[4:]
    return DateMention(mention.start, mention.end, mention.kind, first, last, mention.text)


# 'compared with 389 in the first quarter': a period named for comparison is not what 'the same period' means.
# A four-digit number followed by what is counted is a count ('задержаны 1950 человек', '2020 cases').
_COUNTED_YEAR = regex.compile(
    r"\s+(?:человек|людей|граждан\w*|жител\w+|участник\w+|активист\w*|заключ[её]нн\w+|задержанн\w+|дел[оа]?|"
    r"people|persons|individuals|protesters|activists|prisoners|detainees|cases)(?![\w])",
    regex.IGNORECASE,
)
# ('in 2020 people took to the streets' is a year)
_YEAR_PREPOSITION = regex.compile(
    r"(?<![\w])(?:in|since|by|from|until|till|after|before|of|during|between|and|в|во|с|со|до|к|от|после|по|за|на|и)"
    r"\s+$",
    regex.IGNORECASE,
)


# 'день рождения Алексея Навального, погибшего в феврале в колонии': a date in a participle's or a relative
# clause's aside about someone named, not the date the sentence goes on with.
_ASIDE_BEFORE = regex.compile(
    r"(?:\p{Ll}+(?:вш|ш)(?:его|ей|их|ему|им|ая|ий|ие|ую)|\p{Ll}+(?:нн|ённ|енн)(?:ого|ой|ых|ому|ым)|"
    r"(?<![\w])(?:who|which|where)(?:\s+[\w'’]+){1,3})(?:\s+[\w'’]+){0,3}\s+$",
    regex.IGNORECASE,
)


def in_aside(text: str, mention: DateMention) -> bool:
    """Whether a date stands in a participle's or relative clause's aside."""
    return _ASIDE_BEFORE.search(text, max(0, mention.start - 50), mention.start) is not None


# A relative clause opened after a comma: ', where the office was searched in March, …'.
_ASIDE_OPEN = regex.compile(r",\s+(?:which|who|whom|whose|where|when|где|котор\w+)(?![\w])", regex.IGNORECASE)
_ASIDE_REACH = 160


def in_closed_aside(text: str, mention: DateMention, until: int | None = None) -> bool:
    """Whether a date stands in a relative clause opened and closed by commas within its sentence ('In
    Mangystau, where the office was searched in March, only nine complaints were registered'), closed
    before `until` when given (a count after the clause)."""
    lead = text[max(0, mention.start - _ASIDE_REACH) : mention.start]
    opened = list(_ASIDE_OPEN.finditer(lead))
    if not opened or regex.search(r"[,.;!?\n]", lead[opened[-1].end() :]):
        return False
    reach = _ASIDE_REACH if until is None else until - mention.end
    tail = regex.match(r"[^.;!?\n]*", text[mention.end : mention.end + reach])
    return tail is not None and "," in tail.group()


def in_figure_parenthesis(text: str, mention: DateMention) -> bool:
    """Whether a date is a compared figure's, in parentheses with it ('1,038 in 2024 (1,112 in 2023)')."""
    opened = text.rfind("(", max(0, mention.start - 60), mention.start)
    if opened < 0 or ")" in text[opened : mention.start]:
        return False
    closed = text.find(")", mention.end, mention.end + 60)
    inside = text[opened + 1 : mention.start] + " " + (text[mention.end : closed] if closed >= 0 else "")
    return regex.search(r"\d", inside) is not None  # ('(в сентябре – 148)': the 148's month)


# A currency after the number, or after the range it opens ('от 2000 до 5000 лари', '2,000 to 5,000 GEL').
_CURRENCY_AFTER = regex.compile(
    r"(?:\s*(?:до|to|and|и|–|—|-)\s*\d[\d\s,.]*)?\s*(?:лари|рубл\w*|руб\.|тенге|сом\w*|манат\w*|долл\w*|евро|"
    r"сум(?:ов|а)?|гривен\w*|злот\w*|белорусск\w+ рубл\w*|GEL|USD|EUR|KZT|RUB|AZN|KGS|TJS|UZS|BYN|dollars?|euros?|"
    r"roubles?|rubles?|tenge|soms?|manats?|lari|somoni|hryvnias?|[$€₽₸])(?![\w])",
    regex.IGNORECASE,
)
_CURRENCY_BEFORE = regex.compile(r"(?:[$€₽₸]|USD|EUR|GEL|KZT|RUB)\s*$")


def _sum_of_money(text: str, start: int, end: int) -> bool:
    """Whether a four-digit number that looks like a year is an amount of money."""
    return (
        _CURRENCY_AFTER.match(text, end) is not None
        or _CURRENCY_BEFORE.search(text, max(0, start - 5), start) is not None
    )


def counted_not_year(text: str, start: int, end: int) -> bool:
    """Whether a four-digit number that looks like a year counts something ('задержаны 1950 человек')."""
    return (
        _COUNTED_YEAR.match(text, end) is not None and _YEAR_PREPOSITION.search(text, max(0, start - 12), start) is None
    )


# ('compared with 1,265 at the end of 2024', not past its end; 'Для сравнения: в сентябре …')
_COMPARED = regex.compile(
    r"(?:compared (?:with|to)|as against|against|versus|vs\.?|up from|down from|по сравнению с|"
    r"против(?=\s+(?:\d|за\s|в\s|во\s|на\s|около|почти|более|менее|свыше))|"  # (not 'Коалиция против пыток')
    r"тогда как|для сравнения|for comparison|by comparison)\W+(?:[\w,-]+[^\w.;!?]+){0,6}$",
    regex.IGNORECASE,
)


def _same_month(match: regex.Match[str], anchor: DateMention | None) -> DateMention | None:
    """'in the same month' / 'в том же месяце': the month of the last date stated within one month."""
    if anchor is None or anchor.first is None:
        return None
    month = anchor.first[:7]
    return DateMention(match.start(), match.end(), "same_period", month, month, match.group())


_MONTH_TO = regex.compile(r"\s*(?:to|until|through|[-–—])\s*", regex.IGNORECASE)
_BETWEEN_MONTHS = regex.compile(
    r"(?:between|за)\s+$", regex.IGNORECASE
)  # 'between January and June', 'за январь и февраль'
_MONTH_AND = regex.compile(r"\s+(?:and|и)\s+", regex.IGNORECASE)


def _month_range(text: str, first: DateMention, second: DateMention) -> DateMention | None:
    """'March to August 2025', 'январь – июнь 2025 года': two months joined into one range, the first
    taking the second's year (the year before when its month is later)."""
    if not (first.first and second.last and len(first.first) == 7 and len(second.last) == 7):
        return None
    joined = _MONTH_TO.fullmatch(text, first.end, second.start) or (
        _MONTH_AND.fullmatch(text, first.end, second.start)
        and _BETWEEN_MONTHS.search(text, max(0, first.start - 12), first.start)
    )
    if not joined:
        return None
    year, start_month, end_month = int(second.last[:4]), int(first.first[5:7]), int(second.last[5:7])
    start_year = year - 1 if start_month > end_month else year
    value = f"{start_year:04d}-{start_month:02d}"
    return DateMention(first.start, second.end, "range", value, _month_end(second.last), text[first.start : second.end])


def _resolve_anchored(
    kind: str, match: regex.Match[str], anchor: DateMention | None, reference: date | None
) -> DateMention | None:
    """An anaphoric expression resolved against the previous date (the reference for 'previous N months')."""
    groups = match.groupdict()
    first: str | None
    last: str | None
    if kind == "previous_months":
        end = _as_day(anchor.last, last_day=True) if anchor and anchor.last else reference
        if end is None:
            return None
        first, last = _months_before(end, _count(groups) or 12).isoformat(), end.isoformat()
    elif anchor is None:
        return None
    elif kind == "same_period":
        first, last = anchor.first, anchor.last
        named = _int(groups.get("y2") or groups.get("y3"))
        if named and first and last:  # 'compared with 254 in the same period of 2025': that year's part
            shift = named - int(last[:4])
            first, last = _shift_year(first, shift), _shift_year(last, shift)
    elif kind == "since_then":
        first, last = anchor.first, _reference_iso(reference)
    elif kind == "same_day":
        if _is_point(anchor) or match.group().lower() in ("тогда же", "тогда"):  # after 'в июле 2019 года' too
            first, last = anchor.first, anchor.last
        else:
            return None
    elif kind == "month_earlier":  # 'на 1 апреля … 1 012 человек; месяцем ранее их было 994': on 1 March
        if not (anchor.last and len(anchor.last) == 10):
            return None
        first, last = None, _months_before(_as_day(anchor.last, last_day=True), 1).isoformat()
    elif kind == "the_month":
        if not (anchor.last and len(anchor.last) >= 7):
            return None
        first = last = anchor.last[:7]
    elif kind == "the_year":
        if not anchor.last:
            return None
        first = last = anchor.last[:4]
    elif kind == "same_period_last_year":
        first, last = _shift_year(anchor.first, -1), _shift_year(anchor.last, -1)
    elif kind == "within":
        return _within(match, anchor)
    elif kind == "following_year":
        following = str(int((anchor.first or anchor.last or "0")[:4]) + 1)
        first, last = following, following
    else:  # days_later
        day = _as_day(anchor.last, last_day=True) if anchor.last and len(anchor.last) == 10 else None
        if day is None:
            return None
        weeks = groups.get("w") or groups.get("w_ru")
        days = (
            7 * (_count({"n": weeks}) or 1)
            if weeks or "week" in match.group().lower() or "недел" in match.group()
            else 0
        )
        later = (day + timedelta(days=days or _count(groups) or 1)).isoformat()
        first, last = later, later
    return DateMention(match.start(), match.end(), kind, first, last, match.group())


def _within(match: regex.Match[str], anchor: DateMention) -> DateMention | None:
    """'On 19 February … Within a week, four were charged': from the day stated to the end of the span."""
    groups = match.groupdict()
    unit = (groups.get("unit") or groups.get("unit_ru") or "").lower()
    first = anchor.first or ""
    whole_month = anchor.last and (len(anchor.last) == 7 or (first != anchor.last and first[:7] == anchor.last[:7]))
    if whole_month and anchor.last and not _count(groups) and unit.startswith(("month", "месяц")):
        # ('В июне … В течение месяца осуждены 118', 'с 1 по 31 октября … В течение месяца': during that month)
        month = anchor.last[:7]
        return DateMention(match.start(), match.end(), "the_month", month, month, match.group())
    day = _as_day(anchor.last, last_day=True) if anchor.last and len(anchor.last) == 10 else None
    if day is None:
        return None
    count = _count(groups) or 1
    days = count * (30 if unit.startswith(("month", "месяц")) else 7 if unit.startswith(("week", "недел")) else 1)
    last = (day + timedelta(days=days)).isoformat()
    return DateMention(match.start(), match.end(), "range", day.isoformat(), last, match.group())


def _count(groups: dict[str, str | None]) -> int | None:
    """The small number of an expression ('two days later', 'через три дня', 'the past 3 months')."""
    word = groups.get("n") or groups.get("n_ru")
    if not word:
        return None
    return int(word) if word.isdigit() else SMALL_NUMBERS.get(word.lower())


def _is_point(mention: DateMention) -> bool:
    """A single day (what 'that day' can refer back to)."""
    return bool(mention.first and len(mention.first) == 10 and mention.first == mention.last)


def _as_day(value: str, *, last_day: bool) -> date:
    """An ISO prefix as a date: its first or last day."""
    year = int(value[:4])
    month = int(value[5:7]) if len(value) >= 7 else (12 if last_day else 1)
    if len(value) >= 10:
        return date(year, month, int(value[8:10]))
    return date(year, month, calendar.monthrange(year, month)[1] if last_day else 1)


def _shift_year(value: str | None, years: int) -> str | None:
    """The same ISO prefix `years` later (29 February becomes the 28th)."""
    if value is None:
        return None
    year = int(value[:4]) + years
    if len(value) >= 10:
        month, day = int(value[5:7]), int(value[8:10])
        return _iso(year, month, min(day, calendar.monthrange(year, month)[1]))
    return f"{year:04d}{value[4:]}"


def _months_before(day: date, months: int) -> date:
    """The same day `months` earlier (clamped to the month's length)."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _resolve(kind: str, match: regex.Match[str], reference: date | None) -> DateMention | None:
    """Turn a match into a DateMention, or None when it is not a usable date."""
    groups = match.groupdict()
    first, last = _RESOLVERS[kind](groups, reference)
    if first is None and last is None and kind not in ("now", "every_year", "day", "month", "range"):
        return None
    return DateMention(match.start(), match.end(), kind, first, last, match.group())


def month_number(word: str | None) -> int | None:
    """Month number of an English or Russian month word in any case."""
    if not word:
        return None
    word = word.lower().rstrip(".")
    if word in EN_MONTHS:
        return EN_MONTHS[word]
    return next((n for stem, n in RU_MONTHS if word.startswith(stem)), None)


def _iso(year: int | None, month: int | None = None, day: int | None = None) -> str | None:
    """ISO prefix for what is known; None without a year."""
    if year is None:
        return None
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    day = min(day, calendar.monthrange(year, month)[1])
    return f"{year:04d}-{month:02d}-{day:02d}"


def _year_for(month: int | None, day: int | None, reference: date | None) -> int | None:
    """Year of a day or month written without one: the latest not after the reference."""
    if reference is None:
        return None
    if month is not None and (month, day or 1) > (reference.month, reference.day):
        return reference.year - 1
    return reference.year


def _int(value: str | None) -> int | None:
    """Digits of a day or year group, ignoring ordinal suffixes."""
    if not value:
        return None
    digits = rx(r"\D").sub("", value)
    return int(digits) if digits else None


def _point(groups: dict[str, str | None], reference: date | None) -> tuple[str | None, str | None]:
    """A single day or month (`d2`, `m2`/`mn`, `y2`)."""
    month = month_number(groups.get("m2")) or _int(groups.get("mn"))
    day = _int(groups.get("d2"))
    if month is None or month > 12 or (day is not None and not 1 <= day <= 31):
        return None, None
    year = _int(groups.get("y2")) or _year_for(month, day, reference)
    value = _iso(year, month, day)
    return value, value


def _range(groups: dict[str, str | None], reference: date | None) -> tuple[str | None, str | None]:
    """A range; the start borrows month and year from the end when it omits them."""
    _, last = _point(groups, reference)
    if last is None:
        return None, None
    end_year, end_month = int(last[:4]), int(last[5:7])
    month = month_number(groups.get("m1")) or _int(groups.get("mn1")) or end_month
    year = _int(groups.get("y1")) or (end_year if month <= end_month else end_year - 1)
    first = _iso(year, month, _int(groups.get("d1")))
    if (groups.get("d1") is None and groups.get("d2") is None) or groups.get("d2") is None:
        last = _month_end(last)
    return first, last


def _month_end(value: str) -> str:
    """Last day of a YYYY-MM value."""
    year, month = int(value[:4]), int(value[5:7])
    return f"{value}-{calendar.monthrange(year, month)[1]:02d}"


def _since(groups: dict[str, str | None], reference: date | None) -> tuple[str | None, str | None]:
    """'since May 2020' / 'since 2020': from then to the reference date."""
    month = month_number(groups.get("m2")) or _PART_MONTH.get((groups.get("part") or "").lower())
    day = _int(groups.get("d2"))
    year = _int(groups.get("y2")) or _year_for(month, day, reference)
    if year is None or (month is None and groups.get("y2") is None):
        return None, None
    return _iso(year, month, day), _reference_iso(reference)


# The month a part of a year begins: 'since late 2024' is from December, 'since the summer of 2020' from June.
_PART_MONTH = {
    **dict.fromkeys(("late", "end", "конца", "конце"), 12),
    **dict.fromkeys(("mid", "middle", "середины", "середине"), 6),
    **dict.fromkeys(("summer", "лета"), 6),
    **dict.fromkeys(("spring", "весны"), 3),
    **dict.fromkeys(("autumn", "fall", "осени"), 9),
}


def _month(groups: dict[str, str | None], reference: date | None) -> tuple[str | None, str | None]:
    """'in December' / 'December 2020': the whole month."""
    month = month_number(groups.get("m2"))
    year = _int(groups.get("y2")) or _year_for(month, None, reference)
    if month is None or year is None:
        return None, None
    value = _iso(year, month)
    return value, value


def _year(groups: dict[str, str | None], reference: date | None) -> tuple[str | None, str | None]:
    """A bare year."""
    year = groups.get("y2")
    return year, year


def _last_year(groups: dict[str, str | None], reference: date | None) -> tuple[str | None, str | None]:
    """The year before the reference date."""
    if reference is None:
        return None, None
    return str(reference.year - 1), str(reference.year - 1)


def _past_year(groups: dict[str, str | None], reference: date | None) -> tuple[str | None, str | None]:
    """The twelve months up to the reference date."""
    if reference is None:
        return None, None
    try:
        start = reference.replace(year=reference.year - 1)
    except ValueError:  # 29 February
        start = reference.replace(year=reference.year - 1, day=28)
    return start.isoformat(), reference.isoformat()


def _this_year(groups: dict[str, str | None], reference: date | None) -> tuple[str | None, str | None]:
    """From the start of the reference year to the reference date."""
    if reference is None:
        return None, None
    return f"{reference.year:04d}-01-01", reference.isoformat()


def _every_year(groups: dict[str, str | None], reference: date | None) -> tuple[str | None, str | None]:
    """A yearly rate: no period of its own."""
    return None, None


def _now(groups: dict[str, str | None], reference: date | None) -> tuple[str | None, str | None]:
    """A stock figure: as of the reference date."""
    return None, _reference_iso(reference)


def _year_range(groups: dict[str, str | None], reference: date | None) -> tuple[str | None, str | None]:
    """'between 2022 and 2024' / 'в 2022–2024 годах': from the first year to the last."""
    first, last = groups.get("y1"), groups.get("y2")
    if not first or not last or last < first:
        return None, None
    return first, last


def _year_start(groups: dict[str, str | None], reference: date | None) -> tuple[str | None, str | None]:
    """'up from 11 at the start of the year', 'на начало года', 'at the start of 2024': a stock on 1 January of
    the year named, else of the reference year."""
    year = _int(groups.get("y2") or groups.get("y3")) or (reference.year if reference else None)
    return (None, f"{year:04d}-01-01") if year else (None, None)


def _range_to_end(groups: dict[str, str | None], reference: date | None) -> tuple[str | None, str | None]:
    """'between the rally on 5 May and the end of that month': from the day to the end of its month or year."""
    month = month_number(groups.get("m1"))
    day = _int(groups.get("d1"))
    year = _int(groups.get("y1")) or _year_for(month, day, reference)
    if year is None or month is None:
        return None, None
    last = _month_end(f"{year:04d}-{month:02d}") if groups.get("unit") == "month" else f"{year:04d}-12-31"
    return _iso(year, month, day), last


def _first_months(groups: dict[str, str | None], reference: date | None) -> tuple[str | None, str | None]:
    """'the first nine months of the year' / 'за девять месяцев текущего года': January to month N."""
    year = _int(groups.get("y2") or groups.get("y3")) or (reference.year if reference else None)
    if groups.get("last") and reference is not None:
        year = reference.year - 1  # 'за первые три месяца прошлого года'
    months = _count(groups)
    if year is None or not months or months > 12:
        return None, None
    return f"{year:04d}-01-01", _month_end(f"{year:04d}-{months:02d}")


def _half(groups: dict[str, str | None], reference: date | None) -> tuple[str | None, str | None]:
    """'the first half of the year' / 'в первом полугодии 2025 года': January-June or July-December."""
    year = _int(groups.get("y2") or groups.get("y3") or groups.get("y4")) or _this_or_last(groups, reference)
    if year is None:
        return None, None
    if groups.get("hn") == "1" or (groups.get("h") or groups.get("h_ru") or "").lower().startswith(("first", "перв")):
        return f"{year:04d}-01-01", f"{year:04d}-06-30"
    return f"{year:04d}-07-01", f"{year:04d}-12-31"


def _this_or_last(groups: dict[str, str | None], reference: date | None) -> int | None:
    """The reference's year, or the year before it for 'of last year' / 'прошлого года'."""
    if reference is None:
        return None
    return reference.year - 1 if groups.get("prev") else reference.year


_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "перв": 1, "втор": 2, "трет": 3, "четв": 4}


def _quarter(groups: dict[str, str | None], reference: date | None) -> tuple[str | None, str | None]:
    """'the first quarter of 2025' / 'за первый квартал 2025 года' / 'первый квартал прошлого года'."""
    year = _int(groups.get("y2") or groups.get("y3") or groups.get("y4")) or _this_or_last(groups, reference)
    word = (groups.get("q") or groups.get("q_ru") or "").lower()
    roman = {"I": 1, "II": 2, "III": 3, "IV": 4}.get(groups.get("q_rom") or "")
    quarter = (
        _int(groups.get("qn") or groups.get("q_dig"))
        or roman
        or next((n for stem, n in _QUARTERS.items() if word.startswith(stem)), None)
    )
    if groups.get("last_q") and reference is not None:
        completed = (reference.month - 1) // 3  # quarters completed this year
        year, quarter = (reference.year, completed) if completed else (reference.year - 1, 4)
    if year is None or quarter is None:
        return None, None
    return f"{year:04d}-{3 * quarter - 2:02d}-01", _month_end(f"{year:04d}-{3 * quarter:02d}")


def _month_end_stock(groups: dict[str, str | None], reference: date | None) -> tuple[str | None, str | None]:
    """'at the end of August' / 'на конец сентября': a stock figure as of the month's last day."""
    month = month_number(groups.get("m2") or groups.get("m3"))
    year = _int(groups.get("y2") or groups.get("y3")) or _year_for(month, None, reference)
    if month is None or year is None:
        return None, None
    return None, _month_end(f"{year:04d}-{month:02d}")


def _past_months(groups: dict[str, str | None], reference: date | None) -> tuple[str | None, str | None]:
    """'over the past month' / 'за последние три месяца': up to the reference date."""
    if reference is None:
        return None, None
    years = groups.get("y") or groups.get("y_ru")
    if groups.get("decade"):
        return _months_before(reference, 120).isoformat(), reference.isoformat()
    if groups.get("halfyear"):
        return _months_before(reference, 6).isoformat(), reference.isoformat()
    months = 18 if groups.get("half") else 12 * (_count({"n": years}) or 1) if years else _count(groups) or 1
    return _months_before(reference, months).isoformat(), reference.isoformat()


def _months_to(groups: dict[str, str | None], reference: date | None) -> tuple[str | None, str | None]:
    """'the 12 months to September 2025': October 2024 to September 2025."""
    month, year, count = month_number(groups.get("m2")), _int(groups.get("y2")), _count(groups)
    if month is None or year is None or not count:
        return None, None
    end = _month_end(f"{year:04d}-{month:02d}")
    first = _months_before(date(year, month, 1), count - 1).isoformat()
    return first, end


def _last_month(groups: dict[str, str | None], reference: date | None) -> tuple[str | None, str | None]:
    """'last month' / 'в прошлом месяце': the calendar month before the reference."""
    if reference is None:
        return None, None
    value = _months_before(reference.replace(day=1), 1).isoformat()[:7]
    return value, value


def _since_invasion(groups: dict[str, str | None], reference: date | None) -> tuple[str | None, str | None]:
    """'since the full-scale invasion': from 24 February 2022 to the reference date."""
    return "2022-02-24", _reference_iso(reference)


def _past_week(groups: dict[str, str | None], reference: date | None) -> tuple[str | None, str | None]:
    """'за минувшую неделю': the Monday-to-Sunday week before the reference, by day; 'over the past week',
    'за последнюю неделю': the seven days up to the reference."""
    if reference is None:
        return None, None
    if groups.get("rolling"):
        return (reference - timedelta(days=7)).isoformat(), reference.isoformat()
    monday = reference - timedelta(days=reference.weekday() + 7)
    return monday.isoformat(), (monday + timedelta(days=6)).isoformat()


def _last_week(groups: dict[str, str | None], reference: date | None) -> tuple[str | None, str | None]:
    """'last week': Monday to Sunday of the week before the reference (a count's period; an event told of 'last
    week' is dated by its month, see `events.event_day`)."""
    if reference is None:
        return None, None
    monday = reference - timedelta(days=reference.weekday() + 7)
    return monday.isoformat(), (monday + timedelta(days=6)).isoformat()


def _weekday(groups: dict[str, str | None], reference: date | None) -> tuple[str | None, str | None]:
    """'on Tuesday' / 'в среду': the latest such day not after the reference date."""
    if reference is None:
        return None, None
    word = (groups.get("wd") or "").lower()
    number = next((n for n, names in enumerate(WEEKDAYS) if any(name in word for name in names)), None)
    if number is None:
        return None, None
    value = (reference - timedelta(days=(reference.weekday() - number) % 7)).isoformat()
    return value, value


def _weekend(groups: dict[str, str | None], reference: date | None) -> tuple[str | None, str | None]:
    """'over the weekend': the last Saturday and Sunday before the reference (or ending on it)."""
    if reference is None:
        return None, None
    sunday = reference - timedelta(days=(reference.weekday() + 1) % 7)
    return (sunday - timedelta(days=1)).isoformat(), sunday.isoformat()


def _since_weekday(groups: dict[str, str | None], reference: date | None) -> tuple[str | None, str | None]:
    """'since Monday': from the latest such day not after the reference to the reference."""
    first, _ = _weekday(groups, reference)
    return first, _reference_iso(reference)


def _relative_days(groups: dict[str, str | None], reference: date | None) -> tuple[str | None, str | None]:
    """'three days ago' cannot be placed without a day-precise reference."""
    return None, None


def _today(groups: dict[str, str | None], reference: date | None) -> tuple[str | None, str | None]:
    """'today', 'сегодня': the day of publication."""
    return _reference_iso(reference), _reference_iso(reference)


def _yesterday(groups: dict[str, str | None], reference: date | None) -> tuple[str | None, str | None]:
    """'yesterday', 'вчера': the day before publication; 'позавчера' the day before that."""
    if reference is None:
        return None, None
    value = (reference - timedelta(days=2 if groups.get("two") else 1)).isoformat()
    return value, value


def _reference_iso(reference: date | None) -> str | None:
    """The reference date as ISO, or None."""
    return reference.isoformat() if reference else None


# The months of a season: (first, last); winter runs from the December before.
_SEASONS = {
    **dict.fromkeys(("spring", "весной"), (3, 5)),
    **dict.fromkeys(("summer", "летом"), (6, 8)),
    **dict.fromkeys(("autumn", "fall", "осенью"), (9, 11)),
    **dict.fromkeys(("winter", "зимой"), (0, 2)),
}


def _season(groups: dict[str, str | None], reference: date | None) -> tuple[str | None, str | None]:
    """'осенью прошлого года' / 'in the autumn of 2024': the season's months."""
    first, last = _SEASONS[(groups.get("season") or "").lower()]
    year = _int(groups.get("y2"))
    if year is None and reference is not None:
        year = reference.year - {"прошлого": 1, "позапрошлого": 2}.get((groups.get("rel") or "").lower(), 0)
    if year is None:
        return None, None
    start = _iso(year - 1, 12) if first == 0 else _iso(year, first)
    return start, _iso(year, last)


_RESOLVERS = {
    "today": _today,
    "yesterday": _yesterday,
    "range": _range,
    "day": _point,
    "since": _since,
    "month": _month,
    "year": _year,
    "last_year": _last_year,
    "months_to": _months_to,
    "year_start": _year_start,
    "range_to_end": _range_to_end,
    "past_year": _past_year,
    "this_year": _this_year,
    "every_year": _every_year,
    "now": _now,
    "relative_days": _relative_days,
    "first_months": _first_months,
    "quarter": _quarter,
    "half": _half,
    "month_end": _month_end_stock,
    "past_months": _past_months,
    "last_month": _last_month,
    "weekday": _weekday,
    "weekend": _weekend,
    "since_weekday": _since_weekday,
    "last_week": _last_week,
    "season": _season,
    "past_week": _past_week,
    "since_invasion": _since_invasion,
    "year_range": _year_range,
}


def latest_date(mentions: list[DateMention]) -> date | None:
    """The latest fully or partly stated date in the text (a stand-in for an unknown publication date)."""
    values = [m.last for m in mentions if m.last and m.kind in ("range", "day", "month", "year")]
    if not values:
        return None
    value = max(values)
    year, month = int(value[:4]), int(value[5:7]) if len(value) >= 7 else 12
    day = int(value[8:10]) if len(value) >= 10 else calendar.monthrange(year, month)[1]
    return date(year, month, day)
