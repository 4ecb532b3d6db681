"""Events: one per incident in a clause, with its type, date, persons and place."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from itertools import pairwise

import regex

from chronicle.ingest.extraction import gazetteer
from chronicle.ingest.extraction.dates import DateMention
from chronicle.ingest.extraction.places import PlaceMention, nearest_place
from chronicle.ingest.extraction.text import Sentence, SpanSet, starts_of

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
    regex.IGNORECASE,
)
_APPEALED = regex.compile(
    r"(?<![\w])(?:appeal(?:ed|s|ing)?(?: against)?|challeng\w+|обжалова\w*|оспори\w*|оспарива\w*)\s+(?:the\s+)?$",
    regex.IGNORECASE,
)
_COORDINATION = regex.compile(r"(?<![\w])(?:and|и|а|then|затем)(?![\w])|,", regex.IGNORECASE)
_PLURAL = regex.compile(
    r"(?<![\w])(?:they|both|all three|all of them|the three|они|оба|обе|обоих|обеих|все трое|всех троих|"
    r"всех четверых|всех|троих)(?![\w])",
    regex.IGNORECASE,
)
_HYPOTHETICAL = regex.compile(
    r"(?<![\w])(?:if|unless|could|may|might|would|faces?|facing|risks?|если|может|грозит)\s+(?:be\s+|быть\s+)?$",
    regex.IGNORECASE,
)
# 'urged them to release X', 'добиться освобождения', 'прекратить преследование': a demand, not a happening.
_DEMANDED = regex.compile(
    r"(?<![\w])(?:to|demand\w*|calls? for|called for|calling for|urg\w+|end|stop|halt|добиться|добиваться|"
    r"прекратить|требу\w*|потребовал\w*|призыва\w*|призвал\w*|с призывом|с требованием|с просьбой)"
    r"\s+(?:(?:the|an?|immediate|immediately|unconditional|unconditionally|немедленно|немедленного|"
    r"безоговорочно|безусловного|его|ее|их)\s+)?$",
    regex.IGNORECASE,
)
_NEGATED = regex.compile(r"(?<![\w])(?:не|нет|no|not|never|without|без)\s+(?:[\w-]+\s+)?$", regex.IGNORECASE)
_RESPECTIVELY = regex.compile(r"respectively|соответственно", regex.IGNORECASE)
_DEATH = regex.compile(r"death|died|dies|killed|shot dead|murdered|гибел|смерт|погиб|убит|умер", regex.IGNORECASE)
_STATE_ONLY = regex.compile(r"(?:under|remains? in|is in|are in|находит\w*|содерж\w*)\s", regex.IGNORECASE)
# 'remains in pre-trial detention', 'остается под стражей': a state (the person's status), not an incident.
_DETENTION_STATE = regex.compile(
    r"(?:remains?|remained|is still|are still|is being held|are being held|оста[её]тся|остаются|оставался|"
    r"находится|находятся|содержится|содержатся)\s+(?:in|under|в|под)\s",
    regex.IGNORECASE,
)
DATED_KINDS = (
    "day",
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
FAMILY = {"conviction": "sentence", "detention": "arrest"}  # one incident told with either word
SUBSUMED = {"conviction": "sentence", "detention": "arrest"}


@dataclass(frozen=True)
class PersonSpan:
    """A person's mention for event building: the reported name and whether it can be a victim."""

    start: int
    end: int
    name: str
    can_be_victim: bool
    possessive: bool = False


@dataclass
class Event:
    """An incident: type, date, persons, place and the spans it came from."""

    type: str
    date: str | None
    persons: list[str]
    place: str | None
    spans: list[tuple[int, int]] = field(default_factory=list)


def find_events(
    sentences: list[Sentence],
    persons: list[PersonSpan],
    dates: list[DateMention],
    places: list[PlaceMention],
    counts: SpanSet | None = None,
) -> list[Event]:
    """Events of every sentence's clauses, merged when type, persons and date agree.

    `counts` are the spans of the statistics: a count over a month or year without named persons
    is a statistic, not an event."""
    events: list[Event] = []
    context = _Context(counts=counts or SpanSet([]))
    for sentence in sentences:
        context.start_sentence(_names_in(persons, sentence.start, sentence.end))
        cues = [
            (sentence.start + s, sentence.start + e, kind)
            for s, e, _, kind in gazetteer.scan_section("events", sentence.text)
            if not _HYPOTHETICAL.search(sentence.text, max(0, s - 16), s)
            and not _NEGATED.search(sentence.text, max(0, s - 24), s)
            and not _APPEALED.search(sentence.text, max(0, s - 30), s)
            and not _DEMANDED.search(sentence.text, max(0, s - 30), s)
        ]
        for index, (start, end) in enumerate(_clauses(sentence)):
            inside = [cue for cue in cues if start <= cue[0] < end]
            events += _clause_events(sentence, start, end, inside, persons, dates, places, context, index)
    return _merge(events)


@dataclass
class _Context:
    """Who the running text is about: the last victims named, by clause and by sentence."""

    counts: SpanSet = field(default_factory=lambda: SpanSet([]))
    last: list[str] = field(default_factory=list)
    clause: list[str] = field(default_factory=list)
    previous_sentence: list[str] = field(default_factory=list)
    current_sentence: list[str] = field(default_factory=list)

    def start_sentence(self, names: list[str]) -> None:
        """Move to the next sentence."""
        if self.current_sentence:
            self.previous_sentence = self.current_sentence
        self.current_sentence = names
        self.clause = []

    def resolve(self, text: str, names: list[str], index: int) -> list[str]:
        """Names of a clause, its pronouns resolved, or those of the clause before (same subject)."""
        if names:
            resolved = names
        elif _PLURAL.search(text):
            group = self.current_sentence or self.previous_sentence
            resolved = list(group) if len(group) >= 2 else []
        elif _PRONOUN.search(text):
            resolved = list(self.last[-1:])
        elif index > 0:
            resolved = list(self.clause)
        else:
            resolved = []
        if resolved:
            self.last, self.clause = resolved, resolved
        return resolved


def _clauses(sentence: Sentence) -> list[tuple[int, int]]:
    """Offsets of the clauses of a sentence."""
    cuts = [sentence.start]
    for match in _CLAUSE_BREAK.finditer(sentence.text):
        cuts.append(sentence.start + match.end())
    cuts.append(sentence.end)
    return [(a, b) for a, b in pairwise(cuts) if b > a]


def _clause_events(
    sentence: Sentence,
    start: int,
    end: int,
    cues: list[tuple[int, int, str]],
    persons: list[PersonSpan],
    dates: list[DateMention],
    places: list[PlaceMention],
    context: _Context,
    index: int,
) -> list[Event]:
    """The events one clause describes."""
    text = sentence.text[start - sentence.start : end - sentence.start]
    if _RELATIVE_CLAUSE.match(text):  # 'which the court banned in 2014': about the antecedent, no one else
        names = _names_in(persons, start, end) or _antecedent(persons, start)
    else:
        names = context.resolve(text, _names_in(persons, start, end), index)
    found = []
    for kind, cue, cue_end in _types_in(cues):
        when = _nearest_date(sentence, dates, (cue, cue_end), start, end)
        if when is None:  # an event without persons needs a date of its own clause
            when = _nearest_date(sentence, dates, (cue, cue_end), sentence.start, sentence.end)
        if not names and (when is None or (when.kind in PERIOD_KINDS and context.counts.overlaps(start, end))):
            continue
        if when is None and _is_state(
            kind, sentence.text[max(0, cue - sentence.start - 40) : cue_end - sentence.start]
        ):
            continue
        if not names and index == 0 and sentence.start == 0 and not sentence.text.rstrip().endswith((".", "!", "?")):
            continue  # a headline names a topic ('Persecution in X: September'), not an incident
        names_here = _subjects(sentence, persons, names, cue, start, end)
        place = nearest_place(places, cue, cue + 1, sentence.start, sentence.end)
        date = when.first if when else None
        # A death happens to one person: several deaths in one clause are several events.
        deaths = len(names_here) > 1 and _DEATH.match(sentence.text, cue - sentence.start) is not None
        separately = len(names_here) > 1 and _RESPECTIVELY.search(text) is not None  # '30 and 20 years respectively'
        groups = [[name] for name in names_here] if deaths or separately else [names_here]
        found += [Event(kind, date, group, place, [(cue, end)]) for group in groups]
    return found


def _names_in(persons: list[PersonSpan], start: int, end: int) -> list[str]:
    """Names of possible victims mentioned in [start, end), in order, without repeats."""
    names: dict[str, None] = {}
    starts = starts_of(persons)
    for person in persons[bisect_left(starts, start) : bisect_left(starts, end)]:
        if person.can_be_victim and not person.possessive:
            names.setdefault(person.name, None)
    return list(names)


def _is_state(kind: str, context: str) -> bool:
    """'is under house arrest', 'remains in pre-trial detention' (the text up to the cue's end): a
    state told without a date."""
    if kind == "house_arrest":
        return _STATE_ONLY.search(context) is not None
    return kind in ("detention", "arrest") and _DETENTION_STATE.search(context) is not None


def _antecedent(persons: list[PersonSpan], start: int) -> list[str]:
    """'X, who …' / 'X, которая …': the person named right before a relative clause."""
    before = [p for p in persons if start - 4 <= p.end <= start and p.can_be_victim]
    return [before[-1].name] if before else []


def _subjects(
    sentence: Sentence, persons: list[PersonSpan], names: list[str], cue: int, start: int, end: int
) -> list[str]:
    """'X was sentenced … for sharing a video of Y': after a passive verb, only the names before it."""
    if not _PASSIVE_BEFORE.search(sentence.text, max(0, cue - sentence.start - 30), cue - sentence.start):
        return names
    before = set(_names_in(persons, start, cue))
    return [name for name in names if name in before] or names


def _types_in(cues: list[tuple[int, int, str]]) -> list[tuple[str, int, int]]:
    """Event types cued in the clause with the span of each cue (letters are left to the letter finder)."""
    kinds = {kind for _, _, kind in cues if kind != "letter"}
    for weaker, stronger in SUBSUMED.items():
        if weaker in kinds and stronger in kinds:
            kinds.discard(weaker)
    if "criminal_case" in kinds and kinds & {"sentence", "conviction", "arrest", "detention"}:
        kinds.discard("criminal_case")
    if "death_in_custody" in kinds:
        kinds -= {"torture", "other"}
    if len(kinds) > 1:
        kinds.discard("other")
    return [(kind, start, end) for start, end, kind in cues if kind in kinds]


def _nearest_date(
    sentence: Sentence, dates: list[DateMention], cue: tuple[int, int], start: int, end: int
) -> DateMention | None:
    """The resolved date expression inside [start, end) nearest to the cue; a date before the cue
    that belongs to a coordinated verb before it ('detained on 14 October and placed under house
    arrest two days later') counts three times as far."""
    starts = starts_of(dates)
    window = dates[bisect_left(starts, start) : bisect_left(starts, end)]
    inside = [d for d in window if d.kind in DATED_KINDS and d.first]
    return min(inside, key=lambda d: (_date_distance(sentence, d, cue), d.start), default=None)


def _date_distance(sentence: Sentence, mention: DateMention, cue: tuple[int, int]) -> float:
    """Characters between a date expression and a cue span."""
    if mention.start >= cue[1]:
        return mention.start - cue[1]
    if mention.end <= cue[0]:
        between = sentence.text[mention.end - sentence.start : cue[0] - sentence.start]
        return (cue[0] - mention.end) * (3 if _COORDINATION.search(between) else 1)
    return 0


def _continue(events: list[Event]) -> list[Event]:
    """'On 8 May the list was updated. Added were A and B.': a dated event without persons and the
    undated same-type event with persons right after it are one incident."""
    joined: list[Event] = []
    for event in events:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and previous.type == event.type
            and not previous.persons
            and previous.date
            and event.persons
            and event.date is None
        ):
            previous.persons, previous.spans = event.persons, previous.spans + event.spans
            continue
        joined.append(event)
    return joined


def _merge(events: list[Event]) -> list[Event]:
    """Fold repeated mentions of the same incident (same type and date, and persons or none)."""
    events = _continue(events)
    merged: dict[tuple[str, tuple[str, ...], str | None], Event] = {}
    for event in events:
        key = (event.type, tuple(sorted(event.persons)), event.date)
        if key in merged:
            merged[key].spans += event.spans
        else:
            merged[key] = event
    named = [(FAMILY.get(e.type, e.type), e.date or "") for e in merged.values() if e.persons and e.date]
    dated = {(FAMILY.get(e.type, e.type), name) for e in merged.values() if e.date for name in e.persons}
    return [
        e
        for e in merged.values()
        if (e.persons or not _told_with_persons(e, named))
        and not (e.date is None and e.persons and all((FAMILY.get(e.type, e.type), n) in dated for n in e.persons))
    ]


def _told_with_persons(event: Event, named: list[tuple[str, str]]) -> bool:
    """'the journalists, who were sentenced last month' beside 'X and Y were convicted on 26 September':
    an event without persons whose date is as or less precise than that of the same incident told with them."""
    family = FAMILY.get(event.type, event.type)
    return any(kind == family and date.startswith(event.date or "#") for kind, date in named)
