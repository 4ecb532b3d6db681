"""Whole-word occurrences of a text's own names, found as the case-sensitive alternation
`(?<![\\w])(?:longest|…|shortest)(?![\\w])` finds them, without compiling a pattern for each text
(compiling one costs more than the search)."""

from __future__ import annotations

from collections.abc import Iterable

import regex

_WORD = regex.compile(r"\w")


def find_literals(text: str, words: Iterable[str]) -> list[tuple[int, int]]:
    """Spans of the whole-word occurrences of the (non-empty) words, leftmost first, the longest word
    at a position first, not overlapping: the matches of the alternation's `finditer`."""
    lengths = _occurrences(text, words)
    spans: list[tuple[int, int]] = []
    end = 0
    for start in sorted(lengths):
        if start < end or _is_word(text, start - 1):
            continue
        length = next((n for n in sorted(lengths[start], reverse=True) if not _is_word(text, start + n)), None)
        if length is not None:
            end = start + length
            spans.append((start, end))
    return spans


def _occurrences(text: str, words: Iterable[str]) -> dict[int, list[int]]:
    """Lengths of the words found at each offset, overlapping occurrences included."""
    lengths: dict[int, list[int]] = {}
    for word in set(words):
        start = text.find(word)
        while start >= 0:
            lengths.setdefault(start, []).append(len(word))
            start = text.find(word, start + 1)
    return lengths


def _is_word(text: str, index: int) -> bool:
    """Whether a word character (as `regex` reads `\\w`) stands at the index."""
    return 0 <= index < len(text) and _WORD.match(text, index) is not None
