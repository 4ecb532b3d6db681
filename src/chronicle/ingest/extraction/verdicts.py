"""A verdict read out defendant by defendant, as court reports print it:

    Судья зачитала решение по каждому из обвиняемых:
    — Эмиль Жумабеков, 34 года, администратор чата, — 7 лет лишения свободы;
    — Жыргал Бекова — штраф в размере 200 тысяч сомов;

Each item is an event of its own (a sentence or a fine) for the person it names, on the day of the verdict.
The clause reader misses most of them: an item often holds no verb ('— Талант Мамытов — 4 года;').
"""

from __future__ import annotations

import regex

from chronicle.ingest.extraction.dates import DateMention
from chronicle.ingest.extraction.event_merge import Event
from chronicle.ingest.extraction.event_persons import PersonSpan

# A line announcing the verdict list: a verdict word, ending with a colon.
_HEAD = regex.compile(
    r"(?im)^[^\n]*(?:приговор|решени|осудил|назначил|sentenc|verdict|ruling|handed down)[^\n]{0,200}:[ \t]*$"
)
# Where a line ends with a colon: the only lines _HEAD can match (looked for at their start alone).
_COLON_LINE_END = regex.compile(r"(?m):[ \t]*$")
_ITEM = regex.compile(r"[ \t]*(?:[—–•*▪-]|\d{1,2}[.)])[ \t]+(?P<body>\S[^\n]*)")
_FINE = regex.compile(r"(?i)штраф|\bfined?\b")
_TERM = regex.compile(
    r"(?i)\d+(?:[.,]\d)?\s*(?:лет|года?|год|месяц\w*|years?|months?)|услов\w*|suspended|probation|"
    r"ограничени\w* свободы|restricted freedom|lifelong|пожизненн\w*|life imprisonment"
)
_ACQUITTED = regex.compile(r"(?i)оправда\w*|acquitted|освобожд\w* от (?:уголовной )?ответственности")
_DAY_KINDS = ("day", "weekday")


def verdict_events(text: str, persons: list[PersonSpan], dates: list[DateMention]) -> list[Event]:
    """One event per defendant of every verdict list."""
    found: list[Event] = []
    for head in _heads(text):
        when = _verdict_day(dates, head.start())
        offset, found_items = head.end() + 1, 0
        while offset < len(text):
            line_end = text.find("\n", offset)
            line_end = len(text) if line_end < 0 else line_end
            item = _ITEM.fullmatch(text, offset, line_end)
            if item is None and not found_items and not text[offset:line_end].strip():
                offset = line_end + 1  # a blank line between the heading and its list
                continue
            if item is None:
                break
            found_items += 1
            event = _item_event(text, item, persons, when)
            if event is not None:
                found.append(event)
            offset = line_end + 1
    return found


def _heads(text: str) -> list[regex.Match[str]]:
    """The matches of `_HEAD.finditer(text)`: each is one whole line ending with a colon, so it is tried at
    the start of those lines only (most lines end otherwise)."""
    found: list[regex.Match[str]] = []
    for colon in _COLON_LINE_END.finditer(text):
        head = _HEAD.match(text, text.rfind("\n", 0, colon.start()) + 1)
        if head is not None and (not found or head.start() != found[-1].start()):
            found.append(head)
    return found


def _item_event(text: str, item: regex.Match[str], persons: list[PersonSpan], when: str | None) -> Event | None:
    """The event of one item: its first person and what the item gives them."""
    named = next((p for p in persons if item.start("body") <= p.start < item.end("body")), None)
    if named is None:
        return None
    outcome = text[named.end : item.end("body")]
    if _ACQUITTED.search(outcome):
        return None  # an acquittal is no sentence; a release, if any, is told in its own words
    kind = (
        "fine" if _FINE.search(outcome) and not _TERM.search(outcome) else "sentence" if _TERM.search(outcome) else None
    )
    if kind is None:
        return None
    return Event(kind, when, [named.name], None, [(item.start("body"), item.end("body"))], kind)


def _verdict_day(dates: list[DateMention], head: int) -> str | None:
    """The day stated last before the list (the day the verdict was read out)."""
    before = [m for m in dates if m.end <= head and m.kind in _DAY_KINDS and m.first and len(m.first) == 10]
    return before[-1].first if before else None
