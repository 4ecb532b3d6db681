"""Persons and their mentions: the shared structure of the English and Russian person finders."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import regex

_PUNCT = regex.compile(r"[^\w\s]")


@dataclass(frozen=True)
class Mention:
    """One written form of a name at an offset."""

    start: int
    end: int
    text: str


@dataclass
class PersonEntity:
    """A person: the name to report, every mention, and the written forms."""

    name: str
    mentions: list[Mention] = field(default_factory=list)

    @property
    def first(self) -> int:
        """Offset of the first mention."""
        return min(m.start for m in self.mentions)

    @property
    def aliases(self) -> list[str]:
        """Written forms other than the name, in order of appearance, without repeats."""
        seen: dict[str, None] = {}
        for mention in sorted(self.mentions, key=lambda m: m.start):
            if name_key(mention.text) != name_key(self.name):
                seen.setdefault(mention.text, None)
        return list(seen)

    @property
    def surname(self) -> str:
        """Last word of the name."""
        return self.name.split()[-1]


@lru_cache(maxsize=4096)  # the same few names are compared over and over (aliases, grouping, short forms)
def name_key(value: str) -> str:
    """Comparison key of a name: case-folded, without accents, punctuation or 'ё'."""
    value = unicodedata.normalize("NFKD", value)
    value = "".join(c for c in value if not unicodedata.combining(c))
    value = value.casefold().replace("ё", "е").replace("’", "").replace("'", "")
    return " ".join(_PUNCT.sub(" ", value).split())
