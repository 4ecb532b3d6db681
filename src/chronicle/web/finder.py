"""What the search page asks: the shared search module once it has landed; until then names by substring.

TODO(search): replace `_by_substring` with `chronicle.common.search.search` when it is committed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from chronicle.records.models import Organization, Person, PersonName, Source
from chronicle.web.links import record_url


@dataclass(frozen=True)
class Found:
    """One search result: its kind, title, page and a plain-text snippet."""

    kind: str
    title: str
    url: str
    snippet: str = ""


def find(query: str, *, user: Any, limit: int = 50) -> list[Found]:
    """Records the user may read whose names (or source titles) contain the query."""
    text = query.strip()
    if not text:
        return []
    return _by_substring(text, user, limit)


def _by_substring(text: str, user: Any, limit: int) -> list[Found]:
    people = Person.objects.visible_to(user)
    names = (
        PersonName.objects.filter(person__in=people, full_name__icontains=text)
        .select_related("person")
        .order_by("person__display_name", "full_name")[: limit * 3]
    )
    found: dict[int, Found] = {}
    for name in names:
        if name.person_id not in found:
            found[name.person_id] = Found(
                "person", name.person.display_name, record_url("person", name.person_id), name.full_name
            )
    for person in people.filter(display_name__icontains=text).exclude(pk__in=list(found))[:limit]:
        found[person.pk] = Found("person", person.display_name, record_url("person", person.pk))
    results = list(found.values())[:limit]
    for organization in Organization.objects.visible_to(user).filter(name__icontains=text)[:limit]:
        results.append(Found("organization", organization.name, record_url("organization", organization.pk)))
    for source in Source.objects.visible_to(user).filter(title__icontains=text).defer("text")[:limit]:
        results.append(Found("source", str(source), record_url("source", source.pk)))
    return results
