"""Facet values that records reach through links: charges of legal cases, organisations of events and cases."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np

from chronicle.records.models import Charge, Event, LegalCase, Organization
from chronicle.stats.counting.columns import Ints, encode, ints, lookup
from chronicle.stats.counting.queries import fetch, visible

Values = tuple[str, ...]
NOTHING: Values = ()


@dataclass(frozen=True)
class Sets:
    """A set of facet values per owner (event or case), coded: `codes[i]` is the set of owner `owners[i]`."""

    owners: Ints
    codes: Ints
    sets: list[Values]

    def of(self, wanted: Ints) -> Ints:
        """The set code of each wanted owner; 0, the empty set, for owners without values."""
        return lookup(self.owners, self.codes, wanted, 0)


def sets_of(rows: Iterable[tuple[int, str]]) -> Sets:
    """Distinct values by owner (a record must fall under a facet value once, however often it is linked)."""
    grouped: dict[int, list[str]] = defaultdict(list)
    for owner, value in rows:
        grouped[owner].append(value)
    owners = sorted(grouped)
    known: dict[Values, int] = {NOTHING: 0}
    codes = encode([tuple(dict.fromkeys(grouped[owner])) for owner in owners], known)
    return Sets(ints(owners), codes, list(known))


def join(first: Values, second: Values) -> Values:
    """Two facet value lists as one, each value once."""
    if not first or not second:
        return first or second
    return tuple(dict.fromkeys(first + second))


def joined(first: Ints, first_sets: list[Values], second: Ints, second_sets: list[Values]) -> tuple[Ints, list[Values]]:
    """Per unit, the union of its two sets (`first_sets[first[unit]]`, `second_sets[second[unit]]`), coded."""
    width = len(second_sets)
    combined, code = np.unique(first * width + second, return_inverse=True)
    sets = [join(first_sets[pair // width], second_sets[pair % width]) for pair in combined.tolist()]
    return code.reshape(-1), sets


@dataclass(frozen=True)
class Links:
    """Charges by legal case and organisations by event and by case, as the user may read them."""

    charges: Sets
    event_orgs: Sets
    case_orgs: Sets


def _organizations(through: Any, owner: str, user: Any) -> Sets:
    """Every link of owners (events or cases) to organisations the user may read; there are far fewer than acts."""
    rows = through.objects.all()
    if user is not None:
        rows = rows.filter(organization__in=visible(Organization, user))
    return sets_of(fetch(rows, owner, "organization__uid"))


def load_links(user: Any) -> Links:
    """Charges of the cases the user may read, links to the organisations the user may read. Reads only."""
    charges = Charge.objects.all()
    if user is not None:
        charges = charges.filter(legal_case__in=visible(LegalCase, user))
    return Links(
        sets_of(fetch(charges, "legal_case_id", "article")),
        _organizations(Event.related_organizations.through, "event_id", user),
        _organizations(LegalCase.related_organizations.through, "legalcase_id", user),
    )
