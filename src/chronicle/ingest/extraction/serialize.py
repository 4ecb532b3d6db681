"""Items of the annotation schema (plain dicts) from the extractors' objects."""

from __future__ import annotations

from typing import Any

from chronicle.ingest.extraction.events import Event
from chronicle.ingest.extraction.letters import Letter, Signatory
from chronicle.ingest.extraction.mentions import PersonEntity
from chronicle.ingest.extraction.organizations import Organization
from chronicle.ingest.extraction.roles import PersonFacts
from chronicle.ingest.extraction.statistics import Statistic


def person_item(person: PersonEntity, facts: PersonFacts) -> dict[str, Any]:
    """A person entry with its aliases and mention spans."""
    return {
        "name": person.name,
        "role": facts.role,
        "status": facts.status,
        "country": facts.country,
        "group": facts.group,
        "aliases": person.aliases,
        "spans": sorted([m.start, m.end] for m in person.mentions),
    }


def organization_item(org: Organization) -> dict[str, Any]:
    """An organisation entry."""
    return {
        "name": org.name,
        "kind": org.kind,
        "designated_extremist": org.designated_extremist,
        "aliases": org.aliases,
        "spans": sorted([m.start, m.end] for m in org.mentions),
    }


def statistic_item(stat: Statistic) -> dict[str, Any]:
    """A statistic entry."""
    return {
        "quantity": stat.quantity,
        "qualifier": stat.qualifier,
        "what": stat.what,
        "period_start": stat.period_start,
        "period_end": stat.period_end,
        "place": stat.place,
        "tier": stat.tier,
        "spans": [[stat.start, stat.end]],
    }


def event_item(event: Event) -> dict[str, Any]:
    """An event entry."""
    return {
        "type": event.type,
        "date": event.date,
        "persons": event.persons,
        "place": event.place,
        "spans": sorted([a, b] for a, b in event.spans),
    }


def _signatory_item(signatory: Signatory) -> dict[str, Any]:
    """A signatory; an organisation says so (a reviewer's acceptance files it as one, not as a person)."""
    item: dict[str, Any] = {"name": signatory.name, "country": signatory.country, "group": signatory.group}
    return {**item, "organization": True} if signatory.organisation else item


def letter_item(letter: Letter) -> dict[str, Any]:
    """A letter entry with its signatories."""
    return {
        "kind": letter.kind,
        "authors_count": letter.authors_count,
        "signatories": [_signatory_item(s) for s in letter.signatories],
        "addressee": letter.addressee,
        "date": letter.date,
        "demands": letter.demands,
        "spans": [[letter.start, letter.end]] + [[s.start, s.end] for s in letter.signatories],
    }
