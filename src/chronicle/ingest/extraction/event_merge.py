"""Events told several times folded into one incident each."""

from __future__ import annotations

from dataclasses import dataclass, field

FAMILY = {"conviction": "sentence", "detention": "arrest"}  # one incident told with either word
_DEATHS = ("death_in_custody", "other:death")
_NEAR = 600  # characters


@dataclass
class Event:
    """An incident: type, date, persons, place and the spans it came from."""

    type: str
    date: str | None
    persons: list[str]
    place: str | None
    spans: list[tuple[int, int]] = field(default_factory=list)
    kind: str = ""  # the cue's label, with its finer kind ('other:death')
    date_told: bool = False  # the date is that of the telling ('his sister said on Monday')
    counted: bool = False  # told in a count over a period ('at least 11 convicted since January, among them X')


def family(event: Event) -> str:
    """The type under which one incident may be told with either word."""
    return FAMILY.get(event.type, event.type)


def merge(events: list[Event]) -> list[Event]:
    """Fold repeated mentions of the same incident (same type and date, and persons or none)."""
    events = _one_death_each(_continue(events))
    merged: dict[tuple[str, tuple[str, ...], str | None], Event] = {}
    for event in events:
        key = (event.type, tuple(sorted(event.persons)), event.date)
        if key in merged:
            merged[key].spans += event.spans
        else:
            merged[key] = event
    kept = list(merged.values())
    named = [(family(e), e.date or "") for e in kept if e.persons and e.date]
    dated = {(family(e), name) for e in kept if e.date for name in e.persons}
    kept = [
        e
        for e in kept
        if (e.persons or not _told_with_persons(e, named))
        and not (e.date is None and e.persons and all((family(e), n) in dated for n in e.persons))
    ]
    return _without_told_apart(_without_counted(kept))


def _continue(events: list[Event]) -> list[Event]:
    """'On 17 September the court passed the verdict. A and B were sentenced to …': a dated event
    without persons and the undated events of the same kind with persons told soon after it are one
    incident, told person by person."""
    joined: list[Event] = []
    anchors: dict[tuple[str, str], Event] = {}
    for event in events:
        key = _kind(event)
        anchor = anchors.get(key)
        if anchor is not None and event.persons and event.date is None and _near(anchor, event):
            event.date = anchor.date
            if anchor in joined:
                joined.remove(anchor)
            joined.append(event)
            continue
        if event.date and not event.persons:
            anchors[key] = event
        else:
            anchors.pop(key, None)
        joined.append(event)
    return joined


def _kind(event: Event) -> tuple[str, str]:
    """What must agree for two tellings to be one incident: the family, and the finer kind of 'other'."""
    return family(event), event.kind if event.type == "other" else ""


def _near(first: Event, second: Event) -> bool:
    """Told within a paragraph or two."""
    return bool(first.spans and second.spans) and second.spans[0][0] - first.spans[-1][1] < _NEAR


def _one_death_each(events: list[Event]) -> list[Event]:
    """A person dies once: the deaths told of one person are one, in custody if any telling says so,
    dated by the most precise date told."""
    deaths: dict[str, list[Event]] = {}
    for event in events:
        if event.kind in _DEATHS and len(event.persons) == 1:
            deaths.setdefault(event.persons[0], []).append(event)
    dropped: set[int] = set()
    for told in deaths.values():
        if len(told) < 2:
            continue
        best = max(told, key=lambda e: (bool(e.date) and not e.date_told, len(e.date or ""), -told.index(e)))
        if any(e.type == "death_in_custody" for e in told):
            best.type = "death_in_custody"
        best.spans = [span for e in told for span in e.spans]
        dropped |= {id(e) for e in told if e is not best}
    return [e for e in events if id(e) not in dropped]


def _without_told_apart(events: list[Event]) -> list[Event]:
    """'A, B and C were convicted … A got five years, B four': the group event is dropped when each of
    its persons has the incident (same family and date) told apart."""
    alone = {(family(e), e.date, e.persons[0]) for e in events if len(e.persons) == 1}
    return [
        e for e in events if len(e.persons) < 2 or not all((family(e), e.date, name) in alone for name in e.persons)
    ]


def _without_counted(events: list[Event]) -> list[Event]:
    """'At least 11 convicted since January, among them X, who was sentenced on 3 June': the count names
    X, whose own incident is told apart."""
    told = {(family(e), name) for e in events if not e.counted for name in e.persons}
    return [e for e in events if not (e.counted and e.persons and all((family(e), n) in told for n in e.persons))]


def _told_with_persons(event: Event, named: list[tuple[str, str]]) -> bool:
    """'the journalists, who were sentenced last month' beside 'X and Y were convicted on 26 September':
    an event without persons whose date is as or less precise than that of the same incident told with them."""
    kind = family(event)
    return any(other == kind and date.startswith(event.date or "#") for other, date in named)
