"""Gazetteers of general knowledge (countries, places, groups, organisations, cue words), loaded once."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import regex

from chronicle.ingest.extraction.prefilter import beginnings, prefiltered

CAPITALS = {
    "Kazakhstan": "Astana",
    "Russia": "Moscow",
    "Belarus": "Minsk",
    "Uzbekistan": "Tashkent",
    "Tajikistan": "Dushanbe",
    "Kyrgyzstan": "Bishkek",
    "Turkmenistan": "Ashgabat",
    "Ukraine": "Kyiv",
    "Azerbaijan": "Baku",
    "Georgia": "Tbilisi",
}


def load(name: str) -> dict[str, Any]:
    """Load a data file from `extraction/data`, dropping its `_doc` key."""
    raw = resources.files("chronicle.ingest.extraction").joinpath("data").joinpath(name).read_text("utf-8")
    data: dict[str, Any] = json.loads(raw)
    data.pop("_doc", None)
    return data


@dataclass(frozen=True)
class Lexicon:
    """A compiled alternation of surface forms, each mapped back to its canonical label."""

    pattern: regex.Pattern[str]
    exact: dict[str, str]
    stems: tuple[tuple[regex.Pattern[str], str], ...]
    # The pattern without the stems, when every stem opens with a Cyrillic letter: what a text without
    # Cyrillic is scanned with (the stems' `\w*` tails halve the speed of the whole alternation).
    words: regex.Pattern[str] | None = None

    def pattern_for(self, text: str) -> regex.Pattern[str]:
        """The pattern to scan a text with: its matches are those of `pattern`."""
        return self.words if self.words is not None and not _CYRILLIC.search(text) else self.pattern

    def label(self, surface: str) -> str | None:
        """Canonical label of a matched surface form."""
        found = self.exact.get(surface)
        if found is not None:
            return found
        return next((name for stem, name in self.stems if stem.fullmatch(surface)), None)


def build_lexicon(forms: dict[str, tuple[list[str], list[str]]]) -> Lexicon:
    """Compile exact (case-sensitive) forms and Russian stem patterns into one Lexicon."""
    exact: dict[str, str] = {}
    stems: list[tuple[regex.Pattern[str], str]] = []
    for label, (words, stem_patterns) in forms.items():
        for word in words:
            exact[word] = label
        for stem in stem_patterns:
            stems.append((regex.compile(stem), label))
    words = sorted((regex.escape(w) for w in exact), key=len, reverse=True)
    pattern = regex.compile(r"(?<![\w-])(?:" + "|".join(words + [s.pattern for s, _ in stems]) + r")(?![\w-])")
    if not all(_opens_cyrillic(stem.pattern) for stem, _ in stems):
        return Lexicon(pattern, exact, tuple(stems))
    return Lexicon(pattern, exact, tuple(stems), regex.compile(r"(?<![\w-])(?:" + "|".join(words) + r")(?![\w-])"))


_CYRILLIC = regex.compile(r"\p{Cyrillic}")


def _opens_cyrillic(stem: str) -> bool:
    """Whether every match of a stem pattern opens with a Cyrillic letter."""
    heads = beginnings(stem)
    if not heads:
        return False  # unreadable: scanned with the whole pattern
    return all(head and head[0].width == 1 and head[0].exact and _CYRILLIC.fullmatch(head[0].source) for head in heads)


@lru_cache(maxsize=1)
def countries() -> Lexicon:
    """Country names, demonyms and Russian stems -> English country name."""
    return build_lexicon({k: (v[0], v[1]) for k, v in load("countries.json").items()})


@lru_cache(maxsize=1)
def places() -> Lexicon:
    """Cities and regions -> English place name."""
    return build_lexicon({k: (v[1], v[2]) for k, v in load("places.json").items()})


@lru_cache(maxsize=1)
def place_country() -> dict[str, str]:
    """English place name -> its country."""
    return {k: v[0] for k, v in load("places.json").items()}


@lru_cache(maxsize=1)
def _demonyms_ru() -> tuple[tuple[regex.Pattern[str], str], ...]:
    return tuple((regex.compile(stem), country) for country, stem in load("demonyms_ru.json").items())


@lru_cache(maxsize=2048)  # asked of the word before every name
def country_of_demonym(word: str) -> str | None:
    """The country of a Russian noun for its people in any case ('француженки' -> France)."""
    lowered = word.lower()
    return next((country for stem, country in _demonyms_ru() if stem.fullmatch(lowered)), None)


@lru_cache(maxsize=1)
def groups() -> dict[str, str]:
    """Political group spelling -> group as usually written."""
    return {form: name for name, forms in load("groups.json").items() for form in forms}


def _folded(form: str) -> str:
    return regex.sub(r"\s*[–—/-]\s*", "/", form.replace("ё", "е").replace("Ё", "Е")).casefold()


@lru_cache(maxsize=1)
def _group_forms_folded() -> dict[str, str]:
    return {_folded(form): form for form in groups()}


def group_form(text: str) -> str | None:
    """The listed spelling of a political group written with other dashes or ё ('Зеленые – Европейский
    свободный альянс' is listed as 'Зелёные — Европейский свободный альянс')."""
    return text if text in groups() else _group_forms_folded().get(_folded(text))


@lru_cache(maxsize=1)
def known_organizations() -> dict[str, tuple[str, str]]:
    """Surface form of a well-known organisation -> (canonical name, kind)."""
    table: dict[str, tuple[str, str]] = {}
    for name, (kind, aliases) in load("organizations.json").items():
        for form in [name, *aliases]:
            table[form] = (name, kind)
            for oblique in _russian_cases(form):
                table.setdefault(oblique, (name, kind))
    for form, group in groups().items():  # 'Group of the European People's Party': a group named in full
        if len(form.split()) >= 3:
            table.setdefault(form, (group, "parliament_group"))
    return table


@lru_cache(maxsize=1)
def known_names() -> dict[str, tuple[str, ...]]:
    """Canonical name of a well-known organisation -> every name listed for it (no generated case forms)."""
    return {name: (name, *aliases) for name, (_, aliases) in load("organizations.json").items()}


@lru_cache(maxsize=1)
def known_oblique_forms() -> dict[str, str]:
    """Oblique form of a one-word Russian organisation name -> the name as listed ('Вясны' -> 'Вясна')."""
    forms: dict[str, str] = {}
    for name, (_, aliases) in load("organizations.json").items():
        for form in [name, *aliases]:
            for oblique in _russian_cases(form):
                forms.setdefault(oblique, form)
    return forms


def _russian_cases(form: str) -> list[str]:
    """Oblique forms of a one-word Russian name ('по данным «Вясны»', 'в «Мемориале»')."""
    if " " in form or not regex.fullmatch(r"\p{Lu}[\p{Cyrillic}-]{3,}", form) or form.isupper():
        return []
    if form.endswith("а"):
        stem = form[:-1]
        soft = stem[-1:] in "гкхжшщч"
        return [stem + ("и" if soft else "ы"), stem + "е", stem + "у", stem + "ой"]
    if form[-1] not in "аеёиоуыэюяйь":
        return [form + ending for ending in ("а", "у", "е", "ом")]
    return []


@lru_cache(maxsize=1)
def cues() -> dict[str, dict[str, list[str]]]:
    """Cue-word fragments by section (roles, statuses, events, org_heads), Kazakh ones added to their
    labels (a label unknown to cues.json is an error, so a typo fails at start-up)."""
    table = load("cues.json")
    for section, labels in load("cues_kk.json").items():
        for label, fragments in labels.items():
            if label not in table[section]:
                raise ValueError(f"cues_kk.json: unknown label {section}/{label}")
            table[section][label] = table[section][label] + fragments
    return table


def cue_pattern(fragments: list[str]) -> regex.Pattern[str]:
    """One case-insensitive pattern over cue fragments, anchored at word starts."""
    body = "|".join(sorted(fragments, key=len, reverse=True))
    return regex.compile(r"(?<![\w-])(?:" + body + r")(?![\w])", regex.IGNORECASE)


@cache
def section_patterns(section: str) -> tuple[tuple[str, regex.Pattern[str]], ...]:
    """(label, pattern) for every label of a cue section, in file order (= priority)."""
    return tuple((label, cue_pattern(frags)) for label, frags in cues()[section].items())


@cache
def section_scanner(section: str) -> regex.Pattern[str]:
    """One pattern over all cue fragments of a section, to find cue positions in a single pass."""
    fragments = [f for frags in cues()[section].values() for f in frags]
    return cue_pattern(fragments)


# The longest stretch a cue can cover. Matching at an offset is bounded by it: `regex` looks for a
# pattern's required characters up to the end position first, which over a long text is slow.
CUE_REACH = 400


def scan_section(section: str, text: str) -> list[tuple[int, int, int, str]]:
    """Every cue of a section: (start, end, priority, label), with every label matching at a cue.

    One pass finds where cues are; each label is then tried at that position, so the labels and
    their priorities are those of one pattern per label, at a fraction of the cost."""
    found = []
    for match in prefiltered(section_scanner(section)).finditer(text):
        for index, (label, single) in enumerate(section_patterns(section)):
            hit = single.match(text, match.start(), match.start() + CUE_REACH)
            if hit:
                found.append((hit.start(), hit.end(), index, label))
    return found


@lru_cache(maxsize=8)
def lexicon_matches(name: str, text: str) -> tuple[tuple[int, int, str, str], ...]:
    """(start, end, surface, label) of every country or place name in the text, found once per text."""
    lexicon = countries() if name == "countries" else places()
    found = []
    for match in lexicon.pattern_for(text).finditer(text):
        label = lexicon.label(match.group())
        if label:
            found.append((match.start(), match.end(), match.group(), label))
    return tuple(found)
