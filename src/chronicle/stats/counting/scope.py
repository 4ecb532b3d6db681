"""Optional restrictions of a count to one region or one legal article, checked against the vocabularies."""

from __future__ import annotations

from dataclasses import dataclass

from chronicle.vocab.loader import vocabulary


class ScopeError(ValueError):
    """A region or legal article that is not in its vocabulary."""


@dataclass(frozen=True)
class Scope:
    """Count only records in a region and/or under a legal article (None: no restriction)."""

    region: str | None = None
    article: str | None = None

    @property
    def restricts(self) -> bool:
        """Whether the scope leaves any record out."""
        return self.region is not None or self.article is not None

    def describe(self) -> str:
        """The restriction in words, or "" when there is none."""
        parts = [f"region {self.region}" if self.region else "", f"article {self.article}" if self.article else ""]
        return ", ".join(part for part in parts if part)


def _code(name: str, text: str | None) -> str | None:
    if text is None or not text.strip():
        return None
    term = vocabulary(name).lookup(text)
    if term is None:
        kind = "region" if name == "regions" else "legal article"
        raise ScopeError(f"unknown {kind} {text!r}: use a code or name from the {name} vocabulary")
    return term.code


def scope_of(*, region: str | None = None, article: str | None = None) -> Scope:
    """A scope from a region and article given by code, alias or label; raises ScopeError if unknown."""
    return Scope(_code("regions", region), _code("legal_articles", article))
