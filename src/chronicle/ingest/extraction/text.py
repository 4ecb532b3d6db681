"""Sentences and small text helpers shared by the extractors (offsets into the original text)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import regex

_BOUNDARY = regex.compile(r"\n+|(?<=[.!?…])[\"»”’)]?\s+(?=[\"«“‘(\p{Lu}\d•\-–—])")
_ABBREVIATION = regex.compile(
    r"(?:\b(?:Mr|Ms|Mrs|Dr|St|No|Nos|Doc|Art|Prof|Gen|Lt|Col|Jr|Sr|vs|etc|e\.g|i\.e|ст|г|гг|им|т\.е|т\.д)|\b\p{Lu})\.$"
)
MAX_SENTENCE = 3000


@dataclass(frozen=True)
class Sentence:
    """A sentence by its offsets; `text` is the slice of the document."""

    start: int
    end: int
    text: str


def split_sentences(text: str) -> list[Sentence]:
    """Split at line breaks and sentence ends, keeping abbreviations such as 'Mr.' together."""
    sentences: list[Sentence] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if "\n" not in match.group() and _ABBREVIATION.search(text, max(0, match.start() - 8), match.start()):
            continue
        _add(sentences, text, start, match.start())
        start = match.end()
    _add(sentences, text, start, len(text))
    return sentences


def _add(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    """Append the stripped piece (cut into MAX_SENTENCE chunks so nothing is quadratic)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    for chunk_start in range(start, end, MAX_SENTENCE):
        chunk_end = min(end, chunk_start + MAX_SENTENCE)
        sentences.append(Sentence(chunk_start, chunk_end, text[chunk_start:chunk_end]))


def sentence_at(sentences: list[Sentence], offset: int) -> int:
    """Index of the sentence holding `offset`: the last one starting at or before it, else the first
    (a bisection of the starts, kept per list: asked some 130 times a text)."""
    return max(0, bisect_right(starts_of(sentences), offset) - 1)


def squash(value: str) -> str:
    """Collapse whitespace to single spaces."""
    return " ".join(value.split())


class SpanSet:
    """Non-overlapping-agnostic set of (start, end) spans with a fast overlap test."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self._spans = sorted(spans)
        self._starts = [s for s, _ in self._spans]
        self._max_length = max((e - s for s, e in self._spans), default=0)

    def overlaps(self, start: int, end: int) -> bool:
        """True when some span overlaps [start, end)."""
        low = bisect_left(self._starts, start - self._max_length)
        high = bisect_right(self._starts, end)
        return any(s < end and start < e for s, e in self._spans[low:high])

    def spans(self) -> list[tuple[int, int]]:
        """The spans, sorted."""
        return self._spans

    def next_start(self, after: int) -> int | None:
        """Start of the first span starting after `after`, if any."""
        index = bisect_right(self._starts, after)
        return self._starts[index] if index < len(self._starts) else None


@lru_cache(maxsize=512)
def rx(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """A compiled pattern, cached (the module-level regex functions re-check their cache slowly)."""
    return regex.compile(pattern, flags)


_STARTS: dict[int, tuple[object, list[int]]] = {}


def starts_of(items: list[Any]) -> list[int]:
    """Start offsets of a list sorted by start, cached per list object for repeated bisections."""
    key = id(items)
    cached = _STARTS.get(key)
    if cached is None or cached[0] is not items:
        if len(_STARTS) > 16:
            _STARTS.clear()
        cached = _STARTS[key] = (items, [item.start for item in items])
    return cached[1]
