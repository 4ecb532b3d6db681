"""Words of a text and of a query, and their transliteration keys, the same way on every engine."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from chronicle.names.skeleton import skeleton

_WORD = re.compile(r"[^\W_]+")
MAX_QUERY_TERMS = 8
MIN_PREFIX = 3


def words(text: str) -> list[str]:
    """The lower-case words of a text, as both engines' tokenizers split them."""
    return [found.group().lower() for found in _WORD.finditer(text)]


@lru_cache(maxsize=200_000)
def key_of(word: str) -> str:
    """The transliteration key of one word (Жексебаев, Zheksebayev → jeksebaev); '' for numbers."""
    return skeleton(word)


def keys_of(text: str) -> str:
    """The distinct keys of a text's words, space-separated, for the index's key column."""
    seen = dict.fromkeys(key for key in map(key_of, words(text)) if key)
    return " ".join(seen)


@dataclass(frozen=True)
class Term:
    """One query word: as typed (lower case) and as a key; matched as a prefix when long enough."""

    word: str
    key: str

    @property
    def prefix(self) -> bool:
        """Whether the word also finds longer words (Бокаев → Бокаева)."""
        return len(self.word) >= MIN_PREFIX


def query_terms(query: str) -> list[Term]:
    """The terms of a query; punctuation and operators are dropped, so no query syntax reaches an engine."""
    distinct = dict.fromkeys(words(query))
    return [Term(word=word, key=key_of(word)) for word in list(distinct)[:MAX_QUERY_TERMS]]
