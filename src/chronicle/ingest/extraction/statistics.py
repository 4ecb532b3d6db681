"""Count claims: a quantity, its qualifier, what is counted, the period and the place."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import regex

from chronicle.ingest.extraction import gazetteer
from chronicle.ingest.extraction.dates import (
    DateMention,
    counted_not_year,
    in_aside,
    in_closed_aside,
    in_figure_parenthesis,
)
from chronicle.ingest.extraction.numbers import EN_WORD, RU_WORD, Quantity, find_quantities
from chronicle.ingest.extraction.places import PlaceMention, nearest_place
from chronicle.ingest.extraction.tables import period_cells, table_cells
from chronicle.ingest.extraction.text import Sentence, SpanSet, rx, sentence_at

_TIME_UNIT = regex.compile(
    r"\s*(?:and a half\s+|с половиной\s+)?(?:-\s*)?(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|"
    r"лет|год(?:а|у|ам|ами|ах)?|"
    r"месяц\w*|недел\w*|дн(?:я|ей|ям|ями)|день|сут(?:ок|ки|кам|ками)|час\w*|минут\w*)(?![\w])",
    regex.IGNORECASE,
)
_SPAN_OR_BEFORE = regex.compile(
    r"(?:years?|months?|weeks?|days?|hours?)\s+(?:or|to)\s+$|(?:недел\w*|день|дня|месяц\w*|год\w*|час\w*)\s*(?:[-–]|или\s+)$",
    regex.IGNORECASE,
)
_MONEY_OR_SHARE = regex.compile(
    r"\s*(?:%|percent|per cent|процент\w*|tenge|rubles?|roubles?|dollars?|euros?|USD|EUR|som|тенге|"
    r"руб\w*|доллар\w*|евро|сом\w*|базов\w* величин\w*|млрд|billion)(?![\w])",
    regex.IGNORECASE,
)
_REFERENCE_BEFORE = regex.compile(
    r"(?:No\.?|№|Nr\.?|Doc\.?|Article|Art\.|articles?|статьи|статья|статье|ст\.|part|часть|части|п\.|(?<![\w])ч\.|"
    r"paragraph|page|p\.|стр\.|Resolution|Protocol|[#$€£/])\s*$|(?<=\S)-$|"  # ('ИК-2'; not a bullet: '- 23 new cases')
    r"\d\.$",  # ('Article 206.3.2')
    regex.IGNORECASE,
)
_ARTICLE_AFTER = regex.compile(r"\s*(?:ст\.|статьи|of Article|Art\.)\s*\d")
_WHAT = regex.compile(r"[^,.;:()\n—–\"«»“”]{1,80}")
CORE_WORDS = regex.compile(
    r"prisoner|detain|arrest|case|victim|people|persons|tortur|killed|death|died|activist|journalist|"
    r"convicted|sentenced|charged|prosecut|refusal|"
    r"политзаключ|заключ|задерж|арест|дел|жертв|человек|пыт|погиб|смерт|осужд|обвиня|фигурант|активист|журналист",
    regex.IGNORECASE,
)


@dataclass(frozen=True)
class Statistic:
    """A count claim with its span."""

    quantity: float
    qualifier: str
    what: str
    period_start: str | None
    period_end: str | None
    place: str | None
    tier: str
    start: int
    end: int


def find_statistics(
    text: str,
    sentences: list[Sentence],
    dates: list[DateMention],
    places: list[PlaceMention],
    reference: date | None,
    default_place: str | None,
) -> list[Statistic]:
    """Every count claim that is not a date, a duration, money, a share or a reference number."""
    date_spans = SpanSet([(d.start, d.end) for d in dates if d.kind not in ("now", "every_year")])
    periods = _Periods(text, sentences, dates, reference)
    found: list[Statistic] = []
    last_end = -1
    cells = table_cells(text)
    for quantity in find_quantities(text):
        cell = cells.get(quantity.start)
        if quantity.start < last_end or (cell is None and not _is_count(text, quantity, date_spans, sentences)):
            continue
        last_end = quantity.end
        index = sentence_at(sentences, quantity.start)
        restated = _restated(text, quantity, _number(quantity.value), found)
        if restated is not None:  # 'Of the 288 political prisoners, 27 are journalists': the 288 told before
            periods.restate(index, (restated.period_start, restated.period_end), quantity.end)
            continue
        sentence = sentences[index]
        what = cell.column if cell else _what(text, quantity.end)
        place = nearest_place(places, quantity.start, quantity.end, sentence.start, sentence.end, text) or default_place
        start, end = periods.of(index, quantity.start, quantity.end)
        found.append(
            Statistic(
                _number(quantity.value),
                quantity.qualifier,
                what,
                start,
                end,
                place,
                "core" if CORE_WORDS.search(what) else "aux",
                quantity.start,
                quantity.end,
            )
        )
    return _without_headline_repeats(text, found)


_OF_THE = regex.compile(
    r"(?<![\w])(?:(?:of|out of) (?:the|these|those)|из|среди)\s+(?:этих\s+|тех\s+)?$", regex.IGNORECASE
)
# ('… 12 were opened', '… 19 — в Уфе': the part the sentence goes on to count; not 'a group of seven MPs wrote')
_PART_AFTER = regex.compile(r"[^.;\n]{0,60}?[,—–:]\s*(?:[-•*▪–—][ \t]+)?(?:\p{L}+\s+){0,3}?(?:\d|ещ[её]\s)")


def _restated(text: str, quantity: Quantity, value: float, found: list[Statistic]) -> Statistic | None:
    """The count an 'of the N …, M …' names again (counted once, with its own period)."""
    if not _OF_THE.search(text, max(0, quantity.start - 16), quantity.start):
        return None
    if not _PART_AFTER.match(text, quantity.end):
        return None
    return next((s for s in reversed(found) if s.quantity == value), None)


def _without_headline_repeats(text: str, found: list[Statistic]) -> list[Statistic]:
    """'At least 58 detained after protest' as the title, told again in the body: one count, the body's."""
    title_end = _title_end(text)
    body = {s.quantity for s in found if s.start >= title_end}
    return [s for s in found if s.start >= title_end or s.quantity not in body]


def _title_end(text: str) -> int:
    """End of the heading block: the short lines without a final full stop before the first paragraph
    ('PRESS RELEASE', the organisation, the date line, then the headline)."""
    end = 0
    for match in rx(r"[^\n]+").finditer(text, 0, min(len(text), 2000)):
        line = match.group().strip()
        if not line:
            continue
        if len(line) > 200 or line.endswith((".", "!", "?")):
            break
        end = match.end()
    return end


def _title_as_of(text: str, dates: list[DateMention]) -> str | None:
    """'List of political prisoners — 52 names as of 1 June 2026': the day a heading says its figures
    stand at, which later stocks without a date of their own share."""
    title_end = _title_end(text)
    for mention in dates:
        if mention.start >= title_end:
            break
        if mention.kind == "day" and mention.last and _AS_OF.search(text[max(0, mention.start - 22) : mention.start]):
            return mention.last
    return None


def _number(value: float) -> float:
    """Whole numbers as ints (JSON prints 200, not 200.0)."""
    return int(value) if float(value).is_integer() else value


def _is_count(text: str, quantity: Quantity, date_spans: SpanSet, sentences: list[Sentence]) -> bool:
    """False for years, dates, durations, money, shares, list numbers and numbers inside names."""
    if date_spans.overlaps(quantity.start, quantity.end):
        return False
    after = text[quantity.end : quantity.end + 40]
    before = text[max(0, quantity.start - 20) : quantity.start]
    digits = quantity.text.strip()
    if _TIME_UNIT.match(after) or _MONEY_OR_SHARE.match(after) or _REFERENCE_BEFORE.search(before):
        return False
    if _ARTICLE_AFTER.match(after):
        return False  # '1 ст. 280.3 УК', '2 статьи 342': the part of an article of a code
    if _SPAN_OR_BEFORE.search(before):
        return False  # 'after a week or two', 'неделю-две': a duration
    span_of_years = rx(r"\s*(?:to|and|or|-|–|до|или|и)\s*\w+").match(after)
    if span_of_years and _TIME_UNIT.match(after, span_of_years.end()):
        return False
    if rx(r"[-–]?\p{L}|[.,]\d|:\d").match(after) and not quantity.in_words:
        return False
    if rx(r"\d:$").search(before) and not quantity.in_words:
        return False  # '14:20': a time of day
    line_start = text.rfind("\n", 0, quantity.start) + 1
    if not text[line_start : quantity.start].strip(" •-–*") and rx(r"[.)]").match(after):
        return False
    if (
        not quantity.in_words
        and rx(r"(?:19|20)\d\d").fullmatch(digits)
        and not counted_not_year(text, quantity.start, quantity.end)
    ):
        return False
    if quantity.value == 1 and quantity.in_words:
        return False  # 'one' enumerates ('one letter ..., the second') far more often than it counts
    if _is_age(before, after, quantity):
        return False
    return not _inside_name(text, quantity, sentences)


_AGE_BEFORE = regex.compile(r"(?:\p{Lu}[\p{Ll}’'-]+,\s*|aged\s+|в возрасте\s+)$")


def _is_age(before: str, after: str, quantity: Quantity) -> bool:
    """'Seitkali, 67, was fined' / 'aged 67': an age, not a count."""
    if quantity.in_words or not 10 <= quantity.value <= 110:
        return False
    if rx(r"(?:aged|в возрасте)\s+$").search(before):
        return True
    if rx(r"(?:under|младше|моложе)\s+$").search(before) and rx(r"\s*(?:[.,;:)]|$|years? old|лет)").match(after):
        return True  # "two are under 18"
    return _AGE_BEFORE.search(before) is not None and rx(r"\s*,").match(after) is not None


def _inside_name(text: str, quantity: Quantity, sentences: list[Sentence]) -> bool:
    """'Group 24', 'COVID-19': a number glued to a capitalised word mid-sentence."""
    sentence = sentences[sentence_at(sentences, quantity.start)]
    before = text[sentence.start : quantity.start]
    words = before.split()
    capitalised = rx(r"\p{Lu}[\p{Ll}\p{Lu}]+").fullmatch(words[-1].lstrip('«"“‘(')) if words else None
    if capitalised is None or len(words) < 2 or quantity.in_words:
        return False
    if (words[-2].endswith(":") or words[-2] in ("—", "–")) and capitalised.group().endswith(("ly", "о")):
        return False  # 'Kamalov: Officially 21 people died', 'Примерно 40': an adverb opening a sentence
    return not _is_place(capitalised.group())  # 'в России 1 460 дел': a place, not a name


def _is_place(word: str) -> bool:
    """Whether a word is a country or a city of the gazetteer, in any case form."""
    return bool(gazetteer.countries().label(word) or gazetteer.places().label(word))


def _what(text: str, end: int) -> str:
    """The words after the number, up to punctuation: what is counted; on a line 'label: 612 (540)' with
    nothing after the number, the label."""
    match = _WHAT.match(text, end, end + 100)
    if match is not None and match.group().strip():
        return " ".join(match.group().split()[:8])
    label = _LINE_LABEL.search(text, max(0, end - 120), end)
    if label is None or _is_place(label.group("label").strip()):
        return ""  # 'Караганда — 19': a place's line counts what its heading says, not the place
    return " ".join(label.group("label").split()[:8])


# '• administrative detentions: 612 (540)', 'Караганда — 19': a line's label before the figure
_LINE_LABEL = regex.compile(
    r"(?:^|\n)[ \t]*(?:[-•*▪–—][ \t]+)?(?P<label>[^\n:—–\d]{2,100}?)[ \t]*[:—–][ \t]*"
    r"(?:[^\n\d]{0,20}\d[\d \t,.]*(?:\([^\n()]*\)[ \t]*)?)?[^\n\d]{0,20}\d[\d \t,.]*(?:\([ \t]*)?$"
)


Period = tuple[str | None, str | None]


# A present perfect without a date of its own speaks of now, not of the period of the paragraph before.
_PRESENT_PERFECT = regex.compile(r"(?<![\w])(?:has|have)(?: not| yet| so far| still)? (?:been|\w+ed)(?![\w])")
# ('пришлась на 6 июля', 'назначен на 3 марта': a day something fell on or is set for, not an 'as of')
_AS_OF = regex.compile(
    r"(?:as of|as at|по состоянию на|"
    r"(?<!(?:пришл|приш[её]л|приходи|выпа|назнач|перен[её]с|намеч|заплани|отлож)\w*\s)на)\s+$",
    regex.IGNORECASE,
)
# (a comma or point between digits is a thousands separator: '2,600', '1.900')
_CLAUSE_MARK = regex.compile(r";|(?<!\d),|,(?!\d)|\s[—–]\s")
_CLAUSE_END = regex.compile(r";|(?<!\d)\.|\.(?!\d)|,\s+(?:and|but|while|however|а|но|однако|хотя)[\s,]")
# '… осуждены не менее 27 человек, еще 12 находятся под следствием': a comma before the next count
# closes the clause of the first one.
_NEXT_COUNT = regex.compile(r",\s+(?:ещ[её]|another|a further|other|\d)", regex.IGNORECASE)
_COMPARISON = regex.compile(
    r"(?<![\w])(?:для сравнения|by comparison|for comparison|in comparison|compared (?:with|to)|than|чем|"
    r"по сравнению с|тогда как|whereas|up from|down from)(?![\w])",
    regex.IGNORECASE,
)
_RELATIVE = regex.compile(
    r",\s+(?:which|who|whom|whose|that|where|когда|где|котор\w+)(?![\w])|\(|"
    r"(?<=\p{L}\s+)(?:who|whom|котор\w+),",  # ('the three guards who, in a video of 2023, …'; not 'people who')
    regex.IGNORECASE,
)
# A count of the date's own clause: '— 1 500', ', таких задержаний было 52'.
_OWN_COUNT = regex.compile(r"[^.;\n]{0,40}?[—–:-]\s*(?:около\s+|about\s+)?\d|[^.;\n]{0,60}?(?<![\d.:/-])\d")
_WHEREAS = regex.compile(r"(?<![\w])(?:тогда как|в то время как|whereas)(?![\w])", regex.IGNORECASE)
_TOLD_ON = regex.compile(
    r"(?<![\w])(?:said|says|reported|announced|stated|told \w+|wrote|сообщил\w*|заявил\w*|рассказал\w*)"
    r"\s+(?:on\s+|в\s+|во\s+)?$",
    regex.IGNORECASE,
)
# The words that bring in a compared figure.
_COMPARING = r"(?<![\w])(?:compared (?:with|to)|up from|down from|against|versus|по сравнению с|против)\s+"
_COMPARED_COUNT = regex.compile(
    _COMPARING + r"(?:[\w-]+\s+){0,3}?(?:\d|" + EN_WORD + r"(?![\w])|" + RU_WORD + r"(?![\w]))", regex.IGNORECASE
)
# 'founded in 2011 and has about 2,000 followers': a clause in the present of having or holding counts now,
# whatever date the clause before it names.
_PRESENT_HOLDING = regex.compile(
    r"(?:,|;|(?<![\w])and|(?<![\w])but|(?<![\w])и|(?<![\w])но)\s+(?:now\s+|still\s+|currently\s+|today\s+|сейчас\s+)?"
    r"(?:has|have|numbers|includes|holds|unites|насчитывает|объединяет|включает|имеет)(?![\w])",
    regex.IGNORECASE,
)
_COMPARED_LEAD = regex.compile(_COMPARING + r"(?:about\s+|около\s+)?$", regex.IGNORECASE)
# ('two more than in 2024' compares: 2024 is not the two's)
_ATTACHED = regex.compile(
    r"\s+(?:(?!than|чем|против|compared|with)\p{Ll}+\s+){0,2}?(?:in|в|во|за|on)\s+", regex.IGNORECASE
)
_LEAD_BREAK = regex.compile(r"[,;.:!?\n•]")
_SINCE_WORD = regex.compile(r"(?<![\w])(?:since|с момента|после)(?![\w])", regex.IGNORECASE)
_STOCK = regex.compile(
    r"(?<![\w])(?:remains?|remaining|are still|is still|still (?:serving|held|behind|in|detained|imprisoned)|currently|"
    r"to date|are now|is now|сейчас|в настоящее время"
    r"|(?:is|are) (?:in|behind|under) (?:prison|jail|custody|detention|bars|house arrest)"
    r"|остаются|остается|находятся|значатся|содержатся"
    r"|(?:list|register|database|список|перечень|реестр)\s+(?:now\s+|сейчас\s+)?(?:includes|contains|holds|lists|"
    r"включает|содержит))(?![\w])",
    regex.IGNORECASE,
)


class _Periods:
    """The period of each count: the nearest date expression before it in its sentence (else the
    first after it), else the period of the previous count in the same paragraph, else 'as of'."""

    def __init__(self, text: str, sentences: list[Sentence], dates: list[DateMention], reference: date | None) -> None:
        self.text, self.sentences = text, sentences
        self.by_sentence: dict[int, list[DateMention]] = {}
        for mention in dates:
            if _in_dateline(text, mention):  # ('VILNIUS, Jan 23 – … detained three … on Tuesday')
                continue
            if _after_publication(mention, reference):  # ('… would not seek EU accession talks until 2028')
                continue
            self.by_sentence.setdefault(sentence_at(sentences, mention.start), []).append(mention)
        self.default: Period = (None, _title_as_of(text, dates) or (reference.isoformat() if reference else None))
        self.report = _report_period(text, dates) if _REPORT_WORD.search(text[:300]) else None
        self.lede = _lede_day(text, sentences, dates) if self.report is None else None
        self.carried: Period = self.default
        self.carried_from = -1
        self.restated = -1
        self.restated_lists: list[tuple[int, int, Period]] = []
        self.flags: dict[tuple[int, str], bool] = {}
        self.cells = period_cells(text, dates)
        self.heads = _list_heads(text, dates) if "\n" in text else []
        self.bracketed = _bracketed_periods(text, dates) if "\n" in text else []
        self.live_day = _live_day(text, dates) if "\n" in text else None

    def of(self, index: int, offset: int, end: int | None = None) -> Period:
        """Period for a count at `offset` in sentence `index` (counts come in text order)."""
        bracketed = next((b for b in self.bracketed if b[0] <= offset < b[1]), None)
        if bracketed is not None and _BRACKETED_FIGURE.search(self.text, max(0, offset - 40), offset):
            return bracketed[2]  # 'administrative detentions: 612 (540)' under '(2022 figures in brackets)'
        listed = next((item for item in self.restated_lists if item[0] <= offset < item[1]), None)
        if listed is not None:
            return listed[2]  # (the items' own dates are of their asides: 'banned as extremist in 2014')
        cell = next((c for c in self.cells if c.start <= offset < c.end), None)
        if cell is not None:
            return _expand(cell.period)  # a count in a comparison table: its column's period
        head = next((h for h in self.heads if h[0] <= offset < h[1]), None)
        if head is not None and not self._dated_line(offset):
            line = self.text[self.text.rfind("\n", 0, offset) + 1 : self.text.find("\n", offset) % (len(self.text) + 1)]
            return (None, head[2][1]) if _STOCK.search(line) and head[2][1] else head[2]
        compared = False
        mentions = [
            m
            for m in self.by_sentence.get(index, [])
            if (m.first or m.last or m.kind == "every_year")
            and not _TOLD_ON.search(self.text, max(0, m.start - 30), m.start)
        ]  # ('the group said on Friday it had recorded 87 cases since 2024': Friday is the day of the telling)
        # ('… (April: 17)\n- 9 relatives …': a period in a closed parenthesis is its own figure's, not the next count's)
        before = [m for m in mentions if m.end <= offset and not self._parenthesised_before(m, offset)]
        # ('4 июня, день рождения Навального, погибшего в феврале, … задержали 38': the day, not the aside's month)
        before = [m for m in before if not in_closed_aside(self.text, m, offset)]  # ', where … in March, nine …'
        before = [m for m in before if not in_aside(self.text, m)] or before
        after = [m for m in mentions if m.start >= offset]
        if before:  # '… 104 cases, in the third quarter 31': a date after a comma opens the next clause
            after = [m for m in after if not _CLAUSE_MARK.search(self.text, offset, m.start)]
        # '21 were prosecuted over Erkin Dala, which a court banned in 2022': the date of a relative clause
        after = [m for m in after if not _RELATIVE.search(self.text, offset, m.start)]
        # '186 detentions during the month, compared with 203 in June': June is the period of the 203
        after = [m for m in after if not _COMPARED_COUNT.search(self.text, offset, m.start)]
        # '118 convicted, тогда как за первое полугодие 2024 года — 72': the other count's period
        after = [m for m in after if not _WHEREAS.search(self.text, offset, m.start)]
        # '… 1 843; годом ранее за тот же период — 1 500': past a semicolon, a date followed by its own count
        after = [m for m in after if not (";" in self.text[offset : m.start] and _OWN_COUNT.match(self.text, m.end))]
        # '23 new cases (April: 17)': a period in parentheses after the count is the compared figure's
        after = [
            m for m in after if not (_unclosed_parenthesis(self.text[offset : m.start]) and self._counted_after(m))
        ]
        own_clause = [m for m in after if not _CLAUSE_END.search(self.text, offset, m.start)]
        if before and own_clause and _CLAUSE_END.search(self.text, before[-1].end, offset):
            before, after = [], own_clause  # '… between 2023 and 2025, and nine of them have since …'
        attached = self._attached_date(end, after) if end is not None else None
        if attached is not None and before:  # 'rose from 8 in 2022 to 31 in 2023': the 31 is of 2023
            before = []
        told_after = self._compared_with_date(offset, mentions)
        if told_after is not None:  # 'up from 285 in the previous version of 1 March': the 285 is of 1 March
            return _expand(told_after)
        if index == self.restated and not before and not after:
            return self.carried  # 'of the 27 new cases, 12 were opened in Shymkent': the period of the 27
        stated = [
            m for m in mentions
            if m.kind in ("day", "month") and _AS_OF.search(self.text[max(0, m.start - 22) : m.start])
        ]  # fmt: skip
        own = [m for m in after if m.start - offset <= 20 and m not in stated]  # '39 a year earlier'
        nearer = [m for m in before if stated and m.start > stated[0].end]  # ', за февраль задержаны 120'
        if stated and not own and not nearer and self._in_clause(offset, stated[0]):
            period: Period = (None, _expand(stated[0])[1])  # '21 people remained in prison as of 1 September': a stock
        elif self._says(index, _STOCK) and ((not before and not after) or self._stock_clause(offset)):
            # 'remain behind bars', 'находятся': as of the date stated ('на 1 июня'), else of publication
            period = (None, _expand(stated[0])[1]) if stated else self._previous_as_of(index) or self.default
        elif before and not own_clause and _PRESENT_HOLDING.search(self.text, before[-1].end, offset):
            period = self.default
        elif before or after:
            nearest = min(
                [(offset - m.end, i, m) for i, m in enumerate(before)]
                + [((m.start - offset) * 1.5, len(before) + i, m) for i, m in enumerate(after)]
            )
            period = (
                self._since_stated(nearest[2])
                or _coordinated_days(self.text, mentions, nearest[2])
                or _expand(nearest[2])
            )
            if nearest[2].kind == "since" and stated and self._in_clause(offset, stated[0]):
                # ('на 1 декабря 2024 года по делам, связанным с январскими событиями, осуждены 1 291'): since
                # the events, as of the day stated
                period = (period[0], _expand(stated[0])[1])
            line_start = self.text.rfind("\n", 0, nearest[2].start) + 1
            compared = self._compared(index, nearest[2]) or (
                _unclosed_parenthesis(self.text[max(line_start, self.sentences[index].start) : nearest[2].start])
                and self._counted_after(nearest[2])
            )
        elif self.live_day is not None and _TIMED_LINE.match(self.text, self.text.rfind("\n", 0, offset) + 1):
            period = self.live_day  # '12:15 Задержаны ещё четверо' under 'Екатеринбург, 12 апреля': that day
        elif self.carried_from >= 0 and self._same_paragraph(self.carried_from, index):
            period = self.carried
        elif previous := self._previous_date(index):
            period = previous  # 'On 22 January police searched the office. Nine were detained.'
        elif self.report is not None and not self._says(index, _PRESENT_PERFECT):
            period = self.report  # a new paragraph of a report with its period in the title: that period
        elif self.lede is not None and self.carried_from < 0 and self._says(index, _HAPPENED):
            period = self.lede  # 'Police detained protesters on Sunday. … said 120 people had been held': that day
        elif self.carried_from >= 0 and self.carried[0] and not self._says(index, _PRESENT_PERFECT):
            period = self.carried  # a bounded period (a year, a month, a range) runs on into later paragraphs
        else:
            period = self.default
        if self.carried_from != index and not compared:  # a sentence passes on the period of its first count
            self.carried, self.carried_from = period, index
        return period

    def _attached_date(self, end: int, after: list[DateMention]) -> DateMention | None:
        """A date right after the count and what it counts ('31 in 2023', '12 cases in June'): its own."""
        first = min(after, key=lambda m: m.start, default=None)
        if first is None or first.start - end > 40:
            return None
        return first if _ATTACHED.fullmatch(self.text, end, first.start) else None

    def _compared_with_date(self, offset: int, mentions: list[DateMention]) -> DateMention | None:
        """The date a compared count carries after it in its own clause ('up from 285 in the previous version
        of 1 March', 'против 17 в апреле')."""
        if not _COMPARED_LEAD.search(self.text, max(0, offset - 25), offset):
            return None
        return next(
            (m for m in mentions if 0 <= m.start - offset <= 60 and not _CLAUSE_END.search(self.text, offset, m.start)),
            None,
        )

    def restate(self, index: int, period: Period, end: int) -> None:
        """A count told again ('of the 288 …') hands its period to the counts of its sentence, and to the
        items of the list its line opens ('Of the 214 people on the list:' over '- 102 are accused …')."""
        self.carried, self.carried_from, self.restated = period, index, index
        line_end = self.text.find("\n", end)
        if line_end > 0 and self.text[end:line_end].rstrip().endswith(":"):
            self.restated_lists.append((line_end + 1, _bullets_end(self.text, line_end + 1), period))

    def _dated_line(self, offset: int) -> bool:
        """Whether the line of a count states a date of its own."""
        start = self.text.rfind("\n", 0, offset) + 1
        end = self.text.find("\n", offset)
        end = len(self.text) if end < 0 else end
        return any(start <= m.start < end for ms in self.by_sentence.values() for m in ms if m.first or m.last)

    def _parenthesised_before(self, mention: DateMention, offset: int) -> bool:
        """A date inside a parenthesis that closes before the count at `offset`."""
        line_start = self.text.rfind("\n", 0, mention.start) + 1
        closed = self.text.find(")", mention.end, offset)
        if closed < 0 or not _unclosed_parenthesis(self.text[line_start : mention.start]):
            return False
        opened = self.text.rfind("(", line_start, mention.start)
        # ('1,038 in 2024 (1,112 in 2023), but only 97 cases': the parenthesis holds a figure of its own)
        counted_before = regex.search(r"\d", self.text[opened + 1 : mention.start]) is not None
        return counted_before or self._counted_after(mention)

    def _counted_after(self, mention: DateMention) -> bool:
        """'(April: 17)': a number follows the date before its parenthesis closes, so the date is that number's
        (not '(с июля 2025 года по июнь 2026 года)', which restates a period)."""
        close = self.text.find(")", mention.end, mention.end + 80)
        return close >= 0 and regex.search(r"\d", self.text[mention.end : close]) is not None

    def _previous_as_of(self, index: int) -> Period | None:
        """'As of 31 March, the list holds 52 names. Of the 52, 39 are serving sentences': the day the sentence
        before (in the paragraph) states a stock for."""
        joined = self._same_paragraph(index - 1, index) or self._next_item(index - 1, index)
        previous = self.by_sentence.get(index - 1, []) if joined else []
        for mention in previous:
            if mention.kind in ("day", "month_end") and _AS_OF.search(
                self.text[max(0, mention.start - 22) : mention.start]
            ):
                return None, mention.last
        return None

    def _next_item(self, first: int, last: int) -> bool:
        """'- As of 1 February, the list held 341 names.\n- The list includes 38 journalists': two items of one
        bulleted list, one line after the other."""
        if first < 0:
            return False
        end = self.sentences[first].end
        between = self.text[end : self.sentences[last].start]
        line_start = end + between.find("\n") + 1
        return between.count("\n") == 1 and _BULLET_LINE.match(self.text, line_start) is not None

    def _previous_date(self, index: int) -> Period | None:
        """The last date of the nearest dated sentence before, up to two back in the same paragraph: what a
        count with no date of its own goes on with ('On July 1 and 2, 2022, thousands took to the streets.
        Security forces dispersed them. According to official figures, 21 people died')."""
        for back in (index - 1, index - 2):
            if back < 0 or not self._same_paragraph(back, index):
                return None
            # ('… 428, тогда как в 2023 году их было 371. В том числе 63 …': not the compared year)
            previous = [
                m
                for m in self.by_sentence.get(back, [])
                if not self._compared(back, m) and not in_figure_parenthesis(self.text, m)
            ]
            if previous:
                return _expand(previous[-1]) if previous[-1].first or previous[-1].last else None
        return None

    def _compared(self, index: int, mention: DateMention) -> bool:
        """'Для сравнения: в 2024 году …', '… than a year earlier, in 2024': a period named for comparison,
        which the next sentences do not go on with."""
        return _COMPARISON.search(self.text, self.sentences[index].start, mention.start) is not None

    def _since_stated(self, mention: DateMention) -> Period | None:
        """'Since our previous update on 1 March 2026, five were added': from that day to now."""
        if mention.kind not in ("day", "month") or not mention.first:
            return None
        lead = self.text[max(0, mention.start - 60) : mention.start]
        clause = _LEAD_BREAK.split(lead)[-1]
        if not _SINCE_WORD.search(clause):
            return None
        return _expand(mention)[0], self.default[1]

    def _says(self, index: int, pattern: regex.Pattern[str]) -> bool:
        """Whether sentence `index` matches the pattern (looked up once per sentence)."""
        key = (index, pattern.pattern)
        if key not in self.flags:
            self.flags[key] = pattern.search(self.sentences[index].text) is not None
        return self.flags[key]

    def _stock_clause(self, offset: int) -> bool:
        """'… between 2022 and 2024, and at least eleven of them are now serving terms': a stock word in
        the count's own clause makes it a stock even beside a dated expression."""
        after = _NEXT_COUNT.split(_CLAUSE_END.split(self.text[offset : offset + 120], maxsplit=1)[0], maxsplit=1)[0]
        before = _CLAUSE_END.split(self.text[max(0, offset - 120) : offset])[-1]
        return _STOCK.search(before + after) is not None

    def _in_clause(self, offset: int, mention: DateMention) -> bool:
        """Whether a date expression stands in the clause of the count at `offset`."""
        low, high = sorted((offset, mention.start))
        return _CLAUSE_END.search(self.text[low:high]) is None

    def _same_paragraph(self, first: int, last: int) -> bool:
        """No line break between two sentences."""
        if first < 0:
            return False
        return "\n" not in self.text[self.sentences[first].end : self.sentences[last].start]


# A happening told in the past: what a news story's lede dates ('detained', 'задержали').
_HAPPENED = regex.compile(
    r"(?<![\w])(?:detained|arrested|held|killed|injured|wounded|fined|jailed|beaten|rounded up|taken into custody|"
    r"delivered to|задержа\w+|арестова\w+|доставлен\w+|доставили|погиб\w+|ранен\w+|оштрафова\w+|избит\w*)(?![\w])",
    regex.IGNORECASE,
)


# A live blog's entry: a line opening with the time of day ('12:15 Задержаны ещё четверо').
_TIMED_LINE = regex.compile(r"[ \t]*(?:[01]?\d|2[0-3])[:.][0-5]\d(?![\d.])")


def _live_day(text: str, dates: list[DateMention]) -> Period | None:
    """The day a live blog's title or first line names ('Екатеринбург, 12 апреля. Акция … — хроника дня'), when
    several lines open with a time of day: the day of its timed entries' undated counts."""
    if len(_TIMED_LINE_START.findall(text, 0, 200_000)) < 2:
        return None
    first_line_end = text.find("\n") % (len(text) + 1)
    day = next((m for m in dates if m.start < first_line_end and m.kind == "day" and m.first), None)
    return _expand(day) if day is not None else None


_TIMED_LINE_START = regex.compile(r"(?m)^" + _TIMED_LINE.pattern)


def _lede_day(text: str, sentences: list[Sentence], dates: list[DateMention]) -> Period | None:
    """The day a news story's first sentence says something happened ('Police … detained protesters en masse on
    Sunday'): the period of the story's later counts of that happening that give no date of their own."""
    body = [s for s in sentences if s.text.rstrip().endswith((".", "!"))][:1]
    if not body or not _HAPPENED.search(body[0].text):
        return None
    days = [
        m
        for m in dates
        if body[0].start <= m.start < body[0].end
        and m.kind in ("day", "weekday", "yesterday", "today")
        and m.first
        and not _DATELINE_AFTER.match(text, m.end)
    ]
    return _expand(days[0]) if len(days) == 1 else None


# 'ALMATY, Oct 16 — …': the dateline's day is the day of the telling, not of what is told.
_DATELINE_AFTER = regex.compile(r"\s*(?:\(\w+\)\s*)?[—–-]\s")
_DATELINE_BEFORE = regex.compile(r"(?:^|\n)[ \t]*\p{Lu}[\p{L} .'’-]{1,30},[ \t]*$")


_AND = regex.compile(r"\s*(?:,\s*)?(?:и|and|or|или|,)\s*", regex.IGNORECASE)


def _coordinated_days(text: str, mentions: list[DateMention], mention: DateMention) -> Period | None:
    """'в понедельник и во вторник рассмотрел дела 40 человек', 'on 10 and 11 March': two days joined by 'and',
    the period from the first to the second."""
    if mention.first is None or len(mention.first) != 10 or mention.first != mention.last:
        return None
    for other in mentions:
        first, second = (other, mention) if other.end <= mention.start else (mention, other)
        if other is mention or not (other.first and len(other.first) == 10 and other.first == other.last):
            continue
        if _AND.fullmatch(text, first.end, second.start):
            days = sorted([other.first, mention.first])
            return days[0], days[1]
    return None


def _after_publication(mention: DateMention, reference: date | None) -> bool:
    """A date that begins after the text was published: a plan or a deadline, never the period of a count."""
    first = mention.first or mention.last
    return reference is not None and first is not None and _first_day(first) > reference.isoformat()


def _in_dateline(text: str, mention: DateMention) -> bool:
    """Whether a date opens a paragraph as its dateline ('VILNIUS, Jan 23 –')."""
    return bool(
        mention.kind in ("day", "month")
        and _DATELINE_BEFORE.search(text, max(0, mention.start - 40), mention.start)
        and _DATELINE_AFTER.match(text, mention.end)
    )


# A text that calls itself a report or review covers the period its title or lede names.
_REPORT_WORD = regex.compile(
    r"report|review|monitoring|briefing|summary|overview|chronicle|digest|bulletin|доклад|обзор|мониторинг|итоги|"
    r"отч[её]т|хроника|сводка|бюллетень|дайджест",
    regex.IGNORECASE,
)
_REPORT_KINDS = ("month", "range", "quarter", "half", "first_months", "year_range")


_BULLET_LINE = regex.compile(r"[ \t]*(?:[-•*▪–—]|\d{1,2}[.)])[ \t]+\S")


def _list_heads(text: str, dates: list[DateMention]) -> list[tuple[int, int, Period]]:
    """'KEY FIGURES (since January 2022, as of 31 December 2024)' over a bulleted list: the period of its
    items, as (start, end, period) of the list."""
    found: list[tuple[int, int, Period]] = []
    offset = 0
    while offset < len(text):
        line_end = text.find("\n", offset)
        line_end = len(text) if line_end < 0 else line_end
        line = text[offset:line_end]
        inside = [m for m in dates if offset <= m.start < line_end and (m.first or m.last)]
        if (
            inside
            and len(line) < 160
            and not line.rstrip().endswith((".", ";"))
            and _heads_only_dates(line, offset, inside)
        ):
            end = _bullets_end(text, line_end + 1)
            if end > line_end + 1:
                found.append((line_end + 1, end, _head_period(text, inside)))
        offset = line_end + 1
    return found


# '(2022 figures in brackets)', '(Q3 2023 in brackets)', '(в скобках — данные за 2022 год)': the period of the
# figure in parentheses after each figure of the lines below.
_BRACKETS_DECLARED = regex.compile(
    r"\([^()\n]{2,40}?\s+(?:figures?\s+|data\s+|numbers?\s+)?in\s+(?:brackets|parenthes[ie]s)\)|"
    r"\((?:figures?|data|numbers?)\s+for\s+[^()\n]{2,30}?\s+in\s+(?:brackets|parenthes[ie]s)\)|"
    r"\(в\s+скобках\s*[—–:-]?\s*(?:данные\s+|показатели\s+|цифры\s+)?[^()\n]{2,30}\)",
    regex.IGNORECASE,
)
_BRACKETED_FIGURE = regex.compile(r"\d[\d\s,.]*(?:\s+\p{L}+){0,2}\s*\(\s*$")  # ('118 cases (86)')


def _bracketed_periods(text: str, dates: list[DateMention]) -> list[tuple[int, int, Period]]:
    """(start, end, period) of the lines under a heading that says what period its bracketed figures are of:
    from the heading to the next blank line after them."""
    found: list[tuple[int, int, Period]] = []
    for match in _BRACKETS_DECLARED.finditer(text):
        inside = [m for m in dates if match.start() < m.start < match.end() and m.first and m.last]
        if not inside:
            continue
        line_end = text.find("\n", match.end())
        if line_end < 0:
            continue
        block_end = text.find("\n\n", line_end + 1)
        # ('(2024, with 2023 in brackets)': the date last named is the brackets')
        found.append((line_end + 1, len(text) if block_end < 0 else block_end, _expand(inside[-1])))
    return found


def _heads_only_dates(line: str, offset: int, mentions: list[DateMention]) -> bool:
    """A heading, not an item: no bullet of its own and no number but its dates' ('- 23 cases (April: 17)')."""
    if _BULLET_LINE.match(line):
        return False
    rest = line
    for mention in sorted(mentions, key=lambda m: m.start, reverse=True):
        rest = rest[: mention.start - offset] + rest[mention.end - offset :]
    return regex.search(r"\d", rest) is None


def _bullets_end(text: str, offset: int) -> int:
    """End of the bulleted lines starting at `offset` (a blank line before the first one allowed)."""
    while offset < len(text) and text[offset] == "\n":
        offset += 1
    end = offset
    while end < len(text) and _BULLET_LINE.match(text, end):
        line_end = text.find("\n", end)
        end = len(text) if line_end < 0 else line_end + 1
    return end


def _head_period(text: str, mentions: list[DateMention]) -> Period:
    """'since January 2022, as of 31 December 2024' -> (2022-01-01, 2024-12-31); else the first period named."""
    as_of = next((m for m in mentions if _AS_OF.search(text[max(0, m.start - 22) : m.start])), None)
    since = next((m for m in mentions if m.kind in ("since", "since_invasion") and m.first), None)
    if since is not None:
        return _expand(since)[0], (as_of.last if as_of else since.last)
    named = next((m for m in mentions if m is not as_of and m.first and m.last), None)
    if named is not None:
        return _expand(named)
    return None, as_of.last if as_of else None


def _unclosed_parenthesis(span: str) -> bool:
    """Whether a parenthesis opens in `span` and is not closed in it."""
    return span.count("(") > span.count(")")


def _report_period(text: str, dates: list[DateMention]) -> Period | None:
    """'Monitoring … October 2026' in the title or lede: the period a report covers; the year in the
    title of an annual report ('Annual Report 2022: Summary')."""
    # (the title may run over the first lines: 'TENDESH HUMAN RIGHTS CENTRE\nANNUAL REPORT 2024: …')
    title_end = min(text.find("\n\n") % (len(text) + 1), 300)
    annual = _ANNUAL.search(text, 0, title_end) is not None
    for mention in dates:
        if mention.start > 300:
            return None
        if mention.kind in _REPORT_KINDS and mention.first and mention.last:
            return _expand(mention)
        if annual and mention.kind == "year" and mention.end <= title_end and mention.first:
            return _expand(mention)
    return None


_ANNUAL = regex.compile(r"annual|yearly|year in review|годов|ежегодн|итоги\s+(?:\d{4}\s+)?года", regex.IGNORECASE)


def _expand(mention: DateMention) -> tuple[str | None, str | None]:
    """Whole months and years as first and last day."""
    if mention.kind == "every_year":
        return None, None
    first, last = mention.first, mention.last
    return (_first_day(first) if first else None), (_last_day(last) if last else None)


def _first_day(value: str) -> str:
    """First day of a YYYY or YYYY-MM value."""
    return value + ("-01-01" if len(value) == 4 else "-01" if len(value) == 7 else "")


def _last_day(value: str) -> str:
    """Last day of a YYYY or YYYY-MM value."""
    import calendar

    if len(value) == 4:
        return value + "-12-31"
    if len(value) == 7:
        return f"{value}-{calendar.monthrange(int(value[:4]), int(value[5:]))[1]:02d}"
    return value
