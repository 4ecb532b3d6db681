"""Places (cities, regions, countries) named in a text, with offsets."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

import regex

from chronicle.ingest.extraction import gazetteer
from chronicle.ingest.extraction.text import starts_of

_CAPITAL = regex.compile(r"(?<![\w])(?:the capital|столиц[еаыу])(?![\w])", regex.IGNORECASE)


@dataclass(frozen=True)
class PlaceMention:
    """A place name at an offset, in English."""

    start: int
    end: int
    name: str
    is_country: bool


def find_places(text: str, main_country: str | None) -> list[PlaceMention]:
    """Cities, regions and countries; 'the capital' is the capital of the main country."""
    found: list[PlaceMention] = []
    for lexicon, is_country in (("places", False), ("countries", True)):
        for start, end, _, label in gazetteer.lexicon_matches(lexicon, text):
            found.append(PlaceMention(start, end, label, is_country))
    capital = gazetteer.CAPITALS.get(main_country or "")
    if capital:
        found += [PlaceMention(m.start(), m.end(), capital, False) for m in _CAPITAL.finditer(text)]
    return sorted(found, key=lambda p: p.start)


def nearest_place(places: list[PlaceMention], start: int, end: int, low: int, high: int) -> str | None:
    """The place nearest to [start, end) within [low, high); cities beat countries at equal reach."""
    best: tuple[float, str] | None = None
    starts = starts_of(places)
    for place in places[bisect_left(starts, low) : bisect_left(starts, high)]:
        if place.end > high:
            continue
        gap = start - place.end if place.end <= start else (place.start - end) * 1.2
        score = max(gap, 0) + (15 if place.is_country else 0)
        if best is None or score < best[0]:
            best = (score, place.name)
    return best[1] if best else None
