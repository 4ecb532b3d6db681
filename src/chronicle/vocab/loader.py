"""Load the controlled vocabularies from their data files, strictly: a typo fails at start-up."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parent / "data"
LANGUAGES = ("en", "ru")
COMMON_KEYS = frozenset({"code", "label", "valid_from", "valid_to", "aliases", "definition"})
# Extra keys each vocabulary may carry; anything else is a typo.
EXTRA_KEYS: dict[str, frozenset[str]] = {
    "act_types": frozenset({"huridocs", "category"}),
    "perpetrator_types": frozenset({"huridocs"}),
    "statuses": frozenset({"deprivation_of_liberty"}),
    "pace_criteria": frozenset({"kind"}),
    "countries": frozenset({"alpha_3", "eu_member"}),
    "ep_groups": frozenset({"successor", "renamed"}),
    "regions": frozenset({"classification", "centre", "legacy_codes", "successors"}),
    "legal_articles": frozenset({"legal_code", "legal_code_name", "article", "tags"}),
}


class VocabularyError(ValueError):
    """A vocabulary data file is malformed; the message names the file and the term."""


@dataclass(frozen=True)
class Term:
    """One entry of a controlled vocabulary."""

    code: str
    labels: dict[str, str]
    valid_from: date | None = None
    valid_to: date | None = None
    aliases: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)

    def label(self, language: str = "en") -> str:
        """The label in a language, falling back to English."""
        return self.labels.get(language) or self.labels["en"]

    def valid_on(self, day: date) -> bool:
        """Whether the term existed on a day (e.g. a region before the 2022 reform)."""
        after_start = self.valid_from is None or self.valid_from <= day
        before_end = self.valid_to is None or day <= self.valid_to
        return after_start and before_end


@dataclass(frozen=True)
class Vocabulary:
    """A named, versioned list of terms."""

    name: str
    version: int
    description: str
    terms: dict[str, Term]

    def __contains__(self, code: object) -> bool:
        return code in self.terms

    def __getitem__(self, code: str) -> Term:
        return self.terms[code]

    def codes(self) -> list[str]:
        """All codes, in file order."""
        return list(self.terms)

    def lookup(self, text: str) -> Term | None:
        """Find a term by code, alias or label, ignoring case."""
        wanted = text.strip().casefold()
        for term in self.terms.values():
            names = (term.code, *term.aliases, *term.labels.values())
            if any(name.casefold() == wanted for name in names):
                return term
        return None


def _fail(path: Path, where: str, problem: str) -> VocabularyError:
    return VocabularyError(f"{path.name}: {where}: {problem}")


def _parse_day(path: Path, where: str, value: object) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError as error:
        raise _fail(path, where, f"not an ISO date: {value!r}") from error


def _check_labels(path: Path, where: str, labels: object) -> dict[str, str]:
    if not isinstance(labels, dict):
        raise _fail(path, where, "label must be an object of language → text")
    for language in LANGUAGES:
        if not isinstance(labels.get(language), str) or not labels[language].strip():
            raise _fail(path, where, f"missing {language!r} label")
    return {str(k): str(v) for k, v in labels.items()}


def _parse_term(path: Path, name: str, index: int, raw: object) -> Term:
    where = f"terms[{index}]"
    if not isinstance(raw, dict):
        raise _fail(path, where, "a term must be an object")
    code = raw.get("code")
    if not isinstance(code, str) or not code.strip():
        raise _fail(path, where, "code must be a non-empty string")
    where = f"{where} ({code})"
    unknown = set(raw) - COMMON_KEYS - EXTRA_KEYS.get(name, frozenset())
    if unknown:
        raise _fail(path, where, f"unknown keys {sorted(unknown)}")
    valid_from = _parse_day(path, where, raw.get("valid_from"))
    valid_to = _parse_day(path, where, raw.get("valid_to"))
    if valid_from and valid_to and valid_to < valid_from:
        raise _fail(path, where, "valid_to is before valid_from")
    aliases = raw.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise _fail(path, where, "aliases must be a list of strings")
    extra = {k: v for k, v in raw.items() if k not in COMMON_KEYS}
    labels = _check_labels(path, where, raw.get("label"))
    return Term(code, labels, valid_from, valid_to, tuple(aliases), extra)


def load_vocabulary(path: Path) -> Vocabulary:
    """Read and validate one vocabulary file."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise _fail(path, "file", str(error)) from error
    if not isinstance(raw, dict) or raw.get("vocabulary") != path.stem:
        raise _fail(path, "vocabulary", f"must be an object naming itself {path.stem!r}")
    if not isinstance(raw.get("version"), int) or not isinstance(raw.get("terms"), list):
        raise _fail(path, "file", "needs an integer version and a list of terms")
    if not raw["terms"]:
        raise _fail(path, "terms", "empty vocabulary")
    terms: dict[str, Term] = {}
    for index, item in enumerate(raw["terms"]):
        term = _parse_term(path, path.stem, index, item)
        if term.code in terms:
            raise _fail(path, f"terms[{index}]", f"duplicate code {term.code!r}")
        terms[term.code] = term
    return Vocabulary(path.stem, raw["version"], str(raw.get("description", "")), terms)


@cache
def vocabularies(data_dir: Path = DATA_DIR) -> dict[str, Vocabulary]:
    """Every vocabulary in the data directory, by name (loaded once)."""
    return {path.stem: load_vocabulary(path) for path in sorted(data_dir.glob("*.json"))}


def vocabulary(name: str) -> Vocabulary:
    """One vocabulary by name; an unknown name is a programming error."""
    return vocabularies()[name]


def choices(name: str) -> list[tuple[str, str]]:
    """(code, English label) pairs for a model field's choices."""
    return [(term.code, term.label("en")) for term in vocabulary(name).terms.values()]
