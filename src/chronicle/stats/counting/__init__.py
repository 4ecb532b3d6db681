"""Counting rules as code: acts, victims and legal cases in a period, by facet, with the records behind each figure.

The period rule (data-model §8.5): an item counts in a period only when its earliest possible day is on
or after the start and its latest on or before the end. Items that straddle a bound, are open-ended or
undated are reported apart ("date uncertain / overlaps period") and never allocated. Multi-valued
facets (legal article, movement, perpetrator type; any facet of victims) are never summed into a total.
"""

from chronicle.stats.counting.api import (
    FACETS_OF,
    CountingError,
    Loaded,
    breakdown_loaded,
    breakdowns_loaded,
    count,
    count_by,
    count_loaded,
    load,
)
from chronicle.stats.counting.period import Period, PeriodError, Placement
from chronicle.stats.counting.result import Breakdown, Count
from chronicle.stats.counting.rules import FACETS, PERIOD_RULE, RULES, CountingRule, Facet
from chronicle.stats.counting.scope import Scope, ScopeError, scope_of

__all__ = [
    "FACETS",
    "FACETS_OF",
    "PERIOD_RULE",
    "RULES",
    "Breakdown",
    "Count",
    "CountingError",
    "CountingRule",
    "Facet",
    "Loaded",
    "Period",
    "PeriodError",
    "Placement",
    "Scope",
    "ScopeError",
    "breakdown_loaded",
    "breakdowns_loaded",
    "count",
    "count_by",
    "count_loaded",
    "load",
    "scope_of",
]
