"""Events: one per incident in a clause, with its type, date, persons and place."""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from chronicle.ingest.extraction import gazetteer
from chronicle.ingest.extraction.dates import DateMention
from chronicle.ingest.extraction.places import PlaceMention, nearest_place
from chronicle.ingest.extraction.text import Sentence

_CLAUSE_BREAK = regex.compile(r",\s+(?:and|but|while|whereas|а|но|однако)\s+|;\s+|\.\s+")
_PRONOUN = regex.compile(r"(?<![\w])(?:he|she|him|her|his|they|both|он|она|его|ее|её|они|оба)(?![\w])", regex.IGNORECASE)
_STATE_ONLY = regex.compile(r"(?:under|remains? in|is in|are in|находит\w*|содерж\w*)\s", regex.IGNORECASE)
DATED_KINDS = ("day", "month", "range", "year", "since")
SUBSUMED = {"conviction": "sentence", "detention": "arrest"}


@dataclass(frozen=True)
class PersonSpan:
    """A person's mention for event building: the reported name and whether it can be a victim."""

    start: int
    end: int
    name: str
    can_be_victim: bool


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
) -> list[Event]:
    """Events of every sentence's clauses, merged when type, persons and date agree."""
    events: list[Event] = []
    previous: list[str] = []
    for sentence in sentences:
        for start, end in _clauses(sentence):
            clause_events, previous = _clause_events(sentence, start, end, persons, dates, places, previous)
            events += clause_events
    return _merge(events)


def _clauses(sentence: Sentence) -> list[tuple[int, int]]:
    """Offsets of the clauses of a sentence."""
    cuts = [sentence.start]
    for match in _CLAUSE_BREAK.finditer(sentence.text):
        cuts.append(sentence.start + match.end())
    cuts.append(sentence.end)
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]


def _clause_events(
    sentence: Sentence, start: int, end: int, persons: list[PersonSpan],
    dates: list[DateMention], places: list[PlaceMention], previous: list[str],
) -> tuple[list[Event], list[str]]:
    """The events one clause describes, and the victims to carry to the next clause."""
    text = sentence.text[start - sentence.start:end - sentence.start]
    names = _names_in(persons, start, end)
    if not names and _PRONOUN.search(text):
        names = list(previous)
    carried = names or previous
    types = _types_in(text)
    if not types:
        return [], carried
    when = _date_in(dates, start, end) or _date_in(dates, sentence.start, sentence.end)
    if not names and (when is None or when.kind not in DATED_KINDS):
        return [], carried
    place = nearest_place(places, start, end, sentence.start, sentence.end)
    found = []
    for kind, offset in types:
        if kind == "house_arrest" and when is None and _STATE_ONLY.search(text):
            continue
        found.append(Event(kind, when.first if when else None, names, place, [(start + offset, end)]))
    return found, carried


def _names_in(persons: list[PersonSpan], start: int, end: int) -> list[str]:
    """Names of possible victims mentioned in [start, end), in order, without repeats."""
    names: dict[str, None] = {}
    for person in persons:
        if start <= person.start < end and person.can_be_victim:
            names.setdefault(person.name, None)
    return list(names)


def _types_in(text: str) -> list[tuple[str, int]]:
    """Event types cued in the clause (letters are left to the letter finder)."""
    found: dict[str, int] = {}
    for kind, pattern in gazetteer.section_patterns("events"):
        if kind == "letter":
            continue
        match = pattern.search(text)
        if match and kind not in found:
            found[kind] = match.start()
    for weaker, stronger in SUBSUMED.items():
        if weaker in found and stronger in found:
            del found[weaker]
    if "criminal_case" in found and found.keys() & {"sentence", "conviction", "arrest", "detention"}:
        del found["criminal_case"]
    if "death_in_custody" in found:
        found.pop("torture", None)
        found.pop("other", None)
    if len(found) > 1:
        found.pop("other", None)
    return sorted(found.items(), key=lambda item: item[1])


def _date_in(dates: list[DateMention], start: int, end: int) -> DateMention | None:
    """The first dated expression inside [start, end)."""
    return next((d for d in dates if start <= d.start < end and d.kind in DATED_KINDS), None)


def _merge(events: list[Event]) -> list[Event]:
    """Fold repeated mentions of the same incident (same type, persons and date)."""
    merged: dict[tuple[str, tuple[str, ...], str | None], Event] = {}
    for event in events:
        key = (event.type, tuple(sorted(event.persons)), event.date)
        if key in merged:
            merged[key].spans += event.spans
        else:
            merged[key] = event
    return list(merged.values())
