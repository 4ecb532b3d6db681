"""Dates of events that lean on another date: 'the same year', 'в том же году', 'on the same day'."""

from __future__ import annotations

from dataclasses import replace

import regex

from chronicle.ingest.extraction.dates import DateMention
from chronicle.ingest.extraction.text import Sentence

_YEAR = regex.compile(r"(?<![\d])(?:19[5-9]\d|20[0-4]\d)(?![\d])")
# On its own ('в ноябре того же года' is read by the date finder): 'в том же году', 'later that year'.
_SAME_YEAR = regex.compile(
    r"(?<![\w])(?:в том же году|в этом же году|(?:later |earlier |in )?that same year|(?:later |earlier )that year|"
    r"in the same year|the same year)(?![\w])",
    regex.IGNORECASE,
)


_SAME_DAY = regex.compile(
    r"(?<![\w])(?:on the same day|the same day|later that day|в тот же день|в этот же день|в тот же вечер)(?![\w])",
    regex.IGNORECASE,
)


def anchor_same_year(sentences: list[Sentence], dates: list[DateMention]) -> list[DateMention]:
    """The dates, with 'the same year' added as the year last stated in full before it and 'the same
    day' as the day last stated."""
    extra = _standalone(sentences)
    if not extra:
        return dates
    anchored: list[DateMention] = []
    year: str | None = None
    day: str | None = None
    for mention in sorted([*dates, *extra], key=lambda d: d.start):
        if mention.kind == "same_year" and year:
            anchored.append(replace(mention, kind="year", first=year, last=year))
        elif mention.kind == "same_day" and day:
            anchored.append(replace(mention, kind="day", first=day, last=day))
        elif mention.kind not in ("same_year", "same_day"):
            if _YEAR.search(mention.text) and mention.first:
                year = mention.first[:4]
            if mention.kind == "day" and mention.first and len(mention.first) == 10:
                day = mention.first
            anchored.append(mention)
    return anchored


def _standalone(sentences: list[Sentence]) -> list[DateMention]:
    """'the same year' and 'the same day' standing alone, as mentions still to be resolved."""
    found = []
    for s in sentences:
        if "same" in s.text or "том же" in s.text or "этом же" in s.text or "that " in s.text or "тот же" in s.text:
            for kind, pattern in (("same_year", _SAME_YEAR), ("same_day", _SAME_DAY)):
                found += [
                    DateMention(s.start + m.start(), s.start + m.end(), kind, None, None, m.group())
                    for m in pattern.finditer(s.text)
                ]
    return found
