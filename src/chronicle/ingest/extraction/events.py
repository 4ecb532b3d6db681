"""Events: one per incident in a clause, with its type, date, persons and place."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from itertools import pairwise

import regex

from chronicle.ingest.extraction import gazetteer
from chronicle.ingest.extraction.dates import DateMention
from chronicle.ingest.extraction.event_dates import anchor_same_year, heading_days
from chronicle.ingest.extraction.event_merge import FAMILY, Event, merge
from chronicle.ingest.extraction.event_persons import (
    PersonSpan,
    antecedent,
    complement,
    interview_subject,
    is_agent,
    nearest,
    object_of_speech,
    speaks_of_self,
)
from chronicle.ingest.extraction.numbers import EN_UNITS
from chronicle.ingest.extraction.places import PlaceMention, nearest_place
from chronicle.ingest.extraction.prefilter import prefiltered
from chronicle.ingest.extraction.text import Sentence, SpanSet, starts_of
from chronicle.ingest.extraction.verdicts import verdict_events

EVENT_TYPES = (
    "detention",
    "arrest",
    "criminal_case",
    "conviction",
    "sentence",
    "torture",
    "death_in_custody",
    "house_arrest",
    "search",
    "fine",
    "harassment",
    "letter",
    "resolution",
    "release",
    "other",
)

_CLAUSE_BREAK = regex.compile(
    r",\s+(?:and|but|while|whereas|а|и|но|однако)\s+|;\s+|\.\s+|,\s+(?=(?:which|whom|who|котор\w+)\s)"
)
_RELATIVE_CLAUSE = regex.compile(r"(?:which|whom|who|котор\w+)\s", regex.IGNORECASE)
_PRONOUN = regex.compile(
    r"(?<![\w])(?:he|she|him|her|his|он|она|его|ее|её|него|нему|ним|нем|неё|нее|ней|ему|ей)(?![\w])",
    regex.IGNORECASE,
)
_PASSIVE_BEFORE = regex.compile(
    r"(?<![\w])(?:was|were|has been|have been|had been|is being|are being|был[аио]?)\s+(?:[\w-]+\s+)?$",
    regex.IGNORECASE | regex.REVERSE,
)
_APPEALED = regex.compile(
    r"(?<![\w])(?:appeal(?:ed|s|ing)?(?: against)?|challeng\w+|обжалова\w*|оспори\w*|оспарива\w*)\s+(?:the\s+)?$",
    regex.IGNORECASE | regex.REVERSE,
)
_COORDINATION = regex.compile(r"(?<![\w])(?:and|и|а|then|затем)(?![\w])|,", regex.IGNORECASE)
# A Russian sentence with no subject that goes on about the one person of the sentence before.
# ('Через 11 дней, 13 марта, умер в СИЗО', '2 марта задержан в Ташкенте': a date may come first)
_SUBJECTLESS = regex.compile(
    r"[\s—–-]*(?:(?:Через|Спустя|После|В|На)\s+[^.;:]{0,30}?,\s*|\d{1,2}\s+\p{Ll}+(?:\s+\d{4}\s+года?)?,?\s+)?"
    r"(?:умер(?:ла)?|скончал(?:ся|ась)|(?:осужд|приговор|освобожд|помещ|похищ|обвин|отправл|доставл|водвор)[её]н[аы]?|"
    r"(?:задержа|арестова|оштрафова|этапирова|призна)н[аы]?|избит[аы]?)(?![\w])",
    regex.IGNORECASE,
)
_PLURAL = regex.compile(
    r"(?<![\w])(?:they|them|their|both|the two|the pair|all three|all of them|the three|они|их|им|оба|обе|обоих|"
    r"обеих|двое|все трое|всех троих|всех четверых|всех|троих)(?![\w])",
    regex.IGNORECASE,
)
# 'all five', 'the five defendants', 'всех пятерых', 'все трое': a group of that many people named before.
_COUNTED_GROUP = regex.compile(
    r"(?<![\w])(?:(?:all|the|all of the|each of the)\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten)"
    r"(?:\s+(?:of them|defendants|accused|activists|men|women|journalists|bloggers|detainees|members|lawyers))?"
    r"(?![\w-])(?!\s+(?:\p{Ll}+\s+)?(?:years?|months?|days?|weeks?|times|of the|per))|"
    r"(?:все|всех|всем|всеми)\s+(?P<n_ru>двое|двоих|трое|троих|четверо|четверых|пятеро|пятерых|шестеро|шестерых|"
    r"семеро|семерых)(?![\w]))",
    regex.IGNORECASE,
)
_COLLECTIVE_SIZES = {"дво": 2, "тро": 3, "четвер": 4, "пятер": 5, "шестер": 6, "семер": 7}  # 'двоих', 'пятерых'


def _group_size(match: regex.Match[str]) -> int:
    """How many people 'all five' or 'всех пятерых' stands for."""
    word = (match.group("n") or match.group("n_ru") or "").lower()
    if word in EN_UNITS:
        return EN_UNITS[word]
    return next((size for stem, size in _COLLECTIVE_SIZES.items() if word.startswith(stem)), 0)


_HYPOTHETICAL = regex.compile(
    r"(?<![\w])(?:if|unless|could|may|might|would|risks?|если|может|грозит)\s+(?:be\s+|быть\s+)?$",
    regex.IGNORECASE | regex.REVERSE,
)
# 'faces seven years' (but 'facing criminal charges' is a case)
_FACING = regex.compile(r"(?<![\w])(?:faces?|facing)\s+(?:be\s+)?$", regex.IGNORECASE | regex.REVERSE)
# 'urged them to release X', 'lift the house arrest', 'добиться освобождения': a demand, not a happening.
_DEMANDED = regex.compile(
    r"(?<![\w])(?:(?:to|с целью)\s+(?:(?:immediately|unconditionally|немедленно|безоговорочно)\s+)?|"
    r"(?:end|stop|halt|lift|drop|ensure|secure|overturn|quash|revoke|raise|address|добиться|добиваться|прекратить|снять|отменить|"
    r"с призывом|с требованием|с просьбой)\s+(?:[\w-]+\s+){0,2}|"
    r"(?:demand\w*|calls? for|called for|calling for|urg\w+|требу\w*|потребова\w*|потребу\w*|призыва\w*|"
    r"призвал\w*)\s+(?:[\w-]+\s+){0,3})$",
    regex.IGNORECASE | regex.REVERSE,
)
# 'investigate the allegations of ill-treatment', 'по факту гибели': an incident named as the matter of an
# inquiry, told (if at all) elsewhere.
_MATTER = regex.compile(
    r"(?<![\w])(?:(?:investigat\w*|inquiry|probe|information)\s+(?:(?:into|on|about)\s+)?(?:the\s+|any\s+)?"
    r"allegations?\s+of|по факту)\s+$",
    regex.IGNORECASE | regex.REVERSE,
)
_NEGATED = regex.compile(
    r"(?<![\w])(?:не|нет|no|not|never|without|без)\s+(?:[\w-]+\s+)?$", regex.IGNORECASE | regex.REVERSE
)
# 'she defended detained protesters': a participle before a noun describes people, it tells no incident.
# Any of them right before a cue: the cue tells no happening.
_UNTOLD = regex.compile(
    "|".join(f"(?:{p.pattern})" for p in (_HYPOTHETICAL, _NEGATED, _APPEALED, _DEMANDED, _MATTER)),
    regex.IGNORECASE | regex.REVERSE,
)
_ATTRIBUTIVE_BEFORE = regex.compile(
    r"(?<![\w])(?:the|of|for|with|all|other|defend\w*|represent\w*|visit\w*|help\w*|support\w*)\s+$",
    regex.IGNORECASE | regex.REVERSE,
)
_ATTRIBUTIVE_CUE = regex.compile(r"(?:detained|arrested|imprisoned|jailed|convicted)$", regex.IGNORECASE)
_NOUN_AFTER = regex.compile(r"\s+[a-z]")
_RESPECTIVELY = regex.compile(r"respectively|соответственно", regex.IGNORECASE)
_DEATH = regex.compile(r"death|died|dies|killed|shot dead|murdered|гибел|смерт|погиб|убит|умер", regex.IGNORECASE)
_CUSTODY = regex.compile(
    r"custody|prison|jail|penal colony|colony|detention (?:centre|center|facility)|pre-trial detention|"
    r"СИЗО|ИВС|колони|тюрьм|изолятор|заключени|под стражей|мест\w* лишения свободы",
    regex.IGNORECASE,
)
_STATE_ONLY = regex.compile(r"(?:under|remains? in|is in|are in|находит\w*|содерж\w*)\s", regex.IGNORECASE)
# 'remains in pre-trial detention', 'остается под стражей': a state (the person's status), not an incident.
_DETENTION_STATE = regex.compile(
    r"(?:remains?|remained|is still|are still|is being held|are being held|оста[её]тся|остаются|оставался|"
    r"находится|находятся|находился|находилась|находились|содержится|содержатся|содержались)\s+(?:in|under|в|под)\s",
    regex.IGNORECASE,
)
_PRISON_STATE = regex.compile(
    r"(?<![\w])(?:is|are|remains?|remained|still)\s+(?:still\s+)?(?:imprisoned|jailed)$", regex.IGNORECASE
)
# 'his sister said on Monday': the date of the telling, not of the incident.
_REPORTED = regex.compile(
    r"(?<![\w])(?:said|says|told|reported|announced|stated|wrote|сообщил\w*|сообщает|сообщают|заявил\w*|"
    r"рассказал\w*|написал\w*)\s+(?:[\w-]+\s+){0,2}$",
    regex.IGNORECASE | regex.REVERSE,
)
# A Russian participle after a name ('Кудрин, осужденный по делу …') describes the person: its date, if
# any, follows it.
_PARTICIPLE = regex.compile(r"(?:нн|ённ)(?:ый|ого|ому|ым|ом|ая|ой|ую|ые|ых|ыми)$", regex.IGNORECASE)
# A prison term per person: 'A got five years, B four years' / 'Жакупова – к пяти годам, Бекова – к четырем'.
_TERM = regex.compile(
    r"(?<![\w])(?:to|к|на)\s+(?:[\w.,-]+\s+){0,3}?(?:years?|months?|лет|года?|годам|месяц\w*)(?![\w])", regex.IGNORECASE
)
# A quantity in a clause: an incident counted over a period is a statistic.
_QUANTITY = regex.compile(
    r"(?<![\w№#.,/-])\d[\d,. ]*(?![\w.,/-]*\d)|(?<![\w])(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"\w+teen|twenty|thirty|forty|fifty|hundreds?|thousands?|два|двух|двое|двоих|три|трех|трёх|трое|троих|четыре|"
    r"четырех|пять|пяти|шесть|шести|семь|семи|восемь|восьми|девять|девяти|десять|десяти|\w+надцат\w*|"
    r"двадцат\w*|тридцат\w*|сорок|сотни|тысяч\w*)(?![\w])",
    regex.IGNORECASE,
)
_NUMBERED = regex.compile(r"(?:No\.?|№|Article|article|ст\.|стать\w+|част\w+|part|колони\w+|#)\s*$", regex.REVERSE)
DATED_KINDS = (
    "day",
    "today",
    "yesterday",
    "since_weekday",
    "weekend",
    "month",
    "range",
    "year",
    "since",
    "weekday",
    "days_later",
    "following_year",
    "same_period",
    "last_month",
    "last_week",
    "year_range",
)
PERIOD_KINDS = ("month", "year", "range", "since", "year_range")
# Periods over which a quantity is a statistic (a range of up to _SHORT_DAYS days is the time of an incident).
COUNTED_KINDS = ("year", "range", "since", "year_range", "same_period")
_SHORT_DAYS = 20
# 'as of 30 June', 'по состоянию на 1 ноября': a stock figure.
_STOCK = regex.compile(r"(?<![\w])(?:as of|as at|по состоянию на|на конец)(?![\w])", regex.IGNORECASE)
SUBSUMED = {"conviction": "sentence", "detention": "arrest"}
_SOURCE_WORDS = ("by", "By", "ccording", "словам", "слов")  # words before a doer or a source ('by X', 'по словам X')
# 'X said her client had been beaten': the one who tells is not the one it happened to.
_SAYS = regex.compile(
    r"(?<![\w])(?:said|says|told|stated|claimed|added|wrote|заявил\w*|сообщил\w*|рассказал\w*|отметил\w*|"
    r"написал\w*|пишет|говорит)(?![\w])(?:\s+(?:that|что|,\s*что))?",
    regex.IGNORECASE,
)
_SOMEONE_ELSE = regex.compile(
    r"\s+(?:client|son|daughter|husband|wife|brother|sister|father|mother|colleague|friend|lawyer|клиент|"
    r"подзащитн|сын|доч|муж|жен|брат|сестр|отц|отец|мат|коллег|друг|адвокат)",
    regex.IGNORECASE,
)
# 'the quarterly bulletin released today', 'доклад, опубликованный …': a document released, no person freed.
_DOCUMENT_BEFORE = regex.compile(
    r"(?<![\w])(?:report|bulletin|review|statement|study|survey|data|figures|findings|list|video|footage|book|"
    r"film|documentary|recording|album|doc(?:ument)?s?|доклад|отч[её]т|бюллетень|обзор|список|видео|фильм)\w*"
    r"(?:\s+[\w-]+){0,3},?\s+(?:(?:was|were|has been|have been|had been|is|are)\s+)?$",
    regex.IGNORECASE | regex.REVERSE,
)
# The subject of a cue is a number of people not named ('several have since been released', 'остальных
# отпустили').
_OTHERS_BEFORE = regex.compile(
    r"(?<![\w])(?:several|some|others|many|most|a few|the others|the rest|несколько|некоторых|некоторые|"
    r"остальны\w*|другие|других)(?!\s+(?:раз|times|days|дней|месяц\w*|months|years|лет))(?:\s+of\s+them)?\s+"
    r"(?:[\w-]+\s+){0,3}$",
    regex.IGNORECASE,
)
_DEATH_LABELS = ("other:death", "death_in_custody")
# A sentence that names some of the people a count before it stood for: 'Four of them, including A and B',
# 'Among them are A and B', 'Среди них — A', 'В их числе A'.
_MEMBERS = regex.compile(
    r"\s*(?:(?:[\w-]+\s+){0,2}of\s+(?:them|those\s+(?:detained|arrested|held))\b|among\s+(?:them|those\s+(?:detained|"
    r"arrested|held))\b|(?:среди|из)\s+(?:них|задержанных|арестованных)\b|в\s+(?:их\s+числе|том\s+числе)\b)",
    regex.IGNORECASE,
)
# Incidents that befall people (a search or a ban may befall a place or a body).
_OF_PERSONS = frozenset(
    {"detention", "arrest", "criminal_case", "sentence", "conviction", "fine", "release", "house_arrest", "torture"}
)

__all__ = ["EVENT_TYPES", "FAMILY", "Event", "PersonSpan", "find_events"]


def find_events(
    sentences: list[Sentence],
    persons: list[PersonSpan],
    dates: list[DateMention],
    places: list[PlaceMention],
    counts: SpanSet | None = None,
    text: str | None = None,
) -> list[Event]:
    """Events of every sentence's clauses, merged when type, persons and date agree.

    `counts` are the spans of the statistics: a count over a month or year without named persons
    is a statistic, not an event."""
    _check_labels()
    events: list[Event] = []
    dates = anchor_same_year(sentences, dates)
    persons = _without_agents(sentences, persons)
    context = _Context(counts=counts or SpanSet([]), speaker=interview_subject(sentences, persons))
    unnamed: list[int] = []  # indices of the previous sentence's events told of people not named
    headings = heading_days(text, dates) if text is not None and "\n" in text else []
    for sentence in sentences:
        heading = next((day for start, end, day in headings if start <= sentence.start < end), None)
        names = _names_in(persons, sentence.start, sentence.end)
        context.start_sentence(names)
        if names and unnamed and _MEMBERS.match(sentence.text):
            _name_members(events, unnamed, names, sentence)
        told = len(events)
        cues = _cues(sentence)
        for index, (start, end) in enumerate(_clauses(sentence, persons)):
            inside = [cue for cue in cues if start <= cue[0] < end]
            reading = _Reading(sentence, start, end, persons, dates, places, heading)
            events += _clause_events(reading, inside, context, index)
        unnamed = [i for i in range(told, len(events)) if not events[i].persons and events[i].type in _OF_PERSONS]
    if text is not None:
        events += verdict_events(text, persons, dates)  # '— Талант Мамытов — 4 года;': items with no verb
    return merge(events)


def _name_members(events: list[Event], unnamed: list[int], names: list[str], sentence: Sentence) -> None:
    """'detained 11 employees. Four of them, including A and B, …': the incidents told of the count befell
    the people the sentence names."""
    for at in unnamed:
        events[at] = replace(events[at], persons=names, spans=[*events[at].spans, (sentence.start, sentence.end)])


_CYRILLIC = regex.compile(r"\p{Cyrillic}")
_LATIN = regex.compile(r"[A-Za-z]")
_SYNTAX = regex.compile(r"\\.|\(\?[:!=<]+")  # escapes and group openers of a cue fragment


@dataclass(frozen=True)
class _Scanner:
    """The cue words of the scripts a sentence is written in: one pattern to find cues, and one per label."""

    finder: regex.Pattern[str]
    labels: tuple[tuple[str, regex.Pattern[str]], ...]


@cache
def _scanners() -> dict[tuple[bool, bool], _Scanner]:
    """A cue scanner per script of a sentence (Latin, Cyrillic, both): the cue words of a script the
    sentence is not written in need not be tried at every word."""
    sections = gazetteer.cues()["events"]
    latin = {label: [f for f in frags if _LATIN.search(_SYNTAX.sub("", f))] for label, frags in sections.items()}
    cyrillic = {label: [f for f in frags if _CYRILLIC.search(f)] for label, frags in sections.items()}
    return {
        (True, False): _scanner(latin),
        (False, True): _scanner(cyrillic),
        (True, True): _Scanner(gazetteer.section_scanner("events"), gazetteer.section_patterns("events")),
    }


def _scanner(fragments: dict[str, list[str]]) -> _Scanner:
    """The scanner of some cue fragments by label; the finder tries the fragments by their first letter."""
    finder = _by_first_letter([f for frags in fragments.values() for f in frags])
    return _Scanner(finder, tuple((label, gazetteer.cue_pattern(frags)) for label, frags in fragments.items() if frags))


def _by_first_letter(fragments: list[str]) -> regex.Pattern[str]:
    """`gazetteer.cue_pattern` with the fragments that start with a plain letter grouped under it, so
    that at each word only the fragments of its first letter are tried."""
    groups: dict[str, list[str]] = {}
    others = []
    for fragment in fragments:
        if fragment[0].isalpha() and fragment[1:2] not in ("?", "*", "+", "{"):
            groups.setdefault(fragment[0].lower(), []).append(fragment[1:])
        else:
            others.append(fragment)
    branches = [
        regex.escape(letter) + "(?:" + "|".join(sorted(rests, key=len, reverse=True)) + ")"
        for letter, rests in sorted(groups.items())
    ]
    branches += sorted(others, key=len, reverse=True)
    return regex.compile(r"(?<![\w-])(?:" + "|".join(branches) + r")(?![\w])", regex.IGNORECASE)


def _scan(text: str) -> list[tuple[int, int, str]]:
    """Every event cue of a sentence with every label matching there: `gazetteer.scan_section` with the
    scanner of the sentence's scripts."""
    scanner = _scanners().get((_LATIN.search(text) is not None, _CYRILLIC.search(text) is not None))
    if scanner is None:
        return []
    found = []
    for match in prefiltered(scanner.finder).finditer(text):
        at = match.start()
        for label, single in scanner.labels:
            hit = single.match(text, at, at + gazetteer.CUE_REACH)
            if hit:
                found.append((hit.start(), hit.end(), label))
    return found


@cache
def _check_labels() -> None:
    """Every cue label is an event type, or 'type:kind' for a finer kind of one."""
    for label in gazetteer.cues()["events"]:
        if label.split(":")[0] not in EVENT_TYPES:
            raise ValueError(f"cues.json: events label {label!r} is not an event type")


def _cues(sentence: Sentence) -> list[tuple[int, int, str]]:
    """The event cues of a sentence that tell a happening (not a question, a demand or a condition)."""
    if sentence.text.rstrip().endswith("?"):
        return []
    text = sentence.text
    return [
        (sentence.start + s, sentence.start + e, label)
        for s, e, label in _scan(text)
        if not _UNTOLD.search(text, max(0, s - 50), s)
        and not (label != "criminal_case" and _FACING.search(text, max(0, s - 16), s))
        and not _attributive(text, s, e)
        and not (label == "release" and _DOCUMENT_BEFORE.search(text, max(0, s - 40), s))
    ]


def _attributive(text: str, start: int, end: int) -> bool:
    """'defended detained protesters': a participle qualifying a noun after it."""
    return (
        _ATTRIBUTIVE_CUE.search(text, start, end) is not None
        and _NOUN_AFTER.match(text, end) is not None
        and _ATTRIBUTIVE_BEFORE.search(text, max(0, start - 16), start) is not None
    )


def _without_agents(sentences: list[Sentence], persons: list[PersonSpan]) -> list[PersonSpan]:
    """The mentions, those of the doers of an act ('pardoned by X') marked as no victims."""
    agents: set[int] = set()
    starts = starts_of(persons)
    for sentence in sentences:
        if any(word in sentence.text for word in _SOURCE_WORDS):
            inside = persons[bisect_left(starts, sentence.start) : bisect_left(starts, sentence.end)]
            agents |= {id(p) for p in inside if p.can_be_victim and is_agent(sentence, p.start)}
    if not agents:
        return persons
    return [replace(p, can_be_victim=False) if id(p) in agents else p for p in persons]


@dataclass
class _Context:
    """Who the running text is about: the last victims named, by clause and by sentence."""

    counts: SpanSet = field(default_factory=lambda: SpanSet([]))
    speaker: str | None = None
    last: list[str] = field(default_factory=list)
    clause: list[str] = field(default_factory=list)
    previous_sentence: list[str] = field(default_factory=list)
    current_sentence: list[str] = field(default_factory=list)

    seen: list[str] = field(default_factory=list)  # every victim named so far, the latest mentioned last

    def start_sentence(self, names: list[str]) -> None:
        """Move to the next sentence."""
        if self.current_sentence:
            self.previous_sentence = self.current_sentence
        self.current_sentence = names
        self.clause = []
        self.seen = [name for name in self.seen if name not in names] + names

    def resolve(self, text: str, names: list[str], index: int) -> list[str]:
        """Names of a clause, its pronouns resolved, or those of the clause before (same subject)."""
        counted = _COUNTED_GROUP.search(text) if not names else None
        size = _group_size(counted) if counted else 0
        if names:
            resolved = names
        elif size and len(self.seen) >= size:
            resolved = self.seen[-size:]  # 'Уголовное дело в отношении всех пятерых': the five named before
        elif _PLURAL.search(text):  # ('… всех пятерых …, а в июне их задержали': the group of the clause before)
            group = (self.clause if len(self.clause) >= 2 else []) or self.current_sentence or self.previous_sentence
            resolved = list(group) if len(group) >= 2 else []
        elif self.speaker and speaks_of_self(text):
            resolved = [self.speaker]
        elif _PRONOUN.search(text):
            resolved = list(self.last[-1:])
        elif _SUBJECTLESS.match(text) and len(self.previous_sentence) == 1:
            resolved = list(self.previous_sentence)  # 'Шухрат Каримов, 47 лет. Осужден в 2019 году …
        elif index > 0:
            resolved = list(self.clause)
        else:
            resolved = []
        if resolved:
            self.last, self.clause = resolved, resolved
        return resolved


@dataclass(frozen=True)
class _Reading:
    """One clause of a sentence, with the mentions of the document."""

    sentence: Sentence
    start: int
    end: int
    persons: list[PersonSpan]
    dates: list[DateMention]
    places: list[PlaceMention]
    heading: DateMention | None = None  # the day heading the list the clause is in ('Monday, 10 March')

    @property
    def text(self) -> str:
        """The clause's text."""
        return self.sentence.text[self.start - self.sentence.start : self.end - self.sentence.start]

    def before(self, offset: int, width: int) -> str:
        """Up to `width` characters of the sentence before an offset."""
        return self.sentence.text[max(0, offset - self.sentence.start - width) : offset - self.sentence.start]


def _clauses(sentence: Sentence, persons: list[PersonSpan]) -> list[tuple[int, int]]:
    """Offsets of the clauses of a sentence ('A, B, and C' is a list, not two clauses)."""
    cuts = [sentence.start]
    for match in _CLAUSE_BREAK.finditer(sentence.text):
        if not _in_name_list(sentence, persons, sentence.start + match.start(), sentence.start + match.end()):
            cuts.append(sentence.start + match.end())
    cuts.append(sentence.end)
    return [(a, b) for a, b in pairwise(cuts) if b > a]


def _in_name_list(sentence: Sentence, persons: list[PersonSpan], start: int, end: int) -> bool:
    """', and' between the last two names of 'A, B, and C'."""
    if not sentence.text.startswith(",", start - sentence.start):
        return False
    starts = starts_of(persons)
    index = bisect_left(starts, end)
    if index < 2 or index >= len(persons) or persons[index].start != end or persons[index - 1].end != start:
        return False
    gap = sentence.text[persons[index - 2].end - sentence.start : persons[index - 1].start - sentence.start]
    return gap.strip() == ","


def _clause_events(reading: _Reading, cues: list[tuple[int, int, str]], context: _Context, index: int) -> list[Event]:
    """The events one clause describes."""
    text, start, end = reading.text, reading.start, reading.end
    if _RELATIVE_CLAUSE.match(text):  # 'which the court banned in 2014': about the antecedent, no one else
        names = _names_in(reading.persons, start, end) or antecedent(reading.sentence, reading.persons, start)
    else:
        names = context.resolve(text, _names_in(reading.persons, start, end), index)
    found = []
    for label, cue, cue_end in _types_in(cues):
        found += _cue_events(reading, label, (cue, cue_end), names, context)
    return found


def _cue_events(
    reading: _Reading, label: str, cue: tuple[int, int], names: list[str], context: _Context
) -> list[Event]:
    """The events one cue tells: usually one, one per person for deaths and terms told apart."""
    sentence, start, end = reading.sentence, reading.start, reading.end
    kind = label.split(":")[0]
    dated, when = _event_date(reading, cue)
    if not dated:
        return []
    target = complement(sentence, reading.persons, cue[1], end)
    if label == "other:designation":
        names, target = [], None  # a body declared extremist: the people of its sentence are not its parties
    elif target is not None:
        names = target
    elif object_of_speech(sentence, cue[0]):
        return []
    elif _OTHERS_BEFORE.search(reading.before(cue[0], 60)) and not _names_in(reading.persons, start, cue[0]):
        names = []  # 'Although several have since been released, X … remains under house arrest': not X
    if not names and label == "other:appeal":
        names = list(context.last)  # 'The Supreme Court upheld the verdict in February 2024': the defendant's
    counted = (
        label != "other:designation"  # 'banned as extremist since 2014' is the ban's date, not a period counted
        and (not names or (when is not None and when.kind in COUNTED_KINDS))
        and _counted(reading, when, context)
    )
    if not names and (when is None or counted):
        return []
    if when is None and _is_state(kind, reading.before(cue[1], cue[1] - cue[0] + 40)):
        return []
    if not names and start == 0 and not sentence.text.rstrip().endswith((".", "!", "?")):
        return []  # a headline names a topic ('Persecution in X: September'), not an incident
    if names:
        names = _without_tellers(reading, names, cue[0])
        if not names:
            return []  # told by someone of someone not named
    if target is not None:
        names_here = names
    elif label in _DEATH_LABELS and len(names) > 1:
        names_here = nearest(reading.sentence, reading.persons, cue, start, end) or names
    else:
        names_here = _subjects(reading, names, cue[0])
    if label == "other:death" and _CUSTODY.search(reading.text):
        kind = "death_in_custody"
    place = nearest_place(reading.places, cue[0], cue[0] + 1, sentence.start, sentence.end)
    day = event_day(when)
    told = when is not None and _told_on(reading, when)
    if _told_apart(reading, kind, names_here, cue[0]):
        groups = [[name] for name in names_here]
    else:
        groups = _term_groups(reading, kind, names_here) or [names_here]
    return [Event(kind, day, group, place, [(cue[0], end)], label, told, counted) for group in groups]


def event_day(when: DateMention | None) -> str | None:
    """The date of an event told at `when`: its first day, or its month for 'last week' inside one month (which
    day of the week is not told)."""
    if when is None or when.first is None:
        return None
    if when.kind == "last_week" and when.first[:7] == (when.last or "")[:7]:
        return when.first[:7]
    return when.first


def _term_groups(reading: _Reading, kind: str, names: list[str]) -> list[list[str]]:
    """'приговорил A к шести годам, B – к пяти годам, C и D – к четырем годам': one sentence per term, for the
    names written before it (after the term before); none where fewer than two terms are told."""
    if kind not in ("sentence", "conviction") or len(names) < 3:
        return []
    terms = [reading.start + m.end() for m in _TERM.finditer(reading.text)]
    if len(terms) < 2:
        return []
    first_seen: dict[str, int] = {}
    for person in reading.persons:
        if reading.start <= person.start < reading.end and person.name in names:
            first_seen.setdefault(person.name, person.start)
    groups: list[list[str]] = [[] for _ in terms]
    for name in names:
        at = first_seen.get(name)
        if at is None:
            return []
        groups[next((i for i, term_end in enumerate(terms) if at < term_end), len(terms) - 1)].append(name)
    return groups if all(groups) else []


def _without_tellers(reading: _Reading, names: list[str], cue: int) -> list[str]:
    """The names of a cue told in reported speech: those named after the verb of saying, or the teller
    when a pronoun after the verb points back ('X said he was beaten'), but not when it qualifies
    someone else ('Omarova said her client had been beaten')."""
    text, offset = reading.sentence.text, reading.sentence.start
    verbs = list(_SAYS.finditer(text, reading.start - offset, cue - offset))
    if not verbs:
        return names
    verb = verbs[-1]
    tellers = set(_names_in(reading.persons, reading.start, offset + verb.start()))
    if _RELATIVE_CLAUSE.match(reading.text):  # 'X, who …, said': the antecedent tells
        tellers |= set(names)
    if not tellers & set(names):  # 'His lawyer said his client …': the names come from before, not a teller
        return names
    after = _names_in(reading.persons, offset + verb.end(), cue)
    if after:
        return after
    pronoun = _PRONOUN.search(text, verb.end(), cue - offset)
    if pronoun is None or _SOMEONE_ELSE.match(text, pronoun.end()):
        return []
    return [name for name in names if name in tellers][-1:]


def _event_date(reading: _Reading, cue: tuple[int, int]) -> tuple[bool, DateMention | None]:
    """The date of a cue: the nearest of its clause, else of its sentence; (False, None) when the cue
    is a participle describing a person, without a date of its own."""
    sentence = reading.sentence
    if (
        _PARTICIPLE.search(sentence.text, cue[0] - sentence.start, cue[1] - sentence.start)
        and reading.before(cue[0], 2) == ", "
    ):
        comma = sentence.text.find(",", cue[1] - sentence.start)
        stop = sentence.start + comma if comma >= 0 else reading.end
        own = _nearest_date(reading, cue, cue[1], min(stop, reading.end))
        return own is not None, own
    when = _nearest_date(reading, cue, reading.start, reading.end)
    if when is None:
        when = _nearest_date(reading, cue, sentence.start, sentence.end, outside_relative=True)
    return True, when or reading.heading


def _counted(reading: _Reading, when: DateMention | None, context: _Context) -> bool:
    """A happening over a period with a quantity ('27 people convicted since January', 'as of 30 June,
    412 people were in custody'): a statistic, not an event."""
    if when is None:
        return False
    if when.kind in PERIOD_KINDS and not _short(when) and context.counts.overlaps(reading.start, reading.end):
        return True
    over_period = when.kind in COUNTED_KINDS and not _short(when)
    if not (over_period or _STOCK.search(reading.sentence.text)):
        return False
    text = reading.text
    for match in _QUANTITY.finditer(text):
        at = reading.start + match.start()
        if not _NUMBERED.search(text, max(0, match.start() - 12), match.start()) and not _in_date(reading, at):
            return True
    return False


def _short(when: DateMention) -> bool:
    """'on 30 and 31 March', 'с 1 по 15 марта': a range within a month is the time of an incident, not
    a period reported on."""
    if when.kind != "range" or not when.first or not when.last or len(when.first) < 10 or len(when.last) < 10:
        return False
    return (date.fromisoformat(when.last) - date.fromisoformat(when.first)).days <= _SHORT_DAYS


def _in_date(reading: _Reading, offset: int) -> bool:
    """The offset is inside a date expression."""
    starts = starts_of(reading.dates)
    index = bisect_left(starts, offset + 1) - 1
    return index >= 0 and reading.dates[index].start <= offset < reading.dates[index].end


def _told_apart(reading: _Reading, kind: str, names: list[str], cue: int) -> bool:
    """Several persons, but one incident each: several deaths in one clause, terms given 'respectively'
    or one per person."""
    if len(names) < 2:
        return False
    if _DEATH.match(reading.sentence.text, cue - reading.sentence.start) is not None:
        return True
    if _RESPECTIVELY.search(reading.text):
        return True
    return kind in ("sentence", "conviction") and len(_TERM.findall(reading.text)) >= len(names)


def _names_in(persons: list[PersonSpan], start: int, end: int) -> list[str]:
    """Names of possible victims mentioned in [start, end), in order, without repeats."""
    names: dict[str, None] = {}
    starts = starts_of(persons)
    for person in persons[bisect_left(starts, start) : bisect_left(starts, end)]:
        if person.can_be_victim and not person.possessive:
            names.setdefault(person.name, None)
    return list(names)


def _is_state(kind: str, context: str) -> bool:
    """'is under house arrest', 'remains in pre-trial detention', 'is still imprisoned' (the text up to
    the cue's end): a state told without a date."""
    if kind == "house_arrest":
        return _STATE_ONLY.search(context) is not None
    if kind == "sentence":
        return _PRISON_STATE.search(context) is not None
    return kind in ("detention", "arrest") and _DETENTION_STATE.search(context) is not None


def _subjects(reading: _Reading, names: list[str], cue: int) -> list[str]:
    """'X was sentenced … for sharing a video of Y': after a passive verb, only the names before it."""
    if not _PASSIVE_BEFORE.search(reading.before(cue, 30)):
        return names
    before = set(_names_in(reading.persons, reading.start, cue))
    return [name for name in names if name in before] or names


def _types_in(cues: list[tuple[int, int, str]]) -> list[tuple[str, int, int]]:
    """Cue labels of the clause with the span of each cue (letters are left to the letter finder)."""
    labels = {label for _, _, label in cues if label != "letter"}
    kinds = {label.split(":")[0] for label in labels}
    for weaker, stronger in SUBSUMED.items():
        if weaker in kinds and stronger in kinds:
            labels.discard(weaker)
    if "criminal_case" in kinds and kinds & {"sentence", "conviction", "arrest", "detention", "house_arrest"}:
        labels.discard("criminal_case")
    if "death_in_custody" in kinds:
        labels -= {"torture", "other", "other:death"}
    if len(labels) > 1:
        labels.discard("other")
    return [(label, start, end) for start, end, label in cues if label in labels]


def _nearest_date(
    reading: _Reading, cue: tuple[int, int], start: int, end: int, *, outside_relative: bool = False
) -> DateMention | None:
    """The resolved date expression inside [start, end) nearest to the cue; a date before the cue
    that belongs to a coordinated verb before it ('detained on 14 October and placed under house
    arrest two days later') counts three times as far. A date of the telling ('said on Monday') is
    taken only when there is no other; with `outside_relative`, none in a relative clause after the
    cue's clause."""
    starts = starts_of(reading.dates)
    window = reading.dates[bisect_left(starts, start) : bisect_left(starts, end)]
    inside = [
        d
        for d in window
        if d.kind in DATED_KINDS and d.first and not (outside_relative and _in_relative_clause(reading, d.start))
    ]
    if len(inside) < 2:
        return inside[0] if inside else None
    return min(inside, key=lambda d: (_told_on(reading, d), _date_distance(reading.sentence, d, cue), d.start))


def _told_on(reading: _Reading, mention: DateMention) -> bool:
    """'his sister said on Monday': the date of the telling, not of the incident."""
    return _REPORTED.search(reading.before(mention.start, 40)) is not None


def _in_relative_clause(reading: _Reading, offset: int) -> bool:
    """The offset is in a relative clause after the clause being read ('…, who had represented … in 2022')."""
    if offset < reading.end:
        return False
    between = reading.sentence.text[reading.end - reading.sentence.start : offset - reading.sentence.start]
    return _RELATIVE_CLAUSE.match(between) is not None


def _date_distance(sentence: Sentence, mention: DateMention, cue: tuple[int, int]) -> float:
    """Characters between a date expression and a cue span."""
    if mention.start >= cue[1]:
        return mention.start - cue[1]
    if mention.end <= cue[0]:
        between = sentence.text[mention.end - sentence.start : cue[0] - sentence.start]
        return (cue[0] - mention.end) * (3 if _COORDINATION.search(between) else 1)
    return 0
