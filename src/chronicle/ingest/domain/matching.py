"""A simple name key to find people and organisations already on record (cross-script matching is `names`)."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from django.db.models import Q

from chronicle.records.models import Organization, Person, PersonName

_NOT_LETTER = re.compile(r"[^\w]+")


def name_key(name: str) -> str:
    """Case-folded, accent-free, ё→е, punctuation-free, word order ignored."""
    folded = unicodedata.normalize("NFKD", name.casefold().replace("ё", "е"))
    letters = "".join(c for c in folded if not unicodedata.combining(c))
    return " ".join(sorted(w for w in _NOT_LETTER.split(letters) if w))


def find_person(name: str, aliases: list[str], *, user: Any = None) -> Person | None:
    """A person on record with the same name key as the name or one of its aliases."""
    wanted = {name_key(n) for n in [name, *aliases] if n}
    people = Person.objects.visible_to(user) if user is not None else Person.objects.all()
    surnames = {n.split()[-1] for n in [name, *aliases] if n.split()}
    query = Q()
    for surname in surnames:
        query |= Q(full_name__icontains=surname)
    candidates = PersonName.objects.filter(query, person__in=people).select_related("person")
    return next((row.person for row in candidates if name_key(row.full_name) in wanted), None)


def find_organization(name: str, aliases: list[str]) -> Organization | None:
    """An organisation on record known by the name, an alias or its abbreviation."""
    wanted = {name_key(n) for n in [name, *aliases] if n}
    for organization in Organization.objects.prefetch_related("other_names"):
        known = [organization.name, organization.abbreviation, *(o.name for o in organization.other_names.all())]
        if any(k and name_key(k) in wanted for k in known):
            return organization
    return None
