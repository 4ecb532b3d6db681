"""Counting entry points: one rule, one rule by a facet, or every rule and facet for a period."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from operator import attrgetter
from typing import Any

from chronicle.stats.counting.collector import collector_paused
from chronicle.stats.counting.loading import load_acts, load_cases
from chronicle.stats.counting.period import Period
from chronicle.stats.counting.prisoners import count_political_prisoners
from chronicle.stats.counting.result import Breakdown, Count
from chronicle.stats.counting.rules import RULES
from chronicle.stats.counting.scope import Scope
from chronicle.stats.counting.tally import Item, breakdowns, tally, tally_weights

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
    """The items of one period, loaded once and counted under every rule."""

    period: Period
    acts: list[Item]
    cases: list[Item]
    user: Any = None

    @cached_property
    def victims(self) -> list[Item]:
        """Acts against named persons, ordered by person so that lists of persons come out nearly sorted."""
        return sorted((act for act in self.acts if act.person), key=attrgetter("person"))

    def items(self, rule: str) -> list[Item]:
        """The items a rule counts."""
        if rule == "acts":
            return self.acts
        if rule == "victims":
            return self.victims
        if rule == "unnamed_victims":
            return [act for act in self.acts if not act.person]
        if rule == "legal_cases":
            return self.cases
        if rule == "criminal_cases":
            return [item for item in self.cases if item.values("kind") == ("criminal",)]
        raise CountingError(f"unknown counting rule {rule!r}; known: {', '.join(RULES)}")


def load(period: Period, *, user: Any = None, scope: Scope | None = None) -> Loaded:
    """Read every countable item that may touch the period. Reads only."""
    with collector_paused():
        acts = load_acts(period, user=user, scope=scope)
        return Loaded(period, acts, load_cases(period, user=user, scope=scope), user)


def count_items(items: list[Item], rule: str) -> Count:
    """Count the items a rule selected (victims by person, unnamed victims by weight, others by record)."""
    if rule == "unnamed_victims":
        return tally_weights(items, RULES[rule])
    return tally(items, RULES[rule], by=UNIT_OF.get(rule, "unit"))


def count_loaded(loaded: Loaded, rule: str) -> Count:
    """Count loaded items under a named rule."""
    if rule == "political_prisoners":
        return count_political_prisoners(loaded.period.end or date.today(), user=loaded.user)
    return count_items(loaded.items(rule), rule)


def breakdown_loaded(loaded: Loaded, rule: str, facet: str) -> Breakdown:
    """Break loaded items down by a facet under a named rule."""
    return breakdowns_loaded(loaded, rule, (facet,))[0]


def breakdowns_loaded(loaded: Loaded, rule: str, facets: Sequence[str]) -> list[Breakdown]:
    """Break loaded items down by several facets under a named rule, in one pass over the items."""
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
