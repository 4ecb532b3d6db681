"""Which of Chronicle's own counting rules measures the same thing as a reported figure's category."""

from __future__ import annotations

from dataclasses import dataclass

from chronicle.vocab.loader import vocabulary


@dataclass(frozen=True)
class OwnMeasure:
    """A counting rule, optionally restricted to some act types, standing for a reported category."""

    rule: str
    act_types: frozenset[str] = frozenset()

    def describe(self) -> str:
        """The rule and restriction in words."""
        return f"{self.rule} of type {', '.join(sorted(self.act_types))}" if self.act_types else self.rule


NAMED: dict[str, OwnMeasure] = {
    "persecution_cases": OwnMeasure("acts"),
    "acts": OwnMeasure("acts"),
    "victims": OwnMeasure("victims"),
    "persons": OwnMeasure("victims"),
    "legal_case": OwnMeasure("legal_cases"),
    "legal_cases": OwnMeasure("legal_cases"),
    "criminal_case": OwnMeasure("criminal_cases"),
    "criminal_cases": OwnMeasure("criminal_cases"),
    "political_prisoner": OwnMeasure("political_prisoners"),
    "political_prisoners": OwnMeasure("political_prisoners"),
    "death": OwnMeasure("acts", frozenset({"death_in_custody", "killing"})),
}


def _act_category(category: str) -> frozenset[str]:
    terms = vocabulary("act_types").terms.values()
    return frozenset(term.code for term in terms if term.extra.get("category") == category)


def measure_for(category: str) -> OwnMeasure | None:
    """The own measure for a category: a named one, an act type, or an act-type group; None if there is none."""
    if category in NAMED:
        return NAMED[category]
    if category in vocabulary("act_types"):
        return OwnMeasure("acts", frozenset({category}))
    group = _act_category(category)
    return OwnMeasure("acts", group) if group else None
