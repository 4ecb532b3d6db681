"""The named counting rules and facets, each with the definition published beside every figure."""

from __future__ import annotations

from dataclasses import dataclass

PERIOD_RULE = (
    "An item counts in a period only when all its possible dates lie inside it (earliest >= start and "
    "latest <= end); items whose dates straddle a bound, are open-ended or unknown are listed apart as "
    "'date uncertain / overlaps period' and never allocated."
)


@dataclass(frozen=True)
class CountingRule:
    """A way of counting: what one unit is and which records are counted."""

    name: str
    unit: str
    definition: str


@dataclass(frozen=True)
class Facet:
    """A property to break a count down by."""

    name: str
    definition: str


ACTS = CountingRule(
    "acts",
    "act",
    "Acts (one act against one victim, or one unnamed group) whose date lies wholly inside the period. "
    "An act's date is its own start date, or its event's start date when it has none.",
)
VICTIMS = CountingRule(
    "victims",
    "person",
    "Distinct named persons who suffered at least one act counted under 'acts'; a person is counted once "
    "however many acts they suffered. Unnamed victims are counted apart.",
)
UNNAMED_VICTIMS = CountingRule(
    "unnamed_victims",
    "person (at least)",
    "The least number of unnamed victims of acts counted under 'acts' that name no person "
    "(victim_count_min, or 1 when not stated).",
)
LEGAL_CASES = CountingRule(
    "legal_cases",
    "legal case",
    "Legal cases (one defendant each, any kind) whose opening date lies wholly inside the period.",
)
CRIMINAL_CASES = CountingRule(
    "criminal_cases",
    "legal case",
    "Criminal legal cases (one defendant each) whose opening date lies wholly inside the period.",
)
POLITICAL_PRISONERS = CountingRule(
    "political_prisoners",
    "person",
    "Distinct persons whom some organisation or intervention held to be a political prisoner on the "
    "period's last day (claim made by that day, not ended before it).",
)

RULES: dict[str, CountingRule] = {
    rule.name: rule for rule in (ACTS, VICTIMS, UNNAMED_VICTIMS, LEGAL_CASES, CRIMINAL_CASES, POLITICAL_PRISONERS)
}

ACT_TYPE = Facet("act_type", "the act's type (act_types vocabulary)")
REGION = Facet("region", "the act's region (else its event's); for a legal case, its region of investigation")
LEGAL_ARTICLE = Facet(
    "legal_article", "articles cited on the act or charged in its legal case; for a legal case, its charges"
)
MOVEMENT = Facet("movement", "organisations related to the act's event or legal case (e.g. a banned movement)")
PERPETRATOR_TYPE = Facet("perpetrator_type", "types of perpetrator involved in the act")

FACETS: dict[str, Facet] = {
    facet.name: facet for facet in (ACT_TYPE, REGION, LEGAL_ARTICLE, MOVEMENT, PERPETRATOR_TYPE)
}

# (rule, facet) pairs where each record has at most one value, so the breakdown sums to the total.
SINGLE_VALUED = frozenset(
    {
        ("acts", "act_type"),
        ("acts", "region"),
        ("legal_cases", "region"),
        ("criminal_cases", "region"),
    }
)
NOT_RECORDED = ""
# Where each facet's values sit in an item's `facets` tuple ("kind" is a legal case's kind).
FACET_ORDER = ("act_type", "region", "legal_article", "movement", "perpetrator_type", "kind")
POSITION = {name: index for index, name in enumerate(FACET_ORDER)}


def is_multi_valued(rule: str, facet: str) -> bool:
    """Whether a record may fall under several keys of the facet (so the breakdown must not be summed)."""
    return (rule, facet) not in SINGLE_VALUED
