"""Snippets: the passage around the first matching word, with the matching words marked by offsets.

Built in Python from the stored text so both engines give the same snippet; marks are character
ranges, never markup, so a snippet is plain text until `highlight` escapes it for a page.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from chronicle.common.search.terms import Term, key_of

_WORD = re.compile(r"[^\W_]+")
WIDTH = 200
KEY_SCAN_WORDS = 20_000

Mark = tuple[int, int]


@dataclass(frozen=True)
class Snippet:
    """A passage of plain text and the ranges of the words in it that match the query."""

    text: str
    marks: tuple[Mark, ...]


def _matches_word(word: str, terms: list[Term]) -> bool:
    return any(word == term.word or (term.prefix and word.startswith(term.word)) for term in terms)


def _matches_key(word: str, terms: list[Term]) -> bool:
    key = key_of(word)
    return bool(key) and any(
        term.key and (key == term.key or (term.prefix and key.startswith(term.key))) for term in terms
    )


def _matches(word: str, terms: list[Term]) -> bool:
    return _matches_word(word, terms) or _matches_key(word, terms)


def _first_match(text: str, terms: list[Term]) -> int | None:
    """Where the first word matching as typed starts; failing that, the first matching by key."""
    words = list(_WORD.finditer(text))
    raw = next((found.start() for found in words if _matches_word(found.group().lower(), terms)), None)
    if raw is not None:
        return raw
    scanned = words[:KEY_SCAN_WORDS]
    return next((found.start() for found in scanned if _matches_key(found.group().lower(), terms)), None)


def _window(text: str, first: int) -> tuple[int, int]:
    start = max(0, first - WIDTH // 4)
    if start:
        space = text.find(" ", start, first)
        start = space + 1 if space != -1 else start
    end = min(len(text), start + WIDTH)
    if end < len(text):
        space = text.rfind(" ", first, end)
        end = space if space > first else end
    return start, end


def _marks(passage: str, terms: list[Term], shift: int) -> Iterator[Mark]:
    for found in _WORD.finditer(passage):
        if _matches(found.group().lower(), terms):
            yield found.start() + shift, found.end() + shift


def make_snippet(text: str, terms: list[Term]) -> Snippet:
    """The passage of `text` around the first match (or its beginning), with the matches marked."""
    first = _first_match(text, terms)
    start, end = _window(text, first or 0)
    before = "…" if start else ""
    after = "…" if end < len(text) else ""
    passage = " ".join(text[start:end].split("\n"))
    return Snippet(before + passage + after, tuple(_marks(passage, terms, len(before))))


def highlight(text: str, marks: tuple[Mark, ...]) -> SafeString:
    """A snippet as HTML: the text escaped, each marked word in <mark>."""
    parts, done = [], 0
    for start, end in marks:
        parts += [escape(text[done:start]), "<mark>", escape(text[start:end]), "</mark>"]
        done = end
    parts.append(escape(text[done:]))
    return mark_safe("".join(parts))  # every piece of text is escaped above
