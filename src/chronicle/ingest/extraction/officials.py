"""Officials: heads of state known by name, and the country of an office written beside the name.

A monitor's text names a president with or without the title ('pardoned by Alyaksandr Lukashenka');
the person is an official of that state either way. And 'Uzbekistan's President X' or 'President of
Kazakhstan X' gives the country of the office.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from chronicle.ingest.extraction import gazetteer
from chronicle.ingest.extraction.mentions import Mention, PersonEntity

_OFFICE = (
    r"(?:President|Prime Minister|Foreign Minister|Minister|Prosecutor[- ]General|Speaker|Ambassador|"
    r"президент\w*|премьер\w*|министр\w*|генпрокурор\w*|посл\w*)"
)
# "Uzbekistan's President X" / "President of Kazakhstan X" / "президент Казахстана X" right before the name.
_COUNTRY_OFFICE = regex.compile(
    rf"(?:(?P<before>\p{{Lu}}[\p{{L}} -]+?)(?:’s|'s)\s+{_OFFICE}"
    rf"|{_OFFICE}\s+(?:of\s+(?:the\s+)?)?(?P<after>\p{{Lu}}[\p{{L}}-]+))"
    r",?\s+(?:\p{Ll}+\s+)?$"
)


@lru_cache(maxsize=1)
def _known() -> dict[str, str]:
    return {name.casefold(): country for name, country in gazetteer.load("officials.json").items()}


def known_official(person: PersonEntity) -> str | None:
    """The country of a head of state or government known by the name or a written form of it."""
    table = _known()
    for form in (person.name, *person.aliases):
        country = table.get(form.casefold())
        if country:
            return country
    return None


def office_country(text: str, mentions: list[Mention]) -> str | None:
    """The country of the office written right before a mention ('Uzbekistan's President X')."""
    for mention in mentions:
        match = _COUNTRY_OFFICE.search(text, max(0, mention.start - 60), mention.start)
        if match:
            written = match.group("before") or match.group("after") or ""
            label = gazetteer.countries().label(written.strip()) or _first_word_country(written)
            if label:
                return label
    return None


def _first_word_country(written: str) -> str | None:
    """A country in oblique case or with extra words ('Казахстана', 'the Kyrgyz Republic')."""
    for match in gazetteer.countries().pattern.finditer(written):
        label = gazetteer.countries().label(match.group())
        if label:
            return label
    return None
