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


# A line that is only a day, with its weekday ('Monday, 10 March', '10 марта, понедельник', '**12 March 2025**'):
# the date of the happenings listed under it.
_HEADING_REST = regex.compile(
    r"[\s*#_:.,–—-]*(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|понедельник|вторник|среда|"
    r"четверг|пятница|суббота|воскресенье)[\s*#_:.,–—-]*)?",
    regex.IGNORECASE,
)
# The end of a dated list: a short line that heads something else ('Background', 'Statistics:').
_OTHER_HEADING = regex.compile(r"(?m)^[ \t]*(?![-•*▪–—]|\d)[^\n.;]{2,60}[ \t]*$")


def heading_days(text: str, dates: list[DateMention]) -> list[tuple[int, int, DateMention]]:
    """(start, end, day) of each stretch of text under a line that is only a day, in a text that lists several
    days so (a digest, a chronicle): to the next such line, else to the next line heading something else after
    the stretch's first paragraph."""
    headings = [m for m in dates if m.kind in ("day", "weekday") and m.first and _alone_on_line(text, m)]
    if len(headings) < 2:
        return []  # ('14 September 2021' under a title: the day of publication, no list of days)
    found = []
    for index, heading in enumerate(headings):
        line_end = _line_end(text, heading.start)
        following = headings[index + 1].start if index + 1 < len(headings) else len(text)
        paragraph = text.find("\n\n", line_end + 1)
        other = _OTHER_HEADING.search(text, paragraph, following) if 0 <= paragraph < following else None
        found.append((line_end, other.start() if other else following, heading))
    return found


def _alone_on_line(text: str, mention: DateMention) -> bool:
    """Whether nothing but a weekday and punctuation shares the date's line."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    end = mention.start + len(text[mention.start : mention.end].rstrip())  # (a match may take the newlines after)
    before, after = text[line_start : mention.start], text[end : _line_end(text, end)]
    return bool(_HEADING_REST.fullmatch(before) and _HEADING_REST.fullmatch(after))


def _line_end(text: str, offset: int) -> int:
    end = text.find("\n", offset)
    return len(text) if end < 0 else end
