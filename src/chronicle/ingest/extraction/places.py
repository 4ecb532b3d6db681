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


def nearest_place(
    places: list[PlaceMention], start: int, end: int, low: int, high: int, text: str | None = None
) -> str | None:
    """The place nearest to [start, end) within [low, high); cities beat countries at equal reach. Given the
    text, a city joined to another of its country ('in Homiel and Minsk') gives their country."""
    best: tuple[float, int] | None = None
    starts = starts_of(places)
    first = bisect_left(starts, low)
    for index in range(first, bisect_left(starts, high)):
        place = places[index]
        if place.end > high:
            continue
        gap = start - place.end if place.end <= start else (place.start - end) * 1.2
        score = max(gap, 0) + (15 if place.is_country else 0)
        if best is None or score < best[0]:
            best = (score, index)
    if best is None:
        return None
    chosen = places[best[1]]
    return (_joined_country(text, places, best[1]) if text is not None else None) or chosen.name


_JOINED = regex.compile(r"\s*(?:,|and|и|or|или|&)\s*")


def _joined_country(text: str, places: list[PlaceMention], index: int) -> str | None:
    """The country of a city named together with another city of it."""
    place = places[index]
    country = gazetteer.place_country().get(place.name)
    if place.is_country or country is None:
        return None
    for other in places[max(0, index - 1) : index] + places[index + 1 : index + 2]:
        between = text[other.end : place.start] if other.end <= place.start else text[place.end : other.start]
        joined = _JOINED.fullmatch(between) is not None and other.name != place.name
        if joined and not other.is_country and gazetteer.place_country().get(other.name) == country:
            return country
    return None
