"""Dates of events that lean on another date: 'the same year', 'в том же году'."""

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


def anchor_same_year(sentences: list[Sentence], dates: list[DateMention]) -> list[DateMention]:
    """The dates, with 'the same year' added as the year last stated in full before it."""
    extra = _standalone(sentences)
    if not extra:
        return dates
    anchored: list[DateMention] = []
    year: str | None = None
    for mention in sorted([*dates, *extra], key=lambda d: d.start):
        if mention.kind != "same_year":
            if _YEAR.search(mention.text) and mention.first:
                year = mention.first[:4]
            anchored.append(mention)
        elif year:
            anchored.append(replace(mention, kind="year", first=year, last=year))
    return anchored


def _standalone(sentences: list[Sentence]) -> list[DateMention]:
    """'the same year' standing alone, as a mention still to be resolved."""
    return [
        DateMention(s.start + m.start(), s.start + m.end(), "same_year", None, None, m.group())
        for s in sentences
        if "same" in s.text or "том же" in s.text or "этом же" in s.text or "that year" in s.text
        for m in _SAME_YEAR.finditer(s.text)
    ]
