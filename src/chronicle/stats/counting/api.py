"""Counting entry points: one rule, one rule by a facet, or every rule and facet for a period."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import Any

import numpy as np

from chronicle.stats.counting.collector import collector_paused
from chronicle.stats.counting.columns import NO_PERSON, Table
from chronicle.stats.counting.links import load_links
from chronicle.stats.counting.loading import load_acts, load_cases
from chronicle.stats.counting.period import Period
from chronicle.stats.counting.prisoners import count_political_prisoners
from chronicle.stats.counting.result import Breakdown, Count
from chronicle.stats.counting.rules import RULES
from chronicle.stats.counting.scope import Scope
from chronicle.stats.counting.tally import breakdowns, tally, tally_weights

ACT_FACETS = ("act_type", "region", "legal_article", "movement", "perpetrator_type")
CASE_FACETS = ("region", "legal_article", "movement")
FACETS_OF: dict[str, tuple[str, ...]] = {
    "acts": ACT_FACETS,
    "victims": ACT_FACETS,
    "legal_cases": CASE_FACETS,
    "criminal_cases": CASE_FACETS,
}

UNIT_OF = {"victims": "person"}


class CountingError(ValueError):
    """An unknown rule, or a facet the rule cannot be broken down by."""


@dataclass(frozen=True)
class Loaded:
    """The acts and legal cases of one period, loaded once as columns and counted under every rule."""

    period: Period
    acts: Table
    cases: Table
    user: Any = None

    @cached_property
    def victims(self) -> Table:
        """Acts against named persons the user may read."""
        return self.acts.subset(self.acts.persons != NO_PERSON)

    def items(self, rule: str) -> Table:
        """The units a rule counts."""
        if rule == "acts":
            return self.acts
        if rule == "victims":
            return self.victims
        if rule == "unnamed_victims":
            return self.acts.subset(self.acts.persons == NO_PERSON)
        if rule == "legal_cases":
            return self.cases
        if rule == "criminal_cases":
            return self.cases.subset(self.cases.having("kind", "criminal"))
        raise CountingError(f"unknown counting rule {rule!r}; known: {', '.join(RULES)}")


def load(period: Period, *, user: Any = None, scope: Scope | None = None) -> Loaded:
    """Read every countable record that may touch the period. Reads only."""
    with collector_paused():
        links = load_links(user)
        acts = load_acts(period, links, user=user, scope=scope)
        return Loaded(period, acts, load_cases(period, links, user=user, scope=scope), user)


def count_items(items: Table, rule: str) -> Count:
    """Count the units a rule selected (victims by person, unnamed victims by weight, others by record)."""
    if rule == "unnamed_victims":
        return tally_weights(items, RULES[rule])
    return tally(items, RULES[rule], by=UNIT_OF.get(rule, "unit"))


def count_loaded(loaded: Loaded, rule: str, *, act_types: Collection[str] = ()) -> Count:
    """Count loaded records under a named rule, optionally only acts of some types."""
    if rule == "political_prisoners":
        return count_political_prisoners(loaded.period.end or date.today(), user=loaded.user)
    items = loaded.items(rule)
    if act_types:
        typed = np.zeros(len(items), dtype=bool)
        for act_type in act_types:
            typed |= items.having("act_type", act_type)
        items = items.subset(typed)
    return count_items(items, rule)


def breakdown_loaded(loaded: Loaded, rule: str, facet: str) -> Breakdown:
    """Break loaded records down by a facet under a named rule."""
    return breakdowns_loaded(loaded, rule, (facet,))[0]


def breakdowns_loaded(loaded: Loaded, rule: str, facets: Sequence[str]) -> list[Breakdown]:
    """Break loaded records down by several facets under a named rule."""
    for facet in facets:
        if facet not in FACETS_OF.get(rule, ()):
            raise CountingError(f"the rule {rule!r} cannot be broken down by {facet!r}")
    return breakdowns(loaded.items(rule), RULES[rule], facets, by=UNIT_OF.get(rule, "unit"))


def count(rule: str, period: Period, *, user: Any = None, scope: Scope | None = None) -> Count:
    """Count records of a period under a named rule ("acts", "victims", "legal_cases" ...). Reads only."""
    if rule == "political_prisoners":
        return count_political_prisoners(period.end or date.today(), user=user)
    if rule not in RULES:
        raise CountingError(f"unknown counting rule {rule!r}; known: {', '.join(RULES)}")
    return count_loaded(load(period, user=user, scope=scope), rule)


def count_by(rule: str, facet: str, period: Period, *, user: Any = None, scope: Scope | None = None) -> Breakdown:
    """Count records of a period under a rule, by a facet ("act_type", "region" ...). Reads only."""
    return breakdown_loaded(load(period, user=user, scope=scope), rule, facet)
